#!/usr/bin/env python3
"""Independent recomputation of every computed number in doc.md, an excerpt (worked equations and numbers only) of
the Korean blog post "손실 함수" (loss functions) of github.com/jyjnote/jyjnote.github.io,
_posts/2026-09-05-loss-function.md at commit 638b4bb8ee55ec9e23e5614bed694491e4734c07.

The post works MSE/MAE on exam scores, binary cross-entropy (natural log) for y_hat = 0.9 / 0.1, MSE on a probability,
softmax of the logits z = (2, 1, 0) and the multi-class cross-entropy of the true class, -log 0.01, -log 0.51.

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last printed digit):
  (a) a line printing p as the result of an expression of numbers printed on that line is right only when redoing
      the expression from those numbers, rounded to p's digits, gives p; an operand that is itself a rounded result
      may lie anywhere within half a unit of its last digit (a given is exact);
  (b) a value printed without its working (or restated) is right within one unit of the true value, or when it
      follows from printed correct operands;
  (c) a restated or recomputed consequence of a wrong value is wrong, kind "propagated".
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOCFILE = "doc.md"
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")
SOURCE = ("https://github.com/jyjnote/jyjnote.github.io/blob/638b4bb8ee55ec9e23e5614bed694491e4734c07/"
          "_posts/2026-09-05-loss-function.md")
LICENSE = ("none stated (no LICENSE file, no license on the blog); doc.md is an excerpt of the worked equations and "
           "numbers only, no prose")


def line_of(sub, nth=1):
    """1-based line of the nth line containing sub; fails loudly."""
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def ln(x):
    return D(x).ln()


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def half(p):
    """interval of a rounded printed operand"""
    return D(p) - unit(p) / 2, D(p) + unit(p) / 2


CHECKS, STATUS = [], {}


def chk(cid, line, printed, true, lo=None, hi=None, up=(), why=""):
    """lo/hi: range of the line's own expression with rounded printed operands moved within half a unit (rule a);
    without lo/hi the value is judged by rule (b) against `true`."""
    assert printed in DOC[line - 1], (cid, line, printed, DOC[line - 1])
    p = D(printed)
    status, kind = "right", None
    up_bad = any(STATUS.get(u) == "wrong" for u in up)
    if lo is not None:
        a, b = min(D(lo), D(hi)), max(D(lo), D(hi))
        if not (rnd(a, p) <= p <= rnd(b, p)):
            status, kind = "wrong", ("propagated" if up_bad else "first")
    elif abs(p - rnd(true, p)) > unit(p):
        status, kind = "wrong", ("propagated" if up_bad else "first")
    STATUS[cid] = status
    CHECKS.append({"id": cid, "line": line, "printed": printed, "true": D(true), "status": status, "kind": kind,
                   "why": why, "correct": str(rnd(true, p))})


def report():
    wrong, right = [], []
    for n in sorted({c["line"] for c in CHECKS}):
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %3d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:90]))
        for c in cs:
            print("          %-10s printed %-8s true %-20s -> %s%s" % (
                c["id"], c["printed"], "%.12g" % c["true"], c["status"], " (%s)" % c["kind"] if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(c["correct"] for c in bad),
                          "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(c["why"] for c in bad)})
        else:
            right.append(n)
    return wrong, right


# ---------------- MSE / MAE ----------------
assert "$$y=80$$, $$\\hat{y}=70$$" in DOC[line_of("$$y=80$$") - 1]
n = line_of("L=(80-70)^2=100")
chk("mse1", n, "100", (D(80) - 70) ** 2, (D(80) - 70) ** 2, (D(80) - 70) ** 2, why="(80-70)^2 = 100")
n = line_of("L=(80-90)^2=100")
chk("mse2", n, "100", (D(80) - 90) ** 2, (D(80) - 90) ** 2, (D(80) - 90) ** 2, why="(80-90)^2 = 100")
n = line_of("\\frac{100+36}{2}=68")
J = ((D(80) - 70) ** 2 + (D(60) - 66) ** 2) / 2
chk("sq1", n, "100", (D(80) - 70) ** 2, 100, 100, why="(80-70)^2 = 100")
chk("sq2", n, "36", (D(60) - 66) ** 2, 36, 36, why="(60-66)^2 = 36")
chk("J", n, "68", J, J, J, why="(100+36)/2 = 68")
n = line_of("|80-70|=10")
chk("mae1", n, "10", abs(D(80) - 70), 10, 10, why="|80-70| = 10")
assert "|80-90|=10" in DOC[n - 1]
chk("mae2", n, "10", abs(D(80) - 90), 10, 10, why="|80-90| = 10")

# ---------------- binary cross-entropy (natural log, as the post says) ----------------
for k, (yh, arg, p) in enumerate([("0.9", "0.9", "0.105"), ("0.1", "0.1", "2.303")], 1):
    n = line_of("$$\\hat{y}=%s$$, $$-\\log %s\\approx %s$$" % (yh, arg, p), 1)
    v = -ln(arg)
    chk("bce1_%d" % k, n, p, v, v, v, why="-ln %s = %s" % (arg, rnd(v, D("0.000001"))))
# y = 0: L = -log(1 - y_hat)
for k, (yh, arg, p) in enumerate([("0.1", "0.9", "0.105"), ("0.9", "0.1", "2.303")], 1):
    n = line_of("$$\\hat{y}=%s$$, $$-\\log %s\\approx %s$$" % (yh, arg, p), 1)
    assert D(arg) == 1 - D(yh)
    v = -ln(arg)
    chk("bce0_%d" % k, n, p, v, v, v, why="-ln(1-%s) = -ln %s = %s" % (yh, arg, rnd(v, D("0.000001"))))
n = line_of("(1-0.1)^2=0.81")
v = (1 - D("0.1")) ** 2
chk("msep", n, "0.81", v, v, v, why="(1-0.1)^2 = 0.81")
n = line_of("BCE $$2.30$$")
chk("bce_r", n, "2.30", -ln("0.1"), why="restates -ln 0.1 = 2.3026")
chk("mse_r", n, "0.81", v, why="restates (1-0.1)^2 = 0.81")

# ---------------- softmax + cross-entropy ----------------
z = [D(2), D(1), D(0)]
assert "z=(2,1,0)" in DOC[line_of("z=(2,1,0)") - 1]
ex = [t.exp() for t in z]
S = sum(ex)
P = [e / S for e in ex]
n = line_of("\\hat{y}\\approx(0.665,\\,0.245,\\,0.090)")
for k, p in enumerate(["0.665", "0.245", "0.090"]):
    # the logits are on the line above, so the probabilities are judged as values without working (rule b)
    chk("p%d" % (k + 1), n, p, P[k], why="softmax(2,1,0)_%d = e^%s/%s = %s" % (k + 1, z[k], rnd(S, D("0.001")),
                                                                          rnd(P[k], D("0.00001"))))
n = line_of("=-\\log 0.245\\approx 1.406")
lo, hi = half("0.245")
# rule (a): -log 0.245 with 0.245 a rounded printed result; also restates p2 = 0.245
chk("p2r", n, "0.245", P[1], up=("p2",), why="restates softmax_2 = 0.24473")
chk("ce", n, "1.406", -ln("0.245"), -ln(hi), -ln(lo), up=("p2r",),
    why="-ln 0.245 = 1.40650 (exact-softmax value -ln 0.244728 = 1.40761 is 2 units away, but the line's own "
        "operand 0.245 gives 1.406)")
n = line_of("$$0.9$$, $$-\\log 0.9\\approx 0.105$$")
chk("ce09", n, "0.105", -ln("0.9"), -ln("0.9"), -ln("0.9"), why="-ln 0.9 = 0.10536")
n = line_of("-\\log 0.01\\approx 4.605")
chk("ce001", n, "4.605", -ln("0.01"), -ln("0.01"), -ln("0.01"), why="-ln 0.01 = 4.60517")
n = line_of("$$0.245$$, $$\\approx 1.406$$")
chk("p2rr", n, "0.245", P[1], up=("p2",), why="restates softmax_2 = 0.24473")
# restated loss: follows from the printed correct operand 0.245 (rule b, second clause)
chk("cer", n, "1.406", -ln("0.245"), -ln(hi), -ln(lo), up=("ce",), why="restates -ln 0.245 = 1.4065")

# ---------------- -log 0.51 ----------------
n = line_of("-\\log 0.51\\approx 0.673")
chk("ce051", n, "0.673", -ln("0.51"), -ln("0.51"), -ln("0.51"), why="-ln 0.51 = 0.67334")

# ---------------- quiz answer ----------------
n = line_of("$$(80-70)^2=100$$")
chk("quiz2", n, "100", (D(80) - 70) ** 2, 100, 100, why="(80-70)^2 = 100")

NOTES = ("Excerpt of a clean Korean blog post (no arithmetic error found). Logs are natural (the post says so): "
         "-ln 0.9 = 0.10536, -ln 0.1 = 2.30259, -ln 0.01 = 4.60517, -ln 0.51 = 0.67334. Softmax of z = (2, 1, 0): "
         "e^2 + e + 1 = 11.107, probabilities (0.66524, 0.24473, 0.09003), printed (0.665, 0.245, 0.090): right by "
         "rule (b). The cross-entropy line prints -log 0.245 = 1.406: redone from its printed operand 0.245 it is "
         "1.40650 (operand interval [0.2445, 0.2455] gives [1.4045, 1.4086]) so it is right by rule (a); note the "
         "loss of the exact softmax probability would be -ln 0.244728 = 1.40761 (1.408), two units off, which is "
         "the rounding of the intermediate 0.245, not an error under the rule. The restatement '0.245, ~1.406' "
         "follows from that printed correct operand. MSE (80-70)^2 = (80-90)^2 = 100, J = (100+36)/2 = 68, "
         "MAE 10, (1-0.1)^2 = 0.81 and the quiz answer are exact. Lines of givens (y, y_hat, z, one-hot y) and "
         "formulas are in neither list.")


def main():
    wrong, right = report()
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": "md", "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


if __name__ == "__main__":
    main()
