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


def test_two_expression_sides_must_agree_to_far_better_than_a_printed_digit() -> None:
    # sqrt(0.25) = 0.5 exactly; 1.00001 / 2 = 0.500005, and 1.00001 (new on the right) stands for
    # [1.000005, 1.000015], so the right side is [0.5000025, 0.5000075]: 0.5 is outside, an error
    assert [k for _p, k in _verdicts("$$\\sqrt{0.25} = 1.00001 / 2$$\n")] == ["error"]
    assert [k for _p, k in _verdicts("$$\\sqrt{0.25} = 1.00000 / 2$$\n")] == ["ok"]


def test_numbers_new_on_the_right_are_read_as_roundings() -> None:
    # sqrt(0.2) = 0.44721360; 0.894427 stands for [0.8944265, 0.8944275], so 0.894427 / 2 for
    # [0.44721325, 0.44721375], which holds sqrt(0.2): a correct rounding, ok
    assert [k for _p, k in _verdicts("$$\\sqrt{0.2} = 0.894427 / 2$$\n")] == ["ok"]
    # a rule of the relation itself, not of the widening policy: the strictest policy reads it so too
    assert [f.klass for f in check_text("$$\\sqrt{0.2} = 0.894427 / 2$$\n", "md", widen="none").findings] == ["ok"]
    # 0.894437 / 2 = 0.4472185 +- 0.00000025 does not hold it
    assert [k for _p, k in _verdicts("$$\\sqrt{0.2} = 0.894437 / 2$$\n")] == ["error"]


def test_a_substitution_is_as_wrong_as_its_worst_piece() -> None:
    # 0.3 x 0.5 = 0.15 is right, 0.2 x 0.4 = 0.08 is printed 0.09: the substitution is an error
    rep = check_text("$$0.3 \\times 0.5 + 0.2 \\times 0.4 = 0.15 + 0.09$$\n", "md")
    assert [(f.klass, f.expected) for f in rep.findings] == [("error", "0.0800")]
    rep = check_text("$$0.2 \\times 0.4 + 0.3 \\times 0.5 = 0.09 + 0.15$$\n", "md")
    assert [(f.klass, f.expected) for f in rep.findings] == [("error", "0.0800")]


WIDEN = (
    "$$a = 0.5 \\times 1.3661 = 0.683$$\n\n"  # 0.68305: 0.683 is a rounded result
    "$$b = 0.5 \\times 0.6341 = 0.317$$\n\n"  # 0.31705: 0.317 is a rounded result
    "$$c = 0.683 \\times 0.317 = 0.216$$\n"
)


def test_the_widening_policy_decides_what_a_rounded_operand_may_explain() -> None:
    # 0.683 x 0.317 = 0.216511, 0.000511 from 0.216 (more than 0.0005); with both operands rounded results,
    # [0.6825, 0.6835] x [0.3165, 0.3175] = [0.21601, 0.21701] meets [0.2155, 0.2165]: rounding
    last = lambda widen: check_text(WIDEN, "md", widen=widen).findings[-1].klass  # noqa: E731
    assert last("results") == "rounding"
    assert last("all") == "rounding"
    assert last("none") == "error"  # the strictest reading widens nothing


# ---------------------------------------------------------------- interval arithmetic: enclosures by hand


def test_interval_enclosures_hold_every_value() -> None:
    import math

    from generator.check.interval import Interval

    # 1 / x for x in [0, 4] is unbounded above: no finite enclosure
    q = Interval(1.0, 2.0) / Interval(0.0, 4.0)
    assert q.hi == math.inf
    # x^3 on [-1, 2] runs from -1 to 8 (odd power: monotone, negative values stay negative)
    cube = Interval(-1.0, 2.0) ** Interval.point(3.0)
    assert cube.lo <= -1.0 and cube.contains(8.0) and cube.hi < 8.001
    # x^2 on [-1, 2] is [0, 4]
    sq = Interval(-1.0, 2.0) ** Interval.point(2.0)
    assert sq.lo == 0.0 and sq.contains(4.0)
    # |x| on [-3, 1] is [0, 3]
    assert Interval(-3.0, 1.0).abs() == Interval(0.0, 3.0)
    # ln x on [0, 1] is [-inf, 0]
    ln = Interval(0.0, 1.0).log()
    assert ln.lo == -math.inf and ln.contains(0.0)
    # intervals that share an end point intersect
    assert Interval(0.0, 1.0).intersects(Interval(1.0, 2.0))
    assert Interval(1.0, 2.0).intersects(Interval(0.0, 1.0))
    assert not Interval(0.0, 1.0).intersects(Interval(1.5, 2.0))


# ---------------------------------------------------------------- printed numbers and wrong values carried forward


def test_a_number_in_scientific_form_is_a_rounded_value() -> None:
    # 0.2 x 0.011 = 0.0022; 2 x 10^{-3} is a one-digit rounding of it (stands for [1.5e-3, 2.5e-3]): ok
    assert _verdicts("$$0.2 \\times 0.011 = 2 \\times 10^{-3}$$\n") == [("2 \\times 10^{-3}", "ok")]


def test_a_printed_number_has_one_key_however_its_leading_zero_is_written() -> None:
    from generator.check import literal_key

    assert literal_key("-0.150") == literal_key("0.150") == literal_key(".150") == ".150"


def _findings(text: str) -> list[tuple[int, str, str, str, int | None]]:
    return [(f.line, f.printed, f.klass, f.expected, f.root_line) for f in check_text(text, "md").findings]


def test_a_value_inheriting_two_wrong_values_points_at_the_first() -> None:
    doc = "$$a = 0.5 \\times 0.4 = 0.30$$\n\n$$b = 0.5 \\times 0.8 = 0.50$$\n\n$$c = 0.30 + 0.50 = 0.80$$\n"
    # a should be 0.20 (line 1), b 0.40 (line 3); c = 0.20 + 0.40 = 0.60, inheriting first from line 1
    assert (5, "0.80", "propagated", "0.6000", 1) in _findings(doc)


def test_a_restatement_is_of_the_latest_wrong_value_with_its_digits() -> None:
    doc = "$$a = 0.5 \\times 0.4 = 0.30$$\n\n$$b = 0.5 \\times 0.2 = 0.30$$\n\n$$c = 0.30 \\times 2 = 0.60$$\n"
    # both a (should be 0.20) and b (should be 0.10) print 0.30; line 5 uses the latest, b: c = 0.10 x 2 = 0.20
    got = _findings(doc)
    assert (5, "0.30", "propagated", "0.1000", 3) in got
    assert (5, "0.60", "propagated", "0.2000", 3) in got
