"""Network + numbers policy + notation -> the ordered steps a person would write.

The trace is format-free: every step is a :class:`Chain` (name = formula =
substituted form = ... = result) whose substituted forms are :mod:`expr` nodes built
in the spec's term order, and whose numbers were rounded by :mod:`numfmt` alone.
Under round-and-carry each result is computed from the numbers printed before it;
under exact carry from the true values, with forms whose printed operands do not give
the printed result marked approximately-equal.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ..numfmt import Num, RoundingPolicy, decimal_text, exact_num, given
from ..spec.load import Spec
from . import expr as E
from . import optimtrace
from .chains import (
    Calc,
    Chain,
    Key,
    NeuronForward,
    activate,
    delta_chain,
    dloss_chain,
    drop_chain,
    fprime_chain,
    keep_factor,
    loss_chain,
    mean_chain,
    softmax_layer,
    update_chains,
)
from .network import is_fused
from .notation import Notation, make_notation
from .optimtrace import ParamSteps, StepClip

L_ = E.lit


@dataclass
class NeuronBackward:
    """Backward pass of one neuron: dL/da (with its paths), f'(z), delta, gradients, updates.

    ``dlda`` and ``fprime`` are None for an output layer whose delta collapses to a - t
    (softmax + cross-entropy, sigmoid + bce); ``delta`` is None as well for the averaged
    gradients of a batch, which hold only the gradients and the updates.
    """

    layer: int
    index: int
    dlda: Chain | None
    paths: list[Chain]
    fprime: Chain | None
    delta: Chain | None
    grad_w: list[Chain]
    grad_b: Chain | None
    new_w: list[Chain] = field(default_factory=list)
    change_w: list[Chain] = field(default_factory=list)
    new_b: Chain | None = None
    change_b: Chain | None = None
    #: an optimizer step (training.optimizer other than plain gradient descent): its weights', then its bias's, steps
    opt: list[ParamSteps] = field(default_factory=list)


@dataclass
class ExampleTrace:
    """One example's forward pass, loss and backward pass within a training step."""

    index: int  # position within the step's examples (part of every key)
    number: int  # 0-based example number in the spec (the tag in names when there are several)
    notation: Notation  # names for this example
    inputs: list[Num]
    targets: list[Num]
    forward: list[list[NeuronForward]]  # [l-1][j]
    loss_parts: list[Chain]
    loss: Chain  # this example's loss
    backward: list[list[NeuronBackward]] | None = None  # [l-1][j]; per-example gradients

    def chains(self) -> list[Chain]:
        out = _forward_chains(self.forward)
        out.extend(self.loss_parts)
        out.append(self.loss)
        for layer in reversed(self.backward or []):
            for nb in layer:
                out.extend(nb.paths)
                out.extend(c for c in (nb.dlda, nb.fprime, nb.delta) if c)
                out.extend(nb.grad_w)
                out.extend(c for c in (nb.grad_b,) if c)
                out.extend(nb.change_w + nb.new_w)
                out.extend(c for c in (nb.change_b, nb.new_b) if c)
        return out


def _forward_chains(forward: list[list[NeuronForward]]) -> list[Chain]:
    """A layer's chains in an order where every operand comes before its use."""
    out: list[Chain] = []
    for layer in forward:
        if layer and layer[0].layer_sum is not None:  # softmax: all z, all e^z, the sum, all a
            for nf in layer:
                out.extend(nf.products)
                out.append(nf.z)
            out.extend(nf.exp for nf in layer if nf.exp)
            out.append(layer[0].layer_sum)
            out.extend(nf.a for nf in layer)
            out.extend(nf.drop for nf in layer if nf.drop)
            continue
        for nf in layer:
            out.extend(nf.products)
            out.append(nf.z)
            out.extend(c for c in (nf.exp, nf.den) if c)
            out.append(nf.a)
            out.extend(c for c in (nf.drop,) if c)
    return out


