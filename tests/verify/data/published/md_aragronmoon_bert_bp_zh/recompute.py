#!/usr/bin/env python3
"""Independent recomputation of every number printed in doc.md
(Aragron-moon/BertMotivation 第一章:Bert模型剖析.md, section 结合具体的数值运算看反向传播: Mazur's 2-2-2
sigmoid network with four separate biases, one update step; excerpt of the equation blocks).

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (doc.md lines 7-46):
  x = (0.05, 0.1), y = (0.01, 0.99), lr = 0.5, F = sigmoid, loss = sum 1/2 (out - y)^2
  hidden1' = x1 w1 + x2 w2 + b1, hidden2' = x1 w3 + x2 w4 + b2 (the author's own forward equations)
  output1' = hidden1 w5 + hidden2 w6 + b3, output2' = hidden1 w7 + hidden2 w8 + b4
  w1..w8 = 0.15 0.20 0.25 0.30 0.40 0.45 0.50 0.55, b1..b4 = 0.35 0.35 0.60 0.60

Judging rule (same as the other Markdown folders; p a printed number, u one unit in its last digit):
  near(p, X)  <=>  |p - round(X to p's digits)| <= u
  strict: where a line shows p as the result of an expression of printed operands, p must be the correct
          rounding of that expression at p's digits (a line's own arithmetic is exact; a truncation is wrong)
  otherwise p is right when near the true value from the givens; wrong (propagated) when it is not and it
  restates or follows from a wrong printed value; wrong (first) otherwise.
  A number inside an exponent e^{...} is judged as the exponent itself (it must be -net).
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / "doc.md").read_text(encoding="utf-8").split("\n")
SOURCE = ("https://github.com/Aragron-moon/BertMotivation/blob/1ae5c240e557051e6da0885561ed95b51a8882c8/"
          "%E7%AC%AC%E4%B8%80%E7%AB%A0:Bert%E6%A8%A1%E5%9E%8B%E5%89%96%E6%9E%90.md")
LICENSE = ("none (no LICENSE in the repository); doc.md is a self-written excerpt: the author's equation blocks of "
           "the worked section, verbatim, without the prose, under our own headings")


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("doc.md has no line containing %r" % sub)
    return hits[nth - 1]


def sig(z):
    return 1 / (1 + (-D(z)).exp())


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_UP)


def near(p, x):
    return abs(D(p) - rnd(x, p)) <= unit(p)


def exact(p, x):
    return D(p) == D(x) if "." not in str(p) else D(p) == rnd(x, p)


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, ops=None, up=(), why="", strict=False):
    p = D(printed)
    if strict and ops is not None and not exact(printed, ops):
        st, kind = "wrong", "first"
    elif strict and any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", "propagated"
    elif near(p, true):
        st, kind = "right", None
    elif any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", "propagated"
    else:
        st, kind = "wrong", "first"
    STATUS[cid] = st
    CHECKS.append(dict(id=cid, line=line, printed=printed, value=p, true=D(true),
                       ops=None if ops is None else D(ops), status=st, kind=kind, why=why,
                       correct=str(rnd(true, p))))


# ---------------- exact values from the givens ----------------
x1, x2 = D("0.05"), D("0.1")
y1, y2 = D("0.01"), D("0.99")
w1, w2, w3, w4, w5, w6, w7, w8 = (D(v) for v in "0.15 0.20 0.25 0.30 0.40 0.45 0.50 0.55".split())
b1, b2, b3, b4 = (D(v) for v in "0.35 0.35 0.60 0.60".split())
lr = D("0.5")
n1 = x1 * w1 + x2 * w2 + b1
n2 = x1 * w3 + x2 * w4 + b2
h1, h2 = sig(n1), sig(n2)
m1 = h1 * w5 + h2 * w6 + b3
m2 = h1 * w7 + h2 * w8 + b4
o1, o2 = sig(m1), sig(m2)
loss = ((o1 - y1) ** 2 + (o2 - y2) ** 2) / 2
e1, e2 = o1 - y1, o2 - y2               # dloss/doutput
s1, s2 = o1 * (1 - o1), o2 * (1 - o2)   # doutput/doutput'
d1, d2 = e1 * s1, e2 * s2
g5, g6, g7, g8 = d1 * h1, d1 * h2, d2 * h1, d2 * h2
eh1 = d1 * w5 + d2 * w7                 # dloss/dhidden1
eh2 = d1 * w6 + d2 * w8
r1, r2 = h1 * (1 - h1), h2 * (1 - h2)
c1, c2 = eh1 * r1, eh2 * r2             # dloss/dhidden'
g1, g2, g3, g4 = c1 * x1, c1 * x2, c2 * x1, c2 * x2

# ---------------- forward pass ----------------
ln = line_of("b_{1} = 0.3775")
chk("n1", ln, "0.3775", n1)
ln = line_of("e^{-0.3775}}=0.5932699921")
chk("n1e", ln, "-0.3775", -n1, up=["n1"])
chk("h1", ln, "0.5932699921", h1, ops=sig("0.3775"), up=["n1e"], strict=True)
ln = line_of("b_{2}=0.3925")
chk("n2", ln, "0.3925", n2)
ln = line_of("e^{-0.3925}}=0.5968843782")
chk("n2e", ln, "-0.3925", -n2, up=["n2"])
chk("h2", ln, "0.5968843782", h2, ops=sig("0.3925"), up=["n2e"], strict=True,
    why="1/(1+e^{-0.3925}) = 0.59688437826, which rounds to 0.5968843783 at the ten decimals shown; "
        "0.5968843782 is truncated (strict rule for a line's own arithmetic)")
ln = line_of("b_{3}=1.105905967")
chk("m1", ln, "1.105905967", m1)
ln = line_of("e^{-1.105905967}}=0.7513650695")
chk("m1e", ln, "-1.105905967", -m1, up=["m1"])
chk("o1", ln, "0.7513650695", o1, ops=sig("1.105905967"), up=["m1e"], strict=True)
ln = line_of("b_{4} = 1.224921404")
chk("m2", ln, "1.224921404", m2)
ln = line_of("e^{-1.224921404}}=0.7729284653")
chk("m2e", ln, "-1.224921404", -m2, up=["m2"])
chk("o2", ln, "0.7729284653", o2, ops=sig("1.224921404"), up=["m2e"], strict=True)

# ---------------- loss ----------------
ln = line_of("=0.2983711087")
chk("o1r", ln, "0.7513650695", o1, up=["o1"])
chk("o2r", ln, "0.7729284653", o2, up=["o2"])
chk("loss", ln, "0.2983711087", loss,
    ops=((D("0.7513650695") - D("0.01")) ** 2 + (D("0.7729284653") - D("0.99")) ** 2) / 2, up=["o1r", "o2r"],
    strict=True)

# ---------------- output layer gradients ----------------
chk("e1", line_of("+0=0.7413650695"), "0.7413650695", e1, up=["o1"])
ln = line_of("=0.751365095*(1-0.751365095)=0.186815589")
chk("o1r2", ln, "0.751365095", o1, up=["o1"],
    why="restates output1 = 0.7513650695 as 0.751365095 (a digit dropped; 0.751365070 at nine decimals)")
chk("s1", ln, "0.186815589", s1, ops=D("0.751365095") * (1 - D("0.751365095")), up=["o1r2"], strict=True,
    why="0.751365095*(1-0.751365095) = 0.186815589 follows from the slipped operand; output1*(1-output1) = "
        "0.7513650696*0.2486349304 = 0.1868156018")
chk("h1r", line_of("hidden1+0+0=0.5932699921"), "0.5932699921", h1, up=["h1"])
ln = line_of("=0.7413650695*0.186815589*0.5932699921=0.0821670349")
chk("e1r", ln, "0.7413650695", e1, up=["e1"])
chk("s1r", ln, "0.186815589", s1, up=["s1"], why="restates the slipped 0.186815589 (true 0.1868156018)")
chk("h1r2", ln, "0.5932699921", h1, up=["h1"])
chk("g5", ln, "0.0821670349", g5, ops=D("0.7413650695") * D("0.186815589") * D("0.5932699921"),
    up=["e1r", "s1r", "h1r2"], strict=True,
    why="carries the slipped 0.186815589: dloss/dw5 = 0.7413650696*0.1868156018*0.5932699921 = 0.0821670406")
chk("g6", line_of("{\\partial w_{6}} = 0.0826676221"), "0.0826676221", g6, up=["s1"],
    why="carries the slipped 0.186815589: dloss/dw6 = 0.1384985616*0.5968843783 = 0.0826676278")
chk("g7", line_of("{\\partial w_{7}} = -0.0226025404"), "-0.0226025404", g7)
chk("g8", line_of("{\\partial w_{8}} = -0.0227402422"), "-0.0227402422", g8)
chk("gb3", line_of("{\\partial b_{3}} = 0.1384985521"), "0.1384985521", d1, up=["s1"],
    why="carries the slipped 0.186815589: dloss/db3 = 0.7413650696*0.1868156018 = 0.1384985616")
chk("gw4x", line_of("{\\partial w_{4}} = -0.0380982365"), "-0.0380982365", g4,
    why="labelled dloss/dw4, but -0.0380982365 is dloss/db4 (delta of output2); dloss/dw4 = 0.0009954255 "
        "(the author's own later line gives 0.0009954253)")

# ---------------- output layer update ----------------
ln = line_of("0.3589164825 & 0.4086661889 & 0.5113012702 & 0.5613701211")
chk("w5n", ln, "0.3589164825", w5 - lr * g5, up=["g5"],
    why="0.4 - 0.5*0.0821670349 carries the slipped gradient; the true update is 0.4 - 0.5*0.0821670406 = 0.3589164797")
chk("w6n", ln, "0.4086661889", w6 - lr * g6, up=["g6"],
    why="0.45 - 0.5*0.0826676221 carries the slipped gradient; the true update is 0.4086661861")
chk("w7n", ln, "0.5113012702", w7 - lr * g7)
chk("w8n", ln, "0.5613701211", w8 - lr * g8)
ln = line_of("0.5307507239 & 0.6190491182")
chk("b3n", ln, "0.5307507239", b3 - lr * d1, up=["gb3"],
    why="0.6 - 0.5*0.1384985521 carries the slipped gradient; the true update is 0.6 - 0.5*0.1384985616 = 0.5307507192")
chk("b4n", ln, "0.6190491182", b4 - lr * d2)

# ---------------- hidden layer gradients ----------------
ln = line_of("=0.7413650695*0.186815589*0.40+(-0.2170715347)*0.1755100528*0.50=0.0363503025")
chk("e1r2", ln, "0.7413650695", e1, up=["e1"])
chk("s1r2", ln, "0.186815589", s1, up=["s1"], why="restates the slipped 0.186815589 (true 0.1868156018)")
chk("e2", ln, "-0.2170715347", e2, up=["o2"])
chk("s2", ln, "0.1755100528", s2, up=["o2"])
chk("eh1", ln, "0.0363503025", eh1,
    ops=D("0.7413650695") * D("0.186815589") * D("0.40") + D("-0.2170715347") * D("0.1755100528") * D("0.50"),
    up=["e1r2", "s1r2", "e2", "s2"], strict=True,
    why="the printed operands give 0.03635030259, which rounds to 0.0363503026 (truncated); the true "
        "dloss/dhidden1 is 0.0363503064")
ln = line_of("=0.5932699921*(1-0.5932699921)=0.2413007085")
chk("h1r3", ln, "0.5932699921", h1, up=["h1"])
chk("r1", ln, "0.2413007085", r1, ops=D("0.5932699921") * (1 - D("0.5932699921")), up=["h1r3"], strict=True,
    why="0.5932699921*(1-0.5932699921) = 0.24130070857, which rounds to 0.2413007086; 0.2413007085 is truncated")
chk("x1r", line_of("x_{1}+0+0=0.05"), "0.05", x1)
ln = line_of("=0.0363503025*0.2413007085*0.05=0.0004385676")
chk("eh1r", ln, "0.0363503025", eh1, up=["eh1"], why="restates the wrong dloss/dhidden1 = 0.0363503025 (true 0.0363503064)")
chk("r1r", ln, "0.2413007085", r1, up=["r1"])
chk("x1r2", ln, "0.05", x1)
chk("g1", ln, "0.0004385676", g1, ops=D("0.0363503025") * D("0.2413007085") * D("0.05"),
    up=["eh1r", "r1r", "x1r2"], strict=True,
    why="0.0363503025*0.2413007085*0.05 = 0.00043856769, which rounds to 0.0004385677 (truncated)")
chk("g2", line_of("{\\partial w_{2}} = 0.0008771353"), "0.0008771353", g2, up=["eh1"],
    why="carries the wrong dloss/dhidden1: dloss/dw2 = 0.0363503064*0.2413007086*0.1 = 0.0008771355")
chk("g3", line_of("{\\partial w_{3}} = 0.0004977126"), "0.0004977126", g3)
chk("g4", line_of("{\\partial w_{4}} = 0.0009954253"), "0.0009954253", g4, up=["s1"],
    why="carries the slipped 0.186815589 through dloss/dhidden2: dloss/dw4 = 0.0009954255")
chk("gb1", line_of("{\\partial b_{1}} = 0.0087713537"), "0.0087713537", c1, up=["eh1"],
    why="carries the wrong dloss/dhidden1: dloss/db1 = 0.0363503064*0.2413007086 = 0.0087713547")
chk("gb2", line_of("{\\partial b_{2}} = 0.0099542536"), "0.0099542536", c2, up=["s1"],
    why="carries the slipped 0.186815589 through dloss/dhidden2: dloss/db2 = 0.0099542547")

# ---------------- hidden layer update ----------------
ln = line_of("0.1497807162 & 0.1995614323 & 0.2497511437 & 0.2995022873")
chk("w1n", ln, "0.1497807162", w1 - lr * g1)
chk("w2n", ln, "0.1995614323", w2 - lr * g2)
chk("w3n", ln, "0.2497511437", w3 - lr * g3)
chk("w4n", ln, "0.2995022873", w4 - lr * g4)
ln = line_of("0.3456143231 & 0.3450228732")
chk("b1n", ln, "0.3456143231", b1 - lr * c1, up=["gb1"],
    why="0.35 - 0.5*0.0087713537 carries the wrong gradient; the true update is 0.35 - 0.5*0.0087713547 = 0.3456143227")
chk("b2n", ln, "0.3450228732", b2 - lr * c2, up=["gb2"],
    why="0.35 - 0.5*0.0099542536 carries the wrong gradient; the true update is 0.35 - 0.5*0.0099542547 = 0.3450228726")


# ---------------- report ----------------
def report():
    lines = sorted({c["line"] for c in CHECKS})
    wrong, right = [], []
    for n in lines:
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %3d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:110]))
        for c in cs:
            extra = "" if c["ops"] is None else "  from printed operands %.12g" % c["ops"]
            print("           %-6s printed %-14s true %.12g%s -> %s%s" % (
                c["id"], c["printed"], c["true"], extra, c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(c["correct"] for c in bad),
                          "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(dict.fromkeys(c["why"] or "restates a wrong value" for c in bad))})
        else:
            right.append(n)
    return wrong, right


NOTES = (
    "Chinese study notes on BERT by GitHub user Aragron-moon (2023); chapter 1 works one backpropagation step of "
    "Mazur's 2-2-2 sigmoid network (inputs 0.05, 0.1; targets 0.01, 0.99; Mazur's eight weights) with four "
    "separate biases 0.35, 0.35, 0.60, 0.60 and lr = 0.5, every value to ten decimals. No license: doc.md keeps "
    "the author's equation blocks of that section verbatim (the network image, the bullet prose and the Python "
    "code that follows are left out; the #### headings are ours). Errors: output1 = 0.7513650695 is restated as "
    "0.751365095 in output1*(1-output1), so the slope is printed 0.186815589 (true 0.1868156018); this slip "
    "carries into dloss/dw5 = 0.0821670349, dloss/dw6, dloss/db3, dloss/dhidden1 = 0.0363503025 and every "
    "hidden-layer gradient and bias update that depends on it (w5+, w6+, b3+, b1+, b2+). dloss/dw4 is printed "
    "-0.0380982365 in the output-layer list: that number is dloss/db4 (the label is wrong; dloss/dw4 = "
    "0.0009954255). Several results are truncated rather than rounded at ten decimals - hidden2 = 0.5968843782 "
    "(0.59688437826), hidden1*(1-hidden1) = 0.2413007085 (0.24130070857), 0.0363503025 (the printed operands "
    "give 0.03635030259) and dloss/dw1 = 0.0004385676 (0.00043856769) - and are wrong under the corpus's strict "
    "rule for a line's own arithmetic although each is within one unit of the true value. Right: the forward "
    "pass otherwise, the loss, dloss/dw7, dloss/dw8, dloss/dw3, w7+, w8+, b4+ and all four new input weights "
    "(within one unit of the true update). Given data only (neither list): lines 7-46."
)


def main():
    wrong, right = report()
    print("\nwrong lines:", [w["line"] for w in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": "doc.md", "format": "md", "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")


if __name__ == "__main__":
    main()
