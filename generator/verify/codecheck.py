"""The code cells of a notebook and what they printed: every printed number judged.

Teaching notebooks compute a network with NumPy and print each quantity. Those printed
numbers are the document's claims, and a reader needs two things checked:

* **The output follows from the code.** The code cells are evaluated (never executed: see
  :mod:`.pyeval`) in the order they were run, and each ``print(...)`` or displayed value is
  lined up with the numbers in the cell's output. A printed number that the code does not
  give is an ``error`` (an output left over from an earlier version of the code, an edited
  number). Values the notebook draws at random are taken from the first printed copy, as a
  reader would; their rounding is carried into everything computed from them as an allowance:
  each such number is moved by its half-unit on its own and the moves of each result are
  added up (a first-order bound, with half again as margin).
* **The code computes what it says.** The classic from-scratch bug is an activation derivative
  applied to the wrong quantity: ``sigmoid(y) * (1 - sigmoid(y))``, the derivative with respect
  to a *net input*, applied to the activations (or ``a * (1 - a)`` applied to net inputs). The
  notebook's functions are recognised by what they compute (probed at a few points, not by their
  names), and the values they are applied to by where they came from. Such a call's printed
  results are ``conceptual``; the notebook is then re-evaluated with that one call corrected,
  and every later printed number that changes beyond its rounding is ``propagated``, with the
  value the notebook's own code gives once corrected, and ``root_line`` the first of them.
"""

from __future__ import annotations

import ast
import math
import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..check.extract import LineMap
from ..check.report import Finding
from .ipynbread import Notebook
from .pyeval import Interpreter, Unknown, UserFunction, Vectorized

__all__ = ["check_code"]

#: Up to this many learned numbers, each one's rounding is followed on its own (a first-order bound).
_MAX_NUDGED = 256


# --------------------------------------------------------------------------- printed output
@dataclass
class _Number:
    value: float
    half: float
    text: str
    offset: int  # in the notebook's assembled text


@dataclass
class _Item:
    """One printed value: a number, or a (nested) bracketed array of numbers."""

    numbers: list[_Number]
    shape: tuple[int, ...]


_TOKEN = re.compile(
    r"(?P<word>[A-Za-z_][A-Za-z_0-9]*)|(?P<num>[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?)|(?P<open>\[)|(?P<close>\])"
)


def _number(text: str, offset: int) -> _Number:
    mant, _, exp = text.lower().partition("e")
    decimals = len(mant.split(".")[1]) if "." in mant else 0
    scale = 10.0 ** int(exp) if exp else 1.0
    return _Number(float(text), 0.5 * 10.0**-decimals * scale, text, offset)


def _items(text: str, base: int) -> list[_Item] | None:
    """The printed values of an output text, in order; None when its brackets do not nest into arrays."""
    items: list[_Item] = []
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
            if stack:
                stack[-1].append(done)
            else:
                item = _as_item(done)
                if item is None:
                    return None
                items.append(item)
        else:
            n = _number(m.group(), base + m.start())
            if stack:
                stack[-1].append(n)
            else:
                items.append(_Item([n], ()))
    return None if stack else items


def _as_item(nested: list[Any]) -> _Item | None:
    """A bracketed array (rectangular) as its numbers in row-major order and its shape."""
    if all(isinstance(x, _Number) for x in nested):
        return _Item(list(nested), (len(nested),))
    if all(isinstance(x, list) for x in nested):
        subs = [_as_item(x) for x in nested]
        if any(s is None for s in subs) or len({s.shape for s in subs}) != 1:  # type: ignore[union-attr]
            return None
        return _Item([n for s in subs for n in s.numbers], (len(subs), *subs[0].shape))  # type: ignore[union-attr]
    return None


# --------------------------------------------------------------------------- cells
@dataclass
class _Cell:
    index: int
    tree: ast.Module | None
    items: list[_Item] | None  # what its outputs print, in order


