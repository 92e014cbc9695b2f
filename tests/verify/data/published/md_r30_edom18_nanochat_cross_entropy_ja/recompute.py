#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, a verbatim copy of
edom18/nanochat doc/math/04-cross-entropy.md ("数学04: 交差エントロピー", a Japanese study chapter added to a fork of
karpathy/nanochat): entropy, cross-entropy, the batched cross-entropy loss, KL divergence and the softmax +
cross-entropy gradient, with the PyTorch results written as comments.

Plain Python (decimal at 60 digits); imports nothing from nnwalk or the generator.

Givens (all printed in the code of doc.md): p1 = [0.25]*4, p2 = [0.9, 0.05, 0.03, 0.02], p3 = [1, 0, 0, 0];
P = [1, 0, 0] against Q1 = [0.9, 0.05, 0.05] and Q2 = [0.1, 0.7, 0.2]; logits [[2, 1, 0.5], [0.5, 2.5, 1]] with
targets [0, 1]; P = [0.8, 0.1, 0.1], Q = [0.7, 0.2, 0.1]; z = [1, 2, 0.5] with target 1. Natural logarithms, as
torch.log. True values are what the printed code computes.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) when the line prints p as the result of an expression whose operands are printed on that line, p is right only
      if redoing the expression by hand from those printed numbers rounds to exactly p at p's digits (a given is
      exact; an operand that is a rounded earlier result may be taken anywhere within half a unit); otherwise wrong
      (first);
  (b) a value printed without its working (a `# tensor(...)` comment, a restated value) is right when within one unit
      of its last digit of the true value, or when it follows from printed correct operands;
  (c) a restated wrong value is wrong (propagated); a value computed from a wrong one and itself off is wrong
      (propagated).
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/edom18/nanochat/blob/851985ae33a0cd2c35859cbcec67880b7c8ec969/"
          "doc/math/04-cross-entropy.md")
LICENSE = ("MIT (the repository README's License section, inherited from karpathy/nanochat); doc.md is the file "
           "verbatim")
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
    """1-based number of the nth document line containing sub."""
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
    """Rule (b): p within one unit of its last digit of x."""
    return abs(D(p) - rnd(x, p)) <= unit(p)


def op(s, exact=False):
    """A printed operand: exact (a given) or a rounded earlier result, taken anywhere within half a unit."""
    return (D(s), D(0) if exact else unit(s) / 2)


def own_ok(p, f, ops):
    """Rule (a): redoing f by hand from the printed operands rounds to exactly p at p's digits."""
    vals = [f(*c) for c in itertools.product(*[(v - t, v + t) for v, t in ops])]
    lo, hi = min(vals), max(vals)
    u = unit(p)
    return hi >= D(p) - u / 2 and lo <= D(p) + u / 2


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, f=None, ops=(), up=(), method=False, why="", text=None, value=None):
    """Judge one printed number p (rules (a)-(c) in the module docstring)."""
    assert (text or printed) in DOC[line - 1], (line, text or printed)
    p = D(value if value is not None else printed)
    ok = True if f is None else own_ok(p, f, ops)
    if not ok:
        st, kind = "wrong", "first"
    elif method:
        st, kind = "wrong", "first"
    elif near(p, true):
        st, kind = "right", None
    elif any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", "propagated"
    elif f is not None:
        st, kind = "right", None  # follows from its printed, correct operands
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), status=st, kind=kind, why=why,
                       correct=str(rnd(true, p))))


