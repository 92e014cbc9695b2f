#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, a reconstruction (code statements and the
saved output) of Jawad-JJ/AI-Lab Backpropagation.ipynb: a 2-2-2 sigmoid network in the shape of Matt Mazur's example
with new numbers, one forward pass, backward pass, update (biases too) and the forward pass after the update.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator. Lines are 1-based lines of the raw
.ipynb file (its JSON text), as `grep -n` shows them; each printed output line is one line of the "text" list.

Givens (the code cell): x = (0.10, 0.20); w1, w2 = 0.12, 0.18 (into H1), w3, w4 = 0.23, 0.27 (into H2), w5, w6 =
0.38, 0.44 (into y1), w7, w8 = 0.49, 0.53 (into y2); one shared hidden bias b1 = 0.30 and one shared output bias
b2 = 0.55; targets T = (0.05, 0.95); learning rate 0.5; sigmoid everywhere; E = sum 1/2 (T - y)^2. True values:
delta_k = (y_k - T_k) y_k (1 - y_k); delta_Hj = sum_k delta_k w_jk H_j (1 - H_j) with the weights before the update;
w -= 0.5 delta * input; a shared bias moves by 0.5 times the sum of its units' deltas; then the forward pass again.

Judging rule (the corpus's one rule): no output line prints its operands, so every number is judged by (b)/(c): an
8-decimal value is right when within one unit of its last digit of the true value; a full float64 repr (the two
"Updated weights" lines) is right when it agrees with the true value to float64 precision (relative 1e-12).
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = "https://github.com/Jawad-JJ/AI-Lab/blob/e181340d5066ea23fc026d2d84a1e3245742cb69/Backpropagation.ipynb"
LICENSE = ("none stated (no LICENSE in the repository); doc.ipynb is reconstructed: one Markdown cell of ours naming "
           "the source, then the code cell's statements (comments dropped) with its saved output unchanged")
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
x = [D("0.10"), D("0.20")]
T = [D("0.05"), D("0.95")]
W = {"w1": D("0.12"), "w2": D("0.18"), "w3": D("0.23"), "w4": D("0.27"),
     "w5": D("0.38"), "w6": D("0.44"), "w7": D("0.49"), "w8": D("0.53"), "b1": D("0.30"), "b2": D("0.55")}
lr = D("0.5")


def forward(w):
    h1 = sig(x[0] * w["w1"] + x[1] * w["w2"] + w["b1"])
    h2 = sig(x[0] * w["w3"] + x[1] * w["w4"] + w["b1"])
    y1 = sig(h1 * w["w5"] + h2 * w["w6"] + w["b2"])
    y2 = sig(h1 * w["w7"] + h2 * w["w8"] + w["b2"])
    return h1, h2, y1, y2


H1, H2, Y1, Y2 = forward(W)
E = (T[0] - Y1) ** 2 / 2 + (T[1] - Y2) ** 2 / 2
d1 = (Y1 - T[0]) * Y1 * (1 - Y1)
d2 = (Y2 - T[1]) * Y2 * (1 - Y2)
dH1 = (d1 * W["w5"] + d2 * W["w7"]) * H1 * (1 - H1)
dH2 = (d1 * W["w6"] + d2 * W["w8"]) * H2 * (1 - H2)
N = dict(W)
N["w1"] -= lr * dH1 * x[0]
N["w2"] -= lr * dH1 * x[1]
N["w3"] -= lr * dH2 * x[0]
N["w4"] -= lr * dH2 * x[1]
N["w5"] -= lr * d1 * H1
N["w6"] -= lr * d1 * H2
N["w7"] -= lr * d2 * H1
N["w8"] -= lr * d2 * H2
N["b1"] -= lr * (dH1 + dH2)
N["b2"] -= lr * (d1 + d2)
_, _, nY1, nY2 = forward(N)
nE = (T[0] - nY1) ** 2 / 2 + (T[1] - nY2) ** 2 / 2


def chkf(cid, line, printed, true):
    """A full float64 repr: right when it agrees with the true value to float64 precision."""
    assert printed in DOC[line - 1], (line, printed)
    ok = abs(D(printed) - true) <= D("1e-12") * max(D(1), abs(true))
    STATUS[cid] = "right" if ok else "wrong"
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=true, ops=None, status=STATUS[cid],
                       kind=None if ok else "first", why="" if ok else "does not follow from the givens",
                       correct="%.16g" % true))


ln = line_of('"H1 = 0.58613250, H2 = 0.59314934')
chk("H1", ln, "0.58613250", H1)
chk("H2", ln, "0.59314934", H2)
ln = line_of('"y1 = 0.73763570, y2 = 0.75979831')
chk("y1", ln, "0.73763570", Y1)
chk("y2", ln, "0.75979831", Y2)
ln = line_of('"Total Error = 0.25450977')
chk("E", ln, "0.25450977", E)
ln = line_of('"delta1 = 0.13307764, delta2 = -0.03471273')
chk("delta1", ln, "0.13307764", d1)
chk("delta2", ln, "-0.03471273", d2)
ln = line_of('"delta_H1 = 0.00814109, delta_H2 = 0.00969067')
chk("delta_H1", ln, "0.00814109", dH1)
chk("delta_H2", ln, "0.00969067", dH2)
ln = line_of('"0.11959294553797417 ')
for k, p in zip(("w1", "w2", "w3", "w4"), DOC[ln - 1].strip().strip('",').replace("\\n", "").split()):
    chkf(k + "_new", ln, p, N[k])
ln = line_of('"0.3409994355666986 ')
for k, p in zip(("w5", "w6", "w7", "w8"), DOC[ln - 1].strip().strip('",').replace("\\n", "").split()):
    chkf(k + "_new", ln, p, N[k])
ln = line_of('"New y1 = 0.71841704, New y2 = 0.75253128')
chk("new y1", ln, "0.71841704", nY1)
chk("new y2", ln, "0.75253128", nY2)
ln = line_of('"New Total Error = 0.24288761')
chk("new E", ln, "0.24288761", nE)

NOTES = (
    "Lab notebook by Jawad Jan (GitHub Jawad-JJ, AI-Lab, 2025): Matt Mazur's 2-2-2 example redone with new numbers "
    "(x = (0.10, 0.20), w1..w8 = 0.12, 0.18, 0.23, 0.27, 0.38, 0.44, 0.49, 0.53, shared biases b1 = 0.30 and "
    "b2 = 0.55, targets (0.05, 0.95), learning rate 0.5) in one NumPy code cell whose saved output prints labelled "
    "values at 8 decimals ('H1 = 0.58613250, H2 = 0.59314934', 'delta_H1 = ...'), two lines of updated weights as "
    "bare full float64 reprs, and the output and error after the update (the biases are updated too, each shared bias "
    "by the sum of its units' deltas). Every printed number is right: 0 wrong lines, 9 right lines (a clean document: "
    "a false-alarm test for 'name = value, name = value' program output, bare space-separated float lines and a second "
    "forward pass with updated biases that no line prints)."
)

if __name__ == "__main__":
    main()
