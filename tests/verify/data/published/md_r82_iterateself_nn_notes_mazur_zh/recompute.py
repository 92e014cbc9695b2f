#!/usr/bin/env python3
"""Recompute every worked number in doc.md (excerpt of honorpeter/iterateself_not_used_20190102,
content/post/01 知识树/02 机器学习/01 机器学习理论/03 深度学习/神经网络 NN.md: Mazur 2-2-2 example in
Chinese study notes).

Plain Python 3, decimal at 60 digits.  Usage:
    python3 recompute.py                 # print report
    python3 recompute.py --write-expected
"""
import json
import os
import sys
from decimal import Decimal as D, getcontext, ROUND_HALF_EVEN

getcontext().prec = 60
HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "doc.md")
LINES = open(DOC, encoding="utf-8").read().split("\n")

SOURCE = ("https://github.com/honorpeter/iterateself_not_used_20190102/blob/4e00f2f03a5b931f2b15b435858d604d136dbb41/"
          "content/post/01%20%E7%9F%A5%E8%AF%86%E6%A0%91/02%20%E6%9C%BA%E5%99%A8%E5%AD%A6%E4%B9%A0/"
          "01%20%E6%9C%BA%E5%99%A8%E5%AD%A6%E4%B9%A0%E7%90%86%E8%AE%BA/03%20%E6%B7%B1%E5%BA%A6%E5%AD%A6%E4%B9%A0/"
          "%E7%A5%9E%E7%BB%8F%E7%BD%91%E7%BB%9C%20NN.md")
LICENSE = "none (README: 所有的文档仅用于学习，版权属于原作者); excerpt of worked equations and numbers only"


def line_of(sub, start=1):
    """1-based line number of the first line (at or after `start`) containing `sub`; fails loudly."""
    hits = [i + 1 for i, t in enumerate(LINES) if sub in t and i + 1 >= start]
    if not hits:
        raise SystemExit("substring not found in doc.md: %r" % sub)
    return hits[0]


def sig(x):
    return 1 / (1 + (-x).exp())


def unit(p):
    s = p.lstrip("+-")
    return D(1).scaleb(-(len(s.split(".")[1]) if "." in s else 0))


def rounds_to(val, p):
    """val (Decimal) rounds to the printed string p at p's digits (half-unit boundaries accepted)."""
    u = unit(p)
    return abs(val - D(p)) <= u / 2


def expr_ok(p, f, ops):
    """(a): some choice of operands, each within its half unit (0 for givens), makes f round to p.
    ops: list of (printed_string, is_given).  f is monotone in each operand here, so corners suffice."""
    import itertools
    vals = []
    for s, given in ops:
        v = D(s)
        h = 0 if given else unit(s) / 2
        vals.append((v - h, v + h))
    outs = [f(*c) for c in itertools.product(*vals)]
    lo, hi = min(outs), max(outs)
    u = unit(p)
    P = D(p)
    return not (hi < P - u / 2 or lo > P + u / 2), f(*[D(s) for s, _ in ops])


def restated_ok(p, true):
    """(b): a value printed without working is right within one unit of its last digit."""
    return abs(D(p) - true) <= unit(p)


# ---------------------------------------------------------------- true chain (givens only)
i1, i2, t1, t2 = D("0.05"), D("0.1"), D("0.01"), D("0.99")
w = {k: D(v) for k, v in zip(range(1, 9), "0.15 0.2 0.25 0.3 0.4 0.45 0.5 0.55".split())}
b1, b2, eta = D("0.35"), D("0.6"), D("0.5")
net_h1 = w[1] * i1 + w[2] * i2 + b1
net_h2 = w[3] * i1 + w[4] * i2 + b1
h1, h2 = sig(net_h1), sig(net_h2)
net_o1 = w[5] * h1 + w[6] * h2 + b2
net_o2 = w[7] * h1 + w[8] * h2 + b2
o1, o2 = sig(net_o1), sig(net_o2)
E1, E2 = (t1 - o1) ** 2 / 2, (t2 - o2) ** 2 / 2
d1 = (o1 - t1) * o1 * (1 - o1)
d2 = (o2 - t2) * o2 * (1 - o2)
dh1 = (d1 * w[5] + d2 * w[7]) * h1 * (1 - h1)
dh2 = (d1 * w[6] + d2 * w[8]) * h2 * (1 - h2)
new = {1: w[1] - eta * dh1 * i1, 2: w[2] - eta * dh1 * i2, 3: w[3] - eta * dh2 * i1, 4: w[4] - eta * dh2 * i2,
       5: w[5] - eta * d1 * h1, 6: w[6] - eta * d1 * h2, 7: w[7] - eta * d2 * h1, 8: w[8] - eta * d2 * h2}


