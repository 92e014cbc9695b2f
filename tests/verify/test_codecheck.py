"""A notebook's printed outputs judged against its code (:mod:`generator.verify.codecheck`).

Oracles: every expected value is computed in this file with :mod:`math` from the numbers the
test notebooks print, never by nnwalk's interpreter; the hand-made notebooks print what real
NumPy prints for their code (the outputs were typed from a NumPy session and are re-derived
below).
"""

from __future__ import annotations

import json
import math
import time
from pathlib import Path

import numpy as np
import pytest

from generator.verify.run import verify_document


def sig(x: float) -> float:
    return 1 / (1 + math.exp(-x))


def code(source: str, *outputs: str, result: str | None = None, n: int = 1) -> dict:
    outs: list[dict] = [{"output_type": "stream", "name": "stdout", "text": o} for o in outputs]
    if result is not None:
        outs.append({"output_type": "execute_result", "execution_count": n, "metadata": {}, "data": {"text/plain": result}})
    return {"cell_type": "code", "execution_count": n, "metadata": {}, "outputs": outs, "source": source}


def notebook(tmp_path: Path, *cells: dict) -> Path:
    p = tmp_path / "nb.ipynb"
    p.write_text(json.dumps({"cells": list(cells), "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, indent=1))
    return p


def findings(path: Path) -> list[dict]:
    return verify_document(path).to_json()["findings"]


# One sigmoid neuron, two inputs: z = 0.5*1.0 + (-0.25)*2.0 + 0.2 = 0.2, a = σ(0.2) = 0.549834
Z, A = 0.2, sig(0.2)
FORWARD = (
    "import numpy as np\nx = np.array([1.0, 2.0])\nw = np.array([0.5, -0.25])\nb = 0.2\n"
    "def sigmoid(v):\n    return 1 / (1 + np.exp(-v))\n"
    "z = np.dot(x, w) + b\na = sigmoid(z)\nprint(z, a)\n"
)


def test_the_derivative_applied_to_the_activation_is_conceptual_and_what_follows_is_propagated(tmp_path: Path) -> None:
    # the classic bug: σ'(v) = σ(v)(1 - σ(v)) written for a net input, applied to the activation a
    wrong = sig(A) * (1 - sig(A))  # what the notebook prints: 0.2319...
    right = A * (1 - A)  # 0.247517
    delta_wrong, delta_right = (A - 1.0) * wrong, (A - 1.0) * right
    nb = notebook(
        tmp_path,
        code(FORWARD, f"{Z:.8g} {A:.8f}\n"),
        code(
            "def dsig(v):\n    return sigmoid(v) * (1 - sigmoid(v))\nslope = dsig(a)\ndelta = (a - 1.0) * slope\n"
            "print(slope)\nprint(delta)\n",
            f"{wrong:.8f}\n{delta_wrong:.8f}\n",
            n=2,
        ),
    )
    by_value = {f["printed"]: f for f in findings(nb)}
    slope = by_value[f"{wrong:.8f}"]
    assert slope["class"] == "conceptual" and "activation" in slope["cause"]
    assert float(slope["expected"]) == pytest.approx(right, abs=1e-9)
    delta = by_value[f"{delta_wrong:.8f}"]
    assert delta["class"] == "propagated" and delta["root_line"] == slope["line"]
    assert float(delta["expected"]) == pytest.approx(delta_right, abs=1e-9)
    assert (f"{Z:.8g}" not in by_value) and (f"{A:.8f}" not in by_value)  # right: ok, not reported


def test_a_right_notebook_has_no_finding_and_its_outputs_are_checked(tmp_path: Path) -> None:
    right = A * (1 - A)
    nb = notebook(
        tmp_path,
        code(FORWARD, f"{Z:.8g} {A:.8f}\n"),
        code("slope = a * (1 - a)\nslope", result=f"np.float64({right:.8f})", n=2),
    )
    report = verify_document(nb)
    assert report.to_json()["findings"] == []
    assert report.summary()["checked"] >= 3  # z, a and the slope were lined up with the code


def test_tanh_derivative_of_an_activation_applied_to_a_net_input(tmp_path: Path) -> None:
    # dtanh(v) = 1 - v**2 is the derivative from an activation; applied to z it is wrong: 1 - tanh(z)^2 is meant
    z = 0.5 * 1.0 + (-0.25) * 2.0 + 0.2
    src = (
        "import numpy as np\nx = np.array([1.0, 2.0])\nw = np.array([0.5, -0.25])\n"
        "z = x.dot(w) + 0.2\ndef dtanh(v):\n    return 1 - v ** 2\ng = dtanh(z)\nprint(g)\n"
    )
    nb = notebook(tmp_path, code(src, f"{1 - z**2:.8f}\n"))
    (f,) = findings(nb)
    assert f["class"] == "conceptual" and float(f["expected"]) == pytest.approx(1 - math.tanh(z) ** 2, abs=1e-9)


def test_an_output_the_code_does_not_give_is_an_error(tmp_path: Path) -> None:
    # a stale output: the code was changed to b = 0.2 after the cell printed z for b = 0.3
    nb = notebook(tmp_path, code(FORWARD, f"{Z + 0.1:.8g} {A:.8f}\n"))
    (f,) = findings(nb)
    assert f["class"] == "error" and f["printed"] == f"{Z + 0.1:.8g}" and float(f["expected"]) == pytest.approx(Z)
    assert f["cell"] == 0 and f["cell_part"] == "output"


def test_random_weights_are_taken_from_their_printed_copy(tmp_path: Path) -> None:
    # W is drawn at random and printed with 3 decimals; z = x W is printed from the unrounded W.
    # From the printed copy z is about -1.629, 0.0006 from the printed -1.6296: within what the
    # rounding of W (±0.0005 each, so ±0.0015 for 1*w0 + 2*w1) allows, so it is not an error
    w = [0.1234, -0.8765]
    z = 1.0 * w[0] + 2.0 * w[1]
    nb = notebook(
        tmp_path,
        code("import numpy as np\nx = np.array([1.0, 2.0])\nW = np.random.rand(2)\nprint(W)\n", f"[ {w[0]:.3f} {w[1]:.3f}]\n"),
        code("z = x.dot(W)\nprint(z)\n", f"{z:.8f}\n", n=2),
    )
    report = verify_document(nb)
    assert report.to_json()["findings"] == [] and report.summary()["checked"] == 1
    # beyond that allowance it is an error: -1.6396 is 0.0106 from -1.629
    nb = notebook(
        tmp_path,
        code("import numpy as np\nx = np.array([1.0, 2.0])\nW = np.random.rand(2)\nprint(W)\n", f"[ {w[0]:.3f} {w[1]:.3f}]\n"),
        code("z = x.dot(W)\nprint(z)\n", f"{z - 0.01:.8f}\n", n=2),
    )
    (f,) = findings(nb)
    shown = [float(f"{v:.3f}") for v in w]  # what the notebook printed for W
    assert f["class"] == "error" and float(f["expected"]) == pytest.approx(shown[0] + 2 * shown[1])


HOSTILE = [
    "import os\nos.system('touch /tmp/nnwalk-was-run')\nx = 1\nprint(x)\n",
    "open('/tmp/nnwalk-was-run', 'w').write('x')\nprint(2)\n",
    "import numpy as np\nbig = np.ones((100000, 100000))\nprint(big)\n",
    "x = 10 ** 10 ** 10\nprint(x)\n",
    "def f(v):\n    return f(v)\nprint(f(1))\n",
    "while True:\n    pass\n",
    "__import__('os').system('touch /tmp/nnwalk-was-run')\nprint(1)\n",
    "import numpy as np\nx = np.array([[1.0] * 2000] * 2000)\ny = x.dot(x).dot(x)\nprint(y)\n",
]


@pytest.mark.parametrize("src", HOSTILE, ids=range(len(HOSTILE)))
def test_code_is_never_run_and_hostile_code_costs_little(tmp_path: Path, src: str) -> None:
    marker = Path("/tmp/nnwalk-was-run")
    marker.unlink(missing_ok=True)
    nb = notebook(tmp_path, code(src, "1\n"), {"cell_type": "markdown", "metadata": {}, "source": "$1 + 1 = 2$"})
    start = time.monotonic()
    report = verify_document(nb)
    assert time.monotonic() - start < 20
    assert not marker.exists()
    assert all(f["class"] in ("error", "rounding") for f in report.to_json()["findings"])


def test_annotate_puts_each_marker_in_the_output_that_printed_the_number(tmp_path: Path) -> None:
    from generator.cli import main

    wrong = sig(A) * (1 - sig(A))
    nb = notebook(
        tmp_path,
        code(FORWARD, f"{Z:.8g} {A:.8f}\n"),
        code("def dsig(v):\n    return sigmoid(v) * (1 - sigmoid(v))\nprint(dsig(a))\n", f"{wrong:.8f}\n", n=2),
    )
    out = tmp_path / "marked.ipynb"
    assert main(["verify", "--annotate", str(out), str(nb)]) == 1
    cells = json.loads(out.read_text())["cells"]
    text = "".join(cells[1]["outputs"][0]["text"])
    assert text.startswith(f"{wrong:.8f} ⟨nnwalk conceptual: should be {A * (1 - A):.8f}")
    assert "".join(cells[0]["outputs"][0]["text"]) == f"{Z:.8g} {A:.8f}\n"  # right numbers untouched


# Two examples, one hidden layer of two sigmoid units (every expected value below is computed by hand-written
# loops in plain Python from these numbers).
X2 = [[1.0, 0.0], [0.0, 1.0]]
W2 = [[0.5, -0.3], [0.2, 0.4]]
B2 = [0.1, -0.2]
Y2 = [1.0, 0.0]
V2 = [0.7, -0.6]


def _hidden() -> tuple[list[list[float]], list[list[float]]]:
    z = [[sum(X2[m][i] * W2[i][j] for i in range(2)) + B2[j] for j in range(2)] for m in range(2)]
    return z, [[sig(v) for v in row] for row in z]


PROLOGUE = (
    "import numpy as np\n"
    f"X = np.array({X2})\nW = np.array({W2})\nb = np.array([{B2}])\ny = np.array([[1.0], [0.0]])\nV = np.array([[0.7], [-0.6]])\n"
    "def sigmoid(v):\n    return 1 / (1 + np.exp(-v))\n"
    "def dsig(s):\n    return s * (1 - s)\n"
    "h = sigmoid(np.dot(X, W) + b)\no = sigmoid(np.dot(h, V))\n"
)


def _outputs() -> tuple[list[list[float]], list[float]]:
    _z, h = _hidden()
    o = [sig(h[m][0] * V2[0] + h[m][1] * V2[1]) for m in range(2)]
    return h, o


def _rows(values: list[list[float]]) -> str:
    return "[" + "\n ".join("[" + " ".join(f"{v:.8f}" for v in row) + "]" for row in values) + "]\n"


def test_a_matrix_product_with_the_activation_derivative_is_conceptual(tmp_path: Path) -> None:
    # δ_h = (δ_o V^T) ⊙ h(1 - h) is element-wise; np.dot(e, dsig(h)) is the classic slip
    h, o = _outputs()
    d_out = [(y - a) * a * (1 - a) for y, a in zip(Y2, o, strict=True)]
    e = [[d_out[m] * V2[j] for j in range(2)] for m in range(2)]
    s = [[h[m][j] * (1 - h[m][j]) for j in range(2)] for m in range(2)]
    wrong = [[sum(e[m][k] * s[k][j] for k in range(2)) for j in range(2)] for m in range(2)]
    right = [[e[m][j] * s[m][j] for j in range(2)] for m in range(2)]
    src = PROLOGUE + "d_out = (y - o) * dsig(o)\ne = d_out.dot(V.T)\nslope = dsig(h)\nd_h = np.dot(e, slope)\nprint(d_h)\n"
    nb = notebook(tmp_path, code(src, _rows(wrong)))
    found = findings(nb)
    assert {f["class"] for f in found} == {"conceptual"} and len(found) == 4
    got = sorted(float(f["expected"]) for f in found)
    assert got == pytest.approx(sorted(v for row in right for v in row), abs=1e-9)
    assert "element-wise" in found[0]["cause"]


def test_the_derivative_of_the_error_instead_of_the_output(tmp_path: Path) -> None:
    # dsig(E) with E = y - o: for y = 1, E(1 - E) = o(1 - o) by chance; for y = 0 it is -o(1 + o)
    _h, o = _outputs()
    err = [y - a for y, a in zip(Y2, o, strict=True)]
    src = PROLOGUE + "E = y - o\nslope = dsig(E)\nprint(slope)\n"
    nb = notebook(tmp_path, code(src, _rows([[v * (1 - v)] for v in err])))
    (f,) = findings(nb)  # only the y = 0 row is wrong
    assert f["class"] == "conceptual" and float(f["expected"]) == pytest.approx(o[1] * (1 - o[1]), abs=1e-9)


def test_a_bias_updated_per_example_is_conceptual(tmp_path: Path) -> None:
    # b + d_h * lr adds each example's δ separately (two rows); the update is b + lr * Σ_m d_h[m]
    h, o = _outputs()
    d_out = [(y - a) * a * (1 - a) for y, a in zip(Y2, o, strict=True)]
    d_h = [[d_out[m] * V2[j] * h[m][j] * (1 - h[m][j]) for j in range(2)] for m in range(2)]
    per_example = [[B2[j] + 0.5 * d_h[m][j] for j in range(2)] for m in range(2)]
    once = [B2[j] + 0.5 * (d_h[0][j] + d_h[1][j]) for j in range(2)]
    src = PROLOGUE + "d_out = (y - o) * dsig(o)\nd_h = d_out.dot(V.T) * dsig(h)\nb_new = b + d_h * 0.5\nprint(b_new)\n"
    nb = notebook(tmp_path, code(src, _rows(per_example)))
    found = findings(nb)
    assert {f["class"] for f in found} == {"conceptual"} and len(found) == 4
    assert sorted(float(f["expected"]) for f in found) == pytest.approx(sorted(once * 2), abs=1e-9)


def test_a_forward_bias_added_to_every_example_is_right(tmp_path: Path) -> None:
    # z = X W + b repeats b for each example, as it should: no finding
    z, h = _hidden()
    nb = notebook(tmp_path, code(PROLOGUE + "print(np.dot(X, W) + b)\nprint(h)\n", _rows(z) + _rows(h)))
    report = verify_document(nb)
    assert report.to_json()["findings"] == [] and report.summary()["checked"] == 8


def test_a_sigmoid_derivative_on_relu_units_and_in_place_relu(tmp_path: Path) -> None:
    # relu(x) changes x in place (x[x <= 0] = 0); z printed before it keeps its negative entry.
    # slope = a(1 - a) on ReLU units is wrong: the ReLU derivative is 1 where a > 0
    z, _h = _hidden()
    a = [[max(v, 0.0) for v in row] for row in z]
    src = (
        PROLOGUE
        + "def relu(x):\n    x[x <= 0] = 0\n    return x\n"
        + "z = np.dot(X, W) + b\nprint(z)\nr = relu(z)\nprint(r)\nslope = dsig(r)\nprint(slope)\n"
    )
    slopes = [[v * (1 - v) for v in row] for row in a]
    nb = notebook(tmp_path, code(src, _rows(z) + _rows(a) + _rows(slopes)))
    found = findings(nb)
    assert any(v < 0 for row in z for v in row)  # the in-place change must not reach the printed z
    wrong = [f for f in found if f["class"] == "conceptual"]
    assert len(found) == len(wrong) == sum(v > 0 for row in a for v in row)
    assert all(float(f["expected"]) == 1.0 for f in wrong)


def test_numbers_of_one_printed_array_share_its_precision(tmp_path: Path) -> None:
    # NumPy with precision=4 prints 0.00004 as "0." beside "0.1234": that "0." is 0.0000 ± 0.00005, not 0 ± 0.5
    nb = notebook(tmp_path, code("import numpy as np\nv = np.array([0.1234, 0.3])\nprint(v)\n", "[0.1234 0.    ]\n"))
    (f,) = findings(nb)
    assert f["class"] == "error" and f["printed"] == "0." and float(f["expected"]) == pytest.approx(0.3)


def test_random_values_printed_mid_cell_are_learned_there(tmp_path: Path) -> None:
    # W is drawn and printed, then used in the same cell
    w = [0.25, -0.5]
    z = 1.0 * w[0] + 2.0 * w[1]
    src = (
        "import numpy as np\nx = np.array([1.0, 2.0])\nW = np.random.rand(2)\nprint('W is', W)\nz = x.dot(W)\nprint('z is', z)\n"
    )
    nb = notebook(tmp_path, code(src, f"W is [ {w[0]:.2f} {w[1]:.2f}]\nz is {z:.4f}\n"))
    report = verify_document(nb)
    assert report.to_json()["findings"] == [] and report.summary()["checked"] == 1


def test_prints_in_loops_functions_fstrings_and_format_are_lined_up(tmp_path: Path) -> None:
    # two steps of w <- w - 0.5 * 2 (w x - t) x on x = 1.5, t = 0.3, from w = 0.4 (worked below in plain Python)
    w, steps = 0.4, []
    for _ in range(2):
        g = 2 * (w * 1.5 - 0.3) * 1.5
        w = w - 0.5 * g
        steps.append((g, w))
    src = (
        "def step(w, x, t):\n    g = 2 * (w * x - t) * x\n    print(f'grad {g:.4f}')\n    return w - 0.5 * g\n"
        "p = {'w': 0.4}\nfor i in range(2):\n    p['w'] = step(p['w'], 1.5, 0.3)\n    print('step {}: w = {:.4f}'.format(i + 1, p['w']))\n"
    )
    out = "".join(f"grad {g:.4f}\nstep {k + 1}: w = {v:.4f}\n" for k, (g, v) in enumerate(steps))
    report = verify_document(notebook(tmp_path, code(src, out)))
    assert report.to_json()["findings"] == [] and report.summary()["checked"] == 6  # 2 gradients, i + 1 twice, 2 weights
    # one wrong printed gradient is named; the numbers of the format string ("step 1") are its own
    bad = out.replace(f"grad {steps[1][0]:.4f}", f"grad {steps[1][0] + 0.01:.4f}")
    (f,) = findings(notebook(tmp_path, code(src, bad)))
    assert f["class"] == "error" and float(f["expected"]) == pytest.approx(steps[1][0])


def test_cells_are_read_top_to_bottom_and_a_stale_output_carries_forward(tmp_path: Path) -> None:
    # the second cell ran before w was changed (execution count 1): its printed z is stale. A reader redoes
    # z = 2 w = 1.2 from the printed w = 0.6; the printed 1.0 is wrong, and e = z - 0.5 = 0.5 follows from it
    nb = notebook(
        tmp_path,
        code("w = 0.6\nprint(w)\n", "0.6\n", n=3),
        code("z = 2 * w\nprint(z)\n", "1.0\n", n=1),
        code("e = z - 0.5\nprint(e)\n", "0.5\n", n=4),
    )
    found = {f["printed"]: f for f in findings(nb)}
    assert found["1.0"]["class"] == "error" and float(found["1.0"]["expected"]) == pytest.approx(1.2)
    assert found["0.5"]["class"] == "propagated" and found["0.5"]["root_line"] == found["1.0"]["line"]
    assert float(found["0.5"]["expected"]) == pytest.approx(0.7)


def test_a_list_beside_an_array_is_an_array_and_a_list_alone_is_a_list(tmp_path: Path) -> None:
    # y - output with y a nested list is NumPy arithmetic; [0.5] * 2 repeats the list (not 1.0)
    src = "import numpy as np\ny = [[1.0], [0.0]]\no = np.array([[0.75], [0.25]])\nprint(y - o)\nr = [0.5] * 2\nprint(len(r))\n"
    report = verify_document(notebook(tmp_path, code(src, "[[ 0.25]\n [-0.25]]\n2\n")))
    assert report.to_json()["findings"] == [] and report.summary()["checked"] == 3


def test_a_mistake_inside_a_training_function_reaches_every_epoch(tmp_path: Path) -> None:
    # one sigmoid neuron trained 3 epochs; its derivative helper σ(v)(1-σ(v)) is given the activation.
    # The weights are drawn at random inside a dict and printed; the test redoes both trainings in plain Python.
    w0 = [0.30, -0.20]

    def train(right: bool) -> list[float]:
        w, losses = list(w0), []
        for _ in range(3):
            o = sig(w[0] * 1.0 + w[1] * 0.5)
            slope = o * (1 - o) if right else sig(o) * (1 - sig(o))
            d = (o - 1.0) * slope
            w = [w[0] - 0.5 * d * 1.0, w[1] - 0.5 * d * 0.5]
            losses.append(0.5 * (sig(w[0] * 1.0 + w[1] * 0.5) - 1.0) ** 2)
        return losses

    src_def = (
        "import numpy as np\n"
        "def sigmoid(v):\n    return 1 / (1 + np.exp(-v))\n"
        "def dsig(v):\n    return sigmoid(v) * (1 - sigmoid(v))\n"
        "def init():\n    return {'w': np.random.rand(2) * 2 - 1}\n"
        "def train(net, x, t, lr, epochs):\n"
        "    for e in range(epochs):\n"
        "        o = sigmoid(np.dot(net['w'], x))\n"
        "        d = (o - t) * dsig(o)\n"
        "        net['w'] -= lr * d * x\n"
        "        loss = 0.5 * (sigmoid(np.dot(net['w'], x)) - t) ** 2\n"
        "        print(f'epoch {e + 1}: loss {loss:.6f}')\n"
    )
    src_run = "net = init()\nprint('w:', net['w'])\ntrain(net, np.array([1.0, 0.5]), 1.0, lr=0.5, epochs=3)\n"
    printed = train(right=False)
    out = f"w: [ {w0[0]:.8f} {w0[1]:.8f}]\n" + "".join(f"epoch {k + 1}: loss {v:.6f}\n" for k, v in enumerate(printed))
    found = findings(notebook(tmp_path, code(src_def), code(src_run, out, n=2)))
    right = train(right=True)
    assert [f["class"] for f in found] == ["propagated"] * 3
    assert [float(f["expected"]) for f in found] == pytest.approx(right, abs=1e-7)
    assert "dsig()" in found[0]["cause"] and "activation" in found[0]["cause"]


def test_a_long_loop_with_printed_random_weights_costs_little(tmp_path: Path) -> None:
    # 256 printed random numbers and a loop of 3000 steps: following each number's rounding through the loop
    # would repeat the run 256 times; the work is bounded instead (and nothing is judged rather than guessed)
    src = (
        "import numpy as np\nW = np.random.rand(16, 16)\nprint(W)\nx = np.ones(16)\n"
        "for i in range(3000):\n    x = 0.5 * np.dot(W, x) / 16 + 0.5\nprint(x[0])\n"
    )
    w = np.full((16, 16), 0.5)
    rows = "[" + "\n ".join("[" + " ".join("0.5" for _ in range(16)) + "]" for _ in range(16)) + "]\n"
    x = np.ones(16)
    for _ in range(3000):
        x = 0.5 * np.dot(w, x) / 16 + 0.5
    start = time.monotonic()
    with pytest.raises(Exception, match="no numeric equation"):  # nothing judged: no finding, no guess
        verify_document(notebook(tmp_path, code(src, rows + f"{x[0]:.8f}\n")))
    assert time.monotonic() - start < 30


def test_a_transposed_weight_update_is_conceptual(tmp_path: Path) -> None:
    """``W += lr * np.dot(d.T, x)`` after ``np.dot(x, W)``: the gradient of W is x.T d, not its transpose.

    W is square (two inputs, two units), so the wrong update runs; worked here with math: z = xW,
    h = σ(z), d = (t − h) h (1 − h), the right W[i][j] + lr x_i d_j against the printed W[i][j] + lr d_i x_j.
    """
    x, W, t, lr = [1.0, 2.0], [[0.1, 0.2], [0.3, 0.4]], [1.0, 0.0], 0.5
    h = [sig(x[0] * W[0][j] + x[1] * W[1][j]) for j in range(2)]
    d = [(t[j] - h[j]) * h[j] * (1 - h[j]) for j in range(2)]
    wrong = [[W[i][j] + lr * d[i] * x[j] for j in range(2)] for i in range(2)]
    right = [[W[i][j] + lr * x[i] * d[j] for j in range(2)] for i in range(2)]
    src = (
        "import numpy as np\n"
        "def sigmoid(v):\n    return 1 / (1 + np.exp(-v))\n"
        "x = np.array([[1.0, 2.0]])\nW = np.array([[0.1, 0.2], [0.3, 0.4]])\nt = np.array([[1.0, 0.0]])\n"
        "h = sigmoid(np.dot(x, W))\nd = (t - h) * h * (1 - h)\n"
        "W += 0.5 * np.dot(d.T, x)\n"
        "print(W[0, 0], W[0, 1], W[1, 0], W[1, 1])\n"
    )
    shown = " ".join(repr(v) for row in wrong for v in row) + "\n"
    got = findings(notebook(tmp_path, code(src, shown)))
    # the diagonal is the same either way; the printed W follows from the mistaken product (its own value is not printed)
    assert sorted(f["class"] for f in got) == ["propagated", "propagated"], got
    by_printed = {f["printed"]: float(f["expected"]) for f in got}
    assert by_printed == pytest.approx({repr(wrong[0][1]): right[0][1], repr(wrong[1][0]): right[1][0]}, rel=1e-8)
    assert all("mistake at cell 0:9" in f["cause"] and "transpose of the gradient of W" in f["cause"] for f in got)


def test_the_right_weight_update_after_np_dot_x_w_is_not_flagged(tmp_path: Path) -> None:
    x, W, t, lr = [1.0, 2.0], [[0.1, 0.2], [0.3, 0.4]], [1.0, 0.0], 0.5
    h = [sig(x[0] * W[0][j] + x[1] * W[1][j]) for j in range(2)]
    d = [(t[j] - h[j]) * h[j] * (1 - h[j]) for j in range(2)]
    right = [[W[i][j] + lr * x[i] * d[j] for j in range(2)] for i in range(2)]
    src = (
        "import numpy as np\n"
        "def sigmoid(v):\n    return 1 / (1 + np.exp(-v))\n"
        "x = np.array([[1.0, 2.0]])\nW = np.array([[0.1, 0.2], [0.3, 0.4]])\nt = np.array([[1.0, 0.0]])\n"
        "h = sigmoid(np.dot(x, W))\nd = (t - h) * h * (1 - h)\n"
        "W += 0.5 * np.dot(x.T, d)\n"
        "print(W[0, 0], W[0, 1], W[1, 0], W[1, 1])\n"
    )
    assert findings(notebook(tmp_path, code(src, " ".join(repr(v) for row in right for v in row) + "\n"))) == []


def test_a_python2_notebook_with_comprehensions_and_rounded_draws_is_checked(tmp_path: Path) -> None:
    # Python 2 print statements, weights drawn by a chain of calls and rounded before they are printed, and an
    # activation applied element by element in a list comprehension (senkumartup/MLBLREIP's style). The printed
    # activations are what math gives for the printed weights; a planted wrong one is an error with that value.
    w = [0.52, 0.43]
    z = [1.0 * w[0] + 0.0 * w[1], 1.0 * w[0] + 1.0 * w[1]]  # rows of x = [[1, 0], [1, 1]] times w
    a = [round(sig(v), 2) for v in z]
    draw = (
        "import numpy as np\nimport math\nx = np.array([[1, 0], [1, 1]])\n"
        "w = np.random.random_sample((2,)).reshape(2, 1)\nw = np.round(w, decimals=2)\nprint w\n"
    )
    act = (
        "def sigmoid(v):\n  return 1 / (1 + math.exp(-v))\nz = np.dot(x, w)\n"
        "h = [[sigmoid(z[i, j]) for j in range(z.shape[1])] for i in range(z.shape[0])]\n"
        "h = np.round(h, decimals=2)\nprint 'h =', h\n"
    )
    printed = f"[[ {w[0]:.2f}]\n [ {w[1]:.2f}]]\n"
    right = notebook(tmp_path, code(draw, printed), code(act, f"h = [[ {a[0]:.2f}]\n [ {a[1]:.2f}]]\n", n=2))
    report = verify_document(right)
    assert report.to_json()["findings"] == [] and report.summary()["checked"] >= 2
    wrong = notebook(tmp_path, code(draw, printed), code(act, f"h = [[ {a[0]:.2f}]\n [ {a[1] + 0.05:.2f}]]\n", n=2))
    (f,) = findings(wrong)
    assert f["class"] == "error" and float(f["expected"]) == pytest.approx(a[1], abs=0.005)


SIGMOID_MATH = "import numpy as np\nimport math\ndef sigmoid(v):\n    return 1 / (1 + math.exp(-v))\n"


def test_an_activation_computed_and_then_thrown_away_by_rounding_the_net_input(tmp_path: Path) -> None:
    """senkumartup/MLBLREIP: ``output = [[sigmoid(z[i, j]) …]]`` then ``output = np.round(z, 2)`` prints the net
    input as the output. Expected values from :mod:`math`; the slope ``sigmoid(o)(1 − sigmoid(o))`` of the printed
    (net-input) output is the true slope by accident, and stays unflagged only if the corrected code is read as
    meant (the output an activation), where that derivative is recognised as taken at the activation."""
    z = [1.44, 0.5]
    o = [sig(v) for v in z]
    slope = [sig(v) * (1 - sig(v)) for v in z]  # what the code prints (σ′ at the net input: the true slope)
    src = (
        SIGMOID_MATH + "def dsig(v):\n    return sigmoid(v) * (1 - sigmoid(v))\n"
        "z = np.array([[1.44], [0.5]])\n"
        "out = [[sigmoid(z[i, j]) for j in range(z.shape[1])] for i in range(z.shape[0])]\n"
        "out = np.round(z, decimals=2)\nprint(out)\n"
        "E = np.array([[1.0], [0.0]]) - out\nprint(E)\n"
        "slope = np.array([[dsig(out[i, j]) for j in range(1)] for i in range(2)])\n"
        "slope = slope.round(decimals=2)\nprint(slope)\n"
    )
    printed = f"[[1.44]\n [0.5 ]]\n[[-0.44]\n [-0.5 ]]\n[[{slope[0]:.2f}]\n [{slope[1]:.2f}]]\n"
    got = findings(notebook(tmp_path, code(src, printed)))
    assert [(f["printed"], f["class"]) for f in got] == [
        ("1.44", "conceptual"),
        ("0.5", "conceptual"),
        ("-0.44", "propagated"),
        ("-0.5", "propagated"),
    ]
    assert [float(f["expected"]) for f in got] == pytest.approx([o[0], o[1], 1 - o[0], -o[1]], abs=0.005)  # rounded as coded
    assert "thrown away" in got[0]["cause"]


def test_a_value_the_code_rounded_is_exact_in_its_printed_copy(tmp_path: Path) -> None:
    # w drawn at random and rounded to 2 decimals by the code: its printed copy [0.52, 0.3] is exact, so a tiny
    # update printed one unit wrong in its fourth decimal is named (the copy's rounding does not hide it)
    src = (
        "import numpy as np\nw = np.random.random_sample((2, 1))\nw = np.round(w, decimals=2)\nprint(w)\n"
        "w = w + 0.0001 * np.array([[1.0], [2.0]])\nprint(w)\n"
    )
    right = [0.52 + 0.0001, 0.30 + 0.0002]
    ok = findings(notebook(tmp_path, code(src, f"[[0.52]\n [0.3 ]]\n[[{right[0]:.4f}]\n [{right[1]:.4f}]]\n")))
    assert ok == []
    got = findings(notebook(tmp_path, code(src, f"[[0.52]\n [0.3 ]]\n[[{right[0]:.4f}]\n [0.3003]]\n")))
    assert [(f["printed"], f["class"]) for f in got] == [("0.3003", "error")]
    assert float(got[0]["expected"]) == pytest.approx(right[1], abs=1e-9)


def test_a_stale_lowercase_name_from_an_earlier_cell_where_the_cell_computes_its_uppercase_array(tmp_path: Path) -> None:
    """erikaduan's notebook post: the batch cell computes ``Z`` and ``X`` but its backward pass reads ``x``, the
    scalar of the cell before. Oracle: the update computed here with NumPy, with X (meant) and with x (printed)."""
    x_old, big_x, y = 2.0, np.array([0.5, 1.5]), np.array([0.6, 0.9])
    w, b = 0.3, 0.1

    def step(inp: np.ndarray | float) -> float:
        yhat = 1 / (1 + np.exp(-(w * big_x + b)))
        return w - 0.1 * float(np.mean((yhat - y) * yhat * (1 - yhat) * inp))

    first = code("import numpy as np\nx = 2.0\nz = 0.5 * x + 1.0\nprint(z)\n", "2.0\n")
    src = (
        "X = np.array([0.5, 1.5])\ny = np.array([0.6, 0.9])\nw = 0.3\nb = 0.1\nZ = w * {X} + b\n"
        "yhat = 1 / (1 + np.exp(-Z))\ngrad = np.mean((yhat - y) * yhat * (1 - yhat) * x)\nw = w - 0.1 * grad\n"
        'print(f"w = {{w:.4f}}")\n'
    )
    printed, meant = step(x_old), step(big_x)
    assert abs(printed - meant) > 1e-3
    got = findings(notebook(tmp_path, first, code(src.format(X="X"), f"w = {printed:.4f}\n", n=2)))
    assert [(f["printed"], f["class"]) for f in got] == [(f"{printed:.4f}", "conceptual")]
    assert float(got[0]["expected"]) == pytest.approx(meant, abs=1e-4) and "left from an earlier cell" in got[0]["cause"]
    # X computed from x: the x is meant, nothing is wrong
    derived = src.format(X="X").replace("X = np.array([0.5, 1.5])", "X = x * np.array([0.25, 0.75])")
    assert findings(notebook(tmp_path, first, code(derived, f"w = {step(x_old):.4f}\n", n=2))) == []


def test_a_parameter_updated_from_another_one_and_values_typed_into_a_bracketed_list(tmp_path: Path) -> None:
    """``w1 = w2 - learning_rate * dL_dw1`` (erikaduan's two-neuron chain), printed as ``W = [{w1:.4f}, {w2:.4f}]``:
    the brackets are the template's, each value is judged. Oracle: two epochs by hand with :mod:`math`."""

    def run(slip: bool) -> list[tuple[float, float]]:
        w1, w2, out = 0.3, 0.2, []
        for _ in range(2):
            a1 = sig(w1 * 0.5 + 0.1)
            yhat = sig(w2 * a1 + 0.2)
            g2 = (yhat - 1.0) * yhat * (1 - yhat) * a1
            g1 = (yhat - 1.0) * yhat * (1 - yhat) * w2 * a1 * (1 - a1) * 0.5
            w2 = w2 - 0.1 * g2
            w1 = (w2 if slip else w1) - 0.1 * g1
            out.append((w1, w2))
        return out

    src = (
        "import numpy as np\nw1 = 0.3\nw2 = 0.2\nfor i in range(2):\n"
        "    a1 = 1 / (1 + np.exp(-(w1 * 0.5 + 0.1)))\n    yhat = 1 / (1 + np.exp(-(w2 * a1 + 0.2)))\n"
        "    dL_dw2 = (yhat - 1.0) * yhat * (1 - yhat) * a1\n"
        "    dL_dw1 = (yhat - 1.0) * yhat * (1 - yhat) * w2 * a1 * (1 - a1) * 0.5\n"
        "    w2 = w2 - 0.1 * dL_dw2\n    w1 = w2 - 0.1 * dL_dw1\n"
        '    print(f"Epoch {i + 1}: W = [{w1:.4f}, {w2:.4f}]")\n'
    )
    printed, meant = run(slip=True), run(slip=False)
    out = "".join(f"Epoch {k + 1}: W = [{a:.4f}, {b:.4f}]\n" for k, (a, b) in enumerate(printed))
    got = findings(notebook(tmp_path, code(src, out)))
    wrong = {(f["printed"], f["class"]) for f in got}
    assert (f"{printed[0][0]:.4f}", "conceptual") in wrong and (f"{printed[1][0]:.4f}", "propagated") in wrong
    assert all(abs(float(f["expected"]) - m) < 1e-4 for f in got for m in [meant[0][0]] if f["printed"] == f"{printed[0][0]:.4f}")
    right = src.replace("w1 = w2 - 0.1", "w1 = w1 - 0.1")
    out_right = "".join(f"Epoch {k + 1}: W = [{a:.4f}, {b:.4f}]\n" for k, (a, b) in enumerate(meant))
    report = verify_document(notebook(tmp_path, code(right, out_right)))
    assert report.to_json()["findings"] == [] and report.code_checked == 6  # the epoch and both values in the brackets


def test_weights_read_by_the_backward_pass_after_their_update_and_a_displayed_dict(tmp_path: Path) -> None:
    """Saikiran2112's hand calculation: w3 is updated, then the hidden delta reads the updated w3 (the catalogue's
    updated_weights_backprop); the weights are shown as a displayed dict. Oracle: both orders computed by hand."""
    x, t, lr = 0.5, 0.2, 0.5

    def run(too_soon: bool) -> dict[str, float]:
        w = {"w1": 0.4, "w3": 0.7}
        h = sig(w["w1"] * x)
        o = sig(w["w3"] * h)
        d_o = (o - t) * o * (1 - o)
        w3_before = w["w3"]
        w["w3"] -= lr * d_o * h
        d_h = d_o * (w["w3"] if too_soon else w3_before) * h * (1 - h)
        w["w1"] -= lr * d_h * x
        return w

    src = (
        "import numpy as np\ndef sigmoid(v):\n    return 1 / (1 + np.exp(-v))\n"
        'weights = {"w1": 0.4, "w3": 0.7}\nh = sigmoid(weights["w1"] * 0.5)\no = sigmoid(weights["w3"] * h)\n'
        'dE_do = (o - 0.2) * o * (1 - o)\nweights["w3"] -= 0.5 * dE_do * h\n'
        'dE_dh = dE_do * weights["w3"] * h * (1 - h)\nweights["w1"] -= 0.5 * dE_dh * 0.5\nweights\n'
    )
    printed, meant = run(too_soon=True), run(too_soon=False)
    shown = "{" + ", ".join(f"'{k}': {v!r}" for k, v in printed.items()) + "}"
    got = findings(notebook(tmp_path, code(src, result=shown)))
    assert [(f["printed"], f["class"]) for f in got] == [(repr(printed["w1"]), "conceptual")]
    assert float(got[0]["expected"]) == pytest.approx(meant["w1"], abs=1e-12) and "updated_weights_backprop" in str(got[0])
    right = src.replace('weights["w3"] -= 0.5 * dE_do * h\n', "").replace(
        'weights["w1"] -= 0.5 * dE_dh * 0.5\n', 'weights["w1"] -= 0.5 * dE_dh * 0.5\nweights["w3"] -= 0.5 * dE_do * h\n'
    )
    shown_right = "{" + ", ".join(f"'{k}': {v!r}" for k, v in meant.items()) + "}"
    report = verify_document(notebook(tmp_path, code(right, result=shown_right)))
    assert report.to_json()["findings"] == [] and report.code_checked == 2


def test_np_where_is_evaluated(tmp_path: Path) -> None:
    # the ReLU derivative as np.where(z > 0, 1, 0): z = [-0.5, 0.3] gives [0, 1]; a planted 1 for the first is named
    src = "import numpy as np\nz = np.array([-0.5, 0.3])\nd = np.where(z > 0, 1.0, 0.0) * 0.25\nprint(d)\n"
    assert findings(notebook(tmp_path, code(src, "[0.   0.25]\n"))) == []
    (f,) = findings(notebook(tmp_path, code(src, "[0.25 0.25]\n")))
    assert f["class"] == "error" and float(f["expected"]) == 0.0


def test_the_loss_used_for_each_outputs_error_in_a_list_of_lists_notebook(tmp_path: Path) -> None:
    """GlowyStar's lab notebook: a time stamp printed first (nnwalk cannot know it: its line is passed over),
    weights as a list of lists updated in place, f"V{i}" labels (the word V0, not a number), and δ taken as
    the total loss times the slope, err·o(1 − o), where (t − o)·o(1 − o) belongs. Oracle: both recipes by hand."""
    x, t = [1.0, -1.0], [1.0, 0.0]

    def step(w: list[list[float]], own_error: bool) -> tuple[list[list[float]], list[float], float]:
        o = [sig(sum(w[k][j] * x[j] for j in range(2))) for k in range(2)]
        err = 0.5 * sum((t[k] - o[k]) ** 2 for k in range(2))
        d = [((t[k] - o[k]) if own_error else err) * o[k] * (1 - o[k]) for k in range(2)]
        return [[w[k][j] + 0.5 * d[k] * x[j] for j in range(2)] for k in range(2)], o, err

    src = (
        "import datetime\nimport numpy as np\nnow = datetime.datetime.now()\nprint(f'Date: {now}')\n"
        "x = [1.0, -1.0]\nt = [1.0, 0.0]\nw = [[0.5, -0.2], [-0.3, 0.4]]\n"
        "def act(v):\n    return 1 / (1 + np.exp(-v))\n"
        "for k in range(2):\n"
        "    res = [act(w[0][0] * x[0] + w[0][1] * x[1]), act(w[1][0] * x[0] + w[1][1] * x[1])]\n"
        "    err = 1/2*((t[0]-res[0])**2+(t[1]-res[1])**2)\n"
        "    d = [err*res[0]*(1-res[0]), err*res[1]*(1-res[1])]\n"
        "    for i in range(2):\n        for j in range(2):\n            w[i][j] += 0.5 * d[i] * x[j]\n"
        "    for i in range(2):\n        print(f'Weights of V{i}: {w[i]}')\n"
    )
    page_w = [[0.5, -0.2], [-0.3, 0.4]]
    true_w = [row[:] for row in page_w]
    out = "Date: 2023-05-10 07:52:00.300451\n"
    for _ in range(2):
        page_w, _o, _e = step(page_w, own_error=False)
        true_w, _o, _e = step(true_w, own_error=True)
        out += "".join(f"Weights of V{i}: {page_w[i]!r}\n" for i in range(2))
    got = findings(notebook(tmp_path, code(src, out)))
    first = [f for f in got if f["class"] == "conceptual"]
    assert first and "the network's loss" in first[0]["cause"] and "t[0] - res[0]" in first[0]["cause"]
    assert len(got) == 8  # all four weights of both steps (the first step's are wrong already)
    by_text = {f["printed"]: float(f["expected"]) for f in got}
    wrong_last = [v for row in page_w for v in row]
    assert all(repr(v) in by_text for v in wrong_last)  # every weight of the last step is named
    assert by_text[repr(page_w[1][1])] == pytest.approx(true_w[1][1], abs=1e-12)


def test_a_stale_name_read_through_an_index_is_replaced_and_keeps_its_index(tmp_path: Path) -> None:
    # x[0] starts where x does: the code as meant reads X[0] (0.05 · 0.1 = 0.005 after the update below), not X
    first = code("import numpy as np\nx = np.array([2.0, 9.0, 9.0])\nprint(x[0])\n", "2.0\n")
    src = "X = np.array([0.5, 1.5])\nw = 0.3 - 0.1 * X.sum() * x[0]\nprint(w)\n"
    printed = 0.3 - 0.1 * 2.0 * 2.0  # what the code gives with the stale x[0] = 2.0
    got = findings(notebook(tmp_path, first, code(src, f"{printed!r}\n", n=2)))
    assert [(f["printed"], f["class"]) for f in got] == [(repr(printed), "conceptual")]
    assert float(got[0]["expected"]) == pytest.approx(0.3 - 0.1 * 2.0 * 0.5, abs=1e-12)


def test_an_empty_bracket_in_an_output_is_no_value() -> None:
    # an indented listing read as output: "self.mask = (x <= 0)" has a bracket with no number in it
    from generator.verify.codecheck import read_items

    items = read_items("self.mask = (x <= 0)\nout[()] = 0.5\n", 100)
    assert items is not None and [[n.text for n in it.numbers] for it in items] == [["0"], ["0.5"]]


def test_a_column_of_ones_added_with_np_c_is_read(tmp_path: Path) -> None:
    # X with a column of ones (np.c_), W = (0.1, 0.2): net = 0.1 x + 0.2, the loss ½ Σ (y − σ(net))² worked here in
    # plain Python; a stale output of the same cell (0.6252, from another run) is named, the right one is not
    xs, ys = [0.1, 0.4, 0.8, 0.2], [0, 1, 1, 0]
    loss = sum(0.5 * (y - sig(0.1 * x + 0.2)) ** 2 for x, y in zip(xs, ys))
    src = (
        "import numpy as np\nX = np.array([0.1, 0.4, 0.8, 0.2])\ny = np.array([0, 1, 1, 0])\n"
        "X = np.c_[X, np.ones((X.shape[0]))]\nW = np.array([0.1, 0.2])\n"
        "out = 1 / (1 + np.exp(-np.dot(X, W)))\ntotal_loss = np.sum(0.5 * (y - out) ** 2)\ntotal_loss"
    )
    right = notebook(tmp_path, code(src, result=repr(loss)))
    assert findings(right) == [] and verify_document(right).code_checked == 1
    stale = notebook(tmp_path, code(src, result="0.62524314853197"))
    got = findings(stale)
    assert [(f["printed"], f["class"]) for f in got] == [("0.62524314853197", "error")]
    assert abs(float(got[0]["expected"]) - loss) < 1e-9


def test_text_joined_to_a_value_with_plus_is_printed_as_python_prints_it(tmp_path: Path) -> None:
    # Grokking Deep Learning's style: print("Pred:" + str(pred)). Worked by hand: pred = 8.5*0.1 + 0.65*0.2 + 1.2*(-0.1)
    # = 0.86, delta = pred - 1 = -0.14, the weight deltas delta * input = [-1.19, -0.091, -0.168]
    pred = 8.5 * 0.1 + 0.65 * 0.2 + 1.2 * -0.1
    delta = pred - 1
    deltas = [delta * v for v in (8.5, 0.65, 1.2)]
    src = (
        "weights = [0.1, 0.2, -.1]\ninput = [8.5, 0.65, 1.2]\npred = 0\nfor i in range(3):\n    pred += input[i] * weights[i]\n"
        "delta = pred - 1\nweight_deltas = [delta * v for v in input]\n"
        'print("Pred:" + str(pred))\nprint("Delta:" + str(delta) + " (pred - true)")\nprint("Weight Deltas:" + str(weight_deltas))\n'
    )
    good = f"Pred:{pred!r}\nDelta:{delta!r} (pred - true)\nWeight Deltas:{deltas!r}\n"
    assert not [f for f in findings(notebook(tmp_path, code(src, good))) if f["class"] != "ok"]
    report = verify_document(notebook(tmp_path, code(src, good))).summary()
    assert report["checked"] == 5  # pred, delta and the three weight deltas, each lined up with its print
    bad = good.replace(repr(deltas[1]), "-0.0901")  # one weight delta typed wrong (true -0.091)
    found = [f for f in findings(notebook(tmp_path, code(src, bad))) if f["class"] != "ok"]
    assert [(f["printed"], f["class"]) for f in found] == [("-0.0901", "error")]


def test_a_cell_indented_as_a_whole_is_read_as_ipython_runs_it(tmp_path: Path) -> None:
    """IPython takes a first line's indentation off every line of the cell (`` import numpy as np``); a cell so
    written is read, so the printed σ(0.5) = 0.622459 (by math below) is checked and a misprint is named."""
    a = sig(0.5)
    nb = notebook(
        tmp_path,
        code(" import numpy as np\n z = 0.5\n", n=1),
        code("a = 1 / (1 + np.exp(-z))\nprint(a)\nprint(a * 2)\n", f"{a:.6f}\n{2 * a + 0.01:.6f}\n", n=2),
    )
    got = findings(nb)
    assert [(f["printed"], float(f["expected"])) for f in got] == [(f"{2 * a + 0.01:.6f}", pytest.approx(2 * a, abs=6e-9))]
