"""Level 2 on a network given as a plain-text listing, the way a lab hand-out writes it in a fence without a language.

``W1 = [[…],`` broken over lines, ``y = 1  (positive class)``, ``z1 = W1 @ x + b1``, ``W2`` printed as a column
(``z2 = W2.T @ a1``), ``a1 = ReLU(z1)``, binary cross-entropy, and result-only lines such as
``dL/db2 = dL/dz2 = -0.2870``. Every expected value is computed here with NumPy from the givens, written out
by hand (the forward pass, ∂L/∂z2 = a2 − y for sigmoid with BCE, the chain rule), not by nnwalk.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from generator.verify.run import verify_document

X = np.array([2.0, 1.0])
Y = 1.0
W1 = np.array([[0.2, 0.1], [0.4, 0.3], [0.6, 0.5]])  # outputs x inputs: z1 = W1 @ x
W2 = np.array([0.5, 0.6, 0.7])  # printed as a column: z2 = W2.T @ a1


def _truth() -> dict[str, np.ndarray | float]:
    z1 = W1 @ X
    a1 = np.maximum(z1, 0.0)
    z2 = float(W2 @ a1)
    a2 = 1.0 / (1.0 + np.exp(-z2))
    loss = -(Y * np.log(a2) + (1 - Y) * np.log(1 - a2))
    dz2 = a2 - Y  # sigmoid with binary cross-entropy
    da1 = W2 * dz2
    dz1 = da1 * (z1 > 0)
    return {"z1": z1, "a1": a1, "z2": z2, "a2": a2, "L": loss, "dz2": dz2, "dW2": dz2 * a1, "da1": da1, "dz1": dz1}


def _v(x: float) -> str:
    return f"{x:.4f}"


def _vec(v: np.ndarray) -> str:
    return "[" + ", ".join(_v(x) for x in v) + "]"


def _doc(tmp_path: Path, slips: dict[str, str] | None = None) -> Path:
    """The hand-out, with the printed value of a line replaced where ``slips`` says (key: the line's name)."""
    t = _truth()
    printed = {
        "a2": _v(t["a2"]),
        "L": _v(t["L"]),
        "dL/dz2": _v(t["dz2"]),
        "dL/dW2": _vec(t["dW2"]),
        "dL/db2": _v(t["dz2"]),
        "dL/da1": _vec(t["da1"]),
        "dL/db1": _vec(t["dz1"]),
    }
    printed.update(slips or {})
    z1 = t["z1"]
    text = f"""\
# A 2-3-1 network by hand

```
x = [2, 1]
y = 1  (positive class)
```
```
W1 = [[0.2, 0.1],
      [0.4, 0.3],
      [0.6, 0.5]]

b1 = [0, 0, 0]

W2 = [[0.5],
      [0.6],
      [0.7]]
b2 = [0]
```
Loss: binary cross-entropy.
```
z1 = W1 @ x + b1 = [0.2*2 + 0.1*1, 0.4*2 + 0.3*1, 0.6*2 + 0.5*1] = {_vec(z1)}
a1 = ReLU(z1) = {_vec(t["a1"])}
z2 = W2.T @ a1 + b2 = 0.5*{_v(z1[0])} + 0.6*{_v(z1[1])} + 0.7*{_v(z1[2])} + 0 = {_v(t["z2"])}
a2 = sigmoid(z2) = {printed["a2"]}
L = -[y*log(a2) + (1-y)*log(1-a2)] = {printed["L"]}
```
```
dL/dz2 = a2 - y = {printed["dL/dz2"]}
dL/dW2 = dL/dz2 * a1 = {printed["dL/dW2"]}
dL/db2 = dL/dz2 = {printed["dL/db2"]}
dL/da1 = W2 * dL/dz2 = {printed["dL/da1"]}
dL/db1 = dL/dz1 = {printed["dL/db1"]}
```
"""
    path = tmp_path / "listing.md"
    path.write_text(text, encoding="utf-8")
    return path


def _line(path: Path, start: str) -> int:
    return next(n for n, s in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1) if s.startswith(start))


def _named(path: Path) -> dict[int, str]:
    report = verify_document(path)
    assert report.level2 is not None, report.network_gap
    return {f["line"]: f["class"] for f in report.to_json()["findings"] if f["class"] != "rounding"}


def test_the_listing_is_read_as_the_network_and_a_clean_page_passes(tmp_path: Path) -> None:
    path = _doc(tmp_path)
    report = verify_document(path)
    assert report.level2 is not None, report.network_gap
    account = str(report.to_json()["network"])
    assert "2-3-1" in account and "relu/sigmoid" in account and "bce" in account, account
    assert "W^(2) printed inputs × outputs" in account, account  # W1 as printed, W2 turned: one each way
    assert _named(path) == {}


