#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of Luis de Cunto's
"Transformer Solutions - Modules 9-10" (luisdecunto/ml-roadmap, guides/solutions/transformer_solutions.md):
attention by hand (dot products, softmax, weighted sums), scaling by sqrt(d_k), causal-masked softmax, head sizes,
parameter counts, sinusoidal positional encodings, a LayerNorm mean/variance, and the full-Transformer parameter
count with its percentage split.

Plain Python (decimal at 60 digits); does not import nnwalk.

Page convention (followed): softmax(QK^T / sqrt(d_k)) V; PE(pos, 2i) = sin(pos / 10000^(2i/d_model)),
PE(pos, 2i+1) = cos(...); population variance; parameter counts as the page itemises them (the decoder layer is
"encoder layer + one cross-attention MHA", no extra LayerNorm).

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
SOURCE = ("https://github.com/luisdecunto/ml-roadmap/blob/936f946dbc6cce6c68aa7836ea4ab314871dfe9b/"
          "guides/solutions/transformer_solutions.md")
LICENSE = ("none (no LICENSE file in the repository); doc.md is an excerpt of only the worked solutions and their "
           "printed numbers, line for line with their Markdown and code fences; see SOURCE.md")
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
    """rule (b): p within one unit of its last digit of x"""
    return abs(D(p) - D(x)) <= unit(p)


def iv(s, exact=False):
    d = D(s)
    if exact:
        return (d, d)
    h = unit(s) / 2
    return (d - h, d + h)


def span(f, *ops):
    vals = [f(*c) for c in itertools.product(*ops)]
    return (min(vals), max(vals))


def follows(p, rg, slack):
    lo, hi = rnd(rg[0], p), rnd(rg[1], p)
    u = unit(p) * slack
    return lo - u <= D(p) <= hi + u


def exp(x):
    x = D(x)
    s, t, n = D(1), D(1), 1
    while True:
        t = t * x / n
        if abs(t) < D("1e-50"):
            return s + t
        s += t
        n += 1


def softmax(xs):
    es = [exp(x) for x in xs]
    s = sum(es)
    return [e / s for e in es]


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, rg=None, up=(), explicit=False, why=""):
    """explicit: p is printed as the result of an expression of numbers printed on the line (rule a) - it must be
    the expression redone from them, rounded at p's digits.  Otherwise rule (b)/(c)."""
    assert printed in DOC[line - 1], (cid, line, printed, DOC[line - 1])
    p = D(printed)
    upbad = any(STATUS[u] == "wrong" for u in up)
    if rg is not None and not isinstance(rg, tuple):
        rg = (D(rg), D(rg))
    fol = rg is not None and follows(p, rg, 0 if explicit else 1)
    if explicit and not fol:
        st, kind = "wrong", "first"
    elif near(p, true) and not (upbad and rg is None):
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
            print("            %-12s printed %-10s true %.10g%s -> %s%s" % (
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
    print("\nwrong lines (%d): first %d, propagated %d" % (
        len(wrong), sum(w["kind"] == "first" for w in wrong), sum(w["kind"] == "propagated" for w in wrong)),
        [(w["line"], w["kind"]) for w in wrong])
    print("right lines (%d):" % len(right), right)
    if "--write-expected" in sys.argv:
        exp_ = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
                "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp_, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")



def sin(x):
    x = D(x)
    s, t, n = x, x, 1
    while abs(t) > D("1e-50"):
        t = -t * x * x / ((n + 1) * (n + 2))
        s += t
        n += 2
    return s


def cos(x):
    x = D(x)
    s, t, n = D(1), D(1), 0
    while abs(t) > D("1e-50"):
        t = -t * x * x / ((n + 1) * (n + 2))
        s += t
        n += 2
    return s


def intline(cid, sub, printed, true, explicit=True, up=()):
    """an integer (possibly comma-grouped) result on the line containing sub"""
    L = line_of(sub)
    assert printed in DOC[L - 1], (sub, printed)
    v = D(printed.replace(",", ""))
    ok = (v == D(true))
    upbad = any(STATUS[u] == "wrong" for u in up)
    st = "right" if ok and not upbad else "wrong"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=L, printed=printed, true=D(true), rg=None, status=st,
                       kind=None if st == "right" else ("propagated" if upbad and ok else "first"),
                       why="", correct=str(true)))


E1 = exp(1)

