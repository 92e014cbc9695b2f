#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb: the worked Markdown cell of
"Exercício 1" of gabrielmmh/redes_neurais docs/exercises/03_mlp/mlp.ipynb (Portuguese; Insper course "Redes
Neurais"): one forward pass, squared-error loss, backward pass and SGD update of a 2-2-1 tanh network.
doc.ipynb keeps only the title cell and that worked cell (the repository has no licence), re-serialised with
json.dump(indent=1, ensure_ascii=False). `line` numbers are 1-based lines of the raw .ipynb JSON (grep -n).

Plain Python 3 (decimal at 60 digits); no nnwalk import.

Givens: x = [0.5, -0.2], y = 1.0, W1 = [[0.3, -0.1], [0.2, 0.4]], b1 = [0.1, -0.2], W2 = [0.5, -0.3], b2 = 0.2,
eta = 0.1. The page's conventions: L = (y - yhat)^2 (no 1/2), dL/dyhat = 2(yhat - y), tanh' = 1 - tanh^2.

Judging rule (p a printed number, u one unit in its last digit):
 (a) a line printing p as the result of an expression of numbers printed on that line is right when redoing it
     from those numbers rounds to p (a rounded operand may lie anywhere within half a unit; a given is exact);
 (b) a value printed without its working on its line (or restated) is right within one unit of the true value,
     or when it follows from printed correct operands;
 (c) restated wrong values and values computed from wrong ones that are themselves off are wrong, propagated.
Usage: python3 recompute.py [--write-expected]
"""
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/gabrielmmh/redes_neurais/blob/b20bf8eb9ba18c4c8fce11356976c1686c494b96/"
          "docs/exercises/03_mlp/mlp.ipynb")
LICENSE = ("none stated (no LICENSE file in the repository); doc.ipynb is an excerpt: only the title cell and the "
           "worked Markdown cell of Exercício 1, verbatim, re-serialised")
# ---------------------------------------------------------------- generic judging engine (plain Python, decimal)
import itertools
import json
import pathlib
import sys
from decimal import ROUND_HALF_EVEN, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    """1-based line of the nth line of the raw file containing sub; fails loudly."""
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s: no line containing %r (hit %d of %d)" % (DOCFILE, sub, nth, len(hits)))
    return hits[nth - 1]


def tanh(x):
    e = (2 * D(x)).exp()
    return (e - 1) / (e + 1)


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_EVEN)


def G(s):
    """a given printed on the page: exact."""
    return (D(s), D(s))


def R(s):
    """a rounded result printed earlier: anywhere within half a unit of its last digit."""
    h = unit(s) / 2
    return (D(s) - h, D(s) + h)


def interval(f, ops):
    vals = [f(*c) for c in itertools.product(*ops)]
    return min(vals), max(vals)


CHECKS = []   # dicts: id, line, printed, true, rule, lo, hi, deps, note
BYID = {}


def chk(cid, sub, printed, true, f=None, ops=(), deps=(), nth=1, note="", rule=None):
    """Rule (a) when f/ops are given (the line prints the expression's operands), else rule (b); rule="b" with
    f/ops: a value without working on its line that is also right when it follows from printed operands."""
    line = line_of(sub, nth)
    assert printed in DOC[line - 1], (cid, line, printed, DOC[line - 1])
    c = dict(id=cid, line=line, printed=printed, true=D(true), deps=list(deps), note=note,
             rule=rule or ("a" if f else "b"))
    if f:
        c["lo"], c["hi"] = interval(f, ops)
    CHECKS.append(c)
    BYID[cid] = c
    return c


def judge():
    for c in CHECKS:
        p = D(c["printed"])
        u = unit(c["printed"])
        dep_bad = any(not BYID[d]["ok"] for d in c["deps"])
        if c["rule"] == "a":
            own = c["lo"] <= p + u / 2 and c["hi"] >= p - u / 2   # some admissible reading rounds to p
            c["ok"] = own and not dep_bad
            c["kind"] = None if c["ok"] else ("first" if not own else "propagated")
        else:
            close = abs(p - rnd(c["true"], p)) <= u
            if not close and "lo" in c and not dep_bad:
                close = c["lo"] <= p + u / 2 and c["hi"] >= p - u / 2
            c["ok"] = close
            c["kind"] = None if close else ("propagated" if dep_bad else "first")
        c["correct"] = str(rnd(c["true"], p))


def fmt(x):
    return "%.10f" % x


def report_and_write(notes):
    judge()
    lines = {}
    for c in CHECKS:
        lines.setdefault(c["line"], []).append(c)
    wrong, right = [], []
    for ln in sorted(lines):
        cs = lines[ln]
        bad = [c for c in cs if not c["ok"]]
        for c in cs:
            extra = "" if "lo" not in c else " from-printed=[%s, %s]" % (fmt(c["lo"]), fmt(c["hi"]))
            print("%4d %-10s %-12s %s printed %-12s true %.9f%s%s" % (
                ln, c["id"], "OK" if c["ok"] else "WRONG-" + c["kind"], c["rule"], c["printed"], c["true"],
                extra, ("  # " + c["note"]) if c["note"] else ""))
        if bad:
            kind = "first" if any(c["kind"] == "first" for c in bad) else "propagated"
            wrong.append(dict(line=ln, page=None, printed=", ".join(c["printed"] for c in bad),
                              correct=", ".join(c["correct"] for c in bad), kind=kind,
                              why="; ".join(c["note"] or ("%s: true value %s" % (c["id"], c["correct"]))
                                            for c in bad)))
        else:
            right.append(ln)
    print("wrong lines: %d (first %d, propagated %d); right lines: %d" % (
        len(wrong), sum(w["kind"] == "first" for w in wrong), sum(w["kind"] == "propagated" for w in wrong),
        len(right)))
    if "--write-expected" in sys.argv:
        out = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": notes}
        (HERE / "expected.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote expected.json")

# ---------------------------------------------------------------- true values from the givens
x1, x2, y = D("0.5"), D("-0.2"), D(1)
z11 = D("0.3") * x1 + D("-0.1") * x2 + D("0.1")
z12 = D("0.2") * x1 + D("0.4") * x2 - D("0.2")
a11, a12 = tanh(z11), tanh(z12)
z2 = D("0.5") * a11 + D("-0.3") * a12 + D("0.2")
yh = tanh(z2)
L = (y - yh) ** 2
dy = 2 * (yh - y)
dz2 = dy * (1 - yh ** 2)
dW2 = [dz2 * a11, dz2 * a12]
da1 = [dz2 * D("0.5"), dz2 * D("-0.3")]
dt = [1 - a11 ** 2, 1 - a12 ** 2]
dz1 = [da1[0] * dt[0], da1[1] * dt[1]]
dW1 = [[dz1[0] * x1, dz1[0] * x2], [dz1[1] * x1, dz1[1] * x2]]
eta = D("0.1")
W2n = [D("0.5") - eta * dW2[0], D("-0.3") - eta * dW2[1]]
b2n = D("0.2") - eta * dz2
W1n = [[D("0.3") - eta * dW1[0][0], D("-0.1") - eta * dW1[0][1]],
       [D("0.2") - eta * dW1[1][0], D("0.4") - eta * dW1[1][1]]]
b1n = [D("0.1") - eta * dz1[0], D("-0.2") - eta * dz1[1]]

# ---------------------------------------------------------------- the printed lines
chk("z1_1", "z^{(1)}_1&=0.3", "0.27", z11, lambda: D("0.3") * D("0.5") + D("-0.1") * D("-0.2") + D("0.1"))
chk("z1_2", "z^{(1)}_2&=0.2", "-0.18", z12, lambda: D("0.2") * D("0.5") + D("0.4") * D("-0.2") - D("0.2"))
chk("z1v_1", "begin{bmatrix}0.270000", "0.270000", z11, deps=["z1_1"])
chk("z1v_2", "begin{bmatrix}0.270000", "-0.180000", z12, deps=["z1_2"])
chk("tanh_arg1", "tanh(0.27)", "0.27", z11, deps=["z1_1"], note="restated argument")
chk("tanh_arg2", "tanh(0.27)", "-0.18", z12, deps=["z1_2"], note="restated argument")
chk("a1_1", "=\\\\begin{bmatrix}0.263625", "0.263625", a11, deps=["z1_1"])
chk("a1_2", "=\\\\begin{bmatrix}0.263625", "-0.178081", a12, deps=["z1_2"])
chk("z2ops_1", "z^{(2)}=0.5\\\\cdot0.263625", "0.263625", a11, deps=["a1_1"], note="restated operand")
chk("z2ops_2", "z^{(2)}=0.5\\\\cdot0.263625", "-0.178081", a12, deps=["a1_2"], note="restated operand")
# line '=0.385237' carries no operands of its own (they are on the line above): rule (b), or follows from them
chk("z2", "\"=0.385237", "0.385237", z2, lambda a, b: D("0.5") * a + D("-0.3") * b + D("0.2"),
    [R("0.263625"), R("-0.178081")], deps=["a1_1", "a1_2"], rule="b")
chk("yhat_arg", "tanh(0.385237)=", "0.385237", z2, deps=["z2"])
chk("yhat", "tanh(0.385237)=", "0.367247", yh, lambda z: tanh(z), [R("0.385237")], deps=["z2"])
chk("L", "L=(y-\\\\hat y)^2", "0.400377", L, lambda h: (1 - h) ** 2, [R("0.367247")], deps=["yhat"])
chk("dy", "2(0.367247-1)", "-1.265507", dy, lambda h: 2 * (h - 1), [R("0.367247")], deps=["yhat"])
chk("dz2", "=-1.265507\\\\cdot", "-1.094828", dz2, lambda g, h: g * (1 - h ** 2),
    [R("-1.265507"), R("0.367247")], deps=["dy", "yhat"])
chk("dW2_1", "begin{bmatrix}-0.288624", "-0.288624", dW2[0], deps=["dz2", "a1_1"])
chk("dW2_2", "begin{bmatrix}-0.288624", "0.194968", dW2[1], deps=["dz2", "a1_2"])
chk("db2", "partial b^{(2)}}=\\\\mathbf{-1.094828}", "-1.094828", dz2, deps=["dz2"])
chk("da1_1", "begin{bmatrix}-0.547414", "-0.547414", da1[0], deps=["dz2"])
chk("da1_2", "begin{bmatrix}-0.547414", "0.328448", da1[1], deps=["dz2"])
chk("dt_1", "1-(a^{(1)})^2=", "0.930502", dt[0], deps=["a1_1"])
chk("dt_2", "1-(a^{(1)})^2=", "0.968287", dt[1], deps=["a1_2"])
chk("dz1_1", "=\\\\begin{bmatrix}-0.509370", "-0.509370", dz1[0], deps=["da1_1", "dt_1"], nth=1)
chk("dz1_2", "=\\\\begin{bmatrix}-0.509370", "0.318032", dz1[1], deps=["da1_2", "dt_2"], nth=1)
chk("dW1_11", "-0.254685 & 0.101874", "-0.254685", dW1[0][0], deps=["dz1_1"])
chk("dW1_12", "-0.254685 & 0.101874", "0.101874", dW1[0][1], deps=["dz1_1"])
chk("dW1_21", "0.159016 & -0.063606", "0.159016", dW1[1][0], deps=["dz1_2"])
chk("dW1_22", "0.159016 & -0.063606", "-0.063606", dW1[1][1], deps=["dz1_2"])
chk("db1_1", "partial b^{(1)}}=\\\\begin{bmatrix}-0.509370", "-0.509370", dz1[0], deps=["dz1_1"])
chk("db1_2", "partial b^{(1)}}=\\\\begin{bmatrix}-0.509370", "0.318032", dz1[1], deps=["dz1_2"])
chk("W2n_1", "begin{bmatrix}0.528862", "0.528862", W2n[0], deps=["dW2_1"])
chk("W2n_2", "begin{bmatrix}0.528862", "-0.319497", W2n[1], deps=["dW2_2"])
chk("b2n", "mathbf{0.309483}", "0.309483", b2n, deps=["db2"])
chk("W1n_11", "0.325468 & -0.110187", "0.325468", W1n[0][0], deps=["dW1_11"])
chk("W1n_12", "0.325468 & -0.110187", "-0.110187", W1n[0][1], deps=["dW1_12"])
chk("W1n_21", "0.184098 & ", "0.184098", W1n[1][0], deps=["dW1_21"])
chk("W1n_22", "0.184098 & ", "0.406361", W1n[1][1], deps=["dW1_22"])
chk("b1n_1", "phantom{-}0.150937", "0.150937", b1n[0], deps=["db1_1"])
chk("b1n_2", "phantom{-}0.150937", "-0.231803", b1n[1], deps=["db1_2"])

NOTES = ("Portuguese notebook of the Insper 'Redes Neurais' course (student gabrielmmh): Exercício 1 works a 2-2-1 "
         "tanh MLP by hand in one Markdown cell (LaTeX in $$ blocks): pre-activations, tanh, output, loss "
         "L = (y - yhat)^2 (no 1/2; the page's own convention, followed), dL/dyhat = 2(yhat - y), deltas, gradients "
         "and an SGD step with eta = 0.1. Every printed number is right at six decimals: a clean document (measures "
         "false alarms). Close calls: dL/dyhat = 2(0.367247-1) prints -1.265507 while the printed operand gives "
         "-1.265506 exactly; with 0.367247 read within half a unit (0.3672465) it gives -1.265507 and the true value "
         "is -1.2655069, so right. The loss (1-0.367247)^2 = 0.4003764 exactly from the printed operand but "
         "0.400377 from 0.3672465, true 0.4003769: right. '=0.385237' stands on its own line below the expression "
         "line, judged by rule (b) (true 0.3852367). dL/dW1[0][0] = -0.254685 (true -0.25468488) and the updated "
         "W1[0][0] = 0.325468 (true 0.32546849) are right. Lines that restate computed operands (tanh(0.27), "
         "0.5*0.263625+..., tanh(0.385237)) are listed as right. The lines of the updated parameters print only "
         "results (the formulas are symbolic) and are judged by rule (b).")

report_and_write(NOTES)
