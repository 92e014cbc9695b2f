#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an equations-only excerpt of
dkelsh/dkelsh.github.io _posts/2018-09-11-basic-nn-tutorial.md ("Basic Introduction to Neural Networks", a Jekyll
post that re-works Matt Mazur's 2-2-2 example in `>$ ... $` blockquote lines, kramdown single dollars with spaces).

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (Mazur's network; the weights are in an image, read back from the printed products): i1 = 0.05, i2 = 0.10;
w_11^1 = 0.15, w_21^1 = 0.20 (into h1), w_12^1 = 0.25, w_22^1 = 0.30 (into h2), w_11^2 = 0.40, w_21^2 = 0.45
(into o1), w_12^2 = 0.50, w_22^2 = 0.55 (into o2); biases 0.35 (hidden) and 0.60 (output); targets 0.01, 0.99;
E = sum 1/2 (ideal - out)^2; eta = 0.5 (doc.md line 75); sigmoid units.

True values follow those givens exactly. The page's own lines are redone from the numbers they print: its sigmoid
lines write 1/(1+e^{net}) without the minus sign, and two net-input lines print other operands (bias 0.35 for
o1; 0.45 and 0.55 for o2) than the ones that give the printed result.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line that prints p as the result of an expression whose operands are printed on it is right only if
      redoing the expression from those numbers rounds to exactly p at p's digits; an operand that is itself a
      rounded result printed earlier may be taken anywhere within half a unit of its last digit (a given is
      exact); otherwise the line is wrong (first);
  (b) a value printed without its working, or restated, is right within one unit of its last digit of the true
      value, or when it follows from printed correct operands;
  (c) a restated wrong value is wrong (propagated); a value computed from a wrong one and itself off is wrong
      (propagated).
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/dkelsh/dkelsh.github.io/blob/7bd61ffc0b1be43525329da79b4cee137bc38de9/"
          "_posts/2018-09-11-basic-nn-tutorial.md")
LICENSE = ("none for the post (the repository's LICENSE.md is the MIT license of Mark Otto's Jekyll theme); doc.md "
           "is an excerpt of only the math lines (`>$ ... $` and `$$`) and the sentence giving eta, line for line")
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


CHECKS = []
STATUS = {}
BAD = {}


class R:
    """A printed operand that is itself a rounded result: it may be taken anywhere within half a unit of its last digit."""

    def __init__(self, s):
        self.v = D(str(s).replace("\u2212", "-"))
        self.h = unit(self.v) / 2


def span(f, *args):
    """(lo, hi) of f over its operands: exact ones (str/Decimal/int) fixed, R ones at both ends of their half-unit range."""
    import itertools
    choices = []
    for a in args:
        if isinstance(a, R):
            choices.append((a.v - a.h, a.v + a.h))
        else:
            choices.append((D(a),))
    vals = [f(*c) for c in itertools.product(*choices)]
    return min(vals), max(vals)


def redoes(p, ops):
    """Rule (a): some value that the printed operands allow rounds to exactly p at p's digits."""
    p = D(p)
    lo, hi = (ops, ops) if not isinstance(ops, tuple) else ops
    u = unit(p)
    return lo <= p + u / 2 and hi >= p - u / 2 if lo != hi else rnd(lo, p) == p


def chk(cid, line, printed, true, ops=None, up=(), method=False, why="", correct=None, explicit=True):
    """Judge one printed number by the corpus rule (module docstring).

    ops: what the line's own printed operands give (a Decimal when they are all exact, a (lo, hi) span from `span`
    when some are rounded results); None when the line shows no working. up: ids of the printed values it depends on.
    method: the author's own formula is wrong (a conceptual mistake), so a value off from the truth is a first error.
    """
    assert printed in DOC[line - 1], (line, printed)
    p = D(printed.replace("\u2212", "-"))
    if ops is None and up and explicit:
        ops = p  # a restated value: it carries the status of the value it copies
    ops_ok = ops is None or redoes(p, ops)
    # the value itself: right when near the truth, or when it follows from printed operands whose values are right
    # (a line can be wrong by rule (a) while the value it prints is the true one: that value is not a wrong operand)
    val_ok = near(p, true) or (not method and ops is not None and ops_ok and not any(BAD[u] for u in up))
    BAD[cid] = not val_ok
    if explicit and not ops_ok:
        st, kind = "wrong", "first"
    elif val_ok:
        st, kind = "right", None
    elif any(BAD[u] for u in up) and not method:
        st, kind = "wrong", "propagated"
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    o = None if ops is None else (ops[0] if isinstance(ops, tuple) else ops)
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), ops=o, status=st, kind=kind, why=why,
                       correct=correct if correct is not None else str(rnd(true, p))))


