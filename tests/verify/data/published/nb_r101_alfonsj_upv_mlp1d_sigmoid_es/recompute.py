#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, an excerpt of Alfons Juan's notebook
"MLP 1d" (T3 Redes neuronales / T3 Preliminares a los problemas / 02_MLP1d.ipynb, course Aprendizaje Automatico,
UPV; Spanish): one forward pass, backward pass (Jacobians) and update of a 1-1-1 network, sigmoid hidden unit,
linear output, squared loss L = 1/2 (y - haty)^2.

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Givens (statement cell and first code cell): x = 1, y = 1, w = b1 = 1, v = b2 = 1, rho = 1 (the update cell
subtracts 1.0 * J). True values: z = w x + b1, h = sigma(z), haty = v h + b2, loss = 1/2 (y - haty)^2,
J_haty = haty - y, J_v = h J_haty, J_b2 = J_haty, J_h = J_haty v, J_z = J_h sigma(z) sigma(-z), J_w = x J_z,
J_b1 = J_z; v <- v - J_v, b2 <- b2 - J_b2, w <- w - J_w, b1 <- b1 - J_b1 (all from the initial values).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit): every number here is a
program output printed without its working (print(name, round(value, 4))), so rule (b) applies: right when
|p - round(true, p's digits)| <= u.  A line is wrong when any number on it is wrong.  Lines are found by their text.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/AlfonsJ/2024_02_29_APR2324/blob/aca20e4a86b8d15c5369e4dfe4d9e103b85d6012/"
          "T3%20Redes%20neuronales/T3%20Preliminares%20a%20los%20problemas/02_MLP1d.ipynb")
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


# ---- givens
x = y = w = b1 = v = b2 = D(1)
rho = D(1)
# ---- true values
z = w * x + b1
h = sig(z)
haty = v * h + b2
loss = (y - haty) ** 2 / 2
J_haty = haty - y
J_v = h * J_haty
J_b2 = J_haty
J_h = J_haty * v
J_z = J_h * sig(z) * sig(-z)
J_w = x * J_z
J_b1 = J_z

check('"z = ', [z], "z = w x + b1 = 2")
check('"h = ', [h], "h = sigma(2)")
check('"haty = ', [haty], "haty = v h + b2")
check('"loss = ', [loss], "loss = 1/2 (y - haty)^2")
check('"J_haty = ', [J_haty], "dL/dhaty = haty - y")
check('"J_v = ', [J_v], "dL/dv = h (haty - y)")
check('"J_b2 = ', [J_b2], "dL/db2 = haty - y")
check('"J_h = ', [J_h], "dL/dh = (haty - y) v")
check('"J_z = ', [J_z], "dL/dz = dL/dh sigma(z) sigma(-z)")
check('"J_w = ', [J_w], "dL/dw = x dL/dz")
check('"J_b1 = ', [J_b1], "dL/db1 = dL/dz")
check('"v = ', [v - rho * J_v], "v - 1.0 J_v")
check('"b2 = ', [b2 - rho * J_b2], "b2 - 1.0 J_b2")
check('"w = ', [w - rho * J_w], "w - 1.0 J_w")
check('"b1 = ', [b1 - rho * J_b1], "b1 - 1.0 J_b1")

finish("Spanish teaching notebook (UPV, Aprendizaje Automatico, 'Preliminares a los problemas'): 1-1-1 network, "
       "sigmoid hidden unit, linear output, squared loss 1/2 (y - haty)^2, all parameters 1, x = y = 1, rho = 1. "
       "Every number is a NumPy output printed with round(., 4) and no working on its line, so rule (b) judges "
       "each against the exact value: all 15 output lines are right, 0 wrong (a false-alarm test). The page's "
       "Jacobian convention J = dL/dtheta and update theta <- theta - 1.0 J is consistent; sigma'(z) is written "
       "sigma(z) sigma(-z). z = 2.0 is exact. The code lines that state the givens (x = 1.0; y = 1.0; w = b1 = 1.0; "
       "v = b2 = 1.0) are in neither list.")
