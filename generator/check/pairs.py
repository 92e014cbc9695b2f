"""Evaluation on plain ``(lo, hi)`` float pairs: :mod:`.evaluate`'s arithmetic without an object per step.

Why: checking an exam answer key evaluates each side of each relation up to three times (printed
numbers as printed, widened to their half-units, only the new ones widened), and every step of
:class:`~.interval.Interval` arithmetic made a frozen dataclass, whose construction cost more than
the arithmetic. Here a scalar is a tuple ``(lo, hi)`` and a matrix a :class:`_M` of such tuples; the
result is turned into an ``Interval`` (or a ``Mat`` of them) once, at the end.

The arithmetic is :class:`~.interval.Interval`'s, operation for operation: the same IEEE operations
on the same operands in the same order, each endpoint rounded outward by the same number of ulps
(:func:`math.nextafter`), so the result is the same pair of doubles, not merely an enclosure of the
same value: a verdict (ok / rounding / error) cannot change, even at a half-unit boundary. What this
module does not cover (``max``/``min``, a non-integer power that is not of a positive number, any
error) is left to :func:`.evaluate.evaluate`'s own walk, which then gives the value or raises the
error with its message, exactly as before: :func:`fast` returns None for it.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from .ast import Bin, Const, Func, Matrix, Neg, Node, Num, Pow, Transpose

__all__ = ["fast"]

_INF = math.inf
_next = math.nextafter
MAX_CELLS = 10_000  # as evaluate.MAX_CELLS (not imported: evaluate imports this module)

Pair = tuple[float, float]


class _Other(Exception):
    """Not evaluated here: the careful walk decides (and raises what it raises)."""


class _M:
    """A matrix of pairs (rows of equal length), as :class:`.evaluate.Mat` of intervals."""

    __slots__ = ("rows",)

    def __init__(self, rows: tuple[tuple[Pair, ...], ...]) -> None:
        self.rows = rows

    @property
    def shape(self) -> tuple[int, int]:
        return (len(self.rows), len(self.rows[0]) if self.rows else 0)

    def map(self, f: Callable[[Pair], Pair]) -> _M:
        return _M(tuple(tuple(f(x) for x in r) for r in self.rows))

    def t(self) -> _M:
        return _M(tuple(zip(*self.rows, strict=True)))


# --------------------------------------------------------------------------- Interval's operations on pairs
def _dn(x: float, steps: int = 1) -> float:
    for _ in range(steps):
        x = _next(x, -_INF)
    return x


def _up(x: float, steps: int = 1) -> float:
    for _ in range(steps):
        x = _next(x, _INF)
    return x


def _nan0(x: float) -> float:
    return 0.0 if x != x else x  # 0 * inf: an operand is exactly zero, the true product is 0


def _add(a: Pair, b: Pair) -> Pair:
    return (_next(a[0] + b[0], -_INF), _next(a[1] + b[1], _INF))


def _sub(a: Pair, b: Pair) -> Pair:
    return (_next(a[0] - b[1], -_INF), _next(a[1] - b[0], _INF))


def _mul(a: Pair, b: Pair) -> Pair:
    alo, ahi = a
    blo, bhi = b
    ps = [_nan0(alo * blo), _nan0(alo * bhi), _nan0(ahi * blo), _nan0(ahi * bhi)]
    return (_next(min(ps), -_INF), _next(max(ps), _INF))


def _div(a: Pair, b: Pair) -> Pair:
    lo, hi = b
    if lo == 0 and hi == 0:
        raise _Other  # division by zero: an error, with evaluate's message
    if lo <= 0 <= hi:
        return (-_INF, _INF)
    return _mul(a, (_next(1 / hi, -_INF), _next(1 / lo, _INF)))


def _neg(a: Pair) -> Pair:
    return (-a[1], -a[0])


def _safe_exp(x: float) -> float:
    try:
        return math.exp(x)
    except OverflowError:
        return _INF


def _exp(a: Pair) -> Pair:
    return (max(0.0, _dn(_safe_exp(a[0]), 2)), _up(_safe_exp(a[1]), 2))


def _log(a: Pair) -> Pair:
    lo, hi = a
    if hi <= 0:
        raise _Other
    return (-_INF if lo <= 0 else _dn(math.log(lo), 2), _up(math.log(hi), 2))


def _sqrt(a: Pair) -> Pair:
    lo, hi = a
    if hi < 0:
        raise _Other
    return (_dn(math.sqrt(max(lo, 0.0))) if lo > 0 else 0.0, _up(math.sqrt(hi)))


def _tanh(a: Pair) -> Pair:
    return (max(-1.0, _dn(math.tanh(a[0]), 2)), min(1.0, _up(math.tanh(a[1]), 2)))


def _sig(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    ex = math.exp(x)
    return ex / (1.0 + ex)


def _sigmoid(a: Pair) -> Pair:
    return (max(0.0, _dn(_sig(a[0]), 3)), min(1.0, _up(_sig(a[1]), 3)))


def _relu(a: Pair) -> Pair:
    return (max(0.0, a[0]), max(0.0, a[1]))


def _abs(a: Pair) -> Pair:
    lo, hi = a
    if lo >= 0:
        return a
    if hi <= 0:
        return (-hi, -lo)
    return (0.0, max(-lo, hi))


def _pw(x: float, n: int) -> float:
    try:
        return float(x**n)
    except OverflowError:
        return _INF if x > 0 or n % 2 == 0 else -_INF


def _pow_int(a: Pair, n: int) -> Pair:
    if n == 0:
        return (1.0, 1.0)
    if n < 0:
        return _div((1.0, 1.0), _pow_int(a, -n))
    if abs(n) > 10_000:
        n = 10_000 + (n % 2)
    lo, hi = _pw(a[0], n), _pw(a[1], n)
    if n % 2 == 0 and a[0] <= 0 <= a[1]:
        return (0.0, _up(max(lo, hi), 2))
    return (_dn(min(lo, hi), 2), _up(max(lo, hi), 2))


def _pow(a: Pair, e: Pair) -> Pair:
    elo = e[0]
    if elo == e[1] and math.isfinite(elo) and float(elo).is_integer():
        return _pow_int(a, int(elo))
    if a[1] <= 0:
        raise _Other
    base = (max(a[0], 0.0), a[1])
    if base[0] > 0:
        return _exp(_mul(_log(base), e))
    raise _Other  # a power from zero: the careful walk


_BINARY: dict[str, Callable[[Pair, Pair], Pair]] = {"+": _add, "-": _sub, "*": _mul, "juxt": _mul, "odot": _mul, "/": _div}
_UNARY: dict[str, Callable[[Pair], Pair]] = {
    "exp": _exp,
    "ln": _log,
    "log": _log,
    "tanh": _tanh,
    "sigmoid": _sigmoid,
    "relu": _relu,
    "sqrt": _sqrt,
    "abs": _abs,
}


# --------------------------------------------------------------------------- evaluate's rules on pairs
def _scalar(v: Pair | _M) -> Pair | None:
    if v.__class__ is tuple:
        return v  # type: ignore[return-value]
    return v.rows[0][0] if v.shape == (1, 1) else None  # type: ignore[union-attr]


def _zip(a: _M, b: _M, f: Callable[[Pair, Pair], Pair]) -> _M:
    return _M(tuple(tuple(f(x, y) for x, y in zip(ra, rb, strict=True)) for ra, rb in zip(a.rows, b.rows, strict=True)))


def _matmul(a: _M, b: _M) -> Pair | _M:
    (n, k), (k2, m) = a.shape, b.shape
    if k != k2 or n * m * k > MAX_CELLS * 10:
        raise _Other
    cols = b.t().rows
    out = []
    for r in a.rows:
        row = []
        for c in cols:
            acc = _mul(r[0], c[0])
            for x, y in zip(r[1:], c[1:], strict=True):
                acc = _add(acc, _mul(x, y))
            row.append(acc)
        out.append(tuple(row))
    res = _M(tuple(out))
    return res.rows[0][0] if res.shape == (1, 1) else res


def _binary(op: str, a: Pair | _M, b: Pair | _M, dot: bool) -> Pair | _M:
    sa, sb = _scalar(a), _scalar(b)
    fn = _BINARY[op]
    if sa is not None and sb is not None:
        return fn(sa, sb)
    if op in ("*", "juxt", "odot", "/") and (sa is not None or sb is not None):
        if a.__class__ is _M and sb is not None:
            return a.map(lambda x: fn(x, sb))  # type: ignore[union-attr]
        if op == "/":
            raise _Other
        return b.map(lambda y: fn(sa, y))  # type: ignore[union-attr,arg-type]
    if op in ("+", "-") and (sa is not None or sb is not None):  # a scalar shifts each element (evaluate's rule)
        if a.__class__ is _M and sb is not None:
            return a.map(lambda x: fn(x, sb))  # type: ignore[union-attr]
        return b.map(lambda y: fn(sa, y))  # type: ignore[union-attr,arg-type]
    if not (a.__class__ is _M and b.__class__ is _M):
        raise _Other
    if op in ("+", "-", "odot"):
        if a.shape != b.shape:  # type: ignore[union-attr]
            raise _Other
        return _zip(a, b, fn)  # type: ignore[arg-type]
    if op == "juxt" or a.shape[1] == b.shape[0]:  # type: ignore[union-attr]
        return _matmul(a, b)  # type: ignore[arg-type]
    if op == "*" and a.shape == b.shape:  # type: ignore[union-attr]
        if dot and 1 in a.shape:  # type: ignore[union-attr]
            return _matmul(a.t(), b) if a.shape[1] == 1 else _matmul(a, b.t())  # type: ignore[union-attr,arg-type]
        return _zip(a, b, fn)  # type: ignore[arg-type]
    raise _Other


def _ev(n: Node, widen: Callable[[Num], bool], dot: bool) -> Pair | _M:
    cls = n.__class__
    if cls is Num:
        v, half = n.value, n.half  # type: ignore[attr-defined]
        if not math.isfinite(v):
            raise _Other
        if half > 0 and widen(n):  # type: ignore[arg-type]
            return (_next(v - half, -_INF), _next(v + half, _INF))
        return (v, v)
    if cls is Bin:
        return _binary(n.op, _ev(n.left, widen, dot), _ev(n.right, widen, dot), dot)  # type: ignore[attr-defined]
    if cls is Neg:
        v = _ev(n.arg, widen, dot)  # type: ignore[attr-defined]
        return v.map(_neg) if v.__class__ is _M else _neg(v)  # type: ignore[union-attr,arg-type]
    if cls is Const:
        c = n.value  # type: ignore[attr-defined]
        return (_next(c, -_INF), _next(c, _INF))
    if cls is Pow:
        base, e = _ev(n.base, widen, dot), _ev(n.exp, widen, dot)  # type: ignore[attr-defined]
        if e.__class__ is _M:
            raise _Other
        if base.__class__ is _M:
            s = _scalar(base)
            if s is None:
                raise _Other
            base = s
        return _pow(base, e)  # type: ignore[arg-type]
    if cls is Transpose:
        v = _ev(n.arg, widen, dot)  # type: ignore[attr-defined]
        return v.t() if v.__class__ is _M else v  # type: ignore[union-attr]
    if cls is Func:
        f = _UNARY.get(n.name)  # type: ignore[attr-defined]
        if f is None or len(n.args) != 1:  # type: ignore[attr-defined]
            raise _Other  # max, min, an unknown function, or a wrong number of arguments
        x = _ev(n.args[0], widen, dot)  # type: ignore[attr-defined]
        return x.map(f) if x.__class__ is _M else f(x)  # type: ignore[union-attr,arg-type]
    if cls is Matrix:
        if sum(len(r) for r in n.rows) > MAX_CELLS:  # type: ignore[attr-defined]
            raise _Other
        rows = []
        for r in n.rows:  # type: ignore[attr-defined]
            cells = [_ev(c, widen, dot) for c in r]
            scal = [_scalar(c) for c in cells]
            if any(s is None for s in scal):
                raise _Other  # nested matrices
            rows.append(tuple(scal))
        return _M(tuple(rows))  # type: ignore[arg-type]
    raise _Other  # a symbol, or a node this walk does not know


def fast(node: Node, widen: Callable[[Num], bool], dot: bool) -> Pair | _M | None:
    """``node``'s value as a pair or a matrix of pairs, or None where :func:`.evaluate.evaluate` must decide."""
    try:
        return _ev(node, widen, dot)
    except (_Other, ArithmeticError, ValueError, TypeError, RecursionError):
        return None
