#!/usr/bin/env python3
"""Independent recomputation of every computed number in doc.md, an excerpt of Kiotto-code's note
"gradientDescentMaths.md" (repository Kiotto-code/42KL_ft_linear_regression): one batch gradient-descent step of
simple linear regression y_hat = w X + b on three cars (mileage 10, 20, 30 -> price 20, 18, 15), w = b = 0,
learning rate 0.01, n = 3.

The page's conventions (followed here): error = y_hat - y; dw = (1/n) sum(X * error), db = (1/n) sum(error)
(the gradient of J = 1/(2n) sum error^2, no factor 2); w <- w - lr*dw, b <- b - lr*db.

Judging rule (corpus rule; p printed, u one unit in its last digit):
 (a) a line printing p as the result of an expression of numbers printed on that line is right only when the
     expression redone from those numbers rounds to p at p's digits (a rounded operand may be taken anywhere within
     half a unit of its last digit; givens exact);
 (b) a value printed without working, or restated, is right within one unit of its last digit of the true value;
 (c) restated wrong values / values computed from wrong ones and off are wrong, propagated.
Plain Python, fractions + decimal; no nnwalk import.
Usage: python3 recompute.py [--write-expected]
"""
import json
import pathlib
import sys
from decimal import Decimal as D, getcontext, ROUND_HALF_UP
from fractions import Fraction as F

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOCFILE = "doc.md"
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")
SOURCE = ("https://github.com/Kiotto-code/42KL_ft_linear_regression/blob/fce17ef5a6a4a215d828e80693d6324b8f71c2e4/"
          "NOTES/gradientDescentMaths.md")
LICENSE = ("none (no LICENSE file in the repository); doc.md is an excerpt of only the data table, the initial "
           "values and the worked equation blocks, line for line, prose and headings removed")


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def rnd(x, p):
    q = D(1).scaleb(D(p).as_tuple().exponent)
    return (D(x.numerator) / D(x.denominator) if isinstance(x, F) else D(x)).quantize(q, rounding=ROUND_HALF_UP)


RESULTS = []  # (line, printed, true, ok, why)


def chk(line, printed, true, why):
    ok = rnd(true, printed) == D(printed)
    if printed not in DOC[line - 1]:
        raise SystemExit("line %d does not print %s" % (line, printed))
    RESULTS.append((line, printed, true, ok, why))


# givens
X = [F(10), F(20), F(30)]
Y = [F(20), F(18), F(15)]
w0 = F(0); b0 = F(0); lr = F(1, 100); n = 3

yhat = [w0 * x + b0 for x in X]
err = [yh - y for yh, y in zip(yhat, Y)]
prod = [x * e for x, e in zip(X, err)]
dw = sum(prod) / n
db = sum(err) / n
w1 = w0 - lr * dw
b1 = b0 - lr * db

L = line_of(r"\hat{y} = wX + b = 0 \cdot X + 0 = 0")
chk(L, "0", yhat[0], "prediction with w = b = 0")
for i in range(3):
    chk(line_of(r"\hat{y}_%d = 0" % (i + 1)), "0", yhat[i], "prediction %d" % (i + 1))
L = line_of(r"\text{error} = [0 - 20, 0 - 18, 0 - 15]")
for p, t in zip(["-20", "-18", "-15"], err):
    chk(L, p, t, "error = y_hat - y")
L = line_of(r"X = [10, 20, 30], \quad \text{error}")
for p, t in zip(["-20", "-18", "-15"], err):
    chk(L, p, t, "errors restated")
L = line_of(r"= [-200, -360, -450]")
for p, t in zip(["-200", "-360", "-450"], prod):
    chk(L, p, t, "X * error")
L = line_of(r"dw = \frac{1}{3}")
chk(L, "-1010", sum(prod), "sum of X*error")
chk(L, "-336.67", dw, "dw = -1010/3")
L = line_of(r"db = \frac{1}{n}")
chk(L, "-53", sum(err), "sum of errors")
chk(L, "-17.67", db, "db = -53/3")
L = line_of(r"w = 0 - 0.01 \cdot (-336.67)")
chk(L, "3.3667", w1, "w = 0 - 0.01*(-336.67) (0.01*336.67 = 3.3667 exactly from the printed operand; true 3.36667)")
L = line_of(r"b = 0 - 0.01 \cdot (-17.67)")
chk(L, "0.1767", b1, "b = 0 - 0.01*(-17.67) (exact from the printed operand; true 0.176667)")
L = line_of(r"\hat{y} = 3.3667 \cdot X + 0.1767")
chk(L, "3.3667", w1, "updated w restated")
chk(L, "0.1767", b1, "updated b restated")

wrong_lines = sorted({r[0] for r in RESULTS if not r[3]})
right_lines = sorted({r[0] for r in RESULTS} - set(wrong_lines))
for line, p, t, ok, why in RESULTS:
    print("line %3d  printed %-9s true %-22s %s  %s" % (line, p, str(rnd(t, "0.000001")), "ok   " if ok else "WRONG", why))
print("wrong lines:", wrong_lines)
print("right lines:", right_lines)

if "--write-expected" in sys.argv:
    exp = {
        "file": DOCFILE, "format": "md", "source": SOURCE, "license": LICENSE,
        "wrong": [],
        "right": right_lines,
        "notes": ("Clean document: one batch gradient-descent step of y = wX + b from w = b = 0 (lr 0.01, n = 3). "
                  "The page's own convention is followed: error = y_hat - y and dw = (1/n) sum(X*error), "
                  "db = (1/n) sum(error) (gradient of J = 1/(2n) sum error^2, no factor 2) - consistent throughout. "
                  "Close calls: 3.3667 and 0.1767 are 0.01 times the rounded -336.67 and -17.67, exact from the "
                  "printed operands and equal to the true values 3.366667 / 0.176667 rounded at 4 decimals. "
                  "Lines of givens (data table, w = 0, b = 0, learning rate, n) are in neither list."),
    }
    (HERE / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote expected.json")
