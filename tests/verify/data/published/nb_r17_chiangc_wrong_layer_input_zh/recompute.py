#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, ChiangC/Python "反向传播.ipynb" (a copy of
the Udacity deep-learning exercise "Implementing backpropagation": one backward pass of a 3-2-1 sigmoid network
without biases, run in a notebook whose single code cell prints its results).

Plain Python (decimal at 60 digits); does not import nnwalk or the generator. `line` is the 1-based line of the raw
.ipynb file (what grep -n shows).

Givens (the code cell, doc.ipynb lines 43-51): x = (0.5, 0.1, -0.2), target 0.6, learning rate 0.5,
weights_input_hidden = [[0.5, -0.6], [0.1, -0.2], [0.1, 0.7]] (row i: input i), weights_hidden_output = (0.1, -0.3);
sigmoid on both layers. The exercise's rules (its TODO comments): error = target - output, output error term =
error * output * (1 - output), hidden error term = (output error term * w_ho) * h * (1 - h), change in the
hidden-to-output weights = learnrate * output error term * hidden_layer_output (one value per hidden unit), change
in the input-to-hidden weights = learnrate * hidden error term * x[:, None]. True values follow those rules
exactly from the givens. The printed x (lines 21-24) only restates the input and is judged neither way.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  near(p, X)  <=>  |p - round(X to p's digits)| <= u
  A printed program output shows no working: it is right when near its true value, wrong otherwise ("first" when
  the code's own mistake produced it, "propagated" when it only inherits a wrong printed value).
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/ChiangC/Python/blob/c50ec0fa9133ef8835c5f734ba21c7319bc1dda6/"
          "%E5%8F%8D%E5%90%91%E4%BC%A0%E6%92%AD.ipynb")
LICENSE = "Apache-2.0 (repository LICENSE); doc.ipynb is the notebook verbatim"
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


def chk(cid, line, printed, true, ops=None, up=(), method=False, why="", correct=None, explicit=True, exact=False,
        scale=0):
    """Judge one printed number (rules in the module docstring); scale: the printed mantissa times 10^scale."""
    assert printed in DOC[line - 1], (line, printed)
    p = D(printed).scaleb(scale)
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



x = [D("0.5"), D("0.1"), D("-0.2")]
target = D("0.6")
lr = D("0.5")
wih = [[D("0.5"), D("-0.6")], [D("0.1"), D("-0.2")], [D("0.1"), D("0.7")]]
who = [D("0.1"), D("-0.3")]
hin = [sum(x[i] * wih[i][j] for i in range(3)) for j in range(2)]
hout = [sig(z) for z in hin]
out = sig(sum(hout[j] * who[j] for j in range(2)))
err = target - out
oterm = err * out * (1 - out)
hterm = [oterm * who[j] * hout[j] * (1 - hout[j]) for j in range(2)]
dwho = [lr * oterm * hout[j] for j in range(2)]
dwih = [[lr * hterm[j] * x[i] for j in range(2)] for i in range(3)]

ln = line_of('"[ 0.00718267  0.00143653 -0.00287307]')
for k, p in enumerate(("0.00718267", "0.00143653", "-0.00287307")):
    chk("dwho%d" % k, ln, p, dwho[k] if k < 2 else D(0), explicit=False, method=True,
        correct="%.8f, %.8f (two values)" % (dwho[0], dwho[1]),
        why="delta_w_h_o = learnrate * output_error_term * x: the input x (3 values) is used instead of "
            "hidden_layer_output, so three numbers are printed for the two hidden-to-output weights; the true "
            "changes are learnrate * output_error_term * h = [0.00804047, 0.00555918]")
rows = ('"[[ 1.77005547e-04 -5.11178506e-04]', '" [ 3.54011093e-05 -1.02235701e-04]',
        '" [-7.08022187e-05  2.04471402e-04]]')
texts = (("1.77005547", -4, "-5.11178506", -4), ("3.54011093", -5, "-1.02235701", -4),
         ("-7.08022187", -5, "2.04471402", -4))
for i, (row, t) in enumerate(zip(rows, texts)):
    ln = line_of(row)
    for j in range(2):
        p, sc = t[2 * j], t[2 * j + 1]
        chk("dwih%d%d" % (i, j), ln, p, dwih[i][j], scale=sc, explicit=False)


NOTES = (
    "ChiangC/Python 反向传播.ipynb (2019, Apache-2.0), the Udacity backpropagation exercise solved by a learner: one "
    "code cell, its printed output judged against an independent recomputation of the exercise's rules. First "
    "error: 'Change in weights for hidden layer to output layer' printed [0.00718267 0.00143653 -0.00287307] "
    "(line 26): the code multiplies the output error term by the input x instead of the hidden activations, so it "
    "prints three values for two weights; the true changes are [0.00804047 0.00555918]. The input-to-hidden changes "
    "(lines 28-30) are right. The printed x (lines 21-24) restates the input and is neither right nor wrong."
)

if __name__ == "__main__":
    main()
