#!/usr/bin/env python3
"""Independent recomputation of every computed number in doc.tex.

doc.tex is a verbatim copy of Prof. Sundeep Rangan's "Introduction to Machine Learning --
Neural Network Notes with Solved Problems" (NYU), LaTeX source
unit09_neural/prob/supplementary_neural.tex of github.com/sdrangan/introml.

Three small neural networks with a hard-threshold activation
g_act(z) = 1{z >= 0} and a threshold output yhat = 1{z_out >= 0}:

  Problem 1: scalar x, W_hid = [1; 1], b_hid = [-1; -3], W_out = [-1, 2],
             b_out = 0.5 -> z_hid, u_hid, z_out (piecewise) and yhat.
  Problem 2: data x = 0, 1, 3, 5 with labels 0, 0, 1, 0; the solution picks
             W_hid = [1; 1], b_hid = [-2; -4], W_out = [1, -2], b_out = -0.5
             and tabulates z_hid, u_hid, z_out, yhat for the four training
             points and the test point x = 3.5.
  Problem 3: 2-D input, W_hid = [1 0; 0 1; 1 1], b_hid = [0; 0; -1],
             W_out = [1, 1, -1], b_out = -1.5 -> region where yhat = 1.
  Problem 4(a): input size of a 20 x 20 image, 20 x 20 = 400.

All arithmetic is exact (fractions).  Every given is read from the document.

Plain Python 3, no third-party modules.  Usage:
    python3 recompute.py                   # print the report
    python3 recompute.py --write-expected  # also write expected.json
"""
import itertools
import json
import os
import re
import sys
from fractions import Fraction as F

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "doc.tex")
SOURCE = ("https://github.com/sdrangan/introml/blob/"
          "555fa7314047b8b0837800a45aedac682a26c913/unit09_neural/prob/supplementary_neural.tex")
LICENSE = ("no LICENSE file; explicit permission in the repository README: 'Anyone is free to use "
           "and copy this material (at their own risk!). But, please cite the material if you use "
           "the material in your own class.' doc.tex is the whole file, verbatim (cited in SOURCE.md)")

with open(DOC, encoding="utf-8", newline="") as fh:
    LINES = fh.read().split("\n")

NUM = r"-?\d+(?:\.\d+)?"


def find(text, start=1):
    """1-based number of the first line at or after `start` containing `text`;
    fails loudly if there is none."""
    for i in range(start - 1, len(LINES)):
        if text in LINES[i]:
            return i + 1
    raise SystemExit("line not found: %r (from line %d)" % (text, start))


def find_unique(text):
    hits = [i + 1 for i, l in enumerate(LINES) if text in l]
    if len(hits) != 1:
        raise SystemExit("line not found uniquely: %r -> %r" % (text, hits))
    return hits[0]


def nums(s):
    return [F(t) for t in re.findall(NUM, s)]


def fmt(v):
    v = F(v)
    if v.denominator == 1:
        return str(v.numerator)
    return ("%.6f" % float(v)).rstrip("0").rstrip(".")


def step(z):
    return 1 if z >= 0 else 0


RIGHT = {}   # line -> note
WRONG = {}   # line -> dict
CHECKS = []  # report lines


def judge(line, ok, printed, correct, why, kind="first"):
    CHECKS.append("%4d  %-5s printed %-22s true %-22s %s"
                  % (line, "ok" if ok else "WRONG", printed, correct, why))
    if ok:
        if line not in WRONG:
            RIGHT[line] = why
    else:
        RIGHT.pop(line, None)
        if line not in WRONG:
            WRONG[line] = {"line": line, "page": None, "printed": printed,
                           "correct": correct, "kind": kind, "why": why}


def bracket_vec(s):
    """numbers of the first \\begin{array}...\\end{array} on a line"""
    m = re.search(r"\\begin\{array\}\{[a-z]+\}(.*?)\\end\{array\}", s)
    if not m:
        raise SystemExit("no array on line: %r" % s)
    return nums(m.group(1))


