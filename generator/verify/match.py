"""``verify --spec`` (level 2): the document's named values against the true network.

Level 1 asks "does this line follow from the numbers printed on it?". That misses
the commonest published mistake: a wrong value whose own line is consistent,
because it was computed from a wrong value printed earlier (seed 000 prints
z = 0.19 instead of 0.24, and every later number inherits it). Level 2 recomputes
the network from the spec, reads each ``name = … = value`` of the document (and
``| name | … | value |`` table rows), and then:

* a value within half a unit of its last printed digit of the truth is **ok**;
* a value a few units off, with nothing wrong upstream, is **rounding** (carried rounding);
* a wrong value that equals what a known mistake gives is **conceptual**, with the mistake named;
* a wrong value with a wrong value upstream of it in the network is **propagated**, and its
  ``root_line`` is the line of the first wrong value it inherits from;
* any other wrong value is an **error**, the root of what follows it.

"Upstream" is the network's dependency graph (z ← a of the layer below, W, b; δ ← δ of the
layer above, W, z; ∂L/∂W ← δ, a; new W ← W, ∂L/∂W), not the order of lines, so an
unrelated earlier slip is never blamed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..check.ast import Bin, Matrix, Neg, Node, Num, Sym
from ..check.document import extract_chains
from ..check.extract import Chain, LineMap
from ..check.lexer import tokenize
from ..check.parse import ParseError, make_number, parse_tokens
from ..engine import network, optim
from ..engine.mistakes import CATALOGUE, LAYERWISE, mistaken_runs
from .names import Key, Reader, normalize

#: A value further than this many half-units from the truth (with nothing wrong upstream) is an error.
ROUNDING_HALF_UNITS = 8


@dataclass
class Truth:
    """True values of every scalar quantity, with their alternatives under known mistakes."""

    values: dict[Key, list[float]]  # several candidates: one per example / training step
    mistakes: Any  # Key -> [(value, catalogue id)]: a MistakeValues, or a plain dict in tests
    layers: tuple[int, ...]
    drift: dict[Key, float] = field(default_factory=dict)  # how far round-and-carry at the document's precision moves it


@dataclass
class Item:
    """One printed value of a named quantity."""

    line: int
    name: str
    printed: str
    value: float
    half: float
    readings: list[Key]
    offset: int = 0


@dataclass
class Named:
    """The verdict on one printed named value."""

    line: int
    name: str
    printed: str
    expected: str
    klass: str  # ok | rounding | error | propagated | conceptual
    cause: str
    root_line: int
    key: Key | None = None
    downstream: int = 0
    offset: int = 0
    level1: bool = False  # level 1 already reports this very number as an error
    mistake: str = ""  # for ``conceptual``: the catalogue id of the mistake (generator.engine.mistakes)


@dataclass
class Level2:
    items: list[Named] = field(default_factory=list)

    @property
    def wrong(self) -> list[Named]:
        return [n for n in self.items if n.klass in ("error", "propagated", "conceptual")]


# --------------------------------------------------------------------------- the truth
@dataclass(frozen=True)
class Layout:
    """How a document read without a spec writes its network (``docnet`` says; level 2 reads the page so).

    ``given_lines``: lines whose names are givens, not network values (Mazur's target ``o_1 = 0.01``
    is not the output o_1); ``shared_biases``: one bias per layer, shared by its neurons, so its
    gradient is the sum of the layer's δ; ``inputs_major``: the layers whose weight matrices (and so
    their gradients and new values) are printed inputs × outputs, as in ``z = xW``.
    """

    given_lines: frozenset[int] = frozenset()
    shared_biases: bool = False
    inputs_major: frozenset[int] = frozenset()
    #: w_n → ("w", l, j, i) where the page says which weight is which (``w2 = 0.20 (x1 → h2)``); else row by row
    numbering: tuple[tuple[int, Key], ...] = ()
    #: names whose quantity the page's substituted formulas define (``w_{1,2}`` is x_1 → a_2 where ``a_2 = w_{1,2} x_1 + …``)
    names: tuple[tuple[str, Key], ...] = ()
    #: the fewest decimals the page computes with (its intermediate results), where that is coarser than its named
    #: values: a hand-worked page that carries σ′ = 0.242 while printing δ to five decimals drifts at three
    coarse_decimals: int | None = None


def _add(d: dict, key: Key, v: float) -> None:
    lst = d.setdefault(key, [])
    if not any(abs(v - u) <= 1e-15 * max(1.0, abs(u)) for u in lst):
        lst.append(float(v))


def truth_of(spec) -> Truth:  # noqa: ANN001 - a validated generator.spec.load.Spec
    """Every scalar value a walkthrough of ``spec`` may print, per example and step."""
    runs = network.train_spec(spec)
    values: dict[Key, list[float]] = {}
    layers = spec.layers
    L = len(layers) - 1
    for e in range(spec.inputs.shape[0]):
        for i, v in enumerate(spec.inputs[e]):
            _add(values, ("x", i), v)
        for k, v in enumerate(spec.targets[e]):
            _add(values, ("t", k), v)
    for params, p, new in runs:
        _add(values, ("loss",), p.loss)
        for per_example in p.loss_parts.sum(axis=1):  # a batch's documents also print each example's loss
            _add(values, ("loss",), per_example)
        for l in range(1, L + 1):
            W = params.weights[l - 1]
            for j in range(layers[l]):
                for i in range(layers[l - 1]):
                    _add(values, ("w", l, j, i), W[j, i])
                    _add(values, ("gw", l, j, i), p.grad_w[l - 1][j, i])
                    if new is not None:
                        _add(values, ("new_w", l, j, i), new.weights[l - 1][j, i])
                if params.biases is not None:
                    _add(values, ("b", l, j), params.biases[l - 1][j])
                    if p.grad_b is not None:
                        _add(values, ("gb", l, j), p.grad_b[l - 1][j])
                    if new is not None and new.biases is not None:
                        _add(values, ("new_b", l, j), new.biases[l - 1][j])
                mp = p.z[l - 1].shape[0]  # examples in this pass (1 per step under sgd)
                for e in range(mp):
                    z, a = p.z[l - 1][e, j], p.a[l - 1][e, j]
                    _add(values, ("z", l, j), z)
                    _add(values, ("a", l, j), a)
                    delta = p.deltas[l - 1][e, j] * mp  # per-example δ, as documents print it
                    _add(values, ("delta", l, j), delta)
                    _add_ga(values, spec, params, p, l, j, e, mp)
        if new is not None and new.state is not None:  # an optimizer's state after this update
            for name, arrays in new.state.state.items():
                for key, v in _state_entries(name, new.state.t, arrays, L):
                    _add(values, key, v)
    last = runs[-1][2] if runs else None
    if last is not None:  # "after the update the loss is …": the updated network's forward pass and loss
        after = network.run(last, spec.activations, spec.loss, spec.inputs, spec.targets, network.options_of(spec))
        _add(values, ("loss",), after.loss)
        for per_example in after.loss_parts.sum(axis=1):
            _add(values, ("loss",), per_example)
        for l in range(1, L + 1):
            for j in range(layers[l]):
                for e in range(after.z[l - 1].shape[0]):
                    _add(values, ("z", l, j), after.z[l - 1][e, j])
                    _add(values, ("a", l, j), after.a[l - 1][e, j])
    return Truth(values, MistakeValues.of(spec), tuple(layers))


class MistakeValues:
    """What each catalogued mistake gives for a quantity, looked up when the judge asks (not tabulated).

    Every mistake of :mod:`generator.engine.mistakes` is made everywhere it can be, and each
    layer-wise one also at one layer alone (a page that drops f′ only at the output prints the
    mistake made there from right inputs). Only the first training pass: a later one inherits.
    A network of 25,000 weights would make a table of a million entries; the judge asks for a
    few hundred.
    """

    def __init__(self, runs: list[tuple[str, Any, Any, Any]] | None = None, spec: Any = None) -> None:
        self._runs = runs  # (mistake id, parameters used, pass, parameters after); None: not computed yet
        self._spec = spec

    @classmethod
    def of(cls, spec) -> MistakeValues:  # noqa: ANN001 - a validated Spec
        """The mistakes of ``spec``'s network, computed when first asked (a page with no wrong value never asks)."""
        return cls(None, spec)

    @property
    def runs(self) -> list[tuple[str, Any, Any, Any]]:
        if self._runs is None:
            self._runs = []
            L = len(self._spec.layers) - 1
            for mid in CATALOGUE:
                scopes: list[list[int] | None] = [None]
                if mid in LAYERWISE and L > 1:
                    scopes += [[l] for l in range(1, L + 1)]
                for where in scopes:
                    mr = mistaken_runs(self._spec, mid, where)
                    if mr is not None:
                        self._runs.append((mid, *mr[0]))
        return self._runs

    def get(self, key: Key, default: Any = ()) -> list[tuple[float, str]]:
        out: list[tuple[float, str]] = []
        for mid, params, p, new in self.runs:
            for v in _value_at(key, params, p, new):
                if np.isfinite(v) and not any(abs(v - u) <= 1e-15 * max(1.0, abs(u)) and m == mid for u, m in out):
                    out.append((float(v), mid))
        return out or list(default)

    def __getitem__(self, key: Key) -> list[tuple[float, str]]:
        return self.get(key)


