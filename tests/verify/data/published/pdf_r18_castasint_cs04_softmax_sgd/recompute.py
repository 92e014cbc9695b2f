#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, the text-layer lines (pypdf 7.1.1) of the
worked examples of castasint/semester-2-study-materials deep-neural-networks/CS04_Linear NN Classification.pdf
(BITS Pilani WILP, AIML ZG511 Deep Neural Networks, "Linear NN Classification" beamer deck): logistic regression
trained by SGD (pages 31-35), a softmax example (page 59), one mini-batch SGD step of softmax regression (pages
73-78) and an inference example (page 82).

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens. Binary example (doc.md lines 1-25): X = [[1,1],[1,2],[1,3],[1,4]] (bias column, hours), y = (0,0,1,1),
eta = 0.5, w(0) = (0,0), sigmoid output, cross-entropy loss, gradient (yhat - y) x, w <- w - eta grad; the SGD steps
use example 1 then example 3 (lines 31, 48). Softmax example (line 75): z = (2.0, 1.0, 0.1). Multiclass example
(lines 90-141): X = [[1,1,2],[1,2,1],[1,2,3],[1,3,2]], one-hot Y for classes (1,2,1,3), W(0) = [[0.1,-0.1,0.2],
[0.2,0.1,-0.1],[-0.1,0.2,0.1]], eta = 0.1, mini-batch B = 2 = examples 1-2; Z = X_B W, Yhat = row softmax,
grad J = (1/B) X_B^T (Yhat - Y_B), W(1) = W(0) - eta grad J. Inference (lines 180-181): the logits z = (1.2, 2.5,
0.8) of an unnamed trained model are given.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  near(p, X)  <=>  |p - round(X to p's digits)| <= u
  (a) a line that prints p as the result of an expression of operands printed on that line is right only if the
      expression redone from those printed numbers rounds to p (exact operands) or is near p (rounded operands);
      otherwise wrong (first);
      A matrix or vector printed on the lines right after the display that holds its expression (Z_B = X_B W(0)
      = [...], Yhat - Y = [...] - [...] = [...], grad J = 1/2 [...][...] ~ [...], W(1) = W(0) - 0.1 [...] = [...])
      counts as computed from that display's printed operands (the text layer puts each matrix row on a line of
      its own); Z_B's operands are exact, so its entries must be exact;
  (b) a value printed without its working on its line (matrix entries, a vector after "~") is right when near its
      true value, or when it follows (near) from the printed correct values it is computed from;
  (c) a restated wrong value is wrong (propagated); a value computed from a wrong one and itself off is wrong
      (propagated); a value that follows from neither is wrong (first).
Lines that only give inputs or labels are neither.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/castasint/semester-2-study-materials/blob/4b3380ddb68ba008d6bbad6775733f8de46590f7/"
          "deep-neural-networks/CS04_Linear%20NN%20Classification.pdf")
LICENSE = ("none (no LICENSE in the repository; the deck is BITS Pilani WILP course material); doc.md is an excerpt of "
           "only the text-layer lines that hold a digit of 13 worked-example slides, line for line as pypdf 7.1.1 "
           "extracts them, page footers left out")
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


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, ops=None, up=(), method=False, why="", correct=None, explicit=True, exact=False):
    """Judge one printed number (rules in the module docstring)."""
    # the deck's text layer writes the minus sign as U+2212; printed values are kept with an ASCII minus
    assert printed in DOC[line - 1] or printed.replace("-", "\u2212") in DOC[line - 1], (line, printed)
    p = D(printed)
    if ops is None and up and explicit:
        ops = p  # a restated value: it carries the status of the value it copies (rules 3 and 5)
    # exact=True: the printed operands are exact (not rounded), so a reader redoing the line gets one rounding of
    # it and nothing else: the strict own-arithmetic rule of the other folders (readme_simple_bp_en, tex_lmu_i2dl_xor,
    # tex_smaxx73_session6_solutions)
    ops_ok = ops is None or (p == rnd(ops, p) if exact else near(p, ops))
    if explicit and not ops_ok:
        st, kind = "wrong", "first"
    elif near(p, true):
        st, kind = "right", None
    elif any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", ("propagated" if ops_ok else "first")
    elif method:
        st, kind = "wrong", "first"
    elif ops is not None and near(p, ops):
        st, kind = "right", None
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), ops=None if ops is None else D(ops),
                       status=st, kind=kind, why=why, correct=correct if correct is not None else str(rnd(true, p))))


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
            wrong.append({"line": n, "page": None, "printed": ", ".join(printed), "correct": ", ".join(correct),
                          "kind": "first" if "first" in kinds else "propagated", "why": "; ".join(dict.fromkeys(whys))})
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


