#!/usr/bin/env python3
"""Independent recomputation of every computed number in doc.md, an excerpt of
"Simple RNN Indepth Intuition/simple example.md" of github.com/Sakib-Hasan3/Deep-Learning: a one-unit tanh RNN
(a_t = W_xh x_t + W_hh h_{t-1}, h_t = tanh(a_t), y_t = W_hy h_t, L = 1/2 sum (y_t - t_t)^2) run forward over
x = [1, 2, 3] with targets [0.5, 1.0, 1.5], W_xh = 0.5, W_hh = 0.1, W_hy = 1.0, h_0 = 0; then backpropagation
through time t = 3 -> 1, the summed gradients, and one gradient-descent step with lr = 0.1.

The file as published is an unresolved merge conflict ("<<<<<<< HEAD" ... "=======" ... ">>>>>>> f45ebba..."),
both sides holding the same text, so every worked line appears twice; both copies are judged.  The repository has
no license, so doc.md blanks the three prose lines of each copy (two Bengali sentences and the closing Bengali
remark); every other line is kept byte for byte at its original line number.

Plain Python 3, decimal at 60 digits; does not import nnwalk or the generator.

Judging rule (p a printed number, u one unit in its last printed digit):
  (a) p printed as the result of an expression of numbers printed on the same line is right only when redoing the
      expression from those numbers, rounded to p's digits, gives p; a printed operand that is itself a rounded
      result may lie anywhere within half a unit of its last digit, a given is exact;
  (b) a value printed without working (or restated) is right when within one unit of its last digit of the true
      value, or when it follows from printed correct operands;
  (c) a restated or recomputed consequence of a wrong value is wrong ("propagated").
Usage:  python3 recompute.py                   (report)
        python3 recompute.py --write-expected  (also writes expected.json)
"""
import itertools
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, Decimal as D, getcontext

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOCFILE = "doc.md"
SOURCE = ("https://github.com/Sakib-Hasan3/Deep-Learning/blob/c32345c560b851e6925d314efb612261a65e6d49/"
          "Simple%20RNN%20Indepth%20Intuition/simple%20example.md")
LICENSE = ("none (no LICENSE/COPYING file in the repository, none stated in the file); doc.md is an excerpt: the "
           "three prose lines of each merge-conflict copy (lines 4, 11, 135, 142, 149, 273) are blanked, every other "
           "line is kept byte for byte at its original line number")
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")
OFFSET = 138          # second copy of the text = first copy's line + 138 (between "=======" and ">>>>>>>")


def tanh(x):
    e = (2 * D(x)).exp()
    return (e - 1) / (e + 1)


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


# ---------------------------------------------------------------- exact recomputation from the givens
Wxh, Whh, Why = D("0.5"), D("0.1"), D("1.0")
xs = [D(1), D(2), D(3)]
ts = [D("0.5"), D("1.0"), D("1.5")]
lr = D("0.1")
h = [D(0)]
a = []
for x in xs:
    a.append(Wxh * x + Whh * h[-1])
    h.append(tanh(a[-1]))
y = [Why * v for v in h[1:]]
L = sum((yy - tt) ** 2 for yy, tt in zip(y, ts)) / 2
T = {"a1": a[0], "a2": a[1], "a3": a[2], "h1": h[1], "h2": h[2], "h3": h[3], "y1": y[0], "y2": y[1],
     "y3": y[2], "L": L}
dn = D(0)
gxh = ghh = ghy = D(0)
for k in (3, 2, 1):
    dy = y[k - 1] - ts[k - 1]
    dh = dy * Why + dn
    da = dh * (1 - h[k] ** 2)
    ghy += dy * h[k]
    gxh += da * xs[k - 1]
    ghh += da * h[k - 1]
    dn = da * Whh
    T.update({"dy%d" % k: dy, "dh%d" % k: dh, "da%d" % k: da, "dn%d" % k: dn})
T.update({"dWxh": gxh, "dWhh": ghh, "dWhy": ghy,
          "Wxh1": Wxh - lr * gxh, "Whh1": Whh - lr * ghh, "Why1": Why - lr * ghy})

