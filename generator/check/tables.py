"""Relations between the cells of one Markdown pipe-table row.

Hand-written walkthroughs often put a calculation in one cell and its result in the
last one::

    | $o_1$ | $0.43253$ | $\\sigma(0.43253)$ | $e^{-0.43253} \\approx 0.648$ <br> $\\frac{1}{1 + 0.648}$ | $\\boxed{0.60635}$ |
    | 3. Divide | $\\frac{1}{1.648}$ | $\\boxed{0.60635}$ |
    | 1. Compute difference | $t_1 - o_1 = 0.01 - 0.60635$ | $-0.59635$ |

Rule (conservative on purpose): in a body row (never the header row) whose **last** cell
is a single number (optionally boxed/bold), the cell just left of it is its formula when
that cell is entirely math (or entirely a plain-text formula) whose last expression is
numeric *and contains an operation* — and when the column's header does not say it holds
something else (``Change``, ``Update (Δw)``, ``Gradient``: ``| w_5 | 0.40 | -0.5 × 0.0822 |
0.35892 |`` relates nothing). Only the adjacent cell: a row like ``| o_1 | σ(1.1059) |
0.7514 × (1 − 0.7514) | 0.1868 |`` computes different things in different cells. A cell
whose chain already ends in a number is a value, so nnwalk's own tables (``calculation =
result | result``) relate nothing.  Each relation becomes a two-sided :class:`Chain`.
"""

from __future__ import annotations

import bisect
import re

from .ast import Bin, Func, Matrix, Neg, Node, Num, Pow, is_numeric
from .extract import Chain, Chunk, chunk_last_side, make_side, preprocess_tokens, row_segments, split_rows
from .lexer import Token, tokenize
from .parse import ParseError, parse_side
from .plain import fix_tokens

__all__ = ["table_chains"]

