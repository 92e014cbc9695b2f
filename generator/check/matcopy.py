"""A printed matrix copied with some cells wrong, where the earlier matrix it restates makes the result right.

A notebook gives ``W_{ij} = [[0.1, 0.2, 0.3], [0.3, 0.2, 0.7], [0.4, 0.3, 0.9]]``, then works an example
``[0.1, 0.2, 0.7] × [[0.1, 0.4, 0.3], [0.3, 0.7, 0.7], [0.5, 0.2, 0.9]] + [1, 1, 1] = [1.35, 1.27, 1.8]``.
The result is what ``W_{ij}`` gives; the matrix beside it was copied with four cells wrong. As for a
scalar operand miscopied (:mod:`.carry`), the wrong numbers are the copied cells, not the result, and
nothing is carried from the result. Only a matrix of the same shape, printed by name before the
relation, of four cells or more, differing in fewer than half of them, and only when putting it in
makes every element of the result right.
"""

from __future__ import annotations

from dataclasses import replace

from .ast import Bin, Matrix, Neg, Node, Num, Transpose
from .evaluate import EvalError, evaluate, flatten, shape_of
from .pieces import printed_value, single_literal

__all__ = ["earlier_matrices", "miscopied_matrix"]

#: The most earlier matrices put in for one copied matrix (the nearest first), so a hostile page stays linear.
_TRIED = 16


def earlier_matrices(sides: list[tuple[str, Node | Exception, int]]) -> list[tuple[int, Matrix, str]]:
    """(offset, matrix, name) of each matrix of numbers printed as the value of a name (``W_{ij} = [...]``)."""
    out = []
    for name, node, at in sides:
        if isinstance(node, Matrix) and printed_value(node) and len(node.rows) * len(node.rows[0]) >= 4:
            out.append((at, node, name))
    return out


def _operand_matrices(node: Node) -> list[Matrix]:
    if isinstance(node, Matrix):
        return [node] if printed_value(node) else []
    if isinstance(node, Bin):
        return _operand_matrices(node.left) + _operand_matrices(node.right)
    if isinstance(node, (Neg, Transpose)):
        return _operand_matrices(node.arg)
    return []


def _swap(node: Node, old: Matrix, new: Matrix) -> Node:
    if node is old:
        return new
    if isinstance(node, Bin):
        return replace(node, left=_swap(node.left, old, new), right=_swap(node.right, old, new))
    if isinstance(node, (Neg, Transpose)):
        return replace(node, arg=_swap(node.arg, old, new))
    return node


def _cells(m: Matrix) -> list[Num | None]:
    return [single_literal(c) for row in m.rows for c in row]


def miscopied_matrix(
    left: Node, right: Node, earlier: list[tuple[int, Matrix, str]], at: int
) -> tuple[Matrix, Matrix, str, list[tuple[Num, Num]]] | None:
    """(the copied matrix, the earlier one, its name, [(copied cell, earlier cell) that differ]) when putting the
    earlier matrix in for the copy makes every printed element of ``right`` right, else None."""
    want = [single_literal(c) for c in _flatten_cells(right)]
    if not want or any(w is None for w in want):
        return None
    tried = 0
    for m in _operand_matrices(left):
        shape = (len(m.rows), len(m.rows[0]))
        cells = _cells(m)
        if shape[0] * shape[1] < 4 or any(c is None for c in cells):
            continue
        for start, prev, name in reversed(earlier):
            if start >= at or (len(prev.rows), len(prev.rows[0])) != shape:
                continue
            before = _cells(prev)
            diff = [(c, p) for c, p in zip(cells, before, strict=True) if c is not None and p is not None and c.key != p.key]
            if not diff or 2 * len(diff) >= len(cells):
                continue
            tried += 1
            if tried > _TRIED:
                return None  # a page of hundreds of look-alike matrices: the nearest ones were tried
            try:
                value = evaluate(_swap(left, m, prev))
            except (EvalError, ArithmeticError, ValueError, RecursionError):
                continue
            got = flatten(value) if shape_of(value) is not None else [value]
            if len(got) == len(want) and all(
                abs(g.mid - w.value) <= w.half + 1e-12 * max(abs(w.value), 1e-300)  # type: ignore[union-attr]
                for g, w in zip(got, want, strict=True)
            ):
                return m, prev, name, diff  # type: ignore[return-value]
    return None


def _flatten_cells(node: Node) -> list[Node]:
    """The cells of a printed matrix (one row or many), or the node itself for a single value."""
    if isinstance(node, Matrix):
        return [c for row in node.rows for c in row]
    return [node]
