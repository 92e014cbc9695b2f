"""Plain-text equality chains (no math delimiters), as in seed 001.

Expected values are recomputed here with ``math``/``decimal`` and the arithmetic is
stated in comments; they are never copied from the checker's output.
"""

import math
from decimal import Decimal

import pytest
from paths import seed

from generator.check import check_text
from generator.check.document import extract_chains

SEED_001 = seed("001")


def sig(x: float) -> float:
    return 1 / (1 + math.exp(-x))


def classes(text: str, fmt: str = "auto") -> list[tuple[str, str]]:
    return [(f.klass, f.printed) for f in check_text(text, fmt).findings]


# ----------------------------------------------------------------- extraction
def test_chain_sides_and_symbolic_name() -> None:
    chains = extract_chains("a4 = 1 / (1 + exp(-(-0.7))) = 0.332\n", "text")
    assert [[s.text for s in c.sides] for c in chains] == [["a4", "1 / (1 + exp(-(-0.7)))", "0.332"]]
    rep = check_text("a4 = 1 / (1 + exp(-(-0.7))) = 0.332\n", "text")
    # 1/(1+e^{0.7}) = 1/3.0137527 = 0.331812 -> 0.332: ok; "a4 = ..." is symbolic, not checked
    assert sig(-0.7) == pytest.approx(0.331812, abs=1e-6)
    assert [(f.klass, f.printed) for f in rep.findings] == [("ok", "0.332")]
    assert rep.not_checked == 1


def test_two_statements_on_one_line_are_split() -> None:
    line = "Δω16 = 0.9 × 0.131 × 0.392 = 0.046 ω16_new = 0.939 - 0.3 = 0.639 -\n"
    chains = extract_chains(line, "text")
    assert [[s.text for s in c.sides] for c in chains] == [
        ["Δω16", "0.9 × 0.131 × 0.392", "0.046"],
        ["ω16_new", "0.939 - 0.3", "0.639"],
    ]
    # 0.9*0.131*0.392 = 0.0462168 -> 0.046 ok; 0.939 - 0.3 = 0.639 exactly -> ok
    assert Decimal("0.9") * Decimal("0.131") * Decimal("0.392") == Decimal("0.0462168")
    assert classes(line, "text") == [("ok", "0.046"), ("ok", "0.639")]


def test_unicode_operators_functions_and_names() -> None:
    text = (
        "h₁ = σ(0.5) = 0.6225\n"  # sigmoid(0.5) = 0.622459 -> 0.6225
        "z = max(0, -0.5) + tanh(0.2) = 0.197\n"  # 0 + tanh(0.2) = 0.197375 -> 0.197
        "d = √2 × 0.5 = 0.7071\n"  # 1.41421356 * 0.5 = 0.70710678 -> 0.7071
        "v = 10⁻³ × 2.5 = 0.0025\n"  # exactly 0.0025
        "y = 2**0.5 = 1.414\n"  # 1.41421 -> 1.414
        "q = ln(2.0) · 0.5 = 0.347\n"  # 0.693147 * 0.5 = 0.346574 -> 0.347
        "r = 1.2 ÷ 0.4 − 0.5 = 2.5\n"  # 3 - 0.5 = 2.5
        "E = ½ × (0.01 − 0.75)^2 = 0.27380\n"  # 0.5 * 0.5476 = 0.2738
    )
    assert round(sig(0.5), 4) == 0.6225 and round(math.tanh(0.2), 3) == 0.197
    assert round(math.log(2.0) * 0.5, 3) == 0.347
    assert classes(text, "text") == [
        ("ok", "0.6225"),
        ("ok", "0.197"),
        ("ok", "0.7071"),
        ("ok", "0.0025"),
        ("ok", "1.414"),
        ("ok", "0.347"),
        ("ok", "2.5"),
        ("ok", "0.27380"),
    ]


def test_wrong_plain_value_is_an_error_with_expected_value() -> None:
    rep = check_text("a5 = 1 / (1 + exp(-0.1)) = 0.325\n", "text")
    (f,) = rep.findings
    # 1/(1+e^{-0.1}) = 1/1.904837 = 0.524979
    assert f.klass == "error" and f.printed == "0.325"
    assert float(f.expected) == pytest.approx(sig(0.1), abs=1e-5)
    assert f.line == 1


@pytest.mark.parametrize(
    "prose",
    [
        "step 1 = 2 layers",
        "We use version 2.1.3 = latest",
        "A 3-layer network = 0.5 accuracy",
        "lr = 0.01 - 0.001 per epoch",
        "3 × 4 = 12 apples",  # integers only: no decimal, no function
        # whole numbers, even with a product sign, are not read: an output size that floors, a unit, a modulus (a
        # review's reproducers when they were: each was called wrong)
        "ResNet conv1: (224 - 7 + 2*3)/2 + 1 = 112",
        "Memory: 1024 * 1024 = 1048576 = 1 MiB",
        "7 * 3 = 21 = 1 (mod 5)",
        "uint8: 200 * 2 = 144 (wraps at 256)",
        "60000 / 128 * 10 = 4690 steps (469 batches per epoch)",
        "[1 2]   [5 6]   [19 22]\n[3 4] × [7 8] = [43 50]",
        "[0.6225 -1] × 0.6225 × (1 - 0.6225) = -0.0887",  # brackets that group, their space lost: -0.0887 is right
        "Released 2023-05-01 = v1.2",
        "Cost = $5 × 2 = $10",
        "p = 0.05 = 5%",
        "ratio 1/2 = 0.5",
        "Version 1.2 - 0.1 = 1.1 released 2023-05-01",
    ],
)
def test_prose_is_not_checked(prose: str) -> None:
    rep = check_text(prose + "\n", "text")
    assert rep.errors == 0 and rep.rounding == 0


