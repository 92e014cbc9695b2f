#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.tex, an equations-only excerpt of
abdullah-al-mahmud-18/cse751 `src/rnn_lstm_overview.tex` (LaTeX lecture notes of the course "CSE 751: Advanced NLP"):
Worked Example 1 (vanilla RNN, POS tagging of "the hair dryer is great": forward pass, losses, BPTT gradients and
one update) and Worked Example 2 (the same with a bidirectional RNN).

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (doc.tex lines 2 and 142-150, and the notes' one-hot encodings): inputs x(t) = e_t (one-hot, t = 1..5),
labels 0, 1, 1, 2, 4 (DET NOUN NOUN VERB ADJ); W = I5, U = 0.5 I5, V = 0.5 I5, h(0) = 0 (both RNNs of Example 2
alike, h_b(6) = 0); h(t) = tanh(U h(t-1) + W x(t)) (the backward RNN runs from t = 5 down to 1 with h_b(t+1));
o(t) = softmax(V h(t)) (Example 2: softmax(V_f h_f(t) + V_b h_b(t))); L(t) = -ln o(t)[label]; L_total = mean of
the five; delta_out(t) = o(t) - y(t); dL/dV = (1/5) sum delta_out (x) h; BPTT as the notes state it
(delta_h = V^T delta_out / 5 + delta_h,next, delta_pre = delta_h (1 - h^2), dW += delta_pre (x) x,
dU += delta_pre (x) h(t-1), delta_h,next = U^T delta_pre; for the backward RNN the recurrence runs t = 1 up to 5
and dU_b += delta_pre (x) h_b(t+1)); update w - 0.1 dw. True values follow those rules exactly.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line's own arithmetic: when the line prints p as the result of an expression whose operands are printed on
      that line (-log(0.2679) = 1.3173, a sum divided by 5), p is right only if redoing it from those printed
      numbers rounds to exactly p at p's digits, where an operand that is itself a rounded result printed earlier
      may be taken anywhere within half a unit of its last digit; otherwise the line is wrong (first);
  (b) a value printed without its working (vectors and matrix rows of results, restatements) is right when it is
      within one unit of its last digit of the true value, or follows from printed correct operands;
  (c) a restated wrong value is wrong (propagated); a value computed from a wrong one and itself off is wrong
      (propagated).
Lines that only state givens (W = I5, the one-hot inputs) are neither right nor wrong.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.tex"
FORMAT = "tex"
SOURCE = ("https://github.com/abdullah-al-mahmud-18/cse751/blob/7c089d9832106ba9526c2ff4ba0708c2e125a8c7/"
          "src/rnn_lstm_overview.tex")
LICENSE = ("none (no LICENSE in the repository); doc.tex is an excerpt of only the math environments of Worked "
           "Examples 1 and 2 (source lines 221-670), line for line, prose, headings and itemize text removed")
PAGE = {}
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D
from itertools import product

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
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
    return abs(D(p) - rnd(x, p)) <= unit(p)


def G(s):
    """A given (an input, a weight, a constant): exact."""
    return (D(s), D(s))


def R(s):
    """An operand that is a rounded result printed earlier: anywhere within half a unit of its last digit."""
    h = unit(s) / 2
    return (D(s) - h, D(s) + h)


def own_ok(p, f, args):
    """Rule (a): p is right only if redoing f from its printed operands rounds to exactly p at p's digits, where a
    rounded operand may be taken anywhere within half a unit of its last digit (f is monotone in each operand over
    that box, so its corners bound it)."""
    vals = [f(*c) for c in product(*args)]
    lo, hi = min(vals), max(vals)
    p = D(p)
    return rnd(lo, p) <= p <= rnd(hi, p)


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, f=None, args=(), up=(), method=False, why="", correct=None, explicit=True):
    """Judge one printed number: printed p (sign dropped where the page prints it apart), its true value, and, when
    the line shows p as the result of an expression of printed operands, that expression f with its operands."""
    assert printed in DOC[line - 1], (line, printed)
    p = D(printed)
    ops_ok = True if f is None else own_ok(p, f, args)
    if explicit and not ops_ok:
        st, kind = "wrong", "first"
    elif near(p, true):
        st, kind = "right", None
    elif any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", "propagated"
    elif method:
        st, kind = "wrong", "first"
    elif f is not None:
        st, kind = "right", None  # follows from printed, correct operands (rounding drift)
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    mid = None if f is None else f(*[(a[0] + a[1]) / 2 for a in args])
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), ops=mid, status=st, kind=kind, why=why,
                       correct=correct if correct is not None else str(rnd(true, p))))


