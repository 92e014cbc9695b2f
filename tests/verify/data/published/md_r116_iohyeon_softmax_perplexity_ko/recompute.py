#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, iohyeon's Korean study note
"language model의 출력은 어떻게 확률이 되고, 그 확률은 어떻게 평가되는가?" (sutskevers-list-study,
03-rnn-lstm/02-softmax-and-perplexity.md): softmax of the logits [2.0, 1.0, 0.1] by hand, the same logits at
temperatures 0.5 / 1 / 2 / 10, -ln p, cross-entropy and perplexity of four probabilities, bits per character of a
table of measured perplexities, and six check questions with answers.

Plain Python 3, decimal at 60 digits; does not import nnwalk or the generator.

Givens: logits z = [2.0, 1.0, 0.1]; temperatures 0.5, 1.0, 2.0, 10.0; probabilities 0.5, 0.25, 0.1, 0.8 (and 1.0,
0.5, 0.1, 0.01 in the -ln table); the measured test perplexities 25, 2.909, 1.604, 1.561, 1.542, 1.511 (results of
the author's experiments, not recomputable); the check questions' inputs.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on that line is right only when the
      expression redone from those numbers rounds to p at p's digits (a given is exact; an operand that is itself a
      rounded earlier result may be taken anywhere within half a unit of its last digit) - otherwise wrong, first;
  (b) a value printed without working (or restated) is right within one unit of its last digit of the true value,
      or when it follows from printed correct operands;
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
SOURCE = ("https://github.com/iohyeon/sutskevers-list-study/blob/7f5223fa62dc1e76d1cf05bede166fbc80f4554a/"
          "03-rnn-lstm/02-softmax-and-perplexity.md")
LICENSE = "CC BY 4.0 (LICENSE-docs: the repository's .md documents and .svg figures); kept verbatim with attribution"
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s: no line containing %r (occurrence %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


# ---------------- exact arithmetic helpers ----------------
def exp(x):
    return D(x).exp()


def ln(x):
    return D(x).ln()


def log2(x):
    return D(x).ln() / D(2).ln()


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_EVEN)


def near(p, x):
    """rule (b): within one unit of p's last digit of the true value"""
    return abs(D(p) - rnd(x, p)) <= unit(p)


def reachable(p, lo, hi):
    """rule (a): some value of the expression in [lo, hi] rounds to p at p's digits"""
    p = D(p)
    h = unit(p) / 2
    return not (hi < p - h or lo > p + h)


def span(f, *ops):
    """range of f over its printed operands: an operand given as 'r:0.657' is a rounded earlier result and varies
    within half a unit of its last digit; any other operand is exact. f must be monotone in each operand."""
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


def chk(cid, line, printed, true, ops=None, up=(), why="", method=False):
    """printed: the number as printed on the line; true: exact value from the givens; ops: (lo, hi) of the line's own
    expression from its printed operands (rule a) or None; up: ids of the printed values it is computed from."""
    assert printed.lstrip("-") in DOC[line - 1], (line, printed, DOC[line - 1])
    p = D(printed)
    if ops is not None and not reachable(p, *ops):
        st, kind = "wrong", "first"
    elif near(p, true) and not method:
        st, kind = "right", None
    elif any(STATUS.get(u) == "wrong" for u in up):
        st, kind = "wrong", "propagated"
    elif ops is not None and not method and all(STATUS.get(u) == "right" for u in up) and up:
        st, kind = "right", None  # follows from printed correct operands (rule b)
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), status=st, kind=kind, why=why,
                       correct=str(rnd(true, p))))


# ---------------- the document ----------------
z = [D("2.0"), D("1.0"), D("0.1")]

# softmax table (lines "| A | 2.0 | 7.389 |" ...); the sum 11.212 (line "| 합 |") is judged first
ez = [exp(v) for v in z]
S = sum(ez)
for name, e_pr, k in (("A", "7.389", 0), ("B", "2.718", 1), ("C", "1.105", 2)):
    chk("e" + name, line_of("| %s | %s | %s |" % (name, str(z[k]), e_pr)), e_pr, ez[k])
L = line_of("| 합 | | 11.212 | 1.000 |")
chk("S", L, "11.212", S, ops=span(lambda a, b, c: a + b + c, "r:7.389", "r:2.718", "r:1.105"), up=("eA", "eB", "eC"))
for name, e_pr, p_pr, k in (("A", "7.389", "0.659", 0), ("B", "2.718", "0.242", 1), ("C", "1.105", "0.099", 2)):
    ln_ = line_of("| %s | %s | %s |" % (name, str(z[k]), e_pr))
    chk("p" + name, ln_, p_pr, ez[k] / S, ops=span(lambda a, b: a / b, "r:" + e_pr, "r:11.212"), up=("e" + name, "S"))
