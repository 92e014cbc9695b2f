"""The tests' own SymPy gradient oracle: SymPy builds the whole loss from the network's definition and differentiates it.

Written apart from ``generator/`` (it imports nothing from it: not the network, not the trace builder, not
``generator.engine.symbolic``), so a test that compares nnwalk's gradients with it compares two independent
computations. The activations and losses are written out below from their textbook definitions.

Why it is cheap. With every activation written out in full, SymPy took about 0.7 s to differentiate the loss of a
3-4-3 network in its 31 parameters (each derivative re-expands every nested activation), and the suite asks for
some two hundred architectures. Here the whole loss is built with each activation and each loss term as a SymPy
function symbol (``f0(z)``, ``S1_0(z_0, z_1, z_2)`` for softmax, ``loss(o, t)``) whose derivative is another
function symbol (``df0_0(z)``), so SymPy's chain rule runs once per *shape* (layer sizes, biases, dropout, where
softmax is) on a small expression, and the result serves every activation and loss of that shape. Each function
symbol is then given its value from the written-out formula, and each derivative symbol from ``sp.diff`` of that
formula. Nothing is differentiated by hand: the chain rule through the layers and every derivative are SymPy's.

ReLU and leaky ReLU are ``Piecewise`` with the stated convention at the kink: the branch that owns z = 0 gives
SymPy's derivative there (the left branch for convention 0, the right one for convention 1). Values are evaluated
in float64 (``math``), the average over the examples by NumPy.
"""

from __future__ import annotations

import inspect
import math
from collections.abc import Callable, Sequence
from functools import cache
from types import CodeType

import numpy as np
import sympy as sp

_Z = sp.Symbol("z", real=True)
_O, _T = sp.symbols("o t", real=True)


def activation(name: str, z: sp.Expr, slope: float = 0.01, prime_at_zero: int = 0) -> sp.Expr:
    """An element-wise activation of ``z``, from its definition (``slope``: leaky ReLU's; ``prime_at_zero``: 0 or 1)."""
    if name == "sigmoid":
        return 1 / (1 + sp.exp(-z))
    if name == "tanh":
        return sp.tanh(z)
    if name == "linear":
        return z
    if name in ("relu", "leaky_relu"):
        low = sp.Rational(str(slope)) * z if name == "leaky_relu" else sp.Integer(0)
        if prime_at_zero == 1:
            return sp.Piecewise((z, z >= 0), (low, True))
        return sp.Piecewise((low, z <= 0), (z, True))
    raise KeyError(name)


def loss_term(name: str, o: sp.Expr, t: sp.Expr, n: int) -> sp.Expr:
    """One output's share of one example's loss (``n``: the number of outputs, which MSE divides by)."""
    if name == "half_sse":
        return sp.Rational(1, 2) * (t - o) ** 2
    if name == "sse":
        return (t - o) ** 2
    if name == "mse":
        return (t - o) ** 2 / n
    if name == "cross_entropy":
        return -t * sp.log(o)
    if name == "bce":
        return -(t * sp.log(o) + (1 - t) * sp.log(1 - o))
    raise KeyError(name)


def _function(name: str, nargs: int) -> type[sp.Function]:
    """An undefined SymPy function whose derivative in argument i is the undefined ``d{name}_{i}`` of the same
    arguments: SymPy's chain rule (``Function._eval_derivative``) asks ``fdiff`` for it and multiplies it by the
    argument's own derivative, so the chain rule is SymPy's and the derivative is given its value later."""
    derivatives = [sp.Function(f"d{name}_{i}") for i in range(nargs)]

    def fdiff(self: sp.Function, argindex: int = 1) -> sp.Expr:
        return derivatives[argindex - 1](*self.args)

    return type(name, (sp.Function,), {"nargs": nargs, "fdiff": fdiff})


