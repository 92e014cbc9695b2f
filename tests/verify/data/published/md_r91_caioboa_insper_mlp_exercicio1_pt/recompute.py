#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt (Exercicio 1 only) of Caio
Ortega Boa's Insper "Deep Learning" MkDocs report "Deep Learning - Multi-Layer Perceptron (MLP)"
(CaioBoa/DeepLearningPages, docs/exercicio3/main.md): one forward pass, MSE loss, backward pass and one
gradient-descent step of a 2-2-1 tanh MLP, worked at 4 decimals (Portuguese).

Plain Python 3, decimal at 60 digits; does not import nnwalk or the generator.

Givens (doc.md lines 8-14): x = [0.5, -0.2] (the page prints "x = [ 0.5 , 0,2]", a typo: its own z1 = [0.27, -0.18]
is computed with x2 = -0.2), y = 1.0, W1 = [[0.3, -0.1], [0.2, 0.4]], b1 = [0.1, -0.2], W2 = [0.5, -0.3], b2 = 0.2,
eta = 0.3, tanh on both layers, L = (y - yhat)^2.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a number printed as the result of an expression of numbers printed with it is right only when the expression
      redone from those numbers (givens exact, earlier rounded results within half a unit) can round to p;
  (b) a value printed without working (every line here writes its formula only symbolically, e.g.
      "dL/dW2 = dl/dz2 * a1^T = [...]") is right within one unit of its last digit of the true value;
  (c) a restated wrong value, or a value computed from a wrong one and itself off, is wrong, propagated.
Usage:  python3 recompute.py [--write-expected]
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/CaioBoa/DeepLearningPages/blob/ccb7577bb09930463b5d6d21f7c69dae18321768/"
          "docs/exercicio3/main.md")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt: lines 20-60 of the original (the section "
           "'Exercicio 1 - Calculo Manual de uma MLP'), verbatim; lines 1-19 (title, author, summary) and 61-end "
           "(MLP code, Exercises 2-4: code, accuracies, figures) cut")
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


def tanh(z):
    e = (2 * D(z)).exp()
    return (e - 1) / (e + 1)


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    """(b): within one unit of p's last digit of the true value."""
    return abs(D(p) - D(x)) <= unit(p)


x = [D("0.5"), D("-0.2")]
W1 = [[D("0.3"), D("-0.1")], [D("0.2"), D("0.4")]]
b1 = [D("0.1"), D("-0.2")]
W2 = [D("0.5"), D("-0.3")]
b2, y, eta = D("0.2"), D("1.0"), D("0.3")
z = [W1[i][0] * x[0] + W1[i][1] * x[1] + b1[i] for i in range(2)]
h = [tanh(v) for v in z]
u = W2[0] * h[0] + W2[1] * h[1] + b2
yh = tanh(u)
L = (y - yh) ** 2
dLdy = -2 * (y - yh)
dydu = 1 - yh * yh
du = dLdy * dydu
gW2 = [du * h[0], du * h[1]]
dh = [du * W2[0], du * W2[1]]
dt = [1 - h[0] ** 2, 1 - h[1] ** 2]
dz = [dh[0] * dt[0], dh[1] * dt[1]]
gW1 = [[dz[i] * x[j] for j in range(2)] for i in range(2)]
nW2 = [W2[i] - eta * gW2[i] for i in range(2)]
nb2 = b2 - eta * du
nW1 = [[W1[i][j] - eta * gW1[i][j] for j in range(2)] for i in range(2)]
nb1 = [b1[i] - eta * dz[i] for i in range(2)]

LINES = {}   # line -> list of (printed, true, ok, kind, why)


def chk(line, printed, true, kind="first", why=None):
    ok = near(printed, true)
    LINES.setdefault(line, []).append((printed, true, ok, kind, why or "off the true value by more than one unit"))


# forward
l = line_of("z1 = W1 @ x + b1 = [0.27, -0.18]"); chk(l, "0.27", z[0]); chk(l, "-0.18", z[1])
l = line_of("a1 = tanh(z1) = [0.2636, -0.1780]"); chk(l, "0.2636", h[0]); chk(l, "-0.1780", h[1])
l = line_of("z2 = W2 @ a1 + b2 = 0.3852"); chk(l, "0.3852", u)
l = line_of("y^ = tanh(z2) = 0.3672"); chk(l, "0.3672", yh)
l = line_of("L = (y - y^)^2 = 0.4003"); chk(l, "0.4003", L)
# backward
l = line_of("dl/dy^ = -2*(y - y^) = -1.2655"); chk(l, "-1.2655", dLdy)
l = line_of("dy^/dz2 = 1 - tanh(z2)^2 = 0.8651"); chk(l, "0.8651", dydu)
l = line_of("- dl/dz2 = -1.0948"); chk(l, "-1.0948", du)
l = line_of("dL/dW2 = dl/dz2 * a1^T = [-0.2886, 0.1949]"); chk(l, "-0.2886", gW2[0]); chk(l, "0.1949", gW2[1])
l = line_of("dL/db2 = dl/dz2 = -1.0948"); chk(l, "-1.0948", du)
l = line_of("dL/da1 = W2^T * dl/dz2 = [-0.5474, 0.3180]")
chk(l, "-0.5474", dh[0])
chk(l, "0.3180", dh[1], why="dL/da1[1] = W2[1]*dL/dz2 = (-0.3)(-1.0948) = 0.32844..., i.e. 0.3284; the page prints "
                            "0.3180, the value of dL/dz1[1] (line below), in its place")
