#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, an excerpt (the two worked cells,
re-serialised) of gusjrivas/TP_FINAL_AMIA "Preguntas Teoricas_Ejercicio Teorico/Ejercicio_Teorico.ipynb": the
theory exercise of a final group assignment (TP final) of "Analisis Matematico para Inteligencia Artificial"
(Spanish): a 2-3-1 sigmoid network, forward pass and every gradient of J = 1/2 (yhat - y)^2 worked by hand in
Markdown/LaTeX. `line` numbers are 1-based lines of the raw doc.ipynb JSON file (as `grep -n` shows them).

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Givens (cell 0): x = (1.8, -3.4), y = 5, w1 = [[0.1, -0.5], [-0.3, -0.9], [0.8, 0.02]], b1 = (0.1, 0.5, 0.8),
w2 = (-0.4, 0.2, -0.5), b2 = 0.7, sigmoid on both layers, J = 1/2 (yhat - y)^2.  True values: the exact forward
pass and dJ/dz2 = (yhat - y) yhat (1 - yhat), dJ/dw2 = dJ/dz2 * y1, dJ/dy1 = dJ/dz2 * w2,
dJ/dz1 = dJ/dy1 * y1 (1 - y1), dJ/dw1 = dJ/dz1 x^T, dJ/db = dJ/dz.

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
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/gusjrivas/TP_FINAL_AMIA/blob/c01d5c01acf64e0b385ba1cfaa5ce1c2ff9e1e29/"
          "Preguntas%20Teoricas_Ejercicio%20Teorico/Ejercicio_Teorico.ipynb")
LICENSE = ("none stated (no LICENSE file in the repository); doc.ipynb keeps only the notebook's two worked cells "
           "(the exercise statement and the 'Respuesta' cell, sources unchanged; the third, empty cell is cut), "
           "re-serialised with json.dump(indent=1, ensure_ascii=False)")
# ---- shared judging helpers (copied into each recompute.py) ----
import itertools
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

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
    """rule (b): within one unit of p's last digit of x rounded to p's digits"""
    return abs(D(p) - rnd(x, p)) <= unit(p)


def rounded(s):
    """a printed operand that is itself a rounded result: any value within half a unit of its last digit"""
    v = D(s)
    h = unit(s) / 2
    return (v - h, v + h)


def exact(s):
    return (D(s), D(s))


def follows(p, f, ops):
    """rule (a): can redoing f from the printed operands (each within its interval) round to p?
    f must be monotone in each operand over the box (true for the sums, products and sigmoids used here)."""
    vals = [f(*c) for c in itertools.product(*ops)]
    lo, hi = min(vals), max(vals)
    return rnd(lo, p) <= D(p) <= rnd(hi, p), (lo, hi)


CHECKS = []
STATUS = {}


PRINTED = {}


def chk(cid, line, printed, true, f=None, ops=(), up=(), why="", restates=None):
    """Judge one printed number on one line.  f/ops: the expression printed on the line and its operands (rule a);
    up: ids of the printed values it is computed from or restates (rule c); restates: the id of the earlier
    printed value this number merely repeats (a repeat of a value judged right is right)."""
    if restates is not None:
        up = tuple(up) + (restates,)
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
    elif restates is not None and STATUS[restates] == "right" and p == PRINTED[restates]:
        st, kind = "right", None  # repeats a value judged right (rule b: follows from printed correct operands)
    elif upwrong:
        st, kind = "wrong", "propagated"
    elif ok_a:
        st, kind = "right", None  # follows from printed correct operands
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    PRINTED[cid] = p
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), box=box, status=st, kind=kind, why=why,
                       correct=str(rnd(true, p))))


