#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of dummy-ilh's notes
"Chapter 9: GRU Forward Pass - Hand-Computed, Side-by-Side with LSTM" (github.com/dummy-ilh/MINE, path
DL/Model Architecture/Sequential models/Chapter_09_GRU_vs_LSTM_Numerical.md): a scalar GRU run over three time steps,
then a table comparing its h_t with the LSTM h_t and C_t of the same notes' Chapter 6.

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Givens (doc.md section 9.1): x = 1.0, 0.5, -1.0; h_0 = 0; biases 0; update gate w_xz = 0.5, w_hz = 0.2; reset gate
w_xr = 0.6, w_hr = 0.3; candidate w_xh = 1.0, w_hh = -0.1.  The page's GRU (its own formulas, followed here):
z_t = s(w_xz x_t + w_hz h_{t-1}), r_t = s(w_xr x_t + w_hr h_{t-1}), h~_t = tanh(w_xh x_t + w_hh (r_t h_{t-1})),
h_t = (1 - z_t) h_{t-1} + z_t h~_t.
The LSTM columns of the side-by-side table (and the o_t values quoted under it) are restated from Chapter 6 of the
same notes; they are judged against an exact recomputation from Chapter 6's givens (x as above, C_0 = h_0 = 0,
biases 0, forget 0.8/0.1, input 0.5/0.2, output 0.6/0.3, candidate 1.0/-0.1, C_t = f C_{t-1} + i C~, h_t = o tanh C_t).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers rounds to p (a rounded operand printed earlier may move within half a unit; givens exact);
  (b) a value printed without working, or restated, is right within one unit of the true value, or when it follows
      from printed correct operands;
  (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off is wrong,
      propagated.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/dummy-ilh/MINE/blob/3332aec2fe3a5e31074d70e9f1a0fbba16683880/"
          "DL/Model%20Architecture/Sequential%20models/Chapter_09_GRU_vs_LSTM_Numerical.md")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt: source lines 1-2 and 6-76 (title, sections "
           "9.1-9.6 with their worked code blocks, tables and the three commentary lines that state numbers), kept "
           "verbatim line for line; cut: source lines 3-5 (curriculum/prerequisite lines) and 77-107 (sections "
           "9.7-9.10 and the footer)")
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


import itertools


def half(p):
    """interval of a rounded printed operand."""
    p = D(p)
    return (p - unit(p) / 2, p + unit(p) / 2)


def span(f, *ops):
    """range of f over the corners of its operands (each exact D or an interval); f is monotone in each."""
    sets = [(o,) if not isinstance(o, tuple) else o for o in ops]
    vals = [f(*c) for c in itertools.product(*sets)]
    return min(vals), max(vals)


# ---------------- exact GRU values from the givens ----------------
X = [D("1.0"), D("0.5"), D("-1.0")]
wxz, whz, wxr, whr, wxh, whh = (D(s) for s in "0.5 0.2 0.6 0.3 1.0 -0.1".split())
G = []
h = D(0)
for x in X:
    az = wxz * x + whz * h
    ar = wxr * x + whr * h
    z, r = sig(az), sig(ar)
    rh = r * h
    ac = wxh * x + whh * rh
    c = tanh(ac)
    hn = (1 - z) * h + z * c
    G.append(dict(hp=h, az=az, ar=ar, z=z, r=r, rh=rh, ac=ac, c=c, h=hn, keep=(1 - z) * h, add=z * c))
    h = hn

# ---------------- exact LSTM values (Chapter 6 givens) ----------------
L = []
h, C = D(0), D(0)
for x in X:
    f = sig(D("0.8") * x + D("0.1") * h)
    i = sig(D("0.5") * x + D("0.2") * h)
    o = sig(D("0.6") * x + D("0.3") * h)
    cc = tanh(D("1.0") * x + D("-0.1") * h)
    C = f * C + i * cc
    h = o * tanh(C)
    L.append(dict(f=f, i=i, o=o, cc=cc, C=C, h=h))

