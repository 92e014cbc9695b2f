#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, the raw notebook
smaxx73/Neural-Network-Course module-3-mathematics-of-learning/session7_logistic_softmax.ipynb ("Session 7:
Logistic regression, softmax and cross-entropy"), a course notebook whose markdown cells work output-layer numbers
by hand: MSE and cross-entropy losses of a confident wrong prediction, the output-unit gradient dL/dz under MSE
(with sigma') and under cross-entropy (y_hat - y), a -log table, a 4-sample BCE, two softmax examples, a 3-sample
categorical cross-entropy, confusion-matrix metrics and the softmax exercise 11.2. Line numbers are 1-based lines of
the raw .ipynb file (grep -n).

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (printed in the notebook): y_hat = 0.99 for a class-0 sample (line 55); y = 1, y_hat = 0.01 (line 315,
z = logit(0.01)); BCE samples (y, y_hat) = (1, 0.9), (0, 0.2), (1, 0.3), (0, 0.8) (lines 401-404); logits
[2.0, 1.0, 0.5] (line 770) and [1.0, 2.0, 3.0] (line 795); CCE correct-class probabilities 0.7, 0.8, 0.5
(lines 973-975); TP = 40, FP = 5, FN = 10, TN = 45 (line 1314); logits [0,0,0], [10,0,0], [100,0,0] (1502-1510).
No weight update is printed in the worked cells.

Judging rule (the corpus's one rule, as in md_gmyhf_gfg_example_zh/recompute.py; p a printed number, u one unit
in its last digit):
  (a) when the line prints p as the result of an expression whose operands are printed on the line, p is right
      only if redoing the expression from those printed operands rounds to exactly p at p's digits (exact=True;
      an operand that is a rounded result printed earlier may lie anywhere within half a unit of its last digit,
      given inputs are exact);
  (b) a value printed without its working (or restated) is right when it is within one unit of its last digit of
      the true value;
  (c) a restated wrong value is wrong (propagated).
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/smaxx73/Neural-Network-Course/blob/57d1b14a5278d0e1b37105652352f76cfe90dd28/"
          "module-3-mathematics-of-learning/session7_logistic_softmax.ipynb")
LICENSE = "MIT (LICENSE in the repository, Copyright (c) 2026 Maxime Nguyen); copied verbatim"

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    return abs(D(p) - rnd(x, p)) <= unit(p)


def ln(x):
    return D(x).ln()


def exp(x):
    return D(x).exp()


CHECKS = []


def chk(cid, line, printed, true, ops=None, lo_hi=None, why=""):
    """Judge one printed number. ops: the value of the line's own expression from its printed operands when the
    operands are exact; lo_hi: the range of that expression when some operands are rounded earlier results."""
    assert printed in DOC[line - 1], (line, printed)
    p = D(printed)
    if lo_hi is not None:
        lo, hi = lo_hi
        ok = rnd(lo, p) <= p <= rnd(hi, p)
    elif ops is not None:
        ok = p == rnd(ops, p)
    else:
        ok = near(p, true)
    st = "right" if ok else "wrong"
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), status=st, why=why,
                       correct=str(rnd(true, p))))


h = D("0.5")  # helper for half-unit ranges


def rng(vals_fn, operands):
    """Range of an expression over its rounded operands (each operand (value, printed) varies by half a unit);
    the expressions used here are monotone in each operand, so the corners give the range."""
    import itertools
    corners = []
    for signs in itertools.product((-1, 1), repeat=len(operands)):
        xs = [D(v) + s * unit(v) / 2 for v, s in zip(operands, signs)]
        corners.append(vals_fn(*xs))
    return min(corners), max(corners)


# line 55: MSE (0 - 0.99)^2 = 0.98 and CE -log(1 - 0.99) = -log(0.01) ~ 4.6
chk("mse_q2", 55, "0.98", D("0.99") ** 2, ops=D("0.99") ** 2)
chk("ce_q2", 55, "4.6", -ln("0.01"), ops=-ln("0.01"))
# line 315: y_hat = sigma(z) = 0.01 so z = ln(0.01/0.99) ~ -4.6
z315 = ln(D("0.01") / D("0.99"))
chk("z_315", 315, "-4.6", z315)
# line 332: MSE gradient 2 x (-0.99) x 0.0099 = -0.0196 (0.0099 = 0.01 x 0.99 exact)
g_mse = 2 * D("-0.99") * D("0.01") * D("0.99")
chk("g_mse", 332, "-0.0196", g_mse, ops=2 * D("-0.99") * D("0.0099"))
# line 334: CE gradient 0.01 - 1 = -0.99
chk("g_ce", 334, "-0.99", D("-0.99"), ops=D("0.01") - 1)
# line 336: "50x larger": 0.99 / 0.0196 = 50.5 (ratio of the true gradients 0.99/0.019602 = 50.5)
chk("ratio", 336, "50", D("0.99") / -g_mse)
# lines 372-377: -log table at two decimals
for ln_no, yh, pv in ((372, "0.99", "0.01"), (373, "0.9", "0.11"), (374, "0.5", "0.69"), (375, "0.1", "2.30"),
                      (376, "0.01", "4.61"), (377, "0.001", "6.91")):
    chk("nlog_%s" % yh, ln_no, pv, -ln(yh))
# lines 401-404: BCE sample losses (printed twice on each row: the -log cell and the Sample Loss cell)
bce_terms = [("0.9", "0.105"), ("0.8", "0.223"), ("0.3", "1.204"), ("0.2", "1.609")]
for k, (arg, pv) in enumerate(bce_terms):
    chk("bce%d" % (k + 1), 401 + k, pv, -ln(arg), ops=-ln(arg))
