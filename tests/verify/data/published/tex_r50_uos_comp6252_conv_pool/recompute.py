#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.tex, an equations-and-numbers-only excerpt of
UOS-COMP6252/lectures latex/week3.tex (Hikmat Farhat's beamer lecture "Convolution Neural Networks, Week 3"):
the frames "Example: Conv. operation on one channel", "Stride and receptive field", "Example", "Parameters" and
"Max pooling".

Plain Python 3 (integers and fractions only: every number on these slides is an integer); no nnwalk import.

Givens: the 4x4 input [[1,2,4,3],[5,6,8,7],[9,10,12,11],[13,14,16,2]] (the same input in both the convolution and
the max-pooling frame), the 2x2 kernel [[1,-2],[-3,4]], stride 1 for the convolution (deep-learning convention:
cross-correlation, the kernel is not flipped, as the red overlay cells on the slide show); an image (3,28,28), a
3x3 kernel with stride 2 in "Example"; 32 filters of size 3x3 with stride 1 in "Parameters"; 2x2 max pooling with
stride 2 (the frame title of the preceding frame in the source, "Pooling size 2x2, stride=2").

Judging rule (the corpus's one rule): a line that prints p as the result of an expression of numbers printed on
it is right only when redoing it gives p exactly (integers here); a value printed without working is right when it
equals the true value; restated values carry the status of what they restate.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import re
import sys

DOCFILE = "doc.tex"
FORMAT = "tex"
SOURCE = "https://github.com/UOS-COMP6252/lectures/blob/b16e28c23a8e13b3ee958f48053dcbe8b454df09/latex/week3.tex"
LICENSE = ("none (no LICENSE in the repository); doc.tex is an excerpt of only the lines of five frames that hold "
           "numbers or math or open/title/close a frame, line for line and unchanged")
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def cells(line):
    """The numbers a table row of the slide prints, overlay markup (\\only<..>, \\color{red}) removed."""
    t = re.sub(r"\\only<[^>]*>", "", DOC[line - 1])
    t = re.sub(r"\\color\{red\}", "", t)
    t = t.replace("\\\\", "")
    return [int(c.replace("{", "").replace("}", "").strip()) for c in t.split("&")]


X = [[1, 2, 4, 3], [5, 6, 8, 7], [9, 10, 12, 11], [13, 14, 16, 2]]
K = [[1, -2], [-3, 4]]
CONV = [[sum(X[i + m][j + n] * K[m][n] for m in range(2) for n in range(2)) for j in range(3)] for i in range(3)]
POOL = [[max(X[2 * i + m][2 * j + n] for m in range(2) for n in range(2)) for j in range(2)] for i in range(2)]

RESULTS = []  # (line, printed, correct, status, why)


def judge(line, printed, true, why):
    st = "right" if printed == true else "wrong"
    RESULTS.append((line, str(printed), str(true), st, why))


# --- the slide's own givens are read back from the page, so the excerpt and the script cannot drift apart
first_in = line_of("{\\only<1>{\\color{red}} 1}& {\\only<1-2>{\\color{red}} 2}")
assert [cells(first_in + r) for r in range(4)] == X, "input table differs from the givens"
assert cells(line_of(" 1 &-2 \\\\")) == K[0] and cells(line_of(" -3 & 4\\\\")) == K[1]
pool_in = line_of("{\\only<1>{\\color{red}} 1}& {\\only<1>{\\color{red}} 2}")
assert [cells(pool_in + r) for r in range(4)] == X, "max-pool input differs"

# --- convolution output, one table row per line
for r, sub in enumerate(["\\only<1-> 6& \\only<2-> 8", "\\only<4-> 6  &\\only<5-> 8", "\\only<7-> 6 &\\only<8-> 8"]):
    ln = line_of(sub)
    printed = cells(ln)
    judge(ln, printed, CONV[r], "row %d of the 2x2 cross-correlation of the input with [[1,-2],[-3,4]]" % (r + 1))

# --- output size of the first example: (4 - 2)/1 + 1 = 3
ln = line_of("The size of the output (activation map) was 3x3")
judge(ln, 3, (4 - 2) // 1 + 1, "4x4 input, 2x2 kernel, stride 1 -> 3x3")

# --- "Example": floor((28-3)/2)+1 = 13
ln = line_of("\\frac{28-3}{2}\\right\\rfloor+1=13")
judge(ln, 13, (28 - 3) // 2 + 1, "floor(25/2)+1 = 13")
ln = line_of("activation map has size 13x13")
judge(ln, 13, (28 - 3) // 2 + 1, "restates 13")

# --- "Parameters"
ln = line_of("3x3x3+1(bias)=28")
judge(ln, 28, 3 * 3 * 3 + 1, "3*3*3 + 1 = 28")
ln = line_of("(32,26,26), i.e., the layer has 32x26x26=21632")
judge(ln, (26, 21632), (28 - 3 + 1, 32 * 26 * 26), "28-3+1 = 26; 32*26*26 = 21632")
ln = line_of("parameters=32x28=896")
judge(ln, 896, 32 * 28, "32*28 = 896")
ln = line_of("first layer having 32x26x26=21632")
judge(ln, 21632, 32 * 26 * 26, "32*26*26 = 21632")
ln = line_of("(3x28x28)*21632=50878464")
judge(ln, 50878464, 3 * 28 * 28 * 21632, "2352*21632 = 50878464")

# --- max pooling 2x2 stride 2
for r, sub in enumerate(["\\only<1-> {6} & \\only<2-> {8}", "\\only<3-> {14} &\\only<4-> {16}"]):
    ln = line_of(sub)
    judge(ln, cells(ln), POOL[r], "row %d of 2x2 max pooling with stride 2" % (r + 1))


def main():
    for line, p, c, st, why in RESULTS:
        print("line %3d %-6s printed %-22s true %-22s %s" % (line, st, p, c, why))
    wrong = [{"line": l, "page": None, "printed": p, "correct": c, "kind": "first", "why": w}
             for l, p, c, st, w in RESULTS if st == "wrong"]
    right = sorted({l for l, p, c, st, w in RESULTS if st == "right"} - {w["line"] for w in wrong})
    print("wrong: %d, right: %d" % (len(wrong), len(right)))
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE, "wrong": wrong,
               "right": right,
               "notes": ("UOS-COMP6252/lectures latex/week3.tex (Hikmat Farhat, 2023, no license), excerpt of five "
                         "beamer frames. Convolution by hand of a 4x4 input with the 2x2 kernel [[1,-2],[-3,4]] "
                         "(deep-learning cross-correlation, kernel not flipped, as the slide's red overlay cells "
                         "show), stride 1 -> 3x3 map [[6,8,2],[6,8,2],[6,8,-50]]; the output table is typeset with "
                         "beamer overlays (\\only<k->) so each cell is one number on a table row line. Output-size "
                         "and parameter-count arithmetic (floor((28-3)/2)+1 = 13, 3x3x3+1 = 28, 32x26x26 = 21632, "
                         "32x28 = 896, (3x28x28)*21632 = 50878464) and 2x2/stride-2 max pooling of the same input "
                         "-> [[6,8],[14,16]]. Every printed result is right (a clean document, for false alarms). "
                         "Lines stating only givens (input and kernel tables, image size, stride 1, the 2x2 "
                         "receptive field) are in neither list.")}
        (HERE / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote expected.json")


main()
