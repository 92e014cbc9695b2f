"""Relations across chains: a quantity computed then valued later, and element lists (seed 004).

Expected values are recomputed here with ``decimal`` (arithmetic stated in comments).
"""

from decimal import Decimal as D

from paths import seed

from generator.check import check_text

SEED_004 = seed("004")

OUTER = (
    "$$\ndW[2] = dZ[2] A[1]^T\n$$\n\n"
    "$$\ndW[2] = \\begin{bmatrix}-0.01354\\\\-0.06677\\\\0.53935\\end{bmatrix}"
    "\\begin{bmatrix}2.6 & 0 & 2.3\\end{bmatrix}\n$$\n\n"
    "Resulting in:\n\n"
    "$$\ndW[2] = \\begin{bmatrix}\n"
    "-0.03520 & 0 & -0.03114 \\\\\n"
    "0.17335 & 0 & 0.13535 \\\\\n"
    "1.40231 & 0 & 1.24051\n"
    "\\end{bmatrix}\n$$\n"
)


def test_defined_then_valued_outer_product() -> None:
    rep = check_text(OUTER, "md")
    # lines: 2 symbolic definition, 6 the outer product, 13-15 the three printed rows
    got = [(f.line, f.printed, f.klass) for f in rep.findings]
    # row 1: -0.01354*2.6 = -0.035204 -> -0.03520 ok; 0 ok; -0.01354*2.3 = -0.031142 -> -0.03114 ok
    # row 2: -0.06677*2.6 = -0.173602 and -0.06677*2.3 = -0.153571: printed positive and wrong -> errors
    # row 3: 0.53935*2.6 = 1.402310, 0.53935*2.3 = 1.240505 -> 1.24051 (half-up) ok
    assert D("-0.01354") * D("2.6") == D("-0.035204") and D("-0.01354") * D("2.3") == D("-0.031142")
    assert D("-0.06677") * D("2.6") == D("-0.173602") and D("-0.06677") * D("2.3") == D("-0.153571")
    assert D("0.53935") * D("2.6") == D("1.402310") and D("0.53935") * D("2.3") == D("1.240505")
    assert got == [
        (13, "-0.03520", "ok"),
        (13, "0", "ok"),
        (13, "-0.03114", "ok"),
        (14, "0.17335", "error"),
        (14, "0", "ok"),
        (14, "0.13535", "error"),
        (15, "1.40231", "ok"),
        (15, "0", "ok"),
        (15, "1.24051", "ok"),
    ]
    err = rep.findings[3]
    assert D(err.expected) == D("-0.173602") and "computed at line 6" in err.detail
    # the finding points at the printed number itself
    assert OUTER[err.offset : err.end] == "0.17335"


def test_a_definition_in_between_forgets_the_earlier_one() -> None:
    doc = (
        "$$ x = 0.5 \\times 0.2 $$\n\n"
        "$$ x = a + b $$\n\n"  # redefined symbolically: nothing to pair
        "$$ x = 0.3 $$\n"
    )
    assert check_text(doc, "md").checked == 0
    doc2 = "$$ x = 0.5 \\times 0.2 $$\n\n$$ x = 0.1 $$\n\n$$ x = 0.7 $$\n"
    rep = check_text(doc2, "md")
    # 0.5*0.2 = 0.1: the first valuation is ok and consumes the definition
    assert [(f.line, f.klass) for f in rep.findings] == [(3, "ok")]


def test_a_valuation_far_away_is_not_paired() -> None:
    # 0.5*0.2 = 0.1, so 0.7 would be an error if paired; 100 lines later it may be another x
    doc = "$$ x = 0.5 \\times 0.2 $$\n" + "text\n" * 100 + "$$ x = 0.7 $$\n"
    assert check_text(doc, "md").checked == 0


def test_unary_minus_after_cdot_is_a_product() -> None:
    # 0.2 * -0.9471 = -0.18942
    assert check_text("$0.2 \\cdot -0.9471 = -0.18942$").findings[0].klass == "ok"


def test_definition_whose_chain_already_ends_in_a_value_is_not_paired() -> None:
    doc = "$$ x = 0.5 \\times 0.2 = 0.1 $$\n\n$$ x = 0.1 $$\n"
    assert check_text(doc, "md").checked == 1


