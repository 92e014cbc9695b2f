#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, an excerpt (raw JSON, cells unchanged)
of IvanOsiichuk/AI-fundamentals back_propagation/back_propagation.ipynb ("Back propagation"): one forward pass,
squared-error loss, backward pass and gradient-descent step of a 2-4-1 sigmoid network whose hidden and output
biases are single scalars shared by all the neurons of their layer, every number printed by the notebook's code.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (doc.ipynb lines 29-43): x = (1, 0), target 0; weights_hidden = [[0.2, 0.4, 0.7, 0.5], [0.3, 0.5, 0.6,
0.9]] (row i = the weights from input i to the four hidden neurons), weights_output = (0.2, 0.4, 0.6, 0.8),
bias_hidden = 1 and bias_output = 1 (one scalar each, shared), learning rate 0.8. z_h = x W_h + b_h,
y_h = sigmoid(z_h), z_o = y_h . w_o + b_o, y_o = sigmoid(z_o), E = (t - y_o)^2 / 2; gradients by the chain rule
with the weights before the update; the shared hidden bias receives the sum of the four hidden deltas.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line that prints p as the result of an expression whose operands are printed on it is right only if redoing
      the expression from those printed numbers rounds to exactly p at p's digits; otherwise wrong, first;
  (b) a value printed without its working (a program's output) is right when within one unit of its last digit of
      the true value, or when it follows from printed correct operands; a float printed at full repr precision
      (16-17 significant digits, e.g. 0.05821814957952363) is judged within 1e-9 relative of the true value, as in
      nb_micrograd_lecture and nb_amitverma_micrograd_sign_slip (binary floating point cannot print the exact
      value: 1 - y_o cancels digits);
  (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off is wrong,
      propagated.
The line numbers are 1-based lines of the raw .ipynb file, as grep -n shows them.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/IvanOsiichuk/AI-fundamentals/blob/57ee93ac56a0894443ca53c86f87ae824c256d1e/"
          "back_propagation/back_propagation.ipynb")
LICENSE = ("none (no LICENSE in the repository); doc.ipynb keeps 32 of the notebook's 33 cells with their sources and "
           "saved outputs unchanged, under a Markdown cell of ours naming the source; the quoted Wikipedia "
           "definition of cell 0 is left out")
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


def near_units(p, x):
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


def near(p, x):
    """One unit at p's digits, or 1e-9 relative for a full-precision float repr (rule (b))."""
    digits = len(D(p).as_tuple().digits)
    if digits >= 15:
        return abs(D(p) - D(x)) <= D("1e-9") * abs(D(x))
    return near_units(p, x)


# ---------------- exact values from the givens ----------------
X = [D(1), D(0)]
T = D(0)
WH = [[D("0.2"), D("0.4"), D("0.7"), D("0.5")], [D("0.3"), D("0.5"), D("0.6"), D("0.9")]]
WO = [D("0.2"), D("0.4"), D("0.6"), D("0.8")]
BH, BO, ETA = D(1), D(1), D("0.8")
ZH = [X[0] * WH[0][j] + X[1] * WH[1][j] + BH for j in range(4)]
YH = [sig(z) for z in ZH]
ZO = sum(YH[j] * WO[j] for j in range(4)) + BO
YO = sig(ZO)
E = (T - YO) ** 2 / 2
DO = -(T - YO) * YO * (1 - YO)                  # dE/dz_o
G_WO = [DO * YH[j] for j in range(4)]
WO_NEW = [WO[j] - ETA * G_WO[j] for j in range(4)]
BO_NEW = BO - ETA * DO
DH = [DO * WO[j] * YH[j] * (1 - YH[j]) for j in range(4)]
G_WH = [[X[i] * DH[j] for j in range(4)] for i in range(2)]
WH_NEW = [[WH[i][j] - ETA * G_WH[i][j] for j in range(4)] for i in range(2)]
BH_NEW = BH - ETA * sum(DH)


def nums(line):
    text = DOC[line - 1].replace('"', " ").replace("\\n", " ").replace("[", " ").replace("]", " ").replace(",", " ")
    return [t for t in text.split() if any(ch.isdigit() for ch in t)]


def row(cid, sub, values, nth=1, offset=0):
    ln = line_of(sub, nth) + offset
    ps = nums(ln)
    assert len(ps) == len(values), (ln, ps)
    for k, (p, v) in enumerate(zip(ps, values)):
        chk("%s_%d" % (cid, k), ln, p, v, explicit=False)


row("z_hidden", '"[1.2 1.4 1.7 1.5]\\n"', ZH)
row("y_hidden", '"[0.76852478 0.80218389 0.84553473 0.81757448]\\n"', YH)
row("z_output", '"2.6359589340280305\\n"', [ZO])
row("y_output", '"0.9331402852352827\\n"', [YO])
row("E", '"0.4353753959644924\\n"', [E])
row("g_wo", '"[0.04474209 0.04670166 0.04922547 0.04759767]\\n"', G_WO)
row("g_bo", '"0.05821814957952363\\n"', [DO])
row("wo_new", '"[0.16420633 0.36263867 0.56061963 0.76192186]\\n"', WO_NEW)
row("bo_new", '"0.9534254803363811\\n"', [BO_NEW])
row("g_wh0", '"[[0.00207134 0.00369534 0.00456217 0.00694642]\\n"', G_WH[0])
row("g_wh1", '"[[0.00207134 0.00369534 0.00456217 0.00694642]\\n"', G_WH[1], offset=1)
row("g_bh", '"[0.00207134 0.00369534 0.00456217 0.00694642]\\n"', DH)
row("wh_new0", '"[[0.19834293 0.39704373 0.69635026 0.49444286]\\n"', WH_NEW[0])
row("wh_new1", '"[[0.19834293 0.39704373 0.69635026 0.49444286]\\n"', WH_NEW[1], offset=1)
row("bh_new", '"0.9861797817737953\\n"', [BH_NEW])

NOTES = (
    "An English-language teaching notebook by a Ukrainian author (IvanOsiichuk/AI-fundamentals, "
    "back_propagation/back_propagation.ipynb, October-November 2025; no license, so an excerpt: 32 of its 33 cells "
    "unchanged, the quoted Wikipedia definition left out; one formula subscript is Ukrainian, y_очік). A 2-4-1 "
    "sigmoid network with one scalar bias per layer shared by its neurons, x = (1, 0), target 0, learning rate 0.8; "
    "each Markdown cell states a formula ((1)-(20)) and the next code cell prints its value: NumPy vectors and "
    "matrices at 8 decimals, scalars at Python's full repr. Every printed number is right: clean, a false-alarm test "
    "for NumPy output, full-precision floats and a shared bias whose gradient is the sum of the four hidden deltas "
    "(0.9861797817737953 = 1 - 0.8 x 0.01727). Close call: full-repr floats are judged within 1e-9 relative, as in "
    "the corpus's earlier notebooks; 2.6359589340280305 (true ...0303) and 0.05821814957952363 (true "
    "0.058218149579523710) differ from the exact values in their last digits by binary rounding only. The zero "
    "gradients of the second input (x2 = 0, line 474) and the unchanged second row of weights (line 552) are "
    "listed as right lines."
)

if __name__ == "__main__":
    main()