@dataclass
class StepTrace:
    """One training step: its examples (one, a batch, or SGD's single example) and its update."""

    index: int
    weights: list[list[list[Num]]]  # [l][j][i], l = 0..L-1 for W^(l+1)
    biases: list[list[Num]] | None
    examples: list[ExampleTrace]
    loss: Chain  # the mean loss over the step's examples (the example's loss when alone)
    backward: list[list[NeuronBackward]]  # one example: its backward pass; a batch: averaged gradients + updates
    full_output: Chain | None = None  # first output weight through the whole chain (first example)
    full_hidden: Chain | None = None  # first weight of the first hidden layer through all paths
    clip: StepClip | None = None  # the gradient's norm and clipping factor (training.clip_norm)
    t: int = 0  # the optimizer's update count after this step (0: plain gradient descent)

    def optimizer_chains(self) -> list[Chain]:
        """The optimizer's lines of this step in document order: clipping, then output layer first, each parameter's steps."""
        out = [self.clip.square, self.clip.norm, self.clip.factor] if self.clip else []
        for layer in reversed(self.backward):
            for nb in layer:
                for ps in nb.opt:
                    out.extend(ps.chains())
        return out

    @property
    def batch(self) -> bool:
        return len(self.examples) > 1

    @property
    def forward(self) -> list[list[NeuronForward]]:
        """The first example's forward pass (the only one unless the step is a batch)."""
        return self.examples[0].forward

    @property
    def loss_parts(self) -> list[Chain]:
        return self.examples[0].loss_parts


@dataclass
class Trace:
    """The whole walkthrough before it meets a format."""

    spec: Spec
    notation: Notation
    policy: RoundingPolicy
    inputs: list[Num]  # the first example's (the only one unless the spec has a batch)
    targets: list[Num]
    lr: Num | None
    steps: list[StepTrace]
    data: list[tuple[list[Num], list[Num]]] = field(default_factory=list)  # every example's inputs, targets
    final_examples: list[ExampleTrace] = field(default_factory=list)  # forward pass after the last update
    final_loss: Chain | None = None
    optimizer_givens: list[tuple[str, Num]] = field(default_factory=list)  # (symbol, value) of each hyper-parameter
    matrix: Any = None  # a matrixform.MatrixForm when spec.form is "matrix" (then ``steps`` is empty)

    @property
    def final_forward(self) -> list[list[NeuronForward]] | None:
        return self.final_examples[0].forward if self.final_examples else None

    @property
    def final_loss_parts(self) -> list[Chain]:
        return [c for ex in self.final_examples for c in ex.loss_parts]

    def chains(self) -> list[Chain]:
        """Every chain in document order (for verification and the appendix)."""
        out: list[Chain] = []
        for st in self.steps:
            for ex in st.examples:
                out.extend(ex.chains())
            if st.batch:
                out.append(st.loss)
                for layer in reversed(st.backward):
                    for nb in layer:
                        out.extend(nb.grad_w)
                        out.extend(c for c in (nb.grad_b,) if c)
                        out.extend(nb.change_w + nb.new_w)
                        out.extend(c for c in (nb.change_b, nb.new_b) if c)
            out.extend(st.optimizer_chains())
            # the worked full chains repeat results computed above; checked after their operands
            out.extend(c for c in (st.full_output, st.full_hidden) if c)
        for ex in self.final_examples:
            out.extend(_forward_chains(ex.forward))
            out.extend(ex.loss_parts)
            if len(self.final_examples) > 1:
                out.append(ex.loss)
        if self.final_loss:
            out.append(self.final_loss)
        if self.matrix is not None:
            out.extend(self.matrix.chains())
        return out


