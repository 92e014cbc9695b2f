"""Optimizers in float64: PyTorch's documented ``torch.optim`` update rules, one step at a time.

Why PyTorch's rules and not a textbook's: a teacher checks an optimizer walkthrough by running
it in PyTorch, so the rules here are the ones its documentation writes out (SGD with momentum
and dampening 0, Nesterov as PyTorch writes it, RMSprop without centering or momentum, Adagrad
without learning-rate decay, Adam and AdamW with bias correction, ε added after the square
root), in PyTorch's order within a step: clip the whole gradient to ``clip_norm``
(``clip_grad_norm_``), then the optimizer adds coupled weight decay and updates its state.

This module holds no rounding: :mod:`generator.engine.optimtrace` prints the same rules under
the rounding policy, and the certificate compares the two.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from ..spec.optimizer import PLAIN, STATES, Optimizer

Array = np.ndarray

#: torch.nn.utils.clip_grad_norm_ divides by the norm plus this, so a zero gradient is not a division by zero.
CLIP_EPS = 1e-6


@dataclass(frozen=True)
class OptimState:
    """What one step of the optimizer leaves behind, per parameter array.

    ``arrays`` holds, in order, the weights of layers 1..L, then (when they are updated) the
    biases of layers 1..L; ``state[name]`` is shaped like ``arrays``.
    """

    t: int
    state: dict[str, list[Array]] = field(default_factory=dict)
    used: list[Array] = field(default_factory=list)  # the gradient the rule saw (clipped, plus coupled decay)
    grad_norm: float = 0.0
    clip_factor: float = 1.0


def _same(a: Array) -> Array:
    return a


def clip_factor(grads: list[Array], clip_norm: float | None) -> tuple[float, float]:
    """(norm, factor) of ``clip_grad_norm_``: the L2 norm over every array, and min(1, C / (norm + 1e-6))."""
    norm = math.sqrt(sum(float(np.sum(g * g)) for g in grads))
    if clip_norm is None:
        return norm, 1.0
    return norm, min(1.0, clip_norm / (norm + CLIP_EPS))


def step(
    opt: Optimizer,
    lr: float,
    params: list[Array],
    grads: list[Array],
    decays: list[bool],
    prev: OptimState | None,
    q: Callable[[Array], Array] | None = None,
) -> tuple[list[Array], OptimState]:
    """One optimizer step on parameter arrays ``params`` with loss gradients ``grads``.

    ``decays[k]`` says whether array k takes weight decay (weights always; biases only with
    ``decay_biases``). ``prev`` is the state after the previous step (None before the first).
    ``q`` rounds each intermediate result as a document prints it (level 2 uses it to know how
    far round-and-carry honestly moves a new weight); None keeps full precision.
    """
    r = q if q is not None else _same
    t = 1 if prev is None else prev.t + 1
    norm, c = clip_factor(grads, opt.clip_norm)
    c = float(r(np.float64(c)))
    lam = opt.weight_decay
    new: list[Array] = []
    used: list[Array] = []
    state: dict[str, list[Array]] = {s: [] for s in opt.states}
    for k, (p, g0) in enumerate(zip(params, grads)):
        g = g0 * c if c != 1.0 else g0
        if lam and decays[k] and not opt.decoupled:
            g = g + lam * p
        g = r(g)
        used.append(g)
        old = {s: prev.state[s][k] for s in opt.states} if prev is not None else None
        if opt.name == "sgd":
            new.append(r(p - lr * g))
        elif opt.name == "momentum":
            mu = opt.get("momentum")
            b = r(g if old is None else mu * old["velocity"] + g)
            state["velocity"].append(b)
            new.append(r(p - lr * (g + mu * b if opt.nesterov else b)))
        elif opt.name == "rmsprop":
            a = opt.get("alpha")
            v = r((1 - a) * g * g if old is None else a * old["v"] + (1 - a) * g * g)
            state["v"].append(v)
            new.append(r(p - lr * g / (np.sqrt(v) + opt.get("eps"))))
        elif opt.name == "adagrad":
            s = r(g * g if old is None else old["sum"] + g * g)
            state["sum"].append(s)
            new.append(r(p - lr * g / (np.sqrt(s) + opt.get("eps"))))
        else:  # adam, adamw
            b1, b2 = opt.get("beta1"), opt.get("beta2")
            m = r((1 - b1) * g if old is None else b1 * old["m"] + (1 - b1) * g)
            v = r((1 - b2) * g * g if old is None else b2 * old["v"] + (1 - b2) * g * g)
            mh = r(m / (1 - b1**t))
            vh = r(v / (1 - b2**t))
            for s, a in zip(("m", "v", "m_hat", "v_hat"), (m, v, mh, vh)):
                state[s].append(a)
            base = p - lr * lam * p if opt.decoupled and lam and decays[k] else p
            new.append(r(base - lr * mh / (np.sqrt(vh) + opt.get("eps"))))
    return new, OptimState(t, state, used, norm, c)


__all__ = ["PLAIN", "STATES", "OptimState", "Optimizer", "clip_factor", "step"]
