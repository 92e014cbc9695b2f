#!/usr/bin/env python3
"""Independent recomputation of every computed number kept in doc.md, an excerpt of the blog post "Adam Optimizer"
(content/en/rooms/adam-optimizer.md) of github.com/tfd-ed/ai-room (Chau Dara, TFDevs; served at ai.tfdevs.com).

The post works gradient descent and Adam by hand on J(theta) = theta^2 (gradient 2 theta) from theta0 = 5:
  * a fixed-rate SGD illustration with alpha = 1.0 (oscillation 5 -> -5 -> 5) and alpha = 0.001 (5 -> 4.99 -> 4.98);
  * two Adam steps with alpha = 0.001, beta1 = 0.9, beta2 = 0.999, eps = 1e-8, m0 = v0 = 0;
  * the printed output of two Python programs given in full in the post: a scalar Adam loop on the same function
    (1000 iterations at most, stop when |g| < 1e-7) and Adam on a 5-point linear regression y = 2x + 1
    (alpha = 0.01, 200 epochs, loss/w/b printed every 50 epochs, then the fitted line).

The repository has no license, so doc.md keeps only the front matter, headings, the givens, every $$ math block, the
code blocks and their printed outputs, byte for byte at their original line numbers; prose lines are blanked.

Plain Python 3 (decimal at 60 digits; the two programs are also re-run in IEEE double, as numpy would, and both runs
must agree at the printed digits); does not import nnwalk or the generator.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers rounds to p (a rounded operand may move within half a unit of its last digit, a given is exact);
  (b) a value printed without working, or restated, is right within one unit of the true value;
  (c) a restated wrong value is wrong, propagated.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/tfd-ed/ai-room/blob/8f216205ef1080976869441cf739b4be663bde29/"
          "content/en/rooms/adam-optimizer.md")
LICENSE = ("none (no LICENSE file in the repository, none in package.json or the post); doc.md is an excerpt: front "
           "matter, headings, givens, math blocks, code blocks and their printed outputs kept byte for byte at their "
           "original line numbers, every prose line blanked")
import json
import math
import pathlib
import sys
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1, after=0):
    """1-based line of the nth line (after line `after`) containing sub; fails loudly."""
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t and i + 1 > after]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d after %d)" % (DOCFILE, sub, nth, after))
    return hits[nth - 1]


def num(p):
    return D(p.replace("\u2212", "-").replace(",", ""))


def unit(p):
    return D(1).scaleb(num(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    """rule (b): within one unit of p's last digit of the true value."""
    return abs(num(p) - D(x)) <= unit(p)


def exact(p, x):
    """rule (a): the expression redone from the printed operands rounds to p."""
    return rnd(x, p) == num(p)


CHECKS = []   # (line, printed, true_value_text, ok, why)


def chk(line, printed, true, ok, why):
    if printed not in DOC[line - 1]:
        raise SystemExit("line %d of %s does not print %r" % (line, DOCFILE, printed))
    CHECKS.append((line, printed, true, bool(ok), why))


def fmt(x, places):
    q = D(1).scaleb(-places)
    return str(D(x).quantize(q, rounding=ROUND_HALF_EVEN))


# ---------------------------------------------------------------- givens
ALPHA, B1, B2, EPS = D("0.001"), D("0.9"), D("0.999"), D("1e-8")
TH0 = D(5)


def grad(th):
    return 2 * th


# ---------------------------------------------------------------- fixed learning rate (lines 49 and 63)
L = line_of(r"\theta_0 = 5 \xrightarrow{-1.0 \times 10}")
g0 = grad(TH0)                      # 10
t1 = TH0 - D("1.0") * g0            # -5
g1 = grad(t1)                       # -10
t2 = t1 - D("1.0") * g1             # 5
chk(L, "-1.0 \\times 10", "10", exact("10", g0), "gradient 2*5 = 10")
chk(L, "\\theta_1 = -5", "-5", exact("-5", t1), "5 - 1.0*10 = -5")
chk(L, "\\times (-10)", "-10", exact("-10", g1), "gradient 2*(-5) = -10")
chk(L, "\\theta_2 = 5", "5", exact("5", t2), "-5 - 1.0*(-10) = 5")

L = line_of(r"\theta_1 = 5 - 0.001 \times 10 = 4.99")
s1 = TH0 - D("0.001") * grad(TH0)
s2 = s1 - D("0.001") * grad(s1)
chk(L, "0.001 \\times 10", "10", exact("10", grad(TH0)), "gradient 2*5 = 10")
chk(L, "= 4.99,", str(s1), exact("4.99", TH0 - D("0.001") * 10), "5 - 0.001*10 = 4.99")
chk(L, "\\theta_2 = 4.98", str(s2), near("4.98", s2), "4.99 - 0.001*9.98 = 4.98002")

