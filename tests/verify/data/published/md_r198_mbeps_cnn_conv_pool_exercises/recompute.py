#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, Maruf Bepary's blog post
"Convolutional Neural Networks (CNNs)" (github.com/mbeps/personal-portfolio, public/blogs/convolutional-neural-networks/
blog.md, MIT).

Plain Python 3 (fractions, decimal at 60 digits); does not import nnwalk or the generator.

Givens: the two-channel 3x3 input X1, X2 and the two-channel 2x2 mask H1, H2 of the convolution exercise (line 61, 63),
paddings / strides / dilation of its four parts; the 4x4 pooling input of the pooling exercise (line 128); the layer
specs of Exercises 9 and 10 (11x15x6 input, 3x3 mask, stride 2; 200x200x3 image, 40 masks 5x5, 2x2/2 pooling, 80
masks 4x4 stride 2 padding 1, 20 1x1 masks). The page's convolution is cross-correlation (no kernel flip, as it
says), the output of the two-channel mask is X1*H1 + X2*H2 (no bias), and the output size is 1 + (I - K + 2P)/S.

Judging rule (p a printed number, u one unit in its last digit):
 (a) a printed result of an expression on its line must equal the expression redone from the printed operands,
     rounded at p's digits (given operands exact) - otherwise wrong, first;
 (b) a value printed without working / restated is right within one unit of its last digit of the true value;
 (c) a restated wrong value, or a value taken from a wrong one, is wrong, propagated.
Usage: python3 recompute.py [--write-expected]
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/mbeps/personal-portfolio/blob/e5dfebd3da8e940e0b4090b140979059e737c9c9/"
          "public/blogs/convolutional-neural-networks/blog.md")
LICENSE = ("MIT (LICENSE at the repository root, Copyright (c) 2023-24 Maruf Bepary, the post's author); "
           "doc.md is the file byte for byte")

import json, pathlib, re, sys
from fractions import Fraction as F
from decimal import Decimal, ROUND_HALF_UP, getcontext
getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1, multi=False):
    """1-based line of the nth line containing sub; fails loudly (also when sub is ambiguous and nth not given)."""
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s: no line %d containing %r (hits %s)" % (DOCFILE, nth, sub, hits))
    if nth == 1 and len(hits) > 1 and not multi:
        raise SystemExit("%s: %r is on several lines %s; give nth" % (DOCFILE, sub, hits))
    return hits[nth - 1]


def dec(x):
    x = F(x)
    return Decimal(x.numerator) / Decimal(x.denominator)


def fmt(x):
    d = dec(x).normalize()
    return format(d, "f")


def matches(printed, true):
    """true (exact) rounded at the decimals of printed equals printed (rule (a)/(b) at the printed digits)."""
    p = Decimal(printed.replace(",", ""))
    q = Decimal(1).scaleb(min(p.as_tuple().exponent, 0))
    return dec(true).quantize(q, rounding=ROUND_HALF_UP) == p


def within_unit(printed, true):
    """rule (b): |printed - true| <= one unit of printed's last digit."""
    p = Decimal(printed.replace(",", ""))
    u = Decimal(1).scaleb(min(p.as_tuple().exponent, 0))
    return abs(dec(true) - p) <= u


# ---------- parsing helpers for the page's LaTeX ----------
NUM = re.compile(r"(?<![\w.])-?\d[\d,]*(?:\.\d+)?|(?<![\w.])-?\.\d+")


