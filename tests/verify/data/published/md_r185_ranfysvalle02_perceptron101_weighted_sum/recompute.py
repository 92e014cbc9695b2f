#!/usr/bin/env python3
"""Independent recomputation of every computed number in doc.md (excerpt of
ranfysvalle02/perceptron-101 README.md, "How Simple Ideas Power Modern AI").

Plain Python 3, exact arithmetic with fractions.Fraction.  Lines are located
by their text; the script stops with an error if a line is missing.

    python3 recompute.py                  # print the report
    python3 recompute.py --write-expected # also write expected.json
"""
import json
import os
import sys
from decimal import Decimal
from fractions import Fraction as F

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "doc.md")
SOURCE = ("https://github.com/ranfysvalle02/perceptron-101/blob/"
          "18b9d34d0efaea28112828822381832b5f1a965b/README.md")
LICENSE = ("none stated (no LICENSE file in the repository); doc.md is an excerpt of only "
           "the worked lines (givens, products, sums, thresholds), not the page")

LINES = open(DOC, encoding="utf-8").read().split("\n")


def find(text, start=1):
    """1-based number of the first line at or after `start` containing `text`."""
    for i in range(start - 1, len(LINES)):
        if text in LINES[i]:
            return i + 1
    raise SystemExit("line not found: %r" % text)


def has(line, s):
    if s not in LINES[line - 1]:
        raise SystemExit("line %d does not print %r: %r" % (line, s, LINES[line - 1]))


def matches(printed, value):
    """Rule (a) with exact operands: exact value rounded to the printed digits."""
    p = Decimal(printed)
    q = Decimal(value.numerator) / Decimal(value.denominator)
    return q.quantize(p) == p if p.as_tuple().exponent < 0 else q == p


checks = []  # (line, printed, true value, ok, why)


def check(line, printed, value, why, pat=None):
    has(line, pat if pat else printed)
    ok = matches(printed, value)
    checks.append((line, printed, value, ok, why))


# ---- givens ------------------------------------------------------------------
w = {"Alice": F(2), "Bob": F(1), "Charlie": F(1, 2)}       # weights (lines 5-7)
x = {"Alice": F(1), "Bob": F(0), "Charlie": F(1)}          # inputs (lines 9-11)
threshold = F(2)
scores = [F(85), F(90)]
weights = [F(4, 10), F(6, 10)]
bias, bias2 = F(-80), F(-100)
for t in ["(weight of 2)", "(weight of 1)", "(weight of 0.5)", "(input of 1)", "(input of 0)",
          "inputs = [85, 90]", "weights = [0.4, 0.6]", "bias = -80", "bias = -100"]:
    find(t)

# ---- group-vote analogy ------------------------------------------------------
prod = {k: x[k] * w[k] for k in w}
check(find("Alice: \\("), "2", prod["Alice"], "Alice: 1 x 2 = 2", pat="1 x 2 = 2\\)")
check(find("Bob: \\("), "0", prod["Bob"], "Bob: 0 x 1 = 0", pat="0 x 1 = 0\\)")
check(find("Charlie: \\("), "0.5", prod["Charlie"], "Charlie: 1 x 0.5 = 0.5")
total = sum(prod.values())
check(find("Total score: \\(2 + 0 + 0.5 ="), "2.5", total, "total 2 + 0 + 0.5 = 2.5",
      pat="= 2.5\\)")
L = find("They have a threshold of 2 points")
check(L, "2.5", total, "restates the total 2.5; 2.5 > threshold 2, so 'watch' is right")
assert total > threshold
check(find("**Dot product**"), "2.5", total, "dot product (1x2)+(0x1)+(1x0.5) = 2 + 0 + 0.5 = 2.5")

# ---- student-pass example ----------------------------------------------------
p1, p2 = scores[0] * weights[0], scores[1] * weights[1]
check(find("Score of 85 multiplied by weight 0.4"), "34", p1, "85 x 0.4 = 34")
check(find("Score of 90 multiplied by weight 0.6"), "54", p2, "90 x 0.6 = 54")
s = p1 + p2
check(find("Total before bias: 34 + 54 ="), "88", s, "34 + 54 = 88")
z = s + bias
check(find("Total after bias: 88 + (-80) ="), "8", z, "88 + (-80) = 8", pat="= 8")
check(find("Since 8 is greater than or equal to 0"), "8", z, "restates 8; 8 >= 0 -> pass")
assert z >= 0
z2 = s + bias2
check(find("The total after bias is 88 + (-100) ="), "-12", z2,
      "88 + (-100) = -12; -12 < 0 -> fail")
assert z2 < 0

# ---- report --------------------------------------------------------------------
wrong, right = [], []
for line, printed, value, ok, why in checks:
    print("line %3d  %-5s  %-8s true %-8s %s" % (line, "ok" if ok else "WRONG", printed,
                                                 str(value), why))
    (right if ok else wrong).append(line)
right = sorted(set(right) - set(wrong))
print("\nright lines:", right)
print("wrong lines:", sorted(set(wrong)))

if "--write-expected" in sys.argv:
    exp = {
        "file": "doc.md",
        "format": "md",
        "source": SOURCE,
        "license": LICENSE,
        "wrong": [],
        "right": right,
        "notes": (
            "Excerpt of a beginner blog post on the perceptron. Two worked examples: a group vote "
            "with inputs [1, 0, 1] and weights [2, 1, 0.5] (products 2, 0, 0.5; weighted sum / dot "
            "product 2.5 > threshold 2) and a student-pass perceptron with scores [85, 90], weights "
            "[0.4, 0.6], bias -80 (85*0.4 = 34, 90*0.6 = 54, 34 + 54 = 88, 88 - 80 = 8 >= 0 -> pass; "
            "with bias -100: 88 - 100 = -12 < 0 -> fail). Every computed number is exact and right: a "
            "clean document. Lines 20 and 39 only restate computed values (2.5 and 8) and are right. "
            "Neither list: the title/headings, the givens (weights, inputs, scores, biases, threshold) "
            "and the restated input/weight vectors on lines 22-23. The code comment on line 28 "
            "('Negative bias lowers the threshold needed to pass') is a conceptual slip in prose "
            "(a negative bias raises the bar), not a computed number, and is not judged."
        ),
    }
    if wrong:
        raise SystemExit("unexpected wrong lines")
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print("wrote expected.json")
