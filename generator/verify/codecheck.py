"""The code cells of a notebook and what they printed: every printed number judged.

Teaching notebooks compute a network with NumPy and print each quantity. Those printed
numbers are the document's claims, and a reader needs two things checked:

* **The output follows from the code.** The code cells are evaluated (never executed: see
  :mod:`.pyeval`) in the order they are read, and each ``print(...)`` or displayed value is
  lined up with the numbers in the cell's output. A printed number that the code does not
  give is an ``error`` (an output left over from an earlier version of the code, an edited
  number). Values the notebook draws at random are taken from the first printed copy, as a
  reader would; their rounding is carried into everything computed from them as an allowance:
  each such number is moved by its half-unit on its own and the moves of each result are
  added up (a first-order bound, with half again as margin).
* **The code computes what it says.** The from-scratch bugs seen in published notebooks:
  an activation derivative applied to the wrong quantity (``sigmoid(y) * (1 - sigmoid(y))``, the
  derivative with respect to a *net input*, applied to the activations; ``a * (1 - a)`` applied to
  net inputs, to the error ``y - a``, or to ReLU units), a matrix product taken with derivative
  values that combine element-wise (``np.dot(E, slope)``), and a bias updated once per example
  (``b + d * lr`` repeating the one-row bias over the rows of ``d``). The notebook's functions are
  recognised by what they compute (probed at a few points, not by their names), and the values
  they are applied to by where they came from. Such a mistake's printed results are
  ``conceptual``; the notebook is then re-evaluated with the mistakes corrected, and every later
  printed number that changes beyond its rounding is ``propagated``, with the value the
  notebook's own code gives once corrected, and ``root_line`` the first of them. A printed number
  that the code as written does not give, but the code with one of its mistakes corrected does
  (an output left from an earlier, partly right version), is judged against the corrected code.
"""

from __future__ import annotations

import ast
import math
import os
import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..check.extract import LineMap
from ..check.report import Finding
from . import frames
from .codeslips import (
    Found,
    Saves,
    callee_name,
    corrected,
    discarded,
    error_without_slope,
    layer_disagrees,
    loss_as_error,
    names,
    rounded_to,
    slips,
    updated_too_soon,
)
from .ipynbread import Notebook
from .pyeval import SAME_QUANTITY, Formatted, Interpreter, Unknown, UserFunction, Vectorized, same_quantity
from .staleloop import stale_forward
from .updateslips import update_run_slips

__all__ = [
    "Cell",
    "Item",
    "Number",
    "assumed_imports",
    "check_cells",
    "check_code",
    "common_precision",
    "number",
    "parse_cell",
    "read_items",
]

#: Up to this many learned numbers, each one's rounding is followed on its own (a first-order bound).
_MAX_NUDGED = 256
#: Interpreter steps all those runs may take together (a few seconds): a long training loop is followed once, not 256 times.
_WORK_BUDGET = 8_000_000


# --------------------------------------------------------------------------- printed output
@dataclass
class Number:
    value: float
    half: float
    text: str
    offset: int  # in the notebook's assembled text


@dataclass
class Item:
    """One printed value: a number, or a (nested) bracketed array of numbers."""

    numbers: list[Number]
    shape: tuple[int, ...]
    line: str = ""  # the output line it starts on (as printed), and where that line ends in the text
    line_end: int = -1
    table: int = -1  # the Markdown table it was typed in (where the table starts), when it is a named table's block


_TOKEN = re.compile(
    r"(?P<word>[A-Za-z_][A-Za-z_0-9]*)|(?P<num>[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?)|(?P<open>\[)|(?P<close>\])"
)


def number(text: str, offset: int) -> Number:
    """A printed number with the half-unit of its last digit (``-0.0182`` ± 0.00005; a Unicode minus reads as ``-``)."""
    mant, _, exp = text.lower().partition("e")
    decimals = len(mant.split(".")[1]) if "." in mant else 0
    scale = 10.0 ** int(exp) if exp else 1.0
    return Number(float(text.replace("\u2212", "-")), 0.5 * 10.0**-decimals * scale, text, offset)


def read_items(text: str, base: int) -> list[Item] | None:
    """The printed values of an output text, in order; None when its brackets do not nest into arrays."""
    items: list[Item] = []
    stack: list[list[Any]] = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "word":
            continue
        if kind == "open":
            stack.append([])
        elif kind == "close":
            if not stack:
                return None
            done = stack.pop()
            if not done:
                continue  # "()" or "[]" with nothing printed in it (an indented listing read as output): no value
            if stack:
                stack[-1].append(done)
            else:
                item = _as_item(done)
                if item is None:
                    return None
                items.append(common_precision(item))
        else:
            n = number(m.group(), base + m.start())
            if stack:
                stack[-1].append(n)
            else:
                items.append(Item([n], ()))
    if stack:
        return None
    for item in items:
        at = item.numbers[0].offset - base
        start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
        end = len(text) if end < 0 else end
        item.line, item.line_end = text[start:end], base + end
    return items


def common_precision(item: Item) -> Item:
    """An array's numbers share one precision: NumPy drops trailing zeros, so ``[0.183 0.    0.0534]`` is 4 decimals.

    (NumPy prints at most ``precision`` digits and fewer only when they are exact: ``0.`` beside
    ``0.0534`` is 0.0000, not 0 ± 0.5.) Numbers in e-notation keep their own.
    """
    fixed = [n for n in item.numbers if "e" not in n.text.lower()]
    if len(fixed) != len(item.numbers) or not fixed:
        return item
    half = min(n.half for n in fixed)
    for n in fixed:
        n.half = half
    return item


def _as_item(nested: list[Any]) -> Item | None:
    """A bracketed array (rectangular) as its numbers in row-major order and its shape."""
    if all(isinstance(x, Number) for x in nested):
        return Item(list(nested), (len(nested),))
    if all(isinstance(x, list) for x in nested):
        subs = [_as_item(x) for x in nested]
        if any(s is None for s in subs) or len({s.shape for s in subs}) != 1:  # type: ignore[union-attr]
            return None
        return Item([n for s in subs for n in s.numbers], (len(subs), *subs[0].shape))  # type: ignore[union-attr]
    return None


# --------------------------------------------------------------------------- cells
@dataclass
class Cell:
    index: int
    tree: ast.Module | None
    items: list[Item] | None  # what its outputs print, in order
    #: values shown under a variable's name (a Markdown table headed ``wout``), judged as that variable after the cell;
    #: the cell's prints are then not lined up (the page typed what it chose to show, in its own order)
    named: list[tuple[str, Item]] = field(default_factory=list)


