#!/usr/bin/env python3
"""Independent recomputation of every computed number in doc.md
(Omar Ghaffar, "XOR - Introduction to Neural Networks, Part 1", excerpt of its
display-math lines, line numbers as in the original post).

One sigmoid neuron, two inputs, no bias: input (0, 1), target 1, starting weights
w1 = 0.2 (on input 0) and w2 = 0.03 (on input 1).  Weighted sum, sigmoid output,
error = target - output, "error weighted derivative"
ewd = error * input * output * (1 - output), new weights w + ewd, second forward pass.

Judging rule: a printed result p of an expression written on the same line is right
when redoing the expression from the printed operands, rounded to p's digits, gives p
(an operand that is itself a rounded result may lie anywhere within half a unit of its
last digit; givens are exact).  Arithmetic in decimal at 60 digits.

Usage:  python3 recompute.py [--write-expected]
"""
import json
import os
import sys
from decimal import Decimal as D, getcontext, ROUND_HALF_EVEN

getcontext().prec = 60

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "doc.md")
SOURCE = ("https://github.com/osghaffar/osghaffar.github.io/blob/6cd2da3aa70253a2fb55554557abbefa18a9162e/"
          "_posts/2018-6-12-XOR-neural-networks-part-1.md")
LICENSE = ("none for the post text (the repository's LICENSE is the MIT license of the Jekyll Now theme, "
           "copyright Barry Clark, not a grant by the post's author); doc.md is an excerpt: the front matter and "
           "every display-math line (all the worked numbers) kept byte for byte at their original line numbers, "
           "every prose, code and HTML line replaced by an empty line")

with open(DOC, encoding="utf-8") as fh:
    LINES = fh.read().split("\n")


def find(text, start=1):
    """1-based number of the first line at or after `start` containing `text`; fail loudly."""
    for i in range(start - 1, len(LINES)):
        if text in LINES[i]:
            return i + 1
    raise SystemExit("line not found: %r (from line %d)" % (text, start))


def need(n, text):
    if text not in LINES[n - 1]:
        raise SystemExit("line %d does not contain %r: %r" % (n, text, LINES[n - 1]))


def sigmoid(x):
    return D(1) / (D(1) + (-x).exp())


def decimals(s):
    s = s.lstrip("-")
    return len(s.split(".")[1]) if "." in s else 0


def rnd(x, places):
    return x.quantize(D(1).scaleb(-places), rounding=ROUND_HALF_EVEN)


def half(s):
    """half a unit in the last printed digit of s."""
    return D(1).scaleb(-decimals(s)) / 2


def matches(printed, values):
    """True when any of the candidate true values rounds to the printed number."""
    p = D(printed)
    k = decimals(printed)
    return any(rnd(v, k) == p for v in values)


wrong, right, unjudged, report = [], [], [], []


def judge(n, printed, values, why, kind="first"):
    ok = matches(printed, values)
    best = values[0]
    correct = str(rnd(best, max(decimals(printed), 4)))
    if ok:
        right.append(n)
        report.append("L%-4d right  %-9s (%s)" % (n, printed, why))
    else:
        wrong.append({"line": n, "page": None, "printed": printed, "correct": correct,
                      "kind": kind, "why": why})
        report.append("L%-4d WRONG  printed %s, correct %s (%s) - %s" % (n, printed, correct, kind, why))
    return ok


# ---------------------------------------------------------------------------
# Target equations for the XOR rows: not computations with known weights.
for txt in [r"(0 \cdot w_1) + (0 \cdot w_2) = 0", r"(0 \cdot w_1) + (1 \cdot w_2) = 1",
            r"(1 \cdot w_1) + (0 \cdot w_2) = 1", r"(1 \cdot w_1) + (1 \cdot w_2) = 0"]:
    n = find(txt)
    unjudged.append({"line": n, "page": None,
                     "why": "symbolic weighted sum set equal to the XOR target of that row: a statement of the "
                            "training target (a given), not a computed value; read as a claim about w1, w2 the "
                            "four lines together are unsatisfiable (the post's own point about XOR)"})
    report.append("L%-4d unjudged (XOR target equation)" % n)

# ---------------------------------------------------------------------------
# First forward pass.
W1, W2 = D("0.2"), D("0.03")          # given starting weights (input 0 -> 0.2, input 1 -> 0.03)
X1, X2 = D(0), D(1)                   # given input
T = D(1)                              # given target