def to_py(expr):
    """LaTeX arithmetic -> Python expression over Fractions."""
    e = expr.replace("\\times", "*").replace("\\max", "max").replace("\\{", "(").replace("\\}", ")")
    while "\\frac{" in e:
        i = e.index("\\frac{")
        # numerator
        j, depth = i + 6, 1
        while depth:
            depth += {"{": 1, "}": -1}.get(e[j], 0)
            j += 1
        num = e[i + 6:j - 1]
        assert e[j] == "{", e
        k, depth = j + 1, 1
        while depth:
            depth += {"{": 1, "}": -1}.get(e[k], 0)
            k += 1
        den = e[j + 1:k - 1]
        e = e[:i] + "((" + num + ")/(" + den + "))" + e[k:]
    e = e.replace("{", "(").replace("}", ")")
    e = re.sub(r"(?<![\w.])(\d+(?:,\d{3})+(?:\.\d+)?)", lambda m: m.group(1).replace(",", ""), e)
    e = re.sub(r"(?<![\w.)])(\d+(?:\.\d+)?)", lambda m: "F('%s')" % m.group(1), e)
    return e


def ev(expr):
    return eval(to_py(expr), {"F": F, "max": max})


def math_of(text):
    """the one $...$ or $$...$$ span of a line that holds an equation."""
    spans = [a or b for a, b in re.findall(r"\$\$(.+?)\$\$|\$(.+?)\$", text)]
    spans = [x for x in spans if "=" in x]
    if len(spans) != 1:
        raise SystemExit("not exactly one math span with '=' on line: %r" % text)
    return spans[0]


def chain(text):
    """list of (segment text, value) of the numeric segments of 'label = e1 = e2 = ... = p'."""
    segs = math_of(text).split("=")
    out = []
    for s in segs:
        s2 = s.strip().rstrip(".")
        if re.search(r"[A-Za-z_]", s2.replace("\\times", "").replace("\\frac", "").replace("\\max", "")):
            continue  # a label such as W_{out}, Dim
        out.append((s2, ev(s2)))
    return out


def matrices(text):
    """all bmatrix blocks of a line, as lists of rows of printed strings."""
    out = []
    for body in re.findall(r"\\begin\{bmatrix\}(.*?)\\end\{bmatrix\}", text):
        rows = [[c.strip() for c in r.split("&")] for r in body.split("\\\\")]
        out.append(rows)
    return out


RESULTS = []  # (line, ok, printed, correct, kind, why)


def record(ln, ok, why, printed=None, correct=None, kind="first"):
    RESULTS.append((ln, ok, printed, correct, None if ok else kind, why))


def check_chain(sub, true, why, nth=1, multi=False):
    """rule (a) on an 'expr = expr = ... = p' line: every later segment equals the one before it redone from its
    printed operands, rounded at the printed digits; and the last value equals the true value from the givens."""
    ln = line_of(sub, nth, multi)
    segs = chain(DOC[ln - 1])
    if len(segs) < 2:
        raise SystemExit("line %d: not a chain: %r" % (ln, DOC[ln - 1]))
    bad = []
    for (s0, v0), (s1, v1) in zip(segs, segs[1:]):
        if NUM.fullmatch(s1.replace(" ", "")):
            if not matches(s1.replace(" ", ""), v0):
                bad.append("%s -> %s (is %s)" % (s0, s1, fmt(v0)))
        elif v1 != v0:
            bad.append("%s -> %s (is %s, not %s)" % (s0, s1, fmt(v0), fmt(v1)))
    last_txt, last_val = segs[-1]
    if last_val != F(true):
        bad.append("final %s, true %s" % (last_txt, fmt(true)))
    if bad:
        record(ln, False, why + "; " + "; ".join(bad), last_txt, fmt(true))
    else:
        record(ln, True, why)
    return ln


def check_values(sub, pairs, why, nth=1, multi=False, kind="first", rule="dp"):
    """pairs: (printed string, exact true value). rule 'dp': rounded at printed digits; 'unit': within one unit."""
    ln = line_of(sub, nth, multi)
    text = DOC[ln - 1]
    bad = []
    for printed, true in pairs:
        if printed not in text:
            raise SystemExit("line %d does not print %r: %s" % (ln, printed, text))
        ok = matches(printed, true) if rule == "dp" else within_unit(printed, true)
        if not ok:
            bad.append((printed, true))
    if bad:
        record(ln, False, why, "; ".join(b[0] for b in bad), "; ".join(fmt(b[1]) for b in bad), kind)
    else:
        record(ln, True, why)
    return ln


