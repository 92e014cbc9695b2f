#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, a reconstruction of
Jinwooseol/Deep-learning Backpropagation.ipynb (a Korean learner's Colab notebook, "오차역전파"): the add and multiply
layers of the computational graph f = (a + b)(b + c) with their backward pass, then the affine layer Y = X W + B and
its backward pass for one sample and for a batch of four, on random arrays that the notebook prints.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator. Lines are 1-based lines of the raw
.ipynb file (its JSON text, Colab's two-space indent), as `grep -n` shows them.

Givens: a, b, c = -1, 3, 4 with x = a + b, y = b + c, f = x y and dresult = 1 (exact); the random arrays X, W, B and
dL_dY printed by the notebook (numpy's default 8 decimals, trailing zeros dropped). Computed and printed:
x, y, f; the backward values dx_mul = y, dy_mul = x, da = dx_mul, db = dx_mul + dy_mul, dc = dy_mul;
Y = X W + B; dL_dX = dL_dY W^T; dL_dW = X^T dL_dY (an outer product for one sample); dL_dB = dL_dY (one sample,
a restatement) or its column sums (batch).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  no line prints its operands on the same line: every number is program output, so (b) applies: p is right when it
  is within one unit of its last digit of the true value or follows from printed correct operands. The random
  arrays are known only as printed (rounded to 8 decimals), so each operand may be anywhere within half a unit
  (5e-9) of its printed value; p (read at numpy's 8 decimals) is right when it is within one unit of the rounding of
  some value the operand intervals allow: round(lo) - u <= p <= round(hi) + u. Shapes such as (4, 2) are not
  computed numbers.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/Jinwooseol/Deep-learning/blob/40735e63e56d498c182fe83ae6ad954011ce1a7e/"
          "Backpropagation.ipynb")
LICENSE = ("none stated (no LICENSE in the repository); doc.ipynb is reconstructed: one Markdown cell of ours naming "
           "the source, then the notebook's cells from the add/multiply layers to the batch affine layer unchanged "
           "with their saved outputs; the Colab badge, the opening prose, one picture-only cell and the Layer/MNIST "
           "part are left out")
import json
import pathlib
import re
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")
U8 = D("0.00000001")
HALF = U8 / 2


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def nums(line):
    """The numbers of one printed array row, as strings."""
    return re.findall(r"-?\d+\.\d*", DOC[line - 1])


def iv(s):
    """A printed operand as the interval of values that print as it."""
    v = D(s)
    return (v - HALF, v + HALF)


def mul(p, q):
    c = [p[0] * q[0], p[0] * q[1], p[1] * q[0], p[1] * q[1]]
    return (min(c), max(c))


def add(*ps):
    return (sum(p[0] for p in ps), sum(p[1] for p in ps))


def rnd(x, unit):
    return D(x).quantize(unit, rounding=ROUND_HALF_UP)


CHECKS = []
STATUS = {}


def chk(cid, line, printed, rng, unit=U8, up=(), why=""):
    """Judge one printed number against the interval rng = (lo, hi) of its true value."""
    assert printed in DOC[line - 1], (line, printed)
    p = D(printed)
    lo, hi = rng
    if rnd(lo, unit) - unit <= p <= rnd(hi, unit) + unit:
        st, kind = "right", None
    elif any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", "propagated"
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, lo=lo, hi=hi, status=st, kind=kind, why=why,
                       correct=str(rnd((lo + hi) / 2, unit))))


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:100]))
        for c in cs:
            print("            %-12s printed %-12s true in [%.10f, %.10f] -> %s%s" % (
                c["id"], c["printed"], c["lo"], c["hi"], c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(c["correct"] for c in bad),
                          "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(dict.fromkeys(c["why"] or "restates a wrong value" for c in bad))})
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


def exact(v):
    return (D(v), D(v))


ONE = D(1)
# ---------------- the add/multiply graph (exact) ----------------
a, b, c = D(-1), D(3), D(4)
x, y = a + b, b + c
f = x * y
dx_mul, dy_mul = 1 * y, 1 * x
ln = line_of('"2\\n"')
chk("x", ln, "2", exact(x), unit=ONE)
chk("y", line_of('"7\\n"'), "7", exact(y), unit=ONE)
chk("f", line_of('"14\\n"'), "14", exact(f), unit=ONE)
ln = line_of('"7 2\\n"')
chk("dx_mul", ln, "7", exact(dx_mul), unit=ONE)
chk("dy_mul", ln, "2", exact(dy_mul), unit=ONE)
chk("da", line_of('"7\\n"', 2), "7", exact(dx_mul), unit=ONE)
chk("db", line_of('"9\\n"'), "9", exact(dx_mul + dy_mul), unit=ONE)
chk("dc", line_of('"2\\n"', 2), "2", exact(dy_mul), unit=ONE)


# ---------------- one sample: X (2,), W (2, 3), B (3,) ----------------
def block_after(label, rows, nth=1):
    """The printed rows of the array under the heading line "label\\n" (nth occurrence)."""
    start = line_of('"%s\\n"' % label, nth)
    lns = list(range(start + 1, start + 1 + rows))
    return lns, [nums(n) for n in lns]


(_, (X1,)) = block_after("X", 1)
(_, W1) = block_after("W", 2)
(_, (B1,)) = block_after("B", 1)
(lnY1,), (Y1,) = block_after("Y", 1)
for j in range(3):
    rng = add(mul(iv(X1[0]), iv(W1[0][j])), mul(iv(X1[1]), iv(W1[1][j])), iv(B1[j]))
    chk("Y[%d]" % j, lnY1, Y1[j], rng)
(_, (G1,)) = block_after("dL_dY", 1)
(lnDX1,), (DX1,) = block_after("dL_dX", 1)
for i in range(2):
    rng = add(*[mul(iv(G1[j]), iv(W1[i][j])) for j in range(3)])
    chk("dX[%d]" % i, lnDX1, DX1[i], rng)
lnDW1, DW1 = block_after("dL_dW", 2)
for i in range(2):
    for j in range(3):
        chk("dW[%d,%d]" % (i, j), lnDW1[i], DW1[i][j], mul(iv(X1[i]), iv(G1[j])))
(lnDB1,), (DB1,) = block_after("dL_dB", 1)
for j in range(3):
    chk("dB[%d]" % j, lnDB1, DB1[j], iv(G1[j]))

# ---------------- a batch: X (4, 3), W (3, 2), B (2,) ----------------
(_, X4) = block_after("X", 4, 2)
(_, W4) = block_after("W", 3, 2)
(_, (B4,)) = block_after("B", 1, 2)
lnY4, Y4 = block_after("Y", 4, 2)
for n in range(4):
    for j in range(2):
        rng = add(*[mul(iv(X4[n][k]), iv(W4[k][j])) for k in range(3)], iv(B4[j]))
        chk("Y4[%d,%d]" % (n, j), lnY4[n], Y4[n][j], rng)
(_, G4) = block_after("dL_dY", 4, 2)
lnDX4, DX4 = block_after("dL_dX", 4, 2)
for n in range(4):
    for k in range(3):
        rng = add(*[mul(iv(G4[n][j]), iv(W4[k][j])) for j in range(2)])
        chk("dX4[%d,%d]" % (n, k), lnDX4[n], DX4[n][k], rng)
lnDW4, DW4 = block_after("dL_dW", 3, 2)
for k in range(3):
    for j in range(2):
        rng = add(*[mul(iv(X4[n][k]), iv(G4[n][j])) for n in range(4)])
        chk("dW4[%d,%d]" % (k, j), lnDW4[k], DW4[k][j], rng)
(lnDB4,), (DB4,) = block_after("dL_dB", 1, 2)
for j in range(2):
    chk("dB4[%d]" % j, lnDB4, DB4[j], add(*[iv(G4[n][j]) for n in range(4)]))

NOTES = (
    "A Korean learner's Colab notebook (GitHub Jinwooseol, 2022) in the style of 'Deep Learning from Scratch': add "
    "and multiply layers as Python classes on f = (a + b)(b + c) with a, b, c = -1, 3, 4 (forward 2, 7, 14; backward "
    "'7 2', 7, 9, 2), sigmoid and ReLU layers (no numbers), then the affine layer Y = X W + B and its backward pass "
    "for one sample and for a batch of four, on random arrays printed with labels ('X', 'W', 'B', 'Y', 'dL_dY', "
    "'dL_dX', 'dL_dW', 'dL_dB') and numpy's 8 decimals. Every computed number is right, judged from the printed "
    "operands with each allowed half a unit: 0 wrong lines, 24 right lines (a clean document: a false-alarm test for "
    "labelled numpy dumps whose operands are printed rounded, so that redoing a product from the printed digits can "
    "miss the printed result by a unit or two). Close call: the batch output Y[2,0] is printed -1.92016483 while the "
    "printed operands give -1.9201648127 at their face values (2 units off at 8 decimals); with every operand "
    "allowed half a unit the three products and the bias span about +-3e-8, so it is judged right, as numpy computed "
    "it from the unrounded draws."
)

if __name__ == "__main__":
    main()
