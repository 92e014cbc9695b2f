#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of Michael Williams's lesson
"Layer Normalization Explained: A Beginner's Guide" (micwill755/transformer, lesson/docs/Layer_Normalization_Explained.md):
LayerNorm of the 4-feature token "Hello" = [0.1, 0.3, -0.2, 0.8] worked by hand (mean, deviations, variance, std,
normalised features), then the six token embeddings of "Hello, how are you?" with their means, standard deviations
and normalised rows, ranges of normalised rows, and a printed "Expected Output" of the lesson's PyTorch code.

Plain Python (decimal at 60 digits); does not import nnwalk.

Page convention (followed): variance = average squared deviation (population, divide by 4, doc lines 38-41), std =
sqrt(variance), normalised = (x - mean) / std; the "manual layer norm" output adds eps = 1e-5 under the root (doc
line 163: sqrt(variance + eps)); the plain "Normalized 'Hello'" breakdown does not (std = sqrt(variance)).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers rounds to p (a rounded operand printed earlier may be taken within half a unit; givens exact);
  (b) a value printed without working (or restated) is right within one unit of the true value, or when it follows
      from printed correct operands;
  (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off is wrong,
      propagated (first if the line adds a mistake of its own).
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/micwill755/transformer/blob/796de3411284cc66c1f1f20c3fc9ad80462129ad/"
          "lesson/docs/Layer_Normalization_Explained.md")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of only the worked blocks, line for line with "
           "their Markdown (headings and fences kept), prose, the illustrative exploding/vanishing blocks, the "
           "transformer-layer diagram and code and the PyTorch source code removed; see SOURCE.md")
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
    """1-based line of the nth line of doc containing sub; fails loudly."""
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    """rule (b): p within one unit of its last digit of x rounded at p's digits"""
    return abs(D(p) - rnd(x, p)) <= unit(p)


def iv(s, exact=False):
    """a printed operand: exact (a given) or a rounded result, taken anywhere within half a unit"""
    d = D(s)
    if exact:
        return (d, d)
    h = unit(s) / 2
    return (d - h, d + h)


def span(f, *ops):
    """range of f over the corners of its operand intervals (f monotonic in each operand on them)"""
    vals = [f(*c) for c in itertools.product(*ops)]
    return (min(vals), max(vals))


