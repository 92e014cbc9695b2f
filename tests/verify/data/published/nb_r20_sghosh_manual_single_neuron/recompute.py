#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, an excerpt of
Sghosh1999/Machine-Learning-Deep-Learning-Fundamentals-Scratch Deep_Learning_Fundamentals-Notebooks/
Backpropagation-Mathematics.ipynb ("Simple Neural Network: Manual Backpropagation (1 Hidden Neuron)"): one sigmoid
neuron with two inputs, one forward pass, half squared error, gradients and one gradient-descent step, written in
plain text (`*`, `exp(0.2)`, `≈`, `^2`) inside a Markdown cell.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (doc.ipynb lines 21-26, 50): x1 = 1.0, x2 = 2.0, w11 = 0.5, w12 = -0.4, b = 0.1, y = 1.0, eta = 0.1;
z = w11 x1 + w12 x2 + b, y_pred = sigmoid(z), Loss = 0.5 (y - y_pred)^2, dL/dy_pred = y_pred - y,
dy_pred/dz = y_pred (1 - y_pred), dL/dw = dL/dz x, dL/db = dL/dz, w := w - eta dL/dw.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line that prints p as the result of an expression of numbers printed on it is right only if redoing the
      expression from those numbers rounds to exactly p at p's digits (a result on its own line right after the
      line that holds its expression counts as computed from that line's operands); an operand that is itself a
      rounded result printed earlier (0.4502, -0.5498, 0.2475, -0.1360, -0.2720) may be taken anywhere within half
      a unit of its last digit, a given is exact;
  (b) a value printed without its working, or restated, is right when it is within one unit of its last digit of
      the true value, or follows from printed correct operands;
  (c) a restated wrong value is wrong (propagated); a value computed from a wrong one and itself off is wrong
      (propagated).
Close calls, all right under the rule: line 36, Loss ~ 0.1511 (true 0.151159, 0.1512; from the rounded 0.4502 the
expression spans 0.151113..0.151168); line 44, -0.5498 x 0.2475 ~ -0.1360 (with exact operands -0.136076, but
both are rounded results and the span -0.136116..-0.136036 includes -0.1360; true -0.136093); line 47,
-0.1360 x 2.0 = -0.2720 (true -0.272186 is two units away, but the value follows from the printed -0.1360).
`line` is the 1-based line of the raw .ipynb file (as `grep -n` shows it).
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/Sghosh1999/Machine-Learning-Deep-Learning-Fundamentals-Scratch/blob/"
          "af49123dd51287880e69537e31018ae2c339ca04/Deep_Learning_Fundamentals-Notebooks/Backpropagation-Mathematics.ipynb")
LICENSE = ("none (no LICENSE in the repository); doc.ipynb keeps only the lines with worked equations and numbers of "
           "the notebook's Markdown cell, each line unchanged, after one Markdown cell of ours naming the source")
NOTES = ("Clean notebook whose whole walkthrough is plain-text math in one Markdown cell; three close calls "
         "(lines 36, 44, 47) are right under the rule.")
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    """1-based line of the nth line of the document that contains sub (the script stops if there is none)."""
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


def span(f, *ops):
    """Smallest and largest value of f over operands taken anywhere within half a unit of their last digit.

    Each operand is (printed text, rounded?): a rounded result printed earlier may lie anywhere within half a unit
    of its last digit, a given (an input, a weight, 1, 0.5) is exact. f is monotone in each operand on these small
    intervals, so the corners give the range."""
    corners = [[]]
    for text, rounded in ops:
        v = D(text)
        vals = [v - unit(text) / 2, v + unit(text) / 2] if rounded else [v]
        corners = [c + [x] for c in corners for x in vals]
    outs = [f(*c) for c in corners]
    return min(outs), max(outs)


