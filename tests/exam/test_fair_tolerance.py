"""Issue 16 point 2: a student who follows the sheet's own rounding instruction is never marked wrong.

120 variants of the bundled exam (seed 2025, the issue's example) are answered here by simulated
students who take different legitimate routes — full precision; rounding every intermediate result
to 5 decimal places (the inner steps of the sigmoid and every product too); rounding only the named
quantities; multiplying the factors of the error term in another order — each written out with
Python's decimal module, none of nnwalk's code. Every route's answer must lie within the key's
tolerance, and the classic mistakes must still lie outside it.
"""

from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal, getcontext
from pathlib import Path

import pytest

from generator.exam.run import generate
from generator.spec.variants import parse_template

ROOT = Path(__file__).resolve().parents[2]
EXAM = ROOT / "specs" / "exam" / "exam_seed002.yaml"
getcontext().prec = 40
Q = Decimal("0.00001")


def _route(spec: dict, *, products: bool, inner: bool, named: bool, order: str) -> dict[str, Decimal]:
    """One student's answers to exam_seed002's six questions (2-2-2 sigmoid, no biases, ½ SSE, numbered w1..w8)."""

    def r(x: Decimal, on: bool = True) -> Decimal:
        return x.quantize(Q, rounding=ROUND_HALF_UP) if on else x

    def d(v: object) -> Decimal:
        return Decimal(str(v))

    (w1, w2), (w3, w4) = [[d(v) for v in row] for row in spec["parameters"]["weights"][0]]
    (w5, w6), (w7, w8) = [[d(v) for v in row] for row in spec["parameters"]["weights"][1]]
    i1, i2 = (d(v) for v in spec["data"]["inputs"])
    t1, t2 = (d(v) for v in spec["data"]["targets"])
    eta = d(spec["training"]["learning_rate"])

    def net(a: Decimal, x: Decimal, b: Decimal, y: Decimal) -> Decimal:
        return r(r(a * x, products) + r(b * y, products), named)

    def sig(z: Decimal) -> Decimal:
        e = r((-z).exp(), inner)
        return r(1 / r(1 + e, inner), named)

    h1, h2 = sig(net(w1, i1, w2, i2)), sig(net(w3, i1, w4, i2))
    o1, o2 = sig(net(w5, h1, w6, h2)), sig(net(w7, h1, w8, h2))
    loss = r(r(Decimal("0.5") * (t1 - o1) ** 2, named) + r(Decimal("0.5") * (t2 - o2) ** 2, named), named)

    def delta(o: Decimal, t: Decimal) -> Decimal:
        if order == "slope_first":  # (o - t) * [o (1 - o)], the slope rounded as its own line
            return r((o - t) * r(o * (1 - o), named), named)
        return r(r((o - t) * o, products) * (1 - o), named)  # ((o - t) o) (1 - o), left to right

    d1, d2 = delta(o1, t1), delta(o2, t2)
    g5 = r(d1 * h1, named)
    g7 = r(d2 * h1, named)
    back = r(r(d1 * w5, products) + r(d2 * w7, products), named)
    if order == "slope_first":
        dh1 = r(back * r(h1 * (1 - h1), named), named)
        g2 = r(dh1 * i2, named)
    else:  # everything left to right, each partial product rounded: ((back h1)(1 - h1)) i2
        g2 = r(r(r(back * h1, named) * (1 - h1), named) * i2, named)
    new7 = r(w7 - r(eta * g7, named), named)
    return {
        "a[2][1]": o1,
        "loss": loss,
        "delta[2][2]": d2,
        "grad_w[2][1][1]": g5,
        "grad_w[1][1][2]": g2,
        "new_w[2][2][1]": new7,
        "o2": o2,  # for the mistakes
        "g7": g7,
    }


ROUTES = {
    "full precision": {"products": False, "inner": False, "named": False, "order": "slope_first"},
    "every intermediate to 5 places": {"products": True, "inner": True, "named": True, "order": "slope_first"},
    "named quantities only": {"products": False, "inner": False, "named": True, "order": "slope_first"},
    "every intermediate, other order": {"products": True, "inner": True, "named": True, "order": "left_to_right"},
    "named only, other order": {"products": False, "inner": False, "named": True, "order": "left_to_right"},
}


@pytest.fixture(scope="module")
def keys() -> list[dict]:
    _, files, _ = generate(EXAM, 120, 2025, ("json",), jobs=1)
    return [json.loads(files[f"exam_seed002_v{v:03d}_key.json"]) for v in range(1, 121)]


