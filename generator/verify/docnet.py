"""Read the network a document is about from the document itself (for level 2 without a spec).

Seeds 000, 002 and 004 print every parameter before they use it: ``W^{(1)} = [...]``,
``b[2] = [...]``, ``X = [...]``, ``\\mathbf{t} = [0.8, 0.2, 0.6]^T``, ``\\eta = 0.5``. When a
document does, ``verify`` can recompute the network without being told it. The result
is an ordinary spec (so every validation rule applies) plus a one-line account of
where each part was read, printed in the report so a reader can see what was assumed.

Conservative on purpose: the first printed value of each parameter wins (later ones are
usually updated values), the weight shapes must chain (columns of W^(l+1) = rows of
W^(l)), and anything missing (inputs, targets) means no network: level 2 is then
simply not run, never run on a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..check.ast import Matrix, Neg, Node, Num, Transpose
from ..check.document import extract_chains
from ..check.extract import Chain, LineMap
from ..check.parse import ParseError, parse_tokens
from ..errors import SpecError
from ..spec.load import Spec, validate
from .names import normalize


@dataclass
class ReadNetwork:
    spec: Spec
    account: str


def _numbers(node: Node) -> list[list[float]] | None:
    """A literal matrix/vector (optionally transposed) → rows of floats."""
    transpose = False
    if isinstance(node, Transpose):
        node, transpose = node.arg, True

    def num(n: Node) -> float | None:
        sign = 1.0
        while isinstance(n, Neg):
            sign, n = -sign, n.arg
        return sign * n.value if isinstance(n, Num) else None

    if not isinstance(node, Matrix):
        return None
    rows = [[num(c) for c in row] for row in node.rows]
    if not rows or any(v is None for row in rows for v in row) or len({len(r) for r in rows}) != 1:
        return None
    out = [[float(v) for v in row] for row in rows]  # type: ignore[arg-type]
    return [list(col) for col in zip(*out)] if transpose else out


_ROLE = [
    (re.compile(r"^(?:W)(?:\^?\((\d+)\)|\[(\d+)\]|_?(\d))$"), "W"),
    (re.compile(r"^(?:b)(?:\^?\((\d+)\)|\[(\d+)\]|_?(\d))$"), "b"),
    (re.compile(r"^(?:x|X|a\^?\(0\)|a\[0\]|A\[0\]|input)$"), "x"),
    (re.compile(r"^(?:t|T|Y|y|target)$"), "t"),
]
_LIST = re.compile(r"\\mathbf\{([xtyXTY])\}\s*=\s*\[([-+0-9.,\s]+)\]\s*(\^T|\^\{T\})?")
_RATE = re.compile(r"(?:\\eta|η|\\alpha|α)\s*=\s*([0-9]*\.?[0-9]+)")


def _role(name: str) -> tuple[str, int | None] | None:
    s = normalize(name)
    for rx, role in _ROLE:
        m = rx.match(s)
        if m:
            layer = next((int(g) for g in m.groups() if g), None) if m.groups() else None
            return role, layer
    return None


def read_network(text: str, fmt: str, chains: list[Chain] | None = None) -> ReadNetwork | None:
    """The network ``text`` prints, as a validated spec, or None when it does not print all of it."""
    lines = LineMap(text)
    found: dict[tuple[str, int | None], tuple[list[list[float]], int]] = {}
    for chain in extract_chains(text, fmt) if chains is None else chains:
        if len(chain.sides) < 2 or not chain.sides[0].tokens:
            continue
        role = _role(chain.sides[0].text.strip())
        if role is None or role in found:
            continue
        for side in reversed(chain.sides[1:]):
            try:
                rows = _numbers(parse_tokens(side.tokens))
            except (ParseError, RecursionError, ValueError):
                rows = None
            if rows is not None:
                found[role] = (rows, lines.line(side.start))
                break
    for m in _LIST.finditer(text):
        role = ("x", None) if m.group(1) in "xX" else ("t", None)
        if role not in found:
            try:
                vals = [float(v) for v in m.group(2).split(",") if v.strip()]
            except ValueError:
                continue
            found[role] = ([[v] for v in vals], lines.line(m.start()))
    weights = sorted((l, v) for (r, l), v in found.items() if r == "W" and l is not None)
    if not weights or ("x", None) not in found or ("t", None) not in found:
        return None
    if [l for l, _ in weights] != list(range(1, len(weights) + 1)):
        return None
    mats = [rows for _, (rows, _line) in weights]
    layers = [len(mats[0][0])] + [len(m) for m in mats]
    if any(len(mats[k + 1][0]) != len(mats[k]) for k in range(len(mats) - 1)):
        return None
    biases: list[list[float]] | None = []
    for l in range(1, len(mats) + 1):
        b = found.get(("b", l))
        if b is None:
            biases = None
            break
        flat = [v for row in b[0] for v in row]
        if len(flat) == 1 and layers[l] > 1:
            flat = flat * layers[l]  # one bias shared by the layer (b_1 = 0.35 for both hidden neurons)
        if len(flat) != layers[l]:
            return None
        biases.append(flat)
    if biases is None and re.search(r"(?<![a-zA-Z\\])b(?:_|\^|\[)", text):
        return None  # the document has biases we could not read: do not guess a network without them
    x_rows, x_line = found[("x", None)]
    t_rows, t_line = found[("t", None)]
    x = _examples(x_rows, layers[0])
    t = _examples(t_rows, layers[-1])
    if x is None or t is None or len(x) != len(t):
        return None
    guess = _activations_and_loss(text, len(mats))
    if guess is None:
        return None
    acts, loss = guess
    data: dict = {
        "title": "network read from the document",
        "network": {"layers": layers, "activations": acts, "loss": loss},
        "parameters": {"weights": mats, **({"biases": biases} if biases is not None else {})},
        "data": {"inputs": x, "targets": t},
    }
    rate = _RATE.search(text)
    if rate:
        data["training"] = {"learning_rate": float(rate.group(1))}
    try:
        spec = validate(data, "<document>")
    except SpecError:
        return None
    where = ", ".join(f"W^({l}) line {ln}" for l, (_r, ln) in weights)
    account = (
        f"network read from the document: {'-'.join(map(str, layers))}, "
        f"{'/'.join(data['network']['activations'])}, {loss}; {where}; x line {x_line}; targets line {t_line}"
        + (f"; learning rate {rate.group(1)}" if rate else "")
    )
    return ReadNetwork(spec, account)


# Evidence of an activation is its *use* in a formula, not a word in the prose ("we do not use softmax here").
_USES = {
    "sigmoid": re.compile(r"\\sigma\s*(?:\\left)?\s*\(|σ\s*\(|sigmoid\s*\(|\\frac\{1\}\{1\s*\+\s*e\^", re.IGNORECASE),
    "relu": re.compile(r"relu\s*\}?\s*(?:\\left)?\s*\(|\\max\s*(?:\\left)?\s*\(\s*0\s*,|g_\{?\\text\{relu\}", re.IGNORECASE),
    "tanh": re.compile(r"\\tanh\s*(?:\\left)?\s*\(|tanh\s*\(", re.IGNORECASE),
    "softmax": re.compile(r"softmax\s*\}?\s*(?:\\left)?\s*\(|softmax\}?\s*\(", re.IGNORECASE),
}
_HALF_SSE = re.compile(r"\\frac\{1\}\{2\}|\\tfrac\{1\}\{2\}|\\tfrac12|\\frac12|½|1/2|0\.5\s*\\?(?:sum|Σ)")
_CE = re.compile(r"-\s*\\?(?:sum|Σ)[^=]{0,40}\\?(?:ln|log)|cross[- ]entropy", re.IGNORECASE)


def _activations_and_loss(text: str, n_layers: int) -> tuple[list[str], str] | None:
    """The activations and loss the document's formulas use, or None when they do not say clearly.

    One hidden kind (sigmoid, ReLU or tanh) applied in a formula, and at the output either the
    same kind or softmax; a loss shown as ½Σ(…)² (half_sse) or −Σ t ln o (cross-entropy). Two
    hidden kinds, or no loss formula, is no network: level 2 is not run on a guess.
    """
    used = {k for k, rx in _USES.items() if rx.search(text)}
    if len(used - {"softmax"}) > 1:  # several kinds in formulas: believe the ones applied to numbers (σ(0.3775))
        used = {k for k, rx in _USES.items() if re.search("(?:" + rx.pattern + r")\s*-?\(?\s*-?\d", text, rx.flags)}
    out = "softmax" if "softmax" in used else None
    hidden = used - {"softmax"}
    if len(hidden) != 1:
        return None
    kind = hidden.pop()
    if out == "softmax":
        loss = "cross_entropy"  # nnwalk pairs softmax with cross-entropy only; a document's own backward pass is judged by that
    elif _HALF_SSE.search(text):
        out, loss = kind, "half_sse"
    else:
        return None
    if n_layers == 1:
        return [out], loss
    return [kind] * (n_layers - 1) + [out], loss


def _examples(rows: list[list[float]], n: int) -> list[list[float]] | None:
    """Examples as rows of n values, whether printed as a column (n × m) or as rows (m × n)."""
    if len(rows) == n:
        return [list(col) for col in zip(*rows)]
    if rows and len(rows[0]) == n:
        return rows
    return None
