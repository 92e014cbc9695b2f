#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an equations-only excerpt of
ChaitanyaPandit1998/research-paper-articles backpropagation.md (an explainer article on backpropagation), section 5
"A full worked example, by hand" and the PyTorch snippet of section 6 that claims to reproduce it: one forward pass,
backward pass and gradient-descent step of a 1-1-1 network (sigmoid hidden unit, linear output, loss 1/2 (y - t)^2).

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (doc.md line 1, 13): x = 2, t = 1, w1 = 0.5, b1 = 0, w2 = 1.0, b2 = 0, learning rate 0.1; z = w1 x + b1,
h = sigmoid(z), y = w2 h + b2, L = 1/2 (y - t)^2, w := w - 0.1 dL/dw. True values follow these rules exactly.
The snippet's printed values are the comments after its print calls (what the author says the program prints);
they are judged as values printed without working.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line's own arithmetic: when the line prints p as the result of an expression of operands printed on that
      line, p is right only if redoing the expression from those printed numbers rounds to exactly p at p's digits,
      an operand that is itself a rounded earlier result being taken anywhere within half a unit of its last digit
      (givens exact); otherwise the line is wrong (first), even when p is one unit off;
  (b) a value printed without its working (or restated) is right when it is within one unit of its last digit of
      the true value, or follows from printed correct operands;
  (c) a restated wrong value is wrong (propagated); a value computed from a wrong one and itself off is wrong
      (propagated).
Negative results are compared by magnitude (the sign is printed and right on every line).
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/ChaitanyaPandit1998/research-paper-articles/blob/"
          "42a32b6cefaa1b342b6dcef7fa41a31863cd6313/backpropagation.md")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of only the worked equations, result lines and "
           "the PyTorch snippet of sections 5-6, line for line, prose, headings and blank lines removed")
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


def chk(cid, line, printed, true, ops=None, up=(), method=False, why="", correct=None, explicit=True, exact=False,
        lo=None, hi=None):
    """Judge one printed number (rules in the module docstring).

    ops: the value the line's own printed operands give; lo/hi: when given, the range the line's expression takes
    with every rounded operand anywhere within half a unit of its last digit (exact operands kept exact); with
    exact=True the printed p is right on its own arithmetic only if rounding some value of that range (or ops
    itself) to p's digits gives exactly p."""
    assert printed in DOC[line - 1], (line, printed)
    p = D(printed)
    if ops is None and up and explicit:
        ops = p  # a restated value: it carries the status of the value it copies
    if ops is None:
        ops_ok = True
    elif exact:
        if lo is not None:
            ops_ok = rnd(lo, p) <= p <= rnd(hi, p) if lo <= hi else rnd(hi, p) <= p <= rnd(lo, p)
        else:
            ops_ok = p == rnd(ops, p)
    else:
        ops_ok = near(p, ops)
    if explicit and not ops_ok:
        st, kind = "wrong", "first"
    elif near(p, true):
        st, kind = "right", None
    elif any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", ("propagated" if ops_ok else "first")
    elif method:
        st, kind = "wrong", "first"
    elif ops is not None and ops_ok:
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


def rng(f, *iv):
    """Range of f over operand intervals iv (f monotone in each operand on these intervals)."""
    import itertools
    vals = [f(*c) for c in itertools.product(*iv)]
    return min(vals), max(vals)


def half(p):
    u = unit(p) / 2
    return (D(p) - u, D(p) + u)


x, t, w1, w2, eta = D(2), D(1), D("0.5"), D("1.0"), D("0.1")
z = w1 * x
h = sig(z)
y = w2 * h
L = (y - t) ** 2 / 2
gy = y - t
gw2 = gy * h
gh = gy * w2
dh = h * (1 - h)
gz = gh * dh
gw1 = gz * x
n1 = w1 - eta * gw1
n2 = w2 - eta * gw2

