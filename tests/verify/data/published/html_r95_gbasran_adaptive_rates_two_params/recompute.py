#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.html, an excerpt of gbasran's
ADAM-Machine-Learning-Deepdive `concept-10-adaptive-rates.html` ("Page 10: Adaptive Learning Rates (Second
Moment)"), Part C "Full Hand Computation: Two Parameters": Adam's second-moment average v_t, its bias correction
and the effective step alpha / (sqrt(v_hat) + eps) for a big-gradient and a small-gradient parameter.

Plain Python 3 (decimal at 60 digits); does not import nnwalk or any generator.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on that line is right only when redoing
      it from those numbers rounds to p at p's digits (a rounded earlier result may be taken anywhere within half a
      unit of its last digit; givens are exact); otherwise wrong, first;
  (b) a value printed without its working (or restated) is right within one unit of its last digit of the true
      value; (c) restated wrong values / values computed from wrong ones and off are wrong, propagated.
A line is wrong when any number on it is wrong.

Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
DOCFILE = "doc.html"
FORMAT = "html"
SOURCE = ("https://github.com/gbasran/ADAM-Machine-Learning-Deepdive/blob/54c544a15ebeac406b8c413080533c06f8de45e4/"
          "concept-10-adaptive-rates.html")
LICENSE = ("none (no LICENSE file in the repository); doc.html is an excerpt: original lines 1-10 (head metadata and "
           "KaTeX includes), 44-45, 48 (the h1), 120-173 (Part C, the whole hand computation) and 224-225, verbatim")
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, after=0):
    """1-based number of the first line after line `after` containing sub; fails loudly."""
    for i in range(after, len(DOC)):
        if sub in DOC[i]:
            return i + 1
    raise SystemExit("%s has no line containing %r after line %d" % (DOCFILE, sub, after))


def unit(s):
    return D(1).scaleb(D(s).as_tuple().exponent)


def rnd(x, s):
    return D(x).quantize(unit(s), rounding=ROUND_HALF_UP)


def ok_exact(printed, value):
    """rule (a) with exact operands: value must round to printed at printed's digits."""
    return rnd(value, printed) == D(printed)


def ok_interval(printed, lo, hi):
    """rule (a) with a rounded operand: some value in [lo, hi] rounds to printed."""
    p, u = D(printed), unit(printed)
    return not (p + u / 2 < min(lo, hi) or p - u / 2 > max(lo, hi))


B2, ALPHA, EPS = D("0.999"), D("0.001"), D("1e-8")
CHECKS = []   # (line, printed, correct value, ok, why)


def check(sub, printed, value, ok=None, why=""):
    n = line_of(sub)
    if printed not in DOC[n - 1]:
        raise SystemExit("line %d does not print %s" % (n, printed))
    good = ok_exact(printed, value) if ok is None else ok
    CHECKS.append((n, printed, value, good, why))


# Parameter 1, g = [10, 12]
check("0.1% of $g_1^2 = 10^2 = 100$", "100", D(10) ** 2)
v1 = B2 * 0 + (1 - B2) * D(10) ** 2
check("$v_1 = 0.999(0) + 0.001(10^2)", "0.1", v1)
check("0.001(10^2) = 0 + 0.001(100)", "100", D(10) ** 2)
vh1 = v1 / (1 - B2)
check("$\\hat{v}_1 = 0.1 / (1 - 0.999^1)", "0.001", 1 - B2)
check("$\\hat{v}_1 = 0.1 / (1 - 0.999^1)", "100", vh1)
check("$0.001 / (\\sqrt{100} + 10^{-8})", "0.0001", ALPHA / (vh1.sqrt() + EPS))
check("$0.001 / (\\sqrt{100} + 10^{-8})", "10", vh1.sqrt())
check("Step size shrunk from 0.001 to 0.0001", "10", ALPHA / D("0.0001"), why="10x = 0.001/0.0001")
check("0.1% of $g_2^2 = 12^2 = 144$", "144", D(12) ** 2)
v2 = B2 * D("0.1") + (1 - B2) * D(12) ** 2
check("$v_2 = 0.999(0.1) + 0.001(12^2)", "0.0999", B2 * D("0.1"))
check("$v_2 = 0.999(0.1) + 0.001(12^2)", "0.144", (1 - B2) * 144)
check("$v_2 = 0.999(0.1) + 0.001(12^2)", "0.2439", v2)
c2 = 1 - B2 ** 2
check("$\\hat{v}_2 = 0.2439 / (1 - 0.999^2)", "0.001999", c2)
vh2 = v2 / c2
check("$\\hat{v}_2 = 0.2439 / (1 - 0.999^2)", "122", vh2)
s122 = D(122).sqrt()
check("$0.001 / \\sqrt{122} \\approx 0.001 / 11.05", "11.05", s122,
      ok=ok_interval("11.05", D("121.5").sqrt(), D("122.5").sqrt()), why="sqrt of the rounded 122")
