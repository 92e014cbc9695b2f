#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of Moresweet's Chinese study
note "BP神经网络训练实例" (Moresweet/cv_learn, 14.BPExample/BPExample.md, 2021): Matt Mazur's 2-2-2 sigmoid network
worked by hand - forward pass, squared-error loss, the w5 gradient and update, the w1 gradient and update through the
hidden layer, the other updated weights restated, and the loss after one and after 10000 iterations.

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Givens (the network figure of the page, restated in its sums): i1 = 0.05, i2 = 0.10; w1..w4 = 0.15, 0.20, 0.25, 0.30
(z_h1 = w1 i1 + w2 i2 + b1, z_h2 = w3 i1 + w4 i2 + b1), w5..w8 = 0.40, 0.45, 0.50, 0.55 (z_o1 = w5 a_h1 + w6 a_h2 + b2,
z_o2 = w7 a_h1 + w8 a_h2 + b2), b1 = 0.35, b2 = 0.60, targets 0.01, 0.99, sigmoid everywhere,
E = sum 1/2 (target - output)^2, learning rate eta = 0.5, biases not updated (the page updates w1..w8 only).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line that prints p as the result of an expression of numbers printed on that line is right only when
      redoing it from those numbers rounds to p at p's digits (an operand that is itself a rounded earlier result
      may be taken anywhere within half a unit of its last digit; a given is exact) - otherwise wrong, first;
  (b) a value printed without working (or restated) is right within one unit of its last digit of the true value,
      or when it follows from printed correct operands;
  (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off is wrong,
      propagated (first if the line adds a mistake of its own).
A line is wrong when any number on it is wrong.

Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/Moresweet/cv_learn/blob/f884578d7e75ef3b752dbb069dc0d0f63e51d04d/"
          "14.BPExample/BPExample.md")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of only the worked equations and numbers, "
           "line for line, markup kept, cuts marked by HTML comments")
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    """1-based number of the nth line of doc.md containing sub; fails loudly."""
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s: no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def sig(z):
    return 1 / (1 + (-D(z)).exp())


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    """rule (b): within one unit of p's last digit of the true value"""
    return abs(D(p) - rnd(x, p)) <= unit(p)


def hits_range(p, lo, hi):
    """rule (a) with rounded operands: some value of the expression in [lo, hi] rounds to p"""
    p = D(p)
    u = unit(p)
    return lo <= p + u / 2 and hi >= p - u / 2


# ---------------------------------------------------------------- the true computation
I1, I2 = D("0.05"), D("0.1")
W = [None] + [D(x) for x in "0.15 0.2 0.25 0.3 0.4 0.45 0.5 0.55".split()]
B1, B2 = D("0.35"), D("0.6")
T1, T2 = D("0.01"), D("0.99")
ETA = D("0.5")


def forward(w):
    zh1 = w[1] * I1 + w[2] * I2 + B1
    zh2 = w[3] * I1 + w[4] * I2 + B1
    h1, h2 = sig(zh1), sig(zh2)
    zo1 = w[5] * h1 + w[6] * h2 + B2
    zo2 = w[7] * h1 + w[8] * h2 + B2
    o1, o2 = sig(zo1), sig(zo2)
    return dict(zh1=zh1, zh2=zh2, h1=h1, h2=h2, zo1=zo1, zo2=zo2, o1=o1, o2=o2,
                E1=(T1 - o1) ** 2 / 2, E2=(T2 - o2) ** 2 / 2, E=(T1 - o1) ** 2 / 2 + (T2 - o2) ** 2 / 2)


def grads(w, f):
    d1 = (f["o1"] - T1) * f["o1"] * (1 - f["o1"])
    d2 = (f["o2"] - T2) * f["o2"] * (1 - f["o2"])
    e_h1 = d1 * w[5] + d2 * w[7]
    e_h2 = d1 * w[6] + d2 * w[8]
    dh1 = e_h1 * f["h1"] * (1 - f["h1"])
    dh2 = e_h2 * f["h2"] * (1 - f["h2"])
    g = [None, dh1 * I1, dh1 * I2, dh2 * I1, dh2 * I2, d1 * f["h1"], d1 * f["h2"], d2 * f["h1"], d2 * f["h2"]]
    return g, dict(d1=d1, d2=d2, eo1_h1=d1 * w[5], eo2_h1=d2 * w[7], e_h1=e_h1, dh1=dh1)


F = forward(W)
G, X = grads(W, F)
W1 = [None] + [W[k] - ETA * G[k] for k in range(1, 9)]
F1 = forward(W1)
WW = W1
for _ in range(9999):
    ff = forward(WW)
    gg, _x = grads(WW, ff)
    WW = [None] + [WW[k] - ETA * gg[k] for k in range(1, 9)]
F10000 = forward(WW)

