#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.pdf, a Greek homework solution of exercise
E11.10 of Hagan, Demuth, Beale and De Jesus, "Neural Network Design" (2nd ed.), chapter 11 (Backpropagation), as
published in estamos/Neural-Network-Design-Solutions-Manual (Chapter 11/E11.10_minor_diff.pdf): one iteration of
standard steepest-descent backpropagation in matrix form for a 2-2-1 network with f1(n) = n^3 (hidden layer)
and f2(n) = n (output), followed by a summary table of every result.  (The file name's "minor_diff" presumably
marks a variant of the book's exercise; the document is judged on its own givens.)

Givens (page 1 lines 6-11):  W1(0) = [[1, -1], [1, 0]], b1(0) = [1, 2], W2(0) = [1, 1], b2(0) = 1, p = [-1, 1],
  t = -1, alpha = 0.5, f1(n) = n^3, f2(n) = n;  n1 = W1 p + b1, a1 = f1(n1), n2 = W2 a1 + b2, a2 = n2, e = t - a2,
  s2 = -2 f2'(n2) e, s1 = F1'(n1) W2^T s2 with F1' = diag(3 n1^2), W_m <- W_m - alpha s_m a_{m-1}^T,
  b_m <- b_m - alpha s_m.
All true values are integers and follow exactly from these (Fractions).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last printed digit):
  (a) a line printing p as the result of an expression of numbers printed on that line is right only if redoing
      the expression from those printed numbers gives p (givens exact);
  (b) a value printed without its working (table of page 3) is right within one unit of its last
      digit of the true value, or when it follows from printed correct operands;
  (c) a restated / recomputed consequence of a wrong value is wrong, kind "propagated"; the first wrong value is
      kind "first".
Lines are located by their text in pypdf's page.extract_text().split("\\n") of doc.pdf (pypdf 7.1.1 was used; the
Greek prose comes out in a Latin transliteration of the font's glyphs, the numbers are intact); the script fails
loudly if a line is not found exactly once on its page.  Plain Python 3 (pypdf optional, only to re-check the text
layer); does not import nnwalk or the generator.

Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import sys
from fractions import Fraction as F

HERE = pathlib.Path(__file__).resolve().parent
DOCFILE = "doc.pdf"
FORMAT = "pdf"
SOURCE = ("https://github.com/estamos/Neural-Network-Design-Solutions-Manual/blob/"
          "a12f2cd2a2cccac0cec5acc9c1dc43500c2f7834/Chapter%2011/E11.10_minor_diff.pdf")
LICENSE = ("MIT (LICENSE of estamos/Neural-Network-Design-Solutions-Manual, \"Copyright (c) 2020 Evangelos "
           "Stamos\"); doc.pdf is the PDF byte for byte")

