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


#: Directions (perturbed parameters) evaluated together, times examples times neurons: bounds the memory
#: of one batch (2^18 complex numbers are 4 MB per array).
BATCH_ELEMENTS = 2**18
#: The work, in complex multiply-adds, that :func:`affordable_indices` allows for checking every parameter.
#: Seed 003 (784-32-32-10, 2 examples) needs 7e7 for its 26,506 parameters: about 0.1 s.
BUDGET = 2 * 10**8


def _cost(layers: tuple[int, ...], l: int, m: int) -> int:
    """Complex multiply-adds of one direction from weight layer ``l``'s net input through every later layer."""
    return m * layers[l + 1] + m * sum(layers[q] * layers[q + 1] for q in range(l + 1, len(layers) - 1))


def affordable_indices(layers: tuple[int, ...], m: int, biases: bool, sample: list[int]) -> list[int]:
    """Every parameter when the complex step over all of them fits :data:`BUDGET`, else ``sample``.

    Why all: an evenly spread sample of a 784-input layer lands mostly on weights of pixels that
    are 0 in every example, whose gradient is 0 whatever the backward pass does; seed 003's 64
    had 8 non-zero gradients and none in W^(3) or the hidden biases.
    """
    total = sum(
        (layers[l] * layers[l + 1] + (layers[l + 1] if biases else 0)) * _cost(layers, l, m) for l in range(len(layers) - 1)
    )
    if total <= BUDGET:
        return list(range(sum(layers[l] * layers[l + 1] + (layers[l + 1] if biases else 0) for l in range(len(layers) - 1))))
    return sample


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
    in real arithmetic and shared. In θ_k's layer, the net input with θ_k + i·h in place of θ_k
    is the real one plus i·h times what θ_k multiplies (the previous activation for a weight,
    1 for a bias): z is a sum of products, so that is its exact value, not a derivative rule.
    From there on the forward pass runs in complex numbers, for a batch of parameters of
    the same layer and all examples at once (axes: parameter, example, neuron); ``scales`` are
    the dropout factors m / (1 - p) that multiply a hidden layer's activations (fixed masks).
    A weight whose input is 0 in every example is not evaluated: its imaginary part is exactly 0.
    Non-finite results are returned as they are (the caller decides what to do with them).
    """
    x = np.asarray(x, dtype=np.float64)
    t = np.asarray(t, dtype=np.float64)
    m = x.shape[0]
    has_b = biases is not None

    def into(l: int, a: np.ndarray) -> np.ndarray:
        """The previous layer's activations as layer ``l`` takes them (after dropout)."""
        drop = scales[l - 1] if scales is not None and 0 < l <= len(scales) else None
        return a if drop is None else a * np.asarray(drop, dtype=np.float64)

    def affine(l: int, a: np.ndarray) -> np.ndarray:
        """z = a W^T + b over the last axis, whatever the leading axes.

        W is real, so a complex ``a`` is multiplied part by part ((x + iy) W = xW + i yW, as complex
        arithmetic does it), which lets two real matrix products do the work.
        """
        Wt = np.asarray(weights[l], dtype=np.float64).T
        flat = a.reshape(-1, a.shape[-1])
        if np.iscomplexobj(flat):
            z = np.empty((flat.shape[0], Wt.shape[1]), dtype=np.complex128)
            z.real = flat.real @ Wt
            z.imag = flat.imag @ Wt
        else:
            z = flat @ Wt
        z = z.reshape(*a.shape[:-1], Wt.shape[1])
        return z + np.asarray(biases[l], dtype=np.float64) if has_b else z

    inputs: list[np.ndarray] = []  # what each weight layer takes, in real arithmetic
    zs: list[np.ndarray] = []
    a = x
    for l in range(len(weights)):
        inputs.append(into(l, a))
        zs.append(affine(l, inputs[l]))
        a = activate(acts[l], zs[l], opts)
    where = [parameter_position(layers, has_b, k) for k in indices]
    out = np.zeros(len(indices))
    # A weight whose input is 0 in every example (a blank pixel, a dead ReLU, a dropped neuron) adds i·h times 0
    # to its net input: the complex evaluation is the real one, its imaginary part exactly 0, so it is not redone.
    used = [np.any(a != 0, axis=0).tolist() for a in inputs]  # per layer: which inputs are non-zero somewhere
    live = [n for n, (l, kind, _, i) in enumerate(where) if kind == "b" or used[l][i]]
    pos = 0
    while pos < len(live):
        lk = where[live[pos]][0]
        size = max(1, BATCH_ELEMENTS // (m * max(layers[lk + 1 :])))
        end = pos
        while end < len(live) and end - pos < size and where[live[end]][0] == lk:
            end += 1
        batch = [where[n] for n in live[pos:end]]
        z_c = np.repeat(zs[lk][None].astype(np.complex128), len(batch), axis=0)  # (parameter, example, neuron)
        rows = np.arange(len(batch))
        js = np.array([j for _, _, j, _ in batch])
        # what θ multiplies, per parameter and example: the input it weighs, or 1 for a bias
        times = np.array([inputs[lk][:, i] if kind == "w" else np.ones(m) for _, kind, _, i in batch])
        z_c[rows, :, js] += 1j * STEP * times
        a_c = activate(acts[lk], z_c, opts)
        for l in range(lk + 1, len(weights)):
            z_c = affine(l, into(l, a_c))
            a_c = activate(acts[l], z_c, opts)
        out[live[pos:end]] = loss_of(loss, acts[-1], z_c, a_c, t).mean(axis=-1).imag / STEP
        pos = end
    return out


__all__ = ["BATCH_ELEMENTS", "BUDGET", "STEP", "activate", "affordable_indices", "gradients", "loss_of", "parameter_position"]
