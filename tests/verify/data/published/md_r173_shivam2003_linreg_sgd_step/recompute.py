#!/usr/bin/env python3
"""Independent recomputation of every computed number in doc.md, an excerpt (worked lines only) of
docs/dnn/module3-linear-nn-regression.md in shivam2003-dev/mid_sem1_exam_notes ("Module 3: Linear Neural Networks
for Regression", revision notes for a Deep Neural Networks course): one gradient-descent step of a linear
unit y_hat = w1 x1 + w2 x2 + b on the first example (x1, x2, y) = (1, 2, 5) with w1 = 0.5, w2 = 0.3, b = 0.1,
alpha = 0.1 and squared-error loss (gradient (y_hat - y) x for one example).

Plain Python 3, decimal at 60 digits; no nnwalk / generator import.
Judging rule: (a) a result printed with its working is right when redoing the working from the numbers printed on
the line (givens exact; a rounded earlier result within half a unit of its last digit) rounds to it; (b) a value
restated without working is right when within one unit of its last digit of the true value.

Usage:  python3 recompute.py                   (report)
        python3 recompute.py --write-expected  (also writes expected.json)
"""
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, Decimal as D, getcontext

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
LINES = (HERE / "doc.md").read_text(encoding="utf-8").split("\n")
SOURCE = ("https://github.com/shivam2003-dev/mid_sem1_exam_notes/blob/e086ec6457e37a002c8694b6dbef7b77f1fbdcc1/"
          "docs/dnn/module3-linear-nn-regression.md")
LICENSE = ("none stated (no LICENSE file in the repository); doc.md is an excerpt of only the worked example "
           "(data table, initialization, forward pass, error, gradients, updates), not the page")


def line_of(sub):
    hits = [i + 1 for i, t in enumerate(LINES) if sub in t]
    if len(hits) != 1:
        raise SystemExit(f"substring {sub!r}: {len(hits)} hits, expected 1")
    return hits[0]


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


wrong, right, report = [], [], []


def judge(sub, items):
    """items: (printed, value from the printed operands, true value, mode, why)."""
    n = line_of(sub)
    text = LINES[n - 1]
    bad = []
    for printed, val, true, mode, why in items:
        assert printed in text, (n, printed, text)
        p = D(printed)
        ok = rnd(val, p) == p            # every operand here is exact (givens or exact one-decimal results)
        if not ok and mode == "b":
            ok = abs(p - D(true)) <= unit(p)
        report.append(f"line {n:3d}  {'ok ' if ok else 'BAD'}  {printed:>6s}  {why}")
        if not ok:
            bad.append((printed, str(rnd(true, p)), why))
    if bad:
        wrong.append({"line": n, "page": None, "printed": ", ".join(b[0] for b in bad),
                      "correct": ", ".join(b[1] for b in bad), "kind": "first", "why": "; ".join(b[2] for b in bad)})
    else:
        right.append(n)


# givens
x1, x2, y = D(1), D(2), D(5)
w1, w2, b, alpha = D("0.5"), D("0.3"), D("0.1"), D("0.1")

t1, t2 = w1 * x1, w2 * x2
yhat = t1 + t2 + b
err = yhat - y
g1, g2, gb = err * x1, err * x2, err
n1, n2, nb = w1 - alpha * g1, w2 - alpha * g2, b - alpha * gb

judge(r"\hat{y} = 0.5 \cdot 1 + 0.3 \cdot 2 + 0.1 =", [
    ("0.6", t2, t2, "a", "0.3*2 = 0.6"),
    ("1.2", yhat, yhat, "a", "0.5*1 + 0.3*2 + 0.1 = 0.5 + 0.6 + 0.1 = 1.2")])
judge(r"**Error**: $1.2 - 5 = -3.8$", [
    ("1.2", yhat, yhat, "b", "restates y_hat = 1.2"), ("-3.8", err, err, "a", "1.2 - 5 = -3.8")])
judge(r"\frac{\partial J}{\partial w_1} = -3.8 \cdot 1", [("-3.8", g1, g1, "a", "dJ/dw1 = -3.8*1 = -3.8")])
judge(r"\frac{\partial J}{\partial w_2} = -3.8 \cdot 2", [("-7.6", g2, g2, "a", "dJ/dw2 = -3.8*2 = -7.6")])
judge(r"\frac{\partial J}{\partial b} = -3.8", [("-3.8", gb, gb, "b", "dJ/db = error = -3.8")])
judge(r"w_1 := 0.5 - 0.1 \cdot (-3.8)", [
    ("0.38", -alpha * g1, -alpha * g1, "a", "0.1*3.8 = 0.38"), ("0.88", n1, n1, "a", "0.5 + 0.38 = 0.88")])
judge(r"w_2 := 0.3 - 0.1 \cdot (-7.6)", [
    ("0.76", -alpha * g2, -alpha * g2, "a", "0.1*7.6 = 0.76"), ("1.06", n2, n2, "a", "0.3 + 0.76 = 1.06")])
judge(r"b := 0.1 - 0.1 \cdot (-3.8)", [
    ("0.38", -alpha * gb, -alpha * gb, "a", "0.1*3.8 = 0.38"), ("0.48", nb, nb, "a", "0.1 + 0.38 = 0.48")])

print("\n".join(report))
print(f"wrong lines: {len(wrong)}  right lines: {len(right)}")
if "--write-expected" in sys.argv:
    out = {"file": "doc.md", "format": "md", "source": SOURCE, "license": LICENSE,
           "wrong": wrong, "right": sorted(right),
           "notes": ("One stochastic gradient-descent step of a linear unit y_hat = w1 x1 + w2 x2 + b on the first "
                     "row (1, 2, 5) of a 3-row table: y_hat = 1.2, error -3.8, gradients (-3.8, -7.6, -3.8), "
                     "updated w1 = 0.88, w2 = 1.06, b = 0.48. All arithmetic is exact in one or two decimals and "
                     "every computed number is right (a clean document, for false alarms). Convention: the gradient "
                     "of J = 1/(2m) sum (y_hat - y)^2 for the single example (m = 1) is (y_hat - y) x, as the page "
                     "uses. The line 'dJ/db = -3.8' restates the error and is right. Neither list: the data table, "
                     "the initialization line (givens) and the headings."),
           }
    (HERE / "expected.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote expected.json")
