"""Issue 16 point 5: indices in ``variants.draw`` paths and in questions count the same way.

Without ``variants.index_base`` draw paths count from 0 (YAML list positions) and questions from 1
(the document's subscripts), as every spec written so far means. ``index_base: 1`` or ``0`` makes
both count from it. The expected answers are recomputed here with NumPy (a 2-2-2 sigmoid network
with half the summed squared error, written out in this file).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import yaml

from generator import cli
from generator.errors import SpecError
from generator.exam.draw import draw_numbers
from generator.exam.run import generate
from generator.spec.variants import parse_template

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "specs" / "exam" / "exam_seed002.yaml"


def _exam(draw: dict, questions: list[str], base: int | None = None) -> dict:
    d = {
        "title": "index bases",
        "network": {"layers": [2, 2, 2], "activations": ["sigmoid", "sigmoid"], "loss": "half_sse"},
        "parameters": {"weights": [[[0.15, 0.20], [0.25, 0.30]], [[0.40, 0.45], [0.50, 0.55]]]},
        "data": {"inputs": [0.05, 0.10], "targets": [0.01, 0.99]},
        "training": {"learning_rate": 0.5},
        "variants": {"draw": draw},
        "exam": {"questions": [{"ask": q} for q in questions]},
    }
    if base is not None:
        d["variants"]["index_base"] = base
    return d


def _grad_w(spec: dict) -> list[np.ndarray]:
    """∂E/∂W⁽¹⁾ and ∂E/∂W⁽²⁾ of E = ½ Σ (t − o)², sigmoid layers, no biases."""
    W1, W2 = (np.array(w, dtype=float) for w in spec["parameters"]["weights"])
    x, t = np.array(spec["data"]["inputs"], dtype=float), np.array(spec["data"]["targets"], dtype=float)
    h = 1 / (1 + np.exp(-(W1 @ x)))
    o = 1 / (1 + np.exp(-(W2 @ h)))
    d2 = (o - t) * o * (1 - o)
    d1 = (W2.T @ d2) * h * (1 - h)
    return [np.outer(d1, x), np.outer(d2, h)]


def _keys(tmp_path: Path, d: dict, name: str) -> list[dict]:
    src = tmp_path / f"{name}.yaml"
    src.write_text(yaml.safe_dump(d), encoding="utf-8")
    _, files, _ = generate(src, 2, 11, ("json",), jobs=1)
    return [json.loads(files[f"{name}_v{v:03d}_key.json"]) for v in (1, 2)]


# W^(2)_12 (the weight from hidden neuron 2 into output 1) and the inputs, in each base
DRAWS = {
    None: {"parameters.weights[1][0][1]": {"choose": [0.7, -0.7]}, "data.inputs": {"min": 0.1, "max": 0.9, "step": 0.1}},
    1: {"parameters.weights[2][1][2]": {"choose": [0.7, -0.7]}, "data.inputs": {"min": 0.1, "max": 0.9, "step": 0.1}},
    0: {"parameters.weights[1][0][1]": {"choose": [0.7, -0.7]}, "data.inputs": {"min": 0.1, "max": 0.9, "step": 0.1}},
}
# ∂E/∂W^(1)_12 and ∂E/∂W^(2)_21, the activation of output 1, in each base
QUESTIONS = {
    None: ["grad_w[1][1][2]", "grad_w[2][2][1]", "a[2][1]"],
    1: None,
    0: ["grad_w[0][0][1]", "grad_w[1][1][0]", "a[1][0]"],
}
QUESTIONS[1] = QUESTIONS[None]


@pytest.mark.parametrize("base", [None, 1, 0], ids=["default", "from-1", "from-0"])
def test_every_base_names_the_same_numbers_and_quantities(tmp_path: Path, base: int | None) -> None:
    keys = _keys(tmp_path, _exam(DRAWS[base], QUESTIONS[base], base), f"b{base}")
    for key in keys:
        spec = key["spec"]
        W2 = spec["parameters"]["weights"][1]
        assert W2[0][1] in (0.7, -0.7) and [W2[0][0], W2[1][0], W2[1][1]] == [0.40, 0.50, 0.55]
        assert spec["parameters"]["weights"][0] == [[0.15, 0.20], [0.25, 0.30]]
        g1, g2 = _grad_w(spec)
        o1 = (
            1
            / (
                1
                + np.exp(
                    -(np.array(W2) @ (1 / (1 + np.exp(-(np.array(spec["parameters"]["weights"][0]) @ spec["data"]["inputs"])))))
                )
            )[0]
        )
        want = [g1[0, 1], g2[1, 0], o1]
        got = [q["exact"] for q in key["questions"]]
        assert got == pytest.approx(want, abs=1e-12), base
        assert [q["ask"] for q in key["questions"]] == QUESTIONS[base]  # kept as the lecturer wrote them


def test_a_one_based_spec_draws_exactly_what_the_zero_based_one_draws() -> None:
    """The same draw in the two spellings: the generator is keyed by the number's place, not by its spelling."""
    legacy = yaml.safe_load(BUNDLED.read_text(encoding="utf-8"))
    one = json.loads(json.dumps(legacy))
    one["variants"]["index_base"] = 1
    one["variants"]["draw"] = {
        k.replace("weights[0]", "weights[1]") if "weights[0]" in k else k.replace("weights[1]", "weights[2]"): v
        for k, v in legacy["variants"]["draw"].items()
    }
    assert "parameters.weights[2]" in one["variants"]["draw"]
    a, b = parse_template(yaml.safe_dump(legacy), "x.yaml"), parse_template(yaml.safe_dump(one), "x.yaml")
    for v in (1, 2, 3):
        assert draw_numbers(a, 2025, v, 0) == draw_numbers(b, 2025, v, 0)


