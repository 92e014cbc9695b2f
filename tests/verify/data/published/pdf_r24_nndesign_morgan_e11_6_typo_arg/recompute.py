#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.pdf, Brandon Morgan's solution of exercise
E11.6 of Hagan, Demuth, Beale and De Jesus, "Neural Network Design" (2nd ed.), chapter 11 (Backpropagation), as
published in estamos/Neural-Network-Design-Solutions-Manual: one backpropagation iteration of a 1-1-1 network whose
transfer functions are f1(n) = n^2 and f2(n) = 1/n.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.  Lines are the lines of each page's
text layer as pypdf 7.1.1 extracts it (1-based within the page); the texts of the judged lines are kept below in
LINES, and when pypdf is importable the script checks them against doc.pdf.  The text layer flattens exponents:
"(−1)2" is (-1)^2 and "(0.5)2" is (0.5)^2 on the rendered page.

Givens (page 1 lines 6-9): w1(0) = 1, b1(0) = -2, w2(0) = 1, b2(0) = 1, f1(n) = n^2, f2(n) = 1/n, alpha = 1,
p = 1, t = 1.  Hagan's rules: s2 = -2 F2'(n2)(t - a2), s1 = F1'(n1) w2 s2, w(1) = w(0) - alpha s a_prev^T,
b(1) = b(0) - alpha s.  True values follow from the givens exactly (the document writes a1 for the input of the
first layer in w1(1); a1 = p = 1 here, so no printed number changes).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line that prints p as the result of an expression whose operands are printed on it is right only if the
      expression redone from those numbers rounds to exactly p at p's digits (an operand that is a rounded result
      printed earlier may be anywhere within half a unit of its last digit; givens are exact); otherwise wrong, first;
  (b) a value printed without its working, or restated, is right when within one unit of its last digit of the
      true value (a true value with no more digits than p, as every value here, must be printed exactly), or when
      it follows from printed correct operands;
  (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off is wrong,
      propagated.
Lines that only give inputs are neither wrong nor right.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.pdf"
FORMAT = "pdf"
SOURCE = ("https://github.com/estamos/Neural-Network-Design-Solutions-Manual/blob/"
          "f0dc87f2cd5084465e335e8ded55572bfec64164/Chapter%2011/E11_6.pdf")
LICENSE = "MIT (LICENSE of estamos/Neural-Network-Design-Solutions-Manual); doc.pdf is the PDF byte for byte"
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D
from itertools import product

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    """Rule (b): a value printed without its own working is right within one unit of its last digit of the true
    value x -- unless x itself has no more digits than p (an exact integer or short decimal, computed without any
    rounding), when nothing can drift and p must equal x."""
    if D(x) == rnd(x, p):
        return D(p) == D(x)
    return abs(D(p) - rnd(x, p)) <= unit(p)


def G(s):
    """An exact operand (a given, 1, 0.5 ...)."""
    return (D(s), D(s))


def R(s):
    """An operand that is a rounded result printed earlier: anywhere within half a unit of its last digit."""
    d, h = D(s), unit(s) / 2
    return (d - h, d + h)


def box(f, *ops):
    """Range of f over the operands' intervals (f is monotone or multilinear in each operand here, so the corners
    bound it)."""
    vals = [f(*c) for c in product(*[(lo, hi) if lo != hi else (lo,) for lo, hi in ops])]
    return (min(vals), max(vals))


def rounds_to(p, rng):
    """Rule (a): some value of the expression redone from the printed operands rounds (half up) to exactly p."""
    lo, hi = rng
    p, h = D(p), unit(p) / 2
    return hi >= p - h and lo < p + h


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, ops=None, up=(), why="", correct=None, explicit=True, page=None, first=False):
    """Judge one printed number.  ops: the range of the line's own expression redone from its printed operands
    (see box/G/R), or None when the line prints the value without working.  up: ids of the printed values it is
    computed from or restates.  first=True: the line has its own mistake (a wrong formula or sign) even though its
    operands are also wrong."""
    text = line_text(page, line)
    assert printed in text, (page, line, printed, text)
    printed = printed.replace("\u2212", "-")  # the document's minus sign U+2212
    p = D(printed)
    ops_ok = ops is None or rounds_to(p, ops)
    upwrong = any(STATUS[u] == "wrong" for u in up)
    if explicit and not ops_ok:
        st, kind = "wrong", "first"
    elif near(p, true):
        st, kind = "right", None
    elif first:
        st, kind = "wrong", "first"
    elif upwrong:
        st, kind = "wrong", "propagated"
    elif ops is not None and ops_ok:
        st, kind = "right", None
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, page=page, line=line, printed=printed, true=D(true), ops=ops, status=st, kind=kind,
                       why=why, correct=correct if correct is not None else str(rnd(true, p))))


