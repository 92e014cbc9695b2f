"""Equality chains written as plain text, outside any math delimiters.

Walkthroughs copied from web pages often lose their LaTeX: what remains are lines like
``a5 = 1 / (1 + exp(-0.1)) = 0.325`` or ``δ5 = 0.325 × (1 - 0.525) × (0.2 × 0.131) = 0.095``.
:func:`plain_chains` finds such lines and cuts them into the same :class:`Chain` objects
the math extractor produces, so the checker treats both alike.

Being conservative matters more here than anywhere else, since prose is full of numbers
and ``=`` signs ("step 1 = 2 layers", "3-layer", dates, versions).  A line is read only

* when it lies outside every math chunk and contains no ``$`` at all;
* when, once cut, a chain has at least two sides that are *lexically* numeric (numbers,
  operators, brackets and function names only) and one of them holds an operator or a
  function call, and a decimal number or a function occurs in them.

The lexer already maps ``×`` ``·`` ``−`` ``σ`` ``√`` and Unicode sub/superscripts; here
``**`` becomes ``^`` (between operands) or is dropped (Markdown bold), list markers are
skipped, table rows are split into cells, and two statements on one line
(``Δω16 = 0.9 × 0.131 × 0.392 = 0.046 ω16_new = 0.939 - 0.3 = 0.639``) are split where a
name follows a complete right side.
"""

from __future__ import annotations

import re

from .extract import Chain, Chunk, LineMap, make_side, restore_backslash, row_segments
from .lexer import Token, tokenize

__all__ = ["plain_chains", "numericish"]

_LEAD = re.compile(r"[ \t]*(?:(?:[-*+\u2022>]|\d{1,3}[.)]|#{1,6})[ \t]+)*")
_FUNC_WORDS = {"exp", "sigmoid", "tanh", "ln", "log", "max", "min", "sqrt", "relu", "sigma", "abs", "floor", "ceil", "softmax"}
_FUNC_CMDS = {"\\exp", "\\ln", "\\log", "\\tanh", "\\max", "\\min", "\\sqrt", "\\sigma", "\\frac", "\\dfrac", "\\tfrac"}
_OP_CMDS = {"\\times", "\\cdot", "\\div", "\\odot"}
_OP_CHARS = set("+-*/^@")
_NEUTRAL_CHARS = set("()[]{}")
_NEUTRAL_CMDS = {"\\left", "\\right", "\\boxed", "\\,", "\\;", "\\!", "\\ ", "\\lfloor", "\\rfloor", "\\lceil", "\\rceil"}
MAX_LINE = 20_000


def numericish(tokens: list[Token]) -> tuple[bool, bool, bool]:
    """(only numbers/operators/functions?, has an operation?, has a decimal or a function?)."""
    has_num = has_op = has_dec = False
    n = len(tokens)
    for i, t in enumerate(tokens):
        k, x = t.kind, t.text
        if k == "num":
            has_num = True
            has_dec = has_dec or "." in x
        elif k == "char" and x in _OP_CHARS:
            has_op = True
        elif k == "char" and (x in _NEUTRAL_CHARS or x == ","):
            if x == "(" and i and (tokens[i - 1].kind == "num" or tokens[i - 1].text == ")"):
                has_op = True  # 0.15864(2), (0.62)(0.38): a product written by juxtaposition, as printed books do
            continue
        elif k == "cmd" and x in _OP_CMDS:
            has_op = True
        elif k == "cmd" and x in _NEUTRAL_CMDS:
            continue
        elif (k == "word" and x.lower() in _FUNC_WORDS) or (k == "cmd" and x in _FUNC_CMDS):
            has_op = has_dec = True
        elif k == "word" and x == "e" and i + 1 < n and tokens[i + 1].text == "^":
            has_op = has_dec = True
        elif k == "word" and x == "T" and i and tokens[i - 1].text == "^":
            continue  # [0.4, 0.3, 0.1]ᵀ: a transpose, not a name
        else:
            return False, has_op, has_dec
    return has_num, has_op, has_dec


