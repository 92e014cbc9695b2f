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

import io
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from ..render.html import render_booklet
from ..render.pdf import build_pdf
from .variant import MARK, Built, render_template

PAGE_BREAK = '\n\n<div style="page-break-after: always"></div>\n\n'


def answer_grid(built: list[Built]) -> dict[str, Any]:
    """Every variant's answers in one table (the keys booklet opens with it, for marking at a glance)."""
    ids = [a["id"] for a in built[0].answers] if built else []
    rows = [{"vid": f"{b.variant:03d}", "code": b.code, "answers": [a["answer"] for a in b.answers]} for b in built]
    return {"ids": ids, "rows": rows}


def booklet_tex(title: str, built: list[Built], keys: bool) -> str:
    parts = [{"vid": f"{b.variant:03d}", "code": b.code, "body": b.key_tex_body if keys else b.sheet_tex_body} for b in built]
    ctx = {"title": title, "parts": parts, "keys": keys, "mark": MARK, "grid": answer_grid(built) if keys else None}
    return render_template("tex", "exam/booklet.tex.j2", ctx)


def booklet_md(built: list[Built], keys: bool) -> str:
    docs = [(b.key_md if keys else b.sheet_md) or "" for b in built]
    if keys and built:
        docs.insert(0, render_template("md", "exam/answer_grid.md.j2", {"grid": answer_grid(built)}))
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
            kind = "key" if base.endswith("_keys_booklet") else "questions"
            for vid, part in split_booklet(pdf).items():
                files[f"{stem}_v{vid}_{kind}.pdf"] = part
    return files


def split_booklet(pdf: bytes) -> dict[str, bytes]:
    """Each variant's pages of a compiled booklet as a PDF of its own (variant id -> bytes).

    Why split rather than compile each variant: one LaTeX run for the class instead of one per
    sheet and key (120 variants would be 240 runs). Every variant starts with a named destination
    ``nnwalk-vNNN`` (booklet.tex.j2), so its pages are found without reading the text. pypdf writes
    no date or random id, so the same booklet gives the same files.
    """
    from pypdf import PdfReader, PdfWriter  # only a PDF run needs it (its import alone is some 50 ms)

    reader = PdfReader(io.BytesIO(pdf))
    starts = sorted(
        (reader.get_destination_page_number(dest), str(name)[len("nnwalk-v") :])
        for name, dest in reader.named_destinations.items()
        if str(name).startswith("nnwalk-v")
    )
    out: dict[str, bytes] = {}
    for k, (first, vid) in enumerate(starts):
        last = starts[k + 1][0] if k + 1 < len(starts) else len(reader.pages)
        writer = PdfWriter()
        for page in reader.pages[first:last]:
            writer.add_page(page)
        buf = io.BytesIO()
        writer.write(buf)
        out[vid] = buf.getvalue()
    return out