def P(s):
    """A printed number as a Decimal (U+2212 minus read as '-')."""
    return D(s.replace("\u2212", "-"))


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
I1, I2 = D("0.05"), D("0.10")
w1, w2, w3, w4, w5, w6, w7, w8 = (D(s) for s in ("0.15", "0.20", "0.25", "0.30", "0.40", "0.45", "0.50", "0.55"))
B1, B2, T1, T2, ETA = D("0.35"), D("0.60"), D("0.01"), D("0.99"), D("0.5")
nh1 = w1 * I1 + w2 * I2 + B1
nh2 = w3 * I1 + w4 * I2 + B1
h1, h2 = sig(nh1), sig(nh2)
no1 = w5 * h1 + w6 * h2 + B2
no2 = w7 * h1 + w8 * h2 + B2
o1, o2 = sig(no1), sig(no2)
E1, E2 = (T1 - o1) ** 2 / 2, (T2 - o2) ** 2 / 2
dEo1 = o1 - T1
so1 = o1 * (1 - o1)
do1 = dEo1 * so1
do2 = (o2 - T2) * o2 * (1 - o2)
g5, g6, g7, g8 = do1 * h1, do1 * h2, do2 * h1, do2 * h2
eh1 = do1 * w5 + do2 * w7
eh2 = do1 * w6 + do2 * w8
sh1, sh2 = h1 * (1 - h1), h2 * (1 - h2)
dh1, dh2 = eh1 * sh1, eh2 * sh2
g1, g2, g3, g4 = dh1 * I1, dh1 * I2, dh2 * I1, dh2 * I2


def nosig(z):
    """What the page's formula 1/(1+e^{z}) gives (its exponent has no minus sign)."""
    return 1 / (1 + D(z).exp())


NOMINUS = ("the line's own formula 1/(1+e^{%s}) has no minus sign in the exponent and gives %s; the printed value "
           "is sigma of the net input (the true value), so the line cannot be redone from what it prints")

# ---------------- forward pass ----------------
ln = line_of("net_{h_{1}} = 0.15 * 0.05 + 0.20 * 0.10 + 0.35 = 0.3775")
chk("nh1", ln, "0.3775", nh1, ops=D("0.15") * D("0.05") + D("0.20") * D("0.10") + D("0.35"))
ln = line_of("\\frac{1}{1+e^{0.3775}} = 0.593269992")
chk("nh1r", ln, "0.3775", nh1, up=["nh1"])
chk("h1", ln, "0.593269992", h1, ops=nosig("0.3775"), up=["nh1r"],
    why=NOMINUS % ("0.3775", "0.406730008"))
ln = line_of("net_{h_{2}} = 0.25 * 0.05 + 0.30 * 0.10 + 0.35 = 0.3925")
chk("nh2", ln, "0.3925", nh2, ops=D("0.25") * D("0.05") + D("0.30") * D("0.10") + D("0.35"))
ln = line_of("\\frac{1}{1+e^{0.3925}} = 0.596884378")
chk("nh2r", ln, "0.3925", nh2, up=["nh2"])
chk("h2", ln, "0.596884378", h2, ops=nosig("0.3925"), up=["nh2r"], why=NOMINUS % ("0.3925", "0.403115622"))
ln = line_of("net_{o_{1}} = 0.40 * 0.593269992 + 0.45 * 0.596884378 + 0.35 = 1.105905967")
chk("h1r", ln, "0.593269992", h1, up=["h1"])
chk("h2r", ln, "0.596884378", h2, up=["h2"])
chk("no1", ln, "1.105905967", no1,
    ops=span(lambda a, b: D("0.40") * a + D("0.45") * b + D("0.35"), R("0.593269992"), R("0.596884378")),
    up=["h1r", "h2r"],
    why="0.40 x 0.593269992 + 0.45 x 0.596884378 + 0.35 = 0.855905967; 1.105905967 needs the bias 0.60 (the line "
        "prints 0.35)")
