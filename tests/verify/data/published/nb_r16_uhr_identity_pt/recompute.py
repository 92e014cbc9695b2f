#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, the worked example ("Exemplo Numérico de
Backpropagation", Portuguese) of Daniel-Uhr/ComputationalEconomics_Notes 15_xtr_BackPropagation.ipynb, kept line for
line in one Markdown cell: a 2-1-1 network with identity activations, one forward pass, MSE/2 loss, the gradients and
the update of v1.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (doc.ipynb lines 19-25 and 102): x1 = 1, x2 = 2, w1 = 0.1, w2 = 0.2, b1 = 0.3, v1 = 0.4, b2 = 0.5, identity
activation g(z) = z, target y = 1, learning rate 0.1. z1 = w1 x1 + w2 x2 + b1, h1 = z1, yhat = v1 h1 + b2,
Loss = (y - yhat)^2 / 2, dL/dyhat = -(y - yhat), dL/dv1 = dL/dyhat h1, dL/db2 = dL/dyhat, dL/dh1 = dL/dyhat v1,
dL/dw_i = dL/dh1 x_i, dL/db1 = dL/dh1, v1_new = v1 - 0.1 dL/dv1.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line that prints p as the result of an expression of numbers printed on that line is right only if redoing
      the expression from those numbers rounds to exactly p at p's digits (a rounded earlier result may be taken
      anywhere within half a unit of its last digit; givens are exact); otherwise wrong (first);
  (b) a value printed without its working (or restated) is right when within one unit of its last digit of the true
      value, or when it follows from printed correct operands;
  (c) a restated wrong value, or a value computed from a wrong one and itself off, is wrong (propagated).
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/Daniel-Uhr/ComputationalEconomics_Notes/blob/295d7231bf9baea01b32b91260635af69d395cfc/"
          "15_xtr_BackPropagation.ipynb")
LICENSE = ("none (no LICENSE in the repository); doc.ipynb keeps only the worked example, line for line as stored in "
           "the notebook's Markdown cell, under a Markdown cell that says what was kept")
# ---- judging helpers (copied into each recompute.py; no imports from the repository) ----
import itertools
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")
CHECKS = []
STATUS = {}


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def sig(z):
    return 1 / (1 + (-D(z)).exp())


def own_ok(p, fn, operands):
    """Rule (a): p must be the rounding of fn(operands) for some operand values within half a unit of each rounded
    operand (exact operands are taken as printed). fn is monotone in each operand here, so the corners suffice."""
    ranges = []
    for o in operands:
        if isinstance(o, tuple):  # (printed, "r") a rounded earlier result
            v = D(o[0])
            h = unit(o[0]) / 2
            ranges.append((v - h, v + h))
        else:
            ranges.append((D(o), D(o)))
    vals = [fn(*c) for c in itertools.product(*ranges)]
    lo, hi = min(vals), max(vals)
    return rnd(lo, p) <= D(p) <= rnd(hi, p), (lo + hi) / 2


def chk(cid, line, printed, true, fn=None, operands=(), up=(), why="", neg=False):
    """Judge one printed number p. With fn: rule (a) on the line's own arithmetic first. Then rule (b): right when
    within one unit of its last digit of the true value (or, with fn, when it follows from printed correct operands);
    rule (c): wrong, propagated, when an upstream value it uses is wrong."""
    assert printed in DOC[line - 1], (line, printed)
    p = D(printed)
    t = -D(true) if neg else D(true)
    ops_val = None
    if fn is not None:
        ok, ops_val = own_ok(printed, fn, operands)
        if not ok:
            STATUS[cid] = "wrong"
            CHECKS.append(dict(id=cid, line=line, printed=printed, true=t, ops=ops_val, status="wrong", kind="first",
                               why=why))
            return
    if abs(p - t) <= unit(printed):
        st, kind = "right", None
    elif any(STATUS.get(u) == "wrong" for u in up):
        st, kind = "wrong", "propagated"
    elif fn is not None:
        st, kind = "right", None  # follows from its printed, correct operands (rounding drift)
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=t, ops=ops_val, status=st, kind=kind, why=why))


