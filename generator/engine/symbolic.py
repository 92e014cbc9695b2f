"""SymPy: derivative derivations shown in documents, and the independent gradient oracle.

Why SymPy here and nowhere else: it *derives* what the document states (sigma' =
sigma(1 - sigma), dE/do = o - t) so the formulas section is not pasted text, and it
differentiates the whole loss as one expression, which is a computation independent
of the layer-by-layer backward pass it checks. SymPy is slow, so everything is cached
per architecture; it never prints substituted lines (its printer reorders terms).
"""

from __future__ import annotations

import hashlib
import inspect
import json
import math
from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from . import cache as ucache
from .network import DEFAULT_OPTIONS, ActOptions, is_fused


class _LazySymPy:
    """SymPy, imported on first use.

    Why: importing SymPy takes about 0.2 s, more than the rest of a small render. Its results
    (derivations, gradient oracles, chain-rule proofs) are kept in the user cache
    (:mod:`.cache`), so a render or a variant run that finds them there never needs SymPy.
    """

    def __getattr__(self, name: str) -> Any:
        import sympy

        globals()["sp"] = sympy  # later uses go straight to the module
        return getattr(sympy, name)


sp: Any = _LazySymPy()


@cache
def sympy_version() -> str:
    """SymPy's version, for cache keys, read from its installed metadata (without importing it).

    A SymPy without metadata (a source tree on ``PYTHONPATH``) is imported to ask it.
    """
    import importlib.metadata

    try:
        return importlib.metadata.version("sympy")
    except importlib.metadata.PackageNotFoundError:
        import sympy

        return str(sympy.__version__)


@cache
def _symbols() -> tuple[Any, Any, Any, Any]:
    """x (activation input), o (output), t (target), n (number of outputs)."""
    return (
        sp.Symbol("x", real=True),
        sp.Symbol("o", real=True),
        sp.Symbol("t", real=True),
        sp.Symbol("n", positive=True, integer=True),
    )


def _slope(opts: ActOptions) -> sp.Rational:
    """The leaky slope as an exact rational (0.01 is 1/100, not a binary float)."""
    return sp.Rational(repr(float(opts.leaky_slope)))


def sym_activation(name: str, z: sp.Expr, opts: ActOptions = DEFAULT_OPTIONS) -> sp.Expr:
    """The activation as a SymPy expression of ``z`` (element-wise ones; softmax is a layer)."""
    if name == "sigmoid":
        return 1 / (1 + sp.exp(-z))
    if name == "tanh":
        return sp.tanh(z)
    if name in ("relu", "leaky_relu"):
        # Piecewise, not Max: d/dz Max(0, z) is Heaviside(z) with H(0) = 1/2, whereas nnwalk
        # states its convention at the kink; the branch that owns z = 0 decides SymPy's
        # derivative there (left branch: the left derivative, convention 0).
        neg = _slope(opts) * z if name == "leaky_relu" else sp.Integer(0)
        if opts.relu_prime_at_zero == 1:
            return sp.Piecewise((z, z >= 0), (neg, True))
        return sp.Piecewise((neg, z <= 0), (z, True))
    if name == "linear":
        return z
    raise KeyError(name)


def sym_layer(name: str, zs: list[sp.Expr], opts: ActOptions = DEFAULT_OPTIONS) -> list[sp.Expr]:
    """A whole layer's activations: softmax couples its neurons, the others act one by one."""
    if name == "softmax":
        total = sum(sp.exp(v) for v in zs)
        return [sp.exp(v) / total for v in zs]
    return [sym_activation(name, v, opts) for v in zs]


@dataclass(frozen=True)
class Derivation:
    """A derivative as SymPy found it, the form the document uses, and the proof they agree."""

    function: str  # LaTeX of f(x)
    raw: str  # LaTeX of f'(x) exactly as sp.diff gives it
    stated: str  # the form used in the walkthrough, in terms of f itself
    verified: bool  # sp.simplify(raw - stated) == 0


def _is_zero(e: sp.Expr) -> bool:
    """Prove ``e == 0`` by putting it over one denominator (much cheaper than simplify)."""
    return bool(sp.cancel(sp.together(e.rewrite(sp.exp))) == 0)


