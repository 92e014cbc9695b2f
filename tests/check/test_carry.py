"""Wrong values carried forward (:mod:`generator.check.carry`).

Expected values are recomputed here with :mod:`math` and :mod:`decimal` from the numbers the
test documents print, never taken from the checker.
"""

from __future__ import annotations

import math
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

import pytest

from generator.check import check_text


def sig(z: float) -> float:
    return 1 / (1 + math.exp(-z))


def at(x: float, places: int) -> str:
    return str(Decimal(repr(x)).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP))


def by_printed(doc: str, klass: str = "propagated") -> dict[tuple[int, str], object]:
    return {(f.line, f.printed): f for f in check_text(doc, "md").findings if f.klass == klass}


# A wrong net input (0.15 + 0.2 = 0.3775 should be 0.35), then everything computed from it.
CHAIN = """\
$z = 0.15 + 0.2 = 0.3775$

$a = \\frac{1}{1 + e^{-0.3775}} = 0.5933$

$d = 0.5933 \\times (1 - 0.5933) = 0.2413$

The activation is $a = 0.5933$ again.
"""


def test_each_later_use_of_a_wrong_value_is_named_with_its_root() -> None:
    found = by_printed(CHAIN)
    z, a = 0.35, sig(0.35)  # what the printed operands of line 1 give, and the sigmoid of it
    restated = found[(3, "-0.3775")]  # e^{-0.3775}: the page shows -0.3775, which should be -0.35
    assert restated.root_line == 1 and at(float(restated.expected), 4) == at(-z, 4)
    sigmoid = found[(3, "0.5933")]  # right for 0.3775, wrong for 0.35
    assert sigmoid.root_line == 1 and at(float(sigmoid.expected), 4) == at(a, 4)
    assert at(float(found[(5, "0.2413")].expected), 4) == at(a * (1 - a), 4)
    assert found[(7, "0.5933")].root_line == 1  # a bare restatement in prose math
    assert [f.klass for f in check_text(CHAIN, "md").findings if f.line == 1] == ["error"]


def test_a_value_computed_anew_from_right_operands_is_not_a_restatement() -> None:
    doc = CHAIN + "\n$b = 0.5 + 0.0933 = 0.5933$\n"
    assert (9, "0.5933") not in by_printed(doc)


def test_a_result_within_one_unit_of_its_corrected_value_is_not_carried() -> None:
    # 0.3 + 0.1 = 0.43 is wrong (0.40). Carried: 0.43 x 2 = 0.86 should be 0.80 (six units off: named);
    # 0.43 x 0.25 = 0.11 should be 0.10, one unit of the last digit: a rounded operand can do that, not named
    doc = "$p = 0.3 + 0.1 = 0.43$\n\n$q = 0.43 \\times 2 = 0.86$\n\n$r = 0.43 \\times 0.25 = 0.11$\n"
    found = by_printed(doc)
    assert at(float(found[(3, "0.86")].expected), 2) == at(0.40 * 2, 2)
    assert at(0.40 * 0.25, 2) == "0.10"
    assert (5, "0.11") not in found and (5, "0.43") in found


def test_a_value_one_unit_off_is_not_carried() -> None:
    # 0.3 + 0.1 = 0.41 is wrong by one unit of its last digit: named where computed, not carried
    doc = "$p = 0.3 + 0.1 = 0.41$\n\n$q = 0.41 \\times 2 = 0.82$\n"
    assert [f.klass for f in check_text(doc, "md").findings if f.line == 1] == ["error"]
    assert by_printed(doc) == {}


def test_a_miscopied_operand_is_the_wrong_number_not_the_result() -> None:
    # z = 0.3325 is printed; the next line copies it as 0.3275, and its result is σ(0.3325) = 0.5824
    doc = "$z = 0.1 + 0.2325 = 0.3325$\n\n$a = \\frac{1}{1 + e^{-0.3275}} = 0.5824$\n\n$y = 0.5824 \\times 2 = 1.1648$\n"
    assert at(sig(0.3325), 4) == "0.5824" and at(sig(0.3275), 4) != "0.5824"
    errors = [f for f in check_text(doc, "md").findings if f.klass == "error"]
    assert [(e.line, e.printed, e.expected) for e in errors] == [(3, "0.3275", "0.3325")]
    assert "miscopy" in errors[0].detail
    assert by_printed(doc) == {}  # 0.5824 is right: nothing carried


def test_a_miscopy_is_found_where_the_page_cuts_its_results_after_their_digits() -> None:
    # z = 1.1059 is printed; the next display copies it as 1.1959, and the row below prints 0.7513: σ(1.1059) = 0.751365
    # cut after four digits (a page that truncates: rounded it is 0.7514), while σ(1.1959) = 0.7678. The copy is the
    # wrong number; its result row cannot be redone as printed (named, propagated); -0.01 + 0.7513 later is no carry
    doc = (
        "$$z = 0.5 + 0.6059 = 1.1059$$\n\n$$a = \\frac{1}{1+e^{-1.1959}}$$\n\n$$a = 0.7513$$\n\n$$d = -0.01 + 0.7513 = 0.7413$$\n"
    )
    cut = Decimal(repr(sig(1.1059))).quantize(Decimal("0.0001"), ROUND_DOWN)
    assert str(cut) == "0.7513" and at(sig(1.1059), 4) == "0.7514" and at(sig(1.1959), 4) == "0.7678"
    found = [(f.line, f.klass, f.printed) for f in check_text(doc, "md").findings if f.klass != "ok"]
    assert found == [(3, "error", "1.1959"), (5, "propagated", "0.7513")], found
    errors = [f for f in check_text(doc, "md").findings if f.klass == "error"]
    assert errors[0].expected == "1.1059" and "miscopy" in errors[0].detail


