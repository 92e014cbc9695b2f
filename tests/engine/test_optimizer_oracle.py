"""Optimizers (issue 19) against an independent oracle: the published algorithms, coded here from their texts.

Every case below is written as a spec, rendered through the CLI (``nnwalk render SPEC --format json``: a few cases
in their own process, the rest through the same entry point, ``generator.cli.main``, in the test's process), and its
JSON answer key is compared, update by update, with a reference computed in this file: a NumPy forward/backward pass
of a dense network (checked against central finite differences and the published values of Mazur's 2-2-2 example)
and each optimizer rule written from its published pseudo-code. The oracle imports nothing from ``generator``: it
shares no code with the implementation it checks.

Sources of the rules (PyTorch's documented pseudo-code; Kingma & Ba for Adam):

* SGD, momentum, Nesterov: https://pytorch.org/docs/1.13/generated/torch.optim.SGD.html
* RMSprop:                 https://pytorch.org/docs/1.13/generated/torch.optim.RMSprop.html
* Adagrad:                 https://pytorch.org/docs/1.12/generated/torch.optim.Adagrad.html
* Adam:                    https://pytorch.org/docs/1.13/generated/torch.optim.Adam.html
* AdamW:                   https://pytorch.org/docs/1.10/generated/torch.optim.AdamW.html
* clip_grad_norm_:         https://docs.pytorch.org/docs/stable/generated/torch.nn.utils.clip_grad_norm_.html and
                           https://docs.pytorch.org/docs/stable/generated/torch.nn.utils.clip_grads_with_norm_.html
* Adam, Algorithm 1:       D. P. Kingma and J. Ba, "Adam: A Method for Stochastic Optimization", ICLR 2015,
                           https://arxiv.org/abs/1412.6980

Where ``torch`` is importable the same cases are also compared with real ``torch.optim`` in float64 (and the
reference itself with torch); elsewhere those tests skip and the pseudo-code oracle above still runs.
"""

from __future__ import annotations

import contextlib
import io
import json
import math
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
RTOL = 1e-12
ATOL = 1e-12
CLIP_EPS = 1e-6  # clip_grad_norm_: factor = max_norm / (total_norm + 1e-6), clamped to 1
TORCH_SKIP = "torch is not installed: this comparison runs where it is (pip install torch); the paper/pseudo-code oracle above runs everywhere"

# The state each optimizer reports in the JSON (``optimizer_state``), by name.
STATE_NAMES: dict[str, tuple[str, ...]] = {
    "sgd": (),
    "momentum": ("velocity",),
    "rmsprop": ("v",),
    "adagrad": ("sum",),
    "adam": ("m", "v", "m_hat", "v_hat"),
    "adamw": ("m", "v", "m_hat", "v_hat"),
}


# ============================================================================ networks


@dataclass(frozen=True)
class Net:
    layers: tuple[int, ...]
    activations: tuple[str, ...]
    loss: str
    weights: tuple[tuple[tuple[float, ...], ...], ...]  # weights[l]: rows = neurons of layer l+1, shape (n_out, n_in)
    biases: tuple[tuple[float, ...], ...]
    inputs: tuple[tuple[float, ...], ...]  # one row per example
    targets: tuple[tuple[float, ...], ...]
    mode: str  # batch: one update per step on the mean loss; sgd: one update per example, in order

    def arrays(self) -> tuple[list[np.ndarray], list[np.ndarray], np.ndarray, np.ndarray]:
        W = [np.array(w, dtype=float) for w in self.weights]
        b = [np.array(v, dtype=float) for v in self.biases]
        return W, b, np.array(self.inputs, dtype=float), np.array(self.targets, dtype=float)


# M. Mazur's "A Step by Step Backpropagation Example": 2-2-2, sigmoid, half_sse, one example.
NET_A = Net(
    layers=(2, 2, 2),
    activations=("sigmoid", "sigmoid"),
    loss="half_sse",
    weights=(((0.15, 0.20), (0.25, 0.30)), ((0.40, 0.45), (0.50, 0.55))),
    biases=((0.35, 0.35), (0.60, 0.60)),
    inputs=((0.05, 0.10),),
    targets=((0.01, 0.99),),
    mode="batch",
)
# 2-3-2, tanh then softmax, cross-entropy, three examples in one batch.
NET_B = Net(
    layers=(2, 3, 2),
    activations=("tanh", "softmax"),
    loss="cross_entropy",
    weights=(((0.2, -0.4), (0.5, 0.3), (-0.6, 0.1)), ((0.3, -0.5, 0.4), (-0.2, 0.6, 0.25))),
    biases=((0.1, -0.2, 0.05), (0.05, -0.1)),
    inputs=((0.5, 1.0), (1.0, -0.5), (-0.3, 0.8)),
    targets=((1.0, 0.0), (0.0, 1.0), (1.0, 0.0)),
    mode="batch",
)
# 3-2-1, relu then linear, mse, two examples, one update per example. Hidden unit 2 is off for example 1 and on
# for example 2 (net inputs -0.4 and 0.22), so the zero branch of relu is exercised; every case keeps all relu
# net inputs well away from 0 (asserted in test_reference_relu_margins), where the derivative jumps.
NET_C = Net(
    layers=(3, 2, 1),
    activations=("relu", "linear"),
    loss="mse",
    weights=(((0.4, -0.2, 0.3), (-0.5, 0.6, 0.5)), ((0.7, -0.4),)),
    biases=((0.1, 0.05), (0.2,)),
    inputs=((1.0, 0.5, -0.5), (0.2, -0.3, 0.9)),
    targets=((0.5,), (-0.3,)),
    mode="sgd",
)
NETS = {"A": NET_A, "B": NET_B, "C": NET_C}


# ============================================================================ the reference forward/backward pass


