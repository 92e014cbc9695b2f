#!/usr/bin/env python3
r"""Independent recomputation of every computed number printed in doc.ipynb, the worked cell of
"Gradient Descent: Step-by-Step Mathematical Example" (Machine Learning/Supervised Learning/Maths_Gradient_Descent.ipynb
in Aman-JR/Data_Science): one gradient-descent step for y = mX + b on three points, then the converged line.

Plain Python 3 (fractions for exact values, decimal for rounding); does not import nnwalk or the generator.
Line numbers are lines of the raw JSON file doc.ipynb; the substrings below are written as they appear in the raw
file (a LaTeX backslash is stored as two backslashes).

Givens: (X, Y) = (1, 50), (2, 55), (3, 65); m = 0, b = 0; alpha = 0.01; cost J = 1/(2n) sum (Y - Yhat)^2, so
dJ/dm = -1/n sum X (Y - Yhat), dJ/db = -1/n sum (Y - Yhat) (the page's formulas; n = 3).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line that prints p as the result of an expression of numbers printed on that line is right only when the
      expression redone from those numbers rounds to p at p's digits (an operand that is itself a rounded earlier
      result may be taken anywhere within half a unit of its last digit; givens are exact);
  (b) a value printed without working (or restated) is right within one unit of its last digit of the true value,
      or when it follows from printed correct operands;
  (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off is wrong,
      propagated (first if the line adds a mistake of its own).

Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import re
import sys
from decimal import ROUND_HALF_UP
from decimal import Decimal as D
from fractions import Fraction as F

DOCFILE = "doc.ipynb"
FORMAT = "nb"
SOURCE = ("https://github.com/Aman-JR/Data_Science/blob/dd463ad5e7eb861cdaf01cb9722d7b69faa1f48a/"
          "Machine%20Learning/Supervised%20Learning/Maths_Gradient_Descent.ipynb")
LICENSE = ("none (no LICENSE in the repository); doc.ipynb holds only the worked markdown cell (the notebook's only "
           "cell), its source cut after section 7 (the Python listing of section 8 and the takeaways of section 9 "
           "removed), re-serialised with json.dump(indent=1, ensure_ascii=False)")

HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s: no line containing %r (occurrence %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def num(p):
    hits = re.findall(r"[-+]?\d+(?:\.\d+)?", p)
    if not hits:
        raise SystemExit("no number in %r" % p)
    return hits[-1]


def unit(p):
    return D(1).scaleb(D(num(p)).as_tuple().exponent)


def dec(x):
    return D(x.numerator) / D(x.denominator) if isinstance(x, F) else D(x)


def rnd(x, p):
    return dec(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def ok_expr(p, lo, hi=None):
    """Rule (a): some value of the expression over the operands' allowed ranges [lo, hi] rounds to p."""
    hi = lo if hi is None else hi
    lo, hi = min(dec(lo), dec(hi)), max(dec(lo), dec(hi))
    pv, u = D(num(p)), unit(p)
    return lo < pv + u / 2 and hi >= pv - u / 2 or rnd(lo, p) == pv or rnd(hi, p) == pv


def ok_restate(p, x):
    return abs(D(num(p)) - rnd(x, p)) <= unit(p)


RESULTS = []


def judge(sub, items, nth=1, why="", kind_if_wrong="first"):
    """items: (printed fragment, (lo, hi) for rule a | true value for rule b, 'a' | 'b')."""
    ln = line_of(sub, nth)
    text = DOC[ln - 1]
    bad_p, bad_c = [], []
    for p, x, mode in items:
        if p not in text:
            raise SystemExit("line %d does not print %r: %s" % (ln, p, text))
        good = ok_expr(p, *x) if mode == "a" else ok_restate(p, x)
        if not good:
            tv = x[0] if mode == "a" else x
            bad_p.append(num(p))
            bad_c.append(str(rnd(tv, p)))
    RESULTS.append((ln, not bad_p, kind_if_wrong if bad_p else None, ", ".join(bad_p), ", ".join(bad_c), why))


def half(p):
    """The range an earlier rounded result p may stand for (half a unit either side)."""
    u = unit(p) / 2
    return D(num(p)) - u, D(num(p)) + u


X = [1, 2, 3]
Y = [50, 55, 65]
n = len(X)
m0, b0, alpha = F(0), F(0), F(1, 100)

# predictions with m = b = 0
for k, x in enumerate(X, 1):
    yh = m0 * x + b0
    judge(r"\\hat{Y}_%d = 0(%d) + 0 = " % (k, x), [("= %s" % yh, (yh, yh), "a")], why="Yhat = m*X + b")

