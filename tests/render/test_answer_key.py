"""The JSON answer key says what the document says (issue 16, point 11).

A batch document prints each example's own δ = ∂L⁽ᵉ⁾/∂z; the key's ``deltas`` (a contract key
read by outside checks) is the δ of the mean loss, δ/m. The key therefore also carries
``example_deltas`` — the document's δ — and a ``definitions`` entry saying which is which. The
expected values here come from a small NumPy backward pass written in this file (not the
engine's), and from the numbers the Markdown prints. And where the document prints 0 the key
holds 0.0: not ``-0.0`` (a signed zero) and not ``1.7e-18`` (binary noise of a sum that cancels
exactly in the spec's decimals).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest

from generator import load_spec, walkthrough
from generator.spec.load import parse_spec

ROOT = Path(__file__).resolve().parents[2]


def _f(name: str, z: np.ndarray, slope: float) -> tuple[np.ndarray, np.ndarray]:
    """Activation and its derivative, written out here independently of the engine's table."""
    if name == "tanh":
        a = np.tanh(z)
        return a, 1 - a**2
    if name == "sigmoid":
        a = 1 / (1 + np.exp(-z))
        return a, a * (1 - a)
    if name == "leaky_relu":
        return np.where(z > 0, z, slope * z), np.where(z > 0, 1.0, slope)
    if name == "relu":
        return np.maximum(z, 0), (z > 0).astype(float)
    assert name == "linear", name
    return z, np.ones_like(z)


def _own_deltas(path: Path) -> list[np.ndarray]:
    """Each example's δ = ∂L⁽ᵉ⁾/∂z (softmax + cross-entropy output: y − t), layer by layer, examples as rows."""
    raw = load_spec(path)
    W = [np.array(w, dtype=float) for w in raw.weights]
    b = [np.array(v, dtype=float) for v in raw.biases] if raw.biases is not None else [np.zeros(w.shape[0]) for w in W]
    x, t = np.array(raw.inputs, dtype=float), np.array(raw.targets, dtype=float)
    assert raw.activations[-1] == "softmax" and raw.loss == "cross_entropy"
    a, derivs = x, []
    for l, (w, bias) in enumerate(zip(W, b)):
        z = a @ w.T + bias
        if l == len(W) - 1:
            e = np.exp(z - z.max(axis=1, keepdims=True))
            a = e / e.sum(axis=1, keepdims=True)
        else:
            a, d = _f(raw.activations[l], z, raw.leaky_slope)
            derivs.append(d)
    deltas = [a - t]
    for l in range(len(W) - 2, -1, -1):
        deltas.insert(0, (deltas[0] @ W[l + 1]) * derivs[l])
    return deltas


@pytest.mark.parametrize("name", ["softmax_ce", "momentum_l2"])
def test_a_batch_key_carries_the_deltas_the_document_prints(name: str) -> None:
    path = ROOT / "specs" / f"{name}.yaml"
    w = walkthrough(load_spec(path))
    key = json.loads(w.documents["json"])
    step = key["steps"][0]
    m = key["network"]["examples"]
    assert m == 2
    own = _own_deltas(path)
    for l, expected in enumerate(own):
        np.testing.assert_allclose(step["example_deltas"][l], expected, rtol=1e-12, atol=1e-15)
        # the contract key keeps its meaning: the δ of the mean loss, the printed δ over m
        np.testing.assert_allclose(step["deltas"][l], expected / m, rtol=1e-12, atol=1e-15)
    # and the document prints example_deltas (to its 5 decimals, each δ from the carried numbers)
    md = w.documents["md"]
    printed = 0
    for l, layer in enumerate(step["example_deltas"], start=1):
        for e, row in enumerate(layer, start=1):
            for j, value in enumerate(row, start=1):
                name_tex = re.escape(f"\\delta^{{({l})[{e}]}}_{{{j}}}")
                hit = re.search(rf"\| \${name_tex}\$ \|[^\n]*\| \$(-?\d+\.\d+)\$ \|\n", md)
                hit = hit or re.search(rf"{name_tex} &= [^\n]*= (-?\d+\.\d+)(?: \\\\)?\n", md)
                if hit:
                    printed += 1
                    assert float(hit.group(1)) == pytest.approx(value, abs=2e-5), (l, e, j)
    assert printed >= 6, "the test no longer finds the printed deltas; update its patterns"
    assert "example_deltas" in key["definitions"] and "divided by the number of examples" in key["definitions"]["deltas"]


def test_one_example_has_the_same_deltas_under_both_keys() -> None:
    step = json.loads(walkthrough(load_spec(ROOT / "specs" / "example.yaml")).documents["json"])["steps"][0]
    assert step["example_deltas"] == step["deltas"]


def _floats(node: object) -> list[float]:
    if isinstance(node, float):
        return [node]
    if isinstance(node, dict):
        return [v for x in node.values() for v in _floats(x)]
    if isinstance(node, list):
        return [v for x in node for v in _floats(x)]
    return []


@pytest.mark.parametrize("path", sorted((ROOT / "output").glob("*.json")), ids=lambda p: p.name)
def test_no_signed_zero_in_a_bundled_key(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert not re.search(r"-0\.0(?![0-9])", text), f"{path.name} prints -0.0 where the document prints 0"


def test_no_signed_zero_where_a_relu_is_dead_or_a_target_is_zero() -> None:
    """seed004: a target of 0 gives −0 × ln y, a dead ReLU 0 × (negative); the key prints +0.0."""
    key = json.loads(walkthrough(load_spec(ROOT / "specs" / "seed004.yaml")).documents["json"])
    zeros = [v for v in _floats(key) if v == 0.0]
    assert zeros and all(np.copysign(1.0, v) > 0 for v in zeros)


CANCEL = """
title: a net input that cancels exactly
network: {layers: [2, 2, 1], activations: [ACT, sigmoid], loss: half_sse}
parameters:
  weights:
    - [[0.1, -0.03], [0.2, 0.4]]
    - [[0.5, 0.5]]
data: {inputs: [[0.3, 1.0]], targets: [[0.5]]}
training: {learning_rate: 0.5}
"""


@pytest.mark.parametrize("act", ["tanh", "relu"])
def test_a_net_input_that_cancels_in_decimals_is_exactly_zero(act: str) -> None:
    """0.1 × 0.3 − 0.03 × 1.0 is 0, though the binary floats give 1.7e-18 (and a ReLU there looked active)."""
    w = walkthrough(parse_spec(CANCEL.replace("ACT", act)))
    assert w.result.ok
    step = json.loads(w.documents["json"])["steps"][0]
    assert step["displayed"]["z^{(1)}_{1}"] == "0.00000"
    assert step["forward"][0]["z"][0][0] == 0.0 and step["forward"][0]["a"][0][0] == 0.0
    # the weight from that neuron gets δ × 0 = 0: no 2.2e-20 either
    assert step["gradients"]["weights"][1][0][0] == 0.0
    # the other net input is the nearest float to its decimal value 0.02 + 0.4 = 0.46
    assert step["forward"][0]["z"][0][1] == 0.46
