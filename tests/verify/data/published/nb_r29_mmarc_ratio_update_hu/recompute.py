#!/usr/bin/env python3
"""Independent recomputation of every number printed in the saved output of doc.ipynb, a reconstruction of
MrBigJupiter/MI-tanulas backprop.ipynb (a Hungarian learner's notebook, "Súlyok" = weights, "tanitasi rata" =
learning rate, "A hiba mértéke" = size of the error): a linear 3-3-2 network with ten weights, trained for 100
iterations by a loop that prints both outputs and the loss at every iteration.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator. Lines are 1-based lines of the raw
.ipynb file (its JSON text), as `grep -n` shows them.

Givens (the code cell): inputs I1 = 2, I2 = 1, I3 = 2; weights w1..w10 = 0.2, 0.3, 0.1, 0.1, 0.4, 0.28, 0.21, 0.34,
0.15, 0.42; targets O1 = 2, O2 = 1; learning rate a = 0.001; lambda_test = 0.005. Forward (no activation):
H2 = I1 w1 + I3 w4, H1 = I2 w2, H3 = I2 w3 + I3 w5, o1 = H1 w6 + H3 w9, o2 = H1 w7 + H2 w8 + H3 w10;
loss hiba = (0.5 (O1 - o1)^2 + 0.5 (O2 - o2)^2) / 2 + (lambda_test / 2) sum(weights^2), where `weights` is the
array of the initial values, never updated, so the regularization term is the constant 0.0018675.
Training "as the document says": gradient descent with rate a on hiba, w_i <- w_i - a d(hiba)/d(w_i) (by the chain
rule through the linear network; the constant term has no gradient). The notebook instead updates
w_i <- w_i - a hiba / w_i, which is not the gradient (its loss rises from 0.826 to 10.56); every output from
iteration 2 on follows from that update. The output is kept for iterations 1 to 3 and for the three lines printed
after the loop (iteration 100's outputs and loss).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  no line prints its operands: every number is program output without its working, so rule (b) applies: p is
  right when it is within one unit of its last digit of the true value; a bare float repr (16-17 significant
  digits, `print` of a float or `np.float64(...)` in a list) is read as float64 and is right within 1e-13 relative;
  (c) a restated wrong value, or a value computed from a wrong state and itself off, is wrong, propagated; the first
  off values (iteration 2's outputs, the first ones after the wrong update) are wrong, first.
  "[1]", "[1, 2]", "[1, 2, 3]" are iteration counters, not computed numbers (neither right nor wrong).
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/MrBigJupiter/MI-tanulas/blob/daa3de51c72d22d5d77324940e11b30a7d236abd/"
          "backprop.ipynb")
LICENSE = ("none stated (no LICENSE in the repository); doc.ipynb is reconstructed: one Markdown cell of ours naming "
           "the source, then the notebook's code cell unchanged with its saved output cut to iterations 1-3 and the "
           "three lines printed after the loop; the empty last cell is left out")
import json
import pathlib
import sys
from decimal import getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def near(p, x):
    """A float64 repr: right within 1e-13 relative."""
    p, x = D(p), D(x)
    return abs(p - x) <= D("1e-13") * abs(x)


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, up=(), why=""):
    """Judge one printed number (rules in the module docstring)."""
    assert printed in DOC[line - 1], (line, printed)
    if near(printed, true):
        st, kind = "right", None
    elif any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", "propagated"
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), status=st, kind=kind, why=why,
                       correct="%.16g" % D(true)))


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:110]))
        for c in cs:
            print("            %-10s printed %-20s true %.16g -> %s%s" % (
                c["id"], c["printed"], c["true"], c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(c["correct"] for c in bad),
                          "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(dict.fromkeys(c["why"] or "restates a wrong value" for c in bad))})
        else:
            right.append(n)
    return wrong, right


def main():
    wrong, right = report()
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


# ---------------- exact values from the givens ----------------
I1, I2, I3 = D(2), D(1), D(2)
O1, O2 = D(2), D(1)
A = D("0.001")
LAM = D("0.005")
W0 = [D(s) for s in "0.2 0.3 0.1 0.1 0.4 0.28 0.21 0.34 0.15 0.42".split()]
REG = LAM / 2 * sum(w * w for w in W0)


def forward(w):
    w1, w2, w3, w4, w5, w6, w7, w8, w9, w10 = w
    h2, h1, h3 = I1 * w1 + I3 * w4, I2 * w2, I2 * w3 + I3 * w5
    o1 = h1 * w6 + h3 * w9
    o2 = h1 * w7 + h2 * w8 + h3 * w10
    loss = (D("0.5") * (O1 - o1) ** 2 + D("0.5") * (O2 - o2) ** 2) / 2 + REG
    return o1, o2, loss, (h1, h2, h3)


def gradient(w):
    w1, w2, w3, w4, w5, w6, w7, w8, w9, w10 = w
    o1, o2, _, (h1, h2, h3) = forward(w)
    e1, e2 = -(O1 - o1) / 2, -(O2 - o2) / 2  # d(hiba)/d(o1), d(hiba)/d(o2)
    dh1, dh2, dh3 = e1 * w6 + e2 * w7, e2 * w8, e1 * w9 + e2 * w10
    return [dh2 * I1, dh1 * I2, dh3 * I2, dh2 * I3, dh3 * I3, e1 * h1, e2 * h1, e2 * h2, e1 * h3, e2 * h3]


TRUE = {}  # iteration -> (o1, o2, hiba) as printed in that iteration (before its update)
w = list(W0)
for it in range(1, 101):
    TRUE[it] = forward(w)[:3]
    w = [wi - A * gi for wi, gi in zip(w, gradient(w))]

WHY_OUT = ("after one update w_i <- w_i - a hiba / w_i, which is not the gradient step: gradient descent with "
           "a = 0.001 on hiba gives %s")
printed = {
    1: ("0.21900000000000003", "0.645", "0.8263639999999999"),
    2: ("0.21060225117296028", "0.6264724314873102", "0.8372342869865699"),
    3: ("0.20193959583962584", "0.606962864742946", "0.8487423516751099"),
}
for it in (1, 2, 3):
    p1, p2, ph = printed[it]
    up = () if it <= 2 else ("o1@2", "o2@2")
    chk("o1@%d" % it, line_of("eredmény output1: " + p1), p1, TRUE[it][0], up=up,
        why=(WHY_OUT % ("o1 = %.6f" % TRUE[it][0])) if it == 2 else "")
    chk("o2@%d" % it, line_of("eredmény output2: " + p2), p2, TRUE[it][1], up=up,
        why=(WHY_OUT % ("o2 = %.6f" % TRUE[it][1])) if it == 2 else "")
    chk("hiba@%d" % it, line_of("A hiba mértéke: " + ph), ph, TRUE[it][2], up=("o1@%d" % it, "o2@%d" % it))
# the list of losses printed after each iteration restates every loss so far
for it in (1, 2, 3):
    ln = [i + 1 for i, t in enumerate(DOC) if t.strip().startswith('"[np.float64(')][it - 1]
    for k in range(1, it + 1):
        chk("list%d[%d]" % (it, k), ln, printed[k][2], TRUE[k][2], up=("hiba@%d" % k,))
chk("hiba@100", line_of("Hiba mértéke: 10.557352586079082"), "10.557352586079082", TRUE[100][2],
    up=("hiba@3",))
chk("o1@100", line_of("1. output értéke: 8.191816846426509"), "8.191816846426509", TRUE[100][0], up=("o1@3",))
chk("o2@100", line_of("2. output értéke: 2.9706203299025447"), "2.9706203299025447", TRUE[100][1], up=("o2@3",))

NOTES = (
    "A Hungarian learner's notebook (GitHub MrBigJupiter, committer 'mmarc', 2025): a linear network with inputs "
    "2, 1, 2, ten weights w1..w10 and targets 2 and 1, its loss the halved mean of 0.5 (target - output)^2 plus a "
    "constant L2 term on the initial weights (0.0018675), trained for 100 iterations with rate a = 0.001. The network "
    "and the training rule are Python code; every number is printed program output ('Elvárt output1: 2 eredmény "
    "output1: 0.21900000000000003', 'A hiba mértéke: ...', a list of np.float64 losses), none is worked by hand. "
    "Iteration 1 is right (o1 = 0.219, o2 = 0.645, loss 0.826364). The update is w_i <- w_i - a hiba / w_i instead of "
    "w_i - a d(hiba)/d(w_i), so from iteration 2 on every output and loss is off (iteration 2: o1 0.2106 for 0.2200, "
    "o2 0.6265 for 0.6459, loss 0.8372 for 0.8253); the loss rises to 10.557 after 100 iterations where gradient "
    "descent brings it down to 0.7121 (o1 0.3354, o2 0.7357). The output is cut to iterations 1-3 and the three "
    "lines after the loop. 11 wrong lines (2 first: iteration 2's outputs; 9 propagated: later outputs, the losses "
    "and every list line that restates a wrong loss), 4 right lines. Close call: the L2 term is written on the "
    "array `weights`, which the loop never updates, so it is taken as a constant with no gradient; taking it as an "
    "L2 penalty on w1..w10 changes the true values by about 1e-6 only and judges every line the same."
)

if __name__ == "__main__":
    main()
