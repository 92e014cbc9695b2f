#!/usr/bin/env python3
"""Independent recomputation of every number printed in doc.md
(kaifeng/llm-learn, "反向传播的梯度计算", numeric excerpt).

Plain Python (decimal + fractions-free exact decimal arithmetic at 60 digits).
Does not import nnwalk or the generator.

Network (from the document's own givens):
  X = [1, 2], y = 0.5
  z1_j = sum_i X_i * W1[i][j] + b1_j   with W1 = [[0.5, 0.6], [0.7, 0.8]], b1 = [0.1, 0.2]
         (the document itself computes z1_1 = 1*0.5 + 2*0.7 + 0.1, so W1[i][j] is input i -> hidden j)
  a1 = sigmoid(z1); z2 = a1 . W2 + b2 with W2 = [0.9, 0.1], b2 = 0.3; yhat = sigmoid(z2)
  L = 1/2 (yhat - y)^2, eta = 0.1, plain gradient descent.

Judging rule (same for every printed number p, u = one unit in p's last printed digit):
  near(p, X)  <=>  |p - round(X to p's digits)| <= u        (the "one unit" allowance)
  1. if the line itself shows p as the result of an expression of printed operands
     and p is not near that expression's exact value            -> wrong, first
     (for a result printed without its operands, "ops" below is recomputed from the
      values printed on earlier lines and is used only in step 5)
  2. elif p is near the true value from the givens               -> right
  3. elif an upstream printed value it depends on is wrong        -> wrong, propagated
     (kind "first" instead if p does not follow from its printed operands either)
  4. elif the author's own (wrong) formula/method produced it     -> wrong, first
  5. elif p follows from its printed, correct operands            -> right (rounding drift)
  6. else                                                         -> wrong, first
Usage:  python3 recompute.py            (report)
        python3 recompute.py --write-expected   (also writes expected.json)
"""
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / "doc.md").read_text(encoding="utf-8").split("\n")
SOURCE = ("https://github.com/kaifeng/llm-learn/blob/aebd9eb9b895081d66163f9c4abf48f5f1db856c/"
          "source/part_basics/training/backpropagation.md")
LICENSE = "none stated (all rights reserved by default); doc.md is a self-written excerpt of equations and numbers"


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("doc.md has no line containing %r" % sub)
    return hits[nth - 1]


def sig(z):
    z = D(z)
    return 1 / (1 + (-z).exp())


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    return abs(D(p) - rnd(x, p)) <= unit(p)


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, ops=None, up=(), method=False, why="", value=None, correct=None,
        explicit=True):
    p = value if value is not None else printed
    ops_ok = ops is None or near(p, ops)
    if explicit and not ops_ok:
        st, kind = "wrong", "first"
    elif near(p, true):
        st, kind = "right", None
    elif any(STATUS[u] == "wrong" for u in up):
        # carries a wrong upstream value; if it does not even follow from the values the
        # author printed for its operands, the slip is (also) the author's own here
        st, kind = "wrong", ("propagated" if ops_ok else "first")
    elif method:
        st, kind = "wrong", "first"
    elif ops is not None and near(p, ops):
        st, kind = "right", None  # rounding drift: follows from right, rounded operands
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, value=p, true=D(true),
                       ops=None if ops is None else D(ops), status=st, kind=kind, why=why,
                       correct=correct if correct is not None else str(rnd(true, p))))


# ---------------- exact values from the givens ----------------
x = [D(1), D(2)]
y = D("0.5")
W1 = [[D("0.5"), D("0.6")], [D("0.7"), D("0.8")]]
b1 = [D("0.1"), D("0.2")]
W2 = [D("0.9"), D("0.1")]
b2 = D("0.3")
eta = D("0.1")
z1 = [x[0] * W1[0][j] + x[1] * W1[1][j] + b1[j] for j in range(2)]
a1 = [sig(v) for v in z1]
z2 = a1[0] * W2[0] + a1[1] * W2[1] + b2
yh = sig(z2)
L = (yh - y) ** 2 / 2
dLdy = yh - y
s2 = yh * (1 - yh)
d2 = dLdy * s2
gW2 = [d2 * a1[0], d2 * a1[1]]
dLda = [d2 * W2[0], d2 * W2[1]]
s1 = [a * (1 - a) for a in a1]
d1 = [dLda[j] * s1[j] for j in range(2)]
gW1 = [[x[i] * d1[j] for j in range(2)] for i in range(2)]  # gW1[i][j] matches W1[i][j]
W1n = [[W1[i][j] - eta * gW1[i][j] for j in range(2)] for i in range(2)]

