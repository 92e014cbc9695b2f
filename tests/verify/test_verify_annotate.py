"""``verify --annotate OUT``: a marked copy a person can read; the document itself is never touched."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from paths import seed as seed_doc

from generator.cli import main

MARKER = re.compile(r" (?:⟨nnwalk [a-z]+: [^⟩]*⟩|\\fbox\{nnwalk [a-z]+: [^}]*\})")


def _strip(text: str) -> str:
    return MARKER.sub("", text.split("\n", 1)[1])


def test_seed001_marked_copy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed = seed_doc("001")
    before = seed.read_bytes()
    out = tmp_path / "marked.txt"
    assert main(["verify", str(seed), "--annotate", str(out)]) == 1
    capsys.readouterr()
    marked = out.read_text(encoding="utf-8")
    assert marked.startswith("<!-- annotated by nnwalk verify")
    # a5 = 1/(1 + e^-0.1) = 0.52498 by hand; the seed prints 0.325
    assert "= 0.325 ⟨nnwalk error: should be 0.525 (its operands give 0.52498)⟩" in marked
    assert _strip(marked) == before.decode("utf-8")  # only insertions
    assert seed.read_bytes() == before
    # a second run may replace its own copy
    assert main(["verify", str(seed), "--annotate", str(out)]) == 1


def test_marked_math_stays_math(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "d.md"
    doc.write_text("Sum:\n\n$$0.5 + 0.25 = 0.85$$\n\nand $2 \\times 0.5 = 1.5$ inline.\n", encoding="utf-8")
    out = tmp_path / "m.md"
    assert main(["verify", str(doc), "--annotate", str(out)]) == 1
    capsys.readouterr()
    body = out.read_text(encoding="utf-8").split("\n", 1)[1]
    assert "$$0.5 + 0.25 = 0.85$$ ⟨nnwalk error: 0.85 should be 0.75" in body
    assert "$2 \\times 0.5 = 1.5$ ⟨nnwalk error: 1.5 should be 1.0" in body


def test_annotate_refuses_to_clobber(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "d.md"
    doc.write_text("$$1 + 1 = 3$$\n", encoding="utf-8")
    assert main(["verify", str(doc), "--annotate", str(doc)]) == 2
    assert "the document being checked" in capsys.readouterr().err
    assert doc.read_text(encoding="utf-8") == "$$1 + 1 = 3$$\n"
    theirs = tmp_path / "notes.md"
    theirs.write_text("mine\n", encoding="utf-8")
    assert main(["verify", str(doc), "--annotate", str(theirs)]) == 2
    assert "--force" in capsys.readouterr().err and theirs.read_text(encoding="utf-8") == "mine\n"
    assert main(["verify", str(doc), "--annotate", str(theirs), "--force"]) == 1
    assert "nnwalk" in theirs.read_text(encoding="utf-8")
    assert main(["verify", str(doc), str(doc), "--annotate", str(tmp_path / "x.md")]) == 2
    assert "exactly one" in capsys.readouterr().err


def test_markers_say_class_cause_and_the_value_at_the_documents_precision(tmp_path: Path) -> None:
    """Seed 004 with level 2: known mistakes and values that follow from them are marked too, each saying which."""
    seed = seed_doc("004")
    out = tmp_path / "marked.md"
    assert main(["verify", str(seed), "--annotate", str(out)]) == 1
    marked = out.read_text(encoding="utf-8")
    assert (
        "⟨nnwalk conceptual: -0.9471 should be -0.6743 (the softmax was skipped in the backward pass: δ = z − t was used"
        in marked
    )
    assert "⟨nnwalk propagated: " in marked and "follows correctly from the wrong value at line 925" in marked
    # printed with 4 decimals, so the value it should be is given with 4 (0.325683 -> 0.3257)
    assert "⟨nnwalk error: 0.3252 should be 0.3257 (its operands give 0.325683)⟩" in marked
