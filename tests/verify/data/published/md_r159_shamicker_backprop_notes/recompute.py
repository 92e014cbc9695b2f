#!/usr/bin/env python3
"""Independent recomputation of every computed number in doc.md.

doc.md is Shauna's (GitHub shamicker) study notes "Neural Networks -
Definitions & Concepts!.md" from the repository shamicker/DLND (Udacity Deep
Learning Nanodegree / PyTorch scholarship), verbatim at commit
f97afb84a70fb34e8cfaaa9b431935dbf606859e.

Worked numbers:
  * "Backpropagation Math": x = (0.1, 0.3), W1 = (0.4, -0.2), one sigmoid
    hidden unit, hidden->output weight 0.1, sigmoid output, eta = 0.5; the
    target y = 1 is not listed with the givens but is used as "(1 - 0.512)".
  * "Vanishing Gradient": max sigmoid derivative 0.25, reductions 75 % and
    93.75 %.
  * "Regularization": points (1, 1) and (-1, -1) (labels 1 and 0, as the
    text's argument requires), models 10x1 + 10x2 and x1 + x2, "errors"
    0.000000012 and 0.12.
  * "Sigmoid Function": the middle is 50 %.

Plain Python 3, decimal at 60 digits.  Usage:
    python3 recompute.py                   # print the report
    python3 recompute.py --write-expected  # also write expected.json
"""
import json
import os
import sys
from decimal import Decimal as D, getcontext

getcontext().prec = 60

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "doc.md")
SOURCE = ("https://github.com/shamicker/DLND/blob/f97afb84a70fb34e8cfaaa9b431935dbf606859e/"
          "Neural%20Networks%20-%20Definitions%20%26%20Concepts!.md")
LICENSE = ("MIT (LICENSE file at the root of shamicker/DLND, 'Copyright (c) 2018 Udacity'; "
           "the repository is the author's fork of Udacity's MIT-licensed course repository); "
           "copied verbatim")

with open(DOC, encoding="utf-8") as fh:
    LINES = fh.read().split("\n")


def find(text, start=1):
    """1-based number of the only line (at or after `start`) containing `text`."""
    hits = [i + 1 for i, l in enumerate(LINES) if text in l and i + 1 >= start]
    if len(hits) != 1:
        raise SystemExit("line not found uniquely: %r -> %r" % (text, hits))
    return hits[0]


def sigmoid(z):
    return D(1) / (D(1) + (-z).exp())


def unit(printed):
    s = printed.lstrip("-")
    return D(1).scaleb(-len(s.split(".")[1])) if "." in s else D(1)


def rnd(v, printed):
    return v.quantize(unit(printed))


def fmt(v, n=12):
    return format(v, "f")[:n]


RESULTS = []  # (line, printed, correct, ok, kind, why)


def judge_a(line, printed, value, why):
    """Rule (a): result of an expression of numbers printed on the same line."""
    ok = rnd(value, printed) == D(printed)
    RESULTS.append((line, printed, str(rnd(value, printed)), ok, "first",
                    "%s = %s; printed %s" % (why, fmt(value, 14), printed)))
    return ok


def judge_b(line, printed, from_printed, true, why):
    """Rule (b): value printed without its working (or restated)."""
    p = D(printed)
    ok_true = abs(p - true) <= unit(printed)
    ok_printed = from_printed is not None and rnd(from_printed, printed) == p
    ok = ok_true or ok_printed
    best = from_printed if ok_printed else true
    RESULTS.append((line, printed, str(rnd(best, printed)),
                    ok, "first",
                    "%s: from printed operands %s, exact chain from the givens %s; printed %s"
                    % (why, "n/a" if from_printed is None else fmt(from_printed, 14),
                       fmt(true, 14), printed)))
    return ok


def restated(line, printed, ok_src, why):
    RESULTS.append((line, printed, printed, ok_src, "propagated", "restates " + why))


# ------------------------------------------------------------ givens
x1, x2 = D("0.1"), D("0.3")
w1, w2 = D("0.4"), D("-0.2")
W2 = D("0.1")
eta = D("0.5")
y = D(1)  # used on the delta^o line as (1 - 0.512)

# exact chain from the givens
h = x1 * w1 + x2 * w2
a = sigmoid(h)
yhat = sigmoid(W2 * a)
d_o = (y - yhat) * yhat * (1 - yhat)
d_h = W2 * d_o * a * (1 - a)
dW2 = eta * d_o * a
dw1 = eta * d_h * x1
dw2 = eta * d_h * x2

# check the givens are on the page as read
find("x = [0.1, 0.3]")
find("W^{(1)} = [0.4, -0.2]")
find("output node is $[0.1]$")
find("`learning_rate` of $\\eta = 0.5$")

