"""The new readers (plain text, tables, cross-chain relations) stay safe: no crash, no runaway time.

The time bounds here are hang guards (catastrophic regular-expression backtracking takes hours), set
far above the real cost so a loaded CI machine never trips them; speed itself is measured by the
benchmarks, not asserted here.
"""

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from paths import seed

from generator.check import annotate, check_text


def test_deeply_nested_plain_line_is_refused_not_crashed() -> None:
    line = "a = " + "(" * 5000 + "0.5 + 0.25" + ")" * 5000 + " = 0.75\n"
    assert len(line) > 10_000
    t0 = time.perf_counter()
    rep = check_text(line, "text")
    assert time.perf_counter() - t0 < 60.0  # hang guard: it takes a few milliseconds
    assert rep.errors == 0


def test_one_megabyte_plain_text_finishes() -> None:
    block = seed("001").read_text(encoding="utf-8")
    text = block * (1_000_000 // len(block) + 1)
    assert len(text) >= 1_000_000
    t0 = time.perf_counter()
    rep = check_text(text, "text")
    assert time.perf_counter() - t0 < 300.0  # hang guard: 1.5 s idle, 11 s on a loaded 2-core machine
    assert rep.errors == 6 * (1_000_000 // len(block) + 1)


def test_long_lines_and_wide_tables_finish() -> None:
    long_line = "x = 1.5 × 2 = 3.0 " * 3000
    wide = "| " + " | ".join(["$0.5 \\times 2$"] * 3000) + " | 1.0 |\n"
    for doc in (long_line, wide, "|" * 50_000, "= 0.5 +" * 20_000):
        t0 = time.perf_counter()
        check_text(doc, "md")
        assert time.perf_counter() - t0 < 60.0  # hang guard


def test_fifty_kilobyte_document_is_fast() -> None:
    text = seed("002").read_text(encoding="utf-8")
    check_text(text)  # warm caches / imports
    t0 = time.perf_counter()
    check_text(text)
    # hang guard only (about 0.08 s idle); the speed goal is measured by benchmarks/test_bench_verify.py
    assert time.perf_counter() - t0 < 30.0


PIECES = [
    "=",
    " = ",
    "0.5",
    "-0.3",
    "×",
    "·",
    "−",
    "exp(",
    "σ(",
    ")",
    "(",
    "|",
    "\n",
    "| ",
    "$",
    "**",
    "^",
    "₁",
    "²",
    "½",
    "a4",
    "ω16_new",
    " ",
    "1. ",
    "- ",
    "---",
    "\\begin{bmatrix}",
    "\\end{bmatrix}",
    "\\\\",
    "&",
    "$$",
]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=80), st.sampled_from(["md", "text", "auto"]))
def test_garbage_never_raises(pieces: list[str], fmt: str) -> None:
    text = "".join(pieces)
    rep = check_text(text, fmt)
    assert not [s for s in rep.skipped if s.reason.startswith("internal")]
    annotate(text, rep.findings, fmt)
