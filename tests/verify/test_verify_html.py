"""verify on saved web pages: KaTeX annotations, MathJax 2 scripts, raw delimiters, <pre> text, tables.

Oracles: hand-computed products in a fixture page (0.74137 x 0.18682 x 0.59327 = 0.0821695...,
0.45 - 0.5 x 0.08267 = 0.408665) and the page's own line numbers; nnwalk's own HTML pages must
show no finding at all.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.api import walkthrough
from generator.errors import SpecError
from generator.spec.load import load_spec
from generator.verify.htmlread import html_to_text
from generator.verify.run import verify_document

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "tests" / "verify" / "data" / "saved_page.html"


def test_every_math_form_is_read_and_lines_are_the_pages() -> None:
    rep = verify_document(PAGE, level=1)
    s = rep.summary()
    assert s["checked"] == 8  # KaTeX annotation, 2 MathJax scripts, 2 <pre> lines, 2 table cells, 1 raw \( \)
    wrong = {(f["line"], f["printed"]) for f in rep.findings() if f["class"] == "error"}
    assert wrong == {(13, "0.09217"), (17, "0.40967")}
    lines = PAGE.read_text(encoding="utf-8").splitlines()
    assert "0.09217" in lines[12] and "0.40967" in lines[16]


def test_hidden_copies_scripts_and_styles_are_not_read() -> None:
    text, _ = html_to_text(PAGE.read_text(encoding="utf-8"))
    assert "9.99" not in text  # KaTeX's visible copy (aria-hidden) repeats digits as spans
    assert "1 + 1 = 3" not in text and "color" not in text


def test_minified_page_on_one_line(tmp_path: Path) -> None:
    """Block elements still separate the text; every finding is on the page's only line."""
    page = tmp_path / "min.html"
    page.write_text(" ".join(PAGE.read_text(encoding="utf-8").splitlines()), encoding="utf-8")
    text, src = html_to_text(page.read_text(encoding="utf-8"))
    assert set(src) == {1} and len(text.splitlines()) > 5
    wrong = {(f["line"], f["printed"]) for f in verify_document(page, level=1).findings() if f["class"] == "error"}
    assert (1, "0.40967") in wrong


@pytest.mark.parametrize("name", ["example", "seed002", "softmax_ce"])
def test_nnwalk_html_pages_verify_clean(tmp_path: Path, name: str) -> None:
    w = walkthrough(load_spec(ROOT / "specs" / f"{name}.yaml"), ("html",))
    page = tmp_path / f"{name}.html"
    page.write_text(str(w.documents["html"]), encoding="utf-8")
    rep = verify_document(page, spec=w.spec)
    s = rep.summary()
    assert s["errors"] == 0 and s["rounding"] == 0, rep.to_text()
    assert s["checked"] > 50


