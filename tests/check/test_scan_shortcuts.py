"""Shortcuts in the scans of a document give what the long way gives (issue 17: extraction speed).

Each shortcut is compared with the computation it replaces, written out here: inline code found by
trying the pattern at backticks only, the chunk-plan key made on UTF-8 bytes, the newline offsets
shared between line maps, and inline chunks without a relation skipped before their tokens are made.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from generator.check import extract
from generator.check.extract import LineMap, chains_of, find_chunks

ROOT = Path(__file__).resolve().parents[2]
DOCS = sorted((ROOT / "output").glob("*.md")) + sorted((ROOT / "tests" / "verify" / "data" / "published").glob("*/doc.md"))


def test_inline_code_at_backticks_only_is_the_search() -> None:
    rng = random.Random(17)
    pieces = ["`", "``", "```", "\\", "a", " ", "\n", "\n\n", "\n \t\n", "$x$", "é"]
    for _ in range(20_000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        assert extract._inline_code_spans(s) == [m.span() for m in extract._INLINE_CODE.finditer(s)], repr(s)


@pytest.mark.parametrize("path", DOCS[:40], ids=lambda p: p.parent.name + "/" + p.name)
def test_inline_code_on_documents(path: Path) -> None:
    s = path.read_text(encoding="utf-8", errors="surrogateescape")
    assert extract._inline_code_spans(s) == [m.span() for m in extract._INLINE_CODE.finditer(s)]


def test_a_plan_is_shared_by_digits_only() -> None:
    extract._PLANS.clear()
    a = extract._plan("x = 0.25", 0, 8)
    assert extract._plan("x = 9.71", 0, 8) is a  # other digits: the same cut
    assert extract._plan("y = 0.25", 0, 8) is not a
    b = extract._plan("σ = 0.25", 0, 8)
    assert b is not a and extract._plan("σ = 3.25", 0, 8) is b and extract._plan("τ = 3.25", 0, 8) is not b
    c = extract._plan("x = \udcff 1", 0, 7)  # a lone surrogate (a file read with surrogateescape) is kept
    assert c is not extract._plan("x = \udcfe 1", 0, 7) and extract._plan("x = \udcff 2", 0, 7) is c


def test_line_maps_of_two_texts() -> None:
    a, b = "x\ny\nz", "\n\n\n\nw"
    ma, mb = LineMap(a), LineMap(b)
    again = LineMap(a)
    assert [ma.line(i) for i in range(len(a))] == [1, 1, 2, 2, 3]
    assert [mb.line(i) for i in range(len(b))] == [1, 2, 3, 4, 5]
    assert [again.line(i) for i in range(len(a))] == [1, 1, 2, 2, 3]


def _chains_the_long_way(text: str) -> list:
    """chains_of with every chunk's rows made (no chunk skipped)."""
    saved = extract.chunk_related
    extract.chunk_related = lambda t, start, end: True
    try:
        return chains_of(text, find_chunks(text, "md"))
    finally:
        extract.chunk_related = saved


@pytest.mark.parametrize("path", DOCS[:40], ids=lambda p: p.parent.name + "/" + p.name)
def test_skipping_inline_chunks_without_a_relation_loses_no_chain(path: Path) -> None:
    text = path.read_text(encoding="utf-8", errors="surrogateescape")
    assert chains_of(text, find_chunks(text, "md")) == _chains_the_long_way(text)


def test_the_skip_is_taken_and_keeps_related_inline_math() -> None:
    text = "Let $W^{(1)}$ and $x = 0.5$ be given; $\\eta$ is $0.1$.\n$$z = 0.5 \\cdot 2$$\n$= 1.0$\n"
    chunks = find_chunks(text, "md")
    related = [extract.chunk_related(text, c.start, c.end) for c in chunks]
    assert related == [False, True, False, False, True, True]
    assert [[s.text for s in c.sides] for c in chains_of(text, chunks)] == [["x", "0.5"], ["z", "0.5 \\cdot 2"], ["", "1.0"]]
    assert [[s.text for s in c.sides] for c in chains_of(text, chunks)] == [
        [s.text for s in c.sides] for c in _chains_the_long_way(text)
    ]


def test_masking_without_fences_comments_or_backticks_is_the_text() -> None:
    text = "A $x = 1$ and | a | b |\n\n~~ not a fence ~~ `` \n"
    assert extract._mask_markdown_text(text) == text  # two backticks alone are no code span, two tildes no fence
    assert extract._mask_markdown_text("a `b = 1` c") == "a         c"
    assert extract._mask_markdown_text("plain $y = 2$ text") == "plain $y = 2$ text"
