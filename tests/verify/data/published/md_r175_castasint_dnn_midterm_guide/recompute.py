#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt (worked lines only) of
deep-neural-networks/study-materials/dnn_midterm_study_guide.md of github.com/castasint/semester-2-study-materials
(no license, so only the worked lines are kept, verbatim and in order).

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Kept worked examples: 3.5 one batch-GD step of linear regression; 4.5 one SGD step of logistic regression;
4.7 a 5-class softmax + cross-entropy; 5.6 a 2-3-2 ReLU/sigmoid forward pass with BCE; practice problem 2 (the
3.5 step again), problem 3 (3-class softmax of [2.0, 1.0, 0.1] and its cross-entropy), problem 4 (2-2-1 forward).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers rounds to p;
  (b) a value printed without working, or restated, is right within one unit of the true value, or when it follows
      from printed correct operands;
  (c) a restated or recomputed consequence of a wrong value is wrong, propagated.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/castasint/semester-2-study-materials/blob/4b3380ddb68ba008d6bbad6775733f8de46590f7/"
          "deep-neural-networks/study-materials/dnn_midterm_study_guide.md")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of only the givens and worked lines of sections "
           "3.5, 4.5, 4.7, 5.6 and practice problems 2-4, each kept line unchanged; prose, headings, tables removed")
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    """1-based line of the nth line of the document containing sub; fails loudly."""
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def sig(z):
    return 1 / (1 + (-D(z)).exp())


def tanh(z):
    e = (2 * D(z)).exp()
    return (e - 1) / (e + 1)


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    """rule (b): within one unit of p's last digit of the true value."""
    return abs(D(p) - rnd(x, p)) <= unit(p)


CHECKS = []


def chk(cid, line, printed, true, lo=None, hi=None, up=(), why="", correct=None):
    """Judge one printed number.
    lo, hi: when the line prints the working, the range the expression takes with every rounded printed operand
            moved within half a unit of its last digit (exact givens fixed): rule (a) needs p = round(v) for some v
            in [lo, hi] (checked at the two ends and by the monotone interval), otherwise wrong, first.
    up: ids of checks this value is computed from or restates; a value that is off from the truth (rule b) and
        comes from a wrong one is wrong, propagated.
    """
    assert printed in DOC[line - 1], (cid, line, printed)
    p = D(printed.replace("\u2212", "-"))
    status, kind = "right", None
    up_bad = any(STATUS.get(u) == "wrong" for u in up)
    if lo is not None:
        a, b = min(D(lo), D(hi)), max(D(lo), D(hi))
        if not (rnd(a, p) <= p <= rnd(b, p)):
            status, kind = "wrong", "first"          # rule (a): the line's own working does not give p
        elif up_bad and not near(p, true):
            status, kind = "wrong", "propagated"     # rule (c): done right from a wrong operand, itself off
    elif not near(p, true):
        status, kind = "wrong", ("propagated" if up_bad else "first")   # rule (b)/(c)
    STATUS[cid] = status
    CHECKS.append({"id": cid, "line": line, "printed": printed, "true": true, "status": status, "kind": kind,
                   "why": why, "correct": correct if correct is not None else str(rnd(true, p))})
    return status


STATUS = {}