def _cached_derivation(kind: str, name: str, build: Callable[[str], Derivation]) -> Derivation:
    """A derivation from the user cache, or built by SymPy and stored (it never changes)."""
    key = f"derivation-{kind}-" + ucache.key(ORACLE_FORMAT, kind, name, sympy_version()) + ".json"
    text = ucache.read_text(key)
    if text is not None:
        try:
            return Derivation(**json.loads(text))
        except (ValueError, TypeError):
            pass
    d = build(name)
    if d.verified:
        ucache.write_text(key, json.dumps(asdict(d)))
    return d


@cache
def activation_derivation(name: str, opts: ActOptions = DEFAULT_OPTIONS) -> Derivation:
    """Differentiate the activation and prove the textbook form of its derivative (cached)."""
    key = name
    if name in ("relu", "leaky_relu"):
        key = f"{name}@{opts.leaky_slope!r}@{opts.relu_prime_at_zero}"
    return _cached_derivation("activation", key, lambda _: _activation_derivation(name, opts))


@cache
def loss_derivation(name: str) -> Derivation:
    """Differentiate one loss term with respect to its output (cached)."""
    return _cached_derivation("loss", name, _loss_derivation)


def _kink_derivation(name: str, opts: ActOptions) -> Derivation:
    """ReLU and leaky ReLU: the derivative is piecewise; at x = 0 the spec's convention holds.

    SymPy differentiates the piecewise form (whose branch owning x = 0 encodes the
    convention) and the stated cases are compared with it exactly at points on both sides
    of the kink and at the kink itself.
    """
    _x = _symbols()[0]
    f = sym_activation(name, _x, opts)
    raw = sp.diff(f, _x)
    low = _slope(opts) if name == "leaky_relu" else sp.Integer(0)
    low_text = sp.latex(low) if name == "relu" else latex_number(opts.leaky_slope)
    right = opts.relu_prime_at_zero == 1
    stated_expr = sp.Piecewise((1, _x >= 0), (low, True)) if right else sp.Piecewise((low, _x <= 0), (1, True))
    if right:
        stated = rf"\begin{{cases}} 1 & x \ge 0 \\ {low_text} & x < 0 \end{{cases}}"
    else:
        stated = rf"\begin{{cases}} 1 & x > 0 \\ {low_text} & x \le 0 \end{{cases}}"
    points = (sp.Rational(-3, 2), sp.Integer(0), sp.Rational(1, 3), 5)
    ok = all(sp.simplify(raw.subs(_x, v) - stated_expr.subs(_x, v)) == 0 for v in points)
    if name == "relu":
        fn = r"\operatorname{ReLU}(x) = \max(0, x)"
    else:
        fn = rf"\operatorname{{LReLU}}(x) = \max({low_text}\,x,\ x)"
    return Derivation(fn, sp.latex(raw), stated, bool(ok))


def latex_number(v: float) -> str:
    """A spec number for a formula: its shortest decimal text (0.01, not 1/100)."""
    from ..numfmt import decimal_text, to_decimal

    return decimal_text(to_decimal(v).normalize()) if v != int(v) else str(int(v))


def _activation_derivation(name: str, opts: ActOptions = DEFAULT_OPTIONS) -> Derivation:
    """Differentiate the activation and prove the textbook form of its derivative."""
    if name in ("relu", "leaky_relu"):
        return _kink_derivation(name, opts)
    if name == "softmax":
        return softmax_jacobian().diagonal
    _x = _symbols()[0]
    f = sym_activation(name, _x)
    raw = sp.diff(f, _x)
    if name == "sigmoid":
        stated_expr = f * (1 - f)
        stated = r"\sigma(x)\,\bigl(1 - \sigma(x)\bigr)"
        fn = r"\sigma(x) = \frac{1}{1 + e^{-x}}"
    elif name == "tanh":
        stated_expr = 1 - sp.tanh(_x) ** 2
        stated = r"1 - \tanh^2(x)"
        fn = r"\tanh(x) = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}"
    else:  # linear
        stated_expr = sp.Integer(1)
        stated = "1"
        fn = "f(x) = x"
    verified = _is_zero(raw - stated_expr)
    return Derivation(fn, sp.latex(raw), stated, bool(verified))