def _value_at(key: Key, params, p, new) -> list[float]:  # noqa: ANN001
    """The values of one quantity in one (mistaken) pass: per example for δ, per row for a bias kept per example."""
    kind, idx = key[0], key[1:]
    try:
        if kind == "delta":
            l, j = idx
            return list(p.deltas[l - 1][:, j] * p.z[0].shape[0])  # per-example δ, as documents print it
        if kind in ("gw", "w", "new_w"):
            l, j, i = idx
            src = p.grad_w if kind == "gw" else (params.weights if kind == "w" else (new.weights if new is not None else None))
            return [] if src is None else [src[l - 1][j, i]]
        if kind in ("gb", "new_b"):
            l, j = idx
            src = p.grad_b if kind == "gb" else (new.biases if new is not None else None)
            return [] if src is None else list(np.atleast_2d(src[l - 1])[:, j])
    except (IndexError, TypeError, ValueError):
        return []
    return []


def _add_ga(values: dict, spec, params, p, l: int, j: int, e: int, mp: int) -> None:  # noqa: ANN001
    """∂L/∂a for one neuron and example: Σ_k w_kj δ_k from the layer above, or at the output the loss's own derivative.

    At a softmax output ∂L/∂a is not one number per neuron that documents print: left out there.
    """
    L = len(spec.layers) - 1
    if l < L:
        W = params.weights[l]  # layer l+1's weights, (n_{l+1}, n_l)
        _add(values, ("ga", l, j), float(sum(W[k, j] * p.deltas[l][e, k] * mp for k in range(spec.layers[l + 1]))))
        return
    a, t = float(p.a[l - 1][e, j]), float(spec.targets[e % spec.targets.shape[0], j]) if mp == spec.targets.shape[0] else None
    if t is None or spec.activations[-1] == "softmax":
        return
    if spec.loss == "half_sse":
        _add(values, ("ga", l, j), a - t)
    elif spec.loss == "sse":
        _add(values, ("ga", l, j), 2 * (a - t))
    elif spec.loss == "bce" and 0 < a < 1:
        _add(values, ("ga", l, j), (a - t) / (a * (1 - a)))


#: How documents write each optimizer state (verify.names reads these symbols): velocity and RMSprop's square
#: average are both v, Adagrad's sum is s, Adam's bias-corrected moments carry a hat.
STATE_SYMBOLS = {"velocity": "v", "v": "v", "sum": "s", "m": "m", "m_hat": "hat_m", "v_hat": "hat_v"}


def _state_entries(name: str, t: int, arrays: list, L: int) -> list[tuple[Key, float]]:
    """(key, value) of every parameter's entry of one optimizer state after update ``t`` (weights, then biases)."""
    out: list[tuple[Key, float]] = []
    sym = STATE_SYMBOLS[name]
    for k, arr in enumerate(arrays):
        a = np.asarray(arr)
        if k < L:
            out.extend((("opt", sym, t, "w", k + 1, j, i), float(a[j, i])) for j in range(a.shape[0]) for i in range(a.shape[1]))
        else:
            out.extend((("opt", sym, t, "b", k - L + 1, j), float(a[j])) for j in range(a.shape[0]))
    return out


def carried_drift(spec, decimals: int) -> dict[Key, float]:  # noqa: ANN001
    """How far each value moves when every step is rounded to ``decimals`` and carried, over all training passes.

    A walkthrough that rounds each intermediate result to 3 decimals and computes on with
    it ends up a few percent off in a small gradient (0.000446 for 0.000439), through no
    mistake. Redoing the whole training that way, at the document's own precision — each
    pass from the rounded weights the previous one printed, an optimizer's state carried
    rounded too — says how far is honest for each value of each step; tolerances scale
    with it instead of with a guess. (Adam at learning rate 0.5 moves a weight by about 0.5
    per step whatever the gradient's size, so rounded inputs move the second step's net
    inputs by many units of the last digit.)
    """
    scale = 10.0**decimals

    def q(x):  # noqa: ANN001, ANN202
        x = np.asarray(x, dtype=np.float64)
        fixed = np.round(x * scale) / scale
        # values below one unit of the last place are printed in scientific notation (3 significant digits)
        with np.errstate(all="ignore"):
            mag = 10.0 ** np.floor(np.log10(np.where(x == 0, 1.0, np.abs(x))))
            sci = np.round(x / mag, 2) * mag
        return np.where(np.abs(x) < 1.0 / scale, sci, fixed)

    drift: dict[Key, float] = {}

    def put(key: Key, v: float) -> None:
        if np.isfinite(v):
            drift[key] = max(drift.get(key, 0.0), abs(float(v)))

    runs = network.train_spec(spec)
    W = [np.asarray(w, dtype=np.float64) for w in spec.weights]  # the printed route's parameters
    B = [np.asarray(b, dtype=np.float64) for b in spec.biases] if spec.biases is not None else None
    # the worst case of |printed parameter - true parameter|, weights then biases (0 for the given ones)
    bound = [np.zeros_like(w) for w in W] + ([np.zeros_like(b) for b in B] if B is not None else [])
    state = None
    sbound: dict = {}  # the same worst case for each optimizer state
    half = 0.5 / scale
    for step, (exact_prm, exact, exact_new) in enumerate(runs):
        if step:
            _put_params(spec, bound, put)
        W, B, state, bound, sbound = _carried_pass(spec, W, B, state, bound, sbound, exact_prm, exact, exact_new, q, half, put)
    if runs and runs[-1][2] is not None:  # the forward pass after the last update
        last = runs[-1][2]
        _put_params(spec, bound, put)
        x, t = np.asarray(spec.inputs, dtype=np.float64), np.asarray(spec.targets, dtype=np.float64)
        after = network.run(last, spec.activations, spec.loss, x, t, network.options_of(spec))
        _carried_forward(spec, W, B, x, t, None, after, q, put, last, bound)
    return drift


