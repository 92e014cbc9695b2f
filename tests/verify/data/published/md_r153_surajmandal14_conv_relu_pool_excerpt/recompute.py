#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of "DEEP LEARNING - NUMERICAL
PROBLEMS SOLUTIONS" (num_dl.md of github.com/SurajMandal14/Study-mate).

The repository has no license, so doc.md keeps only the worked equations, matrices and numbers: every other line of
the original (prose, tips) is blanked, so that every kept line sits at its original line number (578 lines).

Plain Python 3 (fractions, exact); does not import nnwalk or the generator.

Question 1: a 5x5 image, a 3x3 kernel, valid cross-correlation (stride 1, as the page's own patches show), ReLU,
then 2x2 max pooling which the page explicitly runs with stride 1 ("Let's use stride=1 for complete coverage").
Question 2: parameter count and output sizes of a 3x3x3 -> 5 conv layer (padding 1, stride 2) and a 2x2/2 pool.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers rounds to p;
  (b) a value printed without working, or restated, is right within one unit of the true value;
  (c) a restated wrong value is wrong, propagated.
All numbers here are integers or exact halves, so (a) and (b) reduce to exact equality.
Lines that only copy givens (the image, the kernel, the input patches cut from the image, the product lines
'(1x1) + (2x0) + ...' which print no result, the hyper-parameters) are checked for consistency but are in neither
list. Output-size lines and their restatements ('3x3', '16x16x5', ...) are judged as computed numbers.

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
SOURCE = ("https://github.com/SurajMandal14/Study-mate/blob/4efd86bd9d83efc9cc7aa97635345cd27fd6e16e/num_dl.md")
LICENSE = ("none (the repository has no LICENSE file and no license statement); doc.md is an excerpt keeping only "
           "the worked equations, matrices and numbers at their original line numbers, prose lines blanked")
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")

RESULTS = {}     # line -> list of (ok, printed, correct, why)
UNJUDGED = {}


def line_of(sub, start=1, nth=1):
    """1-based line number of the nth line at or after `start` containing sub; fails loudly."""
    hits = [i + 1 for i, t in enumerate(DOC) if i + 1 >= start and sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r after line %d (hit %d)" % (DOCFILE, sub, start, nth))
    return hits[nth - 1]


def ints(s):
    return [int(x) for x in re.findall(r"-?\d+", s)]


def judge(line, ok, printed, correct, why=""):
    assert re.search(r"\d", DOC[line - 1]), ("no number on judged line", line, DOC[line - 1])
    RESULTS.setdefault(line, []).append((bool(ok), str(printed), str(correct), why))


# ---------------------------------------------------------------- givens
L_img = line_of("**Input Image (5×5):**")
IMG = [ints(DOC[L_img + 1 + k]) for k in range(1, 6)]
assert IMG == [[1, 2, 1, 2, 1], [2, 1, 1, 1, 2], [2, 2, 3, 2, 3], [3, 2, 3, 1, 2], [1, 2, 1, 2, 1]], IMG
L_ker = line_of("**Convolution Kernel (3×3):**")
KER = [ints(DOC[L_ker + 1 + k]) for k in range(1, 4)]
assert KER == [[1, 0, 1], [1, 0, 1], [-1, 0, -1]], KER

# ---------------------------------------------------------------- output size of the convolution
L = line_of(r"\frac{5 - 3 + 0}{1} + 1 = 3")
judge(L, (5 - 3 + 0) // 1 + 1 == 3, "3", 3)
L = line_of("**Result:** 3×3 output after convolution")
judge(L, True, "3×3", "3×3")

# ---------------------------------------------------------------- the nine positions
CONV = [[None] * 3 for _ in range(3)]
for r in range(3):
    for c in range(3):
        P = line_of("**Position (%d,%d)" % (r, c))
        patch = [[IMG[r + i][c + j] for j in range(3)] for i in range(3)]
        prods = [patch[i][j] * KER[i][j] for i in range(3) for j in range(3)]
        true = sum(prods)
        CONV[r][c] = true
        # patch rows (restated givens): consistency only
        for i in range(3):
            row = ints(DOC[P + 3 + i].split("]")[0])
            assert row == patch[i], ((r, c), i, row, patch[i])
        # product lines print no result: check they pair the patch with the kernel
        Lc = line_of("(%d×%d) + " % (patch[0][0], KER[0][0]), P)     # first product line
        for i in range(3):
            pairs = re.findall(r"\((-?\d+)×(-?\d+)\)", DOC[Lc - 1 + i])
            assert [(int(a), int(b)) for a, b in pairs] == [(patch[i][j], KER[i][j]) for j in range(3)], pairs
        # '= p1 + p2 + ... + (-q)': the nine products
        L1 = Lc + 3
        t = DOC[L1 - 1]
        assert t.startswith("= "), t
        printed = [int(x) for x in re.findall(r"\(?(-?\d+)\)?", t)]
        judge(L1, printed == prods, " + ".join(map(str, printed)), " + ".join(map(str, prods)),
              "" if printed == prods else "products of patch and kernel are %s" % prods)
        # '= a + b + ... - c - d': the non-zero products regrouped
        L2 = L1 + 1
        t = DOC[L2 - 1]
        terms = re.findall(r"([+-]?)\s*(\d+)", t[1:])
        signed = sorted((-int(n) if s == "-" else int(n)) for s, n in terms)
        nz = sorted(p for p in prods if p != 0)
        judge(L2, signed == nz, t.strip(), "non-zero products %s" % nz)
        # '= v'
        L3 = L2 + 1
        v = ints(DOC[L3 - 1])
        assert DOC[L3 - 1].strip().startswith("= ") and len(v) == 1, DOC[L3 - 1]
        judge(L3, v[0] == true, v[0], true,
              "" if v[0] == true else "sum of the products is %d" % true)
        # 'Output[r,c] = v'
        L4 = line_of("Output[%d,%d] =" % (r, c), L3)
        v = ints(DOC[L4 - 1].split("=")[1])[0]
        judge(L4, v == true, v, true)

RELU = [[max(0, x) for x in row] for row in CONV]

# ---------------------------------------------------------------- convolution output matrix
L = line_of("**Convolution Output (3×3):**")
judge(L, True, "3×3", "3×3")
for i in range(3):
    n = L + 3 + i
    row = ints(DOC[n - 1])
    judge(n, row == CONV[i], row, CONV[i])

# ---------------------------------------------------------------- ReLU
L = line_of("Before ReLU:")
for i in range(3):
    n = L + 1 + i
    vals = ints(DOC[n - 1])
    assert len(vals) == 6, DOC[n - 1]
    judge(n, vals[:3] == CONV[i] and vals[3:] == RELU[i], vals, CONV[i] + RELU[i])
for r in range(3):
    for c in range(3):
        n = line_of("- Position [%d,%d]:" % (r, c))
        m = re.search(r":\s*(-?\d+) → max\(0, (-?\d+)\) = (-?\d+)", DOC[n - 1])
        a, b, y = map(int, m.groups())
        judge(n, a == CONV[r][c] and b == a and y == max(0, b) == RELU[r][c], (a, b, y),
              (CONV[r][c], CONV[r][c], RELU[r][c]))
L = line_of("**After ReLU (3×3):**")
judge(L, True, "3×3", "3×3")
for i in range(3):
    n = L + 3 + i
    row = ints(DOC[n - 1])
    judge(n, row == RELU[i], row, RELU[i])

# ---------------------------------------------------------------- pooling
L = line_of(r"\frac{3 - 2}{2} + 1 = 1.5")
judge(L, F(3 - 2, 2) + 1 == F(3, 2), "1.5", "1.5 (the expression as printed, before any floor)")
assert "stride=1" in DOC[line_of("Let's use stride=1")- 1]
POOL = [[max(RELU[i + a][j + b] for a in range(2) for b in range(2)) for j in range(2)] for i in range(2)]
for k, (i, j) in enumerate([(0, 0), (0, 1), (1, 0), (1, 1)]):
    W = line_of("**Pool Window %d " % (k + 1))
    region = [[RELU[i + a][j + b] for b in range(2)] for a in range(2)]
    for a in range(2):
        n = W + 4 + a
        judge(n, ints(DOC[n - 1]) == region[a], ints(DOC[n - 1]), region[a])
    n = line_of("Max = max(", W)
    m = re.search(r"max\(([^)]*)\) = (-?\d+)", DOC[n - 1])
    args, v = ints(m.group(1)), int(m.group(2))
    flat = region[0] + region[1]
    judge(n, args == flat and v == max(args) == POOL[i][j], (args, v), (flat, POOL[i][j]))
    n = line_of("Output[%d,%d] =" % (i, j), n)
    judge(n, ints(DOC[n - 1].split("=")[1])[0] == POOL[i][j], DOC[n - 1].strip(), POOL[i][j])
L = line_of("**Final Feature Map after Convolution + ReLU + MaxPooling (2×2):**")
judge(L, True, "2×2", "2×2")
for a in range(2):
    n = L + 3 + a
    judge(n, ints(DOC[n - 1]) == POOL[a], ints(DOC[n - 1]), POOL[a])
for sub in ("**Convolution (5×5 → 3×3):**", "**ReLU (3×3 → 3×3):**", "**MaxPooling (3×3 → 2×2):**"):
    judge(line_of(sub), True, sub, "shapes 5x5 -> 3x3 -> 3x3 -> 2x2 (pool stride 1)")
assert RELU[0][2] == 0 and CONV[0][2] < 0   # 'Removed negative value at position [0,2]'

# ---------------------------------------------------------------- Question 2
K, CIN, COUT, HIN, PAD, STR = 3, 3, 5, 32, 1, 2
WEIGHTS = K * K * CIN * COUT
PARAMS = WEIGHTS + COUT
assert (WEIGHTS, PARAMS) == (135, 140)
HOUT_EXPR = F(HIN - K + 2 * PAD, STR) + 1          # 16.5, the expression as printed
HOUT = (HIN - K + 2 * PAD) // STR + 1              # 16, the standard floor convention
PHOUT = (HOUT - 2) // 2 + 1                        # 8


def eq(sub, ok, printed, correct, start=1):
    judge(line_of(sub, start), ok, printed, correct)


eq(r"$$= (9 \times 3 \times 5) + 5$$", 3 * 3 == 9, "9", 9)
eq(r"$$= (27 \times 5) + 5$$", 9 * 3 == 27, "27", 27)
eq("$$= 135 + 5$$", 27 * 5 == 135, "135", 135)
eq("$$= 140$$", 135 + 5 == 140, "140", 140)
eq("**Weights:** 3×3×3×5 = 135", WEIGHTS == 135, "135", 135)
eq("Each filter: 3×3×3 = 27 weights", 3 * 3 * 3 == 27, "27", 27)
eq("5 filters: 27×5 = 135 weights total", 27 * 5 == 135, "135", 135)
eq("**Total:** 140 parameters", PARAMS == 140, "140", 140)
eq(r"$$= \frac{32 - 3 + 2}{2} + 1$$", 2 * 1 == 2, "2", 2)
eq(r"$$= \frac{31}{2} + 1$$", 32 - 3 + 2 == 31, "31", 31)
eq("$$= 15.5 + 1$$", F(31, 2) == F(31, 2), "15.5", "15.5")
eq("$$= 16.5$$", HOUT_EXPR == F(33, 2), "16.5", "16.5")
eq("Since we can't have 16.5, floor to 16.", HOUT == 16, "16.5, 16", "16.5, 16")
eq("**Output Dimensions:** 16×16×5", HOUT == 16, "16×16×5", "16×16×5")
for sub in ("- Width: $(32 - 3 + 2)/2 + 1 = 16$", "- Height: $(32 - 3 + 2)/2 + 1 = 16$"):
    UNJUDGED[line_of(sub)] = ("prints (32 - 3 + 2)/2 + 1 = 16: taken literally the expression is 16.5 (as the page "
                              "itself computed three lines up), so rule (a) would call 16 wrong; read with the floor "
                              "the page has just announced ('floor to 16', the standard output-size convention) it "
                              "is right. Two readings, not guessed.")
eq("**Parameters in Max Pooling Layer: 0**", True, "0", 0)
eq("- $H_{in}$ = 16 (from previous layer)", HOUT == 16, "16", 16)
eq(r"$$H_{out} = \frac{16 - 2}{2} + 1$$", HOUT == 16, "16", 16)
eq(r"$$= \frac{14}{2} + 1$$", 16 - 2 == 14, "14", 14)
eq("$$= 7 + 1$$", 14 // 2 == 7, "7", 7)
eq("$$= 8$$", 7 + 1 == PHOUT == 8, "8", 8)
eq("**Output Dimensions:** 8×8×5", PHOUT == 8, "8×8×5", "8×8×5")
eq("- Width: $(16 - 2)/2 + 1 = 8$", F(16 - 2, 2) + 1 == 8, "8", 8)
eq("- Height: $(16 - 2)/2 + 1 = 8$", F(16 - 2, 2) + 1 == 8, "8", 8)
S = line_of("**Step 1 (Convolution Layer):**")
eq("- **Parameters:** 140", PARAMS == 140, "140", 140, S)
eq("  - Weights: 135", WEIGHTS == 135, "135", 135, S)
eq("- **Output Shape:** 16×16×5", HOUT == 16, "16×16×5", "16×16×5", S)
eq("- **Parameters:** 0 (no learnable parameters)", True, "0", 0, S)
eq("- **Output Shape:** 8×8×5", PHOUT == 8, "8×8×5", "8×8×5", S)
eq("**Total Parameters in CNN:** 140", PARAMS == 140, "140", 140, S)
eq("| **Conv1**   | 32×32×3     | 16×16×5      | **140**    | (3×3×3×5) + 5 = 135 + 5 |",
   HOUT == 16 and PARAMS == 140 and WEIGHTS == 135, "16×16×5, 140, 135 + 5", "16×16×5, 140, 135 + 5")
eq("| **MaxPool** | 16×16×5     | 8×8×5        | **0**      |", HOUT == 16 and PHOUT == 8, "16×16×5, 8×8×5, 0",
   "16×16×5, 8×8×5, 0")
eq("| **Total**   | -           | -            | **140**    |", PARAMS == 140, "140", 140)

# ---------------------------------------------------------------- report
NOTES = (
    "Excerpt (the repository has no license): prose lines of num_dl.md are blanked, every kept line is at its "
    "original line number. Question 1: valid cross-correlation of the 5x5 image with the 3x3 kernel gives "
    "[[0, 2, -1], [2, 3, 4], [9, 3, 9]]; ReLU [[0, 2, 0], [2, 3, 4], [9, 3, 9]]; the page notes that a 2x2 pool with "
    "stride 2 does not fit a 3x3 map ((3-2)/2 + 1 = 1.5, arithmetic right) and explicitly switches to stride 1, giving "
    "[[3, 4], [9, 9]]. Every position's products, regrouped non-zero terms, sum and restatement agree. Question 2: "
    "3*3*3*5 + 5 = 140 parameters; (32-3+2)/2 + 1 = 16.5 printed as such and then floored to 16 (standard); pooling "
    "(16-2)/2 + 1 = 8. The two 'Width/Height: (32 - 3 + 2)/2 + 1 = 16' lines are unjudged (literally 16.5, 16 with "
    "the floor the page has just stated). No arithmetic error found: a clean document (false-alarm test). Lines that "
    "only copy givens (image, kernel, input patches, the product lines '(1×1) + (2×0) + ...' without a result, "
    "hyper-parameters, bias count 5 = number of filters) are checked for consistency but are in neither list; "
    "output-size and shape restatements ('3×3', '16×16×5', headings) are judged as right computed numbers.")


def main():
    wrong, right = [], []
    for n in sorted(RESULTS):
        cs = RESULTS[n]
        bad = [c for c in cs if not c[0]]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:90]))
        if bad:
            wrong.append({"line": n, "page": None, "printed": "; ".join(c[1] for c in bad),
                          "correct": "; ".join(c[2] for c in bad), "kind": "first",
                          "why": "; ".join(c[3] for c in bad)})
        else:
            right.append(n)
    for n in sorted(UNJUDGED):
        print("line %4d  UNJUDGED  %s" % (n, DOC[n - 1].strip()[:90]))
    assert not set(UNJUDGED) & set(RESULTS)
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines (%d):" % len(right), right)
    print("unjudged:", sorted(UNJUDGED))
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right,
               "unjudged": [{"line": n, "page": None, "why": UNJUDGED[n]} for n in sorted(UNJUDGED)],
               "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


main()
