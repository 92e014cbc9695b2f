"""Tests that kill the mutants of tools/mutants.toml's engine group, each against an independent expectation.

Derivatives are checked against central finite differences of the functions themselves and the
softmax's vector-Jacobian product against the explicit Jacobian a_j (delta_jk - a_k); rounding
against values worked out by hand from the rules the numfmt module states.
"""

from __future__ import annotations

from decimal import Decimal

import numpy as np
import pytest

from generator.engine import network
from generator.engine.network import ActOptions, Params, Saturated, activation, loss_parts, run, train, update
from generator.numfmt import RoundingPolicy, decimal_text, round_places, show, to_decimal

# ---------------------------------------------------------------- numfmt, by hand


def test_round_places_rounds_ties_to_even() -> None:
    # ties (exact in the shortest repr): 0.125 -> 0.12 (2 is even), 0.375 -> 0.38 (8 is even), 2.5 -> 2
    assert round_places(0.125, 2) == Decimal("0.12")
    assert round_places(0.375, 2) == Decimal("0.38")
    assert round_places(2.5, 0) == Decimal("2")
    assert round_places(-0.125, 2) == Decimal("-0.12")


def test_a_value_with_one_significant_digit_left_is_written_in_scientific_form() -> None:
    # 0.00003 to 5 decimals keeps one significant digit: scientific form with 3 digits
    assert show(0.00003, RoundingPolicy()).latex == r"3.00 \times 10^{-5}"
    assert show(0.00012, RoundingPolicy()).latex == "0.00012"  # two digits: positional


def test_rounding_up_across_a_power_of_ten_is_renormalised() -> None:
    # 9.9951e-6 to 3 significant digits is 9.995e-6 -> 1.00e-5 (not 10.0e-6)
    assert show(0.0000099951, RoundingPolicy()).latex == r"1.00 \times 10^{-5}"


def test_half_unit_is_half_of_the_last_printed_place() -> None:
    assert show(0.123456, RoundingPolicy()).half_unit == Decimal("0.000005")
    assert show(0.123456, RoundingPolicy(digits=3)).half_unit == Decimal("0.0005")


def test_significant_style_never_prints_a_rounded_whole_number() -> None:
    # 33.4 to 2 significant digits: the last kept digit is the units, so 33 would read as exact
    assert show(33.4, RoundingPolicy(style="significant", digits=2)).latex == r"3.3 \times 10^{1}"
    assert show(3.34, RoundingPolicy(style="significant", digits=2)).latex == "3.3"


def test_negative_zero_prints_without_a_sign() -> None:
    assert decimal_text(Decimal("-0.00")) == "0.00"
    assert decimal_text(Decimal("-0")) == "0"


def test_a_float_becomes_the_decimal_a_person_typed() -> None:
    assert to_decimal(0.1) == Decimal("0.1")
    assert to_decimal(2.675) == Decimal("2.675")


# ---------------------------------------------------------------- derivatives against finite differences


def _fd(f, x: np.ndarray, h: float = 1e-6) -> np.ndarray:  # noqa: ANN001
    """Element-wise central differences of an element-wise f."""
    return (f(x + h) - f(x - h)) / (2 * h)


Z = np.array([[-2.0, -0.7, -0.1, 0.3, 1.2, 2.5]])


@pytest.mark.parametrize("name", ["sigmoid", "tanh", "linear"])
def test_elementwise_derivatives_match_finite_differences(name: str) -> None:
    act = activation(name)
    assert np.allclose(act.df(Z, act.f(Z)), _fd(act.f, Z), rtol=1e-7, atol=1e-9)


def test_leaky_relu_uses_the_specs_slope() -> None:
    act = activation("leaky_relu", ActOptions(leaky_slope=0.2))
    assert np.allclose(act.f(np.array([[-1.0, 2.0]])), [[-0.2, 2.0]])
    assert np.allclose(act.df(Z, act.f(Z)), _fd(act.f, Z), rtol=1e-7)


