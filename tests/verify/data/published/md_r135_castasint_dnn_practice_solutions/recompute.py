#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt (givens and worked lines only)
of "DNN Midterm Practice Problems" (deep-neural-networks/study-materials/dnn_practice_problems.md) of
github.com/castasint/semester-2-study-materials: an exam-style problem set for AIML ZG511 (Deep Neural Networks) with
worked solutions (perceptron epoch table, batch gradient descent, logistic-regression neuron update, softmax and
cross-entropy, a ReLU/sigmoid forward pass, parameter count, convolution, CNN output sizes, answer key).

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last printed digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers (an operand that is itself a rounded result taken anywhere within half a unit of its last digit,
      a given exact) rounds to p;
  (b) a value printed without working, or restated, is right within one unit of the true value (or when it follows
      from printed correct operands);
  (c) a restated or recomputed consequence of a wrong value is wrong, propagated.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import re
import pathlib
import sys
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal as D, getcontext

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/castasint/semester-2-study-materials/blob/4b3380ddb68ba008d6bbad6775733f8de46590f7/"
          "deep-neural-networks/study-materials/dnn_practice_problems.md")
LICENSE = ("none stated (no LICENSE file in the repository); doc.md is an excerpt of the givens and worked lines only, "
           "each kept line byte for byte")
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    """1-based number of the nth line of doc.md containing sub; fails loudly."""
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s: no line containing %r (occurrence %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def exp(x):
    return D(x).exp()


def ln(x):
    return D(x).ln()


def sig(z):
    return 1 / (1 + exp(-D(z)))


def unit(p):
    e = D(p).as_tuple().exponent
    return D(1).scaleb(e) if e < 0 else D(1)


def rnd(x, p):
    q = unit(p)
    return D(x).quantize(q, rounding=ROUND_HALF_UP)


def half(p):
    return unit(p) / 2


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, lo=None, hi=None, up=(), why="", correct=None):
    """Judge one printed number p on a line.

    true   : the exact value of the quantity (from the givens).
    lo, hi : when the line shows the working, the range of the line's own expression with every rounded printed
             operand moved within half a unit (exact givens fixed); rule (a): p must be the rounding of some value in
             [lo, hi] (checked through the monotone rounding of the two ends), else wrong, first.
    up     : ids of checks this value is computed from or restates; a value off the truth (rule b) that comes from a
             wrong one is wrong, propagated.
    """
    if printed not in DOC[line - 1]:
        raise SystemExit("line %d does not print %r: %r" % (line, printed, DOC[line - 1]))
    p = D(printed)
    t = D(true)
    status, kind = "right", None
    up_bad = any(STATUS.get(u) == "wrong" for u in up)
    if lo is not None:
        a, b = min(D(lo), D(hi)), max(D(lo), D(hi))
        if not (rnd(a, p) <= p <= rnd(b, p)):
            status, kind = "wrong", "first"
        elif up_bad and abs(p - t) > unit(p):
            status, kind = "wrong", "propagated"
    elif abs(p - t) > unit(p):
        status, kind = "wrong", ("propagated" if up_bad else "first")
    STATUS[cid] = status
    CHECKS.append({"id": cid, "line": line, "printed": printed, "true": t, "status": status, "kind": kind,
                   "why": why, "correct": correct if correct is not None else str(rnd(t, p))})
    return status


def exact(cid, line, printed, value, up=(), why=""):
    """An exactly computable integer/decimal result printed with its working (or restated)."""
    return chk(cid, line, printed, value, lo=value, hi=value, up=up, why=why)


# ---------------------------------------------------------------------------------------------------------------
# Problem A1: bipolar perceptron for OR, w = (0, 0, 0), eta = 1, x0 = 1, one epoch, update dw_i = eta (t - y) x_i.
# sign(0) is taken as +1: the document's own convention (its Problem A3 solution, outside the excerpt, codes the
# activation as `y_pred = 1 if z >= 0 else -1`), and the usual perceptron convention.
# ---------------------------------------------------------------------------------------------------------------
def sgn(z):
    return 1 if z >= 0 else -1


