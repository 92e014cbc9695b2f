#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt (the display-math blocks of
section 7, "Numerical Example") of Mahfuzar148's study note "Deep Learning: Neural Network Training (Forward +
Backward Pass with Calculations)": one forward and backward pass of a 2-2-1 sigmoid network with binary
cross-entropy loss on one sample.

Plain Python 3, decimal at 60 digits; no nnwalk import.

Givens (doc.md lines 1-10): x = (1, 0); W1 = [[0.1, 0.2], [0.3, 0.4]] (row i = weights into hidden unit i),
b1 = (0.1, 0.1); W2 = (0.2, 0.3), b2 = 0.1; label y = 1. Sigmoid in both layers, L = -[y log yhat + (1-y)
log(1-yhat)] with natural log (the page's 0.517 = -ln 0.596), delta2 = yhat - y, dL/dW2 = delta2 * a1,
delta1 = delta2 * W2 * a1 (1 - a1) elementwise, dL/dW1 = delta1 x^T. No update step is printed.

Judging rule (p printed, u one unit in its last digit):
  (a) a number printed as the result of an expression of numbers printed on its line is right only if redoing
      the expression from those numbers rounds to p (a printed operand that is itself a rounded result may be
      taken anywhere within half a unit of its last digit; givens are exact); otherwise wrong, first;
  (b) a value printed without working, or restated, is right within one unit of the true value, or when it
      follows from printed correct operands;
  (c) a restated wrong value, or one computed from a wrong one and itself off, is wrong, propagated.
Usage: python3 recompute.py [--write-expected]
"""
import itertools
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, Decimal as D, getcontext

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/Mahfuzar148/Machine-Learning-and-Deep-learning/blob/"
          "92f80bccf63e67ea908343510f76993276af7df0/Deep%20Learning%20/"
          "Neural%20Network%20Training%20(Forward%20%2B%20Backward%20Pass%20with%20Calculations).md")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of only the display-math blocks of the "
           "worked numerical example (source lines 179-258), kept verbatim line for line; headings, step labels "
           "and all other sections removed")
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s: no line containing %r (occurrence %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def sig(z):
    return 1 / (1 + (-D(z)).exp())


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    return abs(D(p) - rnd(x, p)) <= unit(p)


def span(f, *ops):
    """(lo, hi) of f over operands given as (value, rounded?) - rounded ones vary within half a unit."""
    choices = []
    for v, rounded in ops:
        v = D(v)
        choices.append([v - unit(v) / 2, v, v + unit(v) / 2] if rounded else [v])
    vals = [f(*c) for c in itertools.product(*choices)]
    return min(vals), max(vals)


CHECKS, STATUS = [], {}


def chk(cid, line, printed, true, rng=None, up=(), why=""):
    """rng: (lo, hi) the line's own expression can take from its printed operands (None = no working shown)."""
    assert printed in DOC[line - 1], (cid, line, printed, DOC[line - 1])
    p = D(printed)
    if rng is not None:
        lo, hi = rng
        ok_ops = rnd(lo, p) <= p <= rnd(hi, p)
    else:
        ok_ops = True
    if not ok_ops:
        st, kind = "wrong", "first"
    elif near(p, true):
        st, kind = "right", None
    elif any(STATUS.get(u) == "wrong" for u in up):
        st, kind = "wrong", "propagated"
    elif rng is not None:
        st, kind = "right", None  # follows from printed correct operands
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), status=st, kind=kind,
                       why=why, correct=str(rnd(true, p))))


# ---------------- true values ----------------
x = [D(1), D(0)]
W1 = [[D("0.1"), D("0.2")], [D("0.3"), D("0.4")]]
b1 = [D("0.1"), D("0.1")]
W2 = [D("0.2"), D("0.3")]
b2 = D("0.1")
y = D(1)
Wx = [W1[i][0] * x[0] + W1[i][1] * x[1] for i in range(2)]
z1 = [Wx[i] + b1[i] for i in range(2)]
a1 = [sig(v) for v in z1]
z2 = W2[0] * a1[0] + W2[1] * a1[1] + b2
yh = sig(z2)
L = -(y * yh.ln() + (1 - y) * (1 - yh).ln())
d2 = yh - y
gW2 = [d2 * a for a in a1]
sp1 = [a * (1 - a) for a in a1]
d1 = [d2 * W2[i] * sp1[i] for i in range(2)]
gW1 = [[d1[i] * x[j] for j in range(2)] for i in range(2)]

# ---------------- forward pass ----------------
ln = line_of("z^{[1]} = W^{[1]} \\cdot x + b^{[1]} =")
chk("Wx1", ln, "0.1", Wx[0])
chk("Wx2", ln, "0.3", Wx[1])
chk("z1a", ln, "0.2", z1[0], rng=span(lambda a: a + D("0.1"), ("0.1", False)))
chk("z1b", ln, "0.4", z1[1], rng=span(lambda a: a + D("0.1"), ("0.3", False)))
ln = line_of("\\sigma(0.2) \\\\ \\sigma(0.4)")
chk("a1a", ln, "0.55", a1[0], rng=span(sig, ("0.2", False)), up=("z1a",))
chk("a1b", ln, "0.60", a1[1], rng=span(sig, ("0.4", False)), up=("z1b",))
ln = line_of("= 0.11 + 0.18 + 0.1 = 0.39")
chk("p1", ln, "0.11", W2[0] * a1[0], rng=span(lambda a: D("0.2") * a, ("0.55", True)), up=("a1a",))
chk("p2", ln, "0.18", W2[1] * a1[1], rng=span(lambda a: D("0.3") * a, ("0.60", True)), up=("a1b",))
chk("z2", ln, "0.39", z2, rng=span(lambda a, b: a + b + D("0.1"), ("0.11", True), ("0.18", True)),
    up=("p1", "p2"))