def report():
    wrong, right = [], []
    for n in sorted({c["line"] for c in CHECKS}):
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:110]))
        for c in cs:
            extra = "" if c["box"] is None else "  printed operands give [%.7g, %.7g]" % c["box"]
            print("            %-8s printed %-9s true %.9g%s -> %s%s" % (
                c["id"], c["printed"], c["true"], extra, c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(c["correct"] for c in bad),
                          "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(c["why"] or "restates or is computed from a wrong value" for c in bad)})
        else:
            right.append(n)
    return wrong, right


def main():
    wrong, right = report()
    print("\nwrong lines (%d):" % len(wrong), [(w["line"], w["kind"]) for w in wrong])
    print("right lines (%d):" % len(right), right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


# ---------------- exact values from the givens ----------------
x = (D("1.8"), D("-3.4"))
W1 = ((D("0.1"), D("-0.5")), (D("-0.3"), D("-0.9")), (D("0.8"), D("0.02")))
B1 = (D("0.1"), D("0.5"), D("0.8"))
W2 = (D("-0.4"), D("0.2"), D("-0.5"))
B2 = D("0.7")
Y = D(5)
z1 = [W1[i][0] * x[0] + W1[i][1] * x[1] + B1[i] for i in range(3)]
y1 = [sig(z) for z in z1]
z2 = sum(W2[i] * y1[i] for i in range(3)) + B2
yh = sig(z2)
dJdy = yh - Y
s2 = yh * (1 - yh)
dJdz2 = dJdy * s2
dJdw2 = [dJdz2 * v for v in y1]
dJdy1 = [dJdz2 * w for w in W2]
s1 = [v * (1 - v) for v in y1]
dJdz1 = [dJdy1[i] * s1[i] for i in range(3)]
dJdw1 = [[dJdz1[i] * x[j] for j in range(2)] for i in range(3)]

R = rounded
E = exact

# ---- forward: z1 ----
n = line_of('"   0.18 + 1.7 \\\\\\\\\\n"')
chk("p11", n, "0.18", W1[0][0] * x[0], f=lambda: D("0.1") * D("1.8"))
chk("p12", n, "1.7", W1[0][1] * x[1])
n = line_of('"   -0.54 + 3.06 \\\\\\\\\\n"')
chk("p21", n, "-0.54", W1[1][0] * x[0])
chk("p22", n, "3.06", W1[1][1] * x[1])
n = line_of('"   1.44 - 0.068\\n"')
chk("p31", n, "1.44", W1[2][0] * x[0])
chk("p32", n, "0.068", -W1[2][1] * x[1])
chk("z11", line_of('"   1.98 \\\\\\\\\\n"'), "1.98", z1[0])
chk("z12", line_of('"   3.02 \\\\\\\\\\n"'), "3.02", z1[1])
chk("z13", line_of('"   2.172\\n"'), "2.172", z1[2])

# ---- forward: sigmoids ----
chk("y11", line_of("\\\\sigma(1.98) \\\\approx \\\\frac{1}{1 + e^{-1.98}} \\\\approx 0.8797"), "0.8797", y1[0],
    f=lambda z: sig(z), ops=(E("1.98"),), up=("z11",),
    why="sigma(1.98) = 1/(1 + e^-1.98) = 1/1.138069 = 0.878681, printed 0.8797 (digit slip)")
chk("y12", line_of("\\\\sigma(3.02) \\\\approx \\\\frac{1}{1 + e^{-3.02}} \\\\approx 0.9534"), "0.9534", y1[1],
    f=lambda z: sig(z), ops=(E("3.02"),), up=("z12",),
    why="sigma(3.02) = 1/(1 + e^-3.02) = 0.9534719, which rounds to 0.9535 (printed 0.9534: truncated, one unit)")
chk("y13", line_of("\\\\sigma(2.172) \\\\approx \\\\frac{1}{1 + e^{-2.172}} \\\\approx 0.8977"), "0.8977", y1[2],
    f=lambda z: sig(z), ops=(E("2.172"),), up=("z13",))
n = line_of("y^{(1)} \\\\approx \\\\begin{pmatrix} 0.8797")
chk("y11r", n, "0.8797", y1[0], restates="y11")
chk("y12r", n, "0.9534", y1[1], restates="y12")
chk("y13r", n, "0.8977", y1[2], restates="y13")

# ---- forward: z2 and yhat ----
n = line_of("z^{(2)} = \\\\begin{pmatrix} -0.4 & 0.2 & -0.5 \\\\end{pmatrix} \\\\cdot \\\\begin{pmatrix} 0.8797")
chk("y11r2", n, "0.8797", y1[0], restates="y11")
chk("y12r2", n, "0.9534", y1[1], restates="y12")
chk("y13r2", n, "0.8977", y1[2], restates="y13")
n = line_of("z^{(2)} = -0.4 \\\\cdot 0.8797 + 0.2 \\\\cdot 0.9534 - 0.5 \\\\cdot 0.8977 + 0.7")
chk("y11r3", n, "0.8797", y1[0], restates="y11")
chk("y12r3", n, "0.9534", y1[1], restates="y12")
chk("y13r3", n, "0.8977", y1[2], restates="y13")
n = line_of("= -0.35188 + 0.19068 - 0.44885 + 0.7")
chk("q1", n, "-0.35188", W2[0] * y1[0], up=("y11",), why="-0.4 x 0.8797 (from the wrong sigma(1.98))")
chk("q2", n, "0.19068", W2[1] * y1[1], up=("y12",))
chk("q3", n, "0.44885", -W2[2] * y1[2], up=("y13",))
chk("z2", line_of('"   \\\\approx 0.08995\\n"'), "0.08995", z2,
    f=lambda a, b, c: a + b + c + B2, ops=(E("-0.35188"), E("0.19068"), E("-0.44885")), up=("q1", "q2", "q3"),
    why="sum of the printed terms, right arithmetic, but built on sigma(1.98) = 0.8797 (true z2 = 0.090361)")
n = line_of("\\\\sigma(0.08995) \\\\approx \\\\frac{1}{1 + e^{-0.08995}} \\\\approx 0.5225")
chk("z2r", n, "0.08995", z2, restates="z2")
chk("yh", n, "0.5225", yh, f=lambda z: sig(z), ops=(E("0.08995"),), up=("z2",))

# ---- backward: output layer ----
n = line_of("\\\\hat{y} - y = 0.5225 - 5 = -4.4775")
chk("yhr", n, "0.5225", yh, restates="yh")
chk("dJdy", n, "-4.4775", dJdy, f=lambda a: a - Y, ops=(R("0.5225"),), up=("yh",))
n = line_of("\\\\approx 0.5225 \\\\cdot (1 - 0.5225) \\\\approx 0.2495")
chk("yhr2", n, "0.5225", yh, restates="yh")
chk("s2", n, "0.2495", s2, f=lambda a: a * (1 - a), ops=(R("0.5225"),), up=("yh",))
n = line_of("= -4.4775 \\\\cdot 0.2495 \\\\approx -1.1174")
chk("dJdz2", n, "-1.1174", dJdz2, f=lambda a, b: a * b, ops=(R("-4.4775"), R("0.2495")), up=("dJdy", "s2"))
n = line_of("\\\\partial w^{(2)}} = y^{(1)} = \\\\begin{pmatrix} 0.8797")
chk("y11r4", n, "0.8797", y1[0], restates="y11")
chk("y12r4", n, "0.9534", y1[1], restates="y12")
chk("y13r4", n, "0.8977", y1[2], restates="y13")
n = line_of("= -1.1174 \\\\cdot \\\\begin{pmatrix} 0.8797")
chk("dz2r", n, "-1.1174", dJdz2, restates="dJdz2")
chk("y11r5", n, "0.8797", y1[0], restates="y11")
chk("y12r5", n, "0.9534", y1[1], restates="y12")
chk("y13r5", n, "0.8977", y1[2], restates="y13")
chk("dw21", n, "-0.9834", dJdw2[0], f=lambda a, b: a * b, ops=(R("-1.1174"), R("0.8797")), up=("dJdz2", "y11"),
    why="-1.1174 x 0.8797 = -0.98298, printed -0.9834")
chk("dw22", n, "-1.0644", dJdw2[1], f=lambda a, b: a * b, ops=(R("-1.1174"), R("0.9534")), up=("dJdz2", "y12"),
    why="-1.1174 x 0.9534 = -1.06533, printed -1.0644")
chk("dw23", n, "-1.0024", dJdw2[2], f=lambda a, b: a * b, ops=(R("-1.1174"), R("0.8977")), up=("dJdz2", "y13"),
    why="-1.1174 x 0.8977 = -1.00309, printed -1.0024")
n = line_of("\\\\partial b^{(2)}} = -1.1174")
chk("db2", n, "-1.1174", dJdz2, restates="dJdz2")

# ---- backward: hidden layer ----
n = line_of("= -1.1174 \\\\cdot \\\\begin{pmatrix} -0.4")
chk("dz2r2", n, "-1.1174", dJdz2, restates="dJdz2")
chk("dy11", n, "0.44696", dJdy1[0], f=lambda a: a * W2[0], ops=(R("-1.1174"),), up=("dJdz2",))
chk("dy12", n, "-0.22348", dJdy1[1], f=lambda a: a * W2[1], ops=(R("-1.1174"),), up=("dJdz2",))
chk("dy13", n, "0.5587", dJdy1[2], f=lambda a: a * W2[2], ops=(R("-1.1174"),), up=("dJdz2",))
n = line_of("\\\\sigma'(1.98) \\\\approx 0.8797 \\\\cdot (1 - 0.8797) \\\\approx 0.1059")
chk("y11r6", n, "0.8797", y1[0], restates="y11")
chk("s11", n, "0.1059", s1[0], f=lambda a: a * (1 - a), ops=(R("0.8797"),), up=("y11",),
    why="0.8797 x 0.1203 = 0.105828, printed 0.1059 (and the true sigma'(1.98) is 0.10660)")
n = line_of("\\\\sigma'(3.02) \\\\approx 0.9534 \\\\cdot (1 - 0.9534) \\\\approx 0.0444")
chk("y12r6", n, "0.9534", y1[1], restates="y12")
chk("s12", n, "0.0444", s1[1], f=lambda a: a * (1 - a), ops=(R("0.9534"),), up=("y12",))
n = line_of("\\\\sigma'(2.172) \\\\approx 0.8977 \\\\cdot (1 - 0.8977) \\\\approx 0.0917")
chk("y13r6", n, "0.8977", y1[2], restates="y13")
chk("s13", n, "0.0917", s1[2], f=lambda a: a * (1 - a), ops=(R("0.8977"),), up=("y13",),
    why="0.8977 x 0.1023 = 0.091835, printed 0.0917")
n = line_of("\\\\partial z^{(1)}} \\\\approx \\\\begin{pmatrix} 0.1059")
chk("s11r", n, "0.1059", s1[0], restates="s11")
chk("s12r", n, "0.0444", s1[1], restates="s12")
chk("s13r", n, "0.0917", s1[2], restates="s13")
n = line_of("= \\\\begin{pmatrix} 0.0474 \\\\\\\\ -0.0099 \\\\\\\\ 0.0513 \\\\end{pmatrix} $$")
n2 = line_of("\\\\begin{pmatrix} 0.44696 \\\\\\\\ -0.22348 \\\\\\\\ 0.5587 \\\\end{pmatrix} \\\\cdot \\\\begin{pmatrix} 0.1059")
assert n == n2
for cid, val, up in (("dy11r", "0.44696", "dy11"), ("dy12r", "-0.22348", "dy12"), ("dy13r", "0.5587", "dy13"),
                     ("s11r2", "0.1059", "s11"), ("s12r2", "0.0444", "s12"), ("s13r2", "0.0917", "s13")):
    chk(cid, n, val, {"dy11": dJdy1[0], "dy12": dJdy1[1], "dy13": dJdy1[2],
                      "s11": s1[0], "s12": s1[1], "s13": s1[2]}[up], restates=up)
chk("dz11", n, "0.0474", dJdz1[0], f=lambda a, b: a * b, ops=(R("0.44696"), R("0.1059")), up=("dy11", "s11"))
chk("dz12", n, "-0.0099", dJdz1[1], f=lambda a, b: a * b, ops=(R("-0.22348"), R("0.0444")), up=("dy12", "s12"))
chk("dz13", n, "0.0513", dJdz1[2], f=lambda a, b: a * b, ops=(R("0.5587"), R("0.0917")), up=("dy13", "s13"))

# ---- gradients of w1 and b1 ----
n = line_of("= \\\\begin{pmatrix} 0.0853 & -0.1611")
chk("dz11r", n, "0.0474", dJdz1[0], restates="dz11")
chk("dz12r", n, "-0.0099", dJdz1[1], restates="dz12")
chk("dz13r", n, "0.0513", dJdz1[2], restates="dz13")
for cid, val, i, j, src in (("dw111", "0.0853", 0, 0, "0.0474"), ("dw112", "-0.1611", 0, 1, "0.0474"),
                            ("dw121", "-0.0178", 1, 0, "-0.0099"), ("dw122", "0.0337", 1, 1, "-0.0099"),
                            ("dw131", "0.0924", 2, 0, "0.0513"), ("dw132", "-0.1744", 2, 1, "0.0513")):
    chk(cid, n, val, dJdw1[i][j], f=lambda a, xj=x[j]: a * xj, ops=(R(src),), up=("dz1%d" % (i + 1),))
n = line_of("\\\\partial b^{(1)}} = \\\\frac{\\\\partial J}{\\\\partial z^{(1)}} = \\\\begin{pmatrix} 0.0474")
chk("db11", n, "0.0474", dJdz1[0], restates="dz11")
chk("db12", n, "-0.0099", dJdz1[1], restates="dz12")
chk("db13", n, "0.0513", dJdz1[2], restates="dz13")

NOTES = (
    "Spanish worked solution of the theory exercise of a university group assignment (TP final, Analisis Matematico "
    "para Inteligencia Artificial, 2024): 2-3-1 sigmoid network, x = (1.8, -3.4), y = 5, J = 1/2 (yhat - y)^2, "
    "every gradient by hand at 4-5 decimals, one JSON line per LaTeX line. Mistakes: sigma(1.98) printed 0.8797 "
    "for 0.8787 (first), carried into z2 (-0.35188, 0.08995: propagated) and into sigma'(1.98) = 0.8797 x 0.1203 "
    "printed 0.1059 (0.105828 from its own operands, but 0.10587 at a corner of the half-unit box, so not a slip "
    "of its own: propagated; true 0.1066), hence dJ/dz1_1 = 0.0474 (true 0.0476) and dJ/dw1 row 1, dJ/db1 "
    "(propagated); dJ/dw2 = -1.1174 x (0.8797, 0.9534, 0.8977) printed (-0.9834, -1.0644, "
    "-1.0024) for (-0.9830, -1.0653, -1.0031) (first); sigma'(2.172) = 0.8977 x 0.1023 printed 0.0917 for 0.0918 "
    "(first, one unit). Close calls: (1) sigma(3.02) printed 0.9534 for 0.95347 (rounds to 0.9535; one unit, "
    "truncation) is wrong by rule (a) on its own line (first), but where it is restated later (y1 vector, z2 "
    "lines, sigma'(3.02)) it is within one unit of the true value and is judged right there; (2) yhat = 0.5225 "
    "(true 0.522575 -> 0.5226, one unit) is right, but its line also restates the wrong z2 = 0.08995, so that line "
    "is wrong (propagated); (3) dJ/dz2 = -4.4775 x 0.2495 printed -1.1174: the printed operands give -1.11714, but "
    "taken within half a unit of their last digit they reach -1.11737, so by rule (a) the line is right, and the "
    "values computed from -1.1174 (0.44696, -0.22348, 0.5587 and the restated dJ/db2) follow exactly from it and "
    "are listed right although the true dJ/dz2 is -1.11707; (4) in dJ/dz1 the products 0.44696 x 0.1059 = 0.04733 "
    "and 0.5587 x 0.0917 = 0.05123 print 0.0474 and 0.0513, reachable only at a corner of the half-unit box; "
    "0.0513 and 0.0924 (= 0.0513 x 1.8, true 0.0923) are within one unit of the truth and judged right, 0.0474 is "
    "wrong as built on the wrong sigma'(1.98). The z1 rows (0.18 + 1.7, ..., 1.98, 3.02, 2.172) are exact.")

main()
