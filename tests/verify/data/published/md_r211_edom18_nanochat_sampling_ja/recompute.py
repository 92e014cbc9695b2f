#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, the Japanese chapter
"第12章: 確率的サンプリング" (doc/math/12-sampling.md) of github.com/edom18/nanochat, kept verbatim (MIT).

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

The chapter turns logits into probabilities with softmax (greedy example, three temperatures), renormalises
top-k / top-p candidate sets, multiplies beam-search probabilities and, in its exercises, redoes the temperature
softmax with rounded exponentials.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers (rounded operands moved within half a unit, givens exact) can round to p;
  (b) a value printed without working, or restated, is right within one unit of the true value;
  (c) a restated or recomputed consequence of a wrong value is wrong, propagated.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/edom18/nanochat/blob/851985ae33a0cd2c35859cbcec67880b7c8ec969/"
          "doc/math/12-sampling.md")
LICENSE = ("MIT (the repository README's 'License: MIT' section, as for the nanochat project it forks); "
           "doc.md is the file verbatim")
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    """1-based line number of the nth line containing sub; fails loudly."""
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s: no line containing %r (occurrence %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def softmax(v):
    e = [D(x).exp() for x in v]
    s = sum(e)
    return [x / s for x in e]


CHECKS = []   # one dict per printed computed number
BYID = {}


def chk(cid, line, printed, true, lo=None, hi=None, up=(), why=""):
    """lo/hi: range of the on-line expression with rounded printed operands moved by half a unit (rule a);
    none: rule (b) against the true value. up: ids this value restates or is computed from."""
    text = DOC[line - 1]
    if printed not in text:
        raise SystemExit("line %d does not print %r: %s" % (line, printed, text))
    p = D(printed.rstrip("%"))
    u = unit(p)
    if lo is not None:
        ok = rnd(lo, p) <= p <= rnd(hi, p) if lo <= hi else rnd(hi, p) <= p <= rnd(lo, p)
    else:
        ok = abs(p - D(true)) <= u
    src_wrong = [x for x in up if BYID[x]["status"] == "wrong"]
    if ok:
        status, kind = "right", None
    else:
        status = "wrong"
        kind = "propagated" if src_wrong else "first"
    c = dict(id=cid, line=line, printed=printed, true=D(true), status=status, kind=kind, why=why, up=list(up))
    CHECKS.append(c)
    BYID[cid] = c
    return c


def show(x, nd=4):
    return str(rnd(x, D(1).scaleb(-nd)))


# ---------------------------------------------------------------- greedy example: softmax of 5 logits
LOG5 = [D("2.1"), D("4.5"), D("1.8"), D("3.2"), D("0.5")]
P5 = softmax(LOG5)
names = ["the", "cat", "sat", "dog", "ran"]
L38 = line_of("確率:     [0.10, 0.63, 0.07, 0.20, 0.00, ...]")
for n, pr, t in zip(names, ["0.10", "0.63", "0.07", "0.20", "0.00"], P5):
    chk("p38_" + n, L38, pr, t,
        why="softmax([2.1, 4.5, 1.8, 3.2, 0.5])_%s = %s (e^x / %s)" % (n, show(t), show(sum(D(x).exp() for x in LOG5), 3)))
L40 = line_of("選択:     \"cat\" (63%の確率")
chk("p40", L40, "63", P5[1] * 100, up=["p38_cat"],
    why="restates P(cat) = 0.63 as 63%%; the softmax gives %s%%" % show(P5[1] * 100, 2))
L114 = line_of("# tensor([0.10, 0.63, 0.07, 0.20, 0.00])")
for n, pr, t in zip(names, ["0.10", "0.63", "0.07", "0.20", "0.00"], P5):
    chk("p114_" + n, L114, pr, t, up=["p38_" + n],
        why="F.softmax(tensor([2.1, 4.5, 1.8, 3.2, 0.5])) (line %d) restated as the line-%d list; true %s"
            % (line_of("logits = torch.tensor([2.1, 4.5, 1.8, 3.2, 0.5])"), L38, show(t)))
L117 = line_of("# tensor(1)  ← \"cat\"のインデックス")
chk("argmax117", L117, "1", 1, why="argmax of the probabilities is index 1 (cat)")

# ---------------------------------------------------------------- temperature block
LOG3 = [D("2.0"), D("4.0"), D("1.0")]
L174 = line_of("Softmax([2.0, 4.0, 1.0]) = [0.12, 0.84, 0.04]")
P174 = softmax(LOG3)
for pr, t in zip(["0.12", "0.84", "0.04"], P174):
    chk("t1_" + pr, L174, pr, t, lo=t, hi=t,
        why="Softmax([2.0, 4.0, 1.0]) on the line = [%s, %s, %s]" % tuple(show(x) for x in P174))
L177 = line_of("Softmax([4.0, 8.0, 2.0]) = [0.02, 0.98, 0.00]")
S05 = [x / D("0.5") for x in LOG3]
P177 = softmax(S05)
chk("t05_scaled", L177, "8.0", S05[1], lo=S05[1], hi=S05[1], why="logits / 0.5 = [4, 8, 2]")
for pr, t in zip(["0.02", "0.98", "0.00"], P177):
    chk("t05_" + pr, L177, pr, t, lo=t, hi=t,
        why="Softmax([4.0, 8.0, 2.0]) = [%s, %s, %s]" % tuple(show(x) for x in P177))
L181 = line_of("Softmax([1.0, 2.0, 0.5]) = [0.21, 0.58, 0.21]")
S2 = [x / D(2) for x in LOG3]
P181 = softmax(S2)
chk("t2_scaled", L181, "0.5", S2[2], lo=S2[2], hi=S2[2], why="logits / 2 = [1, 2, 0.5]")
for i, (pr, t) in enumerate(zip(["0.21", "0.58", "0.21"], P181)):
    chk("t2_%d" % i, L181, pr, t, lo=t, hi=t,
        why="Softmax([1.0, 2.0, 0.5]) = [%s, %s, %s] (e = 2.7183, 7.3891, 1.6487; sum 11.7561)"
            % tuple(show(x) for x in P181))

# ---------------------------------------------------------------- top-k example
L278 = line_of("合計 = 0.35 + 0.25 + 0.15 = 0.75")
chk("k_sum", L278, "0.75", D("0.75"), lo=D("0.75"), hi=D("0.75"), why="0.35 + 0.25 + 0.15")
L279 = line_of("[the: 0.467, cat: 0.333, sat: 0.200]")
for pr, num in zip(["0.467", "0.333", "0.200"], ["0.35", "0.25", "0.15"]):
    v = D(num) / D("0.75")
    chk("k_" + pr, L279, pr, v, why="%s / 0.75 = %s" % (num, show(v)))

# ---------------------------------------------------------------- top-p example
for sub, pr, val, why in [("cat: 0.40 + 0.30 = 0.70", "0.70", "0.70", "0.40 + 0.30"),
                          ("sat: 0.70 + 0.15 = 0.85", "0.85", "0.85", "0.70 + 0.15"),
                          ("dog: 0.85 + 0.08 = 0.93", "0.93", "0.93", "0.85 + 0.08")]:
    chk("cum_" + pr, line_of(sub), pr, D(val), lo=D(val), hi=D(val), why=why)
chk("cum_restate", line_of("（累積確率0.93）"), "0.93", D("0.93"), up=["cum_0.93"], why="restates 0.93")
chk("sum93", line_of("合計 = 0.93"), "0.93", D("0.93"), up=["cum_0.93"], why="0.40 + 0.30 + 0.15 + 0.08")
L367 = line_of("[the: 0.43, cat: 0.32, sat: 0.16, dog: 0.09]")
for pr, num in zip(["0.43", "0.32", "0.16", "0.09"], ["0.40", "0.30", "0.15", "0.08"]):
    v = D(num) / D("0.93")
    chk("p_" + pr, L367, pr, v, why="%s / 0.93 = %s" % (num, show(v)))
chk("one_cand", line_of("p=0.9 → 候補1個 [0.90]"), "1", 1,
    why="0.90 alone already reaches p = 0.9 (the chapter's 'cumulative >= p' set; the code keeps it too)")

# ---------------------------------------------------------------- beam search
for sub, pr, a, b in [("\"The cat\" (0.6*0.5=0.30)", "0.30", "0.6", "0.5"),
                      ("\"The dog\" (0.6*0.3=0.18)", "0.18", "0.6", "0.3"),
                      ("\"A cat\" (0.4*0.4=0.16)", "0.16", "0.4", "0.4"),
                      ("\"A dog\" (0.4*0.4=0.16)", "0.16", "0.4", "0.4")]:
    v = D(a) * D(b)
    chk("beam_" + sub[:7], line_of(sub), pr, v, lo=v, hi=v, why="%s * %s" % (a, b))
chk("beam_top1", line_of("1. \"The cat\" (0.30)"), "0.30", D("0.30"), up=["beam_\"The ca"], why="restates 0.30")
chk("beam_top2", line_of("2. \"The dog\" (0.18)"), "0.18", D("0.18"), up=["beam_\"The do"], why="restates 0.18")

# ---------------------------------------------------------------- exercise 1 (temperature with rounded exps)
for sub, items in [("exp(2) ≈ 7.39, exp(4) ≈ 54.60, exp(1) ≈ 2.72", [("7.39", 2), ("54.60", 4), ("2.72", 1)]),
                   ("exp(4) ≈ 54.60, exp(8) ≈ 2981, exp(2) ≈ 7.39", [("54.60", 4), ("2981", 8), ("7.39", 2)]),
                   ("exp(1) ≈ 2.72, exp(2) ≈ 7.39, exp(0.5) ≈ 1.65", [("2.72", 1), ("7.39", 2), ("1.65", "0.5")])]:
    ln = line_of(sub)
    for pr, x in items:
        v = D(x).exp()
        chk("exp%d_%s" % (ln, pr), ln, pr, v, lo=v, hi=v, why="exp(%s) = %s" % (x, show(v)))
L679 = line_of("Scaled logits: [2.0/0.5, 4.0/0.5, 1.0/0.5] = [4, 8, 2]")
chk("ex_s05", L679, "8", D(8), lo=D(8), hi=D(8), why="4.0 / 0.5 = 8 (2.0/0.5 = 4, 1.0/0.5 = 2)")
L682 = line_of("exp([4, 8, 2]) = [54.60, 2981, 7.39]")
chk("ex_e682", L682, "2981", D(8).exp(), why="e^4, e^8, e^2 restated (54.60, 2981, 7.39)")
L683 = line_of("合計 = 54.60 + 2981 + 7.39 = 3042.99")
chk("ex_sum1", L683, "3042.99", D("3042.99"), lo=D("3042.99"), hi=D("3042.99"), why="54.60 + 2981 + 7.39")
L685 = line_of("確率 = [54.60/3042.99, 2981/3042.99, 7.39/3042.99]")
chk("ex_r685", L685, "3042.99", D("3042.99"), up=["ex_sum1"], why="restates the sum 3042.99")
L686 = line_of("≈ [0.018, 0.980, 0.002]")
for pr, num in zip(["0.018", "0.980", "0.002"], ["54.60", "2981", "7.39"]):
    v = D(num) / D("3042.99")
    chk("ex_q1_" + pr, L686, pr, v, why="%s / 3042.99 = %s" % (num, show(v, 5)))
chk("ex_98", line_of("最大値が支配的（98%）"), "98%", D("0.980") * 100, up=["ex_q1_0.980"], why="0.980 as 98%")
L691 = line_of("Scaled logits: [2.0/2.0, 4.0/2.0, 1.0/2.0] = [1, 2, 0.5]")
chk("ex_s2", L691, "0.5", D("0.5"), lo=D("0.5"), hi=D("0.5"), why="1.0 / 2.0 = 0.5 (and 1, 2)")
L694 = line_of("exp([1, 2, 0.5]) = [2.72, 7.39, 1.65]")
chk("ex_e694", L694, "1.65", D("0.5").exp(), why="e^1, e^2, e^0.5 restated (2.72, 7.39, 1.65)")
L695 = line_of("合計 = 2.72 + 7.39 + 1.65 = 11.76")
chk("ex_sum2", L695, "11.76", D("11.76"), lo=D("11.76"), hi=D("11.76"), why="2.72 + 7.39 + 1.65")
L697 = line_of("確率 = [2.72/11.76, 7.39/11.76, 1.65/11.76]")
chk("ex_r697", L697, "11.76", D("11.76"), up=["ex_sum2"], why="restates the sum 11.76")
L698 = line_of("≈ [0.231, 0.628, 0.140]")
for pr, num in zip(["0.231", "0.628", "0.140"], ["2.72", "7.39", "1.65"]):
    v = D(num) / D("11.76")
    chk("ex_q2_" + pr, L698, pr, v, why="%s / 11.76 = %s" % (num, show(v, 5)))
chk("ex_63", line_of("より均等（最大値が63%）"), "63%", D("0.628") * 100, up=["ex_q2_0.628"], why="0.628 as 63%")

# ---------------------------------------------------------------- exercise 2 (top-k, k = 3)
L718 = line_of("合計 = 0.40 + 0.30 + 0.15 = 0.85")
chk("k2_sum", L718, "0.85", D("0.85"), lo=D("0.85"), hi=D("0.85"), why="0.40 + 0.30 + 0.15")
L720 = line_of("新しい確率 = [0.40/0.85, 0.30/0.85, 0.15/0.85, 0, 0, 0]")
chk("k2_r720", L720, "0.85", D("0.85"), up=["k2_sum"], why="restates the sum 0.85")
L721 = line_of("= [0.471, 0.353, 0.176, 0, 0, 0]")
for pr, num in zip(["0.471", "0.353", "0.176"], ["0.40", "0.30", "0.15"]):
    v = D(num) / D("0.85")
    chk("k2_" + pr, L721, pr, v, why="%s / 0.85 = %s" % (num, show(v, 5)))
L723 = line_of("検証: 0.471 + 0.353 + 0.176 = 1.000")
chk("k2_check", L723, "1.000", D("1.000"), lo=D("1.000"), hi=D("1.000"), why="0.471 + 0.353 + 0.176")

# ---------------------------------------------------------------- exercise 3 (top-p, p = 0.8)
chk("p3_075", line_of("トークン1: 0.50 + 0.25 = 0.75"), "0.75", D("0.75"), lo=D("0.75"), hi=D("0.75"),
    why="0.50 + 0.25")
chk("p3_090", line_of("トークン2: 0.75 + 0.15 = 0.90"), "0.90", D("0.90"), lo=D("0.90"), hi=D("0.90"),
    why="0.75 + 0.15")
chk("p3_r742", line_of("候補: トークン0, 1, 2（累積確率0.90）"), "0.90", D("0.90"), up=["p3_090"],
    why="restates 0.90")
chk("p3_sum", line_of("  合計 = 0.90"), "0.90", D("0.90"), up=["p3_090"], why="0.50 + 0.25 + 0.15")
L746 = line_of("新しい確率 = [0.50/0.90, 0.25/0.90, 0.15/0.90, 0, 0, 0]")
chk("p3_r746", L746, "0.90", D("0.90"), up=["p3_sum"], why="restates the sum 0.90")
L747 = line_of("= [0.556, 0.278, 0.167, 0, 0, 0]")
for pr, num in zip(["0.556", "0.278", "0.167"], ["0.50", "0.25", "0.15"]):
    v = D(num) / D("0.90")
    chk("p3_" + pr, L747, pr, v, why="%s / 0.90 = %s" % (num, show(v, 5)))

UNJUDGED = [dict(line=line_of("p=0.9 → 候補9個（累積0.92）"), page=None,
                 why="the 'flat distribution' is printed only as [0.12, 0.11, 0.10, 0.09, 0.08, 0.08, 0.07, ...]: "
                     "the 8th and 9th probabilities are elided, so '9 candidates (cumulative 0.92)' cannot be "
                     "recomputed. Read as the sorted list it is shown as, the 8th and 9th are each at most 0.07 and "
                     "9 tokens reach at most 0.65 + 0.14 = 0.79 < 0.9 (then both 9 and 0.92 are wrong); read as an "
                     "illustrative list whose elided tail is not sorted, the claim cannot be judged")]

NOTES = ("Softmax of the greedy example's logits [2.1, 4.5, 1.8, 3.2, 0.5] is [%s] (sum of exponentials %s): the "
         "printed [0.10, 0.63, 0.07, 0.20, 0.00] (line %d, and again as the code comment on line %d) has every "
         "entry more than one unit off; under any reading of the '...' (more vocabulary) the ratio "
         "P(the)/P(cat) = e^-2.4 = 0.091 would still hold, while the printed 0.10/0.63 = 0.16, so no reading saves "
         "it. The '63%%' on line %d restates it (true 69%%). In the temperature block, Softmax([2.0, 4.0, 1.0]) is "
         "[%s] (0.12 prints the 0.114 rounded up, wrong by rule (a), true 0.11), Softmax([4, 8, 2]) = [0.02, 0.98, "
         "0.00] is right, and Softmax([1.0, 2.0, 0.5]) = [%s] not [0.21, 0.58, 0.21] (line %d). The chapter's own "
         "exercise 1 redoes T = 0.5 and T = 2.0 correctly ([0.018, 0.980, 0.002] and [0.231, 0.628, 0.140]), so the "
         "document contradicts itself. Top-k/top-p renormalisations, beam products and the exercise sums are all "
         "right. Lines with only givens (the example distributions, the masked [0.40, 0.30, 0.15, 0, 0, 0], the "
         "k=5/k=3 lists that restate given probabilities, temperature ranges, code defaults) and the ASCII bar "
         "charts are in neither list." % (", ".join(show(x) for x in P5), show(sum(D(x).exp() for x in LOG5), 3),
                                          L38, L114, L40, ", ".join(show(x) for x in P174),
                                          ", ".join(show(x) for x in P181), L181))


def build():
    lines = {}
    for c in CHECKS:
        lines.setdefault(c["line"], []).append(c)
    wrong, right = [], []
    for ln in sorted(lines):
        cs = lines[ln]
        bad = [c for c in cs if c["status"] == "wrong"]
        if bad:
            kind = "first" if any(c["kind"] == "first" for c in bad) else "propagated"
            correct = []
            for c in bad:
                p = D(c["printed"].rstrip("%"))
                correct.append(str(rnd(c["true"], p)) + ("%" if c["printed"].endswith("%") else ""))
            wrong.append(dict(line=ln, page=None, printed=", ".join(c["printed"] for c in bad),
                              correct=", ".join(correct), kind=kind,
                              why="; ".join(dict.fromkeys(c["why"] for c in bad))))
        else:
            right.append(ln)
    return wrong, right


def main():
    wrong, right = build()
    for c in CHECKS:
        print("%-5d %-14s printed %-8s true %-14s %s%s" % (c["line"], c["id"][:14], c["printed"], show(c["true"], 6),
                                                         c["status"], "" if c["kind"] is None else " (%s)" % c["kind"]))
    print()
    print("wrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines:", right)
    print("unjudged:", [u["line"] for u in UNJUDGED])
    if "--write-expected" in sys.argv:
        out = dict(file=DOCFILE, format=FORMAT, source=SOURCE, license=LICENSE, wrong=wrong, right=right,
                   unjudged=UNJUDGED, notes=NOTES)
        (HERE / "expected.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("wrote expected.json")


if __name__ == "__main__":
    main()
