"""A document that fails verification is refused: exit 1, a message naming the line, no files."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from generator import cli
from generator.engine import chains
from generator.numfmt import Num


def test_wrong_number_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    real = chains.Calc.num

    def off_by_one_ulp(self: chains.Calc, e: object, guard: bool = False) -> Num:
        n = real(self, e, guard)  # type: ignore[arg-type]
        if isinstance(e, chains.E.Sum) and not guard:  # corrupt every printed net input
            return replace(n, value=n.value + 10 * n.half_unit, digits_text=str(n.value + 10 * n.half_unit))
        return n

    monkeypatch.setattr(chains.Calc, "num", off_by_one_ulp)
    out = tmp_path / "out"
    assert cli.main(["render", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "failed verification" in err and "line" in err
    assert not out.exists()


def test_spec_text_is_escaped(tmp_path: Path, root: Path) -> None:
    text = (root / "specs" / "example.yaml").read_text()
    text = text.replace("title: Two inputs, two hidden, two outputs", "title: '\\input{/etc/passwd} <script>x</script> $5 ^^5c'")
    spec = tmp_path / "evil.yaml"
    spec.write_text(text)
    assert cli.main(["render", str(spec), "-o", str(tmp_path / "o"), "--format", "md,tex"]) == 0
    md = (tmp_path / "o" / "evil.md").read_text()
    tex = (tmp_path / "o" / "evil.tex").read_text()
    assert "<script>" not in md and "&lt;script&gt;" in md
    assert "\\input{" not in tex  # escaped; long words may break after "/" (\\allowbreak{}), which is harmless
    assert "\\textbackslash{}input\\{/\\allowbreak{}etc/\\allowbreak{}passwd\\}" in tex
    assert "^^5c" not in tex


def test_an_interrupt_while_the_parser_is_built_exits_130_without_a_traceback(monkeypatch, capsys) -> None:  # noqa: ANN001
    """SIGTERM becomes KeyboardInterrupt; arriving while argparse is set up it must still end as "interrupted"."""
    from generator import cli

    def interrupted() -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "build_parser", interrupted)
    assert cli.main(["render"]) == 130
    assert capsys.readouterr().err == "nnwalk: interrupted; no partial files were left.\n"


def test_an_interrupt_wrapped_by_class_creation_is_an_interruption(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A SIGTERM that lands while a lazily imported module defines a dataclass comes out as "RuntimeError: Error calling
    # __set_name__ …" caused by the KeyboardInterrupt nnwalk's handler raised (seen under load): exit 130, one line.
    class Boom:
        def __set_name__(self, owner: type, name: str) -> None:
            raise KeyboardInterrupt

    class Parser:
        def parse_args(self, argv: list[str] | None) -> None:
            type("Made", (), {"field": Boom()})

    monkeypatch.setattr(cli, "build_parser", Parser)
    assert cli.main(["verify", "x.md"]) == 130
    assert capsys.readouterr().err == "nnwalk: interrupted; no partial files were left.\n"

    class Other:
        def parse_args(self, argv: list[str] | None) -> None:
            raise RuntimeError("a bug of ours")

    monkeypatch.setattr(cli, "build_parser", Other)
    with pytest.raises(RuntimeError, match="a bug of ours"):
        cli.main(["verify", "x.md"])


def test_python_m_keeps_exit_130_after_an_interrupt_in_string_exec_code(tmp_path: Path) -> None:
    # CI saw `python -m generator render` print the interruption line and then die by SIGINT (-2): the SIGTERM had
    # landed in code run by a string `exec` (a dataclass's generated __init__), which CPython remembers even after
    # nnwalk caught the interrupt, and `-m` then ends the process by SIGINT. Planted here without a signal.
    import subprocess
    import sys

    (tmp_path / "planted.py").write_text(
        "import runpy, sys\n"
        "from generator import cli\n"
        "def interrupted():\n"
        "    exec('raise KeyboardInterrupt')\n"
        "cli.build_parser = interrupted\n"
        "sys.argv = ['nnwalk', 'render']\n"
        "runpy.run_module('generator', run_name='__main__')\n"
    )
    root = Path(__file__).resolve().parent.parent
    proc = subprocess.run(
        [sys.executable, "-m", "planted"], cwd=tmp_path, env={"PYTHONPATH": str(root)}, capture_output=True, timeout=60
    )
    assert (proc.returncode, proc.stderr) == (130, b"nnwalk: interrupted; no partial files were left.\n")