# line 407: (0.105 + 0.223 + 1.204 + 1.609)/4 = 3.141/4 = 0.785
true_bce_sum = sum(-ln(a) for a, _ in bce_terms)
chk("bce_sum", 407, "3.141", true_bce_sum, ops=D("0.105") + D("0.223") + D("1.204") + D("1.609"))
chk("bce", 407, "0.785", true_bce_sum / 4, ops=D("3.141") / 4)
# line 410: restates sample 4's loss 1.609
chk("bce4_restated", 410, "1.609", -ln("0.2"))
# line 770: e^2.0 = 7.389, e^1.0 = 2.718, e^0.5 = 1.649
for v, pv in (("2.0", "7.389"), ("1.0", "2.718"), ("0.5", "1.649")):
    chk("e%s" % v, 770, pv, exp(v), ops=exp(v))
# line 771: 7.389 + 2.718 + 1.649 = 11.756
s1 = exp(2) + exp(1) + exp(D("0.5"))
chk("sum1", 771, "11.756", s1, lo_hi=rng(lambda a, b, c: a + b + c, ["7.389", "2.718", "1.649"]))
# line 772: 7.389/11.756 = 0.629 etc.
for num, pv, t in (("7.389", "0.629", exp(2) / s1), ("2.718", "0.231", exp(1) / s1),
                   ("1.649", "0.140", exp(D("0.5")) / s1)):
    chk("p_" + num, 772, pv, t, lo_hi=rng(lambda a, b: a / b, [num, "11.756"]))
# line 774: restated P = [0.629, 0.231, 0.140]
for pv, t in (("0.629", exp(2) / s1), ("0.231", exp(1) / s1), ("0.140", exp(D("0.5")) / s1)):
    chk("P_" + pv, 774, pv, t)
# lines 795-797: softmax of [1, 2, 3]
s2 = exp(1) + exp(2) + exp(3)
for v, pv in (("1", "2.718"), ("2", "7.389"), ("3", "20.086")):
    chk("e2_" + v, 795, pv, exp(v))
chk("sum2", 796, "30.193", s2)
for v, pv in (("1", "0.090"), ("2", "0.245"), ("3", "0.665")):
    chk("sm2_" + v, 797, pv, exp(v) / s2)
# line 799: 66.5 %
chk("pct", 799, "66.5", 100 * exp(3) / s2)
# line 801: "from 9% to 66%"
chk("pct9", 801, "9", 100 * exp(1) / s2)
chk("pct66", 801, "66", 100 * exp(3) / s2)
# lines 973-975: -log(0.7), -log(0.8), -log(0.5)
for ln_no, arg, pv in ((973, "0.7", "0.357"), (974, "0.8", "0.223"), (975, "0.5", "0.693")):
    chk("cce_" + arg, ln_no, pv, -ln(arg), ops=-ln(arg))
# line 978: (0.357 + 0.223 + 0.693)/3 = 0.424
true_cce = (-ln("0.7") - ln("0.8") - ln("0.5")) / 3
chk("cce", 978, "0.424", true_cce, lo_hi=rng(lambda a, b, c: (a + b + c) / 3, ["0.357", "0.223", "0.693"]))
# lines 1316-1322: confusion-matrix metrics (TP 40, FP 5, FN 10, TN 45)
chk("acc", 1316, "0.85", D(85) / 100, ops=D(85) / 100)
chk("acc_pct", 1316, "85", D(85), ops=D(85))
chk("prec", 1318, "0.889", D(40) / 45, ops=D(40) / 45)
chk("prec_pct", 1318, "88.9", D(4000) / 45, ops=D(4000) / 45)
chk("rec", 1320, "0.80", D(40) / 50, ops=D(40) / 50)
chk("rec_pct", 1320, "80", D(80), ops=D(80))
P, R = D(40) / 45, D(40) / 50
f1 = 2 * P * R / (P + R)
chk("f1_num", 1322, "0.711", P * R, lo_hi=rng(lambda a, b: a * b, ["0.889", "0.80"]))
chk("f1_den", 1322, "1.689", P + R, lo_hi=rng(lambda a, b: a + b, ["0.889", "0.80"]))
chk("f1", 1322, "0.842", f1, lo_hi=rng(lambda a, b: 2 * a / b, ["0.711", "1.689"]))
chk("f1_pct", 1322, "84.2", 100 * f1)
# lines 1506-1510: exercise 11.2
chk("e10", 1506, "22026", exp(10))
chk("sum10", 1506, "22028", exp(10) + 2)
chk("sm10_1", 1508, "0.9999", exp(10) / (exp(10) + 2))
chk("sm10_2", 1508, "0.00005", 1 / (exp(10) + 2))
chk("e100", 1510, "2.69", exp(100) / D(10) ** 43)


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:100]))
        for c in cs:
            print("            %-12s printed %-10s true %.10g -> %s" % (c["id"], c["printed"], c["true"], c["status"]))
        if bad:
            wrong.append(dict(line=n, page=None, printed=", ".join(c["printed"] for c in bad),
                              correct=", ".join(c["correct"] for c in bad), kind="first",
                              why="; ".join(c["why"] or "does not follow from its operands" for c in bad)))
        else:
            right.append(n)
    print("\n%d wrong lines, %d right lines" % (len(wrong), len(right)))
    return wrong, right


if __name__ == "__main__":
    wrong, right = report()
    if "--write-expected" in sys.argv:
        out = dict(file=DOCFILE, format=FORMAT, source=SOURCE, license=LICENSE, wrong=wrong, right=right)
        (HERE / "expected.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote expected.json")
