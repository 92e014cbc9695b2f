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

from . import expr as E
from .notation import Notation, make_notation
from .numfmt import Num, RoundingPolicy, _text, exact_num, given, show
from .spec import Spec

Key = tuple
#: Extra digits shown for the inner steps of a function evaluation (see Calc.num).
GUARD_DIGITS = 2
#: Beyond this a diverging network is refused (api turns it into a "too large" SpecError).
MAX_MAGNITUDE = Decimal("1e15")


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

    def walk(n: object) -> None:
        if isinstance(n, E.Lit):
            out.append(n.num)
            return
        for v in vars(n).values() if hasattr(n, "__dict__") else ():
            if isinstance(v, E.Expr):
                walk(v)
            elif isinstance(v, tuple):
                for x in v:
                    if isinstance(x, E.Expr):
                        walk(x)

    walk(e)
    return out


L_ = E.lit


@dataclass
class NeuronForward:
    """Forward pass of one neuron: net input, activation, and the sigmoid's sub-steps."""

    layer: int
    index: int
    products: list[Chain]
    z: Chain
    a: Chain
    exp: Chain | None = None  # e^{-z}
    den: Chain | None = None  # 1 + e^{-z}


@dataclass
class NeuronBackward:
    """Backward pass of one neuron: dL/da (with its paths), f'(z), delta, gradients, updates."""

    layer: int
    index: int
    dlda: Chain
    paths: list[Chain]
    fprime: Chain
    delta: Chain
    grad_w: list[Chain]
    grad_b: Chain | None
    new_w: list[Chain] = field(default_factory=list)
    change_w: list[Chain] = field(default_factory=list)
    new_b: Chain | None = None
    change_b: Chain | None = None


@dataclass
class StepTrace:
    """One training step (one example)."""

    index: int
    weights: list[list[list[Num]]]  # [l][j][i], l = 0..L-1 for W^(l+1)
    biases: list[list[Num]] | None
    forward: list[list[NeuronForward]]  # [l-1][j]
    loss_parts: list[Chain]
    loss: Chain
    backward: list[list[NeuronBackward]]  # [l-1][j]
    full_output: Chain | None = None  # first output weight through the whole chain
    full_hidden: Chain | None = None  # first weight of the first hidden layer through all paths


@dataclass
class Trace:
    """The whole walkthrough before it meets a format."""

    spec: Spec
    notation: Notation
    policy: RoundingPolicy
    inputs: list[Num]
    targets: list[Num]
    lr: Num | None
    steps: list[StepTrace]
    final_forward: list[list[NeuronForward]] | None = None
    final_loss: Chain | None = None
    final_loss_parts: list[Chain] = field(default_factory=list)

    def chains(self) -> list[Chain]:
        """Every chain in document order (for verification and the appendix)."""
        out: list[Chain] = []
        for st in self.steps:
            for layer in st.forward:
                for nf in layer:
                    out.extend(nf.products)
                    out.append(nf.z)
                    out.extend(c for c in (nf.exp, nf.den) if c)
                    out.append(nf.a)
            out.extend(st.loss_parts)
            out.append(st.loss)
            for layer in reversed(st.backward):
                for nb in layer:
                    out.extend(nb.paths)
                    out.extend([nb.dlda, nb.fprime, nb.delta, *nb.grad_w])
                    out.extend(c for c in (nb.grad_b,) if c)
                    out.extend(nb.change_w + nb.new_w)
                    out.extend(c for c in (nb.change_b, nb.new_b) if c)
            # the worked full chains repeat results computed above; checked after their operands
            out.extend(c for c in (st.full_output, st.full_hidden) if c)
        if self.final_forward:
            for layer in self.final_forward:
                for nf in layer:
                    out.extend([nf.z, nf.a])
        out.extend(self.final_loss_parts)
        if self.final_loss:
            out.append(self.final_loss)
        return out


