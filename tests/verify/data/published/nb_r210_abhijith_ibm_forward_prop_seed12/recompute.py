#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, an excerpt (code cells and saved
outputs) of Neural_Network.ipynb of the GitHub repository Abhijith423/Deep-Learn: a student's run of the well-known
"forward propagation from scratch" lab (a dict-of-dicts network, NumPy, sigmoid nodes).

What the notebook computes (cells 15-18, run in execution order 15, 16, 17, 18):
    np.random.seed(12); inputs = np.around(np.random.uniform(size=5), 2)          -> printed [0.15 0.74 0.26 0.53 0.01]
    my_network = initialize_network(5, 3, [2, 3, 2], 3)   (per node: weights = around(uniform(n_prev), 2),
                                                           then bias = around(uniform(1), 2))
    inputs = np.around(np.random.uniform(size=5), 2)
    forward_propagate: node output = around(sigmoid(sum(inputs*weights) + bias), 4), and the rounded outputs are
    the next layer's inputs; prints the three hidden layers and the predictions.
The weights and the second input vector are not printed; they are the next draws of NumPy's legacy MT19937 after
seed(12) and the five printed draws.  This script regenerates them in plain Python: NumPy's RandomState.seed(int)
is MT19937 init_genrand(seed), and uniform() is the 53-bit (a>>5, b>>6) double, the same construction as Python's
random.random(), so random.Random().setstate() with the init_genrand state reproduces NumPy's stream.  The script
checks this against the printed inputs [0.15 0.74 0.26 0.53 0.01] (fails loudly otherwise).  The givens (the
two-decimal weights and inputs) are exact decimals; the forward pass is redone in 60-digit Decimal.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last printed digit):
  (a) a line printing p as the result of an expression of numbers printed on it: right only when redoing it from
      those numbers rounds to p; (b) a value printed without its working on the line: right when within one unit
      of its last digit of the true value, or when it follows from printed correct operands; (c) a restated or
      recomputed consequence of a wrong value is wrong, kind "propagated".
All four judged lines are bare values (rule b).  The network dict printed by cell 12 (an unseeded earlier draw) and
the printed input vector are random givens, in neither list.

Plain Python 3; does not import nnwalk or the generator; no numpy.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import random
import re
import sys
from decimal import ROUND_HALF_EVEN
from decimal import Decimal as D
from decimal import getcontext

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOCFILE = "doc.ipynb"
COMMIT = "35c6c6ebf1921520bac413b97a640b2788707b13"
SOURCE = "https://github.com/Abhijith423/Deep-Learn/blob/" + COMMIT + "/Neural_Network.ipynb"
LICENSE = ("none stated (no LICENSE file in the repository, README without a license notice); doc.ipynb is an "
           "excerpt: all code cells with their execution counts and saved outputs, output lines byte for byte; "
           "full-line code comments, blank code lines and Colab cell metadata left out, one Markdown cell naming "
           "the source added")
RAW = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def find_line(text, start=1):
    for i in range(start - 1, len(RAW)):
        if text in RAW[i]:
            return i + 1
    raise SystemExit("line not found: %r" % text)


def init_genrand(s):
    mt = [0] * 624
    mt[0] = s & 0xffffffff
    for i in range(1, 624):
        mt[i] = (1812433253 * (mt[i - 1] ^ (mt[i - 1] >> 30)) + i) & 0xffffffff
    return mt


def np_around2(x):
    """np.around(x, 2) on a double: rint(x*100)/100; returned as the exact 2-decimal given."""
    return D(round(x * 100)) / 100


def sigmoid(z):
    return 1 / (1 + (-z).exp())


def round4(x):
    return x.quantize(D("0.0001"), rounding=ROUND_HALF_EVEN)