def test_cli_json_and_annotate(tmp_path: Path) -> None:
    r = subprocess.run(
        [sys.executable, "-m", "generator", "verify", str(PAGE), "--format", "json"], capture_output=True, text=True, check=False
    )
    assert r.returncode == 1
    data = json.loads(r.stdout)
    assert {f["line"] for f in data["findings"] if f["class"] == "error"} == {13, 17}
    out = tmp_path / "annotated.html"
    r = subprocess.run(
        [sys.executable, "-m", "generator", "verify", str(PAGE), "--annotate", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert r.returncode == 1, r.stderr
    page, marked = PAGE.read_text(encoding="utf-8"), out.read_text(encoding="utf-8")
    lines = marked.splitlines()
    assert lines[0].lower().startswith("<!doctype") and "annotated by nnwalk verify" in lines[1]
    # each marker sits in the block of its number: the <pre> line and the table cell, named and corrected
    # (0.74137 x 0.18682 x 0.59327 = 0.0821695; 0.45 - 0.5 x 0.08267 = 0.408665)
    pre = next(ln for ln in lines if ln.startswith("dE/dw5"))
    assert pre.endswith("= 0.09217" + _marker("0.09217 should be 0.08217 (its operands give 0.0821695)"))
    cell = next(ln for ln in lines if ln.startswith("<tr><td>w6+"))
    assert "0.40967\\)" + _marker("0.40967 should be 0.40867 (its operands give 0.4086650)") + "</td></tr>" in cell
    # only insertions: removing the note and the markers gives the page back
    import re

    stripped = re.sub(r'<span class="nnwalk-marker"[^>]*>[^<]*</span>', "", marked).replace(lines[1] + "\n", "", 1)
    assert stripped == page
    # a second run may replace its own copy; the page itself is never overwritten
    assert (
        subprocess.run([sys.executable, "-m", "generator", "verify", str(PAGE), "--annotate", str(out)], check=False).returncode
        == 1
    )
    r = subprocess.run(
        [sys.executable, "-m", "generator", "verify", str(PAGE), "--annotate", str(PAGE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert r.returncode == 2 and PAGE.read_text(encoding="utf-8") == page


def _marker(text: str) -> str:
    return f'<span class="nnwalk-marker" style="color:#b00020;font-weight:600"> ⟨nnwalk error: {text}⟩</span>'


@given(st.text(alphabet=st.sampled_from(list("<>/=\"' abcdhmptrs\n$\\(){}0123456789.+-*x")), max_size=400))
def test_random_markup_never_crashes(junk: str) -> None:
    text, src = html_to_text("<html>" + junk)
    assert len(src) == len(text.splitlines()) or text == "\n"


def test_page_without_math_is_a_clear_error(tmp_path: Path) -> None:
    p = tmp_path / "x.html"
    p.write_text("<html><body><p>No numbers here.</p></body></html>", encoding="utf-8")
    with pytest.raises(SpecError, match="no numeric equation"):
        verify_document(p)


@pytest.mark.parametrize("name", ["example", "seed002", "softmax_ce"])
def test_a_raw_nnwalk_page_is_checked_as_completely_as_its_markdown(tmp_path: Path, name: str) -> None:
    """The page as nnwalk writes it (TeX in ``<span class="math inline">``, tables as ``<td>``) reads like the Markdown."""
    w = walkthrough(load_spec(ROOT / "specs" / f"{name}.yaml"), ("md", "html"))
    page, md = tmp_path / f"{name}.html", tmp_path / f"{name}.md"
    page.write_text(str(w.documents["html"]), encoding="utf-8")
    md.write_text(w.documents["md"], encoding="utf-8")
    assert verify_document(page, level=1).summary()["checked"] == verify_document(md, level=1).summary()["checked"]


def test_a_wrong_result_cell_of_an_html_table_is_named(tmp_path: Path) -> None:
    """z = 0.15 x 0.05 + 0.20 x 0.10 + 0.35 = 0.3775; the table's result cell says 0.37850 (its calculation cell 0.37750).

    As for the Markdown, level 2 names it: the page prints its own network in its given-value tables.
    """
    w = walkthrough(load_spec(ROOT / "specs" / "example.yaml"), ("html",))
    html = str(w.documents["html"])
    cell = '<td><span class="math inline">0.37750</span></td>'
    assert cell in html
    page = tmp_path / "example.html"
    page.write_text(html.replace(cell, cell.replace("0.37750", "0.37850"), 1), encoding="utf-8")
    report = verify_document(page)
    assert report.network and "read from the document" in report.network
    wrong = [f for f in report.findings() if f["class"] == "error"]
    lines = page.read_text(encoding="utf-8").splitlines()
    assert wrong and all("0.37850" in "".join(lines[f["line"] - 1 : f["line"] + 8]) for f in wrong), wrong


def test_a_superscript_is_a_power_not_a_product(tmp_path: Path) -> None:
    """eagle-dot's page: ``E<sub>o1</sub> = &frac12; (0.01 - 0.751365)<sup>2</sup> = 0.274811``. The 2 is a square
    (½ · 0.741365² = 0.274811, computed here); read as a factor it gave -0.741365 and a false alarm."""
    assert round(0.5 * (0.01 - 0.751365) ** 2, 6) == 0.274811
    page = tmp_path / "p.html"
    page.write_text(
        "<html><body><div>E<sub>o1</sub> = &frac12; (0.01 - 0.751365)<sup>2</sup> = 0.274811</div>"
        "<div>E<sub>o2</sub> = &frac12; (0.99 - 0.772928)<sup>2</sup> = 0.023561</div></body></html>",
        encoding="utf-8",
    )
    found = verify_document(page, level=1).to_json()["findings"]
    # the second is planted one unit off: ½ · 0.217072² = 0.0235601
    assert [(f["printed"], f["class"]) for f in found if f["class"] != "ok"] == [("0.023561", "error")]


def test_each_display_on_its_own_source_line_is_reported_there(tmp_path: Path) -> None:
    """A hand-written page keeps several ``\\[…\\]`` displays in one block, one per source line (a 2-2-1 walkthrough on
    GitHub Pages): a wrong number is reported on the line it is on, not on the block's first line. 1/1.6907 =
    0.591471 (printed 0.5914, cut, not rounded); 0.2762 + 0.3548 + 0.1 = 0.731 (printed 0.631, the bias dropped)."""
    assert round(1 / 1.6907, 4) == 0.5915 and round(0.2762 + 0.3548 + 0.1, 3) == 0.731
    page = tmp_path / "p.html"
    page.write_text(
        "<html><body>\n"  # line 1
        '<div class="math-block">\n'  # 2
        '  <span class="math-label">Sigmoid</span>\n'  # 3
        "  \\[a_1 = \\frac{1}{1.8106} = \\mathbf{0.5523}\\]\n"  # 4
        "  \\[a_2 = \\frac{1}{1.6907} = \\mathbf{0.5914}\\]\n"  # 5
        "  <p>Output:</p>\n"  # 6
        "  \\[z = (0.5 \\times 0.5523) + (0.6 \\times 0.5914) + 0.1\\]\n"  # 7
        "  \\[= 0.2762 + 0.3548 + 0.1 = \\mathbf{0.631}\\]\n"  # 8
        "  The sum, \\(0.2 + 0.3\n"  # 9
        "  = 0.5\\), is right.\n"  # 10
        "  $$\n"  # 11: a display over four source lines is read whole, each row on its line
        "  b = 0.5 + 0.1 = 0.6 \\\\\n"  # 12
        "  c = 0.5 + 0.2 = 0.8\n"  # 13: 0.7
        "  $$\n"  # 14
        "</div></body></html>\n",
        encoding="utf-8",
    )
    found = verify_document(page, level=1).to_json()["findings"]
    assert sorted((f["line"], f["printed"], f["class"]) for f in found if f["class"] == "error") == [
        (5, "\\mathbf{0.5914}", "error"),
        (8, "\\mathbf{0.631}", "error"),
        (13, "0.8", "error"),
    ]
    every = [(f.line, f.printed, f.klass) for f in verify_document(page, level=1).report.findings]
    assert (4, "\\mathbf{0.5523}", "ok") in every
    # inline math broken over two source lines stays one line of text, on the line it starts
    assert (9, "0.5", "ok") in every
    assert [f for f in every if f[1] == "0.6"] == [(12, "0.6", "ok")]


def test_a_dollar_in_code_is_no_math_and_a_display_after_it_reads_whole(tmp_path: Path) -> None:
    """``echo $$`` in code (MathJax and KaTeX leave code alone) must not pair with a display's ``$$`` further down:
    the display's rows were read one by one then, and ``- 0.3 \\times 0.1 = 0.07`` alone was called wrong.
    0.5 × 0.2 − 0.3 × 0.1 = 0.1 − 0.03 = 0.07 (right); the second display prints 0.08 (wrong)."""
    page = tmp_path / "p.html"
    page.write_text(
        "<html><body>\n"
        "<p>In bash, <code>echo $$</code> prints the process id.</p>\n"  # 2
        "<p>$$\nL = 0.5 \\times 0.2\n- 0.3 \\times 0.1 = 0.07\n$$</p>\n"  # 3-6
        "<pre>echo $$</pre>\n"  # 7
        "<p>$$\nM = 0.5 \\times 0.2\n- 0.3 \\times 0.1 = 0.08\n$$</p>\n"  # 8-11
        "</body></html>\n",
        encoding="utf-8",
    )
    found = verify_document(page, level=1).to_json()["findings"]
    assert [(f["line"], f["class"], f["expected"][:4]) for f in found if f["class"] != "ok"] == [(10, "error", "0.07")]


def test_a_marker_after_an_entity_lands_after_the_display(tmp_path: Path) -> None:
    """The end of a display's source line is found in the page as written: ``&lt;`` and ``&amp;`` before it (decoded
    in what the parser hands over) must not move the marker into the TeX or into an entity."""
    page = tmp_path / "p.html"
    html = (
        "<html><body>\n<div>\n"
        "\\[a_1 = 0.5 + 0.3 = 0.9 \\quad (0 &lt; a_1 &lt; 1)\\]\n"  # 0.8: wrong
        "\\[a_2 = 0.5 + 0.2 = 0.7\\]\n</div>\n<div>\n"
        "\\[\\begin{aligned} s &amp;= 0.4 + 0.3 = 0.8 \\end{aligned}\\]\n"  # 0.7: wrong
        "\\[t = 0.1\\]\n</div>\n</body></html>\n"
    )
    page.write_text(html, encoding="utf-8")
    out = tmp_path / "out.html"
    subprocess.run([sys.executable, "-m", "generator", "verify", str(page), "--annotate", str(out)], check=False, cwd=ROOT)
    marked = out.read_text(encoding="utf-8")
    assert marked.count("nnwalk-marker") >= 2
    assert "(0 &lt; a_1 &lt; 1)\\]<span" in marked and "\\end{aligned}\\]<span" in marked
    assert marked.replace("</span>", "").count("&lt;") == html.count("&lt;")


def test_a_display_broken_by_br_is_read_whole(tmp_path: Path) -> None:
    """WordPress and Blogger write ``$$`` displays over ``<br />`` (MathJax reads across them): each is read, and a
    ``$$`` the block leaves open elsewhere does not hide a whole display before it. σ(0.3) = 0.574443 (math.exp by
    hand: 1 / (1 + e^-0.3)); ½(0.5744 − 1)² = 0.090568; 0.5 × 0.4 + 0.1 = 0.3."""
    page = tmp_path / "p.html"
    page.write_text(
        "<html><body>\n"
        "<p>$$<br />\nz = 0.5 \\times 0.4 + 0.1 = 0.35<br />\n$$</p>\n"  # 2-4: z on line 3
        "<p>$$a = \\sigma(0.3)<br />\n= 0.6744$$</p>\n"  # 5-6
        "<p>$$L = \\frac{1}{2}(0.5744 - 1)^2<br />\n= 0.1906$$</p>\n"  # 7-8
        "<p>$$b = 0.2 + 0.3 = 0.6$$ costs $$ 5 in the shop</p>\n"  # 9: a display, then a lone $$
        "</body></html>\n",
        encoding="utf-8",
    )
    found = verify_document(page, level=1).to_json()["findings"]
    assert sorted({f["line"] for f in found if f["class"] == "error"}) == [3, 6, 8, 9]
