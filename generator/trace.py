"""Network + numbers policy + notation -> the ordered steps a person would write.

The trace is format-free: every step is a :class:`Chain` (name = formula =
substituted form = ... = result) whose substituted forms are :mod:`expr` nodes built
in the spec's term order, and whose numbers were rounded by :mod:`numfmt` alone.
Under round-and-carry each result is computed from the numbers printed before it;
under exact carry from the true values, with forms whose printed operands do not give
the printed result marked approximately-equal.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from . import expr as E
from .errors import SpecError
from .network import is_fused
from .notation import Notation, make_notation
from .numfmt import Num, RoundingPolicy, _text, exact_num, given, show
from .spec import Spec

Key = tuple
#: Extra digits shown for the inner steps of a function evaluation (see Calc.num).
GUARD_DIGITS = 2
#: Beyond this a diverging network is refused (api turns it into a "too large" SpecError).
MAX_MAGNITUDE = Decimal("1e15")
#: A sigmoid with z below minus this is written e^z / (1 + e^z): e^{-z} would exceed 10^13.
STABLE_SIGMOID_BELOW = Decimal(30)


@dataclass(frozen=True)
class Form:
    """One side of a chain as printed, and the relation written before it."""

    latex: str
    plain: str
    rel: str = "="  # "=" or "approx"
    numeric: bool = True
    expr: E.Expr | None = None  # the node the form was printed from (None for symbolic forms)


@dataclass(frozen=True)
class Chain:
    """name = form = form = ... = result."""

    key: Key | None
    name: str
    forms: tuple[Form, ...]
    result: Num
    rel: str = "="  # relation before the result


class Calc:
    """Rounds computed values under one policy and builds chains."""

    def __init__(self, policy: RoundingPolicy) -> None:
        self.policy = policy

    def num(self, e: E.Expr, guard: bool = False) -> Num:
        """The printed value of ``e`` under the carry policy.

        ``guard`` adds :data:`GUARD_DIGITS` digits, for the inner steps of one function
        evaluation (e^{-z}, 1 + e^{-z}), so the function's result is rounded once
        from nearly exact inner values and agrees with a calculator.
        """
        policy = self.policy
        if guard:
            policy = replace(policy, digits=policy.digits + GUARD_DIGITS)
        shown_val = e.value(exact=False)
        exact_val = e.value(exact=True)
        if max(abs(shown_val), abs(exact_val)) > MAX_MAGNITUDE:
            raise OverflowError("a value exceeds what a worked example can print")
        if policy.carry == "round":
            return show(shown_val, policy, exact=exact_val)
        n = show(exact_val, policy, exact=exact_val)
        from_shown = show(shown_val, policy)
        if from_shown.value != n.value:
            n = replace(n, consistent=False)
        return n

    def chain(self, key: Key | None, name: str, formula: str | None, exprs: list[E.Expr], result: Num | None = None) -> Chain:
        """Build a chain; ``result`` defaults to the rounded value of the last form."""
        forms: list[Form] = []
        if formula:
            forms.append(Form(formula, formula, "=", numeric=False))
        seen: set[int] = set()
        for e in exprs:
            lits = _lits(e)
            fresh = [n for n in lits if id(n) not in seen]
            rel = "=" if all(n.consistent for n in fresh) else "approx"
            seen.update(id(n) for n in lits)
            forms.append(Form(e.latex(), e.plain(), rel, expr=e))
        if result is None:
            result = self.num(exprs[-1])
        rel = "=" if result.consistent else "approx"
        return Chain(key, name, tuple(forms), result, rel)


def _lits(e: E.Expr) -> list[Num]:
    out: list[Num] = []
    _walk_lits(e, out)
    return out


def _walk_lits(n: object, out: list[Num]) -> None:
    # Module-level (a closure that calls itself is a reference cycle: garbage only the cyclic collector frees).
    if isinstance(n, E.Lit):
        out.append(n.num)
        return
    for v in vars(n).values() if hasattr(n, "__dict__") else ():
        if isinstance(v, E.Expr):
            _walk_lits(v, out)
        elif isinstance(v, tuple):
            for x in v:
                if isinstance(x, E.Expr):
                    _walk_lits(x, out)


L_ = E.lit


@dataclass
class NeuronForward:
    """Forward pass of one neuron: net input, activation, and the activation's sub-steps."""

    layer: int
    index: int
    products: list[Chain]
    z: Chain
    a: Chain
    exp: Chain | None = None  # e^{-z} (sigmoid) or e^{z} (softmax)
    den: Chain | None = None  # 1 + e^{-z} (sigmoid)
    layer_sum: Chain | None = None  # softmax: sum_k e^{z_k}, shared by the layer's neurons
    stable: bool = False  # sigmoid written e^z / (1 + e^z) because e^{-z} would be astronomically large
    shift: str | None = None  # softmax: the largest net input, subtracted before exponentiating (same probabilities)


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
            continue
        for nf in layer:
            out.extend(nf.products)
            out.append(nf.z)
            out.extend(c for c in (nf.exp, nf.den) if c)
            out.append(nf.a)
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