# ---------------- checks, line by line ----------------
ln = line_of("[2.0, 2.4]$")
chk("z11", ln, "2.0", z1[0], ops=D(1) * D("0.5") + 2 * D("0.7") + D("0.1"))
chk("z12", ln, "2.4", z1[1], ops=D(1) * D("0.6") + 2 * D("0.8") + D("0.2"))

ln = line_of(r"\approx [0.8808, 0.9084]$")
chk("a11", ln, "0.8808", a1[0], ops=sig("2.0"))
chk("a12", ln, "0.9084", a1[1], ops=sig("2.4"),
    why="sigmoid(2.4) = 1/(1+e^-2.4) = 0.916827; 0.9084 is not the sigmoid of the printed 2.4")

ln = line_of(r"\approx 1.1835$")
chk("a11r1", ln, "0.8808", a1[0], up=["a11"])
chk("a12r1", ln, "0.9084", a1[1], up=["a12"], why="restates the wrong a_1[2] = 0.9084 (true 0.9168)")
chk("z2", ln, "1.1835", z2, ops=D("0.8808") * D("0.9") + D("0.9084") * D("0.1") + D("0.3"), up=["a12"],
    why="0.8808*0.9 + 0.9168*0.1 + 0.3 = 1.18440; the printed sum (1.18356) inherits the wrong 0.9084")

ln = line_of(r"e^{-1.1835}} \approx 0.7692")
chk("z2r", ln, "1.1835", z2, up=["z2"], why="restates the wrong z_2 (true 1.18440)")
chk("yh", ln, "0.7692", yh, ops=sig("1.1835"),
    why="sigmoid(1.1835) = 0.765578 (and sigmoid(1.18440) = 0.765737); 0.7692 follows from neither")

ln = line_of(r"(0.7692 - 0.5)^2 \approx 0.035")
chk("yhr1", ln, "0.7692", yh, up=["yh"], why="restates the wrong yhat (true 0.7657)")
# 1/2 (0.7692-0.5)^2 = 0.036234 -> 0.036, one unit from 0.035; true L = 0.035308 -> 0.035
chk("L", ln, "0.035", L, ops=(D("0.7692") - D("0.5")) ** 2 / 2, up=["yh"])

ln = line_of("= 0.7692 - 0.5 = 0.2692")
chk("yhr2", ln, "0.7692", yh, up=["yh"], why="restates the wrong yhat (true 0.7657)")
chk("dLdy", ln, "0.2692", dLdy, ops=D("0.7692") - D("0.5"), up=["yh"],
    why="yhat - y = 0.765737 - 0.5 = 0.265737; carries the wrong yhat")

ln = line_of(r"0.7692 \times (1 - 0.7692)\approx 0.1776")
chk("yhr3", ln, "0.7692", yh, up=["yh"], why="restates the wrong yhat (true 0.7657)")
# 0.7692*0.2308 = 0.177531 -> 0.1775 (one unit allowance)
chk("s2", ln, "0.1776", s2, ops=D("0.7692") * (1 - D("0.7692")), up=["yh"],
    why="sigma'(z_2) = 0.765737*(1-0.765737) = 0.179384; carries the wrong yhat")

ln = line_of(r"\approx 0.2692 \times 0.1776 \approx 0.0478")
chk("dLdyr", ln, "0.2692", dLdy, up=["dLdy"], why="restates the wrong dL/dyhat (true 0.2657)")
chk("s2r", ln, "0.1776", s2, up=["s2"], why="restates the wrong sigma'(z_2) (true 0.1794)")
# true delta_2 = 0.047669 -> 0.0477, printed 0.0478 is within one unit
chk("d2", ln, "0.0478", d2, ops=D("0.2692") * D("0.1776"), up=["dLdy", "s2"])

