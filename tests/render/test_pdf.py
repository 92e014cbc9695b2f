"""``--format pdf``: latexmk without shell escape, clear errors, nothing partial, a readable PDF."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from generator.cli import main
from generator.errors import NnwalkError
from generator.render import pdf as pdfmod

pytestmark = pytest.mark.latex
NEEDS_TEX = pytest.mark.skipif(not pdfmod.tex_available(), reason="TeX Live not installed (.ci/run installs it)")


@NEEDS_TEX
def test_pdf_is_written_beside_its_tex_and_is_readable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", "--format", "pdf", "-o", str(tmp_path)]) == 0
    capsys.readouterr()
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == ["example.pdf", "example.tex"]
    assert (tmp_path / "example.pdf").read_bytes().startswith(b"%PDF")
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", "example.pdf", "page"], cwd=tmp_path, check=True)
        png = next(tmp_path.glob("page*.png"))
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 2000
    # a second run replaces its own files without --force
    assert main(["render", "--format", "pdf", "-o", str(tmp_path)]) == 0


@NEEDS_TEX
def test_latex_error_names_file_line_and_message() -> None:
    with pytest.raises(NnwalkError) as info:
        pdfmod.build_pdf("\\documentclass{article}\n\\begin{document}\nhi\n\\undefinedmacro\n\\end{document}\n", "broken")
    msg = info.value.message
    assert "broken.tex, line 4" in msg and "Undefined control sequence" in msg and "nothing was written" in msg


@NEEDS_TEX
def test_tex_cannot_run_programs_or_write_outside(tmp_path: Path) -> None:
    target = tmp_path / "pwned"
    tex = f"\\documentclass{{article}}\\begin{{document}}\\immediate\\write18{{touch {target}}}ok\\end{{document}}"
    pdfmod.build_pdf(tex, "shell")  # compiles; \write18 is not executed
    assert not target.exists()
    evil = tmp_path / "evil.txt"
    tex = f"\\documentclass{{article}}\\begin{{document}}\\immediate\\openout1={evil} \\immediate\\write1{{x}}ok\\end{{document}}"
    with pytest.raises(NnwalkError):
        pdfmod.build_pdf(tex, "write")
    assert not evil.exists()


def test_missing_tex_names_the_packages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(pdfmod.shutil, "which", lambda name: None)
    out = tmp_path / "out"
    assert main(["render", "--format", "md,pdf", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "texlive-latex-base" in err and "latexmk" in err and "Traceback" not in err
    assert not out.exists()  # not even the Markdown: all or nothing
