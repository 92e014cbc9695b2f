#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an equations-and-numbers excerpt of the
Jekyll blog post "An introduction to neural networks" (2016-08-11) by GitHub user harokb / bonaert (Greg Bonaert),
file _posts/2016-08-11-intro-to-neural-nets.markdown of github.com/bonaert/bonaert at commit
4b948612b27c40fb4e437da3aee60833aeab9b9d. No license is stated, so doc.md keeps only the lines that carry the worked
numbers (verbatim, in the original order); line numbers below are those of doc.md.

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

The post works one gradient step for the top output weight w1 of Steven Miller's XOR example network (inputs 1, 1;
hidden layer of 3 sigmoid units; one sigmoid output unit, output weights 0.3, 0.5, 0.9; target 0; E = 1/2 (t - o)^2;
learning rate 0.2).  The text prints the net input of the first hidden unit (1*0.8 + 1*0.2 = 1), then takes the
network output 0.77 and the first hidden activation 0.73 from the figures (which reproduce Miller's post), and
computes dE/do, do/dnet, dE/dw1 and the updated w1.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers (rounded operands anywhere within half a unit, givens exact) rounds to p;
  (b) a value printed without working, or restated, is right within one unit of the true value, or when it follows
      from printed correct operands;
  (c) a restated or recomputed consequence of a wrong value is wrong, propagated.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/bonaert/bonaert/blob/4b948612b27c40fb4e437da3aee60833aeab9b9d/"
          "_posts/2016-08-11-intro-to-neural-nets.markdown")
LICENSE = ("none stated (no LICENSE file in any stored version of the repository); doc.md is an excerpt of the lines "
           "holding the worked equations and numbers, verbatim and in order, with the Jekyll front matter")
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    """1-based line of the nth line of the document containing sub; fails loudly."""
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
    """rule (b): within one unit of p's last digit of the true value."""
    return abs(D(p) - rnd(x, p)) <= unit(p)


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, lo=None, hi=None, up=(), why="", correct=None):
    """Judge one printed number.
    lo, hi: when the line prints the working, the range the expression takes with every rounded printed operand moved
            within half a unit of its last digit (givens fixed); rule (a) needs p = round(v) for some v in [lo, hi]
            (the expressions here are monotone in each operand over the box, so the ends bound them).
    up: ids of checks this value comes from; a value off from the truth that comes from a wrong one is propagated.
    """
    assert printed in DOC[line - 1], (cid, line, printed)
    p = D(printed)
    status, kind = "right", None
    up_bad = any(STATUS.get(u) == "wrong" for u in up)
    if lo is not None:
        a, b = min(D(lo), D(hi)), max(D(lo), D(hi))
        if not (rnd(a, p) <= p <= rnd(b, p)):
            status, kind = "wrong", "first"
        elif up_bad and not near(p, true):
            status, kind = "wrong", "propagated"
    elif not near(p, true):
        status, kind = "wrong", ("propagated" if up_bad else "first")
    STATUS[cid] = status
    CHECKS.append({"id": cid, "line": line, "printed": printed, "true": D(true), "status": status, "kind": kind,
                   "why": why, "correct": correct if correct is not None else str(rnd(true, p))})
    return status


