#!/usr/bin/env python3
"""Independent recomputation of every computed number in doc.txt, an excerpt (worked equations and numbers only) of
"Tutorial on Backpropagation", Deep Learning Winter School, University of Hull, January 23-24 2018, by Dr Nina
Dethlefs (repository ndethlefs/deep_learning_winter_school, file 2018/backprop.pdf; no license, hence the excerpt).

The tutorial re-works Matt Mazur's 2-2-2 sigmoid network (i = (0.05, 0.10), w1..w8 = 0.15, 0.20, 0.25, 0.30, 0.40,
0.45, 0.50, 0.55, b1 = 0.35, b2 = 0.60, targets 0.01 / 0.99, E = sum 1/2 (t - out)^2, eta = 0.5) as exercises with
solutions: forward pass, errors, a "softmax" (really out_o / (out_o1 + out_o2)), the output deltas and gradients, the
hidden deltas and gradients and the eight weight updates.

doc.txt holds lines of the PDF's text layer exactly as pypdf 7.1.1 extracts them (page.extract_text().split("\\n"));
KEEP below says which (page, line) of the PDF each doc.txt line is, and line numbers in expected.json are doc.txt's.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last printed digit):
  (a) a line printing p as the result of an expression of numbers printed on that line is right only when the
      expression redone from those numbers rounds to p (an operand that is itself a rounded result may be taken
      anywhere within half a unit of its last digit; givens are exact);
  (b) a value printed without its working on the line (or restated) is right within one unit of its last digit of
      the true value, or when it follows from printed correct operands;
  (c) restated / recomputed consequences of a wrong value are wrong, kind "propagated"; the first wrong value is
      kind "first".
Plain Python 3 (decimal, 60 digits); does not import nnwalk or the generator.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import itertools
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOCFILE = "doc.txt"
FORMAT = "text"
SOURCE = ("https://github.com/ndethlefs/deep_learning_winter_school/blob/"
          "a3c9e80ce84f417233d68ebb7f001b9b31dc3211/2018/backprop.pdf")
LICENSE = ("none stated (no LICENSE file; the README gives no terms): doc.txt is only an excerpt of the worked "
           "equations and numbers of the PDF's text layer (pypdf 7.1.1), lines kept verbatim, prose left out")

# (PDF page, [PDF lines]) kept, in order; doc.txt line n is the n-th kept line
KEEP = [(2, [5, 6, 10, 11, 12, 13]), (3, [3, 5, 7, 17, 18]),
        (4, [2, 3, 5, 6, 7, 8, 11, 12, 13, 14, 15, 17, 18, 20, 22, 27, 28]),
        (5, list(range(13, 24)) + list(range(25, 29)) + list(range(30, 42))),
        (6, list(range(2, 12)) + [13] + list(range(15, 18)) + list(range(19, 31)) + list(range(32, 37))),
        (7, list(range(32, 39)) + list(range(40, 68))),
        (8, list(range(2, 13)) + list(range(37, 44)) + list(range(45, 73)) + list(range(74, 85))
         + list(range(86, 91)) + [91, 92]),
        (9, [1])]
PDFPOS = [(pg, ln) for pg, lns in KEEP for ln in lns]

LINES = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")
if LINES and LINES[-1] == "":
    LINES = LINES[:-1]
if len(LINES) != len(PDFPOS):
    raise SystemExit(f"doc.txt has {len(LINES)} lines, KEEP describes {len(PDFPOS)}")


def line_of(sub):
    """1-based line of doc.txt holding `sub` (a leading '^' asks for the whole stripped line to equal the rest);
    fails loudly when absent or not unique."""
    if sub.startswith("^"):
        hits = [i + 1 for i, l in enumerate(LINES) if l.strip() == sub[1:]]
    else:
        hits = [i + 1 for i, l in enumerate(LINES) if sub in l]
    if len(hits) != 1:
        raise SystemExit(f"line_of: {sub!r} found {len(hits)} times: {hits}")
    return hits[0]


def pdfpos(n):
    pg, ln = PDFPOS[n - 1]
    return f"PDF p.{pg} l.{ln}"


# ---------------------------------------------------------------- number helpers
def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def half(p):
    return unit(p) / 2


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near_ok(p, x):
    """Rule (b): within one unit of p's last digit of the true value x."""
    return abs(D(p) - D(x)) <= unit(p)