def _kink_prime(spec: Spec, z: Num) -> bool:
    """True when a (leaky) ReLU takes its right-hand derivative at the printed z."""
    return z.value > 0 or (z.value == 0 and spec.relu_prime_at_zero == 1)


def _forward(
    calc: Calc,
    nt: Notation,
    spec: Spec,
    step: int,
    W: list[list[list[Num]]],
    B: list[list[Num]] | None,
    xs: list[Num],
    e: int = 0,
) -> tuple[list[list[NeuronForward]], list[list[Num]]]:
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
            _softmax_layer(calc, nt, step, l, e, layer)
        else:
            for nf in layer:
                _activate(calc, nt, spec, step, l, e, act, nf)
        out.append(layer)
        acts.append([nf.a.result for nf in layer])
    return out, acts


def _activate(calc: Calc, nt: Notation, spec: Spec, step: int, l: int, e: int, act: str, nf: NeuronForward) -> None:
    """The element-wise activation of one neuron, with a sigmoid's inner steps."""
    j = nf.index
    zl = L_(nf.z.result)
    a_exact = None
    if act == "sigmoid" and nf.z.result.value < -STABLE_SIGMOID_BELOW:
        # e^{-z} would be astronomically large (e^{800} ~ 10^{347}); the equal form e^z / (1 + e^z) stays in (0, 1)
        ep = calc.num(E.Exp(zl), guard=True)
        nf.exp = calc.chain(None, f"e^{{{nt.z(l, j)}}}", None, [E.Exp(zl)], ep)
        dn = calc.num(E.Sum((L_(1), L_(ep))), guard=True)
        nf.den = calc.chain(None, f"1 + e^{{{nt.z(l, j)}}}", None, [E.Sum((L_(1), L_(ep)))], dn)
        nf.stable = True
        exprs_a = [
            E.Func("sigmoid", zl),
            E.Frac(E.Exp(zl), E.Sum((L_(1), E.Exp(zl)))),
            E.Frac(L_(ep), E.Sum((L_(1), L_(ep)))),
            E.Frac(L_(ep), L_(dn)),
        ]
        formula_a = rf"\sigma\left({nt.z(l, j)}\right)"
    elif act == "sigmoid":
        en = calc.num(E.ExpNeg(zl), guard=True)
        nf.exp = calc.chain(None, f"e^{{-{nt.z(l, j)}}}", None, [E.ExpNeg(zl)], en)
        dn = calc.num(E.Sum((L_(1), L_(en))), guard=True)
        nf.den = calc.chain(None, f"1 + e^{{-{nt.z(l, j)}}}", None, [E.Sum((L_(1), L_(en)))], dn)
        exprs_a: list[E.Expr] = [
            E.Func("sigmoid", zl),
            E.Frac(L_(1), E.Sum((L_(1), E.ExpNeg(zl)))),
            E.Frac(L_(1), E.Sum((L_(1), L_(en)))),
            E.Frac(L_(1), L_(dn)),
        ]
        formula_a = rf"\sigma\left({nt.z(l, j)}\right)"
    elif act == "linear":
        exprs_a = []
        formula_a = nt.z(l, j)
        a_exact = nf.z.result
    elif act == "leaky_relu":
        exprs_a = [E.LeakyReLU(L_(given(spec.leaky_slope, spec.leaky_slope_text)), zl)]
        formula_a = rf"\operatorname{{LReLU}}\left({nt.z(l, j)}\right)"
    else:
        exprs_a = [E.Func(act, zl)]
        name = r"\tanh" if act == "tanh" else r"\operatorname{ReLU}"
        formula_a = rf"{name}\left({nt.z(l, j)}\right)"
    nf.a = calc.chain((step, "a", l, j, e), nt.a(l, j), formula_a, exprs_a, a_exact)


