#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.pdf, the "Logistic regression" lecture slides
(32 pages, LibreOffice Impress export) of Grzegorz Chrupala's Tilburg University course "First steps in Machine
Learning" (repository gchrupala/first-steps-ml, CC BY 4.0): a single sigmoid unit (logistic regression) worked on
the movie-review features of the course's perceptron slides.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.  Lines are the lines of each page's
text layer as pypdf 7.1.1 extracts it (page.extract_text().split("\\n"), 1-based page and line); the texts of the
judged lines are kept in LINES and, when pypdf is importable, line_of() finds every line by its text and checks it.

Worked numbers in the slides (logit(p) = ln(p / (1 - p)), logit^-1(z) = 1 / (1 + e^-z), the sigmoid; the formulas
themselves are images, the numbers fix the natural logarithm):
  page 14: logit(0.01) = -4.6, logit(0.50) = 0.0, logit(0.99) = 4.6
  page 17: logit^-1(0) = 0.50, logit^-1(-4.6) = 0.01, logit^-1(4.6) = 0.99 (the text layer puts "logit" and the
           superscript "-1" on two lines of their own above each "(z) = value" line; the judged line is the one
           holding the value)
  page 19: x1 = (1, 0, 0, 5), x2 = (2, 3, 2, 7), w = (2.5, 0.5, -4.0, 0.0), b = 0.5 (givens);
           score1 = w.x1 + b = 3.0, p1 = logit^-1(3.0) = 0.95; score2 = w.x2 + b = -1.0, p2 = logit^-1(-1.0) = 0.27

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line that prints p as the result of an expression of numbers printed on that line is right only when the
      expression redone from those numbers rounds to p at p's digits; otherwise wrong, first
      (here: every logit / logit^-1 value, whose argument is on its line);
  (b) a value printed without its working (the scores, whose operands are on the lines above) is right within one
      unit of its last digit of the true value, or when it follows from printed correct operands;
  (c) restated wrong values and values computed from wrong ones are wrong, propagated.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.pdf"
FORMAT = "pdf"
SOURCE = ("https://github.com/gchrupala/first-steps-ml/blob/25cc124c984d24d2f0862a249cc171cbfa797c89/"
          "logistic-regression.pdf")
LICENSE = ("CC BY 4.0 (LICENSE of gchrupala/first-steps-ml: \"This work is licensed under the Creative Commons "
           "Attribution 4.0 International License\"); doc.pdf is the PDF byte for byte")

# (page, line) -> text of that line as pypdf 7.1.1 extracts it (U+E00A is the slides' bullet glyph)
LINES = {
    (14, 3): "logit(0.01) = -4.6 ",
    (14, 4): "logit(0.50) =  0.0",
    (14, 5): "logit(0.99) =  4.6",
    (17, 5): "(0)     = 0.50",
    (17, 8): "(-4.6) = 0.01",
    (17, 11): "( 4.6) = 0.99",
    (19, 8): "\ue00a score1 =  3.0,    p1 = logit-1(3.0)  = 0.95 ",
    (19, 9): "\ue00a score2 = -1.0,    p2 = logit-1(-1.0) = 0.27 ",
}
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def exact_ok(p, x):
    """Rule (a): the printed p must be what x rounds to at p's digits."""
    return rnd(x, p) == D(p)


def near_ok(p, x):
    """Rule (b): within one unit of p's last digit of the true value x."""
    return abs(D(p) - D(x)) <= unit(p)


def page_lines():
    """The text of each page as pypdf extracts it, split on newlines (1-based pages and lines)."""
    try:
        import pypdf
    except ImportError:
        return None
    r = pypdf.PdfReader(str(HERE / DOCFILE))
    return [p.extract_text().split("\n") for p in r.pages]


PAGES = None


def line_of(page, substring):
    """1-based line of the first line on `page` holding `substring`; fails loudly when absent or ambiguous."""
    global PAGES
    if PAGES is None:
        PAGES = page_lines()
    if PAGES is None:
        # pypdf missing: fall back on the line numbers recorded in LINES (checked when pypdf is present)
        for (pg, ln), text in LINES.items():
            if pg == page and substring in text:
                return ln
        raise SystemExit(f"line_of: {substring!r} not recorded for page {page}")
    hits = [i + 1 for i, l in enumerate(PAGES[page - 1]) if substring in l]
    if len(hits) != 1:
        raise SystemExit(f"line_of: {substring!r} found {len(hits)} times on page {page}: {hits}")
    ln = hits[0]
    if (page, ln) not in LINES or substring not in LINES[(page, ln)]:
        raise SystemExit(f"line_of: {substring!r} at page {page} line {ln} disagrees with LINES")
    return ln


