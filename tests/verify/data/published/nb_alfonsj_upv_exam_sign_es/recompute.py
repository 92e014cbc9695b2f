#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, an excerpt of the Spanish course notebook
"2021_01_18_Problema 2" (AlfonsJ/2024_02_29_APR2324, UPV course "Aprendizaje Automatico", exam problem on a
two-layer perceptron): the teacher's hand solution in one LaTeX align block (forward pass, output and hidden errors,
two weight updates), then the same step in matrix notation as three NumPy cells with saved outputs.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator. Lines are 1-based lines of the raw
.ipynb JSON, as `grep -n` shows them.

Givens (the matrix-notation cell, doc.ipynb line 65 ff., and the code cell lines 90-93): x = (2, 2), target t = -1,
hidden weights (theta^1_10, theta^1_11, theta^1_12) = (1, -1, -1) and (theta^1_20, theta^1_21, theta^1_22) = (-1, 1,
-1) (W = [[-1, -1], [1, -1]], b1 = (1, -1)), output weights (theta^2_10, theta^2_11, theta^2_12) = (1, 1, -1)
(V = (1, -1), b2 = 1); sigmoid hidden units, linear output, squared loss, rho = 1. The hand solution's own rules:
delta^2_1 = t_1 - s^2_1, delta^1_j = delta^2_1 theta^2_1j s^1_j (1 - s^1_j), theta = theta + rho delta (input); the
code's: J = gradient of 0.5 (y - haty)^2, theta = theta - J^t.

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
          "T3%20Redes%20neuronales/T3%20Problemas%20sobre%20redes%20neuronales/2021_01_18_Problema%202.ipynb")
LICENSE = ("none (no LICENSE in the repository); doc.ipynb keeps the title cell and the seven solution cells (hand "
           "solution, matrix-notation solution, three code cells with saved outputs) unchanged, with one Markdown cell "
           "of ours naming the source; the problem statement cell with the figure is left out")
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


_near = near


def near(p, x):  # noqa: F811 - widened for full-precision float64 reprs, rule (b)
    digits = len(D(p).as_tuple().digits)
    if digits >= 15:
        return abs(D(p) - D(x)) <= abs(D(x)) * D("1e-12")
    return _near(p, x)


def L(n, sub):
    assert sub in DOC[n - 1], (n, sub, DOC[n - 1])
    return n


R = lambda s: ("r", s)
x1 = x2 = D(2)
t = D(-1)
t10, t11, t12 = D(1), D(-1), D(-1)
t20, t21, t22 = D(-1), D(1), D(-1)
u10, u11, u12 = D(1), D(1), D(-1)
p1 = t10 + t11 * x1 + t12 * x2
p2 = t20 + t21 * x1 + t22 * x2
s1, s2 = sig(p1), sig(p2)
q = u10 + u11 * s1 + u12 * s2
d2 = t - q
d11 = d2 * u11 * s1 * (1 - s1)
d12 = d2 * u12 * s2 * (1 - s2)
new_u12 = u12 + d2 * s2
new_t21 = t21 + d12 * x1
J = q - t  # code: J_haty = haty - y

# ---------------- hand solution ----------------
chk("p1", L(25, "=-3%"), "-3", p1)
chk("s1", L(27, "=0.047426%"), "0.047426", s1)
chk("p2", L(29, "=-1%"), "-1", p2)
chk("s2", L(31, "=0.268941%"), "0.268941", s2)
chk("q", L(33, "=0.77848%"), "0.77848", q)
chk("out", L(35, "s^2_1&=\\\\phi^2_1=0.77848%"), "0.77848", q, up=["q"])
chk("d2", L(37, "(t_1-s^2_1)=1.7785%"), "1.7785", d2, correct="-1.7785",
    why="t_1 - s^2_1 = -1 - 0.77848 = -1.7785: the minus sign is dropped (the next lines use -1.7785)")
