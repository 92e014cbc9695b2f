"""Every bundled .tex, and an exam's key, sheet and booklets, compiles with latexmk -pdf and fits the page.

The handout rule: latexmk exits 0 (pdflatex, no shell escape) and no overfull box is wider than
10 pt, so long sums and wide matrices were broken or shrunk on purpose, not left to run off the page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.exam.run import generate
from generator.render import pdf as pdfmod

pytestmark = pytest.mark.latex

NEEDS_TEX = pytest.mark.skipif(not pdfmod.tex_available(), reason="TeX Live not installed (.ci/run installs it)")
ROOT = Path(__file__).resolve().parents[2]
BUNDLED = sorted(p.stem for p in (ROOT / "specs").glob("*.yaml"))
MAX_OVERFULL_PT = 10.0


def _compile_and_measure(tex: str, stem: str) -> None:
    pdf, log = pdfmod.build_pdf(tex, stem)  # raises with file, line and LaTeX message on failure
    assert pdf.startswith(b"%PDF") and len(pdf) > 1000
    assert "Undefined control sequence" not in log
    widths = pdfmod.overfull_boxes(log)
    assert max(widths, default=0.0) <= MAX_OVERFULL_PT, f"{stem}.tex: overfull boxes {sorted(widths, reverse=True)[:5]} pt"


@NEEDS_TEX
@pytest.mark.parametrize("name", BUNDLED)
def test_bundled_tex_compiles_and_fits_the_page(fresh, name: str) -> None:  # noqa: ANN001
    _compile_and_measure(fresh(name, "tex").read_text(encoding="utf-8"), name)


@NEEDS_TEX
def test_exam_key_sheet_and_booklets_compile_and_fit_the_page() -> None:
    _, files, _ = generate(str(ROOT / "specs" / "exam" / "exam_seed002.yaml"), 2, 11, ("tex",), jobs=1)
    names = [n for n in files if n.endswith(".tex")]
    assert {"exam_seed002_v001_key.tex", "exam_seed002_v001_questions.tex", "exam_seed002_keys_booklet.tex"} <= set(names)
    for name in names:
        _compile_and_measure(str(files[name]), name.removesuffix(".tex"))


def test_overfull_boxes_are_read_from_the_log() -> None:
    log = "Overfull \\hbox (15.62323pt too wide) detected at line 288\nOverfull \\hbox (3pt too wide) in paragraph\n"
    assert pdfmod.overfull_boxes(log) == [15.62323, 3.0]


def _random_spec(layers: list[int], acts: list[str], loss: str, m: int, rounding: dict | None, seed: int) -> str:
    """A spec with drawn weights (JSON is YAML): wide layers, batches and significant digits stress the layout."""
    import json

    import numpy as np

    rng = np.random.default_rng(seed)
    weights = [np.round(rng.uniform(-0.9, 0.9, (b, a)), 2).tolist() for a, b in zip(layers, layers[1:], strict=False)]
    inputs = np.round(rng.uniform(-1, 1, (m, layers[0])), 1).tolist()
    targets = np.round(rng.uniform(0.1, 0.9, (m, layers[-1])), 1).tolist()
    pres: dict = {"rounding": rounding} if rounding else {}
    return json.dumps(
        {
            "title": "Layout stress",
            "network": {"layers": layers, "activations": acts, "loss": loss},
            "parameters": {"weights": weights},
            "data": {"inputs": inputs, "targets": targets},
            "training": {"learning_rate": 0.5},
            "presentation": pres,
        }
    )


@NEEDS_TEX
@pytest.mark.parametrize(
    ("layers", "acts", "loss", "m", "rounding"),
    [
        ([2, 12, 1], ["tanh", "sigmoid"], "bce", 2, None),  # a 12-column matrix: more than amsmath's default 10
        ([6, 8, 8, 3], ["tanh", "tanh", "tanh"], "half_sse", 1, {"style": "significant", "digits": 4}),  # wide entries
    ],
)
def test_wide_layers_and_wide_numbers_still_fit_the_page(layers, acts, loss, m, rounding) -> None:  # noqa: ANN001
    from generator.api import walkthrough
    from generator.spec.load import parse_spec

    spec = parse_spec(_random_spec(layers, acts, loss, m, rounding, 5), "<stress>")
    w = walkthrough(spec, ("tex",), student=True)
    _compile_and_measure(str(w.documents["tex"]), "stress")
    _compile_and_measure(str(w.documents["student.tex"]), "stress.student")


@pytest.mark.parametrize("name", ["example", "seed001", "seed002", "seed004"])
def test_the_how_to_read_box_states_the_notation_as_the_markdown_does(root: Path, name: str) -> None:
    """Issue 16 point 7: the PDF's "how to read this" box had the rounding sentence but not the notation one."""
    md = (root / "output" / f"{name}.md").read_text(encoding="utf-8")
    tex = (root / "output" / f"{name}.tex").read_text(encoding="utf-8")
    sentence = md.split("**How to read this.** ", 1)[1].split(" Numbers are rounded", 1)[0]
    assert sentence.startswith("Notation: ")
    box = tex.split(r"\textbf{How to read this.} ", 1)[1].split(" Numbers are rounded", 1)[0]
    assert box == sentence.replace("—", "---")


def test_layout_minus_signs_in_diagram_labels_course_in_the_title_and_row_spacing(fresh) -> None:  # noqa: ANN001
    """Issue 16 point 9 (part): a negative weight's TikZ label is math (a real minus, not a hyphen); the course
    sits in the title block; table rows are spaced so a fraction in a cell keeps clear of the row above."""
    import yaml

    from generator import walkthrough

    tex = fresh("seed000", "tex").read_text(encoding="utf-8")
    assert "font=\\tiny] {$-0.3$}" in tex and "font=\\tiny] {-0.3}" not in tex  # seed 000's W^(1)_12 = -0.3
    assert "\\renewcommand{\\arraystretch}{1.3}" in tex
    data = yaml.safe_load((ROOT / "specs" / "example.yaml").read_text(encoding="utf-8"))
    data["course"] = "Neural Networks 101"
    out = str(walkthrough(data, ("tex",)).documents["tex"])
    title = out.split("\\title{", 1)[1].split("\n", 1)[0]
    assert "Neural Networks 101" in title and "\\begin{center}Neural Networks 101" not in out