n = find(r"(0 \cdot 0.2) + (1 \cdot 0.03) = 0 + 0.03 = .03")
s1 = X1 * W1 + X2 * W2
# both printed results on the line: "0 + 0.03" (the two products) and ".03"
ok1 = (X1 * W1 == 0) and (X2 * W2 == D("0.03"))
ok2 = matches(".03", [s1])
judge(n, ".03", [s1] if ok1 and ok2 else [s1 + 1], "0*0.2 + 1*0.03 = 0 + 0.03 = 0.03")

n = find(r"\frac{1}{1 + e^{(-(.03))}} = .507")
o1 = sigmoid(D(".03"))
judge(n, ".507", [o1], "1/(1+e^-0.03) = %s" % rnd(o1, 7))

# error
n = find(r"\text{err}(0.507) = 1 - 0.507 = 0.493")
judge(n, "0.493", [T - D("0.507")], "1 - 0.507 = 0.493")

# derivative written as output*(1-output) with the printed output 0.507
n = find(r"L'(0.507) = 0.507 \cdot (1 - 0.507) = 0.249951")
d1 = D("0.507") * (1 - D("0.507"))
judge(n, "0.249951", [d1], "0.507*(1-0.507) = 0.507*0.493 = %s exactly (the label L'(0.507) means "
      "the post's output*(1-output) evaluated at the output 0.507, i.e. the sigmoid slope at the net input 0.03)" % d1)

# error weighted derivative
n = find(r"= 0.493 \cdot 1 \cdot 0.249951 = 0.1232.")
e1 = D("0.493") * 1 * D("0.249951")
judge(n, "0.1232", [e1], "0.493*1*0.249951 = %s" % e1)

# weight updates (the post adds the same ewd to both weights)
n = find(r"w_1=0.2 + .1232 = .3232")
judge(n, ".3232", [D("0.2") + D(".1232")], "0.2 + 0.1232 = 0.3232 (the post adds ewd to the weight whose "
      "input is 0 as well; arithmetic as printed is right)")
n = find(r"w_2=0.03 + .1232 = .1532")
judge(n, ".1532", [D("0.03") + D(".1232")], "0.03 + 0.1232 = 0.1532")

# second forward pass
n = find(r"(0 \cdot 0.3232) + (1 \cdot 0.1532) = 0 + 0.1532 = 0.1532")
s2 = 0 * D("0.3232") + 1 * D("0.1532")
judge(n, "0.1532", [s2], "0*0.3232 + 1*0.1532 = 0 + 0.1532 = 0.1532")

n = find(r"L(0.1532)=\frac{1}{1 + e^{-(0.1532)}} = 0.538")
h = half("0.1532")
cands = [sigmoid(D("0.1532")), sigmoid(D("0.1532") - h), sigmoid(D("0.1532") + h)]
judge(n, "0.538", cands, "1/(1+e^-0.1532) = %s" % rnd(cands[0], 7))

# sanity: lines holding only givens / formulas must still be there
for txt in [r"$$L(x)=\frac{1}{1 + e^{-x}}$$", r"\text{ewd}(x) = \text{error} \cdot \text{input}"]:
    find(txt)

print("\n".join(report))
print()
print("wrong: %d (first %d, propagated %d); right: %d; unjudged: %d" % (
    len(wrong), sum(1 for w in wrong if w["kind"] == "first"),
    sum(1 for w in wrong if w["kind"] == "propagated"), len(right), len(unjudged)))

if "--write-expected" in sys.argv:
    exp = {
        "file": "doc.md",
        "format": "md",
        "source": SOURCE,
        "license": LICENSE,
        "wrong": wrong,
        "right": sorted(right),
        "unjudged": unjudged,
        "notes": ("One sigmoid neuron (no bias) trained by hand for one step on the XOR row (0,1)->1: "
                  "every printed number checks (0.03, 0.507, 0.493, 0.249951, 0.1232, 0.3232, 0.1532, 0.1532, "
                  "0.538). Method remarks that are not arithmetic errors: the post adds the same ewd to w1 although "
                  "its input is 0 (by its own ewd formula the w1 adjustment is 0), and it labels output*(1-output) "
                  "as L'(0.507) although the slope is taken at the net input 0.03. Lines 57-65 state the XOR "
                  "targets as equations in w1, w2 and are left unjudged. Prose lines that restate 0.507, 0.1232 and "
                  "0.538 are blanked in this excerpt."),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    print("expected.json written")
