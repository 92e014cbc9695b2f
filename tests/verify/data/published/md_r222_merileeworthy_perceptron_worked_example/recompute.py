#!/usr/bin/env python3
"""Independent recomputation of doc.md (excerpt of Meri Leeworthy's note "Worked example on perceptrons").

Givens: inputs x_0 = 1 (bias input), x_1..x_3 binary; step activation g(s) = 1 if s >= 0 else 0;
weights w = (2, 1, -3, 4); four labelled rows; learning rate alpha = 0.1; rule w_i <- w_i + alpha (y - g) x_i,
applied after the first misclassified row.

Every computed number (the four weighted sums, the four outputs, the accuracy, the four updated weights and
the restated vector) is recomputed with exact fractions and judged by the corpus rule.  Lines are located by
their text; the script fails loudly when a line is missing.

Usage: python3 recompute.py [--write-expected]
"""
import json
import os
import sys
from decimal import Decimal, ROUND_HALF_EVEN
from fractions import Fraction as F

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "doc.md")
SOURCE = ("https://github.com/meri-leeworthy/notes-explorer/blob/"
          "1147766f4acbb4b07d31e898d11ff44ba8ec3ab9/posts/Worked%20example%20on%20perceptrons.md")

with open(DOC, encoding="utf-8") as fh:
    LINES = fh.read().split("\n")


def find(text):
    hits = [i + 1 for i, l in enumerate(LINES) if text in l]
    if len(hits) != 1:
        raise SystemExit(f"expected exactly one line with {text!r}, found {hits}")
    return hits[0]


def agrees(true_value, printed):
    p = Decimal(printed)
    exp = p.as_tuple().exponent
    places = -exp if exp < 0 else 0
    q = Decimal(true_value.numerator) / Decimal(true_value.denominator)
    unit = Decimal(1).scaleb(-places)
    return q.quantize(unit, rounding=ROUND_HALF_EVEN) == p.quantize(unit)


def fmt(x):
    d = Decimal(x.numerator) / Decimal(x.denominator)
    return format(d.normalize(), "f")


def g(s):
    return 1 if s >= 0 else 0


results = []


def check(line, pairs, why):
    text = LINES[line - 1]
    bad = []
    for printed, true in pairs:
        if printed not in text:
            raise SystemExit(f"printed value {printed!r} not on line {line}: {text!r}")
        if not agrees(true, printed):
            bad.append((printed, true))
    results.append((line, bad, why))


w = [F(2), F(1), F(-3), F(4)]
rows = [([1, 0, 1, 1], 1), ([1, 0, 0, 1], 1), ([1, 1, 0, 1], 0), ([1, 0, 1, 0], 0)]
texts = ["$(2*1 + 1*0 + -3*1 + 4*1) = 3$", "$(2*1 + 1*0 + -3*0 + 4*1) = 6$",
         "$(2*1 + 1*1 + -3*0 + 4*1) = 7$", "$(2*1 + 1*0 + -3*1 + 4*0) = -1$"]
outs = []
for (x, y), t in zip(rows, texts):
    L = find(t)
    s = sum(w[i] * x[i] for i in range(4))
    out = g(s)
    outs.append(out)
    cells = [c.strip() for c in LINES[L - 1].strip().strip("|").split("|")]
    printed_sum = t.split("=")[-1].strip(" $")
    printed_out = cells[-1]
    check(L, [(printed_sum, s), (printed_out, F(out))], f"row {x}: w*x = {fmt(s)}, g = {out}")

acc = F(sum(1 for (x, y), o in zip(rows, outs) if o == y), len(rows))
L = find("Accuracy = 0.75")
check(L, [("0.75", acc)], "3 of 4 rows classified correctly (row 3: class 0, output 1)")

# update after the first misclassified row
first_bad = next(k for k, ((x, y), o) in enumerate(zip(rows, outs)) if o != y)
x, y = rows[first_bad]
alpha = F(1, 10)
new = [w[i] + alpha * (y - outs[first_bad]) * x[i] for i in range(4)]
for i, t, p in [(0, "w_0 \\leftarrow 2 + 0.1(0-1)\\cdot 1 = 1.9", "1.9"),
                (1, "w_1 \\leftarrow 1 + 0.1(0 - 1) \\cdot 1 = 0.9", "0.9"),
                (2, "w_2 \\leftarrow -3 + 0.1(0 - 1) \\cdot 0 = -3", "-3"),
                (3, "w_3 \\leftarrow 4 + 0.1(0 - 1) \\cdot 1 = 3.9", "3.9")]:
    L = find(t)
    check(L, [(p, new[i])], f"w_{i} = {fmt(w[i])} + 0.1*(0-1)*{x[i]}")
L = find("\\underline{w} = (1.9, 0.9, -3, 3.9)")
check(L, [("1.9", new[0]), ("0.9", new[1]), ("-3", new[2]), ("3.9", new[3])], "restated updated weight vector")

wrong, right = [], []
for line, bad, why in results:
    if bad:
        for printed, true in bad:
            wrong.append({"line": line, "page": None, "printed": printed, "correct": fmt(true),
                          "kind": "first", "why": why})
        print(f"line {line:3d} WRONG : {why} {[(p, fmt(t)) for p, t in bad]}")
    else:
        right.append(line)
        print(f"line {line:3d} right : {why}")
print(f"\n{len(wrong)} wrong, {len(right)} right; first misclassified row = {first_bad + 1}; "
      f"new w = {[fmt(v) for v in new]}")

if "--write-expected" in sys.argv:
    expected = {
        "file": "doc.md",
        "format": "md",
        "source": SOURCE,
        "license": "none stated (no LICENSE in the repository); doc.md is an excerpt of the table, equations and "
                   "numbers, prose lines blanked so line numbers match the original",
        "wrong": wrong,
        "right": sorted(set(right)),
        "notes": "Perceptron with bias weight w_0 = 2, w = (2, 1, -3, 4), step g(s) = 1 if s >= 0: sums 3, 6, 7, -1, "
                 "outputs 1, 1, 1, 0, accuracy 0.75, then one update on row 3 with alpha = 0.1 giving "
                 "(1.9, 0.9, -3, 3.9). Every printed result is right.",
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    print("wrote expected.json")
