#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, an excerpt of randallsutton/playground-ai
notebooks/backpropagation.ipynb: its first code cell (Udacity's "implementing backpropagation" exercise for a 3-2-1
sigmoid network, written out with long variable names) and the cell's saved output, the weight steps of one
backpropagation pass.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (the cell's source, doc.ipynb lines 40-46): x = (0.5, 0.1, -0.2), target 0.6, learning rate 0.5,
W_in (3 x 2) = [[0.5, -0.6], [0.1, -0.2], [0.1, 0.7]], w_out = (0.1, -0.3); no biases; sigmoid everywhere.
The cell's own rules: h = sigmoid(x W_in), o = sigmoid(h . w_out), delta_o = (t - o) o (1 - o),
delta_h = delta_o w_out h (1 - h), Delta w_out = lr delta_o h, Delta W_in = lr outer(x, delta_h). (Note: the
exercise's usual input is (0.5, 0.1, -0.3); this notebook uses -0.2 and its output follows from -0.2.)

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit): NumPy prints each value
rounded at its own digits, with no working beside it, so a value is right when it is within one unit of its last
digit of the true value (rule b); a value computed from a wrong one and itself off would be wrong (propagated).
Every printed value is the true value rounded at its digits: a clean document.
`line` is the 1-based line of the raw .ipynb file (as `grep -n` shows it).
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/randallsutton/playground-ai/blob/2152f5831aa3ed41180a1c4dd93dacd803fd2a8f/"
          "notebooks/backpropagation.ipynb")
LICENSE = ("none (no LICENSE in the repository); doc.ipynb keeps only the notebook's first code cell, source and "
           "saved output unchanged, after one Markdown cell of ours naming the source")
NOTES = ("Clean notebook: the printed output of a code cell (NumPy arrays, one in e-notation) against the "
         "network defined by the cell's own code.")
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
x = [D("0.5"), D("0.1"), D("-0.2")]
t, lr = D("0.6"), D("0.5")
W = [[D("0.5"), D("-0.6")], [D("0.1"), D("-0.2")], [D("0.1"), D("0.7")]]
v = [D("0.1"), D("-0.3")]
h = [sig(sum(x[i] * W[i][j] for i in range(3))) for j in range(2)]
o = sig(sum(h[j] * v[j] for j in range(2)))
d_o = (t - o) * o * (1 - o)
d_h = [d_o * v[j] * h[j] * (1 - h[j]) for j in range(2)]
dv = [lr * d_o * h[j] for j in range(2)]
dW = [[lr * x[i] * d_h[j] for j in range(2)] for i in range(3)]

ln = line_of('"[0.00804047 0.00555918]\\n"')
chk("dv1", ln, "0.00804047", dv[0])
chk("dv2", ln, "0.00555918", dv[1])
rows = ['"[[ 1.77005547e-04 -5.11178506e-04]\\n"', '" [ 3.54011093e-05 -1.02235701e-04]\\n"',
        '" [-7.08022187e-05  2.04471402e-04]]\\n"']
texts = [("1.77005547e-04", "-5.11178506e-04"), ("3.54011093e-05", "-1.02235701e-04"),
         ("-7.08022187e-05", "2.04471402e-04")]
for i in range(3):
    ln = line_of(rows[i])
    for j in range(2):
        chk("dW%d%d" % (i + 1, j + 1), ln, texts[i][j], dW[i][j])

if __name__ == "__main__":
    main()