def test_list_markers_and_bold_are_not_signs() -> None:
    # "- 0.5 × 2 = 1.0" is a bullet, not -0.5 × 2
    assert classes("- 0.5 × 2 = 1.0\n1. 0.25 × 2 = 0.50\n**Sum** = 0.5 + 0.25 = 0.75\n", "md") == [
        ("ok", "1.0"),
        ("ok", "0.50"),
        ("ok", "0.75"),
    ]


def test_trailing_prose_and_dangling_operator_are_trimmed() -> None:
    assert classes("x = 0.5 - 0.2 = 0.3 - this is fine\n", "text") == [("ok", "0.3")]
    assert classes("x = 0.5 × 0.2 = 0.1 which is small\n", "text") == [("ok", "0.1")]


def test_markdown_math_lines_are_not_read_twice() -> None:
    doc = "$$\n0.5 \\times 0.2 = 0.1\n$$\n\nSo $0.5 + 0.5 = 1.0$ and 0.5 + 0.5 = 1.0\n\n```python\nx = 0.5 + 0.5\n```\n"
    rep = check_text(doc, "md")
    # the display once; the line with $ is read only through its math; the code block never
    assert [(f.klass, f.line) for f in rep.findings] == [("ok", 2), ("ok", 5)]


def test_a_plain_fence_of_worked_equations_is_text_and_code_stays_code() -> None:
    # fiqlab's post and a Spanish lab write their arithmetic in fences without a language: read as text (0.5 + 0.5
    # is 1.0, not 7.5). A fence holding Python, a language-tagged fence, or LaTeX source ($a=1$) stays code.
    worked = "```\nz = 0.5 + 0.5 = 7.5\n```\n"
    assert [(f.klass, f.line) for f in check_text(worked, "md").findings] == [("error", 2)]
    for code in (
        "```\nz = 0.5 + 0.5\nprint(z)\n```\n",
        "```python\nz = 0.5 + 0.5 == 7.5\n```\n",
        "```\n$z = 0.5 + 0.5 = 7.5$\n```\n",
    ):
        assert check_text(code + "$$1 + 1 = 2$$\n", "md").findings[0].klass == "ok", code


def test_latex_documents_are_not_scanned_as_plain_text() -> None:
    doc = "\\documentclass{article}\\begin{document}\n0.5 + 0.5 = 1.5\n\\end{document}\n"
    assert check_text(doc, "auto").checked == 0


# ----------------------------------------------------------------- seed 001
def test_seed_001_must_finds() -> None:
    rep = check_text(SEED_001.read_text(encoding="utf-8"))
    by_line = {}
    for f in rep.findings:
        by_line.setdefault(f.line, []).append(f)
    # a4 = 1/(1+exp(0.7)) = 0.331812 -> printed 0.332 is the correct rounding: ok
    assert [f.klass for f in by_line[18]] == ["ok"]
    # a5 = sigmoid(0.1) = 0.524979, printed 0.325
    assert [f.klass for f in by_line[20]] == ["error"]
    assert float(by_line[20][0].expected) == pytest.approx(sig(0.1), abs=1e-5)
    # a6 = 1/(1+exp(0.206)) = 1/2.228749 = 0.448682, printed 0.194
    assert float(by_line[23][0].expected) == pytest.approx(sig(-0.206), abs=1e-5) and by_line[23][0].klass == "error"
    # Error = 1 - 0.414 = 0.586, printed 0.526
    assert by_line[27][0].klass == "error" and Decimal(by_line[27][0].expected) == Decimal("0.586")
    # δ6 = 0.414 * 0.586 * 0.586 = 0.142166..., printed 0.131
    assert Decimal("0.414") * Decimal("0.586") ** 2 == Decimal("0.142165944")
    assert by_line[35][0].klass == "error"
    # δ5 = 0.325 * 0.475 * 0.0262 = 0.004044625, printed 0.095
    assert Decimal("0.325") * Decimal("0.475") * Decimal("0.0262") == Decimal("0.0040446250")
    assert by_line[39][0].klass == "error"
    # δ4 = 0.332 * 0.668 * 0.0262 = 0.0058106..., printed 0.095
    assert by_line[42][0].klass == "error"
    # Δω16 = 0.0462168 -> 0.046 ok; ω16_new = 0.939 - 0.3 = 0.639 exactly: arithmetic is right,
    # but 0.131 restates the wrong δ6 of line 35, and with δ6 = 0.142166 Δω16 = 0.9 * 0.142166 * 0.392 = 0.05016
    ok = [f for f in by_line[51] if f.klass == "ok"]
    carried = {f.printed: f for f in by_line[51] if f.klass == "propagated"}
    assert len(ok) == 2 and set(carried) == {"0.131", "0.046"}
    assert carried["0.131"].root_line == 35 and Decimal(carried["0.131"].expected) == Decimal("0.14217")
    assert Decimal(carried["0.046"].expected).quantize(Decimal("0.001")) == (
        Decimal("0.9") * Decimal("0.142165944") * Decimal("0.392")
    ).quantize(Decimal("0.001"))
    # Δω35 = 0.9 * 0.00653 * 1 = 0.005877 -> 0.00588 ok; ω35_new = 0.2 - 0.00857 = 0.19143 exactly
    assert Decimal("0.9") * Decimal("0.00653") == Decimal("0.005877")
    assert [f.klass for f in by_line[53]] == ["ok", "ok"]
    # b6_new = 0.1 + 0.9 * 0.131 = 0.2179 -> 0.218 ok; carried: 0.1 + 0.9 * 0.142166 = 0.22795 -> 0.228
    assert [f.klass for f in by_line[58]] == ["ok", "propagated", "propagated"]
    carried = [Decimal(f.expected) for f in by_line[58] if f.klass == "propagated" and f.printed == "0.218"]
    assert [c.quantize(Decimal("0.001")) for c in carried] == [Decimal("0.228")]
    assert rep.errors == 6 and rep.propagated == 7


