#!/usr/bin/env python3
"""Independent recomputation of every computed number in doc.tex, an excerpt of the beamer slides
lectures/gradient_descent_backprop.tex of Digital-AI-Finance/neural-networks-introduction (Joerg Osterrieder):
the tables of the frames "Mean Squared Error: Intuition" (3 return forecasts) and "Finance Application: Return
Prediction" (5 stocks): squared errors in percentage points squared, their mean (MSE) and its square root (RMSE).

Plain Python 3, decimal at 60 digits; no nnwalk import.  Rule (a): a printed result is right when redoing it from
the numbers printed (givens exact; a rounded earlier result anywhere within half a unit of its last digit) rounds to
it at its digits.  The RMSE of the first frame is taken from the printed MSE 4.67 (interval [4.665, 4.675]) and
also checked against the exact 14/3.

Usage:  python3 recompute.py                   (report)
        python3 recompute.py --write-expected  (also writes expected.json)
"""
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, Decimal as D, getcontext

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
LINES = (HERE / "doc.tex").read_text(encoding="utf-8").split("\n")
SOURCE = ("https://github.com/Digital-AI-Finance/neural-networks-introduction/blob/"
          "16008e2da0d8c252fdf7b89bc59360aae7424c68/lectures/gradient_descent_backprop.tex")
LICENSE = ("none stated (no LICENSE file in the repository); doc.tex is an excerpt of only the two worked tables and "
           "their RMSE lines, line for line")


def line_of(sub):
    hits = [i + 1 for i, t in enumerate(LINES) if sub in t]
    if len(hits) != 1:
        raise SystemExit(f"substring {sub!r}: {len(hits)} hits, expected 1")
    return hits[0]


def rnd(x, p):
    return D(x).quantize(D(1).scaleb(D(p).as_tuple().exponent), rounding=ROUND_HALF_UP)


wrong, right, report = [], [], []


def judge(sub, printed, lo, hi, why):
    """Right when some value in [lo, hi] (the range the printed operands allow) rounds to printed."""
    n = line_of(sub)
    assert printed in LINES[n - 1], (n, printed)
    p = D(printed)
    ok = rnd(lo, p) <= p <= rnd(hi, p)
    report.append(f"line {n:3d}  {'RIGHT' if ok else 'WRONG'}  {printed:8s} {why}")
    if ok:
        right.append(n)
    else:
        wrong.append({"line": n, "page": None, "printed": printed, "correct": str(rnd((lo + hi) / 2, p)),
                      "kind": "first", "why": why})


# Frame 1: (y, yhat, printed squared error)
rows1 = [("5\\% & 3\\% & 4", 5, 3, "4"), ("-2\\% & 1\\% & 9", -2, 1, "9"), ("8\\% & 7\\% & 1", 8, 7, "1")]
sq1 = []
for sub, y, yh, pr in rows1:
    e = D(y - yh) ** 2
    sq1.append(e)
    judge(sub, pr, e, e, f"({y} - {yh})^2 = {e}")
mse1 = sum(sq1) / 3
judge(r"\textbf{4.67}", "4.67", mse1, mse1, f"(4 + 9 + 1)/3 = {rnd(mse1, D('0.0001'))}")
lo, hi = D("4.665").sqrt(), D("4.675").sqrt()
judge(r"\sqrt{MSE} = 2.16", "2.16", lo, hi,
      f"sqrt(4.67 +- 0.005) in [{rnd(lo, D('0.0001'))}, {rnd(hi, D('0.0001'))}]; exact sqrt(14/3) = "
      f"{rnd(mse1.sqrt(), D('0.0001'))}")

# Frame 2: (stock, yhat, y, printed squared error)
rows2 = [("AAPL", 5, 2, "9"), ("MSFT", 3, 4, "1"), ("GOOG", -1, 2, "9"), ("AMZN", 4, 4, "0"), ("META", 2, -3, "25")]
sq2 = []
for name, yh, y, pr in rows2:
    e = D(yh - y) ** 2
    sq2.append(e)
    judge(name + " &", pr, e, e, f"{name}: ({yh} - {y})^2 = {e}")
mse2 = sum(sq2) / 5
judge(r"\textbf{8.8}", "8.8", mse2, mse2, f"(9 + 1 + 9 + 0 + 25)/5 = {mse2}")
r2 = mse2.sqrt()
judge("RMSE = 2.97", "2.97", r2, r2, f"sqrt(8.8) = {rnd(r2, D('0.0001'))}")

print("\n".join(report))
print(f"wrong: {len(wrong)}  right: {len(right)}")
if "--write-expected" in sys.argv:
    out = {"file": "doc.tex", "format": "tex", "source": SOURCE, "license": LICENSE,
           "wrong": wrong, "right": sorted(right),
           "notes": ("Two loss tables from Joerg Osterrieder's 'Neural Networks for Finance' gradient-descent lecture "
                     "(lectures/gradient_descent_backprop.tex): squared errors of return forecasts in percentage "
                     "points squared, MSE and RMSE. All 12 lines with computed numbers are right (a clean document, for "
                     "false alarms). Page conventions: errors in percentage points (5% - 3% -> 2, squared 4), the "
                     "first table's column is (y - yhat)^2 and the second's Error^2 = (yhat - y)^2 (same value). "
                     "Close call: MSE 4.67 is 14/3 = 4.6667 rounded; RMSE 2.16 follows both from the printed 4.67 and "
                     "from 14/3 (2.1602). Neither list: the header lines and tabular markup."),
           }
    (HERE / "expected.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote expected.json")
