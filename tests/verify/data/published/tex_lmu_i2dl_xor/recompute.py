#!/usr/bin/env python3
"""Independent recomputation of the LMU I2DL 'Basic Backpropagation 1' XOR example (doc.tex).

Plain Python (decimal).  Every number printed in doc.tex is recomputed from the
given data (x, y, W, b, u, c, alpha) along the exact chain, and compared with the
digits the slide *prints*.  Numbers written as \\num[round-mode=places,
round-precision=4]{v} are printed by siunitx as v rounded (half up) to 4 places,
so that rounded value is what is judged.

A line is RIGHT if every computed number it prints equals the correct value
rounded to the printed number of decimals; WRONG otherwise.  'first' marks the
line where an error originates, 'propagated' a line whose printed numbers are
wrong because they re-use/restate an earlier wrong value.

Run:  python3 recompute.py          (report)
      python3 recompute.py --json   (wrong/right lists as JSON)
"""
import json
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D
from pathlib import Path

getcontext().prec = 50
HERE = Path(__file__).resolve().parent
LINES = (HERE / "doc.tex").read_text(encoding="utf-8").splitlines()


def sig(x):
    return 1 / (1 + (-x).exp())


def num4(src):
    """What \\num[round-mode=places,round-precision=4]{src} prints."""
    return D(src).quantize(D("0.0001"), rounding=ROUND_HALF_UP)


def rnd(v, like):
    return v.quantize(like, rounding=ROUND_HALF_UP)


# ---- given data (doc.tex lines 1, 3, 7, 11, 35) -----------------------------
x1, x2, y = D(1), D(0), D(1)
W11, W21, b1 = D("-0.07"), D("0.22"), D("-0.46")
W12, W22, b2 = D("0.94"), D("0.46"), D("0.1")
u1, u2, c = D("-0.22"), D("0.58"), D("0.78")
alpha = D("0.5")

# ---- exact chain --------------------------------------------------------------
z1in = W11 * x1 + W21 * x2 + b1
z1 = sig(z1in)
z2in = W12 * x1 + W22 * x2 + b2
z2 = sig(z2in)
fin = u1 * z1 + u2 * z2 + c
f = sig(fin)
L = (y - f) ** 2 / 2
dL_df = -(y - f)
df_dfin = f * (1 - f)
g_u1 = dL_df * df_dfin * z1
g_u2 = dL_df * df_dfin * z2
g_c = dL_df * df_dfin
dz1 = z1 * (1 - z1)
delta1 = dL_df * df_dfin * u1 * dz1          # = dL/dW11 (x1 = 1) = dL/db1
delta2 = dL_df * df_dfin * u2 * z2 * (1 - z2)  # = dL/dW12 (x1 = 1) = dL/db2
nW11 = W11 - alpha * delta1 * x1
nW12 = W12 - alpha * delta2 * x1
nb1 = b1 - alpha * delta1
nb2 = b2 - alpha * delta2
nu1 = u1 - alpha * g_u1
nu2 = u2 - alpha * g_u2
nc = c - alpha * g_c
f_new = sig(nu1 * sig(nW11 * x1 + W21 * x2 + nb1) + nu2 * sig(nW12 * x1 + W22 * x2 + nb2) + nc)
L_new = (y - f_new) ** 2 / 2

# ---- second way: the author's own chain, i.e. what each line gives from the
# numbers the slide itself prints (used to double-check every WRONG verdict) ----
p = num4
alt = {
    11: p("0.3705169") * D("-0.22") + p("0.73885") * D("0.58") + D("1") * D("0.78"),
    12: sig(p("1.112242")),
    17: (1 - p("0.7525469")) ** 2 / 2,
    22: -(1 - p("0.7525469")),
    26: p("0.7525469") * (1 - p("0.7525469")),
    33: p("-0.2474531") * p("0.1862201") * p("0.3705169"),
    38: D("-0.22") - D("0.5") * p("-0.01707369"),
    54: p("-0.2474531") * p("0.1862201") * D("-0.22") * p("0.2332341") * 1,
    58: D("-0.07") - D("0.5") * p("0.0023645"),
    78: (1 - p("0.7614865")) ** 2 / 2,
}

