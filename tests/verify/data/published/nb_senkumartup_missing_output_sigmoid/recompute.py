#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in the saved outputs of doc.ipynb, a reconstruction
(code cells and printed outputs, verbatim) of senkumartup/MLBLREIP NN_Numpy.ipynb ("FORWARD PROPAGATION, BACK
PROPAGATION AND EPOCHS", an MLBLR / EIP 2018 exercise in Python 2): one forward pass, backward pass and update of
the Analytics Vidhya 4-3-1 sigmoid network on three training rows, every matrix printed by numpy.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator. Lines are lines of the stored .ipynb
file (its JSON text), where each printed matrix row is one line of an output's "text" list.

Givens (printed by the code cells): X = [[1,0,1,1],[1,1,0,1],[1,0,1,0]], y = [[1],[1],[0]], learning_rate = 0.01,
wh (4 x 3), bh (1 x 3), wout (3 x 1), bout as printed (random values rounded to 2 decimals). The recipe the code
follows (the original's Markdown cells state it): hidden_layer_input = X wh + bh, activations a = sigmoid(.),
output = sigmoid(a wout + bout), E = y - output, slope_output = output (1 - output), slope_hidden = a (1 - a),
d_output = E slope_output lr, error_at_hidden = d_output wout^T, d_hidden = error_at_hidden slope_hidden,
wout += a^T d_output lr, wh += X^T d_hidden lr, bh += sum(d_hidden) lr, bout += sum(d_output) lr (lr applied twice,
as the notebook's own formulas say). True values follow these rules exactly from the givens (no intermediate
rounding; the notebook's rounding to 2 decimals stays within the one-unit allowance where it is right).

Judging rule (as in the other folders; p a printed number, u one unit in its last digit):
  near(p, X)  <=>  |p - round(X to p's digits)| <= u
  1. the line shows p as the result of an expression of printed operands and no value of that expression (an
     operand that is a rounded result printed earlier taken anywhere within half a unit of its last digit; givens
     exact) rounds to exactly p                                    -> wrong, first
  2. p is near the true value                                     -> right
  3. an upstream printed value it depends on is wrong              -> wrong, propagated
  4. the author's own (wrong) formula produced it                  -> wrong, first
  5. p follows from its printed, correct operands                  -> right (rounding drift)
  6. otherwise                                                     -> wrong, first
A restated value (an operand copied from an earlier line) is judged like the value it copies. A printed matrix has
no operands on its lines, so rule 1 never applies here.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = "https://github.com/senkumartup/MLBLREIP/blob/d350d93cc336e817deeb43eb602a52fd97d9cf87/NN_Numpy.ipynb"
LICENSE = ("none (no LICENSE in the repository); doc.ipynb is a reconstruction: one Markdown cell of ours, the "
           "original's code cells and printed outputs verbatim, its Markdown cells left out")
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
    return abs(D(p) - rnd(x, p)) <= unit(p)


def R(printed):
    """A printed rounded operand: any value within half a unit of its last digit."""
    p = D(printed)
    return (p - unit(p) / 2, p + unit(p) / 2)


def rng(f, *ops):
    """Range of f over its operands (exact Decimals, or (lo, hi) intervals from R); f is monotone in each."""
    choices = [o if isinstance(o, tuple) else (D(o), D(o)) for o in ops]
    vals = [f(*c) for c in itertools.product(*choices)]
    return (min(vals), max(vals))


def attainable(p, ops):
    """Some value of the expression rounds to exactly p at p's digits (the strict own-arithmetic rule)."""
    p = D(p)
    lo, hi = ops if isinstance(ops, tuple) else (D(ops), D(ops))
    u = unit(p)
    return lo < p + u / 2 and hi >= p - u / 2


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, ops=None, up=(), method=False, why="", correct=None, explicit=True, whole=False,
        judged=None):
    """Judge one printed number (rules in the module docstring). ops: the value (or range) of the expression the
    line prints p as the result of, from the numbers printed on the line; None when p is printed without working.
    whole=True: p and its true value are exact (integers or short decimals computed exactly, no rounding involved),
    so p is near the true value only when it equals it. judged: the value p stands for when the printed text drops
    trailing zeros of a column printed at a fixed precision (numpy prints 0.20 as "0.2 " in a 2-decimal matrix)."""
    assert printed in DOC[line - 1], (line, printed, DOC[line - 1])
    p = D(judged or printed)
    if ops is None and up and explicit:
        ops = p  # a restated value: it carries the status of the value it copies (rules 3 and 5)
    ops_ok = ops is None or attainable(p, ops)
    if explicit and not ops_ok:
        st, kind = "wrong", "first"
    elif (p == D(true)) if whole else near(p, true):
        st, kind = "right", None
    elif any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", ("propagated" if ops_ok else "first")
    elif method:
        st, kind = "wrong", "first"
    elif ops is not None and ops_ok:
        st, kind = "right", None
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    mid = None if ops is None else (ops if not isinstance(ops, tuple) else (ops[0] + ops[1]) / 2)
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), ops=mid, status=st, kind=kind, why=why,
                       correct=correct if correct is not None else str(rnd(true, p))))
    CHECKS[-1]["printed"] = printed


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:110]))
        for c in cs:
            extra = "" if c["ops"] is None else "  from printed operands %.10g" % c["ops"]
            print("            %-12s printed %-14s true %.10g%s -> %s%s" % (
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
    print("%d wrong, %d right" % (len(wrong), len(right)))
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


import re

NUM = re.compile(r"-?\d+\.\d+(?:e[-+]\d+)?")


def nums(n):
    return NUM.findall(DOC[n - 1])


def block(first_line_text, nth=1):
    """The line numbers of a printed matrix whose first row line contains first_line_text."""
    start = line_of(first_line_text, nth)
    n = start
    while not DOC[n - 1].rstrip().rstrip(",").endswith(']]\\n"') and not DOC[n - 1].rstrip().rstrip(",").endswith(
            ']\\n"'):
        n += 1
    out = [start]
    while not DOC[out[-1] - 1].rstrip().rstrip(",").endswith(']]\\n"'):
        out.append(out[-1] + 1)
    return out


# ---------------- exact values from the givens ----------------
X = [[1, 0, 1, 1], [1, 1, 0, 1], [1, 0, 1, 0]]
Y = [1, 1, 0]
LR = D("0.01")
WH = [[D("0.52"), D("0.43"), D("0.1")], [D("0.34"), D("0.7"), D("0.3")], [D("0.54"), D("0.52"), D("0.91")],
      [D("0.43"), D("0.62"), D("0.48")]]
BH = [D("0.78"), D("0.2"), D("0.53")]
WOUT = [D("0.37"), D("0.27"), D("0.62")]
BOUT = D("0.33")
HI = [[sum(X[r][k] * WH[k][j] for k in range(4)) + BH[j] for j in range(3)] for r in range(3)]
A = [[sig(v) for v in row] for row in HI]
Z = [sum(A[r][j] * WOUT[j] for j in range(3)) + BOUT for r in range(3)]
OUT = [sig(z) for z in Z]
E = [Y[r] - OUT[r] for r in range(3)]
SO = [o * (1 - o) for o in OUT]
SH = [[a * (1 - a) for a in row] for row in A]
DO = [E[r] * SO[r] * LR for r in range(3)]
EH = [[DO[r] * WOUT[j] for j in range(3)] for r in range(3)]
DH = [[EH[r][j] * SH[r][j] for j in range(3)] for r in range(3)]
WOUT2 = [WOUT[j] + sum(A[r][j] * DO[r] for r in range(3)) * LR for j in range(3)]
WH2 = [[WH[k][j] + sum(X[r][k] * DH[r][j] for r in range(3)) * LR for j in range(3)] for k in range(4)]
BH2 = [BH[j] + sum(DH[r][j] for r in range(3)) * LR for j in range(3)]
BOUT2 = BOUT + sum(DO) * LR


def matrix(name, lines, true, up_of=lambda r, j: (), method=False, why=""):
    """A printed numpy matrix: numpy prints every cell at the block's precision and drops trailing zeros
    ("0.2 " is 0.20 in a 2-decimal block), so each cell is judged at the block's number of decimals."""
    places = max((len(s.split(".")[1]) for n in lines for s in nums(n) if "e" not in s), default=0)
    for r, n in enumerate(lines):
        for j, s in enumerate(nums(n)):
            full = s if "e" in s else s + "0" * (places - len(s.split(".")[1]))
            t = true[r][j] if isinstance(true[r], list) else true[r]
            ups = list(up_of(r, j))
            chk("%s%d%d" % (name, r + 1, j + 1), n, s, t, up=ups, explicit=False, method=method, why=why,
                judged=full)


# forward pass
matrix("hi", block('"[[ 2.27  1.77  2.02]'), HI)
matrix("a", block('"[[ 0.91  0.85  0.88]'), A)
matrix("z", block('"[[ 1.44]', 1), Z)
matrix("out", block('"[[ 1.44]', 2), OUT, method=True,
       why="output = sigmoid(output_layer_input): sigmoid(1.44) = 0.81; the cell rounds output_layer_input instead "
           "of the sigmoid it just computed (np.round(output_layer_input, ...)), so the pre-activation is printed")
# backward pass
matrix("E", block('"[[-0.44]'), E, up_of=lambda r, j: ["out%d1" % (r + 1)],
       why="y - output with the output printed without its sigmoid")
matrix("so", block('"[[ 0.15]'), SO)
matrix("sh", block('"[[ 0.2   0.21  0.21]'), SH, method=True,
       why="slope_hidden_layer = a (1 - a) = 0.91 x 0.09 = 0.08: derivatives_sigmoid applies the sigmoid again to "
           "the activations (sigmoid(a) (1 - sigmoid(a)))")
matrix("do", block('"[[-0.00066 ]'), DO, up_of=lambda r, j: ["E%d1" % (r + 1)],
       why="E x slope x lr with the wrong E")
matrix("eh", block('"[[-0.0002442 '), EH, up_of=lambda r, j: ["do%d1" % (r + 1)])
matrix("dh", block('"[[ -4.88400000e-05'), DH, up_of=lambda r, j: ["eh%d%d" % (r + 1, j + 1), "sh%d%d" % (r + 1, j + 1)])
# updates (the line before each updated matrix restates the givens)
ALLDO = ["do11", "do21", "do31"]
ALLDH = ["dh%d%d" % (r, j) for r in (1, 2, 3) for j in (1, 2, 3)]
matrix("wo", block('"[[ 0.36996954]'), WOUT2, up_of=lambda r, j: ALLDO,
       why="from the wrong d_output (and the update multiplies a by d_output without transposing a)")
matrix("wh", block('"[[ 0.51999734'), WH2, up_of=lambda r, j: ALLDH)
matrix("bh", block('"[[ 0.77999734'), [BH2], up_of=lambda r, j: ALLDH)
ln = line_of('"[ 0.3299654]')
chk("bo", ln, "0.3299654", BOUT2, up=ALLDO, explicit=False)


NOTES = (
    "An MLBLR / EIP 2018 exercise notebook in Python 2 (senkumartup/MLBLREIP, NN_Numpy.ipynb, 2018-04; no license, "
    "so doc.ipynb is a reconstruction: a Markdown cell of ours, the original's code cells and printed outputs "
    "verbatim). hidden_layer_input, the activations, output_layer_input [1.44, 1.39, 1.36] and slope_output are "
    "right. The output cell computes the sigmoid and then prints np.round(output_layer_input): output printed "
    "[1.44, 1.39, 1.36] for [0.81, 0.80, 0.80] (lines 339-341, first: a missing sigmoid). E = y - output "
    "[-0.44, -0.39, -1.36] (true [0.19, 0.20, -0.80]) follows from it (propagated). slope_output_layer applies "
    "derivatives_sigmoid to the printed output and so happens to be right (0.15, 0.16, 0.16); slope_hidden_layer "
    "applies the sigmoid a second time to the activations: 0.2..0.22 for a (1 - a) = 0.08..0.18 (lines 415-417, "
    "first). d_output, error_at_hidden_layer, d_hidden_layer and the updated wout, wh, bh, bout are then wrong "
    "(propagated; the wout update also multiplies the activations by d_output without transposing them). Lines "
    "that print only givens (X, y, the random weights, the sizes 4, 3, 1, the learning rate, and the weights "
    "printed again before each update) are neither wrong nor right."
)

if __name__ == "__main__":
    main()
