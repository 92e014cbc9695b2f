#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt (the worked example only) of
chizkidd/chizkidd.github.io _posts/2025-05-30-backpropagation.md, "Understanding Backpropagation in Deep Learning"
(Jekyll blog post): a 2-2-1 sigmoid network, x = (0.05, 0.10), y = 0.01, one gradient step. Line numbers are 1-based
lines of doc.md.

Plain Python 3 (decimal at 60 digits); no nnwalk import.

Givens (doc.md lines 5-14 and 137): x = [0.05, 0.10], y = 0.01, W1 = [[0.15, 0.20], [0.25, 0.30]], b1 = [0.35, 0.35],
W2 = [0.40, 0.45], b2 = 0.50, eta = 0.01; sigmoid in both layers; C = 1/2 (y - a2)^2; delta2 = (a2 - y) a2 (1 - a2),
delta1 = W2^T delta2 * a1 (1 - a1), dC/dW = delta a^T, theta <- theta - eta grad (the page's own formulas).

Rule (the corpus's one rule; p printed, u one unit in its last digit): (a) a line that prints p as the result of an
expression of numbers printed on that line is right only when redoing it from those numbers rounds to p (an operand
that is itself a rounded result may be taken anywhere within half a unit of its last digit; a given is exact);
(b) a value printed without its working, or restated, is right within one unit of the true value or when it follows
from printed correct operands; (c) a restated wrong value, or one computed from a wrong one and itself off, is wrong,
propagated. A line is wrong when any number on it is wrong. Results of a multi-line bmatrix display are checked
against the operands printed in the same display (they all pass either way).
Usage: python3 recompute.py [--write-expected]
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/chizkidd/chizkidd.github.io/blob/fc22a56f7988391ef5daf85845e07daed7c395f1/"
          "_posts/2025-05-30-backpropagation.md")
LICENSE = ("no license of the author's own for the post (the repository's LICENSE is the MIT notice 'Copyright (c) "
           "GitHub, Inc.' of the Jekyll template); doc.md is an excerpt of only the worked example, line for line")
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
from itertools import product
x = [D("0.05"), D("0.10")]
y = D("0.01")
W1 = [[D("0.15"), D("0.20")], [D("0.25"), D("0.30")]]
b1 = [D("0.35"), D("0.35")]
W2 = [D("0.40"), D("0.45")]
b2 = D("0.50")
eta = D("0.01")
z1 = [W1[j][0] * x[0] + W1[j][1] * x[1] + b1[j] for j in range(2)]
a1 = [sig(v) for v in z1]
z2 = W2[0] * a1[0] + W2[1] * a1[1] + b2
a2 = sig(z2)
C = (y - a2) ** 2 / 2
sp2 = a2 * (1 - a2)
d2 = (a2 - y) * sp2
gW2 = [d2 * a1[j] for j in range(2)]
sp1 = [a1[j] * (1 - a1[j]) for j in range(2)]
d1 = [W2[j] * d2 * sp1[j] for j in range(2)]
gW1 = [[d1[j] * x[i] for i in range(2)] for j in range(2)]
W2n = [W2[j] - eta * gW2[j] for j in range(2)]
b2n = b2 - eta * d2
W1n = [[W1[j][i] - eta * gW1[j][i] for i in range(2)] for j in range(2)]
b1n = [b1[j] - eta * d1[j] for j in range(2)]


def box(s):
    """a printed rounded operand: the interval of half a unit around it"""
    u = unit(s) / 2
    return (D(s) - u, D(s) + u)


def rng(f, *ops):
    """interval of f over printed operands (strings: rounded results, boxes; Decimals: exact givens)"""
    boxes = [box(o) if isinstance(o, str) else (o, o) for o in ops]
    vals = [f(*c) for c in product(*boxes)]
    return min(vals), max(vals)


# ---- forward pass ----
L = line_of(r"\end{bmatrix} = \begin{bmatrix} 0.3775 \\ 0.3925 \end{bmatrix}")
chk("z11", L, "0.3775", z1[0], lo=z1[0]); chk("z12", L, "0.3925", z1[1], lo=z1[1])
chk("z11r", line_of(r"\frac{1}{1 + e^{-0.3775}} \\"), "0.3775", z1[0], up=("z11",))
chk("z12r", line_of(r"\frac{1}{1 + e^{-0.3925}}"), "0.3925", z1[1], up=("z12",))
L = line_of(r"\end{bmatrix} = \begin{bmatrix} 0.5930 \\ 0.5968 \end{bmatrix}")
chk("a11", L, "0.5930", a1[0], *rng(sig, "0.3775"), up=("z11r",),
    why="sigma(0.3775) = 1/(1 + 0.685570) = 0.593270, which is 0.5933 at four decimals (0.5930 is 3 units off)")
chk("a12", L, "0.5968", a1[1], up=("z12r",))   # 0.596884: one unit -> rule (b) (the exact sigma gives 0.5969)
L = line_of(r"z^{(2)} = W^{(2)}a^{(1)} + b^{(2)} = [0.40 \cdot 0.5930")
chk("a11r1", L, "0.5930", a1[0], up=("a11",))
chk("a12r1", L, "0.5968", a1[1], up=("a12",))
chk("z2", L, "1.0058", z2, *rng(lambda p, q: W2[0] * p + W2[1] * q + b2, "0.5930", "0.5968"), up=("a11r1", "a12r1"))
L = line_of(r"\frac{1}{1 + e^{-1.0058}} = 0.7322")
chk("z2r", L, "1.0058", z2, up=("z2",))
chk("a2", L, "0.7322", a2, *rng(sig, "1.0058"), up=("z2r",))
# ---- loss ----
L = line_of(r"(0.01 - 0.7322)^2 = 0.2600")
chk("a2r1", L, "0.7322", a2, up=("a2",))
chk("C", L, "0.2600", C, *rng(lambda p: (y - p) ** 2 / 2, "0.7322"), up=("a2r1",),
    why="1/2 (0.01 - 0.7322)^2 = 1/2 x 0.7222^2 = 1/2 x 0.52157 = 0.26078, i.e. 0.2608 (true 0.26079)")
# ---- backward pass ----
L = line_of(r"= 0.7322 \cdot (1 - 0.7322) = 0.1960")
chk("a2r2", L, "0.7322", a2, up=("a2",))
chk("sp2", L, "0.1960", sp2, *rng(lambda p: p * (1 - p), "0.7322"), up=("a2r2",),
    why="0.7322 x 0.2678 = 0.196083, i.e. 0.1961 for every a2 within half a unit of 0.7322 (true 0.196085); "
        "0.1960 is one unit short (cut, not rounded)")
L = line_of(r"\delta^{(2)} = (0.7322 - 0.01) \cdot 0.1960 = 0.1418")
chk("a2r3", L, "0.7322", a2, up=("a2",))
chk("sp2r", L, "0.1960", sp2, up=("sp2",))
chk("d2", L, "0.1418", d2, *rng(lambda p, q: (p - y) * q, "0.7322", "0.1960"), up=("a2r3", "sp2r"),
    why="(0.7322 - 0.01) x 0.1960 = 0.7222 x 0.1960 = 0.14155, i.e. 0.1416 (true 0.141614)")
L = line_of(r"= 0.1418 \cdot [0.5930, 0.5968] = [0.0841, 0.0846]")
chk("d2r1", L, "0.1418", d2, up=("d2",))
chk("a11r2", L, "0.5930", a1[0], up=("a11",))
chk("a12r2", L, "0.5968", a1[1], up=("a12",))
chk("gW21", L, "0.0841", gW2[0], *rng(lambda p, q: p * q, "0.1418", "0.5930"), up=("d2r1", "a11r2"))
chk("gW22", L, "0.0846", gW2[1], *rng(lambda p, q: p * q, "0.1418", "0.5968"), up=("d2r1", "a12r2"))
chk("gb2", line_of(r"\frac{\partial C}{\partial b^{(2)}} = \delta^{(2)} = 0.1418"), "0.1418", d2, up=("d2",))
chk("a11r3", line_of("0.5930(1 - 0.5930)"), "0.5930", a1[0], up=("a11",))
chk("a12r3", line_of("0.5968(1 - 0.5968)"), "0.5968", a1[1], up=("a12",))
chk("sp11", line_of("0.2414 \\\\", 1), "0.2414", sp1[0], *rng(lambda p: p * (1 - p), "0.5930"), up=("a11r3",))
chk("sp12", line_of("0.2406", 1), "0.2406", sp1[1], *rng(lambda p: p * (1 - p), "0.5968"), up=("a12r3",))
chk("d2r2", line_of(r"\end{bmatrix} \cdot 0.1418 \odot \begin{bmatrix}"), "0.1418", d2, up=("d2",))
chk("sp11r", line_of("0.2414 \\\\", 2), "0.2414", sp1[0], up=("sp11",))
chk("sp12r", line_of("0.2406", 2), "0.2406", sp1[1], up=("sp12",))
chk("d11", line_of("0.0137 \\\\", 1), "0.0137", d1[0], *rng(lambda p, q: W2[0] * p * q, "0.1418", "0.2414"),
    up=("d2r2", "sp11r"))
chk("d12", line_of("0.0153", 1), "0.0153", d1[1], *rng(lambda p, q: W2[1] * p * q, "0.1418", "0.2406"),
    up=("d2r2", "sp12r"))
L = line_of(r"0.0137 \cdot 0.05 & 0.0137 \cdot 0.10 \\")
chk("d11r1", L, "0.0137", d1[0], up=("d11",))
L = line_of(r"0.0153 \cdot 0.05 & 0.0153 \cdot 0.10")
chk("d12r1", L, "0.0153", d1[1], up=("d12",))
L = line_of(r"0.0007 & 0.0014 \\", 1)
chk("gW111", L, "0.0007", gW1[0][0], *rng(lambda p: p * x[0], "0.0137"), up=("d11r1",))
chk("gW112", L, "0.0014", gW1[0][1], *rng(lambda p: p * x[1], "0.0137"), up=("d11r1",))
L = line_of(r"0.0008 & 0.0015", 1)
chk("gW121", L, "0.0008", gW1[1][0], *rng(lambda p: p * x[0], "0.0153"), up=("d12r1",))
chk("gW122", L, "0.0015", gW1[1][1], *rng(lambda p: p * x[1], "0.0153"), up=("d12r1",))
chk("gb11", line_of("0.0137 \\\\", 2), "0.0137", d1[0], up=("d11",))
chk("gb12", line_of("0.0153", 3), "0.0153", d1[1], up=("d12",))
# ---- updates ----
L = line_of(r"[0.40, 0.45] - 0.01 \cdot [0.0841, 0.0846] = [0.3992, 0.4492]")
chk("gW21r", L, "0.0841", gW2[0], up=("gW21",)); chk("gW22r", L, "0.0846", gW2[1], up=("gW22",))
chk("W2n1", L, "0.3992", W2n[0], *rng(lambda p: W2[0] - eta * p, "0.0841"), up=("gW21r",))
chk("W2n2", L, "0.4492", W2n[1], *rng(lambda p: W2[1] - eta * p, "0.0846"), up=("gW22r",))
L = line_of(r"= 0.50 - 0.01 \cdot 0.1418 = 0.4986")
chk("d2r3", L, "0.1418", d2, up=("d2",))
chk("b2n", L, "0.4986", b2n, *rng(lambda p: b2 - eta * p, "0.1418"), up=("d2r3",))
L = line_of(r"0.0007 & 0.0014 \\", 2)
chk("gW111r", L, "0.0007", gW1[0][0], up=("gW111",)); chk("gW112r", L, "0.0014", gW1[0][1], up=("gW112",))
L = line_of(r"0.0008 & 0.0015", 2)
chk("gW121r", L, "0.0008", gW1[1][0], up=("gW121",)); chk("gW122r", L, "0.0015", gW1[1][1], up=("gW122",))
CUT = ("W1 - 0.01 x gradient: {0} - 0.01 x {1} = {2}, i.e. {3} at four decimals; the page prints {4} (cut "
       "after four decimals instead of rounded)")
L = line_of(r"0.1499 & 0.1999 \\")
chk("W1n11", L, "0.1499", W1n[0][0], *rng(lambda p: W1[0][0] - eta * p, "0.0007"), up=("gW111r",),
    why=CUT.format("0.15", "0.0007", "0.149993", "0.1500", "0.1499"))
chk("W1n12", L, "0.1999", W1n[0][1], *rng(lambda p: W1[0][1] - eta * p, "0.0014"), up=("gW112r",),
    why=CUT.format("0.20", "0.0014", "0.199986", "0.2000", "0.1999"))
L = line_of(r"0.2499 & 0.2999")
chk("W1n21", L, "0.2499", W1n[1][0], *rng(lambda p: W1[1][0] - eta * p, "0.0008"), up=("gW121r",),
    why=CUT.format("0.25", "0.0008", "0.249992", "0.2500", "0.2499"))
chk("W1n22", L, "0.2999", W1n[1][1], *rng(lambda p: W1[1][1] - eta * p, "0.0015"), up=("gW122r",),
    why=CUT.format("0.30", "0.0015", "0.299985", "0.3000", "0.2999"))
chk("d11r2", line_of("0.0137 \\\\", 3), "0.0137", d1[0], up=("d11",))
chk("d12r2", line_of("0.0153", 4), "0.0153", d1[1], up=("d12",))
chk("b1n1", line_of("0.3499 \\\\"), "0.3499", b1n[0], *rng(lambda p: b1[0] - eta * p, "0.0137"), up=("d11r2",))
chk("b1n2", line_of("0.3498", 1), "0.3498", b1n[1], *rng(lambda p: b1[1] - eta * p, "0.0153"), up=("d12r2",))

NOTES = (
    "An excerpt (the worked example only) of a Jekyll blog post: a 2-2-1 sigmoid network on Mazur's inputs and "
    "first-layer weights (x = (0.05, 0.10), W1 = [[0.15, 0.20], [0.25, 0.30]], b1 = 0.35) with one output, W2 = "
    "[0.40, 0.45], b2 = 0.50, y = 0.01, eta = 0.01. The page's conventions (C = 1/2 (y - a)^2, delta2 = (a2 - y) "
    "a2 (1 - a2), delta1 = W2^T delta2 * a1 (1 - a1), theta <- theta - eta grad) are standard and followed. Six "
    "first errors: a^(1)_1 = sigma(0.3775) printed 0.5930 (0.5933; line 36); C = 1/2 (0.01 - 0.7322)^2 printed "
    "0.2600 (0.2608; line 56); sigma' = 0.7322 (1 - 0.7322) printed 0.1960 (0.1961; line 70); delta2 = (0.7322 - "
    "0.01) x 0.1960 printed 0.1418 (0.1416; line 74); the four updated W1 entries printed 0.1499, 0.1999, 0.2499, "
    "0.2999 where W - 0.01 x grad gives 0.149993, 0.199986, 0.249992, 0.299985, i.e. 0.1500, 0.2000, 0.2500, "
    "0.3000 (lines 155-156). Propagated: lines that restate the wrong 0.5930 (42, 80, 95) or 0.1418 (80, 84, 107, "
    "144), and line 48 (see below); their own arithmetic is right from the printed operands. Close calls: a^(1)_2 = 0.5968 (true 0.596884, "
    "0.5969) is within one unit, right by rule (b), so its restatements are right; z^(2) = 1.0058 (line 42) "
    "follows from the printed operands but is 0.000106 from the true 1.005906 (1.0059) - more than one unit, "
    "because the wrong 0.5930 moves it by 0.4 x 0.00027 - so it is wrong, propagated, and line 48, which restates "
    "it in e^{-1.0058}, is wrong, propagated, although its 0.7322 is right (a reading that compares with the "
    "rounded true value 1.0059 would call 1.0058 right and line 48 right); 0.1960 restated on line 74 is within one unit of "
    "the true 0.196085 (rule b) - line 74 is wrong for its own 0.1418; sigma' = 0.1960 (line 70) and the W1 "
    "updates (lines 155-156) are one unit from the right values and are wrong only by rule (a), the page cutting "
    "digits instead of rounding; the hidden delta 0.0153 (line 112): 0.45 x 0.1418 x 0.2406 = 0.015353 would give "
    "0.0154, but with the rounded operands taken within half a unit the product can be 0.015344 (0.0153), and the "
    "true value is 0.015334 (0.0153): right; the gradients 0.0841 and 0.0846 follow from 0.1418 and are within one "
    "unit of the true 0.084015 and 0.084527, so restating them on line 140 is right. Lines 25-26 print only the "
    "expressions of givens and are in neither list; bmatrix result lines are judged against the operands printed in "
    "the same display.")

if __name__ == "__main__":
    main()