ln = line_of(r"\approx [0.0421, 0.0434]$", 1)
chk("d2r1", ln, "0.0478", d2, up=["d2"])
chk("a11r2", ln, "0.8808", a1[0], up=["a11"])
chk("a12r2", ln, "0.9084", a1[1], up=["a12"], why="restates the wrong a_1[2] = 0.9084 (true 0.9168)")
# 0.041987 -> 0.0420, printed 0.0421 within one unit
chk("gW2a", ln, "0.0421", gW2[0], ops=D("0.0478") * D("0.8808"), up=["d2", "a11"])
chk("gW2b", ln, "0.0434", gW2[1], ops=D("0.0478") * D("0.9084"), up=["d2", "a12"],
    why="dL/dW2[2] = delta_2 * a_1[2] = 0.047669*0.916827 = 0.043704; carries the wrong 0.9084")

ln = line_of(r"\partial b_2} = \delta{_2} \approx 0.0478")
chk("gb2", ln, "0.0478", d2, up=["d2"])

ln = line_of(r"\approx [0.0430, 0.0048]$")
chk("d2r2", ln, "0.0478", d2, up=["d2"])
# 0.042902 -> 0.0429, printed 0.0430 within one unit
chk("dLda1", ln, "0.0430", dLda[0], ops=D("0.0478") * D("0.9"), up=["d2"])
chk("dLda2", ln, "0.0048", dLda[1], ops=D("0.0478") * D("0.1"), up=["d2"])

ln = line_of(r"\approx [0.1051, 0.0833]$")
chk("a11r3", ln, "0.8808", a1[0], up=["a11"])
chk("om1", ln, "0.1192", 1 - a1[0], ops=1 - D("0.8808"), up=["a11"])
chk("a12r3", ln, "0.9084", a1[1], up=["a12"], why="restates the wrong a_1[2] = 0.9084 (true 0.9168)")
chk("om2", ln, "0.0916", 1 - a1[1], ops=1 - D("0.9084"), up=["a12"],
    why="1 - a_1[2] = 1 - 0.916827 = 0.083173; carries the wrong 0.9084")
# 0.8808*0.1192 = 0.104991 -> 0.1050; printed 0.1051 is one unit off (allowance used)
chk("s11", ln, "0.1051", s1[0], ops=D("0.8808") * D("0.1192"), up=["a11"])
chk("s12", ln, "0.0833", s1[1], ops=D("0.9084") * D("0.0916"), up=["a12"],
    why="sigma'(2.4) = 0.916827*0.083173 = 0.076255; carries the wrong 0.9084")

ln = line_of(r"\approx [0.0045, 0.0004]$", 1)
chk("dLda1r", ln, "0.0430", dLda[0], up=["dLda1"])
chk("s11r", ln, "0.1051", s1[0], up=["s11"])
chk("dLda2r", ln, "0.0048", dLda[1], up=["dLda2"])
chk("s12r", ln, "0.0833", s1[1], up=["s12"], why="restates the wrong sigma'(z_1[2]) (true 0.0763)")
chk("d11", ln, "0.0045", d1[0], ops=D("0.0430") * D("0.1051"), up=["dLda1", "s11"])
chk("d12", ln, "0.0004", d1[1], ops=D("0.0048") * D("0.0833"), up=["dLda2", "s12"])

ln = line_of(r"\delta{_1}^T \cdot X")
chk("d11r", ln, "0.0045", d1[0], up=["d11"])
chk("d12r", ln, "0.0004", d1[1], up=["d12"])
chk("g00", ln, "0.0045", gW1[0][0], ops=D("0.0045") * 1, up=["d11"])
chk("g01", ln, "0.0090", gW1[0][1], ops=D("0.0045") * 2, up=["d11"], method=True,
    why="transposed gradient: W1[1][2] (=0.6, input 1 -> hidden 2) has dL/dW = x_1*delta_1[2] = 0.000363; "
        "the author's delta_1^T X puts x_2*delta_1[1] = 0.0090 there (the right formula is X^T delta_1)",
    correct="0.0004")
