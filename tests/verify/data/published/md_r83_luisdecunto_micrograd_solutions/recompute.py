#!/usr/bin/env python3
"""Recompute every computed number of doc.md (excerpt of luisdecunto/ml-roadmap guides/solutions/
micrograd_solutions.md: micrograd forward values, hand backprop, a tanh neuron and its gradients, parameter
counts, an MSE, tanh/sigmoid test values).  Plain Python 3, Decimal at 60 digits.
Usage: python3 recompute.py [--write-expected]"""
import itertools, json, os, sys
from decimal import Decimal as D, getcontext
getcontext().prec = 60
HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, "doc.md"), encoding="utf-8").read().split("\n")
SOURCE = ("https://github.com/luisdecunto/ml-roadmap/blob/936f946dbc6cce6c68aa7836ea4ab314871dfe9b/"
          "guides/solutions/micrograd_solutions.md")

def line_of(sub):
    """1-based line holding sub; a sub starting with '^' must equal the whole (stripped) line."""
    if sub.startswith("^"):
        hits = [i + 1 for i, l in enumerate(LINES) if l.strip() == sub[1:]]
    else:
        hits = [i + 1 for i, l in enumerate(LINES) if sub in l]
    if len(hits) != 1:
        raise SystemExit("line_of: %r must occur exactly once, hits %s" % (sub, hits))
    return hits[0]

def digits(p):
    return len(p.split(".")[1]) if "." in p else 0

def half(p):
    return D(5) / D(10) ** (digits(p) + 1)

def rnd(x, p):
    return x.quantize(D(1) / D(10) ** digits(p)) if digits(p) else x.quantize(D(1))

def tanh(x):
    e = (2 * x).exp()
    return (e - 1) / (e + 1)

def sig(x):
    return 1 / (1 + (-x).exp())

results = {}   # line -> [ok, printed, correct, why]

def judge(sub, checks, why):
    """checks: list of (printed string, true value or (lo, hi) interval, rule) on one line.
    rule 'a': p must be the rounding of a value in the interval; rule 'b': |p - true| <= one unit;
    exact numbers (no rounding sign) use rule 'x': p == true."""
    ln = line_of(sub)
    text = LINES[ln - 1]
    ok_all, bad = True, None
    for p, t, rule in checks:
        assert p in text, (sub, p)
        P = D(p)
        if rule == "x":
            ok = P == t; corr = t
        elif rule == "a":
            lo, hi = t; h = half(p)
            ok = not (hi < P - h or lo >= P + h); corr = rnd((lo + hi) / 2, p)
        else:
            ok = abs(P - t) <= 2 * half(p); corr = rnd(t, p)
        if not ok and bad is None:
            bad = (p, str(corr))
        ok_all &= ok
    assert ln not in results, ("judged twice", ln)
    results[ln] = [ok_all, bad[0] if bad else checks[-1][0], bad[1] if bad else checks[-1][0], why]

def box(f, ops):
    """interval of f over the half-unit boxes of rounded printed operands (strings) / exact givens (Decimals)."""
    bx = [([D(o) - half(o), D(o) + half(o)] if isinstance(o, str) else [o]) for o in ops]
    vals = [f(*c) for c in itertools.product(*bx)]
    return (min(vals), max(vals))

X = lambda v: D(str(v))

