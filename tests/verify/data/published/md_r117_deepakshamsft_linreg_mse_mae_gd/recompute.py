#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of "Ch.1 - Linear Regression"
(deepakshamsft/ai-portfolio, notes/01-ml/01-regression/ch01-linear-regression/README.md): section 6.3 (two epochs of
full-batch gradient descent on MSE for y = w x + b on (1,2), (2,4), (3,5) from w = 0.5, b = 1.0, alpha = 0.1) and
section 6.6 (the same start trained on MAE for 8 epochs, and a comparison of gradient magnitudes).

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.
Page conventions, followed: dL/dw = (2/N) sum e_i x_i, dL/db = (2/N) sum e_i for MSE; dL/dw = (1/N) sum sign(e_i) x_i,
dL/db = (1/N) sum sign(e_i) for MAE; e_i = yhat_i - y_i; w <- w - alpha dL/dw. In the 8-epoch MAE table the row of
epoch k shows w and b after update k, and the MAE and dL/dw computed with the weights at the start of epoch k (row 1:
MAE 1.667 and -2.000 at w = 0.5, b = 1.0); the gradient-magnitude table uses the same per-epoch convention (row 1 =
8.000, row 2 = 0.799). True values are the exact runs from the givens.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on that line: p must be the expression
      redone from those numbers, rounded at p's digits (rounded earlier results within half a unit; givens exact)
      - otherwise wrong, first;
  (b) a value printed without working (or restated) is right within one unit of its last digit of the true value,
      or when it follows from printed correct operands;
  (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off is wrong,
      propagated.
A line is wrong when any number on it is wrong.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/deepakshamsft/ai-portfolio/blob/d192a5220779bce30e6b397bc4caada5a41c3d23/"
          "notes/01-ml/01-regression/ch01-linear-regression/README.md")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt, line for line: the title line, section 6.3 "
           "up to its summary table and section 6.6 up to its gradient-magnitude table, keeping only headings, "
           "tables, rules and lines with math ($), prose lines without math removed")
import itertools
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
RAW = (HERE / DOCFILE).read_text(encoding="utf-8")
DOC = RAW.split("\n")


def line_of(sub, nth=1):
    """1-based line of the nth line of the document containing sub; fails loudly."""
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d of %d)" % (DOCFILE, sub, nth, len(hits)))
    return hits[nth - 1]


def sig(z):
    return 1 / (1 + (-D(z)).exp())


def num(p):
    """a printed number as a Decimal (the page writes the minus sign as U+2212 and some signs as +)"""
    return D(str(p).replace("\u2212", "-").replace("+", "").replace("~", ""))


def unit(p):
    return D(1).scaleb(num(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    """rule (b): p within one unit of its last digit of the true value x"""
    return abs(num(p) - rnd(x, p)) <= unit(p)


def R(s):
    """an operand that is a rounded earlier result: anywhere within half a unit of its last digit"""
    h = unit(s) / 2
    return (num(s) - h, num(s) + h)


def E(s):
    """an exact operand (a given, or an exact integer)"""
    return (num(s), num(s))


def span(f, *ops):
    """range of f over the corners of the operand intervals (f is monotone in each operand here)"""
    vals = [f(*c) for c in itertools.product(*[sorted(set(o)) for o in ops])]
    return (min(vals), max(vals))


def within(p, iv):
    """rule (a): p equals the expression redone from the printed operands, rounded at p's digits"""
    lo, hi = iv
    return rnd(lo, p) <= num(p) <= rnd(hi, p)


CHECKS = []
STATUS = {}
PRINTED = {}


def chk(cid, line, printed, true, expr=None, follows=None, up=(), why="", same=None):
    """Judge one printed number.
    expr:    interval of the expression printed on this line redone from its printed operands (rule a);
    follows: interval of the value redone from correct printed operands elsewhere (rule b);
    up:      ids of the checks whose values it is computed from (rule c);
    same:    id of the check whose printed value this line restates (right when that one is right)."""
    if printed.lstrip("-\u2212+~") not in DOC[line - 1]:
        raise SystemExit("line %d does not print %r: %r" % (line, printed, DOC[line - 1]))
    upw = any(STATUS.get(u) == "wrong" for u in up)
    if expr is not None and not within(printed, expr):
        st, kind = "wrong", "first"
    elif near(printed, true):
        st, kind = "right", None
    elif expr is not None:
        st, kind = ("wrong", "propagated") if upw else ("right", None)
    elif follows is not None and within(printed, follows) and not upw:
        st, kind = "right", None
    elif same is not None and STATUS.get(same) == "right" and num(PRINTED[same]) == num(printed):
        st, kind = "right", None
    elif same is not None and STATUS.get(same) == "wrong":
        st, kind = "wrong", "propagated"
    else:
        st, kind = "wrong", ("propagated" if upw else "first")
    STATUS[cid] = st
    PRINTED[cid] = printed
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), status=st, kind=kind, why=why,
                       correct=str(rnd(true, printed))))
    return st


