#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, lesson 2 "Decoder Layer 的结构与计算" of the
Chinese course 《看懂大模型推理》 (github.com/troycheng/learn-inference, docs/lessons/02-inside-a-decoder-layer.md), kept verbatim
(CC BY 4.0).

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Givens: the vectors [3,4] and [30,40] (RMSNorm, gamma = 1, epsilon ignored as the page says), the Linear example
x=[1,2], W=[[1,0],[0,1],[1,1]], and the SwiGLU toy y_norm=[1,2], W_gate=[[1,0],[0,1],[1,1]], W_up=[[1,1],[1,-1],[0,1]],
W_down=[[1,0,0],[0,0.5,0.5]]; Qwen3.5-9B config numbers (32 layers, groups of four). Everything derived from them
(squares, mean, RMS, normalised vectors, dot products, SiLU, the gated product and down_proj, 32/4) is recomputed.

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
          "docs/lessons/02-inside-a-decoder-layer.md")
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


def rms(v):
    return sqrt(sum(D(x) ** 2 for x in v) / len(v))


def silu(z):
    return D(z) * sig(z)


# ---------------------------------------------------------------- 4.1 / 4.2 RMSNorm of [3,4]
assert "[3, 4]" in DOC[line_of("[3, 4]") - 1] and "[30, 40]" in DOC[line_of("[30, 40]") - 1]
n = line_of("第二条只是整体放大了 10 倍")
chk("x10", n, "10", D(30) / D(3), why="[30,40] = 10 * [3,4]")

r34 = rms([3, 4])
n = line_of("`[3,4]` 的平方是 `[9,16]`，均方根约为 `3.536`")
exact("sq9", n, "9", D(3) ** 2, why="3^2")
exact("sq16", n, "16", D(4) ** 2, why="4^2")
chk("rms34", n, "3.536", r34, why="sqrt((9+16)/2) = sqrt(12.5) = %s" % rnd(r34, D("0.00001")))
chk("n1", n, "0.849", D(3) / r34, why="3/3.5355 = %s" % rnd(D(3) / r34, D("0.00001")))
chk("n2", n, "1.131", D(4) / r34, why="4/3.5355 = %s" % rnd(D(4) / r34, D("0.00001")))

n = line_of("除以欧几里得长度 `5` 才会得到 `[0.6,0.8]`")
exact("len5", n, "5", sqrt(D(9) + D(16)), why="sqrt(3^2+4^2)")
exact("u1", n, "0.6", D(3) / 5, why="3/5")
exact("u2", n, "0.8", D(4) / 5, why="4/5")
exact("ms", n, "12.5", (D(9) + D(16)) / 2, why="mean(9,16)")
restate("n1b", n, "0.849", "n1")
restate("n2b", n, "1.131", "n2")

# ---------------------------------------------------------------- 4.3 scale invariance, [30,40]
r3040 = rms([30, 40])
n = line_of("平方：      [900, 1600]")
exact("s900", n, "900", D(30) ** 2, why="30^2")
exact("s1600", n, "1600", D(40) ** 2, why="40^2")
n = line_of("平均：      1250")
exact("m1250", n, "1250", (D(900) + D(1600)) / 2, why="(900+1600)/2")
n = line_of("开平方：    sqrt(1250) ≈ 35.355")
chk("r1250", n, "35.355", sqrt(1250), lo=sqrt(1250), hi=sqrt(1250), why="sqrt(1250) = %s" % rnd(sqrt(1250), D("0.00001")))
n = line_of("相除：      [30/35.355, 40/35.355]")
restate("r1250b", n, "35.355", "r1250")
n = line_of("结果：      [0.849, 1.131]")
chk("n30", n, "0.849", D(30) / r3040, alt=D(30) / D("35.355"), up=("r1250",), why="30/35.355")
chk("n40", n, "1.131", D(40) / r3040, alt=D(40) / D("35.355"), up=("r1250",), why="40/35.355")
n = line_of("输入整体乘 10，RMS 也乘 10")
assert DOC[n - 1].count("10") == 2
chk("rmsx10", n, "10", r3040 / r34, why="RMS([30,40]) / RMS([3,4]) = 35.355/3.536 = 10")

# ---------------------------------------------------------------- 6.2 Linear row dot products, x=[1,2]
xs = [D(1), D(2)]
W = [[D(1), D(0)], [D(0), D(1)], [D(1), D(1)]]
y = [sum(a * b for a, b in zip(xs, row)) for row in W]
for i, txt in enumerate(["y_1&=1\\times1+2\\times0=1", "y_2&=1\\times0+2\\times1=2", "y_3&=1\\times1+2\\times1=3"]):
    exact("y%d" % (i + 1), line_of(txt), str(i + 1), y[i], why="row %d of W dot x" % (i + 1))
n = line_of("因此 `y=[1,2,3]`")
for i in range(3):
    restate("y%dr" % (i + 1), n, str(i + 1), "y%d" % (i + 1))

