#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of the text layer of the
lecture deck "Deep Neural Network - Module #5: DFNN Numerical" (Seetha Parameswaran, BITS Pilani WILP, course
AIML ZG511 Deep Neural Networks) as stored in castasint/semester-2-study-materials
`deep-neural-networks/DNN_M5_DFNN_Numerical.pdf`, line for line as pypdf 7.1.1 extracts it.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

doc.md keeps, of pages 12, 16, 18, 20, 22, 24, 26, 30 and 31 (the worked solution: output activation, loss,
backward pass and parameter update), every text-layer line that holds a digit, except the page footers; doc.md
line -> page/line: 1-12 -> p.12 l.2-18, 13-25 -> p.16 l.2-20, 26-34 -> p.18 l.2-17, 35-47 -> p.20 l.3-23,
48-64 -> p.22 l.2-35, 65-80 -> p.24 l.2-31, 81-97 -> p.26 l.2-34, 98-116 -> p.30 l.3-35, 117-142 -> p.31 l.2-52
(the exact mapping of every line is listed in SOURCE.md).

Givens (the deck's pages 4-5): x = (1.0, 0.5); W1 = [[0.5, 0.2], [-0.3, 0.8], [0.1, -0.4]], b1 = (0.1, -0.2, 0.3),
ReLU hidden layer; W2 = [[0.4, -0.1, 0.6], [0.2, 0.7, -0.3]], b2 = (0.2, -0.1), sigmoid outputs; target y = (1, 0);
loss the mean binary cross-entropy over the two outputs, L = -(1/2) sum_i [y_i log a_i + (1 - y_i) log(1 - a_i)]
(p.16, lines 19-25 of doc.md); learning rate 0.1. True values follow that network and that loss exactly; in
particular dL/dz2 = (a2 - y)/2, because the deck's own L averages over the n = 2 outputs.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line's own arithmetic: when the line prints p as the result of an expression whose operands are printed on
      that line, p is right only if redoing it from those printed numbers rounds to exactly p at p's digits, where
      an operand that is itself a rounded result printed earlier may be taken anywhere within half a unit of its
      last digit; otherwise the line is wrong (first);
  (b) a value printed without its working (vector and matrix entries, one or a row per text line) is right when it
      is within one unit of its last digit of the true value, or follows from printed correct operands;
  (c) a restated wrong value is wrong (propagated); a value computed from a wrong one and itself off is wrong
      (propagated); a value off because the deck's own rule is wrong (delta2 = a2 - y for a loss averaged over
      two outputs) is wrong (first).
Lines that print only givens (W1, W2, b1, b2, x, y, the learning rate) or labels ([2], Step 4) are neither.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/castasint/semester-2-study-materials/blob/4b3380ddb68ba008d6bbad6775733f8de46590f7/"
          "deep-neural-networks/DNN_M5_DFNN_Numerical.pdf (text layer of pages 12-31, read with pypdf)")
LICENSE = ("none (no LICENSE in the repository; the deck is BITS Pilani course material by Seetha Parameswaran); "
           "doc.md is an excerpt of only the text-layer lines holding numbers of nine solution slides, line for "
           "line as pypdf extracts them")
PAGE = {}
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D
from itertools import product

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
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
    return abs(D(p) - rnd(x, p)) <= unit(p)


def G(s):
    """A given (an input, a weight, a constant): exact."""
    return (D(s), D(s))


def R(s):
    """An operand that is a rounded result printed earlier: anywhere within half a unit of its last digit."""
    h = unit(s) / 2
    return (D(s) - h, D(s) + h)


