#!/usr/bin/env python3
"""Independent recomputation of every computed number in doc.ipynb, an excerpt (code cells with their saved outputs,
unchanged, re-serialised) of mratanusarkar/Learning-DeepLearning, 'Neural Networks - Zero to Hero/building micrograd/
08. comparison - micrograd vs pytorch.ipynb': one tanh neuron o = tanh(x1*w1 + x2*w2 + b) with x1 = 2, x2 = 0,
w1 = -3, w2 = 1, b = 6.8813735870195432, differentiated by the author's micrograd Value class (Graphviz record dump)
and by PyTorch (printed floats).

Plain Python (decimal at 60 digits; struct only to round b to float32); does not import nnwalk or the generator.

True values (float64 reading, b as written): n = 0.8813735870195432, o = tanh(n) = 0.70710678118654757...,
do/dn = 1 - o^2 = 0.5 (to 1e-16), dx1 = w1*0.5 = -1.5, dx2 = w2*0.5 = 0.5, dw1 = x1*0.5 = 1, dw2 = x2*0.5 = 0,
db = 0.5.
PyTorch cell: torch.Tensor([6.8813735870195432]) stores b in float32 first (6.88137340545654296875) and .double()
only widens it, so the torch outputs are tanh(0.88137340545654296875) = 0.70710669040503... and its gradients,
within 2.6e-7 relative of the float64 values.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line that prints p as the result of an expression of numbers printed on it is right only if redoing the
      expression from those numbers rounds to p at p's digits;
  (b) a value printed without its working is right when within one unit of its last digit of the true value; a
      float64 full-repr program output is judged within 1e-9 relative (as in nb_micrograd_lecture); a value computed
      from float32 data is judged within 1e-6 relative (as in nb_r12_khaledzak_torch_updated_weights and
      nb_r131_mmuratarat_tf_cross_entropy_losses) - here the torch values are moreover reproduced exactly (1e-13)
      from the float32 b that the code creates;
  (c) a restated or recomputed consequence of a wrong value is wrong, propagated.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/mratanusarkar/Learning-DeepLearning/blob/7545dc562717d321a561b15fbb9cb12493156d5f/"
          "Neural%20Networks%20-%20Zero%20to%20Hero/building%20micrograd/"
          "08.%20comparison%20-%20micrograd%20vs%20pytorch.ipynb")
LICENSE = ("none (no LICENSE file in the repository); doc.ipynb keeps only 8 code cells (sources and saved outputs "
           "unchanged) of the notebook's 20 cells, under a Markdown cell of ours naming the source, re-serialised "
           "with json.dump(indent=1)")
import json
import pathlib
import re
import struct
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")
right, wrong, report = [], [], []


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    return abs(D(p) - rnd(x, p)) <= unit(p)


def rel(tol):
    def chk(p, x):
        x = D(x)
        return abs(D(p) - x) <= D(tol) * max(abs(x), D(1))
    return chk


near64, near32, exact32 = rel("1e-9"), rel("1e-6"), rel("1e-13")


def tanh(x):
    t = (2 * D(x)).exp()
    return (t - 1) / (t + 1)


def judge(line, items, what):
    bad = [(p, t) for p, t, chk in items if not chk(p, t)]
    if bad:
        wrong.append({"line": line, "page": None, "printed": bad[0][0], "correct": str(bad[0][1]),
                      "kind": "first", "why": what})
        report.append("WRONG line %d: %s  %s" % (line, what, bad))
    else:
        right.append(line)
        report.append("right line %d: %s  [%s]" % (line, what, DOC[line - 1].strip()[:90]))


x1, x2, w1, w2 = D(2), D(0), D(-3), D(1)
b = D("6.8813735870195432")
den1, den2 = x1 * w1, x2 * w2
s = den1 + den2
n = s + b
o = tanh(n)
dn = 1 - o * o
G = {"out": D(1), "body": dn, "sum": dn, "b": dn, "den1": dn, "den2": dn,
     "x1": w1 * dn, "w1": x1 * dn, "x2": w2 * dn, "w2": x2 * dn}
DATA = {"body": n, "sum": s, "den1": den1, "den2": den2, "out": o}

# ---- micrograd SVG dump (one raw JSON line) ----
svg = [i + 1 for i, t in enumerate(DOC) if '"image/svg+xml"' in t]
if len(svg) != 1:
    raise SystemExit("expected one SVG line, found %d" % len(svg))
recs = re.findall(r'<text[^>]*>([^<]*)</text>', DOC[svg[0] - 1].replace("&#45;", "-"))
nodes, cur = {}, None
for r in recs:
    m = re.match(r"(data|grad): (-?[0-9.]+)$", r)
    if m:
        nodes.setdefault(cur, {})[m.group(1)] = m.group(2)
    elif r not in ("*", "+", "tanh"):
        cur = r
if set(nodes) != set(G):
    raise SystemExit("unexpected SVG nodes %s" % sorted(nodes))
items = [(nodes[k]["data"], v, near) for k, v in DATA.items()]
items += [(nodes[k]["grad"], v, near) for k, v in G.items() if k != "out"]
judge(svg[0], items, "micrograd SVG: body 0.8814, sum=den1=-6, den2=0, out 0.7071; grads 0.5 on body/sum/b/den1/den2/"
      "x2, x1 -1.5, w1 1.0, w2 0.0")

# ---- PyTorch cell (b rounded to float32 by torch.Tensor) ----
b32 = D(struct.unpack("f", struct.pack("f", float(b)))[0])
n32 = den1 + den2 + b32
o32 = tanh(n32)
dn32 = 1 - o32 * o32
T = {"out:": o32, "x1 grad:": w1 * dn32, "x2 grad:": w2 * dn32, "w1 grad:": x1 * dn32, "w2 grad:": x2 * dn32,
     "b grad:": dn32}
F64 = {"out:": o, "x1 grad:": G["x1"], "x2 grad:": G["x2"], "w1 grad:": G["w1"], "w2 grad:": G["w2"], "b grad:": G["b"]}
for key in T:
    ln = line_of('"%s ' % key)
    p = re.search(re.escape(key) + r" (-?[0-9.]+)", DOC[ln - 1]).group(1)
    judge(ln, [(p, F64[key], near32), (p, T[key], exact32)],
          "torch %s float64 value %.16f, float32-b value %.16f" % (key, F64[key], T[key]))

# ---- restated / printed values ----
ln = line_of('"Value(label=out, data=0.7071067811865476, grad=1.0)')
judge(ln, [("0.7071067811865476", o, near64)], "micrograd out = tanh(0.8813735870195432)")
ln = line_of('"tensor([0.7071], dtype=torch.float64, grad_fn=<TanhBackward0>)')
judge(ln, [("0.7071", o32, near), ("0.7071", o, near)], "torch o shown at 4 decimals")
ln = line_of('"0.7071067811865476\\n"')
judge(ln, [("0.7071067811865476", o, near64)], "out.data")
ln = line_of('"tensor([0.7071], dtype=torch.float64)\\n"')
judge(ln, [("0.7071", o32, near), ("0.7071", o, near)], "o.data at 4 decimals")
ln = line_of('"0.4999999999999999\\n"')
judge(ln, [("0.4999999999999999", G["body"], near64)], "body.grad = 1 - o^2 = 0.5")
ln = line_of('"tensor([-1.5000], dtype=torch.float64)\\n"')
judge(ln, [("-1.5000", T["x1 grad:"], near), ("-1.5000", G["x1"], near)], "torch x1.grad at 4 decimals")

right = sorted(set(right))
print("\n".join(report))
print("b as float32 = %s" % b32)
print("\nright: %d lines, wrong: %d lines" % (len(right), len(wrong)))

if "--write-expected" in sys.argv:
    out = {
        "file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
        "wrong": wrong, "right": right,
        "notes": ("Clean document (measures false alarms). One tanh neuron o = tanh(x1*w1 + x2*w2 + b), x1=2, x2=0, "
                  "w1=-3, w2=1, b=6.8813735870195432 (n = 0.8813735870195432, o = 1/sqrt(2) = 0.7071067811865476, "
                  "do/dn = 0.5): micrograd's Graphviz record dump (one raw JSON line) shows data/grad at 4 decimals "
                  "(body 0.8814, sum -6, out 0.7071; grads 0.5, x1 -1.5, w1 1.0, w2 0.0), all right. The PyTorch "
                  "cell prints out 0.7071066904050358 and grads -1.5000003851533106, 0.5000001283844369, "
                  "1.0000002567688737, 0.0, 0.5000001283844369: torch.Tensor([6.8813735870195432]) rounds b to "
                  "float32 (6.88137340545654296875) before .double(), and these values are exactly tanh and its "
                  "gradients at that b; they differ from the float64 values by <= 2.6e-7 relative and are judged "
                  "right by the corpus's float32 reading (1e-6 relative). The author's remark 'it matches!! it's the "
                  "same!' holds at the 4 decimals shown. Not judged: the givens, and grad=1.0 of the root (seed)."),
    }
    (HERE / "expected.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote expected.json")
