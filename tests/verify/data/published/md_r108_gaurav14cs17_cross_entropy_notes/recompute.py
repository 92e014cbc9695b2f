#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of the "Cross-Entropy" notes
(03_probability_statistics/03_information_theory/01_cross_entropy/README.md) of Gaurav14cs17's
ml-researcher-foundations: softmax cross-entropy gradient p - y, the max-subtraction softmax example
z = [1000, 1001, 999], label smoothing (C = 3, alpha = 0.1), focal loss for p_t = 0.9 / 0.5 / 0.1 with gamma = 2,
and temperature softmax of z = [1, 2, 3] at T = 1, 2, 10, 0.5.

Plain Python 3 (decimal at 60 digits); imports nothing from nnwalk or its generator. "log" is the natural log
(the page's focal-loss values 0.17 and 1.87 are -ln based), followed here.

Judging rule (p a printed number, u one unit in its last digit):
  (a) p printed as the result of an expression of numbers printed on the line is right only when the expression
      redone from those numbers rounds to p (a printed rounded operand may lie within half a unit; givens exact);
  (b) a value printed without working, or restated, is right within one unit of the true value, or when it follows
      from printed correct operands;
  (c) restated wrong values / values computed from wrong ones are wrong (propagated).
Usage: python3 recompute.py [--write-expected]
"""
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/Gaurav14cs17/ml-researcher-foundations/blob/e0e262ee2b56631342bbbefede0f20e04b3c0ede/"
          "03_probability_statistics/03_information_theory/01_cross_entropy/README.md")
LICENSE = ("none stated (no LICENSE file in the repository); doc.md is an excerpt of only the worked-number blocks, "
           "line for line with Markdown kept (see SOURCE.md)")
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


RESULTS = {}


def told(line, printed, true, why="", kind="first", follows=False, exact_only=False):
    if printed not in DOC[line - 1]:
        raise SystemExit("line %d does not hold %r: %s" % (line, printed, DOC[line - 1]))
    ok = (rnd(true, printed) == D(printed)) if exact_only else (near(printed, true) or follows)
    RESULTS.setdefault(line, []).append((ok, printed, str(rnd(true, printed)), kind,
                                         why or "true value %s" % rnd(true, printed)))


def softmax(zs, T=D(1)):
    e = [(D(z) / D(T)).exp() for z in zs]
    s = sum(e)
    return [v / s for v in e]


# gradient p - y
l = line_of("∇L = [0.1, -0.3, 0.2]")
for s, v in zip(("0.1", "-0.3", "0.2"), (D("0.1") - 0, D("0.7") - 1, D("0.2") - 0)):
    told(l, s, v)

# exp(1000) ~ 10^434: judged on the exponent, log10(e^1000) = 434.29
l = line_of("exp(1000) ≈ 10⁴³⁴")
RESULTS.setdefault(l, []).append((rnd(D(1000) / D(10).ln(), "1") == 434, "10⁴³⁴", "10^434.29 (1.97e434)", "first",
                                  "log10(e^1000) = 434.29, rounds to 434"))

l = line_of("z' = z - 1001 = [-1, 0, -2]")
for s, v in zip(("-1", "0", "-2"), (D(1000) - 1001, D(1001) - 1001, D(999) - 1001)):
    told(l, s, v)

P = softmax([-1, 0, -2])
l = line_of("≈ [0.268, 0.665, 0.099]")
told(l, "0.268", P[0], why="e^-1/(e^-1 + 1 + e^-2) = 0.2447 (0.268 is not the softmax; e^-1/(e^-1+1) = 0.2689)")
told(l, "0.665", P[1])
told(l, "0.099", P[2], why="e^-2/(e^-1 + 1 + e^-2) = 0.0900")

a, C = D("0.1"), D(3)
l = line_of("Smoothed: y = [0.033, 0.933, 0.033]")
told(l, "0.033", a / C); told(l, "0.933", 1 - a + a / C)
l = line_of("1 → 0.9 + 0.1/3 = 0.933")
told(l, "0.9", 1 - a); told(l, "0.933", D("0.9") + a / C)
l = line_of("0 → 0.1/3 = 0.033")
told(l, "0.033", a / C)

FL = {}
for pt, w, fl in (("0.9", "0.01", "0.001"), ("0.5", "0.25", "0.17"), ("0.1", "0.81", "1.87")):
    l = line_of("p_t = %s (" % pt)
    told(l, w, (1 - D(pt)) ** 2)
    FL[pt] = (1 - D(pt)) ** 2 * -D(pt).ln()
    told(l, fl, FL[pt])
l = line_of("Hard example gets 1870× more weight")
told(l, "1870", FL["0.1"] / FL["0.9"], follows=True,
     why="follows from the printed 1.87 / 0.001 (true loss ratio 1770, weight ratio 0.81/0.01 = 81); close call")

Z = [1, 2, 3]
for T, tag in ((D(1), "T=1:"), (D(2), "T=2:"), (D(10), "T=10:"), (D("0.5"), "T=0.5:")):
    l = line_of("  %s" % tag)
    seg = DOC[l - 1].split("[")[1].split("]")[0]
    for s, v in zip([x.strip() for x in seg.split(",")], softmax(Z, T)):
        told(l, s, v, why="softmax([1, 2, 3]/%s) = %s" % (T, [str(rnd(q, "0.01")) for q in softmax(Z, T)]))

wrong, right = [], []
for line in sorted(RESULTS):
    bad = [r for r in RESULTS[line] if not r[0]]
    if bad:
        wrong.append({"line": line, "page": None, "printed": ", ".join(b[1] for b in bad),
                      "correct": ", ".join(b[2] for b in bad), "kind": bad[0][3], "why": "; ".join(b[4] for b in bad)})
    else:
        right.append(line)
for line in sorted(RESULTS):
    tag = "WRONG" if any(not r[0] for r in RESULTS[line]) else "ok   "
    print("%s %4d  %s" % (tag, line, DOC[line - 1].strip()[:100]))
    for ok, printed, correct, kind, why in RESULTS[line]:
        if not ok:
            print("           printed %s correct %s (%s): %s" % (printed, correct, kind, why))
print("wrong: %d (first %d, propagated %d), right: %d" % (
    len(wrong), sum(w["kind"] == "first" for w in wrong), sum(w["kind"] == "propagated" for w in wrong), len(right)))
NOTES = ("log is the natural log (the page's focal-loss values are ln based). Close calls judged right: "
         "'exp(1000) ≈ 10⁴³⁴' (e^1000 = 1.97e434; exponent 434.29 rounds to 434); T=0.5 softmax printed "
         "[0.02, 0.12, 0.86], true [0.0159, 0.1173, 0.8668] -> 0.87, one unit off (rule b); 'Hard example gets 1870× "
         "more weight than easy' follows from the printed rounded 1.87 / 0.001 (true focal-loss ratio 1770; the "
         "modulating weights (1-p_t)^2 differ only 81x) - a reader could call it wrong. Wrong: the max-subtraction "
         "softmax of [-1, 0, -2] is printed [0.268, 0.665, 0.099] (true [0.245, 0.665, 0.090]); the T=2 softmax of "
         "[1, 2, 3] is printed [0.16, 0.29, 0.55] (true [0.19, 0.31, 0.51]).")
if "--write-expected" in sys.argv:
    out = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE, "wrong": wrong, "right": right,
           "notes": NOTES}
    (HERE / "expected.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote expected.json")