def terms_of(expr):
    """signed terms of a printed sum such as '-2+(-2)+2' or '2 - 2 - 2'."""
    out = []
    for tok in re.findall(r"[+-]?\(-?\d+\)|[+-]?\d+", expr.replace(" ", "")):
        sign = -1 if tok.startswith("-") else 1
        out.append(sign * D(tok.lstrip("+-").strip("()")))
    return out


data = [((-1, -1), -1), ((-1, 1), 1), ((1, -1), 1), ((1, 1), 1)]
w = [0, 0, 0]
for k, ((x1, x2), t) in enumerate(data, 1):
    x = (1, x1, x2)
    terms = [w[i] * x[i] for i in range(3)]
    z = sum(terms)
    y = sgn(z)
    e = t - y
    dw = [e * xi for xi in x]
    w = [w[i] + dw[i] for i in range(3)]
    prefix = "| %d | 1 | %d | %d | %d |" % (k, x1, x2, t)
    ln_ = line_of(prefix)
    cells = [c.strip() for c in DOC[ln_ - 1].strip().strip("|").split("|")]
    zcell = cells[5]
    if "=" in zcell:
        expr, res = zcell.split("=")
        # the printed partial products must be w_i x_i, in order
        assert terms_of(expr) == [D(v) for v in terms], (ln_, expr, terms)
        exact("A1.z%d" % k, ln_, res, z)
    else:
        exact("A1.z%d" % k, ln_, zcell, z)
    exact("A1.y%d" % k, ln_, cells[6].replace("+", ""), y)
    exact("A1.e%d" % k, ln_, cells[7], e)
    for i in range(3):
        exact("A1.dw%d_%d" % (i, k), ln_, cells[8 + i], dw[i])
    for i in range(3):
        exact("A1.w%d_%d" % (i, k), ln_, cells[11 + i], w[i])
final_w = list(w)
L = line_of("**Final weights after Epoch 1:**")
for i, part in enumerate(DOC[L - 1].split("**")[-1].split(",")):
    exact("A1.final%d" % i, L, part.split("=")[1].strip(), final_w[i])
for (x1, x2), t in data:
    L = line_of("| %d | %d | 2 " % (x1, x2))
    z = final_w[0] + final_w[1] * x1 + final_w[2] * x2
    cells = [c.strip() for c in DOC[L - 1].strip().strip("|").split("|")]
    expr, res = cells[2].split("=")
    assert terms_of(expr) == [D(final_w[0]), D(final_w[1] * x1), D(final_w[2] * x2)], (L, expr)
    exact("A1.v%d%d" % (x1, x2), L, res.strip(), z)
    exact("A1.vy%d%d" % (x1, x2), L, cells[3].replace("+", ""), sgn(z))

# ---------------------------------------------------------------------------------------------------------------
# Problem B1: linear regression, X = [[1,1,1],[1,2,2],[1,3,1]], y = [3,6,5], w0 = 0, eta = 0.1,
# J = 1/(2N) sum e^2, grad = (1/N) X^T e.
# ---------------------------------------------------------------------------------------------------------------
X = [[1, 1, 1], [1, 2, 2], [1, 3, 1]]
Y = [D(3), D(6), D(5)]
N = 3
w0 = [D(0), D(0), D(0)]
yhat = [sum(X[i][j] * w0[j] for j in range(3)) for i in range(3)]
err = [yhat[i] - Y[i] for i in range(3)]
J = sum(e * e for e in err) / (2 * N)
grad = [sum(X[i][j] * err[i] for i in range(3)) / N for j in range(3)]
w1 = [0 - D("0.1") * g for g in grad]
L = line_of(r"\hat{\mathbf{y}}^{(0)} = \mathbf{X}\mathbf{w}^{(0)}")
assert DOC[L - 1].endswith(r"= \begin{bmatrix} 0 \\ 0 \\ 0 \end{bmatrix}$$")
assert yhat == [0, 0, 0]
CHECKS.append({"id": "B1.yhat", "line": L, "printed": "[0, 0, 0]", "true": D(0), "status": "right", "kind": None,
               "why": "", "correct": "[0, 0, 0]"})
