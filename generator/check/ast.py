"""AST node types produced by :mod:`generator.check.parse`.

Kept separate from the parser so the evaluator and the checker can depend on
the data shapes without depending on parsing logic.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "Node",
    "Num",
    "Const",
    "Sym",
    "Neg",
    "Bin",
    "Pow",
    "Func",
    "Transpose",
    "Matrix",
    "Cell",
    "walk",
    "is_numeric",
    "literals",
]


@dataclass
class Node:
    """Base class; ``start`` is the absolute offset of the node's first token."""

    start: int = field(default=0, kw_only=True)


@dataclass
class Num(Node):
    """A printed literal.

    ``half`` is the half-unit of its last printed digit (0 for integers written
    without a decimal point, which are exact).  ``key`` identifies the printed
    digits irrespective of sign, so the same rounded value can be recognised
    wherever it is reused.  ``scale`` is k in ``m \\times 10^{k}``.
    """

    value: float
    half: float
    key: str
    decimals: int | None
    text: str
    scale: int | None = None


@dataclass
class Const(Node):
    """An exact mathematical constant (``\\pi``)."""

    value: float
    name: str


@dataclass
class Sym(Node):
    """Anything symbolic: makes its side non-numeric."""

    name: str


@dataclass
class Neg(Node):
    arg: Node


@dataclass
class Bin(Node):
    """Binary operation; op is ``+ - * / juxt odot``."""

    op: str
    left: Node
    right: Node


@dataclass
class Pow(Node):
    base: Node
    exp: Node


@dataclass
class Func(Node):
    """``exp ln log tanh sigmoid relu sqrt max min abs`` applied to ``args``."""

    name: str
    args: list[Node]


@dataclass
class Transpose(Node):
    arg: Node


@dataclass
class Matrix(Node):
    """``bmatrix``/``pmatrix``/… literal; ``rows[i][j]`` are cell ASTs."""

    rows: list[list[Node]]
    spans: list[list[tuple[int, int]]] = field(default_factory=list)


@dataclass
class Cell(Node):
    """Element ``(row, col)`` of the matrix ``arg`` evaluates to: a piece of a substitution step whose printed
    value is a vector of numbers (``(h ⊙ (1 − h) ⊙ (v δ))`` replaced by ``(0.02728, 0.03499)``) is judged
    cell by cell, each against its own printed number. Made by :func:`.pieces.replacements`, never parsed."""

    arg: Node
    row: int
    col: int


def walk(node: Node):  # type: ignore[no-untyped-def]
    """Yield ``node`` and all its descendants (pre-order)."""
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        if isinstance(n, (Neg, Transpose, Cell)):
            stack.append(n.arg)
        elif isinstance(n, Bin):
            stack.extend((n.right, n.left))
        elif isinstance(n, Pow):
            stack.extend((n.exp, n.base))
        elif isinstance(n, Func):
            stack.extend(reversed(n.args))
        elif isinstance(n, Matrix):
            for row in reversed(n.rows):
                stack.extend(reversed(row))


def is_numeric(node: Node) -> bool:
    """True when no symbol occurs anywhere in the tree."""
    stack = [node]
    while stack:
        n = stack.pop()
        cls = n.__class__
        if cls is Sym:
            return False
        if cls is Bin:
            stack.append(n.right)  # type: ignore[attr-defined]
            stack.append(n.left)  # type: ignore[attr-defined]
        elif cls is Neg or cls is Transpose:
            stack.append(n.arg)  # type: ignore[attr-defined]
        elif cls is Pow:
            stack.append(n.exp)  # type: ignore[attr-defined]
            stack.append(n.base)  # type: ignore[attr-defined]
        elif cls is Func:
            stack.extend(n.args)  # type: ignore[attr-defined]
        elif cls is Matrix:
            for row in n.rows:  # type: ignore[attr-defined]
                stack.extend(row)
        elif cls is not Num and cls is not Const:
            return not any(isinstance(m, Sym) for m in walk(node))  # a subclass: the general walk
    return True


def literals(node: Node) -> list[Num]:
    """The literals of the tree in :func:`walk`'s order (pre-order)."""
    out: list[Num] = []
    stack = [node]
    while stack:
        n = stack.pop()
        cls = n.__class__
        if cls is Num:
            out.append(n)  # type: ignore[arg-type]
        elif cls is Bin:
            stack.append(n.right)  # type: ignore[attr-defined]
            stack.append(n.left)  # type: ignore[attr-defined]
        elif cls is Neg or cls is Transpose:
            stack.append(n.arg)  # type: ignore[attr-defined]
        elif cls is Pow:
            stack.append(n.exp)  # type: ignore[attr-defined]
            stack.append(n.base)  # type: ignore[attr-defined]
        elif cls is Func:
            stack.extend(reversed(n.args))  # type: ignore[attr-defined]
        elif cls is Matrix:
            for row in reversed(n.rows):  # type: ignore[attr-defined]
                stack.extend(reversed(row))
        elif cls is not Sym and cls is not Const:
            return [m for m in walk(node) if isinstance(m, Num)]  # a subclass: the general walk
    return out
