"""Judging without pass 1 where it is not needed gives the reports judging with it gave.

Which printed values are rounded results (pass 1, ``checker._mark_results``) only matters where a
relation is judged by widening its numbers. Three things let a right walkthrough skip it: two
expressions whose values agree to 1e-9 are ok by their points (``_ok_by_points``); an expression
whose value falls within the other side with only its numbers new on that side widened is ok
(``new_on_right``: the full widening widens a superset); and pass 1 is worked out when ``doc.rounded``
is first asked. Each test checks documents both ways and compares the reports field by field.
"""

from __future__ import annotations

import dataclasses
import random
import re
from pathlib import Path

import pytest

from generator.check import checker
from generator.check.checker import check_text
from generator.check.parse import make_number

ROOT = Path(__file__).resolve().parents[2]
DOCS = sorted((ROOT / "output").glob("*.md")) + sorted((ROOT / "output").glob("*.tex"))

#: verdicts that hang on which numbers are rounded results: a product of rounded values (rounding), of given
#: ones (error), an approximately-equal sign, substitutions of rounded values, vectors, a 1 x 1 matrix
ROUNDED = (
    "$h = \\frac{1}{1 + e^{-0.3775}} = 0.59327$\n\n$s = 0.59327 \\times 0.40673 = 0.24130$\n\n"
    "$g = 0.683 \\times 0.317 = 0.216$\n\n$p = 0.5 \\times 0.3 = 0.16$\n\n$q = 0.59327 \\times 2 \\approx 1.1866$\n\n"
    "$r = 0.24130 + 0.1 = 0.34131$\n\n"
    "$\\sigma(0.3775) = \\frac{1}{1 + e^{-0.3775}}$\n\n"
    "$0.61350 \\times 0.22327 \\times 0.51562 = 0.13698 \\times 0.51562 = 0.07063$\n\n"
    "$0.61350 \\times 0.22327 \\times 0.51562 = 0.13699 \\times 0.51562$\n\n"
    "$\\begin{bmatrix} 0.7 & 0.6 \\end{bmatrix} \\begin{bmatrix} 0.13698 \\\\ -0.13103 \\end{bmatrix} \\cdot 0.24976 "
    "= \\begin{bmatrix} 0.01627 \\end{bmatrix} \\cdot 0.24976$\n\n"
    "$\\begin{bmatrix} 0.5 & 0.25 \\end{bmatrix} \\odot \\begin{bmatrix} 0.3 & 0.7 \\end{bmatrix} "
    "= \\begin{bmatrix} 0.15 & 0.175 \\end{bmatrix} = \\begin{bmatrix} 0.150 & 0.18 \\end{bmatrix}$\n"
)


def _old_ok_by_points(left: checker._Elem, right: checker._Elem) -> bool:
    if right.lit is None and left.lit is None:
        return False
    target, expr = (right, left) if right.lit is not None else (left, right)
    assert target.lit is not None
    y, h, x = target.lit.value, target.lit.half, expr.point
    return abs(x - y) <= h + 1e-12 * max(abs(x), abs(y), 1e-300)


def _report(text: str, fmt: str, short: bool) -> tuple:
    """The report with the short ways on, or as before them (pass 1 at once, every widening made)."""
    saved = checker._relations, checker._NARROW_FIRST, checker._ok_by_points

    def eager(doc, chains):  # noqa: ANN001, ANN202
        got = saved[0](doc, chains)
        doc.rounded(make_number("0.5"))  # pass 1 worked out at once
        return got

    if not short:
        checker._relations, checker._NARROW_FIRST, checker._ok_by_points = eager, False, _old_ok_by_points  # type: ignore[assignment]
    try:
        r = check_text(text, fmt)
    finally:
        checker._relations, checker._NARROW_FIRST, checker._ok_by_points = saved  # type: ignore[assignment]
    return ([dataclasses.astuple(f) for f in r.findings], r.not_checked, [dataclasses.astuple(s) for s in r.skipped])


def _plant(text: str, rng: random.Random) -> str:
    spots = [m.end() - 1 for m in re.finditer(r"[=&{] ?-?([0-9]+\.[0-9]{3,})", text)]
    at = rng.choice(spots)
    return text[:at] + str((int(text[at]) + rng.choice((1, 5, 9))) % 10) + text[at + 1 :]


@pytest.mark.parametrize("fmt", ["md", "tex"])
def test_rounding_verdicts_are_the_same(fmt: str) -> None:
    short = _report(ROUNDED, fmt, True)
    assert short == _report(ROUNDED, fmt, False)
    assert {f[5] for f in short[0]} >= {"ok", "rounding", "error"}


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_bundled_outputs_with_a_wrong_digit_are_the_same(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    fmt = "tex" if path.suffix == ".tex" else "md"
    assert _report(text, fmt, True) == _report(text, fmt, False)
    rng = random.Random(path.name)
    for _ in range(3):
        wrong = _plant(text, rng)
        assert _report(wrong, fmt, True) == _report(wrong, fmt, False)


def test_a_right_walkthrough_never_works_pass_1_out(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the short ways are for: an exam key (forward, backward, matrix form, update) never asks."""
    from generator.exam.run import generate

    _t, files, _r = generate(ROOT / "specs" / "exam" / "exam_seed002.yaml", 3, 5, ("md",), jobs=1)
    calls = []
    orig = checker._mark_results
    monkeypatch.setattr(checker, "_mark_results", lambda *a: calls.append(a) or orig(*a))
    for k in (1, 2, 3):
        assert all(f.klass == "ok" for f in check_text(files[f"exam_seed002_v00{k}_key.md"], "md").findings)
    assert calls == []
    check_text(ROUNDED, "md")
    assert len(calls) == 1
