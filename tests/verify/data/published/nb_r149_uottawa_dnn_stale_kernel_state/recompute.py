#!/usr/bin/env python3
"""Independent recomputation of every printed number in doc.ipynb
(uOttawa-IT-Research-teaching/DNN-CNN_Intro, "1 - DNN.ipynb", CC-BY 4.0).

Plain Python 3 (decimal at 60 digits + floats), no numpy, no nnwalk / generator import.
Usage: python3 recompute.py [--write-expected]

Method
  * The notebook's code cells are replayed in plain Python.  Every quantity is carried twice: as an exact
    Fraction (the true value from the givens) and as an IEEE double (what the page's own float64 code gives).
    All arithmetic in the notebook is rational (products, sums, ReLU), so the exact values are exact.
  * The two random weight matrices of the last part come from np.random.seed(1) + np.random.random; numpy's
    legacy generator is MT19937 seeded with init_genrand(1), re-implemented below (the first draw is checked
    against the well-known 0.417022004702574).  Those draws are givens (exact doubles).
  * The cell "Print the results" (one training step from the seed-1 weights) is judged against ONE fresh pass of
    the cells above it (initialise, forward, backpropagate, update) -- what the page says it shows.
  * Judging rule for a printed number p with unit u of its last digit:
      right if |p - exact| <= u                                     (rule b)
      or if p is within u/2 of the float64 replay of the page's code (the full-precision reprs)
      or if p is a full-precision float repr (>= 15 significant digits) within 1e-13 relative of the exact
         value (float64 rounding noise of the page's own code, not an arithmetic error);
      otherwise wrong.
  * Lines are found by their text: the JSON-encoded output strings are searched in the raw file in order;
    the script stops if one is not found.
"""
import json, os, re, sys
from fractions import Fraction as F
from decimal import Decimal, getcontext

getcontext().prec = 60
HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "doc.ipynb")
RAW_TEXT = open(DOC, encoding="utf-8").read()
RAW = RAW_TEXT.split("\n")
NB = json.loads(RAW_TEXT)
SOURCE = ("https://github.com/uOttawa-IT-Research-teaching/DNN-CNN_Intro/blob/"
          "f511e54a189dccc4d0041e84c636ad561828ddd3/1%20-%20DNN.ipynb")
LICENSE = "CC-BY-4.0 (LICENSE file of the repository, 'Attribution 4.0 International'); copied verbatim"


# ----------------------------------------------------------------------------------------------
# value carrying an exact Fraction and a float64
class V:
    __slots__ = ("e", "f")

    def __init__(self, e, f=None):
        if isinstance(e, F):
            e = Decimal(e.numerator) / Decimal(e.denominator)
        self.e = e if isinstance(e, Decimal) else Decimal(e)
        self.f = float(self.e) if f is None else f

    @staticmethod
    def lit(s):                      # a literal of the code, e.g. "0.1": exact decimal, float as Python parses it
        return V(Decimal(s), float(s))

    @staticmethod
    def c(x):
        return x if isinstance(x, V) else V(Decimal(x), float(x))

    def __add__(self, o):
        o = V.c(o); return V(self.e + o.e, self.f + o.f)
    __radd__ = __add__

    def __sub__(self, o):
        o = V.c(o); return V(self.e - o.e, self.f - o.f)

    def __rsub__(self, o):
        o = V.c(o); return V(o.e - self.e, o.f - self.f)

    def __mul__(self, o):
        o = V.c(o); return V(self.e * o.e, self.f * o.f)
    __rmul__ = __mul__

    def __neg__(self):
        return V(-self.e, -self.f)

    def sq(self):
        return V(self.e * self.e, self.f ** 2)


ZERO = V(Decimal(0), 0.0)


def relu(v):
    assert (v.e > 0) == (v.f > 0), "sign differs between exact and float"
    return v if v.e > 0 else V(Decimal(0), -0.0 if v.f < 0 or (v.f == 0 and str(v.f).startswith('-')) else 0.0)


def dot(a, b):                       # sequential sum, as a plain loop would do it
    s = a[0] * b[0]
    for x, y in zip(a[1:], b[1:]):
        s = s + x * y
    return s


def matvec_rows(vec, mat_cols):      # vec (1xn) . M (n x m) given as list of rows of M
    n, m = len(mat_cols), len(mat_cols[0])
    return [dot(vec, [mat_cols[i][j] for i in range(n)]) for j in range(m)]


