#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an equations-only excerpt of the MDX blog
post "Backpropagation: A Complete Step-by-Step Manual Calculation" (fiqgant/fiqlab, content/blog/
backpropagation-manual-calculation.mdx): one forward pass, backward pass and update of a 2-2-1 sigmoid network with
biases (Matt Mazur's first output only), a second forward pass, and a claimed "Expected output" of a Python script.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (doc.md lines 4-15): x1 = 0.05, x2 = 0.10, t1 = 0.01, eta = 0.5, w1 = 0.15, w2 = 0.20 (into h1), w3 = 0.25,
w4 = 0.30 (into h2), b_h = 0.35, w5 = 0.40, w6 = 0.45 (into o1), b_o = 0.60; sigmoid everywhere; E = 0.5 (t1 - o1)^2;
w_new = w - eta dE/dw. True values follow these rules exactly from the givens; the second forward pass (doc.md
lines 175-197) uses the six exactly updated weights.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line that shows p as the result of an expression of numbers printed on that line (or on the display line just
      before it) is right only if redoing the expression from those printed numbers rounds to exactly p at p's
      digits; an operand that is itself a rounded result printed earlier may lie anywhere within half a unit of its
      last digit, a given is exact; otherwise the line is wrong (first), even when p is one unit off;
  (b) a value printed without working, or restated, is right when it is within one unit of its last digit of the
      true value (or follows from printed correct operands);
  (c) a restated wrong value is wrong (propagated); a value computed from a wrong one and itself off is wrong
      (propagated).
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/fiqgant/fiqlab/blob/2a365f4f5309de537a924d007e1dcec0b9777fe1/"
          "content/blog/backpropagation-manual-calculation.mdx")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of only the givens table, the step headings, the "
           "worked-equation code blocks, the summary table, the three prose lines that print numbers and the claimed "
           "'Expected output' block, line for line; prose, Mermaid diagrams and the Python listing removed")
# ---------------- shared judging helpers (copied into each recompute.py) ----------------
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def sig(z):
    return 1 / (1 + (-D(z)).exp())


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    return abs(D(p) - rnd(x, p)) <= unit(p)


def half(p):
    """Half a unit of the last digit of a printed rounded operand."""
    return unit(p) / 2


def span(f, *ops):
    """Interval of f over printed operands: a plain D/str is exact, a tuple ('r', text) is a rounded result printed
    earlier and may lie anywhere within half a unit of its last digit (f is evaluated at every corner)."""
    import itertools
    choices = []
    for o in ops:
        if isinstance(o, tuple):
            v = D(o[1])
            choices.append((v - half(o[1]), v + half(o[1])))
        else:
            choices.append((D(o),))
    vals = [f(*c) for c in itertools.product(*choices)]
    return (min(vals), max(vals))


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, ops=None, up=(), why="", correct=None, explicit=True):
    """Judge one printed number (rules in the module docstring). ops: None (no working shown on the line), a value
    (exact operands) or an interval (lo, hi) from span()."""
    assert printed in DOC[line - 1], (line, printed, DOC[line - 1])
    p = D(printed)
    if ops is None and up and explicit:
        ops = p  # a restated value carries the status of the value it copies
    if ops is None:
        ops_ok = True
    elif isinstance(ops, tuple):
        ops_ok = rnd(ops[0], p) <= p <= rnd(ops[1], p)
    else:
        ops_ok = p == rnd(ops, p)
    if explicit and not ops_ok:
        st, kind = "wrong", "first"
    elif near(p, true):
        st, kind = "right", None
    elif any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", "propagated"
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    shown = None if ops is None else (ops if not isinstance(ops, tuple) else ops[0])
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), ops=shown, status=st, kind=kind, why=why,
                       correct=correct if correct is not None else str(rnd(true, p))))


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


def L(n, sub):
    assert sub in DOC[n - 1], (n, sub, DOC[n - 1])
    return n


R = lambda s: ("r", s)  # a rounded result printed earlier

