#!/usr/bin/env python3
"""Recompute every computed number of doc.md (excerpt of dummy-ilh/MINE DL/Basics/ch8_optimizers.md, section 8.9
"Worked Numerical Example: 5 Steps of Adam": g = [0.5, 0.8, -0.3, 0.6, 0.4], eta = 0.001, beta1 = 0.9,
beta2 = 0.999, eps = 1e-8, theta0 = 1.0) and judge each line by the corpus rule. Plain Python 3, Decimal at 60 digits.
Usage: python3 recompute.py [--write-expected]"""
DOC = "doc.md"
# ---- shared helpers (copied verbatim into each recompute.py) ----
import json, sys, os
from decimal import Decimal as D, getcontext, ROUND_HALF_UP
getcontext().prec = 60
HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, DOC), encoding="utf-8").read().split("\n")

def line_of(sub, after=0):
    for i, t in enumerate(LINES, 1):
        if i > after and sub in t:
            return i
    raise SystemExit("line_of: substring not found: %r (after %d)" % (sub, after))

def unit(p):
    s = p.lstrip("-")
    return D(1).scaleb(-len(s.split(".")[1])) if "." in s else D(1)

def rnd(x, p):
    return x.quantize(unit(p), rounding=ROUND_HALF_UP)

def ok_a(p, lo, hi=None):
    """rule (a): some value in [lo, hi] (operands within half a unit) rounds to p"""
    hi = lo if hi is None else hi
    lo, hi = min(lo, hi), max(lo, hi)
    u = unit(p); P = D(p)
    return not (hi < P - u / 2 or lo > P + u / 2)

def ok_b(p, true):
    """rule (b): within one unit of the last digit of the true value"""
    return abs(D(p) - true) <= unit(p)

def half(p):
    """interval of a printed rounded operand"""
    u = unit(p) / 2
    return D(p) - u, D(p) + u

ENTRIES = []   # (line, [(printed, ok, correct)], kind, why)

def item(line, checks, kind="first", why=""):
    assert all(str(c[0]) in LINES[line - 1] for c in checks), (line, checks, LINES[line - 1])
    ENTRIES.append((line, checks, kind, why))

def finish(meta):
    wrong, right = [], []
    for line, checks, kind, why in sorted(ENTRIES):
        bad = [c for c in checks if not c[1]]
        status = "WRONG" if bad else "ok"
        print("%4d %-5s %s" % (line, status, LINES[line - 1].strip()[:110]))
        for c in bad:
            print("          printed %s  correct %s  (%s, %s)" % (c[0], c[2], kind, why))
        if bad:
            wrong.append({"line": line, "page": None, "printed": "; ".join(c[0] for c in bad),
                          "correct": "; ".join(c[2] for c in bad), "kind": kind, "why": why})
        else:
            right.append(line)
    lines = [w["line"] for w in wrong] + right
    assert len(lines) == len(set(lines)), "duplicate line"
    print("wrong: %d (first %d, propagated %d), right: %d" % (
        len(wrong), sum(w["kind"] == "first" for w in wrong),
        sum(w["kind"] == "propagated" for w in wrong), len(right)))
    if "--write-expected" in sys.argv:
        out = dict(meta); out["wrong"] = wrong; out["right"] = right
        notes = out.pop("notes")
        out["notes"] = notes
        with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, indent=2, ensure_ascii=False); f.write("\n")
        print("wrote expected.json")
# ---- end helpers ----

def exact(text, after=0):
    for i, t in enumerate(LINES, 1):
        if i > after and t.strip() == text:
            return i
    raise SystemExit("exact: line not found: %r" % text)

def S(x): return x.sqrt()
eta, b1, b2, eps = D("0.001"), D("0.9"), D("0.999"), D("1e-8")
gs = [D(x) for x in ("0.5", "0.8", "-0.3", "0.6", "0.4")]
T = {}          # true values per step
m = v = D(0); th = D("1.0")
for t, g in enumerate(gs, 1):
    m = b1 * m + (1 - b1) * g; v = b2 * v + (1 - b2) * g * g
    mh = m / (1 - b1 ** t); vh = v / (1 - b2 ** t)
    step = eta * mh / (S(vh) + eps); th = th - step
    T[t] = dict(m=m, v=v, mh=mh, vh=vh, sq=S(vh), r=mh / S(vh), step=step, th=th)
    print("true t=%d: %s" % (t, {k: format(x, ".7g") for k, x in T[t].items()}))
sgd = [D("1.0")]
for g in gs: sgd.append(sgd[-1] - eta * g)

def P(s): return D(s)

