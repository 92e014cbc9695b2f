#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, an excerpt of JAYLI19707/nn-intro
micrograd.ipynb (a Chinese-commented from-scratch re-implementation of Karpathy's micrograd: a scalar Value class
with +, *, **k, ReLU and reverse-mode backward(), then Neuron/Layer/MLP on top of it).

Kept in the excerpt (code cells with their outputs; prose markdown, docstrings and comments cut):
  cell A  a=2, b=-3, c=10, e=a*b, d=e+c, f=2, L=f*d; L.backward(); graphviz SVG of data/grad of every node (%.4f)
  cell B  same graph but L=d**2; SVG of data/grad
  cell C  one ReLU neuron with 2 inputs: printed weights, bias 0, x=[2,3] -> printed output and parameter count
  cell D  MLP(2,[3,4,5]) on x=[2,3]: parameter count and the five outputs (full precision)
  cell E  loss = sum(outputs); printed loss; loss.backward(); SVG of the whole graph (data/grad of each node, %.4f)

Each SVG <text> item is on its own line of the raw JSON, so every 'data X' / 'grad Y' is judged on its line.
Givens (not listed): the data of leaves (a, b, c, f of cells A/B; weights, biases, the constant inputs 2.0/3.0 and
the constant 0 that starts Python's sum() in cell E); weights/bias/input lines of cell C.
Computed and judged: data of every non-leaf node; grad of every node (the root's grad 1 is dL/dL).

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a)/(b) a value is right when within one unit of the true value, or when it follows from the printed operands
      (each printed %.4f operand taken anywhere within half a unit: interval arithmetic over the node's inputs);
  (c) a restated wrong value, or a value computed from a wrong one and itself off, is wrong, propagated.
In cell E the leaves (random weights) are printed only to 4 decimals; they are taken as the givens (exact for the
'true' value, +-half a unit for reachability).

Plain Python 3 (decimal at 60 digits); does not import nnwalk or the generator.
Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import html
import itertools
import json
import pathlib
import re
import sys
from decimal import ROUND_HALF_EVEN, getcontext
from decimal import Decimal as D

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOCFILE = "doc.ipynb"
FORMAT = "ipynb"
SOURCE = ("https://github.com/JAYLI19707/nn-intro/blob/2c41f9ad16c9e7cc5e2e445b0a9360c40847466f/micrograd.ipynb")
LICENSE = ("none (the repository has no LICENSE file); doc.ipynb is an excerpt: code cells 4-6, 8, 10 and 11 "
           "(1-based) of the original with their outputs verbatim, markdown prose, docstrings and comments cut, "
           "re-serialised with json.dump(indent=1, ensure_ascii=False)")
RAW = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")

RESULTS = {}   # line -> dict(status, printed, correct, why)


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(RAW) if sub in t]
    if len(hits) < nth:
        raise SystemExit("%s has no line containing %r (hit %d)" % (DOCFILE, sub, nth))
    return hits[nth - 1]


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


def rnd(x, p):
    return D(x).quantize(unit(p), rounding=ROUND_HALF_EVEN)


def record(line, ok, printed, correct, why, status=None):
    st = status or ("right" if ok else "first")
    old = RESULTS.get(line)
    if old and old["status"] != "right" and st == "right":
        return
    RESULTS[line] = dict(status=st, printed=printed, correct=correct, why=why)


# ---------------------------------------------------------------- SVG graphs ------------------------------------
def svg_blocks():
    """Yield lists of (rawline, text) for every image/svg+xml output, in order."""
    blocks, cur = [], None
    for i, t in enumerate(RAW):
        s = t.strip()
        if s.startswith('"image/svg+xml": ['):
            cur = []
            continue
        if cur is not None:
            if s in ("]", "],"):
                blocks.append(cur)
                cur = None
                continue
            cur.append((i + 1, json.loads(s.rstrip(","))))
    if len(blocks) != 3:
        raise SystemExit("expected 3 SVG outputs, found %d" % len(blocks))
    return blocks


def parse_graph(block):
    """Nodes: title -> dict(texts=[(line, text)]); edges: list of (src, dst)."""
    nodes, edges, cur, kind = {}, [], None, None
    for ln, s in block:
        m = re.match(r'<g id="(node|edge)\d+" class="(node|edge)">', s)
        if m:
            kind, cur = m.group(2), None
            continue
        m = re.match(r"<title>(.*)</title>", s)
        if m and kind:
            title = html.unescape(m.group(1))
            if kind == "node":
                cur = title
                nodes[cur] = []
            else:
                a, b = title.split("->")
                edges.append((a, b))
                cur = None
            continue
        m = re.search(r"<text[^>]*>(.*)</text>", s)
        if m and kind == "node" and cur is not None:
            nodes[cur].append((ln, html.unescape(m.group(1))))
    values, ops = {}, {}
    for title, texts in nodes.items():
        d = [(ln, t) for ln, t in texts if t.startswith("data ")]
        g = [(ln, t) for ln, t in texts if t.startswith("grad ")]
        if d:
            lab = [t for ln, t in texts if not t.startswith(("data ", "grad "))]
            values[title] = dict(label=(lab[0].strip() if lab else ""), dline=d[0][0], dtxt=d[0][1][5:],
                                 gline=g[0][0], gtxt=g[0][1][5:])
        else:
            ops[title] = texts[0][1]
    # op node -> result value node; children -> op node
    for v in values.values():
        v["op"], v["children"], v["parents"] = None, [], []
    for a, b in edges:
        if a in ops and b in values:
            values[b]["op"] = ops[a]
            values[b]["opnode"] = a
    opres = {v["opnode"]: k for k, v in values.items() if v["op"]}
    for a, b in edges:
        if a in values and b in ops:
            values[opres[b]]["children"].append(a)
            values[a]["parents"].append(opres[b])
    return values


def ival(p):
    u = unit(p) / 2
    return (D(p) - u, D(p) + u)


def hull(vals):
    return (min(vals), max(vals))


def iadd(a, b):
    return (a[0] + b[0], a[1] + b[1])


def imul(a, b):
    return hull([x * y for x in a for y in b])


def judge_graph(values, exact_leaves, name):
    """Exact forward/backward from the leaves' printed values; interval checks from printed neighbours."""
    order, seen = [], set()

    def topo(k):
        if k in seen:
            return
        seen.add(k)
        for c in values[k]["children"]:
            topo(c)
        order.append(k)

    roots = [k for k, v in values.items() if not v["parents"]]
    if len(roots) != 1:
        raise SystemExit("%s: %d roots" % (name, len(roots)))
    root = roots[0]
    topo(root)
    tv, tg = {}, {k: D(0) for k in values}
    for k in order:                       # forward, exact from printed leaves
        v = values[k]
        ch = v["children"]
        if not v["op"]:
            tv[k] = D(v["dtxt"])
        elif v["op"] == "+":
            tv[k] = sum((tv[c] for c in ch), D(0))
        elif v["op"] == "*":
            tv[k] = tv[ch[0]] * (tv[ch[1]] if len(ch) > 1 else tv[ch[0]])
        elif v["op"].startswith("**"):
            tv[k] = tv[ch[0]] ** int(v["op"][2:])
        elif v["op"] == "ReLU":
            tv[k] = max(D(0), tv[ch[0]])
        else:
            raise SystemExit("unknown op %r" % v["op"])
    tg[root] = D(1)
    for k in reversed(order):             # backward, exact
        v = values[k]
        ch = v["children"]
        if v["op"] == "+":
            for c in ch:
                tg[c] += tg[k]
        elif v["op"] == "*":
            if len(ch) == 1:
                tg[ch[0]] += 2 * tv[ch[0]] * tg[k]
            else:
                tg[ch[0]] += tv[ch[1]] * tg[k]
                tg[ch[1]] += tv[ch[0]] * tg[k]
        elif v and v["op"] and v["op"].startswith("**"):
            n = int(v["op"][2:])
            tg[ch[0]] += n * tv[ch[0]] ** (n - 1) * tg[k]
        elif v["op"] == "ReLU":
            tg[ch[0]] += (1 if tv[k] > 0 else 0) * tg[k]
    nright = nwrong = 0
    for k in order:
        v = values[k]
        lab = v["label"] or k
        # ---- data
        if v["op"]:
            p = v["dtxt"]
            ch = v["children"]
            iv = [ival(values[c]["dtxt"]) for c in ch]
            if v["op"] == "+":
                r = (sum(i[0] for i in iv), sum(i[1] for i in iv))
            elif v["op"] == "*":
                r = imul(iv[0], iv[1]) if len(iv) > 1 else hull([x * x for x in iv[0]] + ([D(0)] if iv[0][0] <= 0 <= iv[0][1] else []))
            elif v["op"].startswith("**"):
                n = int(v["op"][2:])
                r = hull([x ** n for x in iv[0]])
            else:
                r = (max(D(0), iv[0][0]), max(D(0), iv[0][1]))
            ok = abs(D(p) - rnd(tv[k], p)) <= unit(p) or rnd(r[0], p) <= D(p) <= rnd(r[1], p)
            why = "%s data = %s of children %s = %s" % (
                lab, v["op"], [values[c]["dtxt"] for c in ch], rnd(tv[k], "0.0001"))
            record(v["dline"], ok, "data " + p, str(rnd(tv[k], p)), why)
            nright += ok
            nwrong += not ok
        # ---- grad
        p = v["gtxt"]
        if k == root:
            ok = D(p) == 1
            why = "root: dL/dL = 1"
        else:
            terms = []
            for par in v["parents"]:
                pv = values[par]
                gi = ival(pv["gtxt"])
                pch = pv["children"]
                if pv["op"] == "+":
                    terms.append(gi)
                elif pv["op"] == "*":
                    other = [c for c in pch if c != k]
                    oi = ival(values[other[0]]["dtxt"]) if other else imul((D(2), D(2)), ival(v["dtxt"]))
                    terms.append(imul(gi, oi))
                elif pv["op"].startswith("**"):
                    n = int(pv["op"][2:])
                    terms.append(imul(gi, hull([n * x ** (n - 1) for x in ival(v["dtxt"])])))
                elif pv["op"] == "ReLU":
                    di = ival(pv["dtxt"])
                    loc = hull(([D(1)] if di[1] > 0 else []) + ([D(0)] if di[0] <= 0 else []))
                    terms.append(imul(gi, loc))
            r = (sum(t[0] for t in terms), sum(t[1] for t in terms))
            ok = abs(D(p) - rnd(tg[k], p)) <= unit(p) or rnd(r[0], p) <= D(p) <= rnd(r[1], p)
            why = "%s grad = sum over its %d consumer(s) of consumer grad x local derivative = %s" % (
                lab, len(v["parents"]), rnd(tg[k], "0.0001"))
        record(v["gline"], ok, "grad " + p, str(rnd(tg[k], p)), why)
        nright += ok
        nwrong += not ok
    return tv, tg, root, nright, nwrong


def main():
    blocks = svg_blocks()
    graphs = [parse_graph(b) for b in blocks]
    report = []
    for name, g in zip(("cell A (L=f*d)", "cell B (L=d**2)", "cell E (MLP loss)"), graphs):
        tv, tg, root, r, w = judge_graph(g, True, name)
        report.append("%s: %d value nodes, root data %s; %d judged numbers right, %d wrong"
                      % (name, len(g), rnd(tv[root], "0.0001"), r, w))
    # sanity on cells A/B against the code's givens
    gA, gB = graphs[0], graphs[1]
    labA = {v["label"]: v for v in gA.values()}
    assert (labA["a"]["dtxt"], labA["b"]["dtxt"], labA["c"]["dtxt"], labA["f"]["dtxt"]) == \
        ("2.0000", "-3.0000", "10.0000", "2.0000"), "cell A givens"
    # ---- cell C: one ReLU neuron, printed weights, bias 0, x = [2, 3]
    w = [D("-0.942992365856236"), D("0.2511855173607318")]
    line_of("权重: [-0.942992365856236, 0.2511855173607318]")
    act = w[0] * 2 + w[1] * 3
    L = line_of("输出: Value(data=0,grad=0.0)")
    record(L, act < 0, "data=0", "0",
           "act = -0.942992365856236*2 + 0.2511855173607318*3 + 0 = %s < 0, ReLU -> 0 (grad 0.0 before backward)"
           % rnd(act, "0.0000001"))
    L = line_of("参数个数: 3")
    record(L, True, "3", "3", "2 weights + 1 bias")
    # ---- cell D: parameter count and the five outputs
    L = line_of("总参数个数: 50")
    record(L, (2 + 1) * 3 + (3 + 1) * 4 + (4 + 1) * 5 == 50, "50", "50", "3*3 + 4*4 + 5*5 = 50")
    L = line_of("输入: [2.0, 3.0] (维度: 2)")
    record(L, True, "2", "2", "len(x) = len([2.0, 3.0]) = 2")
    L = line_of("最终输出: [Value(data=")
    outs = [D(s) for s in re.findall(r"data=(-?[0-9.]+)", RAW[L - 1])]
    if len(outs) != 5:
        raise SystemExit("five outputs expected")
    gE = graphs[2]
    tvE = judge_graph(gE, True, "E")[0]
    okD = True
    bits = []
    for o in outs:
        # each printed output must lie within the interval reachable from the 4-decimal leaves (|o - node| <= 1e-4
        # at worst after three layers), and must round to an output node of the graph
        match = [v for v in gE.values() if v["op"] == "+" and rnd(o, "0.0001") == D(v["dtxt"])]
        near = [kk for kk, vv in gE.items() if vv["op"] and abs(tvE[kk] - o) < D("0.001")]
        okD = okD and bool(match) and bool(near)
        bits.append("%s ~ node %s" % (o, match[0]["dtxt"] if match else "none"))
    record(L, okD, "five outputs", "consistent",
           "weights printed only to 4 decimals in the graph; each printed output rounds to an output node of the "
           "cell-E graph and lies within 1e-3 of the value recomputed from the 4-decimal weights: " + "; ".join(bits))
    # ---- cell E: loss = sum of the five printed outputs
    L = line_of("损失函数 (所有输出的和): Value(data=1.7465366851350352")
    s = sum(outs, D(0))
    p = "1.7465366851350352"
    ok = abs(s - D(p)) <= 2 * unit(p)
    record(L, ok, p, str(rnd(s, p)), "0 + sum of the five printed outputs = %s (double rounding within 2e-16)" % s)
    return report


def main_out():
    report = main()
    wrong = [dict(line=k, page=None, printed=v["printed"], correct=v["correct"], kind=v["status"], why=v["why"])
             for k, v in sorted(RESULTS.items()) if v["status"] != "right"]
    right = [k for k, v in sorted(RESULTS.items()) if v["status"] == "right"]
    for r in report:
        print(r)
    print("lines judged: %d right, %d wrong" % (len(right), len(wrong)))
    for w in wrong:
        print("WRONG line %d: %s (true %s) %s" % (w["line"], w["printed"], w["correct"], w["why"]))
    if "--write-expected" in sys.argv:
        exp = {"file": DOCFILE, "format": FORMAT, "source": SOURCE, "license": LICENSE, "wrong": wrong,
               "right": right,
               "notes": ("Excerpt of a Chinese micrograd notebook. Cells A/B: hand-sized graph a=2, b=-3, c=10, f=2, "
                         "e=a*b=-6, d=e+c=4, L=f*d=8 (grads f 4, d 2, c 2, e 2, a -6, b 4) and L=d**2=16 (grads "
                         "d 8, c 8, e 8, a -24, b 16); every printed data/grad is right. Cell C: ReLU neuron with "
                         "printed weights gives act=-1.1324 -> 0, right. Cell D: 50 parameters right; the five "
                         "outputs come from random weights that are shown only to 4 decimals in cell E's graph, "
                         "judged right as consistent with it. Cell E: printed loss is the sum of the five outputs; "
                         "every data line of a non-leaf node and every grad line of the graph SVG (one <text> per raw "
                         "line) was checked against exact forward/backward from the 4-decimal leaves and against "
                         "interval arithmetic from the printed neighbours (+-half a unit). Leaf data lines "
                         "(weights, biases 0, constants 2.0/3.0, the 0 that starts sum()) are givens.")}
        (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("wrote expected.json")


if __name__ == "__main__":
    main_out()
