#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.tex, an equations-only excerpt of
abdullah-al-mahmud-18/cse751 src/transformer_attention.tex (Abdullah Al Mahmud, CSE 751 study notes): a hand-worked
scaled dot-product attention for the word "cat" (2-D query/key/value vectors, softmax over three scores, weighted sum
of values) and a two-head self-attention on a 3x2 input with 0/1 weight matrices (scores, softmax row by row, Z = A V,
concatenation, W_O = identity).

Plain Python 3, decimal at 60 digits; does not import nnwalk or the generator.

Givens as printed: x1..x3, q2, k1..k3, v1..v3, the head weight matrices W_Q1 = W_K1 = W_V1 = [1, 0]^T,
W_Q2 = W_K2 = W_V2 = [0, 1]^T, W_O = identity; d_k = 2 for the walkthrough, d_model = 2 and 2 heads for the second
part. The page's own formulas: score = q . k, scaled score = score / sqrt(d_k), a_i = e^{s_i} / sum_j e^{s_j},
output = sum_i a_i v_i.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line that prints p as the result of an expression of numbers printed on that line is right when redoing it
      from those numbers rounds to p at p's digits; an operand that is itself a rounded result printed earlier may
      be taken anywhere within half a unit of its last digit (interval arithmetic below), a given is exact.  An exact
      tie (the redone value lies exactly half a unit from p) is accepted.
  (b) a value printed without its working, or restated, is right when |p - round(true, p's digits)| <= u, or when it
      follows from printed correct operands.
  (c) a restated wrong value, or one computed from a wrong one and itself off, is wrong (propagated).
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, Decimal as D, getcontext

getcontext().prec = 60
DOCFILE = "doc.tex"
FORMAT = "tex"
SOURCE = ("https://github.com/abdullah-al-mahmud-18/cse751/blob/7c089d9832106ba9526c2ff4ba0708c2e125a8c7/"
          "src/transformer_attention.tex")
LICENSE = ("none (no LICENSE in the repository); doc.tex is an excerpt of only the two worked attention examples "
           "(source lines 62-177 and 390-537), line for line, five prose-only lines removed")
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    return abs(D(p) - rnd(x, p)) <= unit(p)


class I:
    """Closed interval of decimals; enough arithmetic for the page's expressions (all monotone pieces)."""

    def __init__(self, lo, hi=None):
        self.lo, self.hi = D(lo), D(lo if hi is None else hi)

    @staticmethod
    def r(p):  # a rounded result printed earlier: anywhere within half a unit of its last digit
        return I(D(p) - unit(p) / 2, D(p) + unit(p) / 2)

    def _c(self, o):
        return o if isinstance(o, I) else I(o)

    def __add__(self, o):
        o = self._c(o)
        return I(self.lo + o.lo, self.hi + o.hi)

    __radd__ = __add__

    def __mul__(self, o):
        o = self._c(o)
        c = [self.lo * o.lo, self.lo * o.hi, self.hi * o.lo, self.hi * o.hi]
        return I(min(c), max(c))

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._c(o)
        assert o.lo > 0
        return self * I(1 / o.hi, 1 / o.lo)

    def exp(self):
        return I(self.lo.exp(), self.hi.exp())


def reach(p, iv):
    """Does some value of the interval round to p (ties accepted)?"""
    iv = iv if isinstance(iv, I) else I(iv)
    h = unit(p) / 2
    return iv.hi >= D(p) - h and iv.lo <= D(p) + h


CHECKS = []


def chk(line, printed, true, ops=None, why="", correct=None):
    """ops: an interval (rule a) for a result whose operands are on the same line; None: rule (b)."""
    assert printed in DOC[line - 1], (line, printed, DOC[line - 1])
    p = D(printed)
    if ops is not None:
        ok = reach(p, ops)
        kind = None if ok else "first"
    else:
        ok = near(p, true)
        kind = None if ok else "first"
    CHECKS.append(dict(line=line, printed=printed, true=D(true), ok=ok, kind=kind, why=why,
                       correct=correct if correct is not None else str(rnd(true, p))))


E = D(1).exp()
SQ2 = D(2).sqrt()

# ---- walkthrough: attention for "cat" -------------------------------------------------------------------
q2, k, v = (1, 1), [(1, 0), (0, 1), (1, 1)], [(1, 0), (0, 1), (1, 1)]
s = [D(q2[0] * kk[0] + q2[1] * kk[1]) for kk in k]
assert s == [1, 1, 2]
chk(line_of('score("The") = q2 . k1'), "1", s[0], ops=I(1 * 1 + 1 * 0))
chk(line_of('score("cat") = q2 . k2'), "1", s[1], ops=I(1 * 0 + 1 * 1))
chk(line_of('score("sat") = q2 . k3'), "2", s[2], ops=I(1 * 1 + 1 * 1))
chk(line_of("Raw scores: \\textbf{[1, 1, 2]}"), "2", s[2])
chk(line_of("\\sqrt{2} \\approx 1.414"), "1.414", SQ2)
L = line_of("[1/1.414, 1/1.414, 2/1.414]")
chk(L, "1.414", SQ2)  # restated divisor
scaled = [x / SQ2 for x in s]
L = line_of("= [0.707, 0.707, 1.414]")
for p, t, num in (("0.707", scaled[0], 1), ("1.414", scaled[2], 2)):
    chk(L, p, t)  # operands on the line above: rule (b), also follows from 1/1.414, 2/1.414
ex = [x.exp() for x in scaled]
for n in (1, 2):
    chk(line_of("e^0.707 ~ 2.028", n), "2.028", ex[0], ops=I.r("0.707").exp())
chk(line_of("e^1.414 ~ 4.113"), "4.113", ex[2], ops=I.r("1.414").exp(),
    why="e^1.414 = 4.11238 from the printed 1.414 taken as exact; 1.414 is a rounded result (sqrt 2), "
        "e^sqrt2 = 4.11325")
tot = sum(ex)
chk(line_of("Sum = 8.169"), "8.169", tot, ops=I.r("2.028") + I.r("2.028") + I.r("4.113"))
a = [x / tot for x in ex]
La1, La2, La3 = line_of("a1 = 2.028 / 8.169"), line_of("a2 = 2.028 / 8.169"), line_of("a3 = 4.113 / 8.169")
for L_, i_ in ((La1, 0), (La2, 1)):
    chk(L_, "0.248", a[i_], ops=I.r("2.028") / I.r("8.169"))
    chk(L_, "24.8", a[i_] * 100, ops=I.r("2.028") / I.r("8.169") * 100)
chk(La3, "0.504", a[2], ops=I.r("4.113") / I.r("8.169"),
    why="4.113 / 8.169 = 0.50349 rounds to 0.503 (the author made the three weights sum to 1)")
chk(La3, "50.4", a[2] * 100, ops=I.r("4.113") / I.r("8.169") * 100)
L = line_of("Total: $0.248 + 0.248 + 0.504 = 1.0$")
chk(L, "0.504", a[2])
chk(L, "1.0", D(1), ops=I.r("0.248") + I.r("0.248") + I.r("0.504"))
out = [a[0] * v[0][0] + a[1] * v[1][0] + a[2] * v[2][0], a[0] * v[0][1] + a[1] * v[1][1] + a[2] * v[2][1]]
L = line_of("output = 0.248 x v1")
chk(L, "0.248", a[0]); chk(L, "0.504", a[2])
L = line_of("= 0.248x[1,0] + 0.248x[0,1] + 0.504x[1,1]")
chk(L, "0.248", a[0]); chk(L, "0.504", a[2])
chk(line_of("= [0.248, 0.000]"), "0.248", a[0], ops=I.r("0.248") * 1)
chk(line_of("+ [0.000, 0.248]"), "0.248", a[1], ops=I.r("0.248") * 1)
chk(line_of("+ [0.504, 0.504]"), "0.504", a[2], ops=I.r("0.504") * 1)
chk(line_of("= [0.752, 0.752]"), "0.752", out[0])  # sum of the three rows above
chk(line_of("new representation = [0.752, 0.752]"), "0.752", out[1])
chk(line_of("(50.4\\%)"), "50.4", a[2] * 100)
chk(line_of("dot products $\\to$ [1, 1, 2]"), "2", s[2])
L = line_of("divide by 1.414 $\\to$ [0.707, 0.707, 1.414]")
chk(L, "0.707", scaled[0]); chk(L, "1.414", scaled[2])
L = line_of("$\\to$ [0.248, 0.248, 0.504]")
chk(L, "0.248", a[0]); chk(L, "0.504", a[2])
chk(line_of("weighted sum $\\to$ [0.752, 0.752]"), "0.752", out[0])

# ---- two-head example ------------------------------------------------------------------------------------
chk(line_of("d_k      = d_model / heads = 2/2 = 1"), "1", D(1), ops=I(1))
X = [(1, 0), (0, 1), (1, 1)]
h1 = [x[0] for x in X]  # X . [1, 0]^T
h2 = [x[1] for x in X]  # X . [0, 1]^T
chk(line_of("Q1 = K1 = V1 = [1]"), "1", D(h1[0]))
chk(line_of('[0]   <- "cat"'), "0", D(h1[1]))
chk(line_of('[1]   <- "sat"'), "1", D(h1[2]))
chk(line_of("Q2 = K2 = V2 = [0]"), "0", D(h2[0]))
chk(line_of('[1]   <- "cat"'), "1", D(h2[1]))
chk(line_of('[1]   <- "sat"', 2), "1", D(h2[2]))
S1 = [[h1[i] * h1[j] for j in range(3)] for i in range(3)]
S2 = [[h2[i] * h2[j] for j in range(3)] for i in range(3)]
chk(line_of('"The" [  1,   0,   1 ]'), "1", D(S1[0][2]))
chk(line_of('"cat" [  0,   0,   0 ]'), "0", D(S1[1][1]))
chk(line_of('"sat" [  1,   0,   1 ]'), "1", D(S1[2][2]))
chk(line_of('"The" [  0,   0,   0 ]'), "0", D(S2[0][0]))
chk(line_of('"cat" [  0,   1,   1 ]'), "1", D(S2[1][1]))
chk(line_of('"sat" [  0,   1,   1 ]'), "1", D(S2[2][2]))
chk(line_of("\\sqrt{d_k} = \\sqrt{1} = 1"), "1", D(1), ops=I(1))


def softmax(row):
    e = [D(x).exp() for x in row]
    t = sum(e)
    return [x / t for x in e]


def softmax_iv(row):  # operands are the printed integer scores: exact
    return [I(x) for x in softmax(row)]


A1 = [softmax(r) for r in S1]
A2 = [softmax(r) for r in S2]
WHY_SM = ("softmax([1, 0, 1]) = [e, 1, e] / (2e + 1) = [0.42232, 0.15536, 0.42232]: the middle weight rounds to "
          "0.16, not 0.15 (the printed row sums to 0.99)")
WHY_SM2 = ("softmax([0, 1, 1]) = [1, e, e] / (2e + 1) = [0.15536, 0.42232, 0.42232]: the first weight rounds to "
           "0.16, not 0.15 (the printed row sums to 0.99)")
for sub, row, trues in (('"The": [1, 0, 1] -> [0.42, 0.15, 0.42]', [1, 0, 1], A1[0]),
                        ('"sat": [1, 0, 1] -> [0.42, 0.15, 0.42]', [1, 0, 1], A1[2])):
    L = line_of(sub)
    iv = softmax_iv(row)
    chk(L, "0.42", trues[0], ops=iv[0])
    chk(L, "0.15", trues[1], ops=iv[1], why=WHY_SM)
for sub, row, trues in (('"cat": [0, 0, 0] -> [0.33, 0.33, 0.33]', [0, 0, 0], A1[1]),
                        ('"The": [0, 0, 0] -> [0.33, 0.33, 0.33]', [0, 0, 0], A2[0])):
    chk(line_of(sub), "0.33", trues[0], ops=softmax_iv(row)[0])
for sub, row, trues in (('"cat": [0, 1, 1] -> [0.15, 0.42, 0.42]', [0, 1, 1], A2[1]),
                        ('"sat": [0, 1, 1] -> [0.15, 0.42, 0.42]', [0, 1, 1], A2[2])):
    L = line_of(sub)
    iv = softmax_iv(row)
    chk(L, "0.15", trues[0], ops=iv[0], why=WHY_SM2)
    chk(L, "0.42", trues[1], ops=iv[1])
Z1 = [sum(A1[i][j] * h1[j] for j in range(3)) for i in range(3)]
Z2 = [sum(A2[i][j] * h2[j] for j in range(3)) for i in range(3)]
r42, r15, r33 = I.r("0.42"), I.r("0.15"), I.r("0.33")
for sub, t, ops in (('"The": 0.42x1 + 0.15x0 + 0.42x1 = 0.84', Z1[0], r42 * 1 + r15 * 0 + r42 * 1),
                    ('"cat": 0.33x1 + 0.33x0 + 0.33x1 = 0.66', Z1[1], r33 * 1 + r33 * 0 + r33 * 1),
                    ('"sat": 0.42x1 + 0.15x0 + 0.42x1 = 0.84', Z1[2], r42 * 1 + r15 * 0 + r42 * 1),
                    ('"The": 0.33x0 + 0.33x1 + 0.33x1 = 0.66', Z2[0], r33 * 0 + r33 * 1 + r33 * 1),
                    ('"cat": 0.15x0 + 0.42x1 + 0.42x1 = 0.84', Z2[1], r15 * 0 + r42 * 1 + r42 * 1),
                    ('"sat": 0.15x0 + 0.42x1 + 0.42x1 = 0.84', Z2[2], r15 * 0 + r42 * 1 + r42 * 1)):
    L = line_of(sub)
    p = sub.rsplit("= ", 1)[1]
    chk(L, "0.15" if "0.15" in sub else "0.42" if "0.42" in sub else "0.33",
        A1[0][1] if "0.15" in sub else (A1[0][0] if "0.42" in sub else A1[1][0]))  # restated weight
    chk(L, p, t, ops=ops)
chk(line_of("Z1 = [0.84]"), "0.84", Z1[0])
chk(line_of('[0.66]   <- "cat"'), "0.66", Z1[1])
chk(line_of('[0.84]   <- "sat"'), "0.84", Z1[2])
chk(line_of("Z2 = [0.66]"), "0.66", Z2[0])
chk(line_of('[0.84]   <- "cat"'), "0.84", Z2[1])
chk(line_of('[0.84]   <- "sat"', 2), "0.84", Z2[2])
for sub, a_, b_ in (('[0.84]  [0.66]  ->  [0.84, 0.66]', Z1[0], Z2[0]),
                    ('[0.66]  [0.84]  ->  [0.66, 0.84]', Z1[1], Z2[1]),
                    ('[0.84]  [0.84]  ->  [0.84, 0.84]', Z1[2], Z2[2]),
                    ('Z_final = [0.84, 0.66]', Z1[0], Z2[0]),
                    ('          [0.66, 0.84]   <- "cat"', Z1[1], Z2[1]),
                    ('          [0.84, 0.84]   <- "sat"', Z1[2], Z2[2])):
    L = line_of(sub)
    nums = sub.replace("[", " ").replace("]", " ").replace(",", " ").split()
    vals = [x for x in nums if x[0].isdigit()]
    chk(L, vals[-2], a_)
    chk(L, vals[-1], b_)

NOTES = ("Walkthrough 1 (attention for 'cat') is right throughout under the rule. Close calls: e^1.414 ~ 4.113 "
         "(4.11238 from 1.414 taken as exact; 1.414 is a rounded sqrt 2 and e^sqrt2 = 4.11325); "
         "a3 = 4.113 / 8.169 ~ 0.504 (the quotient is 0.50349, which rounds to 0.503: the author forced the weights "
         "to sum to 1; it is right only because both operands are rounded results, 4.1135 / 8.1685 = 0.50358, and "
         "0.504 is within one unit of the true 0.50349, so every restatement of 0.504 and 50.4 is right as well). "
         "Two-head example: every softmax row of [1, 0, 1] or [0, 1, 1] prints 0.15 for the weight "
         "1/(2e + 1) = 0.15536 (0.16): four lines wrong, first. The Z lines that restate 0.15 (multiplied by 0) are "
         "right: 0.15 is within one unit of 0.15536 and the sums 0.42 + 0.42 = 0.84, 0.33 + 0.33 = 0.66 are right "
         "from the printed weights (the true 2/3 = 0.67 is within one unit of 0.66).")


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if not c["ok"]]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:100]))
        for c in cs:
            print("            printed %-8s true %.8f -> %s" % (c["printed"], c["true"], "ok" if c["ok"] else "WRONG"))
        if bad:
            wrong.append({"line": n, "page": None, "printed": ", ".join(dict.fromkeys(c["printed"] for c in bad)),
                          "correct": ", ".join(dict.fromkeys(c["correct"] for c in bad)),
                          "kind": "first" if any(c["kind"] == "first" for c in bad) else "propagated",
                          "why": "; ".join(dict.fromkeys(c["why"] for c in bad if c["why"]))})
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