def check_matrix(sub, which, true, why, nth=1, multi=False, kind="first", rule="unit"):
    """compare the which-th bmatrix of a line with the true matrix (each entry by rule (b): within one unit)."""
    ln = line_of(sub, nth, multi)
    M = matrices(DOC[ln - 1])[which]
    if len(M) != len(true) or any(len(r) != len(t) for r, t in zip(M, true)):
        raise SystemExit("line %d: matrix shape differs: %s" % (ln, M))
    bad = []
    for i, (r, t) in enumerate(zip(M, true)):
        for j, (p, v) in enumerate(zip(r, t)):
            ok = within_unit(p, v) if rule == "unit" else matches(p, v)
            if not ok:
                bad.append(("[%d,%d] %s" % (i + 1, j + 1, p), v))
    if bad:
        record(ln, False, why, "; ".join(b[0] for b in bad), "; ".join(fmt(b[1]) for b in bad), kind)
        return False
    record(ln, True, why)
    return True


def check_dims(sub, pairs, why, nth=1, multi=False):
    """integers printed in 'a \\times b' dimension statements: pairs of (printed dims tuple, true dims tuple)."""
    ln = line_of(sub, nth, multi)
    text = DOC[ln - 1]
    bad = []
    for printed, true in pairs:
        pat = r"\s*\\times\s*".join(str(x) for x in printed)
        if not re.search(pat, text):
            raise SystemExit("line %d does not print %s: %s" % (ln, printed, text))
        if tuple(printed) != tuple(true):
            bad.append((printed, true))
    if bad:
        record(ln, False, why, "; ".join("x".join(map(str, b[0])) for b in bad),
               "; ".join("x".join(map(str, b[1])) for b in bad))
    else:
        record(ln, True, why)
    return ln


# ---------- the independent computation ----------
def fr(rows):
    return [[F(str(v)) for v in r] for r in rows]


def pad(X, p):
    n = len(X[0])
    z = [F(0)] * (n + 2 * p)
    return [z[:] for _ in range(p)] + [[F(0)] * p + r + [F(0)] * p for r in X] + [z[:] for _ in range(p)]


def xcorr(X, H, stride=1, dil=1):
    k = len(H)
    span = dil * (k - 1) + 1
    oh = (len(X) - span) // stride + 1
    ow = (len(X[0]) - span) // stride + 1
    return [[sum(X[i * stride + a * dil][j * stride + b * dil] * H[a][b] for a in range(k) for b in range(k))
             for j in range(ow)] for i in range(oh)]


def add(A, B):
    return [[a + b for a, b in zip(r, s)] for r, s in zip(A, B)]


def pool(X, k, s, f):
    o = (len(X) - k) // s + 1
    return [[f([X[i * s + a][j * s + b] for a in range(k) for b in range(k)]) for j in range(o)] for i in range(o)]


def osz(i, k, p=0, s=1):
    return (i - k + 2 * p) // s + 1


X1 = fr([[0.2, 1, 0], [-1, 0, -0.1], [0.1, 0, 0.1]])
X2 = fr([[1, 0.5, 0.2], [-1, -0.5, -0.2], [0.1, -0.1, 0]])
H1 = fr([[1, -0.1], [1, -0.1]])
H2 = fr([[0.5, 0.5], [-0.5, -0.5]])
# givens as printed on the page (fail loudly if the page's givens differ from the ones used here)
gm = matrices(DOC[line_of("X_{1}=\\begin{bmatrix}0.2&1&0\\\\ -1&0&-0.1") - 1])
assert [[F(c) for c in r] for r in gm[0]] == X1 and [[F(c) for c in r] for r in gm[1]] == X2, gm
gh = matrices(DOC[line_of("H_{1}=\\begin{bmatrix}1&-0.1") - 1])
assert [[F(c) for c in r] for r in gh[0]] == H1 and [[F(c) for c in r] for r in gh[1]] == H2, gh

