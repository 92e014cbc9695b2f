#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, an excerpt (code statements and
printed outputs) of `backpropagation.ipynb` in github.com/MohuaHaldar/AI: a learner's re-implementation of Jason
Brownlee's "How to Code a Neural Network with Backpropagation In Python (from scratch)" (Machine Learning
Mastery): sigmoid neurons with biases stored as the last weight, a 2-1-2 test network for the forward and backward
pass, then a 2-2-2 network trained online on a 10-row toy set (lr = 0.5, 20 epochs, weights from random()).

Printed computed numbers and what they should be:
  * forward pass of row [1, 0] through the fixed 2-1-2 network: hidden h = sigmoid(0.13436*1 + 0.84743*0 + 0.76377)
    = 0.7105668883; outputs o_k = sigmoid(w_k0 * h + b_k). The notebook's forward_propagation() feeds `row`
    (the raw inputs) to every layer instead of the previous layer's outputs, so it prints sigmoid(w_k0 * 1 + b_k).
  * deltas of the same network with the given outputs and expected [0, 1]: output deltas (t - o) o (1 - o);
    hidden delta (sum_k w_k0 delta_k) h (1 - h). The notebook's back_propagation() appends the running error inside
    the loop over the next layer's neurons (so errors[0] holds only the first output neuron's term) and multiplies
    by h (1 - h) twice.
  * training: the 20 summed squared errors per epoch and the final network (weights, outputs and deltas of the
    last row). The initial weights are the random() draws 8-19 after seed(1) (cells ran in order 74..83; the test
    cell `seed(1); initialize_network(2,1,2)` had drawn the first 7, which it printed). Both the forward and the
    backward bug act in every step.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last printed digit):
  (a) a line printing p as the result of an expression of numbers printed on it: right only when redoing it from
      those numbers rounds to p;
  (b) a value printed without working, or restated: right within one unit of its last digit of the true value
      (full-precision float reprs: also within 4 ulp, 4 * 2**-52 * |true|);
  (c) a restated or recomputed consequence of a wrong value is wrong, propagated.
True values use correct backpropagation in exact decimal arithmetic (60 digits) from the notebook's givens.
A float replay of the notebook's own (buggy) code is run as a check that the printed values are indeed what
that code prints, which pins down the initial weights of the training run.
Plain Python 3; does not import nnwalk or the generator.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import ast
import json
import math
import pathlib
import random
import re
import sys
from decimal import Decimal as D
from decimal import ROUND_HALF_EVEN, getcontext

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = "https://github.com/MohuaHaldar/AI/blob/43527dafb8f1f363db9abf4192bc808223c06299/backpropagation.ipynb"
LICENSE = ("none stated (the repository has no LICENSE; README only) -> doc.ipynb is an excerpt: the code "
           "statements (comments, blank lines and empty cells removed) and the printed outputs verbatim, "
           "re-serialised as nbformat 4 JSON; line numbers are those of the stored excerpt")
RAW = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")
RESULTS = {}


# ---------------- helpers on the raw file ----------------
def line_of(sub, after=0):
    for i in range(after, len(RAW)):
        if sub in RAW[i]:
            return i + 1
    raise SystemExit("%s has no line containing %r after line %d" % (DOCFILE, sub, after))


def json_str(L):
    """the Python text of the JSON string literal on raw line L."""
    t = RAW[L - 1].strip()
    if t.endswith(","):
        t = t[:-1]
    return json.loads(t)


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def sigdigits(p):
    return len(D(p).as_tuple().digits)


def ok(p, t):
    p, t = D(p), D(t)
    tol = unit(p)
    if sigdigits(p) >= 15:
        tol = max(tol, abs(t) * 4 * D(2) ** -52)
    return abs(p - t) <= tol


def rnd(t, p):
    if "e" in str(p).lower():
        return "{:.{n}e}".format(D(t), n=sigdigits(p) - 1)
    return D(t).quantize(unit(p), rounding=ROUND_HALF_EVEN)


def judge(L, pairs, why, kind="first"):
    bad = [(p, t, lab) for p, t, lab in pairs if not ok(p, t)]
    if L in RESULTS:
        raise SystemExit("line %d judged twice" % L)
    RESULTS[L] = dict(status="right" if not bad else kind,
                      printed=", ".join(str(p) for p, t, lab in bad),
                      correct=", ".join(str(rnd(t, p)) for p, t, lab in bad),
                      why=why + ("" if not bad else " -- " + "; ".join(
                          "%s printed %s, true %s" % (lab, p, rnd(t, p)) for p, t, lab in bad)))


