"""Result-only lines: a formula in names whose values were printed before is redone with those values.

Hand-worked: dL/dyhat = -2.244 and h = 0.622 give dL/dyhat * h = -1.395768 (with the rounding of
both printed operands, between -1.39720 and -1.39434); -1.396 is right, -1.385 is wrong.
"""

from __future__ import annotations

from generator.check import check_text

HEAD = "- \\(\\frac{\\partial L}{\\partial \\hat{y}} = -2(y - \\hat{y}) = -2.244\\)\n- \\(h = \\sigma(z_1) \\approx 0.622\\)\n"


def _errors(body: str) -> list[tuple[int, str, str]]:
    report = check_text(HEAD + body, "md")
    return [(f.line, f.printed, f.klass) for f in report.findings if f.klass != "ok"]


def test_a_wrong_result_only_line_is_named() -> None:
    body = "- \\(\\frac{\\partial L}{\\partial w_2} = \\frac{\\partial L}{\\partial \\hat{y}} \\cdot h = -1.385\\)\n"
    assert _errors(body) == [(3, "-1.385", "error")]


def test_a_right_one_is_not() -> None:
    body = "- \\(\\frac{\\partial L}{\\partial w_2} = \\frac{\\partial L}{\\partial \\hat{y}} \\cdot h = -1.396\\)\n"
    assert _errors(body) == []
    report = check_text(HEAD + body, "md")
    assert any(f.line == 3 and f.klass == "ok" for f in report.findings)  # it was judged, not skipped


def test_a_name_never_valued_leaves_the_line_unchecked() -> None:
    body = "- \\(\\frac{\\partial L}{\\partial w_2} = \\frac{\\partial L}{\\partial \\hat{y}} \\cdot g = -9.9\\)\n"
    assert _errors(body) == []


def test_the_last_value_printed_before_the_line_is_used() -> None:
    body = "- \\(h = 0.5\\)\n- \\(q = 2 h = 1.0\\)\n- \\(h = 0.7\\)\n- \\(r = 2 h = 1.0\\)\n"
    assert _errors(body) == [(6, "1.0", "error")]  # 2 * 0.7 = 1.4; line 4 (2 * 0.5) is right


def test_a_given_restated_through_its_name_stays_exact() -> None:
    """``∂z/∂w_1 = x_1 + 0 + 0 = 0.05`` restates the given x_1: it does not make 0.05 a rounded result.

    0.0363503025 × 0.2413007085 × 0.05 = 0.000438567687… (worked by hand), so 0.0004385676 is wrong at
    ten decimals whatever the two rounded factors hide (each ±5e-11 moves the product by under 1e-12);
    only by widening the exact 0.05 to 0.045…0.055 would it pass as rounding.
    """
    assert abs(0.0363503025 * 0.2413007085 * 0.05 - 0.000438567687) < 1e-12
    text = (
        "$$x_1 = 0.05$$\n\n"
        "$$a = 0.0363503025 + 0 = 0.0363503025$$\n\n"
        "$$s = 0.2413007085 + 0 = 0.2413007085$$\n\n"
        "$$\\frac{\\partial z}{\\partial w_1} = x_1 + 0 + 0 = 0.05$$\n\n"
        "$$g = 0.0363503025 \\cdot 0.2413007085 \\cdot 0.05 = 0.0004385676$$\n"
    )
    findings = [f for f in check_text(text, "md").findings if f.line == 9]
    assert [f.klass for f in findings] == ["error"], findings


def test_a_rounded_number_printed_twice_moves_as_one_value() -> None:
    """``a (1 − a)`` with a = 0.5932699921: both copies are one rounded value, so the product is
    0.2413007085741… ± 1e-11 (worked by hand: d/da a(1−a) = 1 − 2a = −0.187), which rounds to
    0.2413007086 whatever a's hidden digits; 0.2413007085 is wrong. Interval arithmetic that lets the two
    copies move apart (± 5e-11) would call it rounding."""
    a = 0.5932699921
    assert abs(a * (1 - a) - 0.24130070857) < 1e-11 and abs(1 - 2 * a) * 0.5e-10 < 1e-11
    text = (
        "$$h = \\frac{1}{1+e^{-0.3775}} = 0.5932699921$$\n\n"
        "$$s = 0.5932699921 (1 - 0.5932699921) = 0.2413007085$$\n\n"
        "$$r = 0.5932699921 (1 - 0.5932699921) = 0.2413007086$$\n"
    )
    found = {f.line: f.klass for f in check_text(text, "md").findings}
    assert found.get(3) == "error" and found.get(5, "ok") == "ok", found


