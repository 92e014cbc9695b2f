"""Equations drawn as images by a LaTeX service, read from their addresses (:mod:`generator.check.drawn`).

The addresses are written as the services document them (codecogs' editor writes ``&space;`` and ``&plus;``;
GitHub's old ``render/math`` and Google's chart API take a URL-encoded query parameter, where ``+`` is a space;
upmath takes the encoded LaTeX as the path). Expected values are worked by hand: 0.5 × 0.4 = 0.2, 0.1 + 0.2 = 0.3,
1 + 2 = 3, 2 + 2 = 4.
"""

from __future__ import annotations

import math
import time
from urllib.parse import quote

import pytest

from generator.check.drawn import read_drawn_equations
from generator.errors import SpecError
from generator.verify.run import verify_bytes, verify_text


def _wrong(text: str) -> list[tuple[int, str]]:
    report = verify_text(text, "page.md", "md", level=1)
    return [(f.line, f.printed) for f in report.report.findings if f.klass == "error"]


def _ok(text: str) -> int:
    report = verify_text(text, "page.md", "md", level=1)
    return sum(f.klass == "ok" for f in report.report.findings)


CODECOGS = "https://latex.codecogs.com/svg.latex?" + quote(r"\bg_white z = 0.5 \times 0.4 = 0.3", safe="")


def test_a_captioned_codecogs_image_is_read_from_its_address() -> None:
    text = f"# Step 1\n\nThe net input:\n\n![Net input calculation]({CODECOGS})\n"
    assert _wrong(text) == [(5, "0.3")]  # 0.5 × 0.4 = 0.2 (\bg_white, codecogs' background switch, is not math)
    right = text.replace("0.3", "0.2")
    assert _wrong(right) == [] and _ok(right) == 1


def test_codecogs_editor_escapes_and_other_services() -> None:
    cases = [
        "![eq](https://latex.codecogs.com/gif.latex?z&space;=&space;0.1&plus;0.2&space;=&space;0.4)",
        '<img src="https://render.githubusercontent.com/render/math?math=z%3D0.1%2B0.2%3D0.4">',
        '<img alt="z" src="https://chart.googleapis.com/chart?cht=tx&amp;chl=z%3D0.1%2B0.2%3D0.4" />',
        "![](https://i.upmath.me/svg/z%3D0.1%2B0.2%3D0.4)",
    ]
    for image in cases:
        assert _wrong(f"Intro.\n\n{image}\n") == [(3, "0.4")], image  # 0.1 + 0.2 = 0.3


def test_a_plus_in_a_query_is_a_space_as_the_service_reads_it() -> None:
    # GitHub's render/math reads "1+2" as "1 2": what the page shows is not a sum; nothing is claimed about it
    image = '<img src="https://render.githubusercontent.com/render/math?math=a%3D1+2%3D4">'
    got = read_drawn_equations(f"{image}\n")
    assert got is not None and got.text.startswith("$$a=1 2=4$$")
    with pytest.raises(SpecError, match="no numeric equation"):
        verify_text(f"{image}\n", "page.md", "md", level=1)


def test_an_alt_text_that_states_the_equation_is_what_is_read() -> None:
    # CSDN writes the LaTeX twice; the alt text is read, as before (its 0.7 is right; the address's 0.9 is not read)
    url = "https://latex.codecogs.com/gif.latex?" + quote("x=0.5+0.2=0.9", safe="")
    assert _wrong(f"![x=0.5+0.2=0.7]({url})\n") == []


def test_other_images_are_left_alone() -> None:
    text = "![plot](https://example.com/chart.png?x=1%3D2%2B2)\n\n$a = 2 + 2 = 4$\n"
    assert read_drawn_equations(text) is None
    assert read_drawn_equations("no images, $x = 1 + 1 = 2$\n") is None


