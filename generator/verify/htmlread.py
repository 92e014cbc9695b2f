"""Read a saved web page for ``verify``: its text and its math as TeX, line by line.

Published walkthroughs live on web pages. A page saved from the browser holds the math in one
of three forms, and this reader keeps each as TeX the checker can read:

- KaTeX's output: ``<annotation encoding="application/x-tex">`` inside its MathML (the visible
  ``katex-html`` copy, which repeats every digit as spans, is skipped);
- MathJax 2's ``<script type="math/tex">`` (``; mode=display`` for displays);
- raw ``\\( \\)``, ``$$ $$`` delimiters in the text, which MathJax 3 renders in the browser.

Everything else is the page's text, one output line per block element (paragraph, heading,
list item, table row with its cells separated by " | "); a superscript is a power (``x<sup>2</sup>`` is
``x^(2)``). Script, style, SVG and the head are
skipped; nothing in the page is executed or fetched (this is :class:`html.parser.HTMLParser`,
a tokenizer). Each output line remembers the source line it started on, so findings are
reported with the line numbers of the file the user has.
"""

from __future__ import annotations

import re
from html import escape
from html.parser import HTMLParser

from ..check.drawn import latex_of

BLOCK = frozenset(
    "address article aside blockquote br dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section summary table tbody thead tfoot ul".split()
)
SKIP = frozenset("head script style svg template noscript iframe object canvas button select textarea".split())
_DISPLAY = re.compile(r"mode\s*=\s*display")


