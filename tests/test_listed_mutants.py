"""Tests for the plausible bugs issue 20 lists as surviving the suite (one or more tests per bug).

Each test was checked by planting its bug: it fails with the bug and passes without it. The
expected values come from outside the code under test: numbers worked by hand (the arithmetic
is in the comments), NumPy recomputations from the definitions, explicit Jacobians, counts that
follow from a network's size, or a pigeonhole argument.
"""

from __future__ import annotations

import math
import os
import stat
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest

from generator.errors import SpecError

# ---------------------------------------------------------------- exam variants (spec/variants.py, exam/draw.py)

EXAM = Path(__file__).resolve().parent.parent / "specs" / "exam" / "exam_seed002.yaml"


def _template(text: str):  # noqa: ANN202
    from generator.spec.variants import parse_template

    return parse_template(text, "t.yaml")


def _at(data: dict, tokens: tuple) -> object:
    node = data
    for tok in tokens:
        node = node[tok]
    return node


def test_every_drawn_number_is_substituted_including_each_rules_first() -> None:
    """Guards: 'the first drawn number of every draw rule is not substituted (the template's value is kept)'."""
    from generator.exam.draw import draw_numbers, substitute
    from generator.spec.variants import load_template, path_text

    t = load_template(EXAM)
    for variant in range(1, 6):
        numbers = draw_numbers(t, 5, variant, 0)
        data = substitute(t, numbers)
        for _rule, paths in t.leaves:
            for p in paths:
                assert _at(data, p).src == numbers[path_text(p)], (variant, path_text(p))
    # the check above only bites where a rule's first number differs from the template's: it does here
    numbers = draw_numbers(t, 5, 1, 0)
    firsts = [paths[0] for _rule, paths in t.leaves]
    assert any(Decimal(numbers[path_text(p)]) != Decimal(repr(float(_at(t.base, p)))) for p in firsts)


ONE_CHOICE = """
title: Two possible exams
network: {layers: [1, 1], activations: [sigmoid], loss: half_sse}
parameters:
  weights: [[[0.5]]]
data: {inputs: [1.0], targets: [0.5]}
variants:
  draw:
    parameters.weights[0]: [0.3, 0.6]
  constraints: {distinct_answers: true, min_significant: 0}
  max_draws: 60
exam:
  questions: [{ask: "a[1][1]"}]
"""


def test_distinct_answers_remembers_every_accepted_variant() -> None:
    """Guards: '`distinct_answers` never remembers accepted answers'.

    The only drawn number has two values, so there are exactly two different exams: sigma(0.3) = 0.57444
    and sigma(0.6) = 0.64566. Two variants must be those two; a third cannot exist (pigeonhole).
    """
    from generator.exam.draw import draw_variants

    t = _template(ONE_CHOICE)
    two = draw_variants(t, 3, 2)
    assert sorted(d.numbers["parameters.weights[0][0][0]"] for d in two) == ["0.3", "0.6"]
    assert len({d.fingerprint for d in two}) == 2
    with pytest.raises(SpecError, match="variant 3: none of 60 draws met the constraints"):
        draw_variants(t, 3, 3)


TANH_HIDDEN = """
title: Tanh hidden layer
network: {layers: [2, 2, 1], activations: [tanh, sigmoid], loss: half_sse}
parameters:
  weights:
    - [[0.1, 0.2], [0.3, -0.4]]
    - [[0.7, -0.8]]
data: {inputs: [1.0, 1.0], targets: [0.8]}
variants:
  draw:
    parameters.weights[0]: {min: -1, max: 1, step: 0.1}
    parameters.weights[1]: {min: -1, max: 1, step: 0.1}
  constraints: {sigmoid_input: [-0.5, 0.5], min_significant: 0, distinct_answers: false}
exam:
  questions: [{ask: "a[2][1]"}]
"""


def test_sigmoid_input_constraint_bounds_tanh_neurons_too() -> None:
    """Guards: 'the `sigmoid_input` constraint is not applied to tanh neurons'.

    The tanh layer's net inputs are recomputed here with NumPy (z = W1 x, x = (1, 1)): each must lie in [-0.5, 0.5].
    """
    from generator.exam.draw import draw_variants, substitute

    t = _template(TANH_HIDDEN)
    drawn = draw_variants(t, 2, 8)
    assert sum(d.rejected.get("sigmoid_input", 0) for d in drawn) > 0
    for d in drawn:
        spec = substitute(t, d.numbers)
        W1 = np.array(spec["parameters"]["weights"][0], dtype=float)
        z1 = W1 @ np.array([1.0, 1.0])
        W2 = np.array(spec["parameters"]["weights"][1], dtype=float)
        z2 = W2 @ np.tanh(z1)
        assert np.all(np.abs(z1) <= 0.5 + 1e-12), (d.variant, z1)
        assert np.all(np.abs(z2) <= 0.5 + 1e-12), (d.variant, z2)


