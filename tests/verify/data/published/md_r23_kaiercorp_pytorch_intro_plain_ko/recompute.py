#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an equations-only excerpt of
kaiercorp/kaiercorp.github.io _posts/tech/2022/05/2022-05-18-study-pytorch-beginner3.md ("PyTorch 입문3", section
"[7] 인공 신경망2 / 1. 역전파 BackPropagation", Jaewuk Lee's Korean notes on the wikidocs book "PyTorch로 시작하는 딥
러닝 입문"): forward pass, loss and the W5 update of the wikidocs 2-2-2 sigmoid network without biases, written as
plain-text equations in a Markdown bullet list (`*` for products, `θ` for the partial sign).

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (the wikidocs example the post cites; its figure nn2_final_final.png): x1 = 0.1, x2 = 0.2; W1 = 0.3,
W2 = 0.25 (into h1), W3 = 0.4, W4 = 0.35 (into h2); W5 = 0.45, W6 = 0.4 (into o1), W7 = 0.7, W8 = 0.6 (into o2);
targets 0.4 and 0.6; sigmoid everywhere; E = 1/2 (t1 - o1)^2 + 1/2 (t2 - o2)^2; learning rate 0.5 (stated in the
post's prose line "α 는 learning rate 0.5라고 가정", not kept).

Judging rule (the corpus's one rule, as in md_gmyhf_gfg_example_zh; p a printed number, u one unit in its last digit):
  near(p, X)  <=>  |p - round(X to p's digits)| <= u
  1. the line shows p as the result of an expression of printed operands and p is not what that expression gives
     (operands that are rounded results may be taken anywhere within half a unit of their last digit; givens are
     exact)                                                                    -> wrong, first
  2. p is near the true value                                                  -> right
  3. an upstream printed value it depends on is wrong                          -> wrong, propagated
  4. otherwise                                                                 -> wrong, first
A restated value is judged like the value it copies.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/kaiercorp/kaiercorp.github.io/blob/b926e9e128f825d8010c3ba876217b5dbe9cb409/"
          "_posts/tech/2022/05/2022-05-18-study-pytorch-beginner3.md")
LICENSE = ("none for the post text (the repository's LICENSE is the MIT license of the Chirpy Jekyll theme, "
           "Copyright (c) 2019 Cotes Chung); doc.md keeps only the lines of the backpropagation section that hold "
           "an equation, line for line")
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


# ---------------- exact values from the givens ----------------
x1, x2 = D("0.1"), D("0.2")
W1, W2, W3, W4 = D("0.3"), D("0.25"), D("0.4"), D("0.35")
W5, W6, W7, W8 = D("0.45"), D("0.4"), D("0.7"), D("0.6")
t1, t2, alpha = D("0.4"), D("0.6"), D("0.5")
z1 = W1 * x1 + W2 * x2
z2 = W3 * x1 + W4 * x2
h1, h2 = sig(z1), sig(z2)
z3 = W5 * h1 + W6 * h2
z4 = W7 * h1 + W8 * h2
o1, o2 = sig(z3), sig(z4)
E = (t1 - o1) ** 2 / 2 + (t2 - o2) ** 2 / 2
dEo1 = o1 - t1
so1 = o1 * (1 - o1)
gW5 = dEo1 * so1 * h1
nW5 = W5 - alpha * gW5

ln = line_of("= 0.3*0.1 + 0.25*0.2 = 0.08")
chk("z1", ln, "0.08", z1, ops=D("0.3") * D("0.1") + D("0.25") * D("0.2"), exact=True)
ln = line_of("= 0.3*0.4 + 0.35*0.2 = 0.11")
chk("z2", ln, "0.11", z2, ops=D("0.3") * D("0.4") + D("0.35") * D("0.2"), exact=True,
    correct="0.19 from the printed 0.3*0.4 + 0.35*0.2 (0.11 with x1 = 0.1)",
    why="0.3*0.4 + 0.35*0.2 = 0.12 + 0.07 = 0.19, printed 0.11: the line writes x1 = 0.1 as 0.3 (the printed "
    "result is the true z2 = 0.1 x 0.4 + 0.2 x 0.35)")
ln = line_of("h1 = sigmoid(z1) = 0.51998934")
chk("h1", ln, "0.51998934", h1, ops=sig("0.08"), up=["z1"], exact=True)
ln = line_of("h2 = sigmoid(z2) = 0.52747230")
chk("h2", ln, "0.52747230", h2, explicit=False, up=["z2"])
ln = line_of("= 0.44498412")
chk("z3", ln, "0.44498412", z3, ops=W5 * D("0.51998934") + W6 * D("0.52747230"), up=["h1", "h2"])
ln = line_of("= 0.68047592")
chk("z4", ln, "0.68047592", z4, ops=W7 * D("0.51998934") + W8 * D("0.52747230"), up=["h1", "h2"])
ln = line_of("o1 = sigmoid(z3) = 0.60944600")
chk("o1", ln, "0.60944600", o1, ops=sig("0.44498412"), up=["z3"])
ln = line_of("o2 = sigmoid(z4) = 0.66384491")
chk("o2", ln, "0.66384491", o2, ops=sig("0.68047592"), up=["z4"])
ln = line_of("= 0.02397190")
chk("o1r", ln, "0.60944600", o1, up=["o1"])
chk("o2r", ln, "0.66384491", o2, up=["o2"])
chk("E", ln, "0.02397190", E, ops=(t1 - D("0.60944600")) ** 2 / 2 + (t2 - D("0.66384491")) ** 2 / 2,
    up=["o1r", "o2r"])
ln = line_of("= - (0.4 - 0.60944600) = 0.20944600")
chk("o1r2", ln, "0.60944600", o1, up=["o1"])
chk("dEo1", ln, "0.20944600", dEo1, ops=-(t1 - D("0.60944600")), up=["o1r2"])
ln = line_of("= 0.60944600 * (1 - 0.60944600) = 0.23802157")
chk("o1r3", ln, "0.60944600", o1, up=["o1"])
chk("so1", ln, "0.23802157", so1, ops=D("0.60944600") * (1 - D("0.60944600")), up=["o1r3"])
ln = line_of("= h1 = 0.51998934")
chk("h1r", ln, "0.51998934", h1, up=["h1"])
ln = line_of("0.20944600 * 0.23802157 * 0.51998934 = 0.02592286")
chk("gW5", ln, "0.02592286", gW5, ops=D("0.20944600") * D("0.23802157") * D("0.51998934"),
    up=["dEo1", "so1", "h1r"])
ln = line_of("0.45 - 0.5 * 0.02592286 = 0.43703857")
chk("gW5r", ln, "0.02592286", gW5, up=["gW5"])
chk("nW5", ln, "0.43703857", nW5, ops=W5 - alpha * D("0.02592286"), up=["gW5r"])


NOTES = (
    "Jaewuk Lee's post 'PyTorch 입문3' on the kaiercorp company blog (kaiercorp/kaiercorp.github.io, Chirpy theme, "
    "2022-05; the MIT LICENSE is the theme's), notes on the wikidocs book 'PyTorch로 시작하는 딥 러닝 입문': only "
    "the 20 lines of the backpropagation section that hold an equation are kept. Plain-text equations in a bullet "
    "list, eight-decimal numbers. One wrong line: z2 = x1 * W3 + x2 * W4 = 0.3*0.4 + 0.35*0.2 = 0.11 (line 2), "
    "whose printed operands give 0.19 (the line writes x1 = 0.1 as 0.3; the printed 0.11 is the true z2, so h2 "
    "and everything after are right). Everything else is right: the forward pass, E = 0.02397190 from its printed "
    "outputs, the three factors of dE/dW5, their product 0.02592286 and W5+ = 0.43703857."
)

if __name__ == "__main__":
    main()
