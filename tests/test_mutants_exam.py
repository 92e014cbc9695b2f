"""Tests that kill the mutants of tools/mutants.toml's exam group, each against an independent expectation.

The expectations are the constraints' own definitions recomputed here with NumPy (a tanh net
input inside sigmoid_input, a ReLU's z > 0), counting arguments (two possible draws cannot make
three distinct variants), tolerances derived by hand, and HTML/XML escaping written out.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from decimal import Decimal

import numpy as np
import pytest

from generator.errors import SpecError
from generator.exam.draw import draw_numbers, draw_variants, substitute
from generator.exam.lms.common import cdata, m
from generator.exam.lms.moodle import cloze_escape
from generator.exam.variant import Answer, tolerance
from generator.numfmt import Num
from generator.spec.variants import Question, parse_template

ONE_HIDDEN = """
title: t
network: {{layers: [1, 2, 1], activations: [{act}, sigmoid], loss: half_sse}}
parameters:
  weights:
    - [[0.1], [0.2]]
    - [[0.3, 0.4]]
data: {{inputs: [1.0], targets: [0.5]}}
training: {{learning_rate: 0.5}}
variants:
  draw:
    parameters.weights[0]: {{choose: {choices}}}
  constraints: {constraints}
  max_draws: 200
exam:
  questions: [{{ask: "a[2][1]"}}]
"""


def _template(act: str, choices: str, constraints: str):  # noqa: ANN202
    return parse_template(ONE_HIDDEN.format(act=act, choices=choices, constraints=constraints))


def _hidden_z(numbers: dict[str, str]) -> np.ndarray:
    """The hidden net inputs z = W x with x = 1.0 (no biases): the drawn weights themselves."""
    w = np.array([float(numbers["parameters.weights[0][0][0]"]), float(numbers["parameters.weights[0][1][0]"])])
    return w * 1.0


def test_every_drawn_number_is_substituted() -> None:
    # one value to choose from, different from the template's 0.1 and 0.2: every weight must become it
    t = _template("sigmoid", "[0.7]", "{distinct_answers: false}")
    data = substitute(t, draw_numbers(t, 1, 1, 0))
    assert [[float(w) for w in row] for row in data["parameters"]["weights"][0]] == [[0.7], [0.7]]
    assert [[w.src for w in row] for row in data["parameters"]["weights"][0]] == [["0.7"], ["0.7"]]


def test_distinct_answers_remembers_every_accepted_variant() -> None:
    # each weight is 0.1 or 0.2: at most 4 different networks, so at most 4 distinct answer sets
    t = _template("sigmoid", "[0.1, 0.2]", "{distinct_answers: true}")
    drawn = draw_variants(t, 7, 4)
    assert len({d.fingerprint for d in drawn}) == 4
    assert len({tuple(sorted(d.numbers.items())) for d in drawn}) == 4
    with pytest.raises(SpecError, match="distinct_answers"):
        draw_variants(t, 7, 5)  # a fifth variant would repeat one of the four


def test_sigmoid_input_also_bounds_tanh_neurons() -> None:
    t = _template("tanh", "[0.1, 0.3, 2.0, 3.0]", "{sigmoid_input: [-1, 1], distinct_answers: false}")
    drawn = draw_variants(t, 11, 8)
    for d in drawn:
        z = _hidden_z(d.numbers)
        assert np.all(np.abs(z) <= 1), (d.variant, z)


def test_a_relu_with_z_exactly_zero_is_dead() -> None:
    t = _template("relu", "[0.0, 0.5]", "{allow_dead_relu: false, distinct_answers: false}")
    drawn = draw_variants(t, 3, 6)
    for d in drawn:
        assert np.all(_hidden_z(d.numbers) > 0), d.numbers  # z = 0 gives no gradient: rejected
    # the only network left has both weights 0.5
    assert {tuple(sorted(d.numbers.values())) for d in drawn} == {("0.5", "0.5")}


# ---------------------------------------------------------------- tolerances


def _shown(value: str, half: str) -> Num:
    return Num(Decimal(value), Decimal(value), value, 0, Decimal(half))


def test_tolerance_is_rounded_up_to_two_significant_digits() -> None:
    # displayed 0.12345 (half unit 0.000005), exact 0.1234573: 0.000005 + 0.0000073 = 0.0000123,
    # rounded *up* to two significant digits: 0.000013 (half-even would give 0.000012 < 0.0000123)
    shown = _shown("0.12345", "0.000005")
    assert tolerance(shown, 0.1234573) == Decimal("0.000013")
    # exact 0.12345 itself: only the half unit, already two digits... one digit: 0.0000050
    assert tolerance(shown, 0.12345) == Decimal("0.0000050")
    # exact 0.1234621: 0.000005 + 0.0000121 = 0.0000171 -> 0.000018
    assert tolerance(shown, 0.1234621) == Decimal("0.000018")


def test_the_accepted_range_is_answer_plus_minus_tolerance() -> None:
    q = Question("q1", "z[1][1]", "z", (1, 1), "1")
    a = Answer(q, "z_1", "the net input", _shown("0.12345", "0.000005"), 0.1234573, Decimal("0.000013"))
    assert (a.low, a.value, a.high, a.tol) == ("0.123437", "0.12345", "0.123463", "0.000013")


# ---------------------------------------------------------------- LMS text


def test_inline_math_is_html_escaped() -> None:
    assert m(r"a < b \text{ & } c > 0") == r"\(a &lt; b \text{ &amp; } c &gt; 0\)"


def test_cloze_gap_characters_are_escaped() -> None:
    assert cloze_escape("a#b}c~d") == r"a\#b\}c\~d"


@pytest.mark.parametrize("text", ["plain", "a ]]> b", "]]>]]>", "x]]"])
def test_cdata_holds_any_text(text: str) -> None:
    assert ET.fromstring("<t>" + cdata(text) + "</t>").text == text


def test_an_answer_with_exactly_min_significant_digits_is_accepted() -> None:
    # z = w * 1.0 with w 0.2 or 0.3, shown to 2 decimals: "0.20" or "0.30", two significant digits each
    t = parse_template(
        """
