"""Softmax written with an arrow or in words (``generator.check.arrows``): read as ``softmax([…]) = […]``.

Expected probabilities are worked here with ``math.exp`` (an oracle apart from nnwalk's evaluator); each form
is tried with a right and a wrong right-hand list, and each guard with a list that would be wrong if read.
"""

from __future__ import annotations

import math

import pytest

from generator.check import check_text


def softmax(xs: list[float]) -> list[float]:
    m = max(xs)
    e = [math.exp(x - m) for x in xs]
    return [v / sum(e) for v in e]


def wrong_lines(page: str) -> list[int]:
    return sorted({f.line for f in check_text(page, "md").findings if f.klass in ("error", "propagated")})


def checked(page: str) -> int:
    return sum(1 for f in check_text(page, "md").findings)


# softmax([2.0, 1.0, 0.1]) = [0.6590, 0.2424, 0.0986]; softmax([1, 2, 10]) = [0.000123, 0.000335, 0.999542]
assert [round(p, 2) for p in softmax([2.0, 1.0, 0.1])] == [0.66, 0.24, 0.10]
assert [round(p, 2) for p in softmax([2.5, 5.0, 7.5])] == [0.01, 0.08, 0.92]
assert [round(p, 3) for p in softmax([-0.8, 1.1, 0.1])] == [0.099, 0.659, 0.242]
assert [round(p, 4) for p in softmax([1, 2, 10])] == [0.0001, 0.0003, 0.9995]
# softmax([1, 1, 1, 0.5, 1, 0.5]): e / (4e + 2√e) = 0.1918, √e / (4e + 2√e) = 0.1163
assert [round(p, 3) for p in softmax([1, 1, 1, 0.5, 1, 0.5])] == [0.192, 0.192, 0.192, 0.116, 0.192, 0.116]

FORMS = [
    # an arrow under a line naming softmax, in a code fence (an attention post)
    (
        '```python\nSoftmax(attention scores for "cat"):\n[1.0, 1.0, 1.0, 0.5, 1.0, 0.5] -> {p}\n```\n',
        "[0.192, 0.192, 0.192, 0.116, 0.192, 0.116]",
        "[0.217, 0.217, 0.217, 0.132, 0.217, 0.132]",
        3,
    ),
    # logits → probs, the map unnamed but plain (a study note in Japanese)
    ("```\n例:\nlogits = [1, 2, 10]   → probs = {p}\n```\n", "[0.0001, 0.0003, 0.9995]", "[0.0001, 0.0002, 0.9997]", 3),
    # "Softmax gives", its input the list of the line before
    ("```\nIf outputs are [2.0, 1.0, 0.1]\nSoftmax gives {p}\n```\n", "[0.66, 0.24, 0.10]", "[0.65, 0.24, 0.11]", 3),
    # "Softmax =" after the line that scales the scores (softmax([2.5, 5.0, 7.5]) = [0.0062, 0.0754, 0.9184])
    (
        "* Scores become `[10/4, 20/4, 30/4] = [2.5, 5.0, 7.5]`\n* Softmax = `{p}`\n",
        "[0.01, 0.08, 0.92]",
        "[0.02, 0.12, 0.86]",
        2,
    ),
    # the arrow and the name on one line, in prose
    ("The softmax maps [2.0, 1.0, 0.1] → {p}.\n", "[0.66, 0.24, 0.10]", "[0.70, 0.20, 0.10]", 1),
    # an arrow drawn down a fence around a line that names the map in two words (a Vietnamese course note)
    (
        "```\nLogits:          [1, 2, 10]\n    ↓\nSoftmax transformation\n    ↓\nProbabilities:   {p}\n```\n",
        "[0.0001, 0.0003, 0.9995]",
        "[0.0001, 0.0336, 0.9645]",
        6,
    ),
]


@pytest.mark.parametrize(("page", "right", "wrong", "line"), FORMS)
def test_a_softmax_written_with_an_arrow_or_in_words_is_checked(page: str, right: str, wrong: str, line: int) -> None:
    assert wrong_lines(page.replace("{p}", right)) == []
    assert checked(page.replace("{p}", right)) > 0  # read, and found right
    assert wrong_lines(page.replace("{p}", wrong)) == [line]


def test_restatements_of_a_wrong_softmax_are_followed() -> None:
    page = (
        "Softmax of the scores:\n\n[1.0, 1.0, 1.0, 0.5, 1.0, 0.5] -> [0.217, 0.217, 0.217, 0.132, 0.217, 0.132]\n\n"
        "The weights 0.217 and 0.132 then scale the values.\n"
    )
    found = {(f.line, f.klass) for f in check_text(page, "md").findings if f.klass in ("error", "propagated")}
    assert (3, "error") in found and (5, "propagated") in found


@pytest.mark.parametrize(
    "page",
    [
        "Softmax with temperature T = 2: [2.0, 1.0, 0.1] -> [0.65, 0.24, 0.11]\n",  # another map
        "Softmax: [2.0, 1.0, 0.1] -> [0.65, 0.35]\n",  # not as many entries
        "Softmax: [2.0, 1.0, 0.1] -> [6.5, 2.4, 1.1]\n",  # no probabilities
        "Softmax comes later.\n\n\n\nScores: [2.0, 1.0, 0.1] -> [0.65, 0.24, 0.11]\n",  # no softmax named near it
        "```\nIf outputs are [2.0, 1.0, 0.1] or [1.0, 2.0, 0.5]\nSoftmax gives [0.65, 0.24, 0.11]\n```\n",  # which input?
        # a summary table's row: what the step printed, not a map from the row above
        "| 1 | logits | `[-0.8, 1.1, 0.1]` |\n| 2 | Apply softmax | `y_pred = [0.098, 0.659, 0.242]` |\n",
    ],
)
def test_a_pair_of_lists_is_not_read_as_softmax_without_its_name_or_when_it_cannot_be(page: str) -> None:
    assert check_text(page, "md").findings == []


def test_a_softmax_in_math_is_left_to_the_math_reader() -> None:
    for page in (
        "$$\\mathrm{softmax}([2.0, 1.0, 0.1]) = [0.65, 0.24, 0.11]$$\n",
        "$$\\text{softmax}: [2.0, 1.0, 0.1] → [0.65, 0.24, 0.11], \\quad \\text{softmax}([2.0, 1.0, 0.1]) = [0.65, 0.24, 0.11]$$\n",
        # a display over lines: the line with the arrow lies inside a chunk that starts on the line before
        "Softmax:\n$$\n\\text{softmax}: [2.0, 1.0, 0.1] → [0.65, 0.24, 0.11], \\quad "
        "\\text{softmax}([2.0, 1.0, 0.1]) = [0.65, 0.24, 0.11]\n$$\n",
    ):
        once = [(f.line, f.printed) for f in check_text(page, "md").findings if f.klass == "error"]
        assert once and len(once) == len(set(once)), once
