"""Formula cell and result cell of one pipe-table row are checked together (seed 002).

Expected values are recomputed here (stated in comments), never copied from the checker.
"""

import math

import pytest
from paths import seed

from generator.check import check_text

SEED_002 = seed("002")


def sig(x: float) -> float:
    return 1 / (1 + math.exp(-x))


ROW = (
    "| Neuron | Net Input | Formula | Intermediate Steps | Result |\n"
    "|--------|-----------|---------|-------------------|--------|\n"
    "| $o_1$ | $0.43253$ | $\\sigma(0.43253)$ | $e^{-0.43253} \\approx 0.648$ <br> $\\frac{1}{1 + 0.648}$ | $\\boxed{0.60635}$ |\n"
)


def test_formula_cells_relate_to_the_result_cell() -> None:
    rep = check_text(ROW, "md")
    got = [(f.line, f.lhs, f.printed, f.klass) for f in rep.findings]
    # sigma(0.43253) = 0.606478 (not 0.60635); 1/(1+0.648) = 1/1.648 = 0.606796 (not 0.60635);
    # e^{-0.43253} = 0.648865 -> 0.649, so 0.648 is an error as well (truncated).
    assert sig(0.43253) == pytest.approx(0.606478, abs=1e-6)
    assert 1 / 1.648 == pytest.approx(0.606796, abs=1e-6)
    # only the adjacent cell is the result's formula: sigma(0.43253) two cells away is not related
    assert got == [
        (3, "e^{-0.43253}", "0.648", "error"),
        (3, "\\frac{1}{1 + 0.648}", "\\boxed{0.60635}", "error"),
    ]
    assert float(rep.findings[1].expected) == pytest.approx(1 / 1.648, abs=1e-6)
    assert "looks truncated rather than rounded" in rep.findings[0].detail


def test_cells_in_other_columns_are_not_formulas_for_the_result() -> None:
    # Mazur: w5+ = 0.4 - 0.5 x 0.082167041 = 0.35891648; the Change cell is not a formula for the new value,
    # and sigmoid(1.105905967) is not a formula for the derivative 0.186815602 two cells right of it
    doc = (
        "| Weight | Old value | Change | New value |\n|---|---|---|---|\n"
        "| $w_5$ | $0.40$ | $-0.5 \\times 0.082167041$ | $0.35891648$ |\n\n"
        "| Quantity | Formula | Derivative | Value |\n|---|---|---|---|\n"
        "| $out_{o1}$ | $\\sigma(1.105905967)$ | $0.75136507 \\times (1 - 0.75136507)$ | $0.186815602$ |\n"
    )
    rep = check_text(doc, "md")
    assert rep.errors == 0, rep.findings
    assert rep.findings == []  # a "Derivative" or "Change" column is not taken for the result's formula


def test_step_rows_and_chain_ending_in_an_expression() -> None:
    doc = (
        "| Step | Calculation | Value |\n"
        "|------|-------------|-------|\n"
        "| 1. Compute difference | $t_1 - o_1 = 0.01 - 0.60635$ | $-0.59635$ |\n"  # exactly -0.59635: ok
        "| 2. Add 1 | $1 + 0.648$ | $1.648$ |\n"  # exactly: ok
        "| 3. Divide | $\\frac{1}{1.648}$ | $\\boxed{0.60635}$ |\n"  # 0.606796: error
        "| 4. Square | $(-0.59635)^2$ | **0.35563** |\n"  # 0.3556333 -> 0.35563: ok (bold plain cell)
    )
    rep = check_text(doc, "md")
    assert [(f.line, f.klass) for f in rep.findings] == [(3, "ok"), (4, "ok"), (5, "error"), (6, "ok")]
    assert 0.59635**2 == pytest.approx(0.3556333, abs=1e-7)


@pytest.mark.parametrize(
    "row",
    [
        "| $h_1 \\times w_7$ | $0.50$ | $0.50687$ | $0.25344$ |",  # plain values: nothing related
        "| Neuron | $0.5 \\times 0.2$ | $0.7$ |",  # header row (followed by the separator)
        "| **Sum** | | | $\\boxed{0.53428}$ |",  # empty cells: no formula
        "| $0.15 \\times 0.05 = 0.0075$ | $0.9$ |",  # a chain ending in a number is a value
        "| Compute $0.5 \\times 0.2$ | $0.7$ |",  # prose around the math: a label
        "| $0.5 \\times 0.2$ | $0.3$ | text |",  # the last cell is not a number
    ],
)
def test_unrelated_cells(row: str) -> None:
    if "Neuron" in row:
        doc = row + "\n|---|---|---|\n| a | b | c |\n"
    else:
        doc = "| A | B | C | D |\n|---|---|---|---|\n" + row + "\n"
    rep = check_text(doc, "md")
    assert rep.errors == 0, rep.findings


def test_nnwalk_table_shapes_relate_nothing() -> None:
    doc = (
        "| Step | Calculation | Value |\n|---|---|---|\n"
        "| 1. exponential | $e^{-0.02750} = 0.9728747$ | $0.9728747$ |\n"
        "| From | To | Weight | Value |\n|---|---|---|---|\n| I1 | H1 | $w_{1}$ | $0.15$ |\n"
    )
    rep = check_text(doc, "md")
    assert rep.checked == 1  # only the chain inside the cell itself


def test_seed_002_table_must_finds() -> None:
    rep = check_text(SEED_002.read_text(encoding="utf-8"))
    errors = {(f.line, f.lhs) for f in rep.findings if f.klass == "error"}
    # only the cell next to the result is its formula (σ(0.43253) two cells left is not related any more)
    assert (342, "\\frac{1}{1 + 0.648}") in errors
    assert (357, "\\frac{1}{1.648}") in errors
    # 0.59635 x 0.23886 = 0.142444... printed 0.14247 (issue must-find: line 784 reads 0.59635 x 0.23886 x 0.50687 = 0.14247 x 0.50687)
    assert round(0.59635 * 0.23886, 5) == 0.14244
    assert any(f.line == 784 and f.klass == "error" for f in rep.findings)


def test_a_column_defined_by_tanh_holds_rounded_values_under_a_one_hyphen_delimiter_row() -> None:
    """An RNN's forward-pass table (round 224): the header defines the column, ``(h_t=\\tanh(a_t))``, and its delimiter
    row writes one hyphen under the first column (GFM allows it). tanh(0.5) = 0.462117 printed 0.4621, so
    dy₁ = 0.4621 − 0.5 = −0.03788 is the rounded value minus 0.5 (−0.037883), not wrong; −0.03700 still is."""
    assert math.tanh(0.5) - 0.5 == pytest.approx(-0.037883, abs=1e-6) and round(math.tanh(0.5), 4) == 0.4621
    table = (
        "| t | (x_t) | (a_t=W_{xh}x_t) | (h_t=\\tanh(a_t)) |\n"
        "| - | ----: | --------------: | ---------------: |\n"
        "| 1 |     1 |          0.5000 |           0.4621 |\n\n"
    )
    assert [f.klass for f in check_text(table + "$dy_1 = 0.4621 - 0.5 = -0.03788$\n", "md").findings] == ["rounding"]
    assert [f.klass for f in check_text(table + "$dy_1 = 0.4621 - 0.5 = -0.03700$\n", "md").findings] == ["error"]
    # a column defined by a weighted sum of givens is exact: its cells are no rounded values
    plain = table.replace("(h_t=\\tanh(a_t))", "(h_t=W a_t)")
    assert [f.klass for f in check_text(plain + "$dy_1 = 0.4621 - 0.5 = -0.03788$\n", "md").findings] == ["error"]