def test_relu_derivative_at_the_kink_follows_the_spec() -> None:
    z = np.array([[0.0]])
    assert activation("relu", ActOptions(relu_prime_at_zero=1)).df(z, z)[0, 0] == 1.0
    assert activation("relu", ActOptions(relu_prime_at_zero=0)).df(z, z)[0, 0] == 0.0


def test_softmax_vjp_is_the_explicit_jacobian_product() -> None:
    rng = np.random.default_rng(20)
    z = rng.normal(size=(3, 4))
    g = rng.normal(size=(3, 4))
    act = activation("softmax")
    a = act.f(z)
    e = np.exp(z - z.max(axis=1, keepdims=True))
    assert np.allclose(a, e / e.sum(axis=1, keepdims=True))
    for r in range(3):
        jac = np.diag(a[r]) - np.outer(a[r], a[r])  # J_jk = a_j (delta_jk - a_k)
        assert np.allclose(act.back(z[r : r + 1], a[r : r + 1], g[r : r + 1])[0], jac.T @ g[r], rtol=1e-12, atol=1e-15)


@pytest.mark.parametrize("loss", ["mse", "bce", "sse", "half_sse"])
def test_loss_derivatives_match_finite_differences(loss: str) -> None:
    o = np.array([[0.2, 0.7, 0.45]])
    t = np.array([[0.0, 1.0, 0.3]])
    lf = network.LOSSES[loss]
    h = 1e-6
    fd = np.array([[(lf.f(o + h * e, t) - lf.f(o - h * e, t))[0] / (2 * h) for e in np.eye(3)]])
    assert np.allclose(lf.df(o, t), fd, rtol=1e-6)


CASES = [
    # (layers, activations, loss, batch of inputs, targets)
    ((3, 2, 3), ("tanh", "softmax"), "cross_entropy", [[0.5, -0.2, 0.1], [0.3, 0.8, -0.5]], [[1, 0, 0], [0, 0, 1]]),
    ((2, 3, 1), ("sigmoid", "sigmoid"), "bce", [[0.5, -0.2], [0.3, 0.8], [1.0, 0.1]], [[1], [0], [1]]),
    ((2, 2, 2), ("tanh", "linear"), "mse", [[0.5, -0.2], [0.3, 0.8]], [[0.1, 0.9], [0.4, -0.3]]),
]


def _params(layers: tuple[int, ...], seed: int = 1) -> Params:
    rng = np.random.default_rng(seed)
    ws = tuple(rng.uniform(-0.9, 0.9, size=(layers[l + 1], layers[l])) for l in range(len(layers) - 1))
    bs = tuple(rng.uniform(-0.5, 0.5, size=layers[l + 1]) for l in range(len(layers) - 1))
    return Params(ws, bs)


@pytest.mark.parametrize("case", CASES, ids=[c[2] for c in CASES])
def test_gradients_of_the_mean_loss_match_finite_differences(case) -> None:  # noqa: ANN001
    layers, acts, loss, x, t = case
    x, t = np.array(x, dtype=float), np.array(t, dtype=float)
    prm = _params(layers)
    p = run(prm, acts, loss, x, t)
    h = 1e-6
    for l, W in enumerate(prm.weights):
        for j, i in np.ndindex(W.shape):
            up = [w.copy() for w in prm.weights]
            down = [w.copy() for w in prm.weights]
            up[l][j, i] += h
            down[l][j, i] -= h
            fd = (
                run(Params(tuple(up), prm.biases), acts, loss, x, t).loss
                - run(Params(tuple(down), prm.biases), acts, loss, x, t).loss
            ) / (2 * h)
            assert p.grad_w[l][j, i] == pytest.approx(fd, rel=1e-5, abs=1e-9), (l, j, i)
    # the loss is the mean over examples of the per-example sums
    assert p.loss == pytest.approx(float(np.mean(p.loss_parts.sum(axis=1))))


def test_sgd_updates_once_per_example() -> None:
    x = np.array([[0.5, -0.2], [0.3, 0.8], [1.0, 0.1]])
    t = np.array([[1.0], [0.0], [1.0]])
    prm = _params((2, 3, 1))
    out = train(prm, ("sigmoid", "sigmoid"), "bce", x, t, 0.5, 2, mode="sgd")
    assert len(out) == 6  # 3 examples x 2 passes
    assert [tuple(p.x[0]) for _, p, _ in out] == [tuple(r) for r in x] * 2