@pytest.mark.parametrize(
    ("name", "index"),
    [("dL/db2", None), ("dL/db1", 1), ("dL/da1", 2), ("dL/dW2", 0)],
)
def test_a_wrong_result_only_value_is_named(tmp_path: Path, name: str, index: int | None) -> None:
    t = _truth()
    if index is None:
        slip = _v(t["dz2"] + 0.01)
    else:
        vec = {"dL/db1": t["dz1"], "dL/da1": t["da1"], "dL/dW2": t["dW2"]}[name].copy()
        vec[index] += 0.01
        slip = _vec(vec)
    path = _doc(tmp_path, {name: slip})
    assert _line(path, name) in _named(path)


def test_the_output_slope_taken_twice_with_cross_entropy_is_named_as_that_mistake(tmp_path: Path) -> None:
    # with binary cross-entropy on a sigmoid output ∂L/∂z2 = a2 − y; a page that multiplies by a2(1 − a2) once more
    # prints (a2 − y)·a2(1 − a2), computed here by hand from the same a2
    t = _truth()
    twice = _v(t["dz2"] * t["a2"] * (1 - t["a2"]))
    path = _doc(tmp_path, {"dL/dz2": twice})
    found = {f["line"]: f for f in verify_document(path).to_json()["findings"] if f["class"] != "rounding"}
    first = found[_line(path, "dL/dz2")]
    assert first["class"] == "conceptual" and first["mistake"] == "slope_applied_twice", first
    assert float(first["expected"]) == pytest.approx(float(_v(t["dz2"])), abs=1e-4)


def test_an_activation_one_unit_off_its_unprinted_operands_is_rounding_two_units_an_error(tmp_path: Path) -> None:
    a2 = _truth()["a2"]
    near = _doc(tmp_path, {"a2": _v(round(a2, 4) + 0.0001)})
    report = verify_document(near).to_json()["findings"]
    line = _line(near, "a2 =")
    assert [f["class"] for f in report if f["line"] == line] in ([], ["rounding"])
    far = _doc(tmp_path, {"a2": _v(round(a2, 4) + 0.0002)})
    assert _line(far, "a2 =") in {f["line"] for f in verify_document(far).to_json()["findings"] if f["class"] == "error"}


def test_the_hidden_activation_is_the_one_whose_values_the_page_prints(tmp_path: Path) -> None:
    """A slide computes ReLU(z) and a later general formula writes σ(z^{(1)}): ReLU is what the numbers show.

    By hand: z1 = (0.2·0.5 + 0.4·0.8 + 0.1, 0.3·0.5 + 0.1·0.8 − 0.1, 0.5·0.5 + 0.2·0.8) = (0.52, 0.13, 0.41);
    ReLU keeps them (σ would give 0.63, 0.53, 0.60); z2 = 0.6·0.52 + 0.3·0.13 + 0.4·0.41 − 0.2 = 0.315.
    """
    doc = tmp_path / "slides.tex"
    doc.write_text(
        "Input: $\\mathbf{x} = \\begin{pmatrix} 0.5 \\\\ 0.8 \\end{pmatrix}$, target $y = 1$\n"
        "$$W^{(1)} = \\begin{pmatrix} 0.2 & 0.4 \\\\ 0.3 & 0.1 \\\\ 0.5 & 0.2 \\end{pmatrix}$$\n"
        "$b^{(1)} = \\begin{pmatrix} 0.1 \\\\ -0.1 \\\\ 0.0 \\end{pmatrix}$\n"
        "$$W^{(2)} = \\begin{pmatrix} 0.6 & 0.3 & 0.4 \\end{pmatrix}$$\n$b^{(2)} = -0.2$\n"
        "$$z^{(1)} = \\begin{pmatrix} 0.52 \\\\ 0.13 \\\\ 0.41 \\end{pmatrix}$$\n"
        "$a^{(1)} = \\text{ReLU}(z^{(1)}) = \\begin{pmatrix} 0.52 \\\\ 0.13 \\\\ 0.41 \\end{pmatrix}$\n"
        "$$z^{(2)} = 0.6(0.52) + 0.3(0.13) + 0.4(0.41) - 0.2 = 0.315$$\n"
        "$\\hat{y} = \\sigma(0.315) = 0.578$, $L = \\frac{1}{2}(1 - 0.578)^2 = 0.089$\n\n"
        "In general: $a^{(1)} = \\sigma(z^{(1)})$ for a sigmoid network.\n",
        encoding="utf-8",
    )
    report = verify_document(doc)
    assert report.level2 is not None, report.network_gap
    assert "relu/sigmoid" in str(report.to_json()["network"])
    assert [f for f in report.to_json()["findings"] if f["class"] != "rounding"] == []
