"""The bad-spec catalogue, part 2 (part 1 is test_spec_errors.py): more ways a hurried spec goes wrong.

Each case: one paragraph on stderr naming the field (or the line) at fault, exit 2,
no traceback, nothing written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main

GOOD = """\
title: t
network: {layers: [2, 2, 2], activations: [sigmoid, sigmoid], loss: half_sse}
parameters:
  weights:
    - [[0.15, 0.20], [0.25, 0.30]]
    - [[0.40, 0.45], [0.50, 0.55]]
  biases: [[0.35, 0.35], [0.60, 0.60]]
data: {inputs: [[0.05, 0.10]], targets: [[0.01, 0.99]]}
training: {learning_rate: 0.5}
"""

CASES = [
    ("network: {layers: [2, 2, 2]", "network: {layers: []", "network.layers"),
    ("layers: [2, 2, 2]", "layers: [2]", "network.layers"),
    ("layers: [2, 2, 2]", "layers: [2, 0, 2]", "network.layers[1]"),
    ("layers: [2, 2, 2]", "layers: [2, 2.5, 2]", "network.layers[1]"),
    ("layers: [2, 2, 2]", "layers: two", "network.layers"),
    ("layers: [2, 2, 2]", "layers: [2, true, 2]", "network.layers[1]"),
    ("layers: [2, 2, 2]", "layers: [" + ", ".join(["2"] * 25) + "]", "network.layers"),
    ("activations: [sigmoid, sigmoid]", "activations: [sigmoid]", "network.activations"),
    ("activations: [sigmoid, sigmoid]", "activations: {a: 1}", "network.activations"),
    ("activations: [sigmoid, sigmoid]", "activations: [sigmoid, 3]", "network.activations[1]"),
    ("loss: half_sse", "loss: [half_sse]", "network.loss"),
    ("[[0.15, 0.20], [0.25, 0.30]]\n", "[[0.15, 0.20], [0.25, true]]\n", "parameters.weights[0][1][1]"),
    ("[[0.15, 0.20], [0.25, 0.30]]\n", "[[0.15, 0.20], [0.25, null]]\n", "parameters.weights[0][1][1]"),
    ("[[0.15, 0.20], [0.25, 0.30]]\n", "[[0.15, 0.20], [0.25, .inf]]\n", "parameters.weights[0][1][1]"),
    ("[[0.15, 0.20], [0.25, 0.30]]\n", "0.15\n", "parameters.weights[0]"),
    ("[[0.15, 0.20], [0.25, 0.30]]\n", "[[0.15, 0.20], [0.25, '0.3']]\n", "parameters.weights[0][1][1]"),
    ("biases: [[0.35, 0.35], [0.60, 0.60]]", "biases: [[0.35], [0.60, 0.60]]", "parameters.biases[0]"),
    ("biases: [[0.35, 0.35], [0.60, 0.60]]", "biases: 0.35", "parameters.biases"),
    ("data: {inputs: [[0.05, 0.10]]", "data: {inputs: [[0.05, 0.10, 0.2]]", "data.inputs"),
    ("targets: [[0.01, 0.99]]", "targets: [[0.01]]", "data.targets"),
    ("targets: [[0.01, 0.99]]", "targets: [[0.01, -.nan]]", "data.targets"),
    ("data: {inputs", "data: 5\nunused: {inputs", "data"),
    ("training: {learning_rate: 0.5}", "training: {learning_rate: -0.5}", "training.learning_rate"),
    ("training: {learning_rate: 0.5}", "training: {learning_rate: 0.5, steps: 0}", "training.steps"),
    ("training: {learning_rate: 0.5}", "training: {learning_rate: 0.5, steps: 1000000}", "training.steps"),
    ("training: {learning_rate: 0.5}", "training: {learning_rate: 0.5, steps: 1.5}", "training.steps"),
    ("training: {learning_rate: 0.5}", "training: {learning_rate: 0.5, update_biases: maybe}", "training.update_biases"),
    ("training: {learning_rate: 0.5}", "training: {learning_rate: 0.5, lerning: 1}", "training"),
    (
        "training: {learning_rate: 0.5}",
        "training: {learning_rate: 0.5}\npresentation: {rounding: {style: roman}}",
        "presentation.rounding.style",
    ),
    (
        "training: {learning_rate: 0.5}",
        "training: {learning_rate: 0.5}\npresentation: {rounding: {mode: up}}",
        "presentation.rounding.mode",
    ),
    (
        "training: {learning_rate: 0.5}",
        "training: {learning_rate: 0.5}\npresentation: {rounding: {digits: -1}}",
        "presentation.rounding.digits",
    ),
    (
        "training: {learning_rate: 0.5}",
        "training: {learning_rate: 0.5}\npresentation: {rounding: {digits: five}}",
        "presentation.rounding.digits",
    ),
    (
        "training: {learning_rate: 0.5}",
        "training: {learning_rate: 0.5}\npresentation: {sections: [forwrd]}",
        "Did you mean 'forward'",
    ),
    ("training: {learning_rate: 0.5}", "training: {learning_rate: 0.5}\npresentation: {notation: 7}", "presentation.notation"),
    ("title: t", "title: [a, b]", "title"),
    ("title: t", "networks: {}\ntitle: t", "Did you mean 'network'"),
    ("title: t", "title: t\n\tauthor: x", "line"),  # a tab in YAML indentation
]


@pytest.mark.parametrize(("old", "new", "message"), CASES)
def test_bad_spec(tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, message: str) -> None:
    assert old in GOOD
    spec = tmp_path / "bad.yaml"
    spec.write_text(GOOD.replace(old, new, 1), encoding="utf-8")
    out = tmp_path / "out"
    code = main(["render", str(spec), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 2, err
    assert message in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert not out.exists()


def _refused(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes) -> str:
    spec = tmp_path / "x.yaml"
    spec.write_bytes(content)
    out = tmp_path / "out"
    assert main(["render", str(spec), "-o", str(out)]) == 2
    assert not out.exists()
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err


def test_alias_bomb(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    for i in range(1, 12):
        prev = f"*a{i - 1}"
        lines.append(f"a{i}: &a{i} [{', '.join([prev] * 9)}]")
    err = _refused(tmp_path, capsys, ("\n".join(lines) + "\ntitle: t\n").encode())
    assert "alias" in err.lower() or "anchor" in err.lower() or "unknown key" in err.lower()


def test_hundred_megabyte_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "x.yaml"
    with spec.open("wb") as fh:
        fh.write(b"title: t\n")
        fh.truncate(100_000_000)
    out = tmp_path / "out"
    assert main(["render", str(spec), "-o", str(out)]) == 2
    assert "bytes" in capsys.readouterr().err and not out.exists()


def test_deeply_nested_yaml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _refused(tmp_path, capsys, b"title: " + b"[" * 5000 + b"]" * 5000 + b"\n")


def test_empty_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert "mapping" in _refused(tmp_path, capsys, b"")
