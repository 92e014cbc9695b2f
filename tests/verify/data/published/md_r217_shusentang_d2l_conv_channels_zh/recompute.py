#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, section 5.3 "多输入通道和多输出通道"
(multiple input and output channels of a convolution layer) of Shusen Tang's Dive-into-DL-PyTorch
(docs/chapter05_CNN/5.3_channels.md), kept verbatim (Apache-2.0).

Plain Python 3 (fractions, exact); does not import nnwalk or the generator.

What the page computes:
  * the first output element of the two-channel cross-correlation written out on one line:
    (1x1+2x2+4x3+5x4)+(0x0+1x1+3x2+4x3)=56;
  * program output of corr2d_multi_in(X, K) for X = [[[0,1,2],[3,4,5],[6,7,8]], [[1,2,3],[4,5,6],[7,8,9]]],
    K = [[[0,1],[2,3]], [[1,2],[3,4]]]: [[56,72],[104,120]];
  * K.shape of stack([K, K+1, K+2]) = torch.Size([3, 2, 2, 2]) (a code comment);
  * corr2d_multi_in_out(X, stack([K, K+1, K+2])): three 2x2 output channels.
  The 1x1-convolution check on torch.rand data prints only `True` (no number).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers rounds to p;
  (b) a value printed without working, or restated, is right within one unit of the true value;
  (c) a restated wrong value is wrong, propagated.
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
SOURCE = ("https://github.com/ShusenTang/Dive-into-DL-PyTorch/blob/09c8bacc08599eb86236551454ba43b82cb91498/"
          "docs/chapter05_CNN/5.3_channels.md")
LICENSE = "Apache-2.0 (LICENSE at the repository root of ShusenTang/Dive-into-DL-PyTorch); doc.md is the file verbatim"

HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")
NUM = re.compile(r"-?\d+(?:\.\d*)?")


def line_of(sub, nth=1, start=0):
    """1-based line of the nth line (after line `start`) of the document containing sub; fails loudly."""
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t and i + 1 > start]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d after line %d)" % (DOCFILE, sub, nth, start))
    return hits[nth - 1]


def unit(p):
    s = p.rstrip(".")
    return F(1, 10 ** len(s.split(".")[1])) if "." in s else F(1)


CHECKS = []


def chk(cid, line, printed, true, working=False, why=""):
    """working=True: rule (a), the printed result must equal the exact expression (operands are exact integers);
    otherwise rule (b): within one unit of the last printed digit."""
    assert printed in DOC[line - 1], (cid, line, printed)
    p = F(printed.rstrip("."))
    if working:
        ok = (p == true)
    else:
        ok = abs(p - true) <= unit(printed)
    CHECKS.append({"id": cid, "line": line, "printed": printed, "true": true,
                   "status": "right" if ok else "wrong", "kind": None if ok else "first",
                   "correct": str(true), "why": why})


def rows_at(first_line, nrows):
    """the numbers of the next nrows lines holding numbers, from first_line on (blank lines skipped)."""
    out, n = [], first_line
    while len(out) < nrows:
        if n > len(DOC):
            raise SystemExit("ran off the end of %s looking for %d rows from line %d" % (DOCFILE, nrows, first_line))
        t = DOC[n - 1].replace("tensor", "")
        nums = NUM.findall(t)
        if nums:
            out.append((n, nums))
        n += 1
    return out


def check_matrix(cid, first_line, Y, why):
    rows = rows_at(first_line, len(Y))
    for (n, nums), yrow in zip(rows, Y):
        if len(nums) != len(yrow):
            raise SystemExit("line %d: expected %d numbers, found %r" % (n, len(yrow), nums))
        for k, (p, y) in enumerate(zip(nums, yrow)):
            chk("%s[%d]" % (cid, k), n, p, y, why=why)


# ---------------------------------------------------------------- exact cross-correlation
def corr2d(X, K):
    kh, kw = len(K), len(K[0])
    return [[sum((F(X[i + u][j + v]) * K[u][v] for u in range(kh) for v in range(kw)), F(0))
             for j in range(len(X[0]) - kw + 1)] for i in range(len(X) - kh + 1)]


def corr2d_multi_in(X, K):
    outs = [corr2d(x, k) for x, k in zip(X, K)]
    return [[sum((o[i][j] for o in outs), F(0)) for j in range(len(outs[0][0]))] for i in range(len(outs[0]))]