def range_ok(p, lo, hi):
    """Rule (a): some value in [lo, hi] (the expression over its operands' half-unit boxes) rounds to p."""
    lo, hi = min(lo, hi), max(lo, hi)
    return lo <= D(p) + half(p) and hi >= D(p) - half(p)


def box(f, *ops):
    """Min and max of f over the corners of the operand box; an op is (value, halfwidth). f is monotone in each."""
    vals = []
    for signs in itertools.product((-1, 1), repeat=len(ops)):
        vals.append(f(*[D(v) + s * D(h) for (v, h), s in zip(ops, signs)]))
    return min(vals), max(vals)


def R(p):
    """A printed rounded operand: its value and half a unit of its last digit."""
    return (D(p), half(p))


def G(p):
    """A given (exact) operand."""
    return (D(p), D(0))


def sig(z):
    return 1 / (1 + (-D(z)).exp())


def fmt(x, p):
    return str(rnd(x, p))


# ---------------------------------------------------------------- the true computation (from the givens)
i1, i2 = D("0.05"), D("0.10")
w = {k: D(v) for k, v in zip(range(1, 9), "0.15 0.20 0.25 0.30 0.40 0.45 0.50 0.55".split())}
b1, b2, t1, t2, eta = D("0.35"), D("0.60"), D("0.01"), D("0.99"), D("0.5")
nh1 = w[1] * i1 + w[2] * i2 + b1
nh2 = w[3] * i1 + w[4] * i2 + b1
h1, h2 = sig(nh1), sig(nh2)
no1 = w[5] * h1 + w[6] * h2 + b2
no2 = w[7] * h1 + w[8] * h2 + b2
o1, o2 = sig(no1), sig(no2)
E1, E2 = (t1 - o1) ** 2 / 2, (t2 - o2) ** 2 / 2
do1 = -(t1 - o1) * o1 * (1 - o1)
do2 = -(t2 - o2) * o2 * (1 - o2)
dh1 = (do1 * w[5] + do2 * w[7]) * h1 * (1 - h1)
dh2 = (do1 * w[6] + do2 * w[8]) * h2 * (1 - h2)
grad = {5: do1 * h1, 6: do1 * h2, 7: do2 * h1, 8: do2 * h2, 1: dh1 * i1, 2: dh1 * i2, 3: dh2 * i1, 4: dh2 * i2}
wnew = {k: w[k] - eta * grad[k] for k in grad}


def total_error(W):
    a, c = sig(W[1] * i1 + W[2] * i2 + b1), sig(W[3] * i1 + W[4] * i2 + b1)
    p, q = sig(W[5] * a + W[6] * c + b2), sig(W[7] * a + W[8] * c + b2)
    return (t1 - p) ** 2 / 2 + (t2 - q) ** 2 / 2


E_after = total_error(wnew)

# ---------------------------------------------------------------- judging, line by line
# each entry: (substring locating the line, kind if wrong, [checks]); a check is (printed, ok, correct, why)
JUDGED = []
UNJUDGED = []


def judge(sub, kind, checks):
    JUDGED.append((sub, kind, checks))


def chk(printed, ok, correct, why):
    return (printed, bool(ok), correct, why)


# net_h1, net_h2
judge("0.35 ∗ 1 = 0.3775", "first", [
    chk("0.3775", range_ok("0.3775", *box(lambda a, b, c, d, e: a * b + c * d + e, G("0.15"), G("0.05"), G("0.2"),
                                          G("0.1"), G("0.35"))), fmt(nh1, "0.3775"), "net_h1 = 0.15*0.05+0.2*0.1+0.35")])
judge("= 0.3935", "first", [
    chk("0.3935", near_ok("0.3935", nh2), fmt(nh2, "0.3935"),
        "net_h2 = 0.25*0.05 + 0.3*0.1 + 0.35 = 0.0125 + 0.03 + 0.35 = 0.3925 (the line above prints exactly these "
        "givens); 0.3935 is 10 units off")])
