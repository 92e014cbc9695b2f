#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of reevesba's course note
"Perceptron Learning Algorithm" (computational-intelligence, notes/perceptron-learning-alg.md, first version,
commit 400952b): a discrete bipolar perceptron trained by hand with the perceptron learning rule for two epochs.

Plain Python 3 (fractions, exact); does not import nnwalk or the generator.

Givens (doc.md lines 5-8): eta = 1, initial weights w1 = [0 1 0], x1 = [2 1 -1] with t1 = -1, x2 = [0 -1 -1] with
t2 = 1; the samples are presented in the order (x1, t1), (x2, t2), repeated. Output o = sgn(w.x) in {-1, 1}.
The page's update is w <- w - eta (o - t) x (the same rule as w + eta (t - o) x), applied after each sample.
True trajectory: net = 1, o = 1, w2 = [0 1 0] - 2 [2 1 -1] = [-4 -1 2]; net = -1, o = -1, w3 = w2 + 2 [0 -1 -1]
= [-4 -3 0]; epoch 2: net = -11 (o = -1 = t1), net = 3 (o = 1 = t2), no corrections.

Judging rule (the corpus's one rule). All quantities here are exact integers (no rounding anywhere), so "near" is
exact equality - an integer that is one off (e.g. -12 for -11) is not a rounding difference and is judged wrong:
  (a) a line that prints p as the result of an expression of numbers printed on that line is right only when the
      expression redone from those printed numbers gives p; otherwise wrong, first;
  (b) a value printed without working, or restated, is right when it equals the true value;
  (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off is wrong,
      propagated ("first" if the line adds a mistake of its own).
A line is wrong when any number on it is wrong; every line printing a computed number is listed.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import sys
from fractions import Fraction as F

DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/reevesba/computational-intelligence/blob/400952bdffda59e526a2cf9a085bb182cb5a2027/"
          "notes/perceptron-learning-alg.md")
LICENSE = ("none (no LICENSE file in the repository); doc.md is an excerpt of only the givens block and the worked "
           "block, line for line (indented code-block markup kept, CRLF line ends changed to LF); the Definition "
           "heading and image, two prose sentences and the closing sentence are cut")
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


CHECKS = []
STATUS = {}


def fmt(v):
    if isinstance(v, (list, tuple)):
        return "[ " + " ".join(fmt(x) for x in v) + " ]"
    return str(v)


def chk(cid, line, printed, true, ops=None, up=(), why=""):
    """printed/true/ops: an integer or a list of integers (a vector, judged component by component)."""
    text = DOC[line - 1]
    assert (fmt(printed) if isinstance(printed, list) else str(printed)) in text or isinstance(printed, list), \
        (line, printed, text)
    if ops is not None and ops != printed:
        st, kind = "wrong", "first"
    elif printed == true:
        st, kind = "right", None
    elif any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", "propagated"
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=fmt(printed), true=fmt(true),
                       ops=None if ops is None else fmt(ops), status=st, kind=kind, why=why))


def dot(a, b):
    return sum(F(x) * F(y) for x, y in zip(a, b))


def sgn(z):
    return 1 if z > 0 else -1   # the page's sgn(0) = -1 (line 19); the true run never meets net = 0


def axpy(w, c, x):
    return [F(a) + F(c) * F(b) for a, b in zip(w, x)]


def ints(v):
    return [int(a) for a in v]


# ---------------- exact values from the givens ----------------
eta = 1
w1 = [0, 1, 0]
x1, t1 = [2, 1, -1], -1
x2, t2 = [0, -1, -1], 1

net1 = dot(w1, x1)
o1 = sgn(net1)
c1 = eta * (o1 - t1)
w2 = ints(axpy(w1, -c1, x1))
net2 = dot(w2, x2)
o2 = sgn(net2)
c2 = eta * (o2 - t2)
w3 = ints(axpy(w2, -c2, x2))
net1b = dot(w3, x1)
o1b = sgn(net1b)
net2b = dot(w3, x2)
o2b = sgn(net2b)

# ---------------- epoch 1 ----------------
L = line_of("net₁ = w₁ᵗx₁ = [ 0  1  0 ] ⋅ [ 2  1 -1 ] = 1")
chk("net1", L, 1, int(net1), ops=int(dot([0, 1, 0], [2, 1, -1])))
L = line_of("sgn(1) = 1")
chk("o1", L, 1, o1, ops=sgn(1), up=("net1",))
L = line_of("w₂ = w₁ - 1 ⋅ (1 - -1) ⋅ x₁")
chk("o1_r", L, 1, o1, up=("o1",), why="restates the output o = 1")
L = line_of("w₂ = [ 0  1  0] - 2 ⋅ [ 2  1 -1 ] =")
chk("c1", L, 2, int(c1), ops=1 * (1 - (-1)), up=("o1_r",))
P_W2 = [-4, -2, 2]
assert "[ -4 -2  2 ]" in DOC[L - 1]
chk("w2", L, P_W2, w2, ops=ints(axpy([0, 1, 0], -2, [2, 1, -1])), up=("c1",),
    why="[0 1 0] - 2*[2 1 -1] = [-4 -1 2]: the second component is 1 - 2*1 = -1, printed -2")
