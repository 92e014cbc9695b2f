#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md: the section "Cálculos manuais dos passos
de um MLP" of tpenha05/Entregas_Redes_ML docs/roteiro3/main.md (Portuguese; Insper course "Redes Neurais"): one
forward pass, loss, backward pass and SGD update of a 2-2-1 tanh network, worked in code blocks at 4 decimals.
doc.md is an excerpt (the repository has no licence): lines 15-240 of the original, verbatim. `line` numbers are
1-based lines of doc.md (grep -n).

Plain Python 3 (decimal at 60 digits); no nnwalk import.

Givens: x = [0.5, -0.2], y = 1.0, W1 = [[0.3, -0.1], [0.2, 0.4]] (z1 = W1 @ x: row i = hidden unit i, as the page's
own line 36 shows), b1 = [0.1, -0.2], W2 = [0.5, -0.3], b2 = 0.2; the list of givens says eta = 0.3 but section 4 is
headed "(η = 0.1)" and every update uses 0.1 - judged with 0.1. The page's conventions: L = 1/2 (y - yhat)^2,
dL/dyhat = yhat - y, tanh' = 1 - tanh^2.

Judging rule (p a printed number, u one unit in its last digit):
 (a) a line printing p as the result of an expression of numbers printed on that line is right when redoing it
     from those numbers rounds to p (a rounded operand may lie anywhere within half a unit; a given is exact);
 (b) a value printed without its working on its line (or restated) is right within one unit of the true value,
     or when it follows from printed correct operands;
 (c) restated wrong values and values computed from wrong ones that are themselves off are wrong, propagated.
Usage: python3 recompute.py [--write-expected]
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/tpenha05/Entregas_Redes_ML/blob/912fbc05141a47d98e4279c08b6f7557fd93f3d9/"
          "docs/roteiro3/main.md")
LICENSE = ("none stated (no LICENSE file in the repository); doc.md is an excerpt: lines 15-240 of the file "
           "(the hand-worked section), verbatim")
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
u2 = D("0.5") * a11 + D("-0.3") * a12 + D("0.2")
yh = tanh(u2)
L = (y - yh) ** 2 / 2
dy = yh - y
dz2 = dy * (1 - yh ** 2)
dW2 = [dz2 * a11, dz2 * a12]
dh = [D("0.5") * dz2, D("-0.3") * dz2]
dt = [1 - a11 ** 2, 1 - a12 ** 2]
dz1 = [dh[0] * dt[0], dh[1] * dt[1]]
# z1 = W1 @ x, so dL/dW1[i][j] = dz1[i] * x[j]
dW1 = [[dz1[0] * x1, dz1[0] * x2], [dz1[1] * x1, dz1[1] * x2]]
eta = D("0.1")
W2n = [D("0.5") - eta * dW2[0], D("-0.3") - eta * dW2[1]]
b2n = D("0.2") - eta * dz2
W1n = [[D("0.3") - eta * dW1[0][0], D("-0.1") - eta * dW1[0][1]],
       [D("0.2") - eta * dW1[1][0], D("0.4") - eta * dW1[1][1]]]
b1n = [D("0.1") - eta * dz1[0], D("-0.2") - eta * dz1[1]]

# ---------------------------------------------------------------- the printed lines
chk("z1_s1", "z1 = [0.15 + 0.02", "0.15", D("0.15"), lambda: D("0.3") * D("0.5"))
chk("z1_s2", "z1 = [0.15 + 0.02", "0.02", D("0.02"), lambda: D("-0.1") * D("-0.2"))
chk("z1_s3", "z1 = [0.15 + 0.02", "0.10", D("0.10"), lambda: D("0.2") * D("0.5"))
chk("z1_s4", "z1 = [0.15 + 0.02", "- 0.08", D("0.08"), lambda: D("0.08"),
    note="printed as '- 0.08' for + 0.4*(-0.2)")
