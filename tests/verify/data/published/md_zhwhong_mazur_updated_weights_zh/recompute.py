#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, a verbatim copy of
zhwhong/zhwhong.github.io (branch blog-source) source/_posts/2017-02-24.Backpropagation-principle.md
("深度学习 — 反向传播(BP)理论推导", Zhiwei Hong, 2017): Matt Mazur's 2-2-2 example worked in plain-text equations
with Markdown-escaped `\\*`, then the error after one step and after 10,000 steps.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (Mazur's network; the weights are in an image, read back from the printed products, doc.md lines 226-234,
249-252, 268-275): i1 = 0.05, i2 = 0.10; w1..w4 = 0.15, 0.20, 0.25, 0.30 (into h1, h2), w5..w8 = 0.40, 0.45, 0.50,
0.55 (into o1, o2), biases b1 = 0.35, b2 = 0.60 (not trained, as in Mazur's example); targets 0.01, 0.99;
J = sum 1/2 (out - target)^2; eta = 0.5 (line 251); sigmoid units; the post's own rule (line 166): the hidden
deltas use the original output weights, not the updated ones.

True values follow that rule exactly. The error after one step and after 10,000 steps (lines 282-283) are
computed here by training the network the same way (10,000 full steps, decimal arithmetic). The printed values
0.291027924, 0.000035085, 0.015912196 and 0.984065734 are what a program gives that computes the hidden deltas
with the already-updated output weights (the `--variant` flag reproduces them), the known mistake the post's own
text warns against; the correct values are 0.291027774, 0.000035102, 0.015913620 and 0.984064274.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line that prints p as the result of an expression whose operands are printed on it is right only if
      redoing the expression from those numbers rounds to exactly p at p's digits; an operand that is itself a
      rounded result printed earlier may be taken anywhere within half a unit of its last digit (a given is
      exact); otherwise the line is wrong (first);
  (b) a value printed without its working, or restated, is right within one unit of its last digit of the true
      value, or when it follows from printed correct operands;
  (c) a restated wrong value is wrong (propagated); a value computed from a wrong one and itself off is wrong
      (propagated); a value off because the author's own method is wrong is wrong (first).
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
        python3 recompute.py --variant           (prints the training run with updated output weights)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/zhwhong/zhwhong.github.io/blob/c6edeaee93a9c8da54c87c11b1df8b987757b6c2/"
          "source/_posts/2017-02-24.Backpropagation-principle.md")
LICENSE = "MIT (LICENSE of zhwhong/zhwhong.github.io, Copyright (c) 2017 Zhiwei Hong); copied verbatim"
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
getcontext().prec = 40
I1, I2 = D("0.05"), D("0.10")
W0 = [D(s) for s in ("0.15", "0.20", "0.25", "0.30", "0.40", "0.45", "0.50", "0.55")]
B1, B2 = D("0.35"), D("0.60")
T1, T2 = D("0.01"), D("0.99")
ETA = D("0.5")


def forward(w):
    h1 = sig(w[0] * I1 + w[1] * I2 + B1)
    h2 = sig(w[2] * I1 + w[3] * I2 + B1)
    o1 = sig(w[4] * h1 + w[5] * h2 + B2)
    o2 = sig(w[6] * h1 + w[7] * h2 + B2)
    return h1, h2, o1, o2


def step(w, stale=False):
    """One gradient step; stale=True computes the hidden deltas with the already-updated output weights."""
    h1, h2, o1, o2 = forward(w)
    d1 = (o1 - T1) * o1 * (1 - o1)
    d2 = (o2 - T2) * o2 * (1 - o2)
    new = list(w)
    for j, g in enumerate((d1 * h1, d1 * h2, d2 * h1, d2 * h2)):
        new[4 + j] = w[4 + j] - ETA * g
    v = new if stale else w
    e1 = (d1 * v[4] + d2 * v[6]) * h1 * (1 - h1)
    e2 = (d1 * v[5] + d2 * v[7]) * h2 * (1 - h2)
    for j, g in enumerate((e1 * I1, e1 * I2, e2 * I1, e2 * I2)):
        new[j] = w[j] - ETA * g
    return new


def error(w):
    _, _, o1, o2 = forward(w)
    return (o1 - T1) ** 2 / 2 + (o2 - T2) ** 2 / 2, o1, o2


def train(n, stale=False):
    w = list(W0)
    for _ in range(n):
        w = step(w, stale)
    return w