def report_and_write():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        for c in cs:
            print("line %4d  %-6s %-10s printed %-12s true %s  %s" % (
                n, c["status"], c["kind"] or "", c["printed"], rnd(c["true"], D("1E-8")), c["why"]))
        if bad:
            kind = "first" if any(c["kind"] == "first" for c in bad) else "propagated"
            wrong.append(dict(line=n, page=None, printed=", ".join(c["printed"] for c in bad),
                              correct=", ".join(c["correct"] for c in bad), kind=kind,
                              why="; ".join(c["why"] or ("%s should be %s" % (c["printed"], c["correct"]))
                                            for c in bad)))
        else:
            right.append(n)
    print("wrong lines: %d (%d first, %d propagated); right lines: %d" % (
        len(wrong), sum(w["kind"] == "first" for w in wrong), sum(w["kind"] == "propagated" for w in wrong),
        len(right)))
    if "--write-expected" in sys.argv:
        out = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE, "wrong": wrong,
               "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote expected.json")


# ---------------------------------------------------------------- true values
xs = [D(1), D(2), D(3)]
ys = [D(2), D(4), D(5)]
al = D("0.1")


def sgn(v):
    return (v > 0) - (v < 0)


def run(loss, n):
    w, b = D("0.5"), D("1.0")
    out = []
    for _ in range(n):
        e = [w * x + b - y for x, y in zip(xs, ys)]
        if loss == "mse":
            gw = D(2) / 3 * sum(ei * x for ei, x in zip(e, xs))
            gb = D(2) / 3 * sum(e)
            L = sum(ei * ei for ei in e) / 3
        else:
            gw = sum(sgn(ei) * x for ei, x in zip(e, xs)) / D(3)
            gb = sum(sgn(ei) for ei in e) / D(3)
            L = sum(abs(ei) for ei in e) / 3
        out.append(dict(w=w, b=b, e=e, gw=gw, gb=gb, L=L, w1=w - al * gw, b1=b - al * gb))
        w, b = w - al * gw, b - al * gb
    return out


M = run("mse", 10)
A = run("mae", 10)
# optimum by the normal equations
xb, yb = sum(xs) / 3, sum(ys) / 3
wst = sum((x - xb) * (y - yb) for x, y in zip(xs, ys)) / sum((x - xb) ** 2 for x in xs)
bst = yb - wst * xb

# ---------------------------------------------------------------- section 6.3
L = line_of("**True optimum**")
chk("wst", L, "1.5", wst)
chk("bst", L, "0.667", bst)
M1, M2 = M[0], M[1]
for k, (yh, et, sq) in enumerate([("1.500", "−0.500", "0.250"), ("2.000", "−2.000", "4.000"),
                                  ("2.500", "−2.500", "6.250")]):
    L = line_of("| %d | %d | %d | $0.5(%d)+1.0 = %s$" % (k + 1, k + 1, ys[k], k + 1, yh))
    chk("yh1_%d" % k, L, yh, M1["w"] * xs[k] + M1["b"], expr=E(yh))
    chk("e1_%d" % k, L, et, M1["e"][k], follows=span(lambda v: v - ys[k], R(yh)))
    chk("sq1_%d" % k, L, sq, M1["e"][k] ** 2, follows=span(lambda v: v * v, R(et)))