def _put_params(spec, bound, put) -> None:  # noqa: ANN001
    """The drift of the weights and biases a later step starts from (the previous step's new values)."""
    L = spec.depth
    for l in range(1, L + 1):
        for j in range(spec.layers[l]):
            for i in range(spec.layers[l - 1]):
                put(("w", l, j, i), bound[l - 1][j, i])
            if len(bound) > L:
                put(("b", l, j), bound[L + l - 1][j])


def _carried_forward(spec, W, B, x, t, scales, exact, q, put, exact_prm=None, bound=None):  # noqa: ANN001, ANN202
    """Forward pass with every value rounded; records z, a and the loss against ``exact``; returns (zs, as_, outs)."""
    opts = network.options_of(spec)
    acts = [network.activation(a, opts) for a in spec.activations]
    zs, as_, outs = [], [], []
    a = x
    with np.errstate(all="ignore"):
        for l, w in enumerate(W):
            z = q(a @ w.T + (B[l] if B is not None else 0.0))
            a = q(acts[l].f(z))
            zs.append(z)
            as_.append(a)
            s = scales[l] if scales is not None and l < len(scales) else None
            a = a if s is None else q(a * s)
            outs.append(a)
    for l in range(1, len(W) + 1):
        for j in range(spec.layers[l]):
            for e in range(x.shape[0]):
                put(("z", l, j), zs[l - 1][e, j] - exact.z[l - 1][e, j])
                put(("a", l, j), as_[l - 1][e, j] - exact.a[l - 1][e, j])
    with np.errstate(all="ignore"):  # the loss from the printed outputs (ln of a 3-digit 4.54e-5 is off by 1e-3)
        put(("loss",), float(np.mean(network.LOSSES[spec.loss].f(as_[-1], t))) - float(exact.loss))
    if exact_prm is not None and bound is not None:
        _first_order_bound(spec, bound, exact_prm, exact, x, t, put)
    return zs, as_, outs


def _first_order_bound(spec, bound, exact_prm, exact, x, t, put) -> None:  # noqa: ANN001
    """A worst case to first order of how far the carried weights move a later pass's z, a and loss.

    One simulated route can be lucky (its weight errors cancel in a sum); a document's route need
    not be. Each weight's and bias's carried error adds up in absolute value through the layers,
    |Δz_j| <= sum_i |a_i| |ΔW_ji| + |W_ji| |Δa_i| + |Δb_j| + half a unit, |Δa| = |f'(z)| |Δz|.
    """
    opts = network.options_of(spec)
    L = spec.depth
    da = np.zeros_like(x)
    prev = x
    with np.errstate(all="ignore"):
        for l in range(L):
            dW = bound[l]
            dB = bound[L + l] if len(bound) > L else 0.0
            dz = np.abs(prev) @ dW.T + da @ np.abs(exact_prm.weights[l]).T + dB
            act = spec.activations[l]
            if act == "softmax":
                da = np.abs(exact.a[l]) * (dz + np.max(dz, axis=1, keepdims=True))  # |Δa_j| <= a_j (|Δz_j| + max_k |Δz_k|)
            else:
                da = np.abs(network.activation(act, opts).df(exact.z[l], exact.a[l])) * dz
            for j in range(spec.layers[l + 1]):
                for e in range(x.shape[0]):
                    put(("z", l + 1, j), float(dz[e, j]))
                    put(("a", l + 1, j), float(da[e, j]))
            s = exact.scales[l] if exact.scales is not None and l < len(exact.scales) else None
            prev = exact.a[l] if s is None else exact.a[l] * s
            da = da if s is None else da * np.abs(s)
        dl = network.LOSSES[spec.loss].df(exact.a[-1], t)
        put(("loss",), float(np.mean(np.sum(np.abs(dl) * da, axis=1))))


def _carried_pass(spec, W, B, state, bound, sbound, exact_prm, exact, exact_new, q, half, put):  # noqa: ANN001, ANN202
    """One training pass (forward, backward, update) with every value rounded; returns the new (W, B, state, bound, sbound).

    ``bound`` holds the worst case of each parameter's carried error; the new one adds how far the
    update can move with a gradient anywhere within its own carried error (an optimizer's step is
    evaluated at both ends, and at 0 where the gradient's sign is not settled: Adam then moves a
    weight by up to 2 learning rates whatever the gradient's size).
    """
    opts = network.options_of(spec)
    acts = [network.activation(a, opts) for a in spec.activations]
    x = exact.x if exact.x is not None else np.asarray(spec.inputs, dtype=np.float64)
    t = exact.t if exact.t is not None else np.asarray(spec.targets, dtype=np.float64)
    m = x.shape[0]
    scales = exact.scales
    zs, as_, outs = _carried_forward(spec, W, B, x, t, scales, exact, q, put, exact_prm, bound)
    with np.errstate(all="ignore"):
        if network.is_fused(spec.activations[-1], spec.loss):
            d = q(as_[-1] - t)
        else:
            d = q(acts[-1].back(zs[-1], as_[-1], q(network.LOSSES[spec.loss].df(as_[-1], t))))
        ds = [d]
        for l in range(len(W) - 2, -1, -1):
            g = q(d @ W[l + 1])
            s = scales[l] if scales is not None and l < len(scales) else None
            g = g if s is None else q(g * s)
            d = q(acts[l].back(zs[l], as_[l], g))
            ds.insert(0, d)
        prev = [x, *outs[:-1]]
        gws = [q(ds[l].T @ prev[l] / m) for l in range(len(W))]
        gbs = [q(np.mean(d, axis=0)) for d in ds]
    with_b = B is not None and spec.update_biases
    # how far the gradients can move with the carried parameters (|H| bound), on top of the simulated route
    spread = _gradient_spread(spec, exact_prm, exact, bound, with_b)
    for l in range(1, len(W) + 1):
        sb = spread[len(W) + l - 1] if len(spread) > len(W) else np.zeros(spec.layers[l])
        for j in range(spec.layers[l]):
            for e in range(m):
                put(("delta", l, j), ds[l - 1][e, j] - exact.deltas[l - 1][e, j] * m)
            put(("gb", l, j), abs(float(gbs[l - 1][j]) - float(exact.deltas[l - 1][:, j].sum())) + float(sb[j]))
            for i in range(spec.layers[l - 1]):
                put(("gw", l, j, i), abs(gws[l - 1][j, i] - exact.grad_w[l - 1][j, i]) + float(spread[l - 1][j, i]))
    lr = spec.learning_rate
    if lr is None or exact_new is None:
        return W, B, state, bound, sbound
    L = len(W)
    arrays = list(W) + (list(B) if with_b else [])
    grads = list(gws) + (list(gbs) if with_b else [])
    true_p = list(exact_prm.weights) + (list(exact_prm.biases) if with_b and exact_prm.biases is not None else [])
    true_g = list(exact.grad_w) + (list(exact.grad_b) if with_b and exact.grad_b is not None else [])
    true_new = list(exact_new.weights) + (list(exact_new.biases) if with_b and exact_new.biases is not None else [])
    decays = [True] * L + [spec.optimizer.decay_biases] * (len(arrays) - L)
    sim_state = state
    with np.errstate(all="ignore"):
        if spec.optimizer.plain:
            new = [q(p - q(lr * g)) for p, g in zip(arrays, grads)]
        else:
            new, state = optim.step(spec.optimizer, lr, arrays, grads, decays, state, q)
            if state is not None and exact_new.state is not None:
                for name, arrays_q in state.state.items():
                    true_entries = dict(_state_entries(name, exact_new.state.t, exact_new.state.state[name], L))
                    for key, v in _state_entries(name, state.t, arrays_q, L):
                        if key in true_entries:
                            put(key, v - true_entries[key])
        dg = [np.abs(g - tg) + half + h for g, tg, h in zip(grads, true_g, spread)]
        if not spec.optimizer.plain and exact_new.state is not None:
            sbound = _state_bounds(spec, exact_new.state, dg, bound, sbound, half, L, put)
        moves = [np.abs(n - tn) for n, tn in zip(new, true_new)]  # the simulated route
        if spec.optimizer.plain:
            moves = [np.maximum(mv, lr * d + 2 * half) for mv, d in zip(moves, dg)]
        else:
            lo = [g - d for g, d in zip(true_g, dg)]
            hi = [g + d for g, d in zip(true_g, dg)]
            mid = [np.where((a < 0) & (b > 0), 0.0, g) for a, b, g in zip(lo, hi, true_g)]
            for cand in (lo, hi, mid):
                for prev_state in (exact_prm.state, sim_state):  # the true state, and the one a rounded route carries
                    got, _ = optim.step(spec.optimizer, lr, true_p, cand, decays, prev_state)
                    moves = [np.maximum(mv, np.abs(c - tn) + 2 * half) for mv, c, tn in zip(moves, got, true_new)]
    old = bound[: len(arrays)]
    new_bound = [b + mv for b, mv in zip(old, moves)] + bound[len(arrays) :]
    for l in range(1, L + 1):
        for j in range(spec.layers[l]):
            for i in range(spec.layers[l - 1]):
                put(("new_w", l, j, i), new_bound[l - 1][j, i])
            if with_b:
                put(("new_b", l, j), new_bound[L + l - 1][j])
    W2 = [np.asarray(a) for a in new[:L]]
    B2 = [np.asarray(a) for a in new[L:]] if with_b else B
    return W2, B2, state, new_bound, sbound


