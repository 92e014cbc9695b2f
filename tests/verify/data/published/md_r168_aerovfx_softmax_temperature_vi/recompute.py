#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, the Vietnamese article
"Hàm Softmax và Tham Số Temperature trong Mô Hình Ngôn Ngữ Lớn: Phân Tích Toán Học và Thực Nghiệm"
(docs/04_buildgpt/aero_llm_05_softmax_temperature_academic_analysis.md of github.com/aerovfx/Aero-HowtoLLMs,
Apache-2.0), kept verbatim.

Plain Python 3, decimal at 60 digits; imports neither nnwalk nor the generator.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last printed digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it
      from those numbers (rounded operands moved within half a unit) rounds to p;
  (b) a value printed without working, or restated, is right within one unit of the true value, or when it
      follows from printed correct operands;
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
SOURCE = ("https://github.com/aerovfx/Aero-HowtoLLMs/blob/b7dc7a0033bb8122d79c7bf9195dccc4b283074f/"
          "docs/04_buildgpt/aero_llm_05_softmax_temperature_academic_analysis.md")
LICENSE = ("Apache-2.0 (LICENSE.txt at the repository root); doc.md is the file verbatim")
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def E(x):
    return D(x).exp()


def ln(x):
    return D(x).ln()


def softmax(z, T=1):
    ex = [E(D(v) / D(T)) for v in z]
    s = sum(ex)
    return [v / s for v in ex]


def entropy(p):
    return -sum(q * ln(q) for q in p if q > 0)


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    return abs(D(p) - rnd(x, p)) <= unit(p)


def in_range(p, lo, hi):
    """rule (a): p = round(v) for some v in [lo, hi]."""
    lo, hi = min(lo, hi), max(lo, hi)
    u = unit(p)
    return D(p) + u / 2 >= lo and D(p) - u / 2 <= hi


RESULTS = {}   # line -> dict


def judge(sub, items, nth=1, kind_if_wrong="first", why=""):
    """items: list of (printed, true, lo, hi). lo/hi None -> rule (b) only; otherwise rule (a) on the interval,
    with rule (b) also accepted where the rule allows ("follows from printed correct operands")."""
    line = line_of(sub, nth)
    bad = []
    for printed, true, lo, hi in items:
        assert printed in DOC[line - 1], (line, printed)
        ok = near(printed, true) if true is not None else False
        if lo is not None:
            ok = ok or in_range(printed, lo, hi)
        if not ok:
            bad.append((printed, true))
    if bad:
        RESULTS[line] = {"status": "wrong", "kind": kind_if_wrong,
                         "printed": ", ".join(b[0] for b in bad),
                         "correct": ", ".join(("%s" % rnd(b[1], b[0]) if b[1] is not None else "?") for b in bad),
                         "why": why}
    else:
        RESULTS[line] = {"status": "right"}
    return line


def wrong(sub, printed, correct, kind, why, nth=1):
    line = line_of(sub, nth)
    for p in printed.split(", "):
        assert p in DOC[line - 1], (line, p)
    RESULTS[line] = {"status": "wrong", "kind": kind, "printed": printed, "correct": correct, "why": why}


UNJUDGED = []


def unjudged(sub, why, nth=1):
    UNJUDGED.append({"line": line_of(sub, nth), "page": None, "why": why})


h = D("0.005")
# --- 2.1.1: e and e^x -----------------------------------------------------------------------------------
judge("$$e = 2.71828182845904523536", [("2.71828182845904523536", E(1), None, None)])
judge("e^x:    7.39   20.09  2980.96", [("7.39", E(2), None, None), ("20.09", E(3), None, None),
                                         ("2980.96", E(8), None, None)])
judge("- x: 3 is 1.5× of 2", [("1.5", D(3) / 2, D(3) / 2, D(3) / 2)])
judge("- e^x: 20.09 is 2.7× of 7.39", [("2.7", E(3) / E(2), (D("20.09") - h) / (D("7.39") + h),
                                         (D("20.09") + h) / (D("7.39") - h))])