def test_biases_stay_when_they_are_not_updated() -> None:
    prm = _params((2, 2, 1))
    p = run(prm, ("sigmoid", "sigmoid"), "half_sse", np.array([[0.5, 0.1]]), np.array([[1.0]]))
    new = update(prm, p, 0.5, update_biases=False)
    assert all(np.array_equal(a, b) for a, b in zip(new.biases, prm.biases))
    assert not np.array_equal(new.weights[0], prm.weights[0])


def test_an_output_of_exactly_one_under_bce_is_saturated() -> None:
    with pytest.raises(Saturated):
        loss_parts("bce", np.array([[1.0]]), np.array([[0.0]]))
    with pytest.raises(Saturated):
        loss_parts("bce", np.array([[0.0]]), np.array([[1.0]]))


# ---------------------------------------------------------------- the trace: what is printed, by hand


def _spec(**changes):  # noqa: ANN003, ANN202 - a 1-1 linear network on two examples, with ``changes`` merged in
    from generator.spec.load import validate

    data = {
        "title": "t",
        "network": {"layers": [1, 1], "activations": ["linear"], "loss": "half_sse"},
        "parameters": {"weights": [[[0.5]]]},
        "data": {"inputs": [[2.0], [1.0]], "targets": [[0.4], [0.1]]},
        "training": {"learning_rate": 0.1},
    }
    for key, value in changes.items():
        data[key] = {**data.get(key, {}), **value}
    return validate(data)


def test_the_loss_after_a_batch_update_is_the_mean_over_the_examples() -> None:
    from generator.engine.trace import build_trace

    # z = 0.5 x = 1.0, 0.5; dL/dw = ((1.0 - 0.4) 2 + (0.5 - 0.1) 1) / 2 = 0.8; w = 0.5 - 0.1 * 0.8 = 0.42;
    # then z = 0.84, 0.42 and the loss is (0.5 * 0.44^2 + 0.5 * 0.32^2) / 2 = (0.0968 + 0.0512) / 2 = 0.074
    assert build_trace(_spec()).final_loss.result.value == Decimal("0.07400")


def test_sgd_on_two_examples_is_two_one_example_steps() -> None:
    from generator.engine.trace import build_trace

    tr = build_trace(_spec(training={"mode": "sgd"}))
    assert [len(st.examples) for st in tr.steps] == [1, 1]


def test_a_target_first_notation_prints_the_fused_delta_as_t_minus_a() -> None:
    from generator.engine.trace import build_trace
    from generator.spec.load import validate

    spec = validate(
        {
            "title": "t",
            "network": {"layers": [1, 1], "activations": ["sigmoid"], "loss": "bce"},
            "parameters": {"weights": [[[0.5]]]},
            "data": {"inputs": [2.0], "targets": [1.0]},
            "training": {"learning_rate": 0.1},
            "presentation": {"notation": "neuron"},
        }
    )
    delta = build_trace(spec).steps[0].backward[0][0].delta
    # Err = T - O = 1 - sigma(1) = 1 - 0.7310586 = 0.2689414
    assert delta.result.value == Decimal("0.26894")
    assert delta.forms[0].latex.startswith("T_") and "- O_" in delta.forms[0].latex


def test_biases_not_updated_print_no_update_and_the_hidden_chain_is_worked_out() -> None:
    from generator.engine.trace import build_trace
    from generator.spec.load import validate

    spec = validate(
        {
            "title": "t",
            "network": {"layers": [1, 1, 1], "activations": ["sigmoid", "sigmoid"], "loss": "half_sse"},
            "parameters": {"weights": [[[0.5]], [[0.3]]], "biases": [[0.1], [0.2]]},
            "data": {"inputs": [2.0], "targets": [1.0]},
            "training": {"learning_rate": 0.1, "update_biases": False},
        }
    )
    st = build_trace(spec).steps[0]
    assert [nb.new_b for layer in st.backward for nb in layer] == [None, None]
    # a two-layer network has a hidden layer: its first weight is worked through the whole chain
    assert st.full_hidden is not None and st.full_hidden.result == st.backward[0][0].grad_w[0].result