L = line_of(r"\frac{0.250 + 4.000 + 6.250}{3} = \mathbf{3.500}")
chk("mse1", L, "3.500", M1["L"], expr=span(lambda a, b, c: (a + b + c) / 3, R("0.250"), R("4.000"), R("6.250")))
L = line_of(r"(-0.5)(1) + (-2.0)(2) + (-2.5)(3)")
chk("s1w", L, "-12.0", 3 * M1["gw"] / 2, expr=span(lambda a, b, c: a + 2 * b + 3 * c, R("-0.5"), R("-2.0"), R("-2.5")))
chk("g1w", L, "-8.000", M1["gw"], expr=span(lambda v: 2 * v / 3, R("-12.0")))
L = line_of(r"(-0.5) + (-2.0) + (-2.5)\bigr] = \frac{2}{3}(-5.0)")
chk("s1b", L, "-5.0", 3 * M1["gb"] / 2, expr=span(lambda a, b, c: a + b + c, R("-0.5"), R("-2.0"), R("-2.5")))
chk("g1b", L, "-3.333", M1["gb"], expr=span(lambda v: 2 * v / 3, R("-5.0")))
chk("w1", line_of(r"$$w_1 = 0.5 - 0.1 \times (-8.000) = \mathbf{1.300}$$"), "1.300", M1["w1"],
    expr=span(lambda g: D("0.5") - al * g, R("-8.000")))
chk("b1", line_of(r"$$b_1 = 1.0 - 0.1 \times (-3.333) = \mathbf{1.333}$$"), "1.333", M1["b1"],
    expr=span(lambda g: D("1.0") - al * g, R("-3.333")))
for sub in ("#### Epoch 2 · Using $w = 1.300$, $b = 1.333$", r"$$\hat{y}_i = 1.300 \cdot x_i + 1.333$$"):
    L = line_of(sub)
    chk("w1r%d" % L, L, "1.300", M2["w"])
    chk("b1r%d" % L, L, "1.333", M2["b"])
rows2 = [("2.633", "+0.633", "0.401"), ("3.933", "−0.067", "0.004"), ("5.233", "+0.233", "0.054")]
for k, (yh, et, sq) in enumerate(rows2):
    L = line_of("| %d | %d | %d | $1.300(%d)+1.333 = %s$" % (k + 1, k + 1, ys[k], k + 1, yh))
    chk("yh2_%d" % k, L, yh, M2["w"] * xs[k] + M2["b"],
        expr=span(lambda b: D("1.300") * xs[k] + b, R("1.333")))
    chk("e2_%d" % k, L, et, M2["e"][k], follows=span(lambda v: v - ys[k], R(yh)))
    chk("sq2_%d" % k, L, sq, M2["e"][k] ** 2, follows=span(lambda v: v * v, R(et)))
L = line_of(r"\frac{0.401 + 0.004 + 0.054}{3} = \mathbf{0.153}")
chk("mse2", L, "0.153", M2["L"], expr=span(lambda a, b, c: (a + b + c) / 3, R("0.401"), R("0.004"), R("0.054")))
L = line_of(r"(+0.633)(1) + (-0.067)(2) + (+0.233)(3)")
chk("s2w", L, "1.198", 3 * M2["gw"] / 2,
    expr=span(lambda a, b, c: a + 2 * b + 3 * c, R("0.633"), R("-0.067"), R("0.233")))
