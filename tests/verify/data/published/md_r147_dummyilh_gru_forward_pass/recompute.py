#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt (no license: only the title,
headings, givens, worked equation lines and result tables, at their original line numbers) of
"Chapter 6: The GRU Forward Pass - Full Numerical Walkthrough"
(DL/Model Architecture/LSTM/Chapter_06_GRU_Forward_Pass.md of github.com/dummy-ilh/MINE).

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

The page runs a scalar GRU over x = [1, 2, 3] from h_0 = 0 with
    reset  r_t = sigma(0.5 x_t + 0.3 h_{t-1} + 0.1)
    update z_t = sigma(0.4 x_t + 0.2 h_{t-1} + 0.0)
    cand   h~_t = tanh(0.5 x_t + 0.8 (r_t h_{t-1}) + 0.1)
    h_t = (1 - z_t) h_{t-1} + z_t h~_t
printing 3 decimals, then a table comparing its h_t with the vanilla RNN (h_t = tanh(0.5 x_t + 0.8 h_{t-1} + 0.1),
"same candidate weights as the vanilla RNN", stated on the page) and with the LSTM of the author's LSTM chapter
(Chapter_03_LSTM_Forward_Pass.md of the same repository, whose gate table is copied below as LSTM_W: the page only
restates that chapter's h_t, so its truth is computed from that chapter's givens).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers (rounded operands anywhere within half a unit, givens exact) can round to p;
  (b) a value printed without working, or restated, is right within one unit of the true value;
  (c) a restated wrong value is wrong, propagated.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/dummy-ilh/MINE/blob/3332aec2fe3a5e31074d70e9f1a0fbba16683880/"
          "DL/Model%20Architecture/LSTM/Chapter_06_GRU_Forward_Pass.md")
LICENSE = ("none stated (no LICENSE file in the repository); doc.md is an excerpt keeping only the title, headings, "
           "givens, worked equation lines and result tables at their original line numbers (prose lines blanked)")
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    """1-based line of the nth line of the document containing sub; fails loudly."""
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def sig(z):
    return 1 / (1 + (-D(z)).exp())


def tanh(z):
    e = (2 * D(z)).exp()
    return (e - 1) / (e + 1)


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    """rule (b): within one unit of p's last digit of the true value."""
    return abs(D(p) - rnd(x, p)) <= unit(p)


def iv(p):
    """interval of a rounded printed operand: within half a unit of its last digit."""
    h = unit(p) / 2
    return (D(p) - h, D(p) + h)


def ex(g):
    """an exact given."""
    return (D(g), D(g))


def add(*xs):
    return (sum(x[0] for x in xs), sum(x[1] for x in xs))


def mul(a, b):
    c = [a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1]]
    return (min(c), max(c))


def sub(a, b):
    return (a[0] - b[1], a[1] - b[0])


def f_iv(f, a):
    """monotone increasing f over an interval."""
    return (f(a[0]), f(a[1]))


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, rng=None, up=(), why="", correct=None):
    """Judge one printed number.
    rng: when the line prints the working, the interval the expression takes with every rounded printed operand moved
         within half a unit (exact givens fixed): rule (a) needs p = round(v) for some v in it, else wrong, first.
    up: ids of checks this value is computed from or restates; a value off from the truth (rule b) that comes from a
        wrong one is wrong, propagated.
    """
    assert printed in DOC[line - 1], (cid, line, printed)
    p = D(printed)
    status, kind = "right", None
    up_bad = any(STATUS.get(u) == "wrong" for u in up)
    if rng is not None:
        a, b = rng
        if not (rnd(a, p) <= p <= rnd(b, p)):
            status, kind = "wrong", "first"          # rule (a)
            why = why or "redone from the line's printed operands gives %s..%s, not %s" % (
                rnd(a, p), rnd(b, p), printed)
        elif up_bad and not near(p, true):
            status, kind = "wrong", "propagated"     # rule (c)
    elif not near(p, true):
        status, kind = "wrong", ("propagated" if up_bad else "first")   # rule (b)/(c)
        why = why or "true value %s" % rnd(true, p)
    STATUS[cid] = status
    CHECKS.append({"id": cid, "line": line, "printed": printed, "true": D(true), "status": status, "kind": kind,
                   "why": why, "correct": correct if correct is not None else str(rnd(true, p))})
    return status