def fix_tokens(toks: list[Token]) -> list[Token]:
    r"""``**`` is a power between operands and Markdown bold elsewhere (dropped); ``\*`` is ``*``; ``frac{`` is ``\frac{``.

    ``\*`` is how Markdown escapes a multiplication sign in prose (``Jo1 = 1/2 \* (0.62 - 0.05)^2``).
    """
    out: list[Token] = []
    i, n = 0, len(toks)
    while i < n:
        t = restore_backslash(toks, i)
        if t.kind == "cmd" and t.text == "\\*":
            t = Token("char", "*", t.start, t.end)
        if t.kind == "char" and t.text in "*_" and i + 1 < n and toks[i + 1].text == t.text and toks[i + 1].start == t.end:
            prev = out[-1] if out else None
            nxt = toks[i + 2] if i + 2 < n else None
            operand_before = prev is not None and (prev.kind in ("num", "word", "sym") or prev.text in (")", "]"))
            operand_after = nxt is not None and (nxt.kind in ("num", "word", "sym") or nxt.text in ("(", "[", "-"))
            if t.text == "*" and operand_before and operand_after and prev is not None and prev.end == t.start:
                out.append(Token("char", "^", t.start, toks[i + 1].end))
            i += 2
            continue
        out.append(t)
        i += 1
    return _brace_exponents(_times_x(out))


def _times_x(toks: list[Token]) -> list[Token]:
    """``0.802 x 0.198``, ``(-0.198) x 1``, ``p x (1 - p)``: a lone ``x`` between two operands, spaced on both sides
    and beside a number or a bracket, is the times sign typed on a keyboard, not the variable x (``x = 0.5``,
    ``2 x + 1`` and ``w x`` keep their x)."""
    out = list(toks)
    for i in range(1, len(out) - 1):
        t = out[i]
        if t.kind != "word" or t.text != "x":
            continue
        prev, nxt = out[i - 1], out[i + 1]
        if not (prev.end < t.start and t.end < nxt.start):
            continue
        signed = nxt.text in ("-", "\u2212") and i + 2 < len(out) and out[i + 2].kind == "num" and out[i + 2].start == nxt.end
        numeric_before = prev.kind == "num" or prev.text in (")", "]")
        numeric_after = nxt.kind == "num" or nxt.text in ("(", "[") or signed
        before = numeric_before or (prev.kind in ("word", "sym") and prev.text.lower() not in _FUNC_WORDS)
        after = numeric_after or nxt.kind in ("word", "sym")
        if before and after and (numeric_before or numeric_after):
            out[i] = Token("cmd", "\\times", t.start, t.end)
    return out


def _brace_exponents(toks: list[Token]) -> list[Token]:
    """In plain text ``2^10`` and ``e^-0.5`` mean the whole number: wrap it as ``^{…}``."""
    out: list[Token] = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        out.append(t)
        i += 1
        if t.kind == "char" and t.text == "^" and i < n:
            j = i + 1 if toks[i].kind == "char" and toks[i].text in "+-" else i
            if j < n and toks[j].kind == "num" and (j == i or toks[i].end == toks[j].start):
                out.append(Token("char", "{", toks[i].start, toks[i].start))
                out.extend(toks[i : j + 1])
                out.append(Token("char", "}", toks[j].end, toks[j].end))
                i = j + 1
    return out


_NAME_KINDS = {"word", "sym", "num"}


def _name_start(side: list[Token], text: str) -> int | None:
    """Index where a trailing name (``ω16_new``) starts after a numeric prefix, if any."""
    if len(side) < 2:
        return None
    k = len(side) - 1
    while k > 0 and side[k].start == side[k - 1].end and (side[k].kind in _NAME_KINDS or side[k].text in "_{}'"):
        k -= 1
    first = side[k]
    if not (first.kind in ("word", "sym") or (first.kind == "cmd" and first.text in ("\\sigma", "\\pi"))):
        return None
    if first.kind == "word" and first.text.lower() in _FUNC_WORDS | {"e"}:
        return None
    if k == 0 or not text[side[k - 1].end : first.start].isspace():
        return None
    prefix = side[:k]
    only, _op, _dec = numericish(prefix)
    if not only or prefix[-1].text in _OP_CHARS or prefix[-1].text in _OP_CMDS:
        return None
    return k


def _signed_start(side: list[Token], text: str) -> int | None:
    """Index of a signed number that starts a new statement: ``0.13832 −0.1 − 0.5 × 0.27664``.

    In plain text (and in the text layer of a PDF, where table cells lose their borders) a minus
    written against its number after a space (``a −b``) signs a new number; a binary minus has
    spaces on both sides (``a − b``). Reading ``0.13832 −0.1`` as a subtraction would accuse a
    right line of a wrong result.
    """
    for k in range(1, len(side) - 1):
        t, prev, nxt = side[k], side[k - 1], side[k + 1]
        if t.kind == "char" and t.text == "-" and nxt.kind == "num" and t.end == nxt.start:
            gap = text[prev.end : t.start]
            if gap and gap.isspace() and (prev.kind == "num" or prev.text in (")", "]")):
                prefix = side[:k]
                if numericish(prefix)[0]:
                    return k
    return None


