#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, the worked cells of AlfonsJ/2024_02_29_APR2324
"T3 Redes neuronales/T3 Problemas sobre redes neuronales/2022_01_10_Problema 2.ipynb" (exam of 2022-01-10, problem 2,
Universitat Politecnica de Valencia; Spanish). Line numbers are 1-based lines of the raw .ipynb JSON file.

Plain Python 3 (decimal at 60 digits); no nnwalk import.

Givens (statement and matrix cell): x = (1, 1), t = (1, 0), rho = 1; a 2-3-2 network, hidden W = [[1, 1], [-1, -1],
[1, 1]], b1 = [1, -1, 1]; output V = [[1, 1, 1], [-1, -1, -1]], b2 = [1, -1]; sigmoid everywhere;
L = 1/2 ||t - y||^2. Hand solution convention: delta = (t - s) s (1 - s), theta <- theta + rho delta s (a gradient
step); the NumPy cells use J = dL/d(.) = -delta and theta <- theta - rho J (consistent, not an error).

Rule (the corpus's one rule; p printed, u one unit in its last digit): (a) a line that prints p as the result of an
expression of numbers printed on that line is right only when redoing it from those numbers rounds to p (an operand
that is itself a rounded result may be taken anywhere within half a unit of its last digit); (b) a value printed
without its working, or restated, is right within one unit of the true value or when it follows from printed correct
operands; (c) a restated wrong value, or one computed from a wrong one and itself off, is wrong, propagated.
NumPy outputs use np.set_printoptions(precision=4): each printed number is judged at the digits it shows.
Usage: python3 recompute.py [--write-expected]
"""
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/AlfonsJ/2024_02_29_APR2324/blob/aca20e4a86b8d15c5369e4dfe4d9e103b85d6012/"
          "T3%20Redes%20neuronales/T3%20Problemas%20sobre%20redes%20neuronales/2022_01_10_Problema%202.ipynb")
LICENSE = ("none stated (no LICENSE file in the repository); doc.ipynb keeps only the statement, solution, matrix "
           "and code cells (sources and outputs unchanged), re-serialised with json.dump(indent=1, ensure_ascii=False)")
import json, pathlib, sys
from decimal import Decimal as D, getcontext, ROUND_HALF_UP
getcontext().prec = 60
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
    """within one unit of p's last digit of x (rule b)"""
    return abs(D(p) - D(x)) <= unit(p)


CHECKS, STATUS = [], {}


def chk(cid, line, printed, true, lo=None, hi=None, up=(), why=""):
    """Judge one printed number.
    lo/hi: the interval the line's own printed working gives (rule a; rounded operands taken anywhere within half a
    unit); None when the number is printed without numeric working on its line (rule b).
    up: ids of the printed values it is computed from (rule c)."""
    assert printed in DOC[line - 1], (line, printed, DOC[line - 1])
    p = D(printed)
    if lo is not None:
        lo, hi = D(lo), D(hi if hi is not None else lo)
        a, b = min(lo, hi), max(lo, hi)
        ok_a = rnd(a, p) <= p <= rnd(b, p)
    else:
        ok_a = True
    upwrong = any(STATUS[u] == "wrong" for u in up)
    if not ok_a:
        st, kind = "wrong", "first"
    elif near(p, true):
        st, kind = "right", None
    elif upwrong:
        st, kind = "wrong", "propagated"
    elif lo is not None:
        st, kind = "right", None  # follows from printed correct operands
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), status=st, kind=kind, why=why))


def report():
    wrong, right = [], []
    for n in sorted({c["line"] for c in CHECKS}):
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:100]))
        for c in cs:
            print("            %-12s printed %-12s true %.8g -> %s%s" % (
                c["id"], c["printed"], c["true"], c["status"], " (%s)" % c["kind"] if c["kind"] else ""))
        if bad:
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(str(rnd(c["true"], c["printed"])) for c in bad),
                          "kind": "first" if any(c["kind"] == "first" for c in bad) else "propagated",
                          "why": "; ".join(c["why"] or "restates a wrong value" for c in bad)})
        else:
            right.append(n)
    return wrong, right


def main():
    wrong, right = report()
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        exp_ = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
                "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp_, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


