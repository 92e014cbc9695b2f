"""The complex-step gradient oracle (deep or wide networks) against SymPy and the backward pass.

The oracle replaced SymPy's per-parameter differentiation in the certificate of seed 003 and
seed 004 (issue 17): it must give SymPy's gradients on every activation, loss, dropout mask and
ReLU convention, stay finite where float64 saturates, and still catch a slightly wrong gradient.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest
import sympy_oracle

from generator import certify
from generator.engine import complexstep, network, symbolic
from generator.engine.network import ActOptions
from generator.spec.load import load_spec

ROOT = Path(__file__).resolve().parent.parent.parent
HIDDEN = ["sigmoid", "tanh", "relu", "leaky_relu", "linear"]
OUTPUTS = [
    ("sigmoid", "bce"),
    ("softmax", "cross_entropy"),
    ("sigmoid", "half_sse"),
    ("linear", "mse"),
    ("tanh", "sse"),
    ("relu", "half_sse"),
    ("leaky_relu", "mse"),
]


def _net(rng: np.random.Generator, layers: tuple[int, ...], out: str, loss: str) -> tuple:
    """Weights, biases, two examples' inputs and targets that suit the loss (no saturated output)."""
    ws = tuple(np.round(rng.normal(size=(layers[l + 1], layers[l])), 2) for l in range(len(layers) - 1))
    bs = tuple(np.round(rng.normal(size=layers[l + 1]), 2) for l in range(len(layers) - 1))
    x = np.round(rng.normal(size=(2, layers[0])), 2)
    t = rng.uniform(0.1, 0.9, size=(2, layers[-1]))
    if out == "softmax":
        t = t / t.sum(axis=1, keepdims=True)
    return ws, bs, x, t


@pytest.mark.parametrize("hidden", HIDDEN)
@pytest.mark.parametrize(("out", "loss"), OUTPUTS)
@pytest.mark.parametrize("dropout", [False, True])
def test_equals_sympys_whole_loss_derivative(hidden: str, out: str, loss: str, dropout: bool) -> None:
    rng = np.random.default_rng(len(hidden) * 31 + len(loss) * 7 + dropout)
    layers = (3, 4, 3)
    ws, bs, x, t = _net(rng, layers, out, loss)
    opts = ActOptions(0.05, int(dropout))
    scales = [rng.choice([0.0, 2.0], size=(2, 4))] if dropout else None
    # SymPy's derivative of the whole loss, by the tests' own oracle (no nnwalk code)
    want = sympy_oracle.gradients(layers, (hidden, out), loss, ws, bs, x, t, slope=0.05, prime_at_zero=int(dropout), drop=scales)
    idx = list(range(want.size))
    got = complexstep.gradients(layers, (hidden, out), loss, ws, bs, x, t, idx, opts, scales)
    np.testing.assert_allclose(got, want, rtol=1e-10, atol=1e-14)
    p = network.run(network.Params(ws, bs), (hidden, out), loss, x, t, opts, scales)
    mine = np.array(symbolic.flatten_params(tuple(p.grad_w), tuple(p.grad_b)))
    np.testing.assert_allclose(got, mine, rtol=1e-10, atol=1e-14)


@pytest.mark.parametrize("convention", [0, 1])
@pytest.mark.parametrize("act", ["relu", "leaky_relu"])
def test_a_kink_takes_the_stated_piece_as_sympy_does(act: str, convention: int) -> None:
    """A hidden net input of exactly 0 (0.5 * 1 - 0.5 * 1): the convention picks the derivative; no biases."""
    layers = (2, 2, 2, 1)
    ws = (np.array([[0.5, -0.5], [0.3, 0.2]]), np.array([[0.4, 0.6], [-0.2, 0.7]]), np.array([[0.9, -0.3]]))
    x, t = np.array([[1.0, 1.0]]), np.array([[0.25]])
    opts = ActOptions(0.1, convention)
    idx = list(range(sum(w.size for w in ws)))
    acts = (act, act, "sigmoid")
    want = symbolic.pointwise_gradients(layers, acts, "half_sse", ws, None, x, t, idx, opts)
    got = complexstep.gradients(layers, acts, "half_sse", ws, None, x, t, idx, opts)
    np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-15)
    p = network.run(network.Params(ws, None), acts, "half_sse", x, t, opts)
    np.testing.assert_allclose(got, symbolic.flatten_params(tuple(p.grad_w), None), rtol=1e-12, atol=1e-15)


def test_saturated_sigmoid_and_softmax_stay_finite() -> None:
    """Output net inputs of ±1600 would overflow e^z (SymPy's 30-digit per-parameter oracle gives zoo here).

    Both outputs are confidently wrong, so d loss / d z = a - t = (1, -1) to float64 precision with
    softmax + cross-entropy and with sigmoid + bce alike; h = (800, -800), x = 2.
    """
    layers = (1, 2, 2)
    ws = (np.array([[400.0], [-400.0]]), np.array([[1.0, -1.0], [-1.0, 1.0]]))
    x, t = np.array([[2.0]]), np.array([[0.0, 1.0]])
    want = [2 * 2.0, -2 * 2.0, 800.0, -800.0, -800.0, 800.0]  # W^(1): (W^(2)ᵀ (a - t)) x; W^(2): (a - t) hᵀ
    for out, loss in (("softmax", "cross_entropy"), ("sigmoid", "bce")):
        with np.errstate(over="raise", divide="raise", invalid="raise"):  # not even an intermediate overflows
            got = complexstep.gradients(layers, ("linear", out), loss, ws, None, x, t, list(range(6)))
        assert list(got) == want


