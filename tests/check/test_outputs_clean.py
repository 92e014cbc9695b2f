"""nnwalk's own documents must verify with zero errors and zero rounding findings.

Plain-text scanning, table-row relations, defined-then-valued pairs and element lists
are all active on Markdown; none of them may raise a false alarm on our outputs.
"""

from pathlib import Path

import pytest

from generator.check import check_text

OUTPUT = Path(__file__).resolve().parents[2] / "output"
FILES = sorted(OUTPUT.glob("*.md")) + sorted(OUTPUT.glob("*.tex"))


def test_there_are_outputs() -> None:
    assert len(FILES) >= 8


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
@pytest.mark.parametrize("fmt", ["declared", "auto", "text"])
def test_output_has_no_error_and_no_rounding(path: Path, fmt: str) -> None:
    text = path.read_text(encoding="utf-8")
    if fmt == "declared":
        fmt = "tex" if path.suffix == ".tex" else "md"
    elif fmt == "text" and path.suffix == ".tex":
        pytest.skip("plain-text reading of LaTeX source is not a supported combination")
    rep = check_text(text, fmt)
    bad = [f for f in rep.findings if f.klass != "ok"]
    assert rep.checked > 50
    assert bad == []
    assert not [s for s in rep.skipped if s.reason.startswith("internal")]
