#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an equations-only excerpt of
SuvanshShukla/ovgu-magdeburg "Winter-SEM-II-2025-26/Machine Learnning/solutions/Assignment_8/task_8.3.md"
(Machine Learning WiSe 2025/26, Assignment 8 Task 3: one batch step of a 2-1-1 sigmoid network with biases
trained with binary cross-entropy on two examples).

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (doc.md lines 1-7): inputs (a, b) = (1, 0) with target t = 1 and (0, 1) with t = 0; every weight is 0.1
(w_am, w_bm, w_1m into the hidden unit m, w_mn and the bias weight w_1n into the output unit n); learning rate
eta = 0.3; sigmoid units; binary cross-entropy, so delta_n = dL/dz_n = o_n - t (line 40, right) and
delta_m = o_m (1 - o_m) w_mn delta_n (line 54, right). The page computes e^-0.2 with e = 2.718 (line 22); that is
within rounding of the true sigmoid. Both examples use the initial weights and their changes are summed
(batch step), as the page says and its final table does.

True values: gradient descent, Delta w = -eta delta x, added to the weight. The page's rule Delta w = eta delta x
(lines 46, 50) with delta = o - t and w + Delta w (table, lines 115-119) moves every weight up the gradient: a
sign error (a conceptual mistake: every non-zero Delta w of example 1 has the wrong sign). In example 2 the page
writes delta_n = +0.5387 (line 92) but multiplies by -0.5387 (lines 96, 98, 102) and prints positive products:
those lines do not follow from their own printed operands.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line that prints p as the result of an expression whose operands are printed on it is right only if
      redoing the expression from those numbers rounds to exactly p at p's digits; an operand that is itself a
      rounded result printed earlier may be taken anywhere within half a unit of its last digit (a given is
      exact); otherwise the line is wrong (first);
  (b) a value printed without its working, or restated, is right within one unit of its last digit of the true
      value, or when it follows from printed correct operands;
  (c) a restated wrong value is wrong (propagated); a value computed from a wrong one and itself off is wrong
      (propagated); a value off because the author's own formula is wrong is wrong (first).
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/SuvanshShukla/ovgu-magdeburg/blob/4e9a90b0430d1e55bd78f432cb6a9dc0044bb968/"
          "Winter-SEM-II-2025-26/Machine%20Learnning/solutions/Assignment_8/task_8.3.md")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of only the givens, the worked $$ blocks and "
           "the final table, line for line, prose and headings removed")
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
BAD = {}


class R:
    """A printed operand that is itself a rounded result: it may be taken anywhere within half a unit of its last digit."""

    def __init__(self, s):
        self.v = D(str(s).replace("\u2212", "-"))
        self.h = unit(self.v) / 2


def span(f, *args):
    """(lo, hi) of f over its operands: exact ones (str/Decimal/int) fixed, R ones at both ends of their half-unit range."""
    import itertools
    choices = []
    for a in args:
        if isinstance(a, R):
            choices.append((a.v - a.h, a.v + a.h))
        else:
            choices.append((D(a),))
    vals = [f(*c) for c in itertools.product(*choices)]
    return min(vals), max(vals)


def redoes(p, ops):
    """Rule (a): some value that the printed operands allow rounds to exactly p at p's digits."""
    p = D(p)
    lo, hi = (ops, ops) if not isinstance(ops, tuple) else ops
    u = unit(p)
    return lo <= p + u / 2 and hi >= p - u / 2 if lo != hi else rnd(lo, p) == p


