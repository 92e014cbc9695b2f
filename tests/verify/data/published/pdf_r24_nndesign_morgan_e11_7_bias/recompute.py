#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.pdf, Brandon Morgan's solution of exercise
E11.7 of Hagan, Demuth, Beale and De Jesus, "Neural Network Design" (2nd ed.), chapter 11 (Backpropagation), as
published in estamos/Neural-Network-Design-Solutions-Manual from 2021-01-21 until the fix of 2024-10-22: a two-layer
linear network, one input/target pair, the error, the sensitivities s2, s1 and the gradient of e^2 with respect to
W1.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.  Lines are the lines of each page's
text layer as pypdf 7.1.1 extracts it (1-based within the page); the texts of the judged lines are kept below in
LINES, and when pypdf is importable the script checks them against doc.pdf.

Givens (page 1 lines 7-19): W1(0) = [1; -1], b1(0) = [2; 1], W2(0) = [-1 1], b2(0) = [3]; linear transfer functions
in both layers; p = 1, t = 2.  Hagan's rules: e = t - a2, s2 = -2 F2'(n2)(t - a2), s1 = F1'(n1) (W2)^T s2, and
d(e^2)/dW1 = 2 e de/dW1 = -2 e (W2)^T p (= s1 p^T).  True values follow from the givens exactly.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line that prints p as the result of an expression whose operands are printed on it is right only if the
      expression redone from those numbers rounds to exactly p at p's digits (an operand that is a rounded result
      printed earlier may be anywhere within half a unit of its last digit; givens are exact); otherwise wrong, first.
      (Here a matrix product is spread over many text-layer lines, one matrix row a line; each printed element is
      judged where it stands.)
  (b) a value printed without its working, or restated, is right when within one unit of its last digit of the
      true value (a true value that is an exact integer, as everywhere here, must be printed exactly: no rounding
      can drift), or when it follows from printed correct operands;
  (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off is wrong,
      propagated (first when the line adds a mistake of its own, such as a dropped sign).
Lines that only give inputs (the givens, p, W2 restated) are neither wrong nor right.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.pdf"
FORMAT = "pdf"
SOURCE = ("https://github.com/estamos/Neural-Network-Design-Solutions-Manual/blob/"
          "f0dc87f2cd5084465e335e8ded55572bfec64164/Chapter%2011/E11_7.pdf")
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
    (1, 17): "[−1 1] , b2(0) = [3]",
    (1, 33): "[3",
    (1, 34): "0",
    (1, 40): "] [3",
    (1, 41): "0",
    (1, 45): "2",
    (1, 49): "−1",
    (1, 51): "Thus, our error is e = t1 − a2 = 2 − (−1) = 3.",
    (2, 2): "s2 = −2F2(n2)(t − a) = −2(1)(3) = −6",
    (2, 9): "[−6] =",
    (2, 10): "[ 6",
    (2, 11): "−6",
    (2, 18): "2ew2p = 2(3)",
    (2, 25): "[−6",
    (2, 26): "6",
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
W1 = [D(1), D(-1)]
b1 = [D(2), D(1)]
W2 = [D(-1), D(1)]
b2 = D(3)
p, t = D(1), D(2)
a1 = [W1[i] * p + b1[i] for i in range(2)]
a2 = W2[0] * a1[0] + W2[1] * a1[1] + b2
e = t - a2
s2 = -2 * 1 * e
s1 = [1 * W2[i] * s2 for i in range(2)]
g = [-2 * e * W2[i] * p for i in range(2)]          # d(e^2)/dW1 = s1 p

check_pdf()
# ---------------- first layer ----------------
chk("a1_1", 33, "3", a1[0], ops=G(1 * 1 + 2), page=1)
chk("a1_2", 34, "0", a1[1], ops=G(-1 * 1 + 1), page=1)
# ---------------- second layer ----------------
chk("a1r1", 40, "3", a1[0], up=["a1_1"], page=1)
chk("a1r2", 41, "0", a1[1], up=["a1_2"], page=1)
chk("b2r", 45, "2", b2, page=1,
    why="the bias b2(0) is given as [3] (page 1 line 17) but added as [2] in a2 = W2 a1 + b2")
chk("a2", 49, "−1", a2, ops=G(-1 * 3 + 1 * 0 + 2), up=["a1r1", "a1r2", "b2r"], page=1,
    why="a2 = [-1 1][3; 0] + [2] = -1 with the mistaken bias; with b2 = 3 it is 0")
chk("a2r", 51, "−1", a2, up=["a2"], page=1)
chk("e", 51, "3", e, ops=G(2 - (-1)), up=["a2r"], page=1,
    why="e = t - a2 = 2 - (-1) = 3 from the wrong a2 (true e = 2)")
# ---------------- sensitivities ----------------
chk("er", 2, "3", e, up=["e"], page=2)
chk("s2", 2, "−6", s2, ops=G(-2 * 1 * 3), up=["er"], page=2, why="s2 = -2(1)(3) from the wrong e (true s2 = -4)")
chk("s2r", 9, "−6", s2, up=["s2"], page=2)
chk("s1_1", 10, "6", s1[0], ops=G(-1 * -6), up=["s2r"], page=2, why="s1 = (W2)^T s2 from the wrong s2 (true [4; -4])")
chk("s1_2", 11, "−6", s1[1], ops=G(1 * -6), up=["s2r"], page=2, why="s1 = (W2)^T s2 from the wrong s2 (true [4; -4])")
# ---------------- gradient of e^2 with respect to W1 ----------------
chk("er2", 18, "3", e, up=["e"], page=2)
chk("g1", 25, "−6", g[0], up=["er2"], page=2, first=True,
    why="d(e^2)/dW1 = 2e de/dW1 = -2 e (W2)^T p: the minus sign of de/dW1 is dropped on line 17, so even from the "
        "printed e = 3 it would be +6; true (e = 2) +4, which is s1 p")
chk("g2", 26, "6", g[1], up=["er2"], page=2, first=True,
    why="d(e^2)/dW1 = -2 e (W2)^T p: sign dropped (from the printed e = 3 it would be -6); true -4")

NOTES = (
    "Brandon Morgan's solution of Neural Network Design exercise E11.7 as published in "
    "estamos/Neural-Network-Design-Solutions-Manual (MIT) from 2021-01-21 (commit f0dc87f) until the repository "
    "owner replaced it on 2024-10-22 (commit f0759b9) after issue #7 (\"when calculating the output of second layer, "
    "the b^2(0) actually is 3, but calculate as 2\"). doc.pdf is the old PDF byte for byte (pdfTeX, 2 pages, text "
    "layer). Matrices come out of the text layer one row a line ('[3' / '0' / ']'), so each printed element is judged "
    "on its own line (page-relative, pypdf 7.1.1). First errors: the bias b2(0) = [3] added as [2] (page 1 line 45), "
    "so a2 = -1 (line 49, own arithmetic right: propagated), e = 2 - (-1) = 3 (line 51), s2 = -6 (page 2 line 2, "
    "restated line 9), s1 = [6; -6] (lines 10, 11) and 2 e W2 p with e = 3 (line 18); the gradient of e^2 with "
    "respect to W1 printed [-6; 6] (lines 25, 26) also drops the minus sign of de/dW1 = -(W2)^T p (line 17 writes "
    "t - w2(w1 p + b1) + b2 and then 2 e w2 p), so they are counted as first errors (true [4; -4] = s1 p). Right: "
    "a1 = [3; 0] (page 1 lines 33, 34) and its restatement in a2's product (lines 40, 41). Close calls: the lone "
    "'2' on line 45 is judged as a restated given (b2), wrong; the page numbers and item numbers of the text layer "
    "('1', '2', '3' alone on a line) and the derivation line 17 without numbers are neither."
)

if __name__ == "__main__":
    main()
