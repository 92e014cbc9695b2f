"""Benchmarks (not timed tests) of large networks.

Goals from the breadth issue: seed 003's 784-32-32-10 matrix-form document (Markdown + JSON,
verified) renders in under 3 s; the scalar form's render time grows linearly with the number
of weights (three sizes, least-squares line printed with its R^2). Run with
``python -m pytest benchmarks/test_bench_large.py --benchmark-enable -s``.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import numpy as np

from generator import load_spec, parse_spec, walkthrough

ROOT = Path(__file__).resolve().parent.parent


def test_seed003_value_checks(benchmark) -> None:  # noqa: ANN001
    """Everything but the gradient oracle must not scale with the weights (was a timed test: < 2 s)."""
    from generator.certify import check_table_values, check_values
    from generator.engine.trace import build_trace

    tr = build_trace(load_spec(ROOT / "specs" / "seed003.yaml"))
    md = (ROOT / "output" / "seed003.md").read_text(encoding="utf-8")
    benchmark.pedantic(lambda: (check_values(tr), check_table_values(tr, md, "md", "Markdown")), rounds=3, iterations=1)
    print(f"\nseed003 value and table checks: median {benchmark.stats.stats.median:.2f} s (goal < 2 s)")


def test_seed003_matrix_form_md_json(benchmark) -> None:  # noqa: ANN001
    spec = load_spec(ROOT / "specs" / "seed003.yaml")
    walkthrough(spec, formats=("md", "json"))  # warm: templates compiled, SymPy derivations cached
    benchmark.pedantic(lambda: walkthrough(spec, formats=("md", "json")), rounds=3, iterations=1)
    med = benchmark.stats.stats.median
    print(f"\nseed003 (784-32-32-10, matrix form) md+json: median {med:.2f} s (goal < 3 s)")
    benchmark.extra_info["median_s"] = med


def _scalar_spec(n: int) -> str:
    """A sigmoid n-n-2 network with drawn weights: 2n^2 - ... weights, rendered in the scalar form."""
    return f"""
network: {{layers: [{n}, {n}, 2], activations: [sigmoid, sigmoid], loss: half_sse}}
parameters: {{init: {{scheme: xavier_uniform, seed: 3}}}}
data: {{inputs: [{[0.5] * n}], targets: [[0, 1]]}}
training: {{learning_rate: 0.5}}
presentation: {{form: scalar}}
"""


def test_scalar_form_time_is_linear_in_the_weights(benchmark) -> None:  # noqa: ANN001
    sizes = (6, 10, 14)
    specs = {n: parse_spec(_scalar_spec(n)) for n in sizes}
    for s in specs.values():
        walkthrough(s, formats=("md", "json"))  # warm every architecture's SymPy cache
    weights, secs = [], []
    for n, s in specs.items():
        runs = []
        for _ in range(3):
            t = time.perf_counter()
            walkthrough(s, formats=("md", "json"))
            runs.append(time.perf_counter() - t)
        weights.append(n * n + 2 * n)
        secs.append(statistics.median(runs))
    slope, icept = np.polyfit(weights, secs, 1)
    pred = np.polyval([slope, icept], weights)
    r2 = 1 - float(np.sum((np.array(secs) - pred) ** 2) / np.sum((np.array(secs) - np.mean(secs)) ** 2))
    rows = ", ".join(f"{w} weights: {t:.2f} s" for w, t in zip(weights, secs))
    print(f"\nscalar form md+json: {rows}; fit t = {icept:.3f} s + {slope * 1000:.2f} ms/weight, R^2 = {r2:.3f}")
    benchmark.extra_info.update({"weights": weights, "seconds": secs, "slope_ms_per_weight": slope * 1000, "r2": r2})
    benchmark.pedantic(lambda: walkthrough(specs[sizes[0]], formats=("md", "json")), rounds=1, iterations=1)