STATUS["B1.yhat"] = "right"
L = line_of(r"J = \frac{1}{2N}")
assert r"= \frac{1}{6}[(0-3)^2 + (0-6)^2 + (0-5)^2]" in DOC[L - 1] and 2 * N == 6
CHECKS.append({"id": "B1.1/2N", "line": L, "printed": "1/6", "true": D(1) / 6, "status": "right", "kind": None,
               "why": "", "correct": "1/6"})
STATUS["B1.1/2N"] = "right"
L = line_of(r"J = \frac{1}{6}[9 + 36 + 25]")
for v, p in zip([e * e for e in err], ["9", "36", "25"]):
    exact("B1.sq" + p, L, p, v)
exact("B1.70", L, "70", sum(e * e for e in err))
chk("B1.Jval", L, "11.67", J, lo=D(70) / 6, hi=D(70) / 6)
L = line_of(r"\mathbf{e} = \hat{\mathbf{y}} - \mathbf{y}")
for i, p in enumerate(["-3", "-6", "-5"]):
    exact("B1.e%d" % i, L, p, err[i])
L = line_of(r"\nabla J = \frac{1}{N}\mathbf{X}^T\mathbf{e}")
XT = [[X[i][j] for i in range(3)] for j in range(3)]
assert r"\begin{bmatrix} 1 & 1 & 1 \\ 1 & 2 & 3 \\ 1 & 2 & 1 \end{bmatrix}" in DOC[L - 1] and XT == [[1, 1, 1], [1, 2, 3], [1, 2, 1]]
CHECKS.append({"id": "B1.XT", "line": L, "printed": "X^T, 1/3", "true": D(1) / 3, "status": "right", "kind": None,
               "why": "", "correct": "X^T = [[1,1,1],[1,2,3],[1,2,1]], 1/N = 1/3"})
STATUS["B1.XT"] = "right"
L = line_of(r"\nabla J = \frac{1}{3}\begin{bmatrix} -3-6-5")
prods = [[XT[j][i] * err[i] for i in range(3)] for j in range(3)]
assert r"-3-6-5 \\ -3-12-15 \\ -3-12-5" in DOC[L - 1] and prods == [[-3, -6, -5], [-3, -12, -15], [-3, -12, -5]]
for j, p in enumerate(["-14", "-30", "-20"]):
    exact("B1.s%d" % j, L, p, grad[j] * N)
for j, p in enumerate(["-4.67", "-10.0", "-6.67"]):
    chk("B1.g%d" % j, L, p, grad[j], lo=grad[j], hi=grad[j])
L = line_of(r"\mathbf{w}^{(1)} = \mathbf{w}^{(0)} - \eta \nabla J")
for j, (p, gp) in enumerate(zip(["0.467", "1.0", "0.667"], ["-4.67", "-10.0", "-6.67"])):
    g = D(gp)
    chk("B1.w%d" % j, L, p, w1[j], lo=-D("0.1") * (g + half(gp)), hi=-D("0.1") * (g - half(gp)), up=("B1.g%d" % j,))
L = line_of("| B1 | Gradient:")
for j, p in enumerate(["-4.67", "-10", "-6.67"]):
    chk("B1.key%d" % j, L, p, grad[j], up=("B1.g%d" % j,))

