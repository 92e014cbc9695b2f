#!/usr/bin/env python3
"""Recompute the dead-ReLU single-neuron step of doc.ipynb (excerpt of HeitorKun/TCC-exploration,
Untitled1.ipynb at commit 7788cfbe7e22e9153955603365e31e30dc7799e8).

One neuron a = relu(w*x + b) with w = 0.5, b = -1.0, x = 1.0, target 0.5, loss (a - target)^2,
one gradient step with lr = 0.1. z = -0.5 < 0, so the ReLU is off, the gradient is (-)0 and the
parameters do not move. Plain Python 3 with fractions; no nnwalk import.
Lines are lines of the raw JSON file.  Usage: python3 recompute.py [--write-expected]
"""
import json, os, sys
from fractions import Fraction as F

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = open(os.path.join(HERE, "doc.ipynb"), encoding="utf-8").read().split("\n")
SOURCE = ("https://github.com/HeitorKun/TCC-exploration/blob/7788cfbe7e22e9153955603365e31e30dc7799e8/"
          "Untitled1.ipynb")

def line_of(sub):
    hits = [i + 1 for i, l in enumerate(RAW) if sub in l]
    if len(hits) != 1:
        raise SystemExit(f"line_of: {sub!r} expected once, hits {hits}")
    return hits[0]

# givens (checked to be in the code)
for g in ('"w = 0.5\\n"', '"b = -1.0\\n"', '"x = 1.0\\n"', '"target = 0.5\\n"', '"lr = 0.1\\n"'):
    line_of(g)
w, b, x, target, lr = F(1, 2), F(-1), F(1), F(1, 2), F(1, 10)
z = w * x + b                      # -1/2
a = max(F(0), z)                   # 0
loss = (a - target) ** 2           # 1/4
relu_d = F(1) if z > 0 else F(0)   # 0
dL_da = 2 * (a - target)           # -1
dz = dL_da * relu_d                # -0.0 in floating point (negative zero), value 0
w_new = w - lr * dz * x            # 0.5
b_new = b - lr * dz                # -1.0

checks = [  # (text locating the line, printed number, true value, what)
    ('"Linear output (z): -0.5\\n"', "-0.5", z, "z = 0.5*1.0 + (-1.0)"),
    ('"ReLU activation (a): 0.0\\n"', "0.0", a, "relu(-0.5)"),
    ('"Loss: 0.25\\n"', "0.25", loss, "(0 - 0.5)^2"),
    ('"Gradient with respect to z: -0.0\\n"', "-0.0", dz, "2*(0 - 0.5)*0 (IEEE negative zero)"),
    ('"Updated weight: 0.5\\n"', "0.5", w_new, "0.5 - 0.1*(-0.0)*1.0"),
    ('"Updated bias: -1.0\\n"', "-1.0", b_new, "-1.0 - 0.1*(-0.0)"),
    # code comments that state computed values
    ("# 0.5*1.0 - 1.0 = -0.5", "-0.5", z, "comment: 0.5*1.0 - 1.0"),
    ('print(\\"Linear output (z):\\", z)      # Output: -0.5', "-0.5", z, "comment restating z"),
    ('print(\\"ReLU activation (a):\\", a)      # Output: 0', "0", a, "comment restating a"),
]
right, wrong = [], []
for sub, p, true, what in checks:
    ln = line_of(sub)
    assert p in RAW[ln - 1], (ln, p)
    ok = F(p) == true              # exact values
    print(f"{ln:3d} {'RIGHT' if ok else 'WRONG'} printed {p:>5s} true {str(true):>5s}  {what}")
    if ok:
        right.append(ln)
    else:
        wrong.append({"line": ln, "page": None, "printed": p, "correct": str(true), "kind": "first", "why": what})
print(f"{len(wrong)} wrong, {len(right)} right")

if "--write-expected" in sys.argv:
    exp = {"file": "doc.ipynb", "format": "ipynb", "source": SOURCE,
           "license": "none (no LICENSE in the repository); doc.ipynb keeps only the notebook's one non-empty code "
                      "cell with its saved output, unchanged, after one Markdown cell of ours naming the source; "
                      "re-serialised with indent 1",
           "wrong": wrong, "right": sorted(right),
           "notes": "Clean notebook: a single ReLU neuron with w = 0.5, b = -1.0, x = 1.0, target 0.5, squared error, "
                    "lr = 0.1. z = -0.5, a = relu(z) = 0.0, loss = 0.25, gradient at z = 2*(0 - 0.5)*0 = -0.0 "
                    "(IEEE negative zero, value 0), so the updated weight 0.5 and bias -1.0 equal the starting ones "
                    "(a dead ReLU). The code comments '0.5*1.0 - 1.0 = -0.5', '# Output: -0.5' and '# Output: 0' "
                    "restate computed values and are right. Lines with w, b, x, target, lr and the 1.0/0.0 ReLU "
                    "derivative constants are givens (in neither list)."}
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, indent=1, ensure_ascii=False); f.write("\n")
    print("wrote expected.json")