def _softmax_layer(calc: Calc, nt: Notation, step: int, l: int, e: int, layer: list[NeuronForward]) -> None:
    """a_j = e^{z_j} / sum_k e^{z_k}: each exponential, their sum, each quotient.

    The exponentials and the sum keep two guard digits (like a sigmoid's inner steps), so
    each probability is rounded once from nearly exact inner values.
    """
    top = max(layer, key=lambda nf: nf.z.result.value)
    shift = top.z.result.value > STABLE_SIGMOID_BELOW  # e^{z} would pass 10^13: subtract the largest z first
    for nf in layer:
        zl = L_(nf.z.result)
        z_name = nt.z(l, nf.index)
        if shift:
            nf.shift = nt.z(l, top.index)
            arg: E.Expr = E.Diff(zl, L_(top.z.result))
            nf.exp = calc.chain(None, f"e^{{{z_name} - {nf.shift}}}", None, [E.Exp(arg)], calc.num(E.Exp(arg), guard=True))
        else:
            nf.exp = calc.chain(None, f"e^{{{z_name}}}", None, [E.Exp(zl)], calc.num(E.Exp(zl), guard=True))
    exps = [nf.exp.result for nf in layer if nf.exp]
    total_e = E.Sum(tuple(L_(x) for x in exps))
    formula_sum = " + ".join(nf.exp.name for nf in layer if nf.exp)
    sum_name = rf"\sum_k e^{{z_k - {top.shift}}}" if shift else r"\sum_k e^{z_k}"
    total = calc.chain(None, sum_name, formula_sum, [total_e], calc.num(total_e, guard=True))
    for nf in layer:
        nf.layer_sum = total
        j = nf.index
        formula_a = rf"\frac{{{nf.exp.name if nf.exp else ''}}}{{{formula_sum}}}"
        nf.a = calc.chain((step, "a", l, j, e), nt.a(l, j), formula_a, [E.Frac(L_(exps[j]), L_(total.result))])


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
        text = _text(p.quantize(Decimal(1).scaleb(-places)))
        consistent = True
        out.append(Num(p, pe, text, 0, Decimal(0), given=False, consistent=consistent))
    return out


def _log_part(calc: Calc, nt: Notation, spec: Spec, key: Key, k: int, y: Num, t: Num) -> Chain:
    """-t ln y (cross-entropy) or -(t ln y + (1 - t) ln(1 - y)) (bce), with each logarithm shown.

    A term whose target factor is 0 vanishes and is not evaluated (0 ln 0 is 0 by the limit).
    """
    yk, tk = nt.a(spec.depth, k), nt.t(k)
    name = nt.loss_part(k)
    # the factor 1 - t is written out, so the target printed in the loss table appears in the row's calculation
    one_minus_t: E.Expr = E.Diff(L_(1), L_(t))
    if spec.loss == "cross_entropy":
        formula = rf"-{tk} \ln {yk}"
        if t.value == 0:  # 0 ln y = 0; shown with the prediction so the row keeps its operands
            return calc.chain(key, name, formula, [E.Neg(E.Prod((L_(t), E.Ln(L_(y)))))], exact_num(0))
        terms: list[tuple[E.Expr, Num, bool]] = [(L_(t), y, False)]
    else:
        formula = rf"-\left({tk} \ln {yk} + \left(1 - {tk}\right) \ln\left(1 - {yk}\right)\right)"
        terms = [(f, yy, inv) for f, yy, inv in ((L_(t), y, False), (one_minus_t, y, True)) if f.value() != 0]
    logs: list[tuple[E.Expr, E.Expr, Num]] = []
    for f, yy, inv in terms:
        arg: E.Expr = E.Diff(L_(1), L_(yy)) if inv else L_(yy)
        if arg.value() <= 0:
            raise SpecError(
                f"{spec.source}: {yk} prints as {yy.plain} under the rounding policy, so ln(1 - {yy.plain}) = ln 0 in the "
                f"loss cannot be computed from the printed value; show more digits (presentation.rounding.digits) "
                "or use smaller weights (nnwalk does not clip probabilities)."
            )
        logs.append((f, E.Ln(arg), calc.num(E.Ln(arg))))
    forms: list[Form] = [Form(formula, formula, numeric=False)]
    if len(logs) == 1:
        f, ln_e, ln_v = logs[0]
        exprs: list[E.Expr] = [E.Neg(E.Prod((f, ln_e))), E.Neg(E.Prod((f, L_(ln_v))))]
        if spec.loss == "bce":
            short = rf"-{tk} \ln {yk}" if f is not one_minus_t else rf"-\left(1 - {tk}\right) \ln\left(1 - {yk}\right)"
            forms.append(Form(short, short, numeric=False))
    else:
        prods = [E.Prod((f, L_(ln_v))) for f, _, ln_v in logs]
        exprs = [
            E.Neg(E.Sum(tuple(E.Prod((f, ln_e)) for f, ln_e, _ in logs))),
            E.Neg(E.Sum(tuple(prods))),
            E.Neg(E.Sum(tuple(L_(calc.num(p)) for p in prods))),
        ]
    chain = calc.chain(key, name, None, exprs)
    return Chain(key, name, tuple(forms) + chain.forms, chain.result, chain.rel)