CHECKS[-1]["printed"] = "0.08"
chk("z1_1", "z1 = [0.27, -0.18]", "0.27", z11, deps=["z1_s1", "z1_s2"])
chk("z1_2", "z1 = [0.27, -0.18]", "-0.18", z12, deps=["z1_s3", "z1_s4"])
chk("h_arg1", "h1 = [tanh(0.27)", "0.27", z11, deps=["z1_1"])
chk("h_arg2", "h1 = [tanh(0.27)", "-0.18", z12, deps=["z1_2"])
chk("a1_1", "h1 ≈ [0.2637", "0.2637", a11, deps=["z1_1"],
    note="tanh(0.27) = 0.263625 rounds to 0.2636; 0.2637 is one unit off - right by rule (b), close call")
chk("a1_2", "h1 ≈ [0.2637", "-0.1781", a12, deps=["z1_2"])
chk("u_ops1", "u2 = [0.5, -0.3] @ [0.2637", "0.2637", a11, deps=["a1_1"])
chk("u_ops2", "u2 = [0.5, -0.3] @ [0.2637", "-0.1781", a12, deps=["a1_2"])
chk("u_ops3", "u2 = (0.5*0.2637)", "0.2637", a11, deps=["a1_1"])
chk("u_ops4", "u2 = (0.5*0.2637)", "0.1781", -a12, deps=["a1_2"])
chk("u_t1", "u2 = 0.1319 + 0.0534", "0.1319", D("0.5") * a11, lambda a: D("0.5") * a, [R("0.2637")],
    deps=["a1_1"], rule="b")
chk("u_t2", "u2 = 0.1319 + 0.0534", "0.0534", D("-0.3") * a12, lambda a: D("0.3") * a, [R("0.1781")],
    deps=["a1_2"], rule="b")
chk("u2", "u2 = 0.3853", "0.3853", u2, lambda a, b: a + b + D("0.2"), [R("0.1319"), R("0.0534")],
    deps=["u_t1", "u_t2"], rule="b")
chk("yh_arg", "y_pred = tanh(0.3853)", "0.3853", u2, deps=["u2"])
chk("yh", "y_pred ≈ 0.3672", "0.3672", yh, deps=["u2"],
    note="tanh(0.3853) = 0.36730 would give 0.3673; the printed 0.3672 is the true value - right by rule (b)")
chk("L_op", "L = 1/2 * (1 - 0.3672)^2", "0.3672", yh, deps=["yh"])
chk("L_d", "L = 1/2 * (0.6328^2)", "0.6328", 1 - yh, lambda h: 1 - h, [R("0.3672")], deps=["yh"], rule="b")
chk("L_sq", "L = 1/2 * 0.4004", "0.4004", (1 - yh) ** 2, lambda d: d * d, [R("0.6328")], deps=["L_d"], rule="b")
chk("L", "L ≈ 0.2002", "0.2002", L, lambda s: s / 2, [R("0.4004")], deps=["L_sq"], rule="b")
chk("dy_op", "dL/dy_pred = (0.3672 - 1)", "0.3672", yh, deps=["yh"])
chk("dy", "dL/dy_pred = -0.6328", "-0.6328", dy, lambda h: h - 1, [R("0.3672")], deps=["yh"], rule="b")
chk("dz2_o1", "dL/du2 = -0.6328 * (1 - 0.3672^2)", "-0.6328", dy, deps=["dy"])
chk("dz2_o2", "dL/du2 = -0.6328 * (1 - 0.3672^2)", "0.3672", yh, deps=["yh"])
chk("dz2_o3", "dL/du2 = -0.6328 * (1 - 0.1348)", "-0.6328", dy, deps=["dy"])
chk("yh2", "dL/du2 = -0.6328 * (1 - 0.1348)", "0.1348", yh ** 2, lambda h: h * h, [R("0.3672")], deps=["yh"],
    rule="b")
chk("dz2_o4", "dL/du2 = -0.6328 * 0.8652", "-0.6328", dy, deps=["dy"])
chk("tp", "dL/du2 = -0.6328 * 0.8652", "0.8652", 1 - yh ** 2, lambda s: 1 - s, [R("0.1348")], deps=["yh2"],
    rule="b")
