#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.html, an excerpt (original lines 91-209,
verbatim) of `activation.html`, "Activation Functions & Stochastic Models", from the hand-written HTML study guide
github.com/namaray/Data-Mining-CSE-4891-Study-Guide (commit a519f8fa16158477f24c2408592f2e57dcdbb814).

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

One neuron, inputs I1 = I2 = 1, weights w1 = 0.5, w2 = -0.3: v = 0.2, then the output of five activations: threshold
(v >= 0 -> 1), piecewise-linear (v + 0.5 inside (-0.5, 0.5)), logistic sigmoid (a = 1), tanh, and the stochastic
neuron's firing probability P(v) = 1 / (1 + exp(-v / T)) at T = 10,000.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers rounds to p (a printed operand that is itself a rounded result may move within half a unit);
  (b) a value printed without working, or restated, is right within one unit of the true value (or when it follows
      from printed correct operands);
  (c) a restated wrong value is wrong, propagated.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, Decimal as D, getcontext

getcontext().prec = 60
DOCFILE = "doc.html"
FORMAT = "html"
SOURCE = ("https://github.com/namaray/Data-Mining-CSE-4891-Study-Guide/blob/"
          "a519f8fa16158477f24c2408592f2e57dcdbb814/activation.html")
LICENSE = ("none stated (no LICENSE file; the page footer reads '(c) 2024 Data Mining Study Guide'); doc.html is "
           "an excerpt only: original lines 91-209 (the worked example and the five calculations), verbatim, so "
           "original line = doc line + 90")
OFFSET = 90

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


def exp(x):
    return D(x).exp()


def tanh(x):
    e2 = exp(2 * D(x))
    return (e2 - 1) / (e2 + 1)


RIGHT, WRONG = {}, {}
REPORT = []


def judge_a(ln, printed, lo, hi, what):
    """(a): printed must be reachable by rounding a value in [lo, hi] (operand boxes) to its digits"""
    p = D(printed)
    ok = rnd(lo, printed) <= p <= rnd(hi, printed)
    REPORT.append((ln, "RIGHT" if ok else "WRONG", "%s: printed %s, from printed operands %s .. %s"
                   % (what, printed, lo.normalize(), hi.normalize())))
    if ok:
        RIGHT[ln] = what
    else:
        WRONG[ln] = dict(line=ln, page=None, printed=printed, correct=str(rnd((lo + hi) / 2, printed)),
                         kind="first", why=what)


def judge_b(ln, printed, true, what):
    """(b): printed within one unit of its last digit of the true value"""
    p = D(printed)
    ok = abs(p - D(true)) <= unit(printed)
    REPORT.append((ln, "RIGHT" if ok else "WRONG", "%s: printed %s, true %s" % (what, printed,
                                                                               D(true).quantize(D("1e-12")))))
    if ok:
        RIGHT[ln] = what
    else:
        WRONG[ln] = dict(line=ln, page=None, printed=printed, correct=str(rnd(true, printed)), kind="first", why=what)


def H(s):
    """a printed rounded operand: its half-unit box"""
    h = unit(s) / 2
    return D(s) - h, D(s) + h


# givens
I1, I2, W1, W2 = D(1), D(1), D("0.5"), D("-0.3")
V = I1 * W1 + I2 * W2                      # 0.2 exactly
T = D(10000)

# ---- the common example --------------------------------------------------------------------------------------
ln = line_of("v = 0.5 - 0.3")              # the products 1*0.5 and 1*(-0.3), restated
judge_b(ln, "0.5", I1 * W1, "1 x 0.5 = 0.5 (and 1 x -0.3 = -0.3)")
judge_a(line_of("<strong>v = 0.2</strong>"), "0.2", D("0.5") - D("0.3"), D("0.5") - D("0.3"), "v = 0.5 - 0.3")
judge_b(line_of("handle this input of 0.2"), "0.2", V, "restated v")
# ---- 1. threshold ----------------------------------------------------------------------------------------------
judge_b(line_of("Since v = 0.2", 1), "0.2", V, "restated v")
judge_b(line_of("And 0.2 &ge; 0") if any("And 0.2 &ge; 0" in t for t in DOC) else line_of("And 0.2 ≥ 0"),
        "0.2", V, "restated v in the test v >= 0")
judge_b(line_of("<strong>Output = 1</strong>"), "1", D(1) if V >= 0 else D(0), "threshold output (v >= 0)")
# ---- 2. piecewise-linear ---------------------------------------------------------------------------------------
judge_b(line_of("Since v = 0.2", 2), "0.2", V, "restated v")
judge_b(line_of("Check range: -0.5 &lt; 0.2") if any("Check range: -0.5 &lt; 0.2" in t for t in DOC)
        else line_of("Check range: -0.5 < 0.2"), "0.2", V, "restated v in the range test")
