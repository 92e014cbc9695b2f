"""Math as authors really publish it (issue 15, part 1): each form is read, and a wrong number in it is named.

Every expected value is worked by hand in the comment beside it; each case prints one wrong
number and one right one, so a reader that skips the form fails (recall) and a reader that
misreads it fails too (a false alarm on the right one).
"""

from __future__ import annotations

import math

import pytest

from generator.check import check_text

CASES = [
    # spaces inside single dollars (kramdown/Jekyll, MathJax): 0.025 + 0.06 + 0.5 = 0.585
    ("$ net_{h1} = 0.25 * 0.10 + 0.30 * 0.20 + 0.5 = 0.595 $", "$ net_{h2} = 0.25 * 0.10 + 0.30 * 0.20 + 0.5 = 0.585 $"),
    # Markdown-escaped multiplication in prose: 1/2 * 0.57^2 = 0.5 * 0.3249 = 0.16245
    ("Jo1 = 1/2 \\* (0.62 - 0.05)^2 = 0.16345", "Jo2 = 1/2 \\* (0.62 - 0.05)^2 = 0.16245"),
    # a negative operand without parentheses: 0.5 * -0.412 = -0.206
    ("$$\\delta_1 = 0.5 \\cdot -0.412 = -0.216$$", "$$\\delta_2 = 0.5 \\cdot -0.412 = -0.206$$"),
    # \frac that lost its backslash: 1.2214 / 3.0871 = 0.395646...
    ("$$y_1 = frac{1.2214}{3.0871} = 0.3966$$", "$$y_2 = frac{1.2214}{3.0871} = 0.3956$$"),
    # e^-x in plain text: 1 / (1 + e^-0.8472) = 1 / 1.428622 = 0.699976
    ("out1 = 1 / (1 + e^-0.8472) = 0.7100", "out2 = 1 / (1 + e^-0.8472) = 0.7000"),
    ("out1 = 1 / (1 + exp(-0.8472)) = 0.7100", "out2 = 1 / (1 + exp(-0.8472)) = 0.7000"),
    # Unicode operators: 0.5 × 0.4 + 0.1 = 0.3; 0.5 · 0.4 − 0.1 = 0.1
    ("z1 = 0.5 × 0.4 + 0.1 = 0.35", "z2 = 0.5 × 0.4 + 0.1 = 0.30"),
    ("z3 = 0.5 · 0.4 − 0.1 = 0.15", "z4 = 0.5 · 0.4 − 0.1 = 0.10"),
    ("z5 ≈ 0.5 × 0.4 = 0.25", "z6 ≈ 0.5 × 0.4 = 0.20"),
    # a vector printed as a bracket list: sigma(2.0) = 0.880797, sigma(2.4) = 0.916827
    (
        "$a_1 = \\left[\\frac{1}{1+e^{-2.0}}, \\frac{1}{1+e^{-2.4}}\\right] \\approx [0.8808, 0.9084]$",
        "$a_2 = \\left[\\frac{1}{1+e^{-2.0}}, \\frac{1}{1+e^{-2.4}}\\right] \\approx [0.8808, 0.9168]$",
    ),
    # siunitx rounds for the slide: the reader sees 1.20 and 1.1000; 0.5 * 0.2 + 1 = 1.1
    (
        "$$f_1 = 0.5 \\cdot 0.2 + 1 = \\num[round-mode=places,round-precision=2]{1.2}$$",
        "$$f_2 = 0.5 \\cdot 0.2 + 1 = \\num[round-mode=places,round-precision=4]{1.100049}$$",
    ),
    # a period for a product beside brackets (an OVGU assignment answer): 0.3 · (−0.4613) · 1 = −0.13839
    ("$$\\Delta w_1 = (0.3) . (-0.4613) . (1) = 0.1384$$", "$$\\Delta w_2 = (0.3) . (-0.4613) . (1) = -0.1384$$"),
    # full-width punctuation in a Chinese post: 0.15 × 0.5 + 0.2 × 0.1 + 0.35 = 0.445
    ("净输入：net = 0.15 × 0.5 + 0.2 × 0.1 + 0.35 = 0.455，然后", "净输入：net = 0.15 × 0.5 + 0.2 × 0.1 + 0.35 = 0.445，然后"),
    # the operator written as text (a Korean wikidocs habit): 0.3 × 0.1 + 0.25 × 0.2 = 0.03 + 0.05 = 0.08
    ("$z_{1}=0.3 \\text{×} 0.1 + 0.25 \\text{×} 0.2= 0.09$", "$z_{2}=0.3 \\text{×} 0.1 + 0.25 \\text{×} 0.2= 0.08$"),
    ("$z_{1}=0.3 \\mathrm{\\cdot} 0.1 = 0.04$", "$z_{2}=0.3 \\textrm{*} 0.1 = 0.03$"),
    # a product by juxtaposition in plain text, as a printed book's solutions write it: 0.15864 × 2 = 0.31728
    ("our new weight will be −sp = 0.15864(2) = 0.3273. From", "our new weight will be −sp = 0.15864(2) = 0.3173. From"),
    ("s = (0.62)(0.38) = 0.2456", "s = (0.62)(0.38) = 0.2356"),
    # a sign the square drops too: (0.7311 − 1)² written ½(0.2689)² (|0.7311 − 1| = 0.2689); 0.2589 is wrong
    (
        "$$L_1 = \\frac{1}{2}(0.7311 - 1)^2 = \\frac{1}{2}(0.2589)^2$$",
        "$$L_2 = \\frac{1}{2}(0.7311 - 1)^2 = \\frac{1}{2}(0.2689)^2$$",
    ),
    ("$$c_1 = (0.7311 - 1)^3 = (0.2689)^3$$", "$$c_2 = (0.7311 - 1)^3 = (-0.2689)^3$$"),
    # after ≈ a piece printed as 0 may be one too small to matter (a midterm's ŷ = σ(270)): e^-270 ≈ 5.6e-118, and
    # 1/(1 + 0) = 1; e^0.4 = 1.4918 is no 1, even after ≈ (a review's reproducer)
    (
        "$$y_1 = e^{0.4} \\cdot 2.5 + 0.3 \\approx 1 \\cdot 2.5 + 0.3$$",
        "$$y_2 = \\frac{1}{1 + e^{-270}} \\approx \\frac{1}{1 + 0} \\approx 1.0$$",
    ),
    # a bracket the author forgot to close before "=" (a Chinese blog post): -ln 0.4 = 0.916291, -ln 0.7 = 0.356675
    (
        "$$\\text{loss} = -(0\\times log(0.3) + 1\\times log(0.4) = 0.91$$",
        "$$\\text{loss} = -(0\\times log(0.3) + 1\\times log(0.7) = 0.36$$",
    ),
    # an aligned row that opens with a control space (\\\\\\ &=): 0.7 × 0.36 + 0.2 × 1.61 = 0.252 + 0.322 = 0.574
    (
        "$$\\begin{aligned} H &= 0.7 \\times 0.36 + 0.2 \\times 1.61 \\\\\\ &= 0.584 \\end{aligned}$$",
        "$$\\begin{aligned} H &= 0.7 \\times 0.36 + 0.2 \\times 1.61 \\\\\\ &= 0.574 \\end{aligned}$$",
    ),
]


@pytest.mark.parametrize(("wrong", "right"), CASES, ids=[f"form{i}" for i in range(len(CASES))])
def test_the_form_is_read_and_judged(wrong: str, right: str) -> None:
    text = f"# A walkthrough\n\n{wrong}\n\n{right}\n"
    report = check_text(text, "md")
    errors = [(f.line, f.klass) for f in report.findings if f.klass == "error"]
    assert errors == [(3, "error")], report.findings  # the wrong line, and only it
    assert any(f.line == 5 and f.klass == "ok" for f in report.findings), "the right line was not read"


@pytest.mark.parametrize(
    "prose",
    [
        "It costs $5 and $10 = $15 in total.",
        "Pay US$ 5 = 3 + 2 $ today.",
        "The price was $ 12 $ yesterday and 13 today.",
        "Shell: `echo $ x = 1 + 1 = 3 $`",
        "a $ b = 2 $c = 5",
        "x lies in $[0, 1]$ and $y = [1, 2]$ is a pair.",
        "```python\nw = 0.1 + 0.2 * 3  # = 0.9, code is not checked\n```",
        # table cells of a PDF's text layer, borders lost: -0.1 starts the next cell, it is not subtracted
        "b3 0.5 × 0.27664 = 0.13832 −0.1 − 0.5 × 0.27664 = −0.1 − 0.13832 = −0.23832",
    ],
)
def test_dollar_prose_is_not_math(prose: str) -> None:
    report = check_text(f"{prose}\n", "md")
    assert [f for f in report.findings if f.klass == "error"] == []


def test_a_github_math_block_is_math_not_code() -> None:
    # 0.1 + (-2.406 * 10^-3 * 0.35) = 0.1 - 0.00084210 = 0.0991579: 0.09916 right, 0.09926 wrong
    text = "```math\nw3 = 0.1 + (-2.406 * 10^-3 * 0.35) = 0.09926\nw4 = 0.1 + (-2.406 * 10^-3 * 0.35) = 0.09916\n```\n"
    report = check_text(text, "md")
    assert [(f.line, f.klass) for f in report.findings] == [(2, "error"), (3, "ok")]


def test_each_line_of_a_github_math_block_is_an_equation_even_without_a_result() -> None:
    # a line whose last side is an expression is still math (read as a plain-text line it was dropped);
    # δ1's substitution is checked against the formula's names only at level 2, but its numbers are read
    text = (
        "```math\nd = 0.5 * 0.2 = 0.1\nd1 = d * w1 = 0.1 * 0.25\nd2 = 0.1 * 0.25 = 0.025\n```\n"
        "```math\n\\begin{aligned} a &= 0.5 + 0.25 \\\\ &= 0.85 \\end{aligned}\n```\n"
    )
    from generator.check.document import extract_chains

    sides = [[s.text for s in c.sides] for c in extract_chains(text, "md")]
    assert ["d1", "d * w1", "0.1 * 0.25"] in sides
    report = check_text(text, "md")
    # the multi-line LaTeX block stays one construct: 0.5 + 0.25 = 0.75, printed 0.85
    assert [(f.line, f.klass) for f in report.findings] == [(2, "ok"), (4, "ok"), (7, "error")]


def test_an_error_named_e_is_not_eulers_number() -> None:
    # e = 0.3 - 0.0109 = 0.2891, then L = e^2 = 0.2891^2 = 0.08358 ≈ 0.0836 (Euler's e^2 would be 7.389)
    text = "$e = 0.3 - 0.0109 = 0.2891$\n\n$L = e^2 \\approx 0.0836$\n\n$s = \\frac{1}{1 + e^{-0.5}} = 0.6225$\n"
    report = check_text(text, "md")
    assert [(f.line, f.klass) for f in report.findings] == [(1, "ok"), (3, "ok"), (5, "ok")]
    assert abs(0.2891**2 - 0.0836) < 0.00005 and abs(1 / (1 + 2.718281828**-0.5) - 0.6225) < 0.00005


def test_without_a_value_for_e_e_squared_is_eulers() -> None:
    # a softmax over [2, 1]: e^2 = 7.389, e^1 = 2.718
    report = check_text("$e^2 + e^1 = 7.389 + 2.718 = 10.107$\n", "md")
    assert {f.klass for f in report.findings} == {"ok"}


def test_rows_inside_cases_are_read() -> None:
    text = (
        "$$f(z) = \\begin{cases} z & \\text{if } z > 0 \\\\ 0 & \\text{otherwise} \\end{cases}$$\n\n"
        "$$\\begin{cases} a = 0.5 + 0.25 = 0.75 & \\text{for } x_1 \\\\ b = 0.1 \\times 2 = 0.3 \\end{cases}$$\n"
    )
    report = check_text(text, "md")
    assert [(f.line, f.klass) for f in report.findings] == [(3, "ok"), (3, "error")]


def test_a_result_given_exactly_is_not_widened_as_a_rounded_one() -> None:
    # 0.05·0.25 + 0.1·0.3 + 0.35 = 0.3925 exactly; σ(0.3925) = 0.59688437826..., printed truncated as 0.5968843782.
    # Read as a rounded value, 0.3925 ± 0.00005 would excuse it as "rounding"; it is exact, so it is an error.
    text = "$h' = 0.05 \\times 0.25 + 0.1 \\times 0.3 + 0.35 = 0.3925$\n\n$h = \\frac{1}{1+e^{-0.3925}} = 0.5968843782$\n"
    from math import exp

    assert f"{1 / (1 + exp(-0.3925)):.10f}" == "0.5968843783"
    assert [f.klass for f in check_text(text, "md").findings] == ["ok", "error"]


def test_a_sentence_period_after_a_number_is_not_a_product() -> None:
    from generator.check.lexer import tokenize

    assert [t.text for t in tokenize("is 0.5. Then x")] == ["is", "0.5", ".", "Then", "x"]
    assert [t.text for t in tokenize("w_{a,m}.a")][-2:] == ["\\cdot", "a"]


