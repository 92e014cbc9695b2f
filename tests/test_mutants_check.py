"""Tests that kill the mutants of tools/mutants.toml's check group, each against an independent expectation.

Every expected verdict is worked out by hand in the comment beside it (the product or sum of the
printed operands, and the half-unit of the printed result: 0.5 in its last printed digit).
"""

from __future__ import annotations

from decimal import Decimal as D

from generator.check import check_text


def _verdicts(text: str) -> list[tuple[str, str]]:
    return [(f.printed, f.klass) for f in check_text(text, "md").findings]


def test_two_literal_sides_judge_the_right_one() -> None:
    # 0.1234 = 0.12: the right side is 0.1234 rounded to 2 places (|0.1234 - 0.12| = 0.0034 <= 0.005): ok
    assert _verdicts("$$a = 0.1234 = 0.12$$\n") == [("0.12", "ok")]
    # 0.12 = 0.1234: 0.1234 claims 4 places, but 0.12 stands for [0.115, 0.125] only: not what it gives
    assert [k for _p, k in _verdicts("$$a = 0.12 = 0.1234$$\n")] != ["ok"]


ELEMENTS_2 = (
    "$$\n"
    "W x = \\begin{bmatrix}\n"
    "0.1 \\cdot 0.5 + 0.2 \\cdot 0.3 \\\\\n"
    "0.3 \\cdot 0.5 + 0.4 \\cdot 0.3\n"
    "\\end{bmatrix}\n"
    "$$\n\n"
    "Calculating each element:\n"
    "1. $0.05 + 0.07 = 0.12$ \n"
    "2. $0.15 + 0.12 = 0.27$ \n"
)


def test_two_term_rows_of_an_element_list_are_checked() -> None:
    rep = check_text(ELEMENTS_2, "md")
    terms = [f for f in rep.findings if f.lhs.count("\\cdot") == 1]
    # row 1: 0.1*0.5 = 0.05 ok, 0.2*0.3 = 0.06 printed 0.07: error; row 2: 0.15 and 0.12 ok
    assert D("0.2") * D("0.3") == D("0.06")
    assert [(f.printed, f.klass) for f in terms] == [("0.05", "ok"), ("0.07", "error"), ("0.15", "ok"), ("0.12", "ok")]
    # the items' own sums are right: 0.05 + 0.07 = 0.12, 0.15 + 0.12 = 0.27
    assert [f.klass for f in rep.findings if f not in terms] == ["ok", "ok"]


def test_a_result_must_be_within_half_a_unit() -> None:
    # 0.2 * 0.3 = 0.06; printed 0.07 (one whole unit of the last digit off): an error, not ok
    assert _verdicts("$$0.2 \\times 0.3 = 0.07$$\n") == [("0.07", "error")]
    # printed 0.065 would still be wrong at 3 places: |0.06 - 0.065| = 0.005 > 0.0005
    assert _verdicts("$$0.2 \\times 0.3 = 0.065$$\n") == [("0.065", "error")]
