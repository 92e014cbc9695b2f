#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, an excerpt (code cells with their
saved outputs) of Vaibhav Thakur's notebook "1. Single Layer Perceptron.ipynb" (x-SV-x/Deep-Learning):
"Numerical Example on Single Layer Perceptron".

Givens (the notebook's "Given data" cell, also stated in its first Markdown cell):
    x = [1.0, 2.0], target y = 1, w = [0.2, -0.5], b = 0.1, eta = 0.1,
    prediction 1 if net > 0 else 0 (net = w . x + b), error = y - y_pred,
    w <- w + eta * error * x, b <- b + eta * error, 3 epochs on the same example,
    then a test net input for x_test = [2.0, 1.0] with the trained w, b.

Plain Python 3 with exact fractions; does not import nnwalk or the generator.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last printed digit):
  (a) p printed as the result of an expression of numbers printed on the same line: right only when redoing it
      from those numbers rounds to p;
  (b) a value printed without its working: right within one unit of its last digit of the true value, or when it
      follows from printed correct operands;
  (c) a restated / recomputed consequence of a wrong value is wrong, kind "propagated"; the first wrong value is
      kind "first" (also "first" when the line does not follow even from the printed, wrong operands).
Every output line here is of kind (b): the program prints results only.

Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import re
import sys
from fractions import Fraction as F

DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/x-SV-x/Deep-Learning/blob/6e1f8b2daca48df615b45202bf8aa5faf72216cb/"
          "1.%20Single%20Layer%20Perceptron/1.%20Single%20Layer%20Perceptron.ipynb")
LICENSE = ("none stated (no LICENSE file, no license notice in README or notebook); doc.ipynb keeps only the "
           "code cells with their saved outputs, unchanged, plus one added Markdown cell naming the source")
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1, after=0):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t and i + 1 > after]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d after line %d)" % (DOCFILE, sub, nth, after))
    return hits[nth - 1]


def unit(s):
    s = s.strip()
    return F(1, 10 ** len(s.split(".")[1])) if "." in s and s.split(".")[1] else F(1)


def close(printed, true):
    return abs(F(printed) - true) <= unit(printed)


def fmt(v):
    return str(float(v))


# ------------------------------------------------------------------ givens, checked against the document
X = [F("1.0"), F("2.0")]
Y = 1
W0 = [F("0.2"), F("-0.5")]
B0 = F("0.1")
ETA = F("0.1")
X_TEST = [F("2.0"), F("1.0")]
for needle in ('"x = np.array([1.0, 2.0])', '"y = 1 ', '"w = np.array([0.2, -0.5])', '"b = 0.1 ',
               '"eta = 0.1 ', '"x_test = np.array([2.0, 1.0])', '"for epoch in range(1,4):',
               '"    y_pred = 1 if net_input > 0 else 0', '"    w = w + eta * error * x',
               '"    b = b + eta * error'):
    line_of(needle)

# ------------------------------------------------------------------ true trace
TRUE = []          # per epoch: net, pred, err, w_new, b_new
w, b = list(W0), B0
for ep in range(3):
    net = sum(a * c for a, c in zip(w, X)) + b
    pred = 1 if net > 0 else 0
    err = Y - pred
    w = [wi + ETA * err * xi for wi, xi in zip(w, X)]
    b = b + ETA * err
    TRUE.append((net, pred, err, list(w), b))
NET_TEST = sum(a * c for a, c in zip(w, X_TEST)) + b
# expected: epoch 1 net -0.7 (0, error 1) -> w [0.3,-0.3], b 0.2; epoch 2 net -0.1 (0, error 1) -> w [0.4,-0.1],
# b 0.3; epoch 3 net 0.5 (1, error 0) -> unchanged; test net 1.0
assert TRUE[0][0] == F("-0.7") and TRUE[1][0] == F("-0.1") and TRUE[2][0] == F("0.5") and NET_TEST == 1

RESULTS = []   # (line, verdict, kind, printed, correct, why)


def rec(L, ok, kind, printed, correct, why):
    RESULTS.append((L, "right" if ok else "wrong", None if ok else kind, printed, correct, why))


