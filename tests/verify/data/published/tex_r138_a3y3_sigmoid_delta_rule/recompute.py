#!/usr/bin/env python3
"""Independent recomputation of every computed number in doc.tex.

doc.tex is an excerpt (worked equations only) of Problem 1 and Problem 5 of
Soham Dongargaonkar's ICT 4012 (Spring 2017) Homework 3 solution,
a3y3/Neural-Networks-Assignments, Assignment3.tex.

Problem 1: one sigmoid neuron, inputs x = (1, 1), starting weights
w = (0.2, 0.4), desired output d = 0.5, eta = 1, no bias; two steps of the
rule w_i <- w_i + eta (d - y) x_i with y = 1 / (1 + e^(-sum w_i x_i)).
Problem 5: X^T X and X X^T for X = [[1,2,3],[4,5,6],[7,8,9]].

Plain Python 3, decimal at 60 digits.  Usage:
    python3 recompute.py                 # print the report
    python3 recompute.py --write-expected  # also write expected.json
"""
import json
import os
import sys
from decimal import Decimal as D, getcontext

getcontext().prec = 60

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "doc.tex")
SOURCE = ("https://github.com/a3y3/Neural-Networks-Assignments/blob/"
          "eb99bc644c38fc1e1303719f36f4ac97ed4e72bb/Assignment3.tex")
LICENSE = ("none stated (no LICENSE file in the repository); doc.tex is an excerpt of only "
           "the worked equations of Problems 1 and 5, one source line per line, unchanged")

with open(DOC, encoding="utf-8") as fh:
    LINES = fh.read().split("\n")


def find(text, start=1):
    """1-based number of the only line (at or after `start`) containing `text`."""
    hits = [i + 1 for i, l in enumerate(LINES) if text in l and i + 1 >= start]
    if len(hits) != 1:
        raise SystemExit("line not found uniquely: %r -> %r" % (text, hits))
    return hits[0]


def sigmoid(z):
    return D(1) / (D(1) + (-z).exp())


def unit(printed):
    s = printed.lstrip("-")
    return D(1).scaleb(-len(s.split(".")[1])) if "." in s else D(1)


def rnd(v, printed):
    return v.quantize(unit(printed))


RESULTS = []  # (line, printed, correct, ok, why)


def judge_b(line, printed, from_printed, true, what):
    """Rule (b): value without its working on the line (or restated).
    Right if within one unit of the true value, or if it follows from printed
    (correct) operands, i.e. the recomputation from them rounds to it."""
    p = D(printed)
    u = unit(printed)
    ok_true = abs(p - true) <= u
    ok_printed = from_printed is not None and rnd(from_printed, printed) == p
    ok = ok_true or ok_printed
    correct = str(rnd(from_printed if from_printed is not None else true, printed))
    why = ("%s: from printed operands %s, exact chain from the givens %s; printed %s is %s"
           % (what,
              "n/a" if from_printed is None else format(from_printed.normalize(), "f")[:12],
              format(true, "f")[:12], printed,
              "right" if ok else "wrong"))
    RESULTS.append((line, printed, correct, ok, why))
    return ok


def judge_restated(line, printed, ok_of_source, what):
    RESULTS.append((line, printed, printed, ok_of_source, "restates %s" % what))


# ---------------- Problem 1 (givens) ----------------
x1 = x2 = D(1)
w1, w2 = D("0.2"), D("0.4")
d, eta = D("0.5"), D(1)

# exact chain from the givens (no intermediate rounding)
s1 = w1 * x1 + w2 * x2
y1 = sigmoid(s1)
w1b = w1 + eta * (d - y1) * x1
w2b = w2 + eta * (d - y1) * x2
s2 = w1b * x1 + w2b * x2
y2 = sigmoid(s2)
w1c = w1b + eta * (d - y2) * x1
w2c = w2b + eta * (d - y2) * x2

L = find(r"=\psi({1*0.2+1*0.4})")   # givens only: neither list
L = find(r"e^{-0.6}")
ok_s1 = judge_b(L, "0.6", D("0.2") + D("0.4"), s1, "net input 1*0.2 + 1*0.4")
L = find(r"=0.645")
ok_y1 = judge_b(L, "0.645", sigmoid(D("0.6")), y1,
                "y = sigmoid(0.6) = 0.6456563 (printed value is truncated, but within one unit)")
L = find(r"= 0.2 + 1 * [0.5 - 0.645]*1")
judge_restated(L, "0.645", ok_y1, "y = 0.645 inside the update 0.2 + 1*(0.5 - 0.645)*1")
L = find(r"=0.055")
ok_w1b = judge_b(L, "0.055", D("0.2") + 1 * (D("0.5") - D("0.645")) * 1, w1b,
                 "w1 after step 1 = 0.2 + (0.5 - 0.645)")
L = find(r"= 0.4 + 1 * [0.5-0.645] * 1")
judge_restated(L, "0.645", ok_y1, "y = 0.645 inside the update 0.4 + 1*(0.5 - 0.645)*1")
L = find(r"= 0.255\\")
ok_w2b = judge_b(L, "0.255", D("0.4") + 1 * (D("0.5") - D("0.645")) * 1, w2b,
                 "w2 after step 1 = 0.4 + (0.5 - 0.645)")
L = find(r"=\psi({1*0.055+1*0.255})")
judge_restated(L, "0.055, 0.255", ok_w1b and ok_w2b, "the updated weights 0.055 and 0.255")
L = find(r"e^{-0.31}")
ok_s2 = judge_b(L, "0.31", D("0.055") + D("0.255"), s2, "net input 1*0.055 + 1*0.255")
L = find(r"=0.576")
ok_y2 = judge_b(L, "0.576", sigmoid(D("0.31")), y2,
                "y = sigmoid(0.31) = 0.5768852 (truncated, within one unit; exact chain 0.5765648)")
