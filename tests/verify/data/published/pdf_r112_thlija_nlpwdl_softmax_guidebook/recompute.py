#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.pdf, "Guidebook to Exercise 5" (Prof. Dr.
Ivan Habernal, Yassine Thlija, 2025-11-11; 8 pages) of the course "Natural Language Processing with Deep Learning"
2025/26, Ruhr University Bochum (CC BY-SA 4.0).

Plain Python 3 (decimal at 60 digits); does not import nnwalk.  Lines are the lines of each page's text layer as
pypdf 7.1.1 extracts it (1-based within the page): pypdf.PdfReader(path).pages[i].extract_text().split("\n").
The texts of the judged lines are kept below in LINES; when pypdf is importable the script checks them against
doc.pdf (and fails loudly if they moved).

The one worked example (section 1.3 "Illustrative Example", page 2):
  given   (page 2 line 10)  xW + b = [3.2, 1.1, -0.5, 2.0, 0.4, -1.2]   (raw outputs of the linear layer, six
                             languages)
  result  (page 2 line 12)  y_hat = softmax(xW + b) = [0.65, 0.09, 0.02, 0.18, 0.05, 0.01]
  with softmax(x_i) = exp(x_i) / sum_k exp(x_k) as defined on page 1 (equation (1)).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on that line: p must be that expression
      redone from those numbers, rounded at p's digits (givens exact) - otherwise wrong, first;
  (b) a value printed without its working (or restated) is right within one unit of its last digit of the true
      value, or when it follows from printed correct operands;
  (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off is wrong,
      propagated (first if the line adds a mistake of its own).
A line is wrong when any number on it is wrong.  The y_hat line prints the six probabilities without working
(the logits are two lines above), so rule (b) applies: each is right within 0.01 of the true value rounded at two
decimals.

Usage:  python3 recompute.py                   (report)
        python3 recompute.py --write-expected  (also writes expected.json)
"""
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
DOCFILE, FORMAT = "doc.pdf", "pdf"
SOURCE = ("https://github.com/trusthlt/nlp-with-deep-learning-lectures/blob/"
          "751182ea7a6a6f2246bbd8313329ecd09d270dbc/exercises/ex05/guidebook_ex05.pdf")
LICENSE = ("CC BY-SA 4.0 (README of the repository: 'The content is licensed under Creative Commons CC BY-SA 4.0'); "
           "doc.pdf is the file byte for byte")
HERE = pathlib.Path(__file__).resolve().parent

# (page, line) -> text of that line as pypdf 7.1.1 extracts it
LINES = {
    (2, 10): "xW + b = [3.2, 1.1, \u22120.5, 2.0, 0.4, \u22121.2]",
    (2, 12): "\u02c6y = [0.65, 0.09, 0.02, 0.18, 0.05, 0.01]",
}


def load_pages():
    try:
        import pypdf
    except ImportError:
        print("(pypdf not importable: using the line texts kept in LINES)")
        return None
    r = pypdf.PdfReader(str(HERE / DOCFILE))
    return [p.extract_text().split("\n") for p in r.pages]


PAGES = load_pages()


def line_of(page, sub):
    """The 1-based line of `page` holding `sub` (fails loudly if there is none)."""
    if PAGES is None:
        hits = [ln for (pg, ln), t in LINES.items() if pg == page and sub in t]
    else:
        hits = [i + 1 for i, t in enumerate(PAGES[page - 1]) if sub in t]
    if not hits:
        raise SystemExit("%s page %d has no line containing %r" % (DOCFILE, page, sub))
    ln = hits[0]
    if PAGES is not None and (page, ln) in LINES:
        assert PAGES[page - 1][ln - 1] == LINES[(page, ln)], (page, ln, PAGES[page - 1][ln - 1])
    return ln


def text(page, line):
    return LINES[(page, line)] if PAGES is None else PAGES[page - 1][line - 1]


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    """Rule (b): within one unit of p's last digit of the true value x (rounded at p's digits)."""
    return abs(D(p) - rnd(x, p)) <= unit(p)


# ---------------- exact values from the givens ----------------
Z = [D("3.2"), D("1.1"), D("-0.5"), D("2.0"), D("0.4"), D("-1.2")]
E = [z.exp() for z in Z]
S = sum(E)
P = [e / S for e in E]
NAMES = ["English", "French", "German", "Italian", "Spanish", "Other"]

CHECKS = []
ln_given = line_of(2, "xW + b = [3.2, 1.1")
assert "3.2, 1.1" in text(2, ln_given)
ln = line_of(2, "y = [0.65, 0.09, 0.02, 0.18, 0.05, 0.01]")
for name, printed, true in zip(NAMES, ["0.65", "0.09", "0.02", "0.18", "0.05", "0.01"], P):
    assert printed in text(2, ln)
    ok = near(printed, true)
    CHECKS.append(dict(page=2, line=ln, id=name, printed=printed, true=true, status="right" if ok else "wrong"))

NOTES = ("One worked forward-pass example (section 1.3): softmax of the given logits [3.2, 1.1, -0.5, 2.0, 0.4, -1.2] "
         "(page 2 line 10). Exactly, softmax = [0.65726, 0.08049, 0.01625, 0.19796, 0.03997, 0.00807]; at two "
         "decimals [0.66, 0.08, 0.02, 0.20, 0.04, 0.01]. The page prints [0.65, 0.09, 0.02, 0.18, 0.05, 0.01] "
         "(page 2 line 12), which sums to exactly 1.00 and looks adjusted by hand. Under rule (b) (the values are "
         "printed without working) the Italian entry 0.18 is off by two units of its last digit (true 0.198), so the "
         "line is wrong, first. Close calls on the same line, each exactly one unit from the rounded true value and "
         "so tolerated by rule (b): English 0.65 (true 0.657), French 0.09 (true 0.0805) and Spanish 0.05 (true "
         "0.03997, i.e. 0.01003 from the exact value; one unit from its rounding 0.04). A stricter reading of the "
         "line as an expression redone at two decimals (rule (a)) would also flag those three; the line is wrong "
         "either way. The remark 'the model assigns the highest probability to English' (line 13) is true. The rest "
         "of the guidebook (OGD, ReLU, plotting code with np.random) prints no computed number. Hold-out round 112.")


def main():
    wrong, right = [], []
    for key in sorted({(c["page"], c["line"]) for c in CHECKS}):
        cs = [c for c in CHECKS if (c["page"], c["line"]) == key]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("page %d line %3d  %-5s  %s" % (key[0], key[1], "WRONG" if bad else "right", text(*key)))
        for c in cs:
            print("      %-8s printed %-5s true %.6f (rounded %s) -> %s" % (
                c["id"], c["printed"], c["true"], rnd(c["true"], c["printed"]), c["status"]))
        if bad:
            wrong.append({"line": key[1], "page": key[0], "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(str(rnd(c["true"], c["printed"])) for c in bad), "kind": "first",
                          "why": "; ".join("softmax of the printed logits gives %s = %.4f for %s; printed %s" % (
                              "y_hat[%d]" % (NAMES.index(c["id"]) + 1), c["true"], c["id"], c["printed"])
                              for c in bad)})
        else:
            right.append({"page": key[0], "line": key[1]})
    print("\nwrong:", [(w["page"], w["line"], w["kind"]) for w in wrong])
    print("right:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


if __name__ == "__main__":
    main()