ELEMENTS = (
    "$$\n"
    "W[4]^T dZ[4] = \\begin{bmatrix}\n"
    "0.2 \\cdot -0.9471 + 0.4 \\cdot 0.1739 + (-0.2) \\cdot -0.0075 \\\\\n"
    "-0.1 \\cdot -0.9471 + 0.1 \\cdot 0.1739 + 0.3 \\cdot -0.0075 \\\\\n"
    "0.5 \\cdot -0.9471 + (-0.3) \\cdot 0.1739 + 0.2 \\cdot -0.0075\n"
    "\\end{bmatrix}\n"
    "$$\n\n"
    "Calculating each element:\n"
    "1. $-0.18942 + 0.06956 + 0.0015 = -0.11836$ \n"
    "2. $0.09471 + 0.01739 - 0.00225 = 0.10985$ \n"
    "3.  $-0.47355 - 0.52107 - 0.0015 = -0.99612$ \n"
)


def test_element_list_terms_are_checked_against_the_rows() -> None:
    rep = check_text(ELEMENTS, "md")
    terms = [f for f in rep.findings if f.lhs.count("\\cdot") == 1]
    assert len(terms) == 9
    bad = [f for f in terms if f.klass != "ok"]
    # row 3, term 2: (-0.3)(0.1739) = -0.05217, printed -0.52107
    assert D("-0.3") * D("0.1739") == D("-0.05217")
    assert [(f.line, f.printed, f.klass) for f in bad] == [(12, "-0.52107", "error")]
    assert D(bad[0].expected) == D("-0.05217")
    assert ELEMENTS[bad[0].offset : bad[0].end] == "0.52107"
    # the items' own sums: -0.18942+0.06956+0.0015 = -0.11836 ok; 0.09471+0.01739-0.00225 = 0.10985 ok;
    # -0.47355-0.52107-0.0015 = -0.99612 ok (the sum is right, the term is wrong)
    sums = [f for f in rep.findings if f not in terms]
    assert [f.klass for f in sums] == ["ok", "ok", "ok"]


def test_element_list_needs_matching_term_counts() -> None:
    doc = ELEMENTS.replace("3.  $-0.47355 - 0.52107 - 0.0015", "3.  $-0.47355 - 0.52257")
    rep = check_text(doc, "md")
    assert not any(f.line == 12 and f.lhs.count("\\cdot") == 1 for f in rep.findings)


def test_seed_004_must_finds() -> None:
    rep = check_text(SEED_004.read_text(encoding="utf-8"))
    errs = [f for f in rep.findings if f.klass == "error"]
    # -0.3 * 0.1739 written -0.52107 (line 1017)
    assert any(f.line == 1017 and f.printed == "-0.52107" for f in errs)
    # W[4]^T dZ[4] element 3: 0.5*-0.9471 + (-0.3)(0.1739) + 0.2*-0.0075 = -0.47355 - 0.05217 - 0.0015 = -0.52722
    assert D("0.5") * D("-0.9471") + D("-0.3") * D("0.1739") + D("0.2") * D("-0.0075") == D("-0.52722")
    assert any(f.line == 1025 and D(f.expected) == D("-0.52722") for f in errs)
    # dW[2] rows 2 and 3 (the sign error 0.17335 vs -0.173602 among them)
    row2 = {f.printed for f in errs if f.line == 1200}
    row3 = {f.printed for f in errs if f.line == 1201}
    assert row2 == {"0.17335", "0.13535"} and row3 == {"0.37574", "0.20557"}


def test_a_value_after_the_update_is_not_paired_with_the_earlier_definition() -> None:
    # Mazur: the loss before training is 0.298371109, after the first update 0.291027924
    doc = (
        "$$E_{total} = \\tfrac12 (0.01 - 0.75136507)^2 + \\tfrac12 (0.99 - 0.772928465)^2$$\n\n"
        "After this first round of backpropagation, the forward pass gives\n\n$$E_{total} = 0.291027924$$\n"
    )
    assert check_text(doc, "md").errors == 0
    paired = doc.replace("After this first round of backpropagation, the forward pass gives", "So")
    rep = check_text(paired, "md")  # with nothing in between, the value must follow from the definition
    assert rep.errors == 1