ln = line_of("\\frac{1}{1+e^{1.105905967}} = 0.75136507")
chk("no1r", ln, "1.105905967", no1, up=["no1"])
chk("o1", ln, "0.75136507", o1, ops=span(nosig, R("1.105905967")), up=["no1r"],
    why=NOMINUS % ("1.105905967", "0.24863493"))
ln = line_of("net_{o_{2}} = 0.50 * 0.593269992 + 0.45 * 0.596884378 + 0.55 = 1.224921404")
chk("h1r2", ln, "0.593269992", h1, up=["h1"])
chk("h2r2", ln, "0.596884378", h2, up=["h2"])
chk("no2", ln, "1.224921404", no2,
    ops=span(lambda a, b: D("0.50") * a + D("0.45") * b + D("0.55"), R("0.593269992"), R("0.596884378")),
    up=["h1r2", "h2r2"],
    why="0.50 x 0.593269992 + 0.45 x 0.596884378 + 0.55 = 1.115232966; 1.224921404 needs w8 = 0.55 and the bias "
        "0.60 (the line prints 0.45 and 0.55)")
ln = line_of("\\frac{1}{1+e^{1.224921404}} = 0.772928465")
chk("no2r", ln, "1.224921404", no2, up=["no2"])
chk("o2", ln, "0.772928465", o2, ops=span(nosig, R("1.224921404")), up=["no2r"],
    why=NOMINUS % ("1.224921404", "0.227071535"))

# ---------------- error ----------------
ln = line_of("E_{o1} = \\frac {1}{2}(0.01 - 0.75136507)^2 = 0.274811083")
chk("o1r", ln, "0.75136507", o1, up=["o1"])
chk("E1", ln, "0.274811083", E1, ops=span(lambda o: (D("0.01") - o) ** 2 / 2, R("0.75136507")), up=["o1r"])
ln = line_of("E_{o2} = \\frac {1}{2}(0.99 - 0.772928465)^2 = 0.023560026")
chk("o2r", ln, "0.772928465", o2, up=["o2"])
chk("E2", ln, "0.023560026", E2, ops=span(lambda o: (D("0.99") - o) ** 2 / 2, R("0.772928465")), up=["o2r"])
ln = line_of("= 0.274811083 + 0.023560026 = 0.298371109")
chk("Et", ln, "0.298371109", E1 + E2, ops=span(lambda a, b: a + b, R("0.274811083"), R("0.023560026")),
    up=["E1", "E2"])

# ---------------- output layer ----------------
ln = line_of("= -(0.01 - 0.75136507) = 0.74136507")
chk("dEo1", ln, "0.74136507", dEo1, ops=span(lambda o: o - D("0.01"), R("0.75136507")), up=["o1"])
ln = line_of("= 0.75136507(1 - 0.75136507) = 0.186815602")
chk("so1", ln, "0.186815602", so1, ops=span(lambda o: o * (1 - o), R("0.75136507")), up=["o1"])
ln = line_of("\\frac{\\partial net_{o1}}{\\partial w_{11}^{2}} = 0.593269992")
chk("h1r3", ln, "0.593269992", h1, up=["h1"])
ln = line_of("= 0.74136507 * 0.186815602 * 0.593269992 = 0.0821671041")
chk("g5", ln, "0.0821671041", g5,
    ops=span(lambda a, b, c: a * b * c, R("0.74136507"), R("0.186815602"), R("0.593269992")), up=["dEo1", "so1"],
    why="0.74136507 x 0.186815602 x 0.593269992 = 0.0821670405 (Mazur prints 0.082167041; a 1 is inserted)")
ln = line_of("= 0.74136507 * 0.186815602 = 0.13849856185")
chk("do1", ln, "0.13849856185", do1, ops=span(lambda a, b: a * b, R("0.74136507"), R("0.186815602")),
    up=["dEo1", "so1"])
ln = line_of("w_{11}^{2+} = 0.40 - 0.5 * 0.0821671041 = 0.35891648")
chk("g5r", ln, "0.0821671041", g5, up=["g5"])
chk("w5", ln, "0.35891648", w5 - ETA * g5, ops=span(lambda g: D("0.40") - D("0.5") * g, R("0.0821671041")),
    up=["g5r"], why="0.40 - 0.5 x 0.0821671041 = 0.35891645 (0.35891648 is the value from the true gradient)")