def _cells(nb: Notebook) -> list[Cell]:
    """Code cells in the order a reader reads them.

    Not in the order of their execution counts: a notebook run out of order prints numbers from
    a state the page does not show (weights drawn again after the output was computed), and the
    promise is that every printed number can be redone from what is printed above it.
    """
    line_starts = [0]
    for m in re.finditer("\n", nb.text):
        line_starts.append(m.end())
    outputs: dict[int, list[tuple[str, int]]] = {}
    for k, place in enumerate(nb.places):
        if place.part == "output" and place.cell is not None and place.cell_line is not None:
            start = line_starts[k]
            end = line_starts[k + 1] - 1 if k + 1 < len(line_starts) else len(nb.text)
            outputs.setdefault(place.cell, []).append((nb.text[start:end], start))
    cells: list[tuple[int, int, Cell]] = []
    raw = nb.data.get("cells", []) if isinstance(nb.data, dict) else []
    for c, cell in enumerate(raw):
        if not isinstance(cell, dict) or cell.get("cell_type") != "code":
            continue
        src = cell.get("source", "")
        src = "".join(src) if isinstance(src, list) else src if isinstance(src, str) else ""
        # IPython lines (%magic, !shell, help?) are not Python: blank them, keeping line numbers
        src = "\n".join("" if re.match(r"\s*[%!]|.*\?\s*$", line) else line for line in src.split("\n"))
        tree = parse_cell(src, ipython=True)
        spans = outputs.get(c, [])
        items: list[Item] | None = []
        if spans:  # a cell's outputs are one stretch of the assembled text (with blank lines between them)
            start, end = spans[0][1], spans[-1][1] + len(spans[-1][0])
            items = read_items(nb.text[start:end], start)
        count = cell.get("execution_count")
        cells.append((count if isinstance(count, int) else -1, c, Cell(c, tree, items)))
    found = [cell for _n, _c, cell in cells]
    raw_code = "\n".join(ast.unparse(cell.tree) for cell in found if cell.tree is not None)
    assumed = assumed_imports(raw_code)
    return ([assumed] if assumed is not None else []) + found


#: the names code uses without importing them, and the import every reader assumes (``F`` only beside torch): a
#: snippet shown without its imports, a notebook kept without its import cell
_CONVENTIONS = (
    ("np", "import numpy as np"),
    ("torch", "import torch"),
    ("F", "import torch.nn.functional as F"),
    ("math", "import math"),
    ("pd", "import pandas as pd"),
)


def assumed_imports(code: str) -> Cell | None:
    """A cell of the imports the code relies on without making them (None when it makes them all)."""
    shown = [line for alias, line in _CONVENTIONS if re.search(rf"(?<![\w.]){alias}\.", code) and not _bound(alias, code)]
    if not shown or shown == ["import torch.nn.functional as F"] and not re.search(r"\btorch\b", code):
        return None
    return Cell(-1, ast.parse("\n".join(shown)), [])


def _bound(alias: str, code: str) -> bool:
    """Whether the code gives ``alias`` a meaning of its own (an import or an assignment)."""
    return bool(
        re.search(
            rf"^\s*(?:import\s+\S+\s+as\s+{alias}\b|import\s+{alias}\b|from\s+\S+\s+import\s+.*\b{alias}\b|{alias}\s*=)",
            code,
            re.MULTILINE,
        )
    )


#: A Python 2 print statement (``print 'x =', x``; ``print x``): the only Python 2 the teaching notebooks of 2016-2018 use.
_PRINT2 = re.compile(r"^(\s*)print(?:\s+(?![(=])(.*?))?\s*(#.*)?$")


def parse_cell(src: str, ipython: bool = False) -> ast.Module | None:
    """A cell's code as Python 3, else as the Python 2 of its print statements (None when it is neither).

    With ``ipython`` (a notebook's cell), a cell whose first line of code is indented (`` import numpy as np``) is
    read with that indentation taken off every line that has it, as IPython's ``leading_indent`` input transformer
    runs it (lines kept); a Markdown code block loses only the indentation all its lines share."""
    lines = [line for line in src.split("\n") if line.strip()]
    if ipython:
        first = next((line for line in lines if not line.lstrip().startswith("#")), "")
        lead = first[: len(first) - len(first.lstrip(" \t"))]
    else:  # a Markdown block indented as a whole (every line): Python as it would be written at the margin
        lead = os.path.commonprefix([line[: len(line) - len(line.lstrip(" \t"))] for line in lines]) if lines else ""
    if lead:
        src = "\n".join(line[len(lead) :] if line.startswith(lead) else line for line in src.split("\n"))
    try:
        return ast.parse(src)
    except SyntaxError:
        return python2(src)
    except (ValueError, RecursionError, MemoryError):
        return None


def python2(src: str) -> ast.Module | None:
    """A cell written for Python 2 read as Python 3: each ``print a, b`` statement as ``print(a, b)`` (same lines)."""
    lines = []
    for line in src.split("\n"):
        m = _PRINT2.match(line)
        if m and not line.rstrip().endswith(("\\", ",")):
            args = (m.group(2) or "").rstrip()
            line = f"{m.group(1)}print({args})" + (f"  {m.group(3)}" if m.group(3) else "")
        lines.append(line)
    try:
        return ast.parse("\n".join(lines))
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None


# --------------------------------------------------------------------------- one evaluation
@dataclass
class _Shown:
    """One printed value lined up with what the code gives for it."""

    item: Item
    value: np.ndarray  # flat, as printed
    name: str  # the printed expression's source
    origin: set[tuple[int, ...]] = field(default_factory=set)  # the calls its value came through
    direct: set[tuple[int, ...]] = field(default_factory=set)  # the calls whose result it is (its own statement's)


@dataclass
class _Run:
    shown: list[_Shown]
    interp: Interpreter
    learned: dict[str, tuple[Item, np.ndarray]]
    #: where a one-row array was repeated over rows -> the calls each input of that statement had come through
    inputs: dict[tuple[int, ...], dict[str, set[tuple[int, ...]]]] = field(default_factory=dict)
    adopted: bool = False  # some printed value was not what the code gives, and the evaluation went on with it
    #: names the code uses but never assigns, found from a printed result (``E = y - output`` and E's table give y)
    solved: dict[str, Any] = field(default_factory=dict)


