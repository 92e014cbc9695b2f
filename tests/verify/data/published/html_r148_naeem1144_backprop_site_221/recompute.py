#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.html, the single-page GitHub Pages site
"Understanding Backpropagation" (repository Naeem1144/backpropagation, index.html, MIT per its README).

The page works a 2-2-1 sigmoid network through one forward pass, the half squared error, the backward pass and an
SGD step for W[2] (section 06 "Worked Example"), and earlier (section 02) a single weighted sum.

Givens (section 06): x = [0.5, 0.3], y = 1, W1 = [[0.1, 0.2], [0.3, 0.4]], b1 = [0.1, 0.1], W2 = [0.5, 0.6],
b2 = 0.1, sigmoid activations, L = 1/2 (y - yhat)^2, eta = 0.5.  Section 02: x = [0.5, 0.3], w = [0.4, 0.6],
b = 0.1.

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.  Every judged line is located by
a piece of its text (the script stops if a piece is missing or not unique) and its 1-based line number is the one
`grep -n` shows in doc.html.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last printed digit):
  (a) a line printing p as the result of an expression of numbers printed on that line is right only when the
      expression redone from those numbers rounds to p (an operand that is itself a rounded result may lie anywhere
      within half a unit of its last digit; givens are exact);
  (b) a value printed without its working, or restated, is right within one unit of its last digit of the true
      value, or when it follows from printed correct operands;
  (c) a restated or recomputed consequence of a wrong value is wrong, kind "propagated".
Usage:  python3 recompute.py                    (report)
        python3 recompute.py --write-expected   (also writes expected.json)
