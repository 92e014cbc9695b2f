#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an equations-only excerpt of
JoseFRuiz/backpropagation README.md (Spanish notes "Propagación hacia atrás"), section "Supuestos numéricos": one
forward and backward pass of a 2-3-1 network with ReLU hidden units and a sigmoid output, written with
multi-line `bmatrix` matrices.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (doc.md lines 1-15): x = (1, 2); W1 = [[0.1, 0.3], [-0.2, 0.4], [0.5, -0.6]], b1 = (0.1, 0.0, -0.1);
W2 = [0.2, -0.1, 0.3], b2 = 0.05; y = 1. z1 = W1 x + b1, a1 = ReLU(z1), z2 = W2 a1 + b2, a2 = sigmoid(z2);
L = 1/2 (a2 - y)^2 (the notes' MSE), delta2 = (a2 - y) sigma'(z2), dL/dW2 = delta2 a1^T, dL/db2 = delta2,
delta1 = W2^T delta2 (.) ReLU'(z1), dL/dW1 = delta1 x^T, dL/db1 = delta1. No update step is printed. True values
are computed exactly from the givens.

Judging rule (as in the other folders; p a printed number, u one unit in its last digit):
  near(p, X)  <=>  |p - round(X to p's digits)| <= u
  1. the line shows p as the result of an expression of printed operands and p is not near it -> wrong, first
  2. p is near the true value                                     -> right
  3. an upstream printed value it depends on is wrong              -> wrong, propagated
  4. the author's own (wrong) formula produced it                  -> wrong, first
  5. p follows from its printed, correct operands                  -> right (rounding drift)
  6. otherwise                                                     -> wrong, first
A restated value (an operand copied from an earlier line) is judged like the value it copies. A matrix row that
spans one line is one line: it is right when every number on it is right.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/JoseFRuiz/backpropagation/blob/"
          "88e5e1d58659a2bdadde410445b0c6febb839ff1/README.md")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of only the display blocks of the numeric "
           "example, line for line, prose and headings removed")
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


def chk(cid, line, printed, true, ops=None, up=(), method=False, why="", correct=None, explicit=True):
    """Judge one printed number (rules in the module docstring)."""
    assert printed in DOC[line - 1], (line, printed)
    p = D(printed)
    if ops is None and up and explicit:
        ops = p  # a restated value: it carries the status of the value it copies (rules 3 and 5)
    ops_ok = ops is None or near(p, ops)
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
x = [D(1), D(2)]
W1 = [[D("0.1"), D("0.3")], [D("-0.2"), D("0.4")], [D("0.5"), D("-0.6")]]
b1 = [D("0.1"), D("0.0"), D("-0.1")]
W2 = [D("0.2"), D("-0.1"), D("0.3")]
b2 = D("0.05")
y = D(1)
z1 = [W1[j][0] * x[0] + W1[j][1] * x[1] + b1[j] for j in range(3)]
a1 = [max(D(0), v) for v in z1]
rp = [D(1) if v > 0 else D(0) for v in z1]
z2 = sum(W2[j] * a1[j] for j in range(3)) + b2
a2 = sig(z2)
err = a2 - y
s2 = a2 * (1 - a2)
d2 = err * s2
gW2 = [d2 * a1[j] for j in range(3)]
back = [W2[j] * d2 for j in range(3)]
d1 = [back[j] * rp[j] for j in range(3)]
gW1 = [[d1[j] * x[0], d1[j] * x[1]] for j in range(3)]

