"""Hostile documents: every one gets a clear message or a finding, exit 1 or 2, no traceback, bounded time and memory.

Each case runs ``nnwalk verify`` in its own process with an address-space limit (2 GiB) and a
time limit, as a user's shell would; the cases run two at a time. What each must end with is
stated beside it: exit 2 with a message naming the problem (an unusable file), or exit 1 with
a finding (a readable document with a wrong number), or exit 0 (nothing wrong, said so).
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

MEMORY = 2 << 30  # bytes of address space per run
SECONDS = 60  # per run, wall clock (a hung reader fails the test instead of the suite)


def _limit() -> None:  # in the child, before exec
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def _nested(n: int) -> str:
    return "{" * n + "0.1" + "}" * n


def _notebook(cells: object) -> str:
    return json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


# name, file name, content (str or bytes), allowed exit codes, text the output must contain (stdout or stderr)
CASES: list[tuple[str, str, str | bytes, set[int], str]] = [
    ("too big", "big.md", "$$0.1 + 0.2 = 0.3$$\n" * 560_000, {2}, "verify reads at most"),
    ("a megabyte of math", "math.md", "$$0.15 \\cdot 0.05 + 0.2 \\cdot 0.1 = 0.0275$$\n\n" * 22_500, {0}, "checked"),
    ("5000 nested braces", "braces.md", "$$x = " + _nested(5000) + " + 0.1 = 0.3$$\n", {0, 1, 2}, ""),
    ("5000 nested parentheses", "parens.md", "$$x = " + "(" * 5000 + "0.1" + ")" * 5000 + " = 0.2$$\n", {0, 1, 2}, ""),
    ("tower of powers", "tower.md", "$$d = 10^{10^{10^{10}}} = 1.0$$\n", {1}, "overflow"),
    ("overflowing product", "overflow.md", "$$a = 1e308 * 1e308 = 5.0$$\n", {1}, "overflow (beyond 1.8e308)"),
    ("exponential overflow", "exp.md", "$$b = e^{1000} = 5.0$$\n", {1}, "overflow"),
    ("unclosed display math", "open.md", "$$ 0.1 + 0.2 = 0.4\n\nmore text\n", {1, 2}, ""),
    ("unclosed \\[", "open2.tex", "\\documentclass{article}\\begin{document}\\[ 0.1 + 0.2 = 0.4 \n\\end{document}\n", {1, 2}, ""),
    ("unclosed align", "align.tex", "\\begin{align} 0.1 + 0.2 &= 0.4 \\\\\n", {1, 2}, ""),
    ("unbalanced braces", "unbal.md", "$$x = \\frac{0.1}{0.2 = 0.5$$\n\n$$y = 0.1 + 0.1 = 0.3$$\n", {1}, "0.3"),
    ("division by zero", "div0.md", "$$q = 1 / 0 = 5$$\n\n$$r = 0.5 + 0.5 = 2$$\n", {1}, "line 3"),
    ("log of zero", "ln0.md", "$$q = \\ln(0) = 5$$\n\n$$r = 0.5 + 0.5 = 2$$\n", {1}, "line 3"),
    ("square root of a negative", "sqrt.md", "$$q = \\sqrt{-1} = 1$$\n\n$$r = 0.5 + 0.5 = 2$$\n", {1}, "line 3"),
    ("nan and inf words", "nan.md", "nan = nan = 0.5\n\ninf = inf + 1 = 2\n\n$$r = 0.5 + 0.5 = 2$$\n", {1}, "line 5"),
    ("a million-digit number", "digits.md", "$$z = 0." + "1" * 1_000_000 + " + 0.1 = 0.2$$\n", {0, 1, 2}, ""),
    ("ten thousand equals signs", "equals.md", "$$" + " = ".join(["0.1"] * 10_000) + "$$\n", {0}, "checked"),
    ("1000 nested fractions", "fracs.md", "$$f = " + "\\frac{1}{" * 1000 + "2" + "}" * 1000 + " = 0.5$$\n", {0, 1, 2}, ""),
    (
        "300 x 300 matrix",
        "matrix.md",
        "$$M = \\begin{bmatrix}" + " \\\\ ".join([" & ".join(["0.5"] * 300)] * 300) + "\\end{bmatrix} = 2$$\n",
        {0, 1, 2},
        "",
    ),
    ("zero-width characters in numbers", "zw.md", "$$a = 0.\u200b1 + 0.2 = 0.3$$\n\n$$b = 0.1 + 0.2 = 0.4$$\n", {1}, "line 3"),
    ("binary file", "blob.md", b"\x00\x01\x02" * 1000, {2}, "binary file"),
    # image markup opened and never closed, and a fence of C-like "code" with one long line: both read in linear time
    (
        "unclosed equation images",
        "img.md",
        "![a](https://latex.codecogs.com/x" * 20_000 + "\n" + "![a" * 50_000,
        {2},
        "no numeric",
    ),
    ("a long line in a javascript fence", "js.md", "```javascript\nx = " + "1 " * 300_000 + "= 2\n```\n", {0, 1, 2}, ""),
    # one NUL a PDF's text layer left in a long page of text (a glyph it could not map) is read as a space
    ("a stray NUL in a text layer", "nul.md", ("Prose. " * 400 + "\x00\n\n$$a = 0.1 + 0.2 = 0.4$$\n").encode(), {1}, "line 3"),
    ("not UTF-8", "latin.md", "$$a = 0.1 + 0.2 = 0.3$$ caf\xe9\n".encode("latin-1"), {2}, "not UTF-8"),
    ("empty file", "empty.md", "", {2}, "no numeric equation"),
    ("prose only", "prose.md", "Just words, no numbers worth checking.\n" * 100_000, {2}, "no numeric equation"),
    ("notebook that is not JSON", "broken.ipynb", "{ this is not json", {2}, "not a Jupyter notebook"),
    ("notebook whose cells are strings", "strings.ipynb", _notebook(["a", "b"]), {2}, "no numeric equation"),
    (
        "notebook with a numeric source",
        "numsrc.ipynb",
        _notebook([{"cell_type": "markdown", "source": 5}]),
        {2},
        "no numeric equation",
    ),
    (
        "notebook with 10,000 cells",
        "many.ipynb",
        _notebook([{"cell_type": "markdown", "metadata": {}, "source": ["$$a = 0.1 + 0.2 = 0.3$$"]}] * 10_000),
        {0},
        "checked",
    ),
    (
        "deeply nested HTML",
        "deep.html",
        "<!DOCTYPE html><html><body>" + "<div>" * 5000 + "\\(0.1 + 0.2 = 0.4\\)" + "</div>" * 5000 + "</body></html>",
        {1, 2},
        "",
    ),
    (
        "HTML with only a script",
        "script.html",
        "<!DOCTYPE html><html><head><script>var a = 1 + 1 = 3;</script></head></html>",
        {2},
        "no numeric equation",
    ),
    ("a PDF that is not a PDF", "fake.pdf", "hello, I am text\n", {2}, "not a PDF"),
    ("a truncated PDF", "cut.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog", {2}, "cannot be read"),
    (
        "a Python fence that loops forever",
        "loop.md",
        "```python\nx = 0\nwhile True:\n    x = x + 1\nprint(x)\n```\n\n```\n5\n```\n\n$$r = 0.5 + 0.5 = 1$$\n",
        {0},
        "checked 1",
    ),
    (
        "a Python fence and a table of 2,000 rows under 300 names",
        "wide.md",
        "```python\nimport numpy as np\nc0 = np.ones(2000)\n```\n"
        + "| "
        + " | ".join(f"c{k}" for k in range(300))
        + " |\n"
        + "|---" * 300
        + "|\n"
        + ("| " + " | ".join(["1"] * 300) + " |\n") * 2000,
        {0, 1, 2},
        "",
    ),
    (
        "autograd on 64 elements through 190 statements beside a 19,000-item list",
        "autograd.md",
        "```python\nimport torch\nbig = [0.0] * 19000\nx = torch.tensor([0.5] * 64, requires_grad=True)\n"
        "y = (x ** 2).sum()\n" + "y = y * 1.0 + big[0]\n" * 190 + "y.backward()\nprint(x.grad)  # tensor([1.0])\n```\n",
        {2},
        "no numeric equation",
    ),
    ("a pipe table of 20,000 rows", "table.md", "| a | b |\n|---|---|\n" + "| 0.1 + 0.2 | 0.3 |\n" * 20_000, {0}, "checked"),
]


def _run(case: tuple[str, str, str | bytes, set[int], str], folder: Path) -> tuple[str, int, str, float]:
    name, filename, content, _codes, _text = case
    path = folder / name.replace(" ", "_").replace("\\", "") / filename
    path.parent.mkdir(parents=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    t0 = time.monotonic()
    try:
        r = subprocess.run(
            [sys.executable, "-m", "generator", "verify", str(path)],
            capture_output=True,
            text=True,
            timeout=SECONDS,
            preexec_fn=_limit,  # noqa: PLW1509 - no threads are started before the fork in the child
            check=False,
        )
    except subprocess.TimeoutExpired:
        return name, -1, f"did not finish in {SECONDS} s", SECONDS
    return name, r.returncode, r.stdout + r.stderr, time.monotonic() - t0


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[int, str, float]]:
    folder = tmp_path_factory.mktemp("hostile")
    with ThreadPoolExecutor(2) as pool:
        done = list(pool.map(lambda c: _run(c, folder), CASES))
    return {name: (rc, out, secs) for name, rc, out, secs in done}


def test_there_are_at_least_thirty_cases() -> None:
    assert len(CASES) >= 30 and len({c[0] for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_hostile_document(case: tuple[str, str, str | bytes, set[int], str], results: dict[str, tuple[int, str, float]]) -> None:
    name, _file, _content, codes, text = case
    rc, out, secs = results[name]
    assert "Traceback" not in out, out[-2000:]
    assert rc in codes, (rc, out[-1500:])
    assert text in out, out[-1500:]
    if rc == 2:
        message = [line for line in out.splitlines() if line.startswith("nnwalk:")]
        assert message, out[-1500:]  # one paragraph saying what is wrong, not silence
    assert len(out) < 2_000_000  # no 300-digit numbers, no dump of the document
