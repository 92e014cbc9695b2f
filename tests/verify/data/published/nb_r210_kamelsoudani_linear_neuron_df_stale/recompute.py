#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, an excerpt (code cells and saved
outputs) of the notebook ANN/OneLayerANN/Simple_perceptron_code_linear.ipynb of the GitHub repository
KamelSOUDANI/AI-DeepL-DeepL_by_Hand ("ANN examples by hand", Kamel Soudani).

The notebook trains one linear neuron  Z = w1*X1 + w2*X2 + b,  Y_pred = Z  (identity activation) by full-batch
gradient descent on three points
    X1 = [1, 2, 3], X2 = [2, 3, 7], Y_true = [3, 5, 10],   w1 = 0.5, w2 = -0.5, b = 0.2,   lr = 0.001,
    iterations = 10000,
    dZ = Y_pred - Y_true,  dw1 = mean(dZ*X1),  dw2 = mean(dZ*X2),  db = mean(dZ),  w -= lr*dw,
and logs every iteration in two pandas DataFrames: df1 = [dw1, dw2, db, w1, w2, b] (after the update; a row of the
initial values is put in front), df2 = [loss, Z, Y_pred, dZ, RMSE] (before the update).
Then Y_pred_final = df2['Y_pred'].tail(1) (the prediction of the last iteration) and its RMSE.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last printed digit):
  (a) a line printing p as the result of an expression of numbers printed on it: right only when redoing it from
      those numbers rounds to p; (b) a value printed without its working on the line: right when within one unit
      of its last digit of the true value, or when it follows from printed correct operands; (c) a restated or
      recomputed consequence of a wrong value is wrong, kind "propagated".
Every printed line here is a bare value (rule b).  Full-precision float reprs (17 significant digits) are also
accepted when they are exactly the string the page's own code gives in IEEE-754 double arithmetic (replayed here
with Python floats in numpy's order of operations): the deviation is then float64 rounding, not an arithmetic slip.

Plain Python 3: decimal at 60 digits plus a float64 replay; does not import nnwalk or the generator; no numpy.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import re
import sys
from decimal import Decimal as D
from decimal import getcontext

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOCFILE = "doc.ipynb"
COMMIT = "71067ae7b415b7cd49d72b5aa8ceedfde44183f6"
SOURCE = ("https://github.com/KamelSOUDANI/AI-DeepL-DeepL_by_Hand/blob/" + COMMIT +
          "/ANN/OneLayerANN/Simple_perceptron_code_linear.ipynb")
LICENSE = ("none stated (no LICENSE file in the repository, no license notice in the notebook or README); "
           "doc.ipynb is an excerpt: the code cells with their execution counts and saved outputs, output lines byte "
           "for byte; the prose/title cell, three empty Markdown cells, full-line code comments, the plotting code "
           "and the base64 figure image are left out, one Markdown cell naming the source added")
RAW = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")

X1 = [1, 2, 3]
X2 = [2, 3, 7]
YT = [3, 5, 10]
W0 = ("0.5", "-0.5", "0.2")
LR = "0.001"
ITERATIONS = 10000


def find_line(text, start=1):
    """1-based line number of the first raw line (from `start`) containing `text`; fail loudly."""
    for i in range(start - 1, len(RAW)):
        if text in RAW[i]:
            return i + 1
    raise SystemExit("line not found: %r" % text)


def check_givens():
    for t in ("X1 = np.array([1, 2, 3])", "X2 = np.array([2, 3, 7])", "Y_true = np.array([3, 5, 10])",
              "w1 = 0.5\\n", "w2 = -0.5\\n", "b = 0.2\\n", "lr = 0.001 #", "iterations = 10000 #",
              "Z = w1*X1 + w2*X2 + b", "dZ = (Y_pred - Y_true) * activ_func_derivative(Z)",
              "dw1 = np.mean(dZ * X1)", "dw2 = np.mean(dZ * X2)", "db = np.mean(dZ)\\n",
              "w1 -= lr * dw1", "w2 -= lr * dw2", "b -= lr * db",
              "df1.loc[i] = [dw1, dw2, db, w1, w2, b]", "df2.loc[i] = [loss, Z, Y_pred, dZ, RMSE]",
              "init_values = [0, 0, 0, 0.5, -0.5, 0.2]", "Y_pred_final = df2['Y_pred'].tail(1).values[0]"):
        find_line(t)


