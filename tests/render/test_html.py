"""--format html: the page, its files beside it, escaping, ownership, and the page in headless Chromium."""

from __future__ import annotations

import html.parser
import json
import re
import subprocess
from pathlib import Path

import pytest
from js_engines import CHROMIUM_FLAGS, ROOT, chromium

from generator.api import walkthrough, write_all
from generator.cli import main
from generator.errors import SpecError
from generator.render.diagram import mermaid_figure, mermaid_svg
from generator.render.html import GENERATOR_MARK, math_expressions
from generator.spec.load import load_spec, parse_spec

BUNDLED = sorted(ROOT.glob("specs/*.yaml"))
ARTIFACTS = ROOT / "tests" / "artifacts"

SPEC = """\
title: TITLE
course: COURSE
network: {layers: [2, 2, 1], activations: [sigmoid, sigmoid], loss: half_sse}
parameters:
  weights: [[[0.15, 0.20], [0.25, 0.30]], [[0.40, 0.45]]]
data: {inputs: [0.05, 0.10], targets: [0.01]}
training: {learning_rate: 0.5, steps: 3}
"""

PAYLOAD = (
    "</title><script>document.documentElement.setAttribute('data-pwned','script')</script>"
    "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\"> $\\href{javascript:alert(1)}{x}$"
)


