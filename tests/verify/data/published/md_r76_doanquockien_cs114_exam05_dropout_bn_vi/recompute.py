#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt (questions 1 and 4, and the
number of 7.4) of "CS114 - Exam 05 Answer" by Doan Quoc Kien (practice-exam answer key for CS114 Machine Learning,
UIT/VNU-HCM, in Vietnamese).

Plain Python 3, decimal at 60 digits; does not import nnwalk or the generator.

Givens (from the exam sheet exam/exam_05/CS114 - Exam_05.md, all repeated on the page):
  Q1 logistic regression: beta = (-0.5, 1.0, -0.8); six samples (x1, x2, y) = (2,1,1), (0,2,0), (1,0,1), (3,2,1),
     (-1,1,0), (1,3,0); learning rate 0.5; natural log in the cross-entropy.
  Q4 inverted dropout: a = (0.8, 0.3, 0.6, 0.9), mask M = (1, 0, 1, 0), p = 0.5;
     batch norm: z = (2, 4, 6, 8), eps = 1e-8, gamma = 2, beta = 1, variance with denominator m.
  Q7.4: (1/4)^7.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers rounds to p at p's digits (an operand that is itself a rounded result printed earlier may be
      taken anywhere within half a unit of its last digit; a given is exact) - otherwise wrong, first;
  (b) a value printed without working (or restated) is right within one unit of its last digit of the true value,
      or when it follows from printed correct operands;
  (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off is wrong,
      propagated (first if the line adds a mistake of its own).
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import itertools
import json
import pathlib
import sys
from decimal import Decimal as D, getcontext

getcontext().prec = 60

DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/DoanQuocKien/notes/blob/d9e8c173f391511c96e4f3e88b75e3863d33535b/"
          "exam/exam_05/CS114%20-%20Exam_05_Answer.md")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of only the worked numbers of questions 1 and 4 "
           "and the number of 7.4, source lines kept byte for byte")
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def unit(s):
    s = s.strip().lstrip("-")
    return D(1).scaleb(-len(s.split(".")[1])) if "." in s else D(1)


CHECKS = {}   # line -> list of dicts


def chk(line, printed, true, redo=None, why="", kind_if_wrong="first"):
    """printed: text of the number as on the line; true: value from the givens; redo: a function of an operand
    vector or None; for rule (a) pass redo=(fn, [(printed_operand_text, is_rounded), ...]) and the interval of fn
    over the operands' half-unit boxes (corners; every fn here is monotone in each operand) must reach p's
    rounding interval."""
    assert printed in DOC[line - 1], (line, printed, DOC[line - 1])
    p, u = D(printed), unit(printed)
    ok_b = abs(p - true) <= u
    if redo is not None:
        fn, ops = redo
        boxes = []
        for txt, rounded in ops:
            v = D(txt)
            h = unit(txt) / 2 if rounded else D(0)
            boxes.append((v - h, v + h))
        vals = [fn(*c) for c in itertools.product(*boxes)]
        lo, hi = min(vals), max(vals)
        ok_a = not (hi < p - u / 2 or lo > p + u / 2)
        # a tie exactly at the half-unit edge counts as reachable
        ok = ok_a
    else:
        ok = ok_b
    st = "right" if ok else "wrong"
    CHECKS.setdefault(line, []).append(dict(printed=printed, true=true, st=st,
                                            kind=None if ok else kind_if_wrong, why=why))


def fmt(x, nd=6):
    return str(D(x).quantize(D(1).scaleb(-nd)).normalize())


def sig(z):
    return 1 / (1 + (-D(z)).exp())


# ---------------- Q1: logistic regression ----------------
beta = [D("-0.5"), D("1.0"), D("-0.8")]
data = [(2, 1, 1), (0, 2, 0), (1, 0, 1), (3, 2, 1), (-1, 1, 0), (1, 3, 0)]
assert "$\\boldsymbol{\\beta} = (-0.5, 1.0, -0.8)$" in DOC[line_of("$z = -0.5 + 1.0x_1 - 0.8x_2$") - 1]
rows = [("-0.5+2-0.8 = 0.7", "0.7", "0.668", "0.668", "0.404"),
        ("-0.5+0-1.6 = -2.1", "-2.1", "0.109", "0.891", "0.115"),
        ("-0.5+1-0 = 0.5", "0.5", "0.622", "0.622", "0.475"),
        ("-0.5+3-1.6 = 0.9", "0.9", "0.711", "0.711", "0.342"),
        ("-0.5-1-0.8 = -2.3", "-2.3", "0.091", "0.909", "0.095"),
        ("-0.5+1-2.4 = -1.9", "-1.9", "0.130", "0.870", "0.139")]