def own_ok(p, f, args):
    """Rule (a): p is right only if redoing f from its printed operands rounds to exactly p at p's digits, where a
    rounded operand may be taken anywhere within half a unit of its last digit (f is monotone in each operand over
    that box, so its corners bound it)."""
    vals = [f(*c) for c in product(*args)]
    lo, hi = min(vals), max(vals)
    p = D(p)
    return rnd(lo, p) <= p <= rnd(hi, p)


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, f=None, args=(), up=(), method=False, why="", correct=None, explicit=True,
        exact_true=False):
    """Judge one printed number: printed p (sign dropped where the page prints it apart), its true value, and, when
    the line shows p as the result of an expression of printed operands, that expression f with its operands."""
    assert printed in DOC[line - 1], (line, printed)
    p = D(printed.replace("\u2212", "-"))
    ops_ok = True if f is None else own_ok(p, f, args)
    if explicit and not ops_ok:
        st, kind = "wrong", "first"
    elif (p == rnd(true, p)) if exact_true else near(p, true):
        st, kind = "right", None  # exact_true: an exact result (no rounding in it) must be printed exactly
    elif any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", "propagated"
    elif method:
        st, kind = "wrong", "first"
    elif f is not None:
        st, kind = "right", None  # follows from printed, correct operands (rounding drift)
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    mid = None if f is None else f(*[(a[0] + a[1]) / 2 for a in args])
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), ops=mid, status=st, kind=kind, why=why,
                       correct=correct if correct is not None else str(rnd(true, p))))


