"""``nnwalk verify``, level 1: recompute every numeric relation of any document.

This is the arithmetic level of the verify command (no spec needed): the document —
Markdown, LaTeX or text with math delimiters — is read as untrusted text by the
:mod:`generator.check` grammar (never evaluated as code) and each relation between
numeric sides is classified ok / rounding / error. Matching named quantities against
a network (level 2) builds on this.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..check import CheckReport, Finding, annotate, check_chains, check_text
from ..check.annotate import LEVEL2, MARKED, insertions
from ..check.checker import propagate
from ..check.decimalcomma import CommaReading, read_decimal_commas
from ..check.document import extract_chains
from ..check.drawn import drawn_end, read_drawn_equations
from ..check.extract import LineMap, guess_format
from ..check.gcpause import collector_paused
from ..errors import SpecError
from ..spec.load import Spec
from .codecheck import check_code
from .docnet import read_network_or_gap, with_rate
from .fetch import fetch, is_address
from .htmlread import annotated_page, looks_like_html, read_page
from .ipynbread import Notebook, annotated_notebook, looks_like_notebook, read_notebook
from .match import Level2, Named, match_document, rate_from_results
from .mdcode import check_markdown_code
from .pdfread import PdfText, looks_like_pdf, read_pdf
from .subnet import torn_substitutions

MAX_DOCUMENT_BYTES = 10_000_000
#: The first line of every annotated copy (also how a later run knows the file is ours to replace).
MARK = "annotated by nnwalk verify"


@dataclass
class DocumentReport:
    """What ``verify`` found in one document (level 1, and level 2 when a spec was given)."""

    path: str
    report: CheckReport
    level2: Level2 | None = None
    network: str | None = None  # where level 2's network came from (the spec, or what was read from the document)
    text: str = ""
    fmt: str = "auto"
    source_format: str = ""  # "html" when the file was a web page, "ipynb" for a notebook (then ``text`` is what was read)
    notebook: Notebook | None = None  # a notebook's cells as text, each line's place in the .ipynb file
    network_gap: str = ""  # why level 2 did not run, when it was asked for and no network could be read
    pdf: PdfText | None = None  # a PDF's text layer, each line's page and line on that page
    source: str = ""  # the web address the document was fetched from (findings say it)
    code_checked: int = 0  # a notebook's printed outputs judged against its code cells
    code_unread: str = ""  # why the code cells could not be judged (an internal failure, said instead of a traceback)
    page: str | None = None  # a web page's annotated copy (see :func:`.htmlread.annotated_page`)
    drawn: list[tuple[int, int]] = field(default_factory=list)  # images whose equation was read from the address

    def marks(self) -> list[Finding]:
        """Every wrong number to mark (level 1's, and level 2's wrong values), at its place in :attr:`text`."""
        marks = [f for f in self.report.findings if f.klass in MARKED]
        for n in self.level2.wrong if self.level2 else []:
            if not n.level1:  # level 1's own errors are marked already
                end = _number_end(self.text, n.offset)
                marks.append(Finding(n.line, n.printed, n.expected, n.name, LEVEL2, n.klass, n.cause, n.offset, end))
        if self.drawn:  # a number encoded in an image's address: marked right after the image, naming the number
            marks = [replace(f, offset=end, end=end) if (end := drawn_end(self.drawn, f.offset)) else f for f in marks]
        return marks

    def annotated(self) -> str:
        """The document with a marker after each wrong number (level 1 errors, and level 2's wrong values)."""
        if self.page is not None:  # a web page: marked when it was read, while its lines were the text's
            return self.page
        marks = self.marks()
        note = f"{MARK} from {Path(self.path).name}: {len(marks)} wrong numbers marked"
        if self.notebook is not None:
            return annotated_notebook(self.notebook, insertions(self.text, marks, "md"), note)
        body = annotate(self.text, marks, self.fmt)
        head = {"tex": f"% {note}\n", "md": f"<!-- {note} -->\n"}.get(self.fmt, f"[{note}]\n")
        if Path(self.path).suffix.lower() in (".rst", ".rest"):
            head = f".. {note}\n\n"  # a reStructuredText comment (an HTML comment would show as a paragraph)
        front = re.match(r"---\n.*?\n---\n", body, re.DOTALL) if body.startswith("---\n") else None
        if front:  # YAML front matter must stay on the first line (Jekyll, Hugo, pandoc)
            return body[: front.end()] + head + body[front.end() :]
        return head + body

    # ------------------------------------------------------------ merged view
    def _named_for(self, f: Finding) -> Named | None:
        """The level-2 verdict on the very number a level-1 finding judges (by position, else by text)."""
        if not self.level2:
            return None
        for n in self.level2.items:
            if n.line != f.line:
                continue
            if f.offset is not None and f.end is not None:
                if f.offset <= n.offset <= f.end:
                    return n
            elif n.printed.lstrip("-") in f.printed:
                return n
        return None

    def findings(self) -> list[dict]:
        """Every finding that is not ok, both levels merged (one entry per printed number), by line."""
        out: list[dict] = []
        for f in self.report.findings:
            if f.klass == "ok":
                continue
            cause = f.detail or "does not follow from its printed operands"
            entry = {
                "line": f.line,
                "printed": f.printed,
                "expected": f.expected,
                "class": f.klass,
                "cause": cause,
                "root_line": f.root_line or f.line,
                "text": f"{f.lhs} {'=' if f.relation == '=' else '≈'} {f.printed}" if f.lhs else f.printed,
                "level": 1,
            }
            if f.mistake:
                entry["mistake"] = f.mistake
            named = self._named_for(f) if f.klass == "error" else None
            if named is not None:
                entry["true"] = named.expected
                entry["name"] = named.name
                if named.downstream:
                    entry["downstream"] = named.downstream
                    entry["cause"] = f"{cause}; {_depend(named.downstream)}"
            out.append(entry)
        for n in self.level2.wrong if self.level2 else []:
            if n.level1:
                continue  # reported above, by level 1
            cause = n.cause + (f"; {_depend(n.downstream)}" if n.downstream else "")
            out.append(
                {
                    "line": n.line,
                    "printed": n.printed,
                    "expected": n.expected,
                    "class": n.klass,
                    "cause": cause,
                    "root_line": n.root_line,
                    "text": f"{n.name} = {n.printed}",
                    "level": 2,
                    "name": n.name,
                    "true": n.expected,
                    "downstream": n.downstream,
                    **({"mistake": n.mistake} if n.mistake else {}),
                }
            )
        out.sort(key=lambda e: (e["line"], e["level"]))
        carried: dict[int, int] = {}  # level 1's first errors: how many carried values depend on each
        for e in out:
            if e["level"] == 1 and e["class"] == "propagated":
                carried[e["root_line"]] = carried.get(e["root_line"], 0) + 1
        for e in out:
            if e["level"] == 1 and e["class"] in ("error", "conceptual") and e["root_line"] == e["line"] and e["line"] in carried:
                e.setdefault("downstream", carried.pop(e["line"]))
        if self.source:
            for e in out:
                e["source"] = self.source
        if self.notebook is not None:
            for e in out:  # lines of the assembled text -> the .ipynb file's lines, cells and cell lines
                place, root = self.notebook.place(e["line"]), self.notebook.place(e["root_line"])
                e["line"], e["root_line"] = place.line, root.line
                e["cell"], e["cell_line"], e["cell_part"] = place.cell, place.cell_line, place.part
                e["cause"] = _LINE_REF.sub(lambda m: f"line {self.notebook.place(int(m.group(1))).line}", e["cause"])
        if self.pdf is not None:
            pdf = self.pdf
            for e in out:  # lines of the extracted text -> page and line on that page
                (page, line), (root_page, root_line) = pdf.place(e["line"]), pdf.place(e["root_line"])
                e["page"], e["line"], e["root_line"] = page, line, root_line
                if root_page != page:
                    e["root_page"] = root_page
                e["cause"] = _LINE_REF.sub(lambda m: "page {} line {}".format(*pdf.place(int(m.group(1)))), e["cause"])
        return out

    def summary(self) -> dict[str, int]:
        r = self.report
        s = {
            "checked": r.checked,
            "ok": r.ok,
            "rounding": r.rounding,
            "errors": r.errors + r.propagated + r.conceptual,
            "propagated": r.propagated,
            "conceptual": r.conceptual,
        }
        s["not_checked"] = r.not_checked
        if self.level2:
            for n in self.level2.items:
                if n.level1:
                    continue  # the same number, already counted by level 1
                s["checked"] += 1
                if n.klass == "ok":
                    s["ok"] += 1
                elif n.klass == "rounding":
                    s["rounding"] += 1
                else:
                    s["errors"] += 1
                    if n.klass in ("propagated", "conceptual"):
                        s[n.klass] += 1
            s["named_values"] = len(self.level2.items)
        return s

    @property
    def errors(self) -> int:
        return self.summary()["errors"]

    def roots(self) -> list[dict]:
        """Only the first errors: wrong numbers that do not follow from an earlier wrong one, with their downstream count."""
        out = []
        for e in self.findings():
            if e["class"] in ("error", "conceptual") and e["root_line"] == e["line"]:
                e.setdefault("downstream", 0)
                out.append(e)
        return out

    def to_json(self, roots: bool = False) -> dict:
        findings = self.roots() if roots else self.findings()
        out = {"file": self.path, "network": self.network, "findings": findings, "summary": self.summary()}
        if self.network_gap:
            out["network_missing"] = self.network_gap
        if self.code_unread:
            out["code_unread"] = self.code_unread
        if self.report.conventions:
            out["conventions"] = list(self.report.conventions)
        return out

    def to_text(self, roots: bool = False) -> str:
        s = self.summary()
        wrong = f"{s['errors']} wrong"
        if self.level2 or s["propagated"] or s["conceptual"]:
            first = s["errors"] - s["propagated"] - s["conceptual"]
            wrong += f" ({first} errors, {s['propagated']} propagated, {s['conceptual']} conceptual)"
        lines = [
            f"{self.path}: checked {s['checked']}: {s['ok']} ok, {s['rounding']} rounding, {wrong}"
            f"; {s['not_checked']} symbolic relations not checked"
        ]
        lines.extend(f"  read as: {c}" for c in self.report.conventions)
        if self.code_checked:
            lines.append(f"  code cells: {self.code_checked} printed numbers lined up with the code that printed them")
        if self.code_unread:
            lines.append(f"  code cells not judged: {self.code_unread}")
        if self.network:
            lines.append(f"  level 2 against the {self.network}")
        elif self.network_gap:
            lines.append(
                f"  level 2 not run: the network could not be read from the document: {self.network_gap}; "
                "give it with --spec SPEC to check every named value against it"
            )
        for e in self.roots() if roots else self.findings():
            text = _short(_element_text(e) or e["text"], 110)
            if e["class"] == "rounding":
                lines.append(f"  {_where(e)}: rounding: {text} (operands give {e['expected']}): {_short(e['cause'], 160)}")
                continue
            gives = "overflow (beyond 1.8e308)" if e["expected"] == "overflow" else f"give {e['expected']}"
            if e["level"] == 1 and e["class"] == "propagated":  # carried: the cause says what it should be and why
                parts = []
            elif e["level"] == 1 and e["class"] == "conceptual":  # a known mistake in a notebook's code
                parts = [f"should be {e['expected']}"]
            elif e["level"] == 1 and e["cause"].startswith("the code gives"):  # a notebook's output against its code
                parts = []
            else:
                parts = [f"its operands {gives}"] if e["level"] == 1 else []
            if "true" in e:
                parts.append(f"the network gives {e['true']}")
            cause = e["cause"]
            if e["level"] == 1 and ", printed " in cause:  # the checker's restatement of the line: already shown
                cause = cause.split("; ", 1)[1] if "; " in cause else ""
            if cause:
                parts.append(_short(cause, 160))
            where = ""
            if "root_page" in e:  # a PDF's root on another page
                where = f" [root: page {e['root_page']}, line {e['root_line']}]"
            elif e["root_line"] != e["line"]:
                where = f" [root: line {e['root_line']}]"
            lines.append(f"  {_where(e)}: {e['class']}: {text} — {'; '.join(parts)}{where}")
        return "\n".join(lines)


def _depend(n: int) -> str:
    return "1 later value depends on it" if n == 1 else f"{n} later values depend on it"


_ELEMENT = re.compile(r"^element \((\d+), (\d+)\): ")
_COMPUTED_AS = re.compile(r"; (\S+) was computed at line \d+ as ")


def _element_text(e: dict) -> str:
    """``dW[4][1,2] printed -0.2144`` for one element of a matrix equation, instead of the whole matrix product."""
    m = _ELEMENT.match(e["cause"]) if e["level"] == 1 else None
    if m is None:
        return ""
    name = e.get("name")
    if name and "[" in name and name.endswith("]"):
        name = name[: name.rindex("[")]
    if not name:
        named = _COMPUTED_AS.search(e["cause"])
        name = named.group(1) if named else "element "
    return f"{name}[{m.group(1)},{m.group(2)}] printed {e['printed']}"


def _where(e: dict) -> str:
    """``line 12``, or for a notebook ``line 120 (cell 7, line 3)`` (``cell 7 output, line 3`` for printed output)."""
    if e.get("page") is not None:
        return f"page {e['page']}, line {e['line']}"
    if e.get("cell") is None:
        return f"line {e['line']}"
    part = " output" if e.get("cell_part") == "output" else ""
    return f"line {e['line']} (cell {e['cell']}{part}, line {e['cell_line']})"


def _number_end(text: str, start: int) -> int:
    """Where the number starting at ``start`` ends (sign, digits, point, exponent)."""
    m = re.compile(r"[-−]?\s*\d*\.?\d+(?:[eE][-+]?\d+)?").match(text, start)
    return m.end() if m else start


def _short(s: str, n: int) -> str:
    """One line of at most ``n`` characters for the human report (JSON keeps everything)."""
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def read_bytes(path: str | Path) -> bytes:
    """The document's bytes, or a SpecError saying why it cannot be read."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise SpecError(f"{path}: cannot read the document ({exc.strerror or exc}).") from None
    if len(raw) > MAX_DOCUMENT_BYTES:
        raise SpecError(f"{path}: the document is {len(raw)} bytes; verify reads at most {MAX_DOCUMENT_BYTES}.")
    return raw


def decode(raw: bytes, path: str | Path) -> str:
    """A text document's bytes as text (UTF-8), or a SpecError for a binary or differently encoded file.

    A NUL byte or two in a long text (a glyph a PDF's text layer could not map, copied along with the page) do
    not make it binary: they are read as spaces. More than one in 2,000 bytes is a binary file."""
    nuls = raw.count(b"\0")
    if nuls and nuls > len(raw) // 2000:
        raise SpecError(f"{path}: this is a binary file, not a Markdown, LaTeX or text document.")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SpecError(f"{path}: the file is not UTF-8 text (bad byte at offset {exc.start}).") from None
    return text.replace("\0", " ") if nuls else text


def verify_document(path: str | Path, fmt: str = "auto", spec: Spec | None = None, level: int = 2) -> DocumentReport:
    """Check one document.

    Level 1 always; level 2 (named values against the true network) when ``level`` is 2 and
    a network is known: ``spec``, or else the parameters the document prints itself. A
    document with no checkable math is an error of its own: silence would read as "all correct".
    """
    if is_address(str(path)):  # https://…: fetched within limits, then read like a file of the type it is
        raw, name = fetch(str(path))
        report = verify_bytes(raw, str(path), name, fmt, spec, level)
        report.source = str(path)
        return report
    return verify_bytes(read_bytes(path), str(path), str(path), fmt, spec, level)


def verify_bytes(raw: bytes, path: str, name: str, fmt: str = "auto", spec: Spec | None = None, level: int = 2) -> DocumentReport:
    """Check a document's bytes; ``path`` names it in the report, ``name``'s suffix says what it is."""
    if fmt == "pdf" or (fmt == "auto" and looks_like_pdf(raw, name)):
        return _verify_pdf(raw, path, spec, level)
    text = decode(raw, path)
    if fmt == "ipynb" or (fmt == "auto" and looks_like_notebook(text, name)):
        return _verify_notebook(text, path, spec, level)
    if fmt == "html" or (fmt == "auto" and looks_like_html(text, name)):
        return _verify_html(text, path, spec, level)
    if fmt == "auto" and name != path:
        fmt = "tex" if name.endswith(".tex") else "md" if name.endswith((".md", ".markdown")) else "auto"
    return verify_text(text, path, fmt, spec, level)


def _verify_pdf(raw: bytes, path: str | Path, spec: Spec | None, level: int) -> DocumentReport:
    """A PDF: its text layer read as plain text (see :mod:`.pdfread`); findings carry the page."""
    pdf = read_pdf(raw, str(path))
    report = verify_text(pdf.text, path, "text", spec, level)
    report.pdf = pdf
    report.source_format = "pdf"
    return report


def _verify_notebook(raw: str, path: str | Path, spec: Spec | None, level: int) -> DocumentReport:
    """A Jupyter notebook: its cells read as one Markdown document (see :mod:`.ipynbread`)."""
    nb = read_notebook(raw, str(path))
    from_code, unread = _guarded(check_code, nb)
    report = verify_text(nb.text, path, "md", spec, level, extra=from_code)
    report.code_checked = len(from_code)
    report.code_unread = unread
    report.notebook = nb
    report.source_format = "ipynb"
    return report


def _verify_html(html: str, path: str | Path, spec: Spec | None, level: int) -> DocumentReport:
    """A saved web page: check its text and TeX (see :mod:`.htmlread`), report the page's own line numbers."""
    text, source_lines, ends = read_page(html)

    def src(n: int) -> int:
        return source_lines[n - 1] if 1 <= n <= len(source_lines) else n

    report = verify_text(text, path, "md", spec, level)
    marks = report.marks()
    lines = LineMap(text)
    by_line: dict[int, list[str]] = {}
    for pos, markers in insertions(text, marks, "md", name_number=True).items():
        by_line.setdefault(lines.line(pos), []).extend(markers)
    report.page = annotated_page(html, ends, by_line, f"{MARK} from {Path(str(path)).name}: {len(marks)} wrong numbers marked")
    for f in report.report.findings:
        f.line = src(f.line)
        if f.root_line is not None:
            f.root_line = src(f.root_line)
        f.detail = _LINE_REF.sub(lambda m: f"line {src(int(m.group(1)))}", f.detail)
    for n in report.level2.items if report.level2 else []:
        n.line, n.root_line = src(n.line), src(n.root_line)
        n.cause = _LINE_REF.sub(lambda m: f"line {src(int(m.group(1)))}", n.cause)
    if report.network:
        report.network = _LINE_REF.sub(lambda m: f"line {src(int(m.group(1)))}", report.network)
    report.source_format = "html"
    return report


_LINE_REF = re.compile(r"\bline (\d+)")


def verify_text(
    text: str, path: str | Path, fmt: str = "auto", spec: Spec | None = None, level: int = 2, extra: list[Finding] | None = None
) -> DocumentReport:
    """:func:`verify_document` on text already in memory (``path`` only names it in messages).

    ``extra`` are findings on ``text`` judged another way (a notebook's printed outputs against its code).
    The cyclic garbage collector is paused meanwhile (see :mod:`generator.check.gcpause`).
    """
    with collector_paused():
        return _verify_text(text, path, fmt, spec, level, extra)


def _verify_text(
    text: str, path: str | Path, fmt: str, spec: Spec | None, level: int, extra: list[Finding] | None
) -> DocumentReport:
    fmt = {"md": "md", "markdown": "md", "tex": "tex", "latex": "tex", "text": "text", "txt": "text"}.get(fmt, "auto")
    if fmt == "auto":
        fmt = "tex" if str(path).endswith(".tex") else "md" if str(path).endswith((".md", ".markdown")) else "auto"
    code_checked, unread = 0, ""
    if extra is None and fmt in ("md", "auto"):  # Python fences and what they printed (a notebook brings its own)
        extra, unread = _guarded(check_markdown_code, text)
        code_checked = len(extra)
    page = text  # what the report shows and annotates: the page as written
    drawn = read_drawn_equations(text) if fmt != "tex" else None
    if drawn is not None:  # equations drawn by a LaTeX image service: read from their addresses, same offsets and lines
        text = drawn.text
    commas = read_decimal_commas(text) if fmt != "tex" else None
    if commas is not None:  # 0,73105: checked as 0.73105, in a text of the same length (offsets and lines hold)
        text = commas.text
    try:
        chains = extract_chains(text, fmt)  # once: level 1, the network reader and level 2 share them
    except Exception:  # noqa: BLE001 - check_text reports an extraction failure as "not checked"
        chains = None
    if chains is not None:
        found = chains
        report = check_chains(text, chains, held=lambda: torn_substitutions(text, found))
    else:
        report = check_text(text, fmt)
    if extra:
        report.findings = sorted(report.findings + extra, key=lambda f: f.line)
    chains = chains or []
    level2 = None
    network = None
    gap = ""
    layout = None
    if level >= 2:
        if spec is not None:
            network = f"network of {spec.source}"
        else:
            read, gap = read_network_or_gap(text, fmt, chains)
            if read is not None:
                if read.spec.learning_rate is None and (found := rate_from_results(text, fmt, read.spec, chains, read.layout)):
                    read = with_rate(read, *found)
                spec, network, layout = read.spec, read.account, read.layout
    if spec is not None and level >= 2:
        level1_errors: set[tuple[int, int]] = set()
        for f in report.findings:
            if f.klass == "error":
                if f.offset is None or f.end is None:
                    level1_errors.add((f.line, -1))
                else:
                    level1_errors.update((f.line, k) for k in range(f.offset, f.end + 1))
        level2 = match_document(text, fmt, spec, level1_errors, chains, layout)
        _defer_to_level2(report, level2)
        _follow_level2(text, chains, report, level2)
    if report.checked == 0 and not (level2 and level2.items):
        raise SpecError(
            f"{path}: no numeric equation was found to check ({report.not_checked} symbolic relations); "
            "verify reads math in $...$, $$...$$, \\[...\\], LaTeX equation environments, Markdown tables "
            "and plain-text lines such as 'a4 = 1 / (1 + exp(-0.7)) = 0.332'."
            + (f" Level 2 could not read a network either: {gap}; give it with --spec SPEC." if gap else "")
        )
    if commas is not None:  # the findings as the page writes its numbers; a code cell's output as the code printed it
        # (against the page with its drawn equations written out: a number in an image's address is its decoded digits)
        _as_the_page_writes(report, level2, drawn.text if drawn else page, commas, {id(f) for f in extra or ()})
    out = DocumentReport(str(path), report, level2, network, page, fmt if fmt != "auto" else guess_format(text))
    out.drawn = drawn.spans if drawn is not None else []
    out.network_gap = gap
    out.code_checked, out.code_unread = code_checked, unread
    return out


def _as_the_page_writes(report: CheckReport, level2: Level2 | None, page: str, commas: CommaReading, code: set[int]) -> None:
    """The findings as the page writes its numbers (it was checked with points): the printed number taken from the
    page itself, the formulas quoted with the page's commas, a computed value with a comma where the page writes no
    decimal point; and the convention said. Findings on code (``code``: their ids) keep the code's own numbers."""
    for f in report.findings:
        if id(f) in code:
            continue
        if f.offset is not None and f.end is not None and page[f.offset : f.end] != commas.text[f.offset : f.end]:
            f.printed = f.printed.replace(commas.text[f.offset : f.end], page[f.offset : f.end])
        f.lhs, f.detail, f.expected = commas.quote(f.lhs), commas.value(commas.quote(f.detail)), commas.value(f.expected)
    for item in level2.items if level2 is not None else ():  # (a level-2 value keeps only where it starts)
        item.printed, item.expected = commas.quote(item.printed), commas.value(item.expected)
        item.cause = commas.value(commas.quote(item.cause))
    report.conventions.append(commas.convention)


def _guarded(judge: Callable[[Any], list[Finding]], source: Any) -> tuple[list[Finding], str]:
    """The code cells judged, or nothing and why: code nnwalk's reader fails on (a form it does not know yet)
    must not cost the rest of the document its check, and a reader must be told rather than shown a traceback."""
    try:
        return judge(source), ""
    except (RecursionError, MemoryError) as exc:
        return [], f"the code is too deeply nested or too large to follow ({type(exc).__name__})"
    except Exception as exc:  # noqa: BLE001 - any failure of the code reader is reported, the rest is still checked
        return [], f"nnwalk's code reader failed ({type(exc).__name__}: {_short(str(exc), 80)}); please report it"


def _follow_level2(text: str, chains: list, report: CheckReport, level2: Level2) -> None:
    """Name every later use of a value level 2 found wrong: its restatements (in a sentence, a table, an operand) and
    the results computed from it, ``propagated`` with the root level 2 gave it — as level 1 does for its own errors."""
    # a wrong value printing the same digits as a right one (dL/da = a − y = 0.562 beside a = 0.562): a later 0.562
    # may be either, so neither is followed
    right = {n.printed.lstrip("-−") for n in level2.items if n.klass in ("ok", "rounding")}
    seeds = []
    for n in level2.items:
        if n.klass in ("ok", "rounding") or n.level1 or not n.offset or n.printed.lstrip("-−") in right:
            continue
        try:
            float(n.expected)
        except ValueError:
            continue
        end = _number_end(text, n.offset)
        seeds.append(Finding(n.line, n.printed, n.expected, n.name, "=", n.klass, n.cause, n.offset, end, n.root_line))
    if not seeds:
        return
    # an "ok" of level 1 (the line's own arithmetic) stays beside a propagated finding, as level 1's own carry leaves it
    known = {f.offset for f in report.findings if f.klass not in ("ok", "rounding")} | {n.offset for n in level2.items}
    extra = [f for f in propagate(text, chains, seeds) if f.klass == "propagated" and f.offset not in known]
    if extra:
        report.findings = sorted(report.findings + extra, key=lambda f: f.line)


def _defer_to_level2(report: CheckReport, level2: Level2) -> None:
    """Drop level 1's carried verdicts on numbers level 2 judges: the network knows the true value.

    Level 1 carries a wrong value forward with the value its printed operands give, which
    is only as good as those operands; level 2 compares the same number with the network.
    """
    judged = {n.offset for n in level2.items}
    report.findings = [f for f in report.findings if f.klass != "propagated" or f.offset is None or f.offset not in judged]


def dumps(reports: list[DocumentReport], roots: bool = False) -> str:
    data = [r.to_json(roots) for r in reports]
    return json.dumps(data[0] if len(data) == 1 else data, indent=2, ensure_ascii=False) + "\n"
