"""Level 2 on documents of several training steps and on optimizer walkthroughs.

Found by rendering issue 19's momentum spec: level 2, reading the network from nnwalk's own
2-3-2 tanh/softmax batch document, took softmax for tanh (it is applied to a vector, not to a
printed number), read the two examples' inputs as columns, and knew only step 1's values, so it
called 245 right numbers wrong. Each guard below fails with that reading.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from generator.api import walkthrough
from generator.spec.load import parse_spec
from generator.verify.run import verify_bytes

ROOT = Path(__file__).resolve().parents[2]

BASE = {
    "title": "Two steps on a tanh/softmax network",
    "network": {"layers": [2, 3, 2], "activations": ["tanh", "softmax"], "loss": "cross_entropy"},
    "parameters": {
        "weights": [[[0.2, -0.3], [0.4, 0.1], [-0.5, 0.2]], [[0.3, -0.2, 0.5], [-0.4, 0.6, 0.1]]],
        "biases": [[0.1, 0.0, -0.1], [0.05, -0.05]],
    },
    "data": {"inputs": [[1.0, 0.5], [0.2, -0.8]], "targets": [[1, 0], [0, 1]]},
    "training": {"learning_rate": 0.5, "steps": 2},
}


def _doc(**training: object) -> str:
    d = copy.deepcopy(BASE)
    d["training"].update(training)
    return str(walkthrough(parse_spec(yaml.safe_dump(d), "two.yaml"), ("md",)).documents["md"])


def _level2(text: str, spec: object = None):  # noqa: ANN202
    return verify_bytes(text.encode(), "two.md", "two.md", "md", spec)  # type: ignore[arg-type]


def test_two_batch_steps_verify_clean_from_the_document_alone() -> None:
    rep = _level2(_doc())
    assert rep.level2 is not None, rep.network_gap
    assert "tanh/softmax, cross_entropy" in (rep.network or "")
    assert rep.level2.wrong == [] and rep.report.errors == 0
    assert len(rep.level2.items) > 100


def test_sgd_over_two_examples_verifies_clean() -> None:
    rep = _level2(_doc(steps=1, mode="sgd"))
    assert rep.level2 is not None, rep.network_gap
    assert rep.level2.wrong == []


def test_a_wrong_value_in_step_two_is_named() -> None:
    text, row = _wrong_in_step(_doc(), 2, "| $z^{(1)[1]}_{1}$", lambda v: f"{v + 0.01:.5f}")
    rep = _level2(text)
    assert rep.level2 is not None
    assert [n.line for n in rep.level2.wrong if n.klass == "error"] == [row]


def _wrong_in_step(text: str, step: int, row_start: str, wrong: Callable[[float], str]) -> tuple[str, int]:
    """The document with the value of the row starting ``row_start`` in step ``step``'s table replaced; its line."""
    lines = text.splitlines()
    k = next(i for i, line in enumerate(lines) if line.startswith(f"### Step {step}"))
    row = next(i for i in range(k, len(lines)) if lines[i].startswith(row_start))
    value = lines[row].rsplit("|", 2)[1].strip().strip("$")
    at = lines[row].rindex(value)
    lines[row] = lines[row][:at] + wrong(float(value)) + lines[row][at + len(value) :]
    return "\n".join(lines), row + 1


def test_an_optimizer_walkthrough_needs_its_spec_for_level_2() -> None:
    d = copy.deepcopy(BASE)
    # one step: level 2's tolerances know how far round-and-carry moves the first step's values (the optimizer's
    # too); a later step's drift (Adam's v printed with 3 digits at 5 decimal places) is not modelled yet
    d["training"].update({"learning_rate": 0.01, "steps": 1, "optimizer": {"name": "adam"}, "clip_norm": 0.4})
    spec = parse_spec(yaml.safe_dump(d), "adam.yaml")
    text = str(walkthrough(spec, ("md",)).documents["md"])
    alone = _level2(text)
    assert alone.level2 is None and "optimizer" in alone.network_gap and alone.report.errors == 0
    with_spec = _level2(text, spec)
    assert with_spec.level2 is not None and with_spec.level2.wrong == []
    # a wrong new weight is named against the spec's Adam
    k = text.index(r"| ${W^{(2)}_{11}}^{\text{new}}$")
    line = text[k : text.index("\n", k)]
    value = line.rsplit("|", 2)[1].strip().strip("$")
    bad = text.replace(
        line,
        line.replace(f"= {value}$", f"= {float(value) + 0.01:.5f}$").replace(
            f"| ${value}$ |", f"| ${float(value) + 0.01:.5f}$ |"
        ),
        1,
    )
    rep = _level2(bad, spec)
    assert rep.report.errors >= 1


