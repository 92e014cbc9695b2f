"""The optional general derivation (seed 003): its symbolic forms are right, for any depth and preset.

The oracle is independent of generator code: a NumPy forward pass and loss written here, and
central finite differences of the whole mean loss. The derivation's own SymPy expressions
(single-neuron chain, index form, recursive delta, vectorized form) are evaluated on numbers by
:func:`generator.engine.derivation.chain_rule_gradients` and must match them.
"""

from __future__ import annotations

import dataclasses
import re

import numpy as np
import pytest

from generator.api import walkthrough
from generator.engine import derivation
from generator.errors import SpecError
from generator.spec.load import DEFAULT_SECTIONS, SECTIONS, parse_spec

PRESETS = ("layered", "numbered", "dz", "index", "neuron")
SLOPE = 0.01


# ---------------------------------------------------------------- an independent oracle


def _act(name: str, z: np.ndarray) -> np.ndarray:
    if name == "sigmoid":
        return 1.0 / (1.0 + np.exp(-z))
    if name == "tanh":
        return np.tanh(z)
    if name == "relu":
        return np.maximum(z, 0.0)
    if name == "leaky_relu":
        return np.where(z > 0, z, SLOPE * z)
    if name == "linear":
        return z
    if name == "softmax":
        e = np.exp(z - z.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)
    raise KeyError(name)


def _loss(name: str, o: np.ndarray, t: np.ndarray) -> float:
    """The mean over examples of the per-example loss (summed over outputs)."""
    if name == "half_sse":
        per = 0.5 * ((t - o) ** 2).sum(axis=1)
    elif name == "sse":
        per = ((t - o) ** 2).sum(axis=1)
    elif name == "mse":
        per = ((t - o) ** 2).mean(axis=1)
    elif name == "cross_entropy":
        per = -(t * np.log(o)).sum(axis=1)
    elif name == "bce":
        per = -(t * np.log(o) + (1 - t) * np.log(1 - o)).sum(axis=1)
    else:
        raise KeyError(name)
    return float(per.mean())


def _total(acts, loss, weights, biases, x, t) -> float:  # noqa: ANN001
    a = x
    for l, W in enumerate(weights):
        z = a @ W.T + (biases[l] if biases is not None else 0.0)
        a = _act(acts[l], z)
    return _loss(loss, a, t)


def finite_differences(acts, loss, weights, biases, x, t, h: float = 1e-6) -> np.ndarray:  # noqa: ANN001
    """d(mean loss)/d(every parameter) by central differences, W^(1) row-major, b^(1), W^(2), ..."""
    weights = [W.astype(float).copy() for W in weights]
    biases = [b.astype(float).copy() for b in biases] if biases is not None else None
    out = []

    def nudge(arr: np.ndarray, idx: tuple[int, ...]) -> float:
        old = arr[idx]
        arr[idx] = old + h
        up = _total(acts, loss, weights, biases, x, t)
        arr[idx] = old - h
        down = _total(acts, loss, weights, biases, x, t)
        arr[idx] = old
        return (up - down) / (2 * h)

    for l, W in enumerate(weights):
        out += [nudge(W, idx) for idx in np.ndindex(W.shape)]
        if biases is not None:
            out += [nudge(biases[l], (j,)) for j in range(len(biases[l]))]
    return np.array(out)


def _network(layers, acts, m, biases, seed):  # noqa: ANN001
    rng = np.random.default_rng(seed)
    weights = tuple(rng.normal(0.0, 0.8, size=(layers[l + 1], layers[l])) for l in range(len(layers) - 1))
    bs = tuple(rng.normal(0.0, 0.3, size=layers[l + 1]) for l in range(len(layers) - 1)) if biases else None
    x = rng.uniform(-1.0, 1.0, size=(m, layers[0]))
    t = rng.dirichlet(np.ones(layers[-1]), size=m) if acts[-1] == "softmax" else rng.uniform(0.1, 0.9, size=(m, layers[-1]))
    return weights, bs, x, t


def _blocks(layers, biases) -> list[tuple[int, int]]:  # noqa: ANN001
    """(start, end) of each W^(l) in the flat parameter order."""
    out, pos = [], 0
    for l in range(len(layers) - 1):
        n = layers[l] * layers[l + 1]
        out.append((pos, pos + n))
        pos += n + (layers[l + 1] if biases else 0)
    return out


NETWORKS = [
    ((3, 4, 2), ("sigmoid", "sigmoid"), "half_sse", 1, True),
    ((2, 3, 3, 3), ("tanh", "relu", "softmax"), "cross_entropy", 3, True),
    ((3, 2, 1), ("leaky_relu", "sigmoid"), "bce", 3, True),
    ((2, 3, 2, 2), ("sigmoid", "tanh", "sigmoid"), "bce", 1, False),
    ((2, 3, 2), ("tanh", "linear"), "mse", 3, True),
    ((2, 2, 3, 2, 2), ("relu", "leaky_relu", "tanh", "sigmoid"), "sse", 1, True),
    ((3, 3, 2), ("relu", "softmax"), "cross_entropy", 1, False),
]


