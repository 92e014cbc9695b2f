#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, an excerpt of the notebook
"lstmmm.ipynb" of the GitHub repository menna-ibrahimm/LSTM-Notebook: a scalar LSTM cell run over the sequence
[1, 2, 3] with fixed parameters, no biases, h_0 = c_0 = 0:
    forget (W_f, W_hf, b_f) = (0.5, 0.1, 0)     input (W_i, W_hi, b_i) = (0.6, 0.2, 0)
    cell   (W_c, W_hc, b_c) = (0.7, 0.3, 0)     output (W_o, W_ho, b_o) = (0.8, 0.4, 0)
    f_t = sigma(W_f x_t + W_hf h_{t-1} + b_f), i_t likewise, c~_t = tanh(W_c x_t + W_hc h_{t-1} + b_c),
    c_t = f_t c_{t-1} + i_t c~_t, o_t = sigma(...), h_t = o_t tanh(c_t);
then "Estimated Future Value" = 4 * h_3.
The notebook prints each gate value with 4 decimals (f"{value:.4f}") and the estimate with 5 decimals; the states
carried from step to step are the full-precision ones.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last printed digit):
  (a) a line printing p as the result of an expression of numbers printed on it: right only when redoing it from
      those numbers rounds to p; (b) a value printed without its working on the line: right when within one unit
      of its last digit of the true value, or when it follows from printed correct operands; (c) a restated or
      recomputed consequence of a wrong value is wrong, kind "propagated".
Every printed line here is a bare value (rule b).

Plain Python 3, decimal at 60 digits; does not import nnwalk or the generator.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import sys
from decimal import Decimal as D
from decimal import getcontext

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOCFILE = "doc.ipynb"
COMMIT = "f7f42bed26ad51d1a133f382f33a943c875dcea9"
SOURCE = "https://github.com/menna-ibrahimm/LSTM-Notebook/blob/" + COMMIT + "/lstmmm.ipynb"
LICENSE = ("none stated (no LICENSE file or README in the repository, no license notice in the notebook); "
           "doc.ipynb is an excerpt: the code cells with execution counts and saved outputs, output lines byte for "
           "byte; full-line code comments and the two empty cells left out, one Markdown cell naming the source "
           "added")
RAW = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")

PARAMS = {"forget": ("0.5", "0.1", "0"), "input": ("0.6", "0.2", "0"),
          "cell": ("0.7", "0.3", "0"), "output": ("0.8", "0.4", "0")}
SEQ = [1, 2, 3]
FACTOR = 4


def find_line(text, start=1):
    """1-based line number of the first raw line (from `start`) containing `text`; fail loudly."""
    for i in range(start - 1, len(RAW)):
        if text in RAW[i]:
            return i + 1
    raise SystemExit("line not found: %r" % text)


def exp(x):
    return x.exp()


def sigmoid(x):
    return 1 / (1 + exp(-x))


def tanh(x):
    e2 = exp(2 * x)
    return (e2 - 1) / (e2 + 1)


def check_params_in_doc():
    """the givens must be those printed in the code cell (fail loudly otherwise)."""
    for gate, (w, wh, b) in PARAMS.items():
        find_line('\\"%s\\": (%s, %s, %s)' % (gate, w, wh, b))
    find_line("input_seq = [1, 2, 3]")
    find_line("predicted_value = 4 * last_h")


def run():
    p = {k: tuple(D(v) for v in vals) for k, vals in PARAMS.items()}
    h, c = D(0), D(0)
    steps = []
    for x in SEQ:
        x = D(x)
        f = sigmoid(p["forget"][0] * x + p["forget"][1] * h + p["forget"][2])
        i = sigmoid(p["input"][0] * x + p["input"][1] * h + p["input"][2])
        ct = tanh(p["cell"][0] * x + p["cell"][1] * h + p["cell"][2])
        c = f * c + i * ct
        o = sigmoid(p["output"][0] * x + p["output"][1] * h + p["output"][2])
        h = o * tanh(c)
        steps.append([("Forget Gate", f), ("Input Gate", i), ("Candidate Cell", ct), ("Cell State", c),
                      ("Output Gate", o), ("Hidden State", h)])
    return steps, FACTOR * h


def judge(printed, true):
    dec = -D(printed).as_tuple().exponent
    unit = D(1).scaleb(-dec)
    return abs(D(printed) - true) <= unit, dec


def main():
    write = "--write-expected" in sys.argv
    check_params_in_doc()
    steps, est = run()
    wrong, right = [], []
    for t, st in enumerate(steps, start=1):
        start = find_line('"STEP %d:\\n"' % t)
        for name, val in st:
            L = find_line('"  %s: ' % name, start)
            printed = RAW[L - 1].split(name + ": ")[1].split("\\n")[0]
            ok, dec = judge(printed, val)
            print("line %d step %d %-15s printed %s true %s %s" % (L, t, name, printed, "%.8f" % val,
                                                                   "ok" if ok else "WRONG"))
            if ok:
                right.append(L)
            else:
                wrong.append({"line": L, "page": None, "printed": printed, "correct": "%.*f" % (dec, val),
                              "kind": "first", "why": "step %d %s: true %.8f" % (t, name, val)})
    L = find_line('"Estimated Future Value: ')
    printed = RAW[L - 1].split("Value: ")[1].split("\\n")[0]
    ok, dec = judge(printed, est)
    print("line %d estimate 4*h_3 printed %s true %.8f %s" % (L, printed, est, "ok" if ok else "WRONG"))
    if ok:
        right.append(L)
    else:
        wrong.append({"line": L, "page": None, "printed": printed, "correct": "%.*f" % (dec, est),
                      "kind": "first", "why": "4 * h_3: true %.8f" % est})
    right.sort()
    print("\nwrong: %d; right: %d" % (len(wrong), len(right)))
    notes = ("Scalar LSTM forward pass over x = 1, 2, 3 with fixed weights (forget 0.5/0.1, input 0.6/0.2, cell "
             "0.7/0.3, output 0.8/0.4, biases 0, h0 = c0 = 0), gate values printed to 4 decimals, then 4 * h_3 to "
             "5 decimals. All 19 printed values agree with the exact computation (rule b, within one unit of the "
             "last digit; in fact all are correctly rounded). Clean document.")
    if write:
        out = {"file": DOCFILE, "format": "ipynb", "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": notes}
        (HERE / "expected.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote expected.json")


if __name__ == "__main__":
    main()