# ---------------------------------------------------------------- judging
RIGHT = {}
WRONG = {}
NOTES = []


def ok(line, cond, printed, correct, why):
    if cond:
        RIGHT.setdefault(line, []).append(printed)
    else:
        WRONG[line] = dict(line=line, page=None, printed=printed, correct=correct, kind="first", why=why)


# line: z_h1 = 0.15*0.05 + 0.2*0.1 + 0.35*1 = 0.3775 (exact givens)
ln = line_of(r"&=0.15\times0.05+0.2\times0.1+0.35\times 1\\&=0.3775")
v = D("0.15") * D("0.05") + D("0.2") * D("0.1") + D("0.35")
ok(ln, v == D("0.3775"), "0.3775", str(v), "0.15*0.05 + 0.2*0.1 + 0.35 = %s" % v)

# a_h1 = 1/(1+e^-0.3775) = 0.593269992
ln = line_of(r"\frac{1}{1+e^{-0.3775}}=0.593269992")
ok(ln, rnd(sig(D("0.3775")), D("0.593269992")) == D("0.593269992"), "0.593269992", str(rnd(sig(D("0.3775")), D("1e-9"))),
   "sigma(0.3775) = %s" % sig(D("0.3775")))

# a_h2 = 0.596884378 (no working)
ln = line_of("a_{h2}=0.596884378")
ok(ln, near("0.596884378", F["h2"]), "0.596884378", str(rnd(F["h2"], D("1e-9"))), "sigma(0.3925)")

# z_o1 = 0.4*0.593269992 + 0.45*0.596884378 + 0.6 = 1.105905967
ln = line_of(r"0.4\times 0.593269992+0.45\times 0.596884378+0.6\times 1\\&=1.105905967")
v = D("0.4") * D("0.593269992") + D("0.45") * D("0.596884378") + D("0.6")
lo = v - (D("0.4") + D("0.45")) * D("5e-10")
hi = v + (D("0.4") + D("0.45")) * D("5e-10")
ok(ln, hits_range("1.105905967", lo, hi), "1.105905967", str(rnd(v, D("1e-9"))), "sum = %s" % v)

# a_o1 = 1/(1+e^-1.105905967) = 0.751365069 (close call, see notes)
ln = line_of(r"\frac{1}{1+e^{-1.105905967}}\\&=0.751365069")
lo, hi = sig(D("1.1059059665")), sig(D("1.1059059675"))
ok(ln, hits_range("0.751365069", lo, hi), "0.751365069", str(rnd(sig(D("1.105905967")), D("1e-9"))),
   "sigma(1.105905967)")
NOTES.append("line %d: sigma(1.105905967) = %s rounds to 0.751365070, but with the rounded operand anywhere in "
             "[1.1059059665, 1.1059059675] sigma spans [%s, %s], which contains values rounding to the printed "
             "0.751365069 (and the exact a_o1 = %s is 0.55 units from it): right, close call"
             % (ln, rnd(sig(D("1.105905967")), D("1e-12")), rnd(lo, D("1e-12")), rnd(hi, D("1e-12")),
                rnd(F["o1"], D("1e-12"))))

# a_o2 = 0.772928465 restated
ln = line_of("a_{o2}=0.772928465")
ok(ln, near("0.772928465", F["o2"]), "0.772928465", str(rnd(F["o2"], D("1e-9"))), "sigma(z_o2)")

# outputs [0.751365069, 0.772928465] restated
ln = line_of("[0.751365069,0.772928465]")
ok(ln, near("0.751365069", F["o1"]) and near("0.772928465", F["o2"]), "0.751365069, 0.772928465",
   "%s, %s" % (rnd(F["o1"], D("1e-9")), rnd(F["o2"], D("1e-9"))), "restated outputs")

# E_o1 = 1/2 (0.01 - 0.751365069)^2 = 0.274811083
ln = line_of(r"E_{o1}=\frac{1}{2}(0.01-0.751365069)^2=0.274811083")
v = (D("0.751365069") - D("0.01")) ** 2 / 2
ok(ln, rnd(v, D("1e-9")) == D("0.274811083"), "0.274811083", str(rnd(v, D("1e-9"))), "1/2 * 0.741365069^2 = %s" % v)

# E_o2 = 1/2 (0.99 - 0.772928465)^2 = 0.023560026
ln = line_of(r"E_{o2}=\frac{1}{2}(0.99-0.772928465)^2=0.023560026")
v = (D("0.99") - D("0.772928465")) ** 2 / 2
ok(ln, rnd(v, D("1e-9")) == D("0.023560026"), "0.023560026", str(rnd(v, D("1e-9"))), "1/2 * 0.217071535^2 = %s" % v)

