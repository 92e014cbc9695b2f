#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, an excerpt of the Spanish course notebook
"2022_01_24_Problema 2" (AlfonsJ/2024_02_29_APR2324, UPV course "Aprendizaje Automatico", exam problem on a
network of five weights): the teacher's hand solution in one LaTeX align block (forward pass, output and hidden
errors, all five weight updates, every operand printed), then the same step as three NumPy cells with saved outputs.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator. Lines are 1-based lines of the raw
.ipynb JSON, as `grep -n` shows them.

Givens (our note cell, line 17, from the left-out statement; the code cell, lines 75-76): theta_1 = ... = theta_5 =
1, x = (0, 1), t = 1, rho = 1; one sigmoid hidden unit phi^1_1 = theta_1 + theta_2 x_2, linear output phi^2_1 =
theta_4 + theta_3 x_1 + theta_5 s^1_1, squared loss. The hand solution's rules: delta^2_1 = t - s^2_1, delta^1_1 =
delta^2_1 theta_5 s^1_1 (1 - s^1_1), theta = theta + rho delta (input); the code's: theta = theta - gradient.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line that shows p as the result of an expression of numbers printed on that line is right only if redoing
      the expression from those printed numbers rounds to exactly p at p's digits (an operand that is itself a
      rounded result printed earlier may lie anywhere within half a unit of its last digit; a given is exact);
      otherwise the line is wrong (first), even when p is one unit off;
  (b) a value printed without working (symbolic right-hand sides count as no working), or restated, is right when
      it is within one unit of its last digit of the true value; a full-precision float64 repr (15 or more
      significant digits) is right within 1e-12 relative (float64 round-off, as in nb_piotrowerko_three_weights);
  (c) a restated wrong value is wrong (propagated); a value computed from a wrong one and itself off is wrong
      (propagated).
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/AlfonsJ/2024_02_29_APR2324/blob/aca20e4a86b8d15c5369e4dfe4d9e103b85d6012/"
          "T3%20Redes%20neuronales/T3%20Problemas%20sobre%20redes%20neuronales/2022_01_24_Problema%202.ipynb")
LICENSE = ("none (no LICENSE in the repository); doc.ipynb keeps the title cell and the seven solution cells (hand "
           "solution, matrix-notation solution, three code cells with saved outputs) unchanged, with one Markdown cell "
           "of ours naming the source and the givens; the problem statement cell with the figure is left out")
# ---------------- shared judging helpers (copied into each recompute.py) ----------------
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def sig(z):
    return 1 / (1 + (-D(z)).exp())


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    return abs(D(p) - rnd(x, p)) <= unit(p)


def half(p):
    """Half a unit of the last digit of a printed rounded operand."""
    return unit(p) / 2


