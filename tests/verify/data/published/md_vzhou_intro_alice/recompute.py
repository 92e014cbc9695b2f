#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an equations-only excerpt of
vzhou842/victorzhou.com content/posts/2019-03-03-intro-to-neural-networks.md ("Machine Learning for Beginners: An
Introduction to Neural Networks", Victor Zhou): a single sigmoid neuron, the feedforward of a 2-2-1 network, an
MSE example, and the worked partial derivative dL/dw1 for one training sample ("Alice").

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (doc.md lines 2, 6, 9, 23, 25, 47-52, 60-64): neuron w = [0, 1], b = 4, x = [2, 3]; network with every
neuron w = [0, 1], b = 0, x = [2, 3]; y_true = (1, 0, 0, 1) against y_pred = (0, 0, 0, 0); Alice x = (-2, -1),
y_true = 1, all weights 1 and all biases 0 in the 2-2-1 network h_j = f(w x + b), o1 = f(w5 h1 + w6 h2 + b3);
L = (y_true - y_pred)^2 (so dL/dy_pred = -2 (1 - y_pred)); f the sigmoid, f' = f (1 - f).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  near(p, X)  <=>  |p - round(X to p's digits)| <= u
  1. the line shows p as the result of an expression of printed operands and p does not come out of them -> wrong,
     first (a result on an aligned `&= p` line right after the line that holds its expression counts as computed
     from that expression's printed operands; exact operands give one rounding, rounded operands may lie anywhere
     within half a unit of their last digit)
  2. p is near the true value                                     -> right
  3. an upstream printed value it depends on is wrong              -> wrong, propagated
  6. otherwise                                                     -> wrong, first
A restated value (an operand copied from an earlier line) is judged like the value it copies.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/vzhou842/victorzhou.com/blob/de43e6a8de263c9aeca65bea9dbea246b6df5db9/"
          "content/posts/2019-03-03-intro-to-neural-networks.md")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of only the worked displays and the sentences "
           "and tables that give their inputs, line for line, other prose, code and images removed")
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


