"""Closed real intervals with outward rounding.

Why floats and not ``Fraction``/``Decimal``: the widths we reason about are
half-units of printed decimals (``0.5e-5`` for a 5-decimal value), which are
many orders of magnitude above double-precision rounding (~1e-16 relative).
Exact rationals would buy nothing for ``exp``/``log``/``tanh`` (irrational
results anyway) and make adversarial input (``10^{10^{10}}``) slow; floats
overflow to ``inf`` instantly.  Soundness is kept by rounding every computed
endpoint outward with :func:`math.nextafter`: one ulp for the correctly
rounded IEEE operations (+ − × ÷ sqrt) and two ulps for libm functions
(exp, log, tanh, pow), whose error is below one ulp on every platform CPython
supports.  The enclosure is therefore guaranteed, at the cost of a few ulps
of extra width.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

__all__ = ["Interval", "EvalError"]

_INF = math.inf


class EvalError(ArithmeticError):
    """A value is undefined (division by an exact zero, log of a negative …)."""


def _dn(x: float, steps: int = 1) -> float:
    if steps == 1:
        return math.nextafter(x, -_INF)
    for _ in range(steps):
        x = math.nextafter(x, -_INF)
    return x


def _up(x: float, steps: int = 1) -> float:
    if steps == 1:
        return math.nextafter(x, _INF)
    for _ in range(steps):
        x = math.nextafter(x, _INF)
    return x


def _safe(f, x: float) -> float:  # type: ignore[no-untyped-def]
    try:
        return f(x)
    except OverflowError:
        return _INF


def _nan0(x: float) -> float:
    # 0 * inf appears only when an operand is exactly zero; the true product is 0.
    return 0.0 if math.isnan(x) else x


def _whole(x: float, f) -> float:  # type: ignore[no-untyped-def]
    """``f`` (floor or ceil) of an endpoint, where an endpoint a few ulps from a whole number is that number: the
    outward rounding of ``27 / 3`` leaves 9 one ulp away on each side, and ⌊9⌋ is 9, not 8."""
    if not math.isfinite(x):
        return x
    near = round(x)
    return float(near) if abs(x - near) <= 1e-12 * max(1.0, abs(x)) else float(f(x))


@dataclass(frozen=True)
class Interval:
    """``[lo, hi]`` with ``lo <= hi``; a point value has ``lo == hi`` (before rounding)."""

    lo: float
    hi: float

    # ------------------------------------------------------------ constructors
    @staticmethod
    def point(x: float) -> Interval:
        return Interval(x, x)

    @staticmethod
    def around(x: float, half: float) -> Interval:
        """``[x - half, x + half]`` rounded outward."""
        if half == 0:
            return Interval(x, x)
        return Interval(_dn(x - half), _up(x + half))

    # ------------------------------------------------------------ queries
    @property
    def mid(self) -> float:
        if self.lo == self.hi:
            return self.lo
        if math.isinf(self.lo) or math.isinf(self.hi):
            return self.lo if math.isinf(self.hi) else self.hi
        return self.lo / 2 + self.hi / 2

    def contains(self, x: float) -> bool:
        return self.lo <= x <= self.hi

    def intersects(self, other: Interval) -> bool:
        return self.lo <= other.hi and other.lo <= self.hi

    def is_exact_int(self) -> bool:
        return self.lo == self.hi and math.isfinite(self.lo) and float(self.lo).is_integer()

    # ------------------------------------------------------------ arithmetic
    def __neg__(self) -> Interval:
        return Interval(-self.hi, -self.lo)

    def __add__(self, o: Interval) -> Interval:
        return Interval(_dn(self.lo + o.lo), _up(self.hi + o.hi))

    def __sub__(self, o: Interval) -> Interval:
        return Interval(_dn(self.lo - o.hi), _up(self.hi - o.lo))

    def __mul__(self, o: Interval) -> Interval:
        ps = [_nan0(a * b) for a in (self.lo, self.hi) for b in (o.lo, o.hi)]
        return Interval(_dn(min(ps)), _up(max(ps)))

    def __truediv__(self, o: Interval) -> Interval:
        if o.lo == 0 and o.hi == 0:
            raise EvalError("division by zero")
        if o.lo <= 0 <= o.hi:
            return Interval(-_INF, _INF)
        return self * Interval(_dn(1 / o.hi), _up(1 / o.lo))

    def __pow__(self, e: Interval) -> Interval:
        if e.is_exact_int():
            return self._pow_int(int(e.lo))
        if self.hi <= 0:
            raise EvalError("non-integer power of a non-positive number")
        base = Interval(max(self.lo, 0.0), self.hi)
        return (base.log() * e).exp() if base.lo > 0 else _pow_from_zero(base, e)

    def _pow_int(self, n: int) -> Interval:
        if n == 0:
            return Interval(1.0, 1.0)
        if n < 0:
            return Interval(1.0, 1.0) / self._pow_int(-n)
        if abs(n) > 10_000:
            n = 10_000 + (n % 2)  # same sign behaviour; magnitudes already saturate
        lo, hi = _pw(self.lo, n), _pw(self.hi, n)
        if n % 2 == 0 and self.lo <= 0 <= self.hi:
            return Interval(0.0, _up(max(lo, hi), 2))
        return Interval(_dn(min(lo, hi), 2), _up(max(lo, hi), 2))

    # ------------------------------------------------------------ functions
    def exp(self) -> Interval:
        return Interval(max(0.0, _dn(_safe(math.exp, self.lo), 2)), _up(_safe(math.exp, self.hi), 2))

    def log(self) -> Interval:
        if self.hi <= 0:
            raise EvalError("log of a non-positive number")
        lo = -_INF if self.lo <= 0 else _dn(math.log(self.lo), 2)
        return Interval(lo, _up(math.log(self.hi), 2))

    def sqrt(self) -> Interval:
        if self.hi < 0:
            raise EvalError("square root of a negative number")
        return Interval(_dn(math.sqrt(max(self.lo, 0.0))) if self.lo > 0 else 0.0, _up(math.sqrt(self.hi)))

    def tanh(self) -> Interval:
        return Interval(max(-1.0, _dn(math.tanh(self.lo), 2)), min(1.0, _up(math.tanh(self.hi), 2)))

    def sigmoid(self) -> Interval:
        return Interval(max(0.0, _dn(_sig(self.lo), 3)), min(1.0, _up(_sig(self.hi), 3)))

    def relu(self) -> Interval:
        return Interval(max(0.0, self.lo), max(0.0, self.hi))

    def floor(self) -> Interval:
        return Interval(_whole(self.lo, math.floor), _whole(self.hi, math.floor))

    def ceil(self) -> Interval:
        return Interval(_whole(self.lo, math.ceil), _whole(self.hi, math.ceil))

    def abs(self) -> Interval:
        if self.lo >= 0:
            return self
        if self.hi <= 0:
            return -self
        return Interval(0.0, max(-self.lo, self.hi))

    def max(self, o: Interval) -> Interval:
        return Interval(max(self.lo, o.lo), max(self.hi, o.hi))

    def min(self, o: Interval) -> Interval:
        return Interval(min(self.lo, o.lo), min(self.hi, o.hi))


def _pw(x: float, n: int) -> float:
    try:
        return float(x**n)
    except OverflowError:
        return _INF if x > 0 or n % 2 == 0 else -_INF


def _sig(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    ex = math.exp(x)
    return ex / (1.0 + ex)


def _pow_from_zero(base: Interval, e: Interval) -> Interval:
    """``base ** e`` for ``base.lo == 0``: monotone in base, 0**positive is 0."""
    if e.lo <= 0:
        return Interval(0.0, _INF)
    hi = (Interval(base.hi, base.hi).log() * e).exp().hi if base.hi > 0 else 0.0
    return Interval(0.0, hi)
