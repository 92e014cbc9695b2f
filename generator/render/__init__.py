"""Documents: from a verified trace to Markdown, LaTeX, JSON, HTML and PDF files.

- :mod:`.document` — the Jinja environment (built-in and user templates, sandboxed), the view
  models handed to ``templates/``, the JSON answer key and the certificate block.
- :mod:`.latexfmt` — escaping for LaTeX and Markdown, matrices; :mod:`.texlayout` — fitting
  long LaTeX math to the page (layout only; :mod:`generator.check` reads it back the same).
- :mod:`.netdraw` (what a drawing shows), :mod:`.diagram` (Mermaid as SVG), :mod:`.plot`
  (the loss plot) — drawings.
- :mod:`.html` — the Markdown as a page with KaTeX beside it; :mod:`.pdf` — ``latexmk`` in a
  private folder.
- :mod:`.files` — atomic writes, and how nnwalk recognises the files it wrote.

Templates hold words and layout; the numbers arrive already rounded by :mod:`generator.numfmt`.
May import: the foundation, :mod:`generator.spec`, :mod:`generator.check` (its TeX lexer),
:mod:`generator.engine`, :mod:`generator.certify` (the certificate it prints) and this wing;
never :mod:`generator.verify`.
"""