def test_equation_numbers_citations_and_log_bases_are_not_arithmetic() -> None:
    doc = "x = 0.5 × 0.2 = 0.1 (2)\ny = 0.5 × 0.2 = 0.1 [3]\nz = log10(100) = 2\nw = 0.5 × 0.2 = 0.3 (4)\n"
    rep = check_text(doc, "text")
    # 0.5 x 0.2 = 0.1: the (2) and [3] are labels; log10 is not ln(10) x 100; the last line is a real error
    assert [(f.line, f.klass) for f in rep.findings] == [(1, "ok"), (2, "ok"), (4, "error")]


def test_a_line_that_starts_with_equals_continues_the_formula_above_it() -> None:
    # the GeeksforGeeks example as a course copies it: the formula in math, its numbers on the next line after "="
    doc = "> $δ_4=y_4(1−y_4)(w_{2,3}×δ_5)$\n\n=0.59(1−0.59)(0.9×−0.0376)=−0.0819\n\n=0.67(1−0.67)(−0.17)=−0.0376\n"
    rep = check_text(doc, "md")
    by_line = {f.line: f for f in rep.findings}
    # 0.59 × 0.41 × 0.9 × (−0.0376) = −0.008186: printed ten times too large
    assert by_line[3].klass == "error" and Decimal(by_line[3].expected).quantize(Decimal("0.000001")) == (
        Decimal("0.59") * Decimal("0.41") * Decimal("0.9") * Decimal("-0.0376")
    ).quantize(Decimal("0.000001"))
    assert by_line[5].klass == "ok"  # 0.67 × 0.33 × (−0.17) = −0.037587
    assert check_text("= 5\n", "md").findings == []  # one side after the =: nothing to check


def test_an_equation_over_several_plain_lines_is_checked() -> None:
    # Wᵀ dz written over six plain-text lines (as sayantankhan's softmax post writes it), the result printed wrong:
    # Wᵀ dz = [0.2(-0.341) - 0.3(0.242) + 0.1(0.099), 0.5(-0.341) + 0.8(0.242) - 0.6(0.099)]
    first = 0.2 * -0.341 + -0.3 * 0.242 + 0.1 * 0.099  # -0.1309
    second = 0.5 * -0.341 + 0.8 * 0.242 + -0.6 * 0.099  # -0.0363
    block = (
        "Wt @ dz =\n= [\n    (0.2)(-0.341) + (-0.3)(0.242) + (0.1)(0.099),\n"
        "    (0.5)(-0.341) + (0.8)(0.242) + (-0.6)(0.099)\n  ]\n= [ {a}, {b} ]\n"
    )
    wrong = check_text(block.format(a="-0.068", b="-0.014"), "md").findings
    got = sorted((f.printed, round(float(f.expected), 4)) for f in wrong if f.klass == "error")
    assert got == sorted([("-0.068", round(first, 4)), ("-0.014", round(second, 4))])
    right = check_text(block.format(a=f"{first:.4f}", b=f"{second:.4f}"), "md")
    assert [f.klass for f in right.findings] == ["ok", "ok"]
    # a blank line ends an equation: the lines after it are not its continuation
    apart = "x = (0.2)(0.5) +\n\n0.3 = 0.4\n"
    assert all(f.klass == "ok" for f in check_text(apart, "md").findings)
    # inside a fence tagged as code it is code, not arithmetic to redo; in a plain fence it is worked text (sayantankhan)
    fenced = block.format(a="-0.068", b="-0.014")
    assert check_text("```python\n" + fenced + "```\n$$1 + 1 = 2$$\n", "md").findings[0].klass == "ok"
    assert {f.printed for f in check_text("```\n" + fenced + "```\n", "md").findings if f.klass == "error"} == {
        "-0.068",
        "-0.014",
    }


