#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, the verbatim file
smaxx73/Neural-Network-Course `module-3-mathematics-of-learning/session6_backpropagation_solutions.md`
("Session 6 - Backpropagation: Exercise Solutions"): Exercise 3.1 (one sigmoid neuron traced forward and backward
in two Markdown tables), Exercises 5.1-5.2 (gradients of the 2-2-1 network of the session's notes from its printed
error signals) and Exercise 9.1 (a 1-1-1 sigmoid network, backprop by hand and one update with eta = 1).

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens. Exercise 3.1 (doc.md line 35): x = 2, w = 0.5, b = -0.5, y = 1; yhat = sigma(wx + b), e = yhat - y,
L = e^2. Exercises 5.1-5.2 restate values of the network worked in the session's notes
(`session6_backpropagation.md`, same commit, lines 411-415): x = (1, 0), W1 = [[0.5, 0.3], [-0.2, 0.8]],
b1 = (0.1, -0.1), W2 = (0.6, -0.4), b2 = 0.2, y = 1, L = (y - yhat)^2, delta2 = dL/dz2, delta1 = W2^T delta2 *
sigma'(z1). Exercise 9.1 (lines 137-138): w1 = 0.5, b1 = 0, w2 = -1.0, b2 = 0.5, x = 1.0, y = 0, L = (y - yhat)^2,
eta = 1.0 (line 210).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line that prints p as the result of an expression of numbers printed on it is right only if redoing the
      expression from those printed numbers rounds to exactly p at p's digits, where an operand that is itself a
      rounded result printed earlier may lie anywhere within half a unit of its last digit (a given is exact);
      otherwise the line is wrong (first), even when p is one unit off;
  (b) a value printed without its working (or restated, e.g. the 'Using delta = ...' givens of Exercise 5) is right
      when it is within one unit of its last digit of the true value, or when it follows from printed correct
      operands;
  (c) a restated wrong value is wrong (propagated); a value computed from a wrong one and itself off is wrong
      (propagated). In the tables the result cell is computed from the formula cell of its row.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
PAGE = None
SOURCE = ("https://github.com/smaxx73/Neural-Network-Course/blob/57d1b14a5278d0e1b37105652352f76cfe90dd28/"
          "module-3-mathematics-of-learning/session6_backpropagation_solutions.md")
LICENSE = "MIT (Copyright (c) 2026 Maxime Nguyen, LICENSE at the repository root); doc.md is the file verbatim"
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


def sig(z):
    return 1 / (1 + (-D(z)).exp())


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    return abs(D(p) - rnd(x, p)) <= unit(p)


def attainable(p, lo, hi):
    """True when some value in [lo, hi] rounds to p at p's digits (operands that are rounded results)."""
    lo, hi = min(D(lo), D(hi)), max(D(lo), D(hi))
    half = unit(p) / 2
    return D(p) - half <= hi and D(p) + half >= lo


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, ops=None, up=(), method=False, why="", correct=None, explicit=True, exact=False,
        interval=None):
    """Judge one printed number by the corpus's one rule (module docstring).

    ops: the value of the line's own expression from its printed operands; exact=True when those operands are
    exact givens (then p must equal one rounding of ops); interval=(lo, hi): the range the expression takes when
    operands that are rounded results move within half a unit of their last digit (p must be attainable)."""
    assert printed in DOC[line - 1], (line, printed, DOC[line - 1])
    p = D(printed)
    if ops is None and interval is None and up and explicit:
        ops = p  # a restated value: it carries the status of the value it copies
    if interval is not None:
        ops_ok = attainable(p, *interval)
        if ops is None:
            ops = (D(interval[0]) + D(interval[1])) / 2
    elif ops is None:
        ops_ok = True
    else:
        ops_ok = p == rnd(ops, p) if exact else near(p, ops)
    if explicit and not ops_ok:
        st, kind = "wrong", "first"
    elif near(p, true):
        st, kind = "right", None
    elif any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", ("propagated" if ops_ok else "first")
    elif method:
        st, kind = "wrong", "first"
    elif ops is not None and ops_ok:
        st, kind = "right", None
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), ops=None if ops is None else D(ops),
                       status=st, kind=kind, why=why, correct=correct if correct is not None else str(rnd(true, p))))


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
            wrong.append({"line": n, "page": PAGE, "printed": ", ".join(printed), "correct": ", ".join(correct),
                          "kind": "first" if "first" in kinds else "propagated", "why": "; ".join(dict.fromkeys(whys))})
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


