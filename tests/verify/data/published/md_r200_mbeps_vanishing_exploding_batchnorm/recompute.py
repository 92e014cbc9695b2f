#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, Maruf Bepary's blog post
"Deep Neural Networks" (public/blogs/deep-neural-networks/blog.md of github.com/mbeps/personal-portfolio), kept
verbatim (MIT).

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Worked numbers in the post:
  * 2.1 generalised delta rule, one sigmoid unit, w = (1, 1, 2), x = (1, 1, 2), t = 1, alpha = 0.5: s, g(6), g'(6),
    the update of w0;
  * 2.2 delta rule (linear unit) for one epoch over four examples, w0 = 1, w1 = 1, w2 = 2, alpha = 0.5.  The post
    says "we treat the first column as x1 and the second as x2"; it does so for examples 1-3 but reads example 4
    (table row "0 | 2 | 0") as x1 = 2, x2 = 0 instead of x1 = 0, x2 = 2;
  * 3.1 ReLU, LReLU (a = 0.1), tanh and Heaviside (threshold 0.1, H(0) = 0.5) of a 3x3 net-input matrix;
  * 3.3 batch normalisation (beta = 0, gamma = 1, eps = 0.1) of four 3x3 feature maps, worked for position (1,1)
    and the full BN(X1) matrix printed.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers (rounded operands anywhere within half a unit) rounds to p;
  (b) a value printed without working, or restated, is right within one unit of the true value;
  (c) a restated or recomputed consequence of a wrong value is wrong, propagated.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/mbeps/personal-portfolio/blob/e5dfebd3da8e940e0b4090b140979059e737c9c9/"
          "public/blogs/deep-neural-networks/blog.md")
LICENSE = "MIT (LICENSE at the repository root, Copyright (c) 2023-24 Maruf Bepary, the post's author); doc.md is the file verbatim"
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
    p = D(printed)
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



def ex(cid, line, printed, value, up=(), why="", working=None, correct=None):
    """a result whose working is printed with exact operands: rule (a) at the single value the printed working gives
    (working; the true value when the working's operands are the true ones)."""
    w = value if working is None else D(working)
    return chk(cid, line, printed, value, lo=w, hi=w, up=up, why=why, correct=correct)


H = D("0.5")
# ---------------------------------------------------------------- 1 / 2.1: sigmoid saturation, generalised delta rule
n = line_of("which has a maximum value of 0.25")
chk("sigmax", n, "0.25", sig(0) * (1 - sig(0)), why="sigma(0)(1 - sigma(0)) = 0.25")
n = line_of("s = (1 \\cdot 1) + (1 \\cdot 1) + (2 \\cdot 2) = 1 + 1 + 4 = 6")
ex("gd_s", n, "6", D(6))
g6 = sig(6)
n = line_of("g(6) = \\frac{1}{1 + e^{-6}} \\approx 0.998", 1)
chk("g6", n, "0.998", g6, why="sigma(6) = 0.997527")
n = line_of("g'(6) = 0.998 \\times (1 - 0.998)")
# printed 0.998 may be anywhere in [0.9975, 0.9985]; 1 - 0.998 then in [0.0015, 0.0025]
chk("gp6", n, "0.002", g6 * (1 - g6), lo=D("0.9975") * D("0.0015"), hi=D("0.9985") * D("0.0025"), up=("g6",),
    why="sigma'(6) = 0.0024665")
n = line_of("w_0 \\leftarrow 1 + 0.5 \\times (1 - 0.998) \\times 0.002 \\times 1")
restate("g6r", n, "0.998", "g6")
restate("gp6r", n, "0.002", "gp6")
n = line_of("w_0 \\leftarrow 1 + 0.5 \\times (0.002) \\times 0.002")
chk("err", n, "0.002", 1 - g6, lo=1 - D("0.9985"), hi=1 - D("0.9975"), up=("g6",), why="1 - sigma(6) = 0.002473")
dw = H * (1 - g6) * g6 * (1 - g6)
n = line_of("w_0 \\leftarrow 1 + 0.000002")
chk("dw", n, "0.000002", dw, lo=H * D("0.0015") ** 2, hi=H * D("0.0025") ** 2, up=("err", "gp6"),
    why="0.5 (1 - sigma(6)) sigma'(6) = 3.05e-6")