def test_a_pdf_line_that_lost_its_brackets_or_its_first_half_is_not_judged() -> None:
    # konakion's slides as their text layer reads: −2 ∗ (0 − (−2.6)) ∗ 1 + … lost its large brackets, and the sum
    # runs over two lines, the second starting with "+". As printed, "−2 ∗ 0 − −2.6 ∗ 1" is 2.6, not the −15.7 the
    # whole sum is (−2 · 2.6 − 2 · 2.6 − 2 · 2.6 = −15.6 at the slide's rounding); neither piece is judged.
    doc = "= −2 ∗ 0 − −2.6 ∗ 1 + −2 ∗ 1 − −1.6 ∗ 1\n+ −2 ∗ 0 − −2.6 ∗ 1 = −15.7\n\nb = 0.5 ∗ 0.2 + 1 = 1.2\n"
    found = check_text(doc, "text").findings
    assert [(f.line, f.klass) for f in found] == [(4, "error")]  # 0.5 · 0.2 + 1 = 1.1: the whole line is judged


def test_a_plus_just_after_the_relation_is_a_unary_plus_and_the_sum_is_judged() -> None:
    # round 93's notebook: "Error = + 0.569858 + 0.16886 + 0.22753 = 0.985"; the three terms add to 0.966248
    # (0.569858 + 0.16886 = 0.738718, + 0.22753 = 0.966248), so 0.985 is wrong. A "+" that begins the next line of
    # a sum is still a piece (the test above); one right after "=" or "&=" is the whole side, signed.
    for eq in ("Error = + 0.569858 + 0.16886 + 0.22753 = 0.985", "Error &= + 0.569858 + 0.16886 + 0.22753 = 0.985"):
        found = [f for f in check_text(f"$$\n\\begin{{aligned}}{eq}\\end{{aligned}}\n$$\n", "md").findings]
        assert [(f.line, f.klass) for f in found if f.klass != "ok"] == [(2, "error")], eq
        assert abs(0.569858 + 0.16886 + 0.22753 - 0.966248) < 1e-12
    ok = check_text("$$\nE = + 0.5 + 0.25 = 0.75\n$$\n", "md").findings
    assert [f.klass for f in ok] == ["ok"]


def test_floor_and_ceiling_brackets_are_evaluated() -> None:
    # ⌊27/2⌋ + 1 = 13 + 1 = 14, so 15 is wrong; ⌈27/2⌉ = 14; ⌊27/3⌋ = 9 exactly (the outward rounding of 27/3 must
    # not floor it to 8); floor(7.5) = 7.
    doc = (
        "$\\lfloor 27/2 \\rfloor + 1 = 15$\n\n$\\left\\lceil \\frac{27}{2} \\right\\rceil = 14$\n\n"
        "$\\lfloor 27/3 \\rfloor = 9$\n\n$⌊27/2⌋ + 1 = 14$\n\nfloor(7.5) = 7\n"
    )
    found = check_text(doc, "md").findings
    assert [(f.line, f.klass) for f in found] == [(1, "error"), (3, "ok"), (5, "ok"), (7, "ok"), (9, "ok")]
    assert math.floor(27 / 2) + 1 == 14 and math.ceil(27 / 2) == 14


def test_division_of_whole_numbers_floors_where_the_page_writes_its_formula_with_a_floor() -> None:
    # smaxx73's convolution notes state O = ⌊(H + 2p − k)/s⌋ + 1 and then work (28 + 2 − 3)/2 + 1 = 14: 27/2 = 13.5
    # floors to 13, so 14 is right there; (28 + 2 − 3)/2 + 1 = 15 is wrong either way; 7.0/2 = 3 is no whole
    # division (7.0 is a decimal) and stays exact: 3.5. Without the page's floor the same 14 is an error (14.5).
    rows = "$(28 + 2 - 3)/2 + 1 = 14$\n\n$(28 + 2 - 3)/2 + 1 = 15$\n\n$7.0/2 = 3$\n"
    floored = check_text("Using $O = \\lfloor (H + 2p - k) / s \\rfloor + 1$:\n\n" + rows, "md")
    assert [(f.line, f.klass) for f in floored.findings] == [(3, "ok"), (5, "error"), (7, "error")]
    assert any("floors" in c and "line 1" in c for c in floored.conventions)
    exact = check_text(rows, "md")
    assert [(f.line, f.klass) for f in exact.findings] == [(1, "error"), (3, "error"), (5, "error")]
    assert not exact.conventions
    assert (28 + 2 - 3) // 2 + 1 == 14 and (28 + 2 - 3) / 2 + 1 == 14.5


def test_an_operand_printed_shorter_than_a_number_on_its_line_is_that_number_rounded() -> None:
    # vishalsehgalvs's momentum table: g = 2.452 in one cell, "0.5*17.94 + 2.45 = 11.422" in the next. 2.45 is 2.452
    # rounded: 0.5 · 17.94 + [2.445, 2.455] = [11.415, 11.425] holds 11.422 (rounding, not an error). Without 2.452
    # on the line, 2.45 is exact and 11.42 ≠ 11.422; a two-digit 0.45 beside 0.452 is not widened (it may be a given).
    table = "| g | v |\n|---|---|\n| 2.452 | `0.5*17.94 + 2.45 = 11.422` |\n"
    assert [f.klass for f in check_text(table, "md").findings] == ["rounding"]
    alone = "| g | v |\n|---|---|\n| 2.4 | `0.5*17.94 + 2.45 = 11.422` |\n"
    assert [f.klass for f in check_text(alone, "md").findings] == ["error"]
    short = "| g | v |\n|---|---|\n| 0.452 | `0.5*0.2 + 0.45 = 0.552` |\n"
    assert [f.klass for f in check_text(short, "md").findings] == ["error"]
    assert abs(0.5 * 17.94 + 2.445 - 11.415) < 1e-12 and abs(0.5 * 17.94 + 2.455 - 11.425) < 1e-12


def test_a_value_after_an_exponential_a_pdf_flattened_is_a_rounded_result() -> None:
    # A text layer prints 1/(1 + e^{-0.5}) as "1 1 + e−0.5" (not judged), yet 0.62246 after it was computed, so it is
    # rounded (σ(0.5) = 0.6224593): −2 a (1 − a) e with a in [0.622455, 0.622465] and e = 0.8 − a in
    # [0.177535, 0.177545] reaches −0.083444 (hand-worked bounds: −0.0834479 … −0.0834423), so −0.08344 is at most
    # rounding; with both operands exact it would be −0.0834451 → −0.08345, an error.
    text = (
        "a = logsig(0 + 0.5) = 1 1 + e−0.5 = 0.62246\n"
        "Then, e = t1 − a = 0.8 − 0.62246 = 0.17754.\n"
        "s = −2(0.62246)(1 − 0.62246)(0.17754) = −0.08344\n"
    )
    assert [(f.line, f.klass) for f in check_text(text, "text").findings if f.klass != "ok"] == [(3, "rounding")]


def test_a_power_of_ten_after_an_approximation_is_an_order_of_magnitude() -> None:
    # 0.25^10 = 9.5367e-7 (0.25^5 = 0.0009765625, squared): about 10^-6, not 10^-3; 2^10 = 1024 is about 10^3
    assert abs(0.25**10 - 9.5367431640625e-07) < 1e-18
    judged = {
        t: [f.klass for f in check_text(f"${t}$\n", "md").findings]
        for t in ("0.25^{10} \\approx 10^{-6}", "0.25^{10} \\approx 10^{-3}", "2^{10} \\approx 10^{3}", "0.25^{10} = 10^{-6}")
    }
    assert judged == {
        "0.25^{10} \\approx 10^{-6}": ["ok"],
        "0.25^{10} \\approx 10^{-3}": ["error"],
        "2^{10} \\approx 10^{3}": ["ok"],
        "0.25^{10} = 10^{-6}": ["error"],  # after '=' a power of ten is the exact number
    }


def test_a_product_of_matrix_shapes_is_no_arithmetic() -> None:
    # (3×3)·(3×1) = (3×1): the sizes of a matrix product (inner dimensions 3 and 3 agree), not 27 = 3
    judged = {
        t: [f.klass for f in check_text(f"${t}$\n", "md").findings]
        for t in (
            "(3\\times3)\\cdot(3\\times1) = (3\\times1)",
            "(3 × 2)·(2 × 2) = (3 × 2)",
            "(3\\times3)\\cdot(2\\times1) = (3\\times1)",  # inner dimensions disagree: no product's shape, judged
            "(2 \\times 3) = 6",  # a product of two numbers: arithmetic, right
            "(2 \\times 3) = 5",
        )
    }
    assert judged == {
        "(3\\times3)\\cdot(3\\times1) = (3\\times1)": [],
        "(3 × 2)·(2 × 2) = (3 × 2)": [],
        "(3\\times3)\\cdot(2\\times1) = (3\\times1)": ["error"],
        "(2 \\times 3) = 6": ["ok"],
        "(2 \\times 3) = 5": ["error"],
    }


# 1 − [.77, .61, .51]² = [0.4071, 0.6279, 0.7399] ≈ [.41, .63, .74] (an R page rounding each step to two decimals)
_SQUARED = "$$\\begin{bmatrix}1\\\\1\\\\1\\end{bmatrix} - \\begin{bmatrix}.77\\\\.61\\\\.51\\end{bmatrix}^2 = \\begin{bmatrix}.41\\\\.63\\\\.74\\end{bmatrix}$$\n\n"


def test_a_result_vector_restated_with_a_cell_a_digit_shorter_is_rounded_again() -> None:
    # [-1.67, .28, .39] ∘ [.4, .63, .74]: .4 is the .41 above rounded again, anything in [.35, .45]; −1.67 × .41 =
    # −0.6847 ≈ −.68 is then reachable (−1.67 × .4 = −0.668 would be −.67); .28 × .63 = .1764 ≈ .18, .39 × .74 = .2886
    assert round(1 - 0.61**2, 4) == 0.6279 and round(1 - 0.77**2, 4) == 0.4071 and round(1 - 0.51**2, 4) == 0.7399
    assert round(-1.67 * 0.41, 4) == -0.6847 and round(0.28 * 0.63, 4) == 0.1764 and round(0.39 * 0.74, 4) == 0.2886
    restated = (
        "$$\\begin{bmatrix}-1.67\\\\.28\\\\.39\\end{bmatrix} \\circ \\begin{bmatrix}.4\\\\.63\\\\.74\\end{bmatrix}"
        " = \\begin{bmatrix}-.68\\\\.18\\\\.29\\end{bmatrix}$$\n"
    )
    assert [f.klass for f in check_text(_SQUARED + restated, "md").findings if f.klass not in ("ok", "rounding")] == []
    # a lone 0.4 is no restated vector (it may be a given weight): −1.67 × 0.4 = −0.668, not −0.68
    lone = "$$-1.67 \\cdot .4 = -.68$$\n"
    assert [f.klass for f in check_text(_SQUARED + lone, "md").findings if f.klass != "ok"] == ["error"]
    # nor is a vector whose other cells are not printed results
    other = restated.replace(".63\\\\.74\\end", ".6\\\\.7\\end").replace(".18\\\\.29", ".17\\\\.27")  # .28·.6, .39·.7
    assert "error" in [f.klass for f in check_text(_SQUARED + other, "md").findings]


def test_a_formula_of_names_valued_to_five_digits_is_a_rounded_result() -> None:
    # θ = −1 + 1·(−0.12789)·0.95257 = −1.1218242 at the printed digits, −1.12182; but −0.12789 and 0.95257 are
    # computed values cut to five digits: at −0.127895 and 0.952575 the product is 0.1218296, so −1.12183 is reachable
    assert round(-1 - 0.12789 * 0.95257, 7) == -1.1218242 and round(-1 - 0.127895 * 0.952575, 7) == -1.1218296
    update = "$$\\theta = -1+1\\cdot -0.12789\\cdot 0.95257 = -1.12183$$\n"
    sigma = "$$s = \\sigma(\\phi) = 0.95257$$\n\n"
    valued = "$$\\delta = (t_2 - s_2)s_2(1 - s_2) = -0.12789$$\n\n"
    assert [f.klass for f in check_text(sigma + valued + update, "md").findings if f.klass not in ("ok", "rounding")] == []
    # a bare name's value may be a given (exact): then the line's own arithmetic is wrong
    given = "$$\\delta = -0.12789$$\n\n"
    assert [f.klass for f in check_text(sigma + given + update, "md").findings if f.klass != "ok"] == ["error"]
    # and a short value of a formula of names stays exact: −2(0.5 − (−0.622)) = −2.244 exactly, −2.244 × 0.622 =
    # −1.395768, not −1.394 (a Jekyll post's slip the corpus holds)
    short = "$$\\hat{y} = -0.622$$\n\n$$g = -2(y - \\hat{y}) = -2.244$$\n\n$$g \\cdot h = -2.244 \\cdot 0.622 = -1.394$$\n"
    assert [f.klass for f in check_text(short, "md").findings if f.klass != "ok"] == ["error"]


