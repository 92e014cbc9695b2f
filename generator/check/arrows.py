"""Softmax written in words or with an arrow, outside math: one bracket list mapped to another.

Posts about attention and classification show softmax by example, not as an equation:
``[1.0, 1.0, 1.0, 0.5, 1.0, 0.5] -> [0.217, 0.217, …]`` under a line ``Softmax(attention scores):``,
``logits = [1, 2, 10] → probs = [0.0001, 0.0002, 0.9997]``, or ``If outputs are [2.0, 1.0, 0.1]`` then
``Softmax gives [0.65, 0.24, 0.11]`` (or ``Softmax = […]``, ``Softmax: […]``). Each is the relation
``softmax([…]) = […]``, and a wrong probability in it is as wrong as in a formula. :func:`softmax_chains`
reads them as such chains, with a note saying how the page wrote them.

Being conservative: a pair is read only when the page names softmax on the line or one of the two before
(or writes ``logits … → probs …``), both lists hold plain numbers, the right one has as many entries
as the left (two or more), each between 0 and 1, and no temperature is mentioned (``T = 2`` changes
the map). Lines inside math are left to the math reader.
"""

from __future__ import annotations

import bisect
import re

from .extract import Chain, Chunk, lowered, make_side
from .lexer import Token, tokenize

__all__ = ["softmax_chains"]

_LIST = r"\[\s*[-\u2212]?(?:\d+\.?\d*|\.\d+)(?:\s*,\s*[-\u2212]?(?:\d+\.?\d*|\.\d+))+\s*,?\s*\]"
_ARROW = r"(?:->|\u2192|=>|\u27f6|\u21d2)"
#: ``[a] -> [b]``, the right list maybe named (``→ probs = [b]``)
_MAPPED = re.compile(rf"({_LIST})\s*{_ARROW}\s*(?:[A-Za-z_][\w ]{{0,20}}=\s*)?({_LIST})")
#: ``Softmax gives [b]`` (its input the one list of the line before)
_GIVES = re.compile(
    rf"(?i)\bsoftmax\b(?:[^\[\n]{{0,40}}?\b(?:gives|yields|returns|outputs?|produces|becomes|is)\b|\s*[=:])\s*:?\s*`?\s*({_LIST})"
)
_SOFTMAX = re.compile(r"(?i)softmax")
_LOGITS_TO_PROBS = re.compile(r"(?i)\blogits?\b[^\n]{0,200}?" + _ARROW + r"[^\n]{0,200}?\bprob")
_ANY_LIST = re.compile(_LIST)
_TEMPERATURE = re.compile(r"(?i)temperature|\bT\s*=|\u03c4")
_NOTE = "softmax written as an arrow or in words"
#: ``↓ softmax`` on a line of its own, between the list it maps and the list it gives
_DOWN = re.compile(r"(?i)\s*(?:\u2193|\u21d3)\s*softmax\s*|\s*softmax\s*(?:\u2193|\u21d3)\s*")
#: ``After applying Softmax:`` on a short line of its own, between the two lists, as a down arrow is (each optional
#: word takes its own spaces, so a line of blanks is read in linear time)
_SAID = re.compile(
    r"(?i)[ \t]*(?:(?:after|then)[ \t]+)?(?:(?:applying|apply)[ \t]+)?(?:the[ \t]+)?softmax(?:[ \t]+function)?[ \t]*:[ \t]*"
)
#: an arrow drawn down a fenced block: ``|`` (or ``↓``, ``v``) alone on a line, around a line that only says softmax
_PIPE = re.compile(r"[ \t]*[|\u2502\u2193v][ \t]*")
_ALONE = re.compile(
    r"(?i)[ \t]*(?:(?:apply|applying)[ \t]+)?softmax(?:[ \t]+(?:function|transformation|layer|activation))?[ \t]*"
)
#: another map named on the line of the list above: that list is its output, not softmax's input
_OTHER_MAP = re.compile(r"(?i)sigmoid|tanh|relu|\\sigma|σ|exp|probab")