l = line_of("da1/dz1 = 1 - tanh(z1)^2 = [0.9305, 0.9682]"); chk(l, "0.9305", dt[0]); chk(l, "0.9682", dt[1])
l = line_of("dL/dz1 = (W2^T*dl/dz2) * (1 - tanh(z1)^2) = [-0.5093, 0.3180]")
chk(l, "-0.5093", dz[0]); chk(l, "0.3180", dz[1])
l = line_of("dL/dW1 = dL/dz1 * x^T = [[-0.2546, 0.1018][0.1590, -0.0636]]")
chk(l, "-0.2546", gW1[0][0]); chk(l, "0.1018", gW1[0][1]); chk(l, "0.1590", gW1[1][0]); chk(l, "-0.0636", gW1[1][1])
l = line_of("dL/db1 = dL/dz1 = [-0.5093, 0.3180]"); chk(l, "-0.5093", dz[0]); chk(l, "0.3180", dz[1])
# update
l = line_of("W2 = W2 - eta * dL/dW2 = [0.5865, -0.3584]"); chk(l, "0.5865", nW2[0]); chk(l, "-0.3584", nW2[1])
l = line_of("b2 = b2 - eta * dL/db2 = 0.5284"); chk(l, "0.5284", nb2)
l = line_of("W1 = W1 - eta * dl/dW1 = [[0.3764, -0.1305][0.1522, 0.4190]]")
chk(l, "0.3764", nW1[0][0]); chk(l, "-0.1305", nW1[0][1]); chk(l, "0.1522", nW1[1][0]); chk(l, "0.4190", nW1[1][1])
l = line_of("b1 = b1 - eta * dL/db1 = [0.2528, -0.2954]"); chk(l, "0.2528", nb1[0]); chk(l, "-0.2954", nb1[1])

wrong, right = [], []
for line in sorted(LINES):
    items = LINES[line]
    for p, t, ok, kind, why in items:
        assert p in DOC[line - 1], (line, p)
        print("%4d %-9s true %-22s %s" % (line, p, str(t)[:20], "ok" if ok else "WRONG (%s): %s" % (kind, why)))
    bad = [it for it in items if not it[2]]
    if bad:
        p, t, ok, kind, why = bad[0]
        wrong.append({"line": line, "page": None, "printed": p, "correct": str(rnd(t, p)), "kind": kind, "why": why})
    else:
        right.append(line)
print("wrong lines:", len(wrong), " right lines:", len(right))
NOTES = ("One wrong line: dL/da1 = [-0.5474, 0.3180] (line 31) - the second entry is dL/dz1[1] copied in place of "
         "W2[1]*dL/dz2 = 0.3284. The next line recomputes dL/dz1 from the true values, so nothing downstream is off. "
         "Every line states its formula only symbolically, so rule (b) applies throughout (within one unit of the "
         "true value). The author truncates instead of rounding in many places; all of those stay within one unit "
         "and are right, but several are close calls: a1[1] = -0.1780 (true -0.178081), L = 0.4003 (true 0.400377), "
         "dL/dW2[1] = 0.1949 (true 0.194968), da1/dz1[1] = 0.9682 (true 0.968287), dL/dz1[0] = -0.5093 (true "
         "-0.509370), dL/dW1 = -0.2546 (true -0.254685) and 0.1018 (true 0.101874), W2 = 0.5865 (true 0.586587) and "
         "-0.3584 (true -0.358490), W1[0][1] = -0.1305 (true -0.130562), W1[1][0] = 0.1522 (true 0.152295, 0.95 of a "
         "unit away), W1[1][1] = 0.4190 (true 0.419082). The givens line prints x = [ 0.5 , 0,2] (typo for -0.2; the "
         "page's own z1 = [0.27, -0.18] uses -0.2); it is a given line, in neither list. eta = 0.3 as the page says.")
if "--write-expected" in sys.argv:
    out = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
           "wrong": wrong, "right": right, "notes": NOTES}
    (HERE / "expected.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote expected.json")
