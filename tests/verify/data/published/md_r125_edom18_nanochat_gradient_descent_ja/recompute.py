#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, a verbatim copy of
edom18/nanochat doc/math/05-gradient-descent.md ("数学05: 勾配降下法", a Japanese study chapter kept in a fork of
karpathy/nanochat): derivative of x^2 at 3, gradient of x^2 + 2y^2 at (3, 2) (by hand and as PyTorch `# tensor(...)`
comments), one gradient-descent step theta - eta * grad for eta = 0.01 and 0.5, and the end points of nanochat's
Muon momentum schedule.

Plain Python 3 with fractions (every number here is exact); imports nothing from nnwalk.

Judging rule (p a printed number, u one unit in its last digit):
  (a) a line that prints p as the result of an expression of numbers printed on that line is right only when redoing
      it from those numbers rounds to p at p's digits; otherwise wrong, first;
  (b) a value printed without its working is right within one unit of its last digit of the true value, or when it
      follows from printed correct operands;
  (c) a restated wrong value is wrong, propagated.
Usage: python3 recompute.py [--write-expected]
"""
import json
import sys
from fractions import Fraction as F
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/edom18/nanochat/blob/851985ae33a0cd2c35859cbcec67880b7c8ec969/"
          "doc/math/05-gradient-descent.md")
LICENSE = "MIT"
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("text not found (%d hits, wanted #%d): %r" % (len(hits), nth, sub))
    return hits[nth - 1]


def unit(p):
    s = p.lstrip("+-")
    if s.endswith(".") or "." not in s:
        return F(1)
    return F(1, 10 ** len(s.split(".")[1]))


def value(p):
    return F(p.rstrip("."))


results = []


def check(sub, printed, trues, why, nth=1):
    ln = line_of(sub, nth)
    for p in printed:
        assert p in DOC[ln - 1], (ln, p)
    ok = all(abs(value(p) - t) <= unit(p) for p, t in zip(printed, trues))
    results.append((ln, ", ".join(printed), ", ".join(str(float(t)) for t in trues), ok, why))


def main():
    # 5.3.1  f(x) = x^2, df/dx = 2x at x = 3
    d1 = 2 * F(3)
    check("x = 3 のとき、df/dx = 6", ["6"], [d1], "2 * 3")
    check("f(x)は6倍の速さで増える", ["6"], [d1], "restates df/dx = 6")
    check("print(x.grad)  # tensor(6.)", ["6."], [d1], "x.grad of x**2 at 3")
    # 5.3.2  f = x^2 + 2y^2, grad = [2x, 4y] at (3, 2)
    gx, gy = 2 * F(3), 4 * F(2)
    check("(x, y) = (3, 2) のとき、∇f = [6, 8]", ["6", "8"], [gx, gy], "[2*3, 4*2]")
    check("# tensor(6.)", ["6."], [gx], "df/dx at (3, 2)", nth=2)
    check("# tensor(8.)", ["8."], [gy], "df/dy at (3, 2)")
    # 5.4.2  theta = 10.0, grad = 4.0
    check("print(theta_new1)  # 9.96", ["9.96"], [F(10) - F("0.01") * 4], "10.0 - 0.01 * 4.0")
    check("print(theta_new2)  # 8.0", ["8.0"], [F(10) - F("0.5") * 4], "10.0 - 0.5 * 4.0")
    # 5.10  momentum = (1 - frac) * 0.85 + frac * 0.95, frac = min(it / 300, 1)
    m0 = (1 - 0) * F("0.85") + 0 * F("0.95")
    m1 = (1 - 1) * F("0.85") + 1 * F("0.95")
    check("最初の300ステップで0.85から0.95に増加", ["0.85", "0.95"], [m0, m1], "momentum at it = 0 and it >= 300")

    wrong, right = [], []
    for ln, printed, correct, ok, why in results:
        print("%4d %-5s printed %-12s true %-12s %s" % (ln, "ok" if ok else "WRONG", printed, correct, why))
        if ok:
            right.append(ln)
        else:
            wrong.append({"line": ln, "page": None, "printed": printed, "correct": correct, "kind": "first",
                          "why": why})
    assert len(set(right)) == len(right)
    print("wrong %d, right %d" % (len(wrong), len(right)))
    if "--write-expected" in sys.argv:
        notes = ("Verbatim MIT-licensed Japanese chapter on gradient descent; a clean document (no wrong line), "
                 "kept to measure false alarms. Every computed number is an exact small value: df/dx = 6 for x^2 "
                 "at 3, the gradient [6, 8] of x^2 + 2y^2 at (3, 2) and the matching PyTorch comments tensor(6.) / "
                 "tensor(8.), one step 10.0 - 0.01*4.0 = 9.96 and 10.0 - 0.5*4.0 = 8.0, and the Muon momentum "
                 "schedule's end points 0.85 -> 0.95. Not judged: hyper-parameters and code constants "
                 "(learning_rate = 0.01, beta = 0.9, decay_rate = 0.5, warmdown_ratio = 0.2, grad_clip = 1.0, "
                 "'LR = 1.0' of the constant phase), source-file line references such as base_train.py:148-157, "
                 "and the axis labels of the ASCII plots (1.0, 0.0, 0%, 80%, 100%).")
        out = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE, "wrong": wrong,
               "right": sorted(right), "notes": notes}
        (HERE / "expected.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("wrote expected.json")


if __name__ == "__main__":
    main()
