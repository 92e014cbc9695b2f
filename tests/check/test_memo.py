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
    # decimal literals where a parse could depend on their digits: a one-token argument, a name, words
    r"$2^0.5 = 1.41$ and $\frac0.51 = 0.5$ and $x_{0.5} = 0.3$ and $\text{0.5 m} = 0.5$ and $\sqrt[0.5]{4} = 16$",
    r"$1.5 \times 10^{-3} = 0.0015$ and $1.5 \times 10^{0.5} = 4.74$ and $0.25 \cdot 0.5 0.5 = 1$ and $e^{0.5} = 1.64872$",
]


def _report(text: str, fmt: str) -> tuple:
    r = check_text(text, fmt)
    return ([dataclasses.astuple(f) for f in r.findings], r.not_checked, [dataclasses.astuple(s) for s in r.skipped])


def _cold(text: str, fmt: str) -> tuple:
    """The report without any memo: every chunk cut and every side parsed as the plain pipeline does, and every
    value worked out by the careful walk over Interval objects (not on float pairs)."""
    from generator.check import checker, tables
    from generator.check.lexer import tokenize

    def rows(t: str, start: int, end: int) -> list:
        out = []
        for row in extract.split_rows(extract.preprocess_tokens(tokenize(t, start, end))):
            segs = extract.row_segments(row, t)
            if segs:
                amp = bool(row) and row[0].text == "&"
                out.append(
                    (amp, [extract._Segment([extract._strip_trailing_number(x, t) for x in g.sides], g.rels) for g in segs])
                )
        return out

    from generator.check import evaluate

    saved = (extract.chunk_rows, extract.chunk_related, tables.chunk_last_side, checker.parse_side, tables.parse_side)
    saved_fast = evaluate.fast
    evaluate.fast = lambda node, widen, dot: None  # every value by the careful walk over Interval objects
    extract.chunk_rows = rows
    extract.chunk_related = lambda t, start, end: any(seg.rels for _amp, segs in rows(t, start, end) for seg in segs)
    tables.chunk_last_side = lambda t, start, end: tables._last_side(tokenize(t, start, end), t)
    checker.parse_side = tables.parse_side = parse.parse_tokens
    try:
        return _report(text, fmt)
    finally:
        extract.chunk_rows, extract.chunk_related, tables.chunk_last_side, checker.parse_side, tables.parse_side = saved
        evaluate.fast = saved_fast


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


def test_a_side_with_other_digits_is_answered_from_its_shape() -> None:
    """Same tokens, other digits in the decimal literals: the tree comes from the shape memo, with this side's numbers."""
    from generator.check.lexer import tokenize

    parse._MEMO.clear()
    parse._SHAPE_MEMO.clear()
    first = parse.parse_side(tokenize(r"-0.45 \times 0.50 + 1.2 \times 10^{-3}", 0))
    assert len(parse._SHAPE_MEMO) == 1
    calls = []
    orig = parse.parse_tokens
    parse.parse_tokens = lambda toks: calls.append(toks) or orig(toks)  # type: ignore[assignment]
    try:
        again = parse.parse_side(tokenize(r"xx -0.37 \times 0.91 + 7.3 \times 10^{-3}", 3))
    finally:
        parse.parse_tokens = orig  # type: ignore[assignment]
    assert calls == []  # not parsed again
    assert again == orig(tokenize(r"xx -0.37 \times 0.91 + 7.3 \times 10^{-3}", 3))
    assert again != first


def test_a_digit_dependent_side_is_not_kept_by_shape() -> None:
    """A decimal split by TeX's one-token rule or read into a name is never answered from its shape."""
    from generator.check.lexer import tokenize

    parse._SHAPE_MEMO.clear()
    for text in (r"2^1.5", r"x_{0.5} + 1", r"\text{0.5 m}", r"\frac1.52"):
        try:
            parse.parse_side(tokenize(text, 0))
        except parse.ParseError:
            pass
    assert parse._SHAPE_MEMO == {}


def test_a_broken_shape_memo_is_caught() -> None:
    """A shape hit that kept the first side's numbers would change the report: the comparison notices."""
    orig = parse._moved_with
    parse._MEMO.clear()
    parse._SHAPE_MEMO.clear()
    parse._moved_with = lambda n, d, base, free, toks: parse._moved(n, d)  # type: ignore[assignment]
    try:
        text = EDGE[8]
        twin = _redigit(text, random.Random(3))
        _report(twin, "md")
        assert _report(text, "md") != _cold(text, "md")
    finally:
        parse._moved_with = orig  # type: ignore[assignment]
        parse._SHAPE_MEMO.clear()


