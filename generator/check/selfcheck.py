"""A page's own check of a value it computed: ``dldf0: true value = 2.281, your value = 0.228``.

Exercise notebooks print the value a reader's code computed beside the value the exercise states, on one line of
output (the *Understanding Deep Learning* notebooks and their many solved copies: ``true value = 2.281, your value =
0.228``, ``Your value = 0.525, Function value = 5.246, Finite difference value = 5.246``). The line is the relation
"your value = the stated value": where the two differ by more than their printed digits allow, the computed number is
wrong, and it is named as a wrong number of the page (the stated value is the reference the page itself gives).

Being conservative: a line is read only when it is nothing but such a report — an optional label and a colon, then
two or three ``… value = number`` items separated by commas — with exactly one ``your value`` and exactly one stated
value (``true value`` or ``correct value``, or ``function value`` beside a ``finite difference value``, the gradient
check's pair). A sentence that mentions an estimate and a true value, or an expected value in the statistician's
sense, is no such report.
"""

from __future__ import annotations

import re

from .extract import Chain, lowered, make_side
from .lexer import tokenize

__all__ = ["self_check_chains"]

_NUMBER = r"[-\u2212]?(?:\d++(?:\.\d*+)?|\.\d++)(?:[eE][-+]?\d++)?"
_ITEM = rf"(?:your|true|correct|function|finite[- ]difference)\s+value\s*[=:]\s*{_NUMBER}"
#: the whole line: an optional label (``dldf0:``), then two or three items
_REPORT = re.compile(rf"(?i)[ \t]*(?:[\w\[\]().]{{1,40}}[ \t]*:[ \t]*)?{_ITEM}(?:[ \t]*,[ \t]*{_ITEM}){{1,2}}[ \t]*")
_YOURS = re.compile(rf"(?i)\byour\s+value\s*[=:]\s*({_NUMBER})")
_STATED = re.compile(rf"(?i)\b(?:true|correct)\s+value\s*[=:]\s*({_NUMBER})")
_FUNCTION = re.compile(rf"(?i)\bfunction\s+value\s*[=:]\s*({_NUMBER})")
_FINITE = re.compile(r"(?i)\bfinite[- ]difference\s+value\b")
_NOTE = "the page's own check: the value its code computed beside the value it states"
_LONGEST = 240  # a report line is short; a longer one is not read (and no pattern meets a line of a megabyte)


def self_check_chains(text: str) -> list[Chain]:
    """``stated = computed`` chains for the lines that print a computed value beside the value they state as true."""
    low = lowered(text)
    if "your" not in low or "value" not in low or not _YOURS.search(text):
        return []
    out: list[Chain] = []
    pos = 0
    for line in text.split("\n"):
        yours = list(_YOURS.finditer(line)) if "alue" in line and len(line) <= _LONGEST and _REPORT.fullmatch(line) else []
        if len(yours) == 1:
            stated = list(_STATED.finditer(line))
            if not stated and _FINITE.search(line):
                stated = list(_FUNCTION.finditer(line))
            if len(stated) == 1:
                a, b = stated[0].span(1), yours[0].span(1)
                left = tokenize(text, pos + a[0], pos + a[1])
                right = tokenize(text, pos + b[0], pos + b[1])
                out.append(Chain([make_side(left, text), make_side(right, text)], ["="], _NOTE))
        pos += len(line) + 1
    return out
