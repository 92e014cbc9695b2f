#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of Ahammad Nafiz's Jekyll post
"Backprop by Hand - A Deep Dive into Neural Networks (NN)" (ahammadnafiz.github.io, 2024-09-21): one forward and
backward pass of a 3-3-3-3-3 network (ReLU hidden layers, softmax output, zero biases) on X = (1, 4, 7), Y = (1, 0, 0).

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Givens (doc.md "Initial Setup"): X, W[1]..W[4], b[l] = 0, Y; m = 1 (the page's own assumption).
The page's own conventions, followed here:
  * the forward pass computes softmax(Z[4]) but the backward pass says "let's simplify by assuming A[4] = Z[4]",
    so dZ[4] = Z[4] - Y (an unusual but stated and consistent simplification; not counted as an error);
  * dW[l] = dZ[l] A[l-1]^T, db[l] = dZ[l], dZ[l] = (W[l+1]^T dZ[l+1]) * ReLU'(Z[l]).
True values are the exact values from the givens under those conventions.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a number printed as the result of an expression of numbers printed on the same line must be what redoing that
      expression gives, rounded at p's digits (given operands exact, rounded earlier results anywhere within half a
      unit of their last digit); otherwise wrong, first;
  (b) a number printed without working (or restated) is right within one unit of the true value, or when it follows
      from printed correct operands;
  (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off is wrong,
      propagated (first when the line adds a mistake of its own).
A line is wrong when any number on it is wrong. Lines holding only givens (weights, X, Y, biases) are in neither list.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/ahammadnafiz/ahammadnafiz.github.io/blob/61ec2e60c12be44bb87f4270ddb0649112e3d1c6/"
          "_posts/2024-09-21-Backprop-by-Hand-A-Deep-Dive-into-Neural-Networks-(NN).md")
LICENSE = ("none for the post text (the repository's LICENSE is the MIT license of the Chirpy theme, Copyright (c) 2021 "
           "Cotes Chung, which does not cover the author's posts); doc.md is an excerpt of only the worked example "
           "(source lines 319-1333, the two mermaid diagrams removed), line for line, markup kept")
import itertools
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1, start=1):
    """1-based line of the nth line at or after `start` that contains `sub`; fails loudly."""
    hits = [i + 1 for i, t in enumerate(DOC) if i + 1 >= start and sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d after line %d)" % (DOCFILE, sub, nth, start))
    return hits[nth - 1]


def at(anchor, sub, anchor_nth=1, k=1):
    """The k-th line containing `sub` after the anchor line (the anchor_nth line containing `anchor`)."""
    a = line_of(anchor, anchor_nth)
    return line_of(sub, k, a + 1)


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    return abs(D(p) - rnd(x, p)) <= unit(p)


