"""Issue 16 point 4 (part): --format pdf also writes one questions PDF and one key PDF per variant.

They are the booklets' pages split at each variant's start; checked here by reading the pages' text
with pypdf: each page carries its own variant's code and no other's, and nothing is lost or repeated.
"""

from __future__ import annotations

import io
import json
import re

import pytest
from paths import ROOT
from pypdf import PdfReader

from generator.exam.run import generate
from generator.render.pdf import tex_available

pytestmark = pytest.mark.latex


def _codes(pdf: bytes) -> list[str]:
    return [
        ",".join(sorted(set(re.findall(r"S\d+-V\d{3}-[0-9a-f]{4}", p.extract_text() or ""))))
        for p in PdfReader(io.BytesIO(pdf)).pages
    ]


@pytest.mark.skipif(not tex_available(), reason="needs TeX Live (latexmk); .ci/run installs it")
def test_each_variant_gets_its_own_pdfs_split_from_the_booklets() -> None:
    exam = ROOT / "specs" / "exam" / "exam_seed002.yaml"
    _, files, _ = generate(exam, 3, 8, ("json", "pdf"), jobs=1)
    codes = {v: json.loads(files[f"exam_seed002_v{v:03d}_key.json"])["variant"]["code"] for v in (1, 2, 3)}
    for kind, booklet in (("questions", "questions_booklet"), ("key", "keys_booklet")):
        whole = _codes(files[f"exam_seed002_{booklet}.pdf"])
        parts = []
        for v in (1, 2, 3):
            pages = _codes(files[f"exam_seed002_v{v:03d}_{kind}.pdf"])
            assert pages and set(pages) == {codes[v]}, (kind, v, pages)
            parts += pages
        if kind == "key":  # the keys booklet opens with the grid of every variant's answers: in no variant's key
            grid = [c for c in whole if c.count(",") == 2]
            assert grid and whole[: len(grid)] == grid and set(grid[0].split(",")) == set(codes.values())
            whole = whole[len(grid) :]
        assert parts == whole  # every page once, in order
    again = generate(exam, 3, 8, ("json", "pdf"), jobs=1)[1]
    assert all(again[k] == files[k] for k in files if k.endswith(".pdf"))