# The text layer of doc.pdf as pypdf 7.1.1 extracts it (page.extract_text().split("\n")), one list per page.
# When pypdf is importable the script re-extracts doc.pdf and fails loudly if the text differs from this snapshot.
PAGES_SNAPSHOT = [
    ["\u039aef\u03aclaio 6", "Pr\u03ccblhma 6", "S", "to pr\u03ccblhma aut\u03cc \u03f9hte\u03aftai h ekt\u03adlesh m\u03afac epan\u03aclhyhc tou standard steepest descent", "backpropagation algor\u03afjmou, qrhsimopoi\u03centac pr\u03acxeic pin\u03ackwn, gia to poluep\u03afpe-", "do ant\u03aflhptro d\u03afktuo pou apeikon\u03afzetai sthn eik\u03ccna 6.1 , me \u03b1 = 0.5 kai arqik\u03ac \u03d0\u03acrh kai", "bias : w1(0) =", "\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 1 \u22121 1 0 \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 ,b1(0) = \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 1 2 \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 ,w2(0) = \u23d0\u23d0\u23d0\u23d01 1 \u23d0\u23d0\u23d0\u23d0 ,b2(0) = \u23d0\u23d0\u23d0\u23d01 \u23d0\u23d0\u23d0\u23d0, doj\u03adntoc en\u03ccc \u03f9eugario\u03cd", "eis\u03ccdou/st\u03ccqou {p =", "\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 \u22121 1 \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 ,t = \u23d0\u23d0\u23d0\u23d0\u22121 \u23d0\u23d0\u23d0\u23d0} . \u0397 sun\u03acrthsh metafor\u03acc tou krufo\u03cd epip\u03addou e\u03afnai", "f (n) = n3 . Ta dedom\u03adna ex\u03ccdou ap\u03cc thn ep\u03aflush tou probl\u03aematoc kai thc ekt\u03adleshc m\u03afac", "epan\u03aclhyhc tou algor\u03afjmou apeikon\u03afzontai sugkentrwtik\u03ac ston p\u03afnaka 6.1 .", "Eik\u03ccna 6.1: D\u03afktuo probl\u03aematoc 6", "1. Epishma\u03afnoume pwc to n sto 1o ep\u03afpedo e\u03afnai disdi\u03acstato .", "f 1(n) = n3 (6.1)", "kaj\u03cec", "\u03b11 = cube(W 1p + b1) (6.2)", "2.", "f 2(n) = n (6.3)", "kaj\u03cec", "\u03b12 = W 2\u03b11 + b2 (6.4)", "2h Seir\u03ac Problim\u03actwn 29"],
    ["\u039aef\u03aclaio 6. Pr\u03ccblhma 6", "Arqik\u03ac, upolog\u03afzoume tic parag\u03cegouc twn sunart\u03aesewn metafor\u03acc :", "1.", "f\u20321(n1) = 3(n1)2 (6.5)", "2.", "f\u20322(n2) = 1 (6.6)", "\u0384Epeita diabib\u03aczoume thn e\u03afsodo m\u03adsw tou dikt\u03cdou :", "1.", "n1 = W 1p + b1 =", "\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 1 \u22121 1 0 \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 \u00b7 \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 \u22121 1 \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 + \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 1 2 \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 = \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 \u22122 \u22121 \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 + \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 1 2 \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 = \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 \u22121 1 \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 (6.7)", "2.", "\u03b10 = p =", "\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 \u22121 1 \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 (6.8)", "3.", "\u03b11 = f 1(W 1p + b1) = f 1(n1) = f 1(", "\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 \u22121 1 \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0) = \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 \u22121 1 \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 3 = \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 \u22121 1 \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 (6.9)", "4.", "n2 = W 2\u03b11 + b2 = \u23d0\u23d0\u23d0\u23d01 1 \u23d0\u23d0\u23d0\u23d0 \u00b7 \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 \u22121 1 \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 + \u23d0\u23d0\u23d0\u23d01 \u23d0\u23d0\u23d0\u23d0 = 1 (6.10)", "5.", "\u03b12 = f 2(W 2\u03b11 + b2) = f 2(n2) = f 2(1) = 1 (6.11)", "6.", "e = t\u2212\u03b12 = \u23d0\u23d0\u23d0\u23d0\u22121 \u23d0\u23d0\u23d0\u23d0 \u2212 \u23d0\u23d0\u23d0\u23d01 \u23d0\u23d0\u23d0\u23d0 = \u22121 \u2212 1 = \u22122 (6.12)", "Epiprosj\u03adtwc, upolog\u03afzoume tic euaisjhs\u03afec tou dikt\u03cdou :", "1.", "s2 = \u22122f\u20322(n2)e = \u22122 \u00b7 1 \u00b7\u22122 = 4 (6.13)", "2.", "s1 = f\u20321(n1)(W 2)Ts2 = 3 \u00b7", "\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 \u22121 1 \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 2 \u00b7 \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 1 1 \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 \u00b7 4 = \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 12 12 \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 (6.14)", "T\u03adloc enhmer\u03cenoume ta \u03d0\u03acrh kai thn p\u03cclwsh (bias) :", "1.", "W 2(1) = W 2(0) \u2212\u03b1\u00b7s2(\u03b11)T = \u23d0\u23d0\u23d0\u23d01 1 \u23d0\u23d0\u23d0\u23d0 \u2212 0.5 \u00b7 4 \u00b7 \u23d0\u23d0\u23d0\u23d0\u22121 1 \u23d0\u23d0\u23d0\u23d0 = \u23d0\u23d0\u23d0\u23d03 \u22121 \u23d0\u23d0\u23d0\u23d0 (6.15)", "2.", "W 1(1) = W 1(0) \u2212\u03b1\u00b7s1(\u03b10)T =", "\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 1 \u22121 1 0 \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 \u2212 0.5 \u00b7 \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 12 12 \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 \u00b7 \u23d0\u23d0\u23d0\u23d0\u22121 1 \u23d0\u23d0\u23d0\u23d0 = \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 7 \u22127 7 \u22126 \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 (6.16)", "30 2h Seir\u03ac Problim\u03actwn"],
    ["P\u03afnakac 6.1: Dedom\u03adna Ex\u03ccdou probl\u03aematoc 6", "Metablht\u03ae Tim\u03ae", "n1", "\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 \u22121 1 \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0", "n2 1", "\u03b10", "\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 \u22121 1 \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0", "\u03b11", "\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 \u22121 1 \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0", "\u03b12 1", "s1", "\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 \u22126 \u22126 \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0", "s2 4", "e -2", "W 1(1)", "\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 7 \u22127 7 \u22126 \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0", "W 2(1) \u23d0\u23d0\u23d03 \u22121 \u23d0\u23d0\u23d0", "b1(1)", "\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 \u22125 \u22124 \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0", "b2(1) -1", "3.", "b2(1) = b2(0) \u2212\u03b1\u00b7s2 = \u23d0\u23d0\u23d0\u23d01 \u23d0\u23d0\u23d0\u23d0 \u2212 0.5 \u00b7 4 = \u22121 (6.17)", "4.", "b1(1) = b1(0) \u2212\u03b1\u00b7s1 =", "\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 1 2 \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 \u2212 0.5 \u00b7 \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 12 12 \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 = \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 \u22125 \u22124 \u23d0\u23d0\u23d0\u23d0\u23d0\u23d0\u23d0 (6.18)", "2h Seir\u03ac Problim\u03actwn 31"],
]

