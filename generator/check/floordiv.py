"""Whole-number division that floors, where the page's own formula says so.

A page on convolutions states the output size as ``O = ⌊(H + 2p − k)/s⌋ + 1`` and then works
its table without the brackets: ``(28 + 2 − 3)/2 + 1 = 14``. As printed that is 14.5, yet the
page's convention is plain and its number right. So, on a page that writes a floor (``\\lfloor``,
``⌊`` or ``floor(``), a relation of whole numbers only, of that form (a quotient plus one), that fails
as printed is judged once more with each division of whole numbers floored, and is right when that
makes it right. Divisions inside the page's own ``⌊⌋`` or ``⌈⌉`` are left as the brackets say. The report
says so (:attr:`.report.CheckReport.conventions`), as for a base-10 ``log``. A relation with a
decimal anywhere in it is never read so, and a page that writes no floor keeps exact division.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .ast import Bin, Func, Neg, Node, Num

__all__ = ["floor_mark", "floored"]

_MARK = re.compile(r"\\lfloor|\u230a|(?<![A-Za-z])floor\(")  # "floor(x)", not "on the floor (see …)"


def floor_mark(text: str) -> int | None:
    """The offset of the page's first floor (``\\lfloor``, ``⌊``, ``floor(``), or None."""
    if "floor" not in text and "\u230a" not in text:  # (a plain substring test is much faster than the search)
        return None
    m = _MARK.search(text)
    return m.start() if m else None


def floored(node: Node) -> Node | None:
    """``node`` with each ``/`` between whole-number expressions floored, when ``node`` is an output size as the
    formula writes it, a quotient plus one (``(28 + 2 − 3)/2 + 1``); None for anything else (a mean ``(3 + 4)/2``
    keeps exact division), for anything but whole numbers, ``+ − × /`` and brackets, and where nothing changes."""
    if not (isinstance(node, Bin) and node.op == "+" and isinstance(node.right, Num) and node.right.value == 1):
        return None
    if not (isinstance(node.left, Bin) and node.left.op == "/"):
        return None
    got = _floored(node)
    return None if got is None or got is node else got


def _floored(node: Node) -> Node | None:
    if isinstance(node, Num):
        whole = node.half == 0 and node.scale is None and node.decimals is None and node.value == int(node.value)
        return node if whole else None
    if isinstance(node, Neg):
        arg = _floored(node.arg)
        return None if arg is None else (node if arg is node.arg else replace(node, arg=arg))
    if isinstance(node, Func) and node.name in ("floor", "ceil") and len(node.args) == 1:
        return node if _floored(node.args[0]) is not None else None  # the page's own brackets say where it floors
    if isinstance(node, Bin) and node.op in ("+", "-", "*", "juxt", "/"):
        left, right = _floored(node.left), _floored(node.right)
        if left is None or right is None:
            return None
        same = node if left is node.left and right is node.right else replace(node, left=left, right=right)
        return Func("floor", [same], start=node.start) if node.op == "/" else same
    return None