def test_a_step_after_a_finished_result_starts_the_next_equation() -> None:
    # primelearnpoint's page: each output's net input over two lines, the second's name lost in the page text.
    # 0.40·0.5944 + 0.50·0.5963 = 0.2378 + 0.2982 = 0.5359 (0.5360 exactly: the rounding of its operands), then
    # 0.45·0.5944 + 0.55·0.5963 = 0.2675 + 0.3280 = 0.5955: the second is not "0.5359 = 0.45·0.5944 + …"
    doc = (
        "= (0.40)(0.5944) + (0.50)(0.5963)\n= 0.2378 + 0.2982 = 0.5359\n"
        "= (0.45)(0.5944) + (0.55)(0.5963)\n= 0.2675 + 0.3280 = 0.5955\n"
    )
    assert [f.klass for f in check_text(doc, "md").findings if f.klass not in ("ok", "rounding")] == []
    wrong = doc.replace("= 0.5955", "= 0.5995")  # planted in the second equation: named there, on line 4
    assert [(f.line, f.klass) for f in check_text(wrong, "md").findings if f.klass == "error"] == [(4, "error")]


def test_python_matrix_product_in_a_plain_listing() -> None:
    # an outer product written as Python's @: [[-0.2], [0.3]] @ [[2, 1]] = [[-0.4, -0.2], [0.6, 0.3]] (each cell by hand)
    ok = "dW1 = dz1 @ x.T = [[-0.2], [0.3]] @ [[2, 1]] = [[-0.4, -0.2], [0.6, 0.3]]\n"
    assert classes(ok, "text") == [("ok", "-0.4"), ("ok", "-0.2"), ("ok", "0.6"), ("ok", "0.3")]
    wrong = ok.replace("[0.6, 0.3]]\n", "[0.6, 0.2]]\n")  # 0.3 * 1 is 0.3, not 0.2
    assert ("error", "0.2") in classes(wrong, "text")


def test_a_named_result_without_working_is_kept_for_level_two() -> None:
    # "dL/db2 = dL/dz2 = -0.0033": a name, its formula, a decimal result: a chain (level 2 judges its value)
    chains = extract_chains("dL/db2 = dL/dz2 = -0.0033\n", "text")
    assert [[s.text.strip() for s in c.sides] for c in chains] == [["dL/db2", "dL/dz2", "-0.0033"]]
    assert extract_chains("Accuracy = 95\n", "text") == []  # a bare name = value line is not


def test_worked_arithmetic_in_a_javascript_fence_is_read_a_program_is_not() -> None:
    # A Spanish post writes its example in ```javascript fences: "0.6 × 5" and "= 3.0 + (-1.2) + 0.5 = 2.3" are
    # no JavaScript. 3.0 - 1.2 + 0.5 = 2.3; 0.6 - 0.1 × 0.0945 = 0.59055; 1 - 0.91 = 0.09 (hand-checked)
    worked = (
        "```javascript\nz = (0.6 × 5) + (-0.4 × 3) + 0.5\nz = 3.0 + (-1.2) + 0.5 = 2.3\n"
        "w1_nuevo = 0.6 - 0.1 × 0.0945 = 0.59055\nerror = 1 - 0.91 = 0.08  // mal\n```\n"
    )
    assert [(f.line, f.klass) for f in check_text(worked, "md").findings] == [(3, "ok"), (3, "ok"), (4, "ok"), (5, "error")]
    program = "```js\nvar x = -2, y = 3;\nvar q = x + y; // 1\nlet f = q * 4 == -4;\n```\n"
    assert check_text(program, "md").findings == []
    python = "```javascript\nz = 0.5 + 0.25\n```\n"  # no working out: code
    assert check_text(python, "md").findings == []


def test_a_working_whose_next_line_restates_its_name_continues_the_chain() -> None:
    # 0.59055 × 5 + (-0.40567 × 3) + 0.49811 = 2.23385, so "z = 2.295 + 0.49811" is wrong (2.295 + 0.49811 = 2.79311)
    assert abs(0.59055 * 5 + -0.40567 * 3 + 0.49811 - 2.23385) < 1e-12
    doc = "```\nz_nuevo = (0.59055 × 5) + (-0.40567 × 3) + 0.49811\nz_nuevo = 2.295 + 0.49811 = 2.79311\n```\n"
    got = sorted((f.line, f.klass) for f in check_text(doc, "md").findings)
    # the piece 2.295 is named (its run of terms gives 0.59055 × 5 − 0.40567 × 3 = 1.73574), and the 2.79311 it makes
    # is propagated (2.23385 with it corrected)
    assert got == [(3, "error"), (3, "ok"), (3, "propagated")]
    right = doc.replace("2.295 + 0.49811 = 2.79311", "1.73574 + 0.49811 = 2.23385")
    assert [(f.line, f.klass) for f in check_text(right, "md").findings] == [(3, "ok"), (3, "ok")]
    # the same in math
    tex = "$z = (0.59055 \\times 5) + (-0.40567 \\times 3) + 0.49811$\n\n$z = 2.295 + 0.49811 = 2.79311$\n"
    assert sorted((f.line, f.klass) for f in check_text(tex, "md").findings) == [(3, "error"), (3, "ok"), (3, "propagated")]
    # a line in between that defines the name anew breaks the pairing
    other = doc.replace("\nz_nuevo = 2.295", "\nz_otro = 1\nz_nuevo = 2.295")
    assert [f.klass for f in check_text(other, "md").findings] == ["ok"]


