"""Class booklets: every question sheet in one document, every answer key in another.

Each booklet is one LaTeX document compiled once (not once per variant). Every variant starts
on a new page, and the running head of every page carries the variant id and its short
regeneration code (``\\markright`` with the ``myheadings`` page style). The answer keys are the
verified standalone keys without their title page and table of contents (see
:func:`exam.key_body`). The Markdown booklets join the per-variant documents with a page break
for printing from a browser; the HTML booklets put each variant's document in a section of one
page (see :func:`html.render_booklet`), which also starts a new page when printed.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

from ..render.html import render_booklet
from ..render.pdf import build_pdf
from .variant import MARK, Built, render_template

PAGE_BREAK = '\n\n<div style="page-break-after: always"></div>\n\n'


def booklet_tex(title: str, built: list[Built], keys: bool) -> str:
    parts = [{"vid": f"{b.variant:03d}", "code": b.code, "body": b.key_tex_body if keys else b.sheet_tex_body} for b in built]
    return render_template("tex", "exam/booklet.tex.j2", {"title": title, "parts": parts, "keys": keys, "mark": MARK})


def booklet_md(built: list[Built], keys: bool) -> str:
    docs = [(b.key_md if keys else b.sheet_md) or "" for b in built]
    what = ("answer key" if keys else "question sheet") + ("" if len(built) == 1 else "s")
    return PAGE_BREAK.join(d.rstrip("\n") for d in docs) + f"\n\n<!-- {MARK}: booklet of {len(built)} {what} -->\n"


def booklet_html(title: str, built: list[Built], keys: bool) -> str:
    what = "answer keys" if keys else "question sheets"
    parts = [(f"v{b.variant:03d}", (b.key_md if keys else b.sheet_md) or "") for b in built]
    return render_booklet(parts, f"{title}: {what} ({len(built)} variant{'' if len(built) == 1 else 's'})")


def booklets(stem: str, title: str, built: list[Built], formats: tuple[str, ...]) -> dict[str, Any]:
    """File name -> content for the booklets the formats ask for (the .tex is kept beside each PDF)."""
    files: dict[str, Any] = {}
    to_compile: list[tuple[str, str]] = []
    for keys, name in ((False, "questions"), (True, "keys")):
        base = f"{stem}_{name}_booklet"
        if "md" in formats:
            files[f"{base}.md"] = booklet_md(built, keys)
        if "html" in formats:
            files[f"{base}.html"] = booklet_html(title, built, keys)
        if {"tex", "pdf"} & set(formats):
            tex = booklet_tex(title, built, keys)
            files[f"{base}.tex"] = tex
            if "pdf" in formats:
                to_compile.append((base, tex))
    if to_compile:  # the two booklets compile side by side (latexmk runs as a separate process)
        with ThreadPoolExecutor(max_workers=2) as pool:
            pdfs = list(pool.map(lambda bt: build_pdf(bt[1], bt[0])[0], to_compile))
        for (base, _), pdf in zip(to_compile, pdfs):
            files[f"{base}.pdf"] = pdf
    return files