def _cells(nb: Notebook) -> list[_Cell]:
    """Code cells in the order they were run (execution counts, when every printed cell has one)."""
    line_starts = [0]
    for m in re.finditer("\n", nb.text):
        line_starts.append(m.end())
    outputs: dict[int, list[tuple[str, int]]] = {}
    for k, place in enumerate(nb.places):
        if place.part == "output" and place.cell is not None and place.cell_line is not None:
            start = line_starts[k]
            end = line_starts[k + 1] - 1 if k + 1 < len(line_starts) else len(nb.text)
            outputs.setdefault(place.cell, []).append((nb.text[start:end], start))
    cells: list[tuple[int, int, _Cell]] = []
    raw = nb.data.get("cells", []) if isinstance(nb.data, dict) else []
    for c, cell in enumerate(raw):
        if not isinstance(cell, dict) or cell.get("cell_type") != "code":
            continue
        src = cell.get("source", "")
        src = "".join(src) if isinstance(src, list) else src if isinstance(src, str) else ""
        # IPython lines (%magic, !shell, help?) are not Python: blank them, keeping line numbers
        src = "\n".join("" if re.match(r"\s*[%!]|.*\?\s*$", line) else line for line in src.split("\n"))
        try:
            tree: ast.Module | None = ast.parse(src)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            tree = None
        spans = outputs.get(c, [])
        items: list[_Item] | None = []
        if spans:  # a cell's outputs are one stretch of the assembled text (with blank lines between them)
            start, end = spans[0][1], spans[-1][1] + len(spans[-1][0])
            items = _items(nb.text[start:end], start)
        count = cell.get("execution_count")
        cells.append((count if isinstance(count, int) else -1, c, _Cell(c, tree, items)))
    printed = [n for n, _c, cell in cells if cell.items]
    if printed and all(n >= 0 for n in printed) and printed != sorted(printed):
        cells.sort(key=lambda t: (t[0] if t[0] >= 0 else math.inf, t[1]))
    return [cell for _n, _c, cell in cells]


# --------------------------------------------------------------------------- one evaluation
@dataclass
class _Shown:
    """One printed value lined up with what the code gives for it."""

    item: _Item
    value: np.ndarray  # flat, as printed
    name: str  # the printed expression's source
    origin: set[tuple[int, ...]] = field(default_factory=set)  # the calls its value came through
    direct: set[tuple[int, ...]] = field(default_factory=set)  # the calls whose result it is (its own statement's)


@dataclass
class _Run:
    shown: list[_Shown]
    interp: Interpreter
    learned: dict[str, tuple[_Item, np.ndarray]]


def _evaluate(cells: list[_Cell], override: dict | None = None, nudge: tuple[str, int] | None = None) -> _Run:
    """Evaluate every code cell; line up what each prints with its output's numbers."""
    interp = Interpreter(override)
    shown: list[_Shown] = []
    learned: dict[str, tuple[_Item, np.ndarray]] = {}
    through: dict[str, set[tuple[int, ...]]] = {}  # name -> the calls its value came through
    direct: dict[str, set[tuple[int, ...]]] = {}  # name -> the calls of the statement that assigned it
    for cell in cells:
        if cell.tree is None:
            continue
        interp.cell = cell.index
        events: list[tuple[ast.expr, Any, set[tuple[int, ...]], set[tuple[int, ...]]]] = []  # (expression, value, calls)
        body = cell.tree.body
        for k, stmt in enumerate(body):
            printed = _printed_args(stmt, last=k == len(body) - 1)
            if printed is None:
                before = len(interp.calls)
                interp.run(stmt)
                own = {w for w, *_ in interp.calls[before:]}
                used = set(own)
                for name in _names(stmt, ast.Load):
                    used |= through.get(name, set())
                for name in _names(stmt, ast.Store):
                    through[name], direct[name] = used, own
                continue
            for arg in printed:
                before = len(interp.calls)
                try:
                    value = interp.eval(arg, interp.env)
                except Exception:  # noqa: BLE001 - an unknown printed value: learned, or the cell is not lined up
                    value = Unknown(learnable=isinstance(arg, ast.Name) and _learnable(interp, arg))
                own = {w for w, *_ in interp.calls[before:]}
                used = set(own)
                for name in _names(arg, ast.Load):
                    used |= through.get(name, set())
                if isinstance(arg, ast.Name):
                    own = own | direct.get(arg.id, set())
                if printed == [stmt.value] and isinstance(value, Unknown) and not value.learnable:  # type: ignore[attr-defined]
                    continue  # a last expression nnwalk cannot evaluate (a plot): shows nothing it can line up
                events.append((arg, value, used, own))
        if not cell.items or not events:
            continue
        lined = _line_up([(a, v) for a, v, _u, _o in events], cell.items)
        if lined is None:
            continue
        for ((arg, value), item), (_a, _v, used, own) in zip(lined, [e for e in events if not _is_text(e[0])], strict=True):
            if isinstance(value, Unknown):
                assert isinstance(arg, ast.Name)
                exact = np.array([n.value for n in item.numbers], dtype=float)
                if nudge is not None and nudge[0] == arg.id and nudge[1] < exact.size:
                    exact[nudge[1]] += item.numbers[nudge[1]].half  # this one number at the edge of its rounding
                learned[arg.id] = (item, exact)
                interp.env[arg.id] = exact.reshape(item.shape) if item.shape else float(exact[0])
                through[arg.id] = direct[arg.id] = set()
                continue
            flat = np.ravel(np.asarray(value, dtype=float))
            shown.append(_Shown(item, flat, ast.unparse(arg), used, own))
    return _Run(shown, interp, learned)


