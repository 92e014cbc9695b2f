#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of the Markdown (non-code) lines
with worked numbers of snowch/snowch.github.io ai-eng/nnfs/nn_tutorial_blog.md ("NN02 - Training an Edge-Detection
Neural Network from Scratch", a MyST/jupytext blog post: a notebook kept as Markdown).

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens: the products table takes pixel value x and weight w (doc.md lines 3-6; product = x w); the softmax example
scores [3, 1] (ratio) and e^5, e^3 (line 8); the loss L = -log(p_correct) (natural log) at p = 0.99, 0.50, 0.10,
0.01 (lines 14-17) and at p = [0.88, 0.12], y = [1, 0] (lines 18-20); one gradient-descent step w = 0.5,
dL/dw = -0.32, alpha = 0.1 (lines 21-25); the chain-rule check z = w x, L = z^2 with w = 3, x = 2 and w = 3.01
(lines 26-33); the softmax-cross-entropy gradient p - y with p = [0.9, 0.1], y = [1, 0] (lines 34-35).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) p printed as the result of an expression of numbers printed on its line (a table row's product of its input
      and weight cells counts) is right only when redoing that expression from those numbers rounds to exactly p at
      p's digits; otherwise wrong (first);
  (b) a value printed without its working (the loss values printed after an arrow, `p = 0.01 -> Loss = 4.60`), or
      restated, is right within one unit of its last digit of the true value;
  (c) a restated wrong value, or a value computed from a wrong one and itself off, is wrong (propagated).
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/snowch/snowch.github.io/blob/49fc40a0a50e13b54df3dc18a9ac4aa015ed14ee/"
          "ai-eng/nnfs/nn_tutorial_blog.md")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of only the Markdown lines that give worked "
           "numbers (tables, math lines, prose restatements), line for line; code cells and prose removed")
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