def _loss(
    calc: Calc, nt: Notation, spec: Spec, step: int, ys: list[Num], ts: list[Num], e: int = 0, alone: bool = True
) -> tuple[list[Chain], Chain]:
    n = len(ys)
    kind = "sse" if spec.loss == "mse" and n == 1 else spec.loss  # the mean over one output is the square
    parts = []
    for k, (y, t) in enumerate(zip(ys, ts)):
        key = (step, "loss_part", k, e)
        if kind in ("cross_entropy", "bce"):
            parts.append(_log_part(calc, nt, spec, key, k, y, t))
            continue
        diff = E.Diff(L_(t), L_(y))
        d = calc.num(diff)
        sq_e = E.Square(L_(d))
        sq = calc.num(sq_e)
        if kind == "half_sse":
            formula = rf"\frac{{1}}{{2}}\left({nt.t(k)} - {nt.a(spec.depth, k)}\right)^2"
            half = E.Frac(L_(1), L_(2))
            exprs: list[E.Expr] = [E.Prod((half, E.Square(diff))), E.Prod((half, sq_e)), E.Prod((half, L_(sq)))]
        elif kind == "sse":
            formula = rf"\left({nt.t(k)} - {nt.a(spec.depth, k)}\right)^2"
            exprs = [E.Square(diff), sq_e]
        else:
            formula = rf"\frac{{1}}{{{n}}}\left({nt.t(k)} - {nt.a(spec.depth, k)}\right)^2"
            exprs = [E.Frac(E.Square(diff), L_(n)), E.Frac(sq_e, L_(n)), E.Frac(L_(sq), L_(n))]
        parts.append(calc.chain(key, nt.loss_part(k), formula, exprs))
    total_formula = " + ".join(nt.loss_part(k) for k in range(n))
    key_l: Key = (step, "loss") if alone else (step, "loss_ex", e)
    if n == 1:
        total = calc.chain(key_l, nt.loss, total_formula, [], parts[0].result)
    else:
        total = calc.chain(key_l, nt.loss, total_formula, [E.Sum(tuple(L_(p.result) for p in parts))])
    return parts, total


def _fprime(calc: Calc, nt: Notation, spec: Spec, act: str, step: int, l: int, j: int, a: Num, z: Num, e: int = 0) -> Chain:
    name = nt.partial(nt.a(l, j), nt.z(l, j))
    key = (step, "fprime", l, j, e)
    if act == "sigmoid":
        one_minus = calc.num(E.Diff(L_(1), L_(a)))
        return calc.chain(
            key,
            name,
            rf"{nt.a(l, j)}\left(1 - {nt.a(l, j)}\right)",
            [E.Prod((L_(a), E.Diff(L_(1), L_(a)))), E.Prod((L_(a), L_(one_minus)))],
        )
    if act == "tanh":
        sq = calc.num(E.Square(L_(a)))
        return calc.chain(key, name, f"1 - {{{nt.a(l, j)}}}^2", [E.Diff(L_(1), E.Square(L_(a))), E.Diff(L_(1), L_(sq))])
    if act in ("relu", "leaky_relu"):
        right = _kink_prime(spec, z)
        if right:
            value: Num = exact_num(1)
        else:
            value = given(spec.leaky_slope, spec.leaky_slope_text) if act == "leaky_relu" else exact_num(0)
        if spec.relu_prime_at_zero == 1:
            cond = r"\ge" if right else "<"
        else:
            cond = ">" if right else r"\le"
        return Chain(
            key, name, (Form(rf"{value.latex} \quad \text{{since }} {nt.z(l, j)} {cond} 0", "", "=", numeric=False),), value
        )
    return Chain(key, name, (), exact_num(1))


