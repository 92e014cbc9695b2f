#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt (section 6, "L2 Walkthrough -
Two Weight Update Steps with Full Arithmetic") of deepakshamsft/ai-portfolio
`notes/01-ml/03-neural-networks/ch04-regularisation/README.md`: two Adam steps (beta1 0.9, beta2 0.999, alpha 0.001)
on one weight w = 1.80 with the L2-modified gradient g + 2 lambda w (lambda 0.001), a summary table, and an
extrapolation of the L2 decay factor over 154,800 steps.

Plain Python 3 (decimal at 60 digits); does not import nnwalk or any generator.

The page's own conventions: gradient g_MSE + 2 lambda w; Adam with bias correction (epsilon 1e-8 negligible);
the extrapolation uses the page's per-step decay factor (1 - 2 lambda alpha) raised to the number of steps.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a value printed as the result of an expression of numbers printed on its line is right only when redoing it
      from those numbers rounds to p at p's digits; an operand that is itself a rounded result may be taken
      anywhere within half a unit of its last digit (givens are exact); otherwise wrong, first;
  (b) a value printed without its working (or restated) is right within one unit of its last digit of the true
      value;
  (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off is wrong,
      propagated (first if the line adds a mistake of its own).
A line is wrong when any number on it is wrong.

Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import itertools
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/deepakshamsft/ai-portfolio/blob/d192a5220779bce30e6b397bc4caada5a41c3d23/"
          "notes/01-ml/03-neural-networks/ch04-regularisation/README.md")
LICENSE = ("none (no LICENSE file in the repository); doc.md is an excerpt of only section 6 (the Adam + L2 "
           "walkthrough), line for line in the original Markdown")
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, after=0):
    """1-based number of the first line after line `after` containing sub; fails loudly."""
    for i in range(after, len(DOC)):
        if sub in DOC[i]:
            return i + 1
    raise SystemExit("%s has no line containing %r after line %d" % (DOCFILE, sub, after))


def num(s):
    return D(s.replace(",", ""))


def unit(s):
    return D(1).scaleb(num(s).as_tuple().exponent)


def rnd(x, s):
    return D(x).quantize(unit(s), rounding=ROUND_HALF_UP)


def ival(op):
    """An operand: a str is a printed rounded value (+- half a unit), a Decimal is exact."""
    if isinstance(op, str):
        h = unit(op) / 2
        return [num(op) - h, num(op) + h]
    return [D(op)]


def span(f, *ops):
    vals = [f(*c) for c in itertools.product(*[ival(o) for o in ops])]
    return min(vals), max(vals)


def dpow(x, n):
    return (D(n) * D(x).ln()).exp()


class Item:
    def __init__(self, label, printed, true, f=None, *ops, dep=False):
        self.label, self.printed, self.true = label, printed, D(true)
        self.own = span(f, *ops) if f else None
        self.dep = dep


RESULTS = []


def judge(sub, items, note=""):
    ln = line_of(sub)
    text = DOC[ln - 1]
    first, prop, why = [], [], []
    for it in items:
        assert it.printed.lstrip("+-") in text, (ln, it.printed)
        p = num(it.printed)
        u = unit(it.printed)
        if it.own is not None:
            lo, hi = it.own
            if not (p - u / 2 <= hi and p + u / 2 >= lo):
                first.append(it)
                why.append("%s %s: from the numbers printed on the line it is %s (correct %s)"
                           % (it.label, it.printed, rnd((lo + hi) / 2, it.printed), rnd(it.true, it.printed)))
                continue
        if abs(p - it.true) > u:
            if it.dep:
                prop.append(it)
                why.append("%s %s: carried from a wrong value; correct %s"
                           % (it.label, it.printed, rnd(it.true, it.printed)))
            elif it.own is None:
                first.append(it)
                why.append("%s %s printed without working: the true value is %s"
                           % (it.label, it.printed, rnd(it.true, it.printed)))
    bad = first + prop
    kind = "first" if first else ("propagated" if prop else None)
    RESULTS.append({"line": ln, "kind": kind, "printed": ", ".join(i.printed for i in bad),
                    "correct": ", ".join(str(rnd(i.true, i.printed.replace(",", ""))) for i in bad),
                    "why": ((note + ": ") if note else "") + "; ".join(why)})


