"""End-to-end: rendered documents verify, bundled outputs are current, formats are sound."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import sympy_oracle
from hypothesis import given, reject
from hypothesis import strategies as st

from generator import SpecError, load_spec, walkthrough
from generator.check import check_text
from generator.engine.symbolic import flatten_params
from generator.spec.load import parse_spec

BUNDLED = sorted(p.stem for p in (Path(__file__).resolve().parent.parent / "specs").glob("*.yaml"))


@pytest.mark.parametrize("name", BUNDLED)
def test_bundled_outputs_are_current_and_verify(root: Path, name: str) -> None:
    w = walkthrough(load_spec(root / "specs" / f"{name}.yaml"))
    for ext, fmt in ((".md", "md"), (".tex", "tex"), (".json", "json")):
        golden = (root / "output" / f"{name}{ext}").read_text(encoding="utf-8")
        assert golden == w.documents[fmt], f"output/{name}{ext} is out of date: run 'nnwalk render specs/*.yaml'"
    # The Markdown rendered now passes the independent checker on its own.
    rep = check_text(w.documents["md"], "md")
    assert rep.checked > 50
    assert all(f.klass == "ok" for f in rep.findings if f.relation == "=")


def test_seed000_prints_the_correct_first_net_input(root: Path) -> None:
    md = walkthrough(load_spec(root / "specs" / "seed000.yaml")).documents["md"]
    assert "= 0.24000" in md and "= 0.19\n" not in md


def test_json_contract(root: Path) -> None:
    data = json.loads(walkthrough(load_spec(root / "specs" / "example.yaml")).documents["json"])
    s = data["steps"][0]
    assert set(s) >= {"forward", "loss", "deltas", "gradients", "updated"}
    assert s["loss"] == pytest.approx(0.298371109, abs=1e-9)  # published value
    assert len(s["forward"]) == 2 and set(s["forward"][0]) == {"z", "a"}
    assert np.array(s["gradients"]["weights"][1]).shape == (2, 2)
    v = data["verification"]
    assert v["checked"] == v["passed"] > 100 and v["failed"] == 0 and v["policy"]


def test_exact_carry_marks_approximations(root: Path) -> None:
    text = (root / "specs" / "example.yaml").read_text().replace("carry: round", "carry: exact")
    w = walkthrough(parse_spec(text))
    assert r"\approx" in w.documents["md"]
    assert w.result.ok


def test_several_steps_reduce_the_loss(root: Path) -> None:
    text = (root / "specs" / "example.yaml").read_text().replace("steps: 1", "steps: 4")
    w = walkthrough(parse_spec(text))
    data = json.loads(w.documents["json"])
    losses = [s["loss"] for s in data["steps"]] + [data["final_loss"]]
    assert len(losses) == 5 and all(b < a for a, b in zip(losses, losses[1:]))
    assert "## Training steps" in w.documents["md"]


def test_planted_error_is_caught() -> None:
    md = "$$\n\\begin{aligned}\nz &= 0.5 \\times 1.0 + 0.1 \\\\\n &= 0.7\n\\end{aligned}\n$$\n"
    rep = check_text(md, "md")
    assert rep.errors == 1 and rep.findings[0].line == 4


# ------------------------------------------------------------------ property test

ACTS = ["sigmoid", "tanh", "relu", "linear"]
LOSSES = ["half_sse", "sse", "mse"]
vals = st.one_of(
    st.decimals(min_value=-1, max_value=1, places=2).map(lambda d: f"{d:.2f}"),
    st.decimals(min_value=-3, max_value=3, places=1).map(lambda d: f"{d:.1f}"),
)


@st.composite
def specs(draw: st.DrawFn) -> str:
    depth = draw(st.integers(1, 3))
    layers = [draw(st.integers(1, 4)) for _ in range(depth + 1)]
    acts = [draw(st.sampled_from(ACTS)) for _ in range(depth)]
    loss = draw(st.sampled_from(LOSSES))
    ws = [[[draw(vals) for _ in range(layers[l])] for _ in range(layers[l + 1])] for l in range(depth)]
    bias = draw(st.booleans())
    bs = [[draw(vals) for _ in range(layers[l + 1])] for l in range(depth)]
    x = [draw(vals) for _ in range(layers[0])]
    t = [draw(st.decimals(min_value=0, max_value=1, places=2).map(lambda d: f"{d:.2f}")) for _ in range(layers[-1])]
    notation = draw(st.sampled_from(["layered", "numbered"]))
    digits = draw(st.integers(2, 8))
    carry = draw(st.sampled_from(["round", "exact"]))
    style = draw(st.sampled_from(["decimals", "decimals", "significant", "auto"]))
    steps = draw(st.integers(1, 3))
    mat = lambda m: "[" + ", ".join("[" + ", ".join(r) + "]" for r in m) + "]"  # noqa: E731
    lines = [
        "network:",
        f"  layers: {layers}",
        f"  activations: [{', '.join(acts)}]",
        f"  loss: {loss}",
        "parameters:",
        "  weights: [" + ", ".join(mat(w) for w in ws) + "]",
    ]
    if bias:
        lines.append("  biases: [" + ", ".join("[" + ", ".join(b) + "]" for b in bs) + "]")
    lines += [
        f"data: {{inputs: [[{', '.join(x)}]], targets: [[{', '.join(t)}]]}}",
        f"training: {{learning_rate: 0.5, steps: {steps}}}",
        f"presentation: {{notation: {notation}, rounding: {{style: {style}, digits: {digits}, carry: {carry}}}}}",
    ]
    return "\n".join(lines) + "\n"


@given(specs())
def test_random_networks_render_verify_and_match_sympy(text: str) -> None:
    spec = parse_spec(text)
    try:
        w = walkthrough(spec, ("md", "json"))  # raises VerificationError if any check fails
    except SpecError as exc:  # a network that diverges past what can be printed is refused clearly
        assert "too large" in exc.message
        reject()
    assert w.result.ok and w.result.certificate.failed == 0
    data = json.loads(w.documents["json"])
    g = data["steps"][0]["gradients"]
    mine = flatten_params(
        tuple(np.array(x) for x in g["weights"]), tuple(np.array(x) for x in g["biases"]) if g["biases"] else None
    )
    # SymPy's derivative of the whole loss, by the tests' own oracle (no nnwalk code)
    sym = sympy_oracle.gradients(spec.layers, spec.activations, spec.loss, spec.weights, spec.biases, spec.inputs, spec.targets)
    assert mine == pytest.approx(sym, rel=1e-9, abs=1e-12)


# ------------------------------------------------------------------ CLI and install surface


def test_python_dash_m_renders_default_example(tmp_path: Path) -> None:
    res = subprocess.run(
        [sys.executable, "-m", "generator", "render", "-o", str(tmp_path)], capture_output=True, text=True, check=False
    )
    assert res.returncode == 0, res.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == [
        "example.json",
        "example.md",
        "example.tex",
    ]