# ---------------- exact values from the givens ----------------
x1, x2, t = D("0.05"), D("0.10"), D("0.01")
eta = D("0.5")
w1, w2, w3, w4, bh = D("0.15"), D("0.20"), D("0.25"), D("0.30"), D("0.35")
w5, w6, bo = D("0.40"), D("0.45"), D("0.60")
nh1 = w1 * x1 + w2 * x2 + bh
nh2 = w3 * x1 + w4 * x2 + bh
h1, h2 = sig(nh1), sig(nh2)
no = w5 * h1 + w6 * h2 + bo
o = sig(no)
E = (t - o) ** 2 / 2
dEdo = o - t
so = o * (1 - o)
do = dEdo * so
g5, g6 = do * h1, do * h2
n5, n6 = w5 - eta * g5, w6 - eta * g6
eh1, eh2 = do * w5, do * w6
sh1, sh2 = h1 * (1 - h1), h2 * (1 - h2)
d1, d2 = eh1 * sh1, eh2 * sh2
g1, g2, g3, g4 = d1 * x1, d1 * x2, d2 * x1, d2 * x2
n1, n2, n3, n4 = w1 - eta * g1, w2 - eta * g2, w3 - eta * g3, w4 - eta * g4
mh1 = n1 * x1 + n2 * x2 + bh
mh2 = n3 * x1 + n4 * x2 + bh
k1, k2 = sig(mh1), sig(mh2)
mo = n5 * k1 + n6 * k2 + bo
o2 = sig(mo)
E2 = (t - o2) ** 2 / 2
mul = lambda a, b: a * b
add = lambda a, b: a + b

# ---------------- forward pass ----------------
n = L(28, "= 0.0075 + 0.0200 + 0.3500")
chk("p1", n, "0.0075", w1 * x1, ops=w1 * x1)
chk("p2", n, "0.0200", w2 * x2, ops=w2 * x2)
chk("nh1", L(29, "= 0.3775"), "0.3775", nh1, ops=D("0.0075") + D("0.0200") + D("0.3500"))
chk("nh1r", L(32, "σ(0.3775)"), "0.3775", nh1, up=["nh1"])
chk("nh1r2", L(33, "e^(−0.3775)"), "0.3775", nh1, up=["nh1"])
chk("e1", L(34, "1 / (1 + 0.68566)"), "0.68566", (-nh1).exp(), ops=(-D("0.3775")).exp(),
    why="e^(-0.3775) = 0.685573, printed 0.68566")
chk("den1", L(35, "1 / 1.68566"), "1.68566", 1 + (-nh1).exp(), ops=1 + D("0.68566"), up=["e1"])
chk("h1", L(36, "= 0.59327"), "0.59327", h1, ops=span(lambda a: 1 / a, R("1.68566")), up=["den1"],
    why="1 / 1.68566 = 0.593240, printed 0.59327 (the true sigma(0.3775) = 0.593270: the printed chain does not give it)")
n = L(42, "= 0.0125 + 0.0300 + 0.3500")
chk("p3", n, "0.0125", w3 * x1, ops=w3 * x1)
chk("p4", n, "0.0300", w4 * x2, ops=w4 * x2)
chk("nh2", L(43, "= 0.3925"), "0.3925", nh2, ops=D("0.0125") + D("0.0300") + D("0.3500"))
chk("nh2r", L(45, "σ(0.3925)"), "0.3925", nh2, up=["nh2"])
chk("nh2r2", L(46, "e^(−0.3925)"), "0.3925", nh2, up=["nh2"])
chk("e2", L(47, "1 / (1 + 0.67530)"), "0.67530", (-nh2).exp(), ops=(-D("0.3925")).exp(),
    why="e^(-0.3925) = 0.675366, printed 0.67530")
chk("den2", L(48, "1 / 1.67530"), "1.67530", 1 + (-nh2).exp(), ops=1 + D("0.67530"), up=["e2"])
chk("h2", L(49, "= 0.59688"), "0.59688", h2, ops=span(lambda a: 1 / a, R("1.67530")), up=["den2"],
    why="1 / 1.67530 = 0.596908, printed 0.59688 (the true sigma(0.3925) = 0.596884: the printed chain does not give it)")
