#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, an excerpt of Jan Geschinsky's German
teaching notebook "Lernen im mehrschichtigen Netz" (kretzschauer/notebooks,
meineNotebooks/maschinenlernen/UnterrichtNeuronaleNetze/03_Entwurf und Predict.ipynb): forward pass and first
backward step of a 2-2-1 sigmoid network with bias neurons in the input and hidden layers (drawn as 3-3-1), all
weights 1, XOR sample x = (1, 0, 0) (bias, x1, x2), learning factor 1. Decimal commas as printed.

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Givens (page): IN = (1, 0, 0); W^IH = 3x3 matrix of ones (rows: to hidden j = 0..2, columns: from input i), W^HO =
(1, 1, 1) (from hidden 0 = bias, 1, 2); eta = 1; sigmoid; E = 1/2 (t - FO)^2. The first component of HI belongs
to the hidden bias node and "wird ignoriert": its output is 1 (HO_0 = 1, as the page prints). The target is not
in the text (the page's Excel image excel_vorgerechnet.png is not in the repository); t = 0 = XOR(0, 0) is the
target its printed hidden deltas -0,0131 imply. Page formulas: delta^FO = (t - FO) FO (1 - FO);
delta^HO_i = der_i * w^HO_1i * delta^FO with der_i = HO_i (1 - HO_i); Delta w^IH_ji = eta delta^HO_j IN_i.
True values: HI = (1, 1, 1), HO = (1, 0.7310586, 0.7310586), FI = 2.4621172, FO = 0.9214365,
delta^FO = -0.0667, hidden deltas (0, -0.0131, -0.0131) (bias node: der_0 = 1 * (1 - 1) = 0).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers rounds to p at p's digits (given operands exact, rounded printed operands anywhere within half
      a unit) - otherwise wrong, first;
  (b) a value printed without working, or restated, is right within one unit of the true value, or when it follows
      from printed correct operands;
  (c) a restated wrong value, or a value computed from a wrong one and itself off, is wrong, propagated.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/kretzschauer/notebooks/blob/82c6d402a006ca3c1569ec7202e3566c3ecbf4c4/meineNotebooks/"
          "maschinenlernen/UnterrichtNeuronaleNetze/03_Entwurf%20und%20Predict.ipynb")
LICENSE = ("none (no licence for this folder; the repository's only LICENSE file covers meineNotebooks/hpi_kurs/); "
           "doc.ipynb is an excerpt: the markdown cells with the worked example, keeping only their heading, "
           "given and equation lines verbatim (prose lines and the empty code cell cut), re-serialised with "
           "json.dump(indent=1, ensure_ascii=False)")
