#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of
sreekanth9999/Interview_Prep `simple_flash_attention.md` (a ChatGPT-style Q&A answer kept as interview notes):
one query row of attention, softmax(Q[0] K^T) V, worked by hand on 4x3 matrices of 0/1 entries.

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Givens (doc.md lines 5-27): Q, K, V (4x3, exact). Computed on the page: the full score matrix Q K^T (lines 34-37),
the dot products of Q[0] with each key (lines 53-56, 59), softmax of that score row (line 65), the weighted sum of
the rows of V (lines 71-83) and its restatement in the backprop section (line 94). dL/dOut (line 99) is assumed by
the page, a given.

Judging rule (p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on that line is right only when the
      expression redone from those numbers rounds to p at p's digits (a rounded earlier result may be taken anywhere
      within half a unit); otherwise wrong, first;
  (b) a value printed without working (or restated) is right within one unit of its last digit of the true value,
      or when it follows from printed correct operands;
  (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off is wrong,
      propagated.
A line is wrong when any number on it is wrong.
Usage:  python3 recompute.py [--write-expected]
"""
import json
import pathlib
import sys
from decimal import Decimal as D, getcontext, ROUND_HALF_UP

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOCFILE = "doc.md"
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")
SOURCE = ("https://github.com/sreekanth9999/Interview_Prep/blob/ea5af055cb20389dea8481805043839f83b0f8e0/"
          "simple_flash_attention.md")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of only the worked equations and numbers, "
           "line for line with their Markdown/LaTeX markup (source lines 9, 20-44, 50-61, 80-122, 226-240)")


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s: no line containing %r (occurrence %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    """rule (b): within one unit of p's last digit of the true value x"""
    return abs(D(p) - rnd(x, p)) <= unit(p)


# ---- givens
Q = [[1, 0, 1], [0, 1, 1], [1, 1, 0], [0, 0, 1]]
K = [[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 0]]
V = [[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 0]]
S = [[sum(D(Q[i][k]) * K[j][k] for k in range(3)) for j in range(4)] for i in range(4)]   # Q K^T
s0 = S[0]
ex = [x.exp() for x in s0]
P = [e / sum(ex) for e in ex]                                     # true softmax of row 0
OUT = [sum(P[j] * V[j][c] for j in range(4)) for c in range(3)]   # true output row 0

wrong, right, report = [], [], []


def judge(line, printed, correct, ok, kind, why):
    report.append("%4d %-5s %-40s true %s" % (line, "ok" if ok else kind, printed, correct))
    if ok:
        right.append(line)
    else:
        wrong.append({"line": line, "page": None, "printed": printed, "correct": correct, "kind": kind, "why": why})


def fmt(xs, nd=5):
    return "[" + ", ".join(str(rnd(x, D(1).scaleb(-nd))) if x != int(x) else str(int(x)) for x in xs) + "]"


# ---- Q K^T rows (printed without working: rule (b), integers must be exact)
rows_printed = [[1, 0, 1, 1], [0, 1, 1, 1], [1, 1, 0, 1], [0, 0, 1, 0]]
qk = line_of("QK^\\top =")
for i, rp in enumerate(rows_printed):
    ln = qk + 2 + i
    txt = " & ".join(str(v) for v in rp) + " \\\\\\\\"
    if DOC[ln - 1].strip() != txt:
        raise SystemExit("line %d is not %r: %r" % (ln, txt, DOC[ln - 1]))
    ok = all(D(rp[j]) == S[i][j] for j in range(4))
    judge(ln, txt.replace(" \\\\\\\\", ""), " & ".join(str(int(x)) for x in S[i]), ok, "first",
          "row %d of Q K^T: Q[%d] = %s dotted with key 4 = [1, 1, 0] is %d, not %d" %
          (i + 1, i, Q[i], int(S[i][3]), rp[3]) if not ok else "")

# ---- dot products of Q[0] with each key (rule (a), exact)
for j, pat in enumerate(["1 \\cdot 1 + 0 \\cdot 0 + 1 \\cdot 0 = 1", "1 \\cdot 0 + 0 \\cdot 1 + 1 \\cdot 0 = 0",
                         "1 \\cdot 0 + 0 \\cdot 0 + 1 \\cdot 1 = 1", "1 \\cdot 1 + 0 \\cdot 1 + 1 \\cdot 0 = 1"]):
    ln = line_of(pat)
    lhs, rhs = pat.split(" = ")
    val = sum(D(a.split(" \\cdot ")[0]) * D(a.split(" \\cdot ")[1]) for a in lhs.split(" + "))
    ok = val == D(rhs) and val == S[0][j]
    judge(ln, pat, str(int(val)), ok, "first", "")
ln = line_of("[1, 0, 1, 1]", 1)
if DOC[ln - 1].strip() != "[1, 0, 1, 1]":
    ln = [i + 1 for i, t in enumerate(DOC) if t.strip() == "[1, 0, 1, 1]"][0]
judge(ln, "[1, 0, 1, 1]", fmt(s0), [D(1), D(0), D(1), D(1)] == s0, "first", "")

# ---- softmax (rule (b): no working printed)
PP = [D("0.309"), D("0.114"), D("0.309"), D("0.268")]
ln = line_of("\\text{softmax}([1, 0, 1, 1]) = [0.309, 0.114, 0.309, 0.268]")
ok = all(near(p, t) for p, t in zip(PP, P))
judge(ln, "softmax([1, 0, 1, 1]) = [0.309, 0.114, 0.309, 0.268]", fmt(P), ok, "first",
      "softmax of [1, 0, 1, 1] is e/(3e+1) = 0.29692 for each of the three logits equal to 1 and 1/(3e+1) = 0.10923 "
      "for the 0; the page gives the three equal logits different probabilities (0.309, 0.309, 0.268)")

# ---- restatement of the probabilities
ln = line_of("\\text{Output}_0 = [0.309, 0.114, 0.309, 0.268] \\cdot V")
judge(ln, "Output_0 = [0.309, 0.114, 0.309, 0.268] . V", fmt(P), all(near(p, t) for p, t in zip(PP, P)),
      "propagated", "restates the wrong softmax row")
ln = line_of("= 0.309 \\cdot [1, 0, 0] + 0.114 \\cdot [0, 1, 0]")
judge(ln, "0.309.[1,0,0] + 0.114.[0,1,0] + 0.309.[0,0,1] + 0.268.[1,1,0]", fmt(P),
      all(near(p, t) for p, t in zip(PP, P)), "propagated", "restates the wrong softmax weights")
# products of the printed weights with the rows of V: arithmetic right, values off from the true products
ln = line_of("= [0.309, 0, 0] + [0, 0.114, 0] + [0, 0, 0.309] + [0.268, 0.268, 0]")
prods_true = [[P[j] * V[j][c] for c in range(3)] for j in range(4)]
prods_pr = [[PP[j] * V[j][c] for c in range(3)] for j in range(4)]
ok = all(near(rnd(prods_pr[j][c], D("0.001")), prods_true[j][c]) or prods_true[j][c] == 0
         for j in range(4) for c in range(3))
judge(ln, "[0.309, 0, 0] + [0, 0.114, 0] + [0, 0, 0.309] + [0.268, 0.268, 0]",
      " + ".join(fmt(r) for r in prods_true), ok, "propagated",
      "each product is done right from the printed weights, but the weights are wrong, so 0.309 and 0.268 are off "
      "(true 0.29692 each)")
# the sum
OP = [D("0.577"), D("0.382"), D("0.309")]
ln = line_of("= [0.577, 0.382, 0.309]")
arith = [PP[0] + PP[3], PP[1] + PP[3], PP[2]]
assert arith == OP, arith          # the page's addition is right from its own numbers
judge(ln, "[0.577, 0.382, 0.309]", fmt(OUT), all(near(p, t) for p, t in zip(OP, OUT)), "propagated",
      "sum done right from the printed products, but from the wrong softmax row: true output row is "
      "[2e/(3e+1), (e+1)/(3e+1), e/(3e+1)] = [0.59385, 0.40615, 0.29692]")
ln = line_of("\\text{Out} = [0.577, 0.382, 0.309]")
judge(ln, "Out = [0.577, 0.382, 0.309]", fmt(OUT), all(near(p, t) for p, t in zip(OP, OUT)), "propagated",
      "restates the wrong output row")

wrong.sort(key=lambda w: w["line"])
right.sort()
for r in report:
    print(r)
print("wrong: %d (%d first, %d propagated); right: %d" % (len(wrong), sum(w["kind"] == "first" for w in wrong),
                                                       sum(w["kind"] == "propagated" for w in wrong), len(right)))
if "--write-expected" in sys.argv:
    notes = ("Q&A-style answer (ChatGPT-like, kept by the repository owner as interview notes). Two independent "
             "first errors: row 3 of the full score matrix Q K^T prints 1 where Q[2].K[3] = [1,1,0].[1,1,0] = 2 "
             "(the streaming example only uses row 1, so nothing depends on it), and the softmax of [1, 0, 1, 1] "
             "gives three equal logits different probabilities; the true row is [0.29692, 0.10923, 0.29692, 0.29692]. "
             "Everything after it is done right from the printed weights (0.309+0.268 = 0.577, 0.114+0.268 = 0.382) "
             "but is off from the true output [0.59385, 0.40615, 0.29692], so wrong, propagated. Close call: the "
             "line '= [0.309, 0, 0] + ... + [0.268, 0.268, 0]' multiplies printed numbers by 0/1 correctly; judged "
             "propagated because its values restate the wrong weights. dL/dOut = [0.1, 0.05, -0.2] is assumed by the "
             "page (given), in neither list. The Q, K, V matrices are givens.")
    exp = {"file": DOCFILE, "format": "md", "source": SOURCE, "license": LICENSE, "wrong": wrong, "right": right,
           "notes": notes}
    (HERE / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote expected.json")
