#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, a reconstruction (code statements and
saved outputs) of Gabzer/Neural_Networks Backpropagation.ipynb (Portuguese, 2017): Matt Mazur's 2-2-2 example worked
step by step with a small Perceptron class, every value printed by print() in full float64 precision.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator. Lines are 1-based lines of the raw
.ipynb file (its JSON text), as `grep -n` shows them; each printed value is one line of an output's "text" list.

Givens (the code cells): x = (0.05, 0.10); w1..w4 = 0.15, 0.20, 0.25, 0.30 (into h1: w1, w2; into h2: w3, w4),
b1 = 0.35; w5..w8 = 0.40, 0.45, 0.50, 0.55 (into o1: w5, w6; into o2: w7, w8), b2 = 0.60; targets (0.01, 0.99);
sigmoid everywhere (Perceptron.sigmoide); E = sum 1/2 (y - o)^2; learning rate 0.5. True values: Mazur's one step of
backpropagation from those givens (delta_o = -(y - o) o (1 - o); dE/dw5 = delta_o1 h1, ...; delta_h1 =
(w5 delta_o1 + w7 delta_o2) h1 (1 - h1), delta_h2 = (w6 delta_o1 + w8 delta_o2) h2 (1 - h2); w(t+1) = w - 0.5 dE/dw
with dE/dw1 = delta_h1 x1, ...).

Judging rule (the corpus's one rule): no output line prints its operands (each print shows one result), so every
line is judged by (b)/(c): a printed value is right when it equals the true value; as every number is Python's full
float64 repr (16-17 significant digits), "within one unit of its last digit" is read as float64 agreement (relative
difference <= 1e-12), so 0.39249999999999996 for 0.05*0.25 + 0.1*0.3 + 0.35 = 0.3925 is right (float rounding, as in
nb_vendidad_mazur_broadcast). A value made by the author's own wrong formula is wrong (first); a value computed
correctly from a wrong printed value is wrong (propagated).
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/Gabzer/Neural_Networks/blob/de1b31fa3d92415a9c41d3881216309cc8a21d9e/"
          "Backpropagation.ipynb")
LICENSE = ("none stated (no LICENSE in the repository); doc.ipynb is reconstructed: one Markdown cell of ours naming "
           "the source, then every code cell's statements (comments dropped) with its saved output unchanged")
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
    if isinstance(ops, tuple):
        # operands that are rounded results printed earlier may be anywhere within half a unit of their last digit:
        # the line's own arithmetic is right when p is the rounding of some value in [lo, hi]
        lo, hi = ops
        ops_ok = rnd(lo, p) <= p <= rnd(hi, p)
        ops = (lo + hi) / 2
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
x1, x2 = D("0.05"), D("0.10")
w1, w2, w3, w4 = D("0.15"), D("0.20"), D("0.25"), D("0.30")
w5, w6, w7, w8 = D("0.40"), D("0.45"), D("0.50"), D("0.55")
b1, b2 = D("0.35"), D("0.60")
y1, y2 = D("0.01"), D("0.99")
eta = D("0.5")
uh1 = w1 * x1 + w2 * x2 + b1
uh2 = w3 * x1 + w4 * x2 + b1
h1, h2 = sig(uh1), sig(uh2)
uo1 = w5 * h1 + w6 * h2 + b2
uo2 = w7 * h1 + w8 * h2 + b2
o1, o2 = sig(uo1), sig(uo2)
E = ((y1 - o1) ** 2 + (y2 - o2) ** 2) / 2
do1 = -(y1 - o1) * o1 * (1 - o1)
do2 = -(y2 - o2) * o2 * (1 - o2)
dw5 = do1 * h1
w5n = w5 - eta * dw5
w6n = w6 - eta * do1 * h2
w7n = w7 - eta * do2 * h1
w8n = w8 - eta * do2 * h2
dh1 = (w5 * do1 + w7 * do2) * h1 * (1 - h1)
dh2 = (w6 * do1 + w8 * do2) * h2 * (1 - h2)
w1n = w1 - eta * dh1 * x1
w2n = w2 - eta * dh1 * x2
w3n = w3 - eta * dh2 * x1
w4n = w4 - eta * dh2 * x2
# what the notebook's own formulas give (for the 'why' texts)
nb_dw8 = -(y2 - o2) * o2 * (1 - o2) * D("0.05")
nb_dh1 = (w6 * do1 + w2 * do1) * h1 * (1 - h1)
nb_w1 = w1 - nb_dh1 * y1
nb_w2 = w2 - nb_dh1 * y1
nb_w3 = w3 - dh2 * y2
nb_w4 = w4 - dh2 * y2


def chkf(cid, printed, true, up=(), method=False, why=""):
    """Judge one full-precision float64 print (rule in the module docstring)."""
    line = line_of('"' + printed + "\\n")
    p = D(printed)
    if abs(p - true) <= D("1e-12") * max(D(1), abs(true)):
        st, kind = "right", None
    elif method or not any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", "first"
    else:
        st, kind = "wrong", "propagated"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=true, ops=None, status=st, kind=kind, why=why,
                       correct="%.16g" % true))


