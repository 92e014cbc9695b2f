#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an equations-only excerpt of
Mahfuzar148/Machine-Learning-and-Deep-learning "Deep Learning/Training a neural network.md": two steps of
stochastic gradient descent for one sigmoid neuron (3 inputs and a bias) with squared error, worked by hand.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (doc.md lines 2-5, 9-13, 89-92): sample 1 x = (3000, 6, 1), y = 0; w = (0.001, 0.01, -0.005), b = 0.1,
eta = 0.00001; sample 2 x = (2000, 3, 0), y = 1, starting from the weights after sample 1.
Model: z = w.x + b, y_hat = sigmoid(z), Loss = (y - y_hat)^2, dl/dy_hat = -2 (y - y_hat),
dl/dz = dl/dy_hat * y_hat (1 - y_hat), dl/dw_i = dl/dz * x_i, dl/db = dl/dz, w <- w - eta * dl/dw.
The true values of sample 2 start from the correctly updated weights of sample 1 (the document's wrong
updates make most of sample 2 wrong, propagated).

Judging rule (as in the other folders; p a printed number, u one unit in its last digit):
  near(p, X)  <=>  |p - round(X to p's digits)| <= u
  1. the line shows p as the result of an expression of printed operands and p is not near it -> wrong, first
     (for a result printed alone on the display line right after its expression, e.g. 'Loss ~ 0.8402' after
     'Loss = (1 - 0.0831)^2', that expression counts as its printed operands)
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
SOURCE = ("https://github.com/Mahfuzar148/Machine-Learning-and-Deep-learning/blob/"
          "92f80bccf63e67ea908343510f76993276af7df0/Deep%20Learning/Training%20a%20neural%20network.md")
LICENSE = ("none (no LICENSE in the repository); doc.md is an excerpt of only the author's code blocks, display "
           "equations and tables, line for line, prose and headings removed")
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


def chk(cid, line, printed, true, ops=None, up=(), method=False, why="", correct=None, explicit=True):
    """Judge one printed number (rules in the module docstring)."""
    assert printed in DOC[line - 1], (line, printed)
    p = D(printed)
    ops_ok = ops is None or near(p, ops)
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


eta = D("0.00001")


def step(w, b, x, y):
    z = sum(w[i] * x[i] for i in range(3)) + b
    yh = sig(z)
    loss = (y - yh) ** 2
    dl_dyh = -2 * (y - yh)
    sp = yh * (1 - yh)
    dl_dz = dl_dyh * sp
    g = [dl_dz * x[i] for i in range(3)]
    wn = [w[i] - eta * g[i] for i in range(3)]
    bn = b - eta * dl_dz
    return dict(z=z, yh=yh, loss=loss, dl_dyh=dl_dyh, sp=sp, dl_dz=dl_dz, g=g, gb=dl_dz, w=wn, b=bn,
                terms=[w[i] * x[i] for i in range(3)])


x1, y1 = [D(3000), D(6), D(1)], D(0)
x2, y2 = [D(2000), D(3), D(0)], D(1)
w0, b0 = [D("0.001"), D("0.01"), D("-0.005")], D("0.1")
S1 = step(w0, b0, x1, y1)
S2 = step(S1["w"], S1["b"], x2, y2)

# ---------------- sample 1 ----------------
ln = line_of("z = 3.0 + 0.06 - 0.005 + 0.1")
chk("t1", ln, "3.0", S1["terms"][0], ops=D(3000) * D("0.001"))
chk("t2", ln, "0.06", S1["terms"][1], ops=D(6) * D("0.01"))
chk("t3", ln, "0.005", -S1["terms"][2], ops=-(D(1) * D("-0.005")))  # printed as "- 0.005"
chk("z", ln, "3.155", S1["z"], ops=D("3.0") + D("0.06") - D("0.005") + D("0.1"), up=["t1", "t2", "t3"])
ln = line_of("e^{-3.155}")
chk("zr", ln, "3.155", S1["z"], up=["z"])
chk("yh", ln, "0.9591", S1["yh"], ops=sig("3.155"), up=["zr"])
ln = line_of("(0 - 0.9591)^2 = \\boxed{0.91988}")
chk("yhr", ln, "0.9591", S1["yh"], up=["yh"])
chk("loss", ln, "0.91988", S1["loss"], ops=D("0.9591") ** 2, up=["yhr"])
ln = line_of("-2(0 - 0.9591) = \\boxed{1.9182}")
chk("yhr2", ln, "0.9591", S1["yh"], up=["yh"])
chk("dldyh", ln, "1.9182", S1["dl_dyh"], ops=-2 * (0 - D("0.9591")), up=["yhr2"])
ln = line_of("0.9591 \\cdot (1 - 0.9591) = \\boxed{0.03932}")
chk("yhr3", ln, "0.9591", S1["yh"], up=["yh"])
chk("sp", ln, "0.03932", S1["sp"], ops=D("0.9591") * (1 - D("0.9591")), up=["yhr3"],
    why="0.9591 * (1 - 0.9591) = 0.9591 * 0.0409 = 0.039227 -> 0.03923 (exact 0.039222 -> 0.03922); the digits 2 and 3 are "
        "swapped")
ln = line_of("= 1.9182 \\cdot 0.03932 = \\boxed{0.0755}")
chk("dldyhr", ln, "1.9182", S1["dl_dyh"], up=["dldyh"])
chk("spr", ln, "0.03932", S1["sp"], up=["sp"], why="restates the wrong 0.03932 (true 0.03922)")
chk("dldz", ln, "0.0755", S1["dl_dz"], ops=D("1.9182") * D("0.03932"), up=["dldyhr", "spr"],
    why="dl/dz = 1.91821 * 0.039222 = 0.07524 -> 0.0752 (1.9182 * 0.03932 = 0.07542 is itself 0.0754)")
ln = line_of("= 0.0755 \\cdot 3000 = \\boxed{226.5}")
chk("dldzr1", ln, "0.0755", S1["dl_dz"], up=["dldz"], why="restates the wrong dl/dz (true 0.0752)")
chk("g1", ln, "226.5", S1["g"][0], ops=D("0.0755") * 3000, up=["dldzr1"], why="0.075237 * 3000 = 225.7")
ln = line_of("= 0.0755 \\cdot 6 = \\boxed{0.453}")
chk("dldzr2", ln, "0.0755", S1["dl_dz"], up=["dldz"], why="restates the wrong dl/dz (true 0.0752)")
chk("g2", ln, "0.453", S1["g"][1], ops=D("0.0755") * 6, up=["dldzr2"], why="0.075237 * 6 = 0.451")
ln = line_of("\\frac{\\partial l}{\\partial w₃} = 0.0755 \\cdot 1 = \\boxed{0.0755}")
chk("dldzr3", ln, "0.0755", S1["dl_dz"], up=["dldz"], why="restates the wrong dl/dz (true 0.0752)")
ln = line_of("\\frac{\\partial l}{\\partial b} = 0.0755 \\cdot 1 = \\boxed{0.0755}")
chk("dldzr4", ln, "0.0755", S1["dl_dz"], up=["dldz"], why="restates the wrong dl/dz (true 0.0752)")
ln = line_of("w₁ = 0.001 - 0.00001 \\cdot 226.5 = \\boxed{-0.001265}")
chk("g1r", ln, "226.5", S1["g"][0], up=["g1"], why="restates the wrong dl/dw1 (true 225.7)")
chk("w1", ln, "-0.001265", S1["w"][0], ops=D("0.001") - eta * D("226.5"), up=["g1r"],
    why="0.001 - 0.00001 * 225.71 = -0.001257")
ln = line_of("w₂ = 0.01 - 0.00001 \\cdot 0.453 = \\boxed{0.0099955}")
chk("g2r", ln, "0.453", S1["g"][1], up=["g2"], why="restates the wrong dl/dw2 (true 0.451)")
chk("w2", ln, "0.0099955", S1["w"][1], ops=D("0.01") - eta * D("0.453"), up=["g2r"])
ln = line_of("w₃ = -0.005 - 0.00001 \\cdot 0.0755 = \\boxed{-0.005000755}")
chk("g3r", ln, "0.0755", S1["g"][2], up=["dldz"], why="restates the wrong dl/dw3 (true 0.0752)")
chk("w3", ln, "-0.005000755", S1["w"][2], ops=D("-0.005") - eta * D("0.0755"), up=["g3r"],
    why="-0.005 - 0.00001 * 0.075237 = -0.005000752")
ln = line_of("b = 0.1 - 0.00001 \\cdot 0.0755 = \\boxed{0.09999924}")
chk("gbr", ln, "0.0755", S1["gb"], up=["dldz"], why="restates the wrong dl/db (true 0.0752)")
chk("b", ln, "0.09999924", S1["b"], ops=D("0.1") - eta * D("0.0755"), up=["gbr"])
ln = line_of("| w₁            | 0.001         | 226.5        | -0.001265     |")
chk("t_g1", ln, "226.5", S1["g"][0], up=["g1"], why="restates the wrong dl/dw1 (true 225.7)")
chk("t_w1", ln, "-0.001265", S1["w"][0], up=["w1"], ops=D("-0.001265"), why="restates the wrong w1 (true -0.001257)")
ln = line_of("| w₂            | 0.01          | 0.453        | 0.0099955     |")
chk("t_g2", ln, "0.453", S1["g"][1], up=["g2"], why="restates the wrong dl/dw2 (true 0.451)")
chk("t_w2", ln, "0.0099955", S1["w"][1], up=["w2"], ops=D("0.0099955"))
ln = line_of("| w₃            | -0.005        | 0.0755       | -0.005000755  |")
chk("t_g3", ln, "0.0755", S1["g"][2], up=["dldz"], why="restates the wrong dl/dw3 (true 0.0752)")
chk("t_w3", ln, "-0.005000755", S1["w"][2], up=["w3"], ops=D("-0.005000755"),
    why="restates the wrong w3 (true -0.005000752)")
ln = line_of("| b             | 0.1           | 0.0755       | 0.09999924    |")
chk("t_gb", ln, "0.0755", S1["gb"], up=["dldz"], why="restates the wrong dl/db (true 0.0752)")
chk("t_b", ln, "0.09999924", S1["b"], up=["b"], ops=D("0.09999924"))

# ---------------- sample 2 (starts from the weights after sample 1) ----------------
ln = line_of("w₁ = -0.001265  ")
chk("p_w1", ln, "-0.001265", S1["w"][0], up=["w1"], ops=D("-0.001265"), why="restates the wrong w1 (true -0.001257)")
ln = line_of("w₂ = 0.0099955  ")
chk("p_w2", ln, "0.0099955", S1["w"][1], up=["w2"], ops=D("0.0099955"))
ln = line_of("w₃ = -0.005000755  ")
chk("p_w3", ln, "-0.005000755", S1["w"][2], up=["w3"], ops=D("-0.005000755"),
    why="restates the wrong w3 (true -0.005000752)")
ln = line_of("b = 0.09999924  ")
chk("p_b", ln, "0.09999924", S1["b"], up=["b"], ops=D("0.09999924"))
ln = line_of("z = (2000 \\cdot -0.001265)")
chk("p_w1r", ln, "-0.001265", S1["w"][0], up=["w1"], ops=D("-0.001265"), why="restates the wrong w1 (true -0.001257)")
chk("p_w2r", ln, "0.0099955", S1["w"][1], up=["w2"], ops=D("0.0099955"))
chk("p_w3r", ln, "-0.005000755", S1["w"][2], up=["w3"], ops=D("-0.005000755"),
    why="restates the wrong w3 (true -0.005000752)")
chk("p_br", ln, "0.09999924", S1["b"], up=["b"], ops=D("0.09999924"))
ln = line_of("z = -2.53 + 0.0299865 + 0 + 0.09999924")
chk("u1", ln, "-2.53", S2["terms"][0], ops=2000 * D("-0.001265"), up=["p_w1r"], why="2000 * (-0.0012571) = -2.514")
chk("u2", ln, "0.0299865", S2["terms"][1], ops=3 * D("0.0099955"), up=["p_w2r"])
chk("u3", ln, "0", S2["terms"][2], explicit=False)
chk("p_br2", ln, "0.09999924", S1["b"], up=["b"], ops=D("0.09999924"))
ln = line_of("z = \\boxed{-2.40001426}")
chk("z2", ln, "-2.40001426", S2["z"], ops=D("-2.53") + D("0.0299865") + 0 + D("0.09999924"), up=["u1", "u2", "p_br2"],
    why="true z = 2000*(-0.00125715) + 3*0.00999549 + 0.09999925 = -2.38422")
ln = line_of("e^{2.40001426}")
chk("z2r", ln, "2.40001426", -S2["z"], up=["z2"], why="restates the wrong z (true -2.38422)")
ln = line_of("\\hat{y} \\approx \\boxed{0.0831}")
chk("yh2", ln, "0.0831", S2["yh"], ops=sig("-2.40001426"), up=["z2r"], why="sigmoid(-2.38422) = 0.08438 -> 0.0844")
ln = line_of("(y - \\hat{y})^2 = (1 - 0.0831)^2")
chk("yh2r", ln, "0.0831", S2["yh"], up=["yh2"], why="restates the wrong y_hat (true 0.0844)")
ln = line_of("\\text{Loss} \\approx \\boxed{0.8402}")
chk("loss2", ln, "0.8402", S2["loss"], ops=(1 - D("0.0831")) ** 2, up=["yh2r"],
    why="(1 - 0.0831)^2 = 0.9169^2 = 0.84071 -> 0.8407 (true (1 - 0.08438)^2 = 0.8384)")
ln = line_of("-2(y - \\hat{y}) = -2(1 - 0.0831)")
chk("yh2r2", ln, "0.0831", S2["yh"], up=["yh2"], why="restates the wrong y_hat (true 0.0844)")
ln = line_of("\\frac{\\partial l}{\\partial \\hat{y}} \\approx \\boxed{-1.8338}")
chk("dldyh2", ln, "-1.8338", S2["dl_dyh"], ops=-2 * (1 - D("0.0831")), up=["yh2r2"], why="-2 (1 - 0.08438) = -1.8312")
ln = line_of("0.0831 \\cdot (1 - 0.0831)")
chk("yh2r3", ln, "0.0831", S2["yh"], up=["yh2"], why="restates the wrong y_hat (true 0.0844)")
ln = line_of("\\frac{\\partial \\hat{y}}{\\partial z} \\approx \\boxed{0.0762}")
chk("sp2", ln, "0.0762", S2["sp"], ops=D("0.0831") * (1 - D("0.0831")), up=["yh2r3"], why="0.08438 * 0.91562 = 0.0773")
ln = line_of("= (-1.8338) \\cdot (0.0762)")
chk("dldyh2r", ln, "-1.8338", S2["dl_dyh"], up=["dldyh2"], why="restates the wrong dl/dy_hat (true -1.8312)")
chk("sp2r", ln, "0.0762", S2["sp"], up=["sp2"], why="restates the wrong sigmoid slope (true 0.0773)")
ln = line_of("\\frac{\\partial l}{\\partial z} \\approx \\boxed{-0.1396}")
chk("dldz2", ln, "-0.1396", S2["dl_dz"], ops=D("-1.8338") * D("0.0762"), up=["dldyh2r", "sp2r"],
    why="-1.8312 * 0.07726 = -0.1415")
ln = line_of("= -0.1396 \\cdot 2000 = \\boxed{-279.2}")
chk("dldz2r1", ln, "-0.1396", S2["dl_dz"], up=["dldz2"], why="restates the wrong dl/dz (true -0.1415)")
chk("h1", ln, "-279.2", S2["g"][0], ops=D("-0.1396") * 2000, up=["dldz2r1"], why="-0.14149 * 2000 = -283.0")
ln = line_of("= -0.1396 \\cdot 3 = \\boxed{-0.4188}")
chk("dldz2r2", ln, "-0.1396", S2["dl_dz"], up=["dldz2"], why="restates the wrong dl/dz (true -0.1415)")
chk("h2", ln, "-0.4188", S2["g"][1], ops=D("-0.1396") * 3, up=["dldz2r2"], why="-0.14149 * 3 = -0.4245")
ln = line_of("= -0.1396 \\cdot 0 = \\boxed{0}")
chk("dldz2r3", ln, "-0.1396", S2["dl_dz"], up=["dldz2"], why="restates the wrong dl/dz (true -0.1415)")
chk("h3", ln, "0", S2["g"][2], ops=D(0))
ln = line_of("\\frac{\\partial l}{\\partial b} = -0.1396 \\cdot 1 = \\boxed{-0.1396}")
chk("dldz2r4", ln, "-0.1396", S2["dl_dz"], up=["dldz2"], why="restates the wrong dl/dz (true -0.1415)")
ln = line_of("w₁ = -0.001265 - (0.00001 \\cdot -279.2) = \\boxed{0.001527}")
chk("q_w1", ln, "-0.001265", S1["w"][0], up=["w1"], ops=D("-0.001265"), why="restates the wrong w1 (true -0.001257)")
chk("h1r", ln, "-279.2", S2["g"][0], up=["h1"], why="restates the wrong dl/dw1 (true -283.0)")
chk("w1b", ln, "0.001527", S2["w"][0], ops=D("-0.001265") - eta * D("-279.2"), up=["q_w1", "h1r"],
    why="-0.0012571 + 0.00001 * 282.97 = 0.001573")
ln = line_of("w₂ = 0.0099955 - (0.00001 \\cdot -0.4188) = \\boxed{0.009999688}")
chk("q_w2", ln, "0.0099955", S1["w"][1], up=["w2"], ops=D("0.0099955"))
chk("h2r", ln, "-0.4188", S2["g"][1], up=["h2"], why="restates the wrong dl/dw2 (true -0.4245)")
chk("w2b", ln, "0.009999688", S2["w"][1], ops=D("0.0099955") - eta * D("-0.4188"), up=["q_w2", "h2r"],
    why="0.0099954858 + 0.00001 * 0.42446 = 0.009999730")
ln = line_of("w₃ = -0.005000755 - (0.00001 \\cdot 0) = \\boxed{-0.005000755}")
chk("q_w3", ln, "-0.005000755", S1["w"][2], up=["w3"], ops=D("-0.005000755"),
    why="restates the wrong w3 (true -0.005000752)")
chk("w3b", ln, "-0.005000755", S2["w"][2], ops=D("-0.005000755"), up=["q_w3"],
    why="w3 is unchanged by sample 2 (x3 = 0): -0.005000752")
ln = line_of("b = 0.09999924 - (0.00001 \\cdot -0.1396) = \\boxed{0.100000636}")
chk("q_b", ln, "0.09999924", S1["b"], up=["b"], ops=D("0.09999924"))
chk("gb2r", ln, "-0.1396", S2["gb"], up=["dldz2"], why="restates the wrong dl/db (true -0.1415)")
chk("bb", ln, "0.100000636", S2["b"], ops=D("0.09999924") - eta * D("-0.1396"), up=["q_b", "gb2r"],
    why="0.0999992476 + 0.00001 * 0.14149 = 0.1000006625 -> 0.100000663")
ln = line_of("| w₁            | -0.001265     | -279.2       | 0.001527      |")
chk("u_w1", ln, "-0.001265", S1["w"][0], up=["w1"], ops=D("-0.001265"), why="restates the wrong w1 (true -0.001257)")
chk("u_g1", ln, "-279.2", S2["g"][0], up=["h1"], why="restates the wrong dl/dw1 (true -283.0)")
chk("u_n1", ln, "0.001527", S2["w"][0], up=["w1b"], ops=D("0.001527"), why="restates the wrong new w1 (true 0.001573)")
ln = line_of("| w₂            | 0.0099955     | -0.4188      | 0.009999688   |")
chk("u_w2", ln, "0.0099955", S1["w"][1], up=["w2"], ops=D("0.0099955"))
chk("u_g2", ln, "-0.4188", S2["g"][1], up=["h2"], why="restates the wrong dl/dw2 (true -0.4245)")
chk("u_n2", ln, "0.009999688", S2["w"][1], up=["w2b"], ops=D("0.009999688"),
    why="restates the wrong new w2 (true 0.009999730)")
ln = line_of("| w₃            | -0.005000755  | 0            | -0.005000755  |")
chk("u_w3", ln, "-0.005000755", S1["w"][2], up=["w3"], ops=D("-0.005000755"),
    why="restates the wrong w3 (true -0.005000752)")
chk("u_g3", ln, "0", S2["g"][2], ops=D(0))
ln = line_of("| b             | 0.09999924    | -0.1396      | 0.100000636   |")
chk("u_b", ln, "0.09999924", S1["b"], up=["b"], ops=D("0.09999924"))
chk("u_gb", ln, "-0.1396", S2["gb"], up=["dldz2"], why="restates the wrong dl/db (true -0.1415)")
chk("u_nb", ln, "0.100000636", S2["b"], up=["bb"], ops=D("0.100000636"), why="restates the wrong new b (true 0.100000663)")


NOTES = (
    "Markdown note (Mahfuzar Rahman, GitHub Mahfuzar148, 2025) training one sigmoid neuron with three inputs and a "
    "bias by hand with squared error, two SGD steps (eta = 0.00001) on two rows of a house-buying data set "
    "(x = (3000, 6, 1), y = 0, then x = (2000, 3, 0), y = 1). No license: doc.md keeps only the author's code blocks "
    "(givens), display equations and summary tables, line for line. Two first errors: line 41, the sigmoid slope "
    "0.9591 * (1 - 0.9591) printed 0.03932 instead of 0.03923 (swapped digits), which makes dl/dz 0.0755 instead of "
    "0.0752 and every sample-1 gradient and the w1 and w3 updates wrong (w2 and b land within one unit of the right "
    "value); and line 132, Loss = (1 - 0.0831)^2 printed 0.8402 instead of 0.8407. Because sample 2 starts from the "
    "wrong w1 = -0.001265 (true -0.001257), its z, y_hat, gradients and updates are all wrong, propagated; lines "
    "that restate only w2 or b, and the zero gradient of w3 (x3 = 0), are right. The first error's dl/dz = 1.9182 * "
    "0.03932 = 0.07542 prints as 0.0755 (one unit: accepted as the line's own arithmetic)."
)

if __name__ == "__main__":
    main()
