#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of Luis de Cunto's
"CNN Solutions - Module 7" (github.com/luisdecunto/ml-roadmap, guides/solutions/cnn_solutions.md): Solution 1.1 (a
3x3 kernel [[1,0,-1]]*3 convolved, no padding, stride 1, over a 4x4 input), Solutions 2.1/2.2 (2x2 max and average
pooling, stride 2, of a 4x4 input) and Solution 5.1 (batch normalisation forward of a 4x3 batch, eps = 1e-8,
gamma = 1, beta = 0).

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on that line is right only when the
      expression, redone from those numbers, rounds to p (a rounded operand, here sqrt(sigma^2+eps) = 3.354, may be
      taken within half a unit of its last digit; givens are exact); otherwise wrong, first;
  (b) a value printed without working, or restated, is right within one unit of the true value, or when it follows
      from printed correct operands;
  (c) a restated wrong value, or a value computed from a wrong one and itself off, is wrong, propagated.
Usage:  python3 recompute.py [--write-expected]
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/luisdecunto/ml-roadmap/blob/936f946dbc6cce6c68aa7836ea4ab314871dfe9b/"
          "guides/solutions/cnn_solutions.md")
LICENSE = ("none (the repository has no LICENSE file); doc.md is an excerpt: lines 1-63 (title, Solution 1.1), "
           "134-193 (Solutions 2.1 and 2.2) and 525-592 (Solution 5.1) kept verbatim at their original line numbers, "
           "lines 64-133 and 194-524 blanked, everything after line 592 cut")
NOTES = ("Clean document under the rule (a false-alarm probe for convolution, pooling and batch norm). Close call: "
         "lines 566, 569, 572 print (1-5.5)/3.354 = -1.341 and 4.5/3.354 = 1.341; 4.5/3.354 = 1.34168 and the exact "
         "4.5/sqrt(11.25+1e-8) = 1.34164 round to 1.342, but 3.354 is a rounded result printed on line 558 and "
         "4.5/3.3545 = 1.34148 rounds to 1.341, and 1.341 is within one unit of the true value, so these lines (and "
         "the restated matrices, lines 574-577 and 584-587) are judged right. Line 17, 166: the output sizes 2x2 "
         "are counted as computed numbers. Line 591/592: mean 0 and variance 1 of the normalised columns "
         "(exactly 0 and 11.25/(11.25+1e-8)).")
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


def exp(z):
    return D(z).exp()


def sig(z):
    return 1 / (1 + (-D(z)).exp())


def tanh(z):
    e2 = (2 * D(z)).exp()
    return (e2 - 1) / (e2 + 1)


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    """rule (b): within one unit of the last printed digit of the true value"""
    return abs(D(p) - rnd(x, p)) <= unit(p)


def g(s):
    """a given: exact"""
    return (D(s), D(0))


def r(s):
    """a rounded result printed earlier: anywhere within half a unit of its last digit"""
    return (D(s), unit(s) / 2)


def redo(p, f, ops):
    """rule (a): can the line's own expression f(ops), each rounded operand taken within half a unit, round to p?
    f is monotone in each operand here, so its range over the box is spanned by the corners."""
    vals = [f(*c) for c in itertools.product(*[(v - h, v + h) if h else (v,) for v, h in ops])]
    lo, hi = min(vals), max(vals)
    p = D(p)
    u = unit(p)
    ok = not (hi < p - u / 2 or lo >= p + u / 2)
    return ok, f(*[v for v, h in ops])


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, f=None, ops=(), up=(), why=""):
    """Judge one printed number.  f/ops: the arithmetic the line itself shows (rule a); without f the value is
    printed without working or restated (rule b/c)."""
    assert printed in DOC[line - 1], (line, printed, DOC[line - 1])
    p = D(printed)
    own_ok, own = (True, None) if f is None else redo(p, f, ops)
    up_bad = any(STATUS[u] == "wrong" for u in up)
    if not own_ok:
        st, kind = "wrong", "first"
        why = why or "redoing the line's own arithmetic gives %s, not %s" % (rnd(own, p), printed)
    elif near(p, true):
        st, kind = "right", None
    elif up_bad:
        st, kind = "wrong", "propagated"
        why = why or "follows from a wrong value upstream"
    elif f is not None:
        st, kind = "right", None  # follows from printed correct operands
    else:
        st, kind = "wrong", "first"
        why = why or "printed without working; the true value is %s" % rnd(true, p)
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), own=own, status=st, kind=kind, why=why,
                       correct=str(rnd(true, p))))


