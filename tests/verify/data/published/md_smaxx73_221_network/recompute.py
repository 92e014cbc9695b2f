#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md
(smaxx73/Neural-Network-Course, module-3-mathematics-of-learning/session6_backpropagation.md, section
"5. Step-by-Step: Backprop on a 2-2-1 Network", source lines 386-553, MIT License, copied verbatim):
one forward pass, backward pass and output-layer update of a 2-2-1 sigmoid network with squared error.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (doc.md lines 26-33, 157): W1 = [[0.5, 0.3], [-0.2, 0.8]], b1 = [0.1, -0.1], W2 = [0.6, -0.4],
b2 = 0.2, x = [1, 0], y = 1, sigmoid everywhere, L = (y - y_hat)^2, eta = 1.0.

Judging rule (as in the other folders; p a printed number, u one unit in its last digit):
  near(p, X)  <=>  |p - round(X to p's digits)| <= u
  1. the line shows p as the result of an expression of printed operands and p is not near it -> wrong, first
  2. p is near the true value                                     -> right
  3. an upstream printed value it depends on is wrong              -> wrong, propagated
  4. the author's own (wrong) formula produced it                  -> wrong, first
  5. p follows from its printed, correct operands                  -> right (rounding drift)
  6. otherwise                                                     -> wrong, first
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/smaxx73/Neural-Network-Course/blob/57d1b14a5278d0e1b37105652352f76cfe90dd28/"
          "module-3-mathematics-of-learning/session6_backpropagation.md")
LICENSE = "MIT (Copyright (c) 2026 Maxime Nguyen); section 5 (source lines 386-553) copied verbatim"
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


def chk(cid, line, printed, true, ops=None, up=(), method=False, why="", correct=None, explicit=True):
    """Judge one printed number (rules in the module docstring)."""
    assert printed in DOC[line - 1], (line, printed)
    p = D(printed)
    ops_ok = ops is None or near(p, ops)
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


# ---------------- exact values from the givens ----------------
W1 = [[D("0.5"), D("0.3")], [D("-0.2"), D("0.8")]]
b1 = [D("0.1"), D("-0.1")]
W2 = [D("0.6"), D("-0.4")]
b2 = D("0.2")
x = [D(1), D(0)]
y = D(1)
eta = D("1.0")
z1 = [W1[j][0] * x[0] + W1[j][1] * x[1] + b1[j] for j in range(2)]
a1 = [sig(v) for v in z1]
z2 = W2[0] * a1[0] + W2[1] * a1[1] + b2
yh = sig(z2)
L = (y - yh) ** 2
dL_da2 = -2 * (y - yh)
sp2 = yh * (1 - yh)
d2 = dL_da2 * sp2
gW2 = [d2 * a1[0], d2 * a1[1]]
back = [W2[0] * d2, W2[1] * d2]
sp1 = [a * (1 - a) for a in a1]
d1 = [back[j] * sp1[j] for j in range(2)]
gW1 = [[d1[j] * x[i] for i in range(2)] for j in range(2)]
W2n = [W2[i] - eta * gW2[i] for i in range(2)]

