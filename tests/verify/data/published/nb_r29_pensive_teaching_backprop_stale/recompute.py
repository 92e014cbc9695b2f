#!/usr/bin/env python3
"""Independent recomputation of every number printed in the saved outputs of doc.ipynb, a reconstruction of
Pensive1881/Teaching_Backprop BackPropagation.ipynb (Edith Chorev's teaching notebook on one sigmoid neuron, its
exercise cells filled in by the copy's owner): the forward pass and squared-error loss of a single sigmoid unit over
four one-feature samples, then the backward pass (error term, gradient) and one weight update.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator. Lines are 1-based lines of the raw
.ipynb file (its JSON text), as `grep -n` shows them.

Givens (the code cell under "FORWARD PASS"): X = (0.1, 0.4, 0.8, 0.2) with a column of ones appended (bias input),
y = (0, 1, 1, 0), W = (0.1, 0.2) (weight, bias); net = X W, out = sigmoid(net), error = y - out,
total_loss = sum(0.5 error^2). Backward pass: dloss_dout = error, dout_dnet = out (1 - out), dnet_dw = X,
d_loss_dw = (error out (1 - out)) . X (this is minus the gradient of total_loss, because error = y - out), and the
update W += d_loss_dw (a gradient-descent step with rate 1). True values follow exactly.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  no line prints its operands: every number is program output without its working, so rule (b) applies:
  p is right when it is within one unit of its last digit of the true value (numpy prints arrays at 8 decimals and
  drops trailing zeros, so array elements are read at 8 decimals; a bare float repr of 14-17 significant digits is
  read as float64 and is right within 1e-13 relative);
  (c) a value computed from a printed wrong value and itself off is wrong, propagated; otherwise an off value is wrong,
  first.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/Pensive1881/Teaching_Backprop/blob/9d4a5fe17c1a2676d465341bbec4c553d6dbb3f3/"
          "BackPropagation.ipynb")
LICENSE = ("none stated (no LICENSE in the repository); doc.ipynb is reconstructed: one Markdown cell of ours naming "
           "the source, then the notebook's code cells and headings in order with their saved outputs unchanged; the "
           "two slide images (cell attachments) and the empty last cell are left out")
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")
EIGHT = D("0.00000001")


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def sig(z):
    return 1 / (1 + (-D(z)).exp())


def near(p, x, unit):
    p, x = D(p), D(x)
    if unit is None:  # a bare float64 repr
        return abs(p - x) <= D("1e-13") * abs(x)
    return abs(p - x.quantize(unit, rounding=ROUND_HALF_UP)) <= unit


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, unit, up=(), why=""):
    """Judge one printed number (rules in the module docstring)."""
    assert printed in DOC[line - 1], (line, printed)
    if near(printed, true, unit):
        st, kind = "right", None
    elif any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", "propagated"
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    correct = str(D(true).quantize(unit, rounding=ROUND_HALF_UP)) if unit else "%.16g" % D(true)
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), status=st, kind=kind, why=why,
                       correct=correct))


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:110]))
        for c in cs:
            print("            %-12s printed %-20s true %.12g -> %s%s" % (
                c["id"], c["printed"], c["true"], c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(c["correct"] for c in bad),
                          "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(dict.fromkeys(c["why"] or "restates a wrong value" for c in bad))})
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
X = [D("0.1"), D("0.4"), D("0.8"), D("0.2")]
Y = [D(0), D(1), D(1), D(0)]
W = [D("0.1"), D("0.2")]
net = [x * W[0] + W[1] for x in X]
out = [sig(n) for n in net]
err = [t - o for t, o in zip(Y, out)]
loss = sum(D("0.5") * e * e for e in err)
prod = [e * o * (1 - o) for e, o in zip(err, out)]
dW = [sum(p * x for p, x in zip(prod, X)), sum(prod)]
W_new = [W[0] + dW[0], W[1] + dW[1]]

chk("total_loss", line_of('"0.4959832753255481"'), "0.4959832753255481", loss, None)
chk("total_loss again", line_of('"0.62524314853197"'), "0.62524314853197", loss, None,
    why="the cell only shows total_loss again, computed above as 0.4959832753255481; 0.62524314853197 comes from "
        "a kernel state the notebook does not show (a stale output)")
ln = line_of('"array([ 0.02180322, -0.04464601])"')
chk("W[0] new", ln, "0.02180322", W_new[0], EIGHT,
    why="W += d_loss_dw from W = (0.1, 0.2) and the printed d_loss_dw (0.08676325, -0.05956272) gives "
        "(0.18676325, 0.14043728); the printed W comes from repeated or out-of-order runs of the cell")
chk("W[1] new", ln, "-0.04464601", W_new[1], EIGHT,
    why="W += d_loss_dw from W = (0.1, 0.2) and the printed d_loss_dw (0.08676325, -0.05956272) gives "
        "(0.18676325, 0.14043728); the printed W comes from repeated or out-of-order runs of the cell")
ln = line_of('"array([-0.1365658 ,  0.10850165,  0.10553148, -0.13703005])"')
for i, p in enumerate(["-0.1365658", "0.10850165", "0.10553148", "-0.13703005"]):
    chk("err*out'[%d]" % i, ln, p, prod[i], EIGHT)
ln = line_of('"array([ 0.08676325, -0.05956272])"')
chk("d_loss_dw[0]", ln, "0.08676325", dW[0], EIGHT)
chk("d_loss_dw[1]", ln, "-0.05956272", dW[1], EIGHT)

NOTES = (
    "Edith Chorev's teaching notebook on backpropagation through one sigmoid neuron (X = 0.1, 0.4, 0.8, 0.2 with a "
    "bias column, y = 0, 1, 1, 0, W = (0.1, 0.2)), in the copy Pensive1881/Teaching_Backprop whose owner filled in "
    "the exercise cells and saved the outputs (2020). The network is defined in numpy code; every number is a saved "
    "execute_result (a bare float repr and numpy arrays at 8 decimals), none is worked by hand. The loss "
    "0.4959832753255481, the error terms (y - out) out (1 - out) and the update d_loss_dw (0.08676325, -0.05956272) "
    "are right, but two outputs come from a kernel state the notebook does not show: the cell that only shows "
    "total_loss again prints 0.62524314853197 (the same stale value stands in the author's unfilled template), and the "
    "weights after W += d_loss_dw are printed as (0.02180322, -0.04464601) for (0.18676325, 0.14043728). 2 wrong "
    "lines (both first), 3 right lines. Close call: none; both wrong values are far from the true ones. The update "
    "adds d_loss_dw because error = y - out makes it the negative gradient (a descent step with rate 1), so the sign "
    "is right in this copy (the author's own deleted solution used error = out - y with the same +=, an ascent step, "
    "but printed no updated weight)."
)

if __name__ == "__main__":
    main()