def test_two_neighbouring_digits_miscopied_in_a_long_operand_are_the_error_not_the_result() -> None:
    # A published cheat sheet: δ_o = -0.096252 is printed, then δ_h = 0.6225(1 - 0.6225) · -1.0 · -0.986252 = 0.02261.
    # As printed the row gives 0.23176 (hand: 0.6225 × 0.3775 = 0.23499375, × 0.986252 = 0.231763); with -0.096252 it
    # gives 0.0226183, cut after five digits 0.02261. The copy is the error; the later 0.5 - 0.1·0.02261·0.5 = 0.49887
    # uses the page's value, which is within a unit of the true one: no carry into it.
    assert at(0.6225 * 0.3775 * 0.986252, 5) == "0.23176"
    cut = Decimal(repr(0.6225 * 0.3775 * 0.096252)).quantize(Decimal("0.00001"), ROUND_DOWN)
    assert str(cut) == "0.02261"
    doc = (
        "$$\\delta_o = -0.386 \\cdot 0.249357 = -0.096252$$\n\n"
        "$$\\delta_h = 0.6225(1 - 0.6225) \\cdot -1.0 \\cdot -0.986252 = 0.02261$$\n\n"
        "$$w = 0.5 - 0.1 \\cdot 0.02261 \\cdot 0.5 = 0.49887$$\n"
    )
    assert at(-0.386 * 0.249357, 6) == "-0.096252"
    found = [(f.line, f.klass) for f in check_text(doc, "md").findings if f.klass not in ("ok", "rounding")]
    assert found == [(3, "error")], found
    errors = [f for f in check_text(doc, "md").findings if f.klass == "error" and f.line == 3]
    assert any("miscopy" in e.detail or "miscopied" in e.detail for e in errors), [e.detail for e in errors]
    # in a short number two changed digits make another number: 0.35 for an earlier 0.26 is no miscopy
    short = "$$a = 0.1 + 0.16 = 0.26$$\n\n$$b = 2 \\cdot 0.35 = 0.52$$\n\n$$c = 0.52 + 1 = 1.52$$\n"
    assert [(f.line, f.klass) for f in check_text(short, "md").findings if f.klass == "error"] == [(3, "error")]


def test_a_result_cut_after_its_digits_from_an_exact_operand_is_no_miscopy_of_that_operand() -> None:
    # σ(0.3775) = 0.593270 printed 0.5932: cut, not rounded; the operand is the earlier 0.3775 itself, not a miscopy
    doc = "$$z = 0.15 + 0.2275 = 0.3775$$\n\n$$a = \\frac{1}{1+e^{-0.3775}} = 0.5932$$\n"
    assert at(sig(0.3775), 4) == "0.5933"
    errors = [f for f in check_text(doc, "md").findings if f.klass == "error"]
    assert [(e.line, e.printed) for e in errors] == [(3, "0.5932")] and "miscopy" not in errors[0].detail


def test_a_result_cut_from_its_own_printed_operands_is_no_miscopy_of_an_earlier_result() -> None:
    # b = 0.50 earlier; then w = 0.20 - 0.01 · 0.0014 = 0.199986, printed 0.1999 (cut). 0.20 is one digit from 0.50,
    # and 0.50 - 0.01 · 0.0014 cut is not 0.1999 either, but the cut alone explains the row: the error is its result
    doc = "$$b = 0.25 + 0.25 = 0.50$$\n\n$$w = 0.20 - 0.01 \\cdot 0.0014 = 0.1999$$\n"
    cut = Decimal(repr(0.20 - 0.01 * 0.0014)).quantize(Decimal("0.0001"), ROUND_DOWN)
    assert str(cut) == "0.1999" and at(0.20 - 0.01 * 0.0014, 4) == "0.2000"
    found = [(f.line, f.klass, f.printed) for f in check_text(doc, "md").findings if f.klass != "ok"]
    assert found == [(3, "error", "0.1999")], found
    # the same in a matrix update (a blog's W1 - η ∂C/∂W1, every cell cut)
    doc = (
        "$$b = 0.25 + 0.25 = 0.50$$\n\n$$W = \\begin{bmatrix} 0.15 & 0.20 \\end{bmatrix} - 0.01 \\cdot "
        "\\begin{bmatrix} 0.0007 & 0.0014 \\end{bmatrix} = \\begin{bmatrix} 0.1499 & 0.1999 \\end{bmatrix}$$\n"
    )
    found = [(f.line, f.klass, f.printed) for f in check_text(doc, "md").findings if f.klass != "ok"]
    assert found == [(3, "error", "0.1499"), (3, "error", "0.1999")], found


def test_a_slip_to_a_given_does_not_explain_an_operand_the_page_has_just_worked_out_right() -> None:
    # b = 0.5 is given. z = 0.3 - 1.0 = -0.7 is worked out right, then σ(-0.7) ≈ 0.3775: that is σ(-0.5) (a digit of
    # -0.7 turned into the given 0.5), but z is -0.7, so 0.3775 is no true value and "37.75 %" restates a wrong one
    assert at(sig(-0.5), 4) == "0.3775" and at(sig(-0.7), 4) == "0.3318"
    worked = "$b = 0.5$\n\n$z = 0.3 - 1.0 = -0.7$\n\n$\\sigma(-0.7) \\approx 0.3775$\n\nThe model is 37.75 % sure.\n"
    found = [(f.line, f.klass) for f in check_text(worked, "md").findings if f.klass != "ok"]
    assert found == [(5, "error"), (7, "propagated")], found
    assert "33.18" in next(f.detail for f in check_text(worked, "md").findings if f.line == 7)
    # the same operand printed without its working may be the given copied with a digit wrong: not followed
    given = "$b = 0.5$\n\n$z = -0.7$\n\n$\\sigma(-0.7) \\approx 0.3775$\n\nThe model is 37.75 % sure.\n"
    assert [(f.line, f.klass) for f in check_text(given, "md").findings if f.klass != "ok"] == [(5, "error")]


def test_a_long_operand_with_a_digit_put_in_is_a_miscopy() -> None:
    # net = 1.105905967 is printed; the exponent copies it with a 0 put in (1.1059059067, one more decimal), and the
    # result is σ(1.105905967) = 0.75136507: the copy is the wrong number, not the result (Mazur's example as translated)
    doc = (
        "$net = 0.4 \\times 0.593269992 + 0.45 \\times 0.596884378 + 0.6 = 1.105905967$\n\n"
        "$out = \\frac{1}{1 + e^{-1.1059059067}} = 0.75136507$\n\n$y = 0.75136507 \\times 2 = 1.50273014$\n"
    )
    assert at(sig(1.105905967), 8) == "0.75136507" and at(sig(1.1059059067), 8) != "0.75136507"
    errors = [f for f in check_text(doc, "md").findings if f.klass == "error"]
    assert [(e.line, e.printed, e.expected) for e in errors] == [(3, "1.1059059067", "1.105905967")]
    assert "miscopy" in errors[0].detail
    assert by_printed(doc) == {}  # 0.75136507 is right: nothing carried


def test_a_long_result_copied_with_a_digit_dropped_is_named_even_where_the_line_is_consistent() -> None:
    # output1 = 0.7513650695 (σ(1.105905967)); the next line uses 0.751365095 — a 6 dropped — and multiplies it out
    # correctly: the copy is the error, its product is wrong from it, and a later restatement of the product too
    out1 = sig(1.105905967)
    assert at(out1, 10) == "0.7513650695"
    slope = 0.751365095 * (1 - 0.751365095)
    doc = (
        "$output1 = \\frac{1}{1 + e^{-1.105905967}} = 0.7513650695$\n\n"
        f"$s = 0.751365095 \\times (1 - 0.751365095) = {slope:.9f}$\n\n"
        f"$g = {slope:.9f} \\times 2 = {2 * slope:.9f}$\n"
    )
    found = check_text(doc, "md").findings
    errors = [(f.line, f.printed, f.expected) for f in found if f.klass == "error"]
    assert errors == [(3, "0.751365095", "0.7513650695")]
    propagated = {(f.line, f.printed): f.expected for f in found if f.klass == "propagated"}
    assert at(float(propagated[(3, f"{slope:.9f}")]), 9) == at(out1 * (1 - out1), 9)
    assert (5, f"{2 * slope:.9f}") in propagated


