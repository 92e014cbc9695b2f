#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, Maruf Bepary's blog post
"Introduction to Neural Networks" (public/blogs/introduction-to-neural-networks/blog.md of github.com/mbeps/personal-portfolio,
kept verbatim under the repository's MIT licence).

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Worked numbers in the post: a 3-input sigmoid neuron (s = 1.35, g = 0.794); AND/OR step-perceptron tables; one
error-correction (perceptron rule) update; two delta-rule updates; one generalised-delta-rule (sigmoid) update;
single-weight backprop examples (delta_1 = 0.029, w7 = 0.7026, delta_h1 = 0.0018, w1 = 0.10018); the full
3-2-2 sigmoid network of section 4.3 (x = [1,2,3], targets [1,0], w1..w10 = 0.1..1.0, alpha = 0.1): forward pass,
output and hidden deltas and all ten weight updates; weight-decay, batch/iteration, vanishing-gradient and
convolution-size arithmetic; an early-stopping example.

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
          "public/blogs/introduction-to-neural-networks/blog.md")
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
    lines = sorted({c["line"] for c in CHECKS})
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
        assert u["line"] not in lines, u
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


# ---------------------------------------------------------------- 1.3 a single neuron
n = line_of("$$s = 0.2 + 0.2 + 0.8 + 0.15 = 1.35$$")
s_n = D("0.2") + D("0.4") * D("0.5") + D("0.8") * D("1.0") + D("-0.3") * D("-0.5")
chk("s_neuron", n, "1.35", s_n, rng=(s_n, s_n))
n = line_of("$$g(1.35) = \\frac{1}{1+e^{-1.35}} \\approx 0.794$$")
chk("g_neuron", n, "0.794", sig(s_n))

# ---------------------------------------------------------------- 2.3 AND / OR tables (step function, g = 1 iff s >= 0)
def table(w0, after):
    for x1, x2 in ((0, 0), (0, 1), (1, 0), (1, 1)):
        s = D(w0) + x1 + x2
        txt = "$%s + %d + %d = %s$" % (w0, x1, x2, s)
        n = line_of(txt, after=after)
        chk("s_%s_%d%d" % (w0, x1, x2), n, str(s), s, rng=(s, s))
        g = 1 if s >= 0 else 0
        cell = DOC[n - 1].split("|")[4].strip()
        assert cell == str(g), (n, cell, g)
        chk("g_%s_%d%d" % (w0, x1, x2), n, cell, g)

table("-1.5", line_of("### **AND Function**"))
table("-0.5", line_of("### **OR Function**"))

# ---------------------------------------------------------------- 2.4.1 error-correction (perceptron) rule, alpha = 0.5
sec = line_of("### **2.4.1 - Error Correction Method")
n = line_of("$s = 0.5 + 2.0 - 0.5 = 2.0$", after=sec)
chk("pc_s1", n, "2.0", D("0.5") + D("1.0") * 2 + D("-0.5") * 1, rng=(D(2), D(2)))
n = line_of("$g(s) = 1$ (since $s \\geq 0$)", after=sec)
chk("pc_g1", n, "1", 1)
n = line_of("Since $g(s) = t = 1$, no update is needed.", after=sec)
restate("pc_g1r", n, "1", "pc_g1")
n = line_of("$s = 0.5 + 1.0 - 1.5 = 0.0$", after=sec)
chk("pc_s2", n, "0.0", D("0.5") + D("1.0") * 1 + D("-0.5") * 3, rng=(D(0), D(0)))
n = line_of("$g(s) = 1$ (since $s \\geq 0$)", nth=2, after=sec)
chk("pc_g2", n, "1", 1)
n = line_of("Since $g(s) = 1$ and $t = 0$, update is needed:", after=sec)
restate("pc_g2r", n, "1", "pc_g2")
# each update line: "w <- w + 0.5(0 - 1) * x" restates g(s) = 1; the next line prints the result
for w, old, x, new in (("w_0", "0.5", 1, "0"), ("w_1", "1.0", 1, "0.5"), ("w_2", "-0.5", 3, "-2.0")):
    n = line_of("$%s \\leftarrow %s + 0.5(0 - 1) \\cdot %d$" % (w, old, x), after=sec)
    restate("pc_%s_g" % w, n, "1", "pc_g2")
    val = D(old) + D("0.5") * (0 - 1) * x
    n2 = line_of("$%s \\leftarrow %s - %s = %s$" % (w, old, str(D("0.5") * x), new), after=sec)
    chk("pc_%s" % w, n2, new, val, rng=(val, val))