# ------------------------------------------------------------ forward pass
L = find(r"$h = 0.1\times 0.4 + (-0.2) \times 0.3 = -0.02$")
ok_h = judge_a(L, "-0.02", D("0.1") * D("0.4") + D("-0.2") * D("0.3"),
               "h = 0.1*0.4 + (-0.2)*0.3")
L = find(r"$a =\sigma(-0.02)$")
restated(L, "-0.02", ok_h, "h = -0.02 inside sigma(-0.02)")
L = find(r"$a = 0.495$")
ok_a = judge_b(L, "0.495", sigmoid(D("-0.02")), a, "a = sigma(-0.02)")
L = find(r"$\hat{y} = \sigma(0.1\times 0.495)$")
restated(L, "0.495", ok_a, "a = 0.495 inside sigma(0.1 x 0.495)")
L = find(r"$\hat{y} = 0.512$")
ok_y = judge_b(L, "0.512", sigmoid(D("0.1") * D("0.495")), yhat, "y_hat = sigma(0.1 x 0.495)")

# ------------------------------------------------------------ error terms
L = find(r"$\delta^{o} = (1 - 0.512) \times 0.512 \times (1 - 0.512)$")
restated(L, "0.512", ok_y, "y_hat = 0.512 inside the output error term")
L = find(r"$\delta^{o} = 0.122$")
ok_do = judge_b(L, "0.122", (1 - D("0.512")) * D("0.512") * (1 - D("0.512")), d_o,
                "delta_o = (1 - 0.512) x 0.512 x (1 - 0.512)")
L = find(r"$\delta^{h} = 0.1 \times0.122 \times 0.495 \times(1 - 0.495)$")
restated(L, "0.122, 0.495", ok_do and ok_a, "0.122 and 0.495 inside the hidden error term")
L = find(r"$\delta^{h} = 0.003$")
ok_dh = judge_b(L, "0.003", D("0.1") * D("0.122") * D("0.495") * (1 - D("0.495")), d_h,
                "delta_h = 0.1 x 0.122 x 0.495 x (1 - 0.495)")

# ------------------------------------------------------------ weight steps
L = find(r"$\Delta W^{(2)} = 0.5 \times 0.122 \times 0.495$")
restated(L, "0.122, 0.495", ok_do and ok_a, "0.122 and 0.495 inside the hidden->output step")
L = find(r"$\Delta W^{(2)} = 0.0302$")
judge_b(L, "0.0302", D("0.5") * D("0.122") * D("0.495"), dW2,
        "Delta W2 = 0.5 x 0.122 x 0.495")
L = find(r"$\delta w_{1} = 0.5\times 0.003\times 0.1$")
restated(L, "0.003", ok_dh, "delta_h = 0.003 inside the w1 step")
L = find(r"$\delta w_{2} = 0.5\times 0.003\times 0.3$")
restated(L, "0.003", ok_dh, "delta_h = 0.003 inside the w2 step")
L = find(r"$\delta w_{1} = 0.00015$")
ok_w1 = judge_b(L, "0.00015", D("0.5") * D("0.003") * D("0.1"), dw1,
                "delta w1 = 0.5 x 0.003 x 0.1")
L = find(r"$\delta w_{2} = 0.00045$")
ok_w2 = judge_b(L, "0.00045", D("0.5") * D("0.003") * D("0.3"), dw2,
                "delta w2 = 0.5 x 0.003 x 0.3 (exact chain 0.000457, within one unit)")
L = find(r"$\delta w = (0.00015, 0.00045)$")
restated(L, "0.00015, 0.00045", ok_w1 and ok_w2, "the two input->hidden steps")

# ------------------------------------------------------------ vanishing gradient
# max of sigma'(z) = sigma(z)(1 - sigma(z)) is at z = 0
smax = sigmoid(D(0)) * (1 - sigmoid(D(0)))
L = find("The max derivative of the sigmoid function is 0.25")
ok_max = judge_b(L, "0.25", None, smax, "max sigma'(z) = sigma(0)(1 - sigma(0))")
L = find("errors in the output layer get reduced by at least 75%")
judge_b(L, "75", 100 * (1 - D("0.25")), 100 * (1 - smax), "reduction (1 - 0.25) in percent")
L = find("scaled down by at least 93.75%")
judge_b(L, "93.75", 100 * (1 - D("0.25") ** 2), 100 * (1 - smax ** 2),
        "two sigmoid layers: (1 - 0.25^2) in percent")

# ------------------------------------------------------------ sigmoid middle
L = find("the middle is 50% (right at the linear boundary)")
judge_b(L, "50", None, 100 * sigmoid(D(0)), "sigma(0) in percent")

