#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md
(Alexander Schiendorfer, "A worked example of backpropagation", Jekyll post, numeric excerpt).

Plain Python 3, decimal at 60 digits; no nnwalk import.

Givens (from the page): x = (3, 1), t = (1, 0) for instance 1; x = (-1, 4), t = (0, 1) for instance 2;
W = [[w11, w12], [w21, w22]] = [[6, -3], [-2, 5]] (input i -> hidden j), V = [[v11, v12], [v21, v22]] =
[[1, -2], [0.25, 2]] (hidden i -> output j), no biases, sigmoid on both layers,
L = (y1 - t1)^2 + (y2 - t2)^2 (no 1/2), one batch step alpha = 0.5 on the SUM of both instances' gradients,
then 200 more such epochs.  The 1-D example: y = w x, (x, t) = (4, 8), L = (xw - t)^2; f(x,y) = 3x^2 + 2xy + 5.

Judging (p printed, u = one unit of its last printed digit, X = exact value):
  * a line that shows its own operands (e.g. "(12.04 - 8)^2 = 16.32") must round to p from those operands;
  * a code output (">>> ...") or a restated value is right when |p - X| <= u.  Python/numpy print float64
    results; for the 15-17 digit reprs we also allow float64 noise |p - X| <= 1e-9*|X| (1 - sigmoid(16)
    loses about 9 digits to cancellation in float64; same tolerance as the sibling notebook folder);
  * the PyTorch float32 outputs are judged like any other printed number against the exact value.
