#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of Doan Quoc Kien's Quarto
study note quarto/Neural_Network.qmd (UIT CS114 Machine Learning, Vietnamese): a single sigmoid neuron, the
(1/4)^7 vanishing-gradient bound, a batch-normalization backward example, and the worked exercises "Bài 2"
(forward pass of a 2-2-1 ReLU/sigmoid network), "Bài 3" (output-layer backprop with binary cross-entropy and one
update, alpha = 0.1) and "Bài 4" (full backprop of a 2-2-1 sigmoid network with squared error and the update of
all nine parameters, eta = 0.1).

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Givens (printed in the excerpt): neuron x = (2, 3), w = (0.5, -0.2), b = 0.1; L = 8; batch norm z = (1, 3, 5, 7),
gamma = 2, beta = -1, g = (1, -1, 2, -2), m = 4 (variance with denominator m, epsilon omitted: the page's
convention); Bài 2: x = (1, 2), W1 = [[0.5, -0.4], [0.3, 0.8]], b1 = (0.1, -0.2), W2 = (1.2, -0.7), b2 = 0.05, ReLU
hidden, sigmoid output; Bài 3: y = 1, dZ2 = A2 - y, alpha = 0.1; Bài 4: x = (2, -1), y = 0, w(x1->h1) = 0.25,
w(x2->h1) = -0.15, w(x1->h2) = -0.35, w(x2->h2) = 0.45, w(h1->o) = 0.55, w(h2->o) = -0.25, b_h1 = -0.05,
b_h2 = 0.20, b_o = -0.10, sigmoid everywhere, L = 1/2 (y_hat - y)^2, eta = 0.1.  True values: exact arithmetic
from these givens.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
 (a) a line printing p as the result of an expression of numbers printed on that line is right only when redoing
     it from those numbers rounds to p at p's digits (a given is exact; an operand that is itself a rounded result
     printed earlier may be taken anywhere within half a unit of its last digit) - otherwise wrong, first;
 (b) a value printed without working (or restated) is right within one unit of its last digit of the true value,
     or when it follows from printed correct operands;
 (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off (more than one
     unit from the true value) is wrong, propagated.
A line is wrong when any number on it is wrong.

Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/DoanQuocKien/notes/blob/d9e8c173f391511c96e4f3e88b75e3863d33535b/"
          "quarto/Neural_Network.qmd")
LICENSE = ("none (no LICENSE file in the repository); doc.md is an excerpt of only the worked examples (source "
           "lines 116-121, 345-347, 452-500, 736-985: headings, equation lines, tables and the lines carrying "
           "inline numbers, line for line, markup kept; prose cut)")
# ---------------- judging engine (as in the round-55 DoanQuocKien folders) ----------------
import itertools
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
        raise SystemExit("%s has no line containing %r (hit %d of %d)" % (DOCFILE, sub, nth, len(hits)))
    return hits[nth - 1]


def sig(z):
    return 1 / (1 + (-D(z)).exp())


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    """rule (b): p is within one unit of its last digit of x rounded at p's digits"""
    return abs(D(p) - rnd(x, p)) <= unit(p)


def G(s):
    """an exact given: an operand known exactly"""
    return (D(s), D(0))


def R(s):
    """a printed rounded result used as an operand: anywhere within half a unit of its last digit"""
    return (D(s), unit(s) / 2)


def span(fn, ops):
    """min and max of fn over the corners of the operand boxes (every fn used here is monotone in each operand)"""
    vals = [fn(*c) for c in itertools.product(*[(v - h, v + h) if h else (v,) for v, h in ops])]
    return min(vals), max(vals)


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, fn=None, ops=(), up=(), why="", restate_of=None):
    """Judge one printed number.
    fn/ops: the line prints `printed` as fn(ops) of numbers printed on that line (rule a): right only when some
            choice of the operands within their tolerance gives a value that rounds to `printed` at its digits;
            otherwise wrong, first.  When the operands allow it but the value is off the true value by more than
            one unit and an operand is wrong, it is wrong, propagated (rule c).
    no fn:  a value printed without working or restated (rule b): right within one unit of the true value, or
            when it equals a right value it restates (restate_of); a restated wrong value is wrong, propagated.
    up:     the checks this value depends on."""
    assert printed in DOC[line - 1], (line, printed, DOC[line - 1])
    p = D(printed)
    u = unit(printed)
    deps_wrong = any(STATUS[x] == "wrong" for x in up)
    if fn is not None:
        lo, hi = span(fn, ops)
        ops_ok = hi >= p - u / 2 and lo <= p + u / 2
        mid = fn(*[v for v, _ in ops])
        if not ops_ok:
            st, kind = "wrong", "first"
        elif near(p, true):
            st, kind = "right", None
        elif deps_wrong:
            st, kind = "wrong", "propagated"
        else:
            st, kind = "right", None  # follows from printed correct operands
    else:
        mid = None
        if restate_of is not None and STATUS[restate_of] == "wrong" and D(printed) == D(VALUE[restate_of]):
            st, kind = "wrong", "propagated"
        elif near(p, true):
            st, kind = "right", None
        elif restate_of is not None and STATUS[restate_of] == "right" and D(printed) == D(VALUE[restate_of]):
            st, kind = "right", None
        elif deps_wrong:
            st, kind = "wrong", "propagated"
        else:
            st, kind = "wrong", "first"
    STATUS[cid] = st
    VALUE[cid] = printed
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), ops=mid, status=st, kind=kind,
                       why=why, correct=str(rnd(true, p))))


