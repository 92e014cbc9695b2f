"""Decimal commas: ``σ(2,46211) = 0,92144`` on a page that writes its decimals the European way.

German, French, Vietnamese … walkthroughs write ``0,73105`` for 0.73105, in their math as in their prose. Read with a
decimal point in mind, ``0,73105`` is two numbers and every such equation is lost. A page is read with decimal commas
when, outside code, it writes at least three numbers that can only be decimals with a comma and more than twice as
many of them as numbers with a decimal point. A number can only be a decimal with a comma when it has two or more
digits after the comma but not three after a whole number (``1,000`` may be a thousand), and it is not a pair in
brackets of its own (``(2,3)``, ``[0,1]``, ``{0,25}`` are pairs, shapes and intervals on any page; ``σ(2,46211)`` is
an argument): ``0,512``,
``2,46211``, ``8,88e-16``. Then each comma between two digits outside code, not part of a list written without spaces
(``(1,0,0)``) nor a subscript (``w_{1,2}``), is read as a decimal point, and the report says so
(:attr:`.report.CheckReport.conventions`).

:func:`read_decimal_commas` gives the text to check: the same length as the page, each such comma a point, so every
offset and line of a finding is the page's own; :class:`CommaReading` puts the page's commas back into what a finding
quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .extract import mask_markdown

__all__ = ["CommaReading", "read_decimal_commas"]

#: a number with one comma between digits, not one of a list (1,0,0) and not a subscript pair (w_{1,2}); an exponent
#: may follow (8,8e-16)
_COMMA_NUMBER = re.compile(r"(?<![\w,.])(?<!_\{)(\d+),(\d+)(?!\d|,\d|\.\d|[A-DF-Za-df-z_])")
_POINT_NUMBER = re.compile(r"(?<![\w.,])\d+\.\d+(?![\w.])")
_OPEN, _CLOSE = "([{", ")]}"
_MIN_COMMAS = 3
#: a number with a decimal point in what a finding says
_DECIMAL = re.compile(r"(?<![\w.])(\d+)\.(\d+)")


@dataclass(frozen=True)
class CommaReading:
    """A page read with decimal commas: the text checked, the convention to report, and how to quote the page."""

    text: str
    convention: str
    #: numbers as checked (``2.46211``) → as the page writes them (``2,46211``)
    written: dict[str, str]
    #: whether the page writes no decimal point outside code, so computed values are shown with commas too
    commas_only: bool

    def quote(self, said: str) -> str:
        """``said`` (a formula or a sentence of a finding) with each number the page wrote with a comma written so."""
        return _DECIMAL.sub(lambda m: self.written.get(m.group(0), m.group(0)), said)

    def value(self, said: str) -> str:
        """A computed value as the page would write it: with a comma on a page that writes no decimal point."""
        return _DECIMAL.sub(r"\1,\2", said) if self.commas_only else said


def _sure(m: re.Match[str], masked: str) -> bool:
    """Whether the comma number ``m`` can only be a decimal (see the module doc)."""
    whole, frac = m.group(1), m.group(2)
    if len(frac) < 2 or (len(frac) == 3 and whole != "0"):
        return False
    before = masked[m.start() - 1] if m.start() else ""
    after = masked[m.end()] if m.end() < len(masked) else ""
    named = m.start() >= 2 and (masked[m.start() - 2].isalpha() or masked[m.start() - 2] == "}")  # σ(2,46211), f(0,25)
    return not (before and before in _OPEN and after and after in _CLOSE and not named)


def read_decimal_commas(text: str) -> CommaReading | None:
    """How the page reads with decimal commas, or None when it writes its decimals with points (see the module doc)."""
    if "," not in text:
        return None
    masked = mask_markdown(text)  # code keeps its own commas: f(1,2) in a code cell is a call
    found = list(_COMMA_NUMBER.finditer(masked))
    sure = [m for m in found if _sure(m, masked)]
    points = len(_POINT_NUMBER.findall(masked))
    if len(sure) < _MIN_COMMAS or len(sure) <= 2 * points:
        return None
    chars = list(text)
    written: dict[str, str] = {}
    for m in found:
        chars[m.end(1)] = "."
        written[f"{m.group(1)}.{m.group(2)}"] = m.group(0)
    first = sure[0]
    note = f"decimal commas: the page writes its decimals with a comma ({first.group(0)} is {first.group(1)}.{first.group(2)})"
    return CommaReading("".join(chars), note, written, points == 0)
