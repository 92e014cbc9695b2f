#!/usr/bin/env python3
"""Independent recomputation of every number printed in the saved outputs of doc.ipynb, the code cells of
SEBASBELMOS/MLP Redes/3.ipynb (a Spanish course exercise, "Punto 3": one back-propagation step through a 4-4-4
network with tanh hidden units and sigmoid outputs, updating the bias of the third hidden unit and the weight
w(2,4) between the second hidden unit and the fourth output), with the cells that re-check the step.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator. Lines are lines of the stored .ipynb
file (its JSON text): each printed line of a stream output is one line of the output's "text" list.

Givens (the code cells): eta = 0.70; X = (3, -2, 1, -1.5); D = (0.5, 1, 0.5, 1);
Wo (input -> hidden, row j = hidden unit j) = [[3, 8, 0.1, 2.1], [5.2, 3, 5, 9], [5.1, 1.1, 4, 0.2],
[2.1, 0.1, 7, 3.2]]; Ws (hidden -> output, row k = output k) = [[3, 5.1, 0.1, 2.1], [5, 8, 0.2, 6],
[5.1, 6.1, 4.1, 1.1], [8, 4, 7, 3.1]]; Bco = (-0.1, -3.3, 6, 0.1); Bcs = (-9, 2.1, 7, 4);
net_h = Wo X + Bco, z = tanh(net_h), net_o = Ws z + Bcs, y = sigmoid(net_o);
delta_out = (D - y) y (1 - y), delta_hid = (1 - z^2) (Ws^T delta_out) (with the weights of the forward pass);
the step asked for: Bco[2] += eta delta_hid[2] and Ws[3,1] += eta delta_out[3] z[1] (w(2,4), 0-based indices).
Every printed "antes" (before) value is the value before that one step, every "después" (after) value the value
after it; the cell headed "Verificación punto 3" says it works on copies so as not to disturb the updated values,
and reports "antes" and "después (teórico)" of the same single step.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  numpy arrays are printed with np.set_printoptions(precision=6, suppress=True), which drops trailing zeros
  ("1.", "-10.15"): every array element is read at 6 decimals; f-strings at their stated digits; a bare float repr
  (16-17 significant digits) is right within 1e-13 relative (float64 round-off).
  near(p, X)  <=>  |p - round(X to p's digits)| <= u
  1. no line prints its operands: every number is program output without its working
  2. p is near the true value                                     -> right
  3. an upstream printed value it depends on is wrong              -> wrong, propagated
  6. otherwise                                                     -> wrong, first
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = "https://github.com/SEBASBELMOS/MLP/blob/01a63878a266895ee1b8b47d1a068cabe74c28dc/Redes/3.ipynb"
LICENSE = ("none (no LICENSE in the repository); doc.ipynb keeps only the notebook's code cells with their saved "
           "outputs, in order and unchanged, under a Markdown note of ours; the closing Markdown cell is removed")
import json
import pathlib
import re
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


def tanh(x):
    e = (2 * D(x)).exp()
    return (e - 1) / (e + 1)


SIX = D("0.000001")


def near(p, x, unit):
    p, x = D(p), D(x)
    if unit is None:  # full repr
        return abs(p - x) <= D("1e-13") * abs(x)
    return abs(p - x.quantize(unit, rounding=ROUND_HALF_UP)) <= unit


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, unit, up=(), why=""):
    assert printed in DOC[line - 1], (line, printed)
    if near(printed, true, unit):
        st, kind = "right", None
    elif any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", "propagated"
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    q = unit if unit is not None else D("1e-16")
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), status=st, kind=kind, why=why,
                       correct=str(D(true).quantize(q, rounding=ROUND_HALF_UP))))


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:110]))
        for c in cs:
            print("            %-14s printed %-20s true %.12g -> %s%s" % (
                c["id"], c["printed"], c["true"], c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(c["correct"] for c in bad),
                          "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(dict.fromkeys(c["why"] or "follows from a wrong value" for c in bad))})
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


def array_nums(line):
    t = DOC[line - 1]
    return re.findall(r"-?\d+(?:\.\d*)?", t[t.index("[") + 1:t.rindex("]")])


def judge_array(tag, line, trues, up=(), whys=None):
    got = array_nums(line)
    assert len(got) == len(trues), (line, got)
    ids = []
    for k, (p, t) in enumerate(zip(got, trues)):
        cid = "%s[%d]@%d" % (tag, k, line)
        chk(cid, line, p, t, SIX, up=up, why=(whys or {}).get(k, ""))
        ids.append(cid)
    return ids


# ---------------- exact values from the givens ----------------
eta = D("0.70")
X = [D(v) for v in ("3", "-2", "1", "-1.5")]
Dt = [D(v) for v in ("0.5", "1", "0.5", "1")]
Wo = [[D(v) for v in r] for r in (("3", "8", "0.1", "2.1"), ("5.2", "3", "5", "9"), ("5.1", "1.1", "4", "0.2"),
                                  ("2.1", "0.1", "7", "3.2"))]
Ws = [[D(v) for v in r] for r in (("3", "5.1", "0.1", "2.1"), ("5", "8", "0.2", "6"), ("5.1", "6.1", "4.1", "1.1"),
                                  ("8", "4", "7", "3.1"))]
Bco = [D(v) for v in ("-0.1", "-3.3", "6", "0.1")]
Bcs = [D(v) for v in ("-9", "2.1", "7", "4")]


def forward(ws, bco):
    net_h = [sum(Wo[j][i] * X[i] for i in range(4)) + bco[j] for j in range(4)]
    z = [tanh(v) for v in net_h]
    net_o = [sum(ws[k][j] * z[j] for j in range(4)) + Bcs[k] for k in range(4)]
    y = [sig(v) for v in net_o]
    d_out = [(Dt[k] - y[k]) * y[k] * (1 - y[k]) for k in range(4)]
    d_hid = [(1 - z[j] ** 2) * sum(ws[k][j] * d_out[k] for k in range(4)) for j in range(4)]
    return net_h, z, net_o, y, d_out, d_hid


net_h, z, net_o, y, d_out, d_hid = forward(Ws, Bco)
bco3_new = Bco[2] + eta * d_hid[2]
w24_new = Ws[3][1] + eta * d_out[3] * z[1]
Ws_after = [list(r) for r in Ws]
Ws_after[3][1] = w24_new
Bco_after = list(Bco)
Bco_after[2] = bco3_new
y_after = forward(Ws_after, Bco_after)[3]

# what the verification cell actually ran: its copy already held the updated w(2,4)
s_net_h, s_z, s_net_o, s_y, s_d_out, s_d_hid = forward(Ws_after, Bco_after)
s_w24_new = w24_new + eta * s_d_out[3] * s_z[1]

# ---------------- forward pass and deltas (cells 4, 5) ----------------
judge_array("net_h", line_of('"net_h: ['), net_h)
judge_array("z", line_of('"z (tanh): ['), z)
judge_array("net_o", line_of('"net_o: ['), net_o)
judge_array("y", line_of('"y (sigmoid): ['), y)
judge_array("d_out", line_of('"delta_out: ['), d_out)
judge_array("d_hid", line_of('"delta_hid: ['), d_hid)

# ---------------- the update (cell 6) ----------------
ln = line_of('"Bco[2] antes: 6.0')
chk("bco_before", ln, "6.0", Bco[2], D("0.1"))
chk("bco_after", ln, "6.0", bco3_new, D("0.1"), why="")
ln = line_of('"Ws[4,2] (fila 4, col 2) antes: 4.0')
chk("w24_before", ln, "4.0", Ws[3][1], D("0.1"))
chk("w24_after", ln, "3.9938507552364877", w24_new, None)

# ---------------- "Verificación punto 3" (cell 7) ----------------
ln = line_of('"Bco[2] (bias oculta #3)  antes: 6.000000')
chk("v_bco_before", ln, "6.000000", Bco[2], SIX)
chk("v_bco_after", ln, "6.000000", bco3_new, SIX)
ln = line_of('"Ws[4,2] (w(2,4) salida) antes: 3.993851')
assert abs(D("3.987764") - s_w24_new) < D("0.000001")
chk("v_w24_before", ln, "3.993851", Ws[3][1], SIX,
    why="the verification cell copies Ws after cell 6 has already moved w(2,4), so its 'antes' (before) is the "
        "updated 3.993851 instead of 4.000000 (notebook state left by running the cells in order)")
chk("v_w24_after", ln, "3.987764", w24_new, SIX, up=["v_w24_before"],
    why="a second step applied to the already updated weight; one step gives 3.993851")
ln = line_of('"z (salida oculta): [')
judge_array("v_z", ln, z)
ln = line_of('"delta_out: [', 2)
judge_array("v_d_out", ln, d_out, up=["v_w24_before"])
ln = line_of('"delta_hid: [', 2)
judge_array("v_d_hid", ln, d_hid, up=["v_w24_before"])

# ---------------- "Chequeo del punto 3" (cell 8) ----------------
ln = line_of('"Bias oculto #3  esperado: 6.0000000000')
chk("c_bco_exp", ln, "6.0000000000", bco3_new, D("1e-10"))
chk("c_bco_cur", ln, "6.0000000000", bco3_new, D("1e-10"))
ln = line_of('"w(2,4) salida     esperado: 3.9938507552')
chk("c_w24_exp", ln, "3.9938507552", w24_new, D("1e-10"))
chk("c_w24_cur", ln, "3.9938507552", w24_new, D("1e-10"))

# ---------------- forward again (cell 9) ----------------
judge_array("y_before", line_of('"y antes: ['), y, up=["v_w24_before"])
judge_array("y_after", line_of('"y después de actualizar esos dos parámetros: ['), y_after)


NOTES = (
    "A Spanish course exercise notebook (SEBASBELMOS/MLP, Redes/3.ipynb, 2025-09-28; no license, so only the code "
    "cells and their saved outputs are kept): one back-propagation step through a 4-4-4 network with tanh hidden "
    "units and sigmoid outputs (eta = 0.70), updating the third hidden bias and w(2,4). The first pass (forward, "
    "deltas, the update 4.0 -> 3.9938507552364877) is right, and so are the check cell and the final forward pass. "
    "The 'Verificación punto 3' cell claims to work on copies of the original weights but copies Ws after the update, "
    "so it prints w(2,4) 'antes' 3.993851 for 4.000000 and a second step 3.987764 as 'después' (line 205), and its "
    "forward pass gives delta_out[3] = 0.008912 for 0.009003 and delta_hid[1] = -0.00805 for -0.008029 (lines 209, "
    "210); the last cell then prints those stale outputs as 'y antes' (y4 0.900521 for 0.899982, line 346). Read as "
    "a deliberate second step, lines 205-210 agree with each other; they are judged against the single step the "
    "notebook sets out to verify, since their 'antes' contradicts the 'antes: 4.0' printed two cells above. numpy "
    "arrays print with precision 6 and trailing zeros dropped ('1.', '-10.15'), so every element is read at 6 "
    "decimals."
)

if __name__ == "__main__":
    main()
