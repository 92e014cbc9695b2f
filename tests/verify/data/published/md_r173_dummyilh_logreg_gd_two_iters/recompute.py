#!/usr/bin/env python3
"""Independent recomputation of every computed number in doc.md, an excerpt (worked lines only) of
Regression/Logistic/5_ Gradient Descent.md in dummy-ilh/MINE: two iterations of batch gradient descent for a
one-feature logistic regression (2 customers, x = complaints, y = churn), b = w = 0, learning rate 0.1.

Plain Python 3, decimal at 60 digits; no nnwalk / generator import.
Judging rule: (a) a result printed with its working is right when redoing the working from the numbers printed on
the line (givens exact; a rounded earlier result anywhere within half a unit of its last digit) rounds to it;
(b) a value restated without working is right when within one unit of its last digit of the true value, or when it
equals the correct printed operand it restates.

Usage:  python3 recompute.py                   (report)
        python3 recompute.py --write-expected  (also writes expected.json)
"""
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, Decimal as D, getcontext

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
LINES = (HERE / "doc.md").read_text(encoding="utf-8").split("\n")
SOURCE = ("https://github.com/dummy-ilh/MINE/blob/3332aec2fe3a5e31074d70e9f1a0fbba16683880/"
          "Regression/Logistic/5_%20Gradient%20Descent.md")
LICENSE = ("none stated (no LICENSE file in the repository); doc.md is an excerpt of only the worked lines "
           "(data table, givens, equations and numbers; prose parentheticals dropped), not the page")


def line_of(sub, start=1):
    hits = [i + 1 for i, t in enumerate(LINES) if sub in t and i + 1 >= start]
    if not hits:
        raise SystemExit(f"line with {sub!r} not found (from line {start})")
    return hits[0]


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def half(p):
    """interval of a rounded printed operand"""
    return D(p) - unit(p) / 2, D(p) + unit(p) / 2


def sig(z):
    return 1 / (1 + (-D(z)).exp())


wrong, right, report = [], [], []


def judge(sub, items, start=1):
    """items: (printed, lo, hi, true, mode, why); mode 'a' (working on the line) or 'b' (restated)."""
    n = line_of(sub, start)
    text = LINES[n - 1]
    bad = []
    for printed, lo, hi, true, mode, why in items:
        assert printed in text, (n, printed, text)
        p = D(printed)
        lo, hi = min(D(lo), D(hi)), max(D(lo), D(hi))
        ok = rnd(lo, p) <= p <= rnd(hi, p)
        if not ok and mode == "b":
            ok = abs(p - D(true)) <= unit(p)
        report.append(f"line {n:3d}  {'ok ' if ok else 'BAD'}  {printed:>8s}  {why}")
        if not ok:
            bad.append((printed, str(rnd(true, p)), why))
    if bad:
        wrong.append({"line": n, "page": None, "printed": ", ".join(b[0] for b in bad),
                      "correct": ", ".join(b[1] for b in bad), "kind": "first",
                      "why": "; ".join(b[2] for b in bad)})
    else:
        right.append(n)
    return n


# givens
x = [D(1), D(3)]
y = [D(0), D(1)]
lr = D("0.1")

# ---------------- iteration 1 (exact) ----------------
w, b = D(0), D(0)
z = [b + w * xi for xi in x]
p = [sig(zi) for zi in z]
e = [p[i] - y[i] for i in range(2)]
gw = (e[0] * x[0] + e[1] * x[1]) / 2
gb = (e[0] + e[1]) / 2
w1, b1 = w - lr * gw, b - lr * gb
a1 = judge("Customer 1: `z = 0 + (0 × 1) = 0`", [
    ("0.5", p[0], p[0], p[0], "a", "z = 0 + 0*1 = 0, sigmoid(0) = 0.5")])
judge("Customer 2: `z = 0 + (0 × 3) = 0`", [
    ("0.5", p[1], p[1], p[1], "a", "z = 0 + 0*3 = 0, sigmoid(0) = 0.5")])
judge("`p - y = 0.5 - 0 = 0.5`", [("0.5", e[0], e[0], e[0], "a", "0.5 - 0 = 0.5")])
judge("`p - y = 0.5 - 1 = -0.5`", [("-0.5", e[1], e[1], e[1], "a", "0.5 - 1 = -0.5")])
judge("gradient_w = [ (0.5 × 1) + (-0.5 × 3) ] / 2", [
    ("0.5", e[0], e[0], e[0], "b", "restates e1 = 0.5"), ("-0.5", e[1], e[1], e[1], "b", "restates e2 = -0.5")])
judge("gradient_w = [ 0.5 + (-1.5) ] / 2", [
    ("0.5", e[0] * 1, e[0] * 1, e[0], "a", "0.5*1 = 0.5"), ("-1.5", e[1] * 3, e[1] * 3, e[1] * 3, "a", "-0.5*3 = -1.5")])
