"""Find math in Markdown / LaTeX text and cut it into relation chains.

Two jobs, both purely syntactic (nothing here evaluates anything):

1. :func:`find_chunks` locates math chunks (``$…$``, ``$$…$$``, ``\\[…\\]``,
   ``\\(…\\)``, ``equation``/``align``/… environments) and returns their
   *content* offsets in the original text.  Code (fenced blocks, inline code,
   LaTeX comments, verbatim) is masked out first by overwriting it with spaces,
   which keeps every offset — and therefore every line number — valid.
2. :func:`chains_of` splits chunks into rows (``\\\\`` outside matrices), rows
   into segments (``\\quad``, commas, ``\\text{ comment }``, ``\\tag``,
   non-equality relations), and segments into relation chains on top-level
   ``=`` / ``\\approx``.  A row (or a following display chunk) that starts with
   ``=`` continues the previous chain, as in ``aligned`` derivations.

Sides are kept as token lists so that the parser and the checker can map any
sub-expression (e.g. a matrix cell) back to its line.
"""

from __future__ import annotations

import ast
import bisect
import re
from dataclasses import dataclass, field

from .lexer import Token, tokenize

__all__ = [
    "Chunk",
    "Side",
    "Chain",
    "LineMap",
    "guess_format",
    "find_chunks",
    "chains_of",
    "chunk_last_side",
    "chunk_related",
    "chunk_rows",
    "make_side",
    "mask_markdown",
    "preprocess_tokens",
    "restore_backslash",
    "row_segments",
    "split_rows",
]

MATH_ENVS = {
    "equation",
    "equation*",
    "align",
    "align*",
    "aligned",
    "gather",
    "gather*",
    "multline",
    "multline*",
    "eqnarray",
    "eqnarray*",
    "flalign",
    "flalign*",
    "alignat",
    "alignat*",
    "displaymath",
    "math",
}
# Layout environments whose ``\\`` and ``&`` are row/column markers of the
# *derivation*, not of a value; they are dropped before splitting.
TRANSPARENT_ENVS = MATH_ENVS | {"split", "gathered", "alignedat", "multlined", "cases", "dcases"}
_ENV_WITH_ARG = {"alignat", "alignat*", "alignedat"}

EQ_RELATIONS = {
    "=": "=",
    "\\approx": "approx",
    "\\simeq": "approx",
    "\\thickapprox": "approx",
    "\\approxeq": "approx",
    "\\doteq": "approx",
}
# Relations that are not checked: they end the current chain.
OTHER_RELATIONS = {
    "\\le",
    "\\leq",
    "\\ge",
    "\\geq",
    "\\lt",
    "\\gt",
    "\\neq",
    "\\ne",
    "\\to",
    "\\rightarrow",
    "\\Rightarrow",
    "\\implies",
    "\\iff",
    "\\Leftrightarrow",
    "\\longrightarrow",
    "\\Longrightarrow",
    "\\leftarrow",
    "\\gets",
    "\\Leftarrow",
    "\\mapsto",
    "\\in",
    "\\notin",
    "\\sim",
    "\\propto",
    "\\equiv",
    "\\ll",
    "\\gg",
    "\\leqslant",
    "\\geqslant",
    "\\therefore",
    "\\because",
    "\\longleftarrow",
    "\\Longleftarrow",
    "\\leadsto",
    "\\colon",
}
SEPARATOR_CMDS = {"\\quad", "\\qquad", "\\hfill", "\\newline", "\\tag", "\\tag*", "\\text-comment"}
TEXT_CMDS = {"\\text", "\\textrm", "\\textit", "\\textbf", "\\textsf", "\\texttt", "\\mbox", "\\mathrm", "\\textnormal", "\\hbox"}
_OPEN = {"(", "[", "\\{", "\\lbrace", "\\langle", "\\lbrack", "\\lvert", "\\lVert"}
_CLOSE = {")", "]", "\\}", "\\rbrace", "\\rangle", "\\rbrack", "\\rvert", "\\rVert"}
_DIMEN = re.compile(r"-?\d*\.?\d+\s*(pt|em|ex|mm|cm|in|mu|bp)\b")
_FUNC_WORDS = {"relu", "sigmoid", "exp", "tanh", "ln", "log", "max", "min", "sqrt", "softmax", "floor", "ceil"}
_NUMBER = re.compile(r"\s*[-+]?(\d+(\.\d*)?|\.\d+)\s*")
_NEWLINE = re.compile("\n")


@dataclass(frozen=True)
class Chunk:
    """Math content ``text[start:end]``; ``display`` is False for inline math."""

    start: int
    end: int
    display: bool


@dataclass
class Side:
    """One side of a relation: its tokens (absolute offsets) and source text."""

    tokens: list[Token]
    text: str = ""
    start: int = 0


@dataclass
class Chain:
    """``sides[0] rel[0] sides[1] rel[1] …``; ``len(sides) == len(rels) + 1``."""

    sides: list[Side] = field(default_factory=list)
    rels: list[str] = field(default_factory=list)
    note: str = ""  # why a synthetic chain relates these sides (added to the finding's detail)


_LAST_LINES: tuple[str, list[int]] = ("", [])  # the last text mapped and its newline offsets
_LAST_LOWER: tuple[str, str] = ("", "")  # the last text lowered, and its lowered copy


def lowered(text: str) -> str:
    """``text.lower()``, made once per document for every reader that asks.

    Why: a case-insensitive regular expression scans a page several times slower than a plain one (each
    character is folded), and most pages hold none of the words such a reader looks for (``softmax``,
    ``your value``). A substring test on the lowered copy says so in microseconds. Only for such tests: a
    few characters lower to two (``İ``), so an offset in the copy need not be the page's.
    """
    global _LAST_LOWER
    last = _LAST_LOWER
    if last[0] is not text:
        folded = text
        if any(chr(c) in text for c in _FOLDS):  # ſ, ı, İ: what a case-insensitive pattern matches as s and i
            folded = text.translate(_FOLDS)
        last = _LAST_LOWER = (text, folded.lower())
    return last[1]


_FOLDS = {0x17F: "s", 0x131: "i", 0x130: "i"}


class LineMap:
    """Offset → 1-based line number, by binary search over newline offsets."""

    def __init__(self, text: str) -> None:
        global _LAST_LINES
        last = _LAST_LINES
        if last[0] is not text:  # the checker, the plain-text reader, carry and verify each map the same text
            last = _LAST_LINES = (text, [m.start() for m in _NEWLINE.finditer(text)])
        self._nl = last[1]  # shared, never changed

    def line(self, offset: int) -> int:
        return bisect.bisect_left(self._nl, offset) + 1

    def bounds(self, offset: int) -> tuple[int, int]:
        """The offsets where the line holding ``offset`` starts and ends (its newline, or the text's end: -1)."""
        k = bisect.bisect_left(self._nl, offset)
        return (self._nl[k - 1] + 1 if k else 0), (self._nl[k] if k < len(self._nl) else -1)


def guess_format(text: str) -> str:
    """``"tex"`` for documents with LaTeX structure commands, else ``"md"``."""
    if re.search(r"\\(documentclass|begin\{document\}|section\*?\{|subsection\*?\{|usepackage)", text):
        return "tex"
    return "md"


# --------------------------------------------------------------------------- masking
def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]


_NOT_NEWLINE = re.compile(r"[^\n]")