h1, h2, o1, o2 = forward(W0)
n_h1 = W0[0] * I1 + W0[1] * I2 + B1
n_h2 = W0[2] * I1 + W0[3] * I2 + B1
n_o1 = W0[4] * h1 + W0[5] * h2 + B2
J1 = (o1 - T1) ** 2 / 2
J2 = (o2 - T2) ** 2 / 2
d1 = (o1 - T1) * o1 * (1 - o1)
d2 = (o2 - T2) * o2 * (1 - o2)
W1 = step(W0)
tmp1 = (o1 - T1) * o1 * (1 - o1) * W0[4]
tmp2 = (o2 - T2) * o2 * (1 - o2) * W0[6]
tmp3 = h1 * (1 - h1) * I1
E1 = error(W1)[0]
E10k, O1_10k, O2_10k = error(train(10000))
if "--variant" in sys.argv:
    print("hidden deltas from the updated output weights: after 1 step", error(train(1, True))[0])
    print("after 10,000 steps", error(train(10000, True)))
    sys.exit(0)

# ---------------- forward pass ----------------
ln = line_of("input(h1) = 0.15 \\* 0.05 + 0.20 \\* 0.10 + 0.35 = 0.3775")
chk("nh1", ln, "0.3775", n_h1, ops=D("0.15") * D("0.05") + D("0.20") * D("0.10") + D("0.35"))
ln = line_of("1 / (1 + e^-0.3775) = 0.593269992")
chk("nh1r", ln, "0.3775", n_h1, up=["nh1"])
chk("h1", ln, "0.593269992", h1, ops=sig("0.3775"), up=["nh1r"])
ln = line_of("input(h2) = 0.25 \\* 0.05 + 0.30 \\* 0.10 + 0.35 = 0.3925")
chk("nh2", ln, "0.3925", n_h2, ops=D("0.25") * D("0.05") + D("0.30") * D("0.10") + D("0.35"))
ln = line_of("1 / (1 + e^-0.3925) = 0.596884378")
chk("nh2r", ln, "0.3925", n_h2, up=["nh2"])
chk("h2", ln, "0.596884378", h2, ops=sig("0.3925"), up=["nh2r"])
ln = line_of("+ 0.60 = 1.105905967")
chk("h1r", ln, "0.593269992", h1, up=["h1"])
chk("h2r", ln, "0.596884378", h2, up=["h2"])
chk("no1", ln, "1.105905967", n_o1, ops=span(lambda a, b: D("0.40") * a + D("0.45") * b + D("0.60"),
                                                R("0.593269992"), R("0.596884378")), up=["h1r", "h2r"])
ln = line_of("1 / (1 + e^-1.105905967) = 0.75136507")
chk("no1r", ln, "1.105905967", n_o1, up=["no1"])
chk("o1", ln, "0.75136507", o1, ops=span(sig, R("1.105905967")), up=["no1r"])
ln = line_of("同理output(o2) = 0.772928465")
chk("o2", ln, "0.772928465", o2, explicit=False)

# ---------------- errors ----------------
ln = line_of("Jo1 = 1/2 \\* (0.75136507 - 0.01)^2 = 0.298371109")
chk("o1r", ln, "0.75136507", o1, up=["o1"])
chk("J1", ln, "0.298371109", J1, ops=span(lambda o: (o - D("0.01")) ** 2 / 2, R("0.75136507")), up=["o1r"],
    why="1/2 (0.75136507 - 0.01)^2 = 0.274811083; 0.298371109 is the total error Jo1 + Jo2")
ln = line_of("Jo2 = 1/2 \\* (0.772928465 - 0.99)^2 = 0.023560026")
chk("o2r", ln, "0.772928465", o2, up=["o2"])
chk("J2", ln, "0.023560026", J2, ops=span(lambda o: (o - D("0.99")) ** 2 / 2, R("0.772928465")), up=["o2r"])
ln = line_of("Jtotal = Jo1 + Jo2 = 0.321931135")
chk("Jt", ln, "0.321931135", J1 + J2, up=["J1", "J2"], explicit=False,
    why="Jo1 + Jo2 with the wrong Jo1 (0.298371109 + 0.023560026); the true total is 0.298371109")

# ---------------- output layer ----------------
ln = line_of("a = (0.75136507 - 0.01)")
chk("a", ln, "0.082167041", d1 * h1,
    ops=span(lambda o, h: (o - D("0.01")) * o * (1 - o) * h, R("0.75136507"), R("0.593269992")), up=["o1", "h1"])
ln = line_of("0.082167041 = 0.35891648")  # the source has a no-break space (U+00A0) after the second `\\*`
chk("ar", ln, "0.082167041", d1 * h1, up=["a"])
chk("w5", ln, "0.35891648", W1[4], ops=span(lambda g: D("0.40") - D("0.5") * g, R("0.082167041")), up=["ar"])
for name, j, p in (("w6+ = ", 5, "0.408666186"), ("w7+ = ", 6, "0.511301270"), ("w8+ = ", 7, "0.561370121")):
    chk(name[:2], line_of(name + p), p, W1[j], explicit=False)

