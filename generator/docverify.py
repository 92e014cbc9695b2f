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

from .check import CheckReport, Finding, annotate, check_text
from .check.extract import guess_format
from .docmatch import Level2, Named, match_document
from .docnet import read_network
from .errors import SpecError
from .spec import Spec

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

    def annotated(self) -> str:
        """The document with a marker after each wrong number (level 1 errors, and level 2's wrong values)."""
        marks = [f for f in self.report.findings if f.klass == "error"]
        seen = {(f.line, f.offset) for f in marks}
        if self.level2:
            for n in self.level2.wrong:
                if (n.line, n.offset) in seen or any(f.line == n.line and n.printed in f.printed for f in marks):
                    continue
                digits = n.printed.lstrip("-")
                marks.append(
                    Finding(n.line, n.printed, n.expected, n.name, "=", "error", n.cause, n.offset, n.offset + len(digits))
                )
        body = annotate(self.text, marks, self.fmt)
        note = f"{MARK} from {Path(self.path).name}: {len(marks)} wrong numbers marked"
        head = {"tex": f"% {note}\n", "md": f"<!-- {note} -->\n"}.get(self.fmt, f"[{note}]\n")
        return head + body

    # ------------------------------------------------------------ merged view
    def _level1_errors(self) -> dict[tuple[int, str], Finding]:
        return {(f.line, f.printed.strip()): f for f in self.report.findings if f.klass == "error"}

    def findings(self) -> list[dict]:
        """Every finding that is not ok, both levels merged (one entry per printed number), by line."""
        out: list[dict] = []
        l2 = {(n.line, n.printed): n for n in self.level2.items} if self.level2 else {}
        for f in self.report.findings:
            if f.klass == "ok":
                continue
            named = _named_for(l2, f)
            cause = f.detail or "does not follow from its printed operands"
            entry = {
                "line": f.line,
                "printed": f.printed,
                "expected": f.expected,
                "class": f.klass,
                "cause": cause,
                "root_line": f.line,
                "text": f"{f.lhs} {'=' if f.relation == '=' else '≈'} {f.printed}",
                "level": 1,
            }
            if named is not None and f.klass == "error":
                entry["true"] = named.expected
                entry["name"] = named.name
                if named.downstream:
                    entry["downstream"] = named.downstream
                    entry["cause"] = f"{cause}; {named.downstream} later values depend on it"
            out.append(entry)
        if self.level2:
            level1 = {(e["line"], e["printed"].strip()) for e in out}
            for n in self.level2.wrong:
                if any((n.line, p) in level1 for p in (n.printed, n.printed.lstrip("-"))) or _covered(out, n):
                    continue
                cause = n.cause + (f"; {n.downstream} later values depend on it" if n.downstream else "")
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
                    }
                )
        out.sort(key=lambda e: (e["line"], e["level"]))
        return out

    def summary(self) -> dict[str, int]:
        r = self.report
        s = {"checked": r.checked, "ok": r.ok, "rounding": r.rounding, "errors": r.errors, "propagated": 0, "conceptual": 0}
        s["not_checked"] = r.not_checked
        if self.level2:
            counted = {(e["line"], e["printed"]) for e in self.findings() if e["level"] == 1}
            for n in self.level2.items:
                if (n.line, n.printed) in counted:
                    continue
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

    def to_json(self) -> dict:
        return {"file": self.path, "network": self.network, "findings": self.findings(), "summary": self.summary()}

    def to_text(self) -> str:
        s = self.summary()
        wrong = f"{s['errors']} wrong"
        if self.level2:
            first = s["errors"] - s["propagated"] - s["conceptual"]
            wrong += f" ({first} errors, {s['propagated']} propagated, {s['conceptual']} conceptual)"
        lines = [
            f"{self.path}: checked {s['checked']}: {s['ok']} ok, {s['rounding']} rounding, {wrong}"
            f"; {s['not_checked']} symbolic relations not checked"
        ]
        if self.network:
            lines.append(f"  level 2 against the {self.network}")
        for e in self.findings():
            if e["class"] == "rounding":
                lines.append(f"  line {e['line']}: rounding: {e['text']} (operands give {e['expected']}): {e['cause']}")
                continue
            parts = [f"its operands give {e['expected']}"] if e["level"] == 1 else []
            if "true" in e:
                parts.append(f"the network gives {e['true']}")
            cause = e["cause"]
            if e["level"] == 1 and ", printed " in cause:  # the checker's restatement of the line: already shown
                cause = cause.split("; ", 1)[1] if "; " in cause else ""
            if cause:
                parts.append(cause)
            where = f" [root: line {e['root_line']}]" if e["root_line"] != e["line"] else ""
            lines.append(f"  line {e['line']}: {e['class']}: {e['text']} — {'; '.join(parts)}{where}")
        return "\n".join(lines)


def _named_for(l2: dict, f: Finding) -> Named | None:
    printed = f.printed.strip()
    for p in (printed, printed.replace("\\boxed{", "").rstrip("}")):
        if (f.line, p) in l2:
            return l2[(f.line, p)]
    return None


def _covered(entries: list[dict], n: Named) -> bool:
    """A level-2 value already reported by level 1 on the same line (matrix cells print as one relation)."""
    return any(e["line"] == n.line and e["level"] == 1 and n.printed in e["printed"] for e in entries)


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


def verify_document(path: str | Path, fmt: str = "auto", spec: Spec | None = None, level: int = 2) -> DocumentReport:
    """Check one document.

    Level 1 always; level 2 (named values against the true network) when ``level`` is 2 and
    a network is known: ``spec``, or else the parameters the document prints itself. A
    document with no checkable math is an error of its own: silence would read as "all correct".
    """
    text = read_document(path)
    fmt = {"md": "md", "markdown": "md", "tex": "tex", "latex": "tex", "text": "text", "txt": "text"}.get(fmt, "auto")
    if fmt == "auto":
        fmt = "tex" if str(path).endswith(".tex") else "md" if str(path).endswith(".md") else "auto"
    report = check_text(text, fmt)
    level2 = None
    network = None
    if level >= 2:
        if spec is not None:
            network = f"network of {spec.source}"
        else:
            read = read_network(text, fmt)
            if read is not None:
                spec, network = read.spec, read.account
    if spec is not None and level >= 2:
        level1_errors = {f.line for f in report.findings if f.klass == "error"}
        level2 = match_document(text, fmt, spec, level1_errors)
    if report.checked == 0 and not (level2 and level2.items):
        raise SpecError(
            f"{path}: no numeric equation was found to check ({report.not_checked} symbolic relations); "
            "verify reads math in $...$, $$...$$, \\[...\\], LaTeX equation environments, Markdown tables "
            "and plain-text lines such as 'a4 = 1 / (1 + exp(-0.7)) = 0.332'."
        )
    return DocumentReport(str(path), report, level2, network, text, fmt if fmt != "auto" else guess_format(text))


def dumps(reports: list[DocumentReport]) -> str:
    data = [r.to_json() for r in reports]
    return json.dumps(data[0] if len(data) == 1 else data, indent=2, ensure_ascii=False) + "\n"
