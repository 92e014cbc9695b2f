#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt of ShilpaSangappa/mlblr-EIP2
session02/2A.md ("Assignment 2B", a Jupyter notebook exported to Markdown): one forward pass, backward pass and
update of a 4-3-1 sigmoid network with biases on three samples, written as numpy code cells each followed by its
printed output.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (doc.md lines 10-11 and the printed random draws, lines 57-60, 65, 70-72, 77): X = [[1,0,1,0], [1,0,1,1],
[0,1,0,1]], y = [[1],[1],[0]]; wh (4x3), bh (1x3), wout (3x1), bout (1x1) as printed (taken as exact); lr = 1
(line 193). The document's own rules (its code): hidden = sigmoid(X wh + bh), output = sigmoid(hidden wout + bout),
E = y - output, slope = a (1 - a), d_output = E slope_output lr, Error_at_hidden = d_output wout^T,
d_hidden = Error_at_hidden slope_hidden, wout += hidden^T d_output lr, wh += X^T d_hidden lr, bh += colsum(d_hidden)
lr, bout += colsum(d_output) lr. These are correct gradient-descent steps for E = 1/2 (y - output)^2.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  near(p, X)  <=>  |p - round(X to p's digits)| <= u
  (a) a line that prints p as the result of an expression of operands printed on that line must redo exactly -
      no line here prints its operands (numpy output rows), so (a) never applies;
  (b) a printed value is right when it is near the true value from the givens, or follows from the printed
      (correct) values of the step before it (near the same step redone from them);
  (c) a value computed from a wrong one and itself off is wrong, propagated; otherwise wrong, first.
A line is wrong when any number on it is wrong; every line printing a computed number is listed.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/ShilpaSangappa/mlblr-EIP2/blob/5dc961ea7585b5b4a294f0f10b14cfa5dbfb621a/"
          "session02/2A.md")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of only the code, formula lines and printed "
           "outputs of the worked example, line for line, prose sentences and headings removed")
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

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


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    return abs(D(p) - rnd(x, p)) <= unit(p)


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, ops=None, up=(), method=False, why="", correct=None, explicit=True, exact=False):
    """Judge one printed number (rules in the module docstring)."""
    assert printed in DOC[line - 1], (line, printed)
    p = D(printed)
    if ops is None and up and explicit:
        ops = p  # a restated value: it carries the status of the value it copies (rules 3 and 5)
    # exact=True: the printed operands are exact (not rounded), so a reader redoing the line gets one rounding of
    # it and nothing else: the strict own-arithmetic rule of the other folders (readme_simple_bp_en, tex_lmu_i2dl_xor,
    # tex_smaxx73_session6_solutions)
    ops_ok = ops is None or (p == rnd(ops, p) if exact else near(p, ops))
    if explicit and not ops_ok:
        st, kind = "wrong", "first"
    elif near(p, true):
        st, kind = "right", None
    elif any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", ("propagated" if ops_ok else "first")
    elif method:
        st, kind = "wrong", "first"
    elif ops is not None and near(p, ops):
        st, kind = "right", None
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=D(true), ops=None if ops is None else D(ops),
                       status=st, kind=kind, why=why, correct=correct if correct is not None else str(rnd(true, p))))


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


# ---------------- the document's printed values ----------------
def mat(first, nrows):
    """Read a printed numpy matrix whose first row is on doc line `first`: list of rows of (line, text) cells."""
    rows = []
    for k in range(nrows):
        n = first + k
        cells = DOC[n - 1].replace("[", " ").replace("]", " ").split()
        rows.append([(n, c) for c in cells])
    return rows


def val(rows):
    return [[D(c) for _, c in r] for r in rows]


L = {name: line_of(text) for name, text in [
    ("wh", "[[0.8074235  0.49593492"), ("bh", "[[0.30506553"), ("wout", "[[0.29861991]"), ("bout", "[[0.55923121]]"),
    ("hin", "[[1.18739997"), ("hact", "[[0.76627573"), ("out", "[[0.86460134]"), ("E", "[[ 0.13539866]"),
    ("sout", "[[0.11706586]"), ("shid", "[[0.17909724"), ("dout", "[[ 0.01585056]"), ("ehid", "[[ 0.00473329"),
    ("dhid", "[[ 0.00084772"), ("wout2", "[[0.25542518]"), ("wh2", "[[0.80890389"), ("bh2", "[[0.3001266"),
    ("bout2", "[[0.49029707]]")]}
P = {k: mat(L[k], n) for k, n in [("wh", 4), ("bh", 1), ("wout", 3), ("bout", 1), ("hin", 3), ("hact", 3),
                                   ("out", 3), ("E", 3), ("sout", 3), ("shid", 3), ("dout", 3), ("ehid", 3),
                                   ("dhid", 3), ("wout2", 3), ("wh2", 4), ("bh2", 1), ("bout2", 1)]}