def test_a_rounded_number_printed_twice_in_one_product_is_one_value() -> None:
    # y = σ(0.21) = 0.552308 is printed 0.56 (wrong); δ = 0.56 × (1 − 0.56) × 0.3 × −0.0376 = −0.0027794. With the
    # same y anywhere in [0.555, 0.565] the product is −0.0027687 … −0.0027896: −0.0028, never −0.0027 (the copies of
    # 0.56 moving apart, as plain interval arithmetic lets them, reach it: 0.555 × 0.435 × 0.3 × 0.03755 = 0.0027197)
    assert round(1 / (1 + math.exp(-0.21)), 6) == 0.552308
    assert round(0.56 * 0.44 * 0.3 * 0.0376, 7) == 0.0027794
    assert round(0.565 * 0.435 * 0.3 * 0.03755, 7) == 0.0027687 and round(0.555 * 0.445 * 0.3 * 0.03765, 7) == 0.0027896
    assert round(0.565 * 0.445 * 0.3 * 0.03765, 7) == 0.0028398  # copies apart: the top of the loose interval
    assert round(0.555 * 0.435 * 0.3 * 0.03755, 7) == 0.0027197  # and its bottom, which rounds to 0.0027
    first = "$$y_3 = \\frac{1}{1 + e^{-0.21}} = 0.56$$\n\n"
    for printed, verdict in (("-0.0027", ["error", "error"]), ("-0.0028", ["error", "ok"])):
        delta = f"$$\\delta_3 = 0.56 \\times (1 - 0.56) \\times (0.3 \\times -0.0376) = {printed}$$\n"
        assert [f.klass for f in check_text(first + delta, "md").findings] == verdict, printed


def test_a_result_row_under_a_miscopied_operand_is_named_when_visibly_far_from_it() -> None:
    # out = σ(0.3775) = 0.5932699921, out(1 − out) = 0.2413007086; the row below copies out as 0.593226999 (digits
    # transposed), which gives 0.2413087267: the printed 0.241300709 is right, but 8,018 units from its own row's operands
    o = 1 / (1 + math.exp(-0.3775))
    assert round(o, 9) == 0.593269992 and round(o * (1 - o), 9) == 0.241300709
    assert round(0.593226999 * (1 - 0.593226999), 10) == 0.2413087267
    far = (
        "$$out_{h_1} = \\frac{1}{1 + e^{-0.3775}} = 0.593269992$$\n\n$$\\begin{split}\n"
        "d &= out_{h_1}\\times \\left(1-out_{h_1}\\right)\\\\\n&= 0.593226999\\times \\left(1-0.593226999\\right)\\\\\n"
        "&= 0.241300709\n\\end{split}$$\n"
    )
    named = {(f.line, f.klass) for f in check_text(far, "md").findings if f.klass != "ok"}
    assert named == {(5, "error"), (6, "propagated")}
    # σ(1.1059059067) = 0.7513650583 against the printed 0.75136507: a unit from the row's operands, let be (as the
    # corpus's judge of Mazur's translation reads it); the miscopied exponent alone is named
    assert round(1 / (1 + math.exp(-1.1059059067)), 10) == 0.7513650583
    near = (
        "$$net_{o1} = 0.4 \\times 0.593269992 + 0.45 \\times 0.596884378 + 0.6 = 1.105905967$$\n\n$$\\begin{split}\n"
        "out_{o1} &= \\frac{1}{1+e^{-net_{o1}}} \\\\\n&= \\frac{1}{1+e^{-1.1059059067}} \\\\\n&= 0.75136507\n\\end{split}$$\n"
    )
    assert {(f.line, f.klass) for f in check_text(near, "md").findings if f.klass != "ok"} == {(5, "error")}


def test_a_guard_epsilon_left_out_of_a_printed_piece_is_no_error() -> None:
    # Adam's update: 10 / (√100 + 10⁻⁸) = 9.999999990; the page writes the denominator as 10, dropping the ε
    eps = "$\\theta_1 = 5 - 0.1 \\times \\frac{10}{\\sqrt{100} + 10^{-8}} = 5 - 0.1 \\times \\frac{10}{10} = 4.9$\n"
    assert [f.klass for f in check_text(eps, "md").findings] == ["ok", "ok"]
    # 10⁻² is no guard term: √100 + 0.01 = 10.01 is not 10
    big = eps.replace("10^{-8}", "10^{-2}")
    assert "error" in [f.klass for f in check_text(big, "md").findings]
    # nor is a piece printed far from its value: √100 + 10⁻⁸ is not 11
    far = "$\\frac{10}{\\sqrt{100} + 10^{-8}} = \\frac{10}{11}$\n"
    assert [f.klass for f in check_text(far, "md").findings] == ["error"]


def test_a_probability_approximated_by_zero_or_one_names_its_class() -> None:
    # σ(−0.64) = 0.3452 ≈ 0.35, which an XOR walkthrough reads as class 0: "≈ 0" is a label, not a rounding
    assert round(1 / (1 + math.exp(0.64)), 4) == 0.3452
    judged = {
        t: [f.klass for f in check_text(f"```\n{t}\n```\n", "md").findings]
        for t in (
            "output = sigmoid(-0.64) = 0.35 ≈ 0",
            "output = sigmoid(-0.64) = 0.45 ≈ 0",  # the probability itself is still judged
            "z = 0.62 - 0.76 - 0.5 ≈ 0",  # −0.64 is no probability: a wrong approximation
            "p = 0.3 + 0.05 ≈ 0.4",  # a decimal after ≈ is a rounding, judged as ever
        )
    }
    assert judged == {
        "output = sigmoid(-0.64) = 0.35 ≈ 0": ["ok"],
        "output = sigmoid(-0.64) = 0.45 ≈ 0": ["error"],  # and its "≈ 0" is no restatement to carry a correction into
        "z = 0.62 - 0.76 - 0.5 ≈ 0": ["error"],
        "p = 0.3 + 0.05 ≈ 0.4": ["ok"],
    }


def test_worked_arithmetic_in_a_programs_comments_is_read() -> None:
    # ln(e^2 + e^1 + e^0.1 + e^0.5) = ln(7.3891 + 2.7183 + 1.1052 + 1.6487) = ln(12.8613) = 2.5542 ≈ 2.554;
    # ln(4.4817 + 8.1662 + 1.2214 + 2.0138) = ln(15.8831) = 2.7653, printed 2.764 (a softmax-loss note's slip)
    assert round(math.log(7.3891 + 2.7183 + 1.1052 + 1.6487), 4) == 2.5542 and round(math.log(15.8831), 4) == 2.7653
    page = (
        "```python\n"
        "z = np.array([[2.0, 1.0, 0.1, 0.5], [1.5, 2.1, 0.2, 0.7]])\n"
        "# For the first sample:\n"
        "# = log(7.3891 + 2.7183 + 1.1052 + 1.6487) = log(12.8613) ≈ 2.554\n"
        "# For the second sample:\n"
        "# = log(4.4817 + 8.1662 + 1.2214 + 2.0138) = log(15.8831) ≈ 2.764\n"
        "lr = 0.5  # x = 0.5 is a comment of words, not worked: not read\n"
        "# batch = 3\n"
        "```\n"
    )
    found = [(f.line, f.klass) for f in check_text(page, "md").findings]
    assert (4, "ok") in found and (6, "error") in found
    assert {line for line, _k in found} <= {4, 6}  # the code and the other comments are not read


def test_primed_activations_are_their_derivatives() -> None:
    # σ'(0.6) = σ(0.6)(1 − σ(0.6)) = 0.645656 × 0.354344 = 0.228784 → 0.2288 (a page printed 0.2289);
    # tanh'(0.5) = 1 − tanh²(0.5) = 1 − 0.462117² = 0.786448 → 0.7864
    s = 1 / (1 + math.exp(-0.6))
    assert round(s * (1 - s), 4) == 0.2288 and round(1 - math.tanh(0.5) ** 2, 4) == 0.7864
    page = (
        "```\nd = [σ'(0.6), σ'(0.5)]\n  = [0.2289, 0.2350]\n```\n\n"
        "$$\\sigma'(0.6) = 0.2288$$\n\n"
        "$$\\tanh'(0.5) = 0.7865$$\n\n"
        "q = tanh'(0.5) = 0.7864\n"
    )
    found = sorted((f.line, f.klass) for f in check_text(page, "md").findings)
    assert found == [(3, "error"), (3, "ok"), (6, "ok"), (8, "error"), (10, "ok")]  # 0.2350 = σ'(0.5) is right


def test_a_result_restated_as_a_piece_within_a_unit_is_that_result() -> None:
    # σ(3.02) = 0.953472 → 0.9535: printed 0.9534 where it is worked out (an error on that line); restated later as a
    # piece of σ'(3.02) ≈ 0.9534 · (1 − 0.9534) ≈ 0.0444 it is within one unit of the true value: that line is right
    # (0.9534 × 0.0466 = 0.04443 ≈ 0.0444). Printed first as the piece itself, the cut is the line's own error.
    s = 1 / (1 + math.exp(-3.02))
    assert round(s, 4) == 0.9535 and round(0.9534 * 0.0466, 4) == 0.0444
    later = "$$\\sigma(3.02) \\approx \\frac{1}{1 + e^{-3.02}} \\approx 0.9534$$\n\n$$ \\sigma'(3.02) \\approx 0.9534 \\cdot (1 - 0.9534) \\approx 0.0444 $$\n"
    assert sorted((f.line, f.klass) for f in check_text(later, "md").findings if f.klass != "ok") == [(1, "error")]
    alone = "$$ \\sigma(3.02) (1 - \\sigma(3.02)) \\approx 0.9534 \\cdot (1 - 0.9534) \\approx 0.0444 $$\n"
    assert [f.klass for f in check_text(alone, "md").findings if f.klass != "ok"] == ["error", "error"]


def test_a_transposed_bracket_list_may_stand_either_way() -> None:
    # δ @ [0.6457, 0.6225]ᵀ with δ = [-0.0713]: a page that writes bracket lists as columns gets a row,
    # [[-0.0713 × 0.6457, -0.0713 × 0.6225]] = [[-0.04604, -0.04438]] → [[-0.0460, -0.0444]]
    assert (round(-0.0713 * 0.6457, 4), round(-0.0713 * 0.6225, 4)) == (-0.046, -0.0444)
    judged = {
        text: sorted({f.klass for f in check_text(f"```\n{text}\n```\n", "md").findings})
        for text in (
            "g = [-0.0713] @ [0.6457, 0.6225]ᵀ = [[-0.0460, -0.0444]]",
            "g = [-0.0713] @ [0.6457, 0.6225]ᵀ = [[-0.0460, -0.0445]]",  # a wrong cell is still named
            "M = [[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]ᵀ = [[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]",  # a matrix transposed is no notation: still wrong
        )
    }
    # a perceptron update with its result written as a column (in math): [0, 0] + 1·(-2)·[2, 3] = [-4, -6]
    judged.update(
        {
            text: sorted({f.klass for f in check_text(f"$${text}$$\n", "md").findings})
            for text in (
                "w = [0, 0] + 1 \\cdot (-2) \\cdot [2, 3] = [-4, -6]^T",
                "w = [0, 0] + 1 \\cdot (-2) \\cdot [2, 3] = [-4, -7]^T",
                "M = \\begin{bmatrix} 1 & 2 \\\\ 3 & 5 \\end{bmatrix} = \\begin{bmatrix} 1 & 2 \\\\ 3 & 5 \\end{bmatrix}^T",
            )
        }
    )
    assert judged == {
        "g = [-0.0713] @ [0.6457, 0.6225]ᵀ = [[-0.0460, -0.0444]]": ["ok"],
        "g = [-0.0713] @ [0.6457, 0.6225]ᵀ = [[-0.0460, -0.0445]]": ["error", "ok"],
        "M = [[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]ᵀ = [[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]": ["error"],
        "w = [0, 0] + 1 \\cdot (-2) \\cdot [2, 3] = [-4, -6]^T": ["ok"],
        "w = [0, 0] + 1 \\cdot (-2) \\cdot [2, 3] = [-4, -7]^T": ["error", "ok"],
        "M = \\begin{bmatrix} 1 & 2 \\\\ 3 & 5 \\end{bmatrix} = \\begin{bmatrix} 1 & 2 \\\\ 3 & 5 \\end{bmatrix}^T": [
            "error",
            "ok",
        ],  # its diagonal is right
    }