def test_the_page_keeps_its_length_and_lines() -> None:
    text = f"a\n![Net input]({CODECOGS}) and more\nb ![x]({CODECOGS})\n"
    got = read_drawn_equations(text)
    assert got is not None
    assert len(got.text) == len(text)
    assert [i for i, c in enumerate(got.text) if c == "\n"] == [i for i, c in enumerate(text) if c == "\n"]
    assert got.text.count("$$z = 0.5 \\times 0.4 = 0.3$$") == 2
    assert got.text.endswith(" and more\nb " + got.text[got.spans[1][0] : got.spans[1][1]] + "\n")


def test_annotate_marks_after_the_image_and_keeps_the_address() -> None:
    text = f"Intro.\n\n![Net input calculation]({CODECOGS})\n\nEnd.\n"
    report = verify_text(text, "page.md", "md", level=1)
    out = report.annotated()
    line = out.split("\n")[3]  # the note comes first
    assert line.startswith(f"![Net input calculation]({CODECOGS})")  # the image as written, its address intact
    assert "nnwalk error: 0.3 should be 0.2" in line[len(CODECOGS) :]


def test_zhihu_and_wordpress_images_in_markdown_and_a_codecogs_plus_is_a_plus() -> None:
    zhihu = "![[公式]](https://www.zhihu.com/equation?tex=a%3D%5Csigma%280.3%29%3D0.5744)"  # σ(0.3) = 0.574443: right
    wp = "![x](https://s0.wp.com/latex.php?latex=z+%3D+0.5+%5Ccdot+0.4+%2B+0.1+%3D+0.31&bg=ffffff)"  # 0.3: wrong
    cc = "![sum](https://latex.codecogs.com/gif.latex?e=2+2=5)"  # codecogs reads + as a plus: 4, wrong
    assert _wrong(f"{zhihu}\n\n{wp}\n\n{cc}\n") == [(3, "0.31"), (5, "5")]


def test_a_saved_web_page_reads_its_equation_images() -> None:
    page = (
        "<html><body>\n"
        '<p>Net input <img src="https://s0.wp.com/latex.php?latex=z+%3D+0.5+%5Ccdot+0.4+%2B+0.1+%3D+0.31&#038;bg=ffffff'
        '&#038;s=0" alt="z" class="latex" /> here.</p>\n'
        '<p><img src="https://www.zhihu.com/equation?tex=a%3D%5Csigma%280.3%29%3D0.5744" alt="[公式]" eeimg="1"></p>\n'
        '<p><img src="https://latex.codecogs.com/gif.latex?e&space;=&space;2&plus;2&space;=&space;5"></p>\n'
        '<pre><img src="https://latex.codecogs.com/gif.latex?f=1+1=3"></pre>\n'
        "</body></html>\n"
    )
    report = verify_bytes(page.encode(), "page.html", "page.html", level=1)
    assert [(f.line, f.printed, f.klass) for f in report.report.findings] == [
        (2, "0.31", "error"),
        (3, "0.5744", "ok"),
        (4, "5", "error"),
    ]


def test_a_wrong_image_in_a_table_is_marked_inside_its_cell() -> None:
    # GFM drops what stands after a row's last cell: the marker goes right after the image, in the cell
    image = "![net](https://latex.codecogs.com/svg.latex?net%3D0.4%5Ctimes0.5%2B0.6%3D0.9)"  # 0.2 + 0.6 = 0.8
    text = f"| name | value |\n|---|---|\n| net | {image} |\n"
    out = verify_text(text, "page.md", "md", level=1).annotated()
    row = out.split("\n")[3]
    assert row.startswith(f"| net | {image} ⟨nnwalk error: 0.9 should be 0.8") and row.endswith("⟩ |")


def test_addresses_with_brackets_titles_and_fragments_are_read() -> None:
    # CommonMark allows balanced brackets in an address, a title after it; GitHub's #gh-dark-mode-only is no LaTeX.
    # σ(0.3775) = 0.593270 (right as 0.59327; written 0.58 it is wrong)
    assert round(1 / (1 + math.exp(-0.3775)), 5) == 0.59327
    base = "https://latex.codecogs.com/svg.latex?out_{h1}=\\sigma(0.3775)="
    for image in (f"![]({base}0.58)", f'![o]({base}0.58 "output")', f"![o]({base}0.58#gh-dark-mode-only)"):
        assert _wrong(f"{image}\n") == [(1, "0.58")], image
        assert _wrong(f"{image.replace('0.58', '0.59327')}\n") == [], image


