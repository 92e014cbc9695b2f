"""The catalogue of mistakes against backpropagation written out here, neuron by neuron, with each mistake made by hand.

The oracle is a plain scalar loop (no NumPy matrix code, nothing from ``generator.engine``):
what a student with a pencil computes, once correctly and once with each mistake. Every
δ, ∂E/∂w and updated weight of the catalogue's mistaken pass must equal it, on several
architectures (sigmoid/½SSE, tanh and sigmoid with biases and SSE, ReLU with a softmax
cross-entropy output, sigmoid with binary cross-entropy).
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from generator.engine import mistakes
from generator.spec.load import validate


def _sig(v: float) -> float:
    return 1.0 / (1.0 + math.exp(-v))


F = {"sigmoid": _sig, "tanh": math.tanh, "relu": lambda v: max(v, 0.0)}
# f' written in the output a, as the lecture writes it; the ReLU's from z
DF = {"sigmoid": lambda z, a: a * (1 - a), "tanh": lambda z, a: 1 - a * a, "relu": lambda z, a: 1.0 if z > 0 else 0.0}


def _fprime(act: str, z: float, a: float, mistake: str) -> float:
    if mistake == "missing_activation_derivative":
        return 1.0
    if mistake == "derivative_on_z" and act in ("sigmoid", "tanh"):
        return DF[act](z, z)  # the output's formula fed the net input: z(1 - z), 1 - z^2
    if mistake == "derivative_on_activation" and act in ("sigmoid", "tanh"):
        s = F[act](a)
        return DF[act](a, s)  # sigma'(a) = sigma(a)(1 - sigma(a))
    if mistake == "wrong_activation_derivative" and act == "relu":
        return a * (1 - a)  # the sigmoid's derivative for a ReLU unit
    return DF[act](z, a)


def _by_hand(net: dict, mistake: str) -> dict:
    """One example, one step: every δ, ∂E/∂w and new weight, with ``mistake`` made everywhere it can be."""
    layers, acts, loss = net["layers"], net["acts"], net["loss"]
    W, b, x, t, lr = net["W"], net.get("b"), net["x"], net["t"], net["lr"]
    L = len(layers) - 1
    z: list[list[float]] = [[]]
    a: list[list[float]] = [list(x)]
    for l in range(1, L + 1):
        zl = []
        for j in range(layers[l]):
            s = sum(W[l - 1][j][i] * a[l - 1][i] for i in range(layers[l - 1]))
            zl.append(s + (b[l - 1][j] if b else 0.0))
        z.append(zl)
        if acts[l - 1] == "softmax":
            e = [math.exp(v) for v in zl]
            a.append([v / sum(e) for v in e])
        else:
            a.append([F[acts[l - 1]](v) for v in zl])
    o = a[L]
    delta: dict[int, list[float]] = {}
    sign = -1.0 if mistake == "target_sign" else 1.0
    out_act = acts[-1]
    if (out_act, loss) in (("softmax", "cross_entropy"), ("sigmoid", "bce")):
        use = z[L] if (mistake == "softmax_skipped" and out_act == "softmax") else o
        delta[L] = [sign * (use[k] - t[k]) for k in range(layers[L])]
        if mistake == "slope_applied_twice" and out_act == "sigmoid":  # (a - t) multiplied by a(1 - a) once more
            delta[L] = [delta[L][k] * o[k] * (1 - o[k]) for k in range(layers[L])]
    else:
        factor = {"half_sse": 1.0, "sse": 2.0}[loss]
        if mistake == "half_not_cancelled":
            factor = {"half_sse": 2.0, "sse": 1.0}[loss]
        delta[L] = [sign * factor * (o[k] - t[k]) * _fprime(out_act, z[L][k], o[k], mistake) for k in range(layers[L])]
        if mistake == "derivative_on_error":  # the output's f' fed the error t - o (as E = y - output in code)
            delta[L] = [factor * (o[k] - t[k]) * DF[out_act](0.0, t[k] - o[k]) for k in range(layers[L])]
    for l in range(L - 1, 0, -1):
        delta[l] = []
        for j in range(layers[l]):
            s = 0.0
            for k in range(layers[l + 1]):
                if mistake == "weight_gradient_as_delta":
                    s += delta[l + 1][k] * a[l][j]
                elif mistake == "updated_weights_backprop":
                    s += (W[l][k][j] - lr * delta[l + 1][k] * a[l][j]) * delta[l + 1][k]
                else:
                    s += W[l][k][j] * delta[l + 1][k]
            delta[l].append(s * _fprime(acts[l - 1], z[l][j], a[l][j], mistake))
    grad, new = {}, {}
    for l in range(1, L + 1):
        inp = z[l - 1] if (mistake == "preactivation_as_input" and l >= 2) else a[l - 1]
        for j in range(layers[l]):
            for i in range(layers[l - 1]):
                grad[(l, j, i)] = delta[l][j] * inp[i]
    if mistake == "transposed_index":
        grad = {(l, j, i): grad.get((l, i, j), math.nan) for (l, j, i) in grad}
    for (l, j, i), g in grad.items():
        if mistake == "update_sign":
            new[(l, j, i)] = W[l - 1][j][i] + lr * g
        elif mistake == "no_learning_rate":
            new[(l, j, i)] = W[l - 1][j][i] - g
        else:
            new[(l, j, i)] = W[l - 1][j][i] - lr * g
    return {"delta": delta, "grad": grad, "new": new}


NETS = {
    "sigmoid_half_sse_222": {
        "layers": [2, 2, 2],
        "acts": ["sigmoid", "sigmoid"],
        "loss": "half_sse",
        "W": [[[0.15, 0.20], [0.25, 0.30]], [[0.40, 0.45], [0.50, 0.55]]],
        "x": [0.05, 0.10],
        "t": [0.01, 0.99],
        "lr": 0.5,
    },
    "tanh_sigmoid_sse_bias_232": {
        "layers": [2, 3, 2],
        "acts": ["tanh", "sigmoid"],
        "loss": "sse",
        "W": [[[0.3, -0.2], [0.5, 0.1], [-0.4, 0.25]], [[0.2, -0.6, 0.35], [0.45, 0.15, -0.3]]],
        "b": [[0.1, -0.05, 0.2], [0.05, -0.1]],
        "x": [0.8, -0.4],
        "t": [0.2, 0.7],
        "lr": 0.3,
    },
    "relu_softmax_ce_322": {
        "layers": [3, 2, 2],
        "acts": ["relu", "softmax"],
        "loss": "cross_entropy",
        "W": [[[0.2, -0.3, 0.4], [0.5, 0.1, -0.2]], [[0.6, -0.4], [-0.1, 0.3]]],
        "b": [[0.1, 0.2], [0.0, -0.1]],
        "x": [1.0, 0.5, -0.5],
        "t": [0.0, 1.0],
        "lr": 0.1,
    },
    "sigmoid_bce_221": {
        "layers": [2, 2, 1],
        "acts": ["sigmoid", "sigmoid"],
        "loss": "bce",
        "W": [[[0.3, -0.7], [0.6, 0.2]], [[0.9, -0.5]]],
        "x": [0.4, 0.9],
        "t": [1.0],
        "lr": 0.2,
    },
}


def _spec(net: dict):  # noqa: ANN202
    data = {
        "title": "t",
        "network": {"layers": net["layers"], "activations": net["acts"], "loss": net["loss"]},
        "parameters": {"weights": net["W"], **({"biases": net["b"]} if "b" in net else {})},
        "data": {"inputs": net["x"], "targets": net["t"]},
        "training": {"learning_rate": net["lr"]},
    }
    return validate(data)


BATCH_ONLY = ("batch_sum_not_mean", "elementwise_as_matrix_product", "bias_not_summed")
CASES = [(n, m) for n in NETS for m in mistakes.CATALOGUE if m not in BATCH_ONLY]


@pytest.mark.parametrize(("name", "mistake"), CASES)
def test_each_mistake_equals_the_same_mistake_made_by_hand(name: str, mistake: str) -> None:
    net = NETS[name]
    spec = _spec(net)
    runs = mistakes.mistaken_runs(spec, mistake)
    want = _by_hand(net, mistake)
    right = _by_hand(net, "")
    if runs is None:
        # not applicable: then a student making it gets the right numbers (nothing to diagnose)
        assert want == right or mistake in ("transposed_index",), (
            f"{mistake} was said not to apply to {name}, but it changes values"
        )
        return
    _, p, new = runs[0]
    L = len(net["layers"]) - 1
    for l in range(1, L + 1):
        np.testing.assert_allclose(p.deltas[l - 1][0], want["delta"][l], rtol=1e-12, atol=1e-15, err_msg=f"δ of layer {l}")
    for (l, j, i), g in want["grad"].items():
        got = p.grad_w[l - 1][j, i]
        assert (math.isnan(g) and math.isnan(got)) or got == pytest.approx(g, rel=1e-12, abs=1e-15), ("∂E/∂w", l, j, i)
        w = new.weights[l - 1][j, i]
        assert (math.isnan(want["new"][(l, j, i)]) and math.isnan(w)) or w == pytest.approx(want["new"][(l, j, i)], rel=1e-12), (
            "new w",
            l,
            j,
            i,
        )
    if mistake not in ("update_sign", "no_learning_rate"):
        # every mistake but the update's own changes some δ or gradient, else it is no distractor
        assert any(not math.isclose(want["grad"][k], right["grad"][k]) for k in want["grad"] if not math.isnan(want["grad"][k]))


def test_the_mistakes_that_cannot_be_made_are_said_not_to_apply() -> None:
    fused = _spec(NETS["relu_softmax_ce_322"])
    assert not mistakes.applies(fused, "half_not_cancelled")  # no square to differentiate
    assert not mistakes.applies(fused, "derivative_on_z")  # ReLU's derivative has no a(1 - a) form
    assert mistakes.applies(fused, "softmax_skipped")
    plain = _spec(NETS["sigmoid_half_sse_222"])
    assert not mistakes.applies(plain, "softmax_skipped")
    assert not mistakes.applies(plain, "batch_sum_not_mean")  # one example: the mean is the sum


def test_a_batch_summed_is_m_times_the_mean_gradient() -> None:
    net = dict(NETS["sigmoid_half_sse_222"])
    spec = validate(
        {
            "title": "t",
            "network": {"layers": net["layers"], "activations": net["acts"], "loss": net["loss"]},
            "parameters": {"weights": net["W"]},
            "data": {"inputs": [[0.05, 0.10], [0.6, -0.2], [0.3, 0.9]], "targets": [[0.01, 0.99], [0.5, 0.5], [0.9, 0.1]]},
            "training": {"learning_rate": 0.5},
        }
    )
    runs = mistakes.mistaken_runs(spec, "batch_sum_not_mean")
    assert runs is not None
    _, p, new = runs[0]
    total = {}  # the sum over the three examples of each one's own gradient, by hand
    for x, t in zip(spec.inputs, spec.targets):
        one = _by_hand({**net, "x": list(x), "t": list(t)}, "")
        for k, g in one["grad"].items():
            total[k] = total.get(k, 0.0) + g
    for (l, j, i), g in total.items():
        assert p.grad_w[l - 1][j, i] == pytest.approx(g, rel=1e-12)
        assert new.weights[l - 1][j, i] == pytest.approx(net["W"][l - 1][j][i] - 0.5 * g, rel=1e-12)


def test_a_matrix_product_for_the_elementwise_one_and_a_bias_per_example_by_hand() -> None:
    # two examples through a 2-2-1 sigmoid network with biases: the hidden (δ Wᵀ) and σ′ are both 2 x 2
    W1, b1, W2, b2 = [[0.3, -0.2], [0.5, 0.4]], [0.1, -0.1], [[0.7, -0.6]], [0.05]
    X, T, lr = [[0.5, 1.0], [-0.4, 0.2]], [[1.0], [0.0]], 0.5
    spec = validate(
        {
            "title": "t",
            "network": {"layers": [2, 2, 1], "activations": ["sigmoid", "sigmoid"], "loss": "half_sse"},
            "parameters": {"weights": [W1, W2], "biases": [b1, b2]},
            "data": {"inputs": X, "targets": T},
            "training": {"learning_rate": lr},
        }
    )
    h, o = [], []
    for x in X:
        h.append([_sig(W1[j][0] * x[0] + W1[j][1] * x[1] + b1[j]) for j in range(2)])
        o.append(_sig(W2[0][0] * h[-1][0] + W2[0][1] * h[-1][1] + b2[0]))
    d_out = [(o[e] - T[e][0]) * o[e] * (1 - o[e]) / 2 for e in range(2)]  # mean over the 2 examples
    back = [[W2[0][j] * d_out[e] for j in range(2)] for e in range(2)]  # (δ Wᵀ), 2 x 2
    slope = [[h[e][j] * (1 - h[e][j]) for j in range(2)] for e in range(2)]
    product = [[sum(back[e][k] * slope[k][j] for k in range(2)) for j in range(2)] for e in range(2)]
    runs = mistakes.mistaken_runs(spec, "elementwise_as_matrix_product")
    assert runs is not None
    np.testing.assert_allclose(runs[0][1].deltas[0], product, rtol=1e-12)
    runs = mistakes.mistaken_runs(spec, "bias_not_summed")
    assert runs is not None
    right = [[back[e][j] * slope[e][j] for j in range(2)] for e in range(2)]
    np.testing.assert_allclose(runs[0][2].biases[0], [[b1[j] - lr * right[e][j] for j in range(2)] for e in range(2)], rtol=1e-12)
    np.testing.assert_allclose(runs[0][2].biases[1], [[b2[0] - lr * d_out[e]] for e in range(2)], rtol=1e-12)


def test_a_layerwise_mistake_made_at_one_layer_leaves_the_others_right() -> None:
    spec = _spec(NETS["sigmoid_half_sse_222"])
    right = _by_hand(NETS["sigmoid_half_sse_222"], "")
    runs = mistakes.mistaken_runs(spec, "missing_activation_derivative", where=[1])
    assert runs is not None
    _, p, _ = runs[0]
    np.testing.assert_allclose(p.deltas[1][0], right["delta"][2], rtol=1e-12)  # the output's δ is right
    assert not np.allclose(p.deltas[0][0], right["delta"][1])  # the hidden one is not


def test_every_entry_has_an_id_a_title_and_one_sentence() -> None:
    for mid, m in mistakes.CATALOGUE.items():
        assert m.id == mid and m.title and m.explanation.endswith(".") and m.explanation.count(". ") == 0, mid
    assert len(mistakes.CATALOGUE) >= 12
