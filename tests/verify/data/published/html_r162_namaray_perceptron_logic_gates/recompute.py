#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.html, an excerpt (original lines 122-457,
verbatim) of `perceptron-logic.html`, "Perceptron Logic Gates (Full Step-by-Step)", from the hand-written HTML
study guide github.com/namaray/Data-Mining-CSE-4891-Study-Guide (commit a519f8fa16158477f24c2408592f2e57dcdbb814).

Plain Python 3 (fractions only); does not import nnwalk or the generator.

The page trains a threshold perceptron by hand on three gates (OR; AND with 2 inputs; AND with 3 inputs), with the
rule it states: Sum = sum(I_i * w_i); output 1 if Sum > Threshold, else 0; expected 1 but got 0 -> add the learning
rate to the active weights (inputs equal to 1); expected 0 but got 1 -> subtract it.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers gives p;
  (b) a value printed without working, or restated, is right when it equals the true value within one unit (or
      follows from printed correct operands);
  (c) a restated consequence of a wrong value is wrong, propagated.
The output bit of a row depends on the comparison Sum > Threshold.  Where Sum equals the threshold exactly the page
itself says "(0.9 accepted as 1)", i.e. it uses Sum >= Threshold although its rule says Sum > Threshold.  This
script simulates both readings; a line whose value differs between them is put in "unjudged".

Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import re
import sys
from fractions import Fraction as F

DOCFILE = "doc.html"
FORMAT = "html"
SOURCE = ("https://github.com/namaray/Data-Mining-CSE-4891-Study-Guide/blob/"
          "a519f8fa16158477f24c2408592f2e57dcdbb814/perceptron-logic.html")
LICENSE = ("none stated (no LICENSE file; the page footer reads '(c) 2024 Data Mining Study Guide'); doc.html is "
           "an excerpt only: original lines 122-457 (the three worked training tables), verbatim, so "
           "original line = doc line + 121")
OFFSET = 121

HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")
if DOC and DOC[-1] == "":
    DOC = DOC[:-1]

NUM = re.compile(r"-?\d+(?:\.\d+)?")


def text(line):
    """the line without its HTML tags"""
    return re.sub(r"<[^>]*>", " ", line)


def nums(s):
    return [F(x) for x in NUM.findall(s)]


def fmt(x):
    x = F(x)
    return str(float(x)) if x.denominator != 1 else str(x.numerator)


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


RIGHT, WRONG, UNJUDGED = {}, {}, {}
LOG = []


def right(ln, why):
    RIGHT[ln] = why


def wrong(ln, printed, correct, kind, why):
    WRONG[ln] = dict(line=ln, page=None, printed=printed, correct=correct, kind=kind, why=why)


def unjudged(ln, why):
    UNJUDGED[ln] = dict(line=ln, page=None, why=why)


def step(total, th, reading):
    return 1 if (total > th if reading == "strict" else total >= th) else 0


READINGS = ("strict", "geq")

# ------------------------------------------------------------------------------------------------------------------
# walk the three problems
problem_starts = [line_of("<h2>Problem 1"), line_of("<h2>Problem 2"), line_of("<h2>Problem 3")]
if len(problem_starts) != 3:
    raise SystemExit("expected three problems")
bounds = problem_starts + [len(DOC) + 1]

