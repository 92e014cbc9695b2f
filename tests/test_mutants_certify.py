"""Tests that kill the mutants of tools/mutants.toml's certify group: what the certificate proves, and counts.

Each check is fed a planted fault whose size is known (a gradient 1e-3 or 1e-5 off, a formula
standing for a value 1e-6 off, a quantity the network does not have) or a case whose count is
known by hand (the parameters of a network, the pairs of activations the chain rule joins).
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest

from generator import certify
from generator.certify import _bound, _interval, check_arithmetic, check_chain_rule, check_gradients, check_values
from generator.check import literal_key
from generator.check.report import CheckReport, Skipped
from generator.engine import expr as E
from generator.engine import network
from generator.engine.chains import Chain, Form
from generator.engine.trace import build_trace
from generator.numfmt import Num
from generator.spec.load import load_spec, validate

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def example():  # noqa: ANN201 - the bundled example's trace
    return build_trace(load_spec(ROOT / "specs" / "example.yaml"))


def _rounded(value: str, half: str) -> Num:
    d = Decimal(value)
    return Num(d, d, value, 0, Decimal(half))


def _only(tr, chains: list[Chain]):  # noqa: ANN001, ANN202 - the trace, showing only ``chains``
    clone = dataclasses.replace(tr)
    clone.chains = lambda: chains  # type: ignore[method-assign]
    return clone


def _z_chain(tr) -> Chain:  # noqa: ANN001
    return next(c for c in tr.chains() if c.key is not None and c.key[1] == "z")


# ---------------------------------------------------------------- (b) values


def test_a_quantity_the_network_does_not_know_is_a_failed_check(example) -> None:  # noqa: ANN001
    z = _z_chain(example)
    stray = dataclasses.replace(z, key=(0, "no_such_quantity", 1, 0, 0))
    checked, passed, problems, skipped = check_values(_only(example, [stray]))
    assert (checked, passed, skipped) == (1, 0, 0)
    assert len(problems) == 1 and "no true value" in problems[0].message


def test_a_formula_standing_for_a_value_one_millionth_off_fails(example) -> None:  # noqa: ANN001
    z = _z_chain(example)
    checked, passed, problems, _ = check_values(_only(example, [z]))
    assert (checked, passed, problems) == (2, 2, [])  # the exact value and the printed value
    off = dataclasses.replace(z.result, exact=z.result.exact * Decimal("1.000001"))  # far above float64's 1e-16
    checked, passed, problems, _ = check_values(_only(example, [dataclasses.replace(z, result=off)]))
    assert (checked, passed) == (2, 1)
    assert "stands for" in problems[0].message


def test_an_uncomputable_bound_is_not_checked_and_not_passed(example) -> None:  # noqa: ANN001
    z = _z_chain(example)
    # 1 / (0.5 - 0.5) with each 0.5 a rounded value (+- 0.1): the denominator's interval holds 0, no bound
    den = E.Diff(E.lit(_rounded("0.5", "0.1")), E.lit(_rounded("0.5", "0.1")))
    form = Form("f", "f", expr=E.Frac(E.lit(1), den))
    odd = dataclasses.replace(z, forms=(form,))
    checked, passed, problems, skipped = check_values(_only(example, [odd]))
    assert (checked, passed, problems, skipped) == (1, 1, [], 1)  # only the exact value was checked


def test_the_bounds_of_a_difference_and_of_a_rounded_result() -> None:
    a = E.lit(_rounded("1.5", "0.5"))  # [1.0, 2.0]
    b = E.lit(_rounded("0.75", "0.25"))  # [0.5, 1.0]
    assert _interval(E.Diff(a, b), {}) == (0.0, 1.5)  # [1.0 - 1.0, 2.0 - 0.5]
    given = Num(Decimal("0.3"), Decimal("0.3"), "0.3", given=True)
    result = Num(Decimal("0.3"), Decimal("0.3"), "0.300", 0, Decimal("0.0005"))
    chain = Chain(None, "x", (Form("0.3", "0.3", expr=E.lit(given)),), result)
    lo, hi = _bound(chain, {})
    assert (lo, hi) == pytest.approx((0.2995, 0.3005))  # the exact 0.3, widened by the result's half unit


# ---------------------------------------------------------------- (a) arithmetic


def test_only_an_approximately_equal_sign_may_be_explained_by_rounding() -> None:
    # 0.683 x 0.317 = 0.216511: printed 0.216 is 0.000511 off (more than half a unit, 0.0005), but with
    # 0.683 and 0.317 themselves rounded ([0.6825, 0.6835] x [0.3165, 0.3175] = [0.21601, 0.21701]) it can be right
    rounded = frozenset({literal_key("0.683"), literal_key("0.317")})
    n, ok, problems, _ = check_arithmetic("$$0.683 \\times 0.317 = 0.216$$\n", "md", "M", rounded)
    assert (n, ok, len(problems)) == (1, 0, 1)
    n, ok, problems, _ = check_arithmetic("$$0.683 \\times 0.317 \\approx 0.216$$\n", "md", "M", rounded)
    assert (n, ok, problems) == (1, 1, [])


def test_the_checker_failing_on_a_relation_is_a_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(certify, "check_text", lambda *a, **k: CheckReport([], 1, [Skipped(3, "x = y", "internal: boom")]))
    _n, _ok, problems, _ = check_arithmetic("$$x = y$$\n", "md", "M")
    assert len(problems) == 1 and "checker failed" in problems[0].message


# ---------------------------------------------------------------- (c) gradients


def _spec(acts: list[str], weights: list, inputs: list[float], loss: str = "half_sse"):  # noqa: ANN001, ANN202
    layers = [len(weights[0][0])] + [len(w) for w in weights]
    return validate(
        {
            "title": "t",
            "network": {"layers": layers, "activations": acts, "loss": loss},
            "parameters": {"weights": weights},
            "data": {"inputs": inputs, "targets": [0.5] * layers[-1]},
            "training": {"learning_rate": 0.5},
        }
    )


def _tr(spec):  # noqa: ANN001, ANN202
    return SimpleNamespace(spec=spec)


def test_finite_differences_at_a_relu_kink_are_counted_as_not_checked() -> None:
    # z_1 = 0.5 * 1.0 - 0.5 * 1.0 = 0 exactly: a ReLU at its kink; 2x2 + 1x2 = 6 weights, no biases
    spec = _spec(["relu", "sigmoid"], [[[0.5, -0.5], [0.3, 0.2]], [[0.4, 0.6]]], [1.0, 1.0])
    runs = network.train_spec(spec)[:1]
    checked, passed, problems, skipped = check_gradients(_tr(spec), runs)
    assert (checked, passed, problems, skipped) == (6, 6, [], 6)  # SymPy checks all 6, finite differences none


def _off(runs, rel: float):  # noqa: ANN001, ANN202 - the first run with every weight gradient off by ``rel``
    prm, p, new = runs[0]
    return [(prm, dataclasses.replace(p, grad_w=[g * (1 + rel) for g in p.grad_w]), new)]


def test_a_gradient_one_part_in_a_thousand_off_fails_both_references() -> None:
    spec = _spec(["sigmoid", "sigmoid"], [[[0.15, 0.2], [0.25, 0.3]], [[0.4, 0.45]]], [0.05, 0.1])
    runs = network.train_spec(spec)[:1]
    assert check_gradients(_tr(spec), runs)[2] == []
    problems = check_gradients(_tr(spec), _off(runs, 1e-3))[2]
    assert {p.message.split(", ")[1].split(" gives")[0] for p in problems} == {"SymPy", "finite differences"}
    # 1e-5 off: below what finite differences resolve (1e-4), far above SymPy's 1e-8
    problems = check_gradients(_tr(spec), _off(runs, 1e-5))[2]
    assert {p.message.split(", ")[1].split(" gives")[0] for p in problems} == {"SymPy"}


def test_the_chain_rule_is_proved_for_every_pair_of_joined_activations() -> None:
    # tanh -> relu -> sigmoid: each hidden layer with the output (tanh/sigmoid, relu/sigmoid) and the
    # hidden layer feeding the next hidden one (tanh/relu): 3 pairs
    spec = _spec(["tanh", "relu", "sigmoid"], [[[0.1, 0.2], [0.3, 0.4]], [[0.5, 0.6], [0.7, 0.8]], [[0.9, 0.1]]], [0.5, 0.5])
    checked, passed, problems = check_chain_rule(_tr(spec))
    assert (checked, passed, problems) == (3, 3, [])


def test_every_rounded_result_is_told_to_the_checker(example) -> None:  # noqa: ANN001
    from generator.certify import _rounded_keys

    keys = _rounded_keys(example)
    results = [c.result for c in example.chains() if c.result.half_unit > 0 and not c.result.given]
    assert results and all(literal_key(n.latex) in keys for n in results)
    givens = {literal_key(w.latex) for layer in example.steps[0].weights for row in layer for w in row}
    only_given = givens - {literal_key(n.latex) for n in results}
    assert only_given and not only_given & keys  # a given weight that no result repeats is not a rounded value


def test_exam_intervals_widen_a_three_factor_line_for_its_partial_product() -> None:
    """An exam's student intervals (partial=True) allow a rounded partial product in a line of three factors:
    dropout's hidden delta, dL/da~ x m/(1 - p) x f'(z), must come out strictly wider than without."""
    import yaml

    from generator.certify import rounding_intervals
    from generator.engine.trace import build_trace
    from generator.spec.load import parse_spec

    d = {
        "title": "t",
        "network": {"layers": [2, 2, 1], "activations": ["sigmoid", "sigmoid"], "loss": "half_sse"},
        "parameters": {"weights": [[[0.1, 0.2], [0.3, 0.4]], [[0.5, 0.6]]]},
        "data": {"inputs": [[0.5, 0.5]], "targets": [[1.0]]},
        "training": {"learning_rate": 0.5, "dropout": {"rates": [0.5], "masks": [[[1, 1]]]}},
    }
    tr = build_trace(parse_spec(yaml.safe_dump(d), "t.yaml"))
    delta = tr.steps[0].backward[0][0].delta
    assert delta is not None and len(delta.forms[-1].expr.factors) == 3

    def half(c):  # noqa: ANN001, ANN202
        return 0.000005

    lo0, hi0 = rounding_intervals(tr, half, partial=False)[id(delta.result)]
    lo1, hi1 = rounding_intervals(tr, half, partial=True)[id(delta.result)]
    assert lo1 < lo0 and hi1 > hi0
