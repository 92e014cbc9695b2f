#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of section 2.2
"非线性反向传播" (non-linear backpropagation) of Microsoft's Chinese tutorial ai-edu, 基础教程/A2-神经网络基本原理,
第1步 - 基本知识/02.2-非线性反向传播.md.

The page chains four "layers" x -> a = x^2 -> b = ln(a) -> c = sqrt(b), target y = 2.13, and sends the error back:
Delta c = c - y, Delta b = Delta c * 2 sqrt(b), Delta a = Delta b * a, Delta x = Delta a / (2x), x <- x - Delta x,
starting from x = 2 (the page's own scheme, followed as printed; it is Newton-like, not a gradient step with a learning
rate).  True values: that iteration done exactly (Decimal, 60 digits); the analytic solution x = exp(2.13^2 / 2).

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Judging rule (p a printed number, u one unit in its last digit):
  (a) a line that prints p as the result of an expression of numbers printed on that line is right only when the
      expression redone from those numbers rounds to p (an operand that is a rounded earlier result may lie anywhere
      within half a unit of its last digit; givens are exact); otherwise wrong, first;
  (b) a value printed without its working (table cells, program output, restatements) is right when within one unit
      of its last digit of the true value, or when it follows from printed correct operands;
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
DOCFILE, FORMAT = "doc.md", "md"
SOURCE = ("https://github.com/microsoft/ai-edu/blob/fb24c32f6d8cff4152639865ac71671869c53247/"
          "%E5%9F%BA%E7%A1%80%E6%95%99%E7%A8%8B/A2-%E7%A5%9E%E7%BB%8F%E7%BD%91%E7%BB%9C%E5%9F%BA%E6%9C%AC%E5%8E%9F%E7%90%86/"
          "%E7%AC%AC1%E6%AD%A5%20-%20%E5%9F%BA%E6%9C%AC%E7%9F%A5%E8%AF%86/"
          "02.2-%E9%9D%9E%E7%BA%BF%E6%80%A7%E5%8F%8D%E5%90%91%E4%BC%A0%E6%92%AD.md")
LICENSE = ("Microsoft Terms of Use for the tutorial materials (non-commercial use only, not an open licence); doc.md is "
           "an excerpt of only the worked equations, table and program output, line for line, markup kept")
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
    """p within one unit of its last digit of x (rule b)."""
    return abs(D(p) - rnd(x, p)) <= unit(p)


def span(f, *ops):
    """Range of f over the operands; an operand given as a printed string is taken within half a unit of its last
    digit unless marked exact ('=' prefix); numbers (Decimal) are exact."""
    boxes = []
    for o in ops:
        if isinstance(o, str) and o.startswith("="):
            boxes.append([D(o[1:])])
        elif isinstance(o, str):
            h = unit(o) / 2
            boxes.append([D(o) - h, D(o) + h])
        else:
            boxes.append([D(o)])
    vals = [f(*c) for c in itertools.product(*boxes)]
    return min(vals), max(vals)


def follows(p, lohi):
    """p is what a correct rounding of some value in the operand range gives (rule a)."""
    lo, hi = lohi
    h = unit(p) / 2
    return D(p) >= lo - h and D(p) <= hi + h


CHECKS, STATUS = [], {}


def chk(cid, line, printed, true, ops=None, up=(), why="", alt=None):
    """ops: range (lo, hi) of the expression redone from the numbers printed on the line (rule a), or None;
    alt: range of the value redone from correct operands printed elsewhere (rule b's second way to be right)."""
    assert printed in DOC[line - 1], (line, printed, DOC[line - 1])
    p = D(printed)
    upwrong = any(STATUS.get(u) == "wrong" for u in up)
    if ops is not None and not follows(p, ops):
        st, kind = "wrong", "first"
    elif near(p, true):
        st, kind = "right", None
    elif alt is not None and not upwrong and follows(p, alt):
        st, kind = "right", None
    elif ops is not None:  # follows from its printed operands but is off from the truth
        st, kind = ("wrong", "propagated") if upwrong else ("right", None)
    elif upwrong:
        st, kind = "wrong", "propagated"
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), status=st, kind=kind, why=why,
                       correct=str(rnd(true, p))))


def report_and_write(notes):
    wrong, right = [], []
    for n in sorted({c["line"] for c in CHECKS}):
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %3d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:100]))
        for c in cs:
            print("          %-12s printed %-12s true %.12g -> %s%s" % (
                c["id"], c["printed"], c["true"], c["status"], " (%s)" % c["kind"] if c["kind"] else ""))
        if bad:
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(c["correct"] for c in bad),
                          "kind": "first" if any(c["kind"] == "first" for c in bad) else "propagated",
                          "why": "; ".join(dict.fromkeys(c["why"] or "restates a wrong value" for c in bad))})
        else:
            right.append(n)
    print("\nwrong:", [(w["line"], w["kind"]) for w in wrong])
    print("right:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": notes}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


# ---------------- exact values ----------------
Y = D("2.13")
x = D(2)
it = []  # per iteration: dict of x, a, b, c, dc, db, da, dx
for k in range(5):
    a = x * x
    b = a.ln()
    c = b.sqrt()
    dc = c - Y
    db = dc * 2 * b.sqrt()
    da = db * a
    dx = da / (2 * x)
    it.append(dict(x=x, a=a, b=b, c=c, dc=dc, db=db, da=da, dx=dx))
    x = x - dx
X_ANALYTIC = (Y * Y / 2).exp()

# ---------------- analytic solution ----------------
chk("x_analytic", line_of("x = 9.6653"), "9.6653", X_ANALYTIC,
    why="sqrt(ln(x^2)) = 2.13 gives x = exp(2.13^2/2) = 9.66441 (9.6653 squares to 93.418, ln 4.5371, sqrt 2.13005)")

