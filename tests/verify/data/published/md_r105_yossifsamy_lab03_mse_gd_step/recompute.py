#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt (worked numbers only, line for
line) of YossifSamy/univ-neural-networks-course Lab03-Training-Neural-Networks/student-guide.md: two hand-worked
mean-squared-error calculations and one gradient-descent weight update (w = 2.0, gradient +0.5, alpha = 0.1).

Plain Python 3 with exact fractions (Decimal at 60 digits); no nnwalk import.
Judging rule: (a) a result of an expression of numbers printed on its line must round (at its own digits) to what
redoing it from those numbers gives -> else wrong, first; (b) restated values right within one unit of the true
value; (c) restating a wrong value is wrong, propagated. Givens (actual/predicted values, w, gradient, alpha) are
exact. Usage: python3 recompute.py [--write-expected]
"""
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOCFILE, FORMAT = "doc.md", "md"
SOURCE = ("https://github.com/YossifSamy/univ-neural-networks-course/blob/a6e54db3aae8dbe9efd477202ca1edab36498b88/"
          "Lab03-Training-Neural-Networks/student-guide.md")
LICENSE = ("none found (no LICENSE file in the repository); doc.md is an excerpt of only the worked numbers, line "
           "for line, markup kept")
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s: no line containing %r (occurrence %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


CHECKS = []


def chk(cid, line, printed, true, ops):
    assert printed in DOC[line - 1], (line, printed)
    p = D(printed)
    ok_ops = rnd(ops, printed) == p
    ok_true = abs(p - rnd(true, printed)) <= unit(printed)
    st = "right" if ok_ops and ok_true else "wrong"
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), status=st,
                       kind=None if st == "right" else "first", correct=str(rnd(true, printed))))


# example 1: actual (1.0, 0.0, 1.0), predicted (0.8, 0.2, 0.9)
sq1 = [(D("1.0") - D("0.8")) ** 2, (D("0.0") - D("0.2")) ** 2, (D("1.0") - D("0.9")) ** 2]
for i, s in enumerate(("0.04", "0.04", "0.01")):
    n = line_of("Example %d error:" % (i + 1))
    chk("ex_sq%d" % (i + 1), n, s, sq1[i], sq1[i])
n = line_of("MSE = (0.04 + 0.04 + 0.01) / 3")
chk("ex_sum_mse", n, "0.03", sum(sq1) / 3, (D("0.04") + D("0.04") + D("0.01")) / 3)
# self-check: actual [0,1,1,0], predicted [0.1,0.9,0.8,0.2]
act, pred = [0, 1, 1, 0], [D("0.1"), D("0.9"), D("0.8"), D("0.2")]
sq2 = [(a - q) ** 2 for a, q in zip(act, pred)]
for i, s in enumerate(("0.01", "0.01", "0.04", "0.04")):
    n = line_of("Error %d:" % (i + 1))
    chk("q_sq%d" % (i + 1), n, s, sq2[i], sq2[i])
n = line_of("MSE = (0.01 + 0.01 + 0.04 + 0.04) / 4")
chk("q_mse", n, "0.025", sum(sq2) / 4, (D("0.01") + D("0.01") + D("0.04") + D("0.04")) / 4)
# gradient-descent step
step = D("0.1") * D("0.5")
n = line_of("w_new = 2.0 - 0.05")
chk("gd_step", n, "0.05", step, step)
n = line_of("w_new = 1.95")
chk("gd_new", n, "1.95", D("2.0") - step, D("2.0") - D("0.05"))

NOTES = ("Clean excerpt: every printed result is exact (squares of one-decimal differences, their means, and one "
         "gradient-descent step). The line 'w_new = 2.0 - 0.1 × 0.5' only restates givens; its result 0.05 is on "
         "the next line. Kept as a false-alarm measure.")


def main():
    wrong, right = [], []
    for n in sorted({c["line"] for c in CHECKS}):
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %3d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()))
        if bad:
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(c["correct"] for c in bad), "kind": "first",
                          "why": "arithmetic does not match"})
        else:
            right.append(n)
    print("wrong:", wrong, "\nright:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


if __name__ == "__main__":
    main()
