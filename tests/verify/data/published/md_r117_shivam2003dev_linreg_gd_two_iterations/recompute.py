#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of Questions 1 and 2 of
"2024 Mid Semester Regular Paper - Complete Solutions" (shivam2003-dev/mid_sem1_exam_notes,
docs/ml/papers/2024-regular-solved.md): two iterations of batch gradient descent for simple linear regression
h = theta0 + theta1 x on (1,2), (2,4), (3,5), (4,4) from theta = (0, 0) with alpha = 0.1, the cost
J = 1/(2m) sum (h - y)^2 after them; then a logistic neuron theta = [0, 1, 1] on x = (1, 0), its class and its
cross-entropy cost for y = 0.

Plain Python (fractions are exact here; decimal at 60 digits for exp/log); does not import nnwalk or the generator.
Page conventions, followed: gradient (1/m) sum (h - y) x (no factor 2), cost with 1/(2m); log is the natural log.

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
SOURCE = ("https://github.com/shivam2003-dev/mid_sem1_exam_notes/blob/e086ec6457e37a002c8694b6dbef7b77f1fbdcc1/"
          "docs/ml/papers/2024-regular-solved.md")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of Questions 1-2 only, line for line: "
           "headings, tables, every line with math ($ and the lines inside $$ blocks) and the answer lines kept "
           "verbatim, prose lines without math removed")
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


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    """rule (b): p within one unit of its last digit of the true value x"""
    return abs(D(p) - rnd(x, p)) <= unit(p)


def R(s):
    """an operand that is a rounded earlier result: anywhere within half a unit of its last digit"""
    h = unit(s) / 2
    return (D(s) - h, D(s) + h)


def E(s):
    """an exact operand (a given, or an exact integer)"""
    return (D(s), D(s))


def span(f, *ops):
    """range of f over the corners of the operand intervals (f is monotone in each operand here)"""
    vals = [f(*c) for c in itertools.product(*[sorted(set(o)) for o in ops])]
    return (min(vals), max(vals))


def within(p, iv):
    """rule (a): p equals the expression redone from the printed operands, rounded at p's digits"""
    lo, hi = iv
    return rnd(lo, p) <= D(p) <= rnd(hi, p)


CHECKS = []
STATUS = {}
PRINTED = {}


def chk(cid, line, printed, true, expr=None, follows=None, up=(), why="", same=None):
    """Judge one printed number.
    expr:    interval of the expression printed on this line redone from its printed operands (rule a);
    follows: interval of the value redone from correct printed operands elsewhere (rule b);
    up:      ids of the checks whose values it is computed from (rule c);
    same:    id of the check whose printed value this line restates (right when that one is right)."""
    if printed.lstrip("-") not in DOC[line - 1]:
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
    elif same is not None and STATUS.get(same) == "right" and D(PRINTED[same]) == D(printed):
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
xs = [D(1), D(2), D(3), D(4)]
ys = [D(2), D(4), D(5), D(4)]
a = D("0.1")
m = 4
t0, t1 = D(0), D(0)
hist = []
for it in range(2):
    h = [t0 + t1 * x for x in xs]
    e = [h[i] - ys[i] for i in range(4)]
    s0 = sum(e)
    s1 = sum(e[i] * xs[i] for i in range(4))
    hist.append(dict(h=h, e=e, s0=s0, s1=s1, t0=t0, t1=t1))
    t0, t1 = t0 - a * s0 / m, t1 - a * s1 / m
hf = [t0 + t1 * x for x in xs]
ef = [hf[i] - ys[i] for i in range(4)]
sq = [v * v for v in ef]
J = sum(sq) / (2 * m)
H0, H1 = hist


def restated(cid, line, texts, trues):
    for k, (t, v) in enumerate(zip(texts, trues)):
        chk("%s%d" % (cid, k), line, t, v)


# Iteration 0
for k in range(4):
    L = line_of("- $h_\\theta(%d) = 0 + 0 \\times %d = 0$" % (k + 1, k + 1))
    chk("h0_%d" % k, L, "0", H0["h"][k], expr=E("0"))
etxt0 = ["-2", "-4", "-5", "-4"]
for k in range(4):
    L = line_of("- $(0 - %s) = %s$" % (ys[k], etxt0[k]), 2 if k == 3 else 1)
    chk("e0_%d" % k, L, etxt0[k], H0["e"][k], expr=E(etxt0[k]))

