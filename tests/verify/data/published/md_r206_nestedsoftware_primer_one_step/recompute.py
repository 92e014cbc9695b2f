#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt (code blocks and their printed
results only, no prose) of Nested Software's blog post "Neural Networks Primer" (2019-05-05), section "Example
Calculation": one learning iteration of a 1-1-1 sigmoid network worked step by step in a Python session.

Givens (doc lines 15-17, 27-28, 65 and the target y = 1 of `dc_da_l2 = a_l2-1` and `cost(a_l2, 1)`):
    a_l0 = 0.8, w_l1 = 1.58, b_l1 = -0.14, w_l2 = 2.45, b_l2 = -0.11, step_size = 0.1, y = 1,
    cost C = 0.5 (a - y)^2, so dC/da_l2 = a_l2 - 1.

Plain Python 3; exact values with decimal at 60 digits; does not import nnwalk or the generator (no numpy either).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last printed digit):
  (a) a line printing p as the result of an expression of numbers printed on that same line is right only when
      redoing the expression from those printed numbers rounds to p;
  (b) a value printed without working on the line (or restated) is right when it is within one unit of its last
      digit of the true value, or when it follows from printed correct operands;
  (c) a restated or recomputed consequence of a wrong value is wrong, kind propagated.
Every computed number here is a bare Python float repr printed on its own line after the `>>> name` prompt that asks
for it (rule b).  The reprs carry 16-18 significant digits, finer than the float64 arithmetic that produced them, so
a repr is taken as the printed form of the true value when it is the IEEE-double result of the page's own code
(replayed below with math.exp in place of np.exp; the replay reproduces every printed repr) and lies within a few float64 ulps of the
exact value; the report prints both distances.  Any larger gap would be an arithmetic error.

Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import math
import pathlib
import sys
from decimal import Decimal as D
from decimal import getcontext

getcontext().prec = 60
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/nestedsoftware/nestedsoftware_jekyll_blog/blob/"
          "b65d168716b349d8c680b9de2f9142086fc135ec/_posts/2019-05-05-neural-networks-primer-374i.105712.md")
LICENSE = ("none stated (no LICENSE file in nestedsoftware/nestedsoftware_jekyll_blog); doc.md is an excerpt of only "
           "the post's code blocks of the worked example (function definitions, the Python session lines and their "
           "printed results), each line byte-identical to the original, prose and images left out")
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(text):
    """1-based line of the only doc line equal to text (stripped); fails loudly."""
    hits = [i + 1 for i, t in enumerate(DOC) if t.strip() == text]
    if len(hits) != 1:
        raise SystemExit("%s: expected exactly one line %r, found %d" % (DOCFILE, text, len(hits)))
    return hits[0]


def result_after(prompt):
    """The line printed right after the session prompt `>>> name` and the number on it."""
    ln = line_of(prompt) + 1
    txt = DOC[ln - 1].strip()
    try:
        D(txt)
    except Exception:
        raise SystemExit("line %d after %r is not a number: %r" % (ln, prompt, txt))
    return ln, txt


# ---- givens -------------------------------------------------------------------------------------------------------
for g in (">>> a_l0 = 0.8", ">>> w_l1 = 1.58", ">>> b_l1 = -0.14", ">>> b_l2 = -0.11", ">>> w_l2 = 2.45",
          ">>> step_size = 0.1", ">>> dc_da_l2 = a_l2-1", ">>> original_cost = cost(a_l2, 1)",
          "return 0.5 * (a - y)**2", "return 1.0/(1.0+np.exp(-z))"):
    line_of(g)  # every given and formula the recomputation relies on is on the page
A0, W1, B1, W2, B2, LR, Y = D("0.8"), D("1.58"), D("-0.14"), D("2.45"), D("-0.11"), D("0.1"), D(1)


def sig(z):
    return 1 / (1 + (-z).exp())