chk("g10", ln, "0.0004", gW1[1][0], ops=D("0.0004") * 1, up=["d12"], method=True,
    why="transposed gradient: W1[2][1] (=0.7, input 2 -> hidden 1) has dL/dW = x_2*delta_1[1] = 0.009009; "
        "the printed row-2/column-1 entry 0.0004 is x_1*delta_1[2]",
    correct="0.0090")
chk("g11", ln, "0.0008", gW1[1][1], ops=D("0.0004") * 2, up=["d12"])

ln = line_of(r"\partial b_1} = \delta{_1} \approx [0.0045, 0.0004]")
chk("gb11", ln, "0.0045", d1[0], up=["d11"])
chk("gb12", ln, "0.0004", d1[1], up=["d12"])

ln = line_of("$[0.0421, 0.0434]$ |")
chk("tW2a", ln, "0.0421", gW2[0], up=["gW2a"])
chk("tW2b", ln, "0.0434", gW2[1], up=["gW2b"], why="restates the wrong dL/dW2[2] (true 0.0437)")
ln = line_of("$0.0478$ |")
chk("tb2", ln, "0.0478", d2, up=["d2"])
ln = line_of(r"0.0004 & 0.0008\end{bmatrix}$ |")
chk("tW1a", ln, "0.0045", gW1[0][0], up=["g00"])
chk("tW1b", ln, "0.0090", gW1[0][1], up=["g01"], why="restates the transposed gradient entry (should be 0.0004)",
    correct="0.0004")
chk("tW1c", ln, "0.0004", gW1[1][0], up=["g10"], why="restates the transposed gradient entry (should be 0.0090)",
    correct="0.0090")
chk("tW1d", ln, "0.0008", gW1[1][1], up=["g11"])
ln = line_of("$[0.0045, 0.0004]$ |")
chk("tb1a", ln, "0.0045", d1[0], up=["d11"])
chk("tb1b", ln, "0.0004", d1[1], up=["d12"])

ln = line_of("[0.8958, 0.0957]")
chk("u21", ln, "0.0042", eta * gW2[0], ops=eta * D("0.0421"), up=["gW2a"])
# eta*0.043704 = 0.00437 -> 0.0044; printed 0.0043 within one unit
chk("u22", ln, "0.0043", eta * gW2[1], ops=eta * D("0.0434"), up=["gW2b"])
chk("W2n1", ln, "0.8958", W2[0] - eta * gW2[0], ops=D("0.9") - D("0.0042"), up=["u21"])
# 0.1 - 0.00437 = 0.09563 -> 0.0956; printed 0.0957 within one unit
chk("W2n2", ln, "0.0957", W2[1] - eta * gW2[1], ops=D("0.1") - D("0.0043"), up=["u22"])

ln = line_of("= 0.2952$")
chk("ub2", ln, "0.0048", eta * d2, ops=eta * D("0.0478"), up=["d2"])
chk("b2n", ln, "0.2952", b2 - eta * d2, ops=D("0.3") - D("0.0048"), up=["ub2"])

ln = line_of(r"0.7-0.00004 & 0.8-0.00008")
chk("u00", ln, "0.0005", eta * gW1[0][0], ops=eta * D("0.0045"), up=["g00"])
chk("u01", ln, "0.0009", eta * gW1[0][1], ops=eta * D("0.0090"), up=["g01"],
    why="eta * dL/dW1[1][2] = 0.1*0.000363 = 0.0000363; subtracts the transposed entry",
    correct="0.000036")
chk("u10", ln, "0.00004", eta * gW1[1][0], ops=eta * D("0.0004"), up=["g10"],
    why="eta * dL/dW1[2][1] = 0.1*0.009009 = 0.000901; subtracts the transposed entry",
    correct="0.00090")