chk("dz2", "dL/du2 ≈ -0.5475", "-0.5475", dz2, lambda a, b: a * b, [R("-0.6328"), R("0.8652")],
    deps=["dy", "tp"], rule="b")
chk("dW2_o1", "dL/dW2 = -0.5475 * [0.2637", "-0.5475", dz2, deps=["dz2"])
chk("dW2_o2", "dL/dW2 = -0.5475 * [0.2637", "0.2637", a11, deps=["a1_1"])
chk("dW2_o3", "dL/dW2 = -0.5475 * [0.2637", "-0.1781", a12, deps=["a1_2"])
chk("dW2_1", "dL/dW2 = [-0.1444", "-0.1444", dW2[0], lambda d, a: d * a, [R("-0.5475"), R("0.2637")],
    deps=["dz2", "a1_1"], rule="b")
chk("dW2_2", "dL/dW2 = [-0.1444", "0.0975", dW2[1], lambda d, a: d * a, [R("-0.5475"), R("-0.1781")],
    deps=["dz2", "a1_2"], rule="b")
chk("db2", "dL/db2 = -0.5475", "-0.5475", dz2, deps=["dz2"])
chk("dh_o", "dL/dh1 = [0.5, -0.3]^T * -0.5475", "-0.5475", dz2, deps=["dz2"])
chk("dh_1", "dL/dh1 = [-0.2737", "-0.2737", dh[0], lambda d: D("0.5") * d, [R("-0.5475")], deps=["dz2"],
    rule="b")
chk("dh_2", "dL/dh1 = [-0.2737", "0.1643", dh[1], lambda d: D("-0.3") * d, [R("-0.5475")], deps=["dz2"],
    rule="b")
chk("dz1_o1", "= [-0.2737, 0.1643] ⊙ [1 - 0.2637^2", "-0.2737", dh[0], deps=["dh_1"])
chk("dz1_o2", "= [-0.2737, 0.1643] ⊙ [1 - 0.2637^2", "0.1643", dh[1], deps=["dh_2"])
chk("dz1_o3", "= [-0.2737, 0.1643] ⊙ [1 - 0.2637^2", "0.2637", a11, deps=["a1_1"])
chk("dz1_o4", "= [-0.2737, 0.1643] ⊙ [1 - 0.2637^2", "-0.1781", a12, deps=["a1_2"])
chk("dz1_o5", "= [-0.2737, 0.1643] ⊙ [0.9305", "-0.2737", dh[0], deps=["dh_1"])
chk("dz1_o6", "= [-0.2737, 0.1643] ⊙ [0.9305", "0.1643", dh[1], deps=["dh_2"])
chk("dt_1", "= [-0.2737, 0.1643] ⊙ [0.9305", "0.9305", dt[0], lambda a: 1 - a * a, [R("0.2637")],
    deps=["a1_1"], rule="b")
chk("dt_2", "= [-0.2737, 0.1643] ⊙ [0.9305", "0.9683", dt[1], lambda a: 1 - a * a, [R("-0.1781")],
    deps=["a1_2"], rule="b")
chk("dz1_1", "= [-0.2546, 0.1590]", "-0.2546", dz1[0], lambda g, t: g * t, [R("-0.2737"), R("0.9305")],
    deps=["dh_1", "dt_1"], rule="b", nth=1)
chk("dz1_2", "= [-0.2546, 0.1590]", "0.1590", dz1[1], lambda g, t: g * t, [R("0.1643"), R("0.9683")],
    deps=["dh_2", "dt_2"], rule="b", nth=1)
chk("dW1_o1", "= [0.5, -0.2]^T * [-0.2546", "-0.2546", dz1[0], deps=["dz1_1"])
chk("dW1_o2", "= [0.5, -0.2]^T * [-0.2546", "0.1590", dz1[1], deps=["dz1_2"])
chk("dW1_o3", "= [[0.5*(-0.2546), 0.5*(0.1590)],", "-0.2546", dz1[0], deps=["dz1_1"],
    note="restated correct value; the layout puts 0.5*dz1_2 in row 1 (transposed), its numbers are right")
