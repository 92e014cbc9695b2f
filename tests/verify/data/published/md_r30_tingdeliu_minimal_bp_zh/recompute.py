#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an equations-only excerpt of Tingde Liu's
Chinese Jekyll post "深度学习综述" (TingdeLiu/tingdeliu.github.io, _posts/research/2026-03-26-Deep-Learning-Survey.md),
section 3.3 "一个最小反向传播数值例子": one forward and backward pass of y = w2 * sigmoid(w1 * x) with squared loss.

Plain Python (decimal at 60 digits); imports nothing from nnwalk or the generator.

Givens (doc.md line 3): x = 1, w1 = 0.5, w2 = 0.8, t = 0.5, sigmoid activation, L = 1/2 (y - t)^2. No update step.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) when the line prints p as the result of an expression whose operands are printed on that line (or in the
      symbols it names and that were printed just before), p is right only if redoing the expression by hand from
      those printed numbers rounds to exactly p at p's digits; an operand that is itself a rounded earlier result may
      be taken anywhere within half a unit of its last digit (a given is exact); otherwise wrong (first);
  (b) a value printed without its working (or restated) is right when within one unit of its last digit of the true
      value, or when it follows from printed correct operands;
  (c) a restated wrong value is wrong (propagated); a value computed from a wrong one and itself off is wrong
      (propagated).
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/TingdeLiu/tingdeliu.github.io/blob/bdf6ff4cc298996a9dfb85d0a7bd44162ae285d5/"
          "_posts/research/2026-03-26-Deep-Learning-Survey.md")
LICENSE = ("none stated (no LICENSE in the repository); doc.md is an excerpt of only the worked example's heading, "
           "givens, equations and result lines, line for line")
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
    """1-based number of the nth document line containing sub."""
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
    """Rule (b): p within one unit of its last digit of x."""
    return abs(D(p) - rnd(x, p)) <= unit(p)


def op(s, exact=False):
    """A printed operand: exact (a given) or a rounded earlier result, taken anywhere within half a unit."""
    return (D(s), D(0) if exact else unit(s) / 2)


def own_ok(p, f, ops):
    """Rule (a): redoing f by hand from the printed operands rounds to exactly p at p's digits."""
    vals = [f(*c) for c in itertools.product(*[(v - t, v + t) for v, t in ops])]
    lo, hi = min(vals), max(vals)
    u = unit(p)
    return hi >= D(p) - u / 2 and lo <= D(p) + u / 2


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, f=None, ops=(), up=(), method=False, why="", text=None, value=None):
    """Judge one printed number p (rules (a)-(c) in the module docstring)."""
    assert (text or printed) in DOC[line - 1], (line, text or printed)
    p = D(value if value is not None else printed)
    ok = True if f is None else own_ok(p, f, ops)
    if not ok:
        st, kind = "wrong", "first"
    elif method:
        st, kind = "wrong", "first"
    elif near(p, true):
        st, kind = "right", None
    elif any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", "propagated"
    elif f is not None:
        st, kind = "right", None  # follows from its printed, correct operands
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), status=st, kind=kind, why=why,
                       correct=str(rnd(true, p))))


def report():
    wrong, right = [], []
    for n in sorted({c["line"] for c in CHECKS}):
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:100]))
        for c in cs:
            print("            %-8s printed %-14s true %.10g -> %s%s" % (
                c["id"], c["printed"], c["true"], c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            wrong.append({"line": n, "page": None, "printed": ", ".join(dict.fromkeys(c["printed"] for c in bad)),
                          "correct": ", ".join(dict.fromkeys(c["correct"] for c in bad)),
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


# ---------------- exact values from the givens ----------------
x, w1, w2, t = D(1), D("0.5"), D("0.8"), D("0.5")
z1 = w1 * x
a1 = sig(z1)
y = w2 * a1
L = (y - t) ** 2 / 2
dy = y - t
dw2 = dy * a1
da1 = dy * w2
dz1 = da1 * a1 * (1 - a1)
dw1 = dz1 * x

ln = line_of("z_1 = w_1 x = 0.5")
chk("z1", ln, "0.5", z1, f=lambda a, b: a * b, ops=(op("0.5", True), op("1", True)), text="= 0.5,")
chk("a1", ln, "0.622", a1, f=lambda z: sig(z), ops=(op("0.5", True),))
chk("y", ln, "0.498", y, up=["a1"], why="")  # w2 a1 with the symbols' printed values: 0.8 x 0.622 = 0.4976
chk("y_ops", ln, "0.498", y, f=lambda a, b: a * b, ops=(op("0.8", True), op("0.622")))
chk("L", ln, "2E-6", L, f=lambda yy: (yy - D("0.5")) ** 2 / 2, ops=(op("0.498"),), text="2\\times 10^{-6}")

ln = line_of("= y - t \\approx -0.002")
chk("dy", ln, "-0.002", dy, f=lambda yy, tt: yy - tt, ops=(op("0.498"), op("0.5", True)))
ln = line_of("\\cdot a_1 \\approx -0.00124")
chk("dw2", ln, "-0.00124", dw2, f=lambda g, a: g * a, ops=(op("-0.002"), op("0.622")), up=["dy"])
ln = line_of("\\cdot w_2 \\approx -0.0016")
chk("da1", ln, "-0.0016", da1, f=lambda g, w: g * w, ops=(op("-0.002"), op("0.8", True)), up=["dy"])
ln = line_of("a_1(1-a_1) \\approx -0.000376")
chk("dz1", ln, "-0.000376", dz1, f=lambda g, a: g * a * (1 - a), ops=(op("-0.0016"), op("0.622")), up=["da1"])
ln = line_of("\\cdot x \\approx -0.000376")
chk("dw1", ln, "-0.000376", dw1, f=lambda g, xx: g * xx, ops=(op("-0.000376"), op("1", True)), up=["dz1"])
ln = line_of("梯度已衰减")
chk("ratio", ln, "3", dw2 / dw1, f=lambda a, b: a / b, ops=(op("0.00124"), op("0.000376")), text="\\sim 3")

NOTES = (
    "Tingde Liu's Chinese survey post (Jekyll, 2026; no license, so only the example is kept, line for line): "
    "y = w2 sigmoid(w1 x), x = 1, w1 = 0.5, w2 = 0.8, t = 0.5, squared loss, forward and backward pass with "
    "'approximately' results. No wrong number: every result follows from the printed rounded values (dL/dw2 = "
    "-0.002 x 0.622 = -0.00124; the unrounded chain gives -0.00127, dL/dz1 -0.000382, but each line's own "
    "arithmetic from the printed -0.002, 0.622 and -0.0016 rounds to the printed value, and -0.002 and -0.0016 are "
    "right at their digits). Close call: line 21 states orders of magnitude (10^-3, 10^-4, not judged) and the ratio "
    "'~3' (0.00124 / 0.000376 = 3.3), judged right. Hold-out round 30."
)

if __name__ == "__main__":
    main()
