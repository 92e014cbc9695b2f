#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, a student's answers to the
logistic-regression quiz of AIO-2024 (AI VIET NAM "All-in-One" course, Module 8, week 1), notebook
`Mod8_W1.ipynb` of github.com/q4quang/AIO-2024 (CC0 1.0).

The notebook defines sigmoid / predict / binary cross-entropy / gradient X^T (y_hat - y) / m / accuracy by hand
in NumPy and evaluates five quiz items; each output is a bare NumPy repr (rule b):
  1. predict([22.3, -1.5, 1.1, 1], theta = [0.1, -0.15, 0.3, -0.2])  -> array([0.92988994])
  2. BCE(y = [1,0,0,1], y_hat = [0.8, 0.75, 0.3, 0.95]).round(3)     -> 0.504
  3. gradient for X = [[1,2],[2,1],[1,1],[2,2]], y = [0,1,0,1], y_hat = [0.25,0.75,0.4,0.8] -> [-0.0625, 0.0625]
  4. accuracy(y = [1,0,1,1], y_hat = [0.85,0.35,0.9,0.75])            -> 1.0
  5. gradient for X = [[1,3],[2,1],[3,2],[1,2]], y = [1,0,1,1], y_hat = [0.7,0.4,0.6,0.85] -> [-0.2125, -0.4]

