"""The network's kernels give the same bits on every CPU: exact sums of exact products.

Oracle: Python's ``fractions`` (exact rational arithmetic), independent of NumPy and BLAS.
BLAS's ``a @ b`` fails these tests on ordinary inputs (its rounding depends on the kernel the
CPU selects), which is why the network does not use it for the values its JSON prints.
"""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
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
