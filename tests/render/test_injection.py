"""Injection: every spec string that reaches an output is escaped for its target, shown by
compiling or parsing the result (LaTeX through latexmk, HTML/Markdown text, XML through lxml)."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from generator.cli import main

EVIL = r"\input{/etc/passwd} \write18{touch PWNED} ^^5c \def\x{1} <script>alert(1)</script> ]]> & % $ # _ { } ~ ` |"


def _yaml_str(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def _spec(root: Path, tmp_path: Path, base: str = "specs/example.yaml", name: str = "evil") -> Path:
    text = (root / base).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if not ln.startswith(("title:", "course:", "author:", "date:"))]
    head = [f"title: {_yaml_str(EVIL)}", f"course: {_yaml_str(EVIL)}", f"author: {_yaml_str(EVIL)}", f"date: {_yaml_str(EVIL)}"]
    p = tmp_path / f"{name}.yaml"
    p.write_text("\n".join(head + lines) + "\n", encoding="utf-8")
    return p


def test_markdown_and_json_carry_the_text_not_the_markup(root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = _spec(root, tmp_path)
    out = tmp_path / "out"
    assert main(["render", str(spec), "-o", str(out), "--format", "md,json"]) == 0
    capsys.readouterr()
    md = (out / "evil.md").read_text(encoding="utf-8")
    assert "<script>" not in md and "&lt;script&gt;" in md
    assert json.loads((out / "evil.json").read_text(encoding="utf-8"))["title"] == EVIL  # data, unchanged


@pytest.mark.latex
@pytest.mark.skipif(shutil.which("latexmk") is None, reason="TeX Live not installed (.ci/run installs it)")
def test_latex_compiles_and_runs_nothing(root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = _spec(root, tmp_path)
    out = tmp_path / "out"
    assert main(["render", str(spec), "-o", str(out), "--format", "pdf"]) == 0, capsys.readouterr().err
    capsys.readouterr()
    tex = (out / "evil.tex").read_text(encoding="utf-8")
    for raw in ("\\input{/etc/passwd}", "\\write18{", "^^5c", "\\def\\x"):
        assert raw not in tex
    assert (out / "evil.pdf").read_bytes().startswith(b"%PDF")
    assert not (out / "PWNED").exists() and not (root / "PWNED").exists()
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out / "evil.pdf"), "-"], capture_output=True, text=True, check=True).stdout
        assert "input{/etc/passwd}" in text.replace("\\", "")  # printed as text, not executed
        assert "root:" not in text  # /etc/passwd was not read in


def test_lms_exports_parse_and_keep_the_text(root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lxml = pytest.importorskip("lxml.etree")
    text = (root / "specs" / "exam" / "exam_seed002.yaml").read_text(encoding="utf-8")
    text = text.replace('title: "Backpropagation by hand"', f"title: {_yaml_str(EVIL)}")
    text = text.replace('title: "Feed-forward neural network: one training step"', f"title: {_yaml_str(EVIL)}")
    spec = tmp_path / "exam.yaml"
    spec.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert (
        main(["variants", str(spec), "--count", "2", "--seed", "1", "-o", str(out), "--format", "md,json,moodle,qti,canvas"]) == 0
    )
    capsys.readouterr()
    moodle = next(out.glob("*_moodle.xml"))
    tree = lxml.parse(str(moodle))  # well-formed despite "]]>" and "<script>"
    assert EVIL in "".join(tree.getroot().itertext())
    for z in [*out.glob("*_qti.zip"), *out.glob("*_canvas.zip")]:
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                if name.endswith(".xml"):
                    lxml.fromstring(zf.read(name))  # every XML file in the packages parses
