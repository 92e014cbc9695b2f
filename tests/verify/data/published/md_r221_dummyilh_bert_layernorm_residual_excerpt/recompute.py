#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt (equations, numbers, headings
and code lines only, at their original line numbers) of "Chapter 7 - Residual Connections & Layer Normalization"
(NLP/BERT/7: Residual Connections & Layer Normalization.md) of github.com/dummy-ilh/MINE.

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Computed numbers kept in the excerpt:
  * the table of section 1.1: the fraction of gradient surviving n layers at a local gradient g, i.e. 100 * g^n %,
    for g in 0.9, 0.7, 0.5 and n in 1, 3, 6, 12, 24 (printed without working: rule b);
  * the worked example of section 4: residual 2 = a + FFN(a) (a and FFN(a) are givens), then LayerNorm with
    gamma = 1, beta = 0, eps dropped (as the page does): mean, deviations, squared deviations, variance, sigma,
    normalized values, and the restated final block output.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers (a rounded operand anywhere within half a unit of its last digit, a given exact) rounds to p;
  (b) a value printed without working, or restated, is right within one unit of the true value, or when it follows
      from printed correct operands (again with the half-unit slack on rounded operands);
  (c) a restated or recomputed consequence of a wrong value is wrong, propagated.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import re
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/dummy-ilh/MINE/blob/3332aec2fe3a5e31074d70e9f1a0fbba16683880/NLP/BERT/"
          "7%3A%20Residual%20Connections%20%26%20Layer%20Normalization.md")
LICENSE = ("none (no LICENSE file in the repository); doc.md is an excerpt: headings, separators, the section-1.1 "
           "table, the LayerNorm formula, two step labels and the digit-bearing lines of code blocks, each "
           "byte-identical at its original line number; every other line (prose) is blank")

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


def half(p):
    """interval of a rounded printed value: within half a unit of its last digit."""
    p = D(p)
    return p - unit(p) / 2, p + unit(p) / 2


CHECKS, STATUS = [], {}


def chk(cid, line, printed, true, rng=None, same_line=False, up=(), why=""):
    """same_line: the line prints the working (rule a): p must be a rounding of some value in rng.
    otherwise rule (b): p within one unit of the true value, or reachable from printed operands (rng)."""
    assert printed in DOC[line - 1], (cid, line, printed, DOC[line - 1])
    p = D(printed)
    up_bad = any(STATUS.get(u) == "wrong" for u in up)
    reach = rng is not None and rnd(min(rng), p) <= p <= rnd(max(rng), p)
    if same_line:
        ok = reach
    else:
        ok = near(p, true) or reach
    status = "right" if ok else "wrong"
    kind = None if ok else ("propagated" if up_bad else "first")
    if ok and up_bad and not near(p, true):
        status, kind = "wrong", "propagated"
    STATUS[cid] = status
    CHECKS.append({"id": cid, "line": line, "printed": printed, "true": D(true), "status": status, "kind": kind,
                   "why": why, "correct": str(rnd(true, p))})
    return status