def _activate(name: str, z: np.ndarray) -> np.ndarray:
    if name == "sigmoid":
        return 1.0 / (1.0 + np.exp(-z))
    if name == "tanh":
        return np.tanh(z)
    if name == "relu":
        return np.where(z > 0.0, z, 0.0)
    if name == "linear":
        return z.copy()
    if name == "softmax":  # rows are examples
        e = np.exp(z - z.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)
    raise AssertionError(name)


def _derivative(name: str, z: np.ndarray, a: np.ndarray) -> np.ndarray:
    """f'(z) elementwise (softmax is handled through its Jacobian in the backward pass)."""
    if name == "sigmoid":
        return a * (1.0 - a)
    if name == "tanh":
        return 1.0 - a * a
    if name == "relu":
        return np.where(z > 0.0, 1.0, 0.0)  # 0 at z = 0
    if name == "linear":
        return np.ones_like(z)
    raise AssertionError(name)


def forward(W: list[np.ndarray], b: list[np.ndarray], acts: tuple[str, ...], X: np.ndarray) -> tuple[list, list]:
    """Net inputs z[l] and activations a[l] (a[0] = X), one row per example."""
    zs: list[np.ndarray] = []
    As: list[np.ndarray] = [X]
    for w, v, act in zip(W, b, acts):
        z = As[-1] @ w.T + v
        zs.append(z)
        As.append(_activate(act, z))
    return zs, As


def example_losses(loss: str, O: np.ndarray, T: np.ndarray) -> np.ndarray:
    if loss == "half_sse":
        return 0.5 * ((T - O) ** 2).sum(axis=1)
    if loss == "mse":
        return ((T - O) ** 2).mean(axis=1)
    if loss == "cross_entropy":
        return -(T * np.log(O)).sum(axis=1)
    raise AssertionError(loss)


def mean_loss(net: Net, W: list[np.ndarray], b: list[np.ndarray], X: np.ndarray, T: np.ndarray) -> float:
    _, As = forward(W, b, net.activations, X)
    return float(example_losses(net.loss, As[-1], T).mean())


def gradients(net: Net, W: list[np.ndarray], b: list[np.ndarray], X: np.ndarray, T: np.ndarray) -> tuple[list, list]:
    """Gradient of the MEAN loss over the rows of X with respect to every W[l] and b[l]."""
    zs, As = forward(W, b, net.activations, X)
    n = X.shape[0]
    O = As[-1]
    if net.loss == "half_sse":
        dO = O - T
    elif net.loss == "mse":
        dO = 2.0 * (O - T) / O.shape[1]
    elif net.loss == "cross_entropy":
        dO = -T / O
    else:
        raise AssertionError(net.loss)
    dO = dO / n  # the mean over the examples
    L = len(W)
    if net.activations[-1] == "softmax":  # J = diag(s) - s s^T (symmetric): (J g)_i = s_i (g_i - sum_j s_j g_j)
        delta = O * (dO - (O * dO).sum(axis=1, keepdims=True))
    else:
        delta = dO * _derivative(net.activations[-1], zs[-1], O)
    gW: list[np.ndarray] = [np.empty(0)] * L
    gb: list[np.ndarray] = [np.empty(0)] * L
    for l in range(L - 1, -1, -1):
        gW[l] = delta.T @ As[l]
        gb[l] = delta.sum(axis=0)
        if l:
            delta = (delta @ W[l]) * _derivative(net.activations[l - 1], zs[l - 1], As[l])
    return gW, gb


# ============================================================================ the reference optimizers


@dataclass(frozen=True)
class Opt:
    name: str
    hp: dict[str, Any]  # every hyper-parameter, always written out in the spec

    def spec(self) -> str | dict[str, Any]:
        return self.name if self.name == "sgd" else {"name": self.name, **self.hp}