# (line, [(label, source digits, printed via \num?, correct value)], kind if wrong, why)
CHECKS = [
    (3, [("z_1,in", "-0.53", False, z1in)], None, ""),
    (4, [("z_1,in restated", "-0.53", False, z1in), ("z_1,out", "0.3705169", True, z1)], None, ""),
    (7, [("z_2,in", "1.04", False, z2in)], None, ""),
    (8, [("z_2,in restated", "1.04", False, z2in), ("z_2,out", "0.73885", True, z2)], None, ""),
    (11, [("z_1,out restated", "0.3705169", True, z1), ("z_2,out restated", "0.73885", True, z2),
          ("f_in", "1.112242", True, fin)], "first",
     "f_in = 0.3705*(-0.22) + 0.7389*0.58 + 0.78 = 1.1270 (from the printed operands 1.1271); the slide prints 1.1122 (source 1.112242)"),
    (12, [("f_in restated in exp", "-1.112242", True, -fin), ("f_out", "0.7525469", True, f)], "propagated",
     "sigma(1.1122)=0.7525 is consistent with the wrong f_in; correct f_out = sigma(1.1270) = 0.7553"),
    (14, [("f_out", "0.7525", False, f)], "propagated", "restates wrong f_out"),
    (17, [("f_out restated", "0.7525469", True, f), ("L", "0.03061652", True, L)], "propagated",
     "L = 1/2 (1-0.7553)^2 = 0.0299"),
    (22, [("f_out restated", "0.7525469", True, f), ("dL/df_out", "-0.2474531", True, dL_df)], "propagated",
     "-(1-0.7553) = -0.2447"),
    (26, [("f_out restated", "0.7525469", True, f), ("f_out restated", "0.7525469", True, f),
          ("df_out/df_in", "0.1862201", True, df_dfin)], "propagated", "0.7553*(1-0.7553) = 0.1848"),
    (29, [("z_1,out restated", "0.3705169", True, z1)], None, ""),
    (33, [("dL/df_out restated", "-0.2474531", True, dL_df), ("df_out/df_in restated", "0.1862201", True, df_dfin),
          ("z_1,out restated", "0.3705169", True, z1), ("dL/du_1", "-0.01707369", True, g_u1)], "propagated",
     "-0.2447*0.1848*0.3705 = -0.0168"),
    (38, [("dL/du_1 restated", "-0.01707369", True, g_u1), ("u_1 new", "-0.2114632", True, nu1)], "propagated",
     "-0.22 - 0.5*(-0.0168) = -0.2116"),
    (45, [("z_1,out restated", "0.3705169", True, z1), ("z_1,out restated", "0.3705169", True, z1),
          ("dz_1,out/dz_1,in", "0.2332341", True, dz1)], None, ""),
    (53, [("dL/df_out restated", "-0.2474531", True, dL_df), ("df_out/df_in restated", "0.1862201", True, df_dfin),
          ("dz_1,out/dz_1,in restated", "0.2332341", True, dz1)], "propagated",
     "restates the wrong -0.2475 and 0.1862 (correct -0.2447, 0.1848)"),
    (54, [("dL/dW_11", "0.0023645", True, delta1 * x1)], "propagated", "(-0.2447)(0.1848)(-0.22)(0.2332) = 0.0023"),
    (58, [("dL/dW_11 restated", "0.0023645", True, delta1 * x1), ("W_11 new", "-0.0711823", True, nW11)], "propagated",
     "restates the wrong gradient 0.0024 (correct 0.0023); the result -0.0712 happens to equal the correct -0.0712"),
    (62, [("W_11 new", "-0.0711823", True, nW11), ("W_12 new", "0.9425785", True, nW12)], "propagated",
     "W_12 new = 0.94 - 0.5*(-0.005062) = 0.9425 (the slide's 0.9426 comes from the wrong f_out); W_11 -0.0712 is right"),
    (66, [("b_1 new", "-0.4611822", True, nb1)], None, "coincides with the correct -0.4612"),
    (67, [("b_2 new", "0.1025782", True, nb2)], "propagated", "b_2 new = 0.1 + 0.5*0.005062 = 0.1025"),
    (72, [("u_1 new", "-0.2114632", True, nu1)], "propagated", "u_1 new = -0.2116"),
    (73, [("u_2 new", "0.5970234", True, nu2)], "propagated", "u_2 new = 0.58 + 0.5*0.2447*0.1848*0.7389 = 0.5967"),
    (75, [("c new", "0.8030404", True, nc)], "propagated", "c new = 0.78 + 0.5*0.2447*0.1848 = 0.8026"),
    (77, [("f after update", "0.7614865", True, f_new)], "propagated", "forward pass with the correctly updated weights gives 0.7624"),
    (78, [("f after update restated", "0.7614865", True, f_new), ("loss after update", "0.02844434", True, L_new)],
     "propagated", "1/2 (1-0.7624)^2 = 0.0282"),
    (79, [("f before restated", "0.7525469", True, f), ("L before restated", "0.03061652", True, L)], "propagated",
     "restates wrong f_out 0.7525 and L 0.0306 (correct 0.7553, 0.0299)"),
]


def main():
    wrong, right = [], []
    report = []
    for line, nums, kind, why in CHECKS:
        text = LINES[line - 1]
        bad = []
        for label, src, is_num, correct in nums:
            assert src in text, (line, src)
            shown = num4(src) if is_num else D(src)
            exp = D(1).scaleb(shown.as_tuple().exponent)
            ok = shown == rnd(correct, exp)
            report.append(f"L{line:>3} {label:<26} printed {shown!s:>9}  correct {rnd(correct, exp)!s:>9}  "
                          f"(exact {+correct.quantize(D('1e-8'))})  {'ok' if ok else 'WRONG'}")
            if not ok:
                bad.append((shown, rnd(correct, exp), label))
        if bad:
            assert kind in ("first", "propagated"), line
            printed = ", ".join(str(b[0]) for b in bad)
            corr = ", ".join(str(b[1]) for b in bad)
            if line in alt:
                report.append(f"      second way (from the slide's own printed operands): {+alt[line].quantize(D('1e-7'))}")
            wrong.append({"line": line, "page": None, "printed": printed, "correct": corr, "kind": kind, "why": why})
        else:
            right.append(line)
    if "--json" in sys.argv:
        print(json.dumps({"wrong": wrong, "right": right}, indent=1))
    else:
        print("\n".join(report))
        print(f"\nWRONG lines: {[ (w['line'], w['kind']) for w in wrong]}")
        print(f"RIGHT lines: {right}")


if __name__ == "__main__":
    main()