def follows(p, rg, slack):
    lo, hi = rnd(rg[0], p), rnd(rg[1], p)
    u = unit(p) * slack
    return lo - u <= D(p) <= hi + u


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, rg=None, up=(), explicit=False, why=""):
    """Judge one printed number.
    explicit: the line prints it as the result of an expression of numbers printed on it (rule a): it must be the
      expression redone from them (rounded operands within half a unit), rounded at its digits - else wrong, first.
    otherwise (rule b/c): right when within one unit of the true value, or when it follows (within one unit) from
      printed correct operands (rg); computed from a wrong value: propagated if it follows from it, first if not."""
    assert printed in DOC[line - 1], (cid, line, printed, DOC[line - 1])
    p = D(printed)
    upbad = any(STATUS[u] == "wrong" for u in up)
    if rg is not None and not isinstance(rg, tuple):
        rg = (D(rg), D(rg))
    fol = rg is not None and follows(p, rg, 0 if explicit else 1)
    if explicit and not fol:
        st, kind = "wrong", "first"
    elif near(p, true):
        st, kind = "right", None
    elif fol and not upbad:
        st, kind = "right", None
    elif upbad:
        st, kind = "wrong", ("propagated" if (fol or rg is None) else "first")
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), rg=rg, status=st, kind=kind, why=why,
                       correct=str(rnd(true, p))))


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:100]))
        for c in cs:
            extra = "" if c["rg"] is None else "  from printed operands [%.8g, %.8g]" % c["rg"]
            print("            %-10s printed %-10s true %.10g%s -> %s%s" % (
                c["id"], c["printed"], c["true"], extra, c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(c["correct"] for c in bad),
                          "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(dict.fromkeys(c["why"] or "restates a wrong value" for c in bad))})
        else:
            right.append(n)
    return wrong, right


def main():
    wrong, right = report()
    print("\nwrong lines (%d):" % len(wrong), [(w["line"], w["kind"]) for w in wrong])
    print("right lines (%d):" % len(right), right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


# ---------------- exact values from the givens ----------------
X = {"Hello": ["0.1", "0.3", "-0.2", "0.8"], ",": ["0.0", "0.1", "0.4", "-0.1"], "how": ["0.5", "-0.3", "0.2", "0.6"],
     "are": ["0.2", "0.7", "-0.4", "0.3"], "you": ["-0.1", "0.4", "0.8", "-0.2"], "?": ["0.3", "-0.1", "0.1", "0.5"]}
X = {k: [D(v) for v in vs] for k, vs in X.items()}
MEAN = {k: sum(v) / 4 for k, v in X.items()}
VAR = {k: sum((x - MEAN[k]) ** 2 for x in v) / 4 for k, v in X.items()}
STD = {k: VAR[k].sqrt() for k in X}
EPS = D("0.00001")
NORM = {k: [(x - MEAN[k]) / STD[k] for x in X[k]] for k in X}
NORME = {k: [(x - MEAN[k]) / (VAR[k] + EPS).sqrt() for x in X[k]] for k in X}
H = X["Hello"]
mh, vh, sh = MEAN["Hello"], VAR["Hello"], STD["Hello"]


def nums(line, start_after=None):
    """the numbers of a bracketed list on a doc line, as printed"""
    import re
    t = DOC[line - 1]
    if start_after:
        t = t[t.index(start_after) + len(start_after):]
    t = t[t.index("[") + 1:t.index("]")]
    return re.findall(r"-?\d+\.\d+", t)


# "After layer norm" block: Layer 1 is the Hello vector normalised (Layers 5-15 are illustrative, not judged)
L = line_of("Layer 1:  [-0.41")
for j, s in enumerate(nums(L)):
    chk("L1n%d" % j, L, s, NORM["Hello"][j])

# Step 2: mean
chk("sum", line_of("= 1.0 / 4"), "1.0", sum(H), rg=sum(H), explicit=True)
chk("mean", line_of("     = 0.25"), "0.25", mh, rg=D("1.0") / 4, up=("sum",), explicit=True)
# Step 3: deviations, squares, variance
L = line_of("differences = [0.1 - 0.25")
chk("mean_r1", L, "0.25", mh, up=("mean",))
L = line_of("= [-0.15, 0.05, -0.45, 0.55]")
dev = [x - mh for x in H]
for j, s in enumerate(nums(L)):
    chk("dev%d" % j, L, s, dev[j], rg=H[j] - D("0.25"), up=("mean_r1",), explicit=True)
L = line_of("squared_differences = [(-0.15)")
for j, s in enumerate(["-0.15", "0.05", "-0.45", "0.55"]):
    chk("dev%d_r" % j, L, s, dev[j], up=("dev%d" % j,))
L = line_of("= [0.0225, 0.0025, 0.2025, 0.3025]")
for j, s in enumerate(nums(L)):
    chk("sq%d" % j, L, s, dev[j] ** 2, rg=D(["-0.15", "0.05", "-0.45", "0.55"][j]) ** 2, up=("dev%d_r" % j,),
        explicit=True)
L = line_of("variance = (0.0225 + 0.0025")
for j, s in enumerate(["0.0225", "0.0025", "0.2025", "0.3025"]):
    chk("sq%d_r" % j, L, s, dev[j] ** 2, up=("sq%d" % j,))
chk("ssum", line_of("= 0.5300 / 4"), "0.5300", 4 * vh, rg=D("0.0225") + D("0.0025") + D("0.2025") + D("0.3025"),
    up=("sq0_r", "sq1_r", "sq2_r", "sq3_r"), explicit=True)
chk("var", line_of("         = 0.1325"), "0.1325", vh, rg=D("0.5300") / 4, up=("ssum",), explicit=True)
# Step 4
L = line_of("std_dev = √0.1325 = 0.364")
chk("var_r1", L, "0.1325", vh, up=("var",))
chk("std", L, "0.364", sh, rg=D("0.1325").sqrt(), up=("var_r1",), explicit=True)
# Step 5
for j, (xs, ds) in enumerate([("0.1", "-0.15"), ("0.3", "0.05"), ("-0.2", "-0.45"), ("0.8", "0.55")]):
    L = line_of("(%s - 0.25) / 0.364 = %s / 0.364 = " % (xs, ds))
    res = DOC[L - 1].split("= ")[-1].rstrip(",").strip()
    chk("n%d_dev" % j, L, ds, dev[j], rg=D(xs) - D("0.25"), explicit=True)
    chk("n%d" % j, L, res, NORM["Hello"][j], rg=span(lambda a, b: a / b, iv(ds, True), iv("0.364")),
        up=("std", "n%d_dev" % j), explicit=True)
# Step 6
L = line_of("new_mean = (-0.412 + 0.137")
chk("newmean", L, "0.000", 0, rg=(D("-0.412") + D("0.137") + D("-1.236") + D("1.511")) / 4,
    up=("n0", "n1", "n2", "n3"), explicit=True)
pr = [D(s) for s in ("-0.412", "0.137", "-1.236", "1.511")]
pm = sum(pr) / 4
chk("newstd", line_of("new_std = √(variance of normalized features) ≈ 1.000"), "1.000", 1,
    rg=(sum((v - pm) ** 2 for v in pr) / 4).sqrt(), up=("n0", "n1", "n2", "n3"), explicit=True)

# per-token means and stds (printed without working)
TOK = [("Hello", '"Hello": mean='), (",", '","    : mean='), ("how", '" how" : mean='), ("are", '" are" : mean='),
       ("you", '" you" : mean='), ("?", '"?"    : mean=')]
for k, sub in TOK:
    L = line_of(sub)
    t = DOC[L - 1]
    m = t.split("mean=")[1].split(",")[0]
    s = t.split("std=")[1].split()[0]
    chk("m_" + k, L, m, MEAN[k])
    chk("s_" + k, L, s, STD[k], why="std of %r = sqrt(%s) = %s (population, as the page defines it)" % (
        k, rnd(VAR[k], D("0.000001")).normalize(), rnd(STD[k], D("0.0001"))))

# normalised rows (printed without working): follow from the printed mean and (possibly wrong) std
ROWTAG = {"Hello": '# "Hello" →', ",": '# ","     →', "how": '# " how"  →', "are": '# " are"  →',
          "you": '# " you"  →', "?": '# "?"     →'}
PSTD = {}
for k, sub in TOK:
    t = DOC[line_of(sub) - 1]
    PSTD[k] = t.split("std=")[1].split()[0]
for k in X:
    L = line_of(ROWTAG[k])
    for j, s in enumerate(nums(L)):
        rg = span(lambda a, b, c: (a - b) / c, iv(str(X[k][j]), True), iv(DOC[line_of(dict(TOK)[k]) - 1]
                  .split("mean=")[1].split(",")[0]), iv(PSTD[k]))
        chk("row_%s%d" % (k, j), L, s, NORM[k][j], rg=rg, up=("m_" + k, "s_" + k),
            why="(x - mean) / std with the true std %s gives %s" % (rnd(STD[k], D("0.0001")),
                                                                    rnd(NORM[k][j], D(s))))

# ranges of the raw vectors
for k, sub, r in [("Hello", '"Hello": [0.1, 0.3', "1.0"), (",", '","    : [0.0, 0.1', "0.5"),
                  ("how", '" how" : [0.5, -0.3', "0.9")]:
    chk("range_" + k, line_of(sub), r, max(X[k]) - min(X[k]), rg=max(X[k]) - min(X[k]), explicit=True)
# normalised vectors at two decimals and their ranges ("Range: ~" = max - min of the printed list)
for k, sub, r in [("Hello", '"Hello": [-0.41', "2.75"), (",", '","    : [-0.48', "2.88"),
                  ("how", '" how" : [0.67', "2.94")]:
    L = line_of(sub)
    ps = nums(L)
    rowL = line_of(ROWTAG[k])
    for j, s in enumerate(ps):
        chk("n2_%s%d" % (k, j), L, s, NORM[k][j], rg=iv(nums(rowL)[j]), up=("row_%s%d" % (k, j),))
    prg = max(D(v) for v in ps) - min(D(v) for v in ps)
    chk("nrange_" + k, L, r, max(NORM[k]) - min(NORM[k]), rg=prg,
        up=tuple("n2_%s%d" % (k, j) for j in range(4)), explicit=True,
        why="range of the printed list is %s - (%s) = %s (true range %s)" % (
            max(ps, key=D), min(ps, key=D), prg, rnd(max(NORM[k]) - min(NORM[k]), D(r))))
# seesaw
L = line_of("unbalanced = [5, 6, 7, 8]")
chk("seesaw_mean", L, "6.5", D(26) / 4, rg=D(26) / 4, explicit=True)
L = line_of("balanced = [-1.5, -0.5, 0.5, 1.5]")
for j, s in enumerate(nums(L)):
    chk("bal%d" % j, L, s, D(5 + j) - D("6.5"), up=("seesaw_mean",))
chk("bal_mean", L, "0", 0, rg=0, up=tuple("bal%d" % j for j in range(4)), explicit=True)

# Variance vs standard deviation
chk("var_r2", line_of("variance = 0.1325", 1), "0.1325", vh, up=("var",))
L = line_of("standard_deviation = √0.1325 = 0.364")
chk("std_r2", L, "0.364", sh, rg=D("0.1325").sqrt(), up=("var_r2",), explicit=True)
L = line_of("0.364² = 0.1325")
chk("sq_check", L, "0.1325", vh, rg=span(lambda a: a * a, iv("0.364")), up=("std_r2",), explicit=True)
L = line_of("√0.1325 = 0.364 ✅")
chk("sqrt_check", L, "0.364", sh, rg=D("0.1325").sqrt(), up=("var_r2",), explicit=True)
chk("var_r3", line_of("variance = 0.1325", 2), "0.1325", vh, up=("var",))
L = line_of("= √(0.1325 + 0.00001) = 0.364")
chk("std_eps", L, "0.364", (vh + EPS).sqrt(), rg=(D("0.1325") + EPS).sqrt(), up=("var_r3",), explicit=True)

# Expected Output
L = line_of("Original means per token: tensor([")
for j, (k, s) in enumerate(zip(X, nums(L))):
    chk("om_" + k, L, s, MEAN[k])
L = line_of("Original stds per token: tensor([")
for j, (k, s) in enumerate(zip(X, nums(L))):
    chk("os_" + k, L, s, STD[k], rg=iv(PSTD[k]), up=("s_" + k,),
        why="std of %r is %s (population, the page's definition)" % (k, rnd(STD[k], D("0.0001"))))
OSTD = dict(zip(X, nums(line_of("Original stds per token: tensor(["))))
L0 = line_of("After manual layer norm:") + 1
for i, k in enumerate(X):
    L = L0 + i
    ps = nums(L if i else L, None) if i else nums(L, "tensor([")
    for j, s in enumerate(ps):
        m = MEAN[k]
        rg = span(lambda c: (X[k][j] - m) / c, iv(PSTD[k]))
        chk("mln_%s%d" % (k, j), L, s, NORME[k][j], rg=rg, up=("os_" + k,),
            why="(x - mean) / sqrt(var + 1e-5) = %s" % rnd(NORME[k][j], D(s)))
L = line_of("New means per token:")
for j, s in enumerate(nums(L)):
    chk("nm%d" % j, L, s, 0)
L = line_of("New stds per token:")
for j, s in enumerate(nums(L)):
    k = list(X)[j]
    pm_ = sum(NORME[k]) / 4
    chk("ns%d" % j, L, s, (sum((v - pm_) ** 2 for v in NORME[k]) / 4).sqrt())
chk("bd_mean", line_of("Mean: 0.250"), "0.250", mh)
chk("bd_var", line_of("Variance: 0.132"), "0.132", vh)
chk("bd_std", line_of("Standard deviation: 0.364"), "0.364", sh)
L = line_of("Normalized 'Hello': tensor([")
for j, s in enumerate(nums(L, "tensor(")):
    chk("bdn%d" % j, L, s, NORM["Hello"][j], rg=span(lambda c: (H[j] - mh) / c, iv(PSTD["Hello"])),
        up=("bd_mean", "bd_std"), why="(x - 0.25) / sqrt(0.1325) = %s" % rnd(NORM["Hello"][j], D(s)))
chk("bd_nmean", line_of("Normalized mean: 0.000000"), "0.000000", 0)
chk("bd_nstd", line_of("Normalized std: 1.000000"), "1.000000", 1)

LN = {k: line_of(sub) for k, sub in TOK}
LR = {k: line_of(ROWTAG[k]) for k in X}
NOTES = (
    "LayerNorm worked by hand for one token, then claimed for five more. The Hello token (lines %d-%d) is right. The "
    "standard deviations of the other five tokens (lines %d-%d) are all wrong (0.208, 0.374, 0.424, 0.424, 0.245 for "
    "0.187, 0.350, 0.394, 0.402, 0.224; they are not the unbiased stds either: 0.216, 0.404, 0.455, 0.465, 0.258), "
    "first; every normalised entry computed from them (lines %d-%d, %d-%d, the manual-layer-norm rows %d-%d) and "
    "the restated 4-digit stds (line %d) are wrong, propagated, except the zero entries and -0.13 (line %d, one "
    "unit from the true -0.14); the ' you' row of the manual output (line %d) also has 1.3540 and -1.0003, which "
    "do not follow even from its wrong std 0.4240 (1.3561, -1.0024): first. 'Range: ~2.88' and '~2.94' (lines "
    "%d-%d) are not even the ranges of the lists printed beside them (2.40, 2.41): first. Page convention: "
    "population variance (divide by 4), followed; the page's own PyTorch code (not kept in the excerpt) prints "
    "`embeddings.std()` and `normalized.std()`, which in PyTorch default to the unbiased estimator (would print "
    "0.4203 ... and 1.1547); judged by the page's stated definition instead, so 'New stds per token: 1.0000' (line "
    "%d) and 'Normalized std: 1.000000' (line %d) are right - close calls. Close call, judged right: the "
    "Hello row of the manual output (line %d) and 'Normalized 'Hello'' (line %d) print -0.4124, 0.1375, -1.2371, "
    "1.5120 where the exact values are -0.4121, 0.1374, -1.2362, 1.5110 (with eps 1e-5 the same at 4 decimals); "
    "they are what a std of 0.36376 gives, which lies within half a unit of the printed std 0.364 (lines %d, %d), "
    "so by the rule they follow from a printed correct operand and are right - although they do not follow from "
    "the 4-digit 0.3640 printed in the same output (line %d). The same allowance (any printed value of a std, taken "
    "within half a unit of its last digit) decides propagated versus first for the other rows. "
    "'Variance: 0.132' (line %d) is 0.1325 rounded down (one unit "
    "from the half-up 0.133): right. Lines %d-%d (Layers 5, 10, 15 'Still normalized') are illustrative vectors not "
    "computed from anything printed and are in neither list." % (
        line_of("= 1.0 / 4"), line_of("new_std = "), LN[","], LN["?"], LR[","], LR["?"],
        line_of('","    : [-0.48'), line_of('" how" : [0.67'), line_of("After manual layer norm:") + 2,
        line_of("After manual layer norm:") + 6, line_of("Original stds per token"), line_of('" how" : [0.67'),
        line_of("After manual layer norm:") + 5, line_of('","    : [-0.48'), line_of('" how" : [0.67'),
        line_of("New stds per token"), line_of("Normalized std: 1.000000"), line_of("After manual layer norm:") + 1,
        line_of("Normalized 'Hello': tensor"), LN["Hello"], line_of("Standard deviation: 0.364"),
        line_of("Original stds per token"), line_of("Variance: 0.132"),
        line_of("Layer 5:  [0.23"), line_of("Layer 15: [0.88")))

if __name__ == "__main__":
    main()
