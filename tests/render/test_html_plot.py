"""The loss-per-step SVG plot: round ticks, well-formed SVG, the printed values, written only for several steps."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest

from generator.api import walkthrough
from generator.render.plot import PLOT_MARK, loss_plot_svg, ticks
from generator.spec.load import load_spec

ROOT = Path(__file__).resolve().parents[2]
NS = {"s": "http://www.w3.org/2000/svg"}


@pytest.mark.parametrize(
    ("lo", "hi"),
    [("0.4685", "0.674"), ("0.2", "0.2"), ("-0.03", "0.02"), ("0.000012", "0.000034"), ("0", "0"), ("12.5", "980")],
)
def test_ticks_are_round_and_cover_the_range(lo: str, hi: str) -> None:
    t = ticks(Decimal(lo), Decimal(hi))
    assert t[0] <= Decimal(lo) and t[-1] >= Decimal(hi)
    assert 3 <= len(t) <= 12
    steps = {b - a for a, b in zip(t, t[1:])}
    assert len(steps) == 1
    mantissa = next(iter(steps)).normalize().as_tuple().digits
    assert mantissa in ((1,), (2,), (5,))
    assert all("E" not in str(x) and len(format(x, "f")) < 12 for x in t)  # 0.55, never 0.5500000000000001


def test_svg_is_well_formed_with_axes_and_points() -> None:
    pts = [("1", Decimal("0.67399")), ("2", Decimal("0.61393")), ("after", Decimal("0.46853"))]
    svg = loss_plot_svg(pts, "Loss <per> step", "training step", subtitle="<script>alert(1)</script> & more")
    root = ET.fromstring(svg.split("\n", 1)[1])  # after the XML declaration
    assert PLOT_MARK in svg and "<script>" not in svg
    texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert "training step" in texts and "loss" in texts and "after" in texts
    assert "0.45" in texts and "0.70" in texts  # y ticks around the values
    circles = root.findall("s:circle", NS)
    assert [c.find("s:title", NS).text for c in circles] == ["0.67399", "0.61393", "0.46853"]  # type: ignore[union-attr]
    ys = [float(c.get("cy", "0")) for c in circles]
    assert ys[0] < ys[1] < ys[2]  # a larger loss is higher on the page


def test_plot_shows_the_printed_losses_of_the_steps_table() -> None:
    w = walkthrough(load_spec(ROOT / "specs" / "bce.yaml"), ("md",))
    assert "bce.loss.svg" in w.extras and [name for name, _ in w.files("bce")][-1] == "bce.loss.svg"
    md = str(w.documents["md"])
    section = md.split("## Training steps", 1)[1].split("\n### ", 1)[0]
    table = re.findall(r"^\| (?:\d+|after step \d+)[^|]*\| \$([^$]+)\$ \|$", section, re.M)
    svg = str(w.extras["bce.loss.svg"])
    shown = re.findall(r"<circle [^>]*><title>([^<]+)</title>", svg)
    assert table and shown == table


def test_one_step_writes_no_plot() -> None:
    w = walkthrough(load_spec(ROOT / "specs" / "example.yaml"), ("md", "json"))
    assert w.extras == {}
    assert [name for name, _ in w.files("example")] == ["example.md", "example.json"]