def redo_ok(p, lo_hi):
    """Rule (a): p is right only if redoing the expression can round to exactly p at p's digits."""
    lo, hi = lo_hi
    return rnd(lo, p) <= D(p) <= rnd(hi, p)


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, ops=None, up=(), method=False, why="", correct=None, explicit=True, exact=False,
        redo=None):
    """Judge one printed number (rules in the module docstring).

    ops: the value the line's own printed operands give (None when the line shows no working);
    redo: (lo, hi) from span() when some operands are rounded results printed earlier (rule a);
    exact=True: the operands are exact, so p must be their value rounded at p's digits (rule a)."""
    assert printed in DOC[line - 1], (line, printed)
    p = D(printed)
    if ops is None and redo is None and up and explicit:
        ops = p  # a restated value: it carries the status of the value it copies (rules 3 and 5)
    if redo is not None:
        ops_ok = redo_ok(p, redo)
        ops = (redo[0] + redo[1]) / 2
    else:
        ops_ok = ops is None or (p == rnd(ops, p) if exact else near(p, ops))
    if explicit and not ops_ok:
        st, kind = "wrong", "first"
    elif near(p, true):
        st, kind = "right", None
    elif any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", ("propagated" if ops_ok else "first")
    elif method:
        st, kind = "wrong", "first"
    elif ops is not None and near(p, ops):
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
            printed = ", ".join(dict.fromkeys(c["printed"] for c in bad))
            correct = ", ".join(dict.fromkeys(c["correct"] for c in bad))
            whys = "; ".join(dict.fromkeys(c["why"] or "restates a wrong value" for c in bad))
            wrong.append(dict(line=n, page=None, printed=printed, correct=correct,
                              kind="first" if "first" in kinds else "propagated", why=whys))
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
x1, x2, w11, w12, b, y, eta = D("1.0"), D("2.0"), D("0.5"), D("-0.4"), D("0.1"), D("1.0"), D("0.1")
z = w11 * x1 + w12 * x2 + b
yp = sig(z)
loss = (y - yp) ** 2 / 2
dLdy = yp - y
dydz = yp * (1 - yp)
dLdz = dLdy * dydz
g11, g12, gb = dLdz * x1, dLdz * x2, dLdz
n11, n12, nb = w11 - eta * g11, w12 - eta * g12, b - eta * gb

ln = line_of('"z = 0.5 * 1.0 + (-0.4) * 2.0 + 0.1 = -0.2\\n"')
chk("z", ln, "-0.2", z, ops=D("0.5") * D("1.0") + D("-0.4") * D("2.0") + D("0.1"), exact=True)
ln = line_of("exp(0.2)) ≈ 0.4502")
chk("yp", ln, "0.4502", yp, ops=1 / (1 + D("0.2").exp()), exact=True)
ln = line_of('"Loss ≈ 0.1511\\n"')
chk("loss", ln, "0.1511", loss, redo=span(lambda v: (D("1.0") - v) ** 2 / 2, ("0.4502", True)), up=["yp"])
ln = line_of("= 0.4502 - 1.0 = -0.5498")
chk("dLdy", ln, "-0.5498", dLdy, redo=span(lambda v: v - D("1.0"), ("0.4502", True)), up=["yp"])
ln = line_of("= 0.4502 * (1 - 0.4502) ≈ 0.2475")
chk("dydz", ln, "0.2475", dydz, redo=span(lambda v: v * (1 - v), ("0.4502", True)), up=["yp"])
ln = line_of("= -0.5498 * 0.2475 ≈ -0.1360")
chk("dLdz", ln, "-0.1360", dLdz, redo=span(lambda p, q: p * q, ("-0.5498", True), ("0.2475", True)),
    up=["dLdy", "dydz"])
ln = line_of("= -0.1360 * 1.0 = -0.1360")
chk("g11", ln, "-0.1360", g11, redo=span(lambda g: g * D("1.0"), ("-0.1360", True)), up=["dLdz"])
ln = line_of("= -0.1360 * 2.0 = -0.2720")
chk("g12", ln, "-0.2720", g12, redo=span(lambda g: g * D("2.0"), ("-0.1360", True)), up=["dLdz"])
ln = line_of("dL/db   = dL/dz       = -0.1360")
chk("gb", ln, "-0.1360", gb, up=["dLdz"])
ln = line_of("= 0.5 - 0.1 * (-0.1360) = 0.5136")
chk("n11", ln, "0.5136", n11, redo=span(lambda g: D("0.5") - D("0.1") * g, ("-0.1360", True)), up=["g11"])
ln = line_of("= -0.4 - 0.1 * (-0.2720) = -0.3728")
chk("n12", ln, "-0.3728", n12, redo=span(lambda g: D("-0.4") - D("0.1") * g, ("-0.2720", True)), up=["g12"])
ln = line_of("= 0.1 - 0.1 * (-0.1360) = 0.1136")
chk("nb", ln, "0.1136", nb, redo=span(lambda g: D("0.1") - D("0.1") * g, ("-0.1360", True)), up=["gb"])
ln = line_of('"  - w11 = 0.5136  \\n"')
chk("n11r", ln, "0.5136", n11, up=["n11"])
ln = line_of('"  - w12 = -0.3728  \\n"')
chk("n12r", ln, "-0.3728", n12, up=["n12"])
ln = line_of('"  - b = 0.1136  \\n"')
chk("nbr", ln, "0.1136", nb, up=["nb"])
ln = line_of("Loss before update ≈ 0.1511")
chk("lossr", ln, "0.1511", loss, up=["loss"])

if __name__ == "__main__":
    main()
