#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, the Colab notebook
"forward and back tracking.ipynb" of AbdullahAurangzeb/AI-LAB-Task (an AI lab task): one full backpropagation step
of a 2-2-2 sigmoid network (inputs x1, x2; hidden H1, H2 sharing bias b1; outputs y1, y2 sharing
bias b2), squared error E = sum 0.5*(T - y)^2, plain gradient descent with lr = 0.5, then a second forward pass
with the updated parameters to show that the error went down.

Givens (from the code cell, taken as exact decimals):
  x1 = 0.05, x2 = 0.10; w1..w4 = 0.35, 0.45, 0.55, 0.60; w5..w8 = 0.65, 0.70, 0.75, 0.80;
  b1 = 0.35, b2 = 0.60; T1 = 0.01, T2 = 0.99; lr = 0.5.
The code: H1_net = x1*w1 + x2*w2 + b1, H2_net = x1*w3 + x2*w4 + b1, y1_net = H1*w5 + H2*w6 + b2,
y2_net = H1*w7 + H2*w8 + b2, sigmoid everywhere; delta_k = -(T_k - y_k)*y_k*(1 - y_k); dw5 = delta1*H1,
dw6 = delta1*H2, dw7 = delta2*H1, dw8 = delta2*H2; delta_H1 = (delta1*w5 + delta2*w7)*H1*(1 - H1) and
delta_H2 = (delta1*w6 + delta2*w8)*H2*(1 - H2) with the OLD w5..w8; dw1 = delta_H1*x1, dw2 = delta_H1*x2,
dw3 = delta_H2*x1, dw4 = delta_H2*x2; w <- w - lr*dw; b2 <- b2 - lr*(delta1 + delta2);
b1 <- b1 - lr*(delta_H1 + delta_H2).

Plain Python 3, decimal at 60 digits; does not import nnwalk or the generator.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last printed digit):
  (a) p printed as the result of an expression of numbers printed on the same line: right only when redoing it
      from those numbers (rounded operands anywhere within half a unit) rounds to p;
  (b) a value printed without its working: right within one unit of its last digit of the true value;
  (c) a restated / recomputed consequence of a wrong value is wrong, kind "propagated".
Rule (a) applies to the activations of lines "H1_net = ... => H1 = sigmoid(H1_net) = ..." (sigmoid of the net
printed on the line) and to the deltas of lines "dE/dy1 = a, dy1/dnet = b, => delta1 = c" (c = a*b); every other
value is judged under (b).

Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import re
import sys
from decimal import Decimal as D, getcontext, ROUND_HALF_EVEN

getcontext().prec = 60

DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/AbdullahAurangzeb/AI-LAB-Task/blob/279cea93e74aaf053a416ac9e65b69d48a252b61/"
          "forward%20and%20back%20tracking.ipynb")
LICENSE = ("none stated (no LICENSE file, no README, no notice in the notebook); the notebook is a single code "
           "cell (the worked computation) with its printed output and no prose cell, kept byte for byte as the "
           "excerpt of the worked equations and numbers")
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, after=0):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t and i + 1 > after]
    if not hits:
        raise SystemExit("%s has no line containing %r after line %d" % (DOCFILE, sub, after))
    return hits[0]


def nums(L):
    """the printed numbers of an output line (the part after each '=' or '->')"""
    text = DOC[L - 1]
    return re.findall(r"(?:=|->)\s*(-?\d+\.\d+)", text)


def unit(s):
    return D(1).scaleb(-len(s.split(".")[1]))


def rnd(v, s):
    return v.quantize(unit(s), rounding=ROUND_HALF_EVEN)


def within(p, true):          # rule (b)
    return abs(D(p) - true) <= unit(p)


def sig(z):
    return 1 / (1 + (-z).exp())


