#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.html, an excerpt of RInterested/statistics
lstm.html (an R Markdown page of the author's "Notes on statistics, probability and mathematics", "Backpropagation
in LSTM", adapted from Aidan Gomez's numerical LSTM example): a one-unit LSTM run over two time steps (forward pass
of the four gates, cell state and output), then backpropagation through time (deltas of the output, cell state and
gates at t and t-1), the weight gradients Delta W, Delta U, Delta b and one update with learning rate 0.1.  Every
step is printed as hand-typed LaTeX (MathJax, rounded) and/or as the output of the R chunk that computes it.

Plain Python 3, decimal at 60 digits; does not import nnwalk or the generator.

Givens as printed: W_a = (0.45, 0.25), U_a = 0.15, b_a = 0.2; W_i = (0.95, 0.8), U_i = 0.8, b_i = 0.65;
W_f = (0.7, 0.45), U_f = 0.1, b_f = 0.15; W_o = (0.6, 0.4), U_o = 0.25, b_o = 0.1; x_{t-1} = (1, 2), h_{t-2} = 0,
C_{t-2} = 0; x_t = (0.5, 3) (the R code `x_t = c(.5,3)` and the later LaTeX [0.5 & 3]; the LaTeX vector
[0.5, 0.3, 0.53] has 0.3, a typo in a given, not judged); targets y_t = 1.25, y_{t-1} = 0.5; learning rate 0.1.
The page's own formulas (Gomez's): a = tanh(W.x + U h + b), i, f, o = sigma(...), C = a i + f C_prev,
h = tanh(C) o; J = (h - y)^2 / 2; Delta = h - y (+ the delta passed back from the next step); dC_t = Delta_T
(1 - tanh^2 C_t) o_t + dC_{t+1} f_{t+1}; da = dC i (1 - a^2); di = dC a i (1 - i); df = dC C_prev f (1 - f);
do = Delta_T tanh(C) o (1 - o); Delta_out_{t-1} = U . gates_t; Delta W = sum_t gates_t (x) x_t;
Delta U = gates_t (x) h_{t-1}; Delta b = sum_t gates_t; new = old - 0.1 Delta.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line that prints p as the result of an expression of numbers printed on that line is right when redoing it
      from those numbers rounds to p at p's digits; an operand that is itself a rounded result printed earlier may
      be taken anywhere within half a unit of its last digit (interval arithmetic below), a given is exact.
  (b) a value printed without its working (R output, a LaTeX result whose operands are on another line) or
      restated is right when |p - round(true, p's digits)| <= u, or when it follows from printed correct operands.
  (c) a restated wrong value, or one computed from a wrong one and itself off, is wrong (propagated).
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, Decimal as D, getcontext

getcontext().prec = 60
DOCFILE = "doc.html"
FORMAT = "html"
SOURCE = "https://github.com/RInterested/statistics/blob/b9106ddbe2ccb4e8c09ba19c7c66c32ca0c2f9db/lstm.html"
LICENSE = ("none (no LICENSE in the repository); doc.html is an excerpt of only the worked LSTM example "
           "(source lines 392-739 without the four base64 image lines 395, 399, 401, 535), line for line, unchanged")
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    return abs(D(p) - rnd(x, p)) <= unit(p)


def tanh(x):
    e = (2 * D(x)).exp()
    return (e - 1) / (e + 1)


def sig(x):
    return 1 / (1 + (-D(x)).exp())


class I:
    """Closed interval of decimals; monotone pieces only."""

    def __init__(self, lo, hi=None):
        self.lo, self.hi = D(lo), D(lo if hi is None else hi)

    @staticmethod
    def r(p):
        return I(D(p) - unit(p) / 2, D(p) + unit(p) / 2)

    def _c(self, o):
        return o if isinstance(o, I) else I(o)

    def __add__(self, o):
        o = self._c(o)
        return I(self.lo + o.lo, self.hi + o.hi)

    __radd__ = __add__

    def __sub__(self, o):
        o = self._c(o)
        return I(self.lo - o.hi, self.hi - o.lo)

    def __mul__(self, o):
        o = self._c(o)
        c = [self.lo * o.lo, self.lo * o.hi, self.hi * o.lo, self.hi * o.hi]
        return I(min(c), max(c))

    __rmul__ = __mul__

    def tanh(self):
        return I(tanh(self.lo), tanh(self.hi))

    def sig(self):
        return I(sig(self.lo), sig(self.hi))


def reach(p, iv):
    h = unit(p) / 2
    return iv.hi >= D(p) - h and iv.lo <= D(p) + h


CHECKS = []


def chk(line, printed, true, ops=None, why="", text=None):
    """printed: the number as a decimal string (sign included); text: the substring that shows it on the line."""
    text = printed if text is None else text
    assert text in DOC[line - 1], (line, text, DOC[line - 1])
    p = D(printed)
    ok = reach(p, ops) if ops is not None else near(p, true)
    CHECKS.append(dict(line=line, printed=printed, true=D(true), ok=ok, kind=None if ok else "first", why=why,
                       correct=str(rnd(true, p))))


def rout(line, printed, true, why=""):
    """An R output value on its own line (rule b)."""
    chk(line, printed, true, why=why)


# ---- exact chain from the givens -------------------------------------------------------------------------------
G = {  # gate: (W, U, b)
    "a": ((D("0.45"), D("0.25")), D("0.15"), D("0.2")),
    "i": ((D("0.95"), D("0.8")), D("0.8"), D("0.65")),
    "f": ((D("0.7"), D("0.45")), D("0.1"), D("0.15")),
    "o": ((D("0.6"), D("0.4")), D("0.25"), D("0.1")),
}
x1, x2 = (D(1), D(2)), (D("0.5"), D(3))
y1, y2 = D("0.5"), D("1.25")


def net(g, x, h):
    W, U, b = G[g]
    return W[0] * x[0] + W[1] * x[1] + U * h + b


def step(x, h, C):
    a = tanh(net("a", x, h))
    i, f, o = (sig(net(g, x, h)) for g in "ifo")
    Cn = a * i + f * C
    return a, i, f, o, Cn, tanh(Cn) * o


a1, i1, f1, o1, C1, h1 = step(x1, D(0), D(0))
a2, i2, f2, o2, C2, h2 = step(x2, h1, C1)
d2 = h2 - y2
dT2 = d2
dC2 = dT2 * (1 - tanh(C2) ** 2) * o2
da2, di2, df2, do2 = dC2 * i2 * (1 - a2 ** 2), dC2 * a2 * i2 * (1 - i2), dC2 * C1 * f2 * (1 - f2), \
    dT2 * tanh(C2) * o2 * (1 - o2)
g2 = [da2, di2, df2, do2]
U = [G[g][1] for g in "aifo"]
dout1 = sum(u * g for u, g in zip(U, g2))
d1 = h1 - y1
dT1 = d1 + dout1
dC1 = dT1 * (1 - tanh(C1) ** 2) * o1 + dC2 * f2
da1, di1, df1, do1 = dC1 * i1 * (1 - a1 ** 2), dC1 * a1 * i1 * (1 - i1), dC1 * D(0) * f1 * (1 - f1), \
    dT1 * tanh(C1) * o1 * (1 - o1)
g1 = [da1, di1, df1, do1]
dW = [[g1[k] * x1[c] + g2[k] * x2[c] for c in (0, 1)] for k in range(4)]
dU = [g2[k] * h1 for k in range(4)]
db = [g1[k] + g2[k] for k in range(4)]
Wold = [G[g][0] for g in "aifo"]
bold = [G[g][2] for g in "aifo"]
Wnew = [[Wold[k][c] - D("0.1") * dW[k][c] for c in (0, 1)] for k in range(4)]
Unew = [U[k] - D("0.1") * dU[k] for k in range(4)]
bnew = [bold[k] - D("0.1") * db[k] for k in range(4)]

# ---- forward pass, step t-1: LaTeX (rounded) and R output ------------------------------------------------------
for g, p, true, rline, nth in (("a", "0.82", a1, "0.8177541", 1), ("i", "0.96", i1, "0.9608343", 1),
                               ("f", "0.85", f1, "0.8519528", 1), ("o", "0.82", o1, "0.8175745", 2)):
    L = line_of(r"\right)=" + p, nth)
    assert "+ %s" % G[g][2] in DOC[L - 1] + DOC[L - 2]
    chk(L, p, true, text=r"\right)=" + p,
        why="result of a bracketed expression of givens that spans this line and the one or two above (rule b)")
    rout(line_of("## [1,] " + rline), rline, true)
L = line_of(r"C_{t-1}=0.82\times0.96+0.85×0=0.79")
for p, t in (("0.82", a1), ("0.96", i1), ("0.85", f1)):
    chk(L, p, t, why="restated gate value")
chk(L, "0.79", C1, ops=I.r("0.82") * I.r("0.96") + I.r("0.85") * 0, text="=0.79")
rout(line_of("## [1,] 0.7857261"), "0.7857261", C1)
L = line_of("0.82=0.53")
chk(L, "0.82", o1, why="restated o_{t-1}")
chk(L, "0.53", h1, ops=I.r("0.79").tanh() * I.r("0.82"), text="=0.53",
    why="close call: tanh(0.79) * 0.82 = 0.5403 from the printed operands (0.54), but 0.79 and 0.82 are rounded "
        "results and tanh(0.785) * 0.815 = 0.5344 rounds to 0.53; the exact h_{t-1} is 0.53631 (0.54), one unit "
        "from 0.53")
rout(line_of("## [1,] 0.5363134"), "0.5363134", h1)
L = line_of(r"\[x_t =\begin{bmatrix}0.5\\0.3\\0.53")
chk(L, "0.53", h1, text=r"\\0.53", why="restated h_{t-1} (0.3 on this line is a typo in a given: the R code and the "
                                        "later [0.5 & 3] use 3; not judged)")
chk(line_of(r"where <span class=\"math inline\">\(0.53\)</span>".replace('\\"', '"')), "0.53", h1,
    why="restated h_{t-1}")

# ---- forward pass, step t: R output -------------------------------------------------------------------------------
for p, t in (("0.849804", a2), ("0.981184", i2), ("0.870302", f2), ("0.8499333", o2), ("1.517633", C2),
             ("0.7719811", h2)):
    rout(line_of("## [1,] " + p), p, t)

# ---- backward pass ------------------------------------------------------------------------------------------------
L = line_of("0.77197−1.25=−0.47803")
chk(L, "0.77197", h2, why="restated h_t (0.7719811 rounds to 0.77198; one unit)")
chk(L, "-0.47803", d2, ops=I.r("0.77197") - D("1.25"), text="=−0.47803")
rout(line_of("## [1,] -0.4780189", 1), "-0.4780189", d2)
rout(line_of("## [1,] -0.4780189", 2), "-0.4780189", dT2)
L = line_of("=0.03631-0.01828=0.01803")
chk(L, "0.03631", d1, why="Delta_{t-1} = h_{t-1} - y_{t-1}, printed before its R chunk")
chk(L, "0.01828", -dout1, text="-0.01828", why="Delta_out_{t-1} = -0.01827526, written as '- 0.01828'")
chk(L, "0.01803", dT1, ops=I.r("0.03631") - I.r("0.01828"), text="=0.01803")
for p, t in (("-0.07110771", dC2), ("-0.01938435", da2), ("-0.001115614", di2), ("-0.006306542", df2),
             ("-0.05537783", do2)):
    rout(line_of("## [1,] " + p), p, t)
# LaTeX bundle of the gate deltas at t, printed twice
for nth in (1, 2):
    for p, t in (("-0.019", da2), ("-0.0011", di2), ("-0.0063", df2), ("-0.055", do2)):
        L = [k + 1 for k, s in enumerate(DOC) if s.strip() in (p + "\\\\", p)][nth - 1]
        chk(L, p, t, why="rounded gate delta at t")
L = line_of("## [1] -0.019384348 -0.001115614 -0.006306542 -0.055377831")
for p, t in zip(("-0.019384348", "-0.001115614", "-0.006306542", "-0.055377831"), g2):
    chk(L, p, t)
for p, t in (("-0.01827526", dout1), ("0.0363134", d1), ("0.01803814", dT1), ("-0.05348368", dC1),
             ("-0.01702404", da1), ("-0.001645882", di1), ("0.001764802", do1)):
    rout(line_of("## [1,] " + p), p, t)
rout(line_of("## [1,]    0"), "0", df1, why="delta_f at t-1 is 0 because C_{t-2} = 0")
for nth in (1, 2):
    L = line_of(r"\begin{bmatrix}-0.017\\-0.0016\\0\\0.0017\end{bmatrix}", nth)
    for p, t in (("-0.017", da1), ("-0.0016", di1), ("0.0017", do1)):
        chk(L, p, t, why=("close call: 0.001764802 rounds to 0.0018; 0.0017 is one unit off (truncated), right"
                          if p == "0.0017" else "rounded gate delta at t-1"))
    chk(L, "0", df1, text=r"\\0\\", why="delta_f at t-1 = 0")

# ---- gradients and update (R output) ---------------------------------------------------------------------------
LW = line_of("## [1,] -0.026716218 -0.092201132")
for k, s in enumerate(("-0.026716218 -0.092201132", "-0.002203689 -0.006638606", "-0.003153271 -0.018919625",
                       "-0.025924113 -0.162603889")):
    L = line_of("## [%d,] %s" % (k + 1, s))
    assert L == LW + k
    for c, p in enumerate(s.split()):
        chk(L, p, dW[k][c])
for k, p in enumerate(("-0.0103960853", "-0.0005983188", "-0.0033822828", "-0.0296998728")):
    chk(line_of("## [%d,] %s" % (k + 1, p)), p, dU[k])
L = line_of("## [1] -0.036408392 -0.002761496 -0.006306542 -0.053613029")
for k, p in enumerate(("-0.036408392", "-0.002761496", "-0.006306542", "-0.053613029")):
    chk(L, p, db[k])
for k, s in enumerate(("0.4526716 0.2592201", "0.9502204 0.8006639", "0.7003153 0.4518920", "0.6025924 0.4162604")):
    L = line_of("## [%d,] %s" % (k + 1, s))
    for c, p in enumerate(s.split()):
        chk(L, p, Wnew[k][c])
for k, p in enumerate(("0.1510396", "0.8000598", "0.1003382", "0.2529700")):
    chk(line_of("## [%d,] %s" % (k + 1, p)), p, Unew[k])
for k, p in enumerate(("0.2036408", "0.6502761", "0.1506307", "0.1053613")):
    chk(line_of("## [%d,] %s" % (k + 1, p)), p, bnew[k])


def main():
    wrong, right = {}, set()
    for c in CHECKS:
        if c["ok"]:
            right.add(c["line"])
        else:
            wrong.setdefault(c["line"], c)
    right -= set(wrong)
    for c in CHECKS:
        print("%4d %-14s true %-24s %s" % (c["line"], c["printed"], str(round(c["true"], 12)),
                                          "ok" if c["ok"] else "WRONG (%s)" % c["kind"]))
    print("wrong lines: %d, right lines: %d" % (len(wrong), len(right)))
    if "--write-expected" in sys.argv:
        exp = {
            "file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
            "wrong": [dict(line=c["line"], page=None, printed=c["printed"], correct=c["correct"], kind=c["kind"],
                           why=c["why"]) for _, c in sorted(wrong.items())],
            "right": sorted(right),
            "notes": (
                "No wrong line. The R outputs are the exact chain from the givens (Gomez's LSTM example: x_{t-1} = "
                "(1, 2), x_t = (0.5, 3)). Close calls: (1) h_{t-1} = tanh(0.79) * 0.82 = 0.53: from the printed "
                "operands 0.5403 (0.54), exact 0.53631 (0.54); right only because 0.79 and 0.82 are rounded results "
                "(tanh(0.785) * 0.815 = 0.5344) and 0.53 is one unit from 0.54; its restatements (x_t vector, 'where "
                "0.53 is the output of the prior layer') are within one unit. (2) The gate-delta vector at t-1 prints "
                "0.0017 for 0.001764802 (0.0018), one unit, twice. (3) Delta_t = 0.77197 - 1.25 restates h_t = "
                "0.7719811 as 0.77197 (0.77198), one unit; the difference -0.47803 is exact from the printed "
                "operands. (4) The LaTeX x_t vector prints [0.5, 0.3, 0.53] while the R code (x_t = c(.5,3)) and the "
                "later LaTeX [0.5 & 3] use 3: a typo in a given, not judged; every later number follows x_t = "
                "(0.5, 3). (5) The Delta_{T_{t-1}} line (0.03631 - 0.01828 = 0.01803) is printed before the R "
                "chunks that compute its operands; all three numbers are right. The restated initial weight matrix "
                "W (R output) holds only givens and is in neither list."),
        }
        (HERE / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("expected.json written")


if __name__ == "__main__":
    main()