# ---------------------------------------------------------------- exact (Decimal) and float64 replays
def run_exact(n):
    w1, w2, b = (D(v) for v in W0)
    lr = D(LR)
    rows1, rows2 = [], []
    for _ in range(n):
        Z = [w1 * a + w2 * c + b for a, c in zip(X1, X2)]
        dZ = [z - y for z, y in zip(Z, YT)]
        loss = sum((y - z) ** 2 for y, z in zip(YT, Z)) / 6
        dw1 = sum(d * a for d, a in zip(dZ, X1)) / 3
        dw2 = sum(d * c for d, c in zip(dZ, X2)) / 3
        db = sum(dZ) / 3
        w1 -= lr * dw1
        w2 -= lr * dw2
        b -= lr * db
        rows1.append((dw1, dw2, db, w1, w2, b))
        rows2.append((loss, Z, dZ))
    return rows1, rows2


def run_float(n):
    """IEEE double replay in numpy's order: Z = (w1*X1 + w2*X2) + b; mean = ((a0 + a1) + a2) / 3."""
    w1, w2, b = (float(v) for v in W0)
    lr = float(LR)
    rows1, rows2 = [], []
    for _ in range(n):
        Z = [(w1 * a + w2 * c) + b for a, c in zip(X1, X2)]
        dZ = [(z - y) * 1 for z, y in zip(Z, YT)]
        p1 = [d * a for d, a in zip(dZ, X1)]
        p2 = [d * c for d, c in zip(dZ, X2)]
        dw1 = ((p1[0] + p1[1]) + p1[2]) / 3
        dw2 = ((p2[0] + p2[1]) + p2[2]) / 3
        db = ((dZ[0] + dZ[1]) + dZ[2]) / 3
        w1 -= lr * dw1
        w2 -= lr * dw2
        b -= lr * db
        rows1.append((dw1, dw2, db, w1, w2, b))
        rows2.append((None, Z, dZ))
    return rows1, rows2


def unit(s):
    s = s.strip().lstrip("-")
    if "e" in s.lower():
        mant, exp = s.lower().split("e")
        return unit(mant) * (D(10) ** int(exp))
    if "." not in s or s.endswith("."):
        return D(1)
    return D(10) ** (-len(s.split(".")[1]))


def within_unit(printed, true):
    return abs(D(printed) - true) <= unit(printed)


def fmt(x, nd):
    return str(round(x, nd))


NUM = re.compile(r"-?\d+\.\d*(?:e[-+]?\d+)?|-?\d+")

results = []   # (line, verdict, printed, correct, kind, why)


def judge(line, verdict, printed, correct="", kind="", why=""):
    results.append((line, verdict, printed, correct, kind, why))


