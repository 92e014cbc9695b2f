#!/usr/bin/env python3
"""Independent recomputation of every computed number in doc.md, an excerpt (original line numbers kept) of
questions/59_implement-long-short-term-memory-lstm-network/learn.md of github.com/Open-Deep-ML/DML-OpenProblem
("Understanding Long Short-Term Memory Networks (LSTMs)", the learn page of Deep-ML problem 59).

Plain Python 3, decimal at 60 digits; imports neither nnwalk nor the generator.

The worked example: a scalar LSTM, x_1 = 1.0, c_0 = h_0 = 0.0, all weights 0.5, all biases 0.1. With h_0 = 0 every
gate pre-activation is 0.5 * 1.0 + 0.1 = 0.6, so f_1 = i_1 = o_1 = sigmoid(0.6), c~_1 = tanh(0.6),
c_1 = f_1 * c_0 + i_1 * c~_1 and h_1 = o_1 * tanh(c_1).  Steps 2 and 3 print no numbers.

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
          "questions/59_implement-long-short-term-memory-lstm-network/learn.md")
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


# ---------------------------------------------------------------- givens (lines 69-72)
assert "$x_1 = 1.0$" in DOC[line_of("- Inputs:") - 1]
assert "$c_0 = 0.0$, $h_0 = 0.0$" in DOC[line_of("- Initial states:") - 1]
assert "W_o = 0.5$" in DOC[line_of("- Simplified weights") - 1]
assert "b_o = 0.1$" in DOC[line_of("- All biases:") - 1]
x1, c0, h0, W, b = D("1.0"), D("0.0"), D("0.0"), D("0.5"), D("0.1")

z = W * x1 + W * h0 + b            # 0.6 for every gate (h_0 = 0)
f1 = i1 = o1 = sig(z)
g1 = tanh(z)
c1 = f1 * c0 + i1 * g1
h1 = o1 * tanh(c1)

# ---------------------------------------------------------------- t = 1
L = line_of("f_1 = \\sigma(0.5 \\times 1.0 + 0.1) =")
check("f1", L, "0.6487", f1, rng=(sig(z), sig(z)),
      why="f_1 = sigmoid(0.5*1.0 + 0.1) = sigmoid(0.6) = 0.645656, not 0.6487")

L = line_of("i_1 = \\sigma(0.5 \\times 1.0 + 0.1) =")
check("i1", L, "0.6487", i1, rng=(sig(z), sig(z)),
      why="i_1 = sigmoid(0.6) = 0.645656, not 0.6487")

L = line_of("\\tilde{c}_1 = \\tanh(0.5 \\times 1.0 + 0.1) =")
check("g1", L, "0.5370", g1, rng=(tanh(z), tanh(z)))

L = line_of("c_1 = f_1 \\times 0.0 + i_1")
check("c1.f", L, "0.6487", f1, up=("f1",), why="restates f_1 = 0.6487 (true 0.6457)")
check("c1.g", L, "0.5370", g1, up=("g1",))
fl, fh = half("0.6487")
gl, gh = half("0.5370")
check("c1", L, "0.3484", c1, rng=(fl * gl, fh * gh), up=("f1", "i1", "g1"),
      why="0.6487*0.5370 = 0.3484 is done right from the wrong gate value; true c_1 = 0.645656*0.537050 = 0.346749")

L = line_of("o_1 = \\sigma(0.5 \\times 1.0 + 0.1) =")
check("o1", L, "0.6487", o1, rng=(sig(z), sig(z)),
      why="o_1 = sigmoid(0.6) = 0.645656, not 0.6487")

L = line_of("h_1 = o_1 \\times \\tanh(c_1) =")
check("h1.o", L, "0.6487", o1, up=("o1",), why="restates o_1 = 0.6487 (true 0.6457)")
check("h1.c", L, "0.3484", c1, up=("c1",), why="restates c_1 = 0.3484 (true 0.3467)")
ol, oh = half("0.6487")
cl, ch = half("0.3484")
check("h1", L, "0.2169", h1, rng=(ol * tanh(cl), oh * tanh(ch)), up=("o1", "c1"),
      why="0.6487*tanh(0.3484) = 0.6487*0.334956 = 0.217286, which rounds to 0.2173, not 0.2169 "
          "(true h_1 = 0.645656*tanh(0.346749) = 0.215320)")

# lines 102 and 105 (steps 2 and 3) print no numbers: the page omits those calculations.

NOTES = ("Scalar LSTM, x_1 = 1.0, c_0 = h_0 = 0, all weights 0.5, all biases 0.1: every gate pre-activation is "
         "0.5*1.0 + 0.1 = 0.6. sigmoid(0.6) = 0.645656, so f_1 = i_1 = o_1 = 0.6457, not the printed 0.6487 (an "
         "error of 30 units in the 4th decimal, lines 79, 83, 95, first). tanh(0.6) = 0.537050 -> 0.5370 is right "
         "(line 87). Line 91 multiplies the printed 0.6487 by 0.5370 correctly (0.348352 -> 0.3484) but the true "
         "c_1 is 0.346749 -> 0.3467: propagated. Line 99: 0.6487*tanh(0.3484) = 0.217286 -> 0.2173 from its own "
         "printed operands, so 0.2169 is a further slip (first); the true h_1 is 0.215320 -> 0.2153. Steps 2 and 3 "
         "are 'omitted for brevity' and print nothing. The givens (lines 69-72) and the formula blocks are in "
         "neither list. doc.md is an excerpt: only the formula blocks, headings and the worked example are kept, "
         "byte for byte, at their original line numbers.")


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