def test_a_line_that_ends_with_its_relation_goes_on_with_the_value_on_the_next() -> None:
    # a PDF's text layer breaks "L = − ln(0.7) ≈ −(−0.356) = 0.356" after the ≈; ln(0.7) = −0.356675 is −0.357 at
    # three decimals, so −(−0.356) is wrong (a truncation)
    assert round(math.log(0.7), 3) == -0.357
    doc = "Solution: L = − ln(0.7) ≈\n−(−0.356) = 0.356\n"
    assert [(f.line, f.klass) for f in check_text(doc, "text").findings if f.klass != "ok"] == [(2, "error")]
    # two lines that each end with their own result are two equations, not one
    two = "a = 0.1 + 0.2 = 0.3\nb = 0.4 + 0.2 = 0.6\n"
    assert [(f.line, f.klass) for f in check_text(two, "text").findings] == [(1, "ok"), (2, "ok")]


def test_a_transposed_vector_on_a_line_that_starts_with_the_relation_is_read() -> None:
    # deepakshamsft's notes: "W₁ ← W₁ - η·(∂L/∂W₁)" then "= [0.4, 0.3, 0.1]ᵀ - 0.01×[40.06, 29.93, 180.05]ᵀ" and
    # "= [0.399, 0.300, 0.098]": 0.4 − 0.4006 = −0.0006, 0.3 − 0.2993 = 0.0007, 0.1 − 1.8005 = −1.7005, all wrong
    text = "W₁ ← W₁ - η·(∂L/∂W₁)\n   = [0.4, 0.3, 0.1]ᵀ - 0.01×[40.06, 29.93, 180.05]ᵀ\n   = [0.399, 0.300, 0.098]\n"
    found = check_text(text, "md").findings
    assert [(f.line, f.klass) for f in found] == [(3, "error")] * 3
    assert [round(0.4 - 0.01 * 40.06, 4), round(0.3 - 0.01 * 29.93, 4), round(0.1 - 0.01 * 180.05, 4)] == [
        -0.0006,
        0.0007,
        -1.7005,
    ]


def test_equations_laid_side_by_side_in_columns_are_read_one_by_one() -> None:
    # deepakshamsft's sigmoid table: "σ(−6) ≈ 0.002    σ(−2) ≈ 0.119    σ(0) = 0.500"; σ(−6) = 0.00247, σ(−2) =
    # 0.1192, σ(0) = 0.5, so all three are right; σ(+1) ≈ 0.713 beside them is wrong (0.7311)
    sig = [1 / (1 + math.exp(-z)) for z in (-6, -2, 0, 1)]
    assert [round(x, 3) for x in sig] == [0.002, 0.119, 0.5, 0.731]
    text = "```\n  σ(−6) ≈ 0.002    σ(−2) ≈ 0.119    σ(0) = 0.500\n  σ(−4) ≈ 0.018    σ(+1) ≈ 0.713\n```\n"
    found = check_text(text, "md").findings
    assert [(f.line, f.klass) for f in found] == [(2, "ok")] * 3 + [(3, "ok"), (3, "error")]
    # a gap before the rest of one equation does not cut it: 0.2 · 1.5 − 0.3 · 0.8 = 0.06
    one = check_text("z = 0.2 × 1.5   − 0.3 × 0.8   = 0.07\n", "md").findings
    assert [f.klass for f in one] == ["error"]


def test_a_bracketed_number_alone_is_an_argument_whose_function_the_text_layer_moved() -> None:
    # chrupala's slides through pypdf: "logit⁻¹(−4.6) = 0.01" comes out as "logit", "-1", "(-4.6) = 0.01". The bracket
    # is σ's argument (σ(−4.6) = 0.00995), not a number equal to 0.01; a bracketed sum stays arithmetic: 0.5 + 0.1 = 0.6
    assert round(1 / (1 + math.exp(4.6)), 5) == 0.00995
    assert check_text("logit\n-1\n(-4.6) = 0.01\n", "text").findings == []
    assert [f.klass for f in check_text("(0.5 + 0.1) = 0.7\n", "text").findings] == ["error"]
    # the rest of a chain after the bracketed argument is still judged: 1/(1 + e^{-0.5}) = 0.6225, not 0.75
    found = check_text("sigmoid\n(0.5) = 1 / (1 + exp(-0.5)) = 0.75\n", "text").findings
    assert [(f.printed, f.klass) for f in found] == [("0.75", "error")]


