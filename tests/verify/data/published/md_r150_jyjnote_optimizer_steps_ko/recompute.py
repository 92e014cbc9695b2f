#!/usr/bin/env python3
"""Independent recomputation of the worked optimizer steps in doc.md
(excerpt of jyjnote/jyjnote.github.io _posts/2026-09-05-optimizer.md, Korean blog post
"최적화기": one weight w = 0.4 with gradient g = -0.267, eta = 0.1, updated by
momentum (v = beta v + g), AdaGrad, RMSProp and Adam).

Plain Python 3, decimal at 60 digits.  Judging rule of the corpus:
 (a) a number printed as the result of an expression whose operands are printed on the
     same line is right when redoing the expression from those operands, rounded to the
     printed digits, gives it; an operand that is itself a rounded result may lie anywhere
     within half a unit of its last digit (the expressions here are monotone in each such
     operand, so the extremes are taken at the interval ends);
 (b) a number printed without working (or restated) is right when within one unit of its
     last digit of the true value.
Lines are located by their text; the script fails loudly if a text is not found.

Run:  python3 recompute.py                 (report)
      python3 recompute.py --write-expected (also writes expected.json)
"""
import itertools
import json
import sys
from decimal import Decimal as D, getcontext, ROUND_HALF_EVEN
from pathlib import Path

getcontext().prec = 60
HERE = Path(__file__).resolve().parent
LINES = (HERE / "doc.md").read_text(encoding="utf-8").splitlines()

SOURCE = ("https://github.com/jyjnote/jyjnote.github.io/blob/"
          "f45fa749b33e69303a6af1d4ca0e983b76c8b938/_posts/2026-09-05-optimizer.md")


def find(text):
    hits = [i + 1 for i, l in enumerate(LINES) if text in l]
    if len(hits) != 1:
        raise SystemExit(f"line text {text!r} found {len(hits)} times (need exactly 1)")
    return hits[0]


def sqrt(x):
    return D(x).sqrt()


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_EVEN)


# ---- givens (exact) ----
w0, g, eta = D("0.4"), D("-0.267"), D("0.1")
beta = rho = b1 = D("0.9")
b2 = D("0.999")
eps = D("1e-8")

# ---- exact chains from the givens ----
# momentum (v_t = beta v_{t-1} + g_t, w_t = w_{t-1} - eta v_t), g constant
mv1 = beta * 0 + g
mw1 = w0 - eta * mv1
mv2 = beta * mv1 + g
mw2 = mw1 - eta * mv2
sgd2 = w0 - eta * g - eta * g
# AdaGrad
G1 = 0 + g * g
aw1 = w0 - eta / (sqrt(G1) + eps) * g
G2 = G1 + g * g
aw2 = aw1 - eta / (sqrt(G2) + eps) * g
# RMSProp
E1 = rho * 0 + (1 - rho) * g * g
rw1 = w0 - eta / (sqrt(E1) + eps) * g
# Adam, t = 1
m1 = b1 * 0 + (1 - b1) * g
v1 = b2 * 0 + (1 - b2) * g * g
mh1 = m1 / (1 - b1)
vh1 = v1 / (1 - b2)
adw1 = w0 - eta * mh1 / (sqrt(vh1) + eps)


def rounded(p):
    """interval of a printed rounded operand"""
    h = unit(p) / 2
    return (D(p) - h, D(p) + h)


def from_printed(f, *ops):
    """range of f over printed operands; ops are exact Decimals or (lo, hi) intervals"""
    choices = [o if isinstance(o, tuple) else (o,) for o in ops]
    vals = [f(*c) for c in itertools.product(*choices)]
    return min(vals), max(vals)


