#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.tex, an equations-and-numbers-only excerpt of
UOS-COMP6252/lectures latex/week4.tex (Hikmat Farhat's beamer lecture, week 4): the two frames "Batch
Normalization- How does it work" (the page's own formulas) and the frame "Example".

Plain Python 3 (decimal at 60 digits); no nnwalk import.

Givens: a mini-batch of two single-channel 2x2 tensors A = [[1,2],[3,4]], B = [[5,6],[7,8]]. The page's formulas:
mu = (1/N) sum x, sigma^2 = (1/N) sum (x - mu)^2 (biased), x_hat = (x - mu)/sqrt(sigma^2 + eps). So
mu = 36/8 = 4.5, sigma^2 = 42/8 = 5.25, and x_hat = (x - 4.5)/sqrt(5.25) = (x - 4.5)/2.2913 (eps -> 0; any usual
eps such as 1e-5 changes nothing at these digits).

The slide prints the outputs as unevaluated expressions (x - 4.5)/5.25: it divides by the variance instead of
the standard deviation its own formula asks for, so each of the four matrix rows shows a wrong denominator
(5.25 for sqrt(5.25) = 2.2913) and a wrong value (e.g. (1-4.5)/5.25 = -0.6667 for -1.5275).

Judging rule (the corpus's one rule): a line is wrong when any number on it is wrong; the four output rows are
each wrong 'first' (each applies the page's formula wrongly on its own; none copies an earlier wrong number); the
line printing the mean and variance is right.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import re
import sys
from decimal import Decimal as D
from decimal import getcontext

getcontext().prec = 60
DOCFILE = "doc.tex"
FORMAT = "tex"
SOURCE = "https://github.com/UOS-COMP6252/lectures/blob/b16e28c23a8e13b3ee958f48053dcbe8b454df09/latex/week4.tex"
LICENSE = ("none (no LICENSE in the repository); doc.tex is an excerpt of only the lines of three frames that hold "
           "math or numbers or open/title/close a frame, line for line and unchanged")
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def fmt(x, nd=4):
    return str(D(x).quantize(D(1).scaleb(-nd)))


XS = [D(v) for v in range(1, 9)]
MU = sum(XS) / len(XS)
VAR = sum((x - MU) ** 2 for x in XS) / len(XS)
SD = VAR.sqrt()
assert "\\sqrt{\\sigma^2_c+\\epsilon}" in DOC[line_of("\\hat{x}_{ci}=") - 1], "the page's formula is x_hat = (x-mu)/sqrt"

RESULTS = []  # (line, status, printed, correct, why)

ln = line_of("The mean is 4.5 and (biased) variance is 5.25")
ok = D("4.5") == MU and D("5.25") == VAR
RESULTS.append((ln, "right" if ok else "wrong", "4.5; 5.25", "%s; %s" % (MU, VAR),
                "mean 36/8 = 4.5, biased variance 42/8 = 5.25"))

for sub in ["(1-4.5)/5.25 &(2-4.5)/5.25", "(3-4.5)/5.25 & (4-4.5)/5.25",
            "(5-4.5)/5.25 & (6-4.5)/5.25", "(7-4.5)/5.25 & (8-4.5)/5.25"]:
    ln = line_of(sub)
    pairs = re.findall(r"\((\d)-4\.5\)/5\.25", DOC[ln - 1])
    assert len(pairs) == 2, (ln, pairs)
    printed = ", ".join("(%s-4.5)/5.25 = %s" % (x, fmt((D(x) - MU) / VAR)) for x in pairs)
    correct = ", ".join("(%s-4.5)/sqrt(5.25) = (%s-4.5)/%s = %s" % (x, x, fmt(SD), fmt((D(x) - MU) / SD))
                        for x in pairs)
    ok = VAR == SD  # the printed denominator is right only if it equals the standard deviation
    RESULTS.append((ln, "right" if ok else "wrong", "5.25", "%s (sqrt(5.25))" % fmt(SD),
                    "divides by the variance 5.25; the page's own formula x_hat = (x-mu)/sqrt(sigma^2+eps) "
                    "needs sqrt(5.25) = %s: printed %s; correct %s" % (fmt(SD), printed, correct)))


def main():
    for line, st, p, c, why in RESULTS:
        print("line %3d %-6s printed %s\n             correct %s\n             %s" % (line, st, p, c, why))
    wrong = [{"line": l, "page": None, "printed": p, "correct": c, "kind": "first", "why": w}
             for l, st, p, c, w in RESULTS if st == "wrong"]
    right = sorted(l for l, st, p, c, w in RESULTS if st == "right")
    print("wrong: %d, right: %d" % (len(wrong), len(right)))
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE, "wrong": wrong,
               "right": right,
               "notes": ("UOS-COMP6252/lectures latex/week4.tex (Hikmat Farhat, 2023, no license): batch "
                         "normalisation of a mini-batch of two single-channel 2x2 tensors A = [[1,2],[3,4]], "
                         "B = [[5,6],[7,8]]. Mean 4.5 and biased variance 5.25 are right. The outputs are printed "
                         "as unevaluated expressions (x-4.5)/5.25: the slide divides by the variance where its own "
                         "formula two frames earlier divides by sqrt(sigma^2+eps) = sqrt(5.25) = 2.2913, so every "
                         "output row is wrong (e.g. (1-4.5)/5.25 = -0.6667 instead of -1.5275). Close call: no "
                         "evaluated number is printed on these rows; they are judged wrong because the printed "
                         "denominator 5.25 is a wrong number under the page's own formula (a wrong operand, not a "
                         "restated one), each row 'first' since none copies an earlier wrong value. eps is "
                         "irrelevant at these digits. The matrices A and B are givens (neither list).")}
        (HERE / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote expected.json")


main()
