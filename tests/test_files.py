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


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("delay", [0.3, 1.0, 2.0])
def test_sigterm_leaves_only_complete_files(root: Path, tmp_path: Path, delay: float) -> None:
    out = tmp_path / "out"
    specs = [str(root / "specs" / f"{n}.yaml") for n in ("example", "seed000", "seed001", "seed002")]
    env = dict(os.environ, PYTHONPATH=str(root))
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator", "render", *specs, "-o", str(out)],
        cwd=root,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    time.sleep(delay)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=120)
    assert b"Traceback" not in err
    files = list(out.iterdir()) if out.exists() else []
    if proc.returncode == -signal.SIGTERM:
        pass  # killed while Python was starting or exiting, outside nnwalk's handler: files are checked below
    elif proc.returncode == 130:
        assert b"interrupted" in err
    else:
        assert proc.returncode == 0  # it finished before the signal arrived
    assert not [p for p in files if p.name.endswith(".tmp")]
    for p in files:  # whatever is there is whole: it ends with the certificate
        text = p.read_text(encoding="utf-8")
        assert text.rstrip().endswith("}") if p.suffix == ".json" else "nnwalk checked" in text
