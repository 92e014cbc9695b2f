#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt (worked equations and numbers
only) of the post "Cross Entropy Loss" (Deep-Learning-Concepts/Basic-Neural-Network-Concepts/Loss-Functions/
Cross_Entropy_Loss.md) of github.com/purepisces/Wenqing-Machine_Learning_Blog (no license, so only an excerpt is kept).

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Givens: logits A1 = [2.0, 1.0, 0.1], A2 = [0.1, 2.0, 1.9]; one-hot targets Y1 = [0, 1, 0], Y2 = [1, 0, 0]; N = 2.
Computed and printed (without working on their lines): softmax of each row (3 decimals), the per-sample cross-entropy
-log(softmax of the true class) (natural log), the batch mean, and dLoss/dA = (softmax(A) - Y) / N.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers rounds to p;
  (b) a value printed without working, or restated, is right within one unit of the true value (or when it follows
      from printed correct operands);
  (c) a restated wrong value is wrong, propagated.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/purepisces/Wenqing-Machine_Learning_Blog/blob/e796c9cdc201d75f7ccefe541583be3de0a9253e/"
          "Deep-Learning-Concepts/Basic-Neural-Network-Concepts/Loss-Functions/Cross_Entropy_Loss.md")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of only the worked $$ blocks, the givens and the "
           "result lists (with their three one-line labels), each kept line unchanged; prose, headings and code removed")
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    """1-based line of the nth line of the document containing sub; fails loudly."""
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def sig(z):
    return 1 / (1 + (-D(z)).exp())


def tanh(z):
    e = (2 * D(z)).exp()
    return (e - 1) / (e + 1)


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    """rule (b): within one unit of p's last digit of the true value."""
    return abs(D(p) - rnd(x, p)) <= unit(p)


CHECKS = []


def chk(cid, line, printed, true, lo=None, hi=None, up=(), why="", correct=None):
    """Judge one printed number.
    lo, hi: when the line prints the working, the range the expression takes with every rounded printed operand
            moved within half a unit of its last digit (exact givens fixed): rule (a) needs p = round(v) for some v
            in [lo, hi] (checked at the two ends and by the monotone interval), otherwise wrong, first.
    up: ids of checks this value is computed from or restates; a value that is off from the truth (rule b) and
        comes from a wrong one is wrong, propagated.
    """
    assert printed in DOC[line - 1], (cid, line, printed)
    p = D(printed)
    status, kind = "right", None
    up_bad = any(STATUS.get(u) == "wrong" for u in up)
    if lo is not None:
        a, b = min(D(lo), D(hi)), max(D(lo), D(hi))
        if not (rnd(a, p) <= p <= rnd(b, p)):
            status, kind = "wrong", "first"          # rule (a): the line's own working does not give p
        elif up_bad and not near(p, true):
            status, kind = "wrong", "propagated"     # rule (c): done right from a wrong operand, itself off
    elif not near(p, true):
        status, kind = "wrong", ("propagated" if up_bad else "first")   # rule (b)/(c)
    STATUS[cid] = status
    CHECKS.append({"id": cid, "line": line, "printed": printed, "true": true, "status": status, "kind": kind,
                   "why": why, "correct": correct if correct is not None else str(rnd(true, p))})
    return status


STATUS = {}


def restate(cid, line, printed, of):
    """a restated value: right when its source is right and it matches, propagated otherwise."""
    assert printed in DOC[line - 1], (cid, line, printed)
    src = [c for c in CHECKS if c["id"] == of][0]
    status, kind = "right", None
    if src["status"] == "wrong" and printed == src["printed"]:
        status, kind = "wrong", "propagated"
    elif not near(D(printed), src["true"]):
        status, kind = "wrong", "first"
    STATUS[cid] = status
    CHECKS.append({"id": cid, "line": line, "printed": printed, "true": src["true"], "status": status,
                   "kind": kind, "why": "" if status == "right" else "restates %s = %s (true %s)" % (
                       of, src["printed"], src["correct"]), "correct": src["correct"]})


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
                          "why": "; ".join(dict.fromkeys(c["why"] or "computed from a wrong value" for c in bad))})
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


def softmax(v):
    ex = [x.exp() for x in v]
    t = sum(ex)
    return [e / t for e in ex], t


