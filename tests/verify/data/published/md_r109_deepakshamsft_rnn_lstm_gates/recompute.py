#!/usr/bin/env python3
"""Recompute every computed number in doc.md (excerpt of deepakshamsft/ai-portfolio ch06 RNN/LSTM chapter).

Rule: (a) a number printed as the result of an expression on its line must round (at its own digits) to the value
obtained from the printed operands, each rounded operand allowed anywhere within half a unit of its last digit;
(b) a restated value must be within one unit of the true value; (c) a value that follows from a wrong operand and
is itself off the true value by more than one unit is wrong, "propagated".
Usage: python3 recompute.py [--write-expected]
"""
import json, os, sys, itertools
from decimal import Decimal as D, getcontext
getcontext().prec = 60
HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "doc.md")
LINES = open(DOC, encoding="utf-8").read().split("\n")
URL = ("https://github.com/deepakshamsft/ai-portfolio/blob/d192a5220779bce30e6b397bc4caada5a41c3d23/"
       "notes/01-ml/03-neural-networks/ch06-rnns-lstms/README.md")

def line_of(sub):
    hits = [i + 1 for i, l in enumerate(LINES) if sub in l]
    if len(hits) != 1:
        raise SystemExit("line_of(%r): %d hits %s" % (sub, len(hits), hits))
    return hits[0]

def tanh(x):
    e = (2 * D(x)).exp(); return (e - 1) / (e + 1)
def sig(x):
    return 1 / (1 + (-D(x)).exp())
def unit(s):
    s = s.lstrip("-+"); return D(1).scaleb(-len(s.split(".")[1])) if "." in s else D(1)
def rnd(x, s):
    return D(x).quantize(unit(s))
def iv(s, given=False):
    """interval of an operand printed as s (exact if a given or an exactly computed value)"""
    v = D(s); h = 0 if given else unit(s) / 2
    return (v - h, v + h)
def a_ok(printed, f, *ops):
    """rule (a): can f(operands within their half-unit intervals) round to printed?"""
    vals = [f(*c) for c in itertools.product(*ops)]
    lo, hi = min(vals), max(vals)
    p = D(printed); h = unit(printed) / 2
    return not (hi < p - h or lo > p + h)
def within1(printed, true):
    return abs(D(printed) - D(true)) <= unit(printed)

# ---- true chained values -------------------------------------------------------------------------------------
T = {}
# 4.1 vanilla RNN
T["r1"], T["r2"] = D("0.2")*D("0.5") + D("-0.1")*D("-0.3"), D("0.1")*D("0.5") + D("0.3")*D("-0.3")
T["z1"], T["z2"] = T["r1"] + D("0.5"), T["r2"] + D("1.0")
T["h1"], T["h2"] = tanh(T["z1"]), tanh(T["z2"])
# 4.2 scalar chain h_t = tanh(0.8 h_{t-1}), h_0 = 0.5
h = D("0.5"); chain = []
for t in range(3):
    pre = D("0.8") * h; h = tanh(pre); chain.append((pre, h, 1 - h * h, D("0.8") * (1 - h * h)))
T["prod"] = chain[0][3] * chain[1][3] * chain[2][3]
# 4.3 LSTM step
hp, x, cp = D("0.5"), D("1.0"), D("0.3")
pf = D("0.40")*hp + D("0.60")*x - D("0.50"); pi = D("0.45")*hp + D("0.55")*x; pc = D("0.60")*hp + D("0.40")*x
po = D("0.50")*hp + D("0.50")*x
f, i, cc, o = sig(pf), sig(pi), tanh(pc), sig(po)
c = f * cp + i * cc; hh = o * tanh(c)
# 6 housing scenario: h_{t-1} = -0.3, x_t = +1.2, c_{t-1} = -0.60, same gate weights as 4.3
hp6, x6, cp6 = D("-0.3"), D("1.2"), D("-0.60")
pf6 = D("0.4")*hp6 + D("0.6")*x6 - D("0.5"); pi6 = D("0.45")*hp6 + D("0.55")*x6; pc6 = D("0.6")*hp6 + D("0.4")*x6
po6 = D("0.5")*hp6 + D("0.5")*x6
f6, i6, cc6, o6 = sig(pf6), sig(pi6), tanh(pc6), sig(po6)
c6 = f6 * cp6 + i6 * cc6; h6 = o6 * tanh(c6)

