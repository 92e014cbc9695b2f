"""Fit printed math to an A4 page: break long sums and long equality chains deliberately.

Why a module of its own: the walkthrough's equations are built as one line each (the
checker and the Markdown want them so), but a 32-term sum or ``W = A - 0.1 B = C`` with
wide matrices runs far past the right margin of a PDF. These functions only re-lay-out
LaTeX that is already verified: they cut at top-level ``=`` (into ``align*`` rows) and at
top-level ``+``/``-``/``\\odot`` (into ``multlined`` lines), which ``verify`` reads back as
the same chains. They never change a number or an operator.

Widths are estimated in "characters" of 10 pt math (about 5 pt each): a command counts
as one character, a matrix as its widest row. The estimate only decides where to break;
the compile test checks the result against the 10 pt overfull-box rule.
"""

from __future__ import annotations

import re

from ..check.lexer import matching_brace

#: Width budget, in estimated characters, of one line of an ``align*`` row on A4 with 2 cm margins.
LINE_CHARS = 78
#: Budget for a whole display: wider than this and it is split into ``align*`` rows.
DISPLAY_CHARS = 88
#: What a laid-out display may need in all (name, relation and widest line); more is set smaller.
#: Measured: a need of 99 ran 78 pt past the margin (about 5.7 pt a character).
PAGE_CHARS = 84

_CMD = re.compile(r"\\[A-Za-z]+|\\.")
_SKIP_WIDTH = {"\\left", "\\right", "\\begin", "\\end", "\\mathbf", "\\boldsymbol", "\\operatorname", "\\mathrm"}
_BREAK_OPS = (" + ", " - ", r" \odot ")
_RELS = (" = ", r" \approx ")


def _scan(s: str, seps: tuple[str, ...]) -> list[int]:
    """Positions of ``seps`` at depth 0 (outside braces, ``\\left…\\right`` and environments)."""
    out: list[int] = []
    depth = 0
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == "\\":
            m = _CMD.match(s, i)
            word = m.group(0) if m else "\\"
            if word in ("\\left", "\\begin"):
                depth += 1
            elif word in ("\\right", "\\end"):
                depth = max(0, depth - 1)
            i += len(word)
            if word in ("\\left", "\\right") and i < n and s[i] in "()[]|./":
                i += 1  # the delimiter itself is not a group
            elif word in ("\\left", "\\right") and s.startswith("\\", i):
                m2 = _CMD.match(s, i)
                i += len(m2.group(0)) if m2 else 1
            continue
        if c in "{(":
            depth += 1
        elif c in "})":
            depth = max(0, depth - 1)
        elif depth == 0:
            for sep in seps:
                if s.startswith(sep, i):
                    out.append(i)
                    break
        i += 1
    return out


def width(s: str) -> int:
    """Estimated printed width of LaTeX math ``s``, in characters (a matrix counts its widest row)."""
    total = 0
    i = 0
    n = len(s)
    while i < n:
        if s.startswith("\\begin{", i):
            name_end = s.find("}", i)
            env = s[i + 7 : name_end]
            close = _matching_end(s, i, env)
            body = s[name_end + 1 : close]
            if env.endswith("matrix"):
                rows = _split_rows(body)
                total += 2 + max((sum(width(c) + 2 for c in r.split("&")) for r in rows), default=0)
            else:
                total += max((width(r) for r in _split_rows(body)), default=0)
            i = close + len(f"\\end{{{env}}}")
            continue
        if s[i] == "\\":
            m = _CMD.match(s, i)
            word = m.group(0) if m else "\\"
            if word == "\\frac":  # numerator over denominator: the wider of the two
                a_end = _group_end(s, i + len(word))
                b_end = _group_end(s, a_end)
                total += 1 + max(width(s[i + 6 : a_end - 1]), width(s[a_end + 1 : b_end - 1]))
                i = b_end
                continue
            if word not in _SKIP_WIDTH:
                total += 1
            i += len(word)
            continue
        if s[i] in "^_":  # scripts are small: count half
            end = _group_end(s, i + 1) if s[i + 1 : i + 2] == "{" else i + 2
            total += (width(s[i + 1 : end].strip("{}")) + 1) // 2
            i = end
            continue
        if s[i] not in "{} ":
            total += 1
        elif s[i] == " " and i > 0 and s[i - 1] in "+-=":
            total += 1
        i += 1
    return total


def _group_end(s: str, i: int) -> int:
    """Index just past the brace group starting at ``s[i]`` (or past one character)."""
    if i >= len(s) or s[i] != "{":
        return min(len(s), i + 1)
    close = matching_brace(s, i)
    return len(s) if close < 0 else close + 1