def _blank_all(text: str, spans: list[tuple[int, int]]) -> str:
    """:func:`_blank` of every span, the text copied once (not once per span: a long document has hundreds)."""
    if not spans:
        return text
    parts = []
    last = 0
    for a, b in sorted(spans):
        a = max(a, last)  # blanking is idempotent: an overlap is blanked once
        if b <= a:
            continue
        parts.append(text[last:a])
        parts.append(_NOT_NEWLINE.sub(" ", text[a:b]))
        last = b
    parts.append(text[last:])
    return "".join(parts)


_LAST_MASKED: tuple[str, str] = ("", "")  # the last text masked and its mask: extract_chains masks a text twice


def mask_markdown(text: str) -> str:
    global _LAST_MASKED
    last = _LAST_MASKED
    if last[0] is not text:
        last = _LAST_MASKED = (text, _mask_markdown_text(text))
    return last[1]


def _mask_markdown_text(text: str) -> str:
    out = text
    if "![" in text:  # an equation drawn by a LaTeX image service: its alt text is read as math (find_chunks)
        out = _blank_all(out, [m.span() for m in _MATH_IMAGE.finditer(text)])
    if "```" in text or "~~~" in text:  # else no line can open a fence: the walk over the lines is not needed
        out = _blank_all(out, _fence_spans(text))
    if "<!--" in out:
        out = _blank_all(out, [m.span() for m in _HTML_COMMENT.finditer(out)])
    if "`" not in out:
        return out
    return _blank_all(out, _code_spans(out))


def _inline_code_spans(s: str) -> list[tuple[int, int]]:
    """``[m.span() for m in _INLINE_CODE.finditer(s)]``, the pattern tried only where a backtick stands.

    A match starts at a backtick (its lookbehind consumes nothing and still sees the character before),
    so trying the pattern at each backtick in turn, going on after each match, finds the same matches
    as the search, which tries it at every character of the document.
    """
    spans = []
    find, match = s.find, _INLINE_CODE.match
    i = find("`")
    while i != -1:
        m = match(s, i)
        if m is None:
            i = find("`", i + 1)
            continue
        spans.append(m.span())
        i = find("`", m.end())
    return spans


def _code_spans(s: str) -> list[tuple[int, int]]:
    """The inline code to mask: each span whole, but for worked arithmetic set in code type (``(0.3*0.3) +
    (0.7*0.7) = 0.58`` between backticks), of which only the backticks are masked."""
    out = []
    for a, b in _inline_code_spans(s):
        k = len(s[a:b]) - len(s[a:b].lstrip("`"))
        if _worked_inline(s[a + k : b - k]):
            out += [(a, a + k), (b - k, b)]
        else:
            out.append((a, b))
    return out


def _worked_inline(body: str) -> bool:
    """Inline code that works numbers out by hand (``(0.3*0.3) + (0.7*0.7) + (1.1*1.1) = 1.79``): operators
    between numbers and a number after the last ``=`` — no program ends so; ``lr = 0.01`` and ``np.dot(w, x)``
    stay code."""
    return (
        len(body) <= 400
        and "$" not in body
        and "\\" not in body
        and bool(_ENDS_IN_VALUE.search(body) and _DIGIT_THEN_OPERATOR.search(body))
    )


def _fence_spans(text: str) -> list[tuple[int, int]]:
    """The spans of fenced code blocks (of a ```math block or a block of worked plain text: its fence lines)."""
    lines = text.split("\n")
    offs, pos = [], 0
    for ln in lines:
        offs.append(pos)
        pos += len(ln) + 1
    fence: str | None = None
    fstart = fline = 0
    math = False
    lang = ""
    spans: list[tuple[int, int]] = []  # each pass's spans are found on the text the passes before masked
    for i, ln in enumerate(lines):
        m = _FENCE_LINE.match(ln)
        if fence is None and m:
            fence, fstart, fline, lang = m.group(1), offs[i], i, m.group(2).lower()
            math = lang in ("math", "{math}")
        elif fence is not None and m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence):
            if math or (
                _worked_text(lines[fline + 1 : i])
                if lang in ("", "text", "txt", "plaintext")
                else lang not in _PYTHON and _worked_pseudo_code(lines[fline + 1 : i])
            ):
                # GitHub's ```math block is math, and a block of worked plain-text equations is text, not code:
                # only their fence lines are masked
                spans.append((fstart, fstart + len(lines[fline])))
                spans.append((offs[i], offs[i] + len(ln)))
            else:
                # a program: masked whole, but for its comment lines that work numbers out by hand
                # (``# = log(7.3891 + 2.7183 + 1.1052 + 1.6487) = log(12.8613) ≈ 2.554``), whose text is read
                start = fstart
                for k in range(fline + 1, i):
                    at = _worked_comment(lines[k])
                    if at is not None:
                        spans.append((start, offs[k] + at))
                        start = offs[k] + len(lines[k])
                spans.append((start, offs[i] + len(ln)))
            fence = None
    if fence is not None:
        spans.append((fstart, len(text)))
    return spans


_FENCE_LINE = re.compile(r"\s*(`{3,}|~{3,})\s*(\{math\}|\w*)")  # ```math, and MyST's ```{math} directive (not {note})
_COMMENT_START = re.compile(r"[ \t]*(?:#|//)[ \t]*")
_ENDS_IN_VALUE = re.compile(r"(?:=|≈)[ \t]*[-\u2212]?\d[\d.]*[ \t]*$")
_DIGIT_THEN_OPERATOR = re.compile(r"\d[^-+*/×÷^]*[-+*/×÷^]")


def _worked_comment(line: str) -> int | None:
    """Where the text starts of a program's comment line that works numbers out by hand: ``#`` or ``//``, then
    numbers and operators ending in a relation and a number (``# = 0.62 - 0.76 - 0.5 = -0.64``, ``// 0.3 * 0.2 =
    0.06``); None for code and for comments of words (``# x = 0.5``). Lines longer than a hand's are not read."""
    m = _COMMENT_START.match(line)
    if m is None or len(line) > 400:
        return None
    body = line[m.end() :]
    if "$" in body or "\\" in body or not _ENDS_IN_VALUE.search(body) or not _DIGIT_THEN_OPERATOR.search(body):
        return None
    return m.end()


#: a worked line: an ``=`` with a number after it (``z2 = 0.7*0.5 + … = 2.76``)
_WORKED = re.compile(r"(?:=|\u2248)[^=\n]*\d")


def _worked_text(block: list[str]) -> bool:
    """A fenced block without a language that holds worked equations as plain text, not code.

    Published walkthroughs put their arithmetic in plain fences to keep its columns (``z1 = W1 @ x + b1 =
    [[0.1*1 + 0.2*2], …`` in a Spanish lab, a whole blog post's forward and backward pass). Such a block is
    read as text when a line works a number out, no line is LaTeX source (``$``, a backslash) and the block
    is not Python: ``x = 0.5 + 0.5 = 7.5`` and ``y = 1  (clase positiva)`` are not; ``x = 0.5`` and any
    program are, and stay code.
    """
    body = "\n".join(block)
    if len(body) > 200_000 or "$" in body or "\\" in body or not any(_WORKED.search(line) for line in block):
        return False  # (a block that large is data or a program, not a worked example)
    try:
        ast.parse(body)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return True
    return False


#: No language's programs chain ``name = expression = number`` or write ``×``: a fenced block labelled with a
#: language that does is worked arithmetic in the language's colours (```javascript, ```css), not a program.
#: Python blocks stay code: their programs are read by level 2's code reader, and a worked comment line by itself.
_PYTHON = frozenset({"python", "py", "python3", "py3", "ipython", "ipython3"})
#: an assignment's ``=`` (not ``==``, ``<=``, ``>=``, ``!=``, ``=>``)
_ASSIGN = re.compile(r"(?<![<>!=])=(?![=>])")
#: what follows a computed value's ``=``: a number or a bracket
_VALUE_START = re.compile(r"\s*[-\u2212]?[\d.\[(]")


