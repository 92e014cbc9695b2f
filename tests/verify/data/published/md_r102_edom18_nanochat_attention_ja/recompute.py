#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, edom18's Japanese study chapter
"第7章: Attention機構の数式" (edom18/nanochat, doc/math/07-attention.md): scaled dot-product attention worked by hand
(softmax of a score row, a 2x2 Q/K/V example, causal-masked softmax rows, exercise answers), plus integer head-size /
KV-cache arithmetic.

Plain Python (decimal at 60 digits); does not import nnwalk.

Page convention (followed): Attention(Q,K,V) = softmax(QK^T / sqrt(d_k)) V, softmax row-wise, masked entries -inf -> 0.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers rounds to p (a rounded operand printed earlier may be taken within half a unit; givens exact);
  (b) a value printed without working (or restated) is right within one unit of the true value, or when it follows
      from printed correct operands;
  (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off is wrong,
      propagated (first if the line adds a mistake of its own).
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/edom18/nanochat/blob/851985ae33a0cd2c35859cbcec67880b7c8ec969/"
          "doc/math/07-attention.md")
LICENSE = ("MIT (the repository README's License section, inherited from karpathy/nanochat); doc.md is the file "
           "verbatim")
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
    """1-based line of the nth line of doc containing sub; fails loudly."""
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    """rule (b): p within one unit of its last digit of x"""
    return abs(D(p) - D(x)) <= unit(p)


def iv(s, exact=False):
    d = D(s)
    if exact:
        return (d, d)
    h = unit(s) / 2
    return (d - h, d + h)


def span(f, *ops):
    vals = [f(*c) for c in itertools.product(*ops)]
    return (min(vals), max(vals))


def follows(p, rg, slack):
    lo, hi = rnd(rg[0], p), rnd(rg[1], p)
    u = unit(p) * slack
    return lo - u <= D(p) <= hi + u


def exp(x):
    x = D(x)
    s, t, n = D(1), D(1), 1
    while True:
        t = t * x / n
        if abs(t) < D("1e-50"):
            return s + t
        s += t
        n += 1


