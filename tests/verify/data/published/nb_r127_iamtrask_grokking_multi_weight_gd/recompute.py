#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, an excerpt (the 7 code cells with their
saved outputs) of Andrew Trask's notebook "Chapter5 - Generalizing Gradient Descent - Learning Multiple Weights at a
Time.ipynb" (github.com/iamtrask/Grokking-Deep-Learning, companion code of the book "Grokking Deep Learning").

Plain Python 3 (decimal at 60 digits for the true values; the float64 replay below only checks that a printed
full-precision repr is exactly what IEEE double arithmetic of the page's own code gives). Does not import nnwalk or
the generator, and needs no numpy.

What the page computes (all linear, no activation; error = (pred - true)^2, delta = pred - true,
weight_delta = delta * input, w <- w - alpha * weight_delta):
  A  one step, 3 inputs -> 1 output, weights [0.1, 0.2, -0.1], input = first game (8.5, 0.65, 1.2), true 1,
     alpha 0.01; prints the new weights and the weight deltas;
  B  the same for 3 iterations, printing pred, error, delta, the weights used and the weight deltas;
  C  as B with alpha 0.3 and weight_deltas[0] forced to 0 ("freezing one weight");
  D  1 input (0.65) -> 3 outputs, weights [0.3, 0.2, 0.9], true [0.1, 1, 0.1], alpha 0.1; new weights and deltas;
  E  3 inputs -> 3 outputs, weights [[0.1,0.1,-0.3],[0.1,0.2,0.0],[0.0,1.3,0.1]] (row = output), input
     (8.5, 0.65, 1.2), true (0.1, 1, 0.1), alpha 0.01, weight_deltas = outer(delta, input); the updated matrix.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last printed digit):
  (b) a value printed without working is right when |p - X| <= u, X the exact value from the givens;
  float reprs: a number printed by Python/NumPy at full float64 precision (15 or more significant digits) is
      right when it is bit-for-bit the float64 result of the page's own code (replayed here in the same order)
      and within 1e-12 of X -- the trailing ...9999 / ...0001 digits are float64 rounding, not arithmetic slips;
  (c) a restated or recomputed consequence of a wrong value is wrong, kind "propagated".
A line is wrong when any computed number on it is wrong. Lines holding only givens (iteration counters, the
starting weights printed at iteration 1) are in neither list.

Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import re
import sys
from decimal import Decimal as D
from decimal import getcontext

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/iamtrask/Grokking-Deep-Learning/blob/e665168b4aefe3256360951504103cf98827ca51/"
          "Chapter5%20-%20Generalizing%20Gradient%20Descent%20-%20Learning%20Multiple%20Weights%20at%20a%20Time.ipynb")
LICENSE = ("none (the repository has no LICENSE file); doc.ipynb is an excerpt: the 7 code cells (sources and saved "
           "outputs) verbatim and in order, the 5 Markdown heading cells dropped, re-serialised with "
           "json.dump(indent=1, ensure_ascii=False) plus a newline (the original file is byte-identical to that "
           "serialisation)")
RAW = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def _decode(raw):
    s = raw.strip()
    if s.endswith(","):
        s = s[:-1]
    if s.startswith('"') and s.endswith('"'):
        try:
            return json.loads(s)
        except ValueError:
            return raw
    return raw


TXT = [_decode(r) for r in RAW]


def line_of(text, nth=1, total=1):
    """1-based raw-file line of the nth notebook line whose decoded text equals text; the text must occur exactly
    `total` times (fails loudly otherwise)."""
    hits = [i + 1 for i, t in enumerate(TXT) if t.rstrip("\n") == text]
    if len(hits) != total:
        raise SystemExit("%s: expected %d line(s) equal to %r, found %d" % (DOCFILE, total, text, len(hits)))
    return hits[nth - 1]


NUM = re.compile(r"-?\d+(?:\.\d+)?(?:e[-+]?\d+)?")


def numbers_after(text, prefix):
    if not text.startswith(prefix):
        raise SystemExit("line %r does not start with %r" % (text, prefix))
    return NUM.findall(text[len(prefix):])


def sigdigits(p):
    m = p.lstrip("-").split("e")[0].replace(".", "").lstrip("0")
    return len(m)