def iv_mul(*ivs):
    """Interval product of (lo, hi) pairs."""
    lo, hi = D(1), D(1)
    for a, b in ivs:
        c = [lo * a, lo * b, hi * a, hi * b]
        lo, hi = min(c), max(c)
    return lo, hi


def around(p):
    """The rounding interval of a printed rounded result."""
    h = unit(p) / 2
    return D(p) - h, D(p) + h


# ---------------- Exercise 3.1 ----------------
x, w, b, y = D(2), D("0.5"), D("-0.5"), D(1)
z1 = w * x
z = z1 + b
yh = sig(z)
e = yh - y
L = e * e
dLde = 2 * e
dLdz = dLde * yh * (1 - yh)
dLdw = dLdz * x
ln = line_of("| 1 | $z_1 = wx = 0.5 \\times 2$ | $1.0$ |")
chk("z1", ln, "1.0", z1, ops=D("0.5") * 2, exact=True)
ln = line_of("| 2 | $z = z_1 + b = 1.0 - 0.5$ | $0.5$ |")
chk("z", ln, "0.5", z, ops=D("1.0") - D("0.5"), exact=True, up=["z1"])
ln = line_of("| 3 | $\\hat{y} = \\sigma(0.5)")
chk("yh", ln, "0.6225", yh, ops=sig("0.5"), exact=True, up=["z"])
ln = line_of("| 4 | $e = \\hat{y} - y = 0.6225 - 1$")
chk("yh_r", ln, "0.6225", yh, up=["yh"])
chk("e", ln, "-0.3775", e, interval=(around("0.6225")[0] - 1, around("0.6225")[1] - 1), up=["yh"])
ln = line_of("| 5 | $L = e^2 = (-0.3775)^2$")
chk("e_r", ln, "-0.3775", e, up=["e"])
lo, hi = around("-0.3775")
chk("L", ln, "0.1425", L, interval=(hi * hi, lo * lo), up=["e"])
ln = line_of("= 2e = 2 \\times (-0.3775)$ | $\\approx -0.7550$")
chk("dLde", ln, "-0.7550", dLde, interval=(2 * lo, 2 * hi), up=["e"])
ln = line_of("\\dfrac{\\partial L}{\\partial e} \\cdot 1$ | $\\approx -0.7550$")
chk("dLdyh", ln, "-0.7550", dLde, up=["dLde"])
ln = line_of("= -0.7550 \\times 0.6225 \\times 0.3775$ | $\\approx -0.1774$")
chk("dLdz", ln, "-0.1774", dLdz, interval=iv_mul(around("-0.7550"), around("0.6225"), around("0.3775")),
    up=["dLdyh", "yh"])
ln = line_of("= -0.1774 \\times 2$ | $\\approx -0.3549$")
chk("dLdw", ln, "-0.3549", dLdw, interval=iv_mul(around("-0.1774"), (D(2), D(2))), up=["dLdz"])
ln = line_of("\\dfrac{\\partial L}{\\partial z} \\cdot 1$ | $\\approx -0.1774$")
chk("dLdb", ln, "-0.1774", dLdz, up=["dLdz"])