def optimizer_update(
    opt: Opt, lr: float, p: np.ndarray, g: np.ndarray, lam: float, state: dict[str, np.ndarray], t: int
) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """One step of ``opt`` on one parameter array p with its (already clipped) gradient g; lam = its weight decay.

    Each branch follows the pseudo-code of the page cited beside it, line by line (t counts updates from 1).
    """
    hp = opt.hp
    if opt.name == "sgd":
        # torch.optim.SGD, momentum = 0 (https://pytorch.org/docs/1.13/generated/torch.optim.SGD.html):
        #   if λ ≠ 0: g_t ← g_t + λ θ_{t-1};   θ_t ← θ_{t-1} − γ g_t
        if lam != 0.0:
            g = g + lam * p
        return p - lr * g, {}
    if opt.name == "momentum":
        # torch.optim.SGD with μ ≠ 0, dampening τ = 0 (same page):
        #   if λ ≠ 0: g_t ← g_t + λ θ_{t-1}
        #   b_t ← g_t if t = 1 else μ b_{t-1} + (1 − τ) g_t
        #   g_t ← g_t + μ b_t if nesterov else b_t;   θ_t ← θ_{t-1} − γ g_t
        mu, tau = hp["momentum"], 0.0
        if lam != 0.0:
            g = g + lam * p
        buf = g.copy() if t == 1 else mu * state["velocity"] + (1.0 - tau) * g
        d = g + mu * buf if hp["nesterov"] else buf
        return p - lr * d, {"velocity": buf}
    if opt.name == "rmsprop":
        # torch.optim.RMSprop, momentum 0, not centered (https://pytorch.org/docs/1.13/generated/torch.optim.RMSprop.html):
        #   v_0 ← 0;  if λ ≠ 0: g_t ← g_t + λ θ_{t-1};  v_t ← α v_{t-1} + (1 − α) g_t²;  θ_t ← θ_{t-1} − γ g_t / (√v_t + ε)
        alpha, eps = hp["alpha"], hp["eps"]
        if lam != 0.0:
            g = g + lam * p
        v = alpha * state.get("v", np.zeros_like(p)) + (1.0 - alpha) * g * g
        return p - lr * g / (np.sqrt(v) + eps), {"v": v}
    if opt.name == "adagrad":
        # torch.optim.Adagrad, lr_decay η = 0, initial accumulator 0 (https://pytorch.org/docs/1.12/generated/torch.optim.Adagrad.html):
        #   state_sum_0 ← 0;  γ̃ ← γ / (1 + (t − 1) η);  if λ ≠ 0: g_t ← g_t + λ θ_{t-1}
        #   state_sum_t ← state_sum_{t-1} + g_t²;  θ_t ← θ_{t-1} − γ̃ g_t / (√state_sum_t + ε)
        eps, eta = hp["eps"], 0.0
        lr_t = lr / (1.0 + (t - 1) * eta)
        if lam != 0.0:
            g = g + lam * p
        s = state.get("sum", np.zeros_like(p)) + g * g
        return p - lr_t * g / (np.sqrt(s) + eps), {"sum": s}
    if opt.name in ("adam", "adamw"):
        # torch.optim.Adam (https://pytorch.org/docs/1.13/generated/torch.optim.Adam.html), amsgrad off:
        #   if λ ≠ 0: g_t ← g_t + λ θ_{t-1}                                   (Adam: coupled, L2 penalty)
        # torch.optim.AdamW (https://pytorch.org/docs/1.10/generated/torch.optim.AdamW.html):
        #   θ_t ← θ_{t-1} − γ λ θ_{t-1}                                        (AdamW: decoupled, first)
        # both: m_t ← β1 m_{t-1} + (1 − β1) g_t;  v_t ← β2 v_{t-1} + (1 − β2) g_t²
        #       m̂_t ← m_t / (1 − β1^t);  v̂_t ← v_t / (1 − β2^t);  θ_t ← θ_t − γ m̂_t / (√v̂_t + ε)
        b1, b2, eps = hp["beta1"], hp["beta2"], hp["eps"]
        if opt.name == "adam" and lam != 0.0:
            g = g + lam * p
        if opt.name == "adamw":
            p = p - lr * lam * p
        m = b1 * state.get("m", np.zeros_like(p)) + (1.0 - b1) * g
        v = b2 * state.get("v", np.zeros_like(p)) + (1.0 - b2) * g * g
        m_hat = m / (1.0 - b1**t)
        v_hat = v / (1.0 - b2**t)
        return p - lr * m_hat / (np.sqrt(v_hat) + eps), {"m": m, "v": v, "m_hat": m_hat, "v_hat": v_hat}
    raise AssertionError(opt.name)


# ============================================================================ cases


@dataclass(frozen=True)
class Case:
    id: str
    net: str  # key of NETS
    steps: int
    lr: float
    opt: Opt
    weight_decay: float = 0.0
    decay_biases: bool = False
    clip_norm: float | None = None
    update_biases: bool = True
    presentation: bool = False  # add presentation: {rounding: significant 6, carry exact} (must not change the JSON floats)

    @property
    def network(self) -> Net:
        return NETS[self.net]


def _sgd() -> Opt:
    return Opt("sgd", {})


def _mom(mu: float, nesterov: bool) -> Opt:
    return Opt("momentum", {"momentum": mu, "nesterov": nesterov})


def _rms(alpha: float, eps: float) -> Opt:
    return Opt("rmsprop", {"alpha": alpha, "eps": eps})


def _adagrad(eps: float) -> Opt:
    return Opt("adagrad", {"eps": eps})


def _adam(name: str, b1: float, b2: float, eps: float) -> Opt:
    return Opt(name, {"beta1": b1, "beta2": b2, "eps": eps})


