#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, smaxx73/Neural-Network-Course
module-2-learning-without-calculus/session4_solutions.ipynb (verbatim, MIT): the solutions notebook of a course
session on multi-layer perceptrons. Its Markdown cells work by hand the forward pass of the classic 2-2-1 sigmoid
XOR network (weights 20, 20 / 20, 20, biases -10, -30; output weights 20, -20, bias -10) for the inputs (0,1) and
(1,1), a 2-2-1 ReLU/sigmoid forward pass for input [2, 3], parameter counts, and an "Expected results" block that
states what the activation-comparison code cell prints for the four XOR inputs.
`line` numbers are 1-based lines of the raw .ipynb JSON file (as `grep -n` shows them).

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line that prints p as the result of an expression of numbers printed on that line is right only when
      redoing it from those printed numbers rounds to p at p's digits (an operand that is a rounded result printed
      earlier may be taken anywhere within half a unit of its last digit; a given is exact) - otherwise wrong, first;
  (b) a value printed without its working (or restated) is right within one unit of its last digit of the true
      value, or when it follows from printed correct operands;
  (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off is wrong,
      propagated.
A line is wrong when any number on it is wrong.

Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/smaxx73/Neural-Network-Course/blob/57d1b14a5278d0e1b37105652352f76cfe90dd28/"
          "module-2-learning-without-calculus/session4_solutions.ipynb")
LICENSE = "MIT (repository LICENSE, Copyright (c) 2026 Maxime Nguyen); doc.ipynb is the notebook verbatim, byte for byte"
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


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, ops=None, ops_range=None, up=(), why="", exact_print=None, exact=False):
    """Judge one printed number.
    ops       : the value the line's own printed operands give (rule a), None for a value printed without working;
    ops_range : (lo, hi) when an operand is a rounded earlier result (rule a with half-a-unit slack);
    up        : ids of the checks this value is computed from (for rule c);
    exact     : a discrete value (a 0/1 prediction, an accuracy over four cases) must equal the true one."""
    text = DOC[line - 1]
    assert (exact_print or printed) in text, (line, printed, text)
    p = D(printed)
    if ops_range is not None:
        lo, hi = ops_range
        own_ok = rnd(lo, p) <= p <= rnd(hi, p)
    elif ops is not None:
        own_ok = rnd(ops, p) == p
    else:
        own_ok = None
    true_ok = (p == D(true)) if exact else abs(p - rnd(true, p)) <= unit(p)
    upstream_bad = any(STATUS[u] == "wrong" for u in up)
    if own_ok is False:
        st, kind = "wrong", "first"
    elif own_ok is True:
        # follows from its printed operands; right unless those operands are wrong and the value is off
        if upstream_bad and not true_ok:
            st, kind = "wrong", "propagated"
        else:
            st, kind = "right", None
    else:
        if true_ok:
            st, kind = "right", None
        elif upstream_bad:
            st, kind = "wrong", "propagated"
        else:
            st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), status=st, kind=kind,
                       why=why, correct=str(rnd(true, p)) if st == "wrong" else None))


# ---------------- givens (Markdown text and the code cells' weights) ----------------
W1 = [[D(20), D(20)], [D(20), D(20)]]
B1 = [D(-10), D(-30)]
W2 = [D(20), D(-20)]
B2 = D(-10)


def xor_net(x1, x2, act, b1=B1):
    z1 = [W1[j][0] * x1 + W1[j][1] * x2 + b1[j] for j in range(2)]
    h = [act(z) for z in z1]
    z2 = W2[0] * h[0] + W2[1] * h[1] + B2
    return z1, h, z2, sig(z2)


# ---------------- Section 4: parameter counting ----------------
L = line_of("**8 + 8 + 3 = 19**")
chk("neurons", L, "19", 19, ops=8 + 8 + 3)
L = line_of("$4 \\\\times 8 = 32$")
chk("w48", L, "32", 32, ops=4 * 8)
L = line_of("**Total parameters in first layer: 32 + 8 = 40**")
chk("p48", L, "40", 40, ops=32 + 8)

