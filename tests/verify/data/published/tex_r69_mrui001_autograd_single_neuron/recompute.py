#!/usr/bin/env python3
"""Recompute every computed number printed in doc.tex (m-rui001/mxrlibrary, autograd.tex).

Plain Python 3, exact arithmetic with fractions (all values are small integers /
one-decimal numbers).  Usage: python3 recompute.py [--write-expected]
"""
import json
import os
import sys
from fractions import Fraction as F

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "doc.tex")
URL = ("https://github.com/m-rui001/mxrlibrary/blob/"
       "378c0ee91ac2ec93c63d5acc8a9b202a88365ab3/autograd.tex")
LICENSE = "MIT (Copyright (c) 2025 孟祥瑞 / m-rui001); copied verbatim"

with open(DOC, encoding="utf-8") as fh:
    LINES = fh.read().split("\n")


def line_of(sub, start=1):
    """1-based number of the first line at or after `start` containing `sub`; fail loudly."""
    hits = [i + 1 for i, l in enumerate(LINES) if sub in l and i + 1 >= start]
    if not hits:
        raise SystemExit("line_of: not found: %r" % sub)
    return hits[0]


def rounds_to(true, printed_str):
    """Does `true` round to the printed value at the printed number of decimals?"""
    p = F(printed_str)
    dec = len(printed_str.split(".")[1]) if "." in printed_str else 0
    half = F(1, 2 * 10 ** dec)
    return abs(F(true) - p) <= half


# ---- givens (line 298-300 of the slide "图示反向传播" and the code on lines 365-367) ----
x, w, b = F(3), F(2), F(1)
# forward: A = w*x, y = A + b, L = y^2
A = w * x
y = A + b
L = y * y
# backward
dL_dy = 2 * y
dL_dA = dL_dy
dL_db = dL_dA
dL_dw = dL_dA * x
dL_dx = dL_dA * w
# second example: y = x^3 at x = 2
x2 = F(2)
d1 = 3 * x2 ** 2
d2 = 6 * x2
# third example: y1 = x^2, y2 = x^3 at x = 2, weights 1, 1
g1 = 2 * x2
g2 = 3 * x2 ** 2
gsum = 1 * g1 + 1 * g2

checks = []  # (substring, [(printed, true)], why)


def add(sub, pairs, why, start=1):
    checks.append((line_of(sub, start), sub, pairs, why))


add("{$L = 49$}", [("49", L)], "L = y^2 = 7^2 = 49")
add("{$A = 6.0$}", [("6.0", A)], "A = w*x = 2.0*3.0 = 6")
add("{$y = 7.0$}", [("7.0", y)], "y = A + b = 6 + 1 = 7")
add(r"\textcircled{\tiny 1}: $\frac{\partial L}{\partial y} = 14$", [("14", dL_dy)], "dL/dy = 2y = 14")
add(r"\textcircled{\tiny 2}: $\frac{\partial L}{\partial A} = 14$", [("14", dL_dA)], "dL/dA = dL/dy = 14")
add(r"\textcircled{\tiny 3}: $\frac{\partial L}{\partial b} = 14$", [("14", dL_db)], "dL/db = dL/dA = 14")
add(r"\textcircled{\tiny 4}: $\frac{\partial L}{\partial w} = 42$", [("42", dL_dw)], "dL/dw = 14*3 = 42")
add(r"\textcircled{\tiny 5}: $\frac{\partial L}{\partial x} = 28$", [("28", dL_dx)], "dL/dx = 14*2 = 28")
add(r"{$\nabla_x = 28.0$}", [("28.0", dL_dx)], "restated dL/dx")
add(r"{$\nabla_w = 42.0$}", [("42.0", dL_dw)], "restated dL/dw")
add(r"{$\nabla_b = 14.0$}", [("14.0", dL_db)], "restated dL/db")
add(r"\textbf{Step ①:} $\frac{\partial L}{\partial y} = 14$", [("14", dL_dy)], "dL/dy = 2y = 14")
add(r"\textbf{Step ②:}", [("14", dL_dA)], "dL/dA = dL/dy = 14")
add(r"\textbf{Step ③:}", [("14", dL_db)], "dL/db = dL/dA = 14")
add(r"\textbf{Step ④:}", [("42", dL_dw)], "14 x 3.0 = 42")
add(r"\textbf{Step ⑤:}", [("28", dL_dx)], "14 x 2.0 = 28")
add("y = w * x + b  # y = 7", [("7", y)], "code comment: y = 2*3 + 1 = 7")
add("loss = y**2    # loss = 49", [("49", L)], "code comment: 7^2 = 49")
add("print(x.grad)  # dx = 28.0", [("28.0", dL_dx)], "code comment: 2y*w = 28")
add("print(w.grad)  # dw = 42.0", [("42.0", dL_dw)], "code comment: 2y*x = 42")
add("print(b.grad)  # db = 14.0", [("14.0", dL_db)], "code comment: 2y = 14")
add("print(dy_dx)   # 12.0", [("12.0", d1)], "d(x^3)/dx at x=2: 3*4 = 12")
add("print(d2y_dx2) # 12.0", [("12.0", d2)], "d2(x^3)/dx2 at x=2: 6*2 = 12")
add("# dy1/dx = 2x = 4", [("4", g1)], "2*2 = 4")
add("# dy2/dx = 3x^2 = 12", [("12", g2)], "3*2^2 = 12")
add("# weighted sum= 1*4 + 1*12 = 16", [("16", gsum)], "1*4 + 1*12 = 16")