Judging rule (the corpus's one rule; p a printed number, u one unit in its last printed digit):
  (a) a line printing p as the result of an expression of numbers printed on it: right only when redoing it from
      those numbers rounds to p;
  (b) a value printed without working: right within one unit of its last digit of the true value;
  (c) a restated wrong value is wrong, propagated.
Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import re
import sys
from decimal import Decimal as D
from decimal import ROUND_HALF_EVEN, getcontext

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/q4quang/AIO-2024/blob/838ad5fc9f7861992916a5039fc49a097b6841bc/Mod8_W1.ipynb")
LICENSE = ("CC0 1.0 Universal (repository LICENSE file at that commit); doc.ipynb is the notebook verbatim, "
           "byte for byte")
RAW = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")
RESULTS = {}


def line_of(sub, after=0):
    for i in range(after, len(RAW)):
        if sub in RAW[i]:
            return i + 1
    raise SystemExit("%s has no line containing %r after line %d" % (DOCFILE, sub, after))


def source_then_output(src_sub, out_rx):
    """line of the first text/plain output line matching out_rx after the code line containing src_sub."""
    s = line_of(src_sub)
    r = re.compile(out_rx)
    for i in range(s, len(RAW)):
        if '"cell_type"' in RAW[i]:
            break
        if r.search(RAW[i]):
            return i + 1, r.search(RAW[i])
    raise SystemExit("no output matching %r after %r" % (out_rx, src_sub))


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def ok(p, t):
    return abs(D(p) - D(t)) <= unit(p)


def rnd(t, p):
    return D(t).quantize(unit(p), rounding=ROUND_HALF_EVEN)


def judge(L, pairs, why):
    bad = [(p, t, lab) for p, t, lab in pairs if not ok(p, t)]
    if L in RESULTS:
        raise SystemExit("line %d judged twice" % L)
    RESULTS[L] = dict(status="right" if not bad else "first",
                      printed=", ".join(p for p, t, lab in bad),
                      correct=", ".join(str(rnd(t, p)) for p, t, lab in bad),
                      why=why + ("" if not bad else " -- wrong: " + "; ".join(
                          "%s printed %s, true %s" % (lab, p, rnd(t, p)) for p, t, lab in bad)))


def sig(z):
    return 1 / (1 + (-z).exp())


def vec(*xs):
    return [D(x) for x in xs]


def grad(X, y, yh):
    m = len(y)
    return [sum((yh[i] - y[i]) * X[i][j] for i in range(m)) / m for j in range(len(X[0]))]


# ---- item 1: predict ----
x = vec("22.3", "-1.5", "1.1", "1")
th = vec("0.1", "-0.15", "0.3", "-0.2")
z = sum(a * b for a, b in zip(x, th))
a = sig(z)
L, m = source_then_output('"predict(X, theta)"', r"array\(\[(-?[\d.]+)\]\)")
judge(L, [(m.group(1), a, "sigmoid(x.theta)")],
      "z = 22.3*0.1 - 1.5*(-0.15) + 1.1*0.3 + 1*(-0.2) = %s; sigmoid(z) = %s" % (z, rnd(a, "0.00000000001")))

# ---- item 2: binary cross-entropy ----
y = vec(1, 0, 0, 1)
yh = vec("0.8", "0.75", "0.3", "0.95")
bce = -sum(yi * p.ln() + (1 - yi) * (1 - p).ln() for yi, p in zip(y, yh)) / 4
L, m = source_then_output('"compute_loss(y_hat, y).round(3)"', r'^\s*"(-?\d+\.\d+)"\s*$')
judge(L, [(m.group(1), bce, "BCE")],
      "-(ln 0.8 + ln 0.25 + ln 0.7 + ln 0.95)/4 = %s -> %s" % (rnd(bce, "0.0000001"), rnd(bce, "0.001")))

# ---- item 3: gradient ----
X = [vec(1, 2), vec(2, 1), vec(1, 1), vec(2, 2)]
g = grad(X, vec(0, 1, 0, 1), vec("0.25", "0.75", "0.4", "0.8"))
L, m = source_then_output('"y_hat = np.array([0.25, 0.75, 0.4, 0.8])', r"array\(\[\s*(-?[\d.]+),\s*(-?[\d.]+)\s*\]\)")
judge(L, [(m.group(1), g[0], "dtheta_1"), (m.group(2), g[1], "dtheta_2")],
      "X^T (y_hat - y)/4 with y_hat - y = [0.25, -0.25, 0.4, -0.2]: [%s, %s]" % (g[0], g[1]))

# ---- item 4: accuracy ----
yy = [1, 0, 1, 1]
pp = vec("0.85", "0.35", "0.9", "0.75")
pred = [1 if p >= D("0.5") else 0 for p in pp]
acc = D(sum(1 for a_, b_ in zip(pred, yy) if a_ == b_)) / 4
L, m = source_then_output('"compute_accuracy(y, y_hat)"', r'^\s*"(-?\d+\.\d+)"\s*$')
judge(L, [(m.group(1), acc, "accuracy")], "round(y_hat) = %s vs y = %s: accuracy %s" % (pred, yy, acc))

# ---- item 5: gradient ----
X = [vec(1, 3), vec(2, 1), vec(3, 2), vec(1, 2)]
g = grad(X, vec(1, 0, 1, 1), vec("0.7", "0.4", "0.6", "0.85"))
L, m = source_then_output('"y_hat = np.array([0.7, 0.4, 0.6, 0.85])', r"array\(\[\s*(-?[\d.]+),\s*(-?[\d.]+)\s*\]\)")
judge(L, [(m.group(1), g[0], "dtheta_1"), (m.group(2), g[1], "dtheta_2")],
      "X^T (y_hat - y)/4 with y_hat - y = [-0.3, 0.4, -0.4, -0.15]: [%s, %s]" % (g[0], g[1]))

# ---- report ----
wrong = [dict(line=L, page=None, printed=r["printed"], correct=r["correct"], kind=r["status"], why=r["why"])
         for L, r in sorted(RESULTS.items()) if r["status"] != "right"]
right = [L for L, r in sorted(RESULTS.items()) if r["status"] == "right"]
for L, r in sorted(RESULTS.items()):
    print("%5d %-6s %s" % (L, r["status"], r["why"]))
print("wrong: %d, right: %d" % (len(wrong), len(right)))
if "--write-expected" in sys.argv:
    exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE, "wrong": wrong, "right": right,
           "notes": ("Student answers (AIO-2024 Module 8 week 1, logistic regression) computed in NumPy. All five "
                     "outputs are right: sigmoid(2.585) = 0.92988994, BCE 0.50435 -> 0.504, gradients "
                     "[-0.0625, 0.0625] and [-0.2125, -0.4], accuracy 1.0. Code-only lines (givens y, y_hat, X, "
                     "theta) are in neither list. A clean false-alarm test.")}
    (HERE / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote expected.json")
