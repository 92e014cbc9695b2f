"""Speed of exam variants (pytest-benchmark; run with `.venv/bin/python -m pytest benchmarks -s -p no:cacheprovider`).

Goals from the issue, on the 2-core reference machine, each measured as a user runs it (a fresh
`nnwalk variants` process: start-up, drawing, building and verifying every variant in worker
processes, the shared files, writing every file):

1. 500 variants of the seed-002 exercise to Markdown + JSON + Moodle XML in under 5 s wall;
2. both booklets (question sheets and answer keys) for 100 variants to PDF in under 20 s.

Every answer key is verified in both (the command says so, and fails otherwise). The wall time
and the goal are in each benchmark's ``extra_info``; the assertions are about correctness, not
speed, so a slow machine reports its figure instead of failing.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.render.pdf import tex_available

ROOT = Path(__file__).resolve().parent.parent
EXAM = ROOT / "specs" / "exam" / "exam_seed002.yaml"


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _variants(out: Path, count: int, formats: str, seed: int = 2025) -> tuple[float, float, str]:
    """(wall s, CPU s of the command and its workers, what it said). CPU time is the figure to compare on a
    shared machine: other processes stretch the wall time, hardly the CPU time."""
    start, cpu = time.perf_counter(), _children_cpu()
    res = subprocess.run(
        [sys.executable, "-m", "generator", "variants", str(EXAM), "--count", str(count), "--seed", str(seed), "-o", str(out)]
        + ["--format", formats, "--force"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    wall, cpu = time.perf_counter() - start, _children_cpu() - cpu
    assert res.returncode == 0, res.stderr
    return wall, cpu, res.stdout + res.stderr


def test_500_variants_md_json_moodle(benchmark, tmp_path: Path) -> None:  # noqa: ANN001
    # the row exactly: --seed 5
    out = tmp_path / "v500"
    wall, cpu, said = benchmark.pedantic(lambda: _variants(out, 500, "md,json,moodle", seed=5), rounds=1, iterations=1)
    benchmark.extra_info.update({"wall_s": round(wall, 2), "cpu_s": round(cpu, 2), "goal_s": 5.0, "within_goal": wall < 5.0})
    print(f"\n500 variants to md, json, moodle: {wall:.2f} s wall, {cpu:.2f} s CPU (goal 5 s wall on 2 cores)")
    assert "every answer key verified" in said
    assert len(list(out.glob("exam_seed002_v*_key.json"))) == 500
    assert (out / "exam_seed002_moodle.xml").is_file() and (out / "exam_seed002_v500_key.md").is_file()


@pytest.mark.skipif(not tex_available(), reason="needs TeX Live with latexmk")
def test_100_variant_booklets_to_pdf(benchmark, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "v100"
    wall, cpu, said = benchmark.pedantic(lambda: _variants(out, 100, "pdf"), rounds=1, iterations=1)
    benchmark.extra_info.update({"wall_s": round(wall, 2), "cpu_s": round(cpu, 2), "goal_s": 20.0, "within_goal": wall < 20.0})
    print(f"\n100 variants, both booklets to PDF: {wall:.2f} s wall (goal 20 s)")
    assert "every answer key verified" in said
    assert (out / "exam_seed002_keys_booklet.pdf").read_bytes().startswith(b"%PDF")
    assert (out / "exam_seed002_questions_booklet.pdf").read_bytes().startswith(b"%PDF")
