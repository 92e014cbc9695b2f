#!/usr/bin/env python3
"""Recompute every computed number in doc.md (excerpt of chicm/softmax_gradient README.md,
commit 0b09aac7c10f45cceb729a57b9437b8dedcd1c17) and judge it by the corpus rule.

Plain Python 3, decimal at 60 digits; does not import nnwalk or generator.
Usage: python3 recompute.py [--write-expected]
"""
import json, os, sys
from decimal import Decimal as D, getcontext, ROUND_HALF_EVEN

getcontext().prec = 60
HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, "doc.md"), encoding="utf-8").read().split("\n")
URL = ("https://github.com/chicm/softmax_gradient/blob/0b09aac7c10f45cceb729a57b9437b8dedcd1c17/README.md")


def line_of(sub):
    hits = [i + 1 for i, l in enumerate(LINES) if sub in l]
    if len(hits) != 1:
        raise SystemExit(f"line_of: {sub!r} expected exactly one hit, got {hits}")
    return hits[0]


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def within_one_unit(p, true):
    """rule (b): within one unit of the last printed digit of the true value"""
    return abs(D(p) - true) <= unit(p)


def rounds_to(p, lo, hi):
    """rule (a): some value of the expression over the operands' half-unit intervals rounds to p"""
    u = unit(p)
    return lo - u / 2 <= D(p) <= hi + u / 2


def fmt(x, p):
    return str(x.quantize(unit(p), rounding=ROUND_HALF_EVEN))


# givens: class scores o = [2, 3, 4] (line 15), one-hot label y = [0, 1, 0] (line 19), so k = 1
line_of(r"o = \boxed{2}\boxed{3}\boxed{4}")
line_of(r"y = \boxed{0}\boxed{1}\boxed{0}")
o = [D(2), D(3), D(4)]
y = [D(0), D(1), D(0)]
ex = [v.exp() for v in o]
S = sum(ex)
p = [e / S for e in ex]
L = -p[1].ln()
g = [p[i] - y[i] for i in range(3)]

report = []

# line 23: p = softmax(o), printed without working -> rule (b)
ln = line_of(r"p = \boxed{0.090}\boxed{0.245}\boxed{0.665}")
printed = ["0.090", "0.245", "0.665"]
bad = [(q, t) for q, t in zip(printed, p) if not within_one_unit(q, t)]
report.append((ln, "softmax p", printed, [f"{t:.6f}" for t in p], not bad))

# line 28: L = -log(0.245) = 1.406 -> rule (a), operand 0.245 is a rounded result (+-0.0005)
ln28 = line_of(r"L = -log(0.245) = 1.406")
lo = -(D("0.2455").ln()); hi = -(D("0.2445").ln())
ok28 = rounds_to("1.406", lo, hi)
exact28 = -(D("0.245").ln())
report.append((ln28, "L = -log(0.245)", ["1.406"], [f"{exact28:.6f} (from 0.245; interval {lo:.5f}..{hi:.5f}); "
                                                    f"true -log(p_1) = {L:.6f}"], ok28))

# line 58: dL/do = p - y, printed with no working on the line -> rule (b) (also follows from line 23's p)
ln58 = line_of(r"\boxed{0.090}\boxed{-0.775}\boxed{0.665}")
printed58 = ["0.090", "-0.775", "0.665"]
bad58 = [(q, t) for q, t in zip(printed58, g) if not within_one_unit(q, t)]
# would the printed value follow from printed (correct) operands?  p_1 - 1 with p_1 = 0.245 gives -0.755
from_printed = D("0.245") - 1
report.append((ln58, "gradient p - y", printed58, [f"{t:.6f}" for t in g], not bad58))

right = []
wrong = []
if not bad:
    right.append(ln)
else:
    raise SystemExit("unexpected: softmax line judged wrong")
if ok28:
    right.append(ln28)
else:
    raise SystemExit("unexpected: loss line judged wrong")
if bad58:
    wrong.append({
        "line": ln58, "page": None, "printed": "-0.775", "correct": fmt(g[1], "-0.775"), "kind": "first",
        "why": (f"dL/do_1 = p_1 - y_1 = 0.245 - 1 = {from_printed} (true {g[1]:.6f}); the printed -0.775 "
                f"is a digit slip for -0.755. The other two entries, 0.090 = p_0 and 0.665 = p_2, are right."),
    })
else:
    right.append(ln58)

print(f"o = {[str(v) for v in o]}, e^o = {[f'{e:.6f}' for e in ex]}, sum = {S:.6f}")
for ln_, what, pr, tr, good in report:
    print(f"line {ln_:3d} {'RIGHT' if good else 'WRONG'} {what}: printed {pr} true {tr}")
print(f"{len(wrong)} wrong ({sum(1 for w in wrong if w['kind'] == 'first')} first), {len(right)} right")

if "--write-expected" in sys.argv:
    exp = {
        "file": "doc.md",
        "format": "md",
        "source": URL,
        "license": ("none (no LICENSE in the repository); doc.md is an excerpt: the equation lines of README.md "
                    "verbatim at their original line numbers, the title and prose lines blanked"),
        "wrong": wrong,
        "right": sorted(right),
        "notes": (f"Softmax of the class scores o = [2, 3, 4] with label y = [0, 1, 0] (k = 1): e^o = "
                  f"[{ex[0]:.4f}, {ex[1]:.4f}, {ex[2]:.4f}], sum {S:.4f}, p = [{p[0]:.5f}, {p[1]:.5f}, "
                  f"{p[2]:.5f}]; the printed 0.090, 0.245, 0.665 are right (line 23). Line 28 "
                  f"L = -log(0.245) = 1.406: -ln(0.245) = {exact28:.6f}, rounds to 1.406 (right by rule (a); "
                  f"the unrounded p_1 gives {L:.5f}, but the line states its operand). Line 58 restates p - y: "
                  f"0.090 and 0.665 are right, the middle entry p_1 - 1 is {g[1]:.5f} (-0.755 from the printed "
                  f"0.245), printed -0.775: wrong, first (digit slip). log is the natural log (1.406 = -ln 0.245). "
                  f"The derivation lines (35-54) are formulas without numbers; lines 15 and 19 are givens."),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print("wrote expected.json")