# ---------------- Section 5: input (0, 1) ----------------
z01, h01, z2_01, y01 = xor_net(D(0), D(1), sig)
L = line_of("z^{(1)}_1 = 20 \\\\times 0 + 20 \\\\times 1 + (-10) = 10")
chk("z1_01", L, "10", z01[0], ops=20 * 0 + 20 * 1 - 10)
L = line_of("- $w_{11} \\\\times x_1 = 20 \\\\times 0 = 0$")
chk("w11x1", L, "0", 0, ops=0, exact_print="= 0$")
L = line_of("- $w_{12} \\\\times x_2 = 20 \\\\times 1 = 20$")
chk("w12x2", L, "20", 20, ops=20, exact_print="= 20$")
L = line_of("- Sum: $0 + 20 + (-10) = 10$")
chk("sum01", L, "10", z01[0], ops=0 + 20 - 10)
L = line_of("z^{(2)} = 20 \\\\times 0.9999 + (-20) \\\\times 0.0000 + (-10) \\\\approx 10")
chk("h1_01a", L, "0.9999", h01[0], why="")  # restated sigma(10) = 0.99995460, within one unit of 0.9999
chk("h2_01a", L, "0.0000", h01[1])
chk("z2_01a", L, "10", z2_01, ops_range=(20 * D("0.99985") - 20 * D("0.00005") - 10,
                                          20 * D("0.99995") + 20 * D("0.00005") - 10), up=("h1_01a", "h2_01a"),
    exact_print="\\\\approx 10")
L = line_of("- $w_{1,out} \\\\times h_1 = 20 \\\\times 0.9999 = 19.998$")
chk("h1_01b", L, "0.9999", h01[0])
chk("w5h1", L, "19.998", 20 * h01[0], ops_range=(20 * D("0.99985"), 20 * D("0.99995")), up=("h1_01b",))
L = line_of("- $w_{2,out} \\\\times h_2 = (-20) \\\\times 0.0000 = 0$")
chk("w6h2", L, "0", -20 * h01[1], ops=0, exact_print="= 0$")
L = line_of("- Sum: $19.998 + 0 + (-10) = 9.998 \\\\approx 10$")
chk("sum_out01", L, "9.998", z2_01, ops=D("19.998") + 0 - 10, up=("w5h1",))
chk("sum_out01b", L, "10", z2_01, ops=D("9.998"), exact_print="\\\\approx 10")

# ---------------- Exercise 5.1: input (1, 1) ----------------
z11, h11, z2_11, y11 = xor_net(D(1), D(1), sig)
L = line_of("z^{(1)}_1 = 20(1) + 20(1) + (-10) = 20 + 20 - 10 = 30")
chk("z1_11", L, "30", z11[0], ops=20 + 20 - 10, exact_print="= 30")
L = line_of("z^{(1)}_2 = 20(1) + 20(1) + (-30) = 20 + 20 - 30 = 10")
chk("z2_11h", L, "10", z11[1], ops=20 + 20 - 30, exact_print="= 10")
L = line_of("a^{(1)}_1 = \\\\sigma(30) = \\\\frac{1}{1 + e^{-30}} \\\\approx 0.9999999999 \\\\approx 1.0")
chk("a1_11", L, "0.9999999999", h11[0], ops=sig(30),
    why="sigma(30) = 1/(1 + e^{-30}) = 0.99999999999990642..., which rounds to 1.0000000000 at the printed ten "
        "decimals; the printed 0.9999999999 truncates it (one unit low)")
chk("a1_11r", L, "1.0", h11[0])
L = line_of("a^{(1)}_2 = \\\\sigma(10) = \\\\frac{1}{1 + e^{-10}} \\\\approx 0.9999546 \\\\approx 1.0")
chk("a2_11", L, "0.9999546", h11[1], ops=sig(10))
chk("a2_11r", L, "1.0", h11[1])
L = line_of("z^{(2)} = 20(1.0) + (-20)(1.0) + (-10)")
chk("a1_11s", L, "1.0", h11[0])
L = line_of("z^{(2)} = 20 - 20 - 10 = -10")
chk("z2_11", L, "-10", z2_11, ops=20 - 20 - 10, up=("a1_11r", "a2_11r"))
L = line_of("\\\\hat{y} = \\\\sigma(-10) = \\\\frac{1}{1 + e^{10}} \\\\approx 0.0000454 \\\\approx 0.0")
chk("y11", L, "0.0000454", y11, ops=sig(-10), up=("z2_11",))
chk("y11r", L, "0.0", y11)
L = line_of("- Our prediction: ≈ 0.0")
chk("y11s", L, "0.0", y11)
L = line_of("- They cancel each other out: $20 - 20 = 0$")
chk("cancel", L, "0", 0, ops=20 - 20, exact_print="= 0$")
L = line_of("- After sigmoid, this becomes ≈ 0")
chk("y11t", L, "0", y11, exact_print="≈ 0")