# ---------------------------------------------------------------- givens
# definitions of the activation and output maps (checked to be present)
find_unique(r"\beq \label{eq:gact_ht}")
find_unique(r"\beq \label{eq:gout_thresh}")

# Problem 1 weights
L = find(r"W^\hid = \left[ \begin{array}{c} 1 \\ 1 \end{array} \right], \quad")
P1_W = bracket_vec(LINES[L - 1])
P1_b = bracket_vec(LINES[find(r"b^\hid = \left[ \begin{array}{c} -1 \\ -3", L) - 1])
m = re.search(r"W\^\\out = \[(.*?)\], \\quad b\^\\out = (" + NUM + ")",
              LINES[find(r"W^\out = [-1, 2], \quad b^\out = 0.5", L) - 1])
P1_Wo, P1_bo = nums(m.group(1)), F(m.group(2))

# Problem 2 data
Lx = find_unique(r"$x_i$ & 0 & 1 & 3 & 5 \\ \hline")
Ly = find_unique(r"$y_i$ & 0 & 0 & 1 & 0 \\ \hline")
P2_x = nums(LINES[Lx - 1].split("&", 1)[1])
P2_y = nums(LINES[Ly - 1].split("&", 1)[1])
L = find_unique(r"Now suppose we are given a new sample, $x=")
P2_xtest = nums(LINES[L - 1])[0]

# Problem 3 weights
L = find_unique(r"W^\hid = \left[ \begin{array}{cc} 1 & 0 \\ 0 & 1 \\ 1 & 1")
flat = bracket_vec(LINES[L - 1])
P3_W = [flat[0:2], flat[2:4], flat[4:6]]
P3_b = bracket_vec(LINES[find(r"b^\hid = \left[ \begin{array}{c} 0 \\ 0 \\ -1", L) - 1])
m = re.search(r"W\^\\out = \[(.*?)\], \\quad b\^\\out = (" + NUM + ")",
              LINES[find(r"W^\out = [1, 1, -1], \quad b^\out = -1.5", L) - 1])
P3_Wo, P3_bo = nums(m.group(1)), F(m.group(2))

# ---------------------------------------------------------------- Problem 1
L = find_unique(r"has 2 ouptuts, $N_h=2$")
judge(L, nums(LINES[L - 1])[-1] == len(P1_W), "N_h=2", str(len(P1_W)),
      "W_hid has %d rows -> N_h = %d" % (len(P1_W), len(P1_W)))
L = find_unique(r"has 1 output, $N_o=1$")
judge(L, nums(LINES[L - 1])[-1] == 1, "N_o=1", "1", "W_out is a single row -> N_o = 1")


def check_affine(line_text, W, b, label):
    L = find_unique(line_text)
    terms = re.findall(r"x(" + r"[-+]\d+" + ")", LINES[L - 1].replace(" ", ""))
    consts = [F(t) for t in terms]
    ok = consts == [bj for bj in b] and all(w == 1 for w in W)
    judge(L, ok, ", ".join("x%+d" % c for c in consts),
          ", ".join("x%+d" % bj for bj in b),
          "%s: z_hid = W_hid x + b_hid with W_hid = [1; 1]" % label)


def check_indic(line_text, W, b, label):
    L = find_unique(line_text)
    thr = [F(t) for t in re.findall(r"\\indic\{x \\geq (" + NUM + r")\}", LINES[L - 1])]
    true = [-bj / wj for wj, bj in zip(W, b)]
    judge(L, thr == true, ", ".join("1{x>=%s}" % fmt(t) for t in thr),
          ", ".join("1{x>=%s}" % fmt(t) for t in true),
          "%s: g_act(x + b_j) = 1{x >= -b_j}" % label)
    return true