def _matching_end(s: str, i: int, env: str) -> int:
    begin, end = f"\\begin{{{env}}}", f"\\end{{{env}}}"
    depth = 0
    j = i
    while j < len(s):
        if s.startswith(begin, j):
            depth += 1
            j += len(begin)
        elif s.startswith(end, j):
            depth -= 1
            if depth == 0:
                return j
            j += len(end)
        else:
            j += 1
    return len(s)


def _split_rows(body: str) -> list[str]:
    return re.split(r"\\\\(?![a-zA-Z])", body)


def _pieces(s: str, seps: tuple[str, ...]) -> list[str]:
    """``s`` cut before each top-level separator (the separator starts the next piece)."""
    cuts = _scan(s, seps)
    out: list[str] = []
    prev = 0
    for c in cuts:
        out.append(s[prev:c].strip())
        prev = c
    out.append(s[prev:].strip())
    return [p for p in out if p]


def break_long(s: str, budget: int = LINE_CHARS) -> str:
    """One side of an equation, broken into ``multlined`` lines at top-level ``+ - \\odot`` when too wide.

    Lines are filled greedily up to ``budget``; a continuation line starts with its operator,
    as a reader (and ``verify``) expects. A side that fits, or has nothing to break at, is
    returned unchanged.
    """
    if width(s) <= budget:
        return s
    pieces = _pieces(s, _BREAK_OPS)
    if len(pieces) < 2:
        return s
    lines: list[str] = []
    cur = ""
    for p in pieces:
        if cur and width(cur) + width(p) > budget:
            lines.append(cur)
            cur = p
        else:
            cur = f"{cur} {p}".strip()
    lines.append(cur)
    if len(lines) < 2:
        return s
    # A line may not start with a minus: read alone it is a negative number, not a continuation
    # (verify reads it so too), so a minus stays at the end of the line it follows.
    for k in range(1, len(lines)):
        if lines[k].startswith("- "):
            lines[k - 1] += " -"
            lines[k] = lines[k][2:]
    return r"\begin{multlined}[t] " + r" \\ ".join(lines) + r" \end{multlined}"


#: Font-size switches for a display still too wide after breaking, by how much too wide it is
#: (10 pt text: \small is 9 pt, \footnotesize 8 pt, \scriptsize 7 pt, \tiny 5 pt).
_SHRINK = ((10 / 9, r"\small"), (10 / 8, r"\footnotesize"), (10 / 7, r"\scriptsize"), (2.0, r"\tiny"))


def _widest_line(rhs: str) -> int:
    """Width of the widest line of ``rhs`` once :func:`break_long` has laid it out."""
    body = rhs.removeprefix(r"\begin{multlined}[t] ").removesuffix(r" \end{multlined}")
    if body == rhs:
        return width(rhs)
    return max(width(line) for line in body.split(r" \\ "))


def _shrunk(block: str, need: int, budget: int) -> str:
    """``block`` in a smaller font when it needs more than ``budget`` characters (a wide matrix cannot break)."""
    ratio = need / budget
    if ratio <= 1:
        return block
    size = next((cmd for limit, cmd in _SHRINK if ratio <= limit), r"\tiny")
    return "{" + size + "\n" + block + "\n}"


def display(s: str) -> str:
    """A display equation ``lhs = rhs1 = rhs2`` for LaTeX: one ``\\[ \\]`` when it fits, else ``align*`` rows.

    Each row holds one relation; a row still too wide breaks its sum into lines (:func:`break_long`),
    and what still does not fit (a matrix wider than the page) is set in a smaller font.
    """
    if width(s) <= DISPLAY_CHARS:
        return rf"\[ {s} \]"
    cuts = _scan(s, _RELS)
    if not cuts:
        body = break_long(s, DISPLAY_CHARS)
        return _shrunk("\\begin{align*}\n" + body + "\n\\end{align*}", _widest_line(body), PAGE_CHARS)
    lhs = s[: cuts[0]].strip()
    rows: list[str] = []
    widest = 0
    bounds = [*cuts, len(s)]
    for a, b in zip(bounds, bounds[1:], strict=False):
        piece = s[a:b].strip()
        rel, rhs = piece.split(" ", 1)
        laid = break_long(rhs.strip())
        widest = max(widest, _widest_line(laid) + 2)
        rows.append(f"&{rel} {laid}")
    block = "\\begin{align*}\n" + lhs + " " + " \\\\\n".join(rows) + "\n\\end{align*}"
    return _shrunk(block, width(lhs) + widest, PAGE_CHARS)
