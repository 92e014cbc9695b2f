"""Evaluate a parsed side to an interval (scalar) or a matrix of intervals.

One evaluator serves both needs of the checker: a *point* evaluation is an
interval evaluation in which no literal is widened (the result is then a
few ulps wide and its midpoint is the value), and a *widened* evaluation
replaces selected literals by ``[v - half, v + half]``.  Which literals are
widened is decided by the caller through ``widen``.

Matrix semantics follow what hand-written walkthroughs mean:
juxtaposition is the matrix product; ``\\times``/``\\cdot`` is the matrix
product when the inner dimensions agree, the element-wise product for equal
shapes otherwise (``W^T\\delta \\cdot \\sigma'(z)``), or — with ``dot=True`` —
the dot product of two equal-shaped vectors; ``\\odot`` is element-wise;
functions apply element-wise; a 1×1 matrix acts as a scalar.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from .ast import Bin, Cell, Const, Func, Matrix, Neg, Node, Num, Pow, Sym, Transpose
from .interval import EvalError, Interval
from .pairs import fast

__all__ = ["Mat", "Value", "evaluate", "EvalError", "shape_of", "flatten"]

MAX_CELLS = 10_000


@dataclass(frozen=True)
class Mat:
    rows: tuple[tuple[Interval, ...], ...]

    @property
    def shape(self) -> tuple[int, int]:
        return (len(self.rows), len(self.rows[0]) if self.rows else 0)

    def map(self, f: Callable[[Interval], Interval]) -> Mat:
        return Mat(tuple(tuple(f(x) for x in r) for r in self.rows))

    def t(self) -> Mat:
        return Mat(tuple(zip(*self.rows, strict=True)))


Value = Interval | Mat


def shape_of(v: Value) -> tuple[int, int] | None:
    return v.shape if isinstance(v, Mat) else None


def flatten(v: Value) -> list[Interval]:
    return [x for r in v.rows for x in r] if isinstance(v, Mat) else [v]


def _scalar(v: Value) -> Interval | None:
    if isinstance(v, Interval):
        return v
    return v.rows[0][0] if v.shape == (1, 1) else None


def _zip(a: Mat, b: Mat, f: Callable[[Interval, Interval], Interval]) -> Mat:
    return Mat(tuple(tuple(f(x, y) for x, y in zip(ra, rb, strict=True)) for ra, rb in zip(a.rows, b.rows, strict=True)))


def _matmul(a: Mat, b: Mat) -> Value:
    (n, k), (k2, m) = a.shape, b.shape
    if k != k2:
        raise EvalError(f"cannot multiply {n}x{k} by {k2}x{m}")
    if n * m * k > MAX_CELLS * 10:
        raise EvalError("matrix too large")
    cols = b.t().rows
    out = []
    for r in a.rows:
        row = []
        for c in cols:
            acc = r[0] * c[0]
            for x, y in zip(r[1:], c[1:], strict=True):
                acc = acc + x * y
            row.append(acc)
        out.append(tuple(row))
    res = Mat(tuple(out))
    return res.rows[0][0] if res.shape == (1, 1) else res


_BINARY: dict[str, Callable[[Interval, Interval], Interval]] = {
    "+": Interval.__add__,
    "-": Interval.__sub__,
    "*": Interval.__mul__,
    "juxt": Interval.__mul__,
    "odot": Interval.__mul__,
    "/": Interval.__truediv__,
}


def _binary(op: str, a: Value, b: Value, dot: bool) -> Value:
    sa, sb = _scalar(a), _scalar(b)
    fn = _BINARY[op]
    if sa is not None and sb is not None:
        return fn(sa, sb)
    if op in ("*", "juxt", "odot", "/") and (sa is not None or sb is not None):
        if isinstance(a, Mat) and sb is not None:
            return a.map(lambda x: fn(x, sb))
        if op == "/":
            raise EvalError("division by a matrix")
        assert isinstance(b, Mat) and sa is not None
        return b.map(lambda y: fn(sa, y))
    if op in ("+", "-") and (sa is not None or sb is not None):
        # [−0.8, 1.1, 0.1] − 1.1, 1 − σ(z) on a vector: the scalar applies to each element (NumPy's
        # broadcasting, the way authors write a shift or a complement of a whole vector)
        if isinstance(a, Mat) and sb is not None:
            return a.map(lambda x: fn(x, sb))
        assert isinstance(b, Mat) and sa is not None
        return b.map(lambda y: fn(sa, y))
    if not (isinstance(a, Mat) and isinstance(b, Mat)):
        raise EvalError("matrix and scalar cannot be added")
    if op in ("+", "-", "odot"):
        if a.shape != b.shape:
            raise EvalError(f"shape mismatch {a.shape} vs {b.shape}")
        return _zip(a, b, fn)
    if op == "juxt" or a.shape[1] == b.shape[0]:
        return _matmul(a, b)
    if op == "*" and a.shape == b.shape:
        if dot and 1 in a.shape:
            return _matmul(a.t(), b) if a.shape[1] == 1 else _matmul(a, b.t())
        return _zip(a, b, fn)
    raise EvalError(f"cannot multiply {a.shape} by {b.shape}")


_UNARY: dict[str, Callable[[Interval], Interval]] = {
    "exp": Interval.exp,
    "ln": Interval.log,
    "log": Interval.log,
    "tanh": Interval.tanh,
    "sigmoid": Interval.sigmoid,
    "relu": Interval.relu,
    "sqrt": Interval.sqrt,
    "abs": Interval.abs,
    "floor": Interval.floor,
    "ceil": Interval.ceil,
}


def _func(name: str, args: list[Value]) -> Value:
    if name in _UNARY:
        (x,) = args
        f = _UNARY[name]
        return x.map(f) if isinstance(x, Mat) else f(x)
    if name in ("max", "min"):
        pick = Interval.max if name == "max" else Interval.min
        mats = [a for a in args if isinstance(a, Mat)]
        if not mats:
            acc = args[0]
            for a in args[1:]:
                acc = pick(acc, a)  # type: ignore[arg-type]
            return acc
        shape = mats[0].shape
        if any(m.shape != shape for m in mats):
            raise EvalError("max/min of differently shaped matrices")
        full = [a if isinstance(a, Mat) else Mat(tuple(tuple(a for _ in range(shape[1])) for _ in range(shape[0]))) for a in args]
        acc_m = full[0]
        for m in full[1:]:
            acc_m = _zip(acc_m, m, pick)
        return acc_m
    if name == "softmax" and len(args) == 1:
        return _softmax(args[0])
    raise EvalError(f"unknown function {name}")


def _softmax(x: Value) -> Mat:
    """softmax of a vector, each cell as 1 / (1 + Σ_{j≠i} e^{x_j − x_i}): increasing in x_i and decreasing in every
    other x_j, so the interval of each cell is sound where the cells' own intervals are (and tight at points)."""
    if not isinstance(x, Mat) or 1 not in x.shape:
        raise EvalError("softmax of something other than a vector")
    xs = flatten(x)
    one = Interval.point(1.0)
    cells = []
    for i, xi in enumerate(xs):
        total = one
        for j, xj in enumerate(xs):
            if j != i:
                total = total + Interval.exp(xj - xi)
        cells.append(one / total)
    return Mat(tuple((c,) for c in cells)) if x.shape[1] == 1 and x.shape[0] > 1 else Mat((tuple(cells),))


