#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of Ahammad Nafiz's blog post
"Understanding The Intuitive Idea of Attention" (ahammadnafiz.github.io, 2025-06-12): the worked Bahdanau-attention
example (Bengali "আমি ঢাকায় থাকি" -> "I live in Dhaka"): additive scores e = v_a . tanh(W_a [s; h] + b_a), softmax
attention weights and context vectors.

Plain Python 3, decimal at 60 digits; does not import nnwalk or the generator.

Givens (doc.md): encoder states h1, h2, h3 (lines 9-11), decoder state s0 (line 14), W_a (lines 28-29), v_a and b_a
(line 34), the second decoder state s1 = [0.3, -0.1, 0.5, 0.2] (line 113, stated "from LSTM update"), and the step-3
weights alpha_3 = 0.089 / 0.756 / 0.155 (lines 135-137, stated with no score or state they could be computed from,
so taken as givens, as are their restatements in the table, lines 154-155).
The page's own method (lines 37-70 and "Similarly for other positions", line 73): e_{t,j} = v_a . tanh(W_a [s_{t-1};
h_j] + b_a), alpha_t = softmax(e_t), c_t = sum_j alpha_{t,j} h_j.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line that prints p as the result of an expression of numbers printed on it is right only when redoing it
      from those numbers rounds to p at p's digits (a rounded earlier result may be taken anywhere within half a
      unit of its last digit; givens are exact) - otherwise wrong, first;
  (b) a value printed without working, or restated, is right within one unit of its last digit of the true value,
      or when it follows from printed correct operands;
  (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off is wrong,
      propagated (first if the line adds a mistake of its own).
Usage:  python3 recompute.py [--write-expected]
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/ahammadnafiz/ahammadnafiz.github.io/blob/61ec2e60c12be44bb87f4270ddb0649112e3d1c6/"
          "_posts/2025-06-12-Understanding-Attention-Mechanisms.md")
LICENSE = ("none for the post (the repository's MIT LICENSE is the Chirpy theme's, Copyright (c) 2021 Cotes Chung); "
           "doc.md is an excerpt of only the worked example (source lines 248-262, 264-324, 326-359, 375-420), line "
           "for line, markup kept; two images and the prose sub-section 1.4 (no numbers) cut")
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


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    return abs(D(p) - rnd(x, p)) <= unit(p)


def tanh(x):
    e2 = (2 * D(x)).exp()
    return (e2 - 1) / (e2 + 1)


def half(p):
    """the interval a rounded printed operand stands for"""
    u = unit(p) / 2
    return (D(p) - u, D(p) + u)


def reach(f, *ops):
    """range of f over the corners of the operands' intervals (f monotone in each operand here)"""
    vals = [f(*c) for c in itertools.product(*[half(o) if isinstance(o, str) else (D(o), D(o)) for o in ops])]
    return min(vals), max(vals)


CHECKS, STATUS = [], {}


def chk(cid, line, printed, true, ops=None, up=(), why="", restated=False):
    """ops: (lo, hi) the line's own arithmetic from its printed operands (rule a); None for a value printed without
    working (rule b). restated: the number copies an earlier one (rule c)."""
    assert printed in DOC[line - 1], (line, printed)
    p = D(printed)
    ops_ok = ops is None or rnd(ops[0], p) <= p <= rnd(ops[1], p)
    up_wrong = any(STATUS[u] == "wrong" for u in up)
    if not ops_ok:
        st, kind = "wrong", "first"
    elif restated and up_wrong:
        st, kind = "wrong", "propagated"
    elif near(p, true):
        st, kind = "right", None
    elif up_wrong:
        st, kind = "wrong", "propagated"
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), status=st, kind=kind, why=why,
                       correct=str(rnd(true, p))))


# ---------------- exact values from the givens ----------------
h = [[D(s) for s in v.split()] for v in ("0.2 -0.1 0.8 0.3", "0.5 0.7 -0.2 0.6", "-0.3 0.4 0.9 -0.1")]
s0 = [D(s) for s in "0.1 0.0 -0.2 0.1".split()]
s1 = [D(s) for s in "0.3 -0.1 0.5 0.2".split()]
Wa = [[D(s) for s in "0.5 -0.2 0.1 0.3 0.7 0.0 -0.1 0.4".split()],
      [D(s) for s in "0.2 0.6 -0.3 0.1 0.0 0.8 0.2 -0.2".split()]]
va = [D("0.8"), D("-0.3")]
ba = [D("0.1"), D("-0.1")]


def score(s, hj):
    x = s + hj
    lin = [sum(w * xi for w, xi in zip(row, x)) for row in Wa]
    pre = [a + b for a, b in zip(lin, ba)]
    th = [tanh(z) for z in pre]
    return lin, pre, th, sum(v * t for v, t in zip(va, th))


