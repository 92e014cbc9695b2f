#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt (the tables and the formula
blocks) of shreyasrajesh/MLBLR-EIP `NeuralNetworkMath.md` (first uploaded as SHREYAS_BATCH_2_ASSIGNMENT_2B.md): a
student's solution of assignment 2B of the MLBLR / EIP deep-learning course (batch 2), one forward pass, backward
pass and update of a 4-3-1 sigmoid network on three samples, tabulated step by step in Markdown tables.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (doc.md lines 3-6, the random weights as the tables print them, taken as exact): X = [[1,0,1,0], [1,0,1,1],
[0,1,0,1]], y = (1, 1, 0); wh (4x3, one row per input, table rows 1-4) = [[0.8317, 0.5788, 0.8152], [0.5168,
0.2988, 0.7560], [0.5425, 0.9971, 0.0385], [0.6603, 0.8766, 0.5348]]; bh = (0.7847, 0.0694, 0.9605);
wout = (0.0151, 0.6331, 0.3974); bout = 0.7409; learning rate 1. The assignment's rules (doc.md lines 8-9, 18-19,
28, 37-41, 58-59, 76-79): hidden_input = X wh + bh, activation = sigmoid, output = sigmoid(h wout + bout),
E = y - output, slope = a(1 - a) of each activation, d_output = E slope_output, d_hidden = (d_output wout^T)
slope_hidden, wout += h^T d_output, wh += X^T d_hidden, bout += sum d_output, bh += sum d_hidden (column sums).
True values follow those rules exactly from the givens.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line's own arithmetic (a table row holds no expression, so this never applies here on its own);
  (b) a value printed without its working (every table cell) is right when it is within one unit of its last
      digit of the true value, or when it follows from the printed, correct operands of the earlier tables (each
      rounded operand taken anywhere within half a unit of its last digit);
  (c) a restated wrong value is wrong (propagated); a value computed from a wrong one and itself off is wrong
      (propagated); a value that follows neither from the truth nor from its printed operands is wrong (first).
A table row is wrong when any of its computed cells is; rows holding only givens are neither. In the last table
("New values") the forward-pass columns restate the forward pass of the old weights (the table does not redo it);
they are judged as those restatements.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/shreyasrajesh/MLBLR-EIP/blob/f3bfa675631b588310ff8e7d0256c404e1911a3f/"
          "NeuralNetworkMath.md")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of only the tables and the formula blocks, "
           "line for line, the numbered prose steps, title and notes removed")
PAGE = {}
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D
from itertools import product

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


def tanh(z):
    e = (2 * D(z)).exp()
    return (e - 1) / (e + 1)


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    return abs(D(p) - rnd(x, p)) <= unit(p)


def G(s):
    """A given (an input, a weight, a constant): exact."""
    return (D(s), D(s))


def R(s):
    """An operand that is a rounded result printed earlier: anywhere within half a unit of its last digit."""
    h = unit(s) / 2
    return (D(s) - h, D(s) + h)


def own_ok(p, f, args):
    """Rule (a): p is right only if redoing f from its printed operands rounds to exactly p at p's digits, where a
    rounded operand may be taken anywhere within half a unit of its last digit (f is monotone in each operand over
    that box, so its corners bound it)."""
    vals = [f(*c) for c in product(*args)]
    lo, hi = min(vals), max(vals)
    p = D(p)
    return rnd(lo, p) <= p <= rnd(hi, p)


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, f=None, args=(), up=(), method=False, why="", correct=None, explicit=True,
        exact_true=False):
    """Judge one printed number: printed p (sign dropped where the page prints it apart), its true value, and, when
    the line shows p as the result of an expression of printed operands, that expression f with its operands."""
    assert printed in DOC[line - 1], (line, printed)
    p = D(printed.replace("\u2212", "-"))
    ops_ok = True if f is None else own_ok(p, f, args)
    if explicit and not ops_ok:
        st, kind = "wrong", "first"
    elif (p == rnd(true, p)) if exact_true else near(p, true):
        st, kind = "right", None  # exact_true: an exact result (no rounding in it) must be printed exactly
    elif any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", "propagated"
    elif method:
        st, kind = "wrong", "first"
    elif f is not None and ops_ok:
        st, kind = "right", None  # follows from printed, correct operands (rounding drift)
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    mid = None if f is None else f(*[(a[0] + a[1]) / 2 for a in args])
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), ops=mid, status=st, kind=kind, why=why,
                       correct=correct if correct is not None else str(rnd(true, p))))