def unit(p):
    mant, _, exp = p.partition("e")
    dec = len(mant.split(".")[1]) if "." in mant else 0
    return D(1).scaleb(-dec + (int(exp) if exp else 0))


def judge(p, exact, replay):
    """(ok, why) for printed string p, exact Decimal value and float64 replay value."""
    dp = D(p)
    u = unit(p)
    if abs(dp - exact) <= u:
        return True, "within one unit of the exact %s" % fmt(exact)
    if sigdigits(p) >= 15 and float(p) == replay and abs(dp - exact) <= D("1e-12"):
        return True, "float64 repr of the exact %s (bit-for-bit the page's float arithmetic)" % fmt(exact)
    return False, "printed %s, exact value %s (float64 replay %r)" % (p, fmt(exact), replay)


def fmt(x):
    s = format(x.normalize(), "f") if abs(x) >= D("1e-6") or x == 0 else format(x.normalize(), "e")
    return s


# ----------------------------------------------------------------------------------------------- givens
toes = ["8.5", "9.5", "9.9", "9.0"]
wlrec = ["0.65", "0.8", "0.8", "0.9"]
nfans = ["1.2", "1.3", "0.5", "1.0"]
INPUT_S = [toes[0], wlrec[0], nfans[0]]
X_D = [D(v) for v in INPUT_S]
X_F = [float(v) for v in INPUT_S]

ENTRIES = []   # (line, [(printed, exact, replay), ...], label)


def add(line, printed, exacts, replays, label):
    if len(printed) != len(exacts):
        raise SystemExit("line %d: %d numbers printed, %d expected (%r)" % (line, len(printed), len(exacts), printed))
    ENTRIES.append((line, list(zip(printed, exacts, replays)), label))


# ----------------------------------------------------------------------------------------------- cell A
def step_single(wD, wF, alpha_s, freeze=False):
    """One iteration of the 3-input, 1-output network (exact and float64 replay, same order as the page)."""
    pD = sum((X_D[i] * wD[i] for i in range(3)), D(0))
    pF = 0
    for i in range(3):
        pF += X_F[i] * wF[i]
    errD, errF = (pD - 1) ** 2, (pF - 1) ** 2
    dD, dF = pD - 1, pF - 1
    wdD = [X_D[i] * dD for i in range(3)]
    wdF = [X_F[i] * dF for i in range(3)]
    if freeze:
        wdD[0], wdF[0] = D(0), 0
    aD, aF = D(alpha_s), float(alpha_s)
    nwD = [wD[i] - aD * wdD[i] for i in range(3)]
    nwF = list(wF)
    for i in range(3):
        nwF[i] -= aF * wdF[i]
    return dict(pred=(pD, pF), err=(errD, errF), delta=(dD, dF), wd=(wdD, wdF), nw=(nwD, nwF))


W0_S = ["0.1", "0.2", "-0.1"]
W0_D = [D(v) for v in W0_S]
W0_F = [float(v) for v in W0_S]

sA = step_single(W0_D, W0_F, "0.01")
t = "Weights:[0.1119, 0.20091, -0.09832]"
add(line_of(t, 1, 2), numbers_after(t, "Weights:"), sA["nw"][0], sA["nw"][1], "A: weights after one step")
t = "Weight Deltas:[-1.189999999999999, -0.09099999999999994, -0.16799999999999987]"
add(line_of(t, 1, 1), numbers_after(t, "Weight Deltas:"), sA["wd"][0], sA["wd"][1], "A: weight deltas")


