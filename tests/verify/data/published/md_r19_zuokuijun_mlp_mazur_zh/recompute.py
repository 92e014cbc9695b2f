#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an equations-only excerpt of
zuokuijun/zuokuijun.github.io docs/multiPerceptron.md ("多层感知机——Multi-Layer Perceptron, MLP", a Chinese blog
page): the forward pass, error and first backward step of Matt Mazur's well-known 2-2-2 sigmoid example.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (doc.md lines 1-4, 7, and Mazur's network that the page's picture shows): i1 = 0.05, i2 = 0.10; targets
0.01, 0.99; w1 = 0.15, w2 = 0.20 (into h1), w3 = 0.25, w4 = 0.30 (into h2), b1 = 0.35; w5 = 0.40, w6 = 0.45 (into
o1), w7 = 0.50, w8 = 0.55 (into o2), b2 = 0.60; sigmoid everywhere; E = sum 1/2 (target - out)^2; learning rate
n = 0.5, w+ = w - n dE/dw. True values follow those rules exactly from the givens.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  near(p, X)  <=>  |p - round(X to p's digits)| <= u
  1. the line shows p as the result of an expression of printed operands and p is not near it -> wrong, first
     (exact=True where the operands are exact or quoted to more digits than the result: then p must be exactly the
     rounding of the expression)
  2. p is near the true value                                     -> right
  3. an upstream printed value it depends on is wrong              -> wrong, propagated
  4. the author's own (wrong) reading produced it                   -> wrong, first
  5. p follows from its printed, correct operands                  -> right (rounding drift)
  6. otherwise                                                     -> wrong, first
A restated value (an operand copied from an earlier line) is judged like the value it copies; a restatement that
changes the digits (0.59326992 for 0.593269992) is judged against the true value on its own.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/zuokuijun/zuokuijun.github.io/blob/a3234edf56b4fc8700f11cb9e8a1e8b7b117025f/"
          "docs/multiPerceptron.md")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of only the worked-example lines (givens, "
           "$$ blocks with numbers and the result sentence), line for line, prose, headings, images and code removed")
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




# ---------------- exact values from the givens ----------------
i1, i2, t1, t2 = D("0.05"), D("0.10"), D("0.01"), D("0.99")
w1, w2, w3, w4, w5, w6, w7, w8 = (D("0.15"), D("0.20"), D("0.25"), D("0.30"), D("0.40"), D("0.45"), D("0.50"),
                                  D("0.55"))
b1, b2, n = D("0.35"), D("0.60"), D("0.5")
neth1 = w1 * i1 + w2 * i2 + b1
h1 = sig(neth1)
h2 = sig(w3 * i1 + w4 * i2 + b1)
neto1 = w5 * h1 + w6 * h2 + b2
o1 = sig(neto1)
o2 = sig(w7 * h1 + w8 * h2 + b2)
Eo1, Eo2 = (t1 - o1) ** 2 / 2, (t2 - o2) ** 2 / 2
dEdo1, dEdo2 = -(t1 - o1), -(t2 - o2)
do1, do2 = o1 * (1 - o1), o2 * (1 - o2)
d_o1, d_o2 = dEdo1 * do1, dEdo2 * do2
gw5, gw6, gw7, gw8 = d_o1 * h1, d_o1 * h2, d_o2 * h1, d_o2 * h2
dh1 = d_o1 * w5 + d_o2 * w7
dh2 = d_o1 * w6 + d_o2 * w8
gw1, gw2 = dh1 * h1 * (1 - h1) * i1, dh1 * h1 * (1 - h1) * i2
gw3, gw4 = dh2 * h2 * (1 - h2) * i1, dh2 * h2 * (1 - h2) * i2

