"""Matrices given by name, a formula of those names, then the formula's value: checked as one relation.

Attention walkthroughs print each matrix under a heading or after its name (``#### $W_Q$`` then a
display of the matrix; ``$$X = \\begin{bmatrix}…\\end{bmatrix}$$``), then a formula of names
(``Q = X \\cdot W_Q``), then the value of its left side the same way (``#### Query $Q$`` and a
matrix). Each printed result is the formula with the printed matrices put in for the names.
:func:`named_matrix_chains` builds those relations, with a note naming where each matrix was read.

Conservative: a name's value is the last matrix printed for it before the formula; a formula is
used only when every name in it has such a value and it holds no number of its own; the value must
come after the formula and before the name is given another formula; only plain matrices of
numbers count (``bmatrix``, ``pmatrix`` …), never a matrix of names.
"""

from __future__ import annotations

import bisect
import re

from .extract import Chain, Chunk, LineMap, make_side
from .lexer import Token, tokenize

__all__ = ["named_matrix_chains"]

_MATRIX_ENVS = {"bmatrix", "pmatrix", "matrix", "Bmatrix", "vmatrix", "array"}
#: a Markdown heading whose last inline math is the name of what follows (``#### Query $Q$``, ``#### $W_Q$``)
_HEADING = re.compile(r"^[ \t]*#{1,6}[^\n$]*\$([^$\n]{1,40})\$[ \t]*$", re.MULTILINE)
_NAME = re.compile(r"^[A-Za-z](?:_\{?[A-Za-z0-9]{1,6}\}?)?(?:\^\{?\(?[A-Za-z0-9]{1,4}\)?\}?)?$")
_NOTE = "with the matrices printed before: "


def _key(text: str) -> str:
    """A name as a look-up key, spacing and braces ignored (``W_{Q}`` is ``W_Q``), as the checker's names are."""
    return re.sub(r"[\s{}]", "", text)


def _matrix(toks: list[Token]) -> bool:
    """Whether ``toks`` are one matrix of numbers and nothing else (spacing, signs and row/column marks)."""
    if len(toks) < 3 or toks[0].kind != "begin" or toks[-1].kind != "end" or toks[0].text not in _MATRIX_ENVS:
        return False
    inner = toks[1:-1]
    if toks[0].text == "array" and inner and inner[0].text == "{":  # the column spec {cc}
        close = next((i for i, t in enumerate(inner) if t.text == "}"), None)
        if close is None:
            return False
        inner = inner[close + 1 :]
    nums = 0
    for t in inner:
        if t.kind == "num":
            nums += 1
        elif not (t.text in ("&", "-", "\u2212", "+", ",") or (t.kind == "cmd" and t.text in ("\\\\", "\\,", "\\;", "\\ "))):
            return False
    return nums >= 2


def _rows(toks: list[Token]) -> list[Token]:
    """A matrix's tokens with one row break between rows: Markdown's escaped ``\\\\`` (two breaks) made one, and
    the break before ``\\end`` dropped, as the page's renderer shows it."""
    out: list[Token] = []
    for k, t in enumerate(toks):
        if t.kind == "cmd" and t.text == "\\\\":
            if out and out[-1].kind == "cmd" and out[-1].text == "\\\\":
                continue
            if k + 1 < len(toks) and toks[k + 1].kind == "end":
                continue
        out.append(t)
    return out


def _strip(toks: list[Token]) -> list[Token]:
    """The tokens without a trailing spacing command (``\\,``, ``\\quad``), period or comma."""
    while toks and (toks[-1].text in (".", ",") or toks[-1].text in ("\\,", "\\;", "\\quad")):
        toks = toks[:-1]
    return toks


