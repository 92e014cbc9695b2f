#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.txt, an excerpt (code givens and the printed
output, no prose) of the German course notebook "Lerntag 5: Backpropagation & Gradientenabstieg", level
"Anfaenger", exercise 1 ("Backpropagation - Schritt fuer Schritt") of github.com/esmaeilisadat-tech/Educx-Neuronale-Netze
(Tag_05_Backpropagation/notebooks/Anfaenger.ipynb). The repository has no license, so only the excerpt is stored.

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

The network (givens, doc.txt lines 3-9): 2 inputs -> 2 sigmoid hidden units -> 1 sigmoid output,
W1 = [[0.15, 0.25], [0.20, 0.30]] (row i feeds hidden unit i: z1 = W1 @ X + b1), b1 = [0.35, 0.35],
W2 = [[0.40, 0.50]], b2 = [0.60], X = [0.05, 0.10], target y = 0.01, learning rate 0.5.
Loss (printed as "MSE Verlust") is 0.5 * (y - a2)^2 (code line 14), delta2 = (a2 - y) a2 (1 - a2),
dL/dW2 = delta2 * a1, delta1 = W2 * delta2 * a1 (1 - a1), dL/dW1 = outer(delta1, X), plain gradient-descent update,
then a second forward pass with the new weights for the loss "nachher" and the difference "Verbesserung".

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers rounds to p;
  (b) a value printed without working, or restated, is right within one unit of the true value;
  (c) a restated wrong value is wrong, propagated.
Every output line here prints its value after a symbolic label ("z1 = W1*X + b1 = [...]"): no numeric operands are
printed on the same line, so each printed number is judged by rule (b) against the exact value from the givens.
The printed values are numpy .round(6) / :.6f output, so trailing zeros are dropped ("0.39" is 0.390000); one unit
of the printed last digit is used, which is never tighter than the truth needs here.

Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.txt"
FORMAT = "text"
SOURCE = ("https://github.com/esmaeilisadat-tech/Educx-Neuronale-Netze/blob/66e84b58173da92c1f4c6d3bfd927d4455ce088a/"
          "Tag_05_Backpropagation/notebooks/Anfaenger.ipynb")
LICENSE = ("none stated (no LICENSE file, no license text in README.md); doc.txt keeps only an excerpt: the given/formula "
           "code lines and the printed output of exercise 1, no prose")

import json
import pathlib
import re
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


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    """rule (b): within one unit of p's last printed digit of the true value."""
    return abs(D(p) - D(x)) <= unit(p)


# ---------------------------------------------------------------- givens (doc.txt lines 3-9)
for g in ("W1 = np.array([[0.15, 0.25], [0.20, 0.30]])", "b1 = np.array([0.35, 0.35])",
          "W2 = np.array([[0.40, 0.50]])", "b2 = np.array([0.60])", "lernrate = 0.5",
          "X = np.array([0.05, 0.10])", "y_ziel = 0.01", "verlust = 0.5 * (y_ziel - a2[0])**2"):
    line_of(g)
W1 = [[D("0.15"), D("0.25")], [D("0.20"), D("0.30")]]
B1 = [D("0.35"), D("0.35")]
W2 = [D("0.40"), D("0.50")]
B2 = D("0.60")
LR = D("0.5")
X = [D("0.05"), D("0.10")]
Y = D("0.01")


def forward(w1, w2):
    z1 = [w1[i][0] * X[0] + w1[i][1] * X[1] + B1[i] for i in range(2)]
    a1 = [sig(z) for z in z1]
    z2 = w2[0] * a1[0] + w2[1] * a1[1] + B2
    a2 = sig(z2)
    return z1, a1, z2, a2


