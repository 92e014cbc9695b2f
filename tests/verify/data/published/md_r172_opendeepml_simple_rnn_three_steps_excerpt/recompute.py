#!/usr/bin/env python3
"""Independent recomputation of every computed number in doc.md, an excerpt (original line numbers kept) of
questions/54_implementing-a-simple-rnn/learn.md of github.com/Open-Deep-ML/DML-OpenProblem
("Understanding Recurrent Neural Networks (RNNs)", the learn page of Deep-ML problem 54).

Plain Python 3, decimal at 60 digits; imports neither nnwalk nor the generator.

The worked example: a scalar RNN h_t = tanh(W_x x_t + W_h h_(t-1) + b), W_x = 0.5, W_h = 0.8, b = 0, h_0 = 0,
inputs 1.0, 2.0, 3.0, unrolled over three time steps.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a number printed as the result of an expression of numbers printed on its line is right only when redoing
      the expression from those printed numbers (rounded operands anywhere within half a unit, givens exact)
      rounds to p;
  (b) a value printed without working, or restated, is right within one unit of the true value;
  (c) a restated or recomputed consequence of a wrong value is wrong, kind propagated; the first wrong value is
      kind first.
Usage:  python3 recompute.py                    (report)
        python3 recompute.py --write-expected   (also writes expected.json)
"""
import json
import pathlib
import sys
from decimal import ROUND_HALF_EVEN, Decimal as D, getcontext

getcontext().prec = 60

DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/Open-Deep-ML/DML-OpenProblem/blob/04708b485a051316c25b91e4cb9a2ada0ccf7fbf/"
          "questions/54_implementing-a-simple-rnn/learn.md")
LICENSE = ("Educational Use Only License v1.0 (LICENSE at the repository root; educational reproduction allowed, "
           "no commercial use, no use as ML training data): not one of the open licenses, so doc.md is an excerpt "
           "of the equations and the worked example only, every cut line left empty so line numbers match")

HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s: no line containing %r (occurrence %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def sig(z):
    return 1 / (1 + (-D(z)).exp())


def tanh(z):
    e = (2 * D(z)).exp()
    return (e - 1) / (e + 1)


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_EVEN)


def near(p, x):
    return abs(D(p) - D(x)) <= unit(p)


def half(p):
    """interval a printed rounded operand may stand for."""
    return D(p) - unit(p) / 2, D(p) + unit(p) / 2


CHECKS = []
STATUS = {}


def check(cid, line, printed, true, rng=None, up=(), why=""):
    """rng: (lo, hi) of the line's own expression over its printed operands (rule a); None for a value printed
    without working or restated (rule b).  up: ids this value is computed from or restates."""
    text = DOC[line - 1]
    if printed not in text:
        raise SystemExit("line %d does not print %s: %r" % (line, printed, text))
    p = D(printed)
    up_bad = any(STATUS.get(u) == "wrong" for u in up)
    status, kind = "right", None
    if rng is not None:
        lo, hi = min(rng), max(rng)
        if not (rnd(lo, p) <= p <= rnd(hi, p)):
            status, kind = "wrong", "first"
        elif not near(p, true):
            status, kind = "wrong", ("propagated" if up_bad else "first")
    elif not near(p, true):
        status, kind = "wrong", ("propagated" if up_bad else "first")
    STATUS[cid] = status
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=true, status=status, kind=kind,
                       correct=str(rnd(true, p)), why=why))


# ---------------------------------------------------------------- givens (lines 35-40)
assert "$x_1 = 1.0$, $x_2 = 2.0$, $x_3 = 3.0$" in DOC[line_of("1. Inputs:") - 1]
assert "$h_0 = 0.0$" in DOC[line_of("2. Initial hidden state:") - 1]
assert "$W_x = 0.5$" in DOC[line_of("- $W_x =") - 1]
assert "$W_h = 0.8$" in DOC[line_of("- $W_h =") - 1]
assert "$b = 0.0$" in DOC[line_of("4. Bias:") - 1]
X = [D("1.0"), D("2.0"), D("3.0")]
Wx, Wh, b, h0 = D("0.5"), D("0.8"), D("0.0"), D("0.0")