def softmax(es):
    ex = [D(e).exp() for e in es]
    S = sum(ex)
    return ex, S, [x / S for x in ex]


def ctx(al):
    return [sum(al[k] * h[k][i] for k in range(3)) for i in range(4)]


sc1 = [score(s0, hj) for hj in h]
e1 = [s[3] for s in sc1]
ex1, S1, a1 = softmax(e1)
c1 = ctx(a1)
e2 = [score(s1, hj)[3] for hj in h]
ex2, S2, a2 = softmax(e2)
c2 = ctx(a2)

# ---------------- step 1.1: score e_{1,1} ----------------
lin, pre, th, _ = sc1[0]
L = line_of("0.05 + 0 - 0.02 + 0.03 + 0.14 + 0 - 0.08 + 0.12")
for k, (txt, a, b) in enumerate(zip("0.05 0 -0.02 0.03 0.14 0 -0.08 0.12".split(), Wa[0], s0 + h[0])):
    if txt != "0":
        chk("p1_%d" % k, L, txt.replace("-", ""), abs(a * b))
L = line_of("0.02 + 0 + 0.06 + 0.01 + 0 - 0.08 + 0.16 - 0.06")
for k, (txt, a, b) in enumerate(zip("0.02 0 0.06 0.01 0 -0.08 0.16 -0.06".split(), Wa[1], s0 + h[0])):
    if txt != "0":
        chk("p2_%d" % k, L, txt.replace("-", ""), abs(a * b))
L = line_of("\\end{bmatrix} = \\begin{bmatrix} 0.24 \\\\ 0.11 \\end{bmatrix}")
chk("lin1", L, "0.24", lin[0], ops=(D("0.24"), D("0.24")))
chk("lin2", L, "0.11", lin[1], ops=(D("0.11"), D("0.11")))
L = line_of("= \\begin{bmatrix} 0.34 \\\\ 0.01 \\end{bmatrix}")
chk("lin1r", L, "0.24", lin[0], up=("lin1",), restated=True)
chk("pre1", L, "0.34", pre[0], ops=(D("0.24") + ba[0],) * 2, up=("lin1",))
chk("pre2", L, "0.01", pre[1], ops=(D("0.11") + ba[1],) * 2, up=("lin2",))
L = line_of("\\tanh\\left(")
chk("th1", L, "0.327", th[0], ops=(tanh(D("0.34")),) * 2, up=("pre1",))
chk("th2", L, "0.010", th[1], ops=(tanh(D("0.01")),) * 2, up=("pre2",))
L = line_of("0.8 \\times 0.327 - 0.3 \\times 0.010 = 0.259")
chk("e11", L, "0.259", e1[0], ops=reach(lambda a, b: D("0.8") * a - D("0.3") * b, "0.327", "0.010"),
    up=("th1", "th2"))
chk("e12", line_of("e_{1,2} = -0.142"), "-0.142", e1[1],
    why="e_{1,2} = v_a . tanh(W_a [s0; h2] + b_a) = 0.8 tanh(0.77) - 0.3 tanh(0.39) = 0.8(0.6469) - 0.3(0.3714) "
        "= 0.406, not -0.142")
chk("e13", line_of("e_{1,3} = 0.387"), "0.387", e1[2],
    why="e_{1,3} = v_a . tanh(W_a [s0; h3] + b_a) = 0.8 tanh(-0.18) - 0.3 tanh(0.51) = 0.8(-0.1781) - 0.3(0.4699) "
        "= -0.283, not 0.387")

# ---------------- step 1.2: softmax ----------------
L = line_of("\\alpha_{1,1} = \\frac{\\exp(0.259)}")
chk("e11r", L, "0.259", e1[0], up=("e11",), restated=True)
chk("e12r", L, "-0.142", e1[1], up=("e12",), restated=True, why="restates the wrong e_{1,2}")
chk("e13r", L, "0.387", e1[2], up=("e13",), restated=True, why="restates the wrong e_{1,3}")
chk("x1", L, "1.296", ex1[0], ops=reach(lambda a: a.exp(), "0.259"), up=("e11",))
chk("x2", L, "0.868", ex1[1], ops=reach(lambda a: a.exp(), "-0.142"), up=("e12",),
    why="exp(e_{1,2}) = exp(0.406) = 1.501, from the wrong e_{1,2}")
chk("x3", L, "1.472", ex1[2], ops=reach(lambda a: a.exp(), "0.387"), up=("e13",),
    why="exp(e_{1,3}) = exp(-0.283) = 0.753, from the wrong e_{1,3}")
chk("S1", L, "3.636", S1, ops=reach(lambda a, b, c: a + b + c, "1.296", "0.868", "1.472"), up=("x1", "x2", "x3"),
    why="the softmax denominator is 1.296 + 1.501 + 0.753 = 3.550")
