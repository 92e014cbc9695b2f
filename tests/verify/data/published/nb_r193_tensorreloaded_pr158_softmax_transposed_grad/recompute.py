#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, Lab01/Homework.ipynb of the pull request
#158 branch of github.com/Tensor-Reloaded/Advanced-Topics-in-Neural-Networks-Template-2023 (a student's solution of
Assignment 1, multiclass logistic regression; commits by Radu Stefan Mihalache), kept verbatim (MIT).

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator; no numpy or torch.

Givens (the notebook's second cell): x = [1, 3, 0], y = [0, 1, 0],
W = [[0.3, 0.1, -2], [-0.6, -0.5, 2], [-1, 0.5, 0.1]] (its third row has +0.5 where the assignment has -0.5; the
notebook's own givens are used), b = [0.1, 0.1, 0.1]. Model (its feed_forward): z = W @ x + b, y_hat = softmax(z).
Printed: y_hat; d_weights and d_biases; weights = W - d_weights and biases = b - d_biases (a step of size 1: the
notebook uses no learning rate, and that step is taken as given); y_hat after the step.

For z = W x + b and cross-entropy, dL/dz = y_hat - y and dL/dW[i][j] = (y_hat_i - y_i) * x_j, i.e. (y_hat - y) x^T.
The notebook's compute_gradients returns x (y_hat - y)^T (torch.matmul(x.view(-1, 1), (y_hat - y).view(1, -1))),
the transpose, which is the gradient for z = W^T x (the assignment's convention), not for its own z = W x.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers rounds to p;
  (b) a value printed without working is right within one unit of the true value;
  (c) a consequence of a wrong value is wrong, propagated.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/Tensor-Reloaded/Advanced-Topics-in-Neural-Networks-Template-2023/blob/"
          "1a7930780c486dd344205b557e626eb261b572bd/Lab01/Homework.ipynb")
LICENSE = ("MIT (LICENSE at the root of the fork/pull-request branch, 'Copyright (c) 2023 Tensor Reloaded'); "
           "doc.ipynb is the file byte for byte")
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    """1-based line of the nth line of the document containing sub; fails loudly."""
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
    """rule (b): within one unit of p's last digit of the true value."""
    return abs(D(p) - rnd(x, p)) <= unit(p)


CHECKS = []
STATUS = {}
UNJUDGED = []


def chk(cid, line, printed, true, lo=None, hi=None, up=(), why="", correct=None):
    """Judge one printed number.
    lo, hi: when the line prints its own working, the range the expression takes with its rounded printed operands
            moved within half a unit (exact givens fixed): rule (a) needs p = round(v) for some v in [lo, hi].
    up: ids this value is computed from; a value off from the truth that comes from a wrong one is propagated.
    """
    assert printed in DOC[line - 1], (cid, line, printed)
    p = D(printed)
    status, kind = "right", None
    up_bad = any(STATUS.get(u) == "wrong" for u in up)
    if lo is not None:
        a, b = min(D(lo), D(hi)), max(D(lo), D(hi))
        if not (rnd(a, p) <= p <= rnd(b, p)):
            status, kind = "wrong", "first"
        elif up_bad and not near(p, true):
            status, kind = "wrong", "propagated"
    elif not near(p, true):
        status, kind = "wrong", ("propagated" if up_bad else "first")
    STATUS[cid] = status
    CHECKS.append({"id": cid, "line": line, "printed": printed, "true": D(true), "status": status, "kind": kind,
                   "why": why, "correct": correct if correct is not None else str(rnd(true, p))})
    return status


def unjudged(line, why):
    UNJUDGED.append({"line": line, "page": None, "why": why})


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:110]))
        for c in cs:
            print("            %-10s printed %-22s true %-24s -> %s%s" % (
                c["id"], c["printed"], "%.17g" % c["true"], c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(c["correct"] for c in bad),
                          "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(dict.fromkeys(c["why"] or "computed from a wrong value" for c in bad))})
        else:
            right.append(n)
    for u in UNJUDGED:
        assert u["line"] not in lines, u
        print("line %4d  UNJUDGED  %s" % (u["line"], DOC[u["line"] - 1].strip()[:110]))
    return wrong, right


def main(notes):
    wrong, right = report()
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines:", right)
    print("unjudged lines:", [u["line"] for u in UNJUDGED])
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "unjudged": UNJUDGED, "notes": notes}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")



x = [D(1), D(3), D(0)]
y = [D(0), D(1), D(0)]
W = [[D("0.3"), D("0.1"), D(-2)], [D("-0.6"), D("-0.5"), D(2)], [D(-1), D("0.5"), D("0.1")]]
b = [D("0.1")] * 3
assert "[[0.3, 0.1, -2], [-0.6, -0.5, 2], [-1, 0.5, 0.1]]" in DOC[line_of('"weights_from_assignment = torch.tensor(') - 1]
assert "[1, 3, 0]" in DOC[line_of('"input_d = torch.tensor(') - 1]
assert "[0, 1, 0]" in DOC[line_of('"labels = torch.tensor(') - 1]
assert "[0.1, 0.1, 0.1]" in DOC[line_of('"biases = torch.tensor(') - 1]
assert line_of("z = torch.matmul(weights_arg, input_arg) + biases_arg")
assert line_of('"weights = weights_from_assignment - d_weights\\n",')


def forward(Wm, bv):
    z = [sum(Wm[i][j] * x[j] for j in range(3)) + bv[i] for i in range(3)]
    e = [v.exp() for v in z]
    s = sum(e)
    return z, [v / s for v in e]


z, p = forward(W, b)
dz = [p[i] - y[i] for i in range(3)]
dW = [[dz[i] * x[j] for j in range(3)] for i in range(3)]          # true gradient for z = W x
dWt = [[x[i] * dz[j] for j in range(3)] for i in range(3)]         # what the notebook computes
W1 = [[W[i][j] - dW[i][j] for j in range(3)] for i in range(3)]    # step of size 1, as in the notebook
b1 = [b[i] - dz[i] for i in range(3)]
z1, p1 = forward(W1, b1)
# what the notebook's numbers follow from (to show the printed values are its transposed-gradient path)
W1t = [[W[i][j] - dWt[i][j] for j in range(3)] for i in range(3)]
_, p1t = forward(W1t, b1)
print("z = %s; softmax = %s" % ([str(v) for v in z], [str(rnd(v, D("0.0001"))) for v in p]))

n = line_of('"tensor([0.5071, 0.0341, 0.4588])\\n"')
for i, s in enumerate(["0.5071", "0.0341", "0.4588"]):
    chk("p%d" % i, n, s, p[i])

rows = [('"tensor([[ 0.5071, -0.9659,  0.4588],', ["0.5071", "-0.9659", "0.4588"]),
        ('"        [ 1.5213, -2.8978,  1.3765],', ["1.5213", "-2.8978", "1.3765"]),
        ('"        [ 0.0000, -0.0000,  0.0000]])', ["0.0000", "-0.0000", "0.0000"])]
for i, (tag, row) in enumerate(rows):
    n = line_of(tag)
    for j, s in enumerate(row):
        assert near(s, dWt[i][j])
        chk("dW%d%d" % (i, j), n, s, dW[i][j],
            why="dL/dW[%d][%d] = (y_hat_%d - y_%d) * x_%d = %s * %s = %s for z = W x; the notebook prints "
                "x_%d * (y_hat_%d - y_%d) = %s (its gradient is transposed)" % (
                    i, j, i, i, j, rnd(dz[i], D("0.0001")), x[j], rnd(dW[i][j], D("0.0001")), i, j, j,
                    rnd(dWt[i][j], D("0.0001"))))
n = line_of('"tensor([ 0.5071, -0.9659,  0.4588])\\n"')
for i, s in enumerate(["0.5071", "-0.9659", "0.4588"]):
    chk("db%d" % i, n, s, dz[i])

rows = [('"tensor([[-0.2071,  1.0659, -2.4588],', ["-0.2071", "1.0659", "-2.4588"]),
        ('"        [-2.1213,  2.3978,  0.6235],', ["-2.1213", "2.3978", "0.6235"]),
        ('"        [-1.0000,  0.5000,  0.1000]])', ["-1.0000", "0.5000", "0.1000"])]
for i, (tag, row) in enumerate(rows):
    n = line_of(tag)
    for j, s in enumerate(row):
        assert near(s, W1t[i][j])
        chk("W1%d%d" % (i, j), n, s, W1[i][j], up=("dW%d%d" % (i, j),),
            why="W[%d][%d] - dL/dW[%d][%d] = %s - %s = %s; printed from the transposed gradient entry %s" % (
                i, j, i, j, W[i][j], rnd(dW[i][j], D("0.0001")), rnd(W1[i][j], D("0.0001")),
                rnd(dWt[i][j], D("0.0001"))))
n = line_of('"tensor([-0.4071,  1.0659, -0.3588])\\n"')
for i, s in enumerate(["-0.4071", "1.0659", "-0.3588"]):
    chk("b1%d" % i, n, s, b1[i])

n = line_of('"tensor([0.0277, 0.9699, 0.0024])\\n"')
print("after the step: true z = %s, softmax = %s; with the transposed step softmax = %s" % (
    [str(rnd(v, D("0.0001"))) for v in z1], [str(rnd(v, D("0.0001"))) for v in p1],
    [str(rnd(v, D("0.0001"))) for v in p1t]))
for i, s in enumerate(["0.0277", "0.9699", "0.0024"]):
    assert near(s, p1t[i])
    chk("p1%d" % i, n, s, p1[i], up=("W1%d0" % i, "W1%d1" % i, "W1%d2" % i, "W100", "W110", "W120"),
        why="softmax(W' x + b') after the step with the true gradient is [%s]; the printed value comes from the "
            "transposed-gradient weights" % ", ".join(str(rnd(v, D("0.0001"))) for v in p1))

NOTES = ("z = W x + b = [0.7, -2.0, 0.6], softmax = [0.50712, 0.03412, 0.45876] (printed right); dL/dz = y_hat - y = "
         "[0.5071, -0.9659, 0.4588] and dL/db (printed right). For the notebook's z = W x the weight gradient is "
         "(y_hat - y) x^T = [[0.5071, 1.5213, 0], [-0.9659, -2.8978, 0], [0.4588, 1.3765, 0]]; the notebook prints "
         "x (y_hat - y)^T = [[0.5071, -0.9659, 0.4588], [1.5213, -2.8978, 1.3765], [0, 0, 0]] (the transpose: "
         "right only for z = W^T x, which is the assignment's convention but not the notebook's). Entries [0][0] "
         "and [1][1] coincide with the truth; every row has a wrong entry, so the three rows are wrong (first). The "
         "updated weights W - dW (step 1, the notebook's choice) are then wrong (propagated): true [[-0.2071, "
         "-1.4213, -2], [0.3659, 2.3978, 2], [-1.4588, -0.8765, 0.1]]; the printed third row is W's third row "
         "unchanged. The bias update [-0.4071, 1.0659, -0.3588] is right. The probabilities after the step are "
         "wrong (propagated): the true step gives z' = [-4.8780, 8.6251, -4.4472] and softmax [0.0000014, "
         "0.9999965, 0.0000021] (to 4 places [0.0000, 1.0000, 0.0000]), printed [0.0277, 0.9699, 0.0024]. The third-row givens differ from the assignment's W (+0.5 for "
         "-0.5); the notebook's own givens are used throughout.")

if __name__ == "__main__":
    main(NOTES)