# ------------------------------------------------------------------ givens, checked against the document
G = {}
for name, src in [("x1", '"x1 = 0.05\\n"'), ("x2", '"x2 = 0.10\\n"'), ("b1", '"b1 = 0.35  #'),
                  ("b2", '"b2 = 0.60  #'), ("T1", '"T1 = 0.01\\n"'), ("T2", '"T2 = 0.99\\n"'),
                  ("lr", '"lr = 0.5\\n"')]:
    L = line_of(src)
    G[name] = D(re.search(r"= (\d+\.\d+)", DOC[L - 1]).group(1))
W = [None]
for src in ['"w1, w2 = ', '"w3, w4 = ', '"w5, w6 = ', '"w7, w8 = ']:
    L = line_of(src)
    a, b = re.search(r"= (\d+\.\d+), (\d+\.\d+)", DOC[L - 1]).groups()
    W += [D(a), D(b)]
x1, x2, b1, b2, T1, T2, lr = (G[k] for k in ("x1", "x2", "b1", "b2", "T1", "T2", "lr"))
# the formulas the notebook uses (checked, so a different code would fail loudly)
for src in ['"    H1_net = x1 * w1 + x2 * w2 + b1\\n"', '"    H2_net = x1 * w3 + x2 * w4 + b1\\n"',
            '"    y1_net = H1 * w5 + H2 * w6 + b2\\n"', '"    y2_net = H1 * w7 + H2 * w8 + b2\\n"',
            '"delta_H1 = (delta1 * w5 + delta2 * w7) * sigmoid_derivative_from_activation(out[\'H1\'])\\n"',
            '"b2_new = b2 - lr * (delta1 + delta2)', '"b1_new = b1 - lr * (delta_H1 + delta_H2)']:
    line_of(src)


def forward(w, b1, b2):
    h1n = x1 * w[1] + x2 * w[2] + b1
    h2n = x1 * w[3] + x2 * w[4] + b1
    h1, h2 = sig(h1n), sig(h2n)
    y1n = h1 * w[5] + h2 * w[6] + b2
    y2n = h1 * w[7] + h2 * w[8] + b2
    return h1n, h2n, h1, h2, y1n, y2n, sig(y1n), sig(y2n)


h1n, h2n, h1, h2, y1n, y2n, y1, y2 = forward(W, b1, b2)
E1 = (T1 - y1) ** 2 / 2
E2 = (T2 - y2) ** 2 / 2
E = E1 + E2
g1, s1 = -(T1 - y1), y1 * (1 - y1)
g2, s2 = -(T2 - y2), y2 * (1 - y2)
d1, d2 = g1 * s1, g2 * s2
dw = {5: d1 * h1, 6: d1 * h2, 7: d2 * h1, 8: d2 * h2}
dh1 = (d1 * W[5] + d2 * W[7]) * h1 * (1 - h1)
dh2 = (d1 * W[6] + d2 * W[8]) * h2 * (1 - h2)
dw.update({1: dh1 * x1, 2: dh1 * x2, 3: dh2 * x1, 4: dh2 * x2})
NW = [None] + [W[i] - lr * dw[i] for i in range(1, 9)]
nb1 = b1 - lr * (dh1 + dh2)
nb2 = b2 - lr * (d1 + d2)
_, _, ah1, ah2, _, _, ay1, ay2 = forward(NW, nb1, nb2)
Ea = (T1 - ay1) ** 2 / 2 + (T2 - ay2) ** 2 / 2

RESULTS = []


def judge_b(L, printed, trues, why):
    assert len(printed) == len(trues), (L, printed)
    ok = all(within(p, t) for p, t in zip(printed, trues))
    RESULTS.append((L, ok, ", ".join(printed), ", ".join(str(rnd(t, p)) for p, t in zip(printed, trues)), why))


def interval_hits(p, lo, hi):
    """is some value in [lo, hi] rounded to p's digits equal to p?"""
    u = unit(p)
    return lo <= D(p) + u / 2 and hi >= D(p) - u / 2