def test_worked_arithmetic_in_a_fence_of_any_language_is_read() -> None:
    # an attention post writes its dot products in ```css fences: [1, 0, 1] · [1, 0.5, 0] = 1; [1, 0, 1] · [0.5, 0, 0.5] = 1
    assert 1 * 1 + 0 * 0.5 + 1 * 0 == 1 and 1 * 0.5 + 0 * 0 + 1 * 0.5 == 1
    page = (
        "```css\n"
        "score(cat, cat) = Q(cat) · K(cat) = [1.0, 0.0, 1.0] · [1.0, 0.5, 0.0] = 1.0\n"
        "score(cat, the) = Q(cat) · K(the) = [1.0, 0.0, 1.0] · [0.5, 0.0, 0.5] = 1.5\n"
        "```\n\n"
        "```r\nx <- c(0.5, 0.3)\ny = sum(x * 2)\n```\n"  # a program stays code
    )
    found = sorted((f.line, f.klass) for f in check_text(page, "md").findings)
    assert found == [(2, "ok"), (3, "error")]


def test_worked_arithmetic_set_in_inline_code_is_read() -> None:
    # (0.3·0.3) + (0.7·0.7) + (1.1·1.1) + (1.5·1.5) = 0.09 + 0.49 + 1.21 + 2.25 = 4.04 (a post printed 3.74);
    # (0.3·0.7) + (0.7·1.5) = 0.21 + 1.05 = 1.26
    assert round(0.09 + 0.49 + 1.21 + 2.25, 2) == 4.04 and round(0.21 + 1.05, 2) == 1.26
    page = (
        "- Score (The, The) = `(0.3*0.3) + (0.7*0.7) + (1.1*1.1) + (1.5*1.5) = 3.74`\n"
        "- Score (The, cat) = `(0.3*0.7) + (0.7*1.5) = 1.26`\n"
        "- Set `lr = 0.01` and call `np.dot(w, x) + 1` (code stays code)\n"
    )
    found = sorted((f.line, f.klass) for f in check_text(page, "md").findings)
    assert found == [(1, "error"), (2, "ok")]


def test_softmax_of_a_printed_vector_is_evaluated() -> None:
    # softmax([2.0, 1.0, 0.1]) = e^x / Σ e^x = [7.389, 2.718, 1.105] / 11.212 = [0.6590, 0.2424, 0.0986]
    e = [math.exp(v) for v in (2.0, 1.0, 0.1)]
    assert [round(v / sum(e), 2) for v in e] == [0.66, 0.24, 0.1]
    page = (
        "$$\\text{softmax}([2.0, 1.0, 0.1]) = [0.66, 0.24, 0.10]$$\n\n"
        "p = softmax([2.0, 1.0, 0.1]) = [0.65, 0.24, 0.11]\n"  # a lab guide's slip: 0.65 and 0.11
    )
    found = sorted((f.line, f.klass) for f in check_text(page, "md").findings)
    assert found.count((1, "ok")) == 3 and (3, "error") in found and found.count((3, "error")) == 2


def test_a_programs_printed_array_is_no_restatement_of_a_hand_value() -> None:
    # e^4 / (e^4 + e^2 + e^1) = 54.598 / 63.7076 = 0.8437947; a page printed 0.11419519 after that expression (the
    # other cell's value): the line is wrong, and a sentence restating 0.11419519 is propagated — but the program's
    # array(...) printing 0.11419519 computed it itself (it is softmax([4, 2, 1])[1], right)
    e = [math.exp(v) for v in (4.0, 2.0, 1.0)]
    assert round(e[0] / sum(e), 7) == 0.8437947 and round(e[1] / sum(e), 8) == 0.1141952
    page = (
        "f(2.0) = e^4.0/(e^4.0+e^2.0+e^1.0) = 0.11419519\n\n"
        "Output:\n\narray([[0.8437947 , 0.11419519, 0.04201007]], dtype=float32)\n\n"
        "So the second probability is 0.11419519.\n"
    )
    found = sorted((f.line, f.klass) for f in check_text(page, "md").findings if f.klass != "ok")
    assert found == [(1, "error"), (7, "propagated")]


def test_a_run_of_factors_replaced_by_one_number_is_that_piece() -> None:
    # h2 = σ(1.2) = 0.768525 → 0.7685 (a rounded result); h2(1 − h2) with both copies of 0.7685 one value:
    # 0.7685 × 0.2315 = 0.17790775, and with 0.7685 anywhere in [0.76845, 0.76855] 0.177881…0.177935 — never 0.1780
    assert round(1 / (1 + math.exp(-1.2)), 4) == 0.7685 and round(0.7685 * 0.2315, 4) == 0.1779
    page = "$$h_2 = \\sigma(1.2) = 0.7685$$\n\n$$\\delta = (-0.06050)(0.6)(0.7685)(1 - 0.7685) = (-0.06050)(0.6)({p})$$\n"
    judged = {p: [f.klass for f in check_text(page.format(p=p), "md").findings if f.line == 3] for p in ("0.1779", "0.1780")}
    assert judged == {"0.1779": ["ok"], "0.1780": ["error"]}


def test_a_wrong_probability_restated_as_a_percentage_is_propagated() -> None:
    # σ(−0.7) = 1/(1 + e^0.7) = 0.331812 → 0.3318 (a note printed σ(−0.5)'s 0.3775): "37.75 %" restates it; 33.18 %
    # is the true value and 50 % a threshold
    assert round(1 / (1 + math.exp(0.7)), 4) == 0.3318
    page = "$$p = \\sigma(-0.7) \\approx 0.3775$$\n\nThe model is only 37.75% sure (33.18% in truth; 50% is the threshold).\n"
    found = [(f.line, f.klass, f.printed) for f in check_text(page, "md").findings if f.klass != "ok"]
    assert found == [(1, "error", "0.3775"), (3, "propagated", "37.75")]


def test_a_display_naming_its_left_side_in_words_starts_its_own_equation() -> None:
    # $$\text{out h1} = …$$ then $$\text{out h2} = 0.5968$$: h2's value is no continuation of h1's display (a post's
    # "Similarly, output of h2"); the same name restated goes on as one equation: σ(0.3775) = 0.593270 → 0.5933
    assert round(1 / (1 + math.exp(-0.3775)), 4) == 0.5933
    page = (
        "$$\\text{out h1} = \\frac{1}{1+e^{-0.3775}}$$\n\n$$\\text{out h1} = {v}$$\n\n"
        "- Similarly, output of h2:\n\n$$\\text{out h2} = 0.5968$$\n"
    )
    for v, klass in (("0.5933", "ok"), ("0.5931", "error")):
        found = [(f.line, f.klass) for f in check_text(page.replace("{v}", v), "md").findings]
        assert found == [(3, klass)], (v, found)


def test_a_sum_carried_on_into_the_next_inline_span_is_no_definition_of_its_first_term() -> None:
    # $E = ½(0.01 − 0.751)²$ + $½(0.99 − 0.772)²$, then $E = 0.29837$: E is the sum of both spans
    # (0.274540 + 0.023762 = 0.298302; the page's own E from unrounded outputs is 0.29837), never the first alone
    first, second = 0.5 * (0.01 - 0.751) ** 2, 0.5 * (0.99 - 0.772) ** 2
    assert round(first, 5) == 0.27454 and round(first + second, 4) == 0.2983
    page = "$E = \\frac{1}{2}(0.01-0.751)^{2}$ {op} $\\frac{1}{2}(0.99-0.772)^{2}$ <br/>\n$E = 0.29837$\n"
    for op in ("+", "−", "\\*"[1:], "·"):
        found = [(f.line, f.klass) for f in check_text(page.replace("{op}", op), "md").findings]
        assert not [k for _line, k in found if k in ("error", "propagated")], (op, found)
    # the first span alone, with its value on the next line, is still related (and 0.29837 is not ½(0.741)²)
    alone = "$E = \\frac{1}{2}(0.01-0.751)^{2}$ <br/>\n$E = 0.29837$\n"
    assert [(f.line, f.klass) for f in check_text(alone, "md").findings] == [(2, "error")]


# 0.02·[0.3, 0.7, 1.1, 1.5] + 0.28·[0.7, 1.5, 2.3, 3.1] + 0.70·[1.1, 2.3, 3.5, 4.7], worked by hand:
# [0.006 + 0.196 + 0.77, 0.014 + 0.42 + 1.61, 0.022 + 0.644 + 2.45, 0.03 + 0.868 + 3.29] = [0.972, 2.044, 3.116, 4.188]
_WEIGHTED = "= 0.02 * [0.3, 0.7, 1.1, 1.5] + 0.28 * [0.7, 1.5, 2.3, 3.1] + 0.70 * [1.1, 2.3, 3.5, 4.7]\n"


@pytest.mark.parametrize("fence", ["```css", "```", "```text", None])
@pytest.mark.parametrize("comment", ["", '   # This is the output for token "The"'])
def test_a_chain_over_lines_starting_with_equals_is_read_in_any_fence_and_its_comment_is_no_part_of_it(
    fence: str | None, comment: str
) -> None:
    assert [round(v, 3) for v in (0.972, 2.044, 3.116, 4.188)] == [
        round(0.02 * a + 0.28 * b + 0.70 * c, 3)
        for a, b, c in ((0.3, 0.7, 1.1), (0.7, 1.5, 2.3), (1.1, 2.3, 3.5), (1.5, 3.1, 4.7))
    ]
    for printed, wrong in (("[1.0, 2.0, 3.1, 4.2]", []), ("[1.0, 2.0, 3.0, 4.0]", ["3.0", "4.0"])):
        body = _WEIGHTED + "= " + printed + comment + "\n"
        page = f"Weighted sum:\n\n{fence}\n{body}```\n" if fence else "Weighted sum:\n\n" + body
        found = [f.printed for f in check_text(page, "md").findings if f.klass in ("error", "propagated")]
        assert found == wrong, (fence, comment, printed, found)


def test_a_program_stays_code_and_a_table_cell_keeps_its_hash() -> None:
    # Python's comments are code's; a language-labelled block of one "= …" line is no chain over lines
    page = "```python\nx = 0.5 + 0.5  # = 1.0\ny = x * 2  # doubled\n```\n\n```js\nlet a = 1\n= 2\n```\n"
    assert [f.klass for f in check_text(page, "md").findings if f.klass != "ok"] == []
    # a table row: the cell after "# " is still read (0.1 + 0.2 = 0.3 right, 0.1 + 0.2 = 0.4 wrong): a comment
    # holds no relation
    table = "| step | value |\n|---|---|\n| # 1 | 0.1 + 0.2 = 0.4 |\n| # 2 | 0.1 + 0.2 = 0.3 |\n"
    assert [(f.line, f.klass) for f in check_text(table, "md").findings if f.klass != "ok"] == [(3, "error")]


def test_a_number_the_prose_calls_a_sum_is_a_rounded_result() -> None:
    # Spanish course notes: "the sum of squared errors is $0.222$ … the total sum gives $0.352$", then R² = 1 - 0.222/0.352
    # printed 0.3695. As printed the quotient gives 0.369318 (hand: 0.222/0.352 = 0.630682); with each sum anywhere in
    # its rounding, 1 - 0.2225/0.3515 = 0.366999 … 1 - 0.2215/0.3525 = 0.371631, which holds 0.3695: right.
    assert f"{1 - 0.222 / 0.352:.6f}" == "0.369318"
    assert 1 - 0.2225 / 0.3515 < 0.3695 < 1 - 0.2215 / 0.3525
    doc = (
        "La suma de los errores al cuadrado ya la tenemos (es $0.222$). La suma total de las varianzas en el "
        "denominador da $0.352$.\n$R^2 = 1 - \\frac{0.222}{0.352} = \\mathbf{0.3695}$\n"
    )
    assert [f.line for f in check_text(doc, "md").findings if f.klass == "error"] == []
    # not a sum in prose: the same numbers stated plainly are exact, and the quotient is wrong
    plain = doc.replace("La suma de los errores al cuadrado", "El numerador").replace(
        "La suma total de las varianzas", "El valor"
    )
    assert [f.line for f in check_text(plain, "md").findings if f.klass == "error"] == [2]
    # the word inside math (E_{total}), a sentence holding an equation, or a short number: no rounding either
    for other in (
        "Here $E_{total}$ is $0.222$. And $V$ is $0.352$.\n$R = 1 - \\frac{0.222}{0.352} = 0.3695$\n",
        "The sum is $S = 0.222$. The total is $V = 0.352$.\n$R = 1 - \\frac{0.222}{0.352} = 0.3695$\n",
        "The sum is $0.2$. The total is $0.4$.\n$R = 1 - \\frac{0.2}{0.4} = 0.51$\n",
    ):
        assert [f.line for f in check_text(other, "md").findings if f.klass == "error"] == [2], other


