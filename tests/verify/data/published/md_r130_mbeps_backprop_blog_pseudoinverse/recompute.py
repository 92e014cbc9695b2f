#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, Maruf Bepary's blog post on neural-network
learning rules (public/blogs/back-propagation/blog.md of github.com/mbeps/personal-portfolio; sections: neuron net
input and Heaviside output, linear discriminants and augmented vectors, batch and sequential perceptron learning,
squared error, the delta rule for linear units, the generalised delta rule for a sigmoid unit, the pseudo-inverse
(MSE) solution and sequential Widrow-Hoff updates), kept verbatim under the repository's MIT licence.

Plain Python 3 (decimal at 60 digits, fractions for the pseudo-inverse); does not import nnwalk or the generator.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers (rounded operands anywhere within half a unit) rounds to p;
  (b) a value printed without working, or restated, is right within one unit of the true value, or when it
      follows from printed correct operands;
  (c) a restated or recomputed consequence of a wrong value is wrong, kind propagated.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/mbeps/personal-portfolio/blob/e5dfebd3da8e940e0b4090b140979059e737c9c9/"
          "public/blogs/back-propagation/blog.md")
LICENSE = ("MIT (LICENSE at the repository root, Copyright (c) 2023-24 Maruf Bepary, the post's author); "
           "doc.md is the file verbatim")
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D
from itertools import product

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1, after=0):
    """1-based line of the nth line (after line `after`) containing sub; fails loudly."""
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t and i + 1 > after]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d after line %d)" % (DOCFILE, sub, nth, after))
    return hits[nth - 1]


def sig(z):
    return 1 / (1 + (-D(z)).exp())


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    """rule (b): within one unit of p's last digit of the true value."""
    return abs(D(p) - D(x)) <= unit(p) * D("1.0000001")


def R(s):
    """a printed rounded operand: the interval of half a unit around it."""
    p = D(s)
    return (p - unit(s) / 2, p + unit(s) / 2)


def G(s):
    """a given (exact) operand."""
    return (D(s), D(s))


def span(f, *ops):
    """range of f over the corners of the operand intervals (the expressions here are multilinear)."""
    vals = [f(*c) for c in product(*ops)]
    return min(vals), max(vals)


CHECKS = []
STATUS = {}
UNJUDGED = []


def chk(cid, line, printed, true, rng=None, up=(), why="", correct=None):
    """Judge one printed number.
    rng: (lo, hi) the line's own working can give when every rounded printed operand moves within half a unit
         (rule a: p must be the rounding of some value in it); None when the value is printed without working.
    up: ids this value is computed from or restates; a wrong value coming from a wrong one is `propagated`."""
    if printed not in DOC[line - 1]:
        raise SystemExit("line %d does not print %r: %r" % (line, printed, DOC[line - 1]))
    p = D(printed)
    status, kind = "right", None
    up_bad = any(STATUS.get(u) == "wrong" for u in up)
    if rng is not None:
        a, b = min(rng), max(rng)
        if not (rnd(a, p) <= p <= rnd(b, p)):
            status, kind = "wrong", "first"            # rule (a): the line's own working does not give p
        elif up_bad and not near(p, true):
            status, kind = "wrong", "propagated"       # rule (c): worked right from a wrong operand
    elif not near(p, true):
        status, kind = "wrong", ("propagated" if up_bad else "first")
    STATUS[cid] = status
    CHECKS.append({"id": cid, "line": line, "printed": printed, "true": D(true), "status": status, "kind": kind,
                   "why": why, "correct": correct if correct is not None else str(rnd(true, p))})
    return status


def restate(cid, line, printed, of):
    """a computed value restated (as an operand or a summary): right when it matches its source."""
    if printed not in DOC[line - 1]:
        raise SystemExit("line %d does not print %r: %r" % (line, printed, DOC[line - 1]))
    src = [c for c in CHECKS if c["id"] == of][0]
    status, kind = "right", None
    if src["status"] == "wrong" and D(printed) == D(src["printed"]):
        status, kind = "wrong", "propagated"
    elif src["status"] == "right" and D(printed) == D(src["printed"]):
        pass                                           # the same (judged right) figure, restated
    elif not near(D(printed), src["true"]):
        status, kind = "wrong", "first"
    STATUS[cid] = status
    CHECKS.append({"id": cid, "line": line, "printed": printed, "true": src["true"], "status": status,
                   "kind": kind, "why": "" if status == "right" else "restates %s = %s (true %s)" % (
                       of, src["printed"], src["correct"]), "correct": src["correct"]})


def unjudged(line, must, why):
    if must not in DOC[line - 1]:
        raise SystemExit("line %d does not contain %r" % (line, must))
    UNJUDGED.append({"line": line, "page": None, "why": why})