# ---- forward pass before the update: lines "X_net = n => X = sigmoid(X_net) = a"
for name, tn, ta in [("H1", h1n, h1), ("H2", h2n, h2), ("y1", y1n, y1), ("y2", y2n, y2)]:
    L = line_of('"%s_net = ' % name)
    pn, pa = nums(L)
    ok_n = within(pn, tn)
    h = unit(pn) / 2
    lo, hi = sig(D(pn) - h), sig(D(pn) + h)
    ok_a = interval_hits(pa, lo, hi) and within(pa, ta)     # (a) from the printed net, and (b) vs truth
    RESULTS.append((L, ok_n and ok_a, "%s, %s" % (pn, pa), "%s, %s" % (rnd(tn, pn), rnd(ta, pa)),
                    "%s_net = %s (true %.12f); %s = sigmoid(%s) lies in [%.12f, %.12f]"
                    % (name, pn, tn, name, pn, lo, hi)))

L = line_of('"E1 = 0.5*(T1 - y1)^2 = ')
judge_b(L, nums(L)[-1:], [E1], "E1 = 0.5*(0.01 - y1)^2 = %.12f" % E1)
L = line_of('"E2 = 0.5*(T2 - y2)^2 = ')
judge_b(L, nums(L)[-1:], [E2], "E2 = 0.5*(0.99 - y2)^2 = %.12f" % E2)
L = line_of('"Total error E_total = E1 + E2 = ')
judge_b(L, nums(L)[-1:], [E], "E_total = %.12f" % E)

# ---- output deltas: "dE/dy1 = a, dy1/dnet = b, => delta1 = c" with c = a*b (rule (a))
for k, g, s, d in [(1, g1, s1, d1), (2, g2, s2, d2)]:
    L = line_of('"dE/dy%d = ' % k)
    pg, ps, pd = nums(L)
    corners = [(D(pg) + i * unit(pg) / 2) * (D(ps) + j * unit(ps) / 2) for i in (-1, 1) for j in (-1, 1)]
    ok = within(pg, g) and within(ps, s) and within(pd, d) and interval_hits(pd, min(corners), max(corners))
    RESULTS.append((L, ok, "%s, %s, %s" % (pg, ps, pd), "%s, %s, %s" % (rnd(g, pg), rnd(s, ps), rnd(d, pd)),
                    "dE/dy%d = y%d - T%d = %.12f; y(1-y) = %.12f; delta%d = %s*%s in [%.12f, %.12f] (true %.12f)"
                    % (k, k, k, g, s, k, pg, ps, min(corners), max(corners), d)))

for i, what in [(5, "delta1 * H1"), (6, "delta1 * H2"), (7, "delta2 * H1"), (8, "delta2 * H2")]:
    L = line_of('"dw%d (for w%d) = %s = ' % (i, i, what))
    judge_b(L, nums(L)[-1:], [dw[i]], "dw%d = %s = %.12f" % (i, what, dw[i]))
after = line_of('"Updated hidden->output weights (one step):')
for i in (5, 6, 7, 8):
    L = line_of('"w%d -> ' % i, after=after)
    judge_b(L, nums(L)[-1:], [NW[i]], "w%d - 0.5*dw%d = %.12f" % (i, i, NW[i]))

L = line_of('"delta_H1 = (delta1*w5 + delta2*w7) * sigmoid\'(H1) = ')
judge_b(L, nums(L)[-1:], [dh1], "delta_H1 = (delta1*0.65 + delta2*0.75)*H1*(1-H1) = %.15f" % dh1)
L = line_of('"delta_H2 = (delta1*w6 + delta2*w8) * sigmoid\'(H2) = ')
judge_b(L, nums(L)[-1:], [dh2], "delta_H2 = (delta1*0.70 + delta2*0.80)*H2*(1-H2) = %.15f" % dh2)
for i, what in [(1, "delta_H1 * x1"), (2, "delta_H1 * x2"), (3, "delta_H2 * x1"), (4, "delta_H2 * x2")]:
    L = line_of('"dw%d (for w%d) = %s = ' % (i, i, what))
    judge_b(L, nums(L)[-1:], [dw[i]], "dw%d = %s = %.15f" % (i, what, dw[i]))
