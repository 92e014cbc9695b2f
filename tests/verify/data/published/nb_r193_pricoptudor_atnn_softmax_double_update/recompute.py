#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, Lab01/LogisticRegression_solved.ipynb
of the pull request #116 branch (student Pricop Tudor-Constantin) of
github.com/Tensor-Reloaded/Advanced-Topics-in-Neural-Networks-Template-2023, kept verbatim (MIT).

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator; no numpy.

What the notebook prints (line numbers are those of the raw JSON file):
  * binary logistic regression (teacher's markdown example, edited by the student): x = [1, 3, 0],
    w = [-0.6, -0.5, 2], b = 0.1, y_true = 1, eta = 0.2 -> sigma(-2) = 0.12, Delta_b, Delta_w, w', b'; a commented-out
    loss line; then the same example run in NumPy with printed outputs (z, y, gradients, updated w and b, and the
    (accuracy, loss) pair returned by train());
  * multiclass (the assignment's data): x = [1, 3, 0], W = [[0.3, 0.1, -2], [-0.6, -0.5, 2], [-1, -0.5, 0.1]],
    b = [0.1]*3, y = [0, 1, 0], lr = 0.2, z = w @ x + b (the notebook's own convention), softmax, dL/dz = y_pred - y,
    dL/dW = dz (outer) x, dL/db = dz, then one update W -= lr*dW, b -= lr*db.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers rounds to p (rounded operands may move within half a unit);
  (b) a value printed without working, or restated, is right within one unit of the true value;
  (c) a consequence of a wrong value is wrong, propagated.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/Tensor-Reloaded/Advanced-Topics-in-Neural-Networks-Template-2023/blob/"
          "9988fac4b5c721a886232735e0ece921f067dbd7/Lab01/LogisticRegression_solved.ipynb")
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


HALF2 = D("0.005")   # half a unit of a 2-decimal operand

# ---------------------------------------------------------------- binary example (markdown cell)
xb = [D(1), D(3), D(0)]
wb = [D("-0.6"), D("-0.5"), D(2)]
bb, yb, eta = D("0.1"), D(1), D("0.2")
assert "x = [1, 3, 0]" in DOC[line_of('"x = [1, 3, 0]') - 1]
assert line_of('"w = [-0.6, -0.5, 2]') and line_of('"b = 0.1\\n"') and line_of("$\\\\eta = 0.2$")
zb = sum(w * x for w, x in zip(wb, xb)) + bb          # -2.0
yp = sig(zb)                                          # 0.11920...
dzb = yp - yb                                         # -0.88079...
gwb = [dzb * x for x in xb]
wb1 = [w - eta * g for w, g in zip(wb, gwb)]
bb1 = bb - eta * dzb
Lb = -yp.ln()

n = line_of("\\\\sigma( -2) = 0.12$")
expr_no_bias = sum(w * x for w, x in zip(wb, xb))     # the printed sum, which leaves out + b: -2.1
print("line %d: printed expression -0.6*1 - 0.5*3 + 2*0 = %s (no +b); w.x + b = %s; sigma(-2) = %s"
      % (n, expr_no_bias, zb, rnd(yp, D("0.0001"))))
unjudged(n, "sigma(w.x + b) = sigma(-0.6*1 -0.5*3 + 2*0) = sigma(-2) = 0.12: the printed sum leaves out the bias "
            "and equals -2.1 (rule (a) would make -2 wrong), while -2 is the true w.x + b = -2.0 and 0.12 = "
            "sigma(-2.0) = 0.1192 is right (rule (b)); the two readings disagree")

n = line_of("\\\\log ( \\\\sigma( -2) ) = -2.1269$ -->")
chk("L_cmt", n, "-2.1269", Lb,
    why="- 1 * log(sigma(-2)) = -ln(0.11920) = +2.1269 (a loss is never negative); the sign is wrong. The line is "
        "an HTML comment in the markdown cell (hidden when rendered) but is in the file")

n = line_of("\\\\Delta_b = y\\\\_pred - y\\\\_true = -0.88$")
chk("db", n, "-0.88", dzb)

n = line_of("x^T = [-0.88, -2.64, 0]$")
for i, p in enumerate(["-0.88", "-2.64"]):
    chk("dw%d" % i, n, p, gwb[i])
chk("dw2", n, "0", gwb[2])

n = line_of("= [-0.42, 0.028, 2]$")
as_printed = [w + eta * g for w, g in zip(wb, [D("-0.88"), D("-2.64"), D(0)])]
print("line %d: printed expression [-0.6,-0.5,2] + 0.2*[-0.88,-2.64,0] = %s; w - eta*Delta_w = %s"
      % (n, as_printed, [rnd(v, D("0.001")) for v in wb1]))
unjudged(n, "w' = w - eta*Delta_w = [-0.6, -0.5, 2] + 0.2*[-0.88, -2.64, 0] = [-0.42, 0.028, 2]: the printed middle "
            "expression has a sign slip and equals [-0.776, -1.028, 2] (rule (a) would make the line wrong), while "
            "[-0.42, 0.028, 2] is the true w - eta*Delta_w = [-0.4238, 0.0285, 2] within one unit (rule (b)); the "
            "two readings disagree")

n = line_of("= 0.1 + 0.2 \\\\cdot 0.88 = 0.26$")
lo, hi = D("0.1") + eta * (D("0.88") - HALF2), D("0.1") + eta * (D("0.88") + HALF2)
chk("b1", n, "0.26", bb1, lo=lo, hi=hi,
    why="b' = 0.1 + 0.2*0.88 = 0.1 + 0.176 = 0.276 -> 0.28 (true b - eta*Delta_b = 0.1 + 0.2*0.8808 = 0.2762); "
        "the notebook's own NumPy run below prints b: 0.2761594155955765", correct="0.28")

# ---------------------------------------------------------------- binary example run in NumPy (outputs)
n = line_of('"z: -2.0\\n"')
chk("zb", n, "-2.0", zb)
n = line_of('"y: 0.11920292202211755\\n"')
chk("yb", n, "0.11920292202211755", yp)
n = line_of('"w:[-0.88079708 -2.64239123 -0.        ], b:-0.8807970779778824')
chk("gw0", n, "-0.88079708", gwb[0])
chk("gw1", n, "-2.64239123", gwb[1])
chk("gw2", n, "-0.", gwb[2])
chk("gb", n, "-0.8807970779778824", dzb)
n = line_of('"w:[-0.42384058  0.02847825  2.        ], b:0.2761594155955765')
chk("w10", n, "-0.42384058", wb1[0])
chk("w11", n, "0.02847825", wb1[1])
chk("w12", n, "2.", wb1[2])
chk("bb1", n, "0.2761594155955765", bb1)
n = line_of('"(0.0, -1e-12)"')
acc = D(1) if (1 if yp >= D("0.5") else 0) == yb else D(0)
chk("acc", n, "0.0", acc)
chk("loss", n, "-1e-12", Lb,
    why="train() returns criterion(y, 1) as the loss: the cross-entropy -log(0.1192) = 2.1269; the printed -1e-12 "
        "comes from np.clip(np.log(y_pred), 1e-12, None), which clips the (negative) log instead of its argument",
    correct="2.1269")

# ---------------------------------------------------------------- multiclass (outputs)
x = [D(1), D(3), D(0)]
W = [[D("0.3"), D("0.1"), D(-2)], [D("-0.6"), D("-0.5"), D(2)], [D(-1), D("-0.5"), D("0.1")]]
b = [D("0.1")] * 3
y = [D(0), D(1), D(0)]
lr = D("0.2")
assert "[0.3, 0.1, -2]" in DOC[line_of('w = torch.tensor([[0.3, 0.1, -2],') - 1]
assert line_of('"lr = 0.2"') and line_of('"z = w @ x + b\\n"')
z = [sum(W[i][j] * x[j] for j in range(3)) + b[i] for i in range(3)]
ex = [v.exp() for v in z]
S = sum(ex)
p = [e / S for e in ex]
dz = [p[i] - y[i] for i in range(3)]
dW = [[dz[i] * x[j] for j in range(3)] for i in range(3)]
W1 = [[W[i][j] - lr * dW[i][j] for j in range(3)] for i in range(3)]
b1 = [b[i] - lr * dz[i] for i in range(3)]

n = line_of('"tensor([ 0.7000, -2.0000, -2.4000])\\n"')
for i, s in enumerate(["0.7000", "-2.0000", "-2.4000"]):
    chk("z%d" % i, n, s, z[i])
for k, tag in enumerate(["using torch function: tensor([0.8991, 0.0604, 0.0405])",
                         "using my function: tensor([0.8991, 0.0604, 0.0405])"]):
    n = line_of(tag)
    for i, s in enumerate(["0.8991", "0.0604", "0.0405"]):
        chk("p%d_%d" % (k, i), n, s, p[i])
n = line_of('"tensor([ 0.8991, -0.9396,  0.0405])\\n"')
for i, s in enumerate(["0.8991", "-0.9396", "0.0405"]):
    chk("dz%d" % i, n, s, dz[i])
for i, (tag, row) in enumerate([('"tensor([[ 0.8991,  2.6972,  0.0000],', ["0.8991", "2.6972", "0.0000"]),
                                ('"        [-0.9396, -2.8187, -0.0000],', ["-0.9396", "-2.8187", "-0.0000"]),
                                ('"        [ 0.0405,  0.1215,  0.0000]])', ["0.0405", "0.1215", "0.0000"])]):
    n = line_of(tag)
    for j, s in enumerate(row):
        chk("dW%d%d" % (i, j), n, s, dW[i][j])
n = line_of('"The gradient with respect to the biases:\\n",') + 1
for i, s in enumerate(["0.8991", "-0.9396", "0.0405"]):
    chk("db%d" % i, n, s, dz[i])

# what the printed update really is: a run of the update cell with the transposed outer product x (outer) dz
# (execution counts jump 79 -> 82 -> 83), then the printed run with dz (outer) x, both applied to the same w and b
dWt = [[x[i] * dz[j] for j in range(3)] for i in range(3)]
W2 = [[W[i][j] - lr * dWt[i][j] - lr * dW[i][j] for j in range(3)] for i in range(3)]
b2 = [b[i] - 2 * lr * dz[i] for i in range(3)]
rows = [('"tensor([[-0.0596, -0.2515, -2.0081],', ["-0.0596", "-0.2515", "-2.0081"]),
        ('"        [-0.9515,  0.6275,  1.9757],', ["-0.9515", "0.6275", "1.9757"]),
        ('"        [-1.0081, -0.5243,  0.1000]])', ["-1.0081", "-0.5243", "0.1000"])]
for i, (tag, row) in enumerate(rows):
    n = line_of(tag)
    for j, s in enumerate(row):
        assert near(s, W2[i][j]), ("reconstruction", i, j)
        chk("W1%d%d" % (i, j), n, s, W1[i][j],
            why="w[%d][%d] - lr*dW[%d][%d] = %s - 0.2*%s = %s; the printed value is what two updates give "
                "(w - 0.2*x(outer)dz - 0.2*dz(outer)x = %s): the update cell was run twice, once with the "
                "transposed gradient" % (i, j, i, j, W[i][j], rnd(dW[i][j], D("0.0001")), rnd(W1[i][j], D("0.0001")),
                                         rnd(W2[i][j], D("0.0001"))))
n = line_of('"tensor([-0.2596,  0.4758,  0.0838])\\n"')
for i, s in enumerate(["-0.2596", "0.4758", "0.0838"]):
    assert near(s, b2[i]), ("reconstruction b", i)
    chk("b1%d" % i, n, s, b1[i],
        why="b[%d] - lr*db[%d] = 0.1 - 0.2*%s = %s; the printed value is b - 2*0.2*db = %s (the update applied "
            "twice)" % (i, i, rnd(dz[i], D("0.0001")), rnd(b1[i], D("0.0001")), rnd(b2[i], D("0.0001"))))

NOTES = ("Binary part: z = -0.6 - 1.5 + 0 + 0.1 = -2.0, sigma(-2) = 0.11920, Delta_b = -0.88080, "
         "Delta_w = [-0.88080, -2.64239, 0], w' = [-0.42384, 0.02848, 2], b' = 0.27616, loss -ln(0.1192) = 2.12693. "
         "Wrong: the commented-out loss line prints -2.1269 (sign; the comment is hidden when rendered but is in the "
         "file); b' = 0.1 + 0.2*0.88 printed 0.26 (true 0.276 -> 0.28); the NumPy run returns loss -1e-12 from a "
         "criterion that clips log(y_pred) instead of y_pred (true 2.1269). Unjudged: sigma(-0.6*1 -0.5*3 + 2*0) = "
         "sigma(-2) (the written sum drops +b: -2.1, yet -2 is the true z) and w' = [-0.6,-0.5,2] + 0.2*[-0.88,"
         "-2.64,0] = [-0.42, 0.028, 2] (sign slip in the written expression, result true). Multiclass part with the "
         "notebook's own z = w @ x + b (the assignment writes W^T x; the notebook's convention is followed and is "
         "consistent with its gradient dz (outer) x): z = [0.7, -2.0, -2.4], softmax = [0.89907, 0.06042, 0.04050], "
         "dz = [0.89907, -0.93958, 0.04050], dW rows dz_i*[1, 3, 0], all printed right. The printed 'New values' are "
         "wrong: one step gives W' = [[0.1202, -0.4394, -2], [-0.4121, 0.0637, 2], [-1.0081, -0.5243, 0.1]] and "
         "b' = [-0.0798, 0.2879, 0.0919]; the printed rows 1-2 and biases equal W - 0.2*x(outer)dz - 0.2*dz(outer)x "
         "and b - 0.4*dz, i.e. the in-place update cell ran twice (execution counts 79 -> 82 -> 83), once with the "
         "transposed gradient (row 3 is unaffected because x3 = 0, so it prints right). Code cells without outputs, "
         "the givens and formula-only markdown are in neither list; execution counts and metadata are not numbers "
         "of the document, nor is the class count 3 in 'for each of the 3 classes' (the data's shape).")

if __name__ == "__main__":
    main(NOTES)
