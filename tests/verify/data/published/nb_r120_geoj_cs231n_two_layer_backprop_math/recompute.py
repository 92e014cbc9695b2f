#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, the worked (Markdown) cells of
g-eoj's "cs231n Two-Layer Backprop Mathematics Example" notebook: one forward and backward pass by hand of the
CS231n (Spring 2017, assignment 1 Q4) two-layer net, ReLU hidden layer, softmax + cross-entropy loss, no
regularisation.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (first cell): x = [16, -6], y = 2, W1 = [[0.18, 0.04], [0.1, 0.22]], b1 = 0,
W2 = [[0.19, -0.1, 0.1], [-0.02, -0.01, 0.04]], b2 = 0. The page's conventions (followed here): row vectors,
M = x W1 + b1, h1 = max(0, M), scores = h1 W2 + b2, loss = -log softmax(scores)_y, dscores = softmax - onehot(y),
dW2 = h1^T dscores, db2 = dscores, dh1 = dscores W2^T, ReLU gate, dW1 = x^T dM, db1 = dM.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on that line: p must be the expression
      redone from those numbers, rounded at p's digits;
  (b) a value printed without its working on that line, or restated, is right within one unit of its last digit of
      the true value, or when it follows from printed correct operands (the page's own earlier rounded values);
  (c) restated wrong values are wrong, propagated; values computed from a wrong one and themselves off are wrong,
      propagated.
A line is wrong when any number on it is wrong. Lines holding only givens are in neither list. Lines are lines of
the raw JSON file (grep -n).
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/g-eoj/cs231n/blob/4645873f82b41c90bf4ce4854e8d8ef5c53935b9/"
          "cs231n-two-layer-backprop-math.ipynb")
