#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of
week_4/homework/homework_2.md ("LSTM") of github.com/369geofreeman/MITx-6.86x-Machine-Learning-with-Python: a
student's answers to the MITx 6.86x Unit 3 homework that runs a scalar LSTM unit with given weights over two input
sequences and asks for the visible states h_t rounded to the nearest integer.

The repository has no license, so doc.md keeps only the lines holding the update equations, the parameters, the
two input sequences, the rounding/approximation instructions and the two numeric answers; every other line is
blank and every kept line is byte-identical at its original line number.

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it
      from those numbers rounds to p;
  (b) a value printed without working, or restated, is right within one unit of the true value;
  (c) a restated wrong value is wrong, propagated.
The answers are integers printed without working (rule (b)); the task asks for h_t rounded to the closest integer
(+-0.5 -> 0), so the true value of each printed entry is round(h_t). The script computes h_t two ways (exact
sigmoid/tanh; and the page's simplification sigmoid ~ 1/0, tanh ~ +-1 beyond |x| >= 1) and, for the recurrence,
feeds back either the exact or the rounded h_{t-1} (with the page's simplification only the rounded one, as the
page rounds "in every time-step": its simplified h_t = 0.5*1 = 0.5 is rounded to 0 before it is fed back; feeding
back 0.5 unrounded would give a different, unintended sequence); all three variants must agree.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import re
import sys
from decimal import Decimal as D, getcontext

getcontext().prec = 60
DOCFILE = "doc.md"
SOURCE = ("https://github.com/369geofreeman/MITx-6.86x-Machine-Learning-with-Python/blob/"
          "4bbd10d20a2826ebe713a1a7da8fe588855a610e/week_4/homework/homework_2.md")
LICENSE = ("none (no LICENSE file in the repository); doc.md is an excerpt: only the lines holding the equations, "
           "givens and numeric answers, byte-identical at their original line numbers, every other line blank")
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1, after=0):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t and i + 1 > after]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d after %d)" % (DOCFILE, sub, nth, after))
    return hits[nth - 1]


def nums(text):
    return re.findall(r"[-\u2212]?\d+(?:\.\d+)?", text)


def val(s):
    return D(s.replace("\u2212", "-"))


# ---- givens, read from the kept lines
def param(name):
    for t in DOC:
        m = re.search(re.escape(name) + r"\s*\t?\s*=\s*([\u2212-]?\d+)", t)
        if m:
            return val(m.group(1))
    raise SystemExit("parameter %r not found" % name)


Wfh, Wfx, bf = param("𝑊𝑓,ℎ"), param("𝑊𝑓,𝑥"), param("𝑏𝑓")
Wih, Wix, bi = param("𝑊𝑖,ℎ"), param("𝑊𝑖,𝑥"), param("𝑏𝑖")
Woh, Wox, bo = param("𝑊𝑜,ℎ"), param("𝑊𝑜,𝑥"), param("𝑏𝑜")
Wch, Wcx, bc = param("𝑊𝑐,ℎ"), param("𝑊𝑐,𝑥"), param("𝑏𝑐")
assert (Wfh, Wfx, bf, Wch, Wih, Wix, bi, Wcx, Woh, Wox, bo, bc) == tuple(
    D(v) for v in (0, 0, -100, -100, 0, 100, 100, 50, 0, 100, 0, 0))
l1 = line_of("in response to the following input sequence: [0, 0, 1, 1, 1, 0]")
assert "ℎ−1=0" in DOC[l1 - 1] and "𝑐−1=0" in DOC[l1 - 1]
seq1 = [int(s) for s in re.search(r"sequence: \[([^\]]*)\]", DOC[l1 - 1]).group(1).split(",")]
l2 = line_of("our input sequence in now: [1, 1, 0, 1, 1]")
seq2 = [int(s) for s in re.search(r"now: \[([^\]]*)\]", DOC[l2 - 1]).group(1).split(",")]
assert "round it to  0" in DOC[line_of("Please round  ℎ𝑡  to the closest integer") - 1]


def sig_exact(x):
    return 1 / (1 + (-x).exp())


def tanh_exact(x):
    if x > 200:
        return D(1)
    if x < -200:
        return D(-1)
    e = (2 * x).exp()
    return (e - 1) / (e + 1)


def sig_page(x):
    return D(1) if x >= 1 else D(0) if x <= -1 else sig_exact(x)