wrong, right, report = [], [], []
def judge(sub, items, why_first="", why_prop=""):
    """items: list of (printed, rule_a_ok, true_value, operand_wrong, correct_str)"""
    ln = line_of(sub); kind = None; bad = []
    for printed, aok, true, opw, corr in items:
        if not aok:
            kind = "first"; bad.append((printed, corr))
        elif opw == "R":  # restatement of a value already judged wrong
            kind = kind or "propagated"; bad.append((printed, corr))
        elif opw and not within1(printed, true):
            kind = kind or "propagated"; bad.append((printed, corr))
        elif not opw and not within1(printed, true) and aok is None:
            kind = "first"; bad.append((printed, corr))
    if kind:
        txt = LINES[ln - 1]
        bad = [(p if p in txt or p.replace("-", "\u2212") not in txt else p.replace("-", "\u2212"), c) for p, c in bad]
        for p, _ in bad:
            assert p in txt, (ln, p)
        wrong.append({"line": ln, "page": None, "printed": ", ".join(p for p, _ in bad),
                      "correct": ", ".join(c for _, c in bad), "kind": kind,
                      "why": why_first if kind == "first" else why_prop})
        report.append("WRONG %-10s line %3d: %s" % (kind, ln, LINES[ln-1].strip()[:110]))
    else:
        right.append(ln); report.append("right            line %3d: %s" % (ln, LINES[ln-1].strip()[:110]))

mul = lambda a, b: a * b
add = lambda a, b: a + b
G = lambda s: iv(s, True)
# 4.1
judge("0.10+0.03\\\\0.05-0.09", [
    ("0.10", a_ok("0.10", mul, G("0.2"), G("0.5")), D("0.10"), False, ""),
    ("0.03", a_ok("0.03", mul, G("-0.1"), G("-0.3")), D("0.03"), False, ""),
    ("0.05", a_ok("0.05", mul, G("0.1"), G("0.5")), D("0.05"), False, ""),
    ("-0.09", a_ok("-0.09", mul, G("0.3"), G("-0.3")), D("-0.09"), False, ""),
    ("0.13", a_ok("0.13", add, G("0.10"), G("0.03")), T["r1"], False, ""),
    ("-0.04", a_ok("-0.04", add, G("0.05"), G("-0.09")), T["r2"], False, "")])
judge("0.5\\times1.0+0.0\\times2.0", [
    ("0.50", a_ok("0.50", mul, G("0.5"), G("1.0")), D("0.5"), False, ""),
    ("1.00", a_ok("1.00", mul, G("0.5"), G("2.0")), D("1.0"), False, "")])
judge("\\mathbf{z} = ", [
    ("0.63", a_ok("0.63", add, iv("0.13"), G("0.50")), T["z1"], False, ""),
    ("0.96", a_ok("0.96", add, iv("-0.04"), G("1.00")), T["z2"], False, "")])
W745 = "tanh(0.96) = 0.74428, which rounds to 0.744, not 0.745"
judge("\\mathbf{h}_t = \\tanh\\begin{bmatrix}0.63", [
    ("0.558", a_ok("0.558", tanh, G("0.63")), T["h1"], False, "0.558"),
    ("0.745", a_ok("0.745", tanh, G("0.96")), T["h2"], False, str(rnd(T["h2"], "0.745")))], W745)
judge("($\\tanh(0.63) \\approx 0.558$", [
    ("0.558", a_ok("0.558", tanh, G("0.63")), T["h1"], False, "0.558"),
    ("0.745", a_ok("0.745", tanh, G("0.96")), T["h2"], False, str(rnd(T["h2"], "0.745")))], W745)
judge("**Interpretation.** Dimension 1 ended at 0.558", [
    ("0.558", True, T["h1"], False, ""), ("0.745", True, T["h2"], "R", str(rnd(T["h2"], "0.745")))],
    "", "restates h_t[2] = 0.745; tanh(0.96) = 0.744")
