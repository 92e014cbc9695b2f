"""Equations drawn as images by a LaTeX service, read from their addresses (:mod:`generator.check.drawn`).

The addresses are written as the services document them (codecogs' editor writes ``&space;`` and ``&plus;``;
GitHub's old ``render/math`` and Google's chart API take a URL-encoded query parameter, where ``+`` is a space;
upmath takes the encoded LaTeX as the path). Expected values are worked by hand: 0.5 × 0.4 = 0.2, 0.1 + 0.2 = 0.3,
1 + 2 = 3, 2 + 2 = 4.
"""

from __future__ import annotations

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
