"""The catalogue of classic backpropagation mistakes: one entry per mistake, shared by every wing.

``verify`` names a wrong value after the mistake that gives it, an exam turns each mistake into a
distractor or a feedback message, and ``nnwalk grade`` diagnoses a student's wrong answer by it.
They must agree — a diagnosis and a distractor are the same computation — so the mistakes live
here, once: each :class:`Mistake` has an id (a stable contract: it is printed in JSON reports,
Moodle feedback and ``diagnoses.csv``), one sentence for a student, and :func:`mistaken_runs`
computes the whole training the way a student making that mistake would, consistently, from the
spec: every layer where it can be made, and every later step from the wrongly updated weights.

Why a second backward pass and not a perturbation of the true one: several mistakes change what
flows backwards (a δ without f′ makes every δ below it wrong too), and a student who makes one
makes it everywhere. ``where`` restricts a layer-wise mistake to some layers, for ``verify``: a
document that drops f′ only at the output has correct δ above and a wrong δ there, and the
value it prints is the mistake made at that one layer from correct inputs.

The pass returned has the shapes of :func:`network.train` (parameters used, pass, parameters
after), so anything that reads the true training reads a mistaken one the same way. Entries a
mistake cannot produce (a swapped index outside a non-square matrix) are NaN.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from . import network
from .network import Array, Params, Pass

__all__ = ["CATALOGUE", "LAYERWISE", "Mistake", "applies", "mistaken_runs"]


@dataclass(frozen=True)
class Mistake:
    """One classic mistake: its id (a contract), a sentence for the student, a short title."""

    id: str
    title: str
    explanation: str


#: In the order a diagnosis prefers when two mistakes give the same value (the more common first).
CATALOGUE: dict[str, Mistake] = {
    m.id: m
    for m in (
        Mistake(
            "missing_activation_derivative",
            "activation derivative missing",
            "The activation's derivative f′(z) was left out of the error term δ.",
        ),
        Mistake(
            "derivative_on_z",
            "derivative written with z for a",
            "The activation's derivative was written in its output but fed the net input: z(1 − z) in place "
            "of a(1 − a) for the sigmoid (1 − z² in place of 1 − a² for tanh).",
        ),
        Mistake(
            "derivative_on_activation",
            "derivative taken at the output",
            "The activation's derivative was evaluated at the neuron's output a instead of its net input z: "
            "σ(a)(1 − σ(a)) in place of σ(z)(1 − σ(z)).",
        ),
        Mistake(
            "derivative_on_error",
            "derivative taken of the error",
            "The output's activation derivative was fed the error t − o instead of the output o: "
            "(t − o)(1 − (t − o)) in place of o(1 − o) for the sigmoid.",
        ),
        Mistake(
            "update_sign",
            "update with the wrong sign",
            "The update has the wrong sign: the gradient was added (w + η·∂E/∂w) instead of subtracted.",
        ),
        Mistake(
            "no_learning_rate",
            "learning rate left out",
            "The learning rate was left out of the update: w − ∂E/∂w instead of w − η·∂E/∂w.",
        ),
        Mistake(
            "half_not_cancelled",
            "factor 2 of the square mishandled",
            "The factor 2 from differentiating the square was mishandled: for ½·Σ(t − o)² the derivative "
            "is (o − t), for Σ(t − o)² it is 2(o − t).",
        ),
        Mistake(
            "preactivation_as_input",
            "net input used as the layer's input",
            "The previous layer's net input z was used where its output a belongs, in ∂E/∂w = δ·a.",
        ),
        Mistake(
            "softmax_skipped",
            "softmax skipped going back",
            "The softmax was skipped in the backward pass: δ = z − t was used where δ = a − t belongs.",
        ),
        Mistake(
            "weight_gradient_as_delta",
            "weight gradients summed for δ·w",
            "Going back, the next layer's weight gradients ∂E/∂w were summed where Σ δ·w belongs.",
        ),
        Mistake(
            "updated_weights_backprop",
            "updated weights used going back",
            "The hidden error terms were computed with the already-updated weights of the layer above; "
            "backpropagation uses the weights of the forward pass.",
        ),
        Mistake(
            "transposed_index",
            "weight indices swapped",
            "The two indices of the weight were swapped: w_ij was taken for w_ji.",
        ),
        Mistake(
            "batch_sum_not_mean",
            "batch summed, not averaged",
            "The gradients were summed over the batch without dividing by the number of examples m.",
        ),
        Mistake(
            "elementwise_as_matrix_product",
            "matrix product where element-wise belongs",
            "Going back, (δ·Wᵀ) and f′(z) were multiplied as matrices where they multiply element by element (⊙).",
        ),
        Mistake(
            "wrong_activation_derivative",
            "another activation's derivative",
            "The derivative of another activation was used: a(1 − a), the sigmoid's, for a ReLU layer whose "
            "derivative is 1 where z > 0 and 0 elsewhere.",
        ),
        Mistake(
            "bias_not_summed",
            "bias updated per example",
            "Each example's error was applied to its own copy of the bias; a bias is updated once, with the sum "
            "over the examples.",
        ),
        Mistake(
            "target_sign",
            "error taken as t − o",
            "The error was taken as t − o where o − t belongs, so the update moves the weights the wrong way.",
        ),
        Mistake(
            "slope_applied_twice",
            "output's slope applied twice",
            "With binary cross-entropy on a sigmoid output the output's δ is already a − t (the slope a(1 − a) "
            "cancels); it was multiplied by a(1 − a) once more.",
        ),
    )
}

#: Mistakes made while computing one layer's δ or gradient: ``where`` may restrict them to some layers.
LAYERWISE = frozenset(
    {
        "missing_activation_derivative",
        "derivative_on_z",
        "derivative_on_activation",
        "preactivation_as_input",
        "weight_gradient_as_delta",
        "updated_weights_backprop",
        "elementwise_as_matrix_product",
        "wrong_activation_derivative",
        "derivative_on_error",
    }
)

_SMOOTH = ("sigmoid", "tanh")  # activations whose derivative is written in terms of their output
_HAS_FPRIME = ("sigmoid", "tanh", "relu", "leaky_relu")  # element-wise f′ that is not identically 1
_RELUS = ("relu", "leaky_relu")


def _layers_in(spec: Any, where: Iterable[int] | None) -> list[int]:
    """1-based layers the mistake may be made at."""
    every = list(range(1, len(spec.layers)))
    return every if where is None else [l for l in every if l in set(where)]


def applies(spec: Any, mistake: str, where: Iterable[int] | None = None) -> bool:
    """True when a student making ``mistake`` on this network (at layers ``where``) could get a different value.

    A mistake that cannot be made here (no softmax to skip, one example to average) is not a
    distractor and not a diagnosis.
    """
    if mistake not in CATALOGUE:
        raise KeyError(mistake)
    L = len(spec.layers) - 1
    acts = spec.activations
    fused = network.is_fused(acts[-1], spec.loss)
    layers = _layers_in(spec, where)
    plain = getattr(getattr(spec, "optimizer", None), "plain", True)
    m = spec.inputs.shape[0]
    if mistake == "missing_activation_derivative":
        return any(acts[l - 1] in _HAS_FPRIME and not (l == L and fused) for l in layers)
    if mistake in ("derivative_on_z", "derivative_on_activation"):
        return any(acts[l - 1] in _SMOOTH and not (l == L and fused) for l in layers)
    if mistake == "derivative_on_error":  # the output layer's own mistake
        return L in layers and acts[-1] in _SMOOTH and not fused
    if mistake == "update_sign":
        return spec.learning_rate is not None
    if mistake == "no_learning_rate":
        return spec.learning_rate is not None and spec.learning_rate != 1
    if mistake == "half_not_cancelled":
        return spec.loss in ("half_sse", "sse")
    if mistake == "preactivation_as_input":
        return any(l >= 2 for l in layers)
    if mistake == "softmax_skipped":
        return acts[-1] == "softmax" and spec.loss == "cross_entropy"
    if mistake == "weight_gradient_as_delta":
        return any(l < L for l in layers)
    if mistake == "updated_weights_backprop":
        return any(l < L for l in layers) and spec.learning_rate is not None and plain
    if mistake == "transposed_index":
        return any(min(spec.layers[l], spec.layers[l - 1]) >= 2 for l in range(1, L + 1))
    batch = getattr(spec, "mode", "batch") == "batch" or spec.learning_rate is None
    if mistake == "batch_sum_not_mean":
        return batch and m > 1
    if mistake == "elementwise_as_matrix_product":  # a product of two (m, n) arrays exists only when m = n
        return batch and m > 1 and any(l < L and spec.layers[l] == m and acts[l - 1] in _HAS_FPRIME for l in layers)
    if mistake == "wrong_activation_derivative":
        return any(acts[l - 1] in _RELUS and not (l == L and fused) for l in layers)
    if mistake == "bias_not_summed":
        return batch and m > 1 and spec.biases is not None and spec.learning_rate is not None and spec.update_biases
    if mistake == "slope_applied_twice":  # the fused sigmoid / binary cross-entropy output's own mistake
        return fused and acts[-1] == "sigmoid"
    return True  # target_sign


def _through(name: str, opts: network.ActOptions, z: Array, a: Array, g: Array, mistake: str | None) -> Array:
    """dE/dz from dE/da through one layer's activation, as the mistake (or None: correctly) computes it."""
    act = network.activation(name, opts)
    if mistake == "missing_activation_derivative" and name in _HAS_FPRIME:
        return g
    if mistake == "derivative_on_z" and name in _SMOOTH:
        return g * (z * (1.0 - z) if name == "sigmoid" else 1.0 - z * z)
    if mistake == "derivative_on_activation" and name in _SMOOTH:
        s = act.f(a)
        return g * (s * (1.0 - s) if name == "sigmoid" else 1.0 - s * s)
    if mistake == "wrong_activation_derivative" and name in _RELUS:
        return g * (a * (1.0 - a))
    if mistake == "elementwise_as_matrix_product" and name in _HAS_FPRIME and g.shape[0] == g.shape[1] > 1:
        return network.matmul(g, act.df(z, a))
    return act.back(z, a, g)