def test_a_long_value_rounded_or_cut_short_is_no_miscopy() -> None:
    # 0.751365070 and 0.75136507 are the same value rounded; 0.7513650695 → 0.751365069 is cut short: none is a copy slip
    doc = (
        "$a = \\frac{1}{1 + e^{-1.105905967}} = 0.7513650695$\n\n"
        "$b = 0.751365069 \\times 2 = 1.502730138$\n\n$c = 0.75136507 \\times 2 = 1.50273014$\n"
    )
    assert [f for f in check_text(doc, "md").findings if f.klass != "ok"] == []
    # 0.12346678 is one digit from the earlier result 0.12345678, and its own chain computes it
    # (1/(0.00001 + 0.12345678) = 1/0.12346678): a value of its own, not a slip
    doc = (
        "$r = 0.1 + 0.02345678 = 0.12345678$\n\n"
        f"$v = \\frac{{1}}{{0.00001 + 0.12345678}} = \\frac{{1}}{{0.12346678}} = {1 / 0.12346678:.7f}$\n"
    )
    assert [f for f in check_text(doc, "md").findings if f.klass not in ("ok", "rounding")] == []


def test_a_result_its_own_formula_confirms_is_not_carried() -> None:
    # the substitution drops η; the result follows from the formula with the printed values
    doc = (
        "$\\eta = 0.1$\n\n$w_1 = 0.3$\n\n$g = -0.0204$\n\n"
        "$w_1' = w_1 - \\eta g = 0.3 - (-0.0204) \\approx 0.302$\n\n"
        "$v = 0.302 \\times 2 = 0.604$\n"
    )
    assert at(0.3 - 0.1 * -0.0204, 3) == "0.302"
    errors = [f for f in check_text(doc, "md").findings if f.klass == "error"]
    assert len(errors) == 1 and "not the result" in errors[0].detail
    assert by_printed(doc) == {}


def test_numbers_with_one_significant_digit_are_not_carried() -> None:
    # 0.2 + 0.2 = 0.7 is wrong, but a later 0.7 is as likely a given as a restatement
    doc = "$p = 0.2 + 0.2 = 0.7$\n\n$q = 0.7 \\times 3 = 2.1$\n"
    assert by_printed(doc) == {}


def test_a_negative_restatement_keeps_its_sign() -> None:
    # g = -0.25 - 0.25 = -0.40 is wrong (-0.50); w = 0.5 - 0.5 x (-0.40) = 0.70 carried: 0.5 + 0.25 = 0.75
    doc = "$g = -0.25 - 0.25 = -0.40$\n\n$w = 0.5 - 0.5 \\times (-0.40) = 0.70$\n"
    found = by_printed(doc)
    assert at(float(found[(3, "-0.40")].expected), 2) == "-0.50"
    assert at(float(found[(3, "0.70")].expected), 2) == at(0.5 - 0.5 * -0.5, 2)


def test_annotate_marks_every_carried_number_with_its_own_sign() -> None:
    from generator.check import annotate

    marked = annotate(CHAIN, check_text(CHAIN, "md").findings, "md").splitlines()
    a = at(sig(0.35), 4)
    # e^{-0.3775}: the minus is the number's sign; 1 - 0.5933: a subtraction, the number is 0.5933
    assert "⟨nnwalk propagated: -0.3775 should be -0.3500" in marked[2]
    assert f"⟨nnwalk propagated: 0.5933 should be {a}" in marked[4] and "- 0.5933 should" not in marked[4]
    assert f"⟨nnwalk propagated: should be {a}" in marked[6] or f"0.5933 should be {a}" in marked[6]


def test_an_updated_weight_used_to_back_propagate_a_delta_is_conceptual() -> None:
    # w1' = 0.3 + (-0.04 x 0.7) = 0.272; the hidden δ must use the forward pass's 0.3, not 0.272
    doc = (
        "$w1_{new} = 0.3 + (-0.04 \\times 0.7) = 0.272$\n\n"
        "$\\delta_1 = \\delta \\cdot w1 \\cdot 0.25 = -0.04 \\times 0.272 \\times 0.25 = -0.00272$\n\n"
        "$w2_{new} = 0.5 + 0.272 \\times 0.1 = 0.5272$\n"
    )
    assert round(0.3 + (-0.04 * 0.7), 6) == 0.272
    findings = check_text(doc, "md").findings
    (stale,) = [f for f in findings if f.klass == "conceptual"]
    assert (stale.line, stale.printed, float(stale.expected)) == (3, "0.272", 0.3) and "updated" in stale.detail
    carried = [f for f in findings if f.klass == "propagated"]
    assert [(f.line, f.printed) for f in carried] == [(3, "-0.00272")]
    assert float(carried[0].expected) == pytest.approx(-0.04 * 0.3 * 0.25)
    # the next update may use the new weight (a forward quantity of the next step): nothing on line 5
    assert [f.klass for f in findings if f.line == 5] == ["ok"]


def test_a_restated_wrong_value_takes_the_blame_from_a_right_result() -> None:
    # z = 0.3 + 0.2646 = 1 (wrong: 0.5646); then σ(1) = 0.6375 is σ(0.5646): the restated 1 is wrong, the result right,
    # and nothing is carried from 0.6375. Then s = 0.25 - 0.0713 = 0.17 (wrong: 0.1787), and 1/(1+e^{0.17}) = 0.5446
    # is σ(0.1787) with the minus sign lost: again the restated number is wrong, not the result.
    doc = (
        "$z = 0.3 + 0.2646 = 1$\n\n$a = \\frac{1}{1+e^{-1}} = 0.6375$\n\n$b = 0.6375 \\times 2 = 1.275$\n\n"
        "$s = 0.25 - 0.0713 = 0.17$\n\n$o = \\frac{1}{1+e^{0.17}} = 0.5446$\n\n$p = 0.5446 \\times 2 = 1.0892$\n"
    )
    assert at(sig(0.5646), 4) == "0.6375" and at(sig(0.1787), 4) == "0.5446"
    findings = check_text(doc, "md").findings
    wrong = {(f.line, f.printed, f.klass) for f in findings if f.klass != "ok"}
    assert wrong == {(1, "1", "error"), (3, "1", "propagated"), (7, "0.17", "error"), (9, "0.17", "propagated")}