C11 = xcorr(X1, H1)
C22 = xcorr(X2, H2)
Yi = add(C11, C22)
Yii = add(xcorr(pad(X1, 1), H1), xcorr(pad(X2, 1), H2))
Yiii = add(xcorr(pad(X1, 1), H1, stride=2), xcorr(pad(X2, 1), H2, stride=2))
D1 = xcorr(X1, H1, dil=2)
D2 = xcorr(X2, H2, dil=2)
assert len(Yi) == 2 and len(Yii) == 4 and len(Yiii) == 2 and len(D1) == 1

# ---- i) padding 0, stride 1 ----
check_values("we can only fit the mask in 4 positions", [("4", osz(3, 2) ** 2)],
             "(3 - 2 + 1)^2 = 4 positions of a 2x2 mask on a 3x3 input")
check_chain("* Top-Left: $(0.2 \\times 1)", C11[0][0], "X1*H1 top-left (rule (a) chain and true value)")
check_chain("* Top-Right: $(1 \\times 1)", C11[0][1], "X1*H1 top-right")
check_chain("* Bottom-Left: $(-1 \\times 1)", C11[1][0], "X1*H1 bottom-left")
check_chain("* Bottom-Right: $(0 \\times 1)", C11[1][1], "X1*H1 bottom-right")
check_matrix("$$X_1 * H_1 = \\begin{bmatrix}", 0, C11, "X1*H1 matrix")
check_chain("* Top-Left: $(1 \\times 0.5)", C22[0][0], "X2*H2 top-left")
check_chain("* Top-Right: $(0.5 \\times 0.5)", C22[0][1], "X2*H2 top-right")
check_chain("* Bottom-Left: $(-1 \\times 0.5)", C22[1][0], "X2*H2 bottom-left")
check_chain("* Bottom-Right: $(-0.5 \\times 0.5)", C22[1][1], "X2*H2 bottom-right")
check_matrix("$$X_2 * H_2 = \\begin{bmatrix}", 0, C22, "X2*H2 matrix")
ln = line_of("\\end{bmatrix} + \\begin{bmatrix}1.5 & 0.7")
Ms = matrices(DOC[ln - 1])
okA = all(within_unit(p, v) for r, t in zip(Ms[0], C11) for p, v in zip(r, t))
okB = all(within_unit(p, v) for r, t in zip(Ms[1], C22) for p, v in zip(r, t))
# rule (a): the sum redone from the two printed matrices, and (b) against the true sum
okS = all(matches(s, F(a) + F(b)) for rs, ra, rb in zip(Ms[2], Ms[0], Ms[1]) for s, a, b in zip(rs, ra, rb))
okT = all(within_unit(p, v) for r, t in zip(Ms[2], Yi) for p, v in zip(r, t))
record(ln, okA and okB and okS and okT, "total of part i): restated X1*H1, X2*H2 and their sum [[0.6, 1.71], [-1.65, -0.3]]",
       None if okA and okB and okS and okT else str(Ms[2]),
       None if okA and okB and okS and okT else str([[fmt(v) for v in r] for r in Yi]))

# ---- ii) padding 1, stride 1 ----
check_values("The $3 \\times 3$ input becomes $5 \\times 5$", [("5", 3 + 2 * 1)], "3 + 2*1 = 5 (padded size)")
ok100 = check_matrix("$$X_{1}^{pad}*H_{1}+X_{2}^{pad}*H_{2} = ", 0, Yii, "")
assert not ok100
# the exact statement of that line's error (the checker found exactly these three entries off)
ln100, _, pr100, co100, _, _ = RESULTS[-1]
assert pr100 == "[1,2] -0.75; [1,3] -0.35; [1,4] -0.17" and co100 == "-0.65; 0.65; -0.1", (pr100, co100)
X1p, X2p = pad(X1, 1), pad(X2, 1)
top1 = xcorr(X1p, H1)[0]
top2 = xcorr(X2p, H2)[0]
RESULTS[-1] = (ln100, False, "-0.75; -0.35; -0.17", "-0.65; 0.65; -0.1", "first",
               "P=1, S=1 output, top row: true [-0.52, -0.65, 0.65, -0.1] = X1pad*H1 %s + X2pad*H2 %s; the printed "
               "-0.75 and -0.35 are the X2 channel alone (X1's 0.1 and 1 left out) and -0.17 is off too; the printed "
               "-0.5 is within one unit (0.1) of -0.52 (rule (b)); rows 2-4 are right"
               % ([fmt(v) for v in top1], [fmt(v) for v in top2]))

