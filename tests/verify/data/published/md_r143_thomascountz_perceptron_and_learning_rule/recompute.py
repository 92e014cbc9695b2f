#!/usr/bin/env python3
"""Independent recomputation of every computed number in doc.md
(Thomas Countz, "Perceptron Implementing AND, Part 2" / "Automating Perceptron
Learning Algorithm", excerpt of its worked numbers, line numbers as in the original).

The perceptron: f(x) = 1 if w . x > 0 else 0, w <- w + (y - f(x)) * x, with the
bias folded in as w[0] and x[0] = 1, w initialised to [0, 0, 0], learning rate 1,
trained on the AND table in the order (1,1), (1,0), (0,1), (0,0).

All arithmetic is on integers (fractions.Fraction for safety), so there is no rounding.

Usage:  python3 recompute.py [--write-expected]
"""
import json
import os
import re
import sys
from fractions import Fraction as F

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "doc.md")
SOURCE = ("https://github.com/Thomascountz/thomascountz/blob/096dec13aeb164bf8362c713dde6078ed3dac231/"
          "_posts/2018-03-28-perceptrons-implementing-AND-part-2.md")
LICENSE = ("none for the post text (the repository's LICENSE.md is the MIT license of the Jekyll theme, "
           "copyright Ronalds Vilcins, not of the author's posts); doc.md is an excerpt: front matter and every "
           "fenced code block (all the worked numbers) kept byte for byte at their original line numbers, every "
           "prose line replaced by an empty line")

with open(DOC, encoding="utf-8") as fh:
    LINES = fh.read().split("\n")


def find(text, start=1):
    """1-based number of the first line at or after `start` containing `text`; fail loudly."""
    for i in range(start - 1, len(LINES)):
        if text in LINES[i]:
            return i + 1
    raise SystemExit("line not found: %r (from line %d)" % (text, start))


def line(n):
    return LINES[n - 1]


def ints(s):
    return [F(v) for v in re.findall(r"-?\d+", s)]


def vec(s):
    m = re.search(r"\[([^\]]*)\]", s)
    if not m:
        raise SystemExit("no vector in %r" % s)
    return [F(v) for v in m.group(1).split(",")]


def fmtv(v):
    return "[" + ", ".join(str(int(a)) for a in v) + "]"


def dot(a, b):
    return sum(x * y for x, y in zip(a, b))


def step(z):
    return F(1) if z > 0 else F(0)


wrong, right, report = [], [], []


def judge(n, ok, printed, correct, why, kind="first"):
    if ok:
        right.append(n)
        report.append("L%-4d right  %s" % (n, printed))
    else:
        wrong.append({"line": n, "page": None, "printed": printed, "correct": correct,
                      "kind": kind, "why": why})
        report.append("L%-4d WRONG  printed %s, correct %s (%s) - %s" % (n, printed, correct, kind, why))


# ---------------------------------------------------------------------------
# 1. The table of y - f(x) values.
hdr = find("y   f(x) | y - f(x)")
if not line(hdr + 1).startswith("---"):
    raise SystemExit("table rule not found after line %d" % hdr)
for n in range(hdr + 2, hdr + 6):
    m = re.match(r"^\s*(-?\d+)\s+(-?\d+)\s*\|\s*(-?\d+)\s*$", line(n))
    if not m:
        raise SystemExit("table row not parsed at line %d: %r" % (n, line(n)))
    y, fx, e = (F(m.group(k)) for k in (1, 2, 3))
    true = y - fx
    judge(n, e == true, str(int(e)), str(int(true)),
          "y - f(x) = %d - %d = %d, not %d" % (y, fx, true, e))
if line(hdr + 6).strip() != "```":
    raise SystemExit("table does not end where expected")

# ---------------------------------------------------------------------------
# 2. Givens: training data, initial weights.
td = find(" x1   x2  |  y")
data = []
for n in range(td + 2, td + 6):
    a, b, y = ints(line(n))
    data.append(([F(1), a, b], y))
assert [(d[0][1:], d[1]) for d in data] == [([1, 1], 1), ([1, 0], 0), ([0, 1], 0), ([0, 0], 0)]
n_w0 = find("w = [0, 0, 0]  #=> [bias, weight, weight]")
w_true = vec(line(n_w0))
n_x0 = find("x = [1, 1, 1]  #=> [bias_input, x1, x2]", n_w0)
x0 = vec(line(n_x0))
y0 = ints(line(find("y = 1", n_x0)))[0]
assert x0 == data[0][0] and y0 == data[0][1]

# ---------------------------------------------------------------------------
# 3. The first iteration, worked out step by step.
n = find("w `· x == (0 * 1) + (0 * 1) + (0 * 1) == 0", n_x0)
prods = re.findall(r"\((-?\d+) \* (-?\d+)\)", line(n))
printed_sum = F(re.search(r"==\s*(-?\d+)\s*$", line(n)).group(1))
from_line = sum(F(a) * F(b) for a, b in prods)
true_z = dot(w_true, x0)
judge(n, printed_sum == from_line == true_z, str(int(printed_sum)), str(int(true_z)),
      "w . x = %d" % true_z)
