#!/usr/bin/env python3
"""Independent recomputation of every number printed in doc.md
(ninjakx/Neural_network_solver README.md, 4-2-2-1 sigmoid network, numeric excerpt).

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (doc.md lines 7-17, from the author's figure NN.png and the README):
  inputs I = (1, 2, -1, 1); target_O1 = 0.6; no biases; logistic sigmoid in every layer
  H11 <- I: 0.5, 0.4, 0.1, 0.2      H12 <- I: 0.65, 0.15, 0.2, 0.7
  H21 <- (H11, H12): 0.1, 0.2       H22 <- (H11, H12): 0.3, 0.4
  O1  <- (H21, H22): -0.25, 0.5     E = 1/2 (target - out)^2, eta = 0.2, w+ = w - eta dE/dw

Judging rule (same as the other Markdown folders; p a printed number, u one unit in its last digit):
  near(p, X)  <=>  |p - round(X to p's digits)| <= u
  1. the line itself shows p as the result of an expression of printed operands and p is
     not near that expression's value                                -> wrong, first
  2. p is near the true value from the givens                         -> right
  3. an upstream printed value it depends on is wrong                 -> wrong, propagated
     ("first" instead if p does not follow from its printed operands either)
  4. the author's own (wrong) method produced it                      -> wrong, first
  5. p follows from its printed, correct operands                     -> right (rounding drift)
  6. otherwise                                                        -> wrong, first
  A number inside an exponent e^{...} is judged as the exponent itself (it must be -net).
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / "doc.md").read_text(encoding="utf-8").split("\n")
SOURCE = ("https://github.com/ninjakx/Neural_network_solver/blob/1f945fda9f36262064b49dc56f1eafd30feefa6f/"
          "README.md")
LICENSE = ("none (no LICENSE in the repository); doc.md is a self-written excerpt of the author's equations "
           "and numbers, decoded from the README's codecogs image links")


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("doc.md has no line containing %r" % sub)
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


def exact(p, x):
    """The strict reading for a line's own arithmetic: the correctly rounded value at the printed digits,
    and a number printed without a decimal point must be exactly that whole number."""
    return D(p) == D(x) if "." not in str(p) else D(p) == rnd(x, p)


def chk(cid, line, printed, true, ops=None, up=(), method=False, why="", value=None, correct=None,
        explicit=True, first=False, strict=False):
    p = D(value if value is not None else printed)
    ops_ok = ops is None or near(p, ops)
    if strict and ops is not None and not exact(printed, ops):
        st, kind = "wrong", "first"
    elif strict and any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", "propagated"
    elif explicit and not ops_ok:
        st, kind = "wrong", "first"
    elif first and not near(p, true):
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
    CHECKS.append(dict(id=cid, line=line, printed=printed, value=p, true=D(true),
                       ops=None if ops is None else D(ops), status=st, kind=kind, why=why,
                       correct=correct if correct is not None else str(rnd(true, p))))


# ---------------- exact values from the givens ----------------
I = [D(1), D(2), D(-1), D(1)]
t, eta = D("0.6"), D("0.2")
nH11 = D("0.5") * I[0] + D("0.4") * I[1] + D("0.1") * I[2] + D("0.2") * I[3]
nH12 = D("0.65") * I[0] + D("0.15") * I[1] + D("0.2") * I[2] + D("0.7") * I[3]
H11, H12 = sig(nH11), sig(nH12)
nH21 = D("0.1") * H11 + D("0.2") * H12
nH22 = D("0.3") * H11 + D("0.4") * H12
H21, H22 = sig(nH21), sig(nH22)
wO21, wO22 = D("-0.25"), D("0.5")
nO1 = wO21 * H21 + wO22 * H22
O1 = sig(nO1)
E = (t - O1) ** 2 / 2
dE_dO = -(t - O1)                       # -0.0554437 (negative: the output is below the target)
dO_dn = O1 * (1 - O1)
delta = dE_dO * dO_dn
g21 = delta * H21                       # dE/dw_{O1.H21}
g22 = delta * H22
w21_new = wO21 - eta * g21
w22_new = wO22 - eta * g22
dE_dH21 = delta * wO21
dH21 = H21 * (1 - H21)
gH = dE_dH21 * dH21 * H11               # dE/dw_{H21.H11}
wH_new = D("0.1") - eta * gH

# ---------------- forward pass ----------------
ln = line_of("& = 1.4 \\\\")
chk("nH11", ln, "1.4", nH11, ops=nH11, explicit=False)
ln = line_of("e^{-1.4}")
chk("nH11e", ln, "-1.4", -nH11, up=["nH11"])
ln = line_of("& = 0.802184 \\\\")
chk("H11", ln, "0.802184", H11, ops=sig("1.4"), up=["nH11"], explicit=False)
ln = line_of("& = 1.45 \\\\")
chk("nH12", ln, "1.45", nH12, explicit=False)
ln = line_of("e^{-1.45}")
chk("nH12e", ln, "-1.45", -nH12, up=["nH12"])
ln = line_of("& = 0.80998 \\\\", 1)
chk("H12", ln, "0.80998", H12, ops=sig("1.45"), up=["nH12"], explicit=False,
    why="sigma(1.45) = 0.8099984 -> 0.81000; the printed 0.80998 is two units off in the fifth decimal")
ln = line_of("& = (0.1 * 0.802184) + (0.2 * 0.80998)")
chk("H11r", ln, "0.802184", H11, up=["H11"])
chk("H12r", ln, "0.80998", H12, up=["H12"], why="restates the slipped out_H12 = 0.80998 (true 0.8099984)")
ln = line_of("& = 0.43 \\\\")
chk("nH21", ln, "0.43", nH21, ops=D("0.1") * D("0.802184") + D("0.2") * D("0.80998"), up=["H11r", "H12r"],
    explicit=False, first=True,
    why="(0.1 * 0.802184) + (0.2 * 0.80998) = 0.0802184 + 0.161996 = 0.2422144, not 0.43")
ln = line_of("e^{-0.43}")
chk("nH21e", ln, "-0.43", -nH21, up=["nH21"], why="restates the wrong net_H21 = 0.43 in the exponent (true -0.242218)")
ln = line_of("& = 0.80998 \\\\", 2)
chk("H21", ln, "0.80998", H21, ops=sig("0.43"), up=["nH21"], explicit=False,
    why="out_H21 = sigma(0.242218) = 0.560260 (the value the figure and line 105 use); 0.80998 is out_H12 "
        "copied, and not sigma(0.43) = 0.605874 either")
ln = line_of("& = (0.3 * 0.802184) + (0.4 * 0.80998)")
chk("H11r2", ln, "0.802184", H11, up=["H11"])
chk("H12r2", ln, "0.80998", H12, up=["H12"], why="restates the slipped out_H12 = 0.80998 (true 0.8099984)")
ln = line_of("& = 1 \\\\")
# 0.3*0.802184 + 0.4*0.80998 = 0.5646472: printed as the whole number 1. Corpus rule for a line's own
# arithmetic (as for the truncations of nb_pythonandml_numerical and tex_dafin_appendix_221): a result
# must be what its printed operands give, correctly rounded at the digits it shows, and a number written
# without a decimal point claims to be exact; the one-unit allowance is for values carried from elsewhere.
# So '= 1' for 0.5646 is wrong (first), and the '1' restated in e^{-1} is wrong with it (propagated).
chk("nH22", ln, "1", nH22, ops=D("0.3") * D("0.802184") + D("0.4") * D("0.80998"), strict=True,
    why="0.3*0.802184 + 0.4*0.80998 = 0.5646472, printed as the whole number 1 (a whole number claims exactness)")
ln = line_of("e^{-1}}")
chk("nH22e", ln, "-1", -nH22, up=["nH22"], strict=True,
    why="restates the wrong net_H22 = 1 in the exponent (0.5646 from the printed operands)")
ln = line_of("& = 0.637529 \\\\")
chk("H22", ln, "0.637529", H22, ops=sig(-D(-1)), up=["nH22"], explicit=False)
ln = line_of("& = (-0.25 * 0.56026) + (0.5 * 0.637529)")
chk("H21r", ln, "0.56026", H21, up=["H21"])
chk("H22r", ln, "0.637529", H22, up=["H22"])
ln = line_of("& = 0.17 \\\\")
# -0.25*0.56026 + 0.5*0.637529 = 0.1786995 -> 0.18 at two decimals; the printed 0.17 is a truncation of
# the line's own arithmetic: wrong under the corpus rule stated above for net_H22 (first)
chk("nO1", ln, "0.17", nO1, ops=D("-0.25") * D("0.56026") + D("0.5") * D("0.637529"), strict=True,
    why="-0.25*0.56026 + 0.5*0.637529 = 0.1786995, which rounds to 0.18; 0.17 is truncated")
ln = line_of("e^{0.17}")
chk("nO1e", ln, "0.17", -nO1, up=["nO1"], correct=str(rnd(-nO1, D("0.17"))),
    why="the exponent of sigma must be -net_O1 = -0.1787; the printed e^{0.17} drops the minus sign, "
        "and 1/(1+e^{0.17}) = 0.457602, not the 0.544556 of the next row")
ln = line_of("& = 0.544556 \\\\")
chk("O1", ln, "0.544556", O1, ops=sig("0.17"), up=["nO1"], explicit=False)

# ---------------- total error ----------------
ln = line_of("(0.6 - 0.544556 )^{2} = 0.001537")
chk("O1r", ln, "0.544556", O1, up=["O1"])
chk("E", ln, "0.001537", E, ops=(D("0.6") - D("0.544556")) ** 2 / 2, up=["O1r"])

# ---------------- output layer ----------------
ln = line_of("-(0.6 - 0.544556) = 0.055444")
chk("O1r2", ln, "0.544556", O1, up=["O1"])
chk("dEdO", ln, "0.055444", dE_dO, ops=-(D("0.6") - D("0.544556")), up=["O1r2"],
    why="-(0.6 - 0.544556) = -0.055444, printed +0.055444 (sign dropped); the output 0.5446 is below "
        "the target 0.6, so dE/dout_O1 is negative")
ln = line_of("0.544556(1 - 0.544556) = 0.248014762")
chk("O1r3", ln, "0.544556", O1, up=["O1"])
# exact 0.248014733; from the printed 6-decimal output 0.248014762864 (rounding drift, right)
chk("dOdn", ln, "0.248014762", dO_dn, ops=D("0.544556") * (1 - D("0.544556")), up=["O1r3"])
ln = line_of("out_{H21} = 0.56026")
chk("H21r2", ln, "0.56026", H21, up=["H21"])
ln = line_of("0.055444 * 0.248014762 * 0.56026 = 0.007704096302")
chk("dEdOr", ln, "0.055444", dE_dO, up=["dEdO"], why="restates the sign-flipped dE/dout_O1")
chk("dOdnr", ln, "0.248014762", dO_dn, ops=D("0.544556") * (1 - D("0.544556")), up=["dOdn"])
chk("H21r3", ln, "0.56026", H21, up=["H21"])
chk("g21", ln, "0.007704096302", g21, ops=D("0.055444") * D("0.248014762") * D("0.56026"), up=["dEdOr"],
    why="carries the sign error: dE/dw_{O1.H21} = -0.055444 * 0.248015 * 0.56026 = -0.0077040515")
ln = line_of("-0.25 - (- 0.2 * 0.007704096302) = -0.24845918")
chk("g21r", ln, "0.007704096302", g21, up=["g21"], why="restates the sign-flipped gradient 0.007704096302 (true -0.0077040515)")
# -0.25 - (-0.2 * 0.0077041) = -0.248459181: the double minus undoes the sign error, and the result is
# the true update (-0.2484591897 -> -0.24845919, one unit)
chk("w21n", ln, "-0.24845918", w21_new, ops=D("-0.25") - (D("-0.2") * D("0.007704096302")), up=["g21r"])
ln = line_of("w_{O1.H22}^{+} = 0.501753")
chk("w22n", ln, "0.501753", w22_new, explicit=False)

# ---------------- hidden layer ----------------
ln = line_of("0.055444 * 0.2480144762 = 0.013750914")
chk("dEdOr2", ln, "0.055444", dE_dO, up=["dEdO"], why="restates the sign-flipped dE/dout_O1")
chk("dOdnr2", ln, "0.2480144762", dO_dn, ops=D("0.248014762"), up=["dOdn"],
    why="restates 0.248014762 (line 98) as 0.2480144762 (a digit slipped in); exact 0.2480147330")
chk("delta", ln, "0.013750914", delta, ops=D("0.055444") * D("0.2480144762"), up=["dEdOr2", "dOdnr2"],
    why="delta_O1 = -0.055444 * 0.248015 = -0.0137508458: the sign error carries on")
ln = line_of("0.013750914 * -0.25 = -0.0034377285")
chk("deltar", ln, "0.013750914", delta, up=["delta"], why="restates the sign-flipped delta_O1")
chk("dEdH21", ln, "-0.0034377285", dE_dH21, ops=D("0.013750914") * D("-0.25"), up=["deltar"],
    why="dE/dout_H21 = delta_O1 * w_{O1.H21} = -0.0137508 * -0.25 = +0.0034377115")
ln = line_of("= \\frac{\\partial E_{O1}}{\\partial out_{H21}} = -0.0034377285")
chk("dEdH21r", ln, "-0.0034377285", dE_dH21, up=["dEdH21"], why="restates the sign-flipped dE/dout_H21")
ln = line_of("0.56026 * (1-0.56026) = 0.246368732")
chk("H21r4", ln, "0.56026", H21, up=["H21"])
# exact 0.2463687099; from the printed 0.56026: 0.2463687324 (rounding drift, right)
chk("dH21", ln, "0.246368732", dH21, ops=D("0.56026") * (1 - D("0.56026")), up=["H21r4"])
ln = line_of("= H_{11} = 0.802184")
chk("H11r3", ln, "0.802184", H11, up=["H11"])
ln = line_of("-0.0034377285 * 0.246368732 * 0.802184 = 0.0006872264573")
chk("dEdH21r2", ln, "-0.0034377285", dE_dH21, up=["dEdH21"], why="restates the sign-flipped dE/dout_H21")
chk("dH21r", ln, "0.246368732", dH21, ops=D("0.56026") * (1 - D("0.56026")), up=["dH21"])
chk("H11r4", ln, "0.802184", H11, up=["H11"])
chk("gH", ln, "0.0006872264573", gH, ops=D("-0.0034377285") * D("0.246368732") * D("0.802184"), up=["dEdH21r2"],
    why="the printed product -0.0034377285 * 0.246368732 * 0.802184 is -0.000679408785, not 0.0006872264573 "
        "(digits slipped); the true gradient is +0.000679405262")
ln = line_of("0.1 - (0.2 * -0.0006872264573) = 0.099862554")
chk("gHr", ln, "-0.0006872264573", gH, ops=D("0.0006872264573"), up=["gH"],
    why="restates the gradient of line 240 with the opposite sign (-0.0006872264573); true +0.000679405")
chk("wHn", ln, "0.099862554", wH_new, ops=D("0.1") - (D("0.2") * D("-0.0006872264573")), up=["gHr"],
    why="0.1 - (0.2 * -0.0006872264573) = 0.100137445, not 0.099862554; the true update is "
        "0.1 - 0.2 * 0.000679405 = 0.099864119")


# ---------------- report ----------------
def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %3d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:110]))
        for c in cs:
            extra = "" if c["ops"] is None else "  from printed operands %.12g" % c["ops"]
            print("           %-9s printed %-16s true %.12g%s -> %s%s" % (
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
                          "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(dict.fromkeys(whys))})
        else:
            right.append(n)
    return wrong, right


NOTES = (
    "README walkthrough of a 4-2-2-1 sigmoid network without biases (author Kriti / GitHub ninjakx, 2018). In the "
    "original every equation block is a codecogs GIF whose LaTeX sits URL-encoded in the image link; doc.md writes "
    "each decoded block as $$ \\begin{align*} ... \\end{align*} $$ with one align row per line (the author's rows, "
    "text unchanged; only the codecogs directives \\inline and \\dpi{..} are dropped), leaves out the small "
    "symbol-only inline images and all prose, and adds the given data (lines 7-17) from the figure NN.png and the "
    "README ('eta, which we'll set to 0.2'). Errors: out_H12 = sigma(1.45) = 0.8099984 is printed 0.80998 (two units "
    "off in the fifth decimal; correctly rounded 0.81000 - an own slip, line 37) and restated on lines 45 and 53 "
    "(propagated); net_H21 = 0.1*0.802184 + 0.2*0.80998 printed 0.43 (true "
    "0.242218) and then out_H21 printed 0.80998 (H12's value copied; true 0.560260, which the figure and line 105 "
    "use); out_O1 = 1/(1+e^{0.17}) drops the minus sign of the exponent; dE/dout_O1 = -(0.6 - 0.544556) printed "
    "+0.055444 (sign lost), which flips the sign of dE/dw_{O1.H21}, delta_O1 and dE/dout_H21; the update of "
    "w_{O1.H21} writes -0.25 - (- 0.2 * 0.0077041) and so lands on the true -0.24845918, but restates the "
    "sign-flipped gradient (wrong, propagated); line 180 restates 0.248014762 as 0.2480144762; the hidden-layer "
    "gradient -0.0034377285 * 0.246368732 * 0.802184 is printed 0.0006872264573 (the product is -0.000679409; true "
    "+0.000679405) and the update 0.1 - (0.2 * -0.0006872264573) is printed 0.099862554 (it is 0.100137445; true "
    "0.099864119). Allowances used: net_H22 = 0.5646472 printed as the integer 1 (its correctly rounded value at "
    "zero decimals is 1) with e^{-1} restating it and net_O1 = 0.178699 printed 0.17 (one unit from 0.18): both "
    "pass the one-unit rule, so lines 54, 57 and 62 are right although a reader who takes '1' and '0.17' as exact "
    "would reject them (sigma(1) = 0.731 is not the 0.637529 of line 58). 0.248014762 and 0.246368732 follow from "
    "the printed 6- and 5-decimal activations (rounding drift, right). The README's closing prose "
    "('0.0317292 ... 0.0314531') is not in the excerpt. Given data only (neither list): lines 7-17, 24, 32, 192."
)


def main():
    wrong, right = report()
    print("\nwrong lines:", [w["line"] for w in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": "doc.md", "format": "md", "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


if __name__ == "__main__":
    main()