def test_a_value_far_from_what_its_names_give_is_another_quantity_not_a_slip() -> None:
    # dL/dyhat * h = -2.244 * 0.622 = -1.3958 (by hand). A printed -0.054 is 26 times smaller and +1.396 has the
    # other sign: the names stand for other quantities there (a δ whose symbol a PDF text layer lost), so the line
    # is left unchecked; -1.2 (a slip, 1.16 times off) is still named.
    line = "- \\(g = \\frac{\\partial L}{\\partial \\hat{y}} \\cdot h = {}\\)\n"
    assert _errors(line.replace("{}", "-0.054")) == []
    assert _errors(line.replace("{}", "1.396")) == []
    assert _errors(line.replace("{}", "-1.2")) == [(3, "-1.2", "error")]


def test_a_definition_far_from_its_names_values_is_not_called_rounding() -> None:
    # "σ'(z) = 1 if z > 0" after "z = 0.48" (a GitHub Pages walkthrough): σ(0.48)(1 − σ(0.48)) = 0.2361 (by hand), one
    # unit of the integer 1 away, but 4.2 times off: the line defines ReLU's slope, it is no rounded result of z = 0.48
    body = "- \\(z = 0.2 + 0.28 = 0.48\\)\n- For ReLU: \\(\\sigma'(z) = 1\\) if \\(z > 0\\)\n"
    report = check_text("# N\n\n" + body, "md")
    assert [(f.line, f.klass) for f in report.findings if f.line == 4] == []
    assert any(s.line == 4 and "other quantities" in s.reason for s in report.skipped), report.skipped


def test_a_value_one_unit_off_what_its_unprinted_operands_give_is_rounding() -> None:
    # z = 0.25 + 0.75 = 1.00 exactly, and σ(1) = 0.7310586 (by hand): 0.732 is 0.94 of a unit away — rounding,
    # as its operand is printed lines above, not beside it; 0.733 is 1.94 units away — an error
    head = "- \\(z = 0.25 + 0.75 = 1.00\\)\n"
    assert _errors(head + "- \\(a = \\sigma(z) = 0.732\\)\n") in ([], [(4, "0.732", "rounding")])
    assert _errors(head + "- \\(a = \\sigma(z) = 0.733\\)\n") == [(4, "0.733", "error")]


def test_a_name_defined_anew_by_a_formula_loses_its_earlier_value() -> None:
    # h is redefined symbolically (a general formula, another example); 2 h = 1.4 no longer uses h = 0.622
    body = "- \\(h = \\sigma(W x + b)\\)\n- \\(r = 2 h = 1.4\\)\n"
    assert _errors(body) == []
    assert _errors("- \\(r = 2 h = 1.4\\)\n") == [(3, "1.4", "error")]  # 2 * 0.622 = 1.244


def test_a_bare_name_restated_is_not_checked_against_its_earlier_value() -> None:
    # "d(xh)/dx = h = 0.9": h here is the local input of a product node, not the h = 0.622 above
    assert _errors("- \\(\\frac{d(xh)}{dx} = h = 0.9\\)\n") == []


def test_a_name_inside_an_exponent_group_is_substituted() -> None:
    # net_{h_1} = 0.0075 + 0.02 + 0.35 = 0.3775 (exact); sigma(0.3775) = 0.59326999210... so 0.59326999 is right and
    # 0.59326992 wrong. The name stands inside e^{-net_{h_1}}: its value replaces the name, not the braces closing
    # the exponent and the fraction around it.
    head = "$$net_{h_1} = 0.15 \\times 0.05 + 0.2 \\times 0.1 + 0.35 = 0.3775$$\n\n"
    wrong = check_text(head + "$$out_{h_1} = \\frac{1}{1+e^{-net_{h_1}}} = 0.59326992$$\n", "md")
    assert [(f.line, f.klass) for f in wrong.findings if f.line == 3] == [(3, "error")]
    assert next(f.expected for f in wrong.findings if f.line == 3).startswith("0.5932699")
    right = check_text(head + "$$out_{h_1} = \\frac{1}{1+e^{-net_{h_1}}} = 0.59326999$$\n", "md")
    assert [(f.line, f.klass) for f in right.findings if f.line == 3] == [(3, "ok")]


