#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of Shiteng Yang's note on
multi-head attention (yangshiteng/Data-Science-Learning-Path, deep_learning/transformer/multi_head_calculation.md):
two tokens X = [[1, 0], [0, 1]], head 1 with identity projections, head 2 with the swap matrix [[0, 1], [1, 0]],
unscaled dot-product scores, softmax, weighted sums of values, and an averaging output projection W^O.

Plain Python (decimal at 60 digits); does not import nnwalk.

Page convention (followed): the scores are plain dot products (no 1/sqrt(d_k) scaling in this note), softmax over
the keys of both tokens, output = sum of softmax weights times value vectors; W^O = 1/2 [[1, 0, 1, 0], [0, 1, 0, 1]]
applied to the concatenated head outputs [h1 | h2] of each token.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers rounds to p (a rounded operand printed earlier may be taken within half a unit; givens exact);
  (b) a value printed without working (or restated) is right within one unit of the true value, or when it follows
      from printed correct operands;
  (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off is wrong,
      propagated (first if the line adds a mistake of its own).
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/yangshiteng/Data-Science-Learning-Path/blob/8657daf946f66e35daee966c1f12ad60d7fbf271/"
          "deep_learning/transformer/multi_head_calculation.md")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of only the headings, formulas and worked "
           "numbers, line for line with their Markdown; see SOURCE.md")
import itertools
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    """1-based line of the nth line of doc containing sub; fails loudly."""
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    """rule (b): p within one unit of its last digit of x rounded at p's digits"""
    return abs(D(p) - rnd(x, p)) <= unit(p)


def iv(s, exact=False):
    """a printed operand: exact (a given) or a rounded result, taken anywhere within half a unit"""
    d = D(s)
    if exact:
        return (d, d)
    h = unit(s) / 2
    return (d - h, d + h)


def span(f, *ops):
    """range of f over the corners of its operand intervals (f monotonic in each operand on them)"""
    vals = [f(*c) for c in itertools.product(*ops)]
    return (min(vals), max(vals))