CASES: list[Case] = [
    # A: 2-2-2 sigmoid / half_sse, one example (gradient norm about 0.2 at the start)
    Case("A-sgd-1", "A", 1, 0.5, _sgd()),
    Case("A-sgd-3-wd", "A", 3, 0.5, _sgd(), weight_decay=0.01, presentation=True),
    Case("A-sgd-3-clip", "A", 3, 0.5, _sgd(), clip_norm=0.05),
    Case("A-momentum-3", "A", 3, 0.5, _mom(0.9, False)),
    Case("A-nesterov-3", "A", 3, 0.5, _mom(0.9, True)),
    Case("A-momentum-5-wd-db", "A", 5, 0.5, _mom(0.9, False), weight_decay=0.05, decay_biases=True),
    Case("A-nesterov-5-clip", "A", 5, 0.5, _mom(0.8, True), clip_norm=0.05),
    Case("A-rmsprop-3", "A", 3, 0.01, _rms(0.99, 1e-8)),
    Case("A-adagrad-3", "A", 3, 0.1, _adagrad(1e-10), presentation=True),
    Case("A-adam-1", "A", 1, 0.1, _adam("adam", 0.9, 0.999, 1e-8)),
    Case("A-adam-5-wd", "A", 5, 0.1, _adam("adam", 0.9, 0.999, 1e-8), weight_decay=0.1),
    Case(
        "A-adam-3-clip-wd-db", "A", 3, 0.1, _adam("adam", 0.9, 0.999, 1e-8), weight_decay=0.1, decay_biases=True, clip_norm=0.05
    ),
    Case("A-adamw-5-wd-db", "A", 5, 0.1, _adam("adamw", 0.9, 0.999, 1e-8), weight_decay=0.1, decay_biases=True),
    Case("A-adamw-3-nobias", "A", 3, 0.1, _adam("adamw", 0.9, 0.999, 1e-8), weight_decay=0.1, update_biases=False),
    # B: 2-3-2 tanh / softmax / cross_entropy, three examples in one batch (gradient norm about 0.5)
    Case("B-sgd-3", "B", 3, 0.5, _sgd()),
    Case("B-momentum-5", "B", 5, 0.3, _mom(0.5, False)),
    Case("B-nesterov-3-wd-db", "B", 3, 0.3, _mom(0.9, True), weight_decay=0.01, decay_biases=True),
    Case("B-nesterov-1-nobias", "B", 1, 0.3, _mom(0.9, True), update_biases=False),
    Case("B-rmsprop-5", "B", 5, 0.01, _rms(0.9, 1e-6), presentation=True),
    Case("B-rmsprop-3-wd-clip", "B", 3, 0.01, _rms(0.99, 1e-8), weight_decay=0.01, clip_norm=0.1),
    Case("B-adagrad-5-wd-db", "B", 5, 0.1, _adagrad(1e-10), weight_decay=0.02, decay_biases=True),
    Case("B-adagrad-1-clip", "B", 1, 0.1, _adagrad(1e-6), clip_norm=0.1),
    Case("B-adam-3", "B", 3, 0.05, _adam("adam", 0.8, 0.99, 1e-8)),
    Case("B-adamw-5-wd", "B", 5, 0.05, _adam("adamw", 0.9, 0.999, 1e-8), weight_decay=0.01),
    Case(
        "B-adamw-3-clip-wd-db", "B", 3, 0.05, _adam("adamw", 0.9, 0.999, 1e-6), weight_decay=0.1, decay_biases=True, clip_norm=0.1
    ),
    # C: 3-2-1 relu / linear / mse, two examples, mode sgd (one update per example: steps x 2 updates)
    Case("C-sgd-3", "C", 3, 0.1, _sgd()),
    Case("C-momentum-3-wd-db", "C", 3, 0.05, _mom(0.9, False), weight_decay=0.05, decay_biases=True),
    Case("C-nesterov-5", "C", 5, 0.05, _mom(0.9, True), presentation=True),
    Case("C-rmsprop-3", "C", 3, 0.005, _rms(0.99, 1e-8)),
    Case("C-adagrad-3-clip", "C", 3, 0.05, _adagrad(1e-10), clip_norm=0.1),
    Case("C-adam-5-wd", "C", 5, 0.02, _adam("adam", 0.9, 0.999, 1e-8), weight_decay=0.01),
    Case("C-adamw-1-wd-db", "C", 1, 0.02, _adam("adamw", 0.9, 0.999, 1e-8), weight_decay=0.1, decay_biases=True),
    Case("C-adam-3-clip-nobias", "C", 3, 0.02, _adam("adam", 0.85, 0.995, 1e-8), clip_norm=0.1, update_biases=False),
]
CASE_PARAMS = [pytest.param(c, id=c.id) for c in CASES]


# ============================================================================ the reference training run


@dataclass
class Update:
    """One update as the reference computes it: the raw gradient, its norm, the clip factor, the parameters after."""

    grad_w: list[np.ndarray]
    grad_b: list[np.ndarray]
    grad_norm: float
    clip_factor: float
    weights: list[np.ndarray]
    biases: list[np.ndarray]
    state: dict[str, tuple[list[np.ndarray], list[np.ndarray] | None]]  # name -> (weights, biases or None)


def batches(case: Case) -> list[tuple[np.ndarray, np.ndarray]]:
    """The (inputs, targets) of each update, in order: the whole batch each step, or each example in turn."""
    _, _, X, T = case.network.arrays()
    if case.network.mode == "batch":
        return [(X, T)] * case.steps
    return [(X[i : i + 1], T[i : i + 1]) for _ in range(case.steps) for i in range(X.shape[0])]


def clip_factor(norm: float, clip_norm: float | None) -> float:
    # clip_grads_with_norm_: grad ← grad · min(max_norm / (total_norm + 1e-6), 1)
    return 1.0 if clip_norm is None else min(clip_norm / (norm + CLIP_EPS), 1.0)


def reference_run(case: Case) -> list[Update]:
    """Forward, mean loss, backward, clip_grad_norm_ over the updated parameters, then the optimizer step."""
    net = case.network
    W, b, _, _ = net.arrays()
    nl = len(W)
    names = STATE_NAMES[case.opt.name]
    # the optimizer's parameters: every weight matrix, then (only when they are updated) every bias vector
    decay = [case.weight_decay] * nl + ([case.weight_decay if case.decay_biases else 0.0] * nl if case.update_biases else [])
    states: list[dict[str, np.ndarray]] = [{} for _ in decay]
    out: list[Update] = []
    for t, (X, T) in enumerate(batches(case), start=1):
        gW, gb = gradients(net, W, b, X, T)
        params = W + b if case.update_biases else list(W)
        grads = gW + gb if case.update_biases else list(gW)
        # torch.nn.utils.clip_grad_norm_: the 2-norm of all the gradients together, as if concatenated into one vector
        norm = math.sqrt(sum(float((g * g).sum()) for g in grads))
        factor = clip_factor(norm, case.clip_norm)
        if case.clip_norm is not None:
            grads = [g * factor for g in grads]
        new = []
        for i, (p, g) in enumerate(zip(params, grads)):
            q, states[i] = optimizer_update(case.opt, case.lr, p, g, decay[i], states[i], t)
            new.append(q)
        W = new[:nl]
        if case.update_biases:
            b = new[nl:]
        state = {
            name: (
                [states[i][name] for i in range(nl)],
                [states[nl + i][name] for i in range(nl)] if case.update_biases else None,
            )
            for name in names
        }
        out.append(Update(gW, gb, norm, factor, W, b, state))
    return out


# ============================================================================ the CLI and the comparison


