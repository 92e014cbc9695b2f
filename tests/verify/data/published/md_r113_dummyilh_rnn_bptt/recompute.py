#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of dummy-ilh's note
"Chapter 3: Backpropagation Through Time (BPTT)" (github.com/dummy-ilh/MINE).  The note has two worked examples of a
scalar tanh RNN over x = [1, 2, 3] with W_xh = 0.5, W_hh = 0.8, b_h = 0.1, h_0 = 0:
  Parts B-D: the readout of the author's Chapter 2 (W_hy = 1, b_y = 0), targets 0.6, 0.8, 1.0, squared error,
      the forward sensitivity D_t = dh_t/dW_hh = (1 - h_t^2)(h_{t-1} + W_hh D_{t-1}) and dL/dW_hh = sum e_t D_t;
  Section 2 (appended "crisp breakdown"): W_hy = 1.2, b_y = 0, targets 0.5, 1.0, 1.5, L_t = 1/2 (y_t - y*_t)^2, and
      the backward recursion the page states on its line 249, delta_t = W_hy dL/dy_t + W_hh delta_{t+1} (delta_4 = 0),
      delta_t^raw = delta_t (1 - h_t^2), then dW_hy = sum g_t h_t, dW_xh = sum delta^raw_t x_t,
      dW_hh = sum delta^raw_t h_{t-1}, db_h = sum delta^raw_t, db_y = sum g_t.
True values: the exact forward pass from the givens, pushed through the page's own formulas.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on that line is right only when the
      expression, redone from those numbers, rounds to p (a rounded operand may be taken within half a unit of its
      last digit; givens are exact); otherwise wrong, first;
  (b) a value printed without working, or restated, is right within one unit of the true value, or when it follows
      from printed correct operands;
  (c) a restated wrong value, or a value computed from a wrong one and itself off, is wrong, propagated.
Usage:  python3 recompute.py [--write-expected]
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/dummy-ilh/MINE/blob/3332aec2fe3a5e31074d70e9f1a0fbba16683880/"
          "DL/Model%20Architecture/RNN/Chapter_03_BPTT.md")
LICENSE = ("none (the repository has no LICENSE file); doc.md is an excerpt: headings, every formula and worked "
           "equation line, the bullets and tables of the two worked examples, and the three prose lines that state "
           "givens (63, 65, 81) kept verbatim at their original line numbers; all other prose lines blanked")
NOTES = ("Two first errors in the appended numerical example: line 286 prints tanh(1.5296) = 0.906 (it is 0.9103; "
         "the author's own Chapter 2 has h_2 = 0.910) and line 290 prints tanh(2.3248) = 0.982 (it is 0.98105). "
         "The 0.906 propagates through y_2 = 1.087, L_2, the total loss, dL/dy_2 = 0.087, delta_2, delta_2^raw, "
         "delta_1, delta_1^raw and all five gradients (lines 287-347). The 0.982 of line 290 is within one unit of "
         "the true h_3 = 0.98118, so its restatements (lines 291, 313, 325) and what follows from them alone "
         "(y_3 = 1.178, L_3, dL/dy_3 = -0.322, delta_3, delta_3^raw) are judged right by rule (b). Convention: "
         "the page's backward recursion (line 249) adds W_hh delta_{t+1} rather than W_hh delta^raw_{t+1}, i.e. it "
         "omits the tanh' factor on the recurrent path, so even with correct forward values its gradients are not "
         "the true BPTT gradients; it is applied consistently and is followed here (not counted). Close calls: "
         "Part C/D values (D_2 = 0.0924, D_3 = 0.0374, 0.01016, 0.00945) follow from the page's 3-decimal h values "
         "and are right although the full-precision D_2 is 0.0920; line 146 0.00945 vs exact 0.00946.")
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


def rest(cid, line, printed, src, true=None):
    """a value restated from an earlier line (rule b/c): right when that value was right and is copied unchanged, or
    when it is within one unit of the true value; a copy of a wrong value is wrong, propagated"""
    assert printed in DOC[line - 1], (line, printed, DOC[line - 1])
    s = [c for c in CHECKS if c["id"] == src][-1]
    true = s["true"] if true is None else true
    if (STATUS[src] == "right" and D(printed) == D(s["printed"])) or near(printed, true):
        st, kind, why = "right", None, ""
    else:
        st, kind, why = "wrong", "propagated", "restates %s, which is wrong (true %s)" % (printed, rnd(true, printed))
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), own=None, status=st, kind=kind, why=why,
                       correct=str(rnd(true, printed))))


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
WXH, WHH, BH = D("0.5"), D("0.8"), D("0.1")
H = [D(0)]
for x in X:
    H.append(tanh(WXH * x + WHH * H[-1] + BH))