@pytest.mark.parametrize(("layers", "acts", "loss", "m", "biases"), NETWORKS)
def test_every_form_of_the_derivation_equals_finite_differences(layers, acts, loss, m, biases) -> None:  # noqa: ANN001
    weights, bs, x, t = _network(layers, acts, m, biases, seed=sum(layers) + m)
    _, formulas = derivation.derive(layers, acts, loss, m, "layered", biases)
    got = derivation.chain_rule_gradients(formulas, weights, bs, x, t)
    want = finite_differences(acts, loss, weights, bs, x, t)
    tol = dict(rtol=1e-5, atol=1e-7)
    np.testing.assert_allclose(got["delta"], want, **tol)  # part 3: the recursion, every parameter
    np.testing.assert_allclose(got["vector"], want, **tol)  # part 4: the matrix form, every parameter
    blocks = _blocks(layers, biases)
    np.testing.assert_allclose(float(got["chain"]), want[blocks[-1][0]], **tol)  # part 1: w^(L)_00
    start, end = blocks[-2]
    np.testing.assert_allclose(got["index"].ravel(), want[start:end], **tol)  # part 2: every weight of layer L-1


@pytest.mark.parametrize("preset", PRESETS)
def test_every_preset_derives_the_same_gradients(preset: str) -> None:
    """The neuron preset prints Err = -dE/dnet; its forms, signs undone, are the same gradient."""
    layers, acts, loss = (2, 3, 2), ("sigmoid", "sigmoid"), "half_sse"
    weights, bs, x, t = _network(layers, acts, 2, True, seed=11)
    _, formulas = derivation.derive(layers, acts, loss, 2, preset, True)
    got = derivation.chain_rule_gradients(formulas, weights, bs, x, t)
    want = finite_differences(acts, loss, weights, bs, x, t)
    np.testing.assert_allclose(got["delta"], want, rtol=1e-5, atol=1e-7)
    np.testing.assert_allclose(got["vector"], want, rtol=1e-5, atol=1e-7)


def test_a_wrong_recursion_is_caught() -> None:
    """The evaluation really uses the printed expressions: a doubled delta no longer matches."""
    layers, acts, loss = (2, 3, 2), ("tanh", "sigmoid"), "half_sse"
    weights, bs, x, t = _network(layers, acts, 1, True, seed=5)
    _, formulas = derivation.derive(layers, acts, loss, 1, "layered", True)
    wrong = dataclasses.replace(formulas, deltas={**formulas.deltas, 1: 2 * formulas.deltas[1]})
    got = derivation.chain_rule_gradients(wrong, weights, bs, x, t)
    want = finite_differences(acts, loss, weights, bs, x, t)
    assert not np.allclose(got["delta"], want, rtol=1e-5, atol=1e-7)


def test_self_check_passes_and_counts() -> None:
    check = derivation.self_check(("relu", "tanh", "softmax"), "cross_entropy", 2, True)
    assert check.ok and check.checked > 20 and check.max_error < 1e-9
    assert check.layers == (2, 2, 2, 2) and check.m == 2


# ---------------------------------------------------------------- the printed section


def _spec_text(layers, acts, loss, preset="layered", sections="[derivation]", m=1, extra="") -> str:  # noqa: ANN001
    rng = np.random.default_rng(len(layers) + m)
    inputs = [[round(float(v), 2) for v in rng.uniform(-1, 1, layers[0])] for _ in range(m)]
    if acts[-1] == "softmax":
        targets = [[1 if k == e % layers[-1] else 0 for k in range(layers[-1])] for e in range(m)]
    else:
        targets = [[round(float(v), 2) for v in rng.uniform(0.1, 0.9, layers[-1])] for _ in range(m)]
    return (
        "title: Derivation test\n"
        f"network: {{layers: {list(layers)}, activations: [{', '.join(acts)}], loss: {loss}}}\n"
        "parameters: {init: {scheme: xavier_normal, seed: 3}}\n"
        f"data: {{inputs: {inputs}, targets: {targets}}}\n"
        "training: {learning_rate: 0.5}\n"
        f"presentation: {{notation: {preset}, sections: {sections}{extra}}}\n"
    )


DEPTHS = [
    ((2, 3, 2), ("sigmoid", "sigmoid"), "half_sse", 1),
    ((2, 3, 3, 2), ("relu", "tanh", "softmax"), "cross_entropy", 3),
    ((3, 2, 3, 2, 1), ("tanh", "leaky_relu", "relu", "sigmoid"), "bce", 2),
]


