"""Level 2 reads a page's matrices the way the page writes them (issue 15: documents as published).

A 2-2-1 sigmoid network written as many posts do (``X · W_1`` with W_1 printed inputs × outputs,
``W_2`` as a row, gradients in a table under a "gradient" column, the updated matrix printed
again under its old name). Expected values are worked here in plain Python from the givens,
independently of nnwalk's engine.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from generator.verify.run import verify_document

X, Y = [1.0, 2.0], 0.5
W1 = [[0.5, 0.6], [0.7, 0.8]]  # row i = input i (z = x W)
B1, W2, B2, ETA = [0.1, 0.2], [0.9, 0.1], 0.3, 0.1


def _sig(v: float) -> float:
    return 1 / (1 + math.exp(-v))


def _grads() -> tuple[list[list[float]], list[float]]:
    """∂L/∂W_1 in the page's layout (row i = input i) and ∂L/∂W_2, for L = ½(ŷ − y)²."""
    z1 = [X[0] * W1[0][j] + X[1] * W1[1][j] + B1[j] for j in range(2)]
    a1 = [_sig(v) for v in z1]
    yhat = _sig(a1[0] * W2[0] + a1[1] * W2[1] + B2)
    d2 = (yhat - Y) * yhat * (1 - yhat)
    d1 = [d2 * W2[j] * a1[j] * (1 - a1[j]) for j in range(2)]
    return [[X[i] * d1[j] for j in range(2)] for i in range(2)], [d2 * a1[j] for j in range(2)]


def _page(gw1: list[list[float]], gw2: list[float], new_w1: list[list[float]] | None = None) -> str:
    f = lambda v: f"{v:.4f}"  # noqa: E731
    z1 = [X[0] * W1[0][j] + X[1] * W1[1][j] + B1[j] for j in range(2)]
    text = (
        "## Setup\n\n$X = [1, 2]$, $y = 0.5$\n\n"
        "$W_1 = \\begin{bmatrix}0.5 & 0.6 \\\\ 0.7 & 0.8\\end{bmatrix}$, $b_1 = [0.1, 0.2]$\n\n"
        "$W_2 = [0.9, 0.1]$, $b_2 = 0.3$, $\\eta = 0.1$\n\n"
        f"$z_1 = X \\cdot W_1 + b_1 = [{z1[0]:.1f}, {z1[1]:.1f}]$\n\n"
        f"$a_1 = \\sigma(z_1) = [{f(_sig(z1[0]))}, {f(_sig(z1[1]))}]$\n\n"
        "$L = \\frac{1}{2}(\\hat{y} - y)^2$\n\n"
        "| parameter | gradient |\n|---|---|\n"
        f"| $W_2$ | $[{f(gw2[0])}, {f(gw2[1])}]$ |\n"
        f"| $W_1$ | $\\begin{{bmatrix}}{f(gw1[0][0])} & {f(gw1[0][1])} \\\\ {f(gw1[1][0])} & {f(gw1[1][1])}\\end{{bmatrix}}$ |\n"
    )
    if new_w1 is not None:
        text += (
            "\n$$\n\\therefore W_1 = \\begin{bmatrix}"
            f"{new_w1[0][0]:.5f} & {new_w1[0][1]:.5f} \\\\ {new_w1[1][0]:.5f} & {new_w1[1][1]:.5f}"
            "\\end{bmatrix}\n$$\n"
        )
    return text


def _named(path: Path) -> dict[tuple[int, str], str]:
    report = verify_document(path)
    assert report.level2 is not None, report.network_gap
    return {(f["line"], f["printed"]): f["class"] for f in report.to_json()["findings"] if f["class"] != "rounding"}


def test_a_square_weight_matrix_is_read_in_the_orientation_of_the_printed_forward_pass(tmp_path: Path) -> None:
    gw1, gw2 = _grads()
    doc = tmp_path / "page.md"
    doc.write_text(_page(gw1, gw2), encoding="utf-8")
    report = verify_document(doc)
    assert "W^(1) read as printed inputs × outputs" in report.network
    assert _named(doc) == {}, report.to_text()
    # every element of both gradients in the table was read and judged
    assert sum(1 for n in report.level2.items if n.key[0] == "gw") == 6