# ---------------- forward pass ----------------
ln = line_of("0.1 + 0.6 + 0.1 \\\\")
chk("p12", ln, "0.6", W1[0][1] * x[1], ops=D("0.3") * 2)
ln = line_of("-0.2 + 0.8 + 0.0 \\\\")
chk("p22", ln, "0.8", W1[1][1] * x[1], ops=D("0.4") * 2)
ln = line_of("0.5 - 1.2 - 0.1")
chk("p32", ln, "1.2", -W1[2][1] * x[1], ops=D("0.6") * 2)   # printed as "- 1.2"
ln = line_of("0.8 \\\\ 0.6 \\\\ -0.8")
chk("z1a", ln, "0.8", z1[0], ops=D("0.1") + D("0.6") + D("0.1"), up=["p12"])
chk("z1b", ln, "0.6", z1[1], ops=D("-0.2") + D("0.8") + D("0.0"), up=["p22"])
chk("z1c", ln, "-0.8", z1[2], ops=D("0.5") - D("1.2") - D("0.1"), up=["p32"])
ln = line_of("a^1 = \\text{ReLU}(z^1)")
chk("z1ar", ln, "0.8", z1[0], up=["z1a"])
chk("z1br", ln, "0.6", z1[1], up=["z1b"])
chk("z1cr", ln, "-0.8", z1[2], up=["z1c"])
chk("a1c", ln, "0.0", a1[2], ops=max(D(0), D("-0.8")), up=["z1cr"])
ln = line_of("\\begin{bmatrix} 0.8 \\\\ 0.6 \\\\ 0.0 \\end{bmatrix} + 0.05")
chk("a1ar", ln, "0.8", a1[0], up=["z1a"])
chk("a1br", ln, "0.6", a1[1], up=["z1b"])
chk("a1cr", ln, "0.0", a1[2], up=["a1c"])
ln = line_of("= 0.16 - 0.06 + 0 + 0.05 = 0.15")
chk("q1", ln, "0.16", W2[0] * a1[0], ops=D("0.2") * D("0.8"), up=["a1ar"])
chk("q2", ln, "0.06", -W2[1] * a1[1], ops=D("0.1") * D("0.6"), up=["a1br"])   # printed as "- 0.06"
chk("z2", ln, "0.15", z2, ops=D("0.16") - D("0.06") + 0 + D("0.05"), up=["q1", "q2"])
ln = line_of("e^{-0.15}} \\approx 0.5374")
chk("z2r", ln, "0.15", z2, up=["z2"])
chk("a2", ln, "0.5374", a2, ops=sig("0.15"), up=["z2r"])

# ---------------- backward pass, output layer ----------------
ln = line_of("a^2 = 0.5374, \\quad y = 1")
chk("a2r", ln, "0.5374", a2, up=["a2"])
chk("err", ln, "-0.4626", err, ops=D("0.5374") - 1, up=["a2r"])
ln = line_of("\\sigma'(z^2) = a^2(1 - a^2) = 0.5374")
chk("a2r2", ln, "0.5374", a2, up=["a2"])
chk("oma2", ln, "0.4626", 1 - a2, ops=1 - D("0.5374"), up=["a2r2"])
chk("s2", ln, "0.2486", s2, ops=D("0.5374") * D("0.4626"), up=["a2r2", "oma2"])
ln = line_of("\\delta^2 = -0.4626 \\cdot 0.2486")
chk("errr", ln, "-0.4626", err, up=["err"])
chk("s2r", ln, "0.2486", s2, up=["s2"])
chk("d2", ln, "-0.1150", d2, ops=D("-0.4626") * D("0.2486"), up=["errr", "s2r"])
ln = line_of("= \\delta^2 (a^1)^T = -0.1150")
chk("d2r", ln, "-0.1150", d2, up=["d2"])
chk("gW2a", ln, "-0.092", gW2[0], ops=D("-0.1150") * D("0.8"), up=["d2r"])
chk("gW2b", ln, "-0.069", gW2[1], ops=D("-0.1150") * D("0.6"), up=["d2r"])
ln = line_of("\\frac{\\partial L}{\\partial b^2} = \\delta^2 = -0.1150")
chk("gb2", ln, "-0.1150", d2, up=["d2"])

