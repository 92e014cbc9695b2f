"""Issue 16 point 4 (part): a smaller --count removes the variant files an earlier run left — only nnwalk's,
never a changed or foreign file — and --report comes before the list of files."""

from __future__ import annotations

import json
from pathlib import Path

from generator.cli import main

ROOT = Path(__file__).resolve().parents[2]
EXAM = ROOT / "specs" / "exam" / "exam_seed002.yaml"


def _run(out: Path, *extra: str) -> int:
    return main(["variants", str(EXAM), "--seed", "4", "-o", str(out), "--format", "md,json", *extra])


def _v(out: Path, k: int) -> list[str]:
    return sorted(p.name for p in out.glob(f"exam_seed002_v{k:03d}_*"))


def test_a_smaller_count_removes_only_unchanged_files_nnwalk_wrote(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    out = tmp_path / "exam"
    assert _run(out, "--count", "3") == 0
    assert len(_v(out, 3)) == 3  # questions.md, key.md, key.json
    capsys.readouterr()
    assert _run(out, "--count", "2") == 0
    assert _v(out, 3) == [] and len(_v(out, 2)) == 3
    assert "3 files of an earlier run with more variants removed" in capsys.readouterr().err
    book = json.loads((out / ".nnwalk-manifest.json").read_text(encoding="utf-8"))["files"]
    assert not [k for k in book if "_v003_" in k]
    # variant 3 again; then someone annotates its key and keeps their own notes beside it
    assert _run(out, "--count", "3") == 0
    key = out / "exam_seed002_v003_key.md"
    key.write_text(key.read_text(encoding="utf-8") + "\nMarked by hand.\n", encoding="utf-8")
    notes = out / "exam_seed002_v003_notes.md"
    notes.write_text("my notes\n", encoding="utf-8")
    capsys.readouterr()
    assert _run(out, "--count", "2") == 0
    assert _v(out, 3) == ["exam_seed002_v003_key.md", "exam_seed002_v003_notes.md"]
    assert "Marked by hand." in key.read_text(encoding="utf-8") and notes.read_text(encoding="utf-8") == "my notes\n"
    assert "Kept 1 stale variant files someone changed" in capsys.readouterr().err


def test_only_rebuilds_one_variant_and_removes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "exam"
    assert _run(out, "--count", "3") == 0
    assert _run(out, "--count", "3", "--only", "1") == 0
    assert all(len(_v(out, k)) == 3 for k in (1, 2, 3))


def test_the_report_comes_before_the_file_list(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    assert _run(tmp_path / "exam", "--count", "2", "--report") == 0
    lines = capsys.readouterr().out.splitlines()
    first_file = next(i for i, line in enumerate(lines) if line.endswith((".md", ".json")) and "/" in line)
    assert (
        lines[0].startswith("Variant report")
        and first_file > 0
        and not any(line.endswith(".md") and "/" in line for line in lines[:first_file])
    )
