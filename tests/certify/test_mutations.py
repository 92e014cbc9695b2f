"""Planted errors in a rendered walkthrough are caught by the text checks (a) and (a').

The oracle is the mutation itself: a digit changed in a printed number makes the document
wrong, so verification of the mutated text must fail.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from generator import load_spec
from generator.certify import check_arithmetic, check_diagram_labels, check_table_values
from generator.engine.trace import build_trace
from generator.render.document import render_body, view_model

# A number as printed: not an index (after _{ or ^{( ) and not inside a name.
LITERAL = re.compile(r"(?<![_{(^0-9.a-zA-Z])-?[0-9]+\.[0-9]+")


@pytest.fixture(scope="module")
def doc(root: Path) -> tuple[object, str]:
    tr = build_trace(load_spec(root / "specs" / "example.yaml"))
    return tr, render_body("md", view_model(tr))


def _caught(tr: object, text: str) -> bool:
    return bool(
        check_arithmetic(text, "md", "M")[2]
        or check_table_values(tr, text, "md", "M")[2]  # type: ignore[arg-type]
        or check_diagram_labels(tr, text, "M")[2]  # type: ignore[arg-type]
    )


def test_clean_document_passes(doc: tuple[object, str]) -> None:
    tr, md = doc
    assert not _caught(tr, md)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "0.15 \\times 0.05 + 0.20 \\times 0.10 + 0.35 = 0.00750 + 0.02000 + 0.35",
            "0.15 \\times 0.05 + 0.20 \\times 0.10 + 0.36 = 0.00750 + 0.02000 + 0.35",
        ),
        ("0.20 \\times 0.10 = 0.02000", "0.20 \\times 0.12 = 0.02000"),  # a wrong operand in a product row
        ("| $0.37750$ |", "| $0.37751$ |"),  # forward table result cell
        ("= 0.59327\n", "= 0.59372\n"),  # transposed digits in an activation
        ("| $0.08217$ |", "| $0.08271$ |"),  # gradient value cell
        ('n0_1 -->|"0.20"| n1_0', 'n0_1 -->|"0.25"| n1_0'),  # a diagram edge label
    ],
)
def test_planted_error_is_caught(doc: tuple[object, str], old: str, new: str) -> None:
    tr, md = doc
    assert old in md
    assert _caught(tr, md.replace(old, new, 1))


def test_random_digit_changes_are_caught(doc: tuple[object, str]) -> None:
    tr, md = doc
    spots = [m.start() + k for m in LITERAL.finditer(md) for k, ch in enumerate(m.group(0)) if ch.isdigit()]
    rng = random.Random(11)
    missed = []
    trials = 150
    for _ in range(trials):
        p = rng.choice(spots)
        new = rng.choice([d for d in "0123456789" if d != md[p]])
        mutated = md[:p] + new + md[p + 1 :]
        if not _caught(tr, mutated):
            missed.append(mutated[max(0, p - 60) : p + 20])
    # A handful can be truly invisible (a changed operand whose product still rounds the same).
    assert len(missed) <= trials * 0.05, missed


def test_a_later_steps_value_in_step_one_tables_is_caught(root: Path) -> None:
    text = (root / "specs" / "example.yaml").read_text().replace("steps: 1", "steps: 2")
    from generator.spec.load import parse_spec

    tr = build_trace(parse_spec(text))
    md = render_body("md", view_model(tr))
    first, second = tr.steps[0].loss.result.latex, tr.steps[1].loss.result.latex
    row = f"| ${tr.steps[0].loss.name}$ | ${first}$ |"
    assert row in md and not _caught(tr, md)
    assert _caught(tr, md.replace(row, f"| ${tr.steps[0].loss.name}$ | ${second}$ |"))