try:
    import pypdf
except ImportError:  # pragma: no cover
    pypdf = None
if pypdf is not None:
    PAGES = [p.extract_text().split("\n") for p in pypdf.PdfReader(str(HERE / DOCFILE)).pages]
    if PAGES != PAGES_SNAPSHOT:
        raise SystemExit(f"doc.pdf text layer (pypdf {pypdf.__version__}) differs from the kept snapshot")
    print(f"text layer of doc.pdf checked against the kept snapshot with pypdf {pypdf.__version__}")
else:
    PAGES = PAGES_SNAPSHOT
    print("(pypdf not importable: lines are located in the kept snapshot of the text layer)")

MINUS = "\u2212"


def locate(page, text):
    """1-based line on `page` (1-based) whose text contains `text`; fail loudly unless exactly one line does."""
    hits = [i + 1 for i, l in enumerate(PAGES[page - 1]) if text in l]
    if len(hits) != 1:
        raise SystemExit(f"locate: {text!r} found {len(hits)} times on page {page}: {hits}")
    return hits[0]


def num(s):
    """the number a printed snippet starts with (after an optional '= '), e.g. '= \u2212107' -> -107"""
    return F(s.replace(MINUS, "-").lstrip("= ").split()[0])


def fmt(x):
    x = F(x)
    return str(x.numerator) if x.denominator == 1 else str(float(x))


results = []  # (page, line, ok, printed, correct, kind, why)