judge("- x: 8 is 4× of 2", [("4", D(4), D(4), D(4))])
judge("- e^x: 2980.96 is 403× of 7.39", [("403", E(6), (D("2980.96") - h) / (D("7.39") + h),
                                           (D("2980.96") + h) / (D("7.39") - h))])
# --- 2.2.2: worked softmax of [2.0, 1.0, 0.1] -----------------------------------------------------------
judge("= [7.39, 2.72, 1.11]$$", [("7.39", E(2), None, None), ("2.72", E(1), None, None),
                                 ("1.11", E("0.1"), None, None)])
judge("7.39 + 2.72 + 1.11 = 11.22", [("11.22", E(2) + E(1) + E("0.1"), D("11.205"), D("11.235"))])
s = D("11.22")
p3 = softmax(["2.0", "1.0", "0.1"])
judge("\\frac{7.39}{11.22}", [("0.659", p3[0], (D("7.39") - h) / (s + h), (D("7.39") + h) / (s - h)),
                              ("0.242", p3[1], (D("2.72") - h) / (s + h), (D("2.72") + h) / (s - h)),
                              ("0.099", p3[2], (D("1.11") - h) / (s + h), (D("1.11") + h) / (s - h))])
judge("0.659 + 0.242 + 0.099 = 1.000", [("1.000", D(1), D("0.9985"), D("1.0015"))])
# --- 2.3.3: softmax of [-5, 3, 0, 10, -2] ---------------------------------------------------------------
p5 = softmax([-5, 3, 0, 10, -2])
judge("Probabilities:            [0.0001, 0.0336, 0.0017, 0.9645, 0.0002]",
      [("0.0001", p5[0], None, None), ("0.0336", p5[1], None, None), ("0.0017", p5[2], None, None),
       ("0.9645", p5[3], None, None), ("0.0002", p5[4], None, None)],
      why="softmax([-5, 3, 0, 10, -2]) = [%s]; e^10 = 22026.47 dominates (sum of exponentials %s), so "
          "P(10) = 0.9990 and P(3) = 0.0009, not 0.9645 and 0.0336" %
          (", ".join("%.7f" % q for q in p5), "%.2f" % sum(E(v) for v in [-5, 3, 0, 10, -2])))
judge("- Sum = 1.0000", [("1.0000", D(1), None, None)])
# --- 3.2.1: exponentials at T = 1, 2, 4 -----------------------------------------------------------------
judge("  e^2 = 7.39", [("7.39", E(2), None, None)])
judge("  e^3 = 20.09", [("20.09", E(3), None, None)])
judge("  e^8 = 2980.96", [("2980.96", E(8), None, None)])
judge("  Ratio: 1 : 2.7 : 403", [("2.7", E(1), None, None), ("403", E(6), None, None)])
judge("  e^(2/2) = e^1 = 2.72", [("2.72", E(1), None, None)])
judge("  e^(3/2) = e^1.5 = 4.48", [("4.48", E("1.5"), None, None)])
judge("  e^(8/2) = e^4 = 54.60", [("54.60", E(4), None, None)])
judge("  Ratio: 1 : 1.6 : 20", [("1.6", E("0.5"), None, None), ("20", E(3), None, None)])
judge("  e^(2/4) = e^0.5 = 1.65", [("1.65", E("0.5"), None, None)])
judge("  e^(3/4) = e^0.75 = 2.12", [("2.12", E("0.75"), None, None)])
judge("  e^(8/4) = e^2 = 7.39", [("7.39", E(2), None, None)])
judge("  Ratio: 1 : 1.3 : 4.5", [("1.3", E("0.25"), None, None), ("4.5", E("1.5"), None, None)])
# --- 3.3.1: table for logits [2, 3, 8] ------------------------------------------------------------------
for T, row in [("0.5", "| T = 0.5 | 0.0000 | 0.0000 | 1.0000 | 0.00 |"),
               ("1.0", "| T = 1.0 | 0.0024 | 0.0066 | 0.9910 | 0.08 |"),
               ("2.0", "| T = 2.0 | 0.0427 | 0.0704 | 0.8869 | 0.57 |"),
               ("5.0", "| T = 5.0 | 0.2006 | 0.2437 | 0.5557 | 1.05 |"),
               ("10.0", "| T = 10.0 | 0.2689 | 0.2969 | 0.4342 | 1.10 |")]:
    p = softmax([2, 3, 8], T)
    cells = [c.strip() for c in row.strip("|").split("|")][1:]
    if T == "1.0":
        # probabilities within one unit of the truth; entropy 0.08 is 0.0827 bits but 0.0573 nats
        for c, q in zip(cells[:3], p):
            assert near(c, q), (T, c)
        unjudged(row, "the probabilities are right (true [0.0025, 0.0067, 0.9909]); the entropy 0.08 is right "
                 "in bits (0.0827) but wrong in nats (0.0573 -> 0.06), and the page does not say which log it "
                 "uses (the other rows' entropies fit neither unit)")
        continue
    judge(row, [(cells[0], p[0], None, None), (cells[1], p[1], None, None), (cells[2], p[2], None, None),
                (cells[3], entropy(p), None, None)],
          why="softmax([2, 3, 8] / %s) = [%s], entropy %s nats (%s bits)" %
              (T, ", ".join("%.4f" % q for q in p), "%.4f" % entropy(p), "%.4f" % (entropy(p) / ln(2))))
