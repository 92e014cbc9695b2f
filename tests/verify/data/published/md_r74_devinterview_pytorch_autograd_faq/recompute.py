#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of Devinterview.io's
"50 Must-Know PyTorch Interview Questions" README (a question-and-answer FAQ file): the hand-written gradient values
in the comments of two autograd examples.

Plain Python 3 (fractions, exact); does not import nnwalk or the generator.

Question 5 (doc.md lines 9-20): x = 2, y = 3, z = x*y; the comments state x.grad = 3.0 (= y) and y.grad = 2.0 (= x).
Question 7 (doc.md lines 39-51): x = 3, y = 4, z = x*y, w = z**2 + 10; the comments state
x.grad "8 * x => 8 * 3 = 24" and y.grad "6 * y => 6 * 4 = 24". True: dw/dx = 2 z y = 2 x y^2 = 32 x = 96 and
dw/dy = 2 z x = 2 x^2 y = 18 y = 72. The products 8*3 and 6*4 are done right, but the coefficients 8 and 6 (the
derivative the comment claims) are wrong, so the lines are wrong, first.

Judging rule (p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on that line is right only when the
      expression redone from those numbers rounds to p at p's digits; otherwise wrong, first;
  (b) a value printed without working (or restated) is right within one unit of its last digit of the true value,
      or when it follows from printed correct operands;
  (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off is wrong,
      propagated. A line is wrong when any number on it is wrong (here the coefficient 8 or 6 is itself a claimed
      derivative value, and the result 24 is off).
Usage:  python3 recompute.py [--write-expected]
"""
import json
import pathlib
import sys
from fractions import Fraction as F

HERE = pathlib.Path(__file__).resolve().parent
DOCFILE = "doc.md"
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")
SOURCE = ("https://github.com/Devinterview-io/pytorch-interview-questions/blob/"
          "d6b1163f9e8596bed0615ef17ca73b9870eecb7b/README.md")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of only the two worked autograd examples "
           "(the title, two question headings and the two code blocks, source lines 1, 188, 212-236, 308, 329, "
           "333-350), line for line")


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s: no line containing %r (occurrence %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def grads(x, y, f):
    """exact partial derivatives of f(x, y) (polynomial) by symmetric difference with step h: exact for degree<=2
    in each variable"""
    h = F(1, 1000)
    return ((f(x + h, y) - f(x - h, y)) / (2 * h), (f(x, y + h) - f(x, y - h)) / (2 * h))


wrong, right, rep = [], [], []


def judge(line, printed, correct, ok, kind="first", why=""):
    rep.append("%4d %-6s %-45s true %s" % (line, "ok" if ok else kind, printed, correct))
    if ok:
        right.append(line)
    else:
        wrong.append({"line": line, "page": None, "printed": printed, "correct": correct, "kind": kind, "why": why})


# Question 5: z = x*y at x = 2, y = 3
gx, gy = grads(F(2), F(3), lambda x, y: x * y)
ln = line_of("print(x.grad)  # Prints 3.0")
judge(ln, "x.grad: Prints 3.0, which is equal to y", str(float(gx)), gx == 3)
ln = line_of("print(y.grad)  # Prints 2.0")
judge(ln, "y.grad: Prints 2.0, which is equal to x", str(float(gy)), gy == 2)

# Question 7: w = (x*y)**2 + 10 at x = 3, y = 4
gx, gy = grads(F(3), F(4), lambda x, y: (x * y) ** 2 + 10)
ln = line_of("8 * x => 8 * 3 = 24")
assert 8 * 3 == 24                                   # the product itself is right
coef_x = 2 * F(4) ** 2                                # dw/dx = 2 y^2 x
judge(ln, "x's derivative: 8 * x => 8 * 3 = 24", "%s * x => %s * 3 = %s" % (coef_x, coef_x, gx),
      gx == 24, "first",
      "dw/dx = 2 z y = 2 x y^2 = 32 x = 96 at x = 3, y = 4; the comment's coefficient 8 is wrong, so 24 is wrong")
ln = line_of("6 * y => 6 * 4 = 24")
assert 6 * 4 == 24
coef_y = 2 * F(3) ** 2                                # dw/dy = 2 x^2 y
judge(ln, "y's derivative: 6 * y => 6 * 4 = 24", "%s * y => %s * 4 = %s" % (coef_y, coef_y, gy),
      gy == 24, "first",
      "dw/dy = 2 z x = 2 x^2 y = 18 y = 72 at x = 3, y = 4; the comment's coefficient 6 is wrong, so 24 is wrong")

wrong.sort(key=lambda w: w["line"])
right.sort()
print("\n".join(rep))
print("wrong: %d (%d first, %d propagated); right: %d" % (len(wrong), sum(w["kind"] == "first" for w in wrong),
                                                       sum(w["kind"] == "propagated" for w in wrong), len(right)))
if "--write-expected" in sys.argv:
    notes = ("FAQ-style Markdown (interview question and answer). The numbers are in Python comments, as the values "
             "the author claims autograd prints. Question 5's comments are right (d(xy)/dx = y = 3.0, d(xy)/dy = x = "
             "2.0). Question 7's are both wrong, each an independent first error: for w = (x y)^2 + 10 at x = 3, "
             "y = 4, x.grad = 2 x y^2 = 96 (comment: 8 * 3 = 24) and y.grad = 2 x^2 y = 72 (comment: 6 * 4 = 24). "
             "Close call: the multiplications 8*3 and 6*4 are themselves right; the lines are wrong because the "
             "derivative coefficients 8 and 6 (and hence 24) are wrong. A reader reported the same on GitHub "
             "(Devinterview-io/pytorch-interview-questions issue #1: 96 and 72). Lines 25 and 27 (a = x * 2, "
             "b = a * y) print no number; line 21 (z.grad is None) is not a number. The initial values x, y are "
             "givens.")
    exp = {"file": DOCFILE, "format": "md", "source": SOURCE, "license": LICENSE, "wrong": wrong, "right": right,
           "notes": notes}
    (HERE / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote expected.json")
