#!/usr/bin/env python3
"""Independent recomputation of every computed number in doc.md, an excerpt of Deepak Shankargouda's note
"Ch.3 - Backprop & Optimisers" (repository deepakshamsft/ai-portfolio,
notes/01-ml/03-neural-networks/ch03-backprop-optimisers/README.md): the section "Numeric Walkthrough - Tiny Backward
Pass" (x = 0.5 -> z = W1 x -> ReLU -> y_hat = W2 a, target 1, MSE L = (y_hat - y)^2, eta = 0.1, two epochs by hand)
and the optional "Full Network Walkthrough" (3 inputs -> 2 ReLU hidden -> 1 linear output, no biases, one SGD step
with eta = 0.01 on the San Jose district, then a second forward pass).

True values: the exact chain from the givens (no intermediate rounding). The page carries its rounded weights
(0.635, 0.453, ...) forward; by the corpus rule a rounded operand may be taken anywhere within half a unit of its last
digit, so lines redone from printed operands are checked with that interval.

Judging rule (p printed, u one unit in its last digit):
 (a) p printed as the result of an expression of numbers printed on the line: right only when the expression redone
     from those numbers (rounded operands within +-u/2) rounds to p; otherwise wrong, first;
 (b) p printed without working, or restated: right within one unit of the true value (or when it follows from
     printed correct operands);
 (c) restated wrong values, and values computed from wrong ones that are themselves off, are wrong, propagated.
Plain Python (fractions/decimal); no nnwalk import.
Usage: python3 recompute.py [--write-expected]
"""
import json
import pathlib
import sys
from decimal import Decimal as D, ROUND_HALF_UP, getcontext
from fractions import Fraction as F

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOCFILE = "doc.md"
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")
SOURCE = ("https://github.com/deepakshamsft/ai-portfolio/blob/d192a5220779bce30e6b397bc4caada5a41c3d23/"
          "notes/01-ml/03-neural-networks/ch03-backprop-optimisers/README.md")
LICENSE = ("none (no LICENSE file in the repository); doc.md is an excerpt of only the worked equations, tables and "
           "code blocks of section 3.2's two numeric walkthroughs, line for line, prose removed")


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def dec(x):
    return D(x.numerator) / D(x.denominator) if isinstance(x, F) else D(x)


def unit(p):
    return D(1).scaleb(D(p.replace("−", "-")).as_tuple().exponent)


def rnd(x, p):
    return dec(x).quantize(unit(p), rounding=ROUND_HALF_UP)


CHECKS = []


def chk(line, printed, true, ops=None, upstream_wrong=False, restated_wrong=False, why=""):
    """ops: (lo, hi) of the expression redone from the printed operands (rule a); None for rule (b)."""
    if printed not in DOC[line - 1]:
        raise SystemExit("line %d does not print %r" % (line, printed))
    p = D(printed.replace("−", "-"))
    u = unit(printed)
    near_true = abs(p - rnd(true, printed)) <= u
    if ops is not None:
        lo, hi = sorted([dec(ops[0]), dec(ops[1])])
        ok_a = rnd(lo, printed) <= p <= rnd(hi, printed)
        if not ok_a:
            verdict = "first"
        elif upstream_wrong and not near_true:
            verdict = "propagated"
        else:
            verdict = None
    else:
        verdict = None if near_true else ("propagated" if (restated_wrong or upstream_wrong) else "first")
    CHECKS.append(dict(line=line, printed=printed, true=true, verdict=verdict, why=why))


def iv(f, *vals):
    """interval of f over operands given as (value, halfwidth) pairs (monotone pieces: try all corners)."""
    import itertools
    corners = [f(*c) for c in itertools.product(*[(v - h, v + h) for v, h in vals])]
    return min(corners), max(corners)


def ex(v):
    return (F(v), F(0))


def rd(v, places):
    return (F(v), F(1, 2 * 10 ** places))


