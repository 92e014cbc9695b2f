"""The quick tests that spare a page the slow case-insensitive scans (issue 17) decide as the scans do.

A substring test on the lowered page says whether a reader's words occur at all; the sum words are
found with substring searches. Each must give exactly what the regular expression it stands in for
gives: on every document of the published corpus and nnwalk's own outputs, and on generated text
made of the words, their neighbours (letters, digits, ``_``, a backslash, accented and Chinese
letters) and the characters a case-insensitive pattern folds (``ſ``, ``ı``, ``İ``, ``K``).
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.check.arrows import _LOGITS_TO_PROBS, _SOFTMAX
from generator.check.checker import _SUM_WORD, _sum_words
from generator.check.extract import lowered
from generator.check.floordiv import _MARK, floor_mark
from generator.check.selfcheck import _YOURS

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted(
    p
    for p in [*(ROOT / "tests" / "verify" / "data" / "published").glob("*/doc.*"), *(ROOT / "output").glob("*.*")]
    if p.suffix in (".md", ".tex", ".html", ".txt", ".ipynb", ".json")
)
PIECES = [
    "sum", "Sum", "SUM", "suma", "summe", "total", "TOTAL", "mean", "Mean", "average", "media", "média", "MÉDIA",
    "promedio", "soma", "somma", "somme", "moyenne", "mittelwert", "合计", "总和", "平均", "softmax", "SoftMax",
    "ſoftmax", "logit", "LOGİT", "logıts", "prob", "→", "->", "your value = 0.5", "YOUR VALUE: 1", "yoUr", "floor(",
    "\\lfloor", "⌊", "flooring", "\\", "_", "x", "1", "é", "中", " ", "\n", "$", "{", ".", "K", "İ", "ı", "ſ",
]  # fmt: skip


def _same(text: str) -> None:
    assert _sum_words(text) == [m.span() for m in _SUM_WORD.finditer(text)]
    low = lowered(text)
    assert ("softmax" in low) == (_SOFTMAX.search(text) is not None)
    if _LOGITS_TO_PROBS.search(text):
        assert "logit" in low
    if _YOURS.search(text):
        assert "your" in low and "value" in low
    assert floor_mark(text) == (m.start() if (m := _MARK.search(text)) else None)


def test_the_published_pages_and_nnwalks_outputs() -> None:
    assert len(PAGES) > 300
    for p in PAGES:
        _same(p.read_text(encoding="utf-8", errors="replace"))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_generated_text(parts: list[str]) -> None:
    _same("".join(parts))


def test_a_folded_letter_is_lowered_as_a_pattern_reads_it() -> None:
    assert "softmax" in lowered("ſoftmax") and "logit" in lowered("LOGİT")
    assert _sum_words("Total: 3 and \\sum and E_total and summary") == [(0, 5)]


def test_a_page_of_sum_words_gives_the_first_ones_only() -> None:
    import itertools

    from generator.check.checker import _SUM_WORDS_READ

    page = "mean total " * 3 + "sum " * (3 * _SUM_WORDS_READ) + "average"
    got = _sum_words(page)
    assert got == [m.span() for m in itertools.islice(_SUM_WORD.finditer(page), _SUM_WORDS_READ)]
    assert len(got) == _SUM_WORDS_READ