def sym_loss_term(name: str, o: sp.Expr, t: sp.Expr, n: sp.Expr | int) -> sp.Expr:
    """One output's contribution to the loss of one example."""
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


_LOSS_STATED = {
    "half_sse": (lambda o, t, n: o - t, "o - t", r"E = \frac{1}{2}(t - o)^2"),
    "sse": (lambda o, t, n: 2 * (o - t), "2(o - t)", r"E = (t - o)^2"),
    "mse": (lambda o, t, n: 2 * (o - t) / n, r"\frac{2}{n}(o - t)", r"E = \frac{1}{n}(t - o)^2"),
    "cross_entropy": (lambda o, t, n: -t / o, r"-\frac{t}{o}", r"E = -t \ln o"),
    "bce": (
        lambda o, t, n: (o - t) / (o * (1 - o)),
        r"\frac{o - t}{o(1 - o)}",
        r"E = -\bigl(t \ln o + (1 - t) \ln(1 - o)\bigr)",
    ),
}


def _loss_derivation(name: str) -> Derivation:
    """Differentiate one loss term with respect to its output."""
    _x, _o, _t, _n = _symbols()
    term = sym_loss_term(name, _o, _t, _n)
    raw = sp.diff(term, _o)
    expr, stated, fn = _LOSS_STATED[name]
    return Derivation(fn, sp.latex(raw), stated, _is_zero(raw - expr(_o, _t, _n)))


@dataclass(frozen=True)
class Jacobian:
    """The softmax Jacobian's two cases, each differentiated by SymPy and proved."""

    diagonal: Derivation  # d a_j / d z_j = a_j (1 - a_j)
    off_diagonal: Derivation  # d a_j / d z_k = -a_j a_k  (k != j)

    @property
    def verified(self) -> bool:
        return self.diagonal.verified and self.off_diagonal.verified


@cache
def softmax_jacobian() -> Jacobian:
    """Both cases of the softmax Jacobian, proved by SymPy (cached; see :func:`_softmax_jacobian`)."""
    return Jacobian(
        _cached_derivation("softmax-jacobian", "diagonal", lambda _: _softmax_jacobian().diagonal),
        _cached_derivation("softmax-jacobian", "off-diagonal", lambda _: _softmax_jacobian().off_diagonal),
    )


@cache
def _softmax_jacobian() -> Jacobian:
    """Differentiate a 3-class softmax by SymPy and prove both cases of its Jacobian.

    Three classes show both cases with a third term in the sum that is neither j nor k;
    the identity for any n follows the same algebra (the sum is symmetric in its terms).
    """
    z = sp.symbols("z1:4", real=True)
    a = sym_layer("softmax", list(z))
    d_jj = sp.diff(a[0], z[0])
    d_jk = sp.diff(a[0], z[1])
    fn = r"a_j = \frac{e^{z_j}}{\sum_k e^{z_k}}"
    diag = Derivation(fn, sp.latex(sp.simplify(d_jj)), r"a_j\,(1 - a_j)", _is_zero(d_jj - a[0] * (1 - a[0])))
    off = Derivation(fn, sp.latex(sp.simplify(d_jk)), r"-a_j\, a_k", _is_zero(d_jk + a[0] * a[1]))
    return Jacobian(diag, off)


@cache
def fused_derivation(act: str, loss: str) -> Derivation:
    """The loss's derivative with respect to the output net input, proved to be a - t (cached)."""
    if (act, loss) not in (("softmax", "cross_entropy"), ("sigmoid", "bce")):
        raise KeyError((act, loss))
    return _cached_derivation("fused", f"{act}+{loss}", lambda _: _fused_derivation(act, loss))


