#!/usr/bin/env python3
"""Independent recomputation of rjoseph6's notebook "Chapter 9 : Backpropogation" (a re-typing of chapter 9 of
"Neural Networks from Scratch in Python" by Harrison Kinsley (sentdex) and Daniel Kukiela), doc.ipynb being an
excerpt: the 19 code cells with their saved outputs, verbatim; the 27 Markdown cells cut.

The worked example is the book's single ReLU neuron:
    x = [1, -2, 3], w = [-3, -1, 2], b = 1, dvalue = 1 (derivative from the "next layer"),
    z = sum(x_i w_i) + b, y = max(z, 0), then the chain rule by hand and one step w += -0.001 * dw, b += -0.001 * db.
Givens: x, w, b, dvalue, the step 0.001. Everything else is computed here exactly with fractions.Fraction.

The true derivatives are those of the function y = ReLU(x0 w0 + x1 w1 + x2 w2 + b): d(sum)/d(xw_i) = 1 for each
weighted input, so drelu_dxw_i = 1, drelu_dx_i = w_i, drelu_dw_i = x_i, drelu_db = 1.  In cell [46] the notebook types
`dsum_dxw1 = 13` (the earlier cell [41] has `dsum_dxw1 = 1`); recompute.py also replays the notebook's own code with
that 13 and reproduces every printed number, which confirms the reading.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last printed digit):
  (a) a line printing a result of an expression of numbers on that line: redo it from the printed numbers.
      (None of the output lines here prints an expression together with its result; "z = -3.0 + 2.0 + 6.0 + 1.0"
      only restates the operands, which are checked under (b).)
  (b) a value printed without working (or restated) is right when within one unit of its last digit of the true
      value, or when it follows from printed correct operands.
  (c) a consequence of a wrong value is wrong, kind 'propagated'; the first wrong value is kind 'first'.
Only the saved output lines are judged (source code and its comments are not printed results), as in the corpus's
other notebook folders. Output lines holding only givens ("[-3.0, -1.0, 2.0] 1.0", the unchanged w and b) are in
neither list; lines without numbers ("----------------------") likewise.

Usage: python3 recompute.py [--write-expected]
"""
import json
import os
import re
import sys
from decimal import Decimal, getcontext
from fractions import Fraction as F

getcontext().prec = 60
HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "doc.ipynb")
SOURCE_URL = ("https://github.com/rjoseph6/Neural-Networks-From-Scratch--NNFS-/blob/"
              "197d3b3a6b7958dc5d1eac1fc801f6c87d08f903/Chapter%209/ch_9.ipynb")
LICENSE = ("none (no LICENSE file in the repository); doc.ipynb is an excerpt: the 19 code cells with their saved "
           "outputs, verbatim, the 27 Markdown cells (prose and images) cut")

RAW = open(DOC, encoding="utf-8").read().split("\n")
NB = json.loads("\n".join(RAW))


def q(s):
    return F(Decimal(s))


# ------------------------------------------------------------------ the givens
X = [q("1.0"), q("-2.0"), q("3.0")]
W = [q("-3.0"), q("-1.0"), q("2.0")]
B = q("1.0")
DVALUE = q("1.0")
STEP = q("0.001")


def relu_neuron(x, w, b):
    xw = [x[i] * w[i] for i in range(3)]
    z = xw[0] + xw[1] + xw[2] + b
    return xw, z, max(z, F(0))


def backward(x, w, z, dsum):
    """dsum = [dsum_dxw0, dsum_dxw1, dsum_dxw2, dsum_db]; the true values are all 1."""
    drelu_dz = DVALUE * (F(1) if z > 0 else F(0))
    drelu_dxw = [drelu_dz * dsum[i] for i in range(3)]
    drelu_db = drelu_dz * dsum[3]
    dx = [drelu_dxw[i] * w[i] for i in range(3)]
    dw = [drelu_dxw[i] * x[i] for i in range(3)]
    return drelu_dz, drelu_dxw, drelu_db, dx, dw