def tanh_page(x):
    return D(1) if x >= 1 else D(-1) if x <= -1 else tanh_exact(x)


def rnd(h):
    """closest integer; +-0.5 -> 0 (the page's rule)."""
    if abs(abs(h) - D("0.5")) < D("1e-40"):
        return 0
    return int(h.to_integral_value()) if abs(h) != D("0.5") else 0


def run(seq, sig, tanh, feed_rounded):
    h, c, out = D(0), D(0), []
    for x in seq:
        x = D(x)
        f = sig(Wfh * h + Wfx * x + bf)
        i = sig(Wih * h + Wix * x + bi)
        o = sig(Woh * h + Wox * x + bo)
        c = f * c + i * tanh(Wch * h + Wcx * x + bc)
        h_exact = o * tanh(c)
        r = rnd(h_exact)
        out.append(r)
        h = D(r) if feed_rounded else h_exact
    return out


def states(seq):
    # exact sigmoid/tanh with exact or rounded feedback, and the page's simplification with rounded feedback (the
    # page rounds "in every time-step", so its own simplified h_t = +-0.5 becomes 0 before it is fed back)
    variants = [run(seq, sig_exact, tanh_exact, False), run(seq, sig_exact, tanh_exact, True),
                run(seq, sig_page, tanh_page, True)]
    assert all(v == variants[0] for v in variants), variants
    return variants[0]


CHECKS = []


def chk(cid, line, true_list, why):
    ps = nums(DOC[line - 1].split("=", 1)[1])
    bad = []
    if len(ps) != len(true_list):
        bad.append("%d numbers printed, %d true" % (len(ps), len(true_list)))
    else:
        for k, (p, t) in enumerate(zip(ps, true_list)):
            if abs(val(p) - t) > 1:
                bad.append("h_%d printed %s, true %s" % (k, p, t))
            elif val(p) != t:
                bad.append("h_%d printed %s, true %s (within one unit)" % (k, p, t))
    status = "wrong" if any("within" not in b for b in bad) else "right"
    CHECKS.append({"id": cid, "line": line, "printed": ", ".join(ps), "correct": ", ".join(str(t) for t in true_list),
                   "status": status, "why": why + ("; " + "; ".join(bad) if bad else "")})


a1 = line_of("Answer = ", 1, after=l1)
chk("h_seq1", a1, states(seq1), "rounded h_t for inputs %s" % seq1)
a2 = line_of("Answer = ", 1, after=l2)
chk("h_seq2", a2, states(seq2), "rounded h_t for inputs %s" % seq2)

if __name__ == "__main__":
    wrong, right = [], []
    for c in CHECKS:
        print("line %3d  %-5s  %-45s true: [%s]  (%s)" % (c["line"], c["status"].upper(), DOC[c["line"] - 1].strip(),
                                                         c["correct"], c["why"]))
        if c["status"] == "wrong":
            wrong.append({"line": c["line"], "page": None, "printed": c["printed"], "correct": c["correct"],
                          "kind": "first", "why": c["why"]})
        else:
            right.append(c["line"])
    print("wrong lines: %d, right lines: %d" % (len(wrong), len(right)))
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": "md", "source": SOURCE, "license": LICENSE, "wrong": wrong,
               "right": sorted(right), "unjudged": [],
               "notes": ("Student's answers (MITx 6.86x, Unit 3 homework 'LSTM'): scalar LSTM with W_f,h = W_f,x = 0, "
                         "b_f = -100 (forget gate 0), W_i,x = b_i = 100 (input gate 1), W_o,x = 100, b_o = 0 (output "
                         "gate 1 for x = 1, 0.5 for x = 0), W_c,h = -100, W_c,x = 50, b_c = 0; h_-1 = c_-1 = 0. Inputs "
                         "[0,0,1,1,1,0] give rounded h = [0,0,1,-1,1,0] (the page prints the last as -0, i.e. 0; "
                         "exactly h_5 = 0.5*tanh(-1) = -0.38) and inputs [1,1,0,1,1] give [1,-1,0,1,-1]. Same result "
                         "with exact sigmoid/tanh (feeding back exact or rounded h_{t-1}) and with the page's +-1 "
                         "simplification when, as the page says, h_t is rounded at every step before it is fed back. "
                         "A clean document.")}
        (HERE / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote expected.json")
