#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, lesson 3 "Attention 的计算原理" of the
Chinese course 《看懂大模型推理》 (github.com/troycheng/learn-inference, docs/lessons/03-attention.md), kept verbatim
(CC BY 4.0).

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Givens: the single-head toy with D = 2, K1=[1,0], K2=[1,1], K3=[0,1], V1=[2,0], V2=[0,2], V3=[1,1]; queries
Q1=[1,0], Q2=[0,1], Q3=[1,1] (second head Q=[0,1]; exercise Q=[1,-1]); Qwen3.5-9B config numbers (D=256, Nq=16,
Nkv=4, H=4096). Everything derived from them (dot products, scaled scores, softmax weights, weighted sums of V, the
16x256 / 4x256 widths, 1/sqrt(256), cos 30 deg) is recomputed here.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers rounds to p;
  (b) a value printed without working, or restated, is right within one unit of the true value (or when it follows
      from printed correct operands);
  (c) a restated wrong value is wrong, propagated.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/troycheng/learn-inference/blob/4b8192fc54d9a52398effc775de43a2a2c01716e/"
          "docs/lessons/03-attention.md")
LICENSE = ("CC BY 4.0 (LICENSE at the repository root; README: course text and original figures are CC BY 4.0); "
           "doc.md is the file verbatim")
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


def sqrt(x):
    return D(x).sqrt()


def exp(x):
    return D(x).exp()


def ln(x):
    return D(x).ln()


def sig(z):
    return 1 / (1 + (-D(z)).exp())


def softmax(zs):
    es = [exp(z) for z in zs]
    s = sum(es)
    return [e / s for e in es]


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    """rule (b): within one unit of p's last digit of the true value."""
    return abs(D(p) - D(x)) <= unit(p)


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, lo=None, hi=None, alt=None, up=(), why="", correct=None):
    """Judge one printed number p on a line.
    lo, hi: the line prints its own working; [lo, hi] is the range of that expression with every rounded printed
            operand moved within half a unit (exact givens fixed). Rule (a): right only if p = round(v) for some v in
            [lo, hi] (the expressions here are monotone in each operand, so the ends bound it).
    alt:    (rule b, second branch) the value the expression gives from printed operands shown elsewhere (a value
            that follows from printed correct operands is right).
    up:     ids of checks this value is computed from or restates (rule c).
    """
    assert printed in DOC[line - 1], (cid, line, printed, DOC[line - 1])
    p = D(printed)
    status, kind = "right", None
    up_bad = any(STATUS.get(u) == "wrong" for u in up)
    if lo is not None:
        a, b = min(D(lo), D(hi)), max(D(lo), D(hi))
        if not (rnd(a, p) <= p <= rnd(b, p)):
            status, kind = "wrong", "first"
        elif up_bad and not near(p, true):
            status, kind = "wrong", "propagated"
    else:
        ok = near(p, true) or (alt is not None and not up_bad and rnd(alt, p) == p)
        if not ok:
            status, kind = "wrong", ("propagated" if up_bad else "first")
    STATUS[cid] = status
    CHECKS.append({"id": cid, "line": line, "printed": printed, "true": D(true), "status": status, "kind": kind,
                   "why": why, "correct": correct if correct is not None else str(rnd(true, p))})
    return status