# out_h1, out_h2
lo, hi = box(sig, R("0.3774"))
judge("e−0.3774 = 0.593269992", "first", [
    chk("0.3774", near_ok("0.3774", nh1), "0.3775", "restated net_h1 (0.3775): within one unit"),
    chk("0.593269992", range_ok("0.593269992", lo, hi), fmt(sig("0.3774"), "0.593269992"),
        "1/(1+e^-0.3774) = 0.593245862 (0.5932399-0.5932579 for 0.3774 +- half a unit); 0.593269992 is sigma(0.3775), "
        "not the value of the expression printed on the line")])
judge("outh2 = 0.596884378 (4)", "first", [
    chk("0.596884378", near_ok("0.596884378", h2), fmt(h2, "0.596884378"), "out_h2 = sigma(0.3925)")])
judge("e−0.3925 = 0.596884378", "first", [
    chk("0.596884378", range_ok("0.596884378", *box(sig, G("0.3925"))), fmt(sig("0.3925"), "0.596884378"),
        "sigma(0.3925); note the tutorial's own net_h2 above is 0.3935, this line uses the true 0.3925")])
# net_o1, out_o1
judge("= 1.105905967 (6)", "first", [
    chk("1.105905967", range_ok("1.105905967", *box(lambda a, b: D("0.4") * a + D("0.45") * b + D("0.6"),
                                                  R("0.593269992"), R("0.596884378"))), fmt(no1, "1.105905967"),
        "0.4*0.593269992 + 0.45*0.596884378 + 0.6")])
judge("e−1.105905967 = 0.75136507", "first", [
    chk("0.75136507", range_ok("0.75136507", *box(sig, R("1.105905967"))), fmt(o1, "0.75136507"),
        "sigma(1.105905967)")])
# out_o2, net_o2
judge("we get outo2 = 0.77298465.", "first", [
    chk("0.77298465", near_ok("0.77298465", o2), fmt(o2, "0.77298465"),
        "out_o2 = sigma(1.224921404) = 0.772928465 (digits transposed: 0.77298465 vs 0.77292847)")])
judge("= 1.2248", "first", [
    chk("1.2248", range_ok("1.2248", *box(lambda a, b: D("0.5") * a + D("0.55") * b + D("0.6"),
                                        R("0.593269992"), R("0.596884378"))), fmt(no2, "1.2248"),
        "0.5*0.593269992 + 0.55*0.596884378 + 0.6 = 0.296634996 + 0.328286408 + 0.6 = 1.224921404 -> 1.2249")])
lo, hi = box(sig, R("1.2248"))
judge("e−1.2248 = 0.772928465", "propagated", [
    chk("1.2248", near_ok("1.2248", no2), fmt(no2, "1.2248"), "restates the wrong net_o2 1.2248 (true 1.2249214)"),
    chk("0.772928465", range_ok("0.772928465", lo, hi), fmt(sig("1.2248"), "0.772928465"),
        "sigma(1.2248) = 0.772907157, so the printed 0.772928465 (the true out_o2) does not follow from the line's "
        "own operand")])
# errors
judge("2(0.01 − 0.75136507)2 = 0.274811083", "first", [
    chk("0.274811083", range_ok("0.274811083", *box(lambda o: (D("0.01") - o) ** 2 / 2, R("0.75136507"))),
        fmt(E1, "0.274811083"), "1/2 (0.01 - 0.75136507)^2")])
judge("we get Eo2 = 0.023560026.", "first", [
    chk("0.023560026", near_ok("0.023560026", E2), fmt(E2, "0.023560026"), "E_o2 = 1/2 (0.99 - out_o2)^2")])
judge("2(0.99 − 0.772928465)2 = 0.023560026", "first", [
    chk("0.023560026", range_ok("0.023560026", *box(lambda o: (D("0.99") - o) ** 2 / 2, R("0.772928465"))),
        fmt(E2, "0.023560026"), "1/2 (0.99 - 0.772928465)^2")])
judge("= 0.274811083 + 0.023560026 = 0.298371109", "first", [
    chk("0.298371109", range_ok("0.298371109", *box(lambda a, b: a + b, R("0.274811083"), R("0.023560026"))),
        fmt(E1 + E2, "0.298371109"), "0.274811083 + 0.023560026")])
