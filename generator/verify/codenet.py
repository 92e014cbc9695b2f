"""The parameters a document gives in Python code: ``W1 = np.array([[0.15, 0.20], [0.25, 0.30]])``.

Blog posts and notebooks often state the network in a code block rather than in math. A line
``name = value`` whose value is a number, a (nested) list of numbers, or ``np.array(...)`` /
``numpy.array(...)`` / ``torch.tensor(...)`` of one, is read with :func:`ast.literal_eval` on
that literal alone — nothing is executed. The first assignment of a name wins (later ones are
usually updated values), as for the math the document prints.
"""

from __future__ import annotations

import ast
import re

from ..check.extract import LineMap

#: ``name = …`` at the start of a line (code, or a code cell's source as the notebook reader gives it).
_ASSIGN = re.compile(r"(?m)^[ \t]*([A-Za-z_]\w{0,20})[ \t]*=[ \t]*([^=\n].{0,2000})$")
_CALLS = {"array", "asarray", "tensor", "FloatTensor", "Tensor"}


def _literal(source: str) -> list[list[float]] | None:
    """Rows of floats of a literal (a number is one row of one), or None for anything else."""
    try:
        node = ast.parse(source.strip().rstrip(";"), mode="eval").body
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    if isinstance(node, ast.Call):
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        if name not in _CALLS or len(node.args) != 1:
            return None
        node = node.args[0]
    try:
        value = ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, RecursionError, MemoryError):
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return [[float(value)]]
    if isinstance(value, list | tuple) and value and all(isinstance(v, int | float) and not isinstance(v, bool) for v in value):
        return [[float(v) for v in value]]
    if isinstance(value, list | tuple) and value and all(isinstance(r, list | tuple) and r for r in value):
        rows = [[float(v) for v in r if isinstance(v, int | float) and not isinstance(v, bool)] for r in value]
        if len({len(r) for r in rows}) == 1 and all(len(r) == len(orig) for r, orig in zip(rows, value, strict=True)):
            return rows
    return None


def code_assignments(text: str) -> dict[str, tuple[list[list[float]], int]]:
    """``name -> (rows, line)`` for every literal assignment in the text; the first of each name wins."""
    lines = LineMap(text)
    out: dict[str, tuple[list[list[float]], int]] = {}
    for m in _ASSIGN.finditer(text):
        name = m.group(1)
        if name in out:
            continue
        rows = _literal(m.group(2))
        if rows is not None:
            out[name] = (rows, lines.line(m.start(1)))
    return out