class _Shape:
    """The whole loss of one example for one network shape, differentiated by SymPy in every parameter.

    An element-wise layer l applies the function ``f{l}`` to each net input, a softmax layer gives neuron k the
    function ``S{l}_{k}`` of all the layer's net inputs, and the loss adds ``loss(o_k, t_k)`` over the outputs
    (see :func:`_function`). ``grads`` holds d loss / d theta for each parameter (W^(1) row-major, b^(1),
    W^(2), ...), in terms of these functions and their derivatives ``d{g}_{i}``.
    """

    def __init__(self, layers: tuple[int, ...], softmax: tuple[bool, ...], biases: bool, drop: bool) -> None:
        L = len(layers) - 1
        xs = sp.symbols(f"x_0:{layers[0]}", real=True)  # not x0: the names lambdify's cse gives its temporaries
        ts = sp.symbols(f"t_0:{layers[-1]}", real=True)
        params: list[sp.Symbol] = []
        drops: list[sp.Symbol] = []
        a: list[sp.Expr] = list(xs)
        for l in range(L):
            if drop and l > 0:  # inverted dropout: a hidden activation times its factor m / (1 - p)
                ds = sp.symbols(f"d{l}_0:{layers[l]}", real=True)
                drops.extend(ds)
                a = [v * d for v, d in zip(a, ds)]
            W = [[sp.Symbol(f"w{l}_{j}_{i}", real=True) for i in range(layers[l])] for j in range(layers[l + 1])]
            params.extend(s for row in W for s in row)
            bs = [sp.Symbol(f"b{l}_{j}", real=True) for j in range(layers[l + 1])]
            if biases:
                params.extend(bs)
            zs = [sp.Add(*(W[j][i] * a[i] for i in range(layers[l])), bs[j] if biases else 0) for j in range(layers[l + 1])]
            if softmax[l]:
                a = [_function(f"S{l}_{k}", len(zs))(*zs) for k in range(layers[l + 1])]
            else:
                f = _function(f"f{l}", 1)
                a = [f(v) for v in zs]
        loss = _function("loss", 2)
        self.args = [*params, *xs, *ts, *drops]
        self.total = sp.Add(*(loss(a[k], ts[k]) for k in range(layers[-1])))
        self.grads = [sp.diff(self.total, p) for p in params]
        assert not any(g.has(sp.Derivative, sp.Subs) for g in self.grads)  # every derivative is a named d{g}_{i}


@cache
def _code(layers: tuple[int, ...], softmax: tuple[bool, ...], biases: bool, drop: bool) -> tuple[CodeType, CodeType]:
    """The shape's loss and gradient as compiled Python that calls ``f0``, ``df0_0``, ``loss``, ... by name."""
    shape = _Shape(layers, softmax, biases, drop)
    out = []
    for expr in (shape.total, shape.grads):
        fn = sp.lambdify(shape.args, expr, modules="math", cse=True, docstring_limit=0)
        out.append(compile(inspect.getsource(fn), "<tests.sympy_oracle>", "exec"))
    return out[0], out[1]


def _numeric(expr: sp.Expr, args: Sequence[sp.Symbol]) -> Callable[..., float]:
    return sp.lambdify(args, expr, modules="math", docstring_limit=0)