# ---- iii) padding 1, stride 2: every second value of the P=1 output ----
assert Yiii == [[Yii[0][0], Yii[0][2]], [Yii[2][0], Yii[2][2]]]
check_values("* Row 1, Col 1: value is **-0.5**", [("-0.5", Yiii[0][0])],
             "restates [1,1] = -0.5; true -0.52, within one unit (0.1) of the printed -0.5 (rule (b), close call)",
             rule="unit")
check_values("* Row 1, Col 3: value is **-0.35**", [("-0.35", Yiii[0][1]), ("-0.75", Yii[0][1])],
             "restates the wrong [1,3] = -0.35 of line 100 (true 0.65) and its wrong [1,2] = -0.75 (true -0.65)",
             kind="propagated")
check_values("* Row 3, Col 1: value is **-0.46**", [("-0.46", Yiii[1][0])], "[3,1] = -0.46")
check_values("* Row 3, Col 3: value is **-0.3**", [("-0.3", Yiii[1][1])], "[3,3] = -0.3")
ln = line_of("**Result:** $\\begin{bmatrix}-0.5 & -0.35")
M = matrices(DOC[ln - 1])[0]
badm = [(p, v) for r, t in zip(M, Yiii) for p, v in zip(r, t) if not within_unit(p, v)]
for q, v in (("-0.52", Yiii[0][0]), ("0.65", Yiii[0][1])):  # the quoted solution-key values on the same line
    assert ("$%s$" % q) in DOC[ln - 1] and matches(q, v)
record(ln, not badm, "stride-2 result restates the wrong -0.35 (true 0.65; true matrix [[-0.52, 0.65], [-0.46, -0.3]]); "
       "the quoted solution-key values -0.52 and 0.65 on the same line are in fact the right ones",
       "; ".join(p for p, v in badm), "; ".join(fmt(v) for p, v in badm), "propagated")

# ---- iv) dilation 2 ----
check_dims("effectively covers a $3 \\times 3$ area", [((3, 3), (2 * (2 - 1) + 1,) * 2)],
           "dilated span 2*(2-1)+1 = 3")
ln = line_of("there is only **one** valid position")
assert re.search(r"spans \$3 \\times 3\$", DOC[ln - 1])
record(ln, osz(3, 3) ** 2 == 1 and 2 * (2 - 1) + 1 == 3, "span 3x3 on a 3x3 input: (3-3+1)^2 = one position")
check_chain("* $X_1 * H_1'$: $(0.2", D1[0][0], "dilated X1*H1' = 0.29")
check_chain("* $X_2 * H_2'$: $(1", D2[0][0], "dilated X2*H2' = 0.55")
check_chain("* **Total:** $0.29 + 0.55 = 0.84$", D1[0][0] + D2[0][0], "0.29 + 0.55 = 0.84")