def judge(page, text, printed, true, expr=None, why_ok="", kind=None, why_bad=""):
    """printed: list of printed strings that `text` must contain, in order, as the line's computed numbers;
    true: the true values; expr: values of the line's own printed expression (rule (a)) or None (rule (b)).
    All numbers here are integers, so "within one unit" is equality."""
    line = locate(page, text)
    l = PAGES[page - 1][line - 1]
    pos = 0
    for p in printed:  # the printed numbers really are on the line, in this order
        k = l.find(p, pos)
        if k < 0:
            raise SystemExit(f"{p!r} not on page {page} line {line}: {l!r}")
        pos = k + len(p)
    ok = all(num(p) == F(t) for p, t in zip(printed, true))
    if expr is not None:
        ok = ok and all(num(p) == F(x) for p, x in zip(printed, expr))
    results.append((page, line, ok, ", ".join(fmt(num(p)) for p in printed),
                    None if ok else ", ".join(fmt(t) for t in true), None if ok else kind,
                    why_ok if ok else why_bad))


def report(notes):
    wrong = [r for r in results if not r[2]]
    right = [r for r in results if r[2]]
    for page, line, ok, printed, correct, kind, why in sorted(results):
        tag = "RIGHT" if ok else f"WRONG ({kind})"
        extra = "" if ok else f" -> correct {correct}"
        print(f"p{page} l{line:>2} {tag}: printed {printed}{extra}; {why}")
    print(f"{len(wrong)} wrong ({sum(r[5] == 'first' for r in wrong)} first, "
          f"{sum(r[5] == 'propagated' for r in wrong)} propagated), {len(right)} right")
    if "--write-expected" in sys.argv:
        out = {
            "file": DOCFILE,
            "format": FORMAT,
            "source": SOURCE,
            "license": LICENSE,
            "wrong": [{"line": l, "page": p, "printed": pr, "correct": c, "kind": k, "why": w}
                      for p, l, _, pr, c, k, w in sorted(wrong)],
            "right": [{"line": l, "page": p} for p, l, *_ in sorted(right)],
            "notes": notes,
        }
        (HERE / "expected.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote expected.json")

import re

# ---------------------------------------------------------------- true values (exact)
W1 = [[F(1), F(-1)], [F(1), F(0)]]
B1 = [F(1), F(2)]
W2 = [F(1), F(1)]
B2 = F(1)
P = [F(-1), F(1)]
T = F(-1)
ALPHA = F(1, 2)
W1P = [sum(W1[i][j] * P[j] for j in range(2)) for i in range(2)]
N1 = [W1P[i] + B1[i] for i in range(2)]
A1 = [n ** 3 for n in N1]
N2 = sum(W2[i] * A1[i] for i in range(2)) + B2
A2 = N2
E = T - A2
S2 = -2 * 1 * E
S1 = [3 * N1[i] ** 2 * W2[i] * S2 for i in range(2)]
W2n = [W2[j] - ALPHA * S2 * A1[j] for j in range(2)]
W1n = [[W1[i][j] - ALPHA * S1[i] * P[j] for j in range(2)] for i in range(2)]
B2n = B2 - ALPHA * S2
B1n = [B1[i] - ALPHA * S1[i] for i in range(2)]
print("true: W1 p = %s, n1 = %s, a1 = %s, n2 = %s, a2 = %s, e = %s, s2 = %s, s1 = %s" % tuple(
    map(str, ([int(x) for x in W1P], [int(x) for x in N1], [int(x) for x in A1], N2, A2, E, S2, [int(x) for x in S1]))))
print("      W2(1) = %s, W1(1) = %s, b2(1) = %s, b1(1) = %s" % (
    [int(x) for x in W2n], [[int(x) for x in r] for r in W1n], B2n, [int(x) for x in B1n]))


def ints_after_equals(line_text, k):
    """the integers of the k-th '='-segment (1-based, counted from the left; -1 = last) of a line, without the
    equation number '(6.x)' and the exponent digits that follow a closing bar"""
    seg = line_text.split("=")[k]
    seg = re.sub(r"\(6\.\d+\)", "", seg)
    return [F(x.replace(MINUS, "-")) for x in re.findall("[" + MINUS + "-]?\\d+(?:\\.\\d+)?", seg)]


