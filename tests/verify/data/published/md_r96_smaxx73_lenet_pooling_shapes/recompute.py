#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, Session 11 "Building CNNs" (completed
reference version) of Maxime Nguyen's course "Neural Networks for Engineers" (github.com/smaxx73/Neural-Network-Course,
MIT): max / average pooling by hand, dimension tracking, parameter counts of a small CNN, LeNet-5 and the Session 9
MLP, the receptive field of conv5 -> pool2 -> conv5, and the expected output of the impulse experiment.

Plain Python 3 (fractions / decimal at 60 digits); does not import nnwalk or the generator. The impulse experiment
(Exercise 4.2: 28x28 zeros with a 1 at (13, 13), 5x5 all-ones kernels, 2x2 max pool, no padding, no bias) is
simulated exactly; the receptive field is traced back from one conv2 output through the pool and conv1.

Judging rule (p a printed number, u one unit in its last digit):
 (a) a printed result of an expression on its line must equal the expression redone from the printed operands,
     rounded at p's digits (given operands exact) - otherwise wrong, first;
 (b) a value printed without working / restated is right within one unit of its last digit of the true value;
 (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and off is wrong, propagated.
Numbers written as words ("half", "one output neuron") are judged like digits (close calls, see notes).
Usage: python3 recompute.py [--write-expected]
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/smaxx73/Neural-Network-Course/blob/d46667b8b499934f77f58a815e443e400e227d5d/"
          "module-5-convolutional-networks/session11_building_cnns_complete.md")
LICENSE = "MIT (LICENSE in the repository, Copyright (c) 2026 Maxime Nguyen); doc.md is the file byte for byte"
# ---- shared judging helpers (copied verbatim into each recompute.py) ----
import json, pathlib, sys
from fractions import Fraction as F
from decimal import Decimal, ROUND_HALF_UP, getcontext
getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    """1-based line of the nth line containing sub; fails loudly."""
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s: no line %d containing %r (hits %s)" % (DOCFILE, nth, sub, hits))
    if nth == 1 and len(hits) > 1 and not ALLOW_MULTI.get(sub):
        raise SystemExit("%s: %r is on several lines %s; give nth" % (DOCFILE, sub, hits))
    return hits[nth - 1]


ALLOW_MULTI = {}


def dec(x):
    x = F(x)
    return Decimal(x.numerator) / Decimal(x.denominator)


def judge(printed, true, mode="dp"):
    """printed: the number as printed (commas allowed); true: exact value (Fraction/int) or a string.
    mode 'dp': true rounded at printed's decimals equals printed (a computed result on its own line);
    mode 'sig1': true rounded to one significant figure equals printed (round 'factor of' claims)."""
    if isinstance(true, str):
        return printed == true
    p = Decimal(printed.replace("{,}", "").replace("{", "").replace("}", "").replace(",", ""))
    t = dec(true)
    if mode == "dp":
        q = Decimal(1).scaleb(p.as_tuple().exponent)
        return t.quantize(q, rounding=ROUND_HALF_UP) == p
    if mode == "sig1":
        e = t.adjusted()
        q = Decimal(1).scaleb(e)
        return t.quantize(q, rounding=ROUND_HALF_UP) == p
    raise ValueError(mode)


RESULTS = []  # (line, ok, printed, correct, kind, why)


def item(sub, checks, nth=1, kind="first", why="", correct=None, shown=None):
    ln = line_of(sub, nth)
    text = DOC[ln - 1]
    bad = []
    for c in checks:
        printed, true = c[0], c[1]
        mode = c[2] if len(c) > 2 else "dp"
        if printed not in text:
            raise SystemExit("line %d does not print %r: %s" % (ln, printed, text))
        if not judge(printed, true, mode):
            bad.append((printed, true))
    ok = not bad
    if ok:
        RESULTS.append((ln, True, None, None, None, why))
    else:
        pr = shown or "; ".join(b[0] for b in bad)
        co = correct or "; ".join(str(b[1]) if isinstance(b[1], str) else str(dec(b[1]).normalize()) for b in bad)
        RESULTS.append((ln, False, pr, co, kind, why))
    return ok