_LOG_BASE = re.compile(r"\blog\d")
#: ``10−8`` glued, on a line that spaces its other minus signs (``1 − 0.4 × 2√ 4 + 10−8``): 10⁻⁸ whose superscript a
#: PDF's text layer lost, not ten minus eight
_LOST_POWER = re.compile(r"(?<![\d.])10[\u2212-]\d")
_SPACED_MINUS = re.compile(r"\s[\u2212-]\s")


def _strip_ops(side: list[Token]) -> list[Token]:
    while side and ((side[-1].kind == "char" and side[-1].text in "+-*/.,;:") or side[-1].text in _OP_CMDS):
        side = side[:-1]
    return side


#: A numbered equation's label by chapter, ``(5.7)``, ``(11.23)``: LaTeX's ``\\numberwithin`` as a PDF's text layer
#: prints it after the result. ``= 0.5 (1.44)`` may as well be a product, so such labels are read only on a page
#: that ends three lines or more with labels of one chapter (:func:`_numbers_by_chapter`), and only after a result
#: that stands alone.
_CHAPTER_LABEL = re.compile(r"[1-9]\d{0,2}\.\d{1,3}")
_LINE_LABEL = re.compile(r"[ \t]\(([1-9]\d{0,2})\.\d{1,3}\)[ \t]*$", re.MULTILINE)


def _numbers_by_chapter(masked: str) -> bool:
    """Whether three lines or more end with an equation label of the same chapter (``(5.7)``, ``(5.8)``, ``(5.9)``)."""
    seen: dict[str, int] = {}
    for m in _LINE_LABEL.finditer(masked):
        seen[m.group(1)] = seen.get(m.group(1), 0) + 1
        if seen[m.group(1)] >= 3:
            return True
    return False


def _drop_label(side: list[Token], text: str, chapters: bool = False) -> list[Token]:
    """Drop an equation number or citation after the value: ``= 0.1 (2)``, ``= 0.1 [3]``, and at the end of a
    line ``= −1 (5.7)``: on a page numbered by chapter (``chapters``) the label goes; elsewhere a lone result with such
    a bracket after it is left unread (it may be a label or a product ``0.5 (1.44)``: neither is judged on a guess)."""
    if len(side) >= 4 and side[-1].text in (")", "]") and side[-3].text in ("(", "["):
        label = side[-2].text
        gap = text[side[-4].end : side[-3].start]
        if label.isdigit():
            return side[:-3] if gap.strip() == "" and side[-4].end < side[-3].start else side
        lone = side[-4].kind == "num" and (len(side) == 4 or (len(side) == 5 and side[0].text in ("-", "+")))
        if (
            lone
            and side[-1].text == ")"
            and _CHAPTER_LABEL.fullmatch(label)
            and gap.strip() == ""
            and side[-4].end < side[-3].start
            and text[side[-1].end : text.find("\n", side[-1].end) % (len(text) + 1)].strip() == ""
        ):
            return side[:-3] if chapters else []
    return side


def _trim_tail(side: list[Token], text: str, chapters: bool = False) -> list[Token]:
    """Drop a dangling operator, an equation number and trailing prose after a numeric value (``0.639 -``)."""
    side = _drop_label(_strip_ops(side), text, chapters)
    if not side or numericish(side)[0]:
        return side
    for k in range(1, min(len(side), 200)):
        t = side[k]
        if not text[side[k - 1].end : t.start].isspace():
            continue
        word = t if t.kind == "word" else side[k + 1] if t.text == "(" and k + 1 < len(side) else None
        if word is None or word.kind != "word" or len(word.text) < 2 or word.text.lower() in _FUNC_WORDS:
            continue
        head = _strip_ops(side[:k])
        if head and numericish(head)[0]:
            return head
        break
    return side


def _cell_ranges(line: str, start: int) -> list[tuple[int, int]]:
    """Character ranges of the cells of a pipe-table row, or of the whole line."""
    stripped = line.lstrip()
    if not stripped.startswith("|"):
        m = _LEAD.match(line)
        return _columns(line, m.end() if m else 0, start)
    out = []
    cell = start
    for m in re.finditer(r"(?<!\\)\|", line):
        out.append((cell, start + m.start()))
        cell = start + m.end()
    out.append((cell, start + len(line)))
    return [(a, b) for a, b in out if b > a]