# ---------------- Section 6: activation regions ----------------
L = line_of("- Simplify: $x_1 + x_2 > 0.5$")
chk("thr1", L, "0.5", D(10) / 20, ops=D(10) / 20)
L = line_of("the line $x_1 + x_2 = 0.5$")
chk("thr1b", L, "0.5", D(10) / 20)
L = line_of("- Simplify: $x_1 + x_2 > 1.5$")
chk("thr2", L, "1.5", D(30) / 20, ops=D(30) / 20)
for (a, b), thr, unit_i, bias in [((0, 0), "0.5", 0, B1[0]), ((0, 1), "0.5", 0, B1[0]), ((1, 0), "0.5", 0, B1[0]),
                                  ((1, 1), "0.5", 0, B1[0]), ((0, 0), "1.5", 1, B1[1]), ((0, 1), "1.5", 1, B1[1]),
                                  ((1, 0), "1.5", 1, B1[1]), ((1, 1), "1.5", 1, B1[1])]:
    s = a + b
    rel = ">" if D(s) > D(thr) else "<"
    L = line_of("- (%d,%d): $%d + %d = %d %s %s$" % (a, b, a, b, s, rel, thr))
    chk("sum%d%d_%d" % (a, b, unit_i), L, str(s), s, ops=a + b, exact_print="= %d %s" % (s, rel))
    h = sig(20 * a + 20 * b + bias)
    approx = "(≈1)" if h > D("0.5") else "(≈0)"
    chk("h%d%d_%d" % (a, b, unit_i), L, approx[2], h, exact_print=approx)

# truth table (hard-threshold reading of h1, h2, as the table's headers say)
for (a, b) in [(0, 0), (0, 1), (1, 0), (1, 1)]:
    s = a + b
    h1 = 1 if s > D("0.5") else 0
    h2 = 1 if s > D("1.5") else 0
    out = 20 * h1 - 20 * h2 - 10
    res = 1 if out > 0 else 0
    L = line_of("| (%d,%d) | %d | %d | %d | $20(%d) - 20(%d) - 10 = %d$ | %d |" % (a, b, s, h1, h2, h1, h2, out, res))
    _, _, z2_true, y_true = xor_net(D(a), D(b), sig)
    chk("tt_s%d%d" % (a, b), L, str(s), s, ops=s, exact_print="| %d |" % s)
    chk("tt_o%d%d" % (a, b), L, str(out), z2_true, ops=out, exact_print="= %d$" % out)
    chk("tt_r%d%d" % (a, b), L, str(res), 1 if y_true > D("0.5") else 0, exact_print="| %d | ✓" % res, exact=True)

# ---------------- Exercise 9.1 (c): parameter count 10-8-1 ----------------
L = line_of("**Answer:** **97 parameters total**")
chk("p97a", L, "97", 97)
L = line_of("- Weights: $10 \\\\times 8 = 80$")
chk("p80", L, "80", 80, ops=10 * 8)
L = line_of("- Subtotal: $80 + 8 = 88$ parameters")
chk("p88", L, "88", 88, ops=80 + 8)
L = line_of("- Weights: $8 \\\\times 1 = 8$")
chk("p8", L, "8", 8, ops=8 * 1, exact_print="= 8$")
L = line_of("- Subtotal: $8 + 1 = 9$ parameters")
chk("p9", L, "9", 9, ops=8 + 1)
L = line_of("**Total:** $88 + 9 = 97$ parameters")
chk("p97b", L, "97", 97, ops=88 + 9)
L = line_of("= (10 \\\\times 8 + 8) + (8 \\\\times 1 + 1) = 88 + 9 = 97")
chk("p88c", L, "88", 88, ops=10 * 8 + 8, exact_print="= 88 + 9")
chk("p97c", L, "97", 97, ops=88 + 9, exact_print="= 97")

