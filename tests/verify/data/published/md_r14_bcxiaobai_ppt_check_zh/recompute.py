#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of the blog post
"一、反向传播1轮，检验PPT数值" as stored at https://bcxiaobai.eu.org/post/11874.html (a Chinese learner's post that
checks the numbers of a MOOC slide with a short Python script): a 2-2-2 sigmoid network without biases, one
backpropagation round, its results printed by the script as rows of values rounded to 2 decimals.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (the script's assignments, doc.md lines 22-35): w1 = 0.2, w2 = -0.4, w3 = 0.5, w4 = 0.6 (in_h1 = w1 x1 +
w3 x2, in_h2 = w2 x1 + w4 x2), w5 = 0.1, w6 = -0.5, w7 = -0.3, w8 = 0.8 (in_o1 = w5 h1 + w7 h2, in_o2 = w6 h1 +
w8 h2), x = (0.5, 0.3), targets y = (0.23, -0.07); sigmoid on both layers; E = 1/2 sum (o - y)^2. The learning
rate is not in the stored text; the printed update row is consistent with w - 1 x dE/dw for every weight (0.1 - 0.03
= 0.07, -0.5 - 0.08 = -0.58, -0.3 - 0.03 = -0.33, 0.8 - 0.07 = 0.73), so eta = 1.
True values: backpropagation of E, delta_o = (o - y) o (1 - o), dE/dw_out = delta_o h, delta_h = (sum_o delta_o
w_ho) h (1 - h), dE/dw_in = delta_h x, w' = w - dE/dw. The script's hidden gradients use (d_w5 + d_w6) -- the output
weights' gradients, which already hold the factor out_h1 and lack the output weights -- instead of
delta_o1 w5 + delta_o2 w6: a known conceptual mistake.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) p printed as the result of an expression of numbers printed on its line is right only when redoing that
      expression from those numbers rounds to exactly p at p's digits; otherwise wrong (first);
  (b) a value printed without its working (here every printed row: the script prints round(x, 2)) is right within
      one unit of its last digit of the true value; a value the document's own wrong formula produced and that is
      off is wrong (first);
  (c) a restated wrong value, or a value computed from a wrong one and itself off, is wrong (propagated).
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = "https://bcxiaobai.eu.org/post/11874.html"
LICENSE = ("none stated (a blog-aggregator copy of a Chinese learner's post); doc.md is an excerpt of only the worked "
           "part: the printed result rows and the script that computes them, line for line as stored")
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def sig(z):
    return 1 / (1 + (-D(z)).exp())


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    return abs(D(p) - rnd(x, p)) <= unit(p)


