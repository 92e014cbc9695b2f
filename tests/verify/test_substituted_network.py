"""Level 2 on a network that a page gives only inside its substituted sums (``generator.verify.subnet``).

The page is written here from a 2-2-1 sigmoid network computed in plain Python (the oracle: a
scalar forward and backward pass in this file, nothing from nnwalk). Its weights appear only
as ``a_2 = (w_{1,2} × x_1) + (w_{2,2} × x_2) = (0.3 × 0.35) + …``: the weight ``w_{1,2}`` runs from
``x_1`` to ``a_2`` because the page's own sum says so (a general convention would read it as
row 1, column 2).
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from generator.check.document import extract_chains
from generator.check.extract import LineMap
from generator.verify.run import verify_document, verify_text
from generator.verify.subnet import SubNet, bind, items, read_substituted

X = (0.35, 0.7)
W = {"11": 0.2, "21": 0.6, "12": 0.3, "22": 0.8, "13": 0.4, "23": 0.9}  # w_{i,j}: from unit i of the layer below to a_j
T, ETA = 0.5, 0.5


def sig(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


def oracle() -> dict[str, float]:
    """The forward pass, the δs of ½(t − y)², and every updated weight, one scalar at a time."""
    v: dict[str, float] = {}
    v["a1"] = W["11"] * X[0] + W["21"] * X[1]
    v["a2"] = W["12"] * X[0] + W["22"] * X[1]
    v["y3"], v["y4"] = sig(v["a1"]), sig(v["a2"])
    v["a3"] = W["13"] * v["y3"] + W["23"] * v["y4"]
    v["y5"] = sig(v["a3"])
    v["d5"] = v["y5"] * (1 - v["y5"]) * (T - v["y5"])  # the page's δ: the negative gradient, added to the weights
    v["d3"] = v["y3"] * (1 - v["y3"]) * W["13"] * v["d5"]
    v["d4"] = v["y4"] * (1 - v["y4"]) * W["23"] * v["d5"]
    src = {"11": X[0], "21": X[1], "12": X[0], "22": X[1], "13": v["y3"], "23": v["y4"]}
    delta = {"1": v["d3"], "2": v["d4"], "3": v["d5"]}
    for k, w in W.items():
        v["new" + k] = w + ETA * delta[k[1]] * src[k]
    return v


def page(wrong_w12: float | None = None) -> str:
    """The walkthrough, every number rounded from the oracle; ``wrong_w12`` replaces the printed new w_{1,2}."""
    v = oracle()
    new12 = v["new12"] if wrong_w12 is None else wrong_w12
    return "\n".join(
        [
            "Sigmoid activation, target output 0.5.",
            "",
            "$$ a_1 = (w_{1,1} \\times x_1) + (w_{2,1} \\times x_2) $$",
            f"$$ a_1 = (0.2 \\times 0.35) + (0.6 \\times 0.7) = {v['a1']:.2f} $$",
            f"$$ y_3 = F({v['a1']:.2f}) = \\frac{{1}}{{1 + e^{{-{v['a1']:.2f}}}}} = {sig(round(v['a1'], 2)):.4f} $$",
            f"$$ a_2 = (w_{{1,2}} \\times x_1) + (w_{{2,2}} \\times x_2) = (0.3 \\times 0.35) + (0.8 \\times 0.7) = {v['a2']:.3f} $$",
            f"$$ y_4 = F({v['a2']:.3f}) = \\frac{{1}}{{1 + e^{{-{v['a2']:.3f}}}}} = {sig(round(v['a2'], 3)):.4f} $$",
            f"$$ a_3 = (w_{{1,3}} \\times y_3) + (w_{{2,3}} \\times y_4) = (0.4 \\times {v['y3']:.4f}) + (0.9 \\times {v['y4']:.4f}) = {v['a3']:.4f} $$",
            f"$$ y_5 = F({v['a3']:.4f}) = {v['y5']:.4f} $$",
            "",
            "$$ Error = y_{target} - y_5 $$",
            f"$$ Error = 0.5 - {v['y5']:.4f} = {T - v['y5']:.4f} $$",
            "",
            "$$ δ_5 = y_5(1 - y_5)(y_{target} - y_5) $$",
            "$$ Δw_{ij} = η × δ_j × O_j $$",
            f"$$ Δw_{{2,3}} = 0.5 × {v['d5']:.6f} × {v['y4']:.4f} = {ETA * v['d5'] * v['y4']:.6f} $$",
            "",
            f"$$ w_{{1,2}}(new) = {new12:.6f} $$",
            f"$$ w_{{2,1}}(new) = {v['new21']:.6f} $$",
            "",
        ]
    )


def _read(text: str) -> SubNet | str | None:
    return read_substituted(text, extract_chains(text, "md"), LineMap(text))


def test_the_network_is_read_from_the_sums_in_the_pages_own_orientation() -> None:
    got = _read(page())
    assert isinstance(got, SubNet), got
    assert got.layers == [2, 2, 1]
    # row j = the neuron a_j, column i = its source: w_{1,2} (x_1 → a_2) is row 2, column 1
    assert got.weights == [[[W["11"], W["21"]], [W["12"], W["22"]]], [[W["13"], W["23"]]]]
    assert got.x == list(X) and got.t == [T] and got.biases is None
    assert got.rate == ETA and got.loss_hint == "half_sse"
    names = dict(got.names)
    assert names["w_1,2"] == ("w", 1, 1, 0) and names["w_2,1"] == ("w", 1, 0, 1)
    assert names["y_3"] == ("a", 1, 0) and names["y_5"] == ("a", 2, 0) and names["y_target"] == ("t", 0)


def test_level2_names_a_wrong_new_weight_printed_without_working() -> None:
    v = oracle()
    right = verify_text(page(), "page.md")
    assert right.level2 is not None, right.network_gap
    assert "substituted formulas" in (right.network or "")
    assert not [f for f in right.to_json()["findings"] if f["class"] != "rounding"]
    wrong = verify_text(page(wrong_w12=v["new12"] + 0.02), "page.md").to_json()["findings"]
    lines = page().splitlines()
    at = next(i for i, s in enumerate(lines, start=1) if s.startswith("$$ w_{1,2}(new)"))
    named = [f for f in wrong if f["line"] == at]
    assert named and named[0]["class"] != "rounding"
    assert float(named[0]["expected"]) == pytest.approx(v["new12"], abs=1e-6)


def test_a_sum_that_skips_a_unit_is_no_network() -> None:
    text = page().replace(
        "(w_{1,2} \\times x_1) + (w_{2,2} \\times x_2) = (0.3 \\times 0.35) + (0.8 \\times 0.7)",
        "(w_{1,2} \\times x_1) = (0.3 \\times 0.35)",
    )
    assert text != page()
    got = _read(text)
    assert isinstance(got, str) and "every unit of the layer before" in got


@pytest.mark.parametrize(
    ("formula", "numbers", "want"),
    [
        (r"i1*w11+i2*w21", r"0*0.5+1*0.1", {"i1": 0.0, "w11": 0.5, "i2": 1.0, "w21": 0.1}),
        (r"x_1 \cdot w_{11}", r"1 \cdot (-0.07)", {"x_1": 1.0, "w_11": -0.07}),
        (r"f(h1*w1o)", r"f(0.525*0.4)", {"h1": 0.525, "w1o": 0.4}),
        (r"\frac{1}{n}(d-o)^2", r"\frac{1}{1}(1-0.697)^2", {"n": 1.0, "d": 1.0, "o": 0.697}),
        (r"w_1 x_1", r"0.15 \times 0.05", {"w_1": 0.15, "x_1": 0.05}),  # juxtaposition against an explicit ×
        (r"w_1 x_1 + b", r"0.15 \times 0.05 \times 2", None),  # a different shape binds nothing
        (r"w_1 + w_1", r"0.1 + 0.2", None),  # one name, two numbers
        (r"w_1x + b_1", r"(2 \times 1) + 0", {"w_1": 2.0, "x": 1.0, "b_1": 0.0}),  # w_1x is w_1 times x, as TeX reads it
        (r"w_1 x + b_1", r"(2 \times 1) \times 0", None),  # the brackets hold a factor, not a term
    ],
)
def test_bind(formula: str, numbers: str, want: dict | None) -> None:
    text = f"$${formula} = {numbers}$$"
    chain = extract_chains(text, "md")[0]
    f, n = (items(s.tokens, text) for s in chain.sides[:2])
    got = bind(f, n)
    assert (None if got is None else {k: v for k, (_t, v) in got.items()}) == want


def test_a_value_level2_finds_wrong_is_followed_into_prose_and_later_arithmetic() -> None:
    # w_{1,2}(new) is printed 0.02 off; a sentence restates it and a later line doubles it: both are propagated,
    # expected from the oracle's new w_{1,2} (the doubled value computed here, not by nnwalk)
    v = oracle()
    bad = v["new12"] + 0.02
    text = page(wrong_w12=bad) + f"So w_{{1,2}} becomes {bad:.6f}.\n\n$$ v = {bad:.6f} \\times 2 = {2 * bad:.6f} $$\n"
    lines = text.splitlines()
    prose = next(i for i, s in enumerate(lines, start=1) if s.startswith("So w_{1,2}"))
    double = next(i for i, s in enumerate(lines, start=1) if s.startswith("$$ v ="))
    found = verify_text(text, "page.md").to_json()["findings"]
    got = {(f["line"], f["printed"]): f for f in found}
    assert got[(prose, f"{bad:.6f}")]["class"] == "propagated"
    assert float(got[(prose, f"{bad:.6f}")]["expected"]) == pytest.approx(v["new12"], abs=1e-6)
    assert got[(double, f"{2 * bad:.6f}")]["class"] == "propagated"
    assert float(got[(double, f"{2 * bad:.6f}")]["expected"]) == pytest.approx(2 * v["new12"], abs=1e-5)


def _torn_page(bias_o2: float) -> str:
    h1, h2 = 0.593269992, 0.596884378
    o1 = 0.40 * h1 + 0.45 * h2 + 0.60  # the true net input: the page prints it, but substitutes 0.35 for b_3
    o2 = 0.50 * h1 + 0.55 * h2 + bias_o2
    return (
        "$net_{o_1} = w_5 out_{h_1} + w_6 out_{h_2} + b_3$\n\n"
        f"$net_{{o_1}} = 0.40 * {h1} + 0.45 * {h2} + 0.35 = {o1:.9f}$\n\n"
        "$net_{o_2} = w_7 out_{h_1} + w_8 out_{h_2} + b_3$\n\n"
        f"$net_{{o_2}} = 0.50 * {h1} + 0.55 * {h2} + {bias_o2:.2f} = {o2:.9f}$\n\n"
        f"$out_{{o_1}} = \\frac{{1}}{{1+e^{{-{o1:.9f}}}}} = {1 / (1 + math.exp(-o1)):.8f}$\n"
    )


def test_a_result_whose_page_substitutes_two_numbers_for_one_symbol_is_named_but_not_carried(tmp_path: Path) -> None:
    """dkelsh's post substitutes 0.35 for b_3 in net_o1 and 0.60 in net_o2: its own substitutions disagree, so
    net_o1 = 1.105905967 (the true value, with 0.60) is wrong as printed but may be right; out_o1 computed from
    it is not called wrong. With b_3 = 0.35 in both, the error is followed into out_o1."""
    torn = tmp_path / "torn.md"
    torn.write_text(_torn_page(0.60), encoding="utf-8")
    got = [(f["line"], f["class"]) for f in verify_document(torn, level=1).to_json()["findings"] if f["class"] != "ok"]
    assert got == [(3, "error")]
    same = tmp_path / "same.md"
    same.write_text(_torn_page(0.35), encoding="utf-8")
    got = [(f["line"], f["class"]) for f in verify_document(same, level=1).to_json()["findings"] if f["class"] != "ok"]
    assert (3, "error") in got and any(line == 9 and k == "propagated" for line, k in got)


def test_a_network_given_by_layer_in_prose_and_worked_in_substituted_sums_is_read() -> None:
    # 1-1-1 ReLU, x = 1, y = 5, w_1 = 2, b_1 = 0, w_2 = 3, b_2 = 1 (numbered by layer, not Mazur's w_1 … w_8):
    # by hand z_1 = a_1 = 2, z_2 = a_2 = 7, dJ/da_2 = 2, dJ/dw_2 = 2 · a_1 = 4, dJ/db_2 = 2, dJ/dz_1 = 2 · w_2 · 1 = 6,
    # dJ/dw_1 = 6 · x = 6, dJ/db_1 = 6. The page prints dJ/db_1 = 2 and dJ/dw_2 = 2 without working.
    text = (
        "- **Activation:** ReLU for all layers; cost $J = \\frac{1}{2}(a_2 - y)^2$.\n"
        "- Training example: $x=1$, $y=5$.\n"
        "  - Layer 1: $w_1 = 2$, $b_1 = 0$\n"
        "  - Layer 2: $w_2 = 3$, $b_2 = 1$\n"
        "- $z_1 = w_1x + b_1 = (2 \\times 1) + 0 = 2$\n"
        "- $a_1 = g(z_1) = \\max(0, 2) = 2$\n"
        "- $z_2 = w_2a_1 + b_2 = (3 \\times 2) + 1 = 7$\n"
        "- $a_2 = g(z_2) = \\max(0, 7) = 7$\n"
        "- $J = \\frac{1}{2}(a_2 - y)^2 = \\frac{1}{2}(7 - 5)^2 = 2$\n"
        "- $\\frac{\\partial J}{\\partial w_1} = 6$\n"
        "- $\\frac{\\partial J}{\\partial b_1} = 2$\n"
        "- $\\frac{\\partial J}{\\partial w_2} = 2$\n"
        "- $\\frac{\\partial J}{\\partial b_2} = 2$\n"
    )
    report = verify_text(text, "layers.md")
    assert report.level2 is not None, report.network_gap
    named = sorted((f["line"], f["expected"]) for f in report.to_json()["findings"] if f["class"] != "rounding")
    assert [line for line, _e in named] == [11, 12]
    assert float(named[0][1]) == 6 and float(named[1][1]) == 4


def test_a_plain_name_value_list_item_is_judged_against_the_network() -> None:
    # the network of the test above: a_2 = 7 and z_1 = 2 by hand; "a_2=7.50" in a plain list is wrong, "z_1=2.00" right
    text = (
        "- Training example: $x=1$, $y=5$; cost $J = \\frac{1}{2}(a_2 - y)^2$, ReLU for all layers.\n"
        "- Layer 1: $w_1 = 2$, $b_1 = 0$; layer 2: $w_2 = 3$, $b_2 = 1$\n"
        "- $z_1 = w_1x + b_1 = (2 \\times 1) + 0 = 2$\n"
        "- $a_1 = g(z_1) = \\max(0, 2) = 2$\n"
        "- $z_2 = w_2a_1 + b_2 = (3 \\times 2) + 1 = 7$\n"
        "- $a_2 = g(z_2) = \\max(0, 7) = 7$\n"
        "- $J = \\frac{1}{2}(a_2 - y)^2 = \\frac{1}{2}(7 - 5)^2 = 2$\n"
        "\nAgain, in plain text:\n\n- a_2=7.50\n- z_1=2.00\n"
    )
    report = verify_text(text, "plain-items.md")
    assert report.level2 is not None, report.network_gap
    named = [(f["line"], f["printed"]) for f in report.to_json()["findings"] if f["class"] != "rounding"]
    assert [line for line, _p in named] == [11]
