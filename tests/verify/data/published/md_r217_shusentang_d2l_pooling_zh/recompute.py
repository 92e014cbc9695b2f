#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, section 5.4 "池化层" (pooling layer) of
Shusen Tang's Dive-into-DL-PyTorch (docs/chapter05_CNN/5.4_pooling.md), kept verbatim (Apache-2.0).

Plain Python 3 (fractions, exact); does not import nnwalk or the generator.

What the page computes:
  * the 2x2 max pooling of X = [[0,1,2],[3,4,5],[6,7,8]] written out as max(0,1,3,4)=4 ... max(4,5,7,8)=8 and the
    output size "高和宽分别为2";
  * program outputs of its pool2d (stride 1, no padding): max -> [[4,5],[7,8]], avg -> [[2,3],[5,6]];
  * nn.MaxPool2d on X = arange(16).view(1,1,4,4): window 3 (stride 3) -> [[10]]; window 3, padding 1, stride 2 ->
    [[5,7],[13,15]]; window (2,4), padding (1,2), stride (2,3) -> [[1,3],[9,11],[13,15]];
  * the two-channel input cat(X, X+1) and its MaxPool2d(3, padding=1, stride=2) -> [[5,7],[13,15]], [[6,8],[14,16]],
    "输出通道数仍然是2".
PyTorch max pooling pads with -inf (padding never wins a max), output size floor((H + 2P - K)/S) + 1.

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
          "docs/chapter05_CNN/5.4_pooling.md")
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


# ---------------------------------------------------------------- exact pooling (PyTorch semantics)
NEG_INF = None  # padding marker: never the max, excluded from nothing else (avg is only used without padding)


def pool2d(X, kh, kw, sh=1, sw=1, ph=0, pw=0, mode="max"):
    H, W = len(X), len(X[0])
    Ho = (H + 2 * ph - kh) // sh + 1
    Wo = (W + 2 * pw - kw) // sw + 1
    Y = []
    for i in range(Ho):
        row = []
        for j in range(Wo):
            win = []
            for u in range(kh):
                for v in range(kw):
                    r, c = i * sh + u - ph, j * sw + v - pw
                    if 0 <= r < H and 0 <= c < W:
                        win.append(F(X[r][c]))
            row.append(max(win) if mode == "max" else sum(win, F(0)) / (kh * kw))
        Y.append(row)
    return Y


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


# ---------------------------------------------------------------- 5.4.1: max(...) by hand and pool2d outputs
X3 = [[0, 1, 2], [3, 4, 5], [6, 7, 8]]
assert "X = torch.tensor([[0, 1, 2], [3, 4, 5], [6, 7, 8]])" in DOC[line_of("X = torch.tensor([[0, 1, 2]") - 1]

n = line_of("输出数组的高和宽分别为2")
chk("out size", n, "2", F(3 - 2 + 1), why="3 - 2 + 1 = 2 (3x3 input, 2x2 window, stride 1)")

for text in [r"\max(0,1,3,4)=4", r"\max(1,2,4,5)=5", r"\max(3,4,6,7)=7", r"\max(4,5,7,8)=8"]:
    n = line_of(text)
    args, res = text[len(r"\max("):].split(")=")
    vals = [F(a) for a in args.split(",")]
    chk("max" + args, n, res, max(vals), working=True, why="max(%s) = %s" % (args, max(vals)))
# the four maxima are the windows of X3 in order
assert [[max(F(X3[i + u][j + v]) for u in (0, 1) for v in (0, 1)) for j in (0, 1)] for i in (0, 1)] == \
    [[4, 5], [7, 8]]

Y = pool2d(X3, 2, 2)
check_matrix("pool2d max", line_of("tensor([[4., 5.],"), Y, "2x2 max pooling, stride 1, of [[0,1,2],[3,4,5],[6,7,8]]")
assert "pool2d(X, (2, 2), 'avg')" in "\n".join(DOC)
Y = pool2d(X3, 2, 2, mode="avg")
check_matrix("pool2d avg", line_of("tensor([[2., 3.],"), Y,
             "2x2 average pooling, stride 1: (0+1+3+4)/4 = 2, (1+2+4+5)/4 = 3, (3+4+6+7)/4 = 5, (4+5+7+8)/4 = 6")

# ---------------------------------------------------------------- 5.4.2: nn.MaxPool2d on arange(16) as 4x4
X4 = [[4 * r + c for c in range(4)] for r in range(4)]
assert "X = torch.arange(16, dtype=torch.float).view((1, 1, 4, 4))" in "\n".join(DOC)
# lines 82-85 print the given arange input (neither list); assert they are the given
n0 = line_of("tensor([[[[ 0.,  1.,  2.,  3.],", 1)
for (n, nums), xrow in zip(rows_at(n0, 4), X4):
    assert [F(s.rstrip(".")) for s in nums] == xrow, n

