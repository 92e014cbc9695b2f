#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.html, the post "Rolling Downhill by Hand: How a
Neural Network Learns (Backpropagation from Scratch)" of Rahul's ML Blog (github.com/learnrahulrai-ui/ml_blog,
posts/how-the-dials-learn.html at commit 0fcd10500694264ca273a11356c299ccb0e6c779, the last commit that held the
generated HTML; MIT), kept verbatim.

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

The page is one <pre> block of plain text.  Its worked example: x = 0.5, w1 = 1.0, b1 = 0.3 (ReLU hidden unit),
w2 = 1.5, b2 = 0.2 (sigmoid output), y = 1, loss L = -ln(p), step 0.1.  It computes the forward pass, finite-difference
"wiggle checks" of the two derivative facts, the chain-rule slopes for w2, b2, w1, b1, the updates, brute-force checks
(w2 -> 1.6, b2 -> 0.3, w1 -> 1.1), a "your turn" with error -0.40, plus parameter counts of the 30-16-8-1 network
(641), 2 x 641 x 341 forward passes, dropout counts and the sigmoid clip value S(-80).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers rounds to p (a printed operand that is itself a rounded result may move within half a unit of
      its last digit; a given is exact);
  (b) a value printed without working, or restated, is right within one unit of the true value (or when it follows
      from printed correct operands);
  (c) a restated wrong value is wrong, propagated.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.html"
FORMAT = "html"
SOURCE = ("https://github.com/learnrahulrai-ui/ml_blog/blob/0fcd10500694264ca273a11356c299ccb0e6c779/"
          "posts/how-the-dials-learn.html")
LICENSE = ("MIT (LICENSE at the repository root, Copyright (c) 2026 learnrahulrai-ui); doc.html is the page "
           "verbatim")
import itertools
import re
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    """1-based line of the nth line of the document containing sub; fails loudly."""
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def sig(z):
    return 1 / (1 + (-D(z)).exp())


def ln(x):
    return D(x).ln()


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def G(s):
    """a given (exact) operand"""
    return (D(s), D(s))


def R(s):
    """a printed rounded result used as an operand: anywhere within half a unit of its last digit"""
    h = unit(s) / 2
    return (D(s) - h, D(s) + h)


def box(f, *ops):
    """min and max of f over the corners of the operand box (every f used here is monotone in each operand)"""
    vals = [f(*c) for c in itertools.product(*ops)]
    return min(vals), max(vals)


# ----- the document's givens and the exact values they imply ---------------------------------------------------------
X, W1, B1, W2, B2, Y, ETA = D("0.5"), D("1.0"), D("0.3"), D("1.5"), D("0.2"), D(1), D("0.1")


def forward(w1=W1, b1=B1, w2=W2, b2=B2):
    z1 = X * w1 + b1
    a1 = max(D(0), z1)
    z2 = a1 * w2 + b2
    p = sig(z2)
    return z1, a1, z2, p, -ln(p)


Z1, A1, Z2, P, L = forward()
E2 = P - Y                   # error at z2 (p - y)
GW2 = E2 * A1                # dL/dw2
EA1 = E2 * W2                # error at a1
EZ1 = EA1                    # ReLU gate open (z1 > 0)
GW1 = EZ1 * X                # dL/dw1
GB1 = EZ1
L_W2 = forward(w2=D("1.6"))[4]
L_B2 = forward(b2=D("0.3"))[4]
L_W1 = forward(w1=D("1.1"))[4]

CHECKS = []   # (anchor, printed, mode, exact-or-box, why)


def a(anchor, printed, rng, why):
    """rule (a): the printed result of an expression on the line; rng = (lo, hi) from the printed operands"""
    CHECKS.append((anchor, printed, "a", rng, why))


def b(anchor, printed, true, why):
    """rule (b): printed without working or restated; true = exact value from the givens"""
    CHECKS.append((anchor, printed, "b", true, why))


def ex(v):
    return (D(v), D(v))


