#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt (Question 1 only) of
"2024 EndSem Regular DNN Paper - Complete Solutions" (shivam2003-dev/mid_sem1_exam_notes,
docs/dnn/papers/2024-endsem-regular-solved.md): forward pass of a 2-3-2-1 network (ReLU, ReLU, sigmoid), binary
cross-entropy and backpropagation of all gradients, x = [1, 1], y = 1.

Plain Python 3 (decimal at 60 digits); does not import nnwalk.

Judging rule (p a printed number, u one unit in its last digit):
 (a) a number printed as the result of an expression of numbers printed on its line must be what that expression
     gives, redone from those numbers (a rounded earlier result taken anywhere within half a unit of its last
     digit, givens exact), rounded at p's digits - otherwise wrong, first;
 (b) a value printed without working / restated is right within one unit of the true value, or when it follows
     from printed correct operands;
 (c) a value that copies or is computed from a wrong value and is itself off is wrong, propagated.
A line is wrong when any number on it is wrong.
Usage: python3 recompute.py [--write-expected]
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/shivam2003-dev/mid_sem1_exam_notes/blob/e086ec6457e37a002c8694b6dbef7b77f1fbdcc1/"
          "docs/dnn/papers/2024-endsem-regular-solved.md")
LICENSE = ("none (README's 'License' section only says 'This repository contains educational materials for exam "
           "preparation.'); doc.md is an excerpt of only Question 1 (statement and worked solution), line for line, "
           "prose-only lines removed")
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


def ln(x):
    return D(x).ln()


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    return abs(D(p) - rnd(x, p)) <= unit(p)


def half(p):
    """interval of values a printed rounded operand may stand for"""
    u = unit(p) / 2
    return (D(p) - u, D(p) + u)


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, ops=None, up=(), why=""):
    """ops: (lo, hi) interval of the expression redone from the numbers printed on the line (rule a), or None for a
    value printed without working / restated (rule b). up: ids of the values this one is computed from."""
    assert printed in DOC[line - 1], (line, printed, DOC[line - 1])
    p = D(printed)
    if ops is not None:
        lo, hi = min(ops), max(ops)
        plo, phi = p - unit(p) / 2, p + unit(p) / 2
        ops_ok = not (hi < plo or lo > phi)
    else:
        ops_ok = True
    upwrong = any(STATUS[u] == "wrong" for u in up)
    if not ops_ok:
        st, kind = "wrong", "first"
    elif near(p, true):
        st, kind = "right", None
    elif upwrong:
        st, kind = "wrong", "propagated"
    elif ops is not None:
        st, kind = "right", None  # follows from printed correct operands (rules a and b)
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), status=st, kind=kind, why=why,
                       correct=str(rnd(true, p))))