title: t
network: {layers: [1, 1], activations: [linear], loss: half_sse}
parameters: {weights: [[[0.2]]]}
data: {inputs: [1.0], targets: [0.5]}
presentation: {rounding: {style: decimals, digits: 2}}
variants:
  draw: {parameters.weights: {choose: [0.2, 0.3]}}
  constraints: {min_significant: 2, distinct_answers: false}
  max_draws: 50
exam: {questions: [{ask: "z[1][1]"}]}
"""
    )
    drawn = draw_variants(t, 5, 3)
    assert {d.fingerprint for d in drawn} <= {("0.20",), ("0.30",)}
    assert all(sum(d.rejected.values()) == 0 for d in drawn)


def test_a_grid_includes_its_max() -> None:
    text = ONE_HIDDEN.format(act="sigmoid", choices="[0.1]", constraints="{}").replace(
        "{choose: [0.1]}", "{min: -0.2, max: 0.3, step: 0.1, nonzero: true}"
    )
    t = parse_template(text)
    # -0.2, -0.1, 0.0, 0.1, 0.2, 0.3 without the zero
    assert t.rules[0].values == ("-0.2", "-0.1", "0.1", "0.2", "0.3")


def test_distinct_with_exactly_enough_values_is_allowed() -> None:
    # weights[0] holds two numbers and the rule offers two values: each variant uses both, once each
    text = ONE_HIDDEN.format(act="sigmoid", choices="[0.1, 0.2]", constraints="{distinct_answers: false}").replace(
        "{choose: [0.1, 0.2]}", "{choose: [0.1, 0.2], distinct: true}"
    )
    tpl = parse_template(text)
    for d in draw_variants(tpl, 9, 3):
        assert sorted(d.numbers.values()) == ["0.1", "0.2"]


def test_a_drawn_zero_prints_without_a_minus_sign() -> None:
    text = ONE_HIDDEN.format(act="sigmoid", choices="[-0.0, 0.5, -0.25]", constraints="{}")
    assert parse_template(text).rules[0].values == ("0.0", "0.5", "-0.25")


# ---------------------------------------------------------------- manifest and report


def _built(answers: list[tuple[str, str]]) -> list:  # noqa: ANN201 - one variant per (answer, tolerance)
    from generator.exam.draw import Drawn
    from generator.exam.variant import Built

    drawn, built = [], []
    for v, (ans, tol) in enumerate(answers, start=1):
        numbers = {"parameters.weights[0][0][0]": "0.1", "parameters.weights[0][1][0]": "0.2"}
        drawn.append(Drawn(v, 1, 0, numbers, (ans,)))
        row = {"id": "q1", "answer": ans, "tolerance": tol, "low": "?", "high": "?", "exact": 0.0, "mistakes": []}
        built.append(Built(v, f"S1-V{v:03d}", {}, [row], numbers))
    return [drawn, built]


def test_the_manifest_csv_lists_each_tolerance_under_its_column() -> None:
    import csv
    import io

    from generator.exam.run import manifest

    t = _template("sigmoid", "[0.1, 0.2]", "{}")
    drawn, built = _built([("0.61234", "0.000013"), ("0.59876", "0.000021")])
    _js, text = manifest(t, 1, drawn, built)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [(r["q1"], r["q1_tolerance"]) for r in rows] == [("0.61234", "0.000013"), ("0.59876", "0.000021")]


def test_the_report_counts_the_extra_copies_of_an_answer_set() -> None:
    from generator.exam.run import report

    t = _template("sigmoid", "[0.1, 0.2]", "{}")
    drawn, built = _built([("0.5", "0.1"), ("0.5", "0.1"), ("0.5", "0.1"), ("0.7", "0.1")])
    # three variants share one answer set: two of them repeat another
    assert "variants with exactly the same answers as another: 2\n" in report(t, 1, drawn, built)


def test_only_may_name_the_last_variant(tmp_path) -> None:  # noqa: ANN001
    from generator.exam.run import generate

    spec = tmp_path / "e.yaml"
    spec.write_text(ONE_HIDDEN.format(act="sigmoid", choices="[0.1, 0.2]", constraints="{}"), encoding="utf-8")
    _t, files, _report = generate(spec, 2, 1, ("json",), only=2, jobs=1)
    assert list(files) == ["e_v002_key.json"]


def test_the_worked_solution_is_html_escaped() -> None:
    from generator.engine.trace import build_trace
    from generator.exam.lms.common import solution_html
    from generator.spec.load import validate

    spec = validate(
        {
            "title": "t",
            "network": {"layers": [1, 2, 1], "activations": ["relu", "sigmoid"], "loss": "half_sse"},
            "parameters": {"weights": [[[0.5], [-0.5]], [[0.3, 0.4]]]},
            "data": {"inputs": [1.0], "targets": [0.5]},
            "training": {"learning_rate": 0.5},
        }
    )
    html = solution_html(build_trace(spec))
    # ReLU's derivative line says "since z > 0" (z = 0.5): in HTML text that ">" is written &gt;
    assert "&gt; 0" in html
    stripped = html.replace("<p>", "").replace("</p>", "")
    assert not any(ch in stripped for ch in "<>"), "a raw < or > is left in the HTML text"
    assert ET.fromstring("<div>" + html + "</div>") is not None
