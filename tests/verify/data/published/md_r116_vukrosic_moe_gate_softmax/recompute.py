#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, Vuk Rosić's course lesson "Lesson 4: The
Gate" (blueberry-llm-kimi-deepseek, _course/08_transformer_feedforward/04_the_gate.md): the router of a Mixture of
Experts layer worked with numbers, logits = x @ W_g for x = [1, 0, 0.5] and a 3x4 W_g, then softmax of the four
logits, the per-expert weights and the top-2 choice.

Plain Python 3, decimal at 60 digits; does not import nnwalk or the generator.

Givens (doc.md lines 27 and 30): x = [1, 0, 0.5]; W_g = [[0.1, 0.2, 0.3, 0.4], [0.5, 0.6, 0.7, 0.8],
[0.9, 1.0, 1.1, 1.2]] (shape (3, 4), logits = x @ W_g as line 33 says); gating_weights = softmax(logits).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on the page is right only when redoing it
      from those numbers rounds to p at p's digits (a given is exact; an operand that is itself a rounded earlier
      result may be taken anywhere within half a unit of its last digit) - otherwise wrong, first;
  (b) a value printed without working (or restated) is right within one unit of its last digit of the true value;
  (c) a restated wrong value is wrong, propagated; a value computed from a wrong one and itself off is wrong,
      propagated (first if the line adds a mistake of its own).
A line is wrong when any number on it is wrong.

Usage:  python3 recompute.py                   (report)
        python3 recompute.py --write-expected  (also writes expected.json)