L = line_of("net₂ = w₂ᵗx₂ = [ -4 -2  2 ] ⋅ [ 0 -1 -1 ] = 0")
chk("w2_r", L, P_W2, w2, up=("w2",), why="restates the wrong w2 = [-4 -2 2] (true [-4 -1 2])")
chk("net2", L, 0, int(net2), ops=int(dot(P_W2, x2)), up=("w2_r",),
    why="w2.x2 = [-4 -1 2].[0 -1 -1] = -1; 0 follows from the wrong w2")
L = line_of("sgn(0) = -1")
chk("net2_r", L, 0, int(net2), up=("net2",), why="restates the wrong net2 = 0 (true -1)")
chk("o2", L, -1, o2, ops=sgn(0), up=("net2_r",))
L = line_of("w₃ = w₂ - 1 ⋅ (-1 - 1) ⋅ x₂")
chk("o2_r", L, -1, o2, up=("o2",), why="restates the output o = -1")
L = line_of("w₃ = [ -4 -2  2 ] + 2 ⋅ [ 0 -1 -1 ] =")
chk("w2_r2", L, P_W2, w2, up=("w2",), why="restates the wrong w2 = [-4 -2 2] (true [-4 -1 2])")
chk("c2", L, 2, int(-c2), ops=-1 * (-1 - 1), up=("o2_r",))
P_W3 = [-4, -4, 0]
assert "[ -4 -4  0 ]" in DOC[L - 1]
chk("w3", L, P_W3, w3, ops=ints(axpy(P_W2, 2, x2)), up=("w2_r2",),
    why="w3 = [-4 -1 2] + 2*[0 -1 -1] = [-4 -3 0]; [-4 -4 0] follows from the wrong w2")

# ---------------- epoch 2 ----------------
L = line_of("Second Epoch: w₁ = [ -4 -4  0 ]")
chk("w3_r", L, P_W3, w3, up=("w3",), why="restates the wrong weights [-4 -4 0] (true [-4 -3 0])")
L = line_of("net₁ = w₁ᵗx₁ = [ -4 -4  0 ] ⋅ [ 2  1 -1 ] = -12")
chk("w3_r2", L, P_W3, w3, up=("w3",), why="restates the wrong weights [-4 -4 0] (true [-4 -3 0])")
chk("net1b", L, -12, int(net1b), ops=int(dot(P_W3, x1)), up=("w3_r2",),
    why="[-4 -3 0].[2 1 -1] = -11; -12 follows from the wrong weights")
L = line_of("sgn(-12) = -1")
chk("net1b_r", L, -12, int(net1b), up=("net1b",), why="restates the wrong net = -12 (true -11)")
chk("o1b", L, -1, o1b, ops=sgn(-12), up=("net1b_r",))
L = line_of("net₂ = w₂ᵗx₂ = [ -4 -4  0 ] ⋅ [ 0 -1 -1 ] = 4")
chk("w3_r3", L, P_W3, w3, up=("w3",), why="restates the wrong weights [-4 -4 0] (true [-4 -3 0])")
chk("net2b", L, 4, int(net2b), ops=int(dot(P_W3, x2)), up=("w3_r3",),
    why="[-4 -3 0].[0 -1 -1] = 3; 4 follows from the wrong weights")
L = line_of("sgn(4) = 1")
chk("net2b_r", L, 4, int(net2b), up=("net2b",), why="restates the wrong net = 4 (true 3)")
chk("o2b", L, 1, o2b, ops=sgn(4), up=("net2b_r",))

NOTES = ("First published version (commit 400952b, 2021-04-12) of a course note; the author fixed exactly these "
         "lines two days later in commit f52eb63 ('fixed one value'), which prints w2 = [-4 -1 2], net2 = -1, "
         "w3 = [-4 -3 0], net = -11 and 3. One slip: [0 1 0] - 2*[2 1 -1] printed [-4 -2 2] instead of [-4 -1 2] "
         "(line 16, first); every later weight vector and net input restates or follows from it (propagated). "
         "The outputs sgn(...) = -1 / 1 and the (-1 - 1) factor are the true values, but the sgn lines restate a "
         "wrong net (0, -12, 4), so those lines are wrong (propagated). All numbers are exact integers, so no "
         "one-unit tolerance is applied (-12 for -11 is an arithmetic consequence, not rounding). Conventions "
         "followed: update w - eta (o - t) x, as the page writes it; sgn(0) = -1 as the page uses it on line 19 "
         "(the true run never reaches net = 0). Line 30 names the weights w2 but uses the current vector "
         "[-4 -4 0] (a label slip, not judged). Lines 28 and 33 only restate the targets (neither list). The "
         "cut closing sentence said 'Correct output obtained after 1 full epoch' (the fix says 2 epochs).")


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:100]))
        for c in cs:
            extra = "" if c["ops"] is None else "  from printed operands %s" % c["ops"]
            print("            %-8s printed %-16s true %-16s%s -> %s%s" % (
                c["id"], c["printed"], c["true"], extra, c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            seen, printed, correct, whys = set(), [], [], []
            for c in bad:
                if (c["printed"], c["true"]) in seen:
                    continue
                seen.add((c["printed"], c["true"]))
                printed.append(c["printed"])
                correct.append(c["true"])
                whys.append(c["why"] or "restates a wrong value")
            wrong.append({"line": n, "page": None, "printed": ", ".join(printed), "correct": ", ".join(correct),
                          "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(dict.fromkeys(whys))})
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