NUM = r"(-?\d+(?:\.\d+)?)"
prev_printed_w, prev_printed_b = list(W0), B0    # what the printed trace says w, b are before each epoch
prev_ok = True
after = 0
for ep in range(3):
    net_t, pred_t, err_t, w_t, b_t = TRUE[ep]
    E = line_of('"Epoch %d: \\n"' % (ep + 1), after=after)
    Ln = line_of('" Net input = ', after=E)
    Lp = line_of('" Predicted output = ', after=E)
    Le = line_of('" Error = ', after=E)
    Lw = line_of('" Updated weights = [', after=E)
    Lb = line_of('" Updated bias = ', after=E)
    assert E < Ln < Lp < Le < Lw < Lb, (E, Ln, Lp, Le, Lw, Lb)
    after = Lb
    p_net = re.search(r"Net input = " + NUM, DOC[Ln - 1]).group(1)
    p_pred = int(re.search(r"Predicted output = (\d+)", DOC[Lp - 1]).group(1))
    p_err = int(re.search(r"Error = (-?\d+)", DOC[Le - 1]).group(1))
    p_w = re.findall(r"-?\d+(?:\.\d*)?", DOC[Lw - 1].split("[", 1)[1].split("]")[0])
    p_b = re.search(r"Updated bias = " + NUM, DOC[Lb - 1]).group(1)

    # net input: true value vs. the value implied by the printed trace's own state
    net_from_printed = sum(a * c for a, c in zip(prev_printed_w, X)) + prev_printed_b
    ok = close(p_net, net_t)
    kind = "propagated" if (not ok and close(p_net, net_from_printed) and not prev_ok) else "first"
    rec(Ln, ok, kind, p_net, "%.2f" % net_t,
        "epoch %d: net = w.x + b = %s from w = [%s], b = %s" % (ep + 1, fmt(net_t), ", ".join(fmt(v) for v in
        (TRUE[ep - 1][3] if ep else W0)), fmt(TRUE[ep - 1][4] if ep else B0))
        + ("" if ok else "; the printed %s is what the printed trace's own state gives (w = [%s], b = %s)"
           % (p_net, ", ".join(fmt(v) for v in prev_printed_w), fmt(prev_printed_b))
           if close(p_net, net_from_printed) else
           "; the printed %s does not follow from the given w = [0.2, -0.5], b = 0.1: the loop cell (In [18]) "
           "ran before the 'Given data' cell (In [19]), on weights already trained by an earlier run"
           % p_net))
    net_ok = ok
    # predicted output: follows from the printed net?
    ok = p_pred == pred_t
    rec(Lp, ok, "propagated" if (p_pred == (1 if F(p_net) > 0 else 0)) else "first", str(p_pred), str(pred_t),
        "epoch %d: net %s %s 0 -> y_pred = %d" % (ep + 1, fmt(net_t), ">" if net_t > 0 else "<=", pred_t)
        + ("" if ok else "; printed %d follows from the printed (wrong) net input %s" % (p_pred, p_net)))
    ok = p_err == err_t
    rec(Le, ok, "propagated" if p_err == Y - p_pred else "first", str(p_err), str(err_t),
        "epoch %d: error = y - y_pred = 1 - %d = %d" % (ep + 1, pred_t, err_t)
        + ("" if ok else "; printed %d follows from the printed (wrong) prediction %d" % (p_err, p_pred)))
    # updated weights / bias: value printed without working (rule b)
    w_from_printed = [a + ETA * p_err * xi for a, xi in zip(prev_printed_w, X)]
    b_from_printed = prev_printed_b + ETA * p_err
    ok = all(close(p, t) for p, t in zip(p_w, w_t))
    follows = all(close(p, t) for p, t in zip(p_w, w_from_printed))
    rec(Lw, ok, "propagated" if follows else "first", "[%s]" % " ".join(p_w),
        "[%s]" % ", ".join(fmt(v) for v in w_t),
        "epoch %d: w = w + eta*error*x = [%s]" % (ep + 1, ", ".join(fmt(v) for v in w_t))
        + ("" if ok else "; from the printed trace (w = [%s] before the epoch, printed error %d) it would be "
           "[%s], so the printed weights follow from no printed value: they are the kernel's stale, "
           "already-trained weights" % (", ".join(fmt(v) for v in prev_printed_w), p_err,
                                        ", ".join(fmt(v) for v in w_from_printed))))
    ok = close(p_b, b_t)
    follows = close(p_b, b_from_printed)
    rec(Lb, ok, "propagated" if follows else "first", p_b, "%.2f" % b_t,
        "epoch %d: b = b + eta*error = %s" % (ep + 1, fmt(b_t))
        + ("" if ok else "; from the printed trace (b = %s before the epoch, printed error %d) it would be %s, "
           "so the printed bias follows from no printed value (stale kernel state)"
           % (fmt(prev_printed_b), p_err, fmt(b_from_printed))))
    prev_ok = all(r[1] == "right" for r in RESULTS)
    prev_printed_w, prev_printed_b = [F(v) for v in p_w], F(p_b)

