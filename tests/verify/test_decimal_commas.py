"""Decimal commas (``σ(2,46211) = 0,92144``): a page that writes its decimals the European way is read with them, its
findings print its own numbers, and a page that does not keeps its commas as separators."""

from __future__ import annotations

import math

from generator.check.decimalcomma import read_decimal_commas
from generator.verify.run import verify_text


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


GERMAN = (
    "## Berechnung der Ausgabe\n\n"
    "$$ HI = 0,5 \\cdot 1 + 0,25 \\cdot 0,4 = 0,6 $$\n\n"
    "$$ HO = \\sigma(0,6) = 0,64566 $$\n\n"
    "$$ FO = \\sigma(2,46211) = {} $$\n"
)


def test_a_page_with_decimal_commas_is_read_with_them_and_its_findings_keep_them() -> None:
    assert round(0.5 * 1 + 0.25 * 0.4, 6) == 0.6
    assert round(_sigmoid(0.6), 5) == 0.64566 and round(_sigmoid(2.46211), 5) == 0.92144
    right = verify_text(GERMAN.replace("{}", "0,92144"), "de.md", level=1)
    assert [(f.line, f.klass) for f in right.report.findings] == [(3, "ok"), (5, "ok"), (7, "ok")]
    assert any(c.startswith("decimal commas") for c in right.report.conventions)
    wrong = verify_text(GERMAN.replace("{}", "0,93144"), "de.md", level=1)
    [bad] = [f for f in wrong.report.findings if f.klass == "error"]
    assert (bad.line, bad.printed) == (7, "0,93144") and bad.expected.startswith("0,9214")
    assert wrong.text == GERMAN.replace("{}", "0,93144")  # what the report shows and annotates is the page as written
    assert "read as: decimal commas" in wrong.to_text()


def test_commas_stay_separators_on_a_page_with_decimal_points_and_in_lists_subscripts_and_code() -> None:
    english = "$x = (1,0,0)$ and $w_{1,2} = 0.25$, $0.5 \\cdot 0.4 = 0.2$, 1,234 samples, $f(0,5)$\n"
    assert read_decimal_commas(english) is None
    # pairs (0,1), (0,5), (0,25) on a page of decimal points are pairs, not three decimals
    assert read_decimal_commas(english + "on (0,1), then (0,5) and (0,25)\n") is None
    # shapes, tuples, intervals and sets are pairs on any page, and 1,000 may be a thousand: no decimal commas here
    shapes = "shape (2,3) and (3,4), so $$(2,3) \\times (3,4) = (2,4)$$ and then (4,1)\n"
    intervals = (
        "scaled to [0,1], labels in {0,1}, the sigmoid maps into (0,1), and $1,000 / 50 = 20$; (0,25), [0,75] and {0,50}\n"
    )
    assert read_decimal_commas(shapes) is None and read_decimal_commas(intervals) is None
    german = (
        "```python\nf(1,25)\n```\n\n$(1,0,0)$, $w_{1,25}$, $0,5 \\cdot 0,4 = 0,2$ und $0,25 + 0,75 = 1$, $0,15 \\cdot 2 = 0,30$\n"
    )
    read = read_decimal_commas(german)
    assert read is not None
    text = read.text
    assert len(text) == len(german)
    assert "f(1,25)" in text and "(1,0,0)" in text and "w_{1,25}" in text  # code, a list, a subscript: as written
    assert "0.5 \\cdot 0.4 = 0.2" in text and "0.25 + 0.75 = 1" in text and "0.15 \\cdot 2 = 0.30" in text


def test_findings_quote_the_page_and_code_findings_are_left_as_the_code_printed_them() -> None:
    # a German page whose Python fence prints 0.64666 (the code gives 0.64566): that finding quotes the code's own
    # 0.64666, not 0,64666; the page's own wrong 0,93144 is quoted with its comma
    code = "```python\nimport math\nprint(round(1 / (1 + math.exp(-0.6)), 5))\n```\n```\n0.64666\n```\n"
    page = GERMAN.replace("{}", "0,93144") + "\n" + code
    found = verify_text(page, "de.md", level=1).report.findings
    printed = {f.printed for f in found if f.klass == "error"}
    assert "0,93144" in printed and "0.64666" in printed and "0,64666" not in printed
