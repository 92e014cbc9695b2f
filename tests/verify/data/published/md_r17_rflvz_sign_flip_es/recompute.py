#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an equations-only excerpt of
rflvz/neural-network-visualization aprendizaje-pesos-sesgos.md ("¿Cómo se Actualizan los Pesos y Sesgos?", a Spanish
note on how weights and biases are learned): a linear 3-2 layer's forward pass, error, one gradient and one update,
then a complete iteration of one sigmoid neuron, written as plain-text equations in code fences (`×`, `≈`).

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens. Example 1 (doc.md lines 3-5, 22, 42): x = (5, 3, 2), W = [[0.1, 0.5, -0.2], [0.3, -0.4, 0.6]],
b = (0.5, -0.1), linear outputs, target (3.0, 2.0), learning rate 0.01. Example 2 (lines 71-82, 117): x = (5, 3),
w = (0.6, -0.4), b = 0.5, sigmoid output, target 1, learning rate 0.1. The note defines error = target - prediction
and updates w_new = w - learning_rate * gradient, so the gradient is that of the squared error
E = 1/2 (target - prediction)^2: dE/dw = -(target - prediction) * x (times sigmoid'(z) = a (1 - a) for the sigmoid
neuron). True values follow that gradient descent exactly; the iteration table (lines 139-155) is judged against the
same descent repeated (iteration k shows the values after k - 1 updates, as its iteration 2 restates the update).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  near(p, X)  <=>  |p - round(X to p's digits)| <= u
  1. the line shows p as the result of an expression of printed operands and redoing it from them does not give p
     (a rounded earlier result taken anywhere within half a unit) -> wrong, first (a result on the line right after
     the line holding its expression counts as computed from that expression's printed operands)
  2. p is near the true value                                     -> right
  3. an upstream printed value it depends on is wrong              -> wrong, propagated
  4. the author's own (wrong) formula produced it                  -> wrong, first
  5. p follows from its printed, correct operands                  -> right (rounding drift)
  6. otherwise                                                     -> wrong, first
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/rflvz/neural-network-visualization/blob/76c76f1e613c431e5e515da52493ed990fdae1cd/"
          "aprendizaje-pesos-sesgos.md")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of only the worked-example blocks (source "
           "lines 65-91, 104-117, 125-148, 167-236, 278-298) line for line, the analogy paragraphs removed")
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




# ---------------- example 1: linear layer ----------------
x = [D(5), D(3), D(2)]
W = [[D("0.1"), D("0.5"), D("-0.2")], [D("0.3"), D("-0.4"), D("0.6")]]
b = [D("0.5"), D("-0.1")]
t = [D("3.0"), D("2.0")]
z = [sum(W[k][i] * x[i] for i in range(3)) + b[k] for k in range(2)]
e = [t[k] - z[k] for k in range(2)]
g11 = -e[0] * x[0]          # dE/dw11 for E = 1/2 sum (t - z)^2
gb1 = -e[0]
w11n = W[0][0] - D("0.01") * g11
b1n = b[0] - D("0.01") * gb1

ln = line_of("z₁ = (0.1×5)")
chk("z1", ln, "2.1", z[0], ops=D("0.5") + D("1.5") - D("0.4") + D("0.5"), exact=True)
ln = line_of("z₂ = (0.3×5)")
chk("z2", ln, "1.4", z[1], ops=D("1.5") - D("1.2") + D("1.2") - D("0.1"), exact=True)
ln = line_of("Predicción: [2.1, 1.4]")
chk("z1r", ln, "2.1", z[0], up=["z1"])
chk("z2r", ln, "1.4", z[1], up=["z2"])
ln = line_of("error = [3.0, 2.0] - [2.1, 1.4] = [0.9, 0.6]")
chk("e1", ln, "0.9", e[0], ops=D("3.0") - D("2.1"), up=["z1"], exact=True)
chk("e2", ln, "0.6", e[1], ops=D("2.0") - D("1.4"), up=["z2"], exact=True)
ln = line_of("gradiente = error₁ × x₁ = 0.9 × 5 = 4.5")
chk("g11", ln, "4.5", g11, ops=D("0.9") * 5, method=True, correct="-4.5",
    why="error x input = +4.5 is minus the gradient: with error = target - prediction, dE/dw11 = -(0.9)(5) = -4.5 "
        "(the sign is flipped, so the update below moves the weight the wrong way)")
ln = line_of("gradiente = error₁ = 0.9")
chk("gb1", ln, "0.9", gb1, method=True, correct="-0.9", why="dE/db1 = -(target - prediction) = -0.9 (sign flipped)")
ln = line_of("Gradiente: 4.5")
chk("g11r", ln, "4.5", g11, up=["g11"], correct="-4.5")
ln = line_of("w₁₁_nuevo = 0.1 - 0.01 × 4.5")
chk("w11n", ln, "0.055", w11n, ops=D("0.1") - D("0.01") * D("4.5"), up=["g11"], exact=True,
    why="0.1 - 0.01 x (-4.5) = 0.145 with the gradient's true sign; the printed step moves w11 away from the target")
ln = line_of("Gradiente: 0.9")
chk("gb1r", ln, "0.9", gb1, up=["gb1"], correct="-0.9")
ln = line_of("b₁_nuevo = 0.5 - 0.01 × 0.9")
chk("b1n", ln, "0.491", b1n, ops=D("0.5") - D("0.01") * D("0.9"), up=["gb1"], exact=True,
    why="0.5 - 0.01 x (-0.9) = 0.509 with the gradient's true sign")

# ---------------- example 2: one sigmoid neuron ----------------
xs = [D(5), D(3)]
lr = D("0.1")


def step(w, bb):
    zz = w[0] * xs[0] + w[1] * xs[1] + bb
    a = sig(zz)
    err = 1 - a
    dz = -err * a * (1 - a)
    return zz, a, err, dz, [w[0] - lr * dz * xs[0], w[1] - lr * dz * xs[1]], bb - lr * dz


w0 = [D("0.6"), D("-0.4")]
b0 = D("0.5")
zz0, a0, err0, dz0, w1, b1 = step(w0, b0)
zz1, a1, err1, dz1, w2, b2 = step(w1, b1)
zz2, a2, err2, dz2, w3, b3 = step(w2, b2)
ww, bb = w0, b0
hist = []
for k in range(1, 101):
    zk, ak, ek, dk, wn, bn = step(ww, bb)
    hist.append((ww, bb, ek))
    ww, bb = wn, bn

ln = line_of("z = 3.0 + (-1.2) + 0.5")
chk("p1", ln, "3.0", D(3), ops=D("0.6") * 5, exact=True)
chk("p2", ln, "-1.2", D("-1.2"), ops=D("-0.4") * 3, exact=True)
ln = line_of("z = 2.3")
chk("z", ln, "2.3", zz0, ops=D("3.0") - D("1.2") + D("0.5"), exact=True)
ln = line_of("prediccion = sigmoid(2.3) = 0.91")
chk("a", ln, "0.91", a0, ops=sig("2.3"), up=["z"], exact=True)
ln = line_of("error = 1 - 0.91 = 0.09")
chk("err", ln, "0.09", err0, ops=1 - D("0.91"), up=["a"], exact=True)
ln = line_of("gradiente_w1 = 0.09 × 5 × 0.21")
chk("sp", ln, "0.21", a0 * (1 - a0), explicit=False,
    why="derivada_sigmoid(2.3) = 0.91 x 0.09 = 0.0827, printed 0.21")
chk("gw1", ln, "0.0945", dz0 * xs[0], ops=D("0.09") * 5 * D("0.21"), up=["sp"], method=True,
    correct=str(rnd(dz0 * xs[0], D("0.0001"))),
    why="dE/dw1 = -(1 - a) a (1 - a) x1 = -0.0377: sigmoid' printed 0.21 for 0.083 and the sign flipped")
ln = line_of("gradiente_w2 = 0.09 × 3 × 0.21")
chk("spr2", ln, "0.21", a0 * (1 - a0), up=["sp"])
chk("gw2", ln, "0.0567", dz0 * xs[1], ops=D("0.09") * 3 * D("0.21"), up=["sp"], method=True,
    correct=str(rnd(dz0 * xs[1], D("0.0001"))), why="dE/dw2 = -0.0226 (sigmoid' 0.083, sign)")
ln = line_of("gradiente_b = 0.09 × 0.21")
chk("spr3", ln, "0.21", a0 * (1 - a0), up=["sp"])
chk("gb", ln, "0.0189", dz0, ops=D("0.09") * D("0.21"), up=["sp"], method=True,
    correct=str(rnd(dz0, D("0.0001"))), why="dE/db = -0.0075 (sigmoid' 0.083, sign)")
ln = line_of("w1_nuevo = 0.6 - 0.1 × 0.0945")
chk("w1n", ln, "0.59055", w1[0], ops=D("0.6") - lr * D("0.0945"), up=["gw1"], exact=True,
    why="w1 - 0.1 dE/dw1 = 0.6 + 0.00377 = 0.60377")
ln = line_of("w2_nuevo = -0.4 - 0.1 × 0.0567")
chk("w2n", ln, "-0.40567", w1[1], ops=D("-0.4") - lr * D("0.0567"), up=["gw2"], exact=True,
    why="w2 - 0.1 dE/dw2 = -0.4 + 0.00226 = -0.39774")
ln = line_of("b_nuevo = 0.5 - 0.1 × 0.0189")
chk("bn", ln, "0.49811", b1, ops=D("0.5") - lr * D("0.0189"), up=["gb"], exact=True,
    why="b - 0.1 dE/db = 0.5 + 0.00075 = 0.50075")
ln = line_of("z_nuevo = (0.59055 × 5)")
chk("w1nr", ln, "0.59055", w1[0], up=["w1n"])
chk("w2nr", ln, "-0.40567", w1[1], up=["w2n"])
chk("bnr", ln, "0.49811", b1, up=["bn"])
ln = line_of("z_nuevo = 2.295 + 0.49811 = 2.79311")
chk("s", ln, "2.295", w1[0] * 5 + w1[1] * 3, ops=D("0.59055") * 5 + D("-0.40567") * 3, up=["w1n", "w2n"],
    exact=True, why="0.59055 x 5 + (-0.40567) x 3 = 2.95275 - 1.21701 = 1.73574 (from the line above), printed 2.295")
chk("zn", ln, "2.79311", zz1, ops=D("2.295") + D("0.49811"), up=["s", "bn"], exact=True)
ln = line_of("prediccion_nueva = sigmoid(2.79311) = 0.942")
chk("an", ln, "0.942", a1, ops=sig("2.79311"), up=["zn"], exact=True,
    why="with the true update the new prediction is sigmoid(2.32641) = 0.911 (with the printed weights it would "
        "be sigmoid(2.23385) = 0.903, worse than before, not 'mejor')")
chk("ar", ln, "0.91", a0, up=["a"])

# ---------------- iteration table ----------------
ln = line_of("Error = 0.09")
chk("it1e", ln, "0.09", hist[0][2], up=["err"])
ln = line_of("W = [0.59, -0.41], b = 0.498")
chk("it2w1", ln, "0.59", hist[1][0][0], up=["w1n"])
chk("it2w2", ln, "-0.41", hist[1][0][1], up=["w2n"])
chk("it2b", ln, "0.498", hist[1][1], up=["bn"])
ln = line_of("Error = 0.08")
chk("it2e", ln, "0.08", hist[1][2], explicit=False, up=["it2w1", "it2w2", "it2b"],
    why="after one true update the error is 1 - 0.911 = 0.089 -> 0.09")
ln = line_of("W = [0.58, -0.42], b = 0.496")
chk("it3w1", ln, "0.58", hist[2][0][0], explicit=False, up=["it2w1"])
chk("it3w2", ln, "-0.42", hist[2][0][1], explicit=False, up=["it2w2"])
chk("it3b", ln, "0.496", hist[2][1], explicit=False, up=["it2b"])
ln = line_of("Error = 0.07")
chk("it3e", ln, "0.07", hist[2][2], explicit=False, up=["it3w1"], why="true error after two updates 0.087")
ln = line_of("W = [0.45, -0.35], b = 0.4")
chk("it100w1", ln, "0.45", hist[99][0][0], explicit=False, up=["it3w1"])
chk("it100w2", ln, "-0.35", hist[99][0][1], explicit=False, up=["it3w2"])
chk("it100b", ln, "0.4", hist[99][1], explicit=False, up=["it3b"])
ln = line_of("Error = 0.001")
chk("it100e", ln, "0.001", hist[99][2], explicit=False, up=["it100w1"],
    why="99 true updates with learning rate 0.1 leave the error at %.3f" % hist[99][2])


NOTES = (
    "rflvz/neural-network-visualization aprendizaje-pesos-sesgos.md (2025-12, no license; the note reads like a "
    "chat assistant's answer committed by the author), so only its worked-example blocks are kept, line for line. "
    "Plain-text equations in code fences with × and ≈. The note defines error = target - prediction, gradient = "
    "error x input and then subtracts learning_rate x gradient: the gradient's sign is flipped, so every update "
    "moves the wrong way (first errors on lines 36, 39 and, with sigmoid' printed 0.21 for 0.083, line 106). "
    "Further first errors: z_nuevo's sum 2.295 for 1.73574 (line 133). The iteration table is judged against the "
    "true descent repeated from the same example (iteration k = after k-1 updates; close call: the table may be "
    "meant as a sketch, but it restates the computed update as iteration 2). The 'Época' list and the analogy "
    "paragraphs are left out of the excerpt (no computation). Right: both forward passes, the errors, the restated "
    "prediction 0.91 and the iteration-1 error."
)

if __name__ == "__main__":
    main()
