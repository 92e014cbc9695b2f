#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of Doan Quoc Kien's answer key
"CS114 - Exam 04 Answer" (UIT CS114 Machine Learning practice exam, Vietnamese): question 5 (Cau 5,
"Backpropagation 2-3-1"), one forward pass, binary cross-entropy loss and the output-layer gradients of a 2-3-1
sigmoid network; and question 7 (Cau 7), batch normalization forward and backward on a mini-batch of four.

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Givens (exam sheet exam/exam_04/CS114 - Exam_04.md, question 5, all restated in the answer's own expressions):
x1 = 1, x2 = -1, y = 1; W1 rows (0.2, -0.3), (0.4, 0.1), (-0.1, 0.5), b1 = 0; W2 = (0.5, -0.3, 0.4), b2 = 0;
sigmoid hidden and output units; L = -[y log y_hat + (1 - y) log(1 - y_hat)] (natural log); dZ2 = y_hat - y,
dW2 = dZ2 A1^T, db2 = dZ2.  Question 7: z = (1, 3, 5, 7), m = 4, epsilon = 0, gamma = 2, beta = -1,
g = dL/dz~ = (1, -1, 2, -2) (exam sheet, question 7).  True values: the exact forward pass and gradients.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
 (a) a line printing p as the result of an expression of numbers printed on that line is right only when redoing
     it from those numbers rounds to p at p's digits (a given is exact; an operand that is itself a rounded result
     printed earlier may be taken anywhere within half a unit of its last digit) - otherwise wrong, first;
 (b) a value printed without working (or restated) is right within one unit of its last digit of the true value,
     or when it follows from printed correct operands;
 (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off (more than one
     unit from the true value) is wrong, propagated.
A line is wrong when any number on it is wrong.

Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/DoanQuocKien/notes/blob/d9e8c173f391511c96e4f3e88b75e3863d33535b/"
          "exam/exam_04/CS114%20-%20Exam_04_Answer.md")
LICENSE = ("none (no LICENSE file in the repository); doc.md is an excerpt of only the worked question 5 "
           "(source lines 225-251 and 283-389: headings, equation lines and the lines with worked numbers, line for line, markup kept; prose cut)")
# ---------------- judging engine (as in the round-55 DoanQuocKien folders) ----------------
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
    """rule (b): p is within one unit of its last digit of x rounded at p's digits"""
    return abs(D(p) - rnd(x, p)) <= unit(p)


def G(s):
    """an exact given: an operand known exactly"""
    return (D(s), D(0))


def R(s):
    """a printed rounded result used as an operand: anywhere within half a unit of its last digit"""
    return (D(s), unit(s) / 2)


def span(fn, ops):
    """min and max of fn over the corners of the operand boxes (every fn used here is monotone in each operand)"""
    vals = [fn(*c) for c in itertools.product(*[(v - h, v + h) if h else (v,) for v, h in ops])]
    return min(vals), max(vals)


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, fn=None, ops=(), up=(), why="", restate_of=None):
    """Judge one printed number.
    fn/ops: the line prints `printed` as fn(ops) of numbers printed on that line (rule a): right only when some
            choice of the operands within their tolerance gives a value that rounds to `printed` at its digits;
            otherwise wrong, first.  When the operands allow it but the value is off the true value by more than
            one unit and an operand is wrong, it is wrong, propagated (rule c).
    no fn:  a value printed without working or restated (rule b): right within one unit of the true value, or
            when it equals a right value it restates (restate_of); a restated wrong value is wrong, propagated.
    up:     the checks this value depends on."""
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
            st, kind = "right", None  # follows from printed correct operands
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


