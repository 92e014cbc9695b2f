#!/usr/bin/env python3
"""Independent recomputation of melfm/notes 'Backpropagation Numerical example' (doc.md).

Given data (doc.md lines 1-5; the weights and biases are the values of the author's
figure 'simpl_net_init_vals.png', written out as text, with the connections the figure
draws): inputs 0.05, 0.1; targets 0.01, 0.99; hidden and output units logistic;
E = sum 1/2 (target - output)^2; learning rate 0.5 (line 70).

    z1 = w1 x1 + w3 x2 + b1,  z2 = w2 x1 + w4 x2 + b1
    y1_in = w5 h1 + w7 h2 + b2   (w7 = 0.50 is the figure's h2 -> y1 weight)
    y2_in = w6 h1 + w8 h2 + b2   (w6 = 0.45 is the figure's h1 -> y2 weight)

Each printed number is compared with the exact value rounded to the printed number of
decimals (half up).  The 'second way' recomputes each line from the numbers the
document itself prints, to double-check every verdict.  Plain Python (decimal).
Run:  python3 recompute.py [--json]
"""
import json
import sys
from decimal import Decimal as D, ROUND_HALF_UP, getcontext
from pathlib import Path

getcontext().prec = 50
LINES = (Path(__file__).resolve().parent / "doc.md").read_text(encoding="utf-8").splitlines()


def sig(x):
    return 1 / (1 + (-x).exp())


def rnd(v, like):
    return v.quantize(like, rounding=ROUND_HALF_UP)


x1, x2, t1, t2 = D("0.05"), D("0.1"), D("0.01"), D("0.99")
w1, w2, w3, w4, b1 = D("0.15"), D("0.20"), D("0.25"), D("0.3"), D("0.30")
w5, w6, w7, w8, b2 = D("0.40"), D("0.45"), D("0.50"), D("0.55"), D("0.70")
alpha = D("0.5")

z1 = w1 * x1 + w3 * x2 + b1
h1 = sig(z1)
z2 = w2 * x1 + w4 * x2 + b1
h2 = sig(z2)
y1_in = w5 * h1 + w7 * h2 + b2
y1 = sig(y1_in)
y2_in = w6 * h1 + w8 * h2 + b2
y2 = sig(y2_in)
E1 = (t1 - y1) ** 2 / 2
E2 = (t2 - y2) ** 2 / 2
Etot = E1 + E2
dE_dy1 = -(t1 - y1)
dy1_dnet = y1 * (1 - y1)
g_w5 = dE_dy1 * dy1_dnet * h1
w5_new = w5 - alpha * g_w5
delta_o1 = dE_dy1 * dy1_dnet
dEo1_dh1 = delta_o1 * w5
dh1 = h1 * (1 - h1)

P = D
second = {
    9: P("0.15") * P("0.05") + P("0.25") * P("0.1") + P("0.30"),
    13: (sig(P("0.3275")), "(sigma of the printed exponent)", sig(P("0.3325")), "(sigma of z1 = 0.3325)"),
    18: P("0.20") * P("0.05") + P("0.3") * P("0.1") + P("0.30"),
    19: sig(P("0.34")),
    24: (P("0.4") * P("0.5824") + P("0.45") * P("0.5842") + P("0.7"), "(as printed, 0.45 on h2)",
         P("0.4") * P("0.5824") + P("0.50") * P("0.5842") + P("0.7"), "(with the figure's w7 = 0.50 on h2)"),
    25: sig(P("1.196")),
    28: sig(P("0.45") * P("0.5824") + P("0.55") * P("0.5842") + P("0.7")),
    35: (P("0.01") - P("0.7676")) ** 2 / 2,
    39: (P("0.99") - P("0.7830")) ** 2 / 2,
    43: P("0.2869") + P("0.0214"),
    53: -(P("0.01") - P("0.7676")),
    58: P("0.7676") * (1 - P("0.7676")),
    67: P("0.7576") * P("0.1784") * P("0.5824"),
    73: P("0.4") - P("0.5") * P("0.0787"),
    89: P("0.7576") * P("0.1784"),
    93: P("0.1352") * P("0.4"),
    98: P("0.5824") * (1 - P("0.5824")),
}