class _Reader(HTMLParser):
    def __init__(self, html: str = "") -> None:
        super().__init__(convert_charrefs=True)
        self.line_ends = [len(x) for x in html.split("\n")]  # each source line's length: where its newline stands
        self.breaks: list[int] = []  # the source line of each row of a display kept in ``cur`` after a _ROW
        self.lines: list[tuple[int, str, tuple[int, int]]] = []  # (source line, text, where its block ends)
        self.cell_end: tuple[int, int] | None = None  # where the last table cell of the row ended
        self.cur: list[str] = []
        self.cur_line = 1
        self.skip: list[str] = []  # open tags whose content is skipped
        self.math: tuple[str, str] | None = None  # (closing tag, delimiter) while capturing TeX
        self.math_buf: list[str] = []
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.in_mathml = 0
        self.display_mathml = False
        self.pre = 0
        self.code = 0
        self.rows_in_table = 0
        self.display_open = False  # inside ``$$``/``\\[`` math written as the page's text (MathJax 3 renders it)

    # -- output
    def _text(self, s: str) -> None:
        if self.cell is not None:
            self.cell.append(s)
            return
        if not self.cur:
            self.cur_line = self.getpos()[0]
        self.cur.append(s)

    def _break(self, end: tuple[int, int] | None = None) -> None:
        end = end or self.getpos()
        text = "".join(self.cur)
        pieces = text.split(_ROW)
        if self.breaks and not self.display_open and len(pieces) == len(self.breaks) + 1:
            # a display closed in this block: each of its source lines is a line (a page's own \x1e reads as before)
            for n, piece in zip([self.cur_line, *self.breaks], pieces, strict=True):
                self._entry(n, piece, end)
        else:
            if self.display_open and text.count("$$") % 2:  # the last $$ the block never closes is no math
                at = text.rindex("$$")
                text = text[:at] + "\\$\\$" + text[at + 2 :]
            self._entry(self.cur_line, text.replace(_ROW, " "), end)
        self.cur, self.breaks = [], []
        self.display_open = False

    def _entry(self, line: int, text: str, end: tuple[int, int]) -> None:
        text = text.strip()
        if text:
            self.lines.append((line, re.sub(r"[ \t\r\f\v]+", " ", text), end))

    def _line_end(self, line: int) -> tuple[int, int]:
        """(line, column) of the newline that ends source ``line`` in the page as written (entities before it on the
        line, ``&amp;`` in an aligned display, do not move it: the parser's data has them decoded)."""
        return line, self.line_ends[line - 1] if 0 < line <= len(self.line_ends) else 0

    # -- parser callbacks
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        if self.skip:
            if tag == self.skip[-1] or tag in SKIP:
                self.skip.append(tag)
            return
        if tag == "script" and a.get("type", "").startswith("math/tex"):
            self.math = ("script", "$$" if _DISPLAY.search(a["type"]) else "$")
            self.math_buf = []
            return
        if tag == "math":
            self.in_mathml += 1
            self.display_mathml = a.get("display") == "block"
            return
        if self.in_mathml:
            if tag == "annotation" and a.get("encoding") == "application/x-tex":
                self.math = ("annotation", "$$" if self.display_mathml else "$")
                self.math_buf = []
            return
        classes = a.get("class", "").split()
        if tag in ("span", "div") and "math" in classes and {"inline", "display", "block"} & set(classes):
            # the page as written, before KaTeX/MathJax ran: markdown-it and pandoc keep the TeX as the element's text
            self.math = (tag, "$" if "inline" in classes else "$$")
            self.math_buf = []
            return
        if tag in SKIP or a.get("aria-hidden") == "true" or "katex-html" in classes or tag.startswith("mjx-"):
            self.skip.append(tag)
            return
        if tag == "img":  # an equation drawn by a LaTeX service (codecogs, WordPress.com, Zhihu …): its TeX is math
            tex = latex_of(a.get("src", ""))
            if tex and "$" not in tex and not self.pre and not self.code:
                self._text(f" ${tex}$ ")
        elif tag == "sup":  # (0.01 - 0.751365)<sup>2</sup> is a square, not a product with 2
            self._text("^(")
        elif tag == "code":
            self.code += 1
        elif tag == "table":
            self._break()
            self.rows_in_table = 0
        elif tag == "tr":
            self._break()
            self.row = []
            self.cur_line = self.getpos()[0]
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []
        elif tag in BLOCK:
            self._break()
            self.pre += tag == "pre"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self.handle_starttag(tag, attrs)
            return
        if tag in ("br", "hr") and not self.skip and not self.in_mathml and not (tag == "br" and self.display_open):
            self._break()  # (a <br> inside a display is a line of it: WordPress and Blogger write $$ displays so)

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            if tag == self.skip[-1]:
                self.skip.pop()
            return
        if self.math and tag == self.math[0]:
            tex = _strip_delimiters("".join(self.math_buf).strip())
            delim = self.math[1]
            self.math = None
            if tex:
                self._text(f" {delim}{tex}{delim} ")
            return
        if tag == "math":
            self.in_mathml = max(0, self.in_mathml - 1)
            return
        if self.in_mathml:
            return
        if tag == "sup":
            self._text(")")
        elif tag == "code":
            self.code = max(0, self.code - 1)
        elif tag in ("td", "th") and self.cell is not None and self.row is not None:
            self.row.append(re.sub(r"\s+", " ", "".join(self.cell)).strip())
            self.cell = None
            self.cell_end = self.getpos()
        elif tag == "tr" and self.row is not None:
            # a Markdown pipe row, so the table reader relates a formula cell to its result cell as in Markdown
            line = self.cur_line
            self.cur = ["| " + " | ".join(c.replace("|", "\\|") for c in self.row) + " |"]
            self.cur_line = line
            self.row = None
            self._break(self.cell_end)  # a marker for the row goes inside its last cell
            self.rows_in_table += 1
            if self.rows_in_table == 1 and self.lines:  # after the first row: the separator a pipe table needs
                last = self.lines[-1]
                self.lines.append((last[0], "|" + "---|" * max(1, last[1].count(" | ") + 1), last[2]))
        elif tag in BLOCK:
            self._break()
            if tag == "pre":
                self.pre = max(0, self.pre - 1)

    def handle_data(self, data: str) -> None:
        if self.math:
            self.math_buf.append(data)
            return
        if self.skip or self.in_mathml:
            return
        if self.pre or self.code:  # MathJax and KaTeX leave code alone: its $ is a dollar (echo $$), not math
            data = data.replace("$", "\\$")
        if self.cell is not None:
            self.cell.append(data)
            return
        if self.pre:  # preformatted text: every source line is a line (plain-text derivations often sit here)
            pos = self.getpos()
            for k, part in enumerate(data.split("\n")):
                if k:
                    self._break(self._line_end(pos[0] + k - 1))  # this line's block ends at its newline
                if part:
                    if not self.cur:
                        self.cur_line = self.getpos()[0] + k
                    self.cur.append(part)
            return
        if data.strip():
            # \[a_1 = … = 0.5523\] and \[a_2 = … = 0.5914\] on two source lines of one block, and the rows of a
            # display: each source line keeps its own line of text, so a finding names the line its number is on
            # (a display's rows only once it closes in the block: see _break); prose and inline math wrapped over
            # lines stay one line, as the page shows them
            pos, closed = self.getpos(), False
            for k, part in enumerate(data.split("\n")):
                inside = self.display_open  # the newline before this part is inside a display
                if part.strip():
                    if self.cur and k and not inside and (closed or part.lstrip().startswith(_DISPLAY_OPEN)):
                        self._break(self._line_end(pos[0] + k - 1))
                    if not self.cur:
                        self.cur_line = pos[0] + k
                    closed = part.rstrip().endswith(_DISPLAY_CLOSE)
                    self.display_open = _display_open_after(part, inside)
                elif k == 0:
                    continue
                if k and inside and self.cur:
                    self.cur.append(_ROW + part)
                    self.breaks.append(pos[0] + k)
                else:
                    self.cur.append(part if not k else " " + part)
        elif self.cur:
            self.cur.append(" ")


