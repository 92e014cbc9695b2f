#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, the worked cells (with their outputs) of
"HW_Convolution Operation_with partial answer.ipynb" (course "AI and Deep learning" homework on 1D / 2D /
multi-channel convolution, a student's checked submission, in shenjiann/AI-project-2025).

Plain Python 3, exact integers (fractions not needed: every number is an integer); does not import nnwalk or the
generator.

Givens (printed on the page): x = [3, 6, 5, 4, 8, 9, 1, 7, 9, 10, 10], 1D kernel [-1, 0, 1]; the 5x5 image and the
2x2 kernel [[-1, 1], [-1, 1]] of cell 2.4 (padding 1, stride 2); the 2x5x5 input and the kernel array of cell 2.5
(padding 0, stride 1). Convention of the page (its formulas and code): cross-correlation z_i = sum_k w_k x_{i+k-1},
no kernel flip; zero padding; output length (d + 2p - f)//s + 1; in 2.5 the kernel has shape
(kernel_height, kernel_width, channels), so channel c uses kernel[:, :, c] (the page's comment and function say so).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers rounds to p - otherwise wrong, first;
  (b) a value printed without working (or restated) is right within one unit of its last digit of the true value;
  (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off is wrong,
      propagated (first if the line adds a mistake of its own).
A line is wrong when any number on it is wrong. All numbers here are integers, so right means equal.
Line numbers are lines of the raw JSON file doc.ipynb.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import re
import sys

DOCFILE = "doc.ipynb"
FORMAT = "nb"
SOURCE = ("https://github.com/shenjiann/AI-project-2025/blob/3b60de3dd47294b33b75bdcc3107988834ab22c6/"
          "Homework/HW(after%20check)_%E5%88%98%E5%98%89%E7%AB%A5/"
          "HW_Convolution%20Operation_with%20partial%20answer.ipynb")
LICENSE = ("none (no LICENSE in the repository); doc.ipynb keeps only the worked cells with their outputs (12 of 41 "
           "cells, unchanged), re-serialised with json.dump(indent=1, ensure_ascii=False)")
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1, after=0):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t and i + 1 > after]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d after line %d)" % (DOCFILE, sub, nth, after))
    return hits[nth - 1]


def ints(s):
    return [int(v) for v in re.findall(r"-?\d+", s)]


CHECKS = {}   # line -> list of (printed, true, status, kind, why)


def chk(line, printed, true, status=None, kind="first", why=""):
    st = status or ("right" if printed == true else "wrong")
    CHECKS.setdefault(line, []).append((printed, true, st, None if st == "right" else kind, why))


def conv1d(x, w, p=0, s=1):
    xp = [0] * p + x + [0] * p
    n = (len(x) + 2 * p - len(w)) // s + 1
    return [sum(xp[i * s + k] * w[k] for k in range(len(w))) for i in range(n)]


def conv2d(X, W, p=0, s=1):
    H, Wd = len(X), len(X[0])
    kh, kw = len(W), len(W[0])
    Xp = [[0] * (Wd + 2 * p) for _ in range(p)] + [[0] * p + r + [0] * p for r in X] + \
         [[0] * (Wd + 2 * p) for _ in range(p)]
    oh, ow = (H + 2 * p - kh) // s + 1, (Wd + 2 * p - kw) // s + 1
    return [[sum(Xp[i * s + a][j * s + b] * W[a][b] for a in range(kh) for b in range(kw)) for j in range(ow)]
            for i in range(oh)]


def vec_line(line, true, label):
    got = ints(DOC[line - 1].split("Output signal:")[-1])
    chk(line, got, true, why="%s = %s" % (label, true))


# ---------------- givens, read back from the page ----------------
x = [3, 6, 5, 4, 8, 9, 1, 7, 9, 10, 10]
w = [-1, 0, 1]
assert "$$[3,6,5,4,8,9,1,7,9,10,10]$$" in DOC[line_of("we have the original sequence as") - 1]
assert ints(DOC[line_of('"Input signal: [ 3  6  5  4  8  9  1  7  9 10 10]') - 1]) == x

# ---------------- 2.1: 1D convolution, no padding ----------------
z = conv1d(x, w)
c10_out = line_of('"Output signal: [ 2 -2  3  5 -7 -2  8  3  1]\\n"')
vec_line(c10_out, z, "conv1d(x, [-1,0,1])")
vec_line(line_of('"Output signal: [ 2 -2  3  5 -7 -2  8  3  1]\\n"', 2), z, "expected result restated")
vec_line(line_of("print('Your result should be:\\\\nOutput signal: [ 2 -2  3  5 -7 -2  8  3  1]')"), z,
         "expected result in the print literal")
