"""Exact forward and backward pass in float64 (the values every display is compared with).

Activations and losses live in one rule table each, ``f`` beside ``f'`` (micrograd's
habit), so adding one is one entry. Arrays hold one row per example, so batches
(mean loss over examples) already work here even though the walkthrough of this
version shows one example.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

Array = np.ndarray


def _sigmoid(z: Array) -> Array:
    # Stable for large |z|: never evaluates exp of a large positive number.
    out = np.empty_like(z, dtype=np.float64)
    pos = z >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    ez = np.exp(z[~pos])
    out[~pos] = ez / (1.0 + ez)
    return out


@dataclass(frozen=True)
class Activation:
    """An activation as f(z) and f'(z) written in terms of z and a = f(z)."""

    name: str
    f: Callable[[Array], Array]
    df: Callable[[Array, Array], Array]  # (z, a) -> f'(z)


def _sigmoid_prime(z: Array, a: Array) -> Array:
    # sigma(z) * sigma(-z) equals a(1 - a) but keeps its digits when a is close to 1.
    return _sigmoid(z) * _sigmoid(-z)


def _tanh_prime(z: Array, a: Array) -> Array:
    # sech^2(z) = 4 e^{-2|z|} / (1 + e^{-2|z|})^2 equals 1 - a^2 without its cancellation near |a| = 1.
    e = np.exp(-2.0 * np.abs(z))
    return 4.0 * e / (1.0 + e) ** 2


ACTIVATIONS: dict[str, Activation] = {
    "sigmoid": Activation("sigmoid", _sigmoid, _sigmoid_prime),
    "tanh": Activation("tanh", np.tanh, _tanh_prime),
    "relu": Activation("relu", lambda z: np.maximum(z, 0.0), lambda z, a: (z > 0).astype(np.float64)),
    "linear": Activation("linear", lambda z: z.astype(np.float64), lambda z, a: np.ones_like(z, dtype=np.float64)),
}


@dataclass(frozen=True)
class Loss:
    """A loss per example as a function of outputs o and targets t, and dLoss/do."""

    name: str
    f: Callable[[Array, Array], Array]  # (o, t) -> per-example loss, shape (m,)
    df: Callable[[Array, Array], Array]  # (o, t) -> dLoss/do, shape (m, n)


LOSSES: dict[str, Loss] = {
    "half_sse": Loss("half_sse", lambda o, t: 0.5 * np.sum((t - o) ** 2, axis=1), lambda o, t: o - t),
    "sse": Loss("sse", lambda o, t: np.sum((t - o) ** 2, axis=1), lambda o, t: 2.0 * (o - t)),
    "mse": Loss(
        "mse",
        lambda o, t: np.mean((t - o) ** 2, axis=1),
        lambda o, t: 2.0 * (o - t) / o.shape[1],
    ),
}


@dataclass(frozen=True)
class Params:
    """Weights W^(l) of shape (n_l, n_{l-1}) and biases b^(l) (None: no bias terms)."""

    weights: tuple[Array, ...]
    biases: tuple[Array, ...] | None


@dataclass(frozen=True)
class Pass:
    """Everything one forward+backward pass computes; per-layer lists are layers 1..L."""

    z: list[Array]  # (m, n_l)
    a: list[Array]  # (m, n_l); the input is ``inputs``
    loss: float  # mean over examples
    loss_parts: Array  # (m, n_L) per-output loss terms
    deltas: list[Array]  # dLoss/dz per layer, (m, n_l), for the mean loss
    grad_w: list[Array]
    grad_b: list[Array] | None


def forward(params: Params, acts: tuple[str, ...], x: Array) -> tuple[list[Array], list[Array]]:
    """Net inputs and activations of every layer for examples ``x`` (m, n_0)."""
    zs, as_ = [], []
    a = x
    for l, W in enumerate(params.weights):
        z = a @ W.T
        if params.biases is not None:
            z = z + params.biases[l]
        a = ACTIVATIONS[acts[l]].f(z)
        zs.append(z)
        as_.append(a)
    return zs, as_


def loss_parts(loss: str, o: Array, t: Array) -> Array:
    """Per-output loss terms whose sum over outputs is the example's loss."""
    if loss == "half_sse":
        return 0.5 * (t - o) ** 2
    if loss == "sse":
        return (t - o) ** 2
    if loss == "mse":
        return (t - o) ** 2 / o.shape[1]
    raise KeyError(loss)


def run(params: Params, acts: tuple[str, ...], loss: str, x: Array, t: Array) -> Pass:
    """Forward and backward pass; the loss is the mean over the m examples."""
    m = x.shape[0]
    zs, as_ = forward(params, acts, x)
    lf = LOSSES[loss]
    per_example = lf.f(as_[-1], t)
    L = len(params.weights)
    deltas: list[Array] = [np.empty(0)] * L
    d = lf.df(as_[-1], t) / m * ACTIVATIONS[acts[-1]].df(zs[-1], as_[-1])
    deltas[-1] = d
    for l in range(L - 2, -1, -1):
        d = (d @ params.weights[l + 1]) * ACTIVATIONS[acts[l]].df(zs[l], as_[l])
        deltas[l] = d
    prev = [x] + as_[:-1]
    grad_w = [deltas[l].T @ prev[l] for l in range(L)]
    grad_b = [deltas[l].sum(axis=0) for l in range(L)] if params.biases is not None else None
    return Pass(
        z=zs,
        a=as_,
        loss=float(per_example.mean()),
        loss_parts=loss_parts(loss, as_[-1], t),
        deltas=deltas,
        grad_w=grad_w,
        grad_b=grad_b,
    )


def update(params: Params, p: Pass, lr: float, update_biases: bool = True) -> Params:
    """One gradient-descent step: theta <- theta - lr * dLoss/dtheta."""
    weights = tuple(W - lr * g for W, g in zip(params.weights, p.grad_w))
    biases = params.biases
    if biases is not None and update_biases and p.grad_b is not None:
        biases = tuple(b - lr * g for b, g in zip(biases, p.grad_b))
    return Params(weights, biases)


def train(
    params: Params, acts: tuple[str, ...], loss: str, x: Array, t: Array, lr: float | None, steps: int, update_biases: bool = True
) -> list[tuple[Params, Pass, Params | None]]:
    """Run ``steps`` steps; each entry is (parameters used, pass, parameters after)."""
    out = []
    for _ in range(steps):
        p = run(params, acts, loss, x, t)
        new = update(params, p, lr, update_biases) if lr is not None else None
        out.append((params, p, new))
        if new is None:
            break
        params = new
    return out


def train_spec(spec: Any) -> list[tuple[Params, Pass, Params | None]]:
    """:func:`train` on a validated spec's parameters, data and training settings."""
    return train(
        Params(spec.weights, spec.biases),
        spec.activations,
        spec.loss,
        spec.inputs,
        spec.targets,
        spec.learning_rate,
        spec.steps,
        spec.update_biases,
    )
