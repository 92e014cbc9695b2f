#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an equations-and-numbers excerpt of
yuri147/hexo source/_posts/bp.md ("超酷的反向传播算法", a Hexo blog post): a 2-2-2 sigmoid network with biases,
one backpropagation step whose results are printed as console output of the post's JavaScript, then 10000 steps.

Plain Python (decimal); does not import nnwalk or the generator.

Givens: i = (0.15, 0.10), targets (0.01, 0.99), bias weights b1 = 0.35 (hidden), b2 = 0.60 (output) and learning
rate 0.5 (doc.md lines 1-2); the weights are drawn in the post's figure and set in the post's code
(source/js/bp/bpdemo.js of the same repository, linked at the end of the post): hidden w[0] = (0.1, 0.2, 0.15, 0.25)
(h1 = sigmoid(0.1 i1 + 0.2 i2 + b1), h2 = sigmoid(0.15 i1 + 0.25 i2 + b1)), output w[1] = (0.3, 0.35, 0.4, 0.45)
(o1 from h1, h2 with 0.3, 0.35 = the post's w5, w6; o2 with 0.4, 0.45 = w7, w8). E = sum 1/2 (t - o)^2.
The post prints the hidden weights by their code index, `w0` .. `w3` = w[0][0] .. w[0][3].
True values: one step of plain gradient descent on E with all gradients taken at the old weights; the
"最终预测值" line is the output after 10000 such steps (each step: forward, update, the post's loop).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) p printed as the result of an expression of numbers printed on its line is right only when redoing that
      expression from those numbers rounds to exactly p at p's digits (a rounded operand may move within half a
      unit of its last digit; a given is exact); otherwise wrong (first);
  (b) a value printed without its working, or restated, is right within one unit of its last digit of the true
      value; a value printed at a full double repr (15 or more significant digits, here console output of
      JavaScript numbers) is right within 1e-12 relative of the true value (float64 arithmetic in another order
      differs in the last bits);
  (c) a restated wrong value, or a value computed from a wrong one and itself off, is wrong (propagated).
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/yuri147/hexo/blob/f229fd14376fcc235f664239e446854ea90e9e12/source/_posts/bp.md")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of only the lines with givens and printed "
           "numbers (the prose sentences that state them, the console-output blocks with their fences), line for line")
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