# ---- exact values -------------------------------------------------------------------------------------------------
X = {}
X["z_l1"] = W1 * A0 + B1
X["a_l1"] = sig(X["z_l1"])
X["z_l2"] = W2 * X["a_l1"] + B2
X["a_l2"] = sig(X["z_l2"])
da2 = X["a_l2"] - Y
X["dc_db_l2"] = X["a_l2"] * (1 - X["a_l2"]) * da2
X["dc_dw_l2"] = X["a_l1"] * X["dc_db_l2"]
X["dc_da_l1"] = W2 * X["dc_db_l2"]
X["updated_b_l2"] = B2 - X["dc_db_l2"] * LR
X["updated_w_l2"] = W2 - X["dc_dw_l2"] * LR
X["dc_db_l1"] = X["a_l1"] * (1 - X["a_l1"]) * X["dc_da_l1"]
X["dc_dw_l1"] = A0 * X["dc_db_l1"]
X["updated_b_l1"] = B1 - X["dc_db_l1"] * LR
X["updated_w_l1"] = W1 - X["dc_dw_l1"] * LR
X["updated_z_l1"] = X["updated_w_l1"] * A0 + X["updated_b_l1"]
X["updated_a_l1"] = sig(X["updated_z_l1"])
X["updated_z_l2"] = X["updated_w_l2"] * X["updated_a_l1"] + X["updated_b_l2"]
X["updated_a_l2"] = sig(X["updated_z_l2"])
X["original_cost"] = D("0.5") * (X["a_l2"] - Y) ** 2
X["updated_cost"] = D("0.5") * (X["updated_a_l2"] - Y) ** 2

# ---- the page's own code replayed in IEEE doubles -----------------------------------------------------------------
def fsig(z):
    return 1.0 / (1.0 + math.exp(-z))


def fsigp(z):
    return fsig(z) * (1 - fsig(z))


F = {}
F["z_l1"] = 1.58 * 0.8 + -0.14
F["a_l1"] = fsig(F["z_l1"])
F["z_l2"] = 2.45 * F["a_l1"] + -0.11
F["a_l2"] = fsig(F["z_l2"])
f_da2 = F["a_l2"] - 1
F["dc_db_l2"] = fsigp(F["z_l2"]) * f_da2
F["dc_dw_l2"] = F["a_l1"] * F["dc_db_l2"]
F["dc_da_l1"] = 2.45 * F["dc_db_l2"]
F["updated_b_l2"] = -0.11 - F["dc_db_l2"] * 0.1
F["updated_w_l2"] = 2.45 - F["dc_dw_l2"] * 0.1
F["dc_db_l1"] = fsigp(F["z_l1"]) * F["dc_da_l1"]
F["dc_dw_l1"] = 0.8 * F["dc_db_l1"]
F["updated_b_l1"] = -0.14 - F["dc_db_l1"] * 0.1
F["updated_w_l1"] = 1.58 - F["dc_dw_l1"] * 0.1
F["updated_z_l1"] = F["updated_w_l1"] * 0.8 + F["updated_b_l1"]
F["updated_a_l1"] = fsig(F["updated_z_l1"])
F["updated_z_l2"] = F["updated_w_l2"] * F["updated_a_l1"] + F["updated_b_l2"]
F["updated_a_l2"] = fsig(F["updated_z_l2"])
F["original_cost"] = 0.5 * (F["a_l2"] - 1) ** 2
F["updated_cost"] = 0.5 * (F["updated_a_l2"] - 1) ** 2

ORDER = ["z_l1", "a_l1", "z_l2", "a_l2", "dc_db_l2", "dc_dw_l2", "dc_da_l1", "updated_b_l2", "updated_w_l2",
         "dc_db_l1", "dc_dw_l1", "updated_b_l1", "updated_w_l1", "updated_z_l1", "updated_a_l1", "updated_z_l2",
         "updated_a_l2", "original_cost", "updated_cost"]