def main():
    check_givens()
    ex1, ex2 = run_exact(ITERATIONS)
    fl1, fl2 = run_float(ITERATIONS)

    # ---- df1.head(): rows 1..4 are iterations 0..3 (row 0 is the prepended initial values = givens)
    hdr = find_line("dw1        dw2        db        w1        w2         b")
    r0 = find_line('"0   0.000000   0.000000  0.000000  0.500000 -0.500000  0.200000', hdr)
    for k in range(1, 5):
        ln = r0 + k
        text = RAW[ln - 1]
        if not text.strip().startswith('"%d ' % k):
            raise SystemExit("unexpected df1 row at line %d: %r" % (ln, text))
        nums = NUM.findall(text.split('"', 1)[1][1:].replace("\\n", ""))
        nums = nums[1:] if nums[0] == str(k) else nums
        nums = [t for t in nums][-6:]
        true = ex1[k - 1]
        bad = [(p, t) for p, t in zip(nums, true) if not within_unit(p, t)]
        names = ("dw1", "dw2", "db", "w1", "w2", "b")
        desc = ", ".join("%s=%s" % (n, fmt(t, 8)) for n, t in zip(names, true))
        if bad:
            judge(ln, "wrong", " ".join(nums), " ".join(fmt(t, 6) for t in true), "first",
                  "df1 row %d (iteration %d): %s" % (k, k - 1, desc))
        else:
            judge(ln, "right", " ".join(nums), why="df1 row %d: %s" % (k, desc))

    # ---- print(df2['Z'].head()): rows 0..4 = Z of iterations 0..4 (before each update); pandas truncates
    z0 = find_line('"0                                   [-0.3, -0.3, -1.8]')
    for k in range(0, 5):
        ln = z0 + k
        text = RAW[ln - 1]
        m = re.match(r'\s*"%d\s+\[(.*)\\n",?$' % k, text)
        if not m:
            raise SystemExit("unexpected Z row at line %d: %r" % (ln, text))
        parts = [p.strip() for p in m.group(1).rstrip("]").split(",")]
        ok = True
        notes = []
        for j, p in enumerate(parts):
            t = ex2[k][1][j]
            f = fl2[k][1][j]
            if p.endswith("..."):          # truncated by pandas: the shown prefix must start the true value
                pre = p[:-3]
                shown = repr(f)
                good = shown.startswith(pre) or ("%.20f" % t).startswith(pre)
                notes.append("Z%d=%s (shown truncated %r)" % (j + 1, fmt(t, 10), pre))
            else:
                good = within_unit(p, t) or p == repr(f)
                tag = "" if within_unit(p, t) else " = float64 repr of the code's own result"
                notes.append("Z%d=%s%s" % (j + 1, fmt(t, 20).rstrip("0"), tag))
            ok = ok and good
        judge(ln, "right" if ok else "wrong", ", ".join(parts), why="Z row %d: " % k + "; ".join(notes))

    # ---- Y_pred_final: the printed values are those of a 10-iteration run (stale output)
    final_true = ex2[ITERATIONS - 1][1]
    ten = ex2[9][1]
    yp = find_line('"array([0.4573653 , 0.8751752 , 0.64633569])"')
    printed = NUM.findall(RAW[yp - 1])
    assert all(within_unit(p, t) for p, t in zip(printed, ten)), "not the 10-iteration value"
    wrong_final = [p for p, t in zip(printed, final_true) if not within_unit(p, t)]
    assert wrong_final
    corr = ", ".join(fmt(t, 8) for t in final_true)
    why_first = ("Y_pred_final = df2['Y_pred'].tail(1) is the prediction of the last of the iterations = 10000 "
                 "steps of the code shown (lr 0.001 from w1, w2, b = 0.5, -0.5, 0.2): [%s]. The printed values are "
                 "exactly the prediction of iteration 10 (index 9: %s): the cell (execution count 76) ran before "
                 "the training cell was re-run (count 91) with iterations = 10000 (stale kernel state)"
                 % (corr, ", ".join(fmt(t, 8) for t in ten)))
    judge(yp, "wrong", ", ".join(printed), corr, "first", why_first)
    pp = find_line('"[0.4573653  0.8751752  0.64633569]\\n"')
    judge(pp, "wrong", "0.4573653 0.8751752 0.64633569", corr, "propagated",
          "print(Y_pred_final) restates the stale Y_pred_final; the 10000-step code gives [%s]" % corr)
    rl = find_line('"6.081946149243096"')
    rmse_true = (sum((D(y) - t) ** 2 for y, t in zip(YT, final_true)) / 3).sqrt()
    rmse_printed_ops = (sum((D(y) - D(p)) ** 2 for y, p in zip(YT, printed)) / 3).sqrt()
    assert abs(rmse_printed_ops - D("6.081946149243096")) < D("1e-7")
    judge(rl, "wrong", "6.081946149243096", fmt(rmse_true, 15), "propagated",
          "rmse = sqrt(mean_squared_error(Y_true, Y_pred_final)) of the stale Y_pred_final (from the printed "
          "[0.4573653, 0.8751752, 0.64633569] it is %s); with the 10000-step prediction [%s] it is %s"
          % (fmt(rmse_printed_ops, 9), corr, fmt(rmse_true, 12)))

    # ---- small check cells
    ln = find_line('"1"')
    if RAW[ln - 2].strip() != '"text/plain": [':
        raise SystemExit("unexpected context for the '1' output")
    judge(ln, "right", "1", why="linear_func_derivative(Z): derivative of the identity activation = 1")
    z_true = ex2[0][1]
    for ln in (find_line('"array([-0.3, -0.3, -1.8])"'), find_line('"array([-0.3, -0.3, -1.8])"',
                                                                   find_line('"array([-0.3, -0.3, -1.8])"') + 1)):
        nums = NUM.findall(RAW[ln - 1])
        assert all(within_unit(p, t) for p, t in zip(nums, z_true))
        judge(ln, "right", ", ".join(nums), why="Z = Y_pred = 0.5*X1 - 0.5*X2 + 0.2 = [-0.3, -0.3, -1.8]")
    ln = find_line('"array([ -3.3,  -5.3, -11.8])"')
    nums = NUM.findall(RAW[ln - 1])
    assert all(within_unit(p, t) for p, t in zip(nums, ex2[0][2]))
    judge(ln, "right", ", ".join(nums), why="dZ = Y_pred - Y_true = [-3.3, -5.3, -11.8]")
    ln = find_line('"-16.433333333333334"')
    t = ex1[0][0]
    ok = within_unit("-16.433333333333334", t) or repr(fl1[0][0]) == "-16.433333333333334"
    judge(ln, "right" if ok else "wrong", "-16.433333333333334",
          why="dw1 = mean([-3.3, -10.6, -35.4]) = -49.3/3 = %s" % fmt(t, 20))

    # ---- report
    results.sort()
    wrong = [r for r in results if r[1] == "wrong"]
    right = [r for r in results if r[1] == "right"]
    for r in results:
        print("%4d %-5s %s%s  | %s" % (r[0], r[1], r[2], (" -> " + r[3]) if r[3] else "", r[5]))
    print("wrong: %d (first %d, propagated %d); right: %d" % (
        len(wrong), sum(r[4] == "first" for r in wrong), sum(r[4] == "propagated" for r in wrong), len(right)))

    if "--write-expected" in sys.argv:
        exp = {
            "file": DOCFILE,
            "format": "ipynb",
            "source": SOURCE,
            "license": LICENSE,
            "wrong": [{"line": r[0], "page": None, "printed": r[2], "correct": r[3], "kind": r[4], "why": r[5]}
                      for r in wrong],
            "right": [r[0] for r in right],
            "unjudged": [],
            "notes": ("Human-written 'ANN by hand' notebook (Kamel Soudani, companion of his Medium posts): one "
                      "linear neuron (identity activation) trained by full-batch gradient descent on three points "
                      "X1=[1,2,3], X2=[2,3,7], Y=[3,5,10] from w1, w2, b = 0.5, -0.5, 0.2 with lr 0.001 and "
                      "iterations = 10000, logged per iteration in pandas DataFrames. Judged: df1.head() rows 1-4 "
                      "(gradients and updated weights, 6 decimals), df2['Z'].head() rows 0-4 (full float reprs; "
                      "pandas-truncated tails checked by prefix), the one-step check cells (Z, Y_pred, dZ, dw1, "
                      "derivative 1), Y_pred_final and its RMSE. All per-step numbers are right. The last cells "
                      "show a stale kernel state: Y_pred_final = [0.4573653, 0.8751752, 0.64633569] is the "
                      "prediction of iteration 10 (the cell ran, count 76, before the training cell was re-run, "
                      "count 91, with iterations = 10000); the shown code gives [" + corr + "]; the restatement "
                      "and the RMSE 6.081946149243096 (true " + fmt(rmse_true, 12) + ") propagate it. Row 0 of "
                      "df1 (the prepended initial values), the echo of Y_true and the headers are givens, in "
                      "neither list. Float reprs that differ from the exact value by more than one unit of the "
                      "17th digit are accepted as the float64 results of the code (replayed in IEEE doubles)."),
        }
        (HERE / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("expected.json written")


if __name__ == "__main__":
    main()