# ---------------- binary logistic regression by SGD ----------------
eta = D("0.5")
w0 = [D(0), D(0)]
x1, y1 = [D(1), D(1)], D(0)
x3, y3 = [D(1), D(3)], D(1)
yh1 = sig(0)
g1 = [(yh1 - y1) * v for v in x1]
w1 = [a - eta * b for a, b in zip(w0, g1)]
z3 = w1[0] * x3[0] + w1[1] * x3[1]
yh3 = sig(z3)
e3 = yh3 - y3
g3 = [e3 * v for v in x3]
w2 = [a - eta * b for a, b in zip(w1, g3)]


chk("z0", 25, "0.5", sig(0), ops=sig(0), exact=True)
for n in (27, 28, 29, 30):
    chk("yh0_%d" % n, n, "0.5", sig(0), up=["z0"])
chk("z1", 32, "0", D(0), ops=D(0), exact=True)
chk("yh1", 33, "0.5", yh1, ops=sig(0), exact=True)
chk("err1", 34, "0.5", yh1 - y1, ops=D("0.5") - 0, exact=True)
chk("g1r", 35, "0.5", yh1 - y1, up=["err1"])
chk("g1a", 38, "0.5", g1[0], ops=D("0.5") * 1, explicit=False)
chk("g1b", 39, "0.5", g1[1], ops=D("0.5") * 1, explicit=False)
chk("g1a_r", 44, "0.5", g1[0], up=["g1a"])
chk("g1b_r", 45, "0.5", g1[1], up=["g1b"])
chk("w1a", 46, "-0.25", w1[0], ops=0 - eta * D("0.5"), explicit=False)
chk("w1b", 47, "-0.25", w1[1], ops=0 - eta * D("0.5"), explicit=False)
chk("z3", 49, "-1.0", z3, ops=D(1) * D("-0.25") + D(3) * D("-0.25"), exact=True)
chk("yh3", 50, "0.269", yh3, ops=sig("-1.0"), exact=True)
chk("e3", 51, "-0.731", e3, ops=D("0.269") - 1, up=["yh3"])
chk("g3r", 52, "-0.731", e3, up=["e3"])
chk("g3a", 55, "-0.731", g3[0], ops=D("-0.731") * 1, explicit=False)
chk("g3b", 56, "-2.193", g3[1], ops=D("-0.731") * 3, explicit=False)
chk("w1a_r", 58, "-0.25", w1[0], up=["w1a"])
chk("w1b_r", 59, "-0.25", w1[1], up=["w1b"])
chk("g3a_r", 61, "-0.731", g3[0], up=["g3a"])
chk("g3b_r", 62, "-2.193", g3[1], up=["g3b"])
chk("w2a", 63, "0.116", w2[0], ops=D("-0.25") - eta * D("-0.731"), explicit=False)
chk("w2b", 64, "0.847", w2[1], ops=D("-0.25") - eta * D("-2.193"), explicit=False)
chk("w2a_r", 67, "0.116", w2[0], up=["w2a"])
chk("w2b_r", 68, "0.847", w2[1], up=["w2b"])
for n, k in ((69, 1), (70, 2), (71, 3), (72, 4)):
    zt = w2[0] + w2[1] * k
    zp = {1: "0.963", 2: "1.810", 3: "2.657", 4: "3.504"}[k]
    yp = {1: "0.724", 2: "0.859", 3: "0.934", 4: "0.971"}[k]
    chk("zk%d" % k, n, zp, zt, ops=D("0.116") + D("0.847") * k, up=["w2a_r", "w2b_r"])
    chk("yk%d" % k, n, yp, sig(zt), ops=sig(zp), up=["zk%d" % k])

# ---------------- softmax example (page 59) ----------------
chk("e2", 77, "7.39", D(2).exp(), ops=D(2).exp(), exact=True)
chk("e1", 78, "2.72", D(1).exp(), ops=D(1).exp(), exact=True)
chk("e01", 79, "1.11", D("0.1").exp(), ops=D("0.1").exp(), exact=True)
S = D(2).exp() + D(1).exp() + D("0.1").exp()
chk("S", 83, "11.22", S, ops=D("7.39") + D("2.72") + D("1.11"), up=["e2", "e1", "e01"])
chk("p1", 85, "0.659", D(2).exp() / S, ops=D("7.39") / D("11.22"), up=["S"])
chk("p2", 86, "0.242", D(1).exp() / S, ops=D("2.72") / D("11.22"), up=["S"])
chk("p3", 87, "0.099", D("0.1").exp() / S, ops=D("1.11") / D("11.22"), up=["S"])
chk("am", 89, "1", D(1), explicit=False)