n = line_of("w_0 = 1.000002")
chk("w0", n, "1.000002", 1 + dw, lo=D("1.000002"), hi=D("1.000002"), up=("dw",))
n = line_of("Despite the error being small ($1 - 0.998 = 0.002$)")
chk("err2", n, "0.002", 1 - g6, lo=1 - D("0.9985"), hi=1 - D("0.9975"), up=("g6",))
chk("dw2", n, "2", dw * D(10) ** 6, up=("dw",), why="weight update 2 x 10^-6 (true 3.05 x 10^-6: within one unit of the printed '2')")
restate("gp6r2", n, "0.002", "gp6")

# ---------------------------------------------------------------- 2.2: delta rule, linear unit, one epoch
# table rows (first column, second column, target); the post: "we treat the first column as x1 and the second as x2"
rows = [(1, 2, 1), (3, 1, 0), (1, 1, 1), (0, 2, 0)]
for r in rows:
    assert "| %d     | %d     | %d              |" % r in "\n".join(DOC), r
w = [D(1), D(1), D(2)]
TRUE = []
for (a, b, t) in rows:
    x = [D(1), D(a), D(b)]
    s = sum(wi * xi for wi, xi in zip(w, x))
    w = [wi + H * (t - s) * xi for wi, xi in zip(w, x)]
    TRUE.append((s, list(w)))
print("true delta-rule trajectory:", [(str(s), [str(v) for v in ww]) for s, ww in TRUE])

n = line_of("$$s = (1 \\times 1) + (1 \\times 1) + (2 \\times 2) = 1 + 1 + 4 = 6$$")
ex("s1", n, "6", TRUE[0][0])
n = line_of("w_0 \\leftarrow 1 + 0.5(1 - 6) \\times 1 = 1 + (-2.5) = -1.5")
ex("w01", n, "-1.5", TRUE[0][1][0], up=("s1",))
n = line_of("w_1 \\leftarrow 1 + 0.5(1 - 6) \\times 1 = 1 + (-2.5) = -1.5")
ex("w11", n, "-1.5", TRUE[0][1][1], up=("s1",))
n = line_of("w_2 \\leftarrow 2 + 0.5(1 - 6) \\times 2 = 2 + (-5) = -3")
ex("w21", n, "-3", TRUE[0][1][2], up=("s1",))
n = line_of("*Current weights:* $w_0 = -1.5, w_1 = -1.5, w_2 = -3$")
restate("w01r", n, "-1.5", "w01"); restate("w21r", n, "-3", "w21")
n = line_of("= -1.5 - 4.5 - 3 = -9$$")
ex("s2", n, "-9", TRUE[1][0], up=("w01", "w11", "w21"))
n = line_of("w_0 \\leftarrow -1.5 + 0.5(0 - (-9)) \\times 1 = -1.5 + 4.5 = 3")
ex("w02", n, "3", TRUE[1][1][0], up=("s2",))
n = line_of("w_1 \\leftarrow -1.5 + 0.5(0 - (-9)) \\times 3 = -1.5 + 13.5 = 12")
ex("w12", n, "12", TRUE[1][1][1], up=("s2",))
n = line_of("w_2 \\leftarrow -3 + 0.5(0 - (-9)) \\times 1 = -3 + 4.5 = 1.5")
ex("w22", n, "1.5", TRUE[1][1][2], up=("s2",))
n = line_of("*Current weights:* $w_0 = 3, w_1 = 12, w_2 = 1.5$")
restate("w02r", n, "3", "w02"); restate("w12r", n, "12", "w12"); restate("w22r", n, "1.5", "w22")
n = line_of("Notice the massive swing in $w_1$ from -1.5 to 12")
restate("w11r2", n, "-1.5", "w11"); restate("w12r2", n, "12", "w12")
n = line_of("= 3 + 12 + 1.5 = 16.5$$")
ex("s3", n, "16.5", TRUE[2][0], up=("w02", "w12", "w22"))
n = line_of("w_0 \\leftarrow 3 + 0.5(1 - 16.5) \\times 1 = 3 - 7.75 = -4.75")
ex("w03", n, "-4.75", TRUE[2][1][0], up=("s3",))
n = line_of("w_1 \\leftarrow 12 + 0.5(1 - 16.5) \\times 1 = 12 - 7.75 = 4.25")
ex("w13", n, "4.25", TRUE[2][1][1], up=("s3",))
n = line_of("w_2 \\leftarrow 1.5 + 0.5(1 - 16.5) \\times 1 = 1.5 - 7.75 = -6.25")
ex("w23", n, "-6.25", TRUE[2][1][2], up=("s3",))
n = line_of("*Current weights:* $w_0 = -4.75, w_1 = 4.25, w_2 = -6.25$")
restate("w03r", n, "-4.75", "w03"); restate("w13r", n, "4.25", "w13"); restate("w23r", n, "-6.25", "w23")