def test_a_long_wrong_sum_is_still_caught_with_the_memos() -> None:
    """A side too deep to compare as a template (250 terms) is parsed afresh, never left unchecked."""
    terms = " + ".join(["0.1"] * 250)
    text = f"$1 + 1 = 2$\n\n$$ s = {terms} = 99.0 $$\n"
    twin = text.replace("0.1 +", "0.2 +", 7)
    parse._MEMO.clear()
    parse._SHAPE_MEMO.clear()
    _report(twin, "md")
    warm = _report(text, "md")
    assert warm == _cold(text, "md")
    assert [f[5] for f in warm[0]] == ["ok", "error"]  # the sum (25) is not 99.0


def test_memos_are_bounded() -> None:
    extract._PLANS.clear()
    parse._MEMO.clear()
    for k in range(50):
        _report(f"$a_{{{k}}} = {k} + {'x' * (k % 7)}$", "md")
    assert 0 < len(extract._PLANS) <= extract._PLANS_MAX
    assert 0 < len(parse._MEMO) <= parse._MEMO_MAX
    parse._SHAPE_MEMO.clear()
    saved = parse._MEMO_MAX
    parse._MEMO_MAX = 5
    try:
        for k in range(20):
            _report(f"$a = 0.{k:02d} + {'1.5 + ' * (k % 9)}0.5$", "md")
    finally:
        parse._MEMO_MAX = saved
    assert 0 < len(parse._SHAPE_MEMO) <= 5


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


# Literals whose fields are worked out by hand here (value, half-unit, key, decimals, printed text):
# the number memo must give exactly these, at any offset, the first time and every time after.
NUMBERS = [
    (("0.450", None), (0.45, 0.0005, ".450", 3, "0.450", None)),
    (("-0", None), None),  # a sign is not part of a literal: refused, every time
    (("12", None), (12.0, 0.0, "12", None, "12", None)),
    (("007.5", None), (7.5, 0.05, "7.5", 1, "007.5", None)),
    (("1.88", -4), (1.88e-4, 0.005e-4, "1.88e-4", 2, "1.88 \\times 10^{-4}", -4)),
    (("3", 2), (300.0, 50.0, "3e2", 0, "3 \\times 10^{2}", 2)),
    (("2.5e-3", None), (2.5e-3, 0.05e-3, "2.5e-3", 1, "2.5e-3", -3)),
]


@pytest.mark.parametrize(("args", "fields"), NUMBERS, ids=lambda x: str(x))
def test_the_number_memo_gives_the_literal_worked_out_by_hand(args: tuple, fields: tuple | None) -> None:
    parse._NUMBERS.clear()
    for start in (0, 17, 0, 5):  # a miss, then hits, at other offsets
        if fields is None:
            with pytest.raises(parse.ParseError):
                parse.make_number(args[0], start, args[1])
            continue
        n = parse.make_number(args[0], start, args[1])
        assert isinstance(n, parse.Num) and n.start == start
        got = (n.value, n.half, n.key, n.decimals, n.text, n.scale)
        assert got[0] == pytest.approx(fields[0], rel=1e-15) and got[1] == pytest.approx(fields[1], rel=1e-12)
        assert got[2:] == fields[2:]


def test_numbers_from_the_memo_are_fresh_objects() -> None:
    """A caller may change a Num it was given (``verify.codecheck`` widens half-units): no other Num changes."""
    parse._NUMBERS.clear()
    a = parse.make_number("0.25", 3)
    a.half = 0.5
    a.value = 9.0
    b = parse.make_number("0.25", 3)
    assert a is not b and (b.value, b.half, b.start) == (0.25, 0.005, 3)
    assert b == parse.Num(0.25, 0.005, ".25", 2, "0.25", None, start=3)


def test_the_number_memo_is_bounded() -> None:
    saved = parse._NUMBERS_MAX
    parse._NUMBERS_MAX = 4
    try:
        for k in range(30):
            parse.make_number(f"0.{k}")
            assert 0 < len(parse._NUMBERS) <= 4
    finally:
        parse._NUMBERS_MAX = saved


@pytest.mark.parametrize(
    "side",
    [
        r"\frac{1}{1 + e^{-(0.15 \cdot 0.05 + 0.2 \cdot 0.1 + 0.35)}}",  # Bin, Neg, Pow, Const, Num
        r"\sigma(0.3) - \max(0, -2.5) + \sqrt{4} \cdot \pi",  # Func with one and two arguments
        r"\begin{bmatrix} 0.5 & -1 \\ x_{1} & 2 \end{bmatrix}^\top \begin{bmatrix} 1 \\ 2 \end{bmatrix}",  # Matrix, Transpose, Sym
    ],
)
def test_a_memo_hit_is_the_tree_parsed_where_the_side_stands(side: str) -> None:
    """Every kind of node, moved: the same tree as parsing the side afresh at its new offset (spaces before it)."""
    from generator.check.lexer import tokenize

    parse._MEMO.clear()
    parse._SHAPE_MEMO.clear()
    first = parse.parse_side(tokenize(side, 0))
    for d in (1, 40):
        moved = " " * d + side
        assert parse.parse_side(tokenize(moved, 0)) == parse.parse_tokens(tokenize(moved, 0))
    assert parse.parse_side(tokenize(side, 0)) == first