# ---- pooling exercise ----
P = fr([[0.2, 1, 0, 0.4], [-1, 0, -0.1, -0.1], [0.1, 0, -1, -0.5], [0.4, -0.7, -0.5, 1]])
gp = matrices(DOC[line_of("$$X_{1}=\\begin{bmatrix}0.2&1&0&0.4") - 1])[0]
assert [[F(c) for c in r] for r in gp] == P, gp
AVG = pool(P, 2, 2, lambda v: sum(v) / len(v))
MX2 = pool(P, 2, 2, max)
MX3 = pool(P, 3, 1, max)
names = ["Top-Left", "Top-Right", "Bottom-Left", "Bottom-Right"]
for n, (i, j) in zip(names, [(0, 0), (0, 1), (1, 0), (1, 1)]):
    check_chain("* **%s Block:** $\\frac" % n, AVG[i][j], "average pool 2x2/2 %s" % n)
check_matrix("$$Output = \\begin{bmatrix} 0.05 & 0.05", 0, AVG, "average pool output")
for n, (i, j) in zip(names, [(0, 0), (0, 1), (1, 0), (1, 1)]):
    ln = check_chain("* **%s Block:** $\\max(" % n, MX2[i][j], "max pool 2x2/2 %s" % n)
    # the window listed must be the real window
    vals = [F(v) for v in re.search(r"\\max\((.*?)\)", DOC[ln - 1]).group(1).split(",")]
    assert sorted(vals) == sorted(P[2 * i + a][2 * j + b] for a in range(2) for b in range(2)), (ln, vals)
check_matrix("$$Output = \\begin{bmatrix} 1 & 0.4", 0, MX2, "max pool 2x2/2 output")
for k, (i, j) in enumerate([(0, 0), (0, 1), (1, 0), (1, 1)]):
    ln = line_of("Values: $\\{", k + 1, multi=True)
    text = DOC[ln - 1]
    vals = [F(v) for v in re.search(r"\\\{(.*?)\\\}", text).group(1).split(",")]
    window = [P[i + a][j + b] for a in range(3) for b in range(3)]
    mx = re.search(r"Max is \*\*(-?[\d.]+)\*\*", text).group(1)
    record(ln, vals == window and F(mx) == MX3[i][j], "3x3/1 window %d: listed values and max %s" % (k + 1, mx),
           None if F(mx) == MX3[i][j] else mx, None if F(mx) == MX3[i][j] else fmt(MX3[i][j]))
check_matrix("$$Output = \\begin{bmatrix} 1 & 1 \\\\ 0.4 & 1", 0, MX3, "max pool 3x3/1 output")

# ---- Exercise 9: output size ----
check_chain("$$W_{out} = 1 + \\frac{(15 - 3", 1 + F(15 - 3 + 0, 2), "W_out = 1 + (15-3)/2 = 7")
check_chain("$$H_{out} = 1 + \\frac{(11 - 3", 1 + F(11 - 3 + 0, 2), "H_out = 1 + (11-3)/2 = 5")
Hout, Wout = osz(11, 3, 0, 2), osz(15, 3, 0, 2)
check_dims("The output spatial dimensions are $5 \\times 7$", [((5, 7), (Hout, Wout))], "5 x 7 (H x W)")
check_dims("**Result:** $5 \\times 7 \\times 1$", [((5, 7, 1), (Hout, Wout, 1))], "5 x 7 x 1")

# ---- Exercise 10: flattening ----
d1 = osz(200, 5, 0, 1)
d2 = osz(d1, 2, 0, 2)
d3 = osz(d2, 4, 1, 2)
check_chain("* $Dim = 1 + \\frac{200 - 5 + 0}{1} = 196$", d1, "1 + (200-5)/1 = 196")
check_dims("* **Output:** $196 \\times 196 \\times 40$", [((196, 196, 40), (d1, d1, 40))], "196x196x40")
check_dims("* Input: $196 \\times 196$", [((196, 196), (d1, d1))], "restated 196x196")
check_chain("* $Dim = 1 + \\frac{196 - 2}{2}", d2, "1 + (196-2)/2 = 98")
check_dims("* **Output:** $98 \\times 98 \\times 40$", [((98, 98, 40), (d2, d2, 40))], "98x98x40")
check_dims("* Input: $98 \\times 98$", [((98, 98), (d2, d2))], "restated 98x98")
check_chain("* $Dim = 1 + \\frac{98 - 4", d3, "1 + (98-4+2)/2 = 49")
check_dims("* **Output:** $49 \\times 49 \\times 80$", [((49, 49, 80), (d3, d3, 80))], "49x49x80")
check_dims("* **Output:** $49 \\times 49 \\times 20$", [((49, 49, 20), (d3, d3, 20))], "49x49x20 (1x1 conv)")
check_dims("* Multiply all dimensions together: $49 \\times 49 \\times 20$", [((49, 49, 20), (d3, d3, 20))],
           "restated 49x49x20")