def _chained(line: str) -> bool:
    """``= <an expression with a digit or bracket> = <number>``: two assignments with a computation between them
    (one pass over the line's ``=`` signs, so a long line costs its length)."""
    parts = _ASSIGN.split(line)
    return any(
        any(c.isdigit() or c in ")]" for c in mid) and _VALUE_START.match(after)
        for mid, after in zip(parts[1:-1], parts[2:], strict=False)
    )


def _worked_pseudo_code(block: list[str]) -> bool:
    """A block labelled with a language that works numbers out by hand: ``z = 3.0 + (-1.2) + 0.5 = 2.3`` or
    ``0.6 × 5`` cannot be a program, so the block is read as plain-text equations (a Spanish post writes its whole
    example in ```javascript fences, an attention post in ```css). A valid-looking program stays code."""
    body = "\n".join(block)
    if len(body) > 200_000 or "$" in body or "\\" in body:
        return False
    if any(("\u00d7" in line or "\u00f7" in line or _chained(line)) and _WORKED.search(line) for line in block):
        return True
    # a chain over lines: ``= 0.02 * [0.3, …] + 0.28 * […]`` then ``= [1.0, 2.0, …]`` (no program has two lines in a
    # row that start with "=", the second with a value)
    steps = [line.lstrip() for line in block]
    return any(
        a.startswith("=") and _DIGIT_THEN_OPERATOR.search(a) and b.startswith("=") and _VALUE_START.match(b[1:])
        for a, b in zip(steps, steps[1:], strict=False)
    )


_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
#: A Markdown image drawn by a service that renders the LaTeX of its address (CSDN, Zhihu-era and older blogs
#: write every equation this way, the LaTeX repeated as the alt text): ``![x=0.5](https://latex.codecogs.com/…)``.
_MATH_IMAGE = re.compile(
    r"!\[(?P<alt>(?:[^\[\]\n]|\[[^\[\]\n]*\]){0,2000})\]\((?P<url>https?://(?:[\w-]+\.)*(?:codecogs\.com|upmath\.me|quicklatex\.com"
    r"|chart\.googleapis\.com/chart\?cht=tx|chart\.apis\.google\.com/chart\?cht=tx"
    r"|render\.githubusercontent\.com/render/math|latex\.vercel\.app|math\.now\.sh|zhihu\.com/equation|wp\.com/latex\.php)"
    # the address may hold balanced brackets (CommonMark: ``…?\sigma(0.3775)=0.59``), and a title may follow it
    r"(?:[^\s()!]|!(?!\[)|\([^\s()]{0,2000}\)){0,8000})(?:[ \t]+\"[^\"\n]{0,500}\")?\)"
)
MATH_IMAGE = _MATH_IMAGE  # the same pattern for the reader of the images' addresses (:mod:`.drawn`)
_INLINE_CODE = re.compile(r"(?<![`\\])(`+)(?!`)((?:(?!\n[ \t]*\n).)+?)(?<!`)\1(?!`)", re.DOTALL)


def _mask_tex(text: str) -> str:
    out = text
    m = re.search(r"\\begin\{document\}", out)
    if m:
        out = _blank(out, 0, m.end())
    out = _blank_all(out, [(m.start() + m.group().index("%"), m.end()) for m in re.finditer(r"(?<!\\)(?:\\\\)*%[^\n]*", out)])
    out = _blank_all(
        out,
        [m.span() for m in re.finditer(r"\\begin\{(verbatim|lstlisting|minted|comment)\*?\}.*?\\end\{\1\*?\}", out, re.DOTALL)],
    )
    return _blank_all(out, [m.span() for m in re.finditer(r"\\verb\*?(.).*?\1", out)])


# --------------------------------------------------------------------------- chunks
_SCANS: dict[tuple[str, bool], re.Pattern[str]] = {}
_OPENERS = re.compile(r"[\\$]")


def _find_close(s: str, target: str, i: int, stop_at_blank_line: bool = False) -> int:
    """Index of the next unescaped ``target`` at or after ``i`` (or -1)."""
    scan = _SCANS.get((target[0], stop_at_blank_line))
    if scan is None:  # the characters where something can happen; the loop jumps from one to the next
        chars = {target[0], "\\"} | ({"\n"} if stop_at_blank_line else set())
        scan = _SCANS[(target[0], stop_at_blank_line)] = re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")
    n = len(s)
    while i < n:
        m = scan.search(s, i)
        if m is None:
            return -1
        i = m.start()
        if s.startswith(target, i):
            return i
        ch = s[i]
        if ch == "\\":
            i += 2
            continue
        if stop_at_blank_line and ch == "\n" and re.match(r"\n[ \t]*\n", s[i : i + 80]):
            return -1
        i += 1
    return -1


def _inline_close(s: str, i: int, markdown: bool) -> int:
    """Closing ``$`` for inline math opened just before ``i`` (pandoc rules in Markdown)."""
    n = len(s)
    while i < n:
        j = _find_close(s, "$", i, stop_at_blank_line=True)
        if j == -1:
            return -1
        if not markdown:
            return j
        if s[j - 1] not in " \t\n" and not (j + 1 < n and s[j + 1].isdigit()):
            return j
        i = j + 1
    return -1


def find_chunks(text: str, fmt: str = "md") -> list[Chunk]:
    """All math chunks of ``text`` in document order.

    In Markdown, inline ``$`` follows pandoc's rules (no space after the
    opening or before the closing ``$``, no digit right after the closing one)
    so that prices like "$5 and $10" are not math.  ``\\(`` / ``\\[`` whose
    content contains ``$`` are ignored (the inner ``$…$`` wins), which handles
    the common ``\\( $x$ \\)`` double-wrapping in hand-written Markdown.
    """
    markdown = fmt != "tex"
    s = mask_markdown(text) if markdown else _mask_tex(text)
    drawn = _image_math(text) if markdown and "![" in text else []
    # reStructuredText's literal and code blocks, found once for its roles and its math directives alike
    rst_code = _rst_code_spans(text) if markdown and (":math:`" in text or ".. math::" in text) else []
    if markdown and ("math}`" in text or "math:`" in text):
        drawn = _merge_chunks(drawn, _math_roles(text, s, rst_code))
    if markdown and ("```" in text or ".. math::" in text):
        fenced = _math_fences(text, s, rst_code)
        if fenced:  # ```math blocks are display math; their lines are not read again as plain text or $…$
            chunks = _merge_chunks(_find_chunks(_blank_spans(s, fenced), markdown), [c for _a, _b, cs in fenced for c in cs])
            return _merge_chunks(chunks, drawn) if drawn else chunks
    chunks = _find_chunks(s, markdown)
    return _merge_chunks(chunks, drawn) if drawn else chunks


_MATH_FENCE = re.compile(
    r"^[ \t]*(`{3,})[ \t]*(?P<myst>\{)?math\}?[ \t]*\n(.*?)^[ \t]*\1[ \t]*$", re.MULTILINE | re.DOTALL | re.IGNORECASE
)
#: MyST's inline math role (Jupyter Book, Sphinx): {math}`L = \frac{1}{2}(a - y)^2 \approx 0.0199`
_MATH_ROLE = re.compile(  # reStructuredText's :math:`…` too; a role may wrap onto the next line (not past a blank one)
    r"(\{math\}|(?<![\w:]):math:)(`+)(?!`)((?:[^\n]|\n(?![ \t]*\n)){1,2000}?)(?<!`)\2(?!`)"
)
#: reStructuredText's ``.. math::`` directive: the indented lines after it (and its own line's rest)
_RST_MATH = re.compile(r"^([ \t]*)\.\. math::[ \t]*([^\n]*)\n((?:[ \t]*\n|\1[ \t]+[^\n]*(?:\n|$))*)", re.MULTILINE)


