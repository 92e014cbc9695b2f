"""Benchmark (not a timed test): rendering seed 002 to md+tex+json vs importing the dependencies.

Goal from the core issue: a full ``nnwalk render`` of specs/seed002.yaml costs at most 1.5x the
wall time of ``python -c "import numpy, sympy, jinja2, yaml"``. Run with
``python -m pytest benchmarks --benchmark-enable``; the ratio is printed.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _wall(cmd: list[str], n: int = 5) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def test_render_seed002_vs_imports(benchmark, tmp_path: Path) -> None:  # noqa: ANN001
    render = [sys.executable, "-m", "generator", "render", "specs/seed002.yaml", "-o", str(tmp_path), "--format", "md,tex,json"]
    imports = [sys.executable, "-c", "import numpy, sympy, jinja2, yaml"]
    base = _wall(imports)
    result = benchmark.pedantic(lambda: subprocess.run(render, check=True, capture_output=True, cwd=ROOT), rounds=5, iterations=1)
    del result
    full = benchmark.stats.stats.median
    ratio = full / base
    print(f"\nimport baseline {base:.3f} s, render {full:.3f} s, ratio {ratio:.2f}")
    benchmark.extra_info.update({"import_s": base, "render_s": full, "ratio": ratio})