# the "softmax" (normalisation) lines
judge("= 0.4929267577", "first", [
    chk("0.4929267577", range_ok("0.4929267577", *box(lambda a, b: a / (a + b), R("0.75136507"), R("0.772928465"))),
        fmt(o1 / (o1 + o2), "0.4929267577"), "0.75136507 / (0.75136507 + 0.772928465)")])
judge("= 0.50707324229", "first", [
    chk("0.50707324229", range_ok("0.50707324229",
                                  *box(lambda a, b: b / (a + b), R("0.75136507"), R("0.772928465"))),
        fmt(o2 / (o1 + o2), "0.50707324229"), "0.772928465 / (0.75136507 + 0.772928465)")])
# delta_o1: two readings
n_do1 = line_of("(1 − 0.75136507)) = 0.13849856")
as_printed = (D("0.01") - D("0.75136507")) * D("0.75136507") * (1 - D("0.75136507"))
UNJUDGED.append({"line": n_do1, "page": None, "why": (
    f"{pdfpos(n_do1)}. Two readings. As printed, (0.01 - 0.75136507) x 0.75136507 x (1 - 0.75136507) = "
    f"{fmt(as_printed, '0.13849856')}, so the printed +0.13849856 is wrong by rule (a); but the line has an unmatched "
    "')' and the definition two lines above is delta_o1 = -(target_o1 - out_o1) x out_o1(1 - out_o1): the leading "
    f"'-(' was dropped in typesetting and the value 0.13849856 is the true delta_o1 ({fmt(do1, '0.13849856')}).")})
# dE/dw5, dE/dw6
judge("= δo1outh1 = 0.13849856 × 0.593269 = 0.0821669", "first", [
    chk("0.13849856", near_ok("0.13849856", do1), fmt(do1, "0.13849856"), "restated delta_o1"),
    chk("0.593269", near_ok("0.593269", h1), fmt(h1, "0.593269"), "restated out_h1 (cut, within one unit)"),
    chk("0.0821669", range_ok("0.0821669", *box(lambda a, b: a * b, R("0.13849856"), R("0.593269"))),
        fmt(grad[5], "0.0821669"), "0.13849856 x 0.593269")])
judge("^= 0.13849856 × 0.596884378", "first", [
    chk("0.13849856", near_ok("0.13849856", do1), fmt(do1, "0.13849856"), "restated delta_o1"),
    chk("0.596884378", near_ok("0.596884378", h2), fmt(h2, "0.596884378"), "restated out_h2")])
lo6, hi6 = box(lambda a, b: a * b, R("0.13849856"), R("0.596884378"))
judge("= 0.082666763", "first", [
    chk("0.082666763", near_ok("0.082666763", grad[6]) or range_ok("0.082666763", lo6, hi6), fmt(grad[6], "0.082666763"),
        "dE/dw6 = 0.13849856 x 0.596884378 (the line above) = 0.082667627; printed 0.082666763 (digits garbled)")])
# delta_o2, dE/dw7, dE/dw8
judge("× 0.2270715 = −0.03898231", "first", [
    chk("0.772928465", near_ok("0.772928465", o2), fmt(o2, "0.772928465"), "restated out_o2"),
    chk("0.2270715", near_ok("0.2270715", 1 - o2), fmt(1 - o2, "0.2270715"), "1 - out_o2"),
    chk("-0.03898231", range_ok("-0.03898231", *box(lambda a, b, c: -(D("0.99") - a) * b * c, R("0.772928465"),
                                                  R("0.772928465"), R("0.2270715"))), fmt(do2, "-0.03898231"),
        "-(0.99 - 0.772928465) x 0.772928465 x 0.2270715 = -0.038098231; printed -0.03898231 drops a 0")])