h1, h2, h3 = H[1], H[2], H[3]
abs_ = abs

# ----- Parts B-D (W_hy = 1) -----
YS = [D("0.6"), D("0.8"), D("1.0")]
E = [H[t + 1] - YS[t] for t in range(3)]
TP = [1 - H[t + 1] ** 2 for t in range(3)]
Dd = [D(0)]
SUMS = []
for t in range(3):
    SUMS.append(H[t] + WHH * Dd[-1])
    Dd.append(TP[t] * SUMS[-1])
PROD = [E[t] * Dd[t + 1] for t in range(3)]
GWHH = sum(PROD)

L = line_of("Using the predictions from Chapter 2")
for k, p in enumerate(["0.537", "0.910", "0.981"]):
    chk("yh%d" % (k + 1), L, p, H[k + 1])
for k, (p, e) in enumerate([("0.537", "-0.063"), ("0.910", "+0.110"), ("0.981", "-0.019")]):
    L = line_of("| %d | %s | %s |" % (k + 1, p, ("0.6", "0.8", "1.0")[k]))
    rest("yt%d" % (k + 1), L, p, "yh%d" % (k + 1))
    chk("e%d" % (k + 1), L, e, E[k], lambda a, b: a - b, [r(p), g(("0.6", "0.8", "1.0")[k])], up=("yt%d" % (k + 1),))
L = line_of("Recall from Chapter 2: $h_0=0")
for k, p in enumerate(["0.537", "0.910", "0.981"]):
    chk("hr%d" % (k + 1), L, p, H[k + 1])
sq = lambda a: a * a
one_minus = lambda a: 1 - a
L = line_of("$$1 - h_1^2 = 1 - (0.537)^2")
chk("sq1", L, "0.288", h1 ** 2, sq, [r("0.537")], up=("hr1",))
chk("tp1", L, "0.712", TP[0], one_minus, [r("0.288")], up=("sq1",))
L = line_of("$$h_0 + W_{hh}\\cdot D_0 = 0 + (0.8)(0) = 0$$")
chk("s1", L, "0", SUMS[0], lambda a, b, c: a + b * c, [g("0"), g("0.8"), g("0")])
L = line_of("$$D_1 = (0.712)(0) = 0$$")
chk("D1", L, "0", Dd[1], lambda a, b: a * b, [r("0.712"), g("0")], up=("tp1", "s1"))
L = line_of("$$1 - h_2^2 = 1 - (0.910)^2")
chk("sq2", L, "0.828", h2 ** 2, sq, [r("0.910")], up=("hr2",))
chk("tp2", L, "0.172", TP[1], one_minus, [r("0.828")], up=("sq2",))
rest("dir2", line_of("- Direct term: $h_1 = 0.537$"), "0.537", "hr1")
chk("ind2", line_of("- Indirect term: $W_{hh}\\cdot D_1 = (0.8)(0) = 0$"), "0", WHH * Dd[1],
    lambda a, b: a * b, [g("0.8"), g("0")], up=("D1",))
chk("s2", line_of("- Sum: $0.537 + 0 = 0.537$"), "0.537", SUMS[1], lambda a, b: a + b, [r("0.537"), g("0")],
    up=("dir2", "ind2"))
chk("D2", line_of("$$D_2 = (0.172)(0.537) = 0.0924$$"), "0.0924", Dd[2], lambda a, b: a * b,
    [r("0.172"), r("0.537")], up=("tp2", "s2"))
L = line_of("$$1 - h_3^2 = 1 - (0.981)^2")
chk("sq3", L, "0.962", h3 ** 2, sq, [r("0.981")], up=("hr3",))
chk("tp3", L, "0.038", TP[2], one_minus, [r("0.962")], up=("sq3",))
rest("dir3", line_of("- Direct term: $h_2 = 0.910$"), "0.910", "hr2")
chk("ind3", line_of("- Indirect term: $W_{hh}\\cdot D_2 = (0.8)(0.0924) = 0.0739$"), "0.0739", WHH * Dd[2],
    lambda a, b: a * b, [g("0.8"), r("0.0924")], up=("D2",))
chk("s3", line_of("- Sum: $0.910 + 0.0739 = 0.984$"), "0.984", SUMS[2], lambda a, b: a + b,
    [r("0.910"), r("0.0739")], up=("dir3", "ind3"))
