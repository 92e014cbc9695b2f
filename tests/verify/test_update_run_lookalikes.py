"""Code that looks like a hand-written run of updates with a slip, and is right (a review's reproducers).

Sequential updates on purpose (momentum's velocity then the weights, AdaGrad's cache then the weights,
an averaged copy after the step, Gauss–Seidel coordinate descent, a recurrent state built from the one
before), a layer whose convention differs from another layer's or from an unrelated regression: none is
a slip, so nothing is reported. One real slip that pairs only the unit wrongly is judged against one
step of gradient descent whose gradient is taken by central finite differences in plain Python.

Oracles: each notebook's outputs are its code run with real NumPy (as Jupyter would show them).
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import numpy as np
import pytest

from generator.verify.run import verify_document

RIGHT = {
    "momentum": (
        "w = np.array([0.5, -0.3])\nv = np.zeros(2)\nx = np.array([1.0, 2.0])\ny = 1.0\nlr, mu = 0.1, 0.9\n"
        "for step in range(2):\n"
        "    g = 2 * (w[0] * x[0] + w[1] * x[1] - y)\n"
        "    v *= mu\n    v[0] -= lr * g * x[0]\n    v[1] -= lr * g * x[1]\n    w[0] += v[0]\n    w[1] += v[1]\n"
        '    print(step, "w =", w, "v =", v)\n'
    ),
    "adagrad": (
        "W1 = np.array([0.5, -0.3])\nb1 = np.array([0.1])\ncache_W1 = np.zeros(2)\ncache_b1 = np.zeros(1)\n"
        "x = np.array([1.0, 2.0])\ny = 1.0\nlr = 0.1\ny_hat = W1[0] * x[0] + W1[1] * x[1] + b1[0]\ng = 2 * (y_hat - y)\n"
        'print("prediction:", y_hat)\n'
        "cache_W1[0] += (g * x[0]) ** 2\ncache_W1[1] += (g * x[1]) ** 2\ncache_b1[0] += g ** 2\n"
        "W1[0] -= lr * g * x[0] / np.sqrt(cache_W1[0] + 1e-8)\nW1[1] -= lr * g * x[1] / np.sqrt(cache_W1[1] + 1e-8)\n"
        "b1[0] -= lr * g / np.sqrt(cache_b1[0] + 1e-8)\n"
        'print("W1 =", W1)\nprint("b1 =", b1)\n'
    ),
    "averaged_copy": (
        "W2 = np.array([0.5, -0.3])\nb2 = np.array([0.1])\nW1 = np.array([0.5, -0.3])\n"
        "x = np.array([1.0, 2.0])\ny = 1.0\nlr = 0.1\ntau = 0.1\ny_hat = W2[0] * x[0] + W2[1] * x[1] + b2[0]\n"
        "g = 2 * (y_hat - y)\nW2[0] -= lr * g * x[0]\nW2[1] -= lr * g * x[1]\nb2[0] -= lr * g\n"
        "W1[0] += tau * (W2[0] - W1[0])\nW1[1] += tau * (W2[1] - W1[1])\n"
        'print("online:", W2, b2)\nprint("averaged:", W1)\n'
    ),
    "tied_to_the_new_layer": (  # a penalty pulling W1 toward the updated W2, on purpose: no error passed back
        "W2 = np.array([0.5, -0.3])\nb2 = np.array([0.1])\nW1 = np.array([0.2, 0.4])\nx = np.array([1.0, 2.0])\ny = 1.0\n"
        "lr, lam = 0.1, 0.01\ng = 2 * (W2[0] * x[0] + W2[1] * x[1] + b2[0] - y)\n"
        "W2[0] -= lr * g * x[0]\nW2[1] -= lr * g * x[1]\nb2[0] -= lr * g\nW1[0] -= lam * W2[0]\nW1[1] -= lam * W2[1]\n"
        'print("W2:", W2, "W1:", W1)\n'
    ),
    "tied_with_the_learning_rate": (  # the same penalty, scaled by the learning rate both steps use: still no error
        "W2 = np.array([0.5, -0.3])\nb2 = np.array([0.1])\nW1 = np.array([0.2, 0.4])\nx = np.array([1.0, 2.0])\ny = 1.0\n"
        "lr, lam = 0.1, 0.01\ng = 2 * (W2[0] * x[0] + W2[1] * x[1] + b2[0] - y)\n"
        "W2[0] -= lr * g * x[0]\nW2[1] -= lr * g * x[1]\nb2[0] -= lr * g\nW1[0] -= lr * lam * W2[0]\nW1[1] -= lr * lam * W2[1]\n"
        'print("W2:", W2, "W1:", W1)\n'
    ),
    "a_penalty_written_out": (  # W1[0][0] * W1[0][0] is a square, not a forward product: the rows convention stands
        "def dense(W, a):\n    return np.dot(W, a)\nx = np.array([1.0, 2.0])\nt = np.array([1.0, 0.0])\n"
        "W1 = np.array([[0.1, 0.2], [0.3, 0.4]])\nb1 = np.zeros(2)\nlr, lam = 0.1, 0.01\no = dense(W1, x) + b1\ne = o - t\n"
        "penalty = lam * (W1[0][0] * W1[0][0] + W1[0][1] * W1[0][1] + W1[1][0] * W1[1][0] + W1[1][1] * W1[1][1])\n"
        'print("o =", o, "penalty =", penalty)\n'
        "W1[0][0] -= lr * e[0] * x[0]\nW1[0][1] -= lr * e[0] * x[1]\nW1[1][0] -= lr * e[1] * x[0]\nW1[1][1] -= lr * e[1] * x[1]\n"
        'b1[0] -= lr * e[0]\nb1[1] -= lr * e[1]\nprint("W1 =", W1)\nprint("b1 =", b1)\n'
    ),
    "a_fixed_search_direction": (  # a line search along one direction fixed before the loop: no stale forward pass
        "w = np.array([1.0, -0.5])\nX = np.array([[1.0, 2.0], [0.5, -1.0], [1.5, 0.3]])\nt = np.array([1.0, 0.0, 2.0])\n"
        "y = X @ w\ngrad = X.T @ (y - t)\nd = -grad / np.sqrt(np.sum(grad ** 2))\n"
        "for k in range(4):\n    w = w + 0.1 * d\n    print(w, np.sum((X @ w - t) ** 2))\n"
    ),
    "a_name_reused_before_the_loop": (  # h is the activation, then the finite-difference step the loop uses
        "def sig(v):\n    return 1 / (1 + np.exp(-v))\nx = 1.5\nw = 0.3\nt = 1.0\nh = sig(w * x)\nprint(h)\n"
        "def loss(w):\n    return 0.5 * (t - sig(w * x)) ** 2\nh = 1e-4\nlr = 2.0\n"
        "for epoch in range(3):\n    g = (loss(w + h) - loss(w - h)) / (2 * h)\n    w = w - lr * g\n    print(w, loss(w))\n"
    ),
    "gauss_seidel": (
        "x = np.array([[1.0, 2.0], [2.0, 1.0], [3.0, 4.0]])\nt = np.array([5.0, 4.0, 11.0])\n"
        "w = np.array([0.0, 0.0])\nb = np.array([0.0])\n"
        "w[0] += ((t[0] - x[0][0]*w[0] - x[0][1]*w[1] - b[0]) * x[0][0] + (t[1] - x[1][0]*w[0] - x[1][1]*w[1] - b[0]) * x[1][0]"
        " + (t[2] - x[2][0]*w[0] - x[2][1]*w[1] - b[0]) * x[2][0]) / 14.0\n"
        "w[1] += ((t[0] - x[0][0]*w[0] - x[0][1]*w[1] - b[0]) * x[0][1] + (t[1] - x[1][0]*w[0] - x[1][1]*w[1] - b[0]) * x[1][1]"
        " + (t[2] - x[2][0]*w[0] - x[2][1]*w[1] - b[0]) * x[2][1]) / 21.0\n"
        "b[0] += ((t[0] - x[0][0]*w[0] - x[0][1]*w[1] - b[0]) + (t[1] - x[1][0]*w[0] - x[1][1]*w[1] - b[0])"
        " + (t[2] - x[2][0]*w[0] - x[2][1]*w[1] - b[0])) / 3.0\n"
        'print("after one sweep: w =", w, " b =", b)\n'
    ),
    "recurrent_state": (
        "u = 0.7\nx = [1.0, 0.5, -0.2]\nstate = {'h': np.zeros(3), 'steps': np.zeros(1), 'seen': np.zeros(1)}\n"
        "state['h'][0] += np.tanh(u * x[0])\nstate['h'][1] = state['h'][0] + np.tanh(u * x[1])\n"
        "state['h'][2] = state['h'][1] + np.tanh(u * x[2])\nstate['steps'][0] += 3\nstate['seen'][0] += 1\n"
        'print("hidden states:", state["h"])\n'
    ),
    "two_conventions": (
        "x = np.array([1.0, 2.0])\nt = np.array([1.0, 0.0])\nW1 = np.array([[0.1, 0.2], [0.3, 0.4]])\nb1 = np.zeros(2)\n"
        "W2 = np.array([[0.5, 0.6], [0.7, 0.8]])\nb2 = np.zeros(2)\nlr = 0.1\nh = np.dot(W1, x) + b1\n"
        "o0 = h[0] * W2[0][0] + h[1] * W2[1][0] + b2[0]\no1 = h[0] * W2[0][1] + h[1] * W2[1][1] + b2[1]\n"
        'd = [o0 - t[0], o1 - t[1]]\nprint("h =", h)\nprint("o =", o0, o1)\n'
        "W2[0][0] -= lr * d[0] * h[0]\nW2[0][1] -= lr * d[1] * h[0]\nW2[1][0] -= lr * d[0] * h[1]\nW2[1][1] -= lr * d[1] * h[1]\n"
        'b2[0] -= lr * d[0]\nb2[1] -= lr * d[1]\nprint("W2 =", W2)\nprint("b2 =", b2)\n'
    ),
    "regression_then_a_layer": (
        "X = np.array([[1.0, 2.0], [2.0, 0.5], [3.0, 1.0]])\nw = np.array([0.1, 0.2])\npred = X @ w\n"
        'print("predictions:", pred)\n'
        "x = [1.0, 2.0]\nt = [1.0, 0.0]\nW1 = np.array([[0.1, 0.2], [0.3, 0.4]])\nb1 = np.array([0.0, 0.0])\n"
        "o0 = W1[0][0] * x[0] + W1[0][1] * x[1] + b1[0]\no1 = W1[1][0] * x[0] + W1[1][1] * x[1] + b1[1]\n"
        'e = [o0 - t[0], o1 - t[1]]\nprint("outputs:", o0, o1)\nlr = 0.1\n'
        "W1[0][0] -= lr * e[0] * x[0]\nW1[0][1] -= lr * e[0] * x[1]\nW1[1][0] -= lr * e[1] * x[0]\nW1[1][1] -= lr * e[1] * x[1]\n"
        'b1[0] -= lr * e[0]\nb1[1] -= lr * e[1]\nprint("W1 =", W1)\nprint("b1 =", b1)\n'
    ),
}

UNIT_ONLY = (
    "X = np.array([[2.0], [1.0]])\ny = 3.0\nW1 = np.array([[0.1, 0.2], [0.3, 0.4]])\nb1 = np.zeros((2, 1))\n"
    "W2 = np.array([[0.5], [0.6]])\nb2 = np.zeros((1, 1))\nA1 = np.dot(W1.T, X) + b1\n"
    'y_hat = (np.dot(W2.T, A1) + b2)[0][0]\nprint("y_hat =", y_hat)\n'
    "W1[0][0] += 0.01 * (y - y_hat) * W2[0][0] * X[0][0]\n"
    "W1[0][1] += 0.01 * (y - y_hat) * W2[0][0] * X[0][0]\n"  # the slip: unit 0's W2 for W1[0][1] (unit 1); X[0] is right
    "W1[1][0] += 0.01 * (y - y_hat) * W2[1][0] * X[1][0]\n"  # the slip: unit 1's W2 for W1[1][0] (unit 0); X[1] is right
    "W1[1][1] += 0.01 * (y - y_hat) * W2[1][0] * X[1][0]\n"
    "b1[0][0] += 0.01 * (y - y_hat) * W2[0][0]\nb1[1][0] += 0.01 * (y - y_hat) * W2[1][0]\n"
    'print("W1 =", W1)\n'
)


def notebook(tmp_path: Path, body: str) -> Path:
    src = "import numpy as np\n" + body
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(src, {})  # noqa: S102 - the test's own notebook, run to make what Jupyter would have shown
    cell = {
        "cell_type": "code",
        "execution_count": 1,
        "metadata": {},
        "source": src,
        "outputs": [{"output_type": "stream", "name": "stdout", "text": out.getvalue()}],
    }
    path = tmp_path / "nb.ipynb"
    path.write_text(json.dumps({"cells": [cell], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}))
    return path


@pytest.mark.parametrize("name", sorted(RIGHT))
def test_right_sequential_updates_are_not_slips(tmp_path: Path, name: str) -> None:
    report = verify_document(notebook(tmp_path, RIGHT[name]))
    assert report.to_json()["findings"] == []
    assert report.code_checked >= 2


def test_a_weight_paired_with_the_wrong_unit_only_is_judged_against_gradient_descent(tmp_path: Path) -> None:
    def loss(w1: list[list[float]]) -> float:
        x, w2 = [2.0, 1.0], [0.5, 0.6]
        a1 = [w1[0][k] * x[0] + w1[1][k] * x[1] for k in range(2)]  # W1.T @ X: W1[i][k] joins input i to unit k
        return 0.5 * (3.0 - (w2[0] * a1[0] + w2[1] * a1[1])) ** 2

    w1, right = [[0.1, 0.2], [0.3, 0.4]], []
    for i in range(2):
        for k in range(2):
            up = [row[:] for row in w1]
            down = [row[:] for row in w1]
            up[i][k] += 1e-6
            down[i][k] -= 1e-6
            right.append(w1[i][k] - 0.01 * (loss(up) - loss(down)) / 2e-6)
    found = verify_document(notebook(tmp_path, UNIT_ONLY)).to_json()["findings"]
    assert [f["printed"] for f in found] == ["0.2227", "0.31362"]  # W1[0][1] and W1[1][0]; the diagonal is right
    assert [float(f["expected"]) for f in found] == pytest.approx([right[1], right[2]], abs=1e-6)
    assert found[0]["class"] == "conceptual" and found[0].get("mistake") == "transposed_index"
    assert np.isclose(right[0], 0.1 + 0.01 * (3.0 - 0.5 * 0.5 - 0.6 * 0.8) * 0.5 * 2.0)  # the oracle by hand, once


def test_a_unit_slip_with_an_error_kept_at_a_fixed_index_moves_only_the_units_terms(tmp_path: Path) -> None:
    """The same slip with the output's error kept in ``d2[0]``: d2 is neither the unit's nor the input's (its index
    is 0 for every weight), so the repaired update keeps it; one step of gradient descent by finite differences."""
    body = UNIT_ONLY.replace('print("y_hat =", y_hat)\n', 'print("y_hat =", y_hat)\nd2 = np.array([y - y_hat, 0.0])\n')
    body = body.replace("(y - y_hat)", "d2[0]")
    found = verify_document(notebook(tmp_path, body)).to_json()["findings"]
    assert [f["printed"] for f in found] == ["0.2227", "0.31362"]
    assert [float(f["expected"]) for f in found] == pytest.approx([0.22724, 0.31135], abs=1e-6)  # the oracle above


def test_a_page_of_many_loops_that_move_parameters_is_not_looked_into(tmp_path: Path) -> None:
    """A hostile cell of 400 loops, each changing W from a value made before it (the rewritten program would grow
    with their square: minutes for 1,500): past twelve such loops the stale-forward-pass rule says nothing, and the
    cell's one print is still checked."""
    body = "W = np.array([1.0])\nz = [W]\n" + "z[0] = W + 1\nfor i in range(1):\n    W = W - z[0] * 0.0\n" * 400 + "print(W)\n"
    report = verify_document(notebook(tmp_path, body))
    assert report.to_json()["findings"] == [] and report.code_checked == 1