def _state_bounds(spec, st, dg, bound, old, half, L, put) -> dict:  # noqa: ANN001
    """A worst case of each optimizer state's carried error after this update (``old``: after the previous one).

    Each state is a short recurrence in the used gradient g (whose error is at most dg, plus λ times the
    parameter's for coupled decay); its error follows the same recurrence with absolute values:
    v = μ v + g (momentum), v = α v + (1 − α) g², s = s + g², m = β₁ m + (1 − β₁) g, v = β₂ v + (1 − β₂) g²,
    m̂ = m / (1 − β₁ᵗ), v̂ = v / (1 − β₂ᵗ); every printed state is rounded once more (half a unit).
    """
    opt = spec.optimizer
    lam = opt.weight_decay if not opt.decoupled else 0.0
    du = [d + lam * b for d, b in zip(dg, bound)]  # the used gradient g + λθ
    g = [np.abs(u) for u in st.used]

    def sq(k: int) -> np.ndarray:  # |(g + e)² − g²| <= 2|g|e + e²
        return 2 * g[k] * du[k] + du[k] ** 2

    def prior(name: str, k: int) -> np.ndarray:
        return old[name][k] if name in old else np.zeros_like(g[k])

    out: dict[str, list[np.ndarray]] = {}
    n = len(st.used)
    if opt.name == "momentum":
        mu = opt.get("momentum")
        out["velocity"] = [mu * prior("velocity", k) + du[k] + half for k in range(n)]
    elif opt.name == "rmsprop":
        a = opt.get("alpha")
        out["v"] = [a * prior("v", k) + (1 - a) * sq(k) + half for k in range(n)]
    elif opt.name == "adagrad":
        out["sum"] = [prior("sum", k) + sq(k) + half for k in range(n)]
    elif opt.name in ("adam", "adamw"):
        b1, b2 = opt.get("beta1"), opt.get("beta2")
        out["m"] = [b1 * prior("m", k) + (1 - b1) * du[k] + half for k in range(n)]
        out["v"] = [b2 * prior("v", k) + (1 - b2) * sq(k) + half for k in range(n)]
        out["m_hat"] = [b / (1 - b1**st.t) + half for b in out["m"]]
        out["v_hat"] = [b / (1 - b2**st.t) + half for b in out["v"]]
    for name, arrays in out.items():
        for key, v in _state_entries(name, st.t, arrays, L):
            put(key, v)
    return out


#: Above this many parameters the gradients' sensitivity to the carried weights is not estimated (level 2
#: reads small networks; a 784-32-32-10 document would need 26,000 extra passes per step).
_SPREAD_MAX_PARAMS = 400


def _gradient_spread(spec, prm, exact, bound, with_b):  # noqa: ANN001, ANN202
    """To first order, how far each gradient can move when the parameters move within ``bound``: |H| bound.

    The Hessian's columns come from central differences of the true gradient (the pass's own
    examples and dropout masks); zero where nothing has drifted yet (the first step) or the
    network is too large to afford it.
    """
    L = spec.depth
    shapes = [w.shape for w in prm.weights] + ([b.shape for b in prm.biases] if with_b and prm.biases is not None else [])
    zero = [np.zeros(sh) for sh in shapes]
    flat_bound = np.concatenate([b.ravel() for b in bound[: len(shapes)]]) if shapes else np.zeros(0)
    if not flat_bound.any() or flat_bound.size > _SPREAD_MAX_PARAMS:
        return zero
    opts = network.options_of(spec)
    x = exact.x if exact.x is not None else np.asarray(spec.inputs, dtype=np.float64)
    t = exact.t if exact.t is not None else np.asarray(spec.targets, dtype=np.float64)
    base = [w.copy() for w in prm.weights] + ([b.copy() for b in prm.biases] if prm.biases is not None else [])

    def grads(arrays: list) -> np.ndarray:
        p = network.run(
            network.Params(tuple(arrays[:L]), tuple(arrays[L:]) if prm.biases is not None else None),
            spec.activations,
            spec.loss,
            x,
            t,
            opts,
            exact.scales,
        )
        gs = list(p.grad_w) + (list(p.grad_b) if with_b and p.grad_b is not None else [])
        return np.concatenate([g.ravel() for g in gs])

    spread = np.zeros(flat_bound.size)
    pos = 0
    with np.errstate(all="ignore"):
        for k, sh in enumerate(shapes):
            for idx in np.ndindex(*sh):
                width = flat_bound[pos]
                if width > 0:
                    h = 1e-6 * max(1.0, abs(float(base[k][idx])))
                    up = [a.copy() for a in base]
                    dn = [a.copy() for a in base]
                    up[k][idx] += h
                    dn[k][idx] -= h
                    spread += np.abs((grads(up) - grads(dn)) / (2 * h)) * width
                pos += 1
    out, pos = [], 0
    for sh in shapes:
        n = int(np.prod(sh))
        out.append(np.nan_to_num(spread[pos : pos + n].reshape(sh), nan=0.0, posinf=0.0))
        pos += n
    return out


