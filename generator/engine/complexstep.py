"""The gradient oracle for networks too large for SymPy: complex-step differentiation in NumPy.

Why: SymPy differentiating the loss in one parameter at a time took about 3 of the 4 s of
seed 003's render (784-32-32-10), building SymPy numbers and products for 64 parameters.
The complex step (Squire & Trapp 1998; Martins, Sturdza & Alonso 2003) gets the same
derivative from one evaluation of the loss per parameter: with θ_k moved to θ_k + i·h,
Im L(θ_k + i·h) / h = dL/dθ_k + O(h²), and since nothing is subtracted there is no
cancellation, so h = 1e-20 gives the derivative to float64 precision. It is forward-mode
differentiation carried by complex arithmetic: no derivative formula is written anywhere
here, so this module cannot share a mistake with the backward pass it checks.

Independence: this module re-implements the forward pass from the definitions (the same ones
:func:`generator.engine.symbolic.sym_activation` and ``sym_loss_term`` state) and imports
nothing from :mod:`generator.engine.network` but its options record, and nothing from the trace
builder. Branch decisions (ReLU's kink, the overflow-safe forms of sigmoid, softmax and the
logarithmic losses) look at real parts only, so each evaluates the analytic piece that holds
at θ_k, as SymPy's ``Piecewise`` did; at z = 0 the spec's convention picks the piece.
"""

from __future__ import annotations

from typing import Literal

import numpy as np

from .network import DEFAULT_OPTIONS, ActOptions

#: The imaginary step. Any tiny value works (no subtraction), as long as h times the largest
#: derivative of an intermediate stays far above float64's smallest normal number.
STEP = 1e-20

Where = tuple[int, Literal["w", "b"], int, int]