ln = line_of("0.5 \\times 2 + 0 = 1.0$$")
chk("z", ln, "1.0", z, ops=D("0.5") * 2, exact=True)
ln = line_of("\\frac{1}{1+e^{-1.0}} = 0.7311$$")
chk("h", ln, "0.7311", h, ops=sig(1), exact=True)
ln = line_of("1.0 \\times 0.7311 + 0 = 0.7311$$")
chk("y", ln, "0.7311", y, ops=D("0.7311"), exact=True)
ln = line_of("(0.2689)^2 = 0.03616$$")
chk("e", ln, "0.2689", -gy, ops=1 - D("0.7311"), exact=True)
lo, hi = rng(lambda a: a * a / 2, half("0.2689"))
chk("L", ln, "0.03616", L, ops=D("0.2689") ** 2 / 2, exact=True, lo=lo, hi=hi)
ln = line_of("(y - t) = 0.7311 - 1 = -0.2689$$")
chk("gy", ln, "0.2689", -gy, ops=1 - D("0.7311"), exact=True)
ln = line_of("-0.2689 \\times 0.7311 = -0.1966$$")
lo, hi = rng(lambda a, b: a * b, half("0.2689"), half("0.7311"))
chk("gw2", ln, "0.1966", -gw2, ops=D("0.2689") * D("0.7311"), exact=True, lo=lo, hi=hi)
ln = line_of("-0.2689 \\times 1.0 = -0.2689$$")
chk("gh", ln, "0.2689", -gh, ops=D("0.2689"), exact=True)
ln = line_of("0.7311 \\times (1-0.7311) = 0.1966$$")
lo, hi = rng(lambda a: a * (1 - a), half("0.7311"))
chk("dh", ln, "0.1966", dh, ops=D("0.7311") * (1 - D("0.7311")), exact=True, lo=lo, hi=hi)
ln = line_of("-0.2689 \\times 0.1966 = -0.05288$$")
lo, hi = rng(lambda a, b: a * b, half("0.2689"), half("0.1966"))
chk("gz", ln, "0.05288", -gz, ops=D("0.2689") * D("0.1966"), exact=True, lo=lo, hi=hi)
ln = line_of("-0.05288 \\times 2 = -0.10576$$")
lo, hi = rng(lambda a: a * 2, half("0.05288"))
chk("gw1", ln, "0.10576", -gw1, ops=D("0.05288") * 2, exact=True, lo=lo, hi=hi)
ln = line_of("it has produced $\\partial \\mathcal{L}/\\partial w_1 = -0.10576$")
chk("gw1r", ln, "0.10576", -gw1, up=["gw1"])
chk("gw2r", ln, "0.1966", -gw2, up=["gw2"])
ln = line_of("0.5 - 0.1\\times(-0.10576) = 0.5106$$")
lo, hi = rng(lambda a: D("0.5") + eta * a, half("0.10576"))
chk("n1", ln, "0.5106", n1, ops=D("0.5") + eta * D("0.10576"), exact=True, lo=lo, hi=hi)
ln = line_of("1.0 - 0.1\\times(-0.1966) = 1.0197$$")
lo, hi = rng(lambda a: 1 + eta * a, half("0.1966"))
chk("n2", ln, "1.0197", n2, ops=1 + eta * D("0.1966"), exact=True, lo=lo, hi=hi)
ln = line_of('print("manual loss:", round(loss, 5))')
chk("Lc", ln, "0.03616", L, explicit=False)
# Re-judged after scoring by the strict own-arithmetic rule: the code on the line is the working of the number in its
# comment — round(w.grad.item(), 5) prints the gradient rounded to five decimals, -0.10575 and -0.19661 (PyTorch's
# float32 values -0.10575366 and -0.19661194 are far from any rounding boundary), so the typed -0.10576 and -0.19660
# are not what the line prints (first). The hold-out judge read them as values without working (one unit off: right).
STRICT = ("the code on the line prints round(w.grad.item(), 5) = %s; the comment says %s (judged by the strict "
          "own-arithmetic rule after scoring; the hold-out judge took it for a value printed without working)")
ln = line_of('print("dL/dw1:", round(w1.grad.item(), 5))')
chk("gw1c", ln, "0.10576", -gw1, ops=-gw1, exact=True, why=STRICT % ("-0.10575", "-0.10576"))
ln = line_of('print("dL/dw2:", round(w2.grad.item(), 5))')
chk("gw2c", ln, "0.19660", -gw2, ops=-gw2, exact=True, why=STRICT % ("-0.19661", "-0.19660"))
ln = line_of("reproduces exactly the two gradients derived by hand")
chk("gw1c2", ln, "0.10576", -gw1, up=["gw1c"])
chk("gw2c2", ln, "0.19660", -gw2, up=["gw2c"])

NOTES = (
    "An explainer article in ChaitanyaPandit1998/research-paper-articles (backpropagation.md, 2026-07; no license, "
    "so only the worked equations, result lines and the PyTorch snippet are kept, line for line). A 1-1-1 network, "
    "sigmoid hidden unit, linear output, loss 1/2 (y - t)^2, x = 2, t = 1, w1 = 0.5, w2 = 1.0, learning rate 0.1. "
    "Every hand-worked number is right (a document without errors as first judged, for false alarms). Close calls: the "
    "loss 1/2 (0.2689)^2 = 0.036154 printed 0.03616 (0.2689 is a rounded result: 1/2 x 0.26895^2 = 0.036167, and "
    "the true loss is 0.036165); -0.2689 x 0.1966 = -0.052866 printed -0.05288 (with 0.26895 x 0.19665 = 0.052889; "
    "true -0.052877); the snippet's comments '# -0.10576' and '# -0.19660' for what round(w.grad, 5) prints (the true "
    "gradients -0.1057536 and -0.1966119 round to -0.10575 and -0.19661: one unit off, right as values printed "
    "without working), restated on line 38 — re-judged after scoring by the corpus's strict own-arithmetic rule: "
    "the code on each line is the comment's working, and it prints -0.10575 and -0.19661, so lines 35 and 36 are "
    "wrong (first); their restatement on line 38 stays right (one unit off the true value). Line 1 only gives the network, lines 15-23 and 25-34 are code without "
    "printed values, and line 37 closes the fence."
)

if __name__ == "__main__":
    main()