n = L(54, "(0.40 × 0.59327) + (0.45 × 0.59688) + 0.60")
chk("h1r", n, "0.59327", h1, up=["h1"])
chk("h2r", n, "0.59688", h2, up=["h2"])
n = L(55, "= 0.23731 + 0.26860 + 0.60000")
chk("q1", n, "0.23731", w5 * h1, ops=span(lambda a: w5 * a, R("0.59327")))
chk("q2", n, "0.26860", w6 * h2, ops=span(lambda a: w6 * a, R("0.59688")))
chk("no", L(56, "= 1.10591"), "1.10591", no, ops=span(lambda a, b: a + b + bo, R("0.23731"), R("0.26860")))
chk("nor", L(58, "σ(1.10591)"), "1.10591", no, up=["no"])
chk("nor2", L(59, "e^(−1.10591)"), "1.10591", no, up=["no"])
chk("e3", L(60, "1 / (1 + 0.33091)"), "0.33091", (-no).exp(), ops=span(lambda a: (-a).exp(), R("1.10591")))
chk("den3", L(61, "1 / 1.33091"), "1.33091", 1 + (-no).exp(), ops=1 + D("0.33091"))
chk("o", L(62, "= 0.75137"), "0.75137", o, ops=span(lambda a: 1 / a, R("1.33091")))

# ---------------- loss ----------------
chk("or1", L(68, "(0.01 − 0.75137)²"), "0.75137", o, up=["o"])
chk("err", L(69, "(−0.74137)²"), "0.74137", o - t, ops=span(lambda a: a - t, R("0.75137")))
chk("sq", L(70, "0.5 × 0.54963"), "0.54963", (o - t) ** 2, ops=span(lambda a: a * a, R("0.74137")))
chk("E", L(71, "= 0.27482"), "0.27482", E, ops=span(lambda a: a / 2, R("0.54963")))
n = L(73, "An error of **0.27482**")
chk("Er", n, "0.27482", E, up=["E"])
chk("or2", n, "0.75137", o, up=["o"])

# ---------------- output layer ----------------
chk("or3", L(81, "−(0.01 − 0.75137)"), "0.75137", o, up=["o"])
chk("errr", L(82, "−(−0.74137)"), "0.74137", dEdo, up=["err"])
chk("errr2", L(83, "+0.74137"), "0.74137", dEdo, up=["err"])
chk("or4", L(87, "0.75137 × (1 − 0.75137)"), "0.75137", o, up=["o"])
chk("om", L(88, "0.75137 × 0.24863"), "0.24863", 1 - o, ops=span(lambda a: 1 - a, R("0.75137")))
chk("so", L(89, "= 0.18681"), "0.18681", so, ops=span(lambda a: a * (1 - a), R("0.75137")))
chk("h1r2", L(92, "out_h1 = 0.59327"), "0.59327", h1, up=["h1"])
n = L(95, "0.74137 × 0.18681 × 0.59327")
chk("sor", n, "0.18681", so, up=["so"])
chk("h1r3", n, "0.59327", h1, up=["h1"])
chk("do", L(96, "= 0.13851 × 0.59327"), "0.13851", do, ops=span(mul, R("0.74137"), R("0.18681")), up=["err", "so"],
    why="0.74137 x 0.18681 = 0.138495 (at most 0.138500 with both factors half a unit up): 0.13850, printed 0.13851")
chk("g5", L(97, "= 0.08217"), "0.08217", g5, ops=span(mul, R("0.13851"), R("0.59327")), up=["do"])
n = L(102, "0.74137 × 0.18681 × out_h2")
chk("sor2", n, "0.18681", so, up=["so"])
chk("dor", L(103, "= 0.13851 × 0.59688"), "0.13851", do, up=["do"])
chk("g6", L(104, "= 0.08267"), "0.08267", g6, ops=span(mul, R("0.13851"), R("0.59688")), up=["do"])
chk("dor2", L(106, "= 0.13851` is called"), "0.13851", do, up=["do"])
chk("g5r", L(110, "0.40 − (0.5 × 0.08217)"), "0.08217", g5, up=["g5"])
chk("s5", L(111, "0.40 − 0.04109"), "0.04109", eta * g5, ops=span(lambda a: eta * a, R("0.08217")))
chk("n5", L(112, "= 0.35891"), "0.35891", n5, ops=w5 - D("0.04109"))
chk("g6r", L(115, "0.45 − (0.5 × 0.08267)"), "0.08267", g6, up=["g6"])
chk("s6", L(116, "0.45 − 0.04134"), "0.04134", eta * g6, ops=span(lambda a: eta * a, R("0.08267")))
chk("n6", L(117, "= 0.40866"), "0.40866", n6, ops=w6 - D("0.04134"))

