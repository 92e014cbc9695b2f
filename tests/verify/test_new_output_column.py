"""A table's "New Output" column holds the forward pass after the update (issue 15: level 2 continues through the
whole document). Hold-out round 31's post (kept with its address in ``data/published``) prints, after updating a
2-2-1 sigmoid network (x = (0.35, 0.7), target 0.5, learning rate 1), a table ``| Node | Previous Output | New
Output |`` whose new y₅ is 0.61. Its independent recomputation (that folder's ``recompute.py``) gives, with the
correct updates, y₅ = σ(0.661307) = 0.6596, so 0.66."""

from __future__ import annotations

import json
import math
from pathlib import Path

from generator.verify.run import verify_document

FOLDER = Path(__file__).resolve().parent / "data" / "published" / "md_r31_bhavyakansal_gfg_boxed_emoji"


def test_the_new_output_column_is_judged_against_the_updated_network() -> None:
    assert round(1 / (1 + math.exp(-0.661307)), 4) == 0.6596
    lines = (FOLDER / "doc.md").read_text(encoding="utf-8").split("\n")
    row = next(i + 1 for i, t in enumerate(lines) if t.startswith("| $y_5$ | 0.67 | **0.61** |"))
    assert any("Previous Output" in t and "New Output" in t for t in lines[row - 6 : row])
    expected = json.loads((FOLDER / "expected.json").read_text(encoding="utf-8"))
    assert row in {w["line"] for w in expected["wrong"]}
    items = [n for n in verify_document(FOLDER / "doc.md").level2.items if n.line == row]
    assert ("0.61", "error", "0.66") in [(n.printed, n.klass, n.expected) for n in items]
