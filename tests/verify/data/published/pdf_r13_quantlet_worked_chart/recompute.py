#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, the lines with an equals sign of the text
layer of QuantLet/neural-networks-introduction `worked_backprop_example/worked_backprop_example.pdf` ("Worked
Example: Backpropagation", a one-page matplotlib chart of a 1-1-1 sigmoid chain), line for line as pypdf 7.1.1
extracts them.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

doc.md line -> line of the PDF text layer (page 1, 1-based, as pypdf extracts it): 1 -> 2, 2 -> 3, 3 -> 5, 4 -> 6,
5 -> 7, 6 -> 9, 7 -> 10, 8 -> 12, 9 -> 13, 10 -> 16, 11 -> 18, 12 -> 20, 13 -> 22, 14 -> 24, 15 -> 26, 16 -> 27,
17 -> 28. The text layer drops what the chart draws with mathtext's symbol font: sigma, the hat of y-hat, the
partial-derivative signs, eta and every minus sign. The chart as drawn (source `worked_backprop_example.py`, lines
27-82) reads: h = sigma(w1 x) = sigma(1) = 0.73, yhat = sigma(w2 h) = sigma(0.58) = 0.64, y = 1, L = (yhat - y)^2
= 0.13, dL/dyhat = 2(yhat - y) = -0.72, dyhat/dw2 = h sigma'(.) = 0.17, dL/dw2 = -0.72 x 0.17 = -0.12 and
w2_new = w2 - eta dL/dw2 = 0.8 - 0.1 x (-0.12) = 0.812 with eta = 0.1. Each number is judged as the chart prints
it; the magnitudes kept by the text layer are compared with the magnitudes of the true values.

Givens (doc.md lines 1, 2, 5, 9, 17): x = 2, w1 = 0.5, w2 = 0.8, y = 1, eta = 0.1, no biases, sigmoid units,
L = (yhat - y)^2.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line that prints p as the result of an expression of numbers printed on it is right only if redoing the
      expression from those printed numbers rounds to exactly p at p's digits, where an operand that is itself a
      rounded result printed earlier may lie anywhere within half a unit of its last digit (a given is exact);
      otherwise the line is wrong (first), even when p is one unit off;
  (b) a value printed without its working (or restated) is right when it is within one unit of its last digit of
      the true value, or when it follows from printed correct operands;
  (c) a restated wrong value is wrong (propagated); a value computed from a wrong one and itself off is wrong
      (propagated).
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
PAGE = None
SOURCE = ("https://github.com/QuantLet/neural-networks-introduction/blob/05cf6e84d800aaa44676b62aa81311c1f6845962/"
          "worked_backprop_example/worked_backprop_example.pdf (text layer of page 1, read with pypdf)")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of only the lines with an equals sign of the "
           "PDF's text layer, line for line as pypdf extracts them, title and labels removed")
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


x, w1, w2, y, eta = D(2), D("0.5"), D("0.8"), D(1), D("0.1")
z1 = w1 * x
h = sig(z1)
z2 = w2 * h
yh = sig(z2)
L = (yh - y) ** 2
dLdy = 2 * (yh - y)
dydw2 = h * yh * (1 - yh)
g2 = dLdy * dydw2
n2 = w2 - eta * g2

ln = line_of("= (1) = 0.73")
chk("z1", ln, "1", z1, ops=w1 * x, exact=True)
chk("h", ln, "0.73", h, ops=sig(1), exact=True, up=["z1"])
ln = line_of("= (0.58) = 0.64")
chk("z2", ln, "0.58", z2, explicit=False, up=["h"])
chk("yh", ln, "0.64", yh, interval=(sig("0.575"), sig("0.585")), up=["z2"])
ln = line_of("y = 1, L = 0.13")
chk("L", ln, "0.13", L, explicit=False, up=["yh"])
ln = line_of("y = 2(y y) = 0.72")
chk("dLdy", ln, "0.72", -dLdy, explicit=False, up=["yh"], correct="-0.72")
ln = line_of("w2 = h ′( ) = 0.17")
chk("dydw2", ln, "0.17", dydw2, explicit=False, up=["h", "yh"])
ln = line_of("w2 = 0.72 × 0.17 = 0.12")
chk("dLdy_r", ln, "0.72", -dLdy, up=["dLdy"])
chk("dydw2_r", ln, "0.17", dydw2, up=["dydw2"])
chk("g2", ln, "0.12", -g2, interval=(D("0.715") * D("0.165"), D("0.725") * D("0.175")), up=["dLdy", "dydw2"],
    correct="-0.12")
ln = line_of("= 0.8 0.1 × ( 0.12) = 0.812")
chk("g2_r", ln, "0.12", -g2, up=["g2"])
chk("n2", ln, "0.812", n2, interval=(D("0.8") + D("0.1") * D("0.115"), D("0.8") + D("0.1") * D("0.125")), up=["g2"])

NOTES = (
    "A one-page chart of Joerg Osterrieder's QuantLet course 'Neural Networks Introduction', stored as its PDF text "
    "layer because the repository has no license; a sibling of this round's pdf_r13_quantlet_gradient_chart, with a "
    "different network (x = 2, w1 = 0.5, w2 = 0.8, y = 1, L = (yhat - y)^2, eta = 0.1). Every number is right: "
    "sigma(1) = 0.73, sigma(0.58) = 0.64, L = 0.13, dL/dyhat = -0.72, h sigma' = 0.17, -0.72 x 0.17 = -0.12, "
    "0.8 - 0.1 x (-0.12) = 0.812. The text layer keeps only magnitudes and loses the sigmas, hats, partial signs and "
    "eta: '= (1) = 0.73', 'y = 2(y y) = 0.72', 'wnew 2 = w2 L w2 = 0.8 0.1 × ( 0.12) = 0.812' (the subscript and "
    "superscript of w_2^new come out as 'wnew 2'). A reader that redoes these literally (0.8 0.1 x 0.12 = 0.812?) "
    "raises a false alarm. Lines 3, 6, 8, 13, 14 and 16 hold formulas without computed numbers and are not judged."
)

if __name__ == "__main__":
    main()