# --------------------------------------------------------------------------- dependencies
def _parents(key: Key, layers: tuple[int, ...], softmax_out: bool) -> Iterable[Key]:
    L = len(layers) - 1
    kind = key[0]
    if kind == "z":
        _, l, j = key
        yield ("b", l, j)
        for i in range(layers[l - 1]):
            yield ("w", l, j, i)
            yield ("x", i) if l == 1 else ("a", l - 1, i)
    elif kind == "a":
        _, l, j = key
        if l == L and softmax_out:
            yield from (("z", l, k) for k in range(layers[l]))
        else:
            yield ("z", l, j)
    elif kind == "loss":
        yield from (("a", L, k) for k in range(layers[L]))
        yield from (("t", k) for k in range(layers[L]))
    elif kind == "delta":
        _, l, j = key
        yield ("z", l, j)
        yield ("a", l, j)
        yield ("ga", l, j)  # δ = ∂L/∂a · f′(z): a printed ∂L/∂a lies on the way
        if l == L:
            yield from (("a", L, k) for k in range(layers[L]))
            yield ("t", j)
        else:
            for k in range(layers[l + 1]):
                yield ("delta", l + 1, k)
                yield ("w", l + 1, k, j)
    elif kind == "gw":
        _, l, j, i = key
        yield ("delta", l, j)
        yield ("x", i) if l == 1 else ("a", l - 1, i)
    elif kind == "gb":
        yield ("delta",) + key[1:]
    elif kind == "ga":
        _, l, j = key
        if l == L:
            yield ("a", L, j)
            yield ("t", j)
        else:
            for k in range(layers[l + 1]):
                yield ("delta", l + 1, k)
                yield ("w", l + 1, k, j)
    elif kind == "new_w":
        yield ("w",) + key[1:]
        yield ("gw",) + key[1:]
    elif kind == "new_b":
        yield ("b",) + key[1:]
        yield ("gb",) + key[1:]


def ancestors(key: Key, layers: tuple[int, ...], softmax_out: bool = False) -> set[Key]:
    """Every quantity ``key`` is computed from, directly or not."""
    seen: set[Key] = set()
    stack = [key]
    while stack:
        k = stack.pop()
        for p in _parents(k, layers, softmax_out):
            if p not in seen:
                seen.add(p)
                stack.append(p)
    return seen


# --------------------------------------------------------------------------- reading the document
def _literal(node: Node) -> list[list[tuple[float, float, str, int]]] | None:
    """A side that is only a number or a matrix of numbers → rows of (value, half, text, offset)."""

    def num(n: Node) -> tuple[float, float, str, int] | None:
        sign = 1.0
        while isinstance(n, Neg):
            sign, n = -sign, n.arg
        if isinstance(n, Num):
            return (sign * n.value, n.half, ("-" if sign < 0 else "") + n.text, n.start)
        return None

    single = num(node)
    if single is not None:
        return [[single]]
    if isinstance(node, Matrix):
        rows = []
        for row in node.rows:
            cells = [num(c) for c in row]
            if any(c is None for c in cells):
                return None
            rows.append(cells)
        return rows  # type: ignore[return-value]
    return None


def _expand(
    reading: Key, rows: int, cols: int, layers: tuple[int, ...], inputs_major: frozenset[int] = frozenset()
) -> list[list[Key]] | None:
    """Element keys of a block reading (``("Z", 2)`` printed as a column → z's)."""
    kind, l = reading[0], reading[1]
    n_out, n_in = layers[l], layers[l - 1]
    if kind in ("W", "GW", "NEW_W"):
        small = {"W": "w", "GW": "gw", "NEW_W": "new_w"}[kind]
        if l in inputs_major and (rows, cols) == (n_in, n_out):
            return [[(small, l, j, i) for j in range(n_out)] for i in range(n_in)]
        if l not in inputs_major and (rows, cols) == (n_out, n_in):
            return [[(small, l, j, i) for i in range(n_in)] for j in range(n_out)]
        if n_out == 1 and n_in > 1 and 1 in (rows, cols) and rows * cols == n_in:
            # one output neuron: its weights are a vector, whichever way a page (or a Python list) writes it
            keys = [(small, l, 0, i) for i in range(n_in)]
            return [keys] if rows == 1 else [[k] for k in keys]
        return None
    small = {"Z": "z", "A": "a", "D": "delta", "B": "b", "GB": "gb", "NEW_B": "new_b", "GA": "ga"}.get(kind)
    if small is None:
        return None
    if rows == n_out and cols == 1:
        return [[(small, l, j)] for j in range(n_out)]
    if rows == 1 and cols == n_out:
        return [[(small, l, j) for j in range(n_out)]]
    return None


def _qualified(text: str, start: int) -> bool:
    """``\\text{Total error to } h_1 = …``: the name is qualified by words, so it is not the quantity."""
    line_start = text.rfind("\n", 0, start) + 1
    prefix = text[line_start:start].rstrip()
    return prefix.endswith("}") and "\\text" in prefix[-60:]


def _named_cells(text: str, node: Node) -> tuple[list[list[str]], bool] | None:
    """The names of a matrix of names (``[w_1, w_2, b_1]``), and whether an update follows it.

    ``[w_5, w_6] - lr * [∂E/∂w_5, ∂E/∂w_6] = [0.3589, 0.4087]`` prints the names' new values: the
    first matrix minus anything is an update, its cells' names then read as the updated parameters.
    """
    update = False
    if isinstance(node, Bin) and node.op == "-" and isinstance(node.left, Matrix):
        node, update = node.left, True
    if not isinstance(node, Matrix) or not node.spans or len(node.spans) != len(node.rows):
        return None
    if not all(isinstance(c, Sym) for row in node.rows for c in row):
        return None
    return [[text[s:e] for s, e in row] for row in node.spans], update


def _cell_items(text: str, chain: Chain, reader: Reader, lines: LineMap) -> list[Item]:
    """A matrix of names equal to a matrix of numbers of the same shape: one item per cell."""
    try:
        named = _named_cells(text, parse_tokens(chain.sides[0].tokens))
    except (ParseError, RecursionError, ValueError):
        return []
    if named is None:
        return []
    names, update = named
    for side in reversed(chain.sides[1:]):
        try:
            rows = _literal(parse_tokens(side.tokens))
        except (ParseError, RecursionError, ValueError):
            continue
        if rows is None or [len(r) for r in rows] != [len(r) for r in names]:
            continue
        out = []
        for name_row, value_row in zip(names, rows, strict=True):
            for name, (v, half, txt, off) in zip(name_row, value_row, strict=True):
                readings = reader.readings(name.strip())
                if update:
                    readings = [("new_" + k[0],) + k[1:] for k in readings if k[0] in ("w", "b")]
                if readings and len(rows) * len(rows[0]) > 1:
                    label = f"{name.strip()} after the update" if update else name.strip()
                    out.append(Item(lines.line(off), label, txt, v, half, readings, off))
        return out
    return []


def _items_from_chain(
    text: str, chain: Chain, reader: Reader, lines: LineMap, inputs_major: frozenset[int] = frozenset()
) -> list[Item]:
    if len(chain.sides) < 2 or not chain.sides[0].tokens:
        return []
    if chain.sides[0].text.lstrip().startswith(("[", "\\begin", "\\left[", "(")):
        cells = _cell_items(text, chain, reader, lines)
        if cells:
            return cells
    readings = reader.readings(chain.sides[0].text.strip())
    if (not readings and not reader.blocks(chain.sides[0].text.strip())) or _qualified(text, chain.sides[0].start):
        return []  # (a1 names no one neuron of a 3-unit layer, but a1 = [0.5, 1.1, 1.7] is the layer's block)
    # the last side that is a plain literal is the printed value
    for side in reversed(chain.sides[1:]):
        if not side.tokens:
            continue
        try:
            node = parse_tokens(side.tokens)
        except (ParseError, RecursionError, ValueError):
            continue
        rows = _literal(node)
        if rows is None:
            continue
        computed = len(chain.sides) >= 3
        if computed and all(k[0] in ("w", "b") for k in readings):
            # w_2 = w_2 - η ∂L/∂w_2 = … = 0.4931: a parameter printed as the result of a computation is its new value
            readings = [("new_" + k[0],) + k[1:] for k in readings]
        return _items(chain.sides[0].text.strip(), readings, rows, reader, lines, inputs_major, computed)
    return []


