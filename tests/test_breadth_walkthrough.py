"""Breadth walkthroughs end to end: new specs render and verify, bad combinations are refused.

Oracles: verification of the rendered text (the checker redoes every printed equation),
SymPy's derivative of the whole loss averaged over the examples, finite differences, and
the bundled outputs themselves (a stale output fails).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import sympy_oracle
from hypothesis import given, reject
from hypothesis import strategies as st

from generator import SpecError, load_spec, walkthrough
from generator.check import check_text
from generator.cli import main
from generator.engine.network import train_spec
from generator.engine.symbolic import flatten_params
from generator.spec.load import parse_spec

NEW = ["softmax_ce", "bce"]


@pytest.mark.parametrize("name", NEW)
def test_new_bundled_outputs_are_current_and_reverify(root: Path, name: str) -> None:
    w = walkthrough(load_spec(root / "specs" / f"{name}.yaml"))
    for ext, fmt in ((".md", "md"), (".tex", "tex"), (".json", "json")):
        assert (root / "output" / f"{name}{ext}").read_text(encoding="utf-8") == w.documents[fmt], f"output/{name}{ext} is stale"
    for fmt in ("md", "tex"):
        rep = check_text(w.documents[fmt], fmt)
        assert rep.checked > 80 and rep.errors == 0 and rep.rounding == 0


def test_softmax_document_shows_the_jacobian_the_collapse_and_the_batch(root: Path) -> None:
    w = walkthrough(load_spec(root / "specs" / "softmax_ce.yaml"))
    md = w.documents["md"]
    for text in (
        r"a_j\,(1 - a_j)",
        r"-a_j\, a_k",
        "a_j - t_j",
        r"\ln\left(",
        "### Averaging over the batch",
        r"\frac{1}{2}\left(",
    ):
        assert text in md, text
    data = json.loads(w.documents["json"])
    assert data["network"]["examples"] == 2 and data["network"]["leaky_relu_slope"] == 0.1
    assert len(data["steps"][0]["forward"][0]["z"]) == 2  # one row per example
    # the printed mean loss is the mean of the printed example losses
    st0 = w.trace.steps[0]
    assert (
        st0.batch
        and abs(st0.loss.result.value - sum(ex.loss.result.value for ex in st0.examples) / 2) <= st0.loss.result.half_unit
    )


def test_sgd_document_updates_once_per_example(root: Path) -> None:
    spec = load_spec(root / "specs" / "bce.yaml")
    w = walkthrough(spec)
    assert len(w.trace.steps) == 3 and [st.examples[0].number for st in w.trace.steps] == [0, 1, 2]
    assert "### Step 3 in tables (example 3)" in w.documents["md"]
    runs = train_spec(spec)
    # the weights printed after update k are those of the float64 network after update k
    for step, (_, _, new) in zip(w.trace.steps, runs):
        w2 = [float(c.result.value) for c in step.backward[-1][0].new_w]
        assert w2 == pytest.approx(new.weights[-1][0].tolist(), abs=1e-4)


@pytest.mark.parametrize("mode", ["batch", "sgd"])
@pytest.mark.parametrize("notation", ["layered", "numbered"])
def test_presets_and_modes_give_the_same_numbers(root: Path, mode: str, notation: str) -> None:
    text = (root / "specs" / "softmax_ce.yaml").read_text().replace("mode: batch", f"mode: {mode}")
    base = walkthrough(parse_spec(text))
    other = walkthrough(parse_spec(text.replace("notation: layered", f"notation: {notation}")))
    a = [c.result.latex for c in base.trace.chains()]
    b = [c.result.latex for c in other.trace.chains()]
    assert a == b
    numbers = lambda w: [{k: v for k, v in s.items() if k != "displayed"} for s in json.loads(w.documents["json"])["steps"]]  # noqa: E731
    assert numbers(base) == numbers(other)


def test_relu_convention_at_zero_is_stated_and_followed() -> None:
    text = """