def check_piecewise(first_text, W, b, Wo, bo, label):
    """the three 'when' lines of z_out and the two lines of yhat"""
    thr = sorted(-bj / wj for wj, bj in zip(W, b))
    # representative x in each region: below thr0, [thr0, thr1), >= thr1
    reps = [thr[0] - 1, thr[0], thr[1]]
    zs = []
    for x in reps:
        u = [step(wj * x + bj) for wj, bj in zip(W, b)]
        zs.append(sum(a * c for a, c in zip(Wo, u)) + bo)
    L = find_unique(first_text)
    for k in range(3):
        Lk = L + k
        if r"\mbox{when }" not in LINES[Lk - 1]:
            raise SystemExit("expected a 'when' line at %d" % Lk)
        p = nums(LINES[Lk - 1])[0]
        judge(Lk, p == zs[k], fmt(p), fmt(zs[k]),
              "%s: z_out on region %d (u_hid = %r) = %s"
              % (label, k + 1, [step(wj * reps[k] + bj) for wj, bj in zip(W, b)], fmt(zs[k])))
    return reps, zs


def check_yhat(if_text, label, inside_val, reps, zs, inside_idx):
    L = find_unique(if_text)
    p_in = nums(LINES[L - 1])[0]
    true_in = step(zs[inside_idx])
    judge(L, p_in == true_in, fmt(p_in), str(true_in),
          "%s: yhat = 1{z_out >= 0} on the middle region (z_out = %s)" % (label, fmt(zs[inside_idx])))
    Le = L + 1
    if r"\mbox{else}" not in LINES[Le - 1]:
        raise SystemExit("expected an 'else' line at %d" % Le)
    p_out = nums(LINES[Le - 1])[0]
    others = {step(zs[k]) for k in range(3) if k != inside_idx}
    ok = others == {int(p_out)}
    judge(Le, ok, fmt(p_out), "/".join(str(o) for o in sorted(others)),
          "%s: yhat on the other two regions (z_out = %s)"
          % (label, ", ".join(fmt(zs[k]) for k in range(3) if k != inside_idx)))


check_affine(r"\left[ \begin{array}{c} x-1 \\ x-3 \end{array} \right].", P1_W, P1_b, "P1")
check_indic(r"\indic{x \geq 1} \\ \indic{x \geq 3} \end{array} \right].", P1_W, P1_b, "P1")
reps1, zs1 = check_piecewise(r"0.5 & \mbox{when } x < 1", P1_W, P1_b, P1_Wo, P1_bo, "P1")
check_yhat(r"0 & \mbox{if } x \in [1,3)", "P1", 0, reps1, zs1, 1)

# ---------------------------------------------------------------- Problem 2
L = find_unique(r"b^\hid = \left[ \begin{array}{c} -2 \\ -4")
P2_W = bracket_vec(LINES[find(r"\Wbf^\hid = \left[ \begin{array}{c} 1 \\ 1", L - 1) - 1])
P2_b = bracket_vec(LINES[L - 1])
m = re.search(r"W\^\\out = \[(.*?)\], \\quad b\^\\out = (" + NUM + ")",
              LINES[find_unique(r"W^\out = [1, -2], \quad b^\out = -0.5.") - 1])
P2_Wo, P2_bo = nums(m.group(1)), F(m.group(2))

check_affine(r"\left[ \begin{array}{c} x-2 \\ x-4 \end{array} \right].", P2_W, P2_b, "P2")
check_indic(r"\indic{x \geq 2} \\ \indic{x \geq 4} \end{array} \right].", P2_W, P2_b, "P2")
reps2, zs2 = check_piecewise(r"-0.5 & \mbox{when } x < 2", P2_W, P2_b, P2_Wo, P2_bo, "P2")
check_yhat(r"1 & \mbox{if } x \in [2,4)", "P2", 1, reps2, zs2, 1)

# the solution table: training points and the test point
Lt = find_unique(r"$x_i$ & 0 & 1 & 3 & 5 & 3.5 \\ \hline")
xs = nums(LINES[Lt - 1].split("&", 1)[1])
if xs[:4] != P2_x or xs[4] != P2_xtest:
    raise SystemExit("table x row does not match the problem's data: %r" % xs)
cols = []
for x in xs:
    z1 = P2_W[0] * x + P2_b[0]
    z2 = P2_W[1] * x + P2_b[1]
    u1, u2 = step(z1), step(z2)
    zo = P2_Wo[0] * u1 + P2_Wo[1] * u2 + P2_bo
    cols.append({"z1": z1, "z2": z2, "u1": u1, "u2": u2, "zo": zo, "yh": step(zo)})