def test_values_a_page_computed_without_showing_it_are_rounded_results() -> None:
    # each operand below is a computed value the page printed without its working, so it stands for anything within
    # half a unit of its last digit (by hand with decimal):
    # ½(0.01 − 0.75136507)² = 0.27481108351, and 0.75136507 ± 5e-9 moves it by ±3.8e-9: 0.274811083 is allowed;
    # −ln(0.2584) = 1.353247, ±0.00005/0.2584 = ±0.000194: 1.3531 is allowed; −ln(0.2083) = 1.568776, ±0.00024: 1.5687 too;
    # a sigmoid of a name printed without its value is a computed value as well
    from math import log

    assert abs(0.5 * (0.01 - 0.75136507) ** 2 - 0.27481108351) < 1e-11
    assert abs(-log(0.2584) - 1.353247) < 1e-6 and abs(-log(0.2083) - 1.568776) < 1e-6
    cases = {
        "$E = \\frac{1}{2}(0.01 - 0.75136507)^2 = {}$\n": ("0.274811083", "0.274811095"),
        "$o = \\text{softmax}(\\cdots) = [0.2118, 0.2584]$\n\n$L = -\\log(0.2584) = {}$\n": ("1.3531", "1.3520"),
        "$o^{(3)} = [0.1900, 0.2083]$\n\n$L = -\\log(0.2083) = {}$\n": ("1.5687", "1.5670"),
        # σ(Z1) = 0.549834 printed without Z1's value: 0.549834 × 0.450166 = 0.2475165733 (by hand), ±2.3e-7
        "$layer1 = sigmoid(Z1) = [0.549834]$\n\n$d = 0.549834 \\times 0.450166 = {}$\n": ("0.247516", "0.247530"),
    }
    for text, (allowed, wrong) in cases.items():
        got = check_text(text.replace("{}", allowed), "md").findings
        assert all(f.klass in ("ok", "rounding") for f in got) and got, (text, got)
        assert "error" in [f.klass for f in check_text(text.replace("{}", wrong), "md").findings], text


def test_a_value_alone_on_a_later_line_is_allowed_one_unit_as_a_value_without_its_working() -> None:
    # w1_updated = 0.15 - 1 * 0.00031 (= 0.14969), then w1_updated = 0.14968 alone on the next line: its operands are
    # not beside it, so one unit off is rounding (the true 0.149683 is printed so); two units off is an error
    assert D("0.15") - D("0.00031") == D("0.14969")
    doc = "- the update:\n  ```\n  w1_updated = 0.15 - 1 * 0.00031\n  w1_updated = {}\n  ```\n"
    assert [f.klass for f in check_text(doc.format("0.14968"), "md").findings] == ["rounding"]
    assert [f.klass for f in check_text(doc.format("0.14967"), "md").findings] == ["error"]
    # a matrix valued later is redone cell by cell: a cell one unit off stays an error (0.2 - 0.01 * 0.0004 = 0.199996)
    mat = (
        "$$W = \\begin{bmatrix}0.2 & 0.3\\end{bmatrix} - 0.01 \\begin{bmatrix}0.0004 & 0.0002\\end{bmatrix}$$\n\n"
        "$$W = \\begin{bmatrix}0.1999 & 0.3000\\end{bmatrix}$$\n"
    )
    assert [(f.printed, f.klass) for f in check_text(mat, "md").findings] == [("0.1999", "error"), ("0.3000", "ok")]


def test_a_formula_of_names_valued_before_is_checked_with_their_values() -> None:
    # y = 1, w = 2: 2(log(w) - y)/w = 2(0.693147 - 1)/2 = -0.306853 (hand: ln 2 = 0.693147); -0.1535 is half of it
    assert abs(float(D("2") * (D(2).ln() - 1) / 2) - (-0.306853)) < 1e-6
    doc = "* $y = 1, w = 2, \\eta = 0.1$\n* Gradient: $2(\\log(w) - y)/w = {}$\n"
    assert [(f.line, f.klass) for f in check_text(doc.format("-0.1535"), "md").findings] == [(2, "error")]
    assert [(f.line, f.klass) for f in check_text(doc.format("-0.3069"), "md").findings] == [(2, "ok")]
    # a derivative's name is a quotient of names, not a formula of L and w: not substituted, even times a number
    deriv = "* $L = 0.5, w = 2$\n* $2 \\frac{\\partial L}{\\partial w} = 0.7$\n"
    assert check_text(deriv, "md").findings == []


def test_a_long_value_below_its_working_that_a_one_digit_slip_explains_is_not_an_error() -> None:
    # z_1 = 1/(1 + e^{-1.1}) then z_1 = 0.7310585786300049 alone below it: that is σ(1) to every digit (1/(1 + e^{-1})),
    # so the working's 1.1 is a slip for 1.0 and the value is right (rounding, reported); σ(1.3) with one digit of
    # 1.3 changed reaches 1.0 too (1.3 → 1.0), so take 1.35 (three digits; no one-digit change gives exactly 1)
    import math

    assert f"{1 / (1 + math.exp(-1)):.16f}" == "0.7310585786300049"
    doc = "$$ z_1 = \\frac{1}{1 + e^{-@}} $$\n\n$$ z_1 = 0.7310585786300049 $$\n"
    assert [f.klass for f in check_text(doc.replace("@", "1.1"), "md").findings] == ["rounding"]
    assert [f.klass for f in check_text(doc.replace("@", "1.35"), "md").findings] == ["error"]
