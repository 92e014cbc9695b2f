#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt (no license: only the title,
headings, givens, equation block and the worked numerical walkthrough, at their original line numbers) of
"Chapter 13: Attention - The Bridge Out of the RNN Bottleneck"
(DL/Model Architecture/Sequential models/Chapter_13_Attention_RNN_Bridge.md of github.com/dummy-ilh/MINE).

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Bahdanau (additive) attention for one decoder step: score_i = v . tanh(W_s s_1 + W_h h_i), alpha = softmax(score),
c_t = sum_i alpha_i h_i, with the encoder states h_1..h_3, the decoder state s_1, W_s, W_h and v printed on the page
as givens (lines 30-32, 37, 42-44; the page says h and s are reused from earlier chapters, so they are taken as
exact inputs here). The page prints 4 decimals.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers (rounded operands anywhere within half a unit, givens exact) can round to p;
  (b) a value printed without working, or restated, is right within one unit of the true value (or when it follows
      from printed correct operands);
  (c) a restated or recomputed consequence of a wrong value is wrong, propagated.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/dummy-ilh/MINE/blob/3332aec2fe3a5e31074d70e9f1a0fbba16683880/"
          "DL/Model%20Architecture/Sequential%20models/Chapter_13_Attention_RNN_Bridge.md")
LICENSE = ("none stated (no LICENSE file in the repository); doc.md is an excerpt keeping only the title, headings, "
           "givens, equation block and worked walkthrough at their original line numbers (prose lines blanked)")
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


def iv(p):
    """interval of a rounded printed operand: within half a unit of its last digit."""
    h = unit(p) / 2
    return (D(p) - h, D(p) + h)


def ex(g):
    """an exact given."""
    return (D(g), D(g))


def add(*xs):
    return (sum(x[0] for x in xs), sum(x[1] for x in xs))


def mul(a, b):
    c = [a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1]]
    return (min(c), max(c))


def sub(a, b):
    return (a[0] - b[1], a[1] - b[0])


def f_iv(f, a):
    """monotone increasing f over an interval."""
    return (f(a[0]), f(a[1]))


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, rng=None, up=(), why="", correct=None):
    """Judge one printed number.
    rng: when the line prints the working, the interval the expression takes with every rounded printed operand moved
         within half a unit (exact givens fixed): rule (a) needs p = round(v) for some v in it, else wrong, first.
    up: ids of checks this value is computed from or restates; a value off from the truth (rule b) that comes from a
        wrong one is wrong, propagated.
    """
    assert printed in DOC[line - 1], (cid, line, printed)
    p = D(printed)
    status, kind = "right", None
    up_bad = any(STATUS.get(u) == "wrong" for u in up)
    if rng is not None:
        a, b = rng
        if not (rnd(a, p) <= p <= rnd(b, p)):
            status, kind = "wrong", "first"          # rule (a)
            why = why or "redone from the line's printed operands gives %s..%s, not %s" % (
                rnd(a, p), rnd(b, p), printed)
        elif up_bad and not near(p, true):
            status, kind = "wrong", "propagated"     # rule (c)
    elif not near(p, true):
        status, kind = "wrong", ("propagated" if up_bad else "first")   # rule (b)/(c)
        why = why or "true value %s" % rnd(true, p)
    STATUS[cid] = status
    CHECKS.append({"id": cid, "line": line, "printed": printed, "true": D(true), "status": status, "kind": kind,
                   "why": why, "correct": correct if correct is not None else str(rnd(true, p))})
    return status