def _dloss(calc: Calc, nt: Notation, spec: Spec, step: int, k: int, y: Num, t: Num, e: int = 0) -> Chain:
    """dL/dy of one output; the ``neuron`` preset prints its negative, target first (T - O)."""
    name = nt.dloss_da(spec.depth, k)
    key = (step, nt.kind("dlda"), spec.depth, k, e)
    yk, tk = nt.a(spec.depth, k), nt.t(k)
    if nt.sign < 0:
        y, t, yk, tk = t, y, tk, yk
    d = E.Diff(L_(y), L_(t))
    if spec.loss == "half_sse":
        return calc.chain(key, name, f"{yk} - {tk}", [d])
    if spec.loss == "sse" or (spec.loss == "mse" and spec.layers[-1] == 1):  # mse over one output is sse
        return calc.chain(key, name, rf"2\left({yk} - {tk}\right)", [E.Prod((L_(2), d))])
    n = spec.layers[-1]
    return calc.chain(key, name, rf"\frac{{2}}{{{n}}}\left({yk} - {tk}\right)", [E.Frac(E.Prod((L_(2), d)), L_(n))])


def _delta_chain(
    calc: Calc, nt: Notation, spec: Spec, act: str, step: int, l: int, j: int, e: int, dlda: Chain, fp: Chain
) -> Chain:
    """delta = dL/da * f'(z); the ``neuron`` preset writes Err_j = O_j(1 - O_j)(T_j - O_j) (slope first, target first)."""
    key = (step, nt.kind("delta"), l, j, e)
    if nt.sign > 0:
        formula = rf"{nt.dloss_da(l, j)} \cdot {nt.partial(nt.a(l, j), nt.z(l, j))}"
        return calc.chain(key, nt.delta(l, j), formula, [E.Prod((L_(dlda.result), L_(fp.result)))])
    o = nt.a(l, j)
    slope = rf"{o}\left(1 - {o}\right)" if act == "sigmoid" else nt.partial(o, nt.z(l, j))
    if l == spec.depth:
        rest = rf"\left({nt.t(j)} - {o}\right)" if spec.loss == "half_sse" else rf"\left({dlda.name}\right)"
    else:
        nxt = spec.layers[l + 1]
        rest = rf"\left({' + '.join(f'{nt.delta(l + 1, k)} {nt.w(l + 1, k, j)}' for k in range(nxt))}\right)"
    return calc.chain(key, nt.delta(l, j), f"{slope} {rest}", [E.Prod((L_(fp.result), L_(dlda.result)))])


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
            a = acts[l][j]
            z = fwd[l - 1][j].z.result
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
                    dlda = _dloss(calc, nt, spec, step, j, a, ts[j], e)
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
                    dlda = calc.chain((step, nt.kind("dlda"), l, j, e), nt.dloss_da(l, j), formula, exprs_d)
                fp = _fprime(calc, nt, spec, act, step, l, j, a, z, e)
                delta = _delta_chain(calc, nt, spec, act, step, l, j, e, dlda, fp)
            gw = [
                calc.chain(
                    (step, nt.kind("gw"), l, j, i) if alone else (step, nt.kind("gw_ex"), l, j, i, e),
                    nt.gname(nt.w(l, j, i)),
                    f"{nt.delta(l, j)} {nt.a(l - 1, i)}",
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
        ch, new = _update(calc, nt, step, ("w", l, j, i), nt.w(l, j, i), W[l - 1][j][i], g.result, lr)
        nb.change_w.append(ch)
        nb.new_w.append(new)
    if B is not None and nb.grad_b is not None and spec.update_biases:
        nb.change_b, nb.new_b = _update(calc, nt, step, ("b", l, j), nt.b(l, j), B[l - 1][j], nb.grad_b.result, lr)


def _mean_chain(calc: Calc, key: Key, name: str, names: list[str], values: list[Num]) -> Chain:
    """name = (1/m)(q^[1] + ... + q^[m]) = (v1 + ... + vm)/m = s/m = result."""
    m = len(values)
    formula = rf"\frac{{1}}{{{m}}}\left({' + '.join(names)}\right)"
    total = E.Sum(tuple(L_(v) for v in values))
    return calc.chain(key, name, formula, [E.Frac(total, L_(m)), E.Frac(L_(calc.num(total)), L_(m))])


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
                _mean_chain(
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
                gb = _mean_chain(
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


def _update(calc: Calc, nt: Notation, step: int, what: tuple, name: str, old: Num, g: Num, lr: Num) -> tuple[Chain, Chain]:
    """The change and the new value; the ``neuron`` preset adds Delta = eta Err O (its g is -dE/dw)."""
    change_e = E.Prod((L_(lr), L_(g)))
    change = calc.chain((step, nt.kind("change"), *what), nt.change(name), None, [change_e])
    op = E.Diff if nt.sign > 0 else (lambda x, y: E.Sum((x, y)))
    new = calc.chain(
        (step, "new", *what),
        nt.new(name),
        nt.update_formula(name),
        [op(L_(old), change_e), op(L_(old), L_(change.result))],
    )
    return change, new


def _full_chains(calc: Calc, spec: Spec, st: StepTrace) -> None:
    """The first weight of the output layer, and of the first hidden layer, through the whole chain (first example)."""
    ex = st.examples[0]
    nt = ex.notation
    assert ex.backward is not None
    back = ex.backward
    acts = [ex.inputs] + [[nf.a.result for nf in layer] for layer in ex.forward]
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
        paths = " + ".join(rf"{nt.dz(Lw, k)} {nt.partial(nt.z(Lw, k), nt.a(l, 0))}" for k in range(len(nxt)))
        formula = (
            rf"\left({paths}\right) \cdot {nt.partial(nt.a(l, 0), nt.z(l, 0))} \cdot {nt.partial(nt.z(l, 0), nt.w(l, 0, 0))}"
        )
        s = E.Sum(tuple(E.Prod((L_(b.delta.result), L_(W[Lw - 1][k][0]))) for k, b in enumerate(nxt) if b.delta))
        x0 = acts[l - 1][0]
        f1 = E.Prod((E.Prod((s, L_(hb.fprime.result))), L_(x0)))
        f2 = E.Prod((E.Prod((L_(hb.dlda.result), L_(hb.fprime.result))), L_(x0)))
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
    fwd, acts = _forward(calc, nte, spec, step, W, B, xs, pos)
    parts, loss = _loss(calc, nte, spec, step, acts[-1], ts, pos, alone)
    ex = ExampleTrace(pos, number, nte, xs, ts, fwd, parts, loss)
    if backward:
        ex.backward = _backward(calc, nte, spec, step, W, B, fwd, acts, ts, lr if alone else None, pos, alone)
    return ex


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
    for s, who in enumerate(_schedule(spec, lr is not None)):
        alone = len(who) == 1
        exs = [_example(calc, nt, spec, s, W, B, data, e, pos, alone, lr) for pos, e in enumerate(who)]
        if alone:
            loss, back = exs[0].loss, exs[0].backward or []
        else:
            loss = _mean_chain(calc, (s, "loss"), nt.loss, [ex.notation.loss for ex in exs], [ex.loss.result for ex in exs])
            back = _average(calc, nt, spec, s, exs, W, B, lr)
        st = StepTrace(s, W, B, exs, loss, back)
        _full_chains(calc, spec, st)
        steps.append(st)
        if lr is not None:
            W = [
                [[back[l][j].new_w[i].result for i in range(spec.layers[l])] for j in range(spec.layers[l + 1])]
                for l in range(spec.depth)
            ]
            if B is not None and spec.update_biases:
                B = [[back[l][j].new_b.result for j in range(spec.layers[l + 1])] for l in range(spec.depth)]  # type: ignore[union-attr]
    tr = Trace(spec, nt, policy, data[0][0], data[0][1], lr, steps, data)
    if lr is not None:
        n = len(steps)
        alone = spec.m == 1
        tr.final_examples = [_example(calc, nt, spec, n, W, B, data, e, e, alone, None, backward=False) for e in range(spec.m)]
        if alone:
            tr.final_loss = tr.final_examples[0].loss
        else:
            exs = tr.final_examples
            tr.final_loss = _mean_chain(
                calc, (n, "loss"), nt.loss, [ex.notation.loss for ex in exs], [ex.loss.result for ex in exs]
            )
    return tr
