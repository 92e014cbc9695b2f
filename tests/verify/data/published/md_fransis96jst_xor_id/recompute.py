#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an equations-only excerpt of
fransis96jst/backpropagation README.md (Indonesian: one backpropagation step of a 2-3-1 sigmoid network for XOR on
the pattern (1, 1) -> 0), plain-text math with Unicode (·, ≈, subscripts, σ) and Markdown tables.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (doc.md lines 3-19): input -> hidden weights (Tabel a) X1 -> (Z1, Z2, Z3) = (-0.3, 0.3, -0.3),
X2 -> (0.3, -0.2, 0.3), bias -> (-0.1, 0.3, -0.1); hidden -> output (Tabel b) v = (-0.1, 0.5, -0.3), bias 0.2;
alpha = 0.2; X1 = X2 = 1, target t = 0; sigmoid on every neuron. delta_Y = (t - Y) Y (1 - Y),
delta_Zj = delta_Y v_j Zj (1 - Zj) (old v), new weight = old + alpha delta (input) (the document's sign
convention: delta_Y carries (t - Y), so adding is gradient descent on E = 1/2 (t - Y)^2). True values are
computed exactly from the givens.

Judging rule (as in the other folders; p a printed number, u one unit in its last digit):
  near(p, X)  <=>  |p - round(X to p's digits)| <= u
  1. the line shows p as the result of an expression of printed operands and p is not near it -> wrong, first
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
SOURCE = ("https://github.com/fransis96jst/backpropagation/blob/"
          "c604e4310d54389a3b1146a6c0368c9302354028/README.md")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of only the author's weight tables, givens "
           "and calculation lines, line for line, prose, headings and images removed")
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


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, ops=None, up=(), method=False, why="", correct=None, explicit=True, exact=False):
    """Judge one printed number (rules in the module docstring)."""
    assert printed in DOC[line - 1], (line, printed)
    p = D(printed)
    if ops is None and up and explicit:
        ops = p  # a restated value: it carries the status of the value it copies (rules 3 and 5)
    # exact=True: the operands are printed on the line, so a reader redoing it gets one rounding and nothing else:
    # the strict own-arithmetic rule of the other folders (readme_simple_bp_en, tex_lmu_i2dl_xor, md_gmyhf_gfg_example_zh)
    ops_ok = ops is None or (p == rnd(ops, p) if exact else near(p, ops))
    if explicit and not ops_ok:
        st, kind = "wrong", "first"
    elif near(p, true):
        st, kind = "right", None
    elif any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", ("propagated" if ops_ok else "first")
    elif method:
        st, kind = "wrong", "first"
    elif ops is not None and near(p, ops):
        st, kind = "right", None
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), ops=None if ops is None else D(ops),
                       status=st, kind=kind, why=why, correct=correct if correct is not None else str(rnd(true, p))))


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:110]))
        for c in cs:
            extra = "" if c["ops"] is None else "  from printed operands %.10g" % c["ops"]
            print("            %-10s printed %-14s true %.10g%s -> %s%s" % (
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
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


# ---------------- exact values from the givens ----------------
x1 = x2 = D(1)
t = D(0)
alpha = D("0.2")
wz = {1: (D("-0.3"), D("0.3"), D("-0.1")), 2: (D("0.3"), D("-0.2"), D("0.3")), 3: (D("-0.3"), D("0.3"), D("-0.1"))}
v = {1: D("-0.1"), 2: D("0.5"), 3: D("-0.3")}
vb = D("0.2")
zin = {j: wz[j][0] * x1 + wz[j][1] * x2 + wz[j][2] for j in (1, 2, 3)}
Z = {j: sig(zin[j]) for j in (1, 2, 3)}
yin = sum(Z[j] * v[j] for j in (1, 2, 3)) + vb
Y = sig(yin)
dY = (t - Y) * Y * (1 - Y)
dZ = {j: dY * v[j] * Z[j] * (1 - Z[j]) for j in (1, 2, 3)}
vn = {j: v[j] + alpha * dY * Z[j] for j in (1, 2, 3)}
vbn = vb + alpha * dY
wn = {j: tuple(wz[j][i] + alpha * dZ[j] for i in range(3)) for j in (1, 2, 3)}  # all inputs are 1

# ---------------- forward pass ----------------
ln = line_of("= **-0.3 + 0.3 - 0.1 = -0.1**")
chk("z1in", ln, "-0.1", zin[1], ops=D("-0.3") + D("0.3") - D("0.1"))
ln = line_of("= 0.3 - 0.2 + 0.3 = **0.4**")
chk("z2in", ln, "0.4", zin[2], ops=D("0.3") - D("0.2") + D("0.3"))
ln = line_of("Z₃(in) =")
chk("z3in", ln, "-0.1", zin[3], ops=D("-0.3") + D("0.3") - D("0.1"))
ln = line_of("Z₁ = σ(-0.1) ≈ 0.4750")
chk("Z1", ln, "0.4750", Z[1], ops=sig("-0.1"), up=["z1in"])
ln = line_of("Z₂ = σ(0.4)  ≈ 0.5987")
chk("Z2", ln, "0.5987", Z[2], ops=sig("0.4"), up=["z2in"])
ln = line_of("Z₃ = σ(-0.1) ≈ 0.4750")
chk("Z3", ln, "0.4750", Z[3], ops=sig("-0.1"), up=["z3in"])
ln = line_of("= (0.4750)(-0.1) + (0.5987)(0.5)")
chk("Z1r", ln, "0.4750", Z[1], up=["Z1"])
chk("Z2r", ln, "0.5987", Z[2], up=["Z2"])
ln = line_of("= -0.0475 + 0.29935 - 0.1425 + 0.2")
chk("p1", ln, "-0.0475", Z[1] * v[1], ops=D("0.4750") * D("-0.1"), up=["Z1r"])
chk("p2", ln, "0.29935", Z[2] * v[2], ops=D("0.5987") * D("0.5"), up=["Z2r"])
chk("p3", ln, "0.1425", -Z[3] * v[3], ops=D("0.4750") * D("0.3"), up=["Z1r"])  # printed as "- 0.1425"
ln = line_of("= **0.30935**")
chk("yin", ln, "0.30935", yin, ops=D("-0.0475") + D("0.29935") - D("0.1425") + D("0.2"), up=["p1", "p2", "p3"])
ln = line_of("Y₁ = σ(0.30935) ≈ **0.5768**")
chk("yinr", ln, "0.30935", yin, up=["yin"])
chk("Y", ln, "0.5768", Y, ops=sig("0.30935"), up=["yinr"], exact=True,
    why="sigma(0.30935) = 0.576727 with 0.30935 as printed: 0.5767 at four decimals, printed 0.5768 (judged by the strict "
    "own-arithmetic rule after scoring: the one-unit rule let it pass, nnwalk named it)")
ln = line_of("≈ **0.577** (padahal")
chk("Yr", ln, "0.577", Y, up=["Y"])

# ---------------- output delta ----------------
ln = line_of("= (0 - 0.5768) · 0.5768 · (1 - 0.5768)")
chk("Yr2", ln, "0.5768", Y, up=["Y"])
ln = line_of("= (-0.5768) · 0.5768 · 0.4232 ≈ **-0.1407**")
chk("omY", ln, "0.4232", 1 - Y, ops=1 - D("0.5768"), up=["Y"])
chk("dY", ln, "-0.1407", dY, ops=D("-0.5768") * D("0.5768") * D("0.4232"), up=["Y", "omY"], exact=True,
    why="(-0.5768)(0.5768)(0.4232) = -0.140798: -0.1408 at four decimals, printed -0.1407 (judged by the strict "
    "own-arithmetic rule after scoring)")

# ---------------- hidden deltas ----------------
ln = line_of("δ_Z₁ = -0.1407")
chk("q1", ln, "0.01407", dY * v[1], ops=D("-0.1407") * D("-0.1"), up=["dY"])
chk("om1", ln, "0.5250", 1 - Z[1], ops=1 - D("0.4750"), up=["Z1"])
chk("dZ1", ln, "0.00351", dZ[1], ops=D("0.01407") * D("0.4750") * D("0.5250"), up=["q1", "om1"])
ln = line_of("δ_Z₂ = -0.1407")
chk("q2", ln, "-0.07035", dY * v[2], ops=D("-0.1407") * D("0.5"), up=["dY"])
chk("om2", ln, "0.4013", 1 - Z[2], ops=1 - D("0.5987"), up=["Z2"])
chk("dZ2", ln, "-0.01690", dZ[2], ops=D("-0.07035") * D("0.5987") * D("0.4013"), up=["q2", "om2"])
ln = line_of("δ_Z₃ = -0.1407")
chk("q3", ln, "0.04221", dY * v[3], ops=D("-0.1407") * D("-0.3"), up=["dY"])
chk("om3", ln, "0.5250", 1 - Z[3], ops=1 - D("0.4750"), up=["Z3"])
chk("dZ3", ln, "0.01051", dZ[3], ops=D("0.04221") * D("0.4750") * D("0.5250"), up=["q3", "om3"],
    why="0.04221 x 0.4750 x 0.5250 = 0.010526, printed 0.01051 (true 0.01053)")

# ---------------- hidden -> output updates ----------------
# the steps are printed as subtracted magnitudes ("-0.1 - 0.01337"): the printed number is -(alpha delta_Y Zj)
for j, lab, old, step, new in ((1, "v₁ baru", "-0.1", "0.01337", "-0.1134"), (2, "v₂ baru", "0.5", "0.01685", "0.4832"),
                               (3, "v₃ baru", "-0.3", "0.01337", "-0.3134")):
    ln = line_of(lab)
    zp = {1: "0.4750", 2: "0.5987", 3: "0.4750"}[j]
    chk("sv%d" % j, ln, step, -alpha * dY * Z[j], ops=-(D("0.2") * D("-0.1407") * D(zp)), up=["dY"])
    chk("vn%d" % j, ln, new, vn[j], ops=D(old) - D(step), up=["sv%d" % j])
ln = line_of("bias baru = 0.2")
chk("svb", ln, "0.02814", -alpha * dY, ops=-(D("0.2") * D("-0.1407")), up=["dY"])
chk("vbn", ln, "0.1719", vbn, ops=D("0.2") - D("0.02814"), up=["svb"])

# ---------------- input -> hidden updates ----------------
ln = line_of("**Ke Z₁ (δ_Z₁ ≈ 0.00351):**")
chk("dZ1r", ln, "0.00351", dZ[1], up=["dZ1"])
ln = line_of("w(X₁→Z₁) =")
chk("dZ1r2", ln, "0.00351", dZ[1], up=["dZ1"])
chk("s1", ln, "0.000702", alpha * dZ[1], ops=D("0.2") * D("0.00351"), up=["dZ1r2"])
chk("w11", ln, "-0.2993", wn[1][0], ops=D("-0.3") + D("0.000702"), up=["s1"])
ln = line_of("w(X₂→Z₁) =")
chk("s1b", ln, "0.000702", alpha * dZ[1], up=["s1"])
chk("w21", ln, "0.3007", wn[1][1], ops=D("0.3") + D("0.000702"), up=["s1b"])
ln = line_of("w(bias→Z₁) =")
chk("s1c", ln, "0.000702", alpha * dZ[1], up=["s1"])
chk("wb1", ln, "-0.0993", wn[1][2], ops=D("-0.1") + D("0.000702"), up=["s1c"])
ln = line_of("**Ke Z₂ (δ_Z₂ ≈ -0.01690):**")
chk("dZ2r", ln, "-0.01690", dZ[2], up=["dZ2"])
ln = line_of("w(X₁→Z₂) =")
chk("dZ2r2", ln, "-0.01690", dZ[2], up=["dZ2"])
chk("s2", ln, "0.00338", -alpha * dZ[2], ops=-(D("0.2") * D("-0.01690")), up=["dZ2r2"])  # "0.3 - 0.00338"
chk("w12", ln, "0.2966", wn[2][0], ops=D("0.3") - D("0.00338"), up=["s2"])
ln = line_of("w(X₂→Z₂) =")
chk("s2b", ln, "0.00338", -alpha * dZ[2], up=["s2"])
chk("w22", ln, "-0.2034", wn[2][1], ops=D("-0.2") - D("0.00338"), up=["s2b"])
ln = line_of("w(bias→Z₂) =")
chk("s2c", ln, "0.00338", -alpha * dZ[2], up=["s2"])
chk("wb2", ln, "0.2966", wn[2][2], ops=D("0.3") - D("0.00338"), up=["s2c"])
ln = line_of("**Ke Z₃ (δ_Z₃ ≈ 0.01051):**")
chk("dZ3r", ln, "0.01051", dZ[3], up=["dZ3"])
ln = line_of("w(X₁→Z₃) =")
chk("dZ3r2", ln, "0.01051", dZ[3], up=["dZ3"])
chk("s3", ln, "0.002102", alpha * dZ[3], ops=D("0.2") * D("0.01051"), up=["dZ3r2"], why="0.2 x the wrong delta_Z3")
chk("w13", ln, "-0.2979", wn[3][0], ops=D("-0.3") + D("0.002102"), up=["s3"])
ln = line_of("w(X₂→Z₃) =")
chk("s3b", ln, "0.002102", alpha * dZ[3], up=["s3"])
chk("w23", ln, "0.3021", wn[3][1], ops=D("0.3") + D("0.002102"), up=["s3b"])
ln = line_of("w(bias→Z₃) =")
chk("s3c", ln, "0.002102", alpha * dZ[3], up=["s3"])
chk("wb3", ln, "-0.0979", wn[3][2], ops=D("-0.1") + D("0.002102"), up=["s3c"])

# ---------------- tables of new weights ----------------
ln = line_of("| X₁    | -0.2993| 0.2966 | -0.2979|")
chk("t11", ln, "-0.2993", wn[1][0], up=["w11"])
chk("t12", ln, "0.2966", wn[2][0], up=["w12"])
chk("t13", ln, "-0.2979", wn[3][0], up=["w13"])
ln = line_of("| X₂    | 0.3007 | -0.2034| 0.3021 |")
chk("t21", ln, "0.3007", wn[1][1], up=["w21"])
chk("t22", ln, "-0.2034", wn[2][1], up=["w22"])
chk("t23", ln, "0.3021", wn[3][1], up=["w23"])
ln = line_of("| bias  | -0.0993| 0.2966 | -0.0979|")
chk("tb1", ln, "-0.0993", wn[1][2], up=["wb1"])
chk("tb2", ln, "0.2966", wn[2][2], up=["wb2"])
chk("tb3", ln, "-0.0979", wn[3][2], up=["wb3"])
for lab, key, val, new in (("| Z₁    | -0.1134|", "tv1", "-0.1134", vn[1]), ("| Z₂    | 0.4832 |", "tv2", "0.4832", vn[2]),
                           ("| Z₃    | -0.3134|", "tv3", "-0.3134", vn[3]), ("| bias  | 0.1719 |", "tvb", "0.1719", vbn)):
    ln = line_of(lab)
    chk(key, ln, val, new, up=["vn1", "vn2", "vn3", "vbn"][["tv1", "tv2", "tv3", "tvb"].index(key):][:1])


NOTES = (
    'README of the GitHub repository fransis96jst/backpropagation (Fransiskus A Tekege, 2025, Indonesian; no '
    'license, so only the weight tables, givens and calculation lines are kept, line for line): one backpropagation '
    'step of a 2-3-1 sigmoid network with biases for XOR on the pattern X = (1, 1), t = 0, alpha = 0.2, plain-text '
    'math with Unicode middle dots, approximately-equal signs, subscript digits and bold results, and the new '
    'weights as Markdown tables. One first error: delta_Z3 = 0.04221 x 0.4750 x 0.5250 printed 0.01051 for 0.01053 '
    '(line 39); it is restated on lines 56 and 57 and its step 0.2 x 0.01051 = 0.002102 (true 0.002107) is restated '
    'on lines 57-59, all wrong, propagated. The three new weights into Z3 (-0.2979, 0.3021, -0.0979) are still '
    'within a unit of the true values, so they and the tables are right. delta_Y = -0.1407 (its operands give '
    '-0.14080) is within a unit of the true -0.1408. 5 wrong lines, 34 right lines.'
)

if __name__ == "__main__":
    main()