# ---------------- Exercises 5.1 and 5.2 (the notes' 2-2-1 network) ----------------
X = (D(1), D(0))
W1 = ((D("0.5"), D("0.3")), (D("-0.2"), D("0.8")))
B1 = (D("0.1"), D("-0.1"))
W2 = (D("0.6"), D("-0.4"))
B2 = D("0.2")
Y = D(1)
zh = [W1[i][0] * X[0] + W1[i][1] * X[1] + B1[i] for i in range(2)]
ah = [sig(v) for v in zh]
zo = W2[0] * ah[0] + W2[1] * ah[1] + B2
yo = sig(zo)
d2 = -2 * (Y - yo) * yo * (1 - yo)
d1 = [W2[i] * d2 * ah[i] * (1 - ah[i]) for i in range(2)]
ln = line_of("Using $\\delta^{(2)} = -0.1903$ and $a^{(1)} = [0.6457,\\; 0.4256]^T$:")
chk("d2", ln, "-0.1903", d2, explicit=False)
chk("a1", ln, "0.6457", ah[0], explicit=False)
chk("a2", ln, "0.4256", ah[1], explicit=False)
ln = line_of("= -0.1903 \\times \\begin{bmatrix} 0.6457 & 0.4256 \\end{bmatrix} = \\begin{bmatrix} -0.1229 & -0.0810")
chk("gW2a", ln, "-0.1229", d2 * ah[0], interval=iv_mul(around("-0.1903"), around("0.6457")), up=["d2", "a1"])
chk("gW2b", ln, "-0.0810", d2 * ah[1], interval=iv_mul(around("-0.1903"), around("0.4256")), up=["d2", "a2"])
ln = line_of("\\frac{\\partial L}{\\partial b^{(2)}} = \\delta^{(2)} = -0.1903")
chk("gb2", ln, "-0.1903", d2, up=["d2"])
ln = line_of("Using $\\delta^{(1)} = [-0.0261,\\; 0.0186]^T$")
chk("d1a", ln, "-0.0261", d1[0], explicit=False)
chk("d1b", ln, "0.0186", d1[1], explicit=False)
ln = line_of("= \\begin{bmatrix} -0.0261 & 0 \\\\ 0.0186 & 0 \\end{bmatrix}")
chk("gW1a", ln, "-0.0261", d1[0] * X[0], up=["d1a"])
chk("gW1b", ln, "0.0186", d1[1] * X[0], up=["d1b"])
ln = line_of("\\frac{\\partial L}{\\partial b^{(1)}} = \\begin{bmatrix} -0.0261 \\\\ 0.0186 \\end{bmatrix}")
chk("gb1a", ln, "-0.0261", d1[0], up=["d1a"])
chk("gb1b", ln, "0.0186", d1[1], up=["d1b"])

# ---------------- Exercise 9.1 ----------------
w1, b1, w2, b2, x9, y9, eta = D("0.5"), D(0), D("-1.0"), D("0.5"), D("1.0"), D(0), D("1.0")
z1_9 = w1 * x9 + b1
a1_9 = sig(z1_9)
z2_9 = w2 * a1_9 + b2
yh9 = sig(z2_9)
L9 = (y9 - yh9) ** 2
dLdy9 = -2 * (y9 - yh9)
s2 = yh9 * (1 - yh9)
dd2 = dLdy9 * s2
gw2 = dd2 * a1_9
back = w2 * dd2
s1 = a1_9 * (1 - a1_9)
dd1 = back * s1
gw1 = dd1 * x9
ln = line_of("z_1 = w_1 x + b_1 = 0.5 \\times 1.0 + 0 = 0.5")
chk("z1_9", ln, "0.5", z1_9, ops=D("0.5") * D("1.0"), exact=True)
ln = line_of("a_1 = \\sigma(0.5) \\approx 0.6225")
chk("a1_9", ln, "0.6225", a1_9, ops=sig("0.5"), exact=True, up=["z1_9"])
ln = line_of("z_2 = w_2 a_1 + b_2 = -1.0 \\times 0.6225 + 0.5 = -0.1225")
chk("a1_9r", ln, "0.6225", a1_9, up=["a1_9"])
lo, hi = around("0.6225")
chk("z2_9", ln, "-0.1225", z2_9, interval=(-hi + D("0.5"), -lo + D("0.5")), up=["a1_9"])
ln = line_of("\\hat{y} = \\sigma(-0.1225) \\approx 0.4694")
lo, hi = around("-0.1225")
chk("yh9", ln, "0.4694", yh9, interval=(sig(lo), sig(hi)), up=["z2_9"])
ln = line_of("L = (y - \\hat{y})^2 = (0 - 0.4694)^2 \\approx 0.2203")
lo, hi = around("0.4694")
chk("L9", ln, "0.2203", L9, interval=(lo * lo, hi * hi), up=["yh9"])
ln = line_of("= -2(0 - 0.4694) = 0.9388")
chk("dLdy9", ln, "0.9388", dLdy9, interval=(2 * lo, 2 * hi), up=["yh9"])
ln = line_of("= 0.4694 \\times 0.5306 \\approx 0.2490")
chk("s2", ln, "0.2490", s2, interval=(lo * (1 - lo), hi * (1 - hi)), up=["yh9"],
    why="0.4694 x 0.5306 = 0.24906364, 0.2491 at four decimals (0.24906 to 0.24907 for any yhat in its rounding "
    "interval; true sigma'(z2) = 0.249066); printed 0.2490")
