#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.pdf, Brandon Morgan's solution of exercise
E10.2 of Hagan, Demuth, Beale and De Jesus, "Neural Network Design" (2nd ed.), chapter 10 (Widrow-Hoff Learning),
as published in estamos/Neural-Network-Design-Solutions-Manual (Chapter 10/E10_2.pdf): one pass of the LMS
(Widrow-Hoff) rule over four patterns for a one-neuron ADALINE network, worked by hand.

Givens (page 1 lines 9-13, 16-20, 21-29):
  p1 = [1 1 -1 -1], t1 = 1;  p2 = [-1 -1 1 1], t2 = 1;  p3 = [1 -1 1 -1], t3 = -1;  p4 = [-1 1 -1 1], t4 = -1
  a = purelin(W p + b);  W(k+1) = W(k) + 2 alpha e(k) p(k)^T;  b(k+1) = b(k) + 2 alpha e(k);  e = t - a
  W(0) = [0 0 0 0], b(0) = 0, alpha = 0.2; the patterns are presented in the order p1, p2, p3, p4.
All true values follow exactly from these (Fractions).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last printed digit):
  (a) a line printing p as the result of an expression of numbers printed on that line is right only if redoing
      the expression from those printed numbers, rounded to p's digits, gives p (givens exact);
  (b) a value printed without its working on the line (or restated) is right within one unit of its last digit
      of the true value, or when it follows from printed correct operands;
  (c) a restated / recomputed consequence of a wrong value is wrong, kind "propagated"; the first wrong value is
      kind "first".
The network output a = purelin(W p + b) is typeset with p as a column vector, so pypdf puts the weight row on one
line ('[.4 .4 -.4 -.4]', a restated computed value, judged by (b)) and '+ b] = a' on another (the input rows
between them are givens); those output lines are judged by (b) against the true output.  Lines holding only givens
(inputs, targets, W(0), b(0), alpha), page numbers and prose are in neither list.

Lines are located by their text in pypdf's page.extract_text().split("\\n") of doc.pdf (pypdf 7.1.1 was used); the
script fails loudly if a line is not found exactly once on its page.  Plain Python 3 (pypdf optional, only to
re-read the text layer); does not import nnwalk or the generator.

Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import sys
from decimal import Decimal as D, ROUND_HALF_EVEN, getcontext
from fractions import Fraction as F

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOCFILE = "doc.pdf"
FORMAT = "pdf"
SOURCE = ("https://github.com/estamos/Neural-Network-Design-Solutions-Manual/blob/"
          "ecc106d09b5c237d024333e67cf4c8d2abdeef45/Chapter%2010/E10_2.pdf")
LICENSE = ("MIT (LICENSE of estamos/Neural-Network-Design-Solutions-Manual, \"Copyright (c) 2020 Evangelos "
           "Stamos\"); doc.pdf is the PDF byte for byte")

