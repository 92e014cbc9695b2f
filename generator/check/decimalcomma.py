"""Decimal commas: ``σ(2,46211) = 0,92144`` on a page that writes its decimals the European way.

German, French, Vietnamese … walkthroughs write ``0,73105`` for 0.73105, in their math as in their prose. Read with a
decimal point in mind, ``0,73105`` is two numbers and every such equation is lost. A page is read with decimal commas
when it writes at least three numbers that can only be decimals with a comma (``0,512``, ``8,8e-16``, ``2,46211``:
an integer part of 0, or not three digits after the comma, so no thousands separator) and at least twice as many of
them as numbers with a decimal point, outside code. Then each comma between two digits that is not part of a list
written without spaces (``(1,0,0)``) nor a subscript (``w_{1,2}``) is read as a decimal point, and the report says
so (:attr:`.report.CheckReport.conventions`).

:func:`read_decimal_commas` gives the text to check: the same length as the page, each such comma a point, so every
offset and line of a finding is the page's own; :func:`as_the_page_writes` puts the commas back into the numbers a
finding prints.
"""

from __future__ import annotations

import re

from .extract import mask_markdown

__all__ = ["as_the_page_writes", "read_decimal_commas"]

#: a number with one comma between digits, not one of a list (1,0,0) and not a subscript pair (w_{1,2}); an exponent
#: may follow (8,8e-16)
_COMMA_NUMBER = re.compile(r"(?<![\w,.])(?<!_\{)(\d+),(\d+)(?!\d|,\d|\.\d|[A-DF-Za-df-z_])")
_POINT_NUMBER = re.compile(r"(?<![\w,.])\d+\.\d+(?![\w.])")
_MIN_COMMAS = 3
#: a number with a decimal point in what a finding prints, put back as the page writes it
_DECIMAL = re.compile(r"(?<![\w.])(\d+)\.(\d+)")


def read_decimal_commas(text: str) -> tuple[str, str] | None:
    """(the text with its decimal commas as points, the convention to report), or None when the page writes its
    decimals with points (see the module doc)."""
    if "," not in text:
        return None
    masked = mask_markdown(text)  # code keeps its own commas: f(1,2) in a code cell is a call
    found = list(_COMMA_NUMBER.finditer(masked))
    sure = [m for m in found if m.group(1) == "0" or len(m.group(2)) != 3]
    if len(sure) < _MIN_COMMAS or len(sure) <= 2 * len(_POINT_NUMBER.findall(masked)):
        return None
    chars = list(text)
    for m in found:
        chars[m.end(1)] = "."
    first = sure[0]
    note = f"decimal commas: the page writes its decimals with a comma ({first.group(0)} is {first.group(1)}.{first.group(2)})"
    return "".join(chars), note


def as_the_page_writes(printed: str) -> str:
    """``0.73105`` as a page with decimal commas writes it: ``0,73105``."""
    return _DECIMAL.sub(r"\1,\2", printed)