# ----------------------------------------------------------------------------------------------- cells B and C
def loop(alpha_s, freeze, lines, cell):
    wD, wF = list(W0_D), list(W0_F)
    for it, (tp, te, tdl, tw, twd) in enumerate(lines, start=1):
        s = step_single(wD, wF, alpha_s, freeze)
        for text, prefix, key in ((tp, "Pred:", "pred"), (te, "Error:", "err"), (tdl, "Delta:", "delta")):
            nth, tot = text[1], text[2]
            add(line_of(text[0], nth, tot), numbers_after(text[0], prefix), [s[key][0]], [s[key][1]],
                "%s it %d: %s" % (cell, it, key))
        if it > 1:   # iteration 1 prints the starting weights (givens)
            text = tw
            add(line_of(text[0], text[1], text[2]), numbers_after(text[0], "Weights:"), wD, wF,
                "%s it %d: weights" % (cell, it))
        else:
            line_of(tw[0], tw[1], tw[2])  # present, givens only
        text = twd
        nums = numbers_after(text[0], "")
        exD, exF = s["wd"]
        if freeze:  # the forced 0 is set by the code, not computed
            if nums[0] != "0":
                raise SystemExit("frozen delta not printed as 0 on %r" % text[0])
            nums, exD, exF = nums[1:], exD[1:], exF[1:]
        add(line_of(text[0], text[1], text[2]), nums, exD, exF, "%s it %d: weight deltas" % (cell, it))
        wD, wF = s["nw"]


loop("0.01", False, [
    (("Pred:0.8600000000000001", 1, 2), ("Error:0.01959999999999997", 1, 2), ("Delta:-0.1399999999999999", 1, 2),
     ("Weights:[0.1, 0.2, -0.1]", 1, 2),
     ("[-1.189999999999999, -0.09099999999999994, -0.16799999999999987]", 1, 1)),
    (("Pred:0.9637574999999999", 1, 1), ("Error:0.0013135188062500048", 1, 1), ("Delta:-0.036242500000000066", 1, 1),
     ("Weights:[0.1119, 0.20091, -0.09832]", 2, 2),
     ("[-0.30806125000000056, -0.023557625000000044, -0.04349100000000008]", 1, 1)),
    (("Pred:0.9906177228125002", 1, 1), ("Error:8.802712522307997e-05", 1, 1), ("Delta:-0.009382277187499843", 1, 1),
     ("Weights:[0.11498061250000001, 0.20114557625, -0.09788509000000001]", 1, 1),
     ("[-0.07974935609374867, -0.006098480171874899, -0.011258732624999811]", 1, 1)),
], "B")

loop("0.3", True, [
    (("Pred:0.8600000000000001", 2, 2), ("Error:0.01959999999999997", 2, 2), ("Delta:-0.1399999999999999", 2, 2),
     ("Weights:[0.1, 0.2, -0.1]", 2, 2),
     ("[0, -0.09099999999999994, -0.16799999999999987]", 1, 1)),
    (("Pred:0.9382250000000001", 1, 1), ("Error:0.003816150624999989", 1, 1), ("Delta:-0.06177499999999991", 1, 1),
     ("Weights:[0.1, 0.2273, -0.04960000000000005]", 1, 1),
     ("[0, -0.040153749999999946, -0.07412999999999989]", 1, 1)),
    (("Pred:0.97274178125", 1, 1), ("Error:0.000743010489422852", 1, 1), ("Delta:-0.027258218750000007", 1, 1),
     ("Weights:[0.1, 0.239346125, -0.02736100000000008]", 1, 1),
     ("[0, -0.017717842187500006, -0.032709862500000006]", 1, 1)),
], "C")

# In C the first weight is frozen: on the iteration-2 and -3 weight lines it is the given 0.1 restated, which
# judge() accepts as exact; it is kept in the comparison so that a changed value would be caught.

# ----------------------------------------------------------------------------------------------- cell D
wD_S = ["0.3", "0.2", "0.9"]
true_D = [D("0.1"), D(1), D("0.1")]
true_F = [0.1, 1, 0.1]
inpD, inpF = D("0.65"), 0.65
predD = [D(w) * inpD for w in wD_S]
predF = [float(w) * inpF for w in wD_S]          # ele_mul(input, weights): vector[i] * scalar
deltaD = [predD[i] - true_D[i] for i in range(3)]
deltaF = [predF[i] - true_F[i] for i in range(3)]
wdD = [inpD * d for d in deltaD]
wdF = [inpF * d for d in deltaF]                 # scalar_ele_mul(input, delta): number * vector[i]
nwD = [D(wD_S[i]) - wdD[i] * D("0.1") for i in range(3)]
nwF = [float(wD_S[i]) for i in range(3)]
for i in range(3):
    nwF[i] -= wdF[i] * 0.1