for i, (txt, prn) in enumerate([("$$z_1 = 3\\\\times(-1)+6\\\\times0+5\\\\times1 = 2,$$", 2),
                                ("$$z_2 = 6\\\\times(-1)+5\\\\times0+4\\\\times1 = -2,$$", -2)]):
    ln = line_of(txt)
    ops = x[i:i + 3]
    chk(ln, [ops, prn], [ops, z[i]], why="z_%d = %s . [-1,0,1] = %d" % (i + 1, ops, z[i]))
ln = line_of("$$z_8 = ")
m = re.search(r"z_8 = (\d+)\\\\times\(-1\)\+(\d+)\\\\times0\+(\d+)\\\\times1 = (-?\d+)", DOC[ln - 1])
ops8, p8 = [int(m.group(k)) for k in (1, 2, 3)], int(m.group(4))
redo8 = -ops8[0] + ops8[2]
assert redo8 == p8  # the printed arithmetic itself is consistent; the slip is the operand
chk(ln, [ops8, p8], [x[7:10], z[7]], kind="first",
    why="z_8 takes x_8, x_9, x_10 = 7, 9, 10: 7(-1)+9(0)+10(1) = 3; the page writes x_10 as 6 and gets -1, "
        "contradicting its own result list (z_8 = 3) and the code output")
ln = line_of("$$[2,-2,3,5,-7,-2,8,3,1]$$")
chk(ln, ints(DOC[ln - 1]), z, why="the nine outputs")

# ---------------- 2.2: padding 1 ----------------
zp = conv1d(x, w, p=1)
vec_line(line_of('"Output signal: [  6   2  -2   3   5  -7  -2   8   3   1 -10]\\n"'), zp, "padding 1")
vec_line(line_of('"Output signal: [  6   2  -2   3   5  -7  -2   8   3   1 -10]\\n"', 2), zp, "restated")
vec_line(line_of("print('Your result should be:\\\\nOutput signal: [  6   2  -2   3   5  -7  -2   8   3   1 -10]')"),
         zp, "expected result in the print literal")

# ---------------- 2.3: stride 2 (the cell calls conv_1d_stride without padding) ----------------
zs = conv1d(x, w, p=0, s=2)
assert "conv_1d_stride(input_signal, kernel, stride)" in "\n".join(DOC)
vec_line(line_of('"Output signal: [ 2  3 -7  8  1]\\n"'), zs, "stride 2, no padding (the call passes no padding)")
vec_line(line_of('"Output signal: [ 2  3 -7  8  1]\\n"', 2), zs, "restated")
vec_line(line_of("print('Your result should be:\\\\nOutput signal: [ 2  3 -7  8  1]')"), zs, "print literal")
zps = conv1d(x, w, p=1, s=2)
vec_line(line_of('"Output signal: [  6  -2   5  -2   3 -10]\\n"'), zps, "padding 1, stride 2")
vec_line(line_of('"Output signal: [  6  -2   5  -2   3 -10]\\n"', 2), zps, "restated")
vec_line(line_of("print('Your result should be:\\\\nOutput signal: [  6  -2   5  -2   3 -10]')"), zps, "print literal")

# ---------------- 2.4: 2D convolution, padding 1, stride 2 ----------------
X2 = [[3, 6, 5, 4, 8], [9, 1, 7, 9, 6], [8, 0, 5, 0, 9], [6, 2, 0, 5, 2], [6, 3, 7, 0, 9]]
K2 = [[-1, 1], [-1, 1]]
assert ints(DOC[line_of('"[[3 6 5 4 8]\\n"') - 1]) == X2[0]
Z2 = conv2d(X2, K2, p=1, s=2)
start = line_of('"[[3 6 5 4 8]\\n"')
for rep in (1, 2):
    first = line_of("[ 3 -1  4]", rep, after=start)
    for r in range(3):
        ln = first + r
        chk(ln, ints(DOC[ln - 1]), Z2[r], why="row %d of the 2D output = %s" % (r + 1, Z2[r]))
ln = line_of("print('Your result should be:\\\\nOutput signal:\\\\n[[ 3 -1  4]")
chk(ln, ints(DOC[ln - 1].split("Output signal:")[-1]), sum(Z2, []), why="print literal, 2D output")