def _forward(
    calc: Calc,
    nt: Notation,
    spec: Spec,
    step: int,
    W: list[list[list[Num]]],
    B: list[list[Num]] | None,
    xs: list[Num],
    e: int = 0,
    keep: list[list[tuple[Num, Num]] | None] | None = None,
) -> tuple[list[list[NeuronForward]], list[list[Num]]]:
    """Every neuron's lines, and what each layer passes on (the dropped-out activations where ``keep`` says so).

    ``keep``: per hidden layer, each neuron's (mask, rate) in this training pass, or None.
    """
    acts: list[list[Num]] = [xs]
    out: list[list[NeuronForward]] = []
    for l in range(1, spec.depth + 1):
        prev = acts[-1]
        layer: list[NeuronForward] = []
        act = spec.activations[l - 1]
        for j in range(spec.layers[l]):
            wj = W[l - 1][j]
            # Under exact carry the printed operands are rounded, so their exact products would
            # pretend a precision the true values do not have: they are shown only with round carry.
            exact_terms = _exact_products(wj, prev, calc.policy) if calc.policy.carry == "round" else None
            terms: list[E.Expr] = [E.Prod((L_(wj[i]), L_(prev[i]))) for i in range(len(prev))]
            products = [
                calc.chain(None, rf"{nt.w(l, j, i)} {nt.a(l - 1, i)}", None, [terms[i]], exact_terms[i] if exact_terms else None)
                for i in range(len(prev))
            ]
            formula = " + ".join(f"{nt.w(l, j, i)} {nt.a(l - 1, i)}" for i in range(len(prev)))
            if B is not None:
                terms.append(L_(B[l - 1][j]))
                formula += f" + {nt.b(l, j)}"
            exprs: list[E.Expr] = [E.Sum(tuple(terms))]
            if exact_terms is not None and len(prev) > 1:
                t2: list[E.Expr] = [L_(n) for n in exact_terms]
                if B is not None:
                    t2.append(L_(B[l - 1][j]))
                exprs.append(E.Sum(tuple(t2)))
            z = calc.chain((step, "z", l, j, e), nt.z(l, j), formula, exprs)
            layer.append(NeuronForward(l, j, products, z, z))  # a filled below
        if act == "softmax":
            softmax_layer(calc, nt, step, l, e, layer)
        else:
            for nf in layer:
                activate(calc, nt, spec, step, l, e, act, nf)
        kl = keep[l - 1] if keep is not None and l - 1 < len(keep) else None
        if kl is not None:
            for nf in layer:
                drop_chain(calc, nt, step, l, e, nf, kl[nf.index])
        out.append(layer)
        acts.append([nf.out for nf in layer])
    return out, acts


def _exact_products(ws: list[Num], xs: list[Num], policy: RoundingPolicy) -> list[Num] | None:
    """Products printed in full when they are short exact decimals (so no rounding hides)."""
    out = []
    for w, x in zip(ws, xs):
        if w.sci or x.sci:
            return None
        p = w.value * x.value
        pe = w.exact * x.exact
        exp = p.normalize().as_tuple().exponent
        if isinstance(exp, int) and -exp > policy.digits + 4:
            return None
        # Printed in full, and never with fewer decimals than the policy shows, so the
        # checker reads 0.02000 (exact to 5 places), not 0.02 (which would allow +-0.005).
        q = p.normalize()
        places = max(-q.as_tuple().exponent if isinstance(q.as_tuple().exponent, int) else 0, 0)
        if policy.style == "decimals":
            places = max(places, policy.digits)
        text = decimal_text(p.quantize(Decimal(1).scaleb(-places)))
        consistent = True
        out.append(Num(p, pe, text, 0, Decimal(0), given=False, consistent=consistent))
    return out