@pytest.mark.parametrize(("layers", "acts", "loss", "m"), DEPTHS)
def test_section_has_one_delta_per_layer_and_the_real_shapes(layers, acts, loss, m) -> None:  # noqa: ANN001
    spec = parse_spec(_spec_text(layers, acts, loss, m=m, sections="[formulas, derivation, backward]"))
    md = walkthrough(spec, ("md",)).documents["md"]
    L = len(layers) - 1
    assert "## General derivation" in md and "[General derivation](#general-derivation)" in md
    section = md.split("## General derivation", 1)[1].split("\n## ", 1)[0]
    starts = re.findall(r"\\begin\{aligned\}\\delta\^\{\((\d)\)\}_\{j\} &=", section)
    assert starts == [str(l) for l in range(L, 0, -1)]  # delta^(L), ..., delta^(1): one each, from the output down
    cols = "m" if m > 1 else "1"
    for l in range(1, L + 1):
        assert rf"W^{{({l})}} \in \mathbb{{R}}^{{{layers[l]} \times {layers[l - 1]}}}" in section
        assert rf"\underbrace{{\boldsymbol{{\delta}}^{{({l})}}}}_{{{layers[l]} \times {cols}}} &=" in section
    assert (r"\frac{1}{m}" in section) == (m > 1)
    assert re.search(r"(\d+) of \1 gradient values agree", section)


def test_actual_activation_derivatives_are_printed() -> None:
    spec = parse_spec(_spec_text((2, 3, 3, 2, 1), ("relu", "sigmoid", "tanh", "sigmoid"), "bce"))
    md = walkthrough(spec, ("md",)).documents["md"]
    assert r"\begin{cases} 0 & z^{(1)}_{j} \leq 0 \\ 1 & z^{(1)}_{j} > 0 \end{cases}" in md  # ReLU's step
    assert r"a^{(2)}_{j} \left(1 - a^{(2)}_{j}\right)" in md  # sigmoid a(1 - a)
    assert r"1 - \left(a^{(3)}_{j}\right)^{2}" in md  # tanh 1 - a^2
    assert r"&= y_{j} - t_{j}\end{aligned}" in md  # sigmoid + bce collapse to a - t


@pytest.mark.parametrize("preset", PRESETS)
def test_every_preset_renders_the_section_verified(preset: str) -> None:
    spec = parse_spec(_spec_text((2, 2, 2), ("sigmoid", "sigmoid"), "half_sse", preset=preset, m=2))
    w = walkthrough(spec)
    assert w.result.ok
    assert "General derivation" in w.documents["md"] and r"\section{General derivation}" in w.documents["tex"]
    assert any("general derivation" in r["name"] and r["checked"] > 0 and r["failed"] == 0 for r in w.result.certificate.rows)


def test_derivation_alone_renders_in_matrix_form() -> None:
    spec = parse_spec(_spec_text((4, 3, 2), ("relu", "softmax"), "cross_entropy", extra=", form: matrix"))
    w = walkthrough(spec)
    assert w.result.ok
    md = w.documents["md"]
    assert "## General derivation" in md and "## Forward pass" not in md


def test_derivation_is_not_a_default_section() -> None:
    assert "derivation" in SECTIONS and "derivation" not in DEFAULT_SECTIONS
    spec = parse_spec(_spec_text((2, 2, 2), ("sigmoid", "sigmoid"), "half_sse").replace(", sections: [derivation]", ""))
    assert "derivation" not in spec.sections
    w = walkthrough(spec, ("md",))
    assert "General derivation" not in w.documents["md"]
    assert not any("general derivation" in r["name"] for r in w.result.certificate.rows)


def test_unknown_section_lists_derivation_among_the_choices() -> None:
    with pytest.raises(SpecError, match="derivation"):
        parse_spec(_spec_text((2, 2, 2), ("sigmoid", "sigmoid"), "half_sse", sections="[derivaton]"))


def test_generic_index_names_follow_each_preset() -> None:
    """A letter index goes where the preset puts its number (notation.py does the naming)."""
    from generator.engine.notation import make_notation

    j, i = derivation.Index("j"), derivation.Index("i")
    names = {p: derivation.Names(make_notation(p, (2, 3, 2))) for p in PRESETS}
    assert names["layered"].get("w", 2, j, i) == "W^{(2)}_{ji}"
    assert names["index"].get("z", 1, j) == "z^{(1)}_{j}"
    assert names["dz"].get("d", 2, j) == "dZ^{[2]}_{j}"
    assert names["neuron"].get("w", 2, j, i) == "w_{ij}"
    assert names["numbered"].get("w", 2, j, i) == "w^{(2)}_{ji}"
    assert names["numbered"].get("w", 2, 0, 0) == "w_{7}"  # a concrete weight keeps its number
