"""Tests that kill the mutants of tools/mutants.toml's files group, each against an independent expectation.

The expectations are POSIX's (a rename gives the path a new inode and leaves other links alone;
a created file's mode is 0o666 without the umask's bits) and the promise of
:mod:`generator.render.files`: a file is replaced only when it is byte for byte what nnwalk
recorded writing, or already holds what would be written.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from generator.cli import main
from generator.render import files
from generator.render.files import MANIFEST, may_overwrite, recorded, write_atomic, write_recorded


@pytest.fixture
def umask():  # noqa: ANN201 - sets a umask for one test and restores the previous one
    saved = os.umask(0o022)
    os.umask(saved)

    def set_to(mask: int) -> None:
        os.umask(mask)

    yield set_to
    os.umask(saved)


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# ---------------------------------------------------------------- write_atomic


def test_write_atomic_renames_a_new_file_into_place(tmp_path: Path) -> None:
    target = tmp_path / "d.md"
    target.write_text("old\n", encoding="utf-8")
    other = tmp_path / "link.md"
    os.link(target, other)  # a second name of the old file: a rename leaves it alone, writing in place would not
    before = target.stat().st_ino
    write_atomic(target, "new\n")
    assert target.read_text(encoding="utf-8") == "new\n"
    assert target.stat().st_ino != before
    assert other.read_text(encoding="utf-8") == "old\n"


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "d.md"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        write_atomic(target, "half \ud800 written")  # a lone surrogate cannot be encoded: the write fails midway
    assert target.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.md"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_written_files_have_the_mode_the_umask_gives(tmp_path: Path, umask, mask: int, mode: int) -> None:  # noqa: ANN001
    umask(mask)
    target = tmp_path / "d.md"
    write_atomic(target, "x\n")
    assert stat.S_IMODE(target.stat().st_mode) == mode  # 0o666 & ~mask, as open(..., "w") would give
    assert _current_umask() == mask  # and the process's umask is as it was


# ---------------------------------------------------------------- whose file is it


def test_an_edited_file_at_a_recorded_name_is_not_ours(tmp_path: Path) -> None:
    write_recorded(tmp_path, {"a.md": "as written\n"})
    (tmp_path / "a.md").write_text("as edited\n", encoding="utf-8")
    assert not may_overwrite(tmp_path / "a.md", "a.md", "next version\n", tmp_path)


def test_a_foreign_file_of_the_same_size_is_not_ours(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("theirs\n", encoding="utf-8")
    assert not may_overwrite(tmp_path / "a.md", "a.md", "ours!!\n", tmp_path)  # both 7 bytes
    assert may_overwrite(tmp_path / "a.md", "a.md", "theirs\n", tmp_path)  # identical: nothing is lost


def test_an_older_version_put_back_is_not_ours(tmp_path: Path) -> None:
    write_recorded(tmp_path, {"a.md": "version 1\n"})
    write_recorded(tmp_path, {"a.md": "version 2\n"})
    assert recorded(tmp_path) == {"a.md": [files._digest(b"version 2\n")]}
    (tmp_path / "a.md").write_text("version 1\n", encoding="utf-8")  # someone restored the old text on purpose
    assert not may_overwrite(tmp_path / "a.md", "a.md", "version 3\n", tmp_path)


def test_a_katex_folder_nnwalk_did_not_vendor_is_not_ours(tmp_path: Path) -> None:
    (tmp_path / "katex").mkdir()
    (tmp_path / "katex" / "VERSION").write_text("0.16.9 from the CDN\n", encoding="utf-8")
    (tmp_path / "katex" / "katex.min.js").write_text("/* theirs */\n", encoding="utf-8")
    assert not may_overwrite(tmp_path / "katex" / "katex.min.js", "katex/katex.min.js", "/* ours */\n", tmp_path)
    (tmp_path / "katex" / "VERSION").write_text(f"0.16.9 {files.KATEX_MARK}\n", encoding="utf-8")
    assert may_overwrite(tmp_path / "katex" / "katex.min.js", "katex/katex.min.js", "/* ours */\n", tmp_path)


@pytest.mark.parametrize("body", [{"files": []}, {"files": "a.md"}, {"files": 3}])
def test_a_manifest_of_the_wrong_shape_records_nothing(tmp_path: Path, body: object) -> None:
    (tmp_path / MANIFEST).write_text(json.dumps(body), encoding="utf-8")
    assert recorded(tmp_path) == {}
    (tmp_path / "a.md").write_text("theirs\n", encoding="utf-8")
    assert not may_overwrite(tmp_path / "a.md", "a.md", "ours\n", tmp_path)


# ---------------------------------------------------------------- verify --annotate


def test_annotate_knows_the_document_under_another_spelling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d.md").write_text("$$1 + 1 = 3$$\n", encoding="utf-8")
    for spelling in ("./d.md", str(tmp_path / "d.md"), f"../{tmp_path.name}/d.md"):
        assert main(["verify", "d.md", "--annotate", spelling]) == 2
        assert "the document being checked" in capsys.readouterr().err
        assert (tmp_path / "d.md").read_text(encoding="utf-8") == "$$1 + 1 = 3$$\n"


def test_annotate_does_not_take_a_file_that_mentions_nnwalk_for_its_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "d.md"
    doc.write_text("$$1 + 1 = 3$$\n", encoding="utf-8")
    notes = tmp_path / "notes.md"
    notes.write_text("My notes on nnwalk: it was written by nnwalk's authors.\n", encoding="utf-8")
    assert main(["verify", str(doc), "--annotate", str(notes)]) == 2
    assert "--force" in capsys.readouterr().err
    assert notes.read_text(encoding="utf-8").startswith("My notes on nnwalk")