# ---------------------------------------------------------------- Adam by hand, two steps
L = line_of(r"**Step $t=1$:** $g_1 = 2 \times 5 = 10$")
G1 = grad(TH0)
chk(L, "= 10$", str(G1), exact("10", 2 * D(5)), "2*5 = 10")
M1 = B1 * 0 + (1 - B1) * G1
V1 = B2 * 0 + (1 - B2) * G1 ** 2
L = line_of(r"m_1 = 0.9 \times 0 + 0.1 \times 10 = 1.0")
chk(L, "= 1.0", str(M1), exact("1.0", D("0.9") * 0 + D("0.1") * 10), "0.9*0 + 0.1*10 = 1")
L = line_of(r"v_1 = 0.999 \times 0 + 0.001 \times 100 = 0.1")
chk(L, "0.001 \\times 100", str(G1 ** 2), exact("100", G1 ** 2), "g1^2 = 100")
chk(L, "= 0.1", str(V1), exact("0.1", D("0.999") * 0 + D("0.001") * 100), "0.999*0 + 0.001*100 = 0.1")
MH1 = M1 / (1 - B1 ** 1)
VH1 = V1 / (1 - B2 ** 1)
L = line_of(r"\hat{m}_1 = \frac{1.0}{1 - 0.9^1} = \frac{1.0}{0.1} = 10.0")
chk(L, "\\frac{1.0}{0.1}", "0.1", exact("0.1", 1 - D("0.9")), "1 - 0.9 = 0.1")
chk(L, "= 10.0", str(MH1), exact("10.0", D("1.0") / D("0.1")), "1.0/0.1 = 10")
L = line_of(r"\hat{v}_1 = \frac{0.1}{1 - 0.999^1} = \frac{0.1}{0.001} = 100.0")
chk(L, "\\frac{0.1}{0.001}", "0.001", exact("0.001", 1 - D("0.999")), "1 - 0.999 = 0.001")
chk(L, "= 100.0", str(VH1), exact("100.0", D("0.1") / D("0.001")), "0.1/0.001 = 100")
TH1 = TH0 - ALPHA / (VH1.sqrt() + EPS) * MH1
L = line_of(r"\theta_1 = 5 - \frac{0.001}{\sqrt{100} + 10^{-8}} \times 10.0")
chk(L, "\\frac{0.001}{10}", str(VH1.sqrt() + EPS), near("10", D(100).sqrt() + EPS), "sqrt(100) + 1e-8 = 10.00000001")
chk(L, "= 5 - 0.001 =", "0.001", exact("0.001", D("0.001") / 10 * D("10.0")), "0.001/10*10 = 0.001")
chk(L, "= 4.999", str(TH1), exact("4.999", 5 - D("0.001")) and near("4.999", TH1), "5 - 0.001 = 4.999")

L = line_of(r"**Step $t=2$:** $g_2 = 2 \times 4.999 = 9.998$")
G2 = grad(TH1)
chk(L, "= 9.998", str(G2), exact("9.998", 2 * D("4.999")) and near("9.998", G2), "2*4.999 = 9.998")
M2 = B1 * M1 + (1 - B1) * G2
V2 = B2 * V1 + (1 - B2) * G2 ** 2
L = line_of(r"m_2 = 0.9 \times 1.0 + 0.1 \times 9.998 = 1.8998")
chk(L, "= 1.8998", str(M2), exact("1.8998", D("0.9") * D("1.0") + D("0.1") * D("9.998")), "0.9 + 0.9998 = 1.8998")
L = line_of(r"v_2 = 0.999 \times 0.1 + 0.001 \times 9.998^2 = 0.1999")
chk(L, "= 0.1999", str(V2), exact("0.1999", D("0.999") * D("0.1") + D("0.001") * D("9.998") ** 2),
    "0.0999 + 0.001*99.960004 = 0.199860004 -> 0.1999")
MH2 = M2 / (1 - B1 ** 2)
VH2 = V2 / (1 - B2 ** 2)
TH2 = TH1 - ALPHA / (VH2.sqrt() + EPS) * MH2
L = line_of(r"With bias correction and update, $\theta_2 \approx 4.998$")
chk(L, "4.998", str(TH2), near("4.998", TH2), "m^2 = 9.998947, v^2 = 99.97999, step 0.00099999 -> theta2 = 4.99800001")