check("$0.001 / \\sqrt{122} \\approx 0.001 / 11.05", "0.0000905", ALPHA / (vh2.sqrt() + EPS),
      ok=ok_interval("0.0000905", ALPHA / D("11.055"), ALPHA / D("11.045")))
# Parameter 2, g1 = 0.1
check("so $g_1^2 = 0.01$", "0.01", D("0.1") ** 2)
w1 = B2 * 0 + (1 - B2) * D("0.1") ** 2
check("$v_1 = 0.999(0) + 0.001(0.1^2)", "0.00001", w1)
check("$v_1 = 0.999(0) + 0.001(0.1^2) = 0 + 0.001(0.01)", "0.01", D("0.1") ** 2)
check("same division by $(1 - 0.999^1) = 0.001$", "0.001", 1 - B2)
wh1 = w1 / (1 - B2)
check("$\\hat{v}_1 = 0.00001 / 0.001 = $", "0.01", wh1)
check("Now $\\sqrt{0.01} = 0.1$", "0.1", wh1.sqrt())
check("$0.001 / (\\sqrt{0.01} + 10^{-8})", "0.01", ALPHA / (wh1.sqrt() + EPS))
check("$0.001 / (\\sqrt{0.01} + 10^{-8})", "0.1", wh1.sqrt())
check("Step size GREW from 0.001 to 0.01", "10", D("0.01") / ALPHA, why="10x = 0.01/0.001")
check("Parameter 1 effective $\\alpha$:", "0.0001", ALPHA / (vh1.sqrt() + EPS))
check("Parameter 2 effective $\\alpha$:", "0.01", ALPHA / (wh1.sqrt() + EPS))
check("That's a 100x difference", "100", D("0.01") / D("0.0001"))
check("Adam gives parameter 1 a step of 0.0001", "0.0001", ALPHA / (vh1.sqrt() + EPS))
check("and parameter 2 a step of 0.01", "0.01", ALPHA / (wh1.sqrt() + EPS))

wrong = []
for n, printed, value, good, why in CHECKS:
    if not good:
        wrong.append({"line": n, "page": None, "printed": printed, "correct": str(rnd(value, printed)),
                      "kind": "first", "why": why or "recomputation differs"})
right = sorted({c[0] for c in CHECKS} - {w["line"] for w in wrong})
NOTES = ("Clean: every computed number recomputes. v_hat_2 = 0.2439/0.001999 = 122.011 is printed '≈ 122'; "
         "sqrt(122) = 11.0454 is printed 11.05 and 0.001/11.05 = 0.0000904977 (0.001/sqrt(122.011) = 0.0000905309) "
         "both round to the printed 0.0000905. The page announces gradients for 3 steps ([10, 12, 8] and "
         "[0.1, -0.2, 0.3]) but works only t = 1, 2 for parameter 1 and t = 1 for parameter 2; nothing is printed "
         "for the rest, so nothing is judged there. Percentages 99.9% / 0.1% restate beta2 and are givens.")

if __name__ == "__main__":
    for n, printed, value, good, why in CHECKS:
        print("%3d %-5s printed %-10s recomputed %s" % (n, "ok" if good else "WRONG", printed, value.normalize()
                                                         if value == value.to_integral() else rnd(value, "0.00000000001")))
    print("wrong lines: %d; right lines: %d" % (len(wrong), len(right)))
    if "--write-expected" in sys.argv:
        out = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote expected.json")