mul = lambda a, b: a * b
div = lambda a, b: a / b
add = lambda a, b: a + b
sq = lambda a: a.sqrt()

# ------------------------------------------------------------ correct chain from the givens
LAM, ALPHA, B1, B2 = D("0.001"), D("0.001"), D("0.9"), D("0.999")
w0, gm1, gm2 = D("1.80"), D("-0.12"), D("0.08")
l2_1 = 2 * LAM * w0
g1 = gm1 + l2_1
m1 = (1 - B1) * g1
v1 = (1 - B2) * g1 * g1
mh1, vh1 = m1 / (1 - B1), v1 / (1 - B2)
w1 = w0 - ALPHA * mh1 / (vh1.sqrt() + D("1e-8"))
l2_2 = 2 * LAM * w1
g2 = gm2 + l2_2
m2 = B1 * m1 + (1 - B1) * g2
v2 = B2 * v1 + (1 - B2) * g2 * g2
mh2, vh2 = m2 / (1 - B1 ** 2), v2 / (1 - B2 ** 2)
step2 = ALPHA * mh2 / (vh2.sqrt() + D("1e-8"))
w2 = w1 - step2

judge("$$g_\\text{L2} = g_\\text{MSE} + 2\\lambda w", [
    Item("2 lambda w", "0.0036", l2_1, lambda: D("0.002") * D("1.80")),
    Item("g_L2", "-0.1164", g1, add, D("-0.12"), D("0.0036"))], "step 1 gradient")
judge("The L2 term added $+0.0036$", [Item("L2 term", "0.0036", l2_1)], "step 1, restated")
judge("$$m_1 = 0.9(0) + 0.1(-0.1164)", [Item("m1", "-0.01164", m1, mul, D("0.1"), D("-0.1164"))], "step 1")
judge("$$v_1 = 0.999(0) + 0.001(0.1164)^2", [
    Item("0.1164^2", "0.01355", g1 * g1, lambda x: x * x, D("0.1164")),
    Item("v1", "0.00001355", v1, mul, D("0.001"), "0.01355")], "step 1")
judge("$$\\hat{m}_1 = \\frac{-0.01164}", [Item("1-0.9", "0.1", D("0.1")),
                                           Item("m_hat1", "-0.1164", mh1, div, D("-0.01164"), D("0.1"))], "step 1")
judge("$$\\hat{v}_1 = \\frac{0.00001355}", [Item("1-0.999", "0.001", D("0.001")),
                                             Item("v_hat1", "0.01355", vh1, div, "0.00001355", D("0.001"))], "step 1")
judge("$$w_1 = 1.80 - 0.001", [Item("sqrt(v_hat1)", "0.1164", vh1.sqrt(), sq, "0.01355"),
                               Item("-(alpha m_hat/sqrt v_hat)", "0.001", -ALPHA * mh1 / vh1.sqrt(), lambda a, b: -ALPHA * a / b,
                                    "-0.1164", "0.1164"),
                               Item("w1", "1.801", w1, add, D("1.80"), "0.001")], "step 1 update")
judge("$$g_\\text{L2} = +0.08 + 2(0.001)(1.801)", [
    Item("2 lambda w1", "0.003602", l2_2, mul, D("0.002"), "1.801"),
    Item("g_L2", "0.08360", g2, add, D("0.08"), "0.003602")], "step 2 gradient")
judge("$$m_2 = 0.9(-0.01164)", [Item("0.9 m1", "-0.01048", B1 * m1, mul, B1, "-0.01164"),
                                Item("0.1 g", "0.00836", (1 - B1) * g2, mul, D("0.1"), "0.08360"),
                                Item("m2", "-0.00212", m2, add, "-0.01048", "0.00836")], "step 2")
judge("$$v_2 = 0.999(0.00001355)", [Item("0.999 v1", "0.00001354", B2 * v1, mul, B2, "0.00001355"),
                                    Item("0.001 g^2", "0.00000699", (1 - B2) * g2 * g2,
                                         lambda x: D("0.001") * x * x, "0.08360"),
                                    Item("v2", "0.00002053", v2, add, "0.00001354", "0.00000699")], "step 2")
judge("$$\\hat{m}_2 = \\frac{-0.00212}", [Item("1-0.9^2", "0.19", D("0.19")),
                                          Item("m_hat2", "-0.01116", mh2, div, "-0.00212", D("0.19"))], "step 2")