def _backward(
    calc: Calc,
    nt: Notation,
    spec: Spec,
    step: int,
    W: list[list[list[Num]]],
    B: list[list[Num]] | None,
    fwd: list[list[NeuronForward]],
    acts: list[list[Num]],
    ts: list[Num],
    lr: Num | None,
    e: int = 0,
    alone: bool = True,
) -> list[list[NeuronBackward]]:
    """One example's backward pass; with ``alone`` (no batch) its gradients are the step's and carry the updates."""
    Lw = spec.depth
    back: list[list[NeuronBackward]] = [[] for _ in range(Lw)]
    fused = is_fused(spec.activations[-1], spec.loss)
    for l in range(Lw, 0, -1):
        act = spec.activations[l - 1]
        for j in range(spec.layers[l]):
            a = fwd[l - 1][j].a.result  # the activation itself (acts holds what the layer passed on)
            z = fwd[l - 1][j].z.result
            keep = fwd[l - 1][j].keep
            paths: list[Chain] = []
            dlda: Chain | None
            fp: Chain | None
            if l == Lw and fused:
                dlda = fp = None
                pair = (L_(a), L_(ts[j])) if nt.sign > 0 else (L_(ts[j]), L_(a))
                first, second = (nt.a(l, j), nt.t(j)) if nt.sign > 0 else (nt.t(j), nt.a(l, j))
                delta = calc.chain((step, nt.kind("delta"), l, j, e), nt.delta(l, j), f"{first} - {second}", [E.Diff(*pair)])
            else:
                if l == Lw:
                    dlda = dloss_chain(calc, nt, spec, step, j, a, ts[j], e)
                else:
                    nxt = back[l]  # layer l+1
                    deltas = [nb.delta.result for nb in nxt if nb.delta]
                    ws = [W[l][k][j] for k in range(len(nxt))]
                    terms = [E.Prod((L_(d), L_(w))) for d, w in zip(deltas, ws)]
                    # Each path's contribution is printed in full when it is a short exact decimal,
                    # so the contributions visibly add up to dL/da (rounded once, at the end).
                    exact = _exact_products(deltas, ws, calc.policy) if calc.policy.carry == "round" else None
                    paths = [
                        calc.chain(
                            (step, nt.kind("path"), l, j, k, e),
                            rf"{nt.delta(l + 1, k)} {nt.w(l + 1, k, j)}",
                            None,
                            [t],
                            exact[k] if exact is not None else None,
                        )
                        for k, t in enumerate(terms)
                    ]
                    formula = " + ".join(rf"{nt.delta(l + 1, k)} {nt.w(l + 1, k, j)}" for k in range(len(nxt)))
                    exprs_d: list[E.Expr] = [E.Sum(tuple(terms))]
                    if exact is not None and len(nxt) > 1:
                        exprs_d.append(E.Sum(tuple(L_(n) for n in exact)))
                    dlda_name = nt.dloss_da(l, j) if keep is None else _dloss_dropped(nt, l, j)
                    dlda = calc.chain((step, nt.kind("dlda"), l, j, e), dlda_name, formula, exprs_d)
                fp = fprime_chain(calc, nt, spec, act, step, l, j, a, z, e)
                delta = delta_chain(calc, nt, spec, act, step, l, j, e, dlda, fp, keep)
            gw = [
                calc.chain(
                    (step, nt.kind("gw"), l, j, i) if alone else (step, nt.kind("gw_ex"), l, j, i, e),
                    nt.gname(nt.w(l, j, i)),
                    f"{nt.delta(l, j)} {_input_name(nt, fwd, l, i)}",
                    [E.Prod((L_(delta.result), L_(acts[l - 1][i])))],
                )
                for i in range(spec.layers[l - 1])
            ]
            gb = None
            if B is not None:
                key_b: Key = (step, nt.kind("gb"), l, j) if alone else (step, nt.kind("gb_ex"), l, j, e)
                gb = calc.chain(key_b, nt.gname(nt.b(l, j)), nt.delta(l, j), [], delta.result)
            nb = NeuronBackward(l, j, dlda, paths, fp, delta, gw, gb)
            if lr is not None:
                _add_updates(calc, nt, spec, step, nb, W, B, lr)
            back[l - 1].append(nb)
    return back


def _input_name(nt: Notation, fwd: list[list[NeuronForward]], l: int, i: int) -> str:
    """The name of input ``i`` of layer ``l``: the activation below, or its dropped-out a~ in a training pass."""
    if l > 1 and fwd[l - 2][i].keep is not None:
        return nt.dropped(l - 1, i)
    return nt.a(l - 1, i)


def _dloss_dropped(nt: Notation, l: int, j: int) -> str:
    """dL/da~: with dropout the next layer sees a~, so the paths sum to the derivative by a~ (negated in ``neuron``)."""
    d = nt.partial(nt.loss, nt.dropped(l, j))
    return f"-{d}" if nt.sign < 0 else d