rows = [
    (r"$z^\hid_{i1}=x-2$ &", "z1", "z_hid_1 = x - 2"),
    (r"$z^\hid_{i2}=x-2$ &", "z2", "z_hid_2 = x + b_2 = x - 4 (b_hid = [-2; -4]; the row label's 'x-2' is a typo)"),
    (r"$u^\hid_{i1}=g_{\rm act}(z^\hid_{i1})$ &", "u1", "u_1 = 1{z_hid_1 >= 0}"),
    (r"$u^\hid_{i1}=g_{\rm act}(z^\hid_{i2})$ &", "u2", "u_2 = 1{z_hid_2 >= 0} (label says u_i1, a typo)"),
    (r"$z^\out_{i}=u^\hid_{i1}-2u^\hid_{i1}-0.5$ &", "zo", "z_out = u_1 - 2 u_2 - 0.5 (W_out = [1, -2], b_out = -0.5; label's second u_i1 is a typo)"),
    (r"$\hat{y}_i = g_{\rm out}(z^\out_i)$ &", "yh", "yhat = 1{z_out >= 0}"),
]
for text, key, desc in rows:
    L = find_unique(text)
    printed = nums(LINES[L - 1].split("&", 1)[1])
    true = [c[key] for c in cols]
    bad = [k for k in range(5) if printed[k] != true[k]]
    if bad:
        k = bad[0]
        judge(L, False, fmt(printed[k]), fmt(true[k]),
              "table row %s at x = %s: %s = %s - 4 = %s; the table prints %s "
              "(minus sign dropped; the row's other entries -4, -3, -1, 1 are x - 4, and "
              "u_2 = 0 and z_out = 0.5 in the same column are the values for z_hid_2 = -0.5)"
              % (key, fmt(xs[k]), key, fmt(xs[k]), fmt(true[k]), fmt(printed[k])))
    else:
        judge(L, True, " ".join(fmt(p) for p in printed), " ".join(fmt(t) for t in true),
              "table row: " + desc)

# yhat matches y on the four training points (the solution's claim)
if [c["yh"] for c in cols[:4]] != [int(v) for v in P2_y]:
    raise SystemExit("network does not reproduce the labels")

L = find_unique(r"For this value of $x=3.5$, we get $\hat{y}=1$.")
judge(L, nums(LINES[L - 1])[-1] == cols[4]["yh"], "yhat=1", str(cols[4]["yh"]),
      "x = 3.5: z_hid = (1.5, -0.5), u_hid = (1, 0), z_out = 0.5 -> yhat = 1")

# ---------------------------------------------------------------- Problem 3
L = find_unique(r"=  \left[ \begin{array}{c} x_1 \\ x_2 \\ x_1 + x_2 -1 \end{array} \right]")
ok = (P3_W == [[1, 0], [0, 1], [1, 1]] and P3_b[2] == -1 and P3_b[0] == 0 and P3_b[1] == 0)
judge(L, ok, "x_1, x_2, x_1+x_2-1", "x_1, x_2, x_1+x_2-1", "P3: W_hid x + b_hid")
# two lines carry the indicator pair (u_hid display and z_out display); take the u_hid one
L_u = find(r"g_{\rm act}(x_1+x_2-1) \end{array} \right]")
L1 = find(r"\indic{x_1 \geq 0} \\ \indic{x_2 \geq 0}", L_u)
judge(L1, -P3_b[0] == 0 and -P3_b[1] == 0, "1{x_1>=0}, 1{x_2>=0}", "1{x_1>=0}, 1{x_2>=0}",
      "P3: g_act(x_j + 0) = 1{x_j >= 0}")
