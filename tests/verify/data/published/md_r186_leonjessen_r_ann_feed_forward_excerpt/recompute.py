#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of the README of
github.com/leonjessen/neural-network-from-scratch-in-R ("Creating an Artificial Neural Network from Scratch in R",
Leon Eyrich Jessen, an R Markdown github_document whose formulas are latex.codecogs.com images).

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

What the page computes (everything else in it is a given: the code, the integer matrices 1:10 and 1:30 it builds,
and the rnorm() draws it prints):
  * dot_prod(c(0,1), c(1,0))                      -> "## [1] 0"
  * mat_mult(I, V), I = 1:10 (1x10), V = 1:30 (10x3, R fills column by column)
                                                  -> "## [1,]  385  935 1485"
  * dot_prod(1:10, 1:10), (1:10, 11:20), (1:10, 21:30) -> 385, 935, 1485
  * feed_forward(I, V, w) with the printed random I (1x10), V (11x3), w (4x1): a bias 1 is appended to I,
    H = sigmoid(I_out V), a bias 1 is appended to H, O = sigmoid(H_out w)  -> "## [1,] 0.3015037"

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers rounds to p;
  (b) a value printed without working, or restated, is right within one unit of the true value, or when it follows
      from printed correct operands;
  (c) a restated wrong value is wrong, propagated.
Every computed number here is an R console result printed without working on its line, so rule (b) applies; the
operands of feed_forward are the printed 7-significant-digit draws (R's own print of the exact doubles), taken as
givens, and the script also reports how far the result can move when each of them is moved by half a unit of its
last printed digit.

Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/leonjessen/neural-network-from-scratch-in-R/blob/"
          "9d16e145fda26ce328ea6f04812a07fb132039cd/README.md")
LICENSE = ("none stated (no LICENSE file in the repository); doc.md is an excerpt of only the section headings, the "
           "stand-alone codecogs formula lines, the R code chunks and their printed output, line for line as "
           "published, prose and pictures removed")

import json
import pathlib
import re
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")
NUM = re.compile(r"-?\d+(?:\.\d+)?")


def line_of(sub, nth=1, start=1):
    """1-based line of the nth line at or after `start` containing sub; fails loudly."""
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t and i + 1 >= start]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d, from line %d)" % (DOCFILE, sub, nth, start))
    return hits[nth - 1]


def output_line(code_sub, out_sub, nth=1):
    """The first line containing out_sub after the code line containing code_sub."""
    return line_of(out_sub, 1, line_of(code_sub, nth) + 1)


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def sig(z):
    return 1 / (1 + (-D(z)).exp())


def row_numbers(line):
    """Numbers of an R matrix print row '## [k,]  a  b  c' (the row label dropped)."""
    text = DOC[line - 1]
    if "##" not in text or "]" not in text:
        raise SystemExit("line %d is not an R matrix row: %r" % (line, text))
    return [D(t) for t in NUM.findall(text.split("]", 1)[1])]


RESULTS = []


def judge(line, printed, true, why):
    assert printed in DOC[line - 1].split(), (line, printed, DOC[line - 1])
    p = D(printed)
    ok = abs(p - rnd(true, printed)) <= unit(printed)
    RESULTS.append({"line": line, "printed": printed, "true": true, "ok": ok, "why": why})
    return ok


def dot(a, b):
    return sum((D(x) * D(y) for x, y in zip(a, b)), D(0))


# ---- dot_prod(a = c(0,1), b = c(1,0)) ------------------------------------------------------------------------
code = line_of("dot_prod(a = c(0,1), b = c(1,0))")
m = re.search(r"a = c\(([^)]*)\), b = c\(([^)]*)\)", DOC[code - 1])
a = [D(t) for t in m.group(1).split(",")]
b = [D(t) for t in m.group(2).split(",")]
judge(output_line("dot_prod(a = c(0,1), b = c(1,0))", "## [1] "), "0", dot(a, b), "0*1 + 1*0 = 0")

# ---- mat_mult(I, V), I = matrix(1:10), V = matrix(1:30, ncol = 3, nrow = 10) ----------------------------------
assert "matrix(1:10, ncol = 10, nrow = 1)" in DOC[line_of("(I = matrix(1:10") - 1]
assert "matrix(1:30, ncol = 3, nrow = 10)" in DOC[line_of("(V = matrix(1:30") - 1]
I_int = [D(k) for k in range(1, 11)]
V_cols = [[D(10 * j + i + 1) for i in range(10)] for j in range(3)]      # R fills column by column
# the printed copies of I and V are givens; check they are what the code builds
assert row_numbers(output_line("(I = matrix(1:10", "## [1,]")) == I_int
for i in range(10):
    assert row_numbers(line_of("## %s[%d,]" % (" " if i < 9 else "", i + 1), 1, line_of("(V = matrix(1:30"))) == \
        [V_cols[j][i] for j in range(3)]
mm = [dot(I_int, V_cols[j]) for j in range(3)]
L = output_line("mat_mult(I, V)", "## [1,]")
printed = [t for t in NUM.findall(DOC[L - 1].split("]", 1)[1])]
for j in range(3):
    judge(L, printed[j], mm[j], "row 1:10 times column %d..%d of V = %s" % (10 * j + 1, 10 * j + 10, mm[j]))