def spec_document(case: Case) -> dict[str, Any]:
    net = case.network
    doc: dict[str, Any] = {
        "title": f"Optimizer oracle {case.id}",
        "network": {"layers": list(net.layers), "activations": list(net.activations), "loss": net.loss},
        "parameters": {
            "weights": [[list(row) for row in w] for w in net.weights],
            "biases": [list(v) for v in net.biases],
        },
        "data": {"inputs": [list(r) for r in net.inputs], "targets": [list(r) for r in net.targets]},
        "training": {
            "learning_rate": case.lr,
            "steps": case.steps,
            "mode": net.mode,
            "update_biases": case.update_biases,
            "optimizer": case.opt.spec(),
            "weight_decay": case.weight_decay,
            "decay_biases": case.decay_biases,
            "clip_norm": case.clip_norm,
        },
    }
    if case.presentation:
        doc["presentation"] = {"rounding": {"style": "significant", "digits": 6, "carry": "exact"}}
    return doc


#: These cases run the CLI in its own process (``python -m generator``), as a user's shell does; the others call the
#: same entry point (``generator.cli.main``) in this process, which skips the interpreter start-up and imports.
SUBPROCESS_CASES = {"A-sgd-1", "B-adam-3", "C-nesterov-5", "unknown-name-string"}


def run_cli(spec: Path, out: Path, subprocess_: bool = False) -> subprocess.CompletedProcess[str]:
    args = ["render", str(spec), "--format", "json", "-o", str(out)]
    if subprocess_:
        return subprocess.run([sys.executable, "-m", "generator", *args], cwd=ROOT, capture_output=True, text=True, timeout=600)
    from generator.cli import main  # the command line's entry point only: the oracle above imports nothing from generator

    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        code = main(args)
    return subprocess.CompletedProcess(args, code, stdout.getvalue(), stderr.getvalue())


def render(case: Case, tmp_path: Path) -> list[dict[str, Any]]:
    spec = tmp_path / "case.yaml"
    spec.write_text(yaml.safe_dump(spec_document(case), sort_keys=False))
    out = tmp_path / "out"
    proc = run_cli(spec, out, subprocess_=case.id in SUBPROCESS_CASES)
    assert proc.returncode == 0, f"render failed ({proc.returncode}):\n{proc.stderr}\n--- spec ---\n{spec.read_text()}"
    return json.loads((out / "case.json").read_text())["steps"]


def _close(actual: Any, expected: Any, what: str) -> None:
    assert actual is not None, f"{what}: missing (null)"
    np.testing.assert_allclose(
        np.asarray(actual, dtype=float), np.asarray(expected, dtype=float), rtol=RTOL, atol=ATOL, err_msg=what
    )


def _layers(actual: Any, expected: list[np.ndarray], what: str) -> None:
    assert isinstance(actual, list) and len(actual) == len(expected), f"{what}: expected {len(expected)} layers, got {actual!r}"
    for l, (a, e) in enumerate(zip(actual, expected), start=1):
        _close(a, e, f"{what}, layer {l}")


def compare(case: Case, steps: list[dict[str, Any]], expected: list[Update], original_biases: list[np.ndarray]) -> None:
    """The JSON answer key against the expected updates, to rtol = atol = 1e-12."""
    assert len(steps) == len(expected), f"{len(steps)} entries in steps, expected {len(expected)} updates"
    names = STATE_NAMES[case.opt.name]
    for k, (got, exp) in enumerate(zip(steps, expected), start=1):
        at = f"{case.id}, update {k}"
        _layers(got["gradients"]["weights"], exp.grad_w, f"{at}: gradients.weights")
        if case.update_biases or got["gradients"]["biases"] is not None:  # null is allowed when biases are not updated
            _layers(got["gradients"]["biases"], exp.grad_b, f"{at}: gradients.biases")
        _layers(got["updated"]["weights"], exp.weights, f"{at}: updated.weights")
        if case.update_biases:
            _layers(got["updated"]["biases"], exp.biases, f"{at}: updated.biases")
        elif got["updated"]["biases"] is not None:  # not updated: null, or else exactly the initial biases
            _layers(got["updated"]["biases"], original_biases, f"{at}: updated.biases (never updated)")
        info = got["optimizer"]
        assert info["name"] == case.opt.name, f"{at}: optimizer.name {info['name']!r}"
        assert info["t"] == k, f"{at}: optimizer.t {info['t']!r}"
        _close(info["grad_norm"], exp.grad_norm, f"{at}: optimizer.grad_norm")
        _close(info["clip_factor"], exp.clip_factor, f"{at}: optimizer.clip_factor")
        state = got["optimizer_state"]
        assert sorted(state) == sorted(names), f"{at}: optimizer_state names {sorted(state)}, expected {sorted(names)}"
        for name in names:
            ew, eb = exp.state[name]
            _layers(state[name]["weights"], ew, f"{at}: optimizer_state.{name}.weights")
            if eb is None:
                assert state[name]["biases"] is None, f"{at}: optimizer_state.{name}.biases should be null (biases not updated)"
            else:
                _layers(state[name]["biases"], eb, f"{at}: optimizer_state.{name}.biases")


@pytest.mark.parametrize("case", CASE_PARAMS)
def test_cli_matches_reference(case: Case, tmp_path: Path) -> None:
    steps = render(case, tmp_path)
    compare(case, steps, reference_run(case), case.network.arrays()[1])


# ============================================================================ bad optimizer settings


def _bad_base() -> dict[str, Any]:
    return spec_document(Case("bad", "A", 1, 0.1, _adam("adam", 0.9, 0.999, 1e-8)))


def _set_opt(opt: Any) -> Callable[[dict[str, Any]], None]:
    def apply(doc: dict[str, Any]) -> None:
        doc["training"]["optimizer"] = opt

    return apply


