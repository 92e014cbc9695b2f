#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of Minsu Kim's (alstn2468)
Korean blog post "딥넷트웍 학습 시키기 (backpropagation)" ("Training a deep network (backpropagation)",
2019-05-19): the forward pass and the chain-rule backward pass of the graph f = w x + b (g = w x, f = g + b)
at w = -2, x = 5, b = 3, from Sung Kim's lecture ("머신러닝과 딥러닝 BASIC").

Plain Python 3 (fractions: every value here is exact); does not import nnwalk or the generator.

Givens: w = -2, x = 5, b = 3. True values: g = w x = -10, f = g + b = -7, df/dg = 1, df/db = 1,
df/dx = df/dg * dg/dx = 1 * w = -2, df/dw = df/dg * dg/dw = 1 * x = 5.
In the page's formulas `_` stands for the multiplication sign (the 2019 Jekyll original has `*`; the 2020
re-formatting turned it into `_`).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line that prints p as the result of an expression of numbers printed on it is right only when the
      expression redone from those numbers rounds to p at p's digits - otherwise wrong, first;
  (b) a value printed without working (or restated) is right within one unit of its last digit of the true value,
      or when it follows from printed correct operands;
  (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off is wrong,
      propagated (first if the line adds a mistake of its own).
A line is wrong when any number on it is wrong.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/alstn2468/alstn2468.github.io/blob/0d003c66531b459bef2364cb4193dfe8ebb925bb/"
          "content/blog/MachineLearning/2019-05-19-BasicChapter10-3.markdown")
LICENSE = ("none for the post (the repository's LICENSE is the MIT licence of the Gatsby starter, 'Copyright (c) "
           "2015 Gatsbyjs', which covers the theme code, not the author's posts); doc.md is an excerpt of only the "
           "worked example - the forward list (source lines 36-39) and the derivative blocks with the sentences "
           "that state their values (source lines 43-75) - line for line, one blank line in place of the diagram "
           "(source lines 40-42)")
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    """1-based line of the nth line containing sub; fails loudly."""
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


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, ops=None, up=(), explicit=True, why="", correct=None):
    """Judge one printed number.
    ops: the value redone from the numbers printed with it (None when the number is printed without working);
    explicit: the working is on the line (rule a: p must be ops rounded at p's digits)."""
    assert printed in DOC[line - 1], (cid, line, printed, DOC[line - 1])
    p = D(printed)
    ops_ok = ops is None or p == rnd(ops, p)
    if explicit and not ops_ok:
        st, kind = "wrong", "first"
    elif near(p, true):
        st, kind = "right", None
    elif any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", ("propagated" if ops_ok else "first")
    elif ops is not None and near(p, ops):
        st, kind = "right", None
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), ops=None if ops is None else D(ops),
                       status=st, kind=kind, why=why,
                       correct=correct if correct is not None else str(rnd(true, p))))


def report():
    wrong, right = [], []
    for n in sorted({c["line"] for c in CHECKS}):
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:100]))
        for c in cs:
            extra = "" if c["ops"] is None else "  redone from printed operands %.10g" % c["ops"]
            print("            %-12s printed %-6s true %.10g%s -> %s%s" % (
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
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


# ---------------- exact values from the givens ----------------
w, x, b = D(-2), D(5), D(3)
g = w * x
f = g + b
df_dg, df_db = D(1), D(1)
df_dx = df_dg * w
df_dw = df_dg * x

# forward
chk("g", line_of("w * x = g = "), "-10", g, ops=w * x)
chk("f", line_of("g + b = "), "-7", f, ops=D("-10") + b, up=("g",))
# local derivatives
chk("df/dg", line_of(r"f = g + b \rightarrow"), "1", df_dg)
chk("df/db", line_of(r"\dfrac{\partial f}{\partial b} = 1"), "1", df_db)
chk("df/dg r", line_of("$$g$$가 $$f$$에 미치는 영향은"), "1", df_dg, up=("df/dg",), explicit=False)
chk("df/db r", line_of("$$b$$가 $$f$$에 미치는 영향은"), "1", df_db, up=("df/db",), explicit=False)
# chain rule
L = line_of("1 _ w = -2")
chk("df/dg r2", L, "1", df_dg, up=("df/dg",), explicit=False)
chk("df/dx", L, "-2", df_dx, ops=D(1) * w, up=("df/dg r2",))
L = line_of("1 _ x = 5")
chk("df/dg r3", L, "1", df_dg, up=("df/dg",), explicit=False)
# the block above this line writes df/dw = df/dg * dg/dx (a symbol slip: dg/dw is meant); the number printed,
# 1 * x = 5, is df/dw
chk("df/dw", L, "5", df_dw, ops=D(1) * x, up=("df/dg r3",))
# the summary sentences swap the two derivatives
chk("df/dw r", line_of("$$w$$가 $$f$$에 미치는 영향은"), "-2", df_dw, explicit=False,
    why="df/dw = df/dg * dg/dw = 1 * x = 5 (line %d); the sentence gives -2, the value of df/dx - the two "
        "derivatives are swapped" % line_of("1 _ x = 5"))
chk("df/dx r", line_of("$$x$$가 $$f$$에 미치는 영향은"), "5", df_dx, explicit=False,
    why="df/dx = df/dg * dg/dx = 1 * w = -2 (line %d); the sentence gives 5, the value of df/dw - the two "
        "derivatives are swapped" % line_of("1 _ w = -2"))
chk("df/db r2", line_of("$b$의 값은 **1**"), "1", df_db, up=("df/db",), explicit=False)
L = line_of("**1:1**과 같다는 뜻이고")
chk("df/db ratio", L, "1", df_db, up=("df/db",), explicit=False)
chk("df/dw r2", L, "5", df_dw, up=("df/dw",), explicit=False)
L = line_of("**5:1**과 같다는 뜻이다")
chk("df/dw ratio", L, "5", df_dw, up=("df/dw",), explicit=False)

NOTES = ("Korean study-blog post (notes on Sung Kim's lecture) working the lecture's chain-rule example f = w x + b "
         "at w = -2, x = 5, b = 3: forward g = -10, f = -7, local derivatives df/dg = df/db = 1, then df/dx = 1 * w "
         "= -2 and df/dw = 1 * x = 5 (lines 23 and 30, right). The two summary sentences (lines 33-34) swap them: "
         "'the influence of w on f, df/dw, is -2' and 'of x, df/dx, is 5' - both wrong (first; the values belong "
         "to the other variable). The next paragraph (lines 36-38) again says w's derivative is 5 (right). The "
         "swap is in the 2019 original too. Close calls: line 29 writes df/dw = df/dg * dg/dx (dg/dw is meant, and "
         "line 8 itself says dg/dx = w = -2), but the number printed on line 30, 1 * x = 5, is the right df/dw, so "
         "line 30 is judged right; '_' in lines 21, 23, 28, 30 is the multiplication sign (the 2019 Jekyll version "
         "has '*'). Line 38 also prints 'changes by 1' (a hypothetical step of w, not a computed value) and "
         "'5배' (restating df/dw = 5). Line 1 (w, x, b) and lines 7-8 (symbolic dg/dw = x, dg/dx = w) hold no "
         "computed number.")

if __name__ == "__main__":
    main()
