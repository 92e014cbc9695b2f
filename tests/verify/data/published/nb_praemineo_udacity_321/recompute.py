#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, a reconstruction (code
statements + printed outputs) of praemineo/backpropagation backpropagation.ipynb: one backward pass of a
3-2-1 sigmoid network without biases (the Udacity 'Backpropagation' exercise), printing the weight changes
learnrate * delta * activation of both layers.

Plain Python (decimal at 60 digits, json); does not import nnwalk or the generator.

Givens (first code cell): x = [0.5, 0.1, -0.2], target = 0.6, learnrate = 0.5,
weights_input_hidden = [[0.5, -0.6], [0.1, -0.2], [0.1, 0.7]] (rows = inputs), weights_hidden_output = [0.1, -0.3].
  h = sigmoid(x . W_ih), out = sigmoid(h . w_ho), error = target - out,
  delta_o = error * out (1 - out), delta_h = delta_o * w_ho * h (1 - h),
  dW_ho = learnrate * delta_o * h, dW_ih[i][j] = learnrate * delta_h[j] * x[i].
(error * out (1 - out) is minus the gradient of 1/2 (target - out)^2 with respect to the output net input, so
these are the gradient-descent weight changes.)

Judging rule: numpy prints each array entry with 8 digits after the point (of the mantissa in e-notation); an
entry is right when it is within one unit of its last printed digit of the correctly rounded exact value.
A printed line is named by its raw line in doc.ipynb (1-based), as in the other notebook folders.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
RAW = (HERE / "doc.ipynb").read_text(encoding="utf-8")
LINES = RAW.split("\n")
NB = json.loads(RAW)
SOURCE = ("https://github.com/praemineo/backpropagation/blob/22b3cd78380111fab4d54222d60a12a54bc84102/"
          "backpropagation.ipynb")
LICENSE = ("none (no LICENSE in the repository); doc.ipynb is a reconstruction: the code cells' statements, "
           "execution counts and printed outputs verbatim, headings ours")


def sig(z):
    return 1 / (1 + (-D(z)).exp())


def raw_line(text):
    """1-based raw line of doc.ipynb holding the JSON string of one printed output line."""
    enc = json.dumps(text, ensure_ascii=False)
    hits = [i + 1 for i, l in enumerate(LINES) if l.strip().rstrip(",") == enc]
    assert len(hits) == 1, (text, hits)
    return hits[0]


def unit(tok):
    mant = tok.lower().split("e")[0]
    exp = int(tok.lower().split("e")[1]) if "e" in tok.lower() else 0
    return D(1).scaleb(D(mant).as_tuple().exponent + exp)


def rnd(x, tok):
    return D(x).quantize(unit(tok), rounding=ROUND_HALF_UP)


def near(tok, x):
    return abs(D(tok) - rnd(x, tok)) <= unit(tok)


# ---------------- exact values ----------------
x = [D("0.5"), D("0.1"), D("-0.2")]
target, lr = D("0.6"), D("0.5")
Wih = [[D("0.5"), D("-0.6")], [D("0.1"), D("-0.2")], [D("0.1"), D("0.7")]]
who = [D("0.1"), D("-0.3")]
hin = [sum(x[i] * Wih[i][j] for i in range(3)) for j in range(2)]
h = [sig(v) for v in hin]
out = sig(h[0] * who[0] + h[1] * who[1])
err = target - out
do = err * out * (1 - out)
dh = [do * who[j] * h[j] * (1 - h[j]) for j in range(2)]
dWho = [lr * do * h[j] for j in range(2)]
dWih = [[lr * dh[j] * x[i] for j in range(2)] for i in range(3)]

# the printed output of the last code cell
outs = [c for c in NB["cells"] if c["cell_type"] == "code" and c["outputs"]]
assert len(outs) == 1
text = outs[0]["outputs"][0]["text"]
CHECKS = []   # (raw line, [(printed token, exact value)])
CHECKS.append((raw_line(text[1]), list(zip(text[1].strip().strip("[]").split(), dWho))))
for i in range(3):
    toks = text[4 + i].strip().strip("[]").split()
    CHECKS.append((raw_line(text[4 + i]), list(zip(toks, dWih[i]))))

NOTES = (
    "Reconstruction of a 2019 notebook (GitHub praemineo, commits by Amrita Yadav) that solves the Udacity "
    "'Backpropagation' exercise: x = [0.5, 0.1, -0.2], target 0.6, learnrate 0.5, a 3-2-1 sigmoid network without "
    "biases, one backward pass; it prints only the weight changes of both layers (4 array lines). A clean control: "
    "all 8 printed numbers agree with the exact values to their 8 printed digits (no wrong line). The network has no "
    "printed forward pass, so a checker has to rebuild it from the code cell's assignments."
)


def main():
    wrong, right = [], []
    for line, pairs in CHECKS:
        bad = []
        for tok, val in pairs:
            ok = near(tok, val)
            print("line %3d  printed %-16s exact %.12e  %s" % (line, tok, val, "ok" if ok else "WRONG"))
            if not ok:
                bad.append((tok, "%.8e" % val))
        if bad:
            wrong.append({"line": line, "page": None, "printed": ", ".join(b[0] for b in bad),
                          "correct": ", ".join(b[1] for b in bad), "kind": "first", "why": ""})
        else:
            right.append(line)
    print("wrong lines:", [w["line"] for w in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": "doc.ipynb", "format": "ipynb", "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


if __name__ == "__main__":
    main()