def _set_hp(**changes: Any) -> Callable[[dict[str, Any]], None]:
    def apply(doc: dict[str, Any]) -> None:
        doc["training"]["optimizer"].update(changes)

    return apply


def _set_training(**changes: Any) -> Callable[[dict[str, Any]], None]:
    def apply(doc: dict[str, Any]) -> None:
        doc["training"].update(changes)

    return apply


BAD = [
    pytest.param(_set_hp(beta1=1.0), "training.optimizer.beta1", id="beta1=1"),
    pytest.param(_set_hp(beta2=-0.1), "training.optimizer.beta2", id="beta2=-0.1"),
    pytest.param(_set_training(weight_decay=-0.01), "training.weight_decay", id="weight_decay<0"),
    pytest.param(_set_opt("sparkle"), "training.optimizer", id="unknown-name-string"),
    pytest.param(_set_opt({"name": "sparkle", "eps": 1e-8}), "training.optimizer", id="unknown-name-mapping"),
    pytest.param(_set_hp(gamma=0.5), "training.optimizer.gamma", id="unknown-key"),
    pytest.param(
        _set_opt({"name": "momentum", "momentum": 1.5, "nesterov": False}), "training.optimizer.momentum", id="momentum=1.5"
    ),
    pytest.param(_set_hp(eps=0.0), "training.optimizer.eps", id="adam-eps=0"),
    pytest.param(_set_opt({"name": "rmsprop", "alpha": 0.99, "eps": -1e-8}), "training.optimizer.eps", id="rmsprop-eps<0"),
    pytest.param(_set_opt({"name": "adagrad", "eps": 0.0}), "training.optimizer.eps", id="adagrad-eps=0"),
    pytest.param(_set_training(clip_norm=0.0), "training.clip_norm", id="clip_norm=0"),
]


