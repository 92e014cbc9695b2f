"""Page layout of LaTeX math: long sums and long chains are broken, never changed, and verify reads them back."""

from __future__ import annotations

import re

from generator.check import document, extract
from generator.render.texlayout import DISPLAY_CHARS, LINE_CHARS, break_long, display, width


def _long_sum(n: int) -> str:
    return " + ".join(rf"\left(-0.{i:04d} \times 0.{(7 * i) % 10000:05d}\right)" for i in range(1, n + 1))


def _numbers(s: str) -> list[str]:
    return re.findall(r"-?\d+\.\d+", s)


def test_a_short_side_is_left_alone() -> None:
    s = r"0.15 \times 0.05 + 0.20 \times 0.10 + 0.35"
    assert break_long(s) == s
    assert display(r"a = " + s) == rf"\[ a = {s} \]"


def test_a_long_sum_breaks_at_plus_signs_into_lines_that_fit() -> None:
    s = _long_sum(32)
    out = break_long(s)
    assert out.startswith(r"\begin{multlined}[t]") and out.endswith(r"\end{multlined}")
    lines = out.removeprefix(r"\begin{multlined}[t] ").removesuffix(r" \end{multlined}").split(r" \\ ")
    assert len(lines) > 3
    assert all(width(line) <= LINE_CHARS for line in lines)
    assert all(line.startswith("+ ") for line in lines[1:])  # a continuation line starts with its operator
    assert _numbers(out) == _numbers(s)  # nothing but layout changed


def test_nothing_breaks_inside_brackets_braces_or_matrices() -> None:
    inner = r"\left(" + _long_sum(20) + r"\right)"
    assert break_long(inner) == inner  # one bracketed term: no top-level operator to break at
    m = r"\begin{bmatrix} 0.1 + 0.2 & 0.3 \end{bmatrix}"
    assert extract.split_rows(extract.tokenize(m, 0, len(m))) and break_long(m, 5) == m


def test_a_long_matrix_chain_becomes_align_rows_one_relation_each() -> None:
    mat = r"\begin{bmatrix} " + r" \\ ".join(" & ".join(f"0.{i}{j}123" for j in range(4)) for i in range(3)) + r" \end{bmatrix}"
    eq = rf"W^{{(2)}} - \eta\, \frac{{\partial E}}{{\partial W^{{(2)}}}} = {mat} - 0.5 {mat} = {mat}"
    assert width(eq) > DISPLAY_CHARS
    out = display(eq)
    assert out.startswith("\\begin{align*}") and out.count("&=") == 2 and out.count("\\\\\n") == 1


def test_matrix_width_is_its_widest_row() -> None:
    narrow = r"\begin{bmatrix} 1 \\ 2 \\ 3 \\ 4 \\ 5 \\ 6 \end{bmatrix}"
    wide = r"\begin{bmatrix} 1 & 2 & 3 & 4 & 5 & 6 \end{bmatrix}"
    assert width(narrow) < width(wide)


def test_verify_reads_broken_lines_as_the_same_chain() -> None:
    terms = [(0.1 * (i % 7) - 0.3, 0.05 * i) for i in range(1, 25)]
    s = " + ".join(rf"{a:.1f} \times {b:.2f}" if a >= 0 else rf"\left({a:.1f} \times {b:.2f}\right)" for a, b in terms)
    total = sum(round(a, 1) * round(b, 2) for a, b in terms)
    broken = break_long(s)
    assert "multlined" in broken
    doc = f"\\begin{{align*}}\nz &= {broken} \\\\\n&= {total:.4f}\n\\end{{align*}}\n"
    chains = document.extract_chains(doc, "tex")
    assert len(chains) == 1 and len(chains[0].sides) == 3
    from generator.verify.run import verify_text

    assert verify_text(doc, "<t>", "tex", None, 1).errors == 0
    wrong = doc.replace(f"{total:.4f}", f"{total + 0.01:.4f}")
    assert verify_text(wrong, "<t>", "tex", None, 1).errors == 1


def test_verify_skips_a_width_argument_of_multlined() -> None:
    doc = "\\begin{align*}\nz &= \\begin{multlined}[t][0.8\\linewidth] 0.5 \\times 0.2 + 0.25 \\times 0.4 \\\\ + 0.3 \\end{multlined} \\\\\n&= 0.50\n\\end{align*}\n"
    from generator.verify.run import verify_text

    rep = verify_text(doc, "<t>", "tex", None, 1)
    assert rep.errors == 0 and rep.to_json()["summary"]["checked"] == 1


def test_a_minus_never_starts_a_continuation_line() -> None:
    mat = r"\begin{bmatrix} " + " & ".join(f"0.{j}1344" for j in range(10)) + r" \end{bmatrix}"
    s = f"{mat} - {mat}"
    out = break_long(s)
    assert "multlined" in out and r"\\ -" not in out and r"- \\" in out


def test_a_matrix_too_wide_to_break_is_set_smaller() -> None:
    row = " & ".join(rf"-8.790 \times 10^{{-{k}}}" for k in range(5, 13))
    mat = rf"\begin{{bmatrix}} {row} \\ {row} \end{{bmatrix}}"
    out = display(rf"W = {mat} - 0.5 {mat} = {mat}")
    assert out.startswith("{\\") and out.rstrip().endswith("}") and "\\begin{align*}" in out
    assert display(r"a = 0.1 + 0.2 = 0.3").startswith(r"\[")  # what fits keeps its size