Usage: python3 recompute.py [--write-expected]
"""
import json
import pathlib
import sys
from decimal import Decimal as D, getcontext

getcontext().prec = 60
HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / "doc.md").read_text(encoding="utf-8").split("\n")
SOURCE = ("https://github.com/Alexander-Schiendorfer/Alexander-Schiendorfer.github.io/blob/"
          "d5faa22c327836a23030bc7b5e492822538267f1/_posts/2020-02-24-a-worked-example-of-backprop.md")
LICENSE = "none stated (no LICENSE file); doc.md is a line-for-line excerpt of the code, math and number lines"


def line_of(sub, nth=1):
    hits = [i + 1 for i, t in enumerate(DOC) if sub in t]
    if len(hits) < nth:
        raise SystemExit("doc.md has no line number %d containing %r" % (nth, sub))
    return hits[nth - 1]


def sig(z):
    return 1 / (1 + (-D(z)).exp())


def unit(p):
    return D(1).scaleb(D(p).as_tuple().exponent)


# ---------------------------------------------------------------- the network, exactly
def forward(x, W, V):
    h_in = [x[0] * W[0][j] + x[1] * W[1][j] for j in range(2)]
    h = [sig(v) for v in h_in]
    y_in = [h[0] * V[0][k] + h[1] * V[1][k] for k in range(2)]
    y = [sig(v) for v in y_in]
    return h_in, h, y_in, y


def backward(x, t, W, V):
    h_in, h, y_in, y = forward(x, W, V)
    e = [y[k] - t[k] for k in range(2)]
    L = e[0] ** 2 + e[1] ** 2
    gy = [2 * e[k] for k in range(2)]
    gyin = [y[k] * (1 - y[k]) * gy[k] for k in range(2)]
    gV = [[h[i] * gyin[k] for k in range(2)] for i in range(2)]
    gh = [gyin[0] * V[i][0] + gyin[1] * V[i][1] for i in range(2)]
    ghin = [h[i] * (1 - h[i]) * gh[i] for i in range(2)]
    gW = [[x[i] * ghin[j] for j in range(2)] for i in range(2)]
    return dict(h_in=h_in, h=h, y_in=y_in, y=y, e=e, L=L, gy=gy, gyin=gyin, gV=gV, gh=gh, ghin=ghin, gW=gW)


X1, T1 = [D(3), D(1)], [D(1), D(0)]
X2, T2 = [D(-1), D(4)], [D(0), D(1)]
W0 = [[D(6), D(-3)], [D(-2), D(5)]]
V0 = [[D(1), D(-2)], [D("0.25"), D(2)]]
ALPHA = D("0.5")

r1 = backward(X1, T1, W0, V0)
r2 = backward(X2, T2, W0, V0)
# tweaked weights of the loss paragraph: w = (6, -3, -2, 5, 2, -2.5, 0.3, 1.5) in forward(x, w) order
Vt = [[D(2), D("-2.5")], [D("0.3"), D("1.5")]]
rt = backward(X1, T1, W0, Vt)
# one batch step on the sum of both gradients
gWs = [[r1["gW"][i][j] + r2["gW"][i][j] for j in range(2)] for i in range(2)]
gVs = [[r1["gV"][i][j] + r2["gV"][i][j] for j in range(2)] for i in range(2)]
W1 = [[W0[i][j] - ALPHA * gWs[i][j] for j in range(2)] for i in range(2)]
V1 = [[V0[i][j] - ALPHA * gVs[i][j] for j in range(2)] for i in range(2)]
n1 = backward(X1, T1, W1, V1)
n2 = backward(X2, T2, W1, V1)
# 200 more epochs from (W1, V1)
W, V = W1, V1
for _ in range(200):
    a = backward(X1, T1, W, V)
    b = backward(X2, T2, W, V)
    W = [[W[i][j] - ALPHA * (a["gW"][i][j] + b["gW"][i][j]) for j in range(2)] for i in range(2)]
    V = [[V[i][j] - ALPHA * (a["gV"][i][j] + b["gV"][i][j]) for j in range(2)] for i in range(2)]
    if _ == 198:
        g199 = (forward(X1, W, V)[3], forward(X2, W, V)[3])
f1 = forward(X1, W, V)[3]
f2 = forward(X2, W, V)[3]
# diagnostic: the printed V equals one step with alpha = 0.65 instead of the code's 0.5
V065 = [[V0[i][j] - D("0.65") * gVs[i][j] for j in range(2)] for i in range(2)]

# ---------------------------------------------------------------- checks
checks = []  # (line, [(printed, exact, how)], why)


def chk(sub, items, why, nth=1):
    ln = line_of(sub, nth)
    for p, _, _ in items:
        if p not in DOC[ln - 1]:
            raise SystemExit("line %d does not show %r" % (ln, p))
    checks.append((ln, items, why))


FL = "float"   # code output (float64 noise allowed for long reprs)
RS = "restated"
EX = "expression"

chk("y_1 = 0.73$", [("0.73", r1["y"][0], RS), ("0.12", r1["y"][1], RS)], "instance-1 outputs y1, y2 restated")
chk(">>> 16.0", [("16.0", r1["h_in"][0], FL)], "h1_in = 6*3 + (-2)*1")
chk(">>> 0.9999998874648379", [("0.9999998874648379", r1["h"][0], FL)], "h1_out = sigmoid(16)")
chk("`y1_out = 0.7319`", [("0.7319", r1["y"][0], RS)], "y1_out = sigmoid(h1 + 0.25 h2)")
chk("from `h1_out`", [("0.99", r1["h"][0], RS), ("0.02", r1["h"][1], RS)],
    "h1_out ~ 0.99 (true 0.99999989, within one unit of 0.99) and h2_out = sigmoid(-4) ~ 0.02")
chk(">>> 0.08699208259994781", [("0.08699208259994781", r1["L"], FL)], "sse of instance 1")
chk(">>> 0.8813624223958589", [("0.8813624223958589", rt["y"][0], FL), ("0.07777132641389171", rt["y"][1], FL)],
    "outputs with the tweaked weights (2, -2.5, 0.3, 1.5)")
chk(">>> 0.020123254031954686", [("0.020123254031954686", rt["L"], FL)], "sse with the tweaked weights")
chk("Our output would then be $12$", [("12", D(12), RS)], "y = w x = 3*4")
chk("L(3) &= (12 - 8)^2 = 16", [("16", D(16), EX)], "(12-8)^2")
chk("L(3.01) = (12.04 - 8)^2 = 16.32", [("12.04", D("12.04"), EX), ("16.32", D("4.04") ** 2, EX)],
    "3.01*4 = 12.04; 4.04^2 = 16.3216")
chk("we incurred a $0.32$ increase", [("0.32", D("16.32") - 16, EX)], "16.32 - 16")
chk("y = 1.5\\cdot 4 = 6", [("6", D(6), EX)], "1.5*4")
chk("L(1.5) &= (6 - 8)^2 = 4", [("4", D(4), EX)], "(6-8)^2")
chk("L(1.51) &= (6.04 - 8)^2 = 3.84", [("6.04", D("6.04"), EX), ("3.84", D("1.96") ** 2, EX)],
    "1.51*4 = 6.04; 1.96^2 = 3.8416")
chk("boils down to $\\frac{-0.16}{0.01}$", [("-0.16", D("3.84") - 4, EX), ("-16", D("-0.16") / D("0.01"), EX)],
    "3.84 - 4 and -0.16/0.01")
chk(">>> 32.0", [("32.0", 2 * 4 * (3 * 4 - 8), FL)], "dLoss(3,4,8) = 2x(wx-t)")
chk(">>> -16.0", [("-16.0", D(2) * 4 * (D("1.5") * 4 - 8), FL)], "dLoss(1.5,4,8)")
chk(">>> 29", [("29", D(3 * 4 + 2 * 2 * 3 + 5), FL)], "f(2,3)")
chk(">>> 18", [("18", D(6 * 2 + 2 * 3), FL)], "df/dx(2,3)")
chk(">>> 4", [("4", D(4), FL)], "df/dy(2,3)", nth=1)
chk(">>> -0.2680582866305111", [("-0.2680582866305111", r1["e"][0], FL), ("0.12303185591001443", r1["e"][1], FL)],
    "errors e = y - t")
chk(">>> -0.5361165732610222", [("-0.5361165732610222", r1["gy"][0], FL), ("0.24606371182002887", r1["gy"][1], FL)],
    "dL/dy = 2e")
chk(">>> -0.10518770232556676", [("-0.10518770232556676", r1["gyin"][0], FL),
                                  ("0.026549048699963138", r1["gyin"][1], FL)], "dL/dy_in = y(1-y) 2e")
chk(">>> -0.0018919280994576303", [("-0.0018919280994576303", r1["gV"][1][0], FL),
                                    ("0.0004775167642113309", r1["gV"][1][1], FL)], "grad v21, v22 = grad_y_in * h2")
chk(">>> -0.10518769048825163", [("-0.10518769048825163", r1["gV"][0][0], FL),
                                  ("0.02654904571226164", r1["gV"][0][1], FL)], "grad v11, v12 = grad_y_in * h1")
chk(">>> -0.15828579972549303", [("-0.15828579972549303", r1["gh"][0], FL),
                                  ("0.026801171818534586", r1["gh"][1], FL)], "grad h_out = sum_k grad_y_in_k v_ik")
for n in (1, 2, 3):
    chk(">>> -5.34381483665323e-08 0.0014201436720081408",
        [("-5.34381483665323e-08", r1["gW"][0][0], FL), ("0.0014201436720081408", r1["gW"][0][1], FL)],
        "grad w11, w12 (x1 * grad_h_in)", nth=n)
    chk(">>> -1.7812716122177433e-08 0.0004733812240027136",
        [("-1.7812716122177433e-08", r1["gW"][1][0], FL), ("0.0004733812240027136", r1["gW"][1][1], FL)],
        "grad w21, w22 (x2 * grad_h_in)", nth=n)
chk(">>> tensor(-5.6607e-08) tensor(0.0014)", [("-5.6607e-08", r1["gW"][0][0], FL), ("0.0014", r1["gW"][0][1], FL)],
    "PyTorch float32 run: grad w11 printed -5.6607e-08, exact -5.3438e-08 (float32 loses sigmoid(16)'s digits)")
chk(">>> tensor(-1.8869e-08) tensor(0.0005)", [("-1.8869e-08", r1["gW"][1][0], FL), ("0.0005", r1["gW"][1][1], FL)],
    "PyTorch float32 run: grad w21 printed -1.8869e-08, exact -1.7813e-08")
chk(">>> tensor(-5.3438e-08, dtype=torch.float64)", [("-5.3438e-08", r1["gW"][0][0], FL),
                                                     ("0.0014", r1["gW"][0][1], FL)], "float64 rerun, grad w11, w12")
chk(">>> tensor(-1.7813e-08, dtype=torch.float64)", [("-1.7813e-08", r1["gW"][1][0], FL),
                                                     ("0.0005", r1["gW"][1][1], FL)], "float64 rerun, grad w21, w22")
chk(">>> [[0.73194171 0.12303186]]", [("0.73194171", r1["y"][0], FL), ("0.12303186", r1["y"][1], FL)],
    "matrix forward pass Y")
chk(">>> [[0.08699208]]", [("0.08699208", r1["L"], FL)], "matrix loss", nth=1)
chk(">>> [[-0.1051877   0.02654905]]", [("-0.1051877", r1["gyin"][0], FL), ("0.02654905", r1["gyin"][1], FL)],
    "grad_Y_in")
for n in (1, 2):
    chk(">>> [[-0.10518769  0.02654905]", [("-0.10518769", r1["gV"][0][0], FL), ("0.02654905", r1["gV"][0][1], FL)],
        "grad_V row 1", nth=n)
    chk(">>>  [-0.00189193  0.00047752]]", [("-0.00189193", r1["gV"][1][0], FL),
                                            ("0.00047752", r1["gV"][1][1], FL)], "grad_V row 2", nth=n)
chk(">>> [[-0.1582858   0.02680117]]", [("-0.1582858", r1["gh"][0], FL), ("0.02680117", r1["gh"][1], FL)], "grad_H")
for n in (1, 2, 3):
    chk(">>> [[-5.34381484e-08  1.42014367e-03]", [("-5.34381484e-08", r1["gW"][0][0], FL),
                                                   ("1.42014367e-03", r1["gW"][0][1], FL)], "grad_W row 1", nth=n)
chk(">>> [-1.78127161e-08  4.73381224e-04]]", [("-1.78127161e-08", r1["gW"][1][0], FL),
                                               ("4.73381224e-04", r1["gW"][1][1], FL)], "grad_W row 2")
for n in (1, 2):
    chk(">>>  [-1.78127161e-08  4.73381224e-04]]", [("-1.78127161e-08", r1["gW"][1][0], FL),
                                                    ("4.73381224e-04", r1["gW"][1][1], FL)], "grad_W row 2", nth=n)
chk("by a factor of 0.0004)", [("0.0004", r1["gV"][1][1], RS), ("-0.025", r2["gV"][1][1], RS)],
    "instance-1 and instance-2 gradients of V22 restated in prose")
chk(">>> [[ 1.06837185 -2.01725687]", [("1.06837185", V1[0][0], FL), ("-2.01725687", V1[0][1], FL)],
    "V after one step with alpha = 0.5 on the summed gradients should be [[1.05259373, -2.01327451], ...]; "
    "the printed matrix is a stale output of a run with alpha = 0.65 (it equals V0 - 0.65*g_V to 8 decimals), "
    "while the outputs and losses printed after it follow from alpha = 0.5")
chk(">>>  [ 0.07134767  2.01595986]]", [("0.07134767", V1[1][0], FL), ("2.01595986", V1[1][1], FL)],
    "V after one step, row 2: should be [0.11257513, 2.01227682]; printed values are those of alpha = 0.65 "
    "(stale output)")
chk(">>> [[0.74165987 0.12162137]]", [("0.74165987", n1["y"][0], FL), ("0.12162137", n1["y"][1], FL)],
    "instance-1 outputs after the step")
chk(">>> Old loss for instance #1: [[0.08699208]]", [("0.08699208", r1["L"], FL)], "old loss 1")
chk(">>> New loss for instance #1: [[0.08153138]]", [("0.08153138", n1["L"], FL)], "new loss 1")
chk(">>> [[0.52811432 0.88207988]]", [("0.52811432", n2["y"][0], FL), ("0.88207988", n2["y"][1], FL)],
    "instance-2 outputs after the step")
chk(">>> Old loss for instance #2: [[0.33025203]]", [("0.33025203", r2["L"], FL)], "old loss 2")
chk(">>> New loss for instance #2: [[0.29280989]]", [("0.29280989", n2["L"], FL)], "new loss 2")
chk(">>> [0.94607312 0.04903031]", [("0.94607312", f1[0], FL), ("0.04903031", f1[1], FL)],
    "instance-1 outputs after the 200-epoch loop should be [0.94621368, 0.04892312]; the printed pair is the "
    "state after 199 epochs (0.94607312, 0.04903031), a stale output from a run with one update fewer")
chk(">>> [0.05606368 0.95082381]", [("0.05606368", f2[0], FL), ("0.95082381", f2[1], FL)],
    "instance-2 outputs after the 200-epoch loop should be [0.05590822, 0.95093023]; printed pair is the "
    "199-epoch state (stale output)")


def ok(p, x, how):
    p = D(p)
    u = unit(p)
    if abs(p - x) <= u:
        return True
    if how == FL and len(D(p).as_tuple().digits) >= 15 and abs(p - x) <= D("1e-9") * abs(x):
        return True
    return False


wrong, right, report = [], [], []
seen = {}
for ln, items, why in checks:
    bad = [(p, x) for p, x, how in items if not ok(p, x, how)]
    entry = seen.setdefault(ln, {"bad": [], "why": []})
    entry["bad"] += bad
    entry["why"].append(why)
for ln in sorted(seen):
    e = seen[ln]
    if e["bad"]:
        wrong.append({"line": ln, "page": None, "printed": ", ".join(p for p, _ in e["bad"]),
                      "correct": ", ".join("%.9g" % x for _, x in e["bad"]), "kind": "first",
                      "why": "; ".join(e["why"])})
        report.append("WRONG %4d %s" % (ln, DOC[ln - 1].strip()[:90]))
    else:
        right.append(ln)
        report.append("right %4d %s" % (ln, DOC[ln - 1].strip()[:90]))

print("\n".join(report))
print("wrong:", len(wrong), "right:", len(right))
print("V with alpha 0.65:", [["%.8f" % v for v in r] for r in V065])
print("outputs after 199 epochs:", ["%.8f" % v for v in g199[0]], ["%.8f" % v for v in g199[1]])
print("exact: grad w11 %.6g, grad w21 %.6g, v22 grad inst2 %.6g, h1 %.10f" %
      (r1["gW"][0][0], r1["gW"][1][0], r2["gV"][1][1], r1["h"][0]))

NOTES = ("Excerpt of a Jekyll blog post (code cells with their >>> outputs, math blocks, and the prose sentences "
         "that print numbers). The post's loss has no 1/2 (L = sum (y - t)^2, dL/dy = 2e), no biases, and the update "
         "uses the SUM of both instances' gradients with alpha = 0.5; all followed as written. Every number was "
         "recomputed exactly (Decimal, 60 digits), including the summed step and the 200 further epochs. "
         "Wrong (6 lines, all first): (1) the two float32 PyTorch lines tensor(-5.6607e-08) / tensor(-1.8869e-08) "
         "for gradients that are -5.3438e-08 / -1.7813e-08 (float32 loses 1 - sigmoid(16)); the float64 rerun is "
         "right. (2) The printed V after the step, [[1.06837185 -2.01725687] [0.07134767 2.01595986]], is a stale "
         "output: it equals V0 - 0.65*g_V to all 8 decimals, while the code says alpha = 0.5 (exact "
         "[[1.05259373 -2.01327451] [0.11257513 2.01227682]], as the companion notebook prints); the outputs and "
         "losses printed right after it (0.74165987, 0.08153138, 0.52811432, 0.29280989) do follow alpha = 0.5 and "
         "are right, so nothing propagates. (3) The outputs after the 200-epoch loop, [0.94607312 0.04903031] and "
         "[0.05606368 0.95082381], are exactly the state after 199 epochs; after 200 they are [0.94621368 "
         "0.04892312] and [0.05590822 0.95093023]. Close calls: 15-17 digit Python reprs are accepted within 1e-9 "
         "relative (float64 cancellation in 1 - sigmoid(16); the 15-digit -5.34381483665323e-08 differs from the "
         "exact -5.3438148355715e-08 at the 10th digit) as in the sibling notebook folder; prose '0.99 from h1_out' "
         "restates 0.99999989 (within one unit of 0.99); 'a factor of 0.0004' restates 0.00047752 (within one "
         "unit). The companion notebook is already in the corpus (nb_schiendorfer_backprop_example); this post is "
         "a different document and its stale V / 199-epoch outputs do not occur in the notebook.")

if "--write-expected" in sys.argv:
    out = {"file": "doc.md", "format": "md", "source": SOURCE, "license": LICENSE,
           "wrong": wrong, "right": right, "notes": NOTES}
    (HERE / "expected.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote expected.json")
