#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of Shilpaj1994/ERA
Session6/README.md ("Backpropagation", Shilpaj Bhalerao's ERA course session-6 write-up: the code blocks, the
result lines and the two Markdown tables of the spreadsheet, one forward pass, gradients and one update with
learning rate 1 of a 2-2-2 sigmoid network without biases).

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (doc.md lines 6-13 and the input columns of the tables, lines 89, 101): i1 = 0.05, i2 = 0.1 (the code block
on lines 2-3 prints i1 = 0.5, i2 = 0.05, but every computed number uses 0.05 and 0.1, as the tables state),
t1 = t2 = 0.5, w1..w8 = 0.15, 0.2, 0.25, 0.3, 0.4, 0.45, 0.5, 0.55; h1 = w1 i1 + w2 i2, h2 = w3 i1 + w4 i2,
o1 = w5 a_h1 + w6 a_h2, o2 = w7 a_h1 + w8 a_h2, sigmoid everywhere, E = 1/2 (t1 - a_o1)^2 + 1/2 (t2 - a_o2)^2, the
gradients by the chain rule printed in the document (lines 39-86), w_new = w - 1 x dE/dw (line 94).  True values
of the second table row (line 102) are those of the network after one correct update.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) when a line prints p as the result of an expression whose operands are printed on that line, p is right only
      if redoing the expression from those printed numbers rounds to exactly p at p's digits (an operand that is a
      rounded result printed earlier may lie anywhere within half a unit of its last digit; a given is exact);
      otherwise the line is wrong (first);
  (b) a value printed without its working (or restated) is right when it is within one unit of its last digit of
      the true value, or follows from printed correct operands;
  (c) a restated wrong value is wrong (propagated); a value computed from a wrong one and itself off is wrong
      (propagated); a value the author's own wrong formula produced is wrong (first).
A table row is one line: it is wrong when any of its computed cells is.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/Shilpaj1994/ERA/blob/df6b68fb4f7591e6d11eeebc4856757ef802274e/"
          "Session6/README.md")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of only the code blocks, result lines and "
           "tables of the backpropagation section, line for line, prose, images and the model code removed")
import itertools
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
    """Rule (b): p is within one unit of its last digit of x rounded to p's digits."""
    return abs(D(p) - rnd(x, p)) <= unit(p)