# ---------------------------------------------------------------- 8. SwiGLU toy, y_norm=[1,2]
Wg = [[D(1), D(0)], [D(0), D(1)], [D(1), D(1)]]
Wu = [[D(1), D(1)], [D(1), D(-1)], [D(0), D(1)]]
Wd = [[D(1), D(0), D(0)], [D(0), D("0.5"), D("0.5")]]
assert "W_down = [[1, 0,   0]," in DOC[line_of("W_down = [[1, 0,   0],") - 1]
g = [sum(a * b for a, b in zip(xs, row)) for row in Wg]
u = [sum(a * b for a, b in zip(xs, row)) for row in Wu]
sg = [silu(z) for z in g]
m = [a * b for a, b in zip(sg, u)]
out = [sum(a * b for a, b in zip(row, m)) for row in Wd]

n = line_of("= [1, 2, 3]")
assert "= [1*1+2*0, 1*0+2*1, 1*1+2*1]" in DOC[n - 2]
for i in range(3):
    chk("g%d" % (i + 1), n, str(g[i]), g[i], why="gate_proj row %d" % (i + 1))
n = line_of("SiLU([1,2,3]) ≈ [0.731, 1.762, 2.858]")
for i, p in enumerate(["0.731", "1.762", "2.858"]):
    chk("sg%d" % (i + 1), n, p, sg[i], why="SiLU(%d) = %d*sigmoid(%d) = %s" % (i + 1, i + 1, i + 1,
                                                                          rnd(sg[i], D("0.00001"))))
n = line_of("= [3, -1, 2]")
assert "= [1*1+2*1, 1*1+2*(-1), 1*0+2*1]" in DOC[n - 2]
for i, p in enumerate(["3", "-1", "2"]):
    chk("up%d" % (i + 1), n, p, u[i], why="up_proj row %d" % (i + 1))

n = line_of("[0.731, 1.762, 2.858]", 2)
for i, p in enumerate(["0.731", "1.762", "2.858"]):
    restate("sg%dr" % (i + 1), n, p, "sg%d" % (i + 1))
n = line_of("* [3,   -1,    2]")
for i, p in enumerate(["3", "-1", "2"]):
    restate("up%dr" % (i + 1), n, p, "up%d" % (i + 1))
n = line_of("= [2.193, -1.762, 5.716]")
for i, p in enumerate(["2.193", "-1.762", "5.716"]):
    altv = D(["0.731", "1.762", "2.858"][i]) * u[i]
    chk("m%d" % (i + 1), n, p, m[i], alt=altv, up=("sg%d" % (i + 1), "up%d" % (i + 1)),
        why="SiLU(g)*u elementwise = %s (from printed %s*%s = %s)" % (
            rnd(m[i], D("0.00001")), ["0.731", "1.762", "2.858"][i], u[i], altv))

n = line_of("第 1 个输出：2.193*1 + (-1.762)*0   + 5.716*0   = 2.193")
h = D("0.0005")
chk("d1", n, "2.193", out[0], lo=D("2.193") - h, hi=D("2.193") + h, up=("m1",), why="2.193*1 + 0 + 0")
n = line_of("第 2 个输出：2.193*0 + (-1.762)*0.5 + 5.716*0.5 = 1.977")
chk("d2", n, "1.977", out[1], lo=(D("-1.762") - h) * D("0.5") + (D("5.716") - h) * D("0.5"),
    hi=(D("-1.762") + h) * D("0.5") + (D("5.716") + h) * D("0.5"), up=("m2", "m3"),
    why="0.5*(-1.762) + 0.5*5.716 = 1.977; exact %s" % rnd(out[1], D("0.00001")))
n = line_of("down_proj(...) ≈ [2.193, 1.977]")
restate("d1r", n, "2.193", "d1")
restate("d2r", n, "1.977", "d2")

# ---------------------------------------------------------------- 11. 32 layers in groups of four
n = line_of("32 层就是 8 组这样的排列")
assert "每四层为一组" in DOC[line_of("每四层为一组") - 1]
exact("groups", n, "8", D(32) / 4, why="32/4")

NOTES = ("Clean document: every computed number checks. RMSNorm: RMS([3,4]) = sqrt(12.5) = 3.53553 -> "
         "[0.84853, 1.13137]; RMS([30,40]) = sqrt(1250) = 35.35534, same normalised vector. Linear example y = "
         "[1,2,3]. SwiGLU toy: gate = [1,2,3], SiLU = [0.73106, 1.76159, 2.85772], up = [3,-1,2], product = "
         "[2.19317, -1.76159, 5.71544], down_proj = [2.19317, 1.97692]. Close call: line 487's 5.716 is 2 x 2.858 "
         "(the rounded SiLU(3)); the exact product 5.71544 rounds to 5.715, so 5.716 is within one unit and also "
         "follows from the printed operand (rule b) - right. Not judged (givens or shapes, no arithmetic printed): "
         "the matrix X and the weight matrices, Qwen3.5-9B config numbers (H=4096, I=12288, 32 layers, "
         "rms_norm_eps=1e-6), shape tuples such as [2,8,12288], and the residual identity y = x + 0 = x. The "
         "scale statements '放大了 10 倍' (line 134) and 'RMS 也乘 10' (line 162) are judged right.")

if __name__ == "__main__":
    main(NOTES)