# ---------------------------------------------------------------------------------------------------------------
# Problem C1: logistic neuron, x = [1,2,3], w = [0.5,-0.2,0.3], y = 1, eta = 0.5, BCE.
# ---------------------------------------------------------------------------------------------------------------
xs = [D(1), D(2), D(3)]
ws = [D("0.5"), D("-0.2"), D("0.3")]
z = sum(a * b for a, b in zip(ws, xs))
yh = sig(z)
loss = -ln(yh)
g = [(yh - 1) * xi for xi in xs]
wn = [ws[i] - D("0.5") * g[i] for i in range(3)]
L = line_of("z = w^Tx = 0.5(1)")
assert "= 0.5 - 0.4 + 0.9 = 1.0$$" in DOC[L - 1]
exact("C1.p2", L, "0.4", -ws[1] * 2)
exact("C1.p3", L, "0.9", ws[2] * 3)
exact("C1.z", L, "1.0", z)
L = line_of(r"\hat{y} = \sigma(1.0)")
chk("C1.e-1", L, "0.368", exp(-1), lo=exp(-1), hi=exp(-1))
exact("C1.den", L, "1.368", 1 + D("0.368"), up=("C1.e-1",))
chk("C1.yhat", L, "0.731", yh, lo=1 / D("1.368"), hi=1 / D("1.368"), up=("C1.den",))
L = line_of(r"\ell = -[1 \cdot \log(0.731) + 0]")
chk("C1.yhat_r", L, "0.731", yh, up=("C1.yhat",))
chk("C1.log", L, "-0.313", -loss, lo=ln(D("0.7305")), hi=ln(D("0.7315")), up=("C1.yhat",))
chk("C1.loss", L, "0.313", loss, lo=-ln(D("0.7315")), hi=-ln(D("0.7305")), up=("C1.yhat",))
L = line_of(r"(0.731 - 1) \cdot [1, 2, 3]")
chk("C1.yhat_r2", L, "0.731", yh, up=("C1.yhat",))
L = line_of(r"\nabla\ell = -0.269 \cdot [1, 2, 3]")
chk("C1.err", L, "-0.269", yh - 1, lo=D("0.7305") - 1, hi=D("0.7315") - 1, up=("C1.yhat",))
for i, p in enumerate(["-0.269,", "-0.538", "-0.807"]):
    pp = p.rstrip(",")
    chk("C1.g%d" % i, L, pp, g[i], lo=D("-0.2695") * xs[i], hi=D("-0.2685") * xs[i], up=("C1.err",))
L = line_of(r"w_{new} = w - \eta \nabla\ell = [0.5, -0.2, 0.3] - 0.5[-0.269, -0.538, -0.807]")
for i, p in enumerate(["-0.269", "-0.538", "-0.807"]):
    chk("C1.gr%d" % i, L, p, g[i], up=("C1.g%d" % i,))
L = line_of(r"w_{new} = [0.5 + 0.135")
steps = [D("0.5") * -g[i] for i in range(3)]
for i, (p, gp) in enumerate(zip(["0.135", "0.269", "0.404"], ["0.269", "0.538", "0.807"])):
    gg = D(gp)
    chk("C1.step%d" % i, L, p, steps[i], lo=D("0.5") * (gg - half(gp)), hi=D("0.5") * (gg + half(gp)),
        up=("C1.g%d" % i,))
for i, (p, base, sp) in enumerate(zip(["0.635", "0.069", "0.704"], ws, ["0.135", "0.269", "0.404"])):
    s = D(sp)
    chk("C1.w%d" % i, L, p, wn[i], lo=base + s - half(sp), hi=base + s + half(sp), up=("C1.step%d" % i,))
L = line_of("| C1 | z=1.0")
exact("C1.key.z", L, "1.0", z)
chk("C1.key.yhat", L, "0.731", yh, up=("C1.yhat",))
chk("C1.key.loss", L, "0.313", loss, up=("C1.loss",))

# ---------------------------------------------------------------------------------------------------------------
# Problem D1: softmax of z = [2.0, 1.0, 0.5], true class 0, cross-entropy.
# ---------------------------------------------------------------------------------------------------------------
zz = [D("2.0"), D("1.0"), D("0.5")]
ex = [exp(v) for v in zz]
S = sum(ex)
P = [v / S for v in ex]
CE = -ln(P[0])
L = line_of(r"e^{2.0} = 7.389")
for i, p in enumerate(["7.389", "2.718", "1.649"]):
    chk("D1.e%d" % i, L, p, ex[i], lo=ex[i], hi=ex[i])