# ---- the three dot products restated -----------------------------------------------------------------------------
for lo, hi in ((1, 10), (11, 20), (21, 30)):
    codesub = "dot_prod(1:10, %d:%d)" % (lo, hi)
    Lk = output_line(codesub, "## [1] ")
    val = dot(I_int, [D(k) for k in range(lo, hi + 1)])
    judge(Lk, DOC[Lk - 1].split()[-1], val, "sum_{k=1..10} k*(k+%d) = %s" % (lo - 1, val))

# ---- feed_forward(I, V, w) with the printed random draws -----------------------------------------------------------
c_I = line_of("(I = matrix(rnorm(10)")
I_r = row_numbers(line_of("## [1,]", 1, c_I)) + row_numbers(line_of("## [1,]", 2, c_I))
assert len(I_r) == 10, I_r
c_V = line_of("(V = matrix(rnorm(33)")
V_r = [row_numbers(line_of("[%d,]" % (i + 1), 1, c_V)) for i in range(11)]
assert all(len(r) == 3 for r in V_r), V_r
c_w = line_of("(w = matrix(rnorm(4)")
w_r = [row_numbers(line_of("[%d,]" % (i + 1), 1, c_w))[0] for i in range(4)]


def feed_forward(I, V, w):
    I_out = list(I) + [D(1)]
    H_in = [dot(I_out, [V[i][j] for i in range(11)]) for j in range(3)]
    H_out = [sig(h) for h in H_in] + [D(1)]
    O_in = dot(H_out, w)
    return sig(O_in), H_in, H_out, O_in


O, H_in, H_out, O_in = feed_forward(I_r, V_r, w_r)
# how far O can move when every printed draw moves by half a unit of its last digit (first-order bound, checked
# by evaluating the two corner points that push every draw in the direction of its partial derivative)
eps = D("1e-12")
ops = [("I", k) for k in range(10)] + [("V", i, j) for i in range(11) for j in range(3)] + [("w", k) for k in range(4)]


def get(op):
    return I_r[op[1]] if op[0] == "I" else (V_r[op[1]][op[2]] if op[0] == "V" else w_r[op[1]])


def evaluate(shift):
    I2 = [I_r[k] + shift.get(("I", k), 0) for k in range(10)]
    V2 = [[V_r[i][j] + shift.get(("V", i, j), 0) for j in range(3)] for i in range(11)]
    w2 = [w_r[k] + shift.get(("w", k), 0) for k in range(4)]
    return feed_forward(I2, V2, w2)[0]


signs = {}
for op in ops:
    signs[op] = 1 if evaluate({op: eps}) > O else -1
hi_shift = {op: signs[op] * unit(str(get(op))) / 2 for op in ops}
lo_shift = {op: -v for op, v in hi_shift.items()}
O_hi, O_lo = evaluate(hi_shift), evaluate(lo_shift)
L_ff = output_line("feed_forward(I, V, w)", "## [1,]")   # the call (the definition reads "function(I, V, w)")
judge(L_ff, "0.3015037", O,
      "I_out V = (%.7f, %.7f, %.7f), sigmoid -> (%.7f, %.7f, %.7f); H_out w = %.7f; sigmoid = %.9f "
      "(%.9f .. %.9f with every printed draw moved by half a unit)"
      % (H_in[0], H_in[1], H_in[2], H_out[0], H_out[1], H_out[2], O_in, O, O_lo, O_hi))


# ---- report ------------------------------------------------------------------------------------------------------
def main():
    right = sorted({r["line"] for r in RESULTS if r["ok"]} - {r["line"] for r in RESULTS if not r["ok"]})
    wrong = sorted({r["line"] for r in RESULTS if not r["ok"]})
    for r in RESULTS:
        print("line %3d  printed %-10s true %-24s %s  %s"
              % (r["line"], r["printed"], ("%.12g" % r["true"]), "right" if r["ok"] else "WRONG", r["why"]))
    print("\nright lines: %s\nwrong lines: %s" % (right, wrong))
    if "--write-expected" in sys.argv:
        exp = {
            "file": DOCFILE,
            "format": FORMAT,
            "source": SOURCE,
            "license": LICENSE,
            "wrong": [{"line": r["line"], "page": None, "printed": r["printed"],
                       "correct": str(rnd(r["true"], r["printed"])), "kind": "first", "why": r["why"]}
                      for r in RESULTS if not r["ok"]],
            "right": right,
            "notes": ("Excerpt (no license) of an R Markdown github_document README whose formulas are codecogs "
                      "images: one dot product, a 1x10 by 10x3 integer matrix product and its three dot products, "
                      "and one forward pass of a 10-3-1 sigmoid network with bias units on printed rnorm() "
                      "weights. Every computed number is right: the forward pass gives %.9f from the printed "
                      "draws (printed 0.3015037, within one unit; %.9f .. %.9f when each draw moves by half a "
                      "unit of its last digit). A clean document: a false-alarm test. The printed matrices of "
                      "inputs and weights are givens and in neither list." % (O, O_lo, O_hi)),
        }
        (HERE / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote expected.json")


if __name__ == "__main__":
    main()