def parameter_position(layers: tuple[int, ...], biases: bool, k: int) -> Where:
    """(layer, "w" or "b", j, i) of parameter ``k`` in ``flatten_params`` order: W^(1) row-major, b^(1), W^(2), ..."""
    for l in range(len(layers) - 1):
        n_w = layers[l + 1] * layers[l]
        if k < n_w:
            return (l, "w", k // layers[l], k % layers[l])
        k -= n_w
        if biases:
            if k < layers[l + 1]:
                return (l, "b", k, 0)
            k -= layers[l + 1]
    raise IndexError("parameter index beyond the network's parameters")


def _positive(z: np.ndarray, opts: ActOptions) -> np.ndarray:
    """Where a (leaky) ReLU takes its identity piece: z > 0, and z = 0 too when the convention says so."""
    return (z.real > 0) | ((z.real == 0) & (opts.relu_prime_at_zero == 1))


def _sigmoid(z: np.ndarray) -> np.ndarray:
    """1 / (1 + e^{-z}), written as e^{z} / (1 + e^{z}) where Re z < 0 so that no e^{800} is formed."""
    out = np.empty_like(z)
    pos = z.real >= 0
    out[pos] = 1 / (1 + np.exp(-z[pos]))
    ez = np.exp(z[~pos])
    out[~pos] = ez / (1 + ez)
    return out


def _softplus(z: np.ndarray) -> np.ndarray:
    """ln(1 + e^{z}) without overflow: z + ln(1 + e^{-z}) where Re z > 0."""
    out = np.empty_like(z)
    pos = z.real > 0
    out[pos] = z[pos] + np.log1p(np.exp(-z[pos]))
    out[~pos] = np.log1p(np.exp(z[~pos]))
    return out


def _logsumexp(z: np.ndarray) -> np.ndarray:
    """ln sum_k e^{z_k} over the last axis, shifted by the largest real part (the shift cancels exactly)."""
    m = z.real.max(axis=-1, keepdims=True)
    return m + np.log(np.exp(z - m).sum(axis=-1, keepdims=True))


def activate(name: str, z: np.ndarray, opts: ActOptions = DEFAULT_OPTIONS) -> np.ndarray:
    """A layer's activations (last axis: the layer's neurons) from their definitions, in complex arithmetic."""
    if name == "sigmoid":
        return _sigmoid(z)
    if name == "tanh":
        return np.tanh(z)
    if name == "relu":
        return np.where(_positive(z, opts), z, 0)
    if name == "leaky_relu":
        return np.where(_positive(z, opts), z, float(opts.leaky_slope) * z)
    if name == "linear":
        return z
    if name == "softmax":
        return np.exp(z - _logsumexp(z))
    raise KeyError(name)


def _log(act: str, z: np.ndarray, a: np.ndarray) -> np.ndarray:
    """ln a of the output layer, finite where a rounds to 0: ln σ(z) = -softplus(-z), ln softmax(z) = z - ln Σ e^z."""
    if act == "sigmoid":
        return -_softplus(-z)
    if act == "softmax":
        return z - _logsumexp(z)
    return np.log(a)


def _log1m(act: str, z: np.ndarray, a: np.ndarray) -> np.ndarray:
    """ln(1 - a) of the output layer, finite where a rounds to 1: ln(1 - σ(z)) = -softplus(z)."""
    if act == "sigmoid":
        return -_softplus(z)
    return np.log1p(-a)


def loss_of(name: str, act: str, z: np.ndarray, a: np.ndarray, t: np.ndarray) -> np.ndarray:
    """Each example's loss (summed over the outputs; last axis) from the output layer's z and a.

    A target of exactly 0 (or 1, for the complementary term of bce) multiplies a logarithm
    by 0: that term is 0 and is left out, so a probability that rounds to 0 cannot make it 0 * -inf.
    """
    n = a.shape[-1]
    if name == "half_sse":
        return 0.5 * ((t - a) ** 2).sum(axis=-1)
    if name == "sse":
        return ((t - a) ** 2).sum(axis=-1)
    if name == "mse":
        return ((t - a) ** 2).sum(axis=-1) / n
    if name == "cross_entropy":
        return -np.where(t != 0, t * _log(act, z, a), 0).sum(axis=-1)
    if name == "bce":
        ones = np.where(t != 0, t * _log(act, z, a), 0)
        zeros = np.where(t != 1, (1 - t) * _log1m(act, z, a), 0)
        return -(ones + zeros).sum(axis=-1)
    raise KeyError(name)


def gradients(
    layers: tuple[int, ...],
    acts: tuple[str, ...],
    loss: str,
    weights: tuple[np.ndarray, ...],
    biases: tuple[np.ndarray, ...] | None,
    x: np.ndarray,
    t: np.ndarray,
    indices: list[int],
    opts: ActOptions = DEFAULT_OPTIONS,
    scales: list[np.ndarray | None] | None = None,
) -> np.ndarray:
    """d(mean loss)/dθ_k for each k in ``indices`` (in ``flatten_params`` order), by the complex step.

    The layers below θ_k's layer do not depend on it: their activations are computed once
    in real arithmetic and shared. From θ_k's layer on, the forward pass runs in complex
    numbers with θ_k + i·h in place of θ_k, for all examples at once; ``scales`` are the
    dropout factors m / (1 - p) that multiply a hidden layer's activations (fixed masks).
    Non-finite results are returned as they are (the caller decides what to do with them).
    """
    x = np.asarray(x, dtype=np.float64)
    t = np.asarray(t, dtype=np.float64)

    def into(l: int, a: np.ndarray) -> np.ndarray:
        """The previous layer's activations as layer ``l`` takes them (after dropout)."""
        drop = scales[l - 1] if scales is not None and 0 < l <= len(scales) else None
        return a if drop is None else a * np.asarray(drop, dtype=np.float64)

    inputs: list[np.ndarray] = []  # what each weight layer takes, in real arithmetic
    a = x
    for l, W in enumerate(weights):
        inputs.append(into(l, a))
        z = inputs[l] @ np.asarray(W, dtype=np.float64).T + (biases[l] if biases is not None else 0.0)
        a = activate(acts[l], z, opts)
    out = np.empty(len(indices))
    for pos, k in enumerate(indices):
        lk, kind, j, i = parameter_position(layers, biases is not None, k)
        W = np.array(weights[lk], dtype=np.complex128)  # a copy: the caller's parameters stay as they are
        b = np.array(biases[lk] if biases is not None else np.zeros(W.shape[0]), dtype=np.complex128)
        if kind == "w":
            W[j, i] += 1j * STEP
        else:
            b[j] += 1j * STEP
        a_c: np.ndarray = inputs[lk]
        for l in range(lk, len(weights)):
            if l == lk:
                z_c = a_c @ W.T + b
            else:
                z_c = into(l, a_c) @ np.asarray(weights[l], dtype=np.float64).T + (biases[l] if biases is not None else 0.0)
            a_c = activate(acts[l], z_c, opts)
        out[pos] = loss_of(loss, acts[-1], z_c, a_c, t).mean().imag / STEP
    return out


__all__ = ["STEP", "activate", "gradients", "loss_of", "parameter_position"]
