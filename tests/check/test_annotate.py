"""Annotated copies: a marker after each wrong number, the document otherwise unchanged."""

import re

from generator.check import annotate, check_text

DOC = (
    "# Walkthrough\n\n"
    "a5 = 1 / (1 + exp(-0.1)) = 0.325\n"  # sigmoid(0.1) = 0.524979: wrong
    "b = 0.5 × 0.2 = 0.10\n\n"  # right: no marker
    "Inline $0.15 \\times 0.05 = 0.0080$ here.\n\n"  # 0.0075: wrong, inside math
    "$$\n\\begin{aligned}\nz &= 1 + 0.648 \\\\\n&= 1.649\n\\end{aligned}\n$$\n"  # 1.648: wrong
)


def strip_markers(text: str) -> str:
    return re.sub(r" \u27e8nnwalk [a-z]+: [^\u27e9]*\u27e9", "", text)


def test_markers_after_wrong_numbers_only() -> None:
    rep = check_text(DOC, "md")
    assert rep.errors == 3 and rep.ok == 1
    out = annotate(DOC, rep.findings, "md")
    lines = out.split("\n")
    # plain text: right after the number
    assert lines[2] == "a5 = 1 / (1 + exp(-0.1)) = 0.325 \u27e8nnwalk error: should be 0.525 (its operands give 0.52498)\u27e9"
    assert lines[3] == "b = 0.5 × 0.2 = 0.10"
    # inline math: after the closing $, naming the printed number (0.15*0.05 = 0.0075)
    assert (
        lines[5]
        == "Inline $0.15 \\times 0.05 = 0.0080$ \u27e8nnwalk error: 0.0080 should be 0.0075 (its operands give 0.007500)\u27e9 here."
    )
    # display math: after the closing $$
    assert lines[12] == "$$ \u27e8nnwalk error: 1.649 should be 1.648 (its operands give 1.64800)\u27e9"
    # nothing else changed
    assert strip_markers(out) == DOC


def test_no_errors_no_change_and_latex_marker() -> None:
    assert annotate("$0.5 + 0.5 = 1.0$\n", check_text("$0.5 + 0.5 = 1.0$\n").findings) == "$0.5 + 0.5 = 1.0$\n"
    tex = "\\documentclass{article}\\begin{document}\n\\[ 0.5 \\times 0.5 = -0.30 \\]\n\\end{document}\n"
    out = annotate(tex, check_text(tex, "tex").findings, "tex")
    # 0.5*0.5 = 0.25; the printed -0.30 keeps its sign in the marker, which stays ASCII in LaTeX
    assert "\\] \\fbox{nnwalk error: -0.30 should be 0.25 (its operands give 0.2500)}" in out


def test_findings_carry_the_span_of_the_printed_number() -> None:
    text = "x $0.2 + 0.3 = \\boxed{0.6}$"
    (f,) = check_text(text).findings
    assert f.klass == "error" and text[f.offset : f.end] == "0.6"


def test_an_overflow_is_marked_in_words_in_latex_too() -> None:
    text = "\\documentclass{article}\\begin{document}\n\\[ a = 10^{308} \\cdot 10^{308} = 5.0 \\]\n\\end{document}\n"
    out = annotate(text, check_text(text, "tex").findings, "tex")
    assert "\\fbox{nnwalk error: 5.0 should be overflow (its operands give overflow)}" in out


def test_a_right_value_on_a_row_its_operands_do_not_give_is_marked_in_words() -> None:
    # e^{-0.3775} printed 0.68566 (0.68557), 1/1.68566 = 0.59324 but the row prints the true σ(0.3775) = 0.59327: that
    # row is marked as right but not redoable from its operands, not "0.59327 should be 0.59327"
    doc = "```\nout = 1 / (1 + e^(-0.3775))\n    = 1 / (1 + 0.68566)\n    = 1 / 1.68566\n    = 0.59327\n```\n"
    out = annotate(doc, check_text(doc, "md").findings, "md")
    row = out.split("\n")[4]
    assert row.startswith("    = 0.59327 \u27e8nnwalk propagated: is right but not what the numbers beside it give (")
    assert "should be 0.59327" not in out and strip_markers(out) == doc