# ---------------- hidden layer ----------------
ln = line_of("tmp1 = (0.75136507 - 0.01)")
chk("t1a", ln, "0.74136507", o1 - T1, ops=D("0.75136507") - D("0.01"), up=["o1"])
chk("t1b", ln, "0.186815602", o1 * (1 - o1), ops=span(lambda o: o * (1 - o), R("0.75136507")), up=["o1"])
chk("tmp1", ln, "0.055399425", tmp1,
    ops=span(lambda a, b: a * b * D("0.40"), R("0.74136507"), R("0.186815602")), up=["t1a", "t1b"])
ln = line_of("tmp2 = -0.019049119")
chk("tmp2", ln, "-0.019049119", tmp2, explicit=False)
ln = line_of("0.05 = 0.012065035")
chk("tmp3", ln, "0.012065035", tmp3, ops=span(lambda h: h * (1 - h) * D("0.05"), R("0.593269992")), up=["h1"])
ln = line_of("于是b = 0.000438568")
chk("b", ln, "0.000438568", (tmp1 + tmp2) * tmp3,
    ops=span(lambda a, b, c: (a + b) * c, R("0.055399425"), R("-0.019049119"), R("0.012065035")),
    up=["tmp1", "tmp2", "tmp3"])
ln = line_of("w1+ = w1 - eta \\* b = 0.15 - 0.5 \\* 0.000438568 = 0.149780716")
chk("br", ln, "0.000438568", (tmp1 + tmp2) * tmp3, up=["b"])
chk("w1", ln, "0.149780716", W1[0], ops=span(lambda g: D("0.15") - D("0.5") * g, R("0.000438568")), up=["br"])
for name, j, p in (("w2+ = ", 1, "0.19956143"), ("w3+ = ", 2, "0.24975114"), ("w4+ = ", 3, "0.29950229")):
    chk(name[:2], line_of(name + p), p, W1[j], explicit=False)

# ---------------- after one step and after 10,000 steps ----------------
STALE = ("what a program gives that computes the hidden deltas with the already-updated output weights (the post's "
         "own text says to use the original ones)")
ln = line_of("总误差现在下降到0.291027924")
chk("E0", ln, "0.298371109", J1 + J2, explicit=False)
chk("E1", ln, "0.291027924", E1, explicit=False, method=True,
    why="after one step with the printed updated weights the error is 0.291027774; 0.291027924 is " + STALE)
chk("E10k", ln, "0.000035085", E10k, explicit=False, method=True,
    why="after 10,000 correct steps the error is 0.0000351019; 0.000035085 is " + STALE)
ln = line_of("两个输出神经元产生0.015912196")
chk("O1", ln, "0.015912196", O1_10k, explicit=False, method=True,
    why="after 10,000 correct steps out(o1) = 0.015913620; 0.015912196 is " + STALE)
chk("O2", ln, "0.984065734", O2_10k, explicit=False, method=True,
    why="after 10,000 correct steps out(o2) = 0.984064274; 0.984065734 is " + STALE)


NOTES = (
    "Zhiwei Hong's Chinese blog post (zhwhong/zhwhong.github.io, branch blog-source, MIT, copied verbatim): Mazur's "
    "2-2-2 sigmoid example (biases 0.35 and 0.60 not trained, eta = 0.5) in plain-text equations with `\\*` for "
    "multiplication and `e^-0.3775`, formulas as codecogs images. First errors: Jo1 = 1/2 (0.75136507 - 0.01)^2 "
    "printed 0.298371109 (the total error) for 0.274811083 (line 240), so Jtotal = Jo1 + Jo2 = 0.321931135 is wrong "
    "(line 243, propagated; true 0.298371109, which line 282 then restates correctly as the initial error). Line "
    "282's error after one step, 0.291027924 (true 0.291027774), and after 10,000 steps, 0.000035085 (true "
    "0.0000351019 -> 0.000035102), and line 283's outputs 0.015912196 and 0.984065734 (true 0.015913620 and "
    "0.984064274) are what the training run gives when the hidden deltas use the already-updated output weights "
    "(`python3 recompute.py --variant` reproduces all four) - the mistake the post itself warns against on line 166; "
    "the printed w1+..w4+ use the original weights. All forward-pass values, the gradients and the eight updated "
    "weights are right. Lines 282 and 283 hold the wrong values as plain prose (no working); line 282 also holds the "
    "right 0.298371109."
)

if __name__ == "__main__":
    main()