# --- 3.3.2: 25 random logits (seeded numpy RNG, logits not printed) -------------------------------------
unjudged("# P(token_max) = 0.6231", "depends on np.random.seed(42) randint(-5, 15, 25), whose logits the page does "
         "not print (only 'Top logit: 14, Second: 13'); not recomputable from the page's givens. For the record, "
         "NumPy 2.4.6 gives two logits equal to 13 and P(max) = 0.5478, P(2nd) = 0.2015, so the printed values "
         "do not match a real run.")
unjudged("# P(token_2nd) = 0.2292", "same as the line above: needs the unprinted seeded logits")
judge("# Ratio: 2.72x", [("2.72", E(14) / E(13), None, None)])
judge("probability ratio of ~2.7x after Softmax", [("2.7", E(1), None, None)])
unjudged("# Top token: ~0.99", "approximate claim for softmax(logits / 0.2) of the unprinted seeded logits")
unjudged("# Others: ~0.00", "approximate claim for the unprinted seeded logits")
unjudged("# All tokens: ~0.04 (for 25 tokens)", "'~0.04' is 1/25 (a uniform reading) but the claim is about "
         "softmax(logits / 10) of the unprinted seeded logits; two readings")
# --- 4.1: logs -------------------------------------------------------------------------------------------
judge("$$\\log(0.1) = -2.3$$", [("-2.3", ln("0.1"), None, None)])
judge("$$\\log(0.01) = -4.6$$", [("-4.6", ln("0.01"), None, None)])
judge("$$\\log(0.001) = -6.9$$", [("-6.9", ln("0.001"), None, None)])
judge("$$\\log(10^{-8}) = -18.4$$", [("-18.4", ln("1e-8"), None, None)])
judge("[-6.9, -4.6, -2.3]", [("-6.9", ln("0.001"), None, None), ("-4.6", ln("0.01"), None, None),
                             ("-2.3", ln("0.1"), None, None)])
judge("Softmax:      [0.659, 0.242, 0.099]", [("0.659", p3[0], None, None), ("0.242", p3[1], None, None),
                                                ("0.099", p3[2], None, None)])
lsm = [ln(q) for q in p3]
judge("Log-Softmax:  [-0.417, -1.419, -2.313]",
      [("-0.417", lsm[0], ln(D("0.6585")), ln(D("0.6595"))),
       ("-1.419", lsm[1], ln(D("0.2415")), ln(D("0.2425"))),
       ("-2.313", lsm[2], ln(D("0.0985")), ln(D("0.0995")))])
