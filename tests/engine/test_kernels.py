"""The network's kernels give the same bits on every CPU: exact sums of exact products.

Oracle: Python's ``fractions`` (exact rational arithmetic), independent of NumPy and BLAS.
BLAS's ``a @ b`` fails these tests on ordinary inputs (its rounding depends on the kernel the
CPU selects), which is why the network does not use it for the values its JSON prints.
"""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.engine.network import column_sums, exp, log, log1p, logaddexp0, matmul, tanh

finite = st.floats(min_value=-1e3, max_value=1e3, allow_nan=False, allow_subnormal=False)


@given(st.integers(1, 4), st.integers(1, 40), st.integers(1, 4), st.data())
def test_matmul_is_the_correctly_rounded_exact_sum(m: int, k: int, n: int, data: st.DataObject) -> None:
    a = np.array(data.draw(st.lists(st.lists(finite, min_size=k, max_size=k), min_size=m, max_size=m)))
    b = np.array(data.draw(st.lists(st.lists(finite, min_size=n, max_size=n), min_size=k, max_size=k)))
    c = np.array(data.draw(st.lists(finite, min_size=n, max_size=n)))
    got = matmul(a, b, c)
    for i in range(m):
        for j in range(n):
            exact = sum(Fraction(a[i, t]) * Fraction(b[t, j]) for t in range(k)) + Fraction(c[j])
            assert got[i, j] == float(exact)


def test_a_short_decimal_net_input_is_its_nearest_float() -> None:
    # 0.1*0.3 + 0.2*0.2 + 0.3*0.1 + 0.7*0.1 = 0.17 exactly in decimals; BLAS and a left-to-right
    # float64 sum both give 0.16999999999999998, which rounds to 0.16999 at 5 places, not 0.17000
    a = np.array([[0.1, 0.2, 0.3, 0.7]])
    w = np.array([[0.3, 0.2, 0.1, 0.1]])
    exact = sum(Fraction(str(x)) * Fraction(str(y)) for x, y in zip(a[0], w[0]))
    assert matmul(a, w.T)[0, 0] == float(exact) == 0.17
    # the floats 0.1, 0.2, -0.3 sum exactly to 2^-55 (2.78e-17); left to right gives 5.55e-17
    assert column_sums(np.array([[0.1], [0.2], [-0.3]]))[0] == float(Fraction(0.1) + Fraction(0.2) - Fraction(0.3)) == 2.0**-55


def test_elementwise_functions_follow_numpy_at_the_edges() -> None:
    with np.errstate(all="ignore"):
        assert exp(np.array([1000.0]))[0] == math.inf
        assert log(np.array([0.0]))[0] == -math.inf and math.isnan(log(np.array([-1.0]))[0])
        assert log1p(np.array([-1.0]))[0] == -math.inf
        assert logaddexp0(np.array([0.0]))[0] == math.log(2.0)
        z = np.linspace(-40, 40, 81)
        assert np.allclose(logaddexp0(z), np.logaddexp(0.0, z), rtol=1e-15, atol=0)
        assert np.allclose(tanh(z), np.tanh(z), rtol=1e-15, atol=0)
        assert exp(np.empty((0, 3))).shape == (0, 3)


# ---------------------------------------------------------------- the small kernels (Python floats) vs NumPy's


def _numpy_way(fn, *args):  # noqa: ANN001, ANN202
    """``fn(*args)`` with the Python-float paths switched off (every size goes the NumPy way)."""
    from generator.engine import network

    with pytest.MonkeyPatch.context() as m:
        m.setattr(network, "_SMALL", -1)
        return fn(*args)


# Decimals a spec writes (three places), so that sums cancel exactly in decimals and leave binary noise.
decimal3 = st.integers(-999, 999).map(lambda k: k / 1000)
mixed = st.one_of(decimal3, finite, st.just(0.0), st.sampled_from([1e-120, -3e110, 2.5e-95, 7e99]))


