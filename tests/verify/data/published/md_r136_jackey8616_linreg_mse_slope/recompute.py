#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, a numeric excerpt (equations, numbers and
the two data/model code fragments, no prose) of the blog post "Linear Regression & its mathematics" by jackey8616
(Clooooode), source/_posts/AI/linear-regression-and-its-math.md on the `blog` branch of
github.com/jackey8616/jackey8616.github.io. The repository carries no licence, so only this excerpt is stored.

Plain Python 3 (fractions / decimal at 60 digits); does not import nnwalk or the generator.

The post's numbers:
  * a one-point residual example: y = 9, prediction 7, "the 2 is the error";
  * the residuals E_i = y_i - yhat_i of six points (rawData of the chart script) about the chart's line
    yhat = 5x + 35 (the script's predict());
  * with b = 0 (yhat = wx) the MSE J(w) = (1/6) sum (y_i - w x_i)^2 (the script's mse()) at w = 11.1 and 11.2, and
    the finite-difference slope m = (J(11.2) - J(11.1)) / (11.2 - 11.1).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers (rounded operands anywhere within half a unit) rounds to p;
  (b) a value printed without working, or restated, is right within one unit of the true value, or when it follows
      from printed correct operands;
  (c) a restated or recomputed consequence of a wrong value is wrong, propagated.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/jackey8616/jackey8616.github.io/blob/905f4142ec200112cedb8428e1c54e19c5639606/"
          "source/_posts/AI/linear-regression-and-its-math.md")
LICENSE = ("no licence in the repository (all rights reserved); doc.md is an excerpt of the worked equations and "
           "numbers only, copied line by line, prose left out")
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D
from fractions import Fraction as F

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    """1-based line of the nth line of the document containing sub; fails loudly."""
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def dec(q):
    return D(q.numerator) / D(q.denominator) if isinstance(q, F) else D(q)


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return dec(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    """rule (b): within one unit of p's last digit of the true value."""
    return abs(D(p) - rnd(x, p)) <= unit(p)


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, lo=None, hi=None, up=(), why="", correct=None):
    """Judge one printed number.
    lo, hi: when the value is the result of printed working, the range that working takes with every rounded
            printed operand moved within half a unit of its last digit (exact givens fixed): p must be the rounding
            of some value in [lo, hi] (rule a), otherwise wrong, first.
    up: ids of checks this value is computed from; a value off the truth that comes from a wrong one is propagated.
    """
    assert printed in DOC[line - 1], (cid, line, printed)
    p = D(printed)
    true = dec(true)
    status, kind = "right", None
    up_bad = any(STATUS.get(u) == "wrong" for u in up)
    if lo is not None:
        a, b = min(dec(lo), dec(hi)), max(dec(lo), dec(hi))
        if not (rnd(a, p) <= p <= rnd(b, p)):
            status, kind = "wrong", "first"
        elif up_bad and not near(p, true):
            status, kind = "wrong", "propagated"
    elif not near(p, true):
        status, kind = "wrong", ("propagated" if up_bad else "first")
    STATUS[cid] = status
    CHECKS.append({"id": cid, "line": line, "printed": printed, "true": true, "status": status, "kind": kind,
                   "why": why, "correct": correct if correct is not None else str(rnd(true, p))})
    return status


def restate(cid, line, printed, of):
    """a restated value: right when its source is right and it matches, propagated otherwise."""
    assert printed in DOC[line - 1], (cid, line, printed)
    src = [c for c in CHECKS if c["id"] == of][0]
    status, kind = "right", None
    if src["status"] == "wrong" and printed == src["printed"]:
        status, kind = "wrong", "propagated"
    elif not near(D(printed), src["true"]):
        status, kind = "wrong", "first"
    STATUS[cid] = status
    CHECKS.append({"id": cid, "line": line, "printed": printed, "true": src["true"], "status": status,
                   "kind": kind, "why": "" if status == "right" else "restates %s = %s (true %s)" % (
                       of, src["printed"], src["correct"]), "correct": src["correct"]})


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:100]))
        for c in cs:
            print("            %-12s printed %-10s true %-22s -> %s%s" % (
                c["id"], c["printed"], "%.15g" % c["true"], c["status"],
                (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(c["correct"] for c in bad),
                          "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(dict.fromkeys(c["why"] or "computed from a wrong value" for c in bad))})
        else:
            right.append(n)
    return wrong, right


def main(notes):
    wrong, right = report()
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": notes}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


# ---- givens, read from the document itself -------------------------------------------------------------------
n_data = line_of("[2, 50], [4, 65], [6, 50], [8, 90], [10, 75], [12, 160]")
DATA = [(2, 50), (4, 65), (6, 50), (8, 90), (10, 75), (12, 160)]
assert line_of("return 5 * x + 35;") > n_data
line_of("sum += (rawData[i][1] - w * rawData[i][0]) ** 2;")
line_of("return sum / rawData.length;")


def predict(x):
    return 5 * x + 35


def J(w):
    return sum((F(y) - w * x) ** 2 for x, y in DATA) / len(DATA)


# ---- one-point example: y = 9, prediction 7 ----------------------------------------------------------------------
n = line_of("the $2$ is the error")
assert "$x = 1, y = 9$" in DOC[line_of("$x = 1, y = 9$") - 1]
chk("err_ex", n, "2", F(9 - 7), why="9 - 7 = 2")

# ---- residuals about yhat = 5x + 35 ----------------------------------------------------------------------------
for k, (x, y) in enumerate(DATA, 1):
    n = line_of("E_%d &= " % k)
    text = DOC[n - 1]
    lhs, res = text.split("=", 1)[1].split("=")
    ys, yh = [s.strip() for s in lhs.split(" - ")]
    r = res.replace("\\\\", "").strip()
    assert int(ys) == y, (k, ys, y)
    chk("yhat%d" % k, n, yh, F(predict(x)), why="5*%d + 35 = %d" % (x, predict(x)))
    chk("E%d" % k, n, r, F(y - predict(x)), lo=F(int(ys) - int(yh)), hi=F(int(ys) - int(yh)), up=("yhat%d" % k,),
        why="%s - %s = %d, not %s" % (ys, yh, int(ys) - int(yh), r))

# ---- J(w) at w = 11.1 and 11.2, and the finite-difference slope ------------------------------------------------
w1, w2 = F(111, 10), F(112, 10)
J1, J2 = J(w1), J(w2)
n = line_of("J(11.1) &= ")
chk("J1", n, "581.4066", J1, why="J(11.1) = (1/6) sum (y - 11.1x)^2 = %s" % rnd(J1, D("0.00001")))
n = line_of("J(11.2) &= ")
chk("J2", n, "581.693", J2, why="J(11.2) = (1/6) sum (y - 11.2x)^2 = %s" % rnd(J2, D("0.00001")))
n = line_of("m &= (581.693 - 581.4066)")
restate("J2m", n, "581.693", "J2")
restate("J1m", n, "581.4066", "J1")
n = line_of("&= 0.2864 / 0.1")
# the difference of the two printed J values; each is a rounded result (581.693 +- 0.0005, 581.4066 +- 0.00005)
chk("dJ", n, "0.2864", J2 - J1, lo=F("581.6925") - F("581.40665"), hi=F("581.6935") - F("581.40655"),
    up=("J1", "J2"), why="581.693 - 581.4066 = 0.2864 (follows from the printed, correct J values; exact 0.28667)")
n = line_of("&= 0.02864")
slope = (J2 - J1) / (w2 - w1)
chk("m", n, "0.02864", slope, lo=F("0.28635") / F("0.1"), hi=F("0.28645") / F("0.1"), up=("dJ",),
    correct="2.864",
    why="0.2864 / 0.1 = 2.864 (division by 0.1 multiplies by 10; printed is 1/100 of it); exact finite-difference "
        "slope (J(11.2) - J(11.1)) / 0.1 = %s" % rnd(slope, D("0.0001")))

NOTES = ("Excerpt (no licence): lines refer to doc.md; the original line of each stored line is listed in SOURCE.md. "
         "Residuals about the chart line yhat = 5x + 35 over rawData (2,50) (4,65) (6,50) (8,90) (10,75) (12,160): "
         "predictions 45, 55, 65, 75, 85, 95 are right, residuals 5, 10, -15, -10, 65 are right, but E_4 = 90 - 75 "
         "is printed 25 (true 15): wrong, first. With b = 0 the MSE J(w) = (1/6) sum (y - wx)^2 gives "
         "J(11.1) = 581.40667 (printed 581.4066, within one unit: right) and J(11.2) = 581.69333 (printed 581.693: "
         "right); the line m = (581.693 - 581.4066) / (11.2 - 11.1) restates them (right). 0.2864 is exactly the "
         "difference of the two printed values (the exact difference is 0.28667, three units away, but it follows "
         "from printed correct operands, rule b; a close call). 0.2864 / 0.1 is printed 0.02864; it is 2.864 "
         "(exact slope 2.8667): wrong, first (nothing later in the post uses it). Givens: the one-point example "
         "y = 9, yhat = 7, the data, the line 5x + 35 and w = 11.1, 11.2. The same two errors are in the zhTW "
         "version of the post (linear-regression-and-its-math-zhTW.md, not stored).")

if __name__ == "__main__":
    main(NOTES)