judge("gradient_w = -1.0 / 2", [("-1.0", D("-1.0"), D("-1.0"), 2 * gw, "a", "0.5 + (-1.5) = -1.0")])
judge("gradient_w = -0.5", [("-0.5", gw, gw, gw, "a", "-1.0/2 = -0.5")])
judge("gradient_b = [ 0.5 + (-0.5) ] / 2", [
    ("0.5", e[0], e[0], e[0], "b", "restates e1 = 0.5"), ("-0.5", e[1], e[1], e[1], "b", "restates e2 = -0.5")])
judge("gradient_b = 0.0 / 2", [("0.0", 2 * gb, 2 * gb, 2 * gb, "a", "0.5 + (-0.5) = 0.0")])
judge("gradient_b = 0.0", [("0.0", gb, gb, gb, "a", "0.0/2 = 0.0")], start=line_of("gradient_b = 0.0 / 2") + 1)
judge("new_w = 0 - (0.1 × -0.5)", [("-0.5", gw, gw, gw, "b", "restates gradient_w = -0.5")])
judge("new_w = 0 + 0.05", [("0.05", -lr * gw, -lr * gw, -lr * gw, "a", "-(0.1 * -0.5) = 0.05")])
judge("new_w = 0.05", [("0.05", w1, w1, w1, "a", "0 + 0.05 = 0.05")], start=line_of("new_w = 0 + 0.05") + 1)
judge("new_b = 0 - (0.1 × 0.0)", [("0.0", gb, gb, gb, "b", "restates gradient_b = 0.0")])
nb = judge("new_b = 0", [("0", b1, b1, b1, "a", "0 - 0.1*0.0 = 0")], start=line_of("new_b = 0 - (0.1 × 0.0)") + 1)
assert LINES[nb - 1].strip() == "new_b = 0", LINES[nb - 1]
judge("After Iteration 1: w = 0.05, b = 0.", [
    ("0.05", w1, w1, w1, "b", "restates w = 0.05"), ("0", b1, b1, b1, "b", "restates b = 0")])

# ---------------- iteration 2 ----------------
# exact chain (true values)
z2 = [b1 + w1 * xi for xi in x]
p2 = [sig(zi) for zi in z2]
e2 = [p2[i] - y[i] for i in range(2)]
gw2 = (e2[0] * x[0] + e2[1] * x[1]) / 2
gb2 = (e2[0] + e2[1]) / 2
w2, b2 = w1 - lr * gw2, b1 - lr * gb2
judge("Customer 1: `z = 0 + (0.05 × 1) = 0.05`", [
    ("0.05", z2[0], z2[0], z2[0], "a", "z = 0 + 0.05*1 = 0.05"),
    ("0.5125", sig(D("0.05")), sig(D("0.05")), p2[0], "a", f"sigmoid(0.05) = {rnd(p2[0], D('0.0000001'))}")])
judge("Customer 2: `z = 0 + (0.05 × 3) = 0.15`", [
    ("0.15", z2[1], z2[1], z2[1], "a", "z = 0 + 0.05*3 = 0.15"),
    ("0.5374", sig(D("0.15")), sig(D("0.15")), p2[1], "a", f"sigmoid(0.15) = {rnd(p2[1], D('0.0000001'))}")])
lo, hi = half("0.5125")
judge("`p - y = 0.5125 - 0 = 0.5125`", [("0.5125", lo, hi, e2[0], "a", "0.5125 - 0 = 0.5125")])
lo, hi = half("0.5374")
judge("`p - y = 0.5374 - 1 = -0.4626`", [("-0.4626", lo - 1, hi - 1, e2[1], "a", "0.5374 - 1 = -0.4626")])
judge("gradient_w = [ (0.5125 × 1) + (-0.4626 × 3) ] / 2", [
    ("0.5125", e2[0], e2[0], e2[0], "b", f"restates e1 (true {rnd(e2[0], D('0.000001'))})"),
    ("-0.4626", e2[1], e2[1], e2[1], "b", f"restates e2 (true {rnd(e2[1], D('0.000001'))})")])
lo, hi = half("-0.4626")
judge("gradient_w = [ 0.5125 + (-1.3878) ] / 2", [
    ("0.5125", e2[0], e2[0], e2[0], "b", "0.5125*1 restated"),
    ("-1.3878", 3 * lo, 3 * hi, 3 * e2[1], "a", "-0.4626*3 = -1.3878")])