def _forward(params: Params, acts: tuple[str, ...], x: Array, opts: network.ActOptions, scales: list | None):  # noqa: ANN202
    """:func:`network.forward`, or with one bias row per example once ``bias_not_summed`` has made them so."""
    if params.biases is None or all(np.ndim(b) == 1 for b in params.biases):
        return network.forward(params, acts, x, opts, scales)
    zs, as_ = [], []
    a = x
    for l, W in enumerate(params.weights):
        z = network.matmul(a, W.T) + params.biases[l]
        a = network.activation(acts[l], opts).f(z)
        zs.append(z)
        as_.append(a)
        if scales is not None and l < len(scales) and scales[l] is not None:
            a = a * scales[l]
    return zs, as_


def _swapped(g: Array) -> Array:
    """G with G[j, i] replaced by G[i, j] where both exist; NaN where the swapped entry does not exist."""
    out = np.full_like(g, np.nan)
    n = min(g.shape)
    out[:n, :n] = g[:n, :n].T
    return out


def _pass(spec: Any, params: Params, x: Array, t: Array, scales: list | None, mistake: str, where: set[int]) -> Pass:
    """One forward and backward pass with ``mistake`` made at the 1-based layers ``where``."""
    opts = network.options_of(spec)
    acts, loss = spec.activations, spec.loss
    m = x.shape[0]
    mean = 1.0 if mistake == "batch_sum_not_mean" else 1.0 / m
    zs, as_ = _forward(params, acts, x, opts, scales)
    sc = list(scales or [])
    parts = network.loss_parts(loss, as_[-1], t, zs[-1], acts[-1])
    L = len(params.weights)
    sign = -1.0 if mistake == "target_sign" else 1.0
    if network.is_fused(acts[-1], loss):
        out = zs[-1] if mistake == "softmax_skipped" else as_[-1]
        d = sign * (out - t) * mean
        if mistake == "slope_applied_twice" and acts[-1] == "sigmoid":
            d = d * as_[-1] * (1.0 - as_[-1])  # (a − t) is dE/dz already: σ′ taken once more
    else:
        g = network.LOSSES[loss].df(as_[-1], t)
        if mistake == "half_not_cancelled":
            g = g * (2.0 if loss == "half_sse" else 0.5)
        if mistake == "derivative_on_error" and L in where and acts[-1] in _SMOOTH:
            e = t - as_[-1]
            d = sign * g * mean * (e * (1.0 - e) if acts[-1] == "sigmoid" else 1.0 - e * e)
        else:
            d = _through(acts[-1], opts, zs[-1], as_[-1], sign * g * mean, mistake if L in where else None)
    deltas: list[Array] = [np.empty(0)] * L
    deltas[-1] = d
    prev = [x] + [as_[l] * sc[l] if l < len(sc) and sc[l] is not None else as_[l] for l in range(L - 1)]
    if mistake == "preactivation_as_input":
        prev = [x] + [zs[l] if (l + 2) in where else prev[l + 1] for l in range(L - 1)]
    for l in range(L - 2, -1, -1):  # 0-based layer l is layer l + 1
        here = (l + 1) in where
        above = params.weights[l + 1]
        if mistake == "updated_weights_backprop" and here:
            above = above - spec.learning_rate * network.matmul(d.T, prev[l + 1])
        if mistake == "weight_gradient_as_delta" and here:
            g = np.sum(d, axis=1, keepdims=True) * prev[l + 1]  # Σ_k ∂E/∂w_kj per example: Σ_k δ_k a_j
        else:
            g = network.matmul(d, above)
        if l < len(sc) and sc[l] is not None:
            g = g * sc[l]
        d = _through(acts[l], opts, zs[l], as_[l], g, mistake if here else None)
        deltas[l] = d
    grad_w = [network.matmul(deltas[l].T, prev[l]) for l in range(L)]
    if mistake == "transposed_index":
        grad_w = [_swapped(g) for g in grad_w]
    grad_b = [network.column_sums(deltas[l]) for l in range(L)] if params.biases is not None else None
    total = float(parts.sum(axis=1).sum() * mean)
    return Pass(
        z=zs, a=as_, loss=total, loss_parts=parts, deltas=deltas, grad_w=grad_w, grad_b=grad_b, x=x, t=t, scales=sc or None
    )