L = line_of(r"\text{Sum} = 7.389 + 2.718 + 1.649")
chk("D1.S", L, "11.756", S, lo=D("7.389") + D("2.718") + D("1.649") - 3 * D("0.0005"),
    hi=D("7.389") + D("2.718") + D("1.649") + 3 * D("0.0005"), up=("D1.e0", "D1.e1", "D1.e2"))
L = line_of(r"\frac{7.389}{11.756}")
for i, (p, num) in enumerate(zip(["0.628", "0.231", "0.140"], ["7.389", "2.718", "1.649"])):
    n = D(num)
    chk("D1.p%d" % i, L, p, P[i], lo=(n - half(num)) / (D("11.756") + D("0.0005")),
        hi=(n + half(num)) / (D("11.756") - D("0.0005")), up=("D1.S",),
        why="" if i else "7.389/11.756 = 0.62853 (0.629 from the printed operands exactly; 0.628 lies within their "
                         "rounding, and the true softmax 0.628532 is within one unit)")
L = line_of(r"= -[1 \cdot \log(0.628) + 0 + 0]")
chk("D1.p0r", L, "0.628", P[0], up=("D1.p0",))
L = line_of(r"\ell = -\log(0.628) = 0.465")
chk("D1.CE", L, "0.465", CE, lo=-ln(D("0.6285")), hi=-ln(D("0.6275")), up=("D1.p0",))
L = line_of("Predicted class = argmax([0.628, 0.231, 0.140]) = class 0")
for i, p in enumerate(["0.628", "0.231", "0.140"]):
    chk("D1.am%d" % i, L, p, P[i], up=("D1.p%d" % i,))
assert max(range(3), key=lambda i: P[i]) == 0
L = line_of("| D1 | ")
for i, p in enumerate(["0.628", "0.231", "0.140"]):
    chk("D1.key%d" % i, L, p, P[i], up=("D1.p%d" % i,))
chk("D1.keyCE", L, "0.465", CE, up=("D1.CE",))

# ---------------------------------------------------------------------------------------------------------------
# Problem E1: x = [0.5, 0.8], W1 = [[0.3,-0.2],[0.4,0.5]], b1 = [0.1,-0.1], ReLU; W2 = [0.6,0.7]^T, b2 = 0.2, sigmoid.
# The page computes z1 = W1^T x + b1 (W1 indexed input x neuron).
# ---------------------------------------------------------------------------------------------------------------
x = [D("0.5"), D("0.8")]
W1 = [[D("0.3"), D("-0.2")], [D("0.4"), D("0.5")]]
b1 = [D("0.1"), D("-0.1")]
W2 = [D("0.6"), D("0.7")]
b2 = D("0.2")
pre = [[W1[i][j] * x[i] for i in range(2)] for j in range(2)]
z1 = [sum(pre[j]) + b1[j] for j in range(2)]
h1 = [max(D(0), v) for v in z1]
z2 = W2[0] * h1[0] + W2[1] * h1[1] + b2
den = 1 + exp(-z2)
yo = 1 / den
L = line_of(r"z^{(1)} = \begin{bmatrix} 0.3 & 0.4 \\ -0.2 & 0.5 \end{bmatrix}")
CHECKS.append({"id": "E1.W1T", "line": L, "printed": "W1^T", "true": D(0), "status": "right", "kind": None,
               "why": "", "correct": "[[0.3, 0.4], [-0.2, 0.5]]"})
STATUS["E1.W1T"] = "right"
L = line_of(r"0.15 + 0.32 \\ -0.10 + 0.40")
for cid, p, v in [("E1.p00", "0.15", pre[0][0]), ("E1.p01", "0.32", pre[0][1]), ("E1.p10", "-0.10", pre[1][0]),
                  ("E1.p11", "0.40", pre[1][1])]:
    exact(cid, L, p, v)
