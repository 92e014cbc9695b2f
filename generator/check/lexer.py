"""Tokenizer for the LaTeX arithmetic subset found inside math chunks.

Every token keeps its absolute character offsets in the *document*, so that
later stages (row splitting, parsing, matrix cells) can report the source line
of anything they point at without re-scanning text.  The lexer never fails:
characters it does not understand become one-character ``char`` tokens and
it is the parser's job to reject them.
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Token", "matching_brace", "tokenize"]


class Token(NamedTuple):
    """One lexical unit (a named tuple: immutable, and cheap to make in the millions).

    kind is one of:
      ``num``   a decimal literal (``0.15``, ``.5``, ``12``, ``1.88e-4``)
      ``cmd``   a control sequence including the backslash (``\\frac``, ``\\,``)
      ``begin`` / ``end``  ``\\begin{env}`` / ``\\end{env}``; text is the env name
      ``word``  a run of ASCII letters (``e``, ``exp``, ``net``)
      ``sym``   a single non-ASCII letter (Greek written in Unicode, etc.)
      ``char``  any other single character (``+``, ``(``, ``&``, ``=`` …)
    """

    kind: str
    text: str
    start: int
    end: int


# Unicode characters that humans paste into "LaTeX" and their ASCII/TeX meaning.
_UNICODE: dict[str, tuple[str, str]] = {
    "\u2212": ("char", "-"),  # minus sign
    "\u2013": ("char", "-"),  # en dash used as minus
    "\u00d7": ("cmd", "\\times"),
    "\u00b7": ("cmd", "\\cdot"),
    "\u22c5": ("cmd", "\\cdot"),
    "\u2219": ("cmd", "\\cdot"),
    "\u2217": ("char", "*"),
    "\u00f7": ("cmd", "\\div"),
    "\u2248": ("cmd", "\\approx"),
    "\u2243": ("cmd", "\\simeq"),
    "\u2264": ("cmd", "\\le"),
    "\u2265": ("cmd", "\\ge"),
    "\u2260": ("cmd", "\\neq"),
    "\u2192": ("cmd", "\\to"),
    "\u21d2": ("cmd", "\\Rightarrow"),
    "\u2190": ("cmd", "\\leftarrow"),
    "\u2299": ("cmd", "\\odot"),
    "\u2218": ("cmd", "\\circ"),
    "\u03c3": ("cmd", "\\sigma"),
    "\u03c0": ("cmd", "\\pi"),
    "\u221a": ("cmd", "\\sqrt"),
    "\u230a": ("cmd", "\\lfloor"),
    "\u230b": ("cmd", "\\rfloor"),
    "\u2308": ("cmd", "\\lceil"),
    "\u2309": ("cmd", "\\rceil"),
    "\u2032": ("char", "'"),
    # full-width forms around numbers in Chinese and Japanese posts (净输入：net = 0.3775，…)
    "\uff1a": ("char", ":"),
    "\uff0c": ("char", ","),
    "\uff1b": ("char", ";"),
    "\u3001": ("char", ","),
    "\uff08": ("char", "("),
    "\uff09": ("char", ")"),
    "\uff1d": ("char", "="),
    "\uff0b": ("char", "+"),
    "\uff0d": ("char", "-"),
    "\uff0a": ("char", "*"),
    "\uff0f": ("char", "/"),
    "\u00a0": ("ws", " "),
    "\u2009": ("ws", " "),
    "\u202f": ("ws", " "),
}
# Unicode superscripts / subscripts (``x²``, ``h₄``, ``10⁻³``, ``Wᵀ``): a run of them
# expands to ``^`` / ``_`` followed by the run as a group; the synthetic tokens are
# zero-width so that offsets and source text stay those of the document.
_SUPERSCRIPT = {
    "\u00b2": "2",
    "\u00b3": "3",
    "\u00b9": "1",
    "\u2070": "0",
    "\u2074": "4",
    "\u2075": "5",
    "\u2076": "6",
    "\u2077": "7",
    "\u2078": "8",
    "\u2079": "9",
    "\u207a": "+",
    "\u207b": "-",
    "\u1d40": "T",
}
# Vulgar fractions are exact: ``½`` becomes ``(1/2)`` (zero-width synthetic tokens).
_VULGAR = {"\u00bd": ("1", "2"), "\u2153": ("1", "3"), "\u00bc": ("1", "4"), "\u00be": ("3", "4")}
_SUBSCRIPT = {chr(0x2080 + d): str(d) for d in range(10)} | {"\u208a": "+", "\u208b": "-"}

_RE = re.compile(
    r"""
    (?P<begin>\\begin\s*\{\s*(?P<bname>[A-Za-z*]+)\s*\})
  | (?P<end>\\end\s*\{\s*(?P<ename>[A-Za-z*]+)\s*\})
  | (?P<cmd>\\(?:[A-Za-z]+\*?|.|\n|$))
  | (?P<num>(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+(?![.\d]))?)
  | (?P<word>[A-Za-z]+)
  | (?P<ws>\s+)
    """,
    re.VERBOSE | re.DOTALL,
)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokenize ``text[start:end]``; token offsets are absolute in ``text``."""
    stop = len(text) if end is None else end
    out: list[Token] = []
    pos = start
    while pos < stop:
        m = _RE.match(text, pos, stop)
        if m is not None and m.end() > pos:
            kind = m.lastgroup
            if kind == "begin":
                out.append(Token("begin", m.group("bname"), pos, m.end()))
            elif kind == "end":
                out.append(Token("end", m.group("ename"), pos, m.end()))
            elif kind == "cmd":
                cmd = m.group()
                if cmd == "\\" or cmd == "\\\n":
                    cmd = "\\ "
                out.append(Token("cmd", cmd, pos, m.end()))
            elif kind != "ws":
                out.append(Token(kind or "char", m.group(), pos, m.end()))
            pos = m.end()
            continue
        ch = text[pos]
        if ch in _UNICODE:
            kind, val = _UNICODE[ch]
            if kind != "ws":
                out.append(Token(kind, val, pos, pos + 1))
        elif ch in _VULGAR:
            num, den = _VULGAR[ch]
            out.append(Token("char", "(", pos, pos))
            out.append(Token("num", num, pos, pos))
            out.append(Token("char", "/", pos, pos))
            out.append(Token("num", den, pos, pos + 1))
            out.append(Token("char", ")", pos + 1, pos + 1))
        elif ch in _SUPERSCRIPT or ch in _SUBSCRIPT:
            pos = _script_run(text, pos, stop, out)
            continue
        elif ch.isalpha():
            out.append(Token("sym", ch, pos, pos + 1))
        else:
            out.append(Token("char", ch, pos, pos + 1))
        pos += 1
    return _dots(out)


def _dots(tokens: list[Token]) -> list[Token]:
    """A period written for a product beside a bracket: ``(0.3) . (-0.4613)``, ``w_{a,m}.a`` (a sentence's
    period after a number, ``0.5. Then``, touches no bracket and stays a period)."""
    for i in range(1, len(tokens) - 1):
        t, before, after = tokens[i], tokens[i - 1], tokens[i + 1]
        if t.kind != "char" or t.text != "." or after.text in (".", ")", "}", "="):
            continue
        if before.text in (")", "}") or (after.text == "(" and before.kind in ("num", "sym", "word", "char")):
            if before.kind != "char" or before.text in (")", "}"):
                tokens[i] = Token("cmd", "\\cdot", t.start, t.end)
    return tokens


def _script_run(text: str, pos: int, stop: int, out: list[Token]) -> int:
    """Tokens for a run of superscript (or subscript) characters; returns the new position."""
    table = _SUPERSCRIPT if text[pos] in _SUPERSCRIPT else _SUBSCRIPT
    end = pos
    while end < stop and text[end] in table and end - pos < 64:
        end += 1
    out.append(Token("char", "^" if table is _SUPERSCRIPT else "_", pos, pos))
    body = [table[c] for c in text[pos:end]]
    if len(body) > 1:
        out.append(Token("char", "{", pos, pos))
    k = pos
    while k < end:
        val = table[text[k]]
        if val.isdigit():
            j = k
            while j < end and table[text[j]].isdigit():
                j += 1
            out.append(Token("num", "".join(table[c] for c in text[k:j]), k, j))
            k = j
        else:
            out.append(Token("word" if val.isalpha() else "char", val, k, k + 1))
            k += 1
    if len(body) > 1:
        out.append(Token("char", "}", end, end))
    return end


def matching_brace(s: str, i: int) -> int:
    """Index of the ``}`` closing the ``{`` at ``s[i]`` (or -1), on raw text (no tokens).

    Here, in the lowest reader of TeX, because both the renderer's page layout and the
    document verifier's name reader need it, and neither may import the other.
    """
    depth = 0
    for k in range(i, len(s)):
        if s[k] == "{":
            depth += 1
        elif s[k] == "}":
            depth -= 1
            if depth == 0:
                return k
    return -1