def span(f, *ops):
    """Range of f over printed operands: a string ending in '!' is exact, any other is a rounded earlier result
    taken anywhere within half a unit of its last digit."""
    choices = []
    for s in ops:
        if s.endswith("!"):
            choices.append([D(s[:-1])])
        else:
            h = unit(s) / 2
            choices.append([D(s) - h, D(s) + h])
    vals = [f(*c) for c in itertools.product(*choices)]
    return min(vals), max(vals)


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, ops=None, ups=(), why=""):
    """Judge one printed number. ops: (lo, hi) range of the line's own working, or None (no working on the line)."""
    assert printed in DOC[line - 1], (line, printed, DOC[line - 1])
    p = D(printed)
    u = unit(printed)
    ok_a = ops is None or (ops[0] <= p + u / 2 and ops[1] >= p - u / 2)
    up_wrong = any(STATUS[x] == "wrong" for x in ups)
    if not ok_a:
        st, kind = "wrong", "first"
    elif near(p, true):
        st, kind = "right", None
    elif up_wrong:
        st, kind = "wrong", "propagated"
    elif ops is not None:
        st, kind = "right", None  # follows from printed correct operands
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), status=st, kind=kind, why=why,
                       correct=str(rnd(true, p))))


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:100]))
        for c in cs:
            print("            %-12s printed %-11s true %.8g -> %s%s" % (
                c["id"], c["printed"], c["true"], c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            seen, printed, correct, whys = set(), [], [], []
            for c in bad:
                key = (c["printed"], c["correct"])
                if key in seen:
                    continue
                seen.add(key)
                printed.append(c["printed"])
                correct.append(c["correct"])
                whys.append(c["why"] or "restates or uses a wrong value")
            wrong.append({"line": n, "page": None, "printed": ", ".join(printed), "correct": ", ".join(correct),
                          "kind": "first" if "first" in kinds else "propagated", "why": "; ".join(dict.fromkeys(whys))})
        else:
            right.append(n)
    return wrong, right


# ---------------- exact values from the givens ----------------
X = [D(1), D(4), D(7)]
Y = [D(1), D(0), D(0)]
W1 = [[D("0.2"), D("-0.1"), D("0.4")], [D("0.5"), D("0.3"), D("-0.6")], [D("-0.2"), D("0.1"), D("0.3")]]
W2 = [[D("0.1"), D("-0.2"), D("0.5")], [D("0.4"), D("0.1"), D("-0.3")], [D("-0.1"), D("0.3"), D("0.2")]]
W3 = [[D("0.3"), D("0.1"), D("-0.4")], [D("0.2"), D("-0.5"), D("0.6")], [D("-0.3"), D("0.2"), D("0.4")]]
W4 = [[D("0.2"), D("-0.1"), D("0.5")], [D("0.4"), D("0.1"), D("-0.3")], [D("-0.2"), D("0.3"), D("0.2")]]


def mv(W, v):
    return [sum(W[i][j] * v[j] for j in range(3)) for i in range(3)]


def mtv(W, v):
    return [sum(W[j][i] * v[j] for j in range(3)) for i in range(3)]


relu = lambda v: [max(D(0), x) for x in v]
drelu = lambda v: [D(1) if x > 0 else D(0) for x in v]
Z1 = mv(W1, X); A1 = relu(Z1)
Z2 = mv(W2, A1); A2 = relu(Z2)
Z3 = mv(W3, A2); A3 = relu(Z3)
Z4 = mv(W4, A3)
E = [z.exp() for z in Z4]
S = sum(E)
SM = [e / S for e in E]
dZ4 = [Z4[i] - Y[i] for i in range(3)]          # the page's A[4] = Z[4] simplification
G3 = mtv(W4, dZ4)
dZ3 = [G3[i] * drelu(Z3)[i] for i in range(3)]
dW3 = [[dZ3[i] * A2[j] for j in range(3)] for i in range(3)]
G2 = mtv(W3, dZ3)
dZ2 = [G2[i] * drelu(Z2)[i] for i in range(3)]
dW2 = [[dZ2[i] * A1[j] for j in range(3)] for i in range(3)]
G1 = mtv(W2, dZ2)
dZ1 = [G1[i] * drelu(Z1)[i] for i in range(3)]
dW1 = [[dZ1[i] * X[j] for j in range(3)] for i in range(3)]
dW4 = [[dZ4[i] * A3[j] for j in range(3)] for i in range(3)]

add = lambda *a: sum(a)
mul = lambda a, b: a * b
div = lambda a, b: a / b

# ---------------- forward pass ----------------
L = line_of("1. $0.2 - 0.4 + 2.8 = 2.6$")
chk("z1_1", L, "2.6", Z1[0], span(add, "0.2!", "-0.4!", "2.8!"))
L = line_of("$0.5 + 1.2 - 4.2 = -2.5$")
chk("z1_2", L, "-2.5", Z1[1], span(add, "0.5!", "1.2!", "-4.2!"))
L = line_of("$-0.2 + 0.4 + 2.1 = 2.3$")
chk("z1_3", L, "2.3", Z1[2], span(add, "-0.2!", "0.4!", "2.1!"))
# Z[1] result vector, A[1] (max lines and result)
for k, (s, v) in enumerate(zip(["2.6", "-2.5", "2.3"], Z1)):
    chk("Z1v%d" % k, at("Z[1] = \\begin{bmatrix}", s, 3), s, v, ups=("z1_%d" % (k + 1),))
for k, s in enumerate(["\\max(0, 2.6)", "\\max(0, -2.5)", "\\max(0, 2.3)"]):
    chk("A1max%d" % k, line_of(s), s[8:-1], Z1[k], ups=("z1_%d" % (k + 1),))
a1_anchor = "A[1] = g_{\\text{ReLU}}(Z[1])"
A1L = [at(a1_anchor, "\\end{bmatrix} = \\begin{bmatrix}") + 1 + k for k in range(3)]
for k, s in enumerate(["2.6", "0", "2.3"]):
    chk("A1_%d" % k, A1L[k], s, A1[k], ups=("z1_%d" % (k + 1),))
# Z[2]: A[1] restated in the matrix product (first \end{bmatrix} \begin{bmatrix} after the Z[2] anchor)
p = at("Z[2] = W[2] A[1] + b[2]", "\\end{bmatrix} \\begin{bmatrix}")
for k, s in enumerate(["2.6", "0", "2.3"]):
    chk("A1r%d" % k, p + 1 + k, s, A1[k], ups=("A1_%d" % k,))
for k, s in enumerate(["0.1 \\cdot 2.6 + (-0.2) \\cdot 0 + 0.5 \\cdot 2.3", "0.4 \\cdot 2.6 + 0.1 \\cdot 0 + (-0.3) \\cdot 2.3",
                       "-0.1 \\cdot 2.6 + 0.3 \\cdot 0 + 0.2 \\cdot 2.3"]):
    L = line_of(s)
    chk("A1e%d_a" % k, L, "2.6", A1[0], ups=("A1_0",))
    chk("A1e%d_c" % k, L, "2.3", A1[2], ups=("A1_2",))
L = line_of("$0.26 + 0 + 1.15 = 1.41$")
chk("z2_1", L, "1.41", Z2[0], span(add, "0.26!", "1.15!"))
L = line_of("$1.04 + 0 - 0.69 = 0.35$")
chk("z2_2", L, "0.35", Z2[1], span(add, "1.04!", "-0.69!"))
L = line_of("$-0.26 + 0 + 0.46 = 0.20$")
chk("z2_3", L, "0.20", Z2[2], span(add, "-0.26!", "0.46!"))
for k, s in enumerate(["1.41", "0.35", "0.20"]):
    chk("Z2v%d" % k, at("Z[2] = \\begin{bmatrix}", s, 3), s, Z2[k], ups=("z2_%d" % (k + 1),))
    chk("A2max%d" % k, line_of("\\max(0, %s)" % s), s, Z2[k], ups=("z2_%d" % (k + 1),))
    chk("A2_%d" % k, at("A[2] = g_{\\text{ReLU}}(Z[2])", s, 1, 2), s, A2[k], ups=("z2_%d" % (k + 1),))
    chk("A2r%d" % k, at("Z[3] = W[3] A[2] + b[3]", s), s, A2[k], ups=("A2_%d" % k,))
for k, s in enumerate(["0.3 \\cdot 1.41 + 0.1 \\cdot 0.35 - 0.4 \\cdot 0.20", "0.2 \\cdot 1.41 - 0.5 \\cdot 0.35 + 0.6 \\cdot 0.20",
                       "-0.3 \\cdot 1.41 + 0.2 \\cdot 0.35 + 0.4 \\cdot 0.20"]):
    L = line_of(s)
    for j, t in enumerate(["1.41", "0.35", "0.20"]):
        chk("A2e%d%d" % (k, j), L, t, A2[j], ups=("A2_%d" % j,))
L = line_of("$0.423 + 0.035 - 0.08 = 0.378$")
chk("z3_1", L, "0.378", Z3[0], span(add, "0.423!", "0.035!", "-0.08!"))
L = line_of("$0.282 - 0.175 + 0.12 = 0.227$")
chk("z3_2", L, "0.227", Z3[1], span(add, "0.282!", "-0.175!", "0.12!"))
L = line_of("$-0.423 + 0.07 + 0.08 = -0.273$")
chk("z3_3", L, "-0.273", Z3[2], span(add, "-0.423!", "0.07!", "0.08!"))
for k, s in enumerate(["0.378", "0.227", "-0.273"]):
    chk("Z3v%d" % k, at("Z[3] = \\begin{bmatrix}", s, 3), s, Z3[k], ups=("z3_%d" % (k + 1),))
    chk("A3max%d" % k, line_of("\\max(0, %s)" % s), s, Z3[k], ups=("z3_%d" % (k + 1),))
A3L = [at("A[3] = g_{\\text{ReLU}}(Z[3])", "\\end{bmatrix} = \\begin{bmatrix}") + 1 + k for k in range(3)]
for k, s in enumerate(["0.378", "0.227", "0"]):
    chk("A3_%d" % k, A3L[k], s, A3[k], ups=("z3_%d" % (k + 1),))
p = at("Z[4] = W[4] A[3] + b[4]", "\\end{bmatrix} \\begin{bmatrix}")
for k, s in enumerate(["0.378", "0.227", "0"]):
    chk("A3r%d" % k, p + 1 + k, s, A3[k], ups=("A3_%d" % k,))
for k, s in enumerate(["0.2 \\cdot 0.378 - 0.1 \\cdot 0.227 + 0.5 \\cdot 0", "0.4 \\cdot 0.378 + 0.1 \\cdot 0.227 - 0.3 \\cdot 0",
                       "-0.2 \\cdot 0.378 + 0.3 \\cdot 0.227 + 0.2 \\cdot 0"]):
    L = line_of(s)
    chk("A3e%d_a" % k, L, "0.378", A3[0], ups=("A3_0",))
    chk("A3e%d_b" % k, L, "0.227", A3[1], ups=("A3_1",))
L = line_of("$0.0756 - 0.0227 + 0 = 0.0529$")
chk("z4_1", L, "0.0529", Z4[0], span(add, "0.0756!", "-0.0227!"))
L = line_of("$0.1512 + 0.0227 + 0 = 0.1739$")
chk("z4_2", L, "0.1739", Z4[1], span(add, "0.1512!", "0.0227!"))
L = line_of("$-0.0756 + 0.0681 + 0 = -0.0075$")
chk("z4_3", L, "-0.0075", Z4[2], span(add, "-0.0756!", "0.0681!"))
for k, s in enumerate(["0.0529", "0.1739", "-0.0075"]):
    chk("Z4v%d" % k, at("Z[4] = \\begin{bmatrix}", s, 3), s, Z4[k], ups=("z4_%d" % (k + 1),))
    chk("eZ%d" % k, line_of("e^{%s} \\\\" % s) if k < 2 else line_of("e^{%s}" % s), s, Z4[k], ups=("z4_%d" % (k + 1),))

# ---------------- softmax ----------------
chk("e1", line_of("e^{0.0529} \\approx 1.0543"), "1.0543", E[0])
chk("e2", line_of("e^{0.1739} \\approx 1.1904"), "1.1904", E[1],
    why="e^0.1739 = 1.18994 (1.1899 at four decimals), not 1.1904")
chk("e3", line_of("e^{-0.0075} \\approx 0.9925"), "0.9925", E[2])
p = line_of("e^{Z[4]} \\approx \\begin{bmatrix}")
for k, s in enumerate(["1.0543", "1.1904", "0.9925"]):
    chk("ev%d" % k, p + 1 + k, s, E[k], ups=("e%d" % (k + 1),))
L = line_of("\\text{sum} = 1.0543 + 1.1904 + 0.9925")
chk("s_e2", L, "1.1904", E[1], ups=("e2",))
chk("sum", L, "3.2372", S, span(add, "1.0543", "1.1904", "0.9925"), ups=("e2",),
    why="the sum of the printed exponentials, carrying the wrong e^0.1739; the true sum is 3.23679")
L = line_of("\\frac{1}{3.2372} \\begin{bmatrix}")
chk("sum_r0", L, "3.2372", S, ups=("sum",))
for k, s in enumerate(["1.0543", "1.1904", "0.9925"]):
    chk("evs%d" % k, L + 1 + k, s, E[k], ups=("e%d" % (k + 1),))
for k, s in enumerate(["1.0543", "1.1904", "0.9925"]):
    L = line_of("\\frac{%s}{3.2372} \\\\" % s) if k < 2 else line_of("\\frac{%s}{3.2372}" % s)
    chk("fr%d_n" % k, L, s, E[k], ups=("e%d" % (k + 1),))
    chk("fr%d_d" % k, L, "3.2372", S, ups=("sum",))
for k, (s, q) in enumerate([("1.0543", "0.3252"), ("1.1904", "0.3685"), ("0.9925", "0.3063")]):
    L = line_of("frac{%s}{3.2372} \\approx %s" % (s, q))
    chk("q%d_n" % k, L, s, E[k], ups=("e%d" % (k + 1),))
    chk("q%d_d" % k, L, "3.2372", S, ups=("sum",))
    lo, hi = span(div, s, "3.2372")
    chk("sm%d" % k, L, q, SM[k], (lo, hi), ups=("e%d" % (k + 1), "sum"),
        why="%s / 3.2372 = %s, not %s (softmax_%d is %s)" % (s, rnd((lo + hi) / 2, q), q, k + 1, rnd(SM[k], q)))
p = line_of("The softmax probabilities for")
for k, s in enumerate(["0.3252", "0.3685", "0.3063"]):
    chk("smv%d" % k, at("The softmax probabilities for", s), s, SM[k], ups=("sm%d" % k,))

# ---------------- backward pass ----------------
p = line_of("dZ[4] = \\begin{bmatrix}")
for k, s in enumerate(["0.0529", "0.1739", "-0.0075"]):
    chk("dz4in%d" % k, p + 1 + k, s, Z4[k], ups=("z4_%d" % (k + 1),))
q = line_of("\\end{bmatrix} = \\begin{bmatrix}", 1, p)
for k, s in enumerate(["-0.9471", "0.1739", "-0.0075"]):
    chk("dZ4_%d" % k, q + 1 + k, s, dZ4[k], ups=("z4_%d" % (k + 1),))
p = line_of("dW[4] = \\begin{bmatrix}")
for k, s in enumerate(["-0.9471", "0.1739", "-0.0075"]):
    chk("dZ4r%d" % k, p + 1 + k, s, dZ4[k], ups=("dZ4_%d" % k,))
L = line_of("0.378 & 0.227 & 0")
chk("A3T0", L, "0.378", A3[0], ups=("A3_0",))
chk("A3T1", L, "0.227", A3[1], ups=("A3_1",))
p = line_of("dW[4] = \\begin{bmatrix}", 2)
rows = [("-0.3576 & -0.2144 & 0", ["-0.3576", "-0.2144"]), ("0.0657 & 0.0395 & 0", ["0.0657", "0.0395"]),
        ("0.0014 & 0.0008 & 0", ["0.0014", "0.0008"])]
for i, (s, vals) in enumerate(rows):
    L = line_of(s, 1, p)
    for j, v in enumerate(vals):
        chk("dW4_%d%d" % (i, j), L, v, dW4[i][j], ups=("dZ4_%d" % i,),
            why="dW[4]_%d%d = %s * %s = %s" % (i + 1, j + 1, dZ4[i], A3[j], rnd(dW4[i][j], v)))
p = line_of("db[4] = \\begin{bmatrix}")
for k, s in enumerate(["-0.9471", "0.1739", "-0.0075"]):
    chk("db4_%d" % k, p + 1 + k, s, dZ4[k], ups=("dZ4_%d" % k,))
for k, s in enumerate(["0.2 \\cdot -0.9471 + 0.4 \\cdot 0.1739 + (-0.2) \\cdot -0.0075",
                       "-0.1 \\cdot -0.9471 + 0.1 \\cdot 0.1739 + 0.3 \\cdot -0.0075",
                       "0.5 \\cdot -0.9471 + (-0.3) \\cdot 0.1739 + 0.2 \\cdot -0.0075"]):
    L = line_of(s)
    for j, t in enumerate(["-0.9471", "0.1739", "-0.0075"]):
        chk("G3e%d%d" % (k, j), L, t, dZ4[j], ups=("dZ4_%d" % j,))
L = line_of("$-0.18942 + 0.06956 + 0.0015 = -0.11836$")
chk("g3a1", L, "-0.18942", W4[0][0] * dZ4[0], span(mul, "0.2!", "-0.9471"))
chk("g3a2", L, "0.06956", W4[1][0] * dZ4[1], span(mul, "0.4!", "0.1739"))
chk("g3a3", L, "0.0015", W4[2][0] * dZ4[2], span(mul, "-0.2!", "-0.0075"))
chk("g3_1", L, "-0.11836", G3[0], span(add, "-0.18942", "0.06956", "0.0015"))
L = line_of("$0.09471 + 0.01739 - 0.00225 = 0.10985$")
chk("g3b1", L, "0.09471", W4[0][1] * dZ4[0], span(mul, "-0.1!", "-0.9471"))
chk("g3b2", L, "0.01739", W4[1][1] * dZ4[1], span(mul, "0.1!", "0.1739"))
chk("g3b3", L, "0.00225", -W4[2][1] * dZ4[2], span(mul, "0.3!", "0.0075"))
chk("g3_2", L, "0.10985", G3[1], span(add, "0.09471", "0.01739", "-0.00225"))
L = line_of("$-0.47355 - 0.52107 - 0.0015 = -0.99612$")
chk("g3c1", L, "-0.47355", W4[0][2] * dZ4[0], span(mul, "0.5!", "-0.9471"))
chk("g3c2", L, "0.52107", -W4[1][2] * dZ4[1], span(mul, "0.3!", "0.1739"),
    why="(-0.3)(0.1739) = -0.05217, printed as -0.52107")
chk("g3c3", L, "0.0015", -W4[2][2] * dZ4[2], span(mul, "-0.2!", "-0.0075"))
chk("g3_3", L, "-0.99612", G3[2], span(add, "-0.47355", "-0.52107", "-0.0015"), ups=("g3c2",),
    why="third entry of W[4]^T dZ[4] is -0.47355 - 0.05217 - 0.0015 = -0.52722")
p = line_of("W[4]^T dZ[4] = \\begin{bmatrix}", 2)
for k, s in enumerate(["-0.11836", "0.10985", "-0.99612"]):
    chk("G3v%d" % k, p + 1 + k, s, G3[k], ups=("g3_%d" % (k + 1),))
p = line_of("g'_{\\text{ReLU}}(Z[3]) = \\begin{bmatrix}")
for k, s in enumerate(["1", "1", "0"]):
    chk("d3_%d" % k, p + 1 + k, s, drelu(Z3)[k], ups=("z3_%d" % (k + 1),))
p = line_of("dZ[3] = W[4]^T dZ[4] \\odot")
for k, s in enumerate(["-0.11836", "0.10985", "-0.99612"]):
    chk("G3w%d" % k, p + 1 + k, s, G3[k], ups=("g3_%d" % (k + 1),))
q = line_of("\\end{bmatrix} \\odot \\begin{bmatrix}", 1, p)
for k, s in enumerate(["1", "1", "0"]):
    chk("d3w%d" % k, q + 1 + k, s, drelu(Z3)[k], ups=("d3_%d" % k,))
q = line_of("\\end{bmatrix} = \\begin{bmatrix}", 1, q)
for k, s in enumerate(["-0.11836", "0.10985", "0"]):
    chk("dZ3_%d" % k, q + 1 + k, s, dZ3[k], ups=() if k == 2 else ("g3_%d" % (k + 1),))
p = line_of("dW[3] = \\begin{bmatrix}")
for k, s in enumerate(["-0.11836", "0.10985", "0"]):
    chk("dZ3r%d" % k, p + 1 + k, s, dZ3[k], ups=("dZ3_%d" % k,))
L = line_of("1.41 & 0.35 & 0.20")
for j, t in enumerate(["1.41", "0.35", "0.20"]):
    chk("A2T%d" % j, L, t, A2[j], ups=("A2_%d" % j,))
p = line_of("dW[3] = \\begin{bmatrix}", 2)
rows = [("-0.16738 & -0.04149 & -0.02367", ["-0.16738", "-0.04149", "-0.02367"]),
        ("0.15576 & 0.03849 & 0.02197", ["0.15576", "0.03849", "0.02197"]), ("0 & 0 & 0", ["0", "0", "0"])]
for i, (s, vals) in enumerate(rows):
    L = line_of(s, 1, p)
    for j, v in enumerate(vals):
        chk("dW3_%d%d" % (i, j), L, v, dW3[i][j], ups=("dZ3_%d" % i,),
            why="dW[3]_%d%d = %s * %s = %s" % (i + 1, j + 1, dZ3[i], A2[j], rnd(dW3[i][j], v)))
p = line_of("db[3] = \\begin{bmatrix}")
for k, s in enumerate(["-0.11836", "0.10985", "0"]):
    chk("db3_%d" % k, p + 1 + k, s, dZ3[k], ups=("dZ3_%d" % k,))
for k, s in enumerate(["0.3 \\cdot -0.11836 + 0.2 \\cdot 0.10985 + (-0.3) \\cdot 0",
                       "0.1 \\cdot -0.11836 + (-0.5) \\cdot 0.10985 + 0.2 \\cdot 0",
                       "-0.4 \\cdot -0.11836 + 0.6 \\cdot 0.10985 + 0.4 \\cdot 0"]):
    L = line_of(s)
    for j, t in enumerate(["-0.11836", "0.10985"]):
        chk("G2e%d%d" % (k, j), L, t, dZ3[j], ups=("dZ3_%d" % j,))
L = line_of("$-0.03551 + 0.02197 + 0 = -0.01354$")
chk("g2a1", L, "-0.03551", W3[0][0] * dZ3[0], span(mul, "0.3!", "-0.11836"))
chk("g2a2", L, "0.02197", W3[1][0] * dZ3[1], span(mul, "0.2!", "0.10985"))
chk("g2_1", L, "-0.01354", G2[0], span(add, "-0.03551", "0.02197"))
L = line_of("$-0.01184 - 0.05493 + 0 = -0.06677$")
chk("g2b1", L, "-0.01184", W3[0][1] * dZ3[0], span(mul, "0.1!", "-0.11836"))
chk("g2b2", L, "0.05493", -W3[1][1] * dZ3[1], span(mul, "0.5!", "0.10985"))
chk("g2_2", L, "-0.06677", G2[1], span(add, "-0.01184", "-0.05493"))
L = line_of("$0.47344 + 0.06591 + 0 = 0.53935$")
chk("g2c1", L, "0.47344", W3[0][2] * dZ3[0], span(mul, "-0.4!", "-0.11836"),
    why="(-0.4)(-0.11836) = 0.047344, printed as 0.47344 (decimal point slipped)")
chk("g2c2", L, "0.06591", W3[1][2] * dZ3[1], span(mul, "0.6!", "0.10985"))
chk("g2_3", L, "0.53935", G2[2], span(add, "0.47344", "0.06591"), ups=("g2c1",),
    why="third entry of W[3]^T dZ[3] is 0.047344 + 0.06591 = 0.113254")
p = line_of("W[3]^T dZ[3] = \\begin{bmatrix}", 2)
for k, s in enumerate(["-0.01354", "-0.06677", "0.53935"]):
    chk("G2v%d" % k, p + 1 + k, s, G2[k], ups=("g2_%d" % (k + 1),))
p = line_of("g'_{\\text{ReLU}}(Z[2]) = \\begin{bmatrix}")
for k in range(3):
    chk("d2_%d" % k, p + 1 + k, "1", drelu(Z2)[k], ups=("z2_%d" % (k + 1),))
p = line_of("dZ[2] = W[3]^T dZ[3] \\odot")
for k, s in enumerate(["-0.01354", "-0.06677", "0.53935"]):
    chk("dZ2_%d" % k, p + 1 + k, s, dZ2[k], ups=("g2_%d" % (k + 1),))
p = line_of("dW[2] = \\begin{bmatrix}")
for k, s in enumerate(["-0.01354", "-0.06677", "0.53935"]):
    chk("dZ2r%d" % k, p + 1 + k, s, dZ2[k], ups=("dZ2_%d" % k,))
L = line_of("2.6 & 0 & 2.3")
for j, t in enumerate(["2.6", "0", "2.3"]):
    chk("A1T%d" % j, L, t, A1[j], ups=("A1_%d" % j,))
p = line_of("dW[2] = \\begin{bmatrix}", 2)
rows = [("-0.03519 & 0 & -0.03111", ["-0.03519", "0", "-0.03111"]), ("0.17335 & 0 & 0.13535", ["0.17335", "0", "0.13535"]),
        ("0.37574 & 0 & 0.20557", ["0.37574", "0", "0.20557"])]
PAGE_dZ2 = [D("-0.01354"), D("-0.06677"), D("0.53935")]
for i, (s, vals) in enumerate(rows):
    L = line_of(s, 1, p)
    for j, v in enumerate(vals):
        own = PAGE_dZ2[i] * A1[j]
        # a product printed without working: right within one unit of the truth; when dZ[2] is wrong the entry is
        # propagated only if it is the page's own product of its printed operands, else it adds a mistake (first)
        if i == 2 and v != "0" and not near(v, own):
            CHECKS.append(dict(id="dW2_%d%d" % (i, j), line=L, printed=v, true=dW2[i][j], status="wrong", kind="first",
                               why="dW[2]_%d%d = %s * %s = %s (from the page's 0.53935 it would be %s)" % (
                                   i + 1, j + 1, rnd(dZ2[i], "0.000001"), A1[j], rnd(dW2[i][j], v), rnd(own, v)),
                               correct=str(rnd(dW2[i][j], v))))
            STATUS["dW2_%d%d" % (i, j)] = "wrong"
            continue
        chk("dW2_%d%d" % (i, j), L, v, dW2[i][j], ups=("dZ2_%d" % i,),
            why="dW[2]_%d%d = %s * %s = %s" % (i + 1, j + 1, rnd(dZ2[i], "0.000001"), A1[j], rnd(dW2[i][j], v)))
p = line_of("db[2] = \\begin{bmatrix}")
for k, s in enumerate(["-0.01354", "-0.06677", "0.53935"]):
    chk("db2_%d" % k, p + 1 + k, s, dZ2[k], ups=("dZ2_%d" % k,))
for k, s in enumerate(["0.1 \\cdot -0.01354 + 0.4 \\cdot -0.06677 + (-0.1) \\cdot 0.53935",
                       "-0.2 \\cdot -0.01354 + 0.1 \\cdot -0.06677 + 0.3 \\cdot 0.53935",
                       "0.5 \\cdot -0.01354 - 0.3 \\cdot -0.06677 + 0.2 \\cdot 0.53935"]):
    L = line_of(s)
    for j, t in enumerate(["-0.01354", "-0.06677", "0.53935"]):
        chk("G1e%d%d" % (k, j), L, t, dZ2[j], ups=("dZ2_%d" % j,))
L = line_of("$-0.001354 - 0.026708 - 0.053935 = -0.081997$")
chk("g1a1", L, "-0.001354", W2[0][0] * dZ2[0], span(mul, "0.1!", "-0.01354"))
chk("g1a2", L, "0.026708", -W2[1][0] * dZ2[1], span(mul, "-0.4!", "-0.06677"), ups=("g2_2",))
chk("g1a3", L, "0.053935", -W2[2][0] * dZ2[2], span(mul, "0.1!", "0.53935"), ups=("g2_3",))
chk("g1_1", L, "-0.081997", G1[0], span(add, "-0.001354", "-0.026708", "-0.053935"), ups=("g1a3",))
L = line_of("$0.002708 - 0.006677 + 0.161805 = 0.157836$")
chk("g1b1", L, "0.002708", W2[0][1] * dZ2[0], span(mul, "-0.2!", "-0.01354"))
chk("g1b2", L, "0.006677", -W2[1][1] * dZ2[1], span(mul, "-0.1!", "-0.06677"))
chk("g1b3", L, "0.161805", W2[2][1] * dZ2[2], span(mul, "0.3!", "0.53935"), ups=("g2_3",))
chk("g1_2", L, "0.157836", G1[1], span(add, "0.002708", "-0.006677", "0.161805"), ups=("g1b3",))
L = line_of("$-0.00677 + 0.020031 + 0.10787 = 0.121131$")
chk("g1c1", L, "-0.00677", W2[0][2] * dZ2[0], span(mul, "0.5!", "-0.01354"))
chk("g1c2", L, "0.020031", W2[1][2] * dZ2[1], span(mul, "-0.3!", "-0.06677"))
chk("g1c3", L, "0.10787", W2[2][2] * dZ2[2], span(mul, "0.2!", "0.53935"), ups=("g2_3",))
chk("g1_3", L, "0.121131", G1[2], span(add, "-0.00677", "0.020031", "0.10787"), ups=("g1c3",))
p = line_of("W[2]^T dZ[2] = \\begin{bmatrix}", 2)
for k, s in enumerate(["-0.081997", "0.157836", "0.121131"]):
    chk("G1v%d" % k, p + 1 + k, s, G1[k], ups=("g1_%d" % (k + 1),))
p = line_of("g'_{\\text{ReLU}}(Z[1]) = \\begin{bmatrix}")
for k, s in enumerate(["1", "0", "1"]):
    chk("d1_%d" % k, p + 1 + k, s, drelu(Z1)[k], ups=("z1_%d" % (k + 1),))
p = line_of("dZ[1] = W[2]^T dZ[2] \\odot")
for k, s in enumerate(["-0.081997", "0", "0.121131"]):
    chk("dZ1_%d" % k, p + 1 + k, s, dZ1[k], ups=() if k == 1 else ("g1_%d" % (k + 1),))
p = line_of("dW[1] = \\begin{bmatrix}")
for k, s in enumerate(["-0.081997", "0", "0.121131"]):
    chk("dZ1r%d" % k, p + 1 + k, s, dZ1[k], ups=("dZ1_%d" % k,))
p = line_of("dW[1] = \\begin{bmatrix}", 2)
rows = [("-0.081997 & -0.327988 & -0.57392", ["-0.081997", "-0.327988", "-0.57392"]), ("0 & 0 & 0", ["0", "0", "0"]),
        ("0.121131 & 0.484524 & 0.847917", ["0.121131", "0.484524", "0.847917"])]
PAGE_dZ1 = [D("-0.081997"), D(0), D("0.121131")]
for i, (s, vals) in enumerate(rows):
    L = line_of(s, 1, p)
    for j, v in enumerate(vals):
        own = PAGE_dZ1[i] * X[j]
        if v != "0" and not near(v, own):
            CHECKS.append(dict(id="dW1_%d%d" % (i, j), line=L, printed=v, true=dW1[i][j], status="wrong", kind="first",
                               why="dW[1]_%d%d = dZ[1]_%d * %s; the page's own -0.081997 * 7 is %s, printed %s "
                                   "(true %s)" % (i + 1, j + 1, i + 1, X[j], rnd(own, v), v, rnd(dW1[i][j], v)),
                               correct=str(rnd(dW1[i][j], v))))
            STATUS["dW1_%d%d" % (i, j)] = "wrong"
            continue
        chk("dW1_%d%d" % (i, j), L, v, dW1[i][j], ups=("dZ1_%d" % i,),
            why="dW[1]_%d%d = %s * %s = %s" % (i + 1, j + 1, rnd(dZ1[i], "0.000001"), X[j], rnd(dW1[i][j], v)))
p = line_of("db[1] = \\begin{bmatrix}")
for k, s in enumerate(["-0.081997", "0", "0.121131"]):
    chk("db1_%d" % k, p + 1 + k, s, dZ1[k], ups=("dZ1_%d" % k,))

NOTES = (
    "Excerpt of the worked example only (unlicensed post). The page computes softmax(Z[4]) in the forward pass but "
    "then states 'let's simplify by assuming A[4] = Z[4]', so dZ[4] = Z[4] - Y; that stated simplification is "
    "followed, not counted as an error. The forward pass (exact decimals through ReLU) is right. Errors: e^0.1739 "
    "printed 1.1904 (true 1.18994), which carries into the sum 3.2372 (true 3.23679); the three softmax quotients "
    "do not match their own divisions (1.0543/3.2372 = 0.3257, not 0.3252; 1.1904/3.2372 = 0.3677, not 0.3685; "
    "0.9925/3.2372 = 0.3066, not 0.3063). dW[4] rows 1 and 3 are wrong products (-0.3576, -0.2144 for -0.3580, "
    "-0.2150; 0.0014, 0.0008 for -0.0028, -0.0017). W[4]^T dZ[4]'s third entry uses -0.52107 for (-0.3)(0.1739) = "
    "-0.05217 (-0.99612 for -0.52722), harmless downstream because ReLU'(Z[3]_3) = 0. dW[3]: -0.16738, -0.04149, "
    "0.15576, 0.03849 are wrong products (-0.16689, -0.04143, 0.15489, 0.03845). W[3]^T dZ[3]'s third entry uses "
    "0.47344 for (-0.4)(-0.11836) = 0.047344, so dZ[2]_3 = 0.53935 (true 0.113254), which propagates into db[2], "
    "W[2]^T dZ[2], dZ[1], dW[1], db[1]. dW[2]: -0.03111 (for -0.03114), 0.17335 and 0.13535 (for -0.17358 and "
    "-0.15355, sign and value), 0.37574 and 0.20557 (neither the truth 0.29446, 0.26048 nor the page's own "
    "0.53935*2.6, 0.53935*2.3) are first errors. dW[1]_13 = -0.57392 is not the page's own -0.081997*7 = -0.573979 "
    "(first). Close calls: -0.06677 (= -0.01184 - 0.05493 exactly; true -0.066761) is one unit off the truth and "
    "right; -0.026708 = 0.4 * printed -0.06677 is right by the operand rule (true -0.026704); dW[2]_11 = -0.03519 is "
    "one unit from the true -0.035199 and right. Lines that restate computed values (the matrix operands, "
    "\\max(0, .) lines, e^{.} lines, \\frac{.}{3.2372} lines, the ReLU' vectors of 1s and 0s, zero rows of "
    "gradients) are judged like any restatement; lines of givens only (weights, W^T, X, Y, biases) are in neither list.")


def main():
    wrong, right = report()
    print("\nwrong lines: %d (%d first, %d propagated)" % (
        len(wrong), sum(w["kind"] == "first" for w in wrong), sum(w["kind"] == "propagated" for w in wrong)))
    print("right lines: %d" % len(right))
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


if __name__ == "__main__":
    main()
