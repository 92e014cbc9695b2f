"""The float64 engine against published values and independent oracles.

Expected numbers come from outside the code under test: the published values of the
classic 2-2-2 example (M. Mazur, "A Step by Step Backpropagation Example"), the
correct arithmetic of seed 000 done by hand, SymPy's derivative of the whole loss,
and finite differences.
"""

from __future__ import annotations

import numpy as np
import pytest
import sympy_oracle

from generator.certify import finite_differences
from generator.engine import network, symbolic
from generator.spec.load import load_spec


def _run(spec):  # noqa: ANN001, ANN202
    p = network.Params(spec.weights, spec.biases)
    return network.train(p, spec.activations, spec.loss, spec.inputs, spec.targets, spec.learning_rate, spec.steps)


def test_published_two_two_two_example(root) -> None:  # noqa: ANN001
    spec = load_spec(root / "specs" / "example.yaml")
    ((_, p, new),) = _run(spec)
    assert p.z[0][0, 0] == pytest.approx(0.3775, abs=1e-12)
    assert p.a[0][0] == pytest.approx([0.593269992, 0.596884378], abs=1e-9)
    assert p.a[1][0] == pytest.approx([0.75136507, 0.772928465], abs=1e-8)
    assert p.loss == pytest.approx(0.298371109, abs=1e-9)
    assert p.grad_w[1][0, 0] == pytest.approx(0.082167041, abs=1e-9)
    assert new.weights[1].ravel() == pytest.approx([0.35891648, 0.408666186, 0.511301270, 0.561370121], abs=1e-8)
    assert new.weights[0].ravel() == pytest.approx([0.149780716, 0.19956143, 0.24975114, 0.29950229], abs=1e-8)


def test_seed000_first_net_input_is_024_not_019(root) -> None:  # noqa: ANN001
    spec = load_spec(root / "specs" / "seed000.yaml")
    ((_, p, _),) = _run(spec)
    # 0.5(1.0) + (-0.3)(0.5) + 0.7(-0.3) + 0.1 = 0.5 - 0.15 - 0.21 + 0.1 = 0.24 (by hand)
    assert p.z[0][0, 0] == pytest.approx(0.24, abs=1e-12)
    # -0.2 + 0.4 - 0.03 - 0.2 = -0.03;  0.9 - 0.3 - 0.12 + 0.3 = 0.78;  0.3 + 0.1 + 0.15 + 0.0 = 0.55
    assert p.z[0][0] == pytest.approx([0.24, -0.03, 0.78, 0.55], abs=1e-12)


@pytest.mark.parametrize("act", ["sigmoid", "tanh", "relu", "linear"])
@pytest.mark.parametrize("loss", ["half_sse", "sse", "mse"])
def test_gradients_match_sympy_and_finite_differences(act: str, loss: str) -> None:
    rng = np.random.default_rng(7)
    layers = (3, 4, 2)
    W = (rng.uniform(-1, 1, (4, 3)), rng.uniform(-1, 1, (2, 4)))
    B = (rng.uniform(-1, 1, 4), rng.uniform(-1, 1, 2))
    x = rng.uniform(-1, 1, (1, 3))
    t = rng.uniform(0, 1, (1, 2))
    acts = (act, act)
    p = network.run(network.Params(W, B), acts, loss, x, t)
    mine = np.array(symbolic.flatten_params(tuple(p.grad_w), tuple(p.grad_b)))
    sym = sympy_oracle.gradients(layers, acts, loss, W, B, x, t)  # SymPy, by the tests' own oracle (no nnwalk code)
    assert mine == pytest.approx(sym, rel=1e-9, abs=1e-12)
    assert p.loss == pytest.approx(sympy_oracle.mean_loss(layers, acts, loss, W, B, x, t), rel=1e-12)

    class S:  # the minimal spec shape finite_differences needs
        depth = 2
        activations = acts
        inputs = x
        targets = t

    S.layers = layers
    S.loss = loss
    fd, _ = finite_differences(S, network.Params(W, B))
    assert mine == pytest.approx(fd, rel=1e-5, abs=1e-7)


def test_sigmoid_is_stable_for_large_inputs() -> None:
    z = np.array([-800.0, -40.0, 0.0, 40.0, 800.0])
    a = network.ACTIVATIONS["sigmoid"].f(z)
    assert np.all(np.isfinite(a))
    assert a[0] == 0.0 and a[-1] == 1.0 and a[2] == 0.5


@pytest.mark.parametrize("hidden", ["sigmoid", "tanh", "relu", "linear"])
@pytest.mark.parametrize("out", ["sigmoid", "tanh", "relu", "linear"])
def test_chain_rule_is_proved_for_every_combination(hidden: str, out: str) -> None:
    assert symbolic._chain_rule_proof(hidden, out, "half_sse")


def test_chain_rule_proof_rejects_a_wrong_factorisation(monkeypatch: pytest.MonkeyPatch) -> None:
    real = symbolic.stated_prime

    def wrong(name, z, a, *rest):  # noqa: ANN001, ANN002, ANN202 - sigma' written as a(1 + a): a classic slip
        return a * (1 + a) if name == "sigmoid" else real(name, z, a, *rest)

    monkeypatch.setattr(symbolic, "stated_prime", wrong)
    assert not symbolic._chain_rule_proof("sigmoid", "sigmoid", "half_sse")
    assert not symbolic._chain_rule_proof("relu", "sigmoid", "mse")


@pytest.mark.parametrize("name", ["example", "seed000", "seed001", "seed002", "softmax_ce", "bce", "dropout"])
def test_mean_loss_is_the_loss_of_the_whole_pass(root, name: str) -> None:  # noqa: ANN001
    # finite differences take the loss from the forward pass alone: it must be run()'s loss, bit for bit
    spec = load_spec(root / "specs" / f"{name}.yaml")
    prm = network.Params(spec.weights, spec.biases)
    opts = network.options_of(spec)
    for scale in (1.0, 0.5, 3.0):
        p = network.Params(tuple(w * scale for w in prm.weights), prm.biases)
        whole = network.run(p, spec.activations, spec.loss, spec.inputs, spec.targets, opts).loss
        assert network.mean_loss(p, spec.activations, spec.loss, spec.inputs, spec.targets, opts) == whole


def test_train_spec_runs_once_per_spec_and_its_arrays_cannot_be_written() -> None:
    """The trace, the certificate and the answer key share one run of a spec; none may change it.

    A second call with the same spec object returns the same passes (no second run), a new spec
    object is run afresh, and writing into a remembered array raises instead of silently changing
    what the next caller reads.
    """
    import dataclasses

    from paths import ROOT

    spec = load_spec(ROOT / "specs" / "example.yaml")
    first = network.train_spec(spec)
    again = network.train_spec(spec)
    assert [p for _, p, _ in first] == [p for _, p, _ in again] and first[0][1] is again[0][1]
    with pytest.raises(ValueError, match="read-only"):
        first[0][1].z[0][0, 0] = 1.0
    other = dataclasses.replace(spec)
    assert network.train_spec(other)[0][1] is not first[0][1]
    assert network.train_spec(other)[0][1].loss == first[0][1].loss
