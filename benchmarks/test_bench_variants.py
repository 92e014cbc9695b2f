"""Speed of exam variants (pytest-benchmark; run with `.venv/bin/python -m pytest benchmarks -s -p no:cacheprovider`).

Goals from the issue, on the 2-core reference machine, each measured as a user runs it (a fresh
`nnwalk variants` process: start-up, drawing, building and verifying every variant in worker
processes, the shared files, writing every file):

1. 500 variants of the seed-002 exercise to Markdown + JSON + Moodle XML in under 5 s wall;
2. both booklets (question sheets and answer keys) for 100 variants to PDF in under 20 s.

``test_where_a_variant_goes`` prints where one variant's CPU goes (in one process, the memos warm
as in a long run), the pool's start-up and the parent's tail (shared files, writing): the
breakdown to read before speeding any part up.

Every answer key is verified in both (the command says so, and fails otherwise). The wall time
and the goal are in each benchmark's ``extra_info``; the assertions are about correctness, not
speed, so a slow machine reports its figure instead of failing.
"""

from __future__ import annotations

import gc
import resource
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

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


#: (module, function, label): the parts of building one variant, timed where ``build_variant`` calls them
_PARTS = [
    ("generator.exam.variant", "variant_spec", "draw's spec"),
    ("generator.exam.variant", "build_trace", "trace (the worked numbers)"),
    ("generator.exam.variant", "_answers", "answers, tolerances, mistakes"),
    ("generator.exam.variant", "_context", "view model"),
    ("generator.exam.variant", "render_body", "render walkthrough (Jinja)"),
    ("generator.exam.variant", "render_template", "render head, sheet (Jinja)"),
    ("generator.certify", "check_text", "verify: arithmetic of the key (checker)"),
    ("generator.certify", "check_table_values", "verify: table values"),
    ("generator.certify", "check_values", "verify: values against the network"),
    ("generator.certify", "check_gradients", "verify: gradients"),
    ("generator.exam.variant", "add_certificate", "certificate"),
    ("generator.exam.variant", "json_key", "JSON key"),
]


def _timed(acc: Counter, label: str, f: Callable[..., Any]) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return f(*args, **kwargs)
        finally:
            acc[label] += time.process_time() - start

    return run


def test_where_a_variant_goes(benchmark, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """CPU per variant by part, in one process (``build_all(..., jobs=1)``, memos warm from 20 variants before)."""
    import importlib

    from generator.exam import run
    from generator.exam.draw import iter_variants
    from generator.spec.variants import load_template

    t = load_template(EXAM)
    drawn = list(iter_variants(t, 5, 120, None))
    fmts = ("md", "json", "moodle")
    run.build_all(t, drawn[:20], fmts, 1)  # warm: templates compiled, memos filled
    acc: Counter = Counter()
    for module, name, label in _PARTS:
        mod = importlib.import_module(module)
        monkeypatch.setattr(mod, name, _timed(acc, label, getattr(mod, name)))
    todo = drawn[20:]
    start = time.process_time()
    built = benchmark.pedantic(lambda: run.build_all(t, todo, fmts, 1), rounds=1, iterations=1)
    total = (time.process_time() - start) / len(todo)
    monkeypatch.undo()
    lines = [f"per variant (CPU, one process, {len(todo)} variants): {total * 1000:.1f} ms"]
    for label, s in acc.most_common():
        lines.append(f"  {label:42s} {s / len(todo) * 1000:6.2f} ms")
    rest = total - sum(acc.values()) / len(todo)
    lines.append(f"  {'the rest (LMS content, collection, glue)':42s} {rest * 1000:6.2f} ms")
    # the parent's tail after the last variant: shared files (manifest, Moodle XML, booklets), then writing
    start = time.process_time()
    files = run.shared_files(t, 5, drawn[20:], built, fmts)
    shared = time.process_time() - start
    for b in built:
        files.update(b.files)
    start = time.perf_counter()
    run.write_files(files, tmp_path / "out", True, t.stem)
    written = time.perf_counter() - start
    lines.append(f"parent: shared files {shared * 1000:.0f} ms CPU, writing {len(files)} files {written * 1000:.0f} ms wall")
    # the pool's start-up: workers forked and their first variant (cold memos) against a warm one
    start = time.perf_counter()
    run.build_all(t, drawn[:4], fmts, 2)
    lines.append(
        f"pool of 2 building 4 variants (start-up, cold memos in each worker): {(time.perf_counter() - start) * 1000:.0f} ms wall"
    )
    gc.collect()
    print("\n" + "\n".join(lines))
    benchmark.extra_info.update(
        {"cpu_ms_per_variant": round(total * 1000, 2), **{k: round(v / len(todo) * 1000, 2) for k, v in acc.items()}}
    )
    assert len(built) == len(todo) and all(b.certificate.endswith("Nothing failed.") for b in built)
