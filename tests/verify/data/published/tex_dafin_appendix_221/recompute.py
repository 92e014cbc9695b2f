#!/usr/bin/env python3
"""Independent recomputation of slide B.19 'Worked Example: 2-2-1 Network' (doc.tex).

Plain Python (decimal, 50 digits).  Network: x -> z1 = W1 x -> h1 = sigmoid(z1)
-> z2 = W2 h1 -> y_hat = sigmoid(z2), MSE loss (delta2 = (y_hat - y) y_hat (1 - y_hat)),
no biases.  Each printed number is compared with the exact value rounded to the
printed number of decimals (half up).  The 'second way' recomputes each line from
the numbers the slide itself prints, to double-check every verdict.

Run:  python3 recompute.py [--json]
"""
import json
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D
from pathlib import Path

getcontext().prec = 50
LINES = (Path(__file__).resolve().parent / "doc.tex").read_text(encoding="utf-8").splitlines()


def sig(x):
    return 1 / (1 + (-x).exp())


def rnd(v, like):
    return v.quantize(like, rounding=ROUND_HALF_UP)


# given (doc.tex lines 1-3)
x = [D(1), D("0.5")]
y = D(1)
W1 = [[D("0.1"), D("0.2")], [D("0.3"), D("0.4")]]
W2 = [D("0.5"), D("0.6")]

# exact chain
z1 = [W1[i][0] * x[0] + W1[i][1] * x[1] for i in range(2)]
h1 = [sig(v) for v in z1]
z2 = W2[0] * h1[0] + W2[1] * h1[1]
yh = sig(z2)
d2 = (yh - y) * yh * (1 - yh)
d1 = [W2[i] * d2 * h1[i] * (1 - h1[i]) for i in range(2)]

# second way: from the slide's printed numbers
P = D
second = {
    6: [sig(P("0.2")), sig(P("0.5"))],
    7: [P("0.5") * P("0.550") + P("0.6") * P("0.622")],
    8: [sig(P("0.648"))],
    11: [(P("0.656") - 1) * P("0.656") * (1 - P("0.656"))],
    12: [P("0.5") * P("-0.078") * P("0.550") * (1 - P("0.550")),
         P("0.6") * P("-0.078") * P("0.622") * (1 - P("0.622"))],
}

CHECKS = [
    (5, [("z1[1]", "0.2", z1[0]), ("z1[2]", "0.5", z1[1])], None, ""),
    (6, [("h1[1]", "0.550", h1[0]), ("h1[2]", "0.622", h1[1])], None, ""),
    (7, [("z2", "0.648", z2)], None, ""),
    (8, [("y_hat", "0.656", yh)], "first",
     "sigma(0.648393) = 0.656648 (sigma(0.648) = 0.656559), so y_hat = 0.657 to three decimals; the slide prints 0.656 (truncated)"),
    (11, [("delta2", "-0.078", d2)], "propagated",
     "(0.656648-1)*0.656648*0.343352 = -0.077413 -> -0.077; the slide's -0.078 follows from its wrong y_hat = 0.656 (-0.077628)"),
    (12, [("delta1[1]", "-0.010", d1[0]), ("delta1[2]", "-0.011", d1[1])], None,
     "uses the wrong delta2 = -0.078 but the printed results equal the correct values (-0.009580 -> -0.010, -0.010915 -> -0.011)"),
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
            out.append(f"L{line:>2} {label:<10} printed {src:>7}  correct {rnd(correct, like)!s:>7}  exact {+correct.quantize(D('1e-8'))}  {'ok' if ok else 'WRONG'}")
            if not ok:
                bad.append((src, str(rnd(correct, like))))
        if line in second:
            out.append("     second way (from the slide's own printed operands): "
                       + ", ".join(str(+v.quantize(D('1e-6'))) for v in second[line]))
        if bad:
            assert kind in ("first", "propagated")
            wrong.append({"line": line, "page": None, "printed": ", ".join(b[0] for b in bad),
                          "correct": ", ".join(b[1] for b in bad), "kind": kind, "why": why})
        else:
            right.append(line)
    if "--json" in sys.argv:
        print(json.dumps({"wrong": wrong, "right": right}, indent=1))
    else:
        print("\n".join(out))
        print("WRONG:", [(w["line"], w["kind"]) for w in wrong], " RIGHT:", right)


if __name__ == "__main__":
    main()
