#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.pdf, "Session 4 -- Solutions" (Neural
Networks for Engineers, Maxime Nguyen / smaxx73), the LaTeX-compiled solution sheet
module-2-learning-without-calculus/solutions_mlp.pdf (6 pages, MIT).

What it works: Exercise 1, four step-function perceptrons on the four binary inputs (z and y-hat tables);
Exercise 2, the decision boundary 2x1 - 3x2 + 1 = 0 (slope/intercept, classification of five points, the bias that
puts Q = (1, 2) in class 1); Exercise 3, the forward pass of a 2-2-1 step-function MLP (W1 = [[1, 1], [1, -1]],
b1 = [-1.5, -0.5], W2 = [1, 1], b2 = -1.5) on the four binary inputs; Exercise 4, parameter counts of three MLPs.

The page's conventions (followed here): f(z) = 1 if z >= 0 else 0 (so z = 0 gives y-hat = 1, page 1 and page 3);
parameter count of a dense layer = n_in * n_out + n_out.

Plain Python 3 (fractions: every value here is exact); does not import nnwalk or the generator.  Lines are the
lines of each page's text layer as pypdf (7.1.1) extracts them, 1-based within the page:
    pypdf.PdfReader("doc.pdf").pages[i].extract_text().split("\\n")
pypdf is required to locate the lines (run e.g. with a venv that has `pip install pypdf`).  Fractions come out of
the text layer as "2 3" for 2/3 and minus signs as U+2212.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it
      rounds to p at p's digits; otherwise wrong, first;
  (b) a value printed without its working (or restated) is right within one unit of its last digit of the true
      value, or when it follows from printed correct operands;
  (c) restated wrong values / values computed from wrong ones are wrong, propagated.
Lines that only state givens (weights, biases, inputs, points, thresholds rewritten from a given bias) and prose
are in neither list.

Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import sys
from fractions import Fraction as F

DOCFILE = "doc.pdf"
FORMAT = "pdf"
SOURCE = ("https://github.com/smaxx73/Neural-Network-Course/blob/57d1b14a5278d0e1b37105652352f76cfe90dd28/"
          "module-2-learning-without-calculus/solutions_mlp.pdf")
LICENSE = ("MIT (LICENSE of smaxx73/Neural-Network-Course, \"Copyright (c) 2026 Maxime Nguyen\"); doc.pdf is the "
           "PDF byte for byte")
HERE = pathlib.Path(__file__).resolve().parent
MINUS = "\u2212"

try:
    import pypdf
except ImportError:  # pragma: no cover
    sys.exit("recompute.py needs pypdf to read the text layer of doc.pdf (pip install pypdf)")

PAGES = [p.extract_text().split("\n") for p in pypdf.PdfReader(str(HERE / DOCFILE)).pages]


def line_of(page, sub, start=1):
    """1-based line (within 1-based page) of the only line at or after `start` holding `sub`; fails loudly."""
    hits = [i for i, t in enumerate(PAGES[page - 1], 1) if i >= start and sub in t]
    if len(hits) != 1:
        raise SystemExit(f"line_of({page}, {sub!r}, start={start}): {len(hits)} matches {hits}")
    return hits[0]


def row_after(page, header, k, expect):
    """The k-th line after the (unique) header line; its text must be exactly `expect` (table rows repeat)."""
    n = line_of(page, header) + k
    got = PAGES[page - 1][n - 1].strip()
    if got != expect:
        raise SystemExit(f"page {page} line {n}: expected {expect!r}, found {got!r}")
    return n


def step(z):
    return 1 if z >= 0 else 0


def s(x):
    """Format an exact value the way the page prints it (U+2212 minus, no trailing zeros)."""
    x = F(x)
    if x.denominator == 1:
        t = str(abs(x.numerator))
    else:
        t = format(float(abs(x)), "g")
    return (MINUS if x < 0 else "") + t


def fmt(x):
    """Decimal form when the value is a short decimal, else a/b (2/3, 1/3)."""
    x = F(x)
    return s(x) if 10 ** 6 % x.denominator == 0 else f"{x.numerator}/{x.denominator}"


RESULTS = []  # (page, line, ok, printed, correct, why)


def must(page, line, sub):
    text = PAGES[page - 1][line - 1]
    if sub not in text:
        raise SystemExit(f"page {page} line {line}: {sub!r} not in {text!r}")


