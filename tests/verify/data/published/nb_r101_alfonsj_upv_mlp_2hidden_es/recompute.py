#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, an excerpt of Alfons Juan's notebook
"MLP" (T3 Redes neuronales / T3 Preliminares a los problemas / 03_MLP.ipynb, course Aprendizaje Automatico,
UPV; Spanish): one forward pass, backward pass (Jacobians) and update of a 3-2-1 network, sigmoid hidden units,
linear output, squared loss L = 1/2 (y - haty)^2.

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Givens (statement cell and first code cell): x = (1, 1, 1), y = 1, W = all-ones 2x3, b1 = (1, 1), V = (1, 1),
b2 = 1, rho = 1 (the update cell subtracts 1.0 * J). True values: z = W x + b1, h = sigma(z), haty = V h + b2,
loss = 1/2 (y - haty)^2, J_haty = haty - y, J_V = h J_haty, J_b2 = J_haty, J_h = J_haty V,
J_z = J_h sigma(z) sigma(-z), J_W = outer(x, J_z), J_b1 = J_z; V <- V - J_V^t, b2 <- b2 - J_b2, W <- W - J_W^t,
b1 <- b1 - J_b1 (all from the initial values).  By symmetry both hidden units are equal.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit): every number here is a
program output printed without its working (print(name, value) under np.set_printoptions(precision=4), or round(value, 4)), so rule (b) applies: right when
|p - round(true, p's digits)| <= u.  A line is wrong when any number on it is wrong.  Lines are found by their text.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/AlfonsJ/2024_02_29_APR2324/blob/aca20e4a86b8d15c5369e4dfe4d9e103b85d6012/"
          "T3%20Redes%20neuronales/T3%20Preliminares%20a%20los%20problemas/03_MLP.ipynb")
LICENSE = ("none stated (no LICENSE file in the repository); doc.ipynb keeps only the statement cell, the "
           "Forward/Backward/update headings and the three NumPy code cells with their saved outputs (sources and "
           "outputs unchanged), re-serialised with json.dump(indent=1, ensure_ascii=False)")