def _never(n: Num) -> bool:
    return False


def evaluate(node: Node, widen: Callable[[Num], bool] = _never, dot: bool = False) -> Value:
    """Value of ``node``; literals for which ``widen`` is true become intervals.

    Worked out on float pairs (:mod:`.pairs`: the same doubles, without an object per step) where
    that covers the tree; the rest, and every error with its message, by the walk below.
    """
    got = fast(node, widen, dot)
    if got is None:
        return _ev(node, widen, dot)
    if got.__class__ is tuple:
        return Interval(*got)  # type: ignore[misc]
    return Mat(tuple([tuple([Interval(lo, hi) for lo, hi in r]) for r in got.rows]))  # type: ignore[union-attr]


def _ev(n: Node, widen: Callable[[Num], bool], dot: bool) -> Value:
    # A module-level function, not a closure that calls itself: such a closure is a reference
    # cycle, which would keep the caller's whole document alive until the cyclic collector runs.
    cls = n.__class__  # the two commonest first, without isinstance's generality (no subclasses exist)
    if cls is Num:
        if not math.isfinite(n.value):  # type: ignore[attr-defined]
            raise EvalError("literal overflows")
        return Interval.around(n.value, n.half) if n.half > 0 and widen(n) else Interval.point(n.value)  # type: ignore
    if cls is Bin:
        return _binary(n.op, _ev(n.left, widen, dot), _ev(n.right, widen, dot), dot)  # type: ignore[attr-defined]
    if isinstance(n, Num):
        if not math.isfinite(n.value):
            raise EvalError("literal overflows")
        return Interval.around(n.value, n.half) if n.half > 0 and widen(n) else Interval.point(n.value)
    if isinstance(n, Const):
        return Interval(math.nextafter(n.value, -math.inf), math.nextafter(n.value, math.inf))
    if isinstance(n, Neg):
        v = _ev(n.arg, widen, dot)
        return v.map(Interval.__neg__) if isinstance(v, Mat) else -v
    if isinstance(n, Bin):
        return _binary(n.op, _ev(n.left, widen, dot), _ev(n.right, widen, dot), dot)
    if isinstance(n, Pow):
        base, e = _ev(n.base, widen, dot), _ev(n.exp, widen, dot)
        if isinstance(e, Mat):
            raise EvalError("matrix exponent")
        if isinstance(base, Mat):
            s = _scalar(base)
            if s is None:
                raise EvalError("power of a matrix")
            base = s
        return base**e
    if isinstance(n, Transpose):
        v = _ev(n.arg, widen, dot)
        return v.t() if isinstance(v, Mat) else v
    if isinstance(n, Func):
        return _func(n.name, [_ev(a, widen, dot) for a in n.args])
    if isinstance(n, Matrix):
        if sum(len(r) for r in n.rows) > MAX_CELLS:
            raise EvalError("matrix too large")
        rows = []
        for r in n.rows:
            cells = [_ev(c, widen, dot) for c in r]
            if any(isinstance(c, Mat) and _scalar(c) is None for c in cells):
                raise EvalError("nested matrices are not supported")
            rows.append(tuple(_scalar(c) for c in cells))
        return Mat(tuple(rows))  # type: ignore[arg-type]
    if isinstance(n, Cell):
        v = _ev(n.arg, widen, dot)
        if not isinstance(v, Mat) or n.row >= v.shape[0] or n.col >= v.shape[1]:
            raise EvalError("the piece does not have the printed vector's shape")
        return v.rows[n.row][n.col]
    if isinstance(n, Sym):
        raise EvalError(f"symbol {n.name}")
    raise EvalError(f"cannot evaluate {type(n).__name__}")