VALUE = {}


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:120]))
        for c in cs:
            extra = "" if c["ops"] is None else "  from printed operands %.10g" % c["ops"]
            print("            %-12s printed %-12s true %.10g%s -> %s%s" % (
                c["id"], c["printed"], c["true"], extra, c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
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
                whys.append(c["why"] or ("restates the wrong value %s" % c["printed"]))
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


# ---------------- exact values from the givens ----------------
mul = lambda a, b: a * b
S5 = D(5).sqrt()
# single neuron
zn = D("0.5") * 2 + D("-0.2") * 3 + D("0.1")
an = sig(zn)
n = line_of("$$z=0.5(2)-0.2(3)+0.1=0.5$$")
chk("zn", n, "0.5", zn, lambda a, b, c: a * 2 + b * 3 + c, [G("0.5"), G("-0.2"), G("0.1")])
n = line_of("$$a=\\sigma(0.5)")
chk("an", n, "0.622", an, sig, [G("0.5")], up=["zn"])
# (1/4)^7
n = line_of("\\left(\\frac14\\right)^7=\\frac{1}{16384}")
chk("p7", n, "16384", D(4) ** 7, lambda a: a ** 7, [G(4)])
chk("p7d", n, "0.000061", D(1) / D(4) ** 7, lambda a: 1 / a, [G(16384)], up=["p7"])
# batch normalization
zs = [D(1), D(3), D(5), D(7)]
m = D(4)
mu = sum(zs) / m
var = sum((z - mu) ** 2 for z in zs) / m
zhat = [(z - mu) / var.sqrt() for z in zs]
gam = D(2)
gs = [D(1), D(-1), D(2), D(-2)]
dbeta = sum(gs)
dgam = sum(a * b for a, b in zip(gs, zhat))
dz = [gam / (m * var.sqrt()) * (m * g_ - dbeta - h * dgam) for g_, h in zip(gs, zhat)]
num = [4 * g_ - h * dgam for g_, h in zip(gs, zhat)]
n = line_of("**Ví dụ mini-batch nhanh.**")
chk("mu", n, "4", mu)
chk("var", n, "5", var)
n = line_of("$$\\hat{z}=\\left(-\\frac{3}{\\sqrt5}")
for k, pr in enumerate(["3", "1", "1", "3"]):
    chk("dev%d" % k, n, pr, abs(zs[k] - mu), up=["mu"])
n = line_of("\\frac{\\partial L}{\\partial \\beta}=0,\\quad")
chk("dbeta", n, "0", dbeta)
n = line_of("\\frac{\\partial L}{\\partial \\gamma}=\\frac{-6}{\\sqrt5}\\approx-2.683$$")
chk("dgam_n", n, "-6", dgam * S5)
chk("dgam", n, "-2.683", dgam, lambda a: a / S5, [G(-6)], up=["dgam_n"])
n = line_of("\\sum_i g_i=1-1+2-2=0,")
chk("sumg", n, "0", dbeta, lambda a, b, c, d: a + b + c + d, [G(1), G(-1), G(2), G(-2)])
n = line_of("=-\\frac{6}{\\sqrt5}")
chk("dgam_r", n, "6", -dgam * S5, restate_of=None)
n = line_of("4g_i-\\hat{z}_i\\left(-\\frac{6}{\\sqrt5}\\right)")
chk("dgam_r2", n, "6", -dgam * S5)
for k, pr_b, pr_v in [(0, "0.4", "0.089"), (1, "-5.2", "-1.163"), (2, "9.2", "2.057"), (3, "-4.4", "-0.984")]:
    n = line_of("| %d | %s |" % (k + 1, ["1", "-1", "2", "-2"][k]))
    chk("br%d" % k, n, pr_b, num[k])
    chk("dz%d" % k, n, pr_v, dz[k], lambda a: a / (2 * S5), [G(pr_b)], up=["br%d" % k])
n = line_of("\\approx 0.089-1.163+2.057-0.984")
for k, pr in enumerate(["0.089", "-1.163", "2.057", "-0.984"]):
    chk("dzr%d" % k, n, pr, dz[k], restate_of="dz%d" % k)
n = line_of("\\approx 0.089-1.163+2.057-0.984") + 1   # next line of the same display: "\\approx 0"
assert DOC[n - 1].strip() == "\\approx 0", DOC[n - 1]
chk("sumdz", n, "0", sum(dz), lambda a, b, c, d: a + b + c + d, [R("0.089"), R("-1.163"), R("2.057"), R("-0.984")],
    up=["dz0", "dz1", "dz2", "dz3"])
# Bài 2: forward pass of the 2-2-1 network
z11 = D("0.5") * 1 + D("-0.4") * 2 + D("0.1")
z12 = D("0.3") * 1 + D("0.8") * 2 + D("-0.2")
a11, a12 = max(D(0), z11), max(D(0), z12)
Z2 = D("1.2") * a11 + D("-0.7") * a12 + D("0.05")
A2 = sig(Z2)
n = line_of("$$z_1^{[1]}=0.5(1)-0.4(2)+0.1=-0.2$$")
chk("z11", n, "-0.2", z11, lambda a, b, c: a + 2 * b + c, [G("0.5"), G("-0.4"), G("0.1")])
n = line_of("$$z_2^{[1]}=0.3(1)+0.8(2)-0.2=1.7$$")
chk("z12", n, "1.7", z12, lambda a, b, c: a + 2 * b + c, [G("0.3"), G("0.8"), G("-0.2")])
n = line_of("-0.2\\\\1.7")
chk("z11r", n, "-0.2", z11, restate_of="z11")
chk("z12r", n, "1.7", z12, restate_of="z12")
n = line_of("\\max(0,-0.2)\\\\")
chk("z11r2", n, "-0.2", z11, restate_of="z11")
n = line_of("\\max(0,1.7)")
chk("z12r2", n, "1.7", z12, restate_of="z12")
for k in (1, 2):
    n = line_of("0\\\\1.7", k)
    chk("a1r%d" % k, n, "1.7", a12, restate_of="z12")
    chk("a0r%d" % k, n, "0", a11, up=["z11"])
n = line_of("Z^{[2]}=1.2(0)-0.7(1.7)+0.05=-1.14")
chk("Z2", n, "-1.14", Z2, lambda a, b: D("1.2") * a - D("0.7") * b + D("0.05"), [G(0), G("1.7")], up=["a0r1", "a1r1"])
n = line_of("A^{[2]}=\\sigma(-1.14)")
chk("A2", n, "0.242", A2, sig, [G("-1.14")], up=["Z2"])
n = line_of("Mạng dự đoán xác suất khoảng $0.242$")
chk("A2r", n, "0.242", A2, restate_of="A2")
# Bài 3: output-layer backprop with BCE, one update (alpha = 0.1)
dZ2 = A2 - 1
dW = [dZ2 * a11, dZ2 * a12]
new_w1 = D("1.2") - D("0.1") * dW[0]
new_w2 = D("-0.7") - D("0.1") * dW[1]
new_b = D("0.05") - D("0.1") * dZ2
n = line_of("$$dZ^{[2]}=0.242-1=-0.758$$")
chk("A2r2", n, "0.242", A2, restate_of="A2")
chk("dZ2", n, "-0.758", dZ2, lambda a: a - 1, [R("0.242")], up=["A2"])
n = line_of("=-0.758")
chk("dZ2r", n, "-0.758", dZ2, restate_of="dZ2")
n = line_of("0&1.7")
chk("a1r3", n, "1.7", a12, restate_of="z12")
# the products are printed on a display line of their own (no operands on it): rule (b)
n = line_of("0&-1.289")
chk("dW2", n, "-1.289", dW[1], up=["dZ2"])
n = line_of("$$db^{[2]}=dZ^{[2]}=-0.758$$")
chk("db2", n, "-0.758", dZ2, restate_of="dZ2")
n = line_of("W_1^{[2]}\\leftarrow1.2-0.1(0)=1.2")
chk("nw1", n, "1.2", new_w1, lambda a: D("1.2") - D("0.1") * a, [G(0)])
n = line_of("W_2^{[2]}\\leftarrow-0.7-0.1(-1.289)=-0.571")
chk("dW2r", n, "-1.289", dW[1], restate_of="dW2")
chk("nw2", n, "-0.571", new_w2, lambda a: D("-0.7") - D("0.1") * a, [R("-1.289")], up=["dW2"])
n = line_of("b^{[2]}\\leftarrow0.05-0.1(-0.758)=0.126")
chk("dZ2r2", n, "-0.758", dZ2, restate_of="dZ2")
chk("nb", n, "0.126", new_b, lambda a: D("0.05") - D("0.1") * a, [R("-0.758")], up=["dZ2"])
n = line_of("Vì mô hình dự đoán quá thấp")
chk("a1r4", n, "1.7", a12, restate_of="z12")
# Bài 4: full backprop through a 2-2-1 sigmoid network, squared error, eta = 0.1
x1, x2, y = D(2), D(-1), D(0)
w11, w21, w12, w22, v1, v2 = (D(s) for s in "0.25 -0.15 -0.35 0.45 0.55 -0.25".split())
bh1, bh2, bo, eta = D("-0.05"), D("0.20"), D("-0.10"), D("0.1")
zh1 = w11 * x1 + w21 * x2 + bh1
zh2 = w12 * x1 + w22 * x2 + bh2
h1, h2 = sig(zh1), sig(zh2)
zo = v1 * h1 + v2 * h2 + bo
yh = sig(zo)
L = (yh - y) ** 2 / 2
do = (yh - y) * yh * (1 - yh)
dh1 = do * v1 * h1 * (1 - h1)
dh2 = do * v2 * h2 * (1 - h2)
g = {"v1": do * h1, "v2": do * h2, "bo": do, "w11": dh1 * x1, "w21": dh1 * x2, "w12": dh2 * x1, "w22": dh2 * x2,
     "bh1": dh1, "bh2": dh2}
old = {"w11": w11, "w21": w21, "w12": w12, "w22": w22, "v1": v1, "v2": v2, "bh1": bh1, "bh2": bh2, "bo": bo}
n = line_of("$$z_{h_1}=0.25(2)+(-0.15)(-1)-0.05=0.60")
chk("zh1", n, "0.60", zh1, lambda a, b, c: 2 * a - b + c, [G("0.25"), G("-0.15"), G("-0.05")])
chk("h1", n, "0.6457", h1, sig, [G("0.60")], up=["zh1"])
n = line_of("$$z_{h_2}=(-0.35)(2)+0.45(-1)+0.20=-0.95")
chk("zh2", n, "-0.95", zh2, lambda a, b, c: 2 * a - b + c, [G("-0.35"), G("0.45"), G("0.20")])
chk("h2", n, "0.2789", h2, sig, [G("-0.95")], up=["zh2"])
n = line_of("$$z_o=0.55(0.6457)+(-0.25)(0.2789)-0.10")
chk("zo", n, "0.1854", zo, lambda a, b: D("0.55") * a - D("0.25") * b - D("0.10"), [R("0.6457"), R("0.2789")],
    up=["h1", "h2"])
n = line_of("$$\\hat{y}=\\sigma(0.1854)")
chk("yh", n, "0.5462", yh, sig, [R("0.1854")], up=["zo"])
n = line_of("$$L=\\frac12(0.5462-0)^2")
chk("yh_L", n, "0.5462", yh, restate_of="yh")
chk("L", n, "0.1492", L, lambda a: a * a / 2, [R("0.5462")], up=["yh"])
n = line_of("=(0.5462-0)(0.5462)(0.4538)")
chk("yh_d", n, "0.5462", yh, restate_of="yh")
chk("omy", n, "0.4538", 1 - yh, up=["yh"])
chk("do", n, "0.1354", do, lambda a, b: a * a * b, [R("0.5462"), R("0.4538")], up=["yh", "omy"])
n = line_of("=\\delta_o h_1=(0.1354)(0.6457)")
chk("gv1", n, "0.0874", g["v1"], mul, [R("0.1354"), R("0.6457")], up=["do", "h1"])
n = line_of("=\\delta_o h_2=(0.1354)(0.2789)")
chk("gv2", n, "0.0378", g["v2"], mul, [R("0.1354"), R("0.2789")], up=["do", "h2"])
n = line_of("\\frac{\\partial L}{\\partial b_o}=\\delta_o\\approx0.1354")
chk("gbo", n, "0.1354", do, restate_of="do")
n = line_of("=(0.1354)(0.55)(0.6457)(0.3543)")
chk("omh1", n, "0.3543", 1 - h1, up=["h1"])
chk("dh1", n, "0.0170", dh1, lambda a, b, c: a * D("0.55") * b * c, [R("0.1354"), R("0.6457"), R("0.3543")],
    up=["do", "h1", "omh1"])
n = line_of("=(0.1354)(-0.25)(0.2789)(0.7211)")
chk("omh2", n, "0.7211", 1 - h2, up=["h2"])
chk("dh2", n, "-0.0068", dh2, lambda a, b, c: a * D("-0.25") * b * c, [R("0.1354"), R("0.2789"), R("0.7211")],
    up=["do", "h2", "omh2"])
n = line_of("=\\delta_{h_1}x_1=(0.0170)(2)")
chk("gw11", n, "0.0341", g["w11"], lambda a: 2 * a, [R("0.0170")], up=["dh1"])
n = line_of("=\\delta_{h_1}x_2=(0.0170)(-1)")
chk("gw21", n, "-0.0170", g["w21"], lambda a: -a, [R("0.0170")], up=["dh1"])
n = line_of("=\\delta_{h_2}x_1=(-0.0068)(2)")
chk("gw12", n, "-0.0136", g["w12"], lambda a: 2 * a, [R("-0.0068")], up=["dh2"])
n = line_of("=\\delta_{h_2}x_2=(-0.0068)(-1)")
chk("gw22", n, "0.0068", g["w22"], lambda a: -a, [R("-0.0068")], up=["dh2"])
for key, sub, wold, grad, newv, gid in [
        ("w11", "| $w_{x_1\\to h_1}$ | $0.25-", "0.25", "0.0341", "0.2466", "gw11"),
        ("w21", "| $w_{x_2\\to h_1}$ | $-0.15-", "-0.15", "-0.0170", "-0.1483", "gw21"),
        ("w12", "| $w_{x_1\\to h_2}$ | $-0.35-", "-0.35", "-0.0136", "-0.3486", "gw12"),
        ("w22", "| $w_{x_2\\to h_2}$ | $0.45-", "0.45", "0.0068", "0.4493", "gw22"),
        ("v1", "| $w_{h_1\\to o}$ | $0.55-", "0.55", "0.0874", "0.5413", "gv1"),
        ("v2", "| $w_{h_2\\to o}$ | $-0.25-", "-0.25", "0.0378", "-0.2538", "gv2"),
        ("bh1", "| $b_{h_1}$ | $-0.05-", "-0.05", "0.0170", "-0.0517", "dh1"),
        ("bh2", "| $b_{h_2}$ | $0.20-", "0.20", "-0.0068", "0.2007", "dh2"),
        ("bo", "| $b_o$ | $-0.10-", "-0.10", "0.1354", "-0.1135", "do")]:
    n = line_of(sub)
    chk("t_" + key, n, grad, g[key], restate_of=gid)
    chk("new_" + key, n, newv, old[key] - eta * g[key], lambda a, b=D(wold): b - eta * a, [R(grad)], up=[gid])
n = line_of("**Cách tự kiểm tra dấu.**")
chk("yh_r", n, "0.5462", yh, restate_of="yh")

NOTES = ("Excerpt of the worked examples of the Quarto note (Vietnamese). Clean: every computed number is right "
         "by the rule. Close calls judged right: (0.0170)(2) is printed 0.0341 - from 0.0170 taken as exact it "
         "is 0.0340, but 0.0170 is a rounded result (true delta_h1 = 0.0170359) and 0.01705 x 2 = 0.0341, and the "
         "true gradient 0.0340719 rounds to 0.0341; Bài 3's dW2 = -0.758 (0 1.7) is printed (0 -1.289) on a "
         "display line without operands (rule (b)): -0.758 x 1.7 = -1.2886 -> -1.289, the true value -0.757680 x "
         "1.7 = -1.288055 -> -1.288 is one unit away; W2 = -0.7 - 0.1(-1.289) = -0.5711 -> -0.571 (true "
         "-0.571194). The batch-norm table's values (0.089, -1.163, 2.057, -0.984) are 0.4, -5.2, 9.2, -4.4 over "
         "2 sqrt5, and their sum is printed '\\\\approx 0' (it is -0.001 from the printed terms; right at 0 "
         "decimals). The page's batch-norm variance divides by m and omits epsilon (its convention, followed). "
         "Symbolic lines restating integers (3/sqrt5, -6/sqrt5) are listed as right; lines restating the givens "
         "(x, W1, b1, W2, the parameter table of Bài 4, learning rates) are in neither list.")

if __name__ == "__main__":
    main()
