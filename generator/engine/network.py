"""Exact forward and backward pass in float64 (the values every display is compared with).

Activations and losses live in one rule table each, ``f`` beside ``f'`` (micrograd's
habit), so adding one is one entry. Arrays hold one row per example; the loss is the
mean over the examples of a batch.

Two activations carry a choice the spec states: the leaky ReLU's slope and the value
taken for ReLU's derivative exactly at its kink (:class:`ActOptions`). Softmax is not
element-wise: it carries the product of its Jacobian with a vector (``vjp``) instead of
an element-wise derivative. Softmax + cross-entropy and sigmoid + binary cross-entropy
are computed from the net inputs (log-sum-exp, log-sigmoid), never by taking the log of
a rounded-to-zero output, and their error signal is the exact a - t.
"""

from __future__ import annotations

import math
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from . import optim

Array = np.ndarray


# --- Kernels that give the same bits on every CPU ---------------------------------------------
# NumPy's exp/log/tanh loops and BLAS's matrix products are chosen at run time by the CPU's
# instruction set (AVX2, AVX-512, ...), and they round differently: on an AVX-512 machine
# tanh(0.5) and a 784-term net input came out one unit in the last place away from an AVX2
# machine's, which changed the JSON every document ships with. The network therefore takes its
# transcendental functions from Python's ``math`` module (the C library, element-wise) and its
# sums of products exactly rounded (:func:`matmul`), which leaves no order to choose.


def _exp1(x: float) -> float:
    try:
        return math.exp(x)
    except OverflowError:  # as NumPy: exp of a large number is inf
        return math.inf


def _log1(x: float) -> float:
    if x > 0:
        return math.log(x)
    return -math.inf if x == 0 else math.nan  # as NumPy: log 0 = -inf, log of a negative is nan


def _log1p1(x: float) -> float:
    if x > -1:
        return math.log1p(x)
    return -math.inf if x == -1 else math.nan


def _logaddexp01(u: float) -> float:
    """ln(1 + e^u) = logaddexp(0, u), in NumPy's own order of operations (npy_logaddexp)."""
    if u == 0:
        return math.log(2.0)
    if u < 0:
        return _log1p1(_exp1(u))
    if u > 0:
        return u + _log1p1(_exp1(-u))
    return math.nan


def _elementwise(fn: Callable[[float], float]) -> Callable[[Any], Array]:
    ufunc = np.frompyfunc(fn, 1, 1)

    def apply(x: Any) -> Array:
        return np.asarray(ufunc(np.asarray(x, dtype=np.float64)), dtype=np.float64)

    apply.__doc__ = f"Element-wise {fn.__name__} in float64, the same on every CPU."
    return apply


exp = _elementwise(_exp1)
log = _elementwise(_log1)
log1p = _elementwise(_log1p1)
tanh = _elementwise(math.tanh)
logaddexp0 = _elementwise(_logaddexp01)

#: Largest number of products formed at once by :func:`matmul` (bounds its memory).
_MATMUL_CHUNK = 1 << 20
#: A matmul entry within this many times the sum of its terms' magnitudes of 0 is rounding noise
#: of an exactly cancelling sum (each float operand is off its decimal by at most 2^-53 relative,
#: a product by 2^-52, and activations computed from earlier layers by a few ulps more).
_NOISE = 32 * 2.0**-53
_SPLITTER = 134217729.0  # 2^27 + 1 (Veltkamp's split of a float64 into two 26-bit halves)


def _split(x: Array) -> tuple[Array, Array]:
    c = _SPLITTER * x
    hi = c - (c - x)
    return hi, x - hi


def _two_product(x: Array, y: Array) -> tuple[Array, Array]:
    """p, e with p + e = x * y exactly (Dekker): element-wise, so the same bits everywhere."""
    p = x * y
    xh, xl = _split(x)
    yh, yl = _split(y)
    return p, ((xh * yh - p) + xh * yl + xl * yh) + xl * yl


