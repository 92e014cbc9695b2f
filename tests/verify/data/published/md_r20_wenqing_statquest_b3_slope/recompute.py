#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an equations-and-numbers excerpt of
purepisces/Wenqing-Machine_Learning_Blog Deep-Learning-Concepts/Basic-Neural-Network-Concepts/Backpropagation/
backpropagation.md (Wenqing Cao's machine-learning blog): the staged-computation code block and the sigmoid-gate and
multiply-gate sentences (after the CS231n notes), and the worked example after StatQuest's "Backpropagation Main
Ideas": gradient descent on the last bias b3 of a small network from its sum of squared residuals (SSR).

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens: code block x = -2, y = 5, z = -4 (doc.md line 3); sigmoid input 1.0 (line 20); the multiply gate's input
-4.00 and output gradient 2.00 (line 22, the CS231n circuit); observed values 0, 1, 0 and the green squiggle's
predictions -2.6, -1.6, -2.61 at b3 = 0 (lines 31-33, printed as data: their working is in images), learning rate
0.1 (line 40). True values follow from these: d SSR/d b3 = -2 sum(observed - predicted - b3) = -2 (7.81 - 3 b3),
step = 0.1 slope, new b3 = old b3 - step; the optimum is b3 = 7.81 / 3.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line that prints p as the result of an expression of numbers printed on it is right only if redoing the
      expression from those numbers rounds to exactly p at p's digits (a result printed on its own display line
      right after the lines that hold its expression counts as computed from their printed operands); an operand
      that is itself a rounded result printed earlier may be taken anywhere within half a unit of its last digit,
      a given is exact;
  (b) a value printed without its working, or restated, is right when it is within one unit of its last digit of
      the true value, or follows from printed correct operands;
  (c) a restated wrong value is wrong (propagated); a value computed from a wrong one and itself off is wrong
      (propagated).
Close calls:
- line 34, "= -15.7" under -2(0 - (-2.6)) - 2(1 - (-1.6)) - 2(0 - (-2.61)) (lines 31-33): redone from the printed
  numbers it is -15.62, -15.6 at one decimal, so -15.7 is wrong (first) by rule (a). The predictions are printed
  here for the first time, as data (StatQuest computed -15.7 from unrounded predictions); were they taken as
  rounded results (+-0.05, +-0.005) the range -15.83..-15.41 would include -15.7.
- its restatements (lines 37, 41) and what follows from it (step -1.57, new b3 1.57) are within one unit of the
  values the printed data give (-15.62, -1.562, 1.562), so they are right by rule (b), as in the other folders
  (md_gmyhf_gfg_example_zh line 43).
- line 24, SSR = 20.4 at b3 = 0, without working: the printed predictions give 2.6^2 + 2.6^2 + 2.61^2 = 20.33,
  within one unit of 20.4: right.
- line 51: slope -6.26 at b3 = 1.57 (the data give -2 (7.81 - 3 x 1.562) = -6.248) and new b3 2.19 (2.1868):
  within one unit, right.
The one clear slip is line 53: "close to 0 when b3 = 2.61, we decide that 2.16 is the optimal value" (2.61 with
its digits swapped; the data give 7.81 / 3 = 2.603).
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/purepisces/Wenqing-Machine_Learning_Blog/blob/e796c9cdc201d75f7ccefe541583be3de0a9253e/"
          "Deep-Learning-Concepts/Basic-Neural-Network-Concepts/Backpropagation/backpropagation.md")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of only the lines with worked equations and "
           "numbers, line for line, prose, images and the derivations without numbers removed")
NOTES = ("Blog post in Markdown ($$ align* blocks, numbers in prose sentences and in Python comments). Line 34 "
         "(-15.7 for -15.62 from the printed predictions) is judged by the strict own-arithmetic rule; line 53 "
         "prints 2.16 for 2.61.")
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    """1-based line of the nth line of the document that contains sub (the script stops if there is none)."""
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


def span(f, *ops):
    """Smallest and largest value of f over operands taken anywhere within half a unit of their last digit.

    Each operand is (printed text, rounded?): a rounded result printed earlier may lie anywhere within half a unit
    of its last digit, a given (an input, a weight, 1, 0.5) is exact. f is monotone in each operand on these small
    intervals, so the corners give the range."""
    corners = [[]]
    for text, rounded in ops:
        v = D(text)
        vals = [v - unit(text) / 2, v + unit(text) / 2] if rounded else [v]
        corners = [c + [x] for c in corners for x in vals]
    outs = [f(*c) for c in corners]
    return min(outs), max(outs)