def test_a_miscopied_operand_takes_the_blame_even_where_the_named_formula_confirms_the_result() -> None:
    # net_o1 = 1.105905967 printed, then copied as 1.1059059067 (a digit put in) into sigma's exponent; the printed
    # 0.75136507 is sigma(1.105905967) = 0.7513650695 -> right, and what the formula with net_o1 gives. The wrong
    # number is the copied operand on line 5, not the result on line 6.
    doc = (
        "$$\\begin{align}\n"
        "net_{o1} &= 0.4 * 0.593269992 + 0.45 * 0.596884378 + 0.6 * 1 \\\\\n"
        "&= 1.105905967 \\\\\n"
        "out_{o1} &= \\frac{1}{1+e^{-net_{o1}}} \\\\\n"
        "&= \\frac{1}{1+e^{-1.1059059067}} \\\\\n"
        "&= 0.75136507\n"
        "\\end{align}$$\n"
    )
    named = [(f.line, f.printed) for f in check_text(doc, "md").findings if f.klass not in ("ok", "rounding")]
    assert named == [(5, "1.1059059067")]


def test_a_markdown_escaped_underscore_in_a_name_is_the_same_name() -> None:
    # Hexo and Jekyll posts escape the underscores of math from Markdown (net_{h\_1}, net\_\{o\_1\}): the same name as
    # net_{h_1}. sigma(0.3775) = 0.5932699921, printed 0.59326992: wrong.
    head = "$$net_{h_1} = 0.15 \\times 0.05 + 0.2 \\times 0.1 + 0.35 = 0.3775$$\n\n"
    doc = head + "$$out_{h\\_1} = \\frac{1}{1+e^{-net_{h\\_1}}} = 0.59326992$$\n"
    assert [(f.line, f.klass) for f in check_text(doc, "md").findings if f.line == 3] == [(3, "error")]


def _classes(text: str) -> list[tuple[int, str]]:
    return [(f.line, f.klass) for f in check_text(text, "md").findings]


def test_an_output_restated_as_a_number_is_a_rounded_result() -> None:
    # 0.77 is the output σ(1.2332) = 0.7744 cut to two decimals; o(1 - o) for o in [0.765, 0.775] runs over
    # [0.174375, 0.179775] (x(1 - x) falls beyond x = 1/2), so 0.17 is reachable; with 0.77 exact it is 0.1771 → 0.18
    for name in ("output", "out_{o1}", "\\hat{y}", "a_1", "\\sigma(z)"):
        text = f"$$ {name} (1 - {name}) = 0.77 (1 - 0.77) = 0.17 $$\n"
        assert _classes(text) == [(1, "rounding")], name


def test_a_given_or_a_net_input_restated_as_a_number_stays_exact() -> None:
    # a weight is a given, a net input a weighted sum the page may have worked exactly: 0.1771 printed 0.17 is wrong
    for name in ("w", "z", "net_{h1}", "y"):
        text = f"$$ {name} (1 - {name}) = 0.77 (1 - 0.77) = 0.17 $$\n"
        assert _classes(text) == [(1, "error")], name
    # an output valued to one decimal may as well be an exact input: not widened by a twentieth
    assert _classes("$$ o (1 - o) = 0.7 (1 - 0.7) = 0.22 $$\n") == [(1, "error")]


def test_a_restatement_of_another_shape_marks_nothing() -> None:
    # the numbers do not stand name for name (1 - output became 0.23): no number is taken as the output
    assert _classes("$$ output (1 - output) = 0.77 \\cdot 0.23 = 0.17 $$\n") == [(1, "error")]


def test_only_the_copies_put_for_the_name_are_taken_as_rounded() -> None:
    # review: out = 0.25 restated in out (1 - out) must not widen a later, given 0.25: 4 × 0.25 = 1.00, not 1.01
    text = "$$out \\cdot (1 - out) = 0.25 \\cdot (1 - 0.25) = 0.1875$$\n\n$$\\Delta w = 4 \\times 0.25 = 1.01$$\n"
    assert _classes(text) == [(1, "ok"), (3, "error")]
