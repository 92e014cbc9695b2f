"""Issue 16 point 4 (part): the keys booklet opens with every variant's answers in one grid."""

from __future__ import annotations

import json

from paths import ROOT

from generator.exam.run import generate


def test_keys_booklets_open_with_a_grid_of_every_variants_answers() -> None:
    _, files, _ = generate(ROOT / "specs" / "exam" / "exam_seed002.yaml", 4, 9, ("md", "tex", "json"), jobs=1)
    md = files["exam_seed002_keys_booklet.md"]
    tex = files["exam_seed002_keys_booklet.tex"]
    assert md.startswith("# Answers of every variant") and "Answers of every variant" in tex.split("\\markright{", 2)[1]
    assert "Answers of every variant" not in files["exam_seed002_questions_booklet.md"]  # never on the students' sheets
    for v in range(1, 5):
        key = json.loads(files[f"exam_seed002_v{v:03d}_key.json"])
        cells = [q["answer"] for q in key["questions"]]
        code = key["variant"]["code"]
        assert f"| {v:03d} | `{code}` | " + " | ".join(cells) + " |" in md
        assert f"{v:03d} & \\texttt{{{code}}} & " + " & ".join(f"${c}$" for c in cells) + " \\\\" in tex
    # the grid comes before the first key
    assert md.index("Answers of every variant") < md.index("# Answer key — variant 001")
