"""Benchmark (not a timed test): ``verify`` throughput on a 50 KB document.

Goal from the verify issue: a 50 KB document verifies in under 0.3 s beyond interpreter
start-up. Measured in-process (start-up excluded by construction) on seed 002 (49.8 KB,
the largest published walkthrough we have) and on nnwalk's own seed000.md repeated to
50 KB. Run with ``python -m pytest benchmarks -s``; the figures are printed.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from generator.api import variants
from generator.check import check_text
from generator.spec.load import load_spec
from generator.verify.run import verify_document

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"


def _doc(tmp_path: Path) -> Path:
    text = (ROOT / "output" / "seed000.md").read_text(encoding="utf-8")
    body = text * (50_000 // len(text) + 1)
    p = tmp_path / "big.md"
    p.write_text(body[:50_000], encoding="utf-8")
    return p


def _report(benchmark, path: Path, label: str) -> None:  # noqa: ANN001
    size = path.stat().st_size
    s = benchmark.stats.stats.median
    print(f"\n{label}: {size / 1000:.1f} KB in {s * 1000:.0f} ms median, {size / 1000 / s:.0f} KB/s")
    benchmark.extra_info.update({"bytes": size, "median_s": s})


def test_verify_50kb_own_output(benchmark, tmp_path: Path) -> None:  # noqa: ANN001
    p = _doc(tmp_path)
    benchmark.pedantic(lambda: verify_document(p, "md"), rounds=5, iterations=1)
    _report(benchmark, p, "level 1, nnwalk output x N")


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared/seeds not beside the repository")
def test_verify_seed002_level1(benchmark) -> None:  # noqa: ANN001
    p = next(SEEDS.glob("002_*.txt"))
    benchmark.pedantic(lambda: verify_document(p, "md"), rounds=5, iterations=1)
    _report(benchmark, p, "level 1, seed 002")


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared/seeds not beside the repository")
def test_verify_seed002_level2(benchmark) -> None:  # noqa: ANN001
    p = next(SEEDS.glob("002_*.txt"))
    spec = load_spec(ROOT / "specs" / "seed002.yaml")
    benchmark.pedantic(lambda: verify_document(p, "md", spec), rounds=5, iterations=1)
    _report(benchmark, p, "level 1 + 2, seed 002")


def test_check_exam_answer_keys(benchmark) -> None:  # noqa: ANN001
    """Level 1 of one exam answer key (23.5 KB), as ``nnwalk variants`` checks every variant's key (issue 17, row 1).

    Twelve distinct variants of ``specs/exam/exam_seed002.yaml`` are checked in turn, the memos warm
    from the variants before (as in a run of hundreds): the figure is the median per key.
    """
    files = variants(ROOT / "specs" / "exam" / "exam_seed002.yaml", count=12, seed=2025, formats=("md",))
    keys = [files[name] for name in sorted(files) if name.endswith("_key.md")]
    assert all(check_text(k, "md").checked > 100 for k in keys)
    turn = iter(range(10**9))
    benchmark.pedantic(lambda: check_text(keys[next(turn) % len(keys)], "md"), rounds=24, iterations=1)
    size = sum(len(k.encode()) for k in keys) / len(keys)
    s = benchmark.stats.stats.median
    cpu = _cpu_per_key(keys)
    print(
        f"\nexam answer key, level 1: {size / 1000:.1f} KB in {s * 1000:.1f} ms median, {size / 1000 / s:.0f} KB/s; "
        f"{cpu * 1000:.1f} ms CPU per key"
    )
    benchmark.extra_info.update({"bytes": size, "median_s": s, "cpu_s_per_key": cpu})


def _cpu_per_key(keys: list[str]) -> float:
    """CPU seconds per key, the median of three passes over all the keys: on a shared machine the figure to compare
    (other processes stretch the wall time, hardly the CPU time)."""
    passes = []
    for _ in range(3):
        start = time.process_time()
        for k in keys:
            check_text(k, "md")
        passes.append((time.process_time() - start) / len(keys))
    return sorted(passes)[1]
