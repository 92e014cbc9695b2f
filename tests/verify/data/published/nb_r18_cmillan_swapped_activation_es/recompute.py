#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, the code cells (with their saved outputs)
of christiane-millan/UTM2023A-902A-Computacion-Flexible L04-backpropagation/code/brackpropagation_online.ipynb
("RN Backprogation online - step to step", a Spanish course notebook of Computacion Flexible, UTM 2023): one online
step of a 2-2-2 sigmoid network with biases on the well-known example inputs (0.05, 0.10), targets (0.01, 0.99).

Plain Python (decimal at 60 digits); does not import nnwalk or the generator. `line` is the 1-based line of the raw
.ipynb file (what grep -n shows).

Givens (the code cells, doc.ipynb lines 28-53): w_h = [[0.15, 0.25], [0.20, 0.30]] (row i: input i, column j: hidden
j), b_h = (0.35, 0.35), w_out = [[0.40, 0.50], [0.45, 0.55]] (row j: hidden j, column k: output k), b_out = (0.60,
0.60), x = (0.05, 0.1), t = (0.01, 0.99), eta = 0.5 (line 316); sigmoid on both layers, E = sum 1/2 (t - out)^2,
delta_o = -(t - out) out (1 - out), delta_h = (sum_k delta_o,k w_out[j][k]) h (1 - h), w <- w - eta delta a. True
values follow those rules exactly from the givens (the notebook's own rounding of some intermediates to 5 decimals
is not part of the true values; a printed value that follows from the printed, correct values it is computed from
is right).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  near(p, X)  <=>  |p - round(X to p's digits)| <= u
  A printed program output shows no working: it is right when near its true value, or when it follows (near) from
  the printed correct values it is computed from; wrong otherwise ("first" when the code's own mistake produced it,
  "propagated" when it only inherits a wrong printed value). Lines that only restate inputs are neither.
  Float dumps (15 or more significant digits, e.g. -0.019048977850000003) are printed by Python's repr of an
  IEEE double: such a value follows from its printed operands when it equals their exact result to 1e-15 relative,
  double-precision rounding being no error of the author.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/christiane-millan/UTM2023A-902A-Computacion-Flexible/blob/"
          "39440d8729022f91158a478293dde1d8247ebd8a/L04-backpropagation/code/brackpropagation_online.ipynb")
LICENSE = ("none (no LICENSE in the repository); doc.ipynb keeps only the notebook's code cells with their saved "
           "outputs, unchanged and in order, under a Markdown cell of ours; the Markdown (prose) cells are removed")
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


def chk(cid, line, printed, true, ops=None, up=(), method=False, why="", correct=None, explicit=True, exact=False):
    """Judge one printed number (rules in the module docstring)."""
    assert printed in DOC[line - 1], (line, printed)
    p = D(printed)
    if ops is None and up and explicit:
        ops = p  # a restated value: it carries the status of the value it copies (rules 3 and 5)
    # exact=True: the printed operands are exact (not rounded), so a reader redoing the line gets one rounding of
    # it and nothing else: the strict own-arithmetic rule of the other folders (readme_simple_bp_en, tex_lmu_i2dl_xor,
    # tex_smaxx73_session6_solutions)
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
x1, x2 = D("0.05"), D("0.1")
t1, t2 = D("0.01"), D("0.99")
w = {"i1h1": D("0.15"), "i2h1": D("0.20"), "i1h2": D("0.25"), "i2h2": D("0.30")}
bh = D("0.35")
v = {"h1o1": D("0.40"), "h1o2": D("0.50"), "h2o1": D("0.45"), "h2o2": D("0.55")}
bo = D("0.60")
eta = D("0.5")
zh1 = x1 * w["i1h1"] + x2 * w["i2h1"] + bh
zh2 = x1 * w["i1h2"] + x2 * w["i2h2"] + bh
h1, h2 = sig(zh1), sig(zh2)
zo1 = h1 * v["h1o1"] + h2 * v["h2o1"] + bo
zo2 = h1 * v["h1o2"] + h2 * v["h2o2"] + bo
o1, o2 = sig(zo1), sig(zo2)
E1, E2 = (t1 - o1) ** 2 / 2, (t2 - o2) ** 2 / 2
dE1, dE2 = -(t1 - o1), -(t2 - o2)
s1, s2 = o1 * (1 - o1), o2 * (1 - o2)
do1, do2 = dE1 * s1, dE2 * s2
e11, e12 = do1 * v["h1o1"], do2 * v["h1o2"]
e21, e22 = do1 * v["h2o1"], do2 * v["h2o2"]
eh1, eh2 = e11 + e12, e21 + e22
sh1, sh2 = h1 * (1 - h1), h2 * (1 - h2)
dh1, dh2 = eh1 * sh1, eh2 * sh2

