#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, Session 10 "The Convolution Operation" of
Maxime Nguyen's course "Neural Networks for Engineers" (github.com/smaxx73/Neural-Network-Course, MIT).

Plain Python 3 (fractions / decimal at 60 digits); does not import nnwalk or the generator.

Givens: the 5x5 checkerboard and 3x3 kernel of section 3; I (4x4) and K (vertical-edge kernel) of Exercise 4.1; the
identity and 1/9 box kernels of Exercise 4.2; the 3x3 image 1..9 and the Laplacian kernel of Exercise 6.3 (padding 1);
layer sizes (784 -> 256, 224x224x3, 28x28, 16 filters 5x5, 4 -> 8 channels 3x3 ...). The page's convolution is
cross-correlation without kernel flip (it says so) and its output size is floor((H + 2p - k)/s) + 1; both are
followed here.

Judging rule (p a printed number, u one unit in its last digit):
 (a) a printed result of an expression on its line must equal the expression redone from the printed operands,
     rounded at p's digits (given operands exact) - otherwise wrong, first;
 (b) a value printed without working / restated is right within one unit of its last digit of the true value;
 (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and off is wrong, propagated.
Round 'factor of' claims (20,000x, 4,000x) are judged at one significant figure (close calls, see notes).
Usage: python3 recompute.py [--write-expected]
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/smaxx73/Neural-Network-Course/blob/e8a79ccf2d26baa96d61513e3c05101495e9901d/"
          "module-5-convolutional-networks/session10_convolution_operation.md")
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


def conv(img, ker, pad=0, stride=1):
    if pad:
        w = len(img[0]) + 2 * pad
        img = [[0] * w for _ in range(pad)] + [[0] * pad + r + [0] * pad for r in img] + [[0] * w for _ in range(pad)]
    k = len(ker)
    H, W = len(img), len(img[0])
    oh, ow = (H - k) // stride + 1, (W - k) // stride + 1
    return [[sum(F(img[i * stride + m][j * stride + n]) * ker[m][n] for m in range(k) for n in range(k))
             for j in range(ow)] for i in range(oh)]


def osz(H, k, p=0, s=1):
    return (H + 2 * p - k) // s + 1


def lhs_value(text):
    """value of the printed expression 'a \\cdot b + c \\cdot d ...' before its first '='."""
    e = text.split("=")[0].replace("$", "").replace("\\cdot", "*").replace("·", "*").replace("(0,0)", "")
    return eval(e.split(":")[-1])


def mid_value(text):
    """value of the printed middle expression between the first '=' and '= \\mathbf'."""
    parts = text.split("=")
    return eval(parts[1].replace("$", ""))


# ---- section 3: 5x5 checkerboard ----
I5 = [[1, 0, 1, 0, 1], [0, 1, 0, 1, 0], [1, 0, 1, 0, 1], [0, 1, 0, 1, 0], [1, 0, 1, 0, 1]]
K5 = [[1, 0, 1], [0, 1, 0], [1, 0, 1]]
O5 = conv(I5, K5)
ALLOW_MULTI["= 5"] = True
ln = line_of("  1  0  1  0  1                             = 5")
item("  1  0  1  0  1                             = 5", [("5", O5[0][0])], why="(0,0) of the checkerboard: 5 ones")
item("  1  0  1  0  1                             = 0", [("0", O5[0][1])], why="(0,1): 0")
item("A $5 \\times 5$ image with a $3 \\times 3$ kernel produces", [("3", osz(5, 3))], why="5-3+1 = 3")

