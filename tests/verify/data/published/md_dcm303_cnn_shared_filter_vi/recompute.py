#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an equations-only excerpt of
dcm303/Docu "DN+CNN.md" ("Giải Mã Backpropagation: Ví dụ Số liệu Cụ thể & Công thức", Vietnamese study notes): one
forward pass, loss, backward pass and update of a tiny convolutional network -- one shared 2x1 filter slid over a
3x1 input, the output being the sum of the feature map.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (doc.md lines 1, 3, 4, 13, 17, 26): input X = [10, 10, 0]; filter W = [W_trai, W_phai] = [0.5, -0.5] applied
at positions (pixel 1, 2) and (pixel 2, 3) with stride 1 (lines 6-9); Y_pred = sum of the feature map (line 3,
"Tổng Feature Map"); loss L = (Y_pred - 10)^2 with the target 10 the text sets for the example (lines 13, 17; the
bullet on line 2 names the label 1, but every loss line uses 10); learning rate 0.01; W_new = W - eta dL/dW.
True values: Y_pred = W_trai (x1 + x2) + W_phai (x2 + x3), so dY/dW_trai = x1 + x2 = 20 and dY/dW_phai = x2 + x3 = 10
(the filter is shared by both positions); the document takes only position 2 (10 and 0), the known mistake of
forgetting that a shared weight collects the gradient of every place it is used.

Judging rule (as in the other folders; p a printed number, u one unit in its last digit):
  near(p, X)  <=>  |p - round(X to p's digits)| <= u
  1. the line shows p as the result of an expression of printed operands and no value of that expression (an
     operand that is a rounded result printed earlier taken anywhere within half a unit of its last digit; givens
     exact) rounds to exactly p                                    -> wrong, first
  2. p is near the true value                                     -> right
  3. an upstream printed value it depends on is wrong              -> wrong, propagated
  4. the author's own (wrong) formula produced it                  -> wrong, first
  5. p follows from its printed, correct operands                  -> right (rounding drift)
  6. otherwise                                                     -> wrong, first
A restated value (an operand copied from an earlier line) is judged like the value it copies.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = "https://github.com/dcm303/Docu/blob/9f65a8065124f61ac907c6375337c1f542817f00/DN%2BCNN.md"
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of only the worked equations and the sentences "
           "that state or restate numbers, line for line, headings and explanations removed")
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


def sig(z):
    return 1 / (1 + (-D(z)).exp())


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    return abs(D(p) - rnd(x, p)) <= unit(p)


def R(printed):
    """A printed rounded operand: any value within half a unit of its last digit."""
    p = D(printed)
    return (p - unit(p) / 2, p + unit(p) / 2)


def rng(f, *ops):
    """Range of f over its operands (exact Decimals, or (lo, hi) intervals from R); f is monotone in each."""
    choices = [o if isinstance(o, tuple) else (D(o), D(o)) for o in ops]
    vals = [f(*c) for c in itertools.product(*choices)]
    return (min(vals), max(vals))