def reach(p, lo, hi):
    """True when some value in [lo, hi] rounds to p at p's digits (rule (a) with rounded operands)."""
    u = unit(p)
    a, b = D(p) - u / 2, D(p) + u / 2
    return not (hi < a or lo >= b)


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, ops=None, up=(), method=False, why="", correct=None, explicit=True, exact=False,
        interval=None):
    """Judge one printed number (rules in the module docstring).

    ops: the value the line's own printed operands give; exact=True: those operands are exact, so p must be that
    value rounded at p's digits; interval=(lo, hi): the range the line's expression takes when its rounded operands
    move within half a unit of their last digit (p is right by rule (a) when some value in it rounds to p).
    """
    assert printed in DOC[line - 1], (line, printed)
    p = D(printed.replace("−", "-"))
    if ops is None and up and explicit:
        ops = p  # a restated value carries the status of the value it copies
    if interval is not None:
        ops_ok = reach(p, D(interval[0]), D(interval[1]))
    elif ops is None:
        ops_ok = True
    elif exact:
        ops_ok = p == rnd(ops, p)
    else:
        ops_ok = near(p, ops)
    if explicit and not ops_ok:
        st, kind = "wrong", "first"
    elif near(p, true) and not method:
        st, kind = "right", None
    elif any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", ("propagated" if ops_ok else "first")
    elif method:
        st, kind = "wrong", "first"
    elif ops is not None and ops_ok and explicit:
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
            extra = "" if c["ops"] is None else "  from printed operands %.12g" % c["ops"]
            print("            %-10s printed %-22s true %.15g%s -> %s%s" % (
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


def ln_(x):
    return D(x).ln()


# products table: (line text, input, weight, printed product)
ROWS = [("| Dark (0.1) | Negative (−1) | +0.1 | ✓", "0.1", "-1", "+0.1"),
        ("| Bright (0.9) | Positive (+1) | +0.9 |", "0.9", "1", "+0.9"),
        ("| Bright (0.9) | Negative (−1) | −0.9 |", "0.9", "-1", "−0.9"),
        ("| Dark (0.1) | Positive (+1) | +0.1 | ~", "0.1", "1", "+0.1")]
for k, (sub, x, w, p) in enumerate(ROWS):
    ln = line_of(sub)
    prod = D(x) * D(w)
    chk("prod%d" % k, ln, p, prod, ops=prod, exact=True,
        why=("0.1 x (-1) = -0.1: a dark pixel under a negative weight contributes -0.1, not +0.1 (the row also calls it "
             "a positive contribution)" if k == 0 else ""))
ln = line_of("$P_0 = 3/(3+1) = 0.75$")
chk("P0", ln, "0.75", D(3) / 4, ops=D(3) / 4, exact=True)
chk("P1", ln, "0.25", D(1) / 4, ops=D(1) / 4, exact=True)
ln = line_of("(148 vs 20)")
chk("e5", ln, "148", D(5).exp())
chk("e3", ln, "20", D(3).exp())
for sub, pc in (("| **Good prediction** |", "0.95"), ("| **Uncertain** |", "0.5"), ("| **Wrong prediction** |", "0.1")):
    ln = line_of(sub)
    DOCL = DOC[ln - 1]
    # the last cell restates P(Edge) (true label Edge)
    chk("pc" + pc, ln, pc, D(pc), ops=D(pc), exact=True)
for pc, printed in (("0.99", "0.01"), ("0.50", "0.69"), ("0.10", "2.30"), ("0.01", "4.60")):
    ln = line_of("$p_{correct} = %s$ → Loss = **%s**" % (pc, printed))
    chk("L" + pc, ln, printed, -ln_(pc))
ln = line_of("= -\\log(0.88) = 0.128$$")
chk("L88", ln, "0.128", -ln_("0.88"), ops=-ln_("0.88"), exact=True)
ln = line_of("The loss is small (0.128)")
chk("L88r", ln, "0.128", -ln_("0.88"), up=["L88"])
ln = line_of("$$w_{new} = 0.5 - 0.1 \\times (-0.32) = 0.532$$")
chk("wnew", ln, "0.532", D("0.5") - D("0.1") * D("-0.32"), ops=D("0.5") - D("0.1") * D("-0.32"), exact=True)
ln = line_of("We increased $w$ from 0.5 to 0.532")
chk("wnewr", ln, "0.532", D("0.532"), up=["wnew"])
ln = line_of("$z = 3 \\times 2 = 6$")
chk("z", ln, "6", D(6), ops=D(3) * 2, exact=True)
ln = line_of("$L = 6^2 = 36$")
chk("L36", ln, "36", D(36), ops=D(6) ** 2, exact=True)
ln = line_of("= 2z \\cdot x = 12 \\times 2 = 24$$")
chk("twoz", ln, "12", D(12), ops=2 * D(6), exact=True)
chk("dLdw", ln, "24", D(24), ops=D(12) * 2, exact=True)
ln = line_of("New $z = 3.01 \\times 2 = 6.02$")
chk("z2", ln, "6.02", D("6.02"), ops=D("3.01") * 2, exact=True)
ln = line_of("New $L = 6.02^2 = 36.24$")
chk("L2", ln, "36.24", D("6.02") ** 2, ops=D("6.02") ** 2, exact=True)
ln = line_of("Change in $L$ ≈ $0.24 = 24 \\times 0.01$")
chk("dL", ln, "0.24", D("36.2404") - 36, ops=D(24) * D("0.01"), exact=True)
ln = line_of("Gradient = $[0.9-1, 0.1-0] = [-0.1, +0.1]$")
chk("g0", ln, "-0.1", D("0.9") - 1, ops=D("0.9") - 1, exact=True)
chk("g1", ln, "+0.1", D("0.1"), ops=D("0.1") - 0, exact=True)

NOTES = (
    "A personal blog post kept as MyST Markdown (jupytext) in snowch/snowch.github.io (ai-eng/nnfs/nn_tutorial_blog.md, "
    "'NN02 - Training an Edge-Detection Neural Network from Scratch', 2026-01; no license, so only the Markdown lines "
    "with worked numbers are kept, line for line; the code cells, which draw figures, are removed). Formats: Markdown "
    "tables with Unicode minus signs (`Negative (−1)`, `−0.9`), an arrow list `$p_{correct} = 0.01$ → Loss = "
    "**4.60**`, blockquoted `$$` display lines (`> $$w_{new} = 0.5 - 0.1 \\times (-0.32) = 0.532$$`), vectors in "
    "brackets (`[0.9-1, 0.1-0] = [-0.1, +0.1]`). One wrong line: the products table gives Dark (0.1) x Negative (-1) "
    "= +0.1 (it is -0.1; the row calls it a positive contribution, a conceptual slip about how a matched template "
    "scores). Close call, judged right by rule (b): `p_correct = 0.01 → Loss = 4.60` (-ln 0.01 = 4.60517, 4.61 at two "
    "decimals; the line prints only the operand and the result after an arrow, no expression, and 4.60 is one unit "
    "from 4.61). The p_correct column of the prediction table restates P(Edge) and is right. Everything else is right "
    "(3/4, e^5 = 148.4, e^3 = 20.1, -ln 0.99 = 0.01005, -ln 0.5 = 0.693, -ln 0.1 = 2.3026, -ln 0.88 = 0.12783, "
    "0.5 + 0.032, 6.02^2 = 36.2404)."
)

if __name__ == "__main__":
    main()