n = line_of("Updated weights: $w_0 = 0$, $w_1 = 0.5$, $w_2 = -2.0$")
restate("pc_upd0", n, "0", "pc_w_0"); restate("pc_upd1", n, "0.5", "pc_w_1"); restate("pc_upd2", n, "-2.0", "pc_w_2")

# ---------------------------------------------------------------- 2.4.2 delta rule, alpha = 0.5 (error t - s on the linear sum)
sec = line_of("### **2.4.2 - Delta Rule")
n = line_of("$$s = 0.5 + 2.0 - 0.5 = 2.0$$", after=sec)
chk("dr_s1", n, "2.0", D(2), rng=(D(2), D(2)))
w = {"w_0": D("0.5"), "w_1": D("1.0"), "w_2": D("-0.5")}
x = {"w_0": 1, "w_1": 2, "w_2": 1}
res1 = {"w_0": ("0.5 - 0.5 = 0", "0"), "w_1": ("1.0 - 1.0 = 0", "0"), "w_2": ("-0.5 - 0.5 = -1.0", "-1.0")}
for k in ("w_0", "w_1", "w_2"):
    old = {"w_0": "0.5", "w_1": "1.0", "w_2": "-0.5"}[k]
    n = line_of("$$%s \\leftarrow %s + 0.5(1 - 2) \\cdot %d$$" % (k, old, x[k]), after=sec)
    restate("dr1_%s_s" % k, n, "2", "dr_s1")
    val = w[k] + D("0.5") * (1 - 2) * x[k]
    n2 = line_of("$$%s \\leftarrow %s$$" % (k, res1[k][0]), after=sec)
    chk("dr1_%s" % k, n2, res1[k][1], val, rng=(val, val))
    w[k] = val
n = line_of("Updated weights: $w_0 = 0$, $w_1 = 0$, $w_2 = -1.0$")
restate("dr1_u0", n, "0", "dr1_w_0"); restate("dr1_u2", n, "-1.0", "dr1_w_2")
ex2 = line_of("***Example 2: Another Delta Rule Update***")
n = line_of("$$s = 0 \\cdot 1 + 0 \\cdot 1 + (-1.0) \\cdot 1$$", after=ex2)
restate("dr2_w2in", n, "-1.0", "dr1_w_2")
n = line_of("$$s = 0 + 0 - 1.0 = -1.0$$", after=ex2)
s2 = w["w_0"] + w["w_1"] + w["w_2"]
chk("dr_s2", n, "-1.0", s2, rng=(s2, s2))
res2 = {"w_0": ("0", "0 + 0.5 = 0.5", "0.5"), "w_1": ("0", "0 + 0.5 = 0.5", "0.5"), "w_2": ("-1.0", "-1.0 + 0.5 = -0.5", "-0.5")}
for k in ("w_0", "w_1", "w_2"):
    n = line_of("$$%s \\leftarrow %s + 0.5(0 - (-1.0)) \\cdot 1$$" % (k, res2[k][0]), after=ex2)
    restate("dr2_%s_s" % k, n, "-1.0", "dr_s2")
    val = w[k] + D("0.5") * (0 - s2) * 1
    n2 = line_of("$$%s \\leftarrow %s$$" % (k, res2[k][1]), after=ex2)
    chk("dr2_%s" % k, n2, res2[k][2], val, rng=(val, val))
n = line_of("Updated weights: $w_0 = 0.5$, $w_1 = 0.5$, $w_2 = -0.5$")
restate("dr2_u0", n, "0.5", "dr2_w_0"); restate("dr2_u2", n, "-0.5", "dr2_w_2")