# ---------------- Exercise 9.2: input [2, 3], ReLU hidden layer, sigmoid output ----------------
x = [D(2), D(3)]
Wa = [[D(1), D(-1)], [D(0), D(2)]]
ba = [D(0), D(-3)]
Wb = [D(2), D(1)]
bb = D(-1)
za = [Wa[j][0] * x[0] + Wa[j][1] * x[1] + ba[j] for j in range(2)]
ha = [max(D(0), z) for z in za]
zb = Wb[0] * ha[0] + Wb[1] * ha[1] + bb
yb = sig(zb)
L = line_of("z^{(1)}_1 = (1)(2) + (-1)(3) + 0 = 2 - 3 + 0 = -1")
chk("za1", L, "-1", za[0], ops=2 - 3 + 0, exact_print="= -1")
L = line_of("z^{(1)}_2 = (0)(2) + (2)(3) + (-3) = 0 + 6 - 3 = 3")
chk("za2", L, "3", za[1], ops=0 + 6 - 3, exact_print="= 3")
L = line_of("So: $z^{(1)} = \\\\begin{bmatrix} -1 \\\\\\\\ 3 \\\\end{bmatrix}$")
chk("za_v1", L, "-1", za[0], exact_print="-1 \\\\\\\\ 3")
chk("za_v2", L, "3", za[1], exact_print="\\\\\\\\ 3")
L = line_of("h = \\\\text{ReLU}(z^{(1)})")
chk("ha1", L, "0", ha[0], ops=max(-1, 0), exact_print="= \\\\begin{bmatrix} 0 \\\\\\\\ 3")
chk("ha2", L, "3", ha[1], ops=max(0, 3), exact_print="0 \\\\\\\\ 3")
L = line_of("**Interpretation:** First hidden neuron is \\\"off\\\", second is \\\"on\\\" with value 3.")
chk("ha2b", L, "3", ha[1], exact_print="with value 3")
L = line_of("z^{(2)} = (2)(0) + (1)(3) + (-1) = 0 + 3 - 1 = 2")
chk("zb", L, "2", zb, ops=0 + 3 - 1, exact_print="= 2\\n")
L = line_of("\\\\hat{y} = \\\\sigma(2) = \\\\frac{1}{1 + e^{-2}} = \\\\frac{1}{1 + 0.1353}")
chk("em2", L, "0.1353", D(-2).exp(), ops=D(-2).exp())
chk("den", L, "1.1353", 1 + D(-2).exp(), ops=1 + D("0.1353"), up=("em2",))
chk("yb", L, "0.8808", yb, ops_range=(1 / D("1.13535"), 1 / D("1.13525")), up=("den",))
L = line_of("- **Hidden layer outputs:** $h = [0, 3]$")
chk("hb1", L, "0", ha[0], exact_print="[0, 3]")
chk("hb2", L, "3", ha[1], exact_print=", 3]")
L = line_of("- **Final output:** $\\\\hat{y} \\\\approx 0.88$")
chk("yb2", L, "0.88", yb)
L = line_of("- Input [2, 3] produces a high output (≈0.88)")
chk("yb3", L, "0.88", yb)

# ---------------- Exercise 9.4: "Expected results" of the activation-comparison code cell ----------------
# the code cell prints f"{output:.4f}", the prediction (output > 0.5) and a tick when it equals the XOR target;
# sigmoid, tanh and step use b1 = (-10, -30); relu uses b1 = (-0.5, -1.5); the output unit is always sigmoid.
ACTS = {
    "SIGMOID": (sig, B1),
    "RELU": (lambda z: max(D(0), z), [D("-0.5"), D("-1.5")]),
    "TANH": (lambda z: (D(2 * z).exp() - 1) / (D(2 * z).exp() + 1), B1),
    "STEP": (lambda z: D(1) if z >= 0 else D(0), B1),
}
YX = {(0, 0): 0, (0, 1): 1, (1, 0): 1, (1, 1): 0}
for name, (act, b1) in ACTS.items():
    head = line_of("%s Activation:" % name)
    correct = 0
    ids = []
    for k, (a, b) in enumerate([(0, 0), (0, 1), (1, 0), (1, 1)]):
        L = head + 2 + k
        text = DOC[L - 1]
        assert "(%d,%d) →" % (a, b) in text, (L, text)
        printed = text.split("→")[1].strip()
        _, _, z2v, out = xor_net(D(a), D(b), act, b1)
        pred = 1 if out > D("0.5") else 0
        correct += pred == YX[(a, b)]
        why = ""
        if name == "RELU" and (a, b) == (1, 1):
            why = ("with b1 = (-0.5, -1.5) and ReLU the hidden units are 39.5 and 38.5, z2 = 20*39.5 - 20*38.5 - 10 = 10 "
                   "and sigmoid(10) = 1.0000, so the prediction is 1, not 0 (a miss, not a tick)")
        if name == "STEP":
            why = ("step(z1) gives hidden units (%d, %d), so z2 = %s and sigmoid(z2) = %s; the printed value is "
                   "sigmoid(%s1)" % (act(20 * a + 20 * b - 10), act(20 * a + 20 * b - 30), z2v, rnd(out, D("0.0001")),
                                     "-" if YX[(a, b)] == 0 else ""))
        cid = "%s_%d%d" % (name, a, b)
        chk(cid, L, printed, out, why=why, exact_print="→ %s →" % printed)
        ids.append(cid)
        pp = text.split("→")[2].strip().split(" ")[0]
        chk(cid + "_pred", L, pp, pred, exact_print="→ %s (true" % pp, up=(cid,), exact=True,
            why="the prediction follows from the output %s > 0.5" % rnd(out, D("0.0001")) if why else "")
    L = head + 6
    acc = D(correct * 25)
    text = DOC[L - 1]
    assert "Accuracy:" in text, (L, text)
    pa = text.split("Accuracy:")[1].strip().split("%")[0]
    chk(name + "_acc", L, pa, acc, up=tuple(i + "_pred" for i in ids), exact_print="Accuracy: %s%%" % pa, exact=True,
        why="%d of the 4 code outputs match the XOR targets, so the accuracy is %s%%" % (correct, acc))