# each item: (line text, [(label, printed, true value, (lo, hi) from printed operands or None)])
CHECKS = [
    ("$$v_{1} = 0.9 \\cdot 0 + (-0.267) = -0.267$$",
     [("v1", "-0.267", mv1, from_printed(lambda: beta * 0 + g))]),
    ("$$w_{1} = 0.4 - 0.1 \\cdot (-0.267) = 0.4267$$",
     [("w1 momentum", "0.4267", mw1, from_printed(lambda: w0 - eta * g))]),
    ("$$v_{2} = 0.9 \\cdot (-0.267) + (-0.267) = -0.5073$$",
     [("v2", "-0.5073", mv2, from_printed(lambda: beta * g + g))]),
    ("$$w_{2} = 0.4267 - 0.1 \\cdot (-0.5073) = 0.4774$$",
     [("w2 momentum", "0.4774", mw2,
       from_printed(lambda a, b: a - eta * b, rounded("0.4267"), rounded("-0.5073")))]),
    ("$$0.4 + 0.0267 + 0.0267 = 0.4534$$",
     [("two SGD steps", "0.4534", sgd2, from_printed(lambda: D("0.4") + D("0.0267") + D("0.0267")))]),
    ("$$0.4774$$",  # restated momentum w2 (rule b); located as the line that is exactly this
     [("w2 momentum restated", "0.4774", mw2, None)]),
    ("$$G_{1} = 0 + (-0.267)^{2} = 0.071289$$",
     [("G1", "0.071289", G1, from_printed(lambda: 0 + g * g))]),
    ("$$\\sqrt{G_{1}} \\approx 0.267$$",
     [("sqrt G1", "0.267", sqrt(G1), from_printed(lambda: sqrt(D("0.071289"))))]),
    ("$$w_{1} = 0.4 - \\frac{0.1}{0.267} \\cdot (-0.267) = 0.5$$",
     [("w1 AdaGrad", "0.5", aw1, from_printed(lambda s: w0 - eta / s * g, D("0.267")))]),
    ("$$G_{2} = 0.071289 + 0.071289 = 0.142578$$",
     [("G2", "0.142578", G2, from_printed(lambda: D("0.071289") * 2))]),
    ("$$\\sqrt{G_{2}} \\approx 0.378$$",
     [("sqrt G2", "0.378", sqrt(G2), from_printed(lambda: sqrt(D("0.142578"))))]),
    ("$$w_{2} = 0.5 - \\frac{0.1}{0.378} \\cdot (-0.267) = 0.5706$$",
     # the leading 0.5 is w1 restated; in the author's own arithmetic it is exactly 0.5 (0.1/0.267 * 0.267)
     [("w2 AdaGrad", "0.5706", aw2,
       from_printed(lambda s: D("0.5") - eta / s * g, rounded("0.378")))]),
    ("$$E_{1} = 0.9 \\cdot 0 + 0.1 \\cdot 0.071289 = 0.007129$$",
     [("E1", "0.007129", E1, from_printed(lambda: D("0.1") * D("0.071289")))]),
    ("$$\\sqrt{E_{1}} \\approx 0.0844$$",
     [("sqrt E1", "0.0844", sqrt(E1), from_printed(lambda e: sqrt(e), rounded("0.007129")))]),
    ("$$w_{1} = 0.4 - \\frac{0.1}{0.0844} \\cdot (-0.267) = 0.716$$",
     [("w1 RMSProp", "0.716", rw1, from_printed(lambda s: w0 - eta / s * g, rounded("0.0844")))]),
    ("$$m_{1} = (1 - 0.9)(-0.267) = -0.0267$$",
     [("m1", "-0.0267", m1, from_printed(lambda: (1 - b1) * g))]),
    ("$$v_{1} = (1 - 0.999)(0.071289) = 0.000071289$$",
     [("v1 Adam", "0.000071289", v1, from_printed(lambda: (1 - b2) * D("0.071289")))]),
    ("$$\\hat{m}_{1} = \\frac{-0.0267}{1 - 0.9} = -0.267$$",
     [("m1 hat", "-0.267", mh1, from_printed(lambda: D("-0.0267") / (1 - b1)))]),
    ("$$\\hat{v}_{1} = \\frac{0.000071289}{1 - 0.999} = 0.071289$$",
     [("v1 hat", "0.071289", vh1, from_printed(lambda: D("0.000071289") / (1 - b2)))]),
    ("$$\\sqrt{\\hat{v}_{1}} = 0.267$$",
     [("sqrt v1 hat", "0.267", sqrt(vh1), from_printed(lambda: sqrt(D("0.071289"))))]),
    ("$$w_{1} = 0.4 - \\frac{0.1 \\cdot (-0.267)}{0.267} = 0.5$$",
     [("w1 Adam", "0.5", adw1, from_printed(lambda: w0 - eta * D("-0.267") / D("0.267")))]),
    ("$$m_{1} = -0.0267$$",  # restated
     [("m1 restated", "-0.0267", m1, None)]),
    ("$$1 - \\beta_{1}^{1} = 0.1$$, $$10$$",
     [("1 - beta1", "0.1", 1 - b1, from_printed(lambda: 1 - b1)),
      ("correction factor", "10", 1 / (1 - b1), None)]),
]


