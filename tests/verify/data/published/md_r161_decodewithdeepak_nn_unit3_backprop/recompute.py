#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of "Unit 3: Learning and
Backpropagation Network" (notes-content/7th-sem/nn/unit-3.md of github.com/decodewithdeepak/notesneo, exam notes
by Deepak Modi for MDU Rohtak's neural-network course). The repository has no license, so doc.md keeps only the
worked examples; every other line is blanked, so line numbers are those of the original file.

Worked examples (all arithmetic written in plain text inside ``` blocks):
  2.6  one sigmoid neuron, x = [1, 2], t = 1, w = [0.5, 0.5], b = 0, alpha = 0.5, E = 1/2 (t - y)^2: forward pass,
       error, f'(net), delta, gradients, one gradient-descent update;
  2.14 competitive learning, 2 neurons w1 = [2, 2], w2 = [4, 4], alpha = 0.5, inputs [1, 1] then [5, 5]:
       Euclidean distances, winner update;
  3.4  forward pass of a 2-2-1 sigmoid network, x = [0.5, 0.8];
  3.8  one backpropagation step on XOR pattern x = [0, 1], t = 1 of a 2-2-1 sigmoid network with all weights 0.5,
       no bias, alpha = 0.5: forward, error, output and hidden deltas, weight updates w += alpha * delta * a.

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last printed digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing the
      expression from those numbers (a rounded operand anywhere within half a unit of its last digit, a given
      exact) rounds to p;
  (b) a value printed without working, or restated, is right within one unit of the true value;
  (c) a restated or recomputed consequence of a wrong value is wrong, propagated.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import itertools
import json
import pathlib
import sys
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, getcontext
from decimal import Decimal as D

DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/decodewithdeepak/notesneo/blob/a703bd798dcb25e93af75ced73670769b410315b/"
          "notes-content/7th-sem/nn/unit-3.md")
LICENSE = ("none stated (no LICENSE file in github.com/decodewithdeepak/notesneo; notes by Deepak Modi); doc.md is "
           "an excerpt of the worked equations and numbers only, other lines blanked so line numbers match the "
           "original")

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    """1-based line of the nth line of doc.md containing sub; fails loudly."""
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s: no line containing %r (occurrence %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def sigmoid(z):
    return 1 / (1 + (-D(z)).exp())


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    """rule (b): within one unit of p's last digit of the true value."""
    return abs(D(p) - D(x)) <= unit(p) * D("1.5") and abs(D(p) - rnd(x, p)) <= unit(p)


class R:
    """a rounded printed operand: any value within half a unit of its last digit."""

    def __init__(self, s):
        self.s = s
        self.v = D(s)
        self.h = unit(s) / 2


def span(f, ops):
    """range of f over the corners of the operand boxes (a given: exact; R: +- half a unit); the expressions
    here are monotone in each operand on these boxes, so the corners bound them."""
    choices = []
    for o in ops:
        if isinstance(o, R):
            choices.append([o.v - o.h, o.v + o.h])
        else:
            choices.append([D(o)])
    vals = [f(*c) for c in itertools.product(*choices)]
    return min(vals), max(vals)


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, f=None, ops=(), up=(), why=""):
    """Judge one printed number on a line.
    f, ops: the line's own working (rule a) as a function of the printed operands on the line;
    true:   the value from the givens at full precision (rule b);
    up:     ids of checks it is computed from or restates (rule c)."""
    if printed not in DOC[line - 1]:
        raise SystemExit("line %d does not print %r: %r" % (line, printed, DOC[line - 1]))
    p = D(printed)
    status, kind, note = "right", None, ""
    up_bad = any(STATUS.get(u) == "wrong" for u in up)
    if f is not None:
        lo, hi = span(f, ops)
        if not (rnd(lo, p) <= p <= rnd(hi, p)):
            status, kind = "wrong", ("propagated" if up_bad else "first")
            note = "the line's own working gives %s..%s" % (rnd(lo, p), rnd(hi, p))
    if status == "right" and not near(p, true):
        if f is None or up_bad:
            status, kind = "wrong", ("propagated" if up_bad else "first")
        note = note or "true value %s" % rnd(true, p)
    STATUS[cid] = status
    CHECKS.append({"id": cid, "line": line, "printed": printed, "true": D(true), "status": status,
                   "kind": kind, "why": why or note, "correct": str(rnd(true, p))})


def report():
    wrong, right = [], []
    for n in sorted({c["line"] for c in CHECKS}):
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:90]))
        for c in cs:
            print("           %-10s printed %-8s true %-24s %s%s" % (
                c["id"], c["printed"], "%.12g" % c["true"], c["status"],
                (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(c["correct"] for c in bad),
                          "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(c["why"] for c in bad)})
        else:
            right.append(n)
    return wrong, right


# ---------------------------------------------------------------- 2.6 gradient descent, one sigmoid neuron
assert "x = [1, 2]" in DOC[line_of("- Input: x = [1, 2]") - 1]
assert "w = [0.5, 0.5]" in DOC[line_of("- Initial weights: w = [0.5, 0.5]") - 1]
assert "α = 0.5" in DOC[line_of("- Learning rate: α = 0.5") - 1]
x1, x2, t, w1, w2, b, a = D(1), D(2), D(1), D("0.5"), D("0.5"), D(0), D("0.5")
net = w1 * x1 + w2 * x2 + b
y = sigmoid(net)
E = (t - y) ** 2 / 2
fp = y * (1 - y)
dl = (t - y) * fp
g1, g2 = -dl * x1, -dl * x2
nw1, nw2, nb = w1 - a * g1, w2 - a * g2, b - a * (-dl)

n = line_of("net = 0.5 + 1.0 = 1.5")
chk("net", n, "1.5", net, lambda p, q: p + q, ("0.5", "1.0"))
n = line_of("y = sigmoid(1.5) = 1/(1 + e^(-1.5))")
chk("net_r", n, "1.5", net, up=("net",))                        # restated net
n = line_of("y = 1/(1 + 0.223) = 0.818")
chk("e15", n, "0.223", (-net).exp(), up=("net",))             # e^-1.5 printed without working
chk("y", n, "0.818", y, lambda e: 1 / (1 + e), (R("0.223"),), up=("e15",))
n = line_of("E = ½(1 - 0.818)²")
chk("y_r1", n, "0.818", y, up=("y",))
n = line_of("E = ½(0.182)² = 0.0166")
chk("E", n, "0.0166", E, lambda d: d * d / 2, (R("0.182"),), up=("y",))
chk("tmy", n, "0.182", t - y, up=("y",))
n = line_of("f'(1.5) = 0.818 × (1 - 0.818)")
chk("y_r2", n, "0.818", y, up=("y",))
n = line_of("f'(1.5) = 0.818 × 0.182 = 0.149")
chk("fp", n, "0.149", fp, lambda u, v: u * v, (R("0.818"), R("0.182")), up=("y",))
chk("omy", n, "0.182", 1 - y, lambda u: 1 - u, (R("0.818"),), up=("y",))
n = line_of("δ = (1 - 0.818) × 0.149")
chk("y_r3", n, "0.818", y, up=("y",))
chk("fp_r", n, "0.149", fp, up=("fp",))
n = line_of("δ = 0.182 × 0.149 = 0.027")
chk("dl", n, "0.027", dl, lambda u, v: u * v, (R("0.182"), R("0.149")), up=("tmy", "fp"))
n = line_of("∂E/∂w₁ = -δ × x₁ = -0.027 × 1 = -0.027")
chk("g1", n, "-0.027", g1, lambda d: -d * 1, (R("0.027"),), up=("dl",))
n = line_of("∂E/∂w₂ = -δ × x₂ = -0.027 × 2 = -0.054")
chk("g2", n, "-0.054", g2, lambda d: -d * 2, (R("0.027"),), up=("dl",))
n = line_of("w₁(new) = 0.5 - 0.5×(-0.027) = 0.5 + 0.0135 = 0.5135")
chk("s1", n, "0.0135", -a * g1, lambda g: -D("0.5") * g, (R("-0.027"),), up=("g1",))
chk("nw1", n, "0.5135", nw1, lambda g: D("0.5") - D("0.5") * g, (R("-0.027"),), up=("g1",))
n = line_of("w₂(new) = 0.5 - 0.5×(-0.054) = 0.5 + 0.027 = 0.527")
chk("s2", n, "0.027", -a * g2, lambda g: -D("0.5") * g, (R("-0.054"),), up=("g2",))
chk("nw2", n, "0.527", nw2, lambda g: D("0.5") - D("0.5") * g, (R("-0.054"),), up=("g2",))
n = line_of("b(new) = 0 - 0.5×(-0.027) = 0.0135")
chk("nb", n, "0.0135", nb, lambda g: 0 - D("0.5") * g, (R("-0.027"),), up=("dl",))
n = line_of("**New weights:** w = [0.5135, 0.527], b = 0.0135")
chk("nw1_r", n, "0.5135", nw1, up=("nw1",))
chk("nw2_r", n, "0.527", nw2, up=("nw2",))
chk("nb_r", n, "0.0135", nb, up=("nb",))

# ---------------------------------------------------------------- 2.14 competitive learning
assert "w₁ = [2, 2]" in DOC[line_of("w₁ = [2, 2]") - 1] and "w₂ = [4, 4]" in DOC[line_of("w₂ = [4, 4]") - 1]
n = line_of("d₁ = √[(1-2)² + (1-2)²] = √[1+1] = √2 = 1.41")
chk("d1a", n, "1.41", D(2).sqrt(), lambda: D(2).sqrt(), ())
n = line_of("d₂ = √[(1-4)² + (1-4)²] = √[9+9] = √18 = 4.24")
chk("d2a", n, "4.24", D(18).sqrt(), lambda: D(18).sqrt(), ())
n = line_of("w₁(new) = [2,2] + 0.5 × [-1,-1]")
chk("xm", n, "-1", D(1) - 2, lambda: D(1) - 2, ())
n = line_of("w₁(new) = [2,2] + [-0.5,-0.5]")
chk("st", n, "-0.5", D("0.5") * (1 - 2), lambda: D("0.5") * -1, ())
n = line_of("w₁(new) = [1.5, 1.5]")
W1 = 2 + D("0.5") * (1 - 2)
chk("w1n", n, "1.5", W1, lambda: D(2) - D("0.5"), ())
n = line_of("d₁ = √[(5-1.5)² + (5-1.5)²] = √[12.25+12.25] = 4.95")
chk("sq", n, "12.25", (5 - W1) ** 2, lambda: (5 - D("1.5")) ** 2, (), up=("w1n",))
chk("d1b", n, "4.95", (2 * (5 - W1) ** 2).sqrt(), lambda: (D("12.25") * 2).sqrt(), (), up=("w1n",))
n = line_of("d₂ = √[(5-4)² + (5-4)²] = √[1+1] = 1.41")
chk("d2b", n, "1.41", D(2).sqrt(), lambda: D(2).sqrt(), ())
n = line_of("w₂(new) = [4,4] + 0.5 × [1,1]")
chk("xm2", n, "1", D(5) - 4, lambda: D(5) - 4, ())
n = line_of("w₂(new) = [4.5, 4.5]")
chk("w2n", n, "4.5", 4 + D("0.5") * (5 - 4), lambda: D(4) + D("0.5"), ())

# ---------------------------------------------------------------- 3.4 forward pass 2-2-1
assert "x = [0.5, 0.8]" in DOC[line_of("Input: x = [0.5, 0.8]") - 1]
assert "w₁ = [[0.1, 0.2], [0.3, 0.4]]" in DOC[line_of("Weights: w₁ = [[0.1, 0.2], [0.3, 0.4]]") - 1]
assert "b₁ = [0.1, 0.2], b₂ = [0.3]" in DOC[line_of("Bias: b₁ = [0.1, 0.2], b₂ = [0.3]") - 1]
z1 = D("0.1") * D("0.5") + D("0.2") * D("0.8") + D("0.1")
z2 = D("0.3") * D("0.5") + D("0.4") * D("0.8") + D("0.2")
h1, h2 = sigmoid(z1), sigmoid(z2)
zo = D("0.5") * h1 + D("0.6") * h2 + D("0.3")
yo = sigmoid(zo)
n = line_of("h₁ = sigmoid(0.1×0.5 + 0.2×0.8 + 0.1) = sigmoid(0.31) = 0.577")
chk("z1", n, "0.31", z1, lambda: z1, ())
chk("h1", n, "0.577", h1, lambda z: sigmoid(z), (R("0.31"),), up=("z1",))
n = line_of("h₂ = sigmoid(0.3×0.5 + 0.4×0.8 + 0.2) = sigmoid(0.67) = 0.662")
chk("z2", n, "0.67", z2, lambda: z2, ())
chk("h2", n, "0.662", h2, lambda z: sigmoid(z), (R("0.67"),), up=("z2",))
n = line_of("y = sigmoid(0.5×0.577 + 0.6×0.662 + 0.3) = sigmoid(0.986) = 0.728")
chk("zo", n, "0.986", zo, lambda u, v: D("0.5") * u + D("0.6") * v + D("0.3"), (R("0.577"), R("0.662")),
    up=("h1", "h2"))
chk("yo", n, "0.728", yo, lambda z: sigmoid(z), (R("0.986"),), up=("zo",))

# ---------------------------------------------------------------- 3.8 XOR backprop step
assert "x = [0, 1], t = 1" in DOC[line_of("**Training Pattern: x = [0, 1], t = 1**") - 1]
assert "w₁ = [[0.5, 0.5], [0.5, 0.5]]" in DOC[line_of("w₁ = [[0.5, 0.5], [0.5, 0.5]]") - 1]
xa, xb, tt, al = D(0), D(1), D(1), D("0.5")
zh = D("0.5") * xa + D("0.5") * xb
H = sigmoid(zh)
zy = D("0.5") * H + D("0.5") * H
Y = sigmoid(zy)
EX = (tt - Y) ** 2 / 2
DO = (tt - Y) * Y * (1 - Y)
DH = H * (1 - H) * (D("0.5") * DO)
W21 = D("0.5") + al * DO * H
W111 = D("0.5") + al * DH * xa
W112 = D("0.5") + al * DH * xb
for k, txt in ((1, "h₁ = sigmoid(0.5×0 + 0.5×1 + 0) = sigmoid(0.5) = 0.622"),
               (2, "h₂ = sigmoid(0.5×0 + 0.5×1 + 0) = sigmoid(0.5) = 0.622")):
    n = line_of(txt)
    chk("zh%d" % k, n, "0.5", zh, lambda: D("0.5") * 0 + D("0.5") * 1 + 0, ())
    chk("H%d" % k, n, "0.622", H, lambda z: sigmoid(z), ("0.5",))
n = line_of("y = sigmoid(0.5×0.622 + 0.5×0.622 + 0) = sigmoid(0.622) = 0.651")
chk("zy", n, "0.622", zy, lambda u: D("0.5") * u + D("0.5") * u, (R("0.622"),), up=("H1", "H2"))
chk("Y", n, "0.651", Y, lambda z: sigmoid(z), (R("0.622"),), up=("zy",))
n = line_of("E = ½(1 - 0.651)² = 0.061")
chk("EX", n, "0.061", EX, lambda u: (1 - u) ** 2 / 2, (R("0.651"),), up=("Y",))
n = line_of("δ_out = (1 - 0.651) × 0.651 × (1 - 0.651)")
chk("Y_r", n, "0.651", Y, up=("Y",))
n = line_of("δ_out = 0.349 × 0.651 × 0.349 = 0.079")
chk("tmY", n, "0.349", 1 - Y, lambda u: 1 - u, (R("0.651"),), up=("Y",))
chk("DO", n, "0.079", DO, lambda u, v: u * v * u, (R("0.349"), R("0.651")), up=("Y",))
for k, txt in ((1, "δ_h1 = 0.622 × 0.378 × (0.5 × 0.079) = 0.0093"),
               (2, "δ_h2 = 0.622 × 0.378 × (0.5 × 0.079) = 0.0093")):
    n = line_of(txt)
    chk("omH%d" % k, n, "0.378", 1 - H, lambda u: 1 - u, (R("0.622"),), up=("H%d" % k,))
    chk("DH%d" % k, n, "0.0093", DH, lambda u, v, d: u * v * (D("0.5") * d), (R("0.622"), R("0.378"), R("0.079")),
        up=("H%d" % k, "DO"))
for k, txt in ((1, "w₂₁ = 0.5 + 0.5 × 0.079 × 0.622 = 0.525"), (2, "w₂₂ = 0.5 + 0.5 × 0.079 × 0.622 = 0.525")):
    n = line_of(txt)
    chk("W2%d" % k, n, "0.525", W21, lambda d, h: D("0.5") + D("0.5") * d * h, (R("0.079"), R("0.622")),
        up=("DO", "H%d" % k))
n = line_of("w₁₁₁ = 0.5 + 0.5 × 0.0093 × 0 = 0.5")
chk("W111", n, "0.5", W111, lambda d: D("0.5") + D("0.5") * d * 0, (R("0.0093"),), up=("DH1",))
n = line_of("w₁₁₂ = 0.5 + 0.5 × 0.0093 × 1 = 0.505")
chk("W112", n, "0.505", W112, lambda d: D("0.5") + D("0.5") * d * 1, (R("0.0093"),), up=("DH1",))

NOTES = ("Exam notes, clean: every printed result checks. 2.6 (one sigmoid neuron, x = [1, 2], w = [0.5, 0.5], "
         "b = 0, t = 1, alpha = 0.5): net 1.5, e^-1.5 = 0.2231, y = 0.8176 -> 0.818, E = 0.01656 -> 0.0166 "
         "(from 0.182; true 0.01664), f' = 0.1491 -> 0.149, delta = 0.182 x 0.149 = 0.02712 -> 0.027 (true 0.02721), "
         "gradients "
         "-0.027/-0.054 and the update 0.5135, 0.527, b 0.0135 follow exactly from the printed -0.027 and -0.054 "
         "(true 0.51360, 0.52721, 0.01360). 2.14 (competitive learning): sqrt 2 = 1.41, sqrt 18 = 4.24, "
         "sqrt 24.5 = 4.95, winner moves to [1.5, 1.5], then w2 to [4.5, 4.5]. 3.4 (2-2-1 forward): 0.31 -> "
         "0.5769, 0.67 -> 0.6615, 0.5 x 0.577 + 0.6 x 0.662 + 0.3 = 0.9857 -> 0.986 (true 0.9853, within a unit), sigmoid(0.986) = 0.7283. "
         "3.8 (XOR, x = [0, 1], t = 1, all weights 0.5, no bias): h = sigmoid(0.5) = 0.6225, net_out = 0.622 "
         "(exactly the printed h), y = 0.6507 -> 0.651, E = 0.0609 -> 0.061, delta_out = 0.349 x 0.651 x 0.349 = "
         "0.0793 -> 0.079, delta_h = 0.622 x 0.378 x 0.0395 = 0.00929 -> 0.0093 (uses the old w = 0.5, right), "
         "w_out = 0.5 + 0.5 x 0.079 x 0.622 = 0.52457 -> 0.525, w_112 = 0.50465 -> 0.505 (update rule "
         "w += alpha delta a with delta = (t - y) f', consistent). Lines that only restate a computed value "
         "(e.g. 'y = sigmoid(1.5) = 1/(1 + e^(-1.5))', 'E = 1/2(1 - 0.818)^2', 'New weights: ...') are judged by "
         "rule (b) and are right. Lines with only givens (Given lists, initial weights, 'net = (0.5x1) + (0.5x2) "
         "+ 0', '[2,2] + 0.5 x ([1,1] - [2,2])', the truth table) are in neither list. doc.md is an excerpt "
         "(no license): other lines are blank, line numbers are the original file's at commit a703bd79.")


if __name__ == "__main__":
    wrong, right = report()
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines (%d):" % len(right), right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")
