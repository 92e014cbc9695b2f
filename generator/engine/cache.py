"""A per-user cache for work that depends only on the architecture or the templates.

Why: SymPy's differentiation of the whole loss and Jinja's template compilation cost
more than the rest of a render together, yet they depend only on the network's shape
and on nnwalk's own templates. Results are stored under ``$NNWALK_CACHE_DIR``, else
``$XDG_CACHE_HOME/nnwalk``, else ``~/.cache/nnwalk``; ``NNWALK_NO_CACHE=1`` turns the
cache off. A cache that cannot be written is silently skipped: it only saves time.
Entries are keyed by a hash that includes nnwalk's version, and only nnwalk writes them.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

VERSION = "0.1.0"


def cache_dir() -> Path | None:
    """The cache folder, created on demand, or None when caching is off or impossible."""
    if os.environ.get("NNWALK_NO_CACHE"):
        return None
    base = os.environ.get("NNWALK_CACHE_DIR")
    if base:
        root = Path(base)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        root = (Path(xdg) if xdg else Path.home() / ".cache") / "nnwalk"
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return root if os.access(root, os.W_OK) else None


def key(*parts: object) -> str:
    """A stable file-name-safe key for the given parts (and nnwalk's version)."""
    h = hashlib.sha256(repr((VERSION, *parts)).encode()).hexdigest()
    return h[:32]


def read_text(name: str) -> str | None:
    root = cache_dir()
    if root is None:
        return None
    try:
        return (root / name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def write_text(name: str, text: str) -> None:
    """Atomic write; any failure is ignored (the cache only saves time)."""
    root = cache_dir()
    if root is None:
        return
    try:
        fd, tmp = tempfile.mkstemp(dir=root, prefix=".tmp-")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, root / name)
    except OSError:
        return
