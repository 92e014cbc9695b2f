#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, the Korean Jekyll post
Lee-keonhee/zero_to_deep_kh _posts/2025-07-27-propagation.md ("순전파/ 역전파 예제로 이해하기"): one forward pass, one
backward pass and one gradient step of a 2-2-1 network (sigmoid hidden layer, linear output, no biases), then the
prediction with the updated weights.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (doc.md line 17, line 159): x = (0.5, 0.3); w1 = 0.3, w3 = 0.2 into z1 (z1 = w1 x1 + w3 x2), w2 = 0.2,
w4 = 0.3 into z2 (z2 = w2 x1 + w4 x2), w5 = 0.4, w6 = 0.5 from a1, a2 to the output yhat = w5 a1 + w6 a2 (linear);
sigmoid hidden units; target y1 = 0.7; loss L = (y1 - yhat)^2 (no 1/2; the post differentiates it as
-2 (y1 - yhat)); learning rate 0.1, w' = w - 0.1 dL/dw. True values follow those rules exactly from the givens
(true yhat = 0.49460, so the post's 0.4943 from its 3-decimal a1, a2 is rounding drift that follows from its printed
operands).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  near(p, X)  <=>  |p - round(X to p's digits)| <= u
  1. the line shows p as the result of an expression of printed operands and p is not near it -> wrong, first
     (exact=True where the operands are exact givens: then p must be exactly the rounding of the expression;
     a result printed on its own display line right after the line that holds its expression counts as computed
     from that expression's printed operands)
  2. p is near the true value                                     -> right
  3. an upstream printed value it depends on is wrong              -> wrong, propagated
  4. p follows from its printed, correct operands                  -> right (rounding drift)
  5. otherwise                                                     -> wrong, first
A restated value (an operand copied from an earlier line) is judged like the value it copies.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/Lee-keonhee/zero_to_deep_kh/blob/b4c387840f444b01563de019cf6646c341c0830a/"
          "_posts/2025-07-27-propagation.md")
LICENSE = ("MIT (the repository's LICENSE file, MIT, copyright line of the Jekyll theme the blog is built on); "
           "doc.md is the post verbatim")
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
x1, x2, y1, eta = D("0.5"), D("0.3"), D("0.7"), D("0.1")
w1, w2, w3, w4, w5, w6 = D("0.3"), D("0.2"), D("0.2"), D("0.3"), D("0.4"), D("0.5")
z1 = w1 * x1 + w3 * x2
z2 = w2 * x1 + w4 * x2
a1, a2 = sig(z1), sig(z2)
yh = w5 * a1 + w6 * a2
L = (y1 - yh) ** 2
g = -2 * (y1 - yh)
d5, d6 = g * a1, g * a2
d1 = g * w5 * a1 * (1 - a1) * x1
d3 = g * w5 * a1 * (1 - a1) * x2
d2 = g * w6 * a2 * (1 - a2) * x1
d4 = g * w6 * a2 * (1 - a2) * x2
n1, n2, n3, n4, n5, n6 = (w1 - eta * d1, w2 - eta * d2, w3 - eta * d3, w4 - eta * d4, w5 - eta * d5,
                          w6 - eta * d6)
yh2 = n5 * sig(n1 * x1 + n3 * x2) + n6 * sig(n2 * x1 + n4 * x2)

# ---------------- forward pass ----------------
ln = line_of("\\frac{1}{1+e^{-0.21}} = 0.552")
chk("z1", ln, "0.21", z1)
chk("a1", ln, "0.552", a1, ops=sig("0.21"), up=["z1"])
ln = line_of("\\frac{1}{1+e^{-0.19}} = 0.547")
chk("z2", ln, "0.19", z2)
chk("a2", ln, "0.547", a2, ops=sig("0.19"), up=["z2"])
ln = line_of("= 0.552 \\times 0.4 + 0.547 \\times 0.5 = 0.4943")
chk("a1r", ln, "0.552", a1, up=["a1"])
chk("a2r", ln, "0.547", a2, up=["a2"])
chk("yh", ln, "0.4943", yh, ops=D("0.552") * D("0.4") + D("0.547") * D("0.5"), up=["a1r", "a2r"])
ln = line_of("$$\\hat{y} = 0.4943$$")
chk("yhr", ln, "0.4943", yh, up=["yh"])
ln = line_of("&= (0.7 - 0.4943)^2 = (0.2057)^2 \\approx 0.04231")
chk("yhr2", ln, "0.4943", yh, up=["yh"])
chk("diff", ln, "0.2057", y1 - yh, ops=D("0.7") - D("0.4943"), up=["yhr2"])
chk("L", ln, "0.04231", L, ops=D("0.2057") ** 2, up=["diff"])

# ---------------- backward pass ----------------
ln = line_of("&= -2 \\cdot (0.7 - 0.4943) \\cdot 0.552")
chk("yhr3", ln, "0.4943", yh, up=["yh"])
chk("a1r2", ln, "0.552", a1, up=["a1"])
ln5 = ln + 1
chk("d5", ln5, "-0.227", d5, ops=-2 * (D("0.7") - D("0.4943")) * D("0.552"), up=["yhr3", "a1r2"])
ln = line_of("&= -2 \\cdot (0.7 - 0.4943) \\cdot 0.547")
chk("yhr4", ln, "0.4943", yh, up=["yh"])
chk("a2r2", ln, "0.547", a2, up=["a2"])
chk("d6", ln + 1, "-0.225", d6, ops=-2 * (D("0.7") - D("0.4943")) * D("0.547"), up=["yhr4", "a2r2"])
ln = line_of("&= -0.0204")
chk("d1", ln, "-0.0204", d1, up=["yh", "a1"],
    why="")
ln = line_of("\\frac{\\partial L}{\\partial w_2} &= -0.0255")
chk("d2", ln, "-0.0255", d2, up=["yh", "a2"])
ln = line_of("\\frac{\\partial L}{\\partial w_3} &= -0.0122")
chk("d3", ln, "-0.0122", d3, up=["yh", "a1"])
ln = line_of("\\frac{\\partial L}{\\partial w_4} &= -0.0153")
chk("d4", ln, "-0.0153", d4, up=["yh", "a2"])

# ---------------- update ----------------
ln = line_of("= 0.3 - (-0.0204) \\approx 0.302")
chk("d1r", ln, "-0.0204", d1, up=["d1"])
chk("n1", ln, "0.302", n1, ops=D("0.3") - D("-0.0204"), up=["d1r"], exact=True,
    why="the printed expression 0.3 - (-0.0204) is 0.3204 (0.320 at three decimals), printed 0.302: the step "
    "size eta = 0.1 of the formula on the same line is missing from the numbers (0.3 - 0.1 x (-0.0204) = 0.30204; "
    "close call: the printed result is the right updated weight, only the line's own arithmetic is wrong)",
    correct="0.320 (as printed), 0.302 with eta")
ln = line_of("w_2' = 0.203")
chk("n2", ln, "0.203", n2, up=["d2"])
ln = line_of("w_3' = 0.201")
chk("n3", ln, "0.201", n3, up=["d3"])
ln = line_of("w_4' = 0.302")
chk("n4", ln, "0.302", n4, up=["d4"])
ln = line_of("w_5' = 0.423")
chk("n5", ln, "0.423", n5, up=["d5"])
ln = line_of("w_6' = 0.523")
chk("n6", ln, "0.523", n6, ops=D("0.5") - D("0.1") * D("-0.225"), up=["d6"], explicit=False)
ln = line_of("\\( \\hat{y_1} = 0.5199 \\)")
chk("yh2", ln, "0.5199", yh2, up=["n2", "n3", "n4", "n5", "n6"])
ln = line_of("이전 예측 값($$0.4943$$)")
chk("yhr5", ln, "0.4943", yh, up=["yh"])


NOTES = (
    "A Korean Jekyll post (Lee-keonhee/zero_to_deep_kh, _posts/2025-07-27-propagation.md, 2025-07; MIT LICENSE in "
    "the repository, kept verbatim) working one step of a 2-2-1 network: sigmoid hidden layer, linear output, "
    "L = (y - yhat)^2, eta = 0.1. Math is written as \\( ... \\) inside HTML divs and as aligned $$ blocks whose "
    "results sit on the line after the expression. The 3-decimal a1 = 0.552, a2 = 0.547 make yhat = 0.4943 "
    "(true 0.49460) and L = 0.04231 (true 0.04219): rounding drift that follows from the printed operands, right. "
    "dL/dw1 = -0.0204 and dL/dw2 = -0.0255 are one unit from the true -0.02032, -0.02544 and w6' = 0.523 one unit "
    "from 0.52249; the new prediction 0.5199 one unit from 0.51981: all right by the one-unit rule for values "
    "printed without working. One wrong line (first, close call): w1' = w1 - eta dL/dw1 = 0.3 - (-0.0204) "
    "approx 0.302 prints numbers that give 0.3204; the eta = 0.1 of the formula is missing from the arithmetic "
    "(the printed 0.302 is the right weight)."
)

if __name__ == "__main__":
    main()