#: a pipe table's delimiter row; with its leading pipe a cell may be one hyphen (``| - | ----: |``, as GFM allows)
_SEPARATOR = re.compile(r"\s*\|\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$|\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_DECOR = re.compile(r"<br\s*/?>|\*\*|__|\s+", re.IGNORECASE)


def _last_side(toks: list[Token], text: str) -> tuple[list[Token], bool] | None:
    """Tokens of the last side of the last relation chain in ``toks``, and whether it had relations."""
    rows = [r for r in split_rows(preprocess_tokens(toks)) if r]
    if not rows:
        return None
    segs = row_segments(rows[-1], text)
    if not segs:
        return None
    seg = segs[-1]
    side = seg.sides[-1]
    return (side, bool(seg.rels) or len(segs) > 1 or len(rows) > 1) if side else None


def _kind(node: Node) -> str:
    """``value`` (a signed literal), ``formula`` (numeric with an operation) or ``other``."""
    inner = node
    while isinstance(inner, Neg):
        inner = inner.arg
    if isinstance(inner, Num):
        return "value"
    if isinstance(node, Matrix) or not is_numeric(node):
        return "other"
    return "formula" if isinstance(inner, (Bin, Func, Pow)) else "other"


def table_chains(text: str, masked: str, chunks: list[Chunk]) -> list[Chain]:
    """Formula-cell = result-cell relations of every pipe-table body row."""
    starts = [c.start for c in chunks]
    lines = masked.split("\n")
    out: list[Chain] = []
    pos = 0
    header: list[str] = []
    for idx, line in enumerate(lines):
        lstart = pos
        pos += len(line) + 1
        if not line.lstrip().startswith("|"):
            header = []
            continue
        if _SEPARATOR.fullmatch(line):
            continue
        if idx + 1 < len(lines) and _SEPARATOR.fullmatch(lines[idx + 1]) and "-" in lines[idx + 1]:
            header = [c.strip().lower() for c in line.strip().strip("|").split("|")]
            continue  # header row
        if len(line) > 20_000:
            continue
        out.extend(_row_chains_known(text, masked, chunks, starts, lstart, lstart + len(line), header))
    return out


#: A column header naming a computed value: a prediction or an activation (ŷ, p̂, σ(z), a, h, o, out), a probability.
_COMPUTED_HEADER = re.compile(
    r"\$?\s*(?:\\hat\s*\{?\s*[yp]\s*\}?|ŷ|p̂|[aho]|out|output|prediction|prob|probability|sigmoid|"
    r"(?:\\sigma|σ)\s*\(\s*z\s*\))\s*\$?",
    re.IGNORECASE,
)
#: A header that defines its column by a function no whole numbers give exactly (``(h_t=\tanh(a_t))``, ``$y = σ(z)$``,
#: ``exp(z)``): its cells are that function's values, rounded to the digits printed.
_FUNCTION_HEADER = re.compile(
    r"[\s($]*(?:[^=|$]{1,24}=\s*)?\\?(?:tanh|sigmoid|sigma|σ|exp|softmax|log|ln|sqrt)\s*(?:\\left)?\s*[({][^|]{0,40}[)}][\s)$]*",
    re.IGNORECASE,
)
#: A cell holding only a number of two decimals or more (in inline math or bare).
_BARE_CELL = re.compile(r"\s*\$?\s*(-?\d+\.\d{2,})\s*\$?\s*")


def computed_cells(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each bare number in a pipe-table column whose header names a computed value.

    Why: ``| $z$ | $\\hat{p}$ | Loss |`` then ``| 0.7 | 0.668 | $-\\log(0.668) = 0.404$ |``: the page printed σ(0.7)
    rounded to 0.668 without its working, and the loss beside it is worked from the rounded value. Such a cell is a
    rounded result (hence widened by half its last unit where a relation needs it), not a given used exactly.
    """
    out: list[tuple[int, str]] = []
    if "|" not in text:
        return out
    lines = text.split("\n")
    pos = 0
    computed: list[bool] = []
    for idx, line in enumerate(lines):
        lstart = pos
        pos += len(line) + 1
        if not line.lstrip().startswith("|") or len(line) > 20_000:
            computed = []
            continue
        if _SEPARATOR.fullmatch(line):
            continue
        if idx + 1 < len(lines) and _SEPARATOR.fullmatch(lines[idx + 1]) and "-" in lines[idx + 1]:
            cells = _BAR.split(text[lstart : lstart + len(line)].strip().strip("|"))
            computed = [bool(_COMPUTED_HEADER.fullmatch(c.strip()) or _FUNCTION_HEADER.fullmatch(c.strip())) for c in cells]
            continue
        if not any(computed):
            continue
        row = text[lstart : lstart + len(line)]
        bars = [m.start() for m in _BAR.finditer(row)]  # the row starts with one: cell k lies between bars k and k+1
        for k in range(min(len(bars) - 1, len(computed))):
            if computed[k] and (m := _BARE_CELL.fullmatch(row, bars[k] + 1, bars[k + 1])) is not None:
                out.append((lstart + m.start(1), m.group(1)))
    return out


# Most rows relate nothing (nnwalk's own tables: ``calculation = result | result``, given values, factors),
# and exam variants print the same rows with other numbers: a row shape seen to relate nothing is answered
# from a memo. The shape is what the row's reading looks at: its masked text with the digits of each decimal
# literal made 0 (integers keep theirs: ``10`` in ``m \times 10^{k}``, a step's number), where its inline
# math chunks lie, and the column headers. As in :mod:`.parse`'s shape memo, a decimal literal's digits never
# steer the reading, and a shape is kept only where that is seen to hold: the row with those digits all 7s
# relates nothing too. Only "nothing" is kept (a row that relates something is read anew each time, its
# chain made from its own tokens). Bounded: cleared when full.
_QUIET_ROWS: set[tuple[str, tuple[tuple[int, int], ...], tuple[str, ...]]] = set()
_QUIET_ROWS_MAX = 50_000
_DECIMAL = re.compile(r"[0-9]*\.[0-9]+")


_AS = {d: str.maketrans("0123456789", d * 10) for d in "07"}


def _digits_as(masked_row: str, digit: str) -> str:
    """``masked_row`` with every digit of each decimal literal made ``digit`` (the same length, the same places)."""
    table = _AS[digit]
    return _DECIMAL.sub(lambda m: m.group().translate(table), masked_row)


def _row_chains_known(
    text: str, masked: str, chunks: list[Chunk], starts: list[int], a: int, b: int, header: list[str]
) -> list[Chain]:
    """:func:`_row_chains`, answered from :data:`_QUIET_ROWS` when the row's shape is known to relate nothing."""
    lo = max(bisect.bisect_right(starts, a) - 1, 0)
    hi = bisect.bisect_right(starts, b)
    spans = tuple([(c.start - a, c.end - a) for c in chunks[lo:hi] if c.start >= a and c.end <= b and not c.display])
    row = masked[a:b]
    key = (_digits_as(row, "0") if "." in row else row, spans, tuple(header))
    if key in _QUIET_ROWS:
        return []
    got = _row_chains(text, masked, chunks, starts, a, b, header)
    if not got and "." in row:
        sevens = _digits_as(row, "7")
        if sevens != row:  # the same row with other digits in its decimals must relate nothing as well
            near = chunks[lo:hi]
            if any(c.start < a < c.end or c.start < b < c.end for c in near):
                return got  # a chunk across the row's edge: the row is read with its surroundings, and not kept
            # read on the row alone (offsets from 0): copying the whole document for each row would make a long
            # document's tables quadratic
            inside = [Chunk(c.start - a, c.end - a, c.display) for c in near if c.start >= a and c.end <= b]
            t7, m7 = _digits_as(text[a:b], "7"), sevens
            if _row_chains(t7, m7, inside, [c.start for c in inside], 0, b - a, header):
                return got
    if not got:
        if len(_QUIET_ROWS) >= _QUIET_ROWS_MAX:
            _QUIET_ROWS.clear()
        _QUIET_ROWS.add(key)
    return got


#: A cell border: a bar not escaped (``\|`` is a norm in math).
_BAR = re.compile(r"(?<!\\)\|")

#: Column headers of cells that are not a formula for the row's last number.
_OTHER_COLUMN = re.compile(r"change|update|Δ|\\delta|\bstep\b|increment|gradient|derivative|∂|partial|old", re.IGNORECASE)


def _row_chains(
    text: str, masked: str, chunks: list[Chunk], starts: list[int], a: int, b: int, header: list[str] | None = None
) -> list[Chain]:
    lo = max(bisect.bisect_right(starts, a) - 1, 0)
    hi = bisect.bisect_right(starts, b)
    inside = [c for c in chunks[lo:hi] if c.start >= a and c.end <= b and not c.display]
    # math spans including their $ delimiters
    spans = [(c.start - 1, c.end + 1, c) for c in inside]
    bars = []
    for m in _BAR.finditer(masked, a, b):
        p = m.start()
        if not any(s <= p < e for s, e, _ in spans):
            bars.append(p)
    if len(bars) < 3:
        return []
    cells = [(bars[i] + 1, bars[i + 1]) for i in range(len(bars) - 1)]
    if masked[bars[-1] + 1 : b].strip():
        cells.append((bars[-1] + 1, b))
    # Only the last two cells can relate (the others are never read, so they are not parsed).
    if len(cells) < 2:
        return []
    got = _cell_side(text, masked, spans, *cells[-1])
    if got is None or got[1]:
        return []  # a cell whose chain already ends in its number is a value of its own (not parsed: nothing to relate)
    last = _parsed(*got)
    if last is None or last[0] != "value":
        return []
    result = last[1]
    cell = _cell(text, masked, spans, *cells[-2])
    if cell is None or cell[0] != "formula":
        return []
    if header and len(header) == len(cells) and _OTHER_COLUMN.search(header[-2]):
        return []
    return [Chain([make_side(cell[1], text), make_side(result, text)], ["="])]


def _cell(text: str, masked: str, spans: list[tuple[int, int, Chunk]], a: int, b: int) -> tuple[str, list[Token], bool] | None:
    """(kind, tokens of the cell's last expression, had a relation) for a pure cell."""
    got = _cell_side(text, masked, spans, a, b)
    return None if got is None else _parsed(*got)


def _parsed(side: list[Token], had_rel: bool) -> tuple[str, list[Token], bool] | None:
    try:
        node = parse_side(side)
    except (ParseError, RecursionError, IndexError):
        return None
    return _kind(node), side, had_rel


def _cell_side(text: str, masked: str, spans: list[tuple[int, int, Chunk]], a: int, b: int) -> tuple[list[Token], bool] | None:
    """(tokens of the cell's last expression, had a relation) for a pure cell."""
    mine = [(s, e, c) for s, e, c in spans if s >= a and e <= b]
    rest = []
    p = a
    for s, e, _c in mine:
        rest.append(masked[p:s])
        p = e
    rest.append(masked[p:b])
    if mine:
        if _DECOR.sub("", "".join(rest)):
            return None  # prose around the math: a label, not a formula
        c = mine[-1][2]
        got = chunk_last_side(masked, c.start, c.end)  # the same as _last_side of its tokens
    else:
        if "\\" in masked[a:b]:
            return None
        toks = fix_tokens(tokenize(masked, a, b))
        toks = [t for t in toks if not (t.kind == "char" and t.text in "*_")]
        if not toks:
            return None
        got = _last_side(toks, masked)
    if got is None:
        return None
    return got[0], got[1] or len(mine) > 1
