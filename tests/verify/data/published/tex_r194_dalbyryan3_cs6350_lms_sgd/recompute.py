#!/usr/bin/env python3
"""Independent recomputation of every computed number in doc.tex.

doc.tex is an excerpt (worked equations and numbers only) of Ryan Dalby's
LaTeX answers to Homework 2 of University of Utah CS 5350/6350 Machine
Learning, Fall 2021 (dalbyryan3/cs-6350-machine-learning,
HomeworkLatex/homework2/hw2_ryandalby.tex), paper problem 5: a linear
regression model y ~ w^T x + b fitted to five examples with the LMS cost
J(w, b) = 1/2 sum_i (y_i - (w^T x_i + b))^2.

  (b) the full (batch) gradient at w = [-1, 1, -1], b = -1;
  (c) the w, b that minimise J;
  (d) five steps of stochastic gradient descent from w = 0, b = 0, r = 0.1,
      one example per step in table order: the stochastic gradient of
      J_i = 1/2 (y_i - w^T x_i - b)^2 and the updated w, b.

Everything is exact (fractions); no printed value in the document needs any
rounding, so each printed number is compared with the exact value.

Plain Python 3, no third-party modules.  Usage:
    python3 recompute.py                   # print the report
    python3 recompute.py --write-expected  # also write expected.json
"""
import json
import os
import re
import sys
from fractions import Fraction as F

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "doc.tex")
SOURCE = ("https://github.com/dalbyryan3/cs-6350-machine-learning/blob/"
          "2a0f423f47b5a3f04e2cbf0bba6d5f848f6efe29/HomeworkLatex/homework2/hw2_ryandalby.tex")
LICENSE = ("none stated (no LICENSE file in the repository); doc.tex is an excerpt of only the data "
           "table, the two question items that give the starting values, and the answer displays of "
           "problem 5, one source line per line, unchanged (CRLF kept)")

with open(DOC, encoding="utf-8", newline="") as fh:
    LINES = fh.read().split("\n")          # "\r" stays at line ends; harmless for `in`


def find(text, start=1):
    """1-based number of the first line at or after `start` containing `text`;
    fails loudly if there is none."""
    for i in range(start - 1, len(LINES)):
        if text in LINES[i]:
            return i + 1
    raise SystemExit("line not found: %r (from line %d)" % (text, start))


def find_unique(text):
    hits = [i + 1 for i, l in enumerate(LINES) if text in l]
    if len(hits) != 1:
        raise SystemExit("line not found uniquely: %r -> %r" % (text, hits))
    return hits[0]


def nums(line):
    """The numbers printed on a line, as Fractions, in order."""
    return [F(t) for t in re.findall(r"-?\d+(?:\.\d+)?", LINES[line - 1])]


def fmt(v):
    v = F(v)
    if v.denominator == 1:
        return str(v.numerator)
    s = "%.10f" % float(v)
    return s.rstrip("0").rstrip(".")


def vec(vs):
    return "[" + ", ".join(fmt(v) for v in vs) + "]"


# ---------------- givens, read from the document itself ----------------
DATA = []
for pattern in ("1 & -1 & 2 & 1", "1 & 1 & 3 & 4", "-1 & 1 & 0 & -1",
                "1 & 2 & -4 & -2", "3 & -1 & -1 & 0"):
    L = find_unique(pattern)
    v = [F(t) for t in re.findall(r"-?\d+", LINES[L - 1].split("\\\\")[0])]
    assert len(v) == 4, (L, v)
    DATA.append((v[:3], v[3]))
assert [d[1] for d in DATA] == [1, 4, -1, -2, 0]

L_q_b = find_unique(r"when $\w = [-1,1,-1]^\top$ and $b = -1$")
W_B, B_B = [F(-1), F(1), F(-1)], F(-1)           # question (b)
L_q_d = find_unique(r"learning rate $r = 0.1$")
R = F(1, 10)                                      # question (d): w = 0, b = 0, r = 0.1


def residual(w, b, x, y):
    return y - (sum(wi * xi for wi, xi in zip(w, x)) + b)


RESULTS = []   # (line, printed, correct, ok, why)


def judge(line, printed_vals, true_vals, what):
    ok = all(p == t for p, t in zip(printed_vals, true_vals)) and len(printed_vals) == len(true_vals)
    printed = vec(printed_vals) if len(printed_vals) > 1 else fmt(printed_vals[0])
    correct = vec(true_vals) if len(true_vals) > 1 else fmt(true_vals[0])
    RESULTS.append((line, printed, correct, ok, what))
    return ok


# ---------------- (b) batch gradient at w = [-1,1,-1], b = -1 ----------------
res = [residual(W_B, B_B, x, y) for x, y in DATA]            # 6, 8, -2, -6, 4
grad_w = [-sum(r * x[j] for r, (x, _) in zip(res, DATA)) for j in range(3)]
grad_b = -sum(res)
L = find_unique(r"\frac{\nabla J}{\nabla \w} = [-22")
judge(L, nums(L), grad_w,
      "batch dJ/dw = -sum_i (y_i - w.x_i - b) x_i with residuals %s" % vec(res))