# Part 1 restatements (0.622 is the guess of Part 1, a given here; the loss follows from it)
b("At the end the building guessed 0.622 (62.2% malignant)", "62.2", D("0.622") * 100, "0.622 as a percentage")
b("a loss of about 0.475", "0.475", -ln(D("0.622")), "-ln(0.622) = 0.47482")
# parameter counts of the 30-16-8-1 network
a("Room 1: 30 measurements x 16 clerks", "480", ex(30 * 16), "30 x 16")
a("Room 1: 30 measurements x 16 clerks", "496", ex(480 + 16), "480 + 16")
a("Room 2: 16 inputs x 8 clerks", "128", ex(16 * 8), "16 x 8")
a("Room 2: 16 inputs x 8 clerks", "136", ex(128 + 8), "128 + 8")
a("Room 3: 8 inputs x 1 clerk", "9", ex(8 + 1), "8 + 1")
a("Total: 496 + 136 + 9 = 641", "641", ex(496 + 136 + 9), "496 + 136 + 9")
a("2 directions x 641 dials x 341 patients", "437,162", ex(2 * 641 * 341), "2 x 641 x 341")
b("the slope of the loss for ALL 641 dials", "641", D(641), "restated parameter count")
# forward pass
a("Hidden raw score:  z1 = (x x w1) + b1", "0.5 + 0.3", ex(X * W1), "0.5 x 1.0 = 0.5")
a("Hidden raw score:  z1 = (x x w1) + b1", "0.8", ex(Z1), "0.5 + 0.3")
a("Zero-out rule:     a1 = max(0, 0.8)", "= 0.8", ex(A1), "max(0, 0.8)")
a("Output raw score:  z2 = (a1 x w2) + b2", "1.2 + 0.2", ex(A1 * W2), "0.8 x 1.5 = 1.2")
a("Output raw score:  z2 = (a1 x w2) + b2", "1.4", ex(Z2), "1.2 + 0.2")
a("e^(-1.4) ≈ 0.247.", "0.247", ex((-Z2).exp()), "e^(-1.4) = 0.246597")
a("e^(-1.4) ≈ 0.247.", "0.802", box(lambda e: 1 / (1 + e), R("0.247")), "1/1.247 = 0.80192")
a("Loss (true=1):     L = -ln(0.802)", "0.221", box(lambda p: -ln(p), R("0.802")), "-ln(0.802) = 0.22065")
b("So the building currently guesses 0.802", "0.802", P, "p = 0.802184")
b("So the building currently guesses 0.802", "0.221", L, "L = 0.220417")
for s, v in (("z1=0.8", Z1), ("a1=0.8", A1), ("z2=1.4", Z2), ("p=0.802", P), ("L=0.221", L)):
    b("y=1. Forward pass gave z1=0.8", s.split("=")[1], v, "restated forward value " + s)
# the two derivative facts and their wiggle checks
a("at p = 0.9 the slope is -1.1", "-1.1", ex(-1 / D("0.9")), "-1/0.9 = -1.111")
a("the slope is -10 (hard yank", "-10", ex(-1 / D("0.1")), "-1/0.1")
a("Wiggle check: -ln(0.792)", "0.233", ex(-ln(D("0.792"))), "-ln(0.792) = 0.23319")
a("Wiggle check: -ln(0.792)", "0.208", ex(-ln(D("0.812"))), "-ln(0.812) = 0.20825")
a("Rate = (0.208 - 0.233) / (0.812 - 0.792)", "-0.025", box(lambda u, v: u - v, R("0.208"), R("0.233")),
  "0.208 - 0.233")
a("Rate = (0.208 - 0.233) / (0.812 - 0.792)", "0.020", ex(D("0.812") - D("0.792")), "0.812 - 0.792")
a("Rate = (0.208 - 0.233) / (0.812 - 0.792)", "-1.25", box(lambda n: n / D("0.020"), R("-0.025")), "-0.025/0.020")
a("Formula at p = 0.802: -1/0.802 = -1.247", "-1.247", box(lambda p: -1 / p, R("0.802")), "-1/0.802 = -1.24688")
a("at p = 0.5, slope = 0.25", "0.25", ex(D("0.5") * D("0.5")), "0.5 x 0.5")
a("At p = 0.99, slope = 0.01", "0.01", ex(D("0.99") * D("0.01")), "0.99 x 0.01 = 0.0099")
b("Always between 0 and 0.25", "0.25", D("0.25"), "max of p(1-p)")
a("Wiggle check: at Z = 1.3, p ≈ 0.786", "0.786", ex(sig(D("1.3"))), "S(1.3) = 0.78583")
a("Wiggle check: at Z = 1.3, p ≈ 0.786", "0.818", ex(sig(D("1.5"))), "S(1.5) = 0.81757")
a("Rate = (0.818 - 0.786) / (1.5 - 1.3)", "0.032", box(lambda u, v: u - v, R("0.818"), R("0.786")), "0.818 - 0.786")
a("Rate = (0.818 - 0.786) / (1.5 - 1.3)", "0.2 =", ex(D("1.5") - D("1.3")), "1.5 - 1.3")
a("Rate = (0.818 - 0.786) / (1.5 - 1.3)", "0.16", box(lambda n: n / D("0.2"), R("0.032")), "0.032/0.2")
a("Formula at Z = 1.4: 0.802 x 0.198 = 0.159", "0.159", box(lambda p, q: p * q, R("0.802"), R("0.198")),
  "0.802 x 0.198 = 0.15880")