# 4.2
judge("\\approx 0.8\\times0.9 = 0.72$", [("0.72", a_ok("0.72", mul, G("0.8"), G("0.9")), D("0.72"), False, "")])
sq = lambda a: a * a
one_minus = lambda a: 1 - a
p1, p2, p3 = chain
judge("| 1 | $\\tanh(0.40)=0.380$", [
    ("0.380", a_ok("0.380", tanh, G("0.40")), p1[1], False, ""),
    ("0.145", a_ok("0.145", sq, iv("0.380")), p1[1] ** 2, False, ""),
    ("0.855", a_ok("0.855", one_minus, iv("0.145")), p1[2], False, ""),
    ("0.684", a_ok("0.684", mul, G("0.8"), iv("0.855")), p1[3], False, "")])
judge("| 2 | $\\tanh(0.304)=0.296$", [
    ("0.304", a_ok("0.304", mul, G("0.8"), iv("0.380")), p2[0], False, ""),
    ("0.296", a_ok("0.296", tanh, (D("0.8")*D("0.3795"), D("0.8")*D("0.3805"))), p2[1], False, str(rnd(p2[1], "0.296"))),
    ("0.088", a_ok("0.088", sq, iv("0.296")), p2[1] ** 2, True, str(rnd(p2[1] ** 2, "0.088"))),
    ("0.912", a_ok("0.912", one_minus, iv("0.088")), p2[2], True, str(rnd(p2[2], "0.912"))),
    ("0.730", a_ok("0.730", mul, G("0.8"), iv("0.912")), p2[3], True, "")],
    "tanh(0.304) = 0.29497, which rounds to 0.295, not 0.296 (so h_2^2 = 0.087 and 1 - h_2^2 = 0.913)")
judge("| 3 | $\\tanh(0.237)=0.233$", [
    ("0.237", a_ok("0.237", mul, G("0.8"), iv("0.296")), p3[0], True, str(rnd(p3[0], "0.237"))),
    ("0.233", a_ok("0.233", tanh, iv("0.237")), p3[1], True, str(rnd(p3[1], "0.233"))),
    ("0.054", a_ok("0.054", sq, iv("0.233")), p3[1] ** 2, True, ""),
    ("0.946", a_ok("0.946", one_minus, iv("0.054")), p3[2], True, ""),
    ("0.757", a_ok("0.757", mul, G("0.8"), iv("0.946")), p3[3], True, "")],
    "", "carries h_2 = 0.296: 0.8 x 0.29497 = 0.236 and tanh(0.236) = 0.232 (page 0.237, 0.233)")
prod3 = lambda a, b, c: a * b * c
judge("**Gradient from loss at $t=3$ back to $h_0$:**", [
    ("0.378", a_ok("0.378", prod3, iv("0.684"), iv("0.730"), iv("0.757")), T["prod"], False, ""),
    ("0.38", True, T["prod"], False, "")])
pw = lambda n: (lambda a: a ** n)
judge("| $T=1$ | $0.8^1 = 0.800$", [("0.800", a_ok("0.800", pw(1), G("0.8")), D("0.8"), False, "")])
judge("| $T=5$ | $0.8^5", [("0.328", a_ok("0.328", pw(5), G("0.8")), D("0.8") ** 5, False, ""),
                              ("0.33", True, D("0.8") ** 5, False, "")])
judge("| $T=20$ | $0.8^{20}", [("0.012", a_ok("0.012", pw(20), G("0.8")), D("0.8") ** 20, False, ""),
                                 ("0.012", True, D("0.8") ** 20, False, "")])
judge("| $T=100$ |", [("2", a_ok("2", lambda a: a ** 100 * D(10) ** 10, G("0.8")), D("0.8") ** 100 * D(10) ** 10, False, "")])
judge("the gradient reaching month 1 is $0.8^{12}", [("0.07", a_ok("0.07", pw(12), G("0.8")), D("0.8") ** 12, False, "")])
# 4.3
judge("| Forget $f_t$ | 0.40", [("0.30", a_ok("0.30", lambda: pf), pf, False, "")])
judge("| Input $i_t$ | 0.45", [("0.775", a_ok("0.775", lambda: pi), pi, False, "")])
judge("| Candidate $\\tilde{c}_t$ | 0.60", [("0.70", a_ok("0.70", lambda: pc), pc, False, "")])
judge("| Output $o_t$ | 0.50", [("0.75", a_ok("0.75", lambda: po), po, False, "")])
judge("$$f_t = \\sigma(0.30)", [
    ("1.7408", a_ok("1.7408", lambda a: 1 + (-a).exp(), G("0.30")), 1 + (-pf).exp(), False, ""),
    ("0.574", a_ok("0.574", lambda a: 1 / a, iv("1.7408")), f, False, "")])
