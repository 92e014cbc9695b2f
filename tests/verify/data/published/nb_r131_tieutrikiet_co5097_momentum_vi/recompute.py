#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, an excerpt of "report.ipynb", the
assignment report of the group "Optimization Momentum" (HCMUT course CO5097, Vietnamese, 2025-12;
tieutrikiet/momentum-maths-fundamentals-4-cs-co5097). Kept: (1) exercise 2 of D2L 12.6 worked by hand - gradient
descent and momentum (beta 0.5, eta 0.1) on f(x) = 1/2 sum 2^-i x_i^2 from x_i = 1, two momentum steps written
symbolically in lambda_i; (2) exercise 3 - momentum on h(x) = 1/2 x'Qx + c'x, Q = diag(3, 1), c = (-6, 2), a 101-row
table printed by code; (3) the report's own exercises: momentum (beta 0.9, eta 0.1, v0 = 0) on a linear neuron with
squared loss, x = (2, 1, -1), y = 5, two steps by hand and 49 printed iterations; and on a logistic neuron with
binary cross-entropy, x = (1, 2, 1), y = 1, two steps by hand and 19 printed iterations.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator. Lines are 1-based lines of the raw
.ipynb JSON, as `grep -n` shows them, and are located by their text.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line that shows p as the result of an expression of numbers printed on that line is right only if redoing
      the expression from those printed numbers (rounded operands may lie within half a unit) rounds to p;
  (b) a value printed without working, or restated, is right when within one unit of its last digit of the true
      value, or when it follows from printed correct operands; a float64 repr of 15 or more significant digits
      (Python's print of a float) is judged within 1e-12 relative (float64 round-off, as in
      nb_alfonsj_upv_exam_sign_es); values the code rounds with np.round(., 6) before printing (exercise 3's table,
      numpy may show them as e.g. -4.4000e-05) are judged at 6 decimals;
  (c) a restated wrong value is wrong (propagated).
A symbolic coefficient (the 1.5, 0.25 and 0.01 in front of lambda_i) is a computed number like any other.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/tieutrikiet/momentum-maths-fundamentals-4-cs-co5097/blob/"
          "05dbd288fd6268aa9d3a2f916199784207894cbf/report.ipynb")
LICENSE = ("none (no LICENSE file in the repository); doc.ipynb is an excerpt: the equation lines of five Markdown "
           "cells (verbatim lines, prose lines left out) and three code cells unchanged with their printed stream "
           "outputs (figures dropped), plus one Markdown cell of ours naming the source")

import json
import pathlib
import re
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, q):
    return D(x).quantize(q, rounding=ROUND_HALF_UP)


def near(p, x, mode=None):
    p = D(p)
    if mode == "r6":  # printed after np.round(., 6)
        return abs(p - rnd(x, D("1e-6"))) <= D("1e-6")
    if len(p.normalize().as_tuple().digits) >= 15:
        return abs(p - D(x)) <= abs(D(x)) * D("1e-12") + D("1e-300")
    return abs(p - rnd(x, unit(p))) <= unit(p)


def line_of(sub, start=1):
    for n in range(start, len(DOC) + 1):
        if sub in DOC[n - 1]:
            return n
    raise SystemExit("line not found: %r" % sub)


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, mode=None, ops=None, up=(), why="", correct=None):
    """ops: value of the expression redone from the printed operands on the line (rule (a)), if any."""
    assert printed in DOC[line - 1], (line, printed, DOC[line - 1])
    p = D(printed)
    if ops is not None and p != rnd(ops, unit(p)):
        st, kind = "wrong", "first"
    elif near(printed, true, mode) or (ops is not None):
        st, kind = "right", None
    elif any(STATUS.get(u) == "wrong" for u in up):
        st, kind = "wrong", "propagated"
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), status=st, kind=kind, why=why,
                       correct=correct if correct is not None else str(rnd(true, unit(p)))))


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:100]))
        for c in bad:
            print("            %-14s printed %-20s true %s -> %s (%s)" % (
                c["id"], c["printed"], c["true"], c["status"], c["kind"]))
        if bad:
            wrong.append({"line": n, "page": None, "printed": ", ".join(dict.fromkeys(c["printed"] for c in bad)),
                          "correct": ", ".join(dict.fromkeys(c["correct"] for c in bad)),
                          "kind": "first" if any(c["kind"] == "first" for c in bad) else "propagated",
                          "why": "; ".join(dict.fromkeys(c["why"] or "restates a wrong value" for c in bad))})
        else:
            right.append(n)
    print("checks:", len(CHECKS))
    return wrong, right