def judge_line(page, line, segs, why_ok, kind=None, why_bad="", correct=None):
    """segs: list of (k, true values, values of the printed expression or None).  The line is right iff every
    printed result equals the true value and (rule (a)) the value of the line's own printed expression."""
    text = PAGES[page - 1][line - 1]
    ok, printed = True, []
    for k, true, expr in segs:
        got = ints_after_equals(text, k)[:len(true)]  # a segment may go on with given operands ('+ b1')
        if len(got) != len(true):
            raise SystemExit(f"page {page} line {line}: segment {k} holds {got}, expected {len(true)} numbers")
        printed += got
        ok = ok and got == [F(t) for t in true] and (expr is None or got == [F(x) for x in expr])
    results.append((page, line, ok, " ".join(fmt(x) for x in printed),
                    None if ok else (correct or " ".join(fmt(t) for s in segs for t in s[1])),
                    None if ok else kind, why_ok if ok else why_bad))


def after(page, label):
    """the line right after the (exact, unique) label line `label` on `page` (table cells set on two lines)"""
    hits = [i + 1 for i, l in enumerate(PAGES[page - 1]) if l == label]
    if len(hits) != 1:
        raise SystemExit(f"label {label!r} found {len(hits)} times on page {page}")
    return hits[0] + 1


# ---- page 2: forward pass (rule (a): each line carries its working)
l = locate(2, "(6.7)")
judge_line(2, l, [(1, W1P, [1 * -1 + -1 * 1, 1 * -1 + 0 * 1]), (2, N1, [-2 + 1, -1 + 2])],
           "W1 p = [1*(-1) + (-1)*1, 1*(-1) + 0*1] = [-2 -1]; n1 = [-2 -1] + [1 2] = [-1 1]")
l = locate(2, "(6.9)")
judge_line(2, l, [(-1, A1, [(-1) ** 3, 1 ** 3])], "a1 = [-1 1]^3 = [-1 1] (elementwise cube)")
l = locate(2, "(6.10)")
judge_line(2, l, [(-1, [N2], [1 * -1 + 1 * 1 + 1])], "n2 = [1 1].[-1 1] + 1 = 1")
l = locate(2, "(6.11)")
judge_line(2, l, [(-1, [A2], [1])], "a2 = f2(1) = 1 (linear output)")
l = locate(2, "(6.12)")
judge_line(2, l, [(-1, [E], [-1 - 1])], "e = t - a2 = -1 - 1 = -2")
# ---- sensitivities
l = locate(2, "(6.13)")
judge_line(2, l, [(-1, [S2], [-2 * 1 * -2])], "s2 = -2 * f2'(n2) * e = -2*1*(-2) = 4")
l = locate(2, "(6.14)")
if "s1 = f" not in PAGES[1][l - 2]:
    raise SystemExit("the s1 line (6.14) should follow 's1 = f'1(n1)(W2)T s2 = 3 .'")
judge_line(2, l, [(-1, S1, [3 * (-1) ** 2 * 1 * 4, 3 * 1 ** 2 * 1 * 4])], "s1 = 3 [-1 1]^2 . [1 1] . 4 = [12 12]")
# ---- updates
l = locate(2, "(6.15)")
judge_line(2, l, [(-1, W2n, [1 - F(1, 2) * 4 * -1, 1 - F(1, 2) * 4 * 1])], "W2(1) = [1 1] - 0.5*4*[-1 1] = [3 -1]")
l = locate(2, "(6.16)")
judge_line(2, l, [(-1, [W1n[0][0], W1n[0][1], W1n[1][0], W1n[1][1]],
                   [1 - 6 * -1, -1 - 6 * 1, 1 - 6 * -1, 0 - 6 * 1])],
           "W1(1) = [[1 -1] [1 0]] - 0.5 [12 12]^T [-1 1] = [[7 -7] [7 -6]]")
l = locate(3, "(6.17)")
judge_line(3, l, [(-1, [B2n], [1 - F(1, 2) * 4])], "b2(1) = 1 - 0.5*4 = -1")
l = locate(3, "(6.18)")
judge_line(3, l, [(-1, B1n, [1 - 6, 2 - 6])], "b1(1) = [1 2] - 0.5 [12 12] = [-5 -4]")