# delta_o2 as the tutorial's later lines print it (0.038098231) follows from the correct operands of its line
lo_d2, hi_d2 = box(lambda a, b, c: (D("0.99") - a) * b * c, R("0.772928465"), R("0.772928465"), R("0.2270715"))
do2_ok = range_ok("0.038098231", lo_d2, hi_d2)
judge("= δo2outh1 = −0.03898231 × 0.593269 = −0.022602537", "propagated", [
    chk("-0.03898231", near_ok("-0.03898231", do2), fmt(do2, "-0.03898231"), "restates the wrong delta_o2"),
    chk("-0.022602537", range_ok("-0.022602537", *box(lambda a, b: a * b, R("-0.03898231"), R("0.593269"))),
        fmt(D("-0.03898231") * D("0.593269"), "-0.022602537"),
        "-0.03898231 x 0.593269 = -0.023126996; the printed -0.022602537 (= -0.038098231 x 0.593269992) does not "
        "follow from the line's own operands")])
judge("^= −0.038098231 × 0.596884378", "first", [
    chk("-0.038098231", near_ok("-0.038098231", do2) or do2_ok, fmt(do2, "-0.038098231"),
        "restated delta_o2: 5 units off the exact value but it follows from the printed correct operands "
        "(0.99 - 0.772928465) x 0.772928465 x 0.2270715 = 0.0380982307"),
    chk("0.596884378", near_ok("0.596884378", h2), fmt(h2, "0.596884378"), "restated out_h2")])
judge("= −0.022740239", "first", [
    chk("-0.022740239", near_ok("-0.022740239", grad[8]) or range_ok(
        "-0.022740239", *box(lambda a, b: a * b, R("-0.038098231"), R("0.596884378"))), fmt(grad[8], "-0.022740239"),
        "-0.038098231 x 0.596884378 = -0.0227402389")])
# output-layer weight updates
judge("0.40 − 0.5 × 0.082167041 = 0.35891648", "first", [
    chk("0.082167041", near_ok("0.082167041", grad[5]), fmt(grad[5], "0.082167041"), "restated dE/dw5"),
    chk("0.35891648", range_ok("0.35891648", *box(lambda g: D("0.40") - D("0.5") * g, R("0.082167041"))),
        fmt(wnew[5], "0.35891648"), "0.40 - 0.5 x 0.082167041")])
judge("0.45 − 0.5 × 0.082666763 = 0.408666186", "propagated", [
    chk("0.082666763", near_ok("0.082666763", grad[6]), fmt(grad[6], "0.082666763"), "restates the wrong dE/dw6"),
    chk("0.408666186", range_ok("0.408666186", *box(lambda g: D("0.45") - D("0.5") * g, R("0.082666763"))),
        fmt(D("0.45") - D("0.5") * D("0.082666763"), "0.408666186"),
        "0.45 - 0.5 x 0.082666763 = 0.4086666185; the printed 0.408666186 (the true w6+) does not follow")])
lo7, hi7 = box(lambda a, b: a * b, R("-0.038098231"), R("0.593269992"))
judge("0.50 − 0.5 ×−0.022602537 = 0.511301269", "first", [
    chk("-0.022602537", near_ok("-0.022602537", grad[7]) or (do2_ok and range_ok("-0.022602537", lo7, hi7)),
        fmt(grad[7], "-0.022602537"),
        "restated dE/dw7 = delta_o2 x out_h1 = -0.038098231 x 0.593269992 = -0.0226025370 (printed correct operands)"),
    chk("0.511301269", range_ok("0.511301269", *box(lambda g: D("0.50") - D("0.5") * g, R("-0.022602537"))),
        fmt(wnew[7], "0.511301269"), "0.50 + 0.5 x 0.022602537 = 0.5113012685")])
judge("0.55 − 0.5 ×−0.022602537 = 0.561370119", "first", [
    chk("-0.022602537", near_ok("-0.022602537", grad[8]), fmt(grad[8], "-0.022740242"),
        "the operand printed as dE/dw8 is dE/dw7's -0.022602537 (dE/dw8 = -0.022740239 on the lines above)"),
    chk("0.561370119", range_ok("0.561370119", *box(lambda g: D("0.55") - D("0.5") * g, R("-0.022602537"))),
        fmt(D("0.55") + D("0.5") * D("0.022602537"), "0.561370119"),
        "0.55 - 0.5 x (-0.022602537) = 0.5613012685, not 0.561370119 (true w8+ = 0.561370121)")])