chk("a11", L, "0.357", a1[0], ops=reach(lambda a, b: a / b, "1.296", "3.636"), up=("x1", "S1"),
    why="alpha_{1,1} = 1.296 / 3.550 = 0.365 (the page's own 1.296 / 3.636 is 0.3564, which rounds to 0.356)")
L = line_of("\\alpha_{1,2} = \\frac{\\exp(-0.142)}{3.636}")
chk("e12r2", L, "-0.142", e1[1], up=("e12",), restated=True, why="restates the wrong e_{1,2}")
chk("x2r", L, "0.868", ex1[1], up=("x2",), restated=True, why="restates the wrong exp(e_{1,2})")
chk("S1r", L, "3.636", S1, up=("S1",), restated=True, why="restates the wrong denominator")
chk("a12", L, "0.239", a1[1], ops=reach(lambda a, b: a / b, "0.868", "3.636"), up=("x2", "S1"),
    why="alpha_{1,2} = 1.501 / 3.550 = 0.423")
L = line_of("\\alpha_{1,3} = \\frac{\\exp(0.387)}{3.636}")
chk("e13r2", L, "0.387", e1[2], up=("e13",), restated=True, why="restates the wrong e_{1,3}")
chk("x3r", L, "1.472", ex1[2], up=("x3",), restated=True, why="restates the wrong exp(e_{1,3})")
chk("S1r2", L, "3.636", S1, up=("S1",), restated=True, why="restates the wrong denominator")
chk("a13", L, "0.405", a1[2], ops=reach(lambda a, b: a / b, "1.472", "3.636"), up=("x3", "S1"),
    why="alpha_{1,3} = 0.753 / 3.550 = 0.212")
L = line_of("**Verification:**")
for k, txt in enumerate(("0.357", "0.239", "0.405")):
    chk("a1%dv" % (k + 1), L, txt, a1[k], up=("a1%d" % (k + 1),), restated=True, why="restates the wrong alpha_1")
chk("sum1", L, "1.001", sum(a1), ops=reach(lambda a, b, c: a + b + c, "0.357", "0.239", "0.405"),
    up=("a11", "a12", "a13"))

# ---------------- step 1.3: context vector ----------------
L = line_of("= 0.357 \\begin{bmatrix} 0.2")
for k, txt in enumerate(("0.357", "0.239", "0.405")):
    chk("a1%dc" % (k + 1), L, txt, a1[k], up=("a1%d" % (k + 1),), restated=True, why="restates the wrong alpha_1")
L = line_of("\\begin{bmatrix} 0.071 \\\\ -0.036")
prods = [["0.071", "-0.036", "0.286", "0.107"], ["0.120", "0.167", "-0.048", "0.143"],
         ["-0.122", "0.162", "0.365", "-0.041"]]
for k in range(3):
    for i in range(4):
        chk("t%d%d" % (k, i), L, prods[k][i], a1[k] * h[k][i], up=("a1%d" % (k + 1),),
            ops=reach(lambda a, hh=h[k][i]: a * hh, ("0.357", "0.239", "0.405")[k]),
            why="alpha_1 h terms: 0.365 h1 = [0.073, -0.036, 0.292, 0.109], 0.423 h2 = [0.211, 0.296, -0.085, "
                "0.254], 0.212 h3 = [-0.064, 0.085, 0.191, -0.021], from the wrong alpha_1")
L = line_of("\\begin{bmatrix} 0.069 \\\\ 0.293")
for i, txt in enumerate(("0.069", "0.293", "0.603", "0.209")):
    chk("c1%d" % i, L, txt, c1[i], up=tuple("t%d%d" % (k, i) for k in range(3)),
        ops=reach(lambda a, b, c: a + b + c, prods[0][i], prods[1][i], prods[2][i]),
        why="c_1 = 0.365 h1 + 0.423 h2 + 0.212 h3 = [%s]" % ", ".join(str(rnd(x, D("0.001"))) for x in c1))

# ---------------- step 2 ----------------
names = ("e_{2,1}", "e_{2,2}", "e_{2,3}")
e2p = ("-0.089", "0.156", "0.592")
for k in range(3):
    lin_, pre_, th_, _ = score(s1, h[k])
    chk("e2%d" % (k + 1), line_of("%s = %s" % (names[k], e2p[k])), e2p[k], e2[k],
        why="%s = v_a . tanh(W_a [s1; h%d] + b_a) = 0.8 tanh(%s) - 0.3 tanh(%s) = %s, not %s" % (
            names[k], k + 1, rnd(pre_[0], D("0.01")), rnd(pre_[1], D("0.01")), rnd(e2[k], D("0.001")), e2p[k]))