L = find(r"= 0.055 + 1 * [0.5 - 0.576]*1")
judge_restated(L, "0.055, 0.576", ok_w1b and ok_y2, "0.055 and 0.576 inside the update")
L = find(r"=-0.021")
judge_b(L, "-0.021", D("0.055") + 1 * (D("0.5") - D("0.576")) * 1, w1c,
        "w1 after step 2 = 0.055 + (0.5 - 0.576) (exact chain -0.0222, but it follows from the printed correct operands)")
L = find(r"= 0.255 + 1 * [0.5-0.576] * 1")
judge_restated(L, "0.255, 0.576", ok_w2b and ok_y2, "0.255 and 0.576 inside the update")
L = find(r"= 0.179")
judge_b(L, "0.179", D("0.255") + 1 * (D("0.5") - D("0.576")) * 1, w2c,
        "w2 after step 2 = 0.255 + (0.5 - 0.576) (exact chain 0.1778, but it follows from the printed correct operands)")

# ---------------- Problem 5 ----------------
X = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
XtX = [[sum(X[k][i] * X[k][j] for k in range(3)) for j in range(3)] for i in range(3)]
XXt = [[sum(X[i][k] * X[j][k] for k in range(3)) for j in range(3)] for i in range(3)]
start_xtx = find(r"X^T.X = \left[")
start_xxt = find(r"X.X^T = \left[")
for name, M, start in (("X^T X", XtX, start_xtx), ("X X^T", XXt, start_xxt)):
    for i, row in enumerate(M):
        txt = "&".join(str(v) for v in row)
        L = find(txt, start)
        printed = LINES[L - 1].strip().rstrip("\\").strip()
        got = [int(t) for t in printed.split("&")]
        ok = got == row
        RESULTS.append((L, printed, txt, ok, "row %d of %s" % (i + 1, name)))

# ---------------- report ----------------
wrong, right = [], []
for line, printed, correct, ok, why in sorted(RESULTS):
    print("%3d  %-6s printed %-14s correct %-14s %s" % (line, "RIGHT" if ok else "WRONG",
                                                       printed, correct, why))
    if ok:
        if line not in right:
            right.append(line)
    else:
        wrong.append({"line": line, "page": None, "printed": printed, "correct": correct,
                      "kind": "first", "why": why})
right = [l for l in right if l not in {w["line"] for w in wrong}]
# Added by nnwalk's developer after the round was scored (not by the hold-out judge): a truncated value alone on the
# row below its expression, in one multi-row display, has two verdicts in this corpus. Rule (b), as judged here: the
# row holds no working, so one unit of slack. Rule (a), as other folders judge a chain written over the rows of one
# display (md_ninjakx_two_hidden, md_r70_jeffdecola and others name such a value wrong): its working is the row
# above. A finding on these two rows is neither a false alarm nor recall.
UNJUDGED = {
    find("=0.645", 1): "sigma(0.6) = 0.64566 truncated to 0.645 on the row below its expression: rule (b) for the row "
    "alone, rule (a) for the display's chain",
    find("=0.576", 1): "sigma(0.31) = 0.57689 truncated to 0.576 on the row below its expression: rule (b) for the row "
    "alone, rule (a) for the display's chain",
}
right = [l for l in right if l not in UNJUDGED]
unjudged = [{"line": l, "page": None, "why": w} for l, w in sorted(UNJUDGED.items())]
print("\nwrong lines: %d, right lines: %d" % (len(wrong), len(right)))

NOTES = (
    "Excerpt (worked equations only) of a student's handed-in LaTeX solution to Homework 3 of "
    "ICT 4012 Neural Networks, Spring 2017 (Soham Dongargaonkar, Assignment3.tex). Problem 1: one "
    "sigmoid neuron, inputs (1, 1), weights (0.2, 0.4), desired output 0.5, eta = 1, two steps of "
    "the delta-style rule w_i <- w_i + eta (d - y) x_i (no sigmoid-derivative factor; the page's "
    "rule is followed as written). Problem 5: X^T X and X X^T for X = [[1,2,3],[4,5,6],[7,8,9]]. "
    "Every printed number is right under the rule: a clean document. Close calls: sigmoid(0.6) = "
    "0.64566 is printed 0.645 and sigmoid(0.31) = 0.57689 is printed 0.576 (truncated, not "
    "rounded), each on a line '=0.645' / '=0.576' whose expression is on the line above, so rule "
    "(b) applies and both are within one unit of the last digit; the step-2 weights -0.021 and "
    "0.179 differ from the exact chain (-0.0222, 0.1778) by a little more than one unit but follow "
    "exactly from the printed correct operands 0.055, 0.255, 0.576. Lines that only restate "
    "computed values inside the next substitution (0.645, 0.055, 0.255, 0.576) are counted right. "
    "Neither list: the givens w(0)=0 (inconsistent with the 0.2, 0.4 actually used, but a given), "
    "N = 2, the substitution psi(1*0.2+1*0.4) of givens only, the update formulas, and the matrix X.")

if "--write-expected" in sys.argv:
    exp = {"file": "doc.tex", "format": "tex", "source": SOURCE, "license": LICENSE,
           "wrong": wrong, "right": sorted(right), "unjudged": unjudged, "notes": NOTES}
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    print("wrote expected.json")