def main():
    for t in ("np.random.seed(12)", "inputs = np.around(np.random.uniform(size=5), decimals=2)",
              "my_network = initialize_network(5, 3, [2, 3, 2], 3)",
              "'weights': np.around(np.random.uniform(size=num_nodes_previous), decimals=2)",
              "'bias': np.around(np.random.uniform(size=1), decimals=2)",
              "return np.sum(inputs * weights) + bias", "return 1.0 / (1.0 + np.exp(-1 * weighted_sum))",
              "layer_outputs.append(np.around(node_output[0], decimals=4))", "layer_inputs = layer_outputs"):
        find_line(t)
    rng = random.Random()
    rng.setstate((3, tuple(init_genrand(12)) + (624,), None))
    first = [np_around2(rng.random()) for _ in range(5)]
    ln_in = find_line('"The inputs to the network are [0.15 0.74 0.26 0.53 0.01]\\n"')
    if [str(v) for v in first] != ["0.15", "0.74", "0.26", "0.53", "0.01"]:
        raise SystemExit("MT19937 replay does not reproduce the printed inputs")
    net, prev = [], 5
    for n in (2, 3, 2, 3):
        layer = []
        for _ in range(n):
            w = [np_around2(rng.random()) for _ in range(prev)]
            b = np_around2(rng.random())
            layer.append((w, b))
        net.append(layer)
        prev = n
    x = [np_around2(rng.random()) for _ in range(5)]

    results = []
    li = x
    labels = ["hidden layer number 1", "hidden layer number 2", "hidden layer number 3", "predicted values"]
    texts = ['"The outputs of the nodes in hidden layer number 1 is ', '"The outputs of the nodes in hidden layer number 2 is ',
             '"The outputs of the nodes in hidden layer number 3 is ', '"The predicted values by the network for the given input are ']
    for k, layer in enumerate(net):
        zs = [sum(a * c for a, c in zip(li, w)) + b for w, b in layer]
        exact = [sigmoid(z) for z in zs]
        out = [round4(e) for e in exact]
        ln = find_line(texts[k], ln_in)
        printed = re.findall(r"np\.float64\(([-0-9.e]+)\)", RAW[ln - 1])
        if len(printed) != len(out):
            raise SystemExit("unexpected number count at line %d" % ln)
        ok = True
        for p, e in zip(printed, exact):
            u = D(10) ** (-len(p.split(".")[1]))
            ok = ok and abs(D(p) - e) <= u
        why = "%s: inputs %s; z = %s; sigmoid = %s -> around(.,4) = %s" % (
            labels[k], [str(v) for v in li], [str(round(z, 6)) for z in zs], [str(round(e, 8)) for e in exact],
            [str(o) for o in out])
        results.append((ln, "right" if ok else "wrong", ", ".join(printed), ", ".join(str(o) for o in out), why))
        li = out

    print("regenerated weights (w, b) per layer:")
    for layer in net:
        print("  ", [([str(v) for v in w], str(b)) for w, b in layer])
    print("second input vector:", [str(v) for v in x])
    for r in results:
        print("%4d %-5s %s | %s" % (r[0], r[1], r[2], r[4]))
    wrong = [r for r in results if r[1] == "wrong"]
    right = [r for r in results if r[1] == "right"]
    print("wrong: %d; right: %d" % (len(wrong), len(right)))
    if "--write-expected" in sys.argv:
        exp = {
            "file": DOCFILE,
            "format": "ipynb",
            "source": SOURCE,
            "license": LICENSE,
            "wrong": [{"line": r[0], "page": None, "printed": r[2], "correct": r[3], "kind": "first", "why": r[4]}
                      for r in wrong],
            "right": [r[0] for r in right],
            "unjudged": [],
            "notes": ("Student copy (Colab, 2026) of the common 'forward propagation from scratch' lab: a 5-input "
                      "network with hidden layers of 2, 3, 2 sigmoid nodes and 3 outputs, built as a dict of dicts "
                      "with two-decimal random weights; each node output is rounded to 4 decimals and fed on. The "
                      "weights and the input vector of the judged run are not printed: they are the NumPy draws "
                      "after np.random.seed(12) and the five printed inputs [0.15 0.74 0.26 0.53 0.01], regenerated "
                      "here with a plain-Python MT19937 (checked against those printed inputs). All four output "
                      "lines (hidden layers 1-3 and the predictions [0.8952, 0.8222, 0.8035]) are right. The network "
                      "dict of cell 12 and the printed inputs are random givens, in neither list."),
        }
        (HERE / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("expected.json written")


if __name__ == "__main__":
    main()