class _Elements(html.parser.HTMLParser):
    """Every start tag with its attributes, and the text of every <script>."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data


def _elements(page: str) -> _Elements:
    p = _Elements()
    p.feed(page)
    return p


def _spec(title: str = "Three steps", course: str = "NN 101") -> str:
    return SPEC.replace("TITLE", json.dumps(title)).replace("COURSE", json.dumps(course))  # JSON strings are YAML


# ------------------------------------------------------------------ the page


def test_page_is_the_markdown_with_every_expression_as_math() -> None:
    w = walkthrough(load_spec(ROOT / "specs" / "example.yaml"), ("md", "html"))
    page = str(w.documents["html"])
    assert page.startswith("<!DOCTYPE html>") and GENERATOR_MARK in page.split("</head>")[0]
    n = len(math_expressions(str(w.documents["md"])))
    assert page.count('class="math inline"') + page.count('class="math display"') == n
    assert "nnwalk checked" in page  # the certificate is there
    ids = set(re.findall(r' id="([^"]+)"', page))
    links = re.findall(r'href="#([^"]+)"', page)
    assert links and all(x in ids for x in links), "a contents link points at no heading"
    assert "cdn" not in page.lower() and "https://" not in page.split("<main>")[0]  # nothing from the network
    assert "<svg" in page  # the Mermaid drawing as a figure


def test_spec_strings_are_escaped() -> None:
    w = walkthrough(parse_spec(_spec(PAYLOAD, PAYLOAD), "<x>"), ("html",))
    page = str(w.documents["html"])
    el = _elements(page)
    scripts = [a for t, a in el.tags if t == "script"]
    assert scripts == [{"src": "katex/katex.min.js"}, {}], scripts  # ours only: KaTeX and the renderer
    assert not any(t == "img" and a.get("src") == "x" for t, a in el.tags)
    assert not any(k.startswith("on") for _t, a in el.tags for k in a)
    assert "&lt;script&gt;" in page and "data-pwned" not in "".join(el.scripts)


def test_html_alone_writes_no_markdown(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", str(ROOT / "specs" / "example.yaml"), "-o", str(tmp_path), "--format", "html"]) == 0
    names = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("."))
    assert names == ["example.html", "katex"]
    out = capsys.readouterr().out.split()
    assert out == [str(tmp_path / "example.html"), str(tmp_path / "katex")]  # KaTeX's files as one folder
    assert (tmp_path / "katex" / "katex.min.js").is_file() and (tmp_path / "katex" / "LICENSE").is_file()
    page = (tmp_path / "example.html").read_text(encoding="utf-8")
    for ref in re.findall(r'(?:src|href)="([^"#][^"]*)"', page):  # every local link resolves beside the page
        assert (tmp_path / ref).is_file(), ref
    css = (tmp_path / "katex" / "katex.min.css").read_text(encoding="utf-8")
    fonts = re.findall(r"url\(([^)]+)\)", css)
    assert fonts and all((tmp_path / "katex" / f).is_file() for f in fonts)


def test_several_steps_write_and_link_the_plot(tmp_path: Path) -> None:
    spec = tmp_path / "three.yaml"
    spec.write_text(_spec(), encoding="utf-8")
    assert main(["render", str(spec), "-o", str(tmp_path / "out"), "--format", "md,html"]) == 0
    out = tmp_path / "out"
    assert (out / "three.loss.svg").is_file()
    page = (out / "three.html").read_text(encoding="utf-8")
    assert page.count('<img src="three.loss.svg"') == 1
    # the plot follows the loss table of the Training steps section
    assert page.index('id="training-steps"') < page.index("three.loss.svg") < page.index("Step 2 in tables")


def test_another_stem_links_its_own_plot(tmp_path: Path) -> None:
    w = walkthrough(parse_spec(_spec(), "<x>"), ("html",))
    assert w.stem == "walkthrough"
    write_all([("lesson", w)], tmp_path)
    assert (tmp_path / "lesson.loss.svg").is_file() and not (tmp_path / "walkthrough.loss.svg").exists()
    assert 'src="lesson.loss.svg"' in (tmp_path / "lesson.html").read_text(encoding="utf-8")


# ------------------------------------------------------------------ never over someone's file


def _html_walk() -> list[tuple[str, object]]:
    return [("example", walkthrough(load_spec(ROOT / "specs" / "example.yaml"), ("html",)))]


def test_someones_page_is_not_overwritten(tmp_path: Path) -> None:
    mine = "<!DOCTYPE html><html><head><title>My notes</title></head><body>nnwalk checked 3 items</body></html>"
    (tmp_path / "example.html").write_text(mine, encoding="utf-8")
    with pytest.raises(SpecError, match="not written by nnwalk"):
        write_all(_html_walk(), tmp_path)  # type: ignore[arg-type]
    assert (tmp_path / "example.html").read_text(encoding="utf-8") == mine
    assert not (tmp_path / "katex").exists()  # nothing at all was written
    write_all(_html_walk(), tmp_path, force=True)  # type: ignore[arg-type]
    assert GENERATOR_MARK in (tmp_path / "example.html").read_text(encoding="utf-8")


def test_own_page_and_katex_are_rewritten(tmp_path: Path) -> None:
    write_all(_html_walk(), tmp_path)  # type: ignore[arg-type]
    write_all(_html_walk(), tmp_path)  # type: ignore[arg-type]  # same files again: all ours
    # an older nnwalk's KaTeX (marked VERSION, other bytes) is ours too
    (tmp_path / "katex" / "katex.min.js").write_text("/* older */", encoding="utf-8")
    write_all(_html_walk(), tmp_path)  # type: ignore[arg-type]
    assert (tmp_path / "katex" / "katex.min.js").stat().st_size > 100_000


def test_someones_katex_folder_is_not_overwritten(tmp_path: Path) -> None:
    (tmp_path / "katex").mkdir()
    (tmp_path / "katex" / "katex.min.js").write_text("/* my own KaTeX build */", encoding="utf-8")
    with pytest.raises(SpecError, match="katex.min.js: exists and was not written by nnwalk"):
        write_all(_html_walk(), tmp_path)  # type: ignore[arg-type]
    assert (tmp_path / "katex" / "katex.min.js").read_text(encoding="utf-8") == "/* my own KaTeX build */"
    assert not (tmp_path / "example.html").exists()


def test_someones_svg_is_not_overwritten(tmp_path: Path) -> None:
    spec = tmp_path / "three.yaml"
    spec.write_text(_spec(), encoding="utf-8")
    (tmp_path / "three.loss.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>', encoding="utf-8")
    assert main(["render", str(spec), "-o", str(tmp_path), "--format", "md"]) == 2
    assert not (tmp_path / "three.md").exists()


# ------------------------------------------------------------------ the Mermaid figure


@pytest.mark.parametrize("name", sorted(p.stem for p in (ROOT / "specs").glob("*.yaml")))
def test_every_bundled_mermaid_block_is_drawn(fresh, name: str) -> None:  # noqa: ANN001
    path = fresh(name, "md")
    blocks = re.findall(r"```mermaid\n(.*?)```", path.read_text(encoding="utf-8"), re.S)
    for b in blocks:
        svg = mermaid_svg(b)
        assert svg is not None, f"{path.name}: a Mermaid block outside the subset the page can draw"
        labels = re.findall(r'\(\("([^"]*)"\)\)', b)
        assert all(f">{lab}</text>" in svg for lab in labels)


def test_unknown_mermaid_is_shown_as_escaped_source() -> None:
    fig = mermaid_figure("sequenceDiagram\n  A->>B: <script>x</script>\n")
    assert "<pre><code" in fig and "&lt;script&gt;" in fig and "<script>" not in fig
    assert mermaid_svg("graph LR\n  a --> b\n  b --> a\n") is None  # a cycle has no layers


# ------------------------------------------------------------------ in a real browser


def _chromium_dom(exe: str, page: Path, screenshot: Path | None = None) -> str:
    """The page's DOM after its scripts ran; with ``screenshot``, the same launch also writes a 1100 px wide PNG."""
    shot = [] if screenshot is None else ["--window-size=1100,2400", f"--screenshot={screenshot}"]
    res = subprocess.run(
        [exe, *CHROMIUM_FLAGS, "--virtual-time-budget=10000", *shot, "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert res.returncode == 0, res.stderr[-2000:]
    return res.stdout


@pytest.fixture(scope="module")
def pages(fresh) -> Path:  # noqa: ANN001
    """The folder of the bundled specs' pages rendered now, each with its .md, katex/ and plot beside it."""
    return {fresh(p.stem, "html").parent for p in BUNDLED}.pop()


@pytest.mark.parametrize("stem", [p.stem for p in BUNDLED])
def test_page_renders_all_math_in_chromium(stem: str, pages: Path) -> None:
    exe = chromium()
    ARTIFACTS.mkdir(exist_ok=True)
    png = ARTIFACTS / f"{stem}.html.png"
    # one browser launch: the DOM after KaTeX ran, and the screenshot a person looks at (tests/artifacts/)
    dom = _chromium_dom(exe, pages / f"{stem}.html", screenshot=png)
    assert png.is_file() and png.stat().st_size > 10_000
    n = len(math_expressions((pages / f"{stem}.md").read_text(encoding="utf-8")))
    assert 'data-math="rendered"' in dom, "KaTeX did not run (is katex/ beside the page?)"
    assert f'data-math-count="{n}"' in dom
    errors = re.findall(r'<span class="katex-error"[^>]*title="([^"]*)"[^>]*>([^<]*)', dom)
    assert not errors, f"{stem}.html: KaTeX errors in the browser:\n" + "\n".join(f"{m}: {t}" for m, t in errors)
    assert "katex-error" not in dom
    assert dom.count('class="katex"') + dom.count('class="katex-display"') >= n
    fonts = re.search(r'data-katex-fonts="(\d+)"', dom)
    assert fonts and int(fonts.group(1)) > 0, "KaTeX's fonts did not load from katex/fonts"
    print(f"\nscreenshot: {png}")


def test_injected_markup_does_not_run_in_chromium(tmp_path: Path) -> None:
    exe = chromium()
    write_all([("evil", walkthrough(parse_spec(_spec(PAYLOAD, PAYLOAD), "<x>"), ("html",)))], tmp_path)
    dom = _chromium_dom(exe, tmp_path / "evil.html")
    assert 'data-math="rendered"' in dom
    assert 'data-pwned="' not in dom, "markup from the spec ran in the page"
    assert "<title>&lt;/title&gt;&lt;script&gt;" in dom or "&lt;script&gt;" in dom


@pytest.mark.parametrize(("terms", "how"), [(7, "scaled"), (30, "wrapped")])
def test_a_display_wider_than_the_column_is_scaled_or_wrapped_not_scrolled(tmp_path: Path, terms: int, how: str) -> None:
    """Issue 16 point 9: a long sum keeps its result in view on a narrow window: scaled down, or wrapped when too long."""
    from generator.render.html import katex_assets, render_page

    body = " + ".join(f"0.{k:02d} \\times 0.{99 - k:02d}" for k in range(1, terms + 1))
    page = tmp_path / "wide.html"
    page.write_text(render_page(f"# Wide\n\n$$\nz = {body} = 1.23456\n$$\n\nShort: $a = 1$.\n", "Wide"), encoding="utf-8")
    for rel, content in katex_assets().items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    res = subprocess.run(
        [chromium(), *CHROMIUM_FLAGS, "--virtual-time-budget=10000", "--window-size=700,900", "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    dom = res.stdout
    assert 'data-math="rendered"' in dom, res.stderr[-2000:]
    assert f'data-math-{how}="1"' in dom and 'data-math-overflow="0"' in dom
    assert "1.23456" in dom  # the result is still there
