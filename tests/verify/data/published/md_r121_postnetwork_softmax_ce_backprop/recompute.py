#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of Bindeshwar Singh Kushwaha's
PostNetwork Academy post "Understanding Neural Networks: Softmax, Cross-Entropy, and Backpropagation": one forward
pass of a 3-2-2 network (sigmoid hidden layer, softmax output), cross-entropy loss for y = [1, 0], then the output-
layer gradient formulas (symbolic only, no numbers).

Plain Python 3 (decimal at 60 digits); imports nothing from nnwalk.

Givens (doc.md lines 11-13, 20): x = (1, 2, -1); w1..w3 = 0.2, -0.3, 0.4 into h1; w4..w6 = -0.5, 0.1, 0.2 into h2;
shared hidden bias b1 = 0.5; w7 = 0.3, w8 = -0.1, w9 = 0.4, w10 = 0.2, shared output bias b2 = 0.1; y = [1, 0].
The page's own wiring (followed here): z3 = w7*a1 + w9*a2 + b2 and z4 = w8*a1 + w10*a2 + b2 (its printed sums use
exactly these weights).

Judging rule (p printed, u one unit in its last digit):
 (a) p printed as the result of an expression of numbers on its line: right iff some choice of the rounded operands
     (each within half a unit of its printed last digit; givens exact) makes the expression round to p;
 (b) a value printed without working: right within one unit of the true value;
 (c) a value computed from a wrong value and itself off from the true value is wrong, propagated.
