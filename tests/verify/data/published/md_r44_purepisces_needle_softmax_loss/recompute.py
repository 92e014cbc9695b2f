#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of Wenqing Cao's (purepisces)
notes on CMU 10-714 "Deep Learning Systems" homework 2 (hw2/hw2_part2-1.md): a worked LogSumExp of a 2x3 array and a
worked softmax (cross-entropy) loss of a batch of 3 samples with 4 classes.

Plain Python 3 (decimal at 60 digits); imports nothing from nnwalk.

Givens: Z = [[1, 2, 3], [4, 5, 6]] (LogSumExp over axis 1); logits Z = [[2.0, 1.0, 0.1, 0.5], [1.5, 2.1, 0.2, 0.7],
[1.1, 1.8, 0.3, 0.4]] with labels y = [0, 1, 2]; loss = mean over samples of log(sum_i exp z_i) - z_y (the page's own
formula, natural log).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on that line is right only when redoing it
      from those numbers rounds to p at p's digits (an operand that is itself a rounded earlier result may be taken
      anywhere within half a unit of its last digit; givens are exact); otherwise wrong, first;
  (b) a value printed without working (or restated) is right within one unit of the true value, or when it follows
      from printed correct operands;
  (c) a restated wrong value / a value computed from a wrong one and itself off is wrong, propagated.
Usage:  python3 recompute.py [--write-expected]
"""
import json
import pathlib
import sys
from decimal import Decimal as D, ROUND_HALF_UP, getcontext

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/purepisces/DeepLearningSystem/blob/ad9d2e72a4824d30915c7ba6093f7fdde42ae4fe/"
          "hw2/hw2_part2-1.md")
LICENSE = ("none (no LICENSE file in the repository); doc.md is an excerpt of only the two worked examples (LogSumExp "
           "compute example, SoftmaxLoss example), original lines kept verbatim and in order, prose bullets cut")
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s: no line containing %r (occurrence %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    """within one unit of p's last digit of x rounded at p's digits"""
    return abs(D(p) - rnd(x, p)) <= unit(p)


CHECKS, STATUS = [], {}


def chk(cid, line, printed, true, lo=None, hi=None, up=(), why=""):
    """printed: the text of the number on the line; true: exact value from the givens;
    lo/hi: range of the line's own expression over its printed operands (rule a) or None (rule b)."""
    assert printed in DOC[line - 1], (line, printed, DOC[line - 1])
    p = D(printed)
    own_ok = True
    if lo is not None:
        # p must be the rounding of some value the printed operands allow
        own_ok = rnd(lo, p) <= p <= rnd(hi, p)
    if not own_ok:
        st, kind = "wrong", "first"
    elif near(p, true):
        st, kind = "right", None
    elif any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", "propagated"
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), status=st, kind=kind, why=why,
                       correct=str(rnd(true, p))))


def ln(x):
    return D(x).ln()


def ex(x):
    return D(x).exp()


def half(p):
    return unit(p) / 2


# ---------------- Part 1: LogSumExp of Z = [[1,2,3],[4,5,6]] over axis 1 ----------------
L = line_of("#         = [[-2, -1, 0],")
chk("shift_r1", L, "-2", D(-2)); chk("shift_r1b", L, "-1", D(-1))
L = line_of("#            [-2, -1, 0]]")
chk("shift_r2", L, "-2", D(-2))
e2, e1 = ex(-2), ex(-1)
for sub in ("#             = [[0.1353, 0.3679, 1.0000],", "#                [0.1353, 0.3679, 1.0000]]"):
    L = line_of(sub)
    chk("exp-2@%d" % L, L, "0.1353", e2); chk("exp-1@%d" % L, L, "0.3679", e1); chk("exp0@%d" % L, L, "1.0000", D(1))
for n in (1, 2):
    L = line_of("0.1353 + 0.3679 + 1.0000", n)   # restated operands of the sum
    chk("sumops%d" % n, L, "0.1353", e2); chk("sumops%db" % n, L, "0.3679", e1)
s = e2 + e1 + 1
lo = D("0.1353") - half("0.1353") + D("0.3679") - half("0.3679") + 1 - half("1.0000")
hi = D("0.1353") + half("0.1353") + D("0.3679") + half("0.3679") + 1 + half("1.0000")
L = line_of("#                = [1.5032, 1.5032]")
chk("sum", L, "1.5032", s, lo, hi)
L = line_of("[log(1.5032), log(1.5032)]")
chk("sum_restated", L, "1.5032", s)
L = line_of("#                    = [0.4076, 0.4076]")
chk("lse_shift", L, "0.4076", ln(s), ln(D("1.5032") - half("1.5032")), ln(D("1.5032") + half("1.5032")))
L = line_of("# out = [0.4076 + 3, 0.4076 + 6]")
chk("lse_restated", L, "0.4076", ln(s))
L = line_of("#     = [3.4076, 6.4076]")
chk("out1", L, "3.4076", ln(s) + 3, D("0.40755") + 3, D("0.40765") + 3)
chk("out2", L, "6.4076", ln(s) + 6, D("0.40755") + 6, D("0.40765") + 6)
for sub in ("\tout = np.array([3.4076, 6.4076])", "out = np.array([3.4076, 6.4076])  # Shape: (2,)"):
    L = line_of(sub)
    chk("out_r@%d" % L, L, "3.4076", ln(s) + 3); chk("out_r2@%d" % L, L, "6.4076", ln(s) + 6)

