#!/usr/bin/env python3
"""Independent recomputation of the Add & Norm (residual + layer normalization) excerpt
(prakash-p-3121/introduction-to-building-llms, 08_Add_and_Normalize/README.md).
Plain Python, decimal at 60 digits. Usage: python3 recompute.py [--write-expected]"""
import json, os, sys
from decimal import Decimal as D, getcontext, ROUND_HALF_EVEN
getcontext().prec = 60
HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, "doc.md"), encoding="utf-8").read().split("\n")
URL = ("https://github.com/prakash-p-3121/introduction-to-building-llms/blob/"
       "4dc1cb14f6d3ab207a98cb5073e26ef2057e9f85/08_Add_and_Normalize/README.md")

def find(text, start=0):
    for i in range(start, len(LINES)):
        if text in LINES[i]:
            return i + 1
    raise SystemExit("line not found: %r" % text)

def q(x, places):
    return x.quantize(D(1).scaleb(-places), rounding=ROUND_HALF_EVEN)

def sqrt(x):
    return x.sqrt()

right, wrong, report = [], [], []
def judge(line, ok, printed, correct, why, kind="first"):
    report.append("%-5s line %2d  printed %-22s true %-22s %s" % ("OK" if ok else "WRONG", line, printed, correct, why))
    if ok:
        right.append(line)
    else:
        wrong.append({"line": line, "page": None, "printed": printed, "correct": correct, "kind": kind, "why": why})

# givens
inp = [D("1.8"), D("-0.3"), D("0.8")]
att = [D("1.36"), D("0.91"), D("1.07")]
assert "[1.8, -0.3, 0.8]" in LINES[find("`input = ") - 1]
assert "[1.36, 0.91, 1.07]" in LINES[find("`attention_output = ") - 1]

# residual
z = [a + b for a, b in zip(inp, att)]
L = find("= [3.16, 0.61, 1.87]   (Residual Output)")
judge(L, [q(v, 2) for v in z] == [D("3.16"), D("0.61"), D("1.87")], "3.16, 0.61, 1.87",
      ", ".join(str(v) for v in z), "element-wise sum of the input and attention output (exact)")
L = find("Let's normalize our residual output vector `z = [3.16, 0.61, 1.87]`")
judge(L, True, "3.16, 0.61, 1.87", ", ".join(str(v) for v in z), "restates the residual output (exact)")

# mean
mu = sum(z) / 3
L = find("$\\mu = (3.16 + 0.61 + 1.87) / 3 = 5.64 / 3 = 1.88$")
ok = sum(z) == D("5.64") and q(D("5.64") / 3, 2) == D("1.88") and q(mu, 2) == D("1.88")
judge(L, ok, "5.64, 1.88", "%s, %s" % (sum(z), mu), "sum 5.64, mean 5.64/3 = 1.88 (exact)")

# variance
L = find("$\\sigma^2 = ((3.16-1.88)^2 + (0.61-1.88)^2 + (1.87-1.88)^2) / 3$")
judge(L, True, "1.88 (restated)", str(mu), "restates z and the mean; no new result on this line")
dev = [v - D("1.88") for v in z]
sq = [d * d for d in dev]
var_printed_ops = sum([D("1.6384"), D("1.6129"), D("0.0001")]) / 3
var = sum((v - mu) ** 2 for v in z) / 3
L = find("$\\sigma^2 = (1.28^2 + (-1.27)^2 + (-0.01)^2) / 3 = (1.6384 + 1.6129 + 0.0001) / 3 = 1.08$")
ok = (dev == [D("1.28"), D("-1.27"), D("-0.01")] and sq == [D("1.6384"), D("1.6129"), D("0.0001")]
      and q(var_printed_ops, 2) == D("1.08") and q(var, 2) == D("1.08"))
judge(L, ok, "1.28, -1.27, -0.01, 1.6384, 1.6129, 0.0001, 1.08",
      "1.28, -1.27, -0.01, 1.6384, 1.6129, 0.0001, %s" % q(var, 6),
      "deviations and squares exact; 3.2514/3 = 1.0838 -> 1.08")

# sqrt
s_pr = sqrt(D("1.08"))
L = find("Let's use `sqrt(1.08) ≈ 1.04`")
judge(L, q(s_pr, 2) == D("1.04") and q(sqrt(var), 2) == D("1.04"), "1.04", str(q(s_pr, 5)),
      "sqrt(1.08) = 1.03923 -> 1.04 (sqrt of the true variance 1.0838 is 1.04106)")

# normalized values: rule (a) from the printed operands on each line, and rule (b) vs the true value
true_norm = [(v - mu) / sqrt(var) for v in z]
for k, (zi, pr) in enumerate(zip(["3.16", "0.61", "1.87"], ["1.23", "-1.22", "-0.01"])):
    L = find("$z'_%d = (%s - 1.88) / 1.04 = %s$" % (k, zi, pr))
    from_line = (D(zi) - D("1.88")) / D("1.04")
    ok = q(from_line, 2) == D(pr) and abs(D(pr) - true_norm[k]) <= D("0.01")
    judge(L, ok, pr, str(q(from_line, 4)), "(%s - 1.88)/1.04 = %s; true (z-mu)/sigma = %s"
          % (zi, q(from_line, 4), q(true_norm[k], 4)))
L = find("Our normalized vector is `z_norm = [1.23, -1.22, -0.01]`")
judge(L, all(abs(D(p) - t) <= D("0.01") for p, t in zip(["1.23", "-1.22", "-0.01"], true_norm)),
      "1.23, -1.22, -0.01", ", ".join(str(q(t, 4)) for t in true_norm), "restates the three normalized values")

print("\n".join(report))
print("right: %d  wrong: %d" % (len(right), len(wrong)))
if "--write-expected" in sys.argv:
    exp = {"file": "doc.md", "format": "md", "source": URL,
           "license": "none stated (no LICENSE file in the repository); doc.md is an excerpt of the worked lines only",
           "wrong": wrong, "right": sorted(right),
           "notes": ("Excerpt of 08_Add_and_Normalize/README.md (original lines 12-57, only lines with numbers, "
                     "headings and code fences; blank runs collapsed). Givens: input [1.8, -0.3, 0.8] and "
                     "attention_output [1.36, 0.91, 1.07]. Residual [3.16, 0.61, 1.87] exact; mean 1.88 exact; "
                     "variance 3.2514/3 = 1.0838 printed 1.08; sqrt(1.08) = 1.0392 printed 1.04; normalized "
                     "values 1.28/1.04 = 1.2308, -1.27/1.04 = -1.2212, -0.01/1.04 = -0.0096 printed 1.23, -1.22, "
                     "-0.01, and the same to two places with the unrounded sigma 1.04106 (epsilon negligible). "
                     "Everything is right: a clean document (false-alarm test).")}
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print("wrote expected.json")
