"""What a network drawing shows: which neurons (eliding big layers), where, and what each node and edge says.

One layout feeds every drawing (TikZ in LaTeX, Mermaid in Markdown, the ASCII sketch), so
they agree on which neurons a big layer shows. Layers of more than :data:`MAX_DRAWN`
neurons show their first three and last two neurons with a vertical ellipsis between,
like the elided matrices. Values in nodes come from the trace as printed numbers (the
same ``Num`` the equations print), so a drawing can never disagree with the text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..engine.trace import Trace
from ..numfmt import Num

#: A layer with more neurons than this is drawn elided.
MAX_DRAWN = 8
#: Weights are written on the edges only when every layer is drawn in full and there are at most this many edges.
MAX_LABELLED_EDGES = 40
_HEAD, _TAIL = 3, 2


@dataclass(frozen=True)
class DrawNode:
    id: str
    layer: int
    index: int
    y: float  # vertical position in rows, centred on 0, top positive
    name: str  # LaTeX of the neuron's name (a, x, o, ...)
    value: Num | None = None  # printed value shown inside the node


@dataclass(frozen=True)
class DrawEdge:
    src: str
    dst: str
    label: str = ""  # the weight as printed (plain text), or empty


@dataclass
class Drawing:
    nodes: list[DrawNode] = field(default_factory=list)
    edges: list[DrawEdge] = field(default_factory=list)
    dots: list[tuple[int, float]] = field(default_factory=list)  # (layer, y) of each vertical ellipsis
    elided: bool = False
    x_cm: float = 3.2  # distance between layers: narrower for deep networks, so the drawing fits the page
    y_cm: float = 1.3  # distance between neurons: more when nodes hold values and carry their names above


def shown(n: int) -> list[int | None]:
    """Neuron indices a layer of ``n`` shows, top to bottom; ``None`` marks the ellipsis."""
    if n <= MAX_DRAWN:
        return list(range(n))
    return [*range(_HEAD), None, *range(n - _TAIL, n)]


def drawing(
    layers: tuple[int, ...] | list[int],
    name: Callable[[int, int], str],
    weight: Callable[[int, int, int], str] | None = None,
    value: Callable[[int, int], Num | None] | None = None,
) -> Drawing:
    """The drawing of a network with ``layers`` neurons per layer (inputs first).

    ``name(l, j)`` names neuron j of layer l; ``weight(l, j, i)`` labels the edge from neuron i
    of layer l-1 to neuron j of layer l (only in a small, fully drawn network); ``value(l, j)``
    is the number shown in the node, or None for a node that shows its name only.
    """
    d = Drawing(
        elided=any(n > MAX_DRAWN for n in layers),
        x_cm=round(min(3.2, 14.0 / max(1, len(layers) - 1)), 2),
        y_cm=1.8 if value is not None else 1.3,
    )
    slots = [shown(n) for n in layers]
    n_edges = sum(len(a) * len(b) for a, b in zip(slots, slots[1:], strict=False))
    label_edges = weight is not None and not d.elided and n_edges <= MAX_LABELLED_EDGES
    for l, col in enumerate(slots):
        top = (len(col) - 1) / 2
        for k, j in enumerate(col):
            y = top - k
            if j is None:
                d.dots.append((l, y))
                continue
            d.nodes.append(DrawNode(f"n{l}_{j}", l, j, y, name(l, j), value(l, j) if value else None))
    for l in range(1, len(layers)):
        for j in (x for x in slots[l] if x is not None):
            for i in (x for x in slots[l - 1] if x is not None):
                label = weight(l, j, i) if label_edges and weight is not None else ""
                d.edges.append(DrawEdge(f"n{l - 1}_{i}", f"n{l}_{j}", label))
    return d


def ascii_sketch(layers: tuple[int, ...] | list[int], layer_names: list[str], neuron: Callable[[int, int], str]) -> str:
    """A plain-text drawing, one column per layer (as the hand-made seed 002 has), elided like the others.

    Every neuron of a layer feeds every neuron of the next (a dense network), which the
    arrows between the columns stand for; they sit on the middle row.
    """
    cols = [[f"({neuron(l, j)})" if j is not None else "..." for j in shown(n)] for l, n in enumerate(layers)]
    widths = [max(len(layer_names[l]), *(len(c) for c in col)) for l, col in enumerate(cols)]
    height = max(len(c) for c in cols)
    mid = (height - 1) // 2
    lines = ["     ".join(layer_names[l].center(widths[l]) for l in range(len(cols))).rstrip()]
    for r in range(height):
        parts = []
        for c, col in enumerate(cols):
            k = r - (height - len(col)) // 2
            parts.append((col[k] if 0 <= k < len(col) else "").center(widths[c]))
            if c < len(cols) - 1:
                parts.append(" --> " if r == mid else "     ")
        lines.append("".join(parts).rstrip())
    return "\n".join(lines)


def trace_drawings(tr: Trace) -> dict[str, object]:
    """The drawings a scalar walkthrough shows: the architecture (weights on the edges), the forward
    pass (activations in the nodes) and the backward pass (deltas in the nodes), all of the first
    step's first example, plus the plain-text sketch."""
    spec, nt = tr.spec, tr.notation
    st = tr.steps[0]
    ex = st.examples[0]
    xs = ex.inputs

    def weight(l: int, j: int, i: int) -> str:
        return st.weights[l - 1][j][i].plain

    def activation(l: int, j: int) -> Num | None:
        return xs[j] if l == 0 else ex.forward[l - 1][j].a.result

    back = ex.backward if ex.backward is not None else st.backward

    def delta(l: int, j: int) -> Num | None:
        if l == 0:
            return None
        nb = back[l - 1][j]
        return nb.delta.result if nb.delta is not None else None

    names = [nt.layer_name(l) for l in range(len(spec.layers))]
    return {
        "architecture": drawing(spec.layers, nt.a, weight),
        "forward": drawing(spec.layers, nt.a, None, activation),
        "backward": drawing(spec.layers, nt.a, None, delta),
        "ascii": ascii_sketch(spec.layers, names, nt.neuron),
    }


def mermaid_graph(d: Drawing, label: Callable[[int, int], str]) -> tuple[list[dict[str, str]], list[dict[str, object]]]:
    """Nodes (in drawing order, a ⋮ node where a layer is elided) and edges of the Mermaid drawing.

    The ⋮ node hangs on an invisible link (``~~~``) from the layer before, so Mermaid, and
    the page's SVG, put it in its layer's column without drawing a connection.
    """
    items: list[tuple[int, float, dict[str, str]]] = [
        (n.layer, -n.y, {"id": n.id, "label": label(n.layer, n.index)}) for n in d.nodes
    ]
    hidden: list[dict[str, object]] = []
    for l, y in d.dots:
        dot_id = f"dots{l}"
        items.append((l, -y, {"id": dot_id, "label": "⋮"}))
        before = next((n for n in d.nodes if n.layer == l - 1), None)
        if before is not None:
            hidden.append({"src": before.id, "dst": dot_id, "label": "", "hidden": True})
    nodes = [it[2] for it in sorted(items, key=lambda it: (it[0], it[1]))]
    edges: list[dict[str, object]] = [{"src": e.src, "dst": e.dst, "label": e.label, "hidden": False} for e in d.edges]
    return nodes, edges + hidden
