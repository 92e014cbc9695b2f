#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, the German lecture demo
"Logistische Regression (Demo)" of the KI course of HSBI (Hochschule Bielefeld) and TDU (Turkish-German University):
logistic regression on the first two Iris classes with the two sepal features, fixed start weights
w = [-3.5, 1.5, -1.3] (bias, x_1, x_2), predictions h = expit(w.x), binary cross-entropy per example, the cost,
the per-example gradients dw0 = a - y, dw1 = (a - y) x_1, dw2 = (a - y) x_2, their means and the vectorised
gradient, then a gradient step with lr = 0.01 and a "repeat this cell" training loop.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last printed digit):
  (a) a line printing p as the result of an expression of numbers printed on it: right only when redoing it from
      those numbers rounds to p (rounded operands within half a unit, givens exact);
  (b) a value printed without working, or restated: right within one unit of the true value, or when it follows from
      printed correct operands;
  (c) a restated wrong value is wrong, propagated.
Every output here is a bare pandas / numpy / f-string dump (rule b). The true values are computed from the givens:
the start weights of the notebook and the 100 Iris rows it selects (sepal length, sepal width, class 0/1). The rows
are embedded below (Fisher's Iris data as shipped in scikit-learn's iris.csv); the twelve rows the notebook prints
are checked against them. Full-precision float reprs (16-17 significant digits) are the float64 results of the
page's own code; they are judged right when they differ from the exact value only by float64 rounding (at most
4 ulp relative, 4 * 2**-52 * |true|).

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import re
import sys
from decimal import Decimal as D
from decimal import ROUND_HALF_EVEN, getcontext

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/Artificial-Intelligence-HSBI-TDU/KI-Vorlesung/blob/"
          "1765d718dc6c6ec0ea966bd006023f8e229e9627/lecture/nn/files/Logistische_Regression.ipynb")
LICENSE = ("CC BY-SA 4.0 (repository LICENSE.md and readme: 'Unless otherwise noted, this work by Canan Yildiz, "
           "Carsten Gips and contributors is licensed under CC BY-SA 4.0'); doc.ipynb is the notebook verbatim, "
           "byte for byte")
RAW = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")
RESULTS = {}
UNJUDGED = {}

# ---- givens: the notebook's data set (iris.data[iris.target < 2][:, [0, 1]], iris.target[iris.target < 2]) ----
SEPAL_LENGTH = ("5.1 4.9 4.7 4.6 5.0 5.4 4.6 5.0 4.4 4.9 5.4 4.8 4.8 4.3 5.8 5.7 5.4 5.1 5.7 5.1 5.4 5.1 4.6 5.1 4.8 "
                "5.0 5.0 5.2 5.2 4.7 4.8 5.4 5.2 5.5 4.9 5.0 5.5 4.9 4.4 5.1 5.0 4.5 4.4 5.0 5.1 4.8 5.1 4.6 5.3 5.0 "
                "7.0 6.4 6.9 5.5 6.5 5.7 6.3 4.9 6.6 5.2 5.0 5.9 6.0 6.1 5.6 6.7 5.6 5.8 6.2 5.6 5.9 6.1 6.3 6.1 6.4 "
                "6.6 6.8 6.7 6.0 5.7 5.5 5.5 5.8 6.0 5.4 6.0 6.7 6.3 5.6 5.5 5.5 6.1 5.8 5.0 5.6 5.7 5.7 6.2 5.1 5.7")
SEPAL_WIDTH = ("3.5 3.0 3.2 3.1 3.6 3.9 3.4 3.4 2.9 3.1 3.7 3.4 3.0 3.0 4.0 4.4 3.9 3.5 3.8 3.8 3.4 3.7 3.6 3.3 3.4 "
               "3.0 3.4 3.5 3.4 3.2 3.1 3.4 4.1 4.2 3.1 3.2 3.5 3.6 3.0 3.4 3.5 2.3 3.2 3.5 3.8 3.0 3.8 3.2 3.7 3.3 "
               "3.2 3.2 3.1 2.3 2.8 2.8 3.3 2.4 2.9 2.7 2.0 3.0 2.2 2.9 2.9 3.1 3.0 2.7 2.2 2.5 3.2 2.8 2.5 2.8 2.9 "
               "3.0 2.8 3.0 2.9 2.6 2.4 2.4 2.7 2.7 3.0 3.4 3.1 2.3 3.0 2.5 2.6 3.0 2.6 2.3 2.7 3.0 2.9 2.9 2.5 2.8")