def same(cid, line, printed, src, why=""):
    """A restated value: it carries the status of the value it copies."""
    c0 = [c for c in CHECKS if c["id"] == src][0]
    assert printed in DOC[line - 1], (line, printed)
    st = STATUS[src]
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=c0["true"], ops=None, status=st,
                       kind=("propagated" if st == "wrong" else None), why=why or "restates a wrong value",
                       correct=str(rnd(c0["true"], D(printed.replace("\u2212", "-"))))))


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:110]))
        for c in cs:
            extra = "" if c["ops"] is None else "  from printed operands %.10g" % c["ops"]
            print("            %-10s printed %-14s true %.10g%s -> %s%s" % (
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
                whys.append(c["why"] or "restates a wrong value")
            wrong.append({"line": n, "page": PAGE.get(n) if PAGE else None, "printed": ", ".join(printed),
                          "correct": ", ".join(correct), "kind": "first" if "first" in kinds else "propagated",
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
x = [D("1.0"), D("0.5")]
W1 = [[D("0.5"), D("0.2")], [D("-0.3"), D("0.8")], [D("0.1"), D("-0.4")]]
b1 = [D("0.1"), D("-0.2"), D("0.3")]
W2 = [[D("0.4"), D("-0.1"), D("0.6")], [D("0.2"), D("0.7"), D("-0.3")]]
b2 = [D("0.2"), D("-0.1")]
y = [D(1), D(0)]
lr = D("0.1")
z1 = [sum(W1[i][j] * x[j] for j in range(2)) + b1[i] for i in range(3)]
a1 = [max(v, D(0)) for v in z1]
g1 = [D(1) if v > 0 else D(0) for v in z1]
z2 = [sum(W2[i][j] * a1[j] for j in range(3)) + b2[i] for i in range(2)]
a2 = [sig(v) for v in z2]
Lx = -(y[0] * a2[0].ln() + (1 - y[0]) * (1 - a2[0]).ln() + y[1] * a2[1].ln() + (1 - y[1]) * (1 - a2[1]).ln()) / 2
d2 = [(a2[i] - y[i]) / 2 for i in range(2)]
gW2 = [[d2[i] * a1[j] for j in range(3)] for i in range(2)]
bp = [sum(W2[i][j] * d2[i] for i in range(2)) for j in range(3)]
prods = [[W2[i][j] * d2[i] for i in range(2)] for j in range(3)]
d1 = [bp[j] * g1[j] for j in range(3)]
gW1 = [[d1[i] * x[j] for j in range(2)] for i in range(3)]
W2n = [[W2[i][j] - lr * gW2[i][j] for j in range(3)] for i in range(2)]
b2n = [b2[i] - lr * d2[i] for i in range(2)]
W1n = [[W1[i][j] - lr * gW1[i][j] for j in range(2)] for i in range(3)]
b1n = [b1[i] - lr * d1[i] for i in range(3)]
M = "\u2212"
neg = lambda s: M + s

WHY_D2 = ("the deck's L averages the BCE over the n = 2 outputs (L = -1/2 [...] = 0.560), so dL/dz2 = (a2 - y)/2 = "
          "(-0.177, 0.2475); delta2 = a2 - y drops the 1/n")


def row(cid, ln, items, up=(), first=False, why="", f=None):
    """items: (printed, true value); first=True marks the deck's own wrong rule."""
    for k, (p, tv) in enumerate(items):
        chk("%s.%d" % (cid, k), ln, p, tv, up=up, method=first, why=why, explicit=False)


# page 12: output activation
row("z2a", 4, [("0.6", z2[0])])
row("z2b", 5, [(neg("0.02"), z2[1])])
row("z2c", 7, [(neg("0.6"), -z2[0])])
row("z2d", 9, [("0.02", -z2[1])])
row("a2a", 11, [("0.646", a2[0])])
row("a2b", 12, [("0.495", a2[1])])
# page 16: loss
row("a2c", 15, [("0.646", a2[0])])
row("a2d", 16, [("0.495", a2[1])])
row("l22", 22, [("0.646", a2[0]), ("0.646", a2[0])])
row("l23", 23, [("0.495", a2[1]), ("0.495", a2[1])])
row("l24", 24, [("0.646", a2[0]), ("0.505", 1 - a2[1])])
chk("lg1", 25, neg("0.437"), a2[0].ln())
chk("lg2", 25, neg("0.683"), (1 - a2[1]).ln())
chk("L", 25, "0.560", Lx, f=lambda a, b: -(a + b) / 2, args=[R("-0.437"), R("-0.683")])
# page 18: output error
row("a2e", 29, [("0.646", a2[0])])
row("a2f", 30, [("0.495", a2[1])])
chk("d2a", 33, neg("0.354"), d2[0], method=True, explicit=False, why=WHY_D2)
chk("d2b", 34, "0.495", d2[1], method=True, explicit=False, why=WHY_D2)
UP = ["d2a", "d2b"]
# page 20: output layer gradients
row("a1r", 36, [("0.7", a1[0]), ("0.0", a1[1]), ("0.2", a1[2])])
row("d2r1", 38, [(neg("0.354"), d2[0])], up=UP, why="restates delta2")
row("d2r2", 39, [("0.495", d2[1])], up=UP, why="restates delta2")
row("a1r2", 40, [("0.7", a1[0]), ("0.0", a1[1]), ("0.2", a1[2])])
row("pr1", 41, [(neg("0.354"), d2[0])], up=UP, why="the products restate the wrong delta2")
row("pr2", 42, [("0.495", d2[1])], up=UP, why="the products restate the wrong delta2")
WG = "dL/dW2 = delta2 a1^T with delta2 = (-0.177, 0.2475): (-0.124, 0, -0.035; 0.173, 0, 0.050)"
row("gW2a", 43, [(neg("0.248"), gW2[0][0]), ("0.000", gW2[0][1]), (neg("0.071"), gW2[0][2])], up=UP, why=WG)
row("gW2b", 44, [("0.347", gW2[1][0]), ("0.000", gW2[1][1]), ("0.099", gW2[1][2])], up=UP, why=WG)
row("gb2a", 46, [(neg("0.354"), d2[0])], up=UP, why="dL/db2 = delta2")
row("gb2b", 47, [("0.495", d2[1])], up=UP, why="dL/db2 = delta2")
# page 22: back to the hidden layer
row("d2r3", 54, [(neg("0.354"), d2[0])], up=UP, why="restates delta2")
row("d2r4", 55, [("0.495", d2[1])], up=UP, why="restates delta2")
row("bt1", 56, [(neg("0.354"), d2[0]), ("0.495", d2[1])], up=UP, why="restates delta2")
row("bt2", 57, [(neg("0.354"), d2[0]), ("0.495", d2[1])], up=UP, why="restates delta2")
row("bt3", 58, [(neg("0.354"), d2[0]), ("0.495", d2[1])], up=UP, why="restates delta2")
WB = "(W2)^T delta2 with delta2 = (-0.177, 0.2475): products -0.071, 0.050 / 0.018, 0.173 / -0.106, -0.074"
row("pp1", 59, [(neg("0.142"), prods[0][0]), ("0.099", prods[0][1])], up=UP, why=WB)
row("pp2", 60, [("0.035", prods[1][0]), ("0.347", prods[1][1])], up=UP, why=WB)
row("pp3", 61, [(neg("0.212"), prods[2][0]), ("0.149", -prods[2][1])], up=UP, why=WB)
WS = "(W2)^T delta2 = (-0.021, 0.191, -0.181)"
row("bp1", 62, [(neg("0.043"), bp[0])], up=UP, why=WS)
row("bp2", 63, [("0.382", bp[1])], up=UP, why=WS)
row("bp3", 64, [(neg("0.361"), bp[2])], up=UP, why=WS)
# page 24: ReLU derivative
row("g1a", 67, [("1", g1[0]), ("0.7", z1[0])])
row("g1b", 68, [("0", g1[1]), (neg("0.1"), z1[1])])
row("g1c", 69, [("1", g1[2]), ("0.2", z1[2])])
row("bp1r", 72, [(neg("0.043"), bp[0])], up=UP, why=WS)
row("bp2r", 73, [("0.382", bp[1])], up=UP, why=WS)
row("bp3r", 74, [(neg("0.361"), bp[2])], up=UP, why=WS)
row("g1d", 75, [("1", g1[0])])
row("g1e", 76, [("0", g1[1])])
row("g1f", 77, [("1", g1[2])])
WD = "delta1 = (W2)^T delta2 (.) ReLU'(z1) = (-0.021, 0, -0.181)"
row("d1a", 78, [(neg("0.043"), d1[0])], up=UP, why=WD)
row("d1b", 79, [("0.000", d1[1])])
row("d1c", 80, [(neg("0.361"), d1[2])], up=UP, why=WD)
# page 26: hidden layer gradients
row("d1d", 83, [(neg("0.043"), d1[0])], up=UP, why=WD)
row("d1e", 84, [("0.000", d1[1])])
row("d1f", 85, [(neg("0.361"), d1[2])], up=UP, why=WD)
row("q1", 88, [(neg("0.043"), d1[0])], up=UP, why=WD)
row("q2", 89, [("0.000", d1[1])])
row("q3", 90, [(neg("0.361"), d1[2])], up=UP, why=WD)
WG1 = "dL/dW1 = delta1 x^T = (-0.021, -0.011; 0, 0; -0.181, -0.090)"
row("gW1a", 91, [(neg("0.043"), gW1[0][0]), (neg("0.022"), gW1[0][1])], up=UP, why=WG1)
row("gW1b", 92, [("0.000", gW1[1][0])])
row("gW1c", 93, [(neg("0.361"), gW1[2][0]), (neg("0.181"), gW1[2][1])], up=UP, why=WG1)
row("gb1a", 95, [(neg("0.043"), d1[0])], up=UP, why=WD)
row("gb1b", 96, [("0.000", d1[1])])
row("gb1c", 97, [(neg("0.361"), d1[2])], up=UP, why=WD)
# page 30: output layer update
row("u1", 103, [(neg("0.248"), gW2[0][0]), ("0.000", gW2[0][1]), (neg("0.071"), gW2[0][2])], up=UP, why=WG)
row("u2", 104, [("0.347", gW2[1][0]), ("0.000", gW2[1][1]), ("0.099", gW2[1][2])], up=UP, why=WG)
WU = "0.1 x dL/dW2 with the true gradient: 0.012, 0, 0.004 / 0.017, 0, 0.005"
row("s1", 105, [("0.025", -lr * gW2[0][0]), ("0.000", lr * gW2[0][1]), ("0.007", -lr * gW2[0][2])], up=UP, why=WU)
row("s2", 106, [("0.035", lr * gW2[1][0]), ("0.000", lr * gW2[1][1]), ("0.010", lr * gW2[1][2])], up=UP, why=WU)
WN2 = "W2 - 0.1 dL/dW2 = (0.412, -0.100, 0.604; 0.183, 0.700, -0.305)"
row("W2na", 107, [("0.425", W2n[0][0]), (neg("0.100"), W2n[0][1]), ("0.607", W2n[0][2])], up=UP, why=WN2)
row("W2nb", 108, [("0.165", W2n[1][0]), ("0.700", W2n[1][1]), (neg("0.310"), W2n[1][2])], up=UP, why=WN2)
row("bu1", 113, [(neg("0.354"), d2[0])], up=UP, why="restates dL/db2")
row("bu2", 114, [("0.495", d2[1])], up=UP, why="restates dL/db2")
row("b2na", 115, [("0.235", b2n[0])], up=UP, why="b2 - 0.1 delta2 = (0.218, -0.125)")
row("b2nb", 116, [(neg("0.150"), b2n[1])], up=UP, why="b2 - 0.1 delta2 = (0.218, -0.125)")
# page 31: hidden layer update
row("v1", 123, [(neg("0.043"), gW1[0][0]), (neg("0.022"), gW1[0][1])], up=UP, why=WG1)
row("v2", 124, [("0.000", gW1[1][0])])
row("v3", 125, [(neg("0.361"), gW1[2][0]), (neg("0.181"), gW1[2][1])], up=UP, why=WG1)
WV = "0.1 x dL/dW1 with the true gradient: 0.002, 0.001 / 0, 0 / 0.018, 0.009"
row("t1", 126, [("0.004", -lr * gW1[0][0]), ("0.002", -lr * gW1[0][1])], up=UP, why=WV)
row("t2", 127, [("0.000", lr * gW1[1][0]), ("0.000", lr * gW1[1][1])])
row("t3", 128, [("0.036", -lr * gW1[2][0]), ("0.018", -lr * gW1[2][1])], up=UP, why=WV)
WN1 = "W1 - 0.1 dL/dW1 = (0.502, 0.201; -0.300, 0.800; 0.118, -0.391)"
row("W1na", 129, [("0.504", W1n[0][0]), ("0.202", W1n[0][1])], up=UP, why=WN1)
row("W1nb", 130, [(neg("0.300"), W1n[1][0]), ("0.800", W1n[1][1])])
row("W1nc", 131, [("0.136", W1n[2][0]), (neg("0.382"), W1n[2][1])], up=UP, why=WN1)
row("bv1", 137, [(neg("0.043"), d1[0])], up=UP, why=WD)
row("bv2", 138, [("0.000", d1[1])])
row("bv3", 139, [(neg("0.361"), d1[2])], up=UP, why=WD)
WN0 = "b1 - 0.1 delta1 = (0.102, -0.200, 0.318)"
row("b1na", 140, [("0.104", b1n[0])], up=UP, why=WN0)
row("b1nb", 141, [(neg("0.200"), b1n[1])])
row("b1nc", 142, [("0.336", b1n[2])], up=UP, why=WN0)

NOTES = (
    "Lecture slides of the BITS Pilani WILP course AIML ZG511 Deep Neural Networks (Seetha Parameswaran, 'Module #5: "
    "DFNN Numerical'), as a student stored them in castasint/semester-2-study-materials (no license; only the text "
    "layer's lines holding numbers of nine solution slides are kept, line for line as pypdf 7.1.1 extracts them, one "
    "vector entry or matrix row per line). A 2-3-2 network (ReLU hidden, sigmoid outputs), x = (1.0, 0.5), y = (1, 0), "
    "learning rate 0.1. The forward pass and the loss are right (a2 = (0.646, 0.495), L = 0.560). First error: the "
    "deck defines L as the BCE averaged over the n = 2 outputs (L = -1/2 [...] = 0.560, doc.md lines 19-25) but "
    "takes delta2 = dL/dz2 = a2 - y = (-0.354, 0.495) (lines 33-34), dropping the 1/n: the gradient of its own L is "
    "(a2 - y)/2 = (-0.177, 0.2475). Every gradient and update after it is off by that factor (wrong, propagated): "
    "dL/dW2, dL/db2, (W2)^T delta2 and its products, delta1, dL/dW1, dL/db1, the steps 0.1 x gradient and the new "
    "W2, b2, W1, b1. Right: the forward values, the loss, ReLU' = (1, 0, 1), the zero entries of the dead neuron, "
    "the unchanged weights (-0.100, 0.700, -0.300, 0.800, -0.200) and, within one unit, 0.202 (true 0.2011) and the "
    "step 0.002 (true 0.0011). Close call: with L read as a sum over the outputs (no 1/n) the deck would be right; "
    "it prints the 1/n itself, so the mean is taken as its loss. The products on lines 59-61 (0.4 x 0.354 = 0.142 "
    "...) and sums on lines 62-64 are each exact from the deck's own numbers; they are wrong for their values only."
)

if __name__ == "__main__":
    main()
