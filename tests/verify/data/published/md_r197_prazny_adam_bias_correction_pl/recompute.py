#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an EXCERPT (equations and numbers only) of
"Pytanie 17: Algorytmy deterministyczne uczenia sieci neuronowych." (17-algorytmy-deterministyczne-uczenia.md) of
github.com/prazny/ex-knowledge, Polish exam notes by Patryk Razny. The repository has no license, so doc.md keeps
only the Adam bias-correction table and the one-step Adam example (see SOURCE.md for the line map).

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

What is computed:
  * table, beta1 = 0.9, beta2 = 0.999, t in {1, 5, 10, 50, 100, 1000}: 1 - beta1^t, 1 - beta2^t and the bias-correction
    multipliers 1/(1 - beta1^t), 1/(1 - beta2^t);
  * one Adam step: w0 = 2.0, g = 0.5, eta = 0.001: m1, v1, m1_hat, v1_hat, w1.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers rounds to p (a rounded printed operand may be taken anywhere within half a unit; givens exact);
  (b) a value printed without working is right within one unit of the true value, or when it follows from printed
      correct operands;
  (c) a restated wrong value is wrong, propagated.
A multiplier in the table is printed next to its denominator 1 - beta^t, so it is right when it is within one unit of
1/(1 - beta^t) or when it is 1/x rounded for some x within half a unit of the printed (correct) denominator.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/prazny/ex-knowledge/blob/87ec62c13768dd5704ae5d4460ee5002c97dd9b0/"
          "17-algorytmy-deterministyczne-uczenia.md")
LICENSE = ("none found (no LICENSE file, README states none): doc.md is an excerpt of the worked equations and "
           "numbers only (original lines 446-456, 461 cut to its givens, 462-465, 467, 469, 471, 473), no prose")
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    """1-based line of the nth line of the document containing sub; fails loudly."""
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    """rule (b): within one unit of p's last digit of the true value."""
    return abs(D(p) - rnd(x, p)) <= unit(p)


def hits(p, lo, hi):
    """rule (a): p = round(v) for some v in [lo, hi] (monotone expression evaluated at the interval ends)."""
    a, b = min(D(lo), D(hi)), max(D(lo), D(hi))
    p = D(p)
    return rnd(a, p) <= p <= rnd(b, p)


CHECKS = []


def add(cid, line, printed, true, ok, why, where=None):
    """where: the text around the printed number that must be on the line (default: the number itself)."""
    assert (where or printed) in DOC[line - 1], (cid, line, where or printed, DOC[line - 1])
    CHECKS.append({"id": cid, "line": line, "printed": printed, "true": D(true), "status": "right" if ok else "wrong",
                   "kind": None if ok else "first", "why": why, "correct": str(rnd(true, printed))})


B1, B2 = D("0.9"), D("0.999")
assert r"Dla $\beta_1 = 0.9$, $\beta_2 = 0.999$:" in DOC[line_of("Dla $\\beta_1") - 1]

# ---------------------------------------------------------------- bias-correction table
for t in (1, 5, 10, 50, 100, 1000):
    n = line_of("| %d | " % t)
    cells = [c.strip() for c in DOC[n - 1].strip().strip("|").split("|")]
    assert cells[0] == str(t), (n, cells)
    c1, c2, f1, f2 = cells[1], cells[2], cells[3].lstrip("×"), cells[4].lstrip("×")
    d1, d2 = 1 - B1 ** t, 1 - B2 ** t
    add("t%d 1-b1^t" % t, n, c1, d1, near(c1, d1), "1 - 0.9^%d = %s" % (t, rnd(d1, D("0.000001"))))
    add("t%d 1-b2^t" % t, n, c2, d2, near(c2, d2), "1 - 0.999^%d = %s" % (t, rnd(d2, D("0.000001"))))
    for name, f, d, c in (("m", f1, d1, c1), ("v", f2, d2, c2)):
        true = 1 / d
        h = unit(c) / 2
        from_printed = near(c, d) and hits(f, 1 / (D(c) + h), 1 / (D(c) - h))
        ok = near(f, true) or from_printed
        add("t%d mult_%s" % (t, name), n, f, true, ok,
            "1/(1 - %s^%d) = %s%s" % ("0.9" if name == "m" else "0.999", t, rnd(true, D("0.0001")),
                                      "" if near(f, true) else
                                      " (printed value follows from the printed denominator %s: 1/%s = %s)"
                                      % (c, c, rnd(1 / D(c), D("0.0001")))))

