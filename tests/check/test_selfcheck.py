"""A page's own check of a computed value (``true value = 2.281, your value = 0.228``): the computed number is
judged against the stated one, within the digits both print."""

from __future__ import annotations

from generator.check import check_text


def _judged(doc: str) -> list[tuple[int, str, str]]:
    return [(f.line, f.printed, f.klass) for f in check_text(doc, "md").findings]


def test_a_computed_value_far_from_the_stated_true_value_is_wrong() -> None:
    # khalilabbes' toy-model notebook: dl/df0 is cos(f0) · dl/dh1 = 0.3342 × 6.824 = 2.281 (the stated true value);
    # the code multiplies by ω0 = 0.1 as well and prints 0.228
    assert round(0.3342 * 6.824, 3) == 2.281
    out = "```\ndldh1: true value = 6.824, your value = 6.824\ndldf0: true value = 2.281, your value = 0.228\n```\n"
    assert _judged(out) == [(2, "6.824", "ok"), (3, "0.228", "error")]
    # the reverse order, and the gradient check's pair: the function's own value is the reference
    out = "dldbeta0: Your value = 0.228, True value = 2.281\ndldomega0: Your value = 0.525, Function value = 5.246, Finite difference value = 5.246\n"
    assert _judged(out) == [(1, "0.228", "error"), (2, "0.525", "error")]


def test_values_that_agree_within_their_digits_pass_and_other_lines_are_not_read() -> None:
    # 2.2805 printed to three decimals is 2.281 (or 2.280): within the printed digits of the stated value, so at most a
    # rounding note, never an error
    assert _judged("true value = 2.281, your value = 2.2805\n") == [(1, "2.2805", "rounding")]
    assert _judged("true value = 2.281, your value = 2.281\n") == [(1, "2.281", "ok")]
    # no stated value, a function value without a finite difference, or two computed values: no relation
    assert _judged("your value = 0.228\n") == []
    assert _judged("Your value = 0.525, Function value = 5.246\n") == []
    assert _judged("true value = 2.281, your value = 0.228, your value = 0.3\n") == []
    assert _judged("true value = 2.281, expected value = 0.228, your value = 0.228\n") == []
    # a sentence about an estimate, or a statistician's expected value, is no report of a check
    assert _judged("After 100 darts the estimate is rough: true value = 3.14159, my value = 3.08 (it improves).\n") == []
    assert _judged("For one roll of a fair die the expected value = 3.5, your value = 4 on the roll we made.\n") == []
    assert _judged("true value = 2.281, your value = 0.228 (see above)\n") == []
