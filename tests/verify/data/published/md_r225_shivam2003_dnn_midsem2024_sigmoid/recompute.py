#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt (no license: only the worked
questions 2, 3(a)-(b) and 4) of docs/dnn/papers/2024-midsem-regular-solved.md in
github.com/shivam2003-dev/mid_sem1_exam_notes ("2024 MidSem Regular DNN Paper - Complete Solutions").

Plain Python 3 (decimal at 60 digits, fractions for the exact integer work); does not import nnwalk or the generator.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers (rounded operands anywhere within half a unit, givens exact) rounds to p;
  (b) a value printed without working, or restated, is right within one unit of the true value;
  (c) a restated wrong value is wrong, propagated.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/shivam2003-dev/mid_sem1_exam_notes/blob/e086ec6457e37a002c8694b6dbef7b77f1fbdcc1/"
          "docs/dnn/papers/2024-midsem-regular-solved.md")
LICENSE = ("none (no LICENSE file in the repository); doc.md is a verbatim excerpt of source lines 231-385 and "
           "417-491 only")
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


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    return abs(D(p) - rnd(x, p)) <= unit(p)


def sig(z):
    return 1 / (1 + (-D(z)).exp())


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, lo=None, hi=None, up=(), why=""):
    """lo/hi: range of the line's own expression with rounded printed operands moved within half a unit (rule a)."""
    assert printed in DOC[line - 1], (cid, line, printed)
    p = D(printed)
    status, kind = "right", None
    up_bad = any(STATUS.get(u) == "wrong" for u in up)
    if lo is not None:
        a, b = min(D(lo), D(hi)), max(D(lo), D(hi))
        if not (rnd(a, p) <= p <= rnd(b, p)):
            status, kind = "wrong", "first"
        elif up_bad and not near(p, true):
            status, kind = "wrong", "propagated"
    elif not near(p, true):
        status, kind = "wrong", ("propagated" if up_bad else "first")
    STATUS[cid] = status
    CHECKS.append({"id": cid, "line": line, "printed": printed, "true": D(true), "status": status, "kind": kind,
                   "why": why, "correct": str(rnd(true, p))})


