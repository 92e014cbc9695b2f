#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, the raw notebook
smaxx73/Neural-Network-Course module-3-mathematics-of-learning/session5_loss_gradient_descent.ipynb ("Session 5:
Loss functions and gradient descent"), a course notebook whose Markdown cells work, by hand, an MSE table, a
numerical-vs-analytical derivative table, two gradient-descent tables (forward loss, gradient, update
w <- w - eta dL/dw, four steps each) and the exercise 9.1 loss/gradient/update of y_hat = w x. Line numbers are
1-based lines of the raw .ipynb file (grep -n).

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (printed in the notebook): MSE samples (y, y_hat) = (1.0, 0.8), (0.0, 0.3), (1.0, 0.9), (0.0, 0.1) (lines
122-125); L(w) = (3 - 2w)^2 with dL/dw = -4(3 - 2w), w0 = 0, eta = 0.1 (lines 501-505); L(w) = w^2 - 4w + 5 with
dL/dw = 2w - 4, w0 = 0, eta = 0.3 (lines 518-520); data (x, y) = (1, 2), (2, 5), (3, 7), w = 3, eta = 0.01,
L = MSE (lines 1172-1184).

Judging rule (the corpus's one rule, as in md_gmyhf_gfg_example_zh/recompute.py; p a printed number, u one unit
in its last digit):
  (a) when the line prints p as the result of an expression whose operands are printed on the line, p is right
      only if redoing the expression from those printed operands rounds to exactly p at p's digits (exact=True;
      an operand that is a rounded result printed earlier may lie anywhere within half a unit of its last digit,
      given inputs are exact);
  (b) a value printed without its working (or restated) is right when it is within one unit of its last digit of
      the true value;
  (c) a restated wrong value is wrong (propagated).
In the gradient-descent tables the w column restates the previous row's update, L(w) and dL/dw are printed
without working (rule b, against the true values of the exact iteration) and the update cell is judged by (a).
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/smaxx73/Neural-Network-Course/blob/57d1b14a5278d0e1b37105652352f76cfe90dd28/"
          "module-3-mathematics-of-learning/session5_loss_gradient_descent.ipynb")
LICENSE = "MIT (LICENSE in the repository, Copyright (c) 2026 Maxime Nguyen); copied verbatim"

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    return abs(D(p) - rnd(x, p)) <= unit(p)


def ln(x):
    return D(x).ln()


def exp(x):
    return D(x).exp()


CHECKS = []


def chk(cid, line, printed, true, ops=None, lo_hi=None, why=""):
    """Judge one printed number. ops: the value of the line's own expression from its printed operands when the
    operands are exact; lo_hi: the range of that expression when some operands are rounded earlier results."""
    assert printed in DOC[line - 1], (line, printed)
    p = D(printed)
    if lo_hi is not None:
        lo, hi = lo_hi
        ok = rnd(lo, p) <= p <= rnd(hi, p)
    elif ops is not None:
        ok = p == rnd(ops, p)
    else:
        ok = near(p, true)
    st = "right" if ok else "wrong"
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), status=st, why=why,
                       correct=str(rnd(true, p))))


h = D("0.5")  # helper for half-unit ranges


def rng(vals_fn, operands):
    """Range of an expression over its rounded operands (each operand (value, printed) varies by half a unit);
    the expressions used here are monotone in each operand, so the corners give the range."""
    import itertools
    corners = []
    for signs in itertools.product((-1, 1), repeat=len(operands)):
        xs = [D(v) + s * unit(v) / 2 for v, s in zip(operands, signs)]
        corners.append(vals_fn(*xs))
    return min(corners), max(corners)



# lines 122-125: error y - y_hat and squared error
for k, (y, yh, e, se) in enumerate((("1.0", "0.8", "0.2", "0.04"), ("0.0", "0.3", "-0.3", "0.09"),
                                     ("1.0", "0.9", "0.1", "0.01"), ("0.0", "0.1", "-0.1", "0.01"))):
    t = D(y) - D(yh)
    chk("err%d" % k, 122 + k, e, t)
    chk("sq%d" % k, 122 + k, se, t * t)
