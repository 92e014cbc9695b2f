"""Class booklets: one LaTeX document per booklet, compiled once, variant id and code on every page."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from generator.pdf import tex_available
from generator.variant_run import generate

EXAM = Path(__file__).resolve().parent.parent / "specs" / "exam" / "exam_seed002.yaml"


def test_markdown_booklets_join_every_variant() -> None:
    _, files, _ = generate(EXAM, 3, 5, ("md",), jobs=1)
    sheets = files["exam_seed002_questions_booklet.md"]
    keys = files["exam_seed002_keys_booklet.md"]
    for v in (1, 2, 3):
        assert files[f"exam_seed002_v{v:03d}_questions.md"].rstrip("\n") in sheets
        assert files[f"exam_seed002_v{v:03d}_key.md"].rstrip("\n") in keys
    assert sheets.count("page-break-after") == 2


@pytest.mark.latex
@pytest.mark.skipif(not tex_available() or shutil.which("pdftotext") is None, reason="needs TeX Live and pdftotext")
def test_pdf_booklets_carry_the_code_on_every_page_and_are_reproducible(tmp_path: Path) -> None:
    _, files, _ = generate(EXAM, 3, 5, ("pdf",), jobs=1)
    assert "exam_seed002_keys_booklet.tex" in files  # the .tex stays beside the PDF
    assert not any("_v00" in k for k in files)  # pdf alone: the booklets, not N separate documents
    for name in ("questions", "keys"):
        pdf = tmp_path / f"{name}.pdf"
        pdf.write_bytes(files[f"exam_seed002_{name}_booklet.pdf"])
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        pages = [p for p in text.split("\f") if p.strip()]
        assert len(pages) >= 3
        for page in pages:
            head = page.strip().splitlines()[0]
            assert "variant 00" in head and "S5-V00" in head, head
    _, again, _ = generate(EXAM, 3, 5, ("pdf",), jobs=2)
    assert again["exam_seed002_keys_booklet.pdf"] == files["exam_seed002_keys_booklet.pdf"]
    assert again["exam_seed002_questions_booklet.pdf"] == files["exam_seed002_questions_booklet.pdf"]