# ---------------------------------------------------------------- 2.4.3 generalised delta rule (sigmoid), alpha = 0.5
n = line_of("- $g(s)(1-g(s))$ varies from 0 to 0.25")
chk("gd_max1", n, "0.25", D("0.25"))
n = line_of("- It reaches maximum value of 0.25 when $g(s)$ is 0.5")
chk("gd_max2", n, "0.25", D("0.5") * D("0.5"))
sec = line_of("#### **Example with sigmoid transfer function:**")
n = line_of("= 0.5 + 2.0 - 0.5 = 2.0$$", after=sec)
chk("gd_s", n, "2.0", D(2), rng=(D(2), D(2)))
n = line_of("$$g(s) = \\frac{1}{1 + e^{-2}} \\approx 0.881$$", after=sec)
g = sig(2)
chk("gd_g", n, "0.881", g)
n = line_of("$$g(s)(1-g(s)) = 0.881 \\times 0.119 \\approx 0.105$$", after=sec)
chk("gd_1mg", n, "0.119", 1 - g, rng=span(lambda a: 1 - a, R("0.881")))
chk("gd_der", n, "0.105", g * (1 - g), rng=span(lambda a, b: a * b, R("0.881"), R("0.119")))
for k, old, xk, pr in (("w_0", "0.5", 1, "0.506"), ("w_1", "1.0", 2, "1.012"), ("w_2", "-0.5", 1, "-0.494")):
    n = line_of("$$%s \\leftarrow %s + 0.5(1 - 0.881)0.105 \\cdot %d \\approx %s$$" % (k, old, xk, pr), after=sec)
    tv = D(old) + D("0.5") * (1 - g) * g * (1 - g) * xk
    chk("gd_%s" % k, n, pr, tv, rng=span(lambda a, b: D(old) + D("0.5") * (1 - a) * b * xk, R("0.881"), R("0.105")))
n = line_of("Updated weights: $w_0 \\approx 0.506$, $w_1 \\approx 1.012$, $w_2 \\approx -0.494$")
restate("gd_u0", n, "0.506", "gd_w_0"); restate("gd_u1", n, "1.012", "gd_w_1"); restate("gd_u2", n, "-0.494", "gd_w_2")

# ---------------------------------------------------------------- 4.2.1 / 4.2.2 single-weight examples (alpha = 0.1)
n = line_of("$$\\delta_1 = (1 - 0.81) \\cdot 0.81 \\cdot (1 - 0.81) = 0.19 \\cdot 0.81 \\cdot 0.19 \\approx 0.029$$")
chk("ex_1mo", n, "0.19", 1 - D("0.81"), rng=(1 - D("0.81"), 1 - D("0.81")))
chk("ex_d1", n, "0.029", D("0.19") * D("0.81") * D("0.19"), rng=span(lambda a, b: a * b * a, G("0.19"), G("0.81")))
n = line_of("$$w_7 \\leftarrow 0.7 + 0.1 \\cdot 0.029 \\cdot 0.9 \\approx 0.7 + 0.0026 = 0.7026$$")
chk("ex_dw7", n, "0.0026", D("0.1") * D("0.029") * D("0.9"), rng=span(lambda d: D("0.1") * d * D("0.9"), R("0.029")))
chk("ex_w7", n, "0.7026", D("0.7") + D("0.0026"), rng=span(lambda d: D("0.7") + d, R("0.0026")))
n = line_of("- Error signals from output units: $\\delta_1 = 0.029$ (from previous example)")
restate("ex_d1r", n, "0.029", "ex_d1")
n = line_of("$$\\delta_{h1} = 0.9 \\cdot (1 - 0.9) \\cdot (0.029 \\cdot 0.7) \\approx 0.0018$$")
chk("ex_dh1", n, "0.0018", D("0.9") * D("0.1") * D("0.029") * D("0.7"),
    rng=span(lambda d: D("0.9") * D("0.1") * d * D("0.7"), R("0.029")))
n = line_of("$$w_1 \\leftarrow 0.1 + 0.1 \\cdot 0.0018 \\cdot 1 = 0.1 + 0.00018 = 0.10018$$")
chk("ex_dw1", n, "0.00018", D("0.1") * D("0.0018"), rng=(D("0.00018"), D("0.00018")))
chk("ex_w1", n, "0.10018", D("0.10018"), rng=(D("0.10018"), D("0.10018")))

