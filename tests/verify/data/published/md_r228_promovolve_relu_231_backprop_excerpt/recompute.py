#!/usr/bin/env python3
"""Independent recomputation of every computed number in doc.md (hold-out round 228).

doc.md is an excerpt (byte-for-byte lines) of src/rl-tutorial/03-neural-network.md of
promovolve/promovolve-book at commit ea455d93052e859e507ac7f45ab12041cb983eb1: a 2-3-1 network
(ReLU hidden layer, linear output), one forward pass, MSE loss, one SGD step of backpropagation,
plus a parameter-count table and a small MSE example.

Plain Python 3, decimal at 60 digits. Lines are located by their text; the script stops if a
line is not found or not unique. Run with --write-expected to (re)write expected.json.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, getcontext, ROUND_HALF_EVEN

getcontext().prec = 60
HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "doc.md")
SOURCE = ("https://github.com/promovolve/promovolve-book/blob/"
          "ea455d93052e859e507ac7f45ab12041cb983eb1/src/rl-tutorial/03-neural-network.md")
LICENSE = ("none (the repository has no LICENSE file at that commit or at HEAD and the book states no "
           "licence); doc.md is an excerpt of only the worked tables, code blocks and headings "
           "(source lines 39-44, 48, 52-54, 58-70, 72, 74, 76-80, 82, 86-90, 92, 94-98, 199-201, 203, "
           "205-209, 313, 317-320, 322, 324-326, 330, 332, 334-339, 343, 345-349, 351, 353-357), each "
           "line byte for byte; all explanatory prose and the Scala code listings are cut")

with open(DOC, encoding="utf-8") as fh:
    LINES = fh.read().split("\n")
if LINES and LINES[-1] == "":
    LINES.pop()


def find(snippet):
    hits = [i + 1 for i, l in enumerate(LINES) if snippet in l]
    if len(hits) != 1:
        sys.exit("FATAL: snippet %r found on lines %r (need exactly one)" % (snippet, hits))
    return hits[0]


def decimals(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def round_to(x, nd):
    q = D(1).scaleb(-nd)
    return x.quantize(q, rounding=ROUND_HALF_EVEN)


def ok(printed, true):
    """Rule (a)/(b): printed p is right when true rounded to p's digits equals p,
    or when |p - true| <= one unit of p's last digit."""
    p = D(printed.replace(",", ""))
    nd = decimals(printed)
    if round_to(true, nd) == p:
        return True
    return abs(p - true) <= D(1).scaleb(-nd)


# ---------------------------------------------------------------- givens
x = [D("1.0"), D("2.0")]
W1 = [[D("0.5"), D("-0.3")], [D("-0.2"), D("0.8")], [D("0.4"), D("0.4")]]
b1 = [D("0.1"), D("0.0"), D("-0.5")]
W2 = [D("0.6"), D("-0.4"), D("0.9")]
b2 = D("0.2")
target = D("1.0")
lr = D("0.1")

# ---------------------------------------------------------------- true values
prod = [[W1[j][k] * x[k] for k in range(2)] for j in range(3)]
z1 = [prod[j][0] + prod[j][1] + b1[j] for j in range(3)]
a1 = [max(D(0), z) for z in z1]
terms = [W2[j] * a1[j] for j in range(3)]
out = sum(terms) + b2
delta_out = 2 * (out - target) / 1
dbias = -lr * delta_out                      # amount the bias increases
dw = [-lr * delta_out * a1[j] for j in range(3)]  # amount each weight increases
nextdelta = [delta_out * W2[j] for j in range(3)]
delta_h = [nextdelta[j] if a1[j] > 0 else D(0) for j in range(3)]

# MSE example
o_ex = [D("0.3"), D("-0.1"), D("0.5")]
t_ex = [D("0.3"), D("0.2"), D("0.5")]
sq = [(o - t) ** 2 for o, t in zip(o_ex, t_ex)]
mse = sum(sq) / 3

