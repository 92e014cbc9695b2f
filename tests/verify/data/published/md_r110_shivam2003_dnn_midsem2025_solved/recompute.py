#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of the worked answers of
"DNN Mid-Semester Examination (December 2025) - Solved" (shivam2003-dev/mid_sem1_exam_notes,
docs/dnn/papers/2025-midsem-regular-solved.md): Q.1(a) perceptron step, Q.2(a) batch gradient descent for linear
regression, Q.3(a) logistic regression forward pass / gradient / update, Q.4(a) softmax + cross-entropy,
Q.5(a) forward pass of a 2-2-1 ReLU/sigmoid network with binary cross-entropy.

Plain Python 3 (decimal at 60 digits); does not import nnwalk.

Judging rule (p a printed number, u one unit in its last digit):
 (a) a number printed as the result of an expression of numbers printed on its line must be what that expression
     gives, redone from those numbers (a rounded earlier result taken anywhere within half a unit of its last
     digit, givens exact), rounded at p's digits - otherwise wrong, first;
 (b) a value printed without working / restated is right within one unit of the true value;
 (c) a value that copies or is computed from a wrong value and is itself off is wrong, propagated.
A line is wrong when any number on it is wrong.
Usage: python3 recompute.py [--write-expected]
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/shivam2003-dev/mid_sem1_exam_notes/blob/e086ec6457e37a002c8694b6dbef7b77f1fbdcc1/"
          "docs/dnn/papers/2025-midsem-regular-solved.md")
LICENSE = ("none (README's 'License' section only says 'This repository contains educational materials for exam "
           "preparation.'); doc.md is an excerpt of only the worked parts Q.1(a), Q.2(a), Q.3(a), Q.4(a), Q.5(a), "
           "line for line, prose-only lines removed")
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


def ln(x):
    return D(x).ln()


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    return abs(D(p) - rnd(x, p)) <= unit(p)


def half(p):
    """interval of values a printed rounded operand may stand for"""
    u = unit(p) / 2
    return (D(p) - u, D(p) + u)


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, ops=None, up=(), why=""):
    """ops: (lo, hi) interval of the expression redone from the numbers printed on the line (rule a), or None for a
    value printed without working / restated (rule b). up: ids of the values this one is computed from."""
    assert printed in DOC[line - 1], (line, printed, DOC[line - 1])
    p = D(printed)
    if ops is not None:
        lo, hi = min(ops), max(ops)
        plo, phi = p - unit(p) / 2, p + unit(p) / 2
        ops_ok = not (hi < plo or lo > phi)
    else:
        ops_ok = True
    upwrong = any(STATUS[u] == "wrong" for u in up)
    if not ops_ok:
        st, kind = "wrong", "first"
    elif near(p, true):
        st, kind = "right", None
    elif upwrong:
        st, kind = "wrong", "propagated"
    elif ops is not None:
        st, kind = "right", None  # follows from printed correct operands (rules a and b)
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), status=st, kind=kind, why=why,
                       correct=str(rnd(true, p))))