#: A gap of three spaces or more before something that is not a relation or an operator (a column of its own).
_COLUMN_GAP = re.compile(r" {3,}(?=[^\s=\u2248+\-*/×·\u2212])")
_RELATION = re.compile(r"=|\u2248")


def _columns(line: str, lead: int, start: int) -> list[tuple[int, int]]:
    """The line from ``lead`` as one range, or as its columns: ``σ(−6) ≈ 0.002    σ(−2) ≈ 0.119    σ(0) = 0.500``
    lays three equations side by side, each column with a relation of its own (a gap before the rest of one
    equation, ``= 0.7`` or ``+ 0.3``, does not cut it)."""
    cuts = [lead]
    if "   " in line:
        rels = [m.start() for m in _RELATION.finditer(line, lead)]
        k = 0  # the first relation at or after the last cut: one walk over the line, however many gaps it has
        for m in _COLUMN_GAP.finditer(line, lead):
            while k < len(rels) and rels[k] < cuts[-1]:
                k += 1
            if k < len(rels) and rels[k] < m.start():
                cuts.append(m.end())
    ranges = [(start + a, start + b) for a, b in zip(cuts, [*cuts[1:], len(line)], strict=True)]
    if len(ranges) > 1 and not all(_RELATION.search(line, a - start, b - start) for a, b in ranges):
        return [(start + lead, start + len(line))]  # a column without a relation: one equation, spaced out
    return ranges


def _chains_of_range(masked: str, text: str, a: int, b: int, chapters: bool = False) -> list[Chain]:
    toks = fix_tokens(tokenize(masked, a, b))
    if not any(t.text in ("=", "\\approx") for t in toks):
        return []
    out: list[Chain] = []
    for seg in row_segments(toks, masked):
        if not seg.rels:
            continue
        # split "... = 0.046 ω16_new = ..." into two statements
        pieces: list[tuple[list[list[Token]], list[str]]] = []
        sides, rels = [seg.sides[0]], []
        for i in range(1, len(seg.sides)):
            s = seg.sides[i]
            k = _name_start(s, masked) if i < len(seg.sides) - 1 else None
            if k is None:
                k = _signed_start(s, masked)
            rels.append(seg.rels[i - 1])
            if k is not None:
                sides.append(s[:k])
                pieces.append((sides, rels))
                sides, rels = [s[k:]], []
            else:
                sides.append(s)
        pieces.append((sides, rels))
        for sides, rels in pieces:
            if not rels:
                continue
            sides, rels = list(sides), list(rels)
            # "Wᵗ @ dz =" ending a line and "= [ … ]" starting the next (an equation over several lines): one "="
            while (gap := next((k for k in range(1, len(sides) - 1) if not sides[k]), None)) is not None:
                del sides[gap], rels[gap]
            sides[-1] = _trim_tail(sides[-1], masked, chapters)
            if not sides[-1]:
                sides.pop()
                rels = rels[:-1]
            if len(sides) > 2 and not sides[0]:
                # "=0.59(1−0.59)(0.9×−0.0376)=−0.0819" under the formula it continues: the steps after the first =
                sides, rels = sides[1:], rels[1:]
            if not rels or any(not s for s in sides):
                continue
            if any(_LOG_BASE.search(masked, s[0].start, s[-1].end) for s in sides):
                continue  # log10(100), log2(8): a base written into the name is not a product
            if _SPACED_MINUS.search(masked, a, b) and any(_LOST_POWER.search(masked, s[0].start, s[-1].end) for s in sides):
                continue
            flags = [numericish(s) for s in sides]
            numeric = [f for f in flags if f[0]]
            if len(numeric) < 2 or not any(f[1] for f in numeric) or not any(f[2] for f in numeric):
                if (
                    not _named_result(flags)
                    and not _derived_working(flags, sides)
                    and not _named_working(flags, sides, masked, b)
                    and not _named_value(flags, sides, masked)
                ):
                    continue
            out.append(Chain([make_side(s, text) for s in sides], list(rels)))
    return out