def reach(p, lo, hi):
    """True when some value in [lo, hi] rounds to p at p's digits (rule (a) with rounded operands)."""
    u = unit(p)
    a, b = D(p) - u / 2, D(p) + u / 2
    return not (hi < a or lo >= b)


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, ops=None, up=(), method=False, why="", correct=None, explicit=True, exact=False,
        interval=None):
    """Judge one printed number (rules in the module docstring).

    ops: the value the line's own printed operands give; exact=True: those operands are exact, so p must be that
    value rounded at p's digits; interval=(lo, hi): the range the line's expression takes when its rounded operands
    move within half a unit of their last digit (p is right by rule (a) when some value in it rounds to p).
    """
    assert printed in DOC[line - 1], (line, printed)
    p = D(printed.replace("−", "-"))
    if ops is None and up and explicit:
        ops = p  # a restated value carries the status of the value it copies
    if interval is not None:
        ops_ok = reach(p, D(interval[0]), D(interval[1]))
    elif ops is None:
        ops_ok = True
    elif exact:
        ops_ok = p == rnd(ops, p)
    else:
        ops_ok = near(p, ops)
    if explicit and not ops_ok:
        st, kind = "wrong", "first"
    elif near(p, true) and not method:
        st, kind = "right", None
    elif any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", ("propagated" if ops_ok else "first")
    elif method:
        st, kind = "wrong", "first"
    elif ops is not None and ops_ok and explicit:
        st, kind = "right", None
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), ops=None if ops is None else D(ops),
                       status=st, kind=kind, why=why, correct=correct if correct is not None else str(rnd(true, p))))


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:110]))
        for c in cs:
            extra = "" if c["ops"] is None else "  from printed operands %.12g" % c["ops"]
            print("            %-10s printed %-22s true %.15g%s -> %s%s" % (
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


_near_units = near


def near(p, x):  # noqa: F811 - rule (b) for full double reprs
    if len(D(p).as_tuple().digits) >= 15:
        return abs(D(p) - D(x)) <= D("1e-12") * abs(D(x))
    return _near_units(p, x)


getcontext().prec = 40
I = (D("0.15"), D("0.10"))
T = (D("0.01"), D("0.99"))
B1, B2, LR = D("0.35"), D("0.60"), D("0.5")
W0 = [D("0.1"), D("0.2"), D("0.15"), D("0.25")]
W1 = [D("0.3"), D("0.35"), D("0.4"), D("0.45")]


def forward(w0, w1):
    h = [sig(I[0] * w0[2 * x] + I[1] * w0[2 * x + 1] + B1) for x in range(2)]
    o = [sig(h[0] * w1[2 * y] + h[1] * w1[2 * y + 1] + B2) for y in range(2)]
    return h, o


def step(w0, w1):
    h, o = forward(w0, w1)
    d = [(o[y] - T[y]) * o[y] * (1 - o[y]) for y in range(2)]
    dh = [(d[0] * w1[x] + d[1] * w1[2 + x]) * h[x] * (1 - h[x]) for x in range(2)]
    n1 = [w1[2 * y + x] - LR * d[y] * h[x] for y in range(2) for x in range(2)]
    n0 = [w0[2 * x + k] - LR * dh[x] * I[k] for x in range(2) for k in range(2)]
    return n0, n1


h0, o0 = forward(W0, W1)
N0, N1 = step(W0, W1)
h1, o1 = forward(N0, N1)
w0, w1 = W0, W1
for _ in range(10000):
    w0, w1 = step(w0, w1)
hF, oF = forward(w0, w1)

ln = line_of("可以看到w5的权值由原来的0.3调整为0.25772292463736585")
chk("w5p", ln, "0.25772292463736585", N1[0])
for k, (old, new) in enumerate([("0.3", "0.25772292463736585"), ("0.35", "0.3075091952101869"),
                                ("0.4", "0.413242963882813"), ("0.45", "0.46330991295770874")]):
    ln = line_of("w%d权重变化: %s => %s" % (5 + k, old, new))
    chk("w%dnew" % (5 + k), ln, new, N1[k])
HID = [("0", "0.3", "0.25772292463736585"), ("2", "0.4", "0.413242963882813"),
       ("1", "0.35", "0.3075091952101869"), ("3", "0.45", "0.46330991295770874")]
for idx, old, new in HID:
    j = int(idx)
    ln = line_of("w%s权重变化: %s => %s" % (idx, old, new))
    chk("h%sold" % idx, ln, old, W0[j], method=True,
        why="the hidden-layer printout shows the output-layer arrays (console.info prints w[1] and nW[1] instead of "
            "w[0] and nW[0]): hidden weight w%s is %s before the step" % (idx, W0[j]),
        correct=str(W0[j]))
    chk("h%snew" % idx, ln, new, N0[j], method=True,
        why="and %s after it (the printed value is output weight w%d's new value)" % (rnd(N0[j], D("0.00000000000000001")), 5 + j),
        correct=str(rnd(N0[j], D("0.00000000000000001"))))
ln = line_of("预测值变化：")
chk("o1", ln, "0.7286638276265998", o0[0])
chk("o2", ln, "0.751601224586807", o0[1])
chk("o1n", ln, "0.7185477013468267", o1[0], method=True,
    why="the code's hidden update is transposed (nW[0][y + z*v] gets the gradient of w[0][y*v + z], so the weights of "
        "i2->h1 and i1->h2 swap their changes): after a correct step o1 = 0.71854746812934 (the printed value follows "
        "the transposed update)", correct=str(rnd(o1[0], D("0.0000000000000001"))))
chk("o2n", ln, "0.7545430129300831", o1[1], method=True, why="likewise o2 = 0.75454271745716 after a correct step",
    correct=str(rnd(o1[1], D("0.0000000000000001"))))
ln = line_of("最终预测值：")
chk("oF1", ln, "0.015360963767399535", oF[0], up=["o1n"], explicit=False,
    why="10000 steps with the transposed hidden update (and, from the second step on, w aliased to nW, so the hidden "
        "deltas use the already-updated output weights); correct training gives o1 = 0.0153331920712",
    correct=str(rnd(oF[0], D("0.000000000000000001"))))
chk("oF2", ln, "0.9845412722122693", oF[1], up=["o2n"], explicit=False,
    why="likewise o2 = 0.98456605593356 after 10000 correct steps", correct=str(rnd(oF[1], D("0.0000000000000001"))))

NOTES = (
    "A Hexo blog post in Chinese (yuri147/hexo, source/_posts/bp.md, 2017-03; no license, so only the lines with "
    "givens and printed numbers are kept, line for line): a 2-2-2 sigmoid network with biases (i = (0.15, 0.10), "
    "targets (0.01, 0.99), b1 = 0.35, b2 = 0.60, learning rate 0.5); the equations are images, the numbers are the "
    "console output of the post's JavaScript (`w5权重变化: 0.3 => 0.25772292463736585`, "
    "`预测值变化：a,b => c,d`, `最终预测值：a,b`) in code fences. The weights are read from the post's code "
    "(source/js/bp/bpdemo.js, linked by the post). Right: the new output weights w5..w8 (lines 3, 6-9) and the "
    "outputs before the step (line 21's first two values). Wrong, first: the four hidden-weight lines (14-17) "
    "print the output layer's arrays (console.info shows w[1]/nW[1] instead of w[0]/nW[0]), so 'w0: 0.3 => 0.2577...' "
    "stands for hidden weight 0.1 -> 0.0995513912643237; the outputs after the step (line 21: 0.7185477013468267, "
    "0.7545430129300831) follow the code's transposed hidden update (nW[0][y + z*v] takes the gradient of "
    "w[0][y*v + z]); a correct step gives 0.71854746812934, 0.75454271745716. Wrong, propagated: the outputs after "
    "10000 steps (line 27; correct training gives 0.0153331920712, 0.98456605593356). Full double reprs are judged "
    "at 1e-12 relative (float64 noise)."
)

if __name__ == "__main__":
    main()