DEAD_RELU = """
title: A ReLU that may be dead
network: {layers: [2, 1, 1], activations: [relu, sigmoid], loss: half_sse}
parameters:
  weights:
    - [[0.5, 0.5]]
    - [[0.7]]
data: {inputs: [1.0, 1.0], targets: [0.5]}
variants:
  draw:
    parameters.weights[0]: [-0.5, 0.5]
    parameters.weights[1]: {min: 0.1, max: 0.9, step: 0.1}
  constraints: {allow_dead_relu: false, min_significant: 0, distinct_answers: false}
exam:
  questions: [{ask: "a[2][1]"}]
"""


def test_a_relu_with_net_input_exactly_zero_is_dead() -> None:
    """Guards: '`allow_dead_relu` does not treat z = 0 as dead'.

    z = w1 + w2 with w in {-0.5, 0.5}: -1, 0 (half the draws) or 1. Only z = 1 may be accepted.
    """
    from generator.exam.draw import draw_variants, substitute

    t = _template(DEAD_RELU)
    drawn = draw_variants(t, 1, 8)
    assert sum(d.rejected.get("allow_dead_relu", 0) for d in drawn) > 0
    for d in drawn:
        w = substitute(t, d.numbers)["parameters"]["weights"][0][0]
        assert float(w[0]) + float(w[1]) == 1.0, d.numbers


# ---------------------------------------------------------------- exam answers (exam/variant.py)


def test_answer_tolerance_is_rounded_up_not_to_nearest() -> None:
    """Guards: 'the answer tolerance rounded half-even to 2 significant figures instead of up'.

    Shown 0.1234 (half a unit: 0.00005), exact 0.1234212: the tolerance must cover
    0.00005 + |0.1234 - 0.1234212| = 0.0000712, so to 2 significant digits it is 0.000072 (up),
    not 0.000071 (nearest), which would not cover it.
    """
    from generator.exam.variant import tolerance
    from generator.numfmt import Num

    shown = Num(Decimal("0.1234"), Decimal("0.1234212"), "0.1234", 0, Decimal("0.00005"))
    tol = tolerance(shown, 0.1234212)
    assert tol == Decimal("0.000072")
    assert tol >= Decimal("0.00005") + abs(Decimal("0.1234") - Decimal("0.1234212"))
    # exactly two significant digits already: nothing to round
    assert tolerance(shown, 0.12342) == Decimal("0.000070")


# ---------------------------------------------------------------- LMS text (exam/lms/common.py)


def test_inline_math_in_lms_html_is_escaped() -> None:
    """Guards: 'inline math in LMS text not HTML-escaped (`<`, `&` inside LaTeX)'."""
    from generator.exam.lms.common import m

    assert m(r"a < b \quad \text{R&D}") == r"\(a &lt; b \quad \text{R&amp;D}\)"
    assert m("x > 0") == r"\(x &gt; 0\)"


def test_displayed_math_in_the_lms_solution_is_escaped(monkeypatch: pytest.MonkeyPatch) -> None:
    """Guards the same bug in the worked solution's displayed math (a chain whose LaTeX holds `<` or `&`)."""
    from generator import load_spec
    from generator.engine.trace import build_trace
    from generator.exam.lms import common

    tr = build_trace(load_spec(EXAM.parent.parent / "example.yaml"))
    monkeypatch.setattr(common, "chain_latex", lambda c: r"0 < z & 1")
    html = common.solution_html(tr)
    assert r"<p>\[0 &lt; z &amp; 1\]</p>" in html and "0 < z" not in html


# ---------------------------------------------------------------- file safety (render/files.py)