# ---------------- tiny network: givens and exact chain ----------------
x, y, eta = F(1, 2), F(1), F(1, 10)
W1, W2 = F(2, 5), F(3, 5)
z = W1 * x; a = z; yh = W2 * a; L0 = (yh - y) ** 2
dy = 2 * (yh - y); gW2 = dy * a; gW1 = dy * W2 * x
W2b = W2 - eta * gW2; W1b = W1 - eta * gW1
zb = W1b * x; ab = zb; yhb = W2b * ab; L1 = (yhb - y) ** 2
dyb = 2 * (yhb - y); gW2b = dyb * ab; gW1b = dyb * W2b * x
W2c = W2b - eta * gW2b; W1c = W1b - eta * gW1b
zc = W1c * x; yhc = W2c * zc; L2 = (yhc - y) ** 2

l = line_of(r"$z_1 = W_1 \cdot x = 0.4 \times 0.5$")
chk(l, "0.20", z, (z, z), why="z1 = 0.4*0.5")
l = line_of(r"$a_1 = \text{ReLU}(0.20)$")
chk(l, "0.20", a, (a, a), why="ReLU(0.20)")
l = line_of(r"= W_2 \cdot a_1 = 0.6 \times 0.20$")
chk(l, "0.12", yh, (yh, yh), why="y_hat = 0.6*0.20")
l = line_of(r"(0.12 - 1.0)^2$")
chk(l, "0.7744", L0, (L0, L0), why="(0.12-1)^2")
l = line_of(r"2(0.12 - 1.0) = -1.76")
chk(l, "-1.76", dy, (dy, dy), why="2(y_hat - y)")
l = line_of(r"-1.76 \times 0.20 = -0.352")
chk(l, "-0.352", gW2, (gW2, gW2), why="dL/dW2")
l = line_of(r"-1.76 \times 0.6 \times 1 \times 0.5 = -0.528")
chk(l, "-0.528", gW1, (gW1, gW1), why="dL/dW1")
l = line_of(r"0.6 - 0.1 \times (-0.352) = 0.635")
chk(l, "0.635", W2b, (W2b, W2b), why="W2 update 0.6352")
l = line_of(r"0.4 - 0.1 \times (-0.528) = 0.453")
chk(l, "0.453", W1b, (W1b, W1b), why="W1 update 0.4528")
l = line_of("After Epoch 1")
chk(l, "0.635", W2b, why="restated"); chk(l, "0.453", W1b, why="restated")
l = line_of("with updated weights")
chk(l, "0.453", W1b, why="restated"); chk(l, "0.635", W2b, why="restated")
l = line_of(r"0.453 \times 0.5$ | $0.2265$")
chk(l, "0.2265", zb, iv(lambda w: w * x, rd("0.453", 3)), why="z1 = 0.453*0.5")
l = line_of(r"\text{ReLU}(0.2265)$")
chk(l, "0.2265", zb, iv(lambda w: w * x, rd("0.453", 3)), why="ReLU restates z1")
l = line_of(r"0.635 \times 0.2265$")
chk(l, "0.1438", yhb, iv(lambda w, v: w * v, rd("0.635", 3), rd("0.2265", 4)), why="0.635*0.2265")
chk(l, "0.144", yhb, iv(lambda w, v: w * v, rd("0.635", 3), rd("0.2265", 4)), why="0.1438 rounded")
l = line_of(r"(0.144 - 1.0)^2$")
chk(l, "0.7327", L1, iv(lambda v: (v - 1) ** 2, rd("0.144", 3)), why="(0.144-1)^2 = 0.732736")
chk(l, "0.733", L1, iv(lambda v: (v - 1) ** 2, rd("0.144", 3)), why="0.7327 rounded")
l = line_of("Loss dropped")
chk(l, "0.7744", L0, why="restated"); chk(l, "0.733", L1, why="restated")
l = line_of(r"2 \times (-0.856) = -1.712")
chk(l, "-0.856", yhb - y, iv(lambda v: v - 1, rd("0.144", 3)), why="0.144 - 1")
chk(l, "-1.712", dyb, iv(lambda v: 2 * (v - 1), rd("0.144", 3)), why="2*(-0.856)")
l = line_of(r"-1.712 \times 0.2265 = -0.388")
chk(l, "-0.388", gW2b, iv(lambda g, v: g * v, ex("-1.712"), rd("0.2265", 4)), why="-1.712*0.2265 = -0.387768")
l = line_of(r"-1.712 \times 0.635 \times 1 \times 0.5 = -0.543")
chk(l, "-0.543", gW1b, iv(lambda g, w: g * w * x, ex("-1.712"), rd("0.635", 3)),
    why="-1.712*0.635*0.5 = -0.54356 (-0.544), but 0.635 is a rounded weight: -1.712*0.6345*0.5 = -0.54313; "
        "true -0.54385: within one unit")
