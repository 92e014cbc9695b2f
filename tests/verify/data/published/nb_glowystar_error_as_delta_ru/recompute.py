#!/usr/bin/env python3
"""Independent recomputation of every number printed in the saved output of doc.ipynb, the code cell of
GlowyStar/backpropagationmethod backpropagation.ipynb (a Russian lab notebook, "Метод обратного распространения
ошибки (backpropagation)": ten training steps of a one-layer 4-2 sigmoid network).

Plain Python (decimal at 60 digits); does not import nnwalk or the generator. Lines are lines of the stored .ipynb
file (its JSON text): each printed line of the stream output is one line of the output's "text" list.

Givens (the code cell): input x = (1, -1, 3, 2); weights W = [[0.5, -0.2, -0.2, 0.3], [-0.3, -0.1, 0.4, 0.5]]
(row k feeds output V_k); targets t = (1.0, 1.5); o_k = sigmoid(sum_j W_kj x_j), no bias;
E = 1/2 sum_k (t_k - o_k)^2; the step factor the code multiplies every change by, e + adw = 0.1 + 0.01 = 0.11, is
taken as the learning rate (the page's own choice); ten steps, each printed after it is taken.

True values: gradient descent on E with that learning rate, delta_k = (t_k - o_k) o_k (1 - o_k),
W_kj += 0.11 delta_k x_j, for ten steps (the error falls at every true step, so the code's stopping test never
fires). The page computes delta_k = E o_k (1 - o_k): the network's total error in place of the output's own error
(t_k - o_k), a conceptual mistake; every weight after the first step is therefore wrong, and everything computed
from those weights.

Judging rule (the corpus's one rule): no line prints its operands (every number is program output without its
working), so rule (b)/(c) applies: a bare float repr (16-17 significant digits) is right within 1e-12 relative of
the true value (float64 round-off); a value off from the truth is wrong, first where the page's own method
makes it so (the weights after step 0), propagated where it is computed from wrong weights.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
        python3 recompute.py --page              (redo the page's own method: reproduces every printed value)
"""
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/GlowyStar/backpropagationmethod/blob/1f3dea85a75fa670f10ccfcea13dc98257c95ac1/"
          "backpropagation.ipynb")
LICENSE = ("none (no LICENSE in the repository); doc.ipynb keeps only the notebook's last code cell with its saved "
           "output, unchanged, under a Markdown note of ours; the Markdown cells and the plotting cells are removed")
import json
import pathlib
import re
import sys
from decimal import Decimal as D
from decimal import getcontext

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")
NUM = re.compile(r"-?\d+\.\d+(?:e-?\d+)?")


def sig(z):
    return 1 / (1 + (-D(z)).exp())


X = [D(1), D(-1), D(3), D(2)]
T = [D("1.0"), D("1.5")]
W0 = [[D("0.5"), D("-0.2"), D("-0.2"), D("0.3")], [D("-0.3"), D("-0.1"), D("0.4"), D("0.5")]]
ETA = D("0.1") + D("0.01")


def forward(w):
    s = [sum(w[k][j] * X[j] for j in range(4)) for k in range(2)]
    o = [sig(v) for v in s]
    e = sum((T[k] - o[k]) ** 2 for k in range(2)) / 2
    return s, o, e


def step(w, page=False):
    s, o, e = forward(w)
    d = [(e if page else (T[k] - o[k])) * o[k] * (1 - o[k]) for k in range(2)]
    return [[w[k][j] + ETA * d[k] * X[j] for j in range(4)] for k in range(2)]


def run(page=False):
    """The weights, sums, outputs and error after 0, 1, ..., 10 steps."""
    w, out = W0, []
    for k in range(11):
        s, o, e = forward(w)
        out.append((w, s, o, e))
        w = step(w, page)
    return out


TRUE = run()
PAGE = run(page=True)
if "--page" in sys.argv:
    for k, (w, s, o, e) in enumerate(PAGE):
        print(k, [[float(v) for v in r] for r in w], [float(v) for v in s], [float(v) for v in o], float(e))
    sys.exit(0)
assert all(TRUE[k + 1][3] < TRUE[k][3] for k in range(10)), "the true error would not fall: the loop would stop"

CHECKS = []


def close(p, t):
    return abs(D(p) - t) <= D("1e-12") * max(abs(t), D("1e-300"))


