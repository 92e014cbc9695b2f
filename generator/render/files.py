"""The files nnwalk writes, and how it recognises its own.

Every document is written atomically (a temporary file in the same folder, then a rename), so
a reader never sees half a file. A file already at the target is overwritten only when nnwalk
wrote it (the certificate at the end of a document, the generator tag of a page, the marker of
a plot, a KaTeX copy nnwalk vendored); anything else is someone's own work and needs ``--force``.
Both the render command (:mod:`generator.api`) and exam runs use these.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .html import GENERATOR_MARK, KATEX_DIR, KATEX_MARK
from .plot import PLOT_MARK


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


def written_by_nnwalk(path: Path) -> bool:
    """Whether an existing file is one of ours, recognised by the certificate every document ends with.

    Markdown and LaTeX end with "nnwalk checked N items"; the JSON answer key carries a
    ``verification`` block beside ``steps``; an HTML page has nnwalk's generator tag in its head
    (a page that merely quotes "nnwalk checked" is not ours); the loss plot carries its marker
    comment. A file without these is someone's own work. (KaTeX's files are judged in
    :func:`may_overwrite`, which knows what nnwalk would write there.)
    """
    try:
        with path.open("rb") as fh:
            head = fh.read(4_000_000)
    except OSError:
        return False
    text = head.decode("utf-8", errors="replace")
    if path.suffix == ".pdf":  # compressed: recognised by the .tex nnwalk always keeps beside it
        return head.startswith(b"%PDF") and written_by_nnwalk(path.with_suffix(".tex"))
    if path.suffix == ".json":
        return '"verification"' in text and '"steps"' in text and '"network"' in text
    if path.suffix in (".html", ".htm"):
        head_end = text.find("</head>")
        return text.lstrip().startswith("<!DOCTYPE html>") and GENERATOR_MARK in text[: head_end if head_end >= 0 else 4000]
    if path.suffix == ".svg":
        return PLOT_MARK in text[:2000]
    return "nnwalk checked" in text


def may_overwrite(path: Path, rel: str, content: str | bytes, out_dir: Path) -> bool:
    """Whether overwriting ``path`` (to be written as ``rel`` with ``content``) loses nobody's work.

    A KaTeX file is ours when it already holds exactly what we would write, or when the
    ``katex/`` folder is one nnwalk vendored (its VERSION file says so): an older nnwalk's KaTeX.
    Someone's own KaTeX folder (from npm, another version) is left alone.
    """
    if not path.is_file():
        return False
    if rel.startswith(f"{KATEX_DIR}/"):
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        try:
            if path.stat().st_size == len(data) and path.read_bytes() == data:
                return True
            version = (out_dir / KATEX_DIR / "VERSION").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
        return KATEX_MARK in version
    return written_by_nnwalk(path)
