"""The LaTeX handout: drawings with values in the nodes (checked), elided big layers, boxed results,
and the student version with every computed number blank.

Oracles: seed 002's published correct values (o_1 = 0.60648, o_2 = 0.63048 in the
walkthrough's 5-decimal rounding) and a NumPy forward pass written here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest

from generator.api import walkthrough
from generator.certify import verify_trace
from generator.cli import main
from generator.engine.trace import build_trace
from generator.errors import SpecError
from generator.render import pdf as pdfmod
from generator.render.document import render_body, view_model
from generator.spec.load import load_spec, parse_spec
from generator.verify.run import verify_text

ROOT = Path(__file__).resolve().parents[2]
SEED002 = ROOT / "specs" / "seed002.yaml"


def _section(tex: str, title: str) -> str:
    start = tex.index(f"\\section{{{title}}}")
    end = tex.find("\\section{", start + 10)
    return tex[start:end]


def test_forward_drawing_shows_each_activation_in_its_node() -> None:
    tex = str(walkthrough(load_spec(SEED002), ("tex",)).documents["tex"])
    fwd = _section(tex, "Forward pass")
    nodes = dict(re.findall(r"\\node\[neuron,label=[^\n]*\] \((n\d+_\d+)\) at [^\n]*\{\$([^$]*)\$\};", fwd))
    assert nodes["n2_0"] == "0.60648" and nodes["n2_1"] == "0.63048"  # seed 002's correct outputs
    assert nodes["n0_0"] == "0.05" and nodes["n0_1"] == "0.10"  # its inputs
    back = _section(tex, "Backward pass")
    deltas = dict(re.findall(r"\\node\[neuron,label=[^\n]*\] \((n\d+_\d+)\) at [^\n]*\{\$([^$]*)\$\};", back))
    assert set(deltas) == {"n1_0", "n1_1", "n2_0", "n2_1"}  # inputs have no delta: their nodes show names
    # delta_o1 = (o1 - t1) o1 (1 - o1) from the seed's printed values
    assert abs(float(deltas["n2_0"]) - (0.60648 - 0.01) * 0.60648 * (1 - 0.60648)) < 2e-5


def test_a_wrong_value_in_a_drawing_is_caught() -> None:
    tr = build_trace(load_spec(SEED002))
    vm = view_model(tr)
    bodies = {"md": render_body("md", vm), "tex": render_body("tex", vm)}
    assert verify_trace(tr, bodies).ok
    bad = dict(bodies, tex=bodies["tex"].replace("{$0.60648$};", "{$0.60635$};", 1))
    res = verify_trace(tr, bad)
    assert not res.ok and any("drawing" in p.message for p in res.problems)


def _wide_spec() -> str:
    rng = np.random.default_rng(3)
    w1 = np.round(rng.uniform(-0.5, 0.5, (10, 2)), 1).tolist()
    w2 = np.round(rng.uniform(-0.5, 0.5, (1, 10)), 1).tolist()
    return json.dumps(
        {
            "title": "Wide hidden layer",
            "network": {"layers": [2, 10, 1], "activations": ["sigmoid", "sigmoid"], "loss": "half_sse"},
            "parameters": {"weights": [w1, w2]},
            "data": {"inputs": [[0.5, -0.2]], "targets": [[0.3]]},
            "training": {"learning_rate": 0.5},
        }
    )


def test_layers_of_more_than_eight_neurons_are_drawn_elided_everywhere() -> None:
    spec = parse_spec(_wide_spec(), "<wide>")
    w = walkthrough(spec, ("md", "tex"))
    tex, md = str(w.documents["tex"]), str(w.documents["md"])
    arch = _section(tex, "Network architecture")
    drawn = set(re.findall(r"\\node\[neuron[^\]]*\] \(n1_(\d+)\)", arch))
    assert drawn == {"0", "1", "2", "8", "9"} and arch.count("$\\vdots$") == 1
    mermaid = md[md.index("```mermaid") : md.index("```", md.index("```mermaid") + 3)]
    assert set(re.findall(r"n1_(\d+)\(\(", mermaid)) == {"0", "1", "2", "8", "9"}
    ascii_block = md[md.index("```text") :].split("```")[1]
    assert "..." in ascii_block and "h" in ascii_block or "a" in ascii_block
    # every drawn node of the forward drawing holds the activation a NumPy forward pass gives
    x = np.array([0.5, -0.2])
    w1 = np.array(json.loads(_wide_spec())["parameters"]["weights"][0])
    h = 1 / (1 + np.exp(-(w1 @ x)))
    fwd = _section(tex, "Forward pass")
    for j in (0, 1, 2, 8, 9):
        shown = re.search(rf"\(n1_{j}\) at [^\n]*\{{\$([^$]*)\$\}};", fwd).group(1)
        assert abs(float(shown) - h[j]) < 1e-5


def test_headline_results_are_boxed() -> None:
    tex = str(walkthrough(load_spec(SEED002), ("tex",)).documents["tex"])
    assert "\\boxed{0.60648}" in tex and "\\boxed{0.63048}" in tex
    loss = _section(tex, "Loss")
    assert loss.count("\\boxed{") == 1  # the total, not its parts


def test_student_version_blanks_every_computed_number_and_keeps_the_given_ones() -> None:
    w = walkthrough(load_spec(SEED002), ("tex",), student=True)
    full, student = str(w.documents["tex"]), str(w.documents["student.tex"])
    for computed in ("0.60648", "0.63048", "0.50687", "0.02750"):
        assert computed in full and computed not in student
    for given in ("0.15", "0.05", "0.40", "0.55"):
        assert given in student
    assert student.count("\\underline{\\hspace{2.5cm}}") > 40
    assert "Verification certificate" not in student and "Student version" in student
    with pytest.raises(SpecError, match="no numeric equation"):  # nothing computed is left to check
        verify_text(student, "<student>", "tex", w.spec, 2)


def test_student_flag_writes_both_versions_and_refuses_matrix_form(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", str(SEED002), "--format", "tex", "--student", "-o", str(tmp_path / "a")]) == 0
    assert sorted(p.name for p in (tmp_path / "a").iterdir() if not p.name.startswith(".")) == [
        "seed002.student.tex",
        "seed002.tex",
    ]
    capsys.readouterr()
    assert main(["render", str(ROOT / "specs" / "seed003.yaml"), "--student", "-o", str(tmp_path / "b")]) == 2
    err = capsys.readouterr().err
    assert "matrix form" in err and "--student" in err and "Traceback" not in err
    assert not (tmp_path / "b").exists()


@pytest.mark.latex
@pytest.mark.skipif(not pdfmod.tex_available(), reason="TeX Live not installed (.ci/run installs it)")
def test_student_pdf_compiles_and_fits_the_page() -> None:
    w = walkthrough(load_spec(ROOT / "specs" / "seed004.yaml"), ("tex",), student=True)
    _pdf, log = pdfmod.build_pdf(str(w.documents["student.tex"]), "seed004.student")
    assert max(pdfmod.overfull_boxes(log), default=0.0) <= 10.0


_NUMBER = re.compile(r"(?<![\w.])-?\d+\.\d+(?![\d.]|cm)")
SCALAR_SPECS = [p.stem for p in sorted((ROOT / "specs").glob("*.yaml")) if "form: matrix" not in p.read_text()]


def _given(tr) -> set[str]:  # noqa: ANN001
    out: set[str] = set()
    for st in tr.steps[:1]:
        for layer in st.weights:
            out.update(n.latex for row in layer for n in row)
        for layer in st.biases or []:
            out.update(n.latex for n in layer)
    for xs, ts in tr.data:
        out.update(n.latex for n in (*xs, *ts))
    if tr.lr is not None:
        out.add(tr.lr.latex)
    return out


@pytest.mark.parametrize("name", SCALAR_SPECS)
def test_no_computed_number_leaks_into_a_student_version(name: str) -> None:
    """Every number the trace computes (and no spec gives) is absent from both student versions."""
    spec = load_spec(ROOT / "specs" / f"{name}.yaml")
    w = walkthrough(spec, ("md", "tex"), student=True)
    given = _given(w.trace)
    computed = {c.result.latex for c in w.trace.chains()} - given
    computed = {c for c in computed if _NUMBER.fullmatch(c)}
    assert len(computed) > 20
    for kind in ("student.md", "student.tex"):
        text = str(w.documents[kind])
        leaked = sorted(set(_NUMBER.findall(text)) & computed)
        assert not leaked, f"{name} {kind}: computed values printed: {leaked[:10]}"
    full = set(_NUMBER.findall(str(w.documents["md"])))
    assert len(full & computed) > 20  # the oracle itself finds the answers in the full version


def test_several_steps_get_a_pgfplots_plot_of_the_printed_losses_and_the_markdown_links_the_svg() -> None:
    w = walkthrough(load_spec(ROOT / "specs" / "bce.yaml"), ("md", "tex", "html"))
    tex, md, page = str(w.documents["tex"]), str(w.documents["md"]), str(w.documents["html"])
    steps = _section(tex, "Training steps")
    table = re.findall(r"^(?:\d+|after step \d+) & \$([-\d.]+)\$ \\\\$", steps, re.MULTILINE)
    coords = re.findall(r"\((\d+),([-\d.]+)\)", steps[steps.index("\\addplot") :])
    assert len(table) == 4 and [c[1] for c in coords] == table and [c[0] for c in coords] == ["1", "2", "3", "4"]
    assert "\\usepackage{pgfplots}" in tex
    assert "![Loss per training step, as printed in the table above](bce.loss.svg)" in md
    assert page.count('src="bce.loss.svg"') == 1  # the page shows it once, as a captioned figure
    files = dict(w.files("renamed"))
    assert "](renamed.loss.svg)" in str(files["renamed.md"]) and "renamed.loss.svg" in files
    one_step = str(walkthrough(load_spec(SEED002), ("md", "tex")).documents["tex"])
    assert "pgfplots" not in one_step and "\\addplot" not in one_step


def test_an_elided_layer_shows_its_ellipsis_in_mermaid_and_on_the_page() -> None:
    w = walkthrough(parse_spec(_wide_spec(), "<wide>"), ("md", "html"))
    md, page = str(w.documents["md"]), str(w.documents["html"])
    assert '  dots1(("⋮"))' in md and "  n0_0 ~~~ dots1" in md  # an invisible link puts it in its column
    svg = page[page.index("<svg") : page.index("</svg>")]
    assert svg.count("<circle") == 2 + 5 + 1 and svg.count("⋮") == 1
    dots_x = float(re.search(r'<text x="([\d.]+)"[^>]*font-size="20"[^>]*>⋮', svg).group(1))
    h1_x = sorted({float(x) for x in re.findall(r'<circle cx="([\d.]+)"', svg)})[1]
    assert dots_x == h1_x  # drawn in the hidden layer's column


def test_student_version_has_a_name_and_student_number_field() -> None:
    """Issue 16 point 4: ``--student`` handouts get the same name fields as the exam sheets; the full one does not."""
    w = walkthrough(load_spec(SEED002), ("md", "tex"), student=True)
    docs = {k: str(v) for k, v in w.documents.items()}
    assert "Name: ______________________________ · Student number: ______________" in docs["student.md"]
    assert "Name: \\makebox[7cm]{\\hrulefill} \\hfill Student number: \\makebox[4cm]{\\hrulefill}" in docs["student.tex"]
    assert "Student number" not in docs["md"] and "Student number" not in docs["tex"]
