"""A Jupyter notebook as Markdown text, each line mapped to the raw ``.ipynb`` line, cell and cell line.

A notebook is JSON: the text a reader sees sits in string values (``"source"`` of each cell,
``"text"`` of stream outputs, ``"text/plain"`` of results). nnwalk reads it as one Markdown
document: Markdown cells as they are, code cells in fenced blocks (code is not arithmetic to
redo, but level 2 reads the network it defines), and the printed outputs of code cells as
plain text (``net_h1 = 0.3775`` printed by a program is a claim like any other).

Findings must point where an editor would: the 1-based line of the raw ``.ipynb`` file (what
``grep -n`` shows), the 0-based cell index and the 1-based line within that cell's source or
output. The raw line of each JSON string is found by walking the parsed notebook in document
order beside the string tokens of the raw text: valid JSON has no quote outside its strings, so
the n-th string token is the n-th string of the walk (keys included). Nothing is executed.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from typing import Any

from ..errors import SpecError

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
#: What a cell's outputs contribute, in the order Jupyter shows them.
_TEXT_MIME = ("text/plain", "text/markdown", "text/latex")


@dataclass(frozen=True)
class Place:
    """Where one line of the assembled text came from."""

    line: int  # 1-based line of the raw .ipynb file
    cell: int | None  # 0-based cell index (None for the separators nnwalk adds)
    cell_line: int | None  # 1-based line within the cell's source or output text
    part: str = "source"  # "source" or "output"
    key: tuple | None = None  # JSON path of the string this line is part of (None for nnwalk's separators)
    start: int = 0  # offset of this line within that string


@dataclass
class Notebook:
    """The assembled text and, for each of its lines (1-based), where it came from."""

    text: str
    places: list[Place]
    data: Any = None  # the parsed notebook

    def place(self, text_line: int) -> Place:
        if 1 <= text_line <= len(self.places):
            return self.places[text_line - 1]
        return Place(text_line, None, None)


def looks_like_notebook(text: str, path: str) -> bool:
    return path.endswith(".ipynb") or (text.lstrip().startswith("{") and '"cells"' in text[:20000] and '"nbformat"' in text)


def _walk_strings(node: Any, path: tuple, out: list[tuple | None]) -> None:
    """Every string of the parsed JSON in document order: a value's path, or None for a key."""
    if isinstance(node, str):
        out.append(path)
    elif isinstance(node, dict):
        for k, v in node.items():
            out.append(None)
            _walk_strings(v, (*path, k), out)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            _walk_strings(v, (*path, i), out)


def _get(node: Any, path: tuple) -> Any:
    for k in path:
        try:
            node = node[k]
        except (KeyError, IndexError, TypeError):
            return None
    return node


