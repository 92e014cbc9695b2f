"""HTML output: the verified Markdown as one page a student opens by double-click, math by KaTeX.

Why convert the Markdown rather than render a third template: the page must say exactly what the
Markdown says (same sections, tables, numbers and certificate), and the Markdown is what
verification read. markdown-it-py is a CommonMark parser; ``mdit-py-plugins`` adds ``$…$`` /
``$$…$$`` math (pandoc's rules: no space inside the dollars, no digit after the closing one), GFM
tables and GitHub-style heading ids (so the contents links work). Raw HTML in the Markdown is
*not* passed through (``html: False``): every spec string reaches the page escaped.

Math is left as TeX inside ``<span class="math inline">`` / ``<div class="math display">`` and
typeset in the browser by KaTeX, loaded from ``katex/`` beside the page (never a CDN: readers may
be offline). The KaTeX files ship inside nnwalk (``generator/assets/katex``, vendored from the
npm package, woff2 fonts only); :func:`katex_assets` returns them for writing. Without JavaScript,
or with ``katex/`` missing, the page still shows the TeX source and says why.

:func:`math_expressions` extracts the math with the same parser, so the engine tests
(``tests/render/test_math_engines.py``) check precisely the expressions a page would typeset.
"""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any

from .diagram import mermaid_figure

if TYPE_CHECKING:  # markdown-it is imported where a page is made: a md or json render never needs it
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

#: Written in every page's head (it says where the page came from).
GENERATOR_MARK = '<meta name="generator" content="nnwalk">'
#: Folder (beside the page) that holds KaTeX.
KATEX_DIR = "katex"
#: Written into ``katex/VERSION`` by tests/js/vendor_katex.mjs: marks a KaTeX folder as nnwalk's.
KATEX_MARK = "vendored by nnwalk"


@dataclass(frozen=True)
class MathSpan:
    """One math expression as a Markdown renderer finds it: 1-based line, TeX, display or inline."""

    line: int
    tex: str
    display: bool


def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.anchors import anchors_plugin
    from mdit_py_plugins.dollarmath import dollarmath_plugin

    md = MarkdownIt("commonmark", {"html": False, "typographer": False}).enable("table")
    dollarmath_plugin(md, allow_labels=False, allow_space=False, allow_digits=False, double_inline=False)
    anchors_plugin(md, min_level=1, max_level=6)
    return md


@functools.lru_cache(maxsize=1)
def _shared_parser() -> MarkdownIt:
    return _parser()


def _inline_lines(tok: Token) -> list[tuple[int, Token]]:
    """The children of an inline token with the 0-based source line each starts on (breaks counted)."""
    line = tok.map[0] if tok.map else 0
    out = []
    for ch in tok.children or []:
        out.append((line, ch))
        if ch.type in ("softbreak", "hardbreak"):
            line += 1
        elif ch.type == "math_inline":
            line += ch.content.count("\n")
    return out


def math_expressions(markdown: str) -> list[MathSpan]:
    """Every ``$…$`` and ``$$…$$`` of a Markdown text, in order, as markdown-it with dollarmath reads it."""
    out: list[MathSpan] = []
    for tok in _shared_parser().parse(markdown):
        if tok.type == "math_block":
            out.append(MathSpan((tok.map[0] if tok.map else 0) + 1, tok.content, True))
        elif tok.type == "inline":
            for line, ch in _inline_lines(tok):
                if ch.type == "math_inline":
                    out.append(MathSpan(line + 1, ch.content, False))
    return out


def stray_dollars(markdown: str) -> list[tuple[int, str]]:
    """Text (outside math and code) that still holds a ``$``: math a renderer would show as plain dollars."""
    out = []
    for tok in _shared_parser().parse(markdown):
        if tok.type == "inline":
            for line, ch in _inline_lines(tok):
                if ch.type == "text" and "$" in ch.content:
                    out.append((line + 1, ch.content))
    return out


