"""Large networks: seeded initialisers, inputs from a file, the matrix form, and the scalar form's size limit."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

from generator import load_spec, walkthrough
from generator.cli import main
from generator.errors import SpecError
from generator.spec.load import SCALAR_MAX_PARAMS, parse_spec

SMALL = """
title: drawn
network: {{layers: [4, 3, 2], activations: [relu, softmax], loss: cross_entropy}}
parameters:
  init: {{scheme: {scheme}, seed: {seed}}}
data:
  {data}
  targets: [[1, 0]]
training: {{learning_rate: 0.5}}
"""


def _small(scheme: str = "he_normal", seed: int = 7, data: str = "inputs: [[0.5, -1, 0.25, 2]]") -> str:
    return SMALL.format(scheme=scheme, seed=seed, data=data)


@pytest.mark.parametrize("scheme", ["he_normal", "he_uniform", "xavier_normal", "xavier_uniform"])
def test_init_is_numpy_pcg64_rounded_to_four_places(scheme: str) -> None:
    """An independent draw with numpy directly, as the spec documents it, gives the spec's weights."""
    spec = parse_spec(_small(scheme, 1234))
    rng = np.random.Generator(np.random.PCG64(1234))
    for l, (n_in, n_out) in enumerate([(4, 3), (3, 2)]):
        fan = n_in if scheme.startswith("he") else n_in + n_out
        if scheme.endswith("normal"):
            want = rng.standard_normal((n_out, n_in)) * math.sqrt(2 / fan)
        else:
            b = math.sqrt(6 / fan)
            want = rng.uniform(-b, b, (n_out, n_in))
        assert np.array_equal(spec.weights[l], np.round(want, 4)), l
        assert all(len(t.split(".")[-1]) <= 4 for row in spec.weights_text[l] for t in row)
    assert spec.biases is not None and all(not b.any() for b in spec.biases)
    assert spec.init == (scheme, 1234, 4)


def test_same_seed_same_weights_other_seed_other_weights() -> None:
    a, b, c = parse_spec(_small(seed=7)), parse_spec(_small(seed=7)), parse_spec(_small(seed=8))
    assert all(np.array_equal(x, y) for x, y in zip(a.weights, b.weights))
    assert not np.array_equal(a.weights[0], c.weights[0])


def test_drawn_network_walkthrough_verifies() -> None:
    w = walkthrough(parse_spec(_small()), formats=("md", "json"))
    assert w.result.ok and "0.5" in w.documents["md"]


@pytest.mark.parametrize(
    ("text", "field"),
    [
        (_small(scheme="he_norml"), r"parameters\.init\.scheme: unknown value 'he_norml'.*Did you mean 'he_normal'"),
        (_small(seed=-1), r"parameters\.init\.seed: expected a whole number"),
        (_small().replace("init:", "weights: [[[1]]]\n  init:"), r"parameters\.init: give either"),
        (
            _small().replace("form: x", "").replace("training:", "presentation: {form: matrx}\ntraining:"),
            r"presentation\.form: unknown",
        ),
    ],
)
def test_bad_init_and_form_name_the_field(text: str, field: str) -> None:
    with pytest.raises(SpecError, match=field):
        parse_spec(text)


def _spec_with_file(tmp_path: Path, content: bytes | None, name: str = "x.csv") -> Path:
    if content is not None:
        (tmp_path / name).write_bytes(content)
    spec = tmp_path / "s.yaml"
    spec.write_text(_small(data=f"inputs_file: {name}"), encoding="utf-8")
    return spec


