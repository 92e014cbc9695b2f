"""``nnwalk new``: the starter spec loads, validates against the JSON Schema, renders and verifies.

Oracles: the spec loader and the published JSON Schema (two independent validators), the
walkthrough's own verification, and level-2 ``verify`` of the rendered Markdown against the
starter spec.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import numpy as np
import pytest
import yaml

from generator.api import walkthrough
from generator.errors import SpecError
from generator.spec.load import parse_spec
from generator.spec.schema import build_schema
from generator.spec.starter import MARK, starter_spec
from generator.verify.run import verify_text


def _run(*args: str, cwd: Path, own_process: bool = False) -> subprocess.CompletedProcess[str]:
    """``nnwalk ARGS`` run in ``cwd``: in a process of its own as a shell runs it, or (cheaper: no interpreter start-up)
    through the same entry point, ``generator.cli.main``, in this process."""
    if own_process:
        return subprocess.run([sys.executable, "-m", "generator", *args], capture_output=True, text=True, cwd=cwd, check=False)
    from generator.cli import main

    out, err, here = io.StringIO(), io.StringIO(), os.getcwd()
    try:
        os.chdir(cwd)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(list(args))
    finally:
        os.chdir(here)
    return subprocess.CompletedProcess(list(args), code, out.getvalue(), err.getvalue())


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
    r = _run("new", "s.yaml", "--layers", "2,3,2", "--activations", "relu,softmax", cwd=tmp_path, own_process=True)
    assert r.returncode == 0, r.stderr
    r = _run("render", "s.yaml", "-o", "out", "--format", "md", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    again = _run("new", "s.yaml", "--seed", "9", cwd=tmp_path)  # our own file: rewritten without --force
    assert again.returncode == 0
    (tmp_path / "mine.yaml").write_text("title: my notes\n", encoding="utf-8")
    r = _run("new", "mine.yaml", cwd=tmp_path)
    assert r.returncode == 2 and "--force" in r.stderr
    assert (tmp_path / "mine.yaml").read_text(encoding="utf-8") == "title: my notes\n"
    r = _run("new", "-", "--layers", "2,1", cwd=tmp_path, own_process=True)  # the spec on the real standard output
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
    r = _run("new", "s.yaml", *args, cwd=tmp_path, own_process=args[0] == "--layers")
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


# ------------------------------------------------------------------ issue 16 point 10: no degenerate starter
# The network is recomputed here with NumPy, written out in this file (not the engine's network or its
# degeneracy check): the starter's example must have no dead ReLU, no saturated sigmoid (σ' < 0.045) or
# tanh (tanh' < 0.18), no input of 0 and no neuron whose error signal δ is (almost) 0.


def _act(name: str, z: np.ndarray, slope: float) -> tuple[np.ndarray, np.ndarray]:
    if name == "sigmoid":
        a = 1 / (1 + np.exp(-z))
        return a, a * (1 - a)
    if name == "tanh":
        a = np.tanh(z)
        return a, 1 - a * a
    if name == "relu":
        return np.maximum(z, 0), (z > 0).astype(float)
    if name == "leaky_relu":
        return np.where(z > 0, z, slope * z), np.where(z > 0, 1.0, slope)
    if name == "softmax":
        e = np.exp(z - z.max())
        return e / e.sum(), np.ones_like(z)  # with cross-entropy the output δ is a − t (below)
    return z, np.ones_like(z)


def _problems(text: str) -> list[str]:
    """Every degenerate neuron of the starter's single example, found by a forward and backward pass."""
    d = yaml.safe_load(text)
    net = d["network"]
    acts, loss, slope = net["activations"], net["loss"], net.get("leaky_relu_slope", 0.01)
    Ws = [np.array(w, dtype=float) for w in d["parameters"]["weights"]]
    bs = [np.array(b, dtype=float) for b in d["parameters"]["biases"]]
    x, t = np.array(d["data"]["inputs"][0], dtype=float), np.array(d["data"]["targets"][0], dtype=float)
    out = [f"input {i + 1} is 0" for i in np.flatnonzero(x == 0)]
    a, outs, primes = x, [], []
    for l, (W, b) in enumerate(zip(Ws, bs)):
        z = W @ a + b
        a, fp = _act(acts[l], z, slope)
        outs.append(a)
        primes.append(fp)
        for j, zj in enumerate(z):
            if acts[l] == "relu" and zj <= 0:
                out.append(f"layer {l + 1} neuron {j + 1}: dead ReLU")
            if acts[l] == "sigmoid" and fp[j] < 0.045 or acts[l] == "tanh" and fp[j] < 0.18:
                out.append(f"layer {l + 1} neuron {j + 1}: saturated {acts[l]}")
    o, n = outs[-1], len(t)
    if loss in ("cross_entropy",) or (loss == "bce" and acts[-1] == "sigmoid"):
        delta = o - t
    else:
        dl = {"half_sse": o - t, "sse": 2 * (o - t), "mse": 2 * (o - t) / n}[loss]
        delta = dl * primes[-1]
    deltas = [delta]
    for l in range(len(Ws) - 2, -1, -1):
        deltas.insert(0, (Ws[l + 1].T @ deltas[0]) * primes[l])
    for l, dl_ in enumerate(deltas):
        out += [f"layer {l + 1} neuron {j + 1}: no gradient" for j in np.flatnonzero(np.abs(dl_) < 1e-6)]
    return out


