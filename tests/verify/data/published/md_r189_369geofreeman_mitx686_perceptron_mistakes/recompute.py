#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of
week_1/homework/homework_1.md ("Homework 1 : Perceptron Mistakes") of github.com/369geofreeman/
MITx-6.86x-Machine-Learning-with-Python: a student's answers to the MITx 6.86x homework on the perceptron
through the origin (theta(0) = 0, mistake when y * theta.x <= 0, update theta += y x, cycle in order until a
full pass makes no mistake).

The repository has no license, so doc.md keeps only the lines holding the givens (the training table, the start
theta(0) = 0, the changed point x(3) = [-1, 10]) and the answer lines with numbers; every other line is blank and
every kept line is byte-identical at its original line number.

Plain Python 3 (fractions, exact); does not import nnwalk or the generator.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it
      from those numbers rounds to p;
  (b) a value printed without working, or restated, is right within one unit of the true value;
  (c) a restated wrong value is wrong, propagated.
The answers here are printed without working, so rule (b) applies; all true values are exact.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import re
import sys
from fractions import Fraction as F

DOCFILE = "doc.md"
SOURCE = ("https://github.com/369geofreeman/MITx-6.86x-Machine-Learning-with-Python/blob/"
          "255cfac229b458887ad4b488f0c9eead069ba212/week_1/homework/homework_1.md")
LICENSE = ("none (no LICENSE file in the repository); doc.md is an excerpt: only the lines holding the givens and "
           "the numeric answer lines, byte-identical at their original line numbers, every other line blank")
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1, after=0):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t and i + 1 > after]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d after %d)" % (DOCFILE, sub, nth, after))
    return hits[nth - 1]


def nums(text):
    """numbers printed on a line (ASCII or Unicode minus), as strings."""
    return re.findall(r"[-\u2212]?\d+(?:\.\d+)?", text)


def val(s):
    return F(s.replace("\u2212", "-"))


def unit(s):
    return F(1, 10 ** len(s.split(".")[1])) if "." in s else F(1)


def perceptron(points, order):
    theta = [F(0), F(0)]
    prog = []
    while True:
        clean = True
        for k in order:
            x, y = points[k]
            if y * (theta[0] * x[0] + theta[1] * x[1]) <= 0:
                theta = [theta[0] + y * x[0], theta[1] + y * x[1]]
                prog.append(list(theta))
                clean = False
        if clean:
            return len(prog), prog


# ---- givens, read from the kept lines
t1 = DOC[line_of("𝑥 (1) =[-1,-1]") - 1]
t2 = DOC[line_of("𝑥 (2) =[1,0]") - 1]
t3 = DOC[line_of("𝑥 (3) =[-1, 1.5]") - 1]
assert "through the origin" in DOC[line_of("perceptron algorithm through the origin") - 1]
assert "𝜃(0)=0" in DOC[line_of("Given that the algorithm starts with") - 1]
P = {1: ([F(-1), F(-1)], 1), 2: ([F(1), F(0)], -1), 3: ([F(-1), F("1.5")], 1)}
for row, (x, y) in ((t1, P[1]), (t2, P[2]), (t3, P[3])):
    v = [val(s) for s in nums(row)]
    assert v[1:3] == x and v[-1] == y, (row, v)
nc = line_of("Now assume that  𝑥(3)=[−1,10]")
P2 = dict(P)
P2[3] = ([F(-1), F(10)], 1)
assert [val(s) for s in nums(DOC[nc - 1])][1:3] == P2[3][0]

CHECKS, UNJUDGED = [], []


def chk(cid, line, printed_list, true_list, why):
    """compare every number printed on the line with the true values (rule (b): one unit)."""
    text = DOC[line - 1]
    ps = nums(text.split("=", 1)[1])
    assert ps == printed_list, (line, ps, printed_list)
    bad = []
    if len(ps) != len(true_list):
        bad.append("%d numbers printed, %d true" % (len(ps), len(true_list)))
    else:
        for p, t in zip(ps, true_list):
            if abs(val(p) - t) > unit(p):
                bad.append("printed %s, true %s" % (p, t))
    CHECKS.append({"id": cid, "line": line, "printed": ", ".join(ps),
                   "correct": ", ".join(show(F(t)) for t in true_list),
                   "status": "wrong" if bad else "right", "why": why + ("; " + "; ".join(bad) if bad else "")})


