#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, Piotr Owerko's notebook
simple_NN_edu_tutorial.ipynb ("Simple, educational exemple of forward feed and backpropagation"): a 2-2-1 sigmoid
network with biases, one training example, one gradient step on three selected weights (w00_2, w01_2, w11_1).

Plain Python (decimal at 60 digits); does not import nnwalk or the generator, and does not run the notebook.

Givens (code cell 2): x = (2.5, 1.2), target y = 1 (data[0]); initial_w[0] = [0.8, 0.4, 0.6, 0.3, 0.7, 0.1]
(hidden layer: z1_1 = w[0][0] + x1 w[0][2] + x2 w[0][4], z2_1 = w[0][1] + x1 w[0][3] + x2 w[0][5]),
initial_w[1] = [0.5, 0.2, 1.1] (output: z0_2 = w[1][0] + w[1][1] sigma01_1 + w[1][2] sigma02_1); sigmoid on both
layers; cost = 1/2 (sigma0_2 - y)^2; l_rate = 0.1; w <- w - l_rate dcost/dw, with
dcost/dw00_2 = (sigma0_2 - y) sigma0_2 (1 - sigma0_2), dcost/dw01_2 = that times sigma01_1,
dcost/dw11_1 = (sigma0_2 - y) sigma0_2 (1 - sigma0_2) w01_2 sigma01_1 (1 - sigma01_1) x1 (old w01_2).

`line` is the 1-based line of the raw .ipynb (JSON) text, as grep -n shows it; each stream output of this notebook
is stored as one JSON string, so one raw line can hold several printed values.

Judging rule (as in the other folders; p a printed number, u one unit in its last digit):
  near(p, X)  <=>  |p - round(X to p's digits)| <= u, or, for the full-precision float reprs (16-17 significant
  digits), |p - X| <= 4 ulp of a float64 (another order of float64 operations may differ in the last bits)
  1. the line shows p as the result of an expression of printed operands and p is not near it -> wrong, first
  2. p is near the true value                                     -> right
  3. an upstream printed value it depends on is wrong              -> wrong, propagated
  4. the author's own (wrong) formula produced it                  -> wrong, first
  5. p follows from its printed, correct operands                  -> right (rounding drift)
  6. otherwise                                                     -> wrong, first
A restated value (an operand copied from an earlier line) is judged like the value it copies.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/piotrowerko/neural_network_edu_tutorial/blob/"
          "494f2d5dd0209fe2110619091aab31e97c234e2b/simple_NN_edu_tutorial.ipynb")
LICENSE = "GPL-3.0 (GNU General Public License v3, LICENSE in the repository); copied verbatim"
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


def near_digits(p, x):
    return abs(D(p) - rnd(x, p)) <= unit(p)


def near(p, x):
    """Within one unit of the last printed digit, or within 4 float64 ulp for a full-precision repr."""
    if near_digits(p, x):
        return True
    digits = len(D(p).as_tuple().digits)
    return digits >= 15 and abs(D(p) - D(x)) <= 4 * abs(D(x)) * D(2) ** -52


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, ops=None, up=(), method=False, why="", correct=None, explicit=True):
    """Judge one printed number (rules in the module docstring)."""
    assert printed in DOC[line - 1], (line, printed)
    p = D(printed)
    if ops is None and up and explicit:
        ops = p  # a restated value: it carries the status of the value it copies (rules 3 and 5)
    ops_ok = ops is None or near(p, ops)
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


# ---------------- exact values from the givens ----------------
x1, x2, y = D("2.5"), D("1.2"), D(1)
w = [D("0.8"), D("0.4"), D("0.6"), D("0.3"), D("0.7"), D("0.1")]
v = [D("0.5"), D("0.2"), D("1.1")]
eta = D("0.1")
z1 = w[0] + x1 * w[2] + x2 * w[4]
z2 = w[1] + x1 * w[3] + x2 * w[5]
a1, a2 = sig(z1), sig(z2)
zo = v[0] + a1 * v[1] + a2 * v[2]
o = sig(zo)
cost = (o - y) ** 2 / 2
dco = o - y
spo = o * (1 - o)
g00 = dco * spo
w00n = v[0] - eta * g00
g01 = a1 * spo * dco
w01n = v[1] - eta * g01
dca1 = dco * spo * v[1]
sp1 = a1 * (1 - a1)
g11 = x1 * sp1 * dca1
w11n = w[2] - eta * g11