def err_with(ws):
    a1 = sig(ws[1] * i1 + ws[2] * i2 + b1)
    a2 = sig(ws[3] * i1 + ws[4] * i2 + b1)
    y1 = sig(ws[5] * a1 + ws[6] * a2 + b2)
    y2 = sig(ws[7] * a1 + ws[8] * a2 + b2)
    return (t1 - y1) ** 2 / 2 + (t2 - y2) ** 2 / 2




results = []  # (line, ok, printed, correct, why, kind)


def judge(sub, p, ok, correct, why, kind="first"):
    ln = line_of(sub)
    if p not in LINES[ln - 1]:
        raise SystemExit("printed value %s not on line %d" % (p, ln))
    results.append((ln, ok, p, correct, why, kind))


def R(x, nd):
    return str(x.quantize(D(1).scaleb(-nd), rounding=ROUND_HALF_EVEN))


# forward pass
ok, v = expr_ok("0.3775", lambda a, b, c, d, e: a * b + c * d + e,
                [("0.15", 1), ("0.05", 1), ("0.2", 1), ("0.1", 1), ("0.35", 1)])
judge("0.35*1=0.3775", "0.3775", ok, R(v, 4), "net_h1 = 0.15*0.05+0.2*0.1+0.35")
ok, v = expr_ok("0.59326999", lambda a: sig(a), [("0.3775", 0)])
judge("e^{-0.3775} }=0.59326999", "0.59326999", ok, R(v, 8), "sigmoid(0.3775)")
judge("out_{h2}=0.596884378", "0.596884378", restated_ok("0.596884378", h2), R(h2, 9), "out_h2 = sigmoid(0.3925), stated")
ok, v = expr_ok("1.105905967", lambda a, b, c, d, e: a * b + c * d + e,
                [("0.4", 1), ("0.59326999", 0), ("0.45", 1), ("0.596884378", 0), ("0.6", 1)])
judge("0.6*1=1.105905967", "1.105905967", ok, R(v, 9),
      "net_o1 = 0.4*0.59326999+0.45*0.596884378+0.6 (= 1.1059059661 with the operands as printed; "
      "out_h1 = 0.59326999 may be anywhere in +-5e-9, so 1.105905967 is reachable)")
ok, v = expr_ok("0.75136507", lambda a: sig(a), [("1.105905967", 0)])
judge("e^{-1.105905967} }=0.75136507", "0.75136507", ok, R(v, 8), "sigmoid(1.105905967)")
judge("out_{o2}=0.772928465", "0.772928465", restated_ok("0.772928465", o2), R(o2, 9), "out_o2 stated")
# the E_total line: operand 0.2748110083 is E_o1 mis-copied (a '0' inserted), and the printed sum does not follow from it
ok_op = restated_ok("0.2748110083", E1)
ok_sum, v = expr_ok("0.298371109", lambda a, b: a + b, [("0.2748110083", 0), ("0.023560026", 0)])
judge("=0.2748110083+0.023560026=0.298371109", "0.2748110083", ok_op and ok_sum, R(E1, 9),
      "E_o1 is written 0.2748110083 (a digit 0 inserted; true E_o1 = 0.5*(0.01-0.75136507)^2 = %s); with the "
      "operands as printed the sum would be %s, not the printed 0.298371109 (which is the true E_total)"
      % (R(E1, 10), R(v, 10)))