def report():
    wrong, right = [], []
    for n in sorted({c["line"] for c in CHECKS}):
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:100]))
        for c in cs:
            print("            %-14s printed %-8s true %-22s -> %s%s" % (
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


# ---------------- Question 2: 2-3-1 network, ReLU hidden, linear output, J = 1/2 (yhat - y)^2 ----------------
W1 = [[1, 2], [-1, 1], [0, 1]]
b1 = [1, 0, -1]
W2 = [1, -1, 2]
b2 = 0
x = [1, 2]
y = 5
assert "\\mathbf{x} = [1, 2]^T" in DOC[line_of("**Input**:") - 1] and "y = 5" in DOC[line_of("**Input**:") - 1]
Wx = [sum(W1[i][j] * x[j] for j in range(2)) for i in range(3)]          # [5, 1, 2]
z1 = [Wx[i] + b1[i] for i in range(3)]                                   # [6, 1, 1]
a1 = [max(0, v) for v in z1]                                             # [6, 1, 1]
z2 = sum(W2[i] * a1[i] for i in range(3)) + b2                           # 7
yhat = z2
J = D(1) / 2 * (yhat - y) ** 2                                           # 2
dz2 = yhat - y                                                           # 2
dW2 = [dz2 * v for v in a1]                                              # [12, 2, 2]

n = line_of("\\mathbf{z}^{[1]} = \\begin{bmatrix} 1 \\cdot 1 + 2 \\cdot 2")
t = DOC[n - 1]
assert "\\begin{bmatrix} 5 \\\\ 1 \\\\ 2 \\end{bmatrix}" in t and "\\begin{bmatrix} 6 \\\\ 1 \\\\ 1 \\end{bmatrix}" in t
for i in range(3):
    chk("Wx%d" % (i + 1), n, str(Wx[i]), Wx[i], Wx[i], Wx[i], why="(W1 x)_%d" % (i + 1))
    chk("z1_%d" % (i + 1), n, str(z1[i]), z1[i], z1[i], z1[i], why="z1_%d = (W1 x)_%d + b1_%d" % (i + 1, i + 1, i + 1))
n = line_of("\\mathbf{a}^{[1]} = \\text{ReLU}")
assert "\\begin{bmatrix} 6 \\\\ 1 \\\\ 1 \\end{bmatrix}" in DOC[n - 1]
for i in range(3):
    chk("a1_%d" % (i + 1), n, str(a1[i]), a1[i], a1[i], a1[i], up=("z1_%d" % (i + 1),))
n = line_of("z^{[2]} = \\mathbf{W}^{[2]} \\mathbf{a}^{[1]} + b^{[2]} = ")
assert "\\begin{bmatrix} 6 \\\\ 1 \\\\ 1 \\end{bmatrix}" in DOC[n - 1]
for i in range(3):
    chk("a1r_%d" % (i + 1), n, str(a1[i]), a1[i], up=("a1_%d" % (i + 1),), why="restates a1")
n = line_of("z^{[2]} = 1 \\cdot 6 + (-1) \\cdot 1 + 2 \\cdot 1 = 6 - 1 + 2 = 7")
chk("z2", n, "7", z2, 7, 7, up=("a1_1", "a1_2", "a1_3"))
n = line_of("\\hat{y} = z^{[2]} = 7")
chk("yhat", n, "7", yhat, up=("z2",))
n = line_of("**Answer**: $\\hat{y} = 7$")
chk("yhat_ans", n, "7", yhat, up=("yhat",))
n = line_of("J = \\frac{1}{2}(\\hat{y} - y)^2 = ")
chk("sq", n, "4", (yhat - y) ** 2, 4, 4, up=("yhat",), why="(7 - 5)^2")
chk("J", n, "2", J, 2, 2, up=("sq",), why="1/2 * 4")
n = line_of("**Answer**: Loss $J = 2$")
chk("J_ans", n, "2", J, up=("J",))
n = line_of("\\frac{\\partial J}{\\partial z^{[2]}} = \\hat{y} - y = 7 - 5 = 2")
chk("dz2", n, "2", dz2, 2, 2, up=("yhat",))
n = line_of("\\frac{\\partial J}{\\partial \\mathbf{W}^{[2]}} = \\frac{\\partial J}{\\partial z^{[2]}} \\cdot (\\mathbf{a}^{[1]})^T = 2")
t = DOC[n - 1]
assert t.rstrip().endswith("\\begin{bmatrix} 12 & 2 & 2 \\end{bmatrix}")
for i in range(3):
    chk("dW2_%d" % (i + 1), n, str(dW2[i]), dW2[i], dW2[i], dW2[i], up=("dz2", "a1_%d" % (i + 1)),
        why="dJ/dz2 * a1_%d" % (i + 1))
n = line_of("\\frac{\\partial J}{\\partial b^{[2]}} = \\frac{\\partial J}{\\partial z^{[2]}} = 2")
chk("db2", n, "2", dz2, up=("dz2",))
n = line_of("- $\\frac{\\partial J}{\\partial \\mathbf{W}^{[2]}} = [12, 2, 2]$")
for i in range(3):
    chk("dW2a_%d" % (i + 1), n, str(dW2[i]), dW2[i], up=("dW2_%d" % (i + 1),))
n = line_of("- $\\frac{\\partial J}{\\partial b^{[2]}} = 2$")
chk("db2_ans", n, "2", dz2, up=("db2",))

# ---------------- Question 3: sigmoid and its derivative at z = 2 ----------------
s2 = sig(2)
e2 = (D(-2)).exp()
n = line_of("\\sigma(2) = \\frac{1}{1 + e^{-2}} = \\frac{1}{1 + 0.1353}")
chk("e^-2", n, "0.1353", e2, why="e^-2 = %s" % rnd(e2, D("0.000001")))
h = D("0.00005")
chk("den", n, "1.1353", 1 + e2, 1 + D("0.1353") - h, 1 + D("0.1353") + h, up=("e^-2",))
chk("sig2", n, "0.881", s2, 1 / (D("1.1353") + h), 1 / (D("1.1353") - h), up=("den",),
    why="1/1.1353 = %s" % rnd(1 / D("1.1353"), D("0.00001")))
n = line_of("**Answer**: $\\sigma(2) = 0.881$")
chk("sig2_ans", n, "0.881", s2, up=("sig2",))
n = line_of("= 0.881 \\times (1 - 0.881) = 0.881 \\times 0.119 = 0.105")
h = D("0.0005")
chk("1-sig", n, "0.119", 1 - s2, 1 - D("0.881") - h, 1 - D("0.881") + h, up=("sig2",))
lo = min((D("0.881") + a) * (D("0.119") + b) for a in (-h, h) for b in (-h, h))
hi = max((D("0.881") + a) * (D("0.119") + b) for a in (-h, h) for b in (-h, h))
chk("dsig", n, "0.105", s2 * (1 - s2), lo, hi, up=("sig2", "1-sig"),
    why="0.881 x 0.119 = %s; sigma'(2) = %s" % (D("0.881") * D("0.119"), rnd(s2 * (1 - s2), D("0.000001"))))
n = line_of("**Answer**: Derivative = $0.105$")
chk("dsig_ans", n, "0.105", s2 * (1 - s2), up=("dsig",))

# ---------------- Question 4: backprop through the last two layers ----------------
g3 = D("0.5")
W3 = [D(1), D(-1)]
a2 = [D(2), D(1)]
z2v = [D(3), D(-1)]
dW3 = [g3 * v for v in a2]                      # [1, 0.5]
up_ = [w * g3 for w in W3]                      # [0.5, -0.5]
relu_d = [D(1) if v > 0 else D(0) for v in z2v]  # [1, 0]
dz2v = [up_[i] * relu_d[i] for i in range(2)]   # [0.5, 0]

n = line_of("0.5 \\cdot \\begin{bmatrix} 2 & 1 \\end{bmatrix} = \\begin{bmatrix} 1 & 0.5 \\end{bmatrix}")
chk("dW3_1", n, "1", dW3[0], dW3[0], dW3[0], why="0.5 * 2")
chk("dW3_2", n, "0.5", dW3[1], dW3[1], dW3[1], why="0.5 * 1")
n = line_of("**Answer**: $\\frac{\\partial J}{\\partial \\mathbf{W}^{[3]}} = [1, 0.5]$")
chk("dW3a_1", n, "1", dW3[0], up=("dW3_1",))
chk("dW3a_2", n, "0.5", dW3[1], up=("dW3_2",))
n = line_of("\\begin{bmatrix} 1 & -1 \\end{bmatrix} \\cdot 0.5 = \\begin{bmatrix} 0.5 & -0.5 \\end{bmatrix}")
chk("up1_row", n, "0.5", up_[0], up_[0], up_[0], why="1 * 0.5 (printed as a row; the values are right)")
chk("up2_row", n, "-0.5", up_[1], up_[1], up_[1], why="-1 * 0.5")
n = line_of("\\begin{bmatrix} 1 \\\\ -1 \\end{bmatrix} \\cdot 0.5 = \\begin{bmatrix} 0.5 \\\\ -0.5 \\end{bmatrix}")
chk("up1", n, "0.5", up_[0], up_[0], up_[0])
chk("up2", n, "-0.5", up_[1], up_[1], up_[1])
n = line_of("\\text{ReLU}'(3) \\\\ \\text{ReLU}'(-1)")
assert DOC[n - 1].rstrip().endswith("\\begin{bmatrix} 1 \\\\ 0 \\end{bmatrix}")
chk("relu_d1", n, "1", relu_d[0], relu_d[0], relu_d[0], why="ReLU'(3) = 1")
chk("relu_d2", n, "0", relu_d[1], relu_d[1], relu_d[1], why="ReLU'(-1) = 0")
n = line_of("\\odot \\begin{bmatrix} 1 \\\\ 0 \\end{bmatrix} = \\begin{bmatrix} 0.5 \\\\ 0 \\end{bmatrix}")
assert "\\begin{bmatrix} 0.5 \\\\ -0.5 \\end{bmatrix} \\odot" in DOC[n - 1]
chk("dz2v_1", n, "0.5", dz2v[0], dz2v[0], dz2v[0], up=("up1", "relu_d1"))
chk("dz2v_2", n, "0", dz2v[1], dz2v[1], dz2v[1], up=("up2", "relu_d2"))
n = line_of("**Answer**: $\\frac{\\partial J}{\\partial \\mathbf{z}^{[2]}} = [0.5, 0]^T$")
chk("dz2va_1", n, "0.5", dz2v[0], up=("dz2v_1",))
chk("dz2va_2", n, "0", dz2v[1], up=("dz2v_2",))

NOTES = ("Excerpt (no license) of a student's worked solutions to a 2024 mid-semester deep-neural-networks paper: "
         "Q2 forward pass of a 2-3-1 ReLU/linear network (z1 = [6, 1, 1], yhat = 7), half-squared-error loss J = 2 "
         "and gradients dJ/dW2 = [12, 2, 2], dJ/db2 = 2; Q3 sigmoid(2) = 1/(1 + 0.1353) = 1/1.1353 = 0.881 (true "
         "0.880797) and sigma'(2) = 0.881 x 0.119 = 0.105 (0.104839 from the printed operands, true 0.104994); Q4 "
         "dJ/dW3 = 0.5 [2, 1] = [1, 0.5] and dJ/dz2 = [0.5, -0.5] (.) ReLU'([3, -1]) = [0.5, 0]. Every computed "
         "number checks; the document has no arithmetic error. The first Step-1 line writes [0.5, -0.5] as a row "
         "and the text then says 'Wait, this should be a column vector. Let me recalculate' -- a shape remark, the "
         "numbers on both lines are right. Lines with only the givens (weights, input, target, the Q4 givens) and "
         "the symbolic formulas are in neither list.")

if __name__ == "__main__":
    wrong, right = report()
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")