n = find("f(x) = ", n + 1)
f_pr = ints(line(n).split("f(x) =")[1])[0]
f_true = step(true_z)
judge(n, f_pr == f_true, str(int(f_pr)), str(int(f_true)), "w . x = %d, so f(x) = %d" % (true_z, f_true))
n = find("e = y - f(x)  #=>", n + 1)
e_pr = ints(line(n).split("#=>")[1])[0]
e_true = y0 - f_true
judge(n, e_pr == e_true, str(int(e_pr)), str(int(e_true)), "e = %d - %d = %d" % (y0, f_true, e_true))
n = find("w <- w + 1 * x  #=>", n + 1)
w_pr = vec(line(n).split("#=>")[1])
w_next = [a + e_true * b for a, b in zip(w_true, x0)]
judge(n, w_pr == w_next, fmtv(w_pr), fmtv(w_next), "w + e*x = %s" % fmtv(w_next))
w_true = w_next

# ---------------------------------------------------------------------------
# 4. The sped-through iterations: blocks of six lines separated by dashes.
start = find("w    = [1, 1, 1]", n + 1)
end = find("```", start)
blocks, cur = [], []
for k in range(start, end):
    if line(k).startswith("-----"):
        blocks.append(cur)
        cur = []
    else:
        cur.append(k)
blocks.append(cur)

it = 1                       # the first iteration was item 0 of the data
w_prev_printed = w_pr        # the weights printed after the first iteration
prev_wrong = False
for b in blocks:
    if len(b) != 6:
        raise SystemExit("block of %d lines at line %d" % (len(b), b[0]))
    lw, lx, ly, lf, le, lu = b
    for k, tag in zip(b, ["w    = ", "x    = ", "y    = ", "f(x) = ", "e    = ", "w    <- w + "]):
        if not line(k).startswith(tag):
            raise SystemExit("line %d does not start with %r: %r" % (k, tag, line(k)))
    x_true, y_true = data[it % 4]
    it += 1
    # givens restated: x and y must be the next training pair
    x_pr = vec(line(lx))
    y_pr = ints(line(ly))[0]
    if x_pr != x_true or y_pr != y_true:
        raise SystemExit("training pair out of order at line %d" % lx)
    # restated weights
    wr = vec(line(lw))
    judge(lw, wr == w_true, fmtv(wr), fmtv(w_true),
          "restates the weights after the previous update, %s" % fmtv(w_true),
          kind="propagated" if wr == w_prev_printed and prev_wrong else "first")
    z_true = dot(w_true, x_true)
    f_true = step(z_true)
    f_pr = ints(line(lf).split("=")[1])[0]
    judge(lf, f_pr == f_true, str(int(f_pr)), str(int(f_true)),
          "w . x = %s . %s = %d, so f(x) = %d" % (fmtv(w_true), fmtv(x_true), z_true, f_true))
    e_true = y_true - f_true
    e_pr = ints(line(le).split("=")[1].split("#")[0])[0]
    judge(le, e_pr == e_true, str(int(e_pr)), str(int(e_true)),
          "e = y - f(x) = %d - %d = %d" % (y_true, f_true, e_true))
    m = re.match(r"^w    <- w \+ (-?\d+)x = (\[.*\])\s*$", line(lu))
    if not m:
        raise SystemExit("update line not parsed at %d: %r" % (lu, line(lu)))
    coef = F(m.group(1))
    new_pr = vec(m.group(2))
    w_next = [a + e_true * c for a, c in zip(w_true, x_true)]
    from_printed = [a + coef * c for a, c in zip(wr, x_pr)]
    ok = new_pr == w_next and coef == e_true and new_pr == from_printed
    judge(lu, ok, fmtv(new_pr), fmtv(w_next),
          "w + e*x = %s + %d*%s = %s" % (fmtv(w_true), e_true, fmtv(x_true), fmtv(w_next)),
          kind="propagated" if (not ok and new_pr == from_printed) else "first")
    prev_wrong = not ok
    w_prev_printed = new_pr
    w_true = w_next

# final check: the learned weights classify AND correctly
assert all(step(dot(w_true, x)) == y for x, y in data), w_true

# ---------------------------------------------------------------------------
for r in report:
    print(r)
first = sum(1 for w in wrong if w["kind"] == "first")
print("\n%d wrong lines (%d first, %d propagated), %d right lines; final weights %s (after %d iterations)"
      % (len(wrong), first, len(wrong) - first, len(right), fmtv(w_true), it))

if "--write-expected" in sys.argv:
    exp = {
        "file": "doc.md",
        "format": "md",
        "source": SOURCE,
        "license": LICENSE,
        "wrong": wrong,
        "right": sorted(right),
        "notes": ("Perceptron learning rule (step activation w.x > 0, learning rate 1, bias as w[0]) trained on AND "
                  "from w = [0,0,0]; 22 iterations written out. Every iteration of the trace is right (integer "
                  "arithmetic, checked exactly); the only slips are in the table of the three possible error values "
                  "y - f(x): the rows y=1,f(x)=0 and y=0,f(x)=1 have their signs swapped (1 and -1 are correct), "
                  "although the update rule printed later (w <- w + x if y - f(x) == 1) and the trace use the right "
                  "signs. Lines restating givens (x, y, the training table, w = [0,0,0]) and formula lines are in "
                  "neither list. The prose claim that the weights were established 'during epoch = 5' (correct: "
                  "the last update is iteration 18, in epoch 5) is a prose line blanked from the excerpt and not "
                  "judged."),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    print("wrote expected.json")
