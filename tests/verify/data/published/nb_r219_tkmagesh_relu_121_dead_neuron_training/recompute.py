#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, the notebook
"12-NN/02-NN-Handcoded.ipynb" of tkmagesh/Nutanix-IntermediateML-May-2025 (Magesh Kuppan's intermediate-ML
training course): a hand-coded 1-2-1 network (two ReLU hidden neurons, linear output), one training example
X = 2, Y_true = 1.5, loss 0.5*(Y_true - Y_pred)^2, 100 steps of plain gradient descent (alpha = 0.01); the loss is
printed every 10 epochs (the loss of the forward pass BEFORE that epoch's update) and the final weights and
biases after the 100 updates.

Givens (the code cell; exact decimals): W1, B1 = 0.5, 0.1; W2, B2 = -0.3, 0.2; W3, W4, B3 = 0.7, -0.6, 0.05;
alpha = 0.01; epochs = 100; X = 2; Y_true = 1.5.

Note: hidden neuron 2 is dead from the start (Z2 = -0.3*2 + 0.2 = -0.4 < 0, A2 = 0, relu'(Z2) = 0), so W2, B2 and
W4 never change; the final values -0.3000, 0.2000, -0.6000 are nevertheless results of the 100 updates (a
trainer that let gradient through the dead unit would change them), and are judged as computed values.

Plain Python 3, decimal at 60 digits; does not import nnwalk or the generator.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last printed digit):
  (b) a value printed without its working: right within one unit of its last digit of the true value;
  (c) a restated / recomputed consequence of a wrong value is wrong, kind "propagated".
Every printed value here is of kind (b) (program output without working on the line).

Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import re
import sys
from decimal import Decimal as D, getcontext, ROUND_HALF_EVEN

getcontext().prec = 60

DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/tkmagesh/Nutanix-IntermediateML-May-2025/blob/"
          "113753ba452eaacd25aac21edb7a80ebc6130117/12-NN/02-NN-Handcoded.ipynb")
LICENSE = ("none stated (no LICENSE file in the repository, no notice in the notebook); the notebook is a single "
           "code cell (the worked computation) with its printed output and no prose cell, kept byte for byte as "
           "the excerpt of the worked equations and numbers")
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, after=0):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t and i + 1 > after]
    if not hits:
        raise SystemExit("%s has no line containing %r after line %d" % (DOCFILE, sub, after))
    return hits[0]


def unit(s):
    return D(1).scaleb(-len(s.split(".")[1]))


def within(p, true):
    return abs(D(p) - true) <= unit(p)


def rnd(v, s):
    return v.quantize(unit(s), rounding=ROUND_HALF_EVEN)


# ------------------------------------------------------------------ givens, checked against the document
def given(src, pattern, n):
    L = line_of(src)
    m = re.search(pattern, DOC[L - 1])
    if not m:
        raise SystemExit("cannot parse givens on line %d: %r" % (L, DOC[L - 1]))
    return [D(v) for v in m.groups()[:n]]


NUMR = r"(-?\d+(?:\.\d+)?)"
W1, B1 = given('"W1, B1 = ', r"W1, B1 = %s, %s" % (NUMR, NUMR), 2)
W2, B2 = given('"W2, B2 = ', r"W2, B2 = %s, %s" % (NUMR, NUMR), 2)
W3, W4, B3 = given('"W3, W4, B3 = ', r"W3, W4, B3 = %s, %s, %s" % (NUMR, NUMR, NUMR), 3)
(ALPHA,) = given('"alpha = ', r"alpha = %s" % NUMR, 1)
(EPOCHS,) = given('"epochs = ', r"epochs = %s" % NUMR, 1)
(X,) = given('"X = ', r"X = %s" % NUMR, 1)
(YT,) = given('"Y_true = ', r"Y_true = %s" % NUMR, 1)
for src in ['"    loss = 0.5 * (Y_true - Y_pred) ** 2\\n"', '"    dL_dA1 = dL_dY_pred * W3\\n"',
            '"    dL_dZ1 = dL_dA1 * relu_derivative(Z1)\\n"', '"    W3 -= alpha * dL_dW3\\n"',
            '"    if epoch % 10 == 0:\\n"', '"    return 1 if x > 0 else 0\\n"']:
    line_of(src)