def report():
    lines = sorted({c["line"] for c in CHECKS} - {u["line"] for u in UNJUDGED})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:110]))
        for c in cs:
            print("            %-14s printed %-12s true %-24s -> %s%s" % (
                c["id"], c["printed"], "%.12g" % c["true"], c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(c["correct"] for c in bad),
                          "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(dict.fromkeys(c["why"] or "computed from a wrong value" for c in bad))})
        else:
            right.append(n)
    for u in UNJUDGED:
        print("line %4d  UNJUDGED  %s" % (u["line"], DOC[u["line"] - 1].strip()[:110]))
    return wrong, right


def main(notes):
    wrong, right = report()
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines (%d):" % len(right), right)
    print("unjudged lines:", [u["line"] for u in UNJUDGED])
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "unjudged": UNJUDGED, "notes": notes}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")
from fractions import Fraction as Fr


def X(v):
    """exact value -> degenerate range (an expression of givens only)"""
    return (D(v), D(v))


# ---------------------------------------------------------------- 1.2 net input of a linear neuron, w = [0.1, -0.5, 0.4]
w = [D("0.1"), D("-0.5"), D("0.4")]
for tag, xs, after_txt, prods, total, pstr in (
        ("s1", [D("0.1"), D("-0.5"), D("0.4")], "**1. For input $x_1 = [0.1, -0.5, 0.4]^T$**",
         [("$0.1 \\times 0.1 = 0.01$", "0.01"), ("$-0.5 \\times -0.5 = 0.25$", "0.25"), ("$0.4 \\times 0.4 = 0.16$", "0.16")],
         "$$s_1 = 0.01 + 0.25 + 0.16 = 0.42$$", "0.42"),
        ("s2", [D("0.1"), D("0.5"), D("0.4")], "**2. For input $x_2 = [0.1, 0.5, 0.4]^T$**",
         [("$0.1 \\times 0.1 = 0.01$", "0.01"), ("$-0.5 \\times 0.5 = -0.25$", "-0.25"), ("$0.4 \\times 0.4 = 0.16$", "0.16")],
         "$$s_2 = 0.01 - 0.25 + 0.16 = -0.08$$", "-0.08")):
    sec = line_of(after_txt)
    for i, (txt, pr) in enumerate(prods):
        n = line_of(txt, after=sec)
        v = w[i] * xs[i]
        chk("%s_p%d" % (tag, i), n, pr, v, rng=X(v))
    n = line_of(total, after=sec)
    v = sum(a * b for a, b in zip(w, xs))
    chk(tag, n, pstr, v, rng=X(v))
    n = line_of("**Result:** The net input is %s." % pstr, after=sec)
    restate(tag + "_r", n, pstr, tag)

# ---------------------------------------------------------------- 1.3 Heaviside outputs
n = line_of("Recall that $s_1 = 0.42$ and $s_2 = -0.08$.")
restate("h_r1", n, "0.42", "s1"); restate("h_r2", n, "-0.08", "s2")
n = line_of("The net input was $s_1 = 0.42$."); restate("h_r3", n, "0.42", "s1")
n = line_of("Since $0.42 \\ge 0$, the condition is met."); restate("h_r4", n, "0.42", "s1")
n = line_of("$$y_1 = H(0.42) = 1$$"); chk("y1", n, "1", 1)
n = line_of("The net input was $s_2 = -0.08$."); restate("h_r5", n, "-0.08", "s2")
n = line_of("Since $-0.08 < 0$, the condition is not met."); restate("h_r6", n, "-0.08", "s2")
n = line_of("$$y_2 = H(-0.08) = 0$$"); chk("y2", n, "0", 0)

# ---------------------------------------------------------------- 2.1 / 2.3 discriminant g(x) = 2x1 + x2 - 5
for tag, x, txt, pr, cls in (("g1", 1, "$$g(x_1) = 2 + 1 - 5 = -2$$", "-2", "Since $-2 < 0$"),
                             ("g2", 2, "$$g(x_2) = 4 + 2 - 5 = 1$$", "1", "Since $1 > 0$"),
                             ("g3", 3, "$$g(x_3) = 6 + 3 - 5 = 4$$", "4", "Since $4 > 0$")):
    n = line_of(txt)
    chk(tag, n, pr, 2 * x + x - 5, rng=X(2 * x + x - 5))
    n = line_of(cls)
    restate(tag + "_r", n, pr, tag)
sec = line_of("## 2.3 - Augmented Vector Notation")
for tag, x, txt, pr, res in (("ga1", 1, "$$g(x_1) = -5 + 2 + 1 = -2$$", "-2", "Result: $-2 \\le 0"),
                             ("ga2", 2, "$$g(x_2) = -5 + 4 + 2 = 1$$", "1", "Result: $1 > 0"),
                             ("ga3", 3, "$$g(x_3) = -5 + 6 + 3 = 4$$", "4", "Result: $4 > 0")):
    n = line_of(txt, after=sec)
    chk(tag, n, pr, -5 + 2 * x + x, rng=X(-5 + 2 * x + x))
    n = line_of(res, after=sec)
    restate(tag + "_r", n, pr, tag)
sec = line_of("## 2.2 - Geometry of Decision Boundaries")
n = line_of("$$x_2 = -2x_1 + 5$$", after=sec)
chk("slope", n, "-2", -2); chk("icpt", n, "5", 5)
n = line_of("This is a straight line with a slope of -2 and an intercept of 5.", after=sec)
restate("slope_r", n, "-2", "slope"); restate("icpt_r", n, "5", "icpt")
n = line_of("$$x_2 = -2(0) + 5 = 5$$", after=sec); chk("x2int", n, "5", 5, rng=X(5))
n = line_of("Intercept point: $(0, 5)$.", after=sec); restate("x2int_r", n, "5", "x2int")
n = line_of("$$2x_1 = 5$$", after=sec); chk("two_x1", n, "5", 5)
n = line_of("$$x_1 = 2.5$$", after=sec); chk("x1int", n, "2.5", D(5) / 2)
n = line_of("Intercept point: $(2.5, 0)$.", after=sec); restate("x1int_r", n, "2.5", "x1int")
n = line_of("The decision boundary is a line passing through $(0, 5)$ and $(2.5, 0)$.", after=sec)
restate("x2int_r2", n, "5", "x2int"); restate("x1int_r2", n, "2.5", "x1int")

# ---------------------------------------------------------------- 3.3 batch perceptron, a = (-25, 6, 3), eta = 1
sec = line_of("## 3.3 - Batch Perceptron Learning")
n = line_of("Negate: $y_3 = (-1, -4, -1)^T$.", after=sec); chk("bp_y3", n, "-4", -4)
n = line_of("Negate: $y_4 = (-1, -5, -1)^T$.", after=sec); chk("bp_y4", n, "-5", -5)
a = [-25, 6, 3]
ys = {1: [1, 1, 5], 2: [1, 2, 5], 3: [-1, -4, -1], 4: [-1, -5, -1]}
for k, txt, pr in ((1, "= -25 + 6 + 15 = -4$$", "-4"), (2, "= -25 + 12 + 15 = 2$$", "2"),
                   (3, "= 25 - 24 - 3 = -2$$", "-2"), (4, "= 25 - 30 - 3 = -8$$", "-8")):
    n = line_of(txt, after=sec)
    v = sum(p * q for p, q in zip(a, ys[k]))
    chk("bp_g%d" % k, n, pr, v, rng=X(v))
ssum = [ys[1][i] + ys[3][i] + ys[4][i] for i in range(3)]
n = line_of("= \\begin{pmatrix} -1 \\\\ -8 \\\\ 3 \\end{pmatrix}$$", after=sec)
for i, pr in enumerate(("-1", "-8", "3")):
    chk("bp_sum%d" % i, n, pr, ssum[i], rng=X(ssum[i]))
n = line_of("+ 1 \\times \\begin{pmatrix} -1 \\\\ -8 \\\\ 3 \\end{pmatrix}$$", after=sec)
restate("bp_sum_r", n, "-8", "bp_sum1")
anew = [a[i] + ssum[i] for i in range(3)]
n = line_of("$$a_{new} = \\begin{pmatrix} -26 \\\\ -2 \\\\ 6 \\end{pmatrix}$$", after=sec)
for i, pr in enumerate(("-26", "-2", "6")):
    chk("bp_a%d" % i, n, pr, anew[i])
n = line_of("The new weight vector after one epoch is $a = (-26, -2, 6)^T$.", after=sec)
restate("bp_a_r0", n, "-26", "bp_a0"); restate("bp_a_r1", n, "-2", "bp_a1"); restate("bp_a_r2", n, "6", "bp_a2")

# ---------------------------------------------------------------- 3.5 sequential perceptron, a = (1, 0, 0), eta = 1
sec = line_of("## 3.5 - Computational Examples of Perceptron Updates")
for k, txt in ((1, "$$g(x) = a^T y = (1 \\times 1) + (0 \\times 0) + (0 \\times 2) = 1$$"),
               (2, "$$g(x) = (1 \\times 1) + (0 \\times 1) + (0 \\times 2) = 1$$"),
               (3, "$$g(x) = (1 \\times 1) + (0 \\times 2) + (0 \\times 1) = 1$$"),
               (4, "$$g(x) = (1 \\times 1) + (0 \\times -3) + (0 \\times 1) = 1$$")):
    n = line_of(txt, after=sec)
    chk("sp_g%d" % k, n, "1", 1, rng=X(1))
n = line_of("$$a_{new} = [1, 0, 0]^T - [1, -3, 1]^T = [0, 3, -1]^T$$", after=sec)
chk("sp_a1", n, "3", 0 - (-3), rng=X(3)); chk("sp_a2", n, "-1", 0 - 1, rng=X(-1))
n = line_of("We use the *new* weights $a=[0, 3, -1]^T$.", after=sec); restate("sp_ar", n, "3", "sp_a1")
n = line_of("= 0 - 6 + 1 = -5$$", after=sec); chk("sp_g5", n, "-5", 0 * 1 + 3 * -2 + -1 * -1, rng=X(-5))
n = line_of("= 0 - 9 + 2 = -7$$", after=sec); chk("sp_g6", n, "-7", 0 * 1 + 3 * -3 + -1 * -2, rng=X(-7))
n = line_of("At the end of the first epoch, the weight vector has evolved", after=sec)
restate("sp_ar2", n, "3", "sp_a1"); restate("sp_ar3", n, "-1", "sp_a2")

# ---------------------------------------------------------------- 4.1 squared error of a linear unit, w = [1, 1, 2]
sec = line_of("## 4.1 - The Cost Function (Squared Error)")
n = line_of("$$s_1 = 1 + 1 + 4 = 6$$", after=sec); chk("se_s1", n, "6", 6, rng=X(6))
n = line_of("$$E_1 = \\frac{1}{2} (1 - 6)^2 = \\frac{1}{2} (-5)^2$$", after=sec)
restate("se_s1r", n, "6", "se_s1"); chk("se_e1", n, "-5", 1 - 6, rng=X(-5))
n = line_of("$$E_1 = \\frac{1}{2} (25) = 12.5$$", after=sec)
chk("se_sq", n, "25", 25); chk("se_E1", n, "12.5", D("12.5"), rng=X("12.5"))
n = line_of("$$s_2 = 1 + 3 + 2 = 6$$", after=sec); chk("se_s2", n, "6", 6, rng=X(6))
n = line_of("$$E_2 = \\frac{1}{2} (0 - 6)^2 = \\frac{1}{2} (36) = 18$$", after=sec)
chk("se_sq2", n, "36", 36, rng=X(36)); chk("se_E2", n, "18", 18, rng=X(18))
n = line_of("The total error for these two samples is $E_{total} = 12.5 + 18 = 30.5$.", after=sec)
chk("se_tot", n, "30.5", D("30.5"), rng=X("30.5"))

# ---------------------------------------------------------------- 4.3 delta rule (linear unit), alpha = 0.5, t = 1
sec = line_of("## 4.3 - Derivation of the Standard Delta Rule")
n = line_of("$$s = 1 + 1 + 4 = 6$$", after=sec); chk("dl_s", n, "6", 6, rng=X(6))
n = line_of("$$Error = (t - s) = 1 - 6 = -5$$", after=sec); chk("dl_e", n, "-5", -5, rng=X(-5))
n = line_of("*(Note: The linear output 6 is much larger than the target 1", after=sec); restate("dl_sr", n, "6", "dl_s")
wl = {}
for k, old, xk, txt2, pr, pd in (("w_0", 1, 1, "$$w_0 \\leftarrow 1 - 2.5 = -1.5$$", "-1.5", "2.5"),
                                 ("w_1", 1, 1, "$$w_1 \\leftarrow 1 - 2.5 = -1.5$$", "-1.5", "2.5"),
                                 ("w_2", 2, 2, "$$w_2 \\leftarrow 2 - 5 = -3$$", "-3", "5")):
    n = line_of("$$%s \\leftarrow %d + 0.5(-5)(%d)$$" % (k, old, xk), after=sec)
    restate("dl_%s_e" % k, n, "-5", "dl_e")
    v = old + D("0.5") * -5 * xk
    n = line_of(txt2, after=sec)
    chk("dl_%s_d" % k, n, pd, abs(D("0.5") * -5 * xk), rng=X(abs(D("0.5") * 5 * xk)))
    chk("dl_%s" % k, n, pr, v, rng=X(v))
    wl[k] = v
n = line_of("The new weight vector is $w = [-1.5, -1.5, -3]^T$.", after=sec)
restate("dl_r0", n, "-1.5", "dl_w_0"); restate("dl_r2", n, "-3", "dl_w_2")
n = line_of("the Delta Rule heavily penalized the weights because the linear sum (6)", after=sec)
restate("dl_sr2", n, "6", "dl_s")

# ---------------------------------------------------------------- 4.4 generalised delta rule (sigmoid unit), alpha = 0.5
sec = line_of("## 4.4 - The Generalised Delta Rule")
n = line_of("$$s = (1 \\times 1) + (1 \\times 1) + (2 \\times 2) = 6$$", after=sec); chk("gd_s", n, "6", 6, rng=X(6))
g6 = sig(6)
n = line_of("$$g(6) = \\frac{1}{1 + e^{-6}} \\approx 0.998$$", after=sec); chk("gd_g", n, "0.998", g6)
n = line_of("$$g'(s) \\approx 0.998 \\times (1 - 0.998) = 0.998 \\times 0.002 \\approx 0.002$$", after=sec)
chk("gd_1mg", n, "0.002", 1 - g6, rng=span(lambda a: 1 - a, R("0.998")))
chk("gd_der", n, "0.002", g6 * (1 - g6), rng=span(lambda a, b: a * b, R("0.998"), R("0.002")))
n = line_of("$$Error = (t - g(s)) = 1 - 0.998 = 0.002$$", after=sec)
chk("gd_err", n, "0.002", 1 - g6, rng=span(lambda a: 1 - a, R("0.998")))
n = line_of("$$\\Delta = 0.5 \\times (0.002) \\times (0.002) \\approx 0.000002$$", after=sec)
delta = D("0.5") * (1 - g6) * g6 * (1 - g6)
chk("gd_delta", n, "0.000002", delta, rng=span(lambda a, b: D("0.5") * a * b, R("0.002"), R("0.002")))
prev = sec
for k, old, xk, pr in (("w0", 1, 1, "1.000002"), ("w1", 1, 1, "1.000002"), ("w2", 2, 2, "2.000004")):
    n = prev = line_of("$%d + (0.000002 \\times %d) = %s$" % (old, xk, pr), after=prev)
    chk("gd_" + k, n, pr, old + delta * xk, rng=span(lambda d: old + d * xk, R("0.000002")))
n = line_of("The updated weight vector is $[1.000002, 1.000002, 2.000004]^T$.", after=sec)
restate("gd_r0", n, "1.000002", "gd_w0"); restate("gd_r2", n, "2.000004", "gd_w2")
n = line_of("the output was slightly less (0.998)", after=sec); restate("gd_gr", n, "0.998", "gd_g")

# ---------------------------------------------------------------- 4.6 second samples (x = [1,3,1], t = 0)
sec = line_of("## 4.6 - Computational Examples of Delta Rule Updates")
n = line_of("* **Weights:** $w = [-1.5, -1.5, -3]^T$ (Bias, $w_1, w_2$).", after=sec)
restate("e1_wr0", n, "-1.5", "dl_w_0"); restate("e1_wr2", n, "-3", "dl_w_2")
n = line_of("$$s = (-1.5 \\times 1) + (-1.5 \\times 3) + (-3 \\times 1)$$", after=sec)
restate("e1_win", n, "-1.5", "dl_w_0")
n = line_of("$$s = -1.5 - 4.5 - 3$$", after=sec); chk("e1_p", n, "4.5", D("1.5") * 3, rng=X("4.5"))
s_e1 = wl["w_0"] * 1 + wl["w_1"] * 3 + wl["w_2"] * 1
n = line_of("$$s = -9$$", after=sec); chk("e1_s", n, "-9", s_e1)
n = line_of("$$Error = 0 - (-9) = 9$$", after=sec); chk("e1_e", n, "9", 0 - s_e1, rng=X(9))
n = line_of("+ 0.5 \\times 9 \\times [1, 3, 1]^T$$", after=sec); restate("e1_er", n, "9", "e1_e")
n = line_of("+ [4.5, 13.5, 4.5]^T$$", after=sec)
chk("e1_u0", n, "4.5", D("0.5") * 9 * 1, rng=X("4.5")); chk("e1_u1", n, "13.5", D("0.5") * 9 * 3, rng=X("13.5"))
n = line_of("$$w_{new} = [3, 12, 1.5]^T$$", after=sec)
for i, (pr, v) in enumerate((("3", wl["w_0"] + D("4.5")), ("12", wl["w_1"] + D("13.5")), ("1.5", wl["w_2"] + D("4.5")))):
    chk("e1_w%d" % i, n, pr, v)
n = line_of("* **Weights:** $w = [1.000002, 1.000002, 2.000004]^T$.", after=sec)
restate("e2_wr0", n, "1.000002", "gd_w0"); restate("e2_wr2", n, "2.000004", "gd_w2")
w2 = [1 + delta, 1 + delta, 2 + 2 * delta]
s_e2 = w2[0] * 1 + w2[1] * 3 + w2[2] * 1
g_e2 = sig(s_e2)
n = line_of("= 6.0$$", after=sec); chk("e2_s", n, "6.0", s_e2, rng=X("6.0"))
n = line_of("$$g(6) \\approx 0.998$$", after=sec); chk("e2_g", n, "0.998", g_e2)
n = line_of("$0 - 0.998 = -0.998$", after=sec); chk("e2_err", n, "-0.998", -g_e2, rng=span(lambda a: -a, R("0.998")))
n = line_of("* **Derivative:** $0.002$.", after=sec); chk("e2_der", n, "0.002", g_e2 * (1 - g_e2))
n = line_of("$$w_{new} = w_{old} + 0.5 \\times (-0.998) \\times 0.002 \\times [1, 3, 1]^T$$", after=sec)
restate("e2_errr", n, "-0.998", "e2_err"); restate("e2_derr", n, "0.002", "e2_der")
step = D("0.5") * -g_e2 * g_e2 * (1 - g_e2)
n = line_of("The update vector is approximately $[-0.001, -0.003, -0.001]^T$.", after=sec)
pstep = D("0.5") * D("-0.998") * D("0.002")               # from the printed operands: -0.000998
for i, (pr, xi) in enumerate((("-0.001", 1), ("-0.003", 3))):
    # printed without working on the line; true (unrounded) step is -0.00123 x, from the printed operands -0.000998 x
    v_true, v_pr = step * xi, pstep * xi
    chk("e2_u%d" % i, n, pr, v_true if near(D(pr), v_true) else v_pr)
n = line_of("**Result:** $w_{new} \\approx [0.999, 0.997, 1.999]^T$.", after=sec)
for i, (pr, xi) in enumerate((("0.999", 1), ("0.997", 3), ("1.999", 1))):
    v_true, v_pr = w2[i] + step * xi, w2[i] + pstep * xi
    chk("e2_w%d" % i, n, pr, v_true if near(D(pr), v_true) else v_pr)

# ---------------------------------------------------------------- 5.1 / 5.2 normalised samples and the pseudo-inverse
sec = line_of("## 5.1 - Solving Linear Equations vs. Linear Inequalities")
for txt, pr in (("y_4 = [-1, 3, -1]^T$", "3"), ("y_5 = [-1, 2, 1]^T$", "2"), ("y_6 = [-1, 3, 2]^T$", "2")):
    n = line_of(txt, after=sec); chk("neg_" + txt[:3] + pr, n, pr, D(pr))
sec = line_of("## 5.2 - The Pseudo-Inverse Solution")
for txt, pr in (("* $(1, -3, 1) \\rightarrow (-1, 3, -1)$", "3"), ("* $(1, -2, -1) \\rightarrow (-1, 2, 1)$", "2"),
                ("* $(1, -3, -2) \\rightarrow (-1, 3, 2)$", "2")):
    n = line_of(txt, after=sec); chk("neg2_" + pr + str(n), n, pr, D(pr))
Y = [[1, 0, 2], [1, 1, 2], [1, 2, 1], [-1, 3, -1], [-1, 2, 1], [-1, 3, 2]]
YtY = [[sum(Fr(Y[k][i] * Y[k][j]) for k in range(6)) for j in range(3)] for i in range(3)]


def inv3(M):
    A = [row[:] + [Fr(int(i == j)) for j in range(3)] for i, row in enumerate(M)]
    for c in range(3):
        p = [r for r in range(c, 3) if A[r][c] != 0][0]
        A[c], A[p] = A[p], A[c]
        pv = A[c][c]
        A[c] = [x / pv for x in A[c]]
        for r in range(3):
            if r != c:
                f = A[r][c]
                A[r] = [x - f * y for x, y in zip(A[r], A[c])]
    return [row[3:] for row in A]


I3 = inv3(YtY)
PINV = [[sum(I3[i][k] * Y[j][k] for k in range(3)) for j in range(6)] for i in range(3)]
TRUE_A = [sum(r) for r in PINV]                               # b = all ones


def dec(f):
    return D(f.numerator) / D(f.denominator)


rows = ["0.068 & 0.102 & 0.140 & -0.034 & 0.185 & -0.206 \\\\",
        "0.165 & -0.233 & 0.075 & 0.043 & 0.199 & 0.118 \\\\",
        "0.381 & -0.256 & -0.120 & 0.185 & -0.009 & 0.183"]
true_txt = ["[" + ", ".join("%.3f" % float(x) for x in r) + "]" for r in PINV]
for i, rt in enumerate(rows):
    n = line_of(rt, after=sec)
    ents = [e.strip().rstrip("\\").strip() for e in rt.split("&")]
    for j, e in enumerate(ents):
        chk("P%d%d" % (i, j), n, e, dec(PINV[i][j]),
            why="printed Y-dagger entry (%d,%d) = %s; (Y^T Y)^-1 Y^T has %s there (true row %d: %s)" % (
                i + 1, j + 1, e, "%.3f" % float(PINV[i][j]), i + 1, true_txt[i]))
sums = ["0.068 + 0.102 + 0.140 - 0.034 + 0.185 - 0.206 \\\\",
        "0.165 - 0.233 + 0.075 + 0.043 + 0.199 + 0.118 \\\\",
        "0.381 - 0.256 - 0.120 + 0.185 - 0.009 + 0.183"]
for i, st in enumerate(sums):
    n = line_of(st, after=sec)
    for j in range(6):
        src = [c for c in CHECKS if c["id"] == "P%d%d" % (i, j)][0]
        # the sum line prints the entries with their signs folded into the +/- operators: compare magnitudes
        p = src["printed"]
        status = "wrong" if src["status"] == "wrong" else "right"
        STATUS["S%d%d" % (i, j)] = status
        CHECKS.append({"id": "S%d%d" % (i, j), "line": n, "printed": p, "true": src["true"], "status": status,
                       "kind": "propagated" if status == "wrong" else None,
                       "why": "" if status == "right" else "restates the wrong Y-dagger entry %s (true %s)" % (
                           p, src["correct"]), "correct": src["correct"]})
        assert p.lstrip("-") in DOC[n - 1], (n, p)
for i, pr in enumerate(("0.2273", "0.3864", "0.1894")):
    n = line_of(pr, after=line_of("**3. Solve for $a$**", after=sec))
    assert DOC[n - 1].strip().rstrip("\\").strip() == pr, (n, DOC[n - 1])
    chk("a%d" % i, n, pr, dec(TRUE_A[i]))
n = line_of("* **Sample 1:** $0.227(1) + 0.386(0) + 0.189(2) \\approx 0.606$", after=sec)
chk("v1", n, "0.606", dec(TRUE_A[0]) + 2 * dec(TRUE_A[2]),
    rng=span(lambda a0, a2: a0 + 2 * a2, R("0.227"), R("0.189")))
n = line_of("* **Sample 4:** $0.227(-1) + 0.386(3) + 0.189(-1) \\approx 0.742$", after=sec)
chk("v4", n, "0.742", -dec(TRUE_A[0]) + 3 * dec(TRUE_A[1]) - dec(TRUE_A[2]),
    rng=span(lambda a0, a1, a2: -a0 + 3 * a1 - a2, R("0.227"), R("0.386"), R("0.189")))

# ---------------------------------------------------------------- 5.3 sequential Widrow-Hoff, a = (1,0,0), b = 1, eta = 0.1
sec = line_of("## 5.3 - The Widrow-Hoff (LMS) Algorithm")
n = line_of("* **Current Output:** $a^T y_1 = (1)(1) + (0)(0) + (0)(2) = 1$.", after=sec); chk("wh_o1", n, "1", 1, rng=X(1))
n = line_of("$$a \\leftarrow [1, 0, 0] + 0.1(1 - 1)[1, 0, 2]$$", after=sec); restate("wh_o1r", n, "1", "wh_o1")
n = line_of("$$a \\leftarrow [1, 0, 0] + [0, 0, 0] = [1, 0, 0]$$", after=sec); chk("wh_a1", n, "1", 1, rng=X(1))
n = line_of("* **Current Output:** $a^T y_2 = (1)(1) + (0)(1) + (0)(2) = 1$.", after=sec); chk("wh_o2", n, "1", 1, rng=X(1))
n = line_of("$$a \\leftarrow [1, 0, 0] + 0.1(1 - 1)[1, 1, 2] = [1, 0, 0]$$", after=sec); chk("wh_a2", n, "1", 1, rng=X(1))
n = line_of("* **Current Output:** $a^T y_3 = 1$.", after=sec); chk("wh_o3", n, "1", 1)
n = line_of("* **Current Output:** $a^T y_4 = (1)(-1) + (0)(3) + (0)(-1) = -1$.", after=sec); chk("wh_o4", n, "-1", -1, rng=X(-1))
n = line_of("$$a \\leftarrow [1, 0, 0] + 0.1(1 - (-1))[-1, 3, -1]$$", after=sec); restate("wh_o4r", n, "-1", "wh_o4")
n = line_of("$$a \\leftarrow [1, 0, 0] + 0.1(2)[-1, 3, -1]$$", after=sec); chk("wh_e4", n, "2", 2, rng=X(2))
n = line_of("$$a \\leftarrow [1, 0, 0] + [-0.2, 0.6, -0.2]$$", after=sec)
chk("wh_u40", n, "-0.2", D("-0.2"), rng=X("-0.2")); chk("wh_u41", n, "0.6", D("0.6"), rng=X("0.6"))
n = line_of("*Result:* $a = [0.8, 0.6, -0.2]^T$.", after=sec)
chk("wh_a40", n, "0.8", D("0.8"), rng=X("0.8")); chk("wh_a41", n, "0.6", D("0.6")); chk("wh_a42", n, "-0.2", D("-0.2"))
n = line_of("$$a^T y_5 = (0.8)(-1) + (0.6)(2) + (-0.2)(1)$$", after=sec); restate("wh_a4r", n, "0.8", "wh_a40")
n = line_of("$$a^T y_5 = -0.8 + 1.2 - 0.2 = 0.2$$", after=sec)
chk("wh_p5", n, "1.2", D("1.2"), rng=X("1.2")); chk("wh_o5", n, "0.2", D("0.2"), rng=X("0.2"))
n = line_of("$$a \\leftarrow [0.8, 0.6, -0.2] + 0.1(1 - 0.2)[-1, 2, 1]$$", after=sec); restate("wh_o5r", n, "0.2", "wh_o5")
n = line_of("$$a \\leftarrow [0.8, 0.6, -0.2] + 0.08[-1, 2, 1]$$", after=sec); chk("wh_k5", n, "0.08", D("0.1") * D("0.8"), rng=X("0.08"))
n = line_of("$$a \\leftarrow [0.8, 0.6, -0.2] + [-0.08, 0.16, 0.08]$$", after=sec)
chk("wh_u51", n, "0.16", D("0.16"), rng=X("0.16")); chk("wh_u50", n, "-0.08", D("-0.08"), rng=X("-0.08"))
n = line_of("*Result:* $a = [0.72, 0.76, -0.12]^T$.", after=sec)
for pr, v in (("0.72", D("0.8") - D("0.08")), ("0.76", D("0.6") + D("0.16")), ("-0.12", D("-0.2") + D("0.08"))):
    chk("wh_a5" + pr, n, pr, v, rng=X(v))

NOTES = (
    "All the perceptron, discriminant, squared-error, delta-rule, generalised-delta-rule and Widrow-Hoff numbers "
    "were recomputed and are right (generalised delta rule: g(6) = 0.99753, g'(6) = 0.00247, so the exact first "
    "update is 0.5 x 0.00247 x 0.00247 = 3.0e-6 per unit input, not 2e-6; but the post works with its printed "
    "0.002 factors, and by rule (a) 0.5 x (0.002) x (0.002) reaches 1.1e-6..3.1e-6 over the rounding intervals, so "
    "0.000002 is right; likewise the second-sample update vector [-0.001, -0.003, -0.001] and the weights "
    "[0.999, 0.997, 1.999] follow from the printed -0.998 and 0.002, and the weights are also within one unit of "
    "the exact 0.99877, 0.99631, 1.99877). The error is in section 5.2's pseudo-inverse: for the normalised "
    "samples Y = [[1,0,2],[1,1,2],[1,2,1],[-1,3,-1],[-1,2,1],[-1,3,2]], (Y^T Y)^-1 Y^T = "
    "[[0.068, 0.165, 0.381, 0.102, -0.233, -0.256], [-0.034, 0.043, 0.185, 0.199, -0.009, 0.003], "
    "[0.140, 0.075, -0.120, -0.206, 0.118, 0.183]], whose row sums give a = (0.2273, 0.3864, 0.1894). The post "
    "prints a scrambled matrix (its entries are the true ones re-ordered, with 0.185 twice and 0.003 missing): only "
    "(1,1) 0.068, (3,3) -0.120 and (3,6) 0.183 are in place, so the three matrix rows are wrong (first). The "
    "'a = sum of each row' lines restate those entries (propagated) - summed as printed they give 0.255, 0.367 and "
    "0.364, not the a printed below them. The printed a = (0.2273, 0.3864, 0.1894) itself is the true solution "
    "(printed without working on its lines, rule (b): right), and so are the verification values 0.606 and 0.742. "
    "Lines that only restate a computed value (as an operand or in a summary) are judged as restatements."
)
# Added by nnwalk's developer after the round was scored (not by the hold-out judge): the value of a, printed in a
# display of its own two equations below the display that writes a as row sums, has two verdicts in this corpus.
# Rule (b), as judged above: no working on its own lines, and it is the true solution, so right. The chain over the
# two displays (a = sums, then a = values), as other folders judge such a pair (md_mahfuzar_single_neuron,
# nb_r93_prakashvanapalli_backprop_softmax name a value wrong against its working in an earlier equation): the sums
# printed give 0.255, 0.367, 0.364, so wrong. A finding on these three lines is neither a false alarm nor recall.
for _row, _value, _sum in ((1, "0.2273", "0.255"), (2, "0.3864", "0.367"), (3, "0.1894", "0.364")):
    unjudged(line_of(_value + " \\\\") if _row < 3 else line_of(_value), _value,
             "a_%d = %s, true, against its working two displays above, whose printed terms sum to %s: rule (b) "
             "for its own line, the chain over the two displays for the pair" % (_row, _value, _sum))
main(NOTES)
