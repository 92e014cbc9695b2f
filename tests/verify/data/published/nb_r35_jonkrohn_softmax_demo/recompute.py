#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, jonkrohn/DLTFpT
notebooks/softmax_demo.ipynb (verbatim, MIT): the softmax of three logits z = [-1.0, 1.0, 5.0] worked one step per
code cell - e^{z_i}, their sum, and each probability e^{z_i}/sum - every result a saved execute_result (a bare Python
float repr). `line` numbers are 1-based lines of the raw .ipynb JSON file (as `grep -n` shows them).

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Givens: z = [-1.0, 1.0, 5.0] (line 32).  True values: exp(z_i) exactly, total = sum of the three, p_i = exp(z_i)/total.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on that line must redo from them;
  (b) a value printed without its working is right within one unit of its last digit of the true value, or when it
      follows from printed correct operands; a float repr (12 or more significant digits) is right within 1e-9
      relative (the convention of the corpus's other notebook folders, e.g. nb_r12_osiichuk_shared_bias_clean);
  (c) a restated wrong value is wrong, propagated.
Every line printing a computed number is listed; the code lines (which print no number but the givens) are neither.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/jonkrohn/DLTFpT/blob/35438188d169ed692874a4e9e501ece68f4c51df/"
          "notebooks/softmax_demo.ipynb")
LICENSE = "MIT (LICENSE at the repository root, Copyright (c) 2019 Jon Krohn); doc.ipynb is the notebook verbatim, byte for byte"
import json
import pathlib
import sys
from decimal import ROUND_HALF_EVEN, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    """1-based line of the raw file holding `sub` (its nth hit); fails loudly when absent."""
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def sig(z):
    return 1 / (1 + (-D(z)).exp())


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_EVEN)


def sigdigits(p):
    return len(D(p).normalize().as_tuple().digits)


def near(p, x):
    """A printed number p is right for the value x: a float repr (12+ significant digits) within 1e-9
    relative (the corpus's float-repr convention); any other within one unit of its last printed digit."""
    p = D(p)
    if sigdigits(p) >= 12:
        return abs(p - D(x)) <= abs(D(x)) * D("1e-9")
    return abs(p - rnd(x, p)) <= unit(p)


CHECKS, STATUS = [], {}


def chk(cid, line, printed, true, ops=None, up=(), why=""):
    """Judge one printed number.  `true` is the exact value from the givens; `ops` (if the line shows its working)
    is the value the line's own printed operands give (rule a); `up` names the checks it depends on (rule c)."""
    assert printed in DOC[line - 1], (line, printed, DOC[line - 1])
    ok_ops = ops is None or near(printed, ops)
    if not ok_ops:
        st, kind = "wrong", "first"
    elif near(printed, true):
        st, kind = "right", None
    elif any(STATUS.get(u) == "wrong" for u in up):
        st, kind = "wrong", "propagated"
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), ops=ops, status=st, kind=kind, why=why))


def report():
    wrong, right = [], []
    for n in sorted({c["line"] for c in CHECKS}):
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:100]))
        for c in cs:
            print("            %-12s printed %-24s true %.12g -> %s" % (c["id"], c["printed"], c["true"], c["status"]))
        if bad:
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(str(rnd(c["true"], c["printed"])) for c in bad),
                          "kind": "first" if any(c["kind"] == "first" for c in bad) else "propagated",
                          "why": "; ".join(c["why"] or "restates a wrong value" for c in bad)})
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
z = [D("-1.0"), D("1.0"), D("5.0")]
assert line_of('"z = [-1.0, 1.0, 5.0]"')
e = [v.exp() for v in z]
total = sum(e)
p = [v / total for v in e]

chk("exp_z0", line_of('"0.36787944117144233"'), "0.36787944117144233", e[0])
chk("exp_z1", line_of('"2.718281828459045"'), "2.718281828459045", e[1])
chk("exp_z2", line_of('"148.4131591025766"'), "148.4131591025766", e[2])
chk("total", line_of('"151.49932037220708"'), "151.49932037220708", total, up=("exp_z0", "exp_z1", "exp_z2"))
chk("p0", line_of('"0.0024282580295913376"'), "0.0024282580295913376", p[0], up=("exp_z0", "total"))
chk("p1", line_of('"0.017942534803329194"'), "0.017942534803329194", p[1], up=("exp_z1", "total"))
chk("p2", line_of('"0.9796292071670795"'), "0.9796292071670795", p[2], up=("exp_z2", "total"))
assert abs(sum(D(x) for x in ("0.0024282580295913376", "0.017942534803329194", "0.9796292071670795")) - 1) < D("1e-15")

NOTES = ("Jon Krohn's companion notebook to 'Deep Learning Illustrated' / 'Deep Learning with TensorFlow, Keras and "
         "PyTorch' (lesson on the softmax output layer): the softmax of z = [-1.0, 1.0, 5.0] worked by hand in one "
         "code cell per step, each result a saved execute_result shown as a bare Python float repr on its own JSON "
         "line (lines 43, 63, 83: e^-1, e^1, e^5; line 112: their sum 151.49932037220708; lines 132, 152, 172: the "
         "three probabilities). No wrong line: every repr equals the exact value to about 1e-16 relative, and the three "
         "probabilities sum to 1 (0.0024 + 0.0179 + 0.9796). The folder measures false alarms on bare float reprs "
         "whose working sits in a different cell (the source lines 'exp(z[0])/total' print no number). The notebook "
         "has no Markdown working; the givens are the one code line z = [-1.0, 1.0, 5.0] (line 32), which is in "
         "neither list, nor is the symbolic line 101 (total = exp(z[0]) + exp(z[1]) + exp(z[2])).")

if __name__ == "__main__":
    main()