chk("g2w", L, "+0.799", M2["gw"], expr=span(lambda v: 2 * v / 3, R("1.198")))
L = line_of(r"(+0.633) + (-0.067) + (+0.233)\bigr] = \frac{2}{3}(0.799)")
chk("s2b", L, "0.799", 3 * M2["gb"] / 2, expr=span(lambda a, b, c: a + b + c, R("0.633"), R("-0.067"), R("0.233")))
chk("g2b", L, "+0.533", M2["gb"], expr=span(lambda v: 2 * v / 3, R("0.799")))
chk("w2", line_of(r"$$w_2 = 1.300 - 0.1 \times 0.799 = \mathbf{1.220}$$"), "1.220", M2["w1"],
    expr=span(lambda w, g: w - al * g, R("1.300"), R("0.799")))
chk("b2", line_of(r"$$b_2 = 1.333 - 0.1 \times 0.533 = \mathbf{1.280}$$"), "1.280", M2["b1"],
    expr=span(lambda b, g: b - al * g, R("1.333"), R("0.533")))
L = line_of("| $w$ | 0.500 → **1.300**")
for t, v in (("1.300", M1["w1"]), ("1.220", M2["w1"]), ("1.500", wst)):
    chk("tw" + t, L, t, v)
L = line_of("| $b$ | 1.000 → **1.333**")
for t, v in (("1.333", M1["b1"]), ("1.280", M2["b1"]), ("0.667", bst)):
    chk("tb" + t, L, t, v)
L = line_of("| MSE | **3.500** | **0.153** |")
chk("tm1", L, "3.500", M1["L"])
chk("tm2", L, "0.153", M2["L"])
L = line_of(r"| $\partial L / \partial w$ | **−8.000**")
chk("tg1", L, "−8.000", M1["gw"])
chk("tg2", L, "+0.799", M2["gw"])

# ---------------------------------------------------------------- section 6.6 (MAE)
chk("wst2", line_of("$w_0 = 0.500$, $b_0 = 1.000$, $\\alpha = 0.1$, $w^* = 1.500$"), "1.500", wst)
A1 = A[0]
for k, (yh, et, sx) in enumerate([("1.500", "−0.500", "−1"), ("2.000", "−2.000", "−2"), ("2.500", "−2.500", "−3")]):
    L = line_of("| %d | %d | %d | %s | %s | **−1** | %s |" % (k + 1, k + 1, ys[k], yh, et, sx))
    chk("ayh%d" % k, L, yh, A1["w"] * xs[k] + A1["b"])
    chk("ae%d" % k, L, et, A1["e"][k])
    chk("asg%d" % k, L, "−1", sgn(A1["e"][k]))
    chk("asx%d" % k, L, sx, sgn(A1["e"][k]) * xs[k])
L = line_of(r"$$\text{MAE} = 1.667 \qquad")
chk("mae1", L, "1.667", A1["L"])
chk("agw1", L, "-2.000", A1["gw"], expr=E("-2"))
chk("agb1", L, "-1.000", A1["gb"], expr=E("-1"))
L = line_of(r"$$w_1 = 0.500 - 0.1 \times (-2.000) = \mathbf{0.700}")
chk("aw1", L, "0.700", A1["w1"], expr=E("0.7"))
chk("ab1", L, "1.100", A1["b1"], expr=E("1.1"))
L = line_of("The critical observation: $e_1 = -0.500$")
chk("ce1", L, "-0.500", A1["e"][0])
chk("ce2", L, "-2.000", A1["e"][1])
chk("c4x", L, "4", A1["e"][1] / A1["e"][0])
chk("cm1", L, "−1", sgn(A1["e"][0]))
L = line_of("hovering between 1.167 and 1.367")
chk("hov1", L, "1.167", min(r["w1"] for r in A[5:8]))
chk("hov2", L, "1.367", max(r["w1"] for r in A[5:8]))
rows = [("1", "0.700", "1.100", "1.667", "−2.000"), ("2", "0.900", "1.200", "1.167", "−2.000"),
        ("3", "1.033", "1.233", "0.733", "−1.333"), ("4", "1.167", "1.267", "0.544", "−1.333"),
        ("5", "1.300", "1.300", "0.356", "−1.333")]