LICENSE = ("none (no LICENSE in the repository); doc.ipynb keeps only the notebook's worked Markdown cells "
           "(10 of 19 cells), verbatim, re-serialised with json.dump(indent=1, ensure_ascii=False)")
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")
# substrings are written as the Markdown source reads; the raw JSON doubles every backslash
SRC = [t.replace("\\\\", "\\") for t in DOC]


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(SRC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    return abs(D(p) - rnd(x, p)) <= unit(p)


# ---- true values -------------------------------------------------------------------------------------------
x = [D(16), D(-6)]
W1 = [[D("0.18"), D("0.04")], [D("0.1"), D("0.22")]]
W2 = [[D("0.19"), D("-0.1"), D("0.1")], [D("-0.02"), D("-0.01"), D("0.04")]]
M = [x[0] * W1[0][j] + x[1] * W1[1][j] for j in range(2)]
h1 = [max(D(0), m) for m in M]
sc = [h1[0] * W2[0][k] + h1[1] * W2[1][k] for k in range(3)]
Z = sum(v.exp() for v in sc)
p = [v.exp() / Z for v in sc]
loss = -(p[2].ln())
ds = [p[0], p[1], p[2] - 1]
dW2 = [[h1[i] * ds[k] for k in range(3)] for i in range(2)]
dh = [sum(ds[k] * W2[j][k] for k in range(3)) for j in range(2)]
dM = [dh[j] if M[j] > 0 else D(0) for j in range(2)]
dW1 = [[x[i] * dM[j] for j in range(2)] for i in range(2)]

# values from the page's own printed (rounded) operands, for "follows from printed correct operands"
P_ds = [D("0.429052723714"), D("0.221490524653"), D("-0.650543248367")]
P_h10 = D("2.28")
P_dh = [sum(P_ds[k] * W2[j][k] for k in range(3)) for j in range(2)]
P_dM0 = D("-0.005683359796")

SC = ["0.4332", "-0.228", "0.228"]
DS = ["0.429052723714", "0.221490524653", "-0.650543248367"]
S = list(zip(SC, sc))
DSV = [(DS[k], ds[k], None) for k in range(3)]

# (what the line holds, substring, nth hit, [(printed, true, value from printed operands or None), ...])
CHECKS = [
    ("M = x W1 + b1", "\\max (0, \\begin{bmatrix}2.28 & -0.68", 1, [("2.28", M[0], None), ("-0.68", M[1], None)]),
    ("h1 = max(0, M)", "\\begin{bmatrix}2.28 & 0\\end{bmatrix}$", 1, [("2.28", h1[0], None), ("0", h1[1], None)]),
    ("h1 restated in scores = h1 W2 + b2", "\\begin{bmatrix}2.28 & 0\\end{bmatrix} \\begin{bmatrix}0.19", 1,
     [("2.28", h1[0], None), ("0", h1[1], None)]),
    ("scores", "\\begin{bmatrix}0.4332 & -0.228 & 0.228\\end{bmatrix}$\"", 1, [(a, b, None) for a, b in S]),
    ("scores restated (loss section)", "Next we evaluate $loss(scores)$", 1, [(a, b, None) for a, b in S]),
    ("scores in the loss expression, term 0", "loss(scores) &= -(0)\\log", 1, [(a, b, None) for a, b in S]),
    ("scores in the loss expression, term 1", "&+ -(0)\\log", 1, [(a, b, None) for a, b in S]),
    ("scores in the loss expression, term 2", "&+ -(1)\\log", 1, [(a, b, None) for a, b in S]),
    ("loss", "&= 1.051375468504", 1, [("1.051375468504", loss, None)]),
    ("scores restated (dscores section)", "Next, we evaluate $\\nabla loss(scores)$", 1,
     [(a, b, None) for a, b in S]),
    ("softmax of the scores", "\\text{softmax}(0.4332)", 1, [(a, b, None) for a, b in S]),
    ("dscores = softmax - onehot(2)", "&= \\begin{bmatrix}0.429052723714 & 0.221490524653", 1, DSV),
    ("h1^T and dscores restated (dW2)", "&= \\begin{bmatrix}2.28 \\\\ 0\\end{bmatrix}", 1,
     [("2.28", h1[0], None), ("0", h1[1], None)] + DSV),
    ("dW2 row 0 = 2.28 * dscores", "0.978240210068 & 0.504998396209 & -1.483238606277", 1,
     [("0.978240210068", dW2[0][0], P_h10 * P_ds[0]), ("0.504998396209", dW2[0][1], P_h10 * P_ds[1]),
      ("-1.483238606277", dW2[0][2], P_h10 * P_ds[2])]),
    ("dW2 row 1 = 0 * dscores", "\"0 & 0 & 0\\n\"", 1, [("0", dW2[1][k], None) for k in range(3)]),
    ("db2 = dscores", "$\\nabla loss(scores) = \\begin{bmatrix}0.429052723714", 1, DSV),
    ("dscores restated (dh1)", "&= \\begin{bmatrix}0.429052723714 & 0.221490524653 & -0.650543248367\\end{bmatrix}\\n",
     1, DSV),
    ("dh1 = dscores W2^T", "&= \\begin{bmatrix} -0.005683359796 & -0.036817689655 \\end{bmatrix}.", 1,
     [("-0.005683359796", dh[0], P_dh[0]), ("-0.036817689655", dh[1], P_dh[1])]),
    ("M and dh1 restated", "From the forward pass we know that $M", 1,
     [("2.28", M[0], None), ("-0.68", M[1], None), ("-0.005683359796", dh[0], P_dh[0]),
      ("-0.036817689655", dh[1], P_dh[1])]),
    ("ReLU gate", "-0.005683359796(1) & -0.036817689655(0)", 1,
     [("-0.005683359796", dh[0], P_dh[0]), ("-0.036817689655", dh[1], P_dh[1])]),
    ("dM after the gate", "&= \\begin{bmatrix} -0.005683359796 & 0 \\end{bmatrix}.", 1,
     [("-0.005683359796", dM[0], P_dh[0]), ("0", dM[1], None)]),
    ("dM restated (dW1)", "So the array stored in `grad['W1']` is", 1,
     [("-0.005683359796", dM[0], P_dh[0]), ("0", dM[1], None)]),
    ("x^T dM", "\\begin{bmatrix}16 \\\\ -6\\end{bmatrix} \\begin{bmatrix} -0.005683359796", 1,
     [("-0.005683359796", dM[0], P_dh[0]), ("0", dM[1], None)]),
    ("dW1 row 0 = 16 * dM", "\"-0.090933756736 & 0", 1, [("-0.090933756736", dW1[0][0], 16 * P_dM0),
                                                         ("0", dW1[0][1], None)]),
    ("dW1 row 1 = -6 * dM", "\"0.034100158776 & 0", 1, [("0.034100158776", dW1[1][0], -6 * P_dM0),
                                                        ("0", dW1[1][1], None)]),
    ("db1 = dM", "So the array stored in `grad['b1']` is", 1,
     [("-0.005683359796", dM[0], P_dh[0]), ("0", dM[1], None)]),
]

wrong, right, report, close = [], [], [], []
for what, sub, nth, nums in CHECKS:
    L = line_of(sub, nth)
    text = SRC[L - 1]
    bad = []
    for pr, tv, ov in nums:
        if pr not in text:
            raise SystemExit("line %d does not print %s" % (L, pr))
        ok_true = near(pr, tv)
        ok_ops = ov is not None and rnd(ov, pr) == D(pr)
        if ok_ops and not ok_true:
            close.append("line %d: %s is %s units from the true %s but is exactly the page's printed operands "
                         "worked through" % (L, pr, abs(D(pr) - rnd(tv, pr)) / unit(pr), rnd(tv, pr)))
        if not (ok_true or ok_ops):
            bad.append((pr, tv))
        report.append("line %3d %-40s %s true %s %s" % (L, what[:40], pr, rnd(tv, pr),
                                                         "ok" if (ok_true or ok_ops) else "WRONG"))
    if bad:
        wrong.append({"line": L, "page": None, "printed": bad[0][0], "correct": str(rnd(bad[0][1], bad[0][0])),
                      "kind": "first", "why": what})
    else:
        right.append(L)

NOTES = ("Student's worked CS231n assignment maths (2-2-3 net, ReLU, softmax cross-entropy, x = [16, -6], y = 2), "
         "every value printed to 12 decimals. Everything checks: M, h1, scores, loss 1.051375468504, dscores, "
         "dW2, db2, dh1, the ReLU gate, dW1, db1 are right. Lines that only restate computed values (scores inside "
         "the loss expression, softmax(0.4332) etc.) are counted as right lines. Close calls: "
         + "; ".join(close) + ". The page writes h1_2 for h1_1 in one symbolic line (an index typo, no number). "
         "Only the worked Markdown cells are kept (the notebook's code cells re-check the numbers against a "
         "NumPy implementation; they were left out with the licence-free excerpt).")

print("\n".join(report))
print("close calls:", *close, sep="\n  ")
print("wrong:", [w["line"] for w in wrong], "right:", right)
if "--write-expected" in sys.argv:
    out = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
           "wrong": sorted(wrong, key=lambda w: w["line"]), "right": sorted(set(right)), "notes": NOTES}
    (HERE / "expected.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote expected.json")