def mistaken_runs(spec: Any, mistake: str, where: Iterable[int] | None = None) -> list[tuple[Params, Pass, Params | None]] | None:
    """The whole training of ``spec`` as a student making ``mistake`` computes it; None where it cannot be made.

    ``where``: the 1-based layers a layer-wise mistake is made at (default: every layer it can be).
    Later steps start from the mistaken update, as the student's would. For ``transposed_index`` the
    parameters reported as used are the weights as the student reads them (swapped where square).
    """
    if not applies(spec, mistake, where):
        return None
    at = set(_layers_in(spec, where)) if mistake in LAYERWISE else set(range(1, len(spec.layers)))
    lr = spec.learning_rate
    if lr is not None and mistake == "update_sign":
        lr = -lr
    elif lr is not None and mistake == "no_learning_rate":
        lr = 1.0
    opt = getattr(spec, "optimizer", network.optim.PLAIN)
    dropout = getattr(spec, "dropout", None)
    x, t = spec.inputs, spec.targets
    mode = getattr(spec, "mode", "batch")
    batches = [(x, t)] if mode == "batch" or lr is None else [(x[e : e + 1], t[e : e + 1]) for e in range(x.shape[0])]
    params = Params(spec.weights, spec.biases)
    out: list[tuple[Params, Pass, Params | None]] = []
    with np.errstate(all="ignore"):
        for _ in range(spec.steps):
            for xb, tb in batches:
                scales = dropout.scales(len(out), xb.shape[0]) if dropout is not None else None
                p = _pass(spec, params, xb, tb, scales, mistake, at)
                new = network.update(params, p, lr, spec.update_biases, opt) if lr is not None else None
                if mistake == "bias_not_summed" and new is not None and params.biases is not None:
                    # b − η δ_e for each example e: the (m, n) array a broadcast ``b -= lr * delta`` leaves
                    rows = tuple(np.asarray(b) - lr * d for b, d in zip(params.biases, p.deltas))
                    new = replace(new, biases=rows)
                used = (
                    replace(params, weights=tuple(_swapped(W) for W in params.weights))
                    if mistake == "transposed_index"
                    else params
                )
                out.append((used, p, new))
                if new is None:
                    return out
                params = new
    return out