def redo_ok(p, lo_hi):
    """Rule (a): p is right only if redoing the expression can round to exactly p at p's digits."""
    lo, hi = lo_hi
    return rnd(lo, p) <= D(p) <= rnd(hi, p)


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, ops=None, up=(), method=False, why="", correct=None, explicit=True, exact=False,
        redo=None):
    """Judge one printed number (rules in the module docstring).

    ops: the value the line's own printed operands give (None when the line shows no working);
    redo: (lo, hi) from span() when some operands are rounded results printed earlier (rule a);
    exact=True: the operands are exact, so p must be their value rounded at p's digits (rule a)."""
    assert printed in DOC[line - 1], (line, printed)
    p = D(printed)
    if ops is None and redo is None and up and explicit:
        ops = p  # a restated value: it carries the status of the value it copies (rules 3 and 5)
    if redo is not None:
        ops_ok = redo_ok(p, redo)
        ops = (redo[0] + redo[1]) / 2
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
            extra = "" if c["ops"] is None else "  from printed operands %.10g" % c["ops"]
            print("            %-10s printed %-14s true %.10g%s -> %s%s" % (
                c["id"], c["printed"], c["true"], extra, c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            printed = ", ".join(dict.fromkeys(c["printed"] for c in bad))
            correct = ", ".join(dict.fromkeys(c["correct"] for c in bad))
            whys = "; ".join(dict.fromkeys(c["why"] or "restates a wrong value" for c in bad))
            wrong.append(dict(line=n, page=None, printed=printed, correct=correct,
                              kind="first" if "first" in kinds else "propagated", why=whys))
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
xg, yg, zg = D(-2), D(5), D(-4)
q = xg + yg
f = q * zg
obs = [D(0), D(1), D(0)]
pred0 = [D("-2.6"), D("-1.6"), D("-2.61")]
lr = D("0.1")
resid_sum = sum(o - p for o, p in zip(obs, pred0))  # 7.81


def slope(b3):
    return -2 * (resid_sum - 3 * b3)


ssr0 = sum((o - p) ** 2 for o, p in zip(obs, pred0))
s0 = slope(D(0))
step0 = s0 * lr
b1 = D(0) - step0
s1 = slope(b1)
b2 = b1 - s1 * lr
b_opt = resid_sum / 3

# ---------------- code block (CS231n staged computation) ----------------
ln = line_of("q = x + y # q becomes 3")
chk("q", ln, "3", q, ops=xg + yg, exact=True)
ln = line_of("f = q * z # f becomes -12")
chk("f", ln, "-12", f, ops=q * zg, exact=True)
ln = line_of("gradient on z becomes 3")
chk("dfdz", ln, "3", q)
ln = line_of("gradient on q becomes -4")
chk("dfdq", ln, "-4", zg)

# ---------------- sigmoid gate and multiply gate sentences ----------------
ln = line_of("computes the output 0.73")
chk("sig1", ln, "0.73", sig(1))
chk("dsig1", ln, "0.2", sig(1) * (1 - sig(1)), redo=span(lambda v: (1 - v) * v, ("0.73", True)), up=["sig1"])
ln = line_of("calculated as $-4.00 \\cdot 2.00$")
chk("dx", ln, "-8.00", D(-4) * D(2), ops=D("-4.00") * D("2.00"), exact=True)

# ---------------- StatQuest part: b3 ----------------
ln = line_of("the SSR = 20.4")
chk("ssr0", ln, "20.4", ssr0)
ln = line_of("&= -15.7")
chk("s0", ln, "-15.7", s0, ops=s0, exact=True,
    why="-2(0 - (-2.6)) - 2(1 - (-1.6)) - 2(0 - (-2.61)) = -5.2 - 5.2 - 5.22 = -15.62, -15.6 at one decimal; "
    "printed -15.7 (StatQuest's value from unrounded predictions; judged by the strict own-arithmetic rule)")
ln = line_of("get -15.7 and that corresponds")
chk("s0r", ln, "-15.7", s0, up=["s0"])
ln = line_of("&= -15.7 \\times 0.1 \\\\")
chk("s0r2", ln, "-15.7", s0, up=["s0"])
ln = line_of("&= -1.57 \\\\")
chk("step0", ln, "-1.57", step0, ops=D("-15.7") * lr, exact=True, up=["s0r2"])
ln = line_of("&= 0 - (-1.57) \\\\")
chk("step0r", ln, "-1.57", step0, up=["step0"])
ln = line_of("&= 1.57")
chk("b1", ln, "1.57", b1, ops=0 - D("-1.57"), exact=True, up=["step0r"])
ln = line_of("Changing b3 to 1.57")
chk("b1r", ln, "1.57", b1, up=["b1"])
ln = line_of("gives us -6.26")
chk("s1", ln, "-6.26", s1, up=["b1"])
chk("b1r2", ln, "1.57", b1, up=["b1"])
chk("b2", ln, "2.19", b2, up=["s1", "b1"])
ln = line_of("we decide that 2.16 is the optimal value")
chk("bopt_a", ln, "2.61", b_opt)
chk("bopt", ln, "2.16", b_opt, up=["bopt_a"], method=True,
    why="the optimum the steps converge to is b3 = 2.61 (printed in the same sentence; the data give 7.81 / 3 = "
    "2.603); 2.16 is 2.61 with its digits swapped")

if __name__ == "__main__":
    main()
