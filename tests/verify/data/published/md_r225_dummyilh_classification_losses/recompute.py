#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt (no license: only the section
"Classification Losses -- Detailed Calculations", source lines 1095-1330) of Dump/NN/Activation_and_loss_Function.md
in github.com/dummy-ilh/MINE (personal study notes). All logs are natural logs, as the page's values show.

Plain Python 3 (decimal at 60 digits, fractions for the exact integer work); does not import nnwalk or the generator.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers (rounded operands anywhere within half a unit, givens exact) rounds to p;
  (b) a value printed without working, or restated, is right within one unit of the true value;
  (c) a restated wrong value is wrong, propagated.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/dummy-ilh/MINE/blob/3332aec2fe3a5e31074d70e9f1a0fbba16683880/"
          "Dump/NN/Activation_and_loss_Function.md")
LICENSE = "none (no LICENSE file in the repository); doc.md is a verbatim excerpt of source lines 1095-1330 only"
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


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    return abs(D(p) - rnd(x, p)) <= unit(p)


def sig(z):
    return 1 / (1 + (-D(z)).exp())


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, lo=None, hi=None, up=(), why=""):
    """lo/hi: range of the line's own expression with rounded printed operands moved within half a unit (rule a)."""
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
                   "why": why, "correct": str(rnd(true, p))})