zs, ps, losses = [], [], []
for (x1, x2, y), (ztxt, zp, pp, lp_arg, lp) in zip(data, rows):
    ln = line_of("| $%s$ |" % ztxt)
    z = beta[0] + beta[1] * x1 + beta[2] * x2
    p = sig(z)
    L = -(p if y == 1 else 1 - p).ln()
    zs.append(z); ps.append(p); losses.append(L)
    chk(ln, zp, z, redo=(lambda: z, []), why="z = -0.5 + 1.0 x1 - 0.8 x2 = %s" % fmt(z))
    chk(ln, pp, p, why="sigmoid(%s) = %s" % (zp, fmt(p)))
    # the complement 1 - p_hat for y = 0 (0.891, 0.909, 0.870) is a restated/derived value
    chk(ln, lp_arg, p if y == 1 else 1 - p, why="probability of the true class = %s" % fmt(p if y == 1 else 1 - p))
    chk(ln, lp, L, redo=(lambda q: -q.ln(), [(lp_arg, True)]),
        why="-ln(%s) = %s (true -ln = %s)" % (lp_arg, fmt(-D(lp_arg).ln()), fmt(L)))
    assert ("| %d | %d |" % (y, y)) in DOC[ln - 1]  # class predicted = y, printed in the row

Lprint = ["0.404", "0.115", "0.475", "0.342", "0.095", "0.139"]
ln = line_of("\\bar{J} =")
Jtrue = sum(losses) / 6
chk(ln, "1.570", sum(losses), redo=(lambda *a: sum(a), [(t, True) for t in Lprint]),
    why="sum of the six printed losses = %s (true %s)" % (fmt(sum(D(t) for t in Lprint)), fmt(sum(losses))))
chk(ln, "0.262", Jtrue, redo=(lambda s: s / 6, [("1.570", True)]), why="1.570/6 = %s (true %s)" % (
    fmt(D("1.570") / 6), fmt(Jtrue)))
ln = line_of("\\text{Accuracy} =")
chk(ln, "1.0", D(1), redo=(lambda: D(6) / 6, []), why="6/6 = 1 (all six predicted classes equal y)")

errs = [p - y for p, (_, _, y) in zip(ps, data)]
err_txt = ["-0.332", "0.109", "-0.378", "-0.289", "0.091", "0.130"]
for k, (e, t, (x1, x2, _)) in enumerate(zip(errs, err_txt, data)):
    ln = line_of("| %d | %s | 1 | %d | %d |" % (k + 1, t, x1, x2))
    chk(ln, t, e, why="p_hat - y = %s" % fmt(e))

X = [(1, x1, x2) for x1, x2, _ in data]
g_true = [sum(e * X[i][j] for i, e in enumerate(errs)) / 6 for j in range(3)]
ln = line_of("\\nabla_{\\beta_0} =")
chk(ln, "-0.669", sum(errs), redo=(lambda *a: sum(a), [(t, True) for t in err_txt]), why="sum of printed errors")
chk(ln, "-0.1115", g_true[0], redo=(lambda s: s / 6, [("-0.669", True)]),
    why="-0.669/6 = %s (true %s)" % (fmt(D("-0.669") / 6), fmt(g_true[0])))
for key in ("\\nabla_{\\beta_1} = ", "\\nabla_{\\beta_2} = "):
    ln = line_of(key)
    for e, t in zip(errs, err_txt):  # restated errors p_hat - y (rule b)
        chk(ln, t, e, why="restated p_hat - y = %s" % fmt(e))