def _forward(
    calc: Calc, nt: Notation, spec: Spec, step: int, W: list[list[list[Num]]], B: list[list[Num]] | None, xs: list[Num]
) -> tuple[list[list[NeuronForward]], list[list[Num]]]:
    acts: list[list[Num]] = [xs]
    out: list[list[NeuronForward]] = []
    for l in range(1, spec.depth + 1):
        prev = acts[-1]
        layer: list[NeuronForward] = []
        vals: list[Num] = []
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
            z = calc.chain((step, "z", l, j), nt.z(l, j), formula, exprs)
            zl = L_(z.result)
            act = spec.activations[l - 1]
            nf = NeuronForward(l, j, products, z, z)  # a filled below
            if act == "sigmoid":
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
            else:
                exprs_a = [E.Func(act, zl)]
                name = r"\tanh" if act == "tanh" else r"\operatorname{ReLU}"
                formula_a = rf"{name}\left({nt.z(l, j)}\right)"
            a_exact = None
            if act == "linear":
                a_exact = z.result
            nf.a = calc.chain((step, "a", l, j), nt.a(l, j), formula_a, exprs_a, a_exact)
            layer.append(nf)
            vals.append(nf.a.result)
        out.append(layer)
        acts.append(vals)
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
        text = _text(p.quantize(Decimal(1).scaleb(-places)))
        consistent = True
        out.append(Num(p, pe, text, 0, Decimal(0), given=False, consistent=consistent))
    return out


def _loss(calc: Calc, nt: Notation, spec: Spec, step: int, ys: list[Num], ts: list[Num]) -> tuple[list[Chain], Chain]:
    n = len(ys)
    kind = "sse" if spec.loss == "mse" and n == 1 else spec.loss  # the mean over one output is the square
    parts = []
    for k, (y, t) in enumerate(zip(ys, ts)):
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
        parts.append(calc.chain((step, "loss_part", k), nt.loss_part(k), formula, exprs))
    total_formula = " + ".join(nt.loss_part(k) for k in range(n))
    if n == 1:
        total = calc.chain((step, "loss"), nt.loss, total_formula, [], parts[0].result)
    else:
        total = calc.chain((step, "loss"), nt.loss, total_formula, [E.Sum(tuple(L_(p.result) for p in parts))])
    return parts, total


def _fprime(calc: Calc, nt: Notation, act: str, step: int, l: int, j: int, a: Num, z: Num) -> Chain:
    name = nt.partial(nt.a(l, j), nt.z(l, j))
    key = (step, "fprime", l, j)
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
    if act == "relu":
        one = 1 if z.value > 0 else 0
        cond = ">" if one else r"\le"
        return Chain(
            key, name, (Form(rf"{one} \quad \text{{since }} {nt.z(l, j)} {cond} 0", "", "=", numeric=False),), exact_num(one)
        )
    return Chain(key, name, (), exact_num(1))