def chk(cid, line, printed, true, ops=None, up=(), method=False, why="", correct=None, explicit=True):
    """Judge one printed number by the corpus rule (module docstring).

    ops: what the line's own printed operands give (a Decimal when they are all exact, a (lo, hi) span from `span`
    when some are rounded results); None when the line shows no working. up: ids of the printed values it depends on.
    method: the author's own formula is wrong (a conceptual mistake), so a value off from the truth is a first error.
    """
    assert printed in DOC[line - 1], (line, printed)
    p = D(printed.replace("\u2212", "-"))
    if ops is None and up and explicit:
        ops = p  # a restated value: it carries the status of the value it copies
    ops_ok = ops is None or redoes(p, ops)
    # the value itself: right when near the truth, or when it follows from printed operands whose values are right
    # (a line can be wrong by rule (a) while the value it prints is the true one: that value is not a wrong operand)
    val_ok = near(p, true) or (not method and ops is not None and ops_ok and not any(BAD[u] for u in up))
    BAD[cid] = not val_ok
    if explicit and not ops_ok:
        st, kind = "wrong", "first"
    elif val_ok:
        st, kind = "right", None
    elif any(BAD[u] for u in up) and not method:
        st, kind = "wrong", "propagated"
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    o = None if ops is None else (ops[0] if isinstance(ops, tuple) else ops)
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), ops=o, status=st, kind=kind, why=why,
                       correct=correct if correct is not None else str(rnd(true, p))))


def P(s):
    """A printed number as a Decimal (U+2212 minus read as '-')."""
    return D(s.replace("\u2212", "-"))


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




# ---------------- exact values from the givens ----------------
w = D("0.1")
eta = D("0.3")
om = sig(w * 1 + w * 0 + w)          # the same hidden output in both examples (z_m = 0.2)
zn = w * om + w
on = sig(zn)
dn1 = on - 1
dn2 = on - 0
dm1 = om * (1 - om) * w * dn1
dm2 = om * (1 - om) * w * dn2
# gradient descent changes (Delta w = -eta delta x)
g1n1, gmn1, gam1, gbm1, g1m1 = -eta * dn1, -eta * dn1 * om, -eta * dm1 * 1, -eta * dm1 * 0, -eta * dm1
g1n2, gmn2, gam2, gbm2, g1m2 = -eta * dn2, -eta * dn2 * om, -eta * dm2 * 0, -eta * dm2 * 1, -eta * dm2
SIGN = "the page's rule Delta w = eta delta x with delta = o - t, added to the weight, climbs the gradient (sign error)"

# ---------------- example 1 ----------------
ln = line_of("o_1 = 0.1(1) + 0.1(0) + 0.1(1) = 0.2")
chk("z1", ln, "0.2", D("0.2"), ops=D("0.1") + 0 + D("0.1"))
ln = line_of("\\frac{1}{1 + (2.718^{-0.2})} = 0.5498")
chk("om1", ln, "0.5498", om, ops=1 / (1 + D("2.718") ** D("-0.2")))
ln = line_of("z_n = (0.1)(0.5498) + 0.1(1) \\approx 0.15498")
chk("om1r", ln, "0.5498", om, up=["om1"])
chk("zn1", ln, "0.15498", zn, ops=span(lambda o: D("0.1") * o + D("0.1"), R("0.5498")), up=["om1r"])
ln = line_of("\\frac{1}{1 + e^{-0.15498}} \\approx 0.5387")
chk("on1", ln, "0.5387", on, ops=span(sig, R("0.15498")), up=["zn1"])
ln = line_of("\\delta_n = o_n - t = 0.5387 - 1 = -0.4613")
chk("dn1", ln, "-0.4613", dn1, ops=span(lambda o: o - 1, R("0.5387")), up=["on1"])
ln = line_of("(0.3) . (-0.4613) . (1) = -0.1384")
chk("g1n1", ln, "-0.1384", g1n1, ops=span(lambda d: D("0.3") * d, R("-0.4613")), up=["dn1"], method=True,
    why=SIGN + ": gradient descent gives -0.3 x (-0.4613) = +0.1384")
ln = line_of("(0.3) . (-0.4613) . (0.5498) = -0.0761")
chk("gmn1", ln, "-0.0761", gmn1, ops=span(lambda d, o: D("0.3") * d * o, R("-0.4613"), R("0.5498")),
    up=["dn1"], method=True, why=SIGN + ": gradient descent gives +0.0761")
ln = line_of("\\delta_m = (0.5498)(1−0.5498)⋅(0.1)⋅(−0.4613) = −0.0114")
chk("dm1", ln, "−0.0114", dm1, ops=span(lambda o, d: o * (1 - o) * D("0.1") * d, R("0.5498"), R("-0.4613")),
    up=["om1", "dn1"])