# ---------------------------------------------------------------- optimizers: PyTorch's documented rules, by hand


def _opt(name: str, **kw):  # noqa: ANN003, ANN202
    from generator.spec.optimizer import HYPER, Optimizer

    hyper = tuple((k, float(kw.pop(k, v)), str(v)) for k, v in HYPER[name].items())
    return Optimizer(name=name, hyper=hyper, **kw)


def _two_steps(opt, p0: float = 0.8, grads: tuple[float, float] = (0.5, -0.3), lr: float = 0.1) -> float:  # noqa: ANN001
    from generator.engine import optim

    p, state = [np.array([[p0]])], None
    for g in grads:
        p, state = optim.step(opt, lr, p, [np.array([[g]])], [True], state)
    return float(p[0][0, 0])


def test_clipping_only_scales_down() -> None:
    from generator.engine.optim import clip_factor

    assert clip_factor([np.array([3.0, 4.0])], 10.0) == (5.0, 1.0)  # norm 5 is below 10: unchanged
    norm, c = clip_factor([np.array([3.0, 4.0])], 2.5)
    assert norm == 5.0 and c == pytest.approx(2.5 / (5.0 + 1e-6))


def test_adam_and_adamw_two_steps_by_hand() -> None:
    b1, b2, eps, lr, lam = 0.9, 0.999, 1e-8, 0.1, 0.01
    p = 0.8
    m = v = 0.0
    for t, g in enumerate((0.5, -0.3), start=1):
        m, v = b1 * m + (1 - b1) * g, b2 * v + (1 - b2) * g * g
        mh, vh = m / (1 - b1**t), v / (1 - b2**t)
        p = p - lr * mh / (vh**0.5 + eps)
    assert _two_steps(_opt("adam")) == pytest.approx(p, rel=1e-12)
    p, m, v = 0.8, 0.0, 0.0
    for t, g in enumerate((0.5, -0.3), start=1):
        p = p - lr * lam * p  # AdamW: decoupled decay, scaled by the learning rate
        m, v = b1 * m + (1 - b1) * g, b2 * v + (1 - b2) * g * g
        p = p - lr * (m / (1 - b1**t)) / ((v / (1 - b2**t)) ** 0.5 + eps)
    assert _two_steps(_opt("adamw", weight_decay=lam)) == pytest.approx(p, rel=1e-12)


def test_momentum_nesterov_and_rmsprop_two_steps_by_hand() -> None:
    mu, lr = 0.9, 0.1
    p, b = 0.8, None
    for g in (0.5, -0.3):
        b = g if b is None else mu * b + g
        p = p - lr * (g + mu * b)  # PyTorch's Nesterov: g + mu b
    assert _two_steps(_opt("momentum", nesterov=True)) == pytest.approx(p, rel=1e-12)
    alpha, eps = 0.99, 1e-2  # an eps large enough to tell "after the root" from "inside it"
    p, v = 0.8, 0.0
    for g in (0.5, -0.3):
        v = alpha * v + (1 - alpha) * g * g
        p = p - lr * g / (v**0.5 + eps)  # PyTorch: eps after the root
    assert _two_steps(_opt("rmsprop", eps=1e-2)) == pytest.approx(p, rel=1e-12)


def test_coupled_weight_decay_skips_what_does_not_decay() -> None:
    from generator.engine import optim

    opt = _opt("sgd", weight_decay=0.5)
    new, _ = optim.step(opt, 0.1, [np.array([[1.0]]), np.array([1.0])], [np.array([[0.2]]), np.array([0.2])], [True, False], None)
    assert float(new[0][0, 0]) == pytest.approx(1.0 - 0.1 * (0.2 + 0.5 * 1.0))  # 0.93: weight, with decay
    assert float(new[1][0]) == pytest.approx(1.0 - 0.1 * 0.2)  # 0.98: bias, without