# delta_h1
judge("^0.13849856 × 0.4", "first", [
    chk("0.13849856", near_ok("0.13849856", do1), fmt(do1, "0.13849856"), "restated delta_o1")])
judge("^− 0.038098231 × 0.5", "first", [
    chk("-0.038098231", near_ok("-0.038098231", do2) or do2_ok, fmt(do2, "-0.038098231"),
        "restated delta_o2 (follows from printed correct operands, see dE/dw8)")])
judge("^× 0.593269992 × (1 − 0.593269992)", "first", [
    chk("0.593269992", near_ok("0.593269992", h1), fmt(h1, "0.593269992"), "restated out_h1")])
judge("0.055395424 − 0.019044115", "first", [
    chk("0.055395424", range_ok("0.055395424", *box(lambda a: a * D("0.4"), R("0.13849856"))),
        fmt(D("0.13849856") * D("0.4"), "0.055395424"), "0.13849856 x 0.4 = 0.055399424 (a 9 printed as 5)"),
    chk("-0.019044115", range_ok("-0.019044115", *box(lambda a: a * D("0.5"), R("-0.038098231"))),
        fmt(D("-0.038098231") * D("0.5"), "-0.019044115"), "0.038098231 x 0.5 = 0.0190491155 (a 9 printed as 4)")])
judge("^× 0.593269992 × 0.40673", "first", [
    chk("0.593269992", near_ok("0.593269992", h1), fmt(h1, "0.593269992"), "restated out_h1"),
    chk("0.40673", range_ok("0.40673", *box(lambda a: 1 - a, R("0.593269992"))), fmt(1 - h1, "0.40673"),
        "1 - 0.593269992")])
lo_s, hi_s = box(lambda a, b: a * D("0.4") + b * D("0.5"), R("0.13849856"), R("-0.038098231"))
judge("= 0.036350308 × 0.593269992 × 0.40673 = 0.008771355", "first", [
    chk("0.036350308", near_ok("0.036350308", do1 * w[5] + do2 * w[7]) or range_ok("0.036350308", lo_s, hi_s),
        fmt(do1 * w[5] + do2 * w[7], "0.036350308"),
        "delta_o1 w5 + delta_o2 w7 = 0.13849856 x 0.4 - 0.038098231 x 0.5 = 0.0363503085 from the printed correct "
        "operands (the garbled 0.055395424 - 0.019044115 of the line before would give 0.036351309)"),
    chk("0.008771355", range_ok("0.008771355", *box(lambda a, b, c: a * b * c, R("0.036350308"), R("0.593269992"),
                                                  R("0.40673"))), fmt(dh1, "0.008771355"),
        "0.036350308 x 0.593269992 x 0.40673")])
judge("= δh1i1 = 0.008771355 × 0.05 = 0.000438568", "first", [
    chk("0.000438568", range_ok("0.000438568", *box(lambda a: a * D("0.05"), R("0.008771355"))),
        fmt(grad[1], "0.000438568"), "0.008771355 x 0.05")])
judge("= 0.008771355 × 0.10 = 0.00087714", "first", [
    chk("0.00087714", range_ok("0.00087714", *box(lambda a: a * D("0.10"), R("0.008771355"))),
        fmt(grad[2], "0.00087714"), "0.008771355 x 0.10")])
# delta_h2
judge("^0.13849856 × 0.45", "first", [
    chk("0.13849856", near_ok("0.13849856", do1), fmt(do1, "0.13849856"), "restated delta_o1")])
judge("^− 0.038098231 × 0.55", "first", [
    chk("-0.038098231", near_ok("-0.038098231", do2) or do2_ok, fmt(do2, "-0.038098231"), "restated delta_o2")])
judge("^× 0.596884378 × (1 − 0.596884378)", "first", [
    chk("0.596884378", near_ok("0.596884378", h2), fmt(h2, "0.596884378"), "restated out_h2")])
judge("0.062324352 − 0.020954027", "first", [
    chk("0.062324352", range_ok("0.062324352", *box(lambda a: a * D("0.45"), R("0.13849856"))),
        fmt(D("0.13849856") * D("0.45"), "0.062324352"), "0.13849856 x 0.45"),
    chk("-0.020954027", range_ok("-0.020954027", *box(lambda a: a * D("0.55"), R("-0.038098231"))),
        fmt(D("-0.038098231") * D("0.55"), "-0.020954027"), "0.038098231 x 0.55")])