def restate(cid, line, printed, of):
    """a restated value (tables): right when its source is right and it is within a unit of the truth."""
    assert printed in DOC[line - 1], (cid, line, printed)
    src = [c for c in CHECKS if c["id"] == of][0]
    status, kind, why = "right", None, ""
    if not near(D(printed), src["true"]):
        status = "wrong"
        kind = "propagated" if (src["status"] == "wrong" and printed == src["printed"]) else "first"
        why = "restates %s = %s (true %s)" % (of, src["printed"], src["correct"])
    STATUS[cid] = status
    CHECKS.append({"id": cid, "line": line, "printed": printed, "true": src["true"], "status": status,
                   "kind": kind, "why": why, "correct": src["correct"]})


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:110]))
        for c in cs:
            print("            %-10s printed %-8s true %-20s -> %s%s" % (
                c["id"], c["printed"], "%.10f" % c["true"], c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(c["correct"] for c in bad),
                          "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(dict.fromkeys(c["why"] or "computed from a wrong value" for c in bad))})
        else:
            right.append(n)
    return wrong, right


# ---------------------------------------------------------------- givens, checked against the page
def vec(line_sub, name):
    t = DOC[line_of(line_sub) - 1]
    assert t.strip().startswith(name), (name, t)
    inner = t.split("=", 1)[1].strip().strip("[]").replace("[", "").replace("]", "")
    return [D(s) for s in inner.split(",")]


H = [vec("h_1 = [0.4219, 0.3799]", "h_1"), vec("h_2 = [0.0363, 0.5397]", "h_2"),
     vec("h_3 = [-0.3157, 0.3305]", "h_3")]
S1 = vec("s_1 = [0.3538, 0.6215]", "s_1")
assert "W_s = [[0.3, 0.2], [-0.1, 0.4]]" in DOC[line_of("W_s = [[") - 1]
assert "W_h = [[0.5, -0.2], [0.1, 0.3]]" in DOC[line_of("W_h = [[") - 1]
assert "v   = [0.6, -0.4]" in DOC[line_of("v   = [") - 1]
WS = [[D("0.3"), D("0.2")], [D("-0.1"), D("0.4")]]
WH = [[D("0.5"), D("-0.2")], [D("0.1"), D("0.3")]]
V = [D("0.6"), D("-0.4")]

# ---------------------------------------------------------------- exact chain
wss = [WS[k][0] * S1[0] + WS[k][1] * S1[1] for k in range(2)]
TR = []
for hv in H:
    whh = [WH[k][0] * hv[0] + WH[k][1] * hv[1] for k in range(2)]
    pre = [wss[k] + whh[k] for k in range(2)]
    th = [tanh(p) for p in pre]
    sc = V[0] * th[0] + V[1] * th[1]
    TR.append(dict(p1=[WH[k][0] * hv[0] for k in range(2)], p2=[WH[k][1] * hv[1] for k in range(2)], whh=whh,
                   pre=pre, th=th, t1=V[0] * th[0], t2=V[1] * th[1], sc=sc))
EXP = [tr["sc"].exp() for tr in TR]
SUM = sum(EXP)
AL = [e / SUM for e in EXP]
CT = [[AL[i] * H[i][k] for k in range(2)] for i in range(3)]
C = [sum(CT[i][k] for i in range(3)) for k in range(2)]

# ---------------------------------------------------------------- step A: W_s . s_1
n = line_of("row1: 0.3(0.3538)")
chk("a11", n, "0.1061", WS[0][0] * S1[0], rng=ex(WS[0][0] * S1[0]))
chk("a12", n, "0.1243", WS[0][1] * S1[1], rng=ex(WS[0][1] * S1[1]))
chk("ws1", n, "0.2304", wss[0], rng=add(iv("0.1061"), iv("0.1243")), up=("a11", "a12"))
n = line_of("row2: -0.1(0.3538)")
chk("a21", n, "-0.0354", WS[1][0] * S1[0], rng=ex(WS[1][0] * S1[0]))
chk("a22", n, "0.2486", WS[1][1] * S1[1], rng=ex(WS[1][1] * S1[1]))
chk("ws2", n, "0.2132", wss[1], rng=add(iv("-0.0354"), iv("0.2486")), up=("a21", "a22"))
n = line_of("→ [0.2304, 0.2132]")
restate("ws1r", n, "0.2304", "ws1")
restate("ws2r", n, "0.2132", "ws2")

# ---------------------------------------------------------------- steps B, C, D: one block per encoder state
BLOCKS = [
    # (i, W_h row1 line, printed p1, p2, whh1; row2 line, p1, p2, whh2; sum line, pre1, pre2;
    #  tanh line, th1, th2, tanh operands printed on the tanh line?; score line, t1, t2, score)
    (1, "W_h · h_1: row1: 0.5(0.4219)", "0.2110", "-0.0760", "0.1350",
     "row2: 0.1(0.4219)", "0.0422", "0.1140", "0.1562",
     "sum with W_s·s_1: [0.2304+0.1350", "0.3654", "0.3694",
     "tanh: [tanh(0.3654), tanh(0.3694)]", "0.3502", "0.3536", True,
     "score_1 = v·[0.3502, 0.3536]", "0.2101", "0.1414", "0.0687"),
    (2, "W_h · h_2: row1: 0.5(0.0363)", "0.0182", "-0.1079", "-0.0898",
     "row2: 0.1(0.0363)", "0.0036", "0.1619", "0.1655",
     "sum: [0.2304-0.0898", "0.1406", "0.3787",
     "tanh: [0.1398, 0.3612]", "0.1398", "0.3612", False,
     "score_2 = 0.6(0.1398)", "0.0839", "0.1445", "-0.0606"),
    (3, "W_h · h_3: row1: 0.5(-0.3157)", "-0.1579", "-0.0661", "-0.2240",
     "row2: 0.1(-0.3157)", "-0.0316", "0.0992", "0.0676",
     "sum: [0.2304-0.2240", "0.0064", "0.2808",
     "tanh: [0.0064, 0.2735]", "0.0064", "0.2735", False,
     "score_3 = 0.6(0.0064)", "0.0038", "0.1094", "-0.1056"),
]
for (i, l1, p11, p12, w1, l2, p21, p22, w2, ls, s1, s2, lt, t1, t2, ops_on_line, lsc, q1, q2, sc) in BLOCKS:
    tr = TR[i - 1]
    n = line_of(l1)
    chk("b%d11" % i, n, p11, tr["p1"][0], rng=ex(tr["p1"][0]))
    chk("b%d12" % i, n, p12, tr["p2"][0], rng=ex(tr["p2"][0]))
    chk("w%d1" % i, n, w1, tr["whh"][0], rng=add(iv(p11), iv(p12)), up=("b%d11" % i, "b%d12" % i))
    n = line_of(l2)
    chk("b%d21" % i, n, p21, tr["p1"][1], rng=ex(tr["p1"][1]))
    chk("b%d22" % i, n, p22, tr["p2"][1], rng=ex(tr["p2"][1]))
    chk("w%d2" % i, n, w2, tr["whh"][1], rng=add(iv(p21), iv(p22)), up=("b%d21" % i, "b%d22" % i))
    n = line_of(ls)
    chk("pre%d1" % i, n, s1, tr["pre"][0], rng=add(iv("0.2304"), iv(w1)), up=("ws1", "w%d1" % i))
    chk("pre%d2" % i, n, s2, tr["pre"][1], rng=add(iv("0.2132"), iv(w2)), up=("ws2", "w%d2" % i))
    n = line_of(lt)
    if ops_on_line:     # "tanh(0.3654)" printed on the line: rule (a)
        chk("th%d1" % i, n, t1, tr["th"][0], rng=f_iv(tanh, iv(s1)), up=("pre%d1" % i,))
        chk("th%d2" % i, n, t2, tr["th"][1], rng=f_iv(tanh, iv(s2)), up=("pre%d2" % i,))
    else:               # operands on the line above: rule (b), or follows from the printed correct operand
        for k, (tp, sp) in enumerate(((t1, s1), (t2, s2))):
            st = chk("th%d%d" % (i, k + 1), n, tp, tr["th"][k], up=("pre%d%d" % (i, k + 1),))
            if st == "wrong" and rnd(tanh(D(sp)), D(tp)) == D(tp):
                raise SystemExit("unexpected: %s follows from printed operand %s" % (tp, sp))
    n = line_of(lsc)
    for k, tp in enumerate((t1, t2)):       # the score line restates the tanh values
        restate("th%d%dr" % (i, k + 1), n, tp, "th%d%d" % (i, k + 1))
    chk("q%d1" % i, n, q1, tr["t1"], rng=mul(ex(V[0]), iv(t1)), up=("th%d1" % i,))
    # the page writes "a - b": b is printed unsigned, b = 0.4 * tanh_2 = -(v_2 * tanh_2)
    chk("q%d2" % i, n, q2, -tr["t2"], rng=mul(ex(-V[1]), iv(t2)), up=("th%d2" % i,))
    chk("sc%d" % i, n, sc, tr["sc"], rng=sub(iv(q1), iv(q2)), up=("q%d1" % i, "q%d2" % i))

# ---------------------------------------------------------------- step E: softmax
n = line_of("**Step E: softmax over `[0.0687, -0.0606, -0.1056]`**")
for i, p in enumerate(("0.0687", "-0.0606", "-0.1056"), start=1):
    restate("sc%dE" % i, n, p, "sc%d" % i)
n = line_of("e^0.0687≈1.0711")
for i, (sp, ep) in enumerate((("0.0687", "1.0711"), ("-0.0606", "0.9412"), ("-0.1056", "0.8998")), start=1):
    chk("e%d" % i, n, ep, EXP[i - 1], rng=f_iv(lambda z: D(z).exp(), iv(sp)), up=("sc%d" % i,))
n = line_of("sum ≈ 2.9121")
chk("sum", n, "2.9121", SUM, up=("e1", "e2", "e3"))
assert rnd(D("1.0711") + D("0.9412") + D("0.8998"), D("2.9121")) == D("2.9121")
for i, (lsub, ep, ap) in enumerate((("α_1 = 1.0711/2.9121", "1.0711", "0.3678"),
                                    ("α_2 = 0.9412/2.9121", "0.9412", "0.3232"),
                                    ("α_3 = 0.8998/2.9121", "0.8998", "0.3090")), start=1):
    n = line_of(lsub)
    restate("e%dr" % i, n, ep, "e%d" % i)
    restate("sum%dr" % i, n, "2.9121", "sum")
    lo = iv(ep)[0] / iv("2.9121")[1]
    hi = iv(ep)[1] / iv("2.9121")[0]
    chk("al%d" % i, n, ap, AL[i - 1], rng=(lo, hi), up=("e%d" % i, "sum"))

# ---------------------------------------------------------------- step F: context vector
n = line_of("c_t = 0.3678·[0.4219,0.3799]")
for i, ap in enumerate(("0.3678", "0.3232", "0.3090"), start=1):
    restate("al%dF" % i, n, ap, "al%d" % i)
n = line_of("= [0.1552, 0.1397] + [0.0117, 0.1744] + [-0.0976, 0.1021]")
PR = (("0.1552", "0.1397"), ("0.0117", "0.1744"), ("-0.0976", "0.1021"))
for i, (ap, pr) in enumerate(zip(("0.3678", "0.3232", "0.3090"), PR), start=1):
    for k in range(2):
        chk("ct%d%d" % (i, k + 1), n, pr[k], CT[i - 1][k], rng=mul(iv(ap), ex(H[i - 1][k])), up=("al%d" % i,))
n = line_of("= [0.0694, 0.4163]")
for k, cp in enumerate(("0.0694", "0.4163")):
    chk("c%d" % (k + 1), n, cp, C[k], rng=add(*[iv(PR[i][k]) for i in range(3)]),
        up=tuple("ct%d%d" % (i, k + 1) for i in range(1, 4)))

NOTES = ("Bahdanau additive attention, one decoder step, givens h_1..h_3, s_1, W_s, W_h, v as printed. Exact chain: "
         "W_s s_1 = [%s]; pre-activations %s; tanh %s; scores [%s]; exp [%s], sum %s; alpha [%s]; "
         "c_t = [%s]. First errors: line 59 tanh(0.3654) = 0.3500 and tanh(0.3694) = 0.3535 (printed 0.3502, "
         "0.3536; rule (a), the operands are on the line); line 68 tanh(0.3787) = 0.3616 (printed 0.3612; 0.1398 "
         "for tanh(0.1406) = 0.1397 is within a unit). Close call, right: line 77 prints 0.2735 for "
         "tanh(0.2808) = 0.27365 (within one unit; the pre-activation 0.2808 is exact). "
         "Propagated: the score lines 60 and 69 restate the wrong tanh values (their own products and sums are "
         "arithmetic on the printed operands; score_1 0.0687 stays within a unit of the true 0.0686, but on line "
         "69 0.4(0.3612) = 0.1445 (true 0.1447) and score_2 = -0.0606 (true -0.0608) are off); line 81 restates "
         "score_2; "
         "line 83 e^-0.0606 = 0.9412 (true e^score_2 = 0.9410); line 84 sum 2.9121 (true 2.9118); lines 85-87 "
         "restate that sum (and line 86 the exponential 0.9412), although each alpha they print is within a unit "
         "of the truth. Lines 92-94 (context vector) are right: the alphas restated there are right, and "
         "0.1552+0.0117-0.0976 = 0.0693 / 0.1397+0.1744+0.1021 = 0.4162 printed 0.0694 / 0.4163 are reachable "
         "from the rounded terms (rule (a)) and within a unit of the exact c_t. Line 51 restates Step A. The "
         "comprehension-check line 'did you get -0.0606?' and the 'Interpretation' percentages are prose, blanked "
         "in this excerpt (no license)." % (
             ", ".join("%.5f" % x for x in wss),
             "; ".join("[%.5f, %.5f]" % tuple(tr["pre"]) for tr in TR),
             "; ".join("[%.5f, %.5f]" % tuple(tr["th"]) for tr in TR),
             ", ".join("%.5f" % tr["sc"] for tr in TR), ", ".join("%.5f" % e for e in EXP), "%.5f" % SUM,
             ", ".join("%.5f" % a for a in AL), ", ".join("%.5f" % c for c in C)))


def main():
    wrong, right = report()
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


if __name__ == "__main__":
    main()
