"""Which logarithm an unmarked ``log`` is on this page: natural, or base 10 where the page says so by its numbers.

Machine-learning pages mean the natural logarithm (cross-entropy, ``torch.log``), and nnwalk reads
``log`` so. School mathematics in several countries writes ``log`` for base 10, and a page that
works ``-\\log 0.93 \\simeq 0.03`` and ``-\\log 0.07 \\simeq 1.15`` is consistent in that
convention (ln would give 0.07 and 2.66). The page's own numbers decide, as the learning rate is
inferred from a page's update lines: ``log`` is base 10 when some relation with an unmarked log
holds only in base 10 and none holds only in base e. A page that mixes them keeps base e, so a
cross-entropy worked with the wrong logarithm is still named.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .ast import Bin, Cell, Func, Matrix, Neg, Node, Pow, Transpose
from .evaluate import EvalError, evaluate
from .extract import Chain, Side
from .interval import Interval
from .parse import make_number
from .pieces import single_literal

__all__ = ["base_ten", "in_base_ten"]

#: An unmarked logarithm in a side's text: ``log``, ``\log`` not followed by a base subscript (``\log_2``).
_UNMARKED = re.compile(r"(?<![A-Za-z])\\?log(?![A-Za-z_]|\s*_)")


def in_base_ten(node: Node) -> Node:
    """``node`` with each logarithm that has no base of its own taken in base 10 (``log x / ln 10``)."""
    if isinstance(node, Bin):
        if node.op == "/" and isinstance(node.left, Func) and node.left.name == "log" and _is_ln(node.right):
            return replace(node, left=replace(node.left, args=[in_base_ten(a) for a in node.left.args]))  # log_b x
        return replace(node, left=in_base_ten(node.left), right=in_base_ten(node.right))
    if isinstance(node, Func):
        args = [in_base_ten(a) for a in node.args]
        if node.name == "log":
            ten = Func("ln", [make_number("10", node.start)], start=node.start)
            return Bin("/", replace(node, args=args), ten, start=node.start)
        return replace(node, args=args)
    if isinstance(node, (Neg, Transpose, Cell)):
        return replace(node, arg=in_base_ten(node.arg))
    if isinstance(node, Pow):
        return replace(node, base=in_base_ten(node.base), exp=in_base_ten(node.exp))
    if isinstance(node, Matrix):
        return replace(node, rows=[[in_base_ten(c) for c in r] for r in node.rows])
    return node


def _is_ln(node: Node) -> bool:
    return isinstance(node, Func) and node.name == "ln"


def base_ten(text: str, chains: list[Chain], parse: Callable[[Side], Node | Exception]) -> list[int]:
    """Offsets of the values that only a base-10 ``log`` gives, when the page's unmarked ``log`` is base 10 (see
    the module doc); empty (base e) on almost every page at once."""
    if "log" not in text:
        return []
    only_ten: list[int] = []
    only_e = 0
    for chain in chains:
        for a, b in zip(chain.sides, chain.sides[1:]):
            if not a.tokens or not b.tokens or not _UNMARKED.search(a.text) or "ln" in a.text:
                continue
            left, right = parse(a), parse(b)
            if isinstance(left, Exception) or isinstance(right, Exception):
                continue
            lit = single_literal(right)
            if lit is None or lit.half <= 0:
                continue
            try:
                e, ten = evaluate(left), evaluate(in_base_ten(left))
            except (EvalError, ArithmeticError, ValueError, RecursionError):
                continue
            if not (isinstance(e, Interval) and isinstance(ten, Interval)):
                continue  # a matrix: left to the checker in base e
            near_e = abs(e.mid - lit.value) <= 1.5 * lit.half
            near_ten = abs(ten.mid - lit.value) <= 1.5 * lit.half
            if near_ten and not near_e:
                only_ten.append(b.start)
            only_e += near_e and not near_ten
    return only_ten if only_e == 0 else []