# ---------------------------------------------------------------- judging helpers
RESULTS = {}      # line -> list of (ok, printed, correct, why)


def find(text, start=1, end=None):
    """1-based line number of the unique line in [start, end] containing text; fail loudly otherwise."""
    end = end or len(DOC)
    hits = [i + 1 for i in range(start - 1, end) if text in DOC[i]]
    if len(hits) != 1:
        raise SystemExit("expected exactly one line with %r in lines %d-%d, found %s" % (text, start, end, hits))
    return hits[0]


def record(line, ok, printed, correct, why):
    assert printed in DOC[line - 1], (line, printed, DOC[line - 1])
    RESULTS.setdefault(line, []).append((ok, printed, correct, why))


def rule_b(line, printed, key, why=""):
    """value printed without working / restated: within one unit of the true value."""
    true = T[key]
    ok = abs(D(printed) - rnd(true, printed)) <= unit(printed)
    record(line, ok, printed, str(rnd(true, printed)), why or "%s: true %s" % (key, format(true, ".8f")))


def rule_a(line, printed, key, f, operands, why=""):
    """printed = f(operands) on the line; operands are (text, is_given). Rounded operands move within half a unit;
    the expressions here are monotone in each operand, so the corners of the box bound the range."""
    boxes = []
    for txt, given in operands:
        v = D(txt)
        if given:
            boxes.append([v])
        else:
            hu = unit(txt) / 2
            boxes.append([v - hu, v + hu])
    vals = [f(*c) for c in itertools.product(*boxes)]
    lo, hi = min(vals), max(vals)
    p = D(printed)
    # p is reachable when [p - u/2, p + u/2] meets [lo, hi]
    u = unit(printed)
    ok_a = (p - u / 2) <= hi and (p + u / 2) >= lo
    exact = f(*[D(t) for t, _ in operands])
    true = T[key]
    ok_true = abs(p - rnd(true, printed)) <= u
    ok = ok_a and ok_true
    text = why or ("%s: from printed operands %s (range %s..%s); true %s"
                   % (key, format(exact, ".8f"), format(lo, ".8f"), format(hi, ".8f"), format(true, ".8f")))
    record(line, ok, printed, str(rnd(true, printed)), text)