# (line, [(label, printed, correct)], kind, why)
CHECKS = [
    (9, [("z1", "0.3325", z1)], None, ""),
    (13, [("z1 restated in exponent", "0.3275", z1), ("a_h1", "0.5824", h1)], "first",
     "the exponent restates z1 as 0.3275 although line 9 computed z1 = 0.3325; sigma(0.3275) = 0.5812, so the printed equation is false (0.5824 itself is sigma(0.3325), right)"),
    (18, [("z2", "0.34", z2)], None, ""),
    (19, [("a_h2", "0.5842", h2)], None, ""),
    (24, [("out_y1", "1.196", y1_in)], "first",
     "the h2 -> y1 weight in the author's figure is w7 = 0.50, but the line multiplies a_h2 by 0.45 (w6, which the figure puts on h1 -> y2; line 28's y2 = 0.7830 does use it there): 0.4*0.5824 + 0.50*0.5842 + 0.7 = 1.225"),
    (25, [("y1_hat", "0.7676", y1)], "first",
     "wrong twice: from the correct out_y1 = 1.2250 it is sigma = 0.7729, and even sigma(1.196) = 0.7678, not 0.7676 (own slip)"),
    (28, [("y2_hat", "0.7830", y2)], None, "sigma(0.45*0.5824 + 0.55*0.5842 + 0.70) = sigma(1.2834) = 0.7830"),
    (35, [("y1_hat restated", "0.7676", y1), ("E_y1", "0.2869", E1)], "first",
     "wrong twice: with the correct y1_hat = 0.7729 it is 1/2 (0.01 - 0.7729)^2 = 0.2910, and even from the printed operands 1/2 (0.01 - 0.7676)^2 = 0.286979 -> 0.2870, not 0.2869 (own slip, truncated)"),
    (39, [("y2_hat restated", "0.7830", y2), ("E_y2", "0.0214", E2)], None, ""),
    (43, [("E_total", "0.3083", Etot)], "propagated", "0.2910 + 0.0214 = 0.3125"),
    (53, [("y1_hat restated", "0.7676", y1), ("dE/dout_y1", "0.7576", dE_dy1)], "first",
     "wrong twice: correct y1_hat - t1 = 0.7729 - 0.01 = 0.7629, and even from the printed operands -(0.01 - 0.7676) = 0.7666, not 0.7576 (own slip)"),
    (58, [("y1_hat restated", "0.7676", y1), ("dout/dnet", "0.1784", dy1_dnet)], "propagated",
     "0.7729*(1 - 0.7729) = 0.1755"),
    (63, [("dy1/dw5 = a_h1", "0.5824", h1)], None, ""),
    (67, [("dE/dout restated", "0.7576", dE_dy1), ("dout/dnet restated", "0.1784", dy1_dnet),
          ("a_h1 restated", "0.5824", h1), ("dE/dw5", "0.0787", g_w5)], "propagated",
     "0.7629 * 0.1755 * 0.5824 = 0.0780"),
    (73, [("dE/dw5 restated", "0.0787", g_w5), ("w5 new", "0.3607", w5_new)], "propagated", "0.4 - 0.5*0.0780 = 0.3610"),
    (89, [("dE/dout restated", "0.7576", dE_dy1), ("dout/dnet restated", "0.1784", dy1_dnet),
          ("dE_o1/dnet_o1", "0.1352", delta_o1)], "propagated", "0.7629 * 0.1755 = 0.1339"),
    (93, [("dE_o1/dnet_o1 restated", "0.1352", delta_o1), ("dE_o1/dout_h1", "0.0541", dEo1_dh1)], "propagated",
     "0.1339 * 0.4 = 0.0536"),
    (98, [("a_h1 restated", "0.5824", h1), ("dout_h1/dnet_h1", "0.2432", dh1)], None, ""),
    (108, [("dout_h1/dnet_h1 restated", "0.2432", dh1)], None, "no result is printed ('?'); the restated 0.2432 is right"),
]


def main():
    wrong, right, out = [], [], []
    for line, nums, kind, why in CHECKS:
        text = LINES[line - 1]
        bad = []
        for label, src, correct in nums:
            assert src in text, (line, src)
            shown = D(src)
            like = D(1).scaleb(shown.as_tuple().exponent)
            ok = shown == rnd(correct, like)
            out.append(f"L{line:>3} {label:<26} printed {src:>7}  correct {rnd(correct, like)!s:>7}  exact {+correct.quantize(D('1e-8'))}  {'ok' if ok else 'WRONG'}")
            if not ok:
                bad.append((src, str(rnd(correct, like))))
        if line in second:
            s = second[line] if isinstance(second[line], tuple) else (second[line],)
            out.append("      second way (document's printed operands): "
                       + " ".join(str(+v.quantize(D('1e-6'))) if isinstance(v, D) else v for v in s))
        if bad:
            assert kind in ("first", "propagated"), line
            wrong.append({"line": line, "page": None, "printed": ", ".join(b[0] for b in bad),
                          "correct": ", ".join(b[1] for b in bad), "kind": kind, "why": why})
        else:
            right.append(line)
    if "--json" in sys.argv:
        print(json.dumps({"wrong": wrong, "right": right}, indent=1))
    else:
        print("\n".join(out))
        print("WRONG:", [(w["line"], w["kind"]) for w in wrong])
        print("RIGHT:", right)


if __name__ == "__main__":
    main()