# ---------------- Solution 1.1 ----------------
for k, sub in enumerate(["s_1 = [1,0,1] · [1,1,0] = 1×1 + 0×1 + 1×0 = 1", "s_2 = [1,0,1] · [0,1,1] = 1×0 + 0×1 + 1×1 = 1",
                         "s_3 = [1,0,1] · [1,0,0] = 1×1 + 0×0 + 1×0 = 1"]):
    intline("s%d" % k, sub, "1", 1)
intline("scores11", "Scores: [1, 1, 1]", "1", 1)
L = line_of("exp(scores) = [e^1, e^1, e^1] = [2.718, 2.718, 2.718]")
chk("e1", L, "2.718", E1, rg=E1, explicit=True)
L = line_of("sum = 3 × 2.718 = 8.154")
chk("sum11", L, "8.154", 3 * E1, rg=3 * D("2.718"), up=("e1",), explicit=True)
L = line_of("α = softmax([1, 1, 1]) = [2.718/8.154")
chk("e1_r", L, "2.718", E1, up=("e1",))
chk("sum11_r", L, "8.154", 3 * E1, up=("sum11",))
L = line_of("  = [0.333, 0.333, 0.333]")
chk("a11", L, "0.333", D(1) / 3, rg=D("2.718") / D("8.154"), up=("e1_r", "sum11_r"), explicit=True)
L = line_of("output = 0.333×[2,0] + 0.333×[0,2] + 0.333×[1,1]")
chk("a11_r", L, "0.333", D(1) / 3, up=("a11",))
L = line_of("= [0.666, 0] + [0, 0.666] + [0.333, 0.333]")
chk("p1", L, "0.666", D(2) / 3, rg=D("0.333") * 2, up=("a11_r",), explicit=True)
chk("p3", L, "0.333", D(1) / 3, rg=D("0.333"), up=("a11_r",), explicit=True)
L = line_of("= [0.999, 0.999]")
chk("o11", L, "0.999", D(1), rg=D("0.666") + D("0.333"), up=("p1", "p3"), explicit=True)
L = line_of("≈ [1, 1]")
chk("o11b", L, "1", D(1))

# ---------------- Solution 1.2 ----------------
W12 = softmax([D("0.9"), D("0.2"), D("0.1")])
L = line_of("≈ [0.72, 0.15, 0.13]")
for j, s in enumerate(["0.72", "0.15", "0.13"]):
    chk("w12_%d" % j, L, s, W12[j], why="softmax([0.9, 0.2, 0.1]) = [0.5142, 0.2553, 0.2305]")
L = line_of("output = 0.72×def_cat + 0.15×def_dog + 0.13×def_bird")
for j, s in enumerate(["0.72", "0.15", "0.13"]):
    chk("w12_%d_r" % j, L, s, W12[j], up=("w12_%d" % j,))

# ---------------- Solution 1.3 ----------------
intline("d13a", "Score with \"The\": [0,1] · [1,0] = 0", "0", 0)
intline("d13b", "Score with \"cat\": [0,1] · [0,1] = 1", "1", 1)
intline("d13c", "Score with \"sat\": [0,1] · [1,1] = 1", "1", 1)
intline("sc13", "Scores: [0, 1, 1]", "1", 1)
W13 = softmax([0, 1, 1])
L = line_of("Softmax: [0.12, 0.44, 0.44]")
for j, s in enumerate(["0.12", "0.44", "0.44"]):
    chk("w13_%d" % j, L, s, W13[j], why="softmax([0, 1, 1]) = [0.1554, 0.4223, 0.4223]")
chk("w13_1p", line_of("**Itself (\"cat\")**: 44%"), "44", W13[1] * 100, up=("w13_1",))
chk("w13_2p", line_of("**\"sat\"**: 44%"), "44", W13[2] * 100, up=("w13_2",))
chk("w13_0p", line_of("**\"The\"**: 12%"), "12", W13[0] * 100, up=("w13_0",))

# ---------------- Solution 2.1 ----------------
chk("sd64", line_of("std dev = √64 = 8"), "8", 8, rg=D(8), explicit=True)
W20 = softmax([20, 19, 18])
L = line_of("softmax([20, 19, 18]) ≈ [0.999, 0.0009, 0.0001]")
for j, s in enumerate(["0.999", "0.0009", "0.0001"]):
    chk("w20_%d" % j, L, s, W20[j], why="softmax([20, 19, 18]) = [0.6652, 0.2447, 0.0900] (only differences matter)")
L = line_of("Scaled scores: [20/8, 19/8, 18/8] = [2.5, 2.375, 2.25]")
for j, (s, v) in enumerate([("2.5", 20), ("2.375", 19), ("2.25", 18)]):
    chk("ss%d" % j, L, s, D(v) / 8, rg=D(v) / 8, explicit=True)