def test_a_bracketed_number_before_another_equals_sign_is_a_factor_not_an_equation_number() -> None:
    # a gradient-descent notebook: -1/3 (355) = -118.33 (hand: 355/3 = 118.333…); an equation number ends the equation
    assert f"{-355 / 3:.2f}" == "-118.33" and f"{-170 / 3:.2f}" == "-56.67"
    doc = (
        "$$= -\\frac{1}{3} (355) = -118.33$$\n\n**Compute the other:**\n\n"
        "$$\\frac{\\partial J}{\\partial b} = -\\frac{1}{3} [(50 - 0) + (55 - 0) + (65 - 0)]$$\n\n"
        "$$= -\\frac{1}{3} (50 + 55 + 65) = -\\frac{1}{3} (170) = -56.67$$\n"
    )
    assert [f.line for f in check_text(doc, "md").findings if f.klass != "ok"] == []
    assert [f.line for f in check_text(doc.replace("-118.33", "-118.43"), "md").findings if f.klass == "error"] == [1]
    # a trailing (17) after a gap is still an equation number, not a factor of 0.3
    assert [f.klass for f in check_text("$$a = 0.1 + 0.2 = 0.3 \\qquad (17)$$\n", "md").findings] == ["ok"]


def test_a_name_the_prose_gives_another_value_is_not_substituted_with_its_old_one() -> None:
    # a Chinese tutorial updates w to 2.3333, then starts over: "this time let $w$ stay fixed at $3$" and updates b;
    # x = 2w + 3b = 17.4285 is 2·3 + 3·3.8095 (hand: 6 + 11.4285), not 2·2.3333 + 3·3.8095 = 16.0951
    assert f"{2 * 3 + 3 * 3.8095:.4f}" == "17.4285" and f"{2 * 2.3333 + 3 * 3.8095:.4f}" == "16.0951"
    doc = (
        "$$w = 3 - 0.6667 = 2.3333$$\n\n这次我们令 $w$ 的值固定为 $3$，变化 $b$ 的值。\n\n"
        "$$b = 4 - 0.1905 = 3.8095$$\n\n$$x = 2w + 3b = 17.4285$$\n"
    )
    assert [f.line for f in check_text(doc, "md").findings if f.klass == "error"] == []
    english = doc.replace("这次我们令 $w$ 的值固定为 $3$，变化 $b$ 的值。", "This time we keep $w$ at $3$ and change $b$.")
    assert [f.line for f in check_text(english, "md").findings if f.klass == "error"] == []
    # without the sentence the old value stands, and the line is named as before; the same number said again keeps it
    assert [f.line for f in check_text(doc.replace("$3$，", "三，"), "md").findings if f.klass == "error"] == [7]
    again = doc.replace("$3$，", "$2.3333$，")
    assert [f.line for f in check_text(again, "md").findings if f.klass == "error"] == [7]


def test_a_fraction_written_reduced_is_compared_whole_not_number_by_number() -> None:
    # LMS notes: w1 = 16/40 = 2/5 (hand: both are 0.4); a number written as another number is no substitution
    doc = "$$w_1 = \\frac{16}{40} = \\frac{2}{5}$$\n\n$$s = 0.1 + 0.2 = 0.2 + 0.1$$\n"
    assert [f.line for f in check_text(doc, "md").findings if f.klass == "error"] == []
    # a reduced fraction of another value is still named (0.4 against 3/5 = 0.6)
    assert [f.line for f in check_text(doc.replace("{2}{5}", "{3}{5}"), "md").findings if f.klass == "error"] == [1]
    # and a piece replaced by a wrong number is still judged on its own: 0.15 × 0.05 is 0.0075, not 0.0076
    piece = "$$z = 0.15 \\times 0.05 + 0.35 = 0.0076 + 0.35 = 0.3576$$\n"
    assert any(f.klass == "error" and f.printed == "0.0076 + 0.35" for f in check_text(piece, "md").findings)


def test_a_sigmoid_with_the_neurons_subscript_is_a_sigmoid() -> None:
    # a cheat sheet writes σ_{h[2]}(1.0) = 0.7310: σ(1.0) = 1/(1 + e^-1) = 0.731059 (math below), so 0.7310 is cut, 0.7311
    assert f"{1 / (1 + math.exp(-1.0)):.6f}" == "0.731059" and f"{1 / (1 + math.exp(-0.5)):.4f}" == "0.6225"
    doc = "$$\n\\begin{aligned}\na_{h[2]}\n&= \\sigma_{h[2]}(1.0) \\\\\n&= 0.7310\n\\end{aligned}\n$$\n"
    assert [(f.line, f.klass) for f in check_text(doc, "md").findings] == [(5, "error")]
    assert [f.klass for f in check_text("$$a = \\sigma_{h[1]}(0.5) = 0.6225$$\n", "md").findings] == ["ok"]
    # a subscripted σ not applied to a parenthesis (a standard deviation squared) stays a name
    assert check_text("$$v = \\sigma_1^2 = 0.25$$\n", "md").findings == []


def test_a_bare_number_in_a_column_of_predictions_is_a_rounded_result() -> None:
    # an exam key's table: z = 0.7, p̂ = 0.668 (σ(0.7) = 0.668188, printed without its working), loss -log(0.668) = 0.404.
    # As printed, -ln 0.668 = 0.403467 (0.403); with 0.668 anywhere in its rounding, -ln 0.6685 … -ln 0.6675 =
    # 0.402719 … 0.404216, which holds 0.404: right.
    assert f"{1 / (1 + math.exp(-0.7)):.6f}" == "0.668188" and f"{-math.log(0.668):.6f}" == "0.403467"
    assert -math.log(0.6685) < 0.404 < -math.log(0.6675)
    doc = "| n | $z$ | $\\hat{p}$ | Loss |\n| :--- | :--- | :--- | :--- |\n| 1 | $-0.5+2-0.8 = 0.7$ | 0.668 | $-\\log(0.668) = 0.404$ |\n"
    assert [f.line for f in check_text(doc, "md").findings if f.klass == "error"] == []
    # under a header that names no computed value the number is a given, used exactly: the loss is one unit off
    given = doc.replace("$\\hat{p}$", "$x$")
    assert [f.line for f in check_text(given, "md").findings if f.klass == "error"] == [3]


def test_a_matrix_of_one_cell_beside_a_taller_one_is_not_a_number_added_to_each_element() -> None:
    # a Markdown page lost the row breaks of (-0.5; 1.0; -0.8) and of the gradient (-0.1115; -0.3117; -0.0352):
    # what renders is a one-cell matrix run together beside a two-row one. No relation is read from it.
    doc = (
        "$$\\boldsymbol{\\beta}_{new} = \\begin{pmatrix}-0.5\\\\1.0-0.8\\end{pmatrix} - "
        "0.5\\begin{pmatrix}-0.1115-0.3117-0.0352\\end{pmatrix} = \\begin{pmatrix}-0.4443\\\\1.1559-0.7824\\end{pmatrix}$$\n"
    )
    assert [f.klass for f in check_text(doc, "md").findings if f.klass == "error"] == []
    # a scalar shift of a vector is still checked element by element: (1; 2) - 0.5 = (0.5; 1.6) has one wrong cell
    shift = "$$\\begin{pmatrix}1\\\\2\\end{pmatrix} - 0.5 = \\begin{pmatrix}0.5\\\\1.6\\end{pmatrix}$$\n"
    assert [(f.klass, f.printed) for f in check_text(shift, "md").findings] == [("ok", "0.5"), ("error", "1.6")]
    # a one-cell product plus a one-cell bias is read as ever: 0.7·0.37995 − 0.6·0.46212 + 0.05 = 0.038693 (hand)
    assert f"{0.7 * 0.37995 - 0.6 * 0.46212 + 0.05:.6f}" == "0.038693"
    net = (
        "$$z = \\begin{bmatrix} 0.7 & -0.6 \\end{bmatrix} \\begin{bmatrix} 0.37995 \\\\ 0.46212 \\end{bmatrix} + "
        "\\begin{bmatrix} 0.05 \\end{bmatrix} = \\begin{bmatrix} 0.03869 \\end{bmatrix}$$\n"
    )
    assert [(f.klass, f.printed) for f in check_text(net, "md").findings] == [("ok", "0.03869")]


def test_an_unmarked_log_is_base_ten_where_the_pages_own_numbers_say_so() -> None:
    # a Korean lecture: CE = -log 0.93 ≃ 0.03 and -log 0.07 ≃ 1.15, consistent only in base 10 (math below);
    # ln would give 0.07 and 2.66. The report says how log was read.
    assert f"{-math.log10(0.93):.2f}" == "0.03" and f"{-math.log10(0.07):.2f}" == "1.15"
    assert f"{-math.log(0.93):.2f}" == "0.07" and f"{-math.log(0.07):.2f}" == "2.66"
    doc = "$$CE = -log0.93 \\simeq 0.03$$\n\n$$CE = -log0.07 \\simeq 1.15$$\n"
    report = check_text(doc, "md")
    assert [f.klass for f in report.findings] == ["ok", "ok"] and "base 10" in report.conventions[0]
    assert "lines 1, 3" in report.conventions[0]
    # a page whose other log holds only in base e keeps base e: the base-10 value is named
    mixed = doc + "\n$$L = -\\log(0.7) = 0.357$$\n"
    assert f"{-math.log(0.7):.3f}" == "0.357"
    report = check_text(mixed, "md")
    assert report.conventions == [] and [f.line for f in report.findings if f.klass == "error"] == [1, 3]
    # a based log keeps its base: log_2 8 = 3 on a base-10 page
    based = doc + "\n$$\\log_2 8 = 3$$\n"
    assert [f.klass for f in check_text(based, "md").findings] == ["ok", "ok", "ok"]


def test_the_verify_report_says_how_log_was_read(tmp_path) -> None:  # noqa: ANN001
    from generator.verify.run import verify_document

    page = tmp_path / "ce.md"
    page.write_text("$$CE = -log0.93 \\simeq 0.03$$\n\n$$CE = -log0.07 \\simeq 1.15$$\n", encoding="utf-8")
    report = verify_document(page)
    assert report.to_json()["conventions"] == [
        "log is base 10: the values at lines 1, 3 hold only in base 10, none only in base e"
    ]
    assert "  read as: log is base 10" in report.to_text()


def test_an_aligns_second_column_pair_is_another_equation() -> None:
    # a Korean post's summary: W_1(1) &= 0.4352 & W_1(2) &= 0.4514 (old and new weight side by side); each pair is
    # its own equation, not "0.4352 W_1(2) = 0.4514". Hand: 0.1 + 0.2 = 0.3, 0.3 + 0.5 = 0.8.
    doc = (
        "$$\\begin{align}\nW_1(1) & =0.4352 & W_1(2) & =0.4514 \\\\\n"
        "a &= 0.1 + 0.2 = 0.3 & b &= 0.3 + 0.5 = 0.8 \\\\\nc &= 0.1 + 0.2 \\\\ &= 0.3\n\\end{align}$$\n"
    )
    assert [(f.line, f.klass, f.printed) for f in check_text(doc, "md").findings] == [
        (3, "ok", "0.3"),
        (3, "ok", "0.8"),
        (4, "ok", "0.3"),
    ]
    # a wrong value in the second pair is still named, on its own
    wrong = doc.replace("0.3 + 0.5 = 0.8", "0.3 + 0.5 = 0.9")
    assert [(f.line, f.printed) for f in check_text(wrong, "md").findings if f.klass == "error"] == [(3, "0.9")]


def test_a_matrix_copied_with_cells_wrong_is_the_error_when_the_earlier_one_makes_the_result_right() -> None:
    # a notebook gives W, then works x W + b with W copied with two cells wrong; the result is what W gives
    x, b = [0.1, 0.2, 0.7], [1.0, 1.0, 1.0]
    w = [[0.1, 0.2, 0.3], [0.3, 0.2, 0.7], [0.4, 0.3, 0.9]]
    out = [round(sum(x[i] * w[i][j] for i in range(3)) + b[j], 10) for j in range(3)]
    assert out == [1.35, 1.27, 1.8]  # by hand: 0.01 + 0.06 + 0.28 + 1 = 1.35, …

    def arr(rows: list[list[float]]) -> str:
        return (
            "\\left[ \\begin{array}{ccc}\n"
            + " \\\\\n".join(" & ".join(f"{v:g}" for v in r) for r in rows)
            + " \\\\ \\end{array} \\right]"
        )

    copied = [[0.1, 0.4, 0.3], [0.3, 0.2, 0.7], [0.5, 0.3, 0.9]]
    doc = (
        f"$$W_{{ij}} = {arr(w)}$$\n\n"
        f"$$\\left[ \\begin{{array}}{{ccc}} 0.1 & 0.2 & 0.7 \\end{{array}} \\right] \\times {arr(copied)} + "
        f"\\left[ \\begin{{array}}{{ccc}} 1 & 1 & 1 \\end{{array}} \\right] = {arr([out])}$$\n\n"
        "$$h = \\left[ \\begin{array}{ccc} 1.35 & 1.27 & 1.8 \\end{array} \\right]$$\n"
    )
    found = [(f.line, f.klass, f.printed, f.expected) for f in check_text(doc, "md").findings if f.klass != "ok"]
    assert found == [(7, "error", "0.4", "0.2"), (9, "error", "0.5", "0.4")], found
    # when the earlier matrix does not give the result either, the result is named as before
    other = doc.replace(
        "1.35 & 1.27 & 1.8 \\\\ \\end{array} \\right]$$\n\n$$h", "1.45 & 1.27 & 1.8 \\\\ \\end{array} \\right]$$\n\n$$h"
    )
    assert any(f.klass == "error" and f.printed == "1.45" for f in check_text(other, "md").findings)