# ---------------- exact network arithmetic (correct backpropagation) ----------------
def sig(z):
    return 1 / (1 + (-z).exp())


def forward(net, row):
    inputs = row
    for layer in net:
        new = []
        for n in layer:
            w = n["weights"]
            z = w[-1] + sum(w[i] * inputs[i] for i in range(len(w) - 1))
            n["output"] = sig(z)
            new.append(n["output"])
        inputs = new
    return inputs


def backward(net, expected):
    for i in reversed(range(len(net))):
        layer = net[i]
        if i == len(net) - 1:
            errors = [expected[j] - layer[j]["output"] for j in range(len(layer))]
        else:
            errors = [sum(n["weights"][j] * n["delta"] for n in net[i + 1]) for j in range(len(layer))]
        for j, n in enumerate(layer):
            n["delta"] = errors[j] * n["output"] * (1 - n["output"])


def update(net, row, eta):
    for i in range(len(net)):
        inputs = row[:-1] if i == 0 else [n["output"] for n in net[i - 1]]
        for n in net[i]:
            for j in range(len(inputs)):
                n["weights"][j] += eta * n["delta"] * inputs[j]
            n["weights"][-1] += eta * n["delta"]


# ---------------- the notebook's own code, replayed in float (check only) ----------------
def f_forward_bug(net, row):
    inputs = row
    for layer in net:
        new = []
        for n in layer:
            w = n["weights"]
            z = w[-1]
            for i in range(len(w) - 1):
                z += w[i] * row[i]          # the notebook's bug: `row`, not `inputs`
            n["output"] = 1.0 / (1.0 + math.exp(-z))
            new.append(n["output"])
        inputs = new
    return inputs


def f_backward_bug(net, expected):
    for i in reversed(range(len(net))):
        layer = net[i]
        errors = []
        if i != len(net) - 1:
            for j in range(len(layer)):
                error = 0.0
                for n in net[i + 1]:
                    error += (n["weights"][j] * n["delta"]) * (layer[j]["output"] * (1.0 - layer[j]["output"]))
                    errors.append(error)
        else:
            for j in range(len(layer)):
                errors.append(expected[j] - layer[j]["output"])
        for j in range(len(layer)):
            o = layer[j]["output"]
            layer[j]["delta"] = errors[j] * (o * (1.0 - o))


def f_update(net, row, eta):
    for i in range(len(net)):
        inputs = row[:-1] if i == 0 else [n["output"] for n in net[i - 1]]
        for n in net[i]:
            for j in range(len(inputs)):
                n["weights"][j] += eta * n["delta"] * inputs[j]
            n["weights"][-1] += eta * n["delta"]


def dnet(pylist):
    """a network literal (floats) -> exact Decimal network."""
    return [[{k: ([D(x) for x in v] if k == "weights" else D(v)) for k, v in n.items()} for n in layer]
            for layer in pylist]


# ================= cell 76: seed(1) test network (givens) =================
random.seed(1)
draws = [random.random() for _ in range(19)]
L46 = line_of("[{'weights': [0.13436424411240122")
L48 = line_of("[{'weights': [0.2550690257394217", L46)
printed_init = ast.literal_eval(json_str(L46))[0]["weights"] + sum(
    (n["weights"] for n in ast.literal_eval(json_str(L48))), [])
if printed_init != draws[:7]:
    raise SystemExit("the printed seed(1) weights are not the first random() draws: %r" % printed_init)
GIVEN_NOTE = ("lines %d and %d print the seed(1) random() draws (the 2-1-2 test weights): givens, in neither list"
              % (L46, L48))

# ================= cell 78: forward pass of row [1, 0] =================
L = line_of('"row=[1,0, None]\\n"')
Lsrc0 = line_of('"network = [[{\'weights\': [0.13436424411240122')
net_src = ast.literal_eval(json_str(Lsrc0)[len("network = "):] + json_str(Lsrc0 + 1).rstrip("\n"))
Lout = line_of('"[0.6792885329144388')
printed = ast.literal_eval(json_str(Lout))
net = dnet(net_src)
true_out = forward(net, [D(1), D(0)])
h = net[0][0]["output"]
fb = f_forward_bug([[dict(weights=list(n["weights"])) for n in layer] for layer in net_src], [1, 0, None])
if fb != printed:
    raise SystemExit("float replay of the notebook's forward pass does not give the printed %r" % printed)