def show(t):
    return str(t.numerator) if t.denominator == 1 else str(t.numerator / t.denominator)


def flat(prog):
    return [c for th in prog for c in th]


# ---- (a): the original points, start with x(1) then with x(2)
n1, prog1 = perceptron(P, [1, 2, 3])
n2, prog2 = perceptron(P, [2, 3, 1])
a1 = line_of("Answer = ", 1, after=line_of("Given that the algorithm starts with"))
chk("a_mistakes_x1", a1, ["2"], [n1], "mistakes until convergence, cycling from x(1)")
a2 = line_of("Answer = ", 2, after=a1 - 1)
chk("a_prog_x1", a2, nums(DOC[a2 - 1].split("=", 1)[1]), flat(prog1), "progression of theta, cycling from x(1)")
a3 = line_of("Answer = ", 1, after=a2)
chk("a_mistakes_x2", a3, ["1"], [n2], "mistakes until convergence, cycling from x(2)")
a4 = line_of("Answer = ", 1, after=a3)
chk("a_prog_x2", a4, nums(DOC[a4 - 1].split("=", 1)[1]), flat(prog2), "progression of theta, cycling from x(2)")

# ---- (c): x(3) = [-1, 10]
m1, q1 = perceptron(P2, [1, 2, 3])
m2, q2 = perceptron(P2, [2, 3, 1])
c1 = line_of("Answer = ", 1, after=nc)
chk("c_mistakes_x1", c1, ["6"], [m1], "mistakes until convergence with x(3) = [-1, 10], cycling from x(1)")
c2 = line_of("Answer = ", 1, after=c1)
chk("c_prog_x1", c2, nums(DOC[c2 - 1].split("=", 1)[1]), flat(q1), "progression of theta with x(3) = [-1, 10], from x(1)")
c3 = line_of("Answer = ", 1, after=c2)
chk("c_mistakes_x2", c3, ["1"], [m2], "mistakes until convergence with x(3) = [-1, 10], cycling from x(2)")
c4 = line_of("Answer = ", 1, after=c3)
chk("c_prog_x2", c4, nums(DOC[c4 - 1].split("=", 1)[1]), flat(q2), "progression of theta with x(3) = [-1, 10], from x(2)")


def report():
    wrong, right = [], []
    for c in CHECKS:
        print("line %3d  %-5s  %-60s true: %s" % (c["line"], c["status"].upper(), DOC[c["line"] - 1].strip()[:60],
                                                   c["correct"]))
        if c["status"] == "wrong":
            wrong.append({"line": c["line"], "page": None, "printed": c["printed"], "correct": c["correct"],
                          "kind": "first", "why": c["why"]})
        else:
            right.append(c["line"])
    return wrong, sorted(set(right))


if __name__ == "__main__":
    wrong, right = report()
    print("wrong lines: %d, right lines: %d" % (len(wrong), len(right)))
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": "md", "source": SOURCE, "license": LICENSE, "wrong": wrong,
               "right": right, "unjudged": UNJUDGED,
               "notes": ("Student's answers (MITx 6.86x, Unit 1 homework 'Perceptron Mistakes'): perceptron through "
                         "the origin from theta = 0 on x(1) = [-1,-1] (+1), x(2) = [1,0] (-1), x(3) = [-1,1.5] (+1), "
                         "then with x(3) = [-1,10], cycling from x(1) or from x(2). Every mistake count and every "
                         "theta of the printed progressions checks (2 mistakes [[-1,-1],[-2,0.5]]; 1 [[-1,0]]; 6 "
                         "[[-1,-1],[-2,9],[-3,8],[-4,7],[-5,6],[-6,5]]; 1 [[-1,0]]): a clean document. Mistake "
                         "means y theta.x <= 0 (the page: the first point seen is always a mistake). Rule (b): the "
                         "answers are printed without working.")}
        (HERE / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote expected.json")
