"""Every bundled .tex compiles with latexmk -pdf (pdflatex, no shell escape)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.latex

NEEDS_TEX = pytest.mark.skipif(shutil.which("latexmk") is None, reason="TeX Live not installed (.ci/run installs it)")

BUNDLED = sorted(p.stem for p in (Path(__file__).resolve().parent.parent / "specs").glob("*.yaml"))


@NEEDS_TEX
@pytest.mark.parametrize("name", BUNDLED)
def test_tex_compiles(root: Path, tmp_path: Path, name: str) -> None:
    src = root / "output" / f"{name}.tex"
    shutil.copy(src, tmp_path / src.name)
    res = subprocess.run(
        ["latexmk", "-pdf", "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", src.name],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    log = (tmp_path / f"{name}.log").read_text(errors="replace") if (tmp_path / f"{name}.log").exists() else ""
    assert res.returncode == 0, log[-3000:]
    assert (tmp_path / f"{name}.pdf").stat().st_size > 1000
    assert "Undefined control sequence" not in log
