#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of the worked numbers of
Digital-AI-Finance/neural-networks-introduction `docs/Lecture-5-Gradient-Descent-and-Backpropagation.md` (a page
of the course's Jekyll site, `docs/_layouts/default.html`): section "Worked example" (a 2-1-1 sigmoid network, one
forward pass, MSE loss, backward pass and update with learning rate 0.5, written as plain-text code blocks), the
vanishing-gradient numbers and the answers of practice questions Q1-Q2.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (doc.md lines 2-11, 42, 52, 60): x = (1, 2), W1 = (0.5, 0.5), b1 = 0, W2 = 0.5, b2 = 0, y = 1, sigmoid
hidden and output units, L = (y - a2)^2 (the page's 'Loss (MSE)'), eta = 0.5. Q1: dL/da = -2, f'(z) = 0.2. Q2:
w = 1.5, dL/dw = 0.3, eta = 0.1.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line that prints p as the result of an expression of numbers printed on it is right only if redoing the
      expression from those printed numbers rounds to exactly p at p's digits, where an operand that is itself a
      rounded result printed earlier may lie anywhere within half a unit of its last digit (a given is exact);
      otherwise the line is wrong (first), even when p is one unit off;
  (b) a value printed without its working (or restated) is right when it is within one unit of its last digit of
      the true value, or when it follows from printed correct operands;
  (c) a restated wrong value is wrong (propagated); a value computed from a wrong one and itself off is wrong
      (propagated). A continuation row '= ...' is computed from the row above it.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
PAGE = None
SOURCE = ("https://github.com/Digital-AI-Finance/neural-networks-introduction/blob/"
          "16008e2da0d8c252fdf7b89bc59360aae7424c68/docs/Lecture-5-Gradient-Descent-and-Backpropagation.md")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of only the worked-number lines of the page, "
           "line for line, other prose, headings and tables removed")
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


def around(p):
    h = unit(p) / 2
    return D(p) - h, D(p) + h


def iv_mul(a, b):
    c = [a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1]]
    return min(c), max(c)


x = (D(1), D(2))
W1 = (D("0.5"), D("0.5"))
W2, y, eta = D("0.5"), D(1), D("0.5")
z1 = W1[0] * x[0] + W1[1] * x[1]
a1 = sig(z1)
z2 = W2 * a1
a2 = sig(z2)
L = (y - a2) ** 2
dLda2 = -2 * (y - a2)
s2 = a2 * (1 - a2)
d2 = dLda2 * s2
gW2 = d2 * a1
s1 = a1 * (1 - a1)
wd = W2 * d2
d1 = wd * s1
gW1 = (d1 * x[0], d1 * x[1])
nW2 = W2 - eta * gW2
nW1 = (W1[0] - eta * gW1[0], W1[1] - eta * gW1[1])

