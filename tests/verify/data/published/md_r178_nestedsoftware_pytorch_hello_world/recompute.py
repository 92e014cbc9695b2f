#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, an excerpt (code lines holding the givens
and the update equations, and the two printed result blocks) of the Nested Software blog post "PyTorch Hello
World" (_posts/2019-08-15-pytorch-hello-world-37mo.156165.md in nestedsoftware/nestedsoftware_jekyll_blog).

The post trains a 1-1-1 network (one sigmoid hidden neuron, one sigmoid output neuron) for one SGD step, first with
PyTorch and then with plain Python, and prints the output and the updated weights and biases rounded to 4 places.

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.

Givens (doc lines 1-8 and 19-21, 24-25, 32):
  a0 = 0.8, w1 = 1.58, b1 = -0.14, w2 = 2.45, b2 = -0.11, target y = 1, learning rate 0.1,
  loss = MSELoss = (a2 - y)^2 (no 1/2, so dC/da2 = 2 (a2 - y), doc line 28),
  z1 = w1 a0 + b1, a1 = sigmoid(z1), z2 = w2 a1 + b2, a2 = sigmoid(z2),
  dC/db2 = sigmoid'(z2) dC/da2, dC/dw2 = a1 dC/db2, dC/da1 = w2 dC/db2,
  dC/db1 = sigmoid'(z1) dC/da1, dC/dw1 = a0 dC/db1, p <- p - 0.1 dC/dp,
  then the forward pass is redone with the updated parameters.

Judging rule (p a printed number, u one unit in its last printed digit):
  (a) a line printing p as the result of an expression of numbers printed on that same line is right only when the
      expression redone from those numbers (rounded operands anywhere within half a unit) rounds to p;
  (b) a value printed without its working is right when within one unit of the true value, or when it follows
      from printed correct operands;
  (c) restated or recomputed consequences of a wrong value are wrong (propagated); the first wrong value is 'first'.
Every computed number here is printed without working on its line (program output), so rule (b) applies.
Usage:  python3 recompute.py                   (report)
        python3 recompute.py --write-expected  (also writes expected.json)
"""
import json
import pathlib
import sys
from decimal import Decimal as D, getcontext, ROUND_HALF_EVEN

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOCFILE = "doc.md"
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")
SOURCE = ("https://github.com/nestedsoftware/nestedsoftware_jekyll_blog/blob/"
          "b65d168716b349d8c680b9de2f9142086fc135ec/_posts/2019-08-15-pytorch-hello-world-37mo.156165.md")
LICENSE = ("none (no LICENSE file in nestedsoftware/nestedsoftware_jekyll_blog); doc.md is an excerpt of only the "
           "code lines holding the givens and the update equations and the two printed result blocks (prose left "
           "out), each line byte-identical to the original")


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if t.strip() == sub or t.strip().startswith(sub)]
    if len(hits) < nth:
        raise SystemExit("doc.md has no line starting with %r (occurrence %d)" % (sub, nth))
    return hits[nth - 1]


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_EVEN)


def near(p, x):
    """within one unit of p's last digit of the true value x"""
    return abs(D(p) - D(x)) <= unit(p)


def sig(z):
    return 1 / (1 + (-D(z)).exp())


def printed(line_no, name):
    t = DOC[line_no - 1].strip()
    if not t.startswith(name + " = "):
        raise SystemExit("line %d is not '%s = ...': %r" % (line_no, name, t))
    return t.split(" = ", 1)[1].strip()


# ---- givens, read from the excerpt (fail loudly if the lines are not there) ----
def given(sub, value):
    ln = line_of(sub)
    if value not in DOC[ln - 1]:
        raise SystemExit("given %s not found on line %d" % (value, ln))
    return D(value)


a0 = given("a_l0 = 0.8", "0.8")
w1 = given("w_l1 = 1.58", "1.58")
b1 = given("b_l1 = -0.14", "-0.14")
w2 = given("w_l2 = 2.45", "2.45")
b2 = given("b_l2 = -0.11", "-0.11")
y = D(1)
given("target = torch.tensor([1.])", "1.")
lr = given("step_size = 0.1", "0.1")
if "lr=0.1" not in DOC[line_of("optimizer = optim.SGD(") - 1]:
    raise SystemExit("PyTorch learning-rate line not found")
if "2 * (a_l2-1)" not in DOC[line_of("dc_da_l2 = ") - 1]:
    raise SystemExit("dC/da2 line not found")