def _fused_derivation(act: str, loss: str) -> Derivation:
    """Prove that the loss's derivative with respect to the output net input is a - t.

    softmax + cross-entropy (3 classes, targets summing to 1, so t_3 = 1 - t_1 - t_2):
    d/dz_1 of -sum_k t_k ln a_k equals a_1 - t_1. sigmoid + binary cross-entropy:
    d/dz of -(t ln a + (1 - t) ln(1 - a)) equals a - t.
    """
    if (act, loss) == ("softmax", "cross_entropy"):
        z = sp.symbols("z1:4", real=True)
        t = sp.symbols("t1:4", real=True)
        a = sym_layer("softmax", list(z))
        total = sum(sym_loss_term(loss, a[k], t[k], 3) for k in range(3))
        raw = sp.diff(total, z[0])
        diff = (raw - (a[0] - t[0])).subs(t[2], 1 - t[0] - t[1])
        fn = r"L = -\sum_k t_k \ln a_k, \quad a_k = \frac{e^{z_k}}{\sum_i e^{z_i}}, \quad \sum_k t_k = 1"
        return Derivation(fn, sp.latex(sp.simplify(raw)), "a_j - t_j", _is_zero(sp.expand_log(diff, force=True)))
    if (act, loss) == ("sigmoid", "bce"):
        zz = sp.Symbol("z", real=True)
        a = sym_activation("sigmoid", zz)
        _t = _symbols()[2]
        raw = sp.diff(sym_loss_term(loss, a, _t, 1), zz)
        fn = r"L = -\bigl(t \ln a + (1 - t) \ln(1 - a)\bigr), \quad a = \sigma(z)"
        return Derivation(fn, sp.latex(sp.simplify(raw)), "a - t", _is_zero(raw - (a - _t)))
    raise KeyError((act, loss))


#: Cached results are keyed by this module's own source, so an edited derivation, proof or
#: oracle never meets a result cached by an older version of the code.
ORACLE_FORMAT = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]

GradFn = Callable[..., list[float]]


def _heaviside(v: float, h0: float = 0.0) -> float:
    """d/dz max(0, z), taking 0 at z = 0 (the convention nnwalk states)."""
    return 1.0 if v > 0 else (h0 if v == 0 else 0.0)


def _namespace() -> dict[str, object]:
    ns: dict[str, object] = {k: getattr(math, k) for k in dir(math) if not k.startswith("_")}
    ns.update({"Heaviside": _heaviside, "max": max, "min": min})
    return ns


def _precise_namespace() -> dict[str, object]:
    """The same names backed by mpmath (arbitrary exponent range) for inputs where float64 overflows."""
    import mpmath

    ns: dict[str, object] = {k: getattr(mpmath, k) for k in dir(math) if not k.startswith("_") and hasattr(mpmath, k)}
    ns.update({"Heaviside": _heaviside, "max": max, "min": min})
    return ns


def _compile(src: str, name: str) -> Callable[..., object]:
    """The generated function in float64, falling back to mpmath where float64 overflows (e^{800}, ln 0).

    A saturated network (z = 800) is legitimate input: its gradients are finite (tiny), only
    an intermediate like e^{-z} leaves float64's range, so the oracle redoes that one
    evaluation in mpmath at 30 digits and converts the results back.
    """
    code = compile(src, f"<nnwalk oracle {name}>", "exec")
    ns = _namespace()
    exec(code, ns)  # noqa: S102 - our own SymPy-generated code
    fast = ns["_lambdifygenerated"]
    precise: list[Callable[..., object]] = []

    def fn(*args: float) -> object:
        try:
            return fast(*args)  # type: ignore[operator]
        except (OverflowError, ValueError, ZeroDivisionError):
            import mpmath

            if not precise:
                pns = _precise_namespace()
                exec(code, pns)  # noqa: S102
                precise.append(pns["_lambdifygenerated"])  # type: ignore[arg-type]
            with mpmath.workdps(30):
                out = precise[0](*(mpmath.mpf(a) for a in args))
            return [float(v) for v in out] if isinstance(out, list) else float(out)  # type: ignore[arg-type]

    return fn