def named_matrix_chains(text: str, chunks: list[Chunk], chains: list[Chain]) -> list[Chain]:
    """Relations ``formula with the printed matrices = printed value`` (see the module doc)."""
    if "matrix" not in text and "array" not in text:
        return []
    events: list[tuple[int, str, str, list[Token]]] = []  # (offset, "value" | "formula" | "other", name, tokens)
    for chain in chains:
        if len(chain.sides) == 3 and not chain.note and chain.rels == ["=", "="] and _NAME.match(chain.sides[0].text.strip()):
            # Q = X \cdot W_Q = [matrix]: the name, its formula of names and its value in one equation
            formula, right = chain.sides[1].tokens, _strip(chain.sides[2].tokens)
            if _matrix(right) and formula and len(formula) <= 12 and not any(t.kind == "num" for t in formula):
                at = chain.sides[2].start
                events.append((at, "direct", "", [*formula, Token("char", "\x00", -1, -1), *_rows(right)]))
                events.append((at, "value", _key(chain.sides[0].text.strip()), _rows(right)))
            continue
        if len(chain.sides) != 2 or chain.note or not chain.sides[0].tokens:
            continue
        name = chain.sides[0].text.strip()
        if not _NAME.match(name):
            right = _strip(chain.sides[1].tokens)
            left = chain.sides[0].tokens
            if _matrix(right) and len(left) <= 12 and not any(t.kind == "num" for t in left):
                # QK^\top = [matrix]: a formula of names and its value in one equation
                events.append((chain.sides[1].start, "direct", "", [*left, Token("char", "\x00", -1, -1), *_rows(right)]))
            continue
        right = _strip(chain.sides[1].tokens)
        if _matrix(right):
            events.append((chain.sides[1].start, "value", _key(name), _rows(right)))
        elif right and not any(t.kind == "num" for t in right):
            events.append((chain.sides[1].start, "formula", _key(name), right))
        else:  # the name given another value or formula (Q = 2X): what it stood for is gone
            events.append((chain.sides[1].start, "other", _key(name), right))
    if not any(kind in ("formula", "direct") for _o, kind, _k, _t in events):
        return []  # (most documents: no formula of names alone, nothing to look up for)
    displays = sorted((c for c in chunks if c.display), key=lambda c: c.start)
    starts = [c.start for c in displays]
    for m in _HEADING.finditer(text):
        name = m.group(1).strip()
        if not _NAME.match(name):
            continue
        k = bisect.bisect_right(starts, m.end())
        after = displays[k] if k < len(displays) else None
        if after is None or text[m.end() : after.start].strip(" \t\n$[\\") != "":
            continue  # the display must follow the heading at once
        toks = _strip(tokenize(text, after.start, after.end))
        if _matrix(toks):
            events.append((toks[0].start, "value", _key(name), _rows(toks)))
    events.sort(key=lambda e: e[0])
    lines = LineMap(text)  # (made only for a document with a formula of names: every exam key comes here)
    values: dict[str, tuple[list[Token], int]] = {}
    pending: dict[str, tuple[list[Token], list[str]]] = {}
    out: list[Chain] = []
    for at, kind, key, toks in events:
        if kind == "direct":
            cut = next(i for i, t in enumerate(toks) if t.start == -1)
            filled = _fill(toks[:cut], values, text)
            if filled is not None:
                left, used = filled
                out.append(Chain([make_side(left, text), make_side(toks[cut + 1 :], text)], ["="], _NOTE + "; ".join(used)))
            continue
        if kind == "other":
            pending.pop(key, None)
            values.pop(key, None)
            continue
        if kind == "formula":
            filled = _fill(toks, values, text)
            if filled is None:
                pending.pop(key, None)
            else:
                pending[key] = filled
            values.pop(key, None)
            continue
        if key in pending:
            left, used = pending.pop(key)
            out.append(Chain([make_side(left, text), make_side(toks, text)], ["="], _NOTE + "; ".join(used)))
        values[key] = (toks, lines.line(at))
    return out


def _named(text: str, start: int, end: int, values: dict[str, tuple[list[Token], int]]) -> bool:
    """Whether ``text[start:end]`` is a whole name (its braces balanced) printed with a matrix."""
    run = text[start:end]
    return run.count("{") == run.count("}") and _key(run) in values


def _fill(formula: list[Token], values: dict[str, tuple[list[Token], int]], text: str) -> tuple[list[Token], list[str]] | None:
    """The formula with each name's printed matrix put in (in parentheses), or None when a name has none."""
    out: list[Token] = []
    used: list[str] = []
    i, n = 0, len(formula)
    while i < n:
        t = formula[i]
        if t.text == "T" and i and formula[i - 1].text in ("^", "{"):  # X^T, X^{T}: a transpose, not a name
            out.append(t)
            i += 1
            continue
        if t.kind in ("word", "sym"):
            for j in range(min(n, i + 8) - 1, i - 1, -1):
                run = text[t.start : formula[j].end]
                if _named(text, t.start, formula[j].end, values):
                    toks, line = values[_key(run)]
                    out += [Token("char", "(", t.start, t.start), *toks, Token("char", ")", formula[j].end, formula[j].end)]
                    used.append(f"{run} (line {line})")
                    i = j + 1
                    break
            else:
                letters = t.text if t.kind == "word" and 2 <= len(t.text) <= 3 else ""
                if not letters or not all(c in values for c in letters[:-1]):
                    return None  # a name without a printed matrix
                # XW_Q: the product of X and W_Q (the last letter takes the subscript), each printed by name
                tail = next(
                    (
                        j
                        for j in range(min(n, i + 8) - 1, i, -1)
                        if _named(text, t.start + len(letters) - 1, formula[j].end, values)
                    ),
                    None,
                )
                if tail is None and letters[-1] not in values:
                    return None
                for k, c in enumerate(letters[:-1] if tail is not None else letters):  # QK: Q times K, each printed by name
                    toks, line = values[c]
                    at = t.start + k
                    out += [Token("char", "(", at, at), *toks, Token("char", ")", at + 1, at + 1)]
                    used.append(f"{c} (line {line})")
                if tail is not None:
                    at, end = t.start + len(letters) - 1, formula[tail].end
                    toks, line = values[_key(text[at:end])]
                    out += [Token("char", "(", at, at), *toks, Token("char", ")", end, end)]
                    used.append(f"{text[at:end]} (line {line})")
                    i = tail + 1
                else:
                    i += 1
            continue
        if t.kind == "num":
            return None
        out.append(t)
        i += 1
    return (out, used) if used else None