# ---------------- hidden layer ----------------
chk("dor3", L(123, "0.13851 × 0.40"), "0.13851", do, up=["do"])
chk("eh1", L(124, "= 0.05540"), "0.05540", eh1, ops=span(lambda a: a * w5, R("0.13851")))
chk("h1r4", L(128, "0.59327 × (1 − 0.59327)"), "0.59327", h1, up=["h1"])
chk("omh1", L(129, "0.59327 × 0.40673"), "0.40673", 1 - h1, ops=span(lambda a: 1 - a, R("0.59327")))
chk("sh1", L(130, "= 0.24127"), "0.24127", sh1, ops=span(lambda a: a * (1 - a), R("0.59327")),
    why="0.59327 x 0.40673 = 0.241301, printed 0.24127")
n = L(134, "0.05540 × 0.24127")
chk("eh1r", n, "0.05540", eh1, up=["eh1"])
chk("sh1r", n, "0.24127", sh1, up=["sh1"])
chk("d1", L(135, "= 0.01337"), "0.01337", d1, ops=span(mul, R("0.05540"), R("0.24127")), up=["sh1r"])
n = L(138, "0.01337 × 0.05 = 0.000669")
chk("g1", n, "0.000669", g1, ops=span(lambda a: a * x1, R("0.01337")), up=["d1"])
n = L(139, "0.01337 × 0.10 = 0.001337")
chk("g2", n, "0.001337", g2, ops=span(lambda a: a * x2, R("0.01337")), up=["d1"])
chk("dor4", L(144, "0.13851 × 0.45"), "0.13851", do, up=["do"])
chk("eh2", L(145, "= 0.06233"), "0.06233", eh2, ops=span(lambda a: a * w6, R("0.13851")))
n = L(148, "0.59688 × 0.40312")
chk("h2r2", n, "0.59688", h2, up=["h2"])
chk("omh2", n, "0.40312", 1 - h2, ops=None, up=["h2"])
chk("sh2", L(149, "= 0.24063"), "0.24063", sh2, ops=span(mul, R("0.59688"), R("0.40312")),
    why="0.59688 x 0.40312 = 0.240614, printed 0.24063")
n = L(151, "δh2 = 0.06233 × 0.24063")
chk("eh2r", n, "0.06233", eh2, up=["eh2"])
chk("sh2r", n, "0.24063", sh2, up=["sh2"])
chk("d2", L(152, "= 0.01500"), "0.01500", d2, ops=span(mul, R("0.06233"), R("0.24063")), up=["sh2r"])
chk("g3", L(154, "0.01500 × 0.05 = 0.000750"), "0.000750", g3, ops=span(lambda a: a * x1, R("0.01500")), up=["d2"])
chk("g4", L(155, "0.01500 × 0.10 = 0.001500"), "0.001500", g4, ops=span(lambda a: a * x2, R("0.01500")), up=["d2"])
for (cid, ln, g, gt, s, nw, w, true_new) in (
        ("u1", 159, "0.000669", g1, "0.000335", "0.149665", w1, n1),
        ("u2", 160, "0.001337", g2, "0.000669", "0.199331", w2, n2),
        ("u3", 161, "0.000750", g3, "0.000375", "0.249625", w3, n3),
        ("u4", 162, "0.001500", g4, "0.000750", "0.299250", w4, n4)):
    L(ln, nw)
    chk(cid + "g", ln, g, gt, up=["g" + cid[1]])
    chk(cid + "s", ln, s, eta * gt, ops=span(lambda a: eta * a, R(g)))
    chk(cid + "n", ln, nw, true_new, ops=w - D(s))

# ---------------- summary table (restated values) ----------------
for (cid, ln, g, gt, nw, true_new) in (
        ("t1", 167, "0.000669", g1, "0.149665", n1), ("t2", 168, "0.001337", g2, "0.199331", n2),
        ("t3", 169, "0.000750", g3, "0.249625", n3), ("t4", 170, "0.001500", g4, "0.299250", n4)):
    chk(cid + "g", L(ln, g), g, gt, up=["g" + cid[1]])
    chk(cid + "n", L(ln, nw), nw, true_new, up=["u%sn" % cid[1]])
chk("t5g", L(171, "0.082170"), "0.082170", g5, up=["g5"], why="restates 0.08217 padded to six decimals as 0.082170; "
    "the true gradient is 0.082167 (the padded zero claims a digit the work never had)")