def _named_working(flags: list[tuple[bool, bool, bool]], sides: list[list[Token]], masked: str, end: int) -> bool:
    """``z_nuevo = (0.59055 × 5) + (-0.40567 × 3) + 0.49811`` whose next line restates the name
    (``z_nuevo = 2.295 + 0.49811 = 2.79311``): the working of a chain written over two statements, kept so the
    checker can relate the two (:func:`generator.check.checker._defined_then_valued`)."""
    if len(flags) != 2 or flags[0][0] or flags[1] != (True, True, True):
        return False
    name = masked[sides[0][0].start : sides[0][-1].end].strip()
    nl = masked.find("\n", end)
    if not name or nl == -1:
        return False
    after = masked.find("\n", nl + 1)
    rest = masked[nl + 1 : after if after != -1 else len(masked)].lstrip()
    return rest.startswith(name) and rest[len(name) :].lstrip().startswith("=")


_IDENT = re.compile(r"[A-Za-z\u0370-\u03ff][A-Za-z0-9_\u0370-\u03ff]{0,11}")


def _named_value(flags: list[tuple[bool, bool, bool]], sides: list[list[Token]], masked: str) -> bool:
    """``y3=0.57`` as a list item: a short name and a decimal value, nothing to redo. Level 1 has nothing to check;
    level 2 judges it when the name is one of the network's quantities (the outputs after an update, a loss)."""
    if len(flags) != 2 or flags[0][0] or flags[1] != (True, False, True):
        return False
    name = masked[sides[0][0].start : sides[0][-1].end].strip()
    return bool(_IDENT.fullmatch(name))


def _derived_working(flags: list[tuple[bool, bool, bool]], sides: list[list[Token]]) -> bool:
    """``n1 = w1p + b1 = −2 · 1 + 1 = −1``: a name, its formula in names, that formula with the numbers put in and
    the result, all four written out. Whole numbers alone are read there (a homework solution's small integers):
    on a line of prose ``2 - 1 = 1`` may be anything (a date, a range), a name valued by its own formula is not."""
    if any(t.text in ("/", "\\div", "\\frac") for side in sides for t in side):
        return False  # a division of whole numbers may be meant floored (an output size, steps per epoch, a midpoint)
    return (
        len(flags) >= 4
        and not flags[0][0]
        and not any(f[0] for f in flags[1:-2])
        and flags[-2][:2] == (True, True)
        and numericish(sides[-1][1:] if sides[-1][0].text in ("-", "+") else sides[-1])[:2] == (True, False)
    )


def _named_result(flags: list[tuple[bool, bool, bool]]) -> bool:
    """``dL/db2 = dL/dz2 = -0.0033``: a name, its formula, and a decimal result — a named value, nothing to redo.

    Level 1 has no relation between numbers to check there, but level 2 judges the value against the network,
    so the chain is kept; a bare ``name = value`` (a given, or prose) is not.
    """
    return len(flags) >= 3 and not flags[0][0] and not any(f[0] for f in flags[1:-1]) and flags[-1][0] and flags[-1][2]


#: A program's comment after a worked line (``= [1.0, 2.0, 3.0, 4.0]   # This is the output for token "The"``): a
#: ``#`` and a space after the line's text, then words without a relation.
_TRAILING_COMMENT = re.compile(r"(?<=\S)[ \t]+#[ \t][^=\n]*$", re.MULTILINE)


def _blank_trailing_comments(masked: str) -> str:
    """``masked`` with each worked line's trailing comment blanked (same offsets): it is not part of the equation."""
    if "#" not in masked:
        return masked
    return _TRAILING_COMMENT.sub(lambda m: " " * len(m.group()), masked)


#: ``w_1 <- 1.0 + 0.5(1 - 1)2 = 1.0``: the assignment arrow of pseudo-code (and R), followed by a space; its ``-`` is
#: no minus sign of the value after it (``x<-1``, glued, may be x < −1 and is left as written)
_ASCII_ARROW = re.compile(r"<-(?=[ \t])")


