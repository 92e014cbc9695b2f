"""``nnwalk verify``, level 1: recompute every numeric relation of any document.

This is the arithmetic level of the verify command (no spec needed): the document —
Markdown, LaTeX or text with math delimiters — is read as untrusted text by the
:mod:`generator.check` grammar (never evaluated as code) and each relation between
numeric sides is classified ok / rounding / error. Matching named quantities against
a network (level 2) builds on this.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .check import CheckReport, check_text
from .errors import SpecError

MAX_DOCUMENT_BYTES = 10_000_000


@dataclass
class DocumentReport:
    """What ``verify`` found in one document."""

    path: str
    report: CheckReport

    @property
    def errors(self) -> int:
        return self.report.errors

    def to_json(self) -> dict:
        findings = [
            {
                "line": f.line,
                "printed": f.printed,
                "expected": f.expected,
                "class": f.klass,
                "cause": f.detail or "does not follow from its printed operands",
                "root_line": f.line,
                "text": f"{f.lhs} {'=' if f.relation == '=' else '≈'} {f.printed}",
            }
            for f in self.report.findings
            if f.klass != "ok"
        ]
        r = self.report
        return {
            "file": self.path,
            "findings": findings,
            "summary": {
                "checked": r.checked,
                "ok": r.ok,
                "rounding": r.rounding,
                "errors": r.errors,
                "not_checked": r.not_checked,
            },
        }

    def to_text(self) -> str:
        r = self.report
        lines = [
            f"{self.path}: checked {r.checked} relations: {r.ok} ok, {r.rounding} rounding, {r.errors} errors ({r.not_checked} symbolic, not checked)"
        ]
        for f in r.findings:
            if f.klass == "ok":
                continue
            rel = "=" if f.relation == "=" else "≈"
            lines.append(
                f"  line {f.line}: {f.klass}: {f.lhs} {rel} {f.printed}  (operands give {f.expected}){': ' + f.detail if f.detail else ''}"
            )
        return "\n".join(lines)


def read_document(path: str | Path) -> str:
    """The document's text, or a SpecError saying why it cannot be checked."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise SpecError(f"{path}: cannot read the document ({exc.strerror or exc}).") from None
    if len(raw) > MAX_DOCUMENT_BYTES:
        raise SpecError(f"{path}: the document is {len(raw)} bytes; verify reads at most {MAX_DOCUMENT_BYTES}.")
    if b"\0" in raw:
        raise SpecError(f"{path}: this is a binary file, not a Markdown, LaTeX or text document.")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SpecError(f"{path}: the file is not UTF-8 text (bad byte at offset {exc.start}).") from None


def verify_document(path: str | Path, fmt: str = "auto") -> DocumentReport:
    """Check one document; a document with no checkable math is an error of its own."""
    text = read_document(path)
    fmt = {"md": "md", "markdown": "md", "tex": "tex", "latex": "tex"}.get(fmt, "auto")
    if fmt == "auto":
        fmt = "tex" if str(path).endswith(".tex") else "md" if str(path).endswith(".md") else "auto"
    report = check_text(text, fmt)
    if report.checked == 0:
        raise SpecError(
            f"{path}: no numeric equation was found to check ({report.not_checked} symbolic relations); "
            "verify reads math in $...$, $$...$$, \\[...\\] and LaTeX equation environments."
        )
    return DocumentReport(str(path), report)


def dumps(reports: list[DocumentReport]) -> str:
    data = [r.to_json() for r in reports]
    return json.dumps(data[0] if len(data) == 1 else data, indent=2, ensure_ascii=False) + "\n"