# example 4: the table row is "| 0 | 2 | 0 |"; by the post's own convention x1 = 0, x2 = 2
n = line_of("Input: $x_0=1, x_1=2, x_2=0$. Target $t=0$.")
STATUS["x4"] = "wrong"
CHECKS.append({"id": "x4", "line": n, "printed": "x_1=2, x_2=0", "true": D(0), "status": "wrong", "kind": "first",
               "why": "table row 4 is '0 | 2 | 0' and the post treats the first column as x1 (as it does for rows 1-3), "
                      "so x1 = 0, x2 = 2; the post swaps them", "correct": "x_1=0, x_2=2"})
s4, w4 = TRUE[3]
n = line_of("= -4.75 + 8.5 = 3.75$$")
ex("s4", n, "3.75", s4, up=("x4", "w03", "w13", "w23"), working=D("-4.75") * 1 + D("4.25") * 2 + D("-6.25") * 0,
   why="s = -4.75*1 + 4.25*0 + (-6.25)*2 = -17.25 with the example's true inputs")
n = line_of("w_0 \\leftarrow -4.75 + 0.5(0 - 3.75) \\times 1 = -4.75 - 1.875 = -6.625")
ex("w04", n, "-6.625", w4[0], up=("s4",), working=D("-4.75") + H * (0 - D("3.75")) * 1, why="w0 = -4.75 + 0.5(0 + 17.25) = 3.875")
n = line_of("w_1 \\leftarrow 4.25 + 0.5(0 - 3.75) \\times 2 = 4.25 - 3.75 = 0.5")
ex("w14", n, "0.5", w4[1], up=("s4", "x4"), working=D("4.25") + H * (0 - D("3.75")) * 2, correct="4.25", why="x1 = 0, so w1 stays 4.25")
n = line_of("w_2 \\leftarrow -6.25 + 0.5(0 - 3.75) \\times 0 = -6.25")
ex("w24", n, "-6.25", w4[2], up=("s4", "x4"), working=D("-6.25") + H * (0 - D("3.75")) * 0, correct="11", why="w2 = -6.25 + 0.5(17.25)(2) = 11")
n = line_of("*Final weights:* $w_0 = -6.625, w_1 = 0.5, w_2 = -6.25$")
restate("w04r", n, "-6.625", "w04"); restate("w14r", n, "0.5", "w14"); restate("w24r", n, "-6.25", "w24")
n = line_of("The weights oscillated wildly (e.g., $w_1$")
restate("w11r3", n, "-1.5", "w11"); restate("w12r3", n, "12", "w12"); restate("w13r3", n, "4.25", "w13")
STATUS["w14r3"] = "wrong"
CHECKS.append({"id": "w14r3", "line": n, "printed": "0.5", "true": w4[1], "status": "wrong", "kind": "propagated",
               "why": "restates the final w1 = 0.5 (true 4.25)", "correct": "4.25"})

# ---------------------------------------------------------------- 3.1: activation functions of net_j
NET = [[D("1"), D("0.5"), D("0.2")], [D("-1"), D("-0.5"), D("-0.2")], [D("0.1"), D("-0.1"), D("0")]]
n = line_of("**Negative elements** ($-1, -0.5, -0.2, -0.1$) become $0$.")
chk("relu_neg", n, "0", max(D(0), D(-1)))
n = line_of("**Zero** remains $0$.")
chk("relu_zero", n, "0", max(D(0), D(0)))


def matrix_line(cid, sub, printed_rows, true_rows):
    n = line_of(sub)
    for i, (pr, tr) in enumerate(zip(printed_rows, true_rows)):
        for j, (p, t) in enumerate(zip(pr, tr)):
            chk("%s_%d%d" % (cid, i + 1, j + 1), n, p, t)


RELU = [[max(D(0), v) for v in r] for r in NET]
matrix_line("relu", "\\text{ReLU output} = ", [["1", "0.5", "0.2"], ["0", "0", "0"], ["0.1", "0", "0"]], RELU)
for src, out in (("-1", "-0.1"), ("-0.5", "-0.05"), ("-0.2", "-0.02"), ("-0.1", "-0.01")):
    n = line_of("* $%s \\rightarrow %s$" % (src, out))
    chk("lrelu" + src, n, out, D("0.1") * D(src))