judge_b(line_of("Output = 0.2 + 0.5"), "0.2", V, "restated v in v + 0.5")
judge_a(line_of("<strong>Output = 0.7</strong>"), "0.7", D("0.2") + D("0.5"), D("0.2") + D("0.5"), "0.2 + 0.5")
# ---- 3. sigmoid ------------------------------------------------------------------------------------------------
judge_b(line_of("v = 0.2<br>", 1 + sum(1 for t in DOC[:line_of("3. Sigmoid") - 1] if "v = 0.2<br>" in t)),
        "0.2", V, "restated v")
judge_b(line_of("φ(0.2) = 1 / (1 + e"), "0.2", V, "restated v in the exponent")
judge_b(line_of("φ(0.2) = 1 / (1 + 0.8187)"), "0.8187", exp(-V), "e^-0.2")
judge_a(line_of("φ(0.2) = 1 / 1.8187"), "1.8187", 1 + H("0.8187")[0], 1 + H("0.8187")[1], "1 + 0.8187")
lo, hi = H("1.8187")
judge_a(line_of("<strong>Output = 0.5498</strong>"), "0.5498", 1 / hi, 1 / lo, "1 / 1.8187")
# ---- 4. tanh -----------------------------------------------------------------------------------------------------
tanh_start = line_of("4. Signum Function")
judge_b(next(i + 1 for i in range(tanh_start, len(DOC)) if "v = 0.2<br>" in DOC[i]), "0.2", V, "restated v")
judge_b(line_of("φ(0.2) = tanh(0.2)"), "0.2", V, "restated v")
judge_b(line_of("<strong>Output = 0.1973</strong>"), "0.1973", tanh(V),
        "tanh(0.2) printed without working (true 0.197375, within one unit of 0.1973)")
# ---- 5. stochastic neuron ----------------------------------------------------------------------------------------
judge_b(line_of("probability becomes 0.5"), "0.5", D("0.5"), "limit of 1/(1+e^(-v/T)) as T -> infinity")
judge_b(line_of("Let v = 0.2 and T = 10,000"), "0.2", V, "restated v")
judge_a(line_of("Exponent = -0.2 / 10000 = -0.00002"), "-0.00002", -D("0.2") / T, -D("0.2") / T, "-0.2 / 10000")
judge_b(line_of("P(0.2) = 1 / (1 + e"), "-0.00002", -V / T, "restated exponent")
judge_b(line_of("P(0.2) = 1 / (1 + 0.99998)"), "0.99998", exp(-V / T), "e^-0.00002")
judge_a(line_of("P(0.2) = 1 / 1.99998"), "1.99998", 1 + H("0.99998")[0], 1 + H("0.99998")[1], "1 + 0.99998")
lo, hi = H("1.99998")
judge_a(line_of("Firing Probability ≈ 0.500005"), "0.500005", 1 / hi, 1 / lo, "1 / 1.99998")

for ln, tag, why in sorted(REPORT):
    print("%4d (orig %4d) %-6s %-58s | %s" % (ln, ln + OFFSET, tag, DOC[ln - 1].strip()[:58], why))
print("\nright: %d  wrong: %d" % (len(RIGHT), len(WRONG)))
if set(RIGHT) & set(WRONG):
    raise SystemExit("line judged twice")

NOTES = (
    "Excerpt (no license): doc.html is original lines 91-209 of activation.html, verbatim; original line = doc line "
    "+ 90. One neuron (inputs 1, 1; weights 0.5, -0.3; v = 0.2) through five activations: threshold 1, piecewise "
    "linear 0.7, sigmoid 1/(1+0.8187) = 1/1.8187 = 0.5498, tanh(0.2) = 0.1973, and the stochastic neuron at T = "
    "10,000: -0.2/10000 = -0.00002, e^-0.00002 = 0.99998, 1/1.99998 = 0.500005. No error. Close call: tanh(0.2) = "
    "0.197375 prints as 0.1973 (0.1974 when rounded), within one unit of its last digit, so right by (b). Rule "
    "definitions (the bounds -0.5 and 0.5, 'If v >= 0.5 -> Output = 1'), the inputs, weights, slope a = 1 and T are "
    "givens; the line 'v = (1 * 0.5) + (1 * -0.3)' holds givens only.")

if "--write-expected" in sys.argv:
    out = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
           "wrong": [WRONG[k] for k in sorted(WRONG)], "right": sorted(RIGHT), "notes": NOTES}
    (HERE / "expected.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote expected.json")