def locate(text):
    if text in ("$$0.4774$$", "$$m_{1} = -0.0267$$"):
        hits = [i + 1 for i, l in enumerate(LINES) if l.strip() == text]
        if len(hits) != 1:
            raise SystemExit(f"line {text!r} found {len(hits)} times")
        return hits[0]
    return find(text)


def judge():
    wrong, right, report = [], [], []
    for text, items in CHECKS:
        ln = locate(text)
        bad = []
        for label, p, true, rng in items:
            if p not in LINES[ln - 1]:
                raise SystemExit(f"printed {p} not on line {ln}: {LINES[ln - 1]}")
            P, u = D(p), unit(p)
            if rng is not None:  # rule (a): reachable from the printed operands?
                lo, hi = rng
                ok = (P - u / 2 <= hi) and (P + u / 2 >= lo)
                how = f"from printed operands [{+lo.quantize(D('1e-9'))}, {+hi.quantize(D('1e-9'))}]"
            else:  # rule (b)
                ok = abs(P - true) <= u
                how = "restated, within one unit of the true value"
            report.append(f"L{ln:>2} {label:<22} printed {p:>12}  true {+true.quantize(D('1e-10'))}"
                          f"  -> {rnd(true, p)}  {how}: {'ok' if ok else 'WRONG'}")
            if not ok:
                bad.append((p, str(rnd(true, p))))
        if bad:
            wrong.append({"line": ln, "page": None, "printed": ", ".join(b[0] for b in bad),
                          "correct": ", ".join(b[1] for b in bad), "kind": "first", "why": ""})
        else:
            right.append(ln)
    return wrong, sorted(right), report


def main():
    wrong, right, report = judge()
    print("\n".join(report))
    print(f"wrong lines: {[w['line'] for w in wrong]}  right lines ({len(right)}): {right}")
    if "--write-expected" in sys.argv:
        exp = {
            "file": "doc.md",
            "format": "md",
            "source": SOURCE,
            "license": "none stated (no LICENSE in the repository); stored as an equations-and-numbers-only excerpt",
            "wrong": wrong,
            "right": right,
            "notes": ("Equations-only excerpt of the Korean blog post '최적화기' (jyjnote.github.io): one weight "
                      "w = 0.4, gradient g = -0.267 (constant), eta = 0.1, worked through momentum "
                      "(v_t = 0.9 v_{t-1} + g_t, two steps, with the two-step SGD comparison), AdaGrad (two "
                      "steps), RMSProp (rho = 0.9, one step) and Adam (beta1 = 0.9, beta2 = 0.999, t = 1). "
                      "Display math is written as $$...$$ on one line each; Korean prose removed. Every "
                      "printed result is right under the corpus rule: sqrt(G2) = 0.377595 is printed 0.378 "
                      "and w2 = 0.5706 follows from it (true 0.570711); sqrt(E1) = 0.084433 -> 0.0844, "
                      "w1 = 0.716228 -> 0.716. epsilon = 1e-8 is ignored in the printed results, which does "
                      "not change any printed digit. A clean document (tests false alarms)."),
        }
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("wrote expected.json")


if __name__ == "__main__":
    main()
