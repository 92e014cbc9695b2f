#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, an excerpt (the seven solution cells,
re-serialised) of AlfonsJ/2024_02_29_APR2324 "T3 Redes neuronales/T3 Problemas sobre redes neuronales/
2021_02_03_Problema 2.ipynb": exam of 2021-02-03, problem 2, of the UPV course Aprendizaje Automatico (Spanish),
a 2-1-2 sigmoid network, one backpropagation step worked by hand (LaTeX align*) and then in NumPy (code outputs).
`line` numbers are 1-based lines of the raw doc.ipynb JSON file (as `grep -n` shows them).

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Givens (the matrix-notation cell, lines 32-36, and the code cells): x = (-1, -1), target t = y = (1, 0),
W = (-1, -1) (input -> the single hidden unit), b1 = 1, V = (-1, -1)^t (hidden -> the two outputs), b2 = (1, 1),
rho = 1, sigmoid everywhere, squared loss.  Hand solution: phi = pre-activation, s = output, delta^2_k =
(t_k - s^2_k) s^2_k (1 - s^2_k), delta^1_1 = (sum_k delta^2_k theta^2_k1) s^1_1 (1 - s^1_1), theta <- theta + rho
delta s.  Code: J = dL/d(.) = -delta, theta <- theta - rho J^t; numpy prints with precision 4 and drops trailing
zeros (-0.1220 prints as -0.122), so each printed number is judged at its own digits.

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
          "T3%20Redes%20neuronales/T3%20Problemas%20sobre%20redes%20neuronales/2021_02_03_Problema%202.ipynb")