def plain_chains(text: str, masked: str, chunks: list[Chunk]) -> list[Chain]:
    """Chains written outside math: ``masked`` is ``text`` with code blanked (same offsets)."""
    masked = _blank_trailing_comments(masked)
    if "<-" in masked:
        masked = _ASCII_ARROW.sub("\u2190 ", masked)  # read as ←, a relation the chain starts after (same offsets)
    chapters = ")" in masked and _numbers_by_chapter(masked)
    lines = LineMap(text)
    covered: set[int] = set()
    for c in chunks:
        lo, hi = lines.line(max(c.start - 1, 0)), lines.line(c.end)
        if hi - lo > 100_000:
            continue
        covered.update(range(lo, hi + 1))
    out: list[Chain] = []
    pos = 0
    n = len(masked)
    lineno = 0
    while pos <= n:
        nl = masked.find("\n", pos)
        end = n if nl == -1 else nl
        lineno += 1
        line = masked[pos:end]
        if lineno not in covered and ("=" in line or "\u2248" in line) and "$" not in line and len(line) <= MAX_LINE:
            run_end, joined = _continued(masked, end, lineno, covered, line)
            if not any(ch.isdigit() for ch in masked[pos:run_end]):
                pass
            elif joined:  # one equation over several lines: one range, read as a whole
                out.extend(_chains_of_range(masked, text, pos + len(_LEAD.match(line).group(0)), run_end, chapters))
                lineno += joined
                nl = masked.find("\n", run_end) if run_end < n else -1
            else:
                for a, b in _cell_ranges(line, pos):
                    out.extend(_chains_of_range(masked, text, a, b, chapters))
        if nl == -1:
            break
        pos = nl + 1
    return [c for c in (_without_bare_argument(c) for c in out) if c is not None]


def _without_bare_argument(chain: Chain) -> Chain | None:
    """``(-4.6) = 0.01``: a number in brackets alone at the head of a chain is a function's argument whose name a PDF's
    text layer put on the lines above (``logit``, ``-1``), not a value the next side equals. The chain without that
    first relation (``(0.5) = 1/(1 + e^{-0.5}) = 0.75`` keeps ``1/(1 + e^{-0.5}) = 0.75``), or None when nothing is left."""
    first = chain.sides[0].tokens if chain.sides else []
    if [t.text if t.kind == "char" else t.kind for t in first] not in (["(", "num", ")"], ["(", "-", "num", ")"]):
        return chain
    return Chain(chain.sides[1:], chain.rels[1:], chain.note) if len(chain.sides) > 2 else None


#: Most lines one equation may continue over (``Wᵗ @ dz =``, ``= [``, two rows of products, ``]``, ``= [ … ]``).
_MAX_CONTINUED = 12


def _depth(s: str) -> int:
    return sum(s.count(c) for c in "([{") - sum(s.count(c) for c in ")]}")


def _continued(masked: str, end: int, lineno: int, covered: set[int], line: str) -> tuple[int, int]:
    """Where an equation that goes on over the next lines ends, and how many lines it adds (0: none).

    It goes on while a bracket it opened is still open, and over following lines that start with
    ``=`` (the next step of the same chain); a blank line, math or a table row ends it.
    """
    depth = _depth(line)
    if depth < 0 or (line.rstrip()[-1:] not in ("=", "\u2248") and depth == 0 and not _next_starts_step(masked, end)):
        return end, 0
    joined = 0
    stop = end
    prev = line
    while joined < _MAX_CONTINUED and stop < len(masked):
        nxt_end = masked.find("\n", stop + 1)
        nxt_end = len(masked) if nxt_end == -1 else nxt_end
        nxt = masked[stop + 1 : nxt_end]
        body = nxt.strip()
        if not body or "$" in nxt or body.startswith("|") or (lineno + joined + 1) in covered:
            break
        if depth <= 0 and not body.startswith(("=", "\u2248")) and prev.rstrip()[-1:] not in ("=", "\u2248"):
            break  # (a line that ends with its relation, "L = − ln(0.7) ≈", goes on with the value on the next)
        if depth <= 0 and _RESULT_END.search(prev) and _WORKING.search(body[1:].split("=")[0]):
            break  # "= 0.2378 + 0.2982 = 0.5359" then "= (0.45)(0.5944) + …": the next equation, its name lost
        depth += _depth(nxt)
        joined += 1
        stop = nxt_end
        prev = nxt
        if depth < 0:
            return end, 0
    if depth != 0 or joined == 0 or stop - end > MAX_LINE:
        return end, 0
    return stop, joined


#: a line that ends with a result (``= 0.5359``), and a step that works something out (operators, products)
_RESULT_END = re.compile(r"=\s*[-\u2212]?\d+(?:\.\d+)?\s*$")
_WORKING = re.compile(r"[+*/×·]|\)\s*\(|\d\s*\(|\)\s*\d")


def _next_starts_step(masked: str, end: int) -> bool:
    nxt_end = masked.find("\n", end + 1)
    nxt = masked[end + 1 : len(masked) if nxt_end == -1 else nxt_end].strip()
    return nxt.startswith(("=", "\u2248"))