# ---------------- forward pass ----------------
ln = line_of("net_{h1}=0.15*0.05+0.2*0.1+0.35*1=0.3775")
chk("neth1", ln, "0.3775", neth1, ops=D("0.15") * D("0.05") + D("0.2") * D("0.1") + D("0.35"), exact=True)
ln = line_of("\\frac{1}{1+e^{-0.3775}}=0.593269992")
chk("neth1r", ln, "0.3775", neth1, up=["neth1"])
chk("h1", ln, "0.593269992", h1, ops=sig("0.3775"), up=["neth1r"], exact=True)
ln = line_of("$out_{h2}=0.596884378$")
chk("h2", ln, "0.596884378", h2)
ln = line_of("net_{o1}=0.4*0.59326992+0.45*0.596884378+0.6*1=1.105905967")
chk("h1r", ln, "0.59326992", h1,
    why="out_h1 restated as 0.59326992 for 0.593269992 (a 9 dropped; 0.59326999 at eight decimals)")
chk("h2r", ln, "0.596884378", h2, up=["h2"])
chk("neto1", ln, "1.105905967", neto1,
    ops=D("0.4") * D("0.59326992") + D("0.45") * D("0.596884378") + D("0.6"), up=["h1r", "h2r"], exact=True,
    why="with the printed operands 0.4 x 0.59326992 + 0.45 x 0.596884378 + 0.6 = 1.105905938, printed 1.105905967 "
    "(the true net_o1: the line's own arithmetic does not give it, because of the mistyped 0.59326992)",
    correct="1.105905938 (as printed), 1.105905967 true")
ln = line_of("\\frac{1}{1+e^{-1.105905967}}=0.75136507")
chk("neto1r", ln, "1.105905967", neto1)
chk("o1", ln, "0.75136507", o1, ops=sig("1.105905967"))
ln = line_of("$out_{o2}=0.772928465$")
chk("o2", ln, "0.772928465", o2)
chk("outs1", ln, "1.105905967", o1, method=True,
    why="the two network outputs are out_o1 = 0.75136507 and out_o2 = 0.772928465; the sentence lists "
    "[1.105905967, 0.75136507], the net input and the output of o1")
chk("outs2", ln, "0.75136507", o2, method=True,
    why="second output printed 0.75136507 (out_o1) for out_o2 = 0.772928465")

# ---------------- error ----------------
ln = line_of("\\frac{1}{2}(0.01-0.75136507)^2=0.274811083")
chk("o1r", ln, "0.75136507", o1, up=["o1"])
chk("Eo1", ln, "0.274811083", Eo1, ops=(D("0.01") - D("0.75136507")) ** 2 / 2, up=["o1r"])
ln = line_of("E_{o2}=0.023560025")
chk("Eo2", ln, "0.023560025", Eo2,
    why="")
ln = line_of("=0.274811083 + 0.023560025=0.298371109")
chk("Eo1r", ln, "0.274811083", Eo1, up=["Eo1"])
chk("Eo2r", ln, "0.023560025", Eo2, up=["Eo2"])
chk("E", ln, "0.298371109", Eo1 + Eo2, ops=D("0.274811083") + D("0.023560025"), up=["Eo1r", "Eo2r"])

# ---------------- output layer ----------------
ln = line_of("=-(0.01-0.75136507)=0.74136507")
chk("o1r2", ln, "0.75136507", o1, up=["o1"])
chk("dEdo1", ln, "0.74136507", dEdo1, ops=-(D("0.01") - D("0.75136507")), up=["o1r2"], exact=True)
ln = line_of("=0.75136507(1-0.75136507)=0.186815602")
chk("o1r3", ln, "0.75136507", o1, up=["o1"])
chk("do1", ln, "0.186815602", do1, ops=D("0.75136507") * (1 - D("0.75136507")), up=["o1r3"])
ln = line_of("=1*out_{h1}=0.593269992")
chk("h1r2", ln, "0.593269992", h1, up=["h1"])
ln = line_of("=0.74136507*0.186815602*0.593269992=0.082167041")
chk("gw5", ln, "0.082167041", gw5, ops=D("0.74136507") * D("0.186815602") * D("0.593269992"),
    up=["dEdo1", "do1", "h1r2"])
ln = line_of("=0.4-0.5*0.082167041=0.35891648")
chk("gw5r", ln, "0.082167041", gw5, up=["gw5"])
chk("nw5", ln, "0.35891648", w5 - n * gw5, ops=D("0.4") - D("0.5") * D("0.082167041"), up=["gw5r"], exact=True)
ln = line_of("w_6^+=0.408666186")
chk("nw6", ln, "0.408666186", w6 - n * gw6)
chk("nw7", ln, "0.511301270", w7 - n * gw7)
chk("nw8", ln, "0.561370121", w8 - n * gw8)