ln = line_of("z1 = 0.5*1 + 0.5*2 + 0 = 1.5")
chk("z1", ln, "1.5", z1, ops=D("0.5") + D(1), exact=True)
ln = line_of("a1 = sigmoid(1.5) = 0.82")
chk("a1", ln, "0.82", a1, ops=sig("1.5"), exact=True, up=["z1"])
ln = line_of("z2 = 0.5*0.82 + 0 = 0.41")
chk("a1_r", ln, "0.82", a1, up=["a1"])
chk("z2", ln, "0.41", z2, interval=iv_mul((D("0.5"), D("0.5")), around("0.82")), up=["a1"])
ln = line_of("a2 = sigmoid(0.41) = 0.60")
chk("a2", ln, "0.60", a2, interval=(sig("0.405"), sig("0.415")), up=["z2"])
ln = line_of("L = (1 - 0.60)^2 = 0.16")
lo, hi = around("0.60")
chk("L", ln, "0.16", L, interval=((1 - hi) ** 2, (1 - lo) ** 2), up=["a2"])
ln = line_of("dL/da2 = -2*(1 - 0.60) = -0.80")
chk("dLda2", ln, "-0.80", dLda2, interval=(-2 * (1 - lo), -2 * (1 - hi)), up=["a2"])
ln = line_of("da2/dz2 = sigmoid(0.41)*(1-sigmoid(0.41)) = 0.24")
chk("s2", ln, "0.24", s2, ops=sig("0.41") * (1 - sig("0.41")), up=["z2"])
ln = line_of("delta2 = -0.80 * 0.24 = -0.19")
chk("d2", ln, "-0.19", d2, interval=iv_mul(around("-0.80"), around("0.24")), up=["dLda2", "s2"])
ln = line_of("dL/dW2 = delta2 * a1 = -0.19 * 0.82 = -0.16")
chk("gW2", ln, "-0.16", gW2, interval=iv_mul(around("-0.19"), around("0.82")), up=["d2", "a1"])
ln = line_of("dL/db2 = delta2 = -0.19")
chk("gb2", ln, "-0.19", d2, up=["d2"])
ln = line_of("= (0.5 * -0.19) * (0.82 * 0.18)")
chk("d2_r", ln, "-0.19", d2, up=["d2"])
chk("a1_r2", ln, "0.82", a1, up=["a1"])
chk("one_m_a1", ln, "0.18", 1 - a1, explicit=False, up=["a1"])
ln = line_of("= -0.095 * 0.15 = -0.014")
chk("wd", ln, "-0.095", wd, interval=iv_mul((D("0.5"), D("0.5")), around("-0.19")), up=["d2"])
chk("s1", ln, "0.15", s1, interval=iv_mul(around("0.82"), around("0.18")), up=["a1"])
chk("d1", ln, "-0.014", d1, interval=iv_mul(around("-0.095"), around("0.15")), up=["wd", "s1"])
ln = line_of("dL/dW1 = delta1 * x^T = -0.014 * [1, 2] = [-0.014, -0.028]")
chk("gW1a", ln, "-0.014", gW1[0], interval=around("-0.014"), up=["d1"])
chk("gW1b", ln, "-0.028", gW1[1], interval=iv_mul(around("-0.014"), (D(2), D(2))), up=["d1"])
ln = line_of("W2_new = 0.5 - 0.5*(-0.16) = 0.58")
chk("nW2", ln, "0.58", nW2, interval=(D("0.5") - D("0.5") * around("-0.16")[1], D("0.5") - D("0.5") * around("-0.16")[0]),
    up=["gW2"])
ln = line_of("= [0.507, 0.514]")
chk("nW1a", ln, "0.507", nW1[0], interval=(D("0.5") + D("0.5") * D("0.0135"), D("0.5") + D("0.5") * D("0.0145")),
    up=["gW1a"])
chk("nW1b", ln, "0.514", nW1[1], interval=(D("0.5") + D("0.5") * D("0.0275"), D("0.5") + D("0.5") * D("0.0285")),
    up=["gW1b"])
ln = line_of("Sigmoid derivative max = 0.25 (at z=0)")
chk("smax", ln, "0.25", sig(0) * (1 - sig(0)), explicit=False)
ln = line_of("With 10 layers: 0.25^10 = 0.000001")
chk("pow", ln, "0.000001", D("0.25") ** 10, ops=D("0.25") ** 10, exact=True)
ln = line_of("delta = -2 * 0.2 = -0.4")
chk("q1", ln, "-0.4", D(-2) * D("0.2"), ops=D(-2) * D("0.2"), exact=True)
ln = line_of("w_new = 1.5 - 0.03 = 1.47")
chk("q2step", ln, "0.03", D("0.1") * D("0.3"), explicit=False)
chk("q2", ln, "1.47", D("1.5") - D("0.1") * D("0.3"), ops=D("1.5") - D("0.03"), exact=True)

NOTES = (
    "A lecture page of the Jekyll site of Joerg Osterrieder's 'Neural Networks for Finance' course "
    "(Digital-AI-Finance/neural-networks-introduction, docs/, layout docs/_layouts/default.html; the repository is in "
    "the corpus for two LaTeX files, tex_dafin_appendix_221 and tex_r13_dafin_complete_two_slides, and this page is a "
    "different document with a different example). The worked example is written as plain text in fenced code "
    "blocks ('a1 = sigmoid(1.5) = 0.82', '= -0.095 * 0.15 = -0.014', '[0.5, 0.5] - 0.5*[-0.014, -0.028] = "
    "[0.507, 0.514]'), two-decimal rounding carried forward. Every number is right by the corpus's rule; close calls: "
    "dL/dW1 = -0.014 * [1, 2] printed [-0.014, -0.028] (true -0.02856, -0.029, but -0.014 is a rounded result and "
    "-0.0140 x 2 = -0.028 lies in its range), 0.5 * -0.19 = -0.095 (true -0.0957), sigmoid'(1.5) written "
    "0.82 * 0.18 = 0.15 (0.1476; true 0.1491). 0 wrong lines."
)

if __name__ == "__main__":
    main()