# ------------------------------------------------------------------ the training run (as the code does it)
LOSS = {}
for epoch in range(int(EPOCHS)):
    Z1 = W1 * X + B1
    A1 = max(D(0), Z1)
    Z2 = W2 * X + B2
    A2 = max(D(0), Z2)
    Yp = W3 * A1 + W4 * A2 + B3
    loss = D("0.5") * (YT - Yp) ** 2
    d = Yp - YT
    gW3, gW4, gB3 = d * A1, d * A2, d
    dZ1 = d * W3 * (1 if Z1 > 0 else 0)          # old W3, as in the code
    dZ2 = d * W4 * (1 if Z2 > 0 else 0)
    W1 -= ALPHA * dZ1 * X
    W2 -= ALPHA * dZ2 * X
    B1 -= ALPHA * dZ1
    B2 -= ALPHA * dZ2
    W3 -= ALPHA * gW3
    W4 -= ALPHA * gW4
    B3 -= ALPHA * gB3
    if epoch % 10 == 0:
        LOSS[epoch] = loss
FINAL = {"W1": W1, "B1": B1, "W2": W2, "B2": B2, "W3": W3, "W4": W4, "B3": B3}

# ------------------------------------------------------------------ judge
RESULTS = []
for epoch in sorted(LOSS):
    L = line_of('"Epoch %d: Loss = ' % epoch)
    p = re.search(r"Loss = (-?\d+\.\d+)", DOC[L - 1]).group(1)
    t = LOSS[epoch]
    RESULTS.append((L, within(p, t), p, str(rnd(t, p)),
                    "loss 0.5*(1.5 - Y_pred)^2 before the update of epoch %d = %.10g" % (epoch, t)))
after = line_of('"Final Weights & Biases:')
for names in (("W1", "B1"), ("W2", "B2"), ("W3", "W4", "B3")):
    L = line_of('"%s: ' % names[0], after=after)
    got = re.findall(r"(\w+): (-?\d+\.\d+)", DOC[L - 1])
    assert [g[0] for g in got] == list(names), (L, got)
    ok = all(within(p, FINAL[n]) for n, p in got)
    RESULTS.append((L, ok, ", ".join("%s: %s" % g for g in got),
                    ", ".join("%s: %s" % (n, rnd(FINAL[n], p)) for n, p in got),
                    "after 100 updates: " + ", ".join("%s = %.10f" % (n, FINAL[n]) for n in names)
                    + (" (hidden neuron 2 is dead: Z2 = -0.4 < 0, so W2, B2, W4 never move)"
                       if names[0] in ("W2", "W3") else "")))

RESULTS.sort()
lines = [r[0] for r in RESULTS]
assert len(lines) == len(set(lines)) == 13, len(lines)
out_start, out_end = line_of('"outputs": ['), line_of('"source": [')
for L in range(out_start, out_end):
    if re.search(r"\d\.\d", DOC[L - 1]):
        assert L in lines, ("unjudged output line", L, DOC[L - 1])
for r in RESULTS:
    print("%4d %-5s %-36s true %-36s %s" % (r[0], "right" if r[1] else "WRONG", r[2], r[3], r[4]))
wrong = [{"line": r[0], "page": None, "printed": r[2], "correct": r[3], "kind": "first", "why": r[4]}
         for r in RESULTS if not r[1]]
right = [r[0] for r in RESULTS if r[1]]
print("wrong: %d, right: %d" % (len(wrong), len(right)))

NOTES = (
    "Program output of a hand-coded 1-2-1 network (two ReLU hidden units, linear output) trained by gradient "
    "descent on one example (X = 2, Y_true = 1.5; W1, B1 = 0.5, 0.1; W2, B2 = -0.3, 0.2; W3, W4, B3 = 0.7, -0.6, "
    "0.05; alpha 0.01; loss 0.5*(Y_true - Y_pred)^2; 100 epochs). The loss printed at epochs 0, 10, ..., 90 is "
    "that of the forward pass before the epoch's update (0.2312, 0.08057, 0.02361, 0.006181, 0.001519, "
    "0.000361, 8.44e-5, 1.96e-5, 4.52e-6, 1.04e-6, so the last three print 0.0000). Final values after the 100 "
    "updates: W1 = %.6f, B1 = %.6f, W3 = %.6f, B3 = %.6f; hidden unit 2 is dead from the start (Z2 = -0.4), so "
    "W2 = -0.3, B2 = 0.2 and W4 = -0.6 never change. Every printed value agrees with the exact recomputation: "
    "a clean document (measures false alarms), %d right lines. The line 'W2: -0.3000, B2: 0.2000' is counted "
    "as computed (the result of 100 zero-gradient updates), not as a restated given. The code cell holds only "
    "givens and formulas and is in neither list."
    % (FINAL["W1"], FINAL["B1"], FINAL["W3"], FINAL["B3"], len(right)))

if "--write-expected" in sys.argv:
    out = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
           "wrong": wrong, "right": right, "notes": NOTES}
    (HERE / "expected.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote expected.json")