chkf("u_h1", "0.3775", uh1)
chkf("u_h2", "0.39249999999999996", uh2)
chkf("h1", "0.5932699921071872", h1)
chkf("h2", "0.596884378259767", h2)
chkf("u_o1", "1.1059059670597702", uo1)
chkf("u_o2", "1.2249214040964653", uo2)
chkf("o1", "0.7513650695523157", o1)
chkf("o2", "0.7729284653214625", o2)
chkf("E_total", "0.2983711087600027", E)
chkf("d_w5", "0.08216704056423077", dw5)
chkf("w5_novo", "0.35891647971788465", w5n)
chkf("w6_novo", "0.4086661860762334", w6n)
chkf("w7_novo", "0.5113012702387375", w7n)
chkf("w8_novo", "0.550952455912914", w8n, method=True,
     why="d_w8 = derivada(0.99, o2, 0.05) multiplies delta_o2 by 0.05 (the input x1) instead of out_h2 = %.10f, so "
         "d_w8 = %.10f instead of %.10f and w8 = 0.55 - 0.5 d_w8 = %.10f instead of %.10f"
         % (h2, nb_dw8, do2 * h2, w8 - eta * nb_dw8, w8n))
chkf("d_o1", "0.13849856162855695", do1)
chkf("d_o2", "-0.038098236516556236", do2)
chkf("d_h1", "0.02172287068719212", dh1, method=True,
     why="d_h1 = (w6*d_o1 + w2*d_o1) h1(1-h1) uses w6 and the input weight w2, both times d_o1, instead of "
         "(w5*d_o1 + w7*d_o2) h1(1-h1): the code's value is %.10f, the true delta_h1 is %.10f" % (nb_dh1, dh1))
chkf("d_h2", "0.009954254705217196", dh2)
chkf("w1_novo", "0.1497827712931281", w1n, up=("d_h1",), method=True,
     why="w1 - d_h1 * y1 multiplies by the target y1 = 0.01 instead of the input x1 = 0.05 and leaves out the learning "
         "rate 0.5 (and d_h1 is wrong): %.10f instead of w1 - 0.5 delta_h1 x1 = %.10f" % (nb_w1, w1n))
chkf("w2_novo", "0.1997827712931281", w2n, up=("d_h1",), method=True,
     why="w2 - d_h1 * y1 multiplies by the target y1 = 0.01 instead of the input x2 = 0.10 and leaves out the learning "
         "rate 0.5 (and d_h1 is wrong): %.10f instead of w2 - 0.5 delta_h1 x2 = %.10f" % (nb_w2, w2n))
chkf("w3_novo", "0.24014528784183498", w3n, up=("d_h2",), method=True,
     why="w3 - d_h2 * y2 multiplies the (right) d_h2 by the target y2 = 0.99 instead of the input x1 = 0.05 and leaves "
         "out the learning rate: %.10f instead of w3 - 0.5 delta_h2 x1 = %.10f" % (nb_w3, w3n))
chkf("w4_novo", "0.29014528784183496", w4n, up=("d_h2",), method=True,
     why="w4 - d_h2 * y2 multiplies the (right) d_h2 by the target y2 = 0.99 instead of the input x2 = 0.10 and leaves "
         "out the learning rate: %.10f instead of w4 - 0.5 delta_h2 x2 = %.10f" % (nb_w4, w4n))

NOTES = (
    "Portuguese notebook by GitHub user Gabzer (Neural_Networks, 2017, a master's student's work: 'Mestrado' in its "
    "path): Matt Mazur's 2-2-2 example (x = (0.05, 0.10), targets (0.01, 0.99), w1..w8 = 0.15 .. 0.55, b1 = 0.35, "
    "b2 = 0.60, learning rate 0.5) built from a small Perceptron class (somatorio, sigmoide), one print() per value in "
    "full float64 precision. The forward pass, the error, dE/dw5, the new w5, w6, w7 and the output deltas are right. "
    "Wrong: w8 (line 294: derivada(0.99, o2, 0.05) uses 0.05 where out_h2 belongs: 0.550952... for 0.561370...); "
    "delta_h1 (line 317: (w6*d_o1 + w2*d_o1) h1(1-h1) = 0.0217229 for (w5 d_o1 + w7 d_o2) h1(1-h1) = 0.0087714; "
    "delta_h2 on line 318 is right); and the four hidden weights (lines 345, 363, 381, 399), updated as w - delta*y with "
    "the target y in place of the input and no learning rate: 0.14978277 / 0.19978277 / 0.24014529 / 0.29014529 for "
    "0.14978072 / 0.19956143 / 0.24975114 / 0.29950229. All wrong lines are first (each is the author's own wrong "
    "formula; w1 and w2 also use the wrong delta_h1). The saved outputs of the w6, w7 and w8 cells show only the new "
    "weight (the cells print two values; the notebook was saved from an earlier run), so those lines are judged as "
    "the new weights they equal. 6 wrong lines, 16 right lines; full-precision float reprs such as "
    "0.39249999999999996 are judged right (float64 agreement)."
)

if __name__ == "__main__":
    main()
