#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt (the worked blocks) of
Thales Matheus Mendonça Santos's "Tutorial 04: LSTM Character-Level Language Model" (ThalesMMS/Rust-Neural-Networks,
docs/tutorials/04_rnn_lstm_char_level.md, MIT): gradient-decay powers, parameter counts, sigmoid/tanh values, one
forget gate worked by hand, cell-state updates, one full LSTM step with H = 4, gradient-norm clipping, temperature
softmax, the uniform-guess loss ln 65 and an exercise answer.

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Judging rule (the corpus's one rule; p printed, u one unit in its last digit):
  (a) a number printed as the result of an expression of numbers printed on the line (or on the line just above,
      for the page's "= ..." continuation lines) is right only when the expression redone from those numbers rounds
      to p at p's digits; an operand that is itself a rounded result may be taken anywhere within half a unit of its
      last digit (here: an interval of operand values), givens are exact;
  (b) a value printed without working, or restated, is right within one unit of the true value, or when it follows
      from printed correct operands;
  (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off (from the value
      the correct operands give) is wrong, propagated.
The page rounds (0.6225 -> 0.62, 0.6457 -> 0.65, 0.0275 -> 0.028, 0.8811 -> 0.881), so rounding half up is its
convention; its few truncated values (0.880, 0.645, 0.00034, 0.355) are judged against rounding.

Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/ThalesMMS/Rust-Neural-Networks/blob/0aed69dde59581531fdf5c57424ebf4ab840a11b/"
          "docs/tutorials/04_rnn_lstm_char_level.md")
LICENSE = ("MIT (LICENSE of ThalesMMS/Rust-Neural-Networks, Copyright (c) 2026 Thales Matheus Mendonça Santos); "
           "doc.md is a verbatim excerpt: the title, the headings of the worked sections and their worked blocks and "
           "lines, line for line; prose, Rust code and unworked sections cut")
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, exact=False, nth=1):
    """1-based line holding sub (exact=True: the stripped line equals sub); fails loudly."""
    hits = [i + 1 for i, t in enumerate(DOC) if (t.strip() == sub if exact else sub in t)]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def exp(x):
    return D(x).exp()


def sig(z):
    return 1 / (1 + exp(-D(z)))


def tanh(z):
    z = D(z)
    return (exp(z) - exp(-z)) / (exp(z) + exp(-z))


def ln(x):
    return D(x).ln()


def softmax(v):
    e = [exp(D(x)) for x in v]
    s = sum(e)
    return [x / s for x in e]


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def reach(p, lo, hi=None):
    """some value in [lo, hi] rounds to p at p's digits"""
    hi = lo if hi is None else hi
    lo, hi = min(D(lo), D(hi)), max(D(lo), D(hi))
    u = unit(p)
    return not (hi < D(p) - u / 2 or lo >= D(p) + u / 2) and (lo != hi or rnd(lo, p) == D(p))


def near(p, x):
    return abs(D(p) - rnd(x, p)) <= unit(p)


CHECKS = []


def chk(line, printed, ops=None, true=None, upwrong=False, why=""):
    """ops: value or (lo, hi) from the printed operands (rule a); true: the value from correct operands / givens;
    upwrong: an operand is a wrong printed value (rule c)."""
    assert printed in DOC[line - 1], (line, printed, DOC[line - 1])
    p = D(printed)
    if ops is not None:
        lo, hi = ops if isinstance(ops, tuple) else (ops, ops)
        own_ok = reach(p, lo, hi)
    else:
        own_ok = True
    true = D(true) if true is not None else (D(ops[0] if isinstance(ops, tuple) else ops))
    if not own_ok:
        st, kind = "wrong", "first"
    elif upwrong and not near(p, true) if ops is None else upwrong and rnd(true, p) != p:
        st, kind = "wrong", "propagated"
    elif ops is None and not near(p, true):
        st, kind = "wrong", "first"
    else:
        st, kind = "right", None
    CHECKS.append(dict(line=line, printed=printed, status=st, kind=kind, true=true,
                       correct=str(rnd(true, p)), why=why))


def H(x):
    """operand interval for a rounded result x printed at its digits"""
    u = unit(x)
    return D(x) - u / 2, D(x) + u / 2


# ---------------- Numerical demonstration ----------------
chk(line_of("0.9^100 ≈ 0.000027"), "0.000027", D("0.9") ** 100)
chk(line_of("0.85^49 ≈ 0.00034"), "0.00034", D("0.85") ** 49,
    why="0.85^49 = %s, 0.00035 at the printed digits (truncated)" % str(D("0.85") ** 49)[:12])

# ---------------- parameter counts ----------------
for sub, printed, val in [("4 × (65 + 128 + 1) × 128 = 99,328", "99,328", 4 * (65 + 128 + 1) * 128),
                          ("128 × 65 + 65     = 8,385", "8,385", 128 * 65 + 65),
                          ("Total:    ≈ 107,713 parameters", "107,713", 99328 + 8385),
                          ("65 × 128 = 8,320", "8,320", 65 * 128),
                          ("128 × 128 = 16,384", "16,384", 128 * 128),
                          ("Per gate: 24,832", "24,832", 8320 + 16384 + 128),
                          ("Total gates: 4 × 24,832 = 99,328", "99,328", 4 * 24832),
                          ("W_hy (H×D): 128 × 65 = 8,320", "8,320", 128 * 65),
                          ("Total: 8,385", "8,385", 8320 + 65),
                          ("Grand total: ≈ 107,713 parameters", "107,713", 99328 + 8385)]:
    n = line_of(sub)
    assert printed in DOC[n - 1]
    CHECKS.append(dict(line=n, printed=printed, status="right" if int(printed.replace(",", "")) == val else "wrong",
                       kind=None if int(printed.replace(",", "")) == val else "first", true=D(val),
                       correct=format(val, ","), why="%s = %s" % (sub.split("=")[0].strip(), format(val, ","))))

# ---------------- sigmoid values ----------------
for z, printed in [("0.0", "0.500"), ("2.0", "0.880"), ("5.0", "0.993"), ("-2.0", "0.119"), ("-5.0", "0.007")]:
    n = line_of("σ(%s)" % z + ("  = " if not z.startswith("-") else " = "))
    chk(n, printed, sig(z), why="σ(%s) = %s, %s at 3 decimals (truncated)" % (z, str(sig(z))[:8], rnd(sig(z), D(printed))))

# ---------------- forget gate worked example (givens x = [0.8, 0.2], h = 0.6, W_xf = [0.5, 0.3], W_hf = 0.4, b = -0.1)
n = line_of("= 0.40 + 0.06 = 0.46")
chk(n, "0.40", D("0.8") * D("0.5"))
chk(n, "0.06", D("0.2") * D("0.3"))
chk(n, "0.46", D("0.40") + D("0.06"))
chk(line_of("= 0.6 × 0.4 = 0.24"), "0.24", D("0.6") * D("0.4"))
chk(line_of("Pre-activation = 0.46 + 0.24 + (-0.1) = 0.60"), "0.60", D("0.46") + D("0.24") - D("0.1"))
chk(line_of("f_t = σ(0.60) = 1 / (1 + e^{-0.60})"), "0.60", D("0.60"))
chk(line_of("= 1 / (1 + 0.5488)"), "0.5488", exp(D("-0.60")))
chk(line_of("= 1 / 1.5488"), "1.5488", 1 + D("0.5488"), true=1 + exp(D("-0.6")))
n = line_of("= 0.645", exact=True)
chk(n, "0.645", (1 / D("1.5488")), true=sig("0.6"),
    why="1 / 1.5488 = %s = σ(0.60), 0.646 at 3 decimals (truncated)" % str(1 / D("1.5488"))[:8])
n = line_of("Result: f_t = 0.645")
f = sig("0.6")
chk(n, "0.645", true=f, upwrong=True)
CHECKS[-1].update(status="wrong", kind="propagated", why="restates the wrong f_t = 0.645 (0.646)")
for printed, val in [("64.5", 100 * f), ("35.5", 100 * (1 - f))]:
    CHECKS.append(dict(line=n, printed=printed + "%", status="wrong", kind="propagated", true=val,
                       correct=str(rnd(val, D(printed))) + "%", why="percentages of the wrong 0.645 (f_t = 0.6457)"))

# ---------------- cell candidate values ----------------
for z, printed in [("0.8", "0.664"), ("-0.3", "-0.291"), ("0.1", "0.100")]:
    chk(line_of("tanh(%s)" % z), printed, tanh(z))

# ---------------- counting example ----------------
chk(line_of("c_1 = 1.0 × 0.0 + 1.0 × 0.1 = 0.1"), "0.1", D("0.1"))
chk(line_of("c_2 = 1.0 × 0.1 + 0.0 × ... = 0.1"), "0.1", D("0.1"))
chk(line_of("c_3 = 1.0 × 0.1 + 1.0 × 0.1 = 0.2"), "0.2", D("0.2"))
chk(line_of("After 5 'a's seen: c ≈ 0.5"), "0.5", 5 * D("0.1"))

# ---------------- full cell update ----------------
n = line_of("= 0.40 + 0.04", exact=True)
chk(n, "0.40", D("0.8") * D("0.5"))
chk(n, "0.04", D("0.1") * D("0.4"))
chk(line_of("= 0.44   (preserved"), "0.44", D("0.40") + D("0.04"))
n = line_of("= -0.06 + 0.63", exact=True)
chk(n, "-0.06", D("0.2") * D("-0.3"))
chk(n, "0.63", D("0.9") * D("0.7"))
chk(line_of("= 0.57   (mostly"), "0.57", D("-0.06") + D("0.63"))
n = line_of("**Result:** `c_t = [0.44, 0.57]`")
chk(n, "0.44", D("0.44"))
chk(n, "0.57", D("0.57"))

# ---------------- one LSTM step, H = 4 (givens: the pre-activations) ----------------
zf, zi, zc, zo = ["-0.3", "0.2", "-0.1", "0.4"], ["0.5", "-0.2", "0.8", "0.1"], ["0.7", "-0.5", "0.3", "-0.6"], \
    ["0.2", "0.6", "-0.4", "0.1"]
fP, iP, cP, oP = ["0.43", "0.55", "0.48", "0.60"], ["0.62", "0.45", "0.69", "0.52"], ["0.60", "-0.46", "0.29", "-0.54"], \
    ["0.55", "0.65", "0.40", "0.52"]
for sub, zs, ps, fn in [("f_1 = σ(", zf, fP, sig), ("i_1 = σ(", zi, iP, sig), ("c̃_1 = tanh(", zc, cP, tanh),
                        ("o_1 = σ(", zo, oP, sig)]:
    n = line_of(sub)
    for z, p in zip(zs, ps):
        chk(n, p, fn(z))
n = line_of("= [0.43,0.55,0.48,0.60] ⊙ [0,0,0,0] + [0.62,0.45,0.69,0.52] ⊙ [0.60,-0.46,0.29,-0.54]")
for p, fn, z in list(zip(fP, [sig] * 4, zf)) + list(zip(iP, [sig] * 4, zi)) + list(zip(cP, [tanh] * 4, zc)):
    chk(n, p, true=fn(z))
prod = [D(a) * D(b) for a, b in zip(iP, cP)]          # 0.372, -0.207, 0.2001, -0.2808
c1P = ["0.372", "-0.207", "0.200", "-0.281"]
for sub in ["= [0,0,0,0] + [0.372, -0.207, 0.200, -0.281]", "= [0.372, -0.207, 0.200, -0.281]",
            "tanh(c_1) = tanh([0.372, -0.207, 0.200, -0.281])"]:
    n = line_of(sub, exact=True)
    for p, v in zip(c1P, prod):
        chk(n, p, v if sub.startswith("= [0,0") else None, true=v)
# tanh(c_1): 0.372 and -0.207 are exact products of printed numbers (0.62 × 0.60, 0.45 × -0.46), so no half-unit
# slack; 0.200 and -0.281 are rounded (0.2001, -0.2808) and may be taken within half a unit
n = line_of("= [0.355, -0.205, 0.197, -0.273]", exact=True)
tP = ["0.355", "-0.205", "0.197", "-0.273"]
tOps = [tanh(D("0.372")), tanh(D("-0.207")), (tanh(D("0.1995")), tanh(D("0.2005"))),
        (tanh(D("-0.2815")), tanh(D("-0.2805")))]
tTrue = [tanh(v) for v in prod]
for p, o, t in zip(tP, tOps, tTrue):
    chk(n, p, o, true=t, why="tanh(%s) = %s" % (c1P[tP.index(p)], str(t)[:8]))
# the judged status of each tanh value on that line (-0.273 accepted by the half-unit allowance) and the value it
# should have printed: 0.356, -0.204, 0.197 (right), -0.273 (right)
tW = [c["status"] == "wrong" for c in CHECKS[-4:]]
tC = [rnd(t, D(p)) if w else D(p) for t, p, w in zip(tTrue, tP, tW)]
n = line_of("= [0.55, 0.65, 0.40, 0.52] ⊙ [0.355, -0.205, 0.197, -0.273]", exact=True)
for p, fnz in zip(oP, zo):
    chk(n, p, true=sig(fnz))
for p, c, w in zip(tP, tC, tW):
    chk(n, p, true=c, upwrong=w)
    if w:
        CHECKS[-1].update(status="wrong", kind="propagated", correct=str(c), why="restates the wrong tanh(c_1)")
hP = ["0.195", "-0.133", "0.079", "-0.142"]
for sub in ["= [0.195, -0.133, 0.079, -0.142]", "x_2 = one-hot('e'), h_1 = [0.195, -0.133, 0.079, -0.142]"]:
    n = line_of(sub, exact=sub.startswith("="))
    for p, o, tp, c, w in zip(hP, oP, tP, tC, tW):
        own = D(o) * D(tp)
        cor = D(o) * c
        chk(n, p, own if sub.startswith("=") else None, true=cor, upwrong=w,
            why="o × tanh(c) with the correct %s gives %s" % (c, rnd(cor, D(p))))
        if w and rnd(cor, D(p)) != D(p):
            CHECKS[-1].update(status="wrong", kind="propagated")
n = line_of("x_2 = one-hot('e'), h_1 = [0.195")
for p, v in zip(c1P, prod):
    chk(n, p, true=v)
chk(line_of("roughly uniform ≈ 1/65 ≈ 1.5% per character"), "1.5", 100 / D(65))

# ---------------- exploding gradients ----------------
n = line_of("2^100 ≈ 10^30")
CHECKS.append(dict(line=n, printed="10^30", status="right" if rnd(D(2) ** 100 / D(10) ** 30, D("1")) == 1 else "wrong",
                   kind=None, true=D(2) ** 100, correct="10^30", why="2^100 = 1.27e30"))

# ---------------- gradient clipping ----------------
g = [D("0.5"), D("3.2"), D("-1.4"), D("0.8"), D("0.1"), D("-0.3")]
n = line_of("= sqrt(0.25 + 10.24 + 1.96 + 0.64 + 0.01 + 0.09)")
for p, x in zip(["0.25", "10.24", "1.96", "0.64", "0.01", "0.09"], g):
    chk(n, p, x * x)
n = line_of("= sqrt(13.19) ≈ 3.63")
chk(n, "13.19", sum(x * x for x in g))
chk(n, "3.63", D("13.19").sqrt())
norm = sum(x * x for x in g).sqrt()
chk(line_of("Scale factor = 1.0 / 3.63 = 0.275"), "0.275", 1 / D("3.63"), true=1 / norm)
s_lo, s_hi = H("0.275")
n = line_of("dW_hf = [[0.138, 0.881], [-0.386, 0.220]]")
for p, x in zip(["0.138", "0.881", "-0.386", "0.220"], g[:4]):
    chk(n, p, (x * s_lo, x * s_hi), true=x / norm)
n = line_of("db_f  = [0.028, -0.083]")
for p, x in zip(["0.028", "-0.083"], g[4:]):
    chk(n, p, (x * s_lo, x * s_hi), true=x / norm)
n = line_of("New norm = 3.63 × 0.275 = 1.0")
chk(n, "1.0", D("3.63") * D("0.275"), true=D(1))

# ---------------- temperature softmax ----------------
y = [D("2.0"), D("1.0"), D("0.5"), D("0.0"), D("-1.0")]
n = line_of("p = softmax([4.0, 2.0, 1.0, 0.0, -2.0])")
for p, v in zip(["4.0", "2.0", "1.0", "0.0", "-2.0"], y):
    chk(n, p, v / D("0.5"))
n = line_of("p = softmax([1.0, 0.5, 0.25, 0.0, -0.5])")
for p, v in zip(["1.0", "0.5", "0.25", "0.0", "-0.5"], y):
    chk(n, p, v / D("2.0"))
for tau, rowsub, printed, pctsub, pct in [
        ("1.0", "= [0.537, 0.197, 0.122, 0.074, 0.027]", ["0.537", "0.197", "0.122", "0.074", "0.027"],
         "Most likely: char 0 (53.7%)", "53.7"),
        ("0.5", "= [0.827, 0.112, 0.041, 0.015, 0.002]", ["0.827", "0.112", "0.041", "0.015", "0.002"],
         "Much more deterministic: char 0 (82.7%)", "82.7"),
        ("2.0", "= [0.336, 0.256, 0.200, 0.154, 0.094]", ["0.336", "0.256", "0.200", "0.154", "0.094"],
         "Much more random: char 0 only 33.6%", "33.6")]:
    pr = softmax([v / D(tau) for v in y])
    n = line_of(rowsub, exact=True)
    for p, v in zip(printed, pr):
        chk(n, p, v, why="softmax(y/%s) = [%s]" % (tau, ", ".join(str(rnd(x, D("0.001"))) for x in pr)))
    n = line_of(pctsub)
    wrong0 = rnd(pr[0], D(printed[0])) != D(printed[0])
    chk(n, pct, true=100 * pr[0], upwrong=wrong0)
    if wrong0:
        CHECKS[-1].update(status="wrong", kind="propagated", why="restates the wrong p[0] = %s (%s)" % (
            printed[0], rnd(pr[0], D(printed[0]))))

# ---------------- uniform-guess loss and exercise ----------------
n = line_of("Epoch  1: Loss ≈ 4.17  (random: -log(1/65) ≈ 4.17)")
chk(n, "4.17", ln(D(65)))
chk(line_of("cross-entropy loss should start near `-log(1/65) ≈ 4.17`"), "4.17", ln(D(65)))
n = line_of("`c_t = 0.1 × 2.0 + 0.9 × (-0.5) = 0.20 - 0.45 = -0.25`")
chk(n, "0.20", D("0.1") * D("2.0"))
chk(n, "0.45", D("0.9") * D("0.5"))
chk(n, "-0.25", D("0.20") - D("0.45"))

NOTES = (
    "doc.md is a verbatim excerpt of the MIT-licensed tutorial (worked blocks only). The page's convention is rounding "
    "(0.6225 -> 0.62, 0.6457 -> 0.65, 0.02755 -> 0.028), so its truncated values are judged wrong by rule (a): "
    "sigma(2.0) = 0.880 (0.8808 -> 0.881), 1/1.5488 = 0.645 (0.64566 -> 0.646), 0.85^49 = 0.00034 (0.000348 -> 0.00035; "
    "0.85 is the page's stated '~0.85' multiplier, taken as a given), each one unit off - close calls under a looser "
    "reading. In the H = 4 step, c_1 = [0.372, -0.207] are exact products of the printed gates (0.62 x 0.60, "
    "0.45 x -0.46), so tanh(0.372) = 0.3557 must print 0.356 and tanh(-0.207) = -0.2041 must print -0.204; -0.273 "
    "for tanh(-0.281) is accepted because -0.281 is the rounded -0.2808 and any value within half a unit "
    "(-0.2805) gives -0.2734 (close call; tanh(-0.2808) = -0.2736). h_1 = 0.55 x 0.355 = 0.195 is arithmetically right "
    "but with the correct 0.356 it is 0.196 (propagated); -0.133 and -0.142 are unchanged by the correction and are "
    "right. The gate values themselves are the page's 2-decimal roundings of sigma/tanh of the given pre-activations "
    "and are right. The temperature-softmax rows are wrong for tau = 1 and tau = 2 in every entry and for tau = 0.5 "
    "in p[0] (0.827 for 0.829); the percentages restate them. The gradient-clipping entries use the rounded scale "
    "0.275 (allowed within half a unit); -0.386 is reachable that way (exact -1.4/3.6318 = -0.3855). '2^100 ≈ 10^30' "
    "(1.27e30) is an order-of-magnitude statement, counted right. The expected-loss lines for epochs 5-50 are "
    "predictions, not computations, and are in neither list.")


def report():
    wrong, right = [], []
    for n in sorted({c["line"] for c in CHECKS}):
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:100]))
        for c in bad:
            print("            printed %-8s correct %-8s %s" % (c["printed"], c["correct"], c["kind"]))
        if bad:
            seen = []
            for c in bad:
                if (c["printed"], c["correct"]) not in seen:
                    seen.append((c["printed"], c["correct"]))
            whys = list(dict.fromkeys(c["why"] or "restates a wrong value" for c in bad))
            wrong.append({"line": n, "page": None, "printed": ", ".join(p for p, _ in seen),
                          "correct": ", ".join(c for _, c in seen),
                          "kind": "first" if any(c["kind"] == "first" for c in bad) else "propagated",
                          "why": "; ".join(whys)})
        else:
            right.append(n)
    return wrong, right


def main():
    wrong, right = report()
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines:", right)
    print("wrong %d (first %d, propagated %d), right %d" % (
        len(wrong), sum(w["kind"] == "first" for w in wrong), sum(w["kind"] == "propagated" for w in wrong),
        len(right)))
    if "--write-expected" in sys.argv:
        exp_ = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
                "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp_, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


if __name__ == "__main__":
    main()
