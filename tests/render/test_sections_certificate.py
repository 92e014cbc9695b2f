"""Issue 16 point 8: ``presentation.sections`` may leave the certificate out of a handout; the JSON keeps it.

The checks are made all the same (a wrong number still stops the render); only the printed section goes.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from generator.cli import main

ROOT = Path(__file__).resolve().parents[2]


def _spec(tmp_path: Path, sections: list[str] | None) -> Path:
    data = yaml.safe_load((ROOT / "specs" / "example.yaml").read_text(encoding="utf-8"))
    if sections is not None:
        data.setdefault("presentation", {})["sections"] = sections
    p = tmp_path / "handout.yaml"
    p.write_text(yaml.safe_dump(data), encoding="utf-8")
    return p


def test_a_handout_without_the_certificate_section(tmp_path: Path) -> None:
    spec = _spec(tmp_path, ["architecture", "formulas", "forward", "loss", "backward", "update"])
    assert main(["render", str(spec), "-o", str(tmp_path / "out"), "--format", "md,tex,json"]) == 0
    md = (tmp_path / "out" / "handout.md").read_text(encoding="utf-8")
    tex = (tmp_path / "out" / "handout.tex").read_text(encoding="utf-8")
    assert "Verification certificate" not in md and "certificate at the end" not in md
    assert "Verification certificate" not in tex and "certificate at the end" not in tex
    assert tex.rstrip().endswith(r"\end{document}") and tex.count(r"\end{document}") == 1
    assert "## Weight update" in md  # the listed sections are all there
    key = json.loads((tmp_path / "out" / "handout.json").read_text(encoding="utf-8"))
    assert key["verification"]["checked"] == key["verification"]["passed"] > 500  # the checks were made; the JSON says so
    assert main(["verify", str(tmp_path / "out" / "handout.md")]) == 0


def test_the_default_sections_keep_the_certificate(tmp_path: Path) -> None:
    assert main(["render", str(_spec(tmp_path, None)), "-o", str(tmp_path / "out"), "--format", "md"]) == 0
    md = (tmp_path / "out" / "handout.md").read_text(encoding="utf-8")
    assert "## Verification certificate" in md and "[Verification certificate](#verification-certificate)" in md


def test_a_student_version_without_the_certificate_still_ends_with_its_answers_note(tmp_path: Path) -> None:
    spec = _spec(tmp_path, ["architecture", "forward", "loss", "backward", "update"])
    assert main(["render", str(spec), "-o", str(tmp_path / "out"), "--format", "md", "--student"]) == 0
    student = next((tmp_path / "out").glob("*student*.md")).read_text(encoding="utf-8")
    assert "## Answers" in student and "[Answers](#answers)" in student


@pytest.mark.skipif(shutil.which("latexmk") is None, reason="TeX Live is not installed")
def test_the_pdf_without_the_certificate_compiles(tmp_path: Path) -> None:
    spec = _spec(tmp_path, ["architecture", "forward", "loss", "backward", "update"])
    assert main(["render", str(spec), "-o", str(tmp_path / "out"), "--format", "pdf"]) == 0
    assert (tmp_path / "out" / "handout.pdf").stat().st_size > 10_000
