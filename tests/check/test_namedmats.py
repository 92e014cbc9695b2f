"""Matrices printed by name, a formula of the names, then its value (``generator.check.namedmats``).

Expected products are worked here with plain Python loops (an oracle apart from nnwalk's evaluator); each
form is tried with a right and a wrong result, and each guard with a result that would be wrong if read.
"""

from __future__ import annotations

import pytest

from generator.check import check_text


def matmul(a: list[list[float]], b: list[list[float]]) -> list[list[float]]:
    return [[round(sum(a[i][k] * b[k][j] for k in range(len(b))), 10) for j in range(len(b[0]))] for i in range(len(a))]


def tex(m: list[list[float]], rows: str = " \\\\ ") -> str:
    return "\\begin{bmatrix} " + rows.join(" & ".join(f"{v:g}" for v in row) for row in m) + " \\end{bmatrix}"


X = [[1, 2], [3, 4], [5, 6]]
W = [[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]
RIGHT = matmul(X, W)  # [[0.9, 1.2, 1.5], [1.9, 2.6, 3.3], [2.9, 4.0, 5.1]]
WRONG = [row[:] for row in RIGHT]
WRONG[2][2] = 5.2
assert RIGHT == [[0.9, 1.2, 1.5], [1.9, 2.6, 3.3], [2.9, 4.0, 5.1]]


def findings(page: str) -> list[tuple[int, str]]:
    return [(f.line, f.klass) for f in check_text(page, "md").findings if f.klass != "ok"]


def headed(result: list[list[float]], rows: str = " \\\\ ") -> str:
    return (
        f"#### Input $X$\n$$\n{tex(X, rows)}\n$$\n#### $W_Q$\n$$\n{tex(W, rows)}\n$$\n"
        f"$$\nQ = X \\cdot W_Q\n$$\n#### Query $Q$\n$$\n{tex(result, rows)}\n$$\n"
    )


def named(result: list[list[float]], rows: str = " \\\\ ") -> str:
    return f"$$X = {tex(X, rows)}$$\n\n$$W_Q = {tex(W, rows)}$$\n\nThen $Q = X \\cdot W_Q$:\n\n$$Q = {tex(result, rows)}$$\n"


@pytest.mark.parametrize(("build", "line"), [(headed, 14), (named, 7)])
def test_a_formula_of_printed_matrices_is_checked_against_its_printed_value(build, line: int) -> None:  # noqa: ANN001
    assert findings(build(RIGHT)) == []
    assert findings(build(WRONG)) == [(line, "error")]
    detail = next(f.detail for f in check_text(build(WRONG), "md").findings if f.klass == "error")
    assert "X (line" in detail and "W_Q (line" in detail


def test_rows_escaped_for_markdown_are_one_row_break() -> None:
    # a page that writes \\\\ between rows (and after the last) so that Markdown leaves \\ for MathJax
    for build, line in ((headed, 14), (named, 7)):
        assert findings(build(RIGHT, " \\\\\\\\ ")) == []
        assert findings(build(WRONG, " \\\\\\\\ ")) == [(line, "error")]


def test_a_transposed_name_is_a_transpose() -> None:
    # X^T X: [[1, 3, 5], [2, 4, 6]] [[1, 2], [3, 4], [5, 6]] = [[35, 44], [44, 56]]
    assert matmul([[1, 3, 5], [2, 4, 6]], X) == [[35, 44], [44, 56]]
    page = f"$$X = {tex(X)}$$\n\n$$G = X^T X$$\n\n$$G = {tex([[35, 44], [44, 57]])}$$\n"
    assert findings(page) == [(5, "error")]


@pytest.mark.parametrize(
    "page",
    [
        # a name with no printed matrix
        f"$$X = {tex(X)}$$\n\n$$Q = X \\cdot W_Q$$\n\n$$Q = {tex(WRONG)}$$\n",
        # the value printed before the formula
        f"$$X = {tex(X)}$$\n\n$$W_Q = {tex(W)}$$\n\n$$Q = {tex(WRONG)}$$\n\n$$Q = X \\cdot W_Q$$\n",
        # the name given another formula before its value
        f"$$X = {tex(X)}$$\n\n$$W_Q = {tex(W)}$$\n\n$$Q = X \\cdot W_Q$$\n\n$$Q = 2 X$$\n\n$$Q = {tex(WRONG)}$$\n",
        # a heading with words between it and the matrix names nothing
        f"#### $X$\nThe inputs, one row per token:\n$$\n{tex(X)}\n$$\n$$W_Q = {tex(W)}$$\n\n$$Q = X \\cdot W_Q$$\n\n"
        f"$$Q = {tex(WRONG)}$$\n",
    ],
)
def test_no_relation_without_every_matrix_printed_before_its_formula(page: str) -> None:
    assert [k for _line, k in findings(page) if k in ("error", "propagated")] == []


def test_a_formula_of_names_valued_in_the_same_equation_is_checked() -> None:
    # an attention note prints Q and K by name in one display, then QK^\top = [4 × 4 matrix] with one cell wrong
    q = [[1, 0, 1], [0, 1, 1], [1, 1, 0], [0, 0, 1]]
    k = [[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 0]]
    kt = [list(col) for col in zip(*k)]
    s = matmul(q, kt)
    assert s[2][3] == 2  # by hand: [1, 1, 0] · [1, 1, 0]
    given = f"$$Q = {tex(q)},\\quad K = {tex(k)}$$\n\n"
    right = given + f"$$QK^\\top = {tex(s)}$$\n"
    assert findings(right) == []
    wrong = [row[:] for row in s]
    wrong[2][3] = 1
    assert findings(given + f"$$QK^\\top = {tex(wrong)}$$\n") == [(3, "error")]
    # a letter without a printed matrix (V): no relation, nothing named
    assert findings(given + f"$$QV^\\top = {tex(wrong)}$$\n") == []


def test_a_name_its_formula_and_its_value_in_one_equation() -> None:
    # Q = X \cdot W_Q = [matrix] (an attention README's line): the formula's printed value, checked as one relation
    page = f"$$X = {tex(X)}$$\n\n$$W_Q = {tex(W)}$$\n\n$$Q = X \\cdot W_Q = {tex(RIGHT)}$$\n"
    assert findings(page) == []
    assert findings(page.replace(tex(RIGHT), tex(WRONG))) == [(5, "error")]
    # the value is then Q's own: Q \cdot W_Q^T redone from it (by hand: row 3 of RIGHT · rows of W)
    qw = matmul(RIGHT, [list(c) for c in zip(*W)])
    assert qw[0] == [0.78, 1.86]  # 0.09 + 0.24 + 0.45, 0.36 + 0.6 + 0.9
    then = page + f"\n$$R = Q \\cdot W_Q^T = {tex(qw)}$$\n"
    assert findings(then) == []
    bad = [row[:] for row in qw]
    bad[0][1] = 1.87
    assert findings(page + f"\n$$R = Q \\cdot W_Q^T = {tex(bad)}$$\n") == [(7, "error")]


def test_a_right_cell_with_the_digits_of_a_wrong_one_is_computed_anew_not_a_restatement() -> None:
    # K's first cell is printed 3.1 where it is 1 · 0.1 + 2 · 0.4 = 0.9; V = X · W_V prints a right 3.1 of its own
    # (3 · 0.1 + 4 · 0.7): that cell is V's product, not a copy of K's wrong value
    w_k = [[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]
    w_v = [[0.2, 0.1, 0.3], [0.4, 0.7, 0.6]]
    k, v = matmul(X, w_k), matmul(X, w_v)
    assert v[1][1] == 3.1 and k[0][0] == 0.9
    wrong_k = [row[:] for row in k]
    wrong_k[0][0] = 3.1  # by hand 1 · 0.1 + 2 · 0.4 = 0.9
    page = (
        f"$$X = {tex(X)}$$\n\n$$W_K = {tex(w_k)}, \\; W_V = {tex(w_v)}$$\n\n"
        f"$$K = X \\cdot W_K = {tex(wrong_k)}$$\n\n$$V = X \\cdot W_V = {tex(v)}$$\n"
    )
    assert findings(page) == [(5, "error")]


def test_a_product_written_without_a_space_takes_the_subscript_on_its_last_letter() -> None:
    # Q = XW_Q is X times W_Q (a review's page, where a plain W is printed too): by hand X · W_Q = RIGHT
    given = f"$$W = {tex([[1, 0, 0], [0, 1, 0]])}$$\n\n$$X = {tex(X)}$$\n\n$$W_Q = {tex(W)}$$\n\n"
    for formula in ("XW_Q", "XW_{Q}"):
        assert findings(given + f"$$Q = {formula} = {tex(RIGHT)}$$\n") == [], formula
        assert findings(given + f"$$Q = {formula} = {tex(WRONG)}$$\n") == [(7, "error")], formula
    # with no W_Q printed, XW_Q is not read as X times W
    assert findings(f"$$W = {tex(W)}$$\n\n$$X = {tex(X)}$$\n\n$$Q = XW_Q = {tex(WRONG)}$$\n") == []
