"""The short path for a plainly right relation (``checker._plainly_ok``) gives what the general path gives.

Most relations of a walkthrough are a number printed for a scalar expression that its point value
already proves (``0.10 \\times 0.70 = 0.07000``); :func:`checker._check_pair` answers those first by a
short path, and everything else (a wrong or rounded number, a matrix, a substitution, a widening that
could raise) by the general one. Each test checks documents both ways and compares the reports field by
field, on right documents and on the same documents with a wrong digit planted, inside a relation and
outside every relation.
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
DOCS = sorted((ROOT / "output").glob("*.md")) + sorted((ROOT / "output").glob("*.tex"))

#: small documents at the edges of the short path: a literal on the left, a matrix, a 1 x 1 matrix, a power
#: whose widening could fail, an overflow, a division by zero, a value one unit off, a relation with no literal
EDGES = [
    r"$0.07000 = 0.10 \times 0.70$ and $0.10 \times 0.70 = 0.07000$ and $0.10 \times 0.70 = 0.07001$",
    r"$\begin{bmatrix} 1 & 2 \end{bmatrix} \begin{bmatrix} 0.5 \\ 0.25 \end{bmatrix} = 1.0$ and $[0.5] = 0.5$",
    r"$(-0.5)^{2.0} = 0.25$ and $2^{0.5} = 1.41421$ and $e^{-0.0625} = 0.9394131$ and $e^{-0.0625} = 0.9394132$",
    r"$10^{400} = 1.0$ and $\frac{1}{0} = 2.0$ and $\frac{1}{1.9394131} = 0.51562$ and $0.1 + 0.2 = 0.3 + 0.0$",
    r"$\sigma(0.0625) = 0.51562$ and $1 - 0.66350 = 0.33650$ and $-0.52699 \times 0.24863 = -0.13103$",
]


def _report(text: str, fmt: str, plain_first: bool) -> tuple:
    saved = checker._PLAIN_FIRST
    checker._PLAIN_FIRST = plain_first
    try:
        r = check_text(text, fmt)
    finally:
        checker._PLAIN_FIRST = saved
    return ([dataclasses.astuple(f) for f in r.findings], r.not_checked, [dataclasses.astuple(s) for s in r.skipped])


def _plant(text: str, rng: random.Random, inside: bool) -> str | None:
    """``text`` with one digit changed: in the last decimal of a number printed right after ``=`` (inside a
    relation), or of a number with no ``=`` on its line (outside every relation)."""
    spots = []
    for m in re.finditer(r"[0-9]+\.[0-9]+", text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start : m.start()].rstrip()
        line = text[line_start : text.find("\n", m.end()) if "\n" in text[m.end() :] else len(text)]
        if inside and before.endswith("="):
            spots.append(m.end() - 1)
        elif not inside and "=" not in line and "\\approx" not in line:
            spots.append(m.end() - 1)
    if not spots:
        return None
    at = rng.choice(spots)
    digit = text[at]
    return text[:at] + str((int(digit) + rng.randrange(1, 10)) % 10) + text[at + 1 :]


@pytest.mark.parametrize("text", EDGES)
@pytest.mark.parametrize("fmt", ["md", "tex"])
def test_edges_short_path_equals_general(text: str, fmt: str) -> None:
    assert _report(text, fmt, True) == _report(text, fmt, False)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_bundled_outputs_short_path_equals_general(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    fmt = "tex" if path.suffix == ".tex" else "md"
    assert _report(text, fmt, True) == _report(text, fmt, False)
    rng = random.Random(path.name)
    for inside in (True, False):
        wrong = _plant(text, rng, inside)
        if wrong is not None:
            assert _report(wrong, fmt, True) == _report(wrong, fmt, False)


def test_the_short_path_answers_most_relations_of_a_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """The comparison above compares something: on a walkthrough more than half the relations take the short path."""
    text = (ROOT / "output" / "seed002.md").read_text(encoding="utf-8")
    answered = []
    orig = checker._plainly_ok

    def counting(*args: object) -> object:
        got = orig(*args)  # type: ignore[arg-type]
        answered.append(got is not None)
        return got

    monkeypatch.setattr(checker, "_plainly_ok", counting)
    check_text(text, "md")
    assert sum(answered) > 0.5 * len(answered) > 30


def test_a_planted_digit_in_a_relation_is_an_error() -> None:
    """A wrong last digit of a result is an error with the short path on (it falls through to the general path)."""
    text = (ROOT / "output" / "seed002.md").read_text(encoding="utf-8")
    assert all(f[5] == "ok" for f in _report(text, "md", True)[0])
    rng = random.Random(11)
    for _ in range(5):
        wrong = _plant(text, rng, inside=True)
        assert wrong is not None
        findings = _report(wrong, "md", True)[0]
        assert any(f[5] == "error" for f in findings)


def test_a_lenient_short_path_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    """The comparisons can fail: a short path that accepted a number ten units off would change a report."""
    orig = checker._plainly_ok

    def lenient(doc, lside, rel, rside, lnode, rnode):  # noqa: ANN001, ANN202
        got = orig(doc, lside, rel, rside, lnode, rnode)
        if got is None and checker.single_literal(rnode) is not None:
            lit = checker.single_literal(rnode)
            x = checker.evaluate(lnode)
            if isinstance(x, checker.Interval) and abs(x.mid - lit.value) <= 20 * lit.half:
                return [checker.Finding(doc.lines.line(rside.start), rside.text, "", lside.text, rel, "ok")]
        return got

    monkeypatch.setattr(checker, "_plainly_ok", lenient)
    text = EDGES[0]
    assert _report(text, "md", True) != _report(text, "md", False)
