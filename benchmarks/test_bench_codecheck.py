"""Benchmark (not a timed test): ``verify`` on the notebook whose code check costs the most.

``nb_chaitalipatil_xor_double_sigmoid`` (a published XOR notebook with 200 wrong printed numbers) makes
the code check run its training loop 18 times in nnwalk's interpreter (the reader's view, the code's
own view, one run per rounded printed input nudged to the edge of its rounding, and the runs with
its mistakes corrected), some 170,000 interpreted steps each. It is most of the corpus test's time
(issue 17, row 4) and what a user who verifies such a notebook waits for. The figure is CPU seconds
(on a shared machine the one to compare), median of three. Run with
``python -m pytest benchmarks/test_bench_codecheck.py -s -p no:cacheprovider``.
"""

from __future__ import annotations

import time
from pathlib import Path

from generator.verify.run import verify_document

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "tests" / "verify" / "data" / "published" / "nb_chaitalipatil_xor_double_sigmoid" / "doc.ipynb"


def test_verify_the_slowest_notebook(benchmark) -> None:  # noqa: ANN001
    cpu: list[float] = []

    def once() -> None:
        start = time.process_time()
        report = verify_document(NOTEBOOK)
        cpu.append(time.process_time() - start)
        assert report.summary()["checked"] > 200

    benchmark.pedantic(once, rounds=3, iterations=1)
    c = sorted(cpu)[1]
    print(f"\n{NOTEBOOK.parent.name}: {benchmark.stats.stats.median:.2f} s median, {c:.2f} s CPU")
    benchmark.extra_info.update({"median_s": benchmark.stats.stats.median, "cpu_s": c})
