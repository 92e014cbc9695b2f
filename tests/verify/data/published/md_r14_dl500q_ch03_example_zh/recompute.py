#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, section 3.2.5 ("实例理解反向传播") of
scutan90/DeepLearning-500-questions ch03_深度学习基础/第三章_深度学习基础.md (the Chinese community Q&A book
"深度学习500问", chapter 3): the forward pass and the error of the 2-2-2 sigmoid network with biases made
famous by Matt Mazur's walkthrough.

Plain Python (decimal at 60 digits); does not import nnwalk or the generator.

Givens (doc.md lines 23-25 and the printed products on lines 37 and 62): i1 = 0.05, i2 = 0.10, targets 0.01 and
0.99, w1 = 0.15, w2 = 0.20 (into h1), w3 = 0.25, w4 = 0.30 (into h2), w5 = 0.40, w6 = 0.45 (into o1),
w7 = 0.50, w8 = 0.55 (into o2), bias weights b1 = 0.35, b2 = 0.60 (shown only in the figure; read from the printed
products), sigmoid on both layers, E = sum 1/2 (target - out)^2.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) p printed as the result of an expression of numbers printed on its line is right only when redoing that
      expression from those numbers rounds to exactly p at p's digits (an operand that is itself a rounded result
      may move within half a unit of its last digit; a given is exact); otherwise wrong (first);
  (b) a value printed without its working, or restated, is right within one unit of its last digit of the true
      value, or when it follows from printed correct operands;
  (c) a restated wrong value, or a value computed from a wrong one and itself off, is wrong (propagated).
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/scutan90/DeepLearning-500-questions/blob/6087a06b112c3c28b885ab2f794535c19a9e4326/"
          "ch03_%E6%B7%B1%E5%BA%A6%E5%AD%A6%E4%B9%A0%E5%9F%BA%E7%A1%80/"
          "%E7%AC%AC%E4%B8%89%E7%AB%A0_%E6%B7%B1%E5%BA%A6%E5%AD%A6%E4%B9%A0%E5%9F%BA%E7%A1%80.md")
LICENSE = ("GPL-3.0 (LICENSE at the repository root); doc.md is section 3.2.5 of the chapter verbatim (its lines "
           "268-368)")
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


def reach(p, lo, hi):
    """True when some value in [lo, hi] rounds to p at p's digits (rule (a) with rounded operands)."""
    u = unit(p)
    a, b = D(p) - u / 2, D(p) + u / 2
    return not (hi < a or lo >= b)


CHECKS = []
STATUS = {}