def _evaluate(
    cells: list[Cell],
    override: dict | None = None,
    nudge: tuple[str, int] | None = None,
    adopt: bool = False,
    solved: dict[str, Any] | None = None,
) -> _Run:
    """Evaluate every code cell; line up what each prints with its output's numbers, as it prints them.

    A value printed while unknown (random weights) is learned there and then, so the rest of the
    cell computes with it. A cell whose prints do not account for every number of its output,
    in order and shape, is not judged, and what it taught is forgotten. With ``adopt`` (the
    reader's view), a printed variable whose printed value is not what the code gives goes on
    with its printed value, so what follows is judged on the numbers the page shows.
    """
    interp = Interpreter(override)
    shown: list[_Shown] = []
    learned: dict[str, tuple[Item, np.ndarray]] = {}
    through: dict[str, set[tuple[int, ...]]] = {}  # name -> the calls its value came through
    direct: dict[str, set[tuple[int, ...]]] = {}  # name -> the calls of the statement that assigned it
    inputs: dict[tuple[int, ...], dict[str, set[tuple[int, ...]]]] = {}  # a repeated row's statement: its inputs' calls
    state: dict[str, Any] = {}
    solved = dict(solved or {})  # found once, by the reader's view, and kept by every other run
    missing: dict[str, tuple[ast.Assign, str, bool, ast.expr]] = {}  # V = y - output with y never assigned: V -> …
    rounded: dict[str, int] = {}  # name -> the decimals its last assignment rounded it to (wh = np.round(wh, 2))

    def consume(arg: ast.expr, value: Any, own: set[tuple[int, ...]]) -> None:
        """Line one printed value up with the next output item (or learn it)."""
        items = state["items"]
        if not state["ok"]:
            return
        if isinstance(value, str):
            words = read_items(value, 0)  # a string's own numbers are printed as they are
            state["cursor"] += len(words) if words is not None else len(items) + 1
            return
        if isinstance(value, dict) and value and all(isinstance(k, (str, int)) for k in value):
            # a dict shows {'w1': 0.49…, 'w2': …}: each value under its key, in order (the keys' digits are words)
            for key, part in value.items():
                sub = ast.Subscript(value=arg, slice=ast.Constant(key), ctx=ast.Load())
                consume(ast.copy_location(sub, arg), part, own)
            return
        if isinstance(value, frames.Frame):  # a displayed table: each row's label, then its values
            try:
                numbers = frames.shown(value)
            except frames.Unsupported:
                state["ok"] = False
                return
            for v in numbers:
                consume(arg, v, own)
            return
        if isinstance(value, Formatted):  # each value put into the text is judged under its own expression
            sources = value.sources or [None] * len(value.parts)
            if (grouped := _bracketed(value)) is not None:  # f"W = [{w1:.4f}, {w2:.4f}]": one printed list
                for kind, what in grouped:
                    if kind == "list":
                        show_list(arg, [(value.parts[j], sources[j]) for j in what], own)
                    elif kind == "text":
                        state["cursor"] += what  # a number the template types itself
                    else:
                        consume(sources[what] if sources[what] is not None else arg, value.parts[what], own)
                return
            for j, (part, source) in enumerate(zip(value.parts, sources, strict=True)):
                before = value.parts[j - 1] if j else None
                if (
                    isinstance(before, str)
                    and (before[-1:].isalnum() or before.endswith("_"))
                    and isinstance(part, (int, np.integer))
                ):
                    continue  # f"V{i}" and f"_{k}_" print the words V0 and _0_, not a number
                consume(source if source is not None else arg, part, own)
            return
        k = state["cursor"]
        if k >= len(items) or not _fits(value, items[k], loose=override is not None):
            state["ok"] = False
            return
        item = items[k]
        state["cursor"] = k + 1
        if isinstance(value, Unknown):
            name = ast.unparse(arg)  # W, or net['weights'] for weights kept in a dict
            exact = np.array([n.value for n in item.numbers], dtype=float)
            if isinstance(arg, ast.Name) and all(_shows_all(n, rounded.get(arg.id)) for n in item.numbers):
                # the code rounded it to d decimals and the page shows every one of them: the copy is exact
                item = Item([Number(n.value, 0.0, n.text, n.offset) for n in item.numbers], item.shape)
            if nudge is not None and nudge[0] == name and nudge[1] < exact.size:
                exact[nudge[1]] += item.numbers[nudge[1]].half  # this one number at the edge of its rounding
            learned[name] = (item, exact)
            shaped = exact.reshape(item.shape) if item.shape else float(exact[0])
            if isinstance(arg, ast.Name):
                interp.env[arg.id] = shaped
                through[arg.id] = direct[arg.id] = set()
            else:
                _held_in(interp, arg)[arg.slice.value] = shaped  # type: ignore[attr-defined]
            state["learned"].append(name)
            return
        used = set(own)
        for name in names(arg, ast.Load):
            used |= through.get(name, set())
        if isinstance(arg, ast.Name):
            own = own | direct.get(arg.id, set())
        flat = np.array(value, dtype=float).ravel()  # a copy: later code may change the array in place
        state["shown"].append(_Shown(item, flat, ast.unparse(arg), used, own))
        if adopt and isinstance(arg, ast.Name) and flat.size == len(item.numbers):
            printed = np.array([n.value for n in item.numbers], dtype=float)
            halves = np.array([n.half for n in item.numbers], dtype=float)
            if np.any(np.abs(flat - printed) > 2 * halves + 1e-9 * np.abs(printed)):
                shaped = printed.reshape(np.shape(value)) if np.ndim(value) else float(printed[0])
                interp.env[arg.id] = shaped.tolist() if isinstance(value, list) else shaped  # a list stays a list
                interp.adopted.add(arg.id)
                state["adopted"] = True

    def show_list(arg: ast.expr, parts: list[tuple[Any, ast.expr | None]], own: set[tuple[int, ...]]) -> None:
        """Values typed into one bracketed list by a template, lined up with the one printed array they make."""
        items = state["items"]
        k = state["cursor"]
        if not state["ok"] or k >= len(items) or items[k].shape != (len(parts),):
            state["ok"] = False
            return
        state["cursor"] = k + 1
        used = set(own)
        for _v, source in parts:
            for name in names(source, ast.Load) if source is not None else set():
                used |= through.get(name, set())
        flat = np.array([float(v) for v, _s in parts], dtype=float)
        name = ", ".join(ast.unparse(source) if source is not None else ast.unparse(arg) for _v, source in parts)
        state["shown"].append(_Shown(items[k], flat, f"[{name}]", used, set(own)))

    def printer(events: list[tuple[ast.expr, Any, set[tuple[int, ...]]]]) -> None:
        for arg, value, own in events:
            if isinstance(value, Unknown) and not (value.learnable and _learnable_place(interp, arg)):
                if not skip_line(arg):
                    state["ok"] = False
                    return
                continue
            consume(arg, value, own)

    def skip_line(arg: ast.expr) -> bool:
        """An f-string printing something nnwalk cannot know (``f'Date: {now}'``): the numbers of the output line
        that starts with its text are passed over, when that line is where the output has got to."""
        text = "".join(v.value for v in getattr(arg, "values", []) if isinstance(v, ast.Constant) and isinstance(v.value, str))
        items, k = state["items"], state["cursor"]
        if not (isinstance(arg, ast.JoinedStr) and text.strip() and state["ok"] and k < len(items)):
            return False
        if not items[k].line.lstrip().startswith(text.strip().split()[0]):
            return False
        end = items[k].line_end
        while state["cursor"] < len(items) and items[state["cursor"]].numbers[0].offset <= end:
            state["cursor"] += 1
        return True

    def forget(taught: list[str]) -> None:
        for name in taught:  # learned from a copy that may not be its own: forget it
            learned.pop(name, None)
            if name in interp.env:
                interp.env[name] = Unknown()

    def show_named(label: str, item: Item) -> None:
        """A value the page shows under a variable's name, lined up with that variable as the cell left it."""
        name = _resolve(label, interp.env)
        if name is None:
            return
        if name in missing and isinstance(interp.env[name], Unknown):
            _solve_missing(interp, name, missing.pop(name), item, solved)
        value = interp.env[name]
        if isinstance(value, Unknown):
            if not value.learnable:
                return
        elif _literal(interp.origin.get(name)) or np.size(value) != len(item.numbers):
            return  # a table restating a given is the page's copy of it, not a result; a different size is another thing
        else:
            item = Item(item.numbers, tuple(np.shape(value)))  # a table cannot tell a row vector from a column
        state.update(items=[item], cursor=0, ok=True, shown=[], learned=[])
        consume(ast.Name(id=name, ctx=ast.Load()), value, set())
        if state["ok"] and state["cursor"] == 1:
            shown.extend(state["shown"])
        else:
            forget(state["learned"])

    fixed = _assigned_once(cells)  # inputs: a table showing one otherwise was worked from other inputs
    for cell in cells:
        if cell.tree is None:
            continue
        interp.cell = cell.index
        interp.printer = printer if not cell.named else lambda _events: None
        state.update(items=cell.items or [], cursor=0, ok=cell.items is not None, shown=[], learned=[])
        body = cell.tree.body
        for k, stmt in enumerate(body):
            display = _displayed(stmt, last=k == len(body) - 1)
            if display is not None:  # the cell's last bare expression: Jupyter shows its value
                before = len(interp.calls)
                try:
                    value = interp.eval(display, interp.env)
                except Exception:  # noqa: BLE001 - not known: learned when it can be, else nothing is lined up
                    value = Unknown(learnable=isinstance(display, ast.Name) and _learnable(interp, display))
                if isinstance(value, Unknown) and not value.learnable:
                    continue  # something nnwalk cannot evaluate (a plot): shows nothing it can line up
                if value is not None:
                    consume(display, value, {w for w, *_ in interp.calls[before:]})
                continue
            before, expanded = len(interp.calls), len(interp.expansions)
            interp.run(stmt)
            for name in names(stmt, ast.Store):
                rounded.pop(name, None)
            if (d := rounded_to(stmt)) is not None:
                rounded[d[0]] = d[1]
            if (found := _lone_missing(stmt, interp)) is not None:
                missing[found[0]] = found[1]
                if found[1][1] in solved:  # found by an earlier run: the same value in every run
                    interp.env[found[1][1]] = solved[found[1][1]]
                    interp.run(stmt)
            for where, *_rest in interp.expansions[expanded:]:  # what each input had come through, then
                inputs[where] = {name: set(through.get(name, set())) for name in names(stmt, ast.Load)}
            own = {w for w, *_ in interp.calls[before:]} | {w for w, *_ in interp.expansions[expanded:]}
            used = set(own)
            for name in names(stmt, ast.Load):
                used |= through.get(name, set())
            for name in names(stmt, ast.Store):
                again = isinstance(stmt, ast.Assign) and same_quantity(stmt.value, name)  # h = np.round(h, 2): still h
                through[name], direct[name] = used, own | (direct.get(name, set()) if again else set())
        if cell.named:
            # a table whose givens are not the code's (i1 = 0.05 in the table, i1 = 0.5 in the code) was worked from
            # other inputs: its results are not the code's to judge (a table of that given alone is the page's copy)
            other = {
                item.table
                for label, item in cell.named
                if item.table >= 0 and _other_given(label, item, interp) and _resolve(label, interp.env) in fixed
            }
            # …unless a result of it is the code's (x1 mistyped in a table whose net is the code's net): then it is
            # the code's table with a typo
            other -= {item.table for label, item in cell.named if _code_result(label, item, interp)}
            for label, item in cell.named:
                if item.table not in other:
                    show_named(label, item)
        elif state["ok"] and state["cursor"] == len(state["items"]):
            shown.extend(state["shown"])
        else:
            forget(state["learned"])
    return _Run(shown, interp, learned, inputs, state.get("adopted", False), solved)


