#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of "Example_nums.md" (Lab09 of
mesmatmm's CS417 Neural Networks course, Fall 2025): a 3x3 filter convolved over a 5x5 grayscale image (stride 1, no
padding), then 2x2/stride-2 max pooling and average pooling of a 4x4 matrix.

Plain Python 3 (fractions, exact); does not import nnwalk or the generator.

Givens: the image I (doc lines 7-11), the filter F (lines 18-20), the pooling input A (lines 125-128), stride 1 /
no padding for the convolution, 2x2 windows with stride 2 for pooling. The page's convolution is the deep-learning
one (cross-correlation, no kernel flip), which its three worked pixels use; that convention is followed.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers rounds to p at p's digits - otherwise wrong, first;
  (b) a value printed without working (or restated) is right within one unit of its last digit of the true value;
  (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off is wrong,
      propagated (first if the line adds a mistake of its own).
All numbers here are integers or short exact decimals, so "right" means exactly equal.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import sys
from fractions import Fraction as Fr

DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/mesmatmm/CS417_Fall2025/blob/67c14409554dcfed1571b42e8b5439cddc9518c4/"
          "Lab09/Example_nums.md")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of only the worked numbers: source lines "
           "11-243 (Parts 1-3) with the one-line prose sentences between the blocks removed, and the opening "
           "paragraph and closing summary table removed; kept lines unchanged")
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


CHECKS = {}   # line -> list of (printed, true, status, kind, why)


def chk(line, printed, true, ops=None, kind_if_wrong="first", why=""):
    """printed: the text of the number on the line; true: exact value from the givens; ops: value redone from the
    numbers printed on that line (rule a) when the line shows its working."""
    assert printed in DOC[line - 1], (line, printed, DOC[line - 1])
    p = Fr(printed.replace(" ", ""))  # "- 3" on a sum line is the term -3
    if ops is not None and Fr(ops) != p:
        st, kind = "wrong", "first"
    elif p == Fr(true):
        st, kind = "right", None
    else:
        st, kind = "wrong", kind_if_wrong
    CHECKS.setdefault(line, []).append((printed, Fr(true), st, kind, why))


def fmt(x):
    x = Fr(x)
    return str(x.numerator) if x.denominator == 1 else str(float(x))


# ---------------- givens ----------------
I = [[1, 2, 3, 0, 1], [4, 5, 6, 1, 2], [7, 8, 9, 2, 3], [1, 2, 1, 0, 1], [2, 3, 2, 1, 0]]
F = [[1, 0, -1], [1, 0, -1], [1, 0, -1]]
A = [[1, 3, 2, 1], [4, 6, 5, 2], [0, 1, 3, 4], [2, 1, 2, 0]]
# the doc's givens are read back from its lines, so a changed doc fails loudly
assert DOC[line_of("[ 1  2  3  0  1") - 1].split()[1:] == ["1", "2", "3", "0", "1"]
assert DOC[line_of("  2  3  2  1  0 ]") - 1].split()[:5] == ["2", "3", "2", "1", "0"]

n_out = (5 - 3) // 1 + 1
O = [[sum(I[r + i][c + j] * F[i][j] for i in range(3) for j in range(3)) for c in range(3)] for r in range(3)]
blocks = [[A[r + i][c + j] for i in range(2) for j in range(2)] for r in (0, 2) for c in (0, 2)]
mx = [max(b) for b in blocks]
av = [Fr(sum(b), 4) for b in blocks]

# ---------------- output size ----------------
chk(line_of("\\text{Output size} = \\frac{5 - 3}{1} + 1 = 3"), "3", n_out, ops=Fr(5 - 3, 1) + 1)
chk(line_of("So output = **3"), "3", n_out)
chk(line_of("Final Convolution Output (3"), "3", n_out)

# ---------------- pixel (0,0) ----------------
chk(line_of("1 + 0 - 3 +"), "- 3", I[0][2] * F[0][2])
chk(line_of("1 + 0 - 3 +"), "1", I[0][0] * F[0][0])
chk(line_of("4 + 0 - 6 +"), "- 6", I[1][2] * F[1][2])
chk(line_of("4 + 0 - 6 +"), "4", I[1][0] * F[1][0])
L = line_of("7 + 0 - 9 = -6")
chk(L, "- 9", I[2][2] * F[2][2])
chk(L, "-6", O[0][0], ops=1 + 0 - 3 + 4 + 0 - 6 + 7 + 0 - 9)
chk(line_of("O[0,0] = -6"), "-6", O[0][0])
# ---------------- pixel (0,1) ----------------
chk(line_of("= 2 + 0 + 0 + 5 + 0 -1 + 8 + 0 -2 = 12"), "12", O[0][1], ops=2 + 0 + 0 + 5 + 0 - 1 + 8 + 0 - 2)
chk(line_of("O[0,1] = 12"), "12", O[0][1])
# ---------------- pixel (0,2) ----------------
chk(line_of("= 3 + 0 -1 + 6 + 0 -2 + 9 + 0 -3 = 12"), "12", O[0][2], ops=3 + 0 - 1 + 6 + 0 - 2 + 9 + 0 - 3)
chk(line_of("O[0,2] = 12"), "12", O[0][2])