# printed values used as operands (program outputs)
P = {k: D(s) for k, s in dict(h1="0.5932699921071872", h2="0.596884378259767", dE1="0.74137", dE2="-0.21707",
                              s1="0.18682", s2="0.17551", do1="0.1385", do2="-0.0381",
                              eh1="0.03635211951000001", eh2="0.041372358895", sh1="0.24130070857232525",
                              sh2="0.2406134172492184", dh1="0.008771792195868851",
                              dh2="0.009954744653387047").items()}


def float_ops(printed, ops):
    """A 16-17 digit float dump of a value computed from printed operands: what IEEE double arithmetic gives for it
    (a reader's exact redo can differ from the dump only in the last one or two digits, by double rounding)."""
    p = D(printed)
    if len(p.as_tuple().digits) >= 15 and abs(p - D(ops)) <= abs(D(ops)) * D("1e-15"):
        return p
    return ops


def out(cid, text, printed, true, ops, nth=1, up=(), why="", method=False):
    ops = float_ops(printed, ops)
    chk(cid, line_of(text, nth), printed, true, ops=ops, up=up, explicit=False, why=why, method=method)


# ---------------- forward pass ----------------
out("zh1", '"Entrada h1 =  0.3775', "0.3775", zh1, zh1)
out("zh2", '"Entrada h2 =  0.3925', "0.3925", zh2, zh2)
out("h1", '"Salida h1 =  0.5932699921071872', "0.5932699921071872", h1, sig("0.3775"))
out("h2", '"Salida h2 =  0.596884378259767', "0.596884378259767", h2, sig("0.3925"))
out("zo1", '"Entrada o1 =  1.10590596705977', "1.10590596705977", zo1,
    P["h1"] * D("0.40") + P["h2"] * D("0.45") + D("0.60"))
out("zo2", '"Entrada o2 =  1.2249214040964653', "1.2249214040964653", zo2,
    P["h1"] * D("0.50") + P["h2"] * D("0.55") + D("0.60"))
out("o1", '"Salida o1 =  0.7513650695523157', "0.7513650695523157", o1, sig("1.10590596705977"))
out("o2", '"Salida o2 =  0.7729284653214625', "0.7729284653214625", o2, sig("1.2249214040964653"))

# ---------------- error ----------------
out("E1", '"Error o1 =  0.27481', "0.27481", E1, (t1 - D("0.7513650695523157")) ** 2 / 2)
out("E2", '"Error o2 =  0.02356', "0.02356", E2, (t2 - D("0.7729284653214625")) ** 2 / 2)
out("E", '"Error total =  0.29837', "0.29837", E1 + E2, D("0.27481") + D("0.02356"))

# ---------------- output layer ----------------
out("dE1", '"Derivadad del error total o1 = 0.74137', "0.74137", dE1, -(t1 - D("0.7513650695523157")))
out("dE2", '"Derivadad del error total o2 = -0.21707', "-0.21707", dE2, -(t2 - D("0.7729284653214625")))
out("s1", '"Derivate of the logistic o1 = 0.18682', "0.18682", s1,
    D("0.7513650695523157") * (1 - D("0.7513650695523157")))
out("s2", '"Derivate of the logistic o1 = 0.17551', "0.17551", s2,
    D("0.7729284653214625") * (1 - D("0.7729284653214625")))
out("h1r", '"Salida de h1 0.5932699921071872', "0.5932699921071872", h1, P["h1"])
out("h2r", '"Salida de h2 0.596884378259767', "0.596884378259767", h2, P["h2"])
out("do1", '"delta o1 =  0.1385', "0.1385", do1, P["dE1"] * P["s1"])
out("do2", '"delta o2 =  -0.0381', "-0.0381", do2, P["dE2"] * P["s2"])

# ---------------- hidden layer ----------------
out("e11", '"0.05540109736000001', "0.05540109736000001", e11, P["dE1"] * P["s1"] * D("0.40"))
out("e12", '"-0.019048977850000003', "-0.019048977850000003", e12, P["dE2"] * P["s2"] * D("0.50"))
out("e21", '"0.06232623453000001', "0.06232623453000001", e21, P["dE1"] * P["s1"] * D("0.45"))
out("e22", '"-0.020953875635000004', "-0.020953875635000004", e22, P["dE2"] * P["s2"] * D("0.55"))
out("eh1", '"Derivada del Error  total de h1 =  0.03635211951000001', "0.03635211951000001", eh1,
    D("0.05540109736000001") + D("-0.019048977850000003"))
out("eh2", '"Derivada del Error  total de h2 =  0.041372358895', "0.041372358895", eh2,
    D("0.06232623453000001") + D("-0.020953875635000004"))
out("sh1", '"derivate of the logistic h1 =  0.24130070857232525', "0.24130070857232525", sh1,
    P["h1"] * (1 - P["h1"]))
out("sh2", '"derivate of the logistic h2 =  0.2406134172492184', "0.2406134172492184", sh2,
    P["h2"] * (1 - P["h2"]))