# Iteration 1
L = line_of(r"\theta_0 := 0 - 0.1 \times \frac{1}{4} \times [(-2) + (-4)")
restated("e0r", L, etxt0, H0["e"])
L = line_of(r"\theta_0 := 0 - 0.1 \times \frac{1}{4} \times (-15)")
chk("s0", L, "-15", H0["s0"], expr=E("-15"))
L = line_of(r"\theta_0 := 0 - 0.1 \times (-3.75)")
chk("g0", L, "-3.75", H0["s0"] / 4, expr=E("-3.75"))
L = line_of(r"\theta_0 := 0 + 0.375 = 0.375")
chk("st0", L, "0.375", -a * H0["s0"] / 4, expr=E("0.375"))
chk("t0_1", L, "0.375", H1["t0"], expr=E("0.375"))
L = line_of(r"\theta_1 := 0 - 0.1 \times \frac{1}{4} \times [(-2) \times 1")
restated("e0r1_", L, etxt0, H0["e"])
L = line_of(r"\theta_1 := 0 - 0.1 \times \frac{1}{4} \times [-2 - 8 - 15 - 16]")
restated("p0_", L, ["-2", "-8", "-15", "-16"], [H0["e"][i] * xs[i] for i in range(4)])
L = line_of(r"\theta_1 := 0 - 0.1 \times \frac{1}{4} \times (-41)")
chk("s1", L, "-41", H0["s1"], expr=E("-41"))
L = line_of(r"\theta_1 := 0 - 0.1 \times (-10.25)")
chk("g1", L, "-10.25", H0["s1"] / 4, expr=E("-10.25"))
L = line_of(r"\theta_1 := 0 + 1.025 = 1.025")
chk("st1", L, "1.025", -a * H0["s1"] / 4, expr=E("1.025"))
chk("t1_1", L, "1.025", H1["t1"], expr=E("1.025"))
L = line_of(r"**After Iteration 1**")
restated("it1_", L, ["0.375", "1.025"], [H1["t0"], H1["t1"]])
htxt1 = ["1.4", "2.425", "3.45", "4.475"]
for k in range(4):
    L = line_of("- $h_\\theta(%d) = 0.375 + 1.025 \\times %d = %s$" % (k + 1, k + 1, htxt1[k]))
    chk("h1_%d" % k, L, htxt1[k], H1["h"][k], expr=E(htxt1[k]))
etxt1 = ["-0.6", "-1.575", "-1.55", "0.475"]
for k in range(4):
    L = line_of("- $(%s - %s) = %s$" % (htxt1[k], ys[k], etxt1[k]))
    chk("e1_%d" % k, L, etxt1[k], H1["e"][k], expr=E(etxt1[k]))

# Iteration 2
L = line_of(r"\theta_0 := 0.375 - 0.1 \times \frac{1}{4} \times [(-0.6)")
restated("e1r", L, etxt1, H1["e"])
L = line_of(r"\theta_0 := 0.375 - 0.1 \times \frac{1}{4} \times (-3.25)")
chk("s0b", L, "-3.25", H1["s0"], expr=E("-3.25"))
L = line_of(r"\theta_0 := 0.375 - 0.1 \times (-0.8125)")
chk("g0b", L, "-0.8125", H1["s0"] / 4, expr=E("-0.8125"))
L = line_of(r"\theta_0 := 0.375 + 0.08125 = 0.45625")
chk("st0b", L, "0.08125", -a * H1["s0"] / 4, expr=E("0.08125"))
chk("t0_2", L, "0.45625", t0, expr=E("0.45625"))
L = line_of(r"\theta_1 := 1.025 - 0.1 \times \frac{1}{4} \times [(-0.6) \times 1")
restated("e1r1_", L, etxt1, H1["e"])
L = line_of(r"\theta_1 := 1.025 - 0.1 \times \frac{1}{4} \times [-0.6 - 3.15 - 4.65 + 1.9]")
restated("p1_", L, ["-0.6", "-3.15", "-4.65", "1.9"], [H1["e"][i] * xs[i] for i in range(4)])
L = line_of(r"\theta_1 := 1.025 - 0.1 \times \frac{1}{4} \times (-6.5)")
chk("s1b", L, "-6.5", H1["s1"], expr=E("-6.5"))
L = line_of(r"\theta_1 := 1.025 - 0.1 \times (-1.625)")
chk("g1b", L, "-1.625", H1["s1"] / 4, expr=E("-1.625"))
L = line_of(r"\theta_1 := 1.025 + 0.1625 = 1.1875")
chk("st1b", L, "0.1625", -a * H1["s1"] / 4, expr=E("0.1625"))
chk("t1_2", L, "1.1875", t1, expr=E("1.1875"))
for sub in (r"**After Iteration 2**", r"**Final Hypothesis**", r"**With $\theta_0 = 0.45625$"):
    restated("fin%d_" % len(sub), line_of(sub), ["0.45625", "1.1875"], [t0, t1])