# ---------------------------------------------------------------- 4.3 the 3-2-2 network
X = [D(1), D(2), D(3)]
W = {i: D(i) / 10 for i in range(1, 11)}          # w1..w10 = 0.1..1.0
sh1 = X[0] * W[1] + X[1] * W[3] + X[2] * W[5]
sh2 = X[0] * W[2] + X[1] * W[4] + X[2] * W[6]
h1, h2 = sig(sh1), sig(sh2)
so1, so2 = h1 * W[7] + h2 * W[9], h1 * W[8] + h2 * W[10]
o1, o2 = sig(so1), sig(so2)
d1 = (1 - o1) * o1 * (1 - o1)
d2 = (0 - o2) * o2 * (1 - o2)
sec = line_of("## **4.3 - Backpropagation Example**")
n = line_of("= 1 \\times 0.1 + 2 \\times 0.3 + 3 \\times 0.5 = 2.2$$", after=sec)
chk("s_h1", n, "2.2", sh1, rng=(sh1, sh1))
n = line_of("\\frac{1}{1+e^{-2.2}} = 0.90$$", after=sec)
chk("h1", n, "0.90", h1)
n = line_of("= 1 \\times 0.2 + 2 \\times 0.4 + 3 \\times 0.6 = 2.8$$", after=sec)
chk("s_h2", n, "2.8", sh2, rng=(sh2, sh2))
n = line_of("\\frac{1}{1+e^{-2.8}} = 0.94$$", after=sec)
chk("h2", n, "0.94", h2)
n = line_of("= 0.90 \\times 0.7 + 0.94 \\times 0.9 = 1.47$$", after=sec)
chk("s_o1", n, "1.47", so1, rng=span(lambda a, b: a * W[7] + b * W[9], R("0.90"), R("0.94")))
n = line_of("\\frac{1}{1+e^{-1.47}} = 0.81$$", after=sec)
chk("o1", n, "0.81", sig(D("1.47")), rng=span(lambda s: sig(s), R("1.47")), up=("s_o1",))
n = line_of("= 0.90 \\times 0.8 + 0.94 \\times 1.0 = 1.66$$", after=sec)
chk("s_o2", n, "1.66", so2, rng=span(lambda a, b: a * W[8] + b * W[10], R("0.90"), R("0.94")))
n = line_of("\\frac{1}{1+e^{-1.66}} = 0.84$$", after=sec)
chk("o2", n, "0.84", sig(D("1.66")), rng=span(lambda s: sig(s), R("1.66")))
n = line_of("= 0.19 \\times 0.81 \\times 0.19 \\approx 0.029$$", after=sec)
chk("b_1mo1", n, "0.19", 1 - D("0.81"), rng=(1 - D("0.81"), 1 - D("0.81")))
chk("b_d1", n, "0.029", d1, rng=span(lambda a, b: a * b * a, G("0.19"), R("0.81")))
n = line_of("= -0.84 \\times 0.84 \\times 0.16 \\approx -0.11$$", after=sec)
chk("b_1mo2", n, "0.16", 1 - D("0.84"), rng=(1 - D("0.84"), 1 - D("0.84")))
chk("b_d2", n, "-0.11", d2, rng=span(lambda a: -a * a * (1 - a), R("0.84")))
upd = line_of("2. **Update hidden to output weights**", after=sec)
for name, txt, prod, new, f, ops in (
        ("w7", "$$w_7 \\leftarrow 0.7 + 0.1 \\times 0.029 \\times 0.9 \\approx 0.7 + 0.0026 = 0.7026$$", "0.0026", "0.7026",
         lambda d, h: D("0.1") * d * h, (R("0.029"), R("0.9"))),
        ("w8", "$$w_8 \\leftarrow 0.8 + 0.1 \\times (-0.11) \\times 0.9 \\approx 0.8 - 0.0099 = 0.7901$$", "-0.0099", "0.7901",
         lambda d, h: D("0.1") * d * h, (R("-0.11"), R("0.9"))),
        ("w9", "$$w_9 \\leftarrow 0.9 + 0.1 \\times 0.029 \\times 0.94 \\approx 0.9 + 0.0027 = 0.9027$$", "0.0027", "0.9027",
         lambda d, h: D("0.1") * d * h, (R("0.029"), R("0.94"))),
        ("w10", "$$w_{10} \\leftarrow 1.0 + 0.1 \\times (-0.11) \\times 0.94 \\approx 1.0 - 0.0103 = 0.9897$$", "-0.0103", "0.9897",
         lambda d, h: D("0.1") * d * h, (R("-0.11"), R("0.94")))):
    n = line_of(txt, after=upd)
    idx = int(name[1:])
    dk, hj = (d1 if idx in (7, 9) else d2), (h1 if idx in (7, 8) else h2)
    pd = prod.lstrip("-")
    chk("b_d" + name, n, pd, abs(D("0.1") * dk * hj), rng=span(lambda a, b: abs(f(a, b)), *ops))
    chk("b_" + name, n, new, W[idx] + D("0.1") * dk * hj, rng=span(lambda p: W[idx] + p, R(prod)))
