#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, a verbatim copy (MIT license) of
hughxusu/lesson-ai docs/c-dnn/04-反向传播算法.md (Su Xu's Chinese AI course, chapter "反向传播法算法"): the
computational-graph walkthrough of backpropagation with the apple-shopping example (2 apples at 100 yuan, 10 %
tax: forward 100 x 2 = 200, 200 x 1.1 = 220; backward 1 -> 1.1 -> 2.2), the add and multiply nodes (10 + 5 = 15,
10 x 5 = 50 with upstream gradient 1.3) and the three derivatives of example 1; the rest of the page is code
without printed output.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (doc.md lines 11, 90, 104): apple price 100, count 2, tax factor 1.1 (10 %); L = price x count x tax.
True values: dL/dL = 1, dL/d(200) = 1.1, dL/dprice = 2 x 1.1 = 2.2, dL/dcount = 100 x 1.1 = 110, dL/dtax = 200;
with price 101 the bill is 222.2.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) when a line prints p as the result of an expression whose operands are printed on that line, p is right only
      if redoing the expression from those printed numbers rounds to exactly p at p's digits (an operand that is a
      rounded result printed earlier may lie anywhere within half a unit of its last digit; a given is exact);
      otherwise the line is wrong (first);
  (b) a value printed without its working (or restated) is right when it is within one unit of its last digit of
      the true value, or follows from printed correct operands;
  (c) a restated wrong value is wrong (propagated); a value computed from a wrong one and itself off is wrong
      (propagated); a value the author's own wrong formula produced is wrong (first).
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/hughxusu/lesson-ai/blob/5a061b96928098736ab876a04664672693c712b7/"
          "docs/c-dnn/04-%E5%8F%8D%E5%90%91%E4%BC%A0%E6%92%AD%E7%AE%97%E6%B3%95.md")
LICENSE = "MIT (Copyright (c) 2026 Su Xu); doc.md is the file verbatim"
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
    """Rule (b): p is within one unit of its last digit of x rounded to p's digits."""
    return abs(D(p) - rnd(x, p)) <= unit(p)


