#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt (worked lines only) of
Darren's blog post "類神經網路筆記" (darren1231.github.io, 2020-02-01), section 六 "簡單手算版": a Traditional-Chinese
hand calculation of one backpropagation step of the 2-2-2 sigmoid network of Matt Mazur's "A Step by Step
Backpropagation Example" (translated by the author from that source).

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Givens (the page's figure 6-2, an image, holds Mazur's values; the lines quote 0.15, 0.05, 0.2, 0.1, 0.35, 0.4,
0.01, 0.99, learning rate 0.5): i1 = 0.05, i2 = 0.10; w1 = 0.15, w2 = 0.20, w3 = 0.25, w4 = 0.30, b1 = 0.35;
w5 = 0.40, w6 = 0.45, w7 = 0.50, w8 = 0.55, b2 = 0.60; targets 0.01, 0.99; E = sum 1/2 (target - out)^2;
alpha = 0.5; every weight updated from the initial weights (the page's w2..w4 new values are Mazur's).

Judging rule (p printed, u one unit of its last digit):
  (a) a line printing p as the result of an expression of numbers printed on that line is right only when the
      expression redone from those numbers rounds to p (an operand that is itself a rounded earlier result may be
      taken anywhere within half a unit of its last digit; givens are exact); else wrong, first;
  (b) a value printed without working (or restated) is right within one unit of the true value, or when it
      follows from printed correct operands;
  (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off is wrong,
      propagated.
Usage: python3 recompute.py [--write-expected]
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/darren1231/darren1231.github.io/blob/71890372bfe0a8775933d116a35b75e0db796aef/"
          "source/_posts/2020-02-01-backpropagation.markdown")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of only the worked equations and numbers of "
           "section 六 (hand calculation), line for line, markup kept, prose and images cut")
import itertools
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


def reach(p, f, operands):
    """Can f(operands) round to p when each rounded operand (str) may lie within half a unit of its last digit and
    each exact operand (Decimal) is exact?  Checks the corners and the centre (f is monotone in each operand here)."""
    choices = []
    for o in operands:
        if isinstance(o, str):
            h = unit(o) / 2
            choices.append((D(o) - h, D(o), D(o) + h))
        else:
            choices.append((o,))
    vals = [f(*c) for c in itertools.product(*choices)]
    lo, hi = min(vals), max(vals)
    h = unit(p) / 2
    return not (hi < D(p) - h or lo >= D(p) + h)


CHECKS, STATUS = [], {}


def chk(cid, line, printed, true, ops_ok=None, up=(), why="", shown=None):
    """ops_ok: None for a value printed without working, else whether the line's own arithmetic redoes to p."""
    assert (shown or printed) in DOC[line - 1], (line, printed, DOC[line - 1])
    p = D(printed)
    bad_up = any(STATUS[u] == "wrong" for u in up)
    if ops_ok is False:
        st, kind = "wrong", "first"
    elif near(p, true):
        st, kind = "right", None
    elif ops_ok and not bad_up:
        st, kind = "right", None      # follows from printed correct operands
    elif bad_up:
        st, kind = "wrong", "propagated"
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), status=st, kind=kind,
                       why=why or "restates a wrong value", correct=str(rnd(true, p))))


# ---------------- exact values from the givens ----------------
i1, i2 = D("0.05"), D("0.10")
w1, w2, w3, w4, b1 = D("0.15"), D("0.20"), D("0.25"), D("0.30"), D("0.35")
w5, w6, w7, w8, b2 = D("0.40"), D("0.45"), D("0.50"), D("0.55"), D("0.60")
t1, t2, lr = D("0.01"), D("0.99"), D("0.5")
nh1 = w1 * i1 + w2 * i2 + b1
nh2 = w3 * i1 + w4 * i2 + b1
h1, h2 = sig(nh1), sig(nh2)
o1, o2 = sig(w5 * h1 + w6 * h2 + b2), sig(w7 * h1 + w8 * h2 + b2)
E = (t1 - o1) ** 2 / 2 + (t2 - o2) ** 2 / 2
dEdo1, dEdo2 = o1 - t1, o2 - t2
s1, s2 = o1 * (1 - o1), o2 * (1 - o2)
dw5, dw6, dw7, dw8 = dEdo1 * s1 * h1, dEdo1 * s1 * h2, dEdo2 * s2 * h1, dEdo2 * s2 * h2
e1h1, e2h1 = dEdo1 * s1 * w5, dEdo2 * s2 * w7
e1h2, e2h2 = dEdo1 * s1 * w6, dEdo2 * s2 * w8
dh1, dh2 = (e1h1 + e2h1) * h1 * (1 - h1), (e1h2 + e2h2) * h2 * (1 - h2)
dw1, dw2, dw3, dw4 = dh1 * i1, dh1 * i2, dh2 * i1, dh2 * i2