judge("Keep 57.4 % of the old cell state", [("57.4", True, f * 100, False, "")])
judge("$$i_t = \\sigma(0.775)", [
    ("1.4607", a_ok("1.4607", lambda a: 1 + (-a).exp(), G("0.775")), 1 + (-pi).exp(), False, ""),
    ("0.684", a_ok("0.684", lambda a: 1 / a, iv("1.4607")), i, False, str(rnd(i, "0.684")))],
    "1/1.4607 = 0.68461 (sigma(0.775) = 0.684602), which rounds to 0.685, not 0.684")
judge("Write 68.4 % of the candidate update", [("68.4", True, i * 100, "R", str(rnd(i * 100, "68.4")))],
      "", "restates i_t = 0.684; sigma(0.775) = 0.6846 = 68.5 %")
judge("$$\\tilde{c}_t = \\tanh(0.70)", [("0.604", a_ok("0.604", tanh, G("0.70")), cc, False, "")])
judge("Proposed new memory value: 0.604", [("0.604", True, cc, False, "")])
judge("$$c_t = f_t\\odot c_{t-1}", [
    ("0.172", a_ok("0.172", mul, iv("0.574"), G("0.3")), f * cp, False, ""),
    ("0.413", a_ok("0.413", mul, iv("0.684"), iv("0.604")), i * cc, True, ""),
    ("0.585", a_ok("0.585", add, iv("0.172"), iv("0.413")), c, True, str(rnd(c, "0.585")))],
    "", "uses i_t = 0.684: the true cell state is 0.574443 x 0.3 + 0.684602 x 0.604368 = 0.58608 -> 0.586")
judge("New cell: retained 17.2 %", [("17.2", True, f * cp * 100, False, ""), ("41.3", True, i * cc * 100, False, "")])
judge("$$o_t = \\sigma(0.75)", [
    ("1.4724", a_ok("1.4724", lambda a: 1 + (-a).exp(), G("0.75")), 1 + (-po).exp(), False, ""),
    ("0.679", a_ok("0.679", lambda a: 1 / a, iv("1.4724")), o, False, "")])
judge("Expose 67.9 % of the cell state", [("67.9", True, o * 100, False, "")])
judge("$$h_t = o_t\\odot\\tanh(c_t)", [
    ("0.525", a_ok("0.525", tanh, iv("0.585")), tanh(c), True, str(rnd(tanh(D("0.585")), "0.525"))),
    ("0.357", a_ok("0.357", mul, iv("0.679"), iv("0.525")), hh, True, "")],
    "tanh(0.585) = 0.52629, which rounds to 0.526, not 0.525 (0.679 x 0.526 = 0.357 still; true h_t = 0.35798)")
judge("Public output: 0.357", [("0.357", True, hh, True, "")])
judge("| Cell state $c$ | 0.300 |", [
    ("0.585", True, c, "R", str(rnd(c, "0.585"))),
    ("95", a_ok("95", lambda a: (a / D("0.3") - 1) * 100, iv("0.585")), (c / D("0.3") - 1) * 100, True, "")],
    "", "restates c_t = 0.585; true 0.586")
judge("| Hidden state $h$ | 0.500 |", [("0.357", True, hh, True, "")])
judge("Why the forget gate $f_t = 0.574$ matters", [("0.574", True, f, False, "")])
judge("The gradient flowing from month 12 back to month 1 is", [("7", a_ok("7", lambda a: a ** 12 * 100, G("0.8")), D("0.8") ** 12 * 100, False, "")])
# 6
judge("| Pre-forget |", [("0.50", a_ok("0.50", lambda: pf6), pf6, False, str(rnd(pf6, "0.50")))],
      "0.4 x (-0.3) + 0.6 x 1.2 - 0.5 = -0.12 + 0.72 - 0.5 = 0.10, not 0.50")
judge("| Forget gate $f_t$ | $\\sigma(0.50)$", [
    ("0.622", a_ok("0.622", sig, iv("0.50")), f6, True, str(rnd(f6, "0.622"))),
    ("62", a_ok("62", lambda a: a * 100, iv("0.622")), f6 * 100, True, str(rnd(f6 * 100, "62")))],
    "", "sigma of the wrong pre-activation 0.50; sigma(0.10) = 0.525")