assert "pool2d = nn.MaxPool2d(3)" in "\n".join(DOC)
Y = pool2d(X4, 3, 3, 3, 3)
check_matrix("MaxPool2d(3)", line_of("tensor([[[[10.]]]])"), Y,
             "3x3 window, stride 3, no padding: one window, rows/cols 0-2, max = 10")

n_code = line_of("pool2d = nn.MaxPool2d(3, padding=1, stride=2)", 1)
Y = pool2d(X4, 3, 3, 2, 2, 1, 1)
check_matrix("MaxPool2d(3,p1,s2)", line_of("tensor([[[[ 5.,  7.],", 1, n_code), Y,
             "3x3 window, padding 1, stride 2: windows rows/cols {-1..1},{1..3}: max 5, 7, 13, 15")

n_code = line_of("pool2d = nn.MaxPool2d((2, 4), padding=(1, 2), stride=(2, 3))")
Y = pool2d(X4, 2, 4, 2, 3, 1, 2)
check_matrix("MaxPool2d((2,4),(1,2),(2,3))", line_of("tensor([[[[ 1.,  3.],", 1, n_code), Y,
             "(2,4) window, padding (1,2), stride (2,3): output 3x2 = floor((4+2-2)/2)+1 x floor((4+4-4)/3)+1; "
             "row windows {-1,0},{1,2},{3,4}, column windows {-2..1},{1..4}")

# ---------------------------------------------------------------- 5.4.3: two channels
n_cat = line_of("X = torch.cat((X, X + 1), dim=1)")
X4b = [[v + 1 for v in row] for row in X4]
n0 = line_of("tensor([[[[ 0.,  1.,  2.,  3.],", 1, n_cat)
rows = rows_at(n0, 8)
for (n, nums), xrow in zip(rows[:4], X4):          # channel 0 restates the given X: neither list
    assert [F(s.rstrip(".")) for s in nums] == xrow, n
for k, ((n, nums), xrow) in enumerate(zip(rows[4:], X4b)):   # channel 1 = X + 1 is computed
    for j, (p, y) in enumerate(zip(nums, xrow)):
        chk("X+1[%d][%d]" % (k, j), n, p, F(y), why="channel 1 = X + 1")

n_code = line_of("pool2d = nn.MaxPool2d(3, padding=1, stride=2)", 2)
Y0 = pool2d(X4, 3, 3, 2, 2, 1, 1)
Y1 = pool2d(X4b, 3, 3, 2, 2, 1, 1)
n0 = line_of("tensor([[[[ 5.,  7.],", 1, n_code)
check_matrix("2ch MaxPool ch0", n0, Y0, "channel 0: 3x3 window, padding 1, stride 2 of X")
n1 = rows_at(n0, 3)[2][0]
check_matrix("2ch MaxPool ch1", n1, Y1, "channel 1: 3x3 window, padding 1, stride 2 of X + 1")

n = line_of("池化后，我们发现输出通道数仍然是2")
chk("channels out", n, "2", F(2), why="pooling acts per channel: 2 input channels -> 2 output channels")


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


NOTES = ("Clean page (Chinese d2l section 5.4, pooling, PyTorch version). Every printed result recomputes exactly: "
         "the hand-written maxima max(0,1,3,4)=4, max(1,2,4,5)=5, max(3,4,6,7)=7, max(4,5,7,8)=8 and the 2x2 output "
         "size; pool2d outputs [[4,5],[7,8]] (max) and [[2,3],[5,6]] (avg) on [[0,1,2],[3,4,5],[6,7,8]]; "
         "nn.MaxPool2d on arange(16) as 4x4: window 3 -> [[10]], window 3/padding 1/stride 2 -> [[5,7],[13,15]], "
         "window (2,4)/padding (1,2)/stride (2,3) -> [[1,3],[9,11],[13,15]] (3x2 output; padding never wins a max); "
         "the two-channel input cat(X, X+1) and its pooled output [[5,7],[13,15]], [[6,8],[14,16]], 2 channels out. "
         "Close calls: the printed arange(16) input (lines 82-85) and its restatement as channel 0 of the "
         "concatenation (lines 134-137) are givens and in neither list, while channel 1 = X + 1 (lines 139-142) is "
         "computed and judged right. Prose mentions of Y[i, j]=1 (lines 3, 28) state a property, not a computed "
         "value, and the code's window/padding/stride settings are givens.")

if __name__ == "__main__":
    report_and_write(NOTES)
