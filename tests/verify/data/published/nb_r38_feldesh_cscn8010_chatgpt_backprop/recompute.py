#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, an excerpt (the two worked Markdown
cells, re-serialised) of CSCN8010/CSCN8010 dl_class_notebooks/backpropagation.ipynb: a 1-1-1 sigmoid network worked
by hand (forward pass, squared-error loss, backward pass, one gradient-descent step) and a single linear neuron
worked the same way.  `line` numbers are 1-based lines of the raw doc.ipynb JSON file (as `grep -n` shows them).

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Givens, example 1 (lines 11-18, 69): x = 0.5, target 1, w1 = 0.4, b1 = 0.5, w2 = 0.8, b2 = -0.2, alpha = 0.1;
  z1 = w1 x + b1, a1 = sigmoid(z1), z2 = w2 a1 + b2, a2 = sigmoid(z2), L = 1/2 (t - a2)^2, and the page's own
  chain rule (dL/da2 = -(t - a2), da2/dz2 = a2(1 - a2), ..., w <- w - alpha dL/dw).
Givens, example 2 (lines 96-100): x = 2, target 1, alpha = 0.1, w = 0.5, b = 0.3, linear activation a = z.
True values follow exactly from those givens.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line that prints p as the result of an expression of numbers printed on that line is right only when
      redoing it from those numbers rounds to p at p's digits.  Here every printed operand that is itself a rounded
      result may lie anywhere within half a unit of its last digit (givens are exact); the expression is evaluated
      at every corner of that box (all expressions here are monotone in each operand) and p must lie between the
      roundings of the smallest and the largest value.  Otherwise the line is wrong, first.
  (b) a value printed without working, or restated, is right when it is within one unit of its last digit of the
      true value rounded to its digits, |p - round(true)| <= u (or follows from printed correct operands).
  (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off is wrong,
      propagated (first if the line adds a mistake of its own).
A line is wrong when any number on it is wrong.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import itertools
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/CSCN8010/CSCN8010/blob/b235cb9db4a3532f4093b8e4080416f9edf60432/"
          "dl_class_notebooks/backpropagation.ipynb")
LICENSE = ("none stated (no LICENSE file in the repository); doc.ipynb keeps only the two worked Markdown cells "
           "(sources unchanged), re-serialised with json.dump(indent=1, ensure_ascii=False)")
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
    """rule (b): within one unit of p's last digit of x rounded to p's digits (the corpus's usual reading)"""
    return abs(D(p) - rnd(x, p)) <= unit(p)


def rounded(s):
    """a printed operand that is itself a rounded result: any value within half a unit of its last digit"""
    v = D(s)
    h = unit(s) / 2
    return (v - h, v + h)


def exact(s):
    return (D(s), D(s))


def follows(p, f, ops):
    """rule (a): can redoing f from the printed operands (each within its interval) round to p?"""
    vals = [f(*c) for c in itertools.product(*ops)]
    lo, hi = min(vals), max(vals)
    return rnd(lo, p) <= D(p) <= rnd(hi, p), (lo, hi)


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, f=None, ops=(), up=(), why=""):
    """Judge one printed number on one line.  f/ops: the expression printed on the line and its operands;
    up: ids of the printed values it is computed from (for rule (c))."""
    assert printed in DOC[line - 1], (line, printed, DOC[line - 1])
    p = D(printed)
    if f is not None:
        ok_a, box = follows(printed, f, ops)
    else:
        ok_a, box = None, None
    upwrong = any(STATUS[u] == "wrong" for u in up)
    if ok_a is False:
        st, kind = "wrong", "first"
    elif near(p, true):
        st, kind = "right", None
    elif upwrong:
        st, kind = "wrong", "propagated"
    elif ok_a:
        st, kind = "right", None  # follows from printed correct operands
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), box=box, status=st, kind=kind, why=why,
                       correct=str(rnd(true, p))))


