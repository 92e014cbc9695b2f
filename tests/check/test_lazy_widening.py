"""The widened evaluations are made only when a relation needs them, and never change a verdict.

``_check_pair`` first evaluates both sides with every printed number exact; when that already
proves the relation ok against a printed number, the widened evaluations (each rounded number
anywhere in its half-unit) could not change the verdict, and are not made — unless making them
could raise where the point evaluation did not (a power whose exponent is a printed decimal),
which makes the relation "not checked": then they are made first, as before. These tests pin
the cases where the point values do not decide (just beyond a half-unit, where only the widened
values tell a rounding from an error), the power that raises only when widened, and the whole
of nnwalk's own outputs checked both ways.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from generator.check import checker
from generator.check.checker import check_text
from generator.check.parse import parse_latex_expr

ROOT = Path(__file__).resolve().parents[2]


def _verdicts(doc: str) -> list[tuple[str, str, str]]:
    report = check_text(doc, "md")
    return [(f.printed, f.klass, f.expected) for f in report.findings] + [(s.text, "skipped", s.reason) for s in report.skipped]


def test_on_the_half_unit_is_ok_from_the_points() -> None:
    # 0.125 + 0.125 = 0.25 is 0.2 within its half-unit 0.05 (the boundary itself counts)
    assert ("0.2", "ok", "0.250") in _verdicts("$$ 0.125 + 0.125 = 0.2 $$")


def test_just_beyond_the_half_unit_the_widened_values_decide() -> None:
    # 0.667 x 300 = 200.1 is 0.1 from 200.0 (half-unit 0.05): the points say "not ok". 0.667 is a printed
    # result (of 2/3), so it may be anything in [0.6665, 0.6675]: 300 times that reaches 200.0 -> rounding.
    doc = "$$ a = 2 / 3 = 0.667 $$\n\n$$ b = 0.667 \\times 300 = 200.0 $$"
    assert ("200.0", "rounding", "200.100") in _verdicts(doc)
    # the same with an exact (given) 0.667: nothing widens, and 200.1 is not 200.0 -> error
    assert ("200.0", "error", "200.100") in _verdicts("$$ b = 0.667 \\times 300 = 200.0 $$")


def test_a_matrix_element_just_beyond_its_half_unit() -> None:
    doc = (
        "$$ a = 2 / 3 = 0.667 $$\n\n"
        "$$ \\begin{bmatrix} 0.667 \\times 300 \\\\ 0.5 \\times 2 \\end{bmatrix} = \\begin{bmatrix} 200.0 \\\\ 1.0 \\end{bmatrix} $$"
    )
    found = _verdicts(doc)
    assert ("200.0", "rounding", "200.100") in found and ("1.0", "ok", "1.000") in found


def test_a_power_that_raises_only_when_widened_stays_not_checked() -> None:
    # (-0.5)^2.0 is 0.25 at the point; widened, 2.0 is not an integer and the base is negative
    found = _verdicts("$$ (-0.5)^{2.0} = 0.25 $$")
    assert found == [("(-0.5)^{2.0} = 0.25", "skipped", "eval: non-integer power of a non-positive number")]


@pytest.mark.parametrize(
    ("tex", "safe"),
    [
        ("0.5 + 0.25", True),
        ("\\frac{1}{1 + e^{-0.3775}}", True),
        ("(0.5 - 0.25)^2", True),
        ("e^{0.5}", True),
        ("(-0.5)^{2.0}", False),
        ("2^{0.5} + 1", False),
        ("\\begin{bmatrix} 0.1 & 0.5^{1.5} \\end{bmatrix}", False),
    ],
)
def test_which_sides_may_skip_the_widened_values(tex: str, safe: bool) -> None:
    assert checker._widening_cannot_raise(parse_latex_expr(tex)) is safe


DOCS = sorted((ROOT / "output").glob("*.md")) + sorted((ROOT / "output").glob("*.tex"))


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_nnwalk_outputs_check_the_same_with_every_widening_made(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = path.read_text(encoding="utf-8")
    wrong = text.replace("0.5", "0.6")  # many wrong numbers: rounding and error verdicts, and what they carry
    fmt = "tex" if path.suffix == ".tex" else "md"
    lazy = [check_text(t, fmt) for t in (text, wrong)]
    monkeypatch.setattr(checker, "_widening_cannot_raise", lambda node: False)  # every widening made first
    eager = [check_text(t, fmt) for t in (text, wrong)]
    for a, b in zip(lazy, eager, strict=True):
        assert [dataclasses.astuple(f) for f in a.findings] == [dataclasses.astuple(f) for f in b.findings]
        assert a.skipped == b.skipped and a.not_checked == b.not_checked
    assert any(f.klass != "ok" for f in lazy[1].findings)
