#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of Q1 of
"Machine Learning - Mid-Semester Examination (December 2025) - Solved" (shivam2003-dev/mid_sem1_exam_notes,
docs/ml/papers/2025-midsem-regular-solved.md): mean imputation, z-score normalisation, one batch gradient-descent
step of logistic regression (theta = [0.1]*4, alpha = 0.01, 5 examples), the cross-entropy loss after the step.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens: the training table (batsmen 7, 5, ?, 8, 4; runs 820..900; wickets 40..56; y = 1, 0, 1, 1, 0), theta0 = 0.1
for all four weights, alpha = 0.01. The page's conventions, followed here: Team C's missing value is imputed by the
mean 6.0; z-scores use the population standard deviation; J is the mean binary cross-entropy with natural log;
gradient dJ/dtheta_j = (1/m) sum (h_i - y_i) x_ij; theta <- theta - alpha * gradient.
True values: everything recomputed exactly from the givens (the z-scores exactly +-sqrt(2), +-sqrt(2)/2).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on that line: p must be the expression
      redone from those numbers, rounded at p's digits (an operand that is a rounded earlier result anywhere within
      half a unit of its last digit; givens exact) - otherwise wrong, first;
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
          "docs/ml/papers/2025-midsem-regular-solved.md")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of Q1 only, line for line: the title line, "
           "headings, tables and every line with math ($) kept verbatim, prose lines without math removed")
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
S2 = D(2).sqrt()
bats = [D(7), D(5), D(6), D(8), D(4)]
zr = [-S2, -S2 / 2, D(0), S2 / 2, S2]          # runs and wickets have the same z-scores
y = [1, 0, 1, 1, 0]
X = [(D(1), bats[i], zr[i], zr[i]) for i in range(5)]
th0 = [D("0.1")] * 4
alpha = D("0.01")
z1 = [sum(a * b for a, b in zip(th0, x)) for x in X]
h1 = [sig(z) for z in z1]
err = [h1[i] - y[i] for i in range(5)]
g = [sum(err[i] * X[i][j] for i in range(5)) / 5 for j in range(4)]
th1 = [th0[j] - alpha * g[j] for j in range(4)]
z2 = [sum(a * b for a, b in zip(th1, x)) for x in X]
h2 = [sig(z) for z in z2]
lnterm = [(h2[i] if y[i] == 1 else 1 - h2[i]).ln() for i in range(5)]
J = -sum(lnterm) / 5
T = "ABCDE"

# ---------------------------------------------------------------- Q1(a), Q1(b)
L = line_of("**Mean:** $(7 + 5 + 8 + 4) / 4")
chk("sum", L, "24", 24, expr=E("24"))
chk("mean", L, "6.0", 6, expr=span(lambda a: a / 4, E("24")))
L = line_of("Median = $(5 + 7) / 2 = 6.0$")
chk("median", L, "6.0", 6, expr=E("6"))
chk("imp", line_of('"Mean Batsmen Played" = **6.0**'), "6.0", 6)
L = line_of(r"\mu_{\text{runs}} =")
chk("sr", L, "4300", 4300, expr=E("4300"))
chk("mr", L, "860", 860, expr=E("860"))
L = line_of(r"$$= \sqrt{\frac{(-40)^2 + (-20)^2")
for k, t in enumerate(["-40", "-20", "20", "40"]):
    chk("dr%d" % k, L, t, D(t))
L = line_of(r"$$= \sqrt{\frac{1600 + 400 + 0 + 400 + 1600}{5}}")
chk("sqr", L, "4000", 4000, expr=E("4000"))
chk("var_r", L, "800", 800, expr=E("800"))
chk("sd_r", L, "28.2843", D(800).sqrt(), expr=span(lambda a: a.sqrt(), E("800")))
for k, (raw, d, zt) in enumerate([(820, "-40", "-1.4142"), (840, "-20", "-0.7071"), (860, "0", "0.0000"),
                                  (880, "20", "0.7071"), (900, "40", "1.4142")]):
    L = line_of("- Team %s: $(%d - 860) / 28.2843" % (T[k], raw))
    chk("zr%d" % k, L, zt, zr[k], expr=span(lambda a, b: a / b, E(d), R("28.2843")), up=("sd_r",))
