#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt (code blocks and the two
number-bearing lines only, no prose) of "nn.CrossEntropyLoss细谈" (DeepLearning/TORCH里的交叉熵.md) in
github.com/Haochen-Luo/Algorithm.

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Givens: logits z = [0.2, 0.1, -0.1], target class y = 0.  The document prints (as comments holding PyTorch's
float32 output, rounded to 4 decimals) the cross-entropy loss, softmax(z), log(0.3780), -log(0.3780),
log_softmax(z), NLLLoss(log_softmax, y), and NLLLoss applied to the softmax output (= -p_0).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers (rounded operands anywhere within half a unit) rounds to p;
  (b) a value printed without working, or restated, is right within one unit of the true value, or when it
      follows from printed correct operands;
  (c) a restated / recomputed consequence of a wrong value is wrong, propagated.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import sys
from decimal import ROUND_HALF_EVEN, getcontext
from decimal import Decimal as D

getcontext().prec = 60
DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/Haochen-Luo/Algorithm/blob/a357842c489debaf5e49f139b8cc09523b9a84b9/"
          "DeepLearning/TORCH%E9%87%8C%E7%9A%84%E4%BA%A4%E5%8F%89%E7%86%B5.md")
LICENSE = ("none stated (the repository has no LICENSE file); doc.md keeps only an excerpt of the code blocks with "
           "the worked numbers (no prose), see SOURCE.md")
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_EVEN)


def near(p, x):
    return abs(D(p) - rnd(x, p)) <= unit(p)


CHECKS, STATUS = [], {}


def chk(cid, line, printed, true, frm=None, up=(), why=""):
    """printed: the number as printed; true: its true value from the givens;
    frm: (lo, hi) range of the value recomputed from the printed (rounded) operands it follows from, if any."""
    if printed not in DOC[line - 1]:
        raise SystemExit("line %d does not hold %r" % (line, printed))
    p = D(printed)
    up_bad = any(STATUS.get(u) == "wrong" for u in up)
    ok_true = near(p, true)
    ok_from = frm is not None and rnd(min(frm), p) <= p <= rnd(max(frm), p)
    if ok_true or (ok_from and not up_bad):
        status, kind = "right", None
    else:
        status, kind = "wrong", ("propagated" if up_bad else "first")
    STATUS[cid] = status
    CHECKS.append(dict(id=cid, line=line, printed=printed, true=true, status=status, kind=kind,
                       why=why, correct=str(rnd(true, p))))


# ---- givens ---------------------------------------------------------------------------------------------------
L_z1 = line_of("z = torch.Tensor([[0.2,0.1,-0.1]])", 1)
L_z2 = line_of("z = torch.Tensor([[0.2,0.1,-0.1]])", 2)
assert "torch.LongTensor([0])" in DOC[L_z1 - 2]
z = [D("0.2"), D("0.1"), D("-0.1")]
y = 0
ex = [v.exp() for v in z]
S = sum(ex)
p = [e / S for e in ex]
lse = S.ln()
logp = [v - lse for v in z]
loss = -logp[y]

# ---- block 1: CrossEntropyLoss ----------------------------------------------------------------------------------
L = line_of("# tensor(0.9729)")
chk("CE", L, "0.9729", loss, why="CE = ln(e^0.2+e^0.1+e^-0.1) - 0.2")

# ---- softmax ----------------------------------------------------------------------------------------------------
L = line_of("# tensor([[0.3780, 0.3420, 0.2800]])", 1)
for i, s in enumerate(["0.3780", "0.3420", "0.2800"]):
    chk("p%d" % i, L, s, p[i], why="softmax([0.2, 0.1, -0.1])_%d" % i)

L = line_of("likelihood")
chk("p0_restated", L, "0.3780", p[0], up=("p0",), why="restates p_0")