def test_every_legitimate_route_is_accepted(keys: list[dict]) -> None:
    rejected = []
    for key in keys:
        for name, flags in ROUTES.items():
            answers = _route(key["spec"], **flags)
            for q in key["questions"]:
                mine = answers[q["ask"]].quantize(Q, rounding=ROUND_HALF_UP)  # the student's final answer, as told
                if abs(mine - Decimal(q["answer"])) > Decimal(q["tolerance"]):
                    rejected.append((key["variant"]["id"], name, q["ask"], str(mine), q["answer"], q["tolerance"]))
    assert rejected == [], f"{len(rejected)} of {len(keys) * len(ROUTES) * 6} answers rejected, e.g. {rejected[:5]}"


def test_classic_mistakes_are_still_rejected(keys: list[dict]) -> None:
    """The tolerance widens for rounding, not for errors: wherever a mistake gives another value, it is rejected."""
    accepted = []
    compared = 0
    for key in keys:
        spec = key["spec"]
        exact = _route(spec, **ROUTES["full precision"])
        ans = {q["ask"]: Decimal(q["answer"]) for q in key["questions"]}
        tol = {q["ask"]: Decimal(q["tolerance"]) for q in key["questions"]}
        o2, t2, g7 = exact["o2"], Decimal(str(spec["data"]["targets"][1])), exact["g7"]
        w7, eta = Decimal(str(spec["parameters"]["weights"][1][1][0])), Decimal(str(spec["training"]["learning_rate"]))
        mistakes = [
            ("delta[2][2]", "missing_activation_derivative", o2 - t2),
            ("delta[2][2]", "half_not_cancelled", 2 * (o2 - t2) * o2 * (1 - o2)),
            ("new_w[2][2][1]", "update_sign", w7 + eta * g7),
            ("new_w[2][2][1]", "no_learning_rate", w7 - g7),
        ]
        for ask, why, wrong in mistakes:
            if abs(wrong - exact[ask]) <= 2 * tol[ask]:  # the mistake happens to give the right value here
                continue
            compared += 1
            if abs(wrong.quantize(Q, rounding=ROUND_HALF_UP) - ans[ask]) <= tol[ask]:
                accepted.append((key["variant"]["id"], why, str(wrong), str(ans[ask]), str(tol[ask])))
    assert compared > 400 and accepted == [], accepted[:5]


def test_tolerance_can_be_set_by_the_exam(tmp_path: Path) -> None:
    text = EXAM.read_text(encoding="utf-8").replace("  moodle: cloze", "  moodle: cloze\n  tolerance: {relative: 0.001}")
    spec = tmp_path / "exam_seed002.yaml"
    spec.write_text(text, encoding="utf-8")
    assert parse_template(text, "x").exam.tolerance == ("relative", Decimal("0.001"))
    _, files, _ = generate(spec, 2, 2025, ("json",), jobs=1)
    for v in (1, 2):
        for q in json.loads(files[f"exam_seed002_v{v:03d}_key.json"])["questions"]:
            want = Decimal("0.001") * abs(Decimal(q["answer"]))
            assert Decimal(q["tolerance"]) >= want and Decimal(q["tolerance"]) <= want * Decimal("1.1") + Decimal("1e-12"), q


def test_partial_products_widen_a_three_factor_line_by_what_is_left_to_multiply() -> None:
    """A line a × b × c may be worked as (a × b rounded) × c: the interval grows by h × max(1, |c|...)."""
    from generator.certify import _interval
    from generator.engine import expr as E
    from generator.numfmt import given

    a, b, c = given(0.5, "0.5"), given(0.25, "0.25"), given(3.0, "3")
    line = E.Prod((E.lit(a), E.lit(b), E.lit(c)))
    assert _interval(line, {}) == (0.375, 0.375)  # given data are exact: no widening without partial rounding
    h = 0.000005
    lo, hi = _interval(line, {}, h)
    # one partial product (3 factors, the last rounding is the line's own), scaled by max(1,|a|)·max(1,|b|)·max(1,|c|) = 3
    assert (lo, hi) == pytest.approx((0.375 - 3 * h, 0.375 + 3 * h), abs=1e-15)
    two = E.Sum((E.lit(a), E.lit(b), E.lit(c), E.lit(a)))
    assert _interval(two, {}, h) == pytest.approx((4.25 - 2 * h, 4.25 + 2 * h), abs=1e-15)  # two rounded partial sums