def matmul(a: Array, b: Array, add: Array | None = None) -> Array:
    """``a @ b (+ add)`` for 2-D float64 arrays, each entry correctly rounded.

    Every entry is the float64 nearest to the exact sum of the exact products (Dekker's
    products, then :func:`math.fsum`), with the row vector ``add`` (a layer's biases) inside
    the same sum. So the result does not depend on the CPU, and a net input whose exact
    value is a short decimal such as 0.059545 is that decimal's nearest float, which the
    rounding policy then rounds as the exact value (BLAS could land on either side of it).

    A sum that cancels to within the representation error of its terms is exactly 0:
    0.1 × 0.3 − 0.03 is 0 in the spec's decimals but 1.7e-18 in binary floats, and that
    noise would make a ReLU at z = 0 count as active (the document, working in decimals,
    uses ``relu_prime_at_zero``) and reach the JSON key as 1.7e-18 where the document
    prints 0. The bound, :data:`_NOISE` times the sum of the terms' magnitudes, is far
    below any cancellation the spec's short decimals can leave (a product of two
    six-decimal numbers is a multiple of 1e-12).
    """
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    m, k = a.shape
    n = b.shape[1]
    if k * n <= _SMALL:
        small = _matmul_small(a, b, add)
        if small is not None:
            return small
    out = np.empty((m, n), dtype=np.float64)
    bt = np.ascontiguousarray(b.T)  # (n, k): each row is a column of b
    extra = None if add is None else np.asarray(add, dtype=np.float64).reshape(n, 1)
    rows = max(1, _MATMUL_CHUNK // max(2 * k + 1, 1))
    for i in range(m):
        for j in range(0, n, rows):
            p, e = _two_product(bt[j : j + rows], a[i])
            parts = [p, e] if extra is None else [p, e, extra[j : j + rows]]
            sums = list(map(math.fsum, np.concatenate(parts, axis=1).tolist()))
            sizes = np.abs(p if extra is None else np.concatenate([p, extra[j : j + rows]], axis=1))
            rough = sizes.sum(axis=1)  # NumPy's sum only picks the candidates; each is then decided by fsum
            for r in np.flatnonzero(np.abs(sums) <= 2 * _NOISE * rough):
                if abs(sums[r]) <= _NOISE * math.fsum(sizes[r].tolist()):
                    sums[r] = 0.0
            out[i, j : j + rows] = sums
    return out


#: Largest k * n (columns of ``a`` times columns of ``b``) that :func:`matmul` computes with Python floats.
_SMALL = 64
#: Magnitudes inside which no step of Dekker's product can overflow or underflow (NumPy, under a
#: caller's ``np.errstate(all="raise")``, would raise there: such inputs take NumPy's path).
_TINY, _HUGE = 1e-100, 1e100


def _matmul_small(a: Array, b: Array, add: Array | None) -> Array | None:
    """:func:`matmul` of a small product with Python floats: the same operations on the same values in the
    same order, so the same bits, without NumPy's cost per call (some 20 µs, against 3 µs here for the
    2×2 layers of an exercise network, whose training, mistakes and finite differences make hundreds).

    None when an input is not finite or outside [1e-100, 1e100] in magnitude (0 aside): those go the
    NumPy way, which keeps its floating-point error reporting.
    """
    rows = a.tolist()
    cols = b.T.tolist()  # each is a column of b: the x of _two_product, the row of a being its y
    extra = None if add is None else np.asarray(add, dtype=np.float64).reshape(-1).tolist()
    for v in [x for r in rows for x in r] + [x for c in cols for x in c] + (extra or []):
        if v != 0.0 and not (_TINY <= abs(v) <= _HUGE):  # also false for inf and nan
            return None
    fsum, split = math.fsum, _SPLITTER
    halves = []
    for col in cols:
        hs = []
        for x in col:
            c = split * x
            xh = c - (c - x)
            hs.append((x, xh, x - xh))
        halves.append(hs)
    out = []
    for row in rows:
        ys = []
        for y in row:
            c = split * y
            yh = c - (c - y)
            ys.append((y, yh, y - yh))
        for j, hs in enumerate(halves):
            ps, es = [], []
            for (x, xh, xl), (y, yh, yl) in zip(hs, ys):
                p = x * y
                ps.append(p)
                es.append(((xh * yh - p) + xh * yl + xl * yh) + xl * yl)
            sizes = [abs(p) for p in ps]
            if extra is not None:
                s = fsum(ps + es + [extra[j]])
                sizes.append(abs(extra[j]))
            else:
                s = fsum(ps + es)
            # matmul's test (NumPy's rough sum only preselects; this fsum decides, as there)
            if abs(s) <= _NOISE * fsum(sizes):
                s = 0.0
            out.append(s)
    return np.array(out, dtype=np.float64).reshape(len(rows), len(cols))


def column_sums(x: Array) -> Array:
    """Correctly rounded sums of the columns of a 2-D array (a bias gradient over examples)."""
    return np.array(list(map(math.fsum, np.asarray(x, dtype=np.float64).T.tolist())), dtype=np.float64)


class Saturated(ArithmeticError):
    """An output the loss takes the logarithm of is 0 (or 1) to float64 precision.

    The loss is still finite through log-sum-exp, but the walkthrough would have to print
    ln 0; nnwalk never clips silently, so this is reported to the user (api makes it a
    SpecError).
    """


@dataclass(frozen=True)
class ActOptions:
    """The choices an activation needs beyond its name (spec keys under ``network``).

    ``leaky_slope``: the leaky ReLU's slope for z < 0. ``relu_prime_at_zero``: 0 takes the
    left derivative at the kink z = 0 (0 for ReLU, the slope for leaky ReLU), 1 the right
    derivative (1 for both).
    """

    leaky_slope: float = 0.01
    relu_prime_at_zero: int = 0


DEFAULT_OPTIONS = ActOptions()


def _sigmoid(z: Array) -> Array:
    # Stable for large |z|: never evaluates exp of a large positive number.
    if isinstance(z, np.ndarray) and z.dtype == np.float64 and z.size <= _SMALL:
        small = _sigmoid_small(z)
        if small is not None:
            return small
    out = np.empty_like(z, dtype=np.float64)
    pos = z >= 0
    out[pos] = 1.0 / (1.0 + exp(-z[pos]))
    ez = exp(z[~pos])
    out[~pos] = ez / (1.0 + ez)
    return out


def _sigmoid_small(z: Array) -> Array | None:
    """:func:`_sigmoid` of a few values with Python floats (the same operations, so the same bits, at a
    fraction of NumPy's cost per call); None when a value is not finite or beyond ±700, where e^-|z|
    nears the subnormal range and NumPy's error reporting decides."""
    values = z.reshape(-1).tolist()
    out = []
    for v in values:
        if not -700.0 <= v <= 700.0:  # also false for nan
            return None
        if v >= 0:
            out.append(1.0 / (1.0 + _exp1(-v)))
        else:
            ez = _exp1(v)
            out.append(ez / (1.0 + ez))
    return np.array(out, dtype=np.float64).reshape(z.shape)


def _log_sigmoid(z: Array) -> Array:
    """ln sigma(z) = -ln(1 + e^{-z}), without overflow or log(0) for large |z|."""
    return -logaddexp0(-z)


def _softmax(z: Array) -> Array:
    # Subtracting the row maximum changes nothing mathematically and keeps exp finite.
    e = exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def _log_softmax(z: Array) -> Array:
    """ln softmax(z) = z - log-sum-exp(z), finite even where softmax(z) underflows to 0."""
    zmax = z.max(axis=1, keepdims=True)
    return z - zmax - log(exp(z - zmax).sum(axis=1, keepdims=True))


def _elementwise_vjp(df: Callable[[Array, Array], Array]) -> Callable[[Array, Array, Array], Array]:
    return lambda z, a, g: g * df(z, a)


def _softmax_vjp(z: Array, a: Array, g: Array) -> Array:
    # J^T g with J_jk = a_j (delta_jk - a_k):  (J^T g)_j = a_j (g_j - sum_k g_k a_k)
    return a * (g - np.sum(g * a, axis=1, keepdims=True))


@dataclass(frozen=True)
class Activation:
    """An activation as f(z) and f'(z) written in terms of z and a = f(z).

    ``vjp(z, a, g)`` is dL/dz from g = dL/da; for an element-wise activation it is
    g * f'(z). ``df`` of softmax is the diagonal of its Jacobian, a(1 - a).
    """

    name: str
    f: Callable[[Array], Array]
    df: Callable[[Array, Array], Array]  # (z, a) -> f'(z)
    vjp: Callable[[Array, Array, Array], Array] | None = field(default=None, compare=False)

    def back(self, z: Array, a: Array, g: Array) -> Array:
        """dL/dz from dL/da."""
        return self.vjp(z, a, g) if self.vjp is not None else g * self.df(z, a)


def _sigmoid_prime(z: Array, a: Array) -> Array:
    # sigma(z) * sigma(-z) equals a(1 - a) but keeps its digits when a is close to 1.
    return _sigmoid(z) * _sigmoid(-z)


def _tanh_prime(z: Array, a: Array) -> Array:
    # sech^2(z) = 4 e^{-2|z|} / (1 + e^{-2|z|})^2 equals 1 - a^2 without its cancellation near |a| = 1.
    e = exp(-2.0 * np.abs(z))
    return 4.0 * e / (1.0 + e) ** 2


ACTIVATIONS: dict[str, Activation] = {
    "sigmoid": Activation("sigmoid", _sigmoid, _sigmoid_prime),
    "tanh": Activation("tanh", tanh, _tanh_prime),
    "relu": Activation("relu", lambda z: np.maximum(z, 0.0), lambda z, a: (z > 0).astype(np.float64)),
    "linear": Activation("linear", lambda z: z.astype(np.float64), lambda z, a: np.ones_like(z, dtype=np.float64)),
    "leaky_relu": Activation(
        "leaky_relu", lambda z: np.where(z > 0, z, 0.01 * z), lambda z, a: np.where(z > 0, 1.0, 0.01).astype(np.float64)
    ),
    "softmax": Activation("softmax", _softmax, lambda z, a: a * (1.0 - a), _softmax_vjp),
}


def activation(name: str, opts: ActOptions = DEFAULT_OPTIONS) -> Activation:
    """The activation ``name`` under the spec's options (slope, derivative at the kink)."""
    if name == "relu":
        right = opts.relu_prime_at_zero == 1
        return Activation("relu", ACTIVATIONS["relu"].f, lambda z, a: ((z >= 0) if right else (z > 0)).astype(np.float64))
    if name == "leaky_relu":
        s = float(opts.leaky_slope)
        right = opts.relu_prime_at_zero == 1
        return Activation(
            "leaky_relu",
            lambda z: np.where(z > 0, z, s * z).astype(np.float64),
            lambda z, a: np.where((z >= 0) if right else (z > 0), 1.0, s).astype(np.float64),
        )
    return ACTIVATIONS[name]


@dataclass(frozen=True)
class Loss:
    """A loss per example as a function of outputs o and targets t, and dLoss/do."""

    name: str
    f: Callable[[Array, Array], Array]  # (o, t) -> per-example loss, shape (m,)
    df: Callable[[Array, Array], Array]  # (o, t) -> dLoss/do, shape (m, n)


def _xlogy(t: Array, o: Array) -> Array:
    """t ln o, taken as 0 where t = 0 (the limit), without evaluating ln 0 there."""
    out = np.zeros(np.broadcast(t, o).shape)
    nz = np.broadcast_to(t != 0, out.shape)
    tt, oo = np.broadcast_to(t, out.shape), np.broadcast_to(o, out.shape)
    with np.errstate(divide="ignore"):
        out[nz] = tt[nz] * log(oo[nz])
    return out


def _bce_parts(o: Array, t: Array) -> Array:
    return -(_xlogy(t, o) + _xlogy(1.0 - t, 1.0 - o))


LOSSES: dict[str, Loss] = {
    "half_sse": Loss("half_sse", lambda o, t: 0.5 * np.sum((t - o) ** 2, axis=1), lambda o, t: o - t),
    "sse": Loss("sse", lambda o, t: np.sum((t - o) ** 2, axis=1), lambda o, t: 2.0 * (o - t)),
    "mse": Loss(
        "mse",
        lambda o, t: np.mean((t - o) ** 2, axis=1),
        lambda o, t: 2.0 * (o - t) / o.shape[1],
    ),
    "cross_entropy": Loss("cross_entropy", lambda o, t: -np.sum(_xlogy(t, o), axis=1), lambda o, t: -t / o),
    "bce": Loss(
        "bce",
        lambda o, t: np.sum(_bce_parts(o, t), axis=1),
        lambda o, t: (o - t) / (o * (1.0 - o)),
    ),
}

#: Output activation and loss whose error signal dL/dz is exactly a - t (per example).
FUSED = {("softmax", "cross_entropy"), ("sigmoid", "bce")}


def is_fused(act_out: str, loss: str) -> bool:
    """True when the output layer's delta is computed (and printed) as a - t."""
    return (act_out, loss) in FUSED


@dataclass(frozen=True)
class Params:
    """Weights W^(l) of shape (n_l, n_{l-1}) and biases b^(l) (None: no bias terms)."""

    weights: tuple[Array, ...]
    biases: tuple[Array, ...] | None
    #: the optimizer's state after the step that made these parameters (None: plain gradient descent, or the start)
    state: optim.OptimState | None = None


@dataclass(frozen=True)
class Pass:
    """Everything one forward+backward pass computes; per-layer lists are layers 1..L."""

    z: list[Array]  # (m, n_l)
    a: list[Array]  # (m, n_l); the input is ``inputs``
    loss: float  # mean over examples
    loss_parts: Array  # (m, n_L) per-output loss terms
    deltas: list[Array]  # dLoss/dz per layer, (m, n_l), for the mean loss
    grad_w: list[Array]
    grad_b: list[Array] | None
    x: Array | None = None  # the examples this pass was computed on (m, n_0)
    t: Array | None = None  # their targets (m, n_L)
    #: inverted dropout: per layer, the (m, n_l) factors mask / (1 - p) applied to its activations (None: not dropped)
    scales: list[Array | None] | None = None

    def out(self, l: int) -> Array:
        """What layer ``l`` (0-based) passes on: its activations, times the dropout factors in a training pass."""
        s = self.scales[l] if self.scales is not None and l < len(self.scales) else None
        return self.a[l] if s is None else self.a[l] * s

    @property
    def m(self) -> int:
        return self.z[0].shape[0]


def forward(
    params: Params, acts: tuple[str, ...], x: Array, opts: ActOptions = DEFAULT_OPTIONS, scales: list[Array | None] | None = None
) -> tuple[list[Array], list[Array]]:
    """Net inputs and activations of every layer for examples ``x`` (m, n_0).

    ``scales`` (inverted dropout) multiplies a hidden layer's activations by mask / (1 - p)
    before the next layer takes them; the activations returned are the undropped ones.
    """
    zs, as_ = [], []
    a = x
    for l, W in enumerate(params.weights):
        z = matmul(a, W.T, params.biases[l] if params.biases is not None else None)
        a = activation(acts[l], opts).f(z)
        zs.append(z)
        as_.append(a)
        if scales is not None and l < len(scales) and scales[l] is not None:
            a = a * scales[l]
    return zs, as_


def _log_outputs(act_out: str, z: Array, o: Array) -> tuple[Array, Array]:
    """(ln o, ln(1 - o)) from the net inputs where the activation allows it (stable)."""
    if act_out == "sigmoid":
        return _log_sigmoid(z), _log_sigmoid(-z)
    with np.errstate(divide="ignore", invalid="ignore"):
        if act_out == "softmax":
            return _log_softmax(z), log1p(-o)
        return log(o), log1p(-o)


def _check_saturation(loss: str, o: Array, t: Array) -> None:
    """Refuse an output whose logarithm the printed loss needs but which is 0 (or 1) in float64."""
    checks = [((t > 0) & (o <= 0.0), 0)]
    if loss == "bce":
        checks.append((((1.0 - t) > 0) & (o >= 1.0), 1))
    for bad, value in checks:
        if np.any(bad):
            e, k = (int(v) for v in np.argwhere(bad)[0])
            raise Saturated(
                f"output {k + 1} of example {e + 1} is {value} to float64 precision, so the loss would need "
                f"ln {0 if value == 0 else '(1 - 1) = ln 0'}; the network is saturated (nnwalk does not clip "
                "probabilities); use smaller weights or inputs"
            )


def loss_parts(loss: str, o: Array, t: Array, z: Array | None = None, act_out: str = "") -> Array:
    """Per-output loss terms whose sum over outputs is the example's loss."""
    if loss == "half_sse":
        return 0.5 * (t - o) ** 2
    if loss == "sse":
        return (t - o) ** 2
    if loss == "mse":
        return (t - o) ** 2 / o.shape[1]
    if loss in ("cross_entropy", "bce"):
        _check_saturation(loss, o, t)
        if z is None:
            log_o, log_1mo = _log_outputs("", o, o)
        else:
            log_o, log_1mo = _log_outputs(act_out, z, o)
        parts = -np.where(t != 0, t * np.where(t != 0, log_o, 0.0), 0.0)
        if loss == "bce":
            parts = parts - np.where(t != 1, (1.0 - t) * np.where(t != 1, log_1mo, 0.0), 0.0)
        return parts
    raise KeyError(loss)


def mean_loss(
    params: Params,
    acts: tuple[str, ...],
    loss: str,
    x: Array,
    t: Array,
    opts: ActOptions = DEFAULT_OPTIONS,
    scales: list[Array | None] | None = None,
) -> float:
    """:func:`run`'s loss alone (the forward pass, no backward pass): all that finite differences need."""
    zs, as_ = forward(params, acts, x, opts, scales)
    return float(loss_parts(loss, as_[-1], t, zs[-1], acts[-1]).sum(axis=1).mean())


def run(
    params: Params,
    acts: tuple[str, ...],
    loss: str,
    x: Array,
    t: Array,
    opts: ActOptions = DEFAULT_OPTIONS,
    scales: list[Array | None] | None = None,
) -> Pass:
    """Forward and backward pass; the loss is the mean over the m examples.

    With ``scales`` (inverted dropout, one entry per hidden layer) a dropped neuron passes
    nothing forward and gets no gradient back: dL/da = dL/d(a s) * s.
    """
    m = x.shape[0]
    zs, as_ = forward(params, acts, x, opts, scales)
    sc = list(scales or [])
    parts = loss_parts(loss, as_[-1], t, zs[-1], acts[-1])
    L = len(params.weights)
    deltas: list[Array] = [np.empty(0)] * L
    if is_fused(acts[-1], loss):
        # d/dz of the loss collapses to a - t (SymPy proves it in symbolic.fused_derivation)
        d = (as_[-1] - t) / m
    else:
        d = activation(acts[-1], opts).back(zs[-1], as_[-1], LOSSES[loss].df(as_[-1], t) / m)
    deltas[-1] = d
    for l in range(L - 2, -1, -1):
        g = matmul(d, params.weights[l + 1])
        if l < len(sc) and sc[l] is not None:
            g = g * sc[l]
        d = activation(acts[l], opts).back(zs[l], as_[l], g)
        deltas[l] = d
    prev = [x] + [as_[l] * sc[l] if l < len(sc) and sc[l] is not None else as_[l] for l in range(L - 1)]
    grad_w = [matmul(deltas[l].T, prev[l]) for l in range(L)]
    grad_b = [column_sums(deltas[l]) for l in range(L)] if params.biases is not None else None
    return Pass(
        z=zs,
        a=as_,
        loss=float(parts.sum(axis=1).mean()),
        loss_parts=parts,
        deltas=deltas,
        grad_w=grad_w,
        grad_b=grad_b,
        x=x,
        t=t,
        scales=list(scales) if scales is not None else None,
    )


def update(params: Params, p: Pass, lr: float, update_biases: bool = True, opt: optim.Optimizer = optim.PLAIN) -> Params:
    """One step: theta <- theta - lr * dLoss/dtheta, or the optimizer's rule (:mod:`.optim`)."""
    if not opt.plain:
        return _optimizer_step(params, p, lr, update_biases, opt)
    weights = tuple(W - lr * g for W, g in zip(params.weights, p.grad_w))
    biases = params.biases
    if biases is not None and update_biases and p.grad_b is not None:
        biases = tuple(b - lr * g for b, g in zip(biases, p.grad_b))
    return Params(weights, biases)


def _optimizer_step(params: Params, p: Pass, lr: float, update_biases: bool, opt: optim.Optimizer) -> Params:
    """:func:`optim.step` on the weights of every layer, then the biases when they are updated."""
    L = len(params.weights)
    arrays, grads = list(params.weights), list(p.grad_w)
    with_b = params.biases is not None and update_biases and p.grad_b is not None
    if with_b:
        arrays += list(params.biases)  # type: ignore[arg-type]
        grads += list(p.grad_b)  # type: ignore[arg-type]
    decays = [True] * L + [opt.decay_biases] * (len(arrays) - L)
    new, state = optim.step(opt, lr, arrays, grads, decays, params.state)
    return Params(tuple(new[:L]), tuple(new[L:]) if with_b else params.biases, state)


def train(
    params: Params,
    acts: tuple[str, ...],
    loss: str,
    x: Array,
    t: Array,
    lr: float | None,
    steps: int,
    update_biases: bool = True,
    opts: ActOptions = DEFAULT_OPTIONS,
    mode: str = "batch",
    opt: optim.Optimizer = optim.PLAIN,
    dropout: Any = None,
) -> list[tuple[Params, Pass, Params | None]]:
    """Run ``steps`` steps; each entry is (parameters used, pass, parameters after).

    ``mode="batch"``: one update per step on the mean loss of all examples. ``"sgd"``: one
    update per example per step, in order, each on that example's loss alone (so a step
    gives m entries). ``dropout`` (a :class:`generator.spec.dropout.Dropout`) gives each pass
    its masks, in the same order.
    """
    batches = [(x, t)] if mode == "batch" or lr is None else [(x[e : e + 1], t[e : e + 1]) for e in range(x.shape[0])]
    out: list[tuple[Params, Pass, Params | None]] = []
    for _ in range(steps):
        for xb, tb in batches:
            scales = dropout.scales(len(out), xb.shape[0]) if dropout is not None else None
            p = run(params, acts, loss, xb, tb, opts, scales)
            new = update(params, p, lr, update_biases, opt) if lr is not None else None
            out.append((params, p, new))
            if new is None:
                return out
            params = new
    return out


#: The last spec :func:`train_spec` ran, as (weak reference, its runs).
_LAST_RUNS: list[tuple[weakref.ref[Any], list[tuple[Params, Pass, Params | None]]]] = []


def train_spec(spec: Any) -> list[tuple[Params, Pass, Params | None]]:
    """:func:`train` on a validated spec's parameters, data and training settings.

    Remembered for the last spec object: the trace builder, the certificate and the answer
    key each ask for the same runs of the same (frozen) spec, and on a 784-32-32-10 network
    each run costs a tenth of the render. Every array of a remembered run is made read-only,
    so a caller that wrote into one would fail at once instead of changing what the next
    caller is told. A new spec object (each exam variant is one) is run afresh.
    """
    if _LAST_RUNS:
        ref, runs = _LAST_RUNS[0]
        if ref() is spec:
            return list(runs)
    runs = _train_spec(spec)
    for prm, p, new in runs:
        for arr in _arrays_of(prm, p, new):
            arr.flags.writeable = False
    try:
        _LAST_RUNS[:] = [(weakref.ref(spec), runs)]
    except TypeError:  # an object that takes no weak reference is simply not remembered
        _LAST_RUNS.clear()
    return list(runs)


def _arrays_of(*objs: Any) -> list[Array]:
    """Every NumPy array held by Params and Pass objects (fields, and lists or tuples of them)."""
    out: list[Array] = []
    for o in objs:
        if o is None:
            continue
        for v in vars(o).values():
            for x in v if isinstance(v, (list, tuple)) else (v,):
                if isinstance(x, np.ndarray):
                    out.append(x)
    return out


def _train_spec(spec: Any) -> list[tuple[Params, Pass, Params | None]]:
    return train(
        Params(spec.weights, spec.biases),
        spec.activations,
        spec.loss,
        spec.inputs,
        spec.targets,
        spec.learning_rate,
        spec.steps,
        spec.update_biases,
        options_of(spec),
        getattr(spec, "mode", "batch"),
        getattr(spec, "optimizer", optim.PLAIN),
        getattr(spec, "dropout", None),
    )


def options_of(spec: Any) -> ActOptions:
    """The activation options of a spec (defaults for objects that do not carry them)."""
    return ActOptions(getattr(spec, "leaky_slope", 0.01), getattr(spec, "relu_prime_at_zero", 0))


#: A sigmoid or tanh neuron whose slope f'(z) is below this share of its largest slope (σ'(0) = 1/4,
#: tanh'(0) = 1) is saturated: σ' < 0.045 beyond |z| ≈ 3, tanh' < 0.18 beyond |z| ≈ 1.5.
SATURATED_SLOPE = 0.18
#: A neuron whose every error signal δ is below this in magnitude gets no gradient worth the name:
#: exactly 0 behind dead ReLUs or when an output equals its target, or a leaky ReLU's slope twice
#: over. (The vanishing gradient of a deep sigmoid net, 1e-5 after six layers, is left alone: it is
#: the lesson, and no draw avoids it.)
VANISHING_DELTA = 1e-6
_TOP_SLOPE = {"sigmoid": 0.25, "tanh": 1.0}


def degeneracy(spec: Any) -> tuple[int, int, str, str] | None:
    """The first neuron that makes a spec's first pass a poor worked example, as (layer, neuron,
    kind, why) with layer and neuron counted from 1 and kind ``dead``, ``saturated`` or
    ``no_gradient``, or None: a dead ReLU (z <= 0 for every example) or a saturated sigmoid or tanh,
    layer by layer from the inputs; then a neuron whose error signal vanishes (a zero gradient for
    all its weights), layer by layer from the output (a hidden δ is built from the later ones).

    Why: ``nnwalk new`` draws its numbers; a starter whose hidden neuron is dead teaches a page of
    zeros, and one whose sigmoid is saturated hides the chain rule behind 0.00001s. The starter
    redraws that neuron's numbers until this returns None. The δ compared is each example's own
    (the document's).
    """
    p = train_spec(spec)[0][1]
    opts = options_of(spec)
    for l, act in enumerate(spec.activations):
        z, a = p.z[l], p.a[l]
        for j in range(z.shape[1]):
            if act == "relu" and np.all(z[:, j] <= 0):
                return l + 1, j + 1, "dead", f"a dead ReLU (z = {z[0, j]:.4g} <= 0)"
            if act in _TOP_SLOPE:
                slope = activation(act, opts).back(z[:, j : j + 1], a[:, j : j + 1], np.ones((z.shape[0], 1)))
                if np.all(slope < SATURATED_SLOPE * _TOP_SLOPE[act]):
                    return l + 1, j + 1, "saturated", f"a saturated {act} (z = {z[0, j]:.4g}, slope {float(slope[0, 0]):.3g})"
    for l in range(len(spec.activations) - 1, -1, -1):
        delta = p.deltas[l] * p.m
        for j in range(delta.shape[1]):
            if np.all(np.abs(delta[:, j]) < VANISHING_DELTA):
                return l + 1, j + 1, "no_gradient", f"no gradient (its error signal is {delta[0, j]:.3g})"
    return None
