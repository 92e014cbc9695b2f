#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of purepisces/
Wenqing-Machine_Learning_Blog Deep-Learning-Concepts/Basic-Neural-Network-Concepts/Activation-Functions/softmax.md
("Example Using Softmax Activation Function in Neural Networks"): softmax of a batch of two logit vectors and the
softmax Jacobians used in the backward pass dLdZ = dLdA . J.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (doc.md lines 3-4, 42-43): Z = [[1, 2, 3], [2, 2, 1]]; dLdA = [[0.1, -0.2, 0.1], [-0.1, 0.3, -0.2]] (given,
never used in a printed product). True values: A = softmax of each row; J_jj = A_j (1 - A_j), J_jk = -A_j A_k
(the document's own, correct, rule).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  near(p, X)  <=>  |p - round(X to p's digits)| <= u
  (a) a line that prints p as the result of an expression of operands printed on that line must redo exactly from
      those printed numbers (the two-decimal softmax outputs are rounded results and may be taken within half a
      unit);
  (b) a value printed without working, or restated, is right when near the true value or when it follows from
      printed correct operands (J^(2) is printed without working: it follows from the printed 0.42/0.42/0.16);
  (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off is wrong,
      propagated.
A line is wrong when any number on it is wrong; every line printing a computed number is listed.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/purepisces/Wenqing-Machine_Learning_Blog/blob/e796c9cdc201d75f7ccefe541583be3de0a9253e/"
          "Deep-Learning-Concepts/Basic-Neural-Network-Concepts/Activation-Functions/softmax.md")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of only the worked $$ blocks and the line "
           "restating A^(1), line for line, prose, headings and code removed")
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
Z = [[D(1), D(2), D(3)], [D(2), D(2), D(1)]]


def softmax(z):
    e = [x.exp() for x in z]
    s = sum(e)
    return [x / s for x in e]


A = [softmax(z) for z in Z]


def jac(a):
    return [[a[j] * (1 - a[j]) if j == k else -a[j] * a[k] for k in range(3)] for j in range(3)]


J = [jac(a) for a in A]
AP = [[D("0.09"), D("0.24"), D("0.67")], [D("0.42"), D("0.42"), D("0.16")]]  # as printed
JP = [jac(a) for a in AP]


def nums(n):
    return [t for t in DOC[n - 1].replace("\\\\", " ").replace("&", " ").split() if any(c.isdigit() for c in t)]


for i, n in enumerate([line_of("0.09 & 0.24 & 0.67"), line_of("0.42 & 0.42 & 0.16")]):
    for k, text in enumerate(nums(n)):
        chk("A%d%d" % (i + 1, k + 1), n, text, A[i][k])
n = line_of("For the first sample")
for k, text in enumerate(["0.09", "0.24", "0.67"]):
    chk("A1%d_r" % (k + 1), n, text, A[0][k], up=("A1%d" % (k + 1),))
for (j, k, text) in [(0, 0, "0.0819"), (1, 1, "0.1824"), (2, 2, "0.2211"), (0, 1, "-0.0216"), (0, 2, "-0.0603"),
                     (1, 2, "-0.1608")]:
    n = line_of("J^{(1)}_{%d%d} = " % (j + 1, k + 1))
    ups = tuple(sorted({"A1%d" % (j + 1), "A1%d" % (k + 1)}))
    chk("J1_%d%d" % (j + 1, k + 1), n, text, J[0][j][k], ops=JP[0][j][k], up=ups, exact=True,
        why="J1_%d%d from the printed softmax outputs" % (j + 1, k + 1))
for s, first in [(0, "0.0819 &-0.0216"), (1, "0.2436 & -0.1764")]:
    n0 = line_of(first)
    for r in range(3):
        for k, text in enumerate(nums(n0 + r)):
            ups = tuple(sorted({"A%d%d" % (s + 1, r + 1), "A%d%d" % (s + 1, k + 1)}))
            chk("J%d_%d%d_m" % (s + 1, r + 1, k + 1), n0 + r, text, J[s][r][k], ops=JP[s][r][k], up=ups,
                explicit=False)

NOTES = ("A Markdown blog post ($$ blocks, LaTeX pmatrix rows with & and \\\\) working the softmax Jacobian for a "
         "batch of two logit vectors. Every printed number is right (0 wrong lines). Close call: J^(2) (lines "
         "36-38) is printed without working; from the exact softmax outputs its entries are 0.2440, -0.1784, "
         "-0.0656, 0.1312, but they follow exactly from the printed two-decimal outputs 0.42, 0.42, 0.16, so they are "
         "right by rule (b). The gradient dLdZ itself is described but never computed.")

if __name__ == "__main__":
    main()