LRELU = [[v if v >= 0 else D("0.1") * v for v in r] for r in NET]
matrix_line("lrelu", "\\text{LReLU output} = ",
            [["1", "0.5", "0.2"], ["-0.1", "-0.05", "-0.02"], ["0.1", "-0.01", "0"]], LRELU)
n = line_of("* $\\tanh(1) \\approx 0.7616$")
chk("t1", n, "0.7616", tanh(1))
n = line_of("* $\\tanh(0.5) \\approx 0.4621$")
chk("t05", n, "0.4621", tanh(D("0.5")))
n = line_of("* $\\tanh(-1) = -\\tanh(1) \\approx -0.7616$")
chk("tm1", n, "-0.7616", tanh(-1))
n = line_of("* $\\tanh(0) = 0$")
chk("t0", n, "0", tanh(0))
TANH = [[tanh(v) for v in r] for r in NET]
matrix_line("tanh", "\\text{Tanh output} \\approx",
            [["0.7616", "0.4621", "0.1974"], ["-0.7616", "-0.4621", "-0.1974"], ["0.0997", "-0.0997", "0"]], TANH)


def heav(v):
    z = v - D("0.1")
    return D(1) if z > 0 else (D("0.5") if z == 0 else D(0))


n = line_of("if $x=0.1$, output is 0.5")
chk("h01a", n, "0.5", heav(D("0.1")))
n = line_of("* $1, 0.5, 0.2$ become **1**.")
chk("hpos", n, "1", heav(D("0.2")))
n = line_of("* $-1, -0.5, -0.2, 0, -0.1$ become **0**.")
chk("hneg", n, "0", heav(D("0")))
n = line_of("$H(0.1 - 0.1) = H(0) = 0.5$")
chk("h01b", n, "0.5", heav(D("0.1")))
HEAV = [[heav(v) for v in r] for r in NET]
matrix_line("heav", "\\text{Heaviside output} = ", [["1", "1", "1"], ["0", "0", "0"], ["0.5", "0", "0"]], HEAV)

# ---------------------------------------------------------------- 3.3: batch normalisation, beta 0, gamma 1, eps 0.1
X = [
    [["1", "0.5", "0.2"], ["-1", "-0.5", "-0.2"], ["0.1", "-0.1", "0"]],
    [["1", "-1", "0.1"], ["0.5", "-0.5", "-0.1"], ["0.2", "-0.2", "0"]],
    [["0.5", "-0.5", "-0.1"], ["0", "-0.4", "0"], ["0.5", "0.5", "0.2"]],
    [["0.2", "1", "-0.2"], ["-1", "-0.6", "-0.1"], ["0.1", "0", "0.1"]],
]
for k, Xk in enumerate(X):
    txt = "X_{%d}=\\begin{bmatrix}%s\\end{bmatrix}" % (k + 1, "\\\\ ".join("&".join(r) for r in Xk))
    assert txt in "\n".join(DOC), txt
EPS = D("0.1")


def bn_stats(i, j):
    v = [D(Xk[i][j]) for Xk in X]
    m = sum(v) / 4
    var = sum((x - m) ** 2 for x in v) / 4
    return v, m, var


v, m, var = bn_stats(0, 0)
sd = (var + EPS).sqrt()
n = line_of("E(x) = \\frac{1 + 1 + 0.5 + 0.2}{4} = \\frac{2.7}{4} = 0.675")
ex("sum", n, "2.7", sum(v))
ex("mean", n, "0.675", m, up=("sum",))
n = line_of("Var(x) = \\frac{1}{4} \\sum (x^{(i)} - 0.675)^2")
restate("meanr", n, "0.675", "mean")
sq = {}
for k, (xs, dd, pr) in enumerate((("1", "0.325", "0.1056"), ("1", "0.325", "0.1056"),
                                  ("0.5", "-0.175", "0.0306"), ("0.2", "-0.475", "0.2256"))):
    n = line_of("(%s - 0.675)^2 = %s^2 \\approx %s" % (xs, dd if not dd.startswith("-") else "(" + dd + ")", pr),
                2 if k == 1 else 1)
    chk("d%d" % k, n, dd.lstrip("-") if False else dd, D(xs) - m, lo=D(xs) - m, hi=D(xs) - m, up=("mean",))
    sq[k] = chk("sq%d" % k, n, pr, (D(xs) - m) ** 2, lo=D(dd) ** 2, hi=D(dd) ** 2, up=("mean",))