@lru_cache(maxsize=64)
def gradient_oracle(
    layers: tuple[int, ...],
    acts: tuple[str, ...],
    loss: str,
    biases: bool,
    opts: ActOptions = DEFAULT_OPTIONS,
    drop: bool = False,
) -> tuple[GradFn, GradFn]:
    """Build (loss_fn, grad_fn) from one SymPy expression of the whole loss.

    Both take a flat list of parameter values (W^(1) row-major, then b^(1), then W^(2)...)
    followed by inputs and targets, and with ``drop`` the dropout factor m / (1 - p) of every
    hidden neuron (its activation is multiplied by it before the next layer takes it). The gradient is ``sp.diff`` of the total loss with
    respect to each parameter, so it shares no code with :mod:`generator.engine.network`. The
    generated Python source is kept in the user cache (see :mod:`generator.engine.cache`),
    since it depends on the architecture alone.
    """
    name = "oracle-" + ucache.key(ORACLE_FORMAT, layers, acts, loss, biases, repr(opts), sympy_version(), drop) + ".py"
    cached = ucache.read_text(name)
    if cached is not None and "\n# --- grad ---\n" in cached:
        loss_src, grad_src = cached.split("\n# --- grad ---\n", 1)
        try:
            return _compile(loss_src, "loss"), _compile(grad_src, "grad")  # type: ignore[return-value]
        except (SyntaxError, KeyError, ValueError):
            pass
    L = len(layers) - 1
    params: list[sp.Symbol] = []
    xs = sp.symbols(f"x0:{layers[0]}", real=True)
    ts = sp.symbols(f"t0:{layers[-1]}", real=True)
    a: list[sp.Expr] = list(xs)
    drops: list[sp.Symbol] = []
    for l in range(L):
        if drop and 0 < l:
            ds = sp.symbols(f"d{l}_0:{layers[l]}", real=True)
            drops.extend(ds)
            a = [v * d for v, d in zip(a, ds)]
        W = [[sp.Symbol(f"w{l}_{j}_{i}", real=True) for i in range(layers[l])] for j in range(layers[l + 1])]
        params.extend(s for row in W for s in row)
        bs = [sp.Symbol(f"b{l}_{j}", real=True) for j in range(layers[l + 1])] if biases else None
        if bs:
            params.extend(bs)
        zs = [sum(W[j][i] * a[i] for i in range(layers[l])) + (bs[j] if bs else 0) for j in range(layers[l + 1])]
        a = sym_layer(acts[l], zs, opts)
    total = sum(sym_loss_term(loss, a[k], ts[k], layers[-1]) for k in range(layers[-1]))
    grads = [sp.diff(total, p) for p in params]
    args = [*params, *xs, *ts, *drops]
    loss_fn = sp.lambdify(args, total, modules=[{"Heaviside": _heaviside}, "math"], docstring_limit=0)
    grad_fn = sp.lambdify(args, grads, modules=[{"Heaviside": _heaviside}, "math"], cse=True, docstring_limit=0)
    loss_src, grad_src = inspect.getsource(loss_fn), inspect.getsource(grad_fn)
    try:
        ucache.write_text(name, loss_src + "\n# --- grad ---\n" + grad_src)
    except (OSError, TypeError):
        pass
    return _compile(loss_src, "loss"), _compile(grad_src, "grad")  # type: ignore[return-value]


def flatten_params(weights: tuple[np.ndarray, ...], biases: tuple[np.ndarray, ...] | None) -> list[float]:
    """Parameters in the oracle's order: W^(1) row-major, b^(1), W^(2), b^(2), ..."""
    flat: list[float] = []
    for l, W in enumerate(weights):
        flat.extend(float(v) for v in W.ravel())
        if biases is not None:
            flat.extend(float(v) for v in biases[l])
    return flat


def _drop_args(layers: tuple[int, ...], scales: list[np.ndarray | None] | None, e: int) -> list[float]:
    """Example ``e``'s dropout factor of every hidden neuron, in the oracle's argument order (1 where none)."""
    if scales is None:
        return []
    out: list[float] = []
    for l in range(1, len(layers) - 1):
        s = scales[l - 1] if l - 1 < len(scales) else None
        out.extend([1.0] * layers[l] if s is None else [float(v) for v in s[e]])
    return out