def _render_math_inline(self: Any, tokens: list[Token], idx: int, options: Any, env: Any) -> str:
    return f'<span class="math inline">{html.escape(tokens[idx].content)}</span>'


def _render_math_block(self: Any, tokens: list[Token], idx: int, options: Any, env: Any) -> str:
    return f'<div class="math display">{html.escape(tokens[idx].content)}</div>\n'


def _render_fence(self: Any, tokens: list[Token], idx: int, options: Any, env: Any) -> str:
    tok = tokens[idx]
    if tok.info.strip().split(" ")[0] == "mermaid":
        return mermaid_figure(tok.content)
    lang = html.escape(tok.info.strip().split(" ")[0]) if tok.info.strip() else ""
    cls = f' class="language-{lang}"' if lang else ""
    return f"<pre><code{cls}>{html.escape(tok.content)}</code></pre>\n"


def _insert_figure(tokens: list[Token], figure: str) -> None:
    """Put the loss plot after the first table of the "Training steps" section (the loss table), else before the last h2."""
    from markdown_it.token import Token

    block = Token("html_block", "", 0, content=figure)
    h2 = [i for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == "h2"]
    for i in h2:
        if tokens[i].attrGet("id") == "training-steps":
            end = next((k for k in h2 if k > i), len(tokens))
            close = next((k for k in range(i, end) if tokens[k].type == "table_close"), end - 1)
            tokens.insert(close + 1, block)
            return
    tokens.insert(h2[-1] if h2 else len(tokens), block)


STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
       line-height: 1.5; color: #1b1f23; background: #fff; margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.25rem 4rem; }
