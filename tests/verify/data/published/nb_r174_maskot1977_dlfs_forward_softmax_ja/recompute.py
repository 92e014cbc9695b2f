#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, an excerpt of maskot1977's Japanese study
notebook ニューラルネットワーク.ipynb (ゼロから作るDeep Learning, chapter 3): step function, matrix products, the
3-layer network with fixed weights (X=[1.0, 0.5], W1, B1, W2, B2, W3, B3; sigmoid hidden layers, identity output),
softmax of [0.3, 2.9, 4.0] and the overflow-safe softmax of [1010, 1000, 990].

Judging rule (the corpus's one rule; p a printed number, u one unit in its last printed digit):
  (a) a line printing p as the result of an expression of numbers printed on it: right only when redoing it from
      those numbers rounds to p (rounded operands within half a unit, givens exact);
  (b) a value printed without working, or restated: right within one unit of the true value, or when it follows from
      printed correct operands;
  (c) a restated wrong value is wrong, propagated.
Every output line here is a bare numpy dump (rule b); the true values are computed from the givens in the code.

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import re
import sys
from decimal import ROUND_HALF_EVEN, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/maskot1977/ipython_notebook/blob/4d28c7a3b05464b30c5fafb3dc3da398b3fc857a/"
          "%E3%83%8B%E3%83%A5%E3%83%BC%E3%83%A9%E3%83%AB%E3%83%8D%E3%83%83%E3%83%88%E3%83%AF%E3%83%BC%E3%82%AF"
          ".ipynb")
LICENSE = ("none (the repository has no LICENSE file; the code follows the MIT-licensed book repository "
           "oreilly-japan/deep-learning-from-scratch, but the notebook and its outputs carry no licence); doc.ipynb "
           "is an excerpt: 19 code cells of the original with their outputs verbatim (plots, array-shape demos, the "
           "NaN overflow demo and the MNIST part cut; comments removed), re-serialised with "
           "json.dump(indent=1, ensure_ascii=False)")
RAW = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")
RESULTS = {}


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(RAW) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_EVEN)


def exp(x):
    return D(x).exp()


def sig(x):
    return 1 / (1 + (-D(x)).exp())


def nums(line):
    return re.findall(r"-?\d+\.?\d*(?:e[-+]\d+)?", RAW[line - 1].split('"', 2)[1])


def judge_line(sub, true, why, nth=1):
    """all numbers printed on the line containing sub, against the list true (rule b)."""
    L = line_of(sub, nth)
    ps = nums(L)
    if len(ps) != len(true):
        raise SystemExit("line %d: %d numbers printed, %d expected" % (L, len(ps), len(true)))
    bad = []
    for p, t in zip(ps, true):
        if "e" in p:
            mant, ex = p.split("e")
            u = D(1).scaleb(D(mant).as_tuple().exponent + int(ex))
            ok = abs(D(p) - D(t)) <= u
        else:
            ok = abs(D(p) - rnd(t, p)) <= unit(p)
        if not ok:
            bad.append((p, t))
    st = "right" if not bad else "first"
    RESULTS[L] = dict(status=st, printed=", ".join(b[0] for b in bad) or " ".join(ps),
                      correct=", ".join(str(rnd(b[1], b[0])) for b in bad) or "", why=why)
    return L


def matmul(A, B):
    return [[sum(A[i][k] * B[k][j] for k in range(len(B))) for j in range(len(B[0]))] for i in range(len(A))]


def vecmat(x, W, b):
    return [sum(D(x[k]) * D(W[k][j]) for k in range(len(x))) + D(b[j]) for j in range(len(W[0]))]