chk("D3", line_of("$$D_3 = (0.038)(0.984) = 0.0374$$"), "0.0374", Dd[3], lambda a, b: a * b,
    [r("0.038"), r("0.984")], up=("tp3", "s3"))
# the D_t table (restated)
L = line_of("| 1 | 0.712 | 0.000 |")
rest("Ttp1", L, "0.712", "tp1")
for k, p in enumerate(["0.000", "0.000", "0.000"]):
    pass  # h_0 (a given), W_hh D_0 and the sum for t = 1 are 0; 0.000 is exact
chk("Ts1", L, "0.000", SUMS[0])
L = line_of("| 2 | 0.172 | 0.537 |")
rest("Ttp2", L, "0.172", "tp2"); rest("Tdir2", L, "0.537", "hr1"); rest("Ts2", L, "0.537", "s2")
rest("TD2", L, "0.0924", "D2")
L = line_of("| 3 | 0.038 | 0.910 |")
rest("Ttp3", L, "0.038", "tp3"); rest("Tdir3", L, "0.910", "hr2"); rest("Tind3", L, "0.0739", "ind3")
rest("Ts3", L, "0.984", "s3"); rest("TD3", L, "0.0374", "D3")
# Part D
mul = lambda a, b: a * b
chk("p1", line_of("- $t=1$: $(-0.063)(0) = 0$"), "0", PROD[0], mul, [r("-0.063"), g("0")], up=("e1", "D1"))
chk("p2", line_of("- $t=2$: $(0.110)(0.0924) = 0.01016$"), "0.01016", PROD[1], mul, [r("0.110"), r("0.0924")],
    up=("e2", "D2"))
chk("p3", line_of("- $t=3$: $(-0.019)(0.0374) = -0.00071$"), "-0.00071", PROD[2], mul, [r("-0.019"), r("0.0374")],
    up=("e3", "D3"))
L = line_of("= 0 + 0.01016 - 0.00071 = 0.00945")
chk("gwhh", L, "0.00945", GWHH, lambda a, b, c: a + b + c, [g("0"), r("0.01016"), r("-0.00071")], up=("p1", "p2", "p3"))
chk("gwhh2", L, "0.0095", GWHH, lambda a: a, [r("0.00945")], up=("gwhh",))

# ----- Section 2 (W_hy = 1.2) -----
WHY = D("1.2")
YT = [D("0.5"), D("1.0"), D("1.5")]
Y = [WHY * H[t + 1] for t in range(3)]
LT = [(Y[t] - YT[t]) ** 2 / 2 for t in range(3)]
G = [Y[t] - YT[t] for t in range(3)]
DEL = [None, None, None, None]
RAW = [None, None, None, None]
nxt = D(0)
for t in (3, 2, 1):
    DEL[t] = WHY * G[t - 1] + WHH * nxt
    RAW[t] = DEL[t] * (1 - H[t] ** 2)
    nxt = DEL[t]  # the page's line 249: W_hh delta_{t+1}, not W_hh delta^raw_{t+1}
GWHY = sum(G[t] * H[t + 1] for t in range(3))
GWXH = sum(RAW[t + 1] * X[t] for t in range(3))
GWHH2 = sum(RAW[t + 1] * H[t] for t in range(3))
GBH = sum(RAW[t + 1] for t in range(3))
GBY = sum(G)

L = line_of("\\( h_1 = \\tanh(0.5 \\cdot 1 + 0.8 \\cdot 0 + 0.1) = \\tanh(0.6) = 0.537")
chk("B_h1", L, "0.537", h1, tanh, [g("0.6")])
chk("B_y1", line_of("\\( y_1 = 1.2 \\cdot 0.537 + 0 = 0.644"), "0.644", Y[0], mul, [g("1.2"), r("0.537")], up=("B_h1",))
L = line_of("\\( h_2 = \\tanh(0.5 \\cdot 2 + 0.8 \\cdot 0.537 + 0.1)")
chk("B_m2", L, "0.4296", WHH * h1, mul, [g("0.8"), r("0.537")], up=("B_h1",))
chk("B_z2", L, "1.5296", WXH * 2 + WHH * h1 + BH, lambda a, b, c: a + b + c, [g("1"), r("0.4296"), g("0.1")],
    up=("B_m2",))