chk("t5n", L(171, "0.358910"), "0.358910", n5, up=["n5"], why="restates 0.35891 padded as 0.358910; true 0.358916")
chk("t6g", L(172, "0.082670"), "0.082670", g6, up=["g6"], why="restates 0.08267 padded as 0.082670; true 0.082668")
chk("t6n", L(172, "0.408660"), "0.408660", n6, up=["n6"], why="restates 0.40866 padded as 0.408660; true 0.408666")

# ---------------- second iteration ----------------
n = L(175, "(0.149665 × 0.05) + (0.199331 × 0.10) + 0.35")
chk("u1r", n, "0.149665", n1, up=["u1n"])
chk("u2r", n, "0.199331", n2, up=["u2n"])
n = L(176, "= 0.007483 + 0.019933 + 0.35")
chk("m1", n, "0.007483", n1 * x1, ops=D("0.149665") * x1)
chk("m2", n, "0.019933", n2 * x2, ops=D("0.199331") * x2)
chk("mh1", L(177, "= 0.377416"), "0.377416", mh1, ops=span(lambda a, b: a + b + bh, R("0.007483"), R("0.019933")))
n = L(179, "out_h1 = σ(0.377416) = 0.59315")
chk("mh1r", n, "0.377416", mh1, up=["mh1"])
chk("k1", n, "0.59315", k1, ops=span(sig, R("0.377416")), why="sigma(0.377416) = 0.593250, printed 0.59315")
n = L(181, "(0.249625 × 0.05) + (0.299250 × 0.10) + 0.35")
chk("u3r", n, "0.249625", n3, up=["u3n"])
chk("u4r", n, "0.299250", n4, up=["u4n"])
n = L(182, "= 0.012481 + 0.029925 + 0.35")
chk("m3", n, "0.012481", n3 * x1, ops=D("0.249625") * x1)
chk("m4", n, "0.029925", n4 * x2, ops=D("0.299250") * x2)
chk("mh2", L(183, "= 0.392406"), "0.392406", mh2, ops=span(lambda a, b: a + b + bh, R("0.012481"), R("0.029925")))
n = L(185, "out_h2 = σ(0.392406) = 0.59676")
chk("mh2r", n, "0.392406", mh2, up=["mh2"])
chk("k2", n, "0.59676", k2, ops=span(sig, R("0.392406")), why="sigma(0.392406) = 0.596862, printed 0.59676")
n = L(187, "(0.35891 × 0.59315) + (0.40866 × 0.59676) + 0.60")
chk("n5r", n, "0.35891", n5, up=["n5"])
chk("k1r", n, "0.59315", k1, up=["k1"])
chk("n6r", n, "0.40866", n6, up=["n6"])
chk("k2r", n, "0.59676", k2, up=["k2"])
n = L(188, "= 0.21291 + 0.24390 + 0.60")
chk("r1", n, "0.21291", n5 * k1, ops=span(mul, R("0.35891"), R("0.59315")), up=["k1r"],
    why="0.35891 x 0.59315 = 0.212888, printed 0.21291")
chk("r2", n, "0.24390", n6 * k2, ops=span(mul, R("0.40866"), R("0.59676")), up=["k2r"],
    why="0.40866 x 0.59676 = 0.243872, printed 0.24390")
chk("mo", L(189, "= 1.05681"), "1.05681", mo, ops=span(lambda a, b: a + b + bo, R("0.21291"), R("0.24390")),
    up=["r1", "r2"], why="0.21291 + 0.24390 + 0.60 from the wrong products (true 1.056844)")
n = L(191, "out_o1 = σ(1.05681) = 0.74217")
chk("mor", n, "1.05681", mo, up=["mo"])
chk("o2", n, "0.74217", o2, ops=span(sig, R("1.05681")), up=["mor"],
    why="sigma(1.05681) = 0.742081, printed 0.74217 (true output 0.742087)")
chk("o2r", L(194, "(0.01 − 0.74217)²"), "0.74217", o2, up=["o2"])
chk("e2r", L(195, "(0.73217)²"), "0.73217", o2 - t, ops=span(lambda a: a - t, R("0.74217")), up=["o2"],
    why="0.74217 - 0.01 from the wrong output (true 0.732087)")
chk("sq2", L(196, "0.5 × 0.53607"), "0.53607", (o2 - t) ** 2, ops=span(lambda a: a * a, R("0.73217")), up=["e2r"],
    why="0.73217 squared from the wrong error (true 0.535951)")
