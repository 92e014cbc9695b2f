#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, Udacity's
"[SOLUTION] Attention Basics" notebook (attention/Attention_Basics_Solution.ipynb of
github.com/udacity/deep-learning-v2-pytorch, MIT), kept byte for byte.

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Givens (code cells): dec_hidden_state = [5, 1, 20]; annotation = [3, 12, 45];
annotations = transpose([[3,12,45], [59,2,5], [1,43,5], [4,3,45.3]]) (each column one encoder state).
The notebook prints (numpy outputs, softmax done in float128):
  the single dot score 927; the four dot scores [927, 397, 148, 929]; softmax of those scores;
  the weights times the annotations (3 x 4 array, three output lines); the context vector (row sums);
  and a markdown cell restating the scores 927 and 929 and the weights as 0.119 and 0.880.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it
      from those numbers rounds to p (no line here prints its working: every output is a bare numpy array);
  (b) a value printed without working, or restated, is right within one unit of its last digit of the true value,
      or when it follows from printed correct operands;
  (c) a restated or recomputed consequence of a wrong value is wrong, kind propagated.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import re
import sys
from decimal import ROUND_HALF_EVEN, getcontext
from decimal import Decimal as D

DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/udacity/deep-learning-v2-pytorch/blob/c9404fc86181fc3f0906b368697268257f348535/"
          "attention/Attention_Basics_Solution.ipynb")
LICENSE = ("MIT (LICENSE at the repository root, Copyright (c) 2018 Udacity); doc.ipynb is the file verbatim, "
           "byte for byte (last changed in commit 099beb368f99e64b1e0bd00db2027bab1b87003a)")

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    """1-based line of the nth line of the document containing sub; fails loudly."""
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_EVEN)


def near(p, x):
    """rule (b): within one unit of p's last digit of the true value."""
    return abs(D(p) - D(x)) <= unit(p)


# ---------------------------------------------------------------- givens
dec = [D(5), D(1), D(20)]
ann_cols = [[D(3), D(12), D(45)], [D(59), D(2), D(5)], [D(1), D(43), D(5)], [D(4), D(3), D("45.3")]]

# ---------------------------------------------------------------- exact computation
scores = [sum(a * b for a, b in zip(dec, col)) for col in ann_cols]            # 927, 397, 148, 929
m = max(scores)
ex = [(s - m).exp() for s in scores]
tot = sum(ex)
w = [e / tot for e in ex]                                                        # softmax
applied = [[w[j] * ann_cols[j][i] for j in range(4)] for i in range(3)]          # rows i, columns j
context = [sum(r) for r in applied]

CHECKS = []   # (line, printed, true, label)


def nums(line):
    """Numbers printed on a numpy output line, in order."""
    text = DOC[line - 1]
    text = text.replace("float128", "")
    return re.findall(r"[-+]?\d+\.?\d*(?:e[-+]?\d+)?", text)


def add(line, printed_list, trues, label):
    assert len(printed_list) == len(trues), (line, printed_list)
    for k, (p, t) in enumerate(zip(printed_list, trues)):
        CHECKS.append((line, p, t, "%s[%d]" % (label, k)))


# single dot score: output "927" (the only line that is exactly "927" in quotes)
L_single = line_of('       "927"')
add(L_single, ["927"], [sum(a * b for a, b in zip(dec, [D(3), D(12), D(45)]))], "single_dot_attention_score")

L_scores = line_of('"array([ 927.,  397.,  148.,  929.])"')
add(L_scores, nums(L_scores), scores, "dot_attention_score")

L_soft = line_of('"array([ 0.11920292,')
add(L_soft, nums(L_soft), w, "softmax")

L_app0 = line_of('"array([[ 0.35760877,')
L_app1 = line_of('"       [ 1.4304351,')
L_app2 = line_of('"       [ 5.3641315,')
for i, L in enumerate((L_app0, L_app1, L_app2)):
    add(L, nums(L), applied[i], "applied_attention row %d" % i)

L_ctx = line_of('"array([ 3.8807971,')
add(L_ctx, nums(L_ctx), context, "attention_vector")

# markdown restatement: "... respective scores of 927 and 929. But after softmax, the attention they'll get is
# 0.119 and 0.880 respectively."
L_md = line_of("had the respective scores of 927 and 929")
md = DOC[L_md - 1]
mo = re.search(r"scores of (\d+) and (\d+)\. But after softmax, the attention they'll get is ([0-9.]+) and ([0-9.]+)",
               md)
if not mo:
    raise SystemExit("markdown restatement not parsed at line %d" % L_md)
add(L_md, list(mo.groups()), [scores[0], scores[3], w[0], w[3]], "markdown restatement")


def main():
    bad_lines, good_lines = {}, []
    print("Udacity Attention Basics (solution) -- exact recomputation")
    print("scores =", [str(s) for s in scores])
    print("softmax =", [format(x, ".12E") for x in w])
    print("context =", [format(x, ".12f") for x in context])
    print()
    by_line = {}
    for (L, p, t, lab) in CHECKS:
        ok = near(p, t)
        by_line.setdefault(L, []).append((p, t, lab, ok))
        print("line %3d  %-22s printed %-16s true %-22s round-to-digits %-16s %s"
              % (L, lab, p, format(t, ".10E"), str(rnd(t, p)), "ok" if ok else "WRONG"))
    wrong = []
    right = []
    for L in sorted(by_line):
        errs = [(p, t, lab) for (p, t, lab, ok) in by_line[L] if not ok]
        if errs:
            p, t, lab = errs[0]
            wrong.append({"line": L, "page": None, "printed": p, "correct": str(rnd(t, p)), "kind": "first",
                          "why": "%s: true value %s" % (lab, format(t, ".10E"))})
        else:
            right.append(L)
    print()
    print("wrong lines:", [x["line"] for x in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        out = {
            "file": DOCFILE,
            "format": FORMAT,
            "source": SOURCE,
            "license": LICENSE,
            "wrong": wrong,
            "right": right,
            "notes": ("Udacity deep-learning-v2-pytorch 'Attention Basics' solution notebook (numpy, float128 "
                      "softmax). Givens: decoder state [5, 1, 20]; annotations (columns) [3,12,45], [59,2,5], "
                      "[1,43,5], [4,3,45.3]. Dot scores 927 (single), [927, 397, 148, 929]; softmax "
                      "[0.11920292, 7.9471515e-232, 5.7661442e-340, 0.88079708] (exact: 1/(1+e^2)=0.1192029220..., "
                      "e^-532/(1+e^-2+...)=7.94715...e-232, e^-781/(...)=5.76614...e-340, 0.8807970780...); "
                      "weights times annotations (three printed rows, numpy's 8-significant-digit float128 "
                      "style, e.g. 2.479442e-338 = 2.4794420e-338 with the trailing zero dropped); context vector "
                      "[3.8807971, 4.0728263, 45.264239]; the markdown restates 927, 929 and the weights as "
                      "0.119 and 0.880 (0.880 is a truncation of 0.88080 but within one unit of its last digit, "
                      "so right under rule (b)). Every printed number is right: a false-alarm test with extreme "
                      "exponents (e-232, e-340) that float64 would underflow. Input lines (givens) and the "
                      "execution counts are in neither list."),
        }
        (HERE / "expected.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote expected.json")


if __name__ == "__main__":
    main()