V = {k: val(r) for k, r in P.items()}

# ---------------- exact values from the givens ----------------
X = [[D(1), D(0), D(1), D(0)], [D(1), D(0), D(1), D(1)], [D(0), D(1), D(0), D(1)]]
Y = [[D(1)], [D(1)], [D(0)]]
lr = D(1)


def dot(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]


def T(a):
    return [list(r) for r in zip(*a)]


def ew(f, *ms):
    return [[f(*xs) for xs in zip(*rows)] for rows in zip(*ms)]


def addrow(a, r):
    return [[x + r[0][j] for j, x in enumerate(row)] for row in a]


def colsum(a):
    return [[sum(r[j] for r in a) for j in range(len(a[0]))]]


def forward(wh, bh, wout, bout):
    hin = addrow(dot(X, wh), bh)
    hact = ew(sig, hin)
    out = ew(sig, addrow(dot(hact, wout), bout))
    E = ew(lambda t, o: t - o, Y, out)
    sout = ew(lambda o: o * (1 - o), out)
    shid = ew(lambda h: h * (1 - h), hact)
    dout = ew(lambda e, s: e * s * lr, E, sout)
    ehid = dot(dout, T(wout))
    dhid = ew(lambda e, s: e * s, ehid, shid)
    wout2 = ew(lambda w, g: w + g * lr, wout, dot(T(hact), dout))
    wh2 = ew(lambda w, g: w + g * lr, wh, dot(T(X), dhid))
    bh2 = ew(lambda b, g: b + g * lr, bh, colsum(dhid))
    bout2 = ew(lambda b, g: b + g * lr, bout, colsum(dout))
    return dict(hin=hin, hact=hact, out=out, E=E, sout=sout, shid=shid, dout=dout, ehid=ehid, dhid=dhid,
                wout2=wout2, wh2=wh2, bh2=bh2, bout2=bout2)


TRUE = forward(V["wh"], V["bh"], V["wout"], V["bout"])

# the same steps redone from the numbers printed one step earlier (what a reader checks by hand)
h = V
OPS = dict(
    hin=addrow(dot(X, h["wh"]), h["bh"]),
    hact=ew(sig, h["hin"]),
    out=ew(sig, addrow(dot(h["hact"], h["wout"]), h["bout"])),
    E=ew(lambda t, o: t - o, Y, h["out"]),
    sout=ew(lambda o: o * (1 - o), h["out"]),
    shid=ew(lambda a: a * (1 - a), h["hact"]),
    dout=ew(lambda e, s: e * s * lr, h["E"], h["sout"]),
    ehid=dot(h["dout"], T(h["wout"])),
    dhid=ew(lambda e, s: e * s, h["ehid"], h["shid"]),
    wout2=ew(lambda w, g: w + g * lr, h["wout"], dot(T(h["hact"]), h["dout"])),
    wh2=ew(lambda w, g: w + g * lr, h["wh"], dot(T(X), h["dhid"])),
    bh2=ew(lambda b, g: b + g * lr, h["bh"], colsum(h["dhid"])),
    bout2=ew(lambda b, g: b + g * lr, h["bout"], colsum(h["dout"])),
)
UP = dict(hin=(), hact=("hin",), out=("hact",), E=("out",), sout=("out",), shid=("hact",), dout=("E", "sout"),
          ehid=("dout",), dhid=("ehid", "shid"), wout2=("hact", "dout"), wh2=("dhid",), bh2=("dhid",),
          bout2=("dout",))
for key in ["hin", "hact", "out", "E", "sout", "shid", "dout", "ehid", "dhid", "wout2", "wh2", "bh2", "bout2"]:
    for i, row in enumerate(P[key]):
        for j, (n, text) in enumerate(row):
            ups = tuple("%s[%d][%d]" % (u, a, b) for u in UP[key] for a in range(len(P[u]))
                        for b in range(len(P[u][0])) if "%s[%d][%d]" % (u, a, b) in STATUS)
            chk("%s[%d][%d]" % (key, i, j), n, text, TRUE[key][i][j], ops=OPS[key][i][j], up=ups, explicit=False,
                why="%s[%d][%d]: redone from the printed values of the step before it gives %s" % (
                    key, i, j, rnd(OPS[key][i][j], D(text))))

NOTES = ("A numpy printout (nbconvert Markdown export): every computed matrix row is one line; no row prints its own "
         "operands, so each printed number is judged by rule (b): within one unit of its last (8th) decimal of the "
         "true value from the printed givens (X, y, the printed random weights and biases taken as exact, lr = 1), or "
         "following from the printed values of the step before it. numpy printed the random weights rounded to 8 "
         "decimals, so values several steps downstream can differ from the exact-givens value by more than a unit "
         "while following from the printed operands; none of the document's lines is wrong.")

if __name__ == "__main__":
    main()