# forward pass
L = line_of("f\\left( 0.15*0.05 + 0.2*0.1 + 0.35 \\right) = f\\left( 0.3825")
chk("nh1", L, "0.3825", nh1, ops_ok=(D("0.15") * D("0.05") + D("0.2") * D("0.1") + D("0.35") == D("0.3825")),
    why="0.15*0.05 + 0.2*0.1 + 0.35 = 0.0075 + 0.02 + 0.35 = 0.3775, not 0.3825")
L = line_of("e^{- 0.3825}} = 0.6")
chk("nh1_r", L, "0.3825", nh1, up=("nh1",), why="restates the wrong net_h1 0.3825 (it is 0.3775)")
chk("h1", L, "0.6", h1, ops_ok=reach("0.6", sig, ["0.3825"]), up=("nh1_r",))
chk("h2", line_of("yh2 = 0.596884378"), "0.596884378", h2)
chk("o1", line_of("outo1 = f(h1*w5+h2*w6+b2) = 0.75"), "0.75", o1)
chk("o2", line_of("outo2 = f(h1*w7+h2*w8+b2) = 0.773"), "0.773", o2)
L = line_of("0.01 - 0.75 \\right)^{2} + \\frac{1}{2}\\left( 0.99 - 0.773")
chk("E", L, "0.3", E, ops_ok=reach("0.3", lambda a, b: (t1 - a) ** 2 / 2 + (t2 - b) ** 2 / 2, ["0.75", "0.773"]),
    up=("o1", "o2"))
# output layer
L = line_of("= - \\left( 0.01 - 0.75 \\right) = 0.74")
chk("dEdo1", L, "0.74", dEdo1, ops_ok=reach("0.74", lambda a: a - t1, ["0.75"]), up=("o1",))
L = line_of("= 0.75*\\left( 1 - 0.75 \\right) = 0.186")
chk("s1", L, "0.186", s1, ops_ok=reach("0.186", lambda a: a * (1 - a), ["0.75"]), up=("o1",))
chk("h1_r", line_of("\\partial w5} = h1 = 0.6"), "0.6", h1, up=("h1",))
L = line_of("= 0.74*0.186*0.6 = 0.082")
chk("dw5", L, "0.082", dw5, ops_ok=reach("0.082", lambda a, b, c: a * b * c, ["0.74", "0.186", "0.6"]),
    up=("dEdo1", "s1", "h1_r"))
L = line_of("= 0.4 - 0.5*0.082 = 0.359")
chk("w5n", L, "0.359", w5 - lr * dw5, ops_ok=reach("0.359", lambda a: w5 - lr * a, ["0.082"]), up=("dw5",))
chk("w6n", line_of("w6new = 0.4"), "0.4", w6 - lr * dw6)
chk("w7n", line_of("w7new = 0.51"), "0.51", w7 - lr * dw7)
chk("w8n", line_of("w8new = 0.56"), "0.56", w8 - lr * dw8)
# hidden layer
L = line_of("= 0.74*0.18*\\frac")
chk("dEdo1_r", L, "0.74", dEdo1, up=("dEdo1",))
chk("s1_r", L, "0.18", s1, up=("s1",), why="restates dout_o1/dnet_o1 0.186 as 0.18")
L = line_of("= 0.74*0.18*0.4 = 0.0554")
chk("e1h1", L, "0.0554", e1h1, ops_ok=reach("0.0554", lambda a, b: a * b * w5, ["0.74", "0.18"]),
    up=("dEdo1_r", "s1_r"),
    why="0.74*0.18*0.4 = 0.05328 (at most 0.0551 with the operands' rounding); 0.0554 is the full-precision value "
        "0.74137*0.18682*0.4, not what the line prints")
chk("e2h1", line_of("\\partial out_{h1}} = - 0.02"), "-0.02", e2h1, shown="= - 0.02")
L = line_of("= 0.0554 - 0.02 = 0.0354")
chk("e1h1_r", L, "0.0554", e1h1, up=("e1h1",))
chk("dEdh1", L, "0.0354", e1h1 + e2h1, ops_ok=reach("0.0354", lambda a, b: a + b, ["0.0554", "-0.02"]),
    up=("e1h1_r", "e2h1"))
