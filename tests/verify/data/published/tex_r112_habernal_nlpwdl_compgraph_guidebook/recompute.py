#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.tex, the LaTeX source of
"Guidebook to Exercise 3: Computational Graphs" (Prof. Dr. Ivan Habernal, Yassine Thlija, 2025-10-30) of the
course "Natural Language Processing with Deep Learning" 2025/26, Ruhr University Bochum (CC BY-SA 4.0).

Plain Python 3 (fractions, exact: every number in the document is an integer); no nnwalk import.

Givens (printed in the document):
  forward-evaluation example   a = 1, b = 2, s = a + b
  Example 1                    a = 2, b = 3, c = a + b, y = c^2
  Example 2                    x = 1, y = 2, z = x * y, r = z + y

The page's convention (followed here): "d" is used both for the local partial derivative of a node with respect
to one argument (dr/dz = 1, dr/dy = 1 on the line "Backward:") and for the global derivative through all paths
(dr/dy = dr/dz dz/dy + 1 = 2 on the last line).  Both are judged as what the page says they are.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on that line: p must be that expression
      redone from those numbers, rounded at p's digits (givens exact) - otherwise wrong, first;
  (b) a value printed without its working (or restated) is right within one unit of its last digit of the true
      value, or when it follows from printed correct operands;
  (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off is wrong,
      propagated (first if the line adds a mistake of its own).
A line is wrong when any number on it is wrong.

Usage:  python3 recompute.py                   (report)
        python3 recompute.py --write-expected  (also writes expected.json)
"""
import json
import pathlib
import sys
from fractions import Fraction as F

DOCFILE, FORMAT = "doc.tex", "tex"
SOURCE = ("https://github.com/trusthlt/nlp-with-deep-learning-lectures/blob/"
          "751182ea7a6a6f2246bbd8313329ecd09d270dbc/exercises/ex03/guide/computational_graphs_guidebook.tex")
LICENSE = ("CC BY-SA 4.0 (README of the repository: 'The content is licensed under Creative Commons CC BY-SA 4.0'); "
           "doc.tex is the file byte for byte")
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


CHECKS, STATUS = [], {}


def chk(cid, line, printed, true, ops=None, up=(), why=""):
    """Integers only: a printed value is right when it equals the true value (and, rule (a), the value redone
    from the numbers printed on its line)."""
    assert printed in DOC[line - 1], (line, printed, DOC[line - 1])
    p = F(printed)
    if ops is not None and p != ops:
        st, kind = "wrong", "first"
    elif p == true:
        st, kind = "right", None
    elif any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", "propagated"
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=true, status=st, kind=kind, why=why))


# ---------------- forward-evaluation example ----------------
a, b = F(1), F(2)
chk("s", line_of("Then the forward evaluation gives $s=3$"), "3", a + b)

# ---------------- Example 1 ----------------
a, b = F(2), F(3)
c = a + b
y = c ** 2
L = line_of("c = 5, \\quad y = 25.")
chk("c", L, "5", c)
chk("y", L, "25", y, up=("c",))
chk("dydc", line_of("\\frac{dy}{dc} = 2c = 10"), "10", 2 * c, up=("c",))
L = line_of("\\frac{dc}{da} = 1, \\quad \\frac{dc}{db} = 1.")
chk("dcda", L, "1", F(1))
chk("dcdb", L, "1", F(1))
L = line_of("\\frac{dy}{da} = \\frac{dy}{dc} \\cdot \\frac{dc}{da} = 10")
chk("dyda", L, "10", 2 * c * 1, up=("dydc", "dcda"))
L = line_of("\\frac{dy}{db} = \\frac{dy}{dc} \\cdot \\frac{dc}{db} = 10")
chk("dydb", L, "10", 2 * c * 1, up=("dydc", "dcdb"))

# ---------------- Example 2 ----------------
x, yy = F(1), F(2)
z = x * yy
r = z + yy
L = line_of("z = 2, \\quad r = 4.")
chk("z", L, "2", z)
chk("r", L, "4", r, up=("z",))
L = line_of("\\frac{dr}{dz}=1, \\quad \\frac{dr}{dy}=1.")
chk("drdz", L, "1", F(1), why="local partial of r = z + y")
chk("drdy_local", L, "1", F(1), why="local partial of r = z + y with respect to its argument y")
L = line_of("\\frac{dz}{dx}=y=2, \\quad \\frac{dz}{dy}=x=1.")
chk("dzdx", L, "2", yy)
chk("dzdy", L, "1", x)
L = line_of("\\frac{dr}{dx} = \\frac{dr}{dz}\\frac{dz}{dx} = 2")
chk("drdx", L, "2", F(1) * yy, up=("drdz", "dzdx"))
L = line_of("\\frac{dr}{dy} = \\frac{dr}{dz}\\frac{dz}{dy} + 1 = 1 + 1 = 2.")
# "+ 1 = 1 + 1 = 2": dr/dz * dz/dy = 1 * 1 = 1, plus the direct path 1; the global derivative is 2
chk("drdy", L, "2", F(1) * x + 1, ops=F(1) + F(1), up=("drdz", "dzdy"))

NOTES = ("A small, clean worked document: two computational-graph examples with integer values (forward pass, local "
         "partial derivatives, global derivatives by the generalized chain rule); every computed number is exact and "
         "right. The page writes 'd' for both local partials and global derivatives: on the 'Backward:' line of "
         "Example 2, dr/dy = 1 is the local partial of r = z + y (right), while the last line gives the global "
         "dr/dy = dr/dz dz/dy + 1 = 1 + 1 = 2 (right); the notation is the page's own and is consistent, so neither "
         "line is a mistake. 'If u is the root node, then dy/du = 1', the sum-node rule ds/dx_i = 1 and the product-"
         "node rule are general statements, not computed numbers, and are in neither list; the lines 'a=2, b=3, ...' "
         "and 'x=1, y=2, ...' only state givens. Hold-out round 112.")


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:110]))
        for c in cs:
            print("            %-11s printed %-6s true %-6s -> %s%s" % (
                c["id"], c["printed"], c["true"], c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(str(c["true"]) for c in bad),
                          "kind": "first" if any(c["kind"] == "first" for c in bad) else "propagated",
                          "why": "; ".join(c["why"] or "recomputed value differs" for c in bad)})
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


if __name__ == "__main__":
    main()
