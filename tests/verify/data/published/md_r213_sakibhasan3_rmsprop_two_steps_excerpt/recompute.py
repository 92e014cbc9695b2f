#!/usr/bin/env python3
"""Independent recomputation of every computed number kept in doc.md, an excerpt of the RMSProp "short example"
(optimizer/RMSPROP/short example.md) of github.com/Sakib-Hasan3/Deep-Learning: two RMSProp steps on
J(w) = 1/2 (w-2)^2 from w0 = 0 with eta = 0.1, rho = 0.9, eps = 1e-8, s0 = 0.

The repository has no license, so doc.md blanks the prose lines (the Bengali sentences, the Bengali observation
bullets, the intuition quote and the English summary sentence); every other line, including the math blocks, the
headings, the givens and the merge-conflict markers, is kept byte for byte at its original line number. The file as
published is an unresolved merge conflict ("<<<<<<< HEAD" ... "=======" ... ">>>>>>> f45ebba..."), both sides
holding the same text, so every worked line appears twice; both copies are judged.

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers rounds to p (a rounded operand may move within half a unit of its last digit, a given is exact);
  (b) a value printed without working, or restated, is right within one unit of the true value;
  (c) a restated wrong value is wrong, propagated.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/Sakib-Hasan3/Deep-Learning/blob/c32345c560b851e6925d314efb612261a65e6d49/"
          "optimizer/RMSPROP/short%20example.md")
LICENSE = ("none (no LICENSE file in the repository); doc.md is an excerpt: the prose lines (Bengali sentences and "
           "bullets, a quote, a summary sentence) are blanked, every other line kept byte for byte at its original "
           "line number")
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1, after=0):
    """1-based line of the nth line (after line `after`) containing sub; fails loudly."""
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t and i + 1 > after]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d after %d)" % (DOCFILE, sub, nth, after))
    return hits[nth - 1]


def num(p):
    return D(p.replace("\u2212", "-").replace(",", ""))


def unit(p):
    return D(1).scaleb(num(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    """rule (b): within one unit of p's last digit of the true value."""
    return abs(num(p) - rnd(x, p)) <= unit(p)


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, lo=None, hi=None, up=(), why="", ctx=None):
    """Judge one printed number.
    lo, hi: when the line prints the working, the range the expression takes with every rounded printed operand moved
            within half a unit of its last digit (exact givens fixed); rule (a) needs p = round(v) for some v in
            [lo, hi] (the expressions here are monotone in each operand, so the ends bound it).
    up: ids of checks this value is computed from; a value off from the truth that comes from a wrong one is
        wrong, propagated.
    ctx: the text around the printed number that must be on the line (default: the number itself)."""
    assert (ctx or printed) in DOC[line - 1], (cid, line, ctx or printed, DOC[line - 1])
    if ctx:
        assert printed in ctx, (cid, printed, ctx)
    p = num(printed)
    status, kind = "right", None
    up_bad = any(STATUS.get(u) == "wrong" for u in up)
    if lo is not None:
        a, b = min(D(lo), D(hi)), max(D(lo), D(hi))
        if not (rnd(a, printed) <= p <= rnd(b, printed)):
            status, kind = "wrong", "first"
        elif up_bad and not near(printed, true):
            status, kind = "wrong", "propagated"
    elif not near(printed, true):
        status, kind = "wrong", ("propagated" if up_bad else "first")
    STATUS[cid] = status
    CHECKS.append({"id": cid, "line": line, "printed": printed, "true": D(true), "status": status, "kind": kind,
                   "why": why, "correct": str(rnd(true, printed))})
    return status