W25 = softmax([D("2.5"), D("2.375"), D("2.25")])
L = line_of("softmax([2.5, 2.375, 2.25]) ≈ [0.43, 0.32, 0.25]")
for j, s in enumerate(["0.43", "0.32", "0.25"]):
    chk("w25_%d" % j, L, s, W25[j], why="softmax([2.5, 2.375, 2.25]) = [0.3758, 0.3316, 0.2926]")

# ---------------- Solution 2.2 ----------------
chk("inv4", line_of("**Step 2: Scale by 1/√d_k = 1/√4 = 0.5**"), "0.5", D("0.5"), rg=D("0.5"), explicit=True)

# ---------------- Solution 2.3 ----------------
rows = [[2], [1, 2], [3, 1, 2], [2, 2, 1, 3]]
pr = [["1.0", "0", "0", "0"], ["0.4", "0.6", "0", "0"], ["0.5", "0.1", "0.4", "0"], ["0.2", "0.3", "0.1", "0.4"]]
subs = ["# [[1.0, 0,   0,   0  ],", "#  [0.4, 0.6, 0,   0  ],", "#  [0.5, 0.1, 0.4, 0  ],",
        "#  [0.2, 0.3, 0.1, 0.4]]"]
for i in range(4):
    sm = softmax(rows[i]) + [D(0)] * (4 - len(rows[i]))
    L = line_of(subs[i])
    for j in range(len(rows[i])):
        chk("cm%d%d" % (i, j), L, pr[i][j], sm[j], why="softmax of masked row %s = [%s]" % (
            rows[i], ", ".join("%.4f" % x for x in sm[:len(rows[i])])))

# ---------------- Solution 3.1 ----------------
chk("dk", line_of("d_k = d_v = d_model / h = 512 / 8 = 64"), "64", 64, rg=D(64), explicit=True)
intline("cat", "Concatenate: (batch, seq, 8×64) = (batch, seq, 512)", "512", 512)

# ---------------- Solution 3.3 ----------------
for nm in ["W_Q", "W_K", "W_V", "W_O"]:
    intline("p33_" + nm, "- %s: 512 × 512 = 262,144" % nm, "262,144", 512 * 512)
intline("sub33", "- Subtotal: 786,432", "786,432", 3 * 512 * 512)
intline("tot33", "- **1,048,576 parameters** (≈ 1M)", "1,048,576", 4 * 512 * 512)
chk("tot33m", line_of("- **1,048,576 parameters** (≈ 1M)"), "1", D(4 * 512 * 512) / 10 ** 6)
intline("bias33", "(usually small: 4×512 = 2,048 more)", "2,048", 4 * 512)
for nm in ["W_Q", "W_K", "W_V", "W_O"]:
    intline("pb33_" + nm, "%s: 512×512 + 512 = 262,656" % nm, "262,656", 512 * 512 + 512)
intline("totb33", "Total: 1,050,624 parameters", "1,050,624", 4 * (512 * 512 + 512))

# ---------------- Solution 4.2 ----------------
for sub in ["PE(0, 0) = sin(0 / 10000^(0/4)) = sin(0) = 0", "PE(0, 2) = sin(0 / 10000^(2/4)) = sin(0) = 0"]:
    intline("pe0" + sub[3], sub, "0", 0)
for sub in ["PE(0, 1) = cos(0 / 10000^(0/4)) = cos(0) = 1", "PE(0, 3) = cos(0 / 10000^(2/4)) = cos(0) = 1"]:
    intline("pe0" + sub[3], sub, "1", 1)
intline("pe0v", "PE(0) = [0, 1, 0, 1]", "1", 1)
one, two = D(1), D(2)
PE1 = [sin(one), cos(one), sin(one / 100), cos(one / 100)]
PE2 = [sin(two), cos(two), sin(two / 100), cos(two / 100)]
for j, (sub, s) in enumerate([("sin(1) ≈ 0.841", "0.841"), ("cos(1) ≈ 0.540", "0.540"),
                              ("sin(0.01) ≈ 0.01", "0.01"), ("cos(0.01) ≈ 0.9999", "0.9999")]):
    chk("pe1_%d" % j, line_of(sub), s, PE1[j], rg=PE1[j], explicit=True,
        why="cos(0.01) = 0.99995000 rounds to 1.0000 at four decimals (0.9999 is truncated)")