judge(Lout, [(repr(printed[k]), true_out[k], "o%d" % (k + 1)) for k in range(2)],
      "forward pass of row [1, 0]: h = sigmoid(0.13436424411240122 + 0.763774618976614) = %s; o1 = sigmoid("
      "0.2550690257394217 * h + 0.49543508709194095) = %s, o2 = sigmoid(0.4494910647887381 * h + "
      "0.651592972722763) = %s. The printed pair is sigmoid(w * 1 + b) = sigmoid(0.7505041) and sigmoid(1.1010840):"
      " forward_propagation() feeds `row` to the output layer instead of the hidden output"
      % (rnd(h, D("1e-16")), rnd(true_out[0], D("1e-16")), rnd(true_out[1], D("1e-16"))))

# ================= cell 80: deltas of the test network =================
Lsrc1 = line_of('"network = [[{\'output\': 0.7105668883115941')
src_bp = ast.literal_eval(json_str(Lsrc1)[len("network = "):] + json_str(Lsrc1 + 1).rstrip("\n"))
Lh = line_of('"[{\'output\': 0.7105668883115941, \'weights\': [0.13436424411240122, 0.8474337369372327, '
             '0.763774618976614], \'delta\'')
Lo = line_of('"[{\'output\': 0.6213859615555266, \'weights\': [0.2550690257394217, 0.49543508709194095], \'delta\'')
ph = ast.literal_eval(json_str(Lh))
po = ast.literal_eval(json_str(Lo))
net = dnet(src_bp)
backward(net, [D(0), D(1)])
fnet = [[dict(n) for n in layer] for layer in src_bp]
for layer in fnet:
    for n in layer:
        n["weights"] = list(n["weights"])
f_backward_bug(fnet, [0, 1])
if fnet[0][0]["delta"] != ph[0]["delta"] or [n["delta"] for n in fnet[1]] != [n["delta"] for n in po]:
    raise SystemExit("float replay of the notebook's back_propagation() does not give the printed deltas")
dh = net[0][0]["delta"]
d1, d2 = net[1][0]["delta"], net[1][1]["delta"]
ho = D(src_bp[0][0]["output"])
judge(Lh, [(repr(ph[0]["delta"]), dh, "hidden delta")],
      "hidden delta = (w_1 * delta_1 + w_2 * delta_2) * h (1 - h) = (0.2550690257394217 * %s + 0.4494910647887381 "
      "* %s) * %s = %s. The printed value is 0.2550690 * delta_1 * (h (1 - h))^2: back_propagation() appends the "
      "error inside the loop over the output neurons (errors[0] keeps only the first term) and multiplies by the "
      "sigmoid slope twice" % (rnd(d1, D("1e-17")), rnd(d2, D("1e-17")), rnd(ho * (1 - ho), D("1e-17")),
                               rnd(dh, D("1e-19"))))
judge(Lo, [(repr(po[0]["delta"]), d1, "output delta 1"), (repr(po[1]["delta"]), d2, "output delta 2")],
      "output deltas (t - o) o (1 - o): (0 - 0.6213859615555266) * o(1-o) = %s; (1 - 0.6573693455986976) * o(1-o) "
      "= %s (outputs and weights on the line restate the givens)" % (rnd(d1, D("1e-17")), rnd(d2, D("1e-17"))))

# ================= cell 83: training =================
Ld = line_of('"dataset = [[2.7810836,2.550537003,0],')
rows_txt = ""
k = Ld
while True:
    rows_txt += json_str(k)
    if "]]" in RAW[k - 1]:
        break
    k += 1
rows_txt = rows_txt[rows_txt.index("["):rows_txt.rindex("]]") + 2]
data_f = ast.literal_eval(rows_txt)
data = [[D(str(r[0])), D(str(r[1])), r[2]] for r in data_f]
if len(data) != 10:
    raise SystemExit("dataset has %d rows" % len(data))
LR = D("0.5")
init = draws[7:19]


def mk(ws, conv):
    it = iter(ws)
    return [[{"weights": [conv(next(it)) for _ in range(3)]} for _ in range(2)] for _ in range(2)]