X1 = [D(v) for v in SEPAL_LENGTH.split()]
X2 = [D(v) for v in SEPAL_WIDTH.split()]
Y = [0] * 50 + [1] * 50
assert len(X1) == len(X2) == len(Y) == 100
W0 = [D("-3.5"), D("1.5"), D("-1.3")]   # notebook: w = np.array([[-3.5], [1.5], [-1.3]])
LR = D("0.01")                            # notebook: lr = 0.01
M = D(100)


def sig(z):
    return 1 / (1 + (-z).exp())


def forward(w):
    rows = []
    for x1, x2, y in zip(X1, X2, Y):
        a = sig(w[0] + w[1] * x1 + w[2] * x2)
        loss = -(a.ln()) if y == 1 else -((1 - a).ln())
        rows.append(dict(x_1=x1, x_2=x2, target=D(y), pred=a, loss=loss, dw0=a - y, dw1=(a - y) * x1,
                         dw2=(a - y) * x2))
    return rows


def cost_grad(w):
    rows = forward(w)
    J = sum(r["loss"] for r in rows) / M
    g = [sum(r[k] for r in rows) / M for k in ("dw0", "dw1", "dw2")]
    return J, g


# ---- helpers on the raw file ----
def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(RAW) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def lines_matching(rx):
    r = re.compile(rx)
    return [i + 1 for i, t in enumerate(RAW) if r.search(t)]


def cell_region(source_sub):
    """lines (1-based) from the code line containing source_sub to the next cell start."""
    s = line_of(source_sub)
    e = s
    while e < len(RAW) and '"cell_type":' not in RAW[e]:
        e += 1
    return s, e   # RAW[s-1 .. e-1] (1-based s .. e)


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def sigdigits(p):
    return len(D(p).as_tuple().digits)


def ok(p, t):
    p, t = D(p), D(t)
    tol = unit(p)
    if sigdigits(p) >= 15:
        tol = max(tol, abs(t) * 4 * D(2) ** -52)
    return abs(p - t) <= tol


def rnd(t, p):
    return D(t).quantize(unit(p), rounding=ROUND_HALF_EVEN)


def judge(L, pairs, why):
    """pairs: list of (printed string, true value, label)."""
    bad = [(p, t, lab) for p, t, lab in pairs if not ok(p, t)]
    if L in RESULTS:
        raise SystemExit("line %d judged twice" % L)
    RESULTS[L] = dict(status="right" if not bad else "first",
                      printed=", ".join("%s %s" % (lab, p) for p, t, lab in bad),
                      correct=", ".join("%s %s" % (lab, rnd(t, p)) for p, t, lab in bad),
                      why=why)


COMPUTED = ("pred", "loss", "dw0", "dw1", "dw2")


