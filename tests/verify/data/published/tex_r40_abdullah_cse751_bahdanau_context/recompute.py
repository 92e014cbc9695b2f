#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.tex, an equations-only excerpt of
abdullah-al-mahmud-18/cse751 src/encoder_decoder_attention_02.tex (Abdullah Al Mahmud, CSE 751 study notes):
a hand-worked attention context vector c_2 for an encoder-decoder RNN (dot-product scores of the decoder state
h_1^d = [0.5, 0.3] against five 2-D encoder states, softmax, weighted sum), written in LaTeX `verbatim` blocks.

Plain Python 3, decimal at 60 digits; does not import nnwalk or the generator.

Givens as printed: h_1^d = [0.5, 0.3]; encoder states [0.2, 0.1], [0.9, 0.8], [0.3, 0.4], [0.1, 0.2], [0.5, 0.6].
The page's own formulas: score_j = h_1^d . h_j^e, a_2j = exp(score_j) / sum_k exp(score_k), c_2 = sum_j a_2j h_j^e.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line that prints p as the result of an expression of numbers printed on that line is right when redoing it
      from those numbers rounds to p at p's digits; an operand that is itself a rounded result printed earlier may
      be taken anywhere within half a unit of its last digit (interval arithmetic below), a given is exact.
  (b) a value printed without its working on its line, or restated, is right when |p - round(true, p's digits)| <= u,
      or when it follows from printed correct operands.
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
          "src/encoder_decoder_attention_02.tex")
LICENSE = ("none (no LICENSE in the repository); doc.tex is an excerpt of only the worked c_2 example "
           "(source lines 43-97 and 129-135), line for line, unchanged")
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
    """Closed interval of decimals (enough arithmetic for monotone pieces)."""

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
    h = unit(p) / 2
    return iv.hi >= D(p) - h and iv.lo <= D(p) + h


CHECKS = []


def chk(line, printed, true, ops=None, why="", kind_if_wrong="first"):
    """ops: an interval (rule a) for a result whose operands are on the same line; None: rule (b)."""
    assert printed in DOC[line - 1], (line, printed, DOC[line - 1])
    p = D(printed)
    ok = reach(p, ops) if ops is not None else near(p, true)
    CHECKS.append(dict(line=line, printed=printed, true=D(true), ok=ok, kind=None if ok else kind_if_wrong,
                       why=why, correct=str(rnd(true, p))))


# ---- givens ------------------------------------------------------------------------------------------------
hd = (D("0.5"), D("0.3"))
enc = [(D("0.2"), D("0.1")), (D("0.9"), D("0.8")), (D("0.3"), D("0.4")), (D("0.1"), D("0.2")), (D("0.5"), D("0.6"))]
score = [hd[0] * e[0] + hd[1] * e[1] for e in enc]
ex = [s.exp() for s in score]
tot = sum(ex)
alpha = [e / tot for e in ex]
c2 = [sum(a * e[k] for a, e in zip(alpha, enc)) for k in (0, 1)]

# ---- step 1: scores (exact products of givens) -------------------------------------------------------------
for j, (p, e) in enumerate(zip(("0.13", "0.69", "0.27", "0.11", "0.43"), enc)):
    L = line_of("score(h1d, h%de)" % (j + 1))
    chk(L, p, score[j], ops=I(hd[0] * e[0] + hd[1] * e[1]))

# ---- step 2: exponentials, sum, weights ----------------------------------------------------------------------
Le1, Le2 = line_of("exp(0.13)=1.139"), line_of("exp(0.11)=1.116")
for L, sc, p, j in ((Le1, "0.13", "1.139", 0), (Le1, "0.69", "1.994", 1), (Le1, "0.27", "1.310", 2),
                    (Le2, "0.11", "1.116", 3), (Le2, "0.43", "1.537", 4)):
    assert "exp(%s)=%s" % (sc, p) in DOC[L - 1]
    chk(L, p, ex[j], ops=I(D(sc)).exp())  # 0.13 ... 0.43 are exact sums of products of givens