def _add_updates(
    calc: Calc,
    nt: Notation,
    spec: Spec,
    step: int,
    nb: NeuronBackward,
    W: list[list[list[Num]]],
    B: list[list[Num]] | None,
    lr: Num,
) -> None:
    l, j = nb.layer, nb.index
    for i, g in enumerate(nb.grad_w):
        ch, new = update_chains(calc, nt, step, ("w", l, j, i), nt.w(l, j, i), W[l - 1][j][i], g.result, lr)
        nb.change_w.append(ch)
        nb.new_w.append(new)
    if B is not None and nb.grad_b is not None and spec.update_biases:
        nb.change_b, nb.new_b = update_chains(calc, nt, step, ("b", l, j), nt.b(l, j), B[l - 1][j], nb.grad_b.result, lr)


def _average(
    calc: Calc,
    nt: Notation,
    spec: Spec,
    step: int,
    examples: list[ExampleTrace],
    W: list[list[list[Num]]],
    B: list[list[Num]] | None,
    lr: Num | None,
) -> list[list[NeuronBackward]]:
    """The batch gradient: each parameter's per-example gradients averaged (the 1/m), then the update."""
    out: list[list[NeuronBackward]] = []
    for l in range(1, spec.depth + 1):
        layer = []
        for j in range(spec.layers[l]):
            per = [ex.backward[l - 1][j] for ex in examples if ex.backward]
            gw = [
                mean_chain(
                    calc,
                    (step, nt.kind("gw"), l, j, i),
                    nt.gname(nt.w(l, j, i)),
                    [ex.notation.gname(nt.w(l, j, i)) for ex in examples],
                    [nb.grad_w[i].result for nb in per],
                )
                for i in range(spec.layers[l - 1])
            ]
            gb = None
            if B is not None:
                gb = mean_chain(
                    calc,
                    (step, nt.kind("gb"), l, j),
                    nt.gname(nt.b(l, j)),
                    [ex.notation.gname(nt.b(l, j)) for ex in examples],
                    [nb.grad_b.result for nb in per if nb.grad_b],
                )
            nb = NeuronBackward(l, j, None, [], None, None, gw, gb)
            if lr is not None:
                _add_updates(calc, nt, spec, step, nb, W, B, lr)
            layer.append(nb)
        out.append(layer)
    return out


def _full_chains(calc: Calc, spec: Spec, st: StepTrace) -> None:
    """The first weight of the output layer, and of the first hidden layer, through the whole chain (first example)."""
    ex = st.examples[0]
    nt = ex.notation
    assert ex.backward is not None
    back = ex.backward
    acts = [ex.inputs] + [[nf.out for nf in layer] for layer in ex.forward]
    Lw = spec.depth
    nb = back[Lw - 1][0]
    assert nb.delta is not None
    a_prev = acts[Lw - 1][0]
    name = nt.gname(nt.w(Lw, 0, 0))
    key = nb.grad_w[0].key
    if nb.dlda is None or nb.fprime is None:  # delta = a - t (neuron preset: Err = T - O)
        formula = " \\cdot ".join([nt.dz(Lw, 0), nt.partial(nt.z(Lw, 0), nt.w(Lw, 0, 0))])
        pair = (L_(acts[Lw][0]), L_(ex.targets[0])) if nt.sign > 0 else (L_(ex.targets[0]), L_(acts[Lw][0]))
        e1: E.Expr = E.Prod((E.Diff(*pair), L_(a_prev)))
    else:
        dl = nt.dloss_da(Lw, 0) if nt.sign > 0 else rf"\left({nt.dloss_da(Lw, 0)}\right)"
        formula = " \\cdot ".join([dl, nt.partial(nt.a(Lw, 0), nt.z(Lw, 0)), nt.partial(nt.z(Lw, 0), nt.w(Lw, 0, 0))])
        e1 = E.Prod((E.Prod((L_(nb.dlda.result), L_(nb.fprime.result))), L_(a_prev)))
    e2 = E.Prod((L_(nb.delta.result), L_(a_prev)))
    st.full_output = calc.chain(key, name, formula, [e1, e2], nb.grad_w[0].result)
    if Lw >= 2:
        hb = back[Lw - 2][0]
        assert hb.dlda is not None and hb.fprime is not None and hb.delta is not None
        l = Lw - 1
        nxt = back[Lw - 1]
        W = st.weights
        keep = ex.forward[l - 1][0].keep
        seen = nt.a(l, 0) if keep is None else nt.dropped(l, 0)  # what the next layer's net inputs depend on
        paths = " + ".join(rf"{nt.dz(Lw, k)} {nt.partial(nt.z(Lw, k), seen)}" for k in range(len(nxt)))
        through = "" if keep is None else rf" \cdot {nt.partial(seen, nt.a(l, 0))}"
        formula = (
            rf"\left({paths}\right){through} \cdot {nt.partial(nt.a(l, 0), nt.z(l, 0))} \cdot "
            rf"{nt.partial(nt.z(l, 0), nt.w(l, 0, 0))}"
        )
        s = E.Sum(tuple(E.Prod((L_(b.delta.result), L_(W[Lw - 1][k][0]))) for k, b in enumerate(nxt) if b.delta))
        x0 = acts[l - 1][0]
        kf = () if keep is None else (keep_factor(keep),)
        f1 = E.Prod((E.Prod((s, *kf, L_(hb.fprime.result))), L_(x0)))
        f2 = E.Prod((E.Prod((L_(hb.dlda.result), *kf, L_(hb.fprime.result))), L_(x0)))
        f3 = E.Prod((L_(hb.delta.result), L_(x0)))
        st.full_hidden = calc.chain(hb.grad_w[0].key, nt.gname(nt.w(l, 0, 0)), formula, [f1, f2, f3], hb.grad_w[0].result)