def _is_text(arg: ast.expr) -> bool:
    return isinstance(arg, ast.Constant) and isinstance(arg.value, str)


def _names(node: ast.AST, ctx: type) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ctx)}


def _printed_args(stmt: ast.stmt, last: bool) -> list[ast.expr] | None:
    """What a statement shows: ``print(...)``'s arguments, or the cell's last bare expression."""
    if not isinstance(stmt, ast.Expr):
        return None
    v = stmt.value
    if isinstance(v, ast.Call) and isinstance(v.func, ast.Name) and v.func.id == "print":
        return None if any(isinstance(a, ast.Starred) for a in v.args) else list(v.args)
    return [v] if last and not isinstance(v, ast.Constant) else None


def _learnable(interp: Interpreter, name: ast.Name) -> bool:
    v = interp.env.get(name.id)
    return isinstance(v, Unknown) and v.learnable


def _line_up(events: list[tuple[ast.expr, Any]], items: list[_Item]) -> list[tuple[tuple[ast.expr, Any], _Item]] | None:
    """Pair each printed expression with its output value; None unless every number is accounted for."""
    out = []
    k = 0
    for arg, value in events:
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            found = _items(arg.value, 0)
            if found is None:
                return None
            k += len(found)  # numbers inside a printed string are the string's own
            continue
        if k >= len(items):
            return None
        item = items[k]
        if isinstance(value, Unknown):
            if not value.learnable:
                return None
        elif isinstance(value, (int, float, np.floating, np.integer, np.ndarray)) and not isinstance(value, bool):
            shape = np.shape(value)
            if tuple(s for s in shape) != item.shape and not (np.size(value) == 1 and len(item.numbers) == 1):
                return None
        else:
            return None
        out.append(((arg, value), item))
        k += 1
    return out if k == len(items) else None


# --------------------------------------------------------------------------- what a function computes
def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