def test_a_name_standing_for_a_wrong_value_is_not_a_printed_number() -> None:
    # h = σ(0.43) is printed wrong as 0.8100 (σ(0.43) = 0.6059); later "o = h = 0.6059" names h's right value:
    # level 1 redoes it with h's printed 0.8100, but that value is wrong, so the line is right (and the name h
    # on it is not a printed number to mark)
    doc = "$h = \\frac{1}{1+e^{-0.43}} = 0.8100$\n\n$o = h = 0.6059$\n"
    assert at(sig(0.43), 4) == "0.6059"
    findings = check_text(doc, "md").findings
    assert [(f.line, f.klass) for f in findings if f.klass != "ok"] == [(1, "error")]


def test_an_error_on_a_wrong_operand_stays_an_error_when_the_corrected_operand_does_not_explain_it() -> None:
    """0.0363503025 · 0.2413007085 · 0.05 = 0.000438567687… (hand-worked): 0.0004385676 is wrong for its own
    operands, and with the restated wrong 0.2413007085 corrected to 0.2413007086 it is 0.00043856768755…, still
    not 0.0004385676: the result stays an error (one unit off is no excuse where the operands give it exactly)."""
    assert abs(0.0363503025 * 0.2413007086 * 0.05 - 0.00043856768755) < 1e-14
    text = (
        "$$s = 0.5932699921 (1 - 0.5932699921) = 0.2413007085$$\n\n"
        "$$g = 0.0363503025 \\cdot 0.2413007085 \\cdot 0.05 = 0.0004385676$$\n"
    )
    found = [(f.line, f.klass, f.printed) for f in check_text(text, "md").findings]
    assert (3, "error", "0.0004385676") in [(ln, k, p.split("=")[-1].strip()) for ln, k, p in found], found


# Mahfuzar's single neuron, the second sample: a wrong gradient (0.0752 x 3000 printed 226.5, should be 225.6) makes
# w1 wrong; w1 is restated in a table and a code block, then enters a chain of z written as three separate equations.
SPLIT = """\
$$
g = {G} \\cdot 3000 = 226.5
$$

$$
w_1 = 0.001 - 0.00001 \\cdot 226.5 = -0.001265
$$

| Parameter | New value |
|---|---|
| w1 | -0.001265 |

```
w1 = -0.001265
eta = 0.00001
```

$$
z = (2000 \\cdot -0.001265) + (3 \\cdot 0.0099955) + 0.09999924
$$

$$
z = -2.53 + 0.0299865 + 0.09999924
$$

$$
z = -2.40001426
$$
"""


def test_a_chain_written_as_separate_equations_carries_the_wrong_value_to_its_end() -> None:
    doc = SPLIT.replace("{G}", "0.0752")
    e = {(f.line, f.printed): f for f in check_text(doc, "md").findings}
    assert e[(2, "226.5")].klass == "error"
    true_w1 = 0.001 - 0.00001 * (0.0752 * 3000)  # -0.001256
    product = 2000 * true_w1  # -2.512, printed -2.53
    z = product + 3 * 0.0099955 + 0.09999924
    assert e[(23, "-2.53")].klass == "propagated" and float(e[(23, "-2.53")].expected) == pytest.approx(product, abs=1e-3)
    assert e[(27, "-2.40001426")].klass == "propagated" and float(e[(27, "-2.40001426")].expected) == pytest.approx(z, abs=1e-3)


def test_a_wrong_value_restated_in_a_table_cell_or_a_code_block_is_named() -> None:
    found = by_printed(SPLIT.replace("{G}", "0.0752"))
    lines = {line for line, printed in found if printed == "-0.001265"}
    assert {11, 14} <= lines  # the table's cell and the code block's assignment
    assert all(printed != "0.00001" for _line, printed in found)  # one significant digit: may be anything
    assert not by_printed(SPLIT.replace("{G}", "0.0755"))  # 0.0755 x 3000 = 226.5: nothing wrong, nothing restated


def test_a_result_that_an_integer_operand_read_as_rounded_explains_is_named_but_not_carried() -> None:
    # dalbyryan3's homework: [1, σ(-4), σ(4)] = [1, 0.01803, 0.9820]. σ(-4) = 0.01799, so the line is wrong as
    # printed; but -4 is the page's rounding of s = -3.9975, whose σ is 0.01803 (the true value): a later
    # restatement of 0.01803 is not called wrong. A result no rounding of its integer operand explains is carried.
    assert at(sig(-4), 5) == "0.01799" and at(sig(-3.9975), 5) == "0.01803"
    doc = "$z = \\sigma(-4) = 0.01803$\n\nThe paper's value: $Z_2 = 0.01803$.\n"
    found = check_text(doc, "md").findings
    assert [(f.line, f.klass) for f in found if f.klass not in ("ok", "rounding")] == [(1, "error")]
    far = "$z = \\sigma(-4) = 0.2500$\n\nThe paper's value: $Z_2 = 0.2500$.\n"  # no σ of -4 ± 0.5 is 0.25
    assert (3, "0.2500") in by_printed(far)


def test_a_result_its_formula_gives_with_one_sign_turned_is_named_but_not_carried() -> None:
    # dkelsh's post writes the sigmoid without its minus: 1/(1+e^{0.3775}) = 0.593269992, which is σ(0.3775) —
    # the true value; the line is wrong as printed, and a later use of 0.593269992 is not called wrong
    assert at(sig(0.3775), 9) == "0.593269992" and at(1 / (1 + math.exp(0.3775)), 9) == "0.406730008"
    doc = "$o = \\frac{1}{1+e^{0.3775}} = 0.593269992$\n\n$n = 0.40 * 0.593269992 + 0.35 = 0.587307997$\n"
    found = [(f.line, f.klass) for f in check_text(doc, "md").findings if f.klass not in ("ok", "rounding")]
    assert found == [(1, "error")]
    far = "$o = \\frac{1}{1+e^{0.3775}} = 0.7000$\n\n$n = 0.40 * 0.7000 + 0.35 = 0.6300$\n"  # no slip gives 0.7
    assert (3, "0.7000") in by_printed(far)


