"""Fuzzing the two doors untrusted text comes through: spec loading and ``verify`` (both levels).

Property: whatever the bytes, the only exception is our own (``NnwalkError``), never a
traceback. Inputs are random text, and mutations of real inputs (a good spec, nnwalk's own
Markdown, a seed), because mutations reach the deep code paths random text never does.
HYPOTHESIS_PROFILE=deep runs 400 examples per property instead of 25.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from generator.errors import NnwalkError
from generator.spec.load import load_spec, parse_spec
from generator.verify.docnet import read_network
from generator.verify.match import match_document

ROOT = Path(__file__).resolve().parent.parent
GOOD_SPEC = (ROOT / "specs" / "example.yaml").read_text(encoding="utf-8")
OWN_DOC = (ROOT / "output" / "seed000.md").read_text(encoding="utf-8")[:6000]
SPEC = load_spec(ROOT / "specs" / "seed000.yaml")
YAML_BITS = [
    "[",
    "]",
    "{",
    "}",
    ":",
    "-",
    " ",
    "\n",
    "&a",
    "*a",
    "!!python/object",
    "0.5",
    "-3",
    "1e400",
    ".nan",
    "'",
    '"',
    "#",
    "?",
    "|",
]


@st.composite
def mutated(draw: st.DrawFn, base: str, bits: list[str]) -> str:
    text = base
    for _ in range(draw(st.integers(1, 6))):
        i = draw(st.integers(0, len(text)))
        op = draw(st.sampled_from(["insert", "delete", "replace"]))
        piece = draw(st.sampled_from(bits) | st.text(max_size=4))
        j = min(len(text), i + draw(st.integers(1, 12)))
        if op == "insert":
            text = text[:i] + piece + text[i:]
        elif op == "delete":
            text = text[:i] + text[j:]
        else:
            text = text[:i] + piece + text[j:]
    return text


def _load(text: str) -> None:
    try:
        parse_spec(text, "<fuzz>")
    except NnwalkError:
        pass


@given(st.text(max_size=400))
def test_spec_loading_random_text(text: str) -> None:
    _load(text)


@given(mutated(GOOD_SPEC, YAML_BITS))
def test_spec_loading_mutated_spec(text: str) -> None:
    _load(text)


DOC_BITS = [
    "$$",
    "$",
    "=",
    "\\frac{",
    "}",
    "{",
    "W^{(1)} = \\begin{bmatrix}",
    "\\end{bmatrix}",
    "z_1^{(1)}",
    "\\delta",
    "|",
    "\n",
    "0.",
    "-",
    "e^{",
    "\\sigma(",
]


@given(mutated(OWN_DOC, DOC_BITS))
def test_level2_on_mutated_documents(text: str) -> None:
    match_document(text, "md", SPEC, set())
    read_network(text, "md")


@given(st.lists(st.sampled_from(DOC_BITS + ["0.5", "1", "x", " ", "h_1", "w_5", "\\partial"]), max_size=60).map("".join))
def test_level2_on_random_documents(text: str) -> None:
    match_document(text, "md", SPEC, set())
    read_network(text, "md")