NUM = re.compile(r"-?\d+(?:\.\d*)?(?:e[-+]?\d+)?")


def nums(text):
    return NUM.findall(text)


def out_text(line):
    """The printed text of a stream-output line of the raw JSON."""
    s = DOC[line - 1].strip()
    assert s.startswith('"'), s
    return s[1:].rsplit('\\n"', 1)[0]


# ================= Exercise 2 (by hand): lambda_i = 2^-i, eta 0.1, beta 0.5 =================
for txt in ("&= [0.95, 0.975,...,1 - 0.1 \\\\cdot 2^{-i}]", "&= [0.95, 0.975,..., 1 - 0.1 \\\\cdot 2^{-i}]^\\\\top"):
    ln = line_of(txt)
    chk("x1_1@%d" % ln, ln, "0.95", 1 - D("0.1") * D("0.5"))
    chk("x1_2@%d" % ln, ln, "0.975", 1 - D("0.1") * D("0.25"))
# v2 = beta v1 + grad f(x1) = 0.5 lam + lam - 0.1 lam^2 = 1.5 lam - 0.1 lam^2
ln = line_of("&= [1.5\\\\lambda_{1}-0.1\\\\lambda_{1}^2")
chk("v2_coef", ln, "1.5", D("0.5") + 1)
# x2 = x1 - eta v2 = 1 - 0.1 lam - 0.15 lam + 0.01 lam^2 = 1 - 0.25 lam + 0.01 lam^2
ln = line_of("&= [1-0.25\\\\lambda_{1}-0.01\\\\lambda_{1}^2")
chk("x2_coef1", ln, "0.25", D("0.1") + D("0.1") * D("1.5"))
chk("x2_coef2", ln, "-0.01", D("0.1") * D("0.1"), correct="+0.01",
    why="x2 = (1 - 0.1 lam) - 0.1 (1.5 lam - 0.1 lam^2) = 1 - 0.25 lam + 0.01 lam^2: the lambda^2 term is +0.01, "
        "printed -0.01 (sign slip)")

# ================= Exercise 3 (code): Q = diag(3, 1), c = (-6, 2), x0 = 0, beta 0.9, eta 0.1 =================
Q = [[D(3), D(0)], [D(0), D(1)]]
C = [D(-6), D(2)]


def hval(x):
    qx = [sum(Q[i][j] * x[j] for j in range(2)) for i in range(2)]
    return D("0.5") * sum(x[i] * qx[i] for i in range(2)) + sum(x[i] * C[i] for i in range(2))


ln = line_of('" x* = [ 2. -2.]')
chk("xstar1", ln, "2.", D(2))
chk("xstar2", ln, "-2.", D(-2))
ln = line_of('" h(x*) = -8.0')
chk("hstar", ln, "-8.0", hval([D(2), D(-2)]))
x, v = [D(0), D(0)], [D(0), D(0)]
xs, vs, gs = [list(x)], [list(v)], []
for t in range(100):
    g = [sum(Q[i][j] * x[j] for j in range(2)) + C[i] for i in range(2)]
    gs.append(g)
    v = [D("0.9") * v[i] + g[i] for i in range(2)]
    x = [x[i] - D("0.1") * v[i] for i in range(2)]
    vs.append(v)
    xs.append(x)
start = line_of("Running d2l-style Momentum:")
for t in range(101):
    ln = line_of('"t=%2d | x=' % t, start)
    start = ln
    parts = out_text(ln).split("|")
    assert len(parts) == 5, parts
    for name, part, vals in (("x", parts[1], xs[t]), ("v", parts[2], vs[t]), ("g", parts[3], gs[t] if t < 100 else None)):
        if vals is None:
            assert "nan" in part
            continue
        ps = nums(part.split("=", 1)[1])
        assert len(ps) == 2, (ln, part)
        for k in range(2):
            chk("t%d_%s%d" % (t, name, k), ln, ps[k], vals[k], mode="r6")
    hp = parts[4].split("=", 1)[1].strip()
    chk("t%d_h" % t, ln, hp, hval(xs[t]))