def judge_copy(base):
    """base = first line of this copy ('## 0) Simple dataset')."""
    end = base + 136
    # forward-pass table (computed a_t, h_t, y_t; x_t and targets are givens)
    l1 = find("| 1 |     1 |", base, end)
    l2 = find("| 2 |     2 |", base, end)
    l3 = find("| 3 |     3 |", base, end)
    for ln, k, (ap, hp, yp) in ((l1, 1, ("0.5000", "0.4621", "0.4621")), (l2, 2, ("1.0462", "0.7803", "0.7803")),
                                (l3, 3, ("1.5780", "0.9183", "0.9183"))):
        cells = [c.strip() for c in DOC[ln - 1].split("|")]
        assert cells[3:6] == [ap, hp, yp], (ln, cells)
        rule_b(ln, ap, "a%d" % k, "a_%d = W_xh x_%d + W_hh h_%d (table cell)" % (k, k, k - 1))
        rule_b(ln, hp, "h%d" % k, "h_%d = tanh(a_%d) (table cell)" % (k, k))
        rule_b(ln, yp, "y%d" % k, "y_%d = W_hy h_%d (table cell)" % (k, k))
    ll = find("L \\approx 0.1940", base, end)
    rule_b(ll, "0.1940", "L", "L = 1/2 sum (y_t - t_t)^2")

    # t = 3
    ln = find("$dy_3 = y_3 - t_3 = 0.9183 - 1.5 = -0.5817$", base, end)
    rule_a(ln, "-0.5817", "dy3", lambda h3, t3: h3 - t3, [("0.9183", False), ("1.5", True)])
    ln = find("$dh_3 = dy_3 + 0 = -0.5817$", base, end)
    rule_b(ln, "-0.5817", "dh3", "dh_3 = dy_3 (no later step)")
    ln = find("$da_3 = dh_3(1-h_3^2) \\approx -0.5817(1-0.9183^2)\\approx -0.09117$", base, end)
    rule_a(ln, "-0.09117", "da3", lambda d, hh: d * (1 - hh * hh), [("-0.5817", False), ("0.9183", False)])
    ln = find("$dW_{hy} += (-0.5817)(0.9183)$", base, end)
    rule_b(ln, "-0.5817", "dy3", "restates dy_3"); rule_b(ln, "0.9183", "h3", "restates h_3")
    ln = find("$dW_{xh} += (-0.09117)\\cdot 3$", base, end)
    rule_b(ln, "-0.09117", "da3", "restates da_3")
    ln = find("$dW_{hh} += (-0.09117)\\cdot h_2\\ (=0.7803)$", base, end)
    rule_b(ln, "-0.09117", "da3", "restates da_3"); rule_b(ln, "0.7803", "h2", "restates h_2")
    ln = find("$dh_{\\text{next}} = da_3 W_{hh} \\approx -0.09117\\cdot 0.1 = -0.009117$", base, end)
    rule_a(ln, "-0.009117", "dn3", lambda d, w: d * w, [("-0.09117", False), ("0.1", True)])

    # t = 2
    ln = find("$dy_2 = 0.7803 - 1.0 = -0.2197$", base, end)
    rule_a(ln, "-0.2197", "dy2", lambda hh, t: hh - t, [("0.7803", False), ("1.0", True)])
    ln = find("$dh_2 = dy_2 + dh_{\\text{next}} \\approx -0.2197 + (-0.009117)= -0.2288$", base, end)
    rule_a(ln, "-0.2288", "dh2", lambda p, q: p + q, [("-0.2197", False), ("-0.009117", False)])
    ln = find("$da_2 \\approx -0.2288(1-0.7803^2)= -0.08948$", base, end)
    rule_a(ln, "-0.08948", "da2", lambda d, hh: d * (1 - hh * hh), [("-0.2288", False), ("0.7803", False)])
    ln = find("$dW_{hy} += (-0.2197)(0.7803)$", base, end)
    rule_b(ln, "-0.2197", "dy2", "restates dy_2"); rule_b(ln, "0.7803", "h2", "restates h_2")
    ln = find("$dW_{xh} += (-0.08948)\\cdot 2$", base, end)
    rule_b(ln, "-0.08948", "da2", "restates da_2")
    ln = find("$dW_{hh} += (-0.08948)\\cdot h_1\\ (=0.4621)$", base, end)
    rule_b(ln, "-0.08948", "da2", "restates da_2"); rule_b(ln, "0.4621", "h1", "restates h_1")
    ln = find("$dh_{\\text{next}} \\approx -0.08948\\cdot 0.1 = -0.008948$", base, end)
    rule_a(ln, "-0.008948", "dn2", lambda d, w: d * w, [("-0.08948", False), ("0.1", True)])

    # t = 1
    ln = find("$dy_1 = 0.4621 - 0.5 = -0.03788$", base, end)
    rule_a(ln, "-0.03788", "dy1", lambda hh, t: hh - t, [("0.4621", False), ("0.5", True)],
           None)
    ln = find("$dh_1 = dy_1 + dh_{\\text{next}} \\approx -0.03788 + (-0.008948)= -0.04683$", base, end)
    rule_a(ln, "-0.04683", "dh1", lambda p, q: p + q, [("-0.03788", False), ("-0.008948", False)])
    ln = find("$da_1 \\approx -0.04683(1-0.4621^2)= -0.03683$", base, end)
    rule_a(ln, "-0.03683", "da1", lambda d, hh: d * (1 - hh * hh), [("-0.04683", False), ("0.4621", False)])
    ln = find("$dW_{hy} += (-0.03788)(0.4621)$", base, end)
    rule_b(ln, "-0.03788", "dy1", "restates dy_1"); rule_b(ln, "0.4621", "h1", "restates h_1")
    ln = find("$dW_{xh} += (-0.03683)\\cdot 1$", base, end)
    rule_b(ln, "-0.03683", "da1", "restates da_1")
    ln = find("$dW_{hh} += (-0.03683)\\cdot h_0\\ (=0)$", base, end)
    rule_b(ln, "-0.03683", "da1", "restates da_1 (h_0 = 0 is a given)")

    # summed gradients (printed without working) and the update
    ln = find("$dW_{xh} \\approx -0.48930$", base, end)
    rule_b(ln, "-0.48930", "dWxh", "dW_xh = sum_t da_t x_t")
    ln = find("$dW_{hh} \\approx -0.11249$", base, end)
    rule_b(ln, "-0.11249", "dWhh", "dW_hh = sum_t da_t h_{t-1}")
    ln = find("$dW_{hy} \\approx -0.72310$", base, end)
    rule_b(ln, "-0.72310", "dWhy", "dW_hy = sum_t dy_t h_t")
    ln = find("$W_{xh}: 0.5 - 0.1(-0.48930)= 0.54893$", base, end)
    rule_a(ln, "0.54893", "Wxh1", lambda w, r, g: w - r * g, [("0.5", True), ("0.1", True), ("-0.48930", False)])
    ln = find("$W_{hh}: 0.1 - 0.1(-0.11249)= 0.11125$", base, end)
    rule_a(ln, "0.11125", "Whh1", lambda w, r, g: w - r * g, [("0.1", True), ("0.1", True), ("-0.11249", False)])
    ln = find("$W_{hy}: 1.0 - 0.1(-0.72310)= 1.07231$", base, end)
    rule_a(ln, "1.07231", "Why1", lambda w, r, g: w - r * g, [("1.0", True), ("0.1", True), ("-0.72310", False)])


