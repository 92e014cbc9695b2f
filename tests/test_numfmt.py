"""The rounding module against hand-worked cases (ties, trailing zeros, tiny values)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from generator.numfmt import RoundingPolicy, given, show

P5 = RoundingPolicy(digits=5)


@pytest.mark.parametrize(
    ("x", "digits", "mode", "text"),
    [
        (2.675, 2, "half_up", "2.68"),  # round() gives 2.67 (binary 2.67499999...)
        (0.125, 2, "half_up", "0.13"),
        (0.125, 2, "half_even", "0.12"),
        (0.135, 2, "half_even", "0.14"),
        (0.5, 3, "half_up", "0.500"),  # trailing zeros kept
        (-0.59635, 4, "half_up", "-0.5964"),  # half-up means away from zero on ties
        (0.593269992, 5, "half_up", "0.59327"),
        (1.0, 5, "half_up", "1.00000"),
    ],
)
def test_decimals(x: float, digits: int, mode: str, text: str) -> None:
    n = show(x, RoundingPolicy(digits=digits, mode=mode))
    assert n.latex == text
    assert n.value == Decimal(text)
    assert n.half_unit == Decimal(1).scaleb(-digits) / 2


def test_tiny_value_switches_to_scientific() -> None:
    n = show(0.000188, RoundingPolicy(digits=3))
    assert n.latex == r"1.88 \times 10^{-4}"
    assert n.value == Decimal("0.000188")
    assert n.half_unit == Decimal("0.0000005")  # half of the last place, 10^-6


def test_zero_stays_zero() -> None:
    assert show(0.0, P5).latex == "0.00000"


def test_rounding_up_across_a_power_of_ten() -> None:
    # 0.0000999951 with 3 significant digits is 1.00 x 10^-4, not 10.0 x 10^-5
    n = show(0.0000999951, RoundingPolicy(digits=3))
    assert n.latex == r"1.00 \times 10^{-4}"


def test_significant_style() -> None:
    pol = RoundingPolicy(style="significant", digits=3)
    assert show(0.0123456, pol).latex == "0.0123"
    assert show(123.456, pol).latex == r"1.23 \times 10^{2}"  # "123" would read as an exact integer
    assert show(12.3456, pol).latex == "12.3"
    assert show(1.5e-7, pol).latex == r"1.50 \times 10^{-7}"


def test_given_keeps_what_was_written() -> None:
    assert given(0.2, "0.20").latex == "0.20"
    assert given(0.2, "0.20").half_unit == 0
    assert given(-0.3).latex == "-0.3"


def test_policy_is_stated() -> None:
    text = RoundingPolicy(digits=4, carry="exact").describe()
    assert "4 decimal places" in text and "exact carry" in text


def test_half_even_texts_equals_rounding_each_shortest_repr() -> None:
    """The fast rounding of drawn weights gives the texts of half-even rounding of each float's repr.

    The oracle rounds ``Decimal(repr(x))`` here, by itself. The values include exact ties of the
    repr (0.12345, whose binary value lies below the tie), values just beside a tie, tiny values
    written with an exponent, and negatives that round to zero.
    """
    import random
    from decimal import ROUND_HALF_EVEN

    from generator.numfmt import half_even_texts

    rnd = random.Random(7)
    xs = [rnd.gauss(0, 0.05) for _ in range(20000)] + [rnd.uniform(-1, 1) for _ in range(20000)]
    xs += [k / 10000 + 5e-5 for k in range(-3000, 3000)] + [round(rnd.uniform(-1, 1), 5) for _ in range(5000)]
    xs += [0.12345, -0.12345, 0.00005, -0.00005, -1e-5, -4.9999e-5, 1e-7, 2.5e-5, -0.0, 0.0, 123.45675, 0.1]
    for places in (2, 4, 6):
        q = Decimal(1).scaleb(-places)
        want = []
        for x in xs:
            s = format(Decimal(repr(x)).quantize(q, rounding=ROUND_HALF_EVEN), "f")
            want.append(s[1:] if s.startswith("-") and Decimal(s) == 0 else s)
        assert half_even_texts(xs, places) == want
    assert half_even_texts([0.12345, 0.12355], 4) == ["0.1234", "0.1236"]  # ties to even, by the repr
