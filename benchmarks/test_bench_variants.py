"""Speed of exam variants (pytest-benchmark; run with `.venv/bin/python -m pytest benchmarks -s`).

Goals from the issue, on the 2-core reference machine: 500 variants of the seed-002 exercise
to Markdown + JSON + Moodle XML in under 5 s wall; both booklets (question sheets and answer
keys) for 100 variants to PDF in under 20 s. Every variant is verified in both.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.pdf import tex_available
from generator.variant_run import generate

EXAM = Path(__file__).resolve().parent.parent / "specs" / "exam" / "exam_seed002.yaml"


def test_500_variants_md_json_moodle(benchmark) -> None:  # noqa: ANN001
    def run() -> dict:
        return generate(EXAM, 500, 1, ("md", "json", "moodle"), jobs=os.cpu_count())[1]

    files = benchmark.pedantic(run, rounds=1, iterations=1)
    assert "exam_seed002_moodle.xml" in files and "exam_seed002_v500_key.json" in files


@pytest.mark.skipif(not tex_available(), reason="needs TeX Live with latexmk")
def test_100_variant_booklets_to_pdf(benchmark) -> None:  # noqa: ANN001
    def run() -> dict:
        return generate(EXAM, 100, 1, ("pdf",), jobs=os.cpu_count())[1]

    files = benchmark.pedantic(run, rounds=1, iterations=1)
    assert files["exam_seed002_keys_booklet.pdf"].startswith(b"%PDF")
    assert files["exam_seed002_questions_booklet.pdf"].startswith(b"%PDF")