chk("d11", L(40, "=-0.08035"), "-0.08035", d11)
chk("d12", L(43, "=0.34967%"), "0.34967", d12)
n = L(47, "&=-1+1\\\\cdot -1.7785\\\\cdot 0.268941")
chk("d2r", n, "-1.7785", d2)
chk("s2r", n, "0.268941", s2, up=["s2"])
chk("nu12", L(48, "&=-1.47831%"), "-1.47831", new_u12, ops=span(lambda a, b: u12 + a * b, R("-1.7785"), R("0.268941")))
n = L(52, "&=1+1\\\\cdot 0.34967\\\\cdot 2=1.69934%")
chk("d12r", n, "0.34967", d12, up=["d12"])
chk("nt21", n, "1.69934", new_t21, ops=span(lambda a: t21 + a * x1, R("0.34967")))

# ---------------- code outputs (NumPy, 4 decimals) ----------------
n = L(81, "z = [-3 -1]")
chk("z1", n, "-3", p1)
chk("z2", n, "-1", p2)
n = L(82, "h = [0.0474 0.2689]")
chk("h1", n, "0.0474", s1)
chk("h2", n, "0.2689", s2)
chk("haty", L(83, "haty = 0.7785"), "0.7785", q)
chk("loss", L(84, "loss = 1.5815"), "1.5815", (t - q) ** 2 / 2)
chk("J", L(132, "J_haty = 1.7785"), "1.7785", J)
chk("JV1", L(133, "J_V = [[0.0843]"), "0.0843", s1 * J)
chk("JV2", L(134, " [0.4783]]"), "0.4783", s2 * J)
chk("Jb2", L(135, "J_b2 = 1.7785"), "1.7785", J)
n = L(136, "J_h = [ 1.7785 -1.7785]")
chk("Jh1", n, "1.7785", J * u11)
chk("Jh2", n, "-1.7785", J * u12)
for ln in (137, 140):
    n = L(ln, "[ 0.0803 -0.3497]")
    chk("Jz1_%d" % ln, n, "0.0803", -d11)
    chk("Jz2_%d" % ln, n, "-0.3497", -d12)
for ln in (138, 139):
    n = L(ln, "[ 0.1607 -0.6993]")
    chk("JW1_%d" % ln, n, "0.1607", -d11 * x1)
    chk("JW2_%d" % ln, n, "-0.6993", -d12 * x1)
n = L(170, "V = [[ 0.9157 -1.4783]]")
chk("V1", n, "0.9157", u11 - s1 * J)
chk("V2", n, "-1.4783", u12 - s2 * J)
chk("b2", L(171, "b2 = -0.7784844518075715"), "-0.7784844518075715", u10 - J)
n = L(172, "W = [[-1.1607 -1.1607]")
chk("W11", n, "-1.1607", t11 + d11 * x1)
n = L(173, " [ 1.6993 -0.3007]]")
chk("W21", n, "1.6993", new_t21)
chk("W22", n, "-0.3007", t22 + d12 * x2)
n = L(174, "b1 = [ 0.9197 -0.6503]")
chk("b11", n, "0.9197", t10 + d11)
chk("b12", n, "-0.6503", t20 + d12)


NOTES = (
    "A Spanish exam solution of the UPV course APR (Alfons Juan, AlfonsJ/2024_02_29_APR2324; no license, so the "
    "notebook is kept as an excerpt of its solution cells, unchanged). One error, of the classic kind: the output "
    "error delta^2_1 = (t_1 - s^2_1) is printed 1.7785 for -1.7785 (t = -1, s = 0.77848; line 37, first); every later "
    "line uses the right -1.7785 (lines 40, 43, 47, 48, 52), and the code cells, computed by NumPy, agree. Close "
    "calls: line 31 writes s^1_2 = sigma(phi^1_1) = 0.268941 (the index should be phi^1_2; the value is sigma(-1), "
    "right), line 35 restates 0.77848; line 171 prints a float64 repr, right within float round-off. "
    "A notebook in which the hand LaTeX and the saved code outputs disagree in one sign (J_haty = haty - y = 1.7785 is "
    "right on line 132: it is minus the delta)."
)

if __name__ == "__main__":
    main()
