"""Property tests: check_text never raises, not even inside (where it would swallow it), and stays fast on garbage."""

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from paths import all_seeds

from generator.check import CheckReport, check_text

PIECES = [
    "$",
    "$$",
    "\\[",
    "\\]",
    "\\(",
    "\\)",
    "=",
    "&=",
    "\\\\",
    "&",
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    "\\frac",
    "\\sigma",
    "e^",
    "^",
    "_",
    "0.5",
    "-0.3",
    "1",
    "10",
    "\\times",
    "\\cdot",
    "+",
    "-",
    "\\begin{bmatrix}",
    "\\end{bmatrix}",
    "\\begin{aligned}",
    "\\end{aligned}",
    "\\left(",
    "\\right)",
    "\\text{",
    "\\quad",
    ",",
    "\n",
    " ",
    "```",
    "|",
    "x",
    "\\approx",
    "\\boxed{",
    "\\max(",
    "\\sqrt",
    "\\tag{1}",
    "%",
    "\\",
    "1.88e-4",
    "^{\\top}",
    "\\odot",
    "\\ln",
    "'",
]


SEED = all_seeds()[0].read_text(encoding="utf-8")  # seed 000: the document the mutations start from


def no_internal_error(rep: CheckReport) -> None:
    """check_text catches every exception so that a document never sinks the report; here none may have happened."""
    internal = [s.reason for s in rep.skipped if s.reason.startswith("internal")]
    assert internal == [], internal


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=60), st.sampled_from(["md", "tex", "auto"]))
def test_random_token_soup_never_raises(parts: list[str], fmt: str) -> None:
    text = "".join(parts)
    t0 = time.perf_counter()
    rep = check_text(text, fmt)
    assert time.perf_counter() - t0 < 30.0  # hang guard (milliseconds idle), not a speed goal
    assert rep.checked == rep.ok + rep.rounding + rep.errors
    no_internal_error(rep)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_random_unicode_never_raises(text: str) -> None:
    no_internal_error(check_text(text))
    no_internal_error(check_text(text, "tex"))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_document_never_raises(data: st.DataObject) -> None:
    text = SEED
    for _ in range(data.draw(st.integers(1, 6))):
        i = data.draw(st.integers(0, len(text)))
        j = data.draw(st.integers(i, min(len(text), i + 40)))
        op = data.draw(st.sampled_from(["delete", "insert", "duplicate", "replace"]))
        if op == "delete":
            text = text[:i] + text[j:]
        elif op == "duplicate":
            text = text[:j] + text[i:j] + text[j:]
        else:
            piece = data.draw(st.sampled_from(PIECES))
            text = text[:i] + piece + (text[i:] if op == "insert" else text[j:])
    t0 = time.perf_counter()
    rep = check_text(text)
    assert time.perf_counter() - t0 < 30.0  # hang guard (milliseconds idle), not a speed goal
    no_internal_error(rep)


def test_seed_itself_has_no_internal_error() -> None:
    rep = check_text(SEED)
    assert rep.checked > 50  # the real document, not a stand-in
    no_internal_error(rep)


def test_deep_nesting_and_huge_powers() -> None:
    no_internal_error(check_text("$" + "{" * 5000 + "1" + "}" * 5000 + " = 1$"))
    no_internal_error(check_text("$" + "(" * 3000 + "1" + ")" * 3000 + " = 1$"))
    rep = check_text("$10^{10^{10}} = 1$ $e^{100000} = 1$ $(-1)^{0.5} = 1$ $\\frac{1}{0} = 1$")
    assert rep.errors + rep.not_checked + rep.rounding >= 3
    no_internal_error(rep)