def _math_roles(text: str, masked: str, rst_code: list[tuple[int, int]]) -> list[Chunk]:
    """MyST's ``{math}`…``` and reStructuredText's ``:math:`…``` roles as inline chunks, where the page's masking
    left the role's name (not in a code fence or an HTML comment; the backticks' content itself is masked as inline
    code) and not in an rst literal or code block."""
    return [
        Chunk(m.start(3), m.end(3), False)
        for m in _MATH_ROLE.finditer(text)
        if masked.startswith(m.group(1), m.start()) and not _in_spans(rst_code, m.start())
    ]


def _math_fences(text: str, masked: str, rst_code: list[tuple[int, int]]) -> list[tuple[int, int, list[Chunk]]]:
    """Math blocks: (start, end, chunks). GitHub's ```math: one display chunk per line, as authors write one
    equation a line, or the whole block when it is one LaTeX construct (``\\\\`` rows, an environment). MyST's
    ```{math} and reStructuredText's ``.. math::`` (outside code: ``masked`` is the page with its code blanked) the
    same for each of their equations, which blank lines part, after their option lines (``:label: eq:2``)."""
    found = (
        [(m.start(3), m.group(3), m.end(3), bool(m.group("myst"))) for m in _MATH_FENCE.finditer(text)] if "```" in text else []
    )
    if ".. math::" in text:  # reStructuredText's directive: its indented block (a math on the directive's line is one too)
        for m in _RST_MATH.finditer(text):
            at = m.start() + len(m.group(1))
            if not masked.startswith(".. math::", at) or _in_spans(rst_code, at):
                continue  # a fence's, or an rst literal or code block's, text about the directive
            if m.group(2).strip():
                found.append((m.start(2), m.group(2), m.end(2), True))
            body = m.group(3).rstrip("\n")
            found.append((m.start(3), body, m.start(3) + len(body), True))
    out = []
    for body_start, body, body_end, directive in sorted(found):
        parts = _equations(body_start, body) if directive else [(body_start, body)]
        chunks: list[Chunk] = []
        for at, part in parts:
            if "\\\\" in part or "\\begin" in part:
                chunks.append(Chunk(at, at + len(part.rstrip()), True))
                continue
            for line in part.split("\n"):
                if line.strip() and "$" not in line:
                    chunks.append(Chunk(at, at + len(line.rstrip()), True))
                at += len(line) + 1
        out.append((body_start, body_end, chunks))
    return out


def _equations(start: int, body: str) -> list[tuple[int, str]]:
    """A math directive's equations (offset, text): its option lines skipped, the rest parted by blank lines."""
    out: list[tuple[int, str]] = []
    pos, first, cur = start, True, []
    at = start
    for line in body.split("\n"):
        if first and _DIRECTIVE_OPTION.match(line):
            pos += len(line) + 1
            continue
        if line.strip():
            if not cur:
                at = pos
            cur.append(line)
        elif cur:
            out.append((at, "\n".join(cur)))
            cur = []
        first = first and not line.strip() and not cur
        pos += len(line) + 1
    if cur:
        out.append((at, "\n".join(cur)))
    return out


#: a directive's option line (``:label: eq-loss``, ``:nowrap:``), not math
_DIRECTIVE_OPTION = re.compile(r"[ \t]*:[\w-]+:")
#: reStructuredText's code directives (their indented lines are code shown as written)
_RST_CODE_DIRECTIVE = re.compile(r"\.\. (?:code-block|code|sourcecode|literalinclude|doctest|ipython|highlight)::")


def _rst_code_spans(text: str) -> list[tuple[int, int]]:
    """The spans of reStructuredText's literal blocks (after a paragraph that ends in ``::``, not after another
    directive's ``.. note::``) and code directives' blocks: their text is shown as written, never as math. A block is
    the lines after it indented deeper than the line (a list item's text counts from its bullet's end) and as deep as
    its first line; one pass over the lines."""
    if "::" not in text:
        return []
    spans: list[tuple[int, int]] = []
    lines = text.split("\n")
    starts = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        body = line.strip()
        code = _RST_CODE_DIRECTIVE.match(body) is not None
        if not (code or (body.endswith("::") and not body.startswith(".."))):
            i += 1
            continue
        bullet = re.match(r"[ \t]*(?:[-*+]|\d+[.)]|#\.)[ \t]+", line)
        own = len(bullet.group()) if bullet else len(line) - len(line.lstrip())
        j = i + 1
        while j < n and not lines[j].strip():
            j += 1
        if j >= n:
            break
        depth = len(lines[j]) - len(lines[j].lstrip())
        if depth <= own:
            i = j
            continue
        k = j
        while k < n and (not lines[k].strip() or len(lines[k]) - len(lines[k].lstrip()) >= depth):
            k += 1
        spans.append((starts[j], starts[k - 1] + len(lines[k - 1])))
        i = k
    return spans