def test_a_result_an_earlier_side_of_its_chain_gives_is_named_but_not_carried() -> None:
    # fiqlab's post: σ(0.3775) = 1/(1 + e^{-0.3775}) = 1/(1 + 0.68566) = 1/1.68566 = 0.59327. e^{-0.3775} is 0.68558,
    # 1/1.68566 is 0.59324, but 0.59327 is σ(0.3775) itself: the result is right, a step is wrong; a later use of
    # 0.59327 is not called wrong.
    assert at(sig(0.3775), 5) == "0.59327" and at(1 / 1.68566, 5) == "0.59324"
    chain = "$o = \\sigma(0.3775) = \\frac{1}{1 + 0.68566} = \\frac{1}{1.68566} = 0.59327$\n\n"
    later = "$n = 0.40 * 0.59327 + 0.60 = 0.837308$\n"
    found = [(f.line, f.klass) for f in check_text(chain + later, "md").findings if f.klass not in ("ok", "rounding")]
    assert (3, "propagated") not in found and any(line == 1 for line, _k in found)
    far = chain.replace("0.59327$", "0.59400$") + later.replace("0.59327", "0.59400").replace("0.837308", "0.837600")
    assert (3, "0.59400") in by_printed(far)  # σ(0.3775) is not 0.594: followed


def test_the_miscopy_index_finds_every_candidate_a_scan_would() -> None:
    """The look-up of earlier results a number may be a miscopy of misses none that the definition admits.

    The definition, written here on its own: one digit changed, two neighbours swapped, one digit left out or
    put in, or a value within a tenth; every such result must come back, in document order.
    """
    import random

    from generator.check.carry import _Candidates
    from generator.check.parse import make_number

    def apart(a: str, b: str) -> bool:
        if a == b:
            return False
        if len(a) == len(b):
            diff = [i for i in range(len(a)) if a[i] != b[i]]
            return len(diff) == 1 or (
                len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
            )
        longer, shorter = (a, b) if len(a) > len(b) else (b, a)
        return len(longer) == len(shorter) + 1 and any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))

    rng = random.Random(7)
    texts = ["0.5932699921", "0.5392699921", "0.593269921", "0.59326999921", "0.6932699921", "0.0833", "0.0383", "0.833"]
    texts += [f"{rng.uniform(0, 2):.{rng.randint(2, 6)}f}" for _ in range(300)]
    results = [make_number(t, 10 * k) for k, t in enumerate(texts)]
    index = _Candidates(results)
    for lit in results[:60]:
        want = [r for r in results if apart(lit.key, r.key) or abs(r.value - abs(lit.value)) <= 0.1 * abs(lit.value)]
        got = index.near(lit)
        assert [r.start for r in got] == sorted(r.start for r in got)
        assert {r.start for r in want} <= {r.start for r in got}, lit.text


def test_a_wrong_result_printed_as_a_one_by_one_matrix_is_followed() -> None:
    # [−0.29061686] × [0.206158] = −0.0599130 (by hand), printed [−0.059901]: wrong; restated later, the restatement
    # is named too, as for a scalar result
    assert abs(-0.29061686 * 0.206158 - (-0.0599130)) < 1e-7
    doc = (
        "$$d = \\begin{bmatrix} -0.29061686 \\end{bmatrix} \\times \\begin{bmatrix} 0.206158 \\end{bmatrix}"
        " = \\begin{bmatrix} -0.059901 \\end{bmatrix}$$\n\n$$g = -0.059901$$\n"
    )
    assert [(f.line, f.klass) for f in check_text(doc, "md").findings if f.klass != "ok"] == [(1, "error"), (3, "propagated")]


def test_a_one_by_one_matrix_result_with_a_wrong_operand_is_followed() -> None:
    # 0.70938314 × (1 − 0.70938314) = 0.20615870 (by hand), printed 0.206150: wrong. The product with it,
    # [−0.29061686] × [0.206150] = −0.0599107, printed [−0.059911], follows from the wrong value (with it corrected:
    # −0.0599132), and so does its restatement
    assert abs(0.70938314 * (1 - 0.70938314) - 0.2061587) < 1e-7
    assert abs(-0.29061686 * 0.206150 - (-0.0599107)) < 1e-7 and abs(-0.29061686 * 0.2061587 - (-0.0599132)) < 1e-7
    doc = (
        "$$s = 0.70938314 \\times (1 - 0.70938314) = 0.206150$$\n\n"
        "$$d = \\begin{bmatrix} -0.29061686 \\end{bmatrix} \\times \\begin{bmatrix} 0.206150 \\end{bmatrix}"
        " = \\begin{bmatrix} -0.059911 \\end{bmatrix}$$\n\n$$g = -0.059911$$\n"
    )
    found = [(f.line, f.klass) for f in check_text(doc, "md").findings if f.klass != "ok"]
    assert found == [(1, "error"), (3, "propagated"), (3, "propagated"), (5, "propagated")] or found == [
        (1, "error"),
        (3, "propagated"),
        (5, "propagated"),
    ], found


def test_a_wrong_piece_is_carried_into_the_next_step_of_its_own_chain() -> None:
    # e^{-0.3775} = 0.685573... printed 0.68566; the next step adds 1 to the wrong 0.68566 and prints 1.68566,
    # which the corrected piece makes 1.68557: a consequence of the error, named propagated with its root
    assert at(math.exp(-0.3775), 5) == "0.68557" and at(1 + math.exp(-0.3775), 5) == "1.68557"
    doc = "```\nout = 1 / (1 + e^(-0.3775))\n    = 1 / (1 + 0.68566)\n    = 1 / 1.68566\n```\n"
    errors = by_printed(doc, "error")
    assert list(errors) == [(3, "0.68566")] or list(errors) == [(3, "1 / (1 + 0.68566)")]
    f = by_printed(doc)[(4, "1.68566")]
    assert (f.expected[:7], f.root_line) == ("1.68557", 3)


def test_a_vector_piece_is_judged_cell_by_cell_and_its_error_followed() -> None:
    # 0.5 × (0.24; 0.46) = (0.12; 0.23): printed (0.12; 0.32), so 0.32 is the wrong piece (expected 0.23), and
    # 0.05 × (0.12; 0.32) = (0.0060; 0.0160), right on its printed operands, is wrong once 0.32 is corrected:
    # 0.05 × 0.23 = 0.0115 (hand-checked)
    doc = (
        "$$y = 0.05 \\cdot \\left(0.5 \\cdot \\begin{pmatrix}0.24\\\\0.46\\end{pmatrix}\\right)^T"
        " = 0.05 \\cdot \\begin{pmatrix}0.12\\\\0.32\\end{pmatrix}^T = \\begin{pmatrix}0.0060 & 0.0160\\end{pmatrix}$$\n"
    )
    rep = check_text(doc, "md")
    errors = [(f.printed, f.expected[:4]) for f in rep.findings if f.klass == "error"]
    assert errors and "0.32" in errors[0][0] and errors[0][1] == "0.23"
    carried = [(f.printed, f.expected[:6]) for f in rep.findings if f.klass == "propagated"]
    assert carried == [("0.0160", "0.0115")]
    right = doc.replace("0.12\\\\0.32", "0.12\\\\0.23").replace("0.0060 & 0.0160", "0.0060 & 0.0115")
    assert {f.klass for f in check_text(right, "md").findings} == {"ok"}