exact("E1.z1a", L, "0.57", z1[0])
exact("E1.z1b", L, "0.20", z1[1])
L = line_of(r"h^{(1)} = \text{ReLU}(z^{(1)})")
exact("E1.h1a", L, "0.57", h1[0])
exact("E1.h1b", L, "0.20", h1[1])
L = line_of(r"z^{(2)} = [0.6 \cdot 0.57")
exact("E1.q1", L, "0.342", W2[0] * h1[0])
exact("E1.q2", L, "0.14", W2[1] * h1[1])
exact("E1.z2", L, "0.682", z2)
L = line_of(r"\hat{y} = \sigma(0.682)")
chk("E1.den", L, "1.505", den, lo=den, hi=den,
    why="1 + e^{-0.682} = 1 + 0.505605 = 1.505605, rounds to 1.506 (printed 1.505: truncated)")
chk("E1.y", L, "0.664", yo, lo=1 / (D("1.505") + D("0.0005")), hi=1 / (D("1.505") - D("0.0005")), up=("E1.den",))
L = line_of("**Final output: ŷ = 0.664**")
chk("E1.yr", L, "0.664", yo, up=("E1.y",))
L = line_of("| E1 | Final output")
chk("E1.key", L, "0.664", yo, up=("E1.y",))

# ---------------------------------------------------------------------------------------------------------------
# Problem E2: weights of an 8-10-6-4 network without biases.
# ---------------------------------------------------------------------------------------------------------------
L = line_of(r"\text{Weights} = 80 + 60 + 24 = 164")
exact("E2.a", L, "80", 8 * 10)
exact("E2.b", L, "60", 10 * 6)
exact("E2.c", L, "24", 6 * 4)
exact("E2.t", L, "164", 8 * 10 + 10 * 6 + 6 * 4)
L = line_of("**Total trainable weights: 164**")
exact("E2.r", L, "164", 164, up=("E2.t",))
L = line_of("| E2 | Total weights: 164")
exact("E2.key", L, "164", 164, up=("E2.t",))

# ---------------------------------------------------------------------------------------------------------------
# Problem F1: top-left valid-convolution (cross-correlation) output of the given 5x5 input with the 3x3 kernel.
# ---------------------------------------------------------------------------------------------------------------
img = [[1, 2, 3, 4, 5], [2, 3, 4, 5, 6], [3, 4, 5, 6, 7], [4, 5, 6, 7, 8], [5, 6, 7, 8, 9]]
ker = [[1, 0, -1], [1, 0, -1], [1, 0, -1]]
out00 = sum(img[i][j] * ker[i][j] for i in range(3) for j in range(3))
L = line_of("$$= 1 - 3 + 2 - 4 + 3 - 5 = -6$$")
nz = [img[i][j] * ker[i][j] for i in range(3) for j in range(3) if img[i][j] * ker[i][j] != 0]
assert nz == [1, -3, 2, -4, 3, -5]
exact("F1.out", L, "-6", out00)
L = line_of("| F1 | Top-left output: -6")
exact("F1.key", L, "-6", out00, up=("F1.out",))

# ---------------------------------------------------------------------------------------------------------------
# Problem F2: output sizes, floor((n + 2p - k)/s) + 1.
# ---------------------------------------------------------------------------------------------------------------
def osz(n, k, s, p):
    return (n + 2 * p - k) // s + 1


s1 = osz(64, 5, 1, 2)
s2 = osz(s1, 2, 2, 0)
s3 = osz(s2, 3, 1, 1)
L = line_of(r"\left\lfloor\frac{64 + 2(2) - 5}{1}\right\rfloor + 1 = 64")
CHECKS.append({"id": "F2.s1", "line": L, "printed": "64", "true": D(s1), "status": "right" if s1 == 64 else "wrong",
               "kind": None if s1 == 64 else "first", "why": "", "correct": str(s1)})