def follows(p, rg, slack):
    lo, hi = rnd(rg[0], p), rnd(rg[1], p)
    u = unit(p) * slack
    return lo - u <= D(p) <= hi + u


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, rg=None, up=(), explicit=False, why=""):
    """Judge one printed number.
    explicit: the line prints it as the result of an expression of numbers printed on it (rule a): it must be the
      expression redone from them (rounded operands within half a unit), rounded at its digits - else wrong, first.
    otherwise (rule b/c): right when within one unit of the true value, or when it follows (within one unit) from
      printed correct operands (rg); computed from a wrong value: propagated if it follows from it, first if not."""
    assert printed in DOC[line - 1], (cid, line, printed, DOC[line - 1])
    p = D(printed)
    upbad = any(STATUS[u] == "wrong" for u in up)
    if rg is not None and not isinstance(rg, tuple):
        rg = (D(rg), D(rg))
    fol = rg is not None and follows(p, rg, 0 if explicit else 1)
    if explicit and not fol:
        st, kind = "wrong", "first"
    elif near(p, true):
        st, kind = "right", None
    elif fol and not upbad:
        st, kind = "right", None
    elif upbad:
        st, kind = "wrong", ("propagated" if (fol or rg is None) else "first")
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), rg=rg, status=st, kind=kind, why=why,
                       correct=str(rnd(true, p))))


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:100]))
        for c in cs:
            extra = "" if c["rg"] is None else "  from printed operands [%.8g, %.8g]" % c["rg"]
            print("            %-10s printed %-10s true %.10g%s -> %s%s" % (
                c["id"], c["printed"], c["true"], extra, c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(c["correct"] for c in bad),
                          "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(dict.fromkeys(c["why"] or "restates a wrong value" for c in bad))})
        else:
            right.append(n)
    return wrong, right


def main():
    wrong, right = report()
    print("\nwrong lines (%d):" % len(wrong), [(w["line"], w["kind"]) for w in wrong])
    print("right lines (%d):" % len(right), right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


def softmax(v):
    e = [D(x).exp() for x in v]
    s = sum(e)
    return [x / s for x in e]


def dot(a, b):
    return sum(D(x) * D(y) for x, y in zip(a, b))


def matvec(x, W):  # row vector x @ W
    return [sum(D(x[i]) * D(W[i][j]) for i in range(len(x))) for j in range(len(W[0]))]


X = [[1, 0], [0, 1]]
I2 = [[1, 0], [0, 1]]
S2 = [[0, 1], [1, 0]]


def head(W):
    Q = [matvec(x, W) for x in X]
    K = [matvec(x, W) for x in X]
    V = [matvec(x, W) for x in X]
    out, att = [], []
    for q in Q:
        a = softmax([dot(q, k) for k in K])
        att.append(a)
        out.append([sum(a[t] * V[t][j] for t in range(2)) for j in range(2)])
    return Q, K, V, att, out


Q1, K1, V1, A1, H1 = head(I2)
Q2, K2, V2, A2, H2 = head(S2)
WO = [[D(1) / 2 * v for v in row] for row in [[1, 0, 1, 0], [0, 1, 0, 1]]]
FIN = [[sum(WO[r][c] * (H1[t] + H2[t])[c] for c in range(4)) for r in range(2)] for t in range(2)]

# head 1
chk("q1I", line_of("* Query: \\[1, 0]"), "1", Q1[0][0])
L = line_of("* Keys: \\[1, 0] and \\[0, 1]")
chk("k1", L, "1", K1[0][0])
L = line_of("\\[1, 0] · \\[1, 0] = 1")
chk("s11", L, "1", dot(Q1[0], K1[0]), rg=D(1), explicit=True)
L = line_of("\\[1, 0] · \\[0, 1] = 0")
chk("s12", L, "0", dot(Q1[0], K1[1]), rg=D(0), explicit=True)
L = line_of("softmax}( [1, 0] ) ≈ [0.73, 0.27]")
chk("a1I0", L, "0.73", A1[0][0], up=("s11", "s12"))
chk("a1I1", L, "0.27", A1[0][1], up=("s11", "s12"))
L = line_of("0.73 \\cdot [1, 0] + 0.27 \\cdot [0, 1] = [0.73, 0.27]")
chk("o1I0", L, "0.73", H1[0][0], rg=D("0.73"), up=("a1I0",), explicit=True)
chk("o1I1", L, "0.27", H1[0][1], rg=D("0.27"), up=("a1I1",), explicit=True)
chk("q1L", line_of("* Query: \\[0, 1]"), "1", Q1[1][1])
L = line_of("* Dot products: \\[0, 1] · \\[1, 0] = 0")
chk("s21", L, "0", dot(Q1[1], K1[0]), rg=D(0), explicit=True)
chk("s22", L, "1", dot(Q1[1], K1[1]), rg=D(1), explicit=True)
L = line_of("* softmax(\\[0, 1]) → \\[0.27, 0.73]")
chk("a1L0", L, "0.27", A1[1][0], up=("s21", "s22"))
chk("a1L1", L, "0.73", A1[1][1], up=("s21", "s22"))
L = line_of("* Output: \\[0.27, 0.73]")
chk("o1L0", L, "0.27", H1[1][0], rg=D("0.27"), up=("a1L0",))
chk("o1L1", L, "0.73", H1[1][1], rg=D("0.73"), up=("a1L1",))
L = line_of("\\text{Head1 Output} = \\begin{bmatrix} 0.73 & 0.27")
chk("h1r0a", L, "0.73", H1[0][0], up=("o1I0",))
chk("h1r0b", L, "0.27", H1[0][1], up=("o1I1",))
L = line_of("0.27 & 0.73 \\end{bmatrix}")
chk("h1r1a", L, "0.27", H1[1][0], up=("o1L0",))
chk("h1r1b", L, "0.73", H1[1][1], up=("o1L1",))
# head 2
L = line_of('"I" → \\[1, 0] @ \\[\\[0,1],\\[1,0]] = \\[0, 1]')
chk("q2I", L, "1", Q2[0][1], rg=D(1), explicit=True)
L = line_of('"love" → \\[0, 1] @ \\[\\[0,1],\\[1,0]] = \\[1, 0]')
chk("q2L", L, "1", Q2[1][0], rg=D(1), explicit=True)
L = line_of("* Q = \\[0, 1], K1 = \\[0, 1], K2 = \\[1, 0]")
chk("q2I_r", L, "1", Q2[0][1], up=("q2I",))
L = line_of("  * \\[0, 1] · \\[0, 1] = 1")
chk("t11", L, "1", dot(Q2[0], K2[0]), rg=D(1), explicit=True)
L = line_of("  * \\[0, 1] · \\[1, 0] = 0")
chk("t12", L, "0", dot(Q2[0], K2[1]), rg=D(0), explicit=True)
L = line_of("* softmax(\\[1, 0]) = \\[0.73, 0.27]")
chk("a2I0", L, "0.73", A2[0][0], up=("t11", "t12"))
chk("a2I1", L, "0.27", A2[0][1], up=("t11", "t12"))
L = line_of("* Values (same as keys here): \\[0, 1] and \\[1, 0]")
chk("v2", L, "1", V2[0][1])
L = line_of("0.73 \\* \\[0, 1] + 0.27 \\* \\[1, 0] = \\[0.27, 0.73]")
chk("o2I0", L, "0.27", H2[0][0], rg=D("0.27"), up=("a2I1",), explicit=True)
chk("o2I1", L, "0.73", H2[0][1], rg=D("0.73"), up=("a2I0",), explicit=True)
L = line_of("\\text{Head2 Output} = \\begin{bmatrix} 0.27 & 0.73")
chk("h2r0a", L, "0.27", H2[0][0], up=("o2I0",))
chk("h2r0b", L, "0.73", H2[0][1], up=("o2I1",))
L = line_of("0.73 & 0.27 \\end{bmatrix}")
chk("h2r1a", L, "0.73", H2[1][0])
chk("h2r1b", L, "0.27", H2[1][1])
# final projection
L = line_of("final embedding of \\[0.5, 0.5]")
chk("fin0", L, "0.5", FIN[0][0], rg=(D("0.73") + D("0.27")) / 2, explicit=True)
chk("fin1", L, "0.5", FIN[0][1], rg=(D("0.27") + D("0.73")) / 2, explicit=True)
assert FIN[1] == FIN[0] == [D("0.5"), D("0.5")]

NOTES = (
    "A clean document: every printed number is right. softmax([1, 0]) = [0.7311, 0.2689] -> [0.73, 0.27]; the head "
    "outputs are the softmax weights themselves (identity or swapped one-hot values), and W^O averages [h1 | h2], "
    "giving exactly [0.5, 0.5] for both tokens (also from the printed two-decimal values). The note scores without "
    "the 1/sqrt(d_k) scaling; that is its stated simplification and is followed. The concatenated matrix and the "
    "product with W^O are images in the original (not kept). The lines restating Q, K and V vectors (they equal X "
    "or its swap) are listed as right.")

if __name__ == "__main__":
    main()