# --- 4.2: numerical-stability examples -------------------------------------------------------------------
pz = softmax([-1000, 0, 1])
wrong("probs = softmax(z)  # → [0.0, 5e-435, 1.0]", "5e-435, 1.0", "%.4f, %.4f" % (pz[1], pz[2]), "first",
      "softmax([-1000, 0, 1]) = [%.3e, %.4f, %.4f]: the 0 and 1 entries keep e^0/(1+e) and e/(1+e); only the "
      "-1000 entry underflows" % (pz[0], pz[1], pz[2]))
wrong("log_probs = np.log(probs)  # → [-inf, -1000, 0]", "-inf, -1000, 0",
      "%.2f, %.4f, %.4f" % tuple(ln(q) for q in pz), "propagated",
      "logs of the wrong probabilities of the line above; the true log-softmax of [-1000, 0, 1] is "
      "[-1001.31, -1.3133, -0.3133] (np.log of float probs gives [-inf, -1.3133, -0.3133])")
pb = softmax([100, 101, 102])
wrong("print(probs)  # tensor([0., 0., 1.]) - lost precision!", "0., 0., 1.",
      "%.4f, %.4f, %.4f" % tuple(pb), "first",
      "F.softmax subtracts the max internally, so softmax([100, 101, 102]) = softmax([0, 1, 2]) = "
      "[0.0900, 0.2447, 0.6652]; no precision is lost")
wrong("print(log_probs_naive)  # tensor([-inf, -inf, 0.])", "-inf, -inf, 0.",
      "%.4f, %.4f, %.4f" % tuple(ln(q) for q in pb), "propagated", "log of the wrong probabilities of line 788")
wrong("# tensor([-2.0000, -1.0000, 0.0000]) - correct!", "-2.0000, -1.0000, 0.0000",
      "%.4f, %.4f, %.4f" % tuple(ln(q) for q in pb), "first",
      "log_softmax([100, 101, 102]) = z - logsumexp(z) = z - 102.4076 = [-2.4076, -1.4076, -0.4076]; the "
      "printed values are z - max(z), without the log of the sum of exponentials")
# --- 5.1: NumPy outputs -----------------------------------------------------------------------------------
judge("Probabilities: [0.65900114 0.24243297 0.09856589]",
      [("0.65900114", p3[0], None, None), ("0.24243297", p3[1], None, None), ("0.09856589", p3[2], None, None)])
judge("Sum: 1.0", [("1.0", D(1), None, None)])
for T, txt in [("0.5", "T=0.5: [0.84360176 0.14345253 0.01294571]"),
               ("1.0", "T=1.0: [0.65900114 0.24243297 0.09856589]"),
               ("2.0", "T=2.0: [0.50677007 0.30709724 0.18613269]")]:
    p = softmax(["2.0", "1.0", "0.1"], T)
    vals = txt.split("[")[1].rstrip("]").split()
    judge(txt, [(v, q, None, None) for v, q in zip(vals, p)],
          why="softmax([2.0, 1.0, 0.1] / %s) = [%s]" % (T, " ".join("%.8f" % q for q in p)))
# --- 5.2.2: torch dim example ------------------------------------------------------------------------------
pr = softmax([1, 2, 3])
judge("tensor([[0.0900, 0.2447, 0.6652],", [("0.0900", pr[0], None, None), ("0.2447", pr[1], None, None),
                                              ("0.6652", pr[2], None, None)])
pr2 = softmax(["0.5", "1.5", "2.5"])
judge("        [0.0900, 0.2447, 0.6652]])", [("0.0900", pr2[0], None, None), ("0.2447", pr2[1], None, None),
                                             ("0.6652", pr2[2], None, None)])
judge("Row sums: tensor([1., 1.])", [("1.", D(1), None, None)])
col = softmax([1, "0.5"])
judge("tensor([[0.5000, 0.5000, 0.5000],", [("0.5000", col[0], None, None)],
      why="softmax over dim=0: each column is (x, x - 0.5), e.g. (1.0, 0.5), so the weights are "
          "[%.4f, %.4f], not 0.5 each (the rows differ by 0.5)" % (col[0], col[1]))
