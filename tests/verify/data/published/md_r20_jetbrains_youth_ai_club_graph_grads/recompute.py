#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, a verbatim copy of jetbrains-academy/
youth-ai-club BackpropagationAndMLP/Backpropagation/task.md (the theory page "Backpropagation" of the JetBrains
Academy course for a youth AI club): the gradients of (a b + c) d at a = 2, b = -3, c = 10, d = -2.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (doc.md line 28): a = 2, b = -3, c = 10, d = -2; f = (a b + c) d, so df/dd = a b + c, df/dc = d,
df/db = a d, df/da = b d.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line that prints p as the result of an expression of numbers printed on it is right only if redoing the
      expression from those numbers gives exactly p (all operands here are exact givens);
  (b) a value printed without its working is right when it is within one unit of its last digit of the true value;
  (c) a restated wrong value is wrong (propagated); a value computed from a wrong one and itself off is wrong
      (propagated).
Every printed gradient is right: a clean document.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/jetbrains-academy/youth-ai-club/blob/c8235609fe4836c4a6f1c4c578f5bb1d4cfeed00/"
          "BackpropagationAndMLP/Backpropagation/task.md")
LICENSE = "MIT (Copyright (c) 2023 JetBrains Academy); doc.md is the file verbatim, the license text is kept in LICENSE"
NOTES = "Clean course page: four gradients of a tiny computational graph, inline $...$ math with \\cdot."
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    """1-based line of the nth line of the document that contains sub (the script stops if there is none)."""
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def sig(z):
    return 1 / (1 + (-D(z)).exp())


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    return abs(D(p) - rnd(x, p)) <= unit(p)


def span(f, *ops):
    """Smallest and largest value of f over operands taken anywhere within half a unit of their last digit.

    Each operand is (printed text, rounded?): a rounded result printed earlier may lie anywhere within half a unit
    of its last digit, a given (an input, a weight, 1, 0.5) is exact. f is monotone in each operand on these small
    intervals, so the corners give the range."""
    corners = [[]]
    for text, rounded in ops:
        v = D(text)
        vals = [v - unit(text) / 2, v + unit(text) / 2] if rounded else [v]
        corners = [c + [x] for c in corners for x in vals]
    outs = [f(*c) for c in corners]
    return min(outs), max(outs)


def redo_ok(p, lo_hi):
    """Rule (a): p is right only if redoing the expression can round to exactly p at p's digits."""
    lo, hi = lo_hi
    return rnd(lo, p) <= D(p) <= rnd(hi, p)


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, ops=None, up=(), method=False, why="", correct=None, explicit=True, exact=False,
        redo=None):
    """Judge one printed number (rules in the module docstring).

    ops: the value the line's own printed operands give (None when the line shows no working);
    redo: (lo, hi) from span() when some operands are rounded results printed earlier (rule a);
    exact=True: the operands are exact, so p must be their value rounded at p's digits (rule a)."""
    assert printed in DOC[line - 1], (line, printed)
    p = D(printed)
    if ops is None and redo is None and up and explicit:
        ops = p  # a restated value: it carries the status of the value it copies (rules 3 and 5)
    if redo is not None:
        ops_ok = redo_ok(p, redo)
        ops = (redo[0] + redo[1]) / 2
    else:
        ops_ok = ops is None or (p == rnd(ops, p) if exact else near(p, ops))
    if explicit and not ops_ok:
        st, kind = "wrong", "first"
    elif near(p, true):
        st, kind = "right", None
    elif any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", ("propagated" if ops_ok else "first")
    elif method:
        st, kind = "wrong", "first"
    elif ops is not None and near(p, ops):
        st, kind = "right", None
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), ops=None if ops is None else D(ops),
                       status=st, kind=kind, why=why, correct=correct if correct is not None else str(rnd(true, p))))


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:110]))
        for c in cs:
            extra = "" if c["ops"] is None else "  from printed operands %.10g" % c["ops"]
            print("            %-10s printed %-14s true %.10g%s -> %s%s" % (
                c["id"], c["printed"], c["true"], extra, c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            printed = ", ".join(dict.fromkeys(c["printed"] for c in bad))
            correct = ", ".join(dict.fromkeys(c["correct"] for c in bad))
            whys = "; ".join(dict.fromkeys(c["why"] or "restates a wrong value" for c in bad))
            wrong.append(dict(line=n, page=None, printed=printed, correct=correct,
                              kind="first" if "first" in kinds else "propagated", why=whys))
        else:
            right.append(n)
    return wrong, right


def main():
    wrong, right = report()
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


a, b, c, d = D(2), D(-3), D(10), D(-2)
ln = line_of("The gradient of $d$ is just")
chk("gd", ln, "4", a * b + c, ops=a * b + c, exact=True)
ln = line_of("The gradient of $c$ is equal to $d = -2$")
chk("gc", ln, "-2", d)
ln = line_of("The gradient of $b$ is equal to")
chk("gb", ln, "-4", a * d, ops=a * d, exact=True)
ln = line_of("And the gradient of $a$ is equal to")
chk("ga", ln, "6", b * d, ops=b * d, exact=True)

if __name__ == "__main__":
    main()