ok, v = expr_ok("074136507", lambda a, b: -(a - b), [("0.01", 1), ("0.75136507", 0)])
judge("-(0.01-0.75136507)=074136507", "074136507", ok, R(v, 8),
      "dE/dout_o1 = -(0.01-0.75136507) = 0.74136507; printed '074136507' drops the decimal point")
ok, v = expr_ok("0.186815602", lambda a: a * (1 - a), [("0.75136507", 0)])
judge("0.75136507(1-0.75136507)=0.186815602", "0.186815602", ok, R(v, 9), "out_o1(1-out_o1)")
judge("=out_{h1}=0.593269992", "0.593269992", restated_ok("0.593269992", h1), R(h1, 9), "dnet_o1/dw5 = out_h1, restated")
ok, v = expr_ok("0.082167041", lambda a, b, c: a * b * c, [("0.74136507", 0), ("0.186815602", 0), ("0.593269992", 0)])
judge("0.74136507*0.186815602*0.593269992=0.082167041", "0.082167041", ok, R(v, 9), "dE/dw5 product")
ok, v = expr_ok("0.35891648", lambda a, b, c: a - b * c, [("0.4", 1), ("0.5", 1), ("0.082167041", 0)])
judge("0.4-0.5*0.082167041=0.35891648", "0.35891648", ok, R(v, 8), "w5+ = 0.4 - 0.5*dE/dw5")
judge("w_6^+=0.408666186", "0.408666186", restated_ok("0.408666186", new[6]), R(new[6], 9), "w6+ stated")
judge("w_7^+=0.511301270", "0.511301270", restated_ok("0.511301270", new[7]), R(new[7], 9), "w7+ stated")
judge("w_8^+=0.561370121", "0.561370121", restated_ok("0.561370121", new[8]), R(new[8], 9), "w8+ stated")
g1 = dh1 * i1
ok1 = restated_ok("0.000438568", g1)
ok2, v = expr_ok("0.149780716", lambda a, b, c: a - b * c, [("0.15", 1), ("0.5", 1), ("0.000438568", 0)])
judge("0.15-0.5*0.000438568=0.149780716", "0.149780716", ok1 and ok2, R(v, 9),
      "w1+ = 0.15 - 0.5*dE/dw1; dE/dw1 = 0.000438568 is stated here without working (true %s)" % R(g1, 9))

NOTES = (
    "Excerpt (no licence): only the display equations \\[...\\] and number-bearing lines of the worked Mazur 2-2-2 "
    "example (section '通过一个例子来说明整个计算过程') are kept, line for line; line 1 states only the targets "
    "(givens) and symbol-only formula lines carry no numbers, so they are in neither list. Two wrong lines: line 11 "
    "writes E_o1 as 0.2748110083 (true 0.2748110832 = 0.274811083) and still prints 0.298371109 as the sum, which "
    "does not follow from its printed operands (0.2983710343); line 15 prints dE/dout_o1 as '074136507' (decimal "
    "point lost; 0.74136507). Close call: line 7 uses out_h1 = 0.59326999 (8 decimals); with that operand exactly "
    "the sum is 1.1059059661, but allowing half a unit on 0.59326999 makes the printed 1.105905967 reachable, so "
    "it is right. dE/dw1 = 0.000438568 is never derived on the page (hidden-layer working is skipped); it is "
    "judged as a stated value (true 0.000438568) inside the w1+ line."
)


def main():
    wrong, right = [], []
    for ln, ok, p, c, why, kind in sorted(results):
        print("%4d %-6s printed=%-14s correct=%-14s %s" % (ln, "ok" if ok else "WRONG", p, c, why))
        if ok:
            right.append(ln)
        else:
            wrong.append({"line": ln, "page": None, "printed": p, "correct": c, "kind": kind, "why": why})
    print("wrong: %d  right: %d" % (len(wrong), len(right)))
    if "--write-expected" in sys.argv:
        out = {"file": "doc.md", "format": "md", "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": sorted(set(right)), "notes": NOTES}
        with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, indent=2, ensure_ascii=False)
            f.write("\n")
        print("wrote expected.json")


if __name__ == "__main__":
    main()