# ------------------------------------------------------------ regularization example
# (1,1) has label 1, (-1,-1) label 0 (the text says the 10x model has less error).
big_abs = 1 - sigmoid(D(20))            # = sigma(-20), per point, both points
big_logloss = -(sigmoid(D(20))).ln()      # per point, both points
small_abs = 1 - sigmoid(D(2))             # = sigma(-2)
small_logloss = -(sigmoid(D(2))).ln()
L = find("has an error of $0.000000012$")
p = D("0.000000012")
ok_big = abs(p - big_abs) <= unit("0.000000012") or abs(p - big_logloss) <= unit("0.000000012")
RESULTS.append((L, "0.000000012", "0.0000000021", ok_big, "first",
                "error of 10x1 + 10x2 on (1,1)/(-1,-1): 1 - sigma(20) = sigma(-20) = %s "
                "(per-point log-loss %s; sum of the two points about 0.0000000041); printed "
                "0.000000012 is about six times too large under every reading (true "
                "0.0000000021)" % (fmt(big_abs, 14), fmt(big_logloss, 14))))
L = find("has an error of $0.12$")
p = D("0.12")
ok_small = abs(p - small_abs) <= unit("0.12") and abs(p - small_logloss) <= unit("0.12")
RESULTS.append((L, "0.12", "0.12", ok_small, "first",
                "error of x1 + x2 on (1,1)/(-1,-1): 1 - sigma(2) = sigma(-2) = %s; per-point "
                "(= mean) log-loss -ln sigma(2) = %s; printed 0.12 is within one unit of both"
                % (fmt(small_abs, 8), fmt(small_logloss, 8))))

UNJUDGED = []
L = find("already there are 50,000+ parameters!")
UNJUDGED.append({"line": L, "page": None,
                 "why": "'50,000+ parameters' for a 28x28 MNIST MLP depends on a hidden-layer size "
                        "the notes never give (784 inputs times 64 hidden units would already be "
                        "50,176 weights); no single reading to recompute"})

# ------------------------------------------------------------ report
wrong, right = [], []
for line, printed, correct, ok, kind, why in sorted(RESULTS):
    print("%3d  %-6s printed %-18s correct %-14s %s" % (line, "RIGHT" if ok else "WRONG",
                                                       printed, correct, why))
    if ok:
        right.append(line)
    else:
        wrong.append({"line": line, "page": None, "printed": printed, "correct": correct,
                      "kind": kind, "why": why})
for u in UNJUDGED:
    print("%3d  UNJUDGED %s" % (u["line"], u["why"]))

lines_right = sorted(set(right) - {w["line"] for w in wrong})
print("\nwrong lines: %d, right lines: %d, unjudged: %d"
      % (len(wrong), len(lines_right), len(UNJUDGED)))

NOTES = ("Verbatim study notes (Markdown) by Shauna (GitHub shamicker) for Udacity's Deep Learning / "
         "PyTorch scholarship course, file 'Neural Networks - Definitions & Concepts!.md' at commit "
         "f97afb84. Worked numbers: the Udacity one-hidden-unit backpropagation example (x = (0.1, 0.3), "
         "W1 = (0.4, -0.2), W2 = 0.1, sigmoid units, eta = 0.5, target y = 1 used but not listed), the "
         "vanishing-gradient percentages (0.25, 75 %, 93.75 %), sigmoid(0) = 50 %, and the regularization "
         "example for points (1,1) and (-1,-1). One error: the error of the model 10x1 + 10x2 is printed "
         "0.000000012 but 1 - sigma(20) = sigma(-20) = 0.0000000021 (per point, either as |y - y_hat| or "
         "as log-loss). Close calls counted right: sigma(-0.02) = 0.4950002 -> 0.495; sigma(0.0495) = "
         "0.5123725 -> 0.512; delta_o from printed operands 0.1219 -> 0.122 (exact chain 0.12183); delta_h "
         "0.00305 -> 0.003; Delta W2 0.030195 -> 0.0302 (exact chain 0.030153); delta w2 = 0.5 x 0.003 x 0.3 "
         "= 0.00045 follows from printed operands (exact chain 0.000457, within one unit); the x1 + x2 "
         "error 0.12 matches 1 - sigma(2) = 0.1192 and the per-point log-loss 0.1269 within one unit. Lines "
         "that restate a computed value inside the next substitution are counted right. Neither list: "
         "givens (x, W1, W2, eta), formulas without numbers. Unjudged: the '50,000+ parameters' claim "
         "(no hidden size given).")

if "--write-expected" in sys.argv:
    out = {"file": "doc.md", "format": "md", "source": SOURCE, "license": LICENSE,
           "wrong": wrong, "right": lines_right, "unjudged": UNJUDGED, "notes": NOTES}
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    print("wrote expected.json")