# the chain for w2
a("L = -ln(p), so the slope is -1/p = -1/0.802", "-1.247", box(lambda p: -1 / p, R("0.802")), "-1/0.802")
a("the S-curve's slope is p x (1 - p) = 0.802", "0.198", box(lambda p: 1 - p, R("0.802")), "1 - 0.802")
a("the S-curve's slope is p x (1 - p) = 0.802", "0.159", box(lambda p, q: p * q, R("0.802"), R("0.198")),
  "0.802 x 0.198 = 0.15880")
b("So the slope is a1 = 0.8", "0.8", A1, "restated a1")
b("slope of L w.r.t. w2 = (-1.247) x (0.159) x (0.8)", "-1.247", -1 / P, "restated link 1, -1/p = -1.246596")
b("slope of L w.r.t. w2 = (-1.247) x (0.159) x (0.8)", "0.159", P * (1 - P), "restated link 2, p(1-p) = 0.158680")
b("slope of L w.r.t. w2 = (-1.247) x (0.159) x (0.8)", "(0.8)", A1, "restated link 3, a1")
a("(-1.247) x (0.159) ≈ -0.198", "-0.198", box(lambda u, v: u * v, R("-1.247"), R("0.159")), "-1.247 x 0.159")
a("(-0.198) x (0.8)   ≈ -0.158", "-0.158", box(lambda u: u * D("0.8"), R("-0.198")), "-0.198 x 0.8 = -0.1584")
b("The slope of the loss with respect to w2 is about -0.158", "-0.158", GW2, "dL/dw2 = (p-1) a1 = -0.158253")
a("(guess - truth) = 0.802 - 1 = -0.198", "-0.198", box(lambda p: p - 1, R("0.802")), "0.802 - 1")
a("= (-0.198) x 1  =  -0.198", "=  -0.198", box(lambda u: u, R("-0.198")), "-0.198 x 1")
a("New b2 = 0.2 - (0.1 x -0.198)", "0.020", box(lambda g: -ETA * g, R("-0.198")), "0.1 x 0.198 = 0.0198")
a("New b2 = 0.2 - (0.1 x -0.198)", "0.220", box(lambda s: B2 + s, R("0.020")), "0.2 + 0.020")
b("The slope of L w.r.t. w2 is -0.158. NEGATIVE", "-0.158", GW2, "restated dL/dw2")
a("new w2 = w2 - (step x slope) = 1.5", "0.0158", box(lambda g: -ETA * g, R("-0.158")), "0.1 x 0.158")
a("new w2 = w2 - (step x slope) = 1.5", "1.5158", box(lambda s: W2 + s, R("0.0158")), "1.5 + 0.0158")
b("We claimed increasing w2 lowers the loss with slope about -0.158", "-0.158", GW2, "restated dL/dw2")
# brute-force check on w2
a("w2 = 1.6:  z2 = 0.8 x 1.6 + 0.2 = 1.48", "1.48", ex(A1 * D("1.6") + B2), "0.8 x 1.6 + 0.2 (a1 = 0.8 is exact)")
a("e^(-1.48) ≈ 0.228", "0.228", ex(D("-1.48").exp()), "e^(-1.48) = 0.227638")
a("e^(-1.48) ≈ 0.228", "0.815", box(lambda d: 1 / d, R("1.228")),
  "1/1.228 = 0.81433 (0.814); 0.815 is reached with 1.228 taken at 1.2275 (1/1.2275 = 0.81466); true 0.814569")