def _mean_over_examples(which: int, layers, acts, loss, weights, biases, x, t, opts=DEFAULT_OPTIONS, scales=None) -> np.ndarray:  # noqa: ANN001
    """Evaluate the oracle's loss (0) or gradient (1) per example and average (the 1/m)."""
    fn = gradient_oracle(tuple(layers), tuple(acts), loss, biases is not None, opts, scales is not None)[which]
    flat = flatten_params(weights, biases)
    rows = [
        fn(*flat, *map(float, xe), *map(float, te), *_drop_args(tuple(layers), scales, e)) for e, (xe, te) in enumerate(zip(x, t))
    ]
    return np.mean(np.array(rows, dtype=np.float64), axis=0)


def oracle_gradients(
    layers: tuple[int, ...],
    acts: tuple[str, ...],
    loss: str,
    weights: tuple[np.ndarray, ...],
    biases: tuple[np.ndarray, ...] | None,
    x: np.ndarray,
    t: np.ndarray,
    opts: ActOptions = DEFAULT_OPTIONS,
    scales: list[np.ndarray | None] | None = None,
) -> np.ndarray:
    """dLoss/dtheta by SymPy, averaged over the examples, in :func:`flatten_params` order (``scales``: dropout)."""
    return _mean_over_examples(1, layers, acts, loss, weights, biases, x, t, opts, scales)


#: Above this many parameters, or from 3 weight layers on, the whole-loss expression in every
#: parameter at once grows too large for sp.diff (a 3-3-3-3-3 ReLU/softmax net ran for minutes):
#: the oracle then differentiates the loss as a function of one parameter at a time.
WHOLE_EXPRESSION_MAX_PARAMS = 40
WHOLE_EXPRESSION_MAX_LAYERS = 2
#: At most this many parameters are differentiated by the per-parameter oracle (spread over every layer).
POINTWISE_SAMPLE = 64


def whole_expression_feasible(layers: tuple[int, ...], biases: bool) -> bool:
    """Whether :func:`gradient_oracle` (one expression in every parameter) is affordable."""
    n = sum(layers[l] * layers[l + 1] + (layers[l + 1] if biases else 0) for l in range(len(layers) - 1))
    return len(layers) - 1 <= WHOLE_EXPRESSION_MAX_LAYERS and n <= WHOLE_EXPRESSION_MAX_PARAMS


def sample_indices(n: int, k: int = POINTWISE_SAMPLE) -> list[int]:
    """Every index when there are few, else ``k`` spread evenly (first and last included): deterministic."""
    if n <= k:
        return list(range(n))
    return sorted({round(i * (n - 1) / (k - 1)) for i in range(k)})