# float replay of the notebook's code
fnet = mk(init, float)
f_errs = []
for epoch in range(20):
    s = 0.0
    for r in data_f:
        o = f_forward_bug(fnet, r)
        e = [0, 0]
        e[r[-1]] = 1
        s += sum([(e[i] - o[i]) ** 2 for i in range(2)])
        f_backward_bug(fnet, e)
        f_update(fnet, r, 0.5)
    f_errs.append("%.3f" % s)
# exact correct training
net = mk(init, D)
errs = []
for epoch in range(20):
    s = D(0)
    for r in data:
        o = forward(net, r[:2])
        e = [D(0), D(0)]
        e[r[-1]] = D(1)
        s += sum((e[i] - o[i]) ** 2 for i in range(2))
        backward(net, e)
        update(net, r, LR)
    errs.append(s)

for epoch in range(20):
    Le = line_of('">epoch=%d, lrate=0.500, error=' % epoch)
    m = re.search(r"error=(-?\d+\.\d+)", RAW[Le - 1])
    if m.group(1) != f_errs[epoch]:
        raise SystemExit("float replay of the notebook's training gives %s at epoch %d, printed %s"
                         % (f_errs[epoch], epoch, m.group(1)))
    judge(Le, [(m.group(1), errs[epoch], "sum of squared errors")],
          "epoch %d: summed squared error over the 10 rows with correct forward and backward passes from the same "
          "initial weights = %s" % (epoch, rnd(errs[epoch], D("0.00001"))),
          kind="first" if epoch == 0 else "propagated")
L19 = line_of('">epoch=19, lrate=0.500, error=')
for layer_i in range(2):
    Lf = line_of('"[{\'weights\': [', L19 + layer_i)
    if Lf != L19 + 1 + layer_i:
        raise SystemExit("final network line %d not right after the epoch lines" % Lf)
    pl = ast.literal_eval(json_str(Lf))
    pairs = []
    desc = []
    for j, n in enumerate(pl):
        tn = net[layer_i][j]
        for q, w in enumerate(n["weights"]):
            pairs.append((repr(w), tn["weights"][q], "w[%d][%d][%d]" % (layer_i, j, q)))
        pairs.append((repr(n["output"]), tn["output"], "output[%d][%d]" % (layer_i, j)))
        pairs.append((repr(n["delta"]), tn["delta"], "delta[%d][%d]" % (layer_i, j)))
        desc.append("neuron %d: weights %s, output %s, delta %s" % (
            j, [str(rnd(x, D("1e-12"))) for x in tn["weights"]], rnd(tn["output"], D("1e-12")),
            tn["delta"].normalize() if abs(tn["delta"]) < D("1e-12") else rnd(tn["delta"], D("1e-12"))))
    judge(Lf, pairs, "final %s layer after 20 correct epochs: %s" % (("hidden", "output")[layer_i], "; ".join(desc)),
          kind="propagated")

# ---------------- report ----------------
wrong = [dict(line=L, page=None, printed=r["printed"], correct=r["correct"], kind=r["status"], why=r["why"])
         for L, r in sorted(RESULTS.items()) if r["status"] != "right"]
right = [L for L, r in sorted(RESULTS.items()) if r["status"] == "right"]
for L, r in sorted(RESULTS.items()):
    print("%5d %-10s %s" % (L, r["status"], r["why"][:220]))
print(GIVEN_NOTE)
print("wrong: %d (first %d, propagated %d), right: %d" % (
    len(wrong), sum(w["kind"] == "first" for w in wrong), sum(w["kind"] == "propagated" for w in wrong), len(right)))
if "--write-expected" in sys.argv:
    exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE, "wrong": wrong, "right": right,
           "notes": ("Learner's from-scratch backpropagation (Brownlee's Machine Learning Mastery tutorial re-typed) "
                     "with two bugs whose effects are printed as results: forward_propagation() feeds the raw row "
                     "to every layer, and back_propagation() keeps only the first output neuron's term of the hidden "
                     "error and applies the sigmoid slope twice. Every printed number is exactly what that code "
                     "gives (recompute.py replays it in float), but the forward outputs, the hidden delta, all 20 "
                     "epoch errors and the final network are not the values of the network the notebook defines. "
                     "Output deltas (line %d) are right. %s. The training's initial weights are random() draws "
                     "8-19 after seed(1), pinned by the exact float replay." % (Lo, GIVEN_NOTE))}
    (HERE / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote expected.json")