chk(line_of("sum = 7.096"), "7.096", tot,
    why="sum printed on its own line: e^0.13 + e^0.69 + e^0.27 + e^0.11 + e^0.43 = 7.096044")
printed_e = ("1.139", "1.994", "1.310", "1.116", "1.537")
printed_a = ("0.16", "0.28", "0.18", "0.16", "0.22")
for j in range(5):
    L = line_of("a2%d = %s/7.096" % (j + 1, printed_e[j]))
    chk(L, printed_a[j], alpha[j], ops=I.r(printed_e[j]) / I.r("7.096"))
chk(line_of("These sum to 1."), "1", sum(alpha),
    why="0.16 + 0.28 + 0.18 + 0.16 + 0.22 = 1.00 (the exact weights sum to 1)")

# ---- step 3: c_2 ---------------------------------------------------------------------------------------------
L1, L2 = line_of("c2 = 0.16x[0.2,0.1]"), line_of("+ 0.16x[0.1,0.2] + 0.22x[0.5,0.6]")
for p, j in (("0.16", 0), ("0.28", 1), ("0.18", 2)):
    chk(L1, p, alpha[j], why="restated attention weight")
for p, j in (("0.16", 3), ("0.22", 4)):
    chk(L2, p, alpha[j], why="restated attention weight")
Lc = line_of("c2 = [0.47, 0.48]")
c2_printed_ops = [sum((I.r(a) * e[k] for a, e in zip(printed_a, enc)), I(0)) for k in (0, 1)]
chk(Lc, "0.47", c2[0],
    why="close call: the working is on the two lines above, so rule (b): the exact c_2[0] = 0.46439 (0.46); "
        "from the printed two-decimal weights 0.464 (0.46), within half a unit of them up to 0.474; 0.47 is "
        "within one unit of 0.46")
chk(Lc, "0.48", c2[1])
assert c2_printed_ops[0].hi >= D("0.465")  # the printed weights, taken within half a unit, reach 0.47

# ---- restated weights ------------------------------------------------------------------------------------------
for sub, p, j in (('"The"  = 0.16', "0.16", 0), ('"car"  = 0.28', "0.28", 1), ('"is"   = 0.18', "0.18", 2),
                  ('"very" = 0.16', "0.16", 3), ('"cool" = 0.22', "0.22", 4)):
    chk(line_of(sub), p, alpha[j], why="restated attention weight")


def main():
    wrong = {}
    right = set()
    for c in CHECKS:
        if c["ok"]:
            right.add(c["line"])
        else:
            wrong.setdefault(c["line"], c)
    right -= set(wrong)
    for c in CHECKS:
        print("%4d %-8s true %-22s %s" % (c["line"], c["printed"], str(round(c["true"], 12)),
                                         "ok" if c["ok"] else "WRONG (%s)" % c["kind"]))
    print("wrong lines: %d, right lines: %d" % (len(wrong), len(right)))
    if "--write-expected" in sys.argv:
        exp = {
            "file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
            "wrong": [dict(line=c["line"], page=None, printed=c["printed"], correct=c["correct"], kind=c["kind"],
                           why=c["why"]) for _, c in sorted(wrong.items())],
            "right": sorted(right),
            "notes": ("No wrong line. Scores, exponentials, the sum 7.096 and the five weights are right by the "
                      "page's own arithmetic. Close call: c2 = [0.47, 0.48] (its working is on the two lines "
                      "above, so judged by rule b): the exact first component is 0.46439 (0.46), and the printed "
                      "two-decimal weights give 0.464 (0.46), reaching 0.474 only when each weight is taken up to "
                      "half a unit higher; 0.47 is one unit from 0.46, so it is right. 'These sum to 1' is the sum "
                      "of the printed weights (exactly 1.00). The source also lists a hypothetical second weight "
                      "set (0.05, 0.08, 0.07, 0.38, 0.42) that is not computed; it is not kept."),
        }
        (HERE / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("expected.json written")


if __name__ == "__main__":
    main()