def judge(line, printed, true, upstream_bad, why):
    """Rule (b)/(c) for a bare float repr."""
    assert printed in DOC[line - 1], (line, printed)
    if close(printed, true):
        st, kind = "right", None
    elif upstream_bad:
        st, kind = "wrong", "propagated"
    else:
        st, kind = "wrong", "first"
    CHECKS.append(dict(line=line, printed=printed, true=true, status=st, kind=kind, why=why))
    return st == "wrong"


def out_lines():
    """(1-based line, text) of the printed output of the code cell, in order."""
    nb = json.loads((HERE / DOCFILE).read_text(encoding="utf-8"))
    text = [t for c in nb["cells"] if c["cell_type"] == "code" for o in c.get("outputs", []) for t in o.get("text", [])]
    lines, start = [], 0
    for t in text:
        needle = json.dumps(t, ensure_ascii=False)
        for i in range(start, len(DOC)):
            if DOC[i].strip().rstrip(",") == needle:
                lines.append((i + 1, t))
                start = i + 1
                break
        else:
            raise SystemExit("output line not found: %r" % t)
    return lines


block = -1
bad_w = False
for ln, t in out_lines():
    if "Старые результы" in t:
        block = 0
        continue
    m = re.search(r"Новые результы_(\d+)", t)
    if m:
        block = int(m.group(1)) + 1
        continue
    if block < 0:
        continue
    w, s, o, e = TRUE[block]
    if t.startswith("Веса:"):
        if block == 0:
            continue  # the given weights
        nums = NUM.findall(t)
        assert len(nums) == 8, t
        flat = [w[k][j] for k in range(2) for j in range(4)]
        prev_bad = bad_w
        bad = False
        for p, tv in zip(nums, flat):
            bad |= judge(ln, p, tv, prev_bad,
                         "after %d step(s) of gradient descent the weights are %s; the page's delta uses the network "
                         "error E in place of t_k - o_k" % (block, [[str(round(v, 10)) for v in r] for r in w])
                         if not prev_bad else "computed from the wrong weights of the step before")
        bad_w = bad
    elif t.startswith("Сумма нейрона V"):
        k = int(t[len("Сумма нейрона V")])
        nums = NUM.findall(t)
        assert len(nums) == 2, t
        judge(ln, nums[0], s[k], bad_w, "net input from the wrong weights (true %s)" % round(s[k], 10))
        judge(ln, nums[1], o[k], bad_w, "output from the wrong weights (true %s)" % round(o[k], 10))
    elif t.startswith("Ошибка сети:"):
        nums = NUM.findall(t)
        judge(ln, nums[0], e, bad_w, "error from the wrong weights (true %s)" % round(e, 12))


def report():
    wrong, right = [], []
    for n in sorted({c["line"] for c in CHECKS}):
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:110]))
        for c in cs:
            print("            printed %-22s true %.16g -> %s%s" % (c["printed"], c["true"], c["status"],
                                                                  " (" + c["kind"] + ")" if c["kind"] else ""))
        if bad:
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join("%.10g" % c["true"] for c in bad),
                          "kind": "first" if any(c["kind"] == "first" for c in bad) else "propagated",
                          "why": "; ".join(dict.fromkeys(c["why"] for c in bad))})
        else:
            right.append(n)
    return wrong, right


NOTES = (
    "A Russian lab notebook (GlowyStar/backpropagationmethod, 2023; no license, so only the last code cell with its "
    "saved output is kept): a one-layer 4-2 sigmoid network, x = (1, -1, 3, 2), targets (1.0, 1.5), trained for ten "
    "steps with the step factor e + adw = 0.11, every state printed as bare Python float reprs (weights as a nested "
    "list, 'Сумма нейрона V0: s Значение нейрона V1: o', 'Ошибка сети: E'). The starting sums, outputs and error are "
    "right (0.6999999999999998 is 0.7 in float64). The page's delta is E o (1 - o) - the network's total error in "
    "place of the output's own error t - o - so the weights after the first step are wrong (first) and every later "
    "state is computed from wrong weights (propagated); `python3 recompute.py --page` redoes the page's method and "
    "reproduces its numbers. Close call: the learning rate is taken as the code's factor 0.1 + 0.01 (e + adw); with "
    "0.1 the verdicts are the same. Both output lines are labelled 'Значение нейрона V1' by the page; the values "
    "are V0's and V1's."
)


def main():
    wrong, right = report()
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


if __name__ == "__main__":
    main()
