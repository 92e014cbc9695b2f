"""Files: nnwalk never overwrites someone's work, and an interrupted run leaves only complete files."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.cli import main


def test_foreign_file_is_not_overwritten(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mine = tmp_path / "example.md"
    mine.write_text("my lecture notes\n", encoding="utf-8")
    assert main(["render", "-o", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "was not written by nnwalk" in err and "--force" in err and "Traceback" not in err
    assert mine.read_text(encoding="utf-8") == "my lecture notes\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["example.md"]  # nothing else written either


def test_force_overwrites_and_own_files_are_replaced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "example.md").write_text("my lecture notes\n", encoding="utf-8")
    assert main(["render", "-o", str(tmp_path), "--force"]) == 0
    assert "nnwalk checked" in (tmp_path / "example.md").read_text(encoding="utf-8")
    assert main(["render", "-o", str(tmp_path)]) == 0  # our own files: replaced without --force
    capsys.readouterr()


def test_a_folder_in_the_way_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "example.tex").mkdir()
    assert main(["render", "-o", str(tmp_path)]) == 2
    assert "example.tex" in capsys.readouterr().err


SIGTERM_SPECS = ("example", "seed000", "seed001", "seed002")
OLD = b"the old file, complete\n"


@pytest.fixture(scope="module")
def complete_render(root: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """What an uninterrupted render of the four specs writes (nnwalk's output is deterministic)."""
    ref = tmp_path_factory.mktemp("complete")
    assert main(["render", *(str(root / "specs" / f"{n}.yaml") for n in SIGTERM_SPECS), "-o", str(ref)]) == 0
    return {p.name: p.read_bytes() for p in ref.iterdir() if p.name != ".nnwalk-manifest.json"}


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals: not on Windows")
@pytest.mark.parametrize("delay", [0.3, 1.0, 2.0])
def test_sigterm_leaves_each_file_old_or_complete(
    root: Path, tmp_path: Path, delay: float, complete_render: dict[str, bytes]
) -> None:
    """A render over old files killed by SIGTERM: every file is either the old one, intact, or the complete new
    one (byte for byte what an uninterrupted run writes), no temporary file is left, and the exit status says
    which of the three moments the signal hit."""
    out = tmp_path / "out"
    out.mkdir()
    for name in complete_render:
        (out / name).write_bytes(OLD)
    specs = [str(root / "specs" / f"{n}.yaml") for n in SIGTERM_SPECS]
    env = dict(os.environ, PYTHONPATH=str(root))
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator", "render", *specs, "-o", str(out), "--force"],
        cwd=root,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    time.sleep(delay)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=120)
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted([*complete_render, ".nnwalk-manifest.json"]) or names == sorted(complete_render), names
    state = {name: (out / name).read_bytes() for name in complete_render}
    assert all(data in (OLD, complete_render[name]) for name, data in state.items()), [
        n for n, d in state.items() if d not in (OLD, complete_render[n])
    ]
    new = {n for n, d in state.items() if d == complete_render[n]}
    if proc.returncode == 130:  # nnwalk's handler: stopped between two whole files
        assert err.endswith(b"nnwalk: interrupted; no partial files were left.\n") and b"Traceback" not in err
    elif proc.returncode == 0:  # it finished before the signal arrived
        assert b"Traceback" not in err and new == set(complete_render)
    else:  # killed while Python was starting (nothing written yet) or exiting (everything written)
        assert proc.returncode == -signal.SIGTERM, (proc.returncode, err)
        assert b"Traceback" not in err and new in (set(), set(complete_render))


def _render_into(out: Path, *extra: str) -> int:
    return main(["render", "-o", str(out), *extra])


def test_an_edited_handout_is_kept_and_the_refusal_says_why(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # issue 16 #6: append a line to the Markdown, change a heading in the LaTeX, re-render: both edits survive
    assert _render_into(tmp_path) == 0
    md, tex = tmp_path / "example.md", tmp_path / "example.tex"
    md.write_text(md.read_text(encoding="utf-8") + "\nMy note for the students.\n", encoding="utf-8")
    tex.write_text(tex.read_text(encoding="utf-8").replace("\\section", "\\section*", 1), encoding="utf-8")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    capsys.readouterr()
    assert _render_into(tmp_path) == 2
    err = capsys.readouterr().err
    assert "example.md" in err and "example.tex" in err and "changed since nnwalk wrote them" in err and "--force" in err
    assert "Traceback" not in err
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before  # nothing at all was written
    assert _render_into(tmp_path, "--force") == 0
    assert "My note" not in md.read_text(encoding="utf-8")
    assert _render_into(tmp_path) == 0  # unchanged since: replaced without --force


def test_a_file_that_merely_says_nnwalk_is_not_ours(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the old test ("nnwalk checked" anywhere in it) overwrote someone's notes that quote nnwalk's certificate
    notes = tmp_path / "example.md"
    notes.write_text("My notes. The handout ends with 'nnwalk checked 823 items'.\n", encoding="utf-8")
    assert _render_into(tmp_path) == 2
    assert "was not written by nnwalk" in capsys.readouterr().err
    assert notes.read_text(encoding="utf-8").startswith("My notes.")


def test_a_file_holding_exactly_what_would_be_written_is_replaced_without_a_record(tmp_path: Path) -> None:
    # a folder of outputs from before the record existed (or copied elsewhere): nothing would be lost
    assert _render_into(tmp_path) == 0
    (tmp_path / ".nnwalk-manifest.json").unlink()
    assert _render_into(tmp_path) == 0


def test_an_interrupted_write_leaves_every_file_known(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.render import files

    files.write_recorded(tmp_path, {"a.md": "old a\n", "b.md": "old b\n"})
    real = files.write_atomic
    calls = {"n": 0}

    def dies_after_one(path: Path, text: str | bytes) -> None:
        if path.name != files.MANIFEST:
            calls["n"] += 1
            if calls["n"] == 2:
                raise KeyboardInterrupt
        real(path, text)

    monkeypatch.setattr(files, "write_atomic", dies_after_one)
    with pytest.raises(KeyboardInterrupt):
        files.write_recorded(tmp_path, {"a.md": "new a\n", "b.md": "new b\n"})
    monkeypatch.setattr(files, "write_atomic", real)
    # a.md is new, b.md still old: each matches one of its recorded digests, so both are still nnwalk's
    assert (tmp_path / "a.md").read_text() == "new a\n" and (tmp_path / "b.md").read_text() == "old b\n"
    assert files.may_overwrite(tmp_path / "a.md", "a.md", "newer\n", tmp_path)
    assert files.may_overwrite(tmp_path / "b.md", "b.md", "newer\n", tmp_path)
    (tmp_path / "b.md").write_text("edited\n")
    assert not files.may_overwrite(tmp_path / "b.md", "b.md", "newer\n", tmp_path)