# ---- Exercise 4.1 ----
I = [[1, 2, 0, 1], [0, 1, 3, 2], [1, 0, 2, 1], [3, 1, 0, 2]]
K = [[1, 0, -1], [1, 0, -1], [1, 0, -1]]
O = conv(I, K)
item("**Step 1:** Output size = $(4 - 3 + 1)", [("2", osz(4, 3))], why="4-3+1 = 2")
for sub, (i, j) in [("= 1 + 0 + 0 + 0 + 0 - 3 + 1 + 0 - 2", (0, 0)), ("= 2 + 0 - 1 + 1 + 0 - 2 + 0 + 0 - 1", (0, 1)),
                    ("= 0 + 0 - 3 + 1 + 0 - 2 + 3 + 0 + 0", (1, 0)), ("= 1 + 0 - 2 + 0 + 0 - 1 + 1 + 0 - 2", (1, 1))]:
    t = DOC[line_of(sub) - 1]
    assert lhs_value(t) == O[i][j] and mid_value(t) == O[i][j], (sub, lhs_value(t), mid_value(t))
    item(sub, [("\\mathbf{%d}" % O[i][j], "\\mathbf{%d}" % O[i][j])], why="(%d,%d) = %d" % (i, j, O[i][j]))
item("\\text{Output} = \\begin{bmatrix} -3 & -1", [("-3 & -1 \\\\ -1 & -3", "%d & %d \\\\ %d & %d" % (O[0][0], O[0][1], O[1][0], O[1][1]))],
     why="2x2 output restated")
ident = conv(I, [[0, 0, 0], [0, 1, 0], [0, 0, 0]])
item("$\\text{Output}[0,0] = 0 + 0 + 0 + 0 + 1 \\cdot 1", [("= 1$", "= %d$" % ident[0][0])], why="centre pixel I[1][1] = 1")
blur = conv(I, [[F(1, 9)] * 3] * 3)
item("\\frac{10}{9} \\approx 1.11", [("10", sum(I[m][n] for m in range(3) for n in range(3))), ("1.11", blur[0][0])],
     why="(1+2+0+0+1+3+1+0+2)/9 = 10/9 = 1.111")
for sub, H, k in [("| $7 \\times 7$ | $3 \\times 3$ | $5", 7, 3), ("| $28 \\times 28$ | $5 \\times 5$ | $24", 28, 5),
                  ("| $32 \\times 32$ | $3 \\times 3$ | $30", 32, 3), ("| $100 \\times 100$ | $7 \\times 7$ | $94", 100, 7)]:
    o = osz(H, k)
    item(sub, [("$%d \\times %d$ |" % (o, o), "$%d \\times %d$ |" % (o, o))], why="%d-%d+1 = %d" % (H, k, o))

# ---- parameter counts ----
item("Input: $224 \\times 224 \\times 3 = 150{,}528$", [("150{,}528", 224 * 224 * 3)], why="224*224*3")
item("$$150{,}528 \\times 256 + 256 = 38{,}535{,}424", [("38{,}535{,}424", 150528 * 256 + 256)], why="150528*256+256")
item("That's **38.5 million parameters**", [("38.5", F(150528 * 256 + 256, 10 ** 6))], why="38,535,424 = 38.5 million")
item("Image (28×28 = 784 pixels)", [("784", 28 * 28)], why="28*28")
item("Weight matrix: 784 × 256 = 200,704", [("200,704", 784 * 256)], why="784*256")
item("(224×224×3 = 150K inputs)", [("150", F(224 * 224 * 3, 1000))], why="224*224*3 = 150,528, which is 151K at the printed digits (the page truncates to 150K; strict rule (a), close call)", correct="151K", shown="150K")
item("Parameters: 5×3 = 15", [("15", 15), ("Parameters: 3 (", "Parameters: 3 (")], why="5*3 = 15; kernel of size 3")
item("| Fully-connected | 784 | 256 |", [("200{,}960", 784 * 256 + 256)], why="784*256+256")
item("| Convolution ($3 \\times 3$) | $28 \\times 28$ | $26 \\times 26$", [("26", osz(28, 3)), ("= 10", "= %d" % (9 + 1))],
     why="28-3+1 = 26; 3*3+1 = 10")
item("**20,000× fewer parameters**", [("20,000", F(200960, 10), "sig1")],
     why="200,960 / 10 = 20,096, about 20,000 (close call, judged at one significant figure)")