# ---------------- timestep 1 ----------------
n = line_of("a_z = 0.5(1.0) + 0.2(0) = 0.500")
chk("az1", n, "0.500", G[0]["az"], D("0.5"), D("0.5"))
chk("z1", n, "0.6225", G[0]["z"], sig(D("0.5")), sig(D("0.5")))
n = line_of("a_r = 0.6(1.0) + 0.3(0) = 0.600")
chk("ar1", n, "0.600", G[0]["ar"], D("0.6"), D("0.6"))
chk("r1", n, "0.6457", G[0]["r"], sig(D("0.6")), sig(D("0.6")))
n = line_of("(-0.1)(0.6457·0) = 1.000")
restate("r1'", n, "0.6457", "r1")
chk("ac1", n, "1.000", G[0]["ac"], D(1), D(1))
chk("c1", n, "0.7616", G[0]["c"], tanh(D(1)), tanh(D(1)))
n = line_of("h_1 = (1-z_1)·h_0 + z_1·h̃_1")
restate("z1'", n, "0.6225", "z1")
restate("c1'", n, "0.7616", "c1")
lo, hi = span(lambda z, c: (1 - z) * 0 + z * c, half("0.6225"), half("0.7616"))
chk("h1", n, "0.4741", G[0]["h"], lo, hi, up=("z1", "c1"))
n = line_of("**Notice:** `h_1 = 0.4741`")
restate("h1n", n, "0.4741", "h1")
chk("C1n", n, "0.4741", L[0]["C"])   # "identical to LSTM's C_1": same printed number, judged against LSTM C_1

# ---------------- timestep 2 ----------------
n = line_of("a_z = 0.5(0.5) + 0.2(0.4741)")
chk("az2a", n, "0.2500", D("0.25"), D("0.25"), D("0.25"))
lo, hi = span(lambda h: D("0.2") * h, half("0.4741"))
chk("az2b", n, "0.0948", whz * G[1]["hp"], lo, hi, up=("h1",))
lo, hi = span(lambda b: D("0.25") + b, half("0.0948"))
chk("az2", n, "0.3448", G[1]["az"], lo, hi, up=("az2b",))
lo, hi = span(sig, half("0.3448"))
chk("z2", n, "0.5854", G[1]["z"], lo, hi, up=("az2",))
n = line_of("a_r = 0.6(0.5) + 0.3(0.4741)")
chk("ar2a", n, "0.3000", D("0.3"), D("0.3"), D("0.3"))
lo, hi = span(lambda h: D("0.3") * h, half("0.4741"))
chk("ar2b", n, "0.1422", whr * G[1]["hp"], lo, hi, up=("h1",))
lo, hi = span(lambda b: D("0.3") + b, half("0.1422"))
chk("ar2", n, "0.4422", G[1]["ar"], lo, hi, up=("ar2b",))
lo, hi = span(sig, half("0.4422"))
chk("r2", n, "0.6088", G[1]["r"], lo, hi, up=("ar2",))
n = line_of("(-0.1)(0.6088 × 0.4741)")
restate("r2'", n, "0.6088", "r2")
restate("h1''", n, "0.4741", "h1")
n = line_of("= 0.5 - 0.1(0.2886) = 0.5 - 0.0289 = 0.4711")
lo, hi = span(lambda r, h: r * h, half("0.6088"), half("0.4741"))
chk("rh2", n, "0.2886", G[1]["rh"], lo, hi, up=("r2", "h1"))
lo, hi = span(lambda v: D("0.1") * v, half("0.2886"))
chk("rh2s", n, "0.0289", -whh * G[1]["rh"], lo, hi, up=("rh2",))
lo, hi = span(lambda v: D("0.5") - v, half("0.0289"))
chk("ac2", n, "0.4711", G[1]["ac"], lo, hi, up=("rh2s",))
lo, hi = span(tanh, half("0.4711"))
chk("c2", n, "0.4392", G[1]["c"], lo, hi, up=("ac2",),
    why="h~_2 = tanh(0.4711) = %s (0.4390 to 0.4391 over 0.4711 +- 0.00005), not 0.4392" % str(tanh(D("0.4711")))[:8])
n = line_of("h_2 = (1-z_2)·h_1 + z_2·h̃_2 = (0.4146)(0.4741) + (0.5854)(0.4392)")
lo, hi = span(lambda z: 1 - z, half("0.5854"))
chk("om2", n, "0.4146", 1 - G[1]["z"], lo, hi, up=("z2",))
restate("h1'''", n, "0.4741", "h1")
restate("z2'", n, "0.5854", "z2")
restate("c2'", n, "0.4392", "c2")
n = line_of("= 0.1966 + 0.2572 = 0.4537")
lo, hi = span(lambda a, b: a * b, half("0.4146"), half("0.4741"))
chk("keep2", n, "0.1966", G[1]["keep"], lo, hi, up=("om2", "h1"))
lo, hi = span(lambda a, b: a * b, half("0.5854"), half("0.4392"))
chk("add2", n, "0.2572", G[1]["add"], lo, hi, up=("z2", "c2"),
    why="z_2 h~_2 with the true h~_2 = 0.4391: 0.5854 * 0.4391 = 0.2570 (exactly %s); 0.2572 carries the wrong 0.4392"
    % str(G[1]["add"])[:8])
