"""Tests that kill the mutants of tools/mutants.toml's match group, each against an independent expectation.

Level 2's judge is fed hand-made truths and printed values on a 1-1-1 network, whose dependency
graph is drawn in the comments; the truths of tiny linear networks are worked out by hand
(z = w x, L = 1/2 (z - t)^2, dL/dz = z - t, dL/dw = (z - t) x).
"""

from __future__ import annotations

import pytest

from generator.spec.load import validate
from generator.verify.match import Item, Truth, carried_drift, doc_decimals, judge, truth_of

# 1-1-1 network: x0 -> z(1,0) -> a(1,0) -> z(2,0) -> a(2,0), with w(1,0,0), b(1,0), w(2,0,0), b(2,0)
LAYERS = (1, 1, 1)
W1, B1, Z1, A1, W2, Z2 = ("w", 1, 0, 0), ("b", 1, 0), ("z", 1, 0), ("a", 1, 0), ("w", 2, 0, 0), ("z", 2, 0)
TRUE = {W1: [0.3], B1: [0.1], Z1: [0.4], A1: [0.6], W2: [0.5], Z2: [0.2]}


def _item(line: int, key: tuple, value: float, half: float = 0.005) -> Item:
    return Item(line, str(key), f"{value:.2f}", value, half, [key], 0)


def _by_line(items: list[Item], drift: dict | None = None) -> dict[int, object]:
    res = judge(items, Truth(dict(TRUE), {}, LAYERS, drift or {}), set())
    return {n.line: n for n in res.items}


def test_a_propagated_value_points_at_the_first_wrong_value_upstream_and_counts_downstream() -> None:
    got = _by_line(
        [
            _item(1, W1, 0.9),  # wrong: the first error
            _item(2, Z1, 1.0),  # inherits from line 1
            _item(3, W2, 0.1),  # wrong on its own: a second error
            _item(4, Z2, 0.7),  # inherits from both (through the unprinted a(1,0) and from w(2,0,0))
        ]
    )
    assert [got[k].klass for k in (1, 2, 3, 4)] == ["error", "propagated", "error", "propagated"]
    assert got[2].root_line == 1 and got[4].root_line == 1  # the first error it inherits, not the last
    assert got[1].downstream == 2  # lines 2 and 4; the root itself is not downstream of itself
    assert got[3].downstream == 0


def test_a_wrong_bias_is_upstream_of_its_net_input() -> None:
    got = _by_line([_item(1, B1, 0.9), _item(2, Z1, 1.2)])
    assert (got[2].klass, got[2].root_line) == ("propagated", 1)


def test_a_value_printed_right_cuts_the_path_to_a_wrong_one_above_it() -> None:
    got = _by_line([_item(1, W1, 0.9), _item(2, Z1, 0.4), _item(3, A1, 0.9)])
    assert [got[k].klass for k in (1, 2, 3)] == ["error", "ok", "error"]
    assert got[3].root_line == 3


def test_carried_rounding_tolerance() -> None:
    # nothing wrong upstream: 3 half-units off is carried rounding (up to 8 half-units allowed)
    got = _by_line([_item(1, Z1, 0.4 + 3 * 0.005)])
    assert (got[1].klass, got[1].cause) == ("ok", "within carried rounding")
    # 9 half-units off is an error
    assert _by_line([_item(1, Z1, 0.4 + 9 * 0.005)])[1].klass == "error"
    # with a drift d of 0.01 measured for z(1,0), the allowance is half + 3 d = 0.0305: 0.025 off is rounding
    got = _by_line([_item(1, Z1, 0.425, half=0.0005)], drift={Z1: 0.01})
    assert (got[1].klass, got[1].cause) == ("ok", "within carried rounding")


def test_a_value_is_judged_against_its_nearest_reading() -> None:
    truth = Truth({Z1: [0.9], A1: [0.45]}, {}, LAYERS, {})
    res = judge([Item(1, "h", "0.50", 0.5, 0.005, [Z1, A1], 0)], truth, set())
    assert (res.items[0].key, res.items[0].expected) == (A1, "0.45")


def test_the_documents_precision_is_the_median_number_of_decimals() -> None:
    items = [Item(1, "x", p, 0.0, 0.0, [Z1]) for p in ("0.1", "0.123", "0.125", "0.12345", "0.25")]
    assert doc_decimals(items) == 3  # decimals 1, 3, 3, 5, 2 -> sorted 1, 2, 3, 3, 5 -> median 3


def _linear(inputs: list[float], targets: list[float], lr: float = 0.1, act: str = "linear"):  # noqa: ANN202
    return validate(
        {
            "title": "t",
            "network": {"layers": [1, 1], "activations": [act], "loss": "half_sse"},
            "parameters": {"weights": [[[0.5]]]},
            "data": {"inputs": [[x] for x in inputs], "targets": [[t] for t in targets]},
            "training": {"learning_rate": lr},
        }
    )