judge("| Pre-input |", [("0.525", a_ok("0.525", lambda: pi6), pi6, False, "")])
judge("| Input gate $i_t$ | $\\sigma(0.525)$", [
    ("0.628", a_ok("0.628", sig, G("0.525")), i6, False, ""),
    ("63", a_ok("63", lambda a: a * 100, iv("0.628")), i6 * 100, False, "")])
judge("| Candidate $\\tilde{c}_t$ | $\\tanh(0.6", [
    ("0.30", a_ok("0.30", lambda: pc6), pc6, False, ""),
    ("0.291", a_ok("0.291", tanh, G("0.30")), cc6, False, "")])
judge("| Cell update |", [
    ("-0.190", a_ok("-0.190", lambda a, b: a * D("-0.60") + b * D("0.291"), iv("0.622"), iv("0.628")), c6, True,
     str(rnd(c6, "-0.190")))],
    "", "uses f_t = 0.622: 0.524979 x (-0.60) + 0.628310 x 0.291313 = -0.1320")
judge("| Output gate $o_t$ | $\\sigma(0.75)$", [
    ("0.75", False, po6, False, str(rnd(po6, "0.75"))),
    ("0.679", a_ok("0.679", sig, G("0.75")), o6, True, str(rnd(o6, "0.679"))),
    ("68", True, o6 * 100, True, str(rnd(o6 * 100, "68")))],
    "stale copy of section 4.3's output pre-activation: with the same output weights (0.5, 0.5, 0) and this "
    "scenario's h_{t-1} = -0.3, x_t = 1.2 it is 0.5 x (-0.3) + 0.5 x 1.2 = 0.45, sigma(0.45) = 0.611")
judge("| Hidden $h_t$ | $0.679\\times\\tanh(-0.190)$", [
    ("-0.128", a_ok("-0.128", lambda a, b: a * tanh(b), iv("0.679"), iv("-0.190")), h6, True, str(rnd(h6, "-0.128")))],
    "", "built on the wrong o_t and c_t: true 0.610639 x tanh(-0.13196) = -0.0801")
judge("**What just happened.**", [
    ("-0.190", True, c6, "R", str(rnd(c6, "-0.190"))),
    ("68", a_ok("68", lambda a: (D("0.60") + a) / D("0.60") * 100, iv("-0.190")), (D("0.60") + c6) / D("0.60") * 100, True,
     str(rnd((D("0.60") + c6) / D("0.60") * 100, "68")))],
    "", "restates c_t = -0.190 (true -0.132) and its 68% reduction (true 78%)")

print("\n".join(report))
print("wrong: %d (first %d, propagated %d), right: %d" % (len(wrong), sum(w["kind"] == "first" for w in wrong),
      sum(w["kind"] == "propagated" for w in wrong), len(right)))
if "--write-expected" in sys.argv:
    exp = {"file": "doc.md", "format": "md", "source": URL,
           "license": "none found (no LICENSE file in the repository); excerpt of source lines 128-268 kept",
           "wrong": sorted(wrong, key=lambda w: w["line"]), "right": sorted(right),
           "notes": ("Excerpt of sections 4-6 of the Ch.6 RNN/LSTM chapter. Section 6 reuses section 4.3's gate weights "
                     "with h_{t-1} = -0.3, x_t = +1.2, c_{t-1} = -0.60 (read off its own pre-activation lines); its output "
                     "gate line copies sigma(0.75) from 4.3 although the same weights give 0.45 - judged wrong (first). "
                     "Close calls: 4.2 row 1 prints h_1^2 = 0.145 (0.380^2 = 0.1444, but 0.3805^2 = 0.14478 rounds to 0.145) - "
                     "right; 4.3 c_t = 0.585 is 1.08 units from the true 0.58608 - propagated; h_t = 0.357 is 0.98 units "
                     "from the true 0.35798 - right where merely restated, and the h_t line is wrong only for tanh(0.585) "
                     "= 0.525; 4.2 row 2 h_2^2 = 0.088 vs true 0.086996 (1.004 units) - propagated. "
                     "Section 5's MAPE ranges and the hypothetical weights in the 4.3 tip are not computed values. "
                     "The 4.2 gradient product 0.378 (true 0.3785) follows from the printed factors within their rounding.")}
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, indent=2, ensure_ascii=False); fh.write("\n")
    print("wrote expected.json")