X = [[[0, 1, 2], [3, 4, 5], [6, 7, 8]], [[1, 2, 3], [4, 5, 6], [7, 8, 9]]]
K = [[[0, 1], [2, 3]], [[1, 2], [3, 4]]]
n = line_of("X = torch.tensor([[[0, 1, 2], [3, 4, 5], [6, 7, 8]],")
assert "[[1, 2, 3], [4, 5, 6], [7, 8, 9]]])" in DOC[n]
assert "K = torch.tensor([[[0, 1], [2, 3]], [[1, 2], [3, 4]]])" in DOC[line_of("K = torch.tensor(") - 1]

# ---------------------------------------------------------------- 5.3.1: the hand-written first element
text = r"$(1\times1+2\times2+4\times3+5\times4)+(0\times0+1\times1+3\times2+4\times3)=56$"
n = line_of(text)
expr = text[2:text.index(")=") + 1]
groups = [g.strip("()") for g in expr.split(")+(")]
val = F(0)
for g in groups:
    for term in g.split("+"):
        a, b = term.split(r"\times")
        val += F(a) * F(b)
chk("first element", n, "56", val, working=True,
    why="(1*1+2*2+4*3+5*4)+(0*0+1*1+3*2+4*3) = 37 + 19 = 56")
# the written terms are the first window of channel 1 (with K[1]) and of channel 0 (with K[0])
assert val == corr2d_multi_in(X, K)[0][0]

# ---------------------------------------------------------------- corr2d_multi_in output
Y = corr2d_multi_in(X, K)
n_code = line_of("corr2d_multi_in(X, K)", 1, line_of("K = torch.tensor("))
check_matrix("multi_in", line_of("tensor([[ 56.,  72.],", 1, n_code), Y,
             "channel 0 [[19,25],[37,43]] + channel 1 [[37,47],[67,77]] = [[56,72],[104,120]]")

# ---------------------------------------------------------------- K.shape of stack([K, K+1, K+2])
KK = [[[[v + s for v in row] for row in k] for k in K] for s in (0, 1, 2)]
shape = [len(KK), len(KK[0]), len(KK[0][0]), len(KK[0][0][0])]
n = line_of("K.shape # torch.Size([3, 2, 2, 2])")
assert "K = torch.stack([K, K + 1, K + 2])" in DOC[n - 2]
for k, s in enumerate(shape):
    chk("K.shape[%d]" % k, n, str(s), F(s), why="stack of 3 kernels of shape (2, 2, 2) -> (3, 2, 2, 2)")

# ---------------------------------------------------------------- corr2d_multi_in_out output
n_code = line_of("corr2d_multi_in_out(X, K)", 1, n)
n0 = line_of("tensor([[[ 56.,  72.],", 1, n_code)
first = n0
for s, k in enumerate(KK):
    Ys = corr2d_multi_in(X, k)
    tot = [[int(v) for v in r] for r in Ys]
    check_matrix("multi_in_out ch%d" % s, first, Ys,
                 "output channel %d: X cross-correlated with K + %d, summed over the 2 input channels = %s"
                 % (s, s, tot))
    rows = rows_at(first, 2)
    first = rows[-1][0] + 1

# ---------------------------------------------------------------- report
def report_and_write(notes):
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:80]))
        for c in cs:
            print("            %-34s printed %-6s true %-6s -> %s" % (c["id"], c["printed"], c["true"], c["status"]))
        if bad:
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(c["correct"] for c in bad),
                          "kind": "first" if any(c["kind"] == "first" for c in bad) else "propagated",
                          "why": "; ".join(c["why"] for c in bad)})
        else:
            right.append(n)
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "unjudged": [], "notes": notes}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


NOTES = ("Clean page (Chinese d2l section 5.3, multi-channel convolution, PyTorch version). The hand-written first "
         "output element (1x1+2x2+4x3+5x4)+(0x0+1x1+3x2+4x3) = 37 + 19 = 56 is right; corr2d_multi_in gives "
         "[[19,25],[37,43]] + [[37,47],[67,77]] = [[56,72],[104,120]] as printed; stack([K, K+1, K+2]) has shape "
         "(3, 2, 2, 2) as the code comment says; the three output channels [[56,72],[104,120]], [[76,100],[148,172]], "
         "[[96,128],[192,224]] all recompute exactly. Close calls: the '3 output channels' / '2 input channels' in "
         "prose (lines 63, 70) describe the chosen design and are givens (neither list), while the K.shape comment "
         "(line 67) is a printed result and judged right; the 1x1-convolution equivalence check on torch.rand data "
         "prints only True and holds no number.")

if __name__ == "__main__":
    report_and_write(NOTES)