def softmax_chains(text: str, chunks: list[Chunk]) -> list[Chain]:
    """``softmax([…]) = […]`` chains for the maps the page writes in words or with an arrow (see the module doc)."""
    low = lowered(text)
    if "softmax" not in low and ("logit" not in low or not _LOGITS_TO_PROBS.search(text)):
        return []
    math = _Spans(chunks)
    out: list[Chain] = []
    prev_line = before_prev = ""
    pos = 0
    for line in text.split("\n"):
        if "[" in line:
            mapped = list(_MAPPED.finditer(line))
            gives = _GIVES.search(line)
            if mapped or gives is not None:
                context = before_prev + "\n" + prev_line + "\n" + line  # a label, maybe a blank line, then the map
                if not _TEMPERATURE.search(context) and not math.meets(pos, pos + len(line)):
                    out.extend(_read(text, pos, line, prev_line, context, mapped, gives))
        elif (
            (_DOWN.fullmatch(line) or (len(line) <= 80 and _SAID.fullmatch(line) and not _OTHER_MAP.search(prev_line)))
            and "[" in prev_line
            and not _TEMPERATURE.search(text, max(0, pos - 600), pos)
        ):
            # (a temperature named in the heading a few lines up changes the map as much as one beside it)
            if not math.meets(pos - len(prev_line) - 1, pos + len(line)):
                out.extend(_across(text, prev_line, pos - 1 - len(prev_line), pos + len(line) + 1, piped=False))
        elif (
            len(line) <= 80
            and _ALONE.fullmatch(line)
            and _PIPE.fullmatch(prev_line)
            and "[" in before_prev
            and not _TEMPERATURE.search(text, max(0, pos - 600), pos)
        ):
            above_at = pos - len(prev_line) - 1 - len(before_prev) - 1
            if not math.meets(above_at, pos + len(line)):
                out.extend(_across(text, before_prev, above_at, pos + len(line) + 1, piped=True))
        before_prev, prev_line = prev_line, line
        pos += len(line) + 1
    return out


def _across(text: str, above: str, above_at: int, after: int, piped: bool) -> list[Chain]:
    """The one list of the line ``above`` (at ``above_at``) mapped to the one list of the line starting at ``after``.

    ``スコア: [2.1, 4.5, 1.8]``, ``↓ softmax`` on a line of its own, ``重み: [0.1, 0.6, 0.3]``; or, ``piped``, an arrow drawn
    down a fence (``[2.1, 0.3, 0.1]``, ``|``, ``softmax``, ``|``, ``[0.52, 0.09, 0.07]``), whose ``|`` below is passed over.
    """
    nl = text.find("\n", after)
    below = text[after : len(text) if nl == -1 else nl]
    if piped and _PIPE.fullmatch(below) and nl != -1:
        after = nl + 1
        nl = text.find("\n", after)
        below = text[after : len(text) if nl == -1 else nl]
    lists, under = _ANY_LIST.findall(above), list(_ANY_LIST.finditer(below))
    if len(lists) != 1 or len(under) != 1:
        return []
    at = above_at + above.index(lists[0])
    return _chain(text, at, at + len(lists[0]), after + under[0].start(), after + under[0].end())


def _read(
    text: str, pos: int, line: str, prev_line: str, context: str, mapped: list[re.Match[str]], gives: re.Match[str] | None
) -> list[Chain]:
    """The chains of one line at offset ``pos`` that holds a mapped pair or a "softmax gives" list."""
    out: list[Chain] = []
    if _SOFTMAX.search(context) is not None or _LOGITS_TO_PROBS.search(line):
        for m in mapped:
            out.extend(_chain(text, pos + m.start(1), pos + m.end(1), pos + m.start(2), pos + m.end(2)))
    before = _ANY_LIST.findall(prev_line)
    if gives is not None and len(before) == 1 and not _ANY_LIST.search(line, 0, gives.start(1)):
        at = pos - 1 - len(prev_line) + prev_line.index(before[0])
        out.extend(_chain(text, at, at + len(before[0]), pos + gives.start(1), pos + gives.end(1)))
    return out


class _Spans:
    """Whether a stretch of the text meets a math chunk: a look-up, not a walk over every chunk (a long document
    has thousands of chunks and lines)."""

    def __init__(self, chunks: list[Chunk]) -> None:
        spans = sorted((c.start, c.end) for c in chunks)
        self.starts = [s for s, _e in spans]
        self.reach: list[int] = []  # the furthest end of any chunk starting at or before each index
        far = -1
        for _s, e in spans:
            far = max(far, e)
            self.reach.append(far)

    def meets(self, a: int, b: int) -> bool:
        k = bisect.bisect_left(self.starts, b) - 1
        return k >= 0 and self.reach[k] > a


def _chain(text: str, a0: int, a1: int, b0: int, b1: int) -> list[Chain]:
    """The chain ``softmax(text[a0:a1]) = text[b0:b1]``, or none when the lists differ in length or the right one
    is no list of probabilities."""
    left, right = tokenize(text, a0, a1), tokenize(text, b0, b1)
    lnums = [t for t in left if t.kind == "num"]
    rnums = [t for t in right if t.kind == "num"]
    if len(lnums) != len(rnums) or len(lnums) < 2:
        return []
    if any(float(t.text) > 1 for t in rnums) or any(
        right[i - 1].text in ("-", "\u2212") for i, t in enumerate(right) if t.kind == "num" and i
    ):
        return []
    head = [Token("word", "softmax", a0, a0), Token("char", "(", a0, a0)]
    tail = [Token("char", ")", a1, a1)]
    return [Chain([make_side(head + left + tail, text), make_side(right, text)], ["="], _NOTE)]
