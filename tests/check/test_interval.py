"""Interval arithmetic encloses the true result."""

import math

import pytest

from generator.check.interval import EvalError, Interval


def test_around_and_contains() -> None:
    iv = Interval.around(0.5, 0.05)
    assert iv.contains(0.45) and iv.contains(0.55) and not iv.contains(0.56)


def test_basic_ops_enclose() -> None:
    a, b = Interval(1.0, 2.0), Interval(-3.0, 4.0)
    s = a + b
    assert s.lo <= -2.0 and s.hi >= 6.0
    p = a * b
    assert p.lo <= -6.0 and p.hi >= 8.0
    d = a - b
    assert d.lo <= -3.0 and d.hi >= 5.0
    q = Interval(1.0, 2.0) / Interval(4.0, 8.0)
    assert q.lo <= 0.125 and q.hi >= 0.5


def test_point_ops_are_tight() -> None:
    r = Interval.point(0.1) + Interval.point(0.2)
    assert r.contains(0.30000000000000004) and r.hi - r.lo < 1e-15


def test_division_by_zero() -> None:
    with pytest.raises(EvalError):
        Interval.point(1.0) / Interval.point(0.0)
    whole = Interval.point(1.0) / Interval(-1.0, 1.0)
    assert whole.lo == -math.inf and whole.hi == math.inf


def test_even_power_of_interval_straddling_zero() -> None:
    r = Interval(-2.0, 1.0) ** Interval.point(2.0)
    assert r.lo == 0.0 and r.hi >= 4.0


def test_monotone_functions() -> None:
    x = Interval(-1.0, 1.0)
    assert x.exp().contains(math.exp(-1)) and x.exp().contains(math.e)
    assert x.tanh().contains(math.tanh(1)) and x.tanh().contains(-math.tanh(1))
    s = x.sigmoid()
    assert s.contains(1 / (1 + math.e)) and s.contains(1 / (1 + math.exp(-1)))
    assert Interval(1.0, math.e).log().contains(0.0) and Interval(1.0, math.e).log().contains(1.0)
    assert x.relu() == Interval(0.0, 1.0)
    assert x.max(Interval(0.0, 0.5)) == Interval(0.0, 1.0)
    assert x.min(Interval(0.0, 0.5)) == Interval(-1.0, 0.5)


def test_overflow_is_infinite_not_an_exception() -> None:
    assert Interval.point(1e6).exp().hi == math.inf
    assert Interval.point(-1e6).sigmoid().lo == 0.0
    assert (Interval.point(10.0) ** Interval.point(1e6)).hi == math.inf


def test_log_of_negative() -> None:
    with pytest.raises(EvalError):
        Interval(-2.0, -1.0).log()
