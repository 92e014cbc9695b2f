#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of the text layer of
konakion/backpropagation Backpropagation.pdf (Orhan Konak's lecture slides "Backpropagation in Neural Networks",
107 pages; the worked example on pages 52-95 follows StatQuest's "Neural Networks Pt. 2: Backpropagation Main
Ideas", which the deck cites on page 105): the sum of squared residuals of a 1-2-1 softplus network for three
dosages as the output bias b3 changes, its derivative dL/db3, and gradient-descent steps on b3.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (slides 52-95; the weights are drawn in the network on every slide, doc.md lines 1-7): dosages x = 0, 0.5, 1
with observed 0, 1, 0; top path softplus(3.34 x - 1.43) x (-1.22), bottom path softplus(-3.53 x + 0.57) x (-2.30),
output = top + bottom + b3 (softplus(a) = ln(1 + e^a), the activation of the StatQuest example the deck follows; the
slides show its curve, not its formula); L = sum (observed - predicted)^2; learning rate 0.1; b3 = 0, 1, 2, 3 on
the slides that try values (givens). The deck's own update rule (page 90): New b3 = Old b3 - Step Size, and its
page-91 line New b3 = 0 - (-1.57) make the Step Size the learning rate times the slope, -1.57.

doc.md line -> PDF page and line of pypdf's text layer (1-based): 1:p52l7, 2:p52l8, 3:p52l9, 4:p52l10, 5:p52l11, 6:p52l12, 7:p52l13, 8:p52l15, 10:p56l13, 11:p56l15, 13:p57l13, 14:p57l15, 15:p57l16, 17:p58l13, 18:p58l15, 19:p58l16, 20:p58l17, 22:p59l13, 23:p59l15, 24:p59l16, 25:p59l17, 26:p59l18, 27:p59l19, 28:p59l20, 30:p60l13, 31:p60l14, 32:p60l15, 33:p60l16, 34:p60l17, 35:p60l18, 36:p60l19, 37:p60l20, 38:p60l21, 40:p61l13, 41:p61l14, 43:p64l13, 44:p64l15, 45:p64l16, 46:p64l17, 47:p64l18, 48:p64l19, 49:p64l20, 50:p64l21, 52:p65l13, 53:p65l15, 54:p65l16, 55:p65l17, 56:p65l18, 57:p65l19, 58:p65l20, 59:p65l21, 61:p66l13, 62:p66l14, 63:p66l16, 64:p66l17, 65:p66l18, 66:p66l19, 67:p66l20, 68:p66l21, 69:p66l22, 71:p67l13, 72:p67l14, 73:p67l15, 75:p86l4, 76:p86l5, 77:p86l6, 78:p86l7, 79:p86l8, 80:p86l9, 81:p86l18, 82:p86l19, 83:p86l20, 84:p86l21, 85:p86l22, 87:p87l4, 88:p87l5, 89:p87l13, 90:p87l20, 92:p88l4, 93:p88l5, 94:p88l18, 95:p88l24, 97:p89l4, 98:p89l5, 99:p89l18, 100:p89l24, 101:p89l25, 103:p90l4, 104:p90l5, 105:p90l18, 106:p90l21, 108:p91l4, 109:p91l5, 110:p91l18, 111:p91l21, 113:p92l4, 114:p92l5, 115:p92l18, 116:p92l21, 118:p93l4, 119:p93l5, 120:p93l6, 121:p93l7, 122:p93l20, 123:p93l25, 125:p94l15, 126:p94l18, 128:p95l15, 129:p95l19

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line that prints p as the result of an expression whose operands are printed on it (or on the display
      lines just above, for a display the text layer splits over several lines) is right only if redoing the
      expression from those printed numbers can round to exactly p at p's digits, an operand that is itself a
      rounded earlier result taken anywhere within half a unit of its last digit (givens exact); otherwise wrong,
      first;
  (b) a value printed without its working (or restated) is right when within one unit of its last digit of the
      true value, or when it follows from printed correct operands;
  (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off is wrong,
      propagated.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/konakion/backpropagation/blob/d05b4a32dae3afc28933a5d0c8d63e3cfd7e1860/"
          "Backpropagation.pdf (text layer of pages 52-95, read with pypdf)")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of only the worked equations and numbers of the "
           "PDF's text layer, line for line as pypdf extracts them, prose lines removed")
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def sig(z):
    return 1 / (1 + (-D(z)).exp())


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    return abs(D(p) - rnd(x, p)) <= unit(p)


