#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt (worked lines only, kept verbatim)
of the Chinese Jekyll post "深度学习基础-损失函数详解" (_posts/2023-01-14-dl-loss-function.md) of
github.com/harleyszhang/harleyszhang.github.io.

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Givens: the post's convention that log is the natural logarithm (doc line 5); the probabilities 0.7, 0.2, 0.1 of the
entropy example; the two prediction tables (model 1 and model 2, three samples each, one-hot labels); the logits
z = [3, 1, -3] of the softmax example.
Computed and printed: the entropy line (-ln 0.7, -ln 0.2, -ln 0.1 and the weighted sum 0.804); the per-sample
cross-entropy losses of the two models and their means; the restatement "0.63 比 1.37"; softmax([3, 1, -3]) in prose,
in a table and as NumPy output (8 decimals) with its sum 1.0.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers rounds to p (rounded operands may move within half a unit, givens are exact);
  (b) a value printed without working, or restated, is right within one unit of the true value, or when it follows
      from printed correct operands;
  (c) a restated or recomputed consequence of a wrong value that is itself off is wrong, propagated.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/harleyszhang/harleyszhang.github.io/blob/07034419d9d0305c6728cc518f6e4c89f0e6b24c/"
          "_posts/2023-01-14-dl-loss-function.md")
LICENSE = ("none stated for the post (the repository's root 'License' is the MIT licence of the Jekyll theme, "
           "Copyright (c) 2017 Tw93, and the README says it covers the theme); doc.md is an excerpt of the worked "
           "lines only, each kept line verbatim; line numbers refer to doc.md (mapping to the original in SOURCE.md)")
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


def ln(x):
    return D(x).ln()


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    """rule (b): within one unit of p's last digit of the true value."""
    return abs(D(p) - rnd(x, p)) <= unit(p)


CHECKS = []
STATUS = {}
UNJUDGED = []


def chk(cid, line, printed, true, lo=None, hi=None, up=(), why="", correct=None):
    """Judge one printed number.
    lo, hi: when the line prints the working, the range its expression takes with every rounded printed operand moved
            within half a unit of its last digit (givens exact); rule (a) needs round(v) = p for some v in [lo, hi].
    up: ids of the checks this value is computed from; a value off from the truth that comes from a wrong one is
        wrong, propagated (rule c).
    """
    assert printed in DOC[line - 1], (cid, line, printed)
    p = D(printed)
    status, kind = "right", None
    up_bad = any(STATUS.get(u) == "wrong" for u in up)
    if lo is not None:
        a, b = min(D(lo), D(hi)), max(D(lo), D(hi))
        if not (rnd(a, p) <= p <= rnd(b, p)):
            status, kind = "wrong", "first"
        elif up_bad and not near(p, true):
            status, kind = "wrong", "propagated"
    elif not near(p, true):
        status, kind = "wrong", ("propagated" if up_bad else "first")
    STATUS[cid] = status
    CHECKS.append({"id": cid, "line": line, "printed": printed, "true": D(true), "status": status, "kind": kind,
                   "why": why, "correct": correct if correct is not None else str(rnd(true, p))})
    return status