def softmax(xs):
    es = [exp(x) for x in xs]
    s = sum(es)
    return [e / s for e in es]


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, rg=None, up=(), explicit=False, why=""):
    """explicit: p is printed as the result of an expression of numbers printed on the line (rule a) - it must be
    the expression redone from them, rounded at p's digits.  Otherwise rule (b)/(c)."""
    assert printed in DOC[line - 1], (cid, line, printed, DOC[line - 1])
    p = D(printed)
    upbad = any(STATUS[u] == "wrong" for u in up)
    if rg is not None and not isinstance(rg, tuple):
        rg = (D(rg), D(rg))
    fol = rg is not None and follows(p, rg, 0 if explicit else 1)
    if explicit and not fol:
        st, kind = "wrong", "first"
    elif near(p, true) and not (upbad and rg is None):
        st, kind = "right", None
    elif fol and not upbad:
        st, kind = "right", None
    elif upbad:
        st, kind = "wrong", ("propagated" if (fol or rg is None) else "first")
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), rg=rg, status=st, kind=kind, why=why,
                       correct=str(rnd(true, p))))


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:100]))
        for c in cs:
            extra = "" if c["rg"] is None else "  from printed operands [%.8g, %.8g]" % c["rg"]
            print("            %-12s printed %-10s true %.10g%s -> %s%s" % (
                c["id"], c["printed"], c["true"], extra, c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(c["correct"] for c in bad),
                          "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(dict.fromkeys(c["why"] or "restates a wrong value" for c in bad))})
        else:
            right.append(n)
    return wrong, right


def main():
    wrong, right = report()
    print("\nwrong lines (%d): first %d, propagated %d" % (
        len(wrong), sum(w["kind"] == "first" for w in wrong), sum(w["kind"] == "propagated" for w in wrong)),
        [(w["line"], w["kind"]) for w in wrong])
    print("right lines (%d):" % len(right), right)
    if "--write-expected" in sys.argv:
        exp_ = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
                "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp_, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


# ---------------- "スケーリング" section: softmax([100, 2, 1]) ----------------
L = line_of("softmax([100, 2, 1]) ≈ [1.0, 0.0, 0.0]")
sm = softmax([100, 2, 1])
for j, s in enumerate(["1.0", "0.0", "0.0"]):
    chk("sm100_%d" % j, L, s, sm[j])

# ---------------- Step 3 example: scores [2.1, 4.5, 1.8, 3.2] -> weights ----------------
S4 = [D("2.1"), D("4.5"), D("1.8"), D("3.2")]
W4 = softmax(S4)
L = line_of("重み:        [0.10,  0.63,  0.07,  0.20]")
PW = ["0.10", "0.63", "0.07", "0.20"]
for j, s in enumerate(PW):
    chk("w%d" % j, L, s, W4[j], why="softmax([2.1, 4.5, 1.8, 3.2]) = [0.0634, 0.6991, 0.0470, 0.1905]: "
                                    "printed weights are not the softmax of the printed scores")
chk("wsum", line_of("和 = 1.0"), "1.0", sum(W4), rg=sum(D(x) for x in PW))
# Step 4: the same weights restated
L = line_of("位置i の出力 = 0.10*V[0]")
for j, s in enumerate(PW):
    chk("w%d_r1" % j, L, s, W4[j], up=("w%d" % j,))
L = line_of("(63%)")
chk("w1_pct", L, "63", W4[1] * 100, up=("w1",))
for j, s in enumerate(PW):
    L = line_of("Value[%d] ──→ ×%s" % (j, s))
    chk("w%d_r2" % j, L, s, W4[j], up=("w%d" % j,))

# ---------------- complete 2x2 example ----------------
L = line_of("= [[1*1+0*0, 1*0+0*1],") + 3      # "= [[1, 0]," result of Q K^T
assert DOC[L - 1].strip() == "= [[1, 0],", DOC[L - 1]
chk("qk00", L, "1", 1, rg=1, explicit=True)
chk("qk01", L, "0", 0, rg=0)
chk("qk11", L + 1, "1", 1, rg=1)
inv = 1 / D(2).sqrt()
L = line_of("= [[0.707, 0],")
chk("s00", L, "0.707", inv, rg=D(1) / D(2).sqrt(), explicit=True)
chk("s11", L + 1, "0.707", inv, rg=D(1) / D(2).sqrt())
L = line_of("重み = softmax([[0.707, 0],")
chk("s00_r", L, "0.707", inv, up=("s00",))
chk("s11_r", L + 1, "0.707", inv, up=("s11",))
A = softmax([inv, 0])
rgA = span(lambda a: softmax([a, 0])[0], iv("0.707"))
L = line_of("≈ [[0.67, 0.33],")
chk("a00", L, "0.67", A[0], rg=rgA)
chk("a01", L, "0.33", A[1], rg=(1 - rgA[1], 1 - rgA[0]))
chk("a10", L + 1, "0.33", A[1], rg=(1 - rgA[1], 1 - rgA[0]))
chk("a11", L + 1, "0.67", A[0], rg=rgA)
L = line_of("= [[0.67, 0.33],  [[10, 20],")
chk("a00_r", L, "0.67", A[0], up=("a00",))
chk("a10_r", L + 1, "0.33", A[1], up=("a10",))
L = line_of("= [[0.67*10+0.33*30, 0.67*20+0.33*40],")
chk("a00_r2", L, "0.67", A[0], up=("a00",))
chk("a01_r2", L, "0.33", A[1], up=("a01",))
chk("a10_r2", L + 1, "0.33", A[1], up=("a10",))
chk("a11_r2", L + 1, "0.67", A[0], up=("a11",))
L = line_of("= [[16.6, 26.6],")
p67, p33 = D("0.67"), D("0.33")
chk("o00", L, "16.6", A[0] * 10 + A[1] * 30, rg=p67 * 10 + p33 * 30, up=("a00_r2", "a01_r2"))
chk("o01", L, "26.6", A[0] * 20 + A[1] * 40, rg=p67 * 20 + p33 * 40, up=("a00_r2", "a01_r2"))
chk("o10", L + 1, "23.4", A[1] * 10 + A[0] * 30, rg=p33 * 10 + p67 * 30, up=("a10_r2", "a11_r2"))
chk("o11", L + 1, "33.4", A[1] * 20 + A[0] * 40, rg=p33 * 20 + p67 * 40, up=("a10_r2", "a11_r2"))

# ---------------- multi-head split ----------------
chk("dh", line_of("各ヘッドの次元 = 512 / 8 = 64"), "64", D(512) / 8, rg=D(512) / 8, explicit=True)

# ---------------- causal mask example ----------------
rows = [[D("2.1")], [D("1.2"), D("3.4")], [D("0.8"), D("2.1"), D("4.0")],
        [D("1.5"), D("2.9"), D("1.3"), D("3.7")]]
printed = [["1.0", "0.0", "0.0", "0.0"], ["0.1", "0.9", "0.0", "0.0"], ["0.05", "0.15", "0.8", "0.0"],
           ["0.08", "0.29", "0.06", "0.57"]]
subs = ["[[1.0,  0.0,  0.0,  0.0],", "[0.1,  0.9,  0.0,  0.0],", "[0.05, 0.15, 0.8, 0.0],",
        "[0.08, 0.29, 0.06, 0.57]]"]
for i in range(4):
    sm = softmax(rows[i]) + [D(0)] * (4 - len(rows[i]))
    L = line_of(subs[i])
    for j in range(4):
        chk("cm%d%d" % (i, j), L, printed[i][j], sm[j],
            why="masked softmax of row %s = [%s]" % (
                "[" + ", ".join(str(x) for x in rows[i]) + "]", ", ".join("%.4f" % x for x in sm)))

# ---------------- KV cache / GQA arithmetic ----------------
chk("kv1", line_of("8 × 2 (K, V) × 64 = 1024"), "1024", 8 * 2 * 64, rg=D(8 * 2 * 64), explicit=True)
mem = D(32 * 2048 * 1024 * 4) / D(2 ** 20)
chk("mem", line_of("32 × 2048 × 1024 × 4バイト ≈ 256 MB"), "256", mem, rg=mem)
chk("mqa", line_of("1 × 2 × 64 = 128"), "128", 128, rg=D(128), explicit=True)
chk("mqa_r", line_of("1024 / 128 = 8"), "8", 8, rg=D(8), explicit=True)
chk("gqa", line_of("2 × 2 × 64 = 256"), "256", 256, rg=D(256), explicit=True)
chk("gqa_r", line_of("1024 / 256 = 4"), "4", 4, rg=D(4), explicit=True)
chk("nrep", line_of("# 8 // 2 = 4"), "4", 4, rg=D(4), explicit=True)

# ---------------- exercise 1 ----------------
L = line_of("= [[2*1+0*0, 2*0+0*1]]") + 1
assert DOC[L - 1].strip() == "= [[2, 0]]", DOC[L - 1]
chk("e1s0", L, "2", 2, rg=D(2), explicit=True)
r2 = D(2).sqrt()
L = line_of("スケーリング = [2, 0] / √2 = [1.414, 0]")
chk("e1sc", L, "1.414", r2, rg=r2, explicit=True)
L = line_of("3. Softmax = exp([1.414, 0])")
chk("e1sc_r", L, "1.414", r2, up=("e1sc",))
L = line_of("= [4.113, 1.0] / 5.113")
rgE = span(lambda a: exp(a), iv("1.414"))
chk("e1exp", L, "4.113", exp(r2), rg=rgE)
chk("e1sum", L, "5.113", exp(r2) + 1, rg=D("4.113") + 1, up=("e1exp",), explicit=True)
E = softmax([r2, 0])
L = line_of("≈ [0.804, 0.196]")
chk("e1w0", L, "0.804", E[0], rg=span(lambda a, b: a / b, iv("4.113"), iv("5.113")), up=("e1exp", "e1sum"))
chk("e1w1", L, "0.196", E[1], rg=span(lambda b: 1 / b, iv("5.113")), up=("e1sum",))
L = line_of("4. 出力 = [0.804, 0.196]")
chk("e1w0_r", L, "0.804", E[0], up=("e1w0",))
chk("e1w1_r", L, "0.196", E[1], up=("e1w1",))
L = line_of("= 0.804 * 5 + 0.196 * 10")
chk("e1w0_r2", L, "0.804", E[0], up=("e1w0",))
chk("e1w1_r2", L, "0.196", E[1], up=("e1w1",))
L = line_of("= 4.02 + 1.96")
chk("e1p0", L, "4.02", E[0] * 5, rg=D("0.804") * 5, up=("e1w0_r2",), explicit=True)
chk("e1p1", L, "1.96", E[1] * 10, rg=D("0.196") * 10, up=("e1w1_r2",), explicit=True)
L = line_of("= 5.98")
chk("e1out", L, "5.98", E[0] * 5 + E[1] * 10, rg=D("4.02") + D("1.96"), up=("e1p0", "e1p1"), explicit=True)

# ---------------- exercise 2 ----------------
rows2 = [[D("1.0")], [D("0.5"), D("1.5")], [D("1.2"), D("0.8"), D("2.0")]]
p2 = [["1.0", "0.0", "0.0"], ["0.27", "0.73", "0.0"], ["0.24", "0.16", "0.60"]]
sub2 = ["softmax([1.0, -∞, -∞]) = [1.0, 0.0, 0.0]", "softmax([0.5, 1.5, -∞]) ≈ [0.27, 0.73, 0.0]",
        "softmax([1.2, 0.8, 2.0]) ≈ [0.24, 0.16, 0.60]"]
sub2r = ["[[1.0,  0.0,  0.0],", "[0.27, 0.73, 0.0],", "[0.24, 0.16, 0.60]]"]
for i in range(3):
    sm = softmax(rows2[i]) + [D(0)] * (3 - len(rows2[i]))
    L = line_of(sub2[i])
    for j in range(3):
        chk("x%d%d" % (i, j), L, p2[i][j], sm[j], why="softmax of row %d = [%s]" % (
            i, ", ".join("%.4f" % x for x in sm)))
    L = line_of(sub2r[i])
    for j in range(3):
        chk("x%d%d_r" % (i, j), L, p2[i][j], sm[j], up=("x%d%d" % (i, j),))

# ---------------- exercise 3 / 4 ----------------
chk("h4", line_of("= d_model / n_head = 128 / 4 = 32"), "32", 32, rg=D(32), explicit=True)
chk("h8", line_of("8ヘッドの場合 = 128 / 8 = 16"), "16", 16, rg=D(16), explicit=True)
chk("nrep2", line_of("複製数 nrep = 4 / 2 = 2"), "2", 2, rg=D(2), explicit=True)
chk("sd256", line_of("標準偏差 = √256 = 16"), "16", 16, rg=D(16), explicit=True)
chk("sd64", line_of("標準偏差 = √64 = 8"), "8", 8, rg=D(8), explicit=True)
chk("ratio", line_of("比率: 256 / 64 = 4"), "4", 4, rg=D(4), explicit=True)
chk("v256", line_of("= 256 / 256 = 1"), "1", 1, rg=D(1), explicit=True)
chk("v64", line_of("= 64 / 64 = 1"), "1", 1, rg=D(1), explicit=True)

NOTES = (
    "Japanese study chapter on scaled dot-product attention; convention softmax(QK^T/sqrt(d_k))V, followed. "
    "Three softmax results are not the softmax of the scores printed beside them (first errors): the Step-3 example "
    "weights [0.10, 0.63, 0.07, 0.20] for scores [2.1, 4.5, 1.8, 3.2] (true [0.0634, 0.6991, 0.0470, 0.1905]); "
    "causal-mask rows 2 and 3 ([0.05, 0.15, 0.8] for true [0.0342, 0.1257, 0.8401]; [0.08, 0.29, 0.06, 0.57] for "
    "true [0.0671, 0.2722, 0.0550, 0.6058]); exercise 2 row 2 [0.24, 0.16, 0.60] for true [0.2567, 0.1721, 0.5713]. "
    "The wrong Step-3 weights are restated in Step 4 (the '0.10*V[0] + 0.63*V[1] ...' line, '(63%)', and the "
    "'Value[j] --> x w' diagram) and the exercise-2 row in its result matrix: propagated. Close calls: 0.20 in the "
    "Step-3 weights is within one unit of 0.1905 (rule b), so the diagram line 'Value[3] --> x0.20' is right while "
    "the Step-3 line is wrong for its other entries; 0.8 in causal row 2 is right at one decimal (0.840); '≈ 256 MB' "
    "is 32*2048*1024*4 bytes = 256 MiB exactly (MB read as MiB); '和 = 1.0' is judged as the sum of the weights (1 "
    "exactly). Not judged (illustrative, not computed from printed numbers): the '注目度' row for the 'it' sentence, "
    "the '# 例: 8.5 / 24.3 / 1.06' comments of random-vector code, the attention-pattern lists (cat -> sat (0.8) ...), "
    "and integer matrices that only restate Q, K or the scores. The QK^T result lines of the two worked examples "
    "(identity, [[2, 0]]) are judged right.")

if __name__ == "__main__":
    main()