def test_another_weight_printed_with_the_wrong_values_digits_is_not_a_restatement() -> None:
    # 0.3 - (-0.0204) = 0.3204, printed 0.302 (η = 0.1 left out of the arithmetic): an error. w_4' = 0.302 is another
    # weight's value that happens to print those digits; w_1' = 0.302 again is the same wrong value restated
    assert at(0.3 - (-0.0204), 4) == "0.3204"
    doc = (
        "$$w_1' = w_1 - \\eta g_1 = 0.3 - (-0.0204) \\approx 0.302$$\n\n"
        "$$w_2' = 0.203, \\quad w_4' = 0.302$$\n\n"
        "$$w_1' = 0.302$$\n"
    )
    assert [(f.line, f.klass) for f in check_text(doc, "md").findings if f.klass == "error"] == [(1, "error")]
    assert sorted(by_printed(doc)) == [(5, "0.302")]


def test_an_operand_copied_twice_wrong_from_a_number_printed_as_an_operand_is_a_miscopy() -> None:
    # 0.593269992 is printed as an operand (line 1: 0.74136507 × 0.186815602 × 0.593269992 = 0.0821670407 -> 0.082167041);
    # line 3 copies it as 0.593226999 twice, and prints 0.241300709 = 0.593269992 × (1 - 0.593269992) = 0.2413007086,
    # while its own operands give 0.2413087267: the copied operand is the wrong number, the result is right, and
    # line 5, which uses the right 0.241300709 (0.036350306 × 0.241300709 × 0.05 = 0.00043856773), is right.
    doc = (
        "$$a = 0.74136507 \\times 0.186815602 \\times 0.593269992 = 0.082167041$$\n\n"
        "$$d = 0.593226999 \\times (1 - 0.593226999) = 0.241300709$$\n\n"
        "$$g = 0.036350306 \\times 0.241300709 \\times 0.05 = 0.000438568$$\n"
    )
    rep = check_text(doc, "md")
    wrong = [(f.line, f.klass) for f in rep.findings if f.klass not in ("ok", "rounding")]
    assert wrong == [(3, "error")]
    assert "miscopy of 0.593269992" in next(f.detail for f in rep.findings if f.klass == "error")


def test_a_result_on_its_own_line_that_only_the_corrected_operand_gives_is_named_too() -> None:
    # e^{-0.3775} = 0.685573 printed 0.68566 (wrong), 1 + 0.68566 = 1.68566 (carried), and then "= 0.59327": the true
    # σ(0.3775) = 0.593270, but its printed operand gives 1/1.68566 = 0.593239 (hand: 1.68566 × 0.593239 = 0.999999),
    # so the result's own line cannot be redone from the numbers printed beside it: named, propagated, root line 3
    assert at(sig(0.3775), 5) == "0.59327" and at(1 / 1.68566, 5) == "0.59324"
    doc = "```\nout = 1 / (1 + e^(-0.3775))\n    = 1 / (1 + 0.68566)\n    = 1 / 1.68566\n    = 0.59327\n```\n"
    f = by_printed(doc)[(5, "0.59327")]
    assert (at(float(f.expected), 5), f.root_line) == ("0.59327", 3) and "operands give 0.59323" in f.detail
    # on the operand's own line the line is named once, by the operand
    same = doc.replace("1.68566\n    = 0.59327", "1.68566 = 0.59327")
    assert sorted(k for k in by_printed(same)) == [(4, "1.68566")]


def test_a_result_that_one_digit_of_a_short_given_explains_is_named_but_not_carried() -> None:
    # W₁₁ = 0.3 copied as 0.2: 0.2 - 0.5 × 0.00080888 = 0.19959556, but the page prints 0.29959556, which is exactly
    # 0.3 - 0.00040444 (hand-worked): the line is wrong as printed, yet the result is the true one, so its later
    # restatement is not called wrong. A result that no one-digit change of a given explains is still followed.
    assert f"{0.3 - 0.5 * 0.00080888:.8f}" == "0.29959556"
    doc = "$$W^{+} = 0.2 - 0.5 * 0.00080888 = 0.29959556$$\n\n$$W^{+} = 0.29959556$$\n"
    assert [(f.line, f.klass) for f in check_text(doc, "md").findings if f.klass != "ok"] == [(1, "error")]
    other = doc.replace("0.29959556", "0.29959456")  # a digit of the result itself: no given explains it
    assert [(f.line, f.klass) for f in check_text(other, "md").findings if f.klass != "ok"] == [
        (1, "error"),
        (3, "propagated"),
    ]


def test_a_long_wrong_value_restated_with_its_sign_turned_is_named() -> None:
    # s = −2(0.62246)(1 − 0.62246)(0.37754) = −0.17745 (hand: 0.62246 × 0.37754 = 0.235004, × 0.37754 × 2 = 0.177448),
    # printed 0.15864. "−s = −0.15864" and a matrix row "−0.15864" restate it with the sign turned: each should be
    # +0.17745. A short value (0.025) restated with the other sign may be another number: not named.
    text = (
        "s = −2(0.62246)(1 − 0.62246)(0.37754) = 0.15864\nour new bias will be −s = −0.15864. Therefore\n[ 0.3173\n−0.15864\n]\n"
    )
    turned = {(f.line, f.printed): f for f in check_text(text, "text").findings if "sign turned" in f.detail}
    assert sorted(turned) == [(2, "−0.15864"), (4, "−0.15864")]
    assert all(at(float(f.expected), 5) == "0.17745" and f.root_line == 1 for f in turned.values())
    # 0.5 × 0.2 = 0.1 printed 0.0251: a later 0.0251 restates it; a later −0.0251 (three digits) may be another number
    short = "$d = 0.5 \\times 0.2 = 0.0251$\n\nA gain of −0.0251 here, and d = 0.0251 there.\n"
    found = [(f.line, f.printed, f.klass) for f in check_text(short, "md").findings]
    assert found == [(1, "0.0251", "error"), (3, "0.0251", "propagated")]


def test_a_short_result_that_a_printed_given_explains_is_named_but_not_carried() -> None:
    # W4 = 0.3 is given; h2 = 0.25*0.05 + 0.4*0.1 = 0.0425 is wrong as printed (0.0125 + 0.04 = 0.0525), but 0.0425 is
    # 0.0125 + 0.3*0.1: the operand is the slip, so σ(0.0425) = 0.5106 after it is right (σ(0.0425) = 0.510623, hand:
    # 1/(1 + e^{-0.0425}) with e^{-0.0425} = 0.958391). Without the given printed, 0.0425 is followed as before.
    assert at(sig(0.0425), 4) == "0.5106"
    body = "h2 = 0.25*0.05+0.4*0.1 = 0.0425\na_h2 = 1/(1 + exp(-0.0425)) = 0.5106\n"
    given = "Weights: W3=0.25, W4=0.3.\n" + body
    assert [(f.line, f.klass) for f in check_text(given, "md").findings if f.klass != "ok"] == [(2, "error")]
    alone = [(f.line, f.klass) for f in check_text(body, "md").findings if f.klass != "ok"]
    assert (1, "error") in alone and (2, "propagated") in alone