# E_total = E_o1 + E_o2 = 0.298371109 (the sum of the two printed values, and the true value)
ln = line_of("E_{total}=E_{o1}+E_{o2}=0.298371109")
ok(ln, D("0.274811083") + D("0.023560026") == D("0.298371109") and near("0.298371109", F["E"]), "0.298371109",
   str(rnd(F["E"], D("1e-9"))), "0.274811083 + 0.023560026")

# dE/da_o1 = 0.751365069 - 0.01 = 0.741365069
ln = line_of(r"&=0.751365069-0.01\\&=0.741365069")
ok(ln, D("0.751365069") - D("0.01") == D("0.741365069"), "0.741365069", "0.741365069", "difference")

# da_o1/dz_o1 = 0.751365069 (1 - 0.751365069) = 0.186815602
ln = line_of(r"&=0.751365069\times(1-0.751365069)\\&=0.186815602")
v = D("0.751365069") * (1 - D("0.751365069"))
ok(ln, rnd(v, D("1e-9")) == D("0.186815602"), "0.186815602", str(rnd(v, D("1e-9"))), "product = %s" % v)

# dz_o1/dw5 = a_h1 = 0.593269992 (restated)
ln = line_of(r"\frac{\partial z_{o1}}{\partial w_5}&=a_{h1}\\&=0.593269992")
ok(ln, near("0.593269992", F["h1"]), "0.593269992", str(rnd(F["h1"], D("1e-9"))), "restated a_h1")

# dE/dw5 = 0.741365069 * 0.186815602 * 0.593269992 = 0.082167041
ln = line_of(r"=0.741365069\times0.186815602\times0.593269992=0.082167041")
v = D("0.741365069") * D("0.186815602") * D("0.593269992")
ok(ln, rnd(v, D("1e-9")) == D("0.082167041"), "0.082167041", str(rnd(v, D("1e-9"))), "product = %s" % v)

# w5+ = 0.4 - 0.5 * 0.082167041 = 0.35891648
ln = line_of(r"&=0.4-0.5\times0.082167041\\&=0.35891648")
v = D("0.4") - D("0.5") * D("0.082167041")
ok(ln, rnd(v, D("1e-8")) == D("0.35891648"), "0.35891648", str(rnd(v, D("1e-8"))), "0.4 - 0.0410835205 = %s" % v)

# w6+, w7+, w8+ restated
for k, p in ((6, "0.408666186"), (7, "0.511301270"), (8, "0.561370121")):
    ln = line_of("w_%d^+=%s" % (k, p))
    ok(ln, near(p, W1[k]), p, str(rnd(W1[k], D(p))), "w%d - 0.5 dE/dw%d = %s" % (k, k, W1[k]))

# dE_o1/da_h1 = 0.741365069 * 0.186815602 * 0.4 = 0.055399425
ln = line_of(r"&=0.741365069\times0.186815602\times0.4\\&=0.055399425")
v = D("0.741365069") * D("0.186815602") * D("0.4")
ok(ln, rnd(v, D("1e-9")) == D("0.055399425"), "0.055399425", str(rnd(v, D("1e-9"))), "product = %s" % v)

# dE_o2/da_h1 = -0.019049119 (no working; close call)
ln = line_of(r"\frac{\partial E_{o2}}{\partial a_{h1}}=-0.019049119")
ok(ln, near("-0.019049119", X["eo2_h1"]), "-0.019049119", str(rnd(X["eo2_h1"], D("1e-9"))), "delta_o2 * w7")
NOTES.append("line %d: dE_o2/da_h1 = delta_o2 * w7 = %s rounds to -0.019049118; the printed -0.019049119 (Mazur's "
             "figure) is 0.74 units off, within the one-unit allowance for a value printed without working: right"
             % (ln, rnd(X["eo2_h1"], D("1e-12"))))

# dE/da_h1 = 0.055399435 - 0.019049119 = 0.036350306  <- copied operand wrong, result not from the printed operands
ln = line_of(r"&=0.055399435-0.019049119\\&=0.036350306")
v_printed = D("0.055399435") - D("0.019049119")
v_right = D("0.055399425") - D("0.019049119")
WRONG[ln] = dict(line=ln, page=None, printed="0.055399435", correct="0.055399425",
                 kind="first",
                 why=("the first term restates dE_o1/da_h1, printed 0.055399425 two blocks earlier, as 0.055399435 "
                      "(a digit slip); with the operands printed on this line, 0.055399435 - 0.019049119 = %s, not "
                      "the printed 0.036350306 (which is the right value, %s, from 0.055399425)"
                      % (v_printed, rnd(X["e_h1"], D("1e-9")))))
assert v_right == D("0.036350306") and v_printed == D("0.036350316")

# da_h1/dz_h1 = 0.593269992 (1 - 0.593269992) = 0.2413007086
ln = line_of(r"&=0.593269992\times(1-0.593269992)\\&=0.2413007086")
v = D("0.593269992") * (1 - D("0.593269992"))
ok(ln, rnd(v, D("1e-10")) == D("0.2413007086"), "0.2413007086", str(rnd(v, D("1e-10"))), "product = %s" % v)