def _example(
    calc: Calc,
    nt: Notation,
    spec: Spec,
    step: int,
    W: list[list[list[Num]]],
    B: list[list[Num]] | None,
    data: list[tuple[list[Num], list[Num]]],
    number: int,
    pos: int,
    alone: bool,
    lr: Num | None,
    backward: bool = True,
) -> ExampleTrace:
    """Forward pass, loss and (optionally) backward pass of example ``number`` at position ``pos``."""
    nte = nt.for_example(number) if len(data) > 1 else nt
    xs, ts = data[number]
    keep = _keep(spec, step, pos) if backward else None  # dropout acts in training passes only
    fwd, acts = _forward(calc, nte, spec, step, W, B, xs, pos, keep)
    parts, loss = loss_chain(calc, nte, spec, step, acts[-1], ts, pos, alone)
    ex = ExampleTrace(pos, number, nte, xs, ts, fwd, parts, loss)
    if backward:
        ex.backward = _backward(calc, nte, spec, step, W, B, fwd, acts, ts, lr if alone else None, pos, alone)
    return ex


def _keep(spec: Spec, step: int, pos: int) -> list[list[tuple[Num, Num]] | None] | None:
    """Each hidden neuron's (mask, rate) in training pass ``step`` for the example at ``pos`` (None: no dropout)."""
    dr = spec.dropout
    if dr is None:
        return None
    out: list[list[tuple[Num, Num]] | None] = []
    for l in range(1, spec.depth):
        if dr.rates[l - 1] == 0:
            out.append(None)
            continue
        p = given(dr.rates[l - 1], dr.rates_text[l - 1])
        out.append([(exact_num(int(v)), p) for v in dr.mask(step, l, pos)])
    return out


def _new(nb: NeuronBackward, i: int | None) -> Chain:
    """The new value of weight ``i`` of the neuron (None: its bias), from gradient descent or the optimizer."""
    if nb.opt:
        ps = nb.opt[i if i is not None else -1]
        assert ps.new is not None and (i is not None or ps.what[0] == "b")
        return ps.new
    c = nb.new_w[i] if i is not None else nb.new_b
    assert c is not None
    return c


def _optimizer_step(writer: optimtrace.Writer, spec: Spec, st: StepTrace) -> None:
    """Clipping (over every updated parameter's gradient), then each parameter's optimizer lines, output layer first."""
    writer.t += 1
    st.t = writer.t
    nt, s = writer.nt, st.index
    layers = list(reversed(st.backward))
    with_b = st.biases is not None and spec.update_biases
    grads = [g.result for layer in layers for nb in layer for g in nb.grad_w]
    if with_b:
        grads += [nb.grad_b.result for layer in layers for nb in layer if nb.grad_b is not None]
    st.clip = writer.clip(s, grads)
    for layer in layers:
        for nb in layer:
            l, j = nb.layer, nb.index
            for i, g in enumerate(nb.grad_w):
                nb.opt.append(writer.param(s, ("w", l, j, i), nt.w(l, j, i), st.weights[l - 1][j][i], g.result, st.clip))
            if with_b and nb.grad_b is not None and st.biases is not None:
                nb.opt.append(writer.param(s, ("b", l, j), nt.b(l, j), st.biases[l - 1][j], nb.grad_b.result, st.clip))


