#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.html, Wayne Tran's "Self-Attention" page
(waynetran/LearningHub, topics/self-attention.html): a tiny scaled dot-product attention example (three tokens,
d_k = 2) worked by hand -- raw scores, scaling by sqrt(2), exponentials, softmax weights and the weighted sum of the
value vectors -- plus a few restated numbers (d_k = 512/8, sqrt(2), the GELU constant sqrt(2/pi) in code samples).

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Givens (lines 117-120): d_k = 2, q3 = (1, 1), k1 = (1, 0), k2 = (0, 1), k3 = (1, 1), v1 = (2, 0), v2 = (0, 3),
v3 = (1, 1).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on that line is right only when redoing
      it from those numbers rounds to p at p's digits; an operand that is itself a rounded result printed earlier
      may be taken anywhere within half a unit of its last digit (givens are exact); otherwise wrong, first
  (b) a value printed without its working (or restated) is right within one unit of the true value, or when it
      follows from printed correct operands
  (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off is wrong,
      propagated ("first" if the line adds a mistake of its own)
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import itertools
import json
import pathlib
import sys
from decimal import ROUND_HALF_EVEN, getcontext
from decimal import Decimal as D

getcontext().prec = 60
DOCFILE = "doc.html"
FORMAT = "html"
SOURCE = ("https://github.com/waynetran/LearningHub/blob/f5a13b9fa8ecf7010e6ce08a0afff51679648253/"
          "topics/self-attention.html")
LICENSE = "MIT (LICENSE at the repository root, Copyright (c) 2026 Wayne Tran); doc.html is the page verbatim"
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
    return D(x).quantize(unit(p), rounding=ROUND_HALF_EVEN)


def reachable(f, operands, p):
    """Can f(operands) round to p when each rounded operand moves within half a unit (corner + centre check;
    f is monotone in each operand here)."""
    p = D(p)
    lo_hi = []
    for o in operands:
        if isinstance(o, tuple):  # (value, 'given')
            lo_hi.append([D(o[0])])
        else:
            h = unit(o) / 2
            lo_hi.append([D(o) - h, D(o), D(o) + h])
    vals = [f(*c) for c in itertools.product(*lo_hi)]
    lo, hi = min(vals), max(vals)
    u = unit(p)
    return lo <= p + u / 2 and hi >= p - u / 2, lo, hi


WRONG, RIGHT, REPORT = [], [], []


def judge(line, printed, true, ok, why, kind="first"):
    assert str(printed) in DOC[line - 1], (line, printed, DOC[line - 1])
    REPORT.append("%5d  %-16s true %-22s %s" % (line, printed, true, "ok" if ok else "WRONG"))
    if ok:
        if line not in RIGHT:
            RIGHT.append(line)
    else:
        WRONG.append({"line": line, "page": None, "printed": str(printed), "correct": str(true), "kind": kind,
                      "why": why})


def within_one_unit(printed, true):
    return abs(D(printed) - D(true)) <= unit(printed)


# ---- exact values -------------------------------------------------------------------------------------------
q3 = (D(1), D(1))
K = [(D(1), D(0)), (D(0), D(1)), (D(1), D(1))]
V = [(D(2), D(0)), (D(0), D(3)), (D(1), D(1))]
SQ2 = D(2).sqrt()
raw = [q3[0] * k[0] + q3[1] * k[1] for k in K]          # 1, 1, 2
s = [r / SQ2 for r in raw]                               # 0.7071, 0.7071, 1.4142
e = [x.exp() for x in s]
tot = sum(e)
alpha = [x / tot for x in e]
y3 = [sum(alpha[j] * V[j][c] for j in range(3)) for c in range(2)]

# line 90 / 500: d_k = d_model / h
L = line_of("For a transformer with $d_\\text{model} = 512$ and 8 heads, $d_k = 64$")
judge(L, "64", D(512) / 8, D(512) / 8 == 64, "512 / 8 = 64")
L = line_of("GPT-3 uses 96 heads with $d_k = 128$")
ok = (D(512) / 8 == 64) and (D(12288) / 96 == 128)
judge(L, "128", D(12288) / 96, ok, "512/8 = 64 and 12288/96 = 128")

# line 122: raw scores
L = line_of("Raw scores: $q_3 \\cdot k_1 = 1$")
judge(L, "= 2", raw[2], raw == [1, 1, 2], "q3.k = 1, 1, 2")

# line 123: sqrt(2) ~ 1.414, s = [0.707, 0.707, 1.414]
L = line_of("Scaled: divide by $\\sqrt{2} \\approx 1.414$")
ok = rnd(SQ2, "1.414") == D("1.414") and rnd(s[0], "0.707") == D("0.707") and rnd(s[2], "1.414") == D("1.414")
judge(L, "0.707", "%.6f / %.6f / %.6f" % (SQ2, s[0], s[2]), ok, "sqrt2 = 1.41421, 1/sqrt2 = 0.70711, 2/sqrt2 = 1.41421")

# line 124: exp values and their sum
L = line_of("Exp: $[2.028,\\ 2.028,\\ 4.113]$, sum $= 8.169$")
ok1 = reachable(lambda a: a.exp(), ["0.707"], "2.028")[0]
ok2 = reachable(lambda a: a.exp(), ["1.414"], "4.113")[0]
ok3 = reachable(lambda a, b, c: a + b + c, ["2.028", "2.028", "4.113"], "8.169")[0]
REPORT.append("       exp(0.707) true %.6f, exp(1.414) %.6f (exact exp(sqrt2) %.6f), sum exact %.6f"
              % (D("0.707").exp(), D("1.414").exp(), e[2], tot))
judge(L, "8.169", "%.6f (exps %.6f, %.6f)" % (tot, e[0], e[2]), ok1 and ok2 and ok3,
      "exp(0.707) = 2.0280, exp(1.414) in [4.1104, 4.1146] over 1.414's half unit (exact 4.11325), 2.028+2.028+4.113 = 8.169")

# line 125: softmax weights (no working on the line: rule b)
L = line_of("Softmax: $\\alpha_3 \\approx [0.248,\\ 0.248,\\ 0.504]$")
ok = within_one_unit("0.248", alpha[0]) and within_one_unit("0.504", alpha[2])
REPORT.append("       alpha exact %.6f %.6f %.6f; from printed 2.028/8.169 = %.6f, 4.113/8.169 = %.6f"
              % (alpha[0], alpha[1], alpha[2], D("2.028") / D("8.169"), D("4.113") / D("8.169")))
judge(L, "0.504", "%.6f / %.6f" % (alpha[0], alpha[2]), ok,
      "exact softmax (0.248255, 0.248255, 0.503490): 0.248 and 0.504 (one half unit high, within one unit)")

# line 126: y3 = 0.248*[2,0] + 0.248*[0,3] + 0.504*[1,1] ~ [0.999, 1.247]
L = line_of("$y_3 = 0.248 \\cdot [2, 0] + 0.248 \\cdot [0, 3] + 0.504 \\cdot [1, 1]")
r0 = reachable(lambda a, b, c: 2 * a + 0 * b + c, ["0.248", "0.248", "0.504"], "0.999")
r1 = reachable(lambda a, b, c: 0 * a + 3 * b + c, ["0.248", "0.248", "0.504"], "1.247")
# consistency: one alpha1 = alpha2 value and one alpha3 value must give both printed components
both = False
for i in range(0, 1001):
    a = D("0.2475") + D(i) / D(1000000)
    for j in range(0, 1001):
        c = D("0.5035") + D(j) / D(1000000)
        if rnd(2 * a + c, "0.999") == D("0.999") and rnd(3 * a + c, "1.247") == D("1.247"):
            both = True
            break
    if both:
        break
REPORT.append("       y3 exact (%.6f, %.6f); from printed 0.248/0.504: (%.4f, %.4f); half-unit ranges [%.4f, %.4f], [%.4f, %.4f]; one consistent pair: %s"
              % (y3[0], y3[1], 2 * D("0.248") + D("0.504"), 3 * D("0.248") + D("0.504"), r0[1], r0[2], r1[1], r1[2],
                 "%s, %s" % (a, c) if both else "none"))
judge(L, "1.247", "%.6f / %.6f" % (y3[0], y3[1]), r0[0] and r1[0] and both,
      "y3 = (2*0.248 + 0.504, 3*0.248 + 0.504) = (1.000, 1.248) at the printed values; 0.999 and 1.247 are reached "
      "within the operands' half units (e.g. 0.2478, 0.5035), exact (1.000000, 1.248255)")

# line 1487: the stepper's restated sqrt(2) ~ 1.414
L = line_of("so we divide every score by $\\\\sqrt{2} \\\\approx 1.414$")
judge(L, "1.414", "%.6f" % SQ2, rnd(SQ2, "1.414") == D("1.414"), "sqrt 2 = 1.414214")

# code samples: GELU tanh constant sqrt(2/pi) = 0.7978845608
PI = D("3.14159265358979323846264338327950288419716939937510582097494459")
C = (2 / PI).sqrt()
for n in range(1, 5):
    L = line_of("0.7978845608", n)
    judge(L, "0.7978845608", "%.12f" % C, within_one_unit("0.7978845608", C), "sqrt(2/pi) = 0.797884560803")

RIGHT.sort()
NOTES = (
    "Wayne Tran's LearningHub page 'Self-Attention' (waynetran/LearningHub, topics/self-attention.html, MIT; the "
    "repository's LICENSE says the site's content was generated with Claude and not reviewed by an expert), kept "
    "verbatim. One hand-worked scaled dot-product attention example (lines 116-127: q3 = (1,1), keys (1,0), (0,1), "
    "(1,1), values (2,0), (0,3), (1,1), d_k = 2). No line is wrong by the rule. Close call, line 126: "
    "y3 = 0.248*[2,0] + 0.248*[0,3] + 0.504*[1,1] ~ [0.999, 1.247]: at the printed operands the sum is "
    "(1.000, 1.248) and the exact values are (1.000000, 1.248255), so each printed component is one unit low "
    "(1.247 is 1.26 units below the exact 1.248255); "
    "both are reached when the rounded operands move within half a unit (e.g. alpha1 = alpha2 = 0.2478, "
    "alpha3 = 0.5035 gives 0.9991 and 1.2469), so the line is judged right by part (a) -- a checker that redoes "
    "the sum at the printed values exactly would flag it. Other close calls: exp(1.414) = 4.1124 at the printed "
    "1.414 (4.113 needs the half unit; exact exp(sqrt 2) = 4.11325); the softmax weight alpha3 is printed 0.504 "
    "where both 4.113/8.169 = 0.50349 and the exact 0.503490 round to 0.503: the line carries no working, and "
    "0.504 is within one unit of the true value, so it is right by part (b) (a strict own-rounding check would "
    "flag it). "
    "Also listed as right: d_k = 512/8 = 64 (lines 90, 500, with 12288/96 = 128 for GPT-3), the stepper's "
    "restated sqrt 2 ~ 1.414 inside a JavaScript template (line 1487), and the GELU constant sqrt(2/pi) = "
    "0.7978845608 in four code samples. The interactive stepper computes its numbers at run time (no static "
    "values).")


def main():
    print("\n".join(REPORT))
    print("wrong:", [(w["line"], w["printed"], w["correct"]) for w in WRONG])
    print("right:", RIGHT)
    if "--write-expected" in sys.argv:
        out = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE, "wrong": WRONG,
               "right": RIGHT, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote expected.json")


if __name__ == "__main__":
    main()
