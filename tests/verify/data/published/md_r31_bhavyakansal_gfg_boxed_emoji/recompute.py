#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, Bhavya Kansal's "Backpropagation in Neural
Networks" (BhavyaKansal20/Deep-Learning, BACKWARD_PROPAGATION.md, MIT): a Markdown rewrite, with emoji headings,
boxed results and tables, of the GeeksforGeeks worked example -- one forward pass, backward pass and update of a
2-2-1 sigmoid network without biases, then the forward pass with the updated weights.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (the network figure of the GeeksforGeeks article, read from the printed products on doc.md lines 133, 141,
149, and the setup on lines 86-87): x1 = 0.35, x2 = 0.7; w11 = w21 = 0.2 (into h1), w12 = w22 = 0.3 (into h2),
w13 = 0.3, w23 = 0.9 (h1, h2 into O3); no biases; sigmoid everywhere; target 0.5; learning rate 1.  The document's
own rules: Error = y_target - y5 (line 165), delta5 = y5 (1 - y5)(y_target - y5) (line 187), delta_j =
y_j (1 - y_j) w_j3 delta5 (lines 197, 203), Delta w_ij = eta delta_j O_i (line 177) and w(new) = w + Delta w (lines
215, 223).  True values follow those rules exactly from the givens; the second forward pass (lines 252-258) uses the
six correctly updated weights.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line that prints p as the result of an expression whose operands are printed on it is right only if the
      expression redone from those numbers rounds to exactly p at p's digits (an operand that is a rounded result
      printed earlier may be anywhere within half a unit of its last digit; givens are exact); otherwise wrong, first;
  (b) a value printed without its working (the updated weights and the second pass in the tables), or restated, is
      right when within one unit of its last digit of the true value, or when it follows from printed correct
      operands;
  (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off is wrong,
      propagated (first when the line adds a mistake of its own, such as a value copied into the wrong place).
Lines that only give inputs (target, learning rate, formulas) and the illustrative "y5 ~ 0.50, Error ~ 0.00" of the
training-loop sketch (line 281) are neither wrong nor right.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/BhavyaKansal20/Deep-Learning/blob/0a0dfe296976df5a7cf2cdfe1ff78c13c775dee1/"
          "BACKWARD_PROPAGATION.md")
LICENSE = ("MIT (LICENSE of BhavyaKansal20/Deep-Learning, \"Copyright (c) 2026 Bhavya Kansal\"); doc.md is the file "
           "byte for byte")
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D
from itertools import product

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    """Rule (b): a value printed without its own working is right within one unit of its last digit of the true
    value x -- unless x itself has no more digits than p (an exact integer or short decimal, computed without any
    rounding), when nothing can drift and p must equal x."""
    if D(x) == rnd(x, p):
        return D(p) == D(x)
    return abs(D(p) - rnd(x, p)) <= unit(p)


def G(s):
    """An exact operand (a given, 1, 0.5 ...)."""
    return (D(s), D(s))


def R(s):
    """An operand that is a rounded result printed earlier: anywhere within half a unit of its last digit."""
    d, h = D(s), unit(s) / 2
    return (d - h, d + h)


def box(f, *ops):
    """Range of f over the operands' intervals (f is monotone or multilinear in each operand here, so the corners
    bound it)."""
    vals = [f(*c) for c in product(*[(lo, hi) if lo != hi else (lo,) for lo, hi in ops])]
    return (min(vals), max(vals))