L = line_of("=0.6\\times(1-0.6)=0.24")
chk("sh1", L, "0.24", h1 * (1 - h1), ops_ok=reach("0.24", lambda a: a * (1 - a), ["0.6"]), up=("h1",))
L = line_of("= 0.0354*0.24*0.05 = 0.0004248")
chk("dw1", L, "0.0004248", dw1, ops_ok=reach("0.0004248", lambda a, b: a * b * i1, ["0.0354", "0.24"]),
    up=("dEdh1", "sh1"))
L = line_of("= 0.15 - 0.5*0.0004248 = 0.1497876")
chk("w1n", L, "0.1497876", w1 - lr * dw1, ops_ok=reach("0.1497876", lambda a: w1 - lr * a, ["0.0004248"]),
    up=("dw1",))
chk("w2n", line_of("w2new = 0.19956143"), "0.19956143", w2 - lr * dw2)
chk("w3n", line_of("w3new = 0.24975114"), "0.24975114", w3 - lr * dw3)
chk("w4n", line_of("w4new = 0.29950229"), "0.29950229", w4 - lr * dw4)

NOTES = ("Traditional-Chinese blog post; the hand calculation follows Mazur's 2-2-2 example (givens in an image, the "
         "standard values; yh2 = 0.596884378 and w2..w4 new = Mazur's confirm them). Line 7 adds 0.15*0.05 + "
         "0.2*0.1 + 0.35 to 0.3825 (it is 0.3775), first; line 9 restates 0.3825 (propagated) although its 0.6 is "
         "right. Line 59 prints 0.74*0.18*0.4 = 0.0554: the product of the printed numbers is 0.05328 (0.0551 at "
         "most with their rounding), so by rule (a) it is wrong, first, although 0.0554 is the true full-precision "
         "value (the author truncated 0.18682 to 0.18 on the line). Close calls: line 35 0.75*(1-0.75) = 0.186 is "
         "0.1875 from the printed 0.75 but reachable with out_o1 within half a unit (0.7535 gives 0.18574) and "
         "within one unit of the true 0.18682, so right; line 55 restates 0.186 as 0.18 (true rounds to 0.19: one "
         "unit), right; line 63 0.0554 - 0.02 = 0.0354 is exact from printed correct operands though the true "
         "dE/dout_h1 is 0.03635, so right, as are 0.0354*0.24*0.05 = 0.0004248 (true 0.0004386) and w1new "
         "0.1497876 (true 0.1497807), each following exactly from printed operands. w6new = 0.4 (true 0.40867) "
         "is right at one decimal.")


#: Added by the nnwalk maintainers after scoring (not by the hold-out author): on these lines the corpus rule gives two
#: verdicts. Each restates or follows from line 59's 0.0554, which rule (a) calls wrong (its printed operands give
#: 0.0533) but which is the true full-precision value; rule (b) then calls the lines right (they follow from a correct
#: value) and rule (c) wrong (they follow from a wrong line, and each prints a value off the true one: 0.0354 for
#: 0.03635, 0.0004248 for 0.0004386, 0.1497876 for 0.1497807). A finding on them is neither a false alarm nor recall.
UNJUDGED = {
    63: "restates 0.0554 (wrong by rule (a) on line 59, yet the true value): rules (b) and (c) disagree",
    73: "follows from 0.0354 of line 63: rules (b) and (c) disagree",
    79: "follows from 0.0004248 of line 73: rules (b) and (c) disagree",
}


def report():
    wrong, right, unjudged = [], [], []
    for n in sorted({c["line"] for c in CHECKS}):
        cs = [c for c in CHECKS if c["line"] == n]
        if n in UNJUDGED:
            unjudged.append({"line": n, "page": None, "why": UNJUDGED[n]})
            continue
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:100]))
        for c in cs:
            print("            %-8s printed %-12s true %.10g -> %s%s" % (c["id"], c["printed"], c["true"], c["status"],
                                                                       " (%s)" % c["kind"] if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(c["correct"] for c in bad),
                          "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(dict.fromkeys(c["why"] for c in bad))})
        else:
            right.append(n)
    return wrong, right, unjudged


def main():
    wrong, right, unjudged = report()
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "unjudged": unjudged, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


if __name__ == "__main__":
    main()
