#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, an excerpt of Jan Geschinsky's German
teaching notebook "Lernen im mehrschichtigen Netz" (kretzschauer/notebooks,
meineNotebooks/maschinenlernen/UnterrichtNeuronaleNetze/03_Backpropagation.ipynb): forward pass and first
backward step of a 3-3-2 sigmoid network (input bias neuron + x1, x2; three hidden neurons without hidden bias; two
outputs), XOR sample x = (1, 0, 1) (bias, x1, x2), learning factor 1. Decimal commas as printed.

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Givens (page): IN = (1, 0, 1); all weights 0.1 "bis auf zwei Ausnahmen" (except two), the two exceptions being the
0,2 shown in the printed matrices: W^IH (rows: from input 0..2, columns: to hidden 0..2) =
[[0.1, 0.2, 0.1], [0.1, 0.1, 0.1], [0.1, 0.1, 0.1]]; W^HO (rows: hidden 0..2, columns: output 0, 1) =
[[0.2, 0.1], [0.1, 0.1], [0.1, 0.1]]; eta = 1; sigmoid everywhere; E = 1/2 (t - FO)^2. The targets are not in the
text; the page's Excel image ergebnisseXOR101.png (referenced on its last line) gives Target0 = 1, Target1 = 0.
True backward values (the page's own formulas: delta = (t - FO) FO (1 - FO); hidden delta_i = der_i * (weighted
output deltas), summed over both outputs as the page's Excel sheet does; Delta w^IH_ji = eta delta_j IN_i):
hidden deltas = (0.0021, -0.0006, -0.0006) and Delta W^IH has non-zero columns for x0 and x2.

The section "Gewichtskorrektur aus der Hidden-Schicht heraus  muss neu gemacht werden" ("must be redone") prints the
hidden deltas (-0,0667, -0,0131, -0,0131) and the input (1, 0, 0) of another example (all weights 1, input
(1, 0, 0), target 0 - the author's notebook "03_Entwurf und Predict"), stale values that contradict this page's
input (1, 0, 1): wrong, first; their restatements and the product matrix built from them: wrong, propagated.

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
          "maschinenlernen/UnterrichtNeuronaleNetze/03_Backpropagation.ipynb")
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
IN = [D(1), D(0), D(1)]
WIH = [[D("0.1"), D("0.2"), D("0.1")], [D("0.1")] * 3, [D("0.1")] * 3]
WHO = [[D("0.2"), D("0.1")], [D("0.1"), D("0.1")], [D("0.1"), D("0.1")]]
T = [D(1), D(0)]
HI = [sum(IN[i] * WIH[i][j] for i in range(3)) for j in range(3)]
HO = [sig(h) for h in HI]
FI = [sum(HO[j] * WHO[j][k] for j in range(3)) for k in range(2)]
FO = [sig(z) for z in FI]
FD = [(T[k] - FO[k]) * FO[k] * (1 - FO[k]) for k in range(2)]
HD = [HO[j] * (1 - HO[j]) * sum(WHO[j][k] * FD[k] for k in range(2)) for j in range(3)]
DWIH = [[HD[j] * IN[i] for i in range(3)] for j in range(3)]      # rows hidden j, columns input i (page layout)
HDS = ", ".join(fmt(h, "0,0000") for h in HD)
DWS = "; ".join(" ".join(fmt(DWIH[j][i], "0,0000") for i in range(3)) for j in range(3))

# ---------------------------------------------------------------- the lines
L = line_of("HI_1 =  x_0")
judge(L, "0,3", HI[1], why="HI_1 = w_01 + w_21 = 0.2 + 0.1")
L = line_of("=  \\\\begin{pmatrix}0,2 & 0,3 & 0,2")
for j, p in ((0, "0,2"), (1, "0,3"), (2, "0,2")):
    judge(L, p, HI[j], rule="a", ops=(lambda j=j: HI[j], []))

L = line_of("$$ HO = \\\\sigma(HI)")
for j, p in ((0, "0,5498"), (1, "0,5744"), (2, "0,5498")):
    judge(L, p, HO[j], rule="a", ops=(lambda z=HI[j]: sig(z), []))