def run(dsum_cell46):
    """Everything the notebook prints, in order, as a dict of named exact values."""
    v = {}
    xw, z, y = relu_neuron(X, W, B)
    v["xw"], v["z"], v["y"] = xw, z, y
    dz, dxw, db, dx, dw = backward(X, W, z, [F(1)] * 4)  # cells [39]-[45]: dsum = 1
    v["drelu_dz"], v["drelu_dxw"], v["drelu_db"], v["dx0_cell45"] = dz, dxw, db, dx[0]
    dz, dxw, db, dx, dw = backward(X, W, z, dsum_cell46)  # cell [46]
    v["c46"] = dict(drelu_dz=dz, drelu_dxw=dxw, drelu_db=db, dx=dx, dw=dw)
    w_new = [W[i] + (-STEP) * dw[i] for i in range(3)]
    b_new = B + (-STEP) * db
    v["w_new"], v["b_new"] = w_new, b_new
    _, z2, y2 = relu_neuron(X, w_new, b_new)
    v["y_new"] = y2
    return v


TRUE = run([F(1)] * 4)
AS_CODED = run([F(1), F(13), F(1), F(1)])  # the notebook's cell [46] types dsum_dxw1 = 13


def fmt(val):
    return format(float(val), "")  # Python's repr of the float, as the notebook's f-strings print it


# ------------------------------------------------------------------ the expected output lines, in order
# Each entry: (exact output text, [(printed number, name for the report, key into TRUE/AS_CODED)], role)
# role: "judge" (computed numbers), "given" (only givens), "none" (no numbers).
def g(v, path):
    cur = v
    for p in path:
        cur = cur[p]
    return cur