judge("        [0.5000, 0.5000, 0.5000]])", [("0.5000", col[1], None, None)],
      why="second row of softmax over dim=0 is 1 - %.4f = %.4f in every column" % (col[0], col[1]))
judge("Column sums: tensor([1., 1., 1.])", [("1.", D(1), None, None)])
judge("# probs.sum(dim=-1) → all 1.0", [("1.0", D(1), None, None)])


def main():
    wrong_l, right_l = [], []
    for line in sorted(RESULTS):
        r = RESULTS[line]
        if r["status"] == "right":
            right_l.append(line)
            print("line %4d  right" % line)
        else:
            wrong_l.append({"line": line, "page": None, "printed": r["printed"], "correct": r["correct"],
                            "kind": r["kind"], "why": r["why"]})
            print("line %4d  WRONG (%s): printed %s, correct %s" % (line, r["kind"], r["printed"], r["correct"]))
    for u in UNJUDGED:
        print("line %4d  unjudged: %s" % (u["line"], u["why"][:80]))
    print("wrong %d (first %d, propagated %d), right %d, unjudged %d" % (
        len(wrong_l), sum(w["kind"] == "first" for w in wrong_l), sum(w["kind"] == "propagated" for w in wrong_l),
        len(right_l), len(UNJUDGED)))
    if "--write-expected" in sys.argv:
        out = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong_l, "right": right_l, "unjudged": sorted(UNJUDGED, key=lambda u: u["line"]),
               "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote expected.json")


NOTES = ("Vietnamese article on softmax and temperature. The hand-worked softmax of [2.0, 1.0, 0.1] "
         "(lines 209-221), the exponentials/ratios at T = 1, 2, 4, the [2, 3, 8] temperature table, the logs, "
         "and the NumPy outputs (lines 831, 861-863) are all correct. Wrong: the softmax of [-5, 3, 0, 10, -2] "
         "(line 275; true [0.0000003, 0.0009, 0.0000, 0.9990, 0.0000]); the 'Issue 2' example (line 708: "
         "softmax([-1000, 0, 1]) is [~0, 0.2689, 0.7311], not [0.0, 5e-435, 1.0]) and its log (709); the "
         "torch example claiming F.softmax([100, 101, 102]) underflows to [0, 0, 1] (788) and its log (790), "
         "and log_softmax printed as [-2, -1, 0] instead of [-2.4076, -1.4076, -0.4076] (795); softmax over "
         "dim=0 of [[1,2,3],[0.5,1.5,2.5]] printed as all 0.5 instead of 0.6225/0.3775 (949, 950). Line 630 "
         "(log-softmax [-0.417, -1.419, -2.313]) is 2-4 units off the true [-0.4170, -1.4170, -2.3170] but "
         "is the log of the printed rounded softmax [0.659, 0.242, 0.099] and so right by rule (b). The temperature table for logits [2, 3, 8] (lines 421-425) is wrong for T = 2, 5, 10 (e.g. T = 2 gives [0.0440, 0.0725, 0.8835], not [0.0427, 0.0704, 0.8869]); its entropy column fits neither nats nor bits consistently, so the T = 1 row (right probabilities, entropy 0.08 = 0.0827 bits but 0.0573 nats) is unjudged. The NumPy temperature outputs for T = 0.5 and T = 2.0 (lines 861, 863) are wrong (true [0.86377712 0.11689952 0.01932336] and [0.50168776 0.30428901 0.19402324]); the T = 1.0 line is right. The "
         "0.0001 of line 275 is within one unit of the truth; the line is wrong for its other entries. Sum "
         "lines (280, 832, 946, 951, 962) state the exact 1 and are right. Lines 462-463, 501-502 and 512 "
         "depend on a seeded NumPy draw whose logits are not printed: unjudged. Code parameters, "
         "hyper-parameter ranges and the reference list are givens or prose.")

if __name__ == "__main__":
    main()
