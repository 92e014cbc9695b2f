#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an equations-only excerpt of the
"Worked-Out Numerical Example" of Shreya282001/Math-Deep-Learning-Backpropagation Backpropagation_Blog.md ("How
Machines Learn from Mistakes: A Deep Dive into Backpropagation", a HackMD blog article kept in the repository): one
sigmoid neuron, one forward pass, half squared error, chain rule and one gradient-descent step.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (doc.md lines 1-4, 40): x = 0.5, w = 0.4, b = 0.1, y_true = 1, eta = 0.1; a = sigmoid(w x + b),
L = 1/2 (y - a)^2, dL/da = -(y - a), da/dz = a (1 - a), dz/dw = x, w := w - eta dL/dw.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line that prints p as the result of an expression of numbers printed on it is right only if redoing the
      expression from those numbers rounds to exactly p at p's digits; an operand that is itself a rounded result
      printed earlier (here 0.5744, 0.4256, 0.2445, 0.0520) may be taken anywhere within half a unit of its last
      digit, a given (x, w, b, 1, 0.5, eta) is exact;
  (b) a value printed without its working, or restated, is right when it is within one unit of its last digit of
      the true value, or follows from printed correct operands;
  (c) a restated wrong value is wrong (propagated); a value computed from a wrong one and itself off is wrong
      (propagated).
Close call: line 17, L = 1/2 (1 - 0.5744)^2 ~ 0.0905. With 0.5744 taken as exact it gives 0.0905677 (0.0906 at
four decimals); but 0.5744 is a rounded result (sigma(0.3) = 0.5744425), and taken within half a unit
(0.57435..0.57445) the expression gives 0.090546..0.090589, which includes 0.0905; the true loss 0.0905496 is
0.0905 too. Right under the rule.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/Shreya282001/Math-Deep-Learning-Backpropagation/blob/"
          "9265b9d8a02ffe88aa22d833d353bb49de9c2581/Backpropagation_Blog.md")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of only the worked equations and numbers of "
           "the worked example, line for line, prose, headings and the rest of the article removed")
NOTES = ("Clean single-neuron walkthrough (blog article in Markdown with $$ blocks); line 17 is a close call "
         "(0.0906 if 0.5744 were exact; true 0.09055), right under the rule.")
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    """1-based line of the nth line of the document that contains sub (the script stops if there is none)."""
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


def span(f, *ops):
    """Smallest and largest value of f over operands taken anywhere within half a unit of their last digit.

    Each operand is (printed text, rounded?): a rounded result printed earlier may lie anywhere within half a unit
    of its last digit, a given (an input, a weight, 1, 0.5) is exact. f is monotone in each operand on these small
    intervals, so the corners give the range."""
    corners = [[]]
    for text, rounded in ops:
        v = D(text)
        vals = [v - unit(text) / 2, v + unit(text) / 2] if rounded else [v]
        corners = [c + [x] for c in corners for x in vals]
    outs = [f(*c) for c in corners]
    return min(outs), max(outs)


def redo_ok(p, lo_hi):
    """Rule (a): p is right only if redoing the expression can round to exactly p at p's digits."""
    lo, hi = lo_hi
    return rnd(lo, p) <= D(p) <= rnd(hi, p)


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, ops=None, up=(), method=False, why="", correct=None, explicit=True, exact=False,
        redo=None):
    """Judge one printed number (rules in the module docstring).

    ops: the value the line's own printed operands give (None when the line shows no working);
    redo: (lo, hi) from span() when some operands are rounded results printed earlier (rule a);
    exact=True: the operands are exact, so p must be their value rounded at p's digits (rule a)."""
    assert printed in DOC[line - 1], (line, printed)
    p = D(printed)
    if ops is None and redo is None and up and explicit:
        ops = p  # a restated value: it carries the status of the value it copies (rules 3 and 5)
    if redo is not None:
        ops_ok = redo_ok(p, redo)
        ops = (redo[0] + redo[1]) / 2
    else:
        ops_ok = ops is None or (p == rnd(ops, p) if exact else near(p, ops))
    if explicit and not ops_ok:
        st, kind = "wrong", "first"
    elif near(p, true):
        st, kind = "right", None
    elif any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", ("propagated" if ops_ok else "first")
    elif method:
        st, kind = "wrong", "first"
    elif ops is not None and near(p, ops):
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
            printed = ", ".join(dict.fromkeys(c["printed"] for c in bad))
            correct = ", ".join(dict.fromkeys(c["correct"] for c in bad))
            whys = "; ".join(dict.fromkeys(c["why"] or "restates a wrong value" for c in bad))
            wrong.append(dict(line=n, page=None, printed=printed, correct=correct,
                              kind="first" if "first" in kinds else "propagated", why=whys))
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
x, w, b, y, eta = D("0.5"), D("0.4"), D("0.1"), D(1), D("0.1")
z = w * x + b
a = sig(z)
L = (y - a) ** 2 / 2
dLda = -(y - a)
dadz = a * (1 - a)
dLdw = dLda * dadz * x
w_new = w - eta * dLdw

ln = line_of("= (0.4 \\times 0.5) + 0.1 = 0.3")
chk("z", ln, "0.3", z, ops=D("0.4") * D("0.5") + D("0.1"), exact=True)
ln = line_of("\\frac{1}{1 + e^{-0.3}} \\approx 0.5744")
chk("zr", ln, "0.3", z, up=["z"])
chk("a", ln, "0.5744", a, ops=sig("0.3"), up=["zr"], exact=True)
ln = line_of("predicts $\\hat{y} = 0.5744$")
chk("ar", ln, "0.5744", a, up=["a"])
ln = line_of("(1 - 0.5744)^2 \\approx 0.0905")
chk("L", ln, "0.0905", L, redo=span(lambda v: (1 - v) ** 2 / 2, ("0.5744", True)), up=["a"])
ln = line_of("= -(1 - 0.5744) = -0.4256")
chk("dLda", ln, "-0.4256", dLda, redo=span(lambda v: -(1 - v), ("0.5744", True)), up=["a"])
ln = line_of("= 0.5744 \\times (1 - 0.5744) = 0.2445")
chk("dadz", ln, "0.2445", dadz, redo=span(lambda v: v * (1 - v), ("0.5744", True)), up=["a"])
ln = line_of("(-0.4256) \\times 0.2445 \\times 0.5 \\approx -0.0520")
chk("dLdw", ln, "-0.0520", dLdw,
    redo=span(lambda p, q: p * q * D("0.5"), ("-0.4256", True), ("0.2445", True)), up=["dLda", "dadz"])
ln = line_of("w = 0.4 + 0.1 \\times 0.0520 = 0.4052")
chk("w", ln, "0.4052", w_new, redo=span(lambda g: D("0.4") + D("0.1") * g, ("0.0520", True)), up=["dLdw"])
ln = line_of("w \\approx 0.4052")
chk("wr", ln, "0.4052", w_new, up=["w"])

if __name__ == "__main__":
    main()