def judge_table(source_sub, rows_true, label):
    """judge the text/plain rows and the HTML <td> cells of the DataFrame shown by the cell with source_sub."""
    s, e = cell_region(source_sub)
    region = range(s, e + 1)
    n_plain = n_html = 0
    # text/plain blocks: a header line naming the columns, then "idx  v v v" rows
    header = None
    for L in region:
        t = RAW[L - 1]
        m = re.match(r'^\s*"\s+(x_1\s.*?)(\\n)?",?$', t)
        if m:
            header = m.group(1).split()
            continue
        m = re.match(r'^\s*"(\d+)\s+([-\d. ]+?)(\\n)?",?$', t)
        if m and header:
            idx = int(m.group(1))
            vals = m.group(2).split()
            if len(vals) != len(header):
                raise SystemExit("line %d: %d values for %d columns" % (L, len(vals), len(header)))
            row = dict(zip(header, vals))
            tr = rows_true[idx]
            for g in ("x_1", "x_2", "target"):
                if D(row[g]) != tr[g]:
                    raise SystemExit("line %d: given %s=%s differs from the data (%s)" % (L, g, row[g], tr[g]))
            pairs = [(row[c], tr[c], c) for c in header if c in COMPUTED]
            if pairs:
                judge(L, pairs, "%s, row %d (text/plain): %s" % (
                    label, idx, ", ".join("%s = %s" % (c, rnd(tr[c], row[c])) for c in header if c in COMPUTED)))
                n_plain += 1
        if t.strip().startswith('"</table>'):
            header = None
    # HTML tables: <thead> column names, then per <tr>: <th>idx</th> and <td>value</td> cells
    cols, idx, k, in_head = [], None, 0, False
    for L in region:
        t = RAW[L - 1]
        if "<thead>" in t:
            cols, in_head = [], True
            continue
        if "</thead>" in t:
            in_head = False
            continue
        m = re.search(r"<th>([^<]*)</th>", t)
        if m:
            if in_head:
                cols.append(m.group(1))
            else:
                idx, k = int(m.group(1)), 1
            continue
        m = re.search(r"<td>([^<]*)</td>", t)
        if m and idx is not None and cols:
            c = cols[k]
            k += 1
            tr = rows_true[idx]
            if c in COMPUTED:
                judge(L, [(m.group(1), tr[c], c)], "%s, row %d (HTML cell): %s = %s" % (
                    label, idx, c, rnd(tr[c], m.group(1))))
                n_html += 1
            elif D(m.group(1)) != tr[c]:
                raise SystemExit("line %d: given %s=%s differs from the data" % (L, c, m.group(1)))
    if not n_plain or not n_html:
        raise SystemExit("table after %r: found %d text/plain rows and %d HTML cells" % (source_sub, n_plain,
                                                                                          n_html))


def main():
    rows0 = forward(W0)
    J0, g0 = cost_grad(W0)
    # the three DataFrame displays
    judge_table("df['pred'] = A.T", rows0, "pred = expit(-3.5 + 1.5 x_1 - 1.3 x_2)")
    judge_table("df['loss'] = L.T", rows0, "BCE loss = -y ln(a) - (1-y) ln(1-a)")
    judge_table("df['dw0'] = dw0.T", rows0, "gradients dw0 = a-y, dw1 = (a-y) x_1, dw2 = (a-y) x_2")
    # the cost
    kl = lines_matching(r'^\s*"Kosten: \[')
    if len(kl) != 2:
        raise SystemExit("expected two 'Kosten: [' output lines, found %s" % kl)
    p = re.search(r"Kosten: \[([\d.]+)\]", RAW[kl[0] - 1]).group(1)
    judge(kl[0], [(p, J0, "J")], "cost J = mean BCE over the 100 rows = %s" % rnd(J0, p))
    # the mean gradients, printed at full float precision
    for j, name in enumerate(("dw_0", "dw_1", "dw_2")):
        L = lines_matching(r'^\s*"%s: ' % name)
        if len(L) != 1:
            raise SystemExit("expected one output line '%s: ', found %s" % (name, L))
        p = re.search(r"%s: ([-\d.e]+)" % name, RAW[L[0] - 1]).group(1)
        judge(L[0], [(p, g0[j], name)], "%s = mean over the 100 rows = %s (float64 repr)" % (name, str(g0[j])[:22]))
    # the vectorised gradient dw = 1/m Xb (A - yb)^T, printed as a numpy column
    s, e = cell_region("dw = 1/m * np.dot(Xb, (A-yb).T)")
    vec = [L for L in range(s, e + 1) if re.match(r'^\s*" ?\[?\[[-\d.e]+ ?\]', RAW[L - 1])]
    if len(vec) != 3:
        raise SystemExit("expected 3 lines of the dw column, found %s" % vec)
    for j, L in enumerate(vec):
        p = re.search(r"\[([-\d.e]+) ?\]", RAW[L - 1]).group(1)
        judge(L, [(p, g0[j], "dw[%d]" % j)], "vectorised dw[%d] = %s" % (j, rnd(g0[j], "0.00000001")))
    # the 'repeat this cell' training loop: its cost depends on how often the cell was run
    w, g = list(W0), list(g0)
    costs = []
    for k in range(1, 11):
        w = [w[i] - LR * g[i] for i in range(3)]
        J, g = cost_grad(w)
        costs.append(J)
    p = re.search(r"Kosten: \[([\d.]+)\]", RAW[kl[1] - 1]).group(1)
    runs = [k + 1 for k, J in enumerate(costs) if ok(p, J)]
    UNJUDGED[kl[1]] = dict(line=kl[1], page=None, why=(
        "Loop cell 'Diese Zelle wiederholt ausfuehren' (run this cell repeatedly) prints Kosten: [%s]. Read as one "
        "top-to-bottom pass (the cell before it resets w and sets lr = 0.00001, then the loop cell sets "
        "w = w_new, the weights after the earlier lr-0.01 step, and prints their cost) the value is J(w_new) = %s, "
        "so the printed value would be wrong; but the cell asks to be re-run, the reset cell was never executed "
        "(execution_count null, so lr stayed 0.01), and the printed value is exactly the cost after %s runs "
        "(J = %s; lr 0.01 from w = [-3.5, 1.5, -1.3]); the execution counts (loop cell 45 after the update cell "
        "27) fit repeated runs. Two readings, so left unjudged." % (
            p, rnd(costs[0], p), " or ".join(str(r) for r in runs) or "no number of",
            rnd(costs[runs[0] - 1], p) if runs else "-")))