def own_ok(p, expr, operands):
    """Rule (a): can redoing `expr` from the printed operands give exactly p at p's digits?  An operand written
    ("0.5068", False) is a rounded result printed earlier and may lie anywhere within half a unit of its last digit;
    ("0.15", True) is a given and exact.  The range is taken over the corners of that box (every expression used
    here is monotonic in each operand)."""
    boxes = []
    for s, exact in operands:
        v = D(s)
        boxes.append((v,) if exact else (v - unit(s) / 2, v + unit(s) / 2))
    vals = [D(expr(*c)) for c in itertools.product(*boxes)]
    lo, hi = min(vals), max(vals)
    p = D(p)
    half = unit(p) / 2
    return hi >= p - half and lo < p + half, lo, hi


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, expr=None, operands=(), up=(), method=False, why="", correct=None):
    """Judge one printed number by the corpus's one rule (module docstring)."""
    assert printed in DOC[line - 1], (line, printed)
    p = D(printed.replace("\u2212", "-"))
    lo = hi = None
    ok = True
    if expr is not None:
        ok, lo, hi = own_ok(p, expr, operands)
    if not ok:
        st, kind = "wrong", "first"
    elif near(p, true):
        st, kind = "right", None
    elif any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", "propagated"
    elif method:
        st, kind = "wrong", "first"
    elif expr is not None:
        st, kind = "right", None  # follows from its printed, correct operands
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), lo=lo, hi=hi, status=st, kind=kind,
                       why=why, correct=correct if correct is not None else str(rnd(true, p))))


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:110]))
        for c in cs:
            extra = "" if c["lo"] is None else "  own arithmetic gives [%.12g, %.12g]" % (c["lo"], c["hi"])
            print("            %-10s printed %-14s true %.12g%s -> %s%s" % (
                c["id"], c["printed"], c["true"], extra, c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            seen, printed, correct, whys = set(), [], [], []
            for c in bad:
                key = (c["printed"], c["correct"])
                if key in seen:
                    continue
                seen.add(key)
                printed.append(c["printed"])
                correct.append(c["correct"])
                whys.append(c["why"] or "restates a wrong value")
            wrong.append({"line": n, "page": None, "printed": ", ".join(printed), "correct": ", ".join(correct),
                          "kind": "first" if "first" in kinds else "propagated", "why": "; ".join(dict.fromkeys(whys))})
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


price, count, tax = D(100), D(2), D("1.1")
mul = lambda a, b: a * b  # noqa: E731

ln = line_of(r"从左向右导数的计算是$1\rightarrow1.1\rightarrow2.2$")
chk("d200", ln, "1.1", tax)
chk("dprice", ln, "2.2", tax * count)
ln = line_of(r"\frac{220}{200}\times1=1.1")
chk("d200b", ln, "1.1", tax, expr=lambda a, b, c: a / b * c, operands=[("220", True), ("200", True), ("1", True)])
ln = line_of(r"\frac{200}{100}\times1.1=2.2")
chk("dpriceb", ln, "2.2", tax * count, expr=lambda a, b, c: a / b * c,
    operands=[("200", True), ("100", True), ("1.1", True)])
ln = line_of("最终的支付金额会增加2.2元")
chk("dprice_r1", ln, "2.2", tax * count)
ln = line_of(r"100\times2\rightarrow200\times1.1\rightarrow220")
chk("f200", ln, "200", price * count, expr=mul, operands=[("100", True), ("2", True)])
chk("f220", ln, "220", price * count * tax, expr=mul, operands=[("200", True), ("1.1", True)])
ln = line_of(r"101\times2\rightarrow202\times1.1\rightarrow222.2")
chk("f202", ln, "202", (price + 1) * count, expr=mul, operands=[("101", True), ("2", True)])
chk("f222", ln, "222.2", (price + 1) * count * tax, expr=mul, operands=[("202", True), ("1.1", True)])
ln = line_of("222.2-220=2.2")
chk("diff", ln, "2.2", (price + 1) * count * tax - price * count * tax, expr=lambda a, b: a - b,
    operands=[("222.2", True), ("220", True)])
ln = line_of("则最终的支付金额将增加那个微小值的2.2倍")
chk("dprice_r2", ln, "2.2", tax * count)
ln = line_of("假设有计算$10+5=15$")
chk("add", ln, "15", D(15), expr=lambda a, b: a + b, operands=[("10", True), ("5", True)])
ln = line_of(r"假设有计算$10\times5=50$")
chk("mul", ln, "50", D(50), expr=mul, operands=[("10", True), ("5", True)])
ln = line_of("1. 苹果的价格的导数是2.2")
chk("dprice_c", ln, "2.2", tax * count)
ln = line_of("2. 苹果的个数的导数是110")
chk("dcount", ln, "110", price * tax)
ln = line_of("3. 消费税的导数是200")
chk("dtax", ln, "200", price * count)
ln = line_of("则消费税将对最终价格产生200倍大小的影响")
chk("dtax_r", ln, "200", price * count)
chk("dprice_r3", ln, "2.2", tax * count)

NOTES = (
    "Su Xu's Chinese AI course page on backpropagation (hughxusu/lesson-ai, docs/c-dnn/04-反向传播算法.md, a docsify "
    "site; MIT license, so doc.md is the file verbatim). The computed numbers are the computational-graph example "
    "of Saito's 'Deep Learning from Scratch' (2 apples at 100 yuan, 10 % tax): the backward chain written as "
    "$1\\rightarrow1.1\\rightarrow2.2$ in inline math, two $$ lines \\frac{220}{200}\\times1=1.1 and "
    "\\frac{200}{100}\\times1.1=2.2, a finite-difference check written as chains with \\rightarrow "
    "(100\\times2\\rightarrow200\\times1.1\\rightarrow220, 101\\times2\\rightarrow202\\times1.1\\rightarrow222.2, "
    "222.2-220=2.2), the add and multiply nodes ($10+5=15$, $10\\times5=50$; the upstream gradient 1.3 is a given "
    "and the results of those two nodes are only in images) and the three derivatives 2.2, 110 and 200 in a "
    "numbered list with full-width punctuation. Every computed number is right: 0 wrong lines, 14 right lines; the "
    "folder measures false alarms on a Chinese page whose numbers sit in \\rightarrow chains and prose. The rest of "
    "the page is code with no printed output (learning_rate = 0.5 etc. are inputs). "
    "Hold-out round 26: never seen by nnwalk's developers before it was scored."
)

if __name__ == "__main__":
    main()