# ---------------- exact values from the givens ----------------
H, O = 3, 2
x = [D(1), D(1)]
t = [D(1), D(0)]
W = [[D(1), D(1)], [D(-1), D(-1)], [D(1), D(1)]]
b1 = [D(1), D(-1), D(1)]
V = [[D(1), D(1), D(1)], [D(-1), D(-1), D(-1)]]
b2 = [D(1), D(-1)]
z = [W[j][0] * x[0] + W[j][1] * x[1] + b1[j] for j in range(H)]
h = [sig(v) for v in z]
a = [sum(V[k][j] * h[j] for j in range(H)) + b2[k] for k in range(O)]
y = [sig(v) for v in a]
loss = sum((t[k] - y[k]) ** 2 for k in range(O)) / 2
d2 = [(t[k] - y[k]) * y[k] * (1 - y[k]) for k in range(O)]                          # hand deltas (output)
d1 = [(d2[0] * V[0][j] + d2[1] * V[1][j]) * h[j] * (1 - h[j]) for j in range(H)]  # hand deltas (hidden)
Jy = [y[k] - t[k] for k in range(O)]
Ja = [-v for v in d2]
JV = [[h[j] * Ja[k] for k in range(O)] for j in range(H)]   # np.outer(h, J_a): row j = hidden unit
Jh = [Ja[0] * V[0][j] + Ja[1] * V[1][j] for j in range(H)]
Jz = [-v for v in d1]
JW = [[x[i] * Jz[j] for j in range(H)] for i in range(2)]   # np.outer(x, J_z): 2 x 3
Vn = [[V[k][j] - JV[j][k] for j in range(H)] for k in range(O)]
b2n = [b2[k] - Ja[k] for k in range(O)]
Wn = [[W[j][i] - JW[i][j] for i in range(2)] for j in range(H)]
b1n = [b1[j] - Jz[j] for j in range(H)]
h_ = lambda s: (D(s) - D("0.0005"), D(s) + D("0.0005"))      # a 3-decimal printed operand
d_ = lambda s: (D(s) - D("0.00005"), D(s) + D("0.00005"))    # a 4-decimal printed operand

# ---- hand solution (Markdown cell, one align* block; symbolic right-hand sides, results printed) ----
chk("phi11", line_of(r"\\phi^1_1&="), "3", z[0])
chk("s11", line_of(r"s^1_1&=\\sigma(\\phi^1_1)=0.953"), "0.953", h[0], up=("phi11",))
chk("phi12", line_of(r"\\phi^1_2&="), "-3", z[1])
chk("s12", line_of(r"s^1_2&=\\sigma(\\phi^1_2)=0.047"), "0.047", h[1], up=("phi12",))
chk("phi13", line_of(r"\\phi^1_3&="), "3", z[2])
chk("s13", line_of(r"s^1_3&=\\sigma(\\phi^1_3)=0.953"), "0.953", h[2], up=("phi13",))
chk("phi21", line_of(r"\\phi^2_1&="), "2.953", a[0], up=("s11", "s12", "s13"))
chk("s21", line_of(r"s^2_1&=\\sigma(\\phi^2_1)=0.950"), "0.950", y[0], up=("phi21",))
chk("phi22", line_of(r"\\phi^2_2&="), "-2.953", a[1], up=("s11", "s12", "s13"))
chk("s22", line_of(r"s^2_2&=\\sigma(\\phi^2_2)=0.050"), "0.050", y[1], up=("phi22",))
chk("d21", line_of(r"\\delta^2_1&="), "0.0023", d2[0], up=("s21",))
chk("d22", line_of(r"\\delta^2_2&="), "-0.0023", d2[1], up=("s22",))
chk("d11", line_of(r"\\delta^1_1&="), "0.0002", d1[0], up=("d21", "d22", "s11"))
chk("d12", line_of(r"\\delta^1_2&="), "0.0002", d1[1], up=("d21", "d22", "s12"))
chk("d13", line_of(r"\\delta^1_3&="), "0.0002", d1[2], up=("d21", "d22", "s13"))
# theta^2_23 = -1 + 1 * (-0.0023) * 0.953 printed on the line: rule (a) over the rounded operands
dlo, dhi = d_("-0.0023"); slo, shi = h_("0.953")
cands = [-1 + p * q for p in (dlo, dhi) for q in (slo, shi)]
chk("th223", line_of(r"\\theta^2_{23}&="), "-1.0022", V[1][2] + d2[1] * h[2], lo=min(cands), hi=max(cands),
    up=("d22", "s13"))
dlo, dhi = d_("0.0002")
chk("th132", line_of(r"\\theta^1_{32}&="), "1.0002", W[2][1] + d1[2] * x[1], lo=1 + dlo, hi=1 + dhi, up=("d13",))

