"""The loss-per-step plot: a small hand-written SVG (no plotting library needed for one line chart).

Why SVG: it is a text file that sits beside the Markdown/HTML, scales for print, and any
browser or Markdown viewer shows it. The values plotted are the ones the document prints
(the rounded losses of the "Training steps" table), so the plot never disagrees with the
text it illustrates. Axis ticks use 1, 2 or 5 times a power of ten, labelled with Decimal
arithmetic so a tick reads 0.55, never 0.5500000000000001.
"""

from __future__ import annotations

import html
from decimal import Decimal

#: In every plot nnwalk writes (it says where the file came from).
PLOT_MARK = "<!-- nnwalk loss plot -->"

W, H = 560, 340
LEFT, RIGHT, TOP, BOTTOM = 72, 20, 48, 58


def _step(span: Decimal, want: int = 5) -> Decimal:
    """A tick step of 1, 2 or 5 times a power of ten giving about ``want`` intervals over ``span``."""
    raw = span / want
    exp = raw.adjusted()
    for m in (1, 2, 5, 10):
        s = Decimal(m).scaleb(exp)
        if s >= raw:
            return s
    return Decimal(10).scaleb(exp)  # pragma: no cover - the loop always returns


def ticks(lo: Decimal, hi: Decimal) -> list[Decimal]:
    """Round tick values covering [lo, hi]."""
    if hi <= lo:
        pad = abs(lo) / 10 if lo else Decimal(1)
        lo, hi = lo - pad, hi + pad
    step = _step(hi - lo)
    first = (lo / step).to_integral_value(rounding="ROUND_FLOOR") * step
    out, v = [first], first
    while v < hi:
        v += step
        out.append(v)
    places = max(0, -step.normalize().as_tuple().exponent)  # type: ignore[operator]
    return [t.quantize(Decimal(1).scaleb(-places)) + 0 for t in out]  # +0 turns -0 into 0


def _fmt(d: Decimal) -> str:
    s = format(d, "f")
    return s[1:] if s.startswith("-") and Decimal(s) == 0 else s


def _fit(text: str, limit: int) -> str:
    """Text shortened with an ellipsis to about what fits across the plot."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def loss_plot_svg(points: list[tuple[str, Decimal]], title: str, x_label: str, y_label: str = "loss", subtitle: str = "") -> str:
    """A line chart of ``points`` (x tick label, value) with axis ticks, labels, a title and an optional subtitle."""
    if not points:
        raise ValueError("a plot needs at least one point")
    vals = [v for _l, v in points]
    ys = ticks(min(vals), max(vals))
    y0, y1 = ys[0], ys[-1]
    pw, ph = W - LEFT - RIGHT, H - TOP - BOTTOM
    n = len(points)

    def px(i: int) -> float:
        return LEFT + (pw * (i + 0.5) / n)

    def py(v: Decimal) -> float:
        return TOP + ph - float((v - y0) / (y1 - y0)) * ph

    e = html.escape
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="{W}" height="{H}" '
        f'font-family="sans-serif" font-size="12" role="img" aria-label="{e(title, quote=True)}">',
        PLOT_MARK,
        f"<title>{e(title)}</title>",
        f'<rect x="0" y="0" width="{W}" height="{H}" fill="#fff"/>',
        f'<text x="{W / 2:.0f}" y="18" text-anchor="middle" font-size="14" font-weight="bold">{e(_fit(title, 64))}</text>',
    ]
    if subtitle:
        out.append(f'<text x="{W / 2:.0f}" y="33" text-anchor="middle" fill="#57606a">{e(_fit(subtitle, 80))}</text>')
    for t in ys:  # grid lines and y ticks
        y = py(t)
        out.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{LEFT + pw}" y2="{y:.1f}" stroke="#eaeef2"/>')
        out.append(f'<line x1="{LEFT - 5}" y1="{y:.1f}" x2="{LEFT}" y2="{y:.1f}" stroke="#24292f"/>')
        out.append(f'<text x="{LEFT - 8}" y="{y + 4:.1f}" text-anchor="end">{_fmt(t)}</text>')
    for i, (label, _v) in enumerate(points):  # x ticks
        x = px(i)
        out.append(f'<line x1="{x:.1f}" y1="{TOP + ph}" x2="{x:.1f}" y2="{TOP + ph + 5}" stroke="#24292f"/>')
        out.append(f'<text x="{x:.1f}" y="{TOP + ph + 19}" text-anchor="middle">{e(label)}</text>')
    out.append(f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{TOP + ph}" stroke="#24292f"/>')
    out.append(f'<line x1="{LEFT}" y1="{TOP + ph}" x2="{LEFT + pw}" y2="{TOP + ph}" stroke="#24292f"/>')
    out.append(f'<text x="{LEFT + pw / 2:.0f}" y="{H - 12}" text-anchor="middle">{e(x_label)}</text>')
    out.append(
        f'<text x="16" y="{TOP + ph / 2:.0f}" text-anchor="middle" transform="rotate(-90 16 {TOP + ph / 2:.0f})">{e(y_label)}</text>'
    )
    line = " ".join(f"{px(i):.1f},{py(v):.1f}" for i, (_l, v) in enumerate(points))
    out.append(f'<polyline points="{line}" fill="none" stroke="#0969da" stroke-width="2"/>')
    for i, (_l, v) in enumerate(points):
        out.append(f'<circle cx="{px(i):.1f}" cy="{py(v):.1f}" r="3.5" fill="#0969da"><title>{e(_fmt(v))}</title></circle>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def trace_loss_points(trace: object) -> list[tuple[str, Decimal]] | None:
    """(label, printed loss) per training step and after the last one, or None for a single step.

    The labels follow the document's "Training steps" table: the loss before step k, then
    the loss after the last step.
    """
    steps = getattr(trace, "steps", [])
    final = getattr(trace, "final_loss", None)
    if len(steps) < 2:
        return None
    pts = [(str(st.index + 1), st.loss.result.value) for st in steps]
    if final is not None:
        pts.append(("after", final.result.value))
    return pts


__all__ = ["PLOT_MARK", "loss_plot_svg", "ticks", "trace_loss_points"]