# cost
htxt2 = ["1.64375", "2.83125", "4.01875", "5.20625"]
for k in range(4):
    L = line_of("- $h_\\theta(%d) = 0.45625 + 1.1875 \\times %d = %s$" % (k + 1, k + 1, htxt2[k]))
    chk("h2_%d" % k, L, htxt2[k], hf[k], expr=E(htxt2[k]))
etxt2 = ["-0.35625", "-1.16875", "-0.98125", "1.20625"]
sqtxt = ["0.1269", "1.3660", "0.9629", "1.4550"]
for k in range(4):
    L = line_of("- $(%s - %s)^2 = (%s)^2 = %s$" % (htxt2[k], ys[k], etxt2[k], sqtxt[k]))
    chk("e2_%d" % k, L, etxt2[k], ef[k], expr=E(etxt2[k]))
    chk("sq_%d" % k, L, sqtxt[k], sq[k], expr=span(lambda v: v * v, E(etxt2[k])))
L = line_of(r"J(\theta) = \frac{1}{2 \times 4} \times (0.1269 + 1.3660 + 0.9629 + 1.4550)")
restated("sqr", L, sqtxt, sq)
L = line_of(r"J(\theta) = \frac{1}{8} \times 3.9108 = 0.48885")
chk("ssum", L, "3.9108", sum(sq), follows=span(lambda *v: sum(v), *[R(t) for t in sqtxt]))
chk("J", L, "0.48885", J, expr=span(lambda v: v / 8, R("3.9108")), up=("ssum",))
chk("J2", line_of(r"**Answer**: $J(\theta) = 0.48885$"), "0.48885", J)

# Question 2
z = D(0) * 1 + D(1) * 1 + D(1) * 0
hq = sig(z)
cost = -(1 - hq).ln()
L = line_of(r"z = \theta^T x = 0 \times 1 + 1 \times 1 + 1 \times 0")
chk("z", L, "1", z, expr=E("1"))
L = line_of(r"\frac{1}{1 + 0.3679} = \frac{1}{1.3679} = 0.731")
chk("ez", L, "0.3679", (-z).exp(), expr=span(lambda v: (-v).exp(), E("1")))
chk("den", L, "1.3679", 1 + (-z).exp(), expr=span(lambda v: 1 + v, R("0.3679")))
chk("hq", L, "0.731", hq, expr=span(lambda v: 1 / v, R("1.3679")))
chk("hq2", line_of(r"**Answer**: $h_\theta(x) = 0.731$"), "0.731", hq)
chk("hq3", line_of(r"Since $h_\theta(x) = 0.731 \geq 0.5$"), "0.731", hq)
chk("cls", line_of("Predicted class = **1**"), "1", 1 if hq >= D("0.5") else 0)
L = line_of(r"-\log(1 - 0.731) = -\log(0.269) = -(-1.313) = 1.313")
chk("hq4", L, "0.731", hq)
chk("om", L, "0.269", 1 - hq, expr=span(lambda v: 1 - v, R("0.731")))
chk("lg", L, "-1.313", (1 - hq).ln(), expr=span(lambda v: v.ln(), R("0.269")))
chk("cost", L, "1.313", cost, expr=span(lambda v: -v, R("-1.313")))
chk("cost2", line_of("Cost = **1.313**"), "1.313", cost)

NOTES = ("Two solved exam questions: two batch gradient-descent iterations of simple linear regression (exact "
         "decimals throughout) and the cost after them, then one logistic-neuron forward pass with its class and "
         "cross-entropy cost. Every printed number is right: a clean document, for false alarms. Conventions "
         "followed: gradient (1/m) sum (h - y) x without the factor 2, cost 1/(2m) sum (h - y)^2, natural log. "
         "Close calls: none beyond rounding - 0.1269, 1.3660, 0.9629, 1.4550 are the squares rounded to four "
         "places, and their sum 3.9108 / 8 = 0.48885 exactly (the exact J is 0.48884765625, which rounds to "
         "0.48885). Lines that restate earlier results (e.g. the error lists inside the update formulas) are "
         "listed as right.")

if __name__ == "__main__":
    report_and_write()
