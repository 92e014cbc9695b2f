#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt (code blocks and tables, line
for line) of ak-ashwin/MLBLR-Assignments "Assignment 2/2b/assignment2b.md": an MLBLR / EIP 2018 assignment (2B) that
follows one forward pass, backward pass and update of the Analytics Vidhya 4-3-1 sigmoid network on three training
rows, and after each step restates the whole state as one 21-column Markdown table (X, Wh, Bh, hidden_layer_input,
hidden_layer_activations, Wout, Bout, output, Y, E, then blocks for the slopes, error_at_hidden_layer and
delta_hidden_layer).

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (the document's code blocks, doc.md lines 17-21, 34-38 and 53-55): X = [[0,0,1,0],[0,1,0,0],[0,1,0,0]],
wh (4 x 3) and bh (1 x 3), wout (3 x 1), bout as printed, y = [[1],[1],[1]] (the code of step 5; the tables' Y
column still shows the random [1, 1, 0] of step 0 -- an input cell, not judged, see NOTES), lr = 1. The document's
own rules (its code): hidden_layer_input = X wh + bh, a = sigmoid(.), output = sigmoid(a wout + bout),
E = y - output, slope = s (1 - s) of the sigmoid outputs, d_output = E slope_output lr,
error_at_hidden_layer = d_output wout^T, d_hidden = error_at_hidden_layer slope_hidden,
wout += a^T d_output lr, wh += X^T d_hidden lr, bh += sum(d_hidden) lr, bout += sum(d_output) lr.

Every computed cell of a table row is checked; a table cell is a result printed without its working, so it is
right when it is within one unit of its last digit of the true value (rule 2 below); a later table restating a
cell is judged like the cell it restates. Lines holding only givens (X, the initial weights, Y, the learning rate)
are neither wrong nor right.

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
A restated value (an operand copied from an earlier line) is judged like the value it copies.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/ak-ashwin/MLBLR-Assignments/blob/2f7b8b9aa8054c81c1c4e0b93671fdee4730a8a0/"
          "Assignment%202/2b/assignment2b.md")
LICENSE = ("none (no LICENSE in the repository); doc.md keeps only the code blocks and the tables of numbers, line "
           "for line, headings and image links removed")
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


# ---------------- exact values from the givens ----------------
X = [[0, 0, 1, 0], [0, 1, 0, 0], [0, 1, 0, 0]]
WH = [[D("0.40508046"), D("0.14088848"), D("0.30496994")],
      [D("0.3951567"), D("0.53103593"), D("0.65167937")],
      [D("0.21677381"), D("0.29163813"), D("0.858407")],
      [D("0.57774779"), D("0.4591112"), D("0.80576803")]]
BH = [D("0.87486257"), D("0.83188755"), D("0.31602472")]
WOUT = [D("0.98433046"), D("0.87326864"), D("0.91545553")]
BOUT = D("0.72832801")
Y = [1, 1, 1]
LR = D(1)
HI = [[sum(X[r][k] * WH[k][j] for k in range(4)) + BH[j] for j in range(3)] for r in range(3)]
A = [[sig(v) for v in row] for row in HI]
OUT = [sig(sum(A[r][j] * WOUT[j] for j in range(3)) + BOUT) for r in range(3)]
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


def cells(n):
    return [c.strip() for c in DOC[n - 1].split("|")[1:-1]]


HEADERS = [i + 1 for i, t in enumerate(DOC) if t.startswith("|") and "hidden_layer_input" in t]
STEPS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11]
assert len(HEADERS) == len(STEPS), HEADERS
FIRST = {}
WHY = {("a", 1, 0): "sigma(1.27001927) = 0.78074605 (row 2 has the same hidden input as row 3, which prints "
                    "0.78074605); the cell repeats row 1's 0.74868974 (the output 0.94560549 of row 2 was computed "
                    "with the right value)"}


def cell(key, line, text, true):
    """One computed table cell: the first table that shows it states it, later tables restate it."""
    if not text:
        return
    cid = "%s%s@%d" % (key[0], "".join(str(k + 1) for k in key[1:]), line)
    if key not in FIRST:
        FIRST[key] = cid
        chk(cid, line, text, true, explicit=False, why=WHY.get(key, ""))
    else:
        chk(cid, line, text, true, up=[FIRST[key]])


for h, s in zip(HEADERS, STEPS):
    rows = [h + 2, h + 3, h + 4]
    for r, n in enumerate(rows):
        c = cells(n)
        if s >= 2:
            for j in range(3):
                cell(("h", r, j), n, c[10 + j], HI[r][j])
        if s >= 3:
            for j in range(3):
                cell(("a", r, j), n, c[13 + j], A[r][j])
        if s >= 4:
            cell(("o", r), n, c[18], OUT[r])
        if s >= 5:
            cell(("E", r), n, c[20], E[r])
        if s >= 9:
            for j in range(3):
                cell(("W", r, j), n, c[4 + j], WH2[r][j])
            cell(("V", r), n, c[16], WOUT2[r])
            if r == 0:
                for j in range(3):
                    cell(("B", j), n, c[7 + j], BH2[j])
                cell(("b",), n, c[17], BOUT2)
    if s >= 9:
        n = h + 5
        c = cells(n)
        for j in range(3):
            cell(("W", 3, j), n, c[4 + j], WH2[3][j])
    if s >= 6:
        lab = next(i + 1 for i in range(h, len(DOC)) if "Slope_hidden_layer" in DOC[i])
        for r in range(3):
            n = lab + 1 + r
            c = cells(n)
            for j in range(3):
                cell(("s", r, j), n, c[3 + j], SH[r][j])
            cell(("S", r), n, c[14], SO[r])
            if s >= 7:
                for j in range(3):
                    cell(("e", r, j), n, c[6 + j], EH[r][j])
    if s >= 8:
        lab = next(i + 1 for i in range(h, len(DOC)) if "delta_hidden_layer" in DOC[i])
        for r in range(3):
            n = lab + 1 + r
            c = cells(n)
            for j in range(3):
                cell(("d", r, j), n, c[5 + j], DH[r][j])


NOTES = (
    "An MLBLR / EIP 2018 assignment 2B (ak-ashwin/MLBLR-Assignments, Assignment 2/2b/assignment2b.md, 2018-05; no "
    "license, so only the code blocks and the tables are kept, line for line): the Analytics Vidhya 4-3-1 sigmoid "
    "network on three rows, each step restating the whole state as one 21-column Markdown table row per training "
    "row, with the slopes, error_at_hidden_layer and delta_hidden_layer in blocks below. The numbers come from numpy "
    "and are right, except one hand-copied cell: row 2's first hidden activation is printed 0.74868974 (row 1's value) "
    "for sigma(1.27001927) = 0.78074605 in the step-3 table (first) and restated in the tables of steps 4 to 11 "
    "(propagated; the output of row 2, 0.94560549, was computed with the right activation). The tables' Y column "
    "keeps the random target [1, 1, 0] of step 0 while the code of step 5 sets y = [[1],[1],[1]] and every E, delta "
    "and update follows y = 1 on all rows; the Y cells are inputs and are not judged, E = 1 - output is taken as "
    "right (the document's code defines y). The step-7 table already shows error_at_hidden_layer = d_output wout^T "
    "and the step-9 table already shows the updated Wh, Bh, Wout, Bout; both are judged as the quantities they are. "
    "Rows 1 and 4 of the updated Wh equal the initial values (X has zeros in columns 1 and 4)."
)

if __name__ == "__main__":
    main()