def report():
    wrong, right = [], []
    for n in sorted({c["line"] for c in CHECKS}):
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:100]))
        for c in cs:
            print("            %-10s printed %-12s true %-24s -> %s%s" % (
                c["id"], c["printed"], "%.12g" % c["true"], c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(c["correct"] for c in bad),
                          "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(dict.fromkeys(c["why"] or "computed from a wrong value" for c in bad))})
        else:
            right.append(n)
    return wrong, right


# ---------------------------------------------------------------- section 1.1: surviving gradient table
hdr = line_of("| Depth (layers) | Local gradient 0.9")
bases = [D(b) for b in re.findall(r"Local gradient ([\d.]+)", DOC[hdr - 1])]
assert bases == [D("0.9"), D("0.7"), D("0.5")], bases
for depth_txt in ("| 1 |", "| 3 |", "| 6 |", "| 12 |", "| 24 (BERT"):
    n = line_of(depth_txt)
    row = DOC[n - 1]
    depth = int(re.match(r"\|\s*(\d+)", row).group(1))
    cells = re.findall(r"([\d.]+)%", row)
    assert len(cells) == 3, (n, cells)
    for g, p in zip(bases, cells):
        true = 100 * g ** depth
        chk("%s^%d" % (g, depth), n, p, true,
            why="%s^%d = %s, i.e. %s%% of the gradient survives" % (g, depth, "%.4g" % (g ** depth), "%.4g" % true))
        CHECKS[-1]["printed"] = p + "%"
        CHECKS[-1]["correct"] = "%s%% (%.3g%%)" % (rnd(true, p), true)

# ---------------------------------------------------------------- section 4: residual 2 + LayerNorm 2
A = [D(x) for x in re.findall(r"-?\d+\.\d+", DOC[line_of("a = [1.008") - 1])]
F = [D(x) for x in re.findall(r"-?\d+\.\d+", DOC[line_of("FFN(a) = [0.291") - 1])]
assert len(A) == 4 and len(F) == 4
V = [x + y for x, y in zip(A, F)]                       # exact: sums of givens

n = line_of("           = [1.299")
for j, p in enumerate(re.findall(r"-?\d+\.\d+", DOC[n - 1])):
    chk("v%d" % (j + 1), n, p, V[j], why="a%d + FFN(a)%d" % (j + 1, j + 1))
n = line_of("v2 = [1.299")
for j, p in enumerate(re.findall(r"-?\d+\.\d+", DOC[n - 1])):
    chk("v%dr" % (j + 1), n, p, V[j], up=("v%d" % (j + 1),), why="restates v2")

MU = sum(V) / 4
n = line_of("μ = (1.299 - 0.189 - 1.130 + 0.766) / 4")
chk("sumv", n, "0.746", sum(V), rng=(sum(V), sum(V)), same_line=True, why="1.299 - 0.189 - 1.130 + 0.766")
chk("mu", n, "0.187", MU, rng=(D("0.746") / 4, D("0.746") / 4), same_line=True,
    why="0.746 / 4 = 0.1865 (0.187 by half-up rounding)")

DEV = [v - MU for v in V]
n = line_of("deviations:         [")
pdev = re.findall(r"-?\d+\.\d+", DOC[n - 1])
for j, p in enumerate(pdev):
    lo, hi = half("0.187")
    chk("d%d" % (j + 1), n, p, DEV[j], rng=(V[j] - hi, V[j] - lo), up=("mu",), why="v%d - mu" % (j + 1))

SQ = [d * d for d in DEV]
n = line_of("squared deviations: [")
psq = re.findall(r"-?\d+\.\d+", DOC[n - 1])
for j, p in enumerate(psq):
    lo, hi = half(pdev[j].lstrip("-"))
    chk("s%d" % (j + 1), n, p, SQ[j], rng=(lo * lo, hi * hi), up=("d%d" % (j + 1),),
        why="(%s)^2 (true deviation %s)" % (pdev[j], DEV[j]))

VAR = sum(SQ) / 4
n = line_of("variance = (1.237+0.141+1.735+0.335) / 4")
ps = [D(x) for x in psq]
chk("sumsq", n, "3.448", sum(SQ), rng=(sum(ps), sum(ps)), same_line=True, why="1.237+0.141+1.735+0.335")
chk("var", n, "0.862", VAR, rng=(D("3.448") / 4, D("3.448") / 4), same_line=True, why="3.448 / 4")

SIG = VAR.sqrt()
n = line_of("σ = √0.862")
lo, hi = half("0.862")
chk("sigma", n, "0.929", SIG, rng=(lo.sqrt(), hi.sqrt()), same_line=True, up=("var",),
    why="sqrt(0.862) = 0.92844; 0.929 needs the operand at the top of its half-unit (sqrt(0.8625) = 0.92871)")

XH = [d / SIG for d in DEV]
pxh = []
for j, p_dev in enumerate(pdev):
    n = line_of("%s / 0.929 ≈" % p_dev)
    m = re.search(r"≈\s*(-?\d+\.\d+)", DOC[n - 1])
    p = m.group(1)
    pxh.append(p)
    dlo, dhi = half(p_dev)
    slo, shi = half("0.929")
    cands = [a / b for a in (dlo, dhi) for b in (slo, shi)]
    chk("xh%d" % (j + 1), n, p, XH[j], rng=(min(cands), max(cands)), same_line=True,
        up=("d%d" % (j + 1), "sigma"), why="%s / 0.929 = %s" % (p_dev, "%.6f" % (D(p_dev) / D("0.929"))))

n = line_of("[1.198, -0.405, -1.418, 0.623]")
for j, p in enumerate(re.findall(r"-?\d+\.\d+", DOC[n - 1])):
    assert p == pxh[j]
    chk("out%d" % (j + 1), n, p, XH[j], rng=(D(p), D(p)), up=("xh%d" % (j + 1),), why="restates x_hat")
n = line_of("After residual 2 + LN 2:")
for j, p in enumerate(re.findall(r"-?\d+\.\d+", DOC[n - 1])):
    chk("cmp%d" % (j + 1), n, p, XH[j], rng=(D(pxh[j]), D(pxh[j])), up=("xh%d" % (j + 1),), why="restates x_hat")

NOTES = (
    "Section 1.1 table: 100*g^n % for g = 0.9/0.7/0.5 and n = 1, 3, 6, 12, 24. Every cell is right (1.6% for "
    "0.5^6 = 1.5625% and 0.02% for 0.7^24 = 0.0192% within one unit) except 0.5^24 = 5.96e-8 = 0.00000596%, "
    "printed 0.0000006% (ten times too small; as a bare fraction, 6e-7, also ten times too large): line 25 wrong, "
    "first. Section 4: v2 = a + FFN(a) = [1.299, -0.189, -1.130, 0.766] exact; mean 0.746/4 = 0.1865, printed 0.187 "
    "(half-up). True deviations [1.1125, -0.3755, -1.3165, 0.5795], squares [1.23766, 0.14100, 1.73317, 0.33582], "
    "variance 0.861912, sigma 0.928392, x_hat [1.198308, -0.404463, -1.418043, 0.624197]. Close calls, all right: "
    "1.735 for (-1.317)^2 = 1.734489 (1.735 is reached with the rounded deviation inside its half unit, e.g. "
    "1.3172^2; true 1.73317); sigma = sqrt(0.862) = 0.92844 printed 0.929 (reached with the rounded variance at "
    "0.8625: 0.92871; also within one unit of the true 0.92839); 1.112/0.929 = 1.19699 printed 1.198 (reached with "
    "operands in their half units, max 1.19817; true 1.19831); 0.623 for the true 0.624197 (within one unit). "
    "Givens: a (said to come from a first residual + LayerNorm not shown), FFN(a), the block input, gamma = 1, "
    "beta = 0; eps is dropped. Prose lines with numbers (sections 1.1-1.2, 3.1, 6, 7, 8, e.g. 0.7^18 ~ 0.17%, "
    "sqrt(24)*0.5 ~ 2.45) are not in the excerpt and not judged.")


# Added by nnwalk's developer after the round was scored (not by the hold-out judge): sigma = sqrt(0.862) ~ 0.929 has
# two verdicts in this corpus. As judged here, 0.862 is a rounded variance (its squares are rounded), so 0.929 is in
# reach. By rule (a) as other folders judge it (blog_jekyll_toy_bp_en line 61, md_r135_castasint_dnn_practice_solutions
# line 128, md_r169_prazny_backprop_221_pl line 11 name such a line wrong), 0.862 is exactly 3.448 / 4, an exact result
# of its printed working, not a rounded one, and sqrt(0.862) = 0.92844 prints 0.928. A finding on this line is neither
# a false alarm nor recall.
UNJUDGED = {
    line_of("σ = √0.862 ≈ 0.929"): "sqrt(0.862) = 0.92844 printed 0.929: right with 0.862 taken as a rounded variance "
    "(as judged here), wrong with 0.862 as the exact 3.448 / 4 (rule (a), as other folders judge it)",
}


def main():
    wrong, right = report()
    right = [n for n in right if n not in UNJUDGED]
    unjudged = [{"line": n, "page": None, "why": w} for n, w in sorted(UNJUDGED.items())]
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "unjudged": unjudged, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


if __name__ == "__main__":
    main()
