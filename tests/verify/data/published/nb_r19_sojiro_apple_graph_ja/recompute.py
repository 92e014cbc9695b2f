#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, the backpropagation-section code cells
(with their saved outputs) of SojiroNishimura/deeplearning-from-scratch chapter5.ipynb ("誤差逆伝播法", a Japanese
study notebook of the book "ゼロから作るDeep Learning", chapter 5): the forward and backward pass of the book's
computational-graph examples (two apples at 100 yen with 10 % tax; two apples and three oranges at 150 yen).

Plain Python (decimal at 60 digits); does not import nnwalk or the generator. `line` is the 1-based line of the raw
.ipynb file (what grep -n shows).

Givens (the code cells): apple = 100, apple_num = 2, orange = 150, orange_num = 3, tax = 1.1; price = (apple x
apple_num + orange x orange_num) x tax; dprice = 1 and the multiply node's backward swaps its inputs (dx = dout y,
dy = dout x), the add node passes dout on. True values follow exactly: 220; dapple = 2.2, dapple_num = 110, dtax =
200; 715; dapple_num = 110, dapple = 2.2, dorange = 3.3, dorange_num = 165, dtax = 650.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  near(p, X)  <=>  |p - round(X to p's digits)| <= u
  A printed program output shows no working: it is right when near its true value, or when it follows (near) from
  the printed correct values it is computed from; wrong otherwise. Float dumps (15 or more significant digits,
  e.g. 220.00000000000003) are Python's repr of an IEEE double: such a value is right when it equals the exact
  result to 1e-15 relative, double-precision rounding being no error of the author. Lines that only restate inputs
  (the ReLU cell's input matrix and boolean mask) are neither.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/SojiroNishimura/deeplearning-from-scratch/blob/"
          "105c0d465fa04f42b65864a7f3b9b1a03f7b1c2d/chapter5.ipynb")
LICENSE = ("none (no LICENSE in the repository); doc.ipynb keeps only the backpropagation section's code cells with "
           "their saved outputs, unchanged and in order, under a Markdown cell of ours; the Markdown (prose) cells and "
           "the later cells are removed")
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


def chk(cid, line, printed, true, ops=None, up=(), method=False, why="", correct=None, explicit=True, exact=False):
    """Judge one printed number (rules in the module docstring)."""
    assert printed in DOC[line - 1], (line, printed)
    p = D(printed)
    if ops is None and up and explicit:
        ops = p  # a restated value: it carries the status of the value it copies (rules 3 and 5)
    # exact=True: the printed operands are exact (not rounded), so a reader redoing the line gets one rounding of
    # it and nothing else: the strict own-arithmetic rule of the other folders (readme_simple_bp_en, tex_lmu_i2dl_xor,
    # tex_smaxx73_session6_solutions)
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




def chk_float(cid, line, printed, true, why=""):
    """A float repr: right when it equals the exact value to 1e-15 relative (double rounding), else judged by chk."""
    p = D(printed)
    t = D(true)
    if t != 0 and abs(p - t) / abs(t) <= D("1e-15"):
        assert printed in DOC[line - 1], (line, printed)
        STATUS[cid] = "right"
        CHECKS.append(dict(id=cid, line=line, printed=printed, true=t, ops=None, status="right", kind=None,
                           why=why, correct=str(t)))
    else:
        chk(cid, line, printed, true, why=why)


# ---------------- exact values from the givens ----------------
apple, apple_num, orange, orange_num, tax = D(100), D(2), D(150), D(3), D("1.1")
price1 = apple * apple_num * tax
dtax1 = apple * apple_num
dapple_price1 = tax
dapple1, dapple_num1 = dapple_price1 * apple_num, dapple_price1 * apple
price2 = (apple * apple_num + orange * orange_num) * tax
dtax2 = apple * apple_num + orange * orange_num
dapple2, dapple_num2 = tax * apple_num, tax * apple
dorange2, dorange_num2 = tax * orange_num, tax * orange

ln = line_of('"220.00000000000003\\n"')
chk_float("price1", ln, "220.00000000000003", price1)
ln = line_of('"2.2 110.00000000000001 200\\n"')
chk("dapple1", ln, "2.2", dapple1)
chk_float("dapple_num1", ln, "110.00000000000001", dapple_num1)
chk("dtax1", ln, "200", dtax1)
ln = line_of('"715.0000000000001\\n"')
chk_float("price2", ln, "715.0000000000001", price2)
ln = line_of('"110.00000000000001 2.2 3.3000000000000003 165.0 650\\n"')
chk_float("dapple_num2", ln, "110.00000000000001", dapple_num2)
chk("dapple2", ln, "2.2", dapple2)
chk_float("dorange2", ln, "3.3000000000000003", dorange2)
chk("dorange_num2", ln, "165.0", dorange_num2)
chk("dtax2", ln, "650", dtax2)


NOTES = (
    "A Japanese study notebook of 'ゼロから作るDeep Learning' chapter 5 (SojiroNishimura/deeplearning-from-scratch, "
    "chapter5.ipynb, Colab, 2019; no license, so only the backpropagation section's code cells with their saved "
    "outputs are kept, unchanged). The book's computational-graph examples: the forward price and the backward "
    "derivatives through multiply and add nodes, printed by Python as bare floats with double-precision noise "
    "(220.00000000000003, 110.00000000000001, 3.3000000000000003) and several values on one line. Every number is "
    "right (the float dumps equal the exact values to 1e-15 relative). No wrong line: this folder measures false "
    "alarms on float reprs and multi-value print lines."
)

if __name__ == "__main__":
    main()