for pidx in range(3):
    lo, hi = bounds[pidx], bounds[pidx + 1]
    setup_ln = next(i for i in range(lo, hi) if "Threshold =" in DOC[i - 1])
    setup = text(DOC[setup_ln - 1])
    th = F(re.search(r"Threshold = (\d+(?:\.\d+)?)", setup).group(1))
    lr = F(re.search(r"Learning Rate = (\d+(?:\.\d+)?)", setup).group(1))
    start = [F(v) for v in re.findall(r"w\d\s*=\s*(\d+(?:\.\d+)?)", setup)]
    LOG.append("Problem %d: threshold %s, rate %s, start %s" % (pidx + 1, fmt(th), fmt(lr), [fmt(w) for w in start]))
    state = {r: list(start) for r in READINGS}     # true weights under each reading
    claimed_mode = False                          # inside the "FINAL STABILITY CHECK" block of problem 3
    last_sum = None
    i = lo
    while i < hi:
        raw = DOC[i - 1]
        t = text(raw)
        if 'class="iter-sep"' in raw:
            m = re.search(r"Weights:\s*([^)]*)\)", t)
            if m:
                pw = [F(v) for v in re.findall(r"[\d.]+", m.group(1))]
                if "FINAL STABILITY CHECK" in t:
                    unjudged(i, "asserts converged weights (%s) after unshown training ('after converging'); the "
                                "shown updates leave %s, and continuing the page's own procedure in its row order "
                                "cycles between (0.0, 0.4, 0.4) and (0.0, 0.0, 0.4) and never reaches (0.4, 0.4, 0.4) "
                                "- which is nevertheless a valid AND solution; reading as a claim about the shown "
                                "training (wrong) or as a stated weight vector to check (a given) both fit"
                             % (", ".join(fmt(w) for w in pw), "(" + ", ".join(fmt(w) for w in state["strict"]) + ")"))
                    claimed_mode = True
                    for r in READINGS:
                        state[r] = list(pw)
                else:
                    if all(state[r] == pw for r in READINGS):
                        right(i, "restated weights %s" % [fmt(w) for w in pw])
                    elif len({tuple(state[r]) for r in READINGS}) > 1:
                        unjudged(i, "restated weights depend on the reading of Sum = Threshold")
                    else:
                        wrong(i, ", ".join(fmt(w) for w in pw), ", ".join(fmt(w) for w in state["strict"]),
                              "first", "restated weights differ from the weights after the updates above")
            i += 1
            continue
        if "After converging" in t:
            unjudged(i, "restates the asserted converged weights 0.4, 0.4, 0.4 (see the FINAL STABILITY CHECK "
                        "line above)")
            i += 1
            continue
        if "Training Complete! Final Weights" in t:
            pw = nums(t.split("Final Weights:")[1])
            if claimed_mode:
                unjudged(i, "restates the asserted converged weights (0.4, 0.4, 0.4); the shown training ends at "
                            "(0.0, 0.0, 0.4) and the page's procedure never settles")
            elif all(state[r] == pw for r in READINGS):
                right(i, "final weights %s" % [fmt(w) for w in pw])
            elif any(state[r] == pw for r in READINGS):
                unjudged(i, "final weights %s hold under the Sum >= Threshold reading the page uses ('0.9 accepted "
                            "as 1') but not under its stated rule Sum > Threshold (strict reading gives %s)"
                         % ([fmt(w) for w in pw], [fmt(w) for w in state["strict"]]))
            else:
                wrong(i, ", ".join(fmt(w) for w in pw), ", ".join(fmt(w) for w in state["strict"]), "first",
                      "final weights differ from the training shown")
            i += 1
            continue
        if raw.strip() == "<tr>" and "<th>" in DOC[i]:
            i += 1          # table header row
            continue
        if raw.strip() == "<tr>":
            # a row: inputs, weights, sum, out/exp, action..., </tr>
            in_ln, w_ln, s_ln, oe_ln = i + 1, i + 2, i + 3, i + 4
            if 'class="col-math"' not in DOC[s_ln - 1]:
                raise SystemExit("unexpected row layout at line %d" % i)
            x = [int(v) for v in re.findall(r"\d+", text(DOC[in_ln - 1]))]
            pw = nums(text(DOC[w_ln - 1]))
            if len(pw) != len(x):
                raise SystemExit("weights/inputs mismatch at line %d" % w_ln)
            # weights line (restated current weights)
            if claimed_mode:
                unjudged(w_ln, "restates the asserted converged weights 0.4, 0.4, 0.4")
            elif all(state[r] == pw for r in READINGS):
                right(w_ln, "current weights %s" % [fmt(w) for w in pw])
            elif any(state[r] == pw for r in READINGS):
                unjudged(w_ln, "current weights %s hold under Sum >= Threshold ('0.9 accepted as 1') but not under "
                               "the stated rule Sum > Threshold (strict reading gives %s)"
                         % ([fmt(w) for w in pw], [fmt(w) for w in state["strict"]]))
            else:
                wrong(w_ln, ", ".join(fmt(w) for w in pw), ", ".join(fmt(w) for w in state["strict"]), "first",
                      "current weights differ from the updates above")
            # sum line
            st = text(DOC[s_ln - 1]).strip()
            from_printed = sum(xi * wi for xi, wi in zip(x, pw))
            if "=" in st:
                lhs, rhs = st.rsplit("=", 1)
                expr = re.sub(r"(\d+(?:\.\d+)?)", r"F('\1')", lhs.replace("*", "*"))
                val = eval(expr, {"F": F})
                p = F(rhs.strip())
                ok = (val == p) and (p == from_printed)
                why = "%s = %s (inputs x printed weights give %s)" % (lhs.strip(), fmt(val), fmt(from_printed))
            else:
                p = F(st)
                ok = (p == from_printed)
                why = "printed without working; inputs %s x printed weights give %s" % (x, fmt(from_printed))
            if ok:
                right(s_ln, why)
            else:
                wrong(s_ln, st, fmt(from_printed), "first", why)
            last_sum = p
            # out / exp line
            oe = [int(v) for v in re.findall(r"\d+", text(DOC[oe_ln - 1]))]
            if len(oe) != 2:
                raise SystemExit("out/exp line not found at %d" % oe_ln)
            out_p, exp = oe
            outs = {r: step(p, th, r) for r in READINGS}
            if outs["strict"] == outs["geq"]:
                if out_p == outs["strict"]:
                    right(oe_ln, "output %d: Sum %s vs threshold %s" % (out_p, fmt(p), fmt(th)))
                else:
                    wrong(oe_ln, str(out_p), str(outs["strict"]), "first",
                          "Sum %s vs threshold %s gives %d" % (fmt(p), fmt(th), outs["strict"]))
            else:
                unjudged(oe_ln, "Sum %s equals the threshold %s: the stated rule (Sum > Threshold) gives 0, the page's "
                                "own convention ('0.9 accepted as 1') gives 1; printed %d"
                         % (fmt(p), fmt(th), out_p))
            # true state update under each reading (from the true weights of that reading)
            new_state = {}
            for r in READINGS:
                w = list(state[r])
                tot = sum(xi * wi for xi, wi in zip(x, w))
                o = step(tot, th, r)
                if o < exp:
                    w = [wi + lr if xi == 1 else wi for xi, wi in zip(x, w)]
                elif o > exp:
                    w = [wi - lr if xi == 1 else wi for xi, wi in zip(x, w)]
                new_state[r] = w
            # action lines
            j = oe_ln + 1
            while DOC[j - 1].strip() != "</tr>":
                at = text(DOC[j - 1])
                m = re.search(r"((?:w\d,?\s*)+)=\s*([\d.]+)\s*([+-])\s*([\d.]+)\s*=\s*([\d.]+)", at)
                if m:
                    names = [int(v) - 1 for v in re.findall(r"w(\d)", m.group(1))]
                    a, op, b, p2 = F(m.group(2)), m.group(3), F(m.group(4)), F(m.group(5))
                    val = a + b if op == "+" else a - b
                    truths = {tuple(new_state[r][k] for k in names) for r in READINGS}
                    if val != p2:
                        wrong(j, m.group(5), fmt(val), "first", "%s %s %s = %s" % (fmt(a), op, fmt(b), fmt(val)))
                    elif len(truths) > 1:
                        unjudged(j, "update depends on the reading of Sum = Threshold")
                    elif truths == {tuple([p2] * len(names))}:
                        right(j, "%s %s %s = %s, the rule's update" % (fmt(a), op, fmt(b), fmt(val)))
                    else:
                        wrong(j, m.group(5), str(truths), "first", "arithmetic right but not the rule's update")
                elif "accepted as" in at:
                    unjudged(j, "restates the Sum 0.9 and declares the output 1 for Sum = Threshold, against the "
                                "stated rule Sum > Threshold: the output depends on the reading")
                elif "Match" in at and NUM.search(at):
                    # "Match (1.2 > 0.9)", "Match (0.5 < 0.7).": a restated Sum against the threshold (a given)
                    rs = nums(at)[0]
                    if rs == last_sum and s_ln not in WRONG:
                        right(j, "restates the row's Sum %s" % fmt(rs))
                    else:
                        wrong(j, fmt(rs), fmt(last_sum), "propagated", "restated Sum")
                j += 1
            state = new_state
            i = j + 1
            continue
        i += 1