# ---------------- multiclass mini-batch SGD (pages 73-78) ----------------
XB = [[D(1), D(1), D(2)], [D(1), D(2), D(1)]]
YB = [[D(1), D(0), D(0)], [D(0), D(1), D(0)]]
W0 = [[D("0.1"), D("-0.1"), D("0.2")], [D("0.2"), D("0.1"), D("-0.1")], [D("-0.1"), D("0.2"), D("0.1")]]
etam = D("0.1")


def matmul(A, B):
    return [[sum(A[i][k] * B[k][j] for k in range(len(B))) for j in range(len(B[0]))] for i in range(len(A))]


def softmax(row):
    e = [D(v).exp() for v in row]
    s = sum(e)
    return [v / s for v in e]


ZB = matmul(XB, W0)
YH = [softmax(r) for r in ZB]
E = [[YH[i][j] - YB[i][j] for j in range(3)] for i in range(2)]
XT = [[XB[i][k] for i in range(2)] for k in range(3)]
G = [[v / 2 for v in r] for r in matmul(XT, E)]
W1 = [[W0[i][j] - etam * G[i][j] for j in range(3)] for i in range(3)]

# printed values (as operands)
ZBp = [["0.1", "0.4", "0.3"], ["0.4", "0.2", "0.1"]]
YHp = [["0.280", "0.378", "0.342"], ["0.387", "0.315", "0.298"]]
Ep = [["-0.720", "0.378", "0.342"], ["0.387", "-0.685", "0.298"]]
Gp = [["-0.167", "-0.154", "0.320"], ["-0.024", "-0.496", "0.469"], ["-0.527", "0.036", "0.491"]]
Wp = [["0.117", "-0.085", "0.168"], ["0.202", "0.150", "-0.147"], ["-0.047", "0.196", "0.051"]]
Dp = lambda M: [[D(v) for v in r] for r in M]  # noqa: E731
E_from_p = [[D(YHp[i][j]) - YB[i][j] for j in range(3)] for i in range(2)]
G_from_p = [[v / 2 for v in r] for r in matmul(XT, Dp(Ep))]
W_from_p = [[W0[i][j] - etam * D(Gp[i][j]) for j in range(3)] for i in range(3)]
SM_from_p = [softmax(r) for r in Dp(ZBp)]

chk("zb00", 140, "0.1", ZB[0][0], ops=ZB[0][0], exact=True)
chk("zb01", 140, "0.4", ZB[0][1], ops=ZB[0][1], exact=True)
chk("zb02", 140, "0.3", ZB[0][2], ops=ZB[0][2], exact=True)
chk("zb10", 141, "0.4", ZB[1][0], ops=ZB[1][0], exact=True)
chk("zb11", 141, "0.2", ZB[1][1], ops=ZB[1][1], exact=True,
    why="row 2 of Z_B = X_B W(0): (1, 2, 1) . (-0.1, 0.1, 0.2) = -0.1 + 0.2 + 0.2 = 0.3, printed 0.2")
chk("zb12", 141, "0.1", ZB[1][2], ops=ZB[1][2], exact=True)
for n, j in ((144, 0), (145, 1), (146, 2)):
    chk("yh0%d" % j, n, YHp[0][j], YH[0][j], ops=SM_from_p[0][j], up=["zb00", "zb01", "zb02"], explicit=False)
for j in range(3):
    chk("yh1%d" % j, 147, YHp[1][j], YH[1][j], ops=SM_from_p[1][j], up=["zb11"], explicit=False,
        why="softmax of the true logits (0.4, 0.3, 0.1) is (0.378, 0.342, 0.280); the printed (0.387, 0.315, 0.298) "
        "does not follow from the printed logits (0.4, 0.2, 0.1) either (0.391, 0.320, 0.289)")
for n in (148, 152):
    for j in range(3):
        chk("yh0%d_r%d" % (j, n), n, YHp[0][j], YH[0][j], up=["yh0%d" % j])
for n in (149, 153):
    for j in range(3):
        chk("yh1%d_r%d" % (j, n), n, YHp[1][j], YH[1][j], up=["yh1%d" % j])
for n in (156, 162):
    for j in range(3):
        chk("e0%d_%d" % (j, n), n, Ep[0][j], E[0][j], ops=E_from_p[0][j], up=["yh0%d" % j])