t = "Weights:[0.293825, 0.25655, 0.868475]"
add(line_of(t, 1, 1), numbers_after(t, "Weights:"), nwD, nwF, "D: weights after one step")
t = "Weight Deltas:[0.061750000000000006, -0.5655, 0.3152500000000001]"
add(line_of(t, 1, 1), numbers_after(t, "Weight Deltas:"), wdD, wdF, "D: weight deltas")

# ----------------------------------------------------------------------------------------------- cell E
WE_S = [["0.1", "0.1", "-0.3"], ["0.1", "0.2", "0.0"], ["0.0", "1.3", "0.1"]]
pD = [sum((X_D[j] * D(WE_S[i][j]) for j in range(3)), D(0)) for i in range(3)]
pF = []
for i in range(3):
    o = 0
    for j in range(3):
        o += X_F[j] * float(WE_S[i][j])
    pF.append(o)
dD = [pD[i] - true_D[i] for i in range(3)]
dF = [pF[i] - true_F[i] for i in range(3)]
nED = [[D(WE_S[i][j]) - D("0.01") * (dD[i] * X_D[j]) for j in range(3)] for i in range(3)]
nEF = [[float(WE_S[i][j]) for j in range(3)] for i in range(3)]
for i in range(3):
    for j in range(3):
        nEF[i][j] -= 0.01 * (dF[i] * X_F[j])
rows = ["[[0.061324999999999998, 0.097042500000000004, -0.30546000000000001],",
        " [0.1017, 0.20013, 0.00023999999999999887],",
        " [-0.073525000000000007, 1.2943775, 0.089620000000000005]]"]
for i, t in enumerate(rows):
    add(line_of(t, 1, 1), numbers_after(t, ""), nED[i], nEF[i], "E: updated weight row %d" % (i + 1))

# ----------------------------------------------------------------------------------------------- judge
wrong, right = [], []
print("%s  (%s)" % (DOCFILE, SOURCE))
for line, nums, label in sorted(ENTRIES):
    verdicts = [judge(p, x, f) for p, x, f in nums]
    ok = all(v[0] for v in verdicts)
    print("line %3d  %-5s %-32s %s" % (line, "RIGHT" if ok else "WRONG", label, "  ".join(p for p, _, _ in nums)))
    for (p, x, f), (v, why) in zip(nums, verdicts):
        print("            %-24s %s" % (p, why))
    if ok:
        right.append(line)
    else:
        bad = [(p, x, why) for (p, x, f), (v, why) in zip(nums, verdicts) if not v]
        wrong.append({"line": line, "page": None, "printed": ", ".join(p for p, _, _ in bad),
                      "correct": ", ".join(fmt(x) for _, x, _ in bad), "kind": "first",
                      "why": "; ".join(w for _, _, w in bad)})

if len(set(right)) != len(right):
    raise SystemExit("a line was judged twice")
print("\n%d wrong lines, %d right lines" % (len(wrong), len(right)))

NOTES = ("Clean document: every printed number (pred, error, delta, weights, weight deltas, the updated weight "
         "matrix) is the float64 result of the page's own code and agrees with the exact value from the givens; the "
         "trailing ...999 / ...0001 digits of the full-precision reprs (Python repr, and 17-digit NumPy reprs such "
         "as 0.061324999999999998 in the last cell) are float64 rounding, not arithmetic errors (recompute.py replays "
         "the code in IEEE doubles and gets every repr bit for bit). Lines holding only givens are in neither list: "
         "the iteration counters and the 'Weights:[0.1, 0.2, -0.1]' printed at iteration 1 of both loops (the "
         "starting weights). In the freezing cell the first weight delta is set to 0 by the code and the first "
         "weight stays at the given 0.1; those are not computed numbers, the other numbers on those lines are. "
         "Oddity, not an arithmetic error: the first code cell uses weight_deltas without computing it (it comes "
         "from an earlier kernel state), but its printed deltas and weights are exactly those of one step on game "
         "1, so both lines are right.")

if "--write-expected" in sys.argv:
    out = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
           "wrong": wrong, "right": sorted(right), "notes": NOTES}
    (HERE / "expected.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote expected.json")