Z1, A1, Z2, A2 = forward(W1, W2)
LOSS = D("0.5") * (Y - A2) ** 2
DELTA2 = -(Y - A2) * A2 * (1 - A2)
GW2 = [DELTA2 * a for a in A1]
DELTA1 = [W2[i] * DELTA2 * A1[i] * (1 - A1[i]) for i in range(2)]
GW1 = [[DELTA1[i] * X[j] for j in range(2)] for i in range(2)]
W1N = [[W1[i][j] - LR * GW1[i][j] for j in range(2)] for i in range(2)]
W2N = [W2[i] - LR * GW2[i] for i in range(2)]
_, _, _, A2N = forward(W1N, W2N)
LOSSN = D("0.5") * (Y - A2N) ** 2
GAIN = LOSS - LOSSN

NUM = re.compile(r"-?\d+\.\d+|-?\d+")

RESULTS = []  # (line, status, printed, correct, kind, why)


def judge_after_last_eq(label, anchor, trues, nth=1):
    ln = line_of(anchor, nth)
    text = DOC[ln - 1]
    tail = text.rsplit("=", 1)[1] if "=" in text else text.split(":", 1)[1]
    printed = NUM.findall(tail)
    if len(printed) != len(trues):
        raise SystemExit("line %d (%s): expected %d numbers, found %r" % (ln, label, len(trues), printed))
    bad = [(p, t) for p, t in zip(printed, trues) if not near(p, t)]
    if bad:
        RESULTS.append((ln, "wrong", ", ".join(p for p, _ in bad), ", ".join(str(rnd(t, p)) for p, t in bad),
                        "first", "%s: true %s" % (label, ", ".join("%.10f" % t for _, t in bad))))
    else:
        RESULTS.append((ln, "right", " ".join(printed), " ".join("%.8f" % t for t in trues), None,
                        "%s: each printed value within one unit of the true value" % label))


def judge_after_colon(label, anchor, trues):
    ln = line_of(anchor)
    tail = DOC[ln - 1].split(":", 1)[1]
    printed = NUM.findall(tail)
    if len(printed) != len(trues):
        raise SystemExit("line %d (%s): expected %d numbers, found %r" % (ln, label, len(trues), printed))
    bad = [(p, t) for p, t in zip(printed, trues) if not near(p, t)]
    if bad:
        RESULTS.append((ln, "wrong", ", ".join(p for p, _ in bad), ", ".join(str(rnd(t, p)) for p, t in bad),
                        "first", "%s: true %s" % (label, ", ".join("%.10f" % t for _, t in bad))))
    else:
        RESULTS.append((ln, "right", " ".join(printed), " ".join("%.8f" % t for t in trues), None,
                        "%s: each printed value within one unit of the true value" % label))


def judge_whole(label, anchor, trues, nth=1):
    ln = line_of(anchor, nth)
    printed = NUM.findall(DOC[ln - 1])
    if len(printed) != len(trues):
        raise SystemExit("line %d (%s): expected %d numbers, found %r" % (ln, label, len(trues), printed))
    bad = [(p, t) for p, t in zip(printed, trues) if not near(p, t)]
    if bad:
        RESULTS.append((ln, "wrong", ", ".join(p for p, _ in bad), ", ".join(str(rnd(t, p)) for p, t in bad),
                        "first", "%s: true %s" % (label, ", ".join("%.10f" % t for _, t in bad))))
    else:
        RESULTS.append((ln, "right", " ".join(printed), " ".join("%.8f" % t for t in trues), None,
                        "%s: each printed value within one unit of the true value" % label))