@pytest.mark.parametrize(("ones", "miscopy"), [(10, True), (70, False)])
def test_a_miscopy_is_looked_for_only_in_an_expression_a_hand_could_copy(ones: int, miscopy: bool) -> None:
    # z = 0.3325 printed, then copied as 0.3275 in a sum with `ones` ones: 0.3325 + ones is the printed result, so the
    # copy is the slip (hand-checked); in a sum of more than 64 numbers (a row of a wide layer's product, written by a
    # program) no miscopy is looked for: the result is named an error, and is followed
    doc = f"$z = 0.1 + 0.2325 = 0.3325$\n\n$s = 0.3275{' + 1' * ones} = {0.3325 + ones:.4f}$\n"
    errors = [f for f in check_text(doc, "md").findings if f.klass == "error"]
    assert len(errors) == 1 and ("miscopy" in errors[0].detail) is miscopy
    assert errors[0].printed == ("0.3275" if miscopy else f"{0.3325 + ones:.4f}")


def test_a_miscopy_is_found_among_several_earlier_numbers_it_could_be_a_copy_of() -> None:
    # 0.3310, 0.3330 and 0.3325 are all printed before the copy 0.3275 (each within a tenth of it); only 0.3325 makes
    # 0.3275 + 1 = 1.3325 right: the range the three span is tried first, then each one (hand-checked)
    doc = (
        "$u = 0.1 + 0.2310 = 0.3310$\n\n$v = 0.1 + 0.2330 = 0.3330$\n\n$z = 0.1 + 0.2325 = 0.3325$\n\n$s = 0.3275 + 1 = 1.3325$\n"
    )
    errors = [f for f in check_text(doc, "md").findings if f.klass == "error"]
    assert [(e.line, e.printed, e.expected) for e in errors] == [(7, "0.3275", "0.3325")] and "miscopy" in errors[0].detail
    # a result none of them gives: named as the error it is
    other = doc.replace("= 1.3325", "= 1.3425")
    errors = [f for f in check_text(other, "md").findings if f.klass == "error"]
    assert [(e.line, e.printed) for e in errors] == [(7, "1.3425")]


def test_a_restatement_within_a_unit_and_a_half_of_the_corrected_value_is_not_carried() -> None:
    # σ(0.8605) = 0.702765 (hand: e^-0.8605 = 0.422958), printed 0.7029: the line is wrong by its own arithmetic, but
    # the corrected value, itself worked from a rounded operand, is only 1.35 units away: a later 0.7029 is not called
    # wrong. A value two units off (0.7030, from 0.70277) is still followed.
    assert at(sig(0.8605), 6) == "0.702765"
    doc = "$$\\hat y = \\sigma(0.8605) \\approx {}$$\n\n$$\\delta = ({} - 1) \\cdot 2 = {}$$\n"
    near = doc.format("0.7029", "0.7029", "-0.5942")
    assert [(f.line, f.klass) for f in check_text(near, "md").findings if f.klass not in ("ok", "rounding")] == [(1, "error")]
    far = doc.format("0.7030", "0.7030", "-0.5940")
    assert (3, "propagated") in [(f.line, f.klass) for f in check_text(far, "md").findings]


def test_a_result_with_a_floats_noise_is_named_but_not_followed() -> None:
    # 0.7*0.2 + 0.8*0.8 + 0.4 = 1.18 (hand), printed 1.3400000000000003, a program's output (float noise) for b = 0.56:
    # the line is wrong as printed, but the printed value came from running the code, so its copy is not called wrong.
    # A long value without that noise is followed as before.
    doc = "$$a_2 = 0.7 \\cdot 0.2 + 0.8 \\cdot 0.8 + 0.4 = {v}$$\n\nThe code printed {v}.\n"
    noisy = doc.format(v="1.3400000000000003")
    assert [(f.line, f.klass) for f in check_text(noisy, "md").findings if f.klass != "ok"] == [(1, "error")]
    plain = doc.format(v="1.34000012345678")
    assert (3, "propagated") in [(f.line, f.klass) for f in check_text(plain, "md").findings]


def test_a_two_digit_number_far_below_a_wrong_one_is_not_its_restatement() -> None:
    # softmax([2.5, 2.375, 2.25]) is [0.3758, 0.3316, 0.2926], so the printed 0.25 is wrong; sixty lines further,
    # (2 − 2.5)² = 0.25 is another 0.25, and its use in (2.25 + 0.25)/2 = 1.25 is no restatement of the wrong one
    head = "softmax([2.5, 2.375, 2.25]) ≈ [0.43, 0.32, 0.25]\n"
    far = "\n" * 60 + "v = (2.25 + 0.25) / 2 = 1.25\n"
    found = check_text(head + far, "md").findings
    assert [f.klass for f in found if f.line > 1] == ["ok"]
    near = "\n" * 5 + "v = (2.25 + 0.25) / 2 = 1.25\n"
    assert "propagated" in [f.klass for f in check_text(head + near, "md").findings if f.line > 1]
    assert (2.25 + 0.25) / 2 == 1.25


def test_a_miscopy_must_mend_every_wrong_cell_that_uses_the_operand() -> None:
    # softmax([1.2, 0.8, 2.0]) is [0.2567, 0.1721, 0.5713]; the page prints [0.24, 0.16, 0.60]. Reading 1.2 as the
    # 1.0 printed earlier gives 0.599 for the last cell (mended) but 0.220, 0.180 for the others (not): no miscopy
    doc = "x = 1.0 + 0 = 1.0\n\nsoftmax([1.2, 0.8, 2.0]) ≈ [0.24, 0.16, 0.60]\n"
    found = [f for f in check_text(doc, "md").findings if f.line == 3]
    assert [(f.klass, f.printed) for f in found] == [("error", "0.24"), ("error", "0.16"), ("error", "0.60")]
    e = [math.exp(v) for v in (1.0, 0.8, 2.0)]
    assert round(e[2] / sum(e), 2) == 0.60 and round(e[0] / sum(e), 2) != 0.24


