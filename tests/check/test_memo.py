"""The checker's memos (chunk plans by digit shape, parsed sides) never change a verdict.

Exam variants check thousands of documents that differ only in their numbers, so the checker
cuts each chunk shape once and parses each side once per process (see ``extract._chunk`` and
``parse.parse_side``). Every test here compares a document checked without the memos (each chunk cut and each
side parsed by the plain pipeline) against the same document checked after the memos were
filled by documents of the same shape with other digits: the reports must be equal, field
by field.
"""

from __future__ import annotations

import dataclasses
import random
import re
from pathlib import Path

import pytest

from generator.check import extract, parse
from generator.check.checker import check_text

ROOT = Path(__file__).resolve().parents[2]
DOCS = sorted((ROOT / "output").glob("*.md")) + sorted((ROOT / "output").glob("*.tex"))

# Chunks whose cut or parse depends on the digits themselves (TeX's one-token arguments, "10^k",
# thousands separators, a backslash before a digit, equation numbers) next to plain ones.
EDGE = [
    r"$2^10 = 1024$ and $3^45 = 9999$ and $x_12 = 3$ and $x_{12} = 4$",
    r"$3 \times 10^{-4} = 0.0003$ and $4 \times 20^{-4} = 0.0004$ and $1.5 \cdot 10^2 = 150$",
    r"$1,234 = 1234$ and $5,678 = 5678$ and $1,23 = 1.23$",
    r"$\1 = 2$ and $\9 = 3$",
    "$$ z = 0.1 \\cdot 0.2 + 0.3 \\quad (17) $$\n\n$$ z = 0.2 \\cdot 0.2 + 0.3 \\quad (18) $$",
    "$$ a = 0.5 \\times 2 \\\\ = 1.0 \\\\[4pt] = 1 $$",
    "| x | $0.5 \\times 2$ | $1.0$ |\n|---|---|---|\n| y | $0.5 \\times 4$ | $2.0$ |\n| z | 0.5 * 6 | 3.0 |",
    r"$\begin{bmatrix} 1 & 2 \\ 3 & 4 \end{bmatrix} \begin{bmatrix} 5 \\ 6 \end{bmatrix} = \begin{bmatrix} 17 \\ 39 \end{bmatrix}$",
    "$e^{-0.5} = 0.60653$, $\\frac{1}{1 + 0.60653} = 0.62246$ ½ ² $2¹ = 2$",
    r"\[ \sigma(0.3775) = \frac{1}{1+e^{-0.3775}} = 0.59327 \] % 12 = 13",
]


def _report(text: str, fmt: str) -> tuple:
    r = check_text(text, fmt)
    return ([dataclasses.astuple(f) for f in r.findings], r.not_checked, [dataclasses.astuple(s) for s in r.skipped])


def _cold(text: str, fmt: str) -> tuple:
    """The report without any memo: every chunk cut and every side parsed as the plain pipeline does."""
    from generator.check import checker, tables
    from generator.check.lexer import tokenize

    def rows(t: str, start: int, end: int) -> list:
        out = []
        for row in extract._rows(extract._preprocess(tokenize(t, start, end))):
            segs = extract._segments(row, t)
            if segs:
                amp = bool(row) and row[0].text == "&"
                out.append(
                    (amp, [extract._Segment([extract._strip_trailing_number(x, t) for x in g.sides], g.rels) for g in segs])
                )
        return out

    saved = (extract.chunk_rows, tables.chunk_last_side, checker.parse_side, tables.parse_side)
    extract.chunk_rows = rows
    tables.chunk_last_side = lambda t, start, end: tables._last_side(tokenize(t, start, end), t)
    checker.parse_side = tables.parse_side = parse.parse_tokens
    try:
        return _report(text, fmt)
    finally:
        extract.chunk_rows, tables.chunk_last_side, checker.parse_side, tables.parse_side = saved


def _redigit(text: str, rng: random.Random) -> str:
    """The same text with every digit replaced by a random one (the same chunk shapes)."""
    return re.sub(r"[0-9]", lambda m: str(rng.randrange(10)), text)


@pytest.mark.parametrize("text", EDGE)
@pytest.mark.parametrize("fmt", ["md", "tex"])
def test_edge_cases_cold_equals_warm(text: str, fmt: str) -> None:
    rng = random.Random(7)
    twins = [_redigit(text, rng) for _ in range(4)]
    for doc in [text, *twins]:
        cold = _cold(doc, fmt)
        for other in [text, *twins]:  # fill the memos with the same shapes, other digits
            _report(other, fmt)
        assert _report(doc, fmt) == cold


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_bundled_outputs_cold_equals_warm(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    fmt = "tex" if path.suffix == ".tex" else "md"
    rng = random.Random(path.name)
    twin = _redigit(text, rng)
    cold, cold_twin = _cold(text, fmt), _cold(twin, fmt)
    _report(twin, fmt)
    assert _report(text, fmt) == cold
    assert _report(twin, fmt) == cold_twin


def test_a_broken_memo_is_caught() -> None:
    """The comparison above can fail: a plan that forgets to read a token's digits is noticed."""
    orig = extract._make_plan

    def forgetful(shape: str) -> extract._ChunkPlan:
        plan = orig(shape)
        plan.toks = [(k, x, a, b, False) for k, x, a, b, _real in plan.toks]
        return plan

    extract._PLANS.clear()
    extract._make_plan = forgetful
    try:
        assert _report(EDGE[8], "md") != _cold(EDGE[8], "md")
    finally:
        extract._make_plan = orig
        extract._PLANS.clear()


def test_memos_are_bounded() -> None:
    extract._PLANS.clear()
    parse._MEMO.clear()
    for k in range(50):
        _report(f"$a_{{{k}}} = {k} + {'x' * (k % 7)}$", "md")
    assert 0 < len(extract._PLANS) <= extract._PLANS_MAX
    assert 0 < len(parse._MEMO) <= parse._MEMO_MAX


def test_parsed_trees_are_fresh_copies() -> None:
    """A caller may keep or change a tree: the memo hands out copies, moved to where the side stands."""
    from generator.check.lexer import tokenize

    parse._MEMO.clear()
    a = parse.parse_side(tokenize("0.5 + 1", 0))
    b = parse.parse_side(tokenize("xx 0.5 + 1", 3))
    assert a is not b and a.left is not b.left  # type: ignore[attr-defined]
    assert (a.start, a.left.start, a.right.start) == (0, 0, 6)  # type: ignore[attr-defined]
    assert (b.start, b.left.start, b.right.start) == (3, 3, 9)  # type: ignore[attr-defined]
    with pytest.raises(parse.ParseError):
        parse.parse_side(tokenize("0.5 +", 0))
    with pytest.raises(parse.ParseError):  # the memo answers with the same error
        parse.parse_side(tokenize("0.7 +", 0))
