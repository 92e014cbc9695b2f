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

from ..check.ast import Bin, Matrix, Neg, Node, Num, Transpose
from ..check.carry import UPDATED_NAME
from ..check.document import extract_chains
from ..check.extract import Chain, LineMap
from ..check.parse import ParseError, parse_tokens
from ..errors import SpecError
from ..spec.load import Spec, validate
from .codenet import code_assignments
from .match import Layout
from .names import normalize
from .numbered import Numbered, confirmed, forward_outputs, printed_among, read_numbered
from .subnet import SubNet, read_substituted


@dataclass
class ReadNetwork:
    spec: Spec
    account: str
    data: dict  # the spec as read, so that a learning rate found later can be added to it
    layout: Layout = Layout()  # how the page writes the network, for level 2 to read it so


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
#: A later training step's heading (nnwalk's "### Step 2 in tables", "\subsection{Step 2 in one table}").
_STEP_HEADING = re.compile(r"^(?:#{2,4} |\\subsection\{)Step (\d+)\b", re.MULTILINE)
_SGD_WORDS = re.compile(r"each step takes one example", re.IGNORECASE)
#: An update that keeps state, as its formulas write it (prose such as "next: momentum" is no evidence): Adam's m̂ and v̂,
#: momentum's mu v, RMSprop's rho v, Adam's beta_1 m, Adagrad's running sum s^{(t-1)}.
_OPTIMIZER_STATE = re.compile(
    r"\\hat\{?[mv]\}?|\\mu\s*v\b|\\mu\s*v[_^]|\\rho\s*v[_^\s]|\\beta_\{?[12]\}?\s*[mv][_^\s]|s\^\{\(t-1\)\}"
)
#: Dropout: a keep factor m / (1 - p) in a formula, or the word dropout near a mask.
_DROPOUT = re.compile(r"\\frac\{m_?\{?[^}]*\}?\}\{1\s*-\s*p|\bdropout\b[^\n]{0,80}\bmask", re.IGNORECASE)
_RATE = re.compile(r"(?:\\eta|η|\\alpha|α|\blr|\blearning[ _]rate)\s*[=:]\s*([0-9]*\.?[0-9]+)", re.IGNORECASE)


_ELEMENT = [
    # W^(l)_ji, w_ji^(l), W^[l]_j,i (one weight): layer, row j, column i, 1-based
    (re.compile(r"^[Ww](?:\^?[(\[](\d+)[)\]])_(\d),?(\d)$"), "W", (1, 2, 3)),
    (re.compile(r"^[Ww]_(\d),?(\d)\^?[(\[](\d+)[)\]]$"), "W", (3, 1, 2)),
    (re.compile(r"^b(?:\^?[(\[](\d+)[)\]])_(\d+)$"), "b", (1, 2, None)),
    (re.compile(r"^b_(\d+)\^?[(\[](\d+)[)\]]$"), "b", (2, 1, None)),
    # inputs and targets, optionally of example e (x^[e]_i): row e, column i
    (re.compile(r"^(?:x|X|i)(?:\^\[(\d+)\])?_(\d+)$"), "x", (None, 1, 2)),
    (re.compile(r"^(?:t|T|Y)(?:\^\[(\d+)\])?_(\d+)$"), "t", (None, 1, 2)),
]
_TABLE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_NUMBER_CELL = re.compile(r"^\$?\s*(-?\d+(?:\.\d+)?)\s*\$?$")


def _element(name: str) -> tuple[str, int | None, int, int | None] | None:
    """(role, layer, row, column) of one given number's name, 1-based (``W^{(1)}_{21}`` -> W, 1, 2, 1)."""
    s = normalize(name.strip().strip("$"))
    for rx, role, (gl, gj, gi) in _ELEMENT:
        m = rx.match(s)
        if m:
            g = m.groups()
            if role in ("x", "t"):  # (example, index): the example defaults to 1
                return role, None, int(g[0] or 1), int(g[1])
            return role, int(g[gl - 1]) if gl else None, int(g[gj - 1]), int(g[gi - 1]) if gi else None
    return None