def test_the_square_root_sign_takes_the_whole_number_after_it() -> None:
    # edom18's notes: "標準偏差 = √256 = 16" — √256 is 16; TeX's \sqrt 256 is √2 · 56 = 79.196 (one-token argument)
    assert math.sqrt(256) == 16 and abs(math.sqrt(2) * 56 - 79.196) < 1e-3
    found = check_text("標準偏差 = √256 = 16\n\n$\\sqrt 256 = 79.196$\n\n√0.25 = 0.6\n", "md").findings
    assert [(f.line, f.klass) for f in found] == [(1, "ok"), (3, "ok"), (5, "error")]


def test_a_vector_of_probabilities_approximated_by_whole_numbers_names_classes() -> None:
    # luisdecunto's "= [0.999, 0.999]" then "≈ [1, 1]": as for one probability "≈ 1", the classes, not a rounding
    assert check_text("$[0.999, 0.999] \\approx [1, 1]$\n", "md").findings == []
    # a vector that is not all probabilities stays an approximation cell by cell, and a wrong one (2.4 is not 3)
    assert [f.klass for f in check_text("$[2.4, 0.999] \\approx [3, 1]$\n", "md").findings][0] == "error"


def test_softmax_of_a_list_in_plain_text_and_in_a_fence_of_approximations_is_read() -> None:
    # softmax([20, 19, 18]) = [0.6652, 0.2447, 0.0900] (e^0, e^-1, e^-2 over their sum 1.5032), not [0.999, …]; a
    # fence holding only "≈" lines is worked text, not a program
    z = [math.exp(-k) for k in range(3)]
    assert [round(x / sum(z), 4) for x in z] == [0.6652, 0.2447, 0.09]
    for doc in (
        "softmax([20, 19, 18]) ≈ [0.999, 0.0009, 0.0001]\n",
        "```\nsoftmax([20, 19, 18]) ≈ [0.999, 0.0009, 0.0001]\n```\n",
    ):
        found = check_text(doc, "md").findings
        assert [f.klass for f in found] == ["error"] * 3, doc
    assert [f.klass for f in check_text("softmax([20, 19, 18]) ≈ [0.665, 0.245, 0.090]\n", "md").findings] == ["ok"] * 3


def test_a_list_above_a_down_arrow_softmax_line_maps_to_the_list_below() -> None:
    # edom18: scores [2.1, 4.5, 1.8, 3.2], "↓ softmax", weights [0.10, 0.63, 0.07, 0.20]; the softmax is
    # [0.0634, 0.6991, 0.0470, 0.1905]
    s = [2.1, 4.5, 1.8, 3.2]
    p = [math.exp(x) / sum(math.exp(y) for y in s) for y in [0] for x in s]
    assert [round(x, 4) for x in p] == [0.0634, 0.6991, 0.047, 0.1905]
    doc = "```\nスコア:       [2.1,   4.5,   1.8,   3.2]\n            ↓ softmax\n重み:        [0.10,  0.63,  0.07,  0.20]\n```\n"
    found = check_text(doc, "md").findings
    assert [(f.line, f.klass) for f in found] == [(4, "error")] * 4
    right = doc.replace("0.10,  0.63,  0.07,  0.20", "0.06,  0.70,  0.05,  0.19")
    assert {f.klass for f in check_text(right, "md").findings} == {"ok"}


def test_a_line_that_says_after_applying_softmax_maps_the_list_above_to_the_list_below() -> None:
    # habernal/thlija guidebook (PDF text): xW + b = [3.2, 1.1, −0.5, 2.0, 0.4, −1.2], "After applying Softmax:",
    # ŷ = [0.65, 0.09, 0.02, 0.18, 0.05, 0.01]; the softmax is [0.657, 0.080, 0.016, 0.198, 0.040, 0.008]
    s = [3.2, 1.1, -0.5, 2.0, 0.4, -1.2]
    p = [math.exp(x) / sum(math.exp(y) for y in s) for x in s]
    assert [round(x, 2) for x in p] == [0.66, 0.08, 0.02, 0.2, 0.04, 0.01]
    doc = "xW + b = [3.2, 1.1, \u22120.5, 2.0, 0.4, \u22121.2]\nAfter applying Softmax:\n\u0177 = [{}]\n"
    wrong = check_text(doc.format("0.65, 0.09, 0.02, 0.18, 0.05, 0.01"), "md").findings
    assert [(f.printed, f.klass) for f in wrong if f.klass == "error"][-2:] == [("0.18", "error"), ("0.05", "error")]
    assert {f.klass for f in check_text(doc.format("0.66, 0.08, 0.02, 0.20, 0.04, 0.01"), "md").findings} == {"ok"}
    # prose that goes on after the colon is no label of the map
    # the list above is another map's output (a sigmoid of the same scores): not softmax's input
    other = "Scores z = [2.0, 1.0, 0.1]:\nSigmoid, each score on its own: [0.88, 0.73, 0.52]\nSoftmax:\n[0.66, 0.24, 0.10]\n"
    assert check_text(other, "md").findings == []
    prose = doc.replace("After applying Softmax:", "After applying Softmax: see below")
    assert check_text(prose.format("0.1, 0.1, 0.1, 0.1, 0.1, 0.5"), "md").findings == []


def test_one_equation_in_three_dollar_spans_glued_by_double_dollars_is_read_as_mathjax_reads_it() -> None:
    # snowseventh's appendix: "$weight_{ih} = \n$$\begin{bmatrix}{w_1}&{w_3}…$$\n=\begin{bmatrix}{0.15}&{0.25}…$". MathJax
    # closes each span at the next $, so the page shows weight = [names] = [values]. Read as one chain, the names get
    # their values; read as $…$ then $$…$$, the spans ran on and hid every equation below them.
    doc = (
        "$weight_{ih} =       \n$$\\begin{bmatrix}\n{w_1}&{w_3}\\\\\n{w_2}&{w_4}\\\\\n\\end{bmatrix}$$\n"
        "=\\begin{bmatrix}{0.15}&{0.25}\\\\{0.2}&{0.3}\\\\\\end{bmatrix}$\n\n$b_1 = b_2 = 1$\n\n"
        "$net_{h1} = w_1\\times 0.05 + w_2\\times 0.1 + b_2 = {}$\n\n$0.5 \\times 0.2 = 0.2$\n"
    )
    assert round(0.15 * 0.05 + 0.2 * 0.1 + 1, 6) == 1.0275
    found = check_text(doc.replace("{}", "0.3775"), "md").findings
    assert [(f.line, f.printed, f.klass) for f in found] == [(10, "0.3775", "error"), (12, "0.2", "error")]
    found = check_text(doc.replace("{}", "1.0275"), "md").findings
    assert [(f.line, f.klass) for f in found] == [(10, "ok"), (12, "error")]


def test_a_chain_of_plain_names_gives_each_name_the_value_but_a_derivative_chain_does_not() -> None:
    # "b_1 = b_2 = 1" sets b_2 as well: 0.4 × 0.5 + b_2 = 1.2, not 0.55
    assert [f.klass for f in check_text("$b_1 = b_2 = 1$\n\n$z = 0.4 \\times 0.5 + b_2 = 0.55$\n", "md").findings] == ["error"]
    # "∂z/∂x = ∂(xy)/∂x = y = 9" restates y as a local value of that example: a later y may be another one
    local = "$\\frac{\\partial z}{\\partial x} = y = 9$\n\n$y \\cdot 3 = 20$\n"
    assert check_text(local, "md").findings == []


def test_the_floor_convention_keeps_to_output_sizes_and_to_the_page_s_own_brackets() -> None:
    conv = "Using $O = \\lfloor (H + 2p - k) / s \\rfloor + 1$:\n\n"
    # a mean on a page that floors its output sizes is still a mean: (3 + 4)/2 = 3.5
    assert [f.klass for f in check_text(conv + "$(3 + 4)/2 = 3$\n", "md").findings] == ["error"]
    # the page's own ⌈⌉ or ⌊⌋ say where the rounding goes: ⌈7/2⌉ = 4, ⌊10/3 × 3⌋ = ⌊10⌋ = 10
    assert [f.klass for f in check_text(conv + "$\\lceil 7/2 \\rceil = 3$\n", "md").findings] == ["error"]
    assert [f.klass for f in check_text(conv + "$\\lfloor 10/3 \\times 3 \\rfloor = 9$\n", "md").findings] == ["error"]
    # "the floor (see …)" in prose writes no floor
    prose = "The robot stands on the floor (see the figure).\n\n$(28 + 2 - 3)/2 + 1 = 14$\n"
    assert [f.klass for f in check_text(prose, "md").findings] == ["error"]
    assert math.ceil(7 / 2) == 4 and math.floor(10 / 3 * 3) == 10


def test_a_class_label_must_be_on_the_side_of_its_probability() -> None:
    # 0.55 ≈ 0 and [0.4, 0.6] ≈ [1, 0] name the wrong classes: approximations, and wrong ones
    assert [f.klass for f in check_text("$0.55 \\approx 0$\n", "md").findings] == ["error"]
    assert [f.klass for f in check_text("$[0.4, 0.6] \\approx [1, 0]$\n", "md").findings] == ["error", "error"]


def test_an_operand_two_digits_shorter_or_a_very_long_decimal_beside_it_changes_nothing() -> None:
    # 1.01 is no copy of 1.0054 (two digits shorter): 1.01 × 1000 = 1010, not 1014; a 36-digit π on the line neither
    # hides 0.333 × 3.14 = 1.04562 → 1.05 ≠ 1.07 nor stops the reading
    row = "| a | b |\n|---|---|\n| 1.0054 | $1.01 \\times 1000 = 1014$ |\n"
    assert [f.klass for f in check_text(row, "md").findings] == ["error"]
    pi = "$0.333 \\times 3.14 = 1.07$ and $\\pi = 3.14159265358979323846264338327950288$\n"
    assert [f.klass for f in check_text(pi, "md").findings][0] == "error"


def test_a_temperature_in_the_heading_above_a_down_arrow_softmax_is_seen() -> None:
    # with T = 2, softmax([2.0, 1.0, 0.1] / 2) = [0.502, 0.304, 0.194]: not the plain softmax, so not read as one
    doc = "## With temperature T = 2\n\nScores: [2.0, 1.0, 0.1]\n↓ softmax\nWeights: [0.502, 0.304, 0.194]\n"
    assert check_text(doc, "md").findings == []


def test_a_number_restated_without_its_trailing_zeros_is_no_new_rounded_result() -> None:
    # therishiraj's Adam notes: m̂₁ = 0.100000 / (1 − 0.9) = 0.1 / 0.1 = 1.000000. The right side's 0.1 restates
    # 0.100000 (and 1 − 0.9 = 0.1 exactly): it must not make every 0.1 of the page a rounded value (±0.05), which
    # would excuse −0.1 · 0.25 / 0.331285 = −0.075463 (it is −0.0754637 → −0.075464)
    assert round(-0.1 * 0.25 / 0.331285, 6) == -0.075464
    doc = (
        "$\\hat m_1 = \\frac{0.100000}{1 - 0.9} = \\frac{0.1}{0.1} = 1.000000$\n\n"
        "$\\Delta\\theta = -0.1 \\cdot 0.25 / 0.331285 = -0.075463$\n"
    )
    found = check_text(doc, "md").findings
    assert [(f.line, f.klass) for f in found if f.line == 3] == [(3, "error")]


def test_a_percent_sign_after_the_math_and_a_numerically_zero_approximation() -> None:
    # deepakshamsft: "$0.8^{12} \approx 7$% of the signal" — 0.8¹² = 0.0687, about 7 %; 9 % would be wrong. A product
    # worked to a percentage (0.0687 × 100 = 6.87 %) is still read as printed. "2 × 10⁻¹⁰ ≈ 0" is numerically zero;
    # 0.3 ≈ 0 is not (it names no class either: it is not a printed probability beside its label).
    assert abs(0.8**12 - 0.0687) < 5e-5
    assert [f.klass for f in check_text("$0.8^{12} \\approx 7$% of the signal\n", "md").findings] == ["ok"]
    assert [f.klass for f in check_text("$0.8^{12} \\approx 9$% of the signal\n", "md").findings] == ["error"]
    assert [f.klass for f in check_text("$0.0687 \\times 100 = 6.87$%\n", "md").findings] == ["ok"]
    assert [f.klass for f in check_text("$2 \\times 10^{-10} \\approx 0$\n", "md").findings] == ["ok"]
    assert [f.klass for f in check_text("$0.3 \\times 1 \\approx 0$\n", "md").findings] == ["error"]