@cache
def _compiled(
    layers: tuple[int, ...], acts: tuple[str, ...], loss: str, biases: bool, drop: bool, slope: float, prime_at_zero: int
) -> tuple[Callable[..., float], Callable[..., list[float]]]:
    """(loss, gradient) of one example as Python functions of (parameters, inputs, targets, dropout factors).

    The shape's code is run with the concrete functions: each activation and the loss term written out, and each
    of their first derivatives by ``sp.diff``."""
    ns: dict[str, object] = {k: getattr(math, k) for k in dir(math) if not k.startswith("_")}
    for l, name in enumerate(acts):
        if name == "softmax":
            zs = sp.symbols(f"z0:{layers[l + 1]}", real=True)
            es = [sp.exp(v) for v in zs]
            for k, e in enumerate(es):
                s = e / sp.Add(*es)
                ns[f"S{l}_{k}"] = _numeric(s, zs)
                for i, v in enumerate(zs):
                    ns[f"dS{l}_{k}_{i}"] = _numeric(sp.diff(s, v), zs)
        else:
            f = activation(name, _Z, slope, prime_at_zero)
            ns[f"f{l}"] = _numeric(f, [_Z])
            ns[f"df{l}_0"] = _numeric(sp.diff(f, _Z), [_Z])
    term = loss_term(loss, _O, _T, layers[-1])
    ns["loss"] = _numeric(term, [_O, _T])
    ns["dloss_0"] = _numeric(sp.diff(term, _O), [_O, _T])
    fns = []
    for code in _code(layers, tuple(a == "softmax" for a in acts), biases, drop):
        exec(code, ns)  # noqa: S102 - SymPy's own printout of the shape's loss and gradient
        fns.append(ns.pop("_lambdifygenerated"))
    return fns[0], fns[1]  # type: ignore[return-value]


def _flat(weights: Sequence[np.ndarray], biases: Sequence[np.ndarray] | None) -> list[float]:
    out: list[float] = []
    for l, W in enumerate(weights):
        out.extend(float(v) for v in np.asarray(W, dtype=float).ravel())
        if biases is not None:
            out.extend(float(v) for v in np.asarray(biases[l], dtype=float))
    return out


def _per_example(
    which: int,
    layers: Sequence[int],
    acts: Sequence[str],
    loss: str,
    weights: Sequence[np.ndarray],
    biases: Sequence[np.ndarray] | None,
    x: np.ndarray,
    t: np.ndarray,
    slope: float,
    prime_at_zero: int,
    drop: Sequence[np.ndarray | None] | None,
) -> np.ndarray:
    layers = tuple(int(n) for n in layers)
    fns = _compiled(layers, tuple(acts), loss, biases is not None, drop is not None, float(slope), int(prime_at_zero))
    flat = _flat(weights, biases)
    rows = []
    for e, (xe, te) in enumerate(zip(np.asarray(x, dtype=float), np.asarray(t, dtype=float))):
        factors: list[float] = []
        if drop is not None:
            for l in range(1, len(layers) - 1):
                s = drop[l - 1] if l - 1 < len(drop) else None
                factors.extend([1.0] * layers[l] if s is None else [float(v) for v in s[e]])
        rows.append(fns[which](*flat, *map(float, xe), *map(float, te), *factors))
    return np.mean(np.array(rows, dtype=np.float64), axis=0)


def gradients(
    layers: Sequence[int],
    acts: Sequence[str],
    loss: str,
    weights: Sequence[np.ndarray],
    biases: Sequence[np.ndarray] | None,
    x: np.ndarray,
    t: np.ndarray,
    *,
    slope: float = 0.01,
    prime_at_zero: int = 0,
    drop: Sequence[np.ndarray | None] | None = None,
) -> np.ndarray:
    """d(mean loss over the examples)/d theta, W^(1) row-major, b^(1), W^(2), b^(2), ... (b only with ``biases``).

    ``drop[l - 1]``: hidden layer l's dropout factors m / (1 - p), one row per example (None: no dropout there).
    """
    return _per_example(1, layers, acts, loss, weights, biases, x, t, slope, prime_at_zero, drop)


def mean_loss(
    layers: Sequence[int],
    acts: Sequence[str],
    loss: str,
    weights: Sequence[np.ndarray],
    biases: Sequence[np.ndarray] | None,
    x: np.ndarray,
    t: np.ndarray,
    *,
    slope: float = 0.01,
    prime_at_zero: int = 0,
    drop: Sequence[np.ndarray | None] | None = None,
) -> float:
    """The loss averaged over the examples, from the same SymPy expression (``drop``: as for :func:`gradients`)."""
    return float(_per_example(0, layers, acts, loss, weights, biases, x, t, slope, prime_at_zero, drop))


__all__ = ["activation", "gradients", "loss_term", "mean_loss"]