def _assigned_once(cells: list[Cell]) -> set[str]:
    """The names the code assigns once and never changes (``i1 = 0.05``; not ``wh``, updated by ``wh += …``, nor an
    array filled in by index, ``wh[0] = …``)."""
    count: dict[str, int] = {}
    for cell in cells:
        for node in ast.walk(cell.tree) if cell.tree is not None else ():
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                count[node.id] = count.get(node.id, 0) + 1
            elif isinstance(node, (ast.Subscript, ast.Attribute)) and isinstance(node.ctx, ast.Store):
                base = node.value
                while isinstance(base, (ast.Subscript, ast.Attribute)):
                    base = base.value
                if isinstance(base, ast.Name):
                    count[base.id] = count.get(base.id, 0) + 2
            elif isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
                count[node.target.id] = count.get(node.target.id, 0) + 2
    return {name for name, n in count.items() if n == 1}


def _beside(label: str, item: Item, interp: Interpreter, given: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """A table's block and the code's value of its name, when that name is a given (``given``) or a computed value
    of the same size: (the code's numbers, the table's, their half-units)."""
    name = _resolve(label, interp.env)
    if name is None or _literal(interp.origin.get(name)) != given:
        return None
    value = interp.env.get(name)
    if value is None or isinstance(value, Unknown) or np.size(value) != len(item.numbers):
        return None
    try:
        flat = np.ravel(np.asarray(value, dtype=float))
    except (TypeError, ValueError):
        return None  # a value that is no number (a label typed as text)
    shown = np.array([n.value for n in item.numbers], dtype=float)
    halves = np.array([n.half for n in item.numbers], dtype=float)
    return flat, shown, halves


def _code_result(label: str, item: Item, interp: Interpreter) -> bool:
    """Whether a table shows a value the code computes (not a given) as the code has it, to its printed digits."""
    got = _beside(label, item, interp, given=False)
    return got is not None and bool(np.all(np.abs(got[0] - got[1]) <= got[2] + 1e-12))


def _other_given(label: str, item: Item, interp: Interpreter) -> bool:
    """Whether a table shows a given of the code (a name assigned a number as written) as another value."""
    got = _beside(label, item, interp, given=True)
    return got is not None and bool(np.any(np.abs(got[0] - got[1]) > got[2] + 1e-12))


def _lone_missing(stmt: ast.stmt, interp: Interpreter) -> tuple[str, tuple[ast.Assign, str, bool, ast.expr]] | None:
    """``V = y ± known`` or ``V = known ± y`` left unknown because ``y`` is never assigned: (V, (stmt, y, y's sign
    is minus, the known side)). Pages leave out the targets' assignment; the printed V gives them back."""
    if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)):
        return None
    target, expr = stmt.targets[0].id, stmt.value
    value = interp.env.get(target)
    if not (isinstance(value, Unknown) and not value.learnable and isinstance(expr, ast.BinOp)):
        return None
    if not isinstance(expr.op, (ast.Add, ast.Sub)):
        return None
    for side, other, minus in ((expr.left, expr.right, False), (expr.right, expr.left, isinstance(expr.op, ast.Sub))):
        if isinstance(side, ast.Name) and side.id not in interp.env and all(n in interp.env for n in names(other, ast.Load)):
            return target, (stmt, side.id, minus, other)
    return None


def _solve_missing(
    interp: Interpreter, name: str, how: tuple[ast.Assign, str, bool, ast.expr], item: Item, solved: dict[str, Any]
) -> None:
    """Give the never-assigned name the value that makes ``name`` what the page printed; targets printed to
    their rounding are whole numbers (0 and 1), and are taken as such when every one is within that rounding."""
    stmt, missing, minus, other = how
    try:
        known = np.asarray(interp.eval(other, interp.env), dtype=float)
    except Exception:  # noqa: BLE001 - the known side is not known after all: nothing is solved
        return
    if known.size != len(item.numbers) and known.size != 1:
        return
    printed = np.array([n.value for n in item.numbers], dtype=float).reshape(known.shape if known.size > 1 else -1)
    expr = stmt.value
    if expr.left is other:  # type: ignore[attr-defined]
        value = known - printed if minus else printed - known
    else:
        value = printed + known if isinstance(expr.op, ast.Sub) else printed - known  # type: ignore[attr-defined]
    halves = np.array([n.half for n in item.numbers], dtype=float).reshape(value.shape)
    whole = np.round(value)
    if np.all(np.abs(value - whole) <= 2 * halves + 1e-9):
        value = whole
    solved[missing] = value
    interp.env[missing] = value
    interp.run(stmt)