# ---------------- forward feed (outputs of cells 5-7) ----------------
ln = line_of("value of z1_1 = 3.1399999999999997")
chk("z1", ln, "3.1399999999999997", z1)
chk("a1", ln, "0.9585128806983042", a1, up=["z1"], explicit=False)
ln = line_of("value of z2_1 = 1.27")
chk("z2", ln, "1.27", z2)
chk("a2", ln, "0.7807427479121283", a2, up=["z2"], explicit=False)
ln = line_of("value of z0_2 = 1.550519598843002")
chk("zo", ln, "1.550519598843002", zo, up=["a1", "a2"], explicit=False)
chk("o", ln, "0.8249887653819851", o, up=["zo"], explicit=False)
# ---------------- cost (cell 9) ----------------
ln = line_of("value of cost function: 0.015314466121260934")
chk("cost", ln, "0.015314466121260934", cost, up=["o"], explicit=False)
# ---------------- w00_2 (cells 11-14) ----------------
ln = line_of('"d_cost_d_sigma0_2 = -0.17501123461801493\\n"')
chk("dco", ln, "-0.17501123461801493", dco, up=["o"], explicit=False)
ln = line_of("d_sigma_dz0_2 = 0.14438230237549307\\n\"")
chk("spo", ln, "0.14438230237549307", spo, up=["o"], explicit=False)
ln = line_of("d_cost_dw00_2 = -0.025268524995726592")
chk("g00", ln, "-0.025268524995726592", g00, up=["dco", "spo"], explicit=False)
chk("w00n", ln, "0.5025268524995726", w00n, up=["g00"], explicit=False)
# ---------------- w01_2 (cells 16-19) ----------------
ln = line_of("d_cost_d_sigma0_2 = -0.17501123461801493\\n\\nd_sigmoid")
chk("dcor", ln, "-0.17501123461801493", dco, up=["dco"])
chk("spor", ln, "0.14438230237549307", spo, up=["spo"])
ln = line_of("d_z0_2_d_w01_2 = 0.9585128806983042")
chk("a1r", ln, "0.9585128806983042", a1, up=["a1"])
ln = line_of("d_cost_dw_012 = -0.024220206684651")
chk("g01", ln, "-0.024220206684651", g01, up=["a1", "spo", "dco"], explicit=False)
ln = line_of("w01_2_new = 0.20242202066846512")
chk("w01n", ln, "0.20242202066846512", w01n, up=["g01"], explicit=False)
# ---------------- w11_1 (cells 22-28) ----------------
ln = line_of("d_cost_d_sigma01_1 = -0.005053704999145319")
chk("dca1", ln, "-0.005053704999145319", dca1, up=["dco", "spo"], explicit=False)
ln = line_of("d_sigma01_1_d_z1_1 = 0.03976593823374266")
# 1 - a1 cancels about 4.6 bits of a1's float64 precision; the repr follows from the printed a1 (rule 5)
chk("sp1", ln, "0.03976593823374266", sp1, ops=D("0.9585128806983042") * (1 - D("0.9585128806983042")), up=["a1"],
    explicit=False)
ln = line_of("d_cost_d_w11_1 = -0.0005024133021189231")
chk("g11", ln, "-0.0005024133021189231", g11,
    ops=D("2.5") * D("0.03976593823374266") * D("-0.005053704999145319"), up=["dca1", "sp1"], explicit=False)
chk("w11n", ln, "0.6000502413302119", w11n, up=["g11"], explicit=False)


NOTES = (
    'Jupyter notebook simple_NN_edu_tutorial.ipynb of Piotr Owerko (GitHub piotrowerko/neural_network_edu_tutorial, '
    '2020, GPL-3.0, copied verbatim): a 2-2-1 sigmoid network with biases, one training example x = (2.5, 1.2), '
    'y = 1, cost 1/2 (sigma0_2 - y)^2, one step with l_rate = 0.1 on three weights (the output bias w00_2, the '
    'output weight w01_2 and the hidden weight w11_1), each chain-rule factor printed by code (f-strings of full '
    'float64 reprs, several values in one saved stream output, that is one raw JSON line). Every printed number was '
    'computed by the code from the givens and is within float64 rounding of the exact value. No wrong line (a '
    'false-alarm test for code-cell outputs with full-precision floats, including 3.1399999999999997).'
)

if __name__ == "__main__":
    main()