# ----------------------------------------------------------------------------------------------
# numpy legacy RandomState: MT19937 with init_genrand(seed); random_sample = 53-bit double
class MT:
    def __init__(self, seed):
        self.mt = [0] * 624
        self.mt[0] = seed & 0xffffffff
        for i in range(1, 624):
            self.mt[i] = (1812433253 * (self.mt[i - 1] ^ (self.mt[i - 1] >> 30)) + i) & 0xffffffff
        self.idx = 624

    def _twist(self):
        mt = self.mt
        for i in range(624):
            y = (mt[i] & 0x80000000) | (mt[(i + 1) % 624] & 0x7fffffff)
            mt[i] = mt[(i + 397) % 624] ^ (y >> 1) ^ (0x9908b0df if y & 1 else 0)
        self.idx = 0

    def u32(self):
        if self.idx >= 624:
            self._twist()
        y = self.mt[self.idx]; self.idx += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c5680
        y ^= (y << 15) & 0xefc60000
        y ^= y >> 18
        return y & 0xffffffff

    def random(self):                # exact dyadic rational k / 2**53
        a = self.u32() >> 5
        b = self.u32() >> 6
        return F(a * 67108864 + b, 9007199254740992)


_t = MT(1)
assert abs(float(_t.random()) - 0.417022004702574) < 1e-15, "MT19937 re-implementation is off"


def rand_matrix(rng, rows, cols):    # 2*np.random.random((rows, cols)) - 1, row-major, exact doubles
    out = []
    for _ in range(rows):
        row = []
        for _ in range(cols):
            r = rng.random()
            w = 2 * r - 1
            row.append(V(w, float(w)))
        out.append(row)
    return out


# ----------------------------------------------------------------------------------------------
# records: ("n", expected_text) = line with no computed number (given / counter / blank / label)
#          ("c", [V, ...])      = line whose numbers are all computed
def N(t):
    return ("n", t)


def C(*vals):
    return ("c", list(vals))


def cell_by_source(start):
    hits = [i for i, c in enumerate(NB["cells"]) if c["cell_type"] == "code" and "".join(c["source"]).startswith(start)]
    if len(hits) != 1:
        raise SystemExit(f"code cell starting {start!r}: hits {hits}")
    return hits[0]


L = V.lit
expect = {}

# cell: single prediction (toes 8.5, weight 0.1)
ci = cell_by_source("# For each time the team won")
expect[ci] = [N("number_of_toes[0] is the data in the first position : 8.5"), N("Probability: 0.1"),
              C(L("8.5") * L("0.1"))]

# cell: 3 inputs, 1 output
ci = cell_by_source("toes = [8.5, 9.5, 10, 9]        # dataset 1")
w = [L("0.1"), L("0.2"), V(0, 0.0)]
x = [L("8.5"), L("0.65"), V(1200, 1200.0)]
expect[ci] = [N("toes[0] is the input 1 and is the data in the first array position : 8.5"),
              N("wlrec[0] is the input 2 and is the data in the first array position : 0.65"),
              N("nfans[0] is the input 3 and is the data in the first array position : 1200"),
              N("Probability for toes: 0.1"), N("Probability for win/loss: 0.2"),
              N("Probability for number of fans: 0"), C(dot(x, w))]

# cell: 1 input, 3 outputs
ci = cell_by_source("wlrec = [0.65, 0.8, 0.8, 0.9]\n\nweights = [0.3, 0.2, 0.9]")
expect[ci] = [C(*[L("0.65") * L(s) for s in ("0.3", "0.2", "0.9")])]

# cell: 3 inputs, 3 outputs with clamp at 0
ci = cell_by_source("toes = [8.5, 9.5, 9.9, 9.0]\nwlrec")
W = [[L("0.1"), L("0.1"), L("-0.3")], [L("0.1"), L("0.2"), L("0.0")], [L("0.0"), L("1.3"), L("0.1")]]
x = [L("8.5"), L("0.65"), V(1200, 1200.0)]
expect[ci] = [C(*[relu(dot(x, row)) for row in W])]

# cells: stacked network (lists, then NumPy)
ih = [[L("0.1"), L("0.2"), L("-0.1")], [L("-0.1"), L("0.1"), L("0.9")], [L("0.1"), L("0.4"), L("0.1")]]
hp = [[L("0.3"), L("1.1"), L("-0.3")], [L("0.1"), L("0.2"), L("0.0")], [L("0.0"), L("1.3"), L("0.1")]]
hid = [dot(x, row) for row in ih]
pred = [dot(hid, row) for row in hp]
expect[cell_by_source("           #toes %win #fans")] = [C(*pred)]
expect[cell_by_source("\nimport numpy as np\n\n# Datasets")] = [C(*pred)]