def span(f, *ops):
    """Interval of f over printed operands: a plain D/str is exact, a tuple ('r', text) is a rounded result printed
    earlier and may lie anywhere within half a unit of its last digit (f is evaluated at every corner)."""
    import itertools
    choices = []
    for o in ops:
        if isinstance(o, tuple):
            v = D(o[1])
            choices.append((v - half(o[1]), v + half(o[1])))
        else:
            choices.append((D(o),))
    vals = [f(*c) for c in itertools.product(*choices)]
    return (min(vals), max(vals))


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, ops=None, up=(), why="", correct=None, explicit=True):
    """Judge one printed number (rules in the module docstring). ops: None (no working shown on the line), a value
    (exact operands) or an interval (lo, hi) from span()."""
    assert printed in DOC[line - 1], (line, printed, DOC[line - 1])
    p = D(printed)
    if ops is None and up and explicit:
        ops = p  # a restated value carries the status of the value it copies
    if ops is None:
        ops_ok = True
    elif isinstance(ops, tuple):
        ops_ok = rnd(ops[0], p) <= p <= rnd(ops[1], p)
    else:
        ops_ok = p == rnd(ops, p)
    if explicit and not ops_ok:
        st, kind = "wrong", "first"
    elif near(p, true):
        st, kind = "right", None
    elif any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", "propagated"
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    shown = None if ops is None else (ops if not isinstance(ops, tuple) else ops[0])
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), ops=shown, status=st, kind=kind, why=why,
                       correct=correct if correct is not None else str(rnd(true, p))))


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:110]))
        for c in cs:
            extra = "" if c["ops"] is None else "  from printed operands %.10g" % c["ops"]
            print("            %-10s printed %-14s true %.10g%s -> %s%s" % (
                c["id"], c["printed"], c["true"], extra, c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            seen, printed, correct, whys = set(), [], [], []
            for c in bad:
                key = (c["printed"], c["correct"])
                if key in seen:
                    continue
                seen.add(key)
                printed.append(c["printed"])
                correct.append(c["correct"])
                whys.append(c["why"] or "restates a wrong value")
            wrong.append({"line": n, "page": None, "printed": ", ".join(printed), "correct": ", ".join(correct),
                          "kind": "first" if "first" in kinds else "propagated", "why": "; ".join(dict.fromkeys(whys))})
        else:
            right.append(n)
    return wrong, right


def main():
    wrong, right = report()
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


def L(n, sub):
    assert sub in DOC[n - 1], (n, sub, DOC[n - 1])
    return n


R = lambda s: ("r", s)
x1, x2, t, rho = D(0), D(1), D(1), D(1)
th1 = th2 = th3 = th4 = th5 = D(1)
p1 = th1 + th2 * x2
s1 = sig(p1)
p2 = th4 + th3 * x1 + th5 * s1
s2 = p2
d2 = t - s2
d1 = d2 * th5 * s1 * (1 - s1)
n1, n2, n3, n4, n5 = th1 + rho * d1, th2 + rho * d1 * x2, th3 + rho * d2 * x1, th4 + rho * d2, th5 + rho * d2 * s1
J = s2 - t

# ---------------- hand solution (every operand printed) ----------------
chk("p1", L(26, "=1+1\\\\cdot 1=2"), "2", p1, ops=th1 + th2 * x2)
chk("s1", L(27, "=0.880797"), "0.880797", s1)
n = L(28, "=1+1\\\\cdot 0+1\\\\cdot 0.880797=1.880797")
chk("s1r", n, "0.880797", s1, up=["s1"])
chk("p2", n, "1.880797", p2, ops=span(lambda a: 1 + a, R("0.880797")))
chk("s2", L(29, "=1.880797"), "1.880797", s2, up=["p2"])
n = L(30, "=(1-1.880797)=-0.880797")
chk("d2", n, "-0.880797", d2, ops=span(lambda a: 1 - a, R("1.880797")))
n = L(31, "=-0.092478")
chk("d1", n, "-0.092478", d1, ops=span(lambda a, b: a * b * (1 - b), R("-0.880797"), R("0.880797")))
chk("u1", L(32, "=0.90752"), "0.90752", n1, ops=span(lambda a: 1 + a, R("-0.092478")))
chk("u2", L(33, "=0.90752"), "0.90752", n2, ops=span(lambda a: 1 + a, R("-0.092478")))
chk("u3", L(34, "\\\\cdot 0=1"), "1", n3, ops=D(1))
chk("u4", L(35, "=0.119203"), "0.119203", n4, ops=span(lambda a: 1 + a, R("-0.880797")))
chk("u5", L(36, "=0.224196"), "0.224196", n5, ops=span(lambda a, b: 1 + a * b, R("-0.880797"), R("0.880797")),
    why="")

# ---------------- code outputs (round to 4 decimals) ----------------
chk("c1", L(64, "phi11 = 2.0"), "2.0", p1)
chk("c2", L(65, "s11 = 0.8808"), "0.8808", s1)
chk("c3", L(66, "phi12 = 1.8808"), "1.8808", p2)
chk("c4", L(67, "s12 =  1.8808"), "1.8808", s2)
chk("c5", L(68, "loss = 0.3879"), "0.3879", (t - s2) ** 2 / 2)
chk("c6", L(120, "J_s12 = 0.8808"), "0.8808", J)
chk("c7", L(121, "J_phi12 = 0.8808"), "0.8808", J)
chk("c8", L(122, "J_t4 =  0.8808"), "0.8808", J)
chk("c9", L(123, "J_t3 = 0.0"), "0.0", J * x1)
chk("c10", L(124, "J_t5 = 0.7758"), "0.7758", J * s1)
chk("c11", L(125, "J_s11 = 0.8808"), "0.8808", J * th5)
chk("c12", L(126, "J_phi11 =  0.0925"), "0.0925", -d1)
chk("c13", L(127, "J_t1 = 0.0925"), "0.0925", -d1)
chk("c14", L(128, "J_t2 = 0.0925"), "0.0925", -d1 * x2)
chk("c15", L(160, "t1 = 0.9075"), "0.9075", n1)
chk("c16", L(161, "t2 = 0.9075"), "0.9075", n2)
chk("c17", L(162, "t3 = 1.0"), "1.0", n3)
chk("c18", L(163, "t4 = 0.1192"), "0.1192", n4)
chk("c19", L(164, "t5 = 0.2242"), "0.2242", n5)


NOTES = (
    "A second exam solution of the same UPV course notebooks (AlfonsJ/2024_02_29_APR2324, 2022-01-24 problem 2; no "
    "license, kept as an excerpt of the solution cells, unchanged): a five-weight network with one sigmoid hidden unit "
    "and a linear output, every operand printed on its line. No wrong line: a false-alarm test. Close call, line 36: "
    "theta_5 = 1 + 1 x (-0.880797) x 0.880797 = 0.224196, where the exact product of the printed operands gives "
    "0.2241966 (0.224197 at six decimals) and the true value 0.22419651 (also 0.224197); it is right by the rule "
    "because 0.880797 is a rounded result printed earlier, and with both factors within half a unit of their last "
    "digit the expression spans 0.2241958 to 0.2241975, which contains values that round to 0.224196. Every saved "
    "code output (rounded to 4 decimals, t5 = 0.2242) is right."
)

if __name__ == "__main__":
    main()