def _dloss(calc: Calc, nt: Notation, spec: Spec, step: int, k: int, y: Num, t: Num) -> Chain:
    name = nt.partial(nt.loss, nt.a(spec.depth, k))
    key = (step, "dlda", spec.depth, k)
    d = E.Diff(L_(y), L_(t))
    yk, tk = nt.a(spec.depth, k), nt.t(k)
    if spec.loss == "half_sse":
        return calc.chain(key, name, f"{yk} - {tk}", [d])
    if spec.loss == "sse" or (spec.loss == "mse" and spec.layers[-1] == 1):  # mse over one output is sse
        return calc.chain(key, name, rf"2\left({yk} - {tk}\right)", [E.Prod((L_(2), d))])
    n = spec.layers[-1]
    return calc.chain(key, name, rf"\frac{{2}}{{{n}}}\left({yk} - {tk}\right)", [E.Frac(E.Prod((L_(2), d)), L_(n))])


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
) -> list[list[NeuronBackward]]:
    Lw = spec.depth
    back: list[list[NeuronBackward]] = [[] for _ in range(Lw)]
    for l in range(Lw, 0, -1):
        act = spec.activations[l - 1]
        for j in range(spec.layers[l]):
            a = acts[l][j]
            z = fwd[l - 1][j].z.result
            paths: list[Chain] = []
            if l == Lw:
                dlda = _dloss(calc, nt, spec, step, j, a, ts[j])
            else:
                nxt = back[l]  # layer l+1
                deltas = [nb.delta.result for nb in nxt]
                ws = [W[l][k][j] for k in range(len(nxt))]
                terms = [E.Prod((L_(d), L_(w))) for d, w in zip(deltas, ws)]
                # Each path's contribution is printed in full when it is a short exact decimal,
                # so the contributions visibly add up to dL/da (rounded once, at the end).
                exact = _exact_products(deltas, ws, calc.policy) if calc.policy.carry == "round" else None
                paths = [
                    calc.chain(
                        (step, "path", l, j, k),
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
                dlda = calc.chain((step, "dlda", l, j), nt.partial(nt.loss, nt.a(l, j)), formula, exprs_d)
            fp = _fprime(calc, nt, act, step, l, j, a, z)
            delta = calc.chain(
                (step, "delta", l, j),
                nt.delta(l, j),
                rf"{nt.partial(nt.loss, nt.a(l, j))} \cdot {nt.partial(nt.a(l, j), nt.z(l, j))}",
                [E.Prod((L_(dlda.result), L_(fp.result)))],
            )
            gw = [
                calc.chain(
                    (step, "gw", l, j, i),
                    nt.grad(nt.w(l, j, i)),
                    f"{nt.delta(l, j)} {nt.a(l - 1, i)}",
                    [E.Prod((L_(delta.result), L_(acts[l - 1][i])))],
                )
                for i in range(spec.layers[l - 1])
            ]
            gb = None
            if B is not None:
                gb = calc.chain((step, "gb", l, j), nt.grad(nt.b(l, j)), nt.delta(l, j), [], delta.result)
            nb = NeuronBackward(l, j, dlda, paths, fp, delta, gw, gb)
            if lr is not None:
                for i, g in enumerate(gw):
                    ch, new = _update(calc, nt, step, ("w", l, j, i), nt.w(l, j, i), W[l - 1][j][i], g.result, lr)
                    nb.change_w.append(ch)
                    nb.new_w.append(new)
                if B is not None and gb is not None and spec.update_biases:
                    nb.change_b, nb.new_b = _update(calc, nt, step, ("b", l, j), nt.b(l, j), B[l - 1][j], gb.result, lr)
            back[l - 1].append(nb)
    return back


def _update(calc: Calc, nt: Notation, step: int, what: tuple, name: str, old: Num, g: Num, lr: Num) -> tuple[Chain, Chain]:
    change_e = E.Prod((L_(lr), L_(g)))
    change = calc.chain((step, "change", *what), rf"{nt.lr} {nt.grad(name)}", None, [change_e])
    new = calc.chain(
        (step, "new", *what),
        nt.new(name),
        rf"{name} - {nt.lr} {nt.grad(name)}",
        [E.Diff(L_(old), change_e), E.Diff(L_(old), L_(change.result))],
    )
    return change, new


def _full_chains(calc: Calc, nt: Notation, spec: Spec, st: StepTrace, acts: list[list[Num]]) -> None:
    """The first weight of the output layer, and of the first hidden layer, through the whole chain."""
    Lw = spec.depth
    nb = st.backward[Lw - 1][0]
    a_prev = acts[Lw - 1][0]
    name = nt.grad(nt.w(Lw, 0, 0))
    formula = " \\cdot ".join(
        [
            nt.partial(nt.loss, nt.a(Lw, 0)),
            nt.partial(nt.a(Lw, 0), nt.z(Lw, 0)),
            nt.partial(nt.z(Lw, 0), nt.w(Lw, 0, 0)),
        ]
    )
    e1 = E.Prod((E.Prod((L_(nb.dlda.result), L_(nb.fprime.result))), L_(a_prev)))
    e2 = E.Prod((L_(nb.delta.result), L_(a_prev)))
    st.full_output = calc.chain((st.index, "gw", Lw, 0, 0), name, formula, [e1, e2], nb.grad_w[0].result)
    if Lw >= 2:
        hb = st.backward[Lw - 2][0]
        l = Lw - 1
        nxt = st.backward[Lw - 1]
        W = st.weights
        paths = " + ".join(rf"{nt.partial(nt.loss, nt.z(Lw, k))} {nt.partial(nt.z(Lw, k), nt.a(l, 0))}" for k in range(len(nxt)))
        formula = (
            rf"\left({paths}\right) \cdot {nt.partial(nt.a(l, 0), nt.z(l, 0))} \cdot {nt.partial(nt.z(l, 0), nt.w(l, 0, 0))}"
        )
        s = E.Sum(tuple(E.Prod((L_(b.delta.result), L_(W[Lw - 1][k][0]))) for k, b in enumerate(nxt)))
        x0 = acts[l - 1][0]
        f1 = E.Prod((E.Prod((s, L_(hb.fprime.result))), L_(x0)))
        f2 = E.Prod((E.Prod((L_(hb.dlda.result), L_(hb.fprime.result))), L_(x0)))
        f3 = E.Prod((L_(hb.delta.result), L_(x0)))
        st.full_hidden = calc.chain((st.index, "gw", l, 0, 0), nt.grad(nt.w(l, 0, 0)), formula, [f1, f2, f3], hb.grad_w[0].result)


def build_trace(spec: Spec) -> Trace:
    """Compute every displayed step of the walkthrough for ``spec``."""
    policy = spec.rounding
    calc = Calc(policy)
    nt = make_notation(spec.notation, spec.layers)
    xs = [given(v, t) for v, t in zip(spec.inputs[0], spec.inputs_text[0])]
    ts = [given(v, t) for v, t in zip(spec.targets[0], spec.targets_text[0])]
    lr = given(spec.learning_rate, spec.learning_rate_text) if spec.learning_rate is not None else None
    W = [
        [[given(v, t) for v, t in zip(row, trow)] for row, trow in zip(Wl, Tl)] for Wl, Tl in zip(spec.weights, spec.weights_text)
    ]
    B = None
    if spec.biases is not None and spec.biases_text is not None:
        B = [[given(v, t) for v, t in zip(bl, tl)] for bl, tl in zip(spec.biases, spec.biases_text)]
    steps: list[StepTrace] = []
    n_steps = spec.steps if lr is not None else 1
    for s in range(n_steps):
        fwd, acts = _forward(calc, nt, spec, s, W, B, xs)
        parts, loss = _loss(calc, nt, spec, s, acts[-1], ts)
        back = _backward(calc, nt, spec, s, W, B, fwd, acts, ts, lr)
        st = StepTrace(s, W, B, fwd, parts, loss, back)
        _full_chains(calc, nt, spec, st, acts)
        steps.append(st)
        if lr is not None:
            W = [
                [[back[l][j].new_w[i].result for i in range(spec.layers[l])] for j in range(spec.layers[l + 1])]
                for l in range(spec.depth)
            ]
            if B is not None and spec.update_biases:
                B = [[back[l][j].new_b.result for j in range(spec.layers[l + 1])] for l in range(spec.depth)]  # type: ignore[union-attr]
    tr = Trace(spec, nt, policy, xs, ts, lr, steps)
    if lr is not None:
        fwd, acts = _forward(calc, nt, spec, n_steps, W, B, xs)
        parts, loss = _loss(calc, nt, spec, n_steps, acts[-1], ts)
        tr.final_forward, tr.final_loss, tr.final_loss_parts = fwd, loss, parts
    return tr
