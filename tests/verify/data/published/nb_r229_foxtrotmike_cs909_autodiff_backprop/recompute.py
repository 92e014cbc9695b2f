#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, an excerpt (4 of 16 cells, verbatim)
of Fayyaz Minhas's University of Warwick CS909/CS429 notebook "Building an Automatic Differentiation Library:
Reverse-Mode Differentiation (Backpropagation)" (foxtrotmike/CS909, autodiff_backprop.ipynb).

The page works one forward and one backward pass by hand through the computation graph of
    e = (y - (w x + b))^2 + w^2      at  w = 2, x = 3, b = 1, y = 10
(t1 = w x, t2 = t1 + b, t3 = y - t2, t4 = t3^2, t5 = w^2, e = t4 + t5), then prints the same values from its own
DiffScalar class and from PyTorch.

Plain Python (fractions; every value here is an integer); does not import nnwalk or the generator.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on that line: p must be the expression
      redone from those printed numbers, rounded at p's digits;
  (b) a value printed without its working (or restated) is right within one unit of its last digit of the true
      value, or when it follows from printed correct operands;
  (c) restated or recomputed consequences of a wrong value are wrong, kind "propagated".
A line is wrong when any computed number on it is wrong. Lines holding only givens (w, x, b, y), formulas or prose
are in neither list. Lines are 1-based lines of the raw JSON file doc.ipynb (grep -n).

Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import sys
from fractions import Fraction as F

DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/foxtrotmike/CS909/blob/cdf6c6cdaea99f18e036ed4a6bae992ac70468e7/"
          "autodiff_backprop.ipynb")
LICENSE = ("none stated (no LICENSE file in foxtrotmike/CS909); doc.ipynb is an excerpt: cells 4, 6, 9 and 11 of "
           "the original 16, each verbatim, re-serialised with json.dump(indent=2, ensure_ascii=False)")
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")
# substrings below are written as the notebook source reads; the raw JSON doubles every backslash
SRC = [t.replace("\\\\", "\\") for t in DOC]


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(SRC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d of %d)" % (DOCFILE, sub, nth, len(hits)))
    return hits[nth - 1]


def num(s):
    return F(s)


# ---------------------------------------------------------------- the true values, from the givens only
w, x, b, y = F(2), F(3), F(1), F(10)
t1 = w * x
t2 = t1 + b
t3 = y - t2
t4 = t3 ** 2
t5 = w ** 2
e = t4 + t5
de_dt4 = F(1)            # e = t4 + t5
de_dt5 = F(1)
dt4_dt3 = 2 * t3
de_dt3 = de_dt4 * dt4_dt3
dt3_dt2 = F(-1)          # t3 = y - t2
de_dt2 = de_dt3 * dt3_dt2
dt2_dt1 = F(1)           # t2 = t1 + b
dt2_db = F(1)
de_dt1 = de_dt2 * dt2_dt1
de_db = de_dt2 * dt2_db
dt1_dw = x               # t1 = w x
dt5_dw = 2 * w           # t5 = w^2
dt1_dx = w
de_dw = de_dt1 * dt1_dw + de_dt5 * dt5_dw
de_dx = de_dt1 * dt1_dx