def chk(cid, line, printed, true, ops=None, up=(), method=False, why="", correct=None, explicit=True, exact=False,
        interval=None):
    """Judge one printed number (rules in the module docstring).

    ops: the value the line's own printed operands give; exact=True: those operands are exact, so p must be that
    value rounded at p's digits; interval=(lo, hi): the range the line's expression takes when its rounded operands
    move within half a unit of their last digit (p is right by rule (a) when some value in it rounds to p).
    """
    assert printed in DOC[line - 1], (line, printed)
    p = D(printed.replace("−", "-"))
    if ops is None and up and explicit:
        ops = p  # a restated value carries the status of the value it copies
    if interval is not None:
        ops_ok = reach(p, D(interval[0]), D(interval[1]))
    elif ops is None:
        ops_ok = True
    elif exact:
        ops_ok = p == rnd(ops, p)
    else:
        ops_ok = near(p, ops)
    if explicit and not ops_ok:
        st, kind = "wrong", "first"
    elif near(p, true) and not method:
        st, kind = "right", None
    elif any(STATUS[u] == "wrong" for u in up):
        st, kind = "wrong", ("propagated" if ops_ok else "first")
    elif method:
        st, kind = "wrong", "first"
    elif ops is not None and ops_ok and explicit:
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
            extra = "" if c["ops"] is None else "  from printed operands %.12g" % c["ops"]
            print("            %-10s printed %-22s true %.15g%s -> %s%s" % (
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


i1, i2, t1, t2 = D("0.05"), D("0.10"), D("0.01"), D("0.99")
w1, w2, w3, w4 = D("0.15"), D("0.20"), D("0.25"), D("0.30")
w5, w6, w7, w8 = D("0.40"), D("0.45"), D("0.50"), D("0.55")
b1, b2 = D("0.35"), D("0.60")
nh1 = w1 * i1 + w2 * i2 + b1
h1 = sig(nh1)
h2 = sig(w3 * i1 + w4 * i2 + b1)
no1 = w5 * h1 + w6 * h2 + b2
o1 = sig(no1)
o2 = sig(w7 * h1 + w8 * h2 + b2)
E1 = (t1 - o1) ** 2 / 2
E2 = (t2 - o2) ** 2 / 2
H = D("0.5e-9")  # half a unit of a 9-decimal printed operand

ln = line_of("net_{h1} = 0.15 * 0.05 + 0.2 * 0.1 + 0.35 * 1 = 0.3775")
chk("nh1", ln, "0.3775", nh1, ops=D("0.15") * D("0.05") + D("0.2") * D("0.1") + D("0.35"), exact=True)
ln = line_of("\\frac{1}{1 + e^{-0.3775}} = 0.593269992")
chk("h1", ln, "0.593269992", h1, ops=sig("0.3775"), exact=True)
ln = line_of("out_{h2} = 0.596884378")
chk("h2", ln, "0.596884378", h2)
ln = line_of("net_{o1} = 0.4 * 0.593269992 + 0.45 * 0.596884378 + 0.6 * 1 = 1.105905967")
chk("no1", ln, "1.105905967", no1, up=["h1", "h2"],
    interval=(D("0.4") * (D("0.593269992") - H) + D("0.45") * (D("0.596884378") - H) + D("0.6"),
              D("0.4") * (D("0.593269992") + H) + D("0.45") * (D("0.596884378") + H) + D("0.6")))
ln = line_of("\\frac{1}{1 + e^{1.105905967}} = 0.75136079")
chk("o1", ln, "0.75136079", o1, up=["no1"], interval=(1 / (1 + (D("1.105905967") + H).exp()),
                                                      1 / (1 + (D("1.105905967") - H).exp())),
    why="sigma(1.105905967) = 0.75136507; the line prints 0.75136079 (digits 507 -> 079), and its own middle term "
        "1/(1 + e^{+1.105905967}) drops the minus sign and equals 0.24863493")
ln = line_of("[0.75136079 ,  0.772928465]")
chk("o1r", ln, "0.75136079", o1, up=["o1"])
chk("o2", ln, "0.772928465", o2)
ln = line_of("(0.01 - 0.75136507)^2 = 0.274811083")
chk("o1r2", ln, "0.75136507", o1)
chk("E1", ln, "0.274811083", E1, up=["o1r2"],
    interval=((D("0.75136507") - H - D("0.01")) ** 2 / 2, (D("0.75136507") + H - D("0.01")) ** 2 / 2))
ln = line_of("$E_{o2} = 0.023560026$")
chk("E2", ln, "0.023560026", E2)
ln = line_of("0.274811083 + 0.023560026 = 0.298371109")
chk("E1r", ln, "0.274811083", E1, up=["E1"])
chk("E2r", ln, "0.023560026", E2, up=["E2"])
chk("E", ln, "0.298371109", E1 + E2, up=["E1r", "E2r"],
    interval=(D("0.274811083") + D("0.023560026") - 2 * H, D("0.274811083") + D("0.023560026") + 2 * H))

NOTES = (
    "Section 3.2.5 of the Chinese community Q&A book '深度学习500问' (scutan90/DeepLearning-500-questions, "
    "chapter 3, GPL-3.0, kept verbatim): Mazur's 2-2-2 sigmoid network (i = (0.05, 0.10), targets (0.01, 0.99), "
    "weights 0.15 ... 0.55, biases 0.35 and 0.60 in the figure). Formats: `$$` display blocks with a `\\\\` line "
    "break and a blank line inside, `*` for multiplication, single-dollar math with spaces (`$ [0.75136079 ,  "
    "0.772928465] $`), a multi-line `$...$` whose result line starts with `=`, full-width Chinese punctuation "
    "and zero-width spaces at line starts. First error: out_o1 = 1/(1 + e^{-net}) = 1/(1 + e^{1.105905967}) printed "
    "0.75136079 for 0.75136507 (line 66: digits transposed; the middle term also drops the minus of the exponent, "
    "1/(1 + e^{+1.1059}) = 0.2486). Propagated: the forward-pass summary restates 0.75136079 (line 69). Right: "
    "net_h1, out_h1, out_h2, net_o1, out_o2, and the errors, which use the correct 0.75136507 (line 84). The "
    "section stops at the chain-rule formula for w5 (no update numbers)."
)

if __name__ == "__main__":
    main()