def main():
    b1 = find("## 0) Simple dataset", 1, 10)
    b2 = find("## 0) Simple dataset", 130, len(DOC))
    assert b2 - b1 == OFFSET, (b1, b2)
    assert DOC[0].startswith("<<<<<<< HEAD") and DOC[b2 - 2] == "=======", "merge-conflict layout changed"
    judge_copy(b1)
    judge_copy(b2)
    wrong, right = [], []
    print("Recomputed values (60-digit decimal):")
    for k in ("a1", "a2", "a3", "h1", "h2", "h3", "L", "dy3", "da3", "dn3", "dy2", "dh2", "da2", "dn2", "dy1",
              "dh1", "da1", "dWxh", "dWhh", "dWhy", "Wxh1", "Whh1", "Why1"):
        print("  %-5s %s" % (k, format(T[k], ".10f")))
    print()
    for ln in sorted(RESULTS):
        items = RESULTS[ln]
        bad = [it for it in items if not it[0]]
        tag = "WRONG" if bad else "right"
        print("line %3d %s: %s" % (ln, tag, "; ".join("%s (%s)" % (it[1], it[3]) for it in items)))
        if bad:
            wrong.append({"line": ln, "page": None, "printed": bad[0][1], "correct": bad[0][2], "kind": "first",
                          "why": bad[0][3]})
        else:
            right.append(ln)
    print("\n%d wrong lines, %d right lines" % (len(wrong), len(right)))
    if "--write-expected" in sys.argv:
        out = {"file": DOCFILE, "format": "md", "source": SOURCE, "license": LICENSE, "wrong": wrong, "right": right,
               "notes": ("One-unit tanh RNN, three steps forward, BPTT t=3..1, summed gradients and one SGD step "
                         "(lr 0.1), written in Bengali/English; the published file is an unresolved merge conflict "
                         "holding the same text twice (lines 2-137 and 140-275), both copies judged. Every computed "
                         "number is right under the rule (a clean document). Closest calls: da_2 = -0.08948 (from the "
                         "printed -0.2288 and 0.7803 the product is -0.089491, but -0.2288 is itself rounded and the "
                         "true value is -0.089476); dy_1 = 0.4621 - 0.5 printed as -0.03788 (more digits than the "
                         "operand; true -0.037883); dW_hy = -0.72310 (true -0.7230989). Lines restating computed "
                         "values inside the 'dW += ...' accumulation bullets are judged right. Givens (x, targets, "
                         "weights, h_0, lr, length 3) are in neither list.")}
        (HERE / "expected.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote expected.json")


if __name__ == "__main__":
    main()