def _bracketed(value: Formatted) -> list[tuple[str, Any]] | None:
    """A template that types brackets around values (``"W = [{w1}, {w2}]"``), read in order: ``("value", j)`` for
    a value alone, ``("list", [j, …])`` for the values between one pair of brackets, ``("text", n)`` for a piece of
    text printing n numbers of its own; None when the template types no brackets, or puts anything but single
    numbers, or numbers of its own, between them."""
    groups: list[tuple[str, Any]] = []
    inside: list[int] | None = None
    typed = False
    for j, part in enumerate(value.parts):
        if isinstance(part, str):
            for m in _TOKEN.finditer(part):
                kind = m.lastgroup
                if kind == "open" and inside is None:
                    inside, typed = [], True
                elif kind == "close" and inside is not None:
                    groups.append(("list", inside))
                    inside = None
                elif kind in ("open", "close") or (kind == "num" and inside is not None):
                    return None  # nested, unbalanced, or a number typed inside the brackets
                elif kind == "num":
                    groups.append(("text", 1))
        elif isinstance(part, (Formatted, str, Unknown, bool)) or np.ndim(part) != 0:
            if inside is not None:
                return None
            groups.append(("value", j))
        elif inside is not None:
            inside.append(j)
        else:
            groups.append(("value", j))
    return groups if typed and inside is None else None


def _resolve(label: str, env: dict[str, Any]) -> str | None:
    """The variable a page's label names: ``wout``; ``Wh`` for ``wh``; ``hidden_layer_activations`` for
    ``hiddenlayer_activations``; ``new bh`` for ``bh`` (None when no variable, or more than one, answers to it)."""
    base = re.sub(r"^(?:new|updated)\s+", "", label.strip(), flags=re.IGNORECASE).replace(" ", "_")
    numeric = [k for k, v in env.items() if isinstance(v, (int, float, np.ndarray, Unknown)) and not isinstance(v, bool)]
    for norm in (lambda t: t, str.lower, lambda t: t.lower().replace("_", "")):
        found = [k for k in numeric if norm(k) == norm(base)]
        if found:
            return found[0] if len(found) == 1 else None
    return None


def _literal(expr: ast.expr | None) -> bool:
    """Whether an assigned expression is written out (``[[0.1, 0.2]]``, ``np.array([...])``, ``0.5``): a given."""
    if isinstance(expr, ast.Call) and callee_name(expr.func) in ("array", "asarray", "tensor", "matrix") and expr.args:
        expr = expr.args[0]
    return expr is not None and all(
        isinstance(n, (ast.List, ast.Tuple, ast.Constant, ast.UnaryOp, ast.USub, ast.UAdd, ast.Load)) for n in ast.walk(expr)
    )


def _displayed(stmt: ast.stmt, last: bool) -> ast.expr | None:
    """The cell's last bare expression, whose value Jupyter shows (not a call of print, not a literal)."""
    if not last or not isinstance(stmt, ast.Expr) or isinstance(stmt.value, ast.Constant):
        return None
    v = stmt.value
    if isinstance(v, ast.Call) and isinstance(v.func, ast.Name) and v.func.id == "print":
        return None
    return v


def _learnable_place(interp: Interpreter, arg: ast.expr) -> bool:
    """A name, or a constant key of a dict a name holds (``net['weights']``): where a printed copy can be kept."""
    return isinstance(arg, ast.Name) or _held_in(interp, arg) is not None


def _held_in(interp: Interpreter, arg: ast.expr) -> dict | None:
    if (
        isinstance(arg, ast.Subscript)
        and isinstance(arg.value, ast.Name)
        and isinstance(arg.slice, ast.Constant)
        and isinstance(interp.env.get(arg.value.id), dict)
    ):
        return interp.env[arg.value.id]
    return None


def _fits(value: Any, item: Item, loose: bool = False) -> bool:
    """Whether a printed value can be the output item (a learnable unknown fits anything).

    ``loose`` (a corrected re-run) also lets one row stand for each printed row of the same width:
    the corrected bias update is one row where the notebook printed one per example.
    """
    if isinstance(value, Unknown):
        return value.learnable
    if isinstance(value, (list, tuple)) and value:  # a Python list of numbers prints as [1, -1, 3, 2]
        try:
            value = np.asarray(value, dtype=float)
        except (TypeError, ValueError):
            return False
    if isinstance(value, bool) or not isinstance(value, (int, float, np.floating, np.integer, np.ndarray)):
        return False
    shape = tuple(np.shape(value))
    if shape == item.shape or (np.size(value) == 1 and len(item.numbers) == 1):
        return True
    return loose and len(shape) == 2 and shape[0] == 1 and len(item.shape) == 2 and shape[1] == item.shape[1]


def _learnable(interp: Interpreter, name: ast.Name) -> bool:
    v = interp.env.get(name.id)
    return isinstance(v, Unknown) and v.learnable


# --------------------------------------------------------------------------- what a function computes
def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


_PROBES = np.array([-1.7, -0.35, 0.2, 0.9, 2.3])
_KINDS = {
    "sigmoid": _sigmoid,
    "tanh": np.tanh,
    "relu": lambda x: np.maximum(x, 0.0),
    "dsigmoid of a net input": lambda x: _sigmoid(x) * (1 - _sigmoid(x)),
    "dsigmoid of an activation": lambda x: x * (1 - x),
    "dtanh of a net input": lambda x: 1 - np.tanh(x) ** 2,
    "dtanh of an activation": lambda x: 1 - x**2,
}


def _kind(interp: Interpreter, func: Any) -> str | None:
    """What a notebook function computes, found by evaluating it at a few points (never by its name)."""
    if isinstance(func, Vectorized):
        func = func.func
    if not isinstance(func, UserFunction) or len(func.params) != 1:
        return None
    whole = interp.apply(func, [_PROBES.copy()])  # NumPy code (x[x <= 0] = 0 needs an array)
    if not isinstance(whole, Unknown) and np.shape(whole) == _PROBES.shape:
        got = [float(v) for v in np.asarray(whole, dtype=float)]
    else:  # math.exp and friends take one number at a time
        got = []
        for x in _PROBES:
            v = interp.apply(func, [float(x)])
            if isinstance(v, Unknown) or np.size(v) != 1:
                return None
            got.append(float(np.ravel(np.asarray(v, dtype=float))[0]))
    for kind, f in _KINDS.items():
        if np.allclose(got, f(_PROBES), rtol=1e-9, atol=1e-12):
            return kind
    return None


Fix = Any  # (Interpreter, the call's arguments) -> the value the call should have given