def _items(  # noqa: ANN001
    name: str,
    readings: list[Key],
    rows,
    reader: Reader,
    lines: LineMap,
    inputs_major: frozenset[int] = frozenset(),
    computed: bool = False,
) -> list[Item]:
    nr, nc = len(rows), len(rows[0]) if rows else 0
    if nr == 1 and nc == 1 and (not readings or not readings[0][0].isupper()):
        if not readings:
            return []
        v, half, text, off = rows[0][0]
        if readings == [("loss",)] and half == 0:
            return []  # "we'll use $L=2$ for the output layer": a whole number named L is an index, not a loss
        return [Item(lines.line(off), name, text, v, half, readings, off)]
    out = []
    blocks = [r for r in readings if r[0].isupper()] or [
        # W_1 = W_1 - η ∂L/∂W_1 = […]: a parameter printed as the result of a computation is its new value
        (("NEW_" + r[0],) + r[1:]) if computed and r[0] in ("W", "B") else r
        for r in reader.blocks(name)
    ]
    grids = [g for g in (_expand(r, nr, nc, reader.layers, inputs_major) for r in blocks) if g is not None]
    if not grids:
        return []
    for r in range(nr):
        for c in range(nc):
            v, half, text, off = rows[r][c]
            out.append(Item(lines.line(off), f"{name}[{r + 1},{c + 1}]", text, v, half, [grids[0][r][c]], off))
    return out


_MATH_CELL = re.compile(r"^(?:\$+(.+?)\$+|`([^`]+)`)$")  # $w_5$, or `w5` written as code


_DERIVATIVE_COLUMN = re.compile(r"derivative|gradient|partial|∂|\\delta|δ|change|update|Δ", re.IGNORECASE)


def _column_kind(header: str) -> str | None:
    """What the numbers under a header are: "" (the quantity), "new_", "g" (its gradient), or None (skip)."""
    h = header.lower()
    if any(w in h for w in ("new", "updated", "after", "更新后", "新值")):
        return "new_"
    if any(w in h for w in ("update", "change", "delta w", "\\delta w", "δw", "δ w", "step")):
        return None
    if any(w in h for w in ("gradient", "partial", "∂", "梯度", "gradiente", "기울기")):
        return "g"
    return ""


def _with_kind(readings: list[Key], kind: str) -> list[Key]:
    if kind == "":
        return readings
    out = []
    for k in readings:
        if k[0] in ("w", "b"):
            out.append(((kind + k[0]) if kind == "new_" else ("g" + k[0]),) + k[1:])
        elif kind == "new_" and k[0] in ("z", "a", "loss"):
            out.append(k)  # "New Output": the forward pass after the update, among the values truth_of keeps for them
    return out


def _table_items(text: str, reader: Reader, inputs_major: frozenset[int] = frozenset()) -> list[Item]:
    """``| $o_1$ | … | $0.60635$ |``: the first math cell naming a quantity, and the number in the last cell.

    The last column's header says what the number is (``New Value`` → the updated
    weight, ``Gradient`` → ∂L/∂w, ``Update (Δw)`` → not a quantity we match).
    """
    out = []
    offset = 0
    header: list[str] | None = None
    for lineno, raw in enumerate(text.split("\n"), start=1):
        start = offset
        offset += len(raw) + 1
        s = raw.strip()
        if not (s.startswith("|") and s.count("|") >= 3):
            header = None
            continue
        cells = [c.strip() for c in s.strip("|").split("|")]
        if set(s) <= set("|-: "):
            continue
        if header is None:
            header = cells
            continue
        if len(cells) < 2 or len(cells) != len(header):
            continue
        kind = _column_kind(header[-1])
        if kind is None:
            continue
        if kind == "" and any(_DERIVATIVE_COLUMN.search(h) for h in header[1:-1]):
            continue  # "| Quantity | Formula | Derivative | Value |": which of them the value is, the row does not say
        readings: list[Key] = []
        name = ""
        for cell in cells[:-1]:
            m = _MATH_CELL.match(cell)
            if m:
                cell_name = (m.group(1) or m.group(2)).strip()
                readings = reader.readings(cell_name)
                if readings:
                    name = cell_name
                    break
        blocks = [(_BLOCK_KIND[kind].get(k[0], ""),) + k[1:] for k in reader.blocks(name)] if name else []
        layered = bool(readings) and readings[0][0].isupper() and name[:1] in reader.layer_letters
        readings = [b for b in blocks if b[0]] if layered else _with_kind(readings, kind)
        if not readings or (readings[0][0].isupper() and not layered):
            continue
        inner = cells[-1].strip("* ").strip("$ ")
        try:
            node = parse_tokens(tokenize(inner))
        except (ParseError, RecursionError, ValueError):
            continue
        rows = _literal(node)
        col = raw.rfind(inner) if inner else -1
        base = start + max(col, 0)
        if rows is not None and (len(rows) * len(rows[0]) > 1 or layered):  # | $W_2$ | $[0.0421, 0.0434]$ |: a block
            grids = [g for g in (_expand(b, len(rows), len(rows[0]), reader.layers, inputs_major) for b in blocks if b[0]) if g]
            for r, row in enumerate(rows if grids else []):
                for c, (v, half, txt, off) in enumerate(row):
                    out.append(Item(lineno, f"{name}[{r + 1},{c + 1}]", txt, v, half, [grids[0][r][c]], base + off))
            continue
        if rows is None or len(rows) != 1 or len(rows[0]) != 1:
            continue
        v, half, txt, _ = rows[0][0]
        out.append(Item(lineno, name, txt, v, half, readings, base))
    return out


#: A block reading under a table column of the kind "" (the quantity), "g" (its gradient) or "new_" (its new value).
_BLOCK_KIND = {
    "": {"W": "W", "B": "B", "Z": "Z", "A": "A", "D": "D"},
    "g": {"W": "GW", "B": "GB"},
    "new_": {"W": "NEW_W", "B": "NEW_B"},
}


_NUM = r"-?\d*\.?\d+(?:[eE][-+]?\d+)?"
_VALUES_LINE = re.compile(rf"^[\s\[(]*({_NUM}(?:[\s,;]+{_NUM})+)[\s\])]*$")
#: micrograd's ``x1 | data 2.0000 | grad -1.5000`` (and ``data=…, grad=…``)
_DUMP = re.compile(rf"^\s*([A-Za-z][\w{{}}^]*)\s*\|\s*data\s*[=:]?\s*({_NUM})\s*\|\s*grad\s*[=:]?\s*({_NUM})\s*$")
_GRAD_OF = {"w": "gw", "b": "gb", "z": "delta", "a": "ga"}


def _listing_items(text: str, reader: Reader) -> list[Item]:
    """Program output: a line of names (``h1, h2, o1, o2``) over a line of as many values, and data/grad dumps."""
    out: list[Item] = []
    rows = text.split("\n")
    starts = [0]
    for row in rows[:-1]:
        starts.append(starts[-1] + len(row) + 1)
    for k, row in enumerate(rows):
        dump = _DUMP.match(row)
        if dump:
            readings = reader.readings(dump.group(1))
            for g, kinds in ((2, None), (3, _GRAD_OF)):
                keyed = readings if kinds is None else [(kinds[r[0]],) + r[1:] for r in readings if r[0] in kinds]
                if keyed:
                    name = dump.group(1) if kinds is None else f"∂L/∂{dump.group(1)}"
                    out.append(_listed(k + 1, starts[k], dump.start(g), name, dump.group(g), keyed))
            continue
        names = [n for n in re.split(r"[\s,;]+", row.strip()) if n]
        if len(names) < 2 or len(names) > 40 or k + 1 >= len(rows) or not all(re.fullmatch(r"[A-Za-z]\w{0,8}", n) for n in names):
            continue
        readings = [reader.readings(n) for n in names]
        values = _VALUES_LINE.match(rows[k + 1])
        if not all(readings) or values is None:
            continue
        found = list(re.finditer(_NUM, values.group(1)))
        if len(found) != len(names):
            continue
        base = values.start(1)
        for name, keys, m in zip(names, readings, found, strict=True):
            out.append(_listed(k + 2, starts[k + 1], base + m.start(), name, m.group(0), keys))
    return out


