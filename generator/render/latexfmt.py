"""Escaping of user text for each target, and small LaTeX builders for matrices.

Spec strings (title, course, author) reach documents; they are escaped here so a
title cannot inject LaTeX commands or HTML.
"""

from __future__ import annotations

import html
import re

from ..numfmt import Num

_TEX = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "$": r"\$",
    "&": r"\&",
    "#": r"\#",
    "^": r"\textasciicircum{}",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "%": r"\%",
}


_GREEK = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega".split()
_UNICODE = {chr(0x3B1 + i): name for i, name in enumerate(_GREEK[:17])}
_UNICODE.update({chr(0x3C3 + i): name for i, name in enumerate(_GREEK[17:])})
_UNICODE.update({"→": "to", "←": "leftarrow", "×": "times", "·": "cdot", "≈": "approx", "≤": "le", "≥": "ge", "∂": "partial"})


def _tex_char(ch: str) -> str:
    if ch in _TEX:
        return _TEX[ch]
    if ch in _UNICODE:
        name = _UNICODE[ch]
        return rf"\ensuremath{{\{name if name != 'omicron' else 'mathrm{{o}}'}}}"
    if ord(ch) < 0x20:
        return " "
    if ord(ch) > 0xFF:  # pdflatex cannot typeset it: say which character it was
        return rf"[U+{ord(ch):04X}]"
    return ch


def tex_escape(s: object) -> str:
    """Escape text for LaTeX: every special character (so \\input or ^^5c cannot act),
    Greek letters and common symbols as math, other characters pdflatex lacks as [U+XXXX]."""
    return " ".join(_breakable("".join(_tex_char(ch) for ch in word)) for word in str(s).split(" "))


def _breakable(word: str) -> str:
    """A long unbroken word (a code expression like ``np.random.Generator(np.random.PCG64(7))``)
    may break after its dots and brackets, so it cannot run past the margin."""
    if len(word) <= 24:
        return word
    return re.sub(r"(?<!\\)([.(/])(?=[^\s])", r"\1\\allowbreak{}", word)


def md_escape(s: object) -> str:
    """Escape text for Markdown/HTML: Markdown's active characters, then HTML's."""
    out = str(s)
    for ch in "\\`*_[]#|$":
        out = out.replace(ch, "\\" + ch)
    return html.escape(out, quote=False)


def bmatrix(rows: list[list[Num]] | list[Num], column: bool = False) -> str:
    """A bmatrix of printed numbers; a flat list is a column vector when ``column``."""
    if rows and not isinstance(rows[0], list):
        flat = rows  # type: ignore[assignment]
        rows = [[n] for n in flat] if column else [list(flat)]  # type: ignore[list-item]
    body = r" \\ ".join(" & ".join(n.latex for n in r) for r in rows)  # type: ignore[union-attr]
    return rf"\begin{{bmatrix}} {body} \end{{bmatrix}}"
