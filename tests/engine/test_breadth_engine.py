"""The float64 engine on the breadth activations, losses and batches, against independent oracles.

References that share no code with :mod:`generator.engine.network`: SymPy's derivative of the
whole loss (the tests' own oracle, ``tests/sympy_oracle.py``, which imports nothing from nnwalk;
averaged over the examples), central finite differences of the mean loss, hand-computed values,
and SymPy proofs of the identities the documents print (softmax Jacobian, the a - t collapse).
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
import sympy_oracle

from generator.certify import finite_differences
from generator.engine import network, symbolic
from generator.engine.network import ActOptions

HIDDEN = ["sigmoid", "tanh", "relu", "leaky_relu", "linear"]
#: Every valid (output activation, loss) pair of this version.
OUTPUTS = [(a, l) for a in ["sigmoid", "tanh", "relu", "leaky_relu", "linear"] for l in ["half_sse", "sse", "mse"]] + [
    ("softmax", "cross_entropy"),
    ("sigmoid", "bce"),
]


class _Spec:
    """The minimal spec shape finite_differences needs."""

    def __init__(self, layers, acts, loss, x, t, opts):  # noqa: ANN001
        self.layers, self.activations, self.loss = layers, acts, loss
        self.depth = len(layers) - 1
        self.inputs, self.targets = x, t
        self.leaky_slope, self.relu_prime_at_zero = opts.leaky_slope, opts.relu_prime_at_zero


def _targets(rng: np.random.Generator, loss: str, m: int, n: int) -> np.ndarray:
    if loss == "cross_entropy":  # probability rows (one-hot and soft alike must work)
        t = rng.uniform(0, 1, (m, n))
        return t / t.sum(axis=1, keepdims=True)
    return rng.uniform(0, 1, (m, n))


@pytest.mark.parametrize("m", [1, 3])
@pytest.mark.parametrize(("out", "loss"), OUTPUTS)
@pytest.mark.parametrize("hidden", HIDDEN)
def test_gradients_match_sympy_and_finite_differences(hidden: str, out: str, loss: str, m: int) -> None:
    rng = np.random.default_rng(11)
    layers = (2, 3, 3)
    opts = ActOptions(leaky_slope=0.1, relu_prime_at_zero=0)
    W = (rng.uniform(-1, 1, (3, 2)), rng.uniform(-1, 1, (3, 3)))
    B = (rng.uniform(-1, 1, 3), rng.uniform(-1, 1, 3))
    x = rng.uniform(-1, 1, (m, 2))
    t = _targets(rng, loss, m, 3)
    acts = (hidden, out)
    p = network.run(network.Params(W, B), acts, loss, x, t, opts)
    mine = np.array(symbolic.flatten_params(tuple(p.grad_w), tuple(p.grad_b)))
    sym = sympy_oracle.gradients(layers, acts, loss, W, B, x, t, slope=0.1, prime_at_zero=0)
    assert mine == pytest.approx(sym, rel=1e-9, abs=1e-12)
    assert p.loss == pytest.approx(sympy_oracle.mean_loss(layers, acts, loss, W, B, x, t, slope=0.1, prime_at_zero=0), rel=1e-12)
    fd, _ = finite_differences(_Spec(layers, acts, loss, x, t, opts), network.Params(W, B))
    assert mine == pytest.approx(fd, rel=1e-5, abs=1e-7)


def test_softmax_cross_entropy_by_hand() -> None:
    # z = (1, 2, 3): a = e^z / (e + e^2 + e^3); L = -ln a_3 for t = (0, 0, 1); delta = a - t
    W = (np.eye(3),)
    x = np.array([[1.0, 2.0, 3.0]])
    t = np.array([[0.0, 0.0, 1.0]])
    p = network.run(network.Params(W, None), ("softmax",), "cross_entropy", x, t)
    s = math.e + math.e**2 + math.e**3
    a = [math.e / s, math.e**2 / s, math.e**3 / s]
    assert p.a[0][0] == pytest.approx(a, rel=1e-14)
    assert p.loss == pytest.approx(-math.log(a[2]), rel=1e-14)
    assert p.deltas[0][0] == pytest.approx([a[0], a[1], a[2] - 1], rel=1e-14)


def test_softmax_is_stable_and_saturation_is_refused() -> None:
    z = np.array([[1000.0, 0.0, -1000.0]])
    a = network.ACTIVATIONS["softmax"].f(z)
    assert np.all(np.isfinite(a)) and a[0, 0] == 1.0
    W = (np.eye(3),)
    # the target class has probability 0 in float64: ln 0 would be needed, so a clear refusal
    with pytest.raises(network.Saturated, match="output 3 of example 1 is 0"):
        network.run(network.Params(W, None), ("softmax",), "cross_entropy", z, np.array([[0.0, 0.0, 1.0]]))
    # the same outputs with the target on the winning class are fine: the loss is ~0, not nan
    p = network.run(network.Params(W, None), ("softmax",), "cross_entropy", z, np.array([[1.0, 0.0, 0.0]]))
    assert p.loss == 0.0 and np.all(np.isfinite(p.grad_w[0]))


def test_bce_by_hand_and_saturation() -> None:
    W = (np.array([[1.0]]),)
    x = np.array([[0.5], [-2.0]])
    t = np.array([[1.0], [0.25]])
    p = network.run(network.Params(W, None), ("sigmoid",), "bce", x, t)
    s = [1 / (1 + math.exp(-0.5)), 1 / (1 + math.exp(2.0))]
    per = [-math.log(s[0]), -(0.25 * math.log(s[1]) + 0.75 * math.log(1 - s[1]))]
    assert p.loss == pytest.approx(sum(per) / 2, rel=1e-14)
    assert p.deltas[0][:, 0] == pytest.approx([(s[0] - 1) / 2, (s[1] - 0.25) / 2], rel=1e-14)
    with pytest.raises(network.Saturated, match="is 1 to float64"):
        network.run(network.Params(W, None), ("sigmoid",), "bce", np.array([[40.0]]), np.array([[0.0]]))


@pytest.mark.parametrize("convention", [0, 1])
def test_relu_and_leaky_relu_follow_the_stated_convention_at_zero(convention: int) -> None:
    opts = ActOptions(leaky_slope=0.2, relu_prime_at_zero=convention)
    z = np.array([[-1.0, 0.0, 2.0]])
    relu, leaky = network.activation("relu", opts), network.activation("leaky_relu", opts)
    assert relu.df(z, relu.f(z))[0].tolist() == [0.0, float(convention), 1.0]
    assert leaky.f(z)[0].tolist() == [-0.2, 0.0, 2.0]
    assert leaky.df(z, leaky.f(z))[0].tolist() == [0.2, 1.0 if convention else 0.2, 1.0]
    # SymPy's piecewise forms take the same value at the kink
    zs = symbolic.sp.Symbol("z", real=True)
    for name, want in (("relu", float(convention)), ("leaky_relu", 1.0 if convention else 0.2)):
        d = symbolic.sp.diff(symbolic.sym_activation(name, zs, opts), zs).subs(zs, 0)
        assert float(d) == want


def test_sgd_makes_one_update_per_example_in_order() -> None:
    """Each update is w - 0.5 * dL_e/dw for example e = 1, 2, 3, 1, 2, 3, the gradient of that one example's
    loss differentiated by SymPy (not the engine's backward pass or its update)."""
    rng = np.random.default_rng(3)
    W = (rng.uniform(-1, 1, (2, 2)),)
    x, t = rng.uniform(-1, 1, (3, 2)), rng.uniform(0, 1, (3, 2))
    runs = network.train(network.Params(W, None), ("sigmoid",), "bce", x, t, 0.5, 2, mode="sgd")
    assert len(runs) == 6
    w = W[0].copy()
    for k, (used, p, new) in enumerate(runs):
        e = k % 3
        np.testing.assert_allclose(used.weights[0], w, rtol=1e-12, atol=1e-15)
        assert np.array_equal(p.x, x[e : e + 1])
        grad = sympy_oracle.gradients((2, 2), ("sigmoid",), "bce", (w,), None, x[e : e + 1], t[e : e + 1])
        w = w - 0.5 * np.asarray(grad, dtype=float).reshape(2, 2)
        np.testing.assert_allclose(new.weights[0], w, rtol=1e-12, atol=1e-15)
    batch = network.train(network.Params(W, None), ("sigmoid",), "bce", x, t, 0.5, 2)
    assert len(batch) == 2 and batch[0][1].m == 3


def test_sympy_proves_the_printed_identities() -> None:
    jac = symbolic.softmax_jacobian()
    assert jac.diagonal.verified and jac.off_diagonal.verified
    assert symbolic.fused_derivation("softmax", "cross_entropy").verified
    assert symbolic.fused_derivation("sigmoid", "bce").verified
    for loss in ("cross_entropy", "bce"):
        assert symbolic.loss_derivation(loss).verified
    for conv in (0, 1):
        for act in ("relu", "leaky_relu"):
            assert symbolic.activation_derivation(act, ActOptions(0.05, conv)).verified


@pytest.mark.parametrize("hidden", HIDDEN)
@pytest.mark.parametrize(("out", "loss"), [("softmax", "cross_entropy"), ("sigmoid", "bce")])
def test_chain_rule_with_the_a_minus_t_collapse_is_proved(hidden: str, out: str, loss: str) -> None:
    assert symbolic._chain_rule_proof(hidden, out, loss, ActOptions(0.1, 0))


def test_chain_rule_proof_rejects_a_wrong_collapse(monkeypatch: pytest.MonkeyPatch) -> None:
    # delta = t - a (the sign slip) must not be proved
    monkeypatch.setattr(symbolic, "is_fused", lambda a, l: False)
    monkeypatch.setitem(symbolic._LOSS_STATED, "bce", (lambda o, t, n: (t - o) / (o * (1 - o)), "", ""))
    assert not symbolic._chain_rule_proof("sigmoid", "sigmoid", "bce")


def test_deep_networks_use_the_per_parameter_oracle(root: Path) -> None:
    """A 3-3-3-3-3 ReLU/softmax net is too deep for one expression in every parameter; the per-parameter
    SymPy oracle must agree with finite differences (an independent numeric reference) on its sample."""
    from generator.spec.load import load_spec

    spec = load_spec(root / "specs" / "seed004.yaml")
    assert not symbolic.whole_expression_feasible(tuple(spec.layers), True)
    prm, p, _ = network.train_spec(spec)[0]
    n = len(symbolic.flatten_params(prm.weights, prm.biases))
    idx = symbolic.sample_indices(n)
    sym = symbolic.pointwise_gradients(
        tuple(spec.layers),
        spec.activations,
        spec.loss,
        prm.weights,
        prm.biases,
        spec.inputs,
        spec.targets,
        idx,
        network.options_of(spec),
    )
    fd, _ = finite_differences(spec, prm, indices=idx)
    np.testing.assert_allclose(sym, fd, rtol=1e-5, atol=1e-8)


def test_per_parameter_oracle_equals_the_whole_expression_on_small_nets(root: Path) -> None:
    from generator.spec.load import load_spec

    spec = load_spec(root / "specs" / "example.yaml")
    prm, p, _ = network.train_spec(spec)[0]
    idx = symbolic.sample_indices(len(symbolic.flatten_params(prm.weights, prm.biases)))
    a = symbolic.pointwise_gradients(
        tuple(spec.layers), spec.activations, spec.loss, prm.weights, prm.biases, spec.inputs, spec.targets, idx
    )
    b = symbolic.oracle_gradients(spec.layers, spec.activations, spec.loss, prm.weights, prm.biases, spec.inputs, spec.targets)
    np.testing.assert_allclose(a, b[idx], rtol=1e-12, atol=1e-15)
    assert symbolic.sample_indices(26_000)[:2] == [0, 413] and len(symbolic.sample_indices(26_000)) == symbolic.POINTWISE_SAMPLE