ln = line_of("\\delta^{(2)} = 0.9388 \\times 0.2490 \\approx 0.2338")
chk("dd2", ln, "0.2338", dd2, interval=iv_mul(around("0.9388"), around("0.2490")), up=["dLdy9", "s2"])
ln = line_of("= \\delta^{(2)} \\cdot a_1 = 0.2338 \\times 0.6225 \\approx 0.1455")
chk("gw2", ln, "0.1455", gw2, interval=iv_mul(around("0.2338"), around("0.6225")), up=["dd2"])
ln = line_of("\\frac{\\partial L}{\\partial b_2} = \\delta^{(2)} \\approx 0.2338")
chk("gb2_9", ln, "0.2338", dd2, up=["dd2"])
ln = line_of("w_2^T \\cdot \\delta^{(2)} = -1.0 \\times 0.2338 = -0.2338")
chk("back", ln, "-0.2338", back, interval=iv_mul((D(-1), D(-1)), around("0.2338")), up=["dd2"])
ln = line_of("= a_1(1 - a_1) = 0.6225 \\times 0.3775 \\approx 0.2350")
chk("s1", ln, "0.2350", s1, interval=iv_mul(around("0.6225"), around("0.3775")), up=["a1_9"])
ln = line_of("\\delta^{(1)} = -0.2338 \\times 0.2350 \\approx -0.0549")
chk("dd1", ln, "-0.0549", dd1, interval=iv_mul(around("-0.2338"), around("0.2350")), up=["back", "s1"])
ln = line_of("= \\delta^{(1)} \\cdot x = -0.0549 \\times 1.0 = -0.0549")
chk("gw1", ln, "-0.0549", gw1, interval=around("-0.0549"), up=["dd1"])
ln = line_of("\\frac{\\partial L}{\\partial b_1} = \\delta^{(1)} = -0.0549")
chk("gb1_9", ln, "-0.0549", dd1, up=["dd1"])
ln = line_of("w_2 \\leftarrow -1.0 - 1.0 \\times 0.1455 = -1.1455")
chk("nw2", ln, "-1.1455", w2 - eta * gw2, interval=(D(-1) - around("0.1455")[1], D(-1) - around("0.1455")[0]),
    up=["gw2"])
ln = line_of("b_2 \\leftarrow 0.5 - 1.0 \\times 0.2338 = 0.2662")
chk("nb2", ln, "0.2662", b2 - eta * dd2, interval=(D("0.5") - around("0.2338")[1], D("0.5") - around("0.2338")[0]),
    up=["dd2"])
ln = line_of("w_1 \\leftarrow 0.5 - 1.0 \\times (-0.0549) = 0.5549")
chk("nw1", ln, "0.5549", w1 - eta * gw1, interval=(D("0.5") + around("0.0549")[0], D("0.5") + around("0.0549")[1]),
    up=["gw1"])
ln = line_of("b_1 \\leftarrow 0.0 - 1.0 \\times (-0.0549) = 0.0549")
chk("nb1", ln, "0.0549", b1 - eta * dd1, interval=around("0.0549"), up=["dd1"])

NOTES = (
    "The exercise solutions of Session 6 of Maxime Nguyen's MIT-licensed course 'Neural Networks for Engineers' "
    "(smaxx73/Neural-Network-Course), kept verbatim; a different file from the session's notes "
    "(md_smaxx73_221_network) and from the LaTeX quiz solutions (tex_smaxx73_session6_solutions). Formats: Markdown "
    "tables whose rows hold a formula cell with $...$ and a result cell '$\\approx 0.6225$', `$$` display blocks, "
    "bmatrix products, restated givens in prose ('Using $\\delta^{(2)} = -0.1903$ ...'). One wrong line: Exercise "
    "9.1's sigma'(z2) = 0.4694 x 0.5306 printed 0.2490 for 0.24906 (0.2491); the next line, 0.9388 x 0.2490 = 0.2338, "
    "is right (true delta2 = 0.23383). Close calls judged right by rule (a): -0.1774 x 2 printed -0.3549 (-0.3548 from "
    "the printed -0.1774, but -0.17745 x 2 = -0.3549 lies in its rounding interval; true -0.354894) and 2 x (-0.3775) "
    "printed -0.7550 (true -0.75508, -0.7551). Exercise 5's restated delta2 = -0.1903 is one unit from the true "
    "-0.19020 of the notes' network (right by rule (b)); delta1 = (-0.0261, 0.0186) is right. Lines 396-412 are "
    "expected program output ('~1e-8'), not worked numbers, and are not judged."
)

if __name__ == "__main__":
    main()