NOTES = (
    "A course solutions notebook (English) for an intuitive multi-layer-perceptron session; its code cells carry "
    "no outputs, so every judged number is in a Markdown cell (lines of the raw JSON). Hand-worked: the forward pass "
    "of the 2-2-1 sigmoid XOR network (W1 = [[20,20],[20,20]], b1 = (-10,-30), W2 = (20,-20), b2 = -10) for inputs "
    "(0,1) and (1,1), the activation-region table, parameter counts and a 2-2-1 ReLU/sigmoid pass for input [2,3], "
    "all right except line 379, where sigma(30) = 0.99999999999990642 is printed as 0.9999999999 (a truncation: "
    "rounding at the printed ten decimals gives 1.0000000000) - a close call by rule (a), listed as wrong/first. "
    "The same truncation habit gives h1 = sigma(10) = 0.99995 as 0.9999 on lines 300 and 304, but there it is a "
    "restated operand within one unit, so rule (b) keeps them right; 20 x 0.9999 = 19.998 and 9.998 ~ 10 follow. "
    "The 'Expected results' block of Exercise 9.4 (lines 937-967), which states what the code cell prints, is "
    "recomputed from the weights printed in that code cell: the sigmoid and tanh rows are right; the ReLU row for "
    "(1,1) prints 0.0000 -> 0 with a tick although z2 = 10 gives 1.0000 -> 1 (a miss), so its 'Accuracy: 100%' "
    "should be 75% (propagated); the four step rows print sigmoid(-1) = 0.2689 and sigmoid(1) = 0.7311 although the "
    "step hidden units give z2 = -10 / 10, i.e. 0.0000 / 1.0000 (their predictions and the 100% accuracy are right; "
    "the crosses are wrong symbols, not numbers). Not judged: the 'Expected output (with random seed 42)' block "
    "(lines 784-788, hidden [0.18259284 0. 0.21165326], output 0.6127) depends on weights drawn by numpy's random "
    "generator that the page never prints (running the cell gives hidden [1.75843774 1.85279393 0.] and output "
    "0.5836, so the block is stale or invented, but no reader can check it from printed numbers); the section 4 "
    "architecture answers (4 inputs, 2 hidden layers, ...) and the 9.1 design answers only read the givens. The "
    "hard-threshold truth table (lines 476-479) follows the page's own reading of h1, h2 as 0/1; its outputs +-10 "
    "are within one unit of the true sigmoid-network z2 values (+-9.998). This is a forward pass only (the course's "
    "backpropagation session 6 is already in the corpus as md_smaxx73_221_network).")


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:110]))
        for c in cs:
            print("            %-14s printed %-14s true %.10g -> %s%s" % (
                c["id"], c["printed"], c["true"], c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
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
                whys.append(c["why"] or "follows from a wrong value")
            wrong.append({"line": n, "page": None, "printed": ", ".join(printed), "correct": ", ".join(correct),
                          "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(dict.fromkeys(whys))})
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


if __name__ == "__main__":
    main()