h1, h2, h3 { line-height: 1.25; } h2 { border-bottom: 1px solid #d0d7de; padding-bottom: .3rem; margin-top: 2rem; }
table { border-collapse: collapse; margin: 1rem 0; display: block; overflow-x: auto; max-width: 100%; }
th, td { border: 1px solid #d0d7de; padding: .3rem .6rem; text-align: left; vertical-align: top; }
thead th { background: #f6f8fa; }
blockquote { margin: 1rem 0; padding: .5rem 1rem; border-left: .25rem solid #54aeff; background: #f6f8fa; }
.math.display { overflow-x: auto; overflow-y: hidden; margin: 1rem 0; }
.math.display.wrapped { text-align: center; line-height: 2.4; }
div.math.display.tex, span.math.inline.tex { font-family: ui-monospace, monospace; white-space: pre-wrap; }
figure { margin: 1rem 0; } figure svg, figure img { max-width: 100%; height: auto; }
figcaption { color: #57606a; font-size: .9rem; }
pre { background: #f6f8fa; padding: .75rem; overflow-x: auto; }
.nnwalk-notice { background: #fff8c5; border: 1px solid #d4a72c; padding: .5rem 1rem; }
@media print { main { max-width: none; } .nnwalk-notice { display: none; } }
"""

# Typesets every .math element with KaTeX. throwOnError is off, so a bad expression becomes a red
# .katex-error node (what the Chromium test looks for) instead of stopping the rest of the page.
SCRIPT = """
(function () {
  var nodes = document.querySelectorAll(".math");
  if (typeof katex === "undefined") {
    for (var i = 0; i < nodes.length; i++) nodes[i].classList.add("tex");
    var note = document.getElementById("nnwalk-math-missing");
    if (note) note.hidden = false;
    document.documentElement.setAttribute("data-math", "missing");
    return;
  }
  var done = 0;
  for (var k = 0; k < nodes.length; k++) {
    var el = nodes[k];
    if (el.classList.contains("display")) el.setAttribute("data-source", el.textContent);
    katex.render(el.textContent, el, { displayMode: el.classList.contains("display"), throwOnError: false });
    done++;
  }
  document.documentElement.setAttribute("data-math", "rendered");
  document.documentElement.setAttribute("data-math-count", String(done));
  // A display wider than the column is not hidden behind a scrollbar: it is scaled down to fit when that
  // keeps it readable (70 % at least); otherwise a one-line equation is set as wrapping display-style text,
  // which breaks after its = and + signs, and a multi-line one is scaled to 50 % at least. Redone when the
  // window changes size.
  function fit() {
    var shown = document.querySelectorAll(".math.display"), scaled = 0, wrapped = 0, over = 0;
    for (var d = 0; d < shown.length; d++) {
      var box = shown[d];
      if (!box.hasAttribute("data-tex")) box.setAttribute("data-tex", box.getAttribute("data-source") || "");
      if (box.classList.contains("wrapped")) {  // set as a display again, then measured afresh
        katex.render(box.getAttribute("data-tex"), box, { displayMode: true, throwOnError: false });
        box.classList.remove("wrapped");
      }
      var inner = box.firstElementChild;
      if (!inner) continue;
      inner.style.fontSize = "";
      if (box.scrollWidth <= box.clientWidth + 1) continue;
      var tex = box.getAttribute("data-tex"), f = 1;
      if (box.clientWidth / box.scrollWidth < 0.7 && tex && tex.indexOf("\\begin") < 0) {
        katex.render("\\displaystyle " + tex, box, { displayMode: false, throwOnError: false });
        box.classList.add("wrapped");
        wrapped++;
      } else {
        for (var tries = 0; tries < 4 && box.scrollWidth > box.clientWidth + 1 && f > 0.5; tries++) {
          f = Math.max(0.5, f * box.clientWidth / box.scrollWidth * 0.99);  // widths do not all scale with the font
          inner.style.fontSize = (Math.floor(f * 1000) / 10) + "%";
        }
        scaled++;
      }
      if (box.scrollWidth > box.clientWidth + 1) over++;
    }
    document.documentElement.setAttribute("data-math-scaled", String(scaled));
    document.documentElement.setAttribute("data-math-wrapped", String(wrapped));
    document.documentElement.setAttribute("data-math-overflow", String(over));
  }
  fit();
  window.addEventListener("resize", fit);
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(fit);
  if (document.fonts && document.fonts.ready) {  // lets a test see that KaTeX's fonts loaded from katex/fonts
    document.fonts.ready.then(function () {
      var n = 0;
      document.fonts.forEach(function (f) { if (f.family.indexOf("KaTeX") >= 0 && f.status === "loaded") n++; });
      document.documentElement.setAttribute("data-katex-fonts", String(n));
    });
  }
})();
"""


def _body(markdown: str, plot_file: str | None = None, prefix: str = "") -> str:
    """The HTML of a verified Markdown document; ``prefix`` goes before every heading id and in-page link."""
    md = _shared_parser()
    env: dict[str, Any] = {}
    # The Markdown links the plot as an image; the page shows it as a captioned figure instead.
    markdown = re.sub(r"^!\[[^\]\n]*\]\([^)\n]*\.loss\.svg\)\n", "", markdown, flags=re.MULTILINE)
    # A line that is one HTML comment (a marker for tools, such as a question sheet's code) is not
    # shown in Markdown viewers; raw HTML is off here, so it would show as text: dropped.
    markdown = re.sub(r"^<!--[^\n]*?-->[ \t]*(?:\n|\Z)", "", markdown, flags=re.MULTILINE)
    tokens = md.parse(markdown, env)
    if plot_file:
        src = html.escape(plot_file, quote=True)
        _insert_figure(
            tokens,
            f'<figure class="loss-plot"><img src="{src}" alt="Loss per training step (the values of the table above)">'
            "<figcaption>Loss per training step, as printed in the table above.</figcaption></figure>\n",
        )
    if prefix:
        _prefix_anchors(tokens, prefix)
    renderer = md.renderer
    rules = {"math_inline": _render_math_inline, "math_block": _render_math_block, "fence": _render_fence}
    saved = {k: renderer.rules.get(k) for k in rules}
    try:
        for k, fn in rules.items():
            renderer.rules[k] = fn.__get__(renderer)
        return renderer.render(tokens, md.options, env)
    finally:
        for k, fn in saved.items():
            if fn is None:
                renderer.rules.pop(k, None)
            else:
                renderer.rules[k] = fn


def _prefix_anchors(tokens: list[Token], prefix: str) -> None:
    """Give heading ids and the links to them a prefix, so several documents can share one page."""
    for tok in tokens:
        if tok.type == "heading_open" and tok.attrGet("id"):
            tok.attrSet("id", f"{prefix}{tok.attrGet('id')}")
        for child in tok.children or ():
            href = child.attrGet("href") if child.type == "link_open" else None
            if isinstance(href, str) and href.startswith("#"):
                child.attrSet("href", f"#{prefix}{href[1:]}")


def _page(body: str, title: str, style: str = "") -> str:
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"{GENERATOR_MARK}\n"
        f"<title>{html.escape(title)}</title>\n"
        f'<link rel="stylesheet" href="{KATEX_DIR}/katex.min.css">\n'
        f"<style>{STYLE}{style}</style>\n"
        "</head>\n<body>\n<main>\n"
        '<p class="nnwalk-notice" id="nnwalk-math-missing" hidden>The formulas are shown as TeX source: '
        f"the folder <code>{KATEX_DIR}/</code> that nnwalk wrote beside this page is missing or could not be loaded.</p>\n"
        '<noscript><p class="nnwalk-notice">JavaScript is off, so the formulas are shown as TeX source.</p></noscript>\n'
        f"{body}</main>\n"
        f'<script src="{KATEX_DIR}/katex.min.js"></script>\n'
        f"<script>{SCRIPT}</script>\n"
        "</body>\n</html>\n"
    )


def render_page(markdown: str, title: str, plot_file: str | None = None) -> str:
    """The whole page for a verified Markdown document; ``plot_file`` is the loss plot's file name beside it."""
    return _page(_body(markdown, plot_file), title)


#: Each document of a booklet page starts a new printed page.
BOOKLET_STYLE = """
section.booklet-part + section.booklet-part { border-top: 3px double #d0d7de; margin-top: 3rem; }
@media print { section.booklet-part + section.booklet-part { break-before: page; border-top: none; margin-top: 0; } }
"""


def render_booklet(parts: list[tuple[str, str]], title: str) -> str:
    """One page holding several verified Markdown documents, as (anchor id, Markdown) pairs.

    Each document is a ``<section>`` with its own id that starts a new page when printed. Its
    heading ids and in-page links carry that id as a prefix, so no id repeats on the page and
    each document's table of contents leads within that document.
    """
    sections = []
    for anchor, markdown in parts:
        ident = html.escape(anchor, quote=True)
        sections.append(f'<section class="booklet-part" id="{ident}">\n{_body(markdown, None, f"{ident}-")}</section>\n')
    return _page("".join(sections), title, BOOKLET_STYLE)


@functools.lru_cache(maxsize=1)
def katex_assets() -> dict[str, bytes]:
    """The vendored KaTeX files, as relative path (``katex/...``) -> bytes, for writing beside a page."""
    root = resources.files("generator").joinpath("assets", KATEX_DIR)
    out: dict[str, bytes] = {}

    def walk(node: Any, rel: str) -> None:
        for child in sorted(node.iterdir(), key=lambda c: c.name):
            name = f"{rel}/{child.name}"
            if child.is_dir():
                walk(child, name)
            elif child.is_file():
                out[name] = child.read_bytes()

    if root.is_dir():
        walk(root, KATEX_DIR)
    if f"{KATEX_DIR}/katex.min.js" not in out:
        from ..errors import NnwalkError

        raise NnwalkError(
            "--format html: the KaTeX files that ship with nnwalk (generator/assets/katex) are missing; "
            "reinstall nnwalk (pip install .)."
        )
    return out


__all__ = [
    "GENERATOR_MARK",
    "KATEX_DIR",
    "KATEX_MARK",
    "MathSpan",
    "katex_assets",
    "math_expressions",
    "render_page",
    "stray_dollars",
]