def reach(p, lo, hi):
    """True when some value in [lo, hi] rounds to p at p's digits (rule (a) with rounded operands)."""
    u = unit(p)
    a, b = D(p) - u / 2, D(p) + u / 2
    return not (hi < a or lo >= b)


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, ops=None, up=(), method=False, why="", correct=None, explicit=True, exact=False,
        interval=None):
    """Judge one printed number (rules in the module docstring).

    ops: the value the line's own printed operands give; exact=True: those operands are exact, so p must be that
    value rounded at p's digits; interval=(lo, hi): the range the line's expression takes when its rounded operands
    move within half a unit of their last digit (p is right by rule (a) when some value in it rounds to p).
    """
    assert printed in DOC[line - 1], (line, printed)
    p = D(printed.replace("−", "-"))
    if ops is None and up and explicit:
        ops = p  # a restated value carries the status of the value it copies
    if interval is not None:
        ops_ok = reach(p, D(interval[0]), D(interval[1]))
    elif ops is None:
        ops_ok = True
    elif exact:
        ops_ok = p == rnd(ops, p)
    else:
        ops_ok = near(p, ops)
    if explicit and not ops_ok:
        st, kind = "wrong", "first"
    elif near(p, true) and not method:
        st, kind = "right", None
    elif any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", ("propagated" if ops_ok else "first")
    elif method:
        st, kind = "wrong", "first"
    elif ops is not None and ops_ok and explicit:
        st, kind = "right", None
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), ops=None if ops is None else D(ops),
                       status=st, kind=kind, why=why, correct=correct if correct is not None else str(rnd(true, p))))


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:110]))
        for c in cs:
            extra = "" if c["ops"] is None else "  from printed operands %.12g" % c["ops"]
            print("            %-10s printed %-22s true %.15g%s -> %s%s" % (
                c["id"], c["printed"], c["true"], extra, c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            seen, printed, correct, whys = set(), [], [], []
            for c in bad:
                key = (c["printed"], c["correct"])
                if key in seen:
                    continue
                seen.add(key)
                printed.append(c["printed"])
                correct.append(c["correct"])
                whys.append(c["why"] or "restates a wrong value")
            wrong.append({"line": n, "page": None, "printed": ", ".join(printed), "correct": ", ".join(correct),
                          "kind": "first" if "first" in kinds else "propagated", "why": "; ".join(dict.fromkeys(whys))})
        else:
            right.append(n)
    return wrong, right


def main():
    wrong, right = report()
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


w1, w2, w3, w4 = D("0.2"), D("-0.4"), D("0.5"), D("0.6")
w5, w6, w7, w8 = D("0.1"), D("-0.5"), D("-0.3"), D("0.8")
x1, x2, y1, y2 = D("0.5"), D("0.3"), D("0.23"), D("-0.07")
eta = D(1)
h1 = sig(w1 * x1 + w3 * x2)
h2 = sig(w2 * x1 + w4 * x2)
o1 = sig(w5 * h1 + w7 * h2)
o2 = sig(w6 * h1 + w8 * h2)
E = (o1 - y1) ** 2 / 2 + (o2 - y2) ** 2 / 2
do1 = (o1 - y1) * o1 * (1 - o1)
do2 = (o2 - y2) * o2 * (1 - o2)
g5, g7, g6, g8 = do1 * h1, do1 * h2, do2 * h1, do2 * h2
dh1 = (do1 * w5 + do2 * w6) * h1 * (1 - h1)
dh2 = (do1 * w7 + do2 * w8) * h2 * (1 - h2)
g1, g3, g2, g4 = dh1 * x1, dh1 * x2, dh2 * x1, dh2 * x2
# what the script computes (its own formula), for the notes
s1 = (g5 + g6) * h1 * (1 - h1) * x1
s3 = (g5 + g6) * h1 * (1 - h1) * x2
s2 = (g7 + g8) * h2 * (1 - h2) * x1
s4 = (g7 + g8) * h2 * (1 - h2) * x2
G = {"1": g1, "2": g2, "3": g3, "4": g4, "5": g5, "6": g6, "7": g7, "8": g8}
W = {"1": w1, "2": w2, "3": w3, "4": w4, "5": w5, "6": w6, "7": w7, "8": w8}

ln = line_of("0.56 0.5 0.48 0.53")
for cid, p, tv in (("h1", "0.56", h1), ("h2", "0.5", h2), ("o1", "0.48", o1), ("o2", "0.53", o2)):
    chk(cid, ln, p, tv)
ln = DOC.index("0.21") + 1
chk("E", ln, "0.21", E)
ln = line_of("0.01 0.01 0.01 0.01 0.03 0.08 0.03 0.07")
printed_g = ["0.01", "0.01", "0.01", "0.01", "0.03", "0.08", "0.03", "0.07"]
WHY = {
    "1": "dE/dw1 = delta_h1 x1 = (delta_o1 w5 + delta_o2 w6) h1 (1 - h1) x1 = (0.006161 - 0.074595) x 0.24613 x 0.5 "
         "= -0.00842 -> -0.01; the script multiplies (d_w5 + d_w6) (the output weights' gradients, 0.03464 + 0.08387) "
         "by h1 (1 - h1) x1 and gets +0.0146, sign and size wrong",
    "3": "dE/dw3 = delta_h1 x2 = -0.00505 -> -0.01; the script's (d_w5 + d_w6) h1 (1 - h1) x2 gives +0.0088",
}
for k, p in zip("12345678", printed_g):
    bad = k in WHY
    chk("g" + k, ln, p, G[k], method=bad, why=WHY.get(k, ""))
ln = line_of("0.19 -0.41 0.49 0.59 0.07 -0.58 -0.33 0.73")
for k, p in zip("12345678", ["0.19", "-0.41", "0.49", "0.59", "0.07", "-0.58", "-0.33", "0.73"]):
    new = W[k] - eta * G[k]
    chk("w" + k, ln, p, new, up=["g" + k], explicit=False,
        why=("w%s' = %s - dE/dw%s = %s -> %s (from the script's wrong-signed gradient)" % (k, W[k], k, rnd(new, D("0.000001")), rnd(new, D(p))) if k in WHY else ""))

NOTES = (
    "A Chinese learner's blog post (stored copy at bcxiaobai.eu.org, post 11874; no license stated) that checks a MOOC "
    "slide's numbers with a short Python script: 2-2-2 sigmoid network without biases, x = (0.5, 0.3), targets "
    "(0.23, -0.07), weights 0.2, -0.4, 0.5, 0.6 / 0.1, -0.5, -0.3, 0.8, learning rate 1 (inferred: every printed "
    "update is w - 1 x gradient). The worked numbers are the script's printed rows, each under a `=名称=` heading "
    "line with full-width colons (`=正向计算：h1, h2, o1 ,o2=` then `0.56 0.5 0.48 0.53`), rounded to 2 decimals, "
    "and the network is given only as Python assignments in the script. First error (conceptual): the hidden "
    "gradients use (d_w5 + d_w6) h1 (1 - h1) x instead of (delta_o1 w5 + delta_o2 w6) h1 (1 - h1) x, so dE/dw1 and "
    "dE/dw3 are printed +0.01 for -0.01 (true -0.00842, -0.00505; line 8); dE/dw2 and dE/dw4 come from the same wrong "
    "formula but land within one unit of the truth (0.0126, 0.0076 -> 0.01) and are right by rule (b). Propagated: "
    "the updated w1 and w3 printed 0.19 and 0.49 for 0.21 and 0.51 (line 12). Right: the forward row (0.562, "
    "0.4950 printed 0.5 by round(x, 2), 0.4770, 0.5287), the loss 0.2097, the output gradients and the other six "
    "updated weights. Line 10 restates the givens and is not judged."
)

if __name__ == "__main__":
    main()
