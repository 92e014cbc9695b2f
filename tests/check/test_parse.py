"""Each grammar feature parses and evaluates to a hand-computed value."""

import math

import pytest

from generator.check.ast import Matrix, Num, Sym, is_numeric
from generator.check.evaluate import Mat, evaluate
from generator.check.parse import ParseError, parse_latex_expr


def val(src: str) -> float:
    v = evaluate(parse_latex_expr(src))
    assert not isinstance(v, Mat)
    return v.mid


def mat(src: str) -> list[list[float]]:
    v = evaluate(parse_latex_expr(src))
    assert isinstance(v, Mat)
    return [[x.mid for x in r] for r in v.rows]


@pytest.mark.parametrize(
    "src, expected",
    [
        ("0.15", 0.15),
        ("-0.3", -0.3),
        (".5", 0.5),
        ("1.88 \\times 10^{-4}", 0.000188),
        ("1.88\\cdot10^{-4}", 0.000188),
        ("1.88e-4", 0.000188),
        ("0.15 \\times 0.05", 0.0075),
        ("0.15 \\cdot 0.05", 0.0075),
        ("0.15 * 0.05", 0.0075),
        ("0.3 / 0.6", 0.5),
        ("0.3 \\div 0.6", 0.5),
        ("\\frac{1}{2}", 0.5),
        ("\\dfrac{3}{4}", 0.75),
        ("\\tfrac{1}{4}", 0.25),
        ("\\frac12", 0.5),
        ("0.5^2", 0.25),
        ("2^{-1}", 0.5),
        ("3^{2}", 9.0),
        ("(0.05)(0.15)", 0.0075),
        ("0.5(1.0)", 0.5),
        ("2 \\cdot -0.9471", -1.8942),
        ("-(0.5)", -0.5),
        ("+0.5", 0.5),
        ("1 - 0.2 - 0.3", 0.5),  # left associative
        ("2 + 3 \\times 4", 14.0),  # precedence
        ("[0.1 + 0.2] \\times 2", 0.6),
        ("\\{0.1 + 0.2\\} \\times 2", 0.6),
        ("\\left( 0.1 + 0.2 \\right) \\times 2", 0.6),
        ("\\bigl( 0.1 + 0.2 \\bigr) \\times 2", 0.6),
        ("\\Big[ 0.1 + 0.2 \\Big] \\times 2", 0.6),
        ("{0.1 + 0.2} \\times 2", 0.6),
        ("\\frac{1}{2}(0.35998)^2", 0.5 * 0.35998 * 0.35998),
        ("0.5(1.0) + (-0.3)(0.5) + 0.7(-0.3) + 0.1", 0.24),
        ("e^{-0.43253}", math.exp(-0.43253)),
        ("\\exp(-0.5)", math.exp(-0.5)),
        ("\\exp\\left(-0.5\\right)", math.exp(-0.5)),
        ("\\sigma(0.3775)", 1 / (1 + math.exp(-0.3775))),
        ("\\tanh(0.5)", math.tanh(0.5)),
        ("\\ln(2)", math.log(2)),
        ("\\log(2)", math.log(2)),
        ("\\ln 2", math.log(2)),
        ("\\sqrt{0.25}", 0.5),
        ("\\max(0, -2.5)", 0.0),
        ("\\max(0, 2.6)", 2.6),
        ("\\min(0.2, 0.3)", 0.2),
        ("\\operatorname{ReLU}(-0.3)", 0.0),
        ("\\text{ReLU}(0.3)", 0.3),
        ("\\boxed{0.17782}", 0.17782),
        ("\\mathbf{0.5}", 0.5),
        ("\\color{red}{0.19}", 0.19),
        ("\\textcolor{red}{0.19}", 0.19),
        ("\\underbrace{0.1 + 0.2}_{\\text{sum}} \\times 2", 0.6),
        ("\\text{0.25}", 0.25),
        ("0.5\\,\\times\\;0.5\\!", 0.25),
        ("0.5 ~ \\times \\ 0.5", 0.25),
        ("\\frac{1}{1 + e^{-0.3775}}", 1 / (1 + math.exp(-0.3775))),
        ("0.5 \u00d7 0.2 \u2212 0.1", 0.0),
    ],
)
def test_scalar_values(src: str, expected: float) -> None:
    assert val(src) == pytest.approx(expected, rel=1e-12, abs=1e-15)


def test_scientific_literal_is_one_literal_with_mantissa_precision() -> None:
    node = parse_latex_expr("1.88 \\times 10^{-4}")
    assert isinstance(node, Num)
    assert node.decimals == 2
    assert node.half == pytest.approx(0.5e-2 * 1e-4)


def test_integer_literals_are_exact_and_decimals_are_not() -> None:
    one = parse_latex_expr("2")
    half = parse_latex_expr("0.50")
    assert isinstance(one, Num) and one.half == 0
    assert isinstance(half, Num) and half.half == pytest.approx(0.005)