def finish(notes):
    lines = [r[0] for r in RESULTS]
    dup = sorted(set(l for l in lines if lines.count(l) > 1))
    if dup:
        raise SystemExit("lines judged twice: %s" % dup)
    wrong = [dict(line=r[0], page=None, printed=r[2], correct=r[3], kind=r[4], why=r[5])
             for r in sorted(RESULTS) if not r[1]]
    right = sorted(r[0] for r in RESULTS if r[1])
    for r in sorted(RESULTS):
        print("%5d %-6s %s" % (r[0], "right" if r[1] else "WRONG/" + r[4], DOC[r[0] - 1].strip()[:110]))
        if not r[1]:
            print("       printed %s  correct %s  (%s)" % (r[2], r[3], r[5]))
    print("wrong: %d (%d first, %d propagated); right: %d" % (
        len(wrong), sum(w["kind"] == "first" for w in wrong), sum(w["kind"] == "propagated" for w in wrong), len(right)))
    if "--write-expected" in sys.argv:
        out = dict(file=DOCFILE, format=FORMAT, source=SOURCE, license=LICENSE, wrong=wrong, right=right, notes=notes)
        (HERE / "expected.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote expected.json")
# ---- end of shared helpers ----


def osz(H, k, p=0, s=1):
    return (H + 2 * p - k) // s + 1