# ---------------- hidden layer ----------------
ln = line_of("=0.74136507*0.186815602=0.138498562")
chk("d_o1", ln, "0.138498562", d_o1, ops=D("0.74136507") * D("0.186815602"), up=["dEdo1", "do1"])
ln = line_of("=0.138498562*0.40=0.055399425")
chk("d_o1r", ln, "0.138498562", d_o1, up=["d_o1"])
chk("e1", ln, "0.055399425", d_o1 * w5, ops=D("0.138498562") * D("0.40"), up=["d_o1r"])
ln = line_of("=-0.217071535*0.175510053=-0.03809823661")
chk("dEdo2", ln, "-0.217071535", dEdo2, up=["o2"])
chk("do2", ln, "0.175510053", do2, up=["o2"])
chk("d_o2", ln, "-0.03809823661", d_o2, ops=D("-0.217071535") * D("0.175510053"), up=["dEdo2", "do2"])
ln = line_of("=-0.03809823661*0.50=-0.01904911831")
chk("d_o2r", ln, "-0.03809823661", d_o2, up=["d_o2"])
chk("e2", ln, "-0.01904911831", d_o2 * w7, ops=D("-0.03809823661") * D("0.50"), up=["d_o2r"])
ln = line_of("=0.055399425+-0.01904911831=0.03635030669")
chk("e1r", ln, "0.055399425", d_o1 * w5, up=["e1"])
chk("e2r", ln, "-0.01904911831", d_o2 * w7, up=["e2"])
chk("dh1", ln, "0.03635030669", dh1, ops=D("0.055399425") + D("-0.01904911831"), up=["e1r", "e2r"])
ln = line_of("=0.59326999*(1-0.59326999)=0.241300709")
chk("h1r3", ln, "0.59326999", h1, up=["h1"])
chk("dh1s", ln, "0.241300709", h1 * (1 - h1), ops=D("0.59326999") * (1 - D("0.59326999")), up=["h1r3"])
ln = line_of("=0.03635030669*0.241300709*0.05=0.000438568")
chk("dh1r", ln, "0.03635030669", dh1, up=["dh1"])
chk("dh1sr", ln, "0.241300709", h1 * (1 - h1), up=["dh1s"])
chk("gw1", ln, "0.000438568", gw1, ops=D("0.03635030669") * D("0.241300709") * D("0.05"), up=["dh1r", "dh1sr"])
ln = line_of("w_1^+=w_1-n*\\frac{\\partial E_{total}}{\\partial w_1}=0.149780716")
chk("nw1", ln, "0.149780716", w1 - n * gw1, ops=D("0.15") - D("0.5") * D("0.000438568"), up=["gw1"],
    explicit=False)
ln = line_of("w_2^+=0.19956143")
chk("nw2", ln, "0.19956143", w2 - n * gw2)
ln = line_of("w_3^+=0.24975114")
chk("nw3", ln, "0.24975114", w3 - n * gw3)
ln = line_of("w_4^+=0.29950229")
chk("nw4", ln, "0.29950229", w4 - n * gw4)


NOTES = (
    "A Chinese blog page (zuokuijun/zuokuijun.github.io, docs/multiPerceptron.md, 2021; no license, so only the "
    "worked-example lines are kept, line for line) that works Matt Mazur's 2-2-2 sigmoid example (i = (0.05, 0.10), "
    "targets (0.01, 0.99), eta = 0.5) in $$ blocks with several results per block and 9-11 digit numbers. Nearly "
    "every number is Mazur's and right (E_o2 = 0.023560025 one unit from 0.0235600257). Wrong (first): the net_o1 "
    "line restates out_h1 as 0.59326992 (for 0.593269992), so its own arithmetic gives 1.105905938, not the printed "
    "1.105905967; the result sentence gives the network's two outputs as [1.105905967, 0.75136507] (the net input "
    "and the output of o1) for [0.75136507, 0.772928465]."
)

if __name__ == "__main__":
    main()
