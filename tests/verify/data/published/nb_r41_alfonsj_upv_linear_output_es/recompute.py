#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, an excerpt (six cells, re-serialised)
of AlfonsJ/2024_02_29_APR2324 "T3 Redes neuronales/T3 Problemas sobre redes neuronales/2023_01_30_Problema 2.ipynb":
exam of 2023-01-30, problem 2, of the UPV course Aprendizaje Automatico (Spanish): a 3-2-3 network, sigmoid hidden
layer and LINEAR output layer, deltas and two weight updates worked by hand (LaTeX align*), then the whole step in
NumPy (code outputs).  `line` numbers are 1-based lines of the raw doc.ipynb JSON file (as `grep -n` shows them).

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Givens: the matrix-notation cell (W, b1, V, b2, x = (1,0,2), y = t = (-1,1,-2)), rho = 1.  The statement also prints
the hidden and output values s^1 = (0.622, 0.119), s^2 = (-0.3145, 1.4304, -0.9304): they are rounded values of the
network's own outputs (sigma(0.5) = 0.62246, sigma(-2) = 0.11920, ...), so they are treated as rounded operands
(any value within half a unit), and true values come from the network.  Hand solution: delta^2_k = t_k - s^2_k
(linear output), delta^1_j = (sum_k delta^2_k theta^2_kj) s^1_j (1 - s^1_j), theta <- theta + rho delta s.  Code:
J = dL/d(.) = -delta, theta <- theta - rho J^t; numpy prints with precision 4 and drops trailing zeros.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line that prints p as the result of an expression of numbers printed on that line is right only when
      redoing it from those numbers rounds to p at p's digits (rounded operands anywhere within half a unit of
      their last digit, givens exact; every corner of that box is tried).  Otherwise wrong, first.
  (b) a value printed without working, or restated, is right when it is within one unit of its last digit of the
      true value rounded to its digits, |p - round(true)| <= u (or follows from printed correct operands).
  (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off is wrong,
      propagated (first if the line adds a mistake of its own).
A line is wrong when any number on it is wrong.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import itertools
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/AlfonsJ/2024_02_29_APR2324/blob/aca20e4a86b8d15c5369e4dfe4d9e103b85d6012/"
          "T3%20Redes%20neuronales/T3%20Problemas%20sobre%20redes%20neuronales/2023_01_30_Problema%202.ipynb")
LICENSE = ("none stated (no LICENSE file in the repository); doc.ipynb keeps only the statement, solution and code "
           "cells (sources and outputs unchanged), re-serialised with json.dump(indent=1, ensure_ascii=False)")
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def sig(z):
    return 1 / (1 + (-D(z)).exp())


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    """rule (b): within one unit of p's last digit of x rounded to p's digits (the corpus's usual reading)"""
    return abs(D(p) - rnd(x, p)) <= unit(p)


def rounded(s):
    """a printed operand that is itself a rounded result: any value within half a unit of its last digit"""
    v = D(s)
    h = unit(s) / 2
    return (v - h, v + h)


def exact(s):
    return (D(s), D(s))


def follows(p, f, ops):
    """rule (a): can redoing f from the printed operands (each within its interval) round to p?"""
    vals = [f(*c) for c in itertools.product(*ops)]
    lo, hi = min(vals), max(vals)
    return rnd(lo, p) <= D(p) <= rnd(hi, p), (lo, hi)


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, f=None, ops=(), up=(), why=""):
    """Judge one printed number on one line.  f/ops: the expression printed on the line and its operands;
    up: ids of the printed values it is computed from (for rule (c))."""
    assert printed in DOC[line - 1], (line, printed, DOC[line - 1])
    p = D(printed)
    if f is not None:
        ok_a, box = follows(printed, f, ops)
    else:
        ok_a, box = None, None
    upwrong = any(STATUS[u] == "wrong" for u in up)
    if ok_a is False:
        st, kind = "wrong", "first"
    elif near(p, true):
        st, kind = "right", None
    elif upwrong:
        st, kind = "wrong", "propagated"
    elif ok_a:
        st, kind = "right", None  # follows from printed correct operands
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), box=box, status=st, kind=kind, why=why,
                       correct=str(rnd(true, p))))


