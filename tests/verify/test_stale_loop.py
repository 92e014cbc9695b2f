"""A training loop that updates the weights but never redoes the forward pass (:mod:`generator.verify.staleloop`).

Oracles: what the notebook prints is its own code run with real NumPy; what it should have printed is
gradient descent on E = ½(t − y)² with the forward pass redone each epoch and the gradient by central
finite differences, in plain Python (no nnwalk).
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest

from generator.verify.run import verify_document

SETUP = (
    "import numpy as np\n"
    "def sig(v):\n"
    "    return 1 / (1 + np.exp(-v))\n"
    "X = np.array([1.0, 0.5])\n"
    "V = np.array([0.3, -0.2])\n"
    "W = 0.4\n"
    "t = 1.0\n"
    "lr = 0.5\n"
    "h = sig(np.dot(V, X))\n"
    "y = sig(W * h)\n"
    "start = y\n"
)
STEP = (
    "    d = (t - y) * y * (1 - y)\n"
    "    dh = d * W * h * (1 - h)\n"
    "    W = W + lr * d * h\n"
    "    V = V + lr * dh * X\n"
    "    print(W, V)\n"
)
REDONE = "    h = sig(np.dot(V, X))\n    y = sig(W * h)\n"


def printed(src: str) -> str:
    lines: list[str] = []
    env: dict = {"print": lambda *a: lines.append(" ".join(str(x) for x in a))}
    exec(src, env)  # noqa: S102 - the test's own notebook, run to make what Jupyter would have shown
    return "\n".join(lines) + "\n"


def error(w: float, v: list[float]) -> float:
    h = 1 / (1 + math.exp(-(v[0] * 1.0 + v[1] * 0.5)))
    y = 1 / (1 + math.exp(-(w * h)))
    return 0.5 * (1.0 - y) ** 2


def descent(epochs: int) -> list[tuple[float, list[float]]]:
    w, v, out, eps = 0.4, [0.3, -0.2], [], 1e-6
    for _ in range(epochs):
        gw = (error(w + eps, v) - error(w - eps, v)) / (2 * eps)
        gv = [
            (error(w, [*v[:k], v[k] + eps, *v[k + 1 :]]) - error(w, [*v[:k], v[k] - eps, *v[k + 1 :]])) / (2 * eps)
            for k in range(2)
        ]
        w, v = w - 0.5 * gw, [v[k] - 0.5 * gv[k] for k in range(2)]
        out.append((w, v))
    return out


def notebook(tmp_path: Path, src: str) -> Path:
    cell = {
        "cell_type": "code",
        "execution_count": 1,
        "metadata": {},
        "source": src,
        "outputs": [{"output_type": "stream", "name": "stdout", "text": printed(src)}],
    }
    path = tmp_path / "loop.ipynb"
    path.write_text(json.dumps({"cells": [cell], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}))
    return path


def test_a_loop_that_never_redoes_its_forward_pass_is_named_with_gradient_descents_values(tmp_path: Path) -> None:
    src = SETUP + "for epoch in range(3):\n" + STEP
    found = verify_document(notebook(tmp_path, src)).to_json()["findings"]
    right = [x for w, v in descent(3) for x in (w, *v)]
    shown = [float(x) for x in re.findall(r"-?\d+\.\d+(?:e-?\d+)?", printed(src))]
    wrong = [k for k, (a, b) in enumerate(zip(shown, right, strict=True)) if abs(a - b) > 1e-7]
    assert wrong == [3, 4, 5, 6, 7, 8]  # epoch 1 is right; epochs 2 and 3 follow the first weights' activations
    assert len(found) == len(wrong)
    for f, k in zip(found, wrong, strict=True):
        assert float(f["printed"]) == shown[k] and float(f["expected"]) == pytest.approx(right[k], abs=1e-9)
    assert found[0]["class"] == "conceptual" and "never redoes the forward pass" in found[0]["cause"]
    assert all(f["class"] in ("conceptual", "propagated") for f in found)


def test_a_loop_that_redoes_its_forward_pass_is_clean_and_matches_the_oracle(tmp_path: Path) -> None:
    src = SETUP + "for epoch in range(3):\n" + REDONE + STEP + "    print(y / start)\n"
    report = verify_document(notebook(tmp_path, src))
    assert report.to_json()["findings"] == [] and report.code_checked == 12
    shown = [float(x) for x in re.findall(r"-?\d+\.\d+(?:e-?\d+)?", printed(src))]
    assert [shown[k] for k in (0, 1, 2, 4, 5, 6, 8, 9, 10)] == pytest.approx(
        [x for w, v in descent(3) for x in (w, *v)], abs=6e-9
    )


def test_a_value_kept_from_before_the_loop_that_feeds_no_update_is_not_a_stale_forward_pass(tmp_path: Path) -> None:
    """The loop moves W by a fixed step and prints it beside the first output (``start``), which it never meant to
    recompute: its updates do not come from the forward pass, so nothing is stale."""
    src = SETUP + "for epoch in range(2):\n    W = W + 0.1\n    print(W, start * 2)\n"
    assert verify_document(notebook(tmp_path, src)).to_json()["findings"] == []
    first = 2 / (1 + math.exp(-0.4 / (1 + math.exp(-0.2))))  # 2σ(0.4·σ(0.3 − 0.1))
    assert [float(x) for x in printed(src).split()] == pytest.approx([0.5, first, 0.6, first], abs=1e-12)


FILLED = (
    "import numpy as np\n"
    "def sig(v):\n    return 1 / (1 + np.exp(-v))\n"
    "X = np.array([1.0, 0.5])\nV = np.array([[0.3, -0.2], [0.1, 0.4]])\nW = np.array([0.4, -0.3])\nt = 1.0\nlr = 0.5\n"
    "h = np.zeros(2)\nfor i in range(2):\n    h[i] = sig(np.dot(V[i], X))\ny = sig(np.dot(W, h))\nhist = [W]\nprint(y)\n"
    "for epoch in range(3):\n"
    "    d = (t - y) * y * (1 - y)\n    dh = d * W * h * (1 - h)\n"
    "    W = W + lr * d * h\n    V = V + lr * np.outer(dh, X)\n    hist.append(W)\n    print(W)\n"
    "print(len(hist))\n"
)


def test_a_forward_pass_filled_in_by_a_loop_is_redone_whole_and_a_history_list_is_not(tmp_path: Path) -> None:
    """The hidden layer is filled by a loop before the training loop (both are redone as meant); ``hist = [W]`` is
    bookkeeping, not the forward pass (its length, 4, stays right). Oracle: gradient descent on ½(t − y)² with the
    gradient by central differences."""

    def err(q: list[float]) -> float:  # q = w0, w1, v00, v01, v10, v11
        h = [1 / (1 + math.exp(-(q[2 + 2 * i] * 1.0 + q[3 + 2 * i] * 0.5))) for i in range(2)]
        return 0.5 * (1.0 - 1 / (1 + math.exp(-(q[0] * h[0] + q[1] * h[1])))) ** 2

    q, right = [0.4, -0.3, 0.3, -0.2, 0.1, 0.4], []
    for _ in range(3):
        grad = []
        for k in range(6):
            up, down = list(q), list(q)
            up[k] += 1e-6
            down[k] -= 1e-6
            grad.append((err(up) - err(down)) / 2e-6)
        q = [q[k] - 0.5 * grad[k] for k in range(6)]
        right += q[:2]
    found = verify_document(notebook(tmp_path, FILLED)).to_json()["findings"]
    shown = [float(x) for x in re.findall(r"-?\d+\.\d+", printed(FILLED))][1:]  # the three W after y
    wrong = [k for k in range(6) if abs(shown[k] - right[k]) > 1e-7]
    assert wrong == [2, 3, 4, 5]  # epoch 1 is right; epochs 2 and 3 come from the first weights' activations
    assert [float(f["expected"]) for f in found] == pytest.approx([right[k] for k in wrong], abs=1e-8)
    assert "4" not in [f["printed"] for f in found]


def test_past_twelve_loops_that_move_parameters_the_rule_is_silent(tmp_path: Path) -> None:
    """The stale loop of the first test, followed by twelve more loops that move a parameter: a page of that many
    training loops is not looked into (each is a run more), so nothing is said even of the stale one."""
    src = SETUP + "for epoch in range(3):\n" + STEP + "u = 0.0\n" + "for k in range(2):\n    u = u + 0.5\n" * 12
    assert verify_document(notebook(tmp_path, src)).to_json()["findings"] == []