@pytest.mark.parametrize(("mutate", "field"), BAD)
def test_bad_optimizer_settings_exit_2(
    mutate: Callable[[dict[str, Any]], None], field: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    doc = _bad_base()
    mutate(doc)
    spec = tmp_path / "bad.yaml"
    spec.write_text(yaml.safe_dump(doc, sort_keys=False))
    out = tmp_path / "out"
    proc = run_cli(spec, out, subprocess_=request.node.callspec.id in SUBPROCESS_CASES)
    err = proc.stderr.strip()
    assert proc.returncode == 2, f"exit {proc.returncode}, stderr:\n{proc.stderr}"
    assert field in err, f"the message does not name {field}:\n{err}"
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout, proc.stderr
    assert err and "\n\n" not in err, f"not one paragraph:\n{err}"
    assert not (out / "bad.json").exists()
    assert not out.exists() or not any(out.iterdir()), f"files written: {sorted(p.name for p in out.iterdir())}"


# ============================================================================ checks of the oracle itself


def _flat(W: list[np.ndarray], b: list[np.ndarray]) -> np.ndarray:
    return np.concatenate([w.ravel() for w in W] + [v.ravel() for v in b])


def _unflat(theta: np.ndarray, W: list[np.ndarray], b: list[np.ndarray]) -> tuple[list[np.ndarray], list[np.ndarray]]:
    out, i = [], 0
    for a in W + b:
        out.append(theta[i : i + a.size].reshape(a.shape))
        i += a.size
    return out[: len(W)], out[len(W) :]


def _fd_gradient(f: Callable[[np.ndarray], float], theta: np.ndarray, h: float = 1e-6) -> np.ndarray:
    g = np.empty_like(theta)
    for i in range(theta.size):
        e = np.zeros_like(theta)
        e[i] = h
        g[i] = (f(theta + e) - f(theta - e)) / (2 * h)
    return g


@pytest.mark.parametrize("key", sorted(NETS))
def test_reference_gradients_match_finite_differences(key: str) -> None:
    net = NETS[key]
    W0, b0, X, T = net.arrays()
    rng = np.random.default_rng(19)
    points = [(W0, b0)] + [
        ([w + rng.uniform(-0.3, 0.3, w.shape) for w in W0], [v + rng.uniform(-0.3, 0.3, v.shape) for v in b0]) for _ in range(3)
    ]
    rows = [(X, T)] + [(X[i : i + 1], T[i : i + 1]) for i in range(X.shape[0])]
    for W, b in points:
        for x, t in rows:
            gW, gb = gradients(net, W, b, x, t)

            def f(theta: np.ndarray, x: np.ndarray = x, t: np.ndarray = t, W: list = W, b: list = b) -> float:
                return mean_loss(net, *_unflat(theta, W, b), x, t)

            fd = _fd_gradient(f, _flat(W, b))
            np.testing.assert_allclose(_flat(gW, gb), fd, rtol=1e-6, atol=1e-9)


def test_reference_reproduces_mazur() -> None:
    """The published numbers of the 2-2-2 example (M. Mazur, "A Step by Step Backpropagation Example"), lr 0.5."""
    W, b, X, T = NET_A.arrays()
    assert mean_loss(NET_A, W, b, X, T) == pytest.approx(0.298371109, abs=1e-9)
    (u,) = reference_run(Case("mazur", "A", 1, 0.5, _sgd()))
    assert u.grad_w[1][0, 0] == pytest.approx(0.082167041, abs=1e-9)
    assert u.weights[1].ravel() == pytest.approx([0.35891648, 0.408666186, 0.511301270, 0.561370121], abs=1e-8)
    assert u.weights[0].ravel() == pytest.approx([0.149780716, 0.19956143, 0.24975114, 0.29950229], abs=1e-8)


def test_reference_adam_first_step_is_lr_times_sign() -> None:
    """Kingma & Ba, section 2.1: at t = 1, m̂ = g and v̂ = g², so each parameter moves by lr·g/(|g| + ε) ≈ lr·sign(g)."""
    lr, eps = 0.1, 1e-8
    (u,) = reference_run(Case("hand", "A", 1, lr, _adam("adam", 0.9, 0.999, eps)))
    W0, b0, _, _ = NET_A.arrays()
    g = _flat(u.grad_w, u.grad_b)
    step = _flat(u.weights, u.biases) - _flat(W0, b0)
    assert np.all(g != 0.0)
    np.testing.assert_allclose(step, -lr * np.sign(g), rtol=0, atol=lr * eps / np.abs(g).min() + 1e-15)
    assert np.all(np.abs(step) < lr)  # strictly less: ε in the denominator
    np.testing.assert_allclose(_flat(*u.state["m_hat"]), g, rtol=1e-15)
    np.testing.assert_allclose(_flat(*u.state["v_hat"]), g * g, rtol=1e-15)


def _kingma_ba_adam(
    grad: Callable[[np.ndarray], np.ndarray], theta: np.ndarray, alpha: float, b1: float, b2: float, eps: float, T: int
) -> np.ndarray:
    """Algorithm 1 of Kingma & Ba (2015), verbatim, on a flat parameter vector."""
    m = np.zeros_like(theta)  # m_0 ← 0 (initialize 1st moment vector)
    v = np.zeros_like(theta)  # v_0 ← 0 (initialize 2nd moment vector)
    for t in range(1, T + 1):
        g = grad(theta)  # g_t ← ∇θ f_t(θ_{t−1})
        m = b1 * m + (1 - b1) * g  # biased first moment estimate
        v = b2 * v + (1 - b2) * g**2  # biased second raw moment estimate
        m_hat = m / (1 - b1**t)  # bias-corrected first moment estimate
        v_hat = v / (1 - b2**t)  # bias-corrected second raw moment estimate
        theta = theta - alpha * m_hat / (np.sqrt(v_hat) + eps)  # update parameters
    return theta


@pytest.mark.parametrize("key", sorted(NETS))
def test_reference_adam_is_kingma_ba_algorithm_1(key: str) -> None:
    net = NETS[key]
    case = Case("kb", key, 3, 0.05, _adam("adam", 0.9, 0.999, 1e-8))
    W0, b0, _, _ = net.arrays()
    data = iter(batches(case))

    def grad(theta: np.ndarray) -> np.ndarray:
        x, t = next(data)
        return _flat(*gradients(net, *_unflat(theta, W0, b0), x, t))

    theta = _kingma_ba_adam(grad, _flat(W0, b0), 0.05, 0.9, 0.999, 1e-8, len(batches(case)))
    last = reference_run(case)[-1]
    np.testing.assert_allclose(_flat(last.weights, last.biases), theta, rtol=1e-14, atol=1e-15)


def test_reference_coupled_decay_is_the_l2_penalty() -> None:
    """Coupled weight decay λ (sgd) is gradient descent on L + λ/2·Σw² over the decayed parameters (here weights only)."""
    lam, lr = 0.03, 0.5
    (u,) = reference_run(Case("l2", "B", 1, lr, _sgd(), weight_decay=lam))
    W0, b0, X, T = NET_B.arrays()
    nw = sum(w.size for w in W0)

    def penalised(theta: np.ndarray) -> float:
        return mean_loss(NET_B, *_unflat(theta, W0, b0), X, T) + lam / 2 * float((theta[:nw] ** 2).sum())

    theta0 = _flat(W0, b0)
    np.testing.assert_allclose(_flat(u.weights, u.biases), theta0 - lr * _fd_gradient(penalised, theta0), rtol=0, atol=1e-9)


def test_reference_clipping_rescales_to_the_norm() -> None:
    """With clipping and plain sgd the step is −lr·g·c/(‖g‖ + 1e-6): the clipped gradient has norm ≈ clip_norm."""
    (u,) = reference_run(Case("clip", "A", 1, 1.0, _sgd(), clip_norm=0.05))
    W0, b0, _, _ = NET_A.arrays()
    step = _flat(W0, b0) - _flat(u.weights, u.biases)
    assert u.clip_factor < 1.0
    assert np.linalg.norm(step) == pytest.approx(0.05 * u.grad_norm / (u.grad_norm + 1e-6), rel=1e-13)
    np.testing.assert_allclose(step, _flat(u.grad_w, u.grad_b) * u.clip_factor, rtol=1e-12)  # θ0 − θ1 cancels digits


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in CASES if c.clip_norm is not None])
def test_reference_clip_cases_do_clip(case: Case) -> None:
    """Every case with a clip_norm really clips, at least on its first update (else it would test nothing)."""
    assert reference_run(case)[0].clip_factor < 0.9


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in CASES if "relu" in c.network.activations])
def test_reference_relu_margins(case: Case) -> None:
    """No relu net input comes near 0 during the run, so rounding cannot flip a derivative between 0 and 1."""
    net = case.network
    W, b, X, _ = net.arrays()
    for u in [None, *reference_run(case)]:
        Wc, bc = (W, b) if u is None else (u.weights, u.biases)
        zs, _ = forward(Wc, bc, net.activations, X)
        for z, act in zip(zs, net.activations):
            if act == "relu":
                assert np.abs(z).min() > 0.01, f"{case.id}: relu net input {np.abs(z).min()} is too close to 0"


# ============================================================================ real torch.optim, where torch is installed