def rounds_to(p, rng):
    """Rule (a): some value of the expression redone from the printed operands rounds (half up) to exactly p."""
    lo, hi = rng
    p, h = D(p), unit(p) / 2
    return hi >= p - h and lo < p + h


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, ops=None, up=(), why="", correct=None, explicit=True, page=None, first=False,
        restated=False):
    """Judge one printed number.  ops: the range of the line's own expression redone from its printed operands
    (see box/G/R), or None when the line prints the value without working.  up: ids of the printed values it is
    computed from or restates.  first=True: the line has its own mistake (a wrong formula or sign) even though its
    operands are also wrong.  restated=True: p restates a value printed earlier, so it carries that value's status
    (right when near the true value or when the value it copies is right; wrong, propagated, when that one is wrong)."""
    text = line_text(page, line)
    assert printed in text, (page, line, printed, text)
    printed = printed.replace("\u2212", "-")  # the document's minus sign U+2212
    p = D(printed)
    if restated:
        ops = (p, p)
    ops_ok = ops is None or rounds_to(p, ops)
    upwrong = any(STATUS[u] == "wrong" for u in up)
    if explicit and not ops_ok:
        st, kind = "wrong", "first"
    elif near(p, true):
        st, kind = "right", None
    elif first:
        st, kind = "wrong", "first"
    elif upwrong:
        st, kind = "wrong", "propagated"
    elif ops is not None and ops_ok:
        st, kind = "right", None
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, page=page, line=line, printed=printed, true=D(true), ops=ops, status=st, kind=kind,
                       why=why, correct=correct if correct is not None else str(rnd(true, p))))


