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


#: A number followed by words in brackets: ``y = 1  (clase positiva)``, a comment in a plain-text listing.
_GLOSS = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s+\([^\d()=]*[^\W\d_][^\d()=]*\)\s*$")
_OPEN, _CLOSE = "([{", ")]}"


def _continued(text: str, end: int, value: str) -> str:
    """``value`` with the lines that close its open brackets (``W1 = [[0.1, 0.2],`` then ``[0.3, 0.4]]``).

    Code and listings break a matrix over lines; the literal is the text up to where its brackets close,
    at most 50 lines later (an unclosed bracket is no literal).
    """
    depth = sum(value.count(c) for c in _OPEN) - sum(value.count(c) for c in _CLOSE)
    if depth <= 0:
        return value
    parts = [value]
    for _ in range(50):
        nl = text.find("\n", end + 1)
        line = text[end + 1 : nl if nl >= 0 else len(text)]
        if not line and nl < 0:
            break
        parts.append(line)
        depth += sum(line.count(c) for c in _OPEN) - sum(line.count(c) for c in _CLOSE)
        if depth <= 0:
            return " ".join(parts)
        if nl < 0:
            break
        end = nl
    return value


def code_assignments(text: str) -> dict[str, tuple[list[list[float]], int]]:
    """``name -> (rows, line)`` for every literal assignment in the text; the first of each name wins."""
    lines = LineMap(text)
    out: dict[str, tuple[list[list[float]], int]] = {}
    for m in _ASSIGN.finditer(text):
        name = m.group(1)
        if name in out:
            continue
        value = _continued(text, m.end(), m.group(2))
        rows = _literal(value)
        if rows is None and (gloss := _GLOSS.match(value)):
            rows = [[float(gloss.group(1))]]
        if rows is not None:
            out[name] = (rows, lines.line(m.start(1)))
    return out
