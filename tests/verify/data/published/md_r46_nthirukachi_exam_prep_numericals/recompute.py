#!/usr/bin/env python3
"""Independent recomputation of every computed number in doc.md: Section C ("Numerical/Calculation Questions")
of the CL38 "Backpropagation & ANN Fundamentals - Exam Preparation" sheet in nthirukachi/masai (parameter counts,
ReLU, sigmoid slope, one gradient-descent step, vanishing-gradient product, an MSE loss, a timing estimate).

Plain Python 3, decimal at 60 digits; does not import nnwalk.
Judging rule (the corpus's one rule): a result worked on its line must be the expression redone from the printed
operands at the printed digits (a); a value printed without working or restated is right within one unit of its
last digit of the true value (b); restated wrong values are propagated (c).
Usage: python3 recompute.py [--write-expected]
"""
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, Decimal as D, getcontext

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOCFILE = "doc.md"
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")
SOURCE = ("https://github.com/nthirukachi/masai/blob/62982c631461c59b98a599bccd82ffd0207e3d59/"
          "CL38_Backpropagation_ANN_Fundamentals/CL38_Backpropagation_ANN_Fundamentals_exam_preparation.md")
LICENSE = ("none (no LICENSE file in the repository); doc.md keeps only Section C, the worked numerical questions, "
           "verbatim (source lines 536-658)")


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("no line containing %r (hit %d)" % (sub, nth))
    return hits[nth - 1]


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def near(p, x):
    return abs(D(p) - D(x).quantize(unit(p), rounding=ROUND_HALF_UP)) <= unit(p)


RES = {}


def chk(sub, printed, true, why=""):
    ln = line_of(sub)
    assert printed in DOC[ln - 1], (ln, printed)
    p = D(printed.replace(",", ""))
    RES.setdefault(ln, []).append((printed, D(true), near(p, true), why))


chk("Layer 1: (784 × 128) + 128", "100,352", 784 * 128)
chk("Layer 1: (784 × 128) + 128", "100,480", 784 * 128 + 128)
chk("Layer 2: (128 × 64) + 64", "8,192", 128 * 64)
chk("Layer 2: (128 × 64) + 64", "8,256", 128 * 64 + 64)
chk("Layer 3: (64 × 10) + 10", "640", 640)
chk("Layer 3: (64 × 10) + 10", "650", 650)
chk("Total = 100,480 + 8,256 + 650", "109,386", 100480 + 8256 + 650)
chk("**✅ Final Answer:** 109,386", "109,386", 109386)
for x in (-2, 3, -1, 5, 0):
    chk("ReLU(%d) = " % x, "= %d" % max(0, x) if False else str(max(0, x)), max(0, x))
chk("**✅ Final Answer:** [0, 3, 0, 5, 0]", "5", 5)
chk("σ'(0) = 0.5 × (1 - 0.5)", "0.25", D("0.25"))
chk("**✅ Final Answer:** 0.25", "0.25", D("0.25"))
chk("Input size = 1000 × 1000 × 3", "3,000,000", 3000000)
chk("Weights = 3,000,000 × 100", "300,000,000", 300000000)
chk("**✅ Final Answer:** 300 million", "300", 300, why="300 million = 300,000,000")
chk("W_new = 2.5 - 0.05 = 2.45", "0.05", D("0.05"))
chk("W_new = 2.5 - 0.05 = 2.45", "2.45", D("2.45"))
chk("**✅ Final Answer:** 2.45", "2.45", D("2.45"))
chk("Max sigmoid gradient = 0.25", "0.25", D("0.25"), why="max of s(1-s) at s = 0.5")
chk("Through 3 layers:", "0.015625", D("0.25") ** 3)
chk("**✅ Final Answer:** 0.015625", "0.016", D("0.25") ** 3)
chk("MSE = ½(0.3)²", "0.3", D("0.3"))
chk("MSE = ½ × 0.09 = 0.045", "0.045", D("0.045"))
chk("MSE = ½ × 0.09 = 0.045", "0.09", D("0.09"))
chk("**✅ Final Answer:** 0.045", "0.045", D("0.045"))
chk("Total ≈ 0.5 + 0.5 = 1.0", "1.0", D(1), why="forward + backward; the 0.01 s loss is left out (≈)")
chk("**✅ Final Answer:** ~1 second", "1", 1)

WRONG, RIGHT = [], []
for ln in sorted(RES):
    bad = [r for r in RES[ln] if not r[2]]
    print("line %3d %-5s %s" % (ln, "WRONG" if bad else "right", DOC[ln - 1].strip()[:90]))
    if bad:
        WRONG.append({"line": ln, "page": None, "printed": ", ".join(r[0] for r in bad),
                      "correct": ", ".join(str(r[1]) for r in bad), "kind": "first",
                      "why": "; ".join(r[3] for r in bad)})
    else:
        RIGHT.append(ln)
NOTES = ("All worked numbers are right. Lines that only restate givens (e.g. 'W_new = 2.5 - 0.1 × 0.5', "
         "'MSE = ½(1 - 0.7)²', 'Forward: 0.5 seconds', 'Backward: ~0.5 seconds') are in neither list. "
         "Close call: 'Total ≈ 0.5 + 0.5 = 1.0' drops the 0.01 s loss time printed on the line before, marked ≈. "
         "'0.015625 (approximately 0.016)' prints both the exact and the rounded value; both right.")
print("wrong", [w["line"] for w in WRONG], "right", RIGHT)
if "--write-expected" in sys.argv:
    (HERE / "expected.json").write_text(json.dumps(
        {"file": DOCFILE, "format": "md", "source": SOURCE, "license": LICENSE, "wrong": WRONG, "right": RIGHT,
         "notes": NOTES}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
