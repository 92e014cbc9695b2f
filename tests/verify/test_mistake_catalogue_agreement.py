"""A diagnosis and a distractor are one computation: what an exam offers as a mistake, ``verify`` names as that mistake.

Every mistake value the exam gives a question (``Answer.mistakes``, from the catalogue) is
printed as that quantity's value and judged by level 2 against the same network: the verdict
must be ``conceptual`` with one of the ids the exam attached to it. And every id that
``verify`` can write into a report (level 2, the carried stale weights of level 1, a
notebook's code) must be an entry of the catalogue.
"""

from __future__ import annotations

import ast
from decimal import Decimal
from pathlib import Path

import pytest

from generator.check import carry
from generator.engine.mistakes import CATALOGUE
from generator.engine.trace import build_trace
from generator.exam.draw import draw_variants, variant_spec
from generator.exam.variant import _answers
from generator.spec.variants import load_template
from generator.verify.match import Item, judge, truth_of

ROOT = Path(__file__).resolve().parents[2]
KEYS = {"z": "z", "a": "a", "delta": "delta", "grad_w": "gw", "grad_b": "gb", "new_w": "new_w", "new_b": "new_b"}


@pytest.mark.parametrize("seed", [3, 11])
def test_every_exam_mistake_value_is_diagnosed_as_that_mistake(seed: int) -> None:
    t = load_template(ROOT / "specs" / "exam" / "exam_seed002.yaml")
    checked = 0
    for d in draw_variants(t, seed, 6):
        spec = variant_spec(t, d.numbers, d.variant)
        truth = truth_of(spec)
        for a in _answers(t, build_trace(spec)):
            q = a.question
            if q.kind not in KEYS:
                continue
            key = (KEYS[q.kind], q.idx[0], *(i - 1 for i in q.idx[1:]))
            for m in a.mistakes:
                if m.shown.sci:
                    continue  # 7.72e-5: three significant digits, too coarse to tell two mistakes apart
                half = float(m.shown.half_unit)
                item = Item(10, a.name, m.value, float(Decimal(m.value)), half, [key])
                (verdict,) = judge([item], truth, set()).items
                assert verdict.klass == "conceptual" and verdict.mistake in m.ids, (d.variant, q.ask, m.ids, verdict)
                checked += 1
    assert checked >= 6 * 4 * 3  # several mistakes for each backward question of every variant


def test_every_id_verify_writes_is_in_the_catalogue() -> None:
    assert carry.STALE_WEIGHTS in CATALOGUE
    source = ROOT / "generator" / "verify" / "codecheck.py"
    tree = ast.parse(source.read_text(encoding="utf-8"))
    written = set()
    for node in ast.walk(tree):  # out[where] = (why, fix, "id")
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Tuple) and len(node.value.elts) == 3:
            last = node.value.elts[2]
            if isinstance(last, ast.Constant) and isinstance(last.value, str):
                written.add(last.value)
    assert len(written) >= 6 and written <= set(CATALOGUE), written - set(CATALOGUE)
