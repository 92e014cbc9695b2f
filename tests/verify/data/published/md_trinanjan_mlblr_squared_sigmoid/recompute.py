#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt (code statements and tables,
line for line) of trinanjan12/MLBLR TRINANJAN_BATCH_4_ASSIGNMENT2B.md: an MLBLR / EIP 2018 assignment (2B) that
follows one forward pass, backward pass and update of the Analytics Vidhya 4-3-1 sigmoid network on three training
rows, each step a Python 2 code block followed by the printed matrix typed as a Markdown table (numbers such as
`.84`, `-.8`, `.2211`).

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (the code of doc.md lines 3-7 and 100): X = [[0,1,1,0],[1,0,1,1],[1,1,0,0]], wh, bh, wout = [[0.26],[0.68],
[0.23]], bout = 0.48 as assigned, l_rate = 0.1. The tables on lines 14-35 restate the inputs, two of them
differently (X row 1 shown as 0 1 0 0, wout shown as 0.35, 0.29, 0.25): input cells, not judged; every printed
result follows the code's values. y is never assigned in the document; E = y - output with the printed outputs
(.84, .9, .8) and E (.16, .1, -.8) gives y = [1, 1, 0], the assignment's usual targets, taken as given. The recipe
(the code's own comments, left out of the excerpt): hidden_layer_input = X wh + bh, a = sigmoid(.),
output = sigmoid(a wout + bout), E = y - output, slope = s (1 - s) of the sigmoid outputs,
d_output = E slope_output lr, Error_at_hidden = d_output wout^T, d_hidden = Error_at_hidden * slope_hidden
(element by element), wout += a^T d_output lr, wh += X^T d_hidden lr, bh += sum(d_hidden) lr,
bout += sum(d_output) lr (lr applied twice, as the recipe says). True values follow it exactly (no rounding).

Judging rule (as in the other folders; p a printed number, u one unit in its last digit):
  near(p, X)  <=>  |p - round(X to p's digits)| <= u
  1. the line shows p as the result of an expression of printed operands and no value of that expression (an
     operand that is a rounded result printed earlier taken anywhere within half a unit of its last digit; givens
     exact) rounds to exactly p                                    -> wrong, first
  2. p is near the true value                                     -> right
  3. an upstream printed value it depends on is wrong              -> wrong, propagated
  4. the author's own (wrong) formula produced it                  -> wrong, first
  5. p follows from its printed, correct operands                  -> right (rounding drift)
  6. otherwise                                                     -> wrong, first
A restated value (an operand copied from an earlier line) is judged like the value it copies. A table cell has no
operands on its line, so rule 1 never applies here.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/trinanjan12/MLBLR/blob/c5e299b72a172fafd9bba4fea223a77778bc90f7/"
          "TRINANJAN_BATCH_4_ASSIGNMENT2B.md")
LICENSE = ("none (no LICENSE in the repository); doc.md keeps only the code statements (comment lines removed) and the "
           "tables of numbers, line for line, headings and prose removed")
import itertools
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def sig(z):
    return 1 / (1 + (-D(z)).exp())


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    return abs(D(p) - rnd(x, p)) <= unit(p)


def R(printed):
    """A printed rounded operand: any value within half a unit of its last digit."""
    p = D(printed)
    return (p - unit(p) / 2, p + unit(p) / 2)


def rng(f, *ops):
    """Range of f over its operands (exact Decimals, or (lo, hi) intervals from R); f is monotone in each."""
    choices = [o if isinstance(o, tuple) else (D(o), D(o)) for o in ops]
    vals = [f(*c) for c in itertools.product(*choices)]
    return (min(vals), max(vals))


def attainable(p, ops):
    """Some value of the expression rounds to exactly p at p's digits (the strict own-arithmetic rule)."""
    p = D(p)
    lo, hi = ops if isinstance(ops, tuple) else (D(ops), D(ops))
    u = unit(p)
    return lo < p + u / 2 and hi >= p - u / 2


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, ops=None, up=(), method=False, why="", correct=None, explicit=True, whole=False,
        judged=None):
    """Judge one printed number (rules in the module docstring). ops: the value (or range) of the expression the
    line prints p as the result of, from the numbers printed on the line; None when p is printed without working.
    whole=True: p and its true value are exact (integers or short decimals computed exactly, no rounding involved),
    so p is near the true value only when it equals it. judged: the value p stands for when the printed text drops
    trailing zeros of a column printed at a fixed precision (numpy prints 0.20 as "0.2 " in a 2-decimal matrix)."""
    assert printed in DOC[line - 1], (line, printed, DOC[line - 1])
    p = D(judged or printed)
    if ops is None and up and explicit:
        ops = p  # a restated value: it carries the status of the value it copies (rules 3 and 5)
    ops_ok = ops is None or attainable(p, ops)
    if explicit and not ops_ok:
        st, kind = "wrong", "first"
    elif (p == D(true)) if whole else near(p, true):
        st, kind = "right", None
    elif any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", ("propagated" if ops_ok else "first")
    elif method:
        st, kind = "wrong", "first"
    elif ops is not None and ops_ok:
        st, kind = "right", None
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    mid = None if ops is None else (ops if not isinstance(ops, tuple) else (ops[0] + ops[1]) / 2)
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), ops=mid, status=st, kind=kind, why=why,
                       correct=correct if correct is not None else str(rnd(true, p))))
    CHECKS[-1]["printed"] = printed


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:110]))
        for c in cs:
            extra = "" if c["ops"] is None else "  from printed operands %.10g" % c["ops"]
            print("            %-12s printed %-14s true %.10g%s -> %s%s" % (
                c["id"], c["printed"], c["true"], extra, c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            seen, printed, correct, whys = set(), [], [], []
            for c in bad:
                key = (c["printed"], c["correct"])
                if key in seen:
                    continue
                seen.add(key)
                printed.append(c["printed"])
                correct.append(c["correct"])
                whys.append(c["why"] or "restates a wrong value")
            wrong.append({"line": n, "page": None, "printed": ", ".join(printed), "correct": ", ".join(correct),
                          "kind": "first" if "first" in kinds else "propagated", "why": "; ".join(dict.fromkeys(whys))})
        else:
            right.append(n)
    return wrong, right


def main():
    wrong, right = report()
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines:", right)
    print("%d wrong, %d right" % (len(wrong), len(right)))
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


import re

NUM = re.compile(r"-?\d*\.\d+")


def rows(header_text, n_rows):
    """The line numbers of the n_rows data rows of the table whose header line contains header_text."""
    h = line_of(header_text)
    return [h + 2 + i for i in range(n_rows)]


def cells(n):
    text = DOC[n - 1].replace("| .0.0035376", "| 0.0035376")  # a stray "." before the author's 0.0035376
    return NUM.findall(text)


# ---------------- exact values from the givens ----------------
X = [[0, 1, 1, 0], [1, 0, 1, 1], [1, 1, 0, 0]]
WH = [[D("0.13"), D(".01"), D("0.1")], [D("0.31"), D("0.41"), D("0.12")], [D("0.21"), D("0.26"), D("0.72")],
      [D("0.92"), D("0.88"), D("0.30")]]
BH = [D("0.08"), D("0.21"), D("0.56")]
WOUT = [D("0.26"), D("0.68"), D("0.23")]
BOUT = D("0.48")
Y = [1, 1, 0]
LR = D("0.1")
HI = [[sum(X[r][k] * WH[k][j] for k in range(4)) + BH[j] for j in range(3)] for r in range(3)]
A = [[sig(v) for v in row] for row in HI]
Z = [sum(A[r][j] * WOUT[j] for j in range(3)) + BOUT for r in range(3)]
OUT = [sig(z) for z in Z]
E = [Y[r] - OUT[r] for r in range(3)]
SO = [o * (1 - o) for o in OUT]
SH = [[a * (1 - a) for a in row] for row in A]
DO = [E[r] * SO[r] * LR for r in range(3)]
EH = [[DO[r] * WOUT[j] for j in range(3)] for r in range(3)]
DH = [[EH[r][j] * SH[r][j] for j in range(3)] for r in range(3)]
WOUT2 = [WOUT[j] + sum(A[r][j] * DO[r] for r in range(3)) * LR for j in range(3)]
WH2 = [[WH[k][j] + sum(X[r][k] * DH[r][j] for r in range(3)) * LR for j in range(3)] for k in range(4)]
BH2 = [BH[j] + sum(DH[r][j] for r in range(3)) * LR for j in range(3)]
BOUT2 = BOUT + sum(DO) * LR


def table(name, lines, true, up_of=lambda r, j: (), method=False, why=""):
    """A printed numpy matrix typed as a table: numpy prints every cell at the matrix's precision and drops
    trailing zeros (".9" is 0.90 next to ".84"), so each cell is judged at the table's number of decimals."""
    places = max(len(s.split(".")[1]) for n in lines for s in cells(n))
    for r, n in enumerate(lines):
        for j, s in enumerate(cells(n)):
            t = true[r][j] if isinstance(true[r], list) else true[r]
            full = s + "0" * (places - len(s.split(".")[1]))
            chk("%s%d%d" % (name, r + 1, j + 1), n, s, t, up=list(up_of(r, j)), explicit=False, method=method,
                why=why, judged=full)


table("hi", rows("`hidden_layer_input`", 3), HI)
table("a", rows("`hiddenlayer_activations`", 3), A, method=True,
      why="sigmoid(x) is coded as 1/(1 + np.exp(x) ** -x) = 1/(1 + e^(-x^2)): sigmoid(0.60) = 0.65 (true), "
          "0.59 printed")
table("z", rows("`output_layer_input`", 3), Z, up_of=lambda r, j: ["a%d%d" % (r + 1, k) for k in (1, 2, 3)])
table("o", rows("`output`", 3), OUT, up_of=lambda r, j: ["z%d1" % (r + 1)], method=True,
      why="sigmoid of the output layer input, with the squared-exponent sigmoid")
table("E", rows("`E`", 3), E, up_of=lambda r, j: ["o%d1" % (r + 1)])
table("sh", rows("`Slope_hidden_layer`", 3), SH, up_of=lambda r, j: ["a%d%d" % (r + 1, j + 1)], method=True,
      why="a (1 - a) of the activations; the code applies its sigmoid a second time (sigmoid_df(a))")
table("so", rows("`Slope_output_layer`", 3), SO, up_of=lambda r, j: ["o%d1" % (r + 1)])
table("do", rows("`d_output`", 3), DO, up_of=lambda r, j: ["E%d1" % (r + 1), "so%d1" % (r + 1)])
table("eh", rows("`Error_at_hidden_layer`", 3), EH, up_of=lambda r, j: ["do%d1" % (r + 1)])
table("dh", rows("`d_hiddenlayer`", 3), DH,
      up_of=lambda r, j: ["eh%d%d" % (r + 1, k) for k in (1, 2, 3)] + ["sh%d%d" % (k, j + 1) for k in (1, 2, 3)],
      why="also a matrix product np.matmul(Error_at_hidden_layer, Slope_hidden_layer) for the element-wise product")
ALLDO = ["do11", "do21", "do31"]
ALLDH = ["dh%d%d" % (r, j) for r in (1, 2, 3) for j in (1, 2, 3)]
table("wo", rows("||||`wout`", 3), WOUT2, up_of=lambda r, j: ALLDO)
table("wh", rows("||||`wh`", 4), WH2, up_of=lambda r, j: ALLDH)
table("bh", rows("|`new bh`|", 1), [BH2], up_of=lambda r, j: ALLDH)
table("bo", rows("|`new bout`", 1), [BOUT2], up_of=lambda r, j: ALLDO)


NOTES = (
    "An MLBLR / EIP 2018 assignment 2B (trinanjan12/MLBLR, TRINANJAN_BATCH_4_ASSIGNMENT2B.md, published at commit "
    "c5e299b on 2018-05-02 and removed by the author in the next commit; no license, so only the code statements and "
    "the tables are kept): the 4-3-1 sigmoid network on three rows, printed matrices typed as Markdown tables. "
    "hidden_layer_input is right. The code's sigmoid is 1/(1 + np.exp(x) ** -x) = 1/(1 + e^(-x^2)), so every "
    "activation is wrong (lines 53-55, first; 0.59 for sigmoid(0.60) = 0.65 ...), and so is the output "
    "(.84, .9, .8 for 0.79, 0.81, 0.78, first where the output layer input is right, line 69); the output layer "
    "input 1.30 is still right by the one-unit rule (true 1.313), 1.50 and 1.19 are not (1.42, 1.24). The hidden "
    "slope applies the sigmoid a second time to the activations, the hidden delta is a matrix product instead of an "
    "element-wise product, and everything downstream (E, slopes, d_output, Error_at_hidden_layer, d_hiddenlayer, "
    "new wout, wh, bh, bout) is wrong, propagated. The tables that restate the inputs (lines 14-35) differ from the "
    "code for X row 1 and for wout (0.35, 0.29, 0.25 for 0.26, 0.68, 0.23); the printed results follow the code, "
    "and those input cells are not judged. y is never assigned; y = [1, 1, 0] follows from the printed E and output. "
    "Line 106 prints '.0.0035376' (a stray leading dot), judged as 0.0035376."
)

if __name__ == "__main__":
    main()