def test_a_sigmoid_written_before_a_vector_prints_rounded_results() -> None:
    # kretzschauer's notebook: σ\begin{pmatrix}…\end{pmatrix} = (1; 0,73105; 0,73105), then (1 1 1) · that = 2,46211.
    # The vector is what a sigmoid computed, printed rounded (to ±0.000005): 1 + 2 × 0.731055 = 2.46211 is within reach,
    # a rounding. Were 0.73105 an exact given, 1 + 2 × 0.73105 = 2.4621 exactly and 2.46211 would be an error.
    assert round(1 + 2 * 0.731055, 6) == 2.46211 and round(1 + 2 * 0.73105, 6) == 2.4621
    vector = "\\begin{pmatrix} 1 \\\\ 0.73105 \\\\ 0.73105 \\end{pmatrix}"
    doc = f"$$ \\sigma\\begin{{pmatrix}} 1 \\\\ 0 \\\\ 0 \\end{{pmatrix}} = {vector} $$\n\n"
    product = f"$$\\begin{{pmatrix}} 1 & 1 & 1 \\end{{pmatrix}} \\cdot {vector} = "
    found = check_text(doc + product + "\\begin{pmatrix} 2.46211 \\end{pmatrix}$$\n", "md").findings
    assert [f.klass for f in found] == ["rounding"]
    found = check_text(doc + product + "\\begin{pmatrix} 2.46311 \\end{pmatrix}$$\n", "md").findings
    assert [f.klass for f in found] == ["error"]


def test_a_loss_named_in_calligraphic_type_is_a_computed_rounded_value() -> None:
    # iohyeon's perplexity: L = 1.151 nat (the mean of −4.605 over four, 1.15125, rounded), then e^{1.151} = 3.162. The
    # loss is computed, so ±0.0005: e^{1.1515} = 3.1629 reaches 3.162; as an exact given, e^{1.151} = 3.1614 would not
    assert round(math.exp(1.1515), 4) == 3.1629 and round(math.exp(1.151), 4) == 3.1614
    found = check_text("$\\mathcal{L} = 1.151$ nat\n\n$e^{1.151} = 3.162$\n", "md").findings
    assert [f.klass for f in found if f.klass == "error"] == []
    assert [f.klass for f in check_text("$\\mathcal{W} = 1.151$\n\n$e^{1.151} = 3.162$\n", "md").findings] == ["error"]


def test_a_value_of_the_activation_f_of_a_weighted_sum_is_a_computed_rounded_value() -> None:
    # darren1231's notes: outo1 = f(h1*w5+h2*w6+b2) = 0.75 (σ of the net input, 0.7514, printed short), then
    # 0.75*(1 - 0.75) = 0.186: with 0.75 ± 0.005, 0.7535 × 0.2465 = 0.18574 rounds to 0.186; as an exact given it is 0.1875
    assert round(0.7535 * (1 - 0.7535), 3) == 0.186 and 0.75 * (1 - 0.75) == 0.1875
    line = "$0.75*\\left( 1 - 0.75 \\right) = 0.186$\n"
    found = check_text("outo1 = f(h1*w5+h2*w6+b2) = 0.75\n\n" + line, "md").findings
    assert [f.klass for f in found] == ["rounding"]
    # an f of numbers alone is a function the page defines, not a value printed short
    assert [f.klass for f in check_text("y = f(2, 3) = 0.75\n\n" + line, "md").findings][-1] == "error"


def test_an_arrow_labelled_with_a_factor_scales_what_stands_before_it() -> None:
    # theankurgoswami's Flash Attention step: Q Kᵀ \quad \xrightarrow{\times \frac{1}{\sqrt{4}}} \quad S. Row 1 of Q times
    # column 1 of Kᵀ is 0.15·0.28 + 0.82·0.71 + 0.21·0.19 + 0.55·0.42 = 0.8951, halved 0.44755: S₁₁ is 0.45, not 0.48
    assert round((0.15 * 0.28 + 0.82 * 0.71 + 0.21 * 0.19 + 0.55 * 0.42) / 2, 5) == 0.44755
    q = "\\begin{bmatrix} 0.15 & 0.82 & 0.21 & 0.55 \\end{bmatrix}"
    k = "\\begin{bmatrix} 0.28 \\\\ 0.71 \\\\ 0.19 \\\\ 0.42 \\end{bmatrix}"
    doc = f"$$\n{q}\n\\times\n{k}\n\\quad \\xrightarrow{{\\times \\frac{{1}}{{\\sqrt{{4}}}}}} \\quad\n\\begin{{bmatrix}} {{}} \\end{{bmatrix}}\n$$\n"
    assert [f.klass for f in check_text(doc.replace("{}", "0.48"), "md").findings] == ["error"]
    assert [f.klass for f in check_text(doc.replace("{}", "0.45"), "md").findings] == ["ok"]
    # after a chain the arrow starts another value: 0.8951 stays the sum's value (and s its name's), 0.4476 is not its
    # equal; a bare vector "× 2" may be upsampled, not scaled
    after = "$$s = 0.15 \\cdot 0.28 + 0.82 \\cdot 0.71 = 0.6242 \\quad \\xrightarrow{\\times \\frac{1}{2}} \\quad 0.3121$$\n"
    assert [f.klass for f in check_text(after + "\n$s + 0.1 = 0.7242$\n", "md").findings] == ["ok", "ok"]
    upsampled = (
        "$$\\begin{bmatrix} 1 & 2 \\end{bmatrix} \\xrightarrow{\\times 2} \\begin{bmatrix} 1 & 1 & 2 & 2 \\end{bmatrix}$$\n"
    )
    assert check_text(upsampled, "md").findings == []
    # an arrow labelled in words maps by name, not by arithmetic: nothing is read from it
    words = doc.replace("\\times \\frac{1}{\\sqrt{4}}", "\\text{scale}").replace("{}", "0.48")
    assert [f for f in check_text(words, "md").findings if f.klass != "ok"] == []


def test_a_value_after_approx_is_rounded_and_a_printed_vector_is_no_formula() -> None:
    # waynetran's attention page: α₃ ≈ [0.248, 0.248, 0.504] (softmax, rounded), then y₃ = 0.248·[2, 0] + 0.248·[0, 3]
    # + 0.504·[1, 1] ≈ [0.999, 1.247]: with each weight within its half-unit, 2 × 0.2475 + 0.5035 = 0.9985 and
    # 3 × 0.2475 + 0.5035 = 1.246 reach the printed values; as exact givens they give 1.000 and 1.248
    assert round(2 * 0.2475 + 0.5035, 4) == 0.9985 and round(3 * 0.2475 + 0.5035, 4) == 1.246
    y = "$y_3 = 0.248 \\cdot [2, 0] + 0.248 \\cdot [0, 3] + 0.504 \\cdot [1, 1] \\approx [0.999,\\ 1.247]$\n"
    rounded = check_text("Softmax: $\\alpha_3 \\approx [0.248,\\ 0.248,\\ 0.504]$\n\n" + y, "md").findings
    assert not [f for f in rounded if f.klass == "error"]
    given = check_text("Weights: $\\alpha_3 = [0.248,\\ 0.248,\\ 0.504]$\n\n" + y, "md").findings
    assert [f.klass for f in given if f.klass == "error"] == ["error", "error"]
    # a lone number after ≈ is not taken as rounded: its digits would widen a given 0.5 anywhere on the page
    given_half = (
        "Inputs $x = [0.5, 0.2]$.\n\n$z = 0.5 \\times 0.4 + 0.2 \\times 1 = 0.38$\n\nAfter training, $\\hat y \\approx 0.5$.\n"
    )
    assert [f.klass for f in check_text(given_half, "md").findings] == ["error"]
    # x₀ = [1, 1]ᵀ gives x₀ a value; "x₀ = 10" a few lines on starts another example, not the value of a formula
    assert check_text("$x_0 = [1,1]^T$\n\nAnother example. Start at $x_0 = 10$.\n", "md").findings == []


def test_an_arrow_drawn_down_a_fence_through_the_word_softmax_maps_the_list_above_to_the_list_below() -> None:
    # hoangvt2501's lesson: [2.1, 0.3, 0.1, 0.8, 0.2], then "|", "softmax", "|", then [0.52, 0.09, 0.07, 0.14, 0.08];
    # the softmax is [0.5805, 0.0960, 0.0786, 0.1582, 0.0868], so 0.52 and 0.14 (and the truncated rest) are wrong
    s = [2.1, 0.3, 0.1, 0.8, 0.2]
    p = [math.exp(x) / sum(math.exp(y) for y in s) for x in s]
    assert [round(x, 4) for x in p] == [0.5805, 0.096, 0.0786, 0.1582, 0.0868]
    doc = "```\nRaw scores:   [2.1, 0.3, 0.1, 0.8, 0.2]\n       |\n    softmax\n       |\nWeights:   [{}]\n```\n"
    wrong = check_text(doc.format("0.52, 0.09, 0.07, 0.14, 0.08"), "md").findings
    assert [(f.line, f.printed) for f in wrong if f.klass == "error"][:1] == [(6, "0.52")]
    assert {f.klass for f in check_text(doc.format("0.58, 0.10, 0.08, 0.16, 0.09"), "md").findings} == {"ok"}
    # the word alone, without the drawn arrow, says nothing about which lists it joins
    assert check_text(doc.replace("       |\n", "").format("0.52, 0.09, 0.07, 0.14, 0.08"), "md").findings == []


def _verdict(text: str, printed: str) -> list[str]:
    return [f.klass for f in check_text(text, "md").findings if f.printed == printed]


def test_a_value_named_sig_of_a_name_is_a_rounded_result() -> None:
    # round 133: out = sig(o) = 0.60659 (true 0.6065970), then 1/2(1 - 0.60659)^2 = 0.07738. From 0.60659 exactly it is
    # 0.5 * 0.39341^2 = 0.0773857 (0.07739); from 0.606595, within 0.60659's half unit, 0.0773837 (0.07738)
    assert 0.5 * (1 - 0.60659) ** 2 == pytest.approx(0.0773857, abs=1e-7)
    assert 0.5 * (1 - 0.606595) ** 2 == pytest.approx(0.0773837, abs=1e-7)
    page = "o = 0.43303\n\nout = sig(o) = 0.60659\n\nError = 1/2(1-0.60659)^2 = 0.07738\n"
    assert _verdict(page, "0.07738") == ["rounding"]
    assert _verdict(page.replace("out = sig(o) = 0.60659\n\n", ""), "0.07738") == ["error"]  # a given is exact


def test_an_operand_cut_from_a_result_printed_before_carries_its_rounding() -> None:
    # round 130: a = (0.2273, 0.3864, 0.1894), then 0.227(1) + 0.189(2) ≈ 0.606. As printed 0.227 + 0.378 = 0.605;
    # the results they cut give 0.2273 + 2 * 0.1894 = 0.6061, so 0.606 is right
    page = "$$a_1 = 1 / 4.4 = 0.2273$$\n\n$$a_3 = 1 / 5.28 = 0.1894$$\n\n$$0.227(1) + 0.189(2) \\approx 0.606$$\n"
    assert 1 / 4.4 == pytest.approx(0.22727, abs=1e-5) and 1 / 5.28 == pytest.approx(0.189394, abs=1e-6)
    assert _verdict(page, "0.606") == ["rounding"]
    alone = "$$0.227(1) + 0.189(2) \\approx 0.606$$\n"
    assert _verdict(alone, "0.606") == ["error"]
    after = "$$0.227(1) + 0.189(2) \\approx 0.606$$\n\n$$a_1 = 1 / 4.4 = 0.2273$$\n\n$$a_3 = 1 / 5.28 = 0.1894$$\n"
    assert _verdict(after, "0.606") == ["error"]  # a result printed only later is not what the sum used


def test_a_value_printed_below_the_sum_it_is_said_to_be_is_judged_against_it() -> None:
    # a value finer than its sum's terms may have been worked elsewhere, but a wrong one must not pass unseen
    # (review of round 130's reading): 0.068 + 0.102 + 0.140 = 0.310, so a = 0.9273 is wrong, and so is 0.320
    for value in ("0.9273", "0.320"):
        page = f"$$a = 0.068 + 0.102 + 0.140$$\n\n$$a = {value}$$\n"
        assert _verdict(page, value) == ["error"], value


