"""Exam questions about optimizer steps (issue 19): a weight's optimizer state, and any quantity of a later step.

The answers of every variant are recomputed here from the variant's own spec (in its JSON key) with
Adam written out from Kingma & Ba's Algorithm 1 and a backward pass written in this file — none of
nnwalk's code — and must agree to 1e-12; each printed answer must lie within its tolerance of that value.
"""

from __future__ import annotations

import json
from decimal import Decimal

import numpy as np
import pytest
import yaml

from generator.cli import main
from generator.errors import SpecError
from generator.spec.variants import parse_template

EXAM = """
title: "Adam, two steps"
network: {layers: [2, 2, 2], activations: [sigmoid, sigmoid], loss: half_sse}
parameters:
  weights: [[[0.15, 0.20], [0.25, 0.30]], [[0.40, 0.45], [0.50, 0.55]]]
  biases: [[0.35, 0.35], [0.60, 0.60]]
data: {inputs: [0.05, 0.10], targets: [0.01, 0.99]}
training:
  learning_rate: 0.01
  steps: 2
  optimizer: {name: adam, beta1: 0.9, beta2: 0.999, eps: 1.0e-8}
presentation:
  notation: numbered
  rounding: {style: significant, digits: 5}
variants:
  draw:
    parameters.weights[1]: {min: -0.90, max: 0.90, step: 0.05, nonzero: true, distinct: true}
    data.inputs: {min: 0.05, max: 0.95, step: 0.05}
  constraints:
    sigmoid_input: [-3, 3]
exam:
  title: "Adam by hand"
  questions:
    - {ask: "m[2][1][1]", points: 2}
    - {ask: "v_hat[2][1][1]", points: 2}
    - {ask: "m_hat[1][2][1]", step: 2}
    - {ask: "new_w[2][1][1]", step: 2, points: 2}
    - {ask: "a[2][1]", step: 2}
"""


def _sig(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def _grads(W: list, b: list, x: np.ndarray, t: np.ndarray) -> tuple[list, list, list]:
    """Gradients of ½ Σ (t − o)² for a sigmoid/sigmoid net, by the chain rule written out here, and the activations."""
    h = _sig(W[0] @ x + b[0])
    o = _sig(W[1] @ h + b[1])
    d2 = (o - t) * o * (1 - o)
    d1 = (W[1].T @ d2) * h * (1 - h)
    return [np.outer(d1, x), np.outer(d2, h)], [d1, d2], [h, o]


def _adam_oracle(spec: dict) -> dict:
    """Kingma & Ba (2015), Algorithm 1, with PyTorch's ε outside the square root, for every parameter, two steps."""
    W = [np.array(w, dtype=float) for w in spec["parameters"]["weights"]]
    b = [np.array(v, dtype=float) for v in spec["parameters"]["biases"]]
    x, t = np.array(spec["data"]["inputs"], dtype=float).ravel(), np.array(spec["data"]["targets"], dtype=float).ravel()
    o = spec["training"]["optimizer"]
    b1, b2, eps, lr = o["beta1"], o["beta2"], o["eps"], spec["training"]["learning_rate"]
    params = W + b
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    out = {}
    for step in (1, 2):
        gw, gb, acts = _grads(params[:2], params[2:], x, t)
        out[("a", step)] = acts[1]
        g = gw + gb
        m = [b1 * mi + (1 - b1) * gi for mi, gi in zip(m, g)]
        v = [b2 * vi + (1 - b2) * gi * gi for vi, gi in zip(v, g)]
        m_hat = [mi / (1 - b1**step) for mi in m]
        v_hat = [vi / (1 - b2**step) for vi in v]
        params = [p - lr * mh / (np.sqrt(vh) + eps) for p, mh, vh in zip(params, m_hat, v_hat)]
        out[("m", step)], out[("v_hat", step)], out[("m_hat", step)], out[("new", step)] = m, v_hat, m_hat, params
    return out


def test_optimizer_and_later_step_answers_match_an_independent_adam(tmp_path) -> None:  # noqa: ANN001
    src = tmp_path / "adam_exam.yaml"
    src.write_text(EXAM, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["variants", str(src), "--count", "4", "--seed", "5", "-o", str(out), "--format", "md,json"]) == 0
    keys = sorted(out.glob("adam_exam_v*_key.json"))
    assert len(keys) == 4
    for f in keys:
        key = json.loads(f.read_text(encoding="utf-8"))
        ref = _adam_oracle(key["spec"])
        want = [
            ref[("m", 1)][1][0, 0],  # m of W^(2)_11 after update 1 (parameter 1 is W^(2))
            ref[("v_hat", 1)][1][0, 0],
            ref[("m_hat", 2)][0][1, 0],  # W^(1)_21 after update 2
            ref[("new", 2)][1][0, 0],
            ref[("a", 2)][0],  # o_1 in the forward pass of step 2
        ]
        got = key["questions"]
        assert [q["step"] for q in got] == [1, 1, 2, 2, 2]
        for q, w in zip(got, want):
            assert abs(q["exact"] - w) < 1e-12, (f.name, q["ask"], q["exact"], w)
            assert abs(Decimal(q["answer"]) - Decimal(repr(float(w)))) <= Decimal(q["tolerance"]), (q, w)
    md = (out / "adam_exam_v001_key.md").read_text(encoding="utf-8")
    assert "(step 2) |" in md  # the key says which step a later quantity belongs to


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ({"ask": "velocity[2][1][1]"}, "adam does not keep"),
        ({"ask": "a[2][1]", "step": 3}, "from 1 to 2"),
        ({"ask": "a[2][1]", "step": 1.5}, "from 1 to 2"),
        ({"ask": "final_loss", "step": 2}, "takes no step"),
    ],
)
def test_bad_optimizer_questions_name_their_field(question: dict, words: str) -> None:
    d = yaml.safe_load(EXAM)
    d["exam"]["questions"] = [question]
    with pytest.raises(SpecError) as err:
        parse_template(yaml.safe_dump(d), "e.yaml")
    assert str(err.value).startswith("e.yaml: exam.questions[0].") and words in str(err.value), str(err.value)
