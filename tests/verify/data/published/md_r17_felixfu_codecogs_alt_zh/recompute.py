#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an equations-only excerpt of
FelixFu520/README train/optim/bp.md ("BP算法讲解", section 2.4 "实例运用"): one forward pass, backward pass and
update of a 2-2-2 sigmoid network, every equation written as LaTeX inside the alt text of a codecogs image link
(`![net_{1}=...=0.1325](https://private.codecogs.com/gif.latex?...)`).

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (doc.md lines 1, 13): x = (0.05, 0.10), target Y = (0, 1); w = [[0.15, 0.20], [0.25, 0.30]] with
net1_j = sum_i w_ij x_i + b1_j (so net11 = 0.15*0.05 + 0.25*0.1 + 0.1, as line 15 prints), b1 = (0.1, 0.1);
v = [[0.40, 0.45], [0.50, 0.55]] with net2_k = sum_j v_jk h_j + b2_k, b2 = (0.2, 0.2); sigmoid everywhere;
E = 1/2 sum (Y - Yhat)^2; learning rate 0.5; biases not updated (the page says so). The page's own rules:
delta = Yhat (1 - Yhat)(Yhat - Y) (line 27), grad v = h delta^T (line 31), grad w = x (h (1 - h) (v delta))^T
(line 45), new = old - 0.5 grad (lines 63, 67). True values follow those rules exactly from the givens.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  near(p, X)  <=>  |p - round(X to p's digits)| <= u
  1. the line shows p as the result of an expression of printed operands and redoing it from those operands
     (a rounded earlier result taken anywhere within half a unit of its last digit) does not give p -> wrong,
     first (a result printed on its own display line right after the display that holds its expression counts
     as computed from that expression's printed operands)
  2. p is near the true value                                     -> right
  3. an upstream printed value it depends on is wrong              -> wrong, propagated
  4. the author's own (wrong) formula produced it                  -> wrong, first
  5. p follows from its printed, correct operands                  -> right (rounding drift)
  6. otherwise                                                     -> wrong, first
A restated value (an operand copied from an earlier line) is judged like the value it copies.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/FelixFu520/README/blob/60b6fe05269f348e537be1cbd9afb44b114bd6a2/train/optim/bp.md")
LICENSE = ("none (no LICENSE in the repository; the section is a copy of a CSDN post); doc.md is an excerpt of only "
           "the worked-example equation lines of section 2.4, line for line, prose paragraphs, images and code removed")
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


def chk(cid, line, printed, true, ops=None, up=(), method=False, why="", correct=None, explicit=True, exact=False,
        scale=0):
    """Judge one printed number (rules in the module docstring); scale: the printed mantissa times 10^scale."""
    assert printed in DOC[line - 1], (line, printed)
    p = D(printed).scaleb(scale)
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




# ---------------- helpers for intervals of rounded operands ----------------
def lo_hi(s):
    """A printed rounded number as the interval of values it can stand for (half a unit either side)."""
    d = D(s)
    h = unit(d) / 2
    return d - h, d + h


def reachable(p, f, *ops):
    """Whether p (printed) is reached by f at some corner of the operand intervals (f monotone in each)."""
    import itertools
    vals = [f(*c) for c in itertools.product(*[lo_hi(o) if isinstance(o, str) else (o, o) for o in ops])]
    lo, hi = min(vals), max(vals)
    return rnd(lo, p) <= p <= rnd(hi, p)


# ---------------- exact values from the givens ----------------
x = [D("0.05"), D("0.10")]
Y = [D(0), D(1)]
w = [[D("0.15"), D("0.20")], [D("0.25"), D("0.30")]]
b1 = [D("0.1"), D("0.1")]
v = [[D("0.40"), D("0.45")], [D("0.50"), D("0.55")]]
b2 = [D("0.2"), D("0.2")]
eta = D("0.5")
net1 = [w[0][j] * x[0] + w[1][j] * x[1] + b1[j] for j in range(2)]
h = [sig(n) for n in net1]
net2 = [v[0][k] * h[0] + v[1][k] * h[1] + b2[k] for k in range(2)]
yh = [sig(n) for n in net2]
E = sum((Y[k] - yh[k]) ** 2 for k in range(2)) / 2
dl = [yh[k] * (1 - yh[k]) * (yh[k] - Y[k]) for k in range(2)]
gv = [[h[j] * dl[k] for k in range(2)] for j in range(2)]
vd = [v[j][0] * dl[0] + v[j][1] * dl[1] for j in range(2)]      # the page's v . delta
hid = [h[j] * (1 - h[j]) * vd[j] for j in range(2)]              # h (1 - h) (v . delta)
gw = [[x[i] * hid[j] for j in range(2)] for i in range(2)]
v1 = [[v[j][k] - eta * gv[j][k] for k in range(2)] for j in range(2)]
w1 = [[w[i][j] - eta * gw[i][j] for j in range(2)] for i in range(2)]


def P(p):
    return D(p)


def exact_ok(p, f, *ops):
    return D(p) if reachable(D(p), f, *ops) else f(*[D(o) if isinstance(o, str) else o for o in ops])


# ---------------- forward pass ----------------
ln = line_of("0.15*0.05+0.25*0.1+0.1")
chk("net11", ln, "0.1325", net1[0], ops=D("0.15") * D("0.05") + D("0.25") * D("0.1") + D("0.1"), exact=True)
chk("net12", ln, "0.1400", net1[1], ops=D("0.20") * D("0.05") + D("0.30") * D("0.1") + D("0.1"), exact=True)
ln = line_of("h=sigmoid(net_{1})=sigmoid")
chk("h1", ln, "0.5331", h[0], ops=sig("0.1325"), up=["net11"], exact=True)
chk("h2", ln, "0.5349", h[1], ops=sig("0.1400"), up=["net12"], exact=True)
ln = line_of("0.40*0.5331+0.5*0.5349+0.2")
chk("net21", ln, "0.6807", net2[0], ops=exact_ok("0.6807", lambda a, b: D("0.40") * a + D("0.5") * b + D("0.2"),
                                                "0.5331", "0.5349"), up=["h1", "h2"], exact=True)
chk("net22", ln, "0.7341", net2[1], ops=exact_ok("0.7341", lambda a, b: D("0.45") * a + D("0.55") * b + D("0.2"),
                                                "0.5331", "0.5349"), up=["h1", "h2"], exact=True)
ln = line_of("\\hat{Y}=sigmoid(net_{2})=sigmoid")
chk("y1", ln, "0.6639", yh[0], ops=exact_ok("0.6639", sig, "0.6807"), up=["net21"], exact=True)
chk("y2", ln, "0.6575", yh[1], ops=exact_ok("0.6575", sig, "0.7341"), up=["net22"], exact=True,
    why="sigmoid(0.7341) = 0.67570, printed 0.6575 (digits swapped; the next lines use 0.6757)")
ln = line_of("E(\\theta )=\\frac{1}{2}(Y-\\hat{Y})^T(Y-\\hat{Y})=")
chk("E", ln, "0.2796", E,
    ops=exact_ok("0.2796", lambda a, b: (a ** 2 + (1 - b) ** 2) / 2, "0.6639", "0.6757"), exact=True,
    why="1/2 (0.6639^2 + 0.3243^2) = 1/2 (0.44076 + 0.10517) = 0.2730, printed 0.2796 (the square is also missing "
        "from the printed expression)")

# ---------------- output deltas and grad v ----------------
ln = line_of("\\odot \\begin{pmatrix}0.6639-0\\\\ 0.6757-1")
chk("y2r", ln, "0.6757", yh[1])
chk("d1", ln, "0.14814", dl[0], ops=exact_ok("0.14814", lambda a: a * (1 - a) * a, "0.6639"), exact=True)
chk("d2", ln, "-0.07106", dl[1], ops=exact_ok("-0.07106", lambda a: a * (1 - a) * (a - 1), "0.6757"), exact=True)
ln = line_of("\\bigtriangledown _{1}v =h\\cdot")
for cid, p, j, k in (("gv11", "0.07897", 0, 0), ("gv12", "-0.03788", 0, 1), ("gv21", "0.07924", 1, 0),
                     ("gv22", "-0.03801", 1, 1)):
    hs, ds = ("0.5331", "0.5349")[j], ("0.14814", "-0.07106")[k]
    chk(cid, ln, p, gv[j][k], ops=exact_ok(p, lambda a, b: a * b, hs, ds), up=["h1", "h2", "d1", "d2"], exact=True)
for cid, sub, p, j, k in (("gv11b", "h_{1}=0.07897", "0.07897", 0, 0), ("gv12b", "h_{1}=-0.03788", "-0.03788", 0, 1),
                          ("gv21b", "h_{2}=0.07924", "0.07924", 1, 0), ("gv22b", "h_{2}=-0.03801", "-0.03801", 1, 1)):
    chk(cid, line_of(sub), p, gv[j][k], up=[cid[:4]])
ln = line_of("\\bigtriangledown _{1}v=\\begin{pmatrix} 0.07897")
for cid, p, j, k in (("gv11c", "0.07897", 0, 0), ("gv12c", "-0.03788", 0, 1), ("gv21c", "0.07924", 1, 0),
                     ("gv22c", "-0.03801", 1, 1)):
    chk(cid, ln, p, gv[j][k], up=[cid[:4]])

# ---------------- hidden error and grad w ----------------
ln = line_of("\\cdot\\begin{pmatrix}0.14814\\\\-0.007106")
chk("d1r", ln, "0.14814", dl[0], up=["d1"])
chk("d2r", ln, "-0.007106", dl[1], explicit=False, up=["d2"],
    why="restates delta2 = -0.07106 of the line above as -0.007106 (a zero slipped in)")
chk("h1r", ln, "0.5331", h[0], up=["h1"])
chk("h2r", ln, "0.5349", h[1], up=["h2"])
ln = line_of("\\begin{pmatrix}0.02728\\\\0.03499")
chk("hid1", ln, "0.02728", hid[0], explicit=False, method=True,
    why="h1 (1 - h1)(v11 delta1 + v12 delta2) = 0.5331 x 0.4669 x 0.027279 = 0.006790; 0.02728 is v . delta alone, "
        "the factor h (1 - h) of the page's own formula (sigma') is missing")
chk("hid2", ln, "0.03499", hid[1], explicit=False, method=True,
    why="h2 (1 - h2)(v21 delta1 + v22 delta2) = 0.5349 x 0.4651 x 0.034987 = 0.008704; 0.03499 is v . delta alone, "
        "sigma' missing")
for cid, p, i, j, hs in (("gw11", "1.364", 0, 0, "0.02728"), ("gw12", "1.750", 0, 1, "0.03499"),
                         ("gw21", "2.728", 1, 0, "0.02728"), ("gw22", "3.500", 1, 1, "0.03499")):
    chk(cid, ln, p, gw[i][j], scale=-3, up=["hid1", "hid2"],
        ops=exact_ok(str(D(p).scaleb(-3)), lambda a, b: a * b, x[i], hs),
        why="x_i times the hidden term without sigma' (true %.4g)" % gw[i][j])
for cid, sub, p, i, j in (("gw11b", ")=1.364\\times", "1.364", 0, 0), ("gw12b", ")=1.750\\times", "1.750", 0, 1),
                          ("gw21b", ")=2.728\\times", "2.728", 1, 0), ("gw22b", ")=3.500\\times", "3.500", 1, 1)):
    chk(cid, line_of(sub), p, gw[i][j], scale=-3, up=[cid[:4]])
ln = line_of("\\bigtriangledown _{1}w=\\begin{pmatrix} \\bigtriangledown")
for cid, p, i, j in (("gw11c", "1.364", 0, 0), ("gw12c", "1.750", 0, 1), ("gw21c", "2.728", 1, 0),
                     ("gw22c", "3.500", 1, 1)):
    chk(cid, ln, p, gw[i][j], scale=-3, up=[cid[:4]])

# ---------------- updates ----------------
ln = line_of("v^{(1)}=v^{(0)}-\\eta")
for cid, p, j, k in (("gv11d", "0.07897", 0, 0), ("gv12d", "-0.03788", 0, 1), ("gv21d", "0.07924", 1, 0),
                     ("gv22d", "-0.03801", 1, 1)):
    chk(cid, ln, p, gv[j][k], up=[cid[:4]])
ln = line_of("0.36051 &0.46894")
for cid, p, j, k, g in (("v11", "0.36051", 0, 0, "0.07897"), ("v12", "0.46894", 0, 1, "-0.03788"),
                        ("v21", "0.46038", 1, 0, "0.07924"), ("v22", "0.56901", 1, 1, "-0.03801")):
    chk(cid, ln, p, v1[j][k], ops=exact_ok(p, lambda a, vv=v[j][k]: vv - eta * a, g), up=["gv11", "gv22"],
        exact=True)
ln = line_of("w^{(1)}=w^{(0)}-\\eta")
for cid, p, i, j in (("gw11d", "1.364", 0, 0), ("gw12d", "1.750", 0, 1), ("gw21d", "2.728", 1, 0),
                     ("gw22d", "3.500", 1, 1)):
    chk(cid, ln, p, gw[i][j], scale=-3, up=[cid[:4]])
ln = line_of("0.14983 &0.19978")
for cid, p, i, j, g in (("w11", "0.14983", 0, 0, "0.001364"), ("w12", "0.19978", 0, 1, "0.001750"),
                        ("w21", "0.24966", 1, 0, "0.002728"), ("w22", "0.29956", 1, 1, "0.003500")):
    chk(cid, ln, p, w1[i][j], ops=exact_ok(p, lambda a, ww=w[i][j]: ww - eta * a, g), up=["gw11d"], exact=True,
        why="%s - 0.5 x %s = %s from the gradient printed on the line above, printed %s (the printed values are "
            "the true ones, computed with sigma'; they do not follow from the printed gradient)"
            % (w[i][j], g, str(w[i][j] - eta * D(g)), p))


NOTES = (
    "FelixFu520/README train/optim/bp.md (2021-07, a copy of the CSDN post 'weixin_39441762/article/details/"
    "80446692'; no license), so only the worked-example equation lines of section 2.4 are kept, line for line. "
    "Every equation is LaTeX in the alt text of a codecogs image link. A 2-2-2 sigmoid network, x = (0.05, 0.10), "
    "Y = (0, 1), learning rate 0.5, biases not updated. First errors: sigmoid(0.7341) printed 0.6575 for 0.6757 "
    "(line 21; later lines use 0.6757); E printed 0.2796 for 0.2730 (line 23); delta2 restated as -0.007106 for "
    "-0.07106 (line 49); the hidden terms 0.02728 and 0.03499 (line 51) are v . delta without the factor h (1 - h) "
    "of the page's own formula, so grad w (lines 51-61, 67) is about four times too large; the updated w (line 69) "
    "prints the true values 0.14983, 0.19978, 0.24966, 0.29956, which do not follow from the printed gradient "
    "on line 67 (0.15 - 0.5 x 1.364e-3 = 0.14932): wrong by the own-arithmetic rule (close call: the numbers "
    "themselves are right). Right: net1, h, net2, yhat1, both deltas, grad v and the updated v. Close call: "
    "line 51's 3.500e-3 = 0.10 x 0.03499 is reachable only at the edge of 0.03499's half unit; the line is wrong "
    "anyway (sigma' missing)."
)

if __name__ == "__main__":
    main()