def judge(page, line, printed, true, why):
    """printed: list of strings as they appear on the line, or (string on the line, printed value) pairs when the
    text layer spells the value oddly ("2 3" = 2/3, "\u2212" minus, "101 770"); true: exact values (same order)."""
    text = PAGES[page - 1][line - 1]
    shown, vals = [], []
    for p in printed:
        p, v = p if isinstance(p, tuple) else (p, F(p.replace(MINUS, "-").replace(" ", "")))
        if p not in text:
            raise SystemExit(f"page {page} line {line}: {p!r} not in {text!r}")
        shown.append(fmt(v))
        vals.append(F(v))
    ok = len(vals) == len(true) and all(v == F(t) for v, t in zip(vals, true))
    RESULTS.append((page, line, ok, ", ".join(shown), ", ".join(fmt(t) for t in true), why))


# ---------------------------------------------------------------- Exercise 1 (page 1): four perceptrons
BIN = [(0, 0), (0, 1), (1, 0), (1, 1)]
PERCEPTRONS = [  # header text of each table, w1, w2, b
    ("z = x1 + x2 " + MINUS + " 2", F(1), F(1), F(-2)),
    ("z = x1 + x2 " + MINUS + " 1", F(1), F(1), F(-1)),
    ("z = 0.5x1 + 0.5x2 " + MINUS + " 0.8", F(1, 2), F(1, 2), F(-4, 5)),
    ("z = 2x1 + 2x2 " + MINUS + " 3", F(2), F(2), F(-3)),
]
for header, w1, w2, b in PERCEPTRONS:
    for k, (x1, x2) in enumerate(BIN, 1):
        z = w1 * x1 + w2 * x2 + b
        y = step(z)
        n = row_after(1, header, k, f"{x1} {x2} {s(z)} {y}")
        judge(1, n, [(f"{x1} {x2} {s(z)} {y}", z), (str(y), y)], [z, y],
              f"table row: z = {s(w1)}*{x1} + {s(w2)}*{x2} + ({s(b)}) = {s(z)}, f(z) = {y} (f(z) = 1 iff z >= 0)")

# ---------------------------------------------------------------- Exercise 2: boundary 2x1 - 3x2 + 1 = 0
W1, W2, B = F(2), F(-3), F(1)
slope, icpt = -W1 / W2, -B / W2            # 2/3, 1/3
n = line_of(2, "=\u21d2 x2 = 2 3 x1 + 1 3")
judge(2, n, [("2 3", F(2, 3)), ("1 3", F(1, 3))], [slope, icpt], "solving 2x1 - 3x2 + 1 = 0 for x2: x2 = (2/3) x1 + 1/3")
n = line_of(2, "(slope \u03b1 = 2 3 , intercept \u03b2 = 1 3 )")
judge(2, n, [("2 3", F(2, 3)), ("1 3", F(1, 3))], [slope, icpt], "restates slope 2/3 and intercept 1/3")
n = line_of(2, "(0, 1 3 )and (1, 1)")
judge(2, n, [("(0, 1 3 )", F(1, 3)), ("(1, 1)", F(1))], [icpt, slope * 1 + icpt],
      "boundary at x1 = 0 gives x2 = 1/3, at x1 = 1 gives x2 = 2/3 + 1/3 = 1")

POINTS = [("P1", 0, 0), ("P2", 1, 1), ("P3", 2, 2), ("P4", 3, 1), ("P5", 0, 2)]
for name, x1, x2 in POINTS:
    z = W1 * x1 + W2 * x2 + B
    y = step(z)
    n = line_of(3, f"{name} {x1} {x2} ")
    judge(3, n, [(f"{name} {x1} {x2} {s(z)} {y}", z), (str(y), y)], [z, y], f"z = 2*{x1} - 3*{x2} + 1 = {s(z)}, y-hat = f(z) = {y}")

zq = W1 * 1 + W2 * 2 + B
n = line_of(3, "zQ = 2(1) " + MINUS + " 3(2) + 1 = 2 " + MINUS + " 6 + 1 = ")
must(3, n, "= " + MINUS + "3 < 0 \u21d2 \u02c6y = 0.")
judge(3, n, [("= " + MINUS + "3 <", F(-3)), ("\u02c6y = 0", F(0))], [zq, step(zq)], "zQ = 2*1 - 3*2 + 1 = 2 - 6 + 1 = -3 < 0, so y-hat = f(zQ) = 0")
bmin = -(W1 * 1 + W2 * 2)                  # 4
n = line_of(3, "+ b \u2265 0 \u21d2 " + MINUS + "4 + b")
judge(3, n, [(MINUS + "4 + b", F(-4)), ("b \u2265 4", F(4))], [W1 * 1 + W2 * 2, bmin],
      "2*1 - 3*2 + b >= 0  <=>  -4 + b >= 0  <=>  b >= 4")
