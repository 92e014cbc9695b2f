#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.tex, Maxime Nguyen's (smaxx73) LaTeX
"Session 5 - Solutions" (instructor copy of the Session 5 quiz, "Loss Functions & Gradient Descent",
Neural Networks for Engineers course, MIT licence).

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Givens (printed in doc.tex or in the matching quiz, session5_quiz.tex, whose question the page answers):
  Q1  MSE of three (y, y_hat) pairs: (2.0, 2.5), (4.0, 3.0), (1.0, 1.5).
  Q5  two gradient-descent steps on L(w) = w^2 - 6w + 10 (quiz line 58), w0 = 0, eta = 0.2. The page itself
      prints dL/dw = 2w - 6 and L(3) = 1, which fix the same L(w) = (w - 3)^2 + 1.
  Q7  L(w1, w2) = (2 - w1 - 3 w2)^2 at (1, 0).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on that line: p must be the expression
      redone from those numbers, rounded at p's digits (givens exact) - otherwise wrong, first;
  (b) a value printed without working (or restated) is right within one unit of its last digit of the true value,
      or when it follows from printed correct operands;
  (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off is wrong,
      propagated (first if the line adds a mistake of its own).
A line is wrong when any number on it is wrong.
Usage:  python3 recompute.py                   (report)
        python3 recompute.py --write-expected  (also writes expected.json)
"""
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
DOCFILE, FORMAT = "doc.tex", "tex"
SOURCE = ("https://github.com/smaxx73/Neural-Network-Course/blob/57d1b14a5278d0e1b37105652352f76cfe90dd28/"
          "module-3-mathematics-of-learning/session5_solutions.tex")
LICENSE = "MIT (LICENSE in the repository, Copyright (c) 2026 Maxime Nguyen); doc.tex is the file byte for byte"
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


CHECKS, STATUS = [], {}


def chk(cid, line, printed, true, ops=None, up=(), why=""):
    """ops: the value redone from the numbers printed on the line (rule a); None for rule (b)."""
    assert printed in DOC[line - 1], (line, printed, DOC[line - 1])
    p, u = D(printed), unit(printed)
    true = D(true)
    if ops is not None and p != rnd(ops, p):
        st, kind = "wrong", "first"
    elif abs(p - rnd(true, p)) <= u:
        st, kind = "right", None
    elif any(STATUS.get(x) == "wrong" for x in up):
        st, kind = "wrong", "propagated"
    elif ops is not None:
        st, kind = "right", None  # follows exactly from printed operands (which are themselves judged separately)
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=true, status=st, kind=kind,
                       why=why, correct=str(rnd(true, p))))


# ---- Q1: MSE by hand ----
pairs = [(D("2.0"), D("2.5"), "1 & 2.0 & 2.5 &", "0.25"), (D("4.0"), D("3.0"), "2 & 4.0 & 3.0 &", "1.00"),
         (D("1.0"), D("1.5"), "3 & 1.0 & 1.5 &", "0.25")]
sq = []
for k, (y, yh, sub, pr) in enumerate(pairs):
    s = (y - yh) ** 2
    sq.append(s)
    chk("sq%d" % (k + 1), line_of(sub), pr, s, up=())
L = line_of(r"\text{MSE} = \frac{0.25 + 1.00 + 0.25}{3}")
chk("sum", L, "1.50", sum(sq), ops=D("0.25") + D("1.00") + D("0.25"))
chk("mse", L, "0.5", sum(sq) / 3, ops=D("1.50") / 3)

# ---- Q5: manual gradient descent on L(w) = w^2 - 6w + 10, eta = 0.2 ----
def Lf(w):
    return w * w - 6 * w + 10


def g(w):
    return 2 * w - 6


eta = D("0.2")
L = line_of("true minimum at $w^* = 3$")
chk("wstar", L, "3", D(3), why="2w - 6 = 0")
chk("Lstar", L, "1", Lf(D(3)))
w0 = D(0)
w1 = w0 - eta * g(w0)
w2 = w1 - eta * g(w1)
L = line_of(r"0 & $0.000$ & $10.000$")
chk("L0", L, "10.000", Lf(w0))
chk("g0", L, "-6.000", g(w0))
chk("w1", L, "1.200", w1, ops=D(0) - eta * D(-6))
L = line_of(r"1 & $1.200$ & $4.840$")
chk("w1r", L, "1.200", w1, up=("w1",))
chk("L1", L, "4.840", Lf(w1),
    why="L(1.2) = 1.2^2 - 6*1.2 + 10 = 1.44 - 7.2 + 10 = 4.24 (= (1.2 - 3)^2 + 1), not 4.84")
chk("g1", L, "-3.600", g(w1))
chk("w2", L, "1.920", w2, ops=D("1.2") - eta * D("-3.6"))

# ---- Q7: partial derivatives at (1, 0) ----
u = 2 - D(1) - 3 * D(0)
chk("u", line_of("$u = 2 - 1 - 0 = 1$"), "1", u, ops=D(2) - 1 - 0)
L = line_of(r"\nabla L\big|_{(1,\,0)} = \begin{bmatrix} -2 \\ -6 \end{bmatrix}")
chk("dw1", L, "-2", -2 * u)
chk("dw2", L, "-6", -6 * u)

NOTES = (
    "Instructor solutions of the Session 5 quiz (MSE by hand, derivative, manual gradient descent, partial "
    "derivatives). One wrong number: in the manual gradient-descent table (L(w) = w^2 - 6w + 10 from the quiz; the "
    "page's own dL/dw = 2w - 6 and L(3) = 1 fix the same L), step 1 prints L(1.200) = 4.840, true 4.24 (a slip of "
    "0.6, perhaps 1.2^2 taken as 2.04); the gradient -3.600 and the new w = 1.920 on that line are right, so nothing "
    "propagates. Symbolic lines (dL/dw = 2(4 - 2w)(-2) = -4(4 - 2w) = 8w - 16, the partial-derivative formulas) "
    "print no numeric result and are in neither list; they are correct. 'w is converging toward 3.0' (prose "
    "restating w* = 3) is left out. The MSE table's squared errors are computed from y and y_hat on the same row "
    "and judged by rule (b)."
)


def main():
    wrong, right = [], []
    for n in sorted({c["line"] for c in CHECKS}):
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:100]))
        for c in cs:
            print("            %-6s printed %-8s true %-12s %s%s" % (c["id"], c["printed"], c["true"], c["status"],
                                                                     " (%s)" % c["kind"] if c["kind"] else ""))
        if bad:
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(c["correct"] for c in bad),
                          "kind": "first" if any(c["kind"] == "first" for c in bad) else "propagated",
                          "why": "; ".join(c["why"] or "restates a wrong value" for c in bad)})
        else:
            right.append(n)
    print("\nwrong:", [(w["line"], w["kind"]) for w in wrong])
    print("right:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


if __name__ == "__main__":
    main()
