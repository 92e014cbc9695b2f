#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of D. K. Bhaskaran's blog post
"A peek into Artificial intelligence - Loss, Gradients and Back propagation" (dkbhaskaran.github.io, 2025-06-14):
one forward pass, BCE and MSE loss, backward pass and SGD update of a 2-3-1 network with a ReLU hidden layer (the
third hidden unit has pre-activation -0.01, so ReLU' = 0 and its gradients vanish) and a sigmoid output.

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Givens: x = (0.6, 0.4); W1 = [[0.2, -0.3], [0.4, 0.1], [-0.5, 0.6]]; b1 = (0.1, -0.2, 0.05); w2 = (0.3, -0.2, 0.5);
b2 = 0.05; target y = 1; learning rate 0.1. Backward pass uses the BCE gradient delta2 = y_hat - y (the page's own
derivation), ReLU'(a) = 1 if a > 0 else 0.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
 (a) a line printing p as the result of an expression of numbers printed on that line is right only when redoing it
     from those numbers rounds to p at p's digits (an operand that is itself a rounded earlier result may be taken
     anywhere within half a unit of its last digit; a given is exact); otherwise wrong, first;
 (b) a value printed without working (or restated) is right within one unit of its last digit of the true value,
     or when it follows from printed correct operands;
 (c) restated wrong values / values computed from wrong ones are wrong, propagated.
