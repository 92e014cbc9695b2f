#!/usr/bin/env python3
"""Independent recomputation of the computed numbers printed in doc.md, an excerpt (README.md lines 4-79) of
madalinaeleonorag/Backpropagation: the last two training steps (98 and 99) of a C# backpropagation program for a
2-2-1 sigmoid network with thresholds (Negnevitsky-style XOR: y = sigmoid(sum w x - theta), Delta w = alpha y delta,
Delta theta = -alpha delta, w(new) = w + Delta w), printed in Romanian.

Plain Python (decimal at 50 digits); does not import nnwalk or the generator.

Givens: alpha = 0.1 (Delta theta 5 = -0.1 delta5, lines 12/51); the weights and thresholds printed after step 98
(doc lines 27-35) are the start of the excerpt (their previous values are not printed), so they are givens; the
thresholds' pre-step-98 values are those minus the printed corrections. Both steps' forward passes are x = (1, 1) with
target 0 (step 98's printed delta5, Delta w35 and delta3 are reproduced only so, although it says "exemplul 1"; step 99's
printed forward pass lines 38-41 only so) (the printed forward pass, lines 38-41, is reproduced only with
x1 = x2 = 1, e5 = 0 - y5). The printed labels "Teta 2/3/4" hold the thresholds of neurons 3/4/5 (the forward pass
lines 38-40 use them so); the values are judged as those thresholds (close call, see notes).

Judging rule (the corpus's one rule): these lines print results without their working, so a value is right when it is
within one unit of its last printed digit of the true value computed from the givens (15-digit C# doubles; the
recomputation from 15-digit printed operands is checked with a relative tolerance of 1e-12, far below any error
found); a value computed from a wrong one and itself off is wrong, propagated.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import sys
from decimal import Decimal as D
from decimal import getcontext

getcontext().prec = 50
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/madalinaeleonorag/Backpropagation/blob/273b152a2499f6d3075069ecf4c952a7db9d3f7c/"
          "README.md")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of only the printed trace (README lines 4-79), "
           "line for line, the title and the one-line description removed")
NOTES = ("Close calls: the threshold lines are printed as 'Teta 2', 'Teta 3', 'Teta 4' but hold the thresholds of "
         "neurons 3, 4, 5 (the forward pass lines 38-40 is reproduced only so, and each follows theta + Delta theta "
         "of the next-numbered neuron); they are judged right by value. The 'Eroare' lines (36, 75) are not judged: "
         "the program's error measure is not stated and cannot be rebuilt from the excerpt. Lines 27-35 (state "
         "after step 98) are givens. Step 98's input is deduced (x = (1, 1), target 0: the only 0/1 input reproducing its printed delta5, Delta w35, delta3 to all 15 digits), so its four zero weight corrections (lines 19, 20, 22, 23) are judged wrong against it: a close call, the program may feed other inputs to the correction than to the forward pass, but the printed numbers do not agree with each other. The real errors: in step 99 (x = (1, 1)) the corrections of w23 and w24 are "
         "printed 0 (the program drops the x2 term), so w23 and w24 are not updated.")
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")
A = D("0.1")


def sig(z):
    return 1 / (1 + (-D(z)).exp())


def val(line, label):
    t = DOC[line - 1]
    assert t.startswith(label), (line, t, label)
    return t.split("=")[-1].strip()


CHECKS = []


def chk(line, label, true, up_wrong=False, why=""):
    p = val(line, label)
    P, T = D(p), D(true)
    ok = abs(P - T) <= max(abs(T) * D("1e-12"), D("1e-18"))
    st = "right" if ok else "wrong"
    kind = None if ok else ("propagated" if up_wrong else "first")
    CHECKS.append(dict(line=line, printed=p, true=T, status=st, kind=kind, why=why))
    return ok


g = {k: D(val(n, k)) for n, k in [(27, "w13"), (28, "w14"), (29, "w23"), (30, "w24"), (31, "w35"), (32, "w45"),
                                  (33, "Teta 2"), (34, "Teta 3"), (35, "Teta 4")]}
# ---- step 98, example 1: x = (1, 1), target 0 (the only input reproducing the printed delta5, Delta w35 and
# delta3); state before the step = printed state minus printed corrections (w13..w24 have printed corrections 0)
dw35_98, dw45_98 = D(val(10, "Delta w35")), D(val(11, "Delta w45"))
t3o = g["Teta 2"] - D(val(21, "Delta Teta 3"))
t4o = g["Teta 3"] - D(val(24, "Delta Teta 4"))
t5o = g["Teta 4"] - D(val(12, "Delta Teta  5"))
w35o, w45o = g["w35"] - dw35_98, g["w45"] - dw45_98
y3 = sig(g["w13"] + g["w23"] - t3o)
y4 = sig(g["w14"] + g["w24"] - t4o)
y5 = sig(w35o * y3 + w45o * y4 - t5o)
d5 = y5 * (1 - y5) * (0 - y5)
chk(7, "δ5", d5)
chk(10, "Delta w35", A * y3 * d5)
chk(11, "Delta w45", A * y4 * d5)
chk(12, "Delta Teta  5", -A * d5)
d3 = y3 * (1 - y3) * w35o * d5
d4 = y4 * (1 - y4) * w45o * d5
chk(15, "δ3", d3)
chk(16, "δ4", d4)
W98 = ("x = (1, 1) in step 98 (only x1 = x2 = 1, target 0 reproduces the printed delta5 = -0.0298615276428424, "
       "Delta w35 and delta3 from the printed state), so the correction is 0.1 x 1 x delta = %s, printed 0")
chk(19, "Delta w13", A * d3, why=W98 % "0.0010892788230975")
chk(20, "Delta w23", A * d3, why=W98 % "0.0010892788230975")
chk(21, "Delta Teta 3", -A * d3)
chk(22, "Delta w14", A * d4, why=W98 % "-0.0001879541855416")
chk(23, "Delta w24", A * d4, why=W98 % "-0.0001879541855416")
chk(24, "Delta Teta 4", -A * d4)
# ---- forward pass of example 2: x = (1, 1), target 0, with the state after step 98
y3 = sig(g["w13"] + g["w23"] - g["Teta 2"])
y4 = sig(g["w14"] + g["w24"] - g["Teta 3"])
y5 = sig(g["w35"] * y3 + g["w45"] * y4 - g["Teta 4"])
chk(38, "Oc,3", y3)
chk(39, "Oc,4", y4)
chk(40, "Oc,5", y5)
chk(41, "Eroare neuron 5", 0 - y5)
# ---- step 99
d5 = y5 * (1 - y5) * (0 - y5)
chk(46, "δ5", d5)
chk(49, "Delta w35", A * y3 * d5)
chk(50, "Delta w45", A * y4 * d5)
chk(51, "Delta Teta  5", -A * d5)
d3 = y3 * (1 - y3) * g["w35"] * d5
d4 = y4 * (1 - y4) * g["w45"] * d5
chk(54, "δ3", d3)
chk(55, "δ4", d4)
chk(58, "Delta w13", A * 1 * d3)
ok23 = chk(59, "Delta w23", A * 1 * d3, why="x2 = 1 in example 2 (the forward pass lines 38-40 needs x = (1, 1)), so "
           "Delta w23 = 0.1 x 1 x delta3 = 0.0010797298581675, printed 0 (the x2 term is dropped)")
chk(60, "Delta Teta 3", -A * d3)
chk(61, "Delta w14", A * 1 * d4)
ok24 = chk(62, "Delta w24", A * 1 * d4, why="Delta w24 = 0.1 x 1 x delta4 = -0.000185282713260552, printed 0 "
           "(the x2 term is dropped)")
chk(63, "Delta Teta 4", -A * d4)
chk(66, "w13", g["w13"] + A * d3)
chk(67, "w14", g["w14"] + A * d4)
chk(68, "w23", g["w23"] + A * d3, up_wrong=not ok23, why="w23 + Delta w23 with the true correction: "
    "0.507687716489308 + 0.0010797298581675 = 0.508767446347476; printed unchanged")
chk(69, "w24", g["w24"] + A * d4, up_wrong=not ok24, why="w24 + Delta w24 with the true correction: "
    "0.970573683236741 - 0.000185282713260552 = 0.970388400523480; printed unchanged")
chk(70, "w35", g["w35"] + A * y3 * d5)
chk(71, "w45", g["w45"] + A * y4 * d5)
chk(72, "Teta 2", g["Teta 2"] - A * d3)
chk(73, "Teta 3", g["Teta 3"] - A * d4)
chk(74, "Teta 4", g["Teta 4"] - A * d5)


def main():
    wrong, right = [], []
    for c in CHECKS:
        print("line %3d  %-5s printed %-22s true %.15g %s" % (c["line"], c["status"], c["printed"], c["true"],
                                                           c["kind"] or ""))
        if c["status"] == "wrong":
            wrong.append({"line": c["line"], "page": None, "printed": c["printed"], "correct": "%.15g" % c["true"],
                          "kind": c["kind"], "why": c["why"]})
        else:
            right.append(c["line"])
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


if __name__ == "__main__":
    main()