L = line_of(r"\mu_{\text{wickets}} =")
chk("sw", L, "240", 240, expr=E("240"))
chk("mw", L, "48", 48, expr=E("48"))
L = line_of(r"$$= \sqrt{\frac{64 + 16 + 0 + 16 + 64}{5}}")
chk("sqw", L, "160", 160, expr=E("160"))
chk("var_w", L, "32", 32, expr=E("32"))
chk("sd_w", L, "5.6569", D(32).sqrt(), expr=span(lambda a: a.sqrt(), E("32")))
for k, (raw, d, zt) in enumerate([(40, "-8", "-1.4142"), (44, "-4", "-0.7071"), (48, "0", "0.0000"),
                                  (52, "4", "0.7071"), (56, "8", "1.4142")]):
    L = line_of("- Team %s: $(%d - 48) / 5.6569" % (T[k], raw))
    chk("zw%d" % k, L, zt, zr[k], expr=span(lambda a, b: a / b, E(d), R("5.6569")), up=("sd_w",))
for k, zt in enumerate(["-1.4142", "-0.7071", "0.0000", "0.7071", "1.4142"]):
    L = line_of("| %s | %d | %s | %s |" % (T[k], bats[k], zt, zt))
    chk("tab%d" % k, L, zt, zr[k])
chk("tabC6", line_of("| C | 6 | 0.0000"), "6", 6)
chk("mr2", line_of("**Mean for Total Runs:** $\\mu = 860$"), "860", 860)
chk("sdr2", line_of("**Std Dev for Total Runs:** $\\sigma = 28.28$"), "28.28", D(800).sqrt())
chk("mw2", line_of("**Mean for Total Wickets:** $\\mu = 48$"), "48", 48)
chk("sdw2", line_of("**Std Dev for Total Wickets:** $\\sigma = 5.66$"), "5.66", D(32).sqrt())

# ---------------------------------------------------------------- Q1(c) step 1: predictions
zs = ["-1.4142", "-0.7071", "0", "0.7071", "1.4142"]
prod_txt = ["0.14142", "0.07071", None, "0.07071", "0.14142"]
z_txt = ["0.51716", "0.45858", "0.7", "1.04142", "0.78284"]
h_txt = ["0.6265", "0.6127", "0.6682", "0.7391", "0.6863"]
for k in range(5):
    L = line_of("$$z_%s = 0.1(1) + 0.1(%d) + 0.1(%s)" % (T[k], bats[k], zs[k]))
    if k != 2:
        chk("zin%d" % k, L, zs[k], zr[k])
    else:
        chk("zinC", L, "6", 6)
    L = L + 1
    if prod_txt[k]:
        chk("p1_%d" % k, L, prod_txt[k], abs(D("0.1") * zr[k]), follows=span(lambda a: a / 10, R(zs[k])))
        sgn = 1 if k > 2 else -1
        chk("z1_%d" % k, L, z_txt[k], z1[k],
            expr=span(lambda a: D("0.1") + D("0.1") * bats[k] + 2 * sgn * a, R(prod_txt[k])),
            up=("p1_%d" % k,))
    else:
        chk("z1_%d" % k, L, z_txt[k], z1[k], expr=E("0.7"))
    L = line_of("$$h_%s = \\sigma(%s)" % (T[k], z_txt[k]))
    if k == 0:
        chk("den_A", L, "1.59534", 1 + (-z1[0]).exp(), expr=span(lambda a: 1 + (-a).exp(), R("0.51716")),
            why="1 + e^{-0.51716} = 1.59621, not 1.59534 (and 1/1.59534 = 0.6268, not 0.6265)")
        chk("h1_%d" % k, L, h_txt[k], h1[k], expr=span(lambda a: 1 / a, R("1.59534")), up=("den_A",),
            why="1/1.59534 = 0.6268, not 0.6265 (0.6265 is sigma(0.51716) itself; the line's two expressions "
                "disagree)")
    else:
        chk("h1_%d" % k, L, h_txt[k], h1[k], expr=span(sig, R(z_txt[k])), up=("z1_%d" % k,))