def _schedule(spec: Spec, with_updates: bool) -> list[list[int]]:
    """Which examples each step uses: all of them (batch), or one at a time in order (sgd)."""
    everyone = list(range(spec.m))
    if not with_updates:
        return [everyone]
    if spec.mode == "sgd" and spec.m > 1:
        return [[e] for _ in range(spec.steps) for e in everyone]
    return [everyone for _ in range(spec.steps)]


def build_trace(spec: Spec) -> Trace:
    """Compute every displayed step of the walkthrough for ``spec``."""
    policy = spec.rounding
    calc = Calc(policy)
    nt = make_notation(spec.notation, spec.layers, spec.m)
    if spec.form == "matrix":
        from .matrixform import build_matrix_form

        mf, data_m, lr_m = build_matrix_form(spec, nt, calc)
        return Trace(spec, nt, policy, data_m[0][0], data_m[0][1], lr_m, [], data_m, matrix=mf)
    data = [
        (
            [given(v, t) for v, t in zip(spec.inputs[e], spec.inputs_text[e])],
            [given(v, t) for v, t in zip(spec.targets[e], spec.targets_text[e])],
        )
        for e in range(spec.m)
    ]
    lr = given(spec.learning_rate, spec.learning_rate_text) if spec.learning_rate is not None else None
    W = [
        [[given(v, t) for v, t in zip(row, trow)] for row, trow in zip(Wl, Tl)] for Wl, Tl in zip(spec.weights, spec.weights_text)
    ]
    B = None
    if spec.biases is not None and spec.biases_text is not None:
        B = [[given(v, t) for v, t in zip(bl, tl)] for bl, tl in zip(spec.biases, spec.biases_text)]
    steps: list[StepTrace] = []
    writer = optimtrace.Writer(calc, nt, spec) if lr is not None and not spec.optimizer.plain else None
    lr_plain = lr if writer is None else None  # an optimizer's lines are written once the whole gradient is known
    for s, who in enumerate(_schedule(spec, lr is not None)):
        alone = len(who) == 1
        exs = [_example(calc, nt, spec, s, W, B, data, e, pos, alone, lr_plain) for pos, e in enumerate(who)]
        if alone:
            loss, back = exs[0].loss, exs[0].backward or []
        else:
            loss = mean_chain(calc, (s, "loss"), nt.loss, [ex.notation.loss for ex in exs], [ex.loss.result for ex in exs])
            back = _average(calc, nt, spec, s, exs, W, B, lr_plain)
        st = StepTrace(s, W, B, exs, loss, back)
        if writer is not None:
            _optimizer_step(writer, spec, st)
        _full_chains(calc, spec, st)
        steps.append(st)
        if lr is not None:
            W = [
                [[_new(back[l][j], i).result for i in range(spec.layers[l])] for j in range(spec.layers[l + 1])]
                for l in range(spec.depth)
            ]
            if B is not None and spec.update_biases:
                B = [[_new(back[l][j], None).result for j in range(spec.layers[l + 1])] for l in range(spec.depth)]
    tr = Trace(spec, nt, policy, data[0][0], data[0][1], lr, steps, data)
    if writer is not None:
        tr.optimizer_givens = writer.givens()
    if lr is not None:
        n = len(steps)
        alone = spec.m == 1
        tr.final_examples = [_example(calc, nt, spec, n, W, B, data, e, e, alone, None, backward=False) for e in range(spec.m)]
        if alone:
            tr.final_loss = tr.final_examples[0].loss
        else:
            exs = tr.final_examples
            tr.final_loss = mean_chain(
                calc, (n, "loss"), nt.loss, [ex.notation.loss for ex in exs], [ex.loss.result for ex in exs]
            )
    return tr
