#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an equations-only excerpt of
Sayantankhan/blog _posts/2025-06-24-backward_propagation.md ("Backpropagation, Softmax, Cross-Entropy, and the Chain
Rule -- Explained with Equations", a Jekyll/Chirpy blog post): a one-example cross-entropy loss, then the worked
example "The capital of India is..." -- softmax of three logits, the loss, the gradients dL/dz = y_hat - y and the
gradient at the input dL/dx = W^T (y_hat - y).

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (doc.md lines 1, 6, 14-15, 31-35): y_hat = [0.1, 0.2, 0.6, 0.1] with the correct class the third (the
first example); logits z = [2.0, 1.0, 0.1], the true class Delhi (index 0, one-hot [1, 0, 0]) and the 3 x 2 weight
matrix W = [[0.2, 0.5], [-0.3, 0.8], [0.1, -0.6]] (one row per class). The document's rules: softmax, L = -log of
the true class's probability, dL/dz_k = y_hat_k - y_k, dL/dx = W^T dz.

Judging rule (as in the other folders; p a printed number, u one unit in its last digit):
  near(p, X)  <=>  |p - round(X to p's digits)| <= u
  1. the line shows p as the result of an expression of printed operands and no value of that expression (an
     operand that is a rounded result printed earlier taken anywhere within half a unit of its last digit; givens
     exact) rounds to exactly p (a result printed on its own line right after the lines that hold its expression
     counts as computed from that expression's printed operands) -> wrong, first
  2. p is near the true value                                     -> right
  3. an upstream printed value it depends on is wrong              -> wrong, propagated
  4. the author's own (wrong) formula produced it                  -> wrong, first
  5. p follows from its printed, correct operands                  -> right (rounding drift)
  6. otherwise                                                     -> wrong, first
A restated value (an operand copied from an earlier line) is judged like the value it copies.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/Sayantankhan/blog/blob/73c549964d1b574cb00f0a2961f531d307beb0b4/"
          "_posts/2025-06-24-backward_propagation.md")
LICENSE = ("no license for the posts (the repository's MIT LICENSE is the Chirpy theme's, Copyright (c) 2021 Cotes "
           "Chung); doc.md is an excerpt of only the worked equations and numbers, line for line, prose, headings "
           "and the PyTorch listing removed")
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


def ln_(x):
    return D(x).ln()


# ---------------- exact values from the givens ----------------
z = [D("2.0"), D("1.0"), D("0.1")]
ez = [v.exp() for v in z]
S = sum(ez)
yh = [e / S for e in ez]
y = [1, 0, 0]
dz = [yh[k] - y[k] for k in range(3)]
W = [[D("0.2"), D("0.5")], [D("-0.3"), D("0.8")], [D("0.1"), D("-0.6")]]
dx = [sum(W[k][i] * dz[k] for k in range(3)) for i in range(2)]

# ---------------- the one-line example ----------------
ln = line_of("L = -\\log(0.6) \\approx 0.51")
chk("L0", ln, "0.51", -ln_("0.6"), ops=-ln_("0.6"))

# ---------------- forward pass and loss ----------------
ln = line_of("softmax(z) = [0.659, 0.242, 0.099]")
for k, s in enumerate(["0.659", "0.242", "0.099"]):
    chk("p%d" % k, ln, s, yh[k], explicit=False)
ln = line_of("-\\log(0.659) \\approx 0.417")
chk("p0r", ln, "0.659", yh[0], up=["p0"])
chk("L", ln, "0.417", -ln_(yh[0]), ops=rng(lambda a: -a.ln(), R("0.659")), up=["p0r"])

# ---------------- gradients at the logits ----------------
ln = line_of("0.659 - 1 = -0.341")
chk("p0r2", ln, "0.659", yh[0], up=["p0"])
chk("dz0", ln, "-0.341", dz[0], ops=rng(lambda a: a - 1, R("0.659")), up=["p0r2"])
ln = line_of("0.242 - 0 = 0.242")
chk("p1r", ln, "0.242", yh[1], up=["p1"])
chk("dz1", ln, "0.242", dz[1], ops=rng(lambda a: a, R("0.242")), up=["p1r"])
ln = line_of("0.099 - 0 = 0.099")
chk("p2r", ln, "0.099", yh[2], up=["p2"])
chk("dz2", ln, "0.099", dz[2], ops=rng(lambda a: a, R("0.099")), up=["p2r"])

# ---------------- gradient at the input ----------------
ln = line_of("dz = [ -0.341, 0.242, 0.099 ]")
for k, s in enumerate(["-0.341", "0.242", "0.099"]):
    chk("dz%dr" % k, ln, s, dz[k], up=["dz%d" % k])
ln = line_of("(0.2)(-0.341) + (-0.3)(0.242) + (0.1)(0.099),")
for k, s in enumerate(["-0.341", "0.242", "0.099"]):
    chk("dz%dr2" % k, ln, s, dz[k], up=["dz%d" % k])
ln = line_of("(0.5)(-0.341) + (0.8)(0.242) + (-0.6)(0.099)")
for k, s in enumerate(["-0.341", "0.242", "0.099"]):
    chk("dz%dr3" % k, ln, s, dz[k], up=["dz%d" % k])
ln = line_of("= [ -0.068, -0.014 ]")
ops0 = rng(lambda a, b, c: D("0.2") * a + D("-0.3") * b + D("0.1") * c, R("-0.341"), R("0.242"), R("0.099"))
ops1 = rng(lambda a, b, c: D("0.5") * a + D("0.8") * b + D("-0.6") * c, R("-0.341"), R("0.242"), R("0.099"))
chk("dx0", ln, "-0.068", dx[0], ops=ops0, up=["dz0r2", "dz1r2", "dz2r2"],
    why="(0.2)(-0.341) + (-0.3)(0.242) + (0.1)(0.099) = -0.0682 - 0.0726 + 0.0099 = -0.1309; -0.068 is the first "
        "term alone")
chk("dx1", ln, "-0.014", dx[1], ops=ops1, up=["dz0r3", "dz1r3", "dz2r3"],
    why="(0.5)(-0.341) + (0.8)(0.242) + (-0.6)(0.099) = -0.1705 + 0.1936 - 0.0594 = -0.0363")


NOTES = (
    "A Jekyll (Chirpy) blog post (Sayantankhan/blog, _posts/2025-06-24-backward_propagation.md, 2025-06; the "
    "repository's MIT LICENSE is the theme's, so only the worked equations and numbers are kept, line for line): "
    "softmax of the logits [2.0, 1.0, 0.1] = [0.659, 0.242, 0.099], the loss -log(0.659) = 0.417 and the gradients "
    "y_hat - y = [-0.341, 0.242, 0.099] are right (with the one-line example -log(0.6) = 0.51). The input gradient "
    "W^T dz, worked term by term in a code block, prints [-0.068, -0.014] for [-0.131, -0.036] (line 48: the "
    "first value is the first product alone). The blog's PyTorch listing, which uses x = [1, 1] and would give other "
    "logits, is not kept (it prints nothing in the post)."
)

if __name__ == "__main__":
    main()