WHY = {
    "z_l1": "w_l1 a_l0 + b_l1 = 1.58 x 0.8 - 0.14",
    "a_l1": "sigmoid(z_l1)",
    "z_l2": "w_l2 a_l1 + b_l2 = 2.45 a_l1 - 0.11",
    "a_l2": "sigmoid(z_l2)",
    "dc_db_l2": "sigma'(z_l2) (a_l2 - 1) = a_l2 (1 - a_l2)(a_l2 - 1)",
    "dc_dw_l2": "a_l1 dc_db_l2",
    "dc_da_l1": "w_l2 dc_db_l2",
    "updated_b_l2": "b_l2 - 0.1 dc_db_l2",
    "updated_w_l2": "w_l2 - 0.1 dc_dw_l2",
    "dc_db_l1": "sigma'(z_l1) dc_da_l1 = a_l1 (1 - a_l1) dc_da_l1",
    "dc_dw_l1": "a_l0 dc_db_l1",
    "updated_b_l1": "b_l1 - 0.1 dc_db_l1",
    "updated_w_l1": "w_l1 - 0.1 dc_dw_l1",
    "updated_z_l1": "updated_w_l1 a_l0 + updated_b_l1",
    "updated_a_l1": "sigmoid(updated_z_l1)",
    "updated_z_l2": "updated_w_l2 updated_a_l1 + updated_b_l2",
    "updated_a_l2": "sigmoid(updated_z_l2)",
    "original_cost": "0.5 (a_l2 - 1)^2",
    "updated_cost": "0.5 (updated_a_l2 - 1)^2",
}


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def main():
    right, wrong, rows = [], [], []
    printed_names = []
    for name in ORDER:
        prompt = ">>> " + name
        hits = [i + 1 for i, t in enumerate(DOC) if t.strip() == prompt]
        if not hits:
            continue  # computed but not printed (none of the page's values is skipped; see the check below)
        ln, p = result_after(prompt)
        printed_names.append(name)
        true = X[name]
        dev = abs(D(p) - true)
        ulp = D(math.ulp(F[name]))
        replay = repr(F[name])
        ok_replay = replay == p
        ok_b = dev <= unit(p)
        ok_float = ok_replay and dev <= 8 * ulp
        ok = ok_b or ok_float
        rows.append((ln, name, p, true, dev / unit(p), dev / ulp, replay, ok_b, ok_replay, ok))
        if ok:
            right.append(ln)
        else:
            wrong.append({"line": ln, "page": None, "printed": p,
                          "correct": format(+true.quantize(unit(p))),
                          "kind": "first", "why": "%s = %s (exact)" % (WHY[name], format(true, ".20g"))})
    if len(printed_names) != 19:
        raise SystemExit("expected 19 printed results, found %d" % len(printed_names))
    print("%-4s %-14s %-24s %-26s %9s %7s  %s" % ("line", "value", "printed", "exact", "units", "ulps",
                                                  "float replay == printed"))
    for ln, name, p, true, du, dulp, replay, ok_b, ok_replay, ok in rows:
        print("%-4d %-14s %-24s %-26s %9.2f %7.2f  %s  %s" % (ln, name, p, format(true, ".19g"), float(du),
                                                            float(dulp), ok_replay, "RIGHT" if ok else "WRONG"))
    print("\nwrong lines: %s" % [w["line"] for w in wrong])
    print("right lines: %s" % right)
    if "--write-expected" in sys.argv:
        exact = ", ".join("%s = %s" % (n, format(X[n], ".17g")) for n in ORDER)
        over = ", ".join("%s (line %d, %.1f units)" % (name, ln, float(du))
                         for ln, name, p, true, du, dulp, replay, ok_b, ok_replay, ok in rows if du > 1)
        notes = (
            "Excerpt (code blocks only) of Nested Software's blog post 'Neural Networks Primer' (2019-05-05), "
            "section 'Example Calculation': one learning iteration of a 1-1-1 sigmoid network, worked in a Python "
            "session whose results are printed as bare float reprs under each '>>> name' prompt. Givens: input "
            "a_l0 = 0.8, w_l1 = 1.58, b_l1 = -0.14, w_l2 = 2.45, b_l2 = -0.11, target 1, cost 0.5 (a - y)^2 (so "
            "dC/da_l2 = a_l2 - 1), step size 0.1; the page's functions sigmoid, z = w a + b, sigmoid_prime, dc_db, "
            "dc_dw, dc_da_prev and cost are in the excerpt. Exact values (decimal, 60 digits, shown to 17 "
            "significant digits): " + exact + ". Every one of the 19 printed results is right: 0 wrong lines, "
            "19 right lines (a clean document, a false-alarm test). The reprs carry 16-18 significant digits, finer "
            "than float64: each is the bit-for-bit IEEE-double result of the page's own code (recompute.py replays "
            "it) and lies within 4 float64 ulps of the exact value. Close calls, where the repr's last digit is more "
            "than one unit of that digit away from the exact value (float64 rounding, not an arithmetic error): "
            + over + ". Lines holding givens (a_l0, w_l1, b_l1, b_l2, w_l2, step_size), the other '>>>' "
            "assignment lines and the function definitions hold no computed number and are in neither list. The "
            "same network with PyTorch's MSELoss (a factor 2) is the subject of the author's later post 'PyTorch "
            "Hello World', already in the corpus as md_r178_nestedsoftware_pytorch_hello_world; this post's loss, "
            "gradients and updates differ.")
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": notes}
        (HERE / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote expected.json")


if __name__ == "__main__":
    main()