chk("E2", L(197, "= 0.26804"), "0.26804", E2, ops=span(lambda a: a / 2, R("0.53607")), up=["sq2"],
    why="half of the wrong square (true loss 0.267976)")
n = L(199, "Loss dropped from 0.27482 → 0.26804")
chk("Er2", n, "0.27482", E, up=["E"])
chk("E2r", n, "0.26804", E2, up=["E2"])

# ---------------- claimed "Expected output" (restated values) ----------------
n = L(205, "out_h  : [0.59327 0.59688]")
chk("x1r", n, "0.59327", h1, up=["h1"])
chk("x2r", n, "0.59688", h2, up=["h2"])
chk("x3r", L(206, "out_o  : 0.75137"), "0.75137", o, up=["o"])
chk("x4r", L(207, "Loss   : 0.27482"), "0.27482", E, up=["E"])
chk("x5r", L(208, "delta_o: 0.13851"), "0.13851", do, up=["do"])
n = L(210, "New output weights : [0.35891 0.40866]")
chk("x6r", n, "0.35891", n5, up=["n5"])
chk("x7r", n, "0.40866", n6, up=["n6"])
n = L(212, "[[0.149665 0.249625]")
chk("x8r", n, "0.149665", n1, up=["u1n"])
chk("x9r", n, "0.249625", n3, up=["u3n"])
n = L(213, "[0.199331 0.299250]]")
chk("x10r", n, "0.199331", n2, up=["u2n"])
chk("x11r", n, "0.299250", n4, up=["u4n"])
chk("x12r", L(216, "out_o  : 0.74217"), "0.74217", o2, up=["o2"])
chk("x13r", L(217, "Loss   : 0.26804"), "0.26804", E2, up=["E2"])


NOTES = (
    "An MDX post of the author's Next.js blog (fiqgant/fiqlab, content/blog/backpropagation-manual-calculation.mdx, "
    "dated 2025-01-08, committed 2026-04-11; no license), so only the givens, step headings, the plain-text worked "
    "equations in code fences, the summary table, three prose lines with numbers and the claimed 'Expected output' "
    "are kept, line for line. Matt Mazur's network cut to one output (t = 0.01, eta = 0.5). First errors: "
    "e^(-0.3775) printed 0.68566 for 0.68557 and e^(-0.3925) 0.67530 for 0.67537 (lines 34, 47; 1 + e carried, "
    "lines 35, 48); 1/1.68566 printed 0.59327 and 1/1.67530 printed 0.59688 (lines 36, 49: both are the true "
    "sigmoids, but the printed chain gives 0.59324 and 0.59691 - close calls judged by the strict own-arithmetic "
    "rule); 0.74137 x 0.18681 printed 0.13851 for 0.13850 (line 96, one unit; close call, the restatements of 0.13851 "
    "are right because they are within one unit of the true 0.138499); sigma' of h1 0.59327 x 0.40673 printed "
    "0.24127 for 0.24130 (line 130) and of h2 0.59688 x 0.40312 printed 0.24063 for 0.24061 (line 149), restated "
    "on lines 134, 151 (the deltas 0.01337 and 0.01500 are still right); the summary table pads 0.08217, 0.35891, "
    "0.08267, 0.40866 to six decimals as 0.082170, 0.358910, 0.082670, 0.408660, which the true values 0.082167, "
    "0.358916, 0.082668, 0.408666 do not support (lines 171, 172; close call: a digit-based reading of the rule); in "
    "the second forward pass sigma(0.377416) printed 0.59315 for 0.59325 and sigma(0.392406) 0.59676 for 0.59686 "
    "(lines 179, 185), the products 0.21291 and 0.24390 do not follow from their printed factors (0.21289, 0.24387; "
    "line 188), sigma(1.05681) printed 0.74217 for 0.74208 (line 191), and the loss chain 0.73217, 0.53607, 0.26804 "
    "follows the wrong output (true 0.73209, 0.53595, 0.26798; lines 194-199); the 'Expected output' said to match "
    "the Python script repeats 0.74217 and 0.26804 (lines 216, 217; the script itself would print 0.74209 and "
    "0.26798). Right: the weight updates of both layers, the first loss 0.27482, and every restated first-pass value."
)

if __name__ == "__main__":
    main()