LINES = [
    ("xw0: -3.0\n", [("-3.0", "x0*w0", ("xw", 0))]),
    ("xw1: 2.0\n", [("2.0", "x1*w1", ("xw", 1))]),
    ("xw2: 6.0\n", [("6.0", "x2*w2", ("xw", 2))]),
    ("-3.0 2.0 6.0\n", [("-3.0", "x0*w0", ("xw", 0)), ("2.0", "x1*w1", ("xw", 1)), ("6.0", "x2*w2", ("xw", 2))]),
    ("z = -3.0 + 2.0 + 6.0 + 1.0\n", [("-3.0", "x0*w0", ("xw", 0)), ("2.0", "x1*w1", ("xw", 1)),
                                       ("6.0", "x2*w2", ("xw", 2))]),
    ("z: 6.0\n", [("6.0", "z", ("z",))]),
    ("z (input): 6.0\n", [("6.0", "z", ("z",))]),
    ("y (ReLU output): 6.0\n", [("6.0", "y = max(z,0)", ("y",))]),
    ("Z : 6.0\n", [("6.0", "z", ("z",))]),
    ("drelu_dz: 1.0\n", [("1.0", "drelu_dz", ("drelu_dz",))]),
    ("drelu_dxw0: 1.0\n", [("1.0", "drelu_dxw0", ("drelu_dxw", 0))]),
    ("drelu_dxw1: 1.0\n", [("1.0", "drelu_dxw1", ("drelu_dxw", 1))]),
    ("drelu_dxw2: 1.0\n", [("1.0", "drelu_dxw2", ("drelu_dxw", 2))]),
    ("drelu_db : 1.0\n", [("1.0", "drelu_db", ("drelu_db",))]),
    ("Weighted Input + Bias : 6.0\n", [("6.0", "z", ("z",))]),
    ("ReLU Activation : 6.0\n", [("6.0", "y", ("y",))]),
    ("Derivative of ReLU : 1.0\n", [("1.0", "drelu_dz", ("drelu_dz",))]),
    ("Partial Derivatives of Multiplication : 1.0, 1.0, 1.0, 1.0\n",
     [("1.0", "drelu_dxw0", ("drelu_dxw", 0)), ("1.0", "drelu_dxw1", ("drelu_dxw", 1)),
      ("1.0", "drelu_dxw2", ("drelu_dxw", 2)), ("1.0", "drelu_db", ("drelu_db",))]),
    ("dmul_dx0 (partial deriv. of first weighted input) : -3.0\n", [("-3.0", "dmul_dx0 = w0", None)]),
    ("drelu_dx0: -3.0\n", [("-3.0", "drelu_dx0", ("dx0_cell45",))]),
    # cell [46]
    ("drelu_dz: 1.0\n", [("1.0", "drelu_dz", ("c46", "drelu_dz"))]),
    ("drelu_dxw0: 1.0\n", [("1.0", "drelu_dxw0", ("c46", "drelu_dxw", 0))]),
    ("drelu_dxw1: 13.0\n", [("13.0", "drelu_dxw1", ("c46", "drelu_dxw", 1))]),
    ("drelu_dxw2: 1.0\n", [("1.0", "drelu_dxw2", ("c46", "drelu_dxw", 2))]),
    ("drelu_db: 1.0\n", [("1.0", "drelu_db", ("c46", "drelu_db"))]),
    ("----------------------\n", "none"),
    ("drelu_dx0: -3.0\n", [("-3.0", "drelu_dx0", ("c46", "dx", 0))]),
    ("drelu_dw0: 1.0\n", [("1.0", "drelu_dw0", ("c46", "dw", 0))]),
    ("drelu_dx1: -13.0\n", [("-13.0", "drelu_dx1", ("c46", "dx", 1))]),
    ("drelu_dw1: -26.0\n", [("-26.0", "drelu_dw1", ("c46", "dw", 1))]),
    ("drelu_dx2: 2.0\n", [("2.0", "drelu_dx2", ("c46", "dx", 2))]),
    ("drelu_dw2: 3.0\n", [("3.0", "drelu_dw2", ("c46", "dw", 2))]),
    ("[-3.0, -1.0, 2.0] 1.0\n", "given"),
    ("[-3.001, -0.974, 1.997] 0.999\n",
     [("-3.001", "w0 after step", ("w_new", 0)), ("-0.974", "w1 after step", ("w_new", 1)),
      ("1.997", "w2 after step", ("w_new", 2)), ("0.999", "b after step", ("b_new",))]),
    ("Old Y : 6.0\n", [("6.0", "old y", ("y",))]),
    ("New Y : 5.937\n", [("5.937", "new y", ("y_new",))]),
]


def unit(p):
    s = p.lstrip("-")
    return F(1, 10 ** len(s.split(".")[1])) if "." in s else F(1)


