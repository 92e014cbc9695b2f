#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an equations-only excerpt of
bquast/bquast.github.io _posts/2018-04-25-backpropagation-by-hand.md ("Backpropagation: the simplest form",
Bastiaan Quast's Jekyll blog): one forward pass, error, weight update and new forward pass of a linear network
without activation, written as kramdown AsciiMath between escaped backticks (\\` X * w_1 = hat y_1 \\`).

Plain Python (decimal); does not import nnwalk or the generator.

Givens (doc.md lines 1, 4, 6): X = [[1,0],[0,1]], y = [[1],[0]], w_1 = [[0],[1]]. The post's own rules (lines 8,
12, 16, 20): hat y = X * w, delta_1 = hat y_1 - y, w_2 = w_1 - delta_1 (the gradient of 1/2 |Xw - y|^2 with
learning rate 1, since X is the identity), hat y_2 = X * w_2. Every computed entry is an integer; true values follow
those rules exactly.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  near(p, X)  <=>  |p - round(X to p's digits)| <= u
  1. the line shows p as the result of an expression of printed operands and p is not what they give -> wrong, first
  2. p is near the true value -> right; 3. an upstream printed value it depends on is wrong -> wrong, propagated
  (the full rule list is the one of the other folders, e.g. md_gmyhf_gfg_example_zh/recompute.py)
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/bquast/bquast.github.io/blob/38bf38083890b6fd2532c371c8cddfea07a0da77/"
          "_posts/2018-04-25-backpropagation-by-hand.md")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of only the lines that hold the post's "
           "AsciiMath equations, line for line, the other prose removed")
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



X = [[D(1), D(0)], [D(0), D(1)]]
y = [D(1), D(0)]
w1 = [D(0), D(1)]
yh1 = [sum(X[i][k] * w1[k] for k in range(2)) for i in range(2)]
d1 = [yh1[i] - y[i] for i in range(2)]
w2 = [w1[i] - d1[i] for i in range(2)]
yh2 = [sum(X[i][k] * w2[k] for k in range(2)) for i in range(2)]

ln = line_of("\\` hat y_1 = [[0],[1]] \\`")
chk("yh1a", ln, "0", yh1[0], explicit=False)
chk("yh1b", ln, "1", yh1[1], explicit=False)
ln = line_of("[[0],[1]] - [[1],[0]] = [[-1],[1]] = delta_1")
chk("d1a", ln, "-1", d1[0], ops=D(0) - D(1), up=["yh1a"], exact=True)
chk("d1b", ln, "1", d1[1], ops=D(1) - D(0), up=["yh1b"], exact=True)
ln = line_of("[[0],[1]] - [[-1],[1]] = [[1],[0]] = w_2")
chk("d1ar", ln, "-1", d1[0], up=["d1a"])
chk("w2a", ln, "1", w2[0], ops=D(0) - D(-1), up=["d1a"], exact=True)
chk("w2b", ln, "0", w2[1], ops=D(1) - D(1), up=["d1b"], exact=True)
ln = DOC.index("\\` [[1],[0]] \\`") + 1
chk("yh2a", ln, "1", yh2[0], up=["w2a", "w2b"], explicit=False)
chk("yh2b", ln, "0", yh2[1], up=["w2a", "w2b"], explicit=False)


NOTES = (
    "bquast.github.io 'Backpropagation: the simplest form' (2018, no license), so only the lines holding the post's "
    "AsciiMath equations are kept. A linear 2-1 network with X the identity, y = [[1],[0]], w_1 = [[0],[1]], "
    "delta = hat y - y and w_2 = w_1 - delta. Every printed result is right: hat y_1 = [[0],[1]], delta_1 = "
    "[[-1],[1]], w_2 = [[1],[0]], hat y_2 = [[1],[0]]. A clean document in kramdown AsciiMath (escaped backticks, "
    "nested-bracket matrices, 'hat y_1'), kept to measure false alarms."
)

if __name__ == "__main__":
    main()