# ---------------- step 1 ----------------
L = line_of("m₁ = 0.9×0    + 0.1×0.5   = 0.0500")
item(L, [("0.0500", ok_a("0.0500", P("0.05")), "0.0500")])
L = line_of("v₁ = 0.999×0  + 0.001×0.25 = 0.000250")
item(L, [("0.000250", ok_a("0.000250", P("0.00025")), "0.000250")])
L = line_of("m̂₁ = 0.0500 / (1 - 0.9¹)   = 0.0500 / 0.1    = 0.5000")
item(L, [("0.5000", ok_a("0.5000", P("0.05") / P("0.1")), "0.5000")])
L = line_of("v̂₁ = 0.000250 / (1 - 0.999¹) = 0.000250 / 0.001 = 0.2500")
item(L, [("0.2500", ok_a("0.2500", P("0.00025") / P("0.001")), "0.2500")])
L = exact("= 1.0 - 0.001 × 0.5000 / 0.5000")
item(L, [("0.5000 / 0.5000", ok_a("0.5000", S(P("0.25"))), "0.5000")])
L = exact("= 1.0 - 0.001 × 1.0000")
item(L, [("1.0000", ok_a("1.0000", P("0.5") / P("0.5")), "1.0000")])
L = exact("= 1.0 - 0.001000")
item(L, [("0.001000", ok_a("0.001000", P("0.001")), "0.001000")])
L = exact("= 0.999000")
item(L, [("0.999000", ok_b("0.999000", T[1]["th"]), "0.999000")])

# ---------------- step 2 ----------------
L = line_of("m₂ = 0.9×0.0500  + 0.1×0.8   = 0.0450 + 0.0800 = 0.1250")
item(L, [("0.0450", ok_a("0.0450", P("0.9") * P("0.05")), "0.0450"), ("0.0800", ok_a("0.0800", P("0.08")), "0.0800"),
         ("0.1250", ok_a("0.1250", P("0.125")), "0.1250")])
L = line_of("v₂ = 0.999×0.000250 + 0.001×0.64 = 0.000250 + 0.000640 = 0.000890")
item(L, [("= 0.000250", ok_a("0.000250", P("0.999") * P("0.000250")), "0.000250"),
         ("0.000640", ok_a("0.000640", P("0.00064")), "0.000640"),
         ("0.000890", ok_a("0.000890", P("0.000250") + P("0.000640")), str(rnd(T[2]["v"], "0.000890")))])
L = line_of("m̂₂ = 0.1250 / (1 - 0.9²)   = 0.1250 / 0.19   = 0.6579")
item(L, [("0.19", ok_a("0.19", 1 - P("0.81")), "0.19"), ("0.6579", ok_a("0.6579", P("0.125") / P("0.19")), "0.6579")])
L = line_of("v̂₂ = 0.000890 / (1 - 0.999²) = 0.000890 / 0.001999 = 0.4452")
lo, hi = [x / P("0.001999") for x in half("0.000890")]
item(L, [("0.001999", ok_a("0.001999", 1 - P("0.999") ** 2), "0.001999"), ("0.4452", ok_a("0.4452", lo, hi), "0.4452")])
L = exact("= 0.999000 - 0.001 × 0.6579 / 0.6672")
lo, hi = [S(x) for x in half("0.4452")]
item(L, [("0.6672", ok_a("0.6672", lo, hi), str(rnd(T[2]["sq"], "0.6672")))])
L = exact("= 0.999000 - 0.001 × 0.9861")
c = [a / b for a in half("0.6579") for b in half("0.6672")]
item(L, [("0.9861", ok_a("0.9861", min(c), max(c)), str(rnd(T[2]["r"], "0.9861")))])
L = exact("= 0.999000 - 0.000986")
item(L, [("0.000986", ok_a("0.000986", *[P("0.001") * x for x in half("0.9861")]), "0.000986")])
L = exact("= 0.998014")
item(L, [("0.998014", ok_b("0.998014", T[2]["th"]), str(rnd(T[2]["th"], "0.998014")))])

# ---------------- step 3 ----------------
L = line_of("m₃ = 0.9×0.1250  + 0.1×(-0.3) = 0.1125 - 0.0300 = 0.0825")
item(L, [("0.1125", ok_a("0.1125", P("0.9") * P("0.125")), "0.1125"), ("0.0300", ok_a("0.0300", P("0.03")), "0.0300"),
         ("0.0825", ok_a("0.0825", P("0.1125") - P("0.03")), "0.0825")])
L = line_of("v₃ = 0.999×0.000890 + 0.001×0.09 = 0.000889 + 0.000090 = 0.000979")
item(L, [("0.000889", ok_a("0.000889", *[P("0.999") * x for x in half("0.000890")]), "0.000889"),
         ("0.000090", ok_a("0.000090", P("0.00009")), "0.000090"),
         ("0.000979", ok_a("0.000979", *[x + P("0.00009") for x in half("0.000889")]), str(rnd(T[3]["v"], "0.000979")))])