"""
import itertools
import json
import pathlib
import sys
from decimal import ROUND_HALF_EVEN, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOCFILE = "doc.html"
FORMAT = "html"
SOURCE = ("https://github.com/Naeem1144/backpropagation/blob/edec6c71f9b04b23cd2db291f5023b25902986ac/index.html")
LICENSE = ("MIT, as stated in the repository README (\"This project is open source and available under the MIT "
           "License\", plus an MIT badge); the repository has no LICENSE file of its own. doc.html is index.html "
           "byte for byte")

TEXT = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(piece):
    hits = [i + 1 for i, t in enumerate(TEXT) if piece in t]
    if len(hits) != 1:
        sys.exit("line not found uniquely (%d hits): %r" % (len(hits), piece))
    return hits[0]


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_EVEN)


def sig(z):
    return 1 / (1 + (-D(z)).exp())


def reach(f, ops, p):
    """Can f(ops) round to p when every rounded operand (a string) moves within half a unit of its last digit?
    Givens are passed as Decimal and stay exact.  f is monotone in each operand here, so corners suffice."""
    ranges = []
    for o in ops:
        if isinstance(o, str):
            h = unit(o) / 2
            ranges.append((D(o) - h, D(o), D(o) + h))
        else:
            ranges.append((o,))
    vals = [f(*c) for c in itertools.product(*ranges)]
    lo, hi = min(vals), max(vals)
    h = unit(p) / 2
    return (lo <= D(p) + h) and (hi >= D(p) - h), f(*[D(o) for o in ops])


def near(p, true):
    return abs(D(p) - D(true)) <= unit(p)


# ---------------------------------------------------------------------------------------------- true values
x1, x2, y = D("0.5"), D("0.3"), D(1)
W1 = [[D("0.1"), D("0.2")], [D("0.3"), D("0.4")]]
b1 = [D("0.1"), D("0.1")]
W2 = [D("0.5"), D("0.6")]
b2 = D("0.1")
eta = D("0.5")
z1 = [W1[i][0] * x1 + W1[i][1] * x2 + b1[i] for i in range(2)]
a1 = [sig(z) for z in z1]
z2 = W2[0] * a1[0] + W2[1] * a1[1] + b2
yh = sig(z2)
L = (y - yh) ** 2 / 2
dLda = -(y - yh)
sp2 = yh * (1 - yh)
d2 = dLda * sp2
back = [W2[0] * d2, W2[1] * d2]
sp1 = [a * (1 - a) for a in a1]
d1 = [back[i] * sp1[i] for i in range(2)]
gW2 = [d2 * a1[0], d2 * a1[1]]
gW1 = [[d1[i] * x1, d1[i] * x2] for i in range(2)]
W2new = [W2[i] - eta * gW2[i] for i in range(2)]

results = []   # dicts: line, status (right / wrong), kind, printed, correct, why


def judge(piece, status, printed="", correct="", kind="", why=""):
    ln = line_of(piece)
    results.append(dict(line=ln, status=status, printed=printed, correct=correct, kind=kind, why=why))
    print("%4d %-6s %-11s %s" % (ln, status, kind, why or printed))


def all_ok(checks):
    return all(c for c in checks)


# section 02: z = (0.4 x 0.5) + (0.6 x 0.3) + 0.1 = 0.2 + 0.18 + 0.1 = 0.48
c = [D("0.4") * D("0.5") == D("0.2"), D("0.6") * D("0.3") == D("0.18"), D("0.2") + D("0.18") + D("0.1") == D("0.48")]
judge(r"0.2 + 0.18 + 0.1 = 0.48", "right" if all_ok(c) else "wrong", why="z = 0.2 + 0.18 + 0.1 = 0.48 (exact)")

# z1 lines (exact)
for i, piece, parts, res in ((0, r"= 0.05 + 0.06 + 0.1 = \mathbf{0.21}", ("0.05", "0.06"), "0.21"),
                             (1, r"= 0.15 + 0.12 + 0.1 = \mathbf{0.37}", ("0.15", "0.12"), "0.37")):
    c = [W1[i][0] * x1 == D(parts[0]), W1[i][1] * x2 == D(parts[1]), D(parts[0]) + D(parts[1]) + b1[i] == D(res),
         z1[i] == D(res)]
    judge(piece, "right" if all_ok(c) else "wrong", why="z1[%d] = %s (exact)" % (i + 1, res))

# a1[0]: sigma(0.21) = 1/(1 + e^-0.21) = 1/1.8106 = 0.5523
ok1 = rnd(1 + (-D("0.21")).exp(), "1.8106") == D("1.8106")
ok2, v = reach(lambda d: 1 / d, ["1.8106"], "0.5523")
ok3 = rnd(a1[0], "0.5523") == D("0.5523")
judge(r"\frac{1}{1.8106} = \mathbf{0.5523}", "right" if ok1 and ok2 and ok3 else "wrong",
      why="1 + e^-0.21 = %s; 1/1.8106 = %s; sigma(0.21) = %s" % (rnd(1 + (-D("0.21")).exp(), "1.000000"),
                                                                 rnd(v, "1.000000"), rnd(a1[0], "1.000000")))

# a1[1]: sigma(0.37) = 1/(1 + e^-0.37) = 1/1.6907 = 0.5914   <- printed result does not round from 1/1.6907
ok1 = rnd(1 + (-D("0.37")).exp(), "1.6907") == D("1.6907")
ok2, v = reach(lambda d: 1 / d, ["1.6907"], "0.5914")
ok3 = rnd(a1[1], "0.5914") == D("0.5914")
assert ok1 and not ok2 and not ok3
judge(r"\frac{1}{1.6907} = \mathbf{0.5914}", "wrong", printed="0.5914", correct=str(rnd(a1[1], "0.5914")),
      kind="first",
      why="sigma(0.37) = 1/(1 + e^-0.37) = 1/1.6907343 = %s, and 1/1.6907 = %s (1.6907 +- 0.00005 gives "
          "0.591453..0.591488): both round to 0.5915, not 0.5914 (the printed digits look truncated)"
          % (rnd(a1[1], "1.000000"), rnd(v, "1.000000")))

# z2, first line: restates 0.5523 and 0.5914 (no result on the line)
c = [near("0.5523", a1[0]), near("0.5914", a1[1])]
judge(r"z^{[2]} = (0.5 \times 0.5523) + (0.6 \times 0.5914) + 0.1\]", "right" if all_ok(c) else "wrong",
      why="restates a1 = 0.5523, 0.5914: each within one unit of the true %s, %s (rule b)"
          % (rnd(a1[0], "1.000000"), rnd(a1[1], "1.000000")))

# z2, second line: = 0.2762 + 0.3548 + 0.1 = 0.631   <- the bias is dropped from the sum
okA, _ = reach(lambda a: D("0.5") * a, ["0.5523"], "0.2762")
okB, _ = reach(lambda a: D("0.6") * a, ["0.5914"], "0.3548")
okS, s = reach(lambda p, q: p + q + b2, ["0.2762", "0.3548"], "0.631")
assert okA and okB and not okS
judge(r"= 0.2762 + 0.3548 + 0.1 = \mathbf{0.631}", "wrong", printed="0.631", correct=str(rnd(z2, "0.631")),
      kind="first",
      why="0.2762 + 0.3548 + 0.1 = %s, not 0.631 (0.2762 + 0.3548 = 0.6310: the bias b2 = 0.1 is written but not "
          "added); true z2 = %s" % (s, rnd(z2, "1.000000")))

# yhat = sigma(0.631) = 0.6526   <- computed from the wrong z2
okY, v = reach(lambda z: sig(z), ["0.631"], "0.6526")
judge(r"\hat{y} = \sigma(0.631)", "wrong", printed="0.631, 0.6526", correct="0.731, %s" % rnd(yh, "0.6526"),
      kind="propagated",
      why="restates the wrong z2 = 0.631 (true 0.731) and gives sigma of it (sigma(0.631) = %s); true yhat = "
          "sigma(%s) = %s" % (rnd(v, "1.000000"), rnd(z2, "1.000000"), rnd(yh, "1.000000")))

# L = 1/2 (1 - 0.6526)^2 = 1/2 (0.3474)^2 = 0.0604
okD = D(1) - D("0.6526") == D("0.3474")
okL, v = reach(lambda d: d * d / 2, ["0.3474"], "0.0604")
assert okD and okL
judge(r"\frac{1}{2}(0.3474)^2 = \mathbf{0.0604}", "wrong", printed="0.6526, 0.3474, 0.0604",
      correct="%s, %s, %s" % (rnd(yh, "0.6526"), rnd(y - yh, "0.3474"), rnd(L, "0.0604")), kind="propagated",
      why="rests on the wrong yhat = 0.6526 (true %s); true loss 1/2 (1 - %s)^2 = %s. Its own arithmetic passes "
          "only by the half-unit latitude: 1/2 x 0.3474^2 = %s rounds to 0.0603, but 0.34745^2 / 2 = 0.0603607 "
          "reaches 0.0604" % (rnd(yh, "1.000000"), rnd(yh, "1.000000"), rnd(L, "1.000000"), rnd(v, "1.00000000")))

# dL/da = -(1 - 0.6526) = -0.3474
ok = -(D(1) - D("0.6526")) == D("-0.3474")
judge(r"-(y - \hat{y}) = -(1 - 0.6526) = \mathbf{-0.3474}", "wrong", printed="0.6526, -0.3474",
      correct="%s, %s" % (rnd(yh, "0.6526"), rnd(dLda, "0.3474")), kind="propagated",
      why="arithmetic right from 0.6526 (%s), but 0.6526 is the wrong yhat; true -(1 - yhat) = %s"
          % ("ok" if ok else "slip", rnd(dLda, "1.000000")))

# sigma'(z2) = 0.6526 x (1 - 0.6526) = 0.6526 x 0.3474 = 0.2267
ok, v = reach(lambda p, q: p * q, ["0.6526", "0.3474"], "0.2267")
judge(r"0.6526 \times 0.3474 = \mathbf{0.2267}", "wrong", printed="0.6526, 0.3474, 0.2267",
      correct="%s, %s, %s" % (rnd(yh, "0.6526"), rnd(1 - yh, "0.3474"), rnd(sp2, "0.2267")), kind="propagated",
      why="0.6526 x 0.3474 = %s (arithmetic %s) from the wrong yhat; true yhat(1 - yhat) = %s"
          % (rnd(v, "1.000000"), "ok" if ok else "slip", rnd(sp2, "1.000000")))

# delta2 = (-0.3474) x 0.2267 = -0.0788
ok, v = reach(lambda p, q: p * q, ["-0.3474", "0.2267"], "-0.0788")
judge(r"\delta^{[2]} = (-0.3474) \times 0.2267 = \mathbf{-0.0788}", "wrong", printed="-0.3474, 0.2267, -0.0788",
      correct="%s, %s, %s" % (rnd(dLda, "0.3474"), rnd(sp2, "0.2267"), rnd(d2, "0.0788")), kind="propagated",
      why="-0.3474 x 0.2267 = %s (arithmetic %s); true delta2 = %s" % (rnd(v, "1.000000"),
                                                                       "ok" if ok else "slip", rnd(d2, "1.000000")))

# (W2)^T delta2 = [0.5, 0.6] x (-0.0788) = [-0.0394, -0.0473]
okA, _ = reach(lambda d: D("0.5") * d, ["-0.0788"], "-0.0394")
okB, _ = reach(lambda d: D("0.6") * d, ["-0.0788"], "-0.0473")
judge(r"\times (-0.0788) = \begin{bmatrix} -0.0394 \\ -0.0473 \end{bmatrix}", "wrong",
      printed="-0.0788, -0.0394, -0.0473",
      correct="%s, %s, %s" % (rnd(d2, "0.0788"), rnd(back[0], "0.0394"), rnd(back[1], "0.0473")),
      kind="propagated", why="arithmetic %s from delta2 = -0.0788 (wrong); true W2^T delta2 = [%s, %s]"
      % ("ok" if okA and okB else "slip", rnd(back[0], "1.000000"), rnd(back[1], "1.000000")))

# sigma'(z1_1) = 0.5523 x 0.4477 = 0.2472
okq = D(1) - D("0.5523") == D("0.4477")
ok, v = reach(lambda p, q: p * q, ["0.5523", "0.4477"], "0.2472")
okt = near("0.2472", sp1[0])
judge(r"0.5523 \times 0.4477 = \mathbf{0.2472}", "right" if okq and ok and okt else "wrong",
      why="0.5523 x 0.4477 = %s; with each rounded operand within half a unit the product reaches 0.2472 "
          "(0.55225 x 0.44765 = 0.2472147); true sigma'(0.21) = %s, within one unit" % (v, rnd(sp1[0], "1.0000000")))

# sigma'(z1_2) = 0.5914 x 0.4086 = 0.2417
okq = D(1) - D("0.5914") == D("0.4086")
ok, v = reach(lambda p, q: p * q, ["0.5914", "0.4086"], "0.2417")
okt = near("0.2417", sp1[1])
judge(r"0.5914 \times 0.4086 = \mathbf{0.2417}", "right" if okq and ok and okt else "wrong",
      why="0.5914 x 0.4086 = %s; with each rounded operand within half a unit the product reaches 0.2417 "
          "(0.59145 x 0.40865 = 0.2416960); true sigma'(0.37) = %s, within one unit" % (v, rnd(sp1[1], "1.0000000")))

# delta1 = [-0.0394, -0.0473] (.) [0.2472, 0.2417] = [-0.0097, -0.0114]
okA, _ = reach(lambda p, q: p * q, ["-0.0394", "0.2472"], "-0.0097")
okB, _ = reach(lambda p, q: p * q, ["-0.0473", "0.2417"], "-0.0114")
judge(r"\odot \begin{bmatrix} 0.2472 \\ 0.2417 \end{bmatrix}", "wrong",
      printed="-0.0394, -0.0473, -0.0097, -0.0114",
      correct="%s, %s, %s, %s" % (rnd(back[0], "0.0394"), rnd(back[1], "0.0473"), rnd(d1[0], "0.0097"),
                                  rnd(d1[1], "0.0114")),
      kind="propagated", why="arithmetic %s from the propagated -0.0394, -0.0473; true delta1 = [%s, %s]"
      % ("ok" if okA and okB else "slip", rnd(d1[0], "1.0000000"), rnd(d1[1], "1.0000000")))

# dL/dW2 = -0.0788 x [0.5523, 0.5914] = [-0.0435, -0.0466]
okA, _ = reach(lambda d, a: d * a, ["-0.0788", "0.5523"], "-0.0435")
okB, _ = reach(lambda d, a: d * a, ["-0.0788", "0.5914"], "-0.0466")
judge(r"= -0.0788 \times [0.5523, 0.5914]", "wrong", printed="-0.0788, -0.0435, -0.0466",
      correct="%s, %s, %s" % (rnd(d2, "0.0788"), rnd(gW2[0], "0.0435"), rnd(gW2[1], "0.0466")), kind="propagated",
      why="arithmetic %s from delta2 = -0.0788 (wrong); true dL/dW2 = [%s, %s]"
      % ("ok" if okA and okB else "slip", rnd(gW2[0], "1.000000"), rnd(gW2[1], "1.000000")))

# dL/db2 = delta2 = -0.0788
judge(r"\partial b^{[2]}} = \delta^{[2]} = \mathbf{-0.0788}", "wrong", printed="-0.0788",
      correct=str(rnd(d2, "0.0788")), kind="propagated",
      why="restates delta2 = -0.0788 (true %s)" % rnd(d2, "1.000000"))

# dL/dW1 = [-0.0097, -0.0114] x [0.5, 0.3] = [[-0.0049, -0.0029], [-0.0057, -0.0034]]
c = [reach(lambda d: d * x1, ["-0.0097"], "-0.0049")[0], reach(lambda d: d * x2, ["-0.0097"], "-0.0029")[0],
     reach(lambda d: d * x1, ["-0.0114"], "-0.0057")[0], reach(lambda d: d * x2, ["-0.0114"], "-0.0034")[0]]
judge(r"-0.0049 & -0.0029 \\ -0.0057 & -0.0034", "wrong",
      printed="-0.0097, -0.0114, -0.0049, -0.0029, -0.0057, -0.0034",
      correct=", ".join(str(rnd(v, "0.0001")) for v in (d1[0], d1[1], gW1[0][0], gW1[0][1], gW1[1][0], gW1[1][1])),
      kind="propagated", why="arithmetic %s from the propagated delta1; true dL/dW1 = [[%s, %s], [%s, %s]]"
      % ("ok" if all_ok(c) else "slip", rnd(gW1[0][0], "1.0000000"), rnd(gW1[0][1], "1.0000000"),
         rnd(gW1[1][0], "1.0000000"), rnd(gW1[1][1], "1.0000000")))

# updates
for i, piece, g, step, new in ((0, r"= 0.5 + 0.0218 = \mathbf{0.5218}", "-0.0435", "0.0218", "0.5218"),
                               (1, r"= 0.6 + 0.0233 = \mathbf{0.6233}", "-0.0466", "0.0233", "0.6233")):
    okS, _ = reach(lambda gg: -eta * gg, [g], step)
    okN, _ = reach(lambda s: W2[i] + s, [step], new)
    judge(piece, "wrong", printed="%s, %s, %s" % (g, step, new),
          correct="%s, %s, %s" % (rnd(gW2[i], g), rnd(-eta * gW2[i], step), rnd(W2new[i], new)), kind="propagated",
          why="arithmetic %s from the propagated gradient %s; true W2[%d] update = %s - 0.5 x (%s) = %s"
          % ("ok" if okS and okN else "slip", g, i, W2[i], rnd(gW2[i], "1.000000"), rnd(W2new[i], "1.000000")))

# ------------------------------------------------------------------------------------------------ report
wrong = [r for r in results if r["status"] == "wrong"]
right = [r for r in results if r["status"] == "right"]
print("\nwrong: %d (first %d, propagated %d); right: %d" % (
    len(wrong), sum(r["kind"] == "first" for r in wrong), sum(r["kind"] == "propagated" for r in wrong), len(right)))

if "--write-expected" in sys.argv:
    exp = {
        "file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
        "wrong": [dict(line=r["line"], page=None, printed=r["printed"], correct=r["correct"], kind=r["kind"],
                       why=r["why"]) for r in sorted(wrong, key=lambda r: r["line"])],
        "right": sorted(r["line"] for r in right),
        "notes": ("Section 06 worked example of a 2-2-1 sigmoid network (x = [0.5, 0.3], y = 1, W1 = [[0.1, 0.2], "
                  "[0.3, 0.4]], b1 = [0.1, 0.1], W2 = [0.5, 0.6], b2 = 0.1, L = 1/2 (y - yhat)^2, eta = 0.5). "
                  "First errors: a1[2] = 1/1.6907 printed 0.5914 (rounds to 0.5915; its restatements are within "
                  "one unit of the truth and stay right), and z2 = 0.2762 + 0.3548 + 0.1 printed 0.631 (the bias is "
                  "dropped; true 0.731). Everything after z2 rests on yhat = sigma(0.631) = 0.6526 instead of "
                  "sigma(0.731) = 0.6750 and is wrong, propagated, although each later line's own arithmetic "
                  "passes rule (a) (the loss line only by the half-unit latitude: 1/2 x 0.3474^2 = 0.06034, "
                  "printed 0.0604, reached at 0.34745). sigma'(z1) lines (0.2472, 0.2417) are right only thanks to the "
                  "half-unit latitude on their rounded operands (exact products 0.247265 and 0.241646). The "
                  "section 02 weighted sum (0.48) is right. Lines with givens only (614, 617, 620), formulas, the "
                  "Python code block and the interactive calculator (drawn by scripts/*.js, not in the HTML) are in "
                  "neither list; 'e.g., 0.5 for MSE' (line 428) is an illustrative value, not a computation."),
    }
    (HERE / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote expected.json")