item("  28 × 28    →     26 × 26", [("26 × 26", "%d × %d" % (osz(28, 3), osz(28, 3)))], why="28-3+1 = 26")
item("Output: 3 feature maps stacked → shape (3, 26, 26)", [("(3, 26, 26)", "(3, %d, %d)" % (osz(28, 3), osz(28, 3)))],
     why="3 maps of 26x26")
item("$16 \\times (5 \\times 5 + 1) = 16 \\times 26", [("16 \\times 26", "16 \\times %d" % (25 + 1)), ("416", 16 * 26)],
     why="16*(25+1) = 416")
item("$784 \\times 16 + 16 = 12{,560}$", [("12{,560}", 784 * 16 + 16), ("30×", "%d×" % round(F(12560, 416)))],
     why="784*16+16 = 12,560; 12,560/416 = 30.2")
item("(28 - 5 + 1) \\times (28 - 5 + 1) = 24 \\times 24", [("24 \\times 24", "%d \\times %d" % (osz(28, 5), osz(28, 5)))],
     why="28-5+1 = 24")
item("With 16 filters: output shape = $\\mathbf{16 \\times 24 \\times 24}", [("24 \\times 24", "24 \\times 24")], why="16 maps 24x24")
item("`(batch_size, 16, 24, 24)`", [("16, 24, 24", "16, %d, %d" % (osz(28, 5), osz(28, 5)))], why="restated")
item("For a $3 \\times 3$ kernel: $p = 1$", [("$p = 1$", "$p = %d$" % (3 // 2)), ("$p = 2$", "$p = %d$" % (5 // 2))],
     why="floor(3/2) = 1, floor(5/2) = 2")
item("5 input → 3 output               5 input → 2 output", [("3 output", "%d output" % osz(5, 3)),
                                                               ("2 output", "%d output" % osz(5, 3, 0, 2))],
     why="stride 1: 3; stride 2: floor(2/2)+1 = 2")
for sub, H, k, p, s, expr in [("| 28 | 3 | 0 | 1 |", 28, 3, 0, 1, "(28 + 0 - 3)/1 + 1"), ("| 28 | 3 | 1 | 1 |", 28, 3, 1, 1, "(28 + 2 - 3)/1 + 1"),
                              ("| 28 | 5 | 2 | 1 |", 28, 5, 2, 1, "(28 + 4 - 5)/1 + 1"), ("| 28 | 3 | 1 | 2 |", 28, 3, 1, 2, "(28 + 2 - 3)/2 + 1"),
                              ("| 32 | 5 | 0 | 2 |", 32, 5, 0, 2, "(32 + 0 - 5)/2 + 1"), ("| 224 | 7 | 3 | 2 |", 224, 7, 3, 2, "(224 + 6 - 7)/2 + 1")]:
    o = osz(H, k, p, s)
    item(sub, [(expr, "(%d + %d - %d)/%d + 1" % (H, 2 * p, k, s)), ("= %d$" % o, "= %d$" % o), ("$%d \\times %d$" % (o, o), "$%d \\times %d$" % (o, o))],
         why="floor((%d+%d-%d)/%d)+1 = %d (the page's floor formula)" % (H, 2 * p, k, s, o))
item("$$15 = \\left\\lfloor", [("15", 16 - 1)], why="16 - 1")
item("$$30 = 32 + 2p - k$$", [("30", 15 * 2)], why="one value with floor(./2) = 15")
item("$$k - 2p = 2$$", [("2$$", "%d$$" % (32 - 30))], why="32 - 30")
item("Solutions: $k = 2, p = 0$", [("k = 2, p = 0", "k = 2, p = 0" if osz(32, 2, 0, 2) == 16 else "x"),
                                   ("k = 4, p = 1", "k = 4, p = 1" if osz(32, 4, 1, 2) == 16 else "x"),
                                   ("k = 3, p = 1, s = 2", "k = 3, p = 1, s = 2" if osz(32, 3, 1, 2) == 16 else "x")],
     why="all three give 16 (k=3, p=1 from 31 = 32+2-3, see notes)")
item("Verify: $\\lfloor(32 + 2 - 3)/2\\rfloor + 1", [("31/2", "%d/2" % (32 + 2 - 3)), ("15 + 1", "%d + 1" % ((32 + 2 - 3) // 2)), ("= 16$", "= %d$" % osz(32, 3, 1, 2))],
     why="floor(31/2)+1 = 16")
item("(so the output is also $3 \\times 3$)", [("3 \\times 3$)", "%d \\times %d$)" % (osz(3, 3, 1), osz(3, 3, 1)))], why="3+2-3+1 = 3")

# ---- Exercise 6.3 ----
I3 = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
L = [[0, -1, 0], [-1, 4, -1], [0, -1, 0]]
O3 = conv(I3, L, pad=1)
for (i, j) in [(a, b) for a in range(3) for b in range(3)]:
    sub = "$(%d,%d)$: $" % (i, j)
    t = DOC[line_of(sub) - 1]
    assert lhs_value(t) == O3[i][j], (sub, lhs_value(t))
    assert mid_value(t) == O3[i][j], (sub, mid_value(t))
    item(sub, [("\\mathbf{%d}" % O3[i][j], "\\mathbf{%d}" % O3[i][j])], why="(%d,%d) = %d" % (i, j, O3[i][j]))
item("\\text{Output} = \\begin{bmatrix} -2 & -1 & 4", [("-2 & -1 & 4 \\\\ 3 & 0 & 7 \\\\ 16 & 11 & 22",
                                                       " \\\\ ".join(" & ".join(str(v) for v in r) for r in O3))], why="3x3 output restated")
item("The center pixel (value 5) produces 0", [("produces 0", "produces %d" % O3[1][1]), ("= 5$", "= %d$" % ((2 + 4 + 6 + 8) // 4))],
     why="(1,1) = 0; (2+4+6+8)/4 = 5")

# ---- code comments ----
item("# Expected: [[-3, -1], [-1, -3]]", [("[[-3, -1], [-1, -3]]", str([[int(v) for v in r] for r in O]))], why="Exercise 4.1 restated")
item("# Expected: [[-2, -1, 4], [3, 0, 7], [16, 11, 22]]", [("[[-2, -1, 4], [3, 0, 7], [16, 11, 22]]", str([[int(v) for v in r] for r in O3]))],
     why="Exercise 6.3 restated")
item("should give 3×3 output", [("3×3 output", "%d×%d output" % (osz(6, 3, 1, 2), osz(6, 3, 1, 2)))], why="floor((6+2-3)/2)+1 = 3")
item("# Expected: (3, 3)", [("(3, 3)", "(%d, %d)" % (osz(6, 3, 1, 2), osz(6, 3, 1, 2)))], why="restated")
item("# Expected: torch.Size([1, 4, 28, 28])", [("[1, 4, 28, 28]", "[1, 4, %d, %d]" % (osz(28, 3, 1), osz(28, 3, 1)))], why="padding 1 keeps 28")
item("# Conv1 output: (1, 4, 28, 28)", [("(1, 4, 28, 28)", "(1, 4, %d, %d)" % (osz(28, 3, 1), osz(28, 3, 1)))], why="padding 1 keeps 28")
item("# Conv2 output: (1, 8, 28, 28)", [("(1, 8, 28, 28)", "(1, 8, %d, %d)" % (osz(28, 3, 1), osz(28, 3, 1)))], why="padding 1 keeps 28")
item("$8 \\times (4 \\times 3 \\times 3) = 8 \\times 36 = 288$", [("8 \\times 36", "8 \\times %d" % (4 * 9)), ("= 288$", "= %d$" % (8 * 36)),
                                                               ("= 296 total", "= %d total" % (288 + 8)), ("so it's 288", "so it's %d" % (8 * 36))],
     why="8*36 = 288; +8 = 296")
item("Conv2d(1, 16, kernel_size=3, padding=1)   → 16 × 28 × 28", [("16 × 28 × 28", "16 × %d × %d" % (osz(28, 3, 1), osz(28, 3, 1)))], why="same padding")
item("Conv2d(16, 32, kernel_size=3, padding=1)  → 32 × 28 × 28", [("32 × 28 × 28", "32 × %d × %d" % (osz(28, 3, 1), osz(28, 3, 1)))], why="same padding")
c1 = 16 * 9 + 16
c2 = 32 * (16 * 9) + 32
item("Conv1: $16 \\times (1 \\times 3 \\times 3) + 16", [("16 \\times 9 + 16", "16 \\times %d + 16" % 9), ("144 + 16", "%d + 16" % (16 * 9)), ("\\mathbf{160}", "\\mathbf{%d}" % c1)],
     why="16*9+16 = 160")
item("Conv2: $32 \\times (16 \\times 3 \\times 3) + 32", [("32 \\times 144 + 32", "32 \\times %d + 32" % (16 * 9)), ("4608 + 32", "%d + 32" % (32 * 144)), ("4{,}640", c2)],
     why="32*144+32 = 4,640")
item("**Total: 4,800 parameters.**", [("4,800", c1 + c2)], why="160 + 4,640")
item("$784 \\times 16 + 16 = 12{,}560$", [("12{,}560", 784 * 16 + 16)], why="784*16+16")
item("Already smaller, but the first FC layer alone has", [("12{,}560", 784 * 16 + 16), ("4{,}800", c1 + c2)], why="restated")
item("($32 \\times 28 \\times 28 = 25{,}088$ values)", [("25{,}088", 32 * 28 * 28)], why="32*28*28")
item("$784 \\times 25{,}088 + 25{,}088 \\approx 19.7$", [("19.7", F(784 * 25088 + 25088, 10 ** 6))], why="19,694,080 = 19.7 million")
item("Convolutions win by a factor of **4,000×**", [("4,000", F(784 * 25088 + 25088, c1 + c2), "sig1")],
     why="19,694,080 / 4,800 = 4,103, about 4,000 (close call, one significant figure)")
item("A $3 \\times 3$ kernel has 9 parameters", [("9 parameters", "%d parameters" % 9)], why="3*3")
item("a $28 \\times 28$ image becomes $24 \\times 24$", [("$24 \\times 24$", "$%d \\times %d$" % (osz(osz(28, 3), 3), osz(osz(28, 3), 3)))], why="28-2-2 = 24")

NOTES = ("Session 10 of an MIT-licensed course (2026): convolution as cross-correlation (no kernel flip, as the page "
         "says), hand-worked 5x5 checkerboard steps, a 4x4 image with a 3x3 vertical-edge kernel (Exercise 4.1, every "
         "product written out), identity and box-blur kernels, output-size tables with floor((H+2p-k)/s)+1, a 3x3 image "
         "with padding 1 and a Laplacian kernel (Exercise 6.3, all nine outputs written out), and parameter counts. Every "
         "computed number checks except one strict-rule slip, so the document mostly measures false alarms. Close calls: "
         "line 73 prints '224x224x3 = 150K inputs' for 150,528, truncated where rounding gives 151K - wrong (first) by the "
         "strict rule (a) as for other truncations in the corpus, though a reader would call it loose, not false; '20,000x fewer parameters' "
         "(200,960/10 = 20,096) and 'a factor of 4,000x' (19,694,080/4,800 = 4,103) are round claims, judged right at one "
         "significant figure; '(32 + 0 - 5)/2 + 1 = 14' and '(224 + 6 - 7)/2 + 1 = 112' are right only with the floor the "
         "page's formula states (27/2 + 1 = 14.5 without it); Exercise 6.2 derives k - 2p = 2 from 30 = 32 + 2p - k and "
         "then lists k = 3, p = 1, s = 2 among the solutions, which does not satisfy k - 2p = 2 (it comes from the "
         "other floor case, 31) but is a valid design, as the page's own check floor(31/2) + 1 = 16 shows, so the line is "
         "right. Lines that only restate givens (the layer specs, kernel and image entries, the multiplication rows of the "
         "checkerboard diagram without results, code) are in neither list.")
finish(NOTES)
