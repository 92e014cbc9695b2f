#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of Doan Quoc Kien's answer key
"CS114 - Exam 01 Answer" (UIT CS114 Machine Learning practice exam, in Vietnamese): question 2 (Cau 2, logistic
regression with substituted numbers: z, p_hat = sigmoid(z), cross-entropy per sample, mean loss, accuracy) and
question 4 (Cau 4, "Neural Network Forward Pass - Mang 3-2-1": ReLU hidden layer, sigmoid output, binary
cross-entropy and the first backprop step at the output, dZ2, dW2, db2).

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Givens (exam sheet exam/exam_01/CS114 - Exam_01.md): question 2 beta = (0.5, -1.2, 0.8) (bias first) and the eight
samples (x1, x2, y) = (1.0, 0.5, 1), (-0.5, 1.0, 0), (2.0, 1.5, 1), (0.0, 0.0, 0), (1.5, -1.0, 0), (-1.0, 2.0, 1),
(3.0, 0.5, 1), (0.5, 1.0, 1); predicted class 1 when p_hat >= 0.5; loss -log p_hat (y = 1) or -log(1 - p_hat)
(y = 0), natural log.  Question 4: x = (0.5, -1.0, 2.0); W1 rows (0.3, -0.2, 0.5), (0.1, 0.4, -0.3), b1 = (0.1, -0.1);
ReLU hidden units; W2 = (0.7, -0.5), b2 = 0.2, sigmoid output; y = 1; L = -[y log y_hat + (1 - y) log(1 - y_hat)];
dZ2 = y_hat - y, dW2 = dZ2 A1^T, db2 = dZ2.  True values: exact arithmetic from the givens.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
 (a) a line printing p as the result of an expression of numbers printed on that line is right only when redoing
     it from those numbers rounds to p at p's digits (a given is exact; an operand that is itself a rounded result
     printed earlier may be taken anywhere within half a unit of its last digit) - otherwise wrong, first;
 (b) a value printed without working (or restated) is right within one unit of its last digit of the true value,
     or when it follows from printed correct operands;
 (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off is wrong,
     propagated.
A line is wrong when any number on it is wrong.

Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/DoanQuocKien/notes/blob/d9e8c173f391511c96e4f3e88b75e3863d33535b/"
          "exam/exam_01/CS114%20-%20Exam_01_Answer.md")
LICENSE = ("none (no LICENSE file in the repository); doc.md is an excerpt of only the worked questions 2 and 4 "
           "(source lines 93-115, 118-119 and 159-191, line for line, markup kept; the rest cut, see SOURCE.md)")
# ---------------- judging engine ----------------
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
    """1-based line of the nth line of the document containing sub; fails loudly."""
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d of %d)" % (DOCFILE, sub, nth, len(hits)))
    return hits[nth - 1]


def sig(z):
    return 1 / (1 + (-D(z)).exp())


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    """rule (b): p within one unit of its last digit of x rounded at p's digits"""
    return abs(D(p) - rnd(x, p)) <= unit(p)


def G(s):
    """an exact operand (a given, or an exact integer/decimal result)"""
    return (D(str(s)), D(0))


def R(s):
    """a printed rounded result used as an operand: anywhere within half a unit of its last digit"""
    return (D(s), unit(s) / 2)


def span(fn, ops):
    """min and max of fn over the corners of the operand boxes (every fn used here is monotone in each operand)"""
    vals = [fn(*c) for c in itertools.product(*[(v - h, v + h) if h else (v,) for v, h in ops])]
    return min(vals), max(vals)


CHECKS = []
STATUS = {}
VALUE = {}


