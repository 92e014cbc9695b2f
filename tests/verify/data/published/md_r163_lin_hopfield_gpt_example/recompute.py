#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of the note
"Hopfield Networks Example" (lin/lin.github.io, content/notes/hopfield.md, commit e533cb4; page marked
"Generated from GPT-4o"): a 4-unit bipolar Hopfield network storing two patterns with the Hebbian rule
w_ij = (1/N) sum_mu xi_i^mu xi_j^mu (i != j, w_ii = 0), then one recall step from a noisy probe.

Plain Python 3 (fractions, exact); does not import nnwalk or the generator.

Givens (doc.md): xi^1 = [+1,-1,+1,-1], xi^2 = [-1,+1,-1,+1] (line 15-16), N = 4, P = 2 (line 27),
w_ii = 0 (line 29), probe x = [+1,-1,-1,-1] (line 89), update x_i <- sign(sum_{j!=i} w_ij x_j) (line 95).

Computed numbers checked:
  lines 52-55  rows of the outer product xi^1 (xi^1)^T
  lines 67-70  rows of xi^1 xi^1^T + xi^2 xi^2^T with the diagonal set to 0 (the note's stated convention
               w_ii = 0, line 29; the raw sum would have 2 on the diagonal)
  lines 77-80  rows of W = (1/4) * that matrix
  line 104     the weights w31, w32, w34 substituted (restated from W) with x1, x2, x4 (givens)
  line 105     the three products, their sum 1.5 and sign(1.5) = +1
  line 111     the state the recall converges to (printed without working; checked by running
               asynchronous updates to a fixed point)

Judging rule (the corpus's one rule). Every value here is exact (integers and halves), so a value is right
when it equals the true value exactly:
  (a) a value printed as the result of an expression of numbers printed on its own line is right only when
      redoing the expression from those printed numbers gives it;
  (b) a value printed without working (or restated) is right when it equals the true value;
  (c) a restated or recomputed consequence of a wrong value is wrong, kind "propagated".
A line is wrong when any computed number on it is wrong.

Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import re
import sys
from fractions import Fraction as F

DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/lin/lin.github.io/blob/e533cb42a8f9951643b1fe47d64a768acb90fe41/"
          "content/notes/hopfield.md")
LICENSE = ("none stated (no LICENSE file found in the repository); doc.md is an excerpt: original lines 1-112 "
           "kept at their original line numbers, prose sentences and headings on lines 8, 10, 12, 19, 21, 31, "
           "37, 59, 61, 84, 86, 92, 98, 100, 108 replaced by empty lines, and the closing prose (lines 113-123) "
           "cut; every kept line is byte-identical to the original")
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")

NUM = re.compile(r"[-+]?\d+(?:\.\d+)?")


def line_of(sub, nth=1, start=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t and i + 1 >= start]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d, from line %d)" % (DOCFILE, sub, nth, start))
    return hits[nth - 1]


def nums(line):
    return [F(s) for s in NUM.findall(DOC[line - 1])]


def fmt(v):
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(fmt(x) for x in v) + "]"
    v = F(v)
    if v.denominator == 1:
        return str(v.numerator)
    return str(float(v))


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, up=(), why=""):
    if printed == true:
        st, kind = "right", None
    elif any(STATUS.get(u) == "wrong" for u in up):
        st, kind = "wrong", "propagated"
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=fmt(printed), true=fmt(true), status=st, kind=kind, why=why))


# ---------------------------------------------------------------- givens (read from the document)
lp = line_of(r"\text{Pattern A: } \xi^1 =")
xi1 = nums(lp)[1:]            # first number is the superscript 1
xi2 = nums(lp + 1)[1:]
assert "Pattern B" in DOC[lp] and len(xi1) == 4 and len(xi2) == 4, (xi1, xi2)
assert xi1 == [1, -1, 1, -1] and xi2 == [-1, 1, -1, 1]
ln = line_of("Here, $N = 4$, $P = 2$")
N = F(4)
assert "w_{ii} = 0" in DOC[line_of("We ignore diagonal elements") - 1]
lx = line_of(r"x = [+1, -1, -1, -1] \quad")
x0 = nums(lx)
assert x0 == [1, -1, -1, -1]
n = 4

# ---------------------------------------------------------------- Step 1: outer product rows
outer = [[xi1[i] * xi1[j] for j in range(n)] for i in range(n)]
lo = line_of(r"= \begin{bmatrix}", 1)           # the "= \begin{bmatrix}" after xi^1 (xi^1)^T
for i in range(n):
    L = lo + 1 + i
    pr = nums(L)
    assert len(pr) == 4, (L, DOC[L - 1])
    chk("outer%d" % (i + 1), L, pr, outer[i],
        why="row %d of xi1 xi1^T = xi1_%d * xi1 = %s" % (i + 1, i + 1, fmt(outer[i])))

# ---------------------------------------------------------------- sum matrix with zero diagonal
S = [[(xi1[i] * xi1[j] + xi2[i] * xi2[j]) if i != j else F(0) for j in range(n)] for i in range(n)]
ls = line_of(r"\frac{1}{4} \left(") + 1              # "\begin{bmatrix}" line
assert DOC[ls - 1].strip() == r"\begin{bmatrix}", DOC[ls - 1]
for i in range(n):
    L = ls + 1 + i
    pr = nums(L)
    assert len(pr) == 4, (L, DOC[L - 1])
    chk("sum%d" % (i + 1), L, pr, S[i],
        why="row %d of xi1 xi1^T + xi2 xi2^T (xi2 = -xi1, so each off-diagonal entry is 2 xi1_i xi1_j), "
            "diagonal set to 0 as stated on line 29: %s" % (i + 1, fmt(S[i])))

