"""Optimizer walkthroughs (issue 19): every optimizer in every preset renders, verifies clean, and
prints lines that the checker redoes; bad settings name their field.

The values themselves are compared with an independent implementation of PyTorch's documented
rules in ``test_optimizer_oracle.py``; here the printed documents are the subject.
"""

from __future__ import annotations

import copy
import json
import re

import pytest
import yaml

from generator.api import walkthrough
from generator.check import check_text
from generator.errors import SpecError
from generator.spec.load import parse_spec

BASE = {
    "title": "optimizer",
    "network": {"layers": [2, 2, 2], "activations": ["tanh", "sigmoid"], "loss": "half_sse"},
    "parameters": {
        "weights": [[[0.15, 0.2], [0.25, 0.3]], [[0.4, 0.45], [0.5, 0.55]]],
        "biases": [[0.35, 0.35], [0.6, 0.6]],
    },
    "data": {"inputs": [[0.05, 0.1], [0.3, -0.2]], "targets": [[0.01, 0.99], [0.5, 0.2]]},
    "training": {"learning_rate": 0.1, "steps": 2},
}

OPTIMIZERS = [
    "sgd",
    {"name": "momentum", "momentum": 0.9},
    {"name": "momentum", "momentum": 0.5, "nesterov": True},
    {"name": "rmsprop", "alpha": 0.9, "eps": 1e-8},
    {"name": "adagrad", "eps": 1e-10},
    {"name": "adam", "beta1": 0.9, "beta2": 0.999, "eps": 1e-8},
    {"name": "adamw", "beta1": 0.8, "beta2": 0.99, "eps": 1e-8},
]
PRESETS = ["layered", "numbered", "dz", "index", "neuron"]


def _spec(optimizer: object, notation: str, **training: object) -> str:
    d = copy.deepcopy(BASE)
    d["training"].update({"optimizer": optimizer, "weight_decay": 0.01, "clip_norm": 0.05, **training})
    d["presentation"] = {"notation": notation, "rounding": {"style": "significant", "digits": 5}}
    return yaml.safe_dump(d)


def _name(o: object) -> str:
    return o if isinstance(o, str) else f"{o['name']}{'-nesterov' if o.get('nesterov') else ''}"


@pytest.mark.parametrize(
    ("optimizer", "notation"),
    [(o, PRESETS[k % len(PRESETS)]) for k, o in enumerate(OPTIMIZERS)] + [(OPTIMIZERS[5], p) for p in PRESETS],
    ids=lambda v: _name(v) if not isinstance(v, str) or v not in PRESETS else v,
)
def test_every_optimizer_renders_verified_in_every_preset(optimizer: object, notation: str) -> None:
    spec = parse_spec(_spec(optimizer, notation), "opt.yaml")
    w = walkthrough(spec, ("md", "tex", "json"))
    assert w.result.ok and w.result.certificate.failed == 0
    key = json.loads(w.documents["json"])
    states = key["steps"][-1]["optimizer_state"]
    expected = {"sgd": set(), "momentum": {"velocity"}, "rmsprop": {"v"}, "adagrad": {"sum"}}.get(
        spec.optimizer.name, {"m", "v", "m_hat", "v_hat"}
    )
    assert set(states) == expected
    assert key["steps"][0]["optimizer"]["clip_factor"] < 1  # the clip_norm of 0.05 clips the first step
    for fmt in ("md", "tex"):
        rep = check_text(str(w.documents[fmt]), fmt)
        assert rep.errors == 0 and not [s for s in rep.skipped if s.reason.startswith("internal")]
    md = str(w.documents["md"])
    # every state the step keeps is printed for the last update of the first output weight
    t = len(key["steps"])
    symbols = {"velocity": "v", "v": "v", "sum": "s", "m": "m", "m_hat": r"\hat{m}", "v_hat": r"\hat{v}"}
    for s in states:
        assert f"{symbols[s]}^{{({t})}}_{{" in md, s


def test_sgd_mode_counts_one_update_per_example() -> None:
    spec = parse_spec(_spec(OPTIMIZERS[5], "numbered", mode="sgd", steps=1), "opt.yaml")
    w = walkthrough(spec, ("md", "json"))
    key = json.loads(w.documents["json"])
    assert [s["optimizer"]["t"] for s in key["steps"]] == [1, 2]
    # the second update's bias correction uses t = 2: 1 - 0.9^2
    assert re.search(r"1 - 0\.9\^\{2\}", str(w.documents["md"]))


def test_plain_gradient_descent_is_unchanged_by_an_explicit_sgd() -> None:
    """``optimizer: sgd`` without decay or clipping is the first wave's document, byte for byte."""
    d = copy.deepcopy(BASE)
    plain = walkthrough(parse_spec(yaml.safe_dump(d), "p.yaml"), ("md",)).documents["md"]
    d["training"]["optimizer"] = "sgd"
    d["training"]["weight_decay"] = 0
    assert walkthrough(parse_spec(yaml.safe_dump(d), "p.yaml"), ("md",)).documents["md"] == plain


def test_update_biases_false_leaves_biases_out_of_the_optimizer() -> None:
    spec = parse_spec(_spec(OPTIMIZERS[5], "layered", update_biases=False), "opt.yaml")
    key = json.loads(walkthrough(spec, ("json",)).documents["json"])
    assert key["steps"][0]["optimizer_state"]["m"]["biases"] is None
    assert key["steps"][-1]["updated"]["biases"] == BASE["parameters"]["biases"]


@pytest.mark.parametrize(
    ("training", "field"),
    [
        ({"optimizer": {"name": "adam", "beta1": 1.0}}, "training.optimizer.beta1"),
        ({"optimizer": {"name": "adam", "beta2": -0.1}}, "training.optimizer.beta2"),
        ({"optimizer": {"name": "adam", "eps": 0}}, "training.optimizer.eps"),
        ({"optimizer": {"name": "momentum", "momentum": 1.5}}, "training.optimizer.momentum"),
        ({"optimizer": {"name": "rmsprop", "beta1": 0.9}}, "training.optimizer.beta1"),
        ({"optimizer": {"name": "adamm"}}, "training.optimizer.name"),
        ({"optimizer": "nesterov"}, "training.optimizer"),
        ({"optimizer": {"beta1": 0.9}}, "training.optimizer.name"),
        ({"optimizer": {"name": "momentum", "nesterov": "yes"}}, "training.optimizer.nesterov"),
        ({"weight_decay": -0.01}, "training.weight_decay"),
        ({"decay_biases": 1}, "training.decay_biases"),
        ({"clip_norm": 0}, "training.clip_norm"),
        ({"optimizer": "adam", "learning_rate": None, "steps": 1}, "training.optimizer"),
    ],
)
def test_bad_settings_name_their_field(training: dict[str, object], field: str) -> None:
    d = copy.deepcopy(BASE)
    d["training"].update(training)
    with pytest.raises(SpecError) as err:
        parse_spec(yaml.safe_dump(d), "bad.yaml")
    assert str(err.value).startswith(f"{field}:"), str(err.value)
