"""Python code in a Markdown page and what it printed, read as cells for :mod:`.codecheck`.

Assignment write-ups, and blog posts exported from notebooks, show code in fenced blocks and,
after each, what it printed: a fence without a language or an indented block (``jupyter nbconvert
--to markdown`` writes outputs indented), or the printed matrices typed as Markdown tables headed
by the variable's name (``|`wout`|``) — sometimes one wide table holding the whole state of the
network, a name over each block of columns, restated after every step. Each Python fence is a
cell; what follows it, up to the next Python fence, is its output. A table's values are lined up
by the name over them, not by order: a page types what it chooses to show, in its own order.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

from .codecheck import Cell, Item, Number, assumed_imports, check_cells, common_precision, number, parse_cell, read_items

__all__ = ["check_markdown_code", "markdown_cells"]

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})[ \t]*([^`\s]*)[^`\n]*$")
#: fence languages of Python code, and of printed output
_PYTHON = {"python", "py", "python3", "py3", "ipython", "ipython3", "{python}", "{.python}"}
_OUTPUT = {"", "text", "txt", "output", "out", "console", "stdout", "plaintext", "plain", "none"}
#: shell fences: commands as a rule, printed output only under a label that says so (``**Output:**`` then ```` ```sh ````)
_SHELL = {"sh", "bash", "shell", "zsh"}
_OUTPUT_LABEL = re.compile(
    r"^\W*(?:output|outputs|console output|ausgabe|sortie|salida|saída|вывод|输出|输出结果|出力)\W*$",
    re.IGNORECASE,
)
#: a shell fence's first line that is a command, not what a program printed
_COMMAND = re.compile(r"^\s*(?:\$|>|python3?\b|pip3?\b|cd\b|git\b|conda\b|npm\b|bash\b|sh\b|export\b|\./)")


def _labelled_output(lines: list[str], k: int) -> bool:
    """Whether the last line with text before line ``k`` is a label for printed output alone (``**Output:**``)."""
    j = k - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    return j >= 0 and k - j <= 3 and _OUTPUT_LABEL.match(lines[j].strip()) is not None


_SEPARATOR = re.compile(r"^\s*:?-+:?\s*$")
#: An MkDocs (Material) admonition's first line: ``!!! example "Title"``, ``??? note``, ``???+ tip``.
_ADMONITION = re.compile(r"^(?:!!!|\?\?\?\+?)[ \t]+\w")
_NUMBER = re.compile(r"[-+−]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
#: a hand-typed table cell with a stray dot before a number (``.0.0035376``): the number after it
_STRAY_DOT = re.compile(r"\.(?=[-−]?\d+\.\d)")
#: a larger table is data, not a matrix typed from a printed output (its numbers are not read as one)
_MAX_CELLS = 50_000
_LABEL = re.compile(r"[A-Za-z_][A-Za-z0-9_ ]{0,39}")
#: statements only code has (printed output such as ``x = 0.5`` also parses as Python)
_CODE_NODES = (ast.FunctionDef, ast.Import, ast.ImportFrom, ast.For, ast.While, ast.If, ast.With, ast.ClassDef, ast.Call)


@dataclass
class _Cellish:
    source: str
    outputs: list[tuple[int, int]]  # spans of printed output in the page
    tables: list[list[list[tuple[str, int]]]]  # the rows of each table after it: (cell text, offset)
    start: int = 0  # where the source starts in the page


#: ``print(price) # 220``, ``print(x.grad)  # tensor(90.)``: what a print shows, written as a comment after it (book
#: code, blog posts)
_PRINT_COMMENT = re.compile(r"^print\(.*\)[ \t]*#[ \t]*((?:tensor|array)?[-+\d.eE,\[\]() \t]*\d[-+\d.eE,\[\]() \t]*)$")


def _commented_outputs(c: _Cellish) -> list[tuple[int, int]]:
    """The spans of the numbers written as comments after a cell's prints, when every print has one.

    A comment of numbers alone on the print's line (``print(price) # 220``), or the comment lines right
    below a print or a run of prints (``print(f"KL: {kl:.4f}")`` then ``# KL: 0.0223``; ``print(probs)`` then
    ``# tensor([[0.6590, …`` over two lines). Only top-level prints (a print in a loop shows more than one
    comment can say), and only when each of them has its comment: then the comments, in order, are what the
    cell printed.
    """
    spans = []
    lines = c.source.split("\n")
    starts = [c.start]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    k = 0
    while k < len(lines):
        line = lines[k]
        if re.match(r"\s*print\(", line):
            m = _PRINT_COMMENT.match(line)
            if m is not None:
                spans.append((starts[k] + m.start(1), starts[k] + m.end(1)))
                k += 1
                continue
            # prints in a row, then their outputs as comment lines below the last (in the order printed)
            last = k
            while last + 1 < len(lines) and re.match(r"print\(", lines[last + 1]) and not _PRINT_COMMENT.match(lines[last + 1]):
                last += 1
            if line.startswith((" ", "\t")):  # a print in a loop: its outputs below the loop
                after = _after_loop(lines, k)
                if after is None:
                    return []
                last = after
            below = _comment_below(lines, last, starts[last + 1])
            if below is None:
                return []
            spans.append(below)
            k = last + 1
            continue
        k += 1
    return spans


def _output_pasted_below(body: list[str]) -> int | None:
    """The number of code lines of a Python fence that does not parse because its printed output was pasted below
    the code after a blank line (``print("Gradient:", g)``, a blank line, ``Gradient: [-0.622 -1.245]``): the
    longest run of lines up to a blank line that parses and does something, when what follows has a number and is
    not Python; None when there is no such cut."""
    for cut in range(len(body) - 1, 0, -1):
        if body[cut - 1].strip() or not body[cut].strip():
            continue
        rest = "\n".join(body[cut:])
        if not re.search(r"\d", rest) or parse_cell(rest) is not None:
            continue
        tree = parse_cell("\n".join(body[:cut]))
        if tree is not None and any(isinstance(n, ast.Call) for n in ast.walk(tree)):
            return cut
    return None


def _after_loop(lines: list[str], k: int) -> int | None:
    """For a print on line ``k`` inside a top-level ``for`` loop whose only print it is, the last line before the
    comment lines that follow the loop (``for T in [1.0, 0.1]:`` / ``print(f"T={T}: {p}")``, then, below the
    loop, ``# T=1.0: tensor([…])`` and ``# T=0.1: …``, one line per pass, in the order printed); None otherwise."""
    head = k
    while head > 0 and (lines[head].startswith((" ", "\t")) or not lines[head].strip()):
        head -= 1
    if not re.match(r"for\b", lines[head]):
        return None
    end = k + 1
    while end < len(lines) and (lines[end].startswith((" ", "\t")) or not lines[end].strip()):
        end += 1
    body = lines[head + 1 : end]
    if sum(bool(re.match(r"\s*print\(", line)) for line in body) != 1 or any(_PRINT_COMMENT.match(line.strip()) for line in body):
        return None
    if end >= len(lines) or not _OUTPUT_COMMENT.match(lines[end]):
        return None
    return end - 1


#: ``# H(p1) = 1.3863  （高い）`` or ``#         [0.1192, 0.8758]])``: a comment line that shows printed numbers
_OUTPUT_COMMENT = re.compile(r"^(\s*#\s?)(.*\d.*)$")


def _comment_below(lines: list[str], k: int, offset: int) -> tuple[int, int] | None:
    """The span of the comment lines right below the print on line ``k`` that show its output (book and blog
    code writes ``print(probs)`` then ``# tensor([[0.6590, 0.2424, …`` over as many lines as the output takes).

    Only the comment lines right below, up to the first line that is not one, or one that starts with ``=``
    after the output (``# = [0.2564, 0.6364, 0.1072] - [0, 1, 0]``: the author working the printed value out
    again, not more of it).
    """
    start = end = None
    for line in lines[k + 1 :]:
        m = _OUTPUT_COMMENT.match(line)
        if m is None or re.match(r"\s*print\(", line) or (start is not None and m.group(2).lstrip().startswith("=")):
            break
        if start is None:
            start = offset + len(m.group(1))
        end = offset + len(line)
        offset += len(line) + 1
    return (start, end) if start is not None and end is not None else None


def markdown_cells(text: str) -> list[Cell]:
    """The page's Python fences as cells, each with what it printed (empty when it has no Python fence)."""
    found: list[_Cellish] = []
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    k = 0
    boxed = False  # inside an MkDocs admonition (``!!! example``): its content is indented four spaces
    while k < len(lines):
        line = lines[k]
        if _ADMONITION.match(line):
            boxed = True
        elif line.strip() and not line.startswith(("    ", "\t")):
            boxed = False
        pad = 4 if boxed and line.startswith("    ") else 0
        m = _FENCE.match(line[pad:])
        if m:
            mark, lang = m.group(1), m.group(2).lower()
            end = k + 1
            close = re.compile(rf"^ {{0,{pad + 3}}}{re.escape(mark[0])}{{{len(mark)},}}\s*$")
            while end < len(lines) and not close.match(lines[end]):
                end += 1
            # the fence's own indentation (``  ```python`` in a list item) is taken off its lines, as CommonMark does
            cut = pad + len(line[pad:]) - len(line[pad:].lstrip(" "))
            if cut:
                lines[k + 1 : end] = [x[min(cut, len(x) - len(x.lstrip(" "))) :] for x in lines[k + 1 : end]]
            body = "\n".join(lines[k + 1 : end])
            if lang in _PYTHON and parse_cell(body) is None and (cut := _output_pasted_below(lines[k + 1 : end])):
                # the output pasted into the code's own fence, below a blank line
                found.append(
                    _Cellish("\n".join(lines[k + 1 : k + 1 + cut]), [(starts[k + 1 + cut], starts[end] - 1)], [], starts[k + 1])
                )
            elif lang in _PYTHON or (lang == "" and _looks_like_code(body)):
                found.append(_Cellish(body, [], [], starts[k + 1]))
            elif (
                found
                and end > k + 1
                and (lang in _OUTPUT or (lang in _SHELL and _labelled_output(lines, k) and not _COMMAND.match(lines[k + 1])))
            ):
                found[-1].outputs.append((starts[k + 1], starts[end] - 1))
            k = end + 1
            continue
        if found and re.match(r"^( {4}|\t)\S", line) and (k == 0 or not lines[k - 1].strip()):
            end = k  # an indented block after a blank line: printed output, as nbconvert writes it
            while end < len(lines) and (re.match(r"^( {4}|\t)", lines[end]) or not lines[end].strip()):
                end += 1
            while end > k and not lines[end - 1].strip():
                end -= 1
            found[-1].outputs.append((starts[k], starts[end] - 1))
            k = end
            continue
        if found and line.lstrip(" ").startswith("|"):
            end = k
            while end < len(lines) and lines[end].lstrip(" ").startswith("|"):
                end += 1
            rows = [_row(lines[j], starts[j]) for j in range(k, end)]
            # tables typed one under another with no blank line between: each header row (the row above a
            # separator row) starts the next one
            heads = [j for j in range(len(rows) - 1) if _is_separator(rows[j + 1])] or [0]
            for a, b in zip([0, *heads[1:]], [*heads[1:], len(rows)], strict=True):
                found[-1].tables.append(rows[a:b])
            k = end
            continue
        k += 1
    cells = []
    if (assumed := assumed_imports("\n".join(c.source for c in found))) is not None:
        cells.append(assumed)
    for index, c in enumerate(found):
        named = [entry for table in c.tables for entry in _named(table)]
        items: list[Item] | None = []
        # the numbers written after the prints, when every print has them, are what the author says it printed
        for start, end in ([] if c.tables else _commented_outputs(c)) or c.outputs:
            part = read_items(text[start:end], start)
            items = None if part is None or items is None else items + part
        cells.append(Cell(index, parse_cell(c.source), items, named))
    return cells


def check_markdown_code(text: str) -> list:
    """:func:`.codecheck.check_cells` on the page's Python fences and what they printed ([] when it has none)."""
    if "```" not in text and "~~~" not in text:
        return []
    cells = markdown_cells(text)
    return check_cells(text, cells) if cells else []


def _looks_like_code(body: str) -> bool:
    """A fence without a language holds code when it parses as Python and does something printed output cannot."""
    tree = parse_cell(body)
    return tree is not None and any(isinstance(n, _CODE_NODES) for n in ast.walk(tree))


# --------------------------------------------------------------------------- tables
def _row(line: str, start: int) -> list[tuple[str, int]]:
    """A table row's cells, each with the offset of its first character in the page."""
    cells: list[tuple[str, int]] = []
    pos = 0
    for m in re.finditer(r"(?<!\\)\|", line):
        cells.append((line[pos : m.start()], start + pos))
        pos = m.end()
    cells.append((line[pos:], start + pos))
    if line.lstrip(" ").startswith("|"):
        cells = cells[1:]
    if cells and not cells[-1][0].strip():
        cells = cells[:-1]
    return cells


def _is_separator(row: list[tuple[str, int]]) -> bool:
    return bool(row) and all(_SEPARATOR.match(t) for t, _o in row)


def _cell_number(cell: tuple[str, int]) -> Number | None:
    raw, offset = cell
    text = raw.strip()
    offset += len(raw) - len(raw.lstrip())
    if (m := _STRAY_DOT.match(text)) is not None:
        text, offset = text[m.end() :], offset + m.end()
    return number(text, offset) if _NUMBER.fullmatch(text) else None


def _label(cell: tuple[str, int]) -> str | None:
    text = cell[0].replace("\ufeff", "").replace("`", "").replace("*", "").strip().rstrip(":=").strip()
    return text if _LABEL.fullmatch(text) else None


def _named(rows: list[list[tuple[str, int]]]) -> list[tuple[str, Item]]:
    """The values a table shows under names (a printed NumPy matrix: its numbers share one precision, see
    :func:`.codecheck._common_precision`).

    A table whose header holds one name and whose rows hold only numbers is that one matrix. Otherwise
    every name heads the block of numbers below it: as wide as the run of empty cells beside the name
    with numbers under them, as deep as the rows that fill the whole width (a spreadsheet-like page
    laying out X, Wh, bh … side by side).
    """
    rows = [r for r in rows if not _is_separator(r)]
    if not rows or sum(len(r) for r in rows) > _MAX_CELLS:
        return []
    grid = [[(_label(c), _cell_number(c), bool(c[0].strip())) for c in r] for r in rows]
    header = [g for g in grid[0] if g[2]]
    if len(header) == 1 and header[0][0] is not None:
        body = [[n for _l, n, _f in r if n is not None] for r in grid[1:]]
        if all(len(b) == sum(f for _l, _n, f in r) for b, r in zip(body, grid[1:], strict=True)):
            body = [b for b in body if b]
            if body and len({len(b) for b in body}) == 1:
                item = Item([n for b in body for n in b], (len(body), len(body[0])))
                item.table = item.numbers[0].offset
                return [(header[0][0], common_precision(item))]
        return []
    out = []
    for r, row in enumerate(grid[:-1]):
        for c, (label, _n, _f) in enumerate(row):
            if label is None or c >= len(grid[r + 1]) or grid[r + 1][c][1] is None:
                continue
            width = 1
            while (
                c + width < len(row)
                and not row[c + width][2]
                and c + width < len(grid[r + 1])
                and grid[r + 1][c + width][1] is not None
            ):
                width += 1
            block = []
            for below in grid[r + 1 :]:
                cells = below[c : c + width]
                if len(cells) < width or any(n is None for _l, n, _f in cells):
                    break
                block.append([n for _l, n, _f in cells])
            out.append((label, common_precision(Item([n for b in block for n in b], (len(block), width)))))
    table = min((n.offset for _name, block_item in out for n in block_item.numbers), default=-1)
    for _name, block_item in out:
        block_item.table = table  # one table: a given shown otherwise in it says its results were worked from other inputs
    return out