REDRAWN = [
    ([3, 4, 3], ["relu", "softmax"], None, [1, 2, 3]),
    ([12, 12, 3], ["relu", "softmax"], None, [1]),
    ([3, 3, 3, 3, 3, 3], ["relu"] * 4 + ["softmax"], None, [1, 2]),
    ([2, 2, 2, 2, 2, 2], ["sigmoid"], None, [1, 2, 3, 4]),
    ([4, 3, 3, 2], ["leaky_relu"], "mse", [1, 2]),
    ([1, 1], ["linear"], "sse", list(range(1, 11))),
    ([2, 3, 1], ["tanh", "sigmoid"], None, [1, 2, 3]),
    ([6, 6, 1], ["tanh", "sigmoid"], None, [2, 3]),  # a saturated tanh at the first draw
    ([12, 12, 12, 12, 12, 12], ["sigmoid"], None, [3, 12]),  # a saturated sigmoid at the first draw
]


@pytest.mark.parametrize(("layers", "acts", "loss", "seeds"), REDRAWN, ids=lambda v: str(v) if not isinstance(v, list) else None)
def test_nnwalk_new_never_draws_a_degenerate_example(
    layers: list[int], acts: list[str], loss: str | None, seeds: list[int]
) -> None:
    from generator.api import new_spec

    for seed in seeds:
        text = new_spec(layers, acts, loss, seed)
        assert _problems(text) == [], (seed, _problems(text))
        if not _problems(starter_spec(layers, acts, loss, seed)):
            assert text == starter_spec(layers, acts, loss, seed)  # a fine first draw is kept as it was


def test_first_draws_are_degenerate_for_relu_nets_so_the_redraw_matters() -> None:
    """Without the check, most 3-4-3 ReLU starters have a dead neuron: the test above would catch a no-op check."""
    bad = [s for s in range(1, 6) if _problems(starter_spec([3, 4, 3], ["relu", "softmax"], None, s))]
    assert len(bad) >= 3


def test_the_command_writes_a_healthy_starter(tmp_path: Path) -> None:
    r = _run("new", "s.yaml", "--layers", "3,4,3", "--activations", "relu,softmax", "--seed", "2", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert _problems((tmp_path / "s.yaml").read_text(encoding="utf-8")) == []


def test_giving_up_is_a_clear_error_and_writes_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from generator import cli
    from generator.engine import network
    from generator.spec import starter

    monkeypatch.setattr(network, "degeneracy", lambda spec: (1, 2, "dead", "a dead ReLU (z = -0.1 <= 0)"))
    monkeypatch.setattr(starter, "MAX_CHECKS", 30)
    out = tmp_path / "s.yaml"
    assert cli.main(["new", str(out), "--layers", "2,3,1", "--activations", "relu,sigmoid"]) == 2
    err = capsys.readouterr().err
    assert "--layers 2,3,1 --activations relu,sigmoid" in err and "neuron 2 of layer 1 is a dead ReLU" in err
    assert "Traceback" not in err and not out.exists()