# ---------------- forward pass ----------------
ln = line_of("= \\begin{bmatrix} 0.5 + 0.1 \\\\ -0.2 - 0.1 \\end{bmatrix} = \\begin{bmatrix} 0.6 \\\\ -0.3")
chk("z11", ln, "0.6", z1[0], ops=D("0.5") + D("0.1"))
chk("z12", ln, "-0.3", z1[1], ops=D("-0.2") - D("0.1"))
ln = line_of("\\approx \\begin{bmatrix} 0.6457 \\\\ 0.4256 \\end{bmatrix}")
chk("a11", ln, "0.6457", a1[0], ops=sig("0.6"), up=["z11"])
chk("a12", ln, "0.4256", a1[1], ops=sig("-0.3"), up=["z12"])
ln = line_of("\\begin{bmatrix} 0.6 & -0.4 \\end{bmatrix} \\begin{bmatrix} 0.6457 \\\\ 0.4256 \\end{bmatrix} + 0.2")
chk("a11r", ln, "0.6457", a1[0], up=["a11"])
chk("a12r", ln, "0.4256", a1[1], up=["a12"])
ln = line_of("= 0.3874 - 0.1702 + 0.2 = 0.4172")
chk("a11r2", ln, "0.6457", a1[0], up=["a11"])
chk("a12r2", ln, "0.4256", a1[1], up=["a12"])
chk("p1", ln, "0.3874", W2[0] * a1[0], ops=D("0.6") * D("0.6457"), up=["a11r2"])
chk("p2", ln, "0.1702", -W2[1] * a1[1], ops=D("0.4") * D("0.4256"), up=["a12r2"])
chk("z2", ln, "0.4172", z2, ops=D("0.3874") - D("0.1702") + D("0.2"), up=["p1", "p2"])
ln = line_of("\\hat{y} = a^{(2)} = \\sigma(0.4172) \\approx 0.6028")
chk("z2r", ln, "0.4172", z2, up=["z2"])
chk("yh", ln, "0.6028", yh, ops=sig("0.4172"), up=["z2r"])
ln = line_of("L = (y - \\hat{y})^2 = (1 - 0.6028)^2 = (0.3972)^2 \\approx 0.1578")
chk("yhr", ln, "0.6028", yh, up=["yh"])
chk("r", ln, "0.3972", y - yh, ops=1 - D("0.6028"), up=["yhr"])
chk("L", ln, "0.1578", L, ops=D("0.3972") ** 2, up=["r"])

# ---------------- backward pass, output layer ----------------
ln = line_of("= -2(1 - 0.6028) = -0.7944")
chk("yhr2", ln, "0.6028", yh, up=["yh"])
chk("dLda2", ln, "-0.7944", dL_da2, ops=-2 * (1 - D("0.6028")), up=["yhr2"])
ln = line_of("= 0.6028 \\times 0.3972 = 0.2395")
chk("yhr3", ln, "0.6028", yh, up=["yh"])
chk("1myh", ln, "0.3972", 1 - yh, ops=1 - D("0.6028"), up=["yhr3"])
chk("sp2", ln, "0.2395", sp2, ops=D("0.6028") * D("0.3972"), up=["yhr3", "1myh"])
ln = line_of("\\delta^{(2)} = -0.7944 \\times 0.2395 \\approx -0.1903")
chk("dLda2r", ln, "-0.7944", dL_da2, up=["dLda2"])
chk("sp2r", ln, "0.2395", sp2, up=["sp2"])
chk("d2", ln, "-0.1903", d2, ops=D("-0.7944") * D("0.2395"), up=["dLda2r", "sp2r"])
ln = line_of("Using $\\delta^{(2)} = -0.1903$ and $a^{(1)} = [0.6457, 0.4256]^T$")
chk("d2r", ln, "-0.1903", d2, up=["d2"])
chk("a11r3", ln, "0.6457", a1[0], up=["a11"])
chk("a12r3", ln, "0.4256", a1[1], up=["a12"])
ln = line_of("= -0.1903 \\times \\begin{bmatrix} 0.6457 & 0.4256 \\end{bmatrix} = \\begin{bmatrix} -0.1229 & -0.0810")
chk("d2r2", ln, "-0.1903", d2, up=["d2"])
chk("a11r4", ln, "0.6457", a1[0], up=["a11"])
chk("a12r4", ln, "0.4256", a1[1], up=["a12"])
chk("gw21", ln, "-0.1229", gW2[0], ops=D("-0.1903") * D("0.6457"), up=["d2r2", "a11r4"])
chk("gw22", ln, "-0.0810", gW2[1], ops=D("-0.1903") * D("0.4256"), up=["d2r2", "a12r4"])
ln = line_of("\\frac{\\partial L}{\\partial b^{(2)}} = -0.1903")
chk("gb2", ln, "-0.1903", d2, ops=D("-0.1903"), up=["d2"])