# ----------------------------------------------------------------- x typed as the times sign
def test_a_lone_x_between_operands_is_the_times_sign_not_the_variable_x() -> None:
    # round 132's page: x = 0.5 is the input, and "0.802 x 0.198" is a product (0.802 * 0.198 = 0.158796 -> 0.159)
    assert 0.802 * 0.198 == pytest.approx(0.158796)
    page = (
        "    Input:  x = 0.5\n"
        "    error at a1 = -0.198 x 1.5 = -0.297\n"  # -0.198 * 1.5 = -0.297 exactly
        "    the slope is p x (1 - p) = 0.802 x (1 - 0.802) = 0.802 x 0.198 ≈ 0.159\n"
        "    error at z1 = (error at a1) x 1 = -0.297\n"  # the name valued above, times 1: -0.297
        "    z1 = x x w1 + b1\n"  # the variable x, then the times sign, then w1: symbolic
    )
    found = check_text(page, "md").findings
    assert found and all(f.klass == "ok" for f in found), [(f.line, f.klass, f.printed, f.detail) for f in found]
    assert {f.printed for f in found} >= {"0.159", "-0.297"}
    wrong = page.replace("≈ 0.159", "≈ 0.169")  # 0.158796 is not 0.169
    assert [(f.klass, f.printed) for f in check_text(wrong, "md").findings if f.klass != "ok"] == [("error", "0.169")]


@pytest.mark.parametrize("line", ["    y = 2 x + 1 = 7", "    x = 0.5 = 1/2", "    w x = 0.3"])
def test_an_x_that_is_not_between_two_operands_stays_a_name(line: str) -> None:
    # 2 x + 1 with the times sign would be "2 × +1": not read so; x = 0.5 keeps its name
    chains = extract_chains(line + "\n", "text")
    assert all("\\times" not in [t.text for s in c.sides for t in s.tokens] for c in chains)


def test_one_plus_a_rounded_result_on_its_line_carries_its_rounding() -> None:
    # e^(-1.48) = 0.227638 ≈ 0.228, so 1 + e^(-1.48) is 1.228 ± 0.0005 and 1/1.228 may be 0.815: 1/1.2275 = 0.81466
    assert math.exp(-1.48) == pytest.approx(0.227638, abs=1e-6) and 1 / 1.2275 > 0.8145
    line = "    p = 1 / (1 + e^(-1.48)) ;  e^(-1.48) ≈ 0.228 ;  p ≈ 1/1.228 ≈ 0.815\n"
    assert [f.klass for f in check_text(line, "md").findings if f.printed == "0.815"] == ["rounding"]
    # without the rounded 0.228 beside it, 1.228 is a given: 1/1.228 = 0.814332 is 0.814, not 0.815
    assert 1 / 1.228 == pytest.approx(0.814332, abs=1e-6)
    alone = "    p ≈ 1/1.228 ≈ 0.815\n"
    assert [f.klass for f in check_text(alone, "md").findings if f.printed == "0.815"] == ["error"]
    # beside the result it comes from, 1 - a moves with a: a(1 - a) at a = 0.7109 ± 0.00005 is 0.205519 ± 0.00002,
    # so -0.5782 * 0.7109 * 0.2891 is -0.1188 (-0.118832), never -0.1189
    together = "    s = σ(0.9) ≈ 0.7109\n    d = -0.5782 \\times 0.7109 \\times 0.2891 ≈ -0.1189\n"
    assert [f.klass for f in check_text(together, "md").findings if f.printed == "-0.1189"] == ["error"]


def test_a_square_printed_on_the_line_by_a_text_layer_is_read_when_that_makes_it_right() -> None:
    # a PDF's text layer prints (4.6 − 3)² as "(4.6 − 3)2": (1.6)² = 2.56; as a product it would be 3.2
    assert (4.6 - 3) ** 2 == pytest.approx(2.56)
    assert classes("    L(4.6) = (4.6 − 3)2 = 2.56\n", "md") == [("ok", "2.56")]
    assert classes("    L(4.6) = (4.6 − 3)2 = 3.2\n", "md") == [("ok", "3.2")]  # the product, right as printed
    assert [k for k, p in classes("    L(4.6) = (4.6 − 3)2 = 2.57\n", "md")] == ["error"]  # right neither way
    assert [k for k, p in classes("    L = (4.6 − 3) 2 = 2.56\n", "md")] == ["error"]  # a space: a product


def test_the_square_reading_squares_the_bracket_only_and_never_loses_a_finding() -> None:
    # 0.5(0.8 − 0.6)2 is 0.5 · 0.2² = 0.02 (not (0.5 · 0.2)² = 0.01); a vector "squared" cannot be evaluated, and the
    # relation keeps what it was judged as printed: 0.5 · ([0.6, 0.2] − [0.1, 0.1]) · 2 = [0.5, 0.1], not [0.3, 0.4]
    assert classes("    F = 0.5(0.8 - 0.6)2 = 0.02\n", "md") == [("ok", "0.02")]
    assert [k for k, p in classes("    E = 0.5(0.8 - 0.6)2 = 0.01\n", "md")] == ["error"]
    vector = "    e = 0.5 * ([0.6, 0.2] - [0.1, 0.1])2 = [0.3, 0.4]\n"
    assert [(k, p) for k, p in classes(vector, "md")] == [("error", "0.3"), ("error", "0.4")]