def restate(cid, line, printed, of):
    """a restated value (tables): right when its source is right and it is within a unit of the truth."""
    assert printed in DOC[line - 1], (cid, line, printed)
    src = [c for c in CHECKS if c["id"] == of][0]
    status, kind, why = "right", None, ""
    if not near(D(printed), src["true"]):
        status = "wrong"
        kind = "propagated" if (src["status"] == "wrong" and printed == src["printed"]) else "first"
        why = "restates %s = %s (true %s)" % (of, src["printed"], src["correct"])
    STATUS[cid] = status
    CHECKS.append({"id": cid, "line": line, "printed": printed, "true": src["true"], "status": status,
                   "kind": kind, "why": why, "correct": src["correct"]})


def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %4d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:110]))
        for c in cs:
            print("            %-10s printed %-8s true %-20s -> %s%s" % (
                c["id"], c["printed"], "%.10f" % c["true"], c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(c["correct"] for c in bad),
                          "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(dict.fromkeys(c["why"] or "computed from a wrong value" for c in bad))})
        else:
            right.append(n)
    return wrong, right


# ---------------------------------------------------------------- givens, checked against the page
L = line_of("| Reset | 0.5 | 0.3 | 0.1 |")
assert "| Update | 0.4 | 0.2 | 0.0 |" in DOC[L] and "| Candidate | 0.5 | 0.8 | 0.1 |" in DOC[L + 1]
assert "$x=[1.0, 2.0, 3.0]$" in DOC[line_of("Same toy sequence") - 1]
assert "$h_0=0$" in DOC[line_of("Starting state") - 1]
WR, UR, BR = D("0.5"), D("0.3"), D("0.1")
WZ, UZ, BZ = D("0.4"), D("0.2"), D("0.0")
WC, UC, BC = D("0.5"), D("0.8"), D("0.1")
XS = [D(1), D(2), D(3)]
# LSTM gate table of the sibling chapter (Chapter_03_LSTM_Forward_Pass.md): (W_x, W_h, b)
LSTM_W = {"f": (D("0.5"), D("0.3"), D("0.1")), "i": (D("0.4"), D("0.2"), D("0.0")),
          "c": (D("0.5"), D("0.8"), D("0.1")), "o": (D("0.6"), D("0.4"), D("0.0"))}

# ---------------------------------------------------------------- exact chains
T = []            # per step dict of true values
h = D(0)
for x in XS:
    zr = WR * x + UR * h + BR
    r = sig(zr)
    zz = WZ * x + UZ * h + BZ
    z = sig(zz)
    rh = r * h
    zc = WC * x + UC * rh + BC
    ht = tanh(zc)
    a, b = (1 - z) * h, z * ht
    hn = a + b
    T.append(dict(zr=zr, r=r, zz=zz, z=z, omz=1 - z, rh=rh, zc=zc, ht=ht, a=a, b=b, h=hn))
    h = hn

RNN = []
h = D(0)
for x in XS:
    h = tanh(WC * x + UC * h + BC)
    RNN.append(h)

LSTM = []
h, c = D(0), D(0)
for x in XS:
    g = {k: (w * x + u * h + bb) for k, (w, u, bb) in LSTM_W.items()}
    c = sig(g["f"]) * c + sig(g["i"]) * tanh(g["c"])
    h = sig(g["o"]) * tanh(c)
    LSTM.append(h)

# ---------------------------------------------------------------- step 1
n = line_of("$$z_r = (0.5)(1.0)")
chk("zr1", n, "0.6", T[0]["zr"], rng=ex("0.6"))
chk("r1", n, "0.646", T[0]["r"], rng=f_iv(sig, ex("0.6")), up=("zr1",))
n = line_of("$$z_z = (0.4)(1.0)")
chk("zz1", n, "0.4", T[0]["zz"], rng=ex("0.4"))
chk("z1", n, "0.599", T[0]["z"], rng=f_iv(sig, ex("0.4")), up=("zz1",))
n = line_of("$$z_c = (0.5)(1.0)")
chk("zc1", n, "0.6", T[0]["zc"], rng=ex("0.6"))
chk("ht1", n, "0.537", T[0]["ht"], rng=f_iv(tanh, ex("0.6")), up=("zc1",))
n = line_of("$$h_1 = (1-z_1)h_0")
chk("omz1", n, "0.401", T[0]["omz"], rng=sub(ex(1), iv("0.599")), up=("z1",))
chk("h1", n, "0.322", T[0]["h"], rng=add(mul(iv("0.401"), ex(0)), mul(iv("0.599"), iv("0.537"))),
    up=("z1", "ht1", "omz1"))

# ---------------------------------------------------------------- step 2
n = line_of("$$z_r = (0.5)(2.0)")
chk("zr2", n, "1.197", T[1]["zr"], rng=add(ex("1.0"), mul(ex("0.3"), iv("0.322")), ex("0.1")), up=("h1",))
chk("r2", n, "0.768", T[1]["r"], rng=f_iv(sig, iv("1.197")), up=("zr2",))
n = line_of("$$z_z = (0.4)(2.0)")
chk("zz2", n, "0.864", T[1]["zz"], rng=add(ex("0.8"), mul(ex("0.2"), iv("0.322"))), up=("h1",))
chk("z2", n, "0.704", T[1]["z"], rng=f_iv(sig, iv("0.864")), up=("zz2",))
n = line_of("$r_2\\cdot h_1 = (0.768)(0.322)")
chk("rh2", n, "0.247", T[1]["rh"], rng=mul(iv("0.768"), iv("0.322")), up=("r2", "h1"))
n = line_of("$$z_c = (0.5)(2.0)")
chk("zc2", n, "1.298", T[1]["zc"], rng=add(ex("1.0"), mul(ex("0.8"), iv("0.247")), ex("0.1")), up=("rh2",))
chk("ht2", n, "0.861", T[1]["ht"], rng=f_iv(tanh, iv("1.298")), up=("zc2",))
n = line_of("$$h_2 = (1-z_2)h_1")
chk("omz2", n, "0.296", T[1]["omz"], rng=sub(ex(1), iv("0.704")), up=("z2",))
chk("a2", n, "0.095", T[1]["a"], rng=mul(iv("0.296"), iv("0.322")), up=("omz2", "h1"))
chk("b2", n, "0.606", T[1]["b"], rng=mul(iv("0.704"), iv("0.861")), up=("z2", "ht2"))
chk("h2", n, "0.701", T[1]["h"], rng=add(iv("0.095"), iv("0.606")), up=("a2", "b2"))

# ---------------------------------------------------------------- step 3
n = line_of("$$z_r = (0.5)(3.0)")
chk("zr3", n, "1.810", T[2]["zr"], rng=add(ex("1.5"), mul(ex("0.3"), iv("0.701")), ex("0.1")), up=("h2",))
chk("r3", n, "0.859", T[2]["r"], rng=f_iv(sig, iv("1.810")), up=("zr3",))
n = line_of("$$z_z = (0.4)(3.0)")
chk("zz3", n, "1.340", T[2]["zz"], rng=add(ex("1.2"), mul(ex("0.2"), iv("0.701"))), up=("h2",))
chk("z3", n, "0.793", T[2]["z"], rng=f_iv(sig, iv("1.340")), up=("zz3",))
n = line_of("$r_3\\cdot h_2 = (0.859)(0.701)")
chk("rh3", n, "0.603", T[2]["rh"], rng=mul(iv("0.859"), iv("0.701")), up=("r3", "h2"))
n = line_of("$$z_c = (0.5)(3.0)")
chk("zc3", n, "2.082", T[2]["zc"], rng=add(ex("1.5"), mul(ex("0.8"), iv("0.603")), ex("0.1")), up=("rh3",))
chk("ht3", n, "0.969", T[2]["ht"], rng=f_iv(tanh, iv("2.082")), up=("zc3",))
n = line_of("$$h_3 = (1-z_3)h_2")
chk("omz3", n, "0.207", T[2]["omz"], rng=sub(ex(1), iv("0.793")), up=("z3",))
chk("a3", n, "0.145", T[2]["a"], rng=mul(iv("0.207"), iv("0.701")), up=("omz3", "h2"))
chk("b3", n, "0.769", T[2]["b"], rng=mul(iv("0.793"), iv("0.969")), up=("z3", "ht3"))
chk("h3", n, "0.914", T[2]["h"], rng=add(iv("0.145"), iv("0.769")), up=("a3", "b3"))

# ---------------------------------------------------------------- summary table (restated)
for t, row in enumerate(["| 1 | 0.646 | 0.599 | 0.537 | 0.322 |", "| 2 | 0.768 | 0.704 | 0.861 | 0.701 |",
                         "| 3 | 0.859 | 0.793 | 0.969 | 0.914 |"], start=1):
    n = line_of(row)
    vals = row.strip("| ").split(" | ")[1:]
    for name, v in zip(("r", "z", "ht", "h"), vals):
        restate("T%s%d" % (name, t), n, v, "%s%d" % (name, t))

# ---------------------------------------------------------------- three-way comparison table
for t, row in enumerate(["| 1 | 0.537 | 0.201 | 0.322 |", "| 2 | 0.910 | 0.536 | 0.701 |",
                         "| 3 | 0.981 | 0.795 | 0.914 |"], start=1):
    n = line_of(row)
    rnn_p, lstm_p, gru_p = row.strip("| ").split(" | ")[1:]
    chk("rnn%d" % t, n, rnn_p, RNN[t - 1])
    chk("lstm%d" % t, n, lstm_p, LSTM[t - 1])
    restate("Cgru%d" % t, n, gru_p, "h%d" % t)

NOTES = ("Scalar GRU over x = [1, 2, 3], h_0 = 0, reset (0.5, 0.3, 0.1), update (0.4, 0.2, 0.0), candidate "
         "(0.5, 0.8, 0.1) with the reset gate applied to h_{t-1} inside the candidate. Exact chain: "
         "r = %s, z = %s, h~ = %s, h = %s. Every printed value is within one unit of the exact value or is reached "
         "from its line's rounded operands. Close calls, all right under rule (a): line 46 z_3 = sigma(1.340) "
         "prints 0.793 although sigma(1.340) = 0.79249 (the exact z_z = 1.34023 gives 0.79253, and 1.340 +- 0.0005 "
         "covers 0.793); line 48 (0.859)(0.701) = 0.6022 printed 0.603 (exact r_3 h_2 = %s; reachable within "
         "half-units); line 51 (0.793)(0.969) = 0.7684 printed 0.769 (exact z_3 h~_3 = %s; reachable). The "
         "comparison table's vanilla RNN column uses the page's stated candidate weights as the RNN "
         "(tanh(0.5x + 0.8h + 0.1)): %s; its LSTM column restates the author's LSTM chapter (same repository, "
         "gates f (0.5, 0.3, 0.1), i (0.4, 0.2, 0.0), c (0.5, 0.8, 0.1), o (0.6, 0.4, 0.0)), recomputed here: %s. "
         "Prose lines (blanked in the excerpt because the repository has no license) also restated z_t, 1 - z_t "
         "and tanh(0.6) but are not part of doc.md. A false-alarm probe: nothing is wrong." % (
             ", ".join("%.5f" % d["r"] for d in T), ", ".join("%.5f" % d["z"] for d in T),
             ", ".join("%.5f" % d["ht"] for d in T), ", ".join("%.5f" % d["h"] for d in T),
             "%.5f" % T[2]["rh"], "%.5f" % T[2]["b"], ", ".join("%.5f" % v for v in RNN),
             ", ".join("%.5f" % v for v in LSTM)))


def main():
    wrong, right = report()
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


if __name__ == "__main__":
    main()