ln = line_of("= 0.13849856185 * 0.596884378  = 0.082667628")
chk("do1r", ln, "0.13849856185", do1, up=["do1"])
chk("g6", ln, "0.082667628", g6, ops=span(lambda a, b: a * b, R("0.13849856185"), R("0.596884378")),
    up=["do1r", "h2"])
ln = line_of("w_{21}^{2+} = 0.45 - 0.5 * 0.082667628 = 0.408666186")
chk("w6", ln, "0.408666186", w6 - ETA * g6, ops=span(lambda g: D("0.45") - D("0.5") * g, R("0.082667628")),
    up=["g6"])
ln = line_of("= -(0.99 - 0.772928465) * 0.772928465(1 - 0.772928465) =  -0.03809823661")
chk("do2", ln, "-0.03809823661", do2, ops=span(lambda o: -(D("0.99") - o) * o * (1 - o), R("0.772928465")),
    up=["o2"])
ln = line_of("= -0.03809823661 * 0.593269992 = -0.022602541")
chk("g7", ln, "-0.022602541", g7, ops=span(lambda a, b: a * b, R("-0.03809823661"), R("0.593269992")),
    up=["do2", "h1"])
ln = line_of("w_{12}^{2+} = 0.50 - 0.5 * -0.022602541 = 0.51130127")
chk("w7", ln, "0.51130127", w7 - ETA * g7, ops=span(lambda g: D("0.50") - D("0.5") * g, R("-0.022602541")),
    up=["g7"])
ln = line_of("= -0.03809823661 * 0.596884378 = -0.022740242")
chk("g8", ln, "-0.022740242", g8, ops=span(lambda a, b: a * b, R("-0.03809823661"), R("0.596884378")),
    up=["do2", "h2"])
ln = line_of("w_{22}^{2+} = 0.55 - 0.5 * -0.022740242 = 0.561370121")
chk("w8", ln, "0.561370121", w8 - ETA * g8, ops=span(lambda g: D("0.55") - D("0.5") * g, R("-0.022740242")),
    up=["g8"])

# ---------------- hidden layer ----------------
ln = line_of("= 0.74136507 * 0.186815602 * 0.4 = 0.055399425")
chk("e1h1", ln, "0.055399425", do1 * w5,
    ops=span(lambda a, b: a * b * D("0.4"), R("0.74136507"), R("0.186815602")), up=["dEo1", "so1"])
ln = line_of("(1 - 0.772928465) * 0.5 = -0.019049118")
chk("e2h1", ln, "-0.019049118", do2 * w7,
    ops=span(lambda o: -(D("0.99") - o) * o * (1 - o) * D("0.5"), R("0.772928465")), up=["o2"])
ln = line_of("= 0.055399425 - 0.019049118 = 0.036350307")
chk("eh1", ln, "0.036350307", eh1, ops=span(lambda a, b: a - b, R("0.055399425"), R("0.019049118")),
    up=["e1h1", "e2h1"])
ln = line_of("= 0.593269992(1 - 0.593269992) = 0.241300709")
chk("sh1", ln, "0.241300709", sh1, ops=span(lambda h: h * (1 - h), R("0.593269992")), up=["h1"])
ln = line_of("= 0.036350307 * 0.241300709 * 0.05 = 0.000438568")
chk("g1", ln, "0.000438568", g1, ops=span(lambda a, b: a * b * D("0.05"), R("0.036350307"), R("0.241300709")),
    up=["eh1", "sh1"])
ln = line_of("\\delta_{h1} = 0.036350307 * 0.241300709 = 0.008771354")
chk("dh1", ln, "0.008771354", dh1, ops=span(lambda a, b: a * b, R("0.036350307"), R("0.241300709")),
    up=["eh1", "sh1"])
ln = line_of("w_{11}^{1+} = 0.15 - 0.5 * 0.000438568 = 0.149780716")
chk("w1", ln, "0.149780716", w1 - ETA * g1, ops=span(lambda g: D("0.15") - D("0.5") * g, R("0.000438568")),
    up=["g1"])
ln = line_of("= 0.008771354 * 0.10 = 0.0008771354")
chk("g2", ln, "0.0008771354", g2, ops=span(lambda d: d * D("0.10"), R("0.008771354")), up=["dh1"])
ln = line_of("w_{21}^{1+} = 0.20 - 0.5 * 0.0008771354 = 0.1995614323")
chk("w2", ln, "0.1995614323", w2 - ETA * g2, ops=span(lambda g: D("0.20") - D("0.5") * g, R("0.0008771354")),
    up=["g2"])
