"""Dropout (issue 19): inverted dropout on hidden layers, checked against an oracle written in the tests.

The oracle builds each training pass's mean loss as one SymPy expression, with the masks as
constants (a hidden activation times m / (1 - p), PyTorch's ``nn.Dropout`` in training mode),
differentiates it with ``sp.diff`` in every parameter (``tests/sympy_oracle.py``), and takes the
gradient-descent step itself; it shares no code with nnwalk (not its network, not its SymPy oracle). The JSON answer
key must agree to 1e-12 over every step. Where ``torch`` is importable the same passes are run
with autograd as well.
"""

from __future__ import annotations

import copy
import json
import math

import numpy as np
import pytest
import sympy_oracle
import yaml
from paths import ROOT

from generator.api import walkthrough
from generator.check import check_text
from generator.errors import SpecError
from generator.spec.load import parse_spec

TORCH_SKIP = (
    "torch is not installed: this comparison runs where it is (pip install torch); the SymPy oracle above runs everywhere"
)

ONE = {
    "title": "dropout",
    "network": {"layers": [2, 3, 2], "activations": ["sigmoid", "sigmoid"], "loss": "half_sse"},
    "parameters": {
        "weights": [[[0.15, 0.2], [0.25, 0.3], [-0.1, 0.4]], [[0.4, 0.45, -0.2], [0.5, 0.55, 0.3]]],
        "biases": [[0.35, 0.35, 0.35], [0.6, 0.6]],
    },
    "data": {"inputs": [[0.05, 0.1]], "targets": [[0.01, 0.99]]},
    "training": {"learning_rate": 0.5, "steps": 2, "dropout": {"rates": [0.5], "masks": [[[1, 0, 1]], [[0, 1, 1]]]}},
}

#: Two hidden layers (the second without dropout), tanh/softmax with cross-entropy, a batch of two with one mask per example.
DEEP = {
    "title": "dropout deep",
    "network": {"layers": [2, 3, 2, 2], "activations": ["tanh", "sigmoid", "softmax"], "loss": "cross_entropy"},
    "parameters": {
        "weights": [
            [[0.2, -0.3], [0.4, 0.1], [-0.5, 0.2]],
            [[0.3, -0.2, 0.5], [-0.4, 0.6, 0.1]],
            [[0.7, -0.1], [0.2, 0.3]],
        ],
        "biases": [[0.1, 0.0, -0.1], [0.05, -0.05], [0.0, 0.1]],
    },
    "data": {"inputs": [[1.0, 0.5], [0.2, -0.8]], "targets": [[1, 0], [0, 1]]},
    "training": {
        "learning_rate": 0.3,
        "steps": 2,
        "dropout": {
            "rates": [0.3, 0],
            "masks": [[[[1, 0, 1], [0, 1, 1]], [1, 1]], [[[1, 1, 0], [1, 1, 1]], [1, 1]]],
        },
    },
}

#: SGD over two examples: one mask per update (steps x examples), drawn from a seed.
SGD = copy.deepcopy(ONE)
SGD["data"] = {"inputs": [[0.05, 0.1], [0.3, -0.2]], "targets": [[0.01, 0.99], [0.5, 0.2]]}
SGD["training"] = {"learning_rate": 0.5, "steps": 2, "mode": "sgd", "dropout": {"rates": [0.25], "seed": 11}}

CASES = {"one": ONE, "deep": DEEP, "sgd": SGD}


def _oracle(d: dict, masks: list) -> list[dict]:
    """Per training pass: the gradients and the new parameters, by SymPy on the whole loss with fixed masks.

    ``masks[u][l]`` is pass u's (rows, n) 0/1 array for hidden layer l+1 (taken from the JSON key for drawn masks).
    The gradient is the tests' own SymPy oracle (``tests/sympy_oracle.py``, no nnwalk code) with each hidden
    activation times m / (1 - p); the gradient-descent step is taken here.
    """
    net, prm, tr = d["network"], d["parameters"], d["training"]
    layers, acts, loss = net["layers"], net["activations"], net["loss"]
    rates = tr["dropout"]["rates"]
    W = [np.array(w, dtype=float) for w in prm["weights"]]
    B = [np.array(b, dtype=float) for b in prm["biases"]]
    X, T = np.array(d["data"]["inputs"], dtype=float), np.array(d["data"]["targets"], dtype=float)
    sgd = tr.get("mode") == "sgd"
    batches = [[e] for _ in range(tr["steps"]) for e in range(len(X))] if sgd else [list(range(len(X)))] * tr["steps"]
    out = []
    for u, rows in enumerate(batches):
        drop: list[np.ndarray | None] = []
        for l in range(1, len(W)):
            if rates[l - 1] > 0:  # inverted dropout on hidden layer l: a * m / (1 - p), one row per example of the pass
                m = np.array(masks[u][l - 1], dtype=float)  # one row for the whole pass, or one per example
                drop.append(np.array([m[0] if m.shape[0] == 1 else m[pos] for pos in range(len(rows))]) / (1 - rates[l - 1]))
            else:
                drop.append(None)
        flat = sympy_oracle.gradients(layers, acts, loss, W, B, X[rows], T[rows], drop=drop)
        gw, gb, k = [], [], 0
        for l in range(len(W)):
            gw.append(flat[k : k + W[l].size].reshape(W[l].shape))
            k += W[l].size
            gb.append(flat[k : k + B[l].size])
            k += B[l].size
        lr = tr["learning_rate"]
        W = [w - lr * g for w, g in zip(W, gw)]
        B = [b - lr * g for b, g in zip(B, gb)]
        out.append({"gw": gw, "gb": gb, "W": W, "B": B})
    return out


