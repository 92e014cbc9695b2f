"""A whole run builds variants while the parent draws the next ones; a draw that fails stops everything cleanly.

Expectations from counting: a template whose only drawn weights are each 0.1 or 0.2 has at most
four different networks, so with ``distinct_answers`` variant 5 cannot be drawn, however many
variants were already handed to the workers.
"""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from generator.errors import SpecError
from generator.exam.draw import draw_variants
from generator.exam.run import build_all, generate
from generator.spec.variants import load_template

FOUR_NETWORKS = """
title: t
network: {layers: [1, 2, 1], activations: [sigmoid, sigmoid], loss: half_sse}
parameters:
  weights:
    - [[0.1], [0.2]]
    - [[0.3, 0.4]]
data: {inputs: [1.0], targets: [0.5]}
training: {learning_rate: 0.5}
variants:
  draw:
    parameters.weights[0]: {choose: [0.1, 0.2]}
  constraints: {distinct_answers: true}
  max_draws: 200
exam:
  questions: [{ask: "a[2][1]"}, {ask: "grad_w[1][1][1]"}]
"""


def test_a_draw_that_fails_while_earlier_variants_build_stops_the_workers(tmp_path: Path) -> None:
    spec = tmp_path / "four.yaml"
    spec.write_text(FOUR_NETWORKS, encoding="utf-8")
    with pytest.raises(SpecError) as exc:
        generate(spec, 12, 7, ("md", "json"), jobs=2)
    assert "variant 5" in exc.value.message and "distinct_answers" in exc.value.message
    assert multiprocessing.active_children() == []  # no worker left running (or building variants 1-4)


def test_a_generator_of_draws_builds_what_the_list_builds(tmp_path: Path) -> None:
    spec = tmp_path / "four.yaml"
    spec.write_text(FOUR_NETWORKS, encoding="utf-8")
    t = load_template(spec)
    drawn = draw_variants(t, 7, 4)
    listed = build_all(t, drawn, ("md", "json"), 2)
    streamed = build_all(t, (d for d in drawn), ("md", "json"), 2, count=4)
    assert [b.variant for b in streamed] == [1, 2, 3, 4]
    assert [b.files for b in streamed] == [b.files for b in listed]