chk("u11", ln, "0.00008", eta * gW1[1][1], ops=eta * D("0.0008"), up=["g11"])
chk("W1n00", ln, "0.4995", W1n[0][0], ops=D("0.5") - D("0.0005"), up=["u00"])
chk("W1n01", ln, "0.5991", W1n[0][1], ops=D("0.6") - D("0.0009"), up=["u01"],
    why="0.6 - 0.1*0.000363 = 0.599964 -> 0.6000; carries the transposed gradient")
chk("W1n10", ln, "0.6996", W1n[1][0], ops=D("0.7") - D("0.00004"),
    why="0.7 - 0.00004 = 0.69996 (not 0.6996); the correct update is 0.7 - 0.1*0.009009 = 0.699099 -> 0.6991")
chk("W1n11", ln, "0.7999", W1n[1][1], ops=D("0.8") - D("0.00008"), up=["u11"])

ln = line_of("= [0.0995, 0.19996]")
chk("ub11", ln, "0.0005", eta * d1[0], ops=eta * D("0.0045"), up=["d11"])
chk("ub12", ln, "0.00004", eta * d1[1], ops=eta * D("0.0004"), up=["d12"])
chk("b1n1", ln, "0.0995", b1[0] - eta * d1[0], ops=D("0.1") - D("0.0005"), up=["ub11"])
chk("b1n2", ln, "0.19996", b1[1] - eta * d1[1], ops=D("0.2") - D("0.00004"), up=["ub12"])


# ---------------- report ----------------
def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        flag = "WRONG" if bad else "right"
        print("line %3d  %-5s  %s" % (n, flag, DOC[n - 1].strip()[:110]))
        for c in cs:
            extra = ""
            if c["ops"] is not None:
                extra = "  from printed operands %.8g" % c["ops"]
            print("           %-8s printed %-9s true %.8g%s -> %s%s" % (
                c["id"], c["printed"], c["true"], extra, c["status"],
                (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            seen = set()
            for c in bad:
                key = (c["printed"], c["correct"])
                if key in seen:
                    continue
                seen.add(key)
                wrong.append({"line": n, "printed": c["printed"], "correct": c["correct"],
                              "kind": c["kind"], "why": c["why"] or "restates a wrong value"})
        else:
            right.append(n)
    return wrong, right


NOTES = (
    "Excerpt only (no licence in the repository): every equation line is the author's own LaTeX, "
    "copied character for character (including the garbled sigmoid definition with a zero-width space, "
    "the full-width comma between $...$ spans, \\approx chains and a Markdown table); Chinese headings are ours. "
    "Tolerance: a printed value counts as right when it is within one unit of its last printed digit of the "
    "correctly rounded value (used for 0.035, 0.0478, 0.0421, 0.0430, 0.1051, 0.0043, 0.0957, 0.0008). "
    "Root errors: sigmoid(2.4) printed 0.9084 (true 0.9168); sigmoid(1.1835) printed 0.7692 (true 0.7656); "
    "dL/dW1 written as delta_1^T X although z_1 = X W1, so two gradient entries are transposed and the W1 "
    "update subtracts them from the wrong weights; 0.7 - 0.00004 printed as 0.6996. "
    "Line 26: 1/2(0.7692-0.5)^2 = 0.0362, one unit from the printed 0.035, and the true loss 0.0353 also "
    "rounds to 0.035, so only the restated 0.7692 is wrong there. A stricter checker that demands every result "
    "follow from its printed operands would also flag 0.035 (line 26) and 0.1051 (line 40, 0.8808*0.1192 = "
    "0.104991), and would call 1.1835 (line 20, 1.18356 truncated) a first rather than a propagated error; all "
    "three sit on lines that are wrong anyway. "
    "Where a number appears twice on one line it is listed once."
)


def main():
    wrong, right = report()
    print("\nwrong lines:", sorted({w["line"] for w in wrong}))
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": "doc.md", "format": "md", "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n",
                                            encoding="utf-8")
        print("expected.json written")


if __name__ == "__main__":
    main()