# ------------------------------------------------------------------------------------------------------------------
# the simulation behind the 'never reaches (0.4, 0.4, 0.4)' remark: problem 3 continued in the page's row order
order = [(1, 1, 1), (1, 1, 0), (1, 0, 1), (1, 0, 0), (0, 1, 1), (0, 1, 0), (0, 0, 1), (0, 0, 0)]
w = [F(0), F(0), F("0.4")]
seen = []
for it in range(6):
    for x in order:
        tot = sum(a * b for a, b in zip(x, w))
        o = 1 if tot > F("0.9") else 0
        e = 1 if x == (1, 1, 1) else 0
        if o < e:
            w = [wi + F("0.4") if xi else wi for xi, wi in zip(x, w)]
        elif o > e:
            w = [wi - F("0.4") if xi else wi for xi, wi in zip(x, w)]
    seen.append(tuple(fmt(v) for v in w))
LOG.append("Problem 3 continued from the last shown weights (0.0, 0.0, 0.4), end of each further pass: %s" % seen)
if ("0.4", "0.4", "0.4") in seen:
    raise SystemExit("unexpected: the continued training reaches (0.4, 0.4, 0.4)")

# ------------------------------------------------------------------------------------------------------------------
overlap = (set(RIGHT) & set(WRONG)) | (set(RIGHT) & set(UNJUDGED)) | (set(WRONG) & set(UNJUDGED))
if overlap:
    raise SystemExit("line judged twice: %s" % sorted(overlap))

