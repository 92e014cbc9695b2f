#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt (worked lines only) of
"t2_multiclase_retropropagacion.md" (juanantoniofr/ETSII_IA, Spanish course notes for the Inteligencia Artificial
course of the ETSII, Universidad de Sevilla): Ejercicio 17, a 3-2-3 network (ReLU hidden layer, softmax output,
categorical cross-entropy); one forward pass, the cost and one backward pass (deltas and gradients) for the first
training example x = (-3.9, -0.4, 2.7), y = (0, 0, 1).

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Page conventions (followed): Delta^3 = a^3 - y (softmax + cross-entropy), Delta^2 = ((W^3)^T Delta^3) * ReLU'(z^2),
gradient of W^l = Delta^l (a^{l-1})^T; natural log for the cost; 4 decimals for intermediates.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it
      from those numbers rounds to p at p's digits; a printed operand that is itself a rounded earlier result may
      be taken anywhere within half a unit of its last digit (every corner of the operand intervals is tried);
      givens are exact;
  (b) a value printed without working, or restated, is right within one unit of its last digit of the true value,
      or when it follows from printed correct operands;
  (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off is wrong,
      propagated (first if the line adds its own mistake).
Usage:  python3 recompute.py  |  python3 recompute.py --write-expected
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/juanantoniofr/ETSII_IA/blob/07e5a9e3ef76321e38ee5a83383a9bc7e87a974f/"
          "docs/teoria/t2_multiclase_retropropagacion.md")
LICENSE = ("none (no LICENSE file in the repository); doc.md is an excerpt of only the worked equations, givens "
           "and numbers, line for line in the original Markdown, prose and HTML wrappers cut (see SOURCE.md)")
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
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def I(p):
    p = D(p)
    h = unit(p) / 2
    return (p - h, p + h)


def span(f, *ivs):
    vals = [f(*c) for c in itertools.product(*ivs)]
    return min(vals), max(vals)


# ---------------------------------------------------------------- givens and true values
W2 = [[D("-0.9"), D("-0.7"), D("0.3")], [D("0.0"), D("0.5"), D("-1.0")]]
b2 = [D("0.7"), D("0.4")]
W3 = [[D("-0.2"), D("-0.1")], [D("-0.2"), D("0.3")], [D("0.6"), D("-0.6")]]
b3 = [D("0.7"), D("0.9"), D("-0.9")]
x = [D("-3.9"), D("-0.4"), D("2.7")]
y = [D(0), D(0), D(1)]
terms = [[W2[i][j] * x[j] for j in range(3)] for i in range(2)]
Wx = [sum(t) for t in terms]
z2 = [Wx[i] + b2[i] for i in range(2)]
a2 = [max(D(0), z) for z in z2]
W3a = [sum(W3[k][i] * a2[i] for i in range(2)) for k in range(3)]
z3 = [W3a[k] + b3[k] for k in range(3)]
ex = [z.exp() for z in z3]
S = sum(ex)
a3 = [e / S for e in ex]
cost = -a3[2].ln()
d3 = [a3[k] - y[k] for k in range(3)]
bp = [sum(W3[k][i] * d3[k] for k in range(3)) for i in range(2)]
d2 = [bp[i] * (1 if z2[i] > 0 else 0) for i in range(2)]
gW3 = [[d3[k] * a2[i] for i in range(2)] for k in range(3)]
gW2 = [[d2[i] * x[j] for j in range(3)] for i in range(2)]

CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, rng=None, deps=()):
    CHECKS.append((cid, line, D(printed), true, rng, deps))


def judge():
    for cid, line, p, true, rng, deps in CHECKS:
        u = unit(p)
        ok = (abs(p - rnd(true, p)) <= u) if rng is None else (rnd(rng[0], p) <= p <= rnd(rng[1], p))
        dep_bad = any(not STATUS[d][0] for d in deps)
        if dep_bad and p != rnd(true, p) and (ok or rng is None):
            STATUS[cid] = (False, "propagated", line, p, true)
        elif ok:
            STATUS[cid] = (True, None, line, p, true)
        else:
            STATUS[cid] = (False, "first", line, p, true)


E = lambda v: (D(v), D(v))   # exact given
L = line_of("3.51 + 0.28 + 0.81")
for j, p in enumerate(("3.51", "0.28", "0.81")):
    chk("t0.%d" % j, L, p, terms[0][j], span(lambda a: a, E(terms[0][j])))
for j, p in ((1, "-0.2"), (2, "-2.7")):
    chk("t1.%d" % j, L, p, terms[1][j], span(lambda a: a, E(terms[1][j])))
chk("Wx0", L, "4.60", Wx[0], span(lambda a, b, c: a + b + c, I("3.51"), I("0.28"), I("0.81")))
chk("Wx1", L, "-2.90", Wx[1], span(lambda a, b: a + b, I("-0.2"), I("-2.7")))
L = line_of("= \\begin{pmatrix} 5.30 \\\\ -2.50 \\end{pmatrix}$")
chk("z2.0", L, "5.30", z2[0], span(lambda a: a + b2[0], I("4.60")), deps=("Wx0",))
chk("z2.1", L, "-2.50", z2[1], span(lambda a: a + b2[1], I("-2.90")), deps=("Wx1",))
L = line_of("a^2 = \\max(0, z^2)")
chk("a2.0", L, "5.30", a2[0], span(lambda a: max(D(0), a), I("5.30")), deps=("z2.0",))
L = line_of("= \\begin{pmatrix} -1.06 \\\\ -1.06 \\\\ 3.18 \\end{pmatrix}$")
for k, p in enumerate(("-1.06", "-1.06", "3.18")):
    chk("W3a.%d" % k, L, p, W3a[k], span(lambda a: W3[k][0] * a, I("5.30")), deps=("a2.0",))