# ---------------- backward pass, hidden layer ----------------
ln = line_of("\\cdot (-0.1150) = ")
chk("d2r2", ln, "-0.1150", d2, up=["d2"])
chk("bk1", ln, "-0.023", back[0], ops=D("0.2") * D("-0.1150"), up=["d2r2"])
chk("bk2", ln, "0.0115", back[1], ops=D("-0.1") * D("-0.1150"), up=["d2r2"])
chk("bk3", ln, "-0.0345", back[2], ops=D("0.3") * D("-0.1150"), up=["d2r2"])
ln = line_of("\\Rightarrow \\text{ReLU}'(z^1)")
chk("z1r3", ln, "0.8", z1[0], up=["z1a"])
chk("z1r4", ln, "-0.8", z1[2], up=["z1c"])
ln = line_of("\\delta^1 = \\begin{bmatrix} -0.023")
chk("bk1r", ln, "-0.023", back[0], up=["bk1"])
chk("bk2r", ln, "0.0115", back[1], up=["bk2"])
chk("bk3r", ln, "-0.0345", back[2], up=["bk3"])
ln = [i + 1 for i, t in enumerate(DOC) if t.strip() == "-0.023 \\\\ 0.0115 \\\\ 0.0"][0]  # the column vector of dL/dW1
chk("d1a", ln, "-0.023", d1[0], up=["bk1"])
chk("d1b", ln, "0.0115", d1[1], up=["bk2"])
ln = line_of("-0.023 & -0.046 \\\\")
chk("gW1a", ln, "-0.023", gW1[0][0], ops=D("-0.023") * 1, up=["d1a"])
chk("gW1b", ln, "-0.046", gW1[0][1], ops=D("-0.023") * 2, up=["d1a"])
ln = line_of("0.0115 & 0.023 \\\\")
chk("gW1c", ln, "0.0115", gW1[1][0], ops=D("0.0115") * 1, up=["d1b"])
chk("gW1d", ln, "0.023", gW1[1][1], ops=D("0.0115") * 2, up=["d1b"])
ln = line_of("\\frac{\\partial L}{\\partial b^1} = \\delta^1 = \\begin{bmatrix} -0.023")
chk("gb1a", ln, "-0.023", d1[0], up=["d1a"])
chk("gb1b", ln, "0.0115", d1[1], up=["d1b"])

# ---------------- summary ----------------
ln = line_of("\\begin{bmatrix} -0.092 & -0.069 & 0 \\end{bmatrix}")
chk("sW2a", ln, "-0.092", gW2[0], up=["gW2a"])
chk("sW2b", ln, "-0.069", gW2[1], up=["gW2b"])
ln = line_of("  \\frac{\\partial L}{\\partial b^2} = -0.1150")
chk("sb2", ln, "-0.1150", d2, up=["d2"])
ln = line_of("    -0.023 & -0.046 \\\\")
chk("sW1a", ln, "-0.023", gW1[0][0], up=["gW1a"])
chk("sW1b", ln, "-0.046", gW1[0][1], up=["gW1b"])
ln = line_of("    0.0115 & 0.023 \\\\")
chk("sW1c", ln, "0.0115", gW1[1][0], up=["gW1c"])
chk("sW1d", ln, "0.023", gW1[1][1], up=["gW1d"])
ln = line_of("\\begin{bmatrix} -0.023 \\\\ 0.0115 \\\\ 0 \\end{bmatrix}")
chk("sb1a", ln, "-0.023", d1[0], up=["d1a"])
chk("sb1b", ln, "0.0115", d1[1], up=["d1b"])

# Lines whose only computed numbers are zeros or 0/1 indicators are checked here by value, as right lines:
ZERO_LINES = []
for sub, nth in (("\\Rightarrow \\text{ReLU}'(z^1)", 1), ("0 & 0", 1), ("0 & 0", 2)):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    ZERO_LINES.append(hits[nth - 1])
# ReLU'(z1) = (1, 1, 0) and the third row of dL/dW1 = (0, 0) are right (checked against rp and gW1 here).
assert rp == [1, 1, 0] and gW1[2] == [0, 0]
for ln in ZERO_LINES:
    if ln not in {c["line"] for c in CHECKS}:
        CHECKS.append(dict(id="zeros%d" % ln, line=ln, printed="0", true=D(0), ops=None, status="right", kind=None,
                           why="", correct="0"))


NOTES = (
    'README of the GitHub repository JoseFRuiz/backpropagation (Jose F. Ruiz-Munoz, 2025, Spanish notes "Propagación '
    'hacia atrás"; no license, so only the display blocks of the numeric example are kept, line for line): one '
    'forward and backward pass of a 2-3-1 network with ReLU hidden units and a sigmoid output, x = (1, 2), y = 1, '
    'matrices written as multi-line bmatrix environments, rows such as "-0.023 & -0.046 \\\\" on their own line, '
    'zeros printed as 0, 0.0 and max(0, -0.8). Every printed number is right (values to four decimals, the '
    'products of -0.1150 exact). No wrong line: a false-alarm test for multi-line matrices and ReLU.'
)

if __name__ == "__main__":
    main()