a("L  = -ln(0.815) ≈ 0.205", "0.205", box(lambda p: -ln(p), R("0.815")), "-ln(0.815) = 0.20457")
b("The loss fell from 0.221 to 0.205", "0.221", L, "restated L")
b("The loss fell from 0.221 to 0.205", "0.205", L_W2, "L at w2 = 1.6 = 0.205092")
a("(0.205 - 0.221) / (1.6 - 1.5) = -0.016 / 0.1", "-0.016", box(lambda u, v: u - v, R("0.205"), R("0.221")),
  "0.205 - 0.221")
a("(0.205 - 0.221) / (1.6 - 1.5) = -0.016 / 0.1", "0.1 =", ex(D("1.6") - D("1.5")), "1.6 - 1.5")
a("(0.205 - 0.221) / (1.6 - 1.5) = -0.016 / 0.1", "-0.16", box(lambda n: n / D("0.1"), R("-0.016")), "-0.016/0.1")
b("Our chain-rule slope was -0.158. The brute-force slope is -0.16", "-0.158", GW2, "restated dL/dw2")
b("Our chain-rule slope was -0.158. The brute-force slope is -0.16", "-0.16", (L_W2 - L) / D("0.1"),
  "true finite difference (L(1.6) - L(1.5))/0.1 = -0.15326 (-0.15; -0.16 is within one unit, and follows from the "
  "printed -0.016 / 0.1)")
b("without 437,162 forward passes", "437,162", D(2 * 641 * 341), "restated")
b("We derived that b2's slope is -0.198", "-0.198", E2, "restated dL/db2 = p - 1 = -0.197816")
b("to -0.198. (z2 = a1 x w2 + b2; a1 = 0.8", "-0.198", E2, "restated dL/db2")
b("to -0.198. (z2 = a1 x w2 + b2; a1 = 0.8", "0.8", A1, "restated a1")
# brute-force check on b2
a("b2 = 0.3:  z2 = 0.8 x 1.5 + 0.3", "1.2 +", ex(A1 * W2), "0.8 x 1.5")
a("b2 = 0.3:  z2 = 0.8 x 1.5 + 0.3", "= 1.5", ex(A1 * W2 + D("0.3")), "1.2 + 0.3")
a("e^{-1.5} ≈ 0.223", "0.223", ex(D("-1.5").exp()), "e^(-1.5) = 0.223130")
a("e^{-1.5} ≈ 0.223", "0.818", box(lambda d: 1 / d, R("1.223")), "1/1.223 = 0.81766")
a("L  = -ln(0.818) ≈ 0.201", "0.201", box(lambda p: -ln(p), R("0.818")), "-ln(0.818) = 0.20089")
a("Measured slope = (0.201 - 0.221) / (0.3 - 0.2)", "-0.020", box(lambda u, v: u - v, R("0.201"), R("0.221")),
  "0.201 - 0.221")
a("Measured slope = (0.201 - 0.221) / (0.3 - 0.2)", "0.100", ex(D("0.3") - D("0.2")), "0.3 - 0.2")
a("Measured slope = (0.201 - 0.221) / (0.3 - 0.2)", "-0.20.", box(lambda n: n / D("0.1"), R("-0.020")),
  "-0.020/0.100")
b("Our chain-rule value: -0.198. Agree.", "-0.198", E2, "restated dL/db2")
# restatements before the second room
b("IN HAND: error born at the output = p - y = -0.198", "-0.198", E2, "restated p - y")
b("w2 slope = -0.158, new w2 = 1.516", "-0.158", GW2, "restated dL/dw2")
b("w2 slope = -0.158, new w2 = 1.516", "1.516", W2 - ETA * GW2, "new w2 = 1.515825")
b("w2 slope = -0.158, new w2 = 1.516", "-0.198,", E2, "restated dL/db2")
b("w2 slope = -0.158, new w2 = 1.516", "0.220", B2 - ETA * E2, "new b2 = 0.219782")
for s, v in (("z1=0.8", Z1), ("a1=0.8", A1), ("z2=1.4", Z2), ("p=0.802", P), ("L=0.221", L)):
    b("x=0.5      z1=0.8       a1=0.8", s.split("=")[1], v, "diagram, restated forward value " + s)