# Ex 1.1  a=2, b=-3, c=10, d = a*b + c
judge("Step 1: a * b = 2.0 * (-3.0) = -6.0", [("-6.0", X(-6), "x")], "a*b")
judge("Step 2: -6.0 + c = -6.0 + 10.0 = 4.0", [("4.0", X(4), "x")], "a*b + c")
judge("Answer: d.data = 4.0", [("4.0", X(4), "x")], "d restated")
judge("# Output: 4.0", [("4.0", X(4), "x")], "printed output of d")
# Ex 1.2  x=3, y=-2
judge("Step 1: x**2 = 3.0**2 = 9.0", [("9.0", X(9), "x")], "x^2")
judge("Step 2: 2*x*y = 2 * 3.0 * (-2.0) = -12.0", [("-12.0", X(-12), "x")], "2xy")
judge("Step 3: y**2 = (-2.0)**2 = 4.0", [("4.0", X(4), "x")], "y^2")
judge("Step 4: z = 9.0 + (-12.0) + 4.0 = 1.0", [("1.0", X(1), "x")], "sum")
judge("Answer: z.data = 1.0", [("1.0", X(1), "x")], "z restated")
judge("(3 + (-2))² = 1² = 1", [("1", X(1), "x")], "(x+y)^2")
judge("print(f\"z.data = {z.data}\")  # Output: 1.0", [("1.0", X(1), "x")], "printed output")
# Ex 1.3  relu
judge("Step 1: c = relu(-5.0) = max(0, -5.0) = 0.0", [("0.0", X(0), "x")], "relu(-5)")
judge("Step 2: d = relu(3.0) = max(0, 3.0) = 3.0", [("3.0", X(3), "x")], "relu(3)")
judge("Step 3: e = 0.0 + 3.0 = 3.0", [("3.0", X(3), "x")], "c + d")
judge("Answer: c.data = 0.0, d.data = 3.0, e.data = 3.0", [("0.0", X(0), "x"), ("3.0", X(3), "x")], "restated")
judge("# Output: c.data = 0.0, d.data = 3.0, e.data = 3.0", [("0.0", X(0), "x"), ("3.0", X(3), "x")], "output")
# Ex 2.1  c = a*b, a=2, b=3
judge("Forward: c = a * b = 2.0 * 3.0 = 6.0", [("6.0", X(6), "x")], "a*b")
judge("dc/da = b = 3.0", [("3.0", X(3), "x")], "dc/da = b")
judge("dc/db = a = 2.0", [("2.0", X(2), "x")], "dc/db = a")
judge("Answer: a.grad = 3.0, b.grad = 2.0", [("3.0", X(3), "x"), ("2.0", X(2), "x")], "grads")
judge("# Output: a.grad = 3.0, b.grad = 2.0", [("3.0", X(3), "x"), ("2.0", X(2), "x")], "output")
# Ex 2.2  d = a*b + c, a=2, b=-3, c=10
judge("temp = a * b = 2.0 * (-3.0) = -6.0", [("-6.0", X(-6), "x")], "a*b")
judge("d = temp + c = -6.0 + 10.0 = 4.0", [("4.0", X(4), "x")], "temp + c")
judge("dd/dtemp = 1.0", [("1.0", X(1), "x")], "local derivative of +")
judge("dd/dc = 1.0  →", [("1.0", X(1), "x")], "c.grad")
judge("dtemp/da = b = -3.0", [("-3.0", X(-3), "x")], "local derivative")
judge("dtemp/db = a = 2.0", [("2.0", X(2), "x")], "local derivative")
judge("dd/da = dd/dtemp * dtemp/da = 1.0 * (-3.0) = -3.0", [("-3.0", X(-3), "x")], "chain rule")
judge("dd/db = dd/dtemp * dtemp/db = 1.0 * 2.0 = 2.0", [("2.0", X(2), "x")], "chain rule")
judge("Answer: a.grad = -3.0, b.grad = 2.0, c.grad = 1.0", [("-3.0", X(-3), "x"), ("2.0", X(2), "x"), ("1.0", X(1), "x")], "grads")
judge("# Output: a.grad = -3.0, b.grad = 2.0, c.grad = 1.0", [("-3.0", X(-3), "x"), ("2.0", X(2), "x"), ("1.0", X(1), "x")], "output")
# Ex 2.3  y = x^3, x=3
judge("Forward: y = x³ = 3.0³ = 27.0", [("27.0", X(27), "x")], "3^3")
judge("dy/dx = 3x² = 3 * (3.0)² = 3 * 9 = 27.0", [("9", X(9), "x"), ("27.0", X(27), "x")], "3x^2")
judge("Answer: x.grad = 27.0", [("27.0", X(27), "x")], "restated")
judge("# Output: 27.0", [("27.0", X(27), "x")], "output")
# Ex 2.4  relu grads, a=-2, b=3
judge("c = relu(-2.0) = 0.0", [("0.0", X(0), "x")], "relu(-2)")
judge("d = relu(3.0) = 3.0", [("3.0", X(3), "x")], "relu(3)")
judge("^e = 0.0 + 3.0 = 3.0", [("3.0", X(3), "x")], "c + d")
judge("de/dc = 1.0", [("1.0", X(1), "x")], "local derivative")
judge("de/dd = 1.0", [("1.0", X(1), "x")], "local derivative")
judge("dc/da = 0 (because a = -2.0 < 0)", [("0", X(0), "x")], "relu'(-2)")
judge("dd/db = 1 (because b = 3.0 > 0)", [("1", X(1), "x")], "relu'(3)")
judge("de/da = de/dc * dc/da = 1.0 * 0 = 0.0", [("0.0", X(0), "x")], "chain rule")
judge("de/db = de/dd * dd/db = 1.0 * 1 = 1.0", [("1.0", X(1), "x")], "chain rule")
judge("Answer: a.grad = 0.0, b.grad = 1.0", [("0.0", X(0), "x"), ("1.0", X(1), "x")], "grads")
judge("# Output: a.grad = 0.0, b.grad = 1.0", [("0.0", X(0), "x"), ("1.0", X(1), "x")], "output")
# Ex 3.1  c = a+b, d = a*b, e = c*d with a=2, b=-3
judge("c(-1.0)", [("-1.0", X(-1), "x")], "graph: c = a + b")
judge("e(6.0)", [("-6.0", X(-6), "x"), ("6.0", X(6), "x")], "graph: d, e")
judge("- c = -1.0 (operation: +", [("-1.0", X(-1), "x")], "c")
judge("- d = -6.0 (operation: *", [("-6.0", X(-6), "x")], "d")
judge("- e = 6.0 (operation: *", [("6.0", X(6), "x")], "e")
judge("c = a + b = 2.0 + (-3.0) = -1.0", [("-1.0", X(-1), "x")], "a + b")
judge("d = a * b = 2.0 * (-3.0) = -6.0", [("-6.0", X(-6), "x")], "a * b")
judge("e = c * d = (-1.0) * (-6.0) = 6.0", [("6.0", X(6), "x")], "c * d")
# Ex 4.1 / 4.2  neuron w1=0.5, w2=-0.3, b=0.1, x1=2, x2=3, tanh
w1, w2, bb, x1, x2 = X("0.5"), X("-0.3"), X("0.1"), X(2), X(3)
z = w1 * x1 + w2 * x2 + bb
o = tanh(z); do = 1 - o * o
judge("z = 1.0 + (-0.9) + 0.1", [("1.0", w1 * x1, "x"), ("-0.9", w2 * x2, "x")], "products w1*x1, w2*x2")
judge("z = 0.2", [("0.2", z, "x")], "z")
judge("output = tanh(0.2) ≈ 0.197375", [("0.197375", box(tanh, [z]), "a")], "tanh(0.2) = 0.1973753")
judge("Answer: output ≈ 0.197", [("0.197", o, "b")], "rounded answer")
judge("{z.data}\")           # 0.2", [("0.2", z, "b")], "printed z (float 0.2 up to binary rounding)")
judge("{output.data}\") # ~0.197375", [("0.197375", o, "b")], "printed tanh")
judge("+ 0.1  # 0.2", [("0.2", z, "b")], "manual z")
judge("math.tanh(0.2)          # ~0.197375", [("0.197375", o, "b")], "manual tanh")
judge("# ~1.922", [("1.922", do * x1, "b")], "w1.grad = (1 - tanh^2) * x1")
judge("# ~2.883", [("2.883", do * x2, "b")], "w2.grad")
judge("# ~0.961", [("0.961", do, "b")], "b.grad")
judge("1 - tanh²(z) = 1 - 0.197375² ≈ 0.961", [("0.961", box(lambda t: 1 - t * t, ["0.197375"]), "a")], "1 - 0.197375^2 = 0.961043")
judge("dz/dw₁ = x₁ = 2.0", [("2.0", x1, "x")], "local derivative")
judge("dz/dw₂ = x₂ = 3.0", [("3.0", x2, "x")], "local derivative")
judge("dz/db = 1.0", [("1.0", X(1), "x")], "local derivative")
judge("= 0.961 * 2.0 ≈ 1.922", [("1.922", box(lambda a: a * 2, ["0.961"]), "a")], "0.961 * 2")
judge("= 0.961 * 3.0 ≈ 2.883", [("2.883", box(lambda a: a * 3, ["0.961"]), "a")], "0.961 * 3")
judge("= 0.961 * 1.0 ≈ 0.961", [("0.961", box(lambda a: a, ["0.961"]), "a")], "0.961 * 1")
# Ex 5.3  parameter count of MLP(3, [4, 4, 1])
judge("each with 3 weights + 1 bias = 4 params", [("4", X(4), "x")], "3 + 1")
judge("- Total: 4 * 4 = 16 parameters", [("16", X(16), "x")], "4 * 4")
judge("each with 4 weights + 1 bias = 5 params", [("5", X(5), "x")], "4 + 1")
judge("- Total: 4 * 5 = 20 parameters", [("20", X(20), "x")], "4 * 5")
judge("- 1 neuron with 4 weights + 1 bias = 5 params", [("5", X(5), "x")], "4 + 1")
judge("- Total: 1 * 5 = 5 parameters", [("5", X(5), "x")], "1 * 5")
judge("Total: 16 + 20 + 5 = 41 parameters", [("41", X(41), "x")], "sum")
judge("# Should print 41", [("41", X(41), "x")], "restated")
# Ex 6.1  MSE of [1.5, 2.0, 3.5] vs [1.0, 2.0, 3.0]
mse = (X("0.25") + 0 + X("0.25")) / 3
judge("((0.5)² + 0² + (0.5)²) / 3 = 0.5/3 ≈ 0.167", [("0.167", mse, "b")], "0.5/3")
judge("errors = [1.5-1.0, 2.0-2.0, 3.5-3.0] = [0.5, 0.0, 0.5]", [("0.5", X("0.5"), "x"), ("0.0", X(0), "x")], "errors")
judge("squared = [0.25, 0.0, 0.25]", [("0.25", X("0.25"), "x")], "squares")
judge("sum = 0.5", [("0.5", X("0.5"), "x")], "sum")
judge("mse = 0.5 / 3 ≈ 0.1667", [("0.1667", mse, "b")], "0.5/3 = 0.16667")
# Challenge 1 / 2
t5 = tanh(X("0.5"))
judge("# ~0.4621", [("0.4621", t5, "b")], "tanh(0.5) = 0.462117")
judge("# ~0.7864", [("0.7864", 1 - t5 * t5, "b")], "1 - tanh^2(0.5) = 0.786448")
judge("= 1 - 0.4621² ≈ 0.7864", [("0.7864", box(lambda t: 1 - t * t, ["0.4621"]), "a")],
      "1 - 0.4621^2 = 0.786464 with the printed operand (-> 0.7865); 0.7864 is reachable within half a unit of "
      "0.4621 and is the true value 0.786448 (close call)")