L = find_unique(r"\frac{\nabla J}{\nabla b} = 10")
judge(L, nums(L), [grad_b],
      "batch dJ/db = -sum_i (y_i - w.x_i - b) = -(6+8-2-6+4) = -10; the page prints +10 "
      "(sign dropped; its own dJ/dw on the line above carries the minus sign)")

# ---------------- (c) optimum ----------------
W_OPT, B_OPT = [F(1), F(1), F(1)], F(-1)
assert all(residual(W_OPT, B_OPT, x, y) == 0 for x, y in DATA)   # exact fit: J = 0, the minimum
# the five equations are consistent and the 5x4 system has full column rank, so the minimiser is unique
L = find_unique(r"\w = [1, 1, 1]^\top")
judge(L, nums(L), W_OPT, "optimal w: w = [1,1,1], b = -1 fits all five examples exactly (J = 0)")
L = find(r"b = -1", L)
judge(L, nums(L), [B_OPT], "optimal b (exact fit)")

# ---------------- (d) SGD ----------------
w, b = [F(0)] * 3, F(0)
pos = find_unique("Step 1:")
for step, (x, y) in enumerate(DATA, start=1):
    pos = find("Step %d:" % step, pos)
    r = residual(w, b, x, y)
    gw = [-r * xi for xi in x]
    gb = -r
    w = [wi - R * g for wi, g in zip(w, gw)]
    b = b - R * gb
    L = find(r"\frac{\nabla J}{\nabla \w} =", pos)
    judge(L, nums(L), gw, "step %d stochastic dJ/dw = -(y - w.x - b) x, residual %s" % (step, fmt(r)))
    L = find(r"\frac{\nabla J}{\nabla b} =", pos)
    judge(L, nums(L), [gb], "step %d stochastic dJ/db = -(y - w.x - b)" % step)
    L = find(r"\w = [", pos)
    judge(L, nums(L), w, "step %d updated w = w - 0.1 dJ/dw" % step)
    L = find(r"b = ", L + 1)
    judge(L, nums(L), [b], "step %d updated b = b - 0.1 dJ/db" % step)

# ---------------- sanity: every line with a number is accounted for ----------------
givens = set(range(1, find_unique(r"\end{tabular}") + 1)) | {L_q_b, L_q_d}
judged = {r[0] for r in RESULTS}
for i, l in enumerate(LINES, start=1):
    if i in givens or i in judged:
        continue
    body = re.sub(r"x_\d|y_i|x_i|\\frac\{1\}\{2\}|sum_\{i=1\}|\^2|Step \d", "", l)
    if re.search(r"\d", body):
        raise SystemExit("unjudged line with a number: %d: %r" % (i, l))

# ---------------- report ----------------
wrong, right = [], []
for line, printed, correct, ok, why in sorted(RESULTS):
    print("%3d  %-5s printed %-28s correct %-28s %s" % (line, "RIGHT" if ok else "WRONG",
                                                      printed, correct, why))
    if ok:
        right.append(line)
    else:
        wrong.append({"line": line, "page": None, "printed": printed, "correct": correct,
                      "kind": "first", "why": why})
right = sorted(set(right) - {w_["line"] for w_ in wrong})
print("\nwrong lines: %d (first %d, propagated %d); right lines: %d"
      % (len(wrong), sum(1 for w_ in wrong if w_["kind"] == "first"),
         sum(1 for w_ in wrong if w_["kind"] == "propagated"), len(right)))

NOTES = (
    "Excerpt (worked numbers only) of Ryan Dalby's LaTeX answers to Utah CS 5350/6350 (Fall 2021) Homework 2, "
    "paper problem 5: linear regression y ~ w.x + b on five examples with the LMS cost "
    "J = 1/2 sum (y_i - w.x_i - b)^2. (b) batch gradient at w = [-1,1,-1], b = -1: residuals y - (w.x + b) are "
    "6, 8, -2, -6, 4, so dJ/dw = -sum r_i x_i = [-22, 16, -56] (printed, right) and dJ/db = -sum r_i = -10; "
    "the page prints 10, a dropped minus sign (first error; nothing later uses it). (c) w = [1,1,1], b = -1 fit "
    "all five examples exactly, so they are the minimiser (right). (d) five SGD steps from w = 0, b = 0 with "
    "r = 0.1, one example per step in table order, gradient of 1/2 (y - w.x - b)^2: every stochastic gradient "
    "and every updated w and b is exactly right (all values are finite decimals; no rounding involved). "
    "Typographical slip not judged: step 4 writes ']\\top' for ']^\\top'. Neither list: the data table, the "
    "question items giving w = [-1,1,-1], b = -1 and w = 0, b = 0, r = 0.1, the cost formula and the "
    "'Step n:' labels.")

if "--write-expected" in sys.argv:
    out = {"file": "doc.tex", "format": "tex", "source": SOURCE, "license": LICENSE,
           "wrong": wrong, "right": right, "notes": NOTES}
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    print("wrote expected.json")
