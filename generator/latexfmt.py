"""Escaping of user text for each target, and small LaTeX builders for matrices.

Spec strings (title, course, author) reach documents; they are escaped here so a
title cannot inject LaTeX commands or HTML.
"""

from __future__ import annotations

import html

from .numfmt import Num

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


def tex_escape(s: object) -> str:
    """Escape text for LaTeX (every special character, so \\input or ^^5c cannot act)."""
    return "".join(_TEX.get(ch, ch) for ch in str(s))


def md_escape(s: object) -> str:
    """Escape text for Markdown/HTML: HTML entities plus Markdown's active characters."""
    out = html.escape(str(s), quote=True)
    for ch in "\\`*_[]#|$":
        out = out.replace(ch, "\\" + ch)
    return out


def bmatrix(rows: list[list[Num]] | list[Num], column: bool = False) -> str:
    """A bmatrix of printed numbers; a flat list is a column vector when ``column``."""
    if rows and not isinstance(rows[0], list):
        flat = rows  # type: ignore[assignment]
        rows = [[n] for n in flat] if column else [list(flat)]  # type: ignore[list-item]
    body = r" \\ ".join(" & ".join(n.latex for n in r) for r in rows)  # type: ignore[union-attr]
    return rf"\begin{{bmatrix}} {body} \end{{bmatrix}}"