def main():
    write = "--write-expected" in sys.argv
    # locate every output line by its text, in order, only inside "text": [...] output arrays
    in_text = False
    positions = []
    cursor = 0
    for text, spec in LINES:
        enc = json.dumps(text, ensure_ascii=False)
        found = None
        for j in range(cursor, len(RAW)):
            line = RAW[j].strip()
            if line.endswith('"text": ['):
                in_text = True
                continue
            if in_text and (line.startswith("]")):
                in_text = False
                continue
            if in_text and (line == enc or line == enc + ","):
                found = j + 1
                cursor = j + 1
                break
        if found is None:
            raise SystemExit("NOT FOUND in the saved outputs: %r" % text)
        positions.append(found)

    # check the replay of the notebook's own code reproduces every printed number
    replay_ok = True
    for (text, spec), ln in zip(LINES, positions):
        if isinstance(spec, str):
            continue
        for printed, name, key in spec:
            if key is None:
                continue
            if fmt(g(AS_CODED, key)) != printed:
                replay_ok = False
                print("replay mismatch line %d %s: printed %s, code gives %s" % (ln, name, printed,
                                                                               fmt(g(AS_CODED, key))))
    print("Replay of the notebook's own code (with dsum_dxw1 = 13 in cell [46]) reproduces every printed number:",
          replay_ok)

    wrong, right = [], []
    seen_wrong = False
    for (text, spec), ln in zip(LINES, positions):
        if isinstance(spec, str):
            print("line %4d  %-8s %s" % (ln, spec, text.rstrip()))
            continue
        bad = []
        for printed, name, key in spec:
            true = W[0] if key is None else g(TRUE, key)
            p = q(printed)
            if abs(p - true) > unit(printed):
                bad.append((printed, name, true))
        if bad:
            kind = "propagated" if seen_wrong else "first"
            seen_wrong = True
            correct = text.rstrip()
            for printed, name, true in bad:
                correct = correct.replace(printed, fmt(true), 1)
            if kind == "first":
                why = ("drelu_dxw1 is the partial derivative of y = ReLU(xw0 + xw1 + xw2 + b) with respect to xw1: "
                       "drelu_dz * d(sum)/d(xw1) = 1.0 * 1 = 1.0. The cell types dsum_dxw1 = 13 (cell [41] had "
                       "dsum_dxw1 = 1 and printed drelu_dxw1: 1.0); the partial derivative of a sum is 1.")
            else:
                why = "; ".join("%s printed %s, true %s" % (n, pr, fmt(t)) for pr, n, t in bad)
                why += " (consequence of the wrong dsum_dxw1 = 13 / drelu_dxw1 = 13.0)"
            wrong.append({"line": ln, "page": None, "printed": text.rstrip(), "correct": correct, "kind": kind,
                          "why": why})
            print("line %4d  WRONG %-10s %s   -> %s" % (ln, kind, text.rstrip(), correct))
        else:
            right.append(ln)
            print("line %4d  right      %s" % (ln, text.rstrip()))

    print()
    print("true values: dw = [%s], w after step = [%s], b after step = %s, new y = %s" % (
        ", ".join(fmt(t) for t in TRUE["c46"]["dw"]), ", ".join(fmt(t) for t in TRUE["w_new"]),
        fmt(TRUE["b_new"]), fmt(TRUE["y_new"])))
    nf = sum(1 for w_ in wrong if w_["kind"] == "first")
    print("wrong: %d (%d first, %d propagated); right: %d" % (len(wrong), nf, len(wrong) - nf, len(right)))

    if write:
        exp = {
            "file": "doc.ipynb",
            "format": "ipynb",
            "source": SOURCE_URL,
            "license": LICENSE,
            "wrong": wrong,
            "right": right,
            "unjudged": [],
            "notes": (
                "Excerpt (code cells and saved outputs, verbatim) of a learner's re-typing of chapter 9 of "
                "'Neural Networks from Scratch in Python' (Kinsley & Kukiela / sentdex): one ReLU neuron, "
                "x = [1, -2, 3], w = [-3, -1, 2], b = 1, dvalue = 1, chain rule by hand, one step "
                "w += -0.001*dw. The forward pass (xw = -3, 2, 6; z = y = 6) and the first pass of the chain "
                "rule (all drelu_dxw = 1, drelu_dx0 = -3) are right. In cell [46] the code types dsum_dxw1 = 13 "
                "instead of 1 (the partial derivative of a sum), so it prints drelu_dxw1: 13.0 (true 1.0, first), "
                "drelu_dx1: -13.0 (true -1.0), drelu_dw1: -26.0 (true -2.0), the updated weights "
                "[-3.001, -0.974, 1.997] 0.999 (true [-3.001, -0.998, 1.997] 0.999; the book prints the latter) "
                "and New Y : 5.937 (true 5.985), all propagated. Only output lines are judged; the source code "
                "and its comments are not. The unchanged w, b line '[-3.0, -1.0, 2.0] 1.0' holds only givens. "
                "A replay of the notebook's own code (with the 13) reproduces every printed number."),
        }
        with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, indent=1, ensure_ascii=False)
            f.write("\n")
        print("wrote expected.json")


if __name__ == "__main__":
    main()