def test_a_wrong_operand_is_followed_into_a_sum_whose_negative_term_is_printed_as_a_subtraction() -> None:
    # dummyilh's BPTT: δ₂ = 1.2 · 0.087 + 0.8 · (−0.3864) = 0.1044 − 0.3091 = −0.2047, where 0.087 should be 0.092
    # (1.092 − 1.0). The terms pair up with their printed values whatever sign the page writes: 1.2 · 0.092 = 0.1104,
    # and 0.1104 − 0.3091 = −0.1987
    assert round(1.2 * 0.092, 4) == 0.1104 and round(1.2 * 0.092 - 0.8 * 0.3864, 4) == -0.1987
    doc = (
        "\\( y_2 = 1.2 \\cdot 0.910 = 1.087 \\)\n\n\\( g = 1.087 - 1.0 = 0.087 \\)\n\n"
        "\\( d = 1.2 \\cdot 0.087 + 0.8 \\cdot (-0.3864) = 0.1044 - 0.3091 = -0.2047 \\)\n"
    )
    found = {(f.printed, round(float(f.expected), 4)) for f in check_text(doc, "md").findings if f.klass == "propagated"}
    assert {("0.1044", 0.1104), ("-0.2047", -0.1987)} <= found
    # a term printed wrong for its own operands is judged alone, not hidden in the sum: 0.8 · 0.3864 = 0.3091, not 0.3019
    slip = "$1.2 \\cdot 0.087 + 0.8 \\cdot (-0.3864) = 0.1044 - 0.3019$\n"
    [finding] = check_text(slip, "md").findings
    assert finding.klass == "error" and "-0.3019 evaluates to -0.309120" in finding.detail


def test_an_operand_is_no_restatement_when_the_result_is_within_a_unit_without_it() -> None:
    # σ(1, 0) printed (1, …) wrong at line 1; then σ((1, 0)) = (0.7311, 0.6): σ(0) = 0.5, so 0.6 is wrong for its own
    # operands. Reading the 1 as the wrong "1" of line 1 (0.7311) changes nothing in σ(0): the 0.6 is the error, not a 1
    assert round(1 / (1 + math.exp(0)), 4) == 0.5
    first = "$$ \\sigma(\\begin{pmatrix} 1 \\\\ 0 \\end{pmatrix}) = \\begin{pmatrix} 1 \\\\ 0.73105 \\end{pmatrix} $$\n\n"
    then = "$$ \\sigma(\\begin{pmatrix} 1 \\\\ 0 \\end{pmatrix}) = \\begin{pmatrix} 0.7311 \\\\ 0.6 \\end{pmatrix} $$\n"
    found = [(f.line, f.printed, f.klass) for f in check_text(first + then, "md").findings if f.line == 3]
    assert found == [(3, "0.7311", "ok"), (3, "0.6", "error")]


def test_a_wrong_negative_term_printed_after_a_minus_is_corrected_with_its_sign() -> None:
    # shivam2003's exam: z = … + 0.09824(−1.4142) + 0.09824(−1.4142) = … − 0.13888 − 0.13888, where each term is
    # −0.13893. Corrected, 0.5 − 0.13893 − 0.13893 = 0.22214 (not 0.5 + 0.27786 = 0.77786), and σ(0.22214) = 0.5553
    assert round(0.09824 * 1.4142, 5) == 0.13893 and round(0.5 - 2 * 0.13893, 5) == 0.22214
    assert round(1 / (1 + math.exp(-0.22214)), 4) == 0.5553
    doc = "$$z = 0.5 + 0.09824(-1.4142) + 0.09824(-1.4142)$$\n$$= 0.5 - 0.13888 - 0.13888 = 0.22224$$\n"
    doc += "$$h = \\sigma(0.22224) = 0.5553$$\n"
    found = check_text(doc, "md").findings
    propagated = [(f.line, f.printed, round(float(f.expected), 5)) for f in found if f.klass == "propagated"]
    assert propagated == [(2, "0.22224", 0.22214), (3, "0.22224", 0.22214)]
    assert not [f for f in found if f.printed == "0.5553" and f.klass != "ok"]  # σ(0.22214) is still 0.5553: h is right


def test_a_sum_written_in_another_order_is_compared_whole_not_term_by_term() -> None:
    # 0.6 − 0.1 + 0.3 = 0.6 + 0.3 − 0.1 and −1 + 3 = 3 − 1 reorder the terms: each side is 0.8 (2), and nothing is wrong
    for doc in (
        "$0.6 - 0.1 + 0.3 = 0.6 + 0.3 - 0.1 = 0.8$\n",
        "$3 - 1 = -1 + 3 = 2$\n",
        "$z = 0.4 \\cdot 0.5 - 0.3 \\cdot 0.2 + 0.1 = 0.2 + 0.1 - 0.06 = 0.24$\n",
    ):
        assert {f.klass for f in check_text(doc, "md").findings} == {"ok"}, doc


def test_an_operand_that_carries_a_right_result_on_is_not_the_wrong_value_it_equals() -> None:
    # round 144 (Hull's backprop tutorial): δh2 printed 0.0009954255, ten times too small (0.041370325 · 0.596884378 ·
    # 0.403115622 = 0.0099542553); then ∂E/∂w4 = 0.009954255 × 0.10 = 0.000995425, right; then the update uses
    # 0.0009954255, which is that product with its digits, not the wrong δ: 0.3 − 0.5 × 0.0009954255 = 0.29950228725
    assert 0.041370325 * 0.596884378 * 0.403115622 == pytest.approx(0.0099542553, abs=1e-10)
    assert 0.3 - 0.5 * 0.0009954255 == pytest.approx(0.29950228725, abs=1e-14)
    delta = "d = 0.041370325 × 0.596884378 × 0.403115622 = 0.0009954255\n\n"
    product = "g = 0.009954255 × 0.10 = 0.000995425\n\n"
    update = "w = 0.3 − 0.5 × 0.0009954255 = 0.29950228725\n"
    found = [(f.line, f.klass) for f in check_text(delta + product + update, "md").findings if f.klass != "ok"]
    assert found == [(1, "error")]
    # without the right product between them, the operand restates the wrong δ and the update follows from it
    alone = [(f.line, f.klass) for f in check_text(delta + update, "md").findings if f.klass != "ok"]
    assert (1, "error") in alone and (3, "propagated") in alone


def test_a_copy_with_the_wrong_values_own_digits_still_restates_it() -> None:
    # delta1 = 0.1 × 0.25 printed 0.0375 (true 0.025), delta2 = 0.15 × 0.25 = 0.0375 right: a later 0.0375 prints the
    # digits of both, so it is no evidence that the right one is meant, and the wrong one is followed as before
    page = "delta1 = 0.1 * 0.25 = 0.0375\n\ndelta2 = 0.15 * 0.25 = 0.0375\n\ndw1 = 0.5 * 0.0375 = 0.01875\n"
    found = [(f.line, f.klass, f.printed) for f in check_text(page, "md").findings if f.klass != "ok"]
    assert (1, "error", "0.0375") in found and (5, "propagated", "0.01875") in found