def pool(img, k=2):
    return [[max(img[k * i + a][k * j + b] for a in range(k) for b in range(k)) for j in range(len(img[0]) // k)]
            for i in range(len(img) // k)]


def avgpool(img, k=2):
    return [[F(sum(img[k * i + a][k * j + b] for a in range(k) for b in range(k)), k * k) for j in range(len(img[0]) // k)]
            for i in range(len(img) // k)]


def conv_ones(img, k):
    H, W = len(img), len(img[0])
    return [[sum(img[i + m][j + n] for m in range(k) for n in range(k)) for j in range(W - k + 1)] for i in range(H - k + 1)]


def lin(i, o):
    return i * o + o


def convp(cin, cout, k):
    return cout * cin * k * k + cout


def nz(img):
    return sum(1 for r in img for v in r if v > 0)


def pstr(v):
    return "{:,}".format(v).replace(",", "{,}")


# ---- recap ----
item("a $28 \\times 28$ image becomes $24 \\times 24$. After ten", [("$24 \\times 24$", "$%d \\times %d$" % (28 - 4, 28 - 4))], why="28-2-2")
chain = " \\to ".join(str(28 - 2 * i) for i in range(11))
item("Each layer shrinks the image by 2 in each dimension", [(chain, chain), ("After 10 layers: $8 \\times 8$", "After 10 layers: $%d \\times %d$" % (28 - 20, 28 - 20)),
                                                              ("After 14 layers it would reach $0 \\times 0$", "After 14 layers it would reach $%d \\times %d$" % (28 - 28, 28 - 28))],
     why="28 - 2n: 8 after 10 layers, 0 after 14")

# ---- pooling ----
A = [[1, 3, 2, 1], [4, 6, 5, 2], [7, 2, 3, 1], [8, 1, 4, 3]]
MP, AP = pool(A), avgpool(A)
item("4  6  5  2      →        │max  │max  │     6  5", [("6  5", "%d  %d" % tuple(MP[0]))], why="max pool top row 6, 5")
item("7  2  3  1                │ 4,6 │ 5,2 │     8  4", [("8  4", "%d  %d" % tuple(MP[1]))], why="max pool bottom row 8, 4")
item("(1+3+4+6)/4  (2+1+5+2)/4     3.5  2.5", [("3.5", AP[0][0]), ("2.5", AP[0][1])], why="14/4, 10/4")
item("(7+2+8+1)/4  (3+1+4+3)/4     4.5  2.75", [("4.5", AP[1][0]), ("2.75", AP[1][1])], why="18/4, 11/4")
B = [[3, 1, 4, 2], [0, 5, 1, 3], [2, 4, 6, 0], [1, 3, 2, 8]]
MB = pool(B)
for sub, (i, j), vals in [("Top-left $2 \\times 2$: $\\max(3, 1, 0, 5)", (0, 0), (3, 1, 0, 5)),
                          ("Top-right $2 \\times 2$: $\\max(4, 2, 1, 3)", (0, 1), (4, 2, 1, 3)),
                          ("Bottom-left $2 \\times 2$: $\\max(2, 4, 1, 3)", (1, 0), (2, 4, 1, 3)),
                          ("Bottom-right $2 \\times 2$: $\\max(6, 0, 2, 8)", (1, 1), (6, 0, 2, 8))]:
    blk = (B[2 * i][2 * j], B[2 * i][2 * j + 1], B[2 * i + 1][2 * j], B[2 * i + 1][2 * j + 1])
    assert blk == vals, (sub, blk)
    item(sub, [("= %d$" % MB[i][j], "= %d$" % max(blk))], why="max of the block = %d" % MB[i][j])
item("\\text{Output} = \\begin{bmatrix} 5 & 4 \\\\ 4 & 8", [("5 & 4 \\\\ 4 & 8", "%d & %d \\\\ %d & %d" % (MB[0][0], MB[0][1], MB[1][0], MB[1][1]))], why="restated")
PA = pool([[0, 9, 0, 0], [0] * 4, [0] * 4, [0] * 4])
PB = pool([[0, 0, 9, 0], [0] * 4, [0] * 4, [0] * 4])
item("$\\text{MaxPool}(A) = \\begin{bmatrix} 9 & 0", [("9 & 0 \\\\ 0 & 0", "%d & %d \\\\ %d & %d" % (PA[0][0], PA[0][1], PA[1][0], PA[1][1]))], why="9 in the top-left block")
item("$\\text{MaxPool}(B) = \\begin{bmatrix} 0 & 9", [("0 & 9 \\\\ 0 & 0", "%d & %d \\\\ %d & %d" % (PB[0][0], PB[0][1], PB[1][0], PB[1][1]))], why="9 in the top-right block")
item("the 9 moved from position (0,0) to (0,1)", [("(0,0) to (0,1)", "(0,0) to (0,1)" if PA[0][0] == 9 and PB[0][1] == 9 else "x")], why="pooled positions")
for sub, v in [("| Conv2d(3×3, padding=1, stride=1) | $32 \\times 32$", osz(32, 3, 1)), ("| ReLU | $32 \\times 32$", 32),
               ("| MaxPool2d(2×2, stride=2) | $16 \\times 16$", osz(32, 2, 0, 2)), ("| Conv2d(3×3, padding=1, stride=1) | $16 \\times 16$", osz(16, 3, 1)),
               ("| ReLU | $16 \\times 16$", 16), ("| MaxPool2d(2×2, stride=2) | $8 \\times 8$", osz(16, 2, 0, 2))]:
    item(sub, [("$%d \\times %d$" % (v, v), "$%d \\times %d$" % (v, v))], why="size %d" % v)
item("Two pool layers: $32 \\to 16 \\to 8$", [("32 \\to 16 \\to 8", "32 \\to %d \\to %d" % (32 // 2, 32 // 4))], why="halved twice")

# ---- funnel ----
for sub, val in [("Input        1           28 × 28      784", 28 * 28), ("After Conv1  16          28 × 28      12,544", 16 * 28 * 28),
                 ("After Pool1  16          14 × 14      3,136", 16 * 14 * 14), ("After Conv2  32          14 × 14      6,272", 32 * 14 * 14),
                 ("After Pool2  32          7 × 7        1,568", 32 * 7 * 7), ("Flatten      —           —            1,568", 32 * 7 * 7)]:
    item(sub, [("{:,}".format(val), val)], why="channels x spatial = {:,}".format(val))
item("# After flatten: shape (batch, 32*7*7) = (batch, 1568)", [("1568", 32 * 7 * 7)], why="32*7*7")

# ---- Exercise 3.1 / 3.2 ----
s1 = osz(28, 5, 2); q1 = s1 // 2; s2 = osz(q1, 5, 2); q2 = s2 // 2
for sub, txt in [("| Conv2d(1→8, k=5, p=2) | `(4, 8, 28, 28)` |", "(4, 8, %d, %d)" % (s1, s1)), ("| ReLU | `(4, 8, 28, 28)` |", "(4, 8, %d, %d)" % (s1, s1)),
                 ("| MaxPool2d(2, 2) | `(4, 8, 14, 14)` |", "(4, 8, %d, %d)" % (q1, q1)), ("| Conv2d(8→16, k=5, p=2) | `(4, 16, 14, 14)` |", "(4, 16, %d, %d)" % (s2, s2)),
                 ("| ReLU | `(4, 16, 14, 14)` |", "(4, 16, %d, %d)" % (s2, s2)), ("| MaxPool2d(2, 2) | `(4, 16, 7, 7)` |", "(4, 16, %d, %d)" % (q2, q2)),
                 ("| Linear(784→120) | `(4, 120)` |", "(4, 120)"), ("| ReLU | `(4, 120)` |", "(4, 120)"), ("| Linear(120→10) | `(4, 10)` |", "(4, 10)")]:
    item(sub, [(txt, txt)], why="shape")
item("| Flatten | `(4, 784)` — because $16 \\times 7 \\times 7 = 784$", [("(4, 784)", "(4, %d)" % (16 * q2 * q2)), ("= 784$", "= %d$" % (16 * 7 * 7))], why="16*7*7 = 784")
item("The `nn.Linear` needs **784** input features", [("**784**", "**%d**" % (16 * 7 * 7))], why="restated")
cnn = [convp(1, 8, 5), convp(8, 16, 5), lin(784, 120), lin(120, 10)]
for sub, v in zip(["| Conv2d(1→8, k=5) | $8 \\times (1 \\times 5 \\times 5) + 8$ |", "| Conv2d(8→16, k=5) | $16 \\times (8 \\times 5 \\times 5) + 16$ |",
                   "| Linear(784→120) | $784 \\times 120 + 120$ |", "| Linear(120→10) | $120 \\times 10 + 10$ |"], cnn):
    item(sub, [("{:,}".format(v), v)], why="{:,}".format(v))
item("| **Total** | | **98,834** |", [("98,834", sum(cnn))], why="sum")
mlp = [lin(784, 256), lin(256, 128), lin(128, 10)]
for sub, v in zip(["| Linear(784→256) | 200,960 |", "| Linear(256→128) | 32,896 |", "| Linear(128→10) | 1,290 |"], mlp):
    item(sub, [("{:,}".format(v), v)], why="{:,}".format(v))
item("| **Total** | **235,146** |", [("235,146", sum(mlp))], why="sum")
item("The CNN has **2.4× fewer parameters**", [("2.4", F(sum(mlp), sum(cnn)))], why="235,146 / 98,834 = 2.38")

# ---- LeNet-5 on 28x28 ----
c1 = osz(28, 5); p1 = c1 // 2; c2 = osz(p1, 5); p2 = c2 // 2
le = [convp(1, 6, 5), convp(6, 16, 5), lin(16 * p2 * p2, 120), lin(120, 84), lin(84, 10)]
rows = [("| Conv(1→6, k=5) | `(6, 24, 24)` | 156 |", [("(6, 24, 24)", "(6, %d, %d)" % (c1, c1)), ("156", le[0])]),
        ("| ReLU | `(6, 24, 24)` | — |", [("(6, 24, 24)", "(6, %d, %d)" % (c1, c1))]),
        ("| MaxPool(2, 2) | `(6, 12, 12)` | — |", [("(6, 12, 12)", "(6, %d, %d)" % (p1, p1))]),
        ("| Conv(6→16, k=5) | `(16, 8, 8)` | 2,416 |", [("(16, 8, 8)", "(16, %d, %d)" % (c2, c2)), ("2,416", le[1])]),
        ("| ReLU | `(16, 8, 8)` | — |", [("(16, 8, 8)", "(16, %d, %d)" % (c2, c2))]),
        ("| MaxPool(2, 2) | `(16, 4, 4)` | — |", [("(16, 4, 4)", "(16, %d, %d)" % (p2, p2))]),
        ("| Flatten | `(256)` | — |", [("(256)", "(%d)" % (16 * p2 * p2))]),
        ("| FC(256→120) | `(120)` | 30,840 |", [("30,840", le[2])]),
        ("| ReLU | `(120)` | — |", [("(120)", "(120)")]),
        ("| FC(120→84) | `(84)` | 10,164 |", [("10,164", le[3])]),
        ("| ReLU | `(84)` | — |", [("(84)", "(84)")]),
        ("| FC(84→10) | `(10)` | 850 |", [("850", le[4])]),
        ("| **Total** | | **44,426** |", [("44,426", sum(le))])]
for sub, ch in rows:
    item(sub, ch, why="LeNet-5 on 28x28")
ratio = F(sum(le), sum(mlp))
item("Only **44K parameters** — half the size of our Session 9 MLP!",
     [("44", F(sum(le), 1000)), ("half the size", "half the size" if F(2, 5) < ratio < F(3, 5) else "about a fifth of the size")],
     why="44,426 / 235,146 = 0.19: about a fifth of the Session 9 MLP, not half (half of the Exercise 3.2 CNN, 98,834)",
     correct="about one fifth (44,426 / 235,146 = 0.189)", shown="half")

# ---- receptive field ----
def rf_rows():
    """input rows influencing conv2 output row 0 (conv5 -> pool2 -> conv5)."""
    pool_rows = set(range(0, 5))
    conv1_rows = set(r for p in pool_rows for r in (2 * p, 2 * p + 1))
    return set(i for r in conv1_rows for i in range(r, r + 5))
rf_pool = len(set(i for r in (0, 1) for i in range(r, r + 5)))
RF = len(rf_rows())
item("The pools overlap by 4 pixels in each dimension", [("by 4 pixels", "by %d pixels" % (5 - 1))], why="neighbouring 5-wide windows, offset 1, share 4")
item("$5 + (2 - 1) = 6$ in each dimension", [("= 6$", "= %d$" % (5 + 1)), ("6 \\times 6", "%d \\times %d" % (rf_pool, rf_pool))], why="5 + 1 = 6")
item("which look at input pixels $(2i, 2j)$ through $(2i+5, 2j+5)$", [("(2i+5, 2j+5)", "(2i+%d, 2j+%d)" % (1 + 4, 1 + 4))], why="2i+1+4")
item("Receptive field = $5 + (5 - 1) \\times 2 = 5 + 8 = 13$",
     [("= 13$", "= %d$" % RF), ("\\mathbf{14 \\times 14}", "\\mathbf{%d \\times %d}" % (RF, RF))],
     why="the base is the 6x6 field after the pool (Part A, line above: 'Each of those sees 6x6'), so 6 + (5-1)*2 = 14; "
         "starting from 5 gives 13, then rounded up to 'approximately 14'", correct="14 (6 + (5 - 1) x 2)", shown="13")

# ---- impulse experiment ----
img = [[0] * 28 for _ in range(28)]
img[13][13] = 1
a1 = conv_ones(img, 5); b1 = pool(a1); a2 = conv_ones(b1, 5)
for sub, sh in [("after_conv1 = conv1(impulse)           # (1, 1, 24, 24)", (len(a1), "(1, 1, 24, 24)")),
                ("after_pool1 = pool1(after_conv1)       # (1, 1, 12, 12)", (len(b1), "(1, 1, 12, 12)")),
                ("after_conv2 = conv2(after_pool1)       # (1, 1,  8,  8)", (len(a2), "(1, 1,  8,  8)"))]:
    n = sh[0]
    item(sub, [(sh[1], "(1, 1, %s, %s)" % (("%2d" % n) if n < 10 else n, ("%2d" % n) if n < 10 else n))], why="shape %d" % n)
item("After conv1:  torch.Size([1, 1, 24, 24]), non-zero: 25 pixels", [("[1, 1, 24, 24]", "[1, 1, %d, %d]" % (len(a1), len(a1))), ("non-zero: 25 pixels", "non-zero: %d pixels" % nz(a1)), ("(5×5 patch)", "(5×5 patch)")],
     why="5x5 = 25 non-zero")
item("After pool1:  torch.Size([1, 1, 12, 12]), non-zero: 9 pixels", [("[1, 1, 12, 12]", "[1, 1, %d, %d]" % (len(b1), len(b1))), ("non-zero: 9 pixels", "non-zero: %d pixels" % nz(b1)), ("(3×3 after halving)", "(3×3 after halving)")],
     why="conv1 rows 9..13 fall in pool rows 4..6: 3x3 = 9")
side = int(nz(a2) ** 0.5)
item("After conv2:  torch.Size([1, 1,  8,  8]), non-zero: 1 pixel", [("[1, 1,  8,  8]", "[1, 1,  %d,  %d]" % (len(a2), len(a2))), ("non-zero: 1 pixel", "non-zero: %d pixel" % nz(a2))],
     why="every conv2 output whose 5x5 window meets pool rows/cols 4..6 is non-zero: rows 0..6 x cols 0..6 = 49 (an impulse spreads "
         "forward; it does not narrow to one neuron)", correct="non-zero: %d pixels (%dx%d)" % (nz(a2), side, side), shown="1 pixel")
item("The **one output neuron** that fires", [("**one output neuron**", "**%s output neuron**" % ("one" if nz(a2) == 1 else nz(a2))),
                                                 ("\\approx 14 \\times 14", "\\approx %d \\times %d" % (RF, RF))],
     kind="propagated", why="restates the single firing neuron of the expected output; %d neurons fire (the 14x14 receptive field of one conv2 output is right)" % nz(a2),
     correct="%d output neurons (%dx%d) fire" % (nz(a2), side, side), shown="one output neuron")

# ---- LeNet code ----
item("# After features: shape is (batch, 16, 4, 4) → flatten to 256", [("(batch, 16, 4, 4)", "(batch, 16, %d, %d)" % (p2, p2)), ("256", 16 * p2 * p2)], why="16*4*4")
item("# Flatten: (batch, 16, 4, 4) → (batch, 256)", [("(batch, 256)", "(batch, %d)" % (16 * p2 * p2))], why="16*4*4")
item("# Should be (2, 10)", [("(2, 10)", "(2, 10)")], why="batch 2, 10 classes")
for sub, txt in [("Conv2d(1, 6, kernel_size=(5, 5), stride=(1, 1)): [1, 6, 24, 24]", "[1, 6, %d, %d]" % (c1, c1)),
                 ("ReLU(): [1, 6, 24, 24]", "[1, 6, %d, %d]" % (c1, c1)),
                 ("MaxPool2d(kernel_size=2, stride=2, ...): [1, 6, 12, 12]", "[1, 6, %d, %d]" % (p1, p1)),
                 ("Conv2d(6, 16, kernel_size=(5, 5), stride=(1, 1)): [1, 16, 8, 8]", "[1, 16, %d, %d]" % (c2, c2)),
                 ("ReLU(): [1, 16, 8, 8]", "[1, 16, %d, %d]" % (c2, c2)),
                 ("MaxPool2d(kernel_size=2, stride=2, ...): [1, 16, 4, 4]", "[1, 16, %d, %d]" % (p2, p2)),
                 ("Flatten: [1, 256]", "[1, %d]" % (16 * p2 * p2)),
                 ("Linear(in_features=256, out_features=120, ...): [1, 120]", "[1, 120]"),
                 ("ReLU(): [1, 120]", "[1, 120]"),
                 ("Linear(in_features=120, out_features=84, ...): [1, 84]", "[1, 84]"),
                 ("ReLU(): [1, 84]", "[1, 84]"),
                 ("Linear(in_features=84, out_features=10, ...): [1, 10]", "[1, 10]")]:
    item(sub, [(txt, txt)], why="trace_shapes")
for sub, txt in [("# (1, 6, 24, 24)", "(1, 6, %d, %d)" % (c1, c1)), ("# (1, 6, 12, 12)", "(1, 6, %d, %d)" % (p1, p1)),
                 ("# (1, 16, 8, 8)", "(1, 16, %d, %d)" % (c2, c2)), ("# (1, 16, 4, 4)", "(1, 16, %d, %d)" % (p2, p2))]:
    item(sub, [(txt, txt)], why="feature-map shapes")
item("nn.Flatten(),           # (batch, 1, 28, 28) → (batch, 784)", [("(batch, 784)", "(batch, %d)" % (28 * 28))], why="28*28")
d1 = osz(28, 3, 1) // 2; d2 = osz(d1, 3, 1) // 2; d3 = osz(d2, 3, 1) // 2
item("nn.Conv2d(1, 6, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2, 2),    # → 6×14×14", [("6×14×14", "6×%d×%d" % (d1, d1))], why="28 -> 14")
item("nn.Conv2d(6, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2, 2),   # → 16×7×7", [("16×7×7", "16×%d×%d" % (d2, d2))], why="14 -> 7")
item("nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2, 2),  # → 32×3×3", [("32×3×3", "32×%d×%d" % (d3, d3))], why="7 -> 3 (floor)")
item("After pooling 3 times ($28 \\to 14 \\to 7 \\to 3$)", [("28 \\to 14 \\to 7 \\to 3", "28 \\to %d \\to %d \\to %d" % (d1, d2, d3)), ("only $3 \\times 3$", "only $%d \\times %d$" % (d3, d3))], why="floor halving")
item("The first FC layer of WideCNN has $64 \\times 4 \\times 4 = 1024$", [("= 1024$", "= %d$" % (64 * 4 * 4))], why="64*16")
e1 = osz(64, 3, 1) // 2; e2 = osz(e1, 3, 1) // 2; e3 = osz(e2, 3, 1) // 2
item("`Conv(3→32, 3×3, p=1) → ReLU → Pool(2,2)` → 32×32", [("→ 32×32", "→ %d×%d" % (e1, e1))], why="64 -> 32")
item("`Conv(32→64, 3×3, p=1) → ReLU → Pool(2,2)` → 16×16", [("→ 16×16", "→ %d×%d" % (e2, e2))], why="32 -> 16")
item("`Conv(64→128, 3×3, p=1) → ReLU → Pool(2,2)` → 8×8", [("→ 8×8", "→ %d×%d" % (e3, e3))], why="16 -> 8")
item("`Flatten(8192) → FC(512)", [("8192", 128 * e3 * e3)], why="128*8*8")
item("**LeNet-5**: The classic CNN — 44K parameters", [("44K", "%dK" % round(F(sum(le), 1000)))], why="44,426 restated")

deep = convp(1, 6, 3) + convp(6, 16, 3) + convp(16, 32, 3) + lin(32 * 3 * 3, 120) + lin(120, 10)
wide = convp(1, 32, 5) + convp(32, 64, 5) + lin(64 * 4 * 4, 256) + lin(256, 10)
tiny = convp(1, 8, 5) + lin(8 * 12 * 12, 10)
NOTES = ("Session 11 (completed reference version) of an MIT-licensed course (2026): max and average pooling by hand, "
         "dimension tracking, a CNN and LeNet-5 traced layer by layer with parameter counts, the receptive field of "
         "conv5 -> pool2 -> conv5, an impulse experiment with its expected output, and code comments with shapes. The "
         "pooling, shapes and parameter counts all check. Wrong: the receptive field 'Receptive field = 5 + (5 - 1) x 2 = "
         "5 + 8 = 13 -> approximately 14 x 14' (line 355) starts from 5 although the text just derived 6 x 6 after the "
         "pool; 6 + (5 - 1) x 2 = 14 exactly (the arithmetic on the line is consistent, the quantity is wrong by method, "
         "first). The expected output of the impulse experiment (line 402) says conv2 has 'non-zero: 1 pixel (single "
         "neuron affected)'; simulating it (28x28 impulse at (13,13), all-ones 5x5 kernels, 2x2 max pool) gives 25, 9 "
         "and %d non-zero values: an impulse spreads forward, every conv2 output whose window meets pool rows/cols 4..6 "
         "fires (rows and columns 0..6). Line 405 restates the single firing neuron (propagated; its 14 x 14 is right). "
         "Line 319 'Only 44K parameters - half the size of our Session 9 MLP' is wrong: 44,426 / 235,146 = 0.19 (it is "
         "about half of the Exercise 3.2 CNN, 98,834). Close calls: lines 319, 402 and 405 are judged on numbers written "
         "as words ('half', 'single', 'one'); line 402's digit '1' is the wrong figure. Not listed (prose without "
         "digits): line 1149 says WideCNN has 'more params than LeNet-5 but fewer than DeepCNN', but DeepCNN has {:,} "
         "parameters and WideCNN {:,} (TinyCNN {:,}); line 93's diagram label '8,2' for the bottom-left block (its bottom "
         "row is 8, 1) restates givens within one unit. Lines that restate only givens (layer specs, input shapes, "
         "batch sizes, code) are in neither list.".format(deep, wide, tiny) % nz(a2))
finish(NOTES)