chk("B_h2", L, "0.906", h2, tanh, [r("1.5296")], up=("B_z2",))
chk("B_y2", line_of("\\( y_2 = 1.2 \\cdot 0.906 = 1.087"), "1.087", Y[1], mul, [g("1.2"), r("0.906")], up=("B_h2",))
L = line_of("\\( h_3 = \\tanh(0.5 \\cdot 3 + 0.8 \\cdot 0.906 + 0.1)")
rest("B_h2r", L, "0.906", "B_h2")
chk("B_m3", L, "0.7248", WHH * h2, mul, [g("0.8"), r("0.906")], up=("B_h2r",))
chk("B_z3", L, "2.3248", WXH * 3 + WHH * h2 + BH, lambda a, b, c: a + b + c, [g("1.5"), r("0.7248"), g("0.1")],
    up=("B_m3",))
chk("B_h3", L, "0.982", h3, tanh, [r("2.3248")], up=("B_z3",))
L = line_of("\\( y_3 = 1.2 \\cdot 0.982 = 1.178")
rest("B_h3r", L, "0.982", "B_h3")
chk("B_y3", L, "1.178", Y[2], mul, [g("1.2"), r("0.982")], up=("B_h3r",))
half_sq = lambda a, b: (a - b) ** 2 / 2
chk("B_L1", line_of("\\( L_1 = \\frac{1}{2}(0.644 - 0.5)^2 = 0.0104"), "0.0104", LT[0], half_sq, [r("0.644"), g("0.5")],
    up=("B_y1",))
chk("B_L2", line_of("\\( L_2 = \\frac{1}{2}(1.087 - 1.0)^2 = 0.0038"), "0.0038", LT[1], half_sq, [r("1.087"), g("1.0")],
    up=("B_y2",))
chk("B_L3", line_of("\\( L_3 = \\frac{1}{2}(1.178 - 1.5)^2 = 0.0518"), "0.0518", LT[2], half_sq, [r("1.178"), g("1.5")],
    up=("B_y3",))
chk("B_L", line_of("**Total \\( L = 0.0660"), "0.0660", sum(LT), lambda a, b, c: a + b + c,
    [r("0.0104"), r("0.0038"), r("0.0518")], up=("B_L1", "B_L2", "B_L3"))
sub = lambda a, b: a - b
chk("B_g1", line_of("y_1 - 0.5 = 0.144"), "0.144", G[0], sub, [r("0.644"), g("0.5")], up=("B_y1",))
chk("B_g2", line_of("= 1.087 - 1.0 = 0.087"), "0.087", G[1], sub, [r("1.087"), g("1.0")], up=("B_y2",))
chk("B_g3", line_of("= 1.178 - 1.5 = -0.322"), "-0.322", G[2], sub, [r("1.178"), g("1.5")], up=("B_y3",))
L = line_of("\\( \\delta_3 = W_{hy} \\cdot (-0.322)")
rest("B_g3r", L, "-0.322", "B_g3")
chk("B_d3", L, "-0.3864", DEL[3], mul, [g("1.2"), r("-0.322")], up=("B_g3r",))
L = line_of("\\( \\delta_3^{\\text{raw}} = -0.3864")
rest("B_h3r2", L, "0.982", "B_h3")
chk("B_sq3", L, "0.964", h3 ** 2, sq, [r("0.982")], up=("B_h3r2",))
chk("B_tp3", L, "0.036", 1 - h3 ** 2, one_minus, [r("0.964")], up=("B_sq3",))
chk("B_r3", L, "-0.0139", RAW[3], mul, [r("-0.3864"), r("0.036")], up=("B_d3", "B_tp3"))
L = line_of("\\( \\delta_2 = W_{hy} \\cdot 0.087")
rest("B_g2r", L, "0.087", "B_g2")
chk("B_a2", L, "0.1044", WHY * G[1], mul, [g("1.2"), r("0.087")], up=("B_g2r",))
chk("B_b2", L, "0.3091", abs_(WHH * DEL[3]), mul, [g("0.8"), r("0.3864")], up=("B_d3",))
chk("B_d2", L, "-0.2047", DEL[2], sub, [r("0.1044"), r("0.3091")], up=("B_a2", "B_b2"))
L = line_of("\\( \\delta_2^{\\text{raw}} = -0.2047")
rest("B_h2r2", L, "0.906", "B_h2")
chk("B_sq2", L, "0.821", h2 ** 2, sq, [r("0.906")], up=("B_h2r2",))
chk("B_tp2", L, "0.179", 1 - h2 ** 2, one_minus, [r("0.821")], up=("B_sq2",))
chk("B_r2", L, "-0.0366", RAW[2], mul, [r("-0.2047"), r("0.179")], up=("B_d2", "B_tp2"))
L = line_of("\\( \\delta_1 = W_{hy} \\cdot 0.144")
rest("B_g1r", L, "0.144", "B_g1")
chk("B_a1", L, "0.1728", WHY * G[0], mul, [g("1.2"), r("0.144")], up=("B_g1r",))
chk("B_b1", L, "0.1638", abs_(WHH * DEL[2]), mul, [g("0.8"), r("0.2047")], up=("B_d2",))
chk("B_d1", L, "0.0090", DEL[1], sub, [r("0.1728"), r("0.1638")], up=("B_a1", "B_b1"))
L = line_of("\\( \\delta_1^{\\text{raw}} = 0.0090")
chk("B_sq1", L, "0.288", h1 ** 2, sq, [r("0.537")], up=("B_h1",))
chk("B_tp1", L, "0.712", 1 - h1 ** 2, one_minus, [r("0.288")], up=("B_sq1",))
chk("B_r1", L, "0.0064", RAW[1], mul, [r("0.0090"), r("0.712")], up=("B_d1", "B_tp1"))
# gradients
L = line_of("= \\sum_{t=1}^3 \\frac{\\partial L}{\\partial y_t} \\cdot h_t = (0.144")
rest("G1a", L, "0.087", "B_g2"); rest("G1b", L, "0.906", "B_h2"); rest("G1c", L, "0.982", "B_h3")
L = line_of("= \\( 0.0773 + 0.0788 - 0.3162")
chk("G1_1", L, "0.0773", G[0] * h1, mul, [r("0.144"), r("0.537")], up=("B_g1", "B_h1"))
chk("G1_2", L, "0.0788", G[1] * h2, mul, [r("0.087"), r("0.906")], up=("B_g2", "B_h2"))
chk("G1_3", L, "0.3162", abs_(G[2] * h3), mul, [r("0.322"), r("0.982")], up=("B_g3", "B_h3r"))
chk("G1", L, "-0.1601", GWHY, lambda a, b, c: a + b - c, [r("0.0773"), r("0.0788"), r("0.3162")],
    up=("G1_1", "G1_2", "G1_3"))
