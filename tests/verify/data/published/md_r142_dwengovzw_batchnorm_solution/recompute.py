#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, the teacher-only solution page
"Batch normalization (solution)" of the Dwengo learning path "emoties herkennen deel 2" (WAISDA, recognising emotions
in images), github.com/dwengovzw/learning_content,
learning_objects/english/content/waisda/beelden/emoties_herkennen_deel2/0060_batch_norm_opl/index.md, kept verbatim
(the page's front matter marks it "copyright: CC BY dwengo").

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

The solution page prints only results. Its givens are on the companion assignment page of the same learning path
(0050_batch_norm/index.md, lines 53-55 of that file at the same commit), which also fixes the method:
    mu = (1/m) sum x_i,  sigma^2 = (1/m) sum (x_i - mu)^2,  x_hat_i = (x_i - mu) / sqrt(sigma^2)
(population variance, no epsilon, no gamma/beta). The three batches given there are
    batch 1: x = 5, 3, 2, 1, 9
    batch 2: x = -2, 4, -3, -1, 2, 0
    batch 3: x = 1, 1, 1, 1        (solution: "No need to normalize." -- prose, no number)
They are copied below as givens and checked against nothing in doc.md (doc.md does not restate them).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers rounds to p;  (no line of doc.md prints its working, so (a) never applies here)
  (b) a value printed without working, or restated, is right within one unit of the true value;
  (c) a restated wrong value is wrong, propagated.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/dwengovzw/learning_content/blob/647bcb1b57bf99a9073f7e34c5582b1eb28d8d24/"
          "learning_objects/english/content/waisda/beelden/emoties_herkennen_deel2/0060_batch_norm_opl/index.md")
LICENSE = ("CC BY (the file's front matter: 'copyright: CC BY dwengo'); doc.md is the file verbatim, "
           "attribution in SOURCE.md")
import json
import pathlib
import re
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")

# givens, from the companion assignment page 0050_batch_norm/index.md (same learning path, same commit)
BATCHES = {
    1: [D(v) for v in "5 3 2 1 9".split()],
    2: [D(v) for v in "-2 4 -3 -1 2 0".split()],
}


def line_of(sub, nth=1):
    """1-based line of the nth line of the document containing sub; fails loudly."""
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def unit(p):
    e = D(p).as_tuple().exponent
    return D(1).scaleb(e if e < 0 else 0)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    """rule (b): within one unit of p's last digit of the true value."""
    return abs(D(p) - rnd(x, p)) <= unit(p)


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, why=""):
    assert printed in re.findall(r"-?\d+(?:\.\d+)?", DOC[line - 1]), (cid, line, printed)
    status, kind = ("right", None) if near(printed, true) else ("wrong", "first")
    STATUS[cid] = status
    CHECKS.append({"id": cid, "line": line, "printed": printed, "true": true, "status": status, "kind": kind,
                   "why": why if status == "wrong" else "", "correct": str(rnd(true, printed))})


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:100]))
        for c in cs:
            print("            %-12s printed %-10s true %-22s -> %s%s" % (
                c["id"], c["printed"], "%.15g" % c["true"], c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(c["correct"] for c in bad),
                          "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(dict.fromkeys(c["why"] for c in bad))})
        else:
            right.append(n)
    return wrong, right


def main(notes):
    wrong, right = report()
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": notes}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


def batchnorm(xs):
    m = D(len(xs))
    mu = sum(xs) / m
    var = sum((x - mu) ** 2 for x in xs) / m
    sd = var.sqrt()
    return mu, var, [(x - mu) / sd for x in xs]


assert "The solutions are:" in DOC[line_of("The solutions are:") - 1]
LINE = {1: line_of(r"\(\hat{x}_1 = 0.3536\)"), 2: line_of(r"\(\hat{x}_1 = -0.8402\)")}
assert "No need to normalize." in DOC[line_of("No need to normalize.") - 1]   # batch 3: prose only

STATS = {}
for b, xs in BATCHES.items():
    mu, var, xh = batchnorm(xs)
    STATS[b] = (mu, var, xh)
    txt = DOC[LINE[b] - 1]
    got = re.findall(r"\\hat\{x\}_(\d) = (-?\d+(?:\.\d+)?)\\\)", txt)
    if len(got) != len(xs):
        raise SystemExit("line %d: expected %d x_hat values, found %r" % (LINE[b], len(xs), got))
    for (i, p), t in zip(got, xh):
        chk("b%d_xhat%s" % (b, i), LINE[b], p, t,
            why="batch %d: (x_%s - mu) / sqrt(sigma^2) = (%s - %s) / sqrt(%s) = %.6f" % (
                b, i, xs[int(i) - 1], mu, var, t))

for b, (mu, var, xh) in STATS.items():
    print("batch %d: mu = %s, sigma^2 = %.10g, sigma = %.10g, x_hat = %s" % (
        b, mu, var, var.sqrt(), ", ".join("%.6f" % v for v in xh)))

NOTES = ("Givens (from the companion assignment page 0050_batch_norm/index.md, lines 53-55): batch 1 = 5, 3, 2, 1, 9; "
         "batch 2 = -2, 4, -3, -1, 2, 0; batch 3 = 1, 1, 1, 1. Method as that page defines it: population variance "
         "(1/m), x_hat = (x - mu)/sqrt(sigma^2), no epsilon. Batch 1: mu = 4, sigma^2 = 40/5 = 8, sigma = 2.828427, "
         "x_hat = 0.353553, -0.353553, -0.707107, -1.060660, 1.767767 -> printed 0.3536, -0.3536, -0.7071, -1.0607, "
         "1.7678 all right. Batch 2: mu = 0, sigma^2 = 34/6 = 5.666667, sigma = 2.380476, x_hat = -0.840168, "
         "1.680336, -1.260252, -0.420084, 0.840168, 0 -> printed -0.8402, 1.6803, -1.2603, -0.4201, 0.8402, 0 all "
         "right. Batch 3 has zero variance; the page says 'No need to normalize.' (prose, no number). The sample "
         "variance 1/(m-1) would give 0.3162... for batch 1, which the page does not print, so the page follows its "
         "own 1/m definition. Front matter, HTML and prose lines hold no computed numbers. A clean page: a "
         "false-alarm test for batch statistics printed without working.")

if __name__ == "__main__":
    main(NOTES)