@given(st.integers(1, 4), st.integers(1, 8), st.integers(1, 8), st.booleans(), st.data())
def test_the_small_matmul_gives_the_numpy_paths_bits(m: int, k: int, n: int, bias: bool, data: st.DataObject) -> None:
    from generator.engine.network import matmul

    a = np.array(data.draw(st.lists(st.lists(mixed, min_size=k, max_size=k), min_size=m, max_size=m)))
    b = np.array(data.draw(st.lists(st.lists(mixed, min_size=n, max_size=n), min_size=k, max_size=k)))
    c = np.array(data.draw(st.lists(mixed, min_size=n, max_size=n))) if bias else None
    got = matmul(a, b, c)
    want = _numpy_way(matmul, a, b, c)
    assert got.shape == want.shape and got.dtype == want.dtype
    assert got.tobytes() == want.tobytes()


def test_the_small_matmul_sets_a_cancelling_sum_to_zero_as_numpy_does() -> None:
    from generator.engine.network import matmul

    # 0.1 * 0.3 - 0.03 is 0 in decimals, 1.7e-18 in binary: both paths print 0 (and -0.0 stays out)
    a, w, bias = np.array([[0.1, 0.2]]), np.array([[0.3], [-0.15]]), np.array([0.0])
    assert matmul(a, w)[0, 0] == 0.0 == _numpy_way(matmul, a, w)[0, 0]
    assert math.copysign(1.0, matmul(a, w)[0, 0]) == 1.0
    assert matmul(np.array([[0.1]]), np.array([[0.3]]), np.array([-0.03]))[0, 0] == 0.0
    assert matmul(a, w, bias).tobytes() == _numpy_way(matmul, a, w, bias).tobytes()
    # a small but real sum is kept
    assert matmul(np.array([[0.1]]), np.array([[0.3]]), np.array([-0.0299]))[0, 0] == float(
        Fraction(0.1) * Fraction(0.3) + Fraction(-0.0299)
    )


def test_the_small_matmul_leaves_non_finite_and_extreme_inputs_to_numpy() -> None:
    from generator.engine.network import matmul

    with np.errstate(all="raise"):  # the drawing of exam variants counts a raise as a saturated draw
        for big in (1e200, 1e-200):
            try:
                want = _numpy_way(matmul, np.array([[big]]), np.array([[big]]))
            except FloatingPointError:
                with pytest.raises(FloatingPointError):
                    matmul(np.array([[big]]), np.array([[big]]))
            else:
                assert matmul(np.array([[big]]), np.array([[big]])).tobytes() == want.tobytes()
    with np.errstate(all="ignore"):
        for bad in (math.inf, -math.inf, math.nan):
            got = matmul(np.array([[bad, 1.0]]), np.array([[2.0], [3.0]]))
            want = _numpy_way(matmul, np.array([[bad, 1.0]]), np.array([[2.0], [3.0]]))
            assert got.tobytes() == want.tobytes()


@given(st.lists(st.one_of(st.floats(-800, 800, allow_nan=False), decimal3), min_size=1, max_size=12), st.integers(1, 3))
def test_the_small_sigmoid_gives_the_numpy_paths_bits(values: list[float], rows: int) -> None:
    from generator.engine import network

    z = np.array(values * rows, dtype=np.float64).reshape(rows, len(values))
    with np.errstate(all="ignore"):
        got = network._sigmoid(z)
        want = _numpy_way(network._sigmoid, z)
    assert got.shape == want.shape and got.tobytes() == want.tobytes()


def test_the_small_sigmoid_leaves_far_tails_to_numpy() -> None:
    from generator.engine import network

    # e^-720 is subnormal: NumPy reports the underflow, which the draw of exam variants counts as saturated
    for v in (-720.0, 720.0, 5000.0):
        z = np.array([[v, 0.5]])
        with np.errstate(all="raise"):
            with pytest.raises(FloatingPointError):
                _numpy_way(network._sigmoid, z)
            with pytest.raises(FloatingPointError):
                network._sigmoid(z)
    with np.errstate(all="raise"):
        assert (
            network._sigmoid(np.array([[-700.0, 700.0]])).tobytes()
            == _numpy_way(network._sigmoid, np.array([[-700.0, 700.0]])).tobytes()
        )