# ---------------- final output matrix (rows 1 and 2 are never worked on the page) ----------------
L0 = line_of("[ -6   12   12")
assert DOC[L0].strip().startswith("-6") and DOC[L0 + 1].strip().startswith("-6")
for r, L in enumerate((L0, L0 + 1, L0 + 2)):
    vals = DOC[L - 1].replace("[", " ").replace("]", " ").split()
    assert len(vals) == 3, (L, vals)
    for c, v in enumerate(vals):
        why = ""
        if int(v) != O[r][c]:
            rows = " + ".join("(%d-%d)" % (I[r + i][c], I[r + i][c + 2]) for i in range(3))
            why = ("O[%d,%d] = %s = %d (rows %d-%d, columns %d-%d of I); the page repeats row 0's value %s"
                   % (r, c, rows, O[r][c], r, r + 2, c, c + 2, v))
        CHECKS.setdefault(L, []).append((v, Fr(O[r][c]), "right" if int(v) == O[r][c] else "wrong",
                                         None if int(v) == O[r][c] else "first", why))

# ---------------- max pooling ----------------
for k, (b, text) in enumerate(zip(blocks, ["4 6] → max = 6", "5 2] → max = 5", "2 1] → max = 2", "2 0] → max = 4"])):
    L = line_of(text)
    # the block as printed on the two lines is A's window (restated givens)
    top = DOC[L - 2].replace("[", " ").split()
    bot = DOC[L - 1].split("]")[0].split()
    assert [int(x) for x in top + bot] == b, (L, top, bot, b)
    chk(L, text.split("= ")[1], mx[k], ops=max(int(x) for x in top + bot))
chk(line_of("MaxPool output (2"), "2", 2)
chk(line_of("[ 6  5"), "6", mx[0])
chk(line_of("[ 6  5"), "5", mx[1])
chk(line_of("  2  4 ]"), "2", mx[2])
chk(line_of("  2  4 ]"), "4", mx[3])

# ---------------- average pooling ----------------
chk(line_of("avg = (1+3+4+6) / 4 = 3.5"), "3.5", av[0], ops=Fr(1 + 3 + 4 + 6, 4))
for k, text in ((1, "5 2] → avg = 2.5"), (2, "2 1] → avg = 1.0"), (3, "2 0] → avg = 2.25")):
    L = line_of(text)
    top = DOC[L - 2].replace("[", " ").split()
    bot = DOC[L - 1].split("]")[0].split()
    assert [int(x) for x in top + bot] == blocks[k], (L, top, bot)
    chk(L, text.split("= ")[1], av[k], ops=Fr(sum(int(x) for x in top + bot), 4))
chk(line_of("AveragePool output (2"), "2", 2)
chk(line_of("[ 3.5   2.5"), "3.5", av[0])
chk(line_of("[ 3.5   2.5"), "2.5", av[1])
chk(line_of("  1.0   2.25 ]"), "1.0", av[2])
chk(line_of("  1.0   2.25 ]"), "2.25", av[3])

NOTES = ("Lab notes of a university course (CS417 Neural Networks, Fall 2025). The page works three pixels of row 0 "
         "of the convolution (all right), then prints the 'Final Convolution Output' with rows 1 and 2 copied from "
         "row 0: the true output is [[-6, 12, 12], [-4, 12, 10], [-2, 10, 8]], so line %d (two of its three "
         "entries) and line %d (all three) are wrong (first: values never computed, not derived from an earlier "
         "wrong number). Pooling parts are right. The page's convolution does not flip the kernel (the "
         "deep-learning cross-correlation), as its own worked pixels show; followed. Output-size lines (the formula "
         "(5-3)/1+1 = 3 and its restatements '3x3', '2x2' in headings) are counted as right lines printing a "
         "computed number; the lines writing products without a result (e.g. '1*1 + 2*0 + 3*(-1) +') and the "
         "blocks copied from I and A are restated givens, in neither list. Line %d's middle 12 is right; only -6 "
         "and the last 12 are reported." % (L0 + 1, L0 + 2, L0 + 1))


def main():
    wrong, right = [], []
    for L in sorted(CHECKS):
        cs = CHECKS[L]
        bad = [c for c in cs if c[2] == "wrong"]
        print("line %4d  %-5s  %s" % (L, "WRONG" if bad else "right", DOC[L - 1].strip()[:100]))
        for c in cs:
            print("            printed %-6s true %-6s %s%s" % (c[0], fmt(c[1]), c[2], " (%s)" % c[3] if c[3] else ""))
        if bad:
            wrong.append({"line": L, "page": None, "printed": ", ".join(c[0] for c in bad),
                          "correct": ", ".join(fmt(c[1]) for c in bad),
                          "kind": "first" if any(c[3] == "first" for c in bad) else "propagated",
                          "why": "; ".join(dict.fromkeys(c[4] for c in bad if c[4]))})
        else:
            right.append(L)
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


if __name__ == "__main__":
    main()
