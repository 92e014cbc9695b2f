"""The matrix form of a large network (784-32-32-10): elided matrices and a few elements in full.

Why a second trace: the scalar trace writes one chain per neuron and weight, which for
seed 003's network would be 25,000 chain rules. Here every layer's matrices (W, b, Z, A,
dZ, dW, db and the new W) are printed with their first rows and columns, the last one, and
\\vdots / \\cdots between; each printed entry is a keyed value that verification compares
with the true network. So that the document still shows how the numbers arise, the output
layer is worked out element by element for every example (net inputs, activation, loss,
error signal), together with the first output weights' gradients and updates and the first
neuron of the layer below: these are ordinary chains, re-checked like any scalar walkthrough.
The worked elements follow the spec's carry policy (round-and-carry: each from the numbers
printed before it); the other matrix entries are the exact values rounded for display, since
nobody redoes 25,000 products by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

import numpy as np

from ..numfmt import Num, RoundingPolicy, given, show
from ..spec.load import Spec
from . import expr as E
from . import network
from .chains import (
    Calc,
    Chain,
    NeuronForward,
    activate,
    delta_chain,
    dloss_chain,
    fprime_chain,
    loss_chain,
    mean_chain,
    softmax_layer,
    update_chains,
)
from .notation import Notation

L_ = E.lit
#: Rows (and columns) shown at the start of an elided matrix; the last one is shown too.
HEAD = 3


@dataclass
class Shown:
    """A matrix as printed: the picked rows and columns of its entries (None marks the elision)."""

    rows: list[int | None]
    cols: list[int | None]
    cells: dict[tuple[int, int], Num]
    shape: tuple[int, int]

    @property
    def elided(self) -> bool:
        return None in self.rows or None in self.cols


@dataclass
class LayerForm:
    """Everything printed for one weight layer l."""

    l: int
    W: Shown
    b: Shown | None
    Z: Shown
    A: Shown
    dZ: Shown
    dW: Shown
    db: Shown | None
    W_new: Shown | None = None


@dataclass
class MatrixForm:
    """The matrix-form walkthrough: shown matrices, their keyed entries, and the worked elements."""

    X: Shown
    Y: Shown
    layers: list[LayerForm]
    values: list[Chain]  # one keyed chain per printed matrix entry
    output_examples: list[dict]  # per example: z chains, activation chains, loss chains, delta chains
    loss: Chain
    grads: list[Chain] = field(default_factory=list)  # first output weights: per-example, mean, change, new
    hidden: list[Chain] = field(default_factory=list)  # first neuron of layer L-1, example 1: paths, dL/da, f', delta

    def chains(self) -> list[Chain]:
        out = list(self.values)
        for ex in self.output_examples:
            out += ex["z"] + ex["exp"] + ex["sum"] + ex["a"] + ex["parts"] + [ex["loss"]] + ex["delta"]
        out.append(self.loss)
        out += self.hidden + self.grads
        return out


def pick(n: int) -> list[int | None]:
    """Indices shown of n: all up to 2 HEAD + 1, else the first HEAD, an elision, the last."""
    if n <= 2 * HEAD + 1:
        return list(range(n))
    return [*range(HEAD), None, n - 1]


def _shown(arr: np.ndarray, policy: RoundingPolicy, given_text: tuple | None = None) -> Shown:
    """Round the picked entries of ``arr`` for display (given data keep their written text)."""
    a = np.atleast_2d(arr)
    rows, cols = pick(a.shape[0]), pick(a.shape[1])
    cells = {}
    for r in rows:
        for c in cols:
            if r is None or c is None:
                continue
            v = float(a[r, c])
            cells[(r, c)] = given(v, given_text[r][c]) if given_text is not None else show(v, policy, exact=v)
    return Shown(rows, cols, cells, (a.shape[0], a.shape[1]))


def build_matrix_form(spec: Spec, nt: Notation, calc: Calc) -> tuple[MatrixForm, list[tuple[list[Num], list[Num]]], Num | None]:
    """The matrix-form walkthrough of one training step (one batch update) of ``spec``."""
    policy = calc.policy
    runs = network.train_spec(spec)
    prm, p, new = runs[0]
    m, Lw, sgn = spec.m, spec.depth, nt.sign
    ntx = (lambda e: nt.for_example(e)) if m > 1 else (lambda e: nt)
    opts = network.options_of(spec)
    lr = given(spec.learning_rate, spec.learning_rate_text) if spec.learning_rate is not None else None
    own = [d * m for d in p.deltas]  # each example's own error signal (Ng's dZ, before the 1/m)
    values: list[Chain] = []

    def keyed(sh: Shown, key, name) -> None:  # noqa: ANN001 - small local helpers
        for (r, c), num in sh.cells.items():
            values.append(Chain(key(r, c), name(r, c), (), num))

    X = _shown(spec.inputs.T, policy, tuple(zip(*spec.inputs_text)))
    Y = _shown(spec.targets.T, policy, tuple(zip(*spec.targets_text)))
    forms = []
    for l in range(1, Lw + 1):
        W = _shown(prm.weights[l - 1], policy, spec.weights_text[l - 1])
        b = _shown(prm.biases[l - 1][:, None], policy, tuple((t,) for t in spec.biases_text[l - 1])) if prm.biases else None
        Z = _shown(p.z[l - 1].T, policy)
        A = _shown(p.a[l - 1].T, policy)
        dZ = _shown(sgn * own[l - 1].T, policy)
        dW = _shown(sgn * p.grad_w[l - 1], policy)
        db = _shown(sgn * p.grad_b[l - 1][:, None], policy) if p.grad_b is not None else None
        lf = LayerForm(l, W, b, Z, A, dZ, dW, db)
        if new is not None:
            lf.W_new = _shown(new.weights[l - 1], policy)
        forms.append(lf)

    data = [
        (
            [given(v, t) for v, t in zip(spec.inputs[e], spec.inputs_text[e])],
            [given(v, t) for v, t in zip(spec.targets[e], spec.targets_text[e])],
        )
        for e in range(m)
    ]

    def num(v: float) -> Num:
        return show(v, policy, exact=v)

    # the output layer element by element, for every example
    Wl = [[given(v, t) for v, t in zip(row, trow)] for row, trow in zip(prm.weights[Lw - 1], spec.weights_text[Lw - 1])]
    bl = [given(v, t) for v, t in zip(prm.biases[Lw - 1], spec.biases_text[Lw - 1])] if prm.biases and spec.biases_text else None
    examples = []
    act_out = spec.activations[-1]
    fused = network.is_fused(act_out, spec.loss)
    for e in range(m):
        nte = ntx(e)
        prev = [num(v) for v in p.a[Lw - 2][e]] if Lw >= 2 else data[e][0]
        layer = []
        for j in range(spec.layers[Lw]):
            terms: list[E.Expr] = [E.Prod((L_(Wl[j][i]), L_(prev[i]))) for i in range(len(prev))]
            formula = " + ".join(f"{nte.w(Lw, j, i)} {nte.a(Lw - 1, i)}" for i in range(min(len(prev), 2))) + r" + \cdots"
            if bl is not None:
                terms.append(L_(bl[j]))
                formula += f" + {nte.b(Lw, j)}"
            z = calc.chain((0, "z", Lw, j, e), nte.z(Lw, j), formula, [E.Sum(tuple(terms))])
            layer.append(NeuronForward(Lw, j, [], z, z))
        if act_out == "softmax":
            softmax_layer(calc, nte, 0, Lw, e, layer)
        else:
            for nf in layer:
                activate(calc, nte, spec, 0, Lw, e, act_out, nf)
        ys = [nf.a.result for nf in layer]
        parts, loss_e = loss_chain(calc, nte, spec, 0, ys, data[e][1], e, m == 1)
        deltas = []
        for j, y in enumerate(ys):
            t = data[e][1][j]
            if fused:
                pair = (L_(y), L_(t)) if sgn > 0 else (L_(t), L_(y))
                first, second = (nte.a(Lw, j), nte.t(j)) if sgn > 0 else (nte.t(j), nte.a(Lw, j))
                deltas.append(
                    calc.chain((0, nt.kind("delta"), Lw, j, e), nte.delta(Lw, j), f"{first} - {second}", [E.Diff(*pair)])
                )
            else:
                dl = dloss_chain(calc, nte, spec, 0, j, y, t, e)
                fp = fprime_chain(calc, nte, spec, act_out, 0, Lw, j, y, layer[j].z.result, e)

                deltas += [dl, fp, delta_chain(calc, nte, spec, act_out, 0, Lw, j, e, dl, fp)]
        examples.append(
            {
                "number": e,
                "z": [nf.z for nf in layer],
                "exp": [nf.exp for nf in layer if nf.exp and act_out == "softmax"],
                "sum": [layer[0].layer_sum] if layer[0].layer_sum else [],
                "a": [nf.a for nf in layer],
                "inner": [c for nf in layer for c in (nf.exp, nf.den) if c and act_out != "softmax"],
                "parts": parts,
                "loss": loss_e,
                "delta": deltas,
                "prev": prev,
            }
        )
    for ex in examples:  # a sigmoid's inner steps are checked with the rest
        ex["z"] = ex["z"]
        ex["a"] = ex["inner"] + ex["a"]
    if m == 1:
        loss = examples[0]["loss"]
    else:
        loss = mean_chain(
            calc, (0, "loss"), nt.loss, [ex["loss"].name for ex in examples], [ex["loss"].result for ex in examples]
        )

    # the first output weights: gradient (the mean over the batch), change, new value
    grads: list[Chain] = []
    for i in range(min(2, spec.layers[Lw - 1])):
        per = []
        for ex in examples:
            e = ex["number"]
            nte = ntx(e)
            d = [c for c in ex["delta"] if c.key and c.key[1] == nt.kind("delta")][0]
            key = (0, nt.kind("gw"), Lw, 0, i) if m == 1 else (0, nt.kind("gw_ex"), Lw, 0, i, e)
            per.append(
                calc.chain(
                    key,
                    nte.gname(nt.w(Lw, 0, i)),
                    f"{nte.delta(Lw, 0)} {nte.a(Lw - 1, i)}",
                    [E.Prod((L_(d.result), L_(ex["prev"][i])))],
                )
            )
        grads += per
        g = per[0]
        if m > 1:
            g = mean_chain(
                calc, (0, nt.kind("gw"), Lw, 0, i), nt.gname(nt.w(Lw, 0, i)), [c.name for c in per], [c.result for c in per]
            )
            grads.append(g)
        if lr is not None:
            grads += list(update_chains(calc, nt, 0, ("w", Lw, 0, i), nt.w(Lw, 0, i), Wl[0][i], g.result, lr))

    # the first neuron of the layer below the output, first example: its paths to the loss
    hidden: list[Chain] = []
    if Lw >= 2:
        l, nte, ex = Lw - 1, ntx(0), examples[0]
        ds = [c.result for c in ex["delta"] if c.key and c.key[1] == nt.kind("delta")]
        ws = [Wl[k][0] for k in range(len(ds))]
        terms = [E.Prod((L_(d), L_(w))) for d, w in zip(ds, ws)]
        formula = " + ".join(rf"{nte.delta(Lw, k)} {nte.w(Lw, k, 0)}" for k in range(len(ds)))
        dlda = calc.chain((0, nt.kind("dlda"), l, 0, 0), nte.dloss_da(l, 0), formula, [E.Sum(tuple(terms))])
        a_h, z_h = num(p.a[l - 1][0, 0]), num(p.z[l - 1][0, 0])
        fp = fprime_chain(calc, nte, spec, spec.activations[l - 1], 0, l, 0, a_h, z_h, 0)

        hidden = [dlda, fp, delta_chain(calc, nte, spec, spec.activations[l - 1], 0, l, 0, 0, dlda, fp)]
    # The output layer is printed as worked out above (carried from the printed numbers under round-and-carry),
    # so its matrices show those very numbers; the layers below show exact values rounded for display.
    out = forms[-1]
    for ex in examples:
        e = ex["number"]
        deltas = [c for c in ex["delta"] if c.key and c.key[1] == nt.kind("delta")]
        for r in range(spec.layers[Lw]):
            if (r, e) in out.Z.cells:
                out.Z.cells[(r, e)] = ex["z"][r].result
                out.A.cells[(r, e)] = [c for c in ex["a"] if c.key and c.key[1] == "a"][r].result
                out.dZ.cells[(r, e)] = deltas[r].result
    for c in grads:
        kind = c.key[1] if c.key else ""
        if kind == nt.kind("gw") and (c.key[3], c.key[4]) in out.dW.cells:
            out.dW.cells[(c.key[3], c.key[4])] = c.result
        if kind == "new" and out.W_new is not None and (c.key[4], c.key[5]) in out.W_new.cells:
            out.W_new.cells[(c.key[4], c.key[5])] = c.result
    for lf in forms:
        l = lf.l
        keyed(lf.Z, lambda r, c, l=l: (0, "z", l, r, c), lambda r, c, l=l: ntx(c).z(l, r))
        keyed(lf.A, lambda r, c, l=l: (0, "a", l, r, c), lambda r, c, l=l: ntx(c).a(l, r))
        keyed(lf.dZ, lambda r, c, l=l: (0, nt.kind("delta"), l, r, c), lambda r, c, l=l: ntx(c).delta(l, r))
        keyed(lf.dW, lambda r, c, l=l: (0, nt.kind("gw"), l, r, c), lambda r, c, l=l: nt.gname(nt.w(l, r, c)))
        if lf.db is not None:
            keyed(lf.db, lambda r, c, l=l: (0, nt.kind("gb"), l, r), lambda r, c, l=l: nt.gname(nt.b(l, r)))
        if lf.W_new is not None:
            keyed(lf.W_new, lambda r, c, l=l: (0, "new", "w", l, r, c), lambda r, c, l=l: nt.new(nt.w(l, r, c)))
    _ = opts, Decimal
    mf = MatrixForm(X, Y, forms, values, examples, loss, grads, hidden)
    return mf, data, lr