def pointwise_gradients(
    layers: tuple[int, ...],
    acts: tuple[str, ...],
    loss: str,
    weights: tuple[np.ndarray, ...],
    biases: tuple[np.ndarray, ...] | None,
    x: np.ndarray,
    t: np.ndarray,
    indices: list[int],
    opts: ActOptions = DEFAULT_OPTIONS,
    scales: list[np.ndarray | None] | None = None,
) -> np.ndarray:
    """d(mean loss)/dθ_k for each k in ``indices`` (in :func:`flatten_params` order), by SymPy.

    For each k the loss is built as a SymPy expression of θ_k alone — every other parameter
    and the data enter as numbers, and a neuron's value stays a plain number until θ_k
    reaches it — then ``sp.diff`` differentiates it and the derivative is evaluated at θ_k.
    The chain rule is SymPy's, not nnwalk's backward pass, which is the point of an oracle.
    """
    flat = flatten_params(weights, biases)
    where: list[tuple[int, str, int, int]] = []  # (layer, "w"|"b", j, i)
    for l in range(len(layers) - 1):
        where.extend((l, "w", j, i) for j in range(layers[l + 1]) for i in range(layers[l]))
        if biases is not None:
            where.extend((l, "b", j, 0) for j in range(layers[l + 1]))
    theta = sp.Symbol("theta", real=True)
    out = []
    for k in indices:
        lk, kind, jk, ik = where[k]
        total: sp.Expr = sp.Integer(0)
        for e, (xe, te) in enumerate(zip(x, t)):
            a: list[float | sp.Expr] = [float(v) for v in xe]
            for l, W in enumerate(weights):
                drop = scales[l - 1] if scales is not None and 0 < l <= len(scales) else None
                if drop is not None:  # inverted dropout: the previous layer's activations times m / (1 - p)
                    a = [v * float(d) for v, d in zip(a, drop[e])]
                # the inputs that are plain numbers are summed by numpy (a 784-wide layer would otherwise be 784
                # SymPy additions per neuron); SymPy sees only the terms that depend on θ
                sym_i = [i for i, v in enumerate(a) if isinstance(v, sp.Basic)]
                plain = np.array([0.0 if isinstance(v, sp.Basic) else float(v) for v in a])
                zs: list[float | sp.Expr] = []
                for j in range(layers[l + 1]):
                    z: float | sp.Expr = float(biases[l][j]) if biases is not None else 0.0
                    if l == lk and kind == "b" and j == jk:
                        z = theta
                    mine = l == lk and kind == "w" and j == jk
                    row = W[j].astype(np.float64)
                    if mine:
                        row = row.copy()
                        row[ik] = 0.0
                    terms = [sp.Float(float(W[j, i]), 30) * a[i] for i in sym_i if not (mine and i == ik)]
                    if mine:
                        terms.append(theta * a[ik])
                    if terms or isinstance(z, sp.Basic):
                        z = sp.Add(z, sp.Float(float(row @ plain), 30), *terms)  # one Add: no re-flattening per term
                    else:
                        z = z + float(row @ plain)
                    zs.append(z)
                if all(isinstance(v, float) for v in zs):
                    a = _numeric_layer(acts[l], zs, opts)
                elif acts[l] in ("relu", "leaky_relu"):
                    # the piece of the (leaky) ReLU that holds at θ_k: the derivative there is that piece's
                    # (at exactly z = 0 the stated convention picks the piece), and nested Piecewise
                    # expressions are what made sp.diff slow
                    a = [_active_piece(acts[l], sp.sympify(v), theta, flat[k], opts) for v in zs]
                else:
                    a = sym_layer(acts[l], [sp.sympify(v) for v in zs], opts)
            total = total + sum(
                sym_loss_term(loss, sp.sympify(a[q]), sp.Float(float(te[q]), 30), layers[-1]) for q in range(layers[-1])
            )
        d = sp.diff(total / len(x), theta).subs(theta, sp.Float(flat[k], 30))
        out.append(float(sp.N(d, 30)))
    return np.array(out, dtype=np.float64)


def _active_piece(name: str, z: sp.Expr, theta: sp.Symbol, at: float, opts: ActOptions) -> sp.Expr:
    """The branch of (leaky) ReLU that ``z`` is on when θ = ``at``."""
    z0 = float(z.subs(theta, at)) if z.free_symbols else float(z)
    low = _slope(opts) * z if name == "leaky_relu" else sp.Integer(0)
    if z0 > 0 or (z0 == 0 and opts.relu_prime_at_zero == 1):
        return z
    return low


def _numeric_layer(name: str, zs: list[float], opts: ActOptions) -> list[float]:
    """A layer none of whose inputs depends on θ yet: plain numbers, by the same SymPy formulas."""
    vals = sym_layer(name, [sp.Float(v, 30) for v in zs], opts)
    return [float(sp.N(v, 30)) for v in vals]


def oracle_loss(
    layers: tuple[int, ...],
    acts: tuple[str, ...],
    loss: str,
    weights: tuple[np.ndarray, ...],
    biases: tuple[np.ndarray, ...] | None,
    x: np.ndarray,
    t: np.ndarray,
    opts: ActOptions = DEFAULT_OPTIONS,
) -> float:
    """The mean loss evaluated from the SymPy expression."""
    return float(_mean_over_examples(0, layers, acts, loss, weights, biases, x, t, opts))