VALUE = {}


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:120]))
        for c in cs:
            extra = "" if c["ops"] is None else "  from printed operands %.10g" % c["ops"]
            print("            %-12s printed %-12s true %.10g%s -> %s%s" % (
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


# ---------------- exact values from the givens ----------------
x1, x2, y = D(1), D(-1), D(1)
W1 = [(D("0.2"), D("-0.3")), (D("0.4"), D("0.1")), (D("-0.1"), D("0.5"))]
W2 = [D("0.5"), D("-0.3"), D("0.4")]
Z1 = [a * x1 + b * x2 for a, b in W1]
A1 = [sig(z) for z in Z1]
Z2 = sum(w * a for w, a in zip(W2, A1))
yh = sig(Z2)
L = -yh.ln()
dZ2 = yh - y
dW2 = [dZ2 * a for a in A1]

mul = lambda a, b: a * b
# ---------------- 5.1 forward ----------------
n = line_of("\\mathbf{Z}^{[1]} = \\mathbf{W}^{[1]}\\mathbf{x}")
# the three hidden pre-activations, printed after the expressions 0.2(1)+(-0.3)(-1) etc. (givens only, exact)
for cid, printed, k in [("z1", "0.5", 0), ("z2", "0.3", 1), ("z3", "-0.6", 2)]:
    a, b = W1[k]
    chk(cid, n, printed, Z1[k], lambda p, q: p * x1 + q * x2, [G(a), G(b)])
n = line_of("\\mathbf{A}^{[1]} = \\sigma(\\mathbf{Z}^{[1]})")
for cid, printed, k, up in [("a1", "0.6225", 0, "z1"), ("a2", "0.5744", 1, "z2"), ("a3", "0.3543", 2, "z3")]:
    chk(cid, n, printed, A1[k], sig, [G(str(Z1[k]))], up=[up])
n = line_of("$$Z^{[2]} = 0.5(0.6225)")
chk("p1", n, "0.3113", W2[0] * A1[0], mul, [G("0.5"), R("0.6225")], up=["a1"])
chk("p2", n, "0.1723", -W2[1] * A1[1], mul, [G("0.3"), R("0.5744")], up=["a2"])
chk("p3", n, "0.1417", W2[2] * A1[2], mul, [G("0.4"), R("0.3543")], up=["a3"])
chk("Z2", n, "0.2807", Z2, lambda a, b, c: a - b + c, [R("0.3113"), R("0.1723"), R("0.1417")],
    up=["p1", "p2", "p3"])
n = line_of("$$\\hat{y} = \\sigma(0.2807)")
chk("yh", n, "0.5697", yh, sig, [R("0.2807")], up=["Z2"])
# ---------------- 5.2 loss ----------------
n = line_of("$$L = -[1 \\cdot \\log(0.5697)")
chk("yh_L", n, "0.5697", yh, restate_of="yh")
chk("L", n, "0.5628", L, lambda a: -a.ln(), [R("0.5697")], up=["yh"],
    why="-ln(0.5697) = 0.562645 (any y_hat within half a unit of 0.5697 gives 0.5626-0.5627; the true loss "
        "-ln(0.569702) = 0.562642) rounds to 0.5626, not 0.5628")
# ---------------- 5.3 dZ2 ----------------
n = line_of("$$dZ^{[2]} = \\hat{y} - y = 0.5697 - 1")
chk("yh_d", n, "0.5697", yh, restate_of="yh")
chk("dZ2", n, "-0.4303", dZ2, lambda a: a - 1, [R("0.5697")], up=["yh"])
# ---------------- 5.4 dW2, db2 ----------------
n = line_of("$$dW^{[2]} = dZ^{[2]} \\cdot")
chk("dZ2_w", n, "-0.4303", dZ2, restate_of="dZ2")
chk("a1_w", n, "0.6225", A1[0], restate_of="a1")
chk("a2_w", n, "0.5744", A1[1], restate_of="a2")
chk("a3_w", n, "0.3543", A1[2], restate_of="a3")
# the products are printed on the next display line, "= (…)", which ends the equation of the line above: re-judged
# after scoring (nnwalk's developers) by the corpus's strict own-arithmetic rule (a), as in rounds 55 and 60 — each
# product from the printed operands of the line above, taken within half a unit
n = line_of("$$= \\begin{pmatrix} -0.2679")
chk("dw1", n, "-0.2679", dW2[0], lambda a, b: a * b, [R("-0.4303"), R("0.6225")], up=["dZ2", "a1"])
chk("dw2", n, "-0.2473", dW2[1], lambda a, b: a * b, [R("-0.4303"), R("0.5744")], up=["dZ2", "a2"])
chk("dw3", n, "-0.1525", dW2[2], lambda a, b: a * b, [R("-0.4303"), R("0.3543")], up=["dZ2", "a3"])
n = line_of("$$db^{[2]} = dZ^{[2]} = -0.4303")
chk("db2", n, "-0.4303", dZ2, restate_of="dZ2")

# ---------------- question 7: batch normalization forward and backward ----------------
# givens: z = (1, 3, 5, 7), m = 4, epsilon = 0, gamma = 2, beta = -1, g = dL/dz~ = (1, -1, 2, -2); the page's
# variance divides by m (population variance), its convention, followed here.
zs = [D(1), D(3), D(5), D(7)]
m = D(4)
mu = sum(zs) / m
var = sum((z - mu) ** 2 for z in zs) / m
sd = var.sqrt()
zhat = [(z - mu) / sd for z in zs]
gam, bet = D(2), D(-1)
zt = [gam * h + bet for h in zhat]
gs = [D(1), D(-1), D(2), D(-2)]
dbeta = sum(gs)
dgam = sum(g_ * h for g_, h in zip(gs, zhat))
dz = [gam / (m * sd) * (m * g_ - dbeta - h * dgam) for g_, h in zip(gs, zhat)]
num = [4 * g_ - h * dgam for g_, h in zip(gs, zhat)]          # the bracket [4 g_i - zhat_i (-6/sqrt5)]
n = line_of("\\mu_{\\mathcal{B}}=\\frac{1+3+5+7}{4}=4.")
chk("mu", n, "4", mu, lambda a, b, c, d: (a + b + c + d) / 4, [G(1), G(3), G(5), G(7)])
n = line_of("\\sigma_{\\mathcal{B}}^2=\\frac{(1-4)^2")
chk("mu_v", n, "4", mu, restate_of="mu")
n = line_of("=\\frac{9+1+1+9}{4}=5.")
chk("sq1", n, "9", D(9), lambda a, b: (a - b) ** 2, [G(1), G(4)], up=["mu"])
chk("var", n, "5", var, lambda a, b, c, d: (a + b + c + d) / 4, [G(9), G(1), G(1), G(9)])
n = line_of("$$\\sqrt{\\sigma_{\\mathcal{B}}^2}= \\sqrt{5}.$$")
chk("var_r", n, "5", var, restate_of="var")
n = line_of("$$\\hat{z}=\\left(\\frac{-3}{\\sqrt{5}}")
for k, pr in enumerate(["-3", "-1", "1", "3"]):
    chk("dev%d" % k, n, pr, zs[k] - mu)
n = line_of("\\approx (-1.342,-0.447,0.447,1.342)")
for k, pr in enumerate(["-1.342", "-0.447", "0.447", "1.342"]):
    chk("zh%d" % k, n, pr, zhat[k], up=["dev%d" % k, "var"])
n = line_of("$$\\tilde{z}=2\\hat{z}-1\\approx")
for k, pr in enumerate(["-3.683", "-1.894", "-0.106", "1.683"]):
    chk("zt%d" % k, n, pr, zt[k], up=["zh%d" % k])
n = line_of("\\frac{\\partial L}{\\partial \\beta}=\\sum_i g_i=1-1+2-2=0.")
chk("dbeta", n, "0", dbeta, lambda a, b, c, d: a + b + c + d, [G(1), G(-1), G(2), G(-2)])
# the four terms of sum g_i zhat_i, each restating the numerator of zhat_i (the '+' signs are missing in the
# markup: a typesetting slip, not a wrong number)
for k, sub, pr in [(0, "=1\\left(\\frac{-3}{\\sqrt5}\\right)", "-3"), (1, "(-1)\\left(\\frac{-1}{\\sqrt5}\\right)", "-1"),
                   (2, "2\\left(\\frac{1}{\\sqrt5}\\right)", "1"), (3, "(-2)\\left(\\frac{3}{\\sqrt5}\\right)", "3")]:
    chk("devg%d" % k, line_of(sub), pr, zs[k] - mu, restate_of="dev%d" % k)
n = line_of("=\\frac{-3+1+2-6}{\\sqrt5}")
for k, pr in enumerate(["-3", "+1", "+2", "-6"]):
    chk("gz%d" % k, n, pr, gs[k] * (zs[k] - mu), lambda a, b: a * b, [G(gs[k]), G(zs[k] - mu)], up=["dev%d" % k])
n = line_of("=\\frac{-6}{\\sqrt5}")
chk("dgam_num", n, "-6", dgam * sd, lambda a, b, c, d: a + b + c + d, [G(-3), G(1), G(2), G(-6)],
    up=["gz0", "gz1", "gz2", "gz3"])
n = line_of("\\approx -2.683.$$")
chk("dgam", n, "-2.683", dgam, up=["dgam_num", "var"])
n = line_of("$$\\sum_j g_j=0,\\quad \\sum_j g_j\\hat{z}_j=\\frac{-6}{\\sqrt5}.$$")
chk("dbeta_r", n, "0", dbeta, restate_of="dbeta")
chk("dgam_r", n, "-6", dgam * sd, restate_of="dgam_num")
n = line_of("Vì $m=4$, $\\gamma=2$, $\\sqrt{\\sigma_{\\mathcal{B}}^2}=\\sqrt5$:")
chk("var_r2", n, "5", var, restate_of="var")
n = line_of("=\\frac{2}{4\\sqrt5}=\\frac{1}{2\\sqrt5}.$$")
chk("coef_n", n, "1", D(1), lambda a, b: a / b * 2, [G(2), G(4)])   # 2/4 = 1/2: numerator 1 over 2
n = line_of("=\\frac{1}{2\\sqrt5}\\left[4g_i")
chk("coef_r", n, "1", D(1), restate_of="coef_n")
chk("dgam_r2", n, "-6", dgam * sd, restate_of="dgam_num")
for k, (s1, s2, s3, pr_b, pr_n, pr_v, pr_fr) in enumerate([
        ("i=1:\\quad", "4g_1-", "=4-\\frac{18}{5}=0.4.", "0.4", "0.4}{2", "0.0894", ("4", "18")),
        ("i=2:\\quad", "4g_2-", "=-4-\\frac{6}{5}=-5.2.", "-5.2", "-5.2}{2", "-1.1628", ("-4", "6")),
        ("i=3:\\quad", "4g_3-", "=8+\\frac{6}{5}=9.2.", "9.2", "9.2}{2", "2.0572", ("8", "6")),
        ("i=4:\\quad", "4g_4-", "=-8+\\frac{18}{5}=-4.4.", "-4.4", "-4.4}{2", "-0.9839", ("-8", "18"))]):
    chk("devi%d" % k, line_of(s1), ["-3", "-1", "1", "3"][k], zs[k] - mu, restate_of="dev%d" % k)
    chk("six%d" % k, line_of(s2), "-6", dgam * sd, restate_of="dgam_num")
    n = line_of(s3)
    chk("fg%d" % k, n, pr_fr[0], 4 * gs[k], lambda a: 4 * a, [G(gs[k])])
    chk("fz%d" % k, n, pr_fr[1], abs((zs[k] - mu) * 6), lambda a: abs(a * 6), [G(zs[k] - mu)], up=["dev%d" % k])
    chk("br%d" % k, n, pr_b, num[k], lambda a, b: a + b / 5,
        [G(4 * gs[k]), G(-(zs[k] - mu) * (dgam * sd))], up=["fz%d" % k])
    n = line_of("\\frac{\\partial L}{\\partial z_%d}=\\frac{%s}{2\\sqrt5}" % (k + 1, pr_b))
    chk("brr%d" % k, n, pr_b, num[k], restate_of="br%d" % k)
    chk("dz%d" % k, n, pr_v, dz[k], lambda a: a / (2 * D(5).sqrt()), [G(pr_b)], up=["br%d" % k])
n = line_of("$$0.0894-1.1628+2.0572-0.9839\\approx 0.$$")
chk("sum", n, "0", sum(dz), lambda a, b, c, d: a + b + c + d, [R("0.0894"), R("-1.1628"), R("2.0572"), R("-0.9839")],
    up=["dz0", "dz1", "dz2", "dz3"])

NOTES = ("Excerpt of question 5 of the answer key (2-3-1 sigmoid network, binary cross-entropy, output-layer "
         "gradients only) and of question 7 (batch normalization). One slip: the loss -log(0.5697) is printed 0.5628; -ln(0.5697) = 0.562645 (the true "
         "loss -ln(0.569702) = 0.562642) rounds to 0.5626, so the line is wrong (first); nothing is computed from "
         "the loss afterwards. Close call, judged right by the helper and re-judged wrong (first) after scoring by "
         "nnwalk's developers with the corpus's strict rule (a), the '= (...)' row ending the equation above: dW2 = -0.4303 (0.6225, 0.5744, 0.3543) is printed "
         "(-0.2679, -0.2473, -0.1525) on the next display line; -0.4303 x 0.5744 = -0.247164 (-0.2472 for any "
         "operands within half a unit, true -0.247182 -> -0.2472), so -0.2473 is one unit off. That line holds no "
         "operands (the expression is on the display line above), so rule (b) applies and one unit is tolerated; "
         "if the two display lines are read as one expression, -0.2473 is wrong (first). Also judged right: "
         "Z2 = 0.3113 - 0.1723 + 0.1417 = 0.2807 exactly from the printed terms (true Z2 = 0.280634 -> 0.2806, one "
         "unit), and 0.5(0.6225) = 0.31125 printed 0.3113 (half-up). log is the natural logarithm (the page's "
         "0.5628 is not log10 either: -log10(0.5697) = 0.2444). Question 7 (batch normalization forward and "
         "backward on z = (1, 3, 5, 7), gamma = 2, beta = -1, epsilon = 0, upstream g = (1, -1, 2, -2); the page "
         "divides the variance by m, its convention) is clean: every decimal (z_hat, z_tilde, dL/dgamma, dL/dz_i) "
         "rounds right, and the symbolic lines restating integers (-3, -6, 18/5, 1/(2 sqrt5), ...) are listed as "
         "right. The sum 0.0894 - 1.1628 + 2.0572 - 0.9839 = -0.0001 is printed '\\approx 0', right at 0 decimals. "
         "The term-by-term line of dL/dgamma lacks its '+' signs (1(-3/sqrt5) (-1)(-1/sqrt5) 2(1/sqrt5) "
         "(-2)(3/sqrt5)): a typesetting slip, no wrong number; its four lines are listed as right.")

if __name__ == "__main__":
    main()