network: {layers: [1, 1, 1], activations: [relu, sigmoid], loss: bce, relu_prime_at_zero: 1}
parameters: {weights: [[[1.0]], [[0.5]]], biases: [[-0.5], [0.0]]}
data: {inputs: [[0.5]], targets: [[1]]}
training: {learning_rate: 0.1}
"""
    w = walkthrough(parse_spec(text))  # z^(1) = 0 exactly: the right-hand derivative 1 is used
    assert "right-hand derivative" in w.documents["md"]
    fp = w.trace.steps[0].backward[0][0].fprime
    assert fp is not None and fp.result.value == 1
    w0 = walkthrough(parse_spec(text.replace("relu_prime_at_zero: 1", "relu_prime_at_zero: 0")))
    assert w0.trace.steps[0].backward[0][0].fprime.result.value == 0  # type: ignore[union-attr]


GOOD = """\
network: {layers: [2, 2, 2], activations: [relu, softmax], loss: cross_entropy}
parameters:
  weights: [[[0.1, 0.2], [0.3, -0.4]], [[0.5, 0.6], [0.7, -0.8]]]
data: {inputs: [[0.5, 1.0]], targets: [[0, 1]]}
training: {learning_rate: 0.5}
"""

REFUSED = [
    (
        "activations: [relu, softmax]",
        "activations: [softmax, softmax]",
        "network.activations[0]: softmax is only allowed in the output layer",
    ),
    ("layers: [2, 2, 2]", "layers: [2, 2, 1]", "network.activations[1]: softmax needs at least 2 output neurons"),
    ("loss: cross_entropy", "loss: mse", "network.loss: a softmax output is walked through with cross_entropy"),
    ("activations: [relu, softmax]", "activations: [relu, sigmoid]", "network.loss: cross_entropy needs a softmax output layer"),
    (
        "activations: [relu, softmax], loss: cross_entropy",
        "activations: [relu, tanh], loss: bce",
        "network.loss: bce (binary cross-entropy) needs a sigmoid output",
    ),
    ("targets: [[0, 1]]", "targets: [[-0.5, 1.5]]", "data.targets[0][0]: -0.5 is outside [0, 1]"),
    (
        "targets: [[0, 1]]",
        "targets: [[0.3, 0.6]]",
        "data.targets[0]: the targets of one example must sum to exactly 1 with cross_entropy",
    ),
    (
        "loss: cross_entropy}",
        "loss: cross_entropy, leaky_relu_slope: 1}",
        "network.leaky_relu_slope: expected a number from 0 up to (not including) 1",
    ),
    ("loss: cross_entropy}", "loss: cross_entropy, leaky_relu_slope: -0.1}", "network.leaky_relu_slope"),
    ("loss: cross_entropy}", "loss: cross_entropy, relu_prime_at_zero: 0.5}", "network.relu_prime_at_zero: expected 0 or 1"),
    ("training: {learning_rate: 0.5}", "training: {learning_rate: 0.5, mode: online}", "training.mode: unknown value 'online'"),
    ("training: {learning_rate: 0.5}", "training: {mode: sgd}", "training.mode: sgd makes one update per example"),
]


@pytest.mark.parametrize(("old", "new", "message"), REFUSED)
def test_bad_combination_names_the_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, message: str
) -> None:
    assert old in GOOD
    spec = tmp_path / "bad.yaml"
    spec.write_text(GOOD.replace(old, new, 1), encoding="utf-8")
    out = tmp_path / "out"
    code = main(["render", str(spec), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_good_breadth_spec_renders(tmp_path: Path) -> None:
    spec = tmp_path / "good.yaml"
    spec.write_text(GOOD, encoding="utf-8")
    assert main(["render", str(spec), "-o", str(tmp_path / "out"), "--format", "md"]) == 0


@pytest.mark.parametrize(
    ("weights", "targets", "message"),
    [
        ("[[[13.0]]]", "[[0]]", "prints as 1.00000"),  # printed output 1.00000, target 0: ln 0 from the printed value
    ],
)
def test_saturated_probabilities_are_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], weights: str, targets: str, message: str
) -> None:
    spec = tmp_path / "sat.yaml"
    spec.write_text(
        f"network: {{layers: [1, 1], activations: [sigmoid], loss: bce}}\nparameters: {{weights: {weights}}}\n"
        f"data: {{inputs: [[1.0]], targets: {targets}}}\n",
        encoding="utf-8",
    )
    assert main(["render", str(spec), "-o", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and "clip" in err
    assert not (tmp_path / "o").exists()


# ------------------------------------------------------------------ property test over the new space

HIDDEN = ["sigmoid", "tanh", "relu", "leaky_relu", "linear"]
OUTPUTS = [("softmax", "cross_entropy"), ("sigmoid", "bce"), ("leaky_relu", "half_sse"), ("tanh", "mse")]
vals = st.decimals(min_value=-1, max_value=1, places=1).map(lambda d: f"{d:.1f}")


@st.composite
def breadth_specs(draw: st.DrawFn) -> str:
    depth = draw(st.integers(1, 2))
    out, loss = draw(st.sampled_from(OUTPUTS))
    n_out = draw(st.integers(2 if out == "softmax" else 1, 3))
    layers = [draw(st.integers(1, 3)) for _ in range(depth)] + [n_out]
    acts = [draw(st.sampled_from(HIDDEN)) for _ in range(depth - 1)] + [out]
    m = draw(st.integers(1, 3))
    ws = [[[draw(vals) for _ in range(layers[l])] for _ in range(layers[l + 1])] for l in range(depth)]
    bs = [[draw(vals) for _ in range(layers[l + 1])] for l in range(depth)]
    xs = [[draw(vals) for _ in range(layers[0])] for _ in range(m)]
    if loss == "cross_entropy":
        ts = []
        for _ in range(m):
            k = draw(st.integers(0, n_out - 1))
            ts.append(["1" if i == k else "0" for i in range(n_out)])
    else:
        ts = [[draw(st.sampled_from(["0", "1", "0.25", "0.8"])) for _ in range(n_out)] for _ in range(m)]
    mat = lambda rows: "[" + ", ".join("[" + ", ".join(r) + "]" for r in rows) + "]"  # noqa: E731
    return (
        "\n".join(
            [
                "network:",
                f"  layers: {layers}",
                f"  activations: [{', '.join(acts)}]",
                f"  loss: {loss}",
                f"  leaky_relu_slope: {draw(st.sampled_from(['0.01', '0.2']))}",
                f"  relu_prime_at_zero: {draw(st.integers(0, 1))}",
                "parameters:",
                "  weights: [" + ", ".join(mat(w) for w in ws) + "]",
                "  biases: [" + ", ".join("[" + ", ".join(b) + "]" for b in bs) + "]",
                f"data: {{inputs: {mat(xs)}, targets: {mat(ts)}}}",
                f"training: {{learning_rate: 0.5, steps: {draw(st.integers(1, 2))}, mode: {draw(st.sampled_from(['batch', 'sgd']))}}}",
                f"presentation: {{notation: {draw(st.sampled_from(['layered', 'numbered']))}, rounding: {{digits: {draw(st.integers(3, 6))}, carry: {draw(st.sampled_from(['round', 'exact']))}}}}}",
            ]
        )
        + "\n"
    )


@given(breadth_specs())
def test_random_breadth_networks_render_verify_and_match_sympy(text: str) -> None:
    spec = parse_spec(text)
    try:
        w = walkthrough(spec, ("md", "json"))  # raises VerificationError if any check fails
    except SpecError as exc:  # diverging or saturated networks are refused clearly
        assert "too large" in exc.message or "clip" in exc.message
        reject()
    assert w.result.ok and w.result.certificate.failed == 0
    g = json.loads(w.documents["json"])["steps"][0]["gradients"]
    mine = flatten_params(tuple(np.array(x) for x in g["weights"]), tuple(np.array(x) for x in g["biases"]))
    x, t = (spec.inputs[:1], spec.targets[:1]) if spec.mode == "sgd" else (spec.inputs, spec.targets)
    # SymPy's derivative of the whole loss, by the tests' own oracle (no nnwalk code)
    sym = sympy_oracle.gradients(
        spec.layers,
        spec.activations,
        spec.loss,
        spec.weights,
        spec.biases,
        x,
        t,
        slope=spec.leaky_slope,
        prime_at_zero=spec.relu_prime_at_zero,
    )
    assert mine == pytest.approx(sym, rel=1e-9, abs=1e-12)


def test_float64_saturation_is_a_spec_error(monkeypatch: pytest.MonkeyPatch, root: Path) -> None:
    from generator.engine import network

    def saturated(*args: object, **kw: object) -> None:
        raise network.Saturated("output 1 of example 1 is 0 to float64 precision (nnwalk does not clip probabilities)")

    monkeypatch.setattr(network, "run", saturated)
    with pytest.raises(SpecError, match="is 0 to float64 precision"):
        walkthrough(load_spec(root / "specs" / "bce.yaml"))