# The text layer of doc.pdf as pypdf 7.1.1 extracts it (page.extract_text().split("\n")), one list per page.
# When pypdf is importable the script re-extracts doc.pdf and fails loudly if the text differs from this snapshot.
PAGES_SNAPSHOT = [
    ["Chapter 10: Widrow-Ho\ufb00 Learning", "Brandon Morgan", "1/18/2021", "E10.2", "We are wanting to classify two groups of patterns, one with rows the other with columns. Thus for class 1", "we will get the following input vectors, 1 for \ufb01lled in tile, -1 for empty. We are using 1 and -1 because the", "linear transformation function is being used.", "Class 1", "pT 1 = [1 1 \u22121 \u22121] ,t1 = 1", "pT 2 = [\u22121 \u22121 1 1] ,t2 = 1", "Class 2", "pT 3 = [1 \u22121 1 \u22121] ,t3 = \u22121", "pT 4 = [\u22121 1 \u22121 1] ,t4 = \u22121", "1", "Here we will use the LMS algorithm to train an ADALINE network to classify these two groups. An", "ADALINE network is given by the following transformation a(k) = purelin(Wp(k) + b. The LMS algorithm", "is detailed to be W (k + 1) = W (k) + 2\u03b1e(k)pT (k) and b(k + 1) = b(k) + 2\u03b1e(k), where W denotes the weights,", "\u03b1 denotes the learning rate, e denotes the error, and b denotes the bias.", "Because neither the learning rate, bias, or initial weights were given, they will all be set to zero, except for", "the learning rate, where \u03b1 = 0.2 will be used.", "wT 0 =", "\uf8ee", "\uf8ef\uf8ef\uf8f0", "0", "0", "0", "0", "\uf8f9", "\uf8fa\uf8fa\uf8fb,b0 = 0,\u03b1 = 0.2", "1"],
    ["Iteration 1", "Input p1", "First, we pass in our \ufb01rst input vector, p1:", "a(0) = purelin[", "[0 0 0 0]", "\uf8ee", "\uf8ef\uf8ef\uf8f0", "1", "1", "\u22121", "\u22121", "\uf8f9", "\uf8fa\uf8fa\uf8fb + 0] = 0", "Next, we calculate the error by subtracting the real classi\ufb01cation value by the outcome derived a second ago:", "e(0) = t(0) \u2212 a(0) = 1 \u2212 0 = 1", "Now, we update the weights:", "W (1) = W (0) + 2\u03b1e(0)p(0)T = [0 0 0 0] + 2(0.2)(1) [1 1 \u22121 \u22121] = [.4 .4 \u2212.4 \u2212.4]", "Now, we update the bias:", "b(1) = b(0) + 2\u03b1e(0) = 0 + 2(0.2)(1) = 0.4", "Input p2", "First, we pass in our second input vector, p2:", "a(1) = purelin[", "[.4 .4 \u2212.4 \u2212.4]", "\uf8ee", "\uf8ef\uf8ef\uf8f0", "\u22121", "\u22121", "1", "1", "\uf8f9", "\uf8fa\uf8fa\uf8fb + 0.4] = \u22121.2", "Next, we calculate the error by subtracting the real classi\ufb01cation value by the outcome derived a second ago:", "e(1) = t(1) \u2212 a(1) = 1 \u2212 (\u22121.2) = 2.2", "Now, we update the weights:", "W (2) =", "[.4 .4 \u2212.4 \u2212.4] + 2(0.2)(2.2) [\u22121 \u22121 1 1] = [\u2212.48 \u2212.48 .48 .48]", "Now, we update the bias:", "b(2) = b(1) + 2\u03b1e(1) = 0.4 + 2(0.2)(2.2) = 1.28", "2"],
    ["Input p3", "First, we pass in our third input vector, p3:", "a(2) = purelin[", "[\u2212.48 \u2212.48 .48 .48]", "\uf8ee", "\uf8ef\uf8ef\uf8f0", "1", "\u22121", "1", "\u22121", "\uf8f9", "\uf8fa\uf8fa\uf8fb + 1.28] = 1.28", "Next, we calculate the error by subtracting the real classi\ufb01cation value by the outcome derived a second ago:", "e(2) = t(1) \u2212 a(1) = \u22121 \u2212 1.28 = \u22122.28", "Now, we update the weights:", "W (2) =", "[\u2212.48 \u2212.48 .48 .48] + 2(0.2)(\u22122.28) [1 \u22121 1 \u22121] = [\u22121.392 0.432 \u22120.432 1.392]", "Now, we update the bias:", "b(2) = b(1) + 2\u03b1e(1) = 1.28 + 2(0.2)(\u22122.28) = 0.368", "Input p4", "First, we pass in our fourth input vector, p4:", "a(3) = purelin[", "[\u22121.392 0.432 \u22120.432 1.392]", "\uf8ee", "\uf8ef\uf8ef\uf8f0", "\u22121", "1", "\u22121", "1", "\uf8f9", "\uf8fa\uf8fa\uf8fb + 0.368] = 4.016", "Next, we calculate the error by subtracting the real classi\ufb01cation value by the outcome derived a second ago:", "e(3) = t(2) \u2212 a(2) = \u22121 \u2212 4.016 = \u22121.6384", "Now, we update the weights:", "W (3) =", "[\u22121.392 0.432 \u22120.432 1.392] +2(0.2)(\u22125.016) [\u22121 1 \u22121 1] = [0.614 \u22121.574 1.574 \u22120.614]", "Now, we update the bias:", "b(3) = b(2) + 2\u03b1e(2) = 0.368 + 2(0.2)(\u22122.28) = \u22124.648", "Conclusion", "Here we have ran one iteration of the LMS algorithm from scratch; more iterations will be necessary before", "a convergence has resulted.", "3"],
    ["2", "The only reason the ADALINE network might have di\ufb03culty with this problem is if the two categories are", "not linearly seperable. Because the input vectors pi are in four dimensions, we are unable to graph these", "vectors to check if they are linearly seperable.", "4"],
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


def locate(page, text, exact=False):
    """1-based line on `page` (1-based) whose text contains `text` (or equals it when exact); fail loudly."""
    lines = PAGES[page - 1]
    hits = [i + 1 for i, l in enumerate(lines) if (l == text if exact else text in l)]
    if len(hits) != 1:
        raise SystemExit(f"locate: {text!r} found {len(hits)} times on page {page}: {hits}")
    return hits[0]


def num(s):
    return D(s.replace("\u2212", "-"))


def unit(p):
    return D(1).scaleb(num(p).as_tuple().exponent)


def dec(x):
    return D(x.numerator) / D(x.denominator)


def near(p, x):
    """Rule (b): printed p within one unit of its last digit of the true value x (a Fraction)."""
    return abs(num(p) - dec(x)) <= unit(p)


def rounds_to(p, x):
    """Rule (a): the expression's value x (Fraction, from printed operands) rounded to p's digits equals p."""
    return dec(x).quantize(unit(p), rounding=ROUND_HALF_EVEN) == num(p) or \
        dec(x).quantize(unit(p), rounding="ROUND_HALF_UP") == num(p)


def fmt(x):
    s = format(dec(x).normalize(), "f")
    return s


# ---------------------------------------------------------------- true values (exact)
P = [[1, 1, -1, -1], [-1, -1, 1, 1], [1, -1, 1, -1], [-1, 1, -1, 1]]
T = [1, 1, -1, -1]
ALPHA = F(1, 5)
W = [[F(0)] * 4]
B = [F(0)]
A, E = [], []
for k in range(4):
    a = sum(w * p for w, p in zip(W[k], P[k])) + B[k]
    e = T[k] - a
    A.append(a)
    E.append(e)
    W.append([w + 2 * ALPHA * e * p for w, p in zip(W[k], P[k])])
    B.append(B[k] + 2 * ALPHA * e)

results = []  # (page, line, ok, printed, correct, kind, why)


def judge(page, text, checks, why_ok, exact=False, kind=None, why_bad=None, correct=None):
    """checks: list of (printed, ok) pairs; the line is right iff all are ok."""
    line = locate(page, text, exact)
    ok = all(c for _, c in checks)
    printed = ", ".join(p for p, _ in checks)
    results.append((page, line, ok, printed, correct, kind, why_bad if not ok else why_ok))


# ---- page 2: pattern p1
judge(2, "\uf8fa\uf8fa\uf8fb + 0] = 0", [("0", A[0] == 0)], "a(0) = W(0) p1 + b(0) = 0", exact=True)
judge(2, "e(0) = t(0) \u2212 a(0) = 1 \u2212 0 = 1", [("1", rounds_to("1", F(1) - 0) and E[0] == 1)],
      "e = 1 - 0 = 1")
judge(2, "= [0 0 0 0] + 2(0.2)(1) [1 1 \u22121 \u22121] = [.4 .4 \u2212.4 \u2212.4]",
      [(p, rounds_to(p, 0 + 2 * ALPHA * 1 * x) and near(p, W[1][i]))
       for i, (p, x) in enumerate(zip([".4", ".4", "\u2212.4", "\u2212.4"], P[0]))],
      "W(1) = 0 + 0.4 * 1 * p1 = [0.4 0.4 -0.4 -0.4]")
judge(2, "b(1) = b(0) + 2\u03b1e(0) = 0 + 2(0.2)(1) = 0.4", [("0.4", rounds_to("0.4", 2 * ALPHA) and near("0.4", B[1]))],
      "b(1) = 0 + 0.4 = 0.4")
# ---- pattern p2
judge(2, "[.4 .4 \u2212.4 \u2212.4]", [(p, near(p, W[1][i])) for i, p in enumerate([".4", ".4", "\u2212.4", "\u2212.4"])],
      "W(1) restated as the weight row of a(1)", exact=True)
judge(2, "\uf8fa\uf8fa\uf8fb + 0.4] = \u22121.2", [("\u22121.2", near("\u22121.2", A[1]))],
      "a(1) = W(1) p2 + b(1) = -1.6 + 0.4 = -1.2")
judge(2, "e(1) = t(1) \u2212 a(1) = 1 \u2212 (\u22121.2) = 2.2", [("2.2", rounds_to("2.2", 1 - F(-12, 10)) and near("2.2", E[1]))],
      "e = 1 - (-1.2) = 2.2")
judge(2, "[.4 .4 \u2212.4 \u2212.4] + 2(0.2)(2.2) [\u22121 \u22121 1 1] = [\u2212.48 \u2212.48 .48 .48]",
      [(p, rounds_to(p, F(num(w)) + 2 * ALPHA * F(22, 10) * x) and near(p, W[2][i]))
       for i, (p, w, x) in enumerate(zip(["\u2212.48", "\u2212.48", ".48", ".48"], [".4", ".4", "-.4", "-.4"], P[1]))],
      "W(2) = W(1) + 0.88 p2 = [-0.48 -0.48 0.48 0.48]")
judge(2, "b(2) = b(1) + 2\u03b1e(1) = 0.4 + 2(0.2)(2.2) = 1.28",
      [("1.28", rounds_to("1.28", F(4, 10) + 2 * ALPHA * F(22, 10)) and near("1.28", B[2]))], "b(2) = 0.4 + 0.88 = 1.28")
# ---- page 3: pattern p3
judge(3, "[\u2212.48 \u2212.48 .48 .48]", [(p, near(p, W[2][i])) for i, p in enumerate(["\u2212.48", "\u2212.48", ".48", ".48"])],
      "W(2) restated as the weight row of a(2)", exact=True)
judge(3, "\uf8fa\uf8fa\uf8fb + 1.28] = 1.28", [("1.28", near("1.28", A[2]))], "a(2) = W(2) p3 + b(2) = 0 + 1.28 = 1.28")
judge(3, "= \u22121 \u2212 1.28 = \u22122.28", [("\u22122.28", rounds_to("\u22122.28", -1 - F(128, 100)) and near("\u22122.28", E[2]))],
      "e = -1 - 1.28 = -2.28 (the labels t(1), a(1) are index slips; the numbers are right)")
judge(3, "[\u2212.48 \u2212.48 .48 .48] + 2(0.2)(\u22122.28) [1 \u22121 1 \u22121] = [\u22121.392 0.432 \u22120.432 1.392]",
      [(p, rounds_to(p, F(num(w)) + 2 * ALPHA * F(-228, 100) * x) and near(p, W[3][i]))
       for i, (p, w, x) in enumerate(zip(["\u22121.392", "0.432", "\u22120.432", "1.392"],
                                         ["-.48", "-.48", ".48", ".48"], P[2]))],
      "W(3) = W(2) - 0.912 p3 = [-1.392 0.432 -0.432 1.392]")
judge(3, "= 1.28 + 2(0.2)(\u22122.28) = 0.368",
      [("0.368", rounds_to("0.368", F(128, 100) + 2 * ALPHA * F(-228, 100)) and near("0.368", B[3]))],
      "b(3) = 1.28 - 0.912 = 0.368 (labelled b(2))")
# ---- pattern p4
judge(3, "[\u22121.392 0.432 \u22120.432 1.392]",
      [(p, near(p, W[3][i])) for i, p in enumerate(["\u22121.392", "0.432", "\u22120.432", "1.392"])],
      "W(3) restated as the weight row of a(3)", exact=True)
judge(3, "\uf8fa\uf8fa\uf8fb + 0.368] = 4.016", [("4.016", near("4.016", A[3]))],
      "a(3) = W(3) p4 + b(3) = 3.648 + 0.368 = 4.016")
judge(3, "= \u22121 \u2212 4.016 = \u22121.6384",
      [("\u22121.6384", rounds_to("\u22121.6384", -1 - F(4016, 1000)) and near("\u22121.6384", E[3]))],
      None, kind="first", correct=fmt(E[3]),
      why_bad=("e(3) = t4 - a(3) = -1 - 4.016 = -5.016, not -1.6384 (the next line itself uses -5.016; -1.6384 is "
               "in fact the true updated bias b(4) = 0.368 + 0.4(-5.016))"))
judge(3, "[\u22121.392 0.432 \u22120.432 1.392] +2(0.2)(\u22125.016) [\u22121 1 \u22121 1] = [0.614 \u22121.574 1.574 \u22120.614]",
      [("\u22125.016", near("\u22125.016", E[3]))] +
      [(p, rounds_to(p, F(num(w)) + 2 * ALPHA * F(-5016, 1000) * x) and near(p, W[4][i]))
       for i, (p, w, x) in enumerate(zip(["0.614", "\u22121.574", "1.574", "\u22120.614"],
                                         ["-1.392", "0.432", "-0.432", "1.392"], P[3]))],
      "W(4) = W(3) - 2.0064 p4 = [0.6144 -1.5744 1.5744 -0.6144] -> [0.614 -1.574 1.574 -0.614]; the error -5.016 "
      "used here is the true e(3)")
judge(3, "= 0.368 + 2(0.2)(\u22122.28) = \u22124.648",
      [("\u22124.648", rounds_to("\u22124.648", F(368, 1000) + 2 * ALPHA * F(-228, 100)) and near("\u22124.648", B[4]))],
      None, kind="first", correct=fmt(B[4]),
      why_bad=("the bias update b(4) = b(3) + 2 alpha e(3) = 0.368 + 0.4(-5.016) = -1.6384; the line's own "
               "expression with the stale error -2.28 gives 0.368 - 0.912 = -0.544, and -4.648 equals neither "
               "(it is 0.368 - 5.016, the error added without the factor 2 alpha)"))


def main():
    wrong = [r for r in results if not r[2]]
    right = [r for r in results if r[2]]
    print(f"true values: a = {[fmt(x) for x in A]}, e = {[fmt(x) for x in E]}")
    print(f"             W(4) = {[fmt(x) for x in W[4]]}, b = {[fmt(x) for x in B]}")
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
            "notes": (
                "One pass of the LMS rule W <- W + 2 alpha e p^T, b <- b + 2 alpha e (alpha = 0.2, W(0) = 0, b(0) = 0) "
                "over p1..p4 of a one-neuron ADALINE. True values: a = 0, -1.2, 1.28, 4.016; e = 1, 2.2, -2.28, "
                "-5.016; W(4) = [0.6144 -1.5744 1.5744 -0.6144]; b = 0.4, 1.28, 0.368, -1.6384. Both errors are on "
                "the last pattern: the error e(3) is printed -1.6384 (true -5.016, which the weight line then uses), "
                "and the bias update is printed -4.648 (true -1.6384; its own printed expression 0.368 + 2(0.2)(-2.28) "
                "gives -0.544). Index labels such as 'e(2) = t(1) - a(1)' or 'W (2) =' on page 3 are typesetting "
                "slips, not computed numbers. The network output a is typeset over several text-layer lines (weight "
                "row; input column = givens; '+ b] = a'): the weight-row lines restate computed weights and are "
                "judged by rule (b), as are the '+ b] = a' lines. Lines of givens (page 1 lines 9-13, 20, 24-29; "
                "the W(0) row on page 2 line 5; input columns), page numbers and prose are in neither list; page "
                "4's claim that linear separability cannot be checked is prose (the two classes are in fact not "
                "linearly separable, since p2 = -p1 and p4 = -p3 would need b > 0 and b < 0). Lines are counted in "
                "pypdf 7.1.1's extract_text() of each page, 1-based."),
        }
        (HERE / "expected.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote expected.json")


if __name__ == "__main__":
    main()