def stated_prime(name: str, z: sp.Expr, a: sp.Expr, opts: ActOptions = DEFAULT_OPTIONS) -> sp.Expr:
    """f'(z) in the form the walkthrough prints it (in terms of the activation a = f(z))."""
    if name == "sigmoid":
        return a * (1 - a)
    if name == "tanh":
        return 1 - a**2
    if name in ("relu", "leaky_relu"):
        low = _slope(opts) if name == "leaky_relu" else sp.Integer(0)
        if opts.relu_prime_at_zero == 1:
            return sp.Piecewise((1, z >= 0), (low, True))
        return sp.Piecewise((low, z <= 0), (1, True))
    return sp.Integer(1)


def stated_dloss(name: str, o: sp.Expr, t: sp.Expr, n: int) -> sp.Expr:
    return _LOSS_STATED[name][0](o, t, n)


@cache
def chain_rule_proof(act_hidden: str, act_out: str, loss: str, opts: ActOptions = DEFAULT_OPTIONS) -> bool:
    """Cached wrapper of :func:`_chain_rule_proof` (a proved identity stays proved)."""
    name = "proof-" + ucache.key(ORACLE_FORMAT, act_hidden, act_out, loss, repr(opts), sympy_version())
    if ucache.read_text(name) == "proved":
        return True
    ok = _chain_rule_proof(act_hidden, act_out, loss, opts)
    if ok:
        ucache.write_text(name, "proved")
    return ok


def _chain_rule_proof(act_hidden: str, act_out: str, loss: str, opts: ActOptions = DEFAULT_OPTIONS) -> bool:
    """SymPy checks the chain rule the document prints, for these activations and loss.

    Output weight: d loss / dw = loss'(o) f'(z) a. Hidden weight, with two paths:
    d loss / du = (delta_1 v_1 + delta_2 v_2) f_h'(z_h) x, where delta_k = loss'(o_k) f'(z_k),
    or delta_k = o_k - t_k where the document prints that collapse (softmax + cross-entropy
    with t_1 + t_2 = 1, sigmoid + binary cross-entropy). Both sides are built independently
    (sp.diff of the composed loss against the printed factorisation) and their difference
    is simplified to 0, or, where a (leaky) ReLU makes it piecewise, evaluated exactly at
    sample points on each side of the kink.
    """
    x, u, c, v1, v2, d1, d2, t1, t2 = sp.symbols("x u c v1 v2 d1 d2 t1 t2", real=True)
    zh = u * x + c
    h = sym_activation(act_hidden, zh, opts)
    z1, z2 = v1 * h + d1, v2 * h + d2
    o1, o2 = sym_layer(act_out, [z1, z2], opts)
    total = sym_loss_term(loss, o1, t1, 2) + sym_loss_term(loss, o2, t2, 2)
    if is_fused(act_out, loss):
        delta1, delta2 = o1 - t1, o2 - t2
    else:
        delta1 = stated_dloss(loss, o1, t1, 2) * stated_prime(act_out, z1, o1, opts)
        delta2 = stated_dloss(loss, o2, t2, 2) * stated_prime(act_out, z2, o2, opts)
    out_rule = sp.diff(total, v1) - delta1 * h
    hidden_rule = sp.diff(total, u) - (delta1 * v1 + delta2 * v2) * stated_prime(act_hidden, zh, h, opts) * x
    if act_out == "softmax":  # the collapse needs targets that sum to 1
        out_rule, hidden_rule = (r.subs(t2, 1 - t1) for r in (out_rule, hidden_rule))
    if not {"relu", "leaky_relu"} & {act_hidden, act_out}:
        return all(_is_zero(sp.expand_log(r, force=True)) for r in (out_rule, hidden_rule))
    points = [
        {
            x: sp.Rational(a),
            u: sp.Rational(b),
            c: sp.Rational(1, 10),
            v1: sp.Rational(e),
            v2: sp.Rational(f),
            d1: 0,
            d2: 0,
            t1: sp.Rational(1, 3),
            t2: sp.Rational(2, 3),
        }
        for a, b, e, f in (("1/2", "3/4", "2/5", "-3/5"), ("-1/2", "3/4", "-2/5", "3/5"), ("1/3", "-5/4", "7/5", "1/5"))
    ]
    return all(abs(sp.N(r.subs(p), 30)) < sp.Float("1e-25") for r in (out_rule, hidden_rule) for p in points)