lo, hi = span(lambda a, b: a + b, half("0.1966"), half("0.2572"))
chk("h2", n, "0.4537", G[1]["h"], lo, hi, up=("keep2", "add2"))
n = line_of("**Notice the reset gate in action:**")
restate("r2n", n, "0.6088", "r2")
restate("rh2n", n, "0.2886", "rh2")
restate("h1n2", n, "0.4741", "h1")

# ---------------- timestep 3 ----------------
n = line_of("a_z = 0.5(-1.0) + 0.2(0.4537)")
chk("az3a", n, "-0.5000", D("-0.5"), D("-0.5"), D("-0.5"))
lo, hi = span(lambda h: D("0.2") * h, half("0.4537"))
chk("az3b", n, "0.0907", whz * G[2]["hp"], lo, hi, up=("h2",))
lo, hi = span(lambda b: D("-0.5") + b, half("0.0907"))
chk("az3", n, "-0.4093", G[2]["az"], lo, hi, up=("az3b",))
lo, hi = span(sig, half("-0.4093"))
chk("z3", n, "0.3991", G[2]["z"], lo, hi, up=("az3",))
n = line_of("a_r = 0.6(-1.0) + 0.3(0.4537)")
chk("ar3a", n, "-0.6000", D("-0.6"), D("-0.6"), D("-0.6"))
lo, hi = span(lambda h: D("0.3") * h, half("0.4537"))
chk("ar3b", n, "0.1361", whr * G[2]["hp"], lo, hi, up=("h2",))
lo, hi = span(lambda b: D("-0.6") + b, half("0.1361"))
chk("ar3", n, "-0.4639", G[2]["ar"], lo, hi, up=("ar3b",))
lo, hi = span(sig, half("-0.4639"))
chk("r3", n, "0.3861", G[2]["r"], lo, hi, up=("ar3",))
n = line_of("(-0.1)(0.3861 × 0.4537)")
restate("r3'", n, "0.3861", "r3")
restate("h2'", n, "0.4537", "h2")
n = line_of("= -1.0 - 0.1(0.1752) = -1.0 - 0.0175 = -1.0175")
lo, hi = span(lambda r, h: r * h, half("0.3861"), half("0.4537"))
chk("rh3", n, "0.1752", G[2]["rh"], lo, hi, up=("r3", "h2"))
lo, hi = span(lambda v: D("0.1") * v, half("0.1752"))
chk("rh3s", n, "0.0175", -whh * G[2]["rh"], lo, hi, up=("rh3",))
lo, hi = span(lambda v: D("-1.0") - v, half("0.0175"))
chk("ac3", n, "-1.0175", G[2]["ac"], lo, hi, up=("rh3s",))
lo, hi = span(tanh, half("-1.0175"))
chk("c3", n, "-0.7697", G[2]["c"], lo, hi, up=("ac3",),
    why="h~_3 = tanh(-1.0175) = %s, not -0.7697" % str(tanh(D("-1.0175")))[:8])
n = line_of("h_3 = (1-z_3)·h_2 + z_3·h̃_3 = (0.6009)(0.4537) + (0.3991)(-0.7697)")
lo, hi = span(lambda z: 1 - z, half("0.3991"))
chk("om3", n, "0.6009", 1 - G[2]["z"], lo, hi, up=("z3",))
restate("h2''", n, "0.4537", "h2")
restate("z3'", n, "0.3991", "z3")
restate("c3'", n, "-0.7697", "c3")
n = line_of("= 0.2726 - 0.3072 = -0.0346")
lo, hi = span(lambda a, b: a * b, half("0.6009"), half("0.4537"))
chk("keep3", n, "0.2726", G[2]["keep"], lo, hi, up=("om3", "h2"))
lo, hi = span(lambda a, b: -(a * b), half("0.3991"), half("-0.7697"))
chk("add3", n, "0.3072", -G[2]["add"], lo, hi, up=("z3", "c3"),
    why="z_3 h~_3 = 0.3991 * (-0.7689) = -0.3068 with the true h~_3; -0.3072 carries the wrong -0.7697")
lo, hi = span(lambda a, b: a - b, half("0.2726"), half("0.3072"))
chk("h3", n, "-0.0346", G[2]["h"], lo, hi, up=("keep3", "add3"),
    why="h_3 = 0.2726 - 0.3068 = -0.0343 (exactly %s)" % str(G[2]["h"])[:8])