def main():
    # step function of [-1, 1, 2]
    judge_line("[0 1 1]", [0, 1, 1], "step(x > 0) of [-1, 1, 2] = [0, 1, 1]")
    A = [[1, 2], [3, 4]]
    B = [[5, 6], [7, 8]]
    AB, BA = matmul(A, B), matmul(B, A)
    judge_line("[[19 22]", AB[0], "A.B row 1 = [1*5+2*7, 1*6+2*8]")
    judge_line(" [43 50]]", AB[1], "A.B row 2 = [3*5+4*7, 3*6+4*8]")
    judge_line("[[23 34]", BA[0], "B.A row 1 = [5*1+6*3, 5*2+6*4]")
    judge_line(" [31 46]]", BA[1], "B.A row 2 = [7*1+8*3, 7*2+8*4]")
    A = [[1, 2, 3], [4, 5, 6]]
    B = [[1, 2], [3, 4], [5, 6]]
    AB, BA = matmul(A, B), matmul(B, A)
    judge_line("[[22 28]", AB[0], "A.B row 1")
    judge_line(" [49 64]]", AB[1], "A.B row 2")
    judge_line("[[ 9 12 15]", BA[0], "B.A row 1")
    judge_line(" [19 26 33]", BA[1], "B.A row 2")
    judge_line(" [29 40 51]]", BA[2], "B.A row 3")
    judge_line("[ 5 11 17]", vecmat([1, 2], [[1, 3, 5], [2, 4, 6]], [0, 0, 0]), "[1,2].[[1,3,5],[2,4,6]]")
    # the 3-layer network
    X = ["1.0", "0.5"]
    W1 = [["0.1", "0.3", "0.5"], ["0.2", "0.4", "0.6"]]
    B1 = ["0.1", "0.2", "0.3"]
    W2 = [["0.1", "0.4"], ["0.2", "0.5"], ["0.3", "0.6"]]
    B2 = ["0.1", "0.2"]
    W3 = [["0.1", "0.3"], ["0.2", "0.4"]]
    B3 = ["0.1", "0.2"]
    a1 = vecmat(X, W1, B1)
    z1 = [sig(v) for v in a1]
    a2 = vecmat(z1, W2, B2)
    z2 = [sig(v) for v in a2]
    a3 = vecmat(z2, W3, B3)
    judge_line("[ 0.3  0.7  1.1]", a1, "A1 = X.W1 + B1")
    judge_line("[ 0.57444252  0.66818777  0.75026011]", z1, "Z1 = sigmoid(A1)")
    judge_line("[ 0.51615984  1.21402696]", a2, "A2 = Z1.W2 + B2 = %s" % [str(rnd(v, "0.0000000001")) for v in a2])
    judge_line("[ 0.62624937  0.7710107 ]", z2, "Z2 = sigmoid(A2)")
    for n in (1, 2, 3):
        judge_line("[ 0.31682708  0.69627909]", a3, "A3 = Z2.W3 + B3 (= Y, identity; also forward(network, x))", n)
    # softmax of [0.3, 2.9, 4.0]
    a = [D("0.3"), D("2.9"), D("4.0")]
    e = [exp(v) for v in a]
    s = sum(e)
    judge_line("[  1.34985881  18.17414537  54.59815003]", e, "exp of [0.3, 2.9, 4.0]")
    judge_line('"74.1221542102', [s], "sum of the exponentials = %s" % rnd(s, "0.0000000001"))
    judge_line("[ 0.01821127  0.24519181  0.73659691]", [v / s for v in e], "softmax = exp / sum")
    # overflow-safe softmax of [1010, 1000, 990]
    a = [D(1010), D(1000), D(990)]
    e = [exp(v - 1010) for v in a]
    s = sum(e)
    y = [v / s for v in e]
    judge_line("array([  9.99954600e-01,   4.53978686e-05,   2.06106005e-09])", y,
               "softmax([1010,1000,990]) = exp([0,-10,-20]) / sum = %s" % [str(v)[:12] for v in y])
    judge_line('"1.0"', [sum(y)], "softmax sums to 1")


def main_out():
    main()
    wrong = [dict(line=k, page=None, printed=v["printed"], correct=v["correct"], kind=v["status"], why=v["why"])
             for k, v in sorted(RESULTS.items()) if v["status"] != "right"]
    right = [k for k, v in sorted(RESULTS.items()) if v["status"] == "right"]
    for k, v in sorted(RESULTS.items()):
        print("line %4d %-5s %s" % (k, v["status"], v["why"]))
    print("%d right, %d wrong" % (len(right), len(wrong)))
    if "--write-expected" in sys.argv:
        exp_ = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE, "wrong": wrong,
                "right": right,
                "notes": ("Excerpt of a Japanese ゼロから作るDeep Learning ch. 3 notebook (2017, numpy 1.x print "
                          "style). Step function [0 1 1]; integer matrix products; the fixed-weight 3-layer network: "
                          "A1 = [0.3, 0.7, 1.1], Z1 = sigmoid(A1) = [0.57444252, 0.66818777, 0.75026011], "
                          "A2 = [0.51615984, 1.21402696], Z2 = [0.62624937, 0.77101070], A3 = Y = [0.31682708, "
                          "0.69627909] (printed three times: A3, Y and forward()); softmax of [0.3, 2.9, 4.0]: "
                          "exp = [1.34985881, 18.17414537, 54.59815003], sum 74.1221542102, y = [0.01821127, "
                          "0.24519181, 0.73659691]; safe softmax of [1010, 1000, 990] = [9.99954600e-01, "
                          "4.53978686e-05, 2.06106005e-09], sum 1.0. Every number is right (within one unit of the "
                          "exact value from the givens). Input/weight lines and the echo of x are givens.")}
        (HERE / "expected.json").write_text(json.dumps(exp_, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("wrote expected.json")


if __name__ == "__main__":
    main_out()
