"""A summary table's row restating a result: ``b2(1)   110`` after ``b2(1) = −2 − 1 · (−108) = 110``.

Homework solutions and slides end a worked step with a table of every quantity and its value, one row
per name, without an ``=`` (a PDF's text layer prints each row as the name, a space and the value). A
reader marking the page needs each row that repeats a wrong result marked too. Each such row is related
to the result it restates (the last printed value of a chain that the same name heads), so the checker
sees the restatement and :mod:`.carry` names it ``propagated`` where that result is wrong.

Conservative: only a row whose value prints the same number as that result (a row printing another
number may be a later step's value, a new iteration that the page did not work out), only a name that
heads a chain before the row, only one number on the row, and only plain text outside math.
"""

from __future__ import annotations

import bisect
import re

from .extract import Chain, Chunk, LineMap, Side, make_side
from .lexer import tokenize
from .report import Finding

__all__ = ["mark_restated_rows", "summary_chains"]

#: a row: a name (no ``=``, at most 16 characters, not a number) and one signed number at the end of the line
_ROW = re.compile(r"^[ \t]*(?P<name>[^\s=\d\-\u2212|][^=\n|]{0,15}?)[ \t]+(?P<value>[-\u2212]?\d+(?:\.\d+)?)[ \t]*$", re.M)
_NOTE_HEAD = "restates the value of "
_NOTE = _NOTE_HEAD + "{name} printed at line {line}"
_NAMED = re.compile(re.escape(_NOTE_HEAD) + r"(.+?) printed at ")
_NUMBER = re.compile(r"[-\u2212]?\d+(?:\.\d+)?")


def _key(text: str) -> str:
    """A name as a look-up key: spacing, braces and a TeX subscript mark ignored (``b_2(1)`` is ``b2(1)``)."""
    return re.sub(r"[\s{}_]", "", text)


def _value(side: Side) -> str | None:
    """The side's text when it is one signed number and nothing else, with the minus sign made ASCII."""
    text = side.text.strip().replace("\u2212", "-").replace(" ", "")
    return text if _NUMBER.fullmatch(text) else None


def summary_chains(text: str, masked: str, chunks: list[Chunk], chains: list[Chain]) -> list[Chain]:
    """Relations ``result = row value`` for each summary row that restates a named result (module docstring)."""
    heads: dict[str, list[tuple[int, Side]]] = {}  # key of a name: (where its result is printed, the result's side)
    for c in chains:
        if len(c.sides) < 2 or c.note or not c.sides[0].tokens:
            continue
        name = c.sides[0].text
        if _NUMBER.fullmatch(name.strip().replace("\u2212", "-")) or not any(ch.isalpha() for ch in name):
            continue
        if _value(c.sides[-1]) is not None:
            heads.setdefault(_key(name), []).append((c.sides[-1].start, c.sides[-1]))
    if not heads:
        return []
    for found in heads.values():
        found.sort(key=lambda h: h[0])
    where = {k: [pos for pos, _side in v] for k, v in heads.items()}
    lines = LineMap(text)
    spans = sorted((c.start, c.end) for c in chunks)
    starts = [a for a, _b in spans]
    out: list[Chain] = []
    for m in _ROW.finditer(masked):
        at = m.start("name")
        k = bisect.bisect_right(starts, at) - 1
        if k >= 0 and at < spans[k][1]:
            continue  # inside math
        key = _key(m.group("name"))
        k = bisect.bisect_left(where.get(key, ()), at) - 1  # the last result of that name printed before the row
        if k < 0:
            continue
        result = heads[key][k][1]
        value = m.group("value").replace("\u2212", "-")
        if value != _value(result):
            continue
        a, b = m.span("value")
        row = make_side(tokenize(text, a, b), text)
        out.append(Chain([result, row], ["="], _NOTE.format(name=m.group("name").strip(), line=lines.line(result.start))))
    return out


def mark_restated_rows(chains: list[Chain], findings: list[Finding]) -> None:
    """Name each summary row whose result was found wrong: ``propagated``, pointing at that result's first error.

    The row's own relation (result = row) is right by construction, and :mod:`.carry` follows no whole number
    (a small integer recurs by chance); a row that repeats its name's result is no chance, so it is named here.
    ``findings`` is edited in place: the row's ``ok`` finding becomes the ``propagated`` one.
    """
    rows = {c.sides[1].start: c.sides[0] for c in chains if c.note.startswith(_NOTE_HEAD) and len(c.sides) == 2}
    if not rows:
        return
    wrong = sorted(
        ((f.offset, f) for f in findings if f.klass in ("error", "propagated") and f.offset is not None), key=lambda w: w[0]
    )
    offsets = [at for at, _f in wrong]
    named = set(offsets)
    # a row that carry named already (a decimal result followed wrong) keeps that finding alone, not an ok beside it
    findings[:] = [f for f in findings if not (f.klass == "ok" and f.offset in named and f.offset in rows)]
    for f in findings:
        if f.klass != "ok" or f.offset is None or f.offset in named:
            continue
        result = rows.get(f.offset) or rows.get(f.offset - 1)  # the row's number (after its minus sign)
        if result is None:
            continue
        k = bisect.bisect_left(offsets, result.start)  # the first wrong number printed in the result
        if k == len(offsets) or offsets[k] >= result.start + len(result.text):
            continue
        root = wrong[k][1]
        f.klass, f.expected, f.root_line = "propagated", root.expected, root.root_line or root.line
        f.lhs = _NAMED.search(f.detail).group(1) if _NAMED.search(f.detail) else f.lhs  # the row's name, not the result
        f.detail = f"{f.detail}, which is wrong: it should be {root.expected}"