def test_ten_glued_to_a_minus_is_a_lost_superscript_only_where_other_minus_signs_are_spaced() -> None:
    """A Beamer slide's text layer: α·m̂/(√v̂ + 10⁻⁸) comes out as ``1 − 0.4 × 2√ 4 + 10−8`` (1 − 0.4·2/(2 + 10⁻⁸) =
    0.6, right; read flat it would be 1 − 1.6 + 2 = 1.4). Not read there; ``10−8`` on a line that glues every minus is
    still ten minus eight: 10 − 8 = 2, so 3 is wrong."""
    assert 1 - 0.4 * 2 / (math.sqrt(4) + 1e-8) == pytest.approx(0.6, abs=1e-8)
    assert classes("x1 = x0 − α ˆm1√ˆv1 + ε = 1 − 0.4 × 2√ 4 + 10−8 = 0.6\n", "text") == []
    assert classes("d = 10−8 = 3.0\n", "text") == [("error", "3.0")]


def test_a_whole_number_of_four_digits_an_exponential_gives_is_its_rounding_to_units() -> None:
    """e⁸ = 2980.958 (math.exp below): printed 2981 beside 54.60 and 7.39 it is rounded to units, not the exact integer
    2981; 2990 is still wrong, and a whole number that plain arithmetic gives stays exact (25 × 40 = 1000, not 1001)."""
    assert math.exp(8) == pytest.approx(2980.958, abs=1e-3) and math.exp(4) == pytest.approx(54.598, abs=1e-3)
    assert classes("exp([4, 8, 2]) = [54.60, 2981, 7.39]\n", "text") == [("ok", "54.60"), ("ok", "2981"), ("ok", "7.39")]
    assert [k for k, _p in classes("$$e^{8} = 2981$$\n")] == ["ok"]
    assert [k for k, _p in classes("$$e^{8} = 2990$$\n")] == ["error"]
    assert [k for k, _p in classes("$$25 \\times 40 = 1001$$\n")] == ["error"]
    assert [k for k, _p in classes("$$\\sqrt{4.2} = 2$$\n")] == ["error"]  # a small whole number stays exact
    assert [k for k, _p in classes("$$25.0 \\times 40 = 1000$$\n")] == ["ok"]


def test_a_chapter_numbered_label_after_the_result_is_not_a_factor() -> None:
    """A LaTeX solution numbers its equations by chapter and its PDF text layer prints the label after the result
    (``n1 = w1p + b1 = −2 · 1 + 1 = −1 (5.7)``): −2 + 1 = −1, not −1 × 5.7. Read so only on a page that ends three
    lines or more with labels of one chapter, and only after a result that stands alone; elsewhere a lone result
    with such a bracket is not judged (``= 0.5 (1.44)`` may be a product), and ``0.3 + 0.5 (1.5)`` is one (reviews)."""
    assert -2 * 1 + 1 == -1 and 0.5 * 0.2 == pytest.approx(0.1) and 0.5 * 1.44 == pytest.approx(0.72)
    page = "a = 1.0 + 0.5 = 1.5 (5.6)\nn = w p + b = 0.5 × 0.2 = 0.1 (5.7)\nm = 0.5 × 0.2 = 0.3 (5.8)\n"
    assert classes(page, "text") == [("ok", "1.5"), ("ok", "0.1"), ("error", "0.3")]
    # labels of three chapters, or one or two labelled lines: a lone result with a bracket after it is not judged
    # either way (a second review's reproducers: read as factors, 0.3775 (5.7) was an error)
    assert classes(page.replace("(5.8)", "(6.8)").replace("(5.6)", "(7.6)"), "text") == []
    assert classes("net_h1 = 0.15 × 0.05 + 0.20 × 0.10 + 0.35 = 0.3775 (5.7)\n", "text") == []
    assert classes("E = 0.5 × 1.44 = 0.5 (1.44)\n", "text") == []  # a label or a product: not judged on a guess
    assert classes(page + "a = 0.3 + 0.75 = 0.3 + 0.5 (1.5)\n", "text")[-1] == ("ok", "0.3 + 0.5 (1.5)")
    assert [k for k, _p in classes("y = 0.5 × 0.2 = 0.1 (0.5)\n", "text")] == ["error"]  # 0.1 × 0.5 = 0.05


