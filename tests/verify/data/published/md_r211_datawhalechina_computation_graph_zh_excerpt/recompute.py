#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt (original line numbers kept,
cut lines left empty) of the Chinese lecture note "1.3 前向传播、反向传播与计算图"
(zh/ch1-introduction/ch1.3-computation-graph.qmd) of github.com/datawhalechina/deep-learning-notes (CC BY-NC 4.0,
so only the worked equations are kept).

Plain Python 3 (fractions, exact); does not import nnwalk or the generator.

Worked numbers: L(w) = (w-3)^2 at w = 1 and its derivative; the model y_hat = w x + b with squared error
L = (y_hat - y)^2 for x = 2, w = 3, b = 1, y = 5 taken forward (a, y_hat, e, L), backward (dL/dw, dL/db) and
through one gradient-descent step with eta = 0.1 (w_new, b_new, new prediction, new loss).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers rounds to p;
  (b) a value printed without working, or restated, is right within one unit of the true value;
  (c) a restated or recomputed consequence of a wrong value is wrong, propagated.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction as F

DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/datawhalechina/deep-learning-notes/blob/0efaa7fcb2f17c15a14789734e1998a2a85604b4/"
          "zh/ch1-introduction/ch1.3-computation-graph.qmd")
LICENSE = ("CC BY-NC 4.0 (README: 'The notes in this repository are licensed under CC BY-NC 4.0'; LICENSE.txt is "
           "the CC BY-NC 4.0 text); not one of the brief's open licenses, so doc.md keeps only the front matter, the "
           "section headings and the display-math blocks (worked equations), byte for byte at their original line "
           "numbers, with every other line left empty (599 lines, as the original)")
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s: no line containing %r (occurrence %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def unit(p):
    return Decimal(1).scaleb(Decimal(p).as_tuple().exponent)


def rnd(x, p):
    return (Decimal(x.numerator) / Decimal(x.denominator)).quantize(unit(p), rounding=ROUND_HALF_UP)


CHECKS, BYID = [], {}


def chk(cid, line, printed, true, expr=None, up=(), why=""):
    """expr: value of the on-line expression from the printed numbers (rule a); else rule (b) on true."""
    text = DOC[line - 1]
    if printed not in text:
        raise SystemExit("line %d does not print %r: %s" % (line, printed, text))
    p = Decimal(printed)
    if expr is not None:
        ok = rnd(F(expr), p) == p
    else:
        ok = abs(p - Decimal(true.numerator) / Decimal(true.denominator)) <= unit(p)
    status = "right" if ok else "wrong"
    kind = None if ok else ("propagated" if any(BYID[u]["status"] == "wrong" for u in up) else "first")
    c = dict(id=cid, line=line, printed=printed, true=F(true), status=status, kind=kind, why=why)
    CHECKS.append(c)
    BYID[cid] = c


# givens (line 210 and 55; eta = 0.1 is stated in the cut prose of line 478 and printed on lines 482-483)
x, w, b, y = F(2), F(3), F(1), F(5)
eta = F(1, 10)
w0 = F(1)

# 1.3.1 one-parameter loss L(w) = (w - 3)^2 at w = 1
L1 = (w0 - 3) ** 2
chk("L1", line_of("L(1) = (1-3)^2 = 4"), "4", L1, expr=(F(1) - 3) ** 2, why="(1-3)^2 = 4")
d1 = 2 * (w0 - 3)
chk("d1", line_of("\\frac{dL}{dw} = -4"), "-4", d1, why="dL/dw = 2(w-3) at w = 1: 2(1-3) = -4")

# 1.3.3 forward pass
a = w * x
chk("a", line_of("a = wx = 3\\times 2 = 6"), "6", a, expr=F(3) * 2, why="3 x 2 = 6")
yh = a + b
chk("yh", line_of("\\hat{y} = a+b = 6+1 = 7"), "7", yh, expr=F(6) + 1, up=["a"], why="6 + 1 = 7")
e = yh - y
chk("e", line_of("e = \\hat{y}-y = 7-5 = 2"), "2", e, expr=F(7) - 5, up=["yh"], why="7 - 5 = 2")
L = e ** 2
chk("L", line_of("L = e^2 = 2^2 = 4"), "4", L, expr=F(2) ** 2, up=["e"], why="2^2 = 4")

# 1.3.4 backward pass
chk("e_restated", line_of("e=2,\\quad x=2"), "2", e, up=["e"], why="restates e = 2 (x = 2 is the given input)")
dLdw = 2 * e * 1 * 1 * x
chk("dLdw", line_of("\\frac{\\partial L}{\\partial w} = 2\\times 2\\times 2 =8"), "8", dLdw, expr=F(2) * 2 * 2,
    up=["e"], why="2e * 1 * 1 * x = 2 x 2 x 2 = 8")
dLdb = 2 * e
chk("dLdb", line_of("\\frac{\\partial L}{\\partial b} = 2e =4"), "4", dLdb, up=["e"], why="2e = 2 x 2 = 4")
chk("dLdw_r1", line_of("\\frac{\\partial L}{\\partial w}=8, \\qquad", 1), "8", dLdw, up=["dLdw"], why="restates dL/dw = 8")
chk("dLdb_r1", line_of("\\frac{\\partial L}{\\partial b}=4", 1), "4", dLdb, up=["dLdb"], why="restates dL/db = 4")
L453 = line_of("\\frac{\\partial L}{\\partial w}=8, \\qquad \\frac{\\partial L}{\\partial b}=4")
chk("dLdw_r2", L453, "8", dLdw, up=["dLdw"], why="restates dL/dw = 8")
chk("dLdb_r2", L453, "4", dLdb, up=["dLdb"], why="restates dL/db = 4")

# 1.3.6 gradient-descent step and the new forward pass
w1 = w - eta * dLdw
chk("w1", line_of("w_{\\text{new}} =3-0.1\\times 8 &= 2.2"), "2.2", w1, expr=F(3) - F(1, 10) * 8, up=["dLdw"],
    why="3 - 0.1 x 8 = 2.2")
b1 = b - eta * dLdb
chk("b1", line_of("b_{\\text{new}} =1-0.1\\times 4 &= 0.6"), "0.6", b1, expr=F(1) - F(1, 10) * 4, up=["dLdb"],
    why="1 - 0.1 x 4 = 0.6")
y1 = w1 * x + b1
chk("y1", line_of("\\hat{y}_{\\text{new}} =2.2 \\times 2 + 0.6 = 5"), "5", y1, expr=F(22, 10) * 2 + F(6, 10),
    up=["w1", "b1"], why="2.2 x 2 + 0.6 = 5.0")
L1n = (y1 - y) ** 2
chk("Lnew", line_of("L_{\\text{new}} = (5-5)^2 = 0"), "0", L1n, expr=(F(5) - 5) ** 2, up=["y1"], why="(5-5)^2 = 0")

UNJUDGED = []
NOTES = ("Clean document. With x = 2, w = 3, b = 1, y = 5 and L = (y_hat - y)^2: a = 6, y_hat = 7, e = 2, L = 4; "
         "dL/dw = 2e*x = 8 and dL/db = 2e = 4 (restated on lines 323, 356-357 and 453); with eta = 0.1, w_new = 2.2, "
         "b_new = 0.6, the new prediction 2.2*2 + 0.6 = 5 equals the target and L_new = 0. The warm-up L(w) = (w-3)^2 "
         "gives L(1) = 4 and dL/dw = -4. The symbolic local derivatives equal to 1 (lines 309-310, 344) and the "
         "formula 2w+3 are identities, not computed example numbers, and are in neither list; the givens (lines 55, "
         "210) likewise. The prose cut from the excerpt holds no computed number other than restatements "
         "('这个 -4' on line 78) and the hypothetical L = 10 of line 34.")


def main():
    lines = {}
    for c in CHECKS:
        lines.setdefault(c["line"], []).append(c)
    wrong, right = [], []
    for ln in sorted(lines):
        bad = [c for c in lines[ln] if c["status"] == "wrong"]
        if bad:
            wrong.append(dict(line=ln, page=None, printed=", ".join(c["printed"] for c in bad),
                              correct=", ".join(str(rnd(c["true"], Decimal(c["printed"]))) for c in bad),
                              kind="first" if any(c["kind"] == "first" for c in bad) else "propagated",
                              why="; ".join(c["why"] for c in bad)))
        else:
            right.append(ln)
    for c in CHECKS:
        print("%-5d %-10s printed %-5s true %-6s %s" % (c["line"], c["id"], c["printed"], c["true"], c["status"]))
    print("wrong lines:", [(w_["line"], w_["kind"]) for w_ in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        out = dict(file=DOCFILE, format=FORMAT, source=SOURCE, license=LICENSE, wrong=wrong, right=right,
                   unjudged=UNJUDGED, notes=NOTES)
        (HERE / "expected.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("wrote expected.json")


if __name__ == "__main__":
    main()
