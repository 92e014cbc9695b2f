"""A PDF's text layer as plain text, each line mapped to its page and its line on that page.

Lecture notes and slides are published as PDF. What ``verify`` can check is the text layer:
the characters the PDF says are on the page, in reading order, as pypdf extracts them (pure
Python, BSD-licensed; nothing in the PDF is run). Math typeset by LaTeX comes out as Unicode
(σ, ×, −, ·) which the checker's lexer reads like any pasted text. A scanned PDF has no text
layer: that is said plainly (exit 2), never reported as "nothing wrong".
"""

from __future__ import annotations

import functools
import io
import logging
import unicodedata
from dataclasses import dataclass

from ..errors import SpecError

#: Pages read at most (a book-length PDF is refused with a message rather than read for minutes).
MAX_PAGES = 500


@dataclass(frozen=True)
class PdfText:
    """The text of every page, joined; ``places[k]`` is (page, line on that page) of text line k + 1."""

    text: str
    places: list[tuple[int, int]]

    def place(self, line: int) -> tuple[int, int]:
        return self.places[line - 1] if 1 <= line <= len(self.places) else (0, line)


@functools.cache
def _math_letters() -> dict[int, str]:
    """Unicode's mathematical italic and bold letters and digits (``𝑊``, ``𝒙``, ``𝜎``, ``𝟎``), which Typst and Word
    put in a PDF's text layer, mapped to the plain ones they stand for (``W``, ``x``, ``σ``, ``0``): one character
    for one, so every line keeps its length."""
    out = {}
    for cp in range(0x1D400, 0x1D800):
        plain = unicodedata.normalize("NFKC", chr(cp))
        if len(plain) == 1 and plain != chr(cp):
            out[cp] = plain
    return out


def looks_like_pdf(raw: bytes, path: str) -> bool:
    return raw[:1024].lstrip().startswith(b"%PDF-") or path.lower().endswith(".pdf")


def read_pdf(raw: bytes, path: str) -> PdfText:
    """The text layer of the PDF ``raw``; a SpecError naming the problem when there is none to read."""
    if not raw[:1024].lstrip().startswith(b"%PDF-"):
        raise SpecError(
            f"{path}: not a PDF (it does not start with %PDF-); give a Markdown, LaTeX, text, HTML, notebook or PDF file."
        )
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError:  # pragma: no cover - pypdf is a dependency
        raise SpecError(f"{path}: reading a PDF needs the pypdf package (pip install pypdf).") from None
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # a damaged xref is repaired silently; what is unreadable is said below
    try:
        reader = PdfReader(io.BytesIO(raw), strict=False)
        if reader.is_encrypted:
            raise SpecError(f"{path}: the PDF is encrypted; verify reads PDFs whose text can be extracted without a password.")
        pages = reader.pages
        if len(pages) > MAX_PAGES:
            raise SpecError(
                f"{path}: the PDF has {len(pages)} pages; verify reads at most {MAX_PAGES} (split it, or check the chapter)."
            )
        texts = [page.extract_text() or "" for page in pages]
    except SpecError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError, OSError) as exc:
        raise SpecError(f"{path}: the PDF cannot be read ({type(exc).__name__}: {str(exc)[:120]}).") from None
    if not any(ch.isdigit() for t in texts for ch in t):
        raise SpecError(
            f"{path}: the PDF has no text layer with numbers in it ({len(texts)} pages), as a scanned document does; "
            "verify reads the characters a PDF stores, not images of them: run OCR first, or check the LaTeX or Markdown source."
        )
    lines: list[str] = []
    places: list[tuple[int, int]] = []
    letters = _math_letters()
    for p, t in enumerate(texts, start=1):
        for k, line in enumerate(t.splitlines(), start=1):
            lines.append(line.translate(letters))
            places.append((p, k))
        lines.append("")  # a page break ends a paragraph
        places.append((p, len(t.splitlines()) + 1))
    return PdfText("\n".join(lines) + "\n", places)
