"""The memo of table rows that relate nothing (``tables._QUIET_ROWS``) never changes what a document relates.

Exam keys print the same table rows with other numbers, and most rows relate nothing; a row shape
seen to relate nothing is answered from the memo. Each test compares the chains of a document read
without the memo against the same document read after the memo was filled by documents of the same
shape with other digits in their decimals: they must be equal, token by token.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from generator.check import tables
from generator.check.checker import check_text
from generator.check.extract import find_chunks, mask_markdown

ROOT = Path(__file__).resolve().parents[2]
DOCS = sorted((ROOT / "output").glob("*.md"))

#: rows whose reading could hang on their digits: a power of ten, a one-token argument, a number in a name,
#: rows that relate (never kept), a header that says the column holds something else, a step number
EDGE = (
    "| Neuron | Formula | Result |\n|---|---|---|\n"
    "| a | $0.5 \\times 2.0$ | $1.0$ |\n"
    "| x | $1.5 \\times 10^{-3}$ | $0.0015$ |\n"
    "| x | $1.5 \\times 20^{-3}$ | $0.0015$ |\n"
    "| d | $2^0.5$ | $1.41$ |\n"
    "| e | $\\frac0.52$ | $0.25$ |\n"
    "| f | $x_{0.5} + 1$ | $1.5$ |\n"
    "| g | 0.5 * 6.0 | 3.0 |\n"
    "| 1. exponential | $e^{-0.0625} = 0.9394131$ | $0.9394131$ |\n"
    "| h | $0.25$ | $0.5$ |\n"
    "\n| w | Change | New |\n|---|---|---|\n| $w_1$ | $0.5 \\times 0.25$ | $0.125$ |\n"
)


def _chains(text: str) -> list[tuple]:
    got = tables.table_chains(text, mask_markdown(text), find_chunks(text, "md"))
    return [(c.rels, [(s.start, s.text, [tuple(t) for t in s.tokens]) for s in c.sides]) for c in got]


def _cold(text: str) -> list[tuple]:
    saved = tables._row_chains_known
    tables._row_chains_known = lambda text, masked, chunks, starts, a, b, header: tables._row_chains(  # type: ignore[assignment]
        text, masked, chunks, starts, a, b, header
    )
    try:
        return _chains(text)
    finally:
        tables._row_chains_known = saved  # type: ignore[assignment]


def _redigit(text: str, rng: random.Random) -> str:
    """The same text with every digit of each decimal literal replaced by a random one."""
    return re.sub(r"[0-9]*\.[0-9]+", lambda m: re.sub(r"[0-9]", lambda _d: str(rng.randrange(10)), m.group()), text)


def test_edge_rows_cold_equals_warm() -> None:
    rng = random.Random(5)
    twins = [_redigit(EDGE, rng) for _ in range(6)]
    for doc in [EDGE, *twins]:
        tables._QUIET_ROWS.clear()
        cold = _cold(doc)
        for other in [EDGE, *twins]:
            _chains(other)
        assert _chains(doc) == cold
    assert _cold(EDGE)  # the rows that relate something are read as relating it


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_bundled_outputs_cold_equals_warm(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    twin = _redigit(text, random.Random(path.name))
    tables._QUIET_ROWS.clear()
    cold, cold_twin = _cold(text), _cold(twin)
    _chains(twin)
    assert _chains(text) == cold
    assert _chains(twin) == cold_twin


def test_most_rows_of_an_exam_key_are_answered_from_the_memo(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the memo is for: after a few keys of the same exam, a key reads few of its rows again."""
    from generator.exam.run import generate

    _t, files, _r = generate(ROOT / "specs" / "exam" / "exam_seed002.yaml", 12, 5, ("md",), jobs=1)
    keys = [files[f"exam_seed002_v{k:03d}_key.md"] for k in range(1, 13)]
    tables._QUIET_ROWS.clear()
    for key in keys[:-1]:
        _chains(key)
    read = []
    orig = tables._row_chains
    monkeypatch.setattr(tables, "_row_chains", lambda *a: read.append(a[4]) or orig(*a))
    rows = sum(1 for line in keys[-1].splitlines() if line.startswith("|"))
    _chains(keys[-1])
    assert rows > 50 and len(read) < rows / 3


def test_a_planted_digit_in_a_table_is_still_caught() -> None:
    """The table's own calculations stay checked: a wrong digit in a product table's result is an error."""
    text = (ROOT / "output" / "seed002.md").read_text(encoding="utf-8")
    m = re.search(r"^\| \$w_\{1\} i_\{1\}\$ \| \$[^$|]*= ([0-9.]+)\$ \|$", text, re.MULTILINE)
    assert m is not None
    at = m.end(1) - 1
    wrong = text[:at] + str((int(text[at]) + 1) % 10) + text[at + 1 :]
    check_text(text, "md")  # the memo knows every row of the right document
    findings = check_text(wrong, "md").findings
    assert [f.klass for f in findings if f.klass != "ok"][:1] == ["error"]


def test_a_broken_memo_is_caught() -> None:
    """The comparison can fail: a memo that kept every row shape, also one that relates, changes the chains."""
    orig = tables._row_chains
    tables._QUIET_ROWS.clear()
    tables._row_chains = lambda *a: (orig(*a), [])[1]  # type: ignore[assignment]
    try:
        _chains(EDGE)  # every row shape kept as relating nothing
    finally:
        tables._row_chains = orig  # type: ignore[assignment]
    try:
        assert _chains(EDGE) != _cold(EDGE)
    finally:
        tables._QUIET_ROWS.clear()


def test_the_second_reading_of_a_row_reads_the_row_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # The check that a row relates nothing with other digits too must not copy the whole document for each row:
    # with 3,000 table rows in a 620 KB page that was 3.7 GB of copying (4 s instead of 1 s). Every reading is
    # given at most the row itself (the first, in place, takes the document; the second takes a copy of the row).
    tables._QUIET_ROWS.clear()
    body = "".join(f"| w{i} | 0.{i:04d} | 0.5 |\n" for i in range(200))
    text = "Intro.\n\n| name | value | other |\n|---|---|---|\n" + body + "\n" + "filler text. " * 5000
    seen: list[tuple[int, int, int]] = []
    real = tables._row_chains

    def spy(text_: str, masked: str, chunks, starts, a: int, b: int, header=None):  # noqa: ANN001, ANN202
        seen.append((len(text_), a, b))
        return real(text_, masked, chunks, starts, a, b, header)

    monkeypatch.setattr(tables, "_row_chains", spy)
    masked = mask_markdown(text)
    tables.table_chains(text, masked, find_chunks(text, "md"))
    copies = [n for n, a, b in seen if n != len(text)]
    assert copies and all(n == b - a and a == 0 for n, a, b in seen if n != len(text))
