#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.pdf, a Greek homework solution of exercise
E11.11 of Hagan, Demuth, Beale and De Jesus, "Neural Network Design" (2nd ed.), chapter 11 (Backpropagation), as
published in estamos/Neural-Network-Design-Solutions-Manual (Chapter 11/E11.11.pdf): one iteration of
backpropagation (steepest descent) for a 1-1-1 network with transfer functions f1(n) = n^3 and f2(n) = n^2.

Givens (page 1 lines 5-7, 11, 15):  w1(0) = -2, b1(0) = 1, w2(0) = 1, b2(0) = -2, p = 1, t = 0, alpha = 1,
  f1(n) = n^3, f2(n) = n^2;  n1 = w1 p + b1, a1 = f1(n1), n2 = w2 a1 + b2, a2 = f2(n2), e = t - a2,
  s2 = -2 f2'(n2) (t - a2), s1 = f1'(n1) w2 s2, w_m <- w_m - alpha s_m a_{m-1}, b_m <- b_m - alpha s_m.
All true values are integers and follow exactly from these (Fractions).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last printed digit):
  (a) a line printing p as the result of an expression of numbers printed on that line is right only if redoing
      the expression from those printed numbers gives p (givens exact);
  (b) a value printed without its working (table of page 3, restatements) is right within one unit of its last
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
          "a12f2cd2a2cccac0cec5acc9c1dc43500c2f7834/Chapter%2011/E11.11.pdf")
LICENSE = ("MIT (LICENSE of estamos/Neural-Network-Design-Solutions-Manual, \"Copyright (c) 2020 Evangelos "
           "Stamos\"); doc.pdf is the PDF byte for byte")