# ---- log(0.3780), -log(0.3780) ------------------------------------------------------------------------------------
half = D("0.00005")
lo, hi = (D("0.3780") - half).ln(), (D("0.3780") + half).ln()
L = line_of("print(torch.log(torch.Tensor([0.3780])))")
chk("p0_in_log", L, "0.3780", p[0], up=("p0",), why="restates p_0 as the operand")
L = line_of("# tensor([-0.9729])")
chk("logp0", L, "-0.9729", logp[0], frm=(lo, hi), up=("p0",), why="ln(0.3780)")
L = line_of("print(-torch.log(torch.Tensor([0.3780])))")
chk("p0_in_neglog", L, "0.3780", p[0], up=("p0",), why="restates p_0 as the operand")
L = line_of("# tensor([0.9729])", 1)
chk("neglogp0", L, "0.9729", -logp[0], frm=(-hi, -lo), up=("p0",), why="-ln(0.3780)")

# ---- block 2: log_softmax and NLLLoss ------------------------------------------------------------------------------
L = line_of("# output: log softmax tensor(")
for i, s in enumerate(["-0.9729", "-1.0729", "-1.2729"]):
    chk("ls%d" % i, L, s, logp[i], why="log_softmax([0.2, 0.1, -0.1])_%d" % i)
L = line_of("# tensor([0.9729])", 2)
chk("nll", L, "0.9729", -logp[0], up=("ls0",), why="NLLLoss(log_softmax, 0) = -log_softmax_0")
L = line_of("损失依旧是tensor([0.9729])")
chk("nll_restated", L, "0.9729", -logp[0], up=("nll",), why="restates the loss")

# ---- block 3: NLLLoss of the softmax output (no log) = -p_0 -------------------------------------------------------------
L = line_of("# tensor([[0.3780, 0.3420, 0.2800]])", 2)
for i, s in enumerate(["0.3780", "0.3420", "0.2800"]):
    chk("q%d" % i, L, s, p[i], why="softmax([0.2, 0.1, -0.1])_%d (z reset on the line '%s')" % (i, DOC[L_z2 - 1].strip()))
L = line_of("# tensor(-0.3780)", 1)
chk("nllp", L, "-0.3780", -p[0], up=("q0",), why="NLLLoss(softmax, 0) = -p_0")
L = line_of("# tensor(-0.3780)", 2)
chk("nllp2", L, "-0.3780", -p[0], up=("q0",), why="F.nll_loss(softmax, 0) = -p_0")


def report():
    wrong, right = [], []
    for n in sorted({c["line"] for c in CHECKS}):
        cs = [c for c in CHECKS if c["line"] == n]
        bad = [c for c in cs if c["status"] == "wrong"]
        print("line %3d  %-5s  %s" % (n, "WRONG" if bad else "right", DOC[n - 1].strip()[:90]))
        for c in cs:
            print("           %-14s printed %-8s true %-20s %s%s" % (c["id"], c["printed"], "%.12f" % c["true"],
                  c["status"], (" (" + c["kind"] + ")") if c["kind"] else ""))
        if bad:
            kinds = {c["kind"] for c in bad}
            wrong.append({"line": n, "page": None, "printed": ", ".join(c["printed"] for c in bad),
                          "correct": ", ".join(c["correct"] for c in bad),
                          "kind": "first" if "first" in kinds else "propagated",
                          "why": "; ".join(c["why"] for c in bad)})
        else:
            right.append(n)
    return wrong, right


NOTES = ("Givens z = [0.2, 0.1, -0.1], class 0. sum e^z = %s, softmax = [%s], log_softmax = [%s], CE = %s. "
         "Every printed value (4-decimal float32 output) agrees: a clean document. NLLLoss applied to probabilities "
         "(no log) gives -p_0 = -0.3780 as printed. Lines 20 and 25 restate p_0 = 0.3780 as the operand typed into "
         "torch.log; line 17 restates it in a sentence. doc.md is an excerpt (code blocks + two number-bearing lines) "
         "of the original, whose lines 16-24, 29-33, 36, 39-42, 44-47, 49-59 and 79-88 it keeps in that order, "
         "separated by blank lines." % ("%.6f" % S, ", ".join("%.6f" % v for v in p),
                                        ", ".join("%.6f" % v for v in logp), "%.6f" % loss))

if __name__ == "__main__":
    wrong, right = report()
    print("\nwrong lines:", [(w["line"], w["kind"]) for w in wrong])
    print("right lines:", right)
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE,
               "wrong": wrong, "right": right, "notes": NOTES}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("expected.json written")