A1 = [D("2.0"), D("1.0"), D("0.1")]
A2 = [D("0.1"), D("2.0"), D("1.9")]
Y1 = [0, 1, 0]
Y2 = [1, 0, 0]
N = 2
# the givens, located by text (fail loudly if missing)
assert "[2.0, 1.0, 0.1]" in DOC[line_of("Sample 1: $[2.0, 1.0, 0.1]$") - 1]
assert "[0.1, 2.0, 1.9]" in DOC[line_of("Sample 2: $[0.1, 2.0, 1.9]$") - 1]
assert "[0, 1, 0]" in DOC[line_of("(class 2 is the true class)") - 1]
assert "[1, 0, 0]" in DOC[line_of("(class 1 is the true class)") - 1]
assert "{2}" in DOC[line_of(r"\frac{\sigma(A_1) - Y_1}{2}") - 1]

S1, t1 = softmax(A1)
S2, t2 = softmax(A2)
L1 = -S1[Y1.index(1)].ln()
L2 = -S2[Y2.index(1)].ln()
Lm = (L1 + L2) / 2
G1 = [(s - y) / N for s, y in zip(S1, Y1)]
G2 = [(s - y) / N for s, y in zip(S2, Y2)]

n = line_of("Sample 1: $[0.659, 0.242, 0.099]$")
for j, p in enumerate("0.659 0.242 0.099".split()):
    chk("s1_%d" % (j + 1), n, p, S1[j], why="softmax([2.0, 1.0, 0.1])_%d = e^%s / %s = %s" % (
        j + 1, A1[j], rnd(t1, D("0.001")), rnd(S1[j], D("0.00001"))))
n = line_of("Sample 2: $[0.073, 0.487, 0.440]$")
for j, p in enumerate("0.073 0.487 0.440".split()):
    chk("s2_%d" % (j + 1), n, p, S2[j], why="softmax([0.1, 2.0, 1.9])_%d = e^%s / %s = %s" % (
        j + 1, A2[j], rnd(t2, D("0.001")), rnd(S2[j], D("0.00001"))))
chk("L1", line_of("Sample 1: 1.417"), "1.417", L1, up=("s1_2",), why="-ln(softmax(A1)_2) = %s" % rnd(L1, D("0.00001")))
chk("L2", line_of("Sample 2: 2.620"), "2.620", L2, up=("s2_1",), why="-ln(softmax(A2)_1) = %s" % rnd(L2, D("0.00001")))
chk("Lm", line_of("mean cross-entropy loss for this batch is approximately"), "2.019", Lm, up=("L1", "L2"),
    why="(L1 + L2) / 2 = %s" % rnd(Lm, D("0.00001")))
n = line_of("For Sample 1: $[0.330, -0.379, 0.049]$")
for j, p in enumerate("0.330 -0.379 0.049".split()):
    chk("g1_%d" % (j + 1), n, p, G1[j], up=("s1_%d" % (j + 1),),
        why="(softmax(A1)_%d - %d) / 2 = %s" % (j + 1, Y1[j], rnd(G1[j], D("0.00001"))))
n = line_of("For Sample 2: $[-0.464, 0.243, 0.220]$")
for j, p in enumerate("-0.464 0.243 0.220".split()):
    chk("g2_%d" % (j + 1), n, p, G2[j], up=("s2_%d" % (j + 1),),
        why="(softmax(A2)_%d - %d) / 2 = %s" % (j + 1, Y2[j], rnd(G2[j], D("0.00001"))))

def _f(v, q="0.00001"):
    return "[" + ", ".join(str(rnd(x, D(q))) for x in v) + "]"


NOTES = ("Exact values: softmax([2.0, 1.0, 0.1]) = %s (sum of exponentials %s); softmax([0.1, 2.0, 1.9]) = %s "
         "(sum %s); losses -ln(softmax(A1)_2) = %s and -ln(softmax(A2)_1) = %s, mean %s; gradients "
         "(softmax - Y) / 2 = %s and %s. Every printed value is within one unit of its last digit of the truth "
         "(rule b; none is printed with its working on its line), so the excerpt has no wrong line: a clean control "
         "for a 3-class softmax / cross-entropy / gradient walk-through over a batch of two. Close calls: 0.330 "
         "(true 0.329501, rounds to 0.330) and 2.620 (true 2.619987). Lines 1-4 (logits, one-hot targets) are "
         "givens; lines 6-19 are formulas holding given numbers only; the label lines 21, 25 and 31 hold no number. "
         "Natural log, as the printed losses show." % (
             _f(S1), rnd(t1, D("0.001")), _f(S2), rnd(t2, D("0.001")), rnd(L1, D("0.00001")),
             rnd(L2, D("0.00001")), rnd(Lm, D("0.00001")), _f(G1), _f(G2)))

if __name__ == "__main__":
    main(NOTES)