n = line_of(3, "Any bias b \u2265 4 classifies Q")
judge(3, n, [("b \u2265 4", F(4))], [bmin], "restates b >= 4")
n = line_of(3, "The minimal change is b = 4")
judge(3, n, [("b = 4", F(4))], [bmin], "restates the minimal bias 4 (boundary through Q: 2 - 6 + 4 = 0)")
n = line_of(3, "(x2 = 2 3 x1 + b 3 )")
judge(3, n, [("2 3", F(2, 3))], [slope], "x2 = (2/3) x1 + b/3 from 2x1 - 3x2 + b = 0 (slope 2/3 restated)")

# ---------------------------------------------------------------- Exercise 3 (page 4): 2-2-1 step MLP
MW1 = [[F(1), F(1)], [F(1), F(-1)]]
MB1 = [F(-3, 2), F(-1, 2)]
MW2 = [F(1), F(1)]
MB2 = F(-3, 2)
table_rows = []
for x1, x2 in BIN:
    z1 = [MW1[i][0] * x1 + MW1[i][1] * x2 + MB1[i] for i in range(2)]
    h = [step(v) for v in z1]
    z2 = MW2[0] * h[0] + MW2[1] * h[1] + MB2
    y = step(z2)
    start = line_of(4, f"Input ({x1}, {x2}):")
    n = start + 1
    assert PAGES[3][n - 1].startswith("z(1) 1 = "), PAGES[3][n - 1]
    judge(4, n, [(f"= {s(z1[0])} \u21d2", z1[0]), (f"h1 = {h[0]}", h[0])], [z1[0], h[0]],
          f"z1_1 = 1*{x1} + 1*{x2} - 1.5 = {s(z1[0])}, h1 = f(z1_1) = {h[0]}")
    n = start + 2
    assert PAGES[3][n - 1].startswith("z(1) 2 = "), PAGES[3][n - 1]
    judge(4, n, [(f"= {s(z1[1])} \u21d2", z1[1]), (f"h2 = {h[1]}", h[1])], [z1[1], h[1]],
          f"z1_2 = 1*{x1} + (-1)*{x2} - 0.5 = {s(z1[1])}, h2 = f(z1_2) = {h[1]}")
    n = start + 3
    assert PAGES[3][n - 1].startswith("z(2) = "), PAGES[3][n - 1]
    judge(4, n, [(f"= {s(z2)} \u21d2", z2), (f"\u02c6y = {y}", y)], [z2, y],
          f"z2 = 1*h1 + 1*h2 - 1.5 = {h[0]} + {h[1]} - 1.5 = {s(z2)}, y-hat = {y}")
    table_rows.append((x1, x2, z1, h, z2, y))
for k, (x1, x2, z1, h, z2, y) in enumerate(table_rows, 1):
    exp = f"{x1} {x2} {s(z1[0])} {h[0]} {s(z1[1])} {h[1]} {s(z2)} {y}"
    n = row_after(4, "x1 x2 z(1) 1 h1 z(1) 2 h2 z(2)", k, exp)
    judge(4, n, [(exp, z1[0])] + [(s(v), v) for v in (h[0], z1[1], h[1], z2, y)], [z1[0], h[0], z1[1], h[1], z2, y],
          f"summary row restates z1 = ({s(z1[0])}, {s(z1[1])}), h = {h}, z2 = {s(z2)}, y-hat = {y}")

# ---------------------------------------------------------------- Exercise 4 (page 6): parameter counts


def count(sizes):
    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))


n = line_of(6, "= 320 + 16 + 16 + 1 = ")
judge(6, n, ["320", "353"], [20 * 16, count([20, 16, 1])], "(20*16) + 16 + (16*1) + 1 = 320 + 16 + 16 + 1 = 353")
n = line_of(6, "28 \u00d7 28 = ")
judge(6, n, ["784"], [28 * 28], "28*28 = 784")
n = line_of(6, "= 100352 + 128 + 1280 + 10 = ")
judge(6, n, ["100352", "1280", "101 770"], [784 * 128, 128 * 10, count([784, 128, 10])],
      "784*128 = 100352, 128*10 = 1280, total 100352 + 128 + 1280 + 10 = 101770")
