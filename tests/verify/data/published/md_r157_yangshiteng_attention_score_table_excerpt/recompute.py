#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt (original line numbers kept,
cut lines left blank) of deep_learning/transformer/attention_score_calculation.md of
github.com/yangshiteng/Data-Science-Learning-Path (Shiteng Yang; no license, hence the excerpt).

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

The only worked numbers: the "Example (Simplified)" table for the query of "sat" in "The cat sat":
  Dot Product Score (givens) 2.0, 4.0, 6.0 -> After Scaling 1.0, 2.0, 3.0 -> Attention Weight 0.10, 0.30, 0.60.
  * After Scaling = score / sqrt(d_k) (the page's formula).  The page never states d_k; the three scaled values
    share one divisor, 2 (d_k = 4), so they are taken as consistent and right.
  * Attention Weight = softmax of the scaled scores (the page: "Now apply softmax to the scaled scores"), true
    [0.0900, 0.2447, 0.6652].

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit): a value printed without its
working is right when within one unit of its last digit of the true value; a line is wrong when any computed
number on it is wrong.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/yangshiteng/Data-Science-Learning-Path/blob/8657daf946f66e35daee966c1f12ad60d7fbf271/"
          "deep_learning/transformer/attention_score_calculation.md")
LICENSE = ("none stated (no LICENSE file in the repository); doc.md is an excerpt: title, formulas and the example "
           "table at their original line numbers, the prose lines left blank")

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


assert "softmax" in DOC[line_of("Attention Weights} =") - 1] and "sqrt{d_k}" in DOC[line_of("Attention Weights} =") - 1]
hdr = line_of("| Word  | Dot Product Score | After Scaling | Attention Weight |")
rows = []
for word in ('"the"', '"cat"', '"sat"'):
    n = line_of("| %s |" % word)
    assert n > hdr
    cells = [c.strip() for c in DOC[n - 1].strip().strip("|").split("|")]
    rows.append((n, word, cells[1], cells[2], cells[3]))

scores = [D(r[2]) for r in rows]
divisor = scores[0] / D(rows[0][3])            # sqrt(d_k) implied by the first row
assert divisor == 2, divisor
scaled_true = [s / divisor for s in scores]
ex = [v.exp() for v in scaled_true]
tot = sum(ex)
w_true = [e / tot for e in ex]

CHECKS = []
for (n, word, s, sc, w), st, wt in zip(rows, scaled_true, w_true):
    ok_sc = near(sc, st)
    CHECKS.append({"line": n, "printed": sc, "true": st, "ok": ok_sc,
                   "why": "%s / sqrt(d_k) with the one divisor 2 the table implies (d_k = 4) = %s" % (s, st)})
    ok_w = near(w, wt)
    CHECKS.append({"line": n, "printed": w, "true": wt, "ok": ok_w,
                   "why": "softmax([1.0, 2.0, 3.0]) for %s = e^%s / (e^1 + e^2 + e^3) = %.4f" % (
                       word, st.normalize(), wt)})

wrong, right = [], []
for n in sorted({c["line"] for c in CHECKS}):
    cs = [c for c in CHECKS if c["line"] == n]
    bad = [c for c in cs if not c["ok"]]
    print("line %3d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()))
    for c in cs:
        print("           printed %-5s true %.6f  %s" % (c["printed"], c["true"], "ok" if c["ok"] else "WRONG"))
    if bad:
        wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                      "correct": ", ".join(str(rnd(c["true"], c["printed"])) for c in bad),
                      "kind": "first", "why": "; ".join(c["why"] for c in bad)})
    else:
        right.append(n)

NOTES = ("The table's weights [0.10, 0.30, 0.60] sum to 1 but are not the softmax of the scaled scores [1.0, 2.0, 3.0]: "
         "e^1 + e^2 + e^3 = 30.193, weights [0.0900, 0.2447, 0.6652]. 'cat' 0.30 (true 0.24) and 'sat' 0.60 (true "
         "0.67) are wrong, first (each row is its own softmax entry, not a restatement). 'the' 0.10 is a close call: "
         "true 0.0900 rounds to 0.09, one unit from 0.10, so right under rule (b). The 'After Scaling' column "
         "[1.0, 2.0, 3.0] is score / sqrt(d_k) with d_k never stated; one common divisor 2 (d_k = 4) fits all three, "
         "so it is taken as right. Softmax of the unscaled scores [2, 4, 6] would be [0.0159, 0.1173, 0.8668], "
         "further off; the page says softmax is applied to the scaled scores.")

print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
print("right lines:", right)
if "--write-expected" in sys.argv:
    exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
           "wrong": wrong, "right": right, "notes": NOTES}
    (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("expected.json written")
