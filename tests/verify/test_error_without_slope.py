"""A hidden error passed back without the output's slope, as in Rashid's *Make Your Own Neural Network*.

``hidden_errors = np.dot(who.T, output_errors)`` while ``who`` is updated with
``output_errors * final * (1 - final)``: the notebook's own printed numbers follow from its code, but
backpropagation passes back Wᵀ(E·o(1 − o)). The pages are written here with values computed in this file
with NumPy: the printed run is the code's (the shortcut), and the values they should have been come from
backpropagation written out by hand below, not from nnwalk.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from generator.verify.run import verify_document

X = np.array([[0.9], [0.1], [0.8]])
T = np.array([[0.6], [0.8], [0.5]])
W1 = np.array([[0.9, 0.3, 0.4], [0.2, 0.8, 0.2], [0.1, 0.5, 0.6]])
W2 = np.array([[0.3, 0.7, 0.5], [0.6, 0.5, 0.2], [0.8, 0.1, 0.9]])
STEPS, LR = 20, 0.5


def _sig(v: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-v))


def _train(shortcut: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(output, W1, W2) after STEPS steps; ``shortcut``: the hidden error is W2ᵀE (the page's code)."""
    w1, w2 = W1.copy(), W2.copy()
    for _ in range(STEPS):
        h = _sig(w1 @ X)
        o = _sig(w2 @ h)
        e = T - o
        delta_o = e * o * (1 - o)  # -dL/dz at the output for L = ½Σ(t − o)²
        back = w2.T @ (e if shortcut else delta_o)  # backpropagation: W2ᵀ δ
        w2 = w2 + LR * delta_o @ h.T
        w1 = w1 + LR * (back * h * (1 - h)) @ X.T
    return _sig(w2 @ _sig(w1 @ X)), w1, w2


PASS_BACK = {
    "dot": "hidden_errors = np.dot(who.T, output_errors)",
    "matmul_operator": "hidden_errors = who.T @ output_errors",
    "method": "hidden_errors = who.T.dot(output_errors)",
}


def _page(tmp_path: Path, pass_back: str, printed: np.ndarray) -> Path:
    code = f"""\
import numpy as np
import scipy.special
activation = lambda x: scipy.special.expit(x)
inputs = np.array([[0.9], [0.1], [0.8]])
targets = np.array([[0.6], [0.8], [0.5]])
wih = np.array([[0.9, 0.3, 0.4], [0.2, 0.8, 0.2], [0.1, 0.5, 0.6]])
who = np.array([[0.3, 0.7, 0.5], [0.6, 0.5, 0.2], [0.8, 0.1, 0.9]])
for i in range({STEPS}):
    hidden = activation(np.dot(wih, inputs))
    final = activation(np.dot(who, hidden))
    output_errors = targets - final
    {pass_back}
    who += {LR} * np.dot(output_errors * final * (1 - final), hidden.T)
    wih += {LR} * np.dot(hidden_errors * hidden * (1 - hidden), inputs.T)
final = activation(np.dot(who, activation(np.dot(wih, inputs))))
print(final)
"""
    out = "\n ".join(f"[{v:.8f}]" for v in printed.ravel())
    path = tmp_path / "rashid.md"
    path.write_text(f"# Training\n\n```python\n{code}```\n\n```\n[{out}]\n```\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("form", sorted(PASS_BACK))
def test_the_shortcut_is_named_with_what_backpropagation_gives(tmp_path: Path, form: str) -> None:
    printed, _w1, _w2 = _train(shortcut=True)
    right, _w1, _w2 = _train(shortcut=False)
    assert np.abs(printed - right).max() > 1e-4  # the two trainings differ at the printed digits
    path = _page(tmp_path, PASS_BACK[form], printed)
    found = [f for f in verify_document(path).to_json()["findings"] if f["class"] != "rounding"]
    assert len(found) == 3, found
    assert found[0]["class"] == "conceptual" and "without the output's slope" in found[0]["cause"], found[0]
    assert {f["class"] for f in found[1:]} <= {"propagated", "conceptual"}
    for f, want in zip(found, right.ravel(), strict=True):
        assert float(f["expected"]) == pytest.approx(want, abs=1e-7)


def test_a_page_that_passes_back_the_delta_has_nothing_to_name(tmp_path: Path) -> None:
    right, _w1, _w2 = _train(shortcut=False)
    path = _page(tmp_path, "hidden_errors = np.dot(who.T, output_errors * final * (1 - final))", right)
    assert [f for f in verify_document(path).to_json()["findings"] if f["class"] != "rounding"] == []