def test_whole_numbers_are_read_where_a_name_is_worked_from_its_formula() -> None:
    """A homework solution in small integers (Neural Network Design, E11.11's text layer): a name, its formula in
    names, the numbers put in, the result. b2(1) = −2 − 1 · (−108) = 106, so 110 is wrong; a line of prose with whole
    numbers only (``2 - 1 = 1 day``), a name valued without its formula, or a division of whole numbers (an output
    size, steps per epoch: often meant floored or rounded up) is still not read."""
    assert -2 - 1 * (-108) == 106 and -2 * 1 + 1 == -1 and 3 * (-1) ** 2 * 1 * -108 == -324
    assert classes("n1 = w1p + b1 = −2 · 1 + 1 = −1\n", "text") == [("ok", "\u22121")]
    assert classes("b2(1) = b2(0) −α·s2 = −2 − 1 · (−108) = 110\n", "text") == [("error", "110")]
    # the text layer's lost square inside a product: 3 · (−1)² · 1 · (−108), not 3 · (−1) · 2 · 1 · (−108) = 648
    assert classes("s1 = f′1(n1)(w2)Ts2 = 3 · (−1)2 · 1 ·−108 = −324\n", "text") == [("ok", "\u2212324")]
    assert [k for k, _p in classes("s1 = f′1(n1)(w2)Ts2 = 3 · (−1)2 · 1 ·−108 = 648\n", "text")] == ["ok"]
    assert [k for k, _p in classes("s1 = f′1(n1)(w2)Ts2 = 3 · (−1)2 · 1 ·−108 = 300\n", "text")] == ["error"]
    assert classes("It took 2 - 1 = 1 day.\n", "text") == []
    assert classes("n1 = −2 · 1 + 1 = −1\n", "text") == []
    assert classes("Output size = (W − F)/S + 1 = (32 − 5)/2 + 1 = 14\n", "text") == []
    assert classes("n_batches = ceil(N/B) = 1000/32 = 32\n", "text") == []


def test_the_ascii_assignment_arrow_is_no_minus_sign() -> None:
    """Study notes write a perceptron's update as pseudo-code, ``w_1 <- 1.0 + 0.5(0-1)5 = 1 - 2.5 = -1.5``: the value
    after the arrow is 1.0 + 0.5·(−1)·5 = −1.5, not −1.0 − 2.5. Glued to its number (``x<-1.5``) it may be x < −1.5 and
    is read as written."""
    assert 1.0 + 0.5 * (0 - 1) * 5 == 1 - 2.5 == -1.5 and 1.0 + 0.5 * (1 - 1) * 2 == 1.0
    assert classes("w_1 <- 1.0 + 0.5(0-1)5 = 1 - 2.5 = -1.5\n", "md") == [("ok", "1 - 2.5"), ("ok", "-1.5")]
    assert classes("w_1 <- 1.0 + 0.5(1 - 1)2 = 1.0\n", "md") == [("ok", "1.0")]
    assert [k for k, _p in classes("w_1 <- 1.0 + 0.5(0-1)5 = 1 - 2.5 = -1.0\n", "md")] == ["ok", "error"]
    assert classes("if x<-1.5 = 2\n", "md") == [("error", "2")]


def test_a_list_printed_after_approx_in_a_listing_is_rounded() -> None:
    """``Initial probabilities ≈ [0.333, 0.333, 0.333]`` (round 227): the page says 1/3 is rounded, so −log(0.333) ≈
    1.099 is −log(1/3) = 1.0986 (from 0.333 exactly it would be 1.0996, 1.100). A lone number after ≈ is not taken so
    (it would widen every given that prints its digits)."""
    assert -math.log(1 / 3) == pytest.approx(1.0986, abs=1e-4) and -math.log(0.333) == pytest.approx(1.0996, abs=1e-4)
    listing = "    Initial probabilities ≈ [0.333, 0.333, 0.333]  (uniform)\n    Initial loss = -log(0.333) ≈ 1.099\n"
    assert [k for k, _p in classes(listing, "md")] == ["rounding"]
    assert [k for k, _p in classes(listing.replace("1.099", "1.090"), "md")] == ["error"]
    lone = "    Initial probability ≈ [0.333]\n    Initial loss = -log(0.333) ≈ 1.099\n"
    assert [k for k, _p in classes(lone, "md")] == ["error"]


def test_a_fraction_whose_bar_a_text_layer_lost_is_read_when_that_makes_it_right() -> None:
    """Beamer slides' text layer (round 230): θ0 = 4 − 0.2 · ((1 − 4)(−1) + (2 − 4)(−1) + (3 − 4)(−1)) / 3 prints as
    ``4 − 0.2 ((1−(4+0))(−1)+(2−(4+0))(−1)+(3−(4+0))(−1)) 3``: 4 − 0.2 · 6 / 3 = 3.6, not 4 − 0.2 · 6 · 3 = 0.4. Read so
    only where it makes the line right; a space before the number is needed (``(0.5)3`` is no fraction)."""
    assert 4 - 0.2 * ((1 - 4) * -1 + (2 - 4) * -1 + (3 - 4) * -1) / 3 == pytest.approx(3.6)
    line = "θ0 = 4 − 0.2 ((1−(4+0))(−1)+(2−(4+0))(−1)+(3−(4+0))(−1)) 3\nθ0 = 3.6\n"
    assert [k for k, _p in classes(line, "text")] == ["ok"]
    assert [k for k, _p in classes(line.replace("3.6", "3.7"), "text")] == ["error"]
    assert [k for k, _p in classes("y = 0.2 (0.5)3 = 0.1\n", "text")] == ["error"]  # 0.2 · 0.5 · 3 = 0.3
    # in math, TeX writes a fraction with its bar: (0.9 − 0.3) 2 there is a product, 1.2 (a second review)
    assert [k for k, _p in classes("$g = (0.9 - 0.3) 2 = 0.3$\n", "md")] == ["error"]