def half(p):
    return unit(p) / 2


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:100]))
        for c in cs:
            print("            %-10s printed %-8s true %-22s -> %s%s" % (
                c["id"], c["printed"], "%.12g" % c["true"], c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(c["correct"] for c in bad),
                          "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(dict.fromkeys(c["why"] or "computed from a wrong value" for c in bad))})
        else:
            right.append(n)
    return wrong, right


def main(notes):
    wrong, right = report()
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": notes}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


# ---- givens -------------------------------------------------------------------------------------------------------
X = [D(1), D(1)]                      # XOR input (1, 1), target 0 (the "0" in -(0 - 0.77))
T = D(0)
W_H1 = [D("0.8"), D("0.2")]           # printed in the text: weights into hidden node N (the first hidden unit)
W_OUT = [D("0.3"), D("0.5"), D("0.9")]  # printed: "currently 0.3, 0.5 and 0.9"
ETA = D("0.2")                        # printed: alpha = 0.2
assert "$$0.3, 0.5$$ and $$0.9$$" in DOC[line_of("Let's start with the weights of the last layer") - 1]
assert "$$\\alpha = 0.2$$" in DOC[line_of("Let's $$\\alpha = 0.2$$") - 1]
# The weights into the other two hidden units appear only in the post's figures, which are taken (and credited) from
# Steven Miller's "mind" post: (0.4, 0.9) and (0.3, 0.5), giving hidden net inputs 1, 1.3, 0.8.  They are used only to
# get the true network output and first hidden activation; every judgement below also holds when the figure values
# 0.77 and 0.73 are simply taken as given.
W_H2 = [D("0.4"), D("0.9")]
W_H3 = [D("0.3"), D("0.5")]

# ---- exact chain ----------------------------------------------------------------------------------------------------
net = [sum(w * x for w, x in zip(ws, X)) for ws in (W_H1, W_H2, W_H3)]
h = [sig(n) for n in net]
o_net = sum(w * a for w, a in zip(W_OUT, h))
o = sig(o_net)
dE_do = -(T - o)
do_dnet = o * (1 - o)
dnet_dw1 = h[0]
dE_dw1 = dE_do * do_dnet * dnet_dw1
w1_new = W_OUT[0] - ETA * dE_dw1

# line: 1 x 0.8 = 0.8 and 1 x 0.2 = 0.2 ... 0.8 + 0.2 = 1  (exact arithmetic of givens)
n = line_of("We get 1 x 0.8 = 0.8")
for cid, printed, val in (("x1w1", "0.8", X[0] * W_H1[0]), ("x2w2", "0.2", X[1] * W_H1[1])):
    chk(cid, n, printed, val, lo=val, hi=val, why="1 x %s = %s" % (printed, val))
chk("net_h1", n, "1", net[0], lo=D("0.8") + D("0.2"), hi=D("0.8") + D("0.2"), up=("x1w1", "x2w2"),
    why="0.8 + 0.2 = 1.0")
assert "0.8 + 0.2 = 1 ." in DOC[n - 1]

# line: -(A - output) = -(0 - 0.77) = 0.77 ; output 0.77 is read off the figure (true network output below)
n = line_of("= - (A - output) = - (0 - 0.77) = 0.77$$")
chk("out", n, "0.77", o, why="network output sigma(0.3 s(1) + 0.5 s(1.3) + 0.9 s(0.8)) = %s" % rnd(o, D("0.0001")))
P_OUT = D("0.77")
chk("dE_do", n, "0.77", dE_do, lo=-(T - (P_OUT - half(P_OUT))), hi=-(T - (P_OUT + half(P_OUT))), up=("out",),
    why="-(0 - 0.77) = 0.77")

# line: output * (1 - output) = 0.77 * (1 - 0.77) = 0.17
n = line_of("= 0.77 * (1 - 0.77) = 0.17")
lo_o, hi_o = P_OUT - half(P_OUT), P_OUT + half(P_OUT)
f = lambda v: v * (1 - v)
chk("do_dnet", n, "0.17", do_dnet, lo=min(f(lo_o), f(hi_o)), hi=max(f(lo_o), f(hi_o)), up=("out",),
    why="0.77 * 0.23 = 0.1771 (rule (a) range with 0.77 in [0.765, 0.775]: [0.1744, 0.1798]); true o(1-o) = %s"
        % rnd(do_dnet, D("0.0001")))

# line: input_1 = 0.73 (first hidden activation, sigma(1), from the figure)
n = line_of("= input_1 = 0.73 $$")
chk("h1", n, "0.73", h[0], why="sigma(1) = %s" % rnd(h[0], D("0.0001")))

# line: 0.77 * 0.17 * 0.73 = 0.095
n = line_of("= 0.77 * 0.17 * 0.73 = 0.095$$")
P_D, P_H = D("0.17"), D("0.73")
lo = (P_OUT - half(P_OUT)) * (P_D - half(P_D)) * (P_H - half(P_H))
hi = (P_OUT + half(P_OUT)) * (P_D + half(P_D)) * (P_H + half(P_H))
chk("dE_dw1", n, "0.095", dE_dw1, lo=lo, hi=hi, up=("dE_do", "do_dnet", "h1"),
    why="0.77 * 0.17 * 0.73 = 0.095557 (exact product of the printed operands); rule (a) range [%s, %s]"
        % (rnd(lo, D("0.0001")), rnd(hi, D("0.0001"))))

# line: 0.3 - 0.2 * 0.095 = 0.281
n = line_of("= 0.3 - 0.2 * 0.095 = 0.281$$")
P_G = D("0.095")
chk("w1_new", n, "0.281", w1_new, lo=W_OUT[0] - ETA * (P_G + half(P_G)), hi=W_OUT[0] - ETA * (P_G - half(P_G)),
    up=("dE_dw1",), why="0.3 - 0.2 * 0.095 = 0.281")

NOTES = ("Excerpt (no license) of a 2016 Jekyll post working one gradient step for the top output weight of Steven "
         "Miller's 2-3-1 sigmoid XOR network (input (1, 1), target 0, E = 1/2 (t - o)^2, output weights 0.3, 0.5, "
         "0.9, learning rate 0.2). Every computed line is right. Line 7: 1 x 0.8 = 0.8, 1 x 0.2 = 0.2, 0.8 + 0.2 = 1 "
         "(the first hidden net input). Line 13: the output 0.77 comes from the post's figure; the true output is "
         "sigma(0.3 sigma(1) + 0.5 sigma(1.3) + 0.9 sigma(0.8)) = sigma(1.2332) = 0.7744, and -(0 - 0.77) = 0.77. "
         "Line 15: 0.77 * (1 - 0.77) = 0.1771 would round to 0.18, but 0.77 is itself rounded and for an output in "
         "[0.765, 0.775] the product runs over [0.1744, 0.1798], so 0.17 is reachable (rule a); the true o(1 - o) "
         "= 0.1747 also rounds to 0.17. Line 17: input_1 = sigma(1) = 0.7311 -> 0.73. Line 18: 0.77 * 0.17 * 0.73 "
         "= 0.0956 exactly from the printed operands (it would print 0.096), but with each rounded operand within "
         "half a unit the product runs over [0.0915, 0.0997], so 0.095 is reachable (rule a): a close call, and the "
         "true chain value is 0.0989 (0.099). Line 21: 0.3 - 0.2 * 0.095 = 0.281 exactly (true 0.2802, within one "
         "unit). Weights into the second and third hidden units appear only in the figures (Miller's 0.4, 0.9 and "
         "0.3, 0.5); they are used only for the true output. Formula-only lines (8, 10, 11, 12, 14, 16, 19) and "
         "given-only lines (9, 20) are in neither list.")

if __name__ == "__main__":
    main(NOTES)