def restate(cid, line, printed, of):
    """a restated value: right when its source is right and it matches, propagated otherwise."""
    assert printed in DOC[line - 1], (cid, line, printed)
    src = [c for c in CHECKS if c["id"] == of][0]
    status, kind = "right", None
    if src["status"] == "wrong" and printed == src["printed"]:
        status, kind = "wrong", "propagated"
    elif not near(D(printed), src["true"]):
        status, kind = "wrong", "first"
    STATUS[cid] = status
    CHECKS.append({"id": cid, "line": line, "printed": printed, "true": src["true"], "status": status,
                   "kind": kind, "why": "" if status == "right" else "restates %s = %s (true %s)" % (
                       of, src["printed"], src["correct"]), "correct": src["correct"]})


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:100]))
        for c in cs:
            print("            %-12s printed %-10s true %-22s -> %s%s" % (
                c["id"], c["printed"], "%.15g" % c["true"], c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
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
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": notes}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


def sig_(z):
    return 1 / (1 + (-D(z)).exp())


def L(sub):
    return line_of(sub)


def A(lo, hi=None):
    """rule (a) bounds from printed operands."""
    return dict(lo=lo, hi=lo if hi is None else hi)


H = D("0.005")
# ---- 3.5 linear regression, one batch GD step (givens on lines 1-3) ----
X = [[1, 1], [1, 2], [1, 3]]
y = [D(2), D(4), D(5)]
yh = [D(0)] * 3
e = [a - b for a, b in zip(yh, y)]
Jt = sum(v * v for v in e) / 6
g = [sum(X[i][j] * e[i] for i in range(3)) / 3 for j in range(2)]
w1 = [-D("0.1") * gj for gj in g]
n = L("- Predictions: ŷ⁽⁰⁾ = Xw⁽⁰⁾ = [0, 0, 0]ᵀ")
chk("yh0", n, "[0, 0, 0]".strip("[]").split(",")[0], yh[0], **A(0), why="Xw(0) = 0")
n = L("- Error: e = ŷ - y = [-2, -4, -5]ᵀ")
for j, p in enumerate("-2 -4 -5".split()):
    chk("e%d" % j, n, p, e[j], **A(e[j]))
n = L("- Loss: J = (1/6)(4 + 16 + 25) = 7.5")
for j, p in enumerate("4 16 25".split()):
    chk("sq%d" % j, n, p, e[j] ** 2, **A(e[j] ** 2))
chk("J35", n, "7.5", Jt, **A(D(45) / 6), why="(4 + 16 + 25) / 6 = 7.5")
n = L("- Gradient: ∇J = (1/3)Xᵀe = (1/3)[−11, −23]ᵀ")
chk("s0", n, "−11", 3 * g[0])
chk("s1", n, "−23", 3 * g[1], why="(Xᵀe)_2 = 1·(-2) + 2·(-4) + 3·(-5) = -25, not -23")
chk("g0", n, "−3.67", g[0], **A(D(-11) / 3), up=("s0",))
chk("g1", n, "−7.67", g[1], **A(D(-23) / 3), why="(1/3)(-23) of the wrong sum; true -25/3 = -8.33", up=("s1",))
n = L("- Update: w⁽¹⁾ = [0, 0]ᵀ - 0.1[−3.67, −7.67]ᵀ")
chk("w0", n, "0.367", w1[0], **A(D("0.1") * (D("3.67") - H), D("0.1") * (D("3.67") + H)), up=("g0",))
chk("w1", n, "0.767", w1[1], why="0 - 0.1 × (-7.67) of the wrong gradient; true 0.1 × 25/3 = 0.833", **A(D("0.1") * (D("7.67") - H), D("0.1") * (D("7.67") + H)), up=("g1",))
# ---- 4.5 logistic regression, one SGD step ----
n = L("- z = [1, 1] · [0, 0]ᵀ = 0")
chk("z45", n, "0", D(0), **A(0))
n = L("- ŷ = σ(0) = 0.5")
chk("yh45", n, "0.5", sig_(0), **A(sig_(0)))
n = L("- Error = 0.5 - 0 = 0.5")
chk("err45", n, "0.5", D("0.5"), **A(D("0.5")), up=("yh45",))
n = L("- Gradient = 0.5 · [1, 1]ᵀ = [0.5, 0.5]ᵀ")
chk("g45", n, "0.5", D("0.5"), **A(D("0.5")), up=("err45",), why="0.5 * [1, 1] = [0.5, 0.5]")
n = L("- w⁽¹⁾ = [0, 0]ᵀ - 0.5[0.5, 0.5]ᵀ = [-0.25, -0.25]ᵀ")
chk("w45", n, "-0.25", D("-0.25"), **A(D("-0.25")), up=("g45",))
# ---- 4.7 5-class softmax ----
z5 = [D(s) for s in "2.5 0.3 -1.2 3.1 0.7".split()]
ex5 = [v.exp() for v in z5]
t5 = sum(ex5)
p5 = [v / t5 for v in ex5]
pe = "12.18 1.35 0.30 22.20 2.01".split()
for j, (zs, p) in enumerate(zip("2.5 0.3 -1.2 3.1 0.7".split(), pe)):
    chk("ex%d" % j, L("- e^%s = " % zs), p, ex5[j], why="e^%s = %s" % (zs, rnd(ex5[j], D("0.0001"))))
n = L("- Σ = 12.18 + 1.35 + 0.30 + 22.20 + 2.01 = 38.04")
for j, p in enumerate(pe):
    restate("exs%d" % j, n, p, "ex%d" % j)
sp = sum(D(p) for p in pe)
chk("sum5", n, "38.04", t5, **A(sp - 5 * H, sp + 5 * H), up=tuple("ex%d" % j for j in range(5)),
    why="sum of the printed exponentials = %s" % sp)
n = L("- ŷ = [12.18/38.04, 1.35/38.04")
for j, p in enumerate(pe):
    restate("exq%d" % j, n, p, "ex%d" % j)
restate("sumq", n, "38.04", "sum5")
n = L("- ŷ ≈ [0.32, 0.04, 0.01, 0.58, 0.05]")
for j, p in enumerate("0.32 0.04 0.01 0.58 0.05".split()):
    chk("p5_%d" % j, n, p, p5[j], up=("sum5", "ex%d" % j), why="softmax_%d = %s" % (j + 1, rnd(p5[j], D("0.0001"))))
n = L("- Cross-entropy loss = -log(0.58) ≈ 0.54")
restate("p5r", n, "0.58", "p5_3")
chk("ce5", n, "0.54", -p5[3].ln(), **A(-(D("0.58") + H / 2).ln(), -(D("0.58") - H / 2).ln()), up=("p5_3",),
    why="-ln(0.58) = %s" % rnd(-D("0.58").ln(), D("0.0001")))
# ---- 5.6 2-3-2 forward pass (givens lines 30-35) ----
x = [D("1.0"), D("0.5")]
W1 = [[D("0.5"), D("0.2"), D("-0.3")], [D("0.8"), D("0.1"), D("-0.4")]]
b1 = [D("0.1"), D("-0.2"), D("0.3")]
W2 = [[D("0.4"), D("-0.1")], [D("0.6"), D("0.2")], [D("0.7"), D("-0.3")]]
b2 = [D("0.2"), D("-0.1")]
z1 = [x[0] * W1[0][k] + x[1] * W1[1][k] + b1[k] for k in range(3)]
h1 = [max(v, D(0)) for v in z1]
z2 = [sum(h1[k] * W2[k][m] for k in range(3)) + b2[m] for m in range(2)]
yh2 = [sig_(v) for v in z2]
Jb = -(yh2[0].ln() + (1 - yh2[1]).ln()) / 2
n = L(r"\mathbf{x}^T\mathbf{W}^{(1)} + \mathbf{b}^{(1)} = [0.7, -0.1, 0.2]")
for k, p in enumerate("0.7 -0.1 0.2".split()):
    chk("z1_%d" % k, n, p, z1[k], correct=["1.0", "0.05", "-0.2"][k],
        why="xᵀW1 + b1 = [1.0, 0.05, -0.2]: component %d = %s" % (k + 1, z1[k]))
n = L(r"\text{ReLU}(\mathbf{z}^{(1)}) = [0.7, 0.0, 0.2]")
hp = [D("0.7"), D("0.0"), D("0.2")]
for k, p in enumerate("0.7 0.0 0.2".split()):
    chk("h1_%d" % k, n, p, h1[k], **A(hp[k]), up=("z1_%d" % k,),
        why="ReLU of the printed z1 (true h1 = [1.0, 0.05, 0])")
n = L(r"\mathbf{h}^{(1)}\mathbf{W}^{(2)} + \mathbf{b}^{(2)} = [0.6, -0.02]")
z2p = [sum(hp[k] * W2[k][m] for k in range(3)) + b2[m] for m in range(2)]
chk("z2_0", n, "0.6", z2[0], **A(z2p[0]), up=("h1_0", "h1_1", "h1_2"),
    why="from the printed h1: 0.28 + 0 + 0.14 + 0.2 = 0.62; true 0.63")
chk("z2_1", n, "-0.02", z2[1], **A(z2p[1]),
    why="from the printed h1 [0.7, 0.0, 0.2]: -0.07 + 0 - 0.06 - 0.1 = -0.23, not -0.02 (true, from the givens: "
        "-0.19)")
n = L(r"\sigma(\mathbf{z}^{(2)}) = [0.646, 0.495]")
chk("y2_0", n, "0.646", yh2[0], **A(sig_("0.6")), up=("z2_0",),
    why="σ(0.6) = 0.6457 from the printed (right within a unit) 0.6; true σ(0.63) = 0.6525")
chk("y2_1", n, "0.495", yh2[1], **A(sig_("-0.02")), up=("z2_1",), why="σ(-0.02) of the wrong z2_2; true σ(-0.19) = 0.4526")
n = L(r"J = -\frac{1}{2}[1 \cdot \log(0.646)")
chk("y2r", n, "0.646", yh2[0], **A(D("0.646")), up=("y2_0",), why="restates 0.646")
chk("omy", n, "0.505", 1 - yh2[1], **A(1 - D("0.495")), up=("y2_1",), why="1 - 0.495; true 1 - σ(-0.19) = 0.5474")
jp = -(D("0.646").ln() + D("0.505").ln()) / 2
chk("Jb", n, "0.56", Jb, **A(-((D("0.6465")).ln() + D("0.5055").ln()) / 2, -((D("0.6455")).ln() + D("0.5045").ln()) / 2),
    up=("y2_0", "omy"), why="BCE from the printed 0.646, 0.505 = %s; true %s" % (rnd(jp, D("0.0001")), rnd(Jb, D("0.0001"))))
# ---- practice problem 2 (same step as 3.5) ----
n = L("   - ŷ⁽⁰⁾ = Xw⁽⁰⁾ = [0, 0, 0]ᵀ")
chk("P2yh", n, "0", D(0), **A(0))
n = L("   - e = ŷ - y = [-2, -4, -5]ᵀ")
for j, p in enumerate("-2 -4 -5".split()):
    chk("P2e%d" % j, n, p, e[j], **A(e[j]))
n = L("   - ∇J = (1/3)Xᵀe = (1/3) × [1 1 1; 1 2 3] × [-2; -4; -5]")
for j, p in enumerate("-2 -4 -5".split()):
    restate("P2er%d" % j, n, p, "P2e%d" % j)
n = L("   - ∇J = (1/3) × [-11; -23] = [-3.67; -7.67]")
chk("P2s0", n, "-11", 3 * g[0])
chk("P2s1", n, "-23", 3 * g[1], why="(Xᵀe)_2 = 1·(-2) + 2·(-4) + 3·(-5) = -25, not -23")
chk("P2g0", n, "-3.67", g[0], **A(D(-11) / 3), up=("P2s0",))
chk("P2g1", n, "-7.67", g[1], **A(D(-23) / 3), why="(1/3)(-23) of the wrong sum; true -25/3 = -8.33", up=("P2s1",))
n = L("   - w⁽¹⁾ = [0, 0]ᵀ - 0.1 × [-3.67; -7.67] = [0.367, 0.767]ᵀ")
chk("P2w0", n, "0.367", w1[0], **A(D("0.1") * (D("3.67") - H), D("0.1") * (D("3.67") + H)), up=("P2g0",))
chk("P2w1", n, "0.767", w1[1], why="0 - 0.1 × (-7.67) of the wrong gradient; true 0.1 × 25/3 = 0.833", **A(D("0.1") * (D("7.67") - H), D("0.1") * (D("7.67") + H)), up=("P2g1",))
# ---- practice problem 3: 3-class softmax of [2.0, 1.0, 0.1], true class 1 (1-based, as in 4.7's "class 4") ----
z3 = [D("2.0"), D("1.0"), D("0.1")]
ex3 = [v.exp() for v in z3]
t3 = sum(ex3)
p3 = [v / t3 for v in ex3]
n = L("   - e² = 7.39, e¹ = 2.72, e⁰·¹ = 1.11")
for j, p in enumerate("7.39 2.72 1.11".split()):
    chk("e3_%d" % j, n, p, ex3[j], why="e^%s = %s" % (z3[j], rnd(ex3[j], D("0.00001"))))
n = L("   - Sum = 11.22")
chk("t3", n, "11.22", t3, up=("e3_0", "e3_1", "e3_2"), why="7.39 + 2.72 + 1.11 = 11.22 (true 11.2120)")
n = L("   - ŷ = [7.39/11.22, 2.72/11.22, 1.11/11.22] = [0.659, 0.242, 0.099]")
for j, p in enumerate("7.39 2.72 1.11".split()):
    restate("e3r%d" % j, n, p, "e3_%d" % j)
restate("t3r", n, "11.22", "t3")
for j, (num, p) in enumerate(zip("7.39 2.72 1.11".split(), "0.659 0.242 0.099".split())):
    chk("p3_%d" % j, n, p, p3[j], **A((D(num) - H) / (D("11.22") + H), (D(num) + H) / (D("11.22") - H)),
        up=("e3_%d" % j, "t3"), why="%s / 11.22 = %s" % (num, rnd(D(num) / D("11.22"), D("0.00001"))))
n = L("   - Loss = -log(0.659) = 0.417")
restate("p3r", n, "0.659", "p3_0")
chk("ce3", n, "0.417", -p3[0].ln(), **A(-(D("0.6595")).ln(), -(D("0.6585")).ln()), up=("p3_0",),
    why="-ln(0.659) = %s" % rnd(-D("0.659").ln(), D("0.00001")))
# ---- practice problem 4: 2-2-1 forward ----
x4 = [D("0.5"), D("0.3")]
W41 = [[D("0.1"), D("0.2")], [D("0.3"), D("0.4")]]
b41 = [D("0.1"), D("0.1")]
W42 = [D("0.5"), D("0.6")]
z41 = [x4[0] * W41[0][k] + x4[1] * W41[1][k] + b41[k] for k in range(2)]
h41 = [max(v, D(0)) for v in z41]
z42 = h41[0] * W42[0] + h41[1] * W42[1] + D("0.2")
n = L("   - z⁽¹⁾ = [0.05+0.09+0.1, 0.1+0.12+0.1] = [0.24, 0.32]")
chk("P4a", n, "0.05", x4[0] * W41[0][0], **A(x4[0] * W41[0][0]))
chk("P4b", n, "0.09", x4[1] * W41[1][0], **A(x4[1] * W41[1][0]))
chk("P4c", n, "0.12", x4[1] * W41[1][1], **A(x4[1] * W41[1][1]))
chk("P4z0", n, "0.24", z41[0], **A(z41[0]))
chk("P4z1", n, "0.32", z41[1], **A(z41[1]))
n = L("   - h⁽¹⁾ = ReLU([0.24, 0.32]) = [0.24, 0.32]")
chk("P4h0", n, "0.24", h41[0], **A(h41[0]), up=("P4z0",))
chk("P4h1", n, "0.32", h41[1], **A(h41[1]), up=("P4z1",))
n = L("   - z⁽²⁾ = [0.24, 0.32] × [[0.5], [0.6]] + [0.2]")
restate("P4hr0", n, "0.24", "P4h0")
restate("P4hr1", n, "0.32", "P4h1")
n = L("   - z⁽²⁾ = 0.12 + 0.192 + 0.2 = 0.512")
chk("P4m0", n, "0.12", h41[0] * W42[0], **A(h41[0] * W42[0]))
chk("P4m1", n, "0.192", h41[1] * W42[1], **A(h41[1] * W42[1]))
chk("P4z2", n, "0.512", z42, **A(z42))
n = L("   - ŷ = σ(0.512) = 1/(1 + e⁻⁰·⁵¹²) ≈ 0.625")
restate("P4zr", n, "0.512", "P4z2")
chk("P4y", n, "0.625", sig_(z42), **A(sig_(z42)), up=("P4z2",), why="σ(0.512) = %s" % rnd(sig_(z42), D("0.00001")))


NOTES = ("Two independent slips. (1) The linear-regression batch GD step (section 3.5, doc lines 7-8, and again in "
         "practice problem 2, lines 48-49): Xᵀe with X rows [1,1], [1,2], [1,3] and e = [-2, -4, -5] is [-11, -25], "
         "not [-11, -23] (1·(-2) + 2·(-4) + 3·(-5) = -25); so ∇J = [-3.67, -8.33], not [-3.67, -7.67] (first), and "
         "w(1) = [0.367, 0.833], not [0.367, 0.767] (propagated; 0.767 is 0.1 × 7.67 done right from the wrong "
         "gradient). J = 45/6 = 7.5 and the first components are right. (2) The 2-3-2 forward pass of section 5.6 "
         "(lines 36-40): xᵀW1 + b1 with x = [1.0, 0.5], W1 rows [0.5, 0.2, -0.3] and [0.8, 0.1, -0.4], b1 = [0.1, "
         "-0.2, 0.3] is [1.0, 0.05, -0.2], not [0.7, -0.1, 0.2] (first); the ReLU line follows the wrong z1 "
         "(propagated); in z2 = [0.6, -0.02], 0.6 follows from the printed h1 (0.62) and is within a unit of the true "
         "0.63, but -0.02 follows from nothing (from the printed h1 it is -0.07 - 0.06 - 0.1 = -0.23; from the givens "
         "-0.19), a first error; σ gives 0.646 (right, from the printed 0.6) and 0.495 (propagated, true 0.4526); the "
         "BCE line restates 0.646 and uses 0.505 = 1 - 0.495, giving 0.56 consistently but propagated (true "
         "-(ln 0.6525 + ln 0.5474)/2 = 0.5148). Everything else is right: the logistic SGD step of 4.5, the 5-class "
         "softmax of 4.7 (sum of printed exponentials 38.04, true 38.048, within rule (a); -ln 0.58 = 0.545 -> 0.54 "
         "within rule (a)), practice problem 3 (3-class softmax [0.659, 0.242, 0.099] of [2.0, 1.0, 0.1], "
         "-ln 0.659 = 0.417; 'true class = 1' read 1-based, as the guide's 4.7 reads 'class 4' as the fourth logit) and "
         "the 2-2-1 forward pass of problem 4 (0.24, 0.32, 0.512, σ = 0.625). Givens: doc lines 1-3, 10-11, 18, 30-35, "
         "42-44, 51-52, 58-61 (line 61 restates only givens). Natural log throughout.")

if __name__ == "__main__":
    main(NOTES)