def test_agrees_with_sympy_on_seed004_and_seed003_samples() -> None:
    for name in ("seed004", "seed003"):
        spec = load_spec(ROOT / "specs" / f"{name}.yaml")
        prm, p, _ = network.train_spec(spec)[0]
        x = p.x if p.x is not None else spec.inputs
        t = p.t if p.t is not None else spec.targets
        idx = symbolic.sample_indices(len(symbolic.flatten_params(prm.weights, prm.biases)))[:: 4 if name == "seed003" else 1]
        args = (tuple(spec.layers), tuple(spec.activations), spec.loss, prm.weights, prm.biases, x, t, idx)
        got = complexstep.gradients(*args, network.options_of(spec), p.scales)
        want = symbolic.pointwise_gradients(*args, network.options_of(spec), p.scales)
        np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-16)


def test_parameter_positions_follow_flatten_params() -> None:
    layers = (3, 4, 2)
    for biases in (True, False):
        ws = tuple(
            np.arange(layers[l + 1] * layers[l], dtype=float).reshape(layers[l + 1], layers[l]) + 100 * l for l in range(2)
        )
        bs = tuple(-np.arange(layers[l + 1], dtype=float) - 1 - 100 * l for l in range(2)) if biases else None
        flat = symbolic.flatten_params(ws, bs)
        for k, v in enumerate(flat):
            l, kind, j, i = complexstep.parameter_position(layers, biases, k)
            assert v == (ws[l][j, i] if kind == "w" else bs[l][j])  # type: ignore[index]
        with pytest.raises(IndexError):
            complexstep.parameter_position(layers, biases, len(flat))


# ---------------------------------------------------------------- in the certificate


def _seed004_runs() -> tuple:
    spec = load_spec(ROOT / "specs" / "seed004.yaml")
    assert not symbolic.whole_expression_feasible(tuple(spec.layers), spec.biases is not None)
    return spec, network.train_spec(spec)


def test_the_certificate_names_the_complex_step_and_it_catches_a_gradient_slightly_off() -> None:
    spec, runs = _seed004_runs()
    tr = type("T", (), {"spec": spec})()
    checked, passed, problems, _ = certify.check_gradients(tr, runs)
    assert problems == [] and checked == passed and checked >= symbolic.POINTWISE_SAMPLE
    assert certify.gradient_oracle_name(spec) == "complex-step differentiation"
    prm, p, new = runs[0]
    off = [(prm, dataclasses.replace(p, grad_w=[g * (1 + 1e-6) for g in p.grad_w]), new), *runs[1:]]
    problems = certify.check_gradients(tr, off)[2]
    assert problems and "complex-step differentiation gives" in problems[0].message


def test_a_value_float64_cannot_hold_is_redone_by_sympy(monkeypatch: pytest.MonkeyPatch) -> None:
    spec, runs = _seed004_runs()
    tr = type("T", (), {"spec": spec})()
    real = complexstep.gradients

    def overflowing(*args, **kw):  # noqa: ANN002, ANN003, ANN202
        out = real(*args, **kw)
        out[::7] = np.nan
        return out

    monkeypatch.setattr(complexstep, "gradients", overflowing)
    checked, passed, problems, _ = certify.check_gradients(tr, runs[:1])
    assert problems == [] and checked == passed


def test_every_parameter_of_seed003_is_compared_and_one_off_the_sample_is_caught() -> None:
    """An evenly spread sample of seed 003's 26,506 parameters is mostly weights of blank pixels (of its 64, 8 had a
    non-zero gradient): the complex step is cheap enough to compare them all."""
    spec = load_spec(ROOT / "specs" / "seed003.yaml")
    runs = network.train_spec(spec)
    prm, p, new = runs[0]
    n = len(symbolic.flatten_params(prm.weights, prm.biases))
    sample = symbolic.sample_indices(n)
    assert complexstep.affordable_indices(tuple(spec.layers), spec.m, True, sample) == list(range(n))
    tr = type("T", (), {"spec": spec})()
    checked, passed, problems, skipped = certify.check_gradients(tr, runs)
    assert (checked, passed, problems, skipped) == (n, n, [], len(sample))  # finite differences: at a ReLU kink
    grad_w = [g.copy() for g in p.grad_w]
    row, col = 5, int(np.flatnonzero(grad_w[0][5])[0])
    assert row * 784 + col not in sample
    grad_w[0][row, col] *= 1 + 1e-6
    problems = certify.check_gradients(tr, [(prm, dataclasses.replace(p, grad_w=grad_w), new)])[2]
    assert len(problems) == 1 and f"gradient #{row * 784 + col + 1} " in problems[0].message


def test_a_network_too_large_for_the_budget_keeps_the_spread_sample() -> None:
    layers = (10_000, 1_000, 1_000, 10)
    sample = symbolic.sample_indices(sum(layers[l] * layers[l + 1] + layers[l + 1] for l in range(3)))
    assert complexstep.affordable_indices(layers, 2, True, sample) == sample