def _in_spans(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies in one of ``spans`` (sorted, not overlapping)."""
    k = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def _image_math(text: str) -> list[Chunk]:
    """The alt texts of the equations drawn as images (:data:`_MATH_IMAGE`), each a display chunk; an alt text
    with no digit or no LaTeX-like content (``![公式](…)``) is left alone."""
    out = []
    for m in _MATH_IMAGE.finditer(text):
        a, b = m.span("alt")
        alt = text[a:b]
        if alt.strip() and any(c.isdigit() or c in "=\\^_" for c in alt):
            out.append(Chunk(a, b, True))
    return out


def _blank_spans(s: str, spans: list[tuple[int, int, list[Chunk]]]) -> str:
    for a, b, _c in spans:
        s = _blank(s, a, b)
    return s


def _merge_chunks(a: list[Chunk], b: list[Chunk]) -> list[Chunk]:
    return sorted(a + b, key=lambda c: c.start)


def _find_chunks(s: str, markdown: bool) -> list[Chunk]:
    chunks: list[Chunk] = []
    i, n = 0, len(s)
    begin_re = re.compile(r"\\begin\{([A-Za-z]+\*?)\}")
    while i < n:
        m = _OPENERS.search(s, i)  # nothing happens at other characters
        if m is None:
            break
        i = m.start()
        ch = s[i]
        if ch == "\\":
            nxt = s[i + 1 : i + 2]
            if nxt in ("[", "("):
                close = "\\]" if nxt == "[" else "\\)"
                j = _find_close(s, close, i + 2)
                if j != -1 and "$" not in s[i + 2 : j]:
                    chunks.append(Chunk(i + 2, j, nxt == "["))
                    i = j + 2
                    continue
            m = begin_re.match(s, i)
            if m and m.group(1) in MATH_ENVS:
                j = s.find("\\end{" + m.group(1) + "}", m.end())
                if j != -1:
                    chunks.append(Chunk(m.end(), j, True))
                    i = j + len(m.group(1)) + 6
                    continue
            i += 2
            continue
        if ch == "$":
            if s.startswith("$$", i):
                j = _find_close(s, "$$", i + 2)
                if j != -1:
                    chunks.append(Chunk(i + 2, j, True))
                    i = j + 2
                    continue
                i += 2
                continue
            glued = _GLUED.match(s, i) if markdown else None
            if glued is not None:
                chunks.extend(Chunk(glued.start(k), glued.end(k), True) for k in (1, 2, 3))
                i = glued.end()
                continue
            if not markdown or (i + 1 < n and s[i + 1] not in " \t\n"):
                j = _inline_close(s, i + 1, markdown)
                if j != -1:
                    chunks.append(Chunk(i + 1, j, False))
                    i = j + 1
                    continue
            if markdown:
                j = _spaced_inline_close(s, i)
                if j != -1:
                    chunks.append(Chunk(i + 1, j, False))
                    i = j + 1
                    continue
        i += 1
    return chunks


#: ``$W = $$\begin{bmatrix}w_1…\end{bmatrix}$$ = \begin{bmatrix}0.15…\end{bmatrix}$``: one equation in three spans glued by
#: ``$$``, as MathJax reads them (each ``$`` closes the span before); the three go on from each other as one chain.
#: Each part stays within a paragraph, the first ends with its ``=`` and the last begins with one.
_PART = r"(?:[^$\n]|\n(?![ \t]*\n)){1,2000}?"
_GLUED = re.compile(rf"\$({_PART}=[ \t]*\n?[ \t]*)\$\$({_PART})\$\$([ \t]*\n?[ \t]*=[ \t]*{_PART})\$")
_SPACED_INLINE = re.compile(r"\$([^$\n]*[^\\$\n])\$")
_RELATION = re.compile(r"=|\\approx|\u2248")


def _spaced_inline_close(s: str, i: int) -> int:
    """Closing ``$`` of ``$ net = 0.25 * 0.1 = 0.025 $``: spaces inside single dollars, as kramdown and MathJax allow.

    Pandoc's rule (no space inside) keeps prices out of math; this second chance takes a span on
    one line only when it holds a relation and a digit and stands apart from the words around
    it, so "US$ 5" and "$5 and $10" stay text.
    """
    if i > 0 and (s[i - 1].isalnum() or s[i - 1] in "\\$"):
        return -1
    m = _SPACED_INLINE.match(s, i)
    if m is None:
        return -1
    j = m.end() - 1
    if j + 1 < len(s) and (s[j + 1].isalnum() or s[j + 1] == "$"):
        return -1
    body = m.group(1)
    if not _RELATION.search(body) or not any(ch.isdigit() for ch in body):
        return -1
    return j


# --------------------------------------------------------------------------- rows
def _group_end(toks: list[Token], i: int) -> int:
    """Index just past the brace group starting at ``toks[i]`` (``{``); i if none."""
    if i >= len(toks) or toks[i].text != "{" or toks[i].kind != "char":
        return i
    depth = 0
    for k in range(i, len(toks)):
        if toks[k].kind == "char" and toks[k].text == "{":
            depth += 1
        elif toks[k].kind == "char" and toks[k].text == "}":
            depth -= 1
            if depth == 0:
                return k + 1
    return len(toks)


#: Commands that lose their backslash when a post goes through a Markdown engine (``frac{1.2}{3.1}``).
BARE_COMMANDS = {"frac", "dfrac", "tfrac", "sqrt"}


def restore_backslash(toks: list[Token], i: int) -> Token:
    """``toks[i]``, or ``\\frac`` for a bare ``frac`` glued to the ``{`` of its argument."""
    t = toks[i]
    if (
        t.kind == "word"
        and t.text in BARE_COMMANDS
        and i + 1 < len(toks)
        and toks[i + 1].text == "{"
        and toks[i + 1].start == t.end
    ):
        if i == 0 or toks[i - 1].end < t.start or toks[i - 1].kind != "word":
            return Token("cmd", "\\" + t.text, t.start, t.end)
    return t


#: What ``\\text{…}`` holding one operator sign stands for (``\\text{×}``); a letter such as ``x`` may be a name.
_TEXT_OPERATORS = {"\\times", "\\cdot", "\\div", "*", "+", "-", "/"}


def preprocess_tokens(toks: list[Token]) -> list[Token]:
    """Drop labels / numbering / layout environments; turn ``\\tag`` into a separator; restore a lost ``\\frac``."""
    out: list[Token] = []
    i = 0
    while i < len(toks):
        t = restore_backslash(toks, i)
        if t.kind == "cmd" and t.text in (
            "\\label",
            "\\tag",
            "\\tag*",
            "\\hspace",
            "\\hspace*",
            "\\vspace",
            "\\vspace*",
            "\\intertext",
        ):
            j = i + 1
            if j < len(toks) and toks[j].text == "*":
                j += 1
            end = _group_end(toks, j)
            if t.text != "\\label":
                out.append(Token("cmd", "\\tag" if "tag" in t.text or "text" in t.text else "\\quad", t.start, t.end))
            i = max(end, i + 1)
            continue
        if t.kind == "cmd" and t.text in ("\\nonumber", "\\notag", "\\displaystyle", "\\textstyle"):
            i += 1
            continue
        if (
            t.kind == "cmd"
            and t.text in TEXT_CMDS
            and i + 3 < len(toks)
            and toks[i + 1].text == "{"
            and toks[i + 3].text == "}"
            and toks[i + 2].text in _TEXT_OPERATORS
        ):
            out.append(toks[i + 2])  # 0.3 \text{×} 0.1 (a wikidocs habit): the operator, not a comment
            i += 4
            continue
        if t.kind in ("begin", "end") and t.text in TRANSPARENT_ENVS:
            i += 1
            if t.kind == "begin" and t.text in _ENV_WITH_ARG:
                i = _group_end(toks, i)
            while t.kind == "begin" and i < len(toks) and toks[i].text == "[":  # [t], [0.8\linewidth]: layout only
                close = next((k for k in range(i + 1, min(i + 8, len(toks))) if toks[k].text == "]"), None)
                if close is None:
                    break
                i = close + 1
            continue
        out.append(t)
        i += 1
    return out


def split_rows(toks: list[Token]) -> list[list[Token]]:
    """Split on ``\\\\`` / ``\\cr`` at brace- and environment-depth 0."""
    rows: list[list[Token]] = [[]]
    depth = 0
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.kind == "char" and t.text == "{" or t.kind == "begin":
            depth += 1
        elif t.kind == "char" and t.text == "}" or t.kind == "end":
            depth = max(0, depth - 1)
        elif depth == 0 and t.kind == "cmd" and t.text in ("\\\\", "\\cr"):
            rows.append([])
            i += 1
            # optional spacing argument: \\[4pt]
            if i < len(toks) and toks[i].text == "[":
                for k in range(i + 1, min(i + 6, len(toks))):
                    if toks[k].text == "]":
                        seg = "".join(x.text for x in toks[i + 1 : k])
                        if _DIMEN.fullmatch(seg):
                            i = k + 1
                        break
            continue
        rows[-1].append(t)
        i += 1
    return rows


def _is_comment_text(src: str) -> bool:
    """Does the body of a ``\\text{…}`` read as prose rather than a name or number?"""
    body = src.strip()
    if not body or _NUMBER.fullmatch(src) or body.lower() in _FUNC_WORDS:
        return False
    return src != body or bool(re.search(r"[^A-Za-z0-9_'\-]", body))


@dataclass
class _Segment:
    sides: list[list[Token]]
    rels: list[str]


def row_segments(row: list[Token], text: str) -> list[_Segment]:
    """Split one row into relation chains at top-level separators."""
    segs: list[_Segment] = []
    cur = _Segment([[]], [])
    unclosed = _unclosed_before_relation(row)
    left_open = 0  # unclosed round brackets in the side being read: closed where that side ends

    def close_side() -> None:
        nonlocal left_open
        side = cur.sides[-1]
        while left_open and side:
            side.append(Token("char", ")", side[-1].end, side[-1].end))
            left_open -= 1
        left_open = 0

    def cut() -> None:
        nonlocal cur
        close_side()
        if cur.rels or any(cur.sides):
            segs.append(cur)
        cur = _Segment([[]], [])

    depth = 0
    i = 0
    while i < len(row):
        t = row[i]
        k = t.kind
        txt = t.text
        if i in unclosed:
            left_open += 1  # -(0 \times log(0.3) + 1 \times log(0.4) = 0.91: the bracket the author forgot to close
        elif k == "cmd" and txt in _LEADING_SPACE and not cur.sides[-1] and depth == 0:
            i += 1  # \\\ &= 0.7 \times 0.36 …: a row that opens with a control space still starts with its relation
            continue
        elif k == "begin" or (k == "char" and txt in "{([") or (k == "cmd" and txt in _OPEN):
            depth += 1
        elif k == "end" or (k == "char" and txt in "})]") or (k == "cmd" and txt in _CLOSE):
            depth = max(0, depth - 1)
        elif k == "cmd" and txt in ("\\left", "\\right"):
            depth = depth + 1 if txt == "\\left" else max(0, depth - 1)
            cur.sides[-1].append(t)
            if i + 1 < len(row):
                cur.sides[-1].append(row[i + 1])
            i += 2
            continue
        elif depth == 0:
            if k == "char" and txt == "&":
                nxt = row[i + 1] if i + 1 < len(row) else None
                if (
                    cur.rels
                    and cur.sides[-1]
                    and nxt is not None
                    and not _relation_token(nxt)
                    and nxt.text != "&"
                    and _next_is_equation(row, i + 1)
                ):
                    # W_1(1) &= 0.4352 & W_1(2) &= 0.4514: after an equation's value, an align's next column pair
                    # is another equation (not a case's condition: 1 & x > 0)
                    cut()
                i += 1
                continue
            if k == "cmd" and txt == "\\xrightarrow" and _scalable(cur) and (scaled := _scaled_by(row, i)) is not None:
                # Q \times K \xrightarrow{\times \frac{1}{\sqrt{4}}} S: the arrow's label applied to the product before it
                # gives S (only a product with no relation before it: after "= 0.8951" the arrow starts another value)
                operand, i = scaled
                side = cur.sides[-1]
                a0, a1 = side[0].start, side[-1].end
                cur.sides[-1] = [Token("char", "(", a0, a0), *side, Token("char", ")", a1, a1), *operand]
                cur.rels.append("=")
                cur.sides.append([])
                continue
            if k == "cmd" and txt in TEXT_CMDS and i + 1 < len(row) and row[i + 1].text == "{":
                end = _group_end(row, i + 1)
                body = text[row[i + 1].end : row[end - 1].start] if end - 1 > i + 1 else ""
                follows = row[end].text if end < len(row) else ""
                if txt != "\\mathrm" and _is_comment_text(body) and follows not in ("_", "^", "("):
                    cut()
                    i = end
                    continue
            if k == "cmd" and txt in ("\\overset", "\\stackrel") and i + 1 < len(row):
                g1 = _group_end(row, i + 1)
                g2 = _group_end(row, g1)
                inner = [x.text for x in row[g1 + 1 : g2 - 1]]
                if len(inner) == 1 and inner[0] in EQ_RELATIONS:
                    cur.rels.append(EQ_RELATIONS[inner[0]])
                    cur.sides.append([])
                    i = g2
                    continue
            if k == "char" and txt == "," and _glued_digits(row, i):
                # "1,234", and "0,5" on a page not read with decimal commas: kept together, so a relation is never made
                # between the pieces of a number (z = 0,5 \cdot 0,4 = 0,2 is not "4 = 0"); the parser rejects it -> not checked
                cur.sides[-1].append(t)
                i += 1
                continue
            if (
                txt in _ARROW_SPACE
                and k == "cmd"
                and ((_scalable(cur) and _arrow_at(row, i + 1)) or (cur.rels and not cur.sides[-1] and _arrow_at(row, i - 1)))
            ):
                i += 1  # \quad \xrightarrow{\times k} \quad: the space around a scaling arrow parts nothing
                continue
            if (k == "cmd" and (txt in SEPARATOR_CMDS or txt in OTHER_RELATIONS)) or (k == "char" and txt in ",;<>"):
                cut()
                i += 1
                continue
            if k == "char" and txt in ":!" and i + 1 < len(row) and row[i + 1].text == "=":
                if txt == ":":
                    cur.rels.append("=")
                    cur.sides.append([])
                else:
                    cut()
                i += 2
                continue
            if k == "char" and txt == ":":
                cut()
                i += 1
                continue
            if (k == "char" and txt == "=") or (k == "cmd" and txt in EQ_RELATIONS):
                close_side()
                cur.rels.append(EQ_RELATIONS[txt])
                cur.sides.append([])
                i += 1
                continue
        cur.sides[-1].append(t)
        i += 1
    cut()
    return [s for s in segs if not _is_equation_number(s)]


_LEADING_SPACE = {"\\ ", "\\,", "\\;", "\\!", "\\:"}


def _unclosed_before_relation(row: list[Token]) -> set[int]:
    """The index of a round bracket ``(`` that the row never closes, when it opens a computation a relation follows.

    ``-(0 \\times log(0.3) + 1 \\times log(0.4) = 0.91`` (a published slip): read as if the bracket closed where
    its side ends (the checker tries the other places it could close before it calls the line wrong). Only one
    bracket left open, holding an operator and a number before the relation and no ``,`` or ``;`` (``\\sigma(z =
    0.5 = 0.6225``, ``f(x; w = 0.5, b = 0.1 = 0.6`` name an argument: they are not read). A row that also closes a
    bracket it never opened (an expression broken over two rows), or with no relation after the bracket (the row
    goes on below), keeps its brackets as printed.
    """
    stack: list[tuple[int, str]] = []
    for i, t in enumerate(row):
        if t.kind == "begin" or (t.kind == "char" and t.text in "{([") or (t.kind == "cmd" and t.text in _OPEN):
            stack.append((i, t.text))
        elif t.kind == "end" or (t.kind == "char" and t.text in "})]") or (t.kind == "cmd" and t.text in _CLOSE):
            if not stack:
                return set()
            stack.pop()
        elif t.kind == "cmd" and t.text in ("\\left", "\\right"):
            return set()
    if len(stack) != 1 or stack[0][1] != "(":
        return set()
    start = stack[0][0]
    depth, operator, number = 0, False, False
    for t in row[start + 1 : start + 1 + _OPEN_REACH]:
        if t.kind == "begin" or (t.kind == "char" and t.text in "{([") or (t.kind == "cmd" and t.text in _OPEN):
            depth += 1
        elif t.kind == "end" or (t.kind == "char" and t.text in "})]") or (t.kind == "cmd" and t.text in _CLOSE):
            depth -= 1
        elif depth == 0 and (t.kind == "char" and t.text == "=" or t.kind == "cmd" and t.text in EQ_RELATIONS):
            return {start} if operator and number else set()
        elif depth == 0 and t.kind == "char" and t.text in ",;":
            return set()
        elif depth == 0 and (t.kind == "char" and t.text in "+-*/" or t.kind == "cmd" and t.text in _BINARY_CMDS):
            operator = True
        number = number or t.kind == "num"
    return set()


_BINARY_CMDS = {"\\times", "\\cdot", "\\div"}
#: the most tokens a bracket left open may hold before its relation to be read (the checker tries closing it
#: after each operand: a long sum left open is not worth that, nor sure)
_OPEN_REACH = 40


#: an arrow's label that scales what stands before it: ``\times`` or ``\cdot`` a factor, ``/`` or ``\div`` a divisor
_SCALES = {"\\times", "\\cdot", "\\div", "/", "*", "\u00d7", "\u00f7"}


_ARROW_SPACE = {"\\quad", "\\qquad"}
#: what makes the side before a scaling arrow a computation (a bare matrix before ``\xrightarrow{\times 2}`` may be
#: upsampled, not scaled)
_PRODUCTS = {"\\times", "\\cdot", "*", "@"}


def _scalable(cur: _Segment) -> bool:
    """Whether the segment so far is one side, a product, with no relation: what a scaling arrow may apply to."""
    return not cur.rels and any(t.text in _PRODUCTS for t in cur.sides[-1])


def _arrow_at(row: list[Token], i: int) -> bool:
    """Whether ``row[i]`` is a scaling arrow (:func:`_scaled_by`), or the closing brace of one's label (a label of up to
    64 tokens: behind a longer one the space parts the row, as it always did)."""
    if 0 <= i < len(row) and row[i].text == "\\xrightarrow":
        return _scaled_by(row, i) is not None
    if 0 <= i < len(row) and row[i].text == "}":
        depth = 0
        for j in range(i, max(-1, i - 64), -1):  # back to the label's opening brace (a label is short)
            depth += {"}": 1, "{": -1}.get(row[j].text, 0) if row[j].kind == "char" else 0
            if depth == 0:
                return j >= 1 and row[j - 1].text == "\\xrightarrow" and _scaled_by(row, j - 1) is not None
    return False


def _scaled_by(row: list[Token], i: int) -> tuple[list[Token], int] | None:
    r"""For ``\xrightarrow{\times k}`` at ``row[i]``: the tokens ``\times (k)`` and the index after the label; None for
    a label that does not start with a sign of scaling or that holds words (``\xrightarrow{\text{softmax}}``)."""
    if i + 1 >= len(row) or row[i + 1].text != "{":
        return None
    end = _group_end(row, i + 1)
    label = row[i + 2 : end - 1]
    if len(label) < 2 or label[0].text not in _SCALES or any(t.kind == "cmd" and t.text in TEXT_CMDS for t in label):
        return None
    first, last = label[1], label[-1]
    factor = [Token("char", "(", first.start, first.start), *label[1:], Token("char", ")", last.end, last.end)]
    return [label[0], *factor], end


def _next_is_equation(row: list[Token], i: int) -> bool:
    """Whether the next column pair from ``i`` on is an equation: its first relation at the row's top level, before
    a second ``&`` and within 64 tokens (a pair is short, and a row of thousands of ``&`` stays linear), is ``=`` or
    ``\approx``."""
    depth = 0
    marks = 0
    for t in row[i : i + 64]:
        if t.kind == "begin" or (t.kind == "char" and t.text in "{([") or (t.kind == "cmd" and t.text in _OPEN):
            depth += 1
        elif t.kind == "end" or (t.kind == "char" and t.text in "})]") or (t.kind == "cmd" and t.text in _CLOSE):
            depth = max(0, depth - 1)
        elif depth == 0 and t.kind == "char" and t.text == "&":
            marks += 1
            if marks > 1:
                return False
        elif depth == 0 and _relation_token(t):
            return (t.kind == "char" and t.text == "=") or (t.kind == "cmd" and t.text in EQ_RELATIONS)
    return False


def _relation_token(t: Token) -> bool:
    """``=``, ``\approx``, ``:=`` and the like: what an align's ``&`` stands before when it aligns a relation."""
    return (t.kind == "char" and t.text in "=:<>") or (t.kind == "cmd" and (t.text in EQ_RELATIONS or t.text in OTHER_RELATIONS))


def _glued_digits(row: list[Token], i: int) -> bool:
    """Is ``row[i]`` (a comma) glued between a whole number and digits, as in ``1,234`` or a decimal comma ``0,5``?"""
    if i == 0 or i + 1 >= len(row):
        return False
    a, c, b = row[i - 1], row[i], row[i + 1]
    return a.kind == "num" and b.kind == "num" and a.end == c.start and c.end == b.start and a.text.isdigit()


def _is_equation_number(seg: _Segment) -> bool:
    if seg.rels or len(seg.sides) != 1:
        return False
    t = [x.text for x in seg.sides[0]]
    return (len(t) == 3 and t[0] == "(" and t[2] == ")" and t[1].isdigit()) or (
        len(t) == 1 and t[0].isdigit() and seg.sides[0][0].kind == "num"
    )


def _strip_trailing_number(side: list[Token], text: str) -> list[Token]:
    """Drop a trailing ``(17)`` written after a gap: an equation number, not a factor."""
    if len(side) >= 4 and [t.text for t in side[-3:]][::2] == ["(", ")"] and side[-2].text.isdigit():
        gap = text[side[-4].end : side[-3].start]
        if gap and not gap.strip() and side[-4].kind in ("num", "char") and side[-4].text not in "+-*/(":
            return side[:-3]
    return side


# --------------------------------------------------------------------------- chains
_SPACES = re.compile(r"\s+")


def make_side(tokens: list[Token], text: str) -> Side:
    if tokens:
        # Tokens in order whose gaps hold no row or column marker: the text is the source span,
        # whitespace collapsed (what joining the tokens and their gaps below gives).
        start, end = tokens[0].start, tokens[-1].end
        span = text[start:end]
        if "&" not in span and "\\\\" not in span:
            at = start
            for t in tokens:
                if t.start < at:
                    break
                at = t.end
            else:
                return Side(tokens, _SPACES.sub(" ", span).strip(), start)
    parts: list[str] = []
    prev: Token | None = None
    for t in tokens:
        if prev is not None:
            gap = text[prev.end : t.start]
            parts.append(" " if gap and (not gap.strip() or "\\\\" in gap or "&" in gap) else gap)
        parts.append(text[t.start : t.end])
        prev = t
    return Side(tokens, re.sub(r"\s+", " ", "".join(parts)).strip(), tokens[0].start if tokens else 0)


# --------------------------------------------------------------------------- chunk plans
# Cutting a chunk into rows, segments and sides looks at digits only as digits (never at which
# digit), so a chunk cuts exactly like any chunk that differs from it only in its digits (same
# length, same place). Exam variants and the steps of one walkthrough print the same chunks with
# other numbers: each shape is cut once, and a chunk of a known shape gets that cut with its own
# tokens, read from its own text. Bounded memo, cleared when full.
# The key is the chunk's UTF-8 bytes with every digit made 0: bytes.translate is some ten times faster than
# str.translate, and UTF-8 (injective, digits only ever single bytes) keeps two chunks apart unless their texts
# differ only in digits. Lone surrogates (a file read with surrogateescape) pass through.
_DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")
_PLANS: dict[bytes, _ChunkPlan] = {}
_PLANS_MAX = 50_000


@dataclass
class _ChunkPlan:
    #: tokens of the cut, offsets relative to the chunk; the flag says the text is read from the chunk (it has digits)
    toks: list[tuple[str, str, int, int, bool]]
    #: rows that have segments: (row starts with ``&``, [(relations, [side token indices])]), sides already stripped
    rows: list[tuple[bool, list[tuple[list[str], list[list[int]]]]]]
    #: the last side of the last non-empty row (a table cell's value), and whether the chunk had relations
    last: tuple[list[int], bool] | None
    #: whether any segment has a relation: an inline chunk without one gives no chain (its tokens are never made)
    related: bool = True


def _make_plan(shape: str) -> _ChunkPlan:
    index: dict[Token, int] = {}
    toks: list[tuple[str, str, int, int, bool]] = []

    def ix(t: Token) -> int:
        k = index.get(t)
        if k is None:
            k = index[t] = len(toks)
            toks.append((t.kind, t.text, t.start, t.end, "0" in t.text and t.text == shape[t.start : t.end]))
        return k

    rows = split_rows(preprocess_tokens(tokenize(shape)))
    planned = []
    for row in rows:
        segs = row_segments(row, shape)
        if segs:
            planned.append(
                (
                    bool(row) and row[0].text == "&",
                    [
                        (
                            list(seg.rels),
                            # an equation number ends the equation: ``-\frac{1}{3} (355) = -118.33`` keeps its factor
                            [
                                [ix(t) for t in (_strip_trailing_number(sd, shape) if k == len(seg.sides) - 1 else sd)]
                                for k, sd in enumerate(seg.sides)
                            ],
                        )
                        for seg in segs
                    ],
                )
            )
    last = None
    full = [r for r in rows if r]
    if full:
        segs = row_segments(full[-1], shape)
        if segs and segs[-1].sides[-1]:
            seg = segs[-1]
            last = ([ix(t) for t in seg.sides[-1]], bool(seg.rels) or len(segs) > 1 or len(full) > 1)
    related = any(rels for _amp, segs in planned for rels, _sides in segs)
    return _ChunkPlan(toks, planned, last, related)


def _plan(text: str, start: int, end: int) -> _ChunkPlan:
    """The plan of ``text[start:end]`` (made once per shape)."""
    shape = text[start:end].encode("utf-8", "surrogatepass").translate(_DIGITS_AS_ZERO)
    plan = _PLANS.get(shape)
    if plan is None:
        if len(_PLANS) >= _PLANS_MAX:
            _PLANS.clear()
        plan = _PLANS[shape] = _make_plan(shape.decode("utf-8", "surrogatepass"))
    return plan


def _rows(plan: _ChunkPlan, text: str, start: int) -> list[tuple[bool, list[_Segment]]]:
    """The rows of ``plan`` with the chunk's own tokens (at their offsets in ``text``)."""
    new = tuple.__new__  # Token(...) without the keyword-argument layer: a chunk has many tokens
    toks = [new(Token, (k, text[a + start : b + start] if real else x, a + start, b + start)) for k, x, a, b, real in plan.toks]
    return [
        (amp, [_Segment([[toks[i] for i in side] for side in sides], list(rels)) for rels, sides in segs])
        for amp, segs in plan.rows
    ]


def chunk_rows(text: str, start: int, end: int) -> list[tuple[bool, list[_Segment]]]:
    """The rows of the chunk ``text[start:end]`` that have segments: (starts with ``&``, segments).

    The same as cutting ``split_rows(preprocess_tokens(tokenize(text, start, end)))`` and each row with
    :func:`row_segments`, their sides stripped of trailing equation numbers.
    """
    return _rows(_plan(text, start, end), text, start)


def chunk_related(text: str, start: int, end: int) -> bool:
    """Whether some segment of the chunk ``text[start:end]`` has a relation (``=``, ``\\approx`` …).

    The same as asking :func:`chunk_rows`, without making the chunk's tokens: most inline chunks
    (``$W^{(1)}$``, ``$0.5$``) have none, and give no chain.
    """
    return _plan(text, start, end).related


def chunk_last_side(text: str, start: int, end: int) -> tuple[list[Token], bool] | None:
    """Tokens of the last side of the last relation chain of the chunk, and whether it had relations."""
    plan = _plan(text, start, end)
    if plan.last is None:
        return None
    new = tuple.__new__  # only the tokens of that side are made (a table cell asks for nothing else)
    toks = plan.toks
    side = []
    for i in plan.last[0]:
        k, x, a, b, real = toks[i]
        side.append(new(Token, (k, text[a + start : b + start] if real else x, a + start, b + start)))
    return side, plan.last[1]


_BINOPS = {"+", "-", "*", "\\times", "\\cdot", "\\div", "/", "\\odot", "\\pm"}


_WORD_NAME = re.compile(r"\\(?:text|mathrm|operatorname)\s*\{([^{}]*)\}")


def _word_head(text: str, start: int, pos: int) -> str | None:
    """The name in words that a display's left side is (``\\text{out h2}`` in ``\\text{out h2} = 0.5968``: the
    side reads as empty, but it is no ``= …`` continuing the display before), spacing ignored; None when the display
    opens with its relation."""
    names = _WORD_NAME.findall(text, start, pos)
    return " ".join(" ".join(n.split()) for n in names) if names else None


#: nothing but a comma or a semicolon between two displays (their delimiters aside): ``$$0.9$$, $$-\log 0.9 …$$``
_LIST_COMMA = re.compile(r"[\s$]*(?:\\[\])])?[\s$]*[,;，；][\s$]*(?:\\[\[(])?[\s$]*")


def chains_of(text: str, chunks: list[Chunk]) -> list[Chain]:
    """Relation chains of ``chunks`` (see module docstring for the rules)."""
    chains: list[Chain] = []
    prev: Chain | None = None
    prev_head: str | None = None  # the words naming the left side of ``prev`` (``\text{out h1}``), when it has them
    prev_end = 0  # where the chunk before ends
    for chunk in chunks:
        if not chunk.display:
            prev = None
            if not chunk_related(text, chunk.start, chunk.end):
                prev_end = chunk.end
                continue  # no relation in an inline chunk: its chains have none, and nothing before or after joins it
        elif prev is not None and not prev.rels and _LIST_COMMA.fullmatch(text, prev_end, chunk.start):
            # ``$$0.245$$, $$\approx 1.406$$``: a comma alone after a display of no relation parts two items of a list
            # (after ``$$L = \frac{1}{2}(0.8 - 1)^2$$,`` a display ``$$= 0.02$$`` goes on with it)
            prev = None
        prev_end = chunk.end
        for r, (row_amp, segs) in enumerate(chunk_rows(text, chunk.start, chunk.end)):
            for n, seg in enumerate(segs):
                sides = seg.sides
                first = sides[0]
                merged = False
                if n == 0 and prev is not None and prev.sides:
                    last = prev.sides[-1]
                    if not first and seg.rels and last.tokens:
                        # a display that starts with its relation goes on from the one before — not one that names
                        # its own left side in words (``\text{out h2} = 0.5968`` after ``\text{out h1} = 0.5932``)
                        head = (
                            _word_head(text, chunk.start, sides[1][0].start) if r == 0 and len(sides) > 1 and sides[1] else None
                        )
                        merged = head is None or head == prev_head
                    elif not last.tokens and prev.rels and first:
                        prev.sides.pop()
                        merged = True
                    elif (
                        first
                        and last.tokens
                        and (first[0].text in _BINOPS or last.tokens[-1].text in _BINOPS)
                        and (row_amp or first[0].text != "-" or last.tokens[-1].text in _BINOPS)
                    ):  # a row that starts with an operator, or follows one that ended with it, continues the side
                        last_toks = prev.sides.pop().tokens
                        sides = [last_toks + first] + sides[1:]
                        merged = True
                if merged and prev is not None:
                    start = 1 if not first and seg.rels else 0
                    prev.rels.extend(seg.rels)
                    prev.sides.extend(make_side(s, text) for s in sides[start:])
                    chain = prev
                else:
                    chain = Chain([make_side(s, text) for s in sides], list(seg.rels))
                    chains.append(chain)
                    prev_head = (
                        _word_head(text, chunk.start, sides[1][0].start)
                        if r == 0 and n == 0 and not first and len(sides) > 1 and sides[1]
                        else None
                    )
                prev = chain
        if not chunk.display:
            prev = None
    return [c for c in chains if c.rels]
