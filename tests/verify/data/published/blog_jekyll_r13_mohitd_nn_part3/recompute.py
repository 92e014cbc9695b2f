#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of the worked example of
mohitd/mohitd.github.io `_posts/2023-12-10-neural-nets-part-3.md` ("Neural Nets - Part 3: Artificial Neural
Networks and Backpropagation", section "Computation Graphs"): one sigmoid neuron, quadratic cost, one backward pass
through the computation graph and one gradient-descent update with eta = 1.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (from the post's computation-graph figure `images/neural-nets-part-3/comp-graph-1.svg`, whose labels read
w1 = 2, x1 = -1, w2 = -3, x2 = -2, b = -3, y = 1, and from doc.md lines 27 (x1 = -1), 31 (x2 = -2) and 33
(eta = 1)): z = w1 x1 + w2 x2 + b = 1, a = sigma(z), C = 1/2 (y - a)^2 (the post's own cost), so
dC/da = -(y - a), da/dz = a(1 - a), dC/dw_i = dC/dz x_i, dC/db = dC/dz, and w <- w - eta dC/dw.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line that prints p as the result of an expression of numbers printed on it is right only if redoing the
      expression from those printed numbers rounds to exactly p at p's digits, where an operand that is itself a
      rounded result printed earlier may lie anywhere within half a unit of its last digit (a given is exact);
      otherwise the line is wrong (first), even when p is one unit off;
  (b) a value printed without its working (or restated) is right when it is within one unit of its last digit of
      the true value, or when it follows from printed correct operands;
  (c) a restated wrong value is wrong (propagated); a value computed from a wrong one and itself off is wrong
      (propagated). A result printed on its own display row right after the row that holds its expression counts
      as computed from that expression's printed operands.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
PAGE = None
SOURCE = ("https://github.com/mohitd/mohitd.github.io/blob/1163b6580e5c18c3b22c42af00c85a8e8c61583f/"
          "_posts/2023-12-10-neural-nets-part-3.md")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of only the worked-number lines of the post, "
           "line for line, other prose, headings, images and code removed")
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


def attainable(p, lo, hi):
    """True when some value in [lo, hi] rounds to p at p's digits (operands that are rounded results)."""
    lo, hi = min(D(lo), D(hi)), max(D(lo), D(hi))
    half = unit(p) / 2
    return D(p) - half <= hi and D(p) + half >= lo


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, ops=None, up=(), method=False, why="", correct=None, explicit=True, exact=False,
        interval=None):
    """Judge one printed number by the corpus's one rule (module docstring).

    ops: the value of the line's own expression from its printed operands; exact=True when those operands are
    exact givens (then p must equal one rounding of ops); interval=(lo, hi): the range the expression takes when
    operands that are rounded results move within half a unit of their last digit (p must be attainable)."""
    assert printed in DOC[line - 1], (line, printed, DOC[line - 1])
    p = D(printed)
    if ops is None and interval is None and up and explicit:
        ops = p  # a restated value: it carries the status of the value it copies
    if interval is not None:
        ops_ok = attainable(p, *interval)
        if ops is None:
            ops = (D(interval[0]) + D(interval[1])) / 2
    elif ops is None:
        ops_ok = True
    else:
        ops_ok = p == rnd(ops, p) if exact else near(p, ops)
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
            wrong.append({"line": n, "page": PAGE, "printed": ", ".join(printed), "correct": ", ".join(correct),
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


# ---------------- exact values from the givens ----------------
w1, x1, w2, x2, b, y = D(2), D(-1), D(-3), D(-2), D(-3), D(1)
eta = D(1)
z = w1 * x1 + w2 * x2 + b
a = sig(z)
dCda = -(y - a)
dadz = a * (1 - a)
dCdz = dCda * dadz
dCdw1 = dCdz * x1
dCdw2 = dCdz * x2
dCdb = dCdz
nw1 = w1 - eta * dCdw1
nw2 = w2 - eta * dCdw2
nb = b - eta * dCdb
a_new = sig(nw1 * x1 + nw2 * x2 + nb)

ln = line_of("sigmoid output of 0.73")
chk("a", ln, "0.73", a, explicit=False)
ln = line_of("&= -(1 - 0.73)")
chk("a_r1", ln, "0.73", a, up=["a"])
ln = line_of("&= -0.27")
chk("dCda", ln, "-0.27", dCda, ops=-(1 - D("0.73")), exact=True, up=["a"])
ln = line_of("we get $-0.27$ for the start")
chk("dCda_r", ln, "-0.27", dCda, up=["dCda"])
ln = line_of("&= 0.73(1-0.73)")
chk("a_r2", ln, "0.73", a, up=["a"])
ln = line_of("&= 0.1971")
chk("dadz", ln, "0.1971", dadz, ops=D("0.73") * (1 - D("0.73")), exact=True, up=["a"])
ln = line_of("we get $0.1971$")
chk("dadz_r", ln, "0.1971", dadz, up=["dadz"])
chk("dCdz", ln, "-0.053", dCdz, ops=D("-0.27") * D("0.1971"), exact=True, up=["dCda", "dadz"])
ln = line_of("= \\frac{\\p C}{\\p w_1} = 0.053$. Collapsing")
chk("dCdw1", ln, "0.053", dCdw1, explicit=False, up=["dCdz"])
chk("dCdw2", ln, "0.106", dCdw2, ops=D("-0.053") * D(-2), exact=True, up=["dCdz"])
ln = line_of("w_1 &\\gets 2 - (0.053) &= 1.94")
chk("nw1", ln, "1.94", nw1, interval=(2 - D("0.0535"), 2 - D("0.0525")), up=["dCdw1"],
    why="2 - 0.053 = 1.947, 1.95 at two decimals (1.9465 to 1.9475 with 0.053 anywhere in its rounding interval); "
    "printed 1.94 (true 2 - 0.052877 = 1.947123)")
ln = line_of("w_2 &\\gets -3 - (0.106) &= -3.106")
chk("nw2", ln, "-3.106", nw2, ops=D(-3) - D("0.106"), exact=True, up=["dCdw2"])
ln = line_of("b &\\gets -3 - (-0.053) &= -2.947")
chk("nb", ln, "-2.947", nb, ops=D(-3) + D("0.053"), exact=True, up=["dCdz"])
ln = line_of("we get $a=0.79$")
chk("a_new", ln, "0.79", a_new, explicit=False, up=["nw1", "nw2", "nb"])

NOTES = (
    "Mohit Deshpande's Jekyll post 'Neural Nets - Part 3' (2023-12, _posts/2023-12-10-neural-nets-part-3.md), which "
    "reworks the single-neuron example of his 2017 post (that post is md_mohitd_single_neuron; this one is a "
    "different, rewritten document: aligned display rows with the working on each row, the update written as "
    "'w_1 <- 2 - (0.053) = 1.94'). No license, so only the worked-number lines are kept, line for line; the weights "
    "and inputs are in the SVG figure (w1 = 2, x1 = -1, w2 = -3, x2 = -2, b = -3, y = 1). One wrong line: the update "
    "2 - 0.053 printed 1.94 for 1.947 (1.95 at two decimals) -- in the 2017 post the same 1.94 stood without working "
    "and was judged right within one unit; here the working is printed beside it, so rule (a) applies. Right: "
    "a = 0.73 (sigma(1) = 0.7311), -(1 - 0.73) = -0.27, 0.73(1 - 0.73) = 0.1971 (exact from the printed 0.73; true "
    "0.1966, rounding drift), -0.27(0.1971) = -0.053, dC/dw1 = 0.053, -0.053(-2) = 0.106, -3.106, -2.947 and the new "
    "output a = 0.79 (0.7888 with the correct update). The post writes its partial-derivative macro as \\p."
)

if __name__ == "__main__":
    main()
