"""``verify --spec`` (level 2): the document's named values against the true network.

Level 1 asks "does this line follow from the numbers printed on it?". That misses
the commonest published mistake: a wrong value whose own line is consistent,
because it was computed from a wrong value printed earlier (seed 000 prints
z = 0.19 instead of 0.24, and every later number inherits it). Level 2 recomputes
the network from the spec, reads each ``name = … = value`` of the document (and
``| name | … | value |`` table rows), and then:

* a value within half a unit of its last printed digit of the truth is **ok**;
* a value a few units off, with nothing wrong upstream, is **rounding** (carried rounding);
* a wrong value that equals what a known mistake gives is **conceptual**, with the mistake named;
* a wrong value with a wrong value upstream of it in the network is **propagated**, and its
  ``root_line`` is the line of the first wrong value it inherits from;
* any other wrong value is an **error**, the root of what follows it.

"Upstream" is the network's dependency graph (z ← a of the layer below, W, b; δ ← δ of the
layer above, W, z; ∂L/∂W ← δ, a; new W ← W, ∂L/∂W), not the order of lines, so an
unrelated earlier slip is never blamed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

from ..check.ast import Matrix, Neg, Node, Num
from ..check.document import extract_chains
from ..check.extract import Chain, LineMap
from ..check.lexer import tokenize
from ..check.parse import ParseError, parse_tokens
from ..engine import network, optim
from .names import Key, Reader

#: A value further than this many half-units from the truth (with nothing wrong upstream) is an error.
ROUNDING_HALF_UNITS = 8


@dataclass
class Truth:
    """True values of every scalar quantity, with their alternatives under known mistakes."""

    values: dict[Key, list[float]]  # several candidates: one per example / training step
    mistakes: dict[Key, list[tuple[float, str]]]
    layers: tuple[int, ...]
    drift: dict[Key, float] = field(default_factory=dict)  # how far round-and-carry at the document's precision moves it


@dataclass
class Item:
    """One printed value of a named quantity."""

    line: int
    name: str
    printed: str
    value: float
    half: float
    readings: list[Key]
    offset: int = 0


@dataclass
class Named:
    """The verdict on one printed named value."""

    line: int
    name: str
    printed: str
    expected: str
    klass: str  # ok | rounding | error | propagated | conceptual
    cause: str
    root_line: int
    key: Key | None = None
    downstream: int = 0
    offset: int = 0
    level1: bool = False  # level 1 already reports this very number as an error


@dataclass
class Level2:
    items: list[Named] = field(default_factory=list)

    @property
    def wrong(self) -> list[Named]:
        return [n for n in self.items if n.klass in ("error", "propagated", "conceptual")]


# --------------------------------------------------------------------------- the truth
def _add(d: dict, key: Key, v: float) -> None:
    lst = d.setdefault(key, [])
    if not any(abs(v - u) <= 1e-15 * max(1.0, abs(u)) for u in lst):
        lst.append(float(v))


def truth_of(spec) -> Truth:  # noqa: ANN001 - a validated generator.spec.load.Spec
    """Every scalar value a walkthrough of ``spec`` may print, per example and step."""
    runs = network.train_spec(spec)
    values: dict[Key, list[float]] = {}
    mistakes: dict[Key, list[tuple[float, str]]] = {}
    layers = spec.layers
    L = len(layers) - 1
    for e in range(spec.inputs.shape[0]):
        for i, v in enumerate(spec.inputs[e]):
            _add(values, ("x", i), v)
        for k, v in enumerate(spec.targets[e]):
            _add(values, ("t", k), v)
    for step, (params, p, new) in enumerate(runs):
        _add(values, ("loss",), p.loss)
        for per_example in p.loss_parts.sum(axis=1):  # a batch's documents also print each example's loss
            _add(values, ("loss",), per_example)
        for l in range(1, L + 1):
            W = params.weights[l - 1]
            for j in range(layers[l]):
                for i in range(layers[l - 1]):
                    _add(values, ("w", l, j, i), W[j, i])
                    _add(values, ("gw", l, j, i), p.grad_w[l - 1][j, i])
                    if new is not None:
                        _add(values, ("new_w", l, j, i), new.weights[l - 1][j, i])
                        if step == 0:
                            wrong = W[j, i] + spec.learning_rate * p.grad_w[l - 1][j, i]
                            mistakes.setdefault(("new_w", l, j, i), []).append(
                                (wrong, "the update has the wrong sign (w + η ∂L/∂w)")
                            )
                    if step == 0 and i < layers[l] and j < layers[l - 1] and (i != j):
                        mistakes.setdefault(("w", l, j, i), []).append((W[i, j], "the weight's two indices are swapped"))
                        mistakes.setdefault(("gw", l, j, i), []).append(
                            (p.grad_w[l - 1][i, j], "the gradient's two indices are swapped (transposed W)")
                        )
                if params.biases is not None:
                    _add(values, ("b", l, j), params.biases[l - 1][j])
                    if p.grad_b is not None:
                        _add(values, ("gb", l, j), p.grad_b[l - 1][j])
                    if new is not None and new.biases is not None:
                        _add(values, ("new_b", l, j), new.biases[l - 1][j])
                mp = p.z[l - 1].shape[0]  # examples in this pass (1 per step under sgd)
                for e in range(mp):
                    z, a = p.z[l - 1][e, j], p.a[l - 1][e, j]
                    _add(values, ("z", l, j), z)
                    _add(values, ("a", l, j), a)
                    delta = p.deltas[l - 1][e, j] * mp  # per-example δ, as documents print it
                    _add(values, ("delta", l, j), delta)
                    if step == 0:
                        _mistaken_deltas(spec, params, p, l, j, e, mp, mistakes)
                if step == 0:
                    _missing_fprime_gradients(spec, params, p, l, j, mistakes)
    last = runs[-1][2] if runs else None
    if last is not None:  # "after the update the loss is …": the updated network's forward pass and loss
        after = network.run(last, spec.activations, spec.loss, spec.inputs, spec.targets, network.options_of(spec))
        _add(values, ("loss",), after.loss)
        for per_example in after.loss_parts.sum(axis=1):
            _add(values, ("loss",), per_example)
        for l in range(1, L + 1):
            for j in range(layers[l]):
                for e in range(after.z[l - 1].shape[0]):
                    _add(values, ("z", l, j), after.z[l - 1][e, j])
                    _add(values, ("a", l, j), after.a[l - 1][e, j])
    return Truth(values, mistakes, tuple(layers))


def _fprime(act: str, z, a):  # noqa: ANN001, ANN202 - arrays (m, n)
    """f′ at each element, or None for an activation without an element-wise derivative (no "missing f′" then)."""
    try:
        return network.ACTIVATIONS[act].df(z, a)
    except Exception:  # noqa: BLE001 - softmax and friends: no element-wise f'
        return None


def _mistaken_deltas(spec, params, p, l: int, j: int, e: int, m: int, mistakes: dict) -> None:  # noqa: ANN001
    """δ as the known mistakes compute it (missing f', softmax skipped, ∂L/∂W for δ·w)."""
    L = len(spec.layers) - 1
    act = spec.activations[l - 1]
    z, a = p.z[l - 1][e : e + 1], p.a[l - 1][e : e + 1]
    key = ("delta", l, j)
    d = _fprime(act, z, a)
    fprime = None if d is None else d[0, j]
    delta = p.deltas[l - 1][e, j] * m
    if act == "softmax":
        t = spec.targets[e, j]
        mistakes.setdefault(key, []).append(
            (z[0, j] - t, "the backward pass uses the net input Z in place of the softmax output A (δ = Z − T)")
        )
    if fprime is not None and abs(fprime) > 1e-12 and act != "linear":
        mistakes.setdefault(key, []).append((delta / fprime, f"the factor {act}′(z) is missing from δ"))
    if l < L and fprime is not None:
        s = sum(p.grad_w[l][k, j] * m for k in range(spec.layers[l + 1]))
        mistakes.setdefault(key, []).append((s * fprime, "the weight gradient ∂L/∂w is used in place of δ·w"))


def _missing_fprime_gradients(spec, params, p, l: int, j: int, mistakes: dict) -> None:  # noqa: ANN001
    """∂L/∂w, ∂L/∂b and the updated weights as a δ without f′ makes them.

    A walkthrough may never print δ itself, only ``∂E/∂w_5 = (o_1 − t_1) · out_{h1}``: the missing
    factor is then seen in the gradient, and in the weight updated with it.
    """
    act = spec.activations[l - 1]
    if act in ("linear", "softmax") or p.x is None:
        return
    d = _fprime(act, p.z[l - 1], p.a[l - 1])
    if d is None:
        return
    fprime = d[:, j]
    if np.any(np.abs(fprime) <= 1e-12):
        return
    why = f"the factor {act}′(z) is missing from δ (so from this gradient)"
    wrong_delta = p.deltas[l - 1][:, j] / fprime
    prev = p.x if l == 1 else p.a[l - 2]
    for i in range(spec.layers[l - 1]):
        g = float(np.sum(wrong_delta * prev[:, i]))
        mistakes.setdefault(("gw", l, j, i), []).append((g, why))
        if spec.learning_rate is not None:
            w = params.weights[l - 1][j, i] - spec.learning_rate * g
            mistakes.setdefault(("new_w", l, j, i), []).append((w, why))
    if p.grad_b is not None:
        mistakes.setdefault(("gb", l, j), []).append((float(np.sum(wrong_delta)), why))


def carried_drift(spec, decimals: int) -> dict[Key, float]:  # noqa: ANN001
    """How far each first-step value moves when every step is rounded to ``decimals`` and carried.

    A walkthrough that rounds each intermediate result to 3 decimals and computes on with
    it ends up a few percent off in a small gradient (0.000446 for 0.000439), through no
    mistake. Redoing the first step that way, at the document's own precision, says how far
    is honest for each value; tolerances scale with it instead of with a guess.
    """
    scale = 10.0**decimals

    def q(x):  # noqa: ANN001, ANN202
        x = np.asarray(x, dtype=np.float64)
        fixed = np.round(x * scale) / scale
        # values below one unit of the last place are printed in scientific notation (3 significant digits)
        with np.errstate(all="ignore"):
            mag = 10.0 ** np.floor(np.log10(np.where(x == 0, 1.0, np.abs(x))))
            sci = np.round(x / mag, 2) * mag
        return np.where(np.abs(x) < 1.0 / scale, sci, fixed)

    opts = network.options_of(spec)
    acts = [network.activation(a, opts) for a in spec.activations]
    W = [np.asarray(w, dtype=np.float64) for w in spec.weights]
    B = [np.asarray(b, dtype=np.float64) for b in spec.biases] if spec.biases is not None else None
    x, t = np.asarray(spec.inputs, dtype=np.float64), np.asarray(spec.targets, dtype=np.float64)
    m = x.shape[0]
    zs, as_ = [], []
    a = x
    with np.errstate(all="ignore"):
        for l, w in enumerate(W):
            z = q(a @ w.T + (B[l] if B is not None else 0.0))
            a = q(acts[l].f(z))
            zs.append(z)
            as_.append(a)
        if network.is_fused(spec.activations[-1], spec.loss):
            d = q(as_[-1] - t)
        else:
            d = q(acts[-1].back(zs[-1], as_[-1], q(network.LOSSES[spec.loss].df(as_[-1], t))))
        ds = [d]
        for l in range(len(W) - 2, -1, -1):
            d = q(acts[l].back(zs[l], as_[l], q(d @ W[l + 1])))
            ds.insert(0, d)
        prev = [x, *as_[:-1]]
        gws = [q(ds[l].T @ prev[l] / m) for l in range(len(W))]
    exact = network.run(network.Params(tuple(W), tuple(B) if B is not None else None), spec.activations, spec.loss, x, t, opts)
    drift: dict[Key, float] = {}

    def put(key: Key, v: float) -> None:
        if np.isfinite(v):
            drift[key] = max(drift.get(key, 0.0), abs(float(v)))

    for l in range(1, len(W) + 1):
        for j in range(spec.layers[l]):
            for e in range(m):
                put(("z", l, j), zs[l - 1][e, j] - exact.z[l - 1][e, j])
                put(("a", l, j), as_[l - 1][e, j] - exact.a[l - 1][e, j])
                put(("delta", l, j), ds[l - 1][e, j] - exact.deltas[l - 1][e, j] * m)
            put(("gb", l, j), float(np.mean(ds[l - 1][:, j])) - float(exact.deltas[l - 1][:, j].sum()))
            for i in range(spec.layers[l - 1]):
                g = gws[l - 1][j, i] - exact.grad_w[l - 1][j, i]
                put(("gw", l, j, i), g)
                if spec.learning_rate is not None and spec.optimizer.plain:
                    put(("new_w", l, j, i), spec.learning_rate * g)
    if spec.learning_rate is not None and not spec.optimizer.plain:
        _optimizer_drift(spec, W, B, gws, [q(np.mean(d, axis=0)) for d in ds], exact, q, put)
    with np.errstate(all="ignore"):  # the loss from the printed outputs (ln of a 3-digit 4.54e-5 is off by 1e-3)
        put(("loss",), float(np.mean(network.LOSSES[spec.loss].f(as_[-1], t))) - float(exact.loss))
    return drift


def _optimizer_drift(spec, W, B, gws, gbs, exact, q, put) -> None:  # noqa: ANN001
    """How far the first optimizer step's new values move when its every line is rounded and carried.

    An optimizer divides by the root of a small rounded square average (Adam's v̂ = 0.0181 with
    three digits), so a new weight can honestly move many units of its last digit.
    """
    with_b = B is not None and spec.update_biases and exact.grad_b is not None
    arrays = list(W) + (list(B) if with_b else [])
    decays = [True] * len(W) + [spec.optimizer.decay_biases] * (len(arrays) - len(W))
    grads_q = list(gws) + (list(gbs) if with_b else [])
    grads_x = list(exact.grad_w) + (list(exact.grad_b) if with_b else [])
    with np.errstate(all="ignore"):
        printed, _ = optim.step(spec.optimizer, spec.learning_rate, arrays, grads_q, decays, None, q)
        true, _ = optim.step(spec.optimizer, spec.learning_rate, arrays, grads_x, decays, None)
    for l in range(1, len(W) + 1):
        for j in range(spec.layers[l]):
            for i in range(spec.layers[l - 1]):
                put(("new_w", l, j, i), printed[l - 1][j, i] - true[l - 1][j, i])
            if with_b:
                put(("new_b", l, j), printed[len(W) + l - 1][j] - true[len(W) + l - 1][j])


# --------------------------------------------------------------------------- dependencies
def _parents(key: Key, layers: tuple[int, ...], softmax_out: bool) -> Iterable[Key]:
    L = len(layers) - 1
    kind = key[0]
    if kind == "z":
        _, l, j = key
        yield ("b", l, j)
        for i in range(layers[l - 1]):
            yield ("w", l, j, i)
            yield ("x", i) if l == 1 else ("a", l - 1, i)
    elif kind == "a":
        _, l, j = key
        if l == L and softmax_out:
            yield from (("z", l, k) for k in range(layers[l]))
        else:
            yield ("z", l, j)
    elif kind == "loss":
        yield from (("a", L, k) for k in range(layers[L]))
        yield from (("t", k) for k in range(layers[L]))
    elif kind == "delta":
        _, l, j = key
        yield ("z", l, j)
        yield ("a", l, j)
        if l == L:
            yield from (("a", L, k) for k in range(layers[L]))
            yield ("t", j)
        else:
            for k in range(layers[l + 1]):
                yield ("delta", l + 1, k)
                yield ("w", l + 1, k, j)
    elif kind == "gw":
        _, l, j, i = key
        yield ("delta", l, j)
        yield ("x", i) if l == 1 else ("a", l - 1, i)
    elif kind == "gb":
        yield ("delta",) + key[1:]
    elif kind == "new_w":
        yield ("w",) + key[1:]
        yield ("gw",) + key[1:]
    elif kind == "new_b":
        yield ("b",) + key[1:]
        yield ("gb",) + key[1:]


def ancestors(key: Key, layers: tuple[int, ...], softmax_out: bool = False) -> set[Key]:
    """Every quantity ``key`` is computed from, directly or not."""
    seen: set[Key] = set()
    stack = [key]
    while stack:
        k = stack.pop()
        for p in _parents(k, layers, softmax_out):
            if p not in seen:
                seen.add(p)
                stack.append(p)
    return seen


# --------------------------------------------------------------------------- reading the document
def _literal(node: Node) -> list[list[tuple[float, float, str, int]]] | None:
    """A side that is only a number or a matrix of numbers → rows of (value, half, text, offset)."""

    def num(n: Node) -> tuple[float, float, str, int] | None:
        sign = 1.0
        while isinstance(n, Neg):
            sign, n = -sign, n.arg
        if isinstance(n, Num):
            return (sign * n.value, n.half, ("-" if sign < 0 else "") + n.text, n.start)
        return None

    single = num(node)
    if single is not None:
        return [[single]]
    if isinstance(node, Matrix):
        rows = []
        for row in node.rows:
            cells = [num(c) for c in row]
            if any(c is None for c in cells):
                return None
            rows.append(cells)
        return rows  # type: ignore[return-value]
    return None


def _expand(reading: Key, rows: int, cols: int, layers: tuple[int, ...]) -> list[list[Key]] | None:
    """Element keys of a block reading (``("Z", 2)`` printed as a column → z's)."""
    kind, l = reading[0], reading[1]
    n_out, n_in = layers[l], layers[l - 1]
    if kind in ("W", "GW", "NEW_W"):
        small = {"W": "w", "GW": "gw", "NEW_W": "new_w"}[kind]
        if (rows, cols) == (n_out, n_in):
            return [[(small, l, j, i) for i in range(n_in)] for j in range(n_out)]
        return None
    small = {"Z": "z", "A": "a", "D": "delta", "B": "b", "GB": "gb", "NEW_B": "new_b"}.get(kind)
    if small is None:
        return None
    if rows == n_out and cols == 1:
        return [[(small, l, j)] for j in range(n_out)]
    if rows == 1 and cols == n_out:
        return [[(small, l, j) for j in range(n_out)]]
    return None


def _qualified(text: str, start: int) -> bool:
    """``\\text{Total error to } h_1 = …``: the name is qualified by words, so it is not the quantity."""
    line_start = text.rfind("\n", 0, start) + 1
    prefix = text[line_start:start].rstrip()
    return prefix.endswith("}") and "\\text" in prefix[-60:]


def _items_from_chain(text: str, chain: Chain, reader: Reader, lines: LineMap) -> list[Item]:
    if len(chain.sides) < 2 or not chain.sides[0].tokens:
        return []
    readings = reader.readings(chain.sides[0].text.strip())
    if not readings or _qualified(text, chain.sides[0].start):
        return []
    # the last side that is a plain literal is the printed value
    for side in reversed(chain.sides[1:]):
        if not side.tokens:
            continue
        try:
            node = parse_tokens(side.tokens)
        except (ParseError, RecursionError, ValueError):
            continue
        rows = _literal(node)
        if rows is None:
            continue
        return _items(chain.sides[0].text.strip(), readings, rows, reader, lines)
    return []


def _items(name: str, readings: list[Key], rows, reader: Reader, lines: LineMap) -> list[Item]:  # noqa: ANN001
    nr, nc = len(rows), len(rows[0]) if rows else 0
    if nr == 1 and nc == 1 and not readings[0][0].isupper():
        v, half, text, off = rows[0][0]
        return [Item(lines.line(off), name, text, v, half, readings, off)]
    out = []
    grids = [g for g in (_expand(r, nr, nc, reader.layers) for r in readings if r[0].isupper()) if g is not None]
    if not grids:
        return []
    for r in range(nr):
        for c in range(nc):
            v, half, text, off = rows[r][c]
            out.append(Item(lines.line(off), f"{name}[{r + 1},{c + 1}]", text, v, half, [grids[0][r][c]], off))
    return out


_MATH_CELL = re.compile(r"^\$+(.+?)\$+$")


_DERIVATIVE_COLUMN = re.compile(r"derivative|gradient|partial|∂|\\delta|δ|change|update|Δ", re.IGNORECASE)


def _column_kind(header: str) -> str | None:
    """What the numbers under a header are: "" (the quantity), "new_", "g" (its gradient), or None (skip)."""
    h = header.lower()
    if any(w in h for w in ("new", "updated", "after")):
        return "new_"
    if any(w in h for w in ("update", "change", "delta w", "\\delta w", "δw", "δ w", "step")):
        return None
    if any(w in h for w in ("gradient", "partial", "∂")):
        return "g"
    return ""


def _with_kind(readings: list[Key], kind: str) -> list[Key]:
    if kind == "":
        return readings
    out = []
    for k in readings:
        if k[0] in ("w", "b"):
            out.append(((kind + k[0]) if kind == "new_" else ("g" + k[0]),) + k[1:])
    return out


def _table_items(text: str, reader: Reader) -> list[Item]:
    """``| $o_1$ | … | $0.60635$ |``: the first math cell naming a quantity, and the number in the last cell.

    The last column's header says what the number is (``New Value`` → the updated
    weight, ``Gradient`` → ∂L/∂w, ``Update (Δw)`` → not a quantity we match).
    """
    out = []
    offset = 0
    header: list[str] | None = None
    for lineno, raw in enumerate(text.split("\n"), start=1):
        start = offset
        offset += len(raw) + 1
        s = raw.strip()
        if not (s.startswith("|") and s.count("|") >= 3):
            header = None
            continue
        cells = [c.strip() for c in s.strip("|").split("|")]
        if set(s) <= set("|-: "):
            continue
        if header is None:
            header = cells
            continue
        if len(cells) < 2 or len(cells) != len(header):
            continue
        kind = _column_kind(header[-1])
        if kind is None:
            continue
        if kind == "" and any(_DERIVATIVE_COLUMN.search(h) for h in header[1:-1]):
            continue  # "| Quantity | Formula | Derivative | Value |": which of them the value is, the row does not say
        readings: list[Key] = []
        name = ""
        for cell in cells[:-1]:
            m = _MATH_CELL.match(cell)
            if m:
                readings = reader.readings(m.group(1).strip())
                if readings:
                    name = m.group(1).strip()
                    break
        readings = _with_kind(readings, kind)
        if not readings or readings[0][0].isupper():
            continue
        inner = cells[-1].strip("* ").strip("$ ")
        try:
            node = parse_tokens(tokenize(inner))
        except (ParseError, RecursionError, ValueError):
            continue
        rows = _literal(node)
        if rows is None or len(rows) != 1 or len(rows[0]) != 1:
            continue
        v, half, txt, _ = rows[0][0]
        col = raw.rfind(inner) if inner else -1
        out.append(Item(lineno, name, txt, v, half, readings, start + max(col, 0)))
    return out


def read_items(text: str, fmt: str, layers: tuple[int, ...], chains: list[Chain] | None = None) -> list[Item]:
    """Every printed value of a named quantity, in document order."""
    reader = Reader(layers)
    lines = LineMap(text)
    items: list[Item] = []
    for chain in extract_chains(text, fmt) if chains is None else chains:
        items.extend(_items_from_chain(text, chain, reader, lines))
    if fmt != "tex":
        seen = {(it.line, it.printed) for it in items}
        items.extend(it for it in _table_items(text, reader) if (it.line, it.printed) not in seen)
    items.sort(key=lambda it: (it.line, it.offset))
    return items


# --------------------------------------------------------------------------- judging
def _fmt_like(v: float, printed: str) -> str:
    digits = len(printed.split(".")[1]) if "." in printed and "e" not in printed.lower() else None
    if digits is None:
        return f"{v:.6g}"
    return f"{v:.{max(digits, 1)}f}"


def _near(v: float, target: float, half: float, factor: float = 1.0) -> bool:
    return abs(v - target) <= factor * half + 1e-12 * max(1.0, abs(target))


def doc_decimals(items: list[Item]) -> int | None:
    """The document's usual number of decimals (the median over its named values with a point)."""
    ds = sorted(len(it.printed.split(".")[1]) for it in items if "." in it.printed and "e" not in it.printed.lower())
    return ds[len(ds) // 2] if ds else None


def _upstream_wrong(
    key: Key, line: int, layers: tuple[int, ...], softmax_out: bool, wrong_roots: dict[Key, int], printed_ok: set[Key]
) -> list[int]:
    """Root lines of wrong values upstream of ``key``, looking through values the document did not print.

    A value printed correctly cuts the path: what lies beyond it cannot have made this one
    wrong (a correct ∂E/∂w_5 between a wrong δ and a wrong w_5⁺ clears the δ).
    """
    out = []
    if key in wrong_roots and wrong_roots[key] <= line:
        out.append(wrong_roots[key])  # the same wrong value printed again
    seen: set[Key] = set()
    stack = [key]
    while stack and len(seen) < 50_000:
        k = stack.pop()
        for p in _parents(k, layers, softmax_out):
            if p in seen:
                continue
            seen.add(p)
            if p in wrong_roots and wrong_roots[p] <= line:
                out.append(wrong_roots[p])
            elif p not in printed_ok:
                stack.append(p)
    return out


def judge(items: list[Item], truth: Truth, level1_errors: set[tuple[int, int]], softmax_out: bool = False) -> Level2:
    """Classify every item; see the module docstring for the classes.

    ``level1_errors`` holds (line, offset) for every character of the numbers level 1 found
    wrong — (line, -1) when level 1 could not say where — so that a consistent value on the
    same line as a wrong one is not taken for an error.
    """
    result = Level2()
    wrong_roots: dict[Key, int] = {}  # key → root line of the earliest wrong value of it
    printed_ok: set[Key] = set()
    for it in items:
        chosen: Key | None = None
        best: float | None = None
        for r in it.readings:
            for v in truth.values.get(r, []):
                if chosen is None or abs(v - it.value) < abs((best or 0.0) - it.value):
                    chosen, best = r, v
                if _near(it.value, v, it.half):
                    chosen, best = r, v
                    break
        if chosen is None or best is None:
            continue
        expected = _fmt_like(best, it.printed)
        tolerance = max(ROUNDING_HALF_UNITS * it.half, it.half + 3 * truth.drift.get(chosen, 0.0))
        own_error = (it.line, it.offset) in level1_errors or (it.line, -1) in level1_errors
        if _near(it.value, best, it.half):
            result.items.append(Named(it.line, it.name, it.printed, expected, "ok", "", it.line, chosen, 0, it.offset))
            printed_ok.add(chosen)
            continue
        inherited = _upstream_wrong(chosen, it.line, truth.layers, softmax_out, wrong_roots, printed_ok)
        mistake = next(
            (
                why
                for v, why in truth.mistakes.get(chosen, [])
                if _near(it.value, v, it.half, 2.0) and not _near(v, best, tolerance)  # a "mistake" that changes nothing is none
            ),
            None,
        )
        if own_error:
            klass, cause, root = "error", "does not follow from its printed operands", it.line
            if inherited:
                cause += f"; it also inherits the wrong value at line {min(inherited)}"
        elif mistake is not None:
            klass, cause, root = "conceptual", mistake, it.line
        elif inherited:
            klass, root = "propagated", min(inherited)  # the first error it inherits
            cause = f"follows correctly from the wrong value at line {root}"
        elif _near(it.value, best, tolerance):
            # nothing wrong upstream and a few units off: what carrying rounded values forward does
            result.items.append(
                Named(it.line, it.name, it.printed, expected, "ok", "within carried rounding", it.line, chosen, 0, it.offset)
            )
            printed_ok.add(chosen)
            continue
        else:
            klass, root = "error", it.line
            cause = "its own line is consistent, but the value differs from the network's (a wrong value used or copied)"
        result.items.append(Named(it.line, it.name, it.printed, expected, klass, cause, root, chosen, 0, it.offset, own_error))
        # what inherits from this value inherits from where its own trouble began (the first error upstream)
        wrong_roots.setdefault(chosen, min([root, *inherited]))
    # how many later wrong values inherit each root
    for n in result.items:
        if n.klass in ("error", "conceptual"):
            n.downstream = sum(1 for o in result.items if o.klass == "propagated" and o.root_line == n.line)
    return result


#: "(t - o)", "(y - y_hat)", "T_j - O_j": the document writes the output error target-first, so its δ
#: is -∂L/∂z and its update adds η δ a (seed 001's convention, GUIDE section 3). Both signs are then right.
_TARGET_FIRST = re.compile(
    r"\(\s*(?:\\text\{\s*)?(?:t|y|target)(?:[_^]?\{?[\w\s\\{}]{0,20}?\}?)?\s*-\s*(?:\\text\{\s*)?(?:o|out|output|a|ŷ|y_?hat|\\hat)",
    re.IGNORECASE,
)


def match_document(text: str, fmt: str, spec, level1_errors: set[tuple[int, int]], chains: list[Chain] | None = None) -> Level2:  # noqa: ANN001
    """Level 2 for one document against the network of ``spec``."""
    truth = truth_of(spec)
    if _TARGET_FIRST.search(text):
        for key, vals in list(truth.values.items()):
            if key[0] in ("delta", "gw", "gb"):  # its delta and the gradients built from it (-dE/dw = Err_j O_i)
                truth.values[key] = vals + [-v for v in vals if v != 0]
    items = read_items(text, fmt, truth.layers, chains)
    decimals = doc_decimals(items)
    if decimals is not None:
        try:
            truth.drift = carried_drift(spec, decimals)
        except (ArithmeticError, ValueError):  # a network that cannot be carried at that precision: plain tolerances
            truth.drift = {}
    return judge(items, truth, level1_errors, softmax_out=spec.activations[-1] == "softmax")