ln = line_of("\\hat{y} = \\sigma(0.39)")
chk("yh", ln, "0.596", yh, rng=span(sig, ("0.39", True)), up=("z2",))
ln = line_of("\\mathcal{L} = -\\left[1 \\cdot \\log(0.596)")
chk("L", ln, "0.517", L, rng=span(lambda a: -a.ln(), ("0.596", True)), up=("yh",))

# ---------------- backward pass ----------------
ln = line_of("= 0.596 - 1 = -0.404")
chk("d2", ln, "-0.404", d2, rng=span(lambda a: a - 1, ("0.596", True)), up=("yh",))
ln = line_of("= -0.404 × [0.55, 0.60] = [-0.222, -0.243]")
chk("gW2a", ln, "-0.222", gW2[0], rng=span(lambda d, a: d * a, ("-0.404", True), ("0.55", True)),
    up=("d2", "a1a"))
chk("gW2b", ln, "-0.243", gW2[1], rng=span(lambda d, a: d * a, ("-0.404", True), ("0.60", True)),
    up=("d2", "a1b"))
ln = line_of("= -0.404 \\cdot [0.2, 0.3] \\cdot [0.55(1-0.55), 0.60(1-0.60)]")
chk("d1a", ln, "-0.020", d1[0], rng=span(lambda d, a: d * D("0.2") * a * (1 - a), ("-0.404", True), ("0.55", True)),
    up=("d2", "a1a"))
chk("d1b", ln, "-0.029", d1[1], rng=span(lambda d, a: d * D("0.3") * a * (1 - a), ("-0.404", True), ("0.60", True)),
    up=("d2", "a1b"))
ln = line_of("\\begin{bmatrix} -0.020 \\\\ -0.029 \\end{bmatrix} \\cdot")
chk("d1a_r", ln, "-0.020", d1[0], up=("d1a",))
chk("d1b_r", ln, "-0.029", d1[1], up=("d1b",))
ln = line_of("\\begin{bmatrix} -0.020 & 0 \\\\ -0.029 & 0 \\end{bmatrix}")
chk("gW1_11", ln, "-0.020", gW1[0][0], rng=span(lambda d: d * 1, ("-0.020", True)), up=("d1a",))
chk("gW1_12", ln, "0", gW1[0][1], rng=span(lambda d: d * 0, ("-0.020", True)))
chk("gW1_21", ln, "-0.029", gW1[1][0], rng=span(lambda d: d * 1, ("-0.029", True)), up=("d1b",))
chk("gW1_22", ln, "0", gW1[1][1], rng=span(lambda d: d * 0, ("-0.029", True)))

NOTES = (
    "2-2-1 sigmoid network, binary cross-entropy, one sample x = (1, 0), y = 1; no weight update is printed. "
    "Every printed number checks under the corpus rule, so the excerpt measures false alarms. Close calls: "
    "(1) line 24, L = -ln(0.596) ~ 0.517: from the printed 0.596 exactly, -ln 0.596 = 0.51751 rounds to 0.518, "
    "but 0.596 is a rounded output (0.5955..0.5965 gives 0.51668..0.51835) and the true loss -ln(0.596181) = "
    "0.51721 rounds to 0.517, so right. (2) line 30, -0.404 x 0.60 printed -0.243: exactly 0.2424 -> -0.242, "
    "but 0.60 is sigma(0.4) rounded to two decimals (0.595..0.605) and -0.404 is rounded too, so the product "
    "can be -0.240..-0.245; the true value -0.403819 x 0.598688 = -0.241762 is within one unit of -0.243; "
    "right by the rule (a checker that takes 0.60 as exact would flag it). (3) line 12's 0.1 and 0.3 are W1 x "
    "(first column of W1, x = (1, 0)) and count as computed. (4) line 41 restates delta1; line 42's zeros are "
    "delta1 times x2 = 0. The page's log is natural log (its 0.517 needs ln).")


def main():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %3d %-5s %s" % (n, "WRONG" if bad else "ok", DOC[n - 1].strip()[:100]))
        for c in cs:
            print("         %-8s printed %-8s true %.8f -> %s %s" % (c["id"], c["printed"], c["true"], c["status"],
                                                                    c["kind"] or ""))
        if bad:
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(c["correct"] for c in bad),
                          "kind": "first" if any(c["kind"] == "first" for c in bad) else "propagated",
                          "why": "; ".join(dict.fromkeys(c["why"] or "restates a wrong value" for c in bad))})
        else:
            right.append(n)
    print("wrong:", [(w["line"], w["kind"]) for w in wrong])
    print("right:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


if __name__ == "__main__":
    main()