# ---------------------------------------------------------------- one Adam step
W0, G, ETA, EPS = D("2.0"), D("0.5"), D("0.001"), D("1e-8")
assert r"$w_0 = 2.0$, $\nabla L(w_0) = 0.5$, $\eta = 0.001$" in DOC[line_of("$w_0 = 2.0$") - 1]
m1 = B1 * 0 + (1 - B1) * G
v1 = B2 * 0 + (1 - B2) * G ** 2
mh, vh = m1 / (1 - B1), v1 / (1 - B2)
w1 = W0 - ETA * mh / (vh.sqrt() + EPS)

n = line_of(r"$m_1 = 0.9 \cdot 0 + 0.1 \cdot 0.5 = ")
add("m1", n, "0.05", m1, hits("0.05", D("0.1") * D("0.5"), D("0.1") * D("0.5")), "0.9*0 + 0.1*0.5 = 0.05")
n = line_of(r"$v_1 = 0.999 \cdot 0 + 0.001 \cdot 0.5^2 = ")
add("v1", n, "0.00025", v1, hits("0.00025", D("0.001") * D("0.25"), D("0.001") * D("0.25")),
    "0.999*0 + 0.001*0.5^2 = 0.00025")
n = line_of(r"$\hat{m}_1 = \frac{0.05}{1 - 0.9^1}")
add("1-b1", n, "0.1", 1 - B1, near("0.1", 1 - B1), "1 - 0.9 = 0.1")
add("mhat1", n, "0.5", mh, hits("0.5", D("0.05") / D("0.1"), D("0.05") / D("0.1")), "0.05/0.1 = 0.5",
    where=r"\frac{0.05}{0.1} = 0.5$")
n = line_of(r"$\hat{v}_1 = \frac{0.00025}{1 - 0.999^1}")
add("1-b2", n, "0.001", 1 - B2, near("0.001", 1 - B2), "1 - 0.999 = 0.001", where=r"\frac{0.00025}{0.001}")
add("vhat1", n, "0.25", vh, hits("0.25", D("0.00025") / D("0.001"), D("0.00025") / D("0.001")),
    "0.00025/0.001 = 0.25", where=r"\frac{0.00025}{0.001} = 0.25$")
n = line_of(r"$w_1 = 2.0 - 0.001 \cdot \frac{0.5}{\sqrt{0.25} + 10^{-8}}")
add("sqrt", n, "0.5", D("0.25").sqrt() + EPS, near("0.5", D("0.25").sqrt() + EPS),
    "sqrt(0.25) + 1e-8 = 0.50000001, shown as 0.5", where=r"\frac{0.5}{0.5}")
add("step", n, "0.001", ETA * mh / (vh.sqrt() + EPS),
    near("0.001", ETA * mh / (vh.sqrt() + EPS)), "0.001 * 0.5/0.5 = 0.001 (0.00099999998 with epsilon)",
    where="= 2.0 - 0.001 = 1.999$")
add("w1", n, "1.999", w1, hits("1.999", D("2.0") - D("0.001"), D("2.0") - D("0.001")) and near("1.999", w1),
    "2.0 - 0.001 = 1.999 (exactly 1.99900000002 with epsilon)")


def report_and_write(notes):
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:100]))
        for c in cs:
            print("            %-12s printed %-10s true %-24s -> %s" % (c["id"], c["printed"], "%.12g" % c["true"],
                                                                      c["status"]))
        if bad:
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(c["correct"] for c in bad), "kind": "first",
                          "why": "; ".join(c["why"] for c in bad)})
        else:
            right.append(n)
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": notes}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


NOTES = ("Clean excerpt. Table (beta1 = 0.9, beta2 = 0.999): 1 - 0.9^t = 0.1, 0.40951, 0.65132, 0.99485, 0.99997, "
         "1.0000 and 1 - 0.999^t = 0.001, 0.004990, 0.009955, 0.048794, 0.095208, 0.632305 all round to the printed "
         "values. Multipliers: x10.0, x2.44, x1.54, x1.01, x1.00, x1.00 and x1000.0, x10.5, x1.58 are right to the "
         "unit; three v-hat multipliers are close calls: x200.0 (true 1/0.004990 = 200.40) and x100.0 (true "
         "1/0.009955 = 100.45) are 4 units off the truth but follow exactly from the printed, correct denominators "
         "0.005 and 0.010 on the same row (1/0.005 = 200, 1/0.010 = 100), and x20.4 (true 20.494, from 0.049 -> "
         "20.41) is within one unit -- all right under rules (a)/(b). Adam step: m1 = 0.05, v1 = 0.00025, "
         "m_hat = 0.5, v_hat = 0.25, w1 = 2.0 - 0.001 = 1.999 (1.99900000002 with epsilon) are right. Givens: "
         "beta1, beta2, t, w0 = 2.0, g = 0.5, eta = 0.001, eps = 1e-8.")

if __name__ == "__main__":
    report_and_write(NOTES)
