"""``nnwalk new``: the starter spec loads, validates against the JSON Schema, renders and verifies.

Oracles: the spec loader and the published JSON Schema (two independent validators), the
walkthrough's own verification, and level-2 ``verify`` of the rendered Markdown against the
starter spec.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from generator.api import walkthrough
from generator.errors import SpecError
from generator.spec.load import parse_spec
from generator.spec.schema import build_schema
from generator.spec.starter import MARK, starter_spec
from generator.verify.run import verify_text


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", *args], capture_output=True, text=True, cwd=cwd, check=False)


CASES = [
    ([2, 2, 2], None, None),
    ([2, 3, 1], ["tanh", "sigmoid"], None),
    ([3, 4, 3], ["relu", "softmax"], None),
    ([2, 2], ["sigmoid"], "bce"),
    ([4, 3, 3, 2], ["leaky_relu"], "mse"),
    ([1, 1], ["linear"], "sse"),
]


@pytest.mark.parametrize(("layers", "acts", "loss"), CASES)
@pytest.mark.parametrize("seed", [1, 2])
def test_starter_renders_and_verifies(layers: list[int], acts: list[str] | None, loss: str | None, seed: int) -> None:
    text = starter_spec(layers, acts, loss, seed)
    assert text.startswith(MARK)
    jsonschema.validate(yaml.safe_load(text), build_schema())
    spec = parse_spec(text, "<starter>")
    assert list(spec.layers) == layers
    w = walkthrough(spec, ("md", "tex"))
    assert w.result.ok
    assert verify_text(str(w.documents["md"]), "<md>", "md", spec, 2).errors == 0


def test_same_arguments_same_file_and_seeds_differ() -> None:
    assert starter_spec([2, 2, 2], seed=3) == starter_spec([2, 2, 2], seed=3)
    assert starter_spec([2, 2, 2], seed=3) != starter_spec([2, 2, 2], seed=4)


def test_every_top_level_key_is_mentioned() -> None:
    text = starter_spec([2, 2, 2])
    for key in ("title", "course", "author", "date", "network", "parameters", "data", "training", "presentation"):
        assert f"{key}:" in text


@pytest.mark.parametrize(
    ("layers", "acts", "loss", "message"),
    [
        ([2], None, None, "--layers"),
        ([2, 0, 1], None, None, "--layers"),
        ([2, 50, 1], None, None, "--layers"),
        ([2, 2, 2], ["relu", "relu", "relu"], None, "--activations"),
        ([2, 2, 2], ["softmax", "sigmoid"], None, "softmax"),
        ([2, 2, 2], None, "cross_entropy", "cross_entropy"),
    ],
)
def test_impossible_choices_are_clear_errors(layers: list[int], acts: list[str] | None, loss: str | None, message: str) -> None:
    with pytest.raises(SpecError, match=message):
        starter_spec(layers, acts, loss)


def test_cli_writes_refuses_and_streams(tmp_path: Path) -> None:
    r = _run("new", "s.yaml", "--layers", "2,3,2", "--activations", "relu,softmax", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    r = _run("render", "s.yaml", "-o", "out", "--format", "md", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    again = _run("new", "s.yaml", "--seed", "9", cwd=tmp_path)  # our own file: rewritten without --force
    assert again.returncode == 0
    (tmp_path / "mine.yaml").write_text("title: my notes\n", encoding="utf-8")
    r = _run("new", "mine.yaml", cwd=tmp_path)
    assert r.returncode == 2 and "--force" in r.stderr
    assert (tmp_path / "mine.yaml").read_text(encoding="utf-8") == "title: my notes\n"
    r = _run("new", "-", "--layers", "2,1", cwd=tmp_path)
    assert r.returncode == 0 and r.stdout.startswith(MARK)
    # a starter spec is meant to be edited: once edited, 'new' does not overwrite it without --force
    spec = tmp_path / "s.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("title:", "title: my own", 1), encoding="utf-8")
    edited = spec.read_text(encoding="utf-8")
    r = _run("new", "s.yaml", "--seed", "10", cwd=tmp_path)
    assert r.returncode == 2 and "changed since nnwalk wrote it" in r.stderr and "--force" in r.stderr
    assert spec.read_text(encoding="utf-8") == edited
    assert _run("new", "s.yaml", "--seed", "10", "--force", cwd=tmp_path).returncode == 0


@pytest.mark.parametrize(
    "args",
    [["--layers", "2,x"], ["--activations", "sigmoidd"], ["--loss", "hinge"], ["--layers", "2,100"]],
)
def test_cli_bad_options(tmp_path: Path, args: list[str]) -> None:
    r = _run("new", "s.yaml", *args, cwd=tmp_path)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr and r.stderr.startswith("nnwalk: ")
    assert not (tmp_path / "s.yaml").exists()


@pytest.mark.parametrize(("layers", "acts"), [([2, 3, 1], None), ([2, 3, 2, 2], ["tanh", "tanh", "softmax"]), ([3, 2], None)])
def test_commented_keys_work_when_uncommented(layers: list[int], acts: list[str] | None) -> None:
    """Every optional key the starter shows commented out (``# key: value  # comment``) must load when uncommented.

    Keys whose comment says "instead of" replace a written key (init for weights, inputs_file for
    inputs): they are alternatives, uncommented in a copy of their own with the key they replace removed.
    """
    import re

    text = starter_spec(layers, acts)
    key_line = re.compile(r"^(\s*)# ([a-z_]+: .*?)(\s+# .*)?$")
    lines = []
    uncommented = 0
    for line in text.splitlines():
        m = key_line.match(line)
        if m and "instead of" not in (m.group(3) or ""):
            lines.append(f"{m.group(1)}{m.group(2)}")
            uncommented += 1
        else:
            lines.append(line)
    assert uncommented >= 5  # mode, optimizer, weight_decay, clip_norm, sections, form (+ dropout with a hidden layer)
    spec = parse_spec("\n".join(lines) + "\n", "starter.yaml")
    assert (spec.dropout is not None) == (len(layers) > 2)