def test_write_atomic_never_changes_the_target_in_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guards: '`write_atomic` writing in place without the rename'.

    If the rename that puts the new file in place fails, the old file must be untouched and no
    temporary file may be left behind.
    """
    from generator.render import files

    target = tmp_path / "doc.md"
    target.write_text("the old, complete file\n", encoding="utf-8")
    calls = []

    def failing_replace(src: str, dst: object) -> None:
        calls.append((Path(src).parent, Path(str(dst))))
        raise OSError("disk full")

    monkeypatch.setattr(files.os, "replace", failing_replace)
    with pytest.raises(OSError, match="disk full"):
        files.write_atomic(target, "the new file\n")
    assert target.read_text(encoding="utf-8") == "the old, complete file\n"
    assert calls == [(tmp_path, target)]  # renamed from a file in the same folder (same file system)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.md"]


def test_written_files_are_as_readable_as_any_file_the_user_creates(tmp_path: Path) -> None:
    """Guards: 'output files left with mode 0600'. With umask 022 a new file is rw-r--r-- (0o644)."""
    from generator.render import files

    old = os.umask(0o022)
    try:
        files.write_atomic(tmp_path / "a.md", "x\n")
        files.write_recorded(tmp_path / "out", {"b.md": "y\n"})
    finally:
        os.umask(old)
    for p in (tmp_path / "a.md", tmp_path / "out" / "b.md", tmp_path / "out" / files.MANIFEST):
        assert stat.S_IMODE(p.stat().st_mode) == 0o644, p


# ---------------------------------------------------------------- the certificate (certify.py)


def _spec_text(layers: list[int], acts: list[str], loss: str, inputs: list[float], targets: list[float], w: float = 0.1) -> str:
    weights = [[[w] * layers[l - 1] for _ in range(layers[l])] for l in range(1, len(layers))]
    return (
        f"title: t\nnetwork: {{layers: {layers}, activations: [{', '.join(acts)}], loss: {loss}}}\n"
        f"parameters:\n  weights: {weights}\n"
        f"data: {{inputs: {inputs}, targets: {targets}}}\n"
        "training: {learning_rate: 0.5}\n"
    )


@pytest.fixture(scope="module")
def example_trace():  # noqa: ANN201
    from generator import load_spec
    from generator.engine.trace import build_trace

    return build_trace(load_spec(EXAM.parent.parent / "example.yaml"))


def test_a_printed_quantity_without_a_true_value_fails(example_trace, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """Guards: 'a quantity the network does not know silently skipped'."""
    from generator import certify

    real = certify._truth
    hidden = (0, "z", 1, 0, 0)  # z of the first hidden neuron: the network is made to forget it

    class Forgetful:
        def __init__(self, truth: object) -> None:
            self.truth = truth

        def __contains__(self, key: object) -> bool:
            return key != hidden and key in self.truth

        def __getitem__(self, key: tuple) -> float:
            if key == hidden:
                raise KeyError(key)
            return self.truth[key]

    base = certify.check_values(example_trace)
    monkeypatch.setattr(certify, "_truth", lambda tr, runs: Forgetful(real(tr, runs)))
    checked, passed, problems, _ = certify.check_values(example_trace)
    # that quantity was checked twice (exact value and printed value); now it is one failed check
    assert checked == base[0] - 1 and passed == base[1] - 2
    assert [p.message for p in problems] == ["z^{(1)}_{1}: no true value to compare with (key (0, 'z', 1, 0, 0))."]


def test_the_exact_value_must_match_to_1e_9(example_trace) -> None:  # noqa: ANN001
    """Guards: 'an "exact value" tolerance of 1e-4 instead of 1e-9'.

    A network whose first weight is 0.15 * (1 + 1e-6) gives z = 0.05 * 0.15000015 + 0.20 * 0.10 + 0.35
    = 0.3775000075: 2e-8 relative away from the printed formula's 0.3775, far above 1e-9 and
    far below 1e-4. The certificate must see that the document is not about that network.
    """
    from generator import certify
    from generator.engine import network

    spec = example_trace.spec
    W = [np.array(w, dtype=float) for w in spec.weights]
    W[0][0, 0] = 0.15 * (1 + 1e-6)
    runs = network.train_spec(replace(spec, weights=W))
    assert runs[0][1].z[0][0, 0] == pytest.approx(0.3775000075, rel=1e-12)
    _, _, problems, _ = certify.check_values(example_trace, runs)
    stands_for = [p.message for p in problems if "the printed formula stands for" in p.message]
    assert any(m.startswith("z^{(1)}_{1}: the printed formula stands for 0.3775") for m in stands_for), problems[:3]


def test_an_uncomputable_bound_is_not_counted_as_a_check(example_trace, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """Guards: 'uncomputable bounds still counted as checks'.

    Each keyed quantity is two checks (exact value, printed value within its bound); with no
    bound computable it is one check, and the other is reported as not checked.
    """
    from generator import certify

    keyed = sum(1 for c in example_trace.chains() if c.key is not None)
    checked, passed, problems, skipped = certify.check_values(example_trace)
    assert (checked, passed, problems, skipped) == (2 * keyed, 2 * keyed, [], 0)
    monkeypatch.setattr(certify, "_bound", lambda c, intervals: (math.nan, math.nan))
    checked, passed, problems, skipped = certify.check_values(example_trace)
    assert (checked, passed, problems, skipped) == (keyed, keyed, [], keyed)


@pytest.mark.parametrize(
    ("acts", "loss", "pairs"),
    [
        # one hidden layer: the pair (hidden, output) with the loss
        (["sigmoid", "sigmoid"], "half_sse", {("sigmoid", "sigmoid", "half_sse")}),
        # two hidden layers: each hidden with the output (2 pairs) and hidden 1 into hidden 2 (1 pair)
        (
            ["sigmoid", "tanh", "sigmoid"],
            "mse",
            {("sigmoid", "sigmoid", "mse"), ("tanh", "sigmoid", "mse"), ("sigmoid", "tanh", "mse")},
        ),
        # the inner pair of a cross-entropy net is proved with half_sse (the recursion does not depend on the loss)
        (
            ["relu", "tanh", "softmax"],
            "cross_entropy",
            {("relu", "softmax", "cross_entropy"), ("tanh", "softmax", "cross_entropy"), ("relu", "tanh", "half_sse")},
        ),
        # equal activations: the three pairs of a 3-hidden-layer net collapse to two distinct proofs
        (["tanh", "tanh", "tanh", "linear"], "sse", {("tanh", "linear", "sse"), ("tanh", "tanh", "sse")}),
        # no hidden layer: the output delta alone, written as a pair with a linear input
        (["sigmoid"], "half_sse", {("linear", "sigmoid", "half_sse")}),
    ],
)
def test_the_certificate_proves_every_chain_rule_pair(
    acts: list[str], loss: str, pairs: set, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Guards: 'a chain-rule pair that the certifier stops proving' (the exact pairs, derived from the layers)."""
    from generator import certify
    from generator.engine import symbolic
    from generator.engine.trace import build_trace
    from generator.spec.load import parse_spec

    n = len(acts)
    layers = [2] + [2] * (n - 1) + [2]
    targets = [0.3, 0.7]
    tr = build_trace(parse_spec(_spec_text(layers, acts, loss, [0.5, 0.25], targets)))
    asked = []
    monkeypatch.setattr(symbolic, "chain_rule_proof", lambda h, o, l, opts=None: asked.append((h, o, l)) or True)
    checked, passed, problems = certify.check_chain_rule(tr)
    assert set(asked) == pairs and len(asked) == len(pairs)
    assert (checked, passed, problems) == (len(pairs), len(pairs), [])