def report():
    wrong, right = [], []
    for n in sorted({c["line"] for c in CHECKS}):
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:100]))
        for c in cs:
            print("            %-14s printed %-8s true %-22s -> %s%s" % (
                c["id"], c["printed"], "%.12g" % c["true"], c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(c["correct"] for c in bad),
                          "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(dict.fromkeys(c["why"] or "computed from a wrong value" for c in bad))})
        else:
            right.append(n)
    return wrong, right


def ln(v):
    return D(v).ln()


h4 = D("0.00005")   # half a unit of a 4-decimal operand
h3 = D("0.0005")

# ---------------- 1. Binary cross-entropy ----------------
n = line_of("L = -(1\\cdot \\log(0.9) + 0 \\cdot \\log(0.1))")
chk("A_1-p", n, "0.1", 1 - D("0.9"), D("0.1"), D("0.1"), why="1 - p = 1 - 0.9")
n = line_of("$\\log(0.9) \\approx -0.10536$")
chk("ln0.9", n, "-0.10536", ln("0.9"))
n = line_of("L = -(-0.10536) = 0.10536")
chk("ln0.9r", n, "-0.10536", ln("0.9"), up=("ln0.9",))
chk("bceA", n, "0.10536", -ln("0.9"), D("0.10536"), D("0.10536"), up=("ln0.9",))
n = line_of("BCE = 0.105 (good prediction")
chk("bceA_ans", n, "0.105", -ln("0.9"), up=("bceA",))
n = line_of("L = -(0 \\cdot \\log(0.2) + 1 \\cdot \\log(0.8))")
chk("B_1-p", n, "0.8", 1 - D("0.2"), D("0.8"), D("0.8"), why="1 - p = 1 - 0.2")
n = line_of("$\\log(0.8) \\approx -0.22314$")
chk("ln0.8", n, "-0.22314", ln("0.8"))
n = line_of("L = -(-0.22314) = 0.22314")
chk("ln0.8r", n, "-0.22314", ln("0.8"), up=("ln0.8",))
chk("bceB", n, "0.22314", -ln("0.8"), D("0.22314"), D("0.22314"), up=("ln0.8",))
n = line_of("BCE = 0.223 (decent prediction")
chk("bceB_ans", n, "0.223", -ln("0.8"), up=("bceB",))
n = line_of("L = -\\log(1-0.9) = -\\log(0.1)")
chk("C_1-p", n, "0.1", 1 - D("0.9"), D("0.1"), D("0.1"), why="1 - 0.9")
n = line_of("$\\log(0.1)=-2.30259$")
chk("ln0.1", n, "-2.30259", ln("0.1"))
n = line_of("L=2.30259")
chk("bceC", n, "2.30259", -ln("0.1"), up=("ln0.1",))
n = line_of("BCE = 2.303 (very high loss")
chk("bceC_ans", n, "2.303", -ln("0.1"), up=("bceC",))

# ---------------- 2. Categorical / 3. sparse categorical cross-entropy ----------------
n = line_of("= -\\log(0.7) \\approx -(-0.35667) = 0.35667")
chk("ln0.7", n, "-0.35667", ln("0.7"), why="ln 0.7 = %s" % rnd(ln("0.7"), D("0.0000001")))
chk("cce", n, "0.35667", -ln("0.7"), D("0.35667"), D("0.35667"), up=("ln0.7",))
n = line_of("**CCE = 0.357**")
chk("cce_ans", n, "0.357", -ln("0.7"), up=("cce",))
n = line_of("$\\log(0.05) = -2.9957$")
chk("ln0.05", n, "-2.9957", ln("0.05"))
n = line_of("So: $L=2.9957$")
chk("cce2", n, "2.9957", -ln("0.05"), up=("ln0.05",))
n = line_of("CCE = 2.996 (punishes")
chk("cce2_ans", n, "2.996", -ln("0.05"), up=("cce2",))
n = line_of("L = -\\log(\\hat y_{1}) = -\\log(0.7) = 0.35667")
chk("scce", n, "0.35667", -ln("0.7"))
n = line_of("**SCCE = 0.357**")
chk("scce_ans", n, "0.357", -ln("0.7"), up=("scce",))

# ---------------- 4. KL divergence P = [0.5, 0.5], Q = [0.9, 0.1] ----------------
n = line_of("$0.5 \\log(0.5/0.9) = 0.5 \\log(0.555...) $")
chk("r1", n, "0.555", D(5) / 9, why="0.5/0.9 = 0.5555... (printed '0.555...', a repeating decimal)")
n = line_of("$\\log(0.555...) = -0.5878$")
chk("lnr1", n, "-0.5878", ln(D(5) / 9))
n = line_of("Contribution = $0.5 \\times -0.5878 = -0.2939$")
chk("kl1", n, "-0.2939", ln(D(5) / 9) / 2, D("0.5") * (D("-0.5878") - h4), D("0.5") * (D("-0.5878") + h4),
    up=("lnr1",))
n = line_of("$0.5 \\log(0.5/0.1) = 0.5 \\log(5)$")
chk("r2", n, "5", D(5), D(5), D(5), why="0.5/0.1")
n = line_of("$\\log(5)=1.609$")
chk("ln5", n, "1.609", ln(5))
n = line_of("Contribution = $0.8047$")
chk("kl2", n, "0.8047", ln(5) / 2, up=("ln5",), why="0.5 ln 5 = %s" % rnd(ln(5) / 2, D("0.000001")))
n = line_of("Sum = $-0.2939 + 0.8047 = 0.5108$")
kl = ln(D(5) / 9) / 2 + ln(5) / 2
chk("kl", n, "0.5108", kl, D("-0.2939") + D("0.8047") - 2 * h4, D("-0.2939") + D("0.8047") + 2 * h4,
    up=("kl1", "kl2"))
n = line_of("KL divergence ≈ 0.511")
chk("kl_ans", n, "0.511", kl, up=("kl",))

# ---------------- 5. Focal loss, gamma = 2 ----------------
n = line_of("$(1-p)^\\gamma = (0.1)^2 = 0.01$")
chk("fA_q", n, "0.1", 1 - D("0.9"), D("0.1"), D("0.1"), why="1 - p = 1 - 0.9")
chk("fA_w", n, "0.01", D("0.01"), D("0.01"), D("0.01"))
n = line_of("$-\\log(0.9) = 0.1053$")
chk("fA_l", n, "0.1053", -ln("0.9"), why="-ln 0.9 = %s (printed truncated, within one unit)" % rnd(-ln("0.9"), D("0.000001")))
n = line_of("Multiply → $0.01 \\times 0.1053 = 0.00105$")
chk("fA", n, "0.00105", D("0.01") * -ln("0.9"), D("0.01") * (D("0.1053") - h4), D("0.01") * (D("0.1053") + h4),
    up=("fA_w", "fA_l"))
n = line_of("Focal Loss = 0.00105 (easy case")
chk("fA_ans", n, "0.00105", D("0.01") * -ln("0.9"), up=("fA",))
n = line_of("$(1-p)^\\gamma = (0.8)^2 = 0.64$")
chk("fB_q", n, "0.8", 1 - D("0.2"), D("0.8"), D("0.8"), why="1 - p = 1 - 0.2")
chk("fB_w", n, "0.64", D("0.64"), D("0.64"), D("0.64"))
n = line_of("$-\\log(0.2) = 1.609$")
chk("fB_l", n, "1.609", -ln("0.2"))
n = line_of("Multiply → $0.64 \\times 1.609 = 1.029$")
chk("fB", n, "1.029", D("0.64") * -ln("0.2"), D("0.64") * (D("1.609") - h3), D("0.64") * (D("1.609") + h3),
    up=("fB_w", "fB_l"),
    why="0.64 x 1.609 = 1.02976; with 1.609 read within half a unit the product spans [1.02944, 1.03008]")
n = line_of("Focal Loss = 1.029 (hard case")
chk("fB_ans", n, "1.029", D("0.64") * -ln("0.2"), up=("fB",),
    why="true 0.64 x ln 5 = %s, one unit from 1.029" % rnd(D("0.64") * -ln("0.2"), D("0.00001")))

# ---------------- 6. Label smoothing, eps = 0.1, C = 3, true class 2, prediction [0.2, 0.7, 0.1] ----------------
eps = D("0.1")
s_off = eps / 3
s_on = 1 - eps + eps / 3
n = line_of("smoothed labels = $[0.0333, 0.9333, 0.0333]$")
chk("s1", n, "0.0333", s_off, why="eps/C = 0.1/3")
chk("s2", n, "0.9333", s_on, why="0.9 + 0.1/3")
n = line_of("L = -(0.0333 \\log 0.2 + 0.9333 \\log 0.7 + 0.0333 \\log 0.1)")
chk("s1r", n, "0.0333", s_off, up=("s1",))
chk("s2r", n, "0.9333", s_on, up=("s2",))
t1, t2, t3 = s_off * ln("0.2"), s_on * ln("0.7"), s_off * ln("0.1")
n = line_of("* $0.0333\\log(0.2) = -0.0536$")
chk("t1", n, "-0.0536", t1, (D("0.0333") - h4) * ln("0.2"), (D("0.0333") + h4) * ln("0.2"), up=("s1",))
n = line_of("* $0.9333\\log(0.7) = -0.3321$")
chk("t2", n, "-0.3321", t2, (D("0.9333") - h4) * ln("0.7"), (D("0.9333") + h4) * ln("0.7"), up=("s2",),
    why="0.9333 x ln 0.7 = 0.9333 x (-0.356675) = %s, not -0.3321" % rnd(D("0.9333") * ln("0.7"), D("0.000001")))
n = line_of("* $0.0333\\log(0.1) = -0.0768$")
chk("t3", n, "-0.0768", t3, (D("0.0333") - h4) * ln("0.1"), (D("0.0333") + h4) * ln("0.1"), up=("s1",))
n = line_of("Sum = -0.4625, so loss = 0.4625")
Ls = -(t1 + t2 + t3)
chk("sum", n, "-0.4625", t1 + t2 + t3, up=("t1", "t2", "t3"),
    why="sum of the three terms is %s (the printed -0.0536 - 0.3321 - 0.0768 carries the wrong middle term)"
        % rnd(t1 + t2 + t3, D("0.0001")))
chk("Ls", n, "0.4625", Ls, up=("sum",), why="loss = %s" % rnd(Ls, D("0.0001")))
n = line_of("Smoothed CCE = 0.463 (higher than sharp CCE = 0.357")
chk("Ls_ans", n, "0.463", Ls, up=("Ls",))
chk("cce_r", n, "0.357", -ln("0.7"), up=("cce",))

NOTES = ("Excerpt (no license) of personal study notes: BCE for (y=1, p=0.9), (y=0, p=0.2), (y=0, p=0.9); CCE "
         "-ln 0.7 and -ln 0.05; sparse CCE; KL([0.5,0.5] || [0.9,0.1]) = 0.5108; focal loss (gamma = 2) for p = 0.9 "
         "and p = 0.2; label-smoothed CCE (eps = 0.1). All logs are natural. One arithmetic error: 0.9333 x ln 0.7 is "
         "printed -0.3321, true -0.3329 (0.9333 x -0.356675 = -0.332885; the page's own later section, outside "
         "this excerpt, gets -0.3329), so the line is wrong (first), and 'Sum = -0.4625, so loss = 0.4625' is wrong "
         "(propagated): the true sum is -0.4633 (exact eps/3) and the loss 0.4633. The boxed 'Smoothed CCE = 0.463' "
         "is nevertheless within one unit of the true 0.4633 and is right by rule (b). Close calls judged right: "
         "-ln 0.9 printed 0.1053 (true 0.10536, one unit, truncated); 0.64 x 1.609 = 1.029 (1.02976 from the "
         "printed operands, but 1.609 is a rounded ln 5 and within half a unit the product reaches 1.02944) and "
         "its restatement 'Focal Loss = 1.029' (true 1.03004, one unit); 0.0333 ln 0.1 = -0.0768 (-0.07668 from "
         "the printed 0.0333, -0.07679 with 0.03335; exact eps/3 gives -0.07675); the KL contribution 0.8047 is "
         "printed without working (0.5 x 1.609 would be 0.8045, but 0.5 ln 5 = 0.80472). Given lines (labels, "
         "predictions, gamma, eps) and formula lines are in neither list.")

# Added by nnwalk's developer after the round was scored (not by the hold-out judge): -log(0.9) = 0.1053 has two
# verdicts in this corpus. As judged here, 0.1053 is one unit from the true 0.10536, right by rule (b). By rule (a),
# as other folders judge a result printed beside its working (md_r135_castasint_dnn_practice_solutions line 128 names a
# truncated 1.505 for 1.50560 wrong), -log(0.9) = 0.105361 rounds to 0.1054, so the 0.1053 printed beside its working
# is wrong. A finding on this line is neither a false alarm nor recall.
UNJUDGED = {
    line_of("$-\\log(0.9) = 0.1053$"): "-log(0.9) = 0.105361 printed 0.1053 (truncated) beside its working: right by "
    "rule (b) as judged here, wrong by rule (a) as other folders judge a result printed beside its working",
}


if __name__ == "__main__":
    wrong, right = report()
    right = [n for n in right if n not in UNJUDGED]
    unjudged = [{"line": n, "page": None, "why": w} for n, w in sorted(UNJUDGED.items())]
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "unjudged": unjudged, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")
