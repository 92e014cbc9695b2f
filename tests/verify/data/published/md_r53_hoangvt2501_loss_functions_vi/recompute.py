#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, the Vietnamese lesson "Loss Chức năng"
(loss functions; phase 03, lesson 05 of the Vietnamese translation of "AI Engineering from Scratch", repository
hoangvt2501/Ai-from-scratch, MIT).

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

The lesson prints loss values for given predictions: MSE of a constant 0.5 prediction on 0/1 targets, binary /
categorical cross-entropy -log(p) for p = 0.5, 0.99, 0.01, 0.1, 0.9, the squared error for class-1 predictions 0.5,
0.9, 0.1, label-smoothed targets for alpha = 0.1 and 10 classes, and focal-loss weights (1 - p_t)^2.  The Vietnamese
prose writes decimals with a comma (0,693); the mermaid diagram and code with a point.  Natural logarithms.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on that line is right only when redoing
      it from those numbers rounds to p at p's digits;
  (b) a value printed without working (or restated) is right within one unit of its last digit of the true value,
      or when it follows from printed correct operands;
  (c) a restated wrong value is wrong (propagated); a value computed from a wrong one and itself off is wrong.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/hoangvt2501/Ai-from-scratch/blob/7b41ac3cb67241d397e2c0689318fabcdf656d27/"
          "phases/03-deep-learning-core/05-loss-functions/docs/vi.md")
LICENSE = "MIT (LICENSE of hoangvt2501/Ai-from-scratch, Copyright (c) 2026 Rohit Ghumare); doc.md is the file byte for byte"

import json
import re
import pathlib
import sys
from decimal import Decimal as D, getcontext, ROUND_HALF_EVEN

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


def digits(p):
    s = p.lstrip("-")
    return len(s.split(".")[1]) if "." in s else 0


def near(p, x, units=1):
    """p (a printed string) within `units` units of its last digit of x rounded at p's digits."""
    q = D(1).scaleb(-digits(p))
    return abs(D(p) - D(x).quantize(q, rounding=ROUND_HALF_EVEN)) <= units * q


def fmt(x, n):
    return str(D(x).quantize(D(1).scaleb(-n), rounding=ROUND_HALF_EVEN))


wrong, right, checks = [], [], []


def judge(sub, pairs, why, kind_if_wrong="first", nth=1):
    """pairs: list of (printed string, true value, units).  Verifies the printed strings are on the line."""
    ln = line_of(sub, nth)
    text = DOC[ln - 1]
    bad = []
    for tag, x, units in pairs:
        if tag not in text:
            raise SystemExit("line %d does not print %r" % (ln, tag))
        p = re.findall(r"-?\d+(?:[.,]\d+)?", tag.split("=")[-1])[-1].replace(",", ".")
        ok = near(p, x, units)
        checks.append((ln, p, fmt(x, max(digits(p), 4)), ok))
        if not ok:
            bad.append((p, fmt(x, digits(p))))
    if bad:
        wrong.append({"line": ln, "page": None, "printed": ", ".join(b[0] for b in bad),
                      "correct": ", ".join(b[1] for b in bad), "kind": kind_if_wrong, "why": why})
    else:
        right.append(ln)


def ln(x):
    return D(x).ln()


L = lambda x: -ln(x)
judge("MSE trung bình là 0,25", [("0,25", D("0.5") ** 2, 0), ("-log (0,5) = 0,693", L("0.5"), 0),
                                  ("-log (0,99) = 0,01", L("0.99"), 0)],
      "MSE of 0.5 on 0/1 targets = 0.25; -ln 0.5 = 0.6931; -ln 0.99 = 0.01005")
judge("loss là -log(0,99) = 0,01", [("-log(0,99) = 0,01", L("0.99"), 0), ("-log(0,01) = 4,6", L("0.01"), 0),
                                    ("460x", D("4.6") / D("0.01"), 0)],
      "-ln 0.99 = 0.01005; -ln 0.01 = 4.605; ratio of the printed 4.6 / 0.01 = 460")
judge("loss là -log(0,1) = 2,3", [("-log(0,1) = 2,3", L("0.1"), 0), ("-log(0,9) = 0,105", L("0.9"), 0)],
      "-ln 0.1 = 2.3026; -ln 0.9 = 0.10536")
judge("Predict 0.5 for class 1<br/>MSE = 0.25", [("MSE = 0.25", (1 - D("0.5")) ** 2, 0)], "(1 - 0.5)^2 = 0.25")
judge("Predict 0.9 for class 1<br/>MSE = 0.01", [("MSE = 0.01", (1 - D("0.9")) ** 2, 0)], "(1 - 0.9)^2 = 0.01")
judge("Predict 0.1 for class 1<br/>MSE = 0.81", [("MSE = 0.81", (1 - D("0.1")) ** 2, 0)], "(1 - 0.1)^2 = 0.81")
judge("Predict 0.5 for class 1<br/>CE = 0.693", [("CE = 0.693", L("0.5"), 0)], "-ln 0.5 = 0.6931")
judge("Predict 0.9 for class 1<br/>CE = 0.105", [("CE = 0.105", L("0.9"), 0)], "-ln 0.9 = 0.10536")
judge("Predict 0.1 for class 1<br/>CE = 2.303", [("CE = 2.303", L("0.1"), 0)], "-ln 0.1 = 2.30259")
a, K = D("0.1"), 10
judge("mục tiêu trở thành [0,01, 0,01, 0,91", [("[0,01", a / K, 0), ("0,91,", 1 - a + a / K, 0),
                                              ("nhắm mục tiêu 0,91", 1 - a + a / K, 0)],
      "alpha/K = 0.01; 1 - alpha + alpha/K = 0.91")
judge("giới hạn mục tiêu ở mức 0,9 (với alpha=0,1)", [("0,9 (", 1 - a + a / K, 0)],
      "smoothed target 0.91, printed without working as 0,9 (rounds to 0.9 at one decimal)")
judge("trọng lượng = (0,1)^2 = 0,01", [("= 0,01", D("0.1") ** 2, 0)], "(1 - 0.9)^2 = 0.01")
judge("trọng lượng = (0,9)^2 = 0,81", [("= 0,81", D("0.9") ** 2, 0)], "(1 - 0.1)^2 = 0.81")

wrong.sort(key=lambda e: e["line"])
right = sorted(set(right))
NOTES = ("A clean document (no wrong number found): every loss value of the lesson is right. Decimals are written "
         "with a comma in the Vietnamese prose (0,693, 4,6) and with a point in the mermaid diagram. Close calls: "
         "'Sự khác biệt 460x' (line 61) is the ratio of the printed, rounded 4,6 / 0,01 = 460 (the unrounded ratio "
         "4.6052/0.01005 = 458.2), judged right by rule (b) as following from printed correct operands; "
         "'giới hạn mục tiêu ở mức 0,9 (với alpha=0,1)' (line 111) restates the smoothed target 0,91 of line 109 at "
         "one decimal (0.91 rounds to 0.9), right. Not judged: illustrative or given numbers (alpha, gamma, "
         "tau = 0.07, batch 256 / 255 negatives, '$10,000'/'$200.000', 'ví dụ: 0.1/0.9' in the glossary table), "
         "code defaults, and the backprop-lesson style remarks without computation.")

if __name__ == "__main__":
    for ln, p, x, ok in checks:
        print("line %4d  printed %-22s true %-26s %s" % (ln, p, x, "ok" if ok else "WRONG"))
    print("wrong lines:", [(e["line"], e["kind"]) for e in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        out = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote expected.json")