res = [F(y) - (m0 * x + b0) for x, y in zip(X, Y)]
terms = [x * r for x, r in zip(X, res)]
judge(r"= -\\frac{1}{3} [(50) + (110) + (195)]",
      [("(%s)" % t, (t, t), "a") for t in terms], why="X*(Y - Yhat) for each point: 50, 110, 195")
dm = -sum(terms) / n
judge(r"= -\\frac{1}{3} (355) = -118.33",
      [("(355)", (sum(terms), sum(terms)), "a"), ("-118.33", (dm, dm), "a")], why="-(1/3)*355")
db = -sum(res) / n
judge(r"(170) = -56.67", [("(170)", (sum(res), sum(res)), "a"), ("-56.67", (db, db), "a")],
      why="-(1/3)*(50 + 55 + 65) = -(1/3)*170")

# update, from the printed rounded gradients (within half a unit)
lo, hi = half("-118.33")
judge(r"m = 0 - (0.01 \\times -118.33) = 1.1833",
      [("1.1833", (dec(m0) - D("0.01") * lo, dec(m0) - D("0.01") * hi), "a")], why="m - alpha*dJ/dm")
lo, hi = half("-56.67")
judge(r"b = 0 - (0.01 \\times -56.67) = 0.5667",
      [("0.5667", (dec(b0) - D("0.01") * lo, dec(b0) - D("0.01") * hi), "a")], why="b - alpha*dJ/db")
m1, b1 = m0 - alpha * dm, b0 - alpha * db
judge(r"Using updated values \\( m = 1.1833 \\), \\( b = 0.5667 \\)",
      [("m = 1.1833", m1, "b"), ("b = 0.5667", b1, "b")], why="restates the updated m and b")

# converged values: the least-squares line (the minimiser of J; alpha = 0.01 is below 2/lambda_max)
mx, my = F(sum(X), n), F(sum(Y), n)
Sxy = sum((x - mx) * (y - my) for x, y in zip(X, Y))
Sxx = sum((x - mx) ** 2 for x in X)
m_star = Sxy / Sxx
b_star = my - m_star * mx
judge(r"m \\approx 7.5, \\quad b \\approx 42", [("7.5", m_star, "b"), ("42", b_star, "b")],
      why="least-squares optimum m = 7.5, b = 41.67")
judge("Y = 7.5X + 42", [("7.5", m_star, "b"), ("+ 42", b_star, "b")], why="restates the converged line")

# largest eigenvalue of the Hessian of J, for the notes (convergence of the step size)
h11, h12, h22 = F(sum(x * x for x in X), n), F(sum(X), n), F(1)
tr, det = h11 + h22, h11 * h22 - h12 * h12
lam = (dec(tr) + (dec(tr) ** 2 - 4 * dec(det)).sqrt()) / 2

NOTES = (
    "Clean document. One gradient-descent step (m = b = 0, alpha = 0.01) with the page's gradients -1/n sum "
    "X(Y - Yhat) and -1/n sum (Y - Yhat) (from its J = 1/(2n) sum squared error): 355/3 = 118.333 -> -118.33, "
    "170/3 = 56.667 -> -56.67, m = 1.1833, b = 0.5667 (the updates are judged from the printed rounded gradients "
    "and are also exact to 4 decimals). The 'converges to m ~ 7.5, b ~ 42' line is judged against the least-squares "
    "optimum m = 7.5, b = %s (42 is within one unit); alpha = 0.01 is below 2/lambda_max = %s, so the iteration "
    "converges there. The page reuses m for the number of samples in its cost formula (it says so); the set-up line "
    "dJ/dm = -1/3 [(1(50 - 0)) + ...] prints no result and is in neither list, as are the givens (data table, "
    "m = 0, b = 0, alpha = 0.01)."
    % (str(rnd(b_star, "0.001")), str(rnd(2 / lam, "0.001"))))


def main():
    wrong = [r for r in RESULTS if not r[1]]
    right = sorted({r[0] for r in RESULTS if r[1]} - {r[0] for r in wrong})
    for ln, ok, kind, p, c, why in sorted(RESULTS):
        print("%4d %-6s %-11s %s" % (ln, "ok" if ok else "WRONG", kind or "", DOC[ln - 1].strip()[:90]))
        if not ok:
            print("            printed %s, correct %s: %s" % (p, c, why))
    print("wrong: %d (first %d, propagated %d); right: %d" % (
        len(wrong), sum(1 for r in wrong if r[2] == "first"), sum(1 for r in wrong if r[2] == "propagated"),
        len(right)))
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": [{"line": ln, "page": None, "printed": p, "correct": c, "kind": kind, "why": why}
                         for ln, ok, kind, p, c, why in sorted(wrong)],
               "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote expected.json")


if __name__ == "__main__":
    main()
