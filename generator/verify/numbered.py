"""Read a network a document gives one numbered scalar at a time (Mazur's ``w_1 = 0.15 … w_8 = 0.55``).

Many published walkthroughs follow Matt Mazur's 2-2-2 example: no weight matrix is printed,
only ``w_1 … w_8``, ``b_1``/``b_2`` (or one bias per neuron), the inputs ``i_1, i_2`` (or
``x_1, x_2``) and the targets, as single equalities (``w_1 = 0.15``), as a list of names equal
to a list of numbers (``[w_1, w_2, b_1] = [0.15, 0.20, 0.35]``) or as a matrix of names equal
to a matrix of numbers. The layer sizes follow from the counts: with ``n`` inputs, ``m``
targets and ``N`` weights, ``N = n·m`` is a network without a hidden layer and
``N = h·(n + m)`` one with ``h`` hidden neurons.

The numbering is the one :class:`generator.verify.names.Reader` reads ``w_5`` with: counted
row by row through the net, each neuron's incoming weights in input order (Mazur's ``w_1``:
i₁→h₁, ``w_2``: i₂→h₁, ``w_3``: i₁→h₂ …). A document that counts the other way round would
be judged against the wrong network, so :func:`confirmed` asks the document first: the
network's net inputs and activations must be among the numbers it prints. Only then does
level 2 run on it; otherwise the report says why not.

Givens come before computations: a ``y_1`` or ``o_1`` is read as a target only when it is
printed as a plain number before the first computed line (later, the same letters are the
network's outputs).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from ..check.ast import Matrix, Node, Sym
from ..check.extract import Chain, LineMap
from ..check.parse import ParseError, parse_tokens
from ..check.pieces import single_literal
from ..engine.network import ACTIVATIONS
from .names import normalize

_NAME = re.compile(r"^(w|b|x|i|t|y|o|target)_?(\d{1,2})$")
#: ``w_1 = 0.5`` / ``x = 1.0`` in a line of prose, outside math (a lone x, y or t is the only one: index 1).
#: Two or more on a line may stand apart by spaces alone, as a listing lays them out (``w1=0.15  w2=0.20``).
_PLAIN = re.compile(
    r"(?m)(?:^|(?<=[\s,;(]))(w|b|x|i|t|y)_?\{?(\d{1,2})?\}?\s*=\s*(-?(?:\d++(?:\.\d++)?|\.\d++))"
    r"(?=[ \t]*+(?:[,;(]|$)|[ \t]{2,}+(?:w|b|x|i|t|y)_?\{?\d{0,2}\}?\s*=)"
)
_NUMBER = re.compile(r"(?<![\w.])-?\d*\.\d+(?:[eE][-+]?\d+)?")


@dataclass
class Numbered:
    """Weight matrices (outputs × inputs per layer), biases or None, inputs and targets (one example)."""

    layers: list[int]
    weights: list[list[list[float]]]
    biases: list[list[float]] | None
    x: list[float]
    t: list[float]
    where: str  # for the report: where the numbers were read
    numbering: tuple[tuple[int, tuple], ...] = ()  # w_n -> ("w", l, j, i) when the page draws each weight's arrow
    target_lines: frozenset[int] = frozenset()  # givens whose letters name outputs later (o_1 = 0.01): not outputs there
    shared_biases: bool = False  # one bias per layer (Mazur's b_1): its gradient is the sum of the layer's δ


def _scalar(node: Node) -> float | None:
    lit = single_literal(node)
    return lit.value if lit is not None else None


def _givens(text: str, chains: list[Chain], lines: LineMap) -> dict[tuple[str, int], tuple[float, int]]:
    """``(letter, n) -> (value, line)`` for every numbered scalar printed as a plain number; the first wins."""
    out: dict[tuple[str, int], tuple[float, int]] = {}
    computed = min((lines.line(c.sides[0].start) for c in chains if len(c.sides) >= 3), default=10**9)

    def put(name: str, value: float | None, line: int) -> None:
        m = _NAME.match(normalize(name.strip().strip("$")))
        if m is None or value is None or not math.isfinite(value):
            return
        letter = {"i": "x", "target": "t"}.get(m.group(1), m.group(1))
        if letter in ("y", "o") and line >= computed:
            return  # after the first computation y_1 / o_1 is an output, not a given target
        out.setdefault((letter, int(m.group(2))), (value, line))

    # plain prose lists them too: "x = 1.0, w_1 = 0.5 (x → hidden, ReLU), w_2 = 0.5 (hidden → output), y = 0.0"
    for m in _PLAIN.finditer(text):
        line = lines.line(m.start())
        letter, index = m.group(1), m.group(2) or ("1" if m.group(1) in "xyt" else "")
        if index:
            put(f"{letter}_{index}", float(m.group(3)), line)
    for chain in chains:
        if len(chain.sides) != 2 or not chain.sides[0].tokens or not chain.sides[1].tokens:
            continue
        try:
            left, right = parse_tokens(chain.sides[0].tokens), parse_tokens(chain.sides[1].tokens)
        except (ParseError, RecursionError, ValueError):
            continue
        line = lines.line(chain.sides[1].start)
        if isinstance(left, Sym):
            put(chain.sides[0].text, _scalar(right), line)
        elif isinstance(left, Matrix) and isinstance(right, Matrix) and len(left.rows) == len(right.rows):
            if not left.spans or any(len(a) != len(b) for a, b in zip(left.rows, right.rows, strict=True)):
                continue
            for names, values, spans in zip(left.rows, right.rows, left.spans, strict=True):
                for name, value, (s, e) in zip(names, values, spans, strict=True):
                    if isinstance(name, Sym):
                        put(text[s:e], _scalar(value), line)
    return out


def _run(letter: str, got: dict[tuple[str, int], tuple[float, int]]) -> list[tuple[float, int]] | None:
    """The values of ``letter_1 … letter_n`` when they are all there (none missing), else None."""
    idx = sorted(n for (l, n) in got if l == letter)
    if not idx or idx != list(range(1, len(idx) + 1)):
        return None
    return [got[(letter, n)] for n in idx]


def read_numbered(text: str, chains: list[Chain], lines: LineMap) -> Numbered | str | None:
    """The network of a document's numbered scalars, why they do not make one (a sentence), or None: none printed."""
    got = _givens(text, chains, lines)
    w = _run("w", got)
    if w is None:
        return None
    x = _run("x", got)
    if x is None:
        return "it prints numbered weights but not the inputs (x_1 = … or i_1 = …, one per input)"
    t = _run("t", got) or _run("y", got) or (_run("o", got) if re.search(r"out_?\{?o", text) else None)
    if t is None:
        return "it prints numbered weights but not the targets (t_1 = …, one per output, before the forward pass)"
    n, m, count = len(x), len(t), len(w)
    if count == n * m:
        layers = [n, m]
    elif count % (n + m) == 0:
        layers = [n, count // (n + m), m]
    else:
        return f"its {count} numbered weights do not connect {n} inputs to {m} outputs through one hidden layer"
    values = [v for v, _ in w]
    weights, k = [], 0
    for a, b in zip(layers, layers[1:], strict=False):
        weights.append([values[k + j * a : k + (j + 1) * a] for j in range(b)])
        k += a * b
    numbering = _arrows(text, layers, n)
    if numbering:  # "w2 = 0.20 (x1 → h2)": the page says where each weight sits
        weights = [[[0.0] * a for _ in range(b)] for a, b in zip(layers, layers[1:], strict=False)]
        for num, (_w, l, j, i) in numbering.items():
            weights[l - 1][j][i] = values[num - 1]
    b = _run("b", got)
    biases: list[list[float]] | None = None
    shared = False
    neurons = sum(layers[1:])
    if b is not None:
        bv = [v for v, _ in b]
        if len(bv) == neurons:  # one bias per neuron, counted through the net
            biases, k = [], 0
            for size in layers[1:]:
                biases.append(bv[k : k + size])
                k += size
        elif len(bv) == len(layers) - 1:  # one bias per layer (Mazur's b_1, b_2), the same for each of its neurons
            biases = [[bv[l]] * size for l, size in enumerate(layers[1:])]
            shared = all(size > 1 for size in layers[1:])
        else:
            return f"it prints {len(bv)} numbered biases, neither one per neuron ({neurons}) nor one per layer"
    where = f"w_1…w_{count} from line {min(ln for _, ln in w)}" + (
        f", b_1…b_{len(b)} from line {min(ln for _, ln in b)}" if b else ""
    )
    where += f", inputs line {min(ln for _, ln in x)}, targets line {min(ln for _, ln in t)}"
    aliased = frozenset(ln for _, ln in t) if _run("t", got) is None else frozenset()
    if numbering:
        where = "each weight's arrow as printed (w_n = … (x1 → h1)), " + where
    return Numbered(
        layers,
        weights,
        biases,
        [v for v, _ in x],
        [v for v, _ in t],
        where,
        tuple(sorted((numbering or {}).items())),
        aliased,
        shared,
    )


#: ``w2 = 0.20 (x1 → h2)``: a numbered weight with the arrow of its connection.
_ARROW = re.compile(
    r"\bw_?\{?(\d{1,2})\}?\s*=\s*-?\d*\.?\d+\s*\(\s*([a-z]+)_?\{?(\d+)\}?\s*(?:→|->|\\to|\\rightarrow)\s*([a-z]+)_?\{?(\d+)\}?\s*\)",
    re.IGNORECASE,
)


def _arrows(text: str, layers: list[int], n_in: int) -> dict[int, tuple] | None:
    """w_n -> ("w", l, j, i) from each weight's printed arrow, when every weight has one and they fill every matrix."""
    if len(layers) != 3:
        return None
    found: dict[int, tuple] = {}
    for m in _ARROW.finditer(text):
        src, si, dst, di = m.group(2).lower(), int(m.group(3)) - 1, m.group(4).lower(), int(m.group(5)) - 1
        if src in ("x", "i") and dst == "h" and 0 <= si < n_in and 0 <= di < layers[1]:
            found.setdefault(int(m.group(1)), ("w", 1, di, si))
        elif src == "h" and dst in ("y", "o") and 0 <= si < layers[1] and 0 <= di < layers[2]:
            found.setdefault(int(m.group(1)), ("w", 2, di, si))
    total = layers[0] * layers[1] + layers[1] * layers[2]
    if sorted(found) != list(range(1, total + 1)) or len(set(found.values())) != total:
        return None
    return found


#: a whole number standing alone (not a digit of a decimal, a name or a word)
_WHOLE = re.compile(r"(?<![\w.])\d{1,6}(?![\w.])")


def _printed(text: str) -> list[tuple[float, float]]:
    """Each decimal number the page prints with two digits or more: (its magnitude, half a unit of its last digit)."""
    printed = []
    for m in _NUMBER.finditer(text):
        s = m.group(0)
        digits = s.split(".")[1].lower().split("e")[0]
        if len(digits) < 2:
            continue  # 0.5 confirms nothing
        printed.append(
            (abs(float(s)), 0.5 * 10.0 ** -len(digits) * (10.0 ** int(s.lower().split("e")[1]) if "e" in s.lower() else 1.0))
        )
    return printed


def _layers(
    weights: list[list[list[float]]], biases: list[list[float]] | None, x: list[float], activations: list[str]
) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Each layer's net inputs and activations for one example, in order."""
    a = np.asarray(x, dtype=float)
    for l, W in enumerate(weights):
        z = np.asarray(W, dtype=float) @ a + (np.asarray(biases[l], dtype=float) if biases else 0.0)
        act = ACTIVATIONS.get(activations[l], ACTIVATIONS["linear"])
        a = act.f(np.atleast_1d(z)[None, :])[0]  # one example as a row, as the engine's activations take it
        yield np.atleast_1d(z), a


def forward_outputs(
    weights: list[list[list[float]]], biases: list[list[float]] | None, x: list[float], activations: list[str]
) -> list[float]:
    """The output layer's activations for one example (the forward pass :func:`confirmed` checks)."""
    last = np.asarray(x, dtype=float)
    for _z, out in _layers(weights, biases, x, activations):
        last = out
    return [float(v) for v in last]


def _shown(v: float, printed: list[tuple[float, float]]) -> bool:
    """Whether ``v`` rounds to one of the ``printed`` numbers at that number's precision."""
    return any(abs(abs(v) - p) <= h * (1 + 1e-9) for p, h in printed)


def printed_among(values: list[float], text: str) -> int:
    """How many of ``values`` the page prints (each rounds to a printed number at that number's precision), counting
    only printed numbers of three significant digits or more (a given 0.55 is no evidence of an error 0.5496)."""
    printed = [(p, h) for p, h in _printed(text) if p >= 200 * h]
    return sum(1 for v in values if _shown(v, printed))


def confirmed(
    weights: list[list[list[float]]],
    biases: list[list[float]] | None,
    x: list[float],
    activations: list[str],
    text: str,
    whole: bool = False,
) -> tuple[int, int]:
    """(how many of the network's net inputs and activations the document prints, how many there are).

    A printed number confirms a value when the value rounds to it at the printed precision. Level 2
    runs on a numbered network only when the document prints most of its forward pass (the
    numbering w_1, w_2, … is then the document's own, not a guess), and a square weight matrix is
    read in the orientation whose forward pass the document prints. With ``whole``, a whole number printed
    confirms a value equal to it (a network of small integers, ``z_2 = (3 × 2) + 1 = 7``, read from the page's
    own substituted sums, which print each result).
    """
    printed = _printed(text)
    wholes = {int(m.group(0)) for m in _WHOLE.finditer(text)} if whole else set()
    seen, total = 0, 0
    for z, a in _layers(weights, biases, x, activations):
        for v in (*z, *a):
            total += 1
            if _shown(v, printed) or (
                wholes and abs(v) < 1e6 and abs(abs(v) - round(abs(v))) <= 1e-9 and round(abs(v)) in wholes
            ):
                seen += 1
    return seen, total
