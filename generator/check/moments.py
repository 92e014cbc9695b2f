"""Tables of an optimizer's running averages: each row of an EMA or Adam run follows from the row before.

Pages that teach momentum and Adam print the run as a table, one row per step, with no working
beside the cells::

    | t | g     | m    | v    | m_hat | v_hat | Update | New p |
    | 3 | 15.82 | 4.81 | 0.97 | 17.58 | 354.7 | 0.98   | 6.93  |

and the hyperparameters in the prose (``β₁ = 0.9``, ``β₂ = 0.999``, ``η = 1.05``). Each cell is a
computation all the same, and a reader redoes it from the cells printed before it:

- ``m_t = β₁ m_{t−1} + (1 − β₁) g_t`` (``m_0 = 0``, so the row of step 1 is ``(1 − β₁) g_1``);
- ``v_t = β₂ v_{t−1} + (1 − β₂) g_t²``;
- ``m̂_t = m_t / (1 − β₁^t)`` and ``v̂_t = v_t / (1 − β₂^t)`` (bias correction);
- ``update = η m̂_t / √v̂_t`` (ε left out: it is below the cells' last digit wherever this is read);
- ``new p = p − update``, and the next row starts from that new ``p``.

This module turns each such cell into a chain of the numbers printed in the table and the prose,
each token at its own place on the page, so that the checker judges it, carries a wrong value
on, and marks the very cell, as for any equation. A column is read with its formula only where
the page's own first row agrees with that formula (a page with another convention, say a
momentum ``v = βv + g`` without ``1 − β``, is not read with this one), only where the page gives
the β it needs, and only in a table with a column for the step's number ``t``.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

from .evaluate import EvalError, evaluate
from .extract import Chain, Side, preprocess_tokens
from .interval import Interval
from .lexer import Token, tokenize
from .parse import ParseError, parse_side

__all__ = ["CELL_NOTE", "moment_chains"]

#: How the note of each chain this module makes starts.
CELL_NOTE = "table row "

_BAR = re.compile(r"(?<!\\)\|")
_SEPARATOR = re.compile(r"\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
#: A cell that holds one number (bare, in inline math, bold or code).
_NUMBER_CELL = re.compile(r"\s*(?:\*\*|`|\$|\\\(|<b>|<strong>)*\s*(-?\d+(?:\.\d+)?)\s*(?:\*\*|`|\$|\\\)|</b>|</strong>)*\s*")
_NUM = r"(\d*\.\d+|\d+)"
#: The hyperparameters as pages print them (``β₁ = 0.9``, ``\beta_1=0.9``, ``beta1 = 0.9``, ``β = 0.9``).
_BETA1 = re.compile(r"(?:\\beta_\{?1\}?|β₁|β_\{?1\}?|\bbeta_?1)\s*(?:\}|\$|`)*\s*[=:]\s*(?:\$|`)*\s*" + _NUM)
_BETA2 = re.compile(r"(?:\\beta_\{?2\}?|β₂|β_\{?2\}?|\bbeta_?2)\s*(?:\}|\$|`)*\s*[=:]\s*(?:\$|`)*\s*" + _NUM)
_BETA = re.compile(r"(?:\\beta|β|\bbeta)(?![_\d₁₂\w])\s*(?:\$|`)*\s*[=:]\s*(?:\$|`)*\s*" + _NUM)
_ETA = re.compile(r"(?:\\eta|η|\\alpha|α)(?![_\w])\s*(?:\$|`)*\s*[=:]\s*(?:\$|`)*\s*" + _NUM)
#: Words a column header is read by, once ``$ ` * \\ { } _`` spaces and a remark in brackets are taken off.
_ROLES = {
    "t": re.compile(r"t|step|iteration|iter"),
    "g": re.compile(r"gt?|gradient|gradientgt?|grad"),
    "m": re.compile(r"mt?"),
    "v": re.compile(r"vt?"),
    "mhat": re.compile(r"(?:hat|widehat)mt?|mhatt?|m̂t?"),
    "vhat": re.compile(r"(?:hat|widehat)vt?|vhatt?|v̂t?"),
    "update": re.compile(r"update|step size"),
    "p": re.compile(r"(?:current)?(?:p|w|θ|theta|x)t?"),
    "new": re.compile(r"new(?:p|w|θ|theta|x)|(?:p|w|θ|theta|x)new"),
}
_HEADER_NOISE = re.compile(r"\([^()]*\)|[$`*\\{}_\s]|</?\w+>")
#: The widest table read (a megabyte of bars is not a table of optimizer steps).
_MAX_COLUMNS = 16
_MAX_ROWS = 1000
#: The most cells of such tables read on one page (each is an equation to judge: a run of a few hundred steps).
_MAX_CHAINS = 3000


def moment_chains(text: str) -> list[Chain]:
    """The chains of every optimizer table on the page (see the module doc); none on almost every page at once."""
    if "|" not in text or not ("β" in text or "beta" in text):
        return []
    out: list[Chain] = []
    given: dict[str, list[tuple[int, int]]] | None = None
    for header, rows in _tables(text):
        roles = _roles(header)
        if "t" not in roles or "m" not in roles:
            continue
        if given is None:  # read once, on the first table that needs them
            given = {name: [m.span(1) for m in rx.finditer(text)] for name, rx in _GIVEN.items()}
        start = rows[0][0]
        params = {name: _last_before(given[name], start) for name in ("b1", "b2", "eta")}
        if params["b1"] is None:
            params["b1"] = _last_before(given["b"], start)
        out.extend(_table_chains(text, roles, rows, params))
        if len(out) >= _MAX_CHAINS:
            return out[:_MAX_CHAINS]  # a page of thousands of such rows is not a worked example: its first ones are read
    return out


_GIVEN = {"b1": _BETA1, "b2": _BETA2, "eta": _ETA, "b": _BETA}


def _last_before(spans: list[tuple[int, int]], end: int) -> tuple[int, int] | None:
    """The last of ``spans`` (in document order) that starts before ``end`` (the table), or None."""
    k = bisect.bisect_left(spans, (end, -1))
    return spans[k - 1] if k else None


def _tables(text: str) -> Iterator[tuple[list[str], list[tuple[int, list[tuple[int, int] | None]]]]]:
    """Each pipe table: its header cells, and for each body row its offset and the span of each cell's number."""
    lines = text.split("\n")
    pos = 0
    starts = []
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    i = 0
    while i + 1 < len(lines):
        line = lines[i]
        if line.lstrip().startswith("|") and _SEPARATOR.fullmatch(lines[i + 1]) and "-" in lines[i + 1]:
            header = _BAR.split(_one_bar_off(line.strip()))
            rows = []
            j = i + 2
            while j < len(lines) and lines[j].lstrip().startswith("|") and len(rows) < _MAX_ROWS:
                rows.append((starts[j], _cells(lines[j], starts[j])))
                j += 1
            if rows and len(header) <= _MAX_COLUMNS:
                yield header, rows
            i = j
        else:
            i += 1


