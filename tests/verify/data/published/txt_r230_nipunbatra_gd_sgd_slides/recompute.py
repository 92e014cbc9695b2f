#!/usr/bin/env python3
"""Independent recomputation of every computed number kept in doc.txt, an excerpt of Nipun Batra's Beamer slides
"Gradient Descent" (IIT Gandhinagar machine-learning course, repository nipunbatra/ml2021,
lectures/Gradient-descent.pdf): gradient descent on y = x^2, batch gradient descent and stochastic gradient
descent for y = theta0 + theta1 * x on the data (1, 1), (2, 2), (3, 3) from (theta0, theta1) = (4, 0), alpha = 0.1.

Plain Python (fractions, exact); does not import nnwalk or the generator.  Lines are 1-based lines of doc.txt and are
located by their text (the script stops loudly when a text is missing or not unique).

Worked numbers (the PDF text layer flattens fractions: "X − 0.2 (S) 3" is X − 0.2 * S / 3, 0.2 = 2 * alpha, and the
MSE line "3 = 14 + ..." is (e1^2 + e2^2 + e3^2) / 3 = (14 + ...) / 3):
  y = x^2 at x = 4.1: slope 8.2, tangent y = 8.2x - 16.82 (true intercept -4.1^2 = -16.81)
  x0 = 4.1, alpha = 0.2: x1 = 2.46, x2 = 1.48, x3 = 0.89           (x <- x - alpha * 2x)
  batch GD, MSE = (1/3) sum e_i^2 = (14 + 3a^2 + 14b^2 - 12a - 28b + 12ab) / 3
    iteration 1: theta0 = 3.6, theta1 = -0.67 (-2/3)
    iteration 2: theta0 = 3.54 (true 3.5467 -> 3.55), theta1 printed as "θ0 = −0.55" after an expression that starts
                 from 3.6 instead of theta1 = -0.67 (two readings: unjudged)
  SGD on the points in order x = 2, 3, 1: (3.6, -0.8), (3.96, 0.28), (3.312, -0.368)

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a printed result of an expression of numbers printed on the same line must equal the expression redone from
      those numbers, rounded to p's digits (rounded operands may lie anywhere within half a unit of their last digit);
  (b) a value printed without its working (or restated) is right within one unit of its last digit of the true
      value, or when it follows from printed correct operands;
  (c) restated or recomputed consequences of a wrong value are wrong, kind "propagated".
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, Decimal, getcontext
from fractions import Fraction as F

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOCFILE = "doc.txt"
FORMAT = "text"
SOURCE = ("https://github.com/nipunbatra/ml2021/blob/54d5149231208526c3c095a966e06dba8db79f49/"
          "lectures/Gradient-descent.pdf")
LICENSE = ("none for the slides (the repository's LICENSE is the MIT license of the al-folio Jekyll theme, "
           "\"Copyright (c) 2018 Maruan Al-Shedivat\", not a grant by the slides' author); doc.txt is an excerpt "
           "of the worked lines only, as pypdf 7.1.1 extracts them")

LINES = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(text):
    hits = [i + 1 for i, l in enumerate(LINES) if l == text]
    if len(hits) != 1:
        hits = [i + 1 for i, l in enumerate(LINES) if text in l]
    if len(hits) != 1:
        raise SystemExit(f"line_of: {text!r} found {len(hits)} times in {DOCFILE}: {hits}")
    return hits[0]


def unit(p):
    return Decimal(1).scaleb(Decimal(p).as_tuple().exponent)


def rnd(x, p):
    return (Decimal(x.numerator) / Decimal(x.denominator)).quantize(unit(p), rounding=ROUND_HALF_UP)


def dec(x):
    return Decimal(x.numerator) / Decimal(x.denominator)


def ok_a(p, lo, hi=None):
    """Rule (a): p must be what the expression rounds to for some admissible operand value in [lo, hi]."""
    hi = lo if hi is None else hi
    a, b = rnd(min(lo, hi), p), rnd(max(lo, hi), p)
    return a <= Decimal(p) <= b


def ok_b(p, true):
    return abs(Decimal(p) - dec(true)) <= unit(p)


ALPHA = F(1, 10)
DATA = [(F(1), F(1)), (F(2), F(2)), (F(3), F(3))]


def batch_step(t0, t1):
    g0 = sum(2 * (y - t0 - t1 * x) * (-1) for x, y in DATA) / 3
    g1 = sum(2 * (y - t0 - t1 * x) * (-x) for x, y in DATA) / 3
    return t0 - ALPHA * g0, t1 - ALPHA * g1


def sgd_step(t0, t1, x, y):
    e = y - t0 - t1 * x
    return t0 - ALPHA * 2 * e * (-1), t1 - ALPHA * 2 * e * (-x)


def checks():
    """Yield (text, status, printed, correct, kind, why); status is 'right', 'wrong' or 'unjudged'."""
    # --- y = x^2 ---------------------------------------------------------------------------------------------
    x0 = F(41, 10)
    slope, icpt = 2 * x0, -x0 * x0
    st = "right" if ok_b("8.2", slope) and ok_b("16.82", -icpt) else "wrong"
    yield ("• Equation of tangent at x=4.1: y = 8.2x-16.82", st, "8.2, -16.82", f"{dec(slope)}, {dec(icpt)}", None,
           f"tangent of y = x^2 at 4.1: slope 2*4.1 = {dec(slope)}, intercept -4.1^2 = {dec(icpt)}; -16.82 is one unit "
           f"off -16.81, so right under rule (b)")
    lr = F(2, 10)
    for xin, xout in (("4.1", "2.46"), ("2.46", "1.48"), ("1.48", "0.89")):
        h = unit(xin) / 2 if xin != "4.1" else 0
        lo, hi = F(Decimal(xin) - h), F(Decimal(xin) + h)
        f = lambda v: v - lr * 2 * v
        st = "right" if ok_a(xout, f(lo), f(hi)) else "wrong"
        yield (f"x = {xin} − 0.2 × 2 × {xin} = {xout}", st, xout, str(rnd(f(F(Decimal(xin))), xout)), None,
               f"{xin} - 0.2*2*{xin} = {dec(f(F(Decimal(xin))))}")
    # --- batch gradient descent ------------------------------------------------------------------------------
    # MSE = (1/3) * sum (y - a - b x)^2: coefficients of the expansion
    c = {"1": sum(y * y for x, y in DATA), "a2": len(DATA), "b2": sum(x * x for x, y in DATA),
         "a": -2 * sum(y for x, y in DATA), "b": -2 * sum(x * y for x, y in DATA), "ab": 2 * sum(x for x, y in DATA)}
    st = "right" if (c["1"], c["a2"], c["b2"], c["a"], c["b"], c["ab"]) == (14, 3, 14, -12, -28, 12) else "wrong"
    yield ("3 = 14 + 3θ2 0 + 14θ2 1 − 12θ0 − 28θ1 + 12θ0θ1 3", st, "14, 3, 14, -12, -28, 12",
           ", ".join(str(v) for v in c.values()), None,
           "sum (i - a - i b)^2 over i = 1..3 = 14 + 3a^2 + 14b^2 - 12a - 28b + 12ab (over 3 for the MSE)")
    t0, t1 = F(4), F(0)
    n0, n1 = batch_step(t0, t1)
    yield ("θ0 = 4 − 0.2 ((1−(4+0))(−1)+(2−(4+0))(−1)+(3−(4+0))(−1)) 3", "right", "0.2", "0.2", None,
           "0.2 = 2*alpha; the sum is 3 + 2 + 1 = 6 (no result on this line; result on the next)")
    yield ("θ0 = 3.6", "right" if ok_a("3.6", n0) else "wrong", "3.6", str(dec(n0)), None,
           f"4 - 0.2*6/3 = {dec(n0)}")
    yield ("θ1 = 0 − 0.2 ((1−(4+0))(−1)+(2−(4+0))(−2)+(3−(4+0))(−3)) 3", "right", "0.2", "0.2", None,
           "0.2 = 2*alpha; the sum is 3 + 4 + 3 = 10 (result on the next line)")
    yield ("θ1 = −0.67", "right" if ok_a("-0.67", n1) else "wrong", "-0.67", str(rnd(n1, "0.01")), None,
           f"0 - 0.2*10/3 = {float(n1):.6f}")
    # iteration 2 from the printed (3.6, -0.67); -0.67 is rounded, so take theta1 in [-0.675, -0.665]
    m0, m1 = batch_step(n0, n1)
    lo0 = batch_step(F(36, 10), F(-675, 1000))[0]
    hi0 = batch_step(F(36, 10), F(-665, 1000))[0]
    yield ("3.6 − 0.2 ((1−(3.6−0.67))(−1)+(2−(3.6−0.67×2))(−1)+(3−(3.6−0.67×3))(−1)) 3", "right", "3.6, 0.67",
           "3.6, -0.67", None, "restates theta0 = 3.6 and theta1 = -0.67 of iteration 1 (result on the next line)")
    st = "right" if ok_a("3.54", lo0, hi0) else "wrong"
    yield ("θ0 = 3.54", st, "3.54", str(rnd(m0, "0.01")), "first",
           f"3.6 - 0.2*(1.93 + 0.26 - 1.41)/3 = 3.6 - 0.2*0.78/3 = 3.548 from the printed operands (any theta1 in "
           f"[-0.675, -0.665] gives {float(lo0):.4f}..{float(hi0):.4f}, all rounding to 3.55); exact run: "
           f"{float(m0):.6f} -> 3.55")
    # theta1, iteration 2: the slide writes "θ0 =" then an expression starting from 3.6 (theta0's old value, not
    # theta1's -0.67), then "θ0 = −0.55"
    printed_expr = F(36, 10) - F(2, 10) * sum((y - (F(36, 10) - F(67, 100) * x)) * (-x) for x, y in DATA) / 3
    yield ("3.6 − 0.2 ((1−(3.6−0.67))(−1)+(2−(3.6−0.67×2))(−2)+(3−(3.6−0.67×3))(−3)) 3", "unjudged", "3.6", "-0.67",
           None, "theta1's update (heading 'θ1 = θ1 − α ∂MSE/∂θ1', factors -x_i) but it starts from 3.6, theta0's old "
                 "value, where theta1's old value -0.67 belongs; as a restatement of theta0 the 3.6 is right, as "
                 "theta1's old value it is wrong: two readings")
    yield ("θ0 = −0.55", "unjudged", "-0.55", f"{float(m1):.4f} (theta1) / {float(m0):.4f} (theta0)", None,
           f"read as theta1 (what the slide computes) -0.55 is right (exact {float(m1):.6f}); read as labelled "
           f"(theta0 = 3.547) or as the printed expression 3.6 - 0.2*(-1.78)/3 = {float(printed_expr):.4f} it is "
           f"wrong: two readings")
    # --- SGD, points in the order x = 2, 3, 1 ------------------------------------------------------------------
    s0, s1 = F(4), F(0)
    a0, a1 = sgd_step(s0, s1, F(2), F(2))
    yield ("θ0 = 3.6", None, None, None, None, None)  # placeholder, replaced below (the text occurs twice)
    b0, b1 = sgd_step(a0, a1, F(3), F(3))
    c0, c1 = sgd_step(b0, b1, F(1), F(1))
    sgd = [
        ("θ1 = −0.8", "-0.8", a1, "0 - 0.1*2*(2 - 4)*(-2) = -0.8"),
        ("θ0 = 3.6 − 0.1 × 2 × (3 − (3.6 − 0.8 × 3)) (−1)", "3.6, 0.8", None,
         "restates theta0 = 3.6 and theta1 = -0.8 of SGD iteration 1"),
        ("θ0 = 3.96", "3.96", b0, "3.6 - 0.1*2*(3 - 1.2)*(-1) = 3.96"),
        ("θ0 = −0.8 − 0.1 × 2 × (3 − (3.6 − 0.8 × 3)) (−3)", "-0.8, 3.6, 0.8", None,
         "theta1's update (labelled θ0 on the slide, a label typo: it starts from theta1 = -0.8 and uses -x = -3; "
         "its value 0.28 is printed as θ1 on the next line); every number restated correctly"),
        ("θ1 = 0.28", "0.28", b1, "-0.8 - 0.1*2*1.8*(-3) = 0.28"),
        ("θ0 = 3.96 − 0.1 × 2 × (1 − (3.96 + 0.28 × 1)) (−1)", "3.96, 0.28", None,
         "restates theta0 = 3.96 and theta1 = 0.28 of SGD iteration 2"),
        ("θ0 = 3.312", "3.312", c0, "3.96 - 0.1*2*(1 - 4.24)*(-1) = 3.312"),
        ("θ0 = 0.28 − 0.1 × 2 × (1 − (3.96 + 0.28 × 1)) (−1)", "0.28, 3.96", None,
         "theta1's update (labelled θ0, a label typo; starts from theta1 = 0.28, x = 1); numbers restated correctly"),
        ("θ1 = −0.368", "-0.368", c1, "0.28 - 0.1*2*(-3.24)*(-1) = -0.368"),
    ]
    yield ("__sgd_theta0_1__", "right" if ok_a("3.6", a0) else "wrong", "3.6", str(dec(a0)), None,
           "4 - 0.1*2*(2 - 4)*(-1) = 3.6")
    for text, p, true, why in sgd:
        if true is None:
            yield text, "right", p, p, None, why
        else:
            yield text, "right" if ok_a(p, true) else "wrong", p, str(dec(true)), "first", why


def main():
    wrong, right, unjudged = [], [], []
    # "θ0 = 3.6" occurs twice (batch iteration 1, SGD iteration 1): locate each by its neighbourhood
    first = [i + 1 for i, l in enumerate(LINES) if l == "θ0 = 3.6"]
    if len(first) != 2:
        raise SystemExit(f"expected 'θ0 = 3.6' twice, found {first}")
    batch_line, sgd_line = first
    if "0.2 ((1−(4+0))" not in LINES[batch_line - 2] or "0.1 × 2 × (2 − (4 + 0)) (−1)" not in LINES[sgd_line - 2]:
        raise SystemExit("'θ0 = 3.6' lines are not where expected")
    for text, status, printed, correct, kind, why in checks():
        if status is None:
            continue
        if text == "θ0 = 3.6":
            ln = batch_line
        elif text == "__sgd_theta0_1__":
            ln = sgd_line
        else:
            ln = line_of(text)
        print(f"line {ln:3d} {status.upper() if status == 'wrong' else status}: {LINES[ln - 1]}\n          [{why}]")
        if status == "wrong":
            wrong.append({"line": ln, "page": None, "printed": printed, "correct": correct, "kind": kind or "first",
                          "why": why})
        elif status == "right":
            right.append(ln)
        else:
            unjudged.append({"line": ln, "page": None, "why": why})
    right.sort()
    print(f"\n{len(wrong)} wrong, {len(right)} right, {len(unjudged)} unjudged")
    if "--write-expected" in sys.argv:
        notes = (
            "Excerpt of Nipun Batra's Beamer slides 'Gradient Descent' (lines as pypdf 7.1.1 extracts them; "
            "fractions flattened, a trailing ' 3' is the denominator 3, 0.2 = 2*alpha). One arithmetic error: batch "
            "GD iteration 2 prints theta0 = 3.54 where 3.6 - 0.2*(0.78)/3 = 3.548 (exact 3.5467) rounds to 3.55. "
            "Unjudged: the theta1 update of batch iteration 2, whose expression starts from 3.6 (theta0's old "
            "value) instead of theta1 = -0.67 and whose result is labelled 'θ0 = −0.55' (right as theta1 = -0.5511, "
            "wrong as labelled or as the printed expression 3.72). The tangent 'y = 8.2x-16.82' is one unit off "
            "the true -16.81, right under rule (b). The MSE expansion (14 + 3a^2 + 14b^2 - 12a - 28b + 12ab)/3 is "
            "right. The SGD example (points x = 2, 3, 1) is right throughout; its theta1 expression lines are "
            "labelled 'θ0 =' (label typos, every number right). Lines with givens only (data, alpha, the SGD "
            "iteration-1 expressions '0.1 × 2 × ...') are in neither list; the batch iteration-1 expression lines "
            "are listed right for their derived factor 0.2 = 2*alpha. Not a number: page 92 says the SGD MSE is "
            "e1^2 in iteration 1, but iteration 1 uses the point x = 2 (e2).")
        out = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE, "wrong": wrong,
               "right": right, "unjudged": unjudged, "notes": notes}
        (HERE / "expected.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("wrote expected.json")


if __name__ == "__main__":
    main()