# ---------------- Part 2: softmax loss of a batch of 3 ----------------
Z = [[D("2.0"), D("1.0"), D("0.1"), D("0.5")], [D("1.5"), D("2.1"), D("0.2"), D("0.7")],
     [D("1.1"), D("1.8"), D("0.3"), D("0.4")]]
y = [0, 1, 2]
exps_printed = [["7.3891", "2.7183", "1.1052", "1.6487"], ["4.4817", "8.1662", "1.2214", "2.0138"],
                ["3.0042", "6.0496", "1.3499", "1.4918"]]
sums_printed = ["12.8613", "15.8831", "11.8955"]
lse_printed = ["2.554", "2.764", "2.476"]
lse_true = []
for r in range(3):
    L = line_of("# = log(%s + " % exps_printed[r][0])
    for k in range(4):
        chk("e%d%d" % (r, k), L, exps_printed[r][k], ex(Z[r][k]), why="exp(%s)" % Z[r][k])
    tot = sum(ex(z) for z in Z[r])
    lo = sum(D(v) - half(v) for v in exps_printed[r]); hi = sum(D(v) + half(v) for v in exps_printed[r])
    chk("sum%d" % r, L, sums_printed[r], tot, lo, hi)
    sp = sums_printed[r]
    lse_true.append(ln(tot))
    chk("lse%d" % r, L, lse_printed[r], ln(tot), ln(D(sp) - half(sp)), ln(D(sp) + half(sp)),
        up=("sum%d" % r,), why="log(%s) = %.6f" % (sp, ln(D(sp))))
for sub in ("log_sum_exp = np.array([2.554, 2.764, 2.476])", "# [2.554 2.764 2.476]"):
    L = line_of(sub)
    for r in range(3):
        chk("lse%d@%d" % (r, L), L, lse_printed[r], lse_true[r], up=("lse%d" % r,),
            why="restates %s (log-sum-exp of sample %d is %.6f)" % (lse_printed[r], r + 1, lse_true[r]))
loss_true = [lse_true[r] - Z[r][y[r]] for r in range(3)]
L = line_of("# [0.554 0.664 2.176]")
for r, v in enumerate(["0.554", "0.664", "2.176"]):
    chk("loss%d" % r, L, v, loss_true[r], up=("lse%d" % r,),
        why="loss %d = %.6f - %s = %.6f" % (r + 1, lse_true[r], Z[r][y[r]], loss_true[r]))
mean_true = sum(loss_true) / 3
L = line_of("# Output: 1.131")
chk("mean", L, "1.131", mean_true, up=("loss0", "loss1", "loss2"), why="mean loss = %.6f" % mean_true)

NOTES = (
    "Excerpt of two worked examples from a student's notes on CMU 10-714 hw2 (Needle): LogSumExp of [[1,2,3],[4,5,6]] "
    "over axis 1, and the softmax loss of a 3x4 logit batch. Everything is right except the log-sum-exp of the "
    "second sample: log(15.8831) = 2.76526, printed 2.764 (one unit off at three decimals, wrong by the strict "
    "own-arithmetic rule (a), first). Close calls: the restatements of 2.764 (log_sum_exp array and its printed "
    "output), the loss 0.664 (true 2.765256 - 2.1 = 0.665256) and the mean 1.131 (true 1.131879) are each within one "
    "unit of the true value, so they are right by rule (b) although they come from the one-unit slip (the same "
    "reading as round 34's stevenmiller888 folder, line 47). Lines that only restate givens or pick givens out are "
    "in neither list: the printed Z, the maxima [[3],[6]] and [3, 6] (the row maxima of the given Z), the one-hot "
    "matrix, Z * y_one_hot ([[2.0 0.0 ...]]) and the correct-class logits [2.0 2.1 0.3]. The shifted array "
    "[[-2, -1, 0], [-2, -1, 0]] (Z minus row maxima) is counted as computed and right. exp values are judged by rule "
    "(b) (printed without working beyond exp(z)); sums and logs on the same line by rule (a) from the printed "
    "operands.")


def report():
    wrong, right = [], []
    for n in sorted({c["line"] for c in CHECKS}):
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:100]))
        for c in cs:
            print("        %-14s printed %-9s true %.8f -> %s%s" % (c["id"], c["printed"], c["true"], c["status"],
                                                                    " (%s)" % c["kind"] if c["kind"] else ""))
        if bad:
            seen = []
            for c in bad:
                if (c["printed"], c["correct"]) not in [(a["printed"], a["correct"]) for a in seen]:
                    seen.append(c)
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in seen),
                          "correct": ", ".join(c["correct"] for c in seen),
                          "kind": "first" if any(c["kind"] == "first" for c in bad) else "propagated",
                          "why": "; ".join(dict.fromkeys(c["why"] or "restates a wrong value" for c in seen))})
        else:
            right.append(n)
    return wrong, right


def main():
    wrong, right = report()
    print("\nwrong:", [(w["line"], w["kind"]) for w in wrong])
    print("right:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


if __name__ == "__main__":
    main()
