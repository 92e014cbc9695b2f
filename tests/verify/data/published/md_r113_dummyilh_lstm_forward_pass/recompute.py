#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of dummy-ilh's note
"Chapter 3: The LSTM Forward Pass - Full Numerical Walkthrough" (github.com/dummy-ilh/MINE): a scalar LSTM cell run
over x = [1.0, 2.0, 3.0] from h_0 = c_0 = 0, with per-gate weights (W_x, W_h, b): forget (0.5, 0.3, 0.1),
input (0.4, 0.2, 0.0), candidate (0.5, 0.8, 0.1), output (0.6, 0.4, 0.0); sigma for the gates, tanh for the
candidate and for the read-out h_t = o_t tanh(c_t), c_t = f_t c_{t-1} + i_t c~_t.  The comparison table also restates
the vanilla-RNN hidden states of the same author's RNN chapter (W_xh = 0.5, W_hh = 0.8, b_h = 0.1, h_0 = 0), which
are recomputed here too.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on that line is right only when the
      expression, redone from those numbers, rounds to p (an operand that is itself a rounded result may be taken
      anywhere within half a unit of its last digit; givens are exact);
  (b) a value printed without working (the two tables) is right within one unit of the true full-precision value;
  (c) a restated wrong value, or a value computed from a wrong one and itself off, is wrong, propagated.
Usage:  python3 recompute.py [--write-expected]
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/dummy-ilh/MINE/blob/3332aec2fe3a5e31074d70e9f1a0fbba16683880/"
          "DL/Model%20Architecture/LSTM/Chapter_03_LSTM_Forward_Pass.md")
LICENSE = ("none (the repository has no LICENSE file); doc.md is an excerpt: the title, headings, givens, every worked "
           "equation line and both tables kept verbatim at their original line numbers, the prose lines blanked")
NOTES = ("Clean document under the rule: every worked line is reproducible from the numbers it prints. Close calls, "
         "all judged right: line 47 prints 0.245+0.595 = 0.839 (the displayed addends sum to 0.840, but they are "
         "rounded products; (0.761)(0.322)+(0.699)(0.851) with each operand within half a unit reaches 0.839, and the "
         "exact chain value of c_2 is 0.83938); line 58 prints 0.716+0.760 = 1.477 (displayed sum 1.476; 1.477 is "
         "reached only at the edge of the addends' half-unit box, and from the line's factors; exact c_3 = 1.47658); line 45 sigma(0.840) = 0.699 and line 48 sigma(1.280) = "
         "0.783 are reachable with the argument taken within half a unit (sigma(0.840) = 0.69847, sigma(1.2805) = "
         "0.78253; the exact chain values are i_2 = 0.69850, o_2 = 0.78250); line 49 (0.783)(0.686) = 0.536 is reachable from the rounded factors (displayed product 0.5371, "
         "exact h_2 = 0.53639). The author computed with full precision and printed 3 decimals, so the displayed "
         "3-decimal arithmetic is off by one unit in several places while the values are right.")
import itertools
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


def exp(z):
    return D(z).exp()


def sig(z):
    return 1 / (1 + (-D(z)).exp())


def tanh(z):
    e2 = (2 * D(z)).exp()
    return (e2 - 1) / (e2 + 1)


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    """rule (b): within one unit of the last printed digit of the true value"""
    return abs(D(p) - rnd(x, p)) <= unit(p)


def g(s):
    """a given: exact"""
    return (D(s), D(0))


def r(s):
    """a rounded result printed earlier: anywhere within half a unit of its last digit"""
    return (D(s), unit(s) / 2)