def torch_run(case: Case) -> list[Update]:
    """The same training run with torch.optim (float64), the clip by torch.nn.utils.clip_grad_norm_."""
    torch = pytest.importorskip("torch", reason=TORCH_SKIP)
    net = case.network
    W0, b0, _, _ = net.arrays()
    W = [torch.tensor(w, dtype=torch.float64, requires_grad=True) for w in W0]
    b = [torch.tensor(v, dtype=torch.float64, requires_grad=True) for v in b0]
    groups = [{"params": W, "weight_decay": case.weight_decay}]
    if case.update_biases:
        groups.append({"params": b, "weight_decay": case.weight_decay if case.decay_biases else 0.0})
    hp, lr = case.opt.hp, case.lr
    if case.opt.name == "sgd":
        opt = torch.optim.SGD(groups, lr=lr, momentum=0.0)
    elif case.opt.name == "momentum":
        opt = torch.optim.SGD(groups, lr=lr, momentum=hp["momentum"], dampening=0.0, nesterov=hp["nesterov"])
    elif case.opt.name == "rmsprop":
        opt = torch.optim.RMSprop(groups, lr=lr, alpha=hp["alpha"], eps=hp["eps"], momentum=0.0, centered=False)
    elif case.opt.name == "adagrad":
        opt = torch.optim.Adagrad(groups, lr=lr, lr_decay=0.0, initial_accumulator_value=0.0, eps=hp["eps"])
    elif case.opt.name == "adam":
        opt = torch.optim.Adam(groups, lr=lr, betas=(hp["beta1"], hp["beta2"]), eps=hp["eps"], amsgrad=False)
    else:
        opt = torch.optim.AdamW(groups, lr=lr, betas=(hp["beta1"], hp["beta2"]), eps=hp["eps"], amsgrad=False)
    updated = W + b if case.update_biases else W

    def loss_of(x: Any, t: Any) -> Any:
        a = x
        for w, v, act in zip(W, b, net.activations):
            z = a @ w.T + v
            a = {
                "sigmoid": torch.sigmoid,
                "tanh": torch.tanh,
                "relu": torch.relu,
                "linear": lambda u: u,
                "softmax": lambda u: torch.softmax(u, dim=1),
            }[act](z)
        if net.loss == "half_sse":
            per = 0.5 * ((t - a) ** 2).sum(dim=1)
        elif net.loss == "mse":
            per = ((t - a) ** 2).mean(dim=1)
        else:
            per = -(t * torch.log(a)).sum(dim=1)
        return per.mean()

    out: list[Update] = []
    for x, t in batches(case):
        for p in W + b:
            p.grad = None
        loss_of(torch.tensor(x, dtype=torch.float64), torch.tensor(t, dtype=torch.float64)).backward()
        gW = [w.grad.detach().clone().numpy() for w in W]
        gb = [v.grad.detach().clone().numpy() for v in b]
        if case.clip_norm is not None:
            norm = float(torch.nn.utils.clip_grad_norm_(updated, case.clip_norm))
        else:
            norm = float(torch.linalg.vector_norm(torch.cat([p.grad.reshape(-1) for p in updated])))
        opt.step()
        state = {
            name: (
                [_torch_state(opt, w, name, case) for w in W],
                [_torch_state(opt, v, name, case) for v in b] if case.update_biases else None,
            )
            for name in STATE_NAMES[case.opt.name]
        }
        out.append(
            Update(
                gW,
                gb,
                norm,
                clip_factor(norm, case.clip_norm),
                [w.detach().clone().numpy() for w in W],
                [v.detach().clone().numpy() for v in b],
                state,
            )
        )
    return out


def _torch_state(opt: Any, p: Any, name: str, case: Case) -> np.ndarray:
    st = opt.state[p]
    if name == "velocity":
        return st["momentum_buffer"].detach().clone().numpy()
    if name == "sum":
        return st["sum"].detach().clone().numpy()
    if name == "v" and case.opt.name == "rmsprop":
        return st["square_avg"].detach().clone().numpy()
    step = int(float(st["step"]))
    b1, b2 = case.opt.hp["beta1"], case.opt.hp["beta2"]
    return {
        "m": lambda: st["exp_avg"].detach().clone().numpy(),
        "v": lambda: st["exp_avg_sq"].detach().clone().numpy(),
        "m_hat": lambda: st["exp_avg"].detach().clone().numpy() / (1 - b1**step),
        "v_hat": lambda: st["exp_avg_sq"].detach().clone().numpy() / (1 - b2**step),
    }[name]()


@pytest.mark.parametrize("case", CASE_PARAMS)
def test_cli_matches_torch(case: Case, tmp_path: Path) -> None:
    expected = torch_run(case)  # skips first when torch is not installed
    compare(case, render(case, tmp_path), expected, case.network.arrays()[1])


@pytest.mark.parametrize("case", CASE_PARAMS)
def test_reference_matches_torch(case: Case) -> None:
    """The oracle itself against torch.optim: the pseudo-code was read right (float64, to 1e-12)."""
    expected = torch_run(case)
    got = reference_run(case)
    assert len(got) == len(expected)
    for k, (r, e) in enumerate(zip(got, expected), start=1):
        at = f"{case.id}, update {k}"
        for what, a, x in [("weights", r.weights, e.weights), ("grad_w", r.grad_w, e.grad_w)] + (
            [("biases", r.biases, e.biases), ("grad_b", r.grad_b, e.grad_b)] if case.update_biases else []
        ):
            for l, (ra, ea) in enumerate(zip(a, x), start=1):
                np.testing.assert_allclose(ra, ea, rtol=RTOL, atol=ATOL, err_msg=f"{at}: {what}, layer {l}")
        np.testing.assert_allclose(r.grad_norm, e.grad_norm, rtol=RTOL, atol=ATOL, err_msg=f"{at}: grad_norm")
        for name, (rw, rb) in r.state.items():
            ew, eb = e.state[name]
            for l, (ra, ea) in enumerate(zip(rw + (rb or []), ew + (eb or [])), start=1):
                np.testing.assert_allclose(ra, ea, rtol=RTOL, atol=ATOL, err_msg=f"{at}: state {name}, array {l}")