def test_the_chain_rule_row_of_a_two_hidden_layer_certificate() -> None:
    """The same, end to end with SymPy: 3 pairs proved and printed in the certificate's row."""
    from generator import walkthrough
    from generator.spec.load import parse_spec

    w = walkthrough(parse_spec(_spec_text([2, 2, 2, 1], ["sigmoid", "tanh", "sigmoid"], "mse", [0.5, 0.25], [0.3])))
    row = next(r for r in w.result.certificate.rows if r["name"].startswith("chain rule as printed"))
    assert (row["checked"], row["passed"], row["failed"]) == (3, 3, 0)


def test_a_finite_difference_skip_at_a_relu_kink_is_counted_and_reported() -> None:
    """Guards: 'a finite-difference skip at a ReLU kink that is not counted'.

    Hidden neuron 1 gets z = 0.5 * 0.4 - 0.5 * 0.4 = 0 exactly: finite differences straddle the
    kink, so none of the 9 gradients (2x2 + 2 hidden, 2x1 + 1 output parameters) is compared with
    them; the 9 SymPy comparisons are still made and pass.
    """
    from generator import certify, walkthrough
    from generator.engine.trace import build_trace
    from generator.spec.load import parse_spec

    text = (
        "title: kink\nnetwork: {layers: [2, 2, 1], activations: [relu, sigmoid], loss: half_sse}\n"
        "parameters:\n  weights: [[[0.5, -0.5], [0.3, 0.2]], [[0.6, -0.4]]]\n  biases: [[0.0, 0.1], [0.2]]\n"
        "data: {inputs: [0.4, 0.4], targets: [0.7]}\ntraining: {learning_rate: 0.5}\n"
    )
    spec = parse_spec(text)
    tr = build_trace(spec)
    checked, passed, problems, skipped = certify.check_gradients(tr)
    assert (checked, passed, problems, skipped) == (9, 9, [], 9)
    row = next(r for r in walkthrough(spec).result.certificate.rows if r["name"].startswith("gradients of the true network"))
    assert "(9 finite-difference comparisons not checked: a ReLU input at its kink" in row["name"]
    assert (row["checked"], row["failed"]) == (9, 0)
    # away from the kink (z = 0.5 * 0.4 - 0.5 * 0.2 = 0.1) both references judge all 9
    away = parse_spec(text.replace("inputs: [0.4, 0.4]", "inputs: [0.4, 0.2]"))
    assert certify.check_gradients(build_trace(away)) == (18, 18, [], 0)


