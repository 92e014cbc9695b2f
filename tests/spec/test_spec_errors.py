"""Bad specs: one paragraph naming the field, exit 2, nothing written."""

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
    (
        "weights:\n    - [[0.15, 0.20], [0.25, 0.30]]\n    - [[0.40, 0.45], [0.50, 0.55]]",
        "weights:\n    - [[0.15, 0.20], [0.25, 0.30]]\n    - [[0.40, 0.45, 0.1], [0.50, 0.55, 0.1]]",
        "parameters.weights[1]: expected shape (2, 2) for W^(2), got (2, 3)",
    ),
    ("[[0.15, 0.20], [0.25, 0.30]]\n", "[[0.15, 0.20], [0.25]]\n", "parameters.weights[0]: rows have different lengths"),
    ("layers: [2, 2, 2]", "layers: [2, -3, 2]", "network.layers[1]: expected a positive integer, got -3"),
    ("layers: [2, 2, 2]", "layers: [2, 1000000, 2]", "network.layers[1]"),
    ("activations: [sigmoid, sigmoid]", "activations: [sigmoid, sigmod]", "Did you mean 'sigmoid'"),
    ("activations: [sigmoid, sigmoid]", "activations: [softmax, sigmoid]", "network.activations[0]"),
    ("loss: half_sse", "loss: hinge", "network.loss: unknown value 'hinge'"),
    ("learning_rate: 0.5", "learning_rate: 0", "training.learning_rate: expected a number greater than 0"),
    ("learning_rate: 0.5", "learning_rate: .nan", "training.learning_rate: expected a finite number"),
    ("learning_rate: 0.5", "learning_rate: yes", "training.learning_rate: expected a number, got a boolean"),
    ("[0.05, 0.10]", "[0.05, abc]", "data.inputs[0][1]: expected a number, got the text 'abc'"),
    ("title: t", "title: t\ntitle: u", "appears twice"),
    ("title: t", "title: [t", "malformed"),
    ("title: t", "titel: t", "Did you mean 'title'"),
    (
        "training: {learning_rate: 0.5}",
        "training: {learning_rate: 0.5}\npresentation: {rounding: {digits: 40}}",
        "presentation.rounding.digits",
    ),
    (
        "training: {learning_rate: 0.5}",
        "training: {learning_rate: 0.5}\npresentation: {notation: layerd}",
        "Did you mean 'layered'",
    ),
    ("data: {inputs: [[0.05, 0.10]], targets: [[0.01, 0.99]]}", "data: {inputs: [[0.05, 0.10]]}", "data: expected both"),
    ("[0.35, 0.35]", "[0x10, 0.35]", "hexadecimal, octal"),
    ("[0.35, 0.35]", "[010, 0.35]", "hexadecimal, octal"),  # YAML 1.1 reads 010 as 8
    ("[0.35, 0.35]", "[1:30, 0.35]", "base-60"),
    ("[0.35, 0.35]", "[1:30.5, 0.35]", "not a plain decimal number"),
    ("[0.35, 0.35]", "[1" + "0" * 400 + ", 0.35]", "far too large"),
    ("layers: [2, 2, 2]", "layers: [2, .inf, 2]", "network.layers[1]: expected a positive whole number"),
    ("training: {learning_rate: 0.5}", "training: {learning_rate: 0.5, steps: .nan}", "training.steps"),
    ("title: t", "? [a, b]\n: 1\ntitle: t", "mapping key must be a plain name"),
    ("[0.60, 0.60]]", "[0.60, 0.60], [0.1]]", "parameters.biases: expected 2 bias vectors"),
    ("[[0.05, 0.10]]", "[[0.05, 0.10], [0.2, 0.3]]", "data.targets: 1 target rows for 2 input rows"),
]


@pytest.mark.parametrize(("old", "new", "message"), CASES)
def test_bad_spec_names_the_field(tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, message: str) -> None:
    assert old in GOOD
    spec = tmp_path / "bad.yaml"
    spec.write_text(GOOD.replace(old, new, 1), encoding="utf-8")
    out = tmp_path / "out"
    code = main(["render", str(spec), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 2
    assert message in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1  # one paragraph
    assert not out.exists()


def test_good_spec_renders(tmp_path: Path) -> None:
    spec = tmp_path / "good.yaml"
    spec.write_text(GOOD, encoding="utf-8")
    assert main(["render", str(spec), "-o", str(tmp_path / "out"), "--format", "md"]) == 0
    assert (tmp_path / "out" / "good.md").is_file()


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"\x00\x01\x02binary", "binary"), (b"title: \xff\xfe", "not UTF-8"), (b"- just\n- a list\n", "expected a mapping")],
)
def test_unreadable_files(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str) -> None:
    spec = tmp_path / "x.yaml"
    spec.write_bytes(content)
    assert main(["render", str(spec), "-o", str(tmp_path / "out")]) == 2
    assert message in capsys.readouterr().err


def test_missing_file_and_bad_flags(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", str(tmp_path / "nope.yaml")]) == 2
    assert "cannot read" in capsys.readouterr().err
    assert main(["render", "--format", "pdfx", "-o", str(tmp_path / "o")]) == 2
    assert "--format" in capsys.readouterr().err
    assert main(["render", "--digits", "0", "-o", str(tmp_path / "o")]) == 2
    assert "--digits" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


def test_output_problems_are_clear(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    for d in (a, b):
        (d / "same.yaml").write_text(GOOD, encoding="utf-8")
    assert main(["render", str(a / "same.yaml"), str(b / "same.yaml"), "-o", str(tmp_path / "o")]) == 2
    assert "overwrite" in capsys.readouterr().err
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["render", "-o", str(blocker)]) == 2
    assert "not a folder" in capsys.readouterr().err
    assert main(["render", "-o", str(blocker / "sub")]) == 1
    err = capsys.readouterr().err
    assert "cannot write" in err and "Traceback" not in err


def test_exponent_numbers_without_a_point_are_numbers() -> None:
    # YAML 1.1 reads 5e-1 as text; a spec reads it as 0.5 in every numeric field (issue 16 #10)
    from generator.spec.load import parse_spec

    text = GOOD.replace("learning_rate: 0.5", "learning_rate: 5e-1").replace("[0.05, 0.10]", "[5E-2, 1e-1]")
    spec = parse_spec(text, "<test>")
    assert spec.learning_rate == 0.5 and spec.inputs.tolist() == [[0.05, 0.1]]


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    import generator

    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0 and capsys.readouterr().out.strip() == f"nnwalk {generator.__version__}"