# step 2: errors
e_txt = ["-0.3735", "0.6127", "-0.3318", "-0.2609", "0.6863"]
for k in range(5):
    L = line_of("- Team %s: $%s - %d = %s$" % (T[k], h_txt[k], y[k], e_txt[k]))
    chk("hr%d" % k, L, h_txt[k], h1[k])
    chk("e%d" % k, L, e_txt[k], err[k], expr=span(lambda a: a - y[k], R(h_txt[k])))

# step 3: gradients
L = line_of(r"\frac{\partial J}{\partial \theta_0} = \frac{1}{5}(-0.3735")
for k in range(5):
    chk("g0e%d" % k, L, e_txt[k], err[k])
L = line_of(r"$$= \frac{1}{5}(0.3328) = 0.06656$$")
chk("g0s", L, "0.3328", 5 * g[0], follows=span(lambda *a: sum(a), *[R(t) for t in e_txt]))
chk("g0", L, "0.06656", g[0], expr=span(lambda a: a / 5, R("0.3328")), up=("g0s",))
L = line_of(r"\frac{\partial J}{\partial \theta_1} = \frac{1}{5}[(-0.3735)(7)")
for k in range(5):
    chk("g1e%d" % k, L, e_txt[k], err[k])
p1 = ["-2.6145", "3.0635", "-1.9908", "-2.0872", "2.7452"]
L = line_of(r"$$= \frac{1}{5}[-2.6145 + 3.0635")
for k in range(5):
    chk("g1p%d" % k, L, p1[k].lstrip("-"), abs(err[k] * bats[k]),
        follows=span(lambda a: abs(a * bats[k]), R(e_txt[k])))
L = line_of(r"$$= \frac{1}{5}(-0.8838) = -0.17676$$")
chk("g1s", L, "-0.8838", 5 * g[1], follows=span(lambda *a: sum(a), *[R(t) for t in p1]))
chk("g1", L, "-0.17676", g[1], expr=span(lambda a: a / 5, R("-0.8838")), up=("g1s",))
p2 = ["0.5282", "-0.4333", "-0.1845", "0.9706"]
p2_true = [err[0] * zr[0], err[1] * zr[1], err[3] * zr[3], err[4] * zr[4]]
p2_ops = [(0, "-1.4142"), (1, "-0.7071"), (3, "0.7071"), (4, "1.4142")]
for rep in (1, 2):
    L = line_of(r"\frac{\partial J}{\partial \theta_%d} = \frac{1}{5}[(-0.3735)(-1.4142)" % (rep + 1))
    for k in (0, 1, 3, 4):
        chk("g%de%d" % (rep + 1, k), L, e_txt[k], err[k])
L = line_of(r"$$= \frac{1}{5}[0.5282 - 0.4333 + 0 - 0.1845 + 0.9706]$$")
for k in range(4):
    i, zt = p2_ops[k]
    chk("g2p%d" % k, L, p2[k].lstrip("-"), abs(p2_true[k]),
        follows=span(lambda a, b: abs(a * b), R(e_txt[i]), R(zt)))
for nth in (1, 2):
    L = line_of(r"$$= \frac{1}{5}(0.8810) = 0.17620$$", nth)
    chk("g%ds" % (nth + 1), L, "0.8810", 5 * g[2], follows=span(lambda *a: sum(a), *[R(t) for t in p2]))
    chk("g%d" % (nth + 1), L, "0.17620", g[nth + 1], expr=span(lambda a: a / 5, R("0.8810")),
        up=("g%ds" % (nth + 1),))