l = line_of(r"0.635 - 0.1 \times (-0.388)")
chk(l, "0.0388", -eta * gW2b, (F("0.0388"), F("0.0388")), why="0.1*0.388")
chk(l, "0.674", W2c, iv(lambda w: w + F("0.0388"), rd("0.635", 3)), why="0.635+0.0388 = 0.6738")
l = line_of(r"0.453 - 0.1 \times (-0.543)")
chk(l, "0.0543", -eta * gW1b, (F("0.0543"), F("0.0543")), why="0.1*0.543")
chk(l, "0.507", W1c, iv(lambda w: w + F("0.0543"), rd("0.453", 3)), why="0.453+0.0543 = 0.5073")
l = line_of(r"$z_1 = 0.507 \times 0.5 = 0.2535$")
chk(l, "0.2535", zc, iv(lambda w: w * x, rd("0.507", 3)), why="0.507*0.5")
l = line_of(r"0.674 \times 0.2535 = 0.1708")
chk(l, "0.1708", yhc, iv(lambda w, v: w * v, rd("0.674", 3), rd("0.2535", 4)),
    why="0.674*0.2535 = 0.170859 (0.1709), but 0.674 is rounded (0.6735*0.2535 = 0.17073); true 0.17091: one unit")
chk(l, "0.171", yhc, iv(lambda w, v: w * v, rd("0.674", 3), rd("0.2535", 4)), why="rounded")
l = line_of(r"New loss: $L = (0.171 - 1.0)^2 = 0.687$")
chk(l, "0.687", L2, iv(lambda v: (v - 1) ** 2, rd("0.171", 3)), why="(0.171-1)^2 = 0.687241")
chk(l, "0.733", L1, why="restated")
chk(l, "6.3", (L1 - L2) / L1 * 100, iv(lambda p, q: (p - q) / p * 100, rd("0.733", 3), rd("0.687", 3)),
    why="(0.733-0.687)/0.733 = 6.28%")
l = line_of("| 0 (init) |")
chk(l, "0.120", yh, why="restated"); chk(l, "0.774", L0, why="0.7744 rounded")
l = line_of("| 1 | 0.453 |")
for p, t in [("0.453", W1b), ("0.635", W2b), ("0.144", yhb), ("0.733", L1), ("−0.528", gW1), ("−0.352", gW2)]:
    chk(l, p, t, why="epoch-1 row restated")
l = line_of("| 2 | 0.507 |")
for p, t in [("0.507", W1c), ("0.674", W2c), ("0.171", yhc), ("0.687", L2), ("−0.543", gW1b), ("−0.388", gW2b)]:
    chk(l, p, t, why="epoch-2 row restated (true values; -0.543 vs -0.54385 is one unit)")