wrong, right = [], []
print("line  status  printed -> true   (why)")
for ln, sub, pairs, why in checks:
    text = LINES[ln - 1]
    ok = True
    for printed, true in pairs:
        if printed not in text:
            raise SystemExit("printed value %r not on line %d: %r" % (printed, ln, text))
        if not rounds_to(true, printed):
            ok = False
            wrong.append({"line": ln, "page": None, "printed": printed,
                          "correct": str(float(true)), "kind": "first", "why": why})
    if ok:
        right.append(ln)
    print("%4d  %-6s  %s   (%s)" % (ln, "right" if ok else "WRONG",
                                    ", ".join("%s->%s" % (p, t) for p, t in pairs), why))

right = sorted(set(right))
print("\nwrong lines: %d, right lines: %d" % (len(wrong), len(right)))

expected = {
    "file": "doc.tex",
    "format": "tex",
    "source": URL,
    "license": LICENSE,
    "wrong": wrong,
    "right": right,
    "notes": (
        "Chinese beamer slides on automatic differentiation (m-rui001/mxrlibrary, autograd.tex, MIT), copied "
        "verbatim. The worked numbers are one linear neuron y = w*x + b with x = 3.0, w = 2.0, b = 1.0 and loss "
        "L = y^2 (no target; the page's own convention, followed here): forward A = 6.0, y = 7.0, L = 49; backward "
        "dL/dy = dL/dA = dL/db = 14, dL/dw = 42, dL/dx = 28 (TikZ node labels on lines 306-335, an itemize of steps "
        "on 342-346) and the same values as comments of a PyTorch listing (368-373); two further listings give "
        "d(x^3)/dx = 12, d2(x^3)/dx2 = 12 at x = 2 (458-459) and 2x = 4, 3x^2 = 12, 1*4 + 1*12 = 16 (477-479). "
        "All are right: a clean document, to measure false alarms. Close calls: the numbers in lstlisting "
        "comments (368-373, 458-459, 477-479) are the author's claimed outputs, not executed outputs, and are "
        "judged like prose; the givens x = 3.0, w = 2.0, b = 1.0 (lines 298-300, 365-367, 454, 466) are in "
        "neither list; line 111 (d/dx sin(x^2) = 2x cos(x^2)) is symbolic and in neither list; no learning-rate "
        "update is printed."),
}

if "--write-expected" in sys.argv:
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    print("wrote expected.json")
