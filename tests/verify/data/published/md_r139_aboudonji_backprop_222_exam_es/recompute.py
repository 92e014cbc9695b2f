#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt (worked lines only, at their
original line numbers) of "Solución Paso a Paso: Problema de Examen de Redes Neuronales",
Examples/optimizers/examen_solved.md of github.com/AboudOnji/Neural-Net-Course.

A 2-2-2 log-sigmoid network without biases, x = (0.35, 0.8), targets t1 = t2 = 0.5, eta = 0.2,
E = 1/2 (t - out)^2, one backpropagation step.  Plain Python 3 (decimal, 60 digits); no nnwalk, no generator.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it
      from those numbers (rounded operands anywhere within half a unit, givens exact) can round to p;
  (b) a value printed without working, or restated, is right within one unit of the true value (or when it
      follows from printed correct operands);
  (c) a restated wrong value is wrong, propagated.
Usage:  python3 recompute.py                    (report)
        python3 recompute.py --write-expected   (also writes expected.json)
"""
import itertools
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/AboudOnji/Neural-Net-Course/blob/7ade86276469de75b15593f5221cc2110ffc2f92/"
          "Examples/optimizers/examen_solved.md")
LICENSE = ("none stated (the repository has no LICENSE file; all rights reserved); doc.md is an excerpt of the "
           "worked equations and numbers only, kept verbatim at their original line numbers, prose blanked")
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) != 1:
        raise SystemExit("%s: %d lines contain %r (need exactly 1)" % (DOCFILE, len(hits), sub))
    return hits[0]


def sig(z):
    return 1 / (1 + (-D(z)).exp())


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


# ---- truth from the givens -------------------------------------------------------------------------------
x1, x2, t, eta = D("0.35"), D("0.8"), D("0.5"), D("0.2")
w11a, w21a, w12a, w22a = D("0.1"), D("0.2"), D("0.4"), D("0.6")      # layer 1
w11b, w21b, w12b, w22b = D("0.3"), D("0.2"), D("0.1"), D("0.9")      # layer 2
T = {}
T["nh1"] = x1 * w11a + x2 * w21a
T["nh2"] = x1 * w12a + x2 * w22a
T["h1"], T["h2"] = sig(T["nh1"]), sig(T["nh2"])
T["no1"] = T["h1"] * w11b + T["h2"] * w21b
T["no2"] = T["h1"] * w12b + T["h2"] * w22b
T["o1"], T["o2"] = sig(T["no1"]), sig(T["no2"])
T["do1"] = (T["o1"] - t) * T["o1"] * (1 - T["o1"])
T["do2"] = (T["o2"] - t) * T["o2"] * (1 - T["o2"])
T["dh1"] = (T["do1"] * w11b + T["do2"] * w12b) * T["h1"] * (1 - T["h1"])
T["dh2"] = (T["do1"] * w21b + T["do2"] * w22b) * T["h2"] * (1 - T["h2"])
NEW = {"w11b": w11b - eta * T["do1"] * T["h1"], "w21b": w21b - eta * T["do1"] * T["h2"],
       "w12b": w12b - eta * T["do2"] * T["h1"], "w22b": w22b - eta * T["do2"] * T["h2"],
       "w11a": w11a - eta * T["dh1"] * x1, "w21a": w21a - eta * T["dh1"] * x2,
       "w12a": w12a - eta * T["dh2"] * x1, "w22a": w22a - eta * T["dh2"] * x2}

RESULTS = {}   # line -> list of (printed, status, true, why)


def G(v):
    """an exact given operand"""
    return ("g", D(v))


def R(v):
    """a rounded printed operand: anywhere within half a unit of its last digit"""
    return ("r", D(v))


def judge(sub, printed, true, f=None, ops=(), what=""):
    """rule (a) when f/ops are given (expression on the line), else rule (b)."""
    line = line_of(sub)
    assert printed in DOC[line - 1], (line, printed)
    p, u = D(printed), unit(printed)
    if f is not None:
        ranges = []
        for kind, v in ops:
            if kind == "g":
                ranges.append((v,))
            else:
                h = unit(str(v)) / 2
                ranges.append((v - h, v + h))
        vals = [f(*c) for c in itertools.product(*ranges)]
        lo, hi = min(vals), max(vals)
        ok = (p - u / 2) <= hi and (p + u / 2) > lo
        why = "%s: redone from the printed operands gives [%s, %s]" % (what, format(lo, ".7f"), format(hi, ".7f"))
        if not ok:
            RESULTS.setdefault(line, []).append((printed, "wrong", true, why))
            return
    near = abs(p - rnd(true, printed)) <= u
    why = "%s: true value %s" % (what, format(true, ".7f"))
    RESULTS.setdefault(line, []).append((printed, "right" if near or f is not None else "wrong", true, why))


# forward pass
judge("net_{h1} = 0.035 + 0.16", "0.035", x1 * w11a, lambda: x1 * w11a, (), "0.35*0.1")
judge("net_{h1} = 0.035 + 0.16", "0.16", x2 * w21a, lambda: x2 * w21a, (), "0.8*0.2")
judge("net_{h1} = 0.035 + 0.16", "0.195", T["nh1"], lambda a, b: a + b, (R("0.035"), R("0.16")), "net_h1")
judge("e^{-0.195}", "0.5486", T["h1"], lambda z: sig(z), (G("0.195"),), "sigma(0.195)")
judge("net_{h2} = 0.14 + 0.48", "0.14", x1 * w12a, lambda: x1 * w12a, (), "0.35*0.4")
judge("net_{h2} = 0.14 + 0.48", "0.48", x2 * w22a, lambda: x2 * w22a, (), "0.8*0.6")
judge("net_{h2} = 0.14 + 0.48", "0.62", T["nh2"], lambda a, b: a + b, (R("0.14"), R("0.48")), "net_h2")
judge("e^{-0.62}", "0.6502", T["h2"], lambda z: sig(z), (G("0.62"),), "sigma(0.62)")
judge("= (0.5486)(0.3) + (0.6502)(0.2)", "0.5486", T["h1"], what="restated out_h1")
judge("= (0.5486)(0.3) + (0.6502)(0.2)", "0.6502", T["h2"], what="restated out_h2")
judge("net_{o1} = 0.16458 + 0.13004", "0.16458", T["h1"] * w11b, lambda a: a * w11b, (R("0.5486"),), "0.5486*0.3")
judge("net_{o1} = 0.16458 + 0.13004", "0.13004", T["h2"] * w21b, lambda a: a * w21b, (R("0.6502"),), "0.6502*0.2")
judge("net_{o1} = 0.16458 + 0.13004", "0.2946", T["no1"], lambda a, b: a + b, (R("0.16458"), R("0.13004")), "net_o1")
judge("e^{-0.2946}", "0.5731", T["o1"], lambda z: sig(z), (R("0.2946"),), "sigma(0.2946)")
judge("= (0.5486)(0.1) + (0.6502)(0.9)", "0.5486", T["h1"], what="restated out_h1")
judge("= (0.5486)(0.1) + (0.6502)(0.9)", "0.6502", T["h2"], what="restated out_h2")
judge("net_{o2} = 0.05486 + 0.58518", "0.05486", T["h1"] * w12b, lambda a: a * w12b, (R("0.5486"),), "0.5486*0.1")
judge("net_{o2} = 0.05486 + 0.58518", "0.58518", T["h2"] * w22b, lambda a: a * w22b, (R("0.6502"),), "0.6502*0.9")
judge("net_{o2} = 0.05486 + 0.58518", "0.6400", T["no2"], lambda a, b: a + b, (R("0.05486"), R("0.58518")), "net_o2")
judge("e^{-0.6400}", "0.6548", T["o2"], lambda z: sig(z), (R("0.6400"),), "sigma(0.6400)")
# output deltas
judge("(0.5731 - 0.5) \\cdot 0.5731(1 - 0.5731)", "0.5731", T["o1"], what="restated out_o1")
judge("(0.0731) \\cdot (0.2446)", "0.0731", T["o1"] - t, lambda o: o - t, (R("0.5731"),), "0.5731 - 0.5")
judge("(0.0731) \\cdot (0.2446)", "0.2446", T["o1"] * (1 - T["o1"]), lambda o: o * (1 - o), (R("0.5731"),),
      "0.5731(1 - 0.5731)")
judge("(0.0731) \\cdot (0.2446)", "0.0179", T["do1"], lambda a, b: a * b, (R("0.0731"), R("0.2446")), "delta_o1")
judge("(0.6548 - 0.5) \\cdot 0.6548(1 - 0.6548)", "0.6548", T["o2"], what="restated out_o2")
judge("(0.1548) \\cdot (0.2260)", "0.1548", T["o2"] - t, lambda o: o - t, (R("0.6548"),), "0.6548 - 0.5")
judge("(0.1548) \\cdot (0.2260)", "0.2260", T["o2"] * (1 - T["o2"]), lambda o: o * (1 - o), (R("0.6548"),),
      "0.6548(1 - 0.6548)")
judge("(0.1548) \\cdot (0.2260)", "0.0350", T["do2"], lambda a, b: a * b, (R("0.1548"), R("0.2260")), "delta_o2")
# hidden deltas
judge("[(0.0179)(0.3) + (0.0350)(0.1)]", "0.0179", T["do1"], what="restated delta_o1")
judge("[(0.0179)(0.3) + (0.0350)(0.1)]", "0.0350", T["do2"], what="restated delta_o2")
judge("[(0.0179)(0.3) + (0.0350)(0.1)]", "0.5486", T["h1"], what="restated out_h1")
judge("[0.00537 + 0.0035]", "0.00537", T["do1"] * w11b, lambda a: a * w11b, (R("0.0179"),), "0.0179*0.3")
judge("[0.00537 + 0.0035]", "0.0035", T["do2"] * w12b, lambda a: a * w12b, (R("0.0350"),), "0.0350*0.1")
judge("[0.00537 + 0.0035]", "0.2476", T["h1"] * (1 - T["h1"]), lambda h: h * (1 - h), (R("0.5486"),),
      "0.5486(1 - 0.5486)")
judge("0.00887 \\cdot 0.2476", "0.00887", T["do1"] * w11b + T["do2"] * w12b, lambda a, b: a + b,
      (R("0.00537"), R("0.0035")), "0.00537 + 0.0035")
judge("0.00887 \\cdot 0.2476", "0.0022", T["dh1"], lambda a, b: a * b, (R("0.00887"), R("0.2476")), "delta_h1")
judge("[(0.0179)(0.2) + (0.0350)(0.9)]", "0.0179", T["do1"], what="restated delta_o1")
judge("[(0.0179)(0.2) + (0.0350)(0.9)]", "0.0350", T["do2"], what="restated delta_o2")
judge("[(0.0179)(0.2) + (0.0350)(0.9)]", "0.6502", T["h2"], what="restated out_h2")
judge("[0.00358 + 0.0315]", "0.00358", T["do1"] * w21b, lambda a: a * w21b, (R("0.0179"),), "0.0179*0.2")
judge("[0.00358 + 0.0315]", "0.0315", T["do2"] * w22b, lambda a: a * w22b, (R("0.0350"),), "0.0350*0.9")
judge("[0.00358 + 0.0315]", "0.2274", T["h2"] * (1 - T["h2"]), lambda h: h * (1 - h), (R("0.6502"),),
      "0.6502(1 - 0.6502)")
judge("0.03508 \\cdot 0.2274", "0.03508", T["do1"] * w21b + T["do2"] * w22b, lambda a, b: a + b,
      (R("0.00358"), R("0.0315")), "0.00358 + 0.0315")
judge("0.03508 \\cdot 0.2274", "0.0080", T["dh2"], lambda a, b: a * b, (R("0.03508"), R("0.2274")), "delta_h2")
# updates: w_old - eta*delta*input = w_old - step = new
UPD = [("w_{11}^{(2)+}", "0.0179", "0.5486", "0.3", "0.00196", "0.2980", T["do1"] * T["h1"], "w11b"),
       ("w_{21}^{(2)+}", "0.0179", "0.6502", "0.2", "0.00233", "0.1977", T["do1"] * T["h2"], "w21b"),
       ("w_{12}^{(2)+}", "0.0350", "0.5486", "0.1", "0.00384", "0.0962", T["do2"] * T["h1"], "w12b"),
       ("w_{22}^{(2)+}", "0.0350", "0.6502", "0.9", "0.00455", "0.8954", T["do2"] * T["h2"], "w22b"),
       ("w_{11}^{(1)+}", "0.0022", None, "0.1", "0.00015", "0.0998", T["dh1"] * x1, "w11a"),
       ("w_{21}^{(1)+}", "0.0022", None, "0.2", "0.00035", "0.1996", T["dh1"] * x2, "w21a"),
       ("w_{12}^{(1)+}", "0.0080", None, "0.4", "0.00056", "0.3994", T["dh2"] * x1, "w12a"),
       ("w_{22}^{(1)+}", "0.0080", None, "0.6", "0.00128", "0.5987", T["dh2"] * x2, "w22a")]
for key, dl, act, wold, step, new, truegrad, name in UPD:
    inp = {"w11a": x1, "w21a": x2, "w12a": x1, "w22a": x2}.get(name)
    if act is not None:
        judge(key, step, eta * truegrad, lambda d_, a: eta * d_ * a, (R(dl), R(act)), "0.2*%s*%s" % (dl, act))
    else:
        judge(key, step, eta * truegrad, lambda d_, i=inp: eta * d_ * i, (R(dl),), "0.2*%s*%s" % (dl, inp))
    judge(key, new, NEW[name], lambda s, w=D(wold): w - s, (R(step),), "%s - %s" % (wold, step))
# summary table (restated)
for row, new, name in [("| $w_{11}^{(2)}$ |", "0.2980", "w11b"), ("| $w_{22}^{(2)}$ |", "0.8954", "w22b"),
                       ("| $w_{11}^{(1)}$ |", "0.0998", "w11a"), ("| $w_{12}^{(1)}$ |", "0.3994", "w12a"),
                       ("| $w_{22}^{(1)}$ |", "0.5987", "w22a")]:
    judge(row, new, NEW[name], what="restated new " + name)

wrong, right = [], []
for line in sorted(RESULTS):
    items = RESULTS[line]
    bad = [it for it in items if it[1] == "wrong"]
    if bad:
        wrong.append({"line": line, "page": None, "printed": ", ".join(b[0] for b in bad),
                      "correct": ", ".join(str(rnd(b[2], b[0])) for b in bad), "kind": "first",
                      "why": "; ".join(b[3] for b in bad)})
    else:
        right.append(line)
for line in sorted(RESULTS):
    print("%4d %-6s %s" % (line, "WRONG" if any(i[1] == "wrong" for i in RESULTS[line]) else "right",
                           " | ".join("%s (%s)" % (i[0], i[3]) for i in RESULTS[line])))
print("wrong lines:", len(wrong), " right lines:", len(right))
notes = ("Excerpt: worked lines of a 2-2-2 log-sigmoid backpropagation exam solution (no biases, x = (0.35, 0.8), "
         "t1 = t2 = 0.5, eta = 0.2, E = 1/2(t - out)^2). Truth: out_h = (%s, %s), out_o = (%s, %s), "
         "delta_o = (%s, %s), delta_h = (%s, %s). Every printed number follows from its printed operands "
         "(rule a) and lies within one unit of the true value. Close call: line %d prints 0.5731(1 - 0.5731) = "
         "0.2446 where the point value 0.24466 rounds to 0.2447; with out_o1 = 0.5731 taken within half a unit "
         "the product reaches 0.24465, so by rule (a) it is right, and the true value %s is within one unit. "
         "Lines holding only givens or formulas (49, 54, 80, 85, 93, 99 and the givens list) are in neither list."
         % (tuple(format(T[k], ".5f") for k in ("h1", "h2", "o1", "o2", "do1", "do2", "dh1", "dh2"))
            + (line_of("(0.0731) \\cdot (0.2446)"), format(T["o1"] * (1 - T["o1"]), ".5f"))))
if "--write-expected" in sys.argv:
    out = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE, "wrong": wrong,
           "right": right, "notes": notes}
    (HERE / "expected.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote expected.json")