# cell: gradient descent on one weight, 20 steps
ci = cell_by_source("# Brief explanation of gradient descent")
weight, inp, goal = L("0.5"), L("0.5"), L("0.8")
rec = []
for it in range(20):
    p = inp * weight
    err = (p - goal).sq()
    d = (p - goal) * inp
    weight = weight - d
    rec += [N(f"Step:{it + 1}"), C(err, p), C(weight)]
expect[ci] = rec

# cell: 3 inputs, 3 iterations, alpha 0.01
ci = cell_by_source("#dataset\ntoes = [8.5, 9.5, 9.9, 9.0]")
alpha = L("0.01")
ws = [L("0.1"), L("0.2"), L("-.1")]
x = [L("8.5"), L("0.65"), L("1.2")]
rec = []
for it in range(3):
    p = dot(x, ws)
    err = (p - 1).sq()
    d = p - 1
    wd = [xi * d for xi in x]
    rec += [N(f"Iteration:{it + 1}"), C(p), C(err), C(d)]
    rec += [N("Weights:[0.1, 0.2, -0.1]")] if it == 0 else [C(*ws)]
    rec += [N("Weight_Deltas:"), C(*wd), N("")]
    ws = [wi - alpha * wdi for wi, wdi in zip(ws, wd)]
expect[ci] = rec

# cell: streetlights, linear, 40 iterations
ci = cell_by_source("import numpy as np\nweights = np.array([0.5,0.48,-0.7])")
ws = [L("0.5"), L("0.48"), L("-0.7")]
alpha = L("0.1")
lights = [[1, 0, 1], [0, 1, 1], [0, 0, 1], [1, 1, 1], [0, 1, 1], [1, 0, 1]]
goals = [0, 1, 0, 1, 1, 0]
rec = []
for it in range(40):
    tot = ZERO
    for row, g in zip(lights, goals):
        xi = [V(v, float(v)) for v in row]
        p = dot(xi, ws)
        tot = tot + (V(g, float(g)) - p).sq()
        d = p - g
        ws = [wj - alpha * (xj * d) for wj, xj in zip(ws, xi)]
        rec += [C(*ws), C(p)]
    rec += [C(tot), N("")]
expect[ci] = rec


# ---- the ReLU network cells (seed 1)
def one_step(w01, w12, layer0, goal, alpha):
    l1 = [relu(v) for v in matvec_rows(layer0, w01)]
    l2 = dot(l1, [r[0] for r in w12])
    e = (l2 - goal).sq()
    d2 = goal - l2
    d1 = [d2 * w12[j][0] * (1 if l1[j].e > 0 else 0) for j in range(len(l1))]
    w12n = [[w12[j][0] + alpha * (l1[j] * d2)] for j in range(len(l1))]
    w01n = [[w01[i][j] + alpha * (layer0[i] * d1[j]) for j in range(len(l1))] for i in range(len(layer0))]
    return l1, l2, e, d1, d2, w12n, w01n


def mat_lines(label, M):
    return [C(*row) for row in M]


lights = [[1, 0, 1], [0, 1, 1], [0, 0, 1], [1, 1, 1]]
goals = [1, 1, 0, 0]
alpha = L("0.2")

# "Print the results" cell: one fresh step from the seed-1 weights (hidden_size 3)
rng = MT(1)
w01 = rand_matrix(rng, 3, 3)
w12 = rand_matrix(rng, 3, 1)
layer0 = [V(v, float(v)) for v in lights[0]]
l1, l2, e, d1, d2, w12n, w01n = one_step(w01, w12, layer0, V(1, 1.0), alpha)
ci = cell_by_source('print( "Error:" + str(layer_2_error))')
expect[ci] = ([C(e), N("Layer 0:[[1 0 1]]"), C(*l1), C(l2), C(*d1), C(d2)] + mat_lines("w01", w01n)
              + mat_lines("w12", w12n) + [N(""), C(l2), N("True value of output: [[1]]")])
FRESH_STEP = dict(l1=l1, l2=l2, e=e, d1=d1, d2=d2, w01=w01n, w12=w12n)

# training cell (hidden_size 4, 40 iterations, prints inside the inner loop)
rng = MT(1)
w01 = rand_matrix(rng, 3, 4)
w12 = rand_matrix(rng, 4, 1)
rec = []
for it in range(40):
    tot = ZERO
    for i in range(4):
        layer0 = [V(v, float(v)) for v in lights[i]]
        l1, l2, e, d1, d2, w12, w01 = one_step(w01, w12, layer0, V(goals[i], float(goals[i])), alpha)
        tot = tot + e
        rec += [N(f"Iteration:{it}"), N(""), C(tot), N("Layer 0:[[" + " ".join(map(str, lights[i])) + "]]"),
                C(*l1), C(l2), C(*d1), C(d2)] + mat_lines("w12", w12) + mat_lines("w01", w01)