# parameter counts
n1w, n2w, n3w = 8 * 64, 64 * 64, 64 * 7
n1, n2, n3 = n1w + 64, n2w + 64, n3w + 7
ntot = n1 + n2 + n3

# ---------------------------------------------------------------- checks
# each: (snippet, [(printed, true, label)], note)
CHECKS = [
    ("| Input to Hidden 1", [("512", D(n1w), "8 x 64"), ("576", D(n1), "512 + 64")]),
    ("| Hidden 1 to Hidden 2", [("4,096", D(n2w), "64 x 64"), ("4,160", D(n2), "4096 + 64")]),
    ("| Hidden 2 to Output", [("448", D(n3w), "64 x 7"), ("455", D(n3), "448 + 7")]),
    ("| **Total**", [("5,191", D(ntot), "576 + 4160 + 455")]),
    ("hidden_0 = 0.5*1.0", [("0.5", prod[0][0], "0.5*1.0"), ("-0.6", prod[0][1], "(-0.3)*2.0"),
                            ("0.0", z1[0], "z1[0]")]),
    ("hidden_1 = (-0.2)*1.0", [("-0.2", prod[1][0], "(-0.2)*1.0"), ("1.6", prod[1][1], "0.8*2.0"),
                               ("1.4", z1[1], "z1[1]")]),
    ("hidden_2 = 0.4*1.0", [("0.4", prod[2][0], "0.4*1.0"), ("0.8", prod[2][1], "0.4*2.0"),
                            ("0.7", z1[2], "z1[2]")]),
    ("hidden_0 = max(0, 0.0)", [("0.0", z1[0], "restated z1[0]"), ("0.0", a1[0], "ReLU")]),
    ("hidden_1 = max(0, 1.4)", [("1.4", z1[1], "restated z1[1]"), ("1.4", a1[1], "ReLU")]),
    ("hidden_2 = max(0, 0.7)", [("0.7", z1[2], "restated z1[2]"), ("0.7", a1[2], "ReLU")]),
    ("output_0 = 0.6*0.0", [("0.0", a1[0], "restated a1[0]"), ("1.4", a1[1], "restated a1[1]"),
                            ("0.7", a1[2], "restated a1[2]")]),
    ("= 0.0 - 0.56 + 0.63 + 0.2", [("0.0", terms[0], "0.6*0.0"), ("-0.56", terms[1], "(-0.4)*1.4"),
                                   ("0.63", terms[2], "0.9*0.7")]),
    ("         = 0.27", [("0.27", out, "output_0")]),
    ("= (0 + 0.09 + 0) / 3", [("0", sq[0], "(0.3-0.3)^2"), ("0.09", sq[1], "(-0.1-0.2)^2"),
                              ("0", sq[2], "(0.5-0.5)^2")]),
    ("     = 0.03", [("0.03", mse, "0.09/3")]),
    ("- Forward pass output: `0.27`", [("0.27", out, "restated output")]),
    ("delta_output = 2 * (0.27 - 1.0) / 1", [("0.27", out, "restated output"),
                                             ("-1.46", delta_out, "2*(0.27-1.0)/1")]),
    ("Recall the hidden activations were", [("0.0", a1[0], "a1[0]"), ("1.4", a1[1], "a1[1]"),
                                            ("0.7", a1[2], "a1[2]")]),
    ("bias_0   -= 0.1 * (-1.46)", [("-1.46", delta_out, "restated delta"),
                                    ("0.146", dbias, "bias increase 0.1*1.46")]),
    ("w(0,0)   -= 0.1 * (-1.46) * 0.0", [("-1.46", delta_out, "restated delta"),
                                          ("0.0", a1[0], "restated a1[0]"),
                                          ("0", dw[0], "'no change'")]),
    ("w(0,1)   -= 0.1 * (-1.46) * 1.4", [("-1.46", delta_out, "restated delta"),
                                          ("1.4", a1[1], "restated a1[1]"),
                                          ("0.2044", dw[1], "weight increase 0.1*1.46*1.4")]),
    ("w(0,2)   -= 0.1 * (-1.46) * 0.7", [("-1.46", delta_out, "restated delta"),
                                          ("0.7", a1[2], "restated a1[2]"),
                                          ("0.1022", dw[2], "weight increase 0.1*1.46*0.7")]),
    ("nextDelta(0) = (-1.46) * 0.6", [("-1.46", delta_out, "restated delta"),
                                       ("-0.876", nextdelta[0], "-1.46*0.6")]),
    ("nextDelta(1) = (-1.46) * (-0.4)", [("-1.46", delta_out, "restated delta"),
                                          ("0.584", nextdelta[1], "-1.46*-0.4")]),
    ("nextDelta(2) = (-1.46) * 0.9", [("-1.46", delta_out, "restated delta"),
                                       ("-1.314", nextdelta[2], "-1.46*0.9")]),
    ("hidden_0 activation was 0.0", [("0.0", a1[0], "restated a1[0]"),
                                      ("0.0", delta_h[0], "ReLU'(0)=0 per the code's prevAct>0 test")]),
    ("hidden_1 activation was 1.4", [("1.4", a1[1], "restated a1[1]"), ("0.584", delta_h[1], "delta(1)")]),
    ("hidden_2 activation was 0.7", [("0.7", a1[2], "restated a1[2]"), ("-1.314", delta_h[2], "delta(2)")]),
]