chk("sum1", L, "1.000", D(1), ops=span(lambda a, b, c: a + b + c, "r:0.659", "r:0.242", "r:0.099"),
    up=("pA", "pB", "pC"))
chk("e1", line_of("$e^1 \\approx 2.72$"), "2.72", exp(1))

# temperature table
for T, zt, probs in (("0.5", "[4.0, 2.0, 0.2]", ("0.864", "0.117", "0.019")),
                     ("1.0", "[2.0, 1.0, 0.1]", ("0.659", "0.242", "0.099")),
                     ("2.0", "[1.0, 0.5, 0.05]", ("0.502", "0.304", "0.194")),
                     ("10.0", "[0.2, 0.1, 0.01]", ("0.366", "0.331", "0.303"))):
    L = line_of("| %s | %s |" % (T, zt))
    e = [exp(v / D(T)) for v in z]
    for j, pr in enumerate(probs):
        chk("T%s_%d" % (T, j), L, pr, e[j] / sum(e))

# T = 0.5 by hand
L = line_of("한 줄만 직접 계산해 봅니다")
chk("e4", L, "54.60", exp(4))
chk("e2", L, "7.389", exp(2))
chk("e02", L, "1.221", exp(D("0.2")))
chk("S05", L, "63.21", exp(4) + exp(2) + exp(D("0.2")),
    ops=span(lambda a, b, c: a + b + c, "r:54.60", "r:7.389", "r:1.221"), up=("e4", "e2", "e02"))
chk("p05", L, "0.864", exp(4) / (exp(4) + exp(2) + exp(D("0.2"))),
    ops=span(lambda a, b: a / b, "r:54.60", "r:63.21"), up=("e4", "S05"))
chk("half", line_of("차이가 2배로 벌어지고"), "2", 1 / D("0.5"))

# -ln p table
chk("ln1", line_of("| 1.0 | 0 |"), "0", -ln(1))
chk("ln05", line_of("| 0.5 | 0.693 |"), "0.693", -ln(D("0.5")))
chk("ln01", line_of("| 0.1 | 2.303 |"), "2.303", -ln(D("0.1")))
chk("ln001", line_of("| 0.01 | 4.605 |"), "4.605", -ln(D("0.01")))

# cross-entropy and perplexity of 0.5, 0.25, 0.1, 0.8
ps = [D("0.5"), D("0.25"), D("0.1"), D("0.8")]
lns = [ln(v) for v in ps]
L = line_of("1. $\\ln$ 값:")
for k, pr in enumerate(("-0.693", "-1.386", "-2.303", "-0.223")):
    chk("l%d" % k, L, pr, lns[k])
Ssum = sum(lns)
L = line_of("2. 합: $-4.605$")
chk("lsum", L, "-4.605", Ssum, ops=span(lambda a, b, c, d: a + b + c + d, "r:-0.693", "r:-1.386", "r:-2.303", "r:-0.223"),
    up=("l0", "l1", "l2", "l3"))
chk("lmean", L, "-1.151", Ssum / 4, ops=span(lambda a: a / 4, "r:-4.605"), up=("lsum",))
chk("CE", line_of("3. cross-entropy:"), "1.151", -Ssum / 4, up=("lmean",))
chk("PP", line_of("4. perplexity: $e^{1.151} = 3.162$"), "3.162", exp(-Ssum / 4),
    ops=span(lambda a: exp(a), "r:1.151"), up=("CE",))
L = line_of("기하평균 쪽으로 검산합니다")
prod = ps[0] * ps[1] * ps[2] * ps[3]
chk("prod", L, "0.01", prod, ops=span(lambda a, b, c, d: a * b * c * d, "0.5", "0.25", "0.1", "0.8"))
chk("inv", L, "100", 1 / prod)
chk("root", L, "3.162", (1 / prod) ** D("0.25"), ops=span(lambda a: a ** D("0.25"), "100"), up=("inv",))

# uniform guessing: PP = k
chk("pp1", line_of("| 항상 정답에 확률 1 | 1 (하한) |"), "1", D(1))
chk("pp27", line_of("| 글자 어휘 27개에서 균등하게 찍기 | 27 |"), "27", D(27))
L50 = line_of("| 단어 어휘 50,000개에서 균등하게 찍기 | 50,000 |")
STATUS["pp50k"] = "right"  # "50,000" has a thousands comma: judged here (PP = k = 50000)
CHECKS.append(dict(id="pp50k", line=L50, printed="50,000", true=D(50000), status="right", kind=None, why="",
                   correct="50,000"))