# ---------------- 3-layer walkthrough (San Jose), exact chain ----------------
X = [F("8.3"), F("6.2"), F("37.3")]; Y = F("4.52"); eta2 = F(1, 100)
A = [[F("0.4"), F("0.2")], [F("0.3"), F("-0.1")], [F("0.1"), F("0.3")]]
V = [F("0.5"), F("0.4")]
Z = [sum(X[i] * A[i][j] for i in range(3)) for j in range(2)]
H = [max(F(0), t) for t in Z]
YH = sum(V[j] * H[j] for j in range(2)); LL = (YH - Y) ** 2
G = 2 * (YH - Y)
gV = [G * H[j] for j in range(2)]
dl = [V[j] * G * (1 if Z[j] > 0 else 0) for j in range(2)]
gA = [[X[i] * dl[j] for j in range(2)] for i in range(3)]
V2 = [V[j] - eta2 * gV[j] for j in range(2)]
A2 = [[A[i][j] - eta2 * gA[i][j] for j in range(2)] for i in range(3)]
Z2 = [sum(X[i] * A2[i][j] for i in range(3)) for j in range(2)]
H2 = [max(F(0), t) for t in Z2]
YH2 = sum(V2[j] * H2[j] for j in range(2)); LL2 = (YH2 - Y) ** 2

l = line_of("= [3.32 + 1.86 + 3.73, 1.66 - 0.62 + 11.19]")
for p, t in [("3.32", X[0] * A[0][0]), ("1.86", X[1] * A[1][0]), ("3.73", X[2] * A[2][0]),
             ("1.66", X[0] * A[0][1]), ("0.62", -X[1] * A[1][1]), ("11.19", X[2] * A[2][1])]:
    chk(l, p, t, (t, t), why="weight*input products")
l = line_of("= [8.91, 12.23]")
chk(l, "8.91", Z[0], (Z[0], Z[0]), why="3.32+1.86+3.73"); chk(l, "12.23", Z[1], (Z[1], Z[1]), why="1.66-0.62+11.19")
l = line_of("h = ReLU(z₁) = [8.91, 12.23]")
chk(l, "8.91", H[0], why="ReLU"); chk(l, "12.23", H[1], why="ReLU")
l = line_of("= 4.455 + 4.892 = 9.347")
chk(l, "4.455", V[0] * H[0], (V[0] * H[0],) * 2, why="0.5*8.91")
chk(l, "4.892", V[1] * H[1], (V[1] * H[1],) * 2, why="0.4*12.23")
chk(l, "9.347", YH, (YH, YH), why="sum")
l = line_of("(9.347 - 4.52)² = 23.30")
chk(l, "23.30", LL, (LL, LL), why="4.827^2 = 23.2999")
l = line_of("2(9.347 - 4.52) = 9.654")
chk(l, "9.654", G, (G, G), why="2*4.827")
l = line_of("9.654 × [8.91, 12.23]ᵀ")
chk(l, "9.654", G, why="restated"); chk(l, "8.91", H[0], why="restated"); chk(l, "12.23", H[1], why="restated")
l = line_of("= [86.0, 118.1]")
chk(l, "86.0", gV[0], (gV[0],) * 2, why="9.654*8.91 = 86.017")
chk(l, "118.1", gV[1], (gV[1],) * 2, why="9.654*12.23 = 118.068")
l = line_of("([0.5, 0.4] × 9.654)")
chk(l, "9.654", G, why="restated")
l = line_of("= [4.827, 3.862]")
chk(l, "4.827", dl[0], (dl[0],) * 2, why="0.5*9.654"); chk(l, "3.862", dl[1], (dl[1],) * 2, why="0.4*9.654 = 3.8616")
l = line_of("× [4.827, 3.862]")
chk(l, "4.827", dl[0], why="restated"); chk(l, "3.862", dl[1], why="restated")
l = line_of("= [[40.06, 32.05],")
chk(l, "40.06", gA[0][0], iv(lambda d: X[0] * d, ex("4.827")), why="8.3*4.827 = 40.064")
chk(l, "32.05", gA[0][1], iv(lambda d: X[0] * d, rd("3.862", 3)), why="8.3*3.862 = 32.055")
l = line_of("[29.93, 23.94],")
chk(l, "29.93", gA[1][0], iv(lambda d: X[1] * d, ex("4.827")), why="6.2*4.827 = 29.927")
chk(l, "23.94", gA[1][1], iv(lambda d: X[1] * d, rd("3.862", 3)), why="6.2*3.862 = 23.944")
l = line_of("[180.05, 144.09]]")
chk(l, "180.05", gA[2][0], iv(lambda d: X[2] * d, ex("4.827")), why="37.3*4.827 = 180.047")
chk(l, "144.09", gA[2][1], iv(lambda d: X[2] * d, rd("3.862", 3)),
    why="37.3*3.862 = 144.05 (144.04-144.07 with 3.862 +-0.0005; true 37.3*3.8616 = 144.04)")