# ---------------------------------------------------------------- W = S / N
W = [[S[i][j] / N for j in range(n)] for i in range(n)]
lw = line_of(r"= \begin{bmatrix}", 2)
assert lw > ls
for i in range(n):
    L = lw + 1 + i
    pr = nums(L)
    assert len(pr) == 4, (L, DOC[L - 1])
    chk("W%d" % (i + 1), L, pr, W[i], up=("sum%d" % (i + 1),),
        why="row %d of W = (1/4) * the printed matrix: %s" % (i + 1, fmt(W[i])))

# ---------------------------------------------------------------- Step 2: update of x3
l4 = line_of(r"= \text{sign}(0.5 \cdot 1")
pr = nums(l4)                      # 0.5, 1, -0.5, -1, -0.5, -1
assert len(pr) == 6, pr
ws_pr, xs_pr = pr[0::2], pr[1::2]
ws_true = [W[2][0], W[2][1], W[2][3]]
xs_true = [x0[0], x0[1], x0[3]]
assert xs_pr == xs_true, (xs_pr, xs_true)          # the x's are givens restated
chk("w3_sub", l4, ws_pr, ws_true, up=("W3",),
    why="w31, w32, w34 restated from row 3 of W = %s; x1, x2, x4 = 1, -1, -1 from the probe" % fmt(W[2]))

l5 = line_of(r"= \text{sign}(0.5 + 0.5 + 0.5)")
pr5 = nums(l5)                     # 0.5, 0.5, 0.5, 1.5, +1
assert len(pr5) == 5, pr5
prods_ops = [a * b for a, b in zip(ws_pr, xs_pr)]       # from the numbers printed on line 104
prods_true = [a * b for a, b in zip(ws_true, xs_true)]
if pr5[:3] != prods_ops:
    STATUS["prods"] = "wrong"
    CHECKS.append(dict(id="prods", line=l5, printed=fmt(pr5[:3]), true=fmt(prods_true), status="wrong",
                       kind="first", why="products of the pairs printed on line 104"))
else:
    chk("prods", l5, pr5[:3], prods_true, up=("w3_sub",), why="0.5*1, (-0.5)(-1), (-0.5)(-1) = 0.5 each")
net_true = sum(prods_true)
chk("net3", l5, pr5[3], net_true, up=("prods",), why="0.5 + 0.5 + 0.5 = 1.5")
assert sum(pr5[:3]) == pr5[3]                      # rule (a): the sum of the printed terms is the printed 1.5
sgn = lambda v: F(1) if v >= 0 else F(-1)          # v is never 0 on this path
chk("x3new", l5, pr5[4], sgn(net_true), up=("net3",), why="sign(1.5) = +1")


# ---------------------------------------------------------------- converged state
def recall(x, order):
    x = list(x)
    for _ in range(20):
        changed = False
        for i in order:
            h = sum(W[i][j] * x[j] for j in range(n) if j != i)
            new = x[i] if h == 0 else sgn(h)
            if new != x[i]:
                x[i], changed = new, True
        if not changed:
            return x
    raise SystemExit("no convergence")


final_a = recall(x0, [2, 0, 1, 3])       # start with the x3 update the note shows
final_b = recall(x0, [0, 1, 2, 3])       # plain sequential order
assert final_a == final_b == xi1
lf = line_of(r"x = [+1, -1, +1, -1] = \xi^1")
prf = nums(lf)[:4]
chk("final", lf, prf, final_a, up=("W1", "W2", "W3", "W4", "x3new"),
    why="asynchronous updates from [1,-1,-1,-1] reach the fixed point [1,-1,1,-1] = xi1 (any order: only "
        "unit 3 disagrees with its local field, h = (0.5, -0.5, 1.5, -0.5))")

# ---------------------------------------------------------------- report
by_line = {}
for c in CHECKS:
    by_line.setdefault(c["line"], []).append(c)
wrong, right = [], []
for L in sorted(by_line):
    cs = by_line[L]
    bad = [c for c in cs if c["status"] == "wrong"]
    if bad:
        kind = "first" if any(c["kind"] == "first" for c in bad) else "propagated"
        wrong.append(dict(line=L, page=None, printed="; ".join(c["printed"] for c in bad),
                          correct="; ".join(c["true"] for c in bad), kind=kind,
                          why=" | ".join(c["why"] for c in bad)))
    else:
        right.append(L)

for c in CHECKS:
    print("line %3d %-8s %-6s printed %-28s true %-28s %s" % (c["line"], c["id"], c["status"], c["printed"],
                                                             c["true"], c["kind"] or ""))
print("wrong lines:", [w["line"] for w in wrong])
print("right lines:", right)

if "--write-expected" in sys.argv:
    exp = {
        "file": DOCFILE,
        "format": FORMAT,
        "source": SOURCE,
        "license": LICENSE,
        "wrong": wrong,
        "right": right,
        "notes": ("Hopfield storage and one recall step, all values exact. Lines 52-55: rows of xi1 xi1^T; "
                  "67-70: xi1 xi1^T + xi2 xi2^T with the diagonal zeroed (the note states w_ii = 0 on line 29, so "
                  "the zero diagonal is taken as that convention, not as an arithmetic slip); 77-80: W = 1/4 of "
                  "it; 104: w31, w32, w34 restated from W with the probe's x1, x2, x4; 105: products 0.5 each, "
                  "sum 1.5, sign +1; 111: the recalled state xi1 (checked by asynchronous updates to a fixed "
                  "point). Lines holding only givens (15-16 patterns, 27 N and P, 29 w_ii = 0, 42-45 and 48 the "
                  "pattern restated as column/row, 89 the probe) are in neither list. No arithmetic error found."),
    }
    (HERE / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote expected.json")
