"""Lessons that keep their data in a pandas table and write every weight's update out by hand
(:mod:`generator.verify.frames`, :mod:`generator.verify.updateslips`).

The shape is that of a widely re-typed "backpropagation from scratch" lesson: a 2-2-1 linear network
in the column convention ``A1 = W1.T @ X + b1``, the examples read from a DataFrame, and an
``update_parameters`` function of one statement per weight. Published copies print numbers that
follow their code exactly, and the code has three slips: the hidden weights updated with the output
weights just moved, each hidden weight paired with the other hidden unit, and an output bias started
from a weight.

Oracles: what the notebook prints is made by running the notebook's own code with real NumPy (as
Jupyter would have); what it should have printed is one step of gradient descent with gradients by
central finite differences of the loss (y − ŷ)², in plain Python, written apart from nnwalk.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from generator.verify.run import verify_document

DATA = [[2, 1, 3], [1, 3, 2]]
SHOWN_DF = "   x1  x2  y\n0   2   1  3\n1   1   3  2"
START = {"W1": [[0.1, 0.2], [0.3, 0.4]], "b1": [[0.0], [0.0]], "W2": [[0.5], [0.6]], "b2": [[0.0]]}
LR = 0.001

HEAD = "import pandas as pd\nimport numpy as np\n"
FRAME = "df = pd.DataFrame([[2, 1, 3], [1, 3, 2]], columns=['x1', 'x2', 'y'])\ndf\n"
INIT = (
    "parameters = {'W1': np.array([[0.1, 0.2], [0.3, 0.4]]), 'b1': np.zeros((2, 1)),\n"
    "              'W2': np.array([[0.5], [0.6]]), 'b2': np.zeros((1, 1))}\n"
)
FORWARD = (
    "def forward(X, p):\n"
    "    A1 = np.dot(p['W1'].T, X) + p['b1']\n"
    "    y_hat = np.dot(p['W2'].T, A1) + p['b2']\n"
    "    return y_hat, A1\n"
)


def update_source(*, stale: bool, transposed: bool, bias_from_weight: bool) -> str:
    """The update function, with the slips asked for. Right: W1[i][k] += c * W2[k] * X[i] with W2 as before the step."""
    lines = ["def update_parameters(parameters, y, y_hat, A1, X):"]
    output = [
        "    parameters['W2'][0][0] += 0.001 * 2 * (y - y_hat) * A1[0][0]",
        "    parameters['W2'][1][0] += 0.001 * 2 * (y - y_hat) * A1[1][0]",
        "    parameters['b2'][0][0] = parameters['W2'][1][0] + 0.001 * 2 * (y - y_hat)"
        if bias_from_weight
        else "    parameters['b2'][0][0] = parameters['b2'][0][0] + 0.001 * 2 * (y - y_hat)",
    ]
    hidden = []
    for i in range(2):
        for k in range(2):
            unit, inp = (i, k) if transposed else (k, i)
            hidden.append(
                f"    parameters['W1'][{i}][{k}] += 0.001 * 2 * (y - y_hat) * parameters['W2'][{unit}][0] * X[{inp}][0]"
            )
    for k in range(2):
        hidden.append(f"    parameters['b1'][{k}][0] += 0.001 * 2 * (y - y_hat) * parameters['W2'][{k}][0]")
    if stale:
        lines += output + hidden  # the hidden layer reads W2 after its update
    else:
        lines += hidden + output
    return "\n".join(lines) + "\n"


STEP = (
    "X = df[['x1', 'x2']].values[{j}].reshape(2, 1)\n"
    "y = df[['y']].values[{j}][0]\n"
    "y_hat, A1 = forward(X, parameters)\n"
    "y_hat = y_hat[0][0]\n"
    "update_parameters(parameters, y, y_hat, A1, X)\n"
    "parameters\n"
)


def printed_by(update: str, steps: int) -> list[str]:
    """What Jupyter showed after each step: the notebook's code run with real NumPy (the DataFrame's rows given as
    the arrays pandas would hand back)."""
    env: dict = {"np": np}
    exec(INIT + FORWARD + update, env)  # noqa: S102 - the test's own notebook code, to make its outputs
    shown = []
    for j in range(steps):
        env["X"] = np.array(DATA[j][:2]).reshape(2, 1)
        env["y"] = DATA[j][2]
        exec("y_hat, A1 = forward(X, parameters)\ny_hat = y_hat[0][0]\nupdate_parameters(parameters, y, y_hat, A1, X)", env)  # noqa: S102
        shown.append(repr(env["parameters"]))
    return shown


def loss(p: dict, j: int) -> float:
    x, y = DATA[j][:2], DATA[j][2]
    a1 = [p["W1"][0][k] * x[0] + p["W1"][1][k] * x[1] + p["b1"][k][0] for k in range(2)]
    y_hat = p["W2"][0][0] * a1[0] + p["W2"][1][0] * a1[1] + p["b2"][0][0]
    return (y - y_hat) ** 2


def sgd(steps: int) -> dict:
    """Right gradient descent: every parameter moved by −η ∂L/∂p, the gradient by central differences."""
    p = json.loads(json.dumps(START))
    for j in range(steps):
        grads = {}
        for name, rows in p.items():
            for r, row in enumerate(rows):
                for c in range(len(row)):
                    keep, h = row[c], 1e-6
                    row[c] = keep + h
                    up = loss(p, j)
                    row[c] = keep - h
                    down = loss(p, j)
                    row[c] = keep
                    grads[(name, r, c)] = (up - down) / (2 * h)
        for (name, r, c), g in grads.items():
            p[name][r][c] -= LR * g
    return p


def notebook(tmp_path: Path, update: str, steps: int = 1, frame_shown: str = SHOWN_DF) -> Path:
    def cell(src: str, n: int, result: str | None = None) -> dict:
        outs = (
            []
            if result is None
            else [{"output_type": "execute_result", "execution_count": n, "metadata": {}, "data": {"text/plain": result}}]
        )
        return {"cell_type": "code", "execution_count": n, "metadata": {}, "outputs": outs, "source": src}

    shown = printed_by(update, steps)
    cells = [cell(HEAD, 1), cell(FRAME, 2, frame_shown), cell(INIT, 3), cell(FORWARD, 4), cell(update, 5)]
    cells += [cell(STEP.format(j=j), 6 + j, shown[j]) for j in range(steps)]
    path = tmp_path / "lesson.ipynb"
    path.write_text(json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, indent=1))
    return path


def judged(path: Path) -> tuple[list[dict], int]:
    report = verify_document(path)
    return report.to_json()["findings"], report.code_checked


def flat(p: dict) -> list[float]:
    return [v for name in ("W1", "b1", "W2", "b2") for row in p[name] for v in row]


def test_right_code_reading_its_data_from_a_dataframe_is_checked_and_clean(tmp_path: Path) -> None:
    path = notebook(tmp_path, update_source(stale=False, transposed=False, bias_from_weight=False), steps=2)
    found, checked = judged(path)
    assert found == []
    assert checked == 8 + 2 * 9  # the two rows: label and three cells each;, then nine parameters after each step
    # the printed steps are right gradient descent (the oracle agrees with the notebook's own right code)
    last = json.loads(path.read_text())["cells"][-1]["outputs"][0]["data"]["text/plain"]
    numbers = [float(t) for t in __import__("re").findall(r"-?\d+\.\d+(?:e-?\d+)?", last)]
    assert numbers == pytest.approx(flat(sgd(2)), abs=1e-8)


def test_a_misprinted_table_cell_is_named(tmp_path: Path) -> None:
    path = notebook(
        tmp_path,
        update_source(stale=False, transposed=False, bias_from_weight=False),
        frame_shown=SHOWN_DF.replace("0   2   1  3", "0   2   7  3"),
    )
    found, _ = judged(path)
    assert [(f["printed"], float(f["expected"])) for f in found] == [("7", 1.0)]


@pytest.mark.parametrize(
    ("slips", "mistake"),
    [
        ({"stale": True, "transposed": False, "bias_from_weight": False}, "updated_weights_backprop"),
        ({"stale": False, "transposed": True, "bias_from_weight": False}, "transposed_index"),
        ({"stale": False, "transposed": False, "bias_from_weight": True}, None),
        ({"stale": True, "transposed": True, "bias_from_weight": True}, "updated_weights_backprop"),
    ],
    ids=["read_after_update", "paired_with_the_other_unit", "bias_started_from_a_weight", "all_three"],
)
def test_each_slip_of_a_hand_written_update_is_named_with_the_right_values(
    tmp_path: Path, slips: dict, mistake: str | None
) -> None:
    path = notebook(tmp_path, update_source(**slips), steps=2)
    found, _ = judged(path)
    right = flat(sgd(1)) + flat(sgd(2))
    shown = printed_by(update_source(**slips), 2)
    printed = [float(t) for s in shown for t in __import__("re").findall(r"-?\d+\.\d+(?:e-?\d+)?", s)]
    wrong = [k for k, (a, b) in enumerate(zip(printed, right, strict=True)) if abs(a - b) > 5e-9]
    assert wrong, "the slips change what is printed"
    assert len(found) == len(wrong)  # every wrong number named, no right one
    for f in found:
        k = next(k for k in wrong if printed[k] == float(f["printed"]))
        assert float(f["expected"]) == pytest.approx(right[k], abs=2e-8)
    # the first printed line the slips change is told the slips; everything after it follows from them
    first = [f for f in found if (f["line"], f["cell_line"]) == (found[0]["line"], found[0]["cell_line"])]
    assert {f["class"] for f in first} == {"conceptual"} and all(f["class"] == "propagated" for f in found[len(first) :])
    assert (first[0].get("mistake") or None) == mistake
    kinds = {"updated_weights_backprop": "after its update", "transposed_index": "terms; the forward pass", None: "starts from"}
    told = [kinds[k] for k, on in zip(kinds, (slips["stale"], slips["transposed"], slips["bias_from_weight"]), strict=True) if on]
    assert all(t in first[0]["cause"] for t in told), first[0]["cause"]


def test_an_update_in_the_row_convention_is_not_a_transposition(tmp_path: Path) -> None:
    """``A1 = W1 @ X`` joins W1[k][i] to unit k: an update pairing W1[i][k] with W2[i] is then right."""
    forward = FORWARD.replace("np.dot(p['W1'].T, X)", "np.dot(p['W1'], X)")
    update = update_source(stale=False, transposed=True, bias_from_weight=False)
    env: dict = {"np": np}
    exec(INIT + forward + update, env)  # noqa: S102
    env["X"], env["y"] = np.array([[2], [1]]), 3
    exec("y_hat, A1 = forward(X, parameters)\ny_hat = y_hat[0][0]\nupdate_parameters(parameters, y, y_hat, A1, X)", env)  # noqa: S102
    src = json.loads(notebook(tmp_path, update).read_text())
    src["cells"][3]["source"] = forward
    src["cells"][5]["outputs"][0]["data"]["text/plain"] = repr(env["parameters"])
    path = tmp_path / "row.ipynb"
    path.write_text(json.dumps(src))
    found, checked = judged(path)
    assert found == [] and checked == 8 + 9
