"""Every math expression of every bundled Markdown output (rendered now from specs/) parses in the real engines.

The math is extracted the way a Markdown renderer reads it (markdown-it-py with the dollarmath
plugin, pandoc's rules for ``$``: the parser the HTML page is made with), then parsed by KaTeX
(throwOnError) and by MathJax 3 with undefined macros as errors (tests/js/check_math.cjs). A
failure names file, line, the expression and the engine's message.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from js_engines import NODE_MODULES, ROOT, check_math

from generator.render.html import math_expressions, stray_dollars

NAMES = sorted(p.stem for p in (ROOT / "specs").glob("*.yaml"))


@pytest.fixture(scope="module")
def outputs(fresh) -> list[Path]:  # noqa: ANN001
    return [fresh(name, "md") for name in NAMES]


def _items(outputs: list[Path]) -> list[dict[str, Any]]:
    items = []
    for path in outputs:
        for span in math_expressions(path.read_text(encoding="utf-8")):
            items.append({"id": f"{path.name}:{span.line}", "tex": span.tex, "display": span.display})
    return items


def _failures_text(report: dict[str, Any], items: list[dict[str, Any]]) -> str:
    by_id: dict[str, list[dict[str, Any]]] = {}
    for it in items:
        by_id.setdefault(it["id"], []).append(it)
    lines = []
    for f in report["failures"]:
        tex = " | ".join(it["tex"].strip().replace("\n", " ")[:200] for it in by_id.get(f["id"], []))
        lines.append(f"{f['id']}: {f['error']}\n    {tex}")
    return "\n".join(lines)


def test_outputs_have_math(outputs: list[Path]) -> None:
    assert outputs, "no specs/*.yaml"
    assert len(_items(outputs)) > 1000


@pytest.mark.parametrize("engine", ["katex", "mathjax"])
def test_every_expression_parses(engine: str, outputs: list[Path]) -> None:
    items = _items(outputs)
    report = check_math(engine, items)
    assert report["checked"] == len(items)
    print(
        f"\n{engine} {report['version']}: {report['checked']} expressions from {len(outputs)} files, {len(report['failures'])} failed"
    )
    assert not report["failures"], f"{engine} {report['version']} rejects:\n" + _failures_text(report, items)


@pytest.mark.parametrize("engine", ["katex", "mathjax"])
def test_the_harness_catches_bad_math(engine: str) -> None:
    """A typo, an unknown macro and an unclosed brace must be errors, or a green run proves nothing."""
    bad = [r"\frac12{", r"\sigmoid(x)", r"\left( x", r"z = frac{1}{2}\foo"]
    good = [r"\frac{\partial L}{\partial w^{(1)}_{11}} = 0.5", r"\begin{aligned} a &= b \\ c &= d \end{aligned}"]
    items = [{"id": f"bad{i}", "tex": t, "display": False} for i, t in enumerate(bad)]
    items += [{"id": f"good{i}", "tex": t, "display": True} for i, t in enumerate(good)]
    report = check_math(engine, items)
    assert sorted(f["id"] for f in report["failures"]) == [f"bad{i}" for i in range(len(bad))], report


def test_no_dollar_is_left_as_text(outputs: list[Path]) -> None:
    """A ``$`` outside math and code means math a renderer would print as dollars and TeX."""
    stray = [f"{p.name}:{line}: {text!r}" for p in outputs for line, text in stray_dollars(p.read_text(encoding="utf-8"))]
    assert not stray, "text a Markdown renderer does not read as math:\n" + "\n".join(stray)


def test_line_numbers_point_at_the_expression() -> None:
    text = "# T\n\nA $x_1$ and\n$y$ here.\n\n| a | b |\n|---|---|\n| $p$ | $q$ |\n\n$$\nz = 1\n$$\n"
    spans = [(s.line, s.tex.strip(), s.display) for s in math_expressions(text)]
    assert spans == [(3, "x_1", False), (4, "y", False), (8, "p", False), (8, "q", False), (10, "z = 1", True)]


def test_vendored_katex_is_the_tested_one() -> None:
    """The KaTeX that ships in generator/assets is the npm package these tests run (same version and script)."""
    if not (NODE_MODULES / "katex" / "package.json").is_file():
        check_math("katex", [])  # skips (or fails under CI) with the install command
    import json

    version = json.loads((NODE_MODULES / "katex" / "package.json").read_text())["version"]
    assets = ROOT / "generator" / "assets" / "katex"
    assert f"KaTeX {version}," in (assets / "VERSION").read_text(), "run: node tests/js/vendor_katex.mjs"
    assert (assets / "katex.min.js").read_bytes() == (NODE_MODULES / "katex" / "dist" / "katex.min.js").read_bytes()
    fonts = sorted(p.name for p in (assets / "fonts").iterdir())
    assert fonts == sorted(p.name for p in (NODE_MODULES / "katex" / "dist" / "fonts").glob("*.woff2"))
    css = (assets / "katex.min.css").read_text()
    assert ".woff)" not in css and ".ttf)" not in css and css.count("@font-face") == len(fonts)
    assert "MIT" in (assets / "LICENSE").read_text()


def test_bundled_outputs_exist(root: Path) -> None:
    """The committed output/ holds a Markdown document for every spec (their content: the golden comparisons)."""
    assert {p.stem for p in (root / "output").glob("*.md")} == {p.stem for p in (root / "specs").glob("*.yaml")}


@pytest.mark.parametrize("engine", ["katex", "mathjax"])
def test_student_versions_parse(engine: str) -> None:
    """The student versions' answer lines and symbolic chains are math the engines accept too."""
    from generator.api import walkthrough
    from generator.spec.load import load_spec

    items = []
    for name in ("seed002", "softmax_ce", "bce"):
        md = str(walkthrough(load_spec(ROOT / "specs" / f"{name}.yaml"), ("md",), student=True).documents["student.md"])
        items += [{"id": f"{name}.student.md:{s.line}", "tex": s.tex, "display": s.display} for s in math_expressions(md)]
    assert len(items) > 300
    report = check_math(engine, items)
    assert not report["failures"], _failures_text(report, items)
