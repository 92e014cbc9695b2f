"""Class booklets: one LaTeX document per booklet, compiled once, variant id and code on every page."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.errors import SpecError
from generator.exam.run import generate, write_files
from generator.render.pdf import tex_available

EXAM = Path(__file__).resolve().parents[2] / "specs" / "exam" / "exam_seed002.yaml"


def test_markdown_booklets_join_every_variant() -> None:
    _, files, _ = generate(EXAM, 3, 5, ("md",), jobs=1)
    sheets = files["exam_seed002_questions_booklet.md"]
    keys = files["exam_seed002_keys_booklet.md"]
    for v in (1, 2, 3):
        assert files[f"exam_seed002_v{v:03d}_questions.md"].rstrip("\n") in sheets
        assert files[f"exam_seed002_v{v:03d}_key.md"].rstrip("\n") in keys
    assert sheets.count("page-break-after") == 2


@pytest.mark.latex
@pytest.mark.skipif(not tex_available() or shutil.which("pdftotext") is None, reason="needs TeX Live and pdftotext")
def test_pdf_booklets_carry_the_code_on_every_page_and_are_reproducible(tmp_path: Path) -> None:
    _, files, _ = generate(EXAM, 3, 5, ("pdf",), jobs=1)
    assert "exam_seed002_keys_booklet.tex" in files  # the .tex stays beside the PDF
    # pdf alone: the booklets, and each variant's pages split from them (no other per-variant document)
    assert sorted(k for k in files if "_v00" in k) == sorted(
        f"exam_seed002_v{v:03d}_{kind}.pdf" for v in (1, 2, 3) for kind in ("questions", "key")
    )
    for name in ("questions", "keys"):
        pdf = tmp_path / f"{name}.pdf"
        pdf.write_bytes(files[f"exam_seed002_{name}_booklet.pdf"])
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        pages = [p for p in text.split("\f") if p.strip()]
        assert len(pages) >= 3
        if name == "keys":  # the grid of every variant's answers comes first, under its own running head
            assert "answers of every variant" in pages[0].strip().splitlines()[0]
            pages = [p for p in pages if "answers of every variant" not in p.strip().splitlines()[0]]
        for page in pages:
            head = page.strip().splitlines()[0]
            assert "variant 00" in head and "S5-V00" in head, head
    _, again, _ = generate(EXAM, 3, 5, ("pdf",), jobs=2)
    assert again["exam_seed002_keys_booklet.pdf"] == files["exam_seed002_keys_booklet.pdf"]
    assert again["exam_seed002_questions_booklet.pdf"] == files["exam_seed002_questions_booklet.pdf"]


# ------------------------------------------------------------------ HTML pages and booklets


def _ids_and_links(page: str) -> tuple[list[str], list[str]]:
    return re.findall(r'\bid="([^"]+)"', page), re.findall(r'href="#([^"]+)"', page)


def test_html_pages_and_booklets_hold_every_variant_with_unique_anchors() -> None:
    _, files, _ = generate(EXAM, 3, 5, ("html",), jobs=1)
    assert "katex/katex.min.js" in files and "katex/katex.min.css" in files  # once, beside every page
    assert not any(k.endswith(".md") for k in files)  # html alone: no Markdown files
    for name, keys in (("questions", False), ("keys", True)):
        page = files[f"exam_seed002_{name}_booklet.html"]
        ids, links = _ids_and_links(page)
        assert len(ids) == len(set(ids)), "an id repeats on the booklet page"
        assert set(links) <= set(ids), "a table-of-contents link leads nowhere"
        assert bool(links) == keys  # the keys have tables of contents, the sheets none
        assert "&lt;!--" not in page  # the sheets' marker comments are not shown as text
        sections = re.findall(r'<section class="booklet-part" id="(v\d{3})">', page)
        assert sections == ["v001", "v002", "v003"]
        for v in (1, 2, 3):
            single = files[f"exam_seed002_v{v:03d}_{'key' if keys else 'questions'}.html"]
            # every formula of the variant's own page is on the booklet page, in that variant's section
            part = page.split(f'id="v{v:03d}"', 1)[1].split("</section>", 1)[0]
            assert re.findall(r'class="math [a-z]+">([^<]*)<', single) == re.findall(r'class="math [a-z]+">([^<]*)<', part)
    key = files["exam_seed002_v002_key.html"]
    _, md_files, _ = generate(EXAM, 3, 5, ("md",), jobs=1)
    answers = re.findall(r"^\| (q\d) \| .*? \| \$([-0-9.]+)\$ \|", md_files["exam_seed002_v002_key.md"], flags=re.MULTILINE)
    assert len(answers) == 6
    for _q, value in answers:  # the verified key's answers are on its page
        assert f'<span class="math inline">{value}</span>' in key


def test_html_pages_rebuild_by_id_to_the_same_bytes() -> None:
    _, full, _ = generate(EXAM, 3, 5, ("html",), jobs=2)
    _, one, _ = generate(EXAM, None, 5, ("html",), only=2, jobs=1)
    for name in ("exam_seed002_v002_key.html", "exam_seed002_v002_questions.html"):
        assert one[name] == full[name]
    assert "exam_seed002_keys_booklet.html" not in one  # a booklet holds every variant: full runs only


@pytest.mark.skipif(shutil.which("chromium") is None and shutil.which("chromium-browser") is None, reason="needs Chromium")
def test_html_keys_booklet_typesets_every_formula_in_chromium(tmp_path: Path) -> None:
    from js_engines import CHROMIUM_FLAGS, chromium

    _, files, _ = generate(EXAM, 2, 5, ("html",), jobs=1)
    write_files(files, tmp_path, force=False)
    page = tmp_path / "exam_seed002_keys_booklet.html"
    n = len(re.findall(r'class="math (?:inline|display)"', page.read_text(encoding="utf-8")))
    res = subprocess.run(
        [chromium(), *CHROMIUM_FLAGS, "--virtual-time-budget=10000", "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert res.returncode == 0, res.stderr[-2000:]
    assert 'data-math="rendered"' in res.stdout and f'data-math-count="{n}"' in res.stdout
    assert "katex-error" not in res.stdout


def test_html_run_again_into_its_folder_but_not_over_someones_katex(tmp_path: Path) -> None:
    _, files, _ = generate(EXAM, 2, 5, ("html",), jobs=1)
    write_files(files, tmp_path, force=False)
    write_files(files, tmp_path, force=False)  # our own pages and KaTeX copy: replaced without --force
    (tmp_path / "katex" / "VERSION").write_text("katex 0.16 from npm\n", encoding="utf-8")
    before = (tmp_path / "exam_seed002_v001_key.html").stat().st_mtime_ns
    with pytest.raises(SpecError, match=r"katex/VERSION: exists and was not written by nnwalk; nothing was written"):
        write_files(files, tmp_path, force=False)
    assert (tmp_path / "exam_seed002_v001_key.html").stat().st_mtime_ns == before