# step 4: updates
upd = [("0", "0.06656", "0.0006656", "0.09933", "-"), ("1", "-0.17676", "0.0017676", "0.10177", "+"),
       ("2", "0.17620", "0.0017620", "0.09824", "-"), ("3", "0.17620", "0.0017620", "0.09824", "-")]
for j, gt, st, nt, sg in upd:
    L = line_of(r"$$\theta_%s^{\text{new}} = 0.1 - 0.01(%s)" % (j, gt))
    J_ = int(j)
    chk("gr%s" % j, L, gt, g[J_], same="g%s" % j)
    chk("st%s" % j, L, st, abs(alpha * g[J_]), expr=span(lambda a: abs(a) / 100, R(gt)), up=("g%s" % j,))
    chk("th%s" % j, L, nt, th1[J_], expr=(D("0.1") - D(st), D("0.1") - D(st)) if sg == "-" else
        (D("0.1") + D(st), D("0.1") + D(st)), up=("st%s" % j,))
th_txt = ["0.09933", "0.10177", "0.09824", "0.09824"]
for nth in (1, 2):
    L = line_of("0.09933, 0.10177, 0.09824, 0.09824]", nth)
    for j in range(4):
        chk("thr%d%d" % (nth, j), L, th_txt[j], th1[j])

# Q1(d): predictions after the step
b_txt = ["0.71239", "0.50885", None, "0.81416", "0.40708"]
q_txt = ["0.13888", "0.06947", None, "0.06947", "0.13888"]
z2_txt = ["0.53396", "0.46924", "0.70995", "1.05243", "0.78417"]
h2_txt = ["0.6304", "0.6152", "0.6704", "0.7412", "0.6866"]
for k in range(5):
    L = line_of("$$z_%s = 0.09933 + 0.10177(%d)" % (T[k], bats[k]))
    for j in range(4):
        chk("z2in%d%d" % (k, j), L, th_txt[j] if j < 2 else ("0.09824" if k != 2 else "0.10177"), th1[j] if
            (j < 2 or k != 2) else th1[1])
    if k != 2:
        chk("z2zs%d" % k, L, zs[k].lstrip("-"), abs(zr[k]))
        L = L + 1
        chk("b%d" % k, L, b_txt[k], th1[1] * bats[k], follows=span(lambda a: a * bats[k], R("0.10177")))
        chk("q%d" % k, L, q_txt[k], abs(th1[2] * zr[k]),
            follows=span(lambda a, b: a * b, R("0.09824"), R(zs[k].lstrip("-"))),
            why=("0.09824 x 1.4142 = 0.13893, not 0.13888 (true theta2*sqrt(2) = 0.13893)" if q_txt[k] == "0.13888"
                 else ""))
        sgn = 1 if k > 2 else -1
        chk("z2_%d" % k, L, z2_txt[k], z2[k],
            expr=span(lambda a, b, c: a + b + 2 * sgn * c, R("0.09933"), R(b_txt[k]), R(q_txt[k])),
            up=("q%d" % k, "b%d" % k),
            why="z_%s = %s" % (T[k], rnd(z2[k], D("0.00001"))))
    else:
        chk("z2_%d" % k, L, z2_txt[k], z2[k],
            expr=span(lambda a, b: a + 6 * b, R("0.09933"), R("0.10177")))
    L = line_of("$$h_%s = \\sigma(%s) = %s$$" % (T[k], z2_txt[k], h2_txt[k]))
    chk("z2r%d" % k, L, z2_txt[k], z2[k], up=("z2_%d" % k,), same="z2_%d" % k)
    chk("h2_%d" % k, L, h2_txt[k], h2[k], expr=span(sig, R(z2_txt[k])), up=("z2r%d" % k,))