def _elementwise(text: str, chains: list[Chain], lines: LineMap) -> dict[tuple[str, int | None], tuple[list[list[float]], int]]:
    """The parameters a document gives one number at a time (nnwalk's own "Given values" tables).

    A table row whose last cell is a number and whose other cells name one weight, bias, input or
    target (``| x1 | h1 | $W^{(1)}_{11}$ | $0.15$ |``), or a chain ``name = number``; the first
    value of each element wins. A matrix is built only when every element of it was given.
    """
    values: dict[tuple[str, int | None, int, int | None], tuple[float, int]] = {}
    for n, line in enumerate(text.splitlines(), start=1):
        if len(line) > 2000:
            continue  # a given value's table row is short; a long line is a matrix or a sum
        m = _TABLE_ROW.match(line)
        row = line.rstrip()
        if row.endswith("\\hline"):
            row = row[: -len("\\hline")].rstrip()
        if m:
            cells = [c.strip() for c in m.group(1).split("|")]
        elif "&" in row and row.endswith("\\\\"):
            cells = [c.strip() for c in row[:-2].split("&")]
        else:
            continue
        num = _NUMBER_CELL.match(cells[-1]) if cells else None
        if num is None:
            continue
        for cell in cells[:-1]:
            key = _element(cell)
            if key is not None:
                values.setdefault(key, (float(num.group(1)), n))
                break
    for chain in chains:
        if len(chain.sides) != 2 or not chain.sides[0].tokens:
            continue
        key = _element(chain.sides[0].text)
        if key is None:
            continue
        try:
            value = _scalar(parse_tokens(chain.sides[1].tokens))
        except (ParseError, RecursionError, ValueError):
            value = None
        if value is not None:
            values.setdefault(key, (float(value), lines.line(chain.sides[1].start)))
    out: dict[tuple[str, int | None], tuple[list[list[float]], int]] = {}
    groups: dict[tuple[str, int | None], dict[tuple[int, int | None], tuple[float, int]]] = {}
    for (role, layer, j, i), v in values.items():
        groups.setdefault((role, layer), {})[(j, i)] = v
    for (role, layer), elems in groups.items():
        rows_n = max(j for j, _ in elems)
        cols_n = max((i or 1) for _, i in elems)
        keys = [[(j, i if role != "b" else None) for i in range(1, cols_n + 1)] for j in range(1, rows_n + 1)]
        if len(elems) != rows_n * cols_n or any(k not in elems for row in keys for k in row):
            continue  # an element is missing (or written both with and without an index): no matrix
        matrix = [[elems[k][0] for k in row] for row in keys]
        if role in ("x", "t"):  # (example, index) elements: one column per example, as _examples reads a column first
            matrix = [list(col) for col in zip(*matrix)]
        out[(role, layer)] = (matrix, min(line for _v, line in elems.values()))
    return out


def _chain(mats: list[list[list[float]]]) -> bool:
    """Whether weight matrices (outputs x inputs) follow each other: columns of W^(l+1) = rows of W^(l)."""
    return all(len(mats[k + 1][0]) == len(mats[k]) for k in range(len(mats) - 1))


def _fitted(
    mats: list[list[list[float]]], x_rows: list[list[float]], t_rows: list[list[float]]
) -> tuple[list[list[list[float]]], set[int]] | None:
    """Each weight matrix turned, one by one, so that it takes the layer before it (the inputs' width first), or None.

    A page may print W1 as outputs × inputs (z1 = W1 @ x) and W2 as a column (z2 = W2.T @ a1). Only a matrix
    that fits one way and not the other is turned, and the inputs and the targets must fit the ends: a square
    matrix is left as printed (the forward pass decides later), so nothing is read on a guess.
    """
    widths = {len(x_rows), len(x_rows[0])} if x_rows else set()
    for n_in in sorted(widths):
        out: list[list[list[float]]] = []
        turned: set[int] = set()
        prev = n_in
        for l, m in enumerate(mats, start=1):
            rows, cols = len(m), len(m[0])
            if cols == prev:
                out.append(m)
                prev = rows
            elif rows == prev:
                out.append([list(col) for col in zip(*m)])
                turned.add(l)
                prev = cols
            else:
                break
        else:
            if turned and _examples(x_rows, n_in) is not None and _examples(t_rows, prev) is not None:
                return out, turned
    return None


