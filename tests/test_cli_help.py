"""What a lecturer learns from the command line alone (issue 16, point 11): the version, and every
kind of document ``verify`` reads, named in ``nnwalk verify --help``."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest

from generator import cli
from generator.verify.fetch import is_address
from generator.verify.htmlread import looks_like_html
from generator.verify.ipynbread import looks_like_notebook
from generator.verify.pdfread import looks_like_pdf

ROOT = Path(__file__).resolve().parent.parent


def _help(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as exc:
        cli.main(args)
    assert exc.value.code == 0
    return capsys.readouterr().out


def test_version_is_the_installed_one(capsys: pytest.CaptureFixture[str]) -> None:
    expected = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert version("nnwalk") == expected
    assert _help(["--version"], capsys).strip() == f"nnwalk {expected}"


def test_version_from_the_installed_command() -> None:
    exe = Path(sys.executable).parent / "nnwalk"
    if not exe.exists():  # not a venv install: python -m generator is the same command
        cmd = [sys.executable, "-m", "generator", "--version"]
    else:
        cmd = [str(exe), "--version"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, timeout=60).stdout
    assert out.strip() == f"nnwalk {version('nnwalk')}"


def test_verify_help_names_every_input_format(capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(["verify", "--help"], capsys)
    # every --input-format choice the parser offers is described by name
    choices = next(a.choices for a in _verify_parser()._actions if a.dest == "input_format")
    names = {"md": "Markdown", "tex": "LaTeX", "text": "plain text", "html": "HTML", "ipynb": "Jupyter", "pdf": "PDF"}
    assert set(choices) - {"auto"} == set(names), "a new input format needs its line in cli.VERIFY_DESCRIPTION"
    for fmt, word in names.items():
        assert f"\n  {word} " in text, f"verify --help does not describe {word} ({fmt})"
    assert "http:// or https:// address" in text
    # the suffixes the help promises are the ones the reader recognises
    assert looks_like_html("", "page.htm") and looks_like_html("", "page.xhtml") and ".htm," in text
    assert looks_like_notebook("", "nb.ipynb") and looks_like_pdf(b"", "notes.pdf")
    assert is_address("https://example.org/post") and is_address("http://example.org/post")
    assert "\n  URL " in text and "Exit codes: 0" in text


def test_the_overview_says_verify_is_not_only_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(["--help"], capsys)
    assert "Markdown/LaTeX walkthrough" not in text
    for word in ("notebook", "PDF", "http(s)"):
        assert word in text


def test_a_markdown_suffix_is_read_as_markdown(tmp_path: Path) -> None:
    """``.markdown`` is promised in the help: such a file is read as Markdown, not guessed from its content."""
    from generator.verify.run import verify_document

    doc = tmp_path / "notes.markdown"
    # a Markdown note that quotes a LaTeX command would be guessed to be LaTeX from its content
    doc.write_text("The PDF version starts each part with `\\section{...}`.\n\n$z = 0.5 \\times 0.2 = 0.2$\n", encoding="utf-8")
    report = verify_document(doc, level=1)
    assert report.fmt == "md"
    assert report.report.errors == 1


def _verify_parser() -> cli.argparse.ArgumentParser:
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return sub.choices["verify"]