n = line_of("$$\\delta_{h1} = 0.90 \\times (1-0.90) \\times (0.029 \\times 0.7 + (-0.11) \\times 0.8)$$", after=sec)
restate("b_h1r", n, "0.90", "h1"); restate("b_d1r", n, "0.029", "b_d1"); restate("b_d2r", n, "-0.11", "b_d2")
n = line_of("$$\\delta_{h1} = 0.90 \\times 0.1 \\times (0.020 - 0.088) = 0.09 \\times (-0.068) \\approx -0.006$$", after=sec)
chk("b_1mh1", n, "0.1", 1 - D("0.90"), rng=span(lambda a: 1 - a, R("0.90")))
chk("b_t71", n, "0.020", D("0.029") * D("0.7"), rng=span(lambda d: d * D("0.7"), R("0.029")))
chk("b_t82", n, "0.088", D("0.11") * D("0.8"), rng=span(lambda d: d * D("0.8"), R("0.11")))
chk("b_sum1", n, "-0.068", D("0.020") - D("0.088"), rng=span(lambda a, b: a - b, R("0.020"), R("0.088")))
chk("b_g1", n, "0.09", D("0.90") * D("0.1"), rng=span(lambda a, b: a * b, R("0.90"), R("0.1")))
dh1 = h1 * (1 - h1) * (d1 * W[7] + d2 * W[8])
chk("b_dh1", n, "-0.006", dh1, rng=span(lambda a, b: a * b, R("0.09"), R("-0.068")))
n = line_of("$$\\delta_{h2} = 0.94 \\times (1-0.94) \\times (0.029 \\times 0.9 + (-0.11) \\times 1.0)$$", after=sec)
restate("b_h2r", n, "0.94", "h2"); restate("b_d1r2", n, "0.029", "b_d1"); restate("b_d2r2", n, "-0.11", "b_d2")
n = line_of("$$\\delta_{h2} = 0.94 \\times 0.06 \\times (0.026 - 0.11) = 0.0564 \\times (-0.084) \\approx -0.005$$", after=sec)
chk("b_1mh2", n, "0.06", 1 - D("0.94"), rng=span(lambda a: 1 - a, R("0.94")))
chk("b_t91", n, "0.026", D("0.029") * D("0.9"), rng=span(lambda d: d * D("0.9"), R("0.029")))
chk("b_sum2", n, "-0.084", D("0.026") - D("0.11"), rng=span(lambda a, b: a - b, R("0.026"), R("0.11")))
chk("b_g2", n, "0.0564", D("0.94") * D("0.06"), rng=span(lambda a, b: a * b, R("0.94"), R("0.06")))
dh2 = h2 * (1 - h2) * (d1 * W[9] + d2 * W[10])
chk("b_dh2", n, "-0.005", dh2, rng=span(lambda a, b: a * b, R("0.0564"), R("-0.084")))
inp = line_of("4. **Update input to hidden weights**", after=sec)
for name, dh, dpr, xi, prod, new in (("w_1", dh1, "-0.006", 1, "0.0006", "0.0994"), ("w_3", dh1, "-0.006", 2, "0.0012", "0.2988"),
                                     ("w_5", dh1, "-0.006", 3, "0.0018", "0.4982"), ("w_2", dh2, "-0.005", 1, "0.0005", "0.1995"),
                                     ("w_4", dh2, "-0.005", 2, "0.001", "0.399"), ("w_6", dh2, "-0.005", 3, "0.0015", "0.5985")):
    idx = int(name[2:])
    old = str(W[idx])
    txt = "$$%s \\leftarrow %s + 0.1 \\times (%s) \\times %d = %s - %s = %s$$" % (name, old, dpr, xi, old, prod, new)
    n = line_of(txt, after=inp)
    restate("b_%s_dh" % name, n, dpr, "b_dh1" if idx % 2 else "b_dh2")
    chk("b_%s_p" % name, n, prod, abs(D("0.1") * D(dpr) * xi), rng=(abs(D("0.1") * D(dpr) * xi),) * 2)
    chk("b_%s" % name, n, new, W[idx] + D("0.1") * dh * xi, rng=(D(old) - D(prod),) * 2)