def main_out():
    main()
    wrong = [dict(line=k, page=None, printed=v["printed"], correct=v["correct"], kind=v["status"], why=v["why"])
             for k, v in sorted(RESULTS.items()) if v["status"] != "right"]
    right = [k for k, v in sorted(RESULTS.items()) if v["status"] == "right"]
    for k, v in sorted(RESULTS.items()):
        print("line %4d %-5s %s%s" % (k, v["status"], v["why"],
                                      ("  PRINTED %s TRUE %s" % (v["printed"], v["correct"])) if v["printed"] else ""))
    for k, v in sorted(UNJUDGED.items()):
        print("line %4d unjudged %s" % (k, v["why"]))
    print("%d right, %d wrong, %d unjudged" % (len(right), len(wrong), len(UNJUDGED)))
    if "--write-expected" in sys.argv:
        exp_ = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE, "wrong": wrong,
                "right": right, "unjudged": [UNJUDGED[k] for k in sorted(UNJUDGED)],
                "notes": (
                    "German university lecture notebook (HSBI/TDU course 'Kuenstliche Intelligenz', Colab, 2025): "
                    "logistic regression on Iris classes 0/1 with sepal length/width, start weights "
                    "w = [-3.5, 1.5, -1.3]. Judged: the predictions (rows 0-4 and 95-99, e.g. row 0: "
                    "z = -3.5 + 7.65 - 4.55 = -0.4, expit = 0.401312), the BCE losses of rows 0-6, the per-row "
                    "gradients dw0/dw1/dw2 of rows 0-6, each in both the text/plain rendering (one line per row) "
                    "and the HTML rendering (one line per cell); the cost 0.34382807 over all 100 rows; the mean "
                    "gradients dw_0/dw_1/dw_2 at full float precision (float64 rounding tolerated) and the "
                    "vectorised dw column [0.1171153, 0.53562547, 0.44944122]. Every judged value is right. The "
                    "last 'Kosten: [0.32522503]' of the re-run-me training cell is the cost after five gradient "
                    "steps with lr 0.01 (one top-to-bottom pass would give 0.33897543), so it is left unjudged. "
                    "Data rows, column headers, array shapes ((3, 100), (1, 100), (3, 1)) and the Colab HTML/SVG "
                    "boilerplate are not computed values and are in neither list.")}
        (HERE / "expected.json").write_text(json.dumps(exp_, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("wrote expected.json")


if __name__ == "__main__":
    main_out()