_ROW = "\x1e"  # where a display's source line ends, in the text of its block
_DISPLAY_OPEN = ("\\[", "$$")
_DISPLAY_CLOSE = ("\\]", "$$")


_DISPLAY_DELIMITER = re.compile(r"\$\$|\\\[|\\\]")


def _display_open_after(part: str, open_: bool) -> bool:
    """Whether a display (``$$ … $$``, ``\\[ … \\]``) is open after ``part``, given whether one was open before it."""
    for m in _DISPLAY_DELIMITER.finditer(part):
        open_ = (not open_) if m.group() == "$$" else m.group() == "\\["
    return open_


def _strip_delimiters(tex: str) -> str:
    """pandoc writes ``\\(x\\)`` and ``\\[x\\]`` inside its math spans: the TeX without them."""
    for a, b in (("\\(", "\\)"), ("\\[", "\\]"), ("$$", "$$"), ("$", "$")):
        if tex.startswith(a) and tex.endswith(b) and len(tex) >= len(a) + len(b):
            return tex[len(a) : len(tex) - len(b)].strip()
    return tex


def html_to_text(html: str) -> tuple[str, list[int]]:
    """The page as text (math as ``$…$``/``$$…$$``) and, per output line, the source line it came from."""
    text, source, _ends = read_page(html)
    return text, source


def read_page(html: str) -> tuple[str, list[int], list[int]]:
    """:func:`html_to_text`, and per output line the offset in ``html`` where its block ends.

    That offset is where a marker for a number on the line can go (:func:`annotated_page`): just
    before the tag that closes the paragraph, list item or table cell, so the marker is shown
    as part of that block.
    """
    r = _Reader(html)
    r.feed(html)
    r.close()
    r._break((len(html.split("\n")), len(html.split("\n")[-1])))
    starts = [0]
    for m in re.finditer("\n", html):
        starts.append(m.end())
    lines: list[str] = []
    source: list[int] = []
    ends: list[int] = []
    for n, t, (end_line, end_col) in r.lines:  # an entry may hold several lines (display math): each keeps its own place
        end = min(len(html), starts[min(end_line, len(starts)) - 1] + end_col)
        for k, part in enumerate(t.split("\n")):
            lines.append(part)
            source.append(n + k)
            ends.append(end)
    return "\n".join(lines) + "\n", source, ends


def annotated_page(html: str, ends: list[int], markers: dict[int, list[str]], note: str) -> str:
    """``html`` with each text line's markers (line -> marker texts) shown where that line's block ends.

    Markers are escaped text in a ``<span class="nnwalk-marker">``; the note is an HTML comment
    after the doctype (a comment before it would switch browsers to quirks mode).
    """
    inserts: dict[int, list[str]] = {}
    for line, texts in markers.items():
        if 1 <= line <= len(ends):
            spans = "".join(
                f'<span class="nnwalk-marker" style="color:#b00020;font-weight:600"> {escape(t.strip())}</span>' for t in texts
            )
            inserts.setdefault(ends[line - 1], []).append(spans)
    parts, prev = [], 0
    for pos in sorted(inserts):
        parts.append(html[prev:pos])
        parts.extend(inserts[pos])
        prev = pos
    parts.append(html[prev:])
    body = "".join(parts)
    doctype = re.match(r"\s*<!doctype[^>]*>\n?", body, re.IGNORECASE)
    at = doctype.end() if doctype else 0
    return body[:at] + f"<!-- {escape(note)} -->\n" + body[at:]


def looks_like_html(text: str, path: str = "") -> bool:
    """A saved web page: by its name, or by a doctype or <html> tag near the start."""
    if path.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or "<html" in head[:200]