def _misuses(run: _Run) -> dict[tuple[int, ...], tuple[str, Fix, str]]:
    """Calls that compute the wrong thing: where, and (what went wrong, what the call should give, the catalogue id).

    * an activation derivative applied to the wrong quantity: ``σ(v)(1 − σ(v))`` (for a net input)
      given activations, ``a(1 − a)`` (for an activation) given net inputs or anything else that is
      not an activation, such as the error ``y − a`` (then the activation in it is meant);
    * a matrix product taken with activation-derivative values, which combine element-wise
      (``δ = (δ_next W^T) ⊙ σ′``): ``np.dot(E, slope)`` of two arrays of one shape.
    """
    interp = run.interp
    out: dict[tuple[int, ...], tuple[str, Fix, str]] = {}
    derivative_names = {name for name in interp.origin if _is_derivative(interp, name)}
    kinds: dict[int, str | None] = {}

    def kind_of(func: Any) -> str | None:  # each function probed once, however often it is called
        if id(func) not in kinds:
            kinds[id(func)] = _kind(interp, func)
        return kinds[id(func)]

    derivative_calls = {w for w, _c, func, _a, _o in interp.calls if (kind_of(func) or "").startswith("d")}
    for where, node, a, b in interp.expansions:
        sides = [(node.left, a), (node.right, b)]
        for k, (expr, value) in enumerate(sides):
            other_expr, other = sides[1 - k]
            if not (isinstance(expr, ast.Name) and _given(run, expr.id) and np.ndim(value) == 2 and np.shape(value)[0] == 1):
                continue
            came = run.inputs.get(where, {})
            if not any(came.get(n, set()) & derivative_calls for n in names(other_expr, ast.Load)):
                continue
            why = (
                f"{ast.unparse(node)} adds each example's row to the bias {expr.id}: a bias is updated once, with "
                "the sum over the examples (axis 0)"
            )
            out[where] = (why, _summed(k, isinstance(node.op, ast.Sub)), "bias_not_summed")

    # z = np.dot(P, W): W's gradient is np.dot(P.T, D); np.dot(D.T, P) is its transpose, which goes unnoticed when
    # W is square (inputs x hidden with as many hidden units as inputs)
    forward = {
        (c.args[0].id, c.args[1].id)
        for _w, c, _f, a, _o in interp.calls
        if callee_name(c.func) in ("dot", "matmul")
        and len(c.args) == 2
        and all(isinstance(x, ast.Name) for x in c.args)
        and _given(run, c.args[1].id)
        and np.ndim(a[1]) == 2
    }
    weights = {w: p for p, w in forward}
    for where, call, _func, args, _origins in interp.calls:
        if where in out or callee_name(call.func) not in ("dot", "matmul") or len(call.args) != 2:
            continue
        first, second = call.args
        if not (isinstance(first, ast.Attribute) and first.attr == "T" and isinstance(second, ast.Name)):
            continue
        w = next(
            (w for w, p in weights.items() if p == second.id and np.shape(interp.env.get(w)) == np.shape(np.dot(*args))), None
        )
        if w is None or np.ndim(args[0]) != 2 or np.ndim(args[1]) != 2:
            continue  # no forward product np.dot(P, W) whose W has this shape
        why = (
            f"{ast.unparse(call)} is the transpose of the gradient of {w}: the forward pass computes np.dot({second.id}, {w}), "
            f"so the gradient is np.dot({second.id}.T, {ast.unparse(first.value)}) (input i, unit j in {w}[i, j])"
        )
        out[where] = (why, lambda _i, a: np.dot(a[0], a[1]).T, "transposed_index")

    for where, _call, func, _args, _origins in interp.calls:
        if where not in out and (wrong := _misnamed(interp, func, kind_of(func))) is not None:
            out[where] = wrong

    for where, call, func, args, origins in interp.calls:
        if where in out:
            continue  # a call in a loop or a function: judged once
        name = callee_name(call.func)
        if name in ("dot", "matmul") and len(args) == 2 and _same_square(args):
            used = [a.id for a in call.args if isinstance(a, ast.Name) and a.id in derivative_names]
            if used:
                why = (
                    f"np.{name}() takes a matrix product with the activation derivative {used[0]}, which multiplies "
                    "element-wise (δ = (δ_next Wᵀ) ⊙ σ′): the product should be element by element"
                )
                out[where] = (why, lambda _i, a: np.multiply(a[0], a[1]), "elementwise_as_matrix_product")
            continue
        kind = kind_of(func)
        if kind is None or not kind.startswith("d") or len(call.args) != 1:
            continue
        given = call.args[0]
        if isinstance(given, ast.Subscript) and isinstance(given.value, ast.Name):
            given = given.value  # one element at a time (derivative(h[i, j]) in a comprehension): the array's quantity
        if not isinstance(given, ast.Name):
            continue
        arg = given.id
        origin = origins.get(arg)
        source = _source_kind(interp, arg, origin)
        act = kind.split()[0][1:]  # sigmoid | tanh
        if kind.endswith("net input") and source == act:
            why = (
                f"{_fname(func)} computes the {act} derivative of a net input, {_formula(act, 'z')}, but {arg} holds "
                f"the activations: the derivative is {_formula(act, 'a', activation=True)} there"
            )
            f = _KINDS[f"d{act} of an activation"]
            out[where] = (why, lambda _i, a, f=f: f(np.asarray(a[0], dtype=float)), "derivative_on_activation")
        elif kind.endswith("activation") and source == "net":
            why = (
                f"{_fname(func)} computes the {act} derivative from an activation, {_formula(act, 'a', activation=True)}, "
                f"but {arg} holds net inputs: the derivative is {_formula(act, 'z')} there"
            )
            f = _KINDS[f"d{act} of a net input"]
            out[where] = (why, lambda _i, a, f=f: f(np.asarray(a[0], dtype=float)), "derivative_on_z")
        elif kind == "dsigmoid of an activation" and source == "relu":
            why = (
                f"{_fname(func)} computes the sigmoid derivative a(1 − a), but {arg} holds ReLU activations: "
                "the ReLU derivative is 1 where the unit is on (a > 0) and 0 elsewhere"
            )
            out[where] = (why, lambda _i, a: (np.asarray(a[0], dtype=float) > 0).astype(float), "wrong_activation_derivative")
        elif kind.endswith("activation") and source not in (act, "net", "relu"):
            meant = _activation_in(interp, arg, act, origin)
            if meant is not None and origin is not None and meant in interp.env:
                why = (
                    f"{_fname(func)} computes the {act} derivative from an activation, {_formula(act, 'a', activation=True)}, "
                    f"but is given {arg} = {ast.unparse(origin)}: the derivative is taken at {meant}"
                )
                f = _KINDS[f"d{act} of an activation"]
                out[where] = (
                    why,
                    lambda i, _a, f=f, meant=meant: f(np.asarray(i.env[meant], dtype=float)),
                    "derivative_on_error",
                )
    return out


#: function names that say which activation the function computes (not ``relu``: a leaky ReLU is often named so)
_NAMED = {"sigmoid": "sigmoid", "logistic": "sigmoid", "sigmoidfunction": "sigmoid", "sigmoidactivation": "sigmoid"}
_NAMED |= {"tanh": "tanh"}