out("dh1", '"Delta h1 0.008771792195868851', "0.008771792195868851", dh1, P["eh1"] * P["sh1"])
out("dh2", '"Delta h2 0.009954744653387047', "0.009954744653387047", dh2, P["eh2"] * P["sh2"])

# ---------------- updates ----------------
n_h1o1 = v["h1o1"] - eta * do1 * h1
n_h1o2 = v["h1o2"] - eta * do2 * h1
n_h2o1 = v["h2o1"] - eta * do1 * h2
n_h2o2 = v["h2o2"] - eta * do2 * h2
ln = line_of('"[[0.35891605 0.51137065]')
chk("w00", ln, "0.35891605", n_h1o1, ops=D("0.40") - eta * P["do1"] * P["h1"], explicit=False)
chk("w01", ln, "0.51137065", n_h1o2, ops=D("0.50") - eta * P["do2"] * P["h1"], explicit=False, method=True,
    correct=str(rnd(D("0.50") - eta * P["do2"] * P["h1"], D("0.51137065"))),
    why="w_out[0][1] (h1 -> o2) is updated with delta_o2 times the output of h2 (0.596884) instead of h1 "
    "(0.593270): 0.50 + 0.5 x 0.0381 x 0.593270 = 0.51130179 (true 0.51130127), printed 0.51137065")
ln = line_of('" [0.40891605 0.56137065]]')
chk("w10", ln, "0.40891605", n_h2o1, ops=D("0.45") - eta * P["do1"] * P["h2"], explicit=False, method=True,
    correct=str(rnd(D("0.45") - eta * P["do1"] * P["h2"], D("0.40891605"))),
    why="w_out[1][0] (h2 -> o1) is updated with delta_o1 times the output of h1 (0.593270) instead of h2 "
    "(0.596884): 0.45 - 0.5 x 0.1385 x 0.596884 = 0.40866576 (true 0.40866619), printed 0.40891605")
chk("w11", ln, "0.56137065", n_h2o2, ops=D("0.55") - eta * P["do2"] * P["h2"], explicit=False)
ln = line_of('"[0.53075 0.61905]', 1)
chk("bo1", ln, "0.53075", bo - eta * do1, ops=bo - eta * P["do1"], explicit=False)
chk("bo2", ln, "0.61905", bo - eta * do2, ops=bo - eta * P["do2"], explicit=False)
ln = line_of('"[[0.14978071 0.24975113]')
chk("wh00", ln, "0.14978071", w["i1h1"] - eta * dh1 * x1, ops=D("0.15") - eta * P["dh1"] * x1, explicit=False)
chk("wh01", ln, "0.24975113", w["i1h2"] - eta * dh2 * x1, ops=D("0.25") - eta * P["dh2"] * x1, explicit=False)
ln = line_of('" [0.19956141 0.29950226]]')
chk("wh10", ln, "0.19956141", w["i2h1"] - eta * dh1 * x2, ops=D("0.20") - eta * P["dh1"] * x2, explicit=False)
chk("wh11", ln, "0.29950226", w["i2h2"] - eta * dh2 * x2, ops=D("0.30") - eta * P["dh2"] * x2, explicit=False)
ln = line_of('"[0.53075 0.61905]', 2)
chk("bo1r", ln, "0.53075", bo - eta * do1, up=["bo1"])
chk("bo2r", ln, "0.61905", bo - eta * do2, up=["bo2"])


NOTES = (
    "A Spanish course notebook (Computacion Flexible, UTM 2023; no license, so only its code cells with their saved "
    "outputs are kept, unchanged) that works one online backpropagation step of the well-known 2-2-2 example (x = "
    "(0.05, 0.1), t = (0.01, 0.99), eta = 0.5) with Python prints. The forward pass, errors, deltas, hidden-layer "
    "error terms, the output biases and the four input-to-hidden weights are right (several intermediates are rounded "
    "to 5 decimals by the code; a printed value that follows from those printed values is judged right). The "
    "output-weight update cell pairs two weights with the wrong hidden activation: w_out[0][1] (h1 -> o2) uses h2 "
    "and w_out[1][0] (h2 -> o1) uses h1, so the printed matrix has 0.51137065 for 0.51130179 (line 310) and "
    "0.40891605 for 0.40866576 (line 311), both first errors of the code; the diagonal entries are right. The "
    "hidden-layer error terms use the old output weights (the update cell runs later), as the rule requires. Line "
    "379 prints b_out again (the cell updates b_h but prints b_out): its numbers restate the right output biases "
    "and are judged right. Line 187's label says o1 for the o2 derivative; the number is right. Lines 258-259 "
    "restate the inputs and are neither. Close calls: the float dumps on lines 109, 251 and 253 (e.g. "
    "-0.019048977850000003 for -0.21707 x 0.17551 x 0.5 = -0.01904897785) differ from the exact product only by "
    "double-precision rounding and are judged right."
)

if __name__ == "__main__":
    main()