L2 = L1 + 1
thr = nums(re.search(r"\\indic\{x_1\+x_2 \\geq (" + NUM + r")\}", LINES[L2 - 1]).group(0).split("geq")[1])[0]
judge(L2, thr == -P3_b[2], "1{x_1+x_2>=%s}" % fmt(thr), "1{x_1+x_2>=%s}" % fmt(-P3_b[2]),
      "P3: g_act(x_1 + x_2 - 1) = 1{x_1 + x_2 >= 1}")

# which hidden patterns are reachable and where z_out >= 0
pos = []
for u in itertools.product((0, 1), repeat=3):
    zo = sum(a * c for a, c in zip(P3_Wo, u)) + P3_bo
    if zo >= 0:
        pos.append((u, zo))
# reachable patterns: u3 = 1 needs x1 + x2 >= 1, impossible with x1 < 0 and x2 < 0
pos = [(u, zo) for u, zo in pos if not (u[0] == 0 and u[1] == 0 and u[2] == 1)]
if pos != [((1, 1, 0), F(1, 2))]:
    raise SystemExit("unexpected positive region: %r" % pos)
# grid check of the region description
for i in range(-20, 21):
    for j in range(-20, 21):
        x1, x2 = F(i, 8), F(j, 8)
        u = [step(P3_W[k][0] * x1 + P3_W[k][1] * x2 + P3_b[k]) for k in range(3)]
        yh = step(sum(a * c for a, c in zip(P3_Wo, u)) + P3_bo)
        inside = 1 if (x1 >= 0 and x2 >= 0 and x1 + x2 < 1) else 0
        if yh != inside:
            raise SystemExit("region description fails at %s, %s" % (x1, x2))
L = find_unique(r"x_1 \geq 0, \quad x_2 \geq 0, \quad  x_1 + x_2 < 1,")
judge(L, True, "x_1>=0, x_2>=0, x_1+x_2<1", "same",
      "P3: u_hid = (1, 1, 0) exactly on this triangle; it is the only reachable pattern with z_out >= 0")
L = find_unique(r"z^o = (1) + (1) -(0)-1.5 = 0.5.")
a = nums(LINES[L - 1])
val = a[0] + a[1] - a[2] + a[3]   # the parser reads '-1.5' with its sign
judge(L, val == a[4] and val == pos[0][1], fmt(a[4]), fmt(val),
      "P3: (1) + (1) - (0) - 1.5 = 0.5")
L = find_unique(r"1 & \mbox{if } x_1 \geq 0, x_2 \geq 0, x_1 + x_2 < 1")
judge(L, True, "1 on the triangle", "1", "P3: z_out = 0.5 >= 0 on the triangle")
judge(L + 1, r"\mbox{else}" in LINES[L] and nums(LINES[L])[0] == 0, "0 else", "0",
      "P3: every other reachable pattern gives z_out <= -0.5")

# ---------------------------------------------------------------- Problem 4(a)
L = find_unique(r"$N_i=20\x20=400$")
a = nums(LINES[L - 1])
judge(L, a[0] * a[1] == a[2], fmt(a[2]), fmt(a[0] * a[1]), "20 x 20 = 400 pixels")

# ---------------------------------------------------------------- tensor-gradient problem 1
# f(x) = (x1 + x2 x3, x1^2 + 3 x2); Jacobian printed as [1, x3, x2; 2x1, 3, 0].
L = find_unique(r"f(\xbf) = (x_1+x_2x_3,x_1^2+3x_2).")
if "x_1+x_2x_3,x_1^2+3x_2" not in LINES[L - 1]:
    raise SystemExit("function not found")


def fvec(x):
    return [x[0] + x[1] * x[2], x[0] ** 2 + 3 * x[1]]


def jac_printed(x):
    return [[1, x[2], x[1]], [2 * x[0], 3, 0]]


okj = True
for pt in [(F(1), F(2), F(3)), (F(-2, 3), F(5, 7), F(-1, 4)), (F(0), F(-3), F(11, 5))]:
    h = F(1, 1000)
    for j in range(3):
        e = [F(0)] * 3
        e[j] = h
        up = fvec([a + b for a, b in zip(pt, e)])
        dn = fvec([a - b for a, b in zip(pt, e)])
        for i in range(2):
            d = (up[i] - dn[i]) / (2 * h)   # exact for polynomials of degree <= 2
            if d != jac_printed(pt)[i][j]:
                okj = False