def _render(d: dict, formats: tuple[str, ...] = ("md", "tex", "json")) -> tuple[dict, object]:
    spec = parse_spec(yaml.safe_dump(d), "dropout.yaml")
    w = walkthrough(spec, formats)
    assert w.result.ok and w.result.certificate.failed == 0
    return (json.loads(w.documents["json"]) if "json" in w.documents else {}), w


@pytest.mark.parametrize("case", sorted(CASES))
def test_gradients_and_updates_match_the_sympy_oracle(case: str) -> None:
    d = CASES[case]
    key, _ = _render(d, ("json",))
    masks = [[np.array(m) if m is not None else None for m in st["masks"]] for st in key["steps"]]
    ref = _oracle(d, masks)
    assert len(key["steps"]) == len(ref)
    for st, r in zip(key["steps"], ref):
        for l, g in enumerate(r["gw"]):
            np.testing.assert_allclose(st["gradients"]["weights"][l], g, rtol=0, atol=1e-12)
            np.testing.assert_allclose(st["gradients"]["biases"][l], r["gb"][l], rtol=0, atol=1e-12)
            np.testing.assert_allclose(st["updated"]["weights"][l], r["W"][l], rtol=0, atol=1e-12)
            np.testing.assert_allclose(st["updated"]["biases"][l], r["B"][l], rtol=0, atol=1e-12)


def test_given_masks_reach_the_key_and_a_dropped_neuron_learns_nothing() -> None:
    key, _ = _render(ONE, ("json",))
    assert [st["masks"] for st in key["steps"]] == [[[[1, 0, 1]]], [[[0, 1, 1]]]]
    first = key["steps"][0]
    # hidden neuron 2 is dropped in step 1: it passes 0 forward, and its incoming weights get no gradient
    assert first["forward"][0]["dropped"][0][1] == 0.0
    assert first["gradients"]["weights"][0][1] == [0.0, 0.0] and first["gradients"]["biases"][0][1] == 0.0
    assert first["updated"]["weights"][0][1] == ONE["parameters"]["weights"][0][1]
    # a kept neuron's activation is doubled (p = 0.5): dropped = a / (1 - 0.5)
    assert math.isclose(first["forward"][0]["dropped"][0][0], 2 * first["forward"][0]["a"][0][0], rel_tol=1e-15)
    # the output weights fed by the dropped neuron get no gradient either
    assert [row[1] for row in first["gradients"]["weights"][1]] == [0.0, 0.0]


def test_drawn_masks_are_reproducible_and_follow_the_rate() -> None:
    d = copy.deepcopy(ONE)
    d["network"]["layers"] = [2, 40, 2]
    rng = np.random.default_rng(0)
    d["parameters"] = {
        "weights": [rng.uniform(-0.5, 0.5, (40, 2)).round(2).tolist(), rng.uniform(-0.5, 0.5, (2, 40)).round(2).tolist()]
    }
    d["training"] = {"learning_rate": 0.5, "steps": 3, "dropout": {"rates": [0.5], "seed": 3}}
    d["presentation"] = {"form": "scalar"}
    spec = parse_spec(yaml.safe_dump(d), "d.yaml")
    again = parse_spec(yaml.safe_dump(d), "d.yaml")
    masks = np.array([m[0] for m in spec.dropout.masks])
    assert np.array_equal(masks, np.array([m[0] for m in again.dropout.masks]))
    # 120 draws at p = 0.5: the kept share is within 5 standard deviations (0.23) of a half
    assert abs(masks.mean() - 0.5) < 0.23
    assert not np.array_equal(masks[0], masks[1])  # each step has its own mask
    d["training"]["dropout"]["seed"] = 4
    assert not np.array_equal(masks, np.array([m[0] for m in parse_spec(yaml.safe_dump(d), "d.yaml").dropout.masks]))