l = line_of("0.01×[[86.0], [118.1]]")
chk(l, "86.0", gV[0], why="restated"); chk(l, "118.1", gV[1], why="restated")
l = line_of("= [[0.5 - 0.860], [0.4 - 1.181]]")
chk(l, "0.860", eta2 * gV[0], iv(lambda g: g / 100, rd("86.0", 1)), why="0.01*86.0")
chk(l, "1.181", eta2 * gV[1], iv(lambda g: g / 100, rd("118.1", 1)), why="0.01*118.1")
l = line_of("= [[-0.360], [-0.781]]")
chk(l, "-0.360", V2[0], (F("-0.36"),) * 2, why="0.5-0.860"); chk(l, "-0.781", V2[1], (F("-0.781"),) * 2, why="0.4-1.181")
l = line_of("0.01×[40.06, 29.93, 180.05]ᵀ")
for p, t in [("40.06", gA[0][0]), ("29.93", gA[1][0]), ("180.05", gA[2][0])]:
    chk(l, p, t, why="restated")
l = line_of("= [0.399, 0.300, 0.098]")
chk(l, "0.399", A2[0][0], iv(lambda g: F("0.4") - g / 100, rd("40.06", 2)),
    why="0.4 - 0.01*40.06 = -0.0006 (the page subtracts 0.001, i.e. uses eta 0.0001 for W1)")
chk(l, "0.300", A2[1][0], iv(lambda g: F("0.3") - g / 100, rd("29.93", 2)), why="0.3 - 0.2993 = 0.0007")
chk(l, "0.098", A2[2][0], iv(lambda g: F("0.1") - g / 100, rd("180.05", 2)), why="0.1 - 1.8005 = -1.7005")
l = line_of("z₁ = [8.89, 12.21]  (barely changed)")
chk(l, "8.89", Z2[0],
    why="no working; true -63.43 with the updated W1 (both hidden units go negative, ReLU = 0); not even the page's "
        "own W1 column [0.399, 0.300, 0.098] gives it (8.83)")
chk(l, "12.21", Z2[1], why="no working (the page's own eta/10 step would give 11.65); true -45.64 (second W1 column updated with eta 0.01)")
l = line_of("h = [8.89, 12.21]")
chk(l, "8.89", H2[0], restated_wrong=True, why="restated wrong z1; true h = 0")
chk(l, "12.21", H2[1], restated_wrong=True, why="restated wrong z1; true h = 0")
l = line_of("= -3.20 - 9.54 = -12.74")
chk(l, "-0.360", V2[0], why="restated"); chk(l, "-0.781", V2[1], why="restated")
chk(l, "8.89", H2[0], restated_wrong=True, why="restated wrong h")
chk(l, "12.21", H2[1], restated_wrong=True, why="restated wrong h")
chk(l, "-3.20", V2[0] * H2[0], iv(lambda w, h: w * h, rd("-0.360", 3), rd("8.89", 2)), upstream_wrong=True,
    why="-0.360*8.89 = -3.2004 from the printed numbers; true 0 (h = 0)")
chk(l, "9.54", -V2[1] * H2[1], iv(lambda w, h: -w * h, rd("-0.781", 3), rd("12.21", 2)), upstream_wrong=True,
    why="-0.781*12.21 = -9.536; true 0")
chk(l, "-12.74", YH2, iv(lambda p, q: p - q, rd("-3.20", 2), rd("9.54", 2)), upstream_wrong=True,
    why="-3.20-9.54 right from the printed numbers; true y_hat 0")