# BPC = log2 PP of the measured perplexities
for name, pp, bpc in (("균등하게 찍기", "25", "4.64"), ("글자 unigram", "2.909", "1.54"), ("문맥 4 n-gram", "1.604", "0.68"),
                      ("vanilla RNN (numpy, hidden 96)", "1.561", "0.64"),
                      ("vanilla RNN (PyTorch, hidden 128)", "1.542", "0.62"), ("LSTM (PyTorch, hidden 128)", "1.511", "0.60")):
    L = line_of("| %s" % name)
    assert "| %s | %s |" % (pp, bpc) in DOC[L - 1], DOC[L - 1]
    chk("bpc" + pp, L, bpc, log2(pp))

L = line_of("$1.5^6 \\approx 11.4$")
chk("pow6", L, "11.4", D("1.5") ** 6)
chk("bpc156", line_of("perplexity 1.56이면 BPC는 0.64"), "0.64", log2("1.56"))
L = line_of("$\\ln 2 = 0.693$ nat")
chk("ln2", L, "0.693", ln(2))
chk("onebit", L, "1", log2(2))

# check questions
L = line_of("(답: 모두 1/3.")
STATUS["q1"] = "right"  # the answer is the fraction 1/3, exactly softmax of equal logits
CHECKS.append(dict(id="q1", line=L, printed="1/3", true=D(1) / 3, status="right", kind=None, why="", correct="1/3"))
L = line_of("$e^3/(e^3+1) = 0.953$")
chk("q2a", L, "0.953", exp(3) / (exp(3) + 1))
chk("q2b", L, "0.731", exp(1) / (exp(1) + 1))
chk("q4", line_of("(답: 4)"), "4", 1 / D("0.25"))
chk("q5", line_of("$e^{-0.5} = 0.607$"), "0.607", exp(D("-0.5")))
L = line_of("$\\log_2 10000 - \\log_2 100")
chk("q6a", L, "13.29", log2(10000))
chk("q6b", L, "6.64", log2(100))
chk("q6", L, "6.64", log2(10000) - log2(100), ops=span(lambda a, b: a - b, "r:13.29", "r:6.64"), up=("q6a", "q6b"))

NOTES = ("A Korean study note (CC BY 4.0) that works softmax, temperature, -ln p, cross-entropy, perplexity and bits "
         "per character by hand; every printed computed number checks, so the document is clean: it measures false "
         "alarms. Close calls, all judged right: (1) line %d prints log2 10000 - log2 100 = 13.29 - 6.64 = 6.64; "
         "13.29 - 6.64 is 6.65 with the printed operands taken as exact, but both are rounded results (13.2877, "
         "6.6439), and within half a unit of their last digits the difference reaches 6.64, the true value 6.6439 "
         "(rule a with rounded operands). (2) line %d prints e^{1.151} = 3.162; e^1.151 = 3.1613, but 1.151 is the "
         "rounded mean 1.15129, and e^1.15129 = 3.1623 (rule a, operand within half a unit). (3) The BPC column of "
         "the perplexity table (lines %d-%d) is log2 of the measured perplexities, recomputed from the printed "
         "perplexities as givens; the perplexities themselves are experimental results and are in neither list. "
         "(4) Lines that only restate the uniform-guess rule PP = k (1, 27, 50,000), 1/T = 2 for T = 0.5, and the "
         "answers 1/3 and 4 are listed as right (trivial but computed). (5) The experiment counts (133, 126, ...) "
         "and the percentages quoted from other documents (46%%, 100%%, 50%%, 18%%) are measurements, not worked "
         "numbers, and are in neither list."
         % (line_of("$\\log_2 10000 - \\log_2 100"), line_of("4. perplexity: $e^{1.151}"),
            line_of("| 균등하게 찍기 | 25 |"), line_of("| LSTM (PyTorch, hidden 128) |")))


def report():
    wrong, right = [], []
    for n in sorted({c["line"] for c in CHECKS}):
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:100]))
        for c in cs:
            print("            %-8s printed %-10s true %-22s %s%s" % (
                c["id"], c["printed"], "%.12g" % c["true"], c["status"], " (%s)" % c["kind"] if c["kind"] else ""))
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
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines (%d):" % len(right), right)
    if "--write-expected" in sys.argv:
        exp_ = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE, "wrong": wrong,
                "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp_, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


if __name__ == "__main__":
    main()
