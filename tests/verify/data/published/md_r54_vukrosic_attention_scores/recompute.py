#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, Vuk Rosic's course lesson
"Lesson 3: Calculating Attention Scores" (blueberry-llm-kimi-deepseek, _course/07_attention_mechanism): scaled
dot-product attention for the word "The" in "The cat sat" - dot-product scores q1.k_j, scaling by sqrt(d_k) = sqrt(3),
exponentials, softmax weights.

Plain Python 3, decimal at 60 digits; does not import nnwalk or the generator.

Givens (doc.md lines 8-20): q1, k1, k2, k3 (and v1..v3, unused here); d_k = 3 (line 36).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line that prints p as the result of an expression of numbers printed on it is right only when redoing it
      from those numbers rounds to p at p's digits (a rounded earlier result may be taken anywhere within half a
      unit of its last digit; givens are exact) - otherwise wrong, first;
  (b) a value printed without working, or restated, is right within one unit of its last digit of the true value,
      or when it follows from printed correct operands;
  (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off is wrong,
      propagated (first if the line adds a mistake of its own).
Usage:  python3 recompute.py [--write-expected]
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/vukrosic/blueberry-llm-kimi-deepseek/blob/71a19b79dca80378aa5ab8d3d58dea56305328d9/"
          "_course/07_attention_mechanism/03_calculating_attention_scores.md")
LICENSE = "MIT (repository LICENSE, Copyright (c) 2025 Vuk Rosic); doc.md is the file verbatim"
import itertools
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def half(p):
    u = unit(p) / 2
    return (D(p) - u, D(p) + u)


def reach(f, *ops):
    """range of f over the corners of the operands' half-unit intervals (str = rounded operand, else exact)"""
    vals = [f(*c) for c in itertools.product(*[half(o) if isinstance(o, str) else (D(o), D(o)) for o in ops])]
    return min(vals), max(vals)


def ok_a(p, f, *ops):
    """rule (a): p reachable from the printed operands"""
    lo, hi = reach(f, *ops)
    u = unit(p) / 2
    return D(p) - u <= hi and lo <= D(p) + u


def ok_b(p, x):
    """rule (b): within one unit of the last digit of the true value"""
    return abs(D(p) - D(x)) <= unit(p)


RIGHT, WRONG, CHECKS = [], [], []


def judge(line, ok, printed, correct, why):
    CHECKS.append((line, ok, printed, correct, why))


# true values
q1 = [D(1), D(0), D(0)]
ks = [[D(1), D(1), D(0)], [D(1), D(1), D(0)], [D(0), D(1), D(1)]]
sc = [sum(a * b for a, b in zip(q1, k)) for k in ks]            # 1, 1, 0
s3 = D(3).sqrt()
scaled = [s / s3 for s in sc]
ex = [x.exp() for x in scaled]
S = sum(ex)
w = [e / S for e in ex]

# line 28-30: dot products written out with 0/1 givens
for tag, k, s in (('on "The":**', ks[0], sc[0]), ('on "cat":**', ks[1], sc[1]), ('on "sat":**', ks[2], sc[2])):
    ln = line_of("Score for \"The\" " + tag)
    printed = DOC[ln - 1].rsplit("= ", 1)[1].rstrip("`")
    judge(ln, D(printed) == s, printed, str(s), "q1 . k = %s" % s)

# line 36: sqrt(3) ~ 1.732
ln = line_of("sqrt(3) ≈ 1.732")
judge(ln, rnd(s3, "1.732") == D("1.732"), "1.732", str(rnd(s3, "1.732")), "sqrt(3) = %s" % s3)

# lines 38-40: 1/1.732 = 0.577, 1/1.732 = 0.577, 0/1.732 = 0
for nth in (1, 2):
    ln = line_of("`1 / 1.732 = 0.577`", nth)
    judge(ln, ok_a("0.577", lambda a: 1 / a, "1.732"), "0.577", str(rnd(1 / D("1.732"), "0.577")),
          "1 / 1.732 = %s" % rnd(1 / D("1.732"), "0.000001"))
ln = line_of("`0 / 1.732 = 0`")
judge(ln, True, "0", "0", "0 / 1.732 = 0")

# line 48: softmax([0.577, 0.577, 0]) - restated scaled scores
ln = line_of("`softmax([0.577, 0.577, 0])`")
judge(ln, ok_b("0.577", scaled[0]), "0.577, 0.577, 0", "0.577, 0.577, 0", "restates the scaled scores (1/sqrt 3 = 0.57735)")

# lines 50-52: e^0.577 = 1.78 (twice), e^0 = 1
for nth in (1, 2):
    ln = line_of("`e^0.577 = 1.78`", nth)
    judge(ln, ok_a("1.78", lambda a: a.exp(), "0.577"), "1.78", str(rnd(D("0.577").exp(), "1.78")),
          "e^0.577 = %s" % rnd(D("0.577").exp(), "0.00001"))
ln = line_of("`e^0 = 1`")
judge(ln, True, "1", "1", "e^0 = 1")

# line 54: Sum = 1.78 + 1.78 + 1 = 4.56
ln = line_of("Sum = `1.78 + 1.78 + 1 = 4.56`")
judge(ln, ok_a("4.56", lambda a, b: a + b + 1, "1.78", "1.78"), "4.56", "4.56", "1.78 + 1.78 + 1 = 4.56")

# lines 56-58: weights
for tag, num, p in (('for "The":**', "1.78", "0.39"), ('for "cat":**', "1.78", "0.39"), ('for "sat":**', "1", "0.22")):
    ln = line_of("Attention weight " + tag)
    nop = num if num != "1" else 1
    val = (D(num) / D("4.56"))
    judge(ln, ok_a(p, lambda a, b: a / b, nop if nop == 1 else num, "4.56"), p, str(rnd(val, p)),
          "%s / 4.56 = %s" % (num, rnd(val, "0.0001")))

# line 60: 39% / 39% / 22% restated
ln = line_of("pay about 39% of its attention")
judge(ln, ok_b("0.39", w[0]) and ok_b("0.22", w[2]), "39%, 39%, 22%", "39%, 39%, 22%",
      "restates the weights (true softmax %s, %s, %s)" % tuple(rnd(x, "0.0001") for x in w))

for ln, ok, printed, correct, why in CHECKS:
    if ok:
        RIGHT.append(ln)
    else:
        WRONG.append({"line": ln, "page": None, "printed": printed, "correct": correct, "kind": "first", "why": why})

NOTES = ("Clean document: every printed number is right at its printed digits. Close calls: e^0.577 = 1.7807 and "
         "1.78/4.56 = 0.3904, 1/4.56 = 0.2193 are right at two decimals; the line-60 percentages restate the weights "
         "(true softmax of [1/sqrt3, 1/sqrt3, 0] is 0.3904/0.3904/0.2192). Lines 28-30 print integer dot products of "
         "the 0/1 givens and count as computed. The value vectors v1..v3 are not used in this lesson.")


def main():
    for ln, ok, printed, correct, why in CHECKS:
        print("%4d %-5s printed %-22s correct %-22s %s" % (ln, "ok" if ok else "WRONG", printed, correct, why))
    print("wrong:", len(WRONG), "right:", len(RIGHT))
    if "--write-expected" in sys.argv:
        out = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": sorted(WRONG, key=lambda w: w["line"]), "right": sorted(set(RIGHT)), "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote expected.json")


main()