Usage:  python3 recompute.py [--write-expected]
"""
import json
import math
import pathlib
import sys
from decimal import Decimal as D, getcontext, ROUND_HALF_EVEN

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOCFILE = "doc.md"
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")
SOURCE = ("https://github.com/dkbhaskaran/dkbhaskaran.github.io/blob/e02d27e8ee1a6b02e288b8dbaa52145005cee0b0/"
          "_posts/2025-06-14-A-peek-into-Artificial-intelligence-Loss-Gradients-and-Back-propagation.md")
LICENSE = ("unclear: the repository's LICENSE is the MIT licence of the Chirpy Jekyll theme (Copyright (c) 2021 Cotes "
           "Chung), not a licence from the post's author; doc.md is an excerpt of only the worked equations and numbers")


def line_of(sub, nth=1, after=0):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t and i + 1 > after]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d after line %d)" % (DOCFILE, sub, nth, after))
    return hits[nth - 1]


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p))


def exp(x):
    return D(x).exp()


def sig(z):
    return 1 / (1 + exp(-D(z)))


def ln(x):
    return D(x).ln()


RESULTS = {}   # line -> list of (ok, printed, true, why)


def judge(line, printed, value, why, lo=None, hi=None):
    """value: true/recomputed value; lo/hi: range when an operand is a rounded earlier result (rule a)."""
    assert printed in DOC[line - 1], (line, printed, DOC[line - 1])
    p = D(printed)
    if lo is not None:
        a, b = sorted([D(lo), D(hi)])
        ok = (a - unit(p) / 2 <= p <= b + unit(p) / 2) or rnd(value, p) == p
    else:
        ok = abs(p - rnd(value, p)) <= unit(p) if "(b)" in why else rnd(value, p) == p
    RESULTS.setdefault(line, []).append((ok, printed, value, why))
    return ok


# ---- givens
x = [D("0.6"), D("0.4")]
W1 = [[D("0.2"), D("-0.3")], [D("0.4"), D("0.1")], [D("-0.5"), D("0.6")]]
b1 = [D("0.1"), D("-0.2"), D("0.05")]
w2 = [D("0.3"), D("-0.2"), D("0.5")]
b2 = D("0.05")
y = D(1)
eta = D("0.1")

# ---- forward (true values)
a1 = [W1[i][0] * x[0] + W1[i][1] * x[1] + b1[i] for i in range(3)]
z1 = [max(D(0), v) for v in a1]
a2 = sum(w2[i] * z1[i] for i in range(3)) + b2
yhat = sig(a2)
bce = -ln(yhat)
mse = (y - yhat) ** 2 / 2
d2 = yhat - y
g = [w2[i] * d2 for i in range(3)]
relu_p = [D(1) if v > 0 else D(0) for v in a1]
d1 = [g[i] * relu_p[i] for i in range(3)]
gW2 = [d2 * z1[i] for i in range(3)]
gW1 = [[d1[i] * x[j] for j in range(2)] for i in range(3)]
nw2 = [w2[i] - eta * gW2[i] for i in range(3)]
nW1 = [[W1[i][j] - eta * gW1[i][j] for j in range(2)] for i in range(3)]
nb2 = b2 - eta * d2
nb1 = [b1[i] - eta * d1[i] for i in range(3)]

# ---- a^(1) vector and ReLU
L = line_of(r"{a^{(1)}} = W^{(1)}")
for k, (s, v) in enumerate(zip(["0.1", "0.08", "-0.01"], a1)):
    judge(L + 2 + k, s, v, "(b) a1_%d = W1 x + b1 printed without working" % (k + 1))
L = line_of(r"\text{ReLU}(a^{(1)}) =")
for k, (s, v) in enumerate(zip(["0.1", "0.08", "-0.01"], a1)):
    judge(L + 2 + k, s, v, "(b) restated a1_%d inside max(0, .)" % (k + 1))
for k, (s, v) in enumerate(zip(["0.1", "0.08", "0"], z1)):
    judge(L + 8 + k, s, v, "(b) z1_%d = ReLU(a1_%d)" % (k + 1, k + 1))

# ---- output
L = line_of(r"a^{(2)} = \vec{w}^{(2)} \cdot \vec{z} + b^{(2)} = 0.064")
judge(L, "0.064", a2, "(b) a2 = w2.z1 + b2 printed without working")
L = line_of(r"\frac{1}{1 + e^{-0.064}} \approx 0.516")
judge(L, "0.064", a2, "(b) restated a2")
judge(L, "0.516", sig(D("0.064")), "(a) sigma(0.064)", sig(D("0.0635")), sig(D("0.0645")))

# ---- losses
L = line_of(r"\implies \mathcal{L}_{\text{BCE}} = -\log(0.516) \approx 0.661")
judge(L, "0.661", -ln(D("0.516")), "(a) -ln(0.516), operand 0.516 a rounded result",
      -ln(D("0.5165")), -ln(D("0.5155")))
L = line_of(r"\frac{1}{2}(1 - 0.516)^2 = \frac{1}{2}(0.484)^2 \approx 0.117")
judge(L, "0.484", D(1) - D("0.516"), "(a) 1 - 0.516")
judge(L, "0.117", D("0.484") ** 2 / 2, "(a) (0.484)^2 / 2")
L = line_of(r"= -\log(0.516) \approx 0.661$.")
judge(L, "0.661", -ln(D("0.516")), "(a) restated -ln(0.516), operand 0.516 a rounded result",
      -ln(D("0.5165")), -ln(D("0.5155")))
L = line_of(r"$\delta^{(2)} = -0.4840$")
judge(L, "-0.4840", d2, "(b) delta2 = y_hat - y")

# ---- output-layer gradients
L = line_of(r"\delta^{(2)} \cdot \vec{z}^{(1)} =", after=line_of(r"$\delta^{(2)} = -0.4840$"))
for k, s in enumerate(["-0.0484", "-0.0387", "0"]):
    judge(L + 2 + k, s, D("-0.4840") * z1[k], "(a) delta2 * z1_%d (delta2 = -0.4840 printed)" % (k + 1),
          D("-0.48405") * z1[k], D("-0.48395") * z1[k])
L = line_of(r"\frac{\partial \mathcal{L}}{\partial b^{(2)}} = -0.4840")
judge(L, "-0.4840", d2, "(b) dL/db2 = delta2")

# ---- hidden error
L = line_of(r"\vec{w}^{(2)} \cdot \delta^{(2)} = -0.48401")
judge(L, "-0.48401", d2, "(b) delta2 restated to 5 decimals")
for k, s in enumerate(["-0.1452", "0.0968", "-0.2420"]):
    v = D("-0.48401") * w2[k]
    judge(L, s, v, "(a) -0.48401 * w2_%d" % (k + 1), D("-0.484015") * w2[k], D("-0.484005") * w2[k])
L = line_of(r"\therefore \quad \delta^{(1)} = \begin{bmatrix} -0.1452 \\ 0.0968 \\ 0 \end{bmatrix}")
for k, s in enumerate(["-0.1452", "0.0968"]):
    judge(L, s, d1[k], "(b) delta1_%d = (w2 delta2)_%d * ReLU'(a1_%d) = 1" % (k + 1, k + 1, k + 1))
judge(L, "0", d1[2], "(b) delta1_3 = 0 since ReLU'(-0.01) = 0")

# ---- W1 gradient (restated delta1 operands, products)
L0 = line_of(r"\frac{\partial \mathcal{L}}{\partial W^{(1)}} = \delta^{(1)} \cdot \vec{x}^T =")
for k, s in enumerate(["-0.1452", "0.0968", "0"]):
    judge(L0 + 2 + k, s, d1[k], "(b) restated delta1_%d" % (k + 1))
L = line_of("-0.08712 & -0.05808", after=L0)
pd1 = [D("-0.1452"), D("0.0968"), D(0)]
for i, row in enumerate([["-0.08712", "-0.05808"], ["0.05808", "0.03872"], ["0", "0"]]):
    for j, s in enumerate(row):
        judge(L + i, s, pd1[i] * x[j], "(a) delta1_%d * x_%d (printed delta1)" % (i + 1, j + 1),
              (pd1[i] - D("0.00005")) * x[j] if i < 2 else 0, (pd1[i] + D("0.00005")) * x[j] if i < 2 else 0)
L0 = line_of(r"\frac{\partial \mathcal{L}}{\partial \vec{b}^{(1)}} =")
for k, s in enumerate(["-0.1452", "0.0968", "0"]):
    judge(L0 + 2 + k, s, d1[k], "(b) dL/db1_%d = delta1_%d" % (k + 1, k + 1))

# ---- updates
L0 = line_of(r"\vec{w}^{(2)}_{\text{new}} =")
L = line_of("-0.0484", after=L0)
for k, s in enumerate(["-0.0484", "-0.0387", "0"]):
    judge(L + k, s, gW2[k], "(b) restated dL/dw2_%d" % (k + 1))
L = line_of("0.30484", after=L0)
pg = [D("-0.0484"), D("-0.0387"), D(0)]
for k, s in enumerate(["0.30484", "-0.19613", "0.5"]):
    judge(L + k, s, w2[k] - eta * pg[k], "(a) w2_%d - 0.1 * printed gradient" % (k + 1),
          w2[k] - eta * (pg[k] + D("0.00005")) if k < 2 else w2[k], w2[k] - eta * (pg[k] - D("0.00005")) if k < 2 else w2[k])
L0 = line_of(r"\vec{w}^{(1)}_{\text{new}} =")
L = line_of("-0.08712 & -0.05808", after=L0)
for i, row in enumerate([["-0.08712", "-0.05808"], ["0.05808", "0.03872"], ["0", "0"]]):
    for j, s in enumerate(row):
        judge(L + i, s, gW1[i][j], "(b) restated dL/dW1[%d][%d]" % (i + 1, j + 1))
L = line_of("0.208712 & -0.294192", after=L0)
pg1 = [[D("-0.08712"), D("-0.05808")], [D("0.05808"), D("0.03872")], [D(0), D(0)]]
for i, row in enumerate([["0.208712", "-0.294192"], ["0.394192", "0.096128"], ["-0.5", "0.6"]]):
    for j, s in enumerate(row):
        judge(L + i, s, W1[i][j] - eta * pg1[i][j], "(a) W1[%d][%d] - 0.1 * printed gradient" % (i + 1, j + 1))
L = line_of(r"b^{(2)}_{\text{new}} = 0.05 - 0.1 \cdot (-0.4840) = 0.0984")
judge(L, "-0.4840", d2, "(b) restated delta2")
judge(L, "0.0984", b2 - eta * D("-0.4840"), "(a) 0.05 - 0.1 * (-0.4840)")
L0 = line_of(r"\vec{b}^{(1)}_{\text{new}} =")
L = line_of("-0.1452", after=L0)
for k, s in enumerate(["-0.1452", "0.0968", "0"]):
    judge(L + k, s, d1[k], "(b) restated dL/db1_%d" % (k + 1))
L = line_of("0.11452", after=L0)
for k, s in enumerate(["0.11452", "-0.20968", "0.05"]):
    judge(L + k, s, b1[k] - eta * pd1[k], "(a) b1_%d - 0.1 * printed delta1_%d" % (k + 1, k + 1))

# ---- report
wrong, right = [], []
for line in sorted(RESULTS):
    items = RESULTS[line]
    bad = [it for it in items if not it[0]]
    for ok, p, v, why in items:
        print("%4d %-5s printed %-10s true %-22s %s" % (line, "ok" if ok else "WRONG", p, str(rnd(v, p)), why))
    if bad:
        ok, p, v, why = bad[0]
        wrong.append({"line": line, "page": None, "printed": p, "correct": str(rnd(v, p)), "kind": "first",
                      "why": why})
    else:
        right.append(line)
print("wrong lines: %d, right lines: %d" % (len(wrong), len(right)))
# the true (unrounded-operand) values of the two close calls, for the notes
print("close call: -ln(sigma(0.064)) = %s, -ln(0.516) = %s" % (rnd(bce, D("0.000001")), rnd(-ln(D("0.516")), D("0.000001"))))

NOTES = ("Excerpt (see SOURCE.md). Clean document: every printed number checks. Close call: the BCE loss "
         "'-log(0.516) ~ 0.661' (lines %d and %d): -ln(0.516) = 0.661649 and the true -ln(sigma(0.064)) = 0.661659 "
         "both round to 0.662, but 0.516 is a rounded earlier result and any y_hat in [0.5155, 0.5165] gives "
         "-ln between 0.66068 and 0.66262, so under rule (a) 0.661 is right (it is what y_hat = 0.5162 gives). "
         "The page rounds delta2 to -0.4840 for dL/dw2 and b2, and to -0.48401 for w2*delta2; both are within half a "
         "unit of the true -0.484006. The third hidden unit has pre-activation -0.01, ReLU' = 0, so delta1_3 = 0 and "
         "its weights and bias are unchanged (-0.5, 0.6, 0.05), which the page prints correctly. log means natural "
         "log (page's convention, consistent with its numbers). Line %d '$y = 1$' is ours (the post states the target "
         "in prose).") % (line_of(r"\implies \mathcal{L}_{\text{BCE}} = -\log(0.516)"),
                          line_of(r"= -\log(0.516) \approx 0.661$."), line_of("$y = 1$"))
if "--write-expected" in sys.argv:
    out = {"file": DOCFILE, "format": "md", "source": SOURCE, "license": LICENSE, "wrong": wrong, "right": right,
           "notes": NOTES}
    (HERE / "expected.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote expected.json")