def same(cid, line, printed, src, why=""):
    """A restated value: it carries the status of the value it copies."""
    c0 = [c for c in CHECKS if c["id"] == src][0]
    assert printed in DOC[line - 1], (line, printed)
    st = STATUS[src]
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=c0["true"], ops=None, status=st,
                       kind=("propagated" if st == "wrong" else None), why=why or "restates a wrong value",
                       correct=str(rnd(c0["true"], D(printed)))))


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:110]))
        for c in cs:
            extra = "" if c["ops"] is None else "  from printed operands %.10g" % c["ops"]
            print("            %-10s printed %-14s true %.10g%s -> %s%s" % (
                c["id"], c["printed"], c["true"], extra, c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            seen, printed, correct, whys = set(), [], [], []
            for c in bad:
                key = (c["printed"], c["correct"])
                if key in seen:
                    continue
                seen.add(key)
                printed.append(c["printed"])
                correct.append(c["correct"])
                whys.append(c["why"] or "restates a wrong value")
            wrong.append({"line": n, "page": PAGE.get(n) if PAGE else None, "printed": ", ".join(printed),
                          "correct": ", ".join(correct), "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(dict.fromkeys(whys))})
        else:
            right.append(n)
    return wrong, right


def main():
    wrong, right = report()
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")
import re

# ---------------- exact values from the givens ----------------
N = 5
LAB = [0, 1, 1, 2, 4]
X = [[D(1) if j == t else D(0) for j in range(N)] for t in range(N)]
H = D("0.5")
ETA = D("0.1")


def softmax(v):
    e = [a.exp() for a in v]
    s = sum(e)
    return [a / s for a in e]


def onehot(t):
    return [D(1) if j == LAB[t] else D(0) for j in range(N)]


def run_forward(order):
    """h[t] for t in 1..5 (index t); order 'f' runs t = 1..5 from h[0] = 0, 'b' runs t = 5..1 from h[6] = 0."""
    h = {0: [D(0)] * N, 6: [D(0)] * N}
    pre, uh = {}, {}
    ts = range(1, 6) if order == "f" else range(5, 0, -1)
    for t in ts:
        prev = h[t - 1] if order == "f" else h[t + 1]
        uh[t] = [H * a for a in prev]
        pre[t] = [uh[t][i] + X[t - 1][i] for i in range(N)]
        h[t] = [tanh(a) for a in pre[t]]
    return h, pre, uh


def bptt(h, dout, order):
    gW = [[D(0)] * N for _ in range(N)]
    gU = [[D(0)] * N for _ in range(N)]
    dn = [D(0)] * N
    ts = range(5, 0, -1) if order == "f" else range(1, 6)
    for t in ts:
        dh = [H * dout[t][i] / 5 + dn[i] for i in range(N)]
        dp = [dh[i] * (1 - h[t][i] ** 2) for i in range(N)]
        prev = h[t - 1] if order == "f" else h[t + 1]
        for i in range(N):
            for j in range(N):
                gW[i][j] += dp[i] * X[t - 1][j]
                gU[i][j] += dp[i] * prev[j]
        dn = [H * dp[i] for i in range(N)]
    return gW, gU


def outer_mean(dout, h):
    return [[sum(dout[t][i] * h[t][j] for t in range(1, 6)) / 5 for j in range(N)] for i in range(N)]


def upd(c, G):
    return [[(c if i == j else D(0)) - ETA * G[i][j] for j in range(N)] for i in range(N)]


# Example 1: vanilla RNN
h1, pre1, uh1 = run_forward("f")
vh1 = {t: [H * a for a in h1[t]] for t in range(1, 6)}
o1 = {t: softmax(vh1[t]) for t in range(1, 6)}
L1 = {t: -o1[t][LAB[t - 1]].ln() for t in range(1, 6)}
Lt1 = sum(L1.values()) / 5
do1 = {t: [o1[t][i] - onehot(t - 1)[i] for i in range(N)] for t in range(1, 6)}
gV1 = outer_mean(do1, h1)
gW1, gU1 = bptt(h1, do1, "f")
Wn1, Un1, Vn1 = upd(D(1), gW1), upd(H, gU1), upd(H, gV1)

# Example 2: bidirectional RNN
hf, pref, uhf = h1, pre1, uh1
hb, preb, uhb = run_forward("b")
vfh = {t: [H * a for a in hf[t]] for t in range(1, 6)}
vbh = {t: [H * a for a in hb[t]] for t in range(1, 6)}
s2 = {t: [vfh[t][i] + vbh[t][i] for i in range(N)] for t in range(1, 6)}
o2 = {t: softmax(s2[t]) for t in range(1, 6)}
L2 = {t: -o2[t][LAB[t - 1]].ln() for t in range(1, 6)}
Lt2 = sum(L2.values()) / 5
do2 = {t: [o2[t][i] - onehot(t - 1)[i] for i in range(N)] for t in range(1, 6)}
gVf, gVb = outer_mean(do2, hf), outer_mean(do2, hb)
gWf, gUf = bptt(hf, do2, "f")
gWb, gUb = bptt(hb, do2, "b")
Wfn, Ufn, Wbn, Ubn, Vfn, Vbn = upd(D(1), gWf), upd(H, gUf), upd(D(1), gWb), upd(H, gUb), upd(H, gVf), upd(H, gVb)

NUM = re.compile(r"-?\d+(?:\.\d+)?")


def groups(ln):
    return [NUM.findall(g) for g in re.findall(r"\[([^\]]*)\]", DOC[ln - 1])]


def vec(cid, sub, spec, nth=1):
    """spec: {bracket group index: true vector}; every number of those groups is judged by rule (b)."""
    ln = line_of(sub, nth)
    gs = groups(ln)
    for g, truth in spec.items():
        assert len(gs[g]) == N, (ln, gs[g])
        for k, (p, tv) in enumerate(zip(gs[g], truth)):
            chk("%s.%d.%d" % (cid, g, k), ln, p, tv)
    return ln


def mat(cid, sub, M, nth=1):
    ln0 = line_of(sub, nth)
    for r in range(N):
        ln = ln0 + 1 + r
        ps = NUM.findall(DOC[ln - 1])
        assert len(ps) == N, (ln, ps)
        for k, (p, tv) in enumerate(zip(ps, M[r])):
            chk("%s.%d.%d" % (cid, r, k), ln, p, tv)


def logline(cid, sub, p_in, p_true, Lp, L_true, nth=1):
    ln = line_of(sub, nth)
    chk(cid + ".p", ln, p_in, p_true)
    chk(cid, ln, Lp, L_true, f=lambda a: -a.ln(), args=[R(p_in)])


def mean5(cid, sub, ps, Lp, L_true):
    ln = line_of(sub)
    chk(cid, ln, Lp, L_true, f=lambda *a: sum(a) / 5, args=[R(p) for p in ps])


# ---------------- Example 1 ----------------
for t in range(1, 6):
    s = "U h^{(%d)} + W x^{(%d)}" % (t - 1, t)
    if t < 5:
        vec("pre%d" % t, s, {0: uh1[t], 2: pre1[t]})
    else:
        vec("pre%d" % t, s, {0: uh1[t]})
vec("h1", "h^{(1)} &= \\tanh(", {0: pre1[1], 1: h1[1]})
vec("h2", "h^{(2)} &= \\tanh(", {0: pre1[2], 1: h1[2]})
for t in (3, 4, 5):
    vec("h%d" % t, "    h^{(%d)} &= [" % t, {0: h1[t]})
vec("vh1", "V h^{(1)} &=", {0: vh1[1]})
vec("vh2", "V h^{(2)} &=", {0: vh1[2]})
vec("o1", "o^{(1)} &= \\text{softmax}(", {0: vh1[1], 1: o1[1]})
vec("o2", "o^{(2)} &= \\text{softmax}(\\cdots)", {0: o1[2]})
for t in (3, 4, 5):
    vec("o%d" % t, "    o^{(%d)} &= [" % t, {0: o1[t]})
PR1 = {1: ("0.2679", "1.3173"), 2: ("0.2584", "1.3531"), 3: ("0.2083", "1.5687"), 4: ("0.2067", "1.5766"),
       5: ("0.2512", "1.3814")}
for t, (p, l) in PR1.items():
    logline("L%d" % t, "L^{(%d)} &= -\\log(%s)" % (t, p), p, o1[t][LAB[t - 1]], l, L1[t])
mean5("Lt1", "L_{\\text{total}} = \\frac{1.3173", [v[1] for v in PR1.values()], "1.4394", Lt1)
for t in range(1, 6):
    vec("do%d" % t, "\\delta_{\\text{out}}^{(%d)} &= [" % t, {0: do1[t]})
mat("gV", "\\nabla V = \\begin{bmatrix}", gV1)
mat("gW", "\\nabla W = \\begin{bmatrix}", gW1)
mat("gU", "\\nabla U = \\begin{bmatrix}", gU1)
mat("Wn", "W_{\\text{new}} = \\begin{bmatrix}", Wn1)
mat("Un", "U_{\\text{new}} = \\begin{bmatrix}", Un1)
mat("Vn", "V_{\\text{new}} = \\begin{bmatrix}", Vn1)

# ---------------- Example 2 ----------------
for t in range(1, 6):
    vec("hf%d" % t, "h_f^{(%d)} &= [" % t, {0: hf[t]})
vec("pb5", "U_b h_b^{(6)} + W_b x^{(5)}", {0: uhb[5], 2: preb[5]})
vec("hb5", "h_b^{(5)} &= \\tanh(", {0: preb[5], 1: hb[5]})
vec("pb4", "U_b h_b^{(5)} + W_b x^{(4)}", {0: uhb[4], 2: preb[4]})
vec("pb3", "U_b h_b^{(4)} + W_b x^{(3)}", {0: uhb[3], 2: preb[3]})
vec("pb2", "U_b h_b^{(3)} + W_b x^{(2)}", {0: uhb[2]})
vec("pb2s", "&= [0,1,0.3808,0.1817,0.0899]", {0: preb[2]})
vec("pb1", "U_b h_b^{(2)} + W_b x^{(1)}", {0: uhb[1]})
vec("pb1s", "&= [1,0.3808,0.1817,0.0899,0.0448]", {0: preb[1]})
for t in (4, 3, 2, 1):
    vec("hb%d" % t, "    h_b^{(%d)} &= [" % t, {0: hb[t]})
vec("vf1", "V_f h_f^{(1)} &=", {0: vfh[1]})
vec("vb1", "V_b h_b^{(1)} &=", {0: vbh[1]})
ln = line_of("\\text{sum}    &= [")
for k, (p, tv) in enumerate(zip(groups(ln)[0], s2[1])):
    chk("s1.%d" % k, ln, p, tv, f=lambda a, b: a + b,
        args=[R(groups(ln - 2)[0][k]) if "." in groups(ln - 2)[0][k] else G(groups(ln - 2)[0][k]),
              R(groups(ln - 1)[0][k]) if "." in groups(ln - 1)[0][k] else G(groups(ln - 1)[0][k])])
vec("ob1", "o^{(1)}       &= [", {0: o2[1]})
for t in (2, 3, 4, 5):
    vec("s%d" % t, "V_f h_f^{(%d)} + V_b h_b^{(%d)} &= [" % (t, t), {0: s2[t]})
    vec("ob%d" % t, "    o^{(%d)} &= [" % t, {0: o2[t]}, nth=1 if t == 2 else 2)
PR2 = {1: ("0.3293", "1.1107"), 2: ("0.3206", "1.1375"), 3: ("0.1782", "1.7246"), 4: ("0.1795", "1.7174"),
       5: ("0.3293", "1.1107")}
for t, (p, l) in PR2.items():
    logline("Lb%d" % t, "L^{(%d)}" % t, p, o2[t][LAB[t - 1]], l, L2[t], nth=2)
mean5("Lt2", "L_{\\text{total}} = \\frac{1.1107", [v[1] for v in PR2.values()], "1.3602", Lt2)
mat("gVf", "\\nabla V_f = \\begin{bmatrix}", gVf)
mat("gVb", "\\nabla V_b = \\begin{bmatrix}", gVb)
mat("gWf", "\\nabla W_f = \\begin{bmatrix}", gWf)
mat("gUf", "\\nabla U_f = \\begin{bmatrix}", gUf)
mat("gWb", "\\nabla W_b = \\begin{bmatrix}", gWb)
mat("gUb", "\\nabla U_b = \\begin{bmatrix}", gUb)
mat("Wfn", "W_{f,\\text{new}} = \\begin{bmatrix}", Wfn)
mat("Ufn", "U_{f,\\text{new}} = \\begin{bmatrix}", Ufn)
mat("Wbn", "W_{b,\\text{new}} = \\begin{bmatrix}", Wbn)
mat("Ubn", "U_{b,\\text{new}} = \\begin{bmatrix}", Ubn)
mat("Vfn", "V_{f,\\text{new}} = \\begin{bmatrix}", Vfn)
mat("Vbn", "V_{b,\\text{new}} = \\begin{bmatrix}", Vbn)

NOTES = (
    "LaTeX lecture notes of the course CSE 751 (Advanced NLP), abdullah-al-mahmud-18/cse751 (2026; no license, so "
    "only the math environments of Worked Examples 1 and 2 are kept, line for line). A vanilla RNN and a "
    "bidirectional RNN tag 'the hair dryer is great' with one-hot inputs, W = I, U = V = 0.5 I, softmax outputs, "
    "cross-entropy averaged over the five steps, BPTT and one update with eta = 0.1. Every printed number is right: "
    "the vectors, the -log losses, the means, the output deltas and the 5x5 gradient and updated-weight matrices "
    "(bmatrix rows) all agree with an exact recomputation at the 4 decimals printed. Close calls under the "
    "own-arithmetic rule: -log(0.1782) = 1.7248 and -log(0.1795) = 1.7176 are printed 1.7246 and 1.7174 (lines "
    "of positions 3 and 4 in Example 2); they stand because 0.1782 and 0.1795 are rounded probabilities (0.17825 "
    "gives 1.7246, 0.17954 gives 1.7174), and the true losses are 1.7246 and 1.7174. U_new's last diagonal entry "
    "is printed '0.5' and the zero columns '0' (exact). The notes' explanation that the last column of nabla U is "
    "zero 'because h(0) = 0' is prose, not judged. A clean document: it measures false alarms on bmatrix rows, "
    "bracketed vectors with \\; spacing and \\quad \\checkmark annotations."
)

if __name__ == "__main__":
    main()