# ---- page 3: the summary table 6.1 (values without working: rule (b)).  A cell is on the label's line or, for a
# column vector, on the line after the label.
def table(label, true, two_lines, **kw):
    if two_lines:
        line = after(3, label)
    else:  # the one line that starts with the label and holds nothing but one cell
        hits = [i + 1 for i, t in enumerate(PAGES[2]) if t.startswith(label + " ") and "=" not in t]
        if len(hits) != 1:
            raise SystemExit(f"table label {label!r} found {len(hits)} times on page 3")
        line = hits[0]
    text = PAGES[2][line - 1]
    body = text[len(label):] if not two_lines else text
    got = [F(x.replace(MINUS, "-")) for x in re.findall("[" + MINUS + "-]?\\d+", body)]
    if len(got) != len(true):
        raise SystemExit(f"table {label!r}: page 3 line {line} holds {got}")
    ok = got == [F(t) for t in true]
    results.append((3, line, ok, " ".join(fmt(x) for x in got), None if ok else " ".join(fmt(t) for t in true),
                    None if ok else kw.get("kind"), kw.get("why_ok", f"table restates {label.strip()}")
                    if ok else kw.get("why_bad")))


table("n1", N1, True)
table("n2", [N2], False)
table("\u03b11", A1, True)
table("\u03b12", [A2], False)
table("s1", S1, True, kind="first",
      why_bad="the table gives s1 = [-6 -6], but s1 = F1'(n1) W2^T s2 = [3*1*4, 3*1*4] = [12 12], as eq. (6.14) "
              "itself prints and as the updates (6.16) and (6.18) use; -6 is -alpha*s1 = -0.5*12, the change "
              "applied to b1, not the sensitivity")
table("s2", [S2], False)
table("e", [E], False)
table("W 1(1)", [W1n[0][0], W1n[0][1], W1n[1][0], W1n[1][1]], True)
table("W 2(1)", W2n, False)
table("b1(1)", B1n, True)
table("b2(1)", [B2n], False)

NOTES = (
    "One iteration of steepest-descent backpropagation in matrix form for a 2-2-1 network with f1(n) = n^3, "
    "f2(n) = n, W1(0) = [[1 -1] [1 0]], b1(0) = [1 2], W2(0) = [1 1], b2(0) = 1, p = [-1 1], t = -1, alpha = 0.5. "
    "True values: W1 p = [-2 -1], n1 = [-1 1], a1 = [-1 1], n2 = a2 = 1, e = -2, s2 = 4, s1 = [12 12], "
    "W2(1) = [3 -1], W1(1) = [[7 -7] [7 -6]], b2(1) = -1, b1(1) = [-5 -4]. Every equation (6.7)-(6.18) is right; "
    "the one error is in summary table 6.1 on page 3, whose s1 cell reads [-6 -6] (true [12 12], as eq. (6.14) "
    "prints; -6 = -alpha*s1 is the bias change). It is kind 'first' because no printed wrong value leads to it, "
    "and nothing depends on it (the updates use 12). Not judged: page 1 (givens and formulas), the derivative "
    "formulas (6.5) 'f'1(n1) = 3(n1)^2' and (6.6) 'f'2(n2) = 1' (formulas of the transfer functions), 'a0 = p' "
    "(page 2 line 13) and the table's a0 cell (page 3 line 7), which restate the given input, equation numbers "
    "and page numbers. In the text layer the table's column-vector cells sit on the line after their label "
    "(page 3 lines 4, 9, 12, 16, 19), while one-row cells share the label's line; a matrix [[a b] [c d]] is "
    "extracted row by row as 'a b c d'. Lines are counted in pypdf 7.1.1's extract_text() of each page, 1-based; "
    "the Greek prose is extracted as Latin look-alike glyphs, the numbers are intact.")

if __name__ == "__main__":
    report(NOTES)