def test_a_result_longer_than_decimals_precision_is_not_cut() -> None:
    # a 34-digit result is cut in a context of 60 digits whatever the process's own precision; one of 70 digits cannot
    # be, and is skipped, not an internal error of the page
    import decimal
    from types import SimpleNamespace

    from generator.check.checker import _results_shortened

    long34, long70 = "." + "1234567890" * 3 + "1234", "." + "1234567890" * 7
    doc = SimpleNamespace(first_result={long34: 5, long70: 7, ".2273": 9}, text="x" * 100)
    for prec in (28, 80):  # the same answer whatever precision the caller's context has
        with decimal.localcontext() as ctx:
            ctx.prec = prec
            assert _results_shortened(doc) == {long34[:-1]: 5, ".227": 9}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        # an expression broken over two rows: the first row's bracket closes on the next, nothing is cut short
        "$$\\begin{aligned} z &= (0.1 \\times 0.2 + \\\\ &\\quad 0.3 \\times 0.4) = 0.14 \\end{aligned}$$",
        # an unclosed bracket with no relation after it on its row: the row goes on below
        "$$\\begin{aligned} z = 0.5 \\times (0.1 \\times 0.2 \\\\ + 0.3 \\times 0.4) \\end{aligned}$$",
    ],
)
def test_a_bracket_closed_on_the_next_row_is_not_closed_early(text: str) -> None:
    report = check_text(f"# Notes\n\n{text}\n", "md")
    assert all(f.klass == "ok" for f in report.findings), report.findings
    assert not any(s.reason.startswith("parse") for s in report.skipped), report.skipped
    if "0.14" in text:
        assert [f.printed for f in report.findings] == ["0.14"]  # 0.02 + 0.12, read across the two rows


@pytest.mark.parametrize(
    "text",
    [
        # an argument named in a call whose bracket the page left open: no computation in the bracket, nothing read
        "The output is $\\text{MSE}(y = 1, \\hat y = 0.8 = 0.04$ for this sample.",
        "And $\\sigma(z = 0.5 = 0.6225$.",
        "So $\\hat y = f(x; w = 0.5, b = 0.1 = 0.6$.",
        # the bracket meant to close earlier: (0.2 + 0.4 + 0.6) / 3 = 0.4 and (0.5 − 0.3)² + (0.2 − 0.1)² = 0.05
        "The mean is $\\bar{x} = (0.2 + 0.4 + 0.6 / 3 = 0.4$ here.",
        "The loss is $(0.5 - 0.3)^2 + (0.2 - 0.1^2 = 0.05$ here.",
    ],
)
def test_a_bracket_left_open_never_makes_a_right_line_wrong(text: str) -> None:
    report = check_text(f"# Notes\n\n{text}\n", "md")
    assert [f for f in report.findings if f.klass != "ok"] == []
    if "here" in text:  # read, and right where the bracket closes as the author meant
        assert [f.klass for f in report.findings] == ["ok"]


def test_a_long_bracket_left_open_is_not_read() -> None:
    # forty terms in a bracket never closed: the places it might close are too many to try (and to be sure of)
    terms = " + ".join(["0.1"] * 40)
    report = check_text(f"# Notes\n\n$$s = ({terms} = 9$$\n\n$$t = -(0.5 + 0.2 = -0.7$$\n", "md")
    assert [(f.line, f.klass) for f in report.findings] == [(5, "ok")]


def test_displays_parted_by_a_comma_are_items_of_a_list_not_one_equation() -> None:
    # a Korean post's table of losses: "$$0.9$$, $$-\log 0.9\approx 0.105$$" … "$$0.245$$, $$\approx 1.406$$" — the
    # last item names the loss of 0.245 without its -log (−ln 0.245 = 1.40650 → 1.406), not 0.245 ≈ 1.406
    assert round(-math.log(0.9), 3) == 0.105 and round(-math.log(0.245), 3) == 1.406
    page = "$$0.9$$, $$-\\log 0.9\\approx 0.105$$\n\n$$0.245$$, $$\\approx 1.406$$\n"
    assert [(f.line, f.klass) for f in check_text(page, "md").findings] == [(1, "ok")]
    # with no comma between them, a display that opens with its relation goes on from the one before
    joined = "$$-\\log 0.245$$ $$\\approx 1.406$$\n\n$$-\\log 0.245$$\n$$\\approx 1.416$$\n"
    assert [(f.line, f.klass) for f in check_text(joined, "md").findings] == [(1, "ok"), (4, "error")]


def test_myst_math_roles_and_directives_are_math() -> None:
    # Jupyter Book / MyST: {math}`…` inline and ```{math} blocks (with an option line); tanh(1.1) = 0.800499 (math)
    assert round(math.tanh(1.1), 6) == 0.800499 and round(0.5 * (0.800499 - 1.0) ** 2, 8) == 0.01990032
    page = (
        "- {math}`a = \\tanh(1.1) \\approx 0.800499`\n"  # right
        "- {math}`L = \\frac{1}{2}(0.800499 - 1.0)^2 \\approx 0.01990120`\n"  # wrong: 0.01990032
        "  ```{math}\n  :label: eq-grad\n  (-0.199501) \\cdot (0.3592) \\cdot (2.0) \\approx -0.1432\n  ```\n"  # -0.143322
        "``{math}`` is also the name of a role; `{math}` in code and ``x = 1 + 1 = 3`` in code are not read.\n"
    )
    found = [(f.line, f.klass) for f in check_text(page, "md").findings]
    assert found == [(1, "ok"), (2, "error"), (5, "error")], found
    fence = "```python\nprint('{math}`x = 1 + 1 = 3`')\n```\n<!-- {math}`y = 2 + 2 = 5` -->\n"
    assert [f for f in check_text(page + fence, "md").findings if f.line > 6] == []


def test_restructuredtext_math_roles_and_directives_are_math() -> None:
    # Sphinx pages: :math:`…` inline, a ``.. math::`` directive's indented block (one equation a line) and its own line;
    # by hand 0.5 · 0.4 + 0.1 = 0.3, σ(0.3) = 0.574443, (0.5744 − 1)² = 0.18114, 2 + 2 = 4
    assert round(1 / (1 + math.exp(-0.3)), 4) == 0.5744 and round((0.5744 - 1) ** 2, 4) == 0.1811
    page = (
        "The net input is :math:`z = 0.5 \\cdot 0.4 + 0.1 = 0.31` and the output\n\n"
        ".. math::\n\n   a = \\sigma(0.3) = 0.5744\n\n   L = (0.5744 - 1)^2 = 0.1911\n\n"
        ".. math:: e = 2 + 2 = 5\n\nLiteral: ``x = 1 + 1 = 3`` and :mat:`y = 1 + 1 = 3` are not math.\n"
    )
    found = [(f.line, f.klass) for f in check_text(page, "md").findings]
    assert found == [(1, "error"), (5, "ok"), (7, "error"), (9, "error")], found


def test_a_comma_in_prose_between_displays_keeps_the_chain() -> None:
    # review: "Adding the terms, the bias included, we get $$= 0.3875$$" goes on from the display before (0.3775)
    assert round(0.15 * 0.05 + 0.2 * 0.1 + 0.35, 4) == 0.3775
    first = "$$net_{h1} = 0.15 \\times 0.05 + 0.2 \\times 0.1 + 0.35$$\n\n"
    for words in ("Adding the terms, the bias included, we get", "代入数值，得"):
        page = first + words + "\n\n$$= 0.3875$$\n"
        assert [(f.line, f.klass) for f in check_text(page, "md").findings] == [(5, "error")], words


def _wrong_lines(page: str) -> list[int]:
    return [f.line for f in check_text(page, "md").findings if f.klass not in ("ok", "rounding")]


def test_math_directives_as_sphinx_and_myst_write_them() -> None:
    # review: a label with a digit (eq:2) is no factor of row 1, a label hides no row, an aligned environment and an
    # equation after a blank line are two equations; by hand 0.5 · 0.4 + 0.1 = 0.3, 2 · 3 = 6
    rows = "   0.5 \\cdot 0.4 + 0.1 &= {v} \\\\\n   0.3 \\cdot 2 &= 0.6\n"
    for head in (".. math::\n   :label: eq:2\n\n", "```{math}\n:label: eq:2\n\n", "```{math}\n:label: eq:2\n"):
        tail = "" if head.startswith("..") else "```\n"
        for v, wrong in (("0.3", []), ("0.4", [head.count("\n") + 1])):  # (MyST needs no blank line after options)
            assert _wrong_lines(head + rows.format(v=v) + tail) == wrong, (head, v)
    page = ".. math::\n\n   \\begin{aligned}\n   z &= 2 \\cdot 3 \\\\\n     &= 7\n   \\end{aligned}\n\n   y = 6 + 1 = 7\n"
    assert _wrong_lines(page) == [5]


def test_directives_and_roles_shown_as_code_are_not_math() -> None:
    # review: a ```rst fence, an rst literal block (a paragraph ending in ::) and a code-block quote the directive
    fence = "```rst\n.. math::\n\n   z = 0.5 \\cdot 0.4 + 0.1 = 0.4\n```\n\n$a = 1 + 1 = 2$\n"
    literal = "The source::\n\n   .. math::\n\n      y = 1 + 1 = 3\n\n   and :math:`z = 2 + 2 = 5` in it.\n\n$a = 1 + 1 = 2$\n"
    code = '.. code-block:: python\n\n   print(":math:`a = 2 + 2 = 5`")\n\n$a = 1 + 1 = 2$\n'
    for page in (fence, literal, code):
        assert _wrong_lines(page) == [], page


def test_a_myst_admonition_is_read_as_text_again_and_a_wrapped_role_is_math() -> None:
    # review: ```{note} is a MyST admonition of prose (σ(0.3) = 0.5744, so 0.62 is wrong), not a fence of code
    page = "```{note}\nThe output is a = σ(0.3) ≈ 0.62.\n```\n"
    assert _wrong_lines(page) == [2]
    # a role wrapped by the editor: 0.45 − 0.5 · 0.082667628 = 0.408666186 (right; 0.4087 written 0.4187 is not)
    assert round(0.45 - 0.5 * 0.082667628, 9) == 0.408666186
    role = "The step :math:`w_6^{+} = 0.45 - 0.5 \\cdot\n0.082667628 = {v}`.\n"
    assert _wrong_lines(role.replace("{v}", "0.408666186")) == []
    assert _wrong_lines(role.replace("{v}", "0.418666186")) == [2]


def test_a_decimal_comma_on_a_page_not_read_with_commas_is_no_list_separator() -> None:
    # review: a German page with too few comma numbers to be read with decimal commas: 0,5 · 0,4 = 0,2 is right, and
    # its pieces must not make "4 = 0" (nor 0,5·0,4+0,1 = 0,3 make "1 = 0"); such a line is not checked
    page = "Die Eingabe ist $x = 0{,}5$, also $z = 0,5 \\cdot 0,4 = 0,2$ und $$y = 0,5\\cdot0,4+0,1=0,3$$\n\n$a = 1 + 2 = 3$\n"
    assert [(f.line, f.klass) for f in check_text(page, "md").findings] == [(3, "ok")]
    # a comma with a space still parts two relations, each checked
    assert [(f.line, f.klass) for f in check_text("$x = 1 + 1 = 2, y = 2 + 2 = 5$\n", "md").findings] == [
        (1, "ok"),
        (1, "error"),
    ]


def test_rst_directives_and_list_items_ending_in_double_colons_are_no_literal_blocks() -> None:
    # third review: `.. note::` and `.. list-table::` end in :: but hold prose; a list item's continuation after its
    # literal block is prose again; an admonition's indented .. math:: is math. By hand ½(0.8 − 1)² = 0.02, ½ · 0.6 =
    # 0.3, 0.5 (1 − 0.5) = 0.25, 0.6 / 2 = 0.3. The literal block's own worked line is read as text, as a plain block of
    # worked equations is (9 + 9 = 18, not 1: a name worked from its formula, read even in whole numbers)
    page = (
        ".. note::\n\n   The loss is :math:`L = \\frac{1}{2}(0.8 - 1)^2 = 0.05`.\n\n"
        ".. list-table::\n   :header-rows: 1\n\n   * - h1\n     - :math:`\\frac{1}{2} \\cdot 0.6 = 0.4`\n\n"
        "- The output is computed as follows::\n\n      out = sigmoid(z) = 9 + 9 = 1\n\n"
        "  and then :math:`0.5 \\cdot (1 - 0.5) = 0.5`.\n\n"
        ".. admonition:: Step\n\n    .. math::\n\n        z = \\frac{0.6}{2} = 0.4\n"
    )
    assert _wrong_lines(page) == [3, 9, 13, 15, 21]
    # a list item's text starts after its bullet: a line no deeper than that is the item's prose, not a literal block
    assert _wrong_lines("- The gradient is::\n\n  then :math:`0.5 \\cdot (1 - 0.5) = 0.5`.\n") == [3]


def test_a_display_opening_with_its_relation_after_a_comma_goes_on_from_an_equation() -> None:
    # third review: after $$L = ½(0.8 − 1)^2$$, the display $$= 0.03$$ is its value (0.02): wrong, and named; after a
    # display of a bare value it is a list item of its own (the Korean post's $$0.245$$, $$\approx 1.406$$)
    assert _wrong_lines("A: $$L = \\frac{1}{2}(0.8 - 1)^2$$, $$= 0.03$$\n") == [1]
    assert _wrong_lines("\\[ E = (0.6 - 1)^2 \\], \\[ = 0.3 \\]\n") == [1]
    assert _wrong_lines("$$0.245$$, $$\\approx 1.406$$\n") == []