L = line_of("PE(1) ≈ [0.841, 0.540, 0.01, 0.9999]")
for j, s in enumerate(["0.841", "0.540", "0.01", "0.9999"]):
    chk("pe1_%d_r" % j, L, s, PE1[j], up=("pe1_%d" % j,))
for j, (sub, s) in enumerate([("sin(2) ≈ 0.909", "0.909"), ("cos(2) ≈ -0.416", "-0.416"),
                              ("sin(0.02) ≈ 0.02", "0.02"), ("cos(0.02) ≈ 0.9998", "0.9998")]):
    chk("pe2_%d" % j, line_of(sub), s, PE2[j], rg=PE2[j], explicit=True)
L = line_of("PE(2) ≈ [0.909, -0.416, 0.02, 0.9998]")
for j, s in enumerate(["0.909", "-0.416", "0.02", "0.9998"]):
    chk("pe2_%d_r" % j, L, s, PE2[j], up=("pe2_%d" % j,))

# ---------------- Solution 5.2 ----------------
chk("ln_mean", line_of("# mean[0, 0] = (1+2+3+4)/4 = 2.5"), "2.5", D("2.5"), rg=D(10) / 4, explicit=True)
L = line_of("#           = (2.25 + 0.25 + 0.25 + 2.25) / 4 = 1.25")
for j, s in enumerate(["2.25", "0.25"]):
    chk("ln_sq%d" % j, L, s, D(s), rg=D(s))
chk("ln_var", L, "1.25", D("1.25"), rg=(D("2.25") * 2 + D("0.25") * 2) / 4, explicit=True)

# ---------------- Solution 5.3 ----------------
intline("w1", "W_1: 512 × 2048 = 1,048,576", "1,048,576", 512 * 2048)
intline("w2", "W_2: 2048 × 512 = 1,048,576", "1,048,576", 2048 * 512)
for k, sub in enumerate(["W_1: 512 × 2048 = 1,048,576", "W_2: 2048 × 512 = 1,048,576"]):
    L = [i + 1 for i, t in enumerate(DOC) if sub in t][1]
    CHECKS.append(dict(id="w64_%d" % k, line=L, printed="1,048,576", true=D(1048576), rg=None, status="right",
                       kind=None, why="", correct="1048576"))
L = line_of("Total: 2,097,152 + 2,560 ≈ 2.1M parameters")
intline("ffn_a", "Total: 2,097,152 + 2,560", "2,097,152", 2 * 512 * 2048)
intline("ffn_b", "Total: 2,097,152 + 2,560", "2,560", 2048 + 512)
chk("ffn_m", L, "2.1", D(2 * 512 * 2048 + 2560) / 10 ** 6, rg=D(2097152 + 2560) / 10 ** 6, explicit=True)
chk("mha_c", line_of("- Multi-head attention: ~1M params"), "1", D(4 * 512 * 512) / 10 ** 6)
chk("ffn_c", line_of("- FFN: ~2.1M params"), "2.1", D(2099712) / 10 ** 6)

# ---------------- Solution 6.4 ----------------
MHA = 4 * 512 * 512
FFN = 2 * 512 * 2048 + 2048 + 512
LN = 2 * 1024
ENC = MHA + FFN + LN
DEC = ENC + MHA
EMB = 30000 * 512
L0 = line_of("### Solution 6.4: Parameter Count")
for nm in ["W_Q", "W_K", "W_V", "W_O"]:
    L = [i + 1 for i, t in enumerate(DOC) if ("%s: 512 × 512 = 262,144" % nm) in t and i + 1 > L0][0]
    CHECKS.append(dict(id="p64_" + nm, line=L, printed="262,144", true=D(262144), rg=None, status="right",
                       kind=None, why="", correct="262144"))
    STATUS["p64_" + nm] = "right"
intline("mha64", "Total MHA: 1,048,576 parameters", "1,048,576", MHA)
intline("ffn64", "Total FFN: 2,099,712 parameters", "2,099,712", FFN)
intline("ln1", "LN1: γ (512) + β (512) = 1,024", "1,024", 1024)
intline("ln2", "LN2: γ (512) + β (512) = 1,024", "1,024", 1024)
intline("lnt", "Total LN: 2,048 parameters", "2,048", LN)
intline("enc", "1,048,576 + 2,099,712 + 2,048 = **3,150,336 parameters**", "3,150,336", ENC)
intline("enc6", "6 × 3,150,336 = **18,902,016 parameters**", "18,902,016", 6 * ENC)
chk("enc6m", line_of("6 × 3,150,336 = **18,902,016 parameters**"), "18.9", D(6 * ENC) / 10 ** 6,
    rg=D(18902016) / 10 ** 6, explicit=True)