_, _, soft_printed = softmax([D(x) for x in e2p])
a2p = ("0.198", "0.253", "0.549")
for k in range(3):
    lo, hi = reach(lambda a, b, c, k=k: softmax([a, b, c])[2][k], *e2p)
    chk("a2%d" % (k + 1), line_of("\\alpha_{2,%d} = %s" % (k + 1, a2p[k])), a2p[k], a2[k], ops=(lo, hi),
        up=("e21", "e22", "e23"),
        why="alpha_{2,%d} = softmax of the true scores = %s; even the softmax of the printed scores (-0.089, "
            "0.156, 0.592) is %s" % (k + 1, rnd(a2[k], D("0.001")), rnd(soft_printed[k], D("0.001"))))
L = line_of("\\mathbf{c}_2 = 0.198")
for k, txt in enumerate(a2p):
    chk("a2%dc" % (k + 1), L, txt, a2[k], up=("a2%d" % (k + 1),), restated=True, why="restates the wrong alpha_2")
c2p = ("0.028", "0.320", "0.633", "0.006")
for i, txt in enumerate(c2p):
    lo, hi = reach(lambda a, b, c, i=i: a * h[0][i] + b * h[1][i] + c * h[2][i], *a2p)
    chk("c2%d" % i, L, txt, c2[i], ops=(lo, hi), up=("a21", "a22", "a23"),
        why="0.198 h1 + 0.253 h2 + 0.549 h3 = [0.001, 0.377, 0.602, 0.156] from the printed weights (the true "
            "c_2 is [%s])" % ", ".join(str(rnd(x, D("0.001"))) for x in c2))

# ---------------- the attention matrix (rows I and live; rows in / Dhaka restate the given alpha_3) ------------
L = line_of("| **I**     |")
for k, txt in enumerate(("0.357", "0.239", "0.405")):
    chk("a1%dt" % (k + 1), L, txt, a1[k], up=("a1%d" % (k + 1),), restated=True, why="restates the wrong alpha_1")
L = line_of("| **live**  |")
for k, txt in enumerate(a2p):
    chk("a2%dt" % (k + 1), L, txt, a2[k], up=("a2%d" % (k + 1),), restated=True, why="restates the wrong alpha_2")

NOTES = (
    "Forward pass of additive (Bahdanau) attention, worked by hand on a blog post; the page's own method is "
    "followed (e = v_a . tanh(W_a [s; h] + b_a), softmax, weighted sum). Step 1 is done in full for e_{1,1} "
    "(right, 0.259); e_{1,2} and e_{1,3} are printed 'similarly' but are not what the page's W_a, b_a, v_a, s0, h2, h3 "
    "give (0.406 and -0.283 for -0.142 and 0.387), so the softmax (true weights 0.365 / 0.423 / 0.212), the "
    "verification sum's operands and c_1 are wrong (propagated); their own arithmetic is right. Close calls: in line "
    "81 the page's own 1.296 / 3.636 = 0.3564 rounds to 0.356, not the printed 0.357, but with 1.296 and 3.636 taken "
    "within half a unit 0.357 is reachable, so the line is counted propagated, not first; exp(0.387) = 1.4726 is "
    "printed 1.472, reachable from 0.387 within half a unit. The 1.001 of the verification is within one unit of the "
    "true sum 1 but its line restates wrong weights. Step 2: s1 = [0.3, -0.1, 0.5, 0.2] is stated ('from LSTM "
    "update') and taken as a given; the printed scores are not the page's formula of it (first), the printed weights "
    "0.198 / 0.253 / 0.549 are not even the softmax of the printed scores (0.235 / 0.300 / 0.465; first), and c_2 = "
    "[0.028, 0.320, 0.633, 0.006] is not 0.198 h1 + 0.253 h2 + 0.549 h3 = [0.001, 0.377, 0.602, 0.156] (first). Step 3's "
    "weights (0.089 / 0.756 / 0.155) are stated with no score or state to compute them from: taken as givens, so "
    "they and the table rows 'in' and 'Dhaka' are in neither list. Line 39 (the concatenation [s0; h1]) only restates "
    "givens. Each product in lines 53-54 is judged on its own (printed without working); zero products are not "
    "numbers to judge.")


def report():
    wrong, right = [], []
    for n in sorted({c["line"] for c in CHECKS}):
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:100]))
        for c in cs:
            print("            %-6s printed %-8s true %.6f -> %s%s" % (
                c["id"], c["printed"], c["true"], c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            seen, pr, co, wh = set(), [], [], []
            for c in bad:
                if (c["printed"], c["correct"]) in seen:
                    continue
                seen.add((c["printed"], c["correct"]))
                pr.append(c["printed"])
                co.append(c["correct"])
                wh.append(c["why"] or "restates a wrong value")
            kinds = {c["kind"] for c in bad}
            wrong.append({"line": n, "page": None, "printed": ", ".join(pr), "correct": ", ".join(co),
                          "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(dict.fromkeys(wh))})
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