def restate(cid, line, printed, of):
    """a restated value: right when its source is right and it matches, propagated otherwise."""
    assert printed in DOC[line - 1], (cid, line, printed)
    src = [c for c in CHECKS if c["id"] == of][0]
    status, kind = "right", None
    if src["status"] == "wrong" and D(printed) == D(src["printed"]):
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
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:110]))
        for c in cs:
            print("            %-10s printed %-12s true %-24s -> %s%s" % (
                c["id"], c["printed"], "%.15g" % c["true"], c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(c["correct"] for c in bad),
                          "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(dict.fromkeys(c["why"] or "computed from a wrong value" for c in bad))})
        else:
            right.append(n)
    for u in UNJUDGED:
        print("line %4d  UNJUDGED  %s" % (u["line"], u["why"]))
    return wrong, right


def main(notes):
    wrong, right = report()
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines:", right)
    print("unjudged lines:", [u["line"] for u in UNJUDGED])
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "unjudged": UNJUDGED, "notes": notes}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


H = D("0.5")
assert "自然对数" in DOC[line_of("来表示自然对数") - 1]          # log is ln (given)

# ---- entropy of p = (0.7, 0.2, 0.1): -ln p printed to 2 decimals, then the weighted sum -------------------------------
n = line_of(r"&=0.7 \times 0.36 + 0.2 \times 1.61 + 0.1 \times 2.30")
P = [D("0.7"), D("0.2"), D("0.1")]
for cid, p, pr in (("ln07", P[0], "0.36"), ("ln02", P[1], "1.61"), ("ln01", P[2], "2.30")):
    chk(cid, n, pr, -ln(p), why="-ln %s = %s" % (p, rnd(-ln(p), D("0.0001"))))
ops = [(D("0.7"), D("0.36"), D("0.01")), (D("0.2"), D("1.61"), D("0.01")), (D("0.1"), D("2.30"), D("0.01"))]
lo = sum(w * (v - H * u) for w, v, u in ops)
hi = sum(w * (v + H * u) for w, v, u in ops)
Htrue = -sum(p * ln(p) for p in P)
chk("H", n, "0.804", Htrue, lo, hi, up=("ln07", "ln02", "ln01"),
    why="0.7*0.36 + 0.2*1.61 + 0.1*2.30 = 0.804 (true entropy %s)" % rnd(Htrue, D("0.0001")))

# ---- model 1: per-sample cross entropy -ln(q_true) and the mean ------------------------------------------------------
# table rows (givens): [0.3 0.3 0.4] label pig (3rd), [0.3 0.4 0.4] label dog (2nd), [0.1 0.2 0.7] label cat (1st)
assert "|0.3 0.3 0.4|0 0 1（猪）|" in DOC[line_of("|0.3 0.3 0.4|0 0 1") - 1]
assert "|0.3 0.4 0.4|0 1 0（狗）|" in DOC[line_of("|0.3 0.4 0.4|0 1 0") - 1]
assert "|0.1 0.2 0.7|1 0 0（猫）|" in DOC[line_of("|0.1 0.2 0.7|1 0 0") - 1]
m1 = [D("0.4"), D("0.4"), D("0.1")]
rows1 = [(r"1\times log(0.4) = 0.91", "0.91"), (r"1\times log(0.4) + 0\times log(0.4) = 0.91", "0.91"),
         (r"-(1\times log(0.1) + 0\times log(0.2) + 0\times log(0.7) = 2.30", "2.30")]
for i, (sub, pr) in enumerate(rows1):
    n = line_of(sub)
    v = -ln(m1[i])
    chk("m1s%d" % (i + 1), n, pr, v, v, v,
        why="-(1 x ln %s) = %s, which rounds to %s (the printed value is truncated)" % (
            m1[i], rnd(v, D("0.0001")), rnd(v, D(pr))))
n = line_of(r"L = \frac{0.91 + 0.91 + 2.3}{3} = 1.37")
lo = (D("0.905") + D("0.905") + D("2.25")) / 3
hi = (D("0.915") + D("0.915") + D("2.35")) / 3
L1 = sum(-ln(q) for q in m1) / 3
chk("L1", n, "1.37", L1, lo, hi, up=("m1s1", "m1s2", "m1s3"),
    why="(0.91 + 0.91 + 2.3)/3 = 1.3733; true mean %s" % rnd(L1, D("0.0001")))

# ---- model 2 ---------------------------------------------------------------------------------------------------------
assert "|0.1 0.2 0.7|0 0 1（猪）|" in DOC[line_of("|0.1 0.2 0.7|0 0 1") - 1]
assert "|0.1 0.7 0.2|0 1 0（狗）|" in DOC[line_of("|0.1 0.7 0.2|0 1 0") - 1]
assert "|0.3 0.4 0.4|1 0 0（猫）|" in DOC[line_of("|0.3 0.4 0.4|1 0 0") - 1]
m2 = [D("0.7"), D("0.7"), D("0.3")]
rows2 = [(r"0\times log(0.2) + 1\times log(0.7) = 0.35", "0.35"),
         (r"1\times log(0.7) + 0\times log(0.2) = 0.35", "0.35"),
         (r"-(1\times log(0.3) + 0\times log(0.4) + 0\times log(0.4) = 1.20", "1.20")]
for i, (sub, pr) in enumerate(rows2):
    n = line_of(sub)
    v = -ln(m2[i])
    chk("m2s%d" % (i + 1), n, pr, v, v, v,
        why="-(1 x ln %s) = %s, which rounds to %s (the printed value is truncated)" % (
            m2[i], rnd(v, D("0.0001")), rnd(v, D(pr))))
n = line_of(r"L = \frac{0.35 + 0.35 + 1.2}{3} = 0.63")
lo = (D("0.345") + D("0.345") + D("1.15")) / 3
hi = (D("0.355") + D("0.355") + D("1.25")) / 3
L2 = sum(-ln(q) for q in m2) / 3
chk("L2", n, "0.63", L2, lo, hi, up=("m2s1", "m2s2", "m2s3"),
    why="(0.35 + 0.35 + 1.2)/3 = 0.6333; true mean %s" % rnd(L2, D("0.0001")))

n = line_of("可以看到，0.63 比 1.37")
restate("L2r", n, "0.63", "L2")
restate("L1r", n, "1.37", "L1")

# ---- softmax([3, 1, -3]) ---------------------------------------------------------------------------------------------
z = [D(3), D(1), D(-3)]
e = [x.exp() for x in z]
S = [x / sum(e) for x in e]
n = line_of("可以得出输出的概率分布是 $[0.879,0.119,0.002]$")
for j, pr in enumerate(["0.879", "0.119", "0.002"]):
    chk("s%d" % (j + 1), n, pr, S[j], why="softmax([3, 1, -3])_%d = e^%s / %s = %s" % (
        j + 1, z[j], rnd(sum(e), D("0.0001")), rnd(S[j], D("0.000001"))))
n = line_of("|$[0.879, 0.119, 0.002]$|")
for j, pr in enumerate(["0.879", "0.119", "0.002"]):
    restate("s%dt" % (j + 1), n, pr, "s%d" % (j + 1))
n = line_of("[0.87887824 0.11894324 0.00217852]")
for j, pr in enumerate(["0.87887824", "0.11894324", "0.00217852"]):
    chk("s%dc" % (j + 1), n, pr, S[j], why="softmax([3, 1, -3])_%d = %s" % (j + 1, rnd(S[j], D(pr))))
n = line_of("1.0", nth=1)
assert DOC[n - 1].strip() == "1.0", DOC[n - 1]
chk("ssum", n, "1.0", sum(S), why="sum of the three probabilities = 1")

# ---- lines left unjudged -------------------------------------------------------------------------------------------
for sub, why in (
        ("如果取 max 操作会变成 $[1, 0, 0]$", "hardmax/one-hot [1, 0, 0] of [3, 1, -3]: the result of a max selection, "
         "not arithmetic; it is correct (3 is the largest) but may or may not count as a computed number"),
        ("返回列表索引值“0”", "comment giving the argmax index 0 (and a footnote mark [1]): an index, not arithmetic"),
        ("print(hardmax(data)) # 0", "code comment giving the argmax index 0: an index, not arithmetic"),
        ("> 0", "printed output of argmax (index 0, correct): an index, not arithmetic")):
    n = line_of(sub)
    if sub == "> 0":
        assert DOC[n - 1].strip() == "> 0", DOC[n - 1]
    UNJUDGED.append({"line": n, "page": None, "why": why})

NOTES = ("Natural log throughout (the post says so). Model 1's per-sample losses -ln 0.4 = 0.9163 are printed as 0.91 "
         "(truncated; rounds to 0.92) on two lines, and model 2's -ln 0.7 = 0.3567 as 0.35 (rounds to 0.36) on two "
         "lines: four wrong lines, each an independent expression of givens, so each is kind first. -ln 0.1 = 2.3026 "
         "(2.30) and -ln 0.3 = 1.2040 (1.20) are right. The means (0.91 + 0.91 + 2.3)/3 = 1.3733 -> 1.37 and "
         "(0.35 + 0.35 + 1.2)/3 = 0.6333 -> 0.63 follow from the printed numbers by rule (a) and are within one unit "
         "of the true means 1.3784 and 0.6391, so they are right (close calls: rule (c) applies only to a consequence "
         "that is itself off by more than a unit); the restatement '0.63 比 1.37' is right too. Entropy line: -ln 0.7 "
         "= 0.357, -ln 0.2 = 1.609, -ln 0.1 = 2.303 print as 0.36, 1.61, 2.30 (right) and 0.7*0.36 + 0.2*1.61 + "
         "0.1*2.30 = 0.804 exactly from them, so right by rule (a), although the exact entropy is 0.8018 (close "
         "call). softmax([3, 1, -3]) = [0.878878, 0.118943, 0.002179]: the 3-decimal prose and table values and the "
         "8-decimal NumPy output and its sum 1.0 are right. Givens outside the rule: the prediction rows "
         "'0.3 0.4 0.4' (model 1 sample 2, model 2 sample 3) sum to 1.1, not 1, and all three loss rows of each "
         "model are labelled 'sample 1'; neither is a computed number. The argmax/hardmax lines (index 0, one-hot "
         "[1, 0, 0]) are unjudged. Line numbers refer to the excerpt doc.md.")

if __name__ == "__main__":
    main(NOTES)
