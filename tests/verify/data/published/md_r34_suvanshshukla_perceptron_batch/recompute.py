#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of SuvanshShukla/ovgu-magdeburg
"Machine Learning (WiSe 2025/2026)" Assignment 7 Task 7.2: two batch iterations of the perceptron training rule for
one threshold unit o = [w0 + w1 x1 + w2 x2 > 0] on five examples, written as Markdown tables (net input, output,
error, per-example weight changes, their sums) and the weight updates.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (doc.md lines 2, 5, 10-14, 16, 20): the five examples (x1, x2, t) = (1, 0, 0), (3, -1, 1), (2, 2, 0),
(4, 4, 0), (1, -2, 1); w0 = w1 = w2 = 0; eta = 0.1; o = 1 when w0 + w1 x1 + w2 x2 > 0, else 0; batch rule
w_i <- w_i + eta sum_d (t_d - o_d) x_{i,d} with x_0 = 1. The table cells print Delta w as E x_i (without eta); the
sums are multiplied by eta in the update lines. True values follow that rule exactly; all arithmetic is exact.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  near(p, X)  <=>  |p - round(X to p's digits)| <= u
  (a) a cell or line that prints p as the result of an expression of printed operands must redo exactly (all
      operands here are exact: inputs, targets, weights, eta);
  (b) a value printed without working, or restated, is right when near the true value or when it follows from
      printed correct operands;
  (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off is wrong,
      propagated.
A line is wrong when any number on it is wrong; every line printing a computed number is listed (a table row is one
line).
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/SuvanshShukla/ovgu-magdeburg/blob/4e9a90b0430d1e55bd78f432cb6a9dc0044bb968/"
          "Winter-SEM-II-2025-26/Machine%20Learnning/solutions/Assignment_7/Task_7.2.md")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of only the givens, the rule, the two worked "
           "tables, the update blocks and the final weights, line for line, prose and headings removed")
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
    p = D(printed.replace("\u2212", "-"))
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


# ---------------- exact values from the givens ----------------
EX = [(1, 0, 0), (3, -1, 1), (2, 2, 0), (4, 4, 0), (1, -2, 1)]
EX = [tuple(D(v) for v in e) for e in EX]
eta = D("0.1")


def num(s):
    return D(s.replace("\u2212", "-").replace("\u200b", ""))


def last_value(cell):
    """The number after the last '=' of a table cell (or the cell itself)."""
    return cell.split("=")[-1].strip()


w = [D(0), D(0), D(0)]
rows_at = [line_of("|1|1|0|0|0(1)"), line_of("|1|1|0|0|0.2+0.4(1)")]
for it in range(2):
    sums = [D(0), D(0), D(0)]
    for d, (x1, x2, t) in enumerate(EX):
        n = rows_at[it] + d
        cells = DOC[n - 1].split("|")[1:-1]
        net = w[0] + w[1] * x1 + w[2] * x2
        o = D(1) if net > 0 else D(0)
        e = t - o
        dws = [e * 1, e * x1, e * x2]
        for k, v in enumerate(dws):
            sums[k] += v
        vals = [("net", cells[4], net), ("o", cells[5], o), ("E", cells[6], e)] + [
            ("dw%d" % k, cells[7 + k], dws[k]) for k in range(3)]
        for name, cell, true in vals:
            text = last_value(cell)
            chk("it%d_d%d_%s" % (it + 1, d + 1, name), n, text, true, ops=true if "=" in cell else None, exact=True)
    n = rows_at[it] + 5
    cells = DOC[n - 1].split("|")[1:-1]
    for k in range(3):
        chk("it%d_sum%d" % (it + 1, k), n, last_value(cells[7 + k]), sums[k], ops=sums[k], exact=True)
    new = [w[k] + eta * sums[k] for k in range(3)]
    for k in range(3):
        n = line_of("w%d\u200b=%s" % (k, str(w[k]).replace("-", "\u2212") if it else "0") + "+0.1")
        text = last_value(DOC[n - 1])
        chk("it%d_w%d" % (it + 1, k), n, text, new[k], ops=new[k], exact=True)
        if it == 1:
            mid = DOC[n - 1].split("=")[2]
            chk("it2_w%d_step" % k, n, "0." + mid.split("0.")[-1], abs(eta * sums[k]), exact=True)
    w = new
    if it == 0:
        n = line_of("Weights from Iteration 1:")
        for k in range(3):
            chk("w%d_r1" % k, n, ["0.2", "0.4", "\u22120.3"][k], w[k], up=("it1_w%d" % k,))
        n = line_of("|Net Input (0.2+0.4x1")
        for k, p in enumerate(["0.2", "0.4", "0.3"]):
            chk("w%d_r2" % k, n, p, abs(w[k]), up=("it1_w%d" % k,))
n = line_of("$w_0=\u22120.1,w_1")
for k, p in enumerate(["\u22120.1", "\u22120.3", "\u22120.9"]):
    chk("w%d_r3" % k, n, p, w[k], up=("it2_w%d" % k,))
n = line_of("\u22120.1\u22120.3x_1\u22120.9x_2")
for k, p in enumerate(["0.1", "0.3", "0.9"]):
    chk("w%d_r4" % k, n, p, abs(w[k]), up=("it2_w%d" % k,))

NOTES = ("A student's homework answer with the perceptron rule worked in Markdown tables: each row prints its net "
         "input (in iteration 2 with the products written out), output, error and E x_i cells, with U+2212 minus "
         "signs, U+22C5 dots and zero-width spaces after the variable names; the updates sit in a code block. "
         "Every printed number is right (0 wrong lines): a control document for a single threshold unit. Restated "
         "weights in the iteration-2 header and the final threshold expression are judged as restatements "
         "(magnitudes, the signs sit in the expression).")

if __name__ == "__main__":
    main()
