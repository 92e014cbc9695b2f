"""A copy of a document with a visible marker after each wrong printed number.

:func:`annotate` takes the findings of :func:`~generator.check.check_text` on ``text``
and inserts, for every finding of class ``error`` (and ``propagated`` or ``conceptual`` from
level 2), a marker naming the class, the expected value at the printed number's own precision,
and the cause, such as ``⟨nnwalk error: 0.325 should be 0.525 (its operands give 0.52498)⟩``.

Where the marker goes, so that the document still renders:

* A number **outside math** (plain-text walkthroughs, table cells without ``$``) gets
  `` ⟨nnwalk: should be X⟩`` right after its last digit.
* A number **inside math** gets its marker *after the closing delimiter* of that math
  chunk (``$``, ``$$``, ``\\]``, ``\\)``, ``\\end{align}`` …), naming the printed number
  (`` ⟨nnwalk: 0.17335 should be -0.17360⟩``).  Putting text into the middle of math
  would need ``\\text{…}`` and breaks inside ``\\begin{bmatrix}`` cells, ``\\frac``
  arguments or ``aligned`` rows; after the chunk it is plain prose, which every
  Markdown renderer and LaTeX accepts.  Several markers for one chunk follow each other.
* A finding whose number's position is unknown is marked at the end of its line (again
  moved past the math chunk that line belongs to).

In LaTeX documents the marker is ASCII inside ``\\fbox{…}`` (``⟨⟩`` need a Unicode
engine); in Markdown and text it is the Unicode form above.  Only insertions are made:
every other character of the document is kept as it was.
"""

from __future__ import annotations

import bisect
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .extract import Chunk, find_chunks, guess_format
from .report import Finding

__all__ = ["LEVEL2", "MARKED", "annotate", "insertions"]

_CLOSE = re.compile(r"\$\$|\$|\\\]|\\\)|\\end\s*\{[^}]*\}|`+")  # (a MyST or rst role closes with its backticks)


def _closing_end(text: str, chunk: Chunk) -> int:
    m = _CLOSE.match(text, chunk.end)
    return m.end() if m else chunk.end


def _line_end(text: str, line: int) -> int:
    pos = 0
    for _ in range(line - 1):
        nxt = text.find("\n", pos)
        if nxt == -1:
            return len(text)
        pos = nxt + 1
    end = text.find("\n", pos)
    return len(text) if end == -1 else end


def annotate(text: str, findings: list[Finding], fmt: str = "auto") -> str:
    """``text`` with a marker after each number the findings classify as an error."""
    inserts = insertions(text, findings, fmt)
    if not inserts:
        return text
    parts = []
    prev = 0
    for pos in sorted(inserts):
        parts.append(text[prev:pos])
        parts.extend(inserts[pos])
        prev = pos
    parts.append(text[prev:])
    return "".join(parts)


def insertions(text: str, findings: list[Finding], fmt: str = "auto", name_number: bool = False) -> dict[int, list[str]]:
    """Where :func:`annotate` puts its markers: offset in ``text`` -> the markers inserted there.

    Separate from :func:`annotate` for documents whose text was assembled from pieces (a
    notebook's cells): their reader maps each offset back to the piece it came from.
    ``name_number`` makes every marker name the number it is about (for a reader that shows
    markers away from the number, at the end of its paragraph or table cell).
    """
    if fmt == "auto":
        fmt = guess_format(text)
    tex = fmt == "tex"
    chunks = find_chunks(text, "tex" if tex else "md")
    starts = [c.start for c in chunks]
    inserts: dict[int, list[str]] = {}
    for f in findings:
        if f.klass not in MARKED:
            continue
        pos = f.end if f.end is not None else _line_end(text, f.line)
        printed = _printed(text, f)
        i = bisect.bisect_right(starts, pos) - 1
        in_math = i >= 0 and chunks[i].start <= pos <= chunks[i].end
        if in_math:
            pos = _closing_end(text, chunks[i])
        should = _at_precision(f.expected, printed)
        why = _why(f)
        # a right value on a row its printed operands do not give (1.105905967 after a miscopied 0.59326992): say so,
        # not "should be" itself
        right = f.klass == "propagated" and should == printed.replace("\u2212", "-")
        verdict = "is right but not what the numbers beside it give" if right else ""
        if tex:
            why_tex = f" ({_tex_text(why)})" if why else ""
            should_tex = _tex_safe(should) if re.fullmatch(r"[-0-9.eE+]+", should) else _tex_text(should)
            said = _tex_text(verdict) if verdict else f"should be {should_tex}"
            marker = f" \\fbox{{nnwalk {f.klass}: {_tex_safe(printed)} {said}{why_tex}}}"
        else:
            shown = f"{printed} " if in_math or f.end is None or f.offset == f.end or name_number else ""
            said = verdict or f"should be {should}"
            marker = f" \u27e8nnwalk {f.klass}: {shown}{said}" + (f" ({why})" if why else "") + "\u27e9"
        got = inserts.setdefault(pos, [])
        if marker not in got:
            got.append(marker)
    return inserts


#: The classes that get a marker: a wrong number, one that follows from a wrong one, a known mistake.
MARKED = ("error", "propagated", "conceptual")
#: The ``relation`` of a finding that comes from comparing a named value with the network (no equation to redo).
LEVEL2 = "level 2"


def _at_precision(expected: str, printed: str) -> str:
    """The expected value with as many decimals as the printed number (the document's own precision)."""
    m = re.fullmatch(r"[-\u2212]?\s*\d*\.(\d+)", printed.strip())
    try:
        value = Decimal(expected)
    except (InvalidOperation, ValueError):
        return expected or "?"
    if m is None or not value.is_finite():
        return expected
    return format(value.quantize(Decimal(1).scaleb(-len(m.group(1))), ROUND_HALF_UP), "f")


def _why(f: Finding) -> str:
    """The cause, short: what the operands give (level 1), or the diagnosis (a value that follows, a known mistake)."""
    if f.klass == "error" and f.relation != LEVEL2:
        return f"its operands give {f.expected}" if f.expected not in ("", "?") else ""
    cause = " ".join((f.detail or "").split())
    return cause if len(cause) <= 90 else cause[:89] + "\u2026"


def _tex_text(s: str) -> str:
    """A cause as LaTeX text: letters, digits and plain punctuation only (no TeX specials, no Unicode)."""
    return re.sub(r"[^A-Za-z0-9 .,:;()=+\-]", "", s.replace("\u2212", "-")).strip()


def _printed(text: str, f: Finding) -> str:
    """The printed number as written, with its sign when a minus sign stands right before it."""
    if f.offset is None or f.end is None or f.offset >= f.end:
        return f.printed  # (an empty span: the number is not in the page's own characters, an image's address holds it)
    start = f.offset
    k = start - 1
    while k >= 0 and k >= start - 3 and text[k] in " \t":
        k -= 1
    if k >= 0 and text[k] in "-\u2212" and (f.klass != "propagated" or f.printed.startswith("-")):
        start = k  # a carried finding knows whether that minus is the number's sign or a subtraction
    return " ".join(text[start : f.end].split())


def _tex_safe(s: str) -> str:
    """Printed text reduced to what is safe in LaTeX text mode (digits, sign, point)."""
    return re.sub(r"[^0-9.eE+\-]", "", s.replace("\u2212", "-")) or "?"