judge("^× 0.596884378 × 0.403115622", "first", [
    chk("0.596884378", near_ok("0.596884378", h2), fmt(h2, "0.596884378"), "restated out_h2"),
    chk("0.403115622", range_ok("0.403115622", *box(lambda a: 1 - a, R("0.596884378"))), fmt(1 - h2, "0.403115622"),
        "1 - 0.596884378")])
judge("= 0.041370325 × 0.596884378 × 0.403115622 = 0.0009954255", "first", [
    chk("0.041370325", range_ok("0.041370325", *box(lambda a, b: a + b, R("0.062324352"), R("-0.020954027"))),
        fmt(do1 * w[6] + do2 * w[8], "0.041370325"), "0.062324352 - 0.020954027"),
    chk("0.0009954255", range_ok("0.0009954255", *box(lambda a, b, c: a * b * c, R("0.041370325"), R("0.596884378"),
                                                    R("0.403115622"))), fmt(dh2, "0.0009954255"),
        "0.041370325 x 0.596884378 x 0.403115622 = 0.009954255; printed 0.0009954255 has an extra 0 (10x too small)")])
judge("= δh2i1 = 0.009954255 × 0.05 = 0.000497713", "first", [
    chk("0.009954255", near_ok("0.009954255", dh2), fmt(dh2, "0.009954255"), "restated delta_h2 (the true value)"),
    chk("0.000497713", range_ok("0.000497713", *box(lambda a: a * D("0.05"), R("0.009954255"))),
        fmt(grad[3], "0.000497713"), "0.009954255 x 0.05")])
judge("= 0.009954255 × 0.10 = 0.000995425", "first", [
    chk("0.009954255", near_ok("0.009954255", dh2), fmt(dh2, "0.009954255"), "restated delta_h2"),
    chk("0.000995425", range_ok("0.000995425", *box(lambda a: a * D("0.10"), R("0.009954255"))),
        fmt(grad[4], "0.000995425"), "0.009954255 x 0.10 = 0.0009954255 (0.000995425 within the half-unit of "
                                      "0.009954255; exact dE/dw4 = 0.00099542547)")])
# hidden-layer weight updates
judge("0.15 − 0.5 × 0.000438568 = 0.149780716", "first", [
    chk("0.000438568", near_ok("0.000438568", grad[1]), fmt(grad[1], "0.000438568"), "restated dE/dw1"),
    chk("0.149780716", range_ok("0.149780716", *box(lambda g: D("0.15") - D("0.5") * g, R("0.000438568"))),
        fmt(wnew[1], "0.149780716"), "0.15 - 0.5 x 0.000438568")])
judge("0.2 − 0.5 × 0.000438 = 0.19956", "first", [
    chk("0.000438", near_ok("0.000438", grad[2]), fmt(grad[2], "0.000877"),
        "the operand printed as dE/dw2 is dE/dw1 cut to 0.000438; dE/dw2 = 0.00087714 (printed above)"),
    chk("0.19956", range_ok("0.19956", *box(lambda g: D("0.2") - D("0.5") * g, R("0.000438"))),
        fmt(D("0.2") - D("0.5") * D("0.000438"), "0.19956"),
        "0.2 - 0.5 x 0.000438 = 0.199781; the printed 0.19956 (the true w2+ = 0.1995614) does not follow")])
judge("0.25 − 0.5 × 0.000497713 = 0.2497511435", "first", [
    chk("0.000497713", near_ok("0.000497713", grad[3]), fmt(grad[3], "0.000497713"), "restated dE/dw3"),
    chk("0.2497511435", range_ok("0.2497511435", *box(lambda g: D("0.25") - D("0.5") * g, G("0.000497713"))),
        fmt(D("0.25") - D("0.5") * D("0.000497713"), "0.2497511435"), "0.25 - 0.5 x 0.000497713 (exact)")])