# ---------------------------------------------------------------- the checker (check/checker.py)

TWO_TERMS = (
    "$$\n"
    "W^T d = \\begin{bmatrix}\n"
    "0.2 \\cdot 0.5 + 0.4 \\cdot 0.25 \\\\\n"
    "-0.1 \\cdot 0.5 + 0.3 \\cdot 0.25\n"
    "\\end{bmatrix}\n"
    "$$\n\n"
    "Calculating each element:\n"
    "1. $0.1 + 0.01 = 0.11$\n"
    "2. $-0.05 + 0.075 = 0.025$\n"
)


def test_two_term_rows_of_an_element_list_are_checked() -> None:
    """Guards: 'two-term rows of element lists not checked'.

    Row 1: 0.2 x 0.5 = 0.1 (right), 0.4 x 0.25 = 0.1, printed 0.01 (wrong); row 2: -0.1 x 0.5 = -0.05 and
    0.3 x 0.25 = 0.075 (right). The items' own sums are right: 0.1 + 0.01 = 0.11, -0.05 + 0.075 = 0.025.
    """
    from generator.check import check_text

    rep = check_text(TWO_TERMS, "md")
    terms = [f for f in rep.findings if "\\cdot" in f.lhs and "+" not in f.lhs]
    assert len(terms) == 4
    assert [(f.line, f.printed, f.klass) for f in terms if f.klass != "ok"] == [(9, "0.01", "error")]
    assert Decimal(next(f.expected for f in terms if f.klass == "error")) == Decimal("0.1")


# ---------------------------------------------------------------- level 2 (verify/match.py)


def test_carried_drift_widens_the_rounding_tolerance_three_times_over() -> None:
    """Guards: 'the carried-drift tolerance not scaled'.

    Printed with 3 decimals (half a unit 0.0005), true value 0.5, carried drift 0.002: the tolerance is
    max(8 x 0.0005, 0.0005 + 3 x 0.002) = max(0.004, 0.0065) = 0.0065. So 0.506 (0.006 off) is carried
    rounding, 0.507 (0.007 off) is an error. Unscaled (0.0005 + 0.002 = 0.0025 < 0.004) both would be errors.
    """
    from generator.verify.match import Item, Truth, judge

    key = ("z", 1, 0)
    truth = Truth(values={key: [0.5]}, mistakes={}, layers=(1, 1), drift={key: 0.002})

    def verdict(printed: str) -> tuple[str, str]:
        it = Item(1, "z_1", printed, float(printed), 0.0005, [key])
        n = judge([it], truth, set()).items[0]
        return n.klass, n.cause

    assert verdict("0.506") == ("ok", "within carried rounding")
    assert verdict("0.494") == ("ok", "within carried rounding")
    assert verdict("0.507")[0] == "error"
    assert verdict("0.5002") == ("ok", "")


# ---------------------------------------------------------------- verify --annotate (cli.py)


@pytest.mark.parametrize("spelling", ["./d.md", "sub/../d.md", "ABSOLUTE"])
def test_annotate_never_writes_over_the_document_however_its_path_is_spelled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], spelling: str
) -> None:
    """Guards: '`--annotate`'s "is this the document itself" check comparing paths as text (`./d.md` vs `d.md`)'."""
    from generator.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    doc = tmp_path / "d.md"
    doc.write_text("$$1 + 1 = 3$$\n", encoding="utf-8")
    out = str(doc) if spelling == "ABSOLUTE" else spelling
    assert main(["verify", "d.md", "--annotate", out, "--force"]) == 2
    assert "the document being checked" in capsys.readouterr().err
    assert doc.read_text(encoding="utf-8") == "$$1 + 1 = 3$$\n"