ln = line_of("(0.3)⋅(−0.0114)⋅(1) = −0.0034")
chk("gam1", ln, "−0.0034", gam1, ops=span(lambda d: D("0.3") * d, R("-0.0114")), up=["dm1"], method=True,
    why=SIGN + ": gradient descent gives +0.0034")
ln = line_of("(0.3)⋅(−0.0114)⋅(0) = 0")
chk("gbm1", ln, "0", gbm1, ops=D(0), up=["dm1"])
ln = line_of("\\triangle w_{1,m} = \\eta . \\delta_m . 1 = (0.3)⋅(−0.0114)⋅(1) = −0.0034")
chk("g1m1", ln, "−0.0034", g1m1, ops=span(lambda d: D("0.3") * d, R("-0.0114")), up=["dm1"], method=True,
    why=SIGN + ": gradient descent gives +0.0034")

# ---------------- example 2 ----------------
ln = line_of("z_m = 0.1(0) + 0.1(1) + 0.1(1) = 0.2")
chk("z2", ln, "0.2", D("0.2"), ops=D("0.1") + D("0.1"))
ln = line_of("o_m = g(z_m) = \\frac{1}{1 + (2.718^{-0.2})} = 0.5498")
chk("om2", ln, "0.5498", om, ops=1 / (1 + D("2.718") ** D("-0.2")))
ln = line_of("z_n = (0.1)(0.5498)+(0.1)(1) = 0.15498")
chk("om2r", ln, "0.5498", om, up=["om2"])
chk("zn2", ln, "0.15498", zn, ops=span(lambda o: D("0.1") * o + D("0.1"), R("0.5498")), up=["om2r"])
ln = line_of("o_n = g(z_n) = \\frac{1}{1 + e^{-0.15498}} \\approx 0.5387", 2)
chk("on2", ln, "0.5387", on, ops=span(sig, R("0.15498")), up=["zn2"])
ln = line_of("\\delta_n = o_n - t = 0.5387 - 0 = 0.5387")
chk("dn2", ln, "0.5387", dn2, ops=span(lambda o: o, R("0.5387")), up=["on2"])
ln = line_of("(0.3) . (-0.5387) . (1) = 0.1616")
chk("g1n2", ln, "0.1616", g1n2, ops=span(lambda d: D("0.3") * d, R("-0.5387")), up=["dn2"],
    why="0.3 x (-0.5387) x 1 = -0.1616, printed +0.1616 (the page's delta_n is +0.5387; gradient descent also "
        "gives -0.1616)")
ln = line_of("(0.3) . (-0.5387) . (0.5498) = 0.0888")
chk("gmn2", ln, "0.0888", gmn2, ops=span(lambda d, o: D("0.3") * d * o, R("-0.5387"), R("0.5498")), up=["dn2"],
    why="0.3 x (-0.5387) x 0.5498 = -0.0888, printed +0.0888 (gradient descent gives -0.0889)")
ln = line_of("\\delta_m = (0.5498)(1−0.5498)⋅(0.1)⋅(−0.5387) = 0.0133")
chk("dm2", ln, "0.0133", dm2, ops=span(lambda o, d: o * (1 - o) * D("0.1") * d, R("0.5498"), R("-0.5387")),
    up=["om2", "dn2"],
    why="its printed operands give 0.5498 x 0.4502 x 0.1 x (-0.5387) = -0.0133, printed +0.0133 (the true "
        "delta_m, from delta_n = +0.5387, is +0.0133: the product is printed with the wrong sign of delta_n)")
ln = line_of("(0.3)⋅(0.0133)⋅(0) = 0")
chk("dm2r", ln, "0.0133", dm2, up=["dm2"])
chk("gam2", ln, "0", gam2, ops=D(0), up=["dm2r"])
ln = line_of("\\triangle w_{b,m} = \\eta . \\delta_m . b = (0.3)⋅(0.0133)⋅(1) = 0.0040")
chk("dm2r2", ln, "0.0133", dm2, up=["dm2"])
chk("gbm2", ln, "0.0040", gbm2, ops=span(lambda d: D("0.3") * d, R("0.0133")), up=["dm2r2"], method=True,
    why=SIGN + ": gradient descent gives -0.3 x 0.0133 = -0.0040")