def test_the_wrong_sign_update_is_a_known_mistake() -> None:
    # w = 0.5, x = 2, t = 0.4: z = 1.0, dL/dw = (1.0 - 0.4) * 2 = 1.2; eta = 0.1
    tr = truth_of(_linear([2.0], [0.4]))
    assert tr.values[("new_w", 1, 0, 0)] == [pytest.approx(0.5 - 0.1 * 1.2)]  # 0.38
    assert pytest.approx(0.5 + 0.1 * 1.2) in [v for v, _why in tr.mistakes[("new_w", 1, 0, 0)]]  # 0.62


def test_each_examples_own_delta_is_a_truth() -> None:
    # x = 2, 1; t = 0.4, 0.1: z = 1.0, 0.5; each example's delta = z - t = 0.6, 0.4
    tr = truth_of(_linear([2.0, 1.0], [0.4, 0.1]))
    assert sorted(tr.values[("delta", 1, 0)]) == [pytest.approx(0.4), pytest.approx(0.6)]


def test_the_missing_fprime_mistake_divides_it_out() -> None:
    # sigmoid output, half_sse: delta = (a - t) sigma'(z), so delta without sigma' is a - t
    import math

    tr = truth_of(_linear([2.0], [0.4], act="sigmoid"))
    a = 1 / (1 + math.exp(-1.0))  # z = 0.5 * 2
    assert pytest.approx(a - 0.4) in [v for v, _why in tr.mistakes[("delta", 1, 0)]]


def test_no_drift_when_rounding_changes_no_number() -> None:
    # every value of this batch is exact at 3 decimals (z = 1.0, 0.5; delta = 0.6, 0.4; dL/dw = (1.2 + 0.4)/2 = 0.8)
    drift = carried_drift(_linear([2.0, 1.0], [0.4, 0.1]), 3)
    assert drift[("gw", 1, 0, 0)] == pytest.approx(0.0, abs=1e-12)
    # the new weight keeps only the worst case of its printed operands: eta x half a unit of the printed
    # gradient, plus the change's and the new value's own rounding (two half units); half = 0.0005 at 3 places
    assert drift[("new_w", 1, 0, 0)] == pytest.approx(0.1 * 0.0005 + 2 * 0.0005, abs=1e-12)


# ---------------------------------------------------------------- reading the network from the document

DOC = r"""
$$W^{(1)} = \begin{bmatrix} 0.1 & 0.3 \\ 0.2 & 0.4 \end{bmatrix}^T$$

$$x = \begin{bmatrix} 0.5 \\ 1.0 \end{bmatrix}$$

$$t = \begin{bmatrix} 0.7 \\ 0.2 \end{bmatrix}$$

$$a_1 = \sigma(0.25) = 0.5622$$

$$L = \frac{1}{2}\sum (t - a)^2$$

$$W^{(1)} = \begin{bmatrix} 0.9 & 0.8 \\ 0.7 & 0.6 \end{bmatrix}$$
"""


def test_the_first_printed_weights_are_read_transposed_as_written() -> None:
    from generator.verify.docnet import read_network

    net = read_network(DOC, "md")
    assert net is not None
    # [[0.1, 0.3], [0.2, 0.4]]^T, the first W^(1) printed (the later one is the updated matrix)
    assert net.spec.weights[0].tolist() == [[0.1, 0.2], [0.3, 0.4]]


def test_one_bias_printed_for_a_layer_is_shared_by_its_neurons() -> None:
    from generator.verify.docnet import read_network

    net = read_network(DOC + "\n$$b^{(1)} = 0.35$$\n", "md")
    assert net is not None and net.spec.biases is not None
    assert net.spec.biases[0].tolist() == [0.35, 0.35]


def test_sgd_passes_are_counted_rounding_up() -> None:
    from generator.verify.docnet import read_network

    two = (
        DOC.replace(r"0.5 \\ 1.0", r"0.5 & 0.1 \\ 1.0 & 0.3").replace(r"0.7 \\ 0.2", r"0.7 & 0.1 \\ 0.2 & 0.9")
        + "\nEach step takes one example. $\\eta = 0.5$\n\n### Step 2\n\n### Step 3\n"
    )
    net = read_network(two, "md")
    assert net is not None
    # three one-example steps over two examples: two passes (the second one partial)
    assert (net.spec.m, net.spec.mode, net.spec.steps) == (2, "sgd", 2)


def test_two_learning_rates_seen_as_often_give_none() -> None:
    from generator.check.document import extract_chains
    from generator.check.extract import LineMap
    from generator.verify.docnet import infer_learning_rate

    lines = [
        "$$w_1^{+} = 0.5 - 0.1 \\times 0.2 = 0.48$$",
        "$$w_2^{+} = 0.5 - 0.2 \\times 0.1 = 0.48$$",
        "$$w_3^{+} = 0.4 - 0.1 \\times 0.3 = 0.37$$",
        "$$w_4^{+} = 0.4 - 0.2 \\times 0.3 = 0.34$$",
    ]
    for tie in ("\n\n".join(lines[:2]) + "\n", "\n\n".join(lines) + "\n"):  # 0.1 and 0.2 seen once each, then twice each
        assert infer_learning_rate(extract_chains(tie, "md"), LineMap(tie)) is None
    more = "\n\n".join(lines[:3]) + "\n"  # 0.1 twice (lines 1 and 5), 0.2 once
    assert infer_learning_rate(extract_chains(more, "md"), LineMap(more)) == (0.1, [1, 5])