@pytest.mark.parametrize(
    ("base", "draw", "questions", "words"),
    [
        (2, DRAWS[0], QUESTIONS[None], "variants.index_base: expected 0"),
        (True, DRAWS[0], QUESTIONS[None], "variants.index_base: expected 0"),
        (
            1,
            {"parameters.weights[0]": {"choose": [0.1, 0.2]}},
            QUESTIONS[None],
            "variants.draw.parameters.weights[0]: indices count from 1",
        ),
        (
            1,
            {"parameters.weights[3]": {"choose": [0.1, 0.2]}},
            QUESTIONS[None],
            "variants.draw.parameters.weights[3]: parameters.weights[3] does not exist in the spec (that list has 2 entries, counted from 1: [1] to [2]",
        ),
        (
            None,
            {"parameters.weights[1][2]": {"choose": [0.1, 0.2]}},
            QUESTIONS[None],
            "parameters.weights[1][2] does not exist in the spec (that list has 2 entries, counted from 0: [0] to [1]",
        ),
        (
            0,
            DRAWS[0],
            ["a[2][0]"],
            "exam.questions[0].ask: layer 2 in 'a[2][0]' does not exist; layers are 0 to 1 (0 = first hidden layer)",
        ),
        (0, DRAWS[0], ["grad_w[1][0][2]"], "exam.questions[0].ask: layer 0 feeding layer 1 has neurons 0 to 1; got 2"),
        (0, DRAWS[0], ["grad_w[0][0][2]"], "exam.questions[0].ask: the input layer feeding layer 0 has neurons 0 to 1; got 2"),
        (None, DRAWS[None], ["a[0][1]"], "exam.questions[0].ask: layer 0 in 'a[0][1]' does not exist; layers are 1 to 2"),
        (1, DRAWS[1], ["delta[2][3]"], "exam.questions[0].ask: layer 2 has neurons 1 to 2; got 3"),
    ],
)
def test_an_index_out_of_range_names_the_field_and_the_base(base, draw, questions, words: str) -> None:  # noqa: ANN001
    with pytest.raises(SpecError) as err:
        parse_template(yaml.safe_dump(_exam(draw, questions, base)), "e.yaml")
    assert words in str(err.value), str(err.value)


def test_the_command_refuses_it_with_exit_2_and_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "e.yaml"
    src.write_text(yaml.safe_dump(_exam({"parameters.weights[0]": {"choose": [0.1, 0.2]}}, QUESTIONS[None], 1)), encoding="utf-8")
    out = tmp_path / "out"
    assert cli.main(["variants", str(src), "--count", "2", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "variants.draw.parameters.weights[0]" in err and "Traceback" not in err and err.count("\n") == 1
    assert not out.exists()


def test_the_schema_offers_index_base() -> None:
    from generator.spec.schema import build_schema

    prop = build_schema()["properties"]["variants"]["properties"]["index_base"]
    assert prop["enum"] == [0, 1]


def test_questions_full_are_written_in_the_spec_s_base() -> None:
    """``questions: full`` lists its asks counted as the spec counts; the quantities are the same."""
    one = parse_template(yaml.safe_dump({**_exam(DRAWS[None], QUESTIONS[None]), "exam": {"questions": "full"}}), "e.yaml")
    zero = parse_template(yaml.safe_dump({**_exam(DRAWS[0], QUESTIONS[0], 0), "exam": {"questions": "full"}}), "e.yaml")
    assert [q.idx for q in one.exam.questions] == [q.idx for q in zero.exam.questions]
    assert one.exam.questions[0].ask == "a[2][1]" and zero.exam.questions[0].ask == "a[1][0]"
    assert "grad_w[0][1][1]" in [q.ask for q in zero.exam.questions]