def chk(cid, line, printed, true, fn=None, ops=(), up=(), why="", restate_of=None):
    """Judge one printed number.
    fn/ops: the line prints `printed` as fn(ops) of numbers printed on that line (rule a): right only when some
            choice of the operands within their tolerance gives a value rounding to `printed`; otherwise wrong,
            first. If that holds but the value is more than one unit off the true value and an operand it uses is
            wrong, wrong, propagated (rule c).
    no fn:  a value printed without working or restated (rule b): right within one unit of the true value, or when
            it equals a right value it restates; a restated wrong value is wrong, propagated."""
    assert printed in DOC[line - 1], (line, printed, DOC[line - 1])
    p = D(printed)
    u = unit(printed)
    deps_wrong = any(STATUS[x] == "wrong" for x in up)
    if fn is not None:
        lo, hi = span(fn, ops)
        ops_ok = hi >= p - u / 2 and lo <= p + u / 2
        mid = fn(*[v for v, _ in ops])
        if not ops_ok:
            st, kind = "wrong", "first"
        elif near(p, true):
            st, kind = "right", None
        elif deps_wrong:
            st, kind = "wrong", "propagated"
        else:
            st, kind = "right", None
    else:
        mid = None
        if restate_of is not None and STATUS[restate_of] == "wrong" and D(printed) == D(VALUE[restate_of]):
            st, kind = "wrong", "propagated"
        elif near(p, true):
            st, kind = "right", None
        elif restate_of is not None and STATUS[restate_of] == "right" and D(printed) == D(VALUE[restate_of]):
            st, kind = "right", None
        elif deps_wrong:
            st, kind = "wrong", "propagated"
        else:
            st, kind = "wrong", "first"
    STATUS[cid] = st
    VALUE[cid] = printed
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), ops=mid, status=st, kind=kind,
                       why=why, correct=str(rnd(true, p))))


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:110]))
        for c in cs:
            extra = "" if c["ops"] is None else "  from printed operands %.10g" % c["ops"]
            print("            %-10s printed %-10s true %.10g%s -> %s%s" % (
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
                whys.append(c["why"] or ("restates the wrong value %s" % c["printed"]))
            wrong.append({"line": n, "page": None, "printed": ", ".join(printed), "correct": ", ".join(correct),
                          "kind": "first" if "first" in kinds else "propagated",
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


# ---------------- question 2: logistic regression, eight samples ----------------
beta = (D("0.5"), D("-1.2"), D("0.8"))
data = [("1.0", "0.5", 1), ("-0.5", "1.0", 0), ("2.0", "1.5", 1), ("0.0", "0.0", 0),
        ("1.5", "-1.0", 0), ("-1.0", "2.0", 1), ("3.0", "0.5", 1), ("0.5", "1.0", 1)]
# printed per row: the two product terms of z, z, p_hat, loss (the row's text fragment locates the line)
rows = [("| 1 |", "-1.2", "+0.4", "-0.3", "0.426", "0.854"),
        ("| 2 |", "+0.6", "+0.8", "1.9", "0.870", "2.040"),
        ("| 3 |", "-2.4", "+1.2", "-0.7", "0.332", "1.103"),
        ("| 4 |", "+0", "+0", "0.5", "0.622", "0.973"),
        ("| 5 |", "-1.8", "-0.8", "-2.1", "0.109", "0.115"),
        ("| 6 |", "+1.2", "+1.6", "3.3", "0.964", "0.037"),
        ("| 7 |", "-3.6", "+0.4", "-2.7", "0.063", "2.765"),
        ("| 8 |", "-0.6", "+0.8", "0.7", "0.668", "0.404")]
losses_true = []
n_right = 0
for k, ((x1s, x2s, y), (tag, t1, t2, zs, ps, ls)) in enumerate(zip(data, rows)):
    x1, x2 = D(x1s), D(x2s)
    z = beta[0] + beta[1] * x1 + beta[2] * x2
    p = sig(z)
    loss = -p.ln() if y == 1 else -(1 - p).ln()
    losses_true.append(loss)
    n_right += int((1 if p >= D("0.5") else 0) == y)
    n = line_of(tag)
    chk("t1_%d" % k, n, t1, beta[1] * x1)          # -1.2 x1, printed without working (rule b)
    chk("t2_%d" % k, n, t2, beta[2] * x2)          # 0.8 x2
    chk("z_%d" % k, n, zs, z, lambda a, b, c: a + b + c, [G("0.5"), G(t1), G(t2)], up=["t1_%d" % k, "t2_%d" % k])
    chk("p_%d" % k, n, ps, p, up=["z_%d" % k])     # sigma(z), printed without working (rule b)
    if y == 1:
        chk("L_%d" % k, n, ls, loss, lambda a: -a.ln(), [R(ps)], up=["p_%d" % k])
    else:
        chk("L_%d" % k, n, ls, loss, lambda a: -(1 - a).ln(), [R(ps)], up=["p_%d" % k])
n = line_of("$$\\bar{J} = \\frac{0.854 + 2.040")
for k, (_, _, _, _, _, ls) in enumerate(rows):
    chk("Lr_%d" % k, n, ls, losses_true[k], restate_of="L_%d" % k)
chk("Jsum", n, "8.291", sum(losses_true), lambda *a: sum(a), [R(r[5]) for r in rows],
    up=["L_%d" % k for k in range(8)])
chk("J", n, "1.036", sum(losses_true) / 8, lambda a: a / 8, [R("8.291")], up=["Jsum"])
n = line_of("\\text{Accuracy} = \\frac{3}{8} = 0.375")
chk("ncorr", n, "3", D(n_right))
chk("acc", n, "0.375", D(n_right) / 8, lambda a: a / 8, [G(3)], up=["ncorr"])

# ---------------- question 4: 3-2-1 network, ReLU hidden, sigmoid output ----------------
x = (D("0.5"), D("-1.0"), D("2.0"))
W1 = ((D("0.3"), D("-0.2"), D("0.5")), (D("0.1"), D("0.4"), D("-0.3")))
b1 = (D("0.1"), D("-0.1"))
W2 = (D("0.7"), D("-0.5"))
b2 = D("0.2")
Z1 = [sum(w * xi for w, xi in zip(W1[j], x)) + b1[j] for j in range(2)]
A1 = [max(D(0), z) for z in Z1]
Z2 = W2[0] * A1[0] + W2[1] * A1[1] + b2
yh = sig(Z2)
L = -yh.ln()
dZ2 = yh - 1
dW2 = [dZ2 * a for a in A1]

n = line_of("$$z_1^{[1]} = 0.3(0.5)")
for cid, pr, tv in [("p11", "0.15", W1[0][0] * x[0]), ("p12", "0.2", W1[0][1] * x[1]), ("p13", "1.0", W1[0][2] * x[2])]:
    chk(cid, n, pr, tv, lambda a, b: a * b, [G(1), G(tv)])   # products of givens (exact)
chk("z1", n, "1.45", Z1[0], lambda a, b, c, d: a + b + c + d, [G("0.15"), G("0.2"), G("1.0"), G("0.1")],
    up=["p11", "p12", "p13"])
n = line_of("$$z_2^{[1]} = 0.1(0.5)")
# printed as "0.05 - 0.4 - 0.6": the subtracted terms are the magnitudes 0.4 = -(0.4)(-1.0), 0.6 = -(-0.3)(2.0)
for cid, pr, tv in [("p21", "0.05", W1[1][0] * x[0]), ("p22", "0.4", -W1[1][1] * x[1]), ("p23", "0.6", -W1[1][2] * x[2])]:
    chk(cid, n, pr, tv, lambda a, b: a * b, [G(1), G(tv)])
chk("z2", n, "-1.05", Z1[1], lambda a, b, c, d: a + b + c + d, [G("0.05"), G("-0.4"), G("-0.6"), G("-0.1")],
    up=["p21", "p22", "p23"])
n = line_of("$$a_1^{[1]} = \\max(0, 1.45) = 1.45$$")
chk("a1", n, "1.45", A1[0], lambda a: max(D(0), a), [G("1.45")], up=["z1"])
n = line_of("$$a_2^{[1]} = \\max(0, -1.05) = 0$$")
chk("a2", n, "0", A1[1], lambda a: max(D(0), a), [G("-1.05")], up=["z2"])
n = line_of("$$Z^{[2]} = 0.7(1.45)")
chk("q1", n, "1.015", W2[0] * A1[0], lambda a, b: a * b, [G("0.7"), G("1.45")], up=["a1"])
chk("Z2", n, "1.215", Z2, lambda a, b, c: a + b + c, [G("1.015"), G(0), G("0.2")], up=["q1", "a2"])
n = line_of("$$\\hat{y} = \\sigma(1.215)")
chk("yh", n, "0.771", yh, sig, [G("1.215")], up=["Z2"])
n = line_of("-\\log(0.771) \\approx 0.260")
chk("L", n, "0.260", L, lambda a: -a.ln(), [R("0.771")], up=["yh"])
n = line_of("$$dZ^{[2]} = 0.771 - 1 = -0.229$$")
chk("dZ2", n, "-0.229", dZ2, lambda a: a - 1, [R("0.771")], up=["yh"])
n = line_of("$$dW^{[2]} = dZ^{[2]} \\cdot (A^{[1]})^T")
chk("dZ2_w", n, "-0.229", dZ2, restate_of="dZ2")
chk("dW1", n, "-0.332", dW2[0], lambda a, b: a * b, [R("-0.229"), G("1.45")], up=["dZ2", "a1"])
n = line_of("$$db^{[2]} = dZ^{[2]} = -0.229$$")
chk("db2", n, "-0.229", dZ2, restate_of="dZ2")

NOTES = ("Clean excerpt: no wrong number. Question 2: each row's z is the sum of the bias and two products of "
         "givens printed on the row (-1.2 x1 and 0.8 x2, checked as values without working); p_hat is printed "
         "without working (rule b, 3 decimals, all within half a unit: sigma(-0.3) = 0.425557, sigma(1.9) = "
         "0.869892, sigma(-0.7) = 0.331812, sigma(0.5) = 0.622459, sigma(-2.1) = 0.109097, sigma(3.3) = 0.964429, "
         "sigma(-2.7) = 0.062973, sigma(0.7) = 0.668188); log is the natural log. Close calls judged right by rule "
         "(a)'s half-unit operand tolerance: row 1 -log(0.426) = 0.853316 (prints 0.854; the true loss "
         "-ln(0.425557) = 0.854355, and any p_hat in [0.4255, 0.4265] gives 0.8521-0.8545); row 8 -log(0.668) = "
         "0.403467 (prints 0.404; p_hat in [0.6675, 0.6685] gives 0.4027-0.4042; true loss 0.403186 -> 0.403, one "
         "unit). Likewise three more losses are right from the printed p_hat but one unit off the exact loss: row 2 "
         "-log(1-0.870) = 2.040221 -> 2.040 (exact 2.039387 -> 2.039), row 4 -log(1-0.622) = 0.972861 -> 0.973 "
         "(exact 0.974077 -> 0.974), row 6 -log(0.964) = 0.036664 -> 0.037 (exact 0.036219 -> 0.036); the losses "
         "restated in the mean's numerator are within one unit of the exact ones (rule b). The mean 8.291/8 = 1.036375 -> 1.036 (the true mean of the exact losses is 1.036340). Accuracy: "
         "3 correct of 8 (rows 5, 6, 8), 0.375. The predicted class and 'Dung/Sai' columns are labels, not judged "
         "numbers; they are all consistent. Question 4: ReLU hidden layer (z = 1.45 and -1.05, a = 1.45 and 0), "
         "Z2 = 1.215, y_hat = sigma(1.215) = 0.771175 -> 0.771, L = -ln(0.771) = 0.260067 -> 0.260, dZ2 = -0.229, "
         "dW2 = -0.229 x 1.45 = -0.33205 -> -0.332 (true -0.228825 x 1.45 = -0.331796 -> -0.332), db2 = -0.229; "
         "the second entry 0 of dW2 is exact. The cut parts of the answer key (OLS, exponential family/GLM, "
         "decision tree, k-means, bias-variance) were not checked.")

if __name__ == "__main__":
    main()