L = line_of("$$\\\\begin{pmatrix}  0,5498 & 0,5744 &  0,5498 \\\\end{pmatrix} \\\\cdot")
for j, p in ((0, "0,5498"), (1, "0,5744")):
    judge(L, p, HO[j])
L = line_of("=  \\\\begin{pmatrix}0,2224 & 0,1674")
hb = [half("0,5498"), half("0,5744"), half("0,5498")]
for k, p in ((0, "0,2224"), (1, "0,1674")):
    judge(L, p, FI[k], rule="a", ops=(lambda a, b, c, k=k: a * WHO[0][k] + b * WHO[1][k] + c * WHO[2][k], hb))
L = line_of("$$ FO = \\\\sigma(FI)")
for k, (z, p) in enumerate((("0,2224", "0,5554"), ("0,1674", "0,5418"))):
    judge(L, p, FO[k], rule="a", ops=(lambda x: sig(x), [half(z)]))

STALE = ("stale numbers of another example (all weights 1, input (1,0,0), target 0; the author's "
         "'03_Entwurf und Predict' notebook) in a section headed 'muss neu gemacht werden'; this page's input is "
         "(1,0,1) and its hidden deltas are %s" % HDS)
L = line_of("$$\\\\Delta w^{IH}_{ji}= \\\\eta \\\\cdot \\\\begin{pmatrix} -0,0667")
for j, p in ((0, "-0,0667"), (1, "-0,0131"), (2, "-0,0131")):
    judge(L, p, HD[j], status="first", why="Hidden deltas: " + STALE + ".", correct=fmt(HD[j], p))
L = line_of("\\\\begin{pmatrix}  1  \\\\\\\\ 0  \\\\\\\\ 0  \\\\end{pmatrix}^T")
judge(L, "0  \\\\end", "(1, 0, 1)", status="first", correct="(1, 0, 1)", show="(1, 0, 0)^T",
      why="The input vector is restated as (1,0,0) although the page's input is (1,0,1) (x2 = 1).")
L = line_of("= \\\\eta \\\\cdot \\\\begin{pmatrix} -0,0667", nth=2)
for j, p in ((0, "-0,0667"), (1, "-0,0131"), (2, "-0,0131")):
    judge(L, p, HD[j], status="propagated", why="Restates the stale hidden deltas.", correct=fmt(HD[j], p))
L = line_of("\\\\begin{pmatrix}  1  & 0  & 0  \\\\end{pmatrix}")
judge(L, "0  \\\\end", "(1, 0, 1)", status="propagated", correct="(1, 0, 1)", show="(1, 0, 0)",
      why="Restates the wrong input (1,0,0) transposed; x2 = 1.")
L = line_of("= \\\\eta \\\\cdot \\\\begin{pmatrix}-0,0667 & 0 & 0")
judge(L, "-0,0667 & 0 & 0", DWS, status="propagated", correct=DWS,
      show="-0,0667 0 0; -0,0131 0 0; -0,0131 0 0",
      why="Delta W^IH built from the stale deltas and input (product of its printed factors, but both are wrong);"
          " the true matrix (rows hidden j, columns input i) is " + DWS + ".")

NOTES = ("The forward pass (HI, HO, FI, FO) is right throughout. The hidden-layer section, which the author heads "
         "'muss neu gemacht werden' (must be redone), is a stale copy from another example: hidden deltas "
         "(-0,0667, -0,0131, -0,0131) and input (1,0,0) belong to the author's '03_Entwurf und Predict' notebook "
         "(all weights 1, input (1,0,0), target 0: delta_out = -0.92144*0.92144*0.07856 = -0.0667). The printed "
         "matrix product is consistent with its printed factors but inherits both errors (propagated). True values "
         "need the targets, which the text does not give; the page's Excel image gives t = (1, 0); with any targets "
         "in [0,1] the printed deltas and the (1,0,0) input are still wrong (x2 = 1 makes the x2 column of Delta W^IH "
         "non-zero). Hidden deltas sum over both outputs (the page's formula der_i * w^HO_1i * delta^FO is written "
         "for one output; its Excel sheet sums). The two (1,0,0) lines are restated givens, listed as wrong because "
         "they misstate the page's input (close call: first on the first occurrence, propagated on the restatement). "
         "Lines stating only givens (W^IH, W^HO, IN) are in neither list.")
finish(SOURCE, LICENSE, NOTES)