# ---- NumPy outputs (precision 4) ----
L = line_of('"z = [ 3 -3  3]')
chk("z1o", L, "3", z[0]); chk("z2o", L, "-3", z[1])
L = line_of('"h = [0.9526 0.0474 0.9526]')
chk("h1o", L, "0.9526", h[0]); chk("h2o", L, "0.0474", h[1])
L = line_of('"a = [ 2.9526 -2.9526]')
chk("a1o", L, "2.9526", a[0]); chk("a2o", L, "-2.9526", a[1])
L = line_of('"haty = [0.9504 0.0496]')
chk("y1o", L, "0.9504", y[0]); chk("y2o", L, "0.0496", y[1])
chk("loss", line_of('"loss = 0.0025'), "0.0025", loss)
L = line_of('"J_haty = [-0.0496  0.0496]')
chk("Jy1", L, "-0.0496", Jy[0]); chk("Jy2", L, "0.0496", Jy[1])
L = line_of('"J_a = [-0.0023  0.0023]')
chk("Ja1", L, "-0.0023", Ja[0]); chk("Ja2", L, "0.0023", Ja[1])
L = line_of('"J_V = [[-0.0022  0.0022]')
chk("JV11", L, "-0.0022", JV[0][0]); chk("JV12", L, "0.0022", JV[0][1])
L = line_of('" [-0.0001  0.0001]')
chk("JV21", L, "-0.0001", JV[1][0]); chk("JV22", L, "0.0001", JV[1][1])
L = line_of('" [-0.0022  0.0022]]')
chk("JV31", L, "-0.0022", JV[2][0]); chk("JV32", L, "0.0022", JV[2][1])
L = line_of('"J_b2 = [-0.0023  0.0023]')
chk("Jb21", L, "-0.0023", Ja[0]); chk("Jb22", L, "0.0023", Ja[1])
L = line_of('"J_h = [-0.0047 -0.0047 -0.0047]')
chk("Jh1", L, "-0.0047", Jh[0]); chk("Jh2", L, "-0.0047", Jh[1])
L = line_of('"J_z = [-0.0002 -0.0002 -0.0002]')
chk("Jz1", L, "-0.0002", Jz[0]); chk("Jz2", L, "-0.0002", Jz[1])
L = line_of('"J_W = [[-0.0002 -0.0002 -0.0002]')
chk("JW11", L, "-0.0002", JW[0][0]); chk("JW12", L, "-0.0002", JW[0][1])
L = line_of('" [-0.0002 -0.0002 -0.0002]]')
chk("JW21", L, "-0.0002", JW[1][0]); chk("JW22", L, "-0.0002", JW[1][1])
L = line_of('"J_b1 = [-0.0002 -0.0002 -0.0002]')
chk("Jb11", L, "-0.0002", Jz[0]); chk("Jb12", L, "-0.0002", Jz[1])
L = line_of('"V = [[ 1.0022  1.0001  1.0022]')
chk("V11", L, "1.0022", Vn[0][0]); chk("V12", L, "1.0001", Vn[0][1])
L = line_of('" [-1.0022 -1.0001 -1.0022]]')
chk("V21", L, "-1.0022", Vn[1][0]); chk("V22", L, "-1.0001", Vn[1][1])
L = line_of('"b2 = [ 1.0023 -1.0023]')
chk("b21", L, "1.0023", b2n[0]); chk("b22", L, "-1.0023", b2n[1])
L = line_of('"W = [[ 1.0002  1.0002]')
chk("W11", L, "1.0002", Wn[0][0]); chk("W12", L, "1.0002", Wn[0][1])
L = line_of('" [-0.9998 -0.9998]')
chk("W21", L, "-0.9998", Wn[1][0]); chk("W22", L, "-0.9998", Wn[1][1])
L = line_of('" [ 1.0002  1.0002]]')
chk("W31", L, "1.0002", Wn[2][0]); chk("W32", L, "1.0002", Wn[2][1])
L = line_of('"b1 = [ 1.0002 -0.9998  1.0002]')
chk("b11", L, "1.0002", b1n[0]); chk("b12", L, "-0.9998", b1n[1]); chk("b13", L, "1.0002", b1n[2])

NOTES = (
    "Exam problem (Spanish) of the UPV course Aprendizaje Automático: a 2-3-2 sigmoid network with all weights and "
    "biases +-1 (saturated units: s = 0.953 / 0.047), one backpropagation step worked by hand in one LaTeX align* "
    "block (three-decimal activations, four-decimal deltas, two updated weights), then the same step in NumPy with "
    "saved outputs (precision 4). Every printed number is right: 0 wrong lines, a false-alarm test. The hand solution "
    "uses delta = (t - s) s (1 - s) and theta <- theta + rho delta s; the NumPy cells use J = dL/d(.) = -delta and "
    "theta <- theta - rho J (consistent). The hand lines print only symbolic expressions and their results, so rule "
    "(b) judges them; the two update lines print their operands and are checked by rule (a): -1 + 1*(-0.0023)*0.953 "
    "= -1.00219 -> -1.0022, 1 + 0.0002 = 1.0002. Close calls: delta^2_1 = 0.0023 (line 41) - from the printed "
    "rounded s^2_1 = 0.950 one would get 0.05 x 0.95 x 0.05 = 0.002375 (0.0024), but s^2_1 is a rounded value "
    "(true 0.950385, giving 0.002340) and 0.0023 is right by rule (b); the hidden deltas 0.0002 (true 0.000211) are "
    "right; J_V's middle row -0.0001 (h_2 J_a = -0.000111) is right. A symbol slip that prints no wrong number: the "
    "phi^1_2 line names the bias theta^1_{3,0} where theta^1_{2,0} is meant; its value -3 uses the right bias -1 "
    "(not listed). The figure with the weights (2022_01_10_Problema 2.png) is not kept; the matrix cell (kept) "
    "states the same weights.")

if __name__ == "__main__":
    main()