_PROBES = np.array([-1.7, -0.35, 0.2, 0.9, 2.3])
_KINDS = {
    "sigmoid": _sigmoid,
    "tanh": np.tanh,
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


def _misuses(run: _Run) -> dict[tuple[int, ...], tuple[str, Any]]:
    """Calls of an activation derivative on the wrong quantity: where, and (what went wrong, the right function)."""
    interp = run.interp
    out: dict[tuple[int, ...], tuple[str, Any]] = {}
    for where, call, func, _args in interp.calls:
        kind = _kind(interp, func)
        if kind is None or not kind.startswith("d") or len(call.args) != 1 or not isinstance(call.args[0], ast.Name):
            continue
        arg = call.args[0].id
        source = _source_kind(interp, arg)
        act = kind.split()[0][1:]  # sigmoid | tanh
        if kind.endswith("net input") and source == act:
            why = (
                f"{_fname(func)} computes the {act} derivative of a net input, {_formula(act, 'z')}, but {arg} holds "
                f"the activations: σ′ is {_formula(act, 'a', activation=True)} there"
            ).replace("σ′", f"{act}′")
            out[where] = (why, _KINDS[f"d{act} of an activation"])
        elif kind.endswith("activation") and source == "net":
            why = (
                f"{_fname(func)} computes the {act} derivative from an activation, {_formula(act, 'a', activation=True)}, "
                f"but {arg} holds net inputs: the derivative is {_formula(act, 'z')} there"
            )
            out[where] = (why, _KINDS[f"d{act} of a net input"])
    return out


def _fname(func: Any) -> str:
    f = func.func if isinstance(func, Vectorized) else func
    return f"{f.name}()" if isinstance(f, UserFunction) else "the function"


def _formula(act: str, var: str, activation: bool = False) -> str:
    if act == "sigmoid":
        return f"{var}(1 − {var})" if activation else f"σ({var})(1 − σ({var}))"
    return f"1 − {var}²" if activation else f"1 − tanh²({var})"


def _source_kind(interp: Interpreter, name: str) -> str | None:
    """Whether ``name`` was last assigned an activation (``sigmoid``/``tanh``) or a net input (``net``)."""
    expr = interp.origin.get(name)
    if expr is None:
        return None
    if isinstance(expr, ast.Call):
        kind = _kind(interp, _callee(interp, expr.func))
        if kind in ("sigmoid", "tanh"):
            return kind
        return None
    if any(
        isinstance(n, ast.Call)
        and _callee_name(n.func) in ("dot", "matmul")
        or isinstance(n, ast.BinOp)
        and isinstance(n.op, ast.MatMult)
        for n in ast.walk(expr)
    ):
        if not any(
            isinstance(n, ast.Call) and _kind(interp, _callee(interp, n.func)) in ("sigmoid", "tanh") for n in ast.walk(expr)
        ):
            return "net"
    return None


def _callee(interp: Interpreter, func: ast.expr) -> Any:
    try:
        return interp.eval(func, interp.env)
    except Exception:  # noqa: BLE001 - an unknown callee is simply not classified
        return None


def _callee_name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


# --------------------------------------------------------------------------- findings
def check_code(nb: Notebook) -> list[Finding]:
    """Every number the notebook's code cells printed, judged (see the module docstring)."""
    cells = _cells(nb)
    if not any(c.items for c in cells):
        return []
    base = _evaluate(cells)
    if not base.shown:
        return []
    spread = [np.zeros(s.value.shape) for s in base.shown]
    nudges = [(name, j) for name, (_item, exact) in base.learned.items() for j in range(exact.size)]
    if len(nudges) > _MAX_NUDGED:
        return []  # too many rounded inputs to follow: judge nothing rather than guess
    for nudge in nudges:  # each learned number is rounded: how far does its half-unit move each result?
        other = _evaluate(cells, nudge=nudge)
        if len(other.shown) != len(base.shown):
            return []  # the rounding changes what can be computed: judge nothing rather than guess
        for k, (a, b) in enumerate(zip(base.shown, other.shown, strict=True)):
            if a.value.shape == b.value.shape:
                spread[k] = spread[k] + np.abs(a.value - b.value)
    misuse = _misuses(base)
    fixed = _evaluate(cells, override={k: v[1] for k, v in misuse.items()}) if misuse else None
    if fixed is not None and len(fixed.shown) != len(base.shown):
        fixed = None
    lines = LineMap(nb.text)
    out: list[Finding] = []
    first_wrong: int | None = None
    for k, shown in enumerate(base.shown):
        direct = bool(shown.direct & set(misuse))
        for j, num in enumerate(shown.item.numbers):
            allowance = 1.5 * float(spread[k][j]) + num.half + 1e-12 * max(abs(num.value), 1e-300)
            v = float(shown.value[j])
            line = lines.line(num.offset)
            if not math.isfinite(v) or abs(v - num.value) > allowance:
                out.append(_finding(line, num, v, shown.name, "error", f"the code gives {_show(v, num)}"))
                continue
            if fixed is not None:
                w = float(fixed.shown[k].value[j])
                if math.isfinite(w) and abs(w - num.value) > allowance + 2 * num.half:
                    klass = "conceptual" if direct else "propagated"
                    why = (
                        "; ".join(misuse[m][0] for m in shown.origin & set(misuse))
                        if direct
                        else (
                            f"follows from the wrong derivative (line {first_wrong}); with it corrected the code gives {_show(w, num)}"
                        )
                    )
                    if first_wrong is None:
                        first_wrong = line
                    f = _finding(line, num, w, shown.name, klass, why)
                    f.root_line = line if direct else first_wrong  # each direct result of the mistake is a first error
                    out.append(f)
                    continue
            out.append(_finding(line, num, v, shown.name, "ok", ""))
    return out


def _show(v: float, num: _Number) -> str:
    digits = len(num.text.lower().split("e")[0].split(".")[1]) if "." in num.text else 0
    return f"{v:.{max(digits, 4)}g}" if "e" in num.text.lower() else f"{v:.{digits}f}"


def _finding(line: int, num: _Number, v: float, name: str, klass: str, why: str) -> Finding:
    mant = num.text.lower().split("e")[0]
    d = (len(mant.split(".")[1]) if "." in mant else 0) + 2
    expected = f"{v:.{d}e}" if "e" in num.text.lower() else f"{v:.{d}f}"
    return Finding(line, num.text, expected, name, "=", klass, why, num.offset, num.offset + len(num.text))