b("(=0.5x1.0      (max(0,        (=0.8x1.5", "0.8x1.5", A1, "diagram working of z2, restated a1 = 0.8")
b("+0.3)          0.8))          +0.2)", "0.8))", Z1, "diagram working of a1 = max(0, z1), restated z1 = 0.8")
b("(=0.5)           (1 open / 0 shut)    it crosses       = 0.802 - 1", "0.802", P, "diagram, restated p")
b("=-0.148 &lt;-x0.5- -0.297", "-0.148", GW1, "diagram dL/dw1 = -0.148362")
b("=-0.148 &lt;-x0.5- -0.297", "-0.297", EA1, "diagram err@z1 = err@a1 = -0.296725")
b("=-0.148 &lt;-x0.5- -0.297", "-0.198", E2, "diagram err@z2")
b("The error is BORN at the output as p - y = -0.198", "-0.198", E2, "restated")
b("Start from the error at z2, which is p - y = -0.198", "-0.198", E2, "restated")
# the second room
a("error at a1 = (error at z2) x w2 = -0.198 x 1.5", "-0.297", box(lambda e: e * W2, R("-0.198")),
  "-0.198 x 1.5 = -0.297")
b("For z1 = 0.8 (positive)", "0.8", Z1, "restated z1")
a("error at z1 = (error at a1) x 1 = -0.297", "-0.297", box(lambda e: e, R("-0.297")), "-0.297 x 1")
a("slope of L w.r.t. w1 = (error at z1) x x = -0.297 x 0.5", "-0.148", box(lambda e: e * X, R("-0.297")),
  "-0.297 x 0.5 = -0.1485 (a tie; -0.148 with -0.297 anywhere above -0.2970); true -0.148362")
a("slope of L w.r.t. b1 = (error at z1) x 1 = -0.297", "-0.297", box(lambda e: e, R("-0.297")), "-0.297 x 1")
b("So w1's slope is about -0.148", "-0.148", GW1, "restated dL/dw1")
a("up: new w1 = 1.0 - (0.1 x -0.148) = 1.0148", "1.0148", box(lambda g: W1 - ETA * g, R("-0.148")), "1.0 + 0.0148")
b("nudging w1 to 1.1 drops the loss to about 0.206", "0.206", L_W1, "L at w1 = 1.1 = 0.206021")
b("nudging w1 to 1.1 drops the loss to about 0.206", "-0.15", (L_W1 - L) / D("0.1"),
  "(L(1.1) - L(1.0))/0.1 = -0.14397; also (0.206 - 0.221)/0.1 = -0.15")
b("chain-rule -0.148. Agreement again", "-0.148", GW1, "restated dL/dw1")
b("had come out as -0.40 instead of -0.198", "-0.198", E2, "restated p - y")
a("error at a1 = -0.40 x 1.5 = -0.60", "-0.60", ex(D("-0.40") * W2), "-0.40 x 1.5")
a("error at z1 = -0.60 x 1 = -0.60", "= -0.60", box(lambda e: e, R("-0.60")), "-0.60 x 1")
a("slope w.r.t. w1 = -0.60 x 0.5 = -0.30", "-0.30", box(lambda e: e * X, R("-0.60")), "-0.60 x 0.5")
# the real network, dropout, numerical stability
b("The effect is that each of the 641", "641", D(641), "restated parameter count")
a("With 16 clerks, 16 x 0.20 = 3.2", "3.2", ex(16 * D("0.20")), "16 x 0.20")
b("about 3 clerks sit out each pass", "3", D("3.2"), "about 3 of 3.2")
a("16 x 0.25 = 4. Four out, twelve working.", "4.", ex(16 * D("0.25")), "16 x 0.25 = 4, and 16 - 4 = twelve")
a("we compute e^(-(-500)) = e^500", "e^500", ex(500), "-(-500) = 500")
b("Since 500 is far past 88", "500", D(500), "restated exponent 500 (88 is the float32 limit, a fact)")
a("S(-80) = 1 / (1 + e^80) ≈ 1.8 x 10^(-35)", "1.8", ex(sig(D(-80)) * D(10) ** 35),
  "1/(1 + e^80) = 1.80485e-35")
b("repeated for all 641 dials", "641", D(641), "restated parameter count")
b("97.4% accuracy still means roughly three", "97.4", D("0.974") * 100,
  "the run's 0.974 as a percentage (1 - 0.974 = 2.6 in a hundred, 'roughly three')")


