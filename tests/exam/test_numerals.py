"""The accepted texts of a Canvas blank: every numeral at the answer's places inside its tolerance range.

Expected lists are written out by hand from the definition (numbers at d places in [low, high],
each as fixed, without trailing zeros and without the leading zero).
"""

from __future__ import annotations

import pytest

from generator.errors import SpecError
from generator.exam.lms.numerals import MAX_NUMBERS, accepted_numerals, places


def test_places() -> None:
    assert [places(a) for a in ("0.01220", "-3", "12.5")] == [5, 0, 1]


def test_every_number_in_the_range_in_every_typed_form() -> None:
    # 0.1220 ± 0.00021 -> [0.12179, 0.12221]: 0.1218 .. 0.1222 at 4 places
    assert accepted_numerals("0.1220", "0.12179", "0.12221", "q1") == [
        "0.1220",
        "0.1218",
        ".1218",
        "0.1219",
        ".1219",
        "0.122",
        ".1220",
        ".122",
        "0.1221",
        ".1221",
        "0.1222",
        ".1222",
    ]


def test_negative_answers_and_zero() -> None:
    assert accepted_numerals("-0.0006", "-0.00071", "-0.00049", "q5") == [
        "-0.0006",
        "-0.0007",
        "-.0007",
        "-.0006",
        "-0.0005",
        "-.0005",
    ]
    assert accepted_numerals("0.00", "-0.011", "0.011", "q2") == ["0.00", "-0.01", "-.01", "0", "0.01", ".01"]
    assert accepted_numerals("3", "2.5", "3.5", "q3") == ["3"]


def test_a_range_too_wide_for_a_list_names_the_question_and_the_way_out() -> None:
    with pytest.raises(SpecError, match=r"exam.questions\[2\] \(q3\), variant 007: .* 201 numbers .* exam.canvas: numerical"):
        accepted_numerals("0.50", "0.00", "2.00", "exam.questions[2] (q3), variant 007")
    assert MAX_NUMBERS == 100