def _one_bar_off(row: str) -> str:
    """``row`` without its one leading and one trailing bar (``|| t | m |`` keeps its empty first cell)."""
    row = row[1:] if row.startswith("|") else row
    return row[:-1] if row.endswith("|") and not row.endswith("\\|") else row


def _cells(line: str, at: int) -> list[tuple[int, int] | None]:
    bars = [m.start() for m in _BAR.finditer(line)]
    out: list[tuple[int, int] | None] = []
    for a, b in zip(bars, bars[1:], strict=False):
        m = _NUMBER_CELL.fullmatch(line, a + 1, b)
        out.append((at + m.start(1), at + m.end(1)) if m else None)
    return out[:_MAX_COLUMNS]


def _roles(header: list[str]) -> dict[str, int]:
    """The column of each role the header names (the first column that names it)."""
    out: dict[str, int] = {}
    for k, cell in enumerate(header):
        name = _HEADER_NOISE.sub("", cell).lower()
        for role, rx in _ROLES.items():
            if role not in out and rx.fullmatch(name):
                out[role] = k
                break
    return out


def _table_chains(
    text: str, roles: dict[str, int], rows: list[tuple[int, list[tuple[int, int] | None]]], params: dict
) -> list[Chain]:
    def cell(r: int, role: str) -> tuple[int, int] | None:
        k = roles.get(role)
        cells = rows[r][1]
        return cells[k] if k is not None and k < len(cells) else None

    b1, b2, eta = params["b1"], params["b2"], params["eta"]
    formulas: dict[str, list[tuple[list, tuple[int, int], int]]] = {}  # role -> (left pieces, result cell, row)
    steps = [_step(text, cell(r, "t")) for r in range(len(rows))]
    for r in range(len(rows)):
        t, step = cell(r, "t"), steps[r]
        if t is None or step is None:
            continue
        m, g, v = cell(r, "m"), cell(r, "g"), cell(r, "v")
        prev = r - 1 if r > 0 and steps[r - 1] == step - 1 else None  # a table that skips steps has no row before
        if b1 is not None and m is not None and g is not None:
            if step == 1:
                formulas.setdefault("m", []).append(([("(1 - ", None), b1, (") \\cdot ", None), g], m, r))
            elif prev is not None and (mp := cell(prev, "m")) is not None:
                left = [b1, (" \\cdot ", None), mp, (" + (1 - ", None), b1, (") \\cdot ", None), g]
                formulas.setdefault("m", []).append((left, m, r))
        if b2 is not None and v is not None and g is not None:
            if step == 1:
                formulas.setdefault("v", []).append(([("(1 - ", None), b2, (") \\cdot ", None), g, ("^{2}", None)], v, r))
            elif prev is not None and (vp := cell(prev, "v")) is not None:
                left = [b2, (" \\cdot ", None), vp, (" + (1 - ", None), b2, (") \\cdot ", None), g, ("^{2}", None)]
                formulas.setdefault("v", []).append((left, v, r))
        for hat, base, beta in (("mhat", m, b1), ("vhat", v, b2)):
            if (h := cell(r, hat)) is not None and base is not None and beta is not None:
                left = [base, (" / (1 - ", None), beta, ("^{", None), t, ("})", None)]
                formulas.setdefault(hat, []).append((left, h, r))
        mh, vh, up = cell(r, "mhat"), cell(r, "vhat"), cell(r, "update")
        if eta is not None and mh is not None and vh is not None and up is not None:
            formulas.setdefault("update", []).append(
                ([eta, (" \\cdot ", None), mh, (" / \\sqrt{", None), vh, ("}", None)], up, r)
            )
        p, new = cell(r, "p"), cell(r, "new")
        if p is not None and up is not None and new is not None:
            formulas.setdefault("new", []).append(([p, (" - ", None), up], new, r))
        if prev is not None and p is not None and (np_ := cell(prev, "new")) is not None:
            formulas.setdefault("carry", []).append(([np_], p, r))
    out: list[Chain] = []
    for role, items in formulas.items():
        sides = [(_side(text, left, rows[r][0]), result, r) for left, result, r in items]
        if not sides or not _holds(text, sides[0][0], sides[0][1]):
            continue  # the page's first row does not follow this formula: another convention, not read so
        for left_side, result, r in sides:
            note = f"{CELL_NOTE}{r + 1}: {_WHAT[role]}"
            out.append(Chain([left_side, _number_side(text, result)], ["="], note))
    return out