def report():
    keys = sorted({(c["page"] or 0, c["line"]) for c in CHECKS})
    wrong, right = [], []
    for pg, n in keys:
        page = pg or None
        cs = [c for c in CHECKS if (c["page"] or 0, c["line"]) == (pg, n)]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("%sline %4d  %-5s  %s" % ("p%d " % page if page else "", n, "WRONG" if bad else "right",
                                        line_text(page, n).strip()[:100]))
        for c in cs:
            extra = "" if c["ops"] is None else "  own expression in [%.10g, %.10g]" % c["ops"]
            print("            %-10s printed %-12s true %.10g%s -> %s%s" % (
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
            wrong.append({"line": n, "page": page, "printed": ", ".join(printed), "correct": ", ".join(correct),
                          "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(dict.fromkeys(whys))})
        else:
            right.append(n if page is None else {"page": page, "line": n})
    return wrong, right


def main():
    wrong, right = report()
    print("\nwrong lines:", [(w["page"], w["line"], w["kind"]) if w["page"] else (w["line"], w["kind"]) for w in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")

# text-layer lines (pypdf 7.1.1) of the judged lines: (page, line) -> text
LINES = {
    (1, 11): "n1 = w1p + b1 = (1)(1) − 2 = −1",
    (1, 12): "a1 = f 1(n1) = f 1(−1) = (−1)2 = 1",
    (1, 13): "n2 = w2a1 + b2 = (1)(1) + 1 = 2",
    (1, 14): "a2 = f 2(n2) = f 2(12) = 1 2 = 0.5",
    (1, 15): "e = (t − a2) = (1 − 0.5) = 0.5",
    (1, 20): "s2 = −2(−(0.5)2)(0.5) = 0.25",
    (2, 3): "s1 = 2(−1)(1)(0.25) = −0.5",
    (2, 5): "w2(1) = w2(0) − αs2(a1) = 1 − 1(0.25)(1) = 0.75",
    (2, 6): "w1(1) = w1(0) − αs1(a1) = 1 − 1(−0.5)(1) = 1.5",
    (2, 7): "b2(1) = b2(0) − αs2 = 1 − 1(0.25) = 0.75",
    (2, 8): "b1(1) = b1(0) − αs1 = −2 − 1(−0.5) = −1.5",
}


def line_text(page, line):
    return LINES[(page, line)]


def check_pdf():
    try:
        import pypdf
    except ImportError:
        print("(pypdf not importable: the kept line texts are not checked against doc.pdf)")
        return
    pages = [p.extract_text().split("\n") for p in pypdf.PdfReader(str(HERE / DOCFILE)).pages]
    for (pg, ln), text in LINES.items():
        assert pages[pg - 1][ln - 1] == text, (pg, ln, pages[pg - 1][ln - 1], text)
    print("line texts checked against doc.pdf with pypdf", pypdf.__version__)


# ---------------- exact values from the givens ----------------
w1, b1, w2, b2 = D(1), D(-2), D(1), D(1)
p, t, alpha = D(1), D(1), D(1)
n1 = w1 * p + b1
a1 = n1 ** 2
n2 = w2 * a1 + b2
a2 = 1 / n2
e = t - a2
s2 = -2 * (-(a2 ** 2)) * e          # F2'(n2) = -1/n2^2 = -a2^2
s1 = 2 * n1 * w2 * s2               # F1'(n1) = 2 n1
w2n = w2 - alpha * s2 * a1
w1n = w1 - alpha * s1 * p
b2n = b2 - alpha * s2
b1n = b1 - alpha * s1

check_pdf()
chk("n1", 11, "−1", n1, ops=G(1 * 1 - 2), page=1)
chk("n1r", 12, "−1", n1, up=["n1"], page=1)
chk("a1", 12, "1", a1, ops=G((-1) ** 2), up=["n1r"], page=1)
chk("n2", 13, "2", n2, ops=G(1 * 1 + 1), up=["a1"], page=1)
chk("n2r", 14, "12", n2, up=["n2"], page=1, correct="2",
    why="a2 = f2(n2) = f2(12): n2 = 2 (line 13) is restated as 12 (on the rendered page too: f^2(12) = 1/2), a typo "
        "for f2(2)")
chk("a2", 14, "0.5", a2, ops=G(D(1) / 2), page=1)
chk("a2r", 15, "0.5", a2, up=["a2"], page=1)
chk("e", 15, "0.5", e, ops=G(1 - D("0.5")), up=["a2r"], page=1)
chk("a2r2", 20, "0.5", a2, up=["a2"], page=1)
chk("s2", 20, "0.25", s2, ops=G(-2 * -(D("0.5") ** 2) * D("0.5")), up=["a2r2", "e"], page=1)
chk("s2r", 3, "0.25", s2, up=["s2"], page=2)
chk("s1", 3, "−0.5", s1, ops=G(2 * -1 * 1 * D("0.25")), up=["s2r", "n1"], page=2)
chk("w2n", 5, "0.75", w2n, ops=G(1 - 1 * D("0.25") * 1), up=["s2", "a1"], page=2)
chk("w1n", 6, "1.5", w1n, ops=G(1 - 1 * D("-0.5") * 1), up=["s1"], page=2)
chk("b2n", 7, "0.75", b2n, ops=G(1 - 1 * D("0.25")), up=["s2"], page=2)
chk("b1n", 8, "−1.5", b1n, ops=G(-2 - 1 * D("-0.5")), up=["s1"], page=2)

NOTES = (
    "Brandon Morgan's solution of Neural Network Design exercise E11.6 (estamos/Neural-Network-Design-Solutions-"
    "Manual, MIT, commit f0dc87f, 2021-01-21; unchanged at HEAD), kept byte for byte as doc.pdf (pdfTeX, 2 pages, "
    "text layer). A 1-1-1 network with f1(n) = n^2 and f2(n) = 1/n, one backpropagation iteration with alpha = 1. "
    "Every result is right; the one wrong number is a typo in a restated operand: a2 = f2(n2) = f2(12) = 1/2 = 0.5 "
    "(page 1 line 14) restates n2 = 2 as 12, on the rendered page as well (close call: a typo whose result is right; "
    "it is counted because the line prints a number that is not the value it stands for). The text layer flattens "
    "the exponents of (-1)^2 and (0.5)^2 into '(−1)2 = 1' and '−2(−(0.5)2)(0.5) = 0.25' (page 1 lines 12, 20), "
    "which are right; page 2 line 6 writes the update of w1 with a1 where the layer's input is p, but a1 = p = 1, so "
    "1 - 1(-0.5)(1) = 1.5 is right. 1 wrong line (first), 10 right lines."
)

if __name__ == "__main__":
    main()