# ---------------- table 2-2 ----------------
rows = {"x": "|正向|$x=x-\\Delta x$|", "a": "|正向|$a=x^2$|", "b": "|正向|$b=\\ln(a)$|",
        "c": "|正向|$c=\\sqrt{b}$|", "dc": "|反向|$\\Delta c = c - y$|",
        "db": "|反向|$\\Delta b = \\Delta c \\cdot 2\\sqrt{b}$|", "da": "|反向|$\\Delta a = \\Delta b \\cdot a$|",
        "dx": "|反向|$\\Delta x = \\Delta a / 2x$|"}
cells = {}
for key, head in rows.items():
    n = line_of(head)
    vals = DOC[n - 1][len(head):][:-1].split("|")
    cells[key] = (n, vals)
assert [v for v in cells["x"][1]] == ["2", "4.243", "7.344", "9.295", "9.665"], cells["x"]



def cell(key, k):
    return "=2" if (key == "x" and k == 0) else cells[key][1][k]


def alt_of(key, k):
    """The cell redone from the (rounded) cells it is computed from, as the table's own column reads."""
    if key == "x":
        return span(lambda u, v: u - v, cell("x", k - 1), cell("dx", k - 1))
    if key == "a":
        return span(lambda u: u * u, cell("x", k))
    if key == "b":
        return span(lambda u: u.ln(), cell("a", k))
    if key == "c":
        return span(lambda u: u.sqrt(), cell("b", k))
    if key == "dc":
        return span(lambda u: u - Y, cell("c", k))
    if key == "db":
        return span(lambda u, v: u * 2 * v, cell("dc", k), cell("c", k))
    if key == "da":
        return span(lambda u, v: u * v, cell("db", k), cell("a", k))
    return span(lambda u, v: u / (2 * v), cell("da", k), cell("x", k))


for k in range(5):
    for key in ("x", "a", "b", "c", "dc", "db", "da", "dx"):
        n, vals = cells[key]
        p = vals[k]
        if p == "" or (key == "x" and k == 0):
            continue  # empty cell / the initial x = 2 is a given
        why = ""
        up = ()
        if key == "x":
            up = ("x%d" % (k - 1), "dx%d" % (k - 1))
            if k == 4:
                why = ("x after iteration 4 is 9.295 - (-0.360) = 9.655 (exactly 9.655706, as the program output "
                       "below prints); 9.665 is a digit slip (the a, b, c under it are those of 9.6557)")
        chk("%s%d" % (key, k), n, p, it[k][key], up=up, why=why, alt=alt_of(key, k))

# ---------------- prose under the table ----------------
n = line_of("$2-(-2.243)=4.243$")
chk("prose_dx1", n, "-2.243", it[0]["dx"])
chk("prose_x2", n, "4.243", it[1]["x"], ops=span(lambda u, v: u - v, "=2", "-2.243"))
chk("prose_c5", n, "2.129", it[4]["c"])

# ---------------- program output ----------------
n = line_of("c=1.177410", 1)
chk("out_c1", n, "1.177410", it[0]["c"])
n = line_of("x=2.000000,a=4.000000")
for key, p in (("a", "4.000000"), ("b", "1.386294"), ("c", "1.177410")):
    chk("out1_" + key, n, p, it[0][key])
n = line_of("delta_c=-0.952590")
for key, p in (("dc", "-0.952590"), ("db", "-2.243178"), ("da", "-8.972712"), ("dx", "-2.243178")):
    chk("out1_" + key, n, p, it[0][key])
n = line_of("x=9.655706,a=93.232666")
for key, p in (("x", "9.655706"), ("a", "93.232666"), ("b", "4.535098"), ("c", "2.129577")):
    chk("out5_" + key, n, p, it[4][key])
n = line_of("为节省篇幅")
chk("prose_out_c1", n, "1.177410", it[0]["c"])
chk("prose_out_c5", n, "2.129577", it[4]["c"])

NOTES = (
    "Section 2.2 of Microsoft's Chinese tutorial ai-edu: a chain x -> a = x^2 -> b = ln a -> c = sqrt b presented as "
    "a four-layer network, its error sent back by the page's own (Newton-like) scheme Delta c = c - y, Delta b = "
    "Delta c * 2 sqrt(b), Delta a = Delta b * a, Delta x = Delta a / 2x, x <- x - Delta x, from x = 2 to the target "
    "c = 2.13; followed as printed. Two wrong lines, both first: the analytic solution x = 9.6653 (it is "
    "exp(2.13^2/2) = 9.6644) and the x row of table 2-2, whose iteration-5 x is printed 9.665 where 9.295 - (-0.360) "
    "= 9.655 (9.655706 in the page's own program output); the a, b, c printed under it (93.233, 4.535, 2.129) are "
    "those of 9.6557, so they are right. Close calls (right by the rule): table Delta a in iteration 2 is -26.317 "
    "where the exact value is -26.3143 (3 units off) and the printed -1.462 x 18.005 gives -26.323, but a value in "
    "the range the rounded operands allow (-26.333 .. -26.314) rounds to it, so it follows from printed operands; "
    "iteration-4 Delta a -6.698 (exact -6.69864, one unit); iteration-5 c = 2.129 (exact 2.129577, rounds to 2.130; "
    "one unit, restated in the prose under the table). Givens (x = 2, y = 2.13, the 0.001 tolerance, the program's "
    "typed inputs 2 and 2.13, the label row) are in neither list; the formula typo in step 9 (Delta x = Delta/2x) "
    "has no number.")

if __name__ == "__main__":
    report_and_write(NOTES)