def report():
    keys = sorted({(c["page"] or 0, c["line"]) for c in CHECKS})
    wrong, right = [], []
    for pg, n in keys:
        page = pg or None
        cs = [c for c in CHECKS if (c["page"] or 0, c["line"]) == (pg, n)]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("%sline %4d  %-5s  %s" % ("p%d " % page if page else "", n, "WRONG" if bad else "right",
                                        line_text(page, n).strip()[:100]))
        for c in cs:
            extra = "" if c["ops"] is None else "  own expression in [%.10g, %.10g]" % c["ops"]
            print("            %-10s printed %-12s true %.10g%s -> %s%s" % (
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
            wrong.append({"line": n, "page": page, "printed": ", ".join(printed), "correct": ", ".join(correct),
                          "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(dict.fromkeys(whys))})
        else:
            right.append(n if page is None else {"page": page, "line": n})
    return wrong, right


def main():
    wrong, right = report()
    print("\nwrong lines:", [(w["page"], w["line"], w["kind"]) if w["page"] else (w["line"], w["kind"]) for w in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")

DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_text(page, line):
    return DOC[line - 1]


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def sig(z):
    return 1 / (1 + (-D(z)).exp())


# ---------------- exact values from the givens ----------------
x1, x2 = D("0.35"), D("0.7")
w11, w21, w12, w22, w13, w23 = D("0.2"), D("0.2"), D("0.3"), D("0.3"), D("0.3"), D("0.9")
t, eta = D("0.5"), D(1)
a1 = w11 * x1 + w21 * x2
y3 = sig(a1)
a2 = w12 * x1 + w22 * x2
y4 = sig(a2)
a3 = w13 * y3 + w23 * y4
y5 = sig(a3)
err = t - y5
d5 = y5 * (1 - y5) * err
d3 = y3 * (1 - y3) * (w13 * d5)
d4 = y4 * (1 - y4) * (w23 * d5)
dw23 = eta * d5 * y4
n23 = w23 + dw23
dw11 = eta * d3 * x1
n11 = w11 + dw11
n21 = w21 + eta * d3 * x2
n12 = w12 + eta * d4 * x1
n22 = w22 + eta * d4 * x2
n13 = w13 + eta * d5 * y3
y3b = sig(n11 * x1 + n21 * x2)
y4b = sig(n12 * x1 + n22 * x2)
y5b = sig(n13 * y3b + n23 * y4b)
errb = t - y5b

# ---------------- forward pass ----------------
ln = line_of("= (0.2 \\times 0.35) + (0.2 \\times 0.7) = 0.21")
chk("a1", ln, "0.21", a1, ops=G("0.21"))
ln = line_of("\\frac{1}{1 + e^{-0.21}} = \\boxed{0.56}")
chk("a1r", ln, "0.21", a1, up=["a1"], restated=True)
chk("y3", ln, "0.56", y3, ops=box(sig, G("0.21")), up=["a1r"],
    why="sigma(0.21) = 0.55230 with 0.21 exact: 0.55 at two decimals, printed 0.56")
ln = line_of("= (0.3 \\times 0.35) + (0.3 \\times 0.7) = 0.315")
chk("a2", ln, "0.315", a2, ops=G("0.315"))
ln = line_of("\\frac{1}{1 + e^{-0.315}} = \\boxed{0.57}")
chk("a2r", ln, "0.315", a2, up=["a2"], restated=True)
chk("y4", ln, "0.57", y4, ops=box(sig, G("0.315")), up=["a2r"],
    why="sigma(0.315) = 0.57810 with 0.315 exact: 0.58, printed 0.57")
ln = line_of("= (0.3 \\times 0.57) + (0.9 \\times 0.59) = 0.702")
chk("y3r", ln, "0.57", y3, up=["y3"], first=True,
    why="y3 (printed 0.56, true 0.55) is copied into a3 as 0.57, the value printed for y4")
chk("y4r", ln, "0.59", y4, up=["y4"], restated=True)
chk("a3", ln, "0.702", a3, ops=box(lambda a, b: D("0.3") * a + D("0.9") * b, R("0.57"), R("0.59")),
    up=["y3r", "y4r"], why="0.3 x 0.57 + 0.9 x 0.59 = 0.702 from the miscopied y3; true a3 = 0.686")
ln = line_of("\\frac{1}{1 + e^{-0.702}} = \\boxed{0.67}")
chk("a3r", ln, "0.702", a3, up=["a3"], restated=True)
chk("y5", ln, "0.67", y5, ops=box(sig, R("0.702")), up=["a3r"])
ln = line_of("*Figure 5 — Network with computed values")
chk("y3f", ln, "0.56", y3, up=["y3"], restated=True)
chk("y4f", ln, "0.57", y4, up=["y4"], restated=True)
chk("y5f", ln, "0.67", y5, up=["y5"], restated=True)
ln = line_of("> **Predicted:** `y₅ = 0.67`")
chk("y5p", ln, "0.67", y5, up=["y5"], restated=True)
# ---------------- error and deltas ----------------
ln = line_of("= 0.5 - 0.67 = \\mathbf{-0.17}")
chk("y5e", ln, "0.67", y5, up=["y5"], restated=True)
chk("err", ln, "-0.17", err, ops=box(lambda y: D("0.5") - y, R("0.67")), up=["y5e"])
ln = line_of("= 0.67 \\times (1 - 0.67) \\times (-0.17) = \\boxed{-0.0376}")
chk("y5d", ln, "0.67", y5, up=["y5"], restated=True)
chk("d5", ln, "-0.0376", d5, ops=box(lambda y, e: y * (1 - y) * e, R("0.67"), R("-0.17")), up=["y5d", "err"])
ln = line_of("= 0.56 \\times (1 - 0.56) \\times (0.3 \\times -0.0376) = \\boxed{-0.0027}")
chk("y3d", ln, "0.56", y3, up=["y3"], restated=True)
chk("d5r", ln, "-0.0376", d5, up=["d5"], restated=True)
chk("d3", ln, "-0.0027", d3, ops=box(lambda y, d: y * (1 - y) * D("0.3") * d, R("0.56"), R("-0.0376")),
    up=["y3d", "d5r"],
    why="0.56 x 0.44 x 0.3 x -0.0376 = -0.002779 (-0.00277 to -0.00279 with the printed values' rounding): -0.0028, "
        "printed -0.0027 (the true delta3 is -0.00273)")
ln = line_of("= 0.59 \\times (1 - 0.59) \\times (0.9 \\times -0.0376) = \\boxed{-0.00819}")
chk("y4d", ln, "0.59", y4, up=["y4"], restated=True)
chk("d5r2", ln, "-0.0376", d5, up=["d5"], restated=True)
chk("d4", ln, "-0.00819", d4, ops=box(lambda y, d: y * (1 - y) * D("0.9") * d, R("0.59"), R("-0.0376")),
    up=["y4d", "d5r2"])
# ---------------- weight updates ----------------
ln = line_of("\\Delta w_{2,3} = 1 \\times (-0.0376) \\times 0.59 = -0.022184")
chk("d5r3", ln, "-0.0376", d5, up=["d5"], restated=True)
chk("y4u", ln, "0.59", y4, up=["y4"], restated=True)
chk("dw23", ln, "-0.022184", dw23, ops=box(lambda d, y: d * y, R("-0.0376"), R("0.59")), up=["d5r3", "y4u"])
ln = line_of("= -0.022184 + 0.9 = \\boxed{0.877816}")
chk("dw23r", ln, "-0.022184", dw23, up=["dw23"], restated=True)
chk("n23", ln, "0.877816", n23, ops=box(lambda d: d + D("0.9"), R("-0.022184")), up=["dw23r"])
ln = line_of("\\Delta w_{1,1} = 1 \\times (-0.0027) \\times 0.35 = -0.000945")
chk("d3r", ln, "-0.0027", d3, up=["d3"], restated=True)
chk("dw11", ln, "-0.000945", dw11, ops=box(lambda d: d * D("0.35"), R("-0.0027")), up=["d3r"])
ln = line_of("= -0.000945 + 0.2 = \\boxed{0.199055}")
chk("dw11r", ln, "-0.000945", dw11, up=["dw11"], restated=True)
chk("n11", ln, "0.199055", n11, ops=box(lambda d: d + D("0.2"), R("-0.000945")), up=["dw11r"])
ln = line_of("| $w_{1,1}$ | 0.200 | −0.000945 | **0.199055** |")
chk("dw11t", ln, "−0.000945", dw11, up=["dw11"], restated=True)
chk("n11t", ln, "0.199055", n11, up=["n11"], restated=True)
ln = line_of("| $w_{2,1}$ | 0.200 | — | **0.269445** |")
chk("n21", ln, "0.269445", n21, up=["d3"], first=True,
    why="w21 + delta3 x2 = 0.2 - 0.0027 x 0.7 = 0.19811 (true 0.198091); printed 0.269445, the GeeksforGeeks value")
ln = line_of("| $w_{1,2}$ | 0.300 | — | **0.273225** |")
chk("n12", ln, "0.273225", n12, up=["d4"], first=True,
    why="w12 + delta4 x1 = 0.3 - 0.00819 x 0.35 = 0.297134 (true 0.297175); printed 0.273225, which follows from "
        "nothing printed here (it is GeeksforGeeks' value from its delta4 = -0.0819)")
ln = line_of("| $w_{2,2}$ | 0.300 | — | **0.18534** |")
chk("n22", ln, "0.18534", n22, up=["d4"], first=True,
    why="w22 + delta4 x2 = 0.3 - 0.00819 x 0.7 = 0.294267 (true 0.294350); printed 0.18534")
ln = line_of("| $w_{1,3}$ | 0.300 | — | **0.086615** |")
chk("n13", ln, "0.086615", n13, up=["d5", "y3"], first=True,
    why="w13 + delta5 y3 = 0.3 - 0.0376 x 0.56 = 0.278944 (true 0.279692); printed 0.086615")
ln = line_of("| $w_{2,3}$ | 0.900 | −0.022184 | **0.877816** |")
chk("dw23t", ln, "−0.022184", dw23, up=["dw23"], restated=True)
chk("n23t", ln, "0.877816", n23, up=["n23"], restated=True)
# ---------------- forward pass with the updated weights ----------------
ln = line_of("| $y_3$ | 0.56 | **0.57** |")
chk("y3t", ln, "0.56", y3, up=["y3"], restated=True)
chk("y3b", ln, "0.57", y3b, up=["n11", "n21"],
    why="with the updated weights y3 = sigma(0.208329) = 0.5519 -> 0.55 (from the printed wrong w21 it would rise)")
ln = line_of("| $y_4$ | 0.59 | **0.56** |")
chk("y4t", ln, "0.59", y4, up=["y4"], restated=True)
chk("y4b", ln, "0.56", y4b, up=["n12", "n22"], why="with the updated weights y4 = sigma(0.310056) = 0.5769 -> 0.58")
ln = line_of("| $y_5$ | 0.67 | **0.61** |")
chk("y5t", ln, "0.67", y5, up=["y5"], restated=True)
chk("y5b", ln, "0.61", y5b, up=["n13", "n23", "y3b", "y4b"],
    why="with the updated weights y5 = sigma(0.661307) = 0.6596 -> 0.66")
ln = line_of("= 0.5 - 0.61 = \\mathbf{-0.11}")
chk("y5br", ln, "0.61", y5b, up=["y5b"], restated=True)
chk("errb", ln, "-0.11", errb, ops=box(lambda y: D("0.5") - y, R("0.61")), up=["y5br"],
    why="0.5 - y5 with the wrong second-pass y5 (true -0.16)")
ln = line_of("Error reduced from **−0.17 → −0.11**")
chk("errr", ln, "−0.17", err, up=["err"], restated=True)
chk("errbr", ln, "−0.11", errb, up=["errb"], restated=True)
ln = line_of("> Since `y₅ = 0.61` is still not the target")
chk("y5br2", ln, "0.61", y5b, up=["y5b"], restated=True)
ln = line_of("├── Forward Pass  →  y₅ = 0.67  →  Error = −0.17")
chk("y5l", ln, "0.67", y5, up=["y5"], restated=True)
chk("errl", ln, "−0.17", err, up=["err"], restated=True)
ln = line_of("├── Forward Pass  →  y₅ = 0.61  →  Error = −0.11")
chk("y5bl", ln, "0.61", y5b, up=["y5b"], restated=True)
chk("errbl", ln, "−0.11", errb, up=["errb"], restated=True)

NOTES = (
    "Bhavya Kansal's Markdown notes 'Backpropagation in Neural Networks' (BhavyaKansal20/Deep-Learning, "
    "BACKWARD_PROPAGATION.md, MIT, 'Notes compiled for NIELIT x IIT Ropar AI/ML Training Program'), a rewrite of the "
    "GeeksforGeeks worked example with emoji headings, $$...\\boxed{...}$$ results, tables and a box-drawn training "
    "loop. A 2-2-1 sigmoid network without biases, x = (0.35, 0.7), target 0.5, eta = 1, error = target - y5, "
    "w(new) = w + eta delta O. The rewrite repairs two of GeeksforGeeks' slips (delta4 is now -0.00819, from its "
    "printed operands; Delta w11 keeps its minus sign, so w11(new) = 0.199055) and adds new ones. First errors: "
    "y3 = sigma(0.21) printed 0.56 for 0.55 (line 135, strict own-arithmetic rule, as in md_gmyhf_gfg_example_zh) and "
    "y4 = sigma(0.315) printed 0.57 for 0.58 (line 143); a3 = (0.3 x 0.57) + (0.9 x 0.59) = 0.702 copies y4's 0.57 "
    "into y3's place (line 149; its own sum is right, a3 is wrong: true 0.686), and y5 = F(0.702) restates it (line "
    "151); delta3 = 0.56 x (1 - 0.56) x (0.3 x -0.0376) printed -0.0027 where its printed operands give -0.0028 "
    "(line 199; close call: the true delta3 -0.00273 does round to -0.0027, but the line's own arithmetic does not); "
    "the updated w21, w12, w22, w13 in the table are GeeksforGeeks' wrong values, which follow from nothing printed "
    "here (lines 232-235: 0.269445, 0.273225, 0.18534, 0.086615 for 0.198091, 0.297175, 0.294350, 0.279692). "
    "Propagated: the second forward pass y3 = 0.57, y4 = 0.56, y5 = 0.61 (true 0.55, 0.58, 0.66) and the error -0.11 "
    "(true -0.16) wherever they are restated (lines 252-261, 277). Right: a1, a2, the restatements of y3 = 0.56, "
    "y4 = 0.57 / 0.59 and y5 = 0.67 (each within one unit of the true value), the error -0.17, delta5 = -0.0376, "
    "delta4 = -0.00819, Delta w23 = -0.022184, w23(new) = 0.877816, Delta w11 = -0.000945 and w11(new) = 0.199055 "
    "(each follows from its printed, correct operands although it is off the true value by more than one unit). "
    "Neither: line 281 ('y5 ~ 0.50 -> Error ~ 0.00', an illustration of convergence)."
)

if __name__ == "__main__":
    main()