def main():
    wrong, right = [], []
    print("Recomputation of doc.md (promovolve-book, 2-3-1 ReLU network)")
    for snippet, items in CHECKS:
        ln = find(snippet)
        text = LINES[ln - 1]
        bad = []
        for printed, true, label in items:
            # the printed token must occur on the line (commas kept as printed)
            # (a sign may be written as a separate operator, e.g. "0.5 - 0.6", so test the magnitude)
            if printed.lstrip("-") not in text:
                sys.exit("FATAL: printed %r not on line %d: %r" % (printed, ln, text))
            good = ok(printed, true)
            print("  line %2d  %-40s printed %-8s true %s  %s" % (
                ln, label, printed, format(true.normalize(), "f") if true != 0 else "0", "ok" if good else "WRONG"))
            if not good:
                bad.append((printed, true, label))
        if bad:
            wrong.append({"line": ln, "page": None,
                          "printed": ", ".join(b[0] for b in bad),
                          "correct": ", ".join(str(b[1]) for b in bad),
                          "kind": "first",
                          "why": "; ".join("%s: printed %s, true %s" % (b[2], b[0], b[1]) for b in bad)})
        else:
            right.append(ln)
    right = sorted(set(right))
    print("wrong lines:", [w["line"] for w in wrong])
    print("right lines:", right)
    print("%d wrong, %d right" % (len(wrong), len(right)))
    if "--write-expected" in sys.argv:
        exp = {
            "file": "doc.md",
            "format": "md",
            "source": SOURCE,
            "license": LICENSE,
            "wrong": wrong,
            "right": right,
            "notes": ("Clean document: every computed number checks. 2-3-1 network, inputs [1.0, 2.0], ReLU "
                      "hidden layer, linear output, target 1.0, lr 0.1, loss MSE with gradient 2(out-t)/n. "
                      "Pre-activations (0.0, 1.4, 0.7) and output 0.27 are exact; delta_output = -1.46, "
                      "bias/weight increases 0.146, 0, 0.2044, 0.1022, back-propagated deltas -0.876, 0.584, "
                      "-1.314 all exact. hidden_0's pre-activation is exactly 0, so its ReLU derivative is taken "
                      "as 0, following the code shown in the book (prevAct(k) > 0.0); the doc says so. "
                      "nextDelta uses the old output weights, which is also what the book's code does "
                      "(nextDelta is accumulated before the weight update in the loop). Lines holding only "
                      "givens (weight tables, inputs, target, learning rate, the MSE example's first line "
                      "'loss = ((0.3-0.3)^2 + ...) / 3') are in neither list."),
        }
        with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
            json.dump(exp, fh, indent=1, ensure_ascii=False)
            fh.write("\n")
        print("wrote expected.json")


if __name__ == "__main__":
    main()
