"""Issue 16 point 5: one-hot targets can be drawn (``choose: [[1, 0], [0, 1]]`` picks a whole row).

The answers are recomputed here with NumPy from each variant's own spec (tanh, then softmax with
cross-entropy, written out in this file) and compared with the key's exact values.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
import yaml

from generator.errors import SpecError
from generator.exam.run import generate
from generator.spec.variants import parse_template

EXAM = {
    "title": "Softmax with cross-entropy",
    "network": {"layers": [2, 3, 2], "activations": ["tanh", "softmax"], "loss": "cross_entropy"},
    "parameters": {
        "weights": [[[0.2, -0.3], [0.4, 0.1], [-0.5, 0.2]], [[0.3, -0.2, 0.5], [-0.4, 0.6, 0.1]]],
        "biases": [[0.1, 0.0, -0.1], [0.05, -0.05]],
    },
    "data": {"inputs": [1.0, 0.5], "targets": [1, 0]},
    "training": {"learning_rate": 0.5},
    "variants": {
        "draw": {
            "parameters.weights[1]": {"min": -0.9, "max": 0.9, "step": 0.1, "nonzero": True},
            "data.inputs": {"min": 0.1, "max": 0.9, "step": 0.1},
            "data.targets": {"choose": [[1, 0], [0, 1]]},
        }
    },
    "exam": {"questions": [{"ask": "a[2][1]"}, {"ask": "loss"}, {"ask": "delta[2][2]"}]},
}


def _answers(spec: dict) -> list[float]:
    W1, W2 = (np.array(w, dtype=float) for w in spec["parameters"]["weights"])
    b1, b2 = (np.array(b, dtype=float) for b in spec["parameters"]["biases"])
    x, t = np.array(spec["data"]["inputs"], dtype=float).ravel(), np.array(spec["data"]["targets"], dtype=float).ravel()
    h = np.tanh(W1 @ x + b1)
    z = W2 @ h + b2
    a = np.exp(z) / np.exp(z).sum()
    return [a[0], float(-(t * np.log(a)).sum()), a[1] - t[1]]  # softmax + cross-entropy: delta = a - t


def test_one_hot_targets_are_drawn_whole_and_the_keys_match(tmp_path) -> None:  # noqa: ANN001
    src = tmp_path / "ce.yaml"
    src.write_text(yaml.safe_dump(EXAM), encoding="utf-8")
    _, files, _ = generate(src, 12, 3, ("json",), jobs=1)
    seen = set()
    for v in range(1, 13):
        key = json.loads(files[f"ce_v{v:03d}_key.json"])
        t = tuple(key["spec"]["data"]["targets"])
        assert t in {(1, 0), (0, 1)}
        seen.add(t)
        for q, want in zip(key["questions"], _answers(key["spec"])):
            assert abs(q["exact"] - want) < 1e-12, (v, q["ask"])
    assert seen == {(1, 0), (0, 1)}  # both rows occur in 12 variants


def test_each_row_of_a_matrix_is_drawn_on_its_own() -> None:
    """A row rule on a matrix (here W^(2)) draws each of its rows independently."""
    from generator.exam.draw import draw_numbers

    d = json.loads(json.dumps(EXAM))
    d["variants"]["draw"]["parameters.weights[1]"] = {"choose": [[0.1, 0.2, 0.3], [-0.3, 0.2, 0.1]]}
    t = parse_template(yaml.safe_dump(d), "w.yaml")
    pairs = set()
    for v in range(1, 30):
        n = draw_numbers(t, 1, v, 0)
        rows = [tuple(n[f"parameters.weights[1][{j}][{i}]"] for i in range(3)) for j in range(2)]
        assert set(rows) <= {("0.1", "0.2", "0.3"), ("-0.3", "0.2", "0.1")}
        pairs.add(tuple(rows))
    assert len(pairs) == 4  # the two rows are drawn independently


@pytest.mark.parametrize(
    ("rule", "words"),
    [
        ({"choose": [[1, 0], [0, 1, 0]]}, "variants.draw.data.targets.choose[1]: every row needs the same 2 numbers"),
        ({"choose": [[1, 0, 0], [0, 1, 0]]}, "the rows to choose from have 3 numbers"),
        ({"choose": [[1, 0], [1, 0]]}, "a row is listed twice"),
    ],
)
def test_bad_row_rules_name_their_field(rule: dict, words: str) -> None:
    d = json.loads(json.dumps(EXAM))
    d["variants"]["draw"]["data.targets"] = rule
    with pytest.raises(SpecError) as err:
        parse_template(yaml.safe_dump(d), "e.yaml")
    assert words in str(err.value), str(err.value)