import itertools
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
RAW = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    """1-based line of the raw file holding sub (the nth hit); fails loudly."""
    hits = [i + 1 for i, t in enumerate(RAW) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def num(s):
    """A printed number with a decimal comma -> Decimal."""
    return D(s.replace(",", "."))


def sig(z):
    return 1 / (1 + (-D(z)).exp())


def unit(p):
    return D(1).scaleb(num(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def fmt(x, p):
    r = rnd(x, p)
    return str(abs(r) if r == 0 else r).replace(".", ",")


def near(p, x):
    """rule (b): within one unit of p's last digit of the true value x."""
    return abs(num(p) - rnd(x, p)) <= unit(p)


def half(p):
    """an operand that is itself a rounded printed result: anywhere within half a unit."""
    return (num(p) - unit(p) / 2, num(p) + unit(p) / 2)


def exact(p):
    return (num(p), num(p))


def reachable(p, f, boxes):
    """rule (a): p must be the rounding at p's digits of f(operands) for some operands in their boxes.
    f is monotone in each operand here, so the reachable values form the interval spanned by the corners."""
    vals = [f(*c) for c in itertools.product(*boxes)]
    lo, hi = min(vals), max(vals)
    q = num(p)
    return rnd(lo, p) <= q <= rnd(hi, p)


RESULTS = {}   # line -> dict(status, items)


def judge(line, printed, true, ops=None, rule="b", status=None, why="", correct=None, show=None, value=None):
    """Judge one printed number on a line (printed: a substring the line must hold).
    show: the text recorded as printed when that substring is not a bare number;
    value: the printed number itself when the substring checked carries context.
    rule "a": the line prints p as the result of an expression of numbers printed on it; ops = (f, boxes);
    rule "b": a value printed without its working or restated: near the true value, or following from the
    printed correct operands ops. status forces 'first'/'propagated' (rule c)."""
    if printed not in RAW[line - 1]:
        raise SystemExit("line %d does not print %r" % (line, printed))
    text, printed = printed, (value or printed)
    if status is None:
        if rule == "a":
            ok = reachable(printed, *ops)
        else:
            ok = near(printed, true) or (ops is not None and reachable(printed, *ops))
        st = "right" if ok else "first"
    else:
        st = status
    try:
        tv = fmt(true, printed)
    except Exception:
        tv = str(true)
    item = {"printed": show or (printed if value else text), "true": tv, "status": st,
            "why": why, "correct": correct}
    rec = RESULTS.setdefault(line, [])
    rec.append(item)
    return st


def finish(source, license_, notes):
    wrong, right = [], []
    order = {"right": 0, "propagated": 1, "first": 2}
    for line in sorted(RESULTS):
        items = RESULTS[line]
        worst = max(items, key=lambda it: order[it["status"]])
        tag = worst["status"]
        print("line %4d  %-10s %s" % (line, tag, "; ".join(
            "%s (true %s)%s" % (it["printed"], it["true"], "" if it["status"] == "right" else " <- " + it["status"])
            for it in items)))
        if tag == "right":
            right.append(line)
        else:
            bad = [it for it in items if it["status"] != "right"]
            kind = "first" if any(it["status"] == "first" for it in bad) else "propagated"
            wrong.append({"line": line, "page": None,
                          "printed": ", ".join(it["printed"] for it in bad),
                          "correct": ", ".join(it["correct"] or it["true"] for it in bad),
                          "kind": kind,
                          "why": " ".join(dict.fromkeys(it["why"] for it in bad if it["why"]))})
    print("wrong: %d (first %d, propagated %d), right: %d" % (
        len(wrong), sum(w["kind"] == "first" for w in wrong), sum(w["kind"] == "propagated" for w in wrong), len(right)))
    if "--write-expected" in sys.argv:
        out = {"file": DOCFILE, "format": FORMAT, "source": source, "license": license_,
               "wrong": wrong, "right": right, "notes": notes}
        (HERE / "expected.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote expected.json")


# ---------------------------------------------------------------- true values from the givens
IN = [D(1), D(0), D(0)]
WIH = [[D(1)] * 3 for _ in range(3)]
WHO = [D(1)] * 3
T = D(0)
HI = [sum(WIH[j][i] * IN[i] for i in range(3)) for j in range(3)]
HO = [D(1), sig(HI[1]), sig(HI[2])]
FI = sum(WHO[j] * HO[j] for j in range(3))
FO = sig(FI)
FD = (T - FO) * FO * (1 - FO)
HD = [HO[j] * (1 - HO[j]) * WHO[j] * FD for j in range(3)]
DWIH = [[HD[j] * IN[i] for i in range(3)] for j in range(3)]
DWS = "; ".join(" ".join(fmt(DWIH[j][i], "0,0000") for i in range(3)) for j in range(3))

# ---------------------------------------------------------------- the lines
for name, j in (("$$HI_1 = w_{10}", 1), ("$$HI_2 = w_{20}", 2)):
    L = line_of(name)
    judge(L, "= 1 $$", HI[j], rule="a", ops=(lambda: D(1) * 1 + 1 * 0 + 1 * 0, []), value="1")
L = line_of("=  \\\\begin{pmatrix}1 \\\\\\\\ 1\\\\\\\\1")
judge(L, "\\\\begin{pmatrix}1 \\\\\\\\ 1\\\\\\\\1", "(1, 1, 1)", status="right", show="(1, 1, 1)")

L = line_of("$$ HO = \\\\sigma(HI) = \\\\sigma\\\\begin{pmatrix}  1  \\\\\\\\ 0  \\\\\\\\ 0")
for j in (1, 2):
    judge(L, "0,73105", HO[j], rule="a", ops=(lambda: sig(0), []), correct=fmt(HO[j], "0,73105"),
          why="sigma is applied to (1, 0, 0) - the input, not HI = (1, 1, 1) - and sigma(0) = 0.5; the printed "
              "0,73105 is sigma(1) = 0.7310586 cut off, which rounds to 0,73106.")
L = line_of("\\\\begin{pmatrix}2,46211 \\\\end{pmatrix}")
for j in (1, 2):
    judge(L, "0,73105", HO[j])
judge(L, "2,46211", FI, rule="a", ops=(lambda a, b: 1 + a + b, [half("0,73105"), half("0,73105")]))
L = line_of("$$ FO = \\\\sigma(FI) = \\\\sigma(2,46211)")
judge(L, "2,46211", FI)
judge(L, "0,92144", FO, rule="a", ops=(lambda z: sig(z), [half("2,46211")]))

WHY0 = ("The first hidden delta (bias node of the hidden layer) is printed as -0,0667, which is delta^FO itself; "
        "by the page's formula der_0 * w^HO_10 * delta^FO it is 0 (der_0 = HO_0 (1 - HO_0) = 1 * 0), and even "
        "with sigma(HI_0) = sigma(1) it would be -0,0131.")
L = line_of("$$\\\\Delta w^{IH}_{ji}= \\\\eta \\\\cdot \\\\begin{pmatrix} -0,0667")
judge(L, "-0,0667", HD[0], status="first", why=WHY0, correct=fmt(HD[0], "0,0000"))
judge(L, "-0,0131", HD[1])
L = line_of("= \\\\eta \\\\cdot \\\\begin{pmatrix} -0,0667", nth=2)
judge(L, "-0,0667", HD[0], status="propagated", why="Restates the wrong bias-node delta -0,0667.",
      correct=fmt(HD[0], "0,0000"))
judge(L, "-0,0131", HD[1])
L = line_of("= \\\\eta \\\\cdot \\\\begin{pmatrix}-0,0667 & 0 & 0")
judge(L, "-0,0667 & 0 & 0", DWS, status="propagated", show="-0,0667 0 0 (first row)", correct=DWS,
      why="First row of Delta W^IH built from the wrong bias-node delta; the true matrix is " + DWS + ".")
judge(L, "-0,0131 & 0 & 0", HD[1] * IN[0], value="-0,0131")

NOTES = ("Close calls. (1) sigma line: the page applies sigma to (1, 0, 0) (the input vector) instead of "
         "HI = (1, 1, 1) and prints sigma(1) as 0,73105 (true 0.7310586 -> 0,73106 at five decimals): wrong, first, "
         "under rule (a). The restated 0,73105 on the next line is within one unit of the true value (rule b) and "
         "the printed sum 1 + 0,73105 + 0,73105 = 2,46211 is reachable from operands within half a unit "
         "(0,731055 each; true 2.4621172 -> 2,46212, also within one unit), so that line is judged right. "
         "(2) The first component of the hidden deltas (-0,0667) belongs to the hidden bias node, whose weights "
         "the page says are ignored; it is still a printed wrong number (it is delta^FO, not a hidden delta; the "
         "page's own formula gives 0). The other hidden deltas -0,0131 are right for t = 0 (XOR(0,0); the target is "
         "not written in the text). Lines stating only givens (weights of ones, IN = (1 0 0) and its transpose) "
         "are in neither list. The weight-matrix convention here is W^IH . IN (rows = hidden), unlike the author's "
         "other notebooks; followed as printed.")
finish(SOURCE, LICENSE, NOTES)