n = line_of("Summing these gives $\\approx 0.4674$.")
S = D("0.1056") + D("0.1056") + D("0.0306") + D("0.2256")
chk("ssum", n, "0.4674", sum((x - m) ** 2 for x in v), lo=S - 2 * D("0.00005"), hi=S + 2 * D("0.00005"),
    up=("sq0", "sq1", "sq2", "sq3"), why="sum of squared deviations = 0.4675 exactly; 0.4674 is the sum of the printed squares")
n = line_of("Var(x) = \\frac{0.4674}{4} \\approx 0.1169")
chk("var", n, "0.1169", var, lo=D("0.46735") / 4, hi=D("0.46745") / 4, up=("ssum",), why="Var = 0.116875")
n = line_of("\\sqrt{0.1169 + 0.1}} = \\frac{x - 0.675}{\\sqrt{0.2169}} \\approx \\frac{x - 0.675}{0.4657}")
chk("ve", n, "0.2169", var + EPS, lo=D("0.11685") + EPS, hi=D("0.11695") + EPS, up=("var",))
chk("sd", n, "0.4657", sd, lo=(D("0.21685")).sqrt(), hi=(D("0.21695")).sqrt(), up=("ve",), why="sqrt(0.216875) = 0.465698")
for xs, dd, pr in (("1", "0.325", "0.6979"), ("0.5", "-0.175", "-0.3758"), ("0.2", "-0.475", "-1.0200")):
    n = line_of("BN(%s) = \\frac{%s - 0.675}{0.4657} = \\frac{%s}{0.4657} \\approx %s" % (xs, xs, dd, pr))
    chk("bnd" + xs, n, dd, D(xs) - m, lo=D(xs) - m, hi=D(xs) - m, up=("mean",))
    a, b = D(dd) / D("0.46575"), D(dd) / D("0.46565")
    chk("bn" + xs, n, pr, (D(xs) - m) / sd, lo=min(a, b), hi=max(a, b), up=("sd",))
BNX1 = []
for i in range(3):
    row = []
    for j in range(3):
        vv, mm, vr = bn_stats(i, j)
        row.append((vv[0] - mm) / (vr + EPS).sqrt())
    BNX1.append(row)
matrix_line("bnX1", "BN(X_{1}) \\approx \\begin{bmatrix}0.6979",
            [["0.6979", "0.5872", "0.5657"], ["-0.8652", "0", "-0.3086"], ["-0.3509", "-0.3612", "-0.2294"]], BNX1)

NOTES = ("The post is correct except for one misread input. In the delta-rule (exploding-gradient) exercise the post "
         "states 'we treat the first column as x1 and the second as x2' and does so for examples 1-3 (x = (1,2), "
         "(3,1), (1,1)), but reads example 4 (table row '0 | 2 | 0') as x1 = 2, x2 = 0 instead of x1 = 0, x2 = 2 "
         "(first, the input line). Everything computed from it is propagated: s = 3.75 (true -4.75 + 0 - 12.5 = "
         "-17.25), w0 = -6.625 (true 3.875), w1 = 0.5 (true 4.25, unchanged since x1 = 0), w2 = -6.25 (true "
         "-6.25 + 0.5*17.25*2 = 11, a close coincidence: the printed -6.25 is wrong because the true update is not 0), "
         "the final-weights line and the w1 trajectory in the conclusion. The table's header labels the first column "
         "x2, which would give the post's reading of row 4 but contradict rows 1-3; the post's explicit note settles "
         "the reading. Close calls judged right: g'(6) printed 0.002 (true 0.00247, and 0.998 x 0.002 rounds to 0.002); "
         "the update 0.000002 and w0 = 1.000002 (true 3.05e-6 and 1.000003, one unit, and they follow from the "
         "printed rounded operands); the sum of squares 0.4674 (exact 0.4675; it is the sum of the printed rounded "
         "squares, within their half-units); Var 0.1169 (exact 0.116875). The BN(X1) matrix, worked only for (1,1), "
         "matches the per-position batch statistics everywhere (0.6979 0.5872 0.5657 / -0.8652 0 -0.3086 / -0.3509 "
         "-0.3612 -0.2294). ReLU/LReLU/tanh/Heaviside outputs are all right. Lines with only givens (the tables, the "
         "inputs of examples 1-3, the net_j and X_k matrices, eps/beta/gamma) are in neither list.")

if __name__ == "__main__":
    main(NOTES)