ln = line_of("= 0.74136507 * 0.186815602 * 0.45 = 0.0623243528")
chk("e1h2", ln, "0.0623243528", do1 * w6,
    ops=span(lambda a, b: a * b * D("0.45"), R("0.74136507"), R("0.186815602")), up=["dEo1", "so1"])
ln = line_of("(1 - 0.772928465) * 0.55 = -0.02095403013")
chk("e2h2", ln, "-0.02095403013", do2 * w8,
    ops=span(lambda o: -(D("0.99") - o) * o * (1 - o) * D("0.55"), R("0.772928465")), up=["o2"])
ln = line_of("= 0.0623243528 - 0.02095403013 = 0.041370322")
chk("eh2", ln, "0.041370322", eh2, ops=span(lambda a, b: a - b, R("0.0623243528"), R("0.02095403013")),
    up=["e1h2", "e2h2"],
    why="0.0623243528 - 0.02095403013 = 0.04137032267, which rounds to 0.041370323 (printed truncated)")
ln = line_of("= 0.596884378(1 - 0.596884378) = 0.2406134173")
chk("sh2", ln, "0.2406134173", sh2, ops=span(lambda h: h * (1 - h), R("0.596884378")), up=["h2"])
ln = line_of("= 0.041370322 * 0.2406134173 * 0.05 = 0.0004977127")
chk("eh2r", ln, "0.041370322", eh2, up=["eh2"])
chk("g3", ln, "0.0004977127", g3, ops=span(lambda a, b: a * b * D("0.05"), R("0.041370322"), R("0.2406134173")),
    up=["eh2r", "sh2"])
ln = line_of("\\delta_{h2} = 0.041370322 * 0.2406134173 = 0.00995425455")
chk("eh2r2", ln, "0.041370322", eh2, up=["eh2"])
chk("dh2", ln, "0.00995425455", dh2, ops=span(lambda a, b: a * b, R("0.041370322"), R("0.2406134173")),
    up=["eh2r2", "sh2"])
ln = line_of("w_{12}^{1+} = 0.25 - 0.5 * 0.0004977127 = 0.2497511436")
chk("w3", ln, "0.2497511436", w3 - ETA * g3, ops=span(lambda g: D("0.25") - D("0.5") * g, R("0.0004977127")),
    up=["g3"])
ln = line_of("= 0.00995425455 * 0.10 = 0.000995425455")
chk("g4", ln, "0.000995425455", g4, ops=span(lambda d: d * D("0.10"), R("0.00995425455")), up=["dh2"])
ln = line_of("= 0.30 - 0.5 * 0.000995425455 = 0.2995022873")
chk("w4", ln, "0.2995022873", w4 - ETA * g4, ops=span(lambda g: D("0.30") - D("0.5") * g, R("0.000995425455")),
    up=["g4"])

NOTES = (
    "Dan Kelsh's Jekyll post (dkelsh/dkelsh.github.io, 2018; no license for the post, so only the math lines are "
    "kept): Mazur's 2-2-2 example in `>$ ... $` blockquote lines with spaces inside single dollars and `*` for "
    "multiplication, one value per line, the weights in an image. Every value the page reaches is Mazur's true "
    "value or within a unit of it except dE/dw = 0.0821671041 (line 69, true 0.0821670406); the other wrong lines "
    "are lines that cannot be redone from what they print: the four sigmoid lines write 1/(1+e^{net}) without the "
    "minus sign (lines 11, 19, 27, 35; the formula gives 1 - sigma), net_o1 prints the bias as 0.35 (line 23, its "
    "sum is 0.855905967), net_o2 prints 0.45 and 0.55 for 0.55 and 0.60 (line 31, its sum is 1.115232966), "
    "w5+ = 0.40 - 0.5 x 0.0821671041 prints 0.35891648 for 0.35891645 (line 79), and two products are truncated "
    "instead of rounded (line 145: 0.008771354713 printed 0.008771354; line 177: 0.04137032267 printed "
    "0.041370322). Close calls: lines 95 and 175 print 11 decimals that are 9 and 5 units off the true value but "
    "follow from the printed 0.772928465 within its rounding (right by rule b); line 189's 0.2497511436 follows "
    "from the rounded 0.0004977127. All the rule-(a) lines print the true value, so no later line is propagated."
)
if __name__ == "__main__":
    main()
