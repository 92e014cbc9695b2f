"""The numerals a text-matching LMS blank must accept for one answer and its tolerance.

Canvas's fill-in-multiple-blanks question (the only Canvas question type that holds several
answers in one item, which keeps a student on one variant) compares the typed text, trimmed and
lower-cased, with a list of accepted texts; it does not read numbers. So the variant's
tolerance interval ``[low, high]`` (from :func:`generator.exam.variant.tolerance`, never
recomputed here) is written out as every numeral a student can type at the answer's own
displayed places — ``0.12340``, and the same number as ``0.1234`` and ``.1234`` — that lies in
the interval. A student told to round to those places types one of them.
"""

from __future__ import annotations

from decimal import Decimal

from ...errors import SpecError

#: Beyond this many numbers per blank the list stops being a tolerance and becomes a guess list.
MAX_NUMBERS = 100


def places(answer: str) -> int:
    """Decimal places of a displayed answer (``0.01220`` -> 5, ``-3`` -> 0)."""
    return len(answer.split(".", 1)[1]) if "." in answer else 0


def _forms(x: Decimal, d: int) -> list[str]:
    """Ways to type ``x`` at ``d`` places: fixed, without trailing zeros, without the leading zero."""
    fixed = format(x, f".{d}f")
    if x == 0:
        return ["0"] if d == 0 else [fixed, "0"]
    short = fixed.rstrip("0").rstrip(".") if "." in fixed else fixed
    out = [fixed, short]
    for s in (fixed, short):
        if s.startswith("0."):
            out.append(s[1:])
        elif s.startswith("-0."):
            out.append("-" + s[2:])
    return list(dict.fromkeys(out))


def accepted_numerals(answer: str, low: str, high: str, where: str) -> list[str]:
    """Every numeral at ``answer``'s displayed places inside ``[low, high]``, the answer's own text first.

    ``where`` names the question in the error raised when the interval holds more than
    :data:`MAX_NUMBERS` numbers at those places (a wide ``exam.tolerance``): text matching
    cannot carry such a tolerance, and ``exam.canvas: numerical`` can.
    """
    d = places(answer)
    unit = Decimal(1).scaleb(-d)
    lo, hi = Decimal(low), Decimal(high)
    first = (lo / unit).to_integral_value(rounding="ROUND_CEILING")
    last = (hi / unit).to_integral_value(rounding="ROUND_FLOOR")
    count = int(last - first) + 1
    if count > MAX_NUMBERS:
        raise SpecError(
            f"{where}: its tolerance range {low} to {high} holds {count} numbers at the answer's {d} decimal places; "
            f"a Canvas fill-in-multiple-blanks item lists each accepted text and takes at most {MAX_NUMBERS}. "
            "Narrow exam.tolerance, or set exam.canvas: numerical (numeric ranges, one question group per quantity)."
        )
    out = [answer]
    for k in range(int(first), int(last) + 1):
        out.extend(_forms(k * unit, d))
    return list(dict.fromkeys(out))