Usage: python3 recompute.py [--write-expected]
"""
import itertools
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, Decimal as D, getcontext

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOCFILE = "doc.md"
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")
SOURCE = "https://www.postnetwork.co/understanding-neural-networks-softmax-cross-entropy-and-backpropagation"
LICENSE = ("none stated (PostNetwork Academy blog post, all rights reserved by default); doc.md is an excerpt of "
           "only the worked part of the page text, line for line, MathJax \\( \\) markup kept, the tail cut")


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r" % (DOCFILE, sub))
    return hits[nth - 1]


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def sig(z):
    return 1 / (1 + (-D(z)).exp())


def ln(x):
    return D(x).ln()


def reachable(p, f, ops):
    """(a): can f(operands), each operand in its half-unit interval (None = exact), round to p?"""
    grids = []
    for v, rounded in ops:
        v = D(v)
        if not rounded:
            grids.append([v])
        else:
            h = unit(v) / 2
            grids.append([v - h + h * k / 10 for k in range(21)])
    vals = [f(*c) for c in itertools.product(*grids)]
    lo, hi = min(vals), max(vals)
    return rnd(lo, p) <= D(p) <= rnd(hi, p) or rnd(lo, p) == D(p) or rnd(hi, p) == D(p)


# ---- true values ----
x1, x2, x3 = D(1), D(2), D(-1)
w = {i: D(v) for i, v in zip(range(1, 11), "0.2 -0.3 0.4 -0.5 0.1 0.2 0.3 -0.1 0.4 0.2".split())}
b1, b2 = D("0.5"), D("0.1")
Z1 = w[1] * x1 + w[2] * x2 + w[3] * x3 + b1
Z2 = w[4] * x1 + w[5] * x2 + w[6] * x3 + b1
A1, A2 = sig(Z1), sig(Z2)
Z3 = w[7] * A1 + w[9] * A2 + b2
Z4 = w[8] * A1 + w[10] * A2 + b2
Y1 = 1 / (1 + (Z4 - Z3).exp())
Y2 = 1 - Y1
L = -ln(Y1)

WRONG, RIGHT, REPORT = [], [], []


def judge(line, printed, true, arith_ok, upstream_wrong, why_first, why_prop):
    near = abs(D(printed) - rnd(true, printed)) <= unit(printed)
    if not arith_ok:
        kind, why = "first", why_first
    elif upstream_wrong and not near:
        kind, why = "propagated", why_prop
    elif not near:
        kind, why = "first", why_first
    else:
        kind = None
    REPORT.append("line %3d  printed %-7s true %-10s %s" % (line, printed, str(rnd(true, "0.00001")),
                                                           kind or "right"))
    if kind:
        WRONG.append({"line": line, "page": None, "printed": printed, "correct": str(rnd(true, printed)),
                      "kind": kind, "why": why})
        return True
    RIGHT.append(line)
    return False


l = line_of(r"\(z^{(1)} = 0.2(1)")
judge(l, "-0.3", Z1, Z1 == D("-0.3"), False, "", "")
l = line_of(r"\(z^{(2)} = -0.5(1)")
judge(l, "0", Z2, Z2 == 0, False, "", "")
l = line_of(r"\(a^{(1)} = \sigma(z^{(1)})")
judge(l, "0.426", A1, rnd(sig(D("-0.3")), "0.426") == D("0.426"), False, "", "")
l = line_of(r"\(a^{(2)} = \sigma(z^{(2)})")
judge(l, "0.5", A2, sig(0) == D("0.5"), False, "", "")
l = line_of(r"\(z^{(3)} = 0.3(0.426)")
ok = reachable("0.428", lambda a, b: D("0.3") * a + D("0.4") * b + D("0.1"), [("0.426", True), ("0.5", False)])
judge(l, "0.428", Z3, ok, False, "", "")
l = line_of(r"\(z^{(4)} = -0.1(0.426)")
ok = reachable("0.185", lambda a, b: D("-0.1") * a + D("0.2") * b + D("0.1"), [("0.426", True), ("0.5", False)])
z4_wrong = judge(l, "0.185", Z4, ok, False,
                 "-0.1(0.426) + 0.2(0.5) + 0.1 = -0.0426 + 0.1 + 0.1 = 0.1574, not 0.185", "")
l = line_of(r"\(\hat{y}_1 = \dfrac{e^{0.428}}")
ok = reachable("0.561", lambda a, b: 1 / (1 + (b - a).exp()), [("0.428", True), ("0.185", True)])
y1_wrong = judge(l, "0.561", Y1, ok, z4_wrong, "softmax of the printed logits does not give 0.561",
                 "the division is right for the printed logits, but z4 = 0.185 is wrong; with z4 = 0.1574 "
                 "y1 = 1/(1+e^(0.1574-0.4278)) = 0.567")
l = line_of(r"\(\hat{y}_2 = \dfrac{e^{0.185}}")
ok = reachable("0.439", lambda a, b: 1 / (1 + (a - b).exp()), [("0.428", True), ("0.185", True)])
judge(l, "0.439", Y2, ok, z4_wrong, "softmax of the printed logits does not give 0.439",
      "computed from the wrong z4 = 0.185; true y2 = 1 - 0.5672 = 0.433")
l = line_of(r"\(L = -(1 \cdot \ln(0.561))")
ok = reachable("0.579", lambda a: -ln(a), [("0.561", True)])
judge(l, "0.579", L, ok, y1_wrong, "-ln(0.561) does not round to 0.579",
      "-ln of the wrong y1 = 0.561 (itself off because z4 is wrong); true L = -ln(0.5672) = 0.567")

NOTES = ("Only the forward pass and the loss carry numbers; the gradient lines (Step 6-13) are symbolic and judged "
         "in neither list. The page wires z3 = w7*a1 + w9*a2 + b2 and z4 = w8*a1 + w10*a2 + b2 in its printed sums "
         "while its gradient formulas pair w8 with a2 and w9 with a1; no number depends on that, the recomputation "
         "follows the printed sums. Close calls: y1 = 0.561 from the printed logits is 0.56046 with 0.428/0.185 "
         "taken exactly, 0.561 is reachable only with the logits inside their half-unit intervals (difference "
         "0.2435+), so the arithmetic of that line is accepted and the line is wrong only as propagated; likewise "
         "-ln(0.561) = 0.57803 and 0.579 is reachable with y1 = 0.5605-0.5606. a(1) = 0.426 is sigma(-0.3) = 0.42556.")

for r in REPORT:
    print(r)
print("wrong: %d (first %d, propagated %d); right: %d" % (
    len(WRONG), sum(1 for x in WRONG if x["kind"] == "first"), sum(1 for x in WRONG if x["kind"] == "propagated"),
    len(RIGHT)))
if "--write-expected" in sys.argv:
    out = {"file": DOCFILE, "format": "md", "source": SOURCE, "license": LICENSE, "wrong": WRONG,
           "right": sorted(RIGHT), "notes": NOTES}
    (HERE / "expected.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote expected.json")