expect[cell_by_source("import numpy as np\nnp.random.seed(1)\n\ndef relu(x):\n  return (x > 0) * x\n\ndef relu2deriv(output):\n  return output>0\n\nalpha = 0.2\nhidden_size = 4")] = rec


# ----------------------------------------------------------------------------------------------
# locate every printed output line in the raw file, in order
def locate_outputs():
    pos = 0
    located = {}
    for ci, cell in enumerate(NB["cells"]):
        if cell["cell_type"] != "code":
            continue
        lines = []
        for out in cell.get("outputs", []):
            if "text" not in out:
                continue
            for s in out["text"]:
                encs = {json.dumps(s, ensure_ascii=False), json.dumps(s)}
                found = None
                for k in range(pos, len(RAW)):
                    st = RAW[k].strip()
                    if st in encs or st.rstrip(",") in encs:
                        found = k
                        break
                if found is None:
                    raise SystemExit(f"cell {ci}: output line {s!r} not found in raw file after line {pos}")
                pos = found + 1
                # one JSON string may hold several printed lines; here every string is one line
                parts = s.split("\n")
                if s.endswith("\n"):
                    parts = parts[:-1]
                if len(parts) != 1:
                    raise SystemExit(f"cell {ci}: multi-line output string {s!r}")
                lines.append((found + 1, parts[0]))
        if lines:
            located[ci] = lines
    return located


NUM = re.compile(r"-?\d+\.?\d*(?:e[-+]?\d+)?")
LABEL = re.compile(r"[A-Za-z][A-Za-z0-9_ ()]*:")


def numbers_of(text):
    body = LABEL.sub(" ", text)
    return NUM.findall(body)


def unit_of(p):
    m = re.fullmatch(r"-?(\d+)(?:\.(\d*))?(?:e([-+]?\d+))?", p)
    dec = len(m.group(2) or "")
    ex = int(m.group(3) or 0)
    return F(1, 10 ** dec) * (F(10) ** ex)


def sig_digits(p):
    mant = re.sub(r"e.*", "", p).replace("-", "").replace(".", "").lstrip("0")
    return len(mant)


STATS = {}


def judge_number(p, v):
    ok, why = _judge(p, v)
    STATS[why if ok else "wrong"] = STATS.get(why if ok else "wrong", 0) + 1
    return ok, why


def _judge(p, v):
    pv = F(Decimal(p))
    u = unit_of(p)
    ve = F(v.e)
    if abs(pv - ve) <= u:
        return True, "within one unit of the exact value"
    if abs(pv - F(v.f)) <= u / 2:
        return True, "float64 value of the page's own code"
    if sig_digits(p) >= 15 and abs(pv - ve) <= F(1, 10 ** 13) * max(1, abs(ve)):
        return True, "float64 rounding noise"
    return False, f"exact {float(v.e)!r}"


def fmt8(v):                          # numpy-like short form of a correct value (8 decimals, trailing zeros cut)
    s = f"{float(v.e):.8f}".rstrip("0")
    return s + "0" if s.endswith(".") else s


