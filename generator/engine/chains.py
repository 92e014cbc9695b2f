"""One printed equation (a :class:`Chain`) and the builders of the chains one neuron needs.

A chain is name = formula = substituted form = ... = result, its numbers rounded by
:mod:`generator.numfmt` under one policy (:class:`Calc`). The builders here (activation,
loss, f', dL/da, delta, mean over a batch, the update) are shared by the per-neuron
walkthrough (:mod:`.trace`) and the matrix form (:mod:`.matrixform`), which is why they live
below both instead of in either.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from ..errors import SpecError
from ..numfmt import Num, RoundingPolicy, exact_num, given, show
from ..spec.load import Spec
from . import expr as E
from .notation import Notation

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
    drop: Chain | None = None  # inverted dropout (training passes): a~ = a m / (1 - p)
    keep: tuple[Num, Num] | None = None  # (mask m, rate p) of this neuron in this pass, when its layer has dropout

    @property
    def out(self) -> Num:
        """What the neuron passes to the next layer: its activation, or the dropped-out one."""
        return self.drop.result if self.drop is not None else self.a.result


def keep_factor(keep: tuple[Num, Num]) -> E.Expr:
    """m / (1 - p): the factor inverted dropout multiplies a kept (m = 1) or dropped (m = 0) activation by."""
    return E.Frac(L_(keep[0]), E.Diff(L_(1), L_(keep[1])))


def drop_chain(calc: Calc, nt: Notation, step: int, l: int, e: int, nf: NeuronForward, keep: tuple[Num, Num]) -> None:
    """a~ = a m / (1 - p) for one hidden neuron of a training pass."""
    nf.keep = keep
    j = nf.index
    formula = rf"{nt.a(l, j)} \cdot \frac{{{nt.mask(l, j)}}}{{1 - {nt.rate(l)}}}"
    nf.drop = calc.chain((step, "drop", l, j, e), nt.dropped(l, j), formula, [E.Prod((L_(nf.a.result), keep_factor(keep)))])


def _kink_prime(spec: Spec, z: Num) -> bool:
    """True when a (leaky) ReLU takes its right-hand derivative at the printed z."""
    return z.value > 0 or (z.value == 0 and spec.relu_prime_at_zero == 1)


def activate(calc: Calc, nt: Notation, spec: Spec, step: int, l: int, e: int, act: str, nf: NeuronForward) -> None:
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


def softmax_layer(calc: Calc, nt: Notation, step: int, l: int, e: int, layer: list[NeuronForward]) -> None:
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


def loss_chain(
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


def fprime_chain(calc: Calc, nt: Notation, spec: Spec, act: str, step: int, l: int, j: int, a: Num, z: Num, e: int = 0) -> Chain:
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


def dloss_chain(calc: Calc, nt: Notation, spec: Spec, step: int, k: int, y: Num, t: Num, e: int = 0) -> Chain:
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


def delta_chain(
    calc: Calc,
    nt: Notation,
    spec: Spec,
    act: str,
    step: int,
    l: int,
    j: int,
    e: int,
    dlda: Chain,
    fp: Chain,
    keep: tuple[Num, Num] | None = None,
) -> Chain:
    """delta = dL/da * f'(z); the ``neuron`` preset writes Err_j = O_j(1 - O_j)(T_j - O_j) (slope first, target first).

    With dropout (``keep`` = (m, p)) the loss reaches a only through a~ = a m / (1 - p), so
    delta = dL/da~ * m / (1 - p) * f'(z), and a dropped neuron's delta is 0.
    """
    key = (step, nt.kind("delta"), l, j, e)
    factor = rf" \cdot \frac{{{nt.mask(l, j)}}}{{1 - {nt.rate(l)}}}" if keep else ""
    if nt.sign > 0:
        formula = rf"{dlda.name}{factor} \cdot {nt.partial(nt.a(l, j), nt.z(l, j))}"
        if keep:
            return calc.chain(key, nt.delta(l, j), formula, [E.Prod((L_(dlda.result), keep_factor(keep), L_(fp.result)))])
        return calc.chain(key, nt.delta(l, j), formula, [E.Prod((L_(dlda.result), L_(fp.result)))])
    o = nt.a(l, j)
    slope = rf"{o}\left(1 - {o}\right)" if act == "sigmoid" else nt.partial(o, nt.z(l, j))
    if l == spec.depth:
        rest = rf"\left({nt.t(j)} - {o}\right)" if spec.loss == "half_sse" else rf"\left({dlda.name}\right)"
    else:
        nxt = spec.layers[l + 1]
        rest = rf"\left({' + '.join(f'{nt.delta(l + 1, k)} {nt.w(l + 1, k, j)}' for k in range(nxt))}\right)"
    if keep:
        return calc.chain(
            key, nt.delta(l, j), f"{slope}{factor} {rest}", [E.Prod((L_(fp.result), keep_factor(keep), L_(dlda.result)))]
        )
    return calc.chain(key, nt.delta(l, j), f"{slope} {rest}", [E.Prod((L_(fp.result), L_(dlda.result)))])


def mean_chain(calc: Calc, key: Key, name: str, names: list[str], values: list[Num]) -> Chain:
    """name = (1/m)(q^[1] + ... + q^[m]) = (v1 + ... + vm)/m = s/m = result."""
    m = len(values)
    formula = rf"\frac{{1}}{{{m}}}\left({' + '.join(names)}\right)"
    total = E.Sum(tuple(L_(v) for v in values))
    return calc.chain(key, name, formula, [E.Frac(total, L_(m)), E.Frac(L_(calc.num(total)), L_(m))])


def update_chains(calc: Calc, nt: Notation, step: int, what: tuple, name: str, old: Num, g: Num, lr: Num) -> tuple[Chain, Chain]:
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


def chain_latex(c: Chain) -> str:
    """``name = formula = substituted = result`` as one LaTeX line (the chain the key prints)."""
    out = c.name
    for f in c.forms:
        out += (r" \approx " if f.rel == "approx" else " = ") + f.latex
    if not c.forms or c.forms[-1].latex != c.result.latex:
        out += (r" \approx " if c.rel == "approx" else " = ") + c.result.latex
    return out