def test_inputs_file_relative_to_the_spec(tmp_path: Path) -> None:
    spec = load_spec(_spec_with_file(tmp_path, b"# a comment\n0.5, -1, 0.25, 2\n"))
    assert spec.inputs.tolist() == [[0.5, -1.0, 0.25, 2.0]] and spec.inputs_text == (("0.5", "-1", "0.25", "2"),)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, r"data\.inputs_file: cannot read 'x\.csv'"),
        (b"0.5, 1, 2, 3\n1, 2\n", r"data\.inputs_file: line 2 of 'x\.csv' has 2 values, the first row has 4"),
        (b"0.5, 1, abc, 3\n", r"data\.inputs_file: line 1, value 3 of 'x\.csv' is 'abc'"),
        (b"0.5, 1, 2, 3\n" * 200_000, r"data\.inputs_file: 'x\.csv' is [0-9,]+ bytes; a data file is at most 1,000,000 bytes"),
        (b"1, 2, 3, 4\n" * 65, r"data\.inputs_file: 'x\.csv' has more than 64 rows"),
        (b"\n\n", r"data\.inputs_file: 'x\.csv' holds no rows"),
    ],
)
def test_bad_input_files_are_one_paragraph_errors(tmp_path: Path, content: bytes | None, message: str) -> None:
    with pytest.raises(SpecError, match=message) as exc:
        load_spec(_spec_with_file(tmp_path, content))
    assert "\n" not in str(exc.value)


def test_bad_input_file_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = _spec_with_file(tmp_path, b"1, 2\n3\n")
    out = tmp_path / "out"
    assert main(["render", str(spec), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "data.inputs_file" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_scalar_form_is_refused_above_the_limit() -> None:
    n = SCALAR_MAX_PARAMS  # 784-1 with biases would do; a 30-30 layer pair is over the limit too
    text = f"""
network: {{layers: [40, 20, 2], activations: [relu, sigmoid], loss: half_sse}}
parameters: {{init: {{scheme: he_uniform, seed: 1}}}}
data: {{inputs: [{[0.1] * 40}], targets: [[0, 1]]}}
presentation: {{form: scalar}}
"""
    with pytest.raises(
        SpecError,
        match=rf"presentation\.form: the scalar form .* 862 parameters \(the limit is {n:,}\); use presentation\.form: matrix",
    ):
        parse_spec(text)
    assert parse_spec(text.replace("form: scalar", "form: auto")).form == "matrix"
    assert parse_spec(text.replace("[40, 20, 2]", "[4, 2, 2]").replace(str([0.1] * 40), str([0.1] * 4))).form == "scalar"


def test_matrix_form_refuses_several_steps() -> None:
    text = _small().replace("training: {learning_rate: 0.5}", "training: {learning_rate: 0.5, steps: 3}")
    text = text.replace("title: drawn", "title: drawn\npresentation: {form: matrix}")
    with pytest.raises(SpecError, match=r"training\.steps: the matrix form walks through one training step"):
        parse_spec(text)


def test_small_network_in_matrix_form_verifies_in_every_preset() -> None:
    text = _small().replace("title: drawn", "title: drawn\npresentation: {form: matrix}")
    for preset in ("layered", "numbered", "dz", "index", "neuron"):
        w = walkthrough(
            parse_spec(text.replace("form: matrix}", f"form: matrix, notation: {preset}}}")), formats=("md", "tex", "json")
        )
        assert w.result.ok, preset
        assert "## Forward pass" in w.documents["md"]


def test_seed003_is_the_784_32_32_10_network_in_matrix_form(root: Path, fresh) -> None:  # noqa: ANN001
    spec = load_spec(root / "specs" / "seed003.yaml")
    assert spec.layers == (784, 32, 32, 10) and spec.form == "matrix" and spec.notation == "index" and spec.m == 2
    md = fresh("seed003", "md").read_text(encoding="utf-8")
    assert r"\vdots" in md and r"\cdots" in md and r"\ddots" in md
    for ext in ("md", "tex", "json"):
        assert fresh("seed003", ext).stat().st_size < 1_000_000
    key = json.loads(fresh("seed003", "json").read_text(encoding="utf-8"))
    assert np.array(key["steps"][0]["gradients"]["weights"][0]).shape == (32, 784)
    assert key["verification"]["failed"] == 0


def test_value_checks_of_26k_weights_pass(root: Path, fresh) -> None:  # noqa: ANN001
    """The value checks of the 784-32-32-10 network all pass (their time: benchmarks/test_bench_large.py)."""
    from generator.certify import check_table_values, check_values
    from generator.engine.trace import build_trace

    tr = build_trace(load_spec(root / "specs" / "seed003.yaml"))
    md = fresh("seed003", "md").read_text(encoding="utf-8")
    n, ok, probs, _ = check_values(tr)
    n2, ok2, probs2 = check_table_values(tr, md, "md", "Markdown")
    assert n == ok and not probs and n > 200 and not probs2