def finish(source, license_, notes):
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:110]))
        for c in cs:
            print("            %-12s printed %-10s true %.8g -> %s%s" % (
                c["id"], c["printed"], c["true"], c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kind = "first" if any(c["kind"] == "first" for c in bad) else "propagated"
            wrong.append(dict(line=n, page=None, printed=", ".join(c["printed"] for c in bad),
                              correct=", ".join(c["correct"] for c in bad), kind=kind,
                              why="; ".join(c["why"] for c in bad)))
        else:
            right.append(n)
    nf = sum(1 for w in wrong if w["kind"] == "first")
    print("\n%d wrong lines (%d first, %d propagated), %d right lines" % (len(wrong), nf, len(wrong) - nf, len(right)))
    if "--write-expected" in sys.argv:
        out = {"file": DOCFILE, "format": FORMAT, "source": source, "license": license_, "wrong": wrong,
               "right": right, "notes": notes}
        (HERE / "expected.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote expected.json")


def iv(f, *ops):
    """interval of f over the corners of the operand intervals (f monotone in each operand here)"""
    import itertools
    vals = [f(*c) for c in itertools.product(*ops)]
    return (min(vals), max(vals))


def ex(x):
    return (D(x), D(x))


# ---------------- Q.1(a) perceptron ----------------
L = line_of("z = 0.5(1) + (-0.3)(1) + 0.4(2)")
chk("q1_08", L, "0.8", D("0.8"), ex("0.8"), why="0.4*2 = 0.8")
chk("q1_z", L, "1.0", D("1.0"), ex("1.0"), why="z = 0.5 - 0.3 + 0.8 = 1.0")
chk("q1_zr", line_of("Since $z = 1.0"), "1.0", D(1), up=("q1_z",))
chk("q1_yh", line_of("$$\\hat{y} = 1$$"), "1", D(1), up=("q1_z",), why="step(1.0) = 1")
chk("q1_yhr", line_of("Predicted label: $\\hat{y} = 1$"), "1", D(1), up=("q1_yh",))
chk("q1_e", line_of("Error: $e = y - \\hat{y} = 1 - 1 = 0$"), "0", D(0), ex(0), why="e = 1 - 1 = 0")
chk("q1_w0", line_of("w_0^{new} = 0.5 + 0.1(0)(1) = 0.5"), "0.5", D("0.5"), ex("0.5"))
chk("q1_w1", line_of("w_1^{new} = -0.3 + 0.1(0)(1) = -0.3"), "-0.3", D("-0.3"), ex("-0.3"))
chk("q1_w2", line_of("w_2^{new} = 0.4 + 0.1(0)(2) = 0.4"), "0.4", D("0.4"), ex("0.4"))
L = line_of("**Answer:** $z = 1.0$")
chk("q1_az", L, "1.0", D(1), up=("q1_z",))

# ---------------- Q.2(a) linear regression, batch GD ----------------
L = line_of("Example 1: $\\hat{y}_1 = 50 + 8(10)")
chk("q2_80", L, "80", D(80), ex(80)); chk("q2_y1", L, "130", D(130), ex(130))
L = line_of("Example 2: $\\hat{y}_2 = 50 + 8(20)")
chk("q2_160", L, "160", D(160), ex(160)); chk("q2_y2", L, "210", D(210), ex(210))
chk("q2_e1", line_of("Error 1: $e_1 = 130 - 150 = -20$"), "-20", D(-20), ex(-20))
chk("q2_e2", line_of("Error 2: $e_2 = 210 - 250 = -40$"), "-40", D(-40), ex(-40))
L = line_of("[400 + 1600]")
chk("q2_400", L, "400", D(400), ex(400)); chk("q2_1600", L, "1600", D(1600), ex(1600))
chk("q2_2000", L, "2000", D(2000), ex(2000)); chk("q2_J", L, "500", D(500), ex(500), why="J = 2000/4 = 500")
L = line_of("[(-20) + (-40)]")
chk("q2_m60", L, "-60", D(-60), ex(-60)); chk("q2_g0", L, "-30", D(-30), ex(-30))
L = line_of("[(-20)(10) + (-40)(20)]")
chk("q2_e1r", L, "-20", D(-20), up=("q2_e1",)); chk("q2_e2r", L, "-40", D(-40), up=("q2_e2",))
L = line_of("[-200 - 800]")
chk("q2_200", L, "-200", D(-200), ex(-200)); chk("q2_800", L, "800", D(800), ex(800))
chk("q2_1000", L, "-1000", D(-1000), ex(-1000)); chk("q2_g1", L, "-500", D(-500), ex(-500))
L = line_of("w_0^{new} = 50 - 0.01(-30)")
chk("q2_03", L, "0.3", D("0.3"), ex("0.3")); chk("q2_w0", L, "50.3", D("50.3"), ex("50.3"))
L = line_of("w_1^{new} = 8 - 0.01(-500)")
chk("q2_5", L, "5", D(5), ex(5)); chk("q2_w1", L, "13", D(13), ex(13))
L = line_of("Predictions: $\\hat{y}_1 = 130$")
chk("q2_a1", L, "130", D(130), up=("q2_y1",)); chk("q2_a2", L, "210", D(210), up=("q2_y2",))
chk("q2_aJ", line_of("MSE Loss: $J = 500$"), "500", D(500), up=("q2_J",))
L = line_of("Gradients: $\\frac{\\partial J}{\\partial w_0} = -30$")
chk("q2_ag0", L, "-30", D(-30), up=("q2_g0",)); chk("q2_ag1", L, "-500", D(-500), up=("q2_g1",))
L = line_of("Updated weights: $w_0 = 50.3$")
chk("q2_aw0", L, "50.3", D("50.3"), up=("q2_w0",)); chk("q2_aw1", L, "13", D(13), up=("q2_w1",))

# ---------------- Q.3(a) logistic regression ----------------
z3 = D("0.6") * D("0.7") + D("0.8") * D("0.5")
s3 = sig(z3)
L = line_of("$$z = 0.42 + 0.4 = 0.82$$")
chk("q3_042", L, "0.42", D("0.42"), ex("0.42")); chk("q3_z", L, "0.82", z3, ex("0.82"))
L = line_of("\\sigma(0.82) = \\frac{1}{1 + e^{-0.82}}")
chk("q3_e", L, "0.4404", (-z3).exp(), why="e^-0.82 = 0.440432")
chk("q3_den", L, "1.4404", 1 + (-z3).exp(), iv(lambda a: 1 + a, half("0.4404")))
chk("q3_sig", L, "0.6944", s3, iv(lambda a: 1 / a, half("1.4404")),
    why="1/1.4404 = 0.694252 (0.6943); sigma(0.82) = 0.694236 rounds to 0.6942")
chk("q3_pct", line_of("Model predicts 69.44%"), "69.44", 100 * s3, up=("q3_sig",),
    why="restates 0.6944 as 69.44%; sigma(0.82) = 69.42%")
g = s3 - 1
hs = half("0.6944")
for cid, sub, x, res in (("q3_g0", "(0.6944 - 1) \\cdot 1 = -0.3056", None, None),
                         ("q3_g1", "(0.6944 - 1) \\cdot 0.7", D("0.7"), "-0.2139"),
                         ("q3_g2", "(0.6944 - 1) \\cdot 0.5", D("0.5"), "-0.1528")):
    L = line_of(sub)
    chk(cid + "s", L, "0.6944", s3, up=("q3_sig",), why="restates the wrong sigma 0.6944 (0.6942)")
    chk(cid + "d", L, "-0.3056", g, iv(lambda a: a - 1, hs), up=("q3_sig",),
        why="0.6944 - 1 = -0.3056 from the wrong sigma; sigma - 1 = -0.305764 (-0.3058)")
    if x is not None:
        chk(cid, L, res, g * x, iv(lambda a: a * x, half("-0.3056")), up=(cid + "d",),
            why="(sigma - 1)*%s = %.6f" % (x, g * x))
L = line_of("w_0^{new} = 0 - 0.1(-0.3056)")
chk("q3_w0g", L, "-0.3056", g, up=("q3_g0d",), why="restates -0.3056 (-0.3058)")
chk("q3_w0s", L, "0.03056", -g / 10, iv(lambda a: -a / 10, half("-0.3056")), up=("q3_g0d",),
    why="0.1*0.305764 = 0.0305764 (0.03058)")
chk("q3_w0", L, "0.0306", -g / 10, iv(lambda a: a, half("0.03056")), up=("q3_w0s",))
L = line_of("w_1^{new} = 0.6 - 0.1(-0.2139)")
chk("q3_w1g", L, "-0.2139", g * D("0.7"), up=("q3_g1",))
chk("q3_w1s", L, "0.02139", -g * D("0.07"), iv(lambda a: -a / 10, half("-0.2139")), up=("q3_g1",))
chk("q3_w1", L, "0.6214", D("0.6") - g * D("0.07"), iv(lambda a: D("0.6") + a, half("0.02139")), up=("q3_w1s",))
L = line_of("w_2^{new} = 0.8 - 0.1(-0.1528)")
chk("q3_w2g", L, "-0.1528", g * D("0.5"), up=("q3_g2",))
chk("q3_w2s", L, "0.01528", -g * D("0.05"), iv(lambda a: -a / 10, half("-0.1528")), up=("q3_g2",))
chk("q3_w2", L, "0.8153", D("0.8") - g * D("0.05"), iv(lambda a: D("0.8") + a, half("0.01528")), up=("q3_w2s",))
chk("q3_az", line_of("Weighted sum: $z = 0.82$"), "0.82", z3, up=("q3_z",))
chk("q3_as", line_of("Sigmoid probability: $\\sigma(z) = 0.6944$"), "0.6944", s3, up=("q3_sig",),
    why="restates the wrong sigma (0.6942)")
L = line_of("Gradients: $\\nabla w = [")
chk("q3_ag0", L, "-0.3056", g, up=("q3_g0d",), why="restates -0.3056 (-0.3058)")
chk("q3_ag1", L, "-0.2139", g * D("0.7"), up=("q3_g1",))
chk("q3_ag2", L, "-0.1528", g * D("0.5"), up=("q3_g2",))
L = line_of("Updated weights: $w = [")
chk("q3_aw0", L, "0.0306", -g / 10, up=("q3_w0",))
chk("q3_aw1", L, "0.6214", D("0.6") - g * D("0.07"), up=("q3_w1",))
chk("q3_aw2", L, "0.8153", D("0.8") - g * D("0.05"), up=("q3_w2",))

# ---------------- Q.4(a) softmax + cross-entropy ----------------
zs = [D("1.2"), D("2.0"), D("0.5")]
es = [z.exp() for z in zs]
S = sum(es)
P = [e / S for e in es]
for i, (sub, pe) in enumerate((("e^{z_0} = e^{1.2} = 3.3201", "3.3201"), ("e^{z_1} = e^{2.0} = 7.3891", "7.3891"),
                               ("e^{z_2} = e^{0.5} = 1.6487", "1.6487"))):
    chk("q4_e%d" % i, line_of(sub), pe, es[i])
hes = [half("3.3201"), half("7.3891"), half("1.6487")]
chk("q4_S", line_of("\\text{sum} = 3.3201 + 7.3891 + 1.6487 = 12.3579"), "12.3579", S,
    iv(lambda a, b, c: a + b + c, *hes))
hS = half("12.3579")
for i, (num, pp, pc) in enumerate((("3.3201", "0.2686", "26.86"), ("7.3891", "0.5979", "59.79"),
                                   ("1.6487", "0.1335", "13.35"))):
    L = line_of("P(y = %d) = \\frac{%s}{12.3579}" % (i, num))
    chk("q4_p%d" % i, L, pp, P[i], iv(lambda a, b: a / b, half(num), hS),
        why="%s/12.3579 = %.6f; softmax p%d = %.6f" % (num, D(num) / D("12.3579"), i, P[i]))
    chk("q4_c%d" % i, L, pc, 100 * P[i], up=("q4_p%d" % i,), why="restates p%d as a percentage" % i)
L = line_of("**Verification:** $0.2686 + 0.5979 + 0.1335")
for i, pp in enumerate(("0.2686", "0.5979", "0.1335")):
    chk("q4_v%d" % i, L, pp, P[i], up=("q4_p%d" % i,), why="restates p%d" % i)
chk("q4_v", L, "1.0000", D(1), ex(D("0.2686") + D("0.5979") + D("0.1335")))
L = line_of("\\text{CCE} = -[0 \\cdot \\log(0.2686)")
for i, pp in enumerate(("0.2686", "0.5979", "0.1335")):
    chk("q4_l%d" % i, L, pp, P[i], up=("q4_p%d" % i,), why="restates p%d" % i)
L = line_of("= -\\log(0.5979) = -(-0.5148) = 0.5148")
cce = -ln(P[1])
chk("q4_lp", L, "0.5979", P[1], up=("q4_p1",))
chk("q4_ln", L, "-0.5148", -cce, iv(lambda a: ln(a), half("0.5979")),
    why="ln(0.5979) = -0.514332 (-0.5143)")
chk("q4_cce", L, "0.5148", cce, iv(lambda a: -ln(a), half("0.5979")), up=("q4_ln",),
    why="-ln(0.5979) = 0.514332; CCE = -ln(p1) = 0.514295 (0.5143)")
chk("q4_int", line_of("Loss of 0.515 indicates"), "0.515", cce, up=("q4_cce",),
    why="0.515 vs true 0.514")
chk("q4_k0", line_of("Class 0 (Negative): 26.86%"), "26.86", 100 * P[0], up=("q4_c0",), why="restates 26.86% (26.87%)")
chk("q4_k1", line_of("Class 1 (Neutral): **59.79%**"), "59.79", 100 * P[1], up=("q4_c1",))
chk("q4_k2", line_of("Class 2 (Positive): 13.35%"), "13.35", 100 * P[2], up=("q4_c2",), why="restates 13.35% (13.34%)")
L = line_of("Softmax probabilities: $[0.2686, 0.5979, 0.1335]$")
for i, pp in enumerate(("0.2686", "0.5979", "0.1335")):
    chk("q4_a%d" % i, L, pp, P[i], up=("q4_p%d" % i,), why="restates p%d" % i)
chk("q4_acce", line_of("CCE Loss: $0.5148$"), "0.5148", cce, up=("q4_cce",), why="restates 0.5148 (0.5143)")

# ---------------- Q.5(a) 2-2-1 network: ReLU hidden, sigmoid output, BCE ----------------
# the page computes z1_j = row j of W1 . x + b1_j (it writes W^{[1]T} x but multiplies by the rows); followed here
x = (D("1.0"), D("2.0"))
z11 = D("0.5") * x[0] + D("0.3") * x[1] + D("0.1")
z12 = D("-0.2") * x[0] + D("0.8") * x[1] + D("-0.3")
L = line_of("z^{[1]}_1 = 0.5(1.0) + 0.3(2.0) + 0.1")
chk("q5_06", L, "0.6", D("0.6"), ex("0.6")); chk("q5_z11", L, "1.2", z11, ex(z11))
L = line_of("z^{[1]}_2 = -0.2(1.0) + 0.8(2.0)")
chk("q5_16", L, "1.6", D("1.6"), ex("1.6")); chk("q5_z12", L, "1.1", z12, ex(z12))
L = line_of("$$z^{[1]} = \\begin{bmatrix} 1.2 \\\\ 1.1")
chk("q5_zr1", L, "1.2", z11, up=("q5_z11",)); chk("q5_zr2", L, "1.1", z12, up=("q5_z12",))
chk("q5_a11", line_of("a^{[1]}_1 = \\max(0, 1.2) = 1.2"), "1.2", z11, ex(z11))
chk("q5_a12", line_of("a^{[1]}_2 = \\max(0, 1.1) = 1.1"), "1.1", z12, ex(z12))
L = line_of("$$a^{[1]} = \\begin{bmatrix} 1.2 \\\\ 1.1")
chk("q5_ar1", L, "1.2", z11, up=("q5_a11",)); chk("q5_ar2", L, "1.1", z12, up=("q5_a12",))
z2 = D("1.0") * z11 + D("-0.5") * z12 + D("0.2")
L = line_of("z^{[2]} = 1.0(1.2) + (-0.5)(1.1) + 0.2")
chk("q5_055", L, "0.55", D("0.55"), ex("0.55")); chk("q5_z2", L, "0.85", z2, ex(z2))
yh = sig(z2)
L = line_of("\\frac{1}{1 + e^{-0.85}}")
chk("q5_e", L, "0.4274", (-z2).exp())
chk("q5_den", L, "1.4274", 1 + (-z2).exp(), iv(lambda a: 1 + a, half("0.4274")))
chk("q5_yh", L, "0.7007", yh, iv(lambda a: 1 / a, half("1.4274")),
    why="1/1.4274 = 0.700574; sigma(0.85) = 0.700567 (0.7006)")
chk("q5_pct", line_of("Model predicts 70.07%"), "70.07", 100 * yh, up=("q5_yh",), why="restates 0.7007 (70.06%)")
L = line_of("\\text{BCE} = -[1 \\cdot \\log(0.7007)")
chk("q5_l1", L, "0.7007", yh, up=("q5_yh",), why="restates 0.7007 (0.7006)")
bce = -ln(yh)
L = line_of("= -\\log(0.7007) = -(-0.3556) = 0.3556")
chk("q5_l2", L, "0.7007", yh, up=("q5_yh",), why="restates 0.7007 (0.7006)")
chk("q5_ln", L, "-0.3556", -bce, iv(lambda a: ln(a), half("0.7007")), up=("q5_yh",),
    why="ln(0.7007) = -0.355675; BCE = -ln(0.700567) = 0.355865 (0.3559)")
chk("q5_bce", L, "0.3556", bce, iv(lambda a: -ln(a), half("0.7007")), up=("q5_ln",),
    why="BCE = -ln(sigma(0.85)) = 0.355865 (0.3559)")
L = line_of("Hidden pre-activations: $z^{[1]} = [1.2, 1.1]$")
chk("q5_h1", L, "1.2", z11, up=("q5_z11",)); chk("q5_h2", L, "1.1", z12, up=("q5_z12",))
L = line_of("ReLU activations: $a^{[1]} = [1.2, 1.1]$")
chk("q5_r1", L, "1.2", z11, up=("q5_a11",)); chk("q5_r2", L, "1.1", z12, up=("q5_a12",))
chk("q5_ayh", line_of("Output prediction: $\\hat{y} = 0.7007$"), "0.7007", yh, up=("q5_yh",), why="restates 0.7007 (0.7006)")
chk("q5_abce", line_of("BCE Loss: $J = 0.3556$"), "0.3556", bce, up=("q5_bce",), why="restates 0.3556 (0.3559)")

NOTES = ("Q.1(a) and Q.2(a) are clean (exact arithmetic). Q.3(a): 1/1.4404 is printed 0.6944 (it is 0.69425; "
         "sigma(0.82) = 0.69424 -> 0.6942), first; restatements of 0.6944 (two units off) and of -0.3056 / 0.03056 "
         "(true -0.30576 / 0.030576, two units off) are propagated. Close calls judged right by rule (b): -0.2139 and "
         "-0.1528 (true -0.21403, -0.15288: one unit off), 0.02139, 0.01528 and the updated weights. Q.4(a): "
         "3.3201/12.3579 = 0.26866 printed 0.2686 and 1.6487/12.3579 = 0.13341 printed 0.1335 are first (own "
         "division); their later restatements (percentages, verification sum, log arguments, answer list) are one "
         "unit from the true softmax values 0.26866 / 0.13341 and are judged right by rule (b) (close calls). "
         "-ln(0.5979) = 0.5143 printed -0.5148 / 0.5148 (first); 'Loss of 0.515' is within one unit of the true 0.514 "
         "and judged right (close call). 'Predicted class: 1' (argmax) is categorical and not listed. Q.5(a): the page "
         "writes z = W^{[1]T} x + b but multiplies the rows of W^{[1]} by x (W x); that convention is followed. "
         "1/1.4274 = 0.70057 is printed 0.7007 (first); its restatements (70.07%, 0.7007) are one unit from the true "
         "0.70057 and judged right (close calls); -ln(0.7007) printed -0.3556 / 0.3556 is consistent with the printed "
         "operand taken within half a unit but three units from the true BCE 0.3559, so propagated.")
finish(SOURCE, LICENSE, NOTES)
