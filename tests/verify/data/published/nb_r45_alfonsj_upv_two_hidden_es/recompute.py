#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, the worked cells of AlfonsJ/2024_02_29_APR2324
"T3 Redes neuronales/T3 Problemas sobre redes neuronales/2023_01_16_Problema 2.ipynb" (exam of 2023-01-16, problem 2,
Universitat Politècnica de València; Spanish). Line numbers are 1-based lines of the raw .ipynb JSON file.

Plain Python 3 (decimal at 60 digits); no nnwalk import.

Givens (statement and matrix cell): x = (1, 1), t = (0.1, 0.9), rho = 1; hidden W = [[1, 1], [-1, -1]], b1 = [1, 1];
output V = [[1, 1], [-1, -1]], b2 = [1, 1]; sigmoid everywhere; L = 1/2 ||t - y||^2. Hand solution convention:
delta = (t - s) s (1 - s), theta <- theta + rho delta s (a gradient step); the NumPy cells use J = dL/d(.) and
theta <- theta - rho J, so their J_a, J_z are the hand deltas with the opposite sign (consistent, not an error).

Rule (the corpus's one rule; p printed, u one unit in its last digit): (a) a line that prints p as the result of an
expression of numbers printed on that line is right only when redoing it from those numbers rounds to p; (b) a value
printed without its working, or restated, is right within one unit of the true value or when it follows from printed
correct operands; (c) a restated wrong value, or one computed from a wrong one and itself off, is wrong, propagated.
NumPy outputs use np.set_printoptions(precision=4): each printed number is judged at the digits it shows.
Usage: python3 recompute.py [--write-expected]
"""
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/AlfonsJ/2024_02_29_APR2324/blob/aca20e4a86b8d15c5369e4dfe4d9e103b85d6012/"
          "T3%20Redes%20neuronales/T3%20Problemas%20sobre%20redes%20neuronales/2023_01_16_Problema%202.ipynb")
LICENSE = ("none stated (no LICENSE file in the repository); doc.ipynb keeps only the statement, solution, matrix "
           "and code cells (sources and outputs unchanged), re-serialised with json.dump(indent=1, ensure_ascii=False)")
# ---- shared helpers (copied into each recompute.py) ----
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


def exp(x):
    return D(x).exp()


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
    lo/hi: the interval the line's own printed working gives (rule a; operands that are rounded results may be taken
    anywhere within half a unit); None when the number is printed without working on its line (rule b).
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
x = [D(1), D(1)]
t = [D("0.1"), D("0.9")]
W = [[D(1), D(1)], [D(-1), D(-1)]]
b1 = [D(1), D(1)]
V = [[D(1), D(1)], [D(-1), D(-1)]]
b2 = [D(1), D(1)]
z = [W[i][0] * x[0] + W[i][1] * x[1] + b1[i] for i in range(2)]
h = [sig(v) for v in z]
a = [V[k][0] * h[0] + V[k][1] * h[1] + b2[k] for k in range(2)]
y = [sig(v) for v in a]
loss = sum((t[k] - y[k]) ** 2 for k in range(2)) / 2
d2 = [(t[k] - y[k]) * y[k] * (1 - y[k]) for k in range(2)]              # hand deltas (output)
d1 = [(d2[0] * V[0][j] + d2[1] * V[1][j]) * h[j] * (1 - h[j]) for j in range(2)]  # hand deltas (hidden)
Jy = [y[k] - t[k] for k in range(2)]
Ja = [-v for v in d2]
JV = [[h[j] * Ja[k] for k in range(2)] for j in range(2)]   # np.outer(h, J_a): row j = hidden unit
Jh = [Ja[0] * V[0][j] + Ja[1] * V[1][j] for j in range(2)]
Jz = [-v for v in d1]
JW = [[x[i] * Jz[j] for j in range(2)] for i in range(2)]   # np.outer(x, J_z)
Vn = [[V[k][j] - JV[j][k] for j in range(2)] for k in range(2)]
b2n = [b2[k] - Ja[k] for k in range(2)]
Wn = [[W[j][i] - JW[i][j] for i in range(2)] for j in range(2)]
b1n = [b1[j] - Jz[j] for j in range(2)]

# ---- hand solution (Markdown cell, one align* block) ----
chk("phi11", line_of(r"\phi^1_1&="), "3", z[0])
chk("s11", line_of(r"s^1_1&=\\sigma(\\phi^1_1)=0.953"), "0.953", h[0], up=("phi11",))
chk("phi12", line_of(r"\phi^1_2&="), "-1", z[1])
chk("s12", line_of(r"s^1_2&=\\sigma(\\phi^1_2)=0.269"), "0.269", h[1], up=("phi12",))
chk("phi21", line_of(r"\phi^2_1&="), "2.221", a[0], up=("s11", "s12"))
chk("s21", line_of(r"s^2_1&=\\sigma(\\phi^2_1)=0.902"), "0.902", y[0], up=("phi21",))
chk("phi22", line_of(r"\phi^2_2&="), "-0.222", a[1], up=("s11", "s12"))
chk("s22", line_of(r"s^2_2&=\\sigma(\\phi^2_2)=0.445"), "0.445", y[1], up=("phi22",))
chk("d21", line_of(r"\delta^2_1&="), "-0.0708", d2[0], up=("s21",))
chk("d22", line_of(r"\delta^2_2&="), "0.1124", d2[1], up=("s22",))
chk("d11", line_of(r"\delta^1_1&="), "-0.0082", d1[0], up=("d21", "d22", "s11"))
chk("d12", line_of(r"\delta^1_2&="), "-0.0360", d1[1], up=("d21", "d22", "s12"))
chk("th20", line_of(r"\theta^{1}_{20}&="), "0.964", b1[1] + d1[1], lo=1 + D("-0.0360"), up=("d12",))
chk("th21", line_of(r"\theta^{1}_{21}&="), "-1.036", W[1][0] + d1[1] * x[0], up=("d12",))
chk("th22", line_of(r"\theta^{1}_{22}&="), "-1.036", W[1][1] + d1[1] * x[1], up=("d12",))

# ---- NumPy outputs ----
L = line_of('"z = [ 3 -1]')
chk("z1o", L, "3", z[0]); chk("z2o", L, "-1", z[1])
L = line_of('"h = [0.9526 0.2689]')
chk("h1o", L, "0.9526", h[0]); chk("h2o", L, "0.2689", h[1])
L = line_of('"a = [ 2.2215 -0.2215]')
chk("a1o", L, "2.2215", a[0]); chk("a2o", L, "-0.2215", a[1])
L = line_of('"haty = [0.9022 0.4448]')
chk("y1o", L, "0.9022", y[0]); chk("y2o", L, "0.4448", y[1])
chk("loss", line_of('"loss = 0.4253'), "0.4253", loss)
L = line_of('"J_haty = [ 0.8022 -0.4552]')
chk("Jy1", L, "0.8022", Jy[0]); chk("Jy2", L, "-0.4552", Jy[1])
L = line_of('"J_a = [ 0.0708 -0.1124]')
chk("Ja1", L, "0.0708", Ja[0]); chk("Ja2", L, "-0.1124", Ja[1])
L = line_of('"J_V = [[ 0.0674 -0.1071]')
chk("JV11", L, "0.0674", JV[0][0]); chk("JV12", L, "-0.1071", JV[0][1])
L = line_of('" [ 0.019  -0.0302]]')
chk("JV21", L, "0.019", JV[1][0]); chk("JV22", L, "-0.0302", JV[1][1])
L = line_of('"J_b2 = [ 0.0708 -0.1124]')
chk("Jb21", L, "0.0708", Ja[0]); chk("Jb22", L, "-0.1124", Ja[1])
L = line_of('"J_h = [0.1832 0.1832]')
chk("Jh1", L, "0.1832", Jh[0]); chk("Jh2", L, "0.1832", Jh[1])
L = line_of('"J_z = [0.0083 0.036 ]')
chk("Jz1", L, "0.0083", Jz[0]); chk("Jz2", L, "0.036", Jz[1])
L = line_of('"J_W = [[0.0083 0.036 ]')
chk("JW11", L, "0.0083", JW[0][0]); chk("JW12", L, "0.036", JW[0][1])
L = line_of('" [0.0083 0.036 ]]')
chk("JW21", L, "0.0083", JW[1][0]); chk("JW22", L, "0.036", JW[1][1])
L = line_of('"J_b1 = [0.0083 0.036 ]')
chk("Jb11", L, "0.0083", Jz[0]); chk("Jb12", L, "0.036", Jz[1])
L = line_of('"V = [[ 0.9326  0.981 ]')
chk("V11", L, "0.9326", Vn[0][0]); chk("V12", L, "0.981", Vn[0][1])
L = line_of('" [-0.8929 -0.9698]]')
chk("V21", L, "-0.8929", Vn[1][0]); chk("V22", L, "-0.9698", Vn[1][1])
L = line_of('"b2 = [0.9292 1.1124]')
chk("b21", L, "0.9292", b2n[0]); chk("b22", L, "1.1124", b2n[1])
L = line_of('"W = [[ 0.9917  0.9917]')
chk("W11", L, "0.9917", Wn[0][0]); chk("W12", L, "0.9917", Wn[0][1])
L = line_of('" [-1.036  -1.036 ]]')
chk("W21", L, "-1.036", Wn[1][0]); chk("W22", L, "-1.036", Wn[1][1])
L = line_of('"b1 = [0.9917 0.964 ]')
chk("b11", L, "0.9917", b1n[0]); chk("b12", L, "0.964", b1n[1])

NOTES = (
    "Exam problem (Spanish) of the UPV course Aprendizaje Automático: a 2-2-2 sigmoid network, one backpropagation "
    "step worked by hand in one LaTeX align* block (three-decimal activations, four-decimal deltas), then the same "
    "step in NumPy with saved outputs (precision 4). Every printed number is right: 0 wrong lines. The hand solution "
    "uses delta = (t - s) s (1 - s) and theta <- theta + rho delta x; the NumPy cells use J = dL/d(.) = -delta and "
    "theta <- theta - rho J (consistent). Close calls: phi^2_1 = 2.221 (line 36) - the true value is 2.2215 (2.222 "
    "at three decimals; 1 + 0.953 + 0.269 from the printed s also gives 2.222), but 2.221 is within one unit "
    "(0.0005), right by rule (b); delta^1_1 = -0.0082 (line 42) - the true value is -0.008277 (-0.0083, as the "
    "NumPy line 110 prints), within one unit, and it also follows from the printed rounded operands "
    "(-0.1832 x 0.953 x 0.047 = -0.00821): right. The lines of the hand block print no numeric operands (only the "
    "symbolic expression and the result), so rule (b) applies to them; the update lines print '\\cdot 1' and are "
    "checked against 1 - 0.0360 = 0.964. The figure with the weights (2023_01_16_Problema 2.png) is not kept; the "
    "matrix cell (kept) states the same weights.")

if __name__ == "__main__":
    main()
