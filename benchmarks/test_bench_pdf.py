"""Benchmark (not a timed test): the seed-002 walkthrough from spec to PDF, and the share spent in TeX.

Two figures: the wall time of the whole command (``nnwalk render specs/seed002.yaml --format pdf``,
interpreter start-up included), and, in process, the time inside ``build_pdf`` (latexmk running
pdflatex as often as the table of contents needs) as a share of the spec-to-PDF time.
Run with ``python -m pytest benchmarks/test_bench_pdf.py -s``; the figures are printed.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator import api
from generator.render import pdf as pdfmod
from generator.spec.load import load_spec

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(not pdfmod.tex_available(), reason="needs TeX Live")


def test_seed002_pdf_wall_time_and_tex_share(benchmark, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    cmd = [sys.executable, "-m", "generator", "render", "specs/seed002.yaml", "--format", "pdf", "-o", str(tmp_path), "--force"]
    benchmark.pedantic(lambda: subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT), rounds=3, iterations=1)
    wall = benchmark.stats.stats.median

    tex_times: list[float] = []
    real = pdfmod.build_pdf

    def timed(tex: str, stem: str) -> tuple[bytes, str]:
        t = time.perf_counter()
        try:
            return real(tex, stem)
        finally:
            tex_times.append(time.perf_counter() - t)

    monkeypatch.setattr(api, "build_pdf", timed)
    spec = load_spec(ROOT / "specs" / "seed002.yaml")
    totals = []
    for _ in range(3):
        t = time.perf_counter()
        api.walkthrough(spec, ("pdf",))
        totals.append(time.perf_counter() - t)
    total, tex = statistics.median(totals), statistics.median(tex_times)
    share = tex / total
    print(f"\nseed002 to PDF: command wall {wall:.2f} s; in process {total:.2f} s, of which TeX {tex:.2f} s ({share:.0%})")
    benchmark.extra_info.update({"wall_s": wall, "in_process_s": total, "tex_s": tex, "tex_share": share})