chk("dW1_o4", "= [[0.5*(-0.2546), 0.5*(0.1590)],", "0.1590", dz1[1], deps=["dz1_2"])
chk("dW1_o5", "[-0.2*(-0.2546), -0.2*(0.1590)]]", "-0.2546", dz1[0], deps=["dz1_1"])
chk("dW1_o6", "[-0.2*(-0.2546), -0.2*(0.1590)]]", "0.1590", dz1[1], deps=["dz1_2"])
TRANS = ("dL/dW1 is printed as x dz1^T (the transpose): with the page's own z1 = W1 @ x (row i = hidden unit i, "
         "line 36) dL/dW1[i][j] = dz1_i * x_j")
chk("dW1_11", "= [[-0.1273, 0.0795],", "-0.1273", dW1[0][0], lambda d: D("0.5") * d, [R("-0.2546")],
    deps=["dz1_1"], rule="b")
chk("dW1_12", "= [[-0.1273, 0.0795],", "0.0795", dW1[0][1], deps=["dz1_1", "dz1_2"],
    note=TRANS + ", so entry [0][1] is dz1_1 * x2 = -0.2546*(-0.2) = 0.0509, not 0.5*0.1590 = 0.0795")
chk("dW1_21", "[ 0.0509, -0.0318]]", "0.0509", dW1[1][0], deps=["dz1_1", "dz1_2"],
    note=TRANS + ", so entry [1][0] is dz1_2 * x1 = 0.1590*0.5 = 0.0795, not -0.2*(-0.2546) = 0.0509")
chk("dW1_22", "[ 0.0509, -0.0318]]", "-0.0318", dW1[1][1], lambda d: D("-0.2") * d, [R("0.1590")],
    deps=["dz1_2"], rule="b")
chk("db1_1", "= [-0.2546, 0.1590]", "-0.2546", dz1[0], deps=["dz1_1"], nth=2)
chk("db1_2", "= [-0.2546, 0.1590]", "0.1590", dz1[1], deps=["dz1_2"], nth=2)
chk("W2n_o1", "= [0.5, -0.3] - 0.1*[-0.1444", "-0.1444", dW2[0], deps=["dW2_1"])
chk("W2n_o2", "= [0.5, -0.3] - 0.1*[-0.1444", "0.0975", dW2[1], deps=["dW2_2"])
chk("W2n_1", "= [0.5144, -0.3098]", "0.5144", W2n[0], lambda g: D("0.5") - D("0.1") * g, [R("-0.1444")],
    deps=["dW2_1"], rule="b")
chk("W2n_2", "= [0.5144, -0.3098]", "-0.3098", W2n[1], lambda g: D("-0.3") - D("0.1") * g, [R("0.0975")],
    deps=["dW2_2"], rule="b")
chk("b2n_o", "= 0.2 - 0.1*(-0.5475)", "-0.5475", dz2, deps=["dz2"])
chk("b2n", "= 0.2548", "0.2548", b2n, lambda g: D("0.2") - D("0.1") * g, [R("-0.5475")], deps=["dz2"],
    rule="b")
chk("W1n_o1", "- 0.1*[[-0.1273, 0.0795], [0.0509, -0.0318]]", "-0.1273", dW1[0][0], deps=["dW1_11"])
chk("W1n_o2", "- 0.1*[[-0.1273, 0.0795], [0.0509, -0.0318]]", "0.0795", dW1[0][1], deps=["dW1_12"],
    note="restates the misplaced gradient entry (true dL/dW1[0][1] = 0.0509)")
chk("W1n_o3", "- 0.1*[[-0.1273, 0.0795], [0.0509, -0.0318]]", "0.0509", dW1[1][0], deps=["dW1_21"],
    note="restates the misplaced gradient entry (true dL/dW1[1][0] = 0.0795)")
chk("W1n_o4", "- 0.1*[[-0.1273, 0.0795], [0.0509, -0.0318]]", "-0.0318", dW1[1][1], deps=["dW1_22"])
chk("W1n_11", "= [[0.3127, -0.1079],", "0.3127", W1n[0][0], lambda g: D("0.3") - D("0.1") * g, [R("-0.1273")],
    deps=["dW1_11"], rule="b")
