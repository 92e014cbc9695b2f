#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, the Vietnamese blog post "Hàm Sigmoid
trong Logistic Regression — Từ log-odds đến xác suất" (Nguyễn Quang Linh, AIO2025 Module 6 blog, repository
D9Dre4mer/AIO2025_Blogs, MIT).

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Givens: the odds examples P = 0.5, 0.8, 0.2 (lines 78-80, 92); the worked example of section 11:
x = [1.0, 2.0], w = [0.3, -0.5], y = 1, no bias (code lines 400-402, restated at 430-432);
sigma(z) = 1/(1+e^-z); gradient of the cross-entropy (sigma(w.x) - y) x (the page's own formula, line 423).

True values: z = w.x = 0.3*1.0 + (-0.5)*2.0 = -0.7; sigma(-0.7) = 0.331812227831834;
gradient = (0.331812... - 1) * [1, 2] = [-0.668187772168166, -1.336375544336332].
The page prints "Sigmoid output: 0.3775406687981454", which is sigma(-0.5), not sigma(-0.7): the pasted output does
not belong to the code above it (w.x = -0.7 by the page's own line 435).  Its gradient [-0.62245933 -1.24491866]
is (0.37754 - 1) * [1, 2], so it follows the wrong sigmoid (propagated).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on that line is right only when redoing
      it from those numbers rounds to p at p's digits;
  (b) a value printed without working (or restated) is right within one unit of its last digit of the true value;
  (c) a restated wrong value is wrong (propagated); a value computed from a wrong one and itself off is wrong
      (propagated).
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/D9Dre4mer/AIO2025_Blogs/blob/9b30cb3a8059f7cfbe7ea679de75a5a3eab0bdcc/"
          "251115%20Blog%20Module%206%20-%20Week%201%20-%202/V1.0%20sigmoid-regression.md")
LICENSE = "MIT (LICENSE file of D9Dre4mer/AIO2025_Blogs); doc.md is the file byte for byte"

import json
import pathlib
import sys
from decimal import Decimal as D, getcontext, ROUND_HALF_EVEN

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


def digits(p):
    s = p.lstrip("-")
    return len(s.split(".")[1]) if "." in s else 0


def near(p, x, units=1):
    """p (a printed string) within `units` units of its last digit of x rounded at p's digits."""
    q = D(1).scaleb(-digits(p))
    return abs(D(p) - D(x).quantize(q, rounding=ROUND_HALF_EVEN)) <= units * q


def fmt(x, n):
    return str(D(x).quantize(D(1).scaleb(-n), rounding=ROUND_HALF_EVEN))


wrong, right, checks = [], [], []


def judge(sub, pairs, why, kind_if_wrong="first", nth=1):
    """pairs: list of (printed string, true value, units).  Verifies the printed strings are on the line."""
    ln = line_of(sub, nth)
    text = DOC[ln - 1]
    bad = []
    for tag, x, units in pairs:
        if tag not in text:
            raise SystemExit("line %d does not print %r" % (ln, tag))
        p = tag.replace("=", "").strip()
        ok = near(p, x, units)
        checks.append((ln, p, fmt(x, max(digits(p), 4)), ok))
        if not ok:
            bad.append((p, fmt(x, digits(p))))
    if bad:
        wrong.append({"line": ln, "page": None, "printed": ", ".join(b[0] for b in bad),
                      "correct": ", ".join(b[1] for b in bad), "kind": kind_if_wrong, "why": why})
    else:
        right.append(ln)


# --- odds and logit examples (section 2) ---
judge("Nếu $P = 0.5$ → odds = 1", [("1", D("0.5") / D("0.5"), 0)], "odds = 0.5/0.5 = 1")
judge("Nếu $P = 0.8$ → odds = 4", [("4", D("0.8") / D("0.2"), 0)], "odds = 0.8/0.2 = 4")
judge("Nếu $P = 0.2$ → odds = 0.25", [("0.25", D("0.2") / D("0.8"), 0)], "odds = 0.2/0.8 = 0.25")
judge("Khi $P = 0.5$: $\\frac{0.5}{0.5} = 1$", [("1", 1, 0)], "0.5/0.5 = 1, log 1 = 0")
# --- sigmoid facts ---
judge("Khi $z = 0$ → $P = 0.5$", [("0.5", sig(0), 0)], "sigma(0) = 0.5")
judge("Đạo hàm đạt giá trị lớn nhất (0.25)", [("0.25", sig(0) * (1 - sig(0)), 0)], "max sigma' = 0.5*0.5 = 0.25")
judge("\\log(1 + e^z) \\approx \\log(1) = 0", [("0", 0, 0)], "log 1 = 0")

# --- worked example, section 11 ---
x = [D("1.0"), D("2.0")]
w = [D("0.3"), D("-0.5")]
y = D(1)
z = w[0] * x[0] + w[1] * x[1]
s = sig(z)
g = [(s - y) * xi for xi in x]

judge("Sigmoid output: 0.3775406687981454", [("0.3775406687981454", s, 1)],
      "sigmoid(w.x) with w.x = 0.3*1.0 + (-0.5)*2.0 = -0.7 is 0.3318122278318339; the printed output is "
      "sigmoid(-0.5), it does not come from the code above it", "first")
judge("Gradient: [-0.62245933 -1.24491866]", [("-0.62245933", g[0], 1), ("-1.24491866", g[1], 1)],
      "(sigmoid(-0.7) - 1) * [1.0, 2.0] = [-0.66818777, -1.33637554]; the printed gradient follows the wrong "
      "sigmoid output 0.37754 of the line before", "propagated")
judge("$z = w^T x = 0.3 \\times 1.0 + (-0.5) \\times 2.0 = 0.3 - 1.0 = -0.7$",
      [("= -0.7", z, 0)], "0.3*1.0 + (-0.5)*2.0 = -0.7")
judge("$\\sigma(z) = \\sigma(-0.7) \\approx 0.3775$", [("0.3775", s, 1), ("37.75", s * 100, 1)],
      "sigma(-0.7) = 1/(1+e^0.7) = 0.3318 (33.18%); 0.3775 is sigma(-0.5)", "first")
judge("nhưng dự đoán chỉ 37.75%", [("37.75", s * 100, 1)],
      "restates the wrong probability 37.75%; sigma(-0.7) = 33.18%", "propagated")
judge("5. **Gradient `[-0.6225, -1.2449]`:**", [("-0.6225", g[0], 1), ("-1.2449", g[1], 1)],
      "restates the wrong gradient; (sigma(-0.7) - 1)*[1, 2] = [-0.6682, -1.3364]", "propagated")
judge("(xác suất 37.75% < 50%)", [("37.75", s * 100, 1)],
      "restates the wrong probability 37.75%; sigma(-0.7) = 33.18% (the conclusion < 50% still holds)",
      "propagated")

wrong.sort(key=lambda e: e["line"])
right = sorted(set(right))
NOTES = ("Only section 11 has a worked example. Its pasted output 'Sigmoid output: 0.3775406687981454' is sigma(-0.5) "
         "although the code and the page's own line 'z = ... = -0.7' give sigma(-0.7) = 0.3318122278318339; the "
         "gradient [-0.62245933 -1.24491866] = (0.37754 - 1)*[1, 2] and the prose restating 0.3775 / 37.75% / "
         "[-0.6225, -1.2449] follow it. The line 'sigma(-0.7) ~ 0.3775' is judged first (the expression on the line "
         "is wrong by itself). Lines stating givens (x, w, y in the code and in item 3) are in neither list; the "
         "illustrative remarks 'odds = 3 ... gấp 3 lần' (line 76) and 'w1 = 2 ... logit tăng 2 đơn vị' (line 128) "
         "are a restated given / a unit interpretation, left out of both lists. Close call: none numerically; the "
         "code output line (410) sits inside a ```python fence but is printed text of the page.")

if __name__ == "__main__":
    for ln, p, x, ok in checks:
        print("line %4d  printed %-22s true %-26s %s" % (ln, p, x, "ok" if ok else "WRONG"))
    print("wrong lines:", [(e["line"], e["kind"]) for e in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        out = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote expected.json")