def ln(x):
    return D(x).ln()


def logit(p):
    p = D(p)
    return ln(p / (1 - p))


def sigmoid(z):
    return 1 / (1 + (-D(z)).exp())


def dot(a, b):
    return sum(D(x) * D(y) for x, y in zip(a, b))


def checks():
    """Yield (page, substring, [(printed, true, rule)], why)."""
    for arg, printed, sub in (("0.01", "-4.6", "logit(0.01)"), ("0.50", "0.0", "logit(0.50)"),
                              ("0.99", "4.6", "logit(0.99)")):
        t = logit(arg)
        yield 14, sub, [(printed, t, "a")], f"ln({arg} / (1 - {arg})) = {t:.6f}"
    for arg, printed, sub in (("0", "0.50", "(0)     ="), ("-4.6", "0.01", "(-4.6) ="), ("4.6", "0.99", "( 4.6) =")):
        t = sigmoid(arg)
        yield 17, sub, [(printed, t, "a")], f"1 / (1 + e^-({arg})) = {t:.6f}"
    w, b = ("2.5", "0.5", "-4.0", "0.0"), D("0.5")
    x1, x2 = (1, 0, 0, 5), (2, 3, 2, 7)
    s1, s2 = dot(w, x1) + b, dot(w, x2) + b
    yield 19, "score1 =", [("3.0", s1, "b"), ("0.95", sigmoid("3.0"), "a")], (
        f"score1 = 2.5*1 + 0.5*0 - 4.0*0 + 0.0*5 + 0.5 = {s1}; logit^-1(3.0) = {sigmoid('3.0'):.6f}")
    yield 19, "score2 =", [("-1.0", s2, "b"), ("0.27", sigmoid("-1.0"), "a")], (
        f"score2 = 2.5*2 + 0.5*3 - 4.0*2 + 0.0*7 + 0.5 = {s2}; logit^-1(-1.0) = {sigmoid('-1.0'):.6f}")


def main():
    wrong, right = [], []
    for page, sub, items, why in checks():
        ln_ = line_of(page, sub)
        bad = [(p, t) for p, t, rule in items if not (exact_ok(p, t) if rule == "a" else near_ok(p, t))]
        status = "WRONG" if bad else "right"
        print(f"page {page:2d} line {ln_:2d} {status}: " + ", ".join(p for p, _, _ in items) + f"   [{why}]")
        if bad:
            wrong.append({"line": ln_, "page": page, "printed": ", ".join(p for p, _ in bad),
                          "correct": ", ".join(str(rnd(t, p)) for p, t in bad), "kind": "first", "why": why})
        else:
            right.append({"page": page, "line": ln_})
    print(f"{len(wrong)} wrong, {len(right)} right")
    notes = ("Clean document: every computed number is right. logit is the natural-log log-odds (ln(0.01/0.99) = "
             "-4.595 -> -4.6), logit^-1 the sigmoid (sigma(-4.6) = 0.00995 -> 0.01, sigma(3) = 0.9526 -> 0.95, "
             "sigma(-1) = 0.2689 -> 0.27). On page 17 pypdf puts 'logit' and the superscript '-1' on lines of "
             "their own (lines 3-4, 6-7, 9-10); only the lines holding '(z) = value' are judged. Page 19's feature "
             "vectors differ from the perceptron slides' (x1 = (1, 0, 0, 5), x2 = (2, 3, 2, 7)) and the scores "
             "follow from these. Page 7's 'z = 2.0' and 'z = 10.0' are questions, not results. Lines are counted "
             "in pypdf 7.1.1's extract_text() of each page (line 1 of every page is a blank '  ').")
    if "--write-expected" in sys.argv:
        out = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": notes}
        (HERE / "expected.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
        print("wrote expected.json")


if __name__ == "__main__":
    main()
