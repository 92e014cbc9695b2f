"""What the checker reports: one finding per judged printed number, and what was left unchecked."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["CheckReport", "Finding", "Skipped"]


@dataclass
class Finding:
    """One checked relation.

    ``offset``/``end`` are the character span in the document of the printed number that
    is judged (the one a marker goes after, see :mod:`.annotate`), when the checker knows it.
    """

    line: int
    printed: str
    expected: str
    lhs: str
    relation: str
    klass: str
    detail: str = ""
    offset: int | None = None
    end: int | None = None
    root_line: int | None = None  # for ``propagated``: the line of the first wrong value it follows from
    #: for ``conceptual``: the id of the mistake in :mod:`generator.engine.mistakes`'s catalogue (a contract of the JSON report)
    mistake: str = ""


@dataclass
class Skipped:
    """A relation that was not checked, and why (symbolic side, parse failure…)."""

    line: int
    text: str
    reason: str


@dataclass
class CheckReport:
    findings: list[Finding]
    not_checked: int
    skipped: list[Skipped] = field(default_factory=list)
    #: how the page's own numbers made the checker read a notation (``log`` as base 10), said in the report
    conventions: list[str] = field(default_factory=list)

    @property
    def checked(self) -> int:
        return len(self.findings)

    @property
    def ok(self) -> int:
        return sum(f.klass == "ok" for f in self.findings)

    @property
    def rounding(self) -> int:
        return sum(f.klass == "rounding" for f in self.findings)

    @property
    def errors(self) -> int:
        return sum(f.klass == "error" for f in self.findings)

    @property
    def conceptual(self) -> int:
        """Known mistakes of method (an activation derivative applied to the wrong quantity)."""
        return sum(f.klass == "conceptual" for f in self.findings)

    @property
    def propagated(self) -> int:
        """Wrong numbers that follow from an earlier wrong one (see :mod:`.carry`)."""
        return sum(f.klass == "propagated" for f in self.findings)