PRESETS = ["layered", "numbered", "dz", "index", "neuron"]


@pytest.mark.parametrize("notation", PRESETS)
def test_every_preset_prints_the_dropout_lines_and_verifies(notation: str) -> None:
    d = copy.deepcopy(DEEP if notation in ("dz", "index") else ONE)
    d["presentation"] = {"notation": notation}
    _, w = _render(d)
    for fmt in ("md", "tex"):
        text = str(w.documents[fmt])
        rep = check_text(text, fmt)
        assert rep.errors == 0 and not [s for s in rep.skipped if s.reason.startswith("internal")]
        # the dropped-out activation of the first hidden neuron, written out with its mask and rate
        assert r"\tilde{" in text and r"\frac{1}{1 - 0." in text or r"\frac{0}{1 - 0." in text


def test_the_walkthrough_shows_masks_factor_and_the_evaluation_pass() -> None:
    _, w = _render(ONE, ("md",))
    md = str(w.documents["md"])
    assert "**Dropout masks**" in md and "| 1 | 1 | $(m_{1}, m_{2}, m_{3})$ = (1, 0, 1) |" in md
    # h2 is dropped in step 1: its tilde value is 0, and its error signal is 0 through the factor 0 / (1 - 0.5)
    assert r"0.59688 \times \frac{0}{1 - 0.5}" in md
    assert r"\delta^{(1)}_{2} &= \frac{\partial L}{\partial \tilde{h}_{2}} \cdot \frac{m_{2}}{1 - p}" in md
    assert "uses no dropout" in md


def test_own_dropout_documents_verify_clean_and_level_2_asks_for_the_spec(tmp_path) -> None:  # noqa: ANN001
    from generator.cli import main

    _, w = _render(ONE, ("md",))
    doc = tmp_path / "d.md"
    doc.write_text(str(w.documents["md"]), encoding="utf-8")
    spec = tmp_path / "d.yaml"
    spec.write_text(yaml.safe_dump(ONE), encoding="utf-8")
    assert main(["verify", str(doc)]) == 0
    assert main(["verify", str(doc), "--spec", str(spec)]) == 0
    # a wrong dropped-out value is named, with the spec
    bad = str(w.documents["md"]).replace(
        "&= 0.59327 \\times \\frac{1}{1 - 0.5} \\\\\n &= 1.18654", "&= 0.59327 \\times \\frac{1}{1 - 0.5} \\\\\n &= 1.18645"
    )
    assert bad != str(w.documents["md"])
    doc.write_text(bad, encoding="utf-8")
    assert main(["verify", str(doc), "--spec", str(spec)]) == 1


def _bad(training: dict, layers: list[int] | None = None) -> str:
    d = copy.deepcopy(ONE)
    d["training"] = {"learning_rate": 0.5, "steps": 2, **training}
    if layers is not None:
        d["network"] = {"layers": layers, "activations": ["sigmoid"], "loss": "half_sse"}
        d["parameters"] = {"weights": [[[0.1, 0.2], [0.3, 0.4]]]}
    return yaml.safe_dump(d)


MASKS = [[[1, 0, 1]], [[0, 1, 1]]]


@pytest.mark.parametrize(
    ("training", "field", "words"),
    [
        ({"dropout": {"rates": [1], "masks": MASKS}}, "training.dropout.rates[0]", "divide by zero"),
        ({"dropout": {"rates": [1.5], "masks": MASKS}}, "training.dropout.rates[0]", "[0, 1)"),
        ({"dropout": {"rates": [-0.1], "masks": MASKS}}, "training.dropout.rates[0]", "[0, 1)"),
        ({"dropout": {"rates": [0.5, 0.5], "masks": MASKS}}, "training.dropout.rates", "one per hidden layer"),
        ({"dropout": {"rates": [0.5], "masks": [[[1, 0, 1]]]}}, "training.dropout.masks", "2 mask set(s)"),
        ({"dropout": {"rates": [0.5], "masks": [[[1, 0]], [[0, 1, 1]]]}}, "training.dropout.masks[0][0]", "3 zeros and ones"),
        (
            {"dropout": {"rates": [0.5], "masks": [[[1, 2, 1]], [[0, 1, 1]]]}},
            "training.dropout.masks[0][0][1]",
            "0 (dropped) or 1",
        ),
        ({"dropout": {"rates": [0.5], "masks": [[[1, 0.5, 1]], [[0, 1, 1]]]}}, "training.dropout.masks[0][0][1]", "got 0.5"),
        ({"dropout": {"rates": [0.5], "masks": [[[1, True, 1]], [[0, 1, 1]]]}}, "training.dropout.masks[0][0][1]", "got True"),
        ({"dropout": {"rates": [0], "masks": MASKS}}, "training.dropout.masks[0][0][1]", "rate is 0"),
        ({"dropout": {"rates": [0.5], "masks": MASKS, "seed": 1}}, "training.dropout", "not both"),
        ({"dropout": {"rates": [0.5]}}, "training.dropout", "either masks"),
        ({"dropout": {"rates": [0.5], "seed": -1}}, "training.dropout.seed", "at least 0"),
        ({"dropout": {"rate": [0.5], "seed": 1}}, "training.dropout.rate", "unknown key"),
        ({"dropout": [0.5]}, "training.dropout", "expected a mapping"),
    ],
)
def test_bad_dropout_settings_name_their_field(training: dict, field: str, words: str) -> None:
    with pytest.raises(SpecError) as err:
        parse_spec(_bad(training), "d.yaml")
    assert str(err.value).startswith(field + ":") and words in str(err.value), str(err.value)


