"""``nnwalk verify``: someone's published derivation, read and checked.

- :mod:`.run` — reads a document (Markdown, LaTeX, plain text, a saved web page, a notebook, a
  PDF), runs both levels, merges the findings into one report, writes ``--annotate`` copies.
- :mod:`.htmlread` — a saved web page as text and TeX, with the page's own line numbers;
  :mod:`.ipynbread` — a Jupyter notebook's cells and outputs, with the raw file's lines, cells and
  cell lines; :mod:`.pdfread` — a PDF's text layer, with pages and lines on the page;
  :mod:`.fetch` — an http(s) address fetched within size, time and redirect limits.
- :mod:`.names` — a quantity's name as documents write it, in every notation.
- :mod:`.docnet` — the network a document prints (W, b, x, t, eta), as an ordinary spec.
- :mod:`.match` — level 2: the document's named values against the true network; the first
  error, the values it propagated to, known mistakes.

Level 1 (every printed equation redone) is :mod:`generator.check`'s. May import: the
foundation, :mod:`generator.spec`, :mod:`generator.check`, :mod:`generator.engine` and this
wing; never :mod:`generator.render` (a document is read here, never written).
"""