L = line_of("\\cdot x_t = (0.0064 \\cdot 1)")
rest("G2a", L, "0.0064", "B_r1"); rest("G2b", L, "-0.0366", "B_r2")
L = line_of("= \\( 0.0064 - 0.0732 - 0.0417")
rest("G2c", L, "0.0064", "B_r1")
chk("G2_2", L, "0.0732", abs_(RAW[2] * 2), mul, [r("0.0366"), g("2")], up=("B_r2",))
chk("G2_3", L, "0.0417", abs_(RAW[3] * 3), mul, [r("0.0139"), g("3")], up=("B_r3",))
chk("G2", L, "-0.1085", GWXH, lambda a, b, c: a - b - c, [r("0.0064"), r("0.0732"), r("0.0417")],
    up=("G2c", "G2_2", "G2_3"))
L = line_of("\\cdot h_{t-1} = (0.0064 \\cdot 0)")
rest("G3a", L, "0.0064", "B_r1"); rest("G3b", L, "-0.0366", "B_r2"); rest("G3c", L, "0.906", "B_h2")
L = line_of("= \\( 0 - 0.0197 - 0.0126")
chk("G3_2", L, "0.0197", abs_(RAW[2] * h1), mul, [r("0.0366"), r("0.537")], up=("B_r2", "B_h1"))
chk("G3_3", L, "0.0126", abs_(RAW[3] * h2), mul, [r("0.0139"), r("0.906")], up=("B_r3", "B_h2"))
chk("G3", L, "-0.0323", GWHH2, lambda a, b: -a - b, [r("0.0197"), r("0.0126")], up=("G3_2", "G3_3"))
L = line_of("\\delta_t^{\\text{raw}} = 0.0064 - 0.0366 - 0.0139")
chk("G4", L, "-0.0441", GBH, lambda a, b, c: a + b + c, [r("0.0064"), r("-0.0366"), r("-0.0139")],
    up=("B_r1", "B_r2", "B_r3"))
L = line_of("= 0.144 + 0.087 - 0.322")
chk("G5", L, "-0.0910", GBY, lambda a, b, c: a + b + c, [r("0.144"), r("0.087"), r("-0.322")],
    up=("B_g1", "B_g2", "B_g3"))
for cid, name, p in [("S1", "W_{hy}", "-0.1601"), ("S2", "W_{xh}", "-0.1085"), ("S3", "W_{hh}", "-0.0323"),
                     ("S4", "b_h", "-0.0441"), ("S5", "b_y", "-0.0910")]:
    rest(cid, line_of("| \\( %s \\) | **%s**" % (name, p)), p, "G" + cid[1])

if __name__ == "__main__":
    main()
