#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, a reconstruction of Josh Gordon's
random-forests/temp backprop_example.ipynb ("Calculating gradients in three ways", a Colab notebook): the gradients
of Chris Olah's f(a, b) = (a + b)(b + 1), of f(x, y, z) = (x + y) z and of f(W, x) = ReLU(W x), each worked
numerically (central differences), by hand (chain rule in code) and by TensorFlow autodiff, with saved outputs.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator. Lines are 1-based lines of the raw
.ipynb file (its JSON text, Colab's two-space indent), as `grep -n` shows them.

Givens (code cells): a = 2, b = 1; x = 1, y = 2, z = -4; W = [[-0.5, 0.2], [-0.3, 0.8]], x = (0.2, 0.4) as a column;
central differences with h = 1e-4. True values: f(2, 1) = 6, df/da = b + 1 = 2, df/db = (b + 1) + (a + b) = 5;
(1 + 2)(-4) = -12, d/dx = d/dy = z = -4, d/dz = x + y = 3; W x = (-0.02, 0.26), ReLU -> (0, 0.26); the summed output's
gradient wrt W is [[0, 0], [0.2, 0.4]] (row 1 is cut by the ReLU, row 2 is x transposed). The central differences
are exact for these functions (quadratic in the parameter, or linear with the ReLU far from its kink: z = -0.02 moves
by at most 4e-5), so every method has the same true value.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  no line prints its operands: every number is program output without its working, so (b) applies: p is right when
  within one unit of its last digit of the true value (f-strings at 2 decimals; numpy and TensorFlow arrays as
  printed, "0." read as 0 at 1 decimal, "0.26" at 2); otherwise wrong, first, or propagated when it follows a wrong
  printed value. Shapes, ids, execution counts are not computed numbers.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/random-forests/temp/blob/34a2ae8b2ba34022b2c40fee5dac88f7217d3127/"
          "backprop_example.ipynb")
LICENSE = ("none stated (no LICENSE in the repository); doc.ipynb is reconstructed: the notebook's code cells with "
           "their saved outputs unchanged and in order, its headings and the two sentences that state the functions, "
           "and one Markdown cell of ours naming the source in place of the introduction; the other prose is left out")
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


def near(p, x):
    return abs(D(p) - rnd(x, p)) <= unit(p)


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, up=(), why=""):
    """Judge one printed number (rules in the module docstring)."""
    assert printed in DOC[line - 1], (line, printed)
    p = printed + "0" if printed.endswith(".") else printed  # numpy's "0." is 0 at one decimal
    if near(p, true):
        st, kind = "right", None
    elif any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", "propagated"
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), status=st, kind=kind, why=why,
                       correct=str(rnd(true, p))))


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:110]))
        for c in cs:
            print("            %-12s printed %-8s true %.10g -> %s%s" % (
                c["id"], c["printed"], c["true"], c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
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


# ---------------- exact values from the givens ----------------
a, b = D(2), D(1)
f1 = (a + b) * (b + 1)
da, db = b + 1, (b + 1) + (a + b)
x, y, z = D(1), D(2), D(-4)
f2 = (x + y) * z
dx, dy, dz = z, z, x + y
W = [[D("-0.5"), D("0.2")], [D("-0.3"), D("0.8")]]
xv = [D("0.2"), D("0.4")]
wx = [W[i][0] * xv[0] + W[i][1] * xv[1] for i in range(2)]
relu = [max(D(0), v) for v in wx]
dW = [[(xv[j] if wx[i] > 0 else D(0)) for j in range(2)] for i in range(2)]

chk("f(2,1)", line_of('"6"'), "6", f1)
for label in ("Numeric gradient. da", "Gradient by backprop. da", "Autodiff. da"):
    ln = line_of(label + " 2.00, db 5.00")
    chk(label + " da", ln, "2.00", da)
    chk(label + " db", ln, "5.00", db)
chk("f(1,2,-4)", line_of('"-12"'), "-12", f2)
for label, text in (("numeric", "Numeric gradient. dx -4.00, dy -4.00, dz 3.00"),
                    ("by hand", "By hand. dx -4.00, dy -4.00, dz 3.00"),
                    ("autodiff", "Autodiff. dx -4.00, dy -4.00 dz 3.00")):
    ln = line_of(text)
    chk(label + " dx", ln, "-4.00", dx)
    chk(label + " dy", ln, "-4.00", dy)
    chk(label + " dz", ln, "3.00", dz)
chk("relu[0]", line_of('"array([[0.  ],'), "0.", relu[0])
chk("relu[1]", line_of('"       [0.26]])>"'), "0.26", relu[1])
for label, nth in (("numeric", 1), ("by hand", 2)):
    ln = line_of('" [[0.  0. ]\\n"', nth)
    chk(label + " dW00", ln, "0.", dW[0][0])
    chk(label + " dW01", ln, "0.", dW[0][1])
    ln = line_of('" [0.2 0.4]]\\n"', nth)
    chk(label + " dW10", ln, "0.2", dW[1][0])
    chk(label + " dW11", ln, "0.4", dW[1][1])
ln = line_of('"[[0.  0. ]\\n"')
chk("autodiff dW00", ln, "0.", dW[0][0])
chk("autodiff dW01", ln, "0.", dW[0][1])
ln = line_of('" [0.2 0.4]], shape=(2, 2), dtype=float32)')
chk("autodiff dW10", ln, "0.2", dW[1][0])
chk("autodiff dW11", ln, "0.4", dW[1][1])

NOTES = (
    "Josh Gordon's Colab notebook (random-forests/temp, 2019) 'Calculating gradients in three ways' on Chris Olah's "
    "example f(a, b) = (a + b)(b + 1) at (2, 1), then (x + y) z at (1, 2, -4) and ReLU(W x) with a 2x2 W: each "
    "gradient printed three times, by central differences, by the chain rule written out in code ('Gradient by "
    "backprop. da 2.00, db 5.00') and by TensorFlow's GradientTape, plus the forward values 6, -12 and a tf.Tensor "
    "repr array([[0.], [0.26]]), and the 2x2 gradient [[0. 0.] [0.2 0.4]] as numpy and as a float32 tf.Tensor printed "
    "over two lines. Every computed number is right: 0 wrong lines, 16 right lines (a clean document: a false-alarm "
    "test for Colab's JSON layout, f-string outputs, numpy's '0.' and tensor reprs split across lines; the network "
    "is defined only in code). Close call: none."
)

if __name__ == "__main__":
    main()