# dE/dw1 = 0.036350306 * 0.2413007086 * 0.05 = 0.000438568
ln = line_of(r"=0.036350306\times0.2413007086\times0.05=0.000438568")
v = D("0.036350306") * D("0.2413007086") * D("0.05")
ok(ln, rnd(v, D("1e-9")) == D("0.000438568"), "0.000438568", str(rnd(v, D("1e-9"))), "product = %s" % v)

# w1+ = 0.15 - 0.5 * 0.000438568 = 0.149780716
ln = line_of(r"=0.15-0.5\times0.000438568=0.149780716")
v = D("0.15") - D("0.5") * D("0.000438568")
ok(ln, rnd(v, D("1e-9")) == D("0.149780716"), "0.149780716", str(rnd(v, D("1e-9"))), "difference = %s" % v)

# w2+, w3+, w4+ restated
for k, p in ((2, "0.19956143"), (3, "0.24975114"), (4, "0.29950229")):
    ln = line_of("w_%d^+=%s" % (k, p))
    ok(ln, near(p, W1[k]), p, str(rnd(W1[k], D(p))), "w%d - 0.5 dE/dw%d = %s" % (k, k, W1[k]))

# closing remark: 0.298371109 -> 0.291027924 after one step; 0.000035085 after 10000; outputs
ln = line_of("0.291027924")
e1 = rnd(F1["E"], D("1e-9"))
assert near("0.298371109", F["E"])
WRONG[ln] = dict(line=ln, page=None, printed="0.291027924", correct=str(e1), kind="first",
                 why=("total error after the first update (w1..w8 updated as on the page, biases kept): forward pass "
                      "with the updated weights gives E = %s -> %s, the printed 0.291027924 (Mazur's published "
                      "figure) is %s units off; on the same line the 10000-iteration figures 0.000035085 and outputs "
                      "[0.015912196, 0.984065734] do not match the same procedure run 10000 times either (E = %s, "
                      "outputs %s, %s); the restated 0.298371109 is right"
                      % (rnd(F1["E"], D("1e-12")), e1, (D("0.291027924") - e1) / D("1e-9"),
                         rnd(F10000["E"], D("1e-13")), rnd(F10000["o1"], D("1e-9")), rnd(F10000["o2"], D("1e-9")))))
NOTES.append("line %d: besides 0.291027924 (the line's first wrong number), the post's 10000-iteration figures "
             "(E = 0.000035085, outputs 0.015912196 / 0.984065734) differ from a 10000-step run of the page's own "
             "procedure (E = %s, outputs %s / %s); Mazur's original post prints 0.0000351085 - the page also "
             "dropped a digit. These cannot be redone by hand and are only mentioned in the why."
             % (ln, rnd(F10000["E"], D("1e-13")), rnd(F10000["o1"], D("1e-9")), rnd(F10000["o2"], D("1e-9"))))

NOTES.append("Not judged as numbers (no numbers on them): the page's formula lines write dE_total/da_h1 as the "
             "PRODUCT dE_o1/da_h1 x dE_o2/da_h1 (cut lines 162 and 170 of the source, and the formula part of the "
             "kept line with 0.055399435) although the text says the two are added and the numbers are subtracted; "
             "the line is listed as wrong for its numbers.")
NOTES.append("Convention: the page writes the output error as -(target - a) and updates w <- w - eta dE/dw with "
             "eta = 0.5; biases are never updated. Givens (inputs, initial weights) are only in the figure, which is "
             "cut; they are Mazur's and are restated in the sums. Line with i_1 = 0.05 states a given: in neither list.")

for ln in list(RIGHT):
    if ln in WRONG:
        del RIGHT[ln]


def main():
    print("doc: %s (%d lines)" % (DOCFILE, len(DOC)))
    for ln in sorted(set(RIGHT) | set(WRONG)):
        if ln in WRONG:
            w = WRONG[ln]
            print("WRONG %4d  printed %s  correct %s  [%s]  %s" % (ln, w["printed"], w["correct"], w["kind"], w["why"]))
        else:
            print("right %4d  %s" % (ln, ", ".join(RIGHT[ln])))
    print("%d wrong (%d first, %d propagated), %d right"
          % (len(WRONG), sum(1 for w in WRONG.values() if w["kind"] == "first"),
             sum(1 for w in WRONG.values() if w["kind"] == "propagated"), len(RIGHT)))
    for n in NOTES:
        print("note:", n)
    if "--write-expected" in sys.argv:
        out = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": [WRONG[k] for k in sorted(WRONG)], "right": sorted(RIGHT), "notes": " | ".join(NOTES)}
        (HERE / "expected.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote expected.json")


if __name__ == "__main__":
    main()