L = line_of("= \\begin{pmatrix} -0.36 \\\\ -0.16 \\\\ 2.28 \\end{pmatrix}$")
for k, (p, q) in enumerate((("-0.36", "-1.06"), ("-0.16", "-1.06"), ("2.28", "3.18"))):
    chk("z3.%d" % k, L, p, z3[k], span(lambda a: a + b3[k], I(q)), deps=("W3a.%d" % k,))
L = line_of("\\approx 11.326")
chk("S", L, "11.326", S)          # no working printed on the line: rule (b)
L = line_of("a^3 = \\mathbf{\\begin{pmatrix} 0.0616")
for k, p in enumerate(("0.0616", "0.0752", "0.8632")):
    chk("a3.%d" % k, L, p, a3[k])
L = line_of("\\log_e(0.8632) = 0.147")
chk("cost", L, "0.147", cost, span(lambda a: -a.ln(), I("0.8632")), deps=("a3.2",))
L = line_of("\\Delta^3 = a^3 - y")
for k, p in enumerate(("0.0616", "0.0752")):
    chk("d3.%d" % k, L, p, d3[k], span(lambda a: a - y[k], I(p)), deps=("a3.%d" % k,))
chk("d3.2", L, "-0.1368", d3[2], span(lambda a: a - 1, I("0.8632")), deps=("a3.2",))
D3P = ("0.0616", "0.0752", "-0.1368")
L = line_of("(W^3)^T \\Delta^3 = ")
for i, p in enumerate(("-0.1094", "0.0985")):
    chk("bp.%d" % i, L, p, bp[i],
        span(lambda a, b, c: W3[0][i] * a + W3[1][i] * b + W3[2][i] * c, *[I(q) for q in D3P]),
        deps=("d3.0", "d3.1", "d3.2"))
L = line_of("Como nuestro $z^2$ era $(5.30, -2.50)^T$")
chk("rz.0", L, "5.30", z2[0])
chk("rz.1", L, "-2.50", z2[1])
L = line_of("\\odot \\begin{pmatrix} 1 \\\\ 0 \\end{pmatrix} = ")
chk("d2.0", L, "-0.1094", d2[0], span(lambda a: a, I("-0.1094")), deps=("bp.0",))
L = line_of("\\frac{\\partial C}{\\partial W^3}")
for k, p in enumerate(("0.3265", "0.3986", "-0.7250")):
    chk("gW3.%d" % k, L, p, gW3[k][0], span(lambda d: d * D("5.30"), I(D3P[k])), deps=("d3.%d" % k,))
L = line_of("\\frac{\\partial C}{\\partial w_0^3}")
for k, p in enumerate(D3P):
    chk("gb3.%d" % k, L, p, d3[k], deps=("d3.%d" % k,))
L = line_of("\\frac{\\partial C}{\\partial W^2}")
for j, p in enumerate(("0.4267", "0.0438", "-0.2954")):
    chk("gW2.%d" % j, L, p, gW2[0][j], span(lambda d: d * x[j], I("-0.1094")), deps=("d2.0",))
L = line_of("\\frac{\\partial C}{\\partial w_0^2}")
chk("gb2.0", L, "-0.1094", d2[0], deps=("d2.0",))

judge()
lines = {}
for cid, (ok, kind, line, p, true) in STATUS.items():
    lines.setdefault(line, []).append((cid, ok, kind, p, true))
wrong, right = [], []
for line in sorted(lines):
    items = lines[line]
    bad = [it for it in items if not it[1]]
    print("line %3d  %s" % (line, "WRONG" if bad else "ok"))
    for cid, ok, kind, p, true in items:
        print("    %-8s printed %-9s true %-14s %s" % (cid, p, rnd(true, D("0.0000001")), "ok" if ok else kind))
    if bad:
        kind = "first" if any(k == "first" for _, _, k, _, _ in bad) else "propagated"
        wrong.append({"line": line, "page": None, "printed": "; ".join(str(b[3]) for b in bad),
                      "correct": "; ".join(str(rnd(b[4], b[3])) for b in bad), "kind": kind,
                      "why": "; ".join("%s off" % b[0] for b in bad)})
    else:
        right.append(line)
print("\nwrong lines:", [w["line"] for w in wrong])
print("right lines:", right)
if "--write-expected" in sys.argv:
    out = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE, "wrong": wrong, "right": right,
           "notes": ("Clean document (no wrong line). Page conventions followed: Delta^3 = a^3 - y for softmax + "
                     "categorical cross-entropy, ReLU'(z) = 1 for z > 0, natural log. Close calls, all judged right: "
                     "the softmax denominator is printed '≈ 11.326' without working while the true sum is 11.3265005 "
                     "(rounds to 11.327; within one unit, rule b); (W^3)^T Delta^3 first entry -0.1094 (true -0.1094656 "
                     "-> -0.1095) follows from the printed rounded Delta^3 (-0.10944), and the W^2 gradients 0.4267 / "
                     "0.0438 / -0.2954 follow from the printed -0.1094 (true 0.4269 / 0.0438 / -0.2956); likewise the W^3 gradients "
                     "0.3986 / -0.7250 follow from the printed 0.0752 / -0.1368 times 5.30 (true 0.3987 / -0.7252). Only the first "
                     "example is worked; the page stops before any update, so there is nothing else to check.")}
    (HERE / "expected.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote expected.json")