# ---------------------------------------------------------------- numbers (numfmt.py)


def test_round_places_rounds_ties_to_even() -> None:
    """Guards: 'drawn initial weights rounded half-up instead of half-even'.

    0.125 -> 0.12 (2 is even; half-up gives 0.13), -0.625 -> -0.62, 0.375 -> 0.38, 0.0625 -> 0.062.
    """
    from generator.numfmt import round_places

    assert round_places(0.125, 2) == Decimal("0.12")
    assert round_places(-0.625, 2) == Decimal("-0.62")
    assert round_places(0.375, 2) == Decimal("0.38")
    assert round_places(0.0625, 3) == Decimal("0.062")
    assert round_places(0.12351, 3) == Decimal("0.124")  # not a tie: nearest


def test_drawn_initial_weights_are_rounded_half_even(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same, through ``parameters.init``: the generator's draws are replaced by exact ties."""
    from generator.spec.load import parse_spec

    class TiesGenerator:
        def __init__(self, bitgen: object) -> None:
            pass

        def uniform(self, lo: float, hi: float, shape: tuple[int, int]) -> np.ndarray:
            ties = np.array([0.125, -0.625, 0.375, 0.875, -0.125, 0.625])
            return ties[: shape[0] * shape[1]].reshape(shape)

    monkeypatch.setattr(np.random, "Generator", TiesGenerator)
    spec = parse_spec(
        "title: t\nnetwork: {layers: [3, 2], activations: [sigmoid], loss: half_sse}\n"
        "parameters: {init: {scheme: he_uniform, seed: 1, digits: 2}}\n"
        "data: {inputs: [0.1, 0.2, 0.3], targets: [0.5, 0.5]}\n"
    )
    # half-even: 0.12, -0.62, 0.38, 0.88, -0.12, 0.62 (half-up would give 0.13, -0.63, 0.38, 0.88, -0.13, 0.63)
    assert np.array(spec.weights[0]).tolist() == [[0.12, -0.62, 0.38], [0.88, -0.12, 0.62]]


# ---------------------------------------------------------------- softmax's vector-Jacobian product (engine/network.py)


def test_softmax_vjp_is_the_explicit_jacobian_transposed_times_the_vector() -> None:
    """Guards: 'the softmax vector-Jacobian product is dead code': it is tested against J^T g, J built
    entry by entry from J_jk = a_j (delta_jk - a_k), one Jacobian per example (two examples here)."""
    from generator.engine import network

    z = np.array([[1.0, 2.0, 0.5], [-0.3, 0.0, 0.8]])
    g = np.array([[0.2, -1.0, 0.7], [1.5, 0.25, -0.5]])
    sm = network.ACTIVATIONS["softmax"]
    a = sm.f(z)
    want = np.empty_like(z)
    for e in range(2):
        J = np.array([[a[e, j] * ((j == k) - a[e, k]) for k in range(3)] for j in range(3)])
        want[e] = J.T @ g[e]
    np.testing.assert_allclose(sm.back(z, a, g), want, rtol=1e-13, atol=1e-15)


def test_softmax_without_cross_entropy_gets_finite_difference_gradients() -> None:
    """The product is reachable through the engine (specs pair softmax only with cross-entropy, which takes
    the fused a - t path; :func:`network.run` itself accepts softmax with mse): its gradients match central
    finite differences of the mean loss computed here from the definition."""
    from generator.engine import network

    rng = np.random.default_rng(5)
    W = (rng.uniform(-1, 1, (3, 2)), rng.uniform(-1, 1, (3, 3)))
    x, t = rng.uniform(-1, 1, (2, 2)), rng.uniform(0, 1, (2, 3))

    def loss(W1: np.ndarray, W2: np.ndarray) -> float:
        h = 1 / (1 + np.exp(-(x @ W1.T)))
        z = h @ W2.T
        a = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
        return float(np.mean(np.mean((a - t) ** 2, axis=1)))

    p = network.run(network.Params(W, None), ("sigmoid", "softmax"), "mse", x, t)
    h = 1e-6
    for l in range(2):
        for idx in np.ndindex(W[l].shape):
            up = [w.copy() for w in W]
            down = [w.copy() for w in W]
            up[l][idx] += h
            down[l][idx] -= h
            fd = (loss(*up) - loss(*down)) / (2 * h)
            assert p.grad_w[l][idx] == pytest.approx(fd, rel=1e-6, abs=1e-10), (l, idx)