STATUS["F2.s1"] = CHECKS[-1]["status"]
L = line_of("Output: **64×64×32**")
exact("F2.o1", L, "64", s1, up=("F2.s1",))
L = line_of(r"\left\lfloor\frac{64 - 2}{2}\right\rfloor + 1 = 32")
CHECKS.append({"id": "F2.s2", "line": L, "printed": "32", "true": D(s2), "status": "right" if s2 == 32 else "wrong",
               "kind": None if s2 == 32 else "first", "why": "", "correct": str(s2)})
STATUS["F2.s2"] = CHECKS[-1]["status"]
L = line_of("Output: **32×32×32**")
exact("F2.o2", L, "32", s2, up=("F2.s2",))
L = line_of(r"\left\lfloor\frac{32 + 2(1) - 3}{1}\right\rfloor + 1 = 32")
CHECKS.append({"id": "F2.s3", "line": L, "printed": "32", "true": D(s3), "status": "right" if s3 == 32 else "wrong",
               "kind": None if s3 == 32 else "first", "why": "", "correct": str(s3)})
STATUS["F2.s3"] = CHECKS[-1]["status"]
L = line_of("Output: **32×32×64**")
exact("F2.o3", L, "32", s3, up=("F2.s3",))
L = line_of("| F2 | 64×64×32 → 32×32×32 → 32×32×64 |")
assert (s1, s2, s3) == (64, 32, 32)
CHECKS.append({"id": "F2.key", "line": L, "printed": "64×64×32 → 32×32×32 → 32×32×64", "true": D(s1),
               "status": "right", "kind": None, "why": "", "correct": "64×64×32 → 32×32×32 → 32×32×64"})
STATUS["F2.key"] = "right"

# Answer-key row of A1.
L = line_of("| A1 | Final weights:")
for i, p in enumerate(["w₀=2", "w₁=2", "w₂=2"]):
    assert p in DOC[L - 1]
    exact("A1.key%d" % i, L, "2", final_w[i], up=("A1.final%d" % i,))


# ---------------------------------------------------------------------------------------------------------------
def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:110]))
        for c in cs:
            print("            %-12s printed %-14s true %-22s -> %s%s" % (
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


NOTES = (
    "Excerpt of a BITS Pilani AIML ZG511 practice-problem set with worked solutions; only the givens and worked "
    "lines are kept (see SOURCE.md for the line mapping). One error: in E1 the sigmoid's denominator "
    "1 + e^{-0.682} = 1.505605 is printed 1.505 (truncated; rule (a) gives 1.506), line wrong (first); the output "
    "0.664 on the same line is right both from the printed 1.505 (0.66445) and from the truth (0.66418), so the "
    "restatements of 0.664 are right. Close calls judged right: D1's 7.389/11.756 = 0.62853 printed 0.628 (the "
    "operands are rounded results, and 7.3885/11.7565 = 0.62846; the true softmax 0.628532 is within one unit); "
    "-log(0.628) = 0.46522 printed 0.465 while the true loss is -ln(0.628532) = 0.46437 (within one unit, and 0.465 "
    "follows from the printed 0.628); C1's 0.5 x 0.269 = 0.1345 printed 0.135 and 0.5 x 0.807 = 0.4035 printed "
    "0.404 (half-up roundings; true 0.13447 and 0.40341 are within one unit), hence 0.635 and 0.704 (true 0.63447, "
    "0.70341). A1 uses sign(0) = +1 (step 1, z = 0 -> y = +1), the document's own convention (its Problem A3 "
    "solution, outside the excerpt, codes `1 if z >= 0 else -1`); with it every cell of the epoch table is right. "
    "Lines holding only givens (problem statements, the Init row, the design matrix X and y, the products written "
    "out in E2 and F1) are in neither list. B1's gradient in the answer key, '-10', restates -10.0.")


def main():
    wrong, right = report()
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines (%d):" % len(right), right)
    if "--write-expected" in sys.argv:
        exp_ = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
                "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp_, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


if __name__ == "__main__":
    main()
