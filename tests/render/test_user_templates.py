"""``render --templates DIR``: a user's templates replace built-in ones, run in Jinja's sandbox, and are verified.

Oracles: the built-in output (an empty user folder must change nothing), the true loss of the
default example as published (0.298371109, Mazur's walkthrough, seed 000's network), and the
filesystem (nothing written on failure).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.api import walkthrough
from generator.errors import SpecError, VerificationError
from generator.spec.load import load_spec

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "specs" / "example.yaml"


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", *args], capture_output=True, text=True, cwd=cwd, check=False)


def _folder(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "mytemplates"
    (root / "markdown").mkdir(parents=True)
    (root / "latex").mkdir()
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


@pytest.mark.parametrize("name", ["example", "softmax_ce", "seed001"])
def test_empty_user_folder_changes_nothing(tmp_path: Path, name: str) -> None:
    """Every built-in template also renders under the immutable sandbox, byte for byte."""
    spec = load_spec(ROOT / "specs" / f"{name}.yaml")
    plain = walkthrough(spec, ("md", "tex"))
    sandboxed = walkthrough(spec, ("md", "tex"), _folder(tmp_path, {}))
    assert sandboxed.documents == plain.documents


def test_user_template_replaces_builtin_and_is_verified(tmp_path: Path) -> None:
    loss = (
        "## Loss, as in our course\n\n"
        "{% set ex = doc.step.examples[0] %}"
        "Our total error is ${{ ex.loss.name }} = {{ ex.loss.result.latex }}$.\n"
    )
    root = _folder(tmp_path, {"markdown/loss.md.j2": loss})
    w = walkthrough(load_spec(EXAMPLE), ("md",), root)
    md = str(w.documents["md"])
    assert "## Loss, as in our course" in md
    assert "0.29837" in md  # the published total error 0.298371109, at the spec's 5 decimals


def test_user_template_printing_a_wrong_number_is_refused(tmp_path: Path) -> None:
    root = _folder(tmp_path, {"markdown/loss.md.j2": "## Loss\n\nThe total loss is $E_{\\text{total}} = 0.39837$.\n"})
    with pytest.raises(VerificationError, match=r"0\.39837, should be 0\.29837"):
        walkthrough(load_spec(EXAMPLE), ("md",), root)


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("{{ doc.__class__.__mro__ }}", "SecurityError"),
        ("{{ ''.__class__.__mro__[1].__subclasses__() }}", "SecurityError"),
        ("{{ cycler.__init__.__globals__ }}", "UndefinedError|SecurityError"),
        ("{{ doc.sections.append('x') }}", "SecurityError"),
        ("{{ doc.step.examples.pop() }}", "SecurityError"),
        ("{% include '../../../../../etc/passwd' %}", "TemplateNotFound"),
        ("{% include '/etc/passwd' %}", "TemplateNotFound"),
        ("{% import 'os' as os %}", "TemplateNotFound"),
    ],
)
def test_sandbox_refuses_escapes(tmp_path: Path, template: str, expected: str) -> None:
    root = _folder(tmp_path, {"markdown/loss.md.j2": "line one\n" + template + "\n"})
    with pytest.raises(SpecError, match=expected) as info:
        walkthrough(load_spec(EXAMPLE), ("md",), root)
    assert "loss.md.j2" in info.value.message or "TemplateNotFound" in info.value.message


def test_cli_errors_name_the_file_and_line_and_write_nothing(tmp_path: Path) -> None:
    root = _folder(tmp_path, {"markdown/forward.md.j2": "## Forward\n\n{% for x in %}\n"})
    out = tmp_path / "out"
    r = _run("render", str(EXAMPLE), "-o", str(out), "--templates", str(root), cwd=tmp_path)
    assert r.returncode == 2
    assert "forward.md.j2, line 3" in r.stderr and "TemplateSyntaxError" in r.stderr
    assert "Traceback" not in r.stderr
    assert not out.exists()


def test_cli_wrong_number_exit_1_nothing_written(tmp_path: Path) -> None:
    root = _folder(tmp_path, {"markdown/loss.md.j2": "## Loss\n\n$E_{\\text{total}} = 0.61837$\n"})
    out = tmp_path / "out"
    r = _run("render", str(EXAMPLE), "-o", str(out), "--templates", str(root), cwd=tmp_path)
    assert r.returncode == 1, r.stderr
    assert "should be 0.29837" in r.stderr
    assert not out.exists()


@pytest.mark.parametrize("layout", ["missing", "no_subfolders"])
def test_cli_bad_template_folder(tmp_path: Path, layout: str) -> None:
    folder = tmp_path / "t"
    if layout == "no_subfolders":
        folder.mkdir()
        (folder / "loss.md.j2").write_text("x", encoding="utf-8")
    r = _run("render", str(EXAMPLE), "-o", str(tmp_path / "out"), "--templates", str(folder), cwd=tmp_path)
    assert r.returncode == 2
    assert "--templates" in r.stderr and ("no such folder" in r.stderr or "markdown/" in r.stderr)
    assert "Traceback" not in r.stderr


def test_latex_user_template(tmp_path: Path) -> None:
    """LaTeX templates use nnwalk's << >> / <% %> delimiters; an override of the certificate still verifies."""
    cert = (ROOT / "templates" / "latex" / "certificate.tex.j2").read_text(encoding="utf-8")
    root = _folder(tmp_path, {"latex/certificate.tex.j2": "% course edition\n" + cert})
    w = walkthrough(load_spec(EXAMPLE), ("tex",), root)
    assert "% course edition" in str(w.documents["tex"])