L = find_unique(r"$2 \x 3$ matrix with the partial derivatives:")
judge(L, True, "2 x 3", "2 x 3", "two outputs, three inputs -> 2 x 3 Jacobian")
L = find_unique(r"1 & x_3 & x_2 \\")
judge(L, okj, "1, x_3, x_2", "1, x_3, x_2", "d(x1 + x2 x3)/d(x1, x2, x3)")
L = find_unique(r"2x_1 & 3 & 0")
judge(L, okj, "2x_1, 3, 0", "2x_1, 3, 0", "d(x1^2 + 3 x2)/d(x1, x2, x3)")

# ---------------------------------------------------------------- report
print("\n".join(CHECKS))
wrong = sorted(WRONG.values(), key=lambda d: d["line"])
right = sorted(RIGHT)
print("\nwrong lines: %s" % [w["line"] for w in wrong])
print("right lines: %s" % right)

NOTES = ("Verbatim copy of Sundeep Rangan's NYU 'Introduction to Machine "
         "Learning: Neural Network Notes with Solved Problems' (sdrangan/introml, "
         "unit09_neural/prob/supplementary_neural.tex). Hard-threshold networks g_act(z) = 1{z >= 0}, "
         "yhat = 1{z_out >= 0}. Problem 1 (W_hid = [1;1], b_hid = [-1;-3], W_out = [-1,2], b_out = 0.5): "
         "z_out = 0.5 / -0.5 / 1.5 on x < 1, [1,3), x >= 3 and yhat = 0 only on [1,3): all right. "
         "Problem 2: the solution picks W_hid = [1;1], b_hid = [-2;-4], W_out = [1,-2], b_out = -0.5; "
         "z_out = -0.5 / 0.5 / -1.5 and yhat right; in the solution table the row z_hid_2 (label "
         "'x-2', a typo for x-4) prints 0.5 for the test point x = 3.5, but 3.5 - 4 = -0.5 (minus sign "
         "dropped; first error). Nothing propagates: the same column's u_2 = 0, z_out = 0.5 and yhat = 1 "
         "are the values for z_hid_2 = -0.5, and are right. Label typos not judged as numbers: row "
         "'z_i2 = x-2' (should be x-4), row 'u_i1 = g(z_i2)' (u_i2), row 'z_out = u_i1 - 2u_i1 - 0.5' "
         "(u_i1 - 2u_i2 - 0.5); the rows' values follow the network stated in the solution. "
         "Problem 3 (W_hid = [1 0;0 1;1 1], b_hid = [0;0;-1], W_out = [1,1,-1], b_out = -1.5): "
         "z_hid = (x1, x2, x1+x2-1), z_out = (1)+(1)-(0)-1.5 = 0.5 on the triangle x1 >= 0, x2 >= 0, "
         "x1+x2 < 1 and negative elsewhere: right. 20 x 20 = 400: right. N_h = 2, N_o = 1 right. "
         "Neither list: the activation/output definitions, the networks' weights (given or chosen), "
         "the data rows x_i and y_i, and the symbolic expansions that only restate weights "
         "(e.g. '-1{x>=1} + 2 1{x>=3} + 0.5'), the problem statements, the lecture-note part, the python "
         "code, tensor shapes, and the general symbolic gradient formulas of the backpropagation section. "
         "The one concrete Jacobian, of f(x) = (x1 + x2 x3, x1^2 + 3 x2), printed as the 2 x 3 matrix "
         "[1, x3, x2; 2x1, 3, 0], is right and listed as right (index slips such as "
         "'dL/dz_j = 2(z_i - y_i)' in the general formulas are not numbers and are not judged).")

if "--write-expected" in sys.argv:
    out = {"file": "doc.tex", "format": "tex", "source": SOURCE, "license": LICENSE,
           "wrong": wrong, "right": right, "notes": NOTES}
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    print("wrote expected.json")