# ---- exact recomputation ----
z1 = w1 * a0 + b1
a1 = sig(z1)
z2 = w2 * a1 + b2
a2 = sig(z2)
dc_da2 = 2 * (a2 - y)
dc_db2 = a2 * (1 - a2) * dc_da2
dc_dw2 = a1 * dc_db2
dc_da1 = w2 * dc_db2
ub2 = b2 - lr * dc_db2
uw2 = w2 - lr * dc_dw2
dc_db1 = a1 * (1 - a1) * dc_da1
dc_dw1 = a0 * dc_db1
ub1 = b1 - lr * dc_db1
uw1 = w1 - lr * dc_dw1
uz1 = uw1 * a0 + ub1
ua1 = sig(uz1)
uz2 = uw2 * ua1 + ub2
ua2 = sig(uz2)

TRUE = {
    "a_l2": a2,
    "updated_w_l1": uw1,
    "updated_b_l1": ub1,
    "updated_w_l2": uw2,
    "updated_b_l2": ub2,
    "updated_a_l2": ua2,
}

wrong, right, report = [], [], []
for block, start_name in ((1, "a_l2 = 0.8506"), (2, "a_l2 = 0.8506")):
    first_line = line_of(start_name, block)
    for k, name in enumerate(["a_l2", "updated_w_l1", "updated_b_l1", "updated_w_l2", "updated_b_l2",
                              "updated_a_l2"]):
        ln = first_line + k
        p = printed(ln, name)
        x = TRUE[name]
        ok = near(p, x)
        report.append("line %2d  %-13s printed %-8s true %.8f  -> %s" % (ln, name, p, x, "right" if ok else "WRONG"))
        if ok:
            right.append(ln)
        else:
            wrong.append({"line": ln, "page": None, "printed": p, "correct": str(rnd(x, p)), "kind": "first",
                          "why": "%s = %.8f" % (name, x)})

print("intermediates: z1=%.8f a1=%.8f z2=%.8f a2=%.8f dC/db2=%.8f dC/dw2=%.8f dC/da1=%.8f dC/db1=%.8f dC/dw1=%.8f"
      % (z1, a1, z2, a2, dc_db2, dc_dw2, dc_da1, dc_db1, dc_dw1))
print("updated: w1=%.8f b1=%.8f w2=%.8f b2=%.8f z1=%.8f a1=%.8f z2=%.8f a2=%.8f" % (uw1, ub1, uw2, ub2, uz1, ua1,
                                                                                      uz2, ua2))
print("\n".join(report))
print("wrong: %d  right: %d" % (len(wrong), len(right)))

NOTES = ("Excerpt of Nested Software's 'PyTorch Hello World' blog post (2019): a 1-1-1 sigmoid network (input 0.8, "
         "w1 = 1.58, b1 = -0.14, w2 = 2.45, b2 = -0.11, target 1, MSELoss without the 1/2, SGD with learning rate "
         "0.1) trained for one step, once with PyTorch (doc lines 9-18) and once with plain Python (doc lines "
         "43-52); both blocks print the output and the updated parameters rounded to 4 places. Recomputed exactly: "
         "z1 = 1.124, a1 = 0.754730, z2 = 1.739088, a2 = 0.850571 (0.8506); dC/da2 = 2(a2 - 1) = -0.298858, "
         "dC/db2 = -0.037985, dC/dw2 = -0.028668, dC/da1 = -0.093063, dC/db1 = -0.017227, dC/dw1 = -0.013782; "
         "updated w1 = 1.581378 (1.5814), b1 = -0.138277 (-0.1383), w2 = 2.452867 (2.4529), b2 = -0.106202 "
         "(-0.1062); with the updated parameters z1 = 1.126825, a1 = 0.755253, z2 = 1.746332, a2 = 0.851490 "
         "(0.8515). All twelve computed numbers are right (each rounds correctly from the true value). Lines 9-12 "
         "and 43-46 restate the given weights and biases and are in neither list; lines 1-8, 19-21, 24-25 and 32 "
         "hold givens and lines 22-23, 26-31, 33-42 are code formulas without computed numbers, also in neither "
         "list.")

if "--write-expected" in sys.argv:
    out = {"file": DOCFILE, "format": "md", "source": SOURCE, "license": LICENSE, "wrong": wrong,
           "right": sorted(right), "notes": NOTES}
    (HERE / "expected.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote expected.json")