def exact(cid, line, printed, true, why=""):
    """a number printed as the result of an expression of exact givens on the same line (rule a, no slack)."""
    return chk(cid, line, printed, true, lo=true, hi=true, why=why)


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
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:90]))
        for c in cs:
            print("            %-14s printed %-10s true %-22s -> %s%s" % (
                c["id"], c["printed"], "%.12g" % c["true"], c["status"],
                (" (" + c["kind"] + ")") if c["kind"] else ""))
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
    print("counts: %d wrong (%d first, %d propagated), %d right" % (
        len(wrong), sum(w["kind"] == "first" for w in wrong), sum(w["kind"] == "propagated" for w in wrong),
        len(right)))
    if "--write-expected" in sys.argv:
        exp_ = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
                "wrong": wrong, "right": right, "notes": notes}
        (HERE / "expected.json").write_text(json.dumps(exp_, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


# ---------------------------------------------------------------- givens
K = [[D(1), D(0)], [D(1), D(1)], [D(0), D(1)]]
V = [[D(2), D(0)], [D(0), D(2)], [D(1), D(1)]]
Qs = [[D(1), D(0)], [D(0), D(1)], [D(1), D(1)]]
R2 = sqrt(2)


def dot(a, b):
    return sum(x * y for x, y in zip(a, b))


def attend(q, visible=3):
    sc = [dot(q, K[j]) / R2 for j in range(visible)]
    w = softmax(sc) + [D(0)] * (3 - visible)
    o = [sum(w[j] * V[j][c] for j in range(3)) for c in range(2)]
    return sc, w, o


assert "| 3 | 它 | `[1,1]` | `[0,1]` | `[1,1]` |" in DOC[line_of("| 3 | 它 |") - 1]

# ---------------------------------------------------------------- 2.1 dot products of Q3 with K1..K3
for j, (txt, val) in enumerate([("Q_3\\cdot K_1&=[1,1]\\cdot[1,0]=1", 1), ("Q_3\\cdot K_2&=[1,1]\\cdot[1,1]=2", 2),
                                ("Q_3\\cdot K_3&=[1,1]\\cdot[0,1]=1", 1)]):
    n = line_of(txt)
    exact("q3k%d" % (j + 1), n, str(val), dot(Qs[2], K[j]), why="[1,1].K%d" % (j + 1))

n = line_of("\\frac{[1,2,1]}{\\sqrt{2}}\\approx")
s3, w3, o3 = attend(Qs[2])
chk("s31", n, "0.707", s3[0], lo=s3[0], hi=s3[0], why="1/sqrt(2)")
chk("s32", n, "1.414", s3[1], lo=s3[1], hi=s3[1], why="2/sqrt(2)")

n = line_of("缩放系数为 `1/√256=1/16`")
exact("inv16", n, "16", sqrt(256), why="sqrt(256) = 16")

# ---------------------------------------------------------------- 2.2 softmax weights (printed truncated, '...')
for j, (txt, p) in enumerate([("位置 1“小明”：0.248255", "0.248255"), ("位置 2“杯子”：0.503490", "0.503490"),
                              ("位置 3“它”：  0.248255", "0.248255")]):
    chk("w3%d" % (j + 1), line_of(txt), p, w3[j],
        why="softmax([1,2,1]/sqrt2)_%d = %s" % (j + 1, rnd(w3[j], D("0.00000001"))))

n = line_of("所以三项显示值相加为 `0.999`")
disp = D("0.248") + D("0.503") + D("0.248")
exact("sum999", n, "0.999", disp, why="0.248 + 0.503 + 0.248 (three-decimal displayed weights)")

# ---------------------------------------------------------------- 2.3 weighted sum of V
n = line_of("0.248255[2,0]+0.503490[0,2]+0.248255[1,1]")
restate("w31r", n, "0.248255", "w31")
restate("w32r", n, "0.503490", "w32")
n = line_of("\\approx[0.745,1.255]")
ops = [D("0.248255"), D("0.503490"), D("0.248255")]
alt = [sum(ops[j] * V[j][c] for j in range(3)) for c in range(2)]
chk("o31", n, "0.745", o3[0], alt=alt[0], up=("w31", "w32", "w33"), why="sum_j w_j V_j[0]")
chk("o32", n, "1.255", o3[1], alt=alt[1], up=("w31", "w32", "w33"), why="sum_j w_j V_j[1]")
n = line_of("`[0.745,1.255]` 是位置 3")
restate("o31r", n, "0.745", "o31")
restate("o32r", n, "1.255", "o32")

# ---------------------------------------------------------------- 3.1 score matrix QK^T / sqrt 2 (rows 1..3)
S = [[dot(Qs[i], K[j]) / R2 for j in range(3)] for i in range(3)]
rows = [("0.707&0.707&0\\\\", ["0.707", "0.707", None]), ("0&0.707&0.707\\\\", [None, "0.707", "0.707"]),
        ("0.707&1.414&0.707", ["0.707", "1.414", "0.707"])]
for i, (txt, ps) in enumerate(rows):
    n = line_of(txt)
    for j, p in enumerate(ps):
        if p is None:
            exact("S%d%d" % (i + 1, j + 1), n, "0", S[i][j], why="Q%d.K%d = 0" % (i + 1, j + 1))
        else:
            chk("S%d%d" % (i + 1, j + 1), n, p, S[i][j], why="Q%d.K%d/sqrt2" % (i + 1, j + 1))

# ---------------------------------------------------------------- 3.2 masked scores (restated, -inf given)
for i, (txt, ps) in enumerate([("0.707&-\\infty&-\\infty\\\\", ["0.707"]), ("0&0.707&-\\infty\\\\", ["0", "0.707"]),
                               ("0.707&1.414&0.707", ["0.707", "1.414", "0.707"])]):
    nth = 2 if i == 2 else 1
    n = line_of(txt, nth)
    for j, p in enumerate(ps):
        restate("M%d%d" % (i + 1, j + 1), n, p, "S%d%d" % (i + 1, j + 1))

# ---------------------------------------------------------------- softmax of each masked row: A
A = [attend(Qs[i], visible=i + 1)[1] for i in range(3)]
n = line_of("1&0&0\\\\")
exact("A11", n, "1", A[0][0], why="softmax of a single visible score = 1")
n = line_of("0.330&0.670&0\\\\")
chk("A21", n, "0.330", A[1][0], why="softmax([0, 0.7071])_1 = %s" % rnd(A[1][0], D("0.00001")))
chk("A22", n, "0.670", A[1][1], why="softmax([0, 0.7071])_2 = %s" % rnd(A[1][1], D("0.00001")))
n = line_of("0.248&0.503&0.248")
for j, p in enumerate(["0.248", "0.503", "0.248"]):
    chk("A3%d" % (j + 1), n, p, A[2][j], why="softmax row 3")

# ---------------------------------------------------------------- O = A V (page: computed with untruncated weights)
O = [[sum(A[i][j] * V[j][c] for j in range(3)) for c in range(2)] for i in range(3)]
n = line_of("2.000&0\\\\")
chk("O11", n, "2.000", O[0][0], why="1*V1")
n = line_of("0.660&1.340\\\\")
chk("O21", n, "0.660", O[1][0], why="A21*2 = %s" % rnd(O[1][0], D("0.00001")))
chk("O22", n, "1.340", O[1][1], why="A22*2 = %s" % rnd(O[1][1], D("0.00001")))
n = line_of("0.745&1.255")
chk("O31", n, "0.745", O[2][0], why="row 3 output")
chk("O32", n, "1.255", O[2][1], why="row 3 output")

# ---------------------------------------------------------------- 4.1 restated head output
n = line_of("O(h=1,i=3)=[0.745,1.255]")
restate("Oh1a", n, "0.745", "o31")
restate("Oh1b", n, "1.255", "o32")

n = line_of("Nq\\times D=16\\times256=4096=H")
exact("NqD", n, "4096", D(16) * 256, why="16*256")

# ---------------------------------------------------------------- 5.1 two query heads sharing K/V
n = line_of("查询头 h1：Q=[1,1]")
for j, p in enumerate(["0.248", "0.503"]):
    chk("h1w%d" % (j + 1), n, p, w3[j], why="head 1 weights")
restate("h1o1", n, "0.745", "o31")
restate("h1o2", n, "1.255", "o32")
n = line_of("查询头 h2：Q=[0,1]")
s2, w2, o2 = attend([D(0), D(1)])
for j, p in enumerate(["0.198", "0.401", "0.401"]):
    chk("h2w%d" % (j + 1), n, p, w2[j], why="softmax([0,1,1]/sqrt2)_%d = %s" % (j + 1, rnd(w2[j], D("0.00001"))))
chk("h2o1", n, "0.797", o2[0], why="2*w1 + w3 = %s" % rnd(o2[0], D("0.00001")))
chk("h2o2", n, "1.203", o2[1], why="2*w2 + w3 = %s" % rnd(o2[1], D("0.00001")))

# ---------------------------------------------------------------- 5.2 GQA widths
exact("Qw", line_of("Q：16 × 256 = 4096"), "4096", D(16) * 256, why="16*256")
exact("Kw", line_of("K： 4 × 256 = 1024"), "1024", D(4) * 256, why="4*256")
exact("Vw", line_of("V： 4 × 256 = 1024"), "1024", D(4) * 256, why="4*256")
n = line_of("K/V 投影宽度和 KV Cache 元素数降为 1/4")
assert "降为 1/4" in DOC[n - 1]
chk("quarter", n, "4", D(16) / D(4), why="16 K/V heads -> 4 K/V heads: 4/16 = 1/4 (the 4 of '1/4')")

# ---------------------------------------------------------------- 6.1 RoPE 30-degree example
n = line_of("cos(30°)≈0.866")
c30 = sqrt(3) / 2
chk("cos30", n, "0.866", c30, why="cos 30 deg = sqrt(3)/2")
DOC_n = DOC[n - 1]
assert DOC_n.count("0.866") == 2
restate("cos30b", n, "0.866", "cos30")

# ---------------------------------------------------------------- 7.1 shape table row with explicit product
exact("concat", line_of("| Concat | `[B,T,4096]` | `16×256=4096` |"), "4096", D(16) * 256, why="16*256")

# ---------------------------------------------------------------- 9. exercise answers, Q = [1,-1]
qx = [D(1), D(-1)]
sx, wx, ox = attend(qx)
n = line_of("1. 点积为 `[1,0,-1]`，缩放后约为")
exact("xd1", n, "1", dot(qx, K[0]), why="[1,-1].K1")
exact("xd3", n, "-1", dot(qx, K[2]), why="[1,-1].K3")
chk("xs1", n, "0.707", sx[0], why="1/sqrt2")
chk("xs3", n, "-0.707", sx[2], why="-1/sqrt2")
n = line_of("[0.576,0.284,0.140]")
for j, p in enumerate(["0.576", "0.284", "0.140"]):
    chk("xw%d" % (j + 1), n, p, wx[j], why="softmax([0.7071,0,-0.7071])_%d = %s" % (j + 1, rnd(wx[j], D("0.00001"))))
n = line_of("0.576 × [2, 0] + 0.284 × [0, 2] + 0.140 × [1, 1]")
for j, p in enumerate(["0.576", "0.284", "0.140"]):
    restate("xw%dr" % (j + 1), n, p, "xw%d" % (j + 1))
n = line_of("= [1.292, 0.708]")
alt0 = D("0.576") * 2 + D("0.140")
alt1 = D("0.284") * 2 + D("0.140")
chk("xo1", n, "1.292", ox[0], alt=alt0, up=("xw1", "xw3"), why="0.576*2 + 0.140; exact %s" % rnd(ox[0], D("0.00001")))
chk("xo2", n, "0.708", ox[1], alt=alt1, up=("xw2", "xw3"), why="0.284*2 + 0.140; exact %s" % rnd(ox[1], D("0.00001")))

NOTES = ("Clean document: every computed number checks. Single head, D = 2, scores [1,2,1]/sqrt2 = [0.7071, 1.4142, "
         "0.7071]; softmax -> [0.2482551, 0.5034898, 0.2482551] (the page prints 0.248255... / 0.503490... with "
         "'...'; within one unit by rule b); weighted V = [0.74477, 1.25523]. Causal-masked rows: row 2 softmax([0, "
         "0.7071]) = [0.33024, 0.66976], O row 2 = [0.66048, 1.33952] -> 0.660, 1.340. Second head Q=[0,1]: weights "
         "[0.19778, 0.40111, 0.40111], output [0.79666, 1.20334]. Exercise Q=[1,-1]: weights [0.57598, 0.28400, "
         "0.14003], output [1.29198, 0.70802]; the page's 1.292/0.708 also follow exactly from its printed rounded "
         "weights. Line 109's 0.999 is the sum of the three displayed three-decimal weights (correct, as the page "
         "says). Not judged (givens or shapes, no arithmetic printed): the toy Q/K/V tables, the masks, Qwen3.5-9B "
         "config numbers (D=256, Nq=16, Nkv=4, H=4096, rope_theta, 64/192 rotary split, 8192-wide q_proj), shape "
         "tuples such as [1,16,1,101], and the restatement H=4096 on line 316. Line 370's 1/4 (4 of 16 K/V heads) "
         "and the explicit products 16x256=4096, 4x256=1024 are judged right.")

if __name__ == "__main__":
    main(NOTES)