judge("0.3 − 0.5 × 0.0009954255 = 0.29950228725", "first", [
    chk("0.0009954255", near_ok("0.0009954255", grad[4]), fmt(grad[4], "0.0009954255"), "restated dE/dw4"),
    chk("0.29950228725", range_ok("0.29950228725", *box(lambda g: D("0.3") - D("0.5") * g, G("0.0009954255"))),
        fmt(D("0.3") - D("0.5") * D("0.0009954255"), "0.29950228725"), "0.3 - 0.5 x 0.0009954255 (exact)")])
# summary sentences
judge("we updated w1 from 0.5 to 0.1498", "first", [
    chk("0.5", D("0.5") == w[1], "0.15", "w1 was 0.15 (the given used on every line above), not 0.5"),
    chk("0.1498", near_ok("0.1498", wnew[1]), fmt(wnew[1], "0.1498"), "w1+ = 0.149780716")])
judge("e.g. 0.2910 instead of 0.2984", "first", [
    chk("0.2910", near_ok("0.2910", E_after), fmt(E_after, "0.2910"),
        "total error after the update, all eight weights moved (0.291027774; 0.291027773 with the printed new "
        "weights)"),
    chk("0.2984", near_ok("0.2984", E1 + E2), fmt(E1 + E2, "0.2984"), "restated E_total 0.298371109")])


def main():
    wrong, right = [], []
    seen = set()
    print(f"doc: {DOCFILE} ({len(LINES)} lines, excerpt of {SOURCE})\n")
    for sub, kind, checks in JUDGED:
        n = line_of(sub)
        if n in seen:
            raise SystemExit(f"line {n} judged twice")
        seen.add(n)
        bad = [c for c in checks if not c[1]]
        status = "WRONG" if bad else "right"
        print(f"[{status}] line {n} ({pdfpos(n)}): {LINES[n - 1].strip()}")
        for printed, ok, correct, why in checks:
            print(f"      {'ok ' if ok else 'BAD'} {printed:>14}  exact/expected {correct:>14}  {why}")
        if bad:
            p, _, c, why = bad[0]
            wrong.append({"line": n, "page": None, "printed": p, "correct": c, "kind": kind,
                          "why": f"{pdfpos(n)}: " + "; ".join(f"{b[0]} -> {b[2]}: {b[3]}" for b in bad)})
        else:
            right.append(n)
    for u in UNJUDGED:
        print(f"[unjudged] line {u['line']}: {LINES[u['line'] - 1].strip()}\n      {u['why']}")
    nf = sum(1 for x in wrong if x["kind"] == "first")
    print(f"\nwrong: {len(wrong)} ({nf} first, {len(wrong) - nf} propagated); right: {len(right)}; "
          f"unjudged: {len(UNJUDGED)}")
    exp = {
        "file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
        "wrong": sorted(wrong, key=lambda x: x["line"]), "right": sorted(right),
        "unjudged": UNJUDGED,
        "notes": (
            "doc.txt is an excerpt (worked equations and numbers only) of the PDF's text layer as pypdf 7.1.1 "
            "extracts it; each doc.txt line is one PDF text line, verbatim, and every judgement's 'why' names the "
            "PDF page and line. Fractions typeset as \\frac come out flattened ('1 1 + e−0.3774' is 1/(1+e^-0.3774)); "
            "superscripts follow their base ('(...)2' is a square, 'w+ 5' is w5+). Givens (Mazur's network): "
            "i = (0.05, 0.10), w1..w8 = 0.15 .. 0.55, b1 = 0.35, b2 = 0.6, targets 0.01/0.99, eta = 0.5. "
            "Restated operands are judged by rule (b); a restated delta_o2 = 0.038098231 is 5 units off the exact "
            "0.0380982365 but follows from the printed correct operands (0.99 - 0.772928465) x 0.772928465 x "
            "0.2270715 = 0.0380982307, so it and the values computed from it are right. Lines holding only givens "
            "(the substituted net_h2 sum, the formula lines with the bias 0.6 / 0.35) are in neither list. The "
            "'softmax' lines are judged as the arithmetic they print (out_o / (out_o1 + out_o2)), not as a softmax."),
    }
    if "--write-expected" in sys.argv:
        (HERE / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote expected.json")


if __name__ == "__main__":
    main()
