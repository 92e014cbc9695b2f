"""Issue 16 point 1: every question sheet and every LMS item says what to compute with.

A student who sees only the sheet, or only one Moodle/QTI/Canvas item, must find each layer's
activation (named, with its formula), the loss as a formula, the learning rate with the update
rule, and the rounding instruction. The expected texts are written here from the definitions,
not taken from nnwalk's output.
"""

from __future__ import annotations

import html
import io
import zipfile
from pathlib import Path

import pytest
from test_variants import EXAM

from generator.exam.run import generate

SIGMOID = r"\sigma(z) = \frac{1}{1 + e^{-z}}"
TANH = r"\tanh(z) = \frac{e^{z} - e^{-z}}{e^{z} + e^{-z}}"


def _texts(files: dict, stem: str) -> dict[str, str]:
    """Sheet texts (md, tex) and LMS item texts (HTML decoded once, as MathJax reads them)."""
    out = {"md": files[f"{stem}_v001_questions.md"], "tex": files[f"{stem}_v001_questions.tex"]}
    out["moodle"] = html.unescape(files[f"{stem}_moodle.xml"])
    qti = [v for k, v in files.items() if k.startswith(f"{stem}_qti/") and "_v001" in k]
    assert qti, sorted(files)
    out["qti"] = html.unescape(qti[0])
    with zipfile.ZipFile(io.BytesIO(files[f"{stem}_canvas.zip"])) as z:
        out["canvas"] = html.unescape(html.unescape("".join(z.read(n).decode() for n in z.namelist() if n.endswith(".xml"))))
    return out


@pytest.fixture(scope="module")
def bundled() -> dict[str, str]:
    _, files, _ = generate(EXAM, 1, 3, ("md", "tex", "json", "moodle", "qti", "canvas"), jobs=1)
    return _texts(files, "exam_seed002")


@pytest.mark.parametrize("fmt", ["md", "tex", "moodle", "qti", "canvas"])
def test_bundled_exam_states_activations_loss_update_and_rounding(bundled: dict[str, str], fmt: str) -> None:
    text = bundled[fmt]
    # exam_seed002: 2-2-2 sigmoid/sigmoid, half SSE, eta = 0.5, numbered notation (E_total), no biases
    assert "Hidden layer: sigmoid" in text or "hidden layer: sigmoid" in text
    assert "utput layer: sigmoid" in text and SIGMOID in text
    assert r"E_{\text{total}} = \frac{1}{2} \sum_{k} \left(t_k - a_k\right)^2" in text
    assert r"\theta^{\text{new}} = \theta - \eta \, \frac{\partial E_{\text{total}}}{\partial \theta}" in text
    assert r"\eta = 0.5" in text
    assert "Round every intermediate result to 5 decimal places" in text.replace("\n", " ")


def test_tanh_and_binary_cross_entropy_are_stated(tmp_path: Path) -> None:
    spec = tmp_path / "tanh_bce.yaml"
    spec.write_text(
        EXAM.read_text(encoding="utf-8")
        .replace("activations: [sigmoid, sigmoid]", "activations: [tanh, sigmoid]")
        .replace("loss: half_sse", "loss: bce"),
        encoding="utf-8",
    )
    _, files, _ = generate(spec, 1, 3, ("md", "tex", "json", "moodle", "qti", "canvas"), jobs=1)
    for fmt, text in _texts(files, "tanh_bce").items():
        assert TANH in text and SIGMOID in text, fmt
        assert r"E_{\text{total}} = -\sum_{k} \left(t_k \ln a_k + (1 - t_k) \ln(1 - a_k)\right)" in text, fmt


def test_sheets_have_name_fields_and_room_for_the_working(bundled: dict[str, str]) -> None:
    """Issue 16 point 4 (part): a name and student-number field, and a working box above each answer box."""
    for fmt in ("md", "tex"):
        assert "Name:" in bundled[fmt] and "Student number:" in bundled[fmt], fmt
    tex = bundled["tex"]
    assert tex.count("Working:") == tex.count("Answer: \\framebox") == 6  # the six questions of exam_seed002
    assert "\\parbox[t][3.2cm]" in tex