# line 128: (0.04 + 0.09 + 0.01 + 0.01)/4 = 0.15/4 = 0.0375
chk("mse_sum", 128, "0.15", D("0.15"), ops=D("0.04") + D("0.09") + D("0.01") + D("0.01"))
chk("mse", 128, "0.0375", D("0.0375"), ops=D("0.15") / 4)
# lines 468-472 ("Expected output" block): numerical and analytical derivative of (3 - 2w)^2 (the Difference column
# is a floating-point residue of the author's finite difference and is not a worked number; not judged)
for k, w in enumerate(("0.0", "0.5", "1.0", "1.5", "2.0")):
    t = -4 * (3 - 2 * D(w))
    pv = ("%.6f" % t).replace("-0.000000", "0.000000")
    chk("num%d" % k, 468 + k, pv, t)
# lines 509-512: L(w) = (3 - 2w)^2, eta = 0.1, w0 = 0
w = D(0)
for k in range(4):
    ln_no = 509 + k
    L = (3 - 2 * w) ** 2
    g = -4 * (3 - 2 * w)
    wn = w - D("0.1") * g
    row = DOC[ln_no - 1].split("|")
    pw, pL, pg = row[2].strip(), row[3].strip(), row[4].strip()
    upd = row[5].strip().strip("$")
    lhs, pnew = upd.rsplit("=", 1)
    pnew = pnew.strip()
    chk("w%d" % k, ln_no, pw, w)
    chk("L%d" % k, ln_no, pL, L)
    chk("g%d" % k, ln_no, pg, g)
    a, b = lhs.split(" - 0.1 ")
    b = b.replace("\\", "").replace("times", "").strip().strip("()")
    ops = D(a.strip()) - D("0.1") * D(b)
    chk("u%d" % k, ln_no, pnew, wn, ops=ops)
    w = wn
chk("lim1", 514, "1.5", D("1.5"))
# lines 538-541: L(w) = w^2 - 4w + 5, eta = 0.3, w0 = 0
w = D(0)
for k in range(4):
    ln_no = 538 + k
    L = w * w - 4 * w + 5
    g = 2 * w - 4
    wn = w - D("0.3") * g
    row = DOC[ln_no - 1].split("|")
    pw, pL, pg = row[2].strip(), row[3].strip(), row[4].strip()
    upd = row[5].strip().strip("$")
    lhs, pnew = upd.rsplit("=", 1)
    pnew = pnew.strip()
    chk("v%d" % k, ln_no, pw, w)
    chk("M%d" % k, ln_no, pL, L)
    chk("h%d" % k, ln_no, pg, g)
    a, b = lhs.split(" - 0.3(")
    ops = D(a.strip()) - D("0.3") * D(b.strip().rstrip(")"))
    chk("x%d" % k, ln_no, pnew, wn, ops=ops)
    w = wn
# line 545: L(2) = 4 - 8 + 5 = 1
chk("L2", 545, "1", D(1), ops=D(4) - 8 + 5)
# lines 1193-1195: y_hat = 3x and error y - y_hat
for k, (x, y) in enumerate(((1, 2), (2, 5), (3, 7))):
    chk("yh%d" % k, 1193 + k, str(3 * x), D(3 * x))
    chk("e%d" % k, 1193 + k, str(y - 3 * x), D(y - 3 * x))
# line 1197: MSE = (1 + 1 + 4)/3 = 2.0
chk("mse9", 1197, "2.0", D(2), ops=D(6) / 3)
# line 1202: -2/3 (-1 - 2 - 6) = -2/3 (-9) = 6.0
chk("s9", 1202, "-9", D(-9), ops=D(-1) - 2 - 6)
chk("g9", 1202, "6.0", D(6), ops=D(-2) / 3 * D(-9))
# line 1205: 3 - 0.01 x 6.0 = 2.94
chk("w9", 1205, "2.94", D("2.94"), ops=D(3) - D("0.01") * D("6.0"))


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:100]))
        for c in cs:
            print("            %-12s printed %-10s true %.10g -> %s" % (c["id"], c["printed"], c["true"], c["status"]))
        if bad:
            wrong.append(dict(line=n, page=None, printed=", ".join(c["printed"] for c in bad),
                              correct=", ".join(c["correct"] for c in bad), kind="first",
                              why="; ".join(c["why"] or "does not follow from its operands" for c in bad)))
        else:
            right.append(n)
    print("\n%d wrong lines, %d right lines" % (len(wrong), len(right)))
    return wrong, right


if __name__ == "__main__":
    wrong, right = report()
    if "--write-expected" in sys.argv:
        out = dict(file=DOCFILE, format=FORMAT, source=SOURCE, license=LICENSE, wrong=wrong, right=right)
        (HERE / "expected.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote expected.json")