# The text layer of doc.pdf as pypdf 7.1.1 extracts it (page.extract_text().split("\n")), one list per page.
# When pypdf is importable the script re-extracts doc.pdf and fails loudly if the text differs from this snapshot.
PAGES_SNAPSHOT = [
    ["\u039aef\u03aclaio 5", "Pr\u03ccblhma 5", "S", "to pr\u03ccblhma aut\u03cc \u03f9hte\u03aftai h ekt\u03adlesh m\u03afac epan\u03aclhyhc tou Backpropagation algo-", "\u03f1\u03afjmou gia to d\u03afktuo pou apeikon\u03afzetai sthn eik\u03ccna 5.1 , me \u03b1 = 1 kai arqik\u03ac \u03d0\u03acrh", "w1(0) = \u22122,b1(0) = 1,w2(0) = 1,b2(0) = \u22122, doj\u03adntoc en\u03ccc \u03f9eugario\u03cd eis\u03ccdou/st\u03ccqou", "{p = 1,t = 0} . Ta dedom\u03adna ex\u03ccdou ap\u03cc thn ep\u03aflush tou probl\u03aematoc kai thc ekt\u03adleshc", "m\u03afac epan\u03aclhyhc tou algor\u03afjmou apeikon\u03afzontai sugkentrwtik\u03ac ston p\u03afnaka 5.1 .", "Eik\u03ccna 5.1: D\u03afktuo probl\u03aematoc 5", "1.", "f 1(n) = (n)3 (5.1)", "kaj\u03cec", "\u03b11 = (w1p + b1)3 (5.2)", "2.", "f 2(n) = (n)2 (5.3)", "kaj\u03cec", "\u03b12 = (w2p + b2)2 (5.4)", "Arqik\u03ac, upolog\u03afzoume tic parag\u03cegouc twn sunart\u03aesewn metafor\u03acc :", "1.", "f\u20321(n1) = 3(n1)2 (5.5)", "2h Seir\u03ac Problim\u03actwn 25"],
    ["\u039aef\u03aclaio 5. Pr\u03ccblhma 5", "2.", "f\u20322(n2) = 2n2 (5.6)", "\u0384Epeita diabib\u03aczoume thn e\u03afsodo m\u03adsw tou dikt\u03cdou :", "1.", "n1 = w1p + b1 = \u22122 \u00b7 1 + 1 = \u22121 (5.7)", "2.", "\u03b10 = p = 1 (5.8)", "3.", "\u03b11 = f 1(w1p + b1) = f 1(\u22122 \u00b7 1 + 1) = f 1(n1) = f 1(\u22121) = (\u22121)3 = \u22121 (5.9)", "4.", "n2 = w2\u03b11 + b2 = 1 \u00b7\u22121 \u2212 2 = \u22123 (5.10)", "5.", "\u03b12 = f 2(w2\u03b11 + b2) = f 2(1 \u00b7\u22121 \u2212 2) = f 2(n2) = f 2(\u22123) = (\u22123)2 = 9 (5.11)", "6.", "e = t\u2212\u03b12 = 0 \u2212 9 = \u22129 (5.12)", "Epiprosj\u03adtwc, upolog\u03afzoume tic euaisjhs\u03afec tou dikt\u03cdou :", "1.", "s2 = \u22122f\u20322(n2)(t\u2212\u03b12) = \u22122 \u00b7 2 \u00b7\u22123 \u00b7 (0 \u2212 9) = \u2212108 (5.13)", "2.", "s1 = f\u20321(n1)(w2)Ts2 = 3 \u00b7 (\u22121)2 \u00b7 1 \u00b7\u2212108 = \u2212324 (5.14)", "T\u03adloc enhmer\u03cenoume ta \u03d0\u03acrh kai thn p\u03cclwsh (bias) :", "1.", "w2(1) = w2(0) \u2212\u03b1\u00b7s2(\u03b11)T = 1 \u2212 1 \u00b7 (\u2212108) \u00b7 (\u22121) = \u2212107 (5.15)", "2.", "w1(1) = w1(0) \u2212\u03b1\u00b7s1(\u03b10)T = \u22122 \u2212 1 \u00b7 (\u2212324) \u00b7 1 = 322 (5.16)", "3.", "b2(1) = b2(0) \u2212\u03b1\u00b7s2 = \u22122 \u2212 1 \u00b7 (\u2212108) = 110 (5.17)", "4.", "b1(1) = b1(0) \u2212\u03b1\u00b7s1 = 1 \u2212 1 \u00b7 (\u2212324) = 325 (5.18)", "26 2h Seir\u03ac Problim\u03actwn"],
    ["P\u03afnakac 5.1: Dedom\u03adna Ex\u03ccdou probl\u03aematoc 5", "Metablht\u03ae Tim\u03ae", "n1 -1", "n2 -3", "\u03b10 1", "\u03b11 -1", "\u03b12 9", "s1 -324", "s2 -108", "e -9", "w1(1) 322", "w2(1) -107", "b1(1) 325", "b2(1) 110", "2h Seir\u03ac Problim\u03actwn 27"],
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


# ---------------------------------------------------------------- true values (exact)
W1, B1, W2, B2, P, T, ALPHA = F(-2), F(1), F(1), F(-2), F(1), F(0), F(1)
N1 = W1 * P + B1
A1 = N1 ** 3
N2 = W2 * A1 + B2
A2 = N2 ** 2
E = T - A2
S2 = -2 * (2 * N2) * (T - A2)
S1 = 3 * N1 ** 2 * W2 * S2
W2n = W2 - ALPHA * S2 * A1
W1n = W1 - ALPHA * S1 * P
B2n = B2 - ALPHA * S2
B1n = B1 - ALPHA * S1
print(f"true: n1={N1} a1={A1} n2={N2} a2={A2} e={E} s2={S2} s1={S1} "
      f"w2(1)={W2n} w1(1)={W1n} b2(1)={B2n} b1(1)={B1n}")

M = MINUS
# ---- page 2: forward pass, sensitivities, updates (each with its working on the line: rule (a))
judge(2, "n1 = w1p + b1 = " + M + "2 \u00b7 1 + 1 = " + M + "1 (5.7)", ["= " + M + "1 (5.7)"], [N1], [-2 * 1 + 1],
      "n1 = -2*1 + 1 = -1")
judge(2, "= f 1(" + M + "1) = (" + M + "1)3 = " + M + "1 (5.9)", ["= " + M + "1 (5.9)"], [A1], [(-1) ** 3],
      "a1 = f1(-1) = (-1)^3 = -1")
judge(2, "n2 = w2\u03b11 + b2 = 1 \u00b7" + M + "1 " + M + " 2 = " + M + "3 (5.10)", ["= " + M + "3 (5.10)"], [N2],
      [1 * -1 - 2], "n2 = 1*(-1) - 2 = -3")
judge(2, "= f 2(" + M + "3) = (" + M + "3)2 = 9 (5.11)", ["= 9"], [A2], [(-3) ** 2], "a2 = f2(-3) = (-3)^2 = 9")
judge(2, "e = t\u2212\u03b12 = 0 " + M + " 9 = " + M + "9 (5.12)", ["= " + M + "9 (5.12)"], [E], [0 - 9],
      "e = 0 - 9 = -9")
judge(2, "= " + M + "2 \u00b7 2 \u00b7" + M + "3 \u00b7 (0 " + M + " 9) = " + M + "108 (5.13)", [M + "108"], [S2],
      [-2 * 2 * -3 * (0 - 9)], "s2 = -2*2*(-3)*(0-9) = -108 (f2'(n2) = 2 n2 = -6)")
judge(2, "= 3 \u00b7 (" + M + "1)2 \u00b7 1 \u00b7" + M + "108 = " + M + "324 (5.14)", ["= " + M + "324"], [S1],
      [3 * (-1) ** 2 * 1 * -108], "s1 = 3*(-1)^2*1*(-108) = -324")
judge(2, "= 1 " + M + " 1 \u00b7 (" + M + "108) \u00b7 (" + M + "1) = " + M + "107 (5.15)", ["= " + M + "107"], [W2n],
      [1 - 1 * -108 * -1], "w2(1) = 1 - 1*(-108)*(-1) = -107")
judge(2, "= " + M + "2 " + M + " 1 \u00b7 (" + M + "324) \u00b7 1 = 322 (5.16)", ["= 322"], [W1n],
      [-2 - 1 * -324 * 1], "w1(1) = -2 - 1*(-324)*1 = 322")
judge(2, "b2(1) = b2(0) \u2212\u03b1\u00b7s2 = " + M + "2 " + M + " 1 \u00b7 (" + M + "108) = 110 (5.17)", ["= 110"],
      [B2n], [-2 - 1 * -108], kind="first",
      why_bad="b2(1) = b2(0) - alpha s2 = -2 - 1*(-108) = -2 + 108 = 106, not 110 (the line's own expression "
              "gives 106)")
judge(2, "= 1 " + M + " 1 \u00b7 (" + M + "324) = 325 (5.18)", ["= 325"], [B1n], [1 - 1 * -324],
      "b1(1) = 1 - 1*(-324) = 325")
# ---- page 3: the summary table (values without working: rule (b))
for text, val, label in [("n1 -1", N1, "n1"), ("n2 -3", N2, "n2"), ("\u03b11 -1", A1, "a1"), ("\u03b12 9", A2, "a2"),
                         ("s1 -324", S1, "s1"), ("s2 -108", S2, "s2"), ("e -9", E, "e"),
                         ("w1(1) 322", W1n, "w1(1)"), ("w2(1) -107", W2n, "w2(1)"), ("b1(1) 325", B1n, "b1(1)")]:
    judge(3, text, [text.split()[-1]], [val], None, f"table restates {label} = {fmt(val)}")
judge(3, "b2(1) 110", ["110"], [B2n], None, kind="propagated",
      why_bad="the table restates the wrong b2(1) = 110 of page 2 line 28; the true value is -2 + 108 = 106")

NOTES = (
    "One iteration of backpropagation for a 1-1-1 network with f1(n) = n^3, f2(n) = n^2, w1(0) = -2, b1(0) = 1, "
    "w2(0) = 1, b2(0) = -2, p = 1, t = 0, alpha = 1. True values: n1 = -1, a1 = -1, n2 = -3, a2 = 9, e = -9, "
    "s2 = -2*f2'(n2)*(t - a2) = -2*(-6)*(-9) = -108, s1 = 3*(-1)^2*1*(-108) = -324, w2(1) = -107, w1(1) = 322, "
    "b2(1) = 106, b1(1) = 325. The one error: eq. (5.17) on page 2 prints b2(1) = -2 - 1*(-108) = 110 (true 106); "
    "the summary table on page 3 repeats 110 (propagated). Not judged: page 1 (givens and formulas; formula (5.4) "
    "a2 = (w2 p + b2)^2 writes p for a1, but it carries no computed number), the derivative formulas (5.5)/(5.6), "
    "'a0 = p = 1' (page 2 line 8) and the table's 'a0 1' (page 3 line 5), which restate the given input, and "
    "equation numbers such as (5.7) and page numbers. Lines are counted in pypdf 7.1.1's extract_text() of each "
    "page, 1-based; the Greek prose is extracted as Latin look-alike glyphs, the numbers are intact.")

if __name__ == "__main__":
    report(NOTES)