ln = line_of("(-0.664+0-0.378-0.867-0.091+0.130)")
for t, e, x in zip(["-0.664", "-0.378", "-0.867", "-0.091", "0.130"], [errs[0], errs[2], errs[3], errs[4], errs[5]],
                   [2, 1, 3, -1, 1]):
    tt = t.lstrip("-") if t.startswith("-") else t
    chk(ln, tt, abs(e * x), why="product term %s" % fmt(e * x))
s1 = [D(t) for t in ["-0.664", "0", "-0.378", "-0.867", "-0.091", "0.130"]]
chk(ln, "-1.870", 6 * g_true[1], redo=(lambda *a: sum(a), [(t, False) for t in
                                                          ["-0.664", "0", "-0.378", "-0.867", "-0.091", "0.130"]]),
    why="sum = %s (true 6*grad %s)" % (fmt(sum(s1)), fmt(6 * g_true[1])))
chk(ln, "-0.3117", g_true[1], redo=(lambda s: s / 6, [("-1.870", True)]),
    why="-1.870/6 = %s (true %s)" % (fmt(D("-1.870") / 6), fmt(g_true[1])))
ln = line_of("(-0.332+0.218+0-0.578+0.091+0.390)")
for t, e, x in zip(["0.218", "0.578", "0.390"], [errs[1], errs[3], errs[5]], [2, 2, 3]):
    chk(ln, t, abs(e * x), why="product term %s" % fmt(e * x))
s2 = [D(t) for t in ["-0.332", "0.218", "0", "-0.578", "0.091", "0.390"]]
chk(ln, "-0.211", 6 * g_true[2], redo=(lambda *a: sum(a), [(t, False) for t in
                                                          ["-0.332", "0.218", "0", "-0.578", "0.091", "0.390"]]),
    why="sum = %s (true 6*grad %s)" % (fmt(sum(s2)), fmt(6 * g_true[2])))
chk(ln, "-0.0352", g_true[2], redo=(lambda s: s / 6, [("-0.211", True)]),
    why="-0.211/6 = %s (true %s)" % (fmt(D("-0.211") / 6), fmt(g_true[2])))

ln = line_of("\\boldsymbol{\\beta}_{new} =")
new_true = [b - D("0.5") * g for b, g in zip(beta, g_true)]
for t, b, gtxt, nt in zip(["-0.4443", "1.1559", "-0.7824"], ["-0.5", "1.0", "-0.8"],
                          ["-0.1115", "-0.3117", "-0.0352"], new_true):
    chk(ln, t, nt, redo=(lambda g, b=D(b): b - D("0.5") * g, [(gtxt, True)]),
        why="%s - 0.5(%s) = %s (true %s)" % (b, gtxt, fmt(D(b) - D("0.5") * D(gtxt), 6), fmt(nt)))

# ---------------- Q4: inverted dropout, batch norm ----------------
a = [D("0.8"), D("0.3"), D("0.6"), D("0.9")]
M = [1, 0, 1, 0]
ln = line_of("\\mathbf{a}_{dropout} =")
assert "(0.8, 0, 0.6, 0)" in DOC[ln - 1] and "(1.6, 0, 1.2, 0)" in DOC[ln - 1]
chk(ln, "1.6", a[0] * M[0] / D("0.5"), redo=(lambda: D("0.8") / D("0.5"), []), why="0.8/0.5 = 1.6")
chk(ln, "1.2", a[2] * M[2] / D("0.5"), redo=(lambda: D("0.6") / D("0.5"), []), why="0.6/0.5 = 1.2")