# ================= IV.1 linear neuron, squared loss: x = (2, 1, -1, 1), y = 5 =================
XL = [D(2), D(1), D(-1), D(1)]
YL = D(5)
ETA, BETA = D("0.1"), D("0.9")


def dot(a, b):
    return sum(p * q for p, q in zip(a, b))


# by hand, two steps
th0 = [D(0)] * 4
yh1 = dot(th0, XL)
g1 = [(yh1 - YL) * xi for xi in XL]
v1 = g1
th1 = [th0[i] - ETA * v1[i] for i in range(4)]
yh2 = dot(th1, XL)
g2 = [(yh2 - YL) * xi for xi in XL]
v2 = [BETA * v1[i] + g2[i] for i in range(4)]
th2 = [th1[i] - ETA * v2[i] for i in range(4)]
yh3 = dot(th2, XL)

ln = line_of('"  &= 0\\n"')
chk("yh1", ln, "0", yh1)
ln = line_of("hat{y}_1 - y = 0 - 5 = -5")
chk("err1", ln, "-5", yh1 - YL)
ln = line_of("= -5[2, 1, -1, 1]^\\\\top = [-10, -5, 5, -5]")
for k, p in enumerate(("-10", "-5", "5", "-5")):
    chk("g1_%d" % k, ln, p, g1[k])
ln = line_of("= 0.9[0,0,0,0]^\\\\top + [-10,-5,5,-5]^\\\\top = [-10,-5,5,-5]")
for k in range(4):
    chk("v1_%d" % k, ln, ("-10", "-5", "5", "-5")[k], v1[k])
ln = line_of("- 0.1[-10,-5,5,-5]^\\\\top = [1, 0.5, -0.5, 0.5]")
for k, p in enumerate(("1", "0.5", "-0.5", "0.5")):
    chk("th1_%d" % k, ln, p, th1[k])
ln = line_of("&= 1 \\\\cdot 2 + 0.5 \\\\cdot 1 + (-0.5) \\\\cdot (-1) + 0.5")
chk("th1_restated", ln, "0.5", th1[1])
ln = line_of('"  &= 3.5\\n"')
chk("yh2", ln, "3.5", yh2)
ln = line_of("hat{y}_2 - y = 3.5 - 5 = -1.5")
chk("err2", ln, "-1.5", yh2 - YL)
ln = line_of("= -1.5[2, 1, -1, 1]^\\\\top = [-3, -1.5, 1.5, -1.5]")
for k, p in enumerate(("-3", "-1.5", "1.5", "-1.5")):
    chk("g2_%d" % k, ln, p, g2[k])
ln = line_of("+ [-3,-1.5,1.5,-1.5]^\\\\top = [-12,-6,6,-6]")
for k, p in enumerate(("-12", "-6", "6", "-6")):
    chk("v2_%d" % k, ln, p, v2[k])
ln = line_of("- 0.1[-12,-6,6,-6]^\\\\top = [2.2, 1.1, -1.1, 1.1]")
for k, p in enumerate(("2.2", "1.1", "-1.1", "1.1")):
    chk("th2_%d" % k, ln, p, th2[k])
ln = line_of("&= 2.2 \\\\cdot 2 + 1.1 \\\\cdot 1 + (-1.1) \\\\cdot (-1) + 1.1")
chk("th2_restated", ln, "2.2", th2[0])
ln = line_of('"&= 7.7\\n"')
chk("yh3", ln, "7.7", yh3)

# code: 49 iterations
th, v = [D(0)] * 4, [D(0)] * 4
start = line_of("=== MOMENTUM MANUAL SIMULATION ===")
for t in range(1, 50):
    yh = dot(th, XL)
    err = yh - YL
    g = [err * xi for xi in XL]
    v = [BETA * v[i] + g[i] for i in range(4)]
    th = [th[i] - ETA * v[i] for i in range(4)]
    yha = dot(th, XL)
    start = line_of("---- Iteration %d ----" % t, start)
    for label, val in (("y_hat_before_update:", [yh]), ("error:", [err]), ("gradient:", g), ("v_t:", v),
                       ("theta:", th), ("y_hat_after_update:", [yha])):
        ln = line_of('"' + label, start)
        ps = nums(out_text(ln).split(":", 1)[1])
        assert len(ps) == len(val), (ln, ps)
        for k, p in enumerate(ps):
            chk("L%d_%s%d" % (t, label.rstrip(":"), k), ln, p, val[k])

