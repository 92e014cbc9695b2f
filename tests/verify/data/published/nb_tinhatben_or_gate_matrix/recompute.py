#!/usr/bin/env python3
"""Independent recomputation of every number printed in the saved outputs of doc.ipynb (tinhatben/or_gate,
part-two-backpropagation.ipynb, "Neural Networks & Backpropagation: Part Two", Mozilla Public License 2.0, copied
verbatim): one batch forward pass, backward pass and update of a 2-2-1 sigmoid network with biases on four
training rows, printed as tab-separated matrices.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator. Lines are lines of the stored
.ipynb file (its JSON text), where each printed matrix row is one line of an output's "text" list.

Givens (the notebook's code cells): inputs with a bias column I = [[1,0,0],[1,1,0],[1,0,1],[1,1,1]], targets
y = (0, 1, 1, 0); Weights_hidden = [[b1, b2], [w1, w2], [w3, w4]] = [[0.5, 0.5], [0.1, 0.2], [0.3, 0.4]],
Weights_output = [b3, w5, w6] = [0.03, 0.01, 0.02]; sigmoid on both layers; E = 1/2 (y - a_o)^2;
delta_o = (a_o - y) sigma'(h_o) per row; dE/dw_output = delta_o^T [1, a_hidden] summed over the rows;
delta_h = w_output[1:] delta_o^T * sigma'(h_hidden)^T (2 x 4); dE/dw_hidden = (delta_h I)^T (3 x 2);
W <- W - 0.01 dE/dW. True values are computed exactly from the givens.

Judging rule (as in the other folders; p a printed number, u one unit in its last digit):
  near(p, X)  <=>  |p - round(X to p's digits)| <= u
  1. the line shows p as the result of an expression of printed operands and p is not near it -> wrong, first
     (a result printed on its own display line right after the display that holds its expression counts as
     computed from that expression's printed operands)
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
SOURCE = ("https://github.com/tinhatben/or_gate/blob/13f7462000c1a3e2d2f31daedeb4a034015ee2bb/"
          "part-two-backpropagation.ipynb")
LICENSE = "MPL-2.0 (Mozilla Public License 2.0, LICENSE in the repository; the notebook says so too); copied verbatim"
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
I = [[D(1), D(0), D(0)], [D(1), D(1), D(0)], [D(1), D(0), D(1)], [D(1), D(1), D(1)]]
Y = [D(0), D(1), D(1), D(0)]
WH = [[D("0.5"), D("0.5")], [D("0.1"), D("0.2")], [D("0.3"), D("0.4")]]
WO = [D("0.03"), D("0.01"), D("0.02")]
eta = D("0.01")
hh = [[sum(I[r][k] * WH[k][j] for k in range(3)) for j in range(2)] for r in range(4)]
ah = [[sig(v) for v in row] for row in hh]
ahb = [[D(1)] + row for row in ah]
ho = [sum(ahb[r][k] * WO[k] for k in range(3)) for r in range(4)]
ao = [sig(v) for v in ho]
do = [(ao[r] - Y[r]) * ao[r] * (1 - ao[r]) for r in range(4)]
gwo = [sum(do[r] * ahb[r][k] for r in range(4)) for k in range(3)]
dh = [[WO[1 + j] * do[r] * ah[r][j] * (1 - ah[r][j]) for r in range(4)] for j in range(2)]
gwh = [[sum(dh[j][r] * I[r][k] for r in range(4)) for j in range(2)] for k in range(3)]
WHn = [[WH[k][j] - eta * gwh[k][j] for j in range(2)] for k in range(3)]
WOn = [WO[k] - eta * gwo[k] for k in range(3)]


def rows(first, values, label):
    """The printed matrix rows that follow the line holding `first` (its first row)."""
    ln = line_of('"' + first)
    for r, vals in enumerate(values):
        text = DOC[ln - 1 + r].strip().strip(",").strip('"').replace("\\t", "\t").replace("\\n", "")
        cells = [c for c in text.split("\t") if c]
        assert len(cells) == len(vals), (ln + r, cells)
        for c, (cell, v) in enumerate(zip(cells, vals)):
            chk("%s[%d,%d]" % (label, r, c), ln + r, cell, v)


rows("0.622\\t0.622\\t\\n", ah, "a_hidden")
rows("1.000\\t0.622\\t0.622\\t\\n", ahb, "a_hidden_bias")
rows("0.049\\t\\n", [[v] for v in ho], "h_output")
rows("0.5122\\t\\n", [[v] for v in ao], "a_output")
rows("0.128\\t\\n", [[v] for v in do], "delta_o")
rows("0.013\\t\\n", [[v] for v in gwo], "dE/dw_output")
rows("0.000\\t-0.000\\t-0.000\\t0.000\\t\\n", dh, "delta_h")
rows("0.000025\\t0.000041\\t\\n", gwh, "dE/dw_hidden")
rows("0.500000\\t0.500000\\t\\n", WHn, "new hidden")
rows("0.029874\\t\\n", [[v] for v in WOn], "new output")


NOTES = (
    'Jupyter notebook of Ben Johnston\'s blog series "Neural Networks & Backpropagation" (tinhatben.com, 2016; '
    'GitHub tinhatben/or_gate, MPL-2.0, copied verbatim). A 2-2-1 sigmoid network with biases, written as weight '
    "matrices with a bias row, run on four input rows at once (the notebook's table calls it an OR gate, its "
    "targets are XOR's (0, 1, 1, 0)); the saved outputs print the hidden activations, h_output, the network output, "
    'delta_o, dE/dw_output, delta_h, dE/dw_hidden and the weights after one step with eta = 0.01 as tab-separated '
    'matrices. Every printed number was made by the code from the givens and is within one unit of its correctly '
    'rounded value. No wrong line (a false-alarm test for batch matrices printed as plain text outputs).'
)

if __name__ == "__main__":
    main()