def _misnamed(interp: Interpreter, func: Any, kind: str | None) -> tuple[str, Fix, str] | None:
    """A function named after an activation that computes something else (``def sigmoid(x): return
    1/(1 + np.exp(x) ** -x)``, which is 1/(1 + e^(−x²))): its results are the mistake's, and the
    activation it is named after is what it should give. A function that rounds its result (``np.around(σ(x),
    2)``) still computes its activation: only a difference beyond two decimals' rounding counts."""
    f = func.func if isinstance(func, Vectorized) else func
    if kind is not None or not isinstance(f, UserFunction) or len(f.params) != 1:
        return None
    act = _NAMED.get(f.name.lower().replace("_", ""))
    if act is None:
        return None
    got = interp.apply(func, [_PROBES.copy()])
    if isinstance(got, Unknown) or np.shape(got) != _PROBES.shape:
        return None
    true = _KINDS[act](_PROBES)
    got = np.asarray(got, dtype=float)
    if not np.all(np.isfinite(got)) or np.max(np.abs(got - true)) <= 0.01:
        return None
    why = (
        f"{f.name}() is named after the {act} but does not compute it: the code's {f.name}(0.9) gives {got[3]:.4f}, "
        f"the {act} of 0.9 is {true[3]:.4f}"
    )
    return why, lambda _i, a, g=_KINDS[act]: g(np.asarray(a[0], dtype=float)), ""


def _given(run: _Run, name: str) -> bool:
    """A parameter the notebook was given: drawn at random (and printed), or written as a literal array."""
    if name in run.learned:
        return True
    expr = run.interp.origin.get(name)
    return isinstance(expr, ast.Call) and callee_name(expr.func) in ("array", "asarray", "zeros", "ones", "tensor")


def _summed(param: int, minus: bool) -> Fix:
    """``b ± Δ`` with Δ summed over its rows (``param`` says which operand is the bias)."""

    def fix(_i: Interpreter, args: list[Any]) -> Any:
        b, d = np.asarray(args[param], dtype=float), np.asarray(args[1 - param], dtype=float).sum(axis=0, keepdims=True)
        if param == 0:
            return b - d if minus else b + d
        return d - b if minus else d + b

    return fix


def _same_square(args: list[Any]) -> bool:
    shapes = [np.shape(a) for a in args]
    return len(shapes[0]) == 2 and shapes[0] == shapes[1] and shapes[0][0] == shapes[0][1] and shapes[0][0] > 1


def _is_derivative(interp: Interpreter, name: str) -> bool:
    """Whether ``name`` was assigned the result of an activation-derivative function."""
    expr = interp.origin.get(name)
    return isinstance(expr, ast.Call) and (_kind(interp, _callee(interp, expr.func)) or "").startswith("d")


def _activation_in(interp: Interpreter, name: str, act: str, expr: ast.expr | None = None) -> str | None:
    """The one ``act`` activation the expression assigned to ``name`` is built from (``E = y - output``: output)."""
    expr = expr if expr is not None else interp.origin.get(name)
    if expr is None:
        return None
    found = {n.id for n in ast.walk(expr) if isinstance(n, ast.Name) and _source_kind(interp, n.id) == act}
    return found.pop() if len(found) == 1 else None


def _fname(func: Any) -> str:
    f = func.func if isinstance(func, Vectorized) else func
    return f"{f.name}()" if isinstance(f, UserFunction) else "the function"


def _formula(act: str, var: str, activation: bool = False) -> str:
    if act == "sigmoid":
        return f"{var}(1 − {var})" if activation else f"σ({var})(1 − σ({var}))"
    return f"1 − {var}²" if activation else f"1 − tanh²({var})"


def _source_kind(interp: Interpreter, name: str, expr: ast.expr | None = None) -> str | None:
    """Whether ``name`` was last assigned an activation (``sigmoid``/``tanh``) or a net input (``net``).

    ``expr`` is what was assigned to it, when the caller knows (a name local to a function).
    """
    expr = expr if expr is not None else interp.origin.get(name)
    expr = _element_source(expr)
    if expr is None:
        return None
    if isinstance(expr, ast.Call):
        kind = _kind(interp, _callee(interp, expr.func))
        if kind in ("sigmoid", "tanh", "relu"):
            return kind
        return None
    if any(
        isinstance(n, ast.Call)
        and callee_name(n.func) in ("dot", "matmul")
        or isinstance(n, ast.BinOp)
        and isinstance(n.op, ast.MatMult)
        for n in ast.walk(expr)
    ):
        if not any(
            isinstance(n, ast.Call) and _kind(interp, _callee(interp, n.func)) in ("sigmoid", "tanh") for n in ast.walk(expr)
        ):
            return "net"
    return None


def _element_source(expr: ast.expr | None) -> ast.expr | None:
    """What computes each element: ``np.array([[f(z[i, j]) for j …] for i …])`` → ``f(z[i, j])``."""
    for _ in range(8):
        if isinstance(expr, (ast.ListComp, ast.GeneratorExp)):
            expr = expr.elt
        elif isinstance(expr, ast.List) and len(expr.elts) == 1 and isinstance(expr.elts[0], (ast.ListComp, ast.List)):
            expr = expr.elts[0]
        elif (
            isinstance(expr, ast.Call)
            and callee_name(expr.func) in SAME_QUANTITY
            and expr.args
            and isinstance(expr.args[0], (ast.ListComp, ast.GeneratorExp, ast.List))
        ):
            expr = expr.args[0]
        else:
            break
    return expr


def _callee(interp: Interpreter, func: ast.expr) -> Any:
    try:
        return interp.eval(func, interp.env)
    except Exception:  # noqa: BLE001 - an unknown callee is simply not classified
        return None


def check_code(nb: Notebook) -> list[Finding]:
    """Every number the notebook's code cells printed, judged (see the module docstring)."""
    return check_cells(nb.text, _cells(nb))


