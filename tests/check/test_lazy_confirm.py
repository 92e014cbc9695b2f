"""``doc.confirmed`` worked out when first read gives the reports it gave worked out at once.

A chain's own formula confirms its result with the values printed before (``checker._confirm``);
only :mod:`generator.check.carry` reads that, and only about a wrong result, so the substitutions
are worked out when first read. Each test checks documents both ways and compares the reports.
"""

from __future__ import annotations

import dataclasses
import random
import re
from pathlib import Path

import pytest

from generator.check import checker
from generator.check.checker import check_text

ROOT = Path(__file__).resolve().parents[2]
DOCS = sorted((ROOT / "output").glob("*.md"))

#: the name g is valued again after the update line: a confirmation must use g as it stood there
REVALUED = (
    "$\\eta = 0.1$\n\n$w_1 = 0.3$\n\n$g = -0.0204$\n\n"
    "$w_1' = w_1 - \\eta g = 0.3 - (-0.0204) \\approx 0.302$\n\n"
    "$g = 0.5$\n\n$w_2' = w_1 - \\eta g = 0.3 - 0.05 = 0.25$\n\n"
    "$v = 0.302 \\times 2 = 0.604$\n"
)


def _report(text: str, lazy: bool) -> tuple:
    saved = checker._confirm
    if not lazy:
        checker._confirm = checker._confirm_now  # type: ignore[assignment]
    try:
        r = check_text(text, "md")
    finally:
        checker._confirm = saved  # type: ignore[assignment]
    return ([dataclasses.astuple(f) for f in r.findings], r.not_checked, [dataclasses.astuple(s) for s in r.skipped])


def _plant(text: str, rng: random.Random) -> str:
    """``text`` with the last digit of a number printed right after ``=`` changed (a wrong result, carried on)."""
    spots = [m.end() - 1 for m in re.finditer(r"= ?-?([0-9]+\.[0-9]{3,})", text)]
    at = rng.choice(spots)
    return text[:at] + str((int(text[at]) + 3) % 10) + text[at + 1 :]


def test_a_confirmed_result_reads_the_same_lazily() -> None:
    lazy = _report(REVALUED, True)
    assert lazy == _report(REVALUED, False)
    assert any("not the result" in f[6] for f in lazy[0])  # the confirmation was read, and used


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_bundled_outputs_with_a_wrong_result_read_the_same_lazily(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert _report(text, True) == _report(text, False)
    rng = random.Random(path.name)
    for _ in range(3):
        wrong = _plant(text, rng)
        assert _report(wrong, True) == _report(wrong, False)


def test_nothing_is_worked_out_for_a_right_document(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the laziness is for: a right walkthrough never works its confirmations out."""
    calls = []
    orig = checker._confirm_now
    monkeypatch.setattr(checker, "_confirm_now", lambda *a: calls.append(a) or orig(*a))
    text = (ROOT / "output" / "seed002.md").read_text(encoding="utf-8")
    assert all(f.klass == "ok" for f in check_text(text, "md").findings)
    assert calls == []