def report():
    wrong, right = [], []
    for n in sorted({c["line"] for c in CHECKS}):
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:120]))
        for c in cs:
            extra = "" if c["box"] is None else "  printed operands give [%.7g, %.7g]" % c["box"]
            print("            %-8s printed %-8s true %.9g%s -> %s%s" % (
                c["id"], c["printed"], c["true"], extra, c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(c["correct"] for c in bad),
                          "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(c["why"] or "restates a wrong value" for c in bad)})
        else:
            right.append(n)
    return wrong, right



# ---------------- exact values from the givens ----------------
x = [D(1), D(0), D(2)]
t = [D(-1), D(1), D(-2)]
W = [[D("-1.5"), D(-1), D("0.5")], [D(1), D(1), D("-0.5")]]
b1 = [D(1), D(-2)]
V = [[D("-1.5"), D(1)], [D("0.5"), D(1)], [D("-0.5"), D(-1)]]
b2 = [D("0.5"), D(1), D("-0.5")]
z = [sum(W[j][i] * x[i] for i in range(3)) + b1[j] for j in range(2)]
h = [sig(v) for v in z]
yh = [sum(V[k][j] * h[j] for j in range(2)) + b2[k] for k in range(3)]
loss = sum((t[k] - yh[k]) ** 2 for k in range(3)) / 2
d2 = [t[k] - yh[k] for k in range(3)]
d1 = [sum(d2[k] * V[k][j] for k in range(3)) * h[j] * (1 - h[j]) for j in range(2)]
th232 = V[2][1] + 1 * d2[2] * h[1]           # theta^2_32: hidden 2 -> output 3
th123 = W[1][2] + 1 * d1[1] * x[2]           # theta^1_23: input 3 -> hidden 2
Jy = [-v for v in d2]
JV = [[h[j] * Jy[k] for k in range(3)] for j in range(2)]
Jh = [sum(Jy[k] * V[k][j] for k in range(3)) for j in range(2)]
Jz = [-v for v in d1]
JW = [[x[i] * Jz[j] for j in range(2)] for i in range(3)]
Vn = [[V[k][j] - JV[j][k] for j in range(2)] for k in range(3)]
b2n = [b2[k] - Jy[k] for k in range(3)]
Wn = [[W[j][i] - JW[i][j] for i in range(3)] for j in range(2)]
b1n = [b1[j] - Jz[j] for j in range(2)]

# ---------------- hand solution (LaTeX align*) ----------------
n = line_of("(t_1-s^2_1)=-0.6855")
chk("d21", n, "-0.6855", d2[0], f=lambda s: -1 - s, ops=(rounded("-0.3145"),))
n = line_of("(t_2-s^2_2)=-0.4304")
chk("d22", n, "-0.4304", d2[1], f=lambda s: 1 - s, ops=(rounded("1.4304"),))
n = line_of("(t_3-s^2_3)=-1.0696")
chk("d23", n, "-1.0696", d2[2], f=lambda s: -2 - s, ops=(rounded("-0.9304"),))
n = line_of("s^1_1~(1-s^1_1)=0.3167")
chk("d11", n, "0.3167", d1[0], up=("d21", "d22", "d23"),
    why="")
n = line_of("s^1_2~(1-s^1_2)=-0.0049")
chk("d12", n, "-0.0049", d1[1], up=("d21", "d22", "d23"))
n = line_of("=-1+1\\\\cdot -1.0696\\\\cdot 0.119=-1.1273")
chk("d23r", n, "-1.0696", d2[2], up=("d23",))
chk("s12r", n, "0.119", h[1])
chk("th232", n, "-1.1273", th232, f=lambda d, s: -1 + d * s, ops=(rounded("-1.0696"), rounded("0.119")),
    up=("d23",))
n = line_of("=-0.5+1\\\\cdot -0.0049\\\\cdot 2.0=-0.5098")
chk("d12r", n, "-0.0049", d1[1], up=("d12",))
chk("th123", n, "-0.5098", th123, f=lambda d: D("-0.5") + d * 2, ops=(rounded("-0.0049"),), up=("d12",))

# ---------------- NumPy outputs ----------------
n = line_of('"z = [ 0.5 -2. ]\\n"')
chk("z1", n, "0.5", z[0]); chk("z2", n, "-2.", z[1])
n = line_of('"h = [0.6225 0.1192]\\n"')
chk("h1", n, "0.6225", h[0]); chk("h2", n, "0.1192", h[1])
n = line_of('"haty = [-0.3145  1.4304 -0.9304]\\n"')
for k, p in enumerate(("-0.3145", "1.4304", "-0.9304")):
    chk("yh%d" % k, n, p, yh[k])
chk("loss", line_of('"loss = 0.8996\\n"'), "0.8996", loss)
for lab in ("J_haty", "J_b2"):
    n = line_of('"%s = [0.6855 0.4304 1.0696]\\n"' % lab)
    for k, p in enumerate(("0.6855", "0.4304", "1.0696")):
        chk("%s%d" % (lab, k), n, p, Jy[k])
n = line_of('"J_V = [[0.4267 0.2679 0.6658]\\n"')
for k, p in enumerate(("0.4267", "0.2679", "0.6658")):
    chk("JV0%d" % k, n, p, JV[0][k])
n = line_of('" [0.0817 0.0513 0.1275]]\\n"')
for k, p in enumerate(("0.0817", "0.0513", "0.1275")):
    chk("JV1%d" % k, n, p, JV[1][k])
n = line_of('"J_h = [-1.3478  0.0464]\\n"')
chk("Jh0", n, "-1.3478", Jh[0]); chk("Jh1", n, "0.0464", Jh[1])
for lab in ("J_z", "J_b1"):
    n = line_of('"%s = [-0.3167  0.0049]\\n"' % lab)
    chk(lab + "0", n, "-0.3167", Jz[0]); chk(lab + "1", n, "0.0049", Jz[1])
n = line_of('"J_W = [[-0.3167  0.0049]\\n"')
chk("JW00", n, "-0.3167", JW[0][0]); chk("JW01", n, "0.0049", JW[0][1])
n = line_of('" [-0.      0.    ]\\n"')
chk("JW10", n, "-0.", JW[1][0]); chk("JW11", n, "0.", JW[1][1])
n = line_of('" [-0.6335  0.0097]]\\n"')
chk("JW20", n, "-0.6335", JW[2][0]); chk("JW21", n, "0.0097", JW[2][1])
n = line_of('"V = [[-1.9267  0.9183]\\n"')
chk("V00", n, "-1.9267", Vn[0][0]); chk("V01", n, "0.9183", Vn[0][1])
n = line_of('" [ 0.2321  0.9487]\\n"')
chk("V10", n, "0.2321", Vn[1][0]); chk("V11", n, "0.9487", Vn[1][1])
n = line_of('" [-1.1658 -1.1275]]\\n"')
chk("V20", n, "-1.1658", Vn[2][0]); chk("V21", n, "-1.1275", Vn[2][1])
n = line_of('"b2 = [-0.1855  0.5696 -1.5696]\\n"')
for k, p in enumerate(("-0.1855", "0.5696", "-1.5696")):
    chk("b2%d" % k, n, p, b2n[k])
n = line_of('"W = [[-1.1833 -1.      1.1335]\\n"')
chk("W00", n, "-1.1833", Wn[0][0]); chk("W01", n, "-1.", Wn[0][1]); chk("W02", n, "1.1335", Wn[0][2])
n = line_of('" [ 0.9951  1.     -0.5097]]\\n"')
chk("W10", n, "0.9951", Wn[1][0]); chk("W11", n, "1.", Wn[1][1]); chk("W12", n, "-0.5097", Wn[1][2])
n = line_of('"b1 = [ 1.3167 -2.0049]\\n"')
chk("b10", n, "1.3167", b1n[0]); chk("b11", n, "-2.0049", b1n[1])

NOTES = (
    "Spanish exam solution (UPV, Aprendizaje Automatico, exam of 2023-01-30, problem 2) by Alfons Juan: a 3-2-3 "
    "network with a sigmoid hidden layer and a LINEAR output layer (x = (1,0,2), t = (-1,1,-2), W = "
    "((-1.5,-1,0.5),(1,1,-0.5)), b1 = (1,-2), V = ((-1.5,1),(0.5,1),(-0.5,-1)), b2 = (0.5,1,-0.5), rho = 1); the "
    "statement prints the hidden and output values, the hand solution (LaTeX align*, one JSON line per \\\\ row) "
    "gives the output deltas t - s (no sigmoid factor, linear output), the hidden deltas and two updates, then "
    "NumPy redoes the whole step (4-decimal outputs). No wrong line: a false-alarm test. Close calls, judged right: "
    "(1) delta^1_1 = 0.3167 (line 38, symbols only): the statement's s^1_1 = 0.622 taken as exact gives "
    "1.34785 x 0.622 x 0.378 = 0.31690 -> 0.3169 (2 units off), but 0.622 is sigma(0.5) = 0.62246 rounded, and the "
    "true delta is 0.316747 (0.3167); the statement's s values are read as rounded operands; (2) the hand update "
    "theta^1_23 = -0.5 + 1 x -0.0049 x 2.0 = -0.5098 (line 41) is exact from its printed delta, while NumPy prints "
    "the true -0.5097 (line 134) - both right; (3) the hand deltas use the convention delta = t - s (update "
    "theta + rho delta s), the code J = s - t = -delta (update theta - rho J^t): consistent, not sign slips; (4) "
    "numpy prints integers and zeros as '-2.', '-1.', '1.', '-0.', '0.' (the zero row of J_W, line 104, comes from "
    "x_2 = 0); they are judged as exact values.")


def main():
    wrong, right = report()
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


if __name__ == "__main__":
    main()