# ---------------------------------------------------------------- program 1: scalar Adam on theta^2
def prog1(dec):
    if dec:
        one, a, b1, b2, eps, th = D(1), ALPHA, B1, B2, EPS, D("5.0")
        sq, lim = (lambda x: x.sqrt()), D("1e-7")
    else:
        one, a, b1, b2, eps, th = 1.0, 0.001, 0.9, 0.999, 1e-8, 5.0
        sq, lim = math.sqrt, 1e-7
    m = v = one * 0
    conv = None
    gmin = None
    for t in range(1, 1001):
        g = 2 * th
        gmin = abs(g) if gmin is None else min(gmin, abs(g))
        m = b1 * m + (one - b1) * g
        v = b2 * v + (one - b2) * g ** 2
        mh = m / (one - b1 ** t)
        vh = v / (one - b2 ** t)
        th = th - a / (sq(vh) + eps) * mh
        if abs(g) < lim:
            conv = t
            break
    return conv, th, gmin


c_d, th_d, gmin_d = prog1(True)
c_f, th_f, gmin_f = prog1(False)
assert c_d is None and c_f is None
assert fmt(th_d, 8) == fmt(D(repr(th_f)), 8), (th_d, th_f)
L = line_of("Converged at step 817")
chk(L, "817", "never printed (|g| >= %s at every one of the 1000 steps)" % fmt(gmin_d, 3), False,
    "with alpha = 0.001 Adam moves theta by about 0.001 a step, so in max_iters = 1000 steps theta only goes from 5 to "
    "%s and |g| = 2|theta| never drops below 1e-7: the loop ends without printing 'Converged at step ...'"
    % fmt(th_d, 4))
L = line_of("Minimum at \u03b8 = 0.00000001")
chk(L, "0.00000001", fmt(th_d, 8), num("0.00000001") == D(fmt(th_d, 8)),
    "theta after the 1000 Adam steps is %s (printed with .8f), not 0.00000001" % fmt(th_d, 8))


# ---------------------------------------------------------------- program 2: Adam linear regression
def prog2(dec):
    if dec:
        X = [D(x) for x in (1, 2, 3, 4, 5)]
        Y = [D(y) for y in (3, 5, 7, 9, 11)]
        one, a, b1, b2, eps, sq = D(1), D("0.01"), B1, B2, EPS, (lambda x: x.sqrt())
    else:
        X = [1.0, 2.0, 3.0, 4.0, 5.0]
        Y = [3.0, 5.0, 7.0, 9.0, 11.0]
        one, a, b1, b2, eps, sq = 1.0, 0.01, 0.9, 0.999, 1e-8, math.sqrt
    n = len(Y)
    w = b = mw = vw = mb = vb = one * 0
    rows = {}
    for t in range(1, 201):
        err = [w * x + b - y for x, y in zip(X, Y)]
        gw = (2 * one / n) * sum(e * x for e, x in zip(err, X))
        gb = (2 * one / n) * sum(err)
        mw = b1 * mw + (one - b1) * gw
        vw = b2 * vw + (one - b2) * gw ** 2
        mwh = mw / (one - b1 ** t)
        vwh = vw / (one - b2 ** t)
        mb = b1 * mb + (one - b1) * gb
        vb = b2 * vb + (one - b2) * gb ** 2
        mbh = mb / (one - b1 ** t)
        vbh = vb / (one - b2 ** t)
        w = w - a / (sq(vwh) + eps) * mwh
        b = b - a / (sq(vbh) + eps) * mbh
        if t % 50 == 0:
            loss = sum(e * e for e in err) / n
            rows[t] = (loss, w, b)
    return rows, w, b


R_d, w_d, b_d = prog2(True)
R_f, w_f, b_f = prog2(False)
for t in R_d:
    for k, pl in zip(range(3), (6, 4, 4)):
        assert fmt(R_d[t][k], pl) == fmt(D(repr(R_f[t][k])), pl), (t, k)
PRINTED = {50: ("0.000042", "1.9953", "1.0044"), 100: ("0.000000", "2.0000", "1.0000"),
           150: ("0.000000", "2.0000", "1.0000"), 200: ("0.000000", "2.0000", "1.0000")}
for t, (pl, pw, pb) in PRINTED.items():
    L = line_of("Epoch %4d: loss=%s  w=%s  b=%s" % (t, pl, pw, pb))
    tl, tw, tb = R_d[t]
    ok = near(pl, tl) and near(pw, tw) and near(pb, tb)
    chk(L, "loss=%s  w=%s  b=%s" % (pl, pw, pb),
        "loss=%s  w=%s  b=%s" % (fmt(tl, 6), fmt(tw, 4), fmt(tb, 4)), ok,
        "epoch %d of Adam (alpha = 0.01) from w = b = 0: each step moves w and b by at most about 0.01, so after %d "
        "epochs w = %s, b = %s and the (pre-update) MSE is %s, far from the printed converged values"
        % (t, t, fmt(tw, 4), fmt(tb, 4), fmt(tl, 6)))