n = line_of(6, "= 7840 + 10 + 100 + 10 = ")
judge(6, n, ["7840", "100", "7 960"], [784 * 10, 10 * 10, count([784, 10, 10])],
      "784*10 = 7840, 10*10 = 100, total 7840 + 10 + 100 + 10 = 7960")
n = line_of(6, "fewer parameters")
ratio = F(784 * 128 + 128, 784 * 10 + 10)   # 100480 / 7850 = 12.80
text = PAGES[5][n - 1]
if "\u223c13\u00d7" not in text:
    raise SystemExit(f"page 6 line {n}: '~13x' not found in {text!r}")
RESULTS.append((6, n, abs(13 - ratio) <= 1, "13", f"{float(ratio):.2f}",
                "hidden layer 784*128 + 128 = 100480 vs 784*10 + 10 = 7850 parameters: ratio 12.80, printed "
                "'~13x' (within one unit; the totals 101770/7960 = 12.79 give the same)"))

# ---------------------------------------------------------------- report / expected.json
wrong = [r for r in RESULTS if not r[2]]
right = [r for r in RESULTS if r[2]]
seen = set()
for r in RESULTS:
    key = (r[0], r[1])
    if key in seen:
        raise SystemExit(f"page {r[0]} line {r[1]} judged twice")
    seen.add(key)

for page, line, ok, printed, correct, why in sorted(RESULTS):
    print(f"p{page} l{line:>2} {'RIGHT' if ok else 'WRONG'}  printed {printed:<28} true {correct:<20} {why}")
print(f"\n{len(wrong)} wrong, {len(right)} right")

NOTES = (
    "Session 4 solution sheet of the 'Neural Networks for Engineers' course (smaxx73, MIT), LaTeX-compiled PDF, "
    "6 pages, English. All numbers are exact (step-function perceptrons with f(z) = 1 iff z >= 0, integer "
    "parameter counts); every computed number checks out, so this is a clean document (false-alarm test). "
    "Lines are page-relative as pypdf 7.1.1 extracts them; fractions come out as '2 3' (= 2/3), minus signs as "
    "U+2212, the page-6 totals as '101 770' and '7 960' (thin-space thousands separators). "
    "Page 1: the four 4-row truth tables (z and y-hat per row) are judged row by row; the rows repeat text across "
    "tables, so the script locates them after each table header. Page 3 lines 2-7 are the plot's axis ticks "
    "(neither). Neither list either: lines that rewrite a given bias as a threshold (page 2 line 6 'x1 + x2 >= 1'; "
    "page 5 lines 6-8, 22, 23, 26, 27, 29: 'x1 + x2 >= 1.5', 'x1 - x2 >= 0.5'), the claim 'h1 + h2 in {0, 1}' "
    "(page 5 line 12, true), the suggested alternative weights on page 5 lines 14-19 (they do implement AND), the "
    "operand-only lines '(20 x 16) + 16', '+ (16 x 1) + 1' etc. (page 6 lines 4, 6, 19, 21, 26, 28) and the "
    "architecture choices / '~97% accuracy' (not computed from the page). Close calls: page 6 line 38 '~13x fewer "
    "parameters in the hidden layer' is taken as a computed ratio (100480/7850 = 12.80) and judged right; page 2 "
    "line 8 says the line x1 + x2 = 1 'also excludes (0, 1) and (1, 0) on the wrong side' -- those points lie on "
    "the line (z = 0, class 1), loose prose with no number, not judged. Page 3 line 33 (x2 = (2/3) x1 + b/3) is "
    "counted as right for its restated slope 2/3."
)

if "--write-expected" in sys.argv:
    out = {
        "file": DOCFILE,
        "format": FORMAT,
        "source": SOURCE,
        "license": LICENSE,
        "wrong": [{"line": l, "page": p, "printed": pr, "correct": c, "kind": "first", "why": w}
                  for p, l, ok, pr, c, w in sorted(wrong)],
        "right": [{"page": p, "line": l} for p, l, *_ in sorted(right)],
        "notes": NOTES,
    }
    (HERE / "expected.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote expected.json")