for s in LOG:
    print(s)
print()
for ln in sorted(set(RIGHT) | set(WRONG) | set(UNJUDGED)):
    tag = "RIGHT" if ln in RIGHT else ("WRONG" if ln in WRONG else "UNJUDGED")
    why = RIGHT.get(ln) or (WRONG.get(ln) or UNJUDGED.get(ln))["why"]
    print("%4d (orig %4d) %-8s %-70s | %s" % (ln, ln + OFFSET, tag, DOC[ln - 1].strip()[:70], why))
print()
print("right: %d  wrong: %d (first %d, propagated %d)  unjudged: %d" % (
    len(RIGHT), len(WRONG), sum(1 for v in WRONG.values() if v["kind"] == "first"),
    sum(1 for v in WRONG.values() if v["kind"] == "propagated"), len(UNJUDGED)))

NOTES = (
    "Excerpt (no license): doc.html is original lines 122-457 of perceptron-logic.html, verbatim; original line = "
    "doc line + 121. A hand-written HTML study-guide page that trains a threshold perceptron by hand: OR (threshold "
    "0.9, rate 0.2, start 0.7/0.7), AND with 2 inputs (0.7, 0.3, 0.8/0.8) and AND with 3 inputs (0.9, 0.4, 0.8 x 3). "
    "All printed sums and weight updates are arithmetically right. Two things are not plain arithmetic and are left "
    "unjudged: (1) the OR table's second pass prints output 1 for Sum = 0.9 = threshold ('Match. (0.9 accepted as 1)') "
    "although the page's stated rule is Sum > Threshold; under that rule the output is 0, w1 would rise to 1.1 and "
    "the restated weights 0.9, 0.9 of the following rows and the final weights would change, so those lines depend "
    "on the reading; (2) the 3-input AND table ends its shown training at weights (0.0, 0.0, 0.4) and then asserts "
    "'FINAL STABILITY CHECK (Weights: 0.4, 0.4, 0.4)' / 'After converging, the weights settle at 0.4, 0.4, 0.4'; "
    "continuing the page's own procedure in its row order cycles between (0.0, 0.4, 0.4) and (0.0, 0.0, 0.4) and "
    "never reaches (0.4, 0.4, 0.4), though that vector is a valid AND solution and the check rows computed with it "
    "are right. Input pairs, expected outputs, thresholds, rates and start weights are givens; iteration counters "
    "are not computed numbers.")

if "--write-expected" in sys.argv:
    out = {
        "file": DOCFILE,
        "format": FORMAT,
        "source": SOURCE,
        "license": LICENSE,
        "wrong": [WRONG[k] for k in sorted(WRONG)],
        "right": sorted(RIGHT),
        "unjudged": [UNJUDGED[k] for k in sorted(UNJUDGED)],
        "notes": NOTES,
    }
    (HERE / "expected.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote expected.json")