def report_and_write():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:110]))
        for c in cs:
            extra = "" if c["ops"] is None else "  from printed operands %.10g" % c["ops"]
            print("            %-12s printed %-14s true %.10g%s -> %s%s" % (
                c["id"], c["printed"], c["true"], extra, c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            seen, printed, correct, whys = set(), [], [], []
            for c in bad:
                key = c["printed"]
                if key in seen:
                    continue
                seen.add(key)
                printed.append(c["printed"])
                correct.append(str(rnd(c["true"], c["printed"])))
                whys.append(c["why"] or "restates a wrong value")
            kinds = {c["kind"] for c in bad}
            wrong.append({"line": n, "page": None, "printed": ", ".join(printed), "correct": ", ".join(correct),
                          "kind": "first" if "first" in kinds else "propagated", "why": "; ".join(dict.fromkeys(whys))})
        else:
            right.append(n)
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


# ---------------- exact values from the givens ----------------
x1, x2, w1, w2, b1, v1, b2, y, lr = (D(s) for s in ("1", "2", "0.1", "0.2", "0.3", "0.4", "0.5", "1", "0.1"))
z1 = w1 * x1 + w2 * x2 + b1
h1 = z1
yhat = v1 * h1 + b2
loss = (y - yhat) ** 2 / 2
g_yhat = -(y - yhat)
g_v1 = g_yhat * h1
g_b2 = g_yhat
g_h1 = g_yhat * v1
g_w1 = g_h1 * x1
g_w2 = g_h1 * x2
g_b1 = g_h1
v1_new = v1 - lr * g_v1

ln = line_of("= 0.1 + 0.4 + 0.3 = 0.8")
chk("z1", ln, "0.8", z1, fn=lambda a, b, c: a + b + c, operands=("0.1", "0.4", "0.3"))
ln = line_of("h_1 = z_1 = 0.8")
chk("h1", ln, "0.8", h1, up=["z1"])
ln = line_of("= 0.32 + 0.5 = 0.82")
chk("yhat", ln, "0.82", yhat, fn=lambda a, b: a + b, operands=("0.32", "0.5"), up=["h1"])
ln = line_of("\\\\times 0.0324 = 0.0162")
chk("sq", ln, "0.0324", (y - yhat) ** 2, fn=lambda a: (1 - a) ** 2, operands=("0.82",), up=["yhat"])
chk("loss", ln, "0.0162", loss, fn=lambda a: a / 2, operands=("0.0324",), up=["yhat"])
ln = line_of("= -(1 - 0.82) = -0.18")
chk("g_yhat", ln, "-0.18", g_yhat, fn=lambda a: -(1 - a), operands=("0.82",), up=["yhat"])
ln = line_of("= -0.18 \\\\times 0.8 = -0.144")
chk("g_v1", ln, "-0.144", g_v1, fn=lambda a, b: a * b, operands=("-0.18", "0.8"), up=["g_yhat", "h1"])
ln = line_of("\\\\times 1 = -0.18")
chk("g_b2", ln, "-0.18", g_b2, up=["g_yhat"])
ln = line_of("= -0.18 \\\\times 0.4 = -0.072")
chk("g_h1", ln, "-0.072", g_h1, fn=lambda a, b: a * b, operands=("-0.18", "0.4"), up=["g_yhat"])
ln = line_of("= -0.072 \\\\times 1 = -0.072")
chk("g_w1", ln, "-0.072", g_w1, fn=lambda a, b: a * b, operands=("-0.072", "1"), up=["g_h1"])
ln = line_of("= -0.072 \\\\times 2 = -0.144")
chk("g_w2", ln, "-0.144", g_w2, fn=lambda a, b: a * b, operands=("-0.072", "2"), up=["g_h1"])
ln = line_of("\\\\partial b_1} = -0.072 \\\\times 1 = -0.072")
chk("g_b1", ln, "-0.072", g_b1, fn=lambda a, b: a * b, operands=("-0.072", "1"), up=["g_h1"])
ln = line_of("= 0.4 + 0.0144 = 0.4144")
chk("step", ln, "0.0144", -lr * g_v1, fn=lambda a, b: -a * b, operands=("0.1", "-0.144"), up=["g_v1"])
chk("v1_new", ln, "0.4144", v1_new, fn=lambda a, b: a + b, operands=("0.4", "0.0144"), up=["g_v1"])

NOTES = (
    "A Brazilian economics professor's course notebook (Daniel-Uhr/ComputationalEconomics_Notes, "
    "15_xtr_BackPropagation.ipynb, 2025, Portuguese; no license, so only the worked example is kept, line for line, "
    "in one Markdown cell): a 2-1-1 network with identity activations, $$-display LaTeX with \\\\times and \\\\cdot, "
    "loss, the gradients of v1, b2, h1, w1, w2, b1 and one update of v1 with learning rate 0.1. Every printed number "
    "is right: 0 wrong lines, 12 right lines. It measures false alarms on a notebook whose worked numbers sit in "
    "Markdown math (JSON-escaped backslashes), with a one-hidden-unit linear network."
)

if __name__ == "__main__":
    report_and_write()