def finish(source, license_, notes):
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:110]))
        for c in cs:
            print("            %-12s printed %-10s true %.8g -> %s%s" % (
                c["id"], c["printed"], c["true"], c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kind = "first" if any(c["kind"] == "first" for c in bad) else "propagated"
            wrong.append(dict(line=n, page=None, printed=", ".join(c["printed"] for c in bad),
                              correct=", ".join(c["correct"] for c in bad), kind=kind,
                              why="; ".join(c["why"] for c in bad)))
        else:
            right.append(n)
    nf = sum(1 for w in wrong if w["kind"] == "first")
    print("\n%d wrong lines (%d first, %d propagated), %d right lines" % (len(wrong), nf, len(wrong) - nf, len(right)))
    if "--write-expected" in sys.argv:
        out = {"file": DOCFILE, "format": FORMAT, "source": source, "license": license_, "wrong": wrong,
               "right": right, "notes": notes}
        (HERE / "expected.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote expected.json")


def iv(f, *ops):
    import itertools
    vals = [f(*c) for c in itertools.product(*ops)]
    return (min(vals), max(vals))


def ex(x):
    return (D(x), D(x))


def mv(M, v):
    return [sum(D(a) * D(b) for a, b in zip(r, v)) for r in M]


W1 = [[1, 2], [-1, 1], [0, 1]]; b1 = [0, 1, -1]
W2 = [[1, -1, 0], [0, 1, -1]]; b2 = [1, 0]
W3 = [2, -1]; b3 = 0
x = [1, 1]; y = D(1)
W1x = mv(W1, x)
z1 = [a + b for a, b in zip(W1x, b1)]
a1 = [max(D(0), v) for v in z1]
W2a = mv(W2, a1)
z2 = [a + b for a, b in zip(W2a, b2)]
a2 = [max(D(0), v) for v in z2]
z3 = sum(D(w) * a for w, a in zip(W3, a2)) + b3
yh = sig(z3)
J = -ln(yh)
d3 = yh - y
dW3 = [d3 * a for a in a2]
d2 = [D(W3[i]) * d3 * (1 if z2[i] > 0 else 0) for i in range(2)]
dW2 = [[d2[i] * a1[j] for j in range(3)] for i in range(2)]
d1 = [sum(D(W2[k][j]) * d2[k] for k in range(2)) * (1 if z1[j] > 0 else 0) for j in range(3)]
dW1 = [[d1[i] * x[j] for j in range(2)] for i in range(3)]

L = line_of("\\mathbf{z}^{[1]} = \\begin{bmatrix} 3 \\\\ 0 \\\\ 1 \\end{bmatrix} + ")
for i, (pw, pz) in enumerate((("3", "3"), ("0", "1"), ("1", "0"))):
    chk("Wx%d" % i, L, pw, W1x[i], ex(W1x[i]))
    chk("z1_%d" % i, L, pz, z1[i], ex(z1[i]))
L = line_of("\\mathbf{a}^{[1]} = \\text{ReLU}(\\mathbf{z}^{[1]}) = ")
for i, p in enumerate(("3", "1", "0")):
    chk("a1_%d" % i, L, p, a1[i], ex(a1[i]))
L = line_of("\\mathbf{z}^{[2]} = \\begin{bmatrix} 2 \\\\ 1 \\end{bmatrix} + ")
for i, (pw, pz) in enumerate((("2", "3"), ("1", "1"))):
    chk("Wa%d" % i, L, pw, W2a[i], ex(W2a[i]))
    chk("z2_%d" % i, L, pz, z2[i], ex(z2[i]))
L = line_of("\\mathbf{a}^{[2]} = \\text{ReLU}(\\mathbf{z}^{[2]}) = ")
for i, p in enumerate(("3", "1")):
    chk("a2_%d" % i, L, p, a2[i], ex(a2[i]))
chk("z3", line_of("+ 0 = 5"), "5", z3, ex(z3), why="2*3 - 1*1 + 0 = 5")
chk("yh", line_of("\\sigma(5) = \\frac{1}{1 + e^{-5}} = 0.993"), "0.993", yh, ex(yh), why="sigma(5) = 0.993307")
chk("yh_a", line_of("**Answer**: $\\hat{y} = 0.993$"), "0.993", yh, up=("yh",))
L = line_of("J = -[1 \\cdot \\log(0.993)")
chk("J_y", L, "0.993", yh, up=("yh",))
chk("J_1my", L, "0.007", 1 - yh, iv(lambda a: 1 - a, half("0.993")), up=("yh",), why="1 - 0.993307 = 0.006693")
chk("J", L, "0.007", J, iv(lambda a: -ln(a), half("0.993")), up=("yh",),
    why="-ln(0.993) = 0.00702; J = -ln(sigma(5)) = 0.006715")
chk("J_a", line_of("**Answer**: Loss $J = 0.007$"), "0.007", J, up=("J",))
chk("d3", line_of("= \\hat{y} - y = 0.993 - 1 = -0.007"), "-0.007", d3, iv(lambda a: a - 1, half("0.993")), up=("yh",),
    why="sigma(5) - 1 = -0.006693")
hd3 = half("-0.007")
L = line_of("= -0.007 \\cdot \\begin{bmatrix} 3 & 1 \\end{bmatrix} = ")
chk("dW3_0", L, "-0.021", dW3[0], iv(lambda a: 3 * a, hd3), up=("d3",),
    why="3*(-0.006693) = -0.020079 (-0.020, one unit: close call)")
chk("dW3_1", L, "-0.007", dW3[1], iv(lambda a: a, hd3), up=("d3",))
chk("db3", line_of("\\frac{\\partial J}{\\partial b^{[3]}} = -0.007"), "-0.007", d3, up=("d3",))
L = line_of("\\cdot (-0.007) \\odot \\begin{bmatrix} 1 \\\\ 1 \\end{bmatrix} = ")
chk("d2_0", L, "-0.014", d2[0], iv(lambda a: 2 * a, hd3), up=("d3",), why="2*(-0.006693) = -0.013386")
chk("d2_1", L, "0.007", d2[1], iv(lambda a: -a, hd3), up=("d3",))
hd20, hd21 = half("-0.014"), half("0.007")
L = line_of("\\begin{bmatrix} 3 & 1 & 0 \\end{bmatrix} = ")
chk("d2r0", L, "-0.014", d2[0], up=("d2_0",)); chk("d2r1", L, "0.007", d2[1], up=("d2_1",))
chk("dW2_00", L, "-0.042", dW2[0][0], iv(lambda a: 3 * a, hd20), up=("d2_0",),
    why="3*(-0.014) = -0.042 from the printed (rounded) delta; exact 3*(-0.013386) = -0.040158 (close call)")
chk("dW2_10", L, "0.021", dW2[1][0], iv(lambda a: 3 * a, hd21), up=("d2_1",))
L = line_of("\\frac{\\partial J}{\\partial \\mathbf{b}^{[2]}} = ")
chk("db2_0", L, "-0.014", d2[0], up=("d2_0",)); chk("db2_1", L, "0.007", d2[1], up=("d2_1",))
L = line_of("\\begin{bmatrix} -0.014 \\\\ 0.007 \\end{bmatrix} \\odot \\begin{bmatrix} 1 \\\\ 1 \\\\ 0 \\end{bmatrix} = ")
chk("d1_0", L, "-0.014", d1[0], iv(lambda a: a, hd20), up=("d2_0",))
chk("d1_1", L, "0.021", d1[1], iv(lambda a, b: -a + b, hd20, hd21), up=("d2_0", "d2_1"),
    why="0.014 + 0.007 = 0.021; exact 0.013386 + 0.006693 = 0.020079 (close call)")
L = line_of("\\mathbf{x}^T = \\begin{bmatrix} -0.014 \\\\ 0.021 \\\\ 0 \\end{bmatrix}")
chk("dW1_0", L, "-0.014", dW1[0][0], up=("d1_0",)); chk("dW1_1", L, "0.021", dW1[1][0], up=("d1_1",))
L = line_of("\\frac{\\partial J}{\\partial \\mathbf{b}^{[1]}} = ")
chk("db1_0", L, "-0.014", d1[0], up=("d1_0",)); chk("db1_1", L, "0.021", d1[1], up=("d1_1",))

NOTES = ("A clean document (no wrong line) with 3-decimal hand numbers. Forward pass exact: z1 = [3, 1, 0], "
         "a1 = [3, 1, 0], z2 = [3, 1], z3 = 5, y_hat = sigma(5) = 0.993307 -> 0.993; J = -ln(0.993) = 0.00702 -> 0.007 "
         "(exact BCE 0.006715 -> 0.007). The page's ReLU'(0) = 0 (mask [1, 1, 0] for z1 = [3, 1, 0]) is followed. Close "
         "calls: the backward pass is carried with the rounded delta -0.007 (exact -0.006693), so -0.021, -0.014, 0.021 "
         "are one unit from the exact -0.020, -0.013, 0.020 and -0.042 is two units from the exact -0.040; each is "
         "exactly the product of printed operands (rule a, an earlier rounded result may be taken within half a unit), "
         "so all are judged right. The matrix entries 0 are trivially right and are not checked separately. The "
         "statement's substitution lines (W x + b, W a + b, formulas) print no computed number and are in neither list.")
finish(SOURCE, LICENSE, NOTES)