def _lines_of(value: Any) -> list[str]:
    """A notebook text field (a list of strings, or one string) as the strings Jupyter stores."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    return []


def read_notebook(raw: str, path: str) -> Notebook:
    """The notebook ``raw`` as Markdown text with a place for every line; a SpecError if it is not a notebook."""
    try:
        nb = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise SpecError(
            f"{path}: not a Jupyter notebook: the JSON is invalid at line {exc.lineno}, column {exc.colno} ({exc.msg})."
        ) from None
    if not isinstance(nb, dict) or not isinstance(nb.get("cells"), list):
        raise SpecError(f'{path}: not a Jupyter notebook: the JSON has no list of "cells" (nbformat 4 is read).')
    # the raw line of every string value, by its path in the JSON
    starts = [m.start() for m in _STRING.finditer(raw)]
    walked: list[tuple | None] = []
    _walk_strings(nb, (), walked)
    if len(walked) != len(starts):  # cannot happen for valid JSON; never guess a wrong line
        raise SpecError(f"{path}: the notebook's strings could not be located in the file.")
    newlines = [m.start() for m in re.finditer("\n", raw)]
    line_of = {p: bisect.bisect_right(newlines, s) + 1 for p, s in zip(walked, starts) if p is not None}
    text_lines: list[str] = []
    places: list[Place] = []

    def emit(line: str, place: Place) -> None:
        text_lines.append(line)
        places.append(place)

    def emit_field(where: tuple, cell: int, part: str, fence: str | None) -> None:
        value = _get(nb, where)
        pieces = [(where, value)] if isinstance(value, str) else [((*where, i), v) for i, v in enumerate(_lines_of(value))]
        body: list[tuple[str, Place]] = []
        cell_line = 1
        for piece_path, piece in pieces:
            raw_line = line_of.get(piece_path, 1)
            subs = piece.split("\n")
            if subs and subs[-1] == "" and len(subs) > 1:
                subs = subs[:-1]  # the piece ends with its newline: the next piece starts the next line
            start = 0
            for sub in subs:
                body.append((sub, Place(raw_line, cell, cell_line, part, piece_path, start)))
                cell_line += 1
                start += len(sub) + 1
        if not body:
            return
        sep = Place(body[0][1].line, cell, None, part)
        if fence:
            emit(fence, sep)
        for line, place in body:
            emit(line, place)
        if fence:
            emit("```", Place(body[-1][1].line, cell, None, part))
        emit("", Place(body[-1][1].line, cell, None, part))

    for c, cell in enumerate(nb["cells"]):
        if not isinstance(cell, dict):
            continue
        kind = cell.get("cell_type")
        if kind in ("markdown", "raw"):
            emit_field(("cells", c, "source"), c, "source", None)
        elif kind == "code":
            emit_field(("cells", c, "source"), c, "source", "```python")
            for o, out in enumerate(cell.get("outputs") or []):
                if not isinstance(out, dict):
                    continue
                if out.get("output_type") == "stream":
                    emit_field(("cells", c, "outputs", o, "text"), c, "output", None)
                elif isinstance(out.get("data"), dict):
                    mime = next((m for m in _TEXT_MIME if m in out["data"]), None)
                    if mime:
                        emit_field(("cells", c, "outputs", o, "data", mime), c, "output", None)
    return Notebook("\n".join(text_lines) + "\n", places, nb)


def annotated_notebook(nb: Notebook, inserts: dict[int, list[str]], note: str) -> str:
    """The notebook with each marker inserted into the cell text it belongs to.

    ``inserts`` are offsets in :attr:`Notebook.text` (see :func:`generator.check.annotate.insertions`).
    A marker that would fall on a line nnwalk added (a code fence) goes to the end of the cell text
    before it. The note goes first in the notebook's metadata, so the file says it was annotated.
    """
    data = json.loads(json.dumps(nb.data))  # a copy
    line_starts = [0]
    for i, ch in enumerate(nb.text):
        if ch == "\n":
            line_starts.append(i + 1)
    edits: dict[tuple, list[tuple[int, str]]] = {}
    for pos in sorted(inserts):
        k = bisect.bisect_right(line_starts, pos) - 1
        col: int | None = pos - line_starts[k]
        while k >= 0 and (k >= len(nb.places) or nb.places[k].key is None):
            k, col = k - 1, None  # a line nnwalk added: the end of the cell text before it
        if k < 0:
            continue
        place = nb.places[k]
        length = (line_starts[k + 1] - 1 if k + 1 < len(line_starts) else len(nb.text)) - line_starts[k]
        offset = place.start + (length if col is None else min(col, length))
        edits.setdefault(place.key, []).append((offset, "".join(inserts[pos])))
    for key, items in edits.items():
        parent = _get(data, key[:-1])
        text = parent[key[-1]]
        for offset, marker in sorted(items, reverse=True):
            text = text[:offset] + marker + text[offset:]
        parent[key[-1]] = text
    meta = data.get("metadata") if isinstance(data.get("metadata"), dict) else {}
    out = {"metadata": {"nnwalk": note, **meta}, **{k: v for k, v in data.items() if k != "metadata"}}
    return json.dumps(out, indent=1, ensure_ascii=False) + "\n"