for n in (157, 163):
    for j in range(3):
        chk("e1%d_%d" % (j, n), n, Ep[1][j], E[1][j], ops=E_from_p[1][j], up=["yh1%d" % j])
for i, n in enumerate((164, 165, 166)):
    for j in range(3):
        why = ""
        if (i, j) == (1, 0):
            why = ("row x1 of (1/2) X_B^T (Yhat - Y): (1 x -0.720 + 2 x 0.387)/2 = 0.054/2 = 0.027 from the printed "
                   "values, printed -0.024 (true 0.018)")
        chk("g%d%d" % (i, j), n, Gp[i][j], G[i][j], ops=G_from_p[i][j], up=["e0%d_156" % j, "e1%d_157" % j],
            why=why)
for i, n in enumerate((173, 174, 175)):
    for j in range(3):
        chk("g%d%d_r" % (i, j), n, Gp[i][j], G[i][j], up=["g%d%d" % (i, j)])
for i, n in enumerate((176, 177, 178)):
    for j in range(3):
        chk("w%d%d" % (i, j), n, Wp[i][j], W1[i][j], ops=W_from_p[i][j], up=["g%d%d_r" % (i, j)])

# ---------------- inference (page 82) ----------------
chk("i1", 182, "3.32", D("1.2").exp(), ops=D("1.2").exp(), exact=True)
chk("i2", 182, "12.18", D("2.5").exp(), ops=D("2.5").exp(), exact=True)
chk("i3", 182, "2.23", D("0.8").exp(), ops=D("0.8").exp(), exact=True)
Si = D("1.2").exp() + D("2.5").exp() + D("0.8").exp()
chk("Si", 183, "17.73", Si, ops=D("3.32") + D("12.18") + D("2.23"), up=["i1", "i2", "i3"])
chk("q1", 187, "0.187", D("1.2").exp() / Si, ops=D("3.32") / D("17.73"), up=["Si"], explicit=False)
chk("q2", 188, "0.687", D("2.5").exp() / Si, ops=D("12.18") / D("17.73"), up=["Si"], explicit=False)
chk("q3", 189, "0.126", D("0.8").exp() / Si, ops=D("2.23") / D("17.73"), up=["Si"], explicit=False)
chk("k", 191, "2", D(2), explicit=False)
chk("conf", 191, "68.7", 100 * D("2.5").exp() / Si, up=["q2"])


NOTES = (
    "A BITS Pilani WILP beamer deck (AIML ZG511 'Linear NN Classification', stored in a student's study-materials "
    "repository without license, so only the text-layer lines that hold a digit of its 13 worked-example slides are "
    "kept, as pypdf extracts them: matrices come out one row per line with their brackets lost, vectors one entry per "
    "line, fractions as '7.39 11.22', U+2212 minus signs). The binary logistic-regression SGD steps, the softmax "
    "example and the inference example are right. The multiclass mini-batch step is not: row 2 of Z_B = X_B W(0) is "
    "printed (0.4, 0.2, 0.1) for (0.4, 0.3, 0.1) (line 141; the product of exact numbers is judged exactly, though "
    "0.2 is one unit from 0.3); its softmax is printed (0.387, 0.315, 0.298), which "
    "follows neither from the true logits (0.378, 0.342, 0.280) nor from the printed ones (0.391, 0.320, 0.289) "
    "(line 147, restated on lines 149 and 153, and in Yhat - Y on lines 157 and 163); the gradient entry for x1 and "
    "class 1 is printed -0.024 where the printed values give 0.027 (true 0.018, line 165); every other gradient "
    "entry follows from the printed values but inherits their error (lines 164-166, restated on 173-175); W(1) "
    "rows 1 and 3 still land within one unit of the true values (-0.085 and 0.168 for -0.086 and 0.169; 0.196 and "
    "0.051 for 0.195 and 0.052: close calls, judged right), row 2 does not (0.202, 0.150, -0.147 for 0.198, "
    "0.147, -0.145, line 177). Binary example close calls: 0.116 = -0.25 + 0.5 x 0.731 = 0.1155 (half-up) and "
    "the z values 1.810, 2.657, 3.504 follow from the printed weights (true 1.809, 2.655, 3.502). The slide's remark "
    "that examples 1 and 2 (label 0) are 'moving toward 0' (0.724, 0.859, up from 0.5) is wrong in words, not in "
    "a printed number, and is not judged."
)

if __name__ == "__main__":
    main()