z1 = Wx * X[0] + Wh * h0 + b
h1 = tanh(z1)
r2 = Wh * h1
z2 = Wx * X[1] + r2 + b
h2 = tanh(z2)
r3 = Wh * h2
z3 = Wx * X[2] + r3 + b
h3 = tanh(z3)

# ---------------------------------------------------------------- t = 1
L = line_of("h_1 = \\tanh(0.5 \\times 1.0 + 0.8 \\times 0.0 + 0.0)")
assert "= \\tanh(0.5) \\approx" in DOC[L - 1]            # 0.5*1.0 + 0.8*0.0 + 0.0 = 0.5 exactly: right
check("h1", L, "0.4621", h1, rng=(tanh(z1), tanh(z1)))

# ---------------------------------------------------------------- t = 2
L = line_of("h_2 = \\tanh(0.5 \\times 2.0 + 0.8 \\times 0.4621")
check("h2.h1", L, "0.4621", h1, up=("h1",))
a, c = half("0.4621")
check("r2", L, "0.3697", r2, rng=(Wh * a, Wh * c), up=("h1",))
a, c = half("0.3697")
check("z2", L, "1.3697", z2, rng=(D("1.0") + a, D("1.0") + c), up=("r2",))
a, c = half("1.3697")
check("h2", L, "0.8781", h2, rng=(tanh(a), tanh(c)), up=("z2",),
      why="tanh(1.3697) = 0.878624, which rounds to 0.8786, not 0.8781")

# ---------------------------------------------------------------- t = 3
L = line_of("h_3 = \\tanh(0.5 \\times 3.0 + 0.8 \\times 0.8781")
check("h3.h2", L, "0.8781", h2, up=("h2",), why="restates h_2 = 0.8781 (true 0.8786)")
a, c = half("0.8781")
check("r3", L, "0.7025", r3, rng=(Wh * a, Wh * c), up=("h2",),
      why="0.8*0.8781 = 0.7025 is done right from the wrong h_2; true 0.8*0.878622 = 0.702898")
a, c = half("0.7025")
check("z3", L, "2.2025", z3, rng=(D("1.5") + a, D("1.5") + c), up=("r3",),
      why="1.5 + 0.7025 = 2.2025 follows the wrong h_2; true 2.202898")
a, c = half("2.2025")
check("h3", L, "0.9750", h3, rng=(tanh(a), tanh(c)), up=("z3",),
      why="tanh(2.2025) = 0.975863, which rounds to 0.9759, not 0.9750 (true h_3 = tanh(2.202898) = 0.975882)")

L = line_of("The final hidden state $h_3$ is approximately")
check("h3.final", L, "0.9750", h3, up=("h3",), why="restates h_3 = 0.9750 (true 0.9759)")

NOTES = ("Scalar RNN h_t = tanh(0.5 x_t + 0.8 h_(t-1)), h_0 = 0, x = 1, 2, 3. True values: h_1 = tanh(0.5) = "
         "0.462117, h_2 = tanh(1.369694) = 0.878622, h_3 = tanh(2.202898) = 0.975882. Line 47 (0.4621) is right. "
         "Line 53: 0.8*0.4621 = 0.3697 and 1.0 + 0.3697 = 1.3697 are right, but tanh(1.3697) = 0.878624 -> 0.8786, "
         "not 0.8781 (first). Line 59: 0.8*0.8781 = 0.7025 and 1.5 + 0.7025 = 2.2025 are done right from the wrong "
         "h_2 (true 0.7029 and 2.2029: propagated), and tanh(2.2025) = 0.975863 -> 0.9759, not 0.9750, a second "
         "slip of its own (first; the true h_3 0.975882 also rounds to 0.9759). Line 62 restates 0.9750 "
         "(propagated). The givens (lines 35-40) and formula blocks are in neither list. doc.md is an excerpt: "
         "only the formula blocks, headings and the worked example are kept, byte for byte, at their original "
         "line numbers.")


def main():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:110]))
        for c in cs:
            print("           %-6s printed %-8s true %-20s %s%s" % (
                c["id"], c["printed"], "%.12f" % c["true"], c["status"],
                " (%s)" % c["kind"] if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            wrong.append({"line": n, "page": None,
                          "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(c["correct"] for c in bad),
                          "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(dict.fromkeys(c["why"] for c in bad if c["why"]))})
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