@pytest.mark.parametrize(
    "src",
    [
        "w_1",
        "\\text{net}_{h1}",
        "\\sigma'(z)",
        "\\delta",
        "x + 0.5",
        "\\sigma",
        "\\sum_{i=1}^{3} x_i",
        "W^{(1)}",
        "\\mathbf{x}^T",
        "0.5 \\cdot h_1",
        "\\begin{bmatrix} w_1 & 0.2 \\end{bmatrix}",
        "\\begin{cases} 1 & x > 0 \\end{cases}",
    ],
)
def test_symbols_make_a_side_non_numeric(src: str) -> None:
    assert not is_numeric(parse_latex_expr(src))


@pytest.mark.parametrize("src", ["0.5 +", "(0.5", "0.5 0.3", "\\frac{1}", "", "0.5!"])
def test_malformed_raises_parse_error(src: str) -> None:
    with pytest.raises(ParseError):
        parse_latex_expr(src)


def test_bmatrix_and_pmatrix_are_values() -> None:
    assert mat("\\begin{bmatrix}0.1 & 0.2\\\\0.3 & 0.4\\end{bmatrix}") == [[0.1, 0.2], [0.3, 0.4]]
    assert mat("\\begin{pmatrix}1 \\\\ 2\\end{pmatrix}") == [[1.0], [2.0]]
    assert isinstance(parse_latex_expr("\\begin{bmatrix}1 & 2\\end{bmatrix}"), Matrix)


def test_matrix_addition_and_subtraction() -> None:
    got = mat("\\begin{bmatrix}0.1 & 0.2\\end{bmatrix} + \\begin{bmatrix}0.3 & 0.4\\end{bmatrix}")
    assert [round(x, 12) for x in got[0]] == [0.4, 0.6]
    got = mat("\\begin{bmatrix}0.5 & 0.2\\end{bmatrix} - \\begin{bmatrix}0.3 & 0.4\\end{bmatrix}")
    assert [round(x, 12) for x in got[0]] == [0.2, -0.2]


def test_scalar_times_matrix() -> None:
    got = mat("0.5 \\begin{bmatrix}2 & 4\\end{bmatrix}")
    assert got == [[1.0, 2.0]]
    got = mat("0.5 \\times \\begin{bmatrix}2 \\\\ 4\\end{bmatrix}")
    assert got == [[1.0], [2.0]]


def test_matrix_vector_product() -> None:
    # [[1, 2], [3, 4]] @ [5, 6] = [1*5 + 2*6, 3*5 + 4*6] = [17, 39]
    got = mat("\\begin{bmatrix}1 & 2\\\\3 & 4\\end{bmatrix}\\begin{bmatrix}5\\\\6\\end{bmatrix}")
    assert got == [[17.0], [39.0]]
    got = mat("\\begin{bmatrix}1 & 2\\\\3 & 4\\end{bmatrix} \\cdot \\begin{bmatrix}5\\\\6\\end{bmatrix}")
    assert got == [[17.0], [39.0]]


def test_outer_product_with_transpose_spellings() -> None:
    # [1, 2]^T-outer [3, 4] = [[3, 4], [6, 8]]
    for t in ("^T", "^{T}", "^{\\top}", "^\\top", "^\\intercal", "^{\\mathsf{T}}"):
        got = mat(f"\\begin{{bmatrix}}1\\\\2\\end{{bmatrix}}\\begin{{bmatrix}}3\\\\4\\end{{bmatrix}}{t}")
        assert got == [[3.0, 4.0], [6.0, 8.0]], t


def test_inner_product_gives_scalar() -> None:
    # [1, 2] . [3, 4] = 11
    assert val("\\begin{bmatrix}1\\\\2\\end{bmatrix}^T\\begin{bmatrix}3\\\\4\\end{bmatrix}") == 11.0


def test_hadamard_and_elementwise_functions() -> None:
    got = mat("\\begin{bmatrix}0.5\\\\0.2\\end{bmatrix} \\odot \\begin{bmatrix}0.4\\\\3\\end{bmatrix}")
    assert [round(r[0], 12) for r in got] == [0.2, 0.6]
    got = mat("\\sigma\\left(\\begin{bmatrix}0\\\\0\\end{bmatrix}\\right)")
    assert [round(r[0], 12) for r in got] == [0.5, 0.5]
    got = mat("\\max(0, \\begin{bmatrix}2.6 \\\\ -2.5\\end{bmatrix})")
    assert got == [[2.6], [0.0]]


def test_matrix_cells_may_be_expressions() -> None:
    # 0.2*1 - 0.1*4 + 0.4*7 = 0.2 - 0.4 + 2.8 = 2.6
    got = mat("\\begin{bmatrix} 0.2 \\cdot 1 - 0.1 \\cdot 4 + 0.4 \\cdot 7 \\end{bmatrix}")
    assert round(got[0][0], 12) == 2.6


def test_symbol_node_kept_for_unknown_command() -> None:
    assert isinstance(parse_latex_expr("\\alpha"), Sym)


def test_font_size_switches_are_not_names() -> None:
    # Jupyter authors size their formulas: "\Large\frac{1}{4} = \normalsize0.25" is 1/4 = 0.25 (right), 0.35 is wrong
    from generator.check import check_text

    assert [(f.klass, f.printed) for f in check_text("$\\Large\\frac{1}{4} = \\normalsize0.25$\n", "md").findings] == [
        ("ok", "0.25")
    ]
    assert [f.klass for f in check_text("$\\Large\\frac{1}{4} = \\normalsize0.35$\n", "md").findings] == ["error"]