def check_cells(text: str, cells: list[Cell]) -> list[Finding]:
    """Every number the code cells printed, judged; ``text`` is what the items' offsets point into."""
    if not any(c.items or c.named for c in cells):
        return []
    base = _evaluate(cells, adopt=True)  # the reader's view: each number redone from the numbers printed above it
    if not base.shown:
        return []
    pure = _evaluate(cells, solved=base.solved) if base.adopted else base  # the code's view: what the numbers should have been
    if len(pure.shown) != len(base.shown):
        pure = base
    spread = [np.zeros(s.value.shape) for s in base.shown]
    nudges = [(name, j) for name, (item, exact) in base.learned.items() for j in range(exact.size) if item.numbers[j].half]
    if len(nudges) > _MAX_NUDGED or base.interp.steps * len(nudges) > _WORK_BUDGET:
        return []  # too many rounded inputs to follow, or too long a run to repeat for each: judge nothing rather than guess
    for nudge in nudges:  # each learned number is rounded: how far does its half-unit move each result?
        other = _evaluate(cells, nudge=nudge, adopt=True, solved=base.solved)
        if len(other.shown) != len(base.shown):
            return []  # the rounding changes what can be computed: judge nothing rather than guess
        for k, (a, b) in enumerate(zip(base.shown, other.shown, strict=True)):
            if a.value.shape == b.value.shape:
                spread[k] = spread[k] + np.abs(a.value - b.value)
    thrown, renames = discarded(cells)
    slipped, more_renames = slips(cells, base.interp.env)
    too_soon, read_before, saves = updated_too_soon(cells)
    as_error, loss_renames = loss_as_error(cells)
    no_slope, slope_renames = error_without_slope(cells)
    disagree, layer_renames = layer_disagrees(cells)
    in_run, run_renames, run_saves = update_run_slips(cells)
    stale_loop, loop_saves = stale_forward(cells)
    misuse: Found = {
        **thrown,
        **slipped,
        **too_soon,
        **as_error,
        **no_slope,
        **disagree,
        **in_run,
        **stale_loop,
        **_misuses(base),
    }
    # the code as meant: later mistakes are recognised in it
    renamed = {**renames, **more_renames, **read_before, **loss_renames, **slope_renames, **layer_renames, **run_renames}
    meant = corrected(cells, renamed, _joined(saves, run_saves, loop_saves))
    fixed = _rerun(meant, base, misuse)
    if fixed is not None:  # once a wrong activation is corrected, the mistakes made with it can be recognised
        more = {k: v for k, v in _misuses(fixed).items() if k not in misuse}
        if more and (again := _rerun(meant, base, {**misuse, **more})) is not None:
            misuse, fixed = {**misuse, **more}, again
    # a notebook may show outputs of an earlier version of its code in which one of the mistakes was not made
    partial = [r for m in misuse if len(misuse) > 1 and (r := _rerun(meant, base, {m: misuse[m]})) is not None]
    lines = LineMap(text)
    out: list[Finding] = []
    first_wrong: int | None = None
    mistake = "; ".join(
        f"the mistake at cell {w[0]}:{w[1]} of the code ({why})" for w, (why, _fix, _id) in sorted(misuse.items())[:2]
    )
    first_error: int | None = None  # the first printed number that does not follow from what is printed above it
    # names written for others (codeslips, updateslips), in the code's order: the first printed result of the code as
    # meant is told every kind of slip found (one sentence each), under the first one the catalogue names
    slips_found = sorted(m for m in misuse if misuse[m][1] is None)
    slip = next((m for m in slips_found if misuse[m][2]), slips_found[0] if slips_found else None)
    first_of_kind: dict[str, str] = {}
    for m in slips_found:
        first_of_kind.setdefault(misuse[m][2] or misuse[m][0], misuse[m][0])
    slip_why = "; ".join(list(first_of_kind.values())[:3])
    for k, shown in enumerate(base.shown):
        direct = shown.direct & set(misuse)
        for j, num in enumerate(shown.item.numbers):
            allowance = 1.5 * float(spread[k][j]) + num.half + 1e-12 * max(abs(num.value), 1e-300)
            v = float(shown.value[j])
            line = lines.line(num.offset)
            if not math.isfinite(v) or abs(v - num.value) > allowance:
                # right by the code's own values (a table typed from the run, not from the row the page got wrong)
                others = [*partial, *([fixed] if fixed else []), *([pure] if pure is not base else [])]
                if not any(abs(_at(r, k, j) - num.value) <= allowance for r in others):
                    w = _at(fixed, k, j) if fixed is not None else math.nan
                    if math.isfinite(w) and abs(w - v) > allowance:  # the code as written has a slip: say both
                        why = f"the code gives {_show(v, num)} as written, {_show(w, num)} as meant ({mistake})"
                        out.append(_finding(line, num, w, shown.name, "error", why))
                    else:
                        out.append(_finding(line, num, v, shown.name, "error", f"the code gives {_show(v, num)}"))
                    first_error = first_error or line
                    continue
            w = _at(fixed, k, j) if fixed is not None else math.nan  # no mistake of method: nothing to correct
            if math.isfinite(w) and abs(w - num.value) > allowance + 2 * num.half:
                if first_wrong is None:
                    first_wrong = line
                if not direct and line == first_wrong and slip is not None:  # its first printed result
                    f = _finding(line, num, w, shown.name, "conceptual", slip_why)
                    f.root_line, f.mistake = line, misuse[slip][2]
                elif direct:
                    why = "; ".join(dict.fromkeys(misuse[m][0] for m in sorted(direct)))  # one call site may be many
                    f = _finding(line, num, w, shown.name, "conceptual", why)
                    f.root_line = line  # each direct result of a mistake is a first error
                    f.mistake = misuse[min(direct)][2]
                else:
                    why = f"follows from {mistake}; with it corrected the code gives {_show(w, num)}"
                    f = _finding(line, num, w, shown.name, "propagated", why)
                    f.root_line = first_wrong
                out.append(f)
                continue
            u = _at(pure, k, j)
            if first_error is not None and math.isfinite(u) and abs(u - num.value) > allowance + 2 * num.half:
                why = f"follows from the wrong output at line {first_error}; from the code's own values it is {_show(u, num)}"
                f = _finding(line, num, u, shown.name, "propagated", why)
                f.root_line = first_error
                out.append(f)
                continue
            out.append(_finding(line, num, v, shown.name, "ok", ""))
    return out


def _joined(*parts: Saves) -> Saves:
    """What each rule runs before a statement, all of it (two rules may add to one place)."""
    out: Saves = {}
    for part in parts:
        for place, items in part.items():
            out.setdefault(place, []).extend(items)
    return out


def _rerun(cells: list[Cell], base: _Run, misuse: dict[tuple[int, ...], tuple[str, Fix, str]]) -> _Run | None:
    """The notebook evaluated with the calls of ``misuse`` corrected (None when nothing lines up the same way)."""
    if not misuse:
        return None
    # a slip read from the text (no fix: the cells are rewritten as meant) overrides no call
    run = _evaluate(cells, override={k: v[1] for k, v in misuse.items() if v[1] is not None}, solved=base.solved)
    return run if len(run.shown) == len(base.shown) else None


def _at(run: _Run, k: int, j: int) -> float:
    """The ``j``-th printed number of the ``k``-th shown value in ``run``; when the corrected value is one row
    where the notebook printed several (a bias updated per example), each printed row is that one row."""
    values = run.shown[k].value
    if j < values.size and run.shown[k].item.shape == values.shape or values.size == len(run.shown[k].item.numbers):
        return float(values[j])
    if values.size and len(run.shown[k].item.numbers) % values.size == 0:
        return float(values[j % values.size])
    return math.nan


def _digits(num: Number) -> tuple[int, bool]:
    """(decimals of the printed mantissa, whether it is in e-notation)."""
    mant, _, exp = num.text.lower().partition("e")
    return (len(mant.split(".")[1]) if "." in mant else 0), bool(exp)


def _shows_all(num: Number, decimals: int | None) -> bool:
    """Whether a printed copy of a value the code rounded to ``decimals`` shows all of it (NumPy drops trailing zeros)."""
    places, sci = _digits(num)
    return decimals is not None and not sci and places <= decimals


def _show(v: float, num: Number) -> str:
    d, sci = _digits(num)
    return f"{v:.{max(d, 4)}g}" if sci else f"{v:.{d}f}"


def _finding(line: int, num: Number, v: float, name: str, klass: str, why: str) -> Finding:
    d, sci = _digits(num)
    expected = f"{v:.{d + 2}e}" if sci else f"{v:.{d + 2}f}"
    return Finding(line, num.text, expected, name, "=", klass, why, num.offset, num.offset + len(num.text))