def own_ok(p, expr, operands):
    """Rule (a): can redoing `expr` from the printed operands give exactly p at p's digits?  An operand written
    ("0.5068", False) is a rounded result printed earlier and may lie anywhere within half a unit of its last digit;
    ("0.15", True) is a given and exact.  The range is taken over the corners of that box (every expression used
    here is monotonic in each operand)."""
    boxes = []
    for s, exact in operands:
        v = D(s)
        boxes.append((v,) if exact else (v - unit(s) / 2, v + unit(s) / 2))
    vals = [D(expr(*c)) for c in itertools.product(*boxes)]
    lo, hi = min(vals), max(vals)
    p = D(p)
    half = unit(p) / 2
    return hi >= p - half and lo < p + half, lo, hi


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, expr=None, operands=(), up=(), method=False, why="", correct=None):
    """Judge one printed number by the corpus's one rule (module docstring)."""
    assert printed in DOC[line - 1], (line, printed)
    p = D(printed.replace("\u2212", "-"))
    lo = hi = None
    ok = True
    if expr is not None:
        ok, lo, hi = own_ok(p, expr, operands)
    if not ok:
        st, kind = "wrong", "first"
    elif near(p, true):
        st, kind = "right", None
    elif any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", "propagated"
    elif method:
        st, kind = "wrong", "first"
    elif expr is not None:
        st, kind = "right", None  # follows from its printed, correct operands
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), lo=lo, hi=hi, status=st, kind=kind,
                       why=why, correct=correct if correct is not None else str(rnd(true, p))))


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:110]))
        for c in cs:
            extra = "" if c["lo"] is None else "  own arithmetic gives [%.12g, %.12g]" % (c["lo"], c["hi"])
            print("            %-10s printed %-14s true %.12g%s -> %s%s" % (
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


COLS = ("t1 t2 i1 i2 w1 w2 w3 w4 h1 ah1 h2 ah2 w5 w6 w7 w8 o1 ao1 o2 ao2 E1 E2 E "
        "g1 g2 g3 g4 g5 g6 g7 g8").split()


def network(w, i1=D("0.05"), i2=D("0.1"), t1=D("0.5"), t2=D("0.5")):
    """All values of one spreadsheet row from weights w[1..8]; 'g3s', 'g4s' are what the sheet computes for w3, w4
    (the hidden factor a_h1 (1 - a_h1) of h1 in place of a_h2 (1 - a_h2))."""
    v = {"t1": t1, "t2": t2, "i1": i1, "i2": i2}
    for k in range(1, 9):
        v["w%d" % k] = w[k]
    v["h1"] = w[1] * i1 + w[2] * i2
    v["h2"] = w[3] * i1 + w[4] * i2
    v["ah1"], v["ah2"] = sig(v["h1"]), sig(v["h2"])
    v["o1"] = w[5] * v["ah1"] + w[6] * v["ah2"]
    v["o2"] = w[7] * v["ah1"] + w[8] * v["ah2"]
    v["ao1"], v["ao2"] = sig(v["o1"]), sig(v["o2"])
    v["E1"] = (t1 - v["ao1"]) ** 2 / 2
    v["E2"] = (t2 - v["ao2"]) ** 2 / 2
    v["E"] = v["E1"] + v["E2"]
    d1 = (v["ao1"] - t1) * v["ao1"] * (1 - v["ao1"])
    d2 = (v["ao2"] - t2) * v["ao2"] * (1 - v["ao2"])
    v["g5"], v["g6"], v["g7"], v["g8"] = d1 * v["ah1"], d1 * v["ah2"], d2 * v["ah1"], d2 * v["ah2"]
    s1 = (d1 * w[5] + d2 * w[7]) * v["ah1"] * (1 - v["ah1"])
    s2 = (d1 * w[6] + d2 * w[8]) * v["ah2"] * (1 - v["ah2"])
    v["g1"], v["g2"], v["g3"], v["g4"] = s1 * i1, s1 * i2, s2 * i1, s2 * i2
    s2s = (d1 * w[6] + d2 * w[8]) * v["ah1"] * (1 - v["ah1"])
    v["g3s"], v["g4s"] = s2s * i1, s2s * i2
    return v


W0 = [None] + [D(x) for x in "0.15 0.2 0.25 0.3 0.4 0.45 0.5 0.55".split()]
R1 = network(W0)
W1 = [None] + [W0[k] - R1["g%d" % k] for k in range(1, 9)]
R2 = network(W1)

# ---------------- the result line after the forward pass ----------------
ln = line_of("But, the values after calculations are")
chk("ao1", ln, "0.6064", R1["ao1"])
chk("ao2", ln, "0.5342", R1["ao2"],
    why="a_o2 = sigma(0.534280154) = 0.630481 (0.6305); the printed 0.5342 is o2, the net input before the sigmoid")

# ---------------- table rows ----------------
DEPS = {"h1": [], "h2": [], "ah1": ["h1"], "ah2": ["h2"], "o1": ["ah1", "ah2"], "o2": ["ah1", "ah2"],
        "ao1": ["o1"], "ao2": ["o2"], "E1": ["ao1"], "E2": ["ao2"], "E": ["E1", "E2"]}
for g in ("g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8"):
    DEPS[g] = ["ao1", "ao2", "ah1", "ah2"]


def row(tag, line, truth, weights_computed, restated_from=None):
    cells = [c.strip() for c in DOC[line - 1].split("|")[1:-1]]
    assert len(cells) == len(COLS), (line, len(cells))
    names = (["w%d" % k for k in range(1, 9)] if weights_computed else []) + list(DEPS)
    for name in names:
        p = cells[COLS.index(name)]
        cid = "%s.%s" % (tag, name)
        deps = list(DEPS.get(name, []))
        if weights_computed:
            deps += {"h1": ["w1", "w2"], "h2": ["w3", "w4"], "o1": ["w5", "w6"], "o2": ["w7", "w8"]}.get(name, [])
        up = ["%s.%s" % (tag, u) for u in deps]
        if weights_computed and name.startswith("w"):
            k = int(name[1])
            up = ["r1.g%d" % k]
        method = False
        why = ""
        if restated_from:
            up = up + ["%s.%s" % (restated_from, name)]
        if name in ("g3", "g4"):
            method = True
            why = ("dE/d%s by the chain rule printed in the document (a_h2 (1 - a_h2)) is %.9f; the sheet's %s is "
                   "the value with a_h1 (1 - a_h1), the hidden factor of h1 (%.9f)"
                   % (name.replace("g", "w"), truth[name], p, truth[name + "s"]))
            if not restated_from:
                up = []
        elif weights_computed and name in ("w3", "w4"):
            why = "updated with the wrong dE/d%s" % name
        elif up:
            why = "computed from the wrongly updated w3, w4 (or the wrong dE/dw3, dE/dw4 formula)"
        chk(cid, line, p, truth[name], up=up, method=method, why=why)


row("r1", line_of("| 0.5  | 0.5  | 0.05 | 0.1  | 0.15 | 0.2  | 0.25 | 0.3  | 0.0275 |"), R1, False)
ln_t2a = line_of("| 0.5  | 0.5  | 0.05 | 0.1  | 0.15        |")
row("r1b", ln_t2a, R1, False, restated_from="r1")
row("r2", line_of("| 0.5  | 0.5  | 0.05 | 0.1  | 0.149683007 |"), R2, True)

# ---------------- the worked update of w1 and the error after the update ----------------
ln = line_of("w1_updated = 0.15 - 1 * 0.00031")
chk("g1r", ln, "0.00031", R1["g1"])
ln = line_of("w1_updated = 0.14968")
chk("w1n", ln, "0.14968", W1[1])
ln = line_of("it is reduced from 0.01418 to 0.01337")
chk("E0r", ln, "0.01418", R1["E"])
chk("E1r", ln, "0.01337", R2["E"])

NOTES = (
    "Shilpaj Bhalerao's ERA (The School of AI) session-6 write-up (Shilpaj1994/ERA, Session6/README.md, 2023-07; "
    "no license), so only the code blocks, result lines and the two spreadsheet tables are kept, line for line. "
    "The classic ERA example: a 2-2-2 sigmoid network without biases, i = (0.05, 0.1), t = (0.5, 0.5), learning "
    "rate 1. Each table row is one Markdown line of 31 cells. First errors: 'a_o2 = 0.5342' (line 31) is o2, not "
    "sigma(o2) = 0.6305; dE/dw3 = 0.000351869 and dE/dw4 = 0.000703737 in the first table (line 89; true "
    "0.000351776 and 0.000703553) come from the spreadsheet using a_h1 (1 - a_h1) for h2's weights, and the same "
    "formula again in the second row of the second table (line 102). Propagated: line 101 restates line 89; in "
    "line 102 w3, w4 are updated with the wrong gradients and every value after them (h2, a_h2, o1, o2, a_o1, a_o2, "
    "E1, E2, E and all gradients) is off at the ninth decimal (e.g. h2 0.042412033 for 0.042412056). Close calls: "
    "'w1_updated = 0.14968' (line 96) stands on its own line after 'w1_updated = 0.15 - 1 * 0.00031' (line 95); "
    "it is judged by rule (b) as a value printed without operands on its line, and it is the true value "
    "(0.149683007), though 0.15 - 0.00031 would give 0.14969; 0.00031 (line 95) is the gradient 0.000316993 cut, "
    "one unit from 0.00032; a_o1 = 0.6064 (line 31) is 0.6064777 cut, one unit from 0.6065; 'reduced from 0.01418 "
    "to 0.01337' (line 98): 0.01337 is one unit from the true 0.013378. The inputs printed in the code block (lines "
    "2-3: i1 = 0.5, i2 = 0.05) contradict the tables but are inputs, not computed numbers. "
    "Hold-out round 26: never seen by nnwalk's developers before it was scored."
)

if __name__ == "__main__":
    main()
