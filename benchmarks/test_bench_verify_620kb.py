"""Benchmark (not a timed test): ``verify`` throughput on a 620 KB Markdown document (issue 17, row 2).

Goal from the issue: at least 1.5 MB/s beyond interpreter start-up. The document is nnwalk's
own output, and not a few texts repeated (a cache of identical lines would fake a speed-up):
every bundled walkthrough of ``output/*.md`` (eleven networks: sigmoid, tanh, ReLU, softmax,
cross-entropy, dropout, momentum, Adam, the 784-32-32-10 matrix form …), then the answer keys of
distinct exam variants of ``specs/exam/exam_seed002.yaml`` (other weights, inputs and targets
each, hence other numbers on every computed line) until the file passes 615 KB: about 620 KB,
14,700 lines, 4,600 of them with an ``=``, 4,000 relations checked.

Two figures are printed: *warm*, the median of repeated runs in this process (pytest-benchmark;
the checker's memos of chunk shapes and parsed sides are full), and *cold*, the first check
in a fresh process after its imports, which is what one ``nnwalk verify`` on the file costs
beyond start-up. Run with ``python -m pytest benchmarks/test_bench_verify_620kb.py -s -p no:cacheprovider``.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.api import variants
from generator.verify.run import verify_document

ROOT = Path(__file__).resolve().parent.parent
TARGET = 615_000

COLD = """
import sys, time
from generator.verify.run import verify_document
import generator.cli  # what `nnwalk verify` has imported before it reads the file
t, c = time.perf_counter(), time.process_time()
verify_document(sys.argv[1], "md")
print(time.process_time() - c, time.perf_counter() - t)
"""


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory) -> Path:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "output").glob("*.md"))]
    files = variants(ROOT / "specs" / "exam" / "exam_seed002.yaml", count=40, seed=2025, formats=("md",))
    keys = [files[name] for name in sorted(files) if name.endswith("_key.md")]
    size = sum(len(t.encode()) + 1 for t in texts)
    for key in keys:
        if size >= TARGET:
            break
        texts.append(key)
        size += len(key.encode()) + 1
    assert size >= TARGET, "not enough variants for 615 KB"
    path = tmp_path_factory.mktemp("verify620") / "mixed620.md"
    path.write_text("\n".join(texts), encoding="utf-8")
    return path


def _describe(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").split("\n")
    equations = [ln for ln in lines if "=" in ln]
    return (
        f"{path.stat().st_size / 1000:.0f} KB, {len(lines)} lines, {len(equations)} with '=' "
        f"({len(set(equations)) / len(equations):.0%} of those distinct)"
    )


def test_verify_620kb_warm(benchmark, document: Path) -> None:  # noqa: ANN001
    report = verify_document(document, "md")
    assert report.summary()["checked"] > 3000 and report.errors == 0
    benchmark.pedantic(lambda: verify_document(document, "md"), rounds=5, iterations=1)
    s = benchmark.stats.stats.median
    mb = document.stat().st_size / 1e6
    cpu = []
    for _ in range(3):  # CPU time: the figure to compare on a shared machine
        start = time.process_time()
        verify_document(document, "md")
        cpu.append(time.process_time() - start)
    c = sorted(cpu)[1]
    print(
        f"\n620 KB verify, warm ({_describe(document)}; {report.summary()['checked']} checked): {s:.3f} s, {mb / s:.2f} MB/s; "
        f"{c:.3f} s CPU, {mb / c:.2f} MB/s of CPU"
    )
    benchmark.extra_info.update({"bytes": document.stat().st_size, "median_s": s, "mb_per_s": mb / s, "cpu_s": c})


def test_verify_620kb_cold(benchmark, document: Path) -> None:  # noqa: ANN001
    runs: list[float] = []
    cpus: list[float] = []

    def once() -> None:
        out = subprocess.run([sys.executable, "-c", COLD, str(document)], cwd=ROOT, capture_output=True, text=True, check=True)
        cpu, wall = out.stdout.split()[-2:]
        runs.append(float(wall))
        cpus.append(float(cpu))

    benchmark.pedantic(once, rounds=3, iterations=1)
    s, c = statistics.median(runs), statistics.median(cpus)
    mb = document.stat().st_size / 1e6
    print(
        f"\n620 KB verify, cold (first check in a fresh process, imports excluded): {s:.3f} s, {mb / s:.2f} MB/s; "
        f"{c:.3f} s CPU, {mb / c:.2f} MB/s of CPU"
    )
    benchmark.extra_info.update({"bytes": document.stat().st_size, "median_s": s, "mb_per_s": mb / s, "cpu_s": c})