import json
import pathlib
import re
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
RAW = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    """1-based line of the raw doc.ipynb holding sub (nth hit); fails loudly."""
    hits = [i + 1 for i, t in enumerate(RAW) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def text_of(n):
    """The JSON string held on raw line n, decoded."""
    s = RAW[n - 1].strip().rstrip(",")
    return json.loads(s)


def printed_numbers(n):
    t = text_of(n)
    if "=" in t:
        t = t.split("=", 1)[1]
    return re.findall(r"-?\d+(?:\.\d+)?", t)


def sig(z):
    return 1 / (1 + (-D(z)).exp())


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    """rule (b): a value printed without working is right within one unit of its last digit."""
    return abs(D(p) - rnd(x, p)) <= unit(p)


RESULTS = []  # (line, ok, printed, correct, why)


def check(sub, trues, why, nth=1):
    n = line_of(sub, nth)
    nums = printed_numbers(n)
    if len(nums) != len(trues):
        raise SystemExit("line %d (%r): %d numbers printed, %d expected" % (n, text_of(n), len(nums), len(trues)))
    bad = [(p, t) for p, t in zip(nums, trues) if not near(p, t)]
    ok = not bad
    RESULTS.append((n, ok, " ".join(nums), " ".join(str(rnd(t, p)) for p, t in zip(nums, trues)), why))
    return n


def finish(notes):
    wrong = [{"line": n, "page": None, "printed": p, "correct": c, "kind": "first", "why": w}
             for n, ok, p, c, w in RESULTS if not ok]
    right = sorted(n for n, ok, p, c, w in RESULTS if ok)
    for n, ok, p, c, w in sorted(RESULTS):
        print("%4d  %-5s printed %-40s true %-40s %s" % (n, "ok" if ok else "WRONG", p, c, w))
    print("wrong lines: %d, right lines: %d" % (len(wrong), len(right)))
    if "--write-expected" in sys.argv:
        out = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": notes}
        with open(HERE / "expected.json", "w", encoding="utf-8") as f:
            json.dump(out, f, indent=1, ensure_ascii=False)
            f.write("\n")
        print("wrote expected.json")


# ---- givens (every weight, bias and input is 1)
one = D(1)
x = [one, one, one]
y = one
W = [[one] * 3, [one] * 3]
b1 = [one, one]
V = [one, one]
b2 = one
rho = one
# ---- true values
z = [sum(W[j][i] * x[i] for i in range(3)) + b1[j] for j in range(2)]
h = [sig(t) for t in z]
haty = sum(V[j] * h[j] for j in range(2)) + b2
loss = (y - haty) ** 2 / 2
J_haty = haty - y
J_V = [h[j] * J_haty for j in range(2)]
J_b2 = J_haty
J_h = [J_haty * V[j] for j in range(2)]
J_z = [J_h[j] * sig(z[j]) * sig(-z[j]) for j in range(2)]
J_W = [[x[i] * J_z[j] for j in range(2)] for i in range(3)]  # np.outer(x, J_z): rows i, columns j
J_b1 = J_z

check('"z = ', z, "z = W x + b1 = (4, 4)")
check('"h = ', h, "h = sigma(4) twice")
check('"haty = ', [haty], "haty = V h + b2 = 1 + 2 sigma(4) (full float64 repr)")
check('"loss = ', [loss], "loss = 1/2 (y - haty)^2")
check('"J_haty = ', [J_haty], "dL/dhaty = haty - y")
check('"J_V = ', [J_V[0]], "dL/dV_1 = h_1 (haty - y) (first row of the 2x1 array)")
check('" [1.9287]]', [J_V[1]], "dL/dV_2 = h_2 (haty - y) (second row)")
check('"J_b2 = ', [J_b2], "dL/db2 = haty - y")
check('"J_h = ', J_h, "dL/dh = (haty - y) V")
check('"J_z = ', J_z, "dL/dz = dL/dh sigma(z) sigma(-z)")
check('"J_W = ', J_W[0], "dL/dW, row x_1 of outer(x, J_z)")
check('" [0.0347 0.0347]\\n"', J_W[1], "dL/dW, row x_2")
check('" [0.0347 0.0347]]', J_W[2], "dL/dW, row x_3")
check('"J_b1 = ', J_b1, "dL/db1 = dL/dz")
check('"V = [[', [V[j] - rho * J_V[j] for j in range(2)], "V - 1.0 J_V^t")
check('"b2 = -', [b2 - rho * J_b2], "b2 - 1.0 J_b2")
check('"W = [[', [W[0][i] - rho * J_W[i][0] for i in range(3)], "W - 1.0 J_W^t, row 1")
check('" [0.9653 0.9653 0.9653]]', [W[1][i] - rho * J_W[i][1] for i in range(3)], "W - 1.0 J_W^t, row 2")
check('"b1 = ', [b1[j] - rho * J_b1[j] for j in range(2)], "b1 - 1.0 J_b1")

finish("Spanish teaching notebook (UPV, Aprendizaje Automatico, 'Preliminares a los problemas'): 3-2-1 network, "
       "sigmoid hidden units, linear output, squared loss 1/2 (y - haty)^2, every input, weight and bias 1, "
       "y = 1, rho = 1. Every number is a NumPy output with no working on its line (arrays under "
       "np.set_printoptions(precision=4), scalars by round(., 4); haty printed as the full float64 "
       "2.964027580075817), so rule (b) judges each against the exact value: all 19 output lines are right, 0 "
       "wrong (a false-alarm test). Close calls: h = [0.982 0.982] has three decimals because NumPy drops the "
       "trailing zero of 0.9820 (sigma(4) = 0.98201...); J_V = h (haty - y) = 2 h^2 equals the loss 1/2 (2h)^2 "
       "= 2 h^2 exactly, so J_V printing the loss value 1.9287 is right, not a copied value; haty - y = 2 sigma(4) "
       "= 1.96403 prints as 1.964 (round to 4 decimals, trailing zero dropped) and b2 = -0.964 likewise. The "
       "page's convention J = dL/dtheta, theta <- theta - 1.0 J^t is consistent. Array outputs that span several "
       "raw lines are judged line by line (each raw line of the .ipynb holds one printed row).")