# ---------------------------------------------------------------- 4.5, 5.1, 5.2, 6.2, 6.3 small arithmetic
n = line_of("it will take 50 iterations to complete one epoch")
chk("iters", n, "50", D(10000) / 200)
n = line_of("- 0.001 \\times 0.5 = 0.5 - 0.1 \\times")
chk("decay", n, "0.0005", D("0.001") * D("0.5"), rng=(D("0.0005"), D("0.0005")))
unjudged(line_of("With a patience of 3 epochs, training would stop after epoch 16"), "epoch 16",
         "validation errors 0.25, 0.23, 0.22, 0.22, 0.23, 0.24, 0.26 for epochs 10-16: the minimum 0.22 is reached at "
         "epochs 12 and 13. If only a strict decrease counts as an improvement (as in Keras/PyTorch-Lightning early "
         "stopping), the best epoch is 12 and patience 3 runs out after epoch 15 (printed 16); if a tie counts, the "
         "last best is epoch 13 (printed 12) and training stops after 16. Whether 'stop after epoch 16' and 'weights "
         "from epoch 12' are right depends on the patience convention, which the post does not fix.")
n = line_of("- The derivative $g'(s) = g(s)(1-g(s))$ has a maximum value of 0.25")
chk("vg_max", n, "0.25", D("0.25"))
n = line_of("- Each with a maximum derivative of 0.25")
restate("vg_max2", n, "0.25", "vg_max")
n = line_of("- The gradient contribution could be as small as $0.25^{10} ≈ 0.000001$")
chk("vg_pow", n, "0.000001", D("0.25") ** 10)
n = line_of("- With stride 1: Resulting feature map size is 5×5")
chk("conv1", n, "5", (7 - 3) // 1 + 1)
n = line_of("- With stride 2: Resulting feature map size is 3×3")
chk("conv2", n, "3", (7 - 3) // 2 + 1)

NOTES = (
    "Every worked number in the post was recomputed. Section 4.3's 3-2-2 sigmoid network (x = [1,2,3], t = [1,0], "
    "w1..w10 = 0.1..1.0, alpha = 0.1, two-decimal activations): s_h1 = 2.2, h1 = 0.9002, s_h2 = 2.8, h2 = 0.9427, "
    "s_o1 = 1.4786 (true), o1 = 0.8144, s_o2 = 1.6627, o2 = 0.8406, delta_1 = 0.0281, delta_2 = -0.1126, delta_h1 = "
    "-0.00633, delta_h2 = -0.00472; the post rounds activations to two decimals and works on with the rounded values. "
    "Line 846 prints 0.90 x 0.7 + 0.94 x 0.9 = 1.47: the printed operands give 1.476 (-> 1.48), but 0.90 and 0.94 "
    "are two-decimal results and within half a unit the expression reaches 1.468..1.484, so by rule (a) 1.47 is "
    "right (close call). The same holds for the hidden deltas (-0.006, -0.005 from the rounded 0.020/0.088 and "
    "0.026 terms; true -0.0063 and -0.0047, within one unit) and for every update (0.0994, 0.2988, 0.4982, 0.1995, "
    "0.399, 0.5985; 0.7026, 0.7901, 0.9027, 0.9897). The single-neuron, AND/OR, perceptron-rule, delta-rule and "
    "generalised-delta-rule examples are all right (generalised delta rule: g(2) = 0.8808, g(1-g) = 0.1050, "
    "w = 0.50625, 1.01250, -0.49375). The early-stopping example (line 1081) is unjudged: with errors 0.22 at "
    "epochs 12 and 13 its 'stop after epoch 16' and 'weights from epoch 12' cannot both hold under one patience "
    "convention, but the post does not fix the convention. No arithmetic error was found: a clean document, a "
    "false-alarm test. Lines restating a computed value as an operand (the g(s) = 1 and s = 2 / -1.0 factors of "
    "the update lines, the deltas restated in the delta_h lines) are judged as restatements."
)
main(NOTES)