def test_dropout_needs_a_hidden_layer_and_the_scalar_form() -> None:
    with pytest.raises(SpecError, match=r"^training\.dropout: dropout acts on hidden layers"):
        parse_spec(_bad({"dropout": {"rates": [], "seed": 1}}, layers=[2, 2]), "d.yaml")
    d = copy.deepcopy(ONE)
    d["presentation"] = {"form": "matrix"}
    with pytest.raises(SpecError, match=r"^training\.dropout: the matrix form"):
        parse_spec(yaml.safe_dump(d), "d.yaml")


def test_cli_refuses_a_rate_of_one_with_exit_2_and_writes_nothing(tmp_path, capsys) -> None:  # noqa: ANN001
    from generator.cli import main

    spec = tmp_path / "bad.yaml"
    spec.write_text(_bad({"dropout": {"rates": [1], "masks": MASKS}}), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["render", str(spec), "-o", str(out)]) == 2
    assert "training.dropout.rates[0]" in capsys.readouterr().err
    assert not out.exists() or not any(out.iterdir())


def test_bundled_dropout_spec_matches_the_oracle() -> None:
    d = yaml.safe_load((ROOT / "specs" / "dropout.yaml").read_text(encoding="utf-8"))
    key, _ = _render(d, ("json",))
    ref = _oracle(d, [[np.array(m) for m in st["masks"]] for st in key["steps"]])
    np.testing.assert_allclose(key["steps"][-1]["updated"]["weights"][0], ref[-1]["W"][0], rtol=0, atol=1e-12)


@pytest.mark.parametrize("case", sorted(CASES))
def test_same_passes_with_torch_autograd(case: str) -> None:
    torch = pytest.importorskip("torch", reason=TORCH_SKIP)
    d = CASES[case]
    key, _ = _render(d, ("json",))
    net, tr = d["network"], d["training"]
    W = [torch.tensor(w, dtype=torch.float64) for w in d["parameters"]["weights"]]
    B = [torch.tensor(b, dtype=torch.float64) for b in d["parameters"]["biases"]]
    X = torch.tensor(d["data"]["inputs"], dtype=torch.float64)
    T = torch.tensor(d["data"]["targets"], dtype=torch.float64)
    sgd = tr.get("mode") == "sgd"
    rows = [[e] for _ in range(tr["steps"]) for e in range(len(X))] if sgd else [list(range(len(X)))] * tr["steps"]
    fns = {"sigmoid": torch.sigmoid, "tanh": torch.tanh, "softmax": lambda z: torch.softmax(z, dim=1)}
    for st, idx in zip(key["steps"], rows):
        params = [p.clone().requires_grad_(True) for p in W + B]
        Ws, Bs = params[: len(W)], params[len(W) :]
        a = X[idx]
        for l in range(len(W)):
            if l > 0 and st["masks"][l - 1] is not None:
                m = torch.tensor(st["masks"][l - 1], dtype=torch.float64)
                a = a * m / (1 - tr["dropout"]["rates"][l - 1])
            a = fns[net["activations"][l]](a @ Ws[l].T + Bs[l])
        if net["loss"] == "half_sse":
            loss = (0.5 * (T[idx] - a) ** 2).sum(dim=1).mean()
        else:
            loss = -(T[idx] * torch.log(a)).sum(dim=1).mean()
        loss.backward()
        for l in range(len(W)):
            np.testing.assert_allclose(st["gradients"]["weights"][l], Ws[l].grad.numpy(), rtol=0, atol=1e-12)
        with torch.no_grad():
            W = [w - tr["learning_rate"] * p.grad for w, p in zip(W, Ws)]
            B = [b - tr["learning_rate"] * p.grad for b, p in zip(B, Bs)]