# ---------------- 9.5 summary table (restated) ----------------
n = line_of("| 1 | 1.0 | 0.6225 | 0.6457 | 0.7616 | 0.4741 |")
for cid, p in (("z1", "0.6225"), ("r1", "0.6457"), ("c1", "0.7616"), ("h1", "0.4741")):
    restate(cid + "t", n, p, cid)
n = line_of("| 2 | 0.5 | 0.5854 | 0.6088 | 0.4392 | 0.4537 |")
for cid, p in (("z2", "0.5854"), ("r2", "0.6088"), ("c2", "0.4392"), ("h2", "0.4537")):
    restate(cid + "t", n, p, cid)
n = line_of("| 3 | -1.0 | 0.3991 | 0.3861 | -0.7697 | -0.0346 |")
for cid, p in (("z3", "0.3991"), ("r3", "0.3861"), ("c3", "-0.7697"), ("h3", "-0.0346")):
    restate(cid + "t", n, p, cid)

# ---------------- 9.6 side-by-side (LSTM values from Chapter 6, GRU restated) ----------------
for t, (lh, gh, lc) in enumerate((("0.2852", "0.4741", "0.4741"), ("0.2937", "0.4537", "0.5403"),
                                  ("-0.0493", "-0.0346", "-0.1323"))):
    n = line_of("| %d | %s | %s | %s |" % (t + 1, lh, gh, lc))
    chk("Lh%d" % (t + 1), n, lh, L[t]["h"],
        why="LSTM h_%d (quoted from Chapter 6) is %s from Chapter 6's givens" % (t + 1, str(L[t]["h"])[:8]))
    restate("h%ds" % (t + 1), n, gh, "h%d" % (t + 1))
    chk("LC%d" % (t + 1), n, lc, L[t]["C"],
        why="LSTM C_%d (quoted from Chapter 6) is %s from Chapter 6's givens" % (t + 1, str(L[t]["C"])[:8]))
n = line_of("**Key visual takeaway:**")
for t, p in enumerate(("0.65", "0.60", "0.37")):
    chk("Lo%d" % (t + 1), n, p, L[t]["o"])

NOTES = ("Excerpt of an unlicensed page: doc.md keeps source lines 1-2 and 6-76 verbatim (source line = doc line + 3 "
         "from doc line 3 on). The page's GRU convention (reset gate applied to h_{t-1} inside the candidate, "
         "h_t = (1-z) h_{t-1} + z h~) is followed. Two first errors: h~_2 = tanh(0.4711) printed 0.4392 (true "
         "0.43908, 0.4390-0.4391 over the operand's half unit: one unit off, wrong only by the strict rule (a)) and "
         "h~_3 = tanh(-1.0175) printed -0.7697 (true -0.76885, 8 units off). Propagated: the restatements of 0.4392 "
         "and -0.7697, z_2 h~_2 = 0.2572 (true 0.2570), z_3 h~_3 = -0.3072 (true -0.3068) and h_3 = -0.0346 (true "
         "-0.0343) with their table entries. Close calls: h_2 = 0.1966 + 0.2572 printed 0.4537 although the sum of the "
         "printed terms is 0.4538; with both terms moved down half a unit the sum is 0.45370, so rule (a) passes, "
         "and 0.4537 is within one unit of the true h_2 = 0.45361, so it is right (and so are the t=3 lines that use "
         "it). The LSTM numbers of the 9.6 table and the o_t values 0.65, 0.60, 0.37 are restated from Chapter 6 of "
         "the same notes (not in doc.md); they are printed here without working, so they are judged by rule (b) against an "
         "exact recomputation from Chapter 6's givens (listed in recompute.py): LSTM h_1 = 0.2852 (true 0.28504), "
         "h_2 = 0.2937 (true 0.29353) and C_3 = -0.1323 (true -0.13194) are more than one unit off and are counted "
         "wrong, first (their error starts in Chapter 6, e.g. tanh(0.4741) printed 0.4417 for 0.4414, which is not "
         "part of doc.md); C_1, C_2 = 0.5403 (true 0.54022), h_3 = -0.0493 (true -0.04916) and o_t = 0.65, 0.60, "
         "0.37 are within one unit and right. The 'Notice' line's 0.4741 is both GRU h_1 and LSTM C_1 (both "
         "0.47406).")

if __name__ == "__main__":
    main(NOTES)