check_chain("* $2401 \\times 20 = 48,020$", d3 * d3 * 20, "49^2 = 2401; 2401 x 20 = 48,020")
check_values("* **Final Feature Vector Size:** 48,020", [("48,020", d3 * d3 * 20)], "48,020")

# ---------- report ----------
NOTES = (
    "Blog post (Markdown, MIT) by Maruf Bepary, written from a CNN tutorial of a neural-networks module: a two-channel "
    "3x3 input convolved with a two-channel 2x2 mask (cross-correlation, outputs summed over channels, no bias) with "
    "i) P=0,S=1, ii) P=1,S=1, iii) P=1,S=2, iv) P=0,S=1,dilation 2; 2x2/2 average and max pooling and 3x3/1 max "
    "pooling of a 4x4 array; output-size and flattening exercises. Every product-and-sum line of part i), the "
    "dilated part iv), all pooling and all size arithmetic check. The error is part ii): the top row of the padded "
    "result is printed [-0.5, -0.75, -0.35, -0.17] where the true values are [-0.52, -0.65, 0.65, -0.10] (rows 2-4, "
    "[1.08 0.6 1.71 0.1; -0.46 -1.65 -0.3 -0.1; 0.04 0.1 -0.06 0.1], are right). Part iii) subsamples that matrix and "
    "so restates -0.35 for the true 0.65 (lines 106, 109, propagated); the page itself quotes the solution key's "
    "-0.52 and 0.65 on line 109 and dismisses them as a 'boundary calculation variation' - the key is right. Close "
    "call: the printed -0.5 (line 100 [1,1], line 105, line 109 [1,1]) is the true -0.52 rounded to one decimal, "
    "within one unit of its last digit, so by rule (b) it is not counted wrong on its own; line 105 is therefore "
    "right and line 100/109 are wrong only through the other entries. Lines 115-116 (the dilated masks, the given "
    "mask entries with zeros inserted), the depth lines 239/246/253/259 (number of masks, givens), the question "
    "statements and layer specs are in neither list. Line 113's 'one valid position' with 'spans 3x3' is judged as a "
    "computed count (right).")


def finish():
    lines = [r[0] for r in RESULTS]
    dup = sorted(set(l for l in lines if lines.count(l) > 1))
    if dup:
        raise SystemExit("lines judged twice: %s" % dup)
    wrong = [dict(line=r[0], page=None, printed=r[2], correct=r[3], kind=r[4], why=r[5])
             for r in sorted(RESULTS) if not r[1]]
    right = sorted(r[0] for r in RESULTS if r[1])
    for r in sorted(RESULTS):
        print("%5d %-17s %s" % (r[0], "right" if r[1] else "WRONG/" + r[4], DOC[r[0] - 1].strip()[:100]))
        if not r[1]:
            print("       printed %s  correct %s\n       (%s)" % (r[2], r[3], r[5]))
    print("wrong: %d (%d first, %d propagated); right: %d" % (
        len(wrong), sum(w["kind"] == "first" for w in wrong), sum(w["kind"] == "propagated" for w in wrong),
        len(right)))
    if "--write-expected" in sys.argv:
        out = dict(file=DOCFILE, format=FORMAT, source=SOURCE, license=LICENSE, wrong=wrong, right=right,
                   notes=NOTES)
        (HERE / "expected.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote expected.json")


finish()
