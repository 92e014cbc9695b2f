#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, an excerpt of
CodeHunterOfficial/ABC_DataMining DL/MLP/MLP_2025.ipynb ("Многослойный персептрон с алгоритмом обратного
распространения ошибки", a Russian lecture notebook): the three worked examples ("Пример вычислений") that close
its three Markdown lectures, a 1-1-1, a 1-2-1 and a 2-3-2 sigmoid network, each one forward pass, the output
gradients and one update.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator. `line` is the 1-based line of the raw
.ipynb file (what grep -n shows).

Givens (printed in each example): example 1 x = 1.0, y = 0.5, w1 = 0.3, b1 = -0.2, w2 = 0.4, b2 = 0.1; example 2
x = 1.5, y = 0.8, w11 = 0.2, w12 = -0.3, b11 = 0.1, b12 = -0.2, w21 = 0.4, w22 = 0.5, b2 = 0.05; example 3 x = (1.0,
0.5), y = (0.8, 0.3), W1 = [[0.2, -0.1], [0.3, 0.4], [-0.2, 0.1]], b1 = (0.1, -0.2, 0.0), W2 = [[0.5, 0.1, -0.3],
[0.2, -0.4, 0.1]], b2 = (-0.1, 0.2); sigmoid everywhere, L = 1/2 (yhat - y)^2 (the lectures' own loss), eta = 0.1,
w <- w - eta dL/dw. True values follow those rules exactly from the givens.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  near(p, X)  <=>  |p - round(X to p's digits)| <= u
  1. the line shows p as the result of an expression of printed operands and p is not near it -> wrong, first
     (exact=True where the operands are exact, e.g. sigma(0.3) with z = 0.3 exactly: then p must be exactly the
     rounding of the expression)
  2. p is near the true value                                     -> right
  3. an upstream printed value it depends on is wrong              -> wrong, propagated
  4. p follows from its printed, correct operands                  -> right (rounding drift)
  5. otherwise                                                     -> wrong, first
A restated value (an operand copied from an earlier line) is judged like the value it copies.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/CodeHunterOfficial/ABC_DataMining/blob/ef1c603278ad1f6d848b2136f4f0284a7d6106ed/"
          "DL/MLP/MLP_2025.ipynb")
LICENSE = ("none (no LICENSE in the repository); doc.ipynb keeps only the three worked-example sections of the "
           "notebook's Markdown cells, lines unchanged, under a Markdown cell of ours; the derivations are removed")
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
    assert printed in DOC[line - 1], (line, printed)
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




# ---------------- example 1: 1-1-1 ----------------
x, y, w1, b1, w2, b2, eta = D(1), D("0.5"), D("0.3"), D("-0.2"), D("0.4"), D("0.1"), D("0.1")
z1 = w1 * x + b1
h = sig(z1)
z2 = w2 * h + b2
yh = sig(z2)
g = yh - y
s2 = yh * (1 - yh)
gw2 = g * s2 * h
ln = line_of("z_1 = 0.3 \\\\cdot 1 - 0.2 = 0.1")
chk("e1z1", ln, "0.1", z1, ops=D("0.3") - D("0.2"), exact=True)
ln = line_of("h = \\\\sigma(0.1) \\\\approx 0.525")
chk("e1h", ln, "0.525", h, ops=sig("0.1"), exact=True)
ln = line_of("z_2 = 0.4 \\\\cdot 0.525 + 0.1 = 0.31")
chk("e1hr", ln, "0.525", h, up=["e1h"])
chk("e1z2", ln, "0.31", z2, ops=D("0.4") * D("0.525") + D("0.1"), up=["e1hr"])
ln = line_of("\\\\sigma(0.31) \\\\approx 0.577")
chk("e1yh", ln, "0.577", yh, ops=sig("0.31"), up=["e1z2"])
ln = line_of("= 0.577 - 0.5 = 0.077")
chk("e1g", ln, "0.077", g, ops=D("0.577") - D("0.5"), up=["e1yh"])
ln = line_of("= 0.577 \\\\cdot (1 - 0.577) \\\\approx 0.244")
chk("e1s2", ln, "0.244", s2, ops=D("0.577") * (1 - D("0.577")), up=["e1yh"])
ln = line_of("= 0.077 \\\\cdot 0.244 \\\\cdot 0.525 \\\\approx 0.0099")
chk("e1gw2", ln, "0.0099", gw2, ops=D("0.077") * D("0.244") * D("0.525"), up=["e1g", "e1s2", "e1h"])
ln = line_of("0.4 - 0.1 \\\\cdot 0.0099 \\\\approx 0.399")
chk("e1gw2r", ln, "0.0099", gw2, up=["e1gw2"])
chk("e1nw2", ln, "0.399", w2 - eta * gw2, ops=D("0.4") - D("0.1") * D("0.0099"), up=["e1gw2r"])

# ---------------- example 2: 1-2-1 ----------------
x, y = D("1.5"), D("0.8")
w11, w12, b11, b12, w21, w22, b2 = D("0.2"), D("-0.3"), D("0.1"), D("-0.2"), D("0.4"), D("0.5"), D("0.05")
z11, z12 = w11 * x + b11, w12 * x + b12
h1, h2 = sig(z11), sig(z12)
z2 = w21 * h1 + w22 * h2 + b2
yh = sig(z2)
g = yh - y
s2 = yh * (1 - yh)
d2 = g * s2
gw21, gw22, gb2 = d2 * h1, d2 * h2, d2
gw11 = d2 * w21 * h1 * (1 - h1) * x
gw12 = d2 * w22 * h2 * (1 - h2) * x
ln = line_of("z_{11} = 0.2 \\\\cdot 1.5 + 0.1 = 0.4")
chk("e2z11", ln, "0.4", z11, ops=D("0.2") * D("1.5") + D("0.1"), exact=True)
chk("e2h1", ln, "0.599", h1, ops=sig("0.4"), exact=True)
ln = line_of("z_{12} = -0.3 \\\\cdot 1.5 - 0.2 = -0.65")
chk("e2z12", ln, "-0.65", z12, ops=D("-0.3") * D("1.5") - D("0.2"), exact=True)
chk("e2h2", ln, "0.343", h2, ops=sig("-0.65"), exact=True)
ln = line_of("0.5 \\\\cdot 0.343 + 0.05 \\\\approx 0.456")
chk("e2h1r", ln, "0.599", h1, up=["e2h1"])
chk("e2h2r", ln, "0.343", h2, up=["e2h2"])
chk("e2z2", ln, "0.456", z2, ops=D("0.4") * D("0.599") + D("0.5") * D("0.343") + D("0.05"), up=["e2h1r", "e2h2r"],
    why="0.4 x 0.599 + 0.5 x 0.343 + 0.05 = 0.2396 + 0.1715 + 0.05 = 0.4611, printed 0.456 (true z2 = 0.46097)")
ln = line_of("\\\\sigma(0.456) \\\\approx 0.612")
chk("e2z2r", ln, "0.456", z2, up=["e2z2"])
chk("e2yh", ln, "0.612", yh, ops=sig("0.456"), up=["e2z2r"])
ln = line_of("= 0.612 - 0.8 = -0.188")
chk("e2yhr", ln, "0.612", yh, up=["e2yh"])
chk("e2g", ln, "-0.188", g, ops=D("0.612") - D("0.8"), up=["e2yhr"])
ln = line_of("= 0.612 \\\\cdot (1 - 0.612) \\\\approx 0.237")
chk("e2s2", ln, "0.237", s2, ops=D("0.612") * (1 - D("0.612")), up=["e2yh"])
ln = line_of("= -0.188 \\\\cdot 0.237 \\\\cdot 0.599 \\\\approx -0.027")
chk("e2gw21", ln, "-0.027", gw21, ops=D("-0.188") * D("0.237") * D("0.599"), up=["e2g", "e2s2", "e2h1"])
ln = line_of("= -0.188 \\\\cdot 0.237 \\\\cdot 0.343 \\\\approx -0.015")
chk("e2gw22", ln, "-0.015", gw22, ops=D("-0.188") * D("0.237") * D("0.343"), up=["e2g", "e2s2", "e2h2"])
ln = line_of("= -0.188 \\\\cdot 0.237 \\\\cdot 1 \\\\approx -0.045")
chk("e2gb2", ln, "-0.045", gb2, ops=D("-0.188") * D("0.237"), up=["e2g", "e2s2"])
ln = line_of("\\\\cdot 1.5 \\\\approx -0.0043")
chk("e2gw11", ln, "-0.0043", gw11,
    ops=D("-0.188") * D("0.237") * D("0.4") * D("0.599") * (1 - D("0.599")) * D("1.5"), up=["e2g", "e2s2", "e2h1"],
    why="-0.188 x 0.237 x 0.4 x 0.599 x (1 - 0.599) x 1.5 = -0.00642, printed -0.0043 (the product without the "
    "factor x = 1.5 that the line writes; true -0.00639)")
ln = line_of("\\\\cdot 1.5 \\\\approx -0.0051")
chk("e2gw12", ln, "-0.0051", gw12,
    ops=D("-0.188") * D("0.237") * D("0.5") * D("0.343") * (1 - D("0.343")) * D("1.5"), up=["e2g", "e2s2", "e2h2"],
    why="-0.188 x 0.237 x 0.5 x 0.343 x (1 - 0.343) x 1.5 = -0.00753, printed -0.0051 (again without the x = 1.5 "
    "the line writes; true -0.00749)")
ln = line_of("w_{21} = 0.4 - 0.1 \\\\cdot (-0.027) \\\\approx 0.4027")
chk("e2gw21r", ln, "-0.027", gw21, up=["e2gw21"])
chk("e2nw21", ln, "0.4027", w21 - D("0.1") * gw21, ops=D("0.4") + D("0.1") * D("0.027"), up=["e2gw21r"])
ln = line_of("w_{11} = 0.2 - 0.1 \\\\cdot (-0.0043) \\\\cdot 1.5 \\\\approx 0.2006")
chk("e2gw11r", ln, "-0.0043", gw11, up=["e2gw11"],
    why="restates the wrong dL/dw11 = -0.0043 (and multiplies it by x = 1.5 here, where the gradient already holds "
    "x; the result 0.2006 happens to equal the true 0.20064)")
chk("e2nw11", ln, "0.2006", w11 - D("0.1") * gw11, ops=D("0.2") + D("0.1") * D("0.0043") * D("1.5"),
    up=["e2gw11r"])

# ---------------- example 3: 2-3-2 ----------------
xv = [D("1.0"), D("0.5")]
yv = [D("0.8"), D("0.3")]
W1 = [[D("0.2"), D("-0.1")], [D("0.3"), D("0.4")], [D("-0.2"), D("0.1")]]
B1 = [D("0.1"), D("-0.2"), D("0.0")]
W2 = [[D("0.5"), D("0.1"), D("-0.3")], [D("0.2"), D("-0.4"), D("0.1")]]
B2 = [D("-0.1"), D("0.2")]
zz1 = [W1[j][0] * xv[0] + W1[j][1] * xv[1] + B1[j] for j in range(3)]
hh = [sig(z) for z in zz1]
zz2 = [sum(W2[k][j] * hh[j] for j in range(3)) + B2[k] for k in range(2)]
yy = [sig(z) for z in zz2]
gg = [yy[k] - yv[k] for k in range(2)]
ss = [yy[k] * (1 - yy[k]) for k in range(2)]
dd = [gg[k] * ss[k] for k in range(2)]
ln = line_of("= [0.25,\\\\; 0.3,\\\\; -0.15]")
chk("e3z11", ln, "0.25", zz1[0], ops=D("0.2") - D("0.05") + D("0.1"), exact=True)
chk("e3z12", ln, "0.3", zz1[1], ops=D("0.3") + D("0.2") - D("0.2"), exact=True)
chk("e3z13", ln, "-0.15", zz1[2], ops=D("-0.2") + D("0.05"), exact=True)
ln = line_of("\\\\approx [0.562,\\\\; 0.575,\\\\; 0.462]")
chk("e3h1", ln, "0.562", hh[0], ops=sig("0.25"), exact=True)
chk("e3h2", ln, "0.575", hh[1], ops=sig("0.3"), exact=True,
    why="sigma(0.3) = 0.574443, 0.574 at three decimals, printed 0.575")
chk("e3h3", ln, "0.462", hh[2], ops=sig("-0.15"), exact=True,
    why="sigma(-0.15) = 0.462570, 0.463 at three decimals, printed 0.462")
ln = line_of("\\\\approx [0.049,\\\\; 0.114]")
chk("e3h2r", ln, "0.575", hh[1], up=["e3h2"])
chk("e3h3r", ln, "0.462", hh[2], up=["e3h3"])
chk("e3z21", ln, "0.049", zz2[0],
    ops=D("0.5") * D("0.562") + D("0.1") * D("0.575") - D("0.3") * D("0.462") - D("0.1"), up=["e3h1", "e3h2r", "e3h3r"],
    why="0.5 x 0.562 + 0.1 x 0.575 - 0.3 x 0.462 - 0.1 = 0.281 + 0.0575 - 0.1386 - 0.1 = 0.0999, printed 0.049 "
    "(true 0.0998)")
chk("e3z22", ln, "0.114", zz2[1],
    ops=D("0.2") * D("0.562") - D("0.4") * D("0.575") + D("0.1") * D("0.462") + D("0.2"), up=["e3h1", "e3h2r", "e3h3r"],
    why="0.2 x 0.562 - 0.4 x 0.575 + 0.1 x 0.462 + 0.2 = 0.1124 - 0.23 + 0.0462 + 0.2 = 0.1286, printed 0.114 "
    "(true 0.1289)")
ln = line_of("\\\\approx [0.512,\\\\; 0.528]")
chk("e3z21r", ln, "0.049", zz2[0], up=["e3z21"])
chk("e3z22r", ln, "0.114", zz2[1], up=["e3z22"])
chk("e3y1", ln, "0.512", yy[0], ops=sig("0.049"), up=["e3z21r"])
chk("e3y2", ln, "0.528", yy[1], ops=sig("0.114"), up=["e3z22r"])
ln = line_of("= 0.512 - 0.8 = -0.288")
chk("e3y1r", ln, "0.512", yy[0], up=["e3y1"])
chk("e3g1", ln, "-0.288", gg[0], ops=D("0.512") - D("0.8"), up=["e3y1r"])
ln = line_of("= 0.528 - 0.3 = 0.228")
chk("e3y2r", ln, "0.528", yy[1], up=["e3y2"])
chk("e3g2", ln, "0.228", gg[1], ops=D("0.528") - D("0.3"), up=["e3y2r"])
ln = line_of("= 0.512*(1 - 0.512) \\\\approx 0.250")
chk("e3y1r2", ln, "0.512", yy[0], up=["e3y1"])
chk("e3s1", ln, "0.250", ss[0], ops=D("0.512") * (1 - D("0.512")), up=["e3y1r2"])
ln = line_of("= 0.528*(1 - 0.528) \\\\approx 0.250")
chk("e3y2r2", ln, "0.528", yy[1], up=["e3y2"])
chk("e3s2", ln, "0.250", ss[1], ops=D("0.528") * (1 - D("0.528")), up=["e3y2r2"],
    why="0.528 x (1 - 0.528) = 0.249216, 0.249 at three decimals, printed 0.250")
ln = line_of("= -0.288 * 0.250 * 0.562 \\\\approx -0.041")
chk("e3g1r", ln, "-0.288", gg[0], up=["e3g1"])
chk("e3w211", ln, "-0.041", dd[0] * hh[0], ops=D("-0.288") * D("0.250") * D("0.562"), up=["e3g1r", "e3s1", "e3h1"])
ln = line_of("= -0.288 * 0.250 * 0.575 \\\\approx -0.041")
chk("e3g1r2", ln, "-0.288", gg[0], up=["e3g1"])
chk("e3h2r2", ln, "0.575", hh[1], up=["e3h2"])
chk("e3w212", ln, "-0.041", dd[0] * hh[1], ops=D("-0.288") * D("0.250") * D("0.575"), up=["e3g1r2", "e3s1", "e3h2r2"])
ln = line_of("= -0.288 * 0.250 * 0.462 \\\\approx -0.033")
chk("e3g1r3", ln, "-0.288", gg[0], up=["e3g1"])
chk("e3h3r2", ln, "0.462", hh[2], up=["e3h3"])
chk("e3w213", ln, "-0.033", dd[0] * hh[2], ops=D("-0.288") * D("0.250") * D("0.462"), up=["e3g1r3", "e3s1", "e3h3r2"])
ln = line_of("= -0.288 * 0.250 \\\\approx -0.072")
chk("e3g1r4", ln, "-0.288", gg[0], up=["e3g1"])
chk("e3b21", ln, "-0.072", dd[0], ops=D("-0.288") * D("0.250"), up=["e3g1r4", "e3s1"])
ln = line_of("w_{211} = 0.5 - 0.1*(-0.041) \\\\approx 0.5041")
chk("e3w211r", ln, "-0.041", dd[0] * hh[0], up=["e3w211"])
chk("e3nw211", ln, "0.5041", W2[0][0] - D("0.1") * dd[0] * hh[0], ops=D("0.5") + D("0.1") * D("0.041"),
    up=["e3w211r"])


NOTES = (
    "A Russian lecture notebook (CodeHunterOfficial/ABC_DataMining, DL/MLP/MLP_2025.ipynb, 2025; no license, so "
    "only the three 'Пример вычислений' sections of its Markdown cells are kept, lines unchanged) with worked "
    "examples for a 1-1-1, a 1-2-1 and a 2-3-2 sigmoid network (L = 1/2 (yhat - y)^2, eta = 0.1), written as "
    "numbered Markdown lines with $...$ math, '→' between two results on one line and bracketed vectors "
    "[a,\\; b,\\; c] in example 3. Example 1 is right throughout. Example 2: z2 = 0.4 x 0.599 + 0.5 x 0.343 + "
    "0.05 printed 0.456 for 0.4611 (first; yhat = 0.612 then lands within a unit of the true 0.613, so only the "
    "restating line is wrong); dL/dw11 and dL/dw12 drop the factor x = 1.5 that their own lines write (-0.0043 for "
    "-0.0064, -0.0051 for -0.0075); the w11 update restates -0.0043 (its 0.2006 happens to be right). Example 3: "
    "sigma(0.3) printed 0.575 and sigma(-0.15) 0.462 (0.574, 0.463 with exact arguments: strict own-arithmetic "
    "rule); z2 printed [0.049, 0.114] for [0.0999, 0.1286] from its own operands; everything after follows the "
    "wrong z2 (yhat [0.512, 0.528] for [0.525, 0.532], the errors, three of four gradients and the w211 update), and "
    "0.528 x (1 - 0.528) is printed 0.250 for 0.249."
)

if __name__ == "__main__":
    main()