L = line_of("Fitted: \u0177 = 2.0000\u00b7x + 1.0000")
chk(L, "2.0000\u00b7x + 1.0000", "%s\u00b7x + %s" % (fmt(w_d, 4), fmt(b_d, 4)),
    near("2.0000", w_d) and near("1.0000", b_d),
    "restates the final w, b of line %d (2.0000, 1.0000); the program ends at w = %s, b = %s"
    % (line_of("Epoch  200:"), fmt(w_d, 4), fmt(b_d, 4)))

# ---------------------------------------------------------------- verdicts per line
PROPAGATED = {line_of("Fitted: \u0177 = 2.0000\u00b7x + 1.0000")}
lines = sorted(set(c[0] for c in CHECKS))
wrong, right = [], []
for ln in lines:
    cs = [c for c in CHECKS if c[0] == ln]
    bad = [c for c in cs if not c[3]]
    if bad:
        wrong.append({"line": ln, "page": None,
                      "printed": "; ".join(c[1] for c in bad),
                      "correct": "; ".join(c[2] for c in bad),
                      "kind": "propagated" if ln in PROPAGATED else "first",
                      "why": " / ".join(c[4] for c in bad)})
    else:
        right.append(ln)

for c in CHECKS:
    print("%4d  %-6s %-40s true %-40s %s" % (c[0], "ok" if c[3] else "WRONG", c[1][:40], c[2][:40], c[4][:70]))
print()
print("wrong lines:", [(w["line"], w["kind"]) for w in wrong])
print("right lines:", right)
print("true theta2 = %s, program-1 theta = %s, program-2 w, b = %s, %s"
      % (fmt(TH2, 8), fmt(th_d, 8), fmt(w_d, 6), fmt(b_d, 6)))

NOTES = ("Blog post 'Adam Optimizer' (TFDevs AI room), J(theta) = theta^2 from theta0 = 5. The hand-worked parts are "
         "right: fixed-rate SGD 5 -> -5 -> 5 (alpha = 1) and 5 -> 4.99 -> 4.98 (alpha = 0.001; true 4.98002); Adam "
         "t = 1: g1 = 10, m1 = 1.0, v1 = 0.1, m^1 = 10, v^1 = 100, theta1 = 4.999; t = 2: g2 = 9.998, m2 = 1.8998, "
         "v2 = 0.19986 (printed 0.1999), theta2 = 4.99800001 (printed ~4.998). The printed outputs of the two Python "
         "programs are not what the code gives. Program 1 (alpha = 0.001, max_iters = 1000, stop when |g| < 1e-7) "
         "never converges: theta only reaches %s after 1000 steps, so 'Converged at step 817' is never printed and "
         "the final line should read 'Minimum at theta = %s', not 0.00000001. Program 2 (alpha = 0.01, 200 epochs, "
         "w = b = 0 at start) moves w and b by about 0.01 an epoch: epochs 50/100/150/200 give loss %s/%s/%s/%s, "
         "w %s/%s/%s/%s, b %s/%s/%s/%s, and the fitted line is %s x + %s, not the printed converged 2.0000 x + 1.0000 "
         "(the 'Fitted' line restates the epoch-200 values, so it is marked propagated; each epoch line is its own "
         "first error). Both programs were re-run in 60-digit decimal and in IEEE double; they agree at every printed "
         "digit. Givens (theta0 = 5, alpha, beta1, beta2, eps, m0 = v0 = 0, the hyper-parameter table, the code) "
         "and formula-only lines are in neither list." % (
             fmt(th_d, 4), fmt(th_d, 8),
             fmt(R_d[50][0], 6), fmt(R_d[100][0], 6), fmt(R_d[150][0], 6), fmt(R_d[200][0], 6),
             fmt(R_d[50][1], 4), fmt(R_d[100][1], 4), fmt(R_d[150][1], 4), fmt(R_d[200][1], 4),
             fmt(R_d[50][2], 4), fmt(R_d[100][2], 4), fmt(R_d[150][2], 4), fmt(R_d[200][2], 4),
             fmt(w_d, 4), fmt(b_d, 4)))

if "--write-expected" in sys.argv:
    out = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
           "wrong": wrong, "right": right, "unjudged": [], "notes": NOTES}
    (HERE / "expected.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote expected.json")