def report():
    wrong, right = [], []
    for n in sorted({c["line"] for c in CHECKS}):
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:120]))
        for c in cs:
            extra = "" if c["box"] is None else "  printed operands give [%.7g, %.7g]" % c["box"]
            print("            %-8s printed %-8s true %.9g%s -> %s%s" % (
                c["id"], c["printed"], c["true"], extra, c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(c["correct"] for c in bad),
                          "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(c["why"] or "restates a wrong value" for c in bad)})
        else:
            right.append(n)
    return wrong, right


# ---------------- example 1: exact values from the givens ----------------
x, t, w1, b1, w2, b2, al = D("0.5"), D(1), D("0.4"), D("0.5"), D("0.8"), D("-0.2"), D("0.1")
z1 = w1 * x + b1
a1 = sig(z1)
z2 = w2 * a1 + b2
a2 = sig(z2)
L = (t - a2) ** 2 / 2
dLda2 = -(t - a2)
da2dz2 = a2 * (1 - a2)
dLdw2 = dLda2 * da2dz2 * a1
dLdb2 = dLda2 * da2dz2
dLda1 = dLda2 * da2dz2 * w2
da1dz1 = a1 * (1 - a1)
dLdw1 = dLda1 * da1dz1 * x
dLdb1 = dLda1 * da1dz1
w1n, b1n, w2n, b2n = w1 - al * dLdw1, b1 - al * dLdb1, w2 - al * dLdw2, b2 - al * dLdb2

n = line_of("$z_1 = w_1 \\\\cdot x + b_1 = 0.4")
chk("z1", n, "0.7", z1, lambda a, b, c: a * b + c, (exact("0.4"), exact("0.5"), exact("0.5")))
n = line_of("e^{-0.7}} \\\\approx 0.668")
chk("z1r", n, "0.7", z1, up=("z1",))
chk("a1", n, "0.668", a1, lambda z: sig(z), (exact("0.7"),), up=("z1",))
n = line_of("0.8 \\\\cdot 0.668 - 0.2 = 0.333")
chk("a1r1", n, "0.668", a1, up=("a1",))
chk("z2", n, "0.333", z2, lambda w, a, b: w * a + b, (exact("0.8"), rounded("0.668"), exact("-0.2")), up=("a1",),
    why="0.8 x 0.668 - 0.2 = 0.5344 - 0.2 = 0.3344, not 0.333 (true z2 = 0.33455)")
n = line_of("e^{-0.333}} \\\\approx 0.583")
chk("z2r", n, "0.333", z2, up=("z2",), why="restates the wrong z2 = 0.333 (true 0.33455) in e^{-0.333}")
chk("a2", n, "0.583", a2, lambda z: sig(z), (rounded("0.333"),), up=("z2",))
n = line_of("(1 - 0.583)^2 \\\\approx 0.083")
chk("a2r1", n, "0.583", a2, up=("a2",))
chk("L", n, "0.083", L, lambda a: (1 - a) ** 2 / 2, (rounded("0.583"),), up=("a2",),
    why="(1 - 0.583)^2 / 2 = 0.417^2 / 2 = 0.173889 / 2 = 0.0869, not 0.083")
n = line_of("-(1 - 0.583) = -0.417")
chk("a2r2", n, "0.583", a2, up=("a2",))
chk("dLda2", n, "-0.417", dLda2, lambda a: -(1 - a), (rounded("0.583"),), up=("a2",))
n = line_of("0.583 \\\\cdot (1 - 0.583) \\\\approx 0.244")
chk("a2r3", n, "0.583", a2, up=("a2",))
chk("da2dz2", n, "0.244", da2dz2, lambda a: a * (1 - a), (rounded("0.583"),), up=("a2",),
    why="0.583 x (1 - 0.583) = 0.583 x 0.417 = 0.2431, not 0.244")
n = line_of("(-0.417) \\\\cdot 0.244 \\\\cdot 0.668 \\\\approx -0.067")
chk("g1r", n, "0.244", da2dz2, up=("da2dz2",))
chk("dLdw2", n, "-0.067", dLdw2, lambda a, b, c: a * b * c,
    (rounded("-0.417"), rounded("0.244"), rounded("0.668")), up=("dLda2", "da2dz2", "a1"),
    why="(-0.417) x 0.244 x 0.668 = -0.06797, which rounds to -0.068, not -0.067")
n = line_of("(-0.417) \\\\cdot 0.244 \\\\approx -0.102")
chk("g2r", n, "0.244", da2dz2, up=("da2dz2",))
chk("dLdb2", n, "-0.102", dLdb2, lambda a, b: a * b, (rounded("-0.417"), rounded("0.244")), up=("dLda2", "da2dz2"))
n = line_of("(-0.417) \\\\cdot 0.244 \\\\cdot 0.8 \\\\approx -0.080")
chk("g3r", n, "0.244", da2dz2, up=("da2dz2",))
chk("dLda1", n, "-0.080", dLda1, lambda a, b, c: a * b * c, (rounded("-0.417"), rounded("0.244"), exact("0.8")),
    up=("dLda2", "da2dz2"), why="(-0.417) x 0.244 x 0.8 = -0.0814, which rounds to -0.081, not -0.080")
n = line_of("0.668 \\\\cdot (1 - 0.668) \\\\approx 0.221")
chk("a1r2", n, "0.668", a1, up=("a1",))
chk("da1dz1", n, "0.221", da1dz1, lambda a: a * (1 - a), (rounded("0.668"),), up=("a1",),
    why="0.668 x (1 - 0.668) = 0.668 x 0.332 = 0.22178, which rounds to 0.222, not 0.221")
n = line_of("(-0.080) \\\\cdot 0.221 \\\\cdot 0.5 \\\\approx -0.009")
chk("h1r", n, "-0.080", dLda1, up=("dLda1",))
chk("h2r", n, "0.221", da1dz1, up=("da1dz1",))
chk("dLdw1", n, "-0.009", dLdw1, lambda a, b, c: a * b * c, (rounded("-0.080"), rounded("0.221"), exact("0.5")),
    up=("dLda1", "da1dz1"))
n = line_of("(-0.080) \\\\cdot 0.221 \\\\approx -0.018")
chk("h3r", n, "-0.080", dLda1, up=("dLda1",))
chk("h4r", n, "0.221", da1dz1, up=("da1dz1",))
chk("dLdb1", n, "-0.018", dLdb1, lambda a, b: a * b, (rounded("-0.080"), rounded("0.221")), up=("dLda1", "da1dz1"))
upd = lambda w, a, g: w - a * g
n = line_of("= 0.4 - 0.1 \\\\cdot (-0.009) \\\\approx 0.401")
chk("k1r", n, "-0.009", dLdw1, up=("dLdw1",))
chk("w1n", n, "0.401", w1n, upd, (exact("0.4"), exact("0.1"), rounded("-0.009")), up=("dLdw1",))
n = line_of("= 0.5 - 0.1 \\\\cdot (-0.018) \\\\approx 0.502")
chk("k2r", n, "-0.018", dLdb1, up=("dLdb1",))
chk("b1n", n, "0.502", b1n, upd, (exact("0.5"), exact("0.1"), rounded("-0.018")), up=("dLdb1",))
n = line_of("= 0.8 - 0.1 \\\\cdot (-0.067) \\\\approx 0.807")
chk("k3r", n, "-0.067", dLdw2, up=("dLdw2",))
chk("w2n", n, "0.807", w2n, upd, (exact("0.8"), exact("0.1"), rounded("-0.067")), up=("dLdw2",))
n = line_of("= -0.2 - 0.1 \\\\cdot (-0.102) \\\\approx -0.189")
chk("k4r", n, "-0.102", dLdb2, up=("dLdb2",))
chk("b2n", n, "-0.189", b2n, upd, (exact("-0.2"), exact("0.1"), rounded("-0.102")), up=("dLdb2",),
    why="-0.2 - 0.1 x (-0.102) = -0.2 + 0.0102 = -0.1898, which rounds to -0.190, not -0.189")

# ---------------- example 2 (linear neuron): exact values ----------------
X, T, A, W, B = D(2), D(1), D("0.1"), D("0.5"), D("0.3")
Z = W * X + B
L2 = (T - Z) ** 2 / 2
dLda = -(T - Z)
dLdz = dLda * 1
dLdw = dLdz * X
dLdb = dLdz * 1
Wn, Bn = W - A * dLdw, B - A * dLdb
n = line_of("z = w \\\\cdot x + b = 0.5 \\\\cdot 2 + 0.3 = 1.3")
chk("Z", n, "1.3", Z, lambda a, b, c: a * b + c, (exact("0.5"), exact("2"), exact("0.3")))
n = line_of("     a = z = 1.3")
chk("A", n, "1.3", Z, up=("Z",))
n = line_of("(1 - 1.3)^2 = 0.045")
chk("L2", n, "0.045", L2, lambda a: (1 - a) ** 2 / 2, (exact("1.3"),), up=("Z",))
n = line_of("-(1 - 1.3) = 0.3")
chk("dLda", n, "0.3", dLda, lambda a: -(1 - a), (exact("1.3"),), up=("Z",))
n = line_of("\\\\frac{\\\\partial a}{\\\\partial z} = 1 \\\\quad")
chk("dadz", n, "1", D(1))
n = line_of("= 0.3 \\\\cdot 1 = 0.3")
chk("dLdz", n, "0.3", dLdz, lambda a, b: a * b, (exact("0.3"), exact("1")), up=("dLda",))
n = line_of("\\\\frac{\\\\partial z}{\\\\partial w} = x = 2")
chk("dzdw", n, "2", X)
n = line_of("\\\\frac{\\\\partial z}{\\\\partial b} = 1\\n")
chk("dzdb", n, "1", D(1))
n = line_of("= 0.3 \\\\cdot 2 = 0.6")
chk("dLdw", n, "0.6", dLdw, lambda a, b: a * b, (exact("0.3"), exact("2")), up=("dLdz",))
n = line_of("= 0.3 \\\\cdot 1 = 0.3", 2)
chk("dLdb", n, "0.3", dLdb, lambda a, b: a * b, (exact("0.3"), exact("1")), up=("dLdz",))
n = line_of("= 0.5 - 0.1 \\\\cdot 0.6 = 0.44")
chk("Wn", n, "0.44", Wn, upd, (exact("0.5"), exact("0.1"), exact("0.6")), up=("dLdw",))
n = line_of("= 0.3 - 0.1 \\\\cdot 0.3 = 0.27")
chk("Bn", n, "0.27", Bn, upd, (exact("0.3"), exact("0.1"), exact("0.3")), up=("dLdb",))

NOTES = (
    "A course notebook (Conestoga College CSCN8010, instructor Ran Feldesh) whose commit message says the worked "
    "example was generated with ChatGPT ('add a backprop example from chatgpt (demo of how to use the LLM)'); "
    "the worked numbers sit in Markdown cells, example 1 with inline $...$ (3-decimal results, '\\approx'), "
    "example 2 with \\[ ... \\] display blocks whose number lines are JSON lines of their own. Example 1 (1-1-1 "
    "sigmoid network, x = 0.5, w1 = 0.4, b1 = 0.5, w2 = 0.8, b2 = -0.2, target 1, squared error, alpha = 0.1) has "
    "seven arithmetic slips: z2 = 0.8*0.668 - 0.2 printed 0.333 (0.334); L = (1 - 0.583)^2/2 printed 0.083 (0.087); "
    "0.583*(1 - 0.583) printed 0.244 (0.243); (-0.417)(0.244)(0.668) printed -0.067 (-0.068); (-0.417)(0.244)(0.8) "
    "printed -0.080 (-0.081); 0.668*(1 - 0.668) printed 0.221 (0.222); -0.2 - 0.1*(-0.102) printed -0.189 "
    "(-0.190). The a2 line restates the wrong 0.333 in e^{-0.333} (propagated; its result 0.583 is right: true a2 "
    "= 0.58286). Close calls: the wrong 0.244, -0.080, 0.221 and -0.067 are each one unit from the true value "
    "(0.24313, -0.08113, 0.22171, -0.06777), so where they are restated as operands (dL/db2, dL/dw1, dL/db1, w2 "
    "update lines) rule (b) counts them right, and those lines' own results (-0.102, -0.009, -0.018, 0.807) follow "
    "from them and are within one unit of the true values (-0.10142, -0.00899, -0.01799, 0.80678), so those lines "
    "are right; dL/db2 = -0.102 (true -0.1014) is the closest. Example 2 (one linear neuron, x = 2, w = 0.5, b = 0.3, "
    "target 1) is all right, including the derivative values 1, 2, 1 of lines 123, 131, 134 (listed as right). "
    "Sign convention: dL/da = -(t - a), update w - alpha dL/dw (standard, consistent).")


def main():
    wrong, right = report()
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


if __name__ == "__main__":
    main()
