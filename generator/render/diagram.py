"""The Markdown's Mermaid network drawing as an inline SVG figure for the HTML page.

Why not Mermaid itself: it is a large JavaScript library that would have to ship beside every
page (never a CDN), for one drawing whose shape nnwalk already knows. The Markdown templates
write a small subset — ``graph LR``, round nodes ``id(("label"))`` and labelled edges
``a -->|"w"| b`` — which is read here and drawn layer by layer (a node's column is the longest
path reaching it). Anything outside that subset is shown as the Mermaid source in a
``<pre>`` block with a caption, so the page is never wrong, only plainer.
"""

from __future__ import annotations

import html
import re

_NODE = re.compile(
    r'^\s*([A-Za-z_][\w]*)\s*(?:\(\(\s*"([^"]*)"\s*\)\)|\(\(\s*([^()"]*)\s*\)\)|\[\s*"([^"]*)"\s*\]|\[\s*([^\]"]*)\s*\])\s*;?\s*$'
)
_EDGE = re.compile(r'^\s*([A-Za-z_][\w]*)\s*(-->|~~~)\s*(?:\|\s*"?([^|"]*)"?\s*\|\s*)?([A-Za-z_][\w]*)\s*;?\s*$')

R = 20  # node radius
COL = 190  # distance between layers
ROW = 80  # distance between nodes of one layer
PAD = 36


def _parse(source: str) -> tuple[dict[str, str], list[tuple[str, str, str]], list[tuple[str, str, str]]] | None:
    """Nodes, drawn edges and invisible (``~~~``, layout-only) links of a Mermaid graph in nnwalk's subset."""
    lines = [ln for ln in source.splitlines() if ln.strip() and not ln.strip().startswith("%%")]
    if not lines or lines[0].strip() not in ("graph LR", "flowchart LR"):
        return None
    nodes: dict[str, str] = {}
    edges: list[tuple[str, str, str]] = []
    hidden: list[tuple[str, str, str]] = []
    for ln in lines[1:]:
        if m := _NODE.match(ln):
            nodes[m.group(1)] = next(g for g in m.groups()[1:] if g is not None).strip()
        elif m := _EDGE.match(ln):
            a, op, label, b = m.group(1), m.group(2), (m.group(3) or "").strip(), m.group(4)
            for n in (a, b):
                nodes.setdefault(n, n)
            (hidden if op == "~~~" else edges).append((a, b, label))
        else:
            return None
    return (nodes, edges, hidden) if nodes else None


def _columns(nodes: dict[str, str], edges: list[tuple[str, str, str]]) -> dict[str, int] | None:
    col = dict.fromkeys(nodes, 0)
    for _ in range(len(nodes)):  # longest path by relaxation; a cycle never settles
        changed = False
        for a, b, _l in edges:
            if col[b] < col[a] + 1:
                col[b] = col[a] + 1
                changed = True
        if not changed:
            return col
    return None


def mermaid_svg(source: str) -> str | None:
    """An SVG drawing of a Mermaid ``graph LR`` in nnwalk's subset, or None when it is outside the subset."""
    parsed = _parse(source)
    if parsed is None:
        return None
    nodes, edges, hidden = parsed
    col = _columns(nodes, edges + hidden)
    if col is None:
        return None
    layers: dict[int, list[str]] = {}
    for n in nodes:
        layers.setdefault(col[n], []).append(n)
    tallest = max(len(v) for v in layers.values())
    height = 2 * PAD + (tallest - 1) * ROW + 2 * R
    width = 2 * PAD + (max(layers) * COL) + 2 * R
    pos: dict[str, tuple[float, float]] = {}
    for c, members in layers.items():
        top = (height - (len(members) - 1) * ROW) / 2
        for k, n in enumerate(members):
            pos[n] = (PAD + R + c * COL, top + k * ROW)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0f} {height:.0f}" width="{width:.0f}" '
        f'height="{height:.0f}" role="img" aria-label="network diagram" font-family="sans-serif" font-size="12">'
    ]
    # An edge's label sits on a white patch at a point that moves toward the target with the source's row
    # (first source at 30 %, last at 75 % of the way), so the labels of edges meeting at one neuron are
    # spread along the edge and those leaving one neuron stay apart vertically.
    row = {n: (k, len(layers[col[n]])) for c in layers for k, n in enumerate(layers[c])}
    for a, b, _label in edges:
        (x1, y1), (x2, y2) = pos[a], pos[b]
        parts.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2 - R:.1f}" y2="{y2:.1f}" stroke="#8c959f" stroke-width="1.2"/>')
        parts.append(f'<path d="M{x2 - R:.1f},{y2:.1f} l-7,-3.5 l0,7 z" fill="#8c959f"/>')
    for a, b, label in edges:
        if not label:
            continue
        (x1, y1), (x2, y2) = pos[a], pos[b]
        k, m = row[a]
        t = 0.3 + 0.45 * (k / (m - 1) if m > 1 else 0.5)
        lx, ly = x1 + t * (x2 - x1), y1 + t * (y2 - y1)
        w = 6.5 * len(label) + 4
        parts.append(f'<rect x="{lx - w / 2:.1f}" y="{ly - 8:.1f}" width="{w:.1f}" height="14" fill="#fff" opacity="0.85"/>')
        parts.append(f'<text x="{lx:.1f}" y="{ly + 3:.1f}" text-anchor="middle" fill="#24292f">{html.escape(label)}</text>')
    for n, (x, y) in pos.items():
        if nodes[n] == "⋮":  # an elided layer's ellipsis: no neuron, just the dots
            parts.append(f'<text x="{x:.1f}" y="{y + 6:.1f}" text-anchor="middle" font-size="20" fill="#57606a">⋮</text>')
            continue
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{R}" fill="#ddf4ff" stroke="#0969da" stroke-width="1.5"/>')
        parts.append(f'<text x="{x:.1f}" y="{y + 4:.1f}" text-anchor="middle" fill="#0a3069">{html.escape(nodes[n])}</text>')
    parts.append("</svg>")
    return "".join(parts)


def mermaid_figure(source: str) -> str:
    """A ``<figure>`` for the page: the drawing, or the Mermaid source when it cannot be drawn here."""
    svg = mermaid_svg(source)
    if svg is not None:
        return f'<figure class="diagram">{svg}<figcaption>The network: inputs on the left, weights on the edges.</figcaption></figure>\n'
    return (
        '<figure class="diagram"><pre><code class="language-mermaid">'
        f"{html.escape(source)}</code></pre><figcaption>Network diagram in Mermaid notation "
        "(GitHub draws it from the Markdown file).</figcaption></figure>\n"
    )


__all__ = ["mermaid_figure", "mermaid_svg"]