_WHAT = {
    "m": "m_t = β₁ m_{t−1} + (1 − β₁) g_t, the running average of the gradients",
    "v": "v_t = β₂ v_{t−1} + (1 − β₂) g_t², the running average of the squared gradients",
    "mhat": "m̂_t = m_t / (1 − β₁^t), the bias-corrected average",
    "vhat": "v̂_t = v_t / (1 − β₂^t), the bias-corrected average",
    "update": "the step η m̂_t / √v̂_t",
    "new": "the new value p − step",
    "carry": "the row starts from the value the row before ends with",
}


def _step(text: str, span: tuple[int, int] | None) -> int | None:
    """The step number in a ``t`` cell (a whole number of at most six digits), or None."""
    if span is None:
        return None
    digits = text[span[0] : span[1]]
    return int(digits) if digits.isdigit() and len(digits) <= 6 else None


def _number_side(text: str, span: tuple[int, int]) -> Side:
    return Side(tokenize(text, span[0], span[1]), text[span[0] : span[1]], span[0])


def _side(text: str, pieces: list, at: int) -> Side:
    """A side made of ``pieces``: a span of the page (a printed number, its tokens where they stand) or a piece of
    formula (its tokens of no width, at the row's start)."""
    toks: list[Token] = []
    shown: list[str] = []
    for piece in pieces:
        if isinstance(piece[1], int):  # a printed number
            a, b = piece
            toks += [Token("char", "(", a, a), *tokenize(text, a, b), Token("char", ")", b, b)]
            shown.append(text[a:b])
        else:
            toks += [Token(kind, x, at, at) for kind, x in _template(piece[0])]
            shown.append(piece[0])
    return Side(preprocess_tokens(toks), "".join(shown).strip(), at)


@functools.lru_cache(maxsize=64)
def _template(piece: str) -> tuple[tuple[str, str], ...]:
    """The tokens (kind, text) of a piece of formula this module writes (a handful of fixed strings)."""
    return tuple((t.kind, t.text) for t in tokenize(piece))


def _holds(text: str, left: Side, result: tuple[int, int]) -> bool:
    """Whether ``left`` gives the printed result to within one unit of the result's last digit."""
    try:
        value = evaluate(parse_side(left.tokens))
    except (ParseError, EvalError, ArithmeticError, ValueError, RecursionError):
        return False
    if not isinstance(value, Interval):
        return False
    printed = text[result[0] : result[1]]
    unit = 10.0 ** -(len(printed) - printed.index(".") - 1) if "." in printed else 1.0
    return abs(value.mid - float(printed)) <= unit
