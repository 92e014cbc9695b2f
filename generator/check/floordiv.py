"""Whole-number division that floors, where the page's own formula says so.

A page on convolutions states the output size as ``O = ⌊(H + 2p − k)/s⌋ + 1`` and then works
its table without the brackets: ``(28 + 2 − 3)/2 + 1 = 14``. As printed that is 14.5, yet the
page's convention is plain and its number right. So, on a page that writes a floor (``\\lfloor``,
``⌊`` or ``floor(``), a relation of whole numbers only that fails as printed is judged once more
with each division of whole numbers floored, and is right when that makes it right. The report
says so (:attr:`.report.CheckReport.conventions`), as for a base-10 ``log``. A relation with a
decimal anywhere in it is never read so, and a page that writes no floor keeps exact division.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .ast import Bin, Func, Neg, Node, Num

__all__ = ["floor_mark", "floored"]

_MARK = re.compile(r"\\lfloor|\u230a|(?<![A-Za-z])floor\s*\(")


def floor_mark(text: str) -> int | None:
    """The offset of the page's first floor (``\\lfloor``, ``⌊``, ``floor(``), or None."""
    m = _MARK.search(text)
    return m.start() if m else None


def floored(node: Node) -> Node | None:
    """``node`` with each ``/`` between whole-number expressions floored; None when ``node`` holds anything but
    whole numbers, ``+ − × /`` and brackets, or no division (nothing to read otherwise)."""
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
        arg = _floored(node.args[0])
        return None if arg is None else (node if arg is node.args[0] else replace(node, args=[arg]))
    if isinstance(node, Bin) and node.op in ("+", "-", "*", "juxt", "/"):
        left, right = _floored(node.left), _floored(node.right)
        if left is None or right is None:
            return None
        same = node if left is node.left and right is node.right else replace(node, left=left, right=right)
        return Func("floor", [same], start=node.start) if node.op == "/" else same
    return None