LICENSE = ("none stated (no LICENSE file in the repository); doc.ipynb keeps only the notebook's seven solution "
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
x1 = x2 = D(-1)
t1, t2 = D(1), D(0)
phi1 = (-1) * x1 + (-1) * x2 + 1          # 3
s1 = sig(phi1)
phi2 = 1 + (-1) * s1                      # both outputs: b2_k + V_k s1
s2 = sig(phi2)
d21 = (t1 - s2) * s2 * (1 - s2)
d22 = (t2 - s2) * s2 * (1 - s2)
d11 = (d21 * (-1) + d22 * (-1)) * s1 * (1 - s1)
th221 = -1 + 1 * d22 * s1                 # theta^2_21: hidden -> output 2
th112 = -1 + 1 * d11 * x2                 # theta^1_12: input 2 -> hidden
loss = ((t1 - s2) ** 2 + (t2 - s2) ** 2) / 2
Jh1, Jh2 = s2 - t1, s2 - t2               # J_haty
Ja1, Ja2 = -d21, -d22                     # J_a = J_haty * s2 (1 - s2)
JV1, JV2 = s1 * Ja1, s1 * Ja2             # J_V = outer(h, J_a)
Jh = Ja1 * (-1) + Ja2 * (-1)              # J_h = J_a @ V
Jz = Jh * s1 * (1 - s1)                   # = -d11
JW = x1 * Jz                              # J_W = outer(x, J_z), both entries
V1n, V2n = -1 - JV1, -1 - JV2             # updated V (hidden -> output 1, output 2)
b21n, b22n = 1 - Ja1, 1 - Ja2
Wn = -1 - JW
b1n = 1 - Jz

# ---------------- hand solution (LaTeX align*) ----------------
n = line_of("x_2=3\\\\\\\\%")
chk("phi1", n, "3", phi1)
n = line_of("s^1_1&=\\\\sigma(\\\\phi^1_1)=0.95257")
chk("s1", n, "0.95257", s1, up=("phi1",))
n = line_of("\\\\phi^2_1&=\\\\theta^2_{10}+\\\\theta^2_{11}s^1_1=0.047426")
chk("phi21", n, "0.047426", phi2, up=("s1",))
n = line_of("s^2_1&=\\\\sigma(\\\\phi^2_1)=0.51185", 1)
chk("s21", n, "0.51185", s2, up=("phi21",))
n = line_of("\\\\phi^2_2&=\\\\theta^2_{10}+\\\\theta^2_{11}s^1_1=0.047426")
chk("phi22", n, "0.047426", phi2, up=("s1",))
n = line_of("s^2_1&=\\\\sigma(\\\\phi^2_1)=0.51185", 2)
chk("s22", n, "0.51185", s2, up=("phi22",))
n = line_of("(t_1-s^2_1)s^2_1(1-s^2_1)=0.12197")
chk("d21", n, "0.12197", d21, up=("s21",))
n = line_of("(t_2-s^2_2)s^2_2(1-s^2_2)=-0.12789")
chk("d22", n, "-0.12789", d22, up=("s22",))
n = line_of("s^1_1(1-s^1_1)=0.0002676")
chk("d11", n, "0.0002676", d11, f=lambda a, b, s: (-a - b) * s * (1 - s),
    ops=(rounded("0.12197"), rounded("-0.12789"), rounded("0.95257")), up=("d21", "d22", "s1"))
n = line_of("=-1+1\\\\cdot -0.12789\\\\cdot 0.95257=-1.12183")
chk("d22r", n, "-0.12789", d22, up=("d22",))
chk("s1r", n, "0.95257", s1, up=("s1",))
chk("th221", n, "-1.12183", th221, f=lambda d, s: -1 + d * s, ops=(rounded("-0.12789"), rounded("0.95257")),
    up=("d22", "s1"))
n = line_of("=-1+1\\\\cdot 0.0002676\\\\cdot -1=-1.0002676")
chk("d11r", n, "0.0002676", d11, up=("d11",))
chk("th112", n, "-1.0002676", th112, f=lambda d: -1 + d * (-1), ops=(rounded("0.0002676"),), up=("d11",))

# ---------------- NumPy outputs ----------------
chk("z", line_of('"z = 3\\n"'), "3", phi1)
chk("h", line_of('"h = 0.9526\\n"'), "0.9526", s1)
n = line_of('"a = [0.0474 0.0474]\\n"')
chk("a1", n, "0.0474", phi2)
chk("a2", n, "0.0474", phi2)
n = line_of('"haty = [0.5119 0.5119]\\n"')
chk("y1", n, "0.5119", s2)
chk("y2", n, "0.5119", s2)
chk("loss", line_of('"loss = 0.2501\\n"'), "0.2501", loss)
n = line_of('"J_haty = [-0.4881  0.5119]\\n"')
chk("Jy1", n, "-0.4881", Jh1)
chk("Jy2", n, "0.5119", Jh2)
for lab in ("J_a", "J_b2"):
    n = line_of('"%s = [-0.122   0.1279]\\n"' % lab)
    chk(lab + "1", n, "-0.122", Ja1)
    chk(lab + "2", n, "0.1279", Ja2)
n = line_of('"J_V = [[-0.1162  0.1218]]\\n"')
chk("JV1", n, "-0.1162", JV1)
chk("JV2", n, "0.1218", JV2)
chk("Jh", line_of('"J_h = -0.0059\\n"'), "-0.0059", Jh)
chk("Jz", line_of('"J_z = -0.0003\\n"'), "-0.0003", Jz)
chk("JW1", line_of('"J_W = [[0.0003]\\n"'), "0.0003", JW)
chk("JW2", line_of('" [0.0003]]\\n"'), "0.0003", JW)
chk("Jb1", line_of('"J_b1 = -0.0003\\n"'), "-0.0003", Jz)
n = line_of('"V = [[-0.8838 -0.8838]\\n"')
chk("V1a", n, "-0.8838", V1n)
chk("V1b", n, "-0.8838", V1n)
n = line_of('" [-1.1218 -1.1218]]\\n"')
chk("V2a", n, "-1.1218", V2n)
chk("V2b", n, "-1.1218", V2n)
n = line_of('"b2 = [1.122  0.8721]\\n"')
chk("b21", n, "1.122", b21n)
chk("b22", n, "0.8721", b22n)
n = line_of('"W = [[-1.0003 -1.0003]]\\n"')
chk("W1", n, "-1.0003", Wn)
chk("W2", n, "-1.0003", Wn)
chk("b1", line_of('"b1 = 1.0003\\n"'), "1.0003", b1n)

NOTES = (
    "Spanish exam solution (UPV, Aprendizaje Automatico, exam of 2021-02-03, problem 2) by Alfons Juan: a 2-1-2 "
    "sigmoid network (x = (-1,-1), t = (1,0), W = (-1,-1), b1 = 1, V = (-1,-1)^t, b2 = (1,1), rho = 1), one "
    "backpropagation step by hand in a LaTeX align* block (one JSON line per \\\\ row) and again in NumPy (4-decimal "
    "outputs). No wrong line. Traps, all judged right: (1) the hand solution's phi^2_2 line copies output 1's "
    "symbols (theta^2_10 + theta^2_11 s^1_1) and the next line is labelled s^2_1 = sigma(phi^2_1) although it is "
    "s^2_2 - both values (0.047426, 0.51185) are right because the two outputs have the same weights; delta^1_1 "
    "uses a symbol theta^2_12 that the 1-hidden-unit network does not have (it stands for theta^2_21 = -1); (2) "
    "delta^1_1 = 0.0002676 (line 18, symbols only) is right (true 0.00026762), although the deltas printed two "
    "lines above give (0.12789 - 0.12197) x 0.95257 x 0.04743 = 0.0002675 (a difference of two 5-digit numbers: "
    "within the half-unit box of those operands); the update line restates 0.0002676 and prints -1.0002676, exact "
    "from it; theta^2_21 = -1 + 1 x -0.12789 x 0.95257 = -1.1218240 prints -1.12183 (line 20): the printed operands "
    "taken within half a unit reach -1.1218301 and the true value is -1.1218263, so it is right; "
    "(3) the NumPy "
    "update V = V - 1.0 * J_V.T subtracts a (2,1) column from a (2,) vector, so numpy broadcasts and prints a 2x2 "
    "matrix [[-0.8838 -0.8838], [-1.1218 -1.1218]] (lines 144-145) where the page's V is the 2x1 column "
    "(-0.8838, -1.1218)^t: a shape slip, not a number slip - every printed number is the right update of its row's "
    "weight, so both lines are listed right (a close call: a reader may call the phantom second column wrong); "
    "likewise W prints as a 1x2 row [[-1.0003 -1.0003]]. numpy's dropped trailing zeros (-0.122 for -0.1220, "
    "1.122 for 1.1220) are judged at the printed digits. The code's J = dL/d(.) is the hand delta with the opposite "
    "sign (update theta - rho J), consistent with the page. Lines 9 (phi = 3) and 50 (z = 3) are integer results, "
    "listed right.")


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