# ---------------- 2.5: multi-channel, padding 0, stride 1 ----------------
X3 = [[[3, 6, 5, 4, 8], [9, 1, 7, 9, 10], [10, 8, 2, 3, 6], [5, 4, 8, 9, 1], [7, 9, 10, 10, 7]],
      [[1, 2, 3, 4, 5], [6, 7, 8, 9, 10], [11, 12, 13, 14, 15], [16, 17, 18, 19, 20], [21, 22, 23, 24, 25]]]
Karr = [[[1, 0], [0, -1]], [[-1, 0], [0, 1]]]   # as printed; shape (kh, kw, channels)
assert ints(DOC[line_of('"     [9, 1, 7, 9, 10],\\n"') - 1]) == X3[0][1]
Kc = [[[Karr[a][b][c] for b in range(2)] for a in range(2)] for c in range(2)]
Z3a = conv2d(X3[0], Kc[0])
Z3b = conv2d(X3[1], Kc[1])
Z3 = [[Z3a[i][j] + Z3b[i][j] for j in range(4)] for i in range(4)]
start = line_of('"Input signal shape: (2, 5, 5)\\n"')
for rep in (1, 2):
    first = line_of("[-1 10  3  0]", rep, after=start)
    for r in range(4):
        ln = first + r
        chk(ln, ints(DOC[ln - 1]), Z3[r], why="row %d of the 2-channel output = %s" % (r + 1, Z3[r]))
ln = line_of("print('Your result should be:\\\\nOutput signal:\\\\n[[-1 10  3  0]")
chk(ln, ints(DOC[ln - 1].split("Output signal:")[-1]), sum(Z3, []), why="print literal, 2-channel output")


# ---------------- report ----------------
def main():
    wrong, right = [], []
    for line in sorted(CHECKS):
        cs = CHECKS[line]
        bad = [c for c in cs if c[2] == "wrong"]
        if bad:
            kind = "first" if any(c[3] == "first" for c in bad) else "propagated"
            wrong.append({"line": line, "page": None, "printed": "-1" if line == ln8 else
                          str(bad[0][0]), "correct": "3" if line == ln8 else
                          str(bad[0][1]), "kind": kind, "why": "; ".join(c[4] for c in bad)})
            print("WRONG %3d %-10s %s" % (line, kind, "; ".join(c[4] for c in bad)))
        else:
            right.append(line)
            print("right %3d %s" % (line, DOC[line - 1].strip()[:90]))
    print("\n%d wrong lines, %d right lines" % (len(wrong), len(right)))
    notes = (
        "Notebook keeps 12 of the 41 cells of the student's checked homework (headings 2.1-2.5, the six example "
        "code cells with their stream outputs, and the Markdown cell that works z_1, z_2, z_8 by hand); the "
        "function-definition cells (the student's code) and the prose cells were cut. One wrong line: the "
        "hand-worked z_8 writes the third input as 6 instead of x_10 = 10 and prints -1; the true z_8 is 3, as "
        "the page's own result list and the code output print. Its arithmetic on the printed operands (-7+0+6 = "
        "-1) is consistent, so the slip is the copied operand (kind first). Close call judged right: the 2.3 cell "
        "prints 'Padding: 1' (a stale variable from the 2.2 cell) above 'Output signal: [ 2  3 -7  8  1]', which "
        "is the stride-2 result without padding; the cell's code calls conv_1d_stride(input_signal, kernel, "
        "stride) without any padding argument, so the page's own convention gives [2, 3, -7, 8, 1] (with padding 1 "
        "it would be [6, -2, 5, -2, 3, -10], printed by the next cell). 2.5's kernel is laid out (kh, kw, "
        "channels) as the page's comment says, so channel 1 uses [[1,0],[-1,0]] and channel 2 [[0,-1],[0,1]]; "
        "followed as is. The 'Your result should be' print literals in the code sources restate the expected "
        "outputs and are listed as right; lines that print only givens (inputs, kernels, padding, stride, "
        "shapes) are in neither list. The expected-output blocks print some matrix rows without the leading "
        "space ('[12  2  6]]', '[ 4 -2 10 11]'), cosmetic.")
    if "--write-expected" in sys.argv:
        out = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": notes}
        (HERE / "expected.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote expected.json")


ln8 = line_of("$$z_8 = ")
if __name__ == "__main__":
    main()