for k, (ep, wt, bt, lt, gt) in enumerate(rows):
    L = line_of("| %s | %s | %s | %s |" % (ep, wt, bt, lt))
    r = A[k]
    chk("tw%d" % k, L, wt, r["w1"])
    chk("tb%d" % k, L, bt, r["b1"])
    chk("tl%d" % k, L, lt, r["L"])
    chk("tgr%d" % k, L, gt, r["gw"])
L = line_of("| Epochs 6–8 | → oscillates 1.167–1.367")
chk("osc1", L, "1.167", min(r["w1"] for r in A[5:8]))
chk("osc2", L, "1.367", max(r["w1"] for r in A[5:8]))
chk("wst3", line_of("$w^* = 1.500$ — the optimizer never reaches it."), "1.500", wst)
L = line_of("$w$ cycles 1.300 → 1.233 → 1.367 → 1.167")
for k, t in enumerate(["1.300", "1.233", "1.367", "1.167"]):
    chk("cyc%d" % k, L, t, A[4 + k]["w1"])
chk("l7", L, "0.267", A[6]["L"])
chk("l8", L, "0.366", A[7]["L"],
    why="")
L = line_of("- MSE after Epoch 1: $w = 1.300$, gradient = −8.000")
chk("cm_w1", L, "1.300", M[0]["w1"])
chk("cm_g1", L, "−8.000", M[0]["gw"])
L = line_of("- MSE after Epoch 2: $w = 1.220$, gradient = **+0.799**")
chk("cm_w2", L, "1.220", M[1]["w1"])
chk("cm_g2", L, "+0.799", M[1]["gw"])
chk("cm_10x", L, "10", M[0]["gw"] / M[1]["gw"] * -1)
chk("wst4", line_of("- MSE thereafter: smooth, ever-shrinking steps toward $w^* = 1.500$"), "1.500", wst)
L = line_of("| 1 | **8.000** (errors huge) | **2.000** |")
chk("gm1", L, "8.000", abs(M[0]["gw"]))
chk("ga1", L, "2.000", abs(A[0]["gw"]))
L = line_of("| 2 | **0.799** (10× smaller!) | **2.000** (unchanged) |")
chk("gm2", L, "0.799", abs(M[1]["gw"]))
chk("gm2x", L, "10", M[0]["gw"] / M[1]["gw"] * -1)
chk("ga2", L, "2.000", abs(A[1]["gw"]))
L = line_of("| 8 | ~0.03 (nearly zero) | **2.000** (still the same) |")
chk("gm8", L, "0.03", abs(M[7]["gw"]),
    why="the MSE run's |dL/dw| at epoch 8 is 0.0578 (0.0564 after the 8th update): about 0.06, not 0.03")
chk("ga8", L, "2.000", abs(A[7]["gw"]))

NOTES = ("Two by-hand gradient-descent walkthroughs on the same three points: two epochs on MSE (section 6.3) and "
         "eight epochs on MAE (section 6.6, five tabulated, epochs 6-8 summarised), then a table of gradient "
         "magnitudes. Everything is right except the last table's MSE entry for epoch 8, '~0.03 (nearly zero)': "
         "the MSE run's |dL/dw| at epoch 8 is 0.0578 (0.0564 after the 8th update), so about 0.06 - wrong, first "
         "(the MSE gradient does not shrink monotonically either: -0.16, -0.053, -0.063, ... from epoch 3). Close "
         "calls: epoch 2's sum 1.198 and gradient +0.799 are 0.002 and 0.001 from the exact 1.2 and 0.8 but follow "
         "from the printed three-decimal errors; '(0.267 -> 0.366)' for the MAE at epochs 7 and 8 is one unit from "
         "the exact 0.3667 (right by rule b), although the prose says the loss rises at epoch 7, where it falls "
         "(0.300 -> 0.267; prose, not judged). '10x smaller' is 8.000/0.799 = 10.0 and '4x larger' 2.000/0.500 = 4: "
         "judged as printed integers. The excerpt's line 83 ('a $0.03 error and a $2.00 error') is an illustration, "
         "not a computed number.")

if __name__ == "__main__":
    report_and_write()