# test phase
Lt = line_of('"   Net input = ')
p_t = re.search(r"Net input =\s+" + NUM, DOC[Lt - 1]).group(1)
ok = close(p_t, NET_TEST)
rec(Lt, ok, "first", p_t, "%.2f" % NET_TEST,
    "test: net = w.x_test + b = 0.4*2 + (-0.1)*1 + 0.3 = %s with the weights after 3 true epochs" % fmt(NET_TEST))
# the echo of x_test is a given, in neither list
line_of('"  Test Input = [2. 1.]')

# ------------------------------------------------------------------ report / expected.json
RESULTS.sort()
lines = [r[0] for r in RESULTS]
assert len(lines) == len(set(lines)) == 16, len(lines)
for r in RESULTS:
    print("%4d %-5s %-10s %-12s true %-14s %s" % (r[0], r[1], r[2] or "", r[3], r[4], r[5]))
wrong = [{"line": r[0], "page": None, "printed": r[3], "correct": r[4], "kind": r[2], "why": r[5]}
         for r in RESULTS if r[1] == "wrong"]
right = [r[0] for r in RESULTS if r[1] == "right"]
print("wrong: %d (first %d, propagated %d), right: %d" % (
    len(wrong), sum(w["kind"] == "first" for w in wrong), sum(w["kind"] == "propagated" for w in wrong),
    len(right)))

NOTES = (
    "Program output of a 3-epoch single-perceptron trace on one example (x = [1, 2], y = 1, w = [0.2, -0.5], "
    "b = 0.1, eta = 0.1, step with 'net <= 0 -> 0'). The saved output is a stale kernel state: the loop cell has "
    "execution count 18 while the 'Given data' cell has 19, and every epoch prints net 0.50, prediction 1, error 0 "
    "and the unchanged weights [0.4, -0.1], bias 0.30 - the state after two updates. From the givens the true "
    "trace is: epoch 1 net -0.70, y_pred 0, error 1, w [0.3, -0.3], b 0.20; epoch 2 net -0.10, y_pred 0, error 1, "
    "w [0.4, -0.1], b 0.30; epoch 3 net 0.50, y_pred 1, error 0, w and b unchanged. So epoch 1 is wrong on every "
    "line (net input first; prediction and error propagated from it; updated weights and bias first, because even "
    "from the printed error 0 they would stay at the given [0.2, -0.5] and 0.1), epoch 2's net, prediction and "
    "error are wrong but follow from epoch 1's printed weights (propagated), while epoch 2's updated weights and "
    "bias and all of epoch 3 coincide with the true values (right under rule b). The test cell (count 16) prints "
    "net 1.00 for x_test = [2, 1], equal to the true value with the trained weights: right. The echo of x_test "
    "and the epoch headers hold no computed number. Line numbers are those of the excerpt doc.ipynb.")

if "--write-expected" in sys.argv:
    out = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
           "wrong": wrong, "right": right, "notes": NOTES}
    (HERE / "expected.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote expected.json")