chk("W1n_12", "= [[0.3127, -0.1079],", "-0.1079", W1n[0][1], deps=["dW1_12"],
    note="-0.1 - 0.1*0.0795 uses the misplaced gradient; with dL/dW1[0][1] = 0.0509 it is -0.1051")
chk("W1n_21", "[0.1950,  0.4032]]", "0.1950", W1n[1][0], deps=["dW1_21"],
    note="0.2 - 0.1*0.0509 uses the misplaced gradient (and gives 0.19491, i.e. 0.1949, from it); with "
         "dL/dW1[1][0] = 0.0795 it is 0.1920")
chk("W1n_22", "[0.1950,  0.4032]]", "0.4032", W1n[1][1], lambda g: D("0.4") - D("0.1") * g, [R("-0.0318")],
    deps=["dW1_22"], rule="b")
chk("b1n_o1", "= [0.1, -0.2] - 0.1*[-0.2546", "-0.2546", dz1[0], deps=["dz1_1"])
chk("b1n_o2", "= [0.1, -0.2] - 0.1*[-0.2546", "0.1590", dz1[1], deps=["dz1_2"])
chk("b1n_1", "= [0.1255, -0.2159]", "0.1255", b1n[0], lambda g: D("0.1") - D("0.1") * g, [R("-0.2546")],
    deps=["dz1_1"], rule="b")
chk("b1n_2", "= [0.1255, -0.2159]", "-0.2159", b1n[1], lambda g: D("-0.2") - D("0.1") * g, [R("0.1590")],
    deps=["dz1_2"], rule="b")

NOTES = ("Portuguese report (Insper 'Redes Neurais', student tpenha05), hand-worked 2-2-1 tanh MLP in code blocks at "
         "4 decimals: forward pass, L = 1/2 (y - yhat)^2, dL/dyhat = yhat - y, deltas, gradients, SGD step. "
         "Wrong lines: the hidden-layer weight gradient is printed transposed. The page defines z1 = W1 @ x with "
         "W1 = [[0.3, -0.1], [0.2, 0.4]] (row i = hidden unit i, its line 36 computes 0.3*0.5 + (-0.1)(-0.2)), so "
         "dL/dW1[i][j] = dz1_i * x_j = [[-0.1273, 0.0509], [0.0795, -0.0318]]; the page writes x^T * dz1 and lays "
         "out [[0.5*dz1_1, 0.5*dz1_2], [-0.2*dz1_1, -0.2*dz1_2]] = [[-0.1273, 0.0795], [0.0509, -0.0318]] "
         "(lines 173-174, first), restates it in the update (line 212, propagated) and gets the off-diagonal "
         "updated weights -0.1079 and 0.1950 instead of -0.1051 and 0.1920 (lines 214-215, propagated; 0.1950 "
         "is besides one unit off its own operands, 0.2 - 0.00509 = 0.19491). The layout lines 170-171 print only "
         "the correct values -0.2546 and 0.1590 and are listed right (the misplacement shows first at 173-174). "
         "Close calls, all right by rule (b) (one unit): h1 = 0.2637 for tanh(0.27) = 0.263625 (0.2636); "
         "u2 = 0.3853 (true 0.38524); dL/du2 = -0.5475 (true -0.54741); dL/dh1[1] = 0.1643 (true 0.16422); "
         "dz1_1 = -0.2546 (true -0.25468; -0.2737*0.9305 = -0.25468 from its printed operands, also reachable as "
         "-0.2546 with the operands within half a unit); W2n[1] = -0.3098, b2n = 0.2548. yhat = 0.3672 is the "
         "true tanh(u2) (tanh of the printed 0.3853 would be 0.3673). Learning rate: the givens list says "
         "eta = 0.3, but section 4 is headed '(η = 0.1)' and every update uses 0.1; judged with 0.1 (the givens "
         "line itself is not listed). Lines restating computed operands are listed right.")

report_and_write(NOTES)
