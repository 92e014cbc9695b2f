"""Regressions found in review: each spec here once failed; it must render, verify and compile."""

from __future__ import annotations

import json
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from generator import cli, load_spec, walkthrough
from generator.render.latexfmt import md_escape
from generator.spec.load import parse_spec

BASE = """\
network: {{layers: {layers}, activations: {acts}, loss: {loss}}}
parameters:
  weights: {weights}
{biases}data: {{inputs: [{x}], targets: [{t}]}}
training: {{learning_rate: 0.5, steps: {steps}}}
presentation: {{notation: {notation}, rounding: {{style: {style}, digits: {digits}, carry: {carry}}}}}
"""


def spec_text(**kw: object) -> str:
    d = dict(
        layers=[2, 2, 2], acts="[sigmoid, sigmoid]", loss="half_sse",
        weights="[[[0.15, 0.20], [0.25, 0.30]], [[0.40, 0.45], [0.50, 0.55]]]",
        biases="  biases: [[0.35, 0.35], [0.60, 0.60]]\n", x="0.05, 0.10", t="0.01, 0.99",
        steps=1, notation="layered", style="decimals", digits=5, carry="round",
    )  # fmt: skip
    d.update(kw)
    return BASE.format(**d)


CASES = {
    # significant digits whose last kept digit is left of the point (once printed as "330")
    "significant_big": spec_text(
        layers=[2, 1],
        acts="[linear]",
        loss="sse",
        weights="[[[40, 50]]]",
        biases="",
        x="3, 4",
        t="-7",
        style="significant",
        digits=2,
    ),  # fmt: skip
    # exact carry over several coarse steps (carried weights print like given ones)
    "exact_coarse_steps": spec_text(steps=3, digits=2, carry="exact"),
    # tanh in a hidden layer of a 3-weight-layer net (once a LaTeX double superscript)
    "deep_tanh": spec_text(
        layers=[2, 3, 2, 1],
        acts="[tanh, tanh, sigmoid]",
        loss="mse",
        weights="[[[0.1, -0.2], [0.3, 0.4], [-0.5, 0.6]], [[0.7, -0.8, 0.9], [0.1, 0.2, -0.3]], [[0.5, -0.4]]]",
        biases="",
        t="0.7",
    ),  # fmt: skip
    # two hidden layers in the numbered notation (labels H1_1 once broke LaTeX tables)
    "numbered_deep": spec_text(
        layers=[2, 2, 2, 2],
        acts="[relu, sigmoid, linear]",
        loss="sse",
        weights="[[[0.1, 0.2], [0.3, -0.4]], [[0.5, 0.6], [0.7, 0.8]], [[0.9, -0.1], [0.2, 0.3]]]",
        biases="",
        notation="numbered",
        steps=2,
    ),  # fmt: skip
    # ten neurons: layered weight indices need a comma (W_{1,10})
    "wide": spec_text(
        layers=[10, 1],
        acts="[sigmoid]",
        weights="[[[" + ", ".join(["0.1"] * 10) + "]]]",
        biases="",
        x=", ".join(["0.5"] * 10),
        t="0.3",
    ),  # fmt: skip
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_case_verifies(name: str) -> None:
    w = walkthrough(parse_spec(CASES[name]))
    assert w.result.ok
    assert "^2}" not in w.documents["tex"].replace("}^2", "")  # no a^{(2)}_{1}^2


def test_significant_style_never_prints_a_rounded_integer() -> None:
    md = walkthrough(parse_spec(CASES["significant_big"])).documents["md"]
    assert r"3.2 \times 10^{2}" in md and "= 320" not in md


def test_wide_layer_indices_are_unambiguous() -> None:
    md = walkthrough(parse_spec(CASES["wide"])).documents["md"]
    assert "W^{(1)}_{1,10}" in md


def test_path_contributions_add_up(root: Path) -> None:
    tr = walkthrough(load_spec(root / "specs" / "seed000.yaml")).trace
    for nb in tr.steps[0].backward[0]:
        total = sum((p.result.value for p in nb.paths), Decimal(0))
        # dL/da is the once-rounded sum of the printed (exact) contributions
        assert abs(total - nb.dlda.result.value) <= nb.dlda.result.half_unit


@pytest.mark.skipif(shutil.which("latexmk") is None, reason="TeX Live not installed (.ci/run installs it)")
@pytest.mark.parametrize("name", ["deep_tanh", "numbered_deep", "wide"])
def test_case_compiles(tmp_path: Path, name: str) -> None:
    spec = tmp_path / f"{name}.yaml"
    spec.write_text(CASES[name] + "title: 'Ünïcode η → 中'\n", encoding="utf-8")
    assert cli.main(["render", str(spec), "-o", str(tmp_path), "--format", "tex,json"]) == 0
    res = subprocess.run(
        ["latexmk", "-pdf", "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", f"{name}.tex"],
        cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert res.returncode == 0, (tmp_path / f"{name}.log").read_text(errors="replace")[-2000:]
    assert json.loads((tmp_path / f"{name}.json").read_text())["verification"]["failed"] == 0


def test_huge_net_input_saturates_stably_with_a_note(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """z = -10^7 in a sigmoid: written e^z / (1 + e^z), verified, and the document says the neuron is saturated."""
    spec = tmp_path / "big.yaml"
    spec.write_text(spec_text(weights="[[[-1000000, 0.2], [0.25, 0.30]], [[0.40, 0.45], [0.50, 0.55]]]", x="10, 0.1"))
    code = cli.main(["render", str(spec), "-o", str(tmp_path / "o"), "--format", "md"])
    err = capsys.readouterr().err
    assert code == 0, err
    md = (tmp_path / "o" / "big.md").read_text(encoding="utf-8")
    assert "**Numerical note.** Neuron" in md and "nan" not in md and "inf" not in md.replace("infinitely", "")


def test_values_too_large_to_print_are_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "big.yaml"
    spec.write_text(spec_text(weights="[[[100000000000000000, 0.2], [0.25, 0.30]], [[0.40, 0.45], [0.50, 0.55]]]", x="10, 0.1"))
    code = cli.main(["render", str(spec), "-o", str(tmp_path / "o")])
    err = capsys.readouterr().err
    assert code == 2 and "too large" in err and "Traceback" not in err
    assert not (tmp_path / "o").exists()


def test_markdown_escape_keeps_apostrophes() -> None:
    assert md_escape("Teacher's notes #1 <b>") == "Teacher's notes \\#1 &lt;b&gt;"