def redo(p, f, ops):
    """rule (a): can the line's own expression f(ops), each rounded operand taken within half a unit, round to p?
    f is monotone in each operand here, so its range over the box is spanned by the corners."""
    vals = [f(*c) for c in itertools.product(*[(v - h, v + h) if h else (v,) for v, h in ops])]
    lo, hi = min(vals), max(vals)
    p = D(p)
    u = unit(p)
    ok = not (hi < p - u / 2 or lo >= p + u / 2)
    return ok, f(*[v for v, h in ops])


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, f=None, ops=(), up=(), why=""):
    """Judge one printed number.  f/ops: the arithmetic the line itself shows (rule a); without f the value is
    printed without working or restated (rule b/c)."""
    assert printed in DOC[line - 1], (line, printed, DOC[line - 1])
    p = D(printed)
    own_ok, own = (True, None) if f is None else redo(p, f, ops)
    up_bad = any(STATUS[u] == "wrong" for u in up)
    if not own_ok:
        st, kind = "wrong", "first"
        why = why or "redoing the line's own arithmetic gives %s, not %s" % (rnd(own, p), printed)
    elif near(p, true):
        st, kind = "right", None
    elif up_bad:
        st, kind = "wrong", "propagated"
        why = why or "follows from a wrong value upstream"
    elif f is not None:
        st, kind = "right", None  # follows from printed correct operands
    else:
        st, kind = "wrong", "first"
        why = why or "printed without working; the true value is %s" % rnd(true, p)
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), own=own, status=st, kind=kind, why=why,
                       correct=str(rnd(true, p))))


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:120]))
        for c in cs:
            extra = "" if c["own"] is None else "  own arithmetic %.8g" % c["own"]
            print("            %-8s printed %-10s true %.8g%s -> %s%s" % (
                c["id"], c["printed"], c["true"], extra, c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(c["correct"] for c in bad),
                          "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(dict.fromkeys(c["why"] for c in bad))})
        else:
            right.append(n)
    return wrong, right


def main():
    wrong, right = report()
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        out = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


# ---------------- exact values from the givens ----------------
X = [D(1), D(2), D(3)]
WF, UF, BF = D("0.5"), D("0.3"), D("0.1")
WI, UI, BI = D("0.4"), D("0.2"), D("0")
WC, UC, BC = D("0.5"), D("0.8"), D("0.1")
WO, UO, BO = D("0.6"), D("0.4"), D("0")
h, c = D(0), D(0)
T = []
for x in X:
    zf, zi, zc, zo = WF * x + UF * h + BF, WI * x + UI * h + BI, WC * x + UC * h + BC, WO * x + UO * h + BO
    f, i, ct, o = sig(zf), sig(zi), tanh(zc), sig(zo)
    fc, ic = f * c, i * ct
    c = fc + ic
    th = tanh(c)
    h = o * th
    T.append(dict(zf=zf, zi=zi, zc=zc, zo=zo, f=f, i=i, ct=ct, o=o, fc=fc, ic=ic, c=c, th=th, h=h))
# vanilla RNN of the same curriculum, for the comparison table
hv, V = D(0), []
for x in X:
    hv = tanh(D("0.5") * x + D("0.8") * hv + D("0.1"))
    V.append(hv)

add3 = lambda a, b, cc, d, e: a * b + cc * d + e
mul = lambda a, b: a * b
muladd = lambda a, b, cc, d: a * b + cc * d

# step 1
t = T[0]
L = line_of("$$z_f = (0.5)(1.0) + (0.3)(0) + 0.1 = 0.6")
chk("zf1", L, "0.6", t["zf"], add3, [g("0.5"), g("1.0"), g("0.3"), g("0"), g("0.1")])
chk("f1", L, "0.646", t["f"], sig, [r("0.6")], up=("zf1",))
L = line_of("$$z_i = (0.4)(1.0) + (0.2)(0) + 0.0 = 0.4")
chk("zi1", L, "0.4", t["zi"], add3, [g("0.4"), g("1.0"), g("0.2"), g("0"), g("0.0")])
chk("i1", L, "0.599", t["i"], sig, [r("0.4")], up=("zi1",))
L = line_of("$$z_c = (0.5)(1.0) + (0.8)(0) + 0.1 = 0.6")
chk("zc1", L, "0.6", t["zc"], add3, [g("0.5"), g("1.0"), g("0.8"), g("0"), g("0.1")])
chk("ct1", L, "0.537", t["ct"], tanh, [r("0.6")], up=("zc1",))
L = line_of("$$c_1 = f_1")
chk("c1", L, "0.322", t["c"], muladd, [r("0.646"), g("0"), r("0.599"), r("0.537")], up=("f1", "i1", "ct1"))
L = line_of("$$z_o = (0.6)(1.0) + (0.4)(0) + 0.0 = 0.6")
chk("zo1", L, "0.6", t["zo"], add3, [g("0.6"), g("1.0"), g("0.4"), g("0"), g("0.0")])
chk("o1", L, "0.646", t["o"], sig, [r("0.6")], up=("zo1",))
L = line_of("$$h_1 = o_1")
chk("th1", L, "0.311", t["th"], tanh, [r("0.322")], up=("c1",))
chk("h1", L, "0.201", t["h"], mul, [r("0.646"), r("0.311")], up=("o1", "th1"))


def step(k, x, hp, P, up_h):
    """P: the printed numbers of the step's six lines"""
    t = T[k]
    xs = "%.1f" % x
    L = line_of("$$z_f = (0.5)(%s)+(0.3)(%s)" % (xs, hp))
    chk("zf%d" % (k + 1), L, P["zf"], t["zf"], add3, [g("0.5"), g(xs), g("0.3"), r(hp), g("0.1")], up=(up_h,))
    chk("f%d" % (k + 1), L, P["f"], t["f"], sig, [r(P["zf"])], up=("zf%d" % (k + 1),))
    L = line_of("$$z_i = (0.4)(%s)+(0.2)(%s)" % (xs, hp))
    chk("zi%d" % (k + 1), L, P["zi"], t["zi"], add3, [g("0.4"), g(xs), g("0.2"), r(hp), g("0.0")], up=(up_h,))
    chk("i%d" % (k + 1), L, P["i"], t["i"], sig, [r(P["zi"])], up=("zi%d" % (k + 1),))
    L = line_of("$$z_c = (0.5)(%s)+(0.8)(%s)" % (xs, hp))
    chk("zc%d" % (k + 1), L, P["zc"], t["zc"], add3, [g("0.5"), g(xs), g("0.8"), r(hp), g("0.1")], up=(up_h,))
    chk("ct%d" % (k + 1), L, P["ct"], t["ct"], tanh, [r(P["zc"])], up=("zc%d" % (k + 1),))
    L = line_of("$$c_%d = f_%d c_%d" % (k + 1, k + 1, k))
    n = str(k + 1)
    chk("fc" + n, L, P["fc"], t["fc"], mul, [r(P["f"]), r(P["cp"])], up=("f" + n, "c%d" % k))
    chk("ic" + n, L, P["ic"], t["ic"], mul, [r(P["i"]), r(P["ct"])], up=("i" + n, "ct" + n))
    # the sum: the displayed addends are rounded products, so the sum is redone from the line's own factors
    chk("c" + n, L, P["c"], t["c"], lambda a, b, cc, d: a * b + cc * d,
        [r(P["f"]), r(P["cp"]), r(P["i"]), r(P["ct"])], up=("fc" + n, "ic" + n))
    L = line_of("$$z_o = (0.6)(%s)+(0.4)(%s)" % (xs, hp))
    chk("zo" + n, L, P["zo"], t["zo"], add3, [g("0.6"), g(xs), g("0.4"), r(hp), g("0.0")], up=(up_h,))
    chk("o" + n, L, P["o"], t["o"], sig, [r(P["zo"])], up=("zo" + n,))
    L = line_of("$$h_%d = o_%d" % (k + 1, k + 1))
    chk("th" + n, L, P["th"], t["th"], tanh, [r(P["c"])], up=("c" + n,))
    chk("h" + n, L, P["h"], t["h"], mul, [r(P["o"]), r(P["th"])], up=("o" + n, "th" + n))


step(1, 2.0, "0.201", dict(zf="1.160", f="0.761", zi="0.840", i="0.699", zc="1.261", ct="0.851", cp="0.322",
                           fc="0.245", ic="0.595", c="0.839", zo="1.280", o="0.783", th="0.686", h="0.536"), "h1")
step(2, 3.0, "0.536", dict(zf="1.761", f="0.853", zi="1.307", i="0.787", zc="2.029", ct="0.966", cp="0.839",
                           fc="0.716", ic="0.760", c="1.477", zo="2.015", o="0.882", th="0.901", h="0.795"), "h2")

# the summary table (restated values, rule b/c)
for k, row in enumerate([("0.646", "0.599", "0.537", "0.322", "0.646", "0.201"),
                         ("0.761", "0.699", "0.851", "0.839", "0.783", "0.536"),
                         ("0.853", "0.787", "0.966", "1.477", "0.882", "0.795")]):
    L = line_of("| %d | %s | %s |" % (k + 1, row[0], row[1]))
    for name, val in zip(("f", "i", "ct", "c", "o", "h"), row):
        chk("T%s%d" % (name, k + 1), L, val, T[k][name], up=("%s%d" % (name, k + 1),))
# the comparison table: vanilla RNN h_t (from the RNN chapter's weights), LSTM h_t, c_t
for k, row in enumerate([("0.537", "0.201", "0.322"), ("0.910", "0.536", "0.839"), ("0.981", "0.795", "1.477")]):
    L = line_of("| %d | %s | %s | %s |" % (k + 1, row[0], row[1], row[2]))
    chk("V%d" % (k + 1), L, row[0], V[k])
    chk("Ch%d" % (k + 1), L, row[1], T[k]["h"], up=("h%d" % (k + 1),))
    chk("Cc%d" % (k + 1), L, row[2], T[k]["c"], up=("c%d" % (k + 1),))

if __name__ == "__main__":
    main()