def _listed(line: int, start: int, col: int, name: str, printed: str, readings: list[Key]) -> Item:
    num = make_number(printed.lstrip("-"))
    value = -num.value if printed.startswith("-") else num.value
    return Item(line, name, printed, value, num.half, readings, start + col)


def read_items(
    text: str, fmt: str, layers: tuple[int, ...], chains: list[Chain] | None = None, layout: Layout | None = None
) -> list[Item]:
    """Every printed value of a named quantity, in document order."""
    reader = Reader(layers, dict(layout.numbering) if layout else None, dict(layout.names) if layout else None)
    lines = LineMap(text)
    items: list[Item] = []
    chains = extract_chains(text, fmt) if chains is None else chains
    reader.layer_letters = _layer_letters(chains, reader)
    for chain in chains:
        items.extend(_items_from_chain(text, chain, reader, lines, layout.inputs_major if layout else frozenset()))
    if fmt != "tex":
        seen = {(it.line, it.printed) for it in items}
        major = layout.inputs_major if layout else frozenset()
        items.extend(it for it in _table_items(text, reader, major) if (it.line, it.printed) not in seen)
    seen = {(it.line, it.offset) for it in items}
    items.extend(it for it in _listing_items(text, reader) if (it.line, it.offset) not in seen)
    items.sort(key=lambda it: (it.line, it.offset))
    skip = layout.given_lines if layout is not None else frozenset()
    return _later_parameters([it for it in items if it.line not in skip])


def _layer_letters(chains: list[Chain], reader: Reader) -> set[str]:
    """Capital letters the page gives a layer's block with (``W_1 = [0.5  −0.5]``, two or more numbers).

    Where ``W_1`` is a matrix, ``W_2 = [1]`` is layer 2's (1×1) matrix too, not the second numbered weight.
    """
    out: set[str] = set()
    for chain in chains:
        if len(chain.sides) < 2 or not chain.sides[0].tokens:
            continue
        name = chain.sides[0].text.strip()
        letter = normalize(name)[:1]
        if not letter.isupper() or letter in out or not re.fullmatch(r"[A-Z]_?\d", normalize(name)):
            continue
        if not reader.blocks(name):
            continue
        try:
            rows = _literal(parse_tokens(chain.sides[-1].tokens))
        except (ParseError, RecursionError, ValueError):
            continue
        if rows is not None and sum(len(r) for r in rows) >= 2:
            out.add(letter)
    return out


def _later_parameters(items: list[Item]) -> list[Item]:
    """A weight matrix printed again with other values (``∴ W_1 = […]`` after the update) is its new value.

    The first print of a parameter's element is the given; a later print of the same element
    that differs from it by more than the finer printing's rounding is read as the updated value (a given written
    short, 0.2, and its new value 0.1999 differ by less than the half-unit of 0.2).
    """
    first: dict[Key, Item] = {}
    for it in items:
        if len(it.readings) != 1 or it.readings[0][0] not in ("w", "b") or not it.name.endswith("]"):
            continue
        key = it.readings[0]
        was = first.setdefault(key, it)
        if was is not it and was.line < it.line and abs(was.value - it.value) > min(was.half, it.half):
            it.readings = [("new_" + key[0],) + key[1:]]
    return items


# --------------------------------------------------------------------------- judging
def _fmt_like(v: float, printed: str) -> str:
    digits = len(printed.split(".")[1]) if "." in printed and "e" not in printed.lower() else None
    if digits is None:
        return f"{v:.6g}"
    return f"{v:.{max(digits, 1)}f}"


def _within_one_unit(printed: float, true: float, half: float) -> bool:
    """|printed − true rounded to the printed digits| ≤ one unit of the last digit (the corpus's rule for "right")."""
    unit = 2 * half
    if unit <= 0:
        return printed == true
    return abs(printed - round(true / unit) * unit) <= unit * (1 + 1e-9)


def _near(v: float, target: float, half: float, factor: float = 1.0) -> bool:
    return abs(v - target) <= factor * half + 1e-12 * max(1.0, abs(target))