def restate(cid, line, printed, of):
    """a restated value: right when its source is right and it matches, propagated when it repeats a wrong one."""
    assert printed in DOC[line - 1], (cid, line, printed, DOC[line - 1])
    src = [c for c in CHECKS if c["id"] == of][0]
    status, kind = "right", None
    if src["status"] == "wrong" and num(printed) == num(src["printed"]):
        status, kind = "wrong", "propagated"
    elif not near(printed, src["true"]):
        status, kind = "wrong", "first"
    STATUS[cid] = status
    CHECKS.append({"id": cid, "line": line, "printed": printed, "true": src["true"], "status": status, "kind": kind,
                   "why": "" if status == "right" else "restates %s = %s (true %s)" % (of, src["printed"],
                                                                                      src["correct"]),
                   "correct": src["correct"]})


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:100]))
        for c in cs:
            print("            %-10s printed %-9s true %-22s -> %s%s" % (
                c["id"], c["printed"], "%.12g" % c["true"], c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(c["correct"] for c in bad),
                          "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(dict.fromkeys(c["why"] or "computed from a wrong value" for c in bad))})
        else:
            right.append(n)
    return wrong, right


def main(notes):
    wrong, right = report()
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines (%d):" % len(right), right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "unjudged": [], "notes": notes}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


H = D("0.0005")   # half a unit of a 3-decimal printed operand

# ---------------------------------------------------------------- givens and the true chain -------------------------
for giv in ("* Initial weight: $w_0 = 0$", "* Learning rate: $\\eta = 0.1$", "* Decay rate: $\\rho = 0.9$",
            "* $\\epsilon = 10^{-8}$", "J(w) = \\frac{1}{2}(w-2)^2", "  s_0 = 0"):
    line_of(giv)
eta, rho, eps = D("0.1"), D("0.9"), D("1e-8")
w0, s0 = D(0), D(0)
g0 = w0 - 2
s1 = rho * s0 + (1 - rho) * g0 ** 2
step1 = eta / (s1.sqrt() + eps) * g0          # the amount subtracted from w
w1 = w0 - step1
g1 = w1 - 2
t1 = (1 - rho) * g1 ** 2                      # the (1-rho) g^2 term of s2
s2 = rho * s1 + t1
step2 = eta / (s2.sqrt() + eps) * g1
w2 = w1 - step2

n_mid = line_of("=======")
assert DOC[0].startswith("<<<<<<< HEAD") and DOC[n_mid - 1] == "=======", "merge-conflict layout changed"
for k, side in ((1, "a"), (2, "b")):
    def L(text):
        return line_of(text, nth=k)
    n = L("g_0 = w_0 - 2 = 0 - 2 = -2")
    assert (n < n_mid) == (k == 1)
    chk("g0" + side, n, "-2", g0, lo=g0, hi=g0, why="0 - 2 = -2", ctx="= -2")
    n = L("s_1 = 0.9(0) + 0.1( (-2)^2 ) = 0.4")
    chk("s1" + side, n, "0.4", s1, lo=s1, hi=s1, up=("g0" + side,), why="0.1*(-2)^2 = 0.4", ctx="= 0.4")
    n = L("w_1 = 0 - \\frac{0.1}{\\sqrt{0.4}}(-2)")
    restate("s1r" + side, n, "0.4", "s1" + side)
    restate("g0r" + side, n, "-2", "g0" + side)
    n = L("\\sqrt{0.4} \\approx 0.632")
    chk("sq1" + side, n, "0.632", s1.sqrt(), lo=D("0.4").sqrt(), hi=D("0.4").sqrt(), up=("s1" + side,),
        why="sqrt(0.4) = %s" % rnd(s1.sqrt(), "0.000001"))
    n = L("w_1 \\approx 0 + 0.316 = 0.316")
    # the step 0.1*2/0.632 is printed without its working on this line: rule (b) against the true step
    chk("st1" + side, n, "0.316", -step1, up=("sq1" + side,), why="0.1*2/sqrt(0.4) = %s" % rnd(-step1, "0.000001"),
        ctx="0 + 0.316")
    chk("w1" + side, n, "0.316", w1, lo=D("0.316") - H, hi=D("0.316") + H, up=("st1" + side,), why="0 + 0.316",
        ctx="= 0.316")
    n = L("g_1 = 0.316 - 2 = -1.684")
    restate("w1r" + side, n, "0.316", "w1" + side)
    chk("g1" + side, n, "-1.684", g1, lo=D("0.316") - H - 2, hi=D("0.316") + H - 2, up=("w1" + side,),
        why="0.316 - 2", ctx="= -1.684")
    n = L("s_2 = 0.9(0.4) + 0.1(1.684^2)")
    restate("s1r2" + side, n, "0.4", "s1" + side)
    # the magnitude |g1| is restated (its sign is dropped inside the square, which changes nothing): rule (b)
    chk("g1r" + side, n, "1.684", -g1, up=("g1" + side,), why="|g1| restated", ctx="0.1(1.684^2)")
    n = L("s_2 = 0.36 + 0.283 \\approx 0.643")
    chk("rs1" + side, n, "0.36", rho * s1, up=("s1" + side,), why="0.9*0.4 = 0.36", ctx="= 0.36 +")
    chk("t1" + side, n, "0.283", t1, up=("g1" + side,),
        why="0.1*g1^2 = 0.1*%s = %s (0.28359 from the printed 1.684)" % (rnd(g1 ** 2, "0.000001"),
                                                                          rnd(t1, "0.000001")),
        ctx="+ 0.283")
    chk("s2" + side, n, "0.643", s2, lo=D("0.36") + D("0.283") - H, hi=D("0.36") + D("0.283") + H,
        up=("rs1" + side, "t1" + side), why="0.36 + 0.283 = 0.643", ctx="\\approx 0.643")
    n = L("w_2 = 0.316 - \\frac{0.1}{\\sqrt{0.643}}(-1.684)")
    restate("w1r2" + side, n, "0.316", "w1" + side)
    restate("s2r" + side, n, "0.643", "s2" + side)
    restate("g1r2" + side, n, "-1.684", "g1" + side)
    n = L("\\sqrt{0.643} \\approx 0.802")
    chk("sq2" + side, n, "0.802", s2.sqrt(), lo=(D("0.643") - H).sqrt(), hi=(D("0.643") + H).sqrt(),
        up=("s2" + side,), why="sqrt(0.643) = %s" % rnd(D("0.643").sqrt(), "0.000001"), ctx="\\approx 0.802")
    n = L("w_2 \\approx 0.316 + 0.21 = 0.526")
    # the step 0.1*1.684/0.802 is printed without its working on this line: rule (b)
    chk("st2" + side, n, "0.21", -step2, up=("sq2" + side, "g1" + side),
        why="0.1*1.684/0.802 = %s (true %s)" % (rnd(D("0.1") * D("1.684") / D("0.802"), "0.00001"),
                                                rnd(-step2, "0.00001")), ctx="+ 0.21 =")
    chk("w2" + side, n, "0.526", w2, lo=D("0.316") + D("0.21") - H - D("0.005"),
        hi=D("0.316") + D("0.21") + H + D("0.005"), up=("w1" + side, "st2" + side), why="0.316 + 0.21",
        ctx="= 0.526")
    n = L("| (w_1) | 0.316  |")
    restate("w1t" + side, n, "0.316", "w1" + side)
    n = L("| (w_2) | 0.526  |")
    restate("w2t" + side, n, "0.526", "w2" + side)

NOTES = ("Two RMSProp steps on J(w) = (w-2)^2/2, w0 = 0, eta = 0.1, rho = 0.9, eps = 1e-8: true g0 = -2, s1 = 0.4, "
         "sqrt(s1) = 0.632456, w1 = 0.316228, g1 = -1.683772, 0.1*g1^2 = 0.283509, s2 = 0.643509, sqrt(s2) = 0.802190, "
         "step 0.209897, w2 = 0.526124. Everything printed is right. The one close call is '0.283' for 0.1*g1^2 "
         "(0.2835 true, 0.28359 from the printed 1.684: truncated rather than rounded, but within one unit by rule "
         "(b)); 0.36 + 0.283 = 0.643 then holds by rule (a) (the true s2 0.6435 would round to 0.644, also within one "
         "unit). The file is an unresolved merge conflict whose two sides are identical, so each worked line appears "
         "twice (lines 54-124 and 197-267); both copies are judged the same. Restating lines (w_1 = 0 - 0.1/sqrt(0.4)"
         "(-2), s_2 = 0.9(0.4) + 0.1(1.684^2), w_2 = 0.316 - 0.1/sqrt(0.643)(-1.684), the weight table) repeat right "
         "values and are right. Givens (w0 = 0, eta, rho, eps, s0 = 0, the table's w_0 = 0) and formula lines are in "
         "neither list.")

if __name__ == "__main__":
    main(NOTES)
