"""Independent checker of rendered worked solutions.

Parses the *rendered* Markdown/LaTeX back with its own small grammar and
re-evaluates every equality between numeric sides, so that the promise
"every printed equation can be redone by hand from the numbers printed
beside it" is verified on the text a reader actually sees.

Layers (each usable on its own):
  :mod:`.extract`  math chunks → rows → relation chains (with line numbers)
  :mod:`.parse`    LaTeX arithmetic subset → AST (:mod:`.ast`)
  :mod:`.interval` outward-rounded interval arithmetic
  :mod:`.evaluate` AST → interval / matrix of intervals
  :mod:`.checker`  ok / rounding / error classification
"""

from .checker import CheckReport, Finding, Skipped, check_chains, check_text, literal_key

__all__ = ["CheckReport", "Finding", "Skipped", "check_chains", "check_text", "literal_key"]