z = [D(2), D(4), D(6), D(8)]
mu = sum(z) / 4
var = sum((v - mu) ** 2 for v in z) / 4
ln = line_of("\\mu_{\\mathcal{B}} =")
chk(ln, "5", mu, redo=(lambda: mu, []), why="20/4 = 5")
ln = line_of("\\sigma_{\\mathcal{B}}^2 =")
assert "\\frac{9+1+1+9}{4} = 5$$" in DOC[ln - 1]
chk(ln, "9", (z[0] - mu) ** 2, why="(2-5)^2 = (8-5)^2 = 9")
chk(ln, "1", (z[1] - mu) ** 2, why="(4-5)^2 = (6-5)^2 = 1")
chk(ln, "5", var, redo=(lambda: D(9 + 1 + 1 + 9) / 4, []), why="20/4 = 5")
ln = line_of("\\approx \\frac{z_i - 5}{2.236}")
sd = (var + D("1e-8")).sqrt()
chk(ln, "2.236", sd, why="sqrt(5 + 1e-8) = %s" % fmt(sd, 8))
zh = [(v - mu) / sd for v in z]
zt = [2 * h + 1 for h in zh]
for v, h, t, hp, tp in zip([2, 4, 6, 8], zh, zt, ["-1.342", "-0.447", "0.447", "1.342"],
                           ["-1.683", "0.106", "1.894", "3.683"]):
    ln = line_of("| %d | %s | %s |" % (v, hp, tp))
    chk(ln, hp, h, redo=(lambda s, v=D(v): (v - 5) / s, [("2.236", True)]),
        why="(%d-5)/2.236 = %s (true %s)" % (v, fmt((D(v) - 5) / D("2.236")), fmt(h)))
    chk(ln, tp, t, redo=(lambda q: 2 * q + 1, [(hp, True)]),
        why="2(%s)+1 = %s (true %s)" % (hp, fmt(2 * D(hp) + 1), fmt(t)))

# ---------------- Q7.4 ----------------
ln = line_of("\\frac{1}{16384}\\approx 0.000061")
chk(ln, "16384", D(4) ** 7, why="4^7 = 16384")
chk(ln, "0.000061", D(1) / 4 ** 7, redo=(lambda: D(1) / D(16384), []), why="1/16384 = 0.00006103515625")


# ---------------- report ----------------
def main():
    wrong, right = [], []
    for line in sorted(CHECKS):
        cs = CHECKS[line]
        bad = [c for c in cs if c["st"] == "wrong"]
        text = DOC[line - 1].strip()
        if bad:
            kind = "first" if any(c["kind"] == "first" for c in bad) else "propagated"
            wrong.append(dict(line=line, page=None, printed=", ".join(c["printed"] for c in bad),
                              correct=", ".join(fmt(c["true"]) for c in bad), kind=kind,
                              why="; ".join(c["why"] for c in bad)))
            print("WRONG %3d %-10s %s" % (line, kind, "; ".join(c["why"] for c in bad)))
        else:
            right.append(line)
            print("right %3d %s" % (line, text[:100]))
    print("\n%d wrong lines, %d right lines" % (len(wrong), len(right)))
    notes = (
        "Excerpt of an unlicensed answer key (Vietnamese). Q1 is one gradient-descent step of a logistic-regression "
        "neuron (sigmoid, natural-log cross-entropy, mean gradient X^T(p-y)/n, alpha 0.5); Q4 inverted dropout "
        "(divide by 1-p) and batch norm (variance over m, eps 1e-8, gamma 2, beta 1); 7.4 is (1/4)^7. No wrong "
        "number. Close calls judged right: line 9's loss -log(0.668) = 0.404 and line 12's -log(0.711) = 0.342 "
        "(-ln of the printed 0.668 is 0.40347 and of 0.711 is 0.34108, but 0.668 and 0.711 are rounded sigmoids, and "
        "-ln 0.6675 = 0.40422, -ln 0.7105 = 0.34179 reach the printed values; the true losses 0.40319 and 0.34115 "
        "are within one unit); line 47's -0.4443 and 1.1559 are exact ties (-0.44425, 1.15585) of 4-decimal "
        "rounding. Typesetting slip, not a number error: line 47's pmatrix lacks the row separator '\\\\' between "
        "1.0 and -0.8, between the three gradients and between 1.1559 and -0.7824, so the vectors read like "
        "subtractions ('1.0-0.8', '1.1559-0.7824'); the page means the vectors (-0.5, 1.0, -0.8), (-0.1115, "
        "-0.3117, -0.0352) and (-0.4443, 1.1559, -0.7824). Lines 9-14 and 28-33 are table rows with givens (x, y) "
        "and computed entries; line 53, 59 state givens only.")
    if "--write-expected" in sys.argv:
        out = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": notes}
        (HERE / "expected.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote expected.json")


if __name__ == "__main__":
    main()
