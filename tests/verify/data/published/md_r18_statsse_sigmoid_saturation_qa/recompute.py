#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, the Cross Validated (stats.stackexchange.com)
question 490374 "Backpropogation Derivatives" and its first answer, as the stored copy of the page gives them: a
1-1-1 sigmoid network's output weight gradient with a saturated sigmoid.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (doc.md line 7): y = 0, w^l = 0.8, a^{l-1} = 62.5; sigmoid activation, C = (a^l - y)^2, dC/dw^l =
2 (a^l - y) sigma(z^l)(1 - sigma(z^l)) a^{l-1} (line 5). True values: z^l = w^l a^{l-1} = 50, a^l = sigma(50) =
1 - 1.9e-22, C = 0.99999..., dC/dw^l = 2.4e-20.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  near(p, X)  <=>  |p - round(X to p's digits)| <= u
  (a) a line that prints p as the result of an expression of operands printed on that line is right only if the
      expression redone from those numbers rounds to p at p's digits (exact operands); otherwise wrong (first);
  (b) a value printed without its working is right when near its true value, or when it follows from printed
      correct operands; (c) restated or recomputed consequences of a wrong value are wrong (propagated).
Lines that only give inputs, counts or claims without a computed number are neither.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = "https://stats.stackexchange.com/questions/490374/backpropogation-derivatives"
LICENSE = ("CC BY-SA 4.0 (Stack Exchange user contributions); doc.md is the question and the first answer verbatim "
           "as the stored copy of the page gives them (the answer is cut after its P.S. where that copy ends)")
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


# ---------------- exact values from the givens ----------------
y, w, aprev = D(0), D("0.8"), D("62.5")
z = w * aprev
a = sig(z)
C = (a - y) ** 2
grad = 2 * (a - y) * a * (1 - a) * aprev

ln = line_of("So I have defined the variables above so that")
chk("a", ln, "1", a, explicit=False)
chk("z", ln, "50", z, ops=w * aprev, explicit=False)
chk("C", ln, "1", C, ops=(D(1) - 0) ** 2, explicit=False)
chk("grad", ln, "0", grad, ops=2 * (D(1) - 0) * 1 * (1 - 1) * aprev, explicit=False)
ln = line_of("Actually, $$a^l=")
chk("zr", ln, "50", z, up=["z"])


NOTES = (
    "A Cross Validated question (CC BY-SA 4.0, kept verbatim as the stored page gives it, with its first answer up "
    "to where that copy ends) on a saturated sigmoid: the asker lists a^l = 1, y = 0, z^l = 50, C = 1, w^l = 0.8, "
    "a^{l-1} = 62.5 on one line (line 7) and says the gradient comes out 0. z^l = 0.8 x 62.5 = 50 exactly; a^l = "
    "sigma(50) = 1 - 1.9e-22 is 1 at the printed (integer) precision; C = 1; the gradient 2.4e-20 is 0 at integer "
    "precision: all right (close call for a^l and C: exactly they are below 1, as the answer says, but within one "
    "unit of an integer). Line 13 restates z = 50 in sigma(50) and states sigma(50) != 1, which is true and no "
    "computed value; line 14 (exp(-50) underflows, 'can be 1 in finite precision') prints no computed number and is "
    "neither; line 5's 2 and line 3's counts are constants."
)

if __name__ == "__main__":
    main()