def R(s):
    """A printed operand that is itself a rounded result: any value within half a unit of its last digit."""
    d = D(s)
    return (d - unit(d) / 2, d + unit(d) / 2)


def rng(fn, *args):
    """The (min, max) of fn over its operands: exact ones (Decimal/str) and rounded ones (R(...) ranges)."""
    import itertools
    opts = [a if isinstance(a, tuple) else (D(a),) for a in args]
    vals = [fn(*c) for c in itertools.product(*opts)]
    # fn is monotone in each operand on these small ranges, so the corners bound it
    return (min(vals), max(vals))


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, ops=None, up=(), method=False, why="", correct=None, explicit=True, exact=False,
        raw=None):
    """Judge one printed number (rules in the module docstring); raw is its text on the page when it differs."""
    assert (raw or printed) in DOC[line - 1], (line, raw or printed)
    p = D(printed)
    if ops is None and up and explicit:
        ops = p  # a restated value: it carries the status of the value it copies (rules 3 and 5)
    # exact=True: the printed operands are exact (not rounded), so a reader redoing the line gets one rounding of
    # it and nothing else: the strict own-arithmetic rule of the other folders (readme_simple_bp_en, tex_lmu_i2dl_xor,
    # tex_smaxx73_session6_solutions)
    if isinstance(ops, tuple):
        # rule (a): the range of the expression over its printed operands (rounded ones anywhere within half a unit)
        lo, hi = ops
        half = unit(p) / 2
        ops_ok = lo <= p + half and hi >= p - half
        ops = (lo + hi) / 2
    else:
        ops_ok = ops is None or (p == rnd(ops, p) if exact else near(p, ops))
    if explicit and not ops_ok:
        st, kind = "wrong", "first"
    elif near(p, true):
        st, kind = "right", None
    elif any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", ("propagated" if ops_ok else "first")
    elif method:
        st, kind = "wrong", "first"
    elif ops is not None and near(p, ops):
        st, kind = "right", None
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=raw or printed, true=D(true), ops=None if ops is None else D(ops),
                       status=st, kind=kind, why=why, correct=correct if correct is not None else str(rnd(true, p))))


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:110]))
        for c in cs:
            extra = "" if c["ops"] is None else "  from printed operands %.10g" % c["ops"]
            print("            %-10s printed %-14s true %.10g%s -> %s%s" % (
                c["id"], c["printed"], c["true"], extra, c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            seen, printed, correct, whys = set(), [], [], []
            for c in bad:
                key = (c["printed"], c["correct"])
                if key in seen:
                    continue
                seen.add(key)
                printed.append(c["printed"])
                correct.append(c["correct"])
                whys.append(c["why"] or "restates a wrong value")
            wrong.append({"line": n, "page": None, "printed": ", ".join(printed), "correct": ", ".join(correct),
                          "kind": "first" if "first" in kinds else "propagated", "why": "; ".join(dict.fromkeys(whys))})
        else:
            right.append(n)
    return wrong, right


def main():
    wrong, right = report()
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")



# ---------------- exact values from the givens ----------------
def softplus(a):
    return (1 + D(a).exp()).ln()


X = [D(0), D("0.5"), D(1)]
OBS = [D(0), D(1), D(0)]
base = [softplus(D("3.34") * x - D("1.43")) * D("-1.22") + softplus(D("-3.53") * x + D("0.57")) * D("-2.30") for x in X]


def pred(b3):
    return [b + D(b3) for b in base]


def ssr(b3):
    return sum((o - p) ** 2 for o, p in zip(OBS, pred(b3)))


def slope(b3):
    return sum(-2 * (o - p) for o, p in zip(OBS, pred(b3)))


P0, P1, P2 = pred(0), pred(1), pred(2)
d0 = slope(0)
step0 = D("0.1") * d0            # the deck's Step Size (New b3 = Old b3 - Step Size)
b3a = 0 - step0
d1 = slope(b3a)
b3b = b3a - D("0.1") * d1
b3opt = sum(o - b for o, b in zip(OBS, base)) / 3   # L is minimal where sum(observed - predicted) = 0
sq3 = lambda a, b, c, oa, ob, oc: (oa - a) ** 2 + (ob - b) ** 2 + (oc - c) ** 2

# ---------------- residuals at b3 = 0 ----------------
for n in (1, 2, 3):
    ln = line_of("𝑅𝑒𝑠𝑖𝑑𝑢𝑎𝑙1 = (0 − (−2.6))", n)
    chk("r1_%d" % n, ln, "-2.6", P0[0], explicit=False, raw="−2.6")
for n in (1, 2):
    ln = line_of("𝑅𝑒𝑠𝑖𝑑𝑢𝑎𝑙2 = (1 − (−1.6))", n)
    chk("r2_%d" % n, ln, "-1.6", P0[1], explicit=False, raw="−1.6")
ln = line_of("𝑅𝑒𝑠𝑖𝑑𝑢𝑎𝑙3 = (0 − (−2.6))")
chk("r3", ln, "-2.6", P0[2], explicit=False, raw="−2.6")
for n in (1, 2):
    ln = line_of("𝑅𝑒𝑠𝑖𝑑𝑢𝑎𝑙 = 0 − −2.6", n)
    chk("s1_%d" % n, ln, "-2.6", P0[0], explicit=False, raw="−2.6")
    ln = line_of("+ 1 − −1.6", n)
    chk("s2_%d" % n, ln, "-1.6", P0[1], explicit=False, raw="−1.6")
    ln = line_of("+ 0 − −2.6", n)
    chk("s3_%d" % n, ln, "-2.6", P0[2], explicit=False, raw="−2.6")
ln = line_of("… to get 𝟐𝟎. 𝟒 for the Sum")
chk("L0a", ln, "20.4", ssr(0), explicit=False, raw="𝟐𝟎. 𝟒")
ln = line_of("= 20.4")
chk("L0", ln, "20.4", ssr(0), ops=rng(lambda a, b, c: sq3(a, b, c, 0, 1, 0), R("-2.6"), R("-1.6"), R("-2.6")))
ln = line_of("… plot the 𝟐𝟎. 𝟒")
chk("L0r", ln, "20.4", ssr(0), up=["L0"], raw="𝟐𝟎. 𝟒")

# ---------------- b3 = 1, 2, 3 ----------------
for n in (1, 2):
    ln = line_of("L = 0 − −1.6", n)
    chk("t1_%d" % n, ln, "-1.6", P1[0], explicit=False, raw="−1.6")
    ln = line_of("+ 1 − −0.6", n)
    chk("t2_%d" % n, ln, "-0.6", P1[1], explicit=False, raw="−0.6")
    ln = line_of("+ 0 − −1.61", n)
    chk("t3_%d" % n, ln, "-1.61", P1[2], explicit=False, raw="−1.61")
    ln = line_of("= 7.8", n)
    chk("L1_%d" % n, ln, "7.8", ssr(1), ops=rng(lambda a, b, c: sq3(a, b, c, 0, 1, 0), R("-1.6"), R("-0.6"), R("-1.61")))
ln = line_of("= 0 − −0.6")
chk("u1", ln, "-0.6", P2[0], explicit=False, raw="−0.6")
ln = line_of("+ 1 − −0.39")
chk("u2", ln, "-0.39", P2[1], explicit=False, raw="−0.39", correct="0.39",
    why="the prediction for dosage 0.5 with b3 = 2 is -1.6093 + 2 = +0.39 (the slide's own plot shows it above 0); "
    "the slide writes (1 - (-0.39))^2")
ln = line_of("+ 0 − −0.61")
chk("u3", ln, "-0.61", P2[2], explicit=False, raw="−0.61")
ln = line_of("= 1.11")
chk("L2", ln, "1.11", ssr(2), ops=rng(lambda a, b, c: sq3(a, b, c, 0, 1, 0), R("-0.6"), R("-0.39"), R("-0.61")),
    up=["u2"], why="its printed operands give 0.6^2 + 1.39^2 + 0.61^2 = 2.66, not 1.11 (1.11 is the true L at b3 = 2, "
    "with the prediction +0.39)")
ln = line_of("L = 0.46")
chk("L3", ln, "0.46", ssr(3), explicit=False)

# ---------------- dL/db3 and gradient descent ----------------
ln = line_of("= −𝟐 ∗ 0 − −2.6 ∗ 𝟏 + −𝟐 ∗ 1 − −1.6 ∗ 𝟏")
chk("g1", ln, "-2.6", P0[0], explicit=False, raw="−2.6")
chk("g2", ln, "-1.6", P0[1], explicit=False, raw="−1.6")
ln = line_of("+ −𝟐 ∗ 0 − −2.6 ∗ 𝟏 = −15.7")
chk("g3", ln, "-2.6", P0[2], explicit=False, raw="−2.6")
chk("d0", ln, "-15.7", d0, ops=rng(lambda a, b, c: -2 * (0 - a) - 2 * (1 - b) - 2 * (0 - c), R("-2.6"), R("-1.6"), R("-2.6")),
    raw="−15.7")
for n, ln in enumerate([i + 1 for i, t in enumerate(DOC) if t.strip() == "= −15.7"], 1):
    chk("d0r%d" % n, ln, "-15.7", d0, up=["d0"], raw="−15.7")
ln = line_of("Step Size = 0 − Learning Rate ∙ −15.7")
chk("d0r8", ln, "-15.7", d0, up=["d0"], raw="−15.7")
ln = line_of("𝑺𝒕𝒆𝒑 𝑺𝒊𝒛𝒆 = 𝟎 − 𝟎. 𝟏 ∙ −𝟏𝟓. 𝟕 = 𝟏. 𝟓𝟕")
chk("step", ln, "1.57", step0, method=True, explicit=False, raw="𝟏. 𝟓𝟕", correct="-1.57",
    why="the Step Size is learning rate x slope = 0.1 x -15.7 = -1.57 (the deck's next slides: New b3 = Old b3 - "
    "Step Size = 0 - (-1.57)); the slide computes 0 - 0.1 x (-15.7) = 1.57, the new b3, and calls it the step size "
    "(sign; close call: the arithmetic on the line is right)")
ln = line_of("New b3 = 0 − −1.57")
chk("stepr", ln, "-1.57", step0, explicit=False, raw="−1.57")
ln = line_of("sum + (1.57)", 1)
chk("b3a", ln, "1.57", b3a, explicit=False)
ln = line_of("New b3 = 1.57")
chk("b3a2", ln, "1.57", b3a, ops=rng(lambda s: 0 - s, "-1.57"))
ln = line_of("+ −𝟐 ∗ 0 − Predicted3 ∗ 𝟏 = −6.26")
chk("d1", ln, "-6.26", d1, explicit=False, raw="−6.26")
ln = line_of("sum + (1.57)", 2)
chk("b3a3", ln, "1.57", b3a, explicit=False)
ln = line_of("the math gives us −𝟔. 𝟐𝟔")
chk("d1r", ln, "-6.26", d1, up=["d1"], raw="−𝟔. 𝟐𝟔")
ln = line_of("sum + (2.19)")
chk("b3b", ln, "2.19", b3b, explicit=False)
ln = line_of("sum + (2.61)")
chk("b3opt", ln, "2.61", b3opt, explicit=False)

NOTES = (
    "Orhan Konak's lecture slides (konakion/backpropagation, Backpropagation.pdf, 2026-03; no license, so the PDF is "
    "not stored: doc.md is the worked lines of pages 52-95 of its text layer as pypdf extracts them, prose removed, "
    "the network's weight labels kept once; recompute.py's docstring maps each doc.md line to its page and line). "
    "The example is StatQuest's: a 1-2-1 softplus network, three dosages, b3 fitted by gradient descent. Wrong: "
    "the slide for b3 = 2 writes the middle prediction as -0.39 (true +0.39, line 65, page 66), and its sum 1.11 "
    "does not follow from the printed operands (they give 2.66; line 69; 1.11 is the true value); the Step Size is "
    "printed 1.57 where the deck's own rule New b3 = Old b3 - Step Size and its next slide (New b3 = 0 - (-1.57)) "
    "need -1.57 (line 100, page 89; a close call: 0 - 0.1 x (-15.7) = 1.57 is right arithmetic, and it is the new "
    "b3). Close calls judged right: 20.4 and -15.7 follow from the printed -2.6, -1.6, -2.6 only within their "
    "rounding (exact operands give 20.28 and -15.6; the true values are 20.40 and -15.65), 7.8 likewise (exact "
    "operands 7.71, true 7.76); the second slope -6.26 (line 121) is the slope at the exactly updated b3 = 1.5648 "
    "(-6.2588), while at the printed 1.57 it would be -6.2276, so it is right against the network trained as the "
    "deck says. The b3 values the slides try (0, 1, 2, 3) and the weights are givens. Mathematical bold digits "
    "(𝟐𝟎. 𝟒, 𝟏. 𝟓𝟕, −𝟔. 𝟐𝟔) and U+2212 minus signs are as the text layer has them."
)

if __name__ == "__main__":
    main()