def same(cid, line, printed, src, why=""):
    """A restated value: it carries the status of the value it copies."""
    c0 = [c for c in CHECKS if c["id"] == src][0]
    assert printed in DOC[line - 1], (line, printed)
    st = STATUS[src]
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=c0["true"], ops=None, status=st,
                       kind=("propagated" if st == "wrong" else None), why=why or "restates a wrong value",
                       correct=str(rnd(c0["true"], D(printed.replace("\u2212", "-"))))))


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:110]))
        for c in cs:
            extra = "" if c["ops"] is None else "  from printed operands %.10g" % c["ops"]
            print("            %-10s printed %-14s true %.10g%s -> %s%s" % (
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
            wrong.append({"line": n, "page": PAGE.get(n) if PAGE else None, "printed": ", ".join(printed),
                          "correct": ", ".join(correct), "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(dict.fromkeys(whys))})
        else:
            right.append(n)
    return wrong, right


def main():
    wrong, right = report()
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


# ---------------- exact values from the givens ----------------
X = [[1, 0, 1, 0], [1, 0, 1, 1], [0, 1, 0, 1]]
Y = [D(1), D(1), D(0)]
WH = [[D("0.8317"), D("0.5788"), D("0.8152")], [D("0.5168"), D("0.2988"), D("0.7560")],
      [D("0.5425"), D("0.9971"), D("0.0385")], [D("0.6603"), D("0.8766"), D("0.5348")]]
BH = [D("0.7847"), D("0.0694"), D("0.9605")]
WO = [D("0.0151"), D("0.6331"), D("0.3974")]
BO = D("0.7409")
HIN = [[sum(X[r][i] * WH[i][j] for i in range(4)) + BH[j] for j in range(3)] for r in range(3)]
HA = [[sig(v) for v in row] for row in HIN]
OIN = [sum(HA[r][j] * WO[j] for j in range(3)) + BO for r in range(3)]
OUT = [sig(v) for v in OIN]
E = [Y[r] - OUT[r] for r in range(3)]
SH = [[a * (1 - a) for a in row] for row in HA]
SO = [o * (1 - o) for o in OUT]
DO = [E[r] * SO[r] for r in range(3)]
DH = [[DO[r] * WO[j] * SH[r][j] for j in range(3)] for r in range(3)]
WON = [WO[j] + sum(HA[r][j] * DO[r] for r in range(3)) for j in range(3)]
BON = BO + sum(DO)
WHN = [[WH[i][j] + sum(X[r][i] * DH[r][j] for r in range(3)) for j in range(3)] for i in range(4)]
BHN = [BH[j] + sum(DH[r][j] for r in range(3)) for j in range(3)]


def cells(ln):
    return [c.strip() for c in DOC[ln - 1].split("|")]


# printed operands of the derivative tables (doc.md lines 53-55 and 71-73), for rule (b)'s "follows from"
PSH = [[cells(53 + r)[1 + j] for j in range(3)] for r in range(3)]
PSO = [cells(53 + r)[4] for r in range(3)]
PDH = [[cells(71 + r)[4 + j] for j in range(3)] for r in range(3)]
PDO = [cells(71 + r)[8] for r in range(3)]
PE = [cells(32 + r)[22] for r in range(3)]
PHA = [[cells(13 + r)[14 + j] for j in range(3)] for r in range(3)]
POUT = [cells(23 + r)[20] for r in range(3)]
POIN = [cells(23 + r)[19] for r in range(3)]
PHIN = [[cells(13 + r)[11 + j] for j in range(3)] for r in range(3)]


def cell(cid, ln, k, true, f=None, args=(), up=(), method=False, why=""):
    p = cells(ln)[k]
    assert p, (ln, k)
    chk(cid, ln, p, true, f=f, args=args, up=up, method=method, why=why, explicit=False)


def forward_cells(tag, ln, r, upto):
    """The forward-pass columns of table row r (0-based), up to 'hin', 'hact', 'out' or 'E'."""
    for j in range(3):
        cell("%s.hin%d" % (tag, j), ln, 11 + j, HIN[r][j])
        if upto in ("hact", "out", "E"):
            cell("%s.ha%d" % (tag, j), ln, 14 + j, HA[r][j], f=sig, args=[R(PHIN[r][j])])
    if upto in ("out", "E"):
        cell("%s.oin" % tag, ln, 19, OIN[r],
             f=lambda a, b, c: a * WO[0] + b * WO[1] + c * WO[2] + BO, args=[R(x) for x in PHA[r]])
        cell("%s.out" % tag, ln, 20, OUT[r], f=sig, args=[R(POIN[r])])
    if upto == "E":
        cell("%s.E" % tag, ln, 22, E[r], f=lambda a: Y[r] - a, args=[R(POUT[r])])


for r in range(3):
    forward_cells("t2r%d" % r, 13 + r, r, "hact")
    forward_cells("t3r%d" % r, 23 + r, r, "out")
    for tag, base in (("t4", 32), ("t5", 46), ("t6", 64), ("t7", 84), ("t8", 97)):
        forward_cells("%sr%d" % (tag, r), base + r, r, "E")

slope = lambda a: a * (1 - a)
for base, tag in ((53, "s"), (71, "d"), (91, "d2")):
    for r in range(3):
        ln = base + r
        off = 0
        for j in range(3):
            cell("%s.sh%d%d" % (tag, r, j), ln, 1 + j, SH[r][j], f=slope, args=[R(PHA[r][j])])
        if tag == "s":
            cell("%s.so%d" % (tag, r), ln, 4, SO[r], f=slope, args=[R(POUT[r])])
            continue
        for j in range(3):
            cid = "%s.dh%d%d" % (tag, r, j)
            cell(cid, ln, 4 + j, DH[r][j], f=lambda a, b, c: a * b * c, args=[R(PDO[r]), G(WO[j]), R(PSH[r][j])],
                 up=(["d.dh%d%d" % (r, j)] if tag == "d2" else []),
                 why="d_hidden = d_output wout_j slope_hidden: 0.0226 x 0.3974 x 0.1205 = 0.001082, printed 0.0001082 "
                     "(a factor of ten)" if (r, j) == (0, 2) else "restates a wrong value")
        cell("%s.so%d" % (tag, r), ln, 7, SO[r], f=slope, args=[R(POUT[r])])
        cell("%s.do%d" % (tag, r), ln, 8, DO[r], f=lambda a, b: a * b, args=[R(PE[r]), R(PSO[r])])

# ---------------- the updated weights (table "New values", lines 97-100) ----------------
rowsum = lambda i, j: [R(PDH[r][j]) for r in range(3) if X[r][i]]
for i, ln in enumerate((97, 98, 99, 100)):
    for j in range(3):
        args = [G(WH[i][j])] + rowsum(i, j)
        up = ["d.dh%d%d" % (r, j) for r in range(3) if X[r][i]]
        wrong_sum = (i, j) in ((2, 2), (3, 1))
        cell("whn%d%d" % (i, j), ln, 5 + j, WHN[i][j], f=lambda *a: sum(a), args=args,
             up=([] if wrong_sum else up), method=wrong_sum,
             why={(2, 2): "wh[x3][2] = 0.0385 + d_hidden[0][2] + d_hidden[1][2]: from the table's own 0.0001082 and "
                          "0.0006319 that is 0.03924 (true 0.04021); printed 0.04131 (0.0385 + 0.0028, the sum of the "
                          "middle column)",
                  (3, 1): "wh[x4][1] = 0.8766 + d_hidden[1][1] + d_hidden[2][1] = 0.8766 + 0.0008711 - 0.012742 = "
                          "0.86473; printed 0.87472",
                  (0, 2): "wh[x1][2] = 0.8152 + d_hidden[0][2] + d_hidden[1][2] with the wrong 0.0001082 (true "
                          "0.81691)"}.get((i, j), "from the wrong d_hidden[0][2]"))
for j in range(3):
    cell("bhn%d" % j, 97, 8 + j, BHN[j], f=lambda a, b, c: BH[j] + a + b + c, args=[R(PDH[r][j]) for r in range(3)],
         up=["d.dh%d%d" % (r, j) for r in range(3)], why="bh + column sum of d_hidden with the wrong 0.0001082")
for r, ln in enumerate((97, 98, 99)):
    cell("won%d" % r, ln, 17, WON[r], f=lambda a, b, c, d, e, g: WO[r] + a * d + b * e + c * g,
         args=[R(PHA[q][r]) for q in range(3)] + [R(x) for x in PDO])
cell("bon", 97, 18, BON, f=lambda a, b, c: BO + a + b + c, args=[R(x) for x in PDO])

NOTES = (
    "A student's solution (Shreyas Rajesh, MLBLR/EIP batch 2, assignment 2B, 2018; no license, so only the tables and "
    "formula blocks are kept) of the course's 'neural network math' exercise: a 4-3-1 sigmoid network on three "
    "samples, each step a Markdown table that repeats all earlier columns. The forward pass, errors, slopes and "
    "d_output are right. First errors: d_hidden for sample 1, hidden unit 3 is printed 0.0001082 for 0.001082 (a "
    "factor of ten; lines 71 and 91); in the new weights, wh[x3][3] is printed 0.04131 for 0.04021 (0.03924 from "
    "the table's own numbers; it adds the middle column's sum) and wh[x4][2] 0.87472 for 0.86473 (lines 99-100). "
    "Propagated: wh[x1][3] = 0.81594 (true 0.81691) and bh[3] = 0.95727 (true 0.95825), both built on 0.0001082 "
    "(line 97). Right: everything else, including 0.001937 and -0.012742 (true 0.001935 and -0.012749: more than "
    "one unit off the truth, but they follow from the printed d_output and slopes within half a unit), and the "
    "new wout 0.58049 (true 0.58051; it follows from the printed activations and d_output). Close call: the 'New values' table keeps the old forward pass in its other "
    "columns; they are judged as restatements of that (right) forward pass, not as values for the new weights."
)

if __name__ == "__main__":
    main()