def attainable(p, ops):
    """Some value of the expression rounds to exactly p at p's digits (the strict own-arithmetic rule)."""
    p = D(p)
    lo, hi = ops if isinstance(ops, tuple) else (D(ops), D(ops))
    u = unit(p)
    return lo < p + u / 2 and hi >= p - u / 2


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, ops=None, up=(), method=False, why="", correct=None, explicit=True, whole=False,
        judged=None):
    """Judge one printed number (rules in the module docstring). ops: the value (or range) of the expression the
    line prints p as the result of, from the numbers printed on the line; None when p is printed without working.
    whole=True: p and its true value are exact (integers or short decimals computed exactly, no rounding involved),
    so p is near the true value only when it equals it. judged: the value p stands for when the printed text drops
    trailing zeros of a column printed at a fixed precision (numpy prints 0.20 as "0.2 " in a 2-decimal matrix)."""
    assert printed in DOC[line - 1], (line, printed, DOC[line - 1])
    p = D(judged or printed)
    if ops is None and up and explicit:
        ops = p  # a restated value: it carries the status of the value it copies (rules 3 and 5)
    ops_ok = ops is None or attainable(p, ops)
    if explicit and not ops_ok:
        st, kind = "wrong", "first"
    elif (p == D(true)) if whole else near(p, true):
        st, kind = "right", None
    elif any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", ("propagated" if ops_ok else "first")
    elif method:
        st, kind = "wrong", "first"
    elif ops is not None and ops_ok:
        st, kind = "right", None
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    mid = None if ops is None else (ops if not isinstance(ops, tuple) else (ops[0] + ops[1]) / 2)
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), ops=mid, status=st, kind=kind, why=why,
                       correct=correct if correct is not None else str(rnd(true, p))))
    CHECKS[-1]["printed"] = printed


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:110]))
        for c in cs:
            extra = "" if c["ops"] is None else "  from printed operands %.10g" % c["ops"]
            print("            %-12s printed %-14s true %.10g%s -> %s%s" % (
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
            wrong.append({"line": n, "page": None, "printed": ", ".join(printed), "correct": ", ".join(correct),
                          "kind": "first" if "first" in kinds else "propagated", "why": "; ".join(dict.fromkeys(whys))})
        else:
            right.append(n)
    return wrong, right


def main():
    wrong, right = report()
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines:", right)
    print("%d wrong, %d right" % (len(wrong), len(right)))
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


# ---------------- exact values from the givens ----------------
x1, x2, x3 = D(10), D(10), D(0)
wl, wr = D("0.5"), D("-0.5")
T = D(10)
eta = D("0.01")
f1 = x1 * wl + x2 * wr
f2 = x2 * wl + x3 * wr
yp = f1 + f2
L = (yp - T) ** 2
dLdy = 2 * (yp - T)
dyl = x1 + x2  # the shared filter: W_trai multiplies pixel 1 at position 1 and pixel 2 at position 2
dyr = x2 + x3
g1 = dLdy * dyl
g2 = dLdy * dyr
nl = wl - eta * g1
nr = wr - eta * g2
SHARED = ("the filter is shared: Y_pred = W_trai (x1 + x2) + W_phai (x2 + x3), so dY_pred/dW_trai = 10 + 10 = 20; "
          "the line takes only position 2")

# ---------------- forward pass and loss ----------------
ln = line_of("$$(10 \\times 0.5) + (10 \\times -0.5) = 5 - 5 = 0$$")
chk("f1", ln, "0", f1, ops=x1 * wl + x2 * wr)
ln = line_of("$$(10 \\times 0.5) + (0 \\times -0.5) = 5 - 0 = 5$$")
chk("f2", ln, "5", f2, ops=x2 * wl + x3 * wr)
ln = line_of("**Feature Map:** `[0, 5]`")
chk("f1r", ln, "0", f1, up=["f1"])
chk("f2r", ln, "5", f2, up=["f2"])
ln = line_of("$$Y_{pred} = 0 + 5 = 5$$")
chk("yp", ln, "5", yp, ops=D(0) + D(5), up=["f1r", "f2r"])
ln = line_of("nhưng máy chỉ ra **5**")
chk("ypr", ln, "5", yp, up=["yp"])
ln = line_of("$$L = (5 - 10)^2 = (-5)^2 = 25$$")
chk("L", ln, "25", L, ops=(D(5) - 10) ** 2, up=["yp"])
ln = line_of("Lỗi là 25")
chk("Lr", ln, "25", L, up=["L"])

# ---------------- backward pass ----------------
ln = line_of("= 2 \\times (5 - 10) = -10$$")
chk("dLdy", ln, "-10", dLdy, ops=2 * (D(5) - 10), up=["yp"])
ln = line_of("tại vị trí tạo ra kết quả 5")
chk("f2r2", ln, "5", f2, up=["f2"])
ln = line_of("$$5 = (10 \\times 0.5) + (0 \\times -0.5)$$")
chk("f2r3", ln, "5", f2, ops=x2 * wl + x3 * wr)
ln = line_of("Đạo hàm là **10**")
chk("dyl", ln, "10", dyl, explicit=False, method=True, why=SHARED)
ln = line_of("Đạo hàm là **0**")
chk("dyr", ln, "0", dyr, explicit=False, method=True, correct="10",
    why="dY_pred/dW_phai = x2 + x3 = 10 + 0 = 10 (W_phai multiplies pixel 2 at position 1); the line takes only "
        "pixel 3 of position 2")
ln = line_of("$$\\text{Grad}_1 = (-10) \\times 10 = -100$$")
chk("g1", ln, "-100", g1, ops=D(-10) * 10, up=["dLdy", "dyl"], why="from the wrong dY/dW_trai = 10 (true -10 x 20)")
ln = line_of("$$\\text{Grad}_2 = (-10) \\times 0 = 0$$")
chk("g2", ln, "0", g2, ops=D(-10) * 0, up=["dLdy", "dyr"], correct="-100",
    why="from the wrong dY/dW_phai = 0 (true -10 x 10)")

# ---------------- update ----------------
ln = line_of("$$W_{\\text{mới}} = 0.5 - (0.01 \\times -100) = 0.5 - (-1) = 1.5$$")
chk("g1r", ln, "-100", g1, up=["g1"])
chk("st1", ln, "-1", eta * g1, ops=D("0.01") * D(-100), up=["g1r"], whole=True,
    why="eta x Grad1 with the wrong Grad1 (true 0.01 x -200 = -2)")
chk("nl", ln, "1.5", nl, ops=D("0.5") - D(-1), up=["st1"], why="true 0.5 - (0.01 x -200) = 2.5")
ln = line_of("$$W_{\\text{mới}} = -0.5 - (0.01 \\times 0) = -0.5$$")
chk("nr", ln, "-0.5", nr, ops=D("-0.5") - D("0.01") * 0, up=["g2"],
    why="true -0.5 - (0.01 x -100) = 0.5")
ln = line_of("**Filter Mới:** `[1.5, -0.5]`")
chk("nlr", ln, "1.5", nl, up=["nl"])
chk("nrr", ln, "-0.5", nr, up=["nr"])


NOTES = (
    "Vietnamese study notes (dcm303/Docu, DN+CNN.md, 2025-12; no license, so only the worked equations and the "
    "sentences that state numbers are kept, line for line): a tiny CNN with one shared 2x1 filter [0.5, -0.5] over "
    "the input [10, 10, 0], output = sum of the feature map, L = (Y_pred - 10)^2, eta = 0.01. The forward pass "
    "(feature map [0, 5], Y_pred = 5), the loss 25 and dL/dY_pred = -10 are right. The backward pass treats the "
    "filter as if it were used only at position 2: dY/dW_trai printed 10 for 20 and dY/dW_phai printed 0 for 10 "
    "(lines 22, 23: the known mistake of not summing a shared weight's gradient over the places it is used), so "
    "Grad1 = -100 (true -200), Grad2 = 0 (true -100), the new filter [1.5, -0.5] (true [2.5, 0.5]) are wrong, "
    "propagated (lines 24, 25, 28-30), each line's own arithmetic being right. The label 1 on line 2 is not used "
    "by the document (it sets the target 10 on lines 13 and 17); lines that state only givens are neither wrong nor "
    "right."
)

if __name__ == "__main__":
    main()