def checks():
    """(substring, nth occurrence, [(printed, true value)], why). Every value here is exact (integers), so
    rules (a) and (b) coincide: the printed value must equal the true one."""
    return [
        ("t_1 = 2 \\cdot 3 = 6", 1, [("6", t1)], "t1 = w x = 2*3 = 6"),
        ("Substituting $t_1 = 6$, $b = 1$", 1, [("6", t1)], "restates t1 = 6"),
        ("t_2 = 6 + 1 = 7", 1, [("7", t2)], "t2 = t1 + b = 6 + 1 = 7"),
        ("Substituting $y = 10$, $t_2 = 7$", 1, [("7", t2)], "restates t2 = 7"),
        ("t_3 = 10 - 7 = 3", 1, [("3", t3)], "t3 = y - t2 = 10 - 7 = 3"),
        ("Substituting $t_3 = 3$:", 1, [("3", t3)], "restates t3 = 3 (step 1, t4)"),
        ("t_4 = 3^2 = 9", 1, [("9", t4)], "t4 = t3^2 = 9"),
        ("t_5 = 2^2 = 4", 1, [("4", t5)], "t5 = w^2 = 4"),
        ("Substituting $t_4 = 9$, $t_5 = 4$", 1, [("9", t4), ("4", t5)], "restates t4 = 9, t5 = 4"),
        ("e = 9 + 4 = 13", 1, [("13", e)], "e = t4 + t5 = 13"),
        ("\\frac{\\partial e}{\\partial t_4} = 1, \\quad \\frac{\\partial e}{\\partial t_5} = 1", 1,
         [("1", de_dt4), ("1", de_dt5)], "local derivatives of e = t4 + t5"),
        ("Substituting $t_3 = 3$:", 2, [("3", t3)], "restates t3 = 3 (step 2ii)"),
        ("\\frac{\\partial t_4}{\\partial t_3} = 2 \\cdot 3 = 6", 1, [("6", dt4_dt3)], "dt4/dt3 = 2 t3 = 6"),
        ("\\frac{\\partial e}{\\partial t_3} = 1 \\cdot 6 = 6", 1, [("6", de_dt3)], "de/dt3 = 1*6 = 6"),
        ("\\frac{\\partial t_3}{\\partial t_2} = -1", 1, [("-1", dt3_dt2)], "local derivative of t3 = y - t2"),
        ("\\frac{\\partial e}{\\partial t_2} = 6 \\cdot (-1) = -6", 1, [("-6", de_dt2)], "de/dt2 = 6*(-1) = -6"),
        ("\\frac{\\partial t_2}{\\partial t_1} = 1, \\quad \\frac{\\partial t_2}{\\partial b} = 1", 1,
         [("1", dt2_dt1), ("1", dt2_db)], "local derivatives of t2 = t1 + b"),
        ("\\frac{\\partial e}{\\partial t_1} = (-6) \\cdot 1 = -6", 1, [("-6", de_dt1)], "de/dt1 = (-6)*1 = -6"),
        ("\\frac{\\partial e}{\\partial b} = (-6) \\cdot 1 = -6", 1, [("-6", de_db)], "de/db = (-6)*1 = -6"),
        ("\\frac{\\partial t_1}{\\partial w} = 3, \\quad \\frac{\\partial t_5}{\\partial w} = 4", 1,
         [("3", dt1_dw), ("4", dt5_dw)], "dt1/dw = x = 3, dt5/dw = 2w = 4"),
        ("= (-6) \\cdot 3 + 1 \\cdot 4 = -18 + 4 = -14", 1, [("-18", de_dt1 * dt1_dw), ("-14", de_dw)],
         "de/dw = (-6)*3 + 1*4 = -18 + 4 = -14"),
        ("\\frac{\\partial e}{\\partial w} = -14, \\quad \\frac{\\partial e}{\\partial x} = -12", 1,
         [("-14", de_dw), ("-12", de_dx), ("-6", de_db)],
         "final gradients; de/dx = de/dt1 * w = -6*2 = -12 (not worked on the page, but right)"),
        ('"y_hat =  7.0', 1, [("7.0", t2)], "DiffScalar output: y_hat = w x + b = 7"),
        ('"e =  13.0', 1, [("13.0", e)], "DiffScalar output: e = 13"),
        ('"w.grad = -14.0', 1, [("-14.0", de_dw)], "DiffScalar output: de/dw = -14"),
        ('"x.grad = -12.0', 1, [("-12.0", de_dx)], "DiffScalar output: de/dx = -12"),
        ('"b.grad = -6.0', 1, [("-6.0", de_db)], "DiffScalar output: de/db = -6"),
        ('"w.grad = -14.0', 2, [("-14.0", de_dw)], "PyTorch output: de/dw = -14"),
        ('"x.grad = -12.0', 2, [("-12.0", de_dx)], "PyTorch output: de/dx = -12"),
        ('"b.grad = -6.0', 2, [("-6.0", de_db)], "PyTorch output: de/db = -6"),
    ]


def main():
    wrong, right = [], []
    seen = set()
    for sub, nth, items, why in checks():
        ln = line_of(sub, nth)
        if ln in seen:
            raise SystemExit("line %d judged twice" % ln)
        seen.add(ln)
        for p, _ in items:  # the printed number must be on the line as printed
            if p not in SRC[ln - 1]:
                raise SystemExit("line %d does not print %r" % (ln, p))
        bad = [(p, t) for p, t in items if num(p) != t]
        status = "WRONG" if bad else "right"
        print("line %3d %s: %s   [%s]" % (ln, status, ", ".join(p for p, _ in items), why))
        if bad:
            wrong.append({"line": ln, "page": None, "printed": ", ".join(p for p, _ in bad),
                          "correct": ", ".join(str(t) for _, t in bad), "kind": "first", "why": why})
        else:
            right.append(ln)
    right.sort()
    print("%d wrong, %d right" % (len(wrong), len(right)))
    notes = ("Clean document: every computed number is right. Forward: t1 = 6, t2 = 7, t3 = 3, t4 = 9, t5 = 4, "
             "e = 13; backward: de/dt3 = 6, de/dt2 = de/dt1 = de/db = -6, de/dw = -6*3 + 1*4 = -14 (the w^2 "
             "term's path is summed in), de/dx = -6*2 = -12 (stated in the final summary without working, and "
             "right). The DiffScalar and PyTorch cells print the same values (7.0, 13.0, -14.0, -12.0, -6.0). "
             "Not judged: the givens (w = 2, x = 3, b = 1, y = 10, also the printed 'x =  3.0' ... 'y =  10.0'), "
             "the seed de/de = 1 (a definition), the formulas (2 t_3, x, 2w) and the code. The code comments "
             "'# Expected: -2 * (y - y_hat) * x' etc. are formulas without numbers; note that for w they omit the "
             "w^2 term's 2w (they would give -18, not the printed -14), but they print no number, so no line is "
             "judged on them. Lines are lines of the raw JSON file; the excerpt keeps cells 4, 6, 9 and 11 of the "
             "original, re-serialised with json.dump(indent=2, ensure_ascii=False).")
    if "--write-expected" in sys.argv:
        out = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": notes}
        (HERE / "expected.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n",
                                            encoding="utf-8")
        print("wrote expected.json")


if __name__ == "__main__":
    main()
