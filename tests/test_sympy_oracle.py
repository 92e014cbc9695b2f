"""The tests' own SymPy oracle (tests/sympy_oracle.py) checked on its own: hand-derived gradients, the kink
convention, central differences of its own loss on a deep net with dropout, and that it imports nothing from nnwalk."""

from __future__ import annotations

import ast
import math

import numpy as np
import pytest
import sympy_oracle
from paths import TESTS


def test_one_sigmoid_neuron_by_hand() -> None:
    # L = 1/2 (t - a)^2, a = sigma(w x + b): dL/dw = (a - t) a (1 - a) x, dL/db = (a - t) a (1 - a)
    w, b, x, t = 0.7, -0.2, 1.5, 0.25
    a = 1 / (1 + math.exp(-(w * x + b)))
    g = sympy_oracle.gradients((1, 1), ("sigmoid",), "half_sse", (np.array([[w]]),), (np.array([b]),), [[x]], [[t]])
    assert g == pytest.approx([(a - t) * a * (1 - a) * x, (a - t) * a * (1 - a)], rel=1e-14)
    assert sympy_oracle.mean_loss((1, 1), ("sigmoid",), "half_sse", (np.array([[w]]),), (np.array([b]),), [[x]], [[t]]) == (
        pytest.approx(0.5 * (t - a) ** 2, rel=1e-14)
    )


def test_softmax_cross_entropy_by_hand() -> None:
    # one softmax layer, no biases: dL/dW = (a - t) x^T, averaged over the two examples
    W = np.array([[0.2, -0.4], [0.5, 0.1], [-0.3, 0.3]])
    x = np.array([[1.0, 2.0], [-0.5, 0.5]])
    t = np.array([[0.0, 0.0, 1.0], [0.2, 0.3, 0.5]])
    want = np.zeros_like(W)
    for xe, te in zip(x, t):
        z = W @ xe
        a = np.exp(z) / np.exp(z).sum()
        want += np.outer(a - te, xe) / 2
    g = sympy_oracle.gradients((2, 3), ("softmax",), "cross_entropy", (W,), None, x, t)
    assert g == pytest.approx(want.ravel(), rel=1e-13, abs=1e-16)


def test_a_dropout_factor_by_hand() -> None:
    # x -> h = w1 x (linear) -> h s (inverted dropout, s = m / (1 - p) = 2.5) -> o = w2 h s; L = 1/2 (t - o)^2
    w1, w2, x, t, s = 0.6, -0.8, 1.5, 0.3, 2.5
    h = w1 * x
    o = w2 * h * s
    ws = (np.array([[w1]]), np.array([[w2]]))
    g = sympy_oracle.gradients((1, 1, 1), ("linear", "linear"), "half_sse", ws, None, [[x]], [[t]], drop=[np.array([[s]])])
    assert g == pytest.approx([(o - t) * w2 * s * x, (o - t) * h * s], rel=1e-14)


@pytest.mark.parametrize(
    ("act", "convention", "slope"), [("relu", 0, 0.0), ("relu", 1, 1.0), ("leaky_relu", 0, 0.2), ("leaky_relu", 1, 1.0)]
)
def test_the_stated_derivative_at_the_kink(act: str, convention: int, slope: float) -> None:
    # z = 0.5 * 2 - 1 = 0 exactly; linear output, L = 1/2 (t - a)^2 with a = f(0) = 0: dL/dw = -t f'(0) x
    g = sympy_oracle.gradients(
        (1, 1),
        (act,),
        "half_sse",
        (np.array([[0.5]]),),
        (np.array([-1.0]),),
        [[2.0]],
        [[1.0]],
        slope=0.2,
        prime_at_zero=convention,
    )
    assert list(g) == [-slope * 2.0, -slope]


@pytest.mark.parametrize(
    ("acts", "loss"), [(("tanh", "leaky_relu", "softmax"), "cross_entropy"), (("relu", "sigmoid", "sigmoid"), "bce")]
)
def test_gradient_is_the_derivative_of_its_own_loss_on_a_deep_net_with_dropout(acts: tuple[str, ...], loss: str) -> None:
    """Central differences of the oracle's own loss (the whole expression, evaluated) agree with its gradient."""
    rng = np.random.default_rng(5)
    layers = (2, 3, 3, 2)
    W = [rng.uniform(-1, 1, (layers[l + 1], layers[l])) for l in range(3)]
    B = [rng.uniform(-1, 1, layers[l + 1]) for l in range(3)]
    x = rng.uniform(-1, 1, (2, 2))
    t = np.array([[1.0, 0.0], [0.3, 0.7]])
    drop = [np.array([[2.0, 0.0, 2.0], [0.0, 2.0, 2.0]]), None]
    g = sympy_oracle.gradients(layers, acts, loss, W, B, x, t, slope=0.1, drop=drop)
    flat = [v for l in range(3) for v in (*W[l].ravel(), *B[l])]
    assert len(g) == len(flat) == 29

    def loss_at(values: list[float]) -> float:
        ws, bs, k = [], [], 0
        for l in range(3):
            ws.append(np.array(values[k : k + W[l].size]).reshape(W[l].shape))
            k += W[l].size
            bs.append(np.array(values[k : k + B[l].size]))
            k += B[l].size
        return sympy_oracle.mean_loss(layers, acts, loss, ws, bs, x, t, slope=0.1, drop=drop)

    h = 1e-6
    fd = [
        (loss_at(flat[:k] + [flat[k] + h] + flat[k + 1 :]) - loss_at(flat[:k] + [flat[k] - h] + flat[k + 1 :])) / (2 * h)
        for k in range(29)
    ]
    assert g == pytest.approx(fd, rel=1e-6, abs=1e-9)


def test_it_imports_nothing_from_nnwalk() -> None:
    tree = ast.parse((TESTS / "sympy_oracle.py").read_text(encoding="utf-8"))
    names = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    names += [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    assert names and not [m for m in names if m.split(".")[0] in ("generator", "nnwalk")], names