def _scalar(node: Node) -> float | None:
    sign = 1.0
    while isinstance(node, Neg):
        sign, node = -sign, node.arg
    return sign * node.value if isinstance(node, Num) else None


def _role(name: str) -> tuple[str, int | None] | None:
    s = normalize(name)
    for rx, role in _ROLE:
        m = rx.match(s)
        if m:
            layer = next((int(g) for g in m.groups() if g), None) if m.groups() else None
            return role, layer
    return None


class _Gap(Exception):
    """What the document does not print (or prints in a way that does not fit), in words for the report."""


def read_network(text: str, fmt: str, chains: list[Chain] | None = None) -> ReadNetwork | None:
    """The network ``text`` prints, as a validated spec, or None when it does not print all of it."""
    return read_network_or_gap(text, fmt, chains)[0]


def read_network_or_gap(text: str, fmt: str, chains: list[Chain] | None = None) -> tuple[ReadNetwork | None, str]:
    """The network ``text`` prints, or None and why not (the report tells the reader what is missing)."""
    try:
        return _read(text, fmt, chains), ""
    except _Gap as gap:
        return None, str(gap)


def _read(text: str, fmt: str, chains: list[Chain] | None) -> ReadNetwork:
    lines = LineMap(text)
    found: dict[tuple[str, int | None], tuple[list[list[float]], int]] = {}
    chains = extract_chains(text, fmt) if chains is None else chains
    # givens come before the first computed line: there "y = 0.5" states the target, later y is the output
    computed = min((c.sides[0].start for c in chains if len(c.sides) >= 3), default=-1)
    for chain in chains:
        if len(chain.sides) < 2 or not chain.sides[0].tokens:
            continue
        role = _role(chain.sides[0].text.strip())
        if role is None or role in found:
            continue
        for side in reversed(chain.sides[1:]):
            try:
                tree = parse_tokens(side.tokens)
            except (ParseError, RecursionError, ValueError):
                continue
            rows = _numbers(tree)
            value = _scalar(tree) if rows is None and len(chain.sides) == 2 else None
            name = normalize(chain.sides[0].text.strip())
            target = name[:1] in "tT" or value in (0.0, 1.0) or chain.sides[0].start < computed
            if value is not None and (role[0] in ("x", "b") or (role[0] == "t" and target)):
                rows = [[value]]  # "y = 1" states a target (a y printed as 0.73 is an output); "x = 0.5" an input
            if rows is not None:
                found[role] = (rows, lines.line(side.start))
                break
    for role, got in _elementwise(text, chains, lines).items():
        found.setdefault(role, got)
    for m in _LIST.finditer(text):
        role = ("x", None) if m.group(1) in "xX" else ("t", None)
        if role not in found:
            try:
                vals = [float(v) for v in m.group(2).split(",") if v.strip()]
            except ValueError:
                continue
            found[role] = ([[v] for v in vals], lines.line(m.start()))
    in_code: set[tuple[str, int | None]] = set()
    for name, got in code_assignments(text).items():  # W1 = np.array([[…]]) in a code block or cell
        role = _role(name)
        if (
            role is not None
            and role not in found
            and not (role[0] == "t" and name not in ("t", "T", "target", "targets", "y", "Y"))
        ):
            found[role] = got
            in_code.add(role)
    weights = sorted((l, v) for (r, l), v in found.items() if r == "W" and l is not None)
    numbered: Numbered | None = None
    substituted: SubNet | None = None
    if not weights:  # Mazur's w_1 … w_8, one scalar at a time
        got = read_numbered(text, chains, lines)
        gap = got if isinstance(got, str) else None
        if gap is not None:
            got = None  # numbered weights without all their parts: their substituted sums may still say it all
        if got is None and (("x", None) not in found or gap is not None):  # only in its substituted sums?
            sub = read_substituted(text, chains, lines)
            if isinstance(sub, SubNet):
                got = substituted = sub
            elif gap is not None:
                raise _Gap(gap)
            elif isinstance(sub, str) and ("t", None) not in found:
                raise _Gap(sub)
        if got is not None:
            numbered = got
            for l, mat in enumerate(got.weights, start=1):
                found[("W", l)] = (mat, 0)
                if got.biases is not None:
                    found[("b", l)] = ([[v] for v in got.biases[l - 1]], 0)
            found[("x", None)] = ([[v] for v in got.x], 0)
            found[("t", None)] = ([[v] for v in got.t], 0)
            weights = sorted((l, v) for (r, l), v in found.items() if r == "W" and l is not None)
    missing = [
        what
        for what, ok in (
            ("the weights (W^(1) = [...], one matrix per layer)", bool(weights)),
            ("the inputs (x = [...])", ("x", None) in found),
            ("the targets (t = [...])", ("t", None) in found),
        )
        if not ok
    ]
    if missing:
        raise _Gap("it does not print " + " or ".join(missing) + " as a list or matrix of numbers")
    if [l for l, _ in weights] != list(range(1, len(weights) + 1)):
        have = ", ".join(str(l) for l, _ in weights)
        raise _Gap(f"it prints weight matrices for layers {have}, not for every layer from 1")
    mats = [rows for _, (rows, _line) in weights]
    orientation = ""
    mixed: set[int] = set()
    if not _chain(mats):
        flipped = [[list(col) for col in zip(*m)] for m in mats]
        fits = _examples(found[("x", None)][0], len(flipped[0][0])) is not None
        fits = fits and _examples(found[("t", None)][0], len(flipped[-1])) is not None
        if _chain(flipped) and fits:  # printed inputs x outputs, for z = x W (numpy's a @ W): the same network
            mats, orientation = flipped, " (W printed inputs × outputs, as in z = xW)"
        elif (fitted := _fitted(mats, found[("x", None)][0], found[("t", None)][0])) is not None:
            mats, mixed = fitted  # z1 = W1 @ x but z2 = W2.T @ a1: each matrix as the shapes allow, one way only
            orientation = "".join(f" (W^({l}) printed inputs × outputs)" for l in sorted(mixed))
    layers = [len(mats[0][0])] + [len(m) for m in mats]
    for k in range(len(mats) - 1):
        if len(mats[k + 1][0]) != len(mats[k]):
            raise _Gap(f"W^({k + 2}) has {len(mats[k + 1][0])} columns but W^({k + 1}) has {len(mats[k])} rows")
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
            raise _Gap(f"b^({l}) has {len(flat)} values for a layer of {layers[l]} neurons")
        biases.append(flat)
    if biases is None and re.search(r"(?<![a-zA-Z\\])b(?:_|\^|\[)", text):
        # the document has biases we could not read: do not guess a network without them
        raise _Gap("it uses biases but does not print every layer's b^(l) = [...]")
    x_rows, x_line = found[("x", None)]
    t_rows, t_line = found[("t", None)]
    x = _examples(x_rows, layers[0])
    t = _examples(t_rows, layers[-1])
    if x is None:
        raise _Gap(f"the inputs (line {x_line}) do not have {layers[0]} values per example, as W^(1) needs")
    if t is None:
        raise _Gap(f"the targets (line {t_line}) do not have {layers[-1]} values per example, as the output layer needs")
    if len(x) != len(t):
        raise _Gap(f"it prints {len(x)} input examples but {len(t)} targets")
    if m := _OPTIMIZER_STATE.search(text):
        # the updates follow an optimizer's state (momentum, Adam's moments), which level 2 does not read from a page
        raise _Gap(f"its updates use an optimizer's state ({m.group(0).strip()}), which level 2 reads only from a spec")
    if m := _DROPOUT.search(text):
        # which neurons each step dropped is not part of the network a page's weights and data define
        raise _Gap(f"its training passes use dropout ({m.group(0).strip()[:40]}), whose masks level 2 reads only from a spec")
    guess = _activations_and_loss(text, len(mats), substituted.loss_hint if substituted else None)
    inferred_note = ""
    if isinstance(guess, str) and numbered is not None and guess.startswith("no formula applies"):
        # a page of numbers only (a student's answer lists each value): the kind whose values it prints
        printed_kind = _printed_kinds(mats, biases, x[0], t[0], text)
        if printed_kind is not None:
            guess, inferred_note = printed_kind[:2], printed_kind[2]
    if isinstance(guess, str):
        raise _Gap(guess)
    acts, loss = guess
    acts = _hidden_kind_printed(text, mats, biases, found, acts)
    inputs_major = mixed or (set(range(1, len(mats) + 1)) if orientation else set())
    for k, m in enumerate(mats):
        if numbered is None and len(m) == len(m[0]) and x:
            # a square W reads both ways (z = Wx or z = xW): believe the forward pass the document prints
            other = [*mats[:k], [list(col) for col in zip(*m)], *mats[k + 1 :]]
            if confirmed(other, biases, x[0], acts, text)[0] > confirmed(mats, biases, x[0], acts, text)[0]:
                mats = other
                inputs_major ^= {k + 1}
                orientation += f" (W^({k + 1}) read as printed inputs × outputs: the forward pass it prints is z = xW)"
    if substituted is not None:
        seen, total = confirmed(substituted.weights, substituted.biases, substituted.x, acts, text, whole=True)
        if seen < max(2, -(-total // 2)):
            raise _Gap(
                f"the network of its substituted sums gives a forward pass it does not print ({seen} of {total} net inputs "
                "and activations found)"
            )
    elif numbered is not None:
        seen, total = confirmed(numbered.weights, numbered.biases, numbered.x, acts, text)
        if seen < max(2, -(-total // 2)):
            raise _Gap(
                f"its numbered weights w_1, w_2, … {'as their arrows say' if numbered.numbering else 'counted row by row (w_1: input 1 → neuron 1, w_2: input 2 → neuron 1, …)'} "
                f"give a forward pass it does not print ({seen} of {total} net inputs and activations found): "
                "the document may count them another way"
            )
    data: dict = {
        "title": "network read from the document",
        "network": {"layers": layers, "activations": acts, "loss": loss},
        "parameters": {"weights": mats, **({"biases": biases} if biases is not None else {})},
        "data": {"inputs": x, "targets": t},
    }
    rate = _RATE.search(text)
    rate_note = f"; learning rate {rate.group(1)}" if rate else ""
    if rate:
        data["training"] = {"learning_rate": float(rate.group(1))}
    elif substituted is not None and substituted.rate is not None:
        data["training"] = {"learning_rate": substituted.rate}
        rate_note = f"; learning rate {substituted.rate:g} from its substituted update formula"
    else:
        inferred = infer_learning_rate(chains, lines)
        if inferred is not None:
            value, where = inferred
            data["training"] = {"learning_rate": value}
            rate_note = f"; learning rate {value:g} inferred from the updates at lines {', '.join(map(str, where))}"
    steps = max((int(k) for k in _STEP_HEADING.findall(text)), default=1)
    sgd = _SGD_WORDS.search(text) is not None and len(x) > 1
    if "training" in data and (steps > 1 or sgd):  # nnwalk's own "Step k in tables": the truth holds every step's values
        data["training"].update({"steps": -(-steps // len(x)) if sgd else steps, "mode": "sgd" if sgd else "batch"})
    try:
        spec = validate(data, "<document>")
    except SpecError as exc:
        raise _Gap(f"what it prints is not a network nnwalk can compute ({exc.message})") from None
    if substituted is not None:
        where = f"{substituted.where}; the document prints {seen} of its {total} net inputs and activations"
    elif numbered is not None:
        order = "" if numbered.numbering else "counted row by row (w_1: input 1 → neuron 1, w_2: input 2 → neuron 1, …), "
        where = f"numbered weights {order}{numbered.where}; the document prints {seen} of its {total} net inputs and activations"
    else:

        def code(role: tuple[str, int | None]) -> str:
            return " (code)" if role in in_code else ""

        where = ", ".join(f"W^({l}) line {ln}{code(('W', l))}" for l, (_r, ln) in weights)
        where += f"; x line {x_line}{code(('x', None))}; targets line {t_line}{code(('t', None))}"
    account = (
        f"network read from the document{orientation}: {'-'.join(map(str, layers))}, "
        f"{'/'.join(data['network']['activations'])}, {loss}{inferred_note}; {where}" + rate_note
    )
    if substituted is not None:
        return ReadNetwork(spec, account, data, Layout(names=substituted.names, coarse_decimals=substituted.coarse_decimals))
    if numbered is None:
        return ReadNetwork(spec, account, data, Layout(inputs_major=frozenset(inputs_major)))
    shared = numbered.shared_biases and spec.steps == 1
    if shared:
        account += "; one bias per layer, shared by its neurons"
    return ReadNetwork(spec, account, data, Layout(numbered.target_lines, shared, numbering=numbered.numbering))


def with_rate(read: ReadNetwork, rate: float, lines: list[int]) -> ReadNetwork:
    """``read`` trained one step at ``rate``, found from the document's printed new values (result-only updates)."""
    data = {**read.data, "training": {"learning_rate": rate}}
    try:
        spec = validate(data, "<document>")
    except SpecError:
        return read
    note = f"; learning rate {rate:g} inferred from the new values at lines {', '.join(map(str, lines[:8]))}"
    return ReadNetwork(spec, read.account + note, data, read.layout)


def infer_learning_rate(chains: list[Chain], lines: LineMap) -> tuple[float, list[int]] | None:
    """The learning rate a document's update lines use when it never states it, and where it was seen.

    An update is a chain named as a new value (``w_5^{+} = … = 0.40 - 0.5 \\times 0.082167 = …``) whose
    substitution is ``old − c × g``: the factor ``c`` that most update lines share (at least two,
    or the only one) is the rate; two rates each seen as often give none (level 2 does not guess).
    """
    seen: dict[float, list[int]] = {}
    for chain in chains:
        if len(chain.sides) < 3 or not chain.sides[0].tokens or not UPDATED_NAME.search(chain.sides[0].text.strip()):
            continue
        for side in chain.sides[1:]:
            try:
                tree = parse_tokens(side.tokens)
            except (ParseError, RecursionError, ValueError):
                continue
            c = _step_factor(tree)
            if c is not None:
                seen.setdefault(c, []).append(lines.line(side.start))
                break
    if not seen:
        return None
    ranked = sorted(seen.items(), key=lambda kv: -len(kv[1]))
    if len(ranked) > 1 and len(ranked[1][1]) == len(ranked[0][1]):
        return None
    value, where = ranked[0]
    if len(where) < 2 and len(seen) > 1:
        return None
    return value, where


def _step_factor(tree: Node) -> float | None:
    """``c`` of ``old − c × g`` (or ``old + c × g`` with g negative in the document's convention: not read)."""
    if not (isinstance(tree, Bin) and tree.op == "-" and _scalar(tree.left) is not None):
        return None
    step = tree.right
    while isinstance(step, Bin) and step.op in ("*", "juxt") and isinstance(step.left, Bin) and step.left.op in ("*", "juxt"):
        step = step.left  # c × g1 × g2: the first factor
    if isinstance(step, Bin) and step.op in ("*", "juxt"):
        c = _scalar(step.left)
        if c is not None and 0 < c <= 10:
            return c
    return None


# Evidence of an activation is its *use* in a formula, not a word in the prose ("we do not use softmax here").
_USES = {
    "sigmoid": re.compile(r"\\sigma\s*(?:\\left)?\s*\(|σ\s*\(|sigmoid\s*\(|\\frac\{1\}\{1\s*\+\s*e\^", re.IGNORECASE),
    "relu": re.compile(r"relu\s*\}?\s*(?:\\left)?\s*\(|\\max\s*(?:\\left)?\s*\(\s*0\s*,|g_\{?\\text\{relu\}", re.IGNORECASE),
    "tanh": re.compile(r"\\tanh\s*(?:\\left)?\s*\(|tanh\s*\(", re.IGNORECASE),
    "softmax": re.compile(r"softmax\s*\}?\s*(?:\\left)?\s*\(|softmax\}?\s*\(", re.IGNORECASE),
}
_HALF_SSE = re.compile(r"\\frac\{1\}\{2\}|\\tfrac\{1\}\{2\}|\\tfrac12|\\frac12|½|1/2|0\.5\s*\\?(?:sum|Σ)")
#: The half-SSE loss shown by its derivative instead: dL/da = a - y, delta = (y_hat - y) * ... (no factor 2).
_HALF_SSE_PRIME = re.compile(
    r"=\s*\(?\s*(?:a_\{?\w+\}?|\\hat\{?y\}?(?:_\{?\w+\}?)?|o_?\{?\w*\}?|out_?\{?\w*\}?)\s*-\s*(?:y|t)(?:_\{?\w+\}?)?\s*\)?\s*(?:\\cdot|\\odot|\*|=|\$|\\\\|$)",
    re.MULTILINE,
)
_CE = re.compile(r"-\s*\\?(?:sum|Σ)[^=]{0,40}\\?(?:ln|log)|cross[- ]entropy", re.IGNORECASE)


def _hidden_kind_printed(
    text: str,
    mats: list[list[list[float]]],
    biases: list[list[float]] | None,
    found: dict[tuple[str, int | None], tuple[list[list[float]], int]],
    acts: list[str],
) -> list[str]:
    """The hidden activation whose forward pass the document prints, when it names more than one kind.

    A page may write ``a^{(1)} = ReLU(z^{(1)})`` on one slide and ``a^{(1)} = σ(z^{(1)})`` in a general
    formula on the next; which kind the network uses is the one whose activations the page prints
    (ReLU(0.52) = 0.52, not σ(0.52) = 0.63). A tie between kinds is no network: nothing is read on a guess.
    """
    named = {k for k, rx in _USES.items() if rx.search(text)} - {"softmax"}
    if len(named) < 2 or len(mats) < 2:
        return acts
    x = _examples(found[("x", None)][0], len(mats[0][0]))
    if not x:
        return acts
    scored = []
    for kind in sorted(named):
        option = [kind] * (len(mats) - 1) + [acts[-1]]
        scored.append((confirmed(mats, biases, x[0], option, text)[0], option))
    best = max(seen for seen, _ in scored)
    winners = [option for seen, option in scored if seen == best]
    if acts in winners:
        return acts
    if len(winners) > 1:
        raise _Gap(f"its formulas name several hidden activations ({', '.join(sorted(named))}) and its numbers fit more than one")
    return winners[0]


#: The kinds a page of numbers only is tried with, and the losses its printed errors are matched against.
_PRINTED_KINDS = ("sigmoid", "tanh", "relu")
_PRINTED_LOSSES = ("half_sse", "sse")


def _printed_kinds(
    mats: list[list[list[float]]], biases: list[list[float]] | None, x: list[float], t: list[float], text: str
) -> tuple[list[str], str, str] | None:
    """The activation and loss of a network whose page names neither, read from the numbers it prints.

    A student's answer to Mazur's exercise lists ``net_h1 = 0.3775``, ``h1 = 0.593269992``, ``E1 = 0.274811083``
    and no formula. Only one kind of activation gives the forward pass it prints (σ(0.3775) = 0.593269992; ReLU
    would give 0.3775 again and a net input at the output it does not print), and only one loss its errors: the
    kind is taken when it alone confirms three quarters or more of the net inputs and activations and every output,
    the loss when its total is printed and the other's is not (nor, over more than two outputs, a mean of the
    squares). Anything less is no network.
    """
    scores = [(*confirmed(mats, biases, x, [kind] * len(mats), text), kind) for kind in _PRINTED_KINDS]
    best = max(seen for seen, _total, _kind in scores)
    winners = [(seen, total, kind) for seen, total, kind in scores if seen == best]
    if len(winners) != 1 or best < max(3, -(-3 * winners[0][1] // 4)):
        return None
    kind = winners[0][2]
    outputs = forward_outputs(mats, biases, x, [kind] * len(mats))
    if printed_among(outputs, text) < len(outputs):
        return None  # every output must be printed as that kind gives it (ReLU hides a linear output's negative one)
    gap = [ti - oi for ti, oi in zip(t, outputs, strict=True)]
    totals = {"half_sse": 0.5 * sum(g * g for g in gap), "sse": sum(g * g for g in gap)}
    losses = [name for name in _PRINTED_LOSSES if printed_among([totals[name]], text)]
    mean = sum(g * g for g in gap) / len(gap)
    if len(losses) != 1 or (len(gap) != 2 and printed_among([mean], text)):
        return None  # the total decides (per-output squares fit SSE and MSE alike); a mean over 3 outputs is MSE's
    return [kind] * len(mats), losses[0], " (activation and loss inferred from the values it prints)"


def _activations_and_loss(text: str, n_layers: int, loss_hint: str | None = None) -> tuple[list[str], str] | str:
    """The activations and loss the document's formulas use, or why they do not say clearly.

    One hidden kind (sigmoid, ReLU or tanh) applied in a formula, and at the output either the
    same kind or softmax; a loss shown as ½Σ(…)² (half_sse) or −Σ t ln o (cross-entropy). Two
    hidden kinds, or no loss formula, is no network: level 2 is not run on a guess.
    """
    used = {k for k, rx in _USES.items() if rx.search(text)}
    per_layer = _per_layer(text, n_layers) if len(used - {"softmax"}) > 1 else None
    if len(used - {"softmax"}) > 1 and per_layer is None:  # several kinds: believe the ones applied to numbers (σ(0.3775))
        applied = {k for k, rx in _USES.items() if re.search("(?:" + rx.pattern + r")\s*-?\(?\s*-?\d", text, rx.flags)}
        used = applied | (used & {"softmax"})  # softmax is applied to a vector (softmax(z)), rarely to a printed number
    out = "softmax" if "softmax" in used else None
    hidden = used - {"softmax"}
    if per_layer is not None:  # a_1 = ReLU(z_1), a_2 = Sigmoid(z_2): each layer's own kind
        hidden, out = set(per_layer[:-1]), per_layer[-1]
    if len(hidden) > 1:
        return f"its formulas apply more than one hidden activation ({', '.join(sorted(hidden))}); one kind is read"
    if not hidden:
        return "no formula applies an activation to a net input (such as σ(0.3775), ReLU(z) or tanh(z))"
    kind = hidden.pop()
    if per_layer is not None and out == "sigmoid" and _BCE.search(text):
        return per_layer, "bce"
    if per_layer is not None and out != "softmax" and (_HALF_SSE.search(text) or _HALF_SSE_PRIME.search(text)):
        return per_layer, "half_sse"
    if per_layer is not None:
        return "it prints no loss formula nnwalk recognises for its layers (½Σ(t − o)², −Σ t ln o or binary cross-entropy)"
    if out is None and kind == "sigmoid" and _BCE.search(text):
        return [kind] * n_layers, "bce"
    if out == "softmax":
        loss = "cross_entropy"  # nnwalk pairs softmax with cross-entropy only; a document's own backward pass is judged by that
    elif _HALF_SSE.search(text) or _HALF_SSE_PRIME.search(text):
        out, loss = kind, "half_sse"
    elif loss_hint is not None:  # shown only by a substituted (t - o)^2 or a δ of the bare difference
        out, loss = kind, loss_hint
    else:
        return "it prints no loss formula nnwalk recognises (½Σ(t − o)² or −Σ t ln o)"
    if n_layers == 1:
        return [out], loss
    return [kind] * (n_layers - 1) + [out], loss


#: Binary cross-entropy, by name or by its (1 − y) log(1 − a) term.
_BCE = re.compile(r"binary[- ]cross[- ]entropy|\(1\s*-\s*y\)\s*(?:\\cdot|\*)?\s*\\?log\s*\\?(?:left)?\(\s*1\s*-", re.IGNORECASE)
#: ``a_1 = \text{ReLU}(z_1)``: the activation a formula applies to one layer's net input.
_APPLIED = re.compile(
    r"\b[a-zA-Z]_?\{?(\d)\}?\s*=\s*(?:\\(?:text|mathrm|operatorname)\{\s*)?(relu|sigmoid|tanh|\\sigma|σ)\b", re.IGNORECASE
)


def _per_layer(text: str, n_layers: int) -> list[str] | None:
    """Each layer's activation where the document names it per layer (``a_1 = ReLU(z_1)``), if it does for every layer."""
    kinds: dict[int, set[str]] = {}
    for m in _APPLIED.finditer(text):
        name = m.group(2).lower().lstrip("\\")
        kinds.setdefault(int(m.group(1)), set()).add({"σ": "sigmoid", "sigma": "sigmoid"}.get(name, name))
    if sorted(kinds) != list(range(1, n_layers + 1)) or any(len(k) != 1 for k in kinds.values()):
        return None
    return [next(iter(kinds[l])) for l in range(1, n_layers + 1)]


def _examples(rows: list[list[float]], n: int) -> list[list[float]] | None:
    """Examples as rows of n values, whether printed as a column (n × m) or as rows (m × n)."""
    if len(rows) == n:
        return [list(col) for col in zip(*rows)]
    if rows and len(rows[0]) == n:
        return rows
    return None