L = line_of("m̂₃ = 0.0825 / (1 - 0.9³)   = 0.0825 / 0.271  = 0.3044")
item(L, [("0.271", ok_a("0.271", 1 - P("0.9") ** 3), "0.271"), ("0.3044", ok_a("0.3044", P("0.0825") / P("0.271")), "0.3044")])
L = line_of("v̂₃ = 0.000979 / (1 - 0.999³) = 0.000979 / 0.002997 = 0.3267")
item(L, [("0.002997", ok_a("0.002997", 1 - P("0.999") ** 3), "0.002997"),
         ("0.3267", ok_a("0.3267", *[x / P("0.002997") for x in half("0.000979")]), "0.3267")])
L = exact("= 0.998014 - 0.001 × 0.3044 / 0.5716")
item(L, [("0.5716", ok_a("0.5716", *[S(x) for x in half("0.3267")]), "0.5716")])
L = exact("= 0.998014 - 0.001 × 0.5325")
c = [a / b for a in half("0.3044") for b in half("0.5716")]
item(L, [("0.5325", ok_a("0.5325", min(c), max(c)), "0.5325")])
L = exact("= 0.998014 - 0.000533")
item(L, [("0.000533", ok_a("0.000533", *[P("0.001") * x for x in half("0.5325")]), "0.000533")])
L = exact("= 0.997482")
# rule (b): no working on this line; true theta3 = 0.99748120 (the preceding line's 0.998014 - 0.000533 = 0.997481)
item(L, [("0.997482", ok_b("0.997482", T[3]["th"]), str(rnd(T[3]["th"], "0.997482")))])

# ---------------- step 4 ----------------
L = line_of("m₄ = 0.9×0.0825 + 0.1×0.6  = 0.1343")
item(L, [("0.1343", ok_a("0.1343", P("0.9") * P("0.0825") + P("0.06")), "0.1343")])
L = line_of("v₄ = 0.999×0.000979 + 0.001×0.36 = 0.001339")
item(L, [("0.001339", ok_a("0.001339", *[P("0.999") * x + P("0.00036") for x in half("0.000979")]),
          str(rnd(T[4]["v"], "0.001339")))])
L = line_of("m̂₄ = 0.1343/0.3439 = 0.3905")
item(L, [("0.3439", ok_b("0.3439", 1 - P("0.9") ** 4), "0.3439"),
         ("0.3905", ok_a("0.3905", *[x / P("0.3439") for x in half("0.1343")]), "0.3905")])
L = line_of("v̂₄ = 0.001339/0.003994 = 0.3353")
item(L, [("0.003994", ok_b("0.003994", 1 - P("0.999") ** 4), "0.003994"),
         ("0.3353", ok_a("0.3353", *[x / P("0.003994") for x in half("0.001339")]), "0.3353")])
L = line_of("θ₄ = 0.997482 - 0.001 × 0.3905/0.5790 = 0.997482 - 0.000675 = 0.996808")
c = [P("0.001") * a / b for a in half("0.3905") for b in half("0.5790")]
c2 = [a - b for a in half("0.997482") for b in half("0.000675")]
item(L, [("0.5790", ok_a("0.5790", *[S(x) for x in half("0.3353")]), "0.5790"),
         ("0.000675", ok_a("0.000675", min(c), max(c)), "0.000674"),
         ("0.996808", ok_a("0.996808", min(c2), max(c2)), "0.996807")])

# ---------------- step 5 ----------------
L = line_of("m₅ = 0.9×0.1343 + 0.1×0.4  = 0.1609")
item(L, [("0.1609", ok_a("0.1609", *[P("0.9") * x + P("0.04") for x in half("0.1343")]), "0.1609")])
L = line_of("v₅ = 0.999×0.001339 + 0.001×0.16 = 0.001499")
c = [P("0.999") * x + P("0.00016") for x in half("0.001339")]
item(L, [("0.001499", ok_a("0.001499", *c), str(rnd(P("0.999") * P("0.001339") + P("0.00016"), "0.001499")))], "first",
     "0.999*0.001339 + 0.00016 = 0.0013377 + 0.00016 = 0.0014977 -> 0.001498 (true chain 0.0014965 -> 0.001497), not 0.001499")
L = line_of("m̂₅ = 0.1609/0.4095 = 0.3929")
item(L, [("0.4095", ok_b("0.4095", 1 - P("0.9") ** 5), "0.4095"),
         ("0.3929", ok_a("0.3929", *[x / P("0.4095") for x in half("0.1609")]), "0.3929")])
L = line_of("v̂₅ = 0.001499/0.004990 = 0.3004")
item(L, [("0.004990", ok_b("0.004990", 1 - P("0.999") ** 5), "0.004990"),
         ("0.3004", ok_b("0.3004", T[5]["vh"]), str(rnd(T[5]["vh"], "0.3004")))], "propagated",
     "divides the wrong v5 = 0.001499; 0.001498/0.004990 = 0.3002 (true 0.2999)")