judge("$$\\hat{v}_2 = \\frac{0.00002053}", [Item("1-0.999^2", "0.001999", D("0.001999")),
                                             Item("v_hat2", "0.01027", vh2, div, "0.00002053", D("0.001999"))],
      "step 2")
judge("$$w_2 = 1.801 - 0.001", [Item("-(alpha m_hat/sqrt v_hat)", "0.000110", -step2, lambda a, b: -ALPHA * a / b.sqrt(),
                                     "-0.01116", "0.01027"),
                                Item("w2", "1.8011", w2, add, "1.801", "0.000110")], "step 2 update")
judge("| t=1 | 1.800 |", [Item("L2 term", "0.0036", l2_1), Item("net grad", "-0.1164", g1),
                          Item("result", "1.801", w1)], "summary table (restated)")
judge("| t=2 | 1.801 |", [Item("weight", "1.801", w1), Item("L2 term", "0.0036", l2_2),
                          Item("net grad", "0.0836", g2), Item("result", "1.8011", w2)], "summary table (restated)")
judge("The weight stabilised near 1.801", [Item("w1", "1.801", w1)], "restated")

# ------------------------------------------------------------ extrapolation paragraph
n_w = 128 * 8 + 128 + 64 * 128 + 64 + 1 * 64 + 1
steps = D(16512) / 32 * 300
f1 = 1 - 2 * LAM * ALPHA
f2 = 1 - 2 * D("0.0001") * ALPHA
p1 = dpow(f1, 154800)
p2 = dpow(f2, 154800)
judge("**Extrapolating to the full network:**", [
    Item("128 x 8", "1,024", D(1024)), Item("64 x 128", "8,192", D(8192)), Item("weights", "9,473", D(n_w)),
    Item("decay factor", "0.999998", f1), Item("steps/epoch", "516", D(16512) / 32),
    Item("steps", "154,800", steps),
    Item("0.999998^154800", "0.047", p1),
    Item("2.0 x 0.047", "0.094", 2 * p1, mul, D(2), "0.047", dep=True),
    Item("(1 - 2 x 0.0001 x 0.001)^154800", "0.73", p2),
    Item("2.0 x 0.73", "1.46", 2 * p2, mul, D(2), "0.73", dep=True)], "L2 decay extrapolation")

wrong = [r for r in RESULTS if r["kind"]]
right = sorted(r["line"] for r in RESULTS if not r["kind"])
for r in RESULTS:
    print("%4d %-10s %s" % (r["line"], r["kind"] or "right", r["why"] if r["kind"] else DOC[r["line"] - 1][:90]))
print("wrong: %d (first %d, propagated %d); right: %d" % (
    len(wrong), sum(r["kind"] == "first" for r in wrong), sum(r["kind"] == "propagated" for r in wrong), len(right)))
assert len(set(r["line"] for r in RESULTS)) == len(RESULTS), "a line was judged twice"

if "--write-expected" in sys.argv:
    exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
           "wrong": [{"line": r["line"], "page": None, "printed": r["printed"], "correct": r["correct"],
                      "kind": r["kind"], "why": r["why"]} for r in wrong],
           "right": right,
           "notes": ("The two Adam + L2 steps are right at the page's 4-5 significant digits (judged from the rounded "
                     "values printed on each line; e.g. m_hat2 = -0.00212/0.19 = -0.011158 prints -0.01116 although "
                     "the unrounded chain gives -0.011136, a rounding carry, not a slip). The extrapolation line is "
                     "wrong: 0.999998^154800 = exp(-0.3096) = %s, not 0.047 (so 2.0 x it = %s, not 0.094), and "
                     "with lambda = 0.0001 the factor (0.9999998)^154800 = %s, not 0.73 (2.0 x it = %s, not 1.46); "
                     "the page's 0.73 is in fact the lambda = 0.001 value. The per-step decay factor "
                     "(1 - 2 lambda alpha) is the page's own SGD-style convention and is followed. The summary "
                     "table's t=2 L2 term +0.0036 is 2(0.001)(1.801) = 0.003602, within a unit. Line 71 (prose) "
                     "restates w1 = 1.801 and is listed as right."
                     % (rnd(p1, "0.0001"), rnd(2 * p1, "0.001"), rnd(p2, "0.0001"), rnd(2 * p2, "0.01")))}
    (HERE / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote expected.json")