def judge():
    per_line = {}
    report = []
    for anchor, printed, mode, val, why in CHECKS:
        ln_ = line_of(anchor)
        text = DOC[ln_ - 1]
        if printed not in text:
            raise SystemExit("line %d does not print %r" % (ln_, printed))
        p = re.search(r"-?[0-9][0-9,]*(?:\.[0-9]+)?", printed.replace("e^", "")).group(0).replace(",", "")
        pv = D(p)
        u = unit(p)
        if mode == "a":
            lo, hi = val
            ok = (lo <= pv + u / 2) and (hi >= pv - u / 2)
            shown = "%s .. %s" % (str(lo)[:14], str(hi)[:14])
        else:
            ok = abs(D(val) - pv) <= u
            shown = str(D(val))[:14]
        report.append("%4d  %-8s %-3s %-6s from %-32s  %s" % (ln_, printed, mode, "ok" if ok else "WRONG", shown,
                                                                why))
        per_line.setdefault(ln_, []).append((ok, printed, shown, why))
    return per_line, report


def main():
    per_line, report = judge()
    print("\n".join(report))
    wrong = [ln_ for ln_, v in per_line.items() if not all(ok for ok, *_ in v)]
    right = sorted(ln_ for ln_ in per_line if ln_ not in wrong)
    print("\nlines judged: %d   right: %d   wrong: %d" % (len(per_line), len(right), len(wrong)))
    if wrong:
        raise SystemExit("unexpected wrong lines: %s" % wrong)
    notes = (
        "Rahul's ML Blog (learnrahulrai-ui/ml_blog, MIT), post 'Rolling Downhill by Hand: How a Neural Network "
        "Learns' (Chapter 7 Part 2), the generated GitHub Pages HTML of commit 0fcd105 kept verbatim: one <pre> "
        "block of plain text (the repository's commits are authored by Claude). Worked example: x = 0.5, w1 = 1.0, "
        "b1 = 0.3 (ReLU), w2 = 1.5, b2 = 0.2 (sigmoid), y = 1, L = -ln p, step 0.1: z1 = 0.8, z2 = 1.4, e^-1.4 = "
        "0.247, p = 0.802, L = 0.221; wiggle checks of -1/p and p(1-p); dL/dw2 = -1.247 x 0.159 x 0.8 = -0.158, "
        "dL/db2 = -0.198, new w2 = 1.5158, new b2 = 0.220; brute-force checks at w2 = 1.6 (L = 0.205, slope -0.16) "
        "and b2 = 0.3 (L = 0.201, slope -0.20); backward into the hidden unit -0.198 x 1.5 = -0.297, dL/dw1 = "
        "-0.297 x 0.5 = -0.148, new w1 = 1.0148, w1 = 1.1 gives L = 0.206; a 'your turn' with error -0.40; "
        "parameter counts 496 + 136 + 9 = 641, 2 x 641 x 341 = 437,162, dropout 16 x 0.20 = 3.2, 16 x 0.25 = 4, "
        "S(-80) = 1.8e-35. No line is wrong by the rule. Close calls, all right: line 200 p ~ 1/1.228 ~ 0.815 "
        "(1/1.228 = 0.81433 at the printed operand; 0.815 needs 1.228 at 1.2275 and is the true 0.814569); "
        "line 281 -0.297 x 0.5 = -0.1485, a tie, printed -0.148 (true -0.148362); line 207 restates the brute-force "
        "slope -0.16 whose true value (L(1.6) - L(1.5))/0.1 is -0.1533 (within one unit, and it follows from line 205's "
        "printed -0.016 / 0.1); line 286's measured slope -0.15 (true -0.1440). Lines 26 and 455 only convert the "
        "given 0.622 and 0.974 to percentages and are listed right; lines 146, 249, 250, 260 (diagram working) and 391 "
        "only restate computed values and are listed right. Not listed: run outputs (99.7%, 0.07, 0.15, "
        "0.974, 0.09 vs 0.14, 0.91, 14.7), hyper-parameters, the float32 limit 'roughly e^88' (a fact, ln of "
        "3.4e38 is 88.7) and the bound 'less than one part in 10^34' (line 405, a claim, consistent with 1.8e-35)."
    )
    exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
           "wrong": [], "right": right, "notes": notes}
    if "--write-expected" in sys.argv:
        (HERE / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote expected.json")


if __name__ == "__main__":
    main()