# loss
L = line_of(r"$$J = -\frac{1}{5}[1 \cdot \log(0.6304) + 0 \cdot \log(1-0.6304)")
chk("Lh0", L, "0.6304", h2[0])
L = line_of(r"\log(1-0.6152) + \log(0.6704) + \log(0.7412) + \log(1-0.6866)")
for k in range(5):
    chk("Lh%d_" % k, L, h2_txt[k], h2[k])
L = line_of(r"\log(0.3848) + \log(0.6704) + \log(0.7412) + \log(0.3134)")
one_minus = ["0.6304", "0.3848", "0.6704", "0.7412", "0.3134"]
for k in range(5):
    chk("om%d" % k, L, one_minus[k], h2[k] if y[k] else 1 - h2[k],
        follows=span(lambda a: a if y[k] else 1 - a, R(h2_txt[k])))
ln_txt = ["-0.4605", "-0.9545", "-0.3998", "-0.2995", "-1.1616"]
L = line_of(r"$$= -\frac{1}{5}[-0.4605 - 0.9545")
for k in range(5):
    chk("ln%d" % k, L, ln_txt[k], lnterm[k],
        follows=span(lambda a: a.ln(), R(one_minus[k])),
        why="ln(%s) = %s" % (one_minus[k], rnd(D(one_minus[k]).ln(), D("0.0001"))))
L = line_of(r"$$= -\frac{1}{5}(-3.2759) = 0.6552$$")
chk("lsum", L, "-3.2759", sum(lnterm), follows=span(lambda *a: sum(a), *[R(t) for t in ln_txt]),
    up=tuple("ln%d" % k for k in range(5)),
    why="the sum of the true logs is -3.2761; -3.2759 adds the three wrong logs")
chk("J", L, "0.6552", J, expr=span(lambda a: -a / 5, R("-3.2759")), up=("lsum",))
chk("J2", line_of("Cross-Entropy Loss = **0.655**"), "0.655", J)

# Q1(e)
chk("hD", line_of("$$h_D = 0.7412$$"), "0.7412", h2[3])
L = line_of("**0.741 or 74.1%**")
chk("hD2", L, "0.741", h2[3])
chk("hD3", L, "74.1", 100 * h2[3])
chk("hD4", line_of("Since 0.741 > 0.5"), "0.741", h2[3])

NOTES = ("Q1 of a solved mid-semester paper: one batch gradient-descent step of logistic regression on five teams "
         "(4 weights, alpha 0.01) and the loss after it. The step itself is right (errors, the four gradients and "
         "updates agree with the exact values within a unit or follow from the printed operands). Wrong: h_A's "
         "line prints 1 + e^{-0.51716} = 1.59534 (true 1.59621) and 1/1.59534 = 0.6265 (that quotient is 0.6268; "
         "0.6265 is the right sigmoid, so nothing downstream suffers); after the step theta2 x 1.4142 is printed "
         "0.13888 twice for 0.13893 (z_A 0.53396 for 0.53385, z_E 0.78417 for 0.78426; the sigmoids 0.6304 and "
         "0.6866 are still right within a unit); three of the five logs in the loss are wrong (ln 0.6304 = "
         "-0.4614 not -0.4605, ln 0.3848 = -0.9550 not -0.9545, ln 0.3134 = -1.1603 not -1.1616), so their sum "
         "-3.2759 (true -3.2761) is wrong (propagated) while J = 0.6552 happens to be right. Close calls: "
         "-0.4333 (0.6127 x -0.7071 = -0.43324) is one unit off and within what the rounded operands allow; "
         "-0.17676, 0.17620 and 1.05243 are 2-3 units from the exact values but follow from the printed operands; "
         "ln 0.6704 printed -0.3998 for -0.3999 (one unit). The page uses log for the natural logarithm.")

if __name__ == "__main__":
    report_and_write()