def test_a_transposed_gradient_in_a_table_is_named_as_the_known_mistake(tmp_path: Path) -> None:
    gw1, gw2 = _grads()
    assert abs(gw1[0][1] - gw1[1][0]) > 0.001  # the two swapped elements differ at the printed precision
    swapped = [[gw1[0][0], gw1[1][0]], [gw1[0][1], gw1[1][1]]]
    doc = tmp_path / "page.md"
    doc.write_text(_page(swapped, gw2), encoding="utf-8")
    named = _named(doc)
    assert sorted(named.values()) == ["conceptual", "conceptual"], named
    assert {p for _line, p in named} == {f"{gw1[1][0]:.4f}", f"{gw1[0][1]:.4f}"}


@pytest.mark.parametrize("slip", [0.0, 0.001])
def test_a_weight_matrix_printed_again_after_the_update_is_its_new_value(tmp_path: Path, slip: float) -> None:
    gw1, gw2 = _grads()
    new = [[W1[i][j] - ETA * gw1[i][j] for j in range(2)] for i in range(2)]
    new[1][0] += slip
    doc = tmp_path / "page.md"
    doc.write_text(_page(gw1, gw2, new), encoding="utf-8")
    named = _named(doc)
    assert named == ({} if not slip else {(len(doc.read_text().splitlines()) - 1, f"{new[1][0]:.5f}"): "error"}), named


def _bce_page(g2: str) -> str:
    """A 2-1-1 sigmoid network whose layers are W_1 (1×2) and W_2 (1×1), worked to four decimals (values in the test)."""
    s = lambda v: 1 / (1 + math.exp(-v))  # noqa: E731
    a1 = s(0.5)  # z_1 = 0.5·1 + (−0.5)·0 + 0
    yh = s(1.0 * a1)
    d2 = yh - 1.0  # BCE with a sigmoid output: dL/dz_2 = ŷ − y
    return (
        "$x = \\begin{bmatrix} 1 \\\\ 0 \\end{bmatrix}$, $y = 1$\n\n"
        "$W_1 = \\begin{bmatrix} 0.5 & -0.5 \\end{bmatrix}$, $b_1 = 0$, $W_2 = \\begin{bmatrix} 1 \\end{bmatrix}$, $b_2 = 0$\n\n"
        "$$z_1 = W_1 x + b_1 = (0.5)(1) + (-0.5)(0) + 0 = 0.5$$\n\n"
        f"$$a_1 = \\sigma(z_1) = \\frac{{1}}{{1 + e^{{-0.5}}}} \\approx {a1:.4f}$$\n\n"
        f"$$z_2 = W_2 a_1 + b_2 = 1 \\cdot {a1:.4f} + 0 = {a1:.4f}$$\n\n"
        f"$$\\hat{{y}} = \\sigma(z_2) \\approx {yh:.4f}$$\n\n"
        "$$L = -[y \\log(\\hat{y}) + (1 - y) \\log(1 - \\hat{y})]$$\n\n"
        f"$$\\frac{{dL}}{{dz_2}} = \\hat{{y}} - y = {yh:.4f} - 1 = {d2:.4f}$$\n\n"
        f"$$\\frac{{dL}}{{dW_2}} = \\frac{{dL}}{{dz_2}} \\cdot a_1 \\approx {g2}$$\n"
    )


def test_a_one_by_one_matrix_named_like_the_layers_is_a_layer_not_a_numbered_weight(tmp_path: Path) -> None:
    # W_1 = [0.5  −0.5] names layer 1's matrix, so W_2 = [1] is layer 2's (1×1), not the second numbered weight
    # (−0.5), and dL/dW_2 = (ŷ − y)·a_1 is layer 2's gradient: σ(0.5) = 0.622459, ŷ = σ(0.622459) = 0.650774,
    # (0.650774 − 1)(0.622459) = −0.217378 (hand-worked). Right: nothing named; one digit off: named.
    a1 = 1 / (1 + math.exp(-0.5))
    g2 = (1 / (1 + math.exp(-a1)) - 1) * a1
    assert f"{g2:.4f}" == "-0.2174"
    doc = tmp_path / "page.md"
    doc.write_text(_bce_page(f"{g2:.4f}"), encoding="utf-8")
    assert _named(doc) == {}, verify_document(doc).to_text()
    doc.write_text(_bce_page("-0.2274"), encoding="utf-8")
    named = _named(doc)
    assert list(named.values()) == ["error"] and list(named)[0][1] == "-0.2274", named