def report():
    wrong, right = [], []
    for n in sorted({c["line"] for c in CHECKS}):
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:100]))
        for c in cs:
            print("            %-8s printed %-14s true %.10g -> %s%s" % (
                c["id"], c["printed"], c["true"], c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            wrong.append({"line": n, "page": None, "printed": ", ".join(dict.fromkeys(c["printed"] for c in bad)),
                          "correct": ", ".join(dict.fromkeys(c["correct"] for c in bad)),
                          "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(dict.fromkeys(c["why"] or "restates a wrong value" for c in bad))})
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


def ln(x):
    return D(x).ln()


def H(ps):
    return -sum(D(p) * ln(p) for p in ps if D(p) != 0)


def softmax(zs):
    e = [D(z).exp() for z in zs]
    s = sum(e)
    return [v / s for v in e]


# 4.2.2 entropies
L = line_of("# H(p1) = 1.3863")
chk("H1", L, "1.3863", H(["0.25"] * 4))
L = line_of("# H(p2) = 0.6390")
chk("H2", L, "0.6390", H(["0.9", "0.05", "0.03", "0.02"]),
    why="-(0.9 ln 0.9 + 0.05 ln 0.05 + 0.03 ln 0.03 + 0.02 ln 0.02) = 0.4281, printed 0.6390 (the entropy of "
    "[0.8, 0.1, 0.1] used later)")
L = line_of("# H(p3) = 0.0000")
chk("H3", L, "0.0000", D(0))

# 4.3.2 cross-entropy of one-hot P against Q1, Q2
L = line_of("H(P, Q1) = -1.0 * log(0.9) = 0.105")
chk("HQ1", L, "0.105", -ln("0.9"), f=lambda q: -ln(q), ops=(op("0.9", True),))
L = line_of("H(P, Q2) = -1.0 * log(0.1) = 2.303")
chk("HQ2", L, "2.303", -ln("0.1"), f=lambda q: -ln(q), ops=(op("0.1", True),))

# 4.4.3 batched cross-entropy
r1 = softmax(["2", "1", "0.5"])
r2 = softmax(["0.5", "2.5", "1"])
loss = -(ln(r1[0]) + ln(r2[1])) / 2
L = line_of("# Loss: 0.5996")
chk("loss", L, "0.5996", loss, why="F.cross_entropy of logits [[2, 1, 0.5], [0.5, 2.5, 1]] with targets [0, 1] is "
    "(-ln 0.6285 - ln 0.7361)/2 = 0.3855, printed 0.5996")
L = line_of("# tensor([[0.6590, 0.2424, 0.0986],")
why1 = "softmax([2, 1, 0.5]) = [0.6285, 0.2312, 0.1402]"
chk("p00", L, "0.6590", r1[0], why=why1)
chk("p01", L, "0.2424", r1[1], why=why1)
chk("p02", L, "0.0986", r1[2], why=why1)
L = line_of("#         [0.1192, 0.8758, 0.2424]])")
why2 = "softmax([0.5, 2.5, 1]) = [0.0996, 0.7361, 0.1643] (the printed row does not even sum to 1)"
chk("p10", L, "0.1192", r2[0], why=why2)
chk("p11", L, "0.8758", r2[1], why=why2)
chk("p12", L, "0.2424", r2[2], why=why2)
L = line_of("# サンプル1: 正解クラス0の確率 = 0.6590")
chk("p00r", L, "0.6590", r1[0], up=["p00"])
L = line_of("# サンプル2: 正解クラス1の確率 = 0.8758")
chk("p11r", L, "0.8758", r2[1], up=["p11"])
L = line_of("# Manual loss: 0.5996")
chk("mloss", L, "0.5996", loss, up=["loss", "p00r", "p11r"],
    why="restates the wrong loss; from the printed probabilities -(ln 0.6590 + ln 0.8758)/2 would be 0.2748")

# 4.8 KL divergence
P = [D("0.8"), D("0.1"), D("0.1")]
Q = [D("0.7"), D("0.2"), D("0.1")]
kl = sum(p * ln(p / q) for p, q in zip(P, Q))
hp = H(P)
hpq = -sum(p * ln(q) for p, q in zip(P, Q))
L = line_of("# KL(P || Q): 0.0223")
chk("kl", L, "0.0223", kl, why="0.8 ln(0.8/0.7) + 0.1 ln(0.1/0.2) + 0.1 ln 1 = 0.0375, printed 0.0223")
L = line_of("# H(P): 0.6390")
chk("hp", L, "0.6390", hp)
L = line_of("# H(P, Q): 0.6613")
chk("hpq", L, "0.6613", hpq, why="-(0.8 ln 0.7 + 0.1 ln 0.2 + 0.1 ln 0.1) = 0.6765, printed 0.6613")
L = line_of("# H(P) + KL(P||Q): 0.6613")
chk("hpkl", L, "0.6613", hp + kl, up=["kl", "hpq"], why="H(P) + KL = 0.6390 + 0.0375 = 0.6765; 0.6613 restates the "
    "wrong H(P, Q) (it is 0.6390 + the wrong 0.0223)")

# 4.9 softmax + cross-entropy gradient
pz = softmax(["1", "2", "0.5"])
g = [pz[0], pz[1] - 1, pz[2]]
L = line_of("# Probs: tensor([0.2564, 0.6364, 0.1072])")
whyz = "softmax([1, 2, 0.5]) = [0.2312, 0.6285, 0.1402]"
chk("z0", L, "0.2564", pz[0], why=whyz)
chk("z1", L, "0.6364", pz[1], why=whyz)
chk("z2", L, "0.1072", pz[2], why=whyz)
L = line_of("# Gradient: tensor([ 0.2564, -0.3636,  0.1072])")
chk("g0", L, "0.2564", g[0], up=["z0"])
chk("g1", L, "-0.3636", g[1], up=["z1"])
chk("g2", L, "0.1072", g[2], up=["z2"])
L = line_of("# = [0.2564, 0.6364, 0.1072] - [0, 1, 0]")
chk("r0", L, "0.2564", pz[0], up=["z0"])
chk("r1", L, "0.6364", pz[1], up=["z1"])
chk("r2", L, "0.1072", pz[2], up=["z2"])

NOTES = (
    "edom18's fork of karpathy/nanochat (MIT) with Japanese study chapters that the commit message says Claude Code "
    "wrote for the author (2025-10-19); this is doc/math/04-cross-entropy.md, kept verbatim (a second document of "
    "the repository of md_r30_edom18_nanochat_backprop_ja, chosen for its softmax/cross-entropy numbers). The "
    "numbers are PyTorch results written as comments, `# H(p2) = 0.6390`, `# tensor([[0.6590, ...],` and a "
    "plain-text block `H(P, Q1) = -1.0 * log(0.9) = 0.105`. First errors: H(p2) = 0.6390 for 0.4281; the batch "
    "loss 0.5996 for 0.3855 and both softmax rows (0.6590/0.2424/0.0986 for 0.6285/0.2312/0.1402; "
    "0.1192/0.8758/0.2424 for 0.0996/0.7361/0.1643); KL = 0.0223 for 0.0375; H(P, Q) = 0.6613 for 0.6765; the "
    "softmax of [1, 2, 0.5] printed as 0.2564/0.6364/0.1072 for 0.2312/0.6285/0.1402. Propagated: the restated "
    "probabilities 0.6590 and 0.8758, the 'manual' loss 0.5996, H(P) + KL = 0.6613, the gradient "
    "[0.2564, -0.3636, 0.1072] (consistent with the wrong probabilities) and its restatement. Right: H(p1) = "
    "1.3863, H(p3) = 0, -log 0.9 = 0.105, -log 0.1 = 2.303, H(P) = 0.6390. Close call: the manual loss line is "
    "marked propagated (it restates 0.5996 'in agreement'; from the printed probabilities it would be 0.2748). "
    "Hold-out round 30."
)

if __name__ == "__main__":
    main()