ln = line_of("\\triangle w_{1,m} = \\eta . \\delta_m . 1 = (0.3)⋅(0.0133)⋅(1) = 0.0040")
chk("dm2r3", ln, "0.0133", dm2, up=["dm2"])
chk("g1m2", ln, "0.0040", g1m2, ops=span(lambda d: D("0.3") * d, R("0.0133")), up=["dm2r3"], method=True,
    why=SIGN + ": gradient descent gives -0.0040")

# ---------------- final table (restated changes, their sum, the updated weight) ----------------
ROWS = [
    ("$w_{m,n}$", "-0.0761", "gmn1", gmn1, "0.0888", "gmn2", gmn2, "0.0127", "0.1127"),
    ("$w_{1,n}$", "−0.1384", "g1n1", g1n1, "0.1616", "g1n2", g1n2, "0.0232", "0.1232"),
    ("$w_{a,m}$", "−0.0034", "gam1", gam1, "0", "gam2", gam2, "−0.0034", "0.0966"),
    ("$w_{b,m}$", "0", "gbm1", gbm1, "0.0040", "gbm2", gbm2, "0.0040", "0.1040"),
    ("$w_{1,m}$", "−0.0034", "g1m1", g1m1, "0.0040", "g1m2", g1m2, "0.0006", "0.1006"),
]
def op(s):
    """A printed table entry as an operand: 0 is exact, any other value a rounded result."""
    return D(0) if s == "0" else R(s)


for name, p1, id1, t1, p2, id2, t2, ptot, pfin in ROWS:
    ln = line_of("| " + name + " | 0.1 |")
    chk(id1 + "t", ln, p1, t1, up=[id1])
    chk(id2 + "t", ln, p2, t2, up=[id2])
    chk(id1 + "sum", ln, ptot, t1 + t2, ops=span(lambda a, b: a + b, op(p1), op(p2)), up=[id1 + "t", id2 + "t"],
        why="the sum of the two wrong-signed changes")
    chk(id1 + "fin", ln, pfin, D("0.1") + t1 + t2, ops=span(lambda s: D("0.1") + s, R(ptot)), up=[id1 + "sum"],
        why="0.1 plus the wrong-signed total change")


NOTES = (
    "A student's worked answer (Suvansh Shukla, OVGU Magdeburg, Machine Learning WiSe 2025/26, Assignment 8 Task 3; "
    "GitHub SuvanshShukla/ovgu-magdeburg, no license, so only the givens, the worked $$ blocks and the final table "
    "are kept, line for line). A 2-1-1 sigmoid network with biases, all weights 0.1, BCE loss, eta = 0.3, a batch "
    "step over two examples. Forward passes, the output error and the hidden delta of example 1 are right. First "
    "errors: the update rule Delta w = eta delta x with delta = o - t, added to the weight (a sign error, gradient "
    "ascent): every non-zero change of example 1 (lines 58, 60, 68, 72) and the hidden changes of example 2 (108, "
    "110) have the wrong sign; in example 2 the page multiplies by -0.5387 and prints positive products (lines 96, "
    "98, 102: each line's own operands give a negative result; line 102's +0.0133 is the true delta_m, but the line "
    "does not follow from its printed operands, rule (a)). The final table restates the wrong changes and its "
    "totals and final weights are all wrong (lines 115-119: true final weights 0.0872, 0.0768, 0.1034, 0.0960, "
    "0.0994). Close calls: line 22 uses e = 2.718 (0.549829, right); line 106 restates 0.0133, which is the true "
    "delta_m, so its result 0 is right; line 96's +0.1616 is also the value the page's own (wrong) rule gives from "
    "delta_n = +0.5387, but the line prints -0.5387 as its operand."
)

if __name__ == "__main__":
    main()