L = line_of("θ₅ = 0.996808 - 0.001 × 0.3929/0.5481 = 0.996808 - 0.000717 = 0.996091")
item(L, [("0.5481", ok_b("0.5481", T[5]["sq"]), str(rnd(T[5]["sq"], "0.5481"))),
         ("0.000717", ok_b("0.000717", T[5]["step"]), "0.000717"),
         ("0.996091", ok_a("0.996091", *[a - P("0.000717") for a in half("0.996808")]), "0.996091")], "propagated",
     "sqrt of the wrong v_hat5 = 0.3004; sqrt(0.2999) = 0.5476 (step 0.000717 and theta5 stay right at their digits)")

# ---------------- comparison table ----------------
rows = [("  1  │  0.5", [("1.000-0.00050", sgd[0], eta * gs[0]), ("1.000-0.00100", T[1]["th"] + T[1]["step"], T[1]["step"])], "0.00100"),
        ("  2  │  0.8", [("0.9995-0.00080", sgd[1], eta * gs[1]), ("0.999-0.00099", T[1]["th"], T[2]["step"])], "0.00099"),
        ("  3  │ -0.3", [("0.9987+0.00030", sgd[2], eta * gs[2]), ("0.998-0.00053", T[2]["th"], T[3]["step"])], "0.00053"),
        ("  4  │  0.6", [("0.9990-0.00060", sgd[3], eta * gs[3]), ("0.997-0.00068", T[3]["th"], T[4]["step"])], "0.00068"),
        ("  5  │  0.4", [("0.9984-0.00040", sgd[4], eta * gs[4]), ("0.997-0.00072", T[4]["th"], T[5]["step"])], "0.00072")]
for key, cells, last in rows:
    L = line_of(key)
    checks = []
    for txt, base, step in cells:
        a, s = txt.replace("+", "-").split("-")
        checks.append((txt, ok_b(a, base) and ok_b(s, abs(step)), "%s%s%s" % (rnd(base, a), "+" if step < 0 else "-", rnd(abs(step), s))))
    checks.append((last, ok_b(last, abs(cells[1][2])), str(rnd(abs(cells[1][2]), last))))
    item(L, checks)

L = line_of("scales with gradient magnitude (0.0003 to 0.0008)")
item(L, [("0.0003", ok_b("0.0003", eta * P("0.3")), "0.0003"), ("0.0008", ok_b("0.0008", eta * P("0.8")), "0.0008")])
L = line_of("Adam's momentum (m₃=0.0825)")
item(L, [("0.0825", ok_b("0.0825", T[3]["m"]), "0.0825")])
L = line_of("Adam has moved θ: 1.000 → 0.996 (move of 0.004)")
item(L, [("0.996", ok_b("0.996", T[5]["th"]), "0.996"), ("0.004", ok_b("0.004", 1 - T[5]["th"]), "0.004")])
L = line_of("SGD has moved θ:  1.000 → 0.998 (move of 0.002)")
item(L, [("0.998", ok_b("0.998", sgd[5]), "0.998"), ("0.002", ok_b("0.002", 1 - sgd[5]), "0.002")])

finish({
    "file": "doc.md", "format": "md",
    "source": "https://github.com/dummy-ilh/MINE/blob/3332aec2fe3a5e31074d70e9f1a0fbba16683880/DL/Basics/ch8_optimizers.md",
    "license": "none found (excerpt of section 8.9 only, source lines 697-806)",
    "notes": ("Adam on one scalar, gradients given per step. Judged with the page's own rounded intermediates "
              "(rule (a), operands within half a unit). Close calls: m4 = 0.9*0.0825 + 0.06 = 0.13425 exactly, printed "
              "0.1343 (half-up) -> right; v4 = 0.999*0.000979 + 0.00036 = 0.0013380 printed 0.001339 is reachable only "
              "with 0.000979 taken at +half a unit (0.0013385) -> right; theta4 line 0.997482 - 0.000675 = 0.996807 "
              "printed 0.996808 is reachable only at the interval edge -> right; the bare '= 0.997482' line (preceded by "
              "'= 0.998014 - 0.000533', which gives 0.997481) is judged by rule (b) against the true 0.9974812 -> right. "
              "v5 = 0.999*0.001339 + 0.00016 = 0.0014977 can never round to 0.001499 -> wrong (first); v_hat5 0.3004 and "
              "sqrt 0.5481 follow from it (propagated). Table cells 'a-s' are read as previous theta and step size; the "
              "step-4 Adam step 0.00068 is a double rounding of 0.000675 (true 0.000674) but within one unit -> right.")})