# ================= IV.2 logistic neuron, BCE: x = (1, 2, 1, 1), y = 1 =================
XG = [D(1), D(2), D(1), D(1)]
YG = D(1)


def sig(z):
    return 1 / (1 + (-D(z)).exp())


# by hand, two steps (3-decimal working from the second step on)
z1 = D(0)
a1 = sig(z1)
g1 = [(a1 - YG) * xi for xi in XG]
v1 = g1
th1 = [-ETA * v1[i] for i in range(4)]
z2 = dot(th1, XG)
a2 = sig(z2)
g2 = [(a2 - YG) * xi for xi in XG]
v2 = [BETA * v1[i] + g2[i] for i in range(4)]
th2 = [th1[i] - ETA * v2[i] for i in range(4)]

ln = line_of("= 0 \\\\times 1 + 0 \\\\times 2 + 0 \\\\times 1 + 0 = 0$$")
chk("z1", ln, "0", z1)
ln = line_of("\\\\frac{1}{1+e^{-0}} = 0.5$$")
chk("a1", ln, "0.5", a1)
ln = line_of("$$= (0.5 - 1)[1, 2, 1, 1]^T = [-0.5; -1; -0.5; -0.5]^T$$")
for k, p in enumerate(("-0.5", "-1", "-0.5", "-0.5")):
    chk("lg1_%d" % k, ln, p, g1[k])
ln = line_of("= 0.9[0, 0, 0, 0]^T + [-0.5; -1; -0.5; -0.5]^T$$")
chk("lg1_restated", ln, "-0.5", g1[0])
ln = line_of('"$$= [-0.5; -1; -0.5; -0.5]^T$$')
for k, p in enumerate(("-0.5", "-1", "-0.5", "-0.5")):
    chk("lv1_%d" % k, ln, p, v1[k])
ln = line_of("- 0.1[-0.5; -1; -0.5; -0.5]^T$$")
chk("lv1_restated", ln, "-0.5", v1[0])
ln = line_of('"$$= [0.05; 0.1; 0.05; 0.05]^T$$')
for k, p in enumerate(("0.05", "0.1", "0.05", "0.05")):
    chk("lth1_%d" % k, ln, p, th1[k])
ln = line_of("$$= 0.05 \\\\times 1 + 0.1 \\\\times 2 + 0.05 \\\\times 1 + 0.05 = 0.35$$")
chk("z2", ln, "0.35", z2, ops=D("0.05") * 1 + D("0.1") * 2 + D("0.05") * 1 + D("0.05"))
ln = line_of("\\\\frac{1}{1+e^{-0.35}} = 0.587$$")
chk("a2", ln, "0.587", a2, ops=sig(D("0.35")))
ln = line_of("$$= (0.587 - 1)[1, 2, 1, 1]^T = [-0.413; -0.826; -0.413; -0.413]^T$$")
for k, p in enumerate(("-0.413", "-0.826", "-0.413", "-0.413")):
    chk("lg2_%d" % k, ln, p, g2[k], ops=(D("0.587") - 1) * XG[k])
ln = line_of("$$= 0.9[-0.5; -1; -0.5; -0.5]^T + [-0.413; -0.826; -0.413; -0.413]^T$$")
chk("lg2_restated", ln, "-0.826", D("-0.826"))
ln = line_of("$$= [-0.863; -1.726; -0.863; -0.863]^T$$")
pv2 = [D("0.9") * D(a) + D(b) for a, b in (("-0.5", "-0.413"), ("-1", "-0.826"), ("-0.5", "-0.413"),
                                             ("-0.5", "-0.413"))]
for k, p in enumerate(("-0.863", "-1.726", "-0.863", "-0.863")):
    chk("lv2_%d" % k, ln, p, v2[k] if k != 1 else pv2[1])  # -1.726 follows from the printed -1 and -0.826