def doc_decimals(items: list[Item]) -> int | None:
    """The document's usual number of decimals (the median over its computed named values with a point).

    Givens (inputs, targets, the initial weights) are left out: they are written short
    (``w_1 = 0.15``) whatever precision the document carries its computations at.
    """
    given = ("x", "t", "w", "b")
    ds = sorted(
        len(it.printed.split(".")[1])
        for it in items
        if "." in it.printed and "e" not in it.printed.lower() and not (it.readings and it.readings[0][0] in given)
    )
    return ds[len(ds) // 2] if ds else None


def _upstream_wrong(
    key: Key, line: int, layers: tuple[int, ...], softmax_out: bool, wrong_roots: dict[Key, int], printed_ok: set[Key]
) -> list[int]:
    """Root lines of wrong values upstream of ``key``, looking through values the document did not print.

    A value printed correctly cuts the path: what lies beyond it cannot have made this one
    wrong (a correct ∂E/∂w_5 between a wrong δ and a wrong w_5⁺ clears the δ).
    """
    out = []
    if key in wrong_roots and wrong_roots[key] <= line:
        out.append(wrong_roots[key])  # the same wrong value printed again
    seen: set[Key] = set()
    stack = [key]
    while stack and len(seen) < 50_000:
        k = stack.pop()
        for p in _parents(k, layers, softmax_out):
            if p in seen:
                continue
            seen.add(p)
            if p in wrong_roots and wrong_roots[p] <= line:
                out.append(wrong_roots[p])
            elif p not in printed_ok:
                stack.append(p)
    return out


def judge(
    items: list[Item], truth: Truth, level1_errors: set[tuple[int, int]], softmax_out: bool = False, drift_first: bool = False
) -> Level2:
    """Classify every item; see the module docstring for the classes.

    ``level1_errors`` holds (line, offset) for every character of the numbers level 1 found
    wrong — (line, -1) when level 1 could not say where — so that a consistent value on the
    same line as a wrong one is not taken for an error.
    """
    result = Level2()
    wrong_roots: dict[Key, int] = {}  # key → root line of the earliest wrong value of it
    printed_ok: set[Key] = set()
    for it in items:
        chosen: Key | None = None
        best: float | None = None
        hits: list[tuple[float, Key, float]] = []  # values within half a unit: the reading is settled
        near: list[tuple[float, Key, float]] = []
        for r in it.readings:
            # distance in units of what carried rounding allows for this reading: a value far from one
            # quantity's truth but within another's honest drift is read as the latter
            allow = max(ROUNDING_HALF_UNITS * it.half, it.half + 3 * truth.drift.get(r, 0.0), 1e-300)
            for v in truth.values.get(r, []):
                (hits if _near(it.value, v, it.half) else near).append((abs(v - it.value) / allow, r, v))
        if hits:
            _, chosen, best = min(hits, key=lambda h: abs(h[2] - it.value))
        elif near:
            _, chosen, best = min(near, key=lambda h: h[0])
        if chosen is None or best is None:
            continue
        expected = _fmt_like(best, it.printed)
        tolerance = max(ROUNDING_HALF_UNITS * it.half, it.half + 3 * truth.drift.get(chosen, 0.0))
        own_error = (it.line, it.offset) in level1_errors or (it.line, -1) in level1_errors
        if _near(it.value, best, it.half):
            result.items.append(Named(it.line, it.name, it.printed, expected, "ok", "", it.line, chosen, 0, it.offset))
            printed_ok.add(chosen)
            continue
        inherited = _upstream_wrong(chosen, it.line, truth.layers, softmax_out, wrong_roots, printed_ok)
        mistake = next(
            (
                mid
                for v, mid in truth.mistakes.get(chosen, [])
                if _near(it.value, v, it.half, 2.0) and not _near(v, best, tolerance)  # a "mistake" that changes nothing is none
            ),
            None,
        )
        if own_error:
            klass, cause, root = "error", "does not follow from its printed operands", it.line
            if inherited:
                cause += f"; it also inherits the wrong value at line {min(inherited)}"
        elif mistake is not None and not inherited:
            # a mistake's value made from wrong inputs is that wrong input's consequence: propagated, below
            klass, cause, root = "conceptual", mistake_cause(mistake), it.line
        elif inherited and (_within_one_unit(it.value, best, it.half) or (drift_first and _near(it.value, best, tolerance))):
            # within one unit of the truth's rounding (|printed − round(true)| ≤ one unit): a wrong value upstream did not
            # make this one visibly wrong
            result.items.append(
                Named(it.line, it.name, it.printed, expected, "ok", "within one unit", it.line, chosen, 0, it.offset)
            )
            printed_ok.add(chosen)
            continue
        elif inherited:
            klass, root = "propagated", min(inherited)  # the first error it inherits
            cause = f"follows correctly from the wrong value at line {root}"
        elif _near(it.value, best, tolerance):
            # nothing wrong upstream and a few units off: what carrying rounded values forward does
            result.items.append(
                Named(it.line, it.name, it.printed, expected, "ok", "within carried rounding", it.line, chosen, 0, it.offset)
            )
            printed_ok.add(chosen)
            continue
        else:
            klass, root = "error", it.line
            cause = "its own line is consistent, but the value differs from the network's (a wrong value used or copied)"
        named = Named(it.line, it.name, it.printed, expected, klass, cause, root, chosen, 0, it.offset, own_error)
        if klass == "conceptual" and mistake in CATALOGUE:
            named.mistake = mistake
        result.items.append(named)
        # what inherits from this value inherits from where its own trouble began (the first error upstream)
        wrong_roots.setdefault(chosen, min([root, *inherited]))
    # how many later wrong values inherit each root
    for n in result.items:
        if n.klass in ("error", "conceptual"):
            n.downstream = sum(1 for o in result.items if o.klass == "propagated" and o.root_line == n.line)
    return result


def mistake_cause(mid: str) -> str:
    """A catalogued mistake's sentence as a report's cause (lower-case start, no full stop); other text as is."""
    if mid not in CATALOGUE:
        return mid
    text = CATALOGUE[mid].explanation.rstrip(".")
    return text[0].lower() + text[1:]


def rate_from_results(text: str, fmt: str, spec, chains: list[Chain] | None, layout: Layout) -> tuple[float, list[int]] | None:  # noqa: ANN001
    """The learning rate that makes most of a document's printed new values follow from the network's gradients.

    For documents that print only results (``w_5^+ = 0.35891648``): each new value gives
    η = (w − w⁺)/g with the true w and g; rounded to two significant digits, the value that the
    most lines share (at least two, more than any other, each line consistent with it within a
    unit of its last digit) is the rate. None when no rate stands out: level 2 does not guess.
    """
    truth = truth_of(spec)
    seen: dict[float, set[int]] = {}
    for it in read_items(text, fmt, truth.layers, chains, layout):
        for r in it.readings:
            if r[0] not in ("new_w", "new_b"):
                continue
            old = truth.values.get((r[0][4:],) + r[1:], [])
            grad = truth.values.get(("g" + r[0][4:],) + r[1:], [])
            if not old or not grad or abs(grad[0]) < 1e-12:
                continue
            eta = (old[0] - it.value) / grad[0]
            if not 0 < eta <= 10:
                continue
            nice = float(f"{eta:.2g}")
            if abs(old[0] - nice * grad[0] - it.value) <= 2 * it.half + 1e-12:
                seen.setdefault(nice, set()).add(it.line)
    ranked = sorted(seen.items(), key=lambda kv: -len(kv[1]))
    if not ranked or len(ranked[0][1]) < 2 or (len(ranked) > 1 and len(ranked[1][1]) == len(ranked[0][1])):
        return None
    return ranked[0][0], sorted(ranked[0][1])


#: "(t - o)", "(y - y_hat)", "T_j - O_j": the document writes the output error target-first, so its δ
#: is -∂L/∂z and its update adds η δ a (seed 001's convention, GUIDE section 3). Both signs are then right.
_TARGET_FIRST = re.compile(
    r"\(\s*(?:\\text\{\s*)?(?:t|y|target)(?:[_^]?\{?[\w\s\\{}]{0,20}?\}?)?\s*-\s*(?:\\text\{\s*)?(?:o|out|output|a|ŷ|y_?hat|\\hat)"
    # (y_{target} − y_5), (t_1 − y1): the output named y with its unit's number, as GeeksforGeeks' example writes it
    r"|\(\s*(?:y_?\{?\s*)?(?:\\text\{\s*|\\mathrm\{\s*)?(?:target|t)(?:_?\{?\d\}?)?\s*\}?\s*\}?\s*-\s*y_?\{?\d",
    re.IGNORECASE,
)


def match_document(  # noqa: ANN001
    text: str,
    fmt: str,
    spec,
    level1_errors: set[tuple[int, int]],
    chains: list[Chain] | None = None,
    layout: Layout | None = None,
) -> Level2:
    """Level 2 for one document against the network of ``spec``, read as ``layout`` says the page writes it.

    With shared biases (one step of training) a bias's gradient is the sum of its layer's δ, and its
    new value the old one minus η times that sum.
    """
    layout = layout or Layout()
    truth = truth_of(spec)
    if layout.shared_biases and spec.biases is not None:
        for l in range(1, len(spec.layers)):
            total = sum(truth.values.get(("gb", l, j), [0.0])[0] for j in range(spec.layers[l]))
            for j in range(spec.layers[l]):
                truth.values[("gb", l, j)] = [total]
                if spec.learning_rate is not None:
                    truth.values[("new_b", l, j)] = [float(spec.biases[l - 1][j]) - spec.learning_rate * total]
    if _TARGET_FIRST.search(text):
        for key, vals in list(truth.values.items()):
            if key[0] in ("delta", "gw", "gb", "ga"):  # its delta and the gradients built from it (-dE/dw = Err_j O_i)
                truth.values[key] = vals + [-v for v in vals if v != 0]
    items = read_items(text, fmt, truth.layers, chains, layout)
    decimals = doc_decimals(items)
    if decimals is not None and layout.coarse_decimals is not None:
        decimals = min(decimals, layout.coarse_decimals)
    if decimals is not None:
        try:
            truth.drift = carried_drift(spec, decimals)
        except (ArithmeticError, ValueError):  # a network that cannot be carried at that precision: plain tolerances
            truth.drift = {}
    # a page worked by hand at a coarser precision than it prints (its network read from its substituted sums): a value
    # within that precision's carried drift is not visibly wrong, whatever lies upstream
    drift_first = layout.coarse_decimals is not None
    return judge(items, truth, level1_errors, softmax_out=spec.activations[-1] == "softmax", drift_first=drift_first)
