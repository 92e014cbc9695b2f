#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of Shiteng Yang's note "The
Scaling Factor and Why It Matters" (yangshiteng/Data-Science-Learning-Path,
deep_learning/transformer/why_scale_matters.md): softmax of the attention scores [10, 20, 30] unscaled and scaled by
sqrt(d_k) = sqrt(16) = 4.

Plain Python (decimal at 60 digits); does not import nnwalk.

Givens: scores [10, 20, 30], d_k = 16. True values: softmax(s)_i = exp(s_i) / sum_j exp(s_j).

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
          "deep_learning/transformer/why_scale_matters.md")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of only the formulas and worked numbers, line "
           "for line with their Markdown; see SOURCE.md")
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
import re


def softmax(v):
    e = [D(x).exp() for x in v]
    s = sum(e)
    return [x / s for x in e]


def nums(line):
    return re.findall(r"-?\d+(?:\.\d+)?", DOC[line - 1])


RAW = [D(10), D(20), D(30)]
DK = D(16)
SC = [x / DK.sqrt() for x in RAW]
P_RAW = softmax(RAW)
P_SC = softmax(SC)

L = line_of("Softmax becomes `[~0.0, ~0.0, ~1.0]`")
for j, s in enumerate(["0.0", "0.0", "1.0"]):
    chk("praw%d" % j, L, s, P_RAW[j])
L = line_of("Scores become `[10/4, 20/4, 30/4] = [2.5, 5.0, 7.5]`")
chk("sqrtdk", L, "4", DK.sqrt(), why="sqrt(16)")
for j, s in enumerate(["2.5", "5.0", "7.5"]):
    chk("sc%d" % j, L, s, SC[j], rg=RAW[j] / 4, up=("sqrtdk",), explicit=True)
L = line_of("Softmax = `[0.02, 0.12, 0.86]`")
for j, s in enumerate(["0.02", "0.12", "0.86"]):
    chk("psc%d" % j, L, s, P_SC[j], up=("sc0", "sc1", "sc2"),
        why="softmax([2.5, 5.0, 7.5]) = [%s, %s, %s]" % tuple(rnd(p, D("0.0001")) for p in P_SC))
L = line_of("| \\[10, 20, 30] | \\[0.000, 0.000, 1.000]")
for j, s in enumerate(["0.000", "0.000", "1.000"]):
    chk("praw%d_t" % j, L, s, P_RAW[j])
L = line_of("| \\[2.5, 5.0, 7.5] | \\[0.02, 0.12, 0.86]")
for j, s in enumerate(["2.5", "5.0", "7.5"]):
    chk("sc%d_t" % j, L, s, SC[j], up=("sc%d" % j,))
for j, s in enumerate(["0.02", "0.12", "0.86"]):
    chk("psc%d_t" % j, L, s, P_SC[j], rg=D(s), up=("psc%d" % j,))

NOTES = (
    "softmax([2.5, 5.0, 7.5]) is [0.0062, 0.0754, 0.9184], i.e. [0.01, 0.08, 0.92] at the page's two decimals; the "
    "page prints [0.02, 0.12, 0.86] (0.12 is 4 units and 0.86 6 units off; the printed "
    "list still sums to 1) (line %d, first) and restates it in the table (line %d, propagated). The "
    "unscaled softmax [~0.0, ~0.0, ~1.0] and [0.000, 0.000, 1.000] (true [2.1e-9, 4.5e-5, 0.99995]) and the scaled "
    "scores 10/4 = 2.5 ... with sqrt(16) = 4 are right. Close call: 0.02 alone is within one unit of the true "
    "0.0062 (0.01 at two decimals), so by rule (b) that entry is right; the lines are wrong for 0.12 and 0.86. Prose lines and the LaTeX formulas print no "
    "computed number." % (line_of("Softmax = `[0.02"), line_of("| \\[2.5, 5.0, 7.5]")))

if __name__ == "__main__":
    main()