ln = line_of("- 0.1[-0.863; -1.726; -0.863; -0.863]^T$$")
chk("lv2_restated", ln, "-1.726", pv2[1])
ln = line_of("$$= [0.1363; 0.2726; 0.1363; 0.1363]^T$$")
pth2 = [D(a) - D("0.1") * D(b) for a, b in (("0.05", "-0.863"), ("0.1", "-1.726"), ("0.05", "-0.863"),
                                             ("0.05", "-0.863"))]
for k, p in enumerate(("0.1363", "0.2726", "0.1363", "0.1363")):
    chk("lth2_%d" % k, ln, p, th2[k] if k != 1 else pth2[1])  # 0.2726 follows from printed 0.1 and -1.726

# code: 19 iterations; the loss adds 1e-9 inside the logarithm, as the code does
th, v = [D(0)] * 4, [D(0)] * 4
start = line_of("=== LOGISTIC REGRESSION WITH MOMENTUM ===")
for t in range(1, 20):
    z = dot(th, XG)
    a = sig(z)
    loss = -(YG * (a + D("1e-9")).ln() + (1 - YG) * (1 - a + D("1e-9")).ln())
    g = [(a - YG) * xi for xi in XG]
    v = [BETA * v[i] + g[i] for i in range(4)]
    th = [th[i] - ETA * v[i] for i in range(4)]
    start = line_of("---- Iteration %d ----" % t, start)
    for label, val in (("z:", [z]), ("a (sigmoid):", [a]), ("loss:", [loss]), ("gradient:", g), ("v_t:", v),
                       ("theta:", th)):
        ln = line_of('"' + label, start)
        ps = nums(out_text(ln)[len(label):])
        assert len(ps) == len(val), (ln, ps)
        for k, p in enumerate(ps):
            chk("G%d_%s%d" % (t, label.rstrip(":"), k), ln, p, val[k])

NOTES = (
    "Assignment report of a student group (course CO5097, HCMUT, Vietnamese, 2025-12; no license, so doc.ipynb keeps "
    "only equation lines and the code cells with their printed outputs). One error: in exercise 2 (D2L 12.6, "
    "momentum with beta 0.5, eta 0.1 on f = 1/2 sum lambda_i x_i^2, lambda_i = 2^-i, x0 = 1) the second momentum "
    "step is written x2 = 1 - 0.25 lambda_i - 0.01 lambda_i^2 (line 96, first); from the line above, (1 - 0.1 "
    "lambda) - 0.1 (1.5 lambda - 0.1 lambda^2) = 1 - 0.25 lambda + 0.01 lambda^2 - the sign of the lambda^2 term "
    "is flipped (the 0.25 and the 1.5 of the velocity, line 91, are right). Everything else is right: the hand "
    "steps of the linear neuron (x = (2, 1, -1), y = 5: y_hat 0, 3.5, 7.7, gradients, v = [-10,-5,5,-5], "
    "[-12,-6,6,-6], theta [1, 0.5, -0.5, 0.5], [2.2, 1.1, -1.1, 1.1]) and of the logistic neuron (x = (1, 2, 1), "
    "y = 1: a = 0.5, 0.587, v2 = [-0.863; -1.726; ...], theta2 = [0.1363; 0.2726; ...]); the printed code outputs "
    "(101-row momentum table of exercise 3 with x* = (2, -2), h* = -8; 49 and 19 printed iterations of the two "
    "neurons). Close calls: lines 979, 983 and 987 carry 3-decimal working - -0.826, -1.726 and 0.2726 follow "
    "exactly from the printed 0.587, -1 and -0.826 (rule (a)/(b)) though the exact values round to -0.827, -1.727, "
    "0.2727; line 96 is a symbolic coefficient error, judged as a computed number; Python float reprs such as "
    "7.699999999999999 and 2.6999999999999993 are right within float64 round-off; the table's "
    "'g=[ 7.6075e-02 -4.4000e-05]' (line 206) is np.round(., 6) output, judged at 6 decimals. Lines holding only "
    "givens or substituted givens (e.g. line 434, 0*2 + 0*1 + ...) and the symbolic 2^-i gradient lines are in "
    "neither list."
)


def main():
    wrong, right = report()
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines (%d):" % len(right), right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


if __name__ == "__main__":
    main()