def rest(cid, line, printed, src, true=None):
    """a value restated from an earlier line (rule b/c): right when that value was right and is copied unchanged, or
    when it is within one unit of the true value; a copy of a wrong value is wrong, propagated"""
    assert printed in DOC[line - 1], (line, printed, DOC[line - 1])
    s = [c for c in CHECKS if c["id"] == src][-1]
    true = s["true"] if true is None else true
    if (STATUS[src] == "right" and D(printed) == D(s["printed"])) or near(printed, true):
        st, kind, why = "right", None, ""
    else:
        st, kind, why = "wrong", "propagated", "restates %s, which is wrong (true %s)" % (printed, rnd(true, printed))
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), own=None, status=st, kind=kind, why=why,
                       correct=str(rnd(true, printed))))


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:120]))
        for c in cs:
            extra = "" if c["own"] is None else "  own arithmetic %.8g" % c["own"]
            print("            %-8s printed %-10s true %.8g%s -> %s%s" % (
                c["id"], c["printed"], c["true"], extra, c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(c["correct"] for c in bad),
                          "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(dict.fromkeys(c["why"] for c in bad))})
        else:
            right.append(n)
    return wrong, right


def main():
    wrong, right = report()
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        out = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


# ---------------- givens ----------------
IMG = [[1, 2, 3, 0], [0, 1, 2, 3], [3, 0, 1, 2], [2, 3, 0, 1]]
K = [[1, 0, -1], [1, 0, -1], [1, 0, -1]]


def conv(i, j):
    return sum(IMG[i + a][j + b] * K[a][b] for a in range(3) for b in range(3))


# Solution 1.1
L = line_of("Formula: (n - k + 1) × (n - k + 1) = (4 - 3 + 1)")
chk("size", L, "2", 2, lambda a, b, c: a - b + c, [g("4"), g("3"), g("1")])
for row, nth in zip(range(3), ("= [[1, 0, -3],", " [0, 0, -2],", " [3, 0, -1]]")):
    L = line_of(nth)
    prods = [IMG[row][c] * K[row][c] for c in range(3)]
    # products printed as a matrix: each entry is image*kernel of the line above (exact integers)
    txt = DOC[L - 1]
    import re as _re
    nums = _re.findall(r"-?\d+", txt)
    for c, (p, tv) in enumerate(zip(nums, prods)):
        chk("prod%d%d" % (row, c), L, p, tv)
L = line_of("Sum = 1 + 0 - 3 + 0 + 0 - 2 + 3 + 0 - 1 = -2")
chk("o00", L, "-2", conv(0, 0), lambda *a: sum(a), [g(s) for s in "1 0 -3 0 0 -2 3 0 -1".split()])
chk("o00r", line_of("Position [0,0]: -2"), "-2", conv(0, 0))
L = line_of("   = 2 + 0 + 0 + 1 + 0 - 3 + 0 + 0 - 2 = -2")
terms = [IMG[a][1 + b] * K[a][b] for a in range(3) for b in range(3)]
for n, (p, tv) in enumerate(zip("2 0 0 1 0 -3 0 0 -2".split(), terms)):
    pass  # the products 2, 0, 0, 1, 0, -3, 0, 0, -2 are exact and equal the image*kernel terms
assert [D(s) for s in "2 0 0 1 0 -3 0 0 -2".split()] == [D(t) for t in terms]
chk("o01", L, "-2", conv(0, 1), lambda *a: sum(a), [g(s) for s in "2 0 0 1 0 -3 0 0 -2".split()])
L = line_of("Sum: 0 + 0 - 2 + 3 + 0 - 1 + 2 + 0 + 0 = 2")
assert [D(s) for s in "0 0 -2 3 0 -1 2 0 0".split()] == [D(IMG[1 + a][b] * K[a][b]) for a in range(3) for b in range(3)]
chk("o10", L, "2", conv(1, 0), lambda *a: sum(a), [g(s) for s in "0 0 -2 3 0 -1 2 0 0".split()])
L = line_of("Sum: 1 + 0 - 3 + 0 + 0 - 2 + 3 + 0 - 1 = -2")
assert [D(s) for s in "1 0 -3 0 0 -2 3 0 -1".split()] == [D(IMG[1 + a][1 + b] * K[a][b]) for a in range(3) for b in range(3)]
chk("o11", L, "-2", conv(1, 1), lambda *a: sum(a), [g(s) for s in "1 0 -3 0 0 -2 3 0 -1".split()])
L = line_of("Final output: [[-2, -2],")
rest("F00", L, "-2", "o00"); rest("F01", L, "-2", "o01")
L = line_of("               [ 2, -2]]")
rest("F10", L, "2", "o10"); rest("F11", L, "-2", "o11")

# Solutions 2.1 / 2.2
P = [[1, 3, 2, 4], [5, 6, 7, 8], [9, 2, 3, 1], [4, 5, 6, 7]]
reg = {(i, j): [P[2 * i + a][2 * j + b] for a in range(2) for b in range(2)] for i in range(2) for j in range(2)}
L = line_of("max = 6                     max = 8")
chk("mx00", L, "6", max(reg[0, 0]), lambda *a: max(a), [g(str(v)) for v in reg[0, 0]])
chk("mx01", L, "8", max(reg[0, 1]), lambda *a: max(a), [g(str(v)) for v in reg[0, 1]])
L = line_of("max = 9                     max = 7")
chk("mx10", L, "9", max(reg[1, 0]), lambda *a: max(a), [g(str(v)) for v in reg[1, 0]])
chk("mx11", L, "7", max(reg[1, 1]), lambda *a: max(a), [g(str(v)) for v in reg[1, 1]])
L = line_of("[[6, 8],")
rest("MX00", L, "6", "mx00"); rest("MX01", L, "8", "mx01")
L = line_of(" [9, 7]]")
rest("MX10", L, "9", "mx10"); rest("MX11", L, "7", "mx11")
L = line_of("(n / pool_size) × (n / pool_size) = (4 / 2)")
chk("psize", L, "2", 2, lambda a, b: a / b, [g("4"), g("2")])
for (i, j), txt, s, q in [((0, 0), "Region [0,0]: (1+3+5+6)/4", "15", "3.75"), ((0, 1), "Region [0,1]: (2+4+7+8)/4", "21", "5.25"),
                         ((1, 0), "Region [1,0]: (9+2+4+5)/4", "20", "5.0"), ((1, 1), "Region [1,1]: (3+1+6+7)/4", "17", "4.25")]:
    L = line_of(txt)
    # the region's four values printed in the line must be that region of the input
    vals = txt.split("(")[1].split(")")[0].split("+")
    assert sorted(int(v) for v in vals) == sorted(reg[i, j]), (txt, reg[i, j])
    chk("s%d%d" % (i, j), L, s, sum(reg[i, j]), lambda *a: sum(a), [g(v) for v in vals])
    chk("av%d%d" % (i, j), L, q, D(sum(reg[i, j])) / 4, lambda a, b: a / b, [g(s), g("4")], up=("s%d%d" % (i, j),))
for nth in (1, 2):
    L = line_of("[[3.75, 5.25],", nth) if nth == 1 else line_of("- Average pooling: `[[3.75, 5.25], [5.0, 4.25]]`")
    rest("A00_%d" % nth, L, "3.75", "av00"); rest("A01_%d" % nth, L, "5.25", "av01")
    if nth == 2:
        rest("A10_2", L, "5.0", "av10"); rest("A11_2", L, "4.25", "av11")
L = line_of(" [5.0,  4.25]]")
rest("A10_1", L, "5.0", "av10"); rest("A11_1", L, "4.25", "av11")
L = line_of("- Max pooling: `[[6, 8], [9, 7]]`")
for k, (p, src) in enumerate([("6", "mx00"), ("8", "mx01"), ("9", "mx10"), ("7", "mx11")]):
    rest("MXr%d" % k, L, p, src)

# Solution 5.1 batch norm
X = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
EPS = D("1e-8")
MU = [D(sum(X[r][c] for r in range(4))) / 4 for c in range(3)]
VAR = [sum((X[r][c] - MU[c]) ** 2 for r in range(4)) / 4 for c in range(3)]
SD = [(v + EPS).sqrt() for v in VAR]
XN = [[(X[r][c] - MU[c]) / SD[c] for c in range(3)] for r in range(4)]
for c, (txt, s, m) in enumerate([("μ₀ = (1 + 4 + 7 + 10) / 4", "22", "5.5"), ("μ₁ = (2 + 5 + 8 + 11) / 4", "26", "6.5"),
                                 ("μ₂ = (3 + 6 + 9 + 12) / 4", "30", "7.5")]):
    L = line_of(txt)
    chk("ms%d" % c, L, s, sum(X[r][c] for r in range(4)), lambda *a: sum(a), [g(str(X[r][c])) for r in range(4)])
    chk("mu%d" % c, L, m, MU[c], lambda a, b: a / b, [g(s), g("4")], up=("ms%d" % c,))
L = line_of("μ = [5.5, 6.5, 7.5]")
for c, m in enumerate(["5.5", "6.5", "7.5"]):
    rest("MU%d" % c, L, m, "mu%d" % c)
for c, nth in enumerate((1, 2, 3)):
    L = line_of("    = [20.25 + 2.25 + 2.25 + 20.25] / 4 = 11.25", nth)
    mu = MU[c]
    sq = [(X[r][c] - mu) ** 2 for r in range(4)]
    for k, p in enumerate(["20.25", "2.25"]):
        chk("sq%d%d" % (c, k), L, p, sq[k], lambda a, b: (a - b) ** 2, [g(str(X[k][c])), g(str(mu))], up=("mu%d" % c,))
    chk("var%d" % c, L, "11.25", VAR[c], lambda *a: sum(a) / 4, [g("20.25"), g("2.25"), g("2.25"), g("20.25")],
        up=("sq%d0" % c, "sq%d1" % c))
L = line_of("σ² = [11.25, 11.25, 11.25]")
for c in range(3):
    rest("VAR%d" % c, L, "11.25", "var%d" % c)
L = line_of("√(σ² + ε) ≈ [3.354, 3.354, 3.354]")
chk("sd", L, "3.354", SD[0], lambda a, b: (a + b).sqrt(), [g("11.25"), g("1e-8")], up=("VAR0",))
for c, (txt, mu) in enumerate([("Column 0: [(1-5.5)/3.354", "5.5"), ("Column 1: [(2-6.5)/3.354", "6.5"),
                               ("Column 2: [(3-7.5)/3.354", "7.5")]):
    L = line_of("        = [-1.341, -0.447, 0.447, 1.341]", c + 1)
    assert line_of(txt) == L - 1
    for rr, p in enumerate(["-1.341", "-0.447", "0.447", "1.341"]):
        chk("xn%d%d" % (rr, c), L, p, XN[rr][c], lambda a, b, sd: (a - b) / sd, [g(str(X[rr][c])), g(mu), r("3.354")],
            up=("sd",))
for name, first in (("N", 574), ("Y", 584)):
    for rr, txt in enumerate(["[-1.341, -1.341, -1.341]", "[-0.447, -0.447, -0.447]", "[ 0.447,  0.447,  0.447]",
                              "[ 1.341,  1.341,  1.341]"]):
        L = line_of(txt, 1 if name == "N" else 2)
        p = txt.strip("[]").split(",")[0].strip()
        for c in range(3):
            rest("%s%d%d" % (name, rr, c), L, p, "xn%d%d" % (rr, c))
L = line_of("- Mean per feature: [0, 0, 0]")
for c in range(3):
    chk("mn%d" % c, L, "0", sum(XN[rr][c] for rr in range(4)) / 4, lambda a, b, cc, d: (a + b + cc + d) / 4,
        [r("-1.341"), r("-0.447"), r("0.447"), r("1.341")], up=("xn0%d" % c, "xn1%d" % c, "xn2%d" % c, "xn3%d" % c))
L = line_of("- Variance per feature: [1, 1, 1]")
for c in range(3):
    chk("vn%d" % c, L, "1", sum(XN[rr][c] ** 2 for rr in range(4)) / 4, lambda a, b: (2 * a * a + 2 * b * b) / 4,
        [r("1.341"), r("0.447")], up=("xn0%d" % c, "xn1%d" % c))

if __name__ == "__main__":
    main()
