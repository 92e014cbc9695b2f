"""A summary table's rows restating worked results (``b2(1)   110`` after ``b2(1) = … = 110``): each row that repeats
a wrong result is named ``propagated`` at its own line, pointing at the first error (Neural Network Design E11.11's
solution, as its PDF text layer prints it: the table on the next page repeats every value, one row per name)."""

from __future__ import annotations

from generator.check import check_text

WORKED = (
    "n1 = w1p + b1 = −2 · 1 + 1 = −1\n"
    "b2(1) = b2(0) −α·s2 = −2 − 1 · (−108) = 110\n"
    "b1(1) = b1(0) −α·s1 = 1 − 1 · (−324) = 325\n"
    "\n"
    "Table 5.1: the values\n"
    "n1 -1\n"
    "b2(1) 110\n"
    "b1(1) 325\n"
)


def _judged(text: str) -> list[tuple[int, str, str | None]]:
    return [(f.line, f.klass, f.expected) for f in check_text(text, "text").findings if f.klass != "ok"]


def test_a_row_that_repeats_a_wrong_result_is_named_with_its_root() -> None:
    assert -2 - 1 * (-108) == 106 and 1 - 1 * (-324) == 325 and -2 * 1 + 1 == -1  # by hand: only b2(1) is wrong
    findings = check_text(WORKED, "text").findings
    row = [f for f in findings if f.line == 7]
    assert [(f.klass, f.root_line, f.lhs) for f in row] == [("propagated", 2, "b2(1)")]
    assert float(row[0].expected) == 106
    assert _judged(WORKED) == [(2, "error", "106.0000"), (7, "propagated", "106.0000")]
    # the rows that repeat right results are right
    assert {f.line: f.klass for f in findings}[6] == "ok" and {f.line: f.klass for f in findings}[8] == "ok"


def test_a_row_is_read_only_where_it_repeats_a_result_of_its_own_name() -> None:
    # another number may be a later step's value (a new iteration the page did not work out): not related, not judged
    other = WORKED.replace("b2(1) 110\n", "b2(1) 112\n")
    assert [line for line, _k, _e in _judged(other)] == [2]
    # a name that heads no worked chain, or a row before the result it would repeat, is no restatement
    assert _judged("Table\nb2(1) 110\n\nb2(1) = b2(0) −α·s2 = −2 − 1 · (−108) = 110\n") == [(4, "error", "106.0000")]
    assert _judged(WORKED.replace("b2(1) 110\n", "c2 110\n")) == [(2, "error", "106.0000")]
    # inside math the row is the math's business
    assert _judged(WORKED.replace("b2(1) 110\n", "$$\nb2(1) 110\n$$\n")) == [(2, "error", "106.0000")]


def test_a_decimal_row_followed_by_carry_gets_one_finding_only() -> None:
    # a review's reproducer: 2 · 1.5 + 1 = 4, so 5.5 is wrong; the row is named once (propagated), not also "ok"
    assert 2 * 1.5 + 1 == 4
    row = [(f.line, f.klass) for f in check_text("b = 2 · 1.5 + 1 = 5.5\n\nb 5.5\n", "text").findings if f.line == 3]
    assert row == [(3, "propagated")]