judge("# 0.5000", [("0.5000", sig(X(0)), "b")], "sigmoid(0)")
judge("# 0.2500", [("0.2500", sig(X(0)) * (1 - sig(X(0))), "b")], "sigmoid'(0)")
judge("= 0.5 * (1 - 0.5) = 0.25", [("0.25", X("0.25"), "x")], "0.5 * 0.5")

wrong = sorted((ln, r) for ln, r in results.items() if not r[0])
right = sorted(ln for ln, r in results.items() if r[0])
for ln in sorted(results):
    r = results[ln]
    print("%4d %-5s %-10s %s" % (ln, "OK" if r[0] else "WRONG", r[1], r[3]))
print("wrong:", [w[0] for w in wrong], " right:", len(right))

NOTES = (
    "Excerpt of an unlicensed page (see SOURCE.md). Every kept computed number is right. Seed gradients "
    "(dc/dc = 1.0, dd/dd = 1.0, de/de = 1.0, doutput/doutput = 1.0), inputs, weights and the generic ReLU-derivative "
    "rule lines are treated as givens (in neither list); local derivatives such as dz/dw1 = x1 = 2.0 are counted "
    "as computed and right. Close call: '1 - 0.4621² ≈ 0.7864' gives 0.786464 -> 0.7865 from the printed 0.4621, "
    "but 0.7864 is reachable within half a unit of 0.4621 and equals the true 1 - tanh²(0.5) = 0.786448, so right. "
    "'1 - 0.197375² ≈ 0.961' is 0.961043. The XOR training-loop 'Expected Output' (iteration losses from a "
    "randomly initialised MLP) cannot be recomputed and was cut from the excerpt.")

if "--write-expected" in sys.argv:
    exp = {"file": "doc.md", "format": "md", "source": SOURCE,
           "license": "none (no LICENSE file in the repository) - excerpt kept",
           "wrong": [{"line": ln, "page": None, "printed": r[1], "correct": r[2], "kind": "first", "why": r[3]}
                     for ln, r in wrong],
           "right": right, "notes": NOTES}
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print("wrote expected.json")