"""
import itertools
import json
import pathlib
import sys
from decimal import ROUND_HALF_EVEN, Decimal as D, getcontext

getcontext().prec = 60

DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/vukrosic/blueberry-llm-kimi-deepseek/blob/71a19b79dca80378aa5ab8d3d58dea56305328d9/"
          "_course/08_transformer_feedforward/04_the_gate.md")
LICENSE = "MIT (LICENSE, Copyright (c) 2025 Vuk Rosić); kept verbatim, byte for byte"
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s: no line containing %r (occurrence %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_EVEN)


def near(p, x):
    return abs(D(p) - rnd(x, p)) <= unit(p)


def reachable(p, lo, hi):
    p = D(p)
    h = unit(p) / 2
    return not (hi < p - h or lo > p + h)


def span(f, *ops):
    """range of f over printed operands: 'r:x' is a rounded earlier result (varies within half a unit of its last
    digit); anything else is exact. f is monotone in each operand, so the corners give the range."""
    ranges = []
    for o in ops:
        if isinstance(o, str) and o.startswith("r:"):
            v = D(o[2:])
            ranges.append((v - unit(v) / 2, v + unit(v) / 2))
        else:
            ranges.append((D(o), D(o)))
    vals = [f(*c) for c in itertools.product(*ranges)]
    return min(vals), max(vals)


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, ops=None, up=(), why=""):
    assert printed in DOC[line - 1], (line, printed, DOC[line - 1])
    p = D(printed)
    if ops is not None and not reachable(p, *ops):
        st, kind = "wrong", "first"
    elif near(p, true):
        st, kind = "right", None
    elif any(STATUS.get(u) == "wrong" for u in up):
        st, kind = "wrong", "propagated"
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), status=st, kind=kind, why=why,
                       correct=str(rnd(true, p))))


# ---------------- givens and exact values ----------------
x = [D(1), D(0), D("0.5")]
Wg = [[D(v) for v in r.split()] for r in ("0.1 0.2 0.3 0.4", "0.5 0.6 0.7 0.8", "0.9 1.0 1.1 1.2")]
assert "`x = [1, 0, 0.5]`" in DOC[line_of("`x = [1, 0, 0.5]`") - 1]
assert "[[0.1, 0.2, 0.3, 0.4], [0.5, 0.6, 0.7, 0.8], [0.9, 1.0, 1.1, 1.2]]" in DOC[line_of("`W_g = [[") - 1]
logits = [sum(x[i] * Wg[i][j] for i in range(3)) for j in range(4)]
E = [v.exp() for v in logits]
G = [v / sum(E) for v in E]

# line "`logits = [0.55, 0.7, 0.85, 1.0]`": x @ W_g from the givens (exact)
L = line_of("`logits = [0.55, 0.7, 0.85, 1.0]`")
for j, pr in enumerate(("0.55", "0.7", "0.85", "1.0")):
    chk("z%d" % j, L, pr, logits[j], ops=(logits[j], logits[j]))

# line "`gating_weights = [0.21, 0.24, 0.28, 0.27]`": softmax of the logits, printed without working (rule b)
L = line_of("`gating_weights = [")
for j, pr in enumerate(("0.21", "0.24", "0.28", "0.27")):
    chk("g%d" % j, L, pr, G[j], up=("z%d" % j,),
        why=("softmax([0.55, 0.7, 0.85, 1.0]) = [%s]: e^z = [%s], sum %s; expert %d gets %s, printed %s (the largest "
             "logit cannot get less weight than a smaller one)"
             % (", ".join(str(rnd(g, D("0.0001"))) for g in G), ", ".join(str(rnd(e, D("0.0001"))) for e in E),
                rnd(sum(E), D("0.0001")), j + 1, rnd(G[j], D("0.0001")), pr)) if j == 3 else "")

# "Expert k gets a weight of ..." restated
for j, pr in enumerate(("0.21", "0.24", "0.28", "0.27")):
    L = line_of("- Expert %d gets a weight of %s" % (j + 1, pr))
    chk("ge%d" % j, L, pr, G[j], up=("g%d" % j,), why="restates the wrong weight %s of line %d (true %s)"
        % (pr, line_of("`gating_weights = ["), rnd(G[j], D("0.01"))) if j == 3 else "")

# the top-2 choice (line "select **Expert 3** and **Expert 4**") prints no number; it is right (the two largest
# true weights are experts 4 and 3), and is listed in neither list.
top2 = sorted(range(4), key=lambda j: G[j])[-2:]
assert sorted(top2) == [2, 3]

NOTES = ("A short MIT-licensed course lesson on the Mixture-of-Experts router. The logits x @ W_g = [0.55, 0.7, 0.85, "
         "1.0] are right (line %d). The softmax printed on line %d, [0.21, 0.24, 0.28, 0.27], is not softmax of "
         "those logits: the true weights are [0.1969, 0.2287, 0.2657, 0.3087] = [0.20, 0.23, 0.27, 0.31] at two "
         "decimals, and the largest logit (1.0) must get the largest weight; the printed values are introduced with "
         "'This will produce a result like:', but they are presented as the result, so the line is judged. Close "
         "calls: 0.21, 0.24 and 0.28 are each one unit from the true 0.20, 0.23 and 0.27, right by rule (b) (a value "
         "printed without working is right within one unit), so only expert 4's 0.27 (true 0.31) makes line %d "
         "wrong (first), and of the restating lines only 'Expert 4 gets a weight of 0.27' (line %d) is wrong "
         "(propagated); lines %d-%d are right. The top-2 choice (experts 3 and 4) agrees with the true weights and "
         "prints no number. Line %d only shows the first logit's expression (1*0.1 + 0*0.5 + 0.5*0.9) with no "
         "result on it; its result is on line %d."
         % (line_of("`logits = [0.55"), line_of("`gating_weights = ["), line_of("`gating_weights = ["),
            line_of("- Expert 4 gets"), line_of("- Expert 1 gets"), line_of("- Expert 3 gets"),
            line_of("`logits = [1*0.1"), line_of("`logits = [0.55")))


def report():
    wrong, right = [], []
    for n in sorted({c["line"] for c in CHECKS}):
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:100]))
        for c in cs:
            print("            %-5s printed %-6s true %-14s %s%s" % (
                c["id"], c["printed"], "%.6f" % c["true"], c["status"], " (%s)" % c["kind"] if c["kind"] else ""))
        if bad:
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(c["correct"] for c in bad),
                          "kind": "first" if any(c["kind"] == "first" for c in bad) else "propagated",
                          "why": "; ".join(dict.fromkeys(c["why"] or "restates a wrong value" for c in bad))})
        else:
            right.append(n)
    return wrong, right


def main():
    wrong, right = report()
    print("\nwrong lines (%d):" % len(wrong), [(w["line"], w["kind"]) for w in wrong])
    print("right lines (%d):" % len(right), right)
    if "--write-expected" in sys.argv:
        exp_ = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE, "wrong": wrong,
                "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp_, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


if __name__ == "__main__":
    main()