intline("cross", "Cross-attention MHA: 1,048,576", "1,048,576", MHA)
intline("dec", "Total per decoder layer: 3,150,336 + 1,048,576 = 4,198,912", "4,198,912", DEC)
intline("dec6", "6 × 4,198,912 = **25,193,472 parameters**", "25,193,472", 6 * DEC)
chk("dec6m", line_of("6 × 4,198,912 = **25,193,472 parameters**"), "25.2", D(6 * DEC) / 10 ** 6,
    rg=D(25193472) / 10 ** 6, explicit=True)
intline("emb", "(e.g., 30,000 × 512 = 15,360,000)", "15,360,000", EMB)
intline("outp", "(e.g., 512 × 30,000 = 15,360,000)", "15,360,000", EMB)
chk("encM", line_of("- Encoder: 18.9M"), "18.9", D(6 * ENC) / 10 ** 6, up=("enc6m",))
chk("decM", line_of("- Decoder: 25.2M"), "25.2", D(6 * DEC) / 10 ** 6, up=("dec6m",))
L = line_of("- Embeddings: ~15.4M (input) + ~15.4M (output) = 30.8M")
chk("embin", L, "15.4", D(EMB) / 10 ** 6, rg=D(EMB) / 10 ** 6)
chk("embsum", L, "30.8", D(2 * EMB) / 10 ** 6, rg=D("15.4") * 2, up=("embin",), explicit=True)
TOT = 6 * ENC + 6 * DEC + 2 * EMB
chk("grand", line_of("- **Grand Total: ≈ 75M parameters**"), "75", D(TOT) / 10 ** 6,
    rg=D("18.9") + D("25.2") + D("30.8"), up=("encM", "decM", "embsum"))
FFN_ALL = 12 * FFN
ATT_ALL = 18 * MHA
chk("pct_emb", line_of("- Embeddings: ~41%"), "41", D(2 * EMB) * 100 / TOT)
chk("pct_ffn", line_of("- FFN: ~47%"), "47", D(FFN_ALL) * 100 / TOT,
    why="FFN = 12 layers x 2,099,712 = 25,196,544 of 74,815,488 = 33.7%")
chk("pct_att", line_of("- Attention: ~12%"), "12", D(ATT_ALL) * 100 / TOT,
    why="attention = 18 MHA blocks (6 encoder self, 6 decoder self, 6 cross) x 1,048,576 = 18,874,368 = 25.2%")

NOTES = (
    "Excerpt of an English solutions sheet on attention and Transformers. Wrong softmax results (first): "
    "softmax([0.9, 0.2, 0.1]) printed [0.72, 0.15, 0.13] (true [0.514, 0.255, 0.231]); softmax([0, 1, 1]) printed "
    "[0.12, 0.44, 0.44] (true [0.155, 0.422, 0.422]); softmax([20, 19, 18]) printed [0.999, 0.0009, 0.0001] (true "
    "[0.665, 0.245, 0.090] - softmax depends only on differences); softmax([2.5, 2.375, 2.25]) printed [0.43, 0.32, "
    "0.25] (true [0.376, 0.332, 0.293]); three of the four causal-masked rows in Solution 2.3 (rows [1, 2], [3, 1, 2], "
    "[2, 2, 1, 3] give [0.27, 0.73], [0.67, 0.09, 0.24], [0.20, 0.20, 0.07, 0.53]; the '# e.g.' scores are printed, "
    "so the weights are judged). Restated (propagated): the 0.72/0.15/0.13 output line and the 44%/44%/12% bullets. "
    "The parameter split '~47% FFN, ~12% attention' does not follow from the page's own counts (33.7% and 25.2%; "
    "embeddings 41.1% is right). Close calls: cos(0.01) = 0.99995000 printed 0.9999 (truncated; rounds to 1.0000) "
    "is marked wrong under rule (a), and its restatement in PE(1) is marked propagated; the 1.1 output [0.999, 0.999] "
    "follows from the printed 0.666 + 0.333 (true [1, 1]) and is right; '30.8M' follows from the printed 15.4M + "
    "15.4M (true 30.72M) and is right; '≈ 75M' is right (74.8M). Not judged: the illustrative attention-visualisation "
    "and cross-attention tables (not in the excerpt), '8.5 (typical value)' and the '2.25, 0.25' squares are "
    "checked as part of the 1.25 line.")

if __name__ == "__main__":
    main()