def chk(cid, line, printed, true, lo=None, hi=None, exact=None, up=(), why=""):
    """Judge one printed number. lo/hi: the range its printed operands allow (rounded operands); exact: its value
    from exact printed operands (one rounding)."""
    assert printed in DOC[line - 1], (line, printed)
    p = D(printed)
    ok = True
    if exact is not None:
        ok = p == rnd(exact, p)
    elif lo is not None:
        ok = rnd(min(lo, hi), p) <= p <= rnd(max(lo, hi), p)
    if not ok:
        st, kind = "wrong", "first"
    elif near(p, true):
        st, kind = "right", None
    elif any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", "propagated"
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), status=st, kind=kind, why=why,
                       correct=str(rnd(true, p))))


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:100]))
        for c in cs:
            print("            %-8s printed %-8s true %.10g -> %s%s" % (
                c["id"], c["printed"], c["true"], c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(c["correct"] for c in bad),
                          "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(dict.fromkeys(c["why"] or "restates a wrong value" for c in bad))})
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


H = D("0.00005")  # half a unit of a 4-decimal operand

# ---------------- a single neuron ----------------
chk("s", line_of("&= 7 \\\\"), "7", D(0) * 2 + D(1) * 3 + 4, exact=D(0) * 2 + D(1) * 3 + 4)
chk("y", line_of("f(7) = \\boxed{0.999}"), "0.999", sig(7), exact=sig(7))
chk("s7", line_of("f(7) = \\boxed{0.999}"), "7", D(7))

# ---------------- feedforward of the 2-2-1 network ----------------
h = sig(3)
o = sig(h)
chk("s3", line_of("&= f(3) \\\\"), "3", D(3), exact=D(0) * 2 + D(1) * 3 + 0)
chk("h", line_of("&= 0.9526 \\\\"), "0.9526", h, exact=sig(3))
chk("hr", line_of("&= f(0.9526) \\\\"), "0.9526", h)
chk("o", line_of("&= \\boxed{0.7216} \\\\"), "0.7216", o, lo=sig(D("0.9526") - H), hi=sig(D("0.9526") + H))

# ---------------- MSE example ----------------
for name, yt in (("Alice", 1), ("Bob", 0), ("Charlie", 0), ("Diana", 1)):
    ln = line_of("| %s " % name)
    cell = DOC[ln - 1].split("|")[4].strip()
    chk("se_" + name, ln, cell, D(yt - 0) ** 2, exact=D(yt - 0) ** 2)
chk("mse", line_of("\\boxed{0.5}"), "0.5", D(2) / 4, exact=D(1 + 0 + 0 + 1) / 4)

# ---------------- Alice: feedforward and dL/dw1 ----------------
s_h = D(-2) + D(-1) + 0
h1 = sig(s_h)
s_o = h1 + h1
o1 = sig(s_o)
dLdy = -2 * (1 - o1)
dydh = 1 * o1 * (1 - o1)
dhdw = D(-2) * h1 * (1 - h1)
dLdw1 = dLdy * dydh * dhdw
chk("h1", line_of("&= 0.0474 \\\\"), "0.0474", h1, exact=sig(s_h))
chk("h2", line_of("b_2) = 0.0474"), "0.0474", h1)
ln = line_of("&= f(0.0474 + 0.0474 + 0) \\\\")
chk("h1r", ln, "0.0474", h1)
chk("o1", line_of("&= 0.524 \\\\"), "0.524", o1, lo=sig(2 * (D("0.0474") - H)), hi=sig(2 * (D("0.0474") + H)))
chk("o1r", line_of("$y_{pred} = 0.524$"), "0.524", o1)
chk("o1r2", line_of("&= -2(1 - 0.524) \\\\"), "0.524", o1)
chk("dLdy", line_of("&= -0.952 \\\\"), "-0.952", dLdy, exact=-2 * (1 - D("0.524")))
chk("h1r2", line_of("&= 1 * f'(0.0474 + 0.0474 + 0) \\\\"), "0.0474", h1)
ln = line_of("&= f(0.0948) * (1 - f(0.0948)) \\\\")
chk("s_o", ln, "0.0948", s_o, lo=2 * (D("0.0474") - H), hi=2 * (D("0.0474") + H))
chk("dydh", line_of("&= 0.249 \\\\"), "0.249", dydh,
    lo=sig(D("0.0948") - D("0.00005")) * (1 - sig(D("0.0948") - D("0.00005"))),
    hi=sig(D("0.0948") + D("0.00005")) * (1 - sig(D("0.0948") + D("0.00005"))))
chk("s_h", line_of("&= -2 * f(-3) * (1 - f(-3)) \\\\"), "-3", s_h, exact=D(-2) + D(-1) + 0)
chk("dhdw", line_of("&= -0.0904 \\\\"), "-0.0904", dhdw, exact=D(-2) * sig(-3) * (1 - sig(-3)))
ln = line_of("&= -0.952 * 0.249 * -0.0904 \\\\")
chk("dLdyr", ln, "-0.952", dLdy)
chk("dydhr", ln, "0.249", dydh)
chk("dhdwr", ln, "-0.0904", dhdw)
prods = [a * b * c for a in (D("-0.9525"), D("-0.9515")) for b in (D("0.2485"), D("0.2495"))
         for c in (D("-0.09045"), D("-0.09035"))]
chk("dLdw1", line_of("&= \\boxed{0.0214} \\\\"), "0.0214", dLdw1, lo=min(prods), hi=max(prods))


NOTES = (
    "Victor Zhou's much-read introduction (vzhou842/victorzhou.com, content/posts/2019-03-03-intro-to-neural-"
    "networks.md, Gatsby blog with KaTeX; no license, so only the worked displays and the sentences and tables that "
    "give their inputs are kept, line for line). Written in `$$\\begin{aligned} ... &= ... \\\\ \\end{aligned}$$` "
    "blocks: each `&= value \\\\` line continues the expression of the line above, results are \\boxed{}, products "
    "are written with `*` and negative operands without parentheses (`-0.952 * 0.249 * -0.0904`, `f(-2 + -1 + 0)`), "
    "and the network is given in prose and a table. Every number is right: 0 wrong lines. A false-alarm test."
)

if __name__ == "__main__":
    main()