def main():
    located = locate_outputs()
    if set(located) != set(expect):
        raise SystemExit(f"cells with output {sorted(located)} != replayed cells {sorted(expect)}")
    wrong, right, report = [], [], []
    for ci in sorted(expect):
        recs, lines = expect[ci], located[ci]
        if len(recs) != len(lines):
            raise SystemExit(f"cell {ci}: {len(lines)} printed lines, replay gives {len(recs)}")
        for (ln, text), (kind, payload) in zip(lines, recs):
            if kind == "n":
                if text != payload:
                    raise SystemExit(f"line {ln}: expected given/counter text {payload!r}, found {text!r}")
                continue
            nums = numbers_of(text)
            if len(nums) != len(payload):
                raise SystemExit(f"line {ln}: {text!r}: {len(nums)} numbers, replay gives {len(payload)}")
            bad = []
            for p, v in zip(nums, payload):
                ok, why = judge_number(p, v)
                if not ok:
                    bad.append((p, v, why))
            if bad:
                wrong.append((ln, ci, text, payload, bad))
            else:
                right.append(ln)
    # kinds: in the stale "Print the results" cell the hidden activation (Layer 1) is the root wrong value,
    # everything else printed there is computed from it or from the same stale (unprinted) weights
    W = []
    for ln, ci, text, payload, bad in wrong:
        printed = text
        nums = numbers_of(text)
        correct_nums = ", ".join(repr(float(v.e)) if sig_digits(p) >= 15 else fmt8(v) for p, v in zip(nums, payload))
        first = text.startswith("Layer 1:")
        if text.startswith("Layer 1:"):
            why = ("hidden activation of the printed step: the page's code (seed 1, one forward pass on [1 0 1]) gives "
                   "relu([1 0 1].W01) = [0, 0.13177044, 0]; the printed 0.011394 comes from weights already changed "
                   "by earlier re-runs of the forward/backprop/update cells (stale kernel state)")
        elif text.startswith("Error:"):
            why = "(1 - layer_2)^2 of the stale forward pass; one fresh step gives (-0.02129555 - 1)^2 = 1.0430445982842722"
        elif text.startswith("Layer 2:") or text.startswith("Output (Layer2):"):
            why = "output of the stale forward pass; one fresh step gives layer_1.W12 = 0.13177044 * (-0.16161097) = -0.02129555"
        elif text.startswith("Layer 2 Delta:"):
            why = "1 - layer_2 of the stale pass; fresh: 1 - (-0.02129555) = 1.02129555"
        elif text.startswith("Layer 1 Delta:"):
            why = "layer_2_delta * W12 * relu'(layer_1) of the stale pass; fresh: 1.02129555 * (-0.16161097) = -0.16505257"
        elif text.startswith("Weights 0_1") or text.startswith(" [-0.62747958"):
            why = ("updated input-to-hidden weights after several (stale) updates; one update from the seed-1 weights "
                   "gives W01[.,1] = 0.44064899 + 0.2*(-0.16505257) = 0.40763847 (row 1) and "
                   "-0.30887855 + 0.2*(-0.16505257) = -0.34188906 (row 3)")
        else:
            why = ("updated hidden-to-output weight after several (stale) updates; one update gives "
                   "-0.16161097 + 0.2*0.13177044*1.02129555 = -0.13469566")
        W.append({"line": ln, "page": None, "printed": printed,
                  "correct": correct_nums, "kind": "first" if first else "propagated", "why": why})
        report.append(f"WRONG line {ln}: {text}\n      correct: {correct_nums}\n      " +
                      "; ".join(f"{p} vs {why2}" for p, v, why2 in bad))
    for r in report:
        print(r)
    print("\nnumbers judged:", STATS)
    print(f"\n{len(W)} wrong lines ({sum(w['kind'] == 'first' for w in W)} first, "
          f"{sum(w['kind'] == 'propagated' for w in W)} propagated), {len(right)} right lines")
    notes = (
        "uOttawa 'Unraveling the Mysteries of Deep Neural Networks' notebook 1 (Grokking-Deep-Learning style code in "
        "plain Python / NumPy, saved outputs). All printed numbers of the single-prediction cells, the 20-step one-weight "
        "gradient descent, the 3-iteration 3-input descent, the 40-iteration streetlight descent and the 40-iteration "
        "seed-1 ReLU network agree with the exact values from the givens (full-precision float reprs such as "
        "0.8600000000000001 are float64 rounding of the page's own code, judged right). The one error: the cell 'Print "
        "the results' of the single training step (seed 1, hidden_size 3, alpha 0.2, input [1 0 1], target 1) shows a "
        "stale kernel state -- its numbers are those after the forward/backprop/update cells were re-run several times "
        "(reproduced by the run order 63,65,67,63,65,67,63,67), not one step from the seed-1 weights the page describes. "
        "True values of one step: Error 1.0430445982842722, Layer 1 [0, 0.13177044, 0], Layer 2 -0.02129555, "
        "Layer 1 Delta [0, -0.16505257, 0], Layer 2 Delta 1.02129555, W01[0,1] 0.40763847, W01[2,1] -0.34188906, "
        "W12[1] -0.13469566. Layer 1 is marked first (root of the stale state), the rest propagated. Rows of the printed "
        "weight matrices whose entries the step leaves unchanged (zero input or inactive unit) are computed values equal "
        "to the truth and are counted right. Givens in neither list: input rows 'Layer 0', the starting "
        "'Weights:[0.1, 0.2, -0.1]', 'True value of output', the data echo lines, Step/Iteration counters.")
    exp = {"file": "doc.ipynb", "format": "ipynb", "source": SOURCE, "license": LICENSE,
           "wrong": W, "right": sorted(right), "notes": notes}
    if "--write-expected" in sys.argv:
        with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, indent=1, ensure_ascii=False)
            f.write("\n")
        print("expected.json written")


if __name__ == "__main__":
    main()
