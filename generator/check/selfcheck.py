"""A page's own check of a value it computed: ``dldf0: true value = 2.281, your value = 0.228``.

Exercise notebooks print the value a reader's code computed beside the value the exercise states, on one line of
output (the *Understanding Deep Learning* notebooks and their many solved copies: ``true value = 2.281, your value =
0.228``, ``Your value = 0.525, Function value = 5.246``). The line is the relation "your value = the stated value":
where the two differ by more than their printed digits allow, the computed number is wrong, and it is named as a
wrong number of the page (the stated value is the reference the page itself gives).

Being conservative: a line is read only when it holds exactly one computed value (``your``, ``my`` or ``computed
value``) and exactly one stated one (``true``, ``correct`` or ``expected value``, or ``function value`` beside a
``finite difference value``, the gradient check's pair), each a plain number, and at most three values on the line.
"""

from __future__ import annotations

import re

from .extract import Chain, make_side
from .lexer import tokenize

__all__ = ["self_check_chains"]

_NUMBER = r"([-\u2212]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)(?![\w.])"
_YOURS = re.compile(rf"(?i)\b(?:your|my|computed)\s+value\s*[=:]\s*{_NUMBER}")
_STATED = re.compile(rf"(?i)\b(?:true|correct|expected)\s+value\s*[=:]\s*{_NUMBER}")
_FUNCTION = re.compile(rf"(?i)\bfunction\s+value\s*[=:]\s*{_NUMBER}")
_FINITE = re.compile(r"(?i)\bfinite[- ]difference\s+value\b")
_ANY = re.compile(r"(?i)value\s*[=:]")
_NOTE = "the page's own check: the value its code computed beside the value it states"


def self_check_chains(text: str) -> list[Chain]:
    """``stated = computed`` chains for the lines that print a computed value beside the value they state as true."""
    if not _YOURS.search(text):
        return []
    out: list[Chain] = []
    pos = 0
    for line in text.split("\n"):
        yours = list(_YOURS.finditer(line)) if "alue" in line else []
        if len(yours) == 1:
            stated = list(_STATED.finditer(line))
            if not stated and _FINITE.search(line):
                stated = list(_FUNCTION.finditer(line))
            if len(stated) == 1 and len(_ANY.findall(line)) <= 3:
                a, b = stated[0].span(1), yours[0].span(1)
                left = tokenize(text, pos + a[0], pos + a[1])
                right = tokenize(text, pos + b[0], pos + b[1])
                out.append(Chain([make_side(left, text), make_side(right, text)], ["="], _NOTE))
        pos += len(line) + 1
    return out
