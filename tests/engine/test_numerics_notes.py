"""Saturation: huge net inputs compute stably, nothing prints nan/inf, and the document says what happened.

Oracle for the true derivatives: mpmath at 60 digits (a different library and formula than
nnwalk's Decimal computation).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import mpmath
import pytest

from generator.api import walkthrough
from generator.errors import SpecError
from generator.spec.load import parse_spec
from generator.verify.run import verify_text

mpmath.mp.dps = 60

ROOT = Path(__file__).resolve().parents[2]


def _spec(act: str, w1: float, loss: str = "half_sse", w2: float = 2.0):  # noqa: ANN202
    text = json.dumps(  # JSON is YAML
        {
            "title": "Saturation",
            "network": {"layers": [1, 1, 1], "activations": [act, "sigmoid"], "loss": loss},
            "parameters": {"weights": [[[w1]], [[w2]]]},
            "data": {"inputs": [[1.0]], "targets": [[0.5]]},
            "training": {"learning_rate": 0.5},
        }
    )
    return parse_spec(text, "<test>")


def _sci(x: mpmath.mpf) -> str:
    mant, exp = mpmath.nstr(x, 3, min_fixed=1, max_fixed=0).split("e")
    return rf"{float(mant):.2f} \times 10^{{{int(exp)}}}"


@pytest.mark.parametrize(
    ("act", "z", "true_prime"),
    [
        ("sigmoid", 800, lambda z: mpmath.exp(-z) / (1 + mpmath.exp(-z)) ** 2),
        ("sigmoid", -800, lambda z: mpmath.exp(z) / (1 + mpmath.exp(z)) ** 2),
        ("tanh", 40, lambda z: 1 - mpmath.tanh(z) ** 2),
    ],
)
def test_saturated_neuron_gets_a_note_with_its_true_derivative(act: str, z: float, true_prime) -> None:  # noqa: ANN001
    w = walkthrough(_spec(act, z), ("md", "tex"))
    md = str(w.documents["md"])
    for doc in (md, str(w.documents["tex"])):
        assert not re.search(r"\b(nan|inf|NaN|Infinity)\b", doc)
    assert md.count("**Numerical note.**") == 1
    note = md[md.index("**Numerical note.**") :].split("\n")[0]
    assert "is saturated" in note and "vanishing gradient" in note
    true = true_prime(mpmath.mpf(z))
    # either f' prints as 0 and the note gives its true value, or the policy prints the tiny value itself
    assert f"prints as $0.00000$ (its true value is ${_sci(true)}$)" in note or f"prints as ${_sci(true)}$." in note
    rep = verify_text(md, "<md>", "md", w.spec, 2)
    assert rep.errors == 0
    tex = str(w.documents["tex"])  # the handout carries the same note, word for word
    assert tex.count("\\paragraph{Numerical note.}") == 1 and note.removeprefix("**Numerical note.** ") in tex


def test_no_note_without_saturation() -> None:
    md = str(walkthrough(_spec("sigmoid", 0.8), ("md",)).documents["md"])
    assert "Numerical note" not in md


def test_fused_output_saturation_costs_no_gradient_and_gets_no_note() -> None:
    """sigmoid + BCE at the output: delta = a - t has no sigma' factor, so there is nothing to warn about there."""
    md = str(walkthrough(_spec("sigmoid", 0.3, "bce", w2=9.0), ("md",)).documents["md"])
    assert "Numerical note" not in md


@pytest.mark.parametrize("name", sorted(p.stem for p in (ROOT / "specs").glob("*.yaml")))
def test_bundled_outputs_have_no_false_note(name: str, fresh) -> None:  # noqa: ANN001
    md = fresh(name, "md").read_text(encoding="utf-8")
    assert "Numerical note" not in md


def _softmax_spec(z1: float, z2: float):  # noqa: ANN202
    text = json.dumps(
        {
            "title": "Large logits",
            "network": {"layers": [1, 2], "activations": ["softmax"], "loss": "cross_entropy"},
            "parameters": {"weights": [[[z1], [z2]]]},
            "data": {"inputs": [[1.0]], "targets": [[0, 1]]},  # the unlikely class: a loss of about 10
            "training": {"learning_rate": 0.5},
        }
    )
    return parse_spec(text, "<test>")


def test_softmax_with_huge_logits_subtracts_the_largest_and_says_so() -> None:
    w = walkthrough(_softmax_spec(800, 790), ("md", "tex", "json"))
    md = str(w.documents["md"])
    assert "is subtracted from each before exponentiating" in md
    for doc in w.documents.values():
        assert not re.search(r"\b(nan|inf|NaN|Infinity)\b", str(doc))
    p2 = mpmath.exp(-10) / (1 + mpmath.exp(-10))  # softmax([800, 790])[1], independently
    assert f"{float(p2):.2e}".replace("e-05", r" \times 10^{-5}") in md
    assert verify_text(md, "<md>", "md", w.spec, 2).errors == 0


def test_small_logits_are_not_shifted() -> None:
    md = str(walkthrough(_softmax_spec(0.8, 0.3), ("md",)).documents["md"])
    assert "subtracted from each" not in md


def test_log_of_zero_is_refused_with_a_clear_message() -> None:
    """sigmoid + BCE whose output prints as exactly 1: ln(1 - 1.00000) cannot be printed, so nnwalk says why."""
    spec = parse_spec(
        json.dumps(
            {
                "title": "Log of zero",
                "network": {"layers": [1, 1], "activations": ["sigmoid"], "loss": "bce"},
                "parameters": {"weights": [[[800]]]},
                "data": {"inputs": [[1.0]], "targets": [[0]]},
                "training": {"learning_rate": 0.5},
            }
        ),
        "<test>",
    )
    with pytest.raises(SpecError, match=r"ln 0 .*presentation\.rounding\.digits"):
        walkthrough(spec, ("md",))


def test_student_versions_leave_the_note_out() -> None:
    """The note prints the saturated neuron's values: a student version must not give them away."""
    w = walkthrough(_spec("sigmoid", 800), ("md", "tex"), student=True)
    assert "Numerical note" in str(w.documents["tex"])
    for kind in ("student.md", "student.tex"):
        assert "Numerical note" not in str(w.documents[kind])
