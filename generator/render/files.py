"""The files nnwalk writes, and how it knows a file is still the one it wrote.

Every document is written atomically (a temporary file in the same folder, then a rename), so
a reader never sees half a file. Each output folder keeps a manifest (:data:`MANIFEST`) of the
SHA-256 of every file nnwalk wrote there. A file already at a target is overwritten only when
it is byte for byte what nnwalk recorded (an edited handout is someone's work now), or when it
already holds exactly what would be written (nothing is lost); anything else needs ``--force``.
A KaTeX copy nnwalk vendored is recognised by its VERSION file. Both the render command
(:mod:`generator.api`) and exam runs write through :func:`write_recorded`.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from ..errors import NnwalkError, SpecError
from .html import KATEX_DIR, KATEX_MARK


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(path: Path, text: str | bytes) -> None:
    """Write via a temporary file in the same folder, then rename: never a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(text if isinstance(text, bytes) else text.encode("utf-8"))
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; a document is as readable as any file the user creates
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


#: The record of what nnwalk wrote in a folder: file name -> SHA-256 of its bytes.
MANIFEST = ".nnwalk-manifest.json"


def _bytes(content: str | bytes) -> bytes:
    return content if isinstance(content, bytes) else content.encode("utf-8")


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def recorded(out_dir: Path) -> dict[str, list[str]]:
    """What the folder's manifest says nnwalk wrote: name -> the digests it may have (empty when none)."""
    try:
        data = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
        files = data["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    if not isinstance(files, dict):
        return {}
    return {k: [d for d in v if isinstance(d, str)] for k, v in files.items() if isinstance(k, str) and isinstance(v, list)}


def _save(out_dir: Path, files: dict[str, list[str]]) -> None:
    about = "What nnwalk wrote in this folder (SHA-256 per file): a file that differs is someone's work and is kept."
    write_atomic(out_dir / MANIFEST, json.dumps({"about": about, "files": files}, indent=1, sort_keys=True) + "\n")


def may_overwrite(path: Path, rel: str, content: str | bytes, out_dir: Path, book: dict[str, list[str]] | None = None) -> bool:
    """Whether overwriting ``path`` (to be written as ``rel`` with ``content``) loses nobody's work.

    Yes when the file is what nnwalk recorded writing there (unchanged since), or already holds
    exactly ``content``. A KaTeX file is also ours when the ``katex/`` folder is one nnwalk
    vendored (its VERSION file says so): an older nnwalk's KaTeX. Anything else — a file edited
    after nnwalk wrote it, a file nnwalk never wrote — is someone's work. ``book`` is the folder's
    record when the caller has read it already (a run of many files reads it once).
    """
    if not path.is_file():
        return False
    data = _bytes(content)
    try:
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return True
        if rel.startswith(f"{KATEX_DIR}/"):
            version = (out_dir / KATEX_DIR / "VERSION").read_text(encoding="utf-8", errors="replace")
            return KATEX_MARK in version
        known = (book if book is not None else recorded(out_dir)).get(rel)
        return bool(known) and _digest(path.read_bytes()) in known  # type: ignore[operator]
    except OSError:
        return False


def edited(path: Path, rel: str, out_dir: Path) -> bool:
    """Whether ``path`` is a file nnwalk wrote and someone changed since (the refusal says so)."""
    known = recorded(out_dir).get(rel)
    try:
        return bool(known) and path.is_file() and _digest(path.read_bytes()) not in known  # type: ignore[operator]
    except OSError:
        return False


def refusal(out_dir: Path, refused: list[tuple[Path, str]]) -> str:
    """The one-paragraph message for files that would be overwritten, naming them and ``--force``."""
    changed = [p for p, rel in refused if edited(p, rel, out_dir)]
    foreign = [p for p, _rel in refused if p not in changed]

    def names(ps: list[Path]) -> str:
        return ", ".join(str(p) for p in ps[:3]) + (f" and {len(ps) - 3} more" if len(ps) > 3 else "")

    parts = []
    if changed:
        parts.append(f"{names(changed)}: changed since nnwalk wrote {'it' if len(changed) == 1 else 'them'}")
    if foreign:
        parts.append(f"{names(foreign)}: exists and was not written by nnwalk")
    return (
        "; ".join(parts) + "; nothing was written. Choose another folder with -o, or pass --force to overwrite "
        "(the changes in those files are then lost)."
    )


def check_targets(out_dir: Path, files: dict[str, str | bytes]) -> None:
    """Refuse (a SpecError naming each file) when writing ``files`` would lose somebody's work; before any write."""
    book = recorded(out_dir)  # read once for the whole run
    refused = [
        (out_dir / rel, rel)
        for rel, c in files.items()
        if (out_dir / rel).exists() and not may_overwrite(out_dir / rel, rel, c, out_dir, book)
    ]
    if refused:
        raise SpecError(refusal(out_dir, refused))


def remove_stale(out_dir: Path, stale: Callable[[str], bool], keep: set[str]) -> tuple[list[Path], list[Path]]:
    """Remove the files nnwalk recorded writing that ``stale`` selects and this run does not write again.

    Only a file that still holds what nnwalk wrote goes (a larger earlier ``--count``'s variant 13 when this
    run makes 12); one changed since, or never nnwalk's, is kept and returned as such. Returns (removed, kept).
    """
    book = recorded(out_dir)
    removed, kept, forgotten = [], [], False
    for rel in sorted(r for r in book if stale(r) and r not in keep):
        path = out_dir / rel
        if not path.is_file():  # gone already: only the record is left to drop
            book.pop(rel)
            forgotten = True
            continue
        try:
            ours = _digest(path.read_bytes()) in book[rel]
        except OSError:
            ours = False
        if ours:
            path.unlink()
            book.pop(rel)
            removed.append(path)
        else:
            kept.append(path)
    if removed or forgotten:
        _save(out_dir, book)
    return removed, kept


def write_recorded(out_dir: Path, files: dict[str, str | bytes]) -> list[Path]:
    """Write ``files`` (name -> content) into ``out_dir`` atomically and record each in the manifest.

    The new digests are recorded before the first write and the old ones dropped after the last:
    a run interrupted in between leaves every file matching one of its recorded digests, so the
    next run still knows them as nnwalk's. KaTeX's vendored files are not recorded (their folder's
    VERSION file speaks for them).
    """
    book = recorded(out_dir)
    data = {rel: _bytes(c) for rel, c in files.items()}  # encoded once: for the digest and for the write
    mine = {rel: _digest(b) for rel, b in data.items() if not rel.startswith(f"{KATEX_DIR}/")}
    for rel, d in mine.items():
        book[rel] = [*dict.fromkeys([*book.get(rel, []), d])]
    out_dir.mkdir(parents=True, exist_ok=True)
    _save(out_dir, book)
    written = []
    for rel, content in data.items():
        path = out_dir / rel
        write_atomic(path, content)
        written.append(path)
    for rel, d in mine.items():
        book[rel] = [d]
    _save(out_dir, book)
    return written


def write_run(
    out_dir: Path, files: dict[str, str | bytes], force: bool, stale: Callable[[str], bool] | None = None
) -> tuple[list[Path], list[Path], list[Path]]:
    """One command's whole output: refuse to lose somebody's work (unless ``force``), write and record every
    file, then remove what ``stale`` selects of an earlier run's files that this run does not write again.

    Returns (written, removed, kept): ``kept`` are stale files someone changed, left in place. A folder
    that cannot be written is an NnwalkError naming it, never a traceback.
    """
    if out_dir.exists() and not out_dir.is_dir():
        raise SpecError(f"-o {out_dir}: exists and is not a folder.")
    if not force:
        check_targets(out_dir, files)
    try:
        written = write_recorded(out_dir, files)
        if stale is None:
            return written, [], []
        removed, kept = remove_stale(out_dir, stale, set(files))
        return written, removed, kept
    except OSError as exc:
        raise NnwalkError(f"-o {out_dir}: cannot write the files there ({exc.strerror or exc}).") from None
