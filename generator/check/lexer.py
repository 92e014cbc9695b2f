"""Tokenizer for the LaTeX arithmetic subset found inside math chunks.

Every token keeps its absolute character offsets in the *document*, so that
later stages (row splitting, parsing, matrix cells) can report the source line
of anything they point at without re-scanning text.  The lexer never fails:
characters it does not understand become one-character ``char`` tokens and
it is the parser's job to reject them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Token", "tokenize"]


@dataclass(frozen=True)
class Token:
    """One lexical unit.

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
    "\u2032": ("char", "'"),
    "\u00a0": ("ws", " "),
    "\u2009": ("ws", " "),
    "\u202f": ("ws", " "),
}
# Superscripts expand to two tokens: ``^`` and the digit / transpose marker.
_SUPERSCRIPT = {"\u00b2": "2", "\u00b3": "3", "\u00b9": "1", "\u1d40": "T"}

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
        elif ch in _SUPERSCRIPT:
            out.append(Token("char", "^", pos, pos + 1))
            sup = _SUPERSCRIPT[ch]
            out.append(Token("num" if sup.isdigit() else "word", sup, pos, pos + 1))
        elif ch.isalpha():
            out.append(Token("sym", ch, pos, pos + 1))
        else:
            out.append(Token("char", ch, pos, pos + 1))
        pos += 1
    return out