l1, h1 = half("0.5125")
l2, h2 = half("-1.3878")
judge("gradient_w = -0.8753 / 2", [("-0.8753", l1 + l2, h1 + h2, 2 * gw2, "a", "0.5125 + (-1.3878) = -0.8753")])
lo, hi = half("-0.8753")
judge("gradient_w = -0.4377", [("-0.4377", lo / 2, hi / 2, gw2, "a",
                                f"-0.8753/2 = -0.43765 (true gradient {rnd(gw2, D('0.000001'))})")])
judge("gradient_b = [ 0.5125 + (-0.4626) ] / 2", [
    ("0.5125", e2[0], e2[0], e2[0], "b", "restates e1"), ("-0.4626", e2[1], e2[1], e2[1], "b", "restates e2")])
l1, h1 = half("0.5125")
l2, h2 = half("-0.4626")
judge("gradient_b = 0.0499 / 2", [("0.0499", l1 + l2, h1 + h2, 2 * gb2, "a", "0.5125 - 0.4626 = 0.0499")])
lo, hi = half("0.0499")
judge("gradient_b = 0.0250", [("0.0250", lo / 2, hi / 2, gb2, "a",
                               f"0.0499/2 = 0.02495 (true {rnd(gb2, D('0.000001'))})")])
lo, hi = half("-0.4377")
l3, h3 = half("0.0438")
judge("new_w = 0.05 - (0.1 × -0.4377)", [
    ("-0.4377", gw2, gw2, gw2, "b", "restates gradient_w"),
    ("0.0438", -lr * lo, -lr * hi, -lr * gw2, "a", "0.1*0.4377 = 0.04377"),
    ("0.0938", D("0.05") + l3, D("0.05") + h3, w2, "a", f"0.05 + 0.0438 = 0.0938 (true w {rnd(w2, D('0.000001'))})")])
lo, hi = half("0.0250")
judge("new_b = 0 - (0.1 × 0.0250)", [
    ("-0.0025", -lr * lo, -lr * hi, b2, "a", f"0 - 0.1*0.0250 = -0.0025 (true b {rnd(b2, D('0.0000001'))})")])
judge("After Iteration 2: w ≈ 0.0938, b ≈ -0.0025.", [
    ("0.0938", w2, w2, w2, "b", "restates w"), ("-0.0025", b2, b2, b2, "b", "restates b")])
judge("(0 → 0.05 → 0.094)", [("0.05", w1, w1, w1, "b", "restates w after iteration 1"),
                              ("0.094", D("0.0938"), D("0.0938"), w2, "b", "w after iteration 2, 0.0938 to 3 places")])
judge("Iteration 1: ∇w=-0.5, ∇b=0.0", [
    ("-0.5", gw, gw, gw, "b", "restates gradient_w"), ("0.0", gb, gb, gb, "b", "restates gradient_b"),
    ("0.05", w1, w1, w1, "b", "restates w"), ("0", b1, b1, b1, "b", "restates b")])
judge("Iteration 2: ∇w=-0.4377, ∇b=0.025", [
    ("-0.4377", D("-0.4377"), D("-0.4377"), gw2, "b", "restates gradient_w"),
    ("0.025", D("0.0250"), D("0.0250"), gb2, "b", "restates gradient_b"),
    ("0.0938", w2, w2, w2, "b", "restates w"), ("-0.0025", b2, b2, b2, "b", "restates b")])

print("\n".join(report))
print(f"wrong lines: {len(wrong)}  right lines: {len(right)}")
if "--write-expected" in sys.argv:
    out = {"file": "doc.md", "format": "md", "source": SOURCE, "license": LICENSE,
           "wrong": wrong, "right": sorted(right),
           "notes": ("Two iterations of batch gradient descent for logistic regression p = sigmoid(b + w x) on two "
                     "points (x, y) = (1, 0), (3, 1), b = w = 0, learning rate 0.1, gradients averaged over N = 2. "
                     "Iteration 1 is exact (p = 0.5, gradient_w = -0.5, gradient_b = 0, w = 0.05, b = 0). "
                     "Iteration 2: sigmoid(0.05) = 0.5124974 and sigmoid(0.15) = 0.5374298, errors 0.5124974 and "
                     "-0.4625702, gradient_w = -0.4376066, gradient_b = 0.0249636, w = 0.0937607, b = -0.0024964. "
                     "Every computed number is right: the page works to 4 decimals and carries its own rounded "
                     "values. Close calls: gradient_w = -0.4377 is -0.8753/2 = -0.43765 rounded half up (the exact "
                     "chain gives -0.43761, within one unit); gradient_b = 0.0250 is 0.0499/2 = 0.02495 rounded up "
                     "(true 0.02496); 0.0438 = 0.1 * 0.4377. Lines with only restated operands (e.g. the bracketed "
                     "sums before their results) count as right. Neither list: the data table, the givens block, "
                     "section headings and the formula-only recap lines."),
           }
    (HERE / "expected.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote expected.json")
