"""docs/mistakes.md lists exactly the catalogue: every id with its title and sentence, in the catalogue's order."""

from __future__ import annotations

import re
from pathlib import Path

from generator.engine.mistakes import CATALOGUE

DOC = Path(__file__).resolve().parents[2] / "docs" / "mistakes.md"


def test_the_documented_catalogue_is_the_code_s() -> None:
    rows = re.findall(r"^\| `([a-z_]+)` \| (.+?) \| (.+?) \|$", DOC.read_text(encoding="utf-8"), flags=re.M)
    assert [(m.id, m.title, m.explanation) for m in CATALOGUE.values()] == rows