def test_a_long_line_of_unclosed_img_tags_is_read_in_linear_time() -> None:
    # review: 600 '<img src="a.png" ' on one line took 24 s in the reading of images; each tag now ends at the next
    text = "see https://example.com\n\n$$a = 1 + 1 = 2$$\n\n" + '<img src="a.png" ' * 3000 + "\n"
    start = time.perf_counter()
    assert read_drawn_equations(text) is None
    assert time.perf_counter() - start < 5.0  # a bound far above the linear time (milliseconds), far below the old one


def test_a_chart_of_another_type_is_no_equation() -> None:
    # review: Google Charts labels a bar or pie chart with chl= too (lr=0.1|lr=0.01): only cht=tx draws LaTeX
    page = (
        '<p><img src="https://chart.googleapis.com/chart?cht=p&amp;chd=t:100&amp;chl=x%3D2%2B2%3D5"></p>\n'
        '<p><img src="https://chart.googleapis.com/chart?chl=z%3D1%2B1%3D3&amp;cht=tx"></p>\n'
    )
    report = verify_bytes(page.encode(), "page.html", "page.html", level=1)
    assert [(f.line, f.klass) for f in report.report.findings] == [(2, "error")]  # 1 + 1 = 2, in the formula chart


def test_roles_are_marked_after_their_backticks_and_an_rst_page_gets_an_rst_comment() -> None:
    text = "Title\n=====\n\nThe sum :math:`z = 0.5 + 0.4 = 0.8` is wrong.\n"  # 0.9
    report = verify_text(text, "page.rst", "md", level=1)
    out = report.annotated()
    assert out.startswith(".. annotated by nnwalk verify from page.rst: 1 wrong numbers marked\n\n")
    assert ":math:`z = 0.5 + 0.4 = 0.8` ⟨nnwalk error: 0.8 should be 0.9" in out


def test_a_drawn_equation_on_a_page_with_decimal_commas_quotes_its_own_digits() -> None:
    # the finding's printed number is the address's decoded 0,6 (0,2 + 0,3 = 0,5), not characters of the address
    text = (
        "Die Summe ist $z = 0,5 \\cdot 0,4 + 0,1 = 0,3$ und $a = 0,25 + 0,5 = 0,75$, also $b = 1,25 - 0,5 = 0,75$.\n\n"
        "![Rechnung](https://latex.codecogs.com/svg.latex?y%20%3D%200%2C2%20%2B%200%2C3%20%3D%200%2C6)\n"
    )
    report = verify_text(text, "seite.md", "md", level=1)
    assert [(f.line, f.printed) for f in report.report.findings if f.klass == "error"] == [(3, "0,6")]


def test_an_html_plus_in_a_markdown_img_tag_is_a_plus() -> None:
    # review: codecogs' editor writes &plus; in <img> tags; decoded as an HTML entity it is a +, which codecogs reads
    # as a plus (2 · 3 + 1 = 7 and σ(0.5) = 1/(1 + e^-0.5) = 0.622459: both right)
    assert round(1 / (1 + math.exp(-0.5)), 4) == 0.6225
    text = (
        '<img src="https://latex.codecogs.com/svg.latex?z=2\\times3&plus;1=7">\n\n'
        '<img src="https://latex.codecogs.com/svg.latex?\\sigma(0.5)=\\frac{1}{1&plus;e^{-0.5}}=0.6225" alt="s" />\n'
    )
    assert _wrong(text) == [] and _ok(text) == 3


def test_an_img_address_in_double_quotes_may_hold_an_apostrophe() -> None:
    # third review: σ'(0) = σ(0)(1 − σ(0)) = 0.25 (right; 0.5 is wrong)
    image = '<img src="https://latex.codecogs.com/svg.latex?\\sigma\'(0)=0.5\\cdot0.5={v}">'
    assert _wrong(image.replace("{v}", "0.5") + "\n") == [(1, "0.5")]
    assert _wrong(image.replace("{v}", "0.25") + "\n") == []