after = line_of('"Updated input->hidden weights (one step):')
for i in (1, 2, 3, 4):
    L = line_of('"w%d -> ' % i, after=after)
    judge_b(L, nums(L)[-1:], [NW[i]], "w%d - 0.5*dw%d = %.12f" % (i, i, NW[i]))
after = line_of('"Updated biases:')
L = line_of('"b1 -> ', after=after)
judge_b(L, nums(L)[-1:], [nb1], "b1 - 0.5*(delta_H1 + delta_H2) = %.12f" % nb1)
L = line_of('"b2 -> ', after=after)
judge_b(L, nums(L)[-1:], [nb2], "b2 - 0.5*(delta1 + delta2) = %.12f" % nb2)

for name, t in [("H1", ah1), ("H2", ah2), ("y1", ay1), ("y2", ay2)]:
    L = line_of('"%s (after) = ' % name)
    judge_b(L, nums(L)[-1:], [t], "%s with the updated parameters = %.12f" % (name, t))
L = line_of('"E_total (before) = ')
judge_b(L, nums(L)[-1:], [E], "restated E_total = %.12f" % E)
L = line_of('"E_total (after)  = ')
judge_b(L, nums(L)[-1:], [Ea], "E_total with the updated parameters = %.12f" % Ea)

# ------------------------------------------------------------------ report / expected.json
RESULTS.sort()
lines = [r[0] for r in RESULTS]
assert len(lines) == len(set(lines)) == 35, len(lines)
# every output line holding a decimal number must have been judged
out_start, out_end = line_of('"outputs": ['), line_of('"source": [')
for L in range(out_start, out_end):
    if re.search(r"\d\.\d", DOC[L - 1]):
        assert L in lines, ("unjudged output line", L, DOC[L - 1])
for r in RESULTS:
    print("%4d %-5s %-40s true %-40s %s" % (r[0], "right" if r[1] else "WRONG", r[2], r[3], r[4]))
wrong = [{"line": r[0], "page": None, "printed": r[2], "correct": r[3], "kind": "first", "why": r[4]}
         for r in RESULTS if not r[1]]
right = [r[0] for r in RESULTS if r[1]]
print("wrong: %d, right: %d" % (len(wrong), len(right)))

NOTES = (
    "Program output (one Colab code cell) of one backpropagation step of a 2-2-2 sigmoid network with shared "
    "biases (x = 0.05, 0.10; w1..w8 = 0.35, 0.45, 0.55, 0.60, 0.65, 0.70, 0.75, 0.80; b1 = 0.35, b2 = 0.60; "
    "targets 0.01, 0.99; E = sum 0.5*(T - y)^2; lr = 0.5; hidden deltas with the old w5..w8; biases updated "
    "with the summed deltas of their layer), followed by a forward pass with the updated parameters. Every "
    "printed value (nets, activations, E1, E2, E_total, dE/dy, y(1-y), deltas, the 8 gradients, the 8 updated "
    "weights, both updated biases, the after-update activations and errors, E_total %s -> %s) agrees with the "
    "exact recomputation: a clean document (measures false alarms), %d right lines. The sigmoid lines and the "
    "delta lines (delta = dE/dy * dy/dnet with both factors printed on the line) also pass rule (a) from their "
    "printed operands. The code cell (givens and formulas) and the header lines of the output hold no computed "
    "number and are in neither list; the comments '# updated weights to H1 from x1, x2' on the initial weights "
    "are only mislabelled prose."
    % (rnd(E, "0.000000001"), rnd(Ea, "0.000000001"), len(right)))

if "--write-expected" in sys.argv:
    out = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
           "wrong": wrong, "right": right, "notes": NOTES}
    (HERE / "expected.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote expected.json")
