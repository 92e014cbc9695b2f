"""Equations drawn as images by a LaTeX service, read from the address that draws them.

Before GitHub rendered math, READMEs and many blogs wrote every equation as an image whose address holds the
LaTeX: ``![Q Calculation](https://latex.codecogs.com/svg.latex?%5Cbg_white%20Q%20%3D%20X%20%5Ccdot%20W_q…)``,
``<img src="https://render.githubusercontent.com/render/math?math=z%3D0.5">``. When the alt text repeats the
LaTeX (CSDN's habit) the checker reads the alt text (:data:`.extract.MATH_IMAGE`); when it is a caption ("Q
Calculation") or missing, the equation is only in the address, URL-encoded (``%5C`` for ``\\``, ``+`` or
``&space;`` for a space, ``&plus;`` for ``+``).

:func:`read_drawn_equations` gives the text to check: the same length as the page, each such image replaced by
``$$<its LaTeX>$$`` and spaces, so every offset and line of a finding is the page's own (as
:mod:`.decimalcomma` does for decimal commas). A finding inside a drawn image has no place in the page's own
characters (the number is encoded in the address): :func:`drawn_end` tells the annotator to mark it right after the
image (inside a table's cell, where a marker after the row would not show).
"""

from __future__ import annotations

import bisect
import html
import re
from urllib.parse import unquote, unquote_plus

from .extract import MATH_IMAGE

__all__ = ["DrawnReading", "drawn_end", "latex_of", "read_drawn_equations"]

#: where each service keeps the LaTeX in its address (codecogs: the whole query; GitHub, Google, WordPress and Zhihu:
#: one parameter; upmath: the path), and whether ``+`` there is a space (a query string) or a plus
_SERVICES: tuple[tuple[re.Pattern[str], bool], ...] = (
    # codecogs reads a + as a plus (its editor writes &space; for a space, and an HTML page's &plus; reaches it as +)
    (re.compile(r"https?://(?:[\w-]+\.)*codecogs\.com/[\w./-]*?\?(?P<tex>[^#]+)"), False),  # (#gh-dark-mode-only)
    (re.compile(r"https?://render\.githubusercontent\.com/render/math\?(?:[^#]*?&(?:amp;)?)?math=(?P<tex>[^&#]+)"), True),
    # (a chart of another type, cht=p3 …, labels its slices with chl: no LaTeX)
    (
        re.compile(
            r"https?://chart\.(?:googleapis|apis\.google)\.com/chart\?(?=[^#]*\bcht=tx\b)(?:[^#]*?&(?:amp;)?)?chl=(?P<tex>[^&#]+)"
        ),
        True,
    ),
    (re.compile(r"https?://i\.upmath\.me/(?:svg|png)/(?P<tex>[^?#]+)"), False),
    (re.compile(r"https?://math\.now\.sh\?(?:[^#]*?&(?:amp;)?)?from=(?P<tex>[^&#]+)"), True),
    # WordPress.com's LaTeX images (``$latex …$`` in a post) and Zhihu's equations, on saved pages and exports
    (re.compile(r"https?://(?:[\w-]+\.)*wp\.com/latex\.php\?(?:[^#]*?&(?:amp;|#0?38;)?)?latex=(?P<tex>[^&#]+)"), True),
    (re.compile(r"https?://(?:[\w-]+\.)*zhihu\.com/equation\?(?:[^#]*?&(?:amp;)?)?tex=(?P<tex>[^&#]+)"), True),
)
#: an ``<img>`` tag on one line and its address
_IMG_TAG = re.compile(r"<img\b[^<>\n]*>", re.IGNORECASE)  # (up to the next tag: linear on a line of unclosed tags)
_SRC = re.compile(r"\bsrc\s*=\s*(?:\"(?P<url>[^\"\s]+)\"|'(?P<url1>[^'\s]+)')", re.IGNORECASE)  # (\sigma' in "…")
#: codecogs' own switches (background, resolution, size, font), which are not LaTeX a reader evaluates
_SWITCHES = re.compile(
    r"\\(?:bg_\w+|fn_\w+|bg\{\w+\}|dpi\{\d+\}|inline|tiny|small|normalsize|large|Large|LARGE|huge|Huge)(?![A-Za-z])\s*"
)
#: a relation an alt text may state itself (then it is read as it is)
_RELATION = re.compile(r"=|\\approx|≈")


class DrawnReading:
    """The page with its drawn equations written out, and where each image stands in the page."""

    def __init__(self, text: str, spans: list[tuple[int, int]]) -> None:
        self.text = text
        self.spans = spans


def latex_of(url: str) -> str | None:
    """The LaTeX an image address draws, or None when the address is not a LaTeX service's."""
    for pattern, query in _SERVICES:
        m = pattern.match(url)
        if m is None:
            continue
        raw = m.group("tex").replace("&space;", " ").replace("&plus;", "%2B")
        tex = html.unescape(unquote_plus(raw) if query else unquote(raw))
        tex = _SWITCHES.sub("", tex).replace("\n", " ").replace("\r", " ").strip()
        return tex or None
    return None


def _written(tex: str, length: int) -> str | None:
    """``$$tex$$`` padded with spaces to ``length`` characters, or None when it does not fit or cannot be math."""
    if "$" in tex or not any(c.isdigit() for c in tex):
        return None
    out = f"$${tex}$$"
    return out.ljust(length) if len(out) <= length else None


def read_drawn_equations(text: str) -> DrawnReading | None:
    """The page with each equation drawn by a LaTeX service written out as display math, or None when it has none.

    A Markdown image whose alt text states a relation itself keeps it (the checker reads the alt text); any other
    image of a LaTeX service, and every ``<img>`` tag of one, is read from its address.
    """
    if "://" not in text or ("![" not in text and "<img" not in text.lower()):
        return None
    edits: list[tuple[int, int, str]] = []
    if "![" in text:
        for m in MATH_IMAGE.finditer(text):
            if _RELATION.search(m.group("alt")):
                continue
            tex = latex_of(m.group("url"))
            out = _written(tex, m.end() - m.start()) if tex else None
            if out is not None:
                edits.append((m.start(), m.end(), out))
    for m in _IMG_TAG.finditer(text):
        src = _SRC.search(m.group())
        tex = latex_of(html.unescape(src.group("url") or src.group("url1"))) if src else None
        out = _written(tex, m.end() - m.start()) if tex else None
        if out is not None and not any(a < m.end() and m.start() < b for a, b, _o in edits):
            edits.append((m.start(), m.end(), out))
    if not edits:
        return None
    edits.sort()
    parts, last = [], 0
    for a, b, out in edits:
        parts.append(text[last:a])
        parts.append(out)
        last = b
    parts.append(text[last:])
    return DrawnReading("".join(parts), [(a, b) for a, b, _o in edits])


def drawn_end(spans: list[tuple[int, int]], offset: int | None) -> int | None:
    """Where the drawn image holding ``offset`` ends in the page (``spans`` sorted), or None when none holds it."""
    if offset is None:
        return None
    k = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return spans[k][1] if k >= 0 and spans[k][0] <= offset < spans[k][1] else None