# forward pass
judge_after_last_eq("z1 = W1 X + b1 = [0.0325+0.35, 0.04+0.35]", "z1 = W1*X + b1 =", Z1)
judge_after_last_eq("a1 = sigmoid(z1)", "a1 = sigmoid(z1) =", A1)
judge_after_last_eq("z2 = W2 a1 + b2", "z2 = W2*a1 + b2 =", [Z2])
judge_after_last_eq("a2 = sigmoid(z2)", "a2 = sigmoid(z2) =", [A2])
judge_after_last_eq("loss 0.5 (y - a2)^2 (printed as 'MSE Verlust')", "MSE Verlust =", [LOSS])
# backward pass
judge_after_last_eq("delta2 = (a2 - y) a2 (1 - a2)", "delta_Ausgabe =", [DELTA2])
judge_after_last_eq("dL/dW2 = delta2 a1", "dL/dW2 = [", GW2)
judge_after_last_eq("delta1 = W2 delta2 a1 (1 - a1)", "delta_versteckt =", DELTA1)
judge_whole("dL/dW1 row 1 = delta1[0] * X", "[[0.000663", GW1[0])
judge_whole("dL/dW1 row 2 = delta1[1] * X", " [0.000827", GW1[1])
# update
judge_whole("W1_neu row 1 = W1 row 1 - 0.5 dL/dW1 row 1", "[[0.149669", W1N[0])
judge_whole("W1_neu row 2 = W1 row 2 - 0.5 dL/dW1 row 2", " [0.199586", W1N[1])
judge_after_last_eq("W2_neu = W2 - 0.5 dL/dW2", "W2_neu = [[", W2N)
# losses before / after
judge_after_colon("loss before (restates the loss above)", "Verlust vorher:", [LOSS])
judge_after_colon("loss after the update (second forward pass with the new weights)", "Verlust nachher:", [LOSSN])
judge_after_colon("improvement = loss before - loss after (from unrounded values)", "Verbesserung:", [GAIN])

RESULTS.sort()


def main():
    wrong = [r for r in RESULTS if r[1] == "wrong"]
    right = [r for r in RESULTS if r[1] == "right"]
    for ln, st, p, c, k, why in RESULTS:
        print("line %3d  %-5s  printed %-28s true %-40s %s" % (ln, st, p, c, why))
    print("\n%d wrong (%d first, %d propagated), %d right" % (
        len(wrong), sum(1 for r in wrong if r[4] == "first"), sum(1 for r in wrong if r[4] == "propagated"),
        len(right)))
    if "--write-expected" in sys.argv:
        exp = {
            "file": DOCFILE,
            "format": FORMAT,
            "source": SOURCE,
            "license": LICENSE,
            "wrong": [{"line": ln, "page": None, "printed": p, "correct": c, "kind": k, "why": why}
                      for ln, st, p, c, k, why in wrong],
            "right": [ln for ln, st, p, c, k, why in right],
            "notes": ("Excerpt of a German course notebook (educx 'Neuronale Netze', Lerntag 5, Anfaenger, Aufgabe 1): "
                      "one forward pass, backward pass and gradient-descent step (lr 0.5) of a 2-2-1 sigmoid network "
                      "with Mazur-style weights W1 = [[0.15, 0.25], [0.20, 0.30]], b1 = 0.35, W2 = [0.40, 0.50], "
                      "b2 = 0.60, X = [0.05, 0.10], target 0.01, loss 0.5 (y - a2)^2 (labelled 'MSE'). Every printed "
                      "value is program output and agrees with an exact recomputation within one unit of its last "
                      "digit: z1 = [0.3825, 0.39], a1 = [0.594476, 0.596283], z2 = 1.135932, a2 = 0.756932, loss "
                      "0.278954, delta2 = 0.137425, dL/dW2 = [0.081696, 0.081944], delta1 = [0.013252, 0.016541], "
                      "dL/dW1 rows, W1_neu rows, W2_neu = [0.359152, 0.459028], loss after 0.272214, improvement "
                      "0.006739 (0.0067394 from unrounded losses; 0.278954 - 0.272214 = 0.006740 from the printed "
                      "ones, still within one unit). No wrong line: a false-alarm test. Lines 1-25 are code (givens "
                      "and formulas, the 0.5 in the loss formula is a constant), line 29 prints the givens X and y, "
                      "line 46 the given learning rate: in neither list. 'MSE' for a half squared error of one "
                      "output is a naming choice, not an arithmetic error."),
        }
        (HERE / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote expected.json")


if __name__ == "__main__":
    main()