MAZUR = {
    "title": "Three steps on the 2-2-2 sigmoid network",
    "network": {"layers": [2, 2, 2], "activations": ["sigmoid", "sigmoid"], "loss": "half_sse"},
    "parameters": {"weights": [[[0.15, 0.2], [0.25, 0.3]], [[0.4, 0.45], [0.5, 0.55]]], "biases": [[0.35, 0.35], [0.6, 0.6]]},
    "data": {"inputs": [[0.05, 0.1]], "targets": [[0.01, 0.99]]},
    "training": {"learning_rate": 0.5, "steps": 3},
}


@pytest.mark.parametrize(
    ("net", "optimizer", "lr", "digits"),
    [
        # each of these raised level-2 false alarms on nnwalk's own document before the whole training was carried
        ("batch", {"name": "adam"}, 0.5, 4),
        ("batch", {"name": "adam"}, 0.1, 4),
        ("batch", {"name": "adagrad"}, 0.5, 5),
        ("batch", {"name": "rmsprop", "alpha": 0.9}, 0.5, 3),
        ("mazur", {"name": "adagrad"}, 0.5, 4),
        ("mazur", {"name": "momentum"}, 0.5, 3),
        ("mazur", "sgd", 0.5, 3),
    ],
)
def test_later_steps_of_own_optimizer_documents_raise_no_false_alarm(net: str, optimizer: object, lr: float, digits: int) -> None:
    d = copy.deepcopy(BASE if net == "batch" else MAZUR)
    d["training"].update({"optimizer": optimizer, "learning_rate": lr, "steps": 3})
    d["presentation"] = {"rounding": {"style": "decimals", "digits": digits}}
    spec = parse_spec(yaml.safe_dump(d), "s.yaml")
    rep = _level2(str(walkthrough(spec, ("md",)).documents["md"]), spec)
    assert rep.report.errors == 0 and rep.level2 is not None
    assert [(n.line, n.name) for n in rep.level2.wrong] == []


def test_a_wrong_value_in_step_three_of_an_adam_document_is_named() -> None:
    spec = parse_spec((ROOT / "specs" / "adam.yaml").read_text(encoding="utf-8"), "adam.yaml")
    text = str(walkthrough(spec, ("md",)).documents["md"])
    # +0.05: level 2's truth is not yet step-aware, so a value within carried rounding of another step's
    # net input (Adam moves each weight by about the learning rate, 0.01, per step) would pass as that step's
    text, row = _wrong_in_step(text, 3, "| $\\text{net}_{h1}$", lambda v: f"{v + 0.05:.5g}")
    rep = _level2(text, spec)
    assert rep.level2 is not None
    assert [n.line for n in rep.level2.wrong if n.klass == "error"] == [row]


def test_a_miscopied_moment_is_named_by_its_state_name() -> None:
    """m̂ = m / (1 - 0.9) worked from a mis-copied m: the line is consistent, so only level 2 can see it."""
    spec = parse_spec((ROOT / "specs" / "adam.yaml").read_text(encoding="utf-8"), "adam.yaml")
    text = str(walkthrough(spec, ("md",)).documents["md"])
    k = text.index(r"\hat{m}^{(1)}_{w_{5}} &= \frac{m^{(1)}_{w_{5}}}{1 - \beta_1^{1}}")
    block = text[k : text.index(r"\end{aligned}", k)]
    m_val = block.split(r"\frac{")[2].split("}")[0]  # the printed m, e.g. 0.0082168
    hat = block.rsplit("&= ", 1)[1].strip()
    digits = list(m_val)
    digits[-1], digits[-2] = digits[-2], digits[-1]  # two digits swapped in the copy
    bad_m = "".join(digits)
    assert bad_m != m_val
    bad_hat = f"{float(bad_m) / 0.1:.5g}"
    bad = block.replace(m_val, bad_m).replace(hat, bad_hat)
    rep = _level2(text.replace(block, bad), spec)
    line = text[:k].count("\n") + 1
    assert rep.report.errors == 0  # every line follows from its printed operands
    errors = [(n.line, n.name) for n in rep.level2.wrong if n.klass == "error"]
    assert errors and errors[0][1] == r"\hat{m}^{(1)}_{w_{5}}" and line <= errors[0][0] <= line + 3
    # the state names are read: Adam's m, v, m-hat and v-hat of every parameter, in each of the three steps
    states = {n.key for n in rep.level2.items if n.key and n.key[0] == "opt"}
    assert {k[1] for k in states} == {"m", "v", "hat_m", "hat_v"} and {k[2] for k in states} == {1, 2, 3}