# ---------------- backward pass, hidden layer ----------------
ln = line_of("\\times (-0.1903) = \\begin{bmatrix} -0.1142 \\\\ 0.0761")
chk("d2r3", ln, "-0.1903", d2, up=["d2"])
chk("bk1", ln, "-0.1142", back[0], ops=D("0.6") * D("-0.1903"), up=["d2r3"])
chk("bk2", ln, "0.0761", back[1], ops=D("-0.4") * D("-0.1903"), up=["d2r3"])
ln = line_of("0.6457 \\times 0.3543 \\\\ 0.4256 \\times 0.5744")
chk("a11r5", ln, "0.6457", a1[0], up=["a11"])
chk("1ma11", ln, "0.3543", 1 - a1[0], ops=1 - D("0.6457"), up=["a11r5"])
chk("a12r5", ln, "0.4256", a1[1], up=["a12"])
chk("1ma12", ln, "0.5744", 1 - a1[1], ops=1 - D("0.4256"), up=["a12r5"])
chk("sp11", ln, "0.2288", sp1[0], ops=D("0.6457") * D("0.3543"), up=["a11r5", "1ma11"])
chk("sp12", ln, "0.2445", sp1[1], ops=D("0.4256") * D("0.5744"), up=["a12r5", "1ma12"])
ln = line_of("\\odot \\begin{bmatrix} 0.2288 \\\\ 0.2445 \\end{bmatrix} = \\begin{bmatrix} -0.0261 \\\\ 0.0186")
chk("bk1r", ln, "-0.1142", back[0], up=["bk1"])
chk("bk2r", ln, "0.0761", back[1], up=["bk2"])
chk("sp11r", ln, "0.2288", sp1[0], up=["sp11"])
chk("sp12r", ln, "0.2445", sp1[1], up=["sp12"])
chk("d11", ln, "-0.0261", d1[0], ops=D("-0.1142") * D("0.2288"), up=["bk1r", "sp11r"])
chk("d12", ln, "0.0186", d1[1], ops=D("0.0761") * D("0.2445"), up=["bk2r", "sp12r"])
ln = line_of("Using $\\delta^{(1)} = [-0.0261, 0.0186]^T$")
chk("d11r", ln, "-0.0261", d1[0], up=["d11"])
chk("d12r", ln, "0.0186", d1[1], up=["d12"])
ln = line_of("= \\begin{bmatrix} -0.0261 & 0 \\\\ 0.0186 & 0 \\end{bmatrix}")
chk("d11r2", ln, "-0.0261", d1[0], up=["d11"])
chk("d12r2", ln, "0.0186", d1[1], up=["d12"])
chk("gw111", ln, "-0.0261", gW1[0][0], ops=D("-0.0261") * 1, up=["d11r2"])
chk("gw121", ln, "0.0186", gW1[1][0], ops=D("0.0186") * 1, up=["d12r2"])
chk("gw112", ln, "0", gW1[0][1], explicit=False)
ln = line_of("\\frac{\\partial L}{\\partial b^{(1)}} = \\begin{bmatrix} -0.0261 \\\\ 0.0186")
chk("gb11", ln, "-0.0261", d1[0], ops=D("-0.0261"), up=["d11"])
chk("gb12", ln, "0.0186", d1[1], ops=D("0.0186"), up=["d12"])

# ---------------- update of W2 ----------------
ln = line_of("- 1.0 \\times \\begin{bmatrix} -0.1229 & -0.0810 \\end{bmatrix}")
chk("gw21r", ln, "-0.1229", gW2[0], up=["gw21"])
chk("gw22r", ln, "-0.0810", gW2[1], up=["gw22"])
ln = line_of("= \\begin{bmatrix} 0.7229 & -0.3190 \\end{bmatrix}")
chk("w21n", ln, "0.7229", W2n[0], ops=D("0.6") - D("1.0") * D("-0.1229"), up=["gw21r"])
chk("w22n", ln, "-0.3190", W2n[1], ops=D("-0.4") - D("1.0") * D("-0.0810"), up=["gw22r"])


NOTES = (
    "Course notes (Markdown, MIT) of a 2026 course 'Neural Networks for Engineers' (Maxime Nguyen, GitHub "
    "smaxx73), session 6, section 5 copied verbatim: a 2-2-1 sigmoid network W1 = [[0.5, 0.3], [-0.2, 0.8]], "
    "b1 = [0.1, -0.1], W2 = [0.6, -0.4], b2 = 0.2, x = [1, 0], y = 1, L = (y - y_hat)^2; forward pass, delta^(2), "
    "dL/dW2, dL/db2, delta^(1), dL/dW1, dL/db1 and the W2 update with eta = 1.0. A clean example: every printed "
    "number is within one unit of the correctly rounded value (sigma'(z2) = 0.2395 is 0.23943 -> 0.2394, one "
    "unit; the rest is exact at 4 decimals). No wrong line."
)

if __name__ == "__main__":
    main()