l = line_of("L = (-12.74 - 4.52)² = 297.2")
chk(l, "297.2", LL2, iv(lambda v: (v - Y) ** 2, rd("-12.74", 2)),
    why="(-12.74-4.52)^2 = 17.26^2 = 297.91 (297.7-298.1 with -12.74 +-0.005); true loss (0-4.52)^2 = 20.43")
l = line_of("Loss EXPLODED from 23.30")
chk(l, "23.30", LL, why="restated"); chk(l, "297.2", LL2, restated_wrong=True, why="restated wrong loss")

# ---------------- report ----------------
CORRECT = {
    line_of("[180.05, 144.09]]"): "144.05 (37.3*3.862; 144.04 from the exact 3.8616)",
    line_of("= [0.399, 0.300, 0.098]"): "[-0.0006, 0.0007, -1.7005]",
    line_of("z₁ = [8.89, 12.21]  (barely changed)"): "[-63.43, -45.64] (both negative)",
    line_of("h = [8.89, 12.21]"): "[0, 0]",
    line_of("= -3.20 - 9.54 = -12.74"): "y_hat = 0 (h = 0): terms 0, 0",
    line_of("L = (-12.74 - 4.52)² = 297.2"): "20.43 (true); 297.9 from the printed -12.74",
    line_of("Loss EXPLODED from 23.30"): "20.43",
}
bylines = {}
for c in CHECKS:
    bylines.setdefault(c["line"], []).append(c)
wrong, right = [], []
for ln in sorted(bylines):
    cs = bylines[ln]
    bad = [c for c in cs if c["verdict"]]
    for c in cs:
        print("line %3d %-8s true %-14s %s  %s" % (ln, c["printed"], str(rnd(c["true"], "0.00001")),
                                                  (c["verdict"] or "ok").ljust(10), c["why"]))
    if bad:
        kind = "first" if any(c["verdict"] == "first" for c in bad) else "propagated"
        wrong.append({"line": ln, "page": None, "printed": "; ".join(c["printed"] for c in bad),
                      "correct": CORRECT.get(ln) or "; ".join(str(rnd(c["true"], c["printed"])) for c in bad),
                      "kind": kind, "why": " | ".join(c["why"] for c in bad)})
    else:
        right.append(ln)
print("wrong:", [(w["line"], w["kind"]) for w in wrong])
print("right:", right)
if "--write-expected" in sys.argv:
    exp = {"file": DOCFILE, "format": "md", "source": SOURCE, "license": LICENSE, "wrong": wrong, "right": right,
           "notes": ("Two walkthroughs. (1) Tiny two-weight ReLU chain trained two epochs by hand: all right. Close "
                     "calls: dL/dW1 = -1.712*0.635*0.5 printed -0.543 (exactly -0.54356, but 0.635 is the rounded "
                     "0.6352, and -1.712*0.6345*0.5 = -0.54313; true -0.54385 is one unit away) and y_hat = "
                     "0.674*0.2535 printed 0.1708 (exactly 0.170859, but 0.674 is the rounded 0.6738; true 0.17091) "
                     "- both judged right by the rounded-operand allowance. (2) 3-2-1 ReLU net, one SGD step with "
                     "eta 0.01: 37.3*3.862 printed 144.09 (144.05); the first W1 column printed [0.399, 0.300, "
                     "0.098] where 0.4-0.4006, 0.3-0.2993, 0.1-1.8005 give [-0.0006, 0.0007, -1.7005] (the page "
                     "subtracts a tenth of the step); the second forward pass z1 = [8.89, 12.21] has no working and "
                     "matches neither the true update (both pre-activations negative, h = 0, y_hat = 0, L = 20.43) "
                     "nor the page's own column (8.83) - judged first; the y_hat line is arithmetic-right from its "
                     "printed numbers but propagated; L = 17.26^2 printed 297.2 (297.91) - first. Givens (x, W, "
                     "targets, eta, data table, initial weight bullets) are in neither list; lines 64-65 of the code "
                     "block hold only givens.")}
    (HERE / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote expected.json")
