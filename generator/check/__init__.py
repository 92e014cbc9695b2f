"""Independent checker of rendered worked solutions.

Parses the *rendered* Markdown/LaTeX back with its own small grammar and
re-evaluates every equality between numeric sides, so that the promise
"every printed equation can be redone by hand from the numbers printed
beside it" is verified on the text a reader actually sees.

Layers (each usable on its own):
  :mod:`.lexer`    TeX tokens (and the brace matcher the renderer and verifier share)
  :mod:`.extract`  math chunks → rows → relation chains (with line numbers)
  :mod:`.plain`    equality chains written as plain text outside math
  :mod:`.tables`   formula-cell = result-cell relations of pipe-table rows
  :mod:`.document` all the chains of a document (math, plain text, tables) in order
  :mod:`.parse`    LaTeX arithmetic subset → AST (:mod:`.ast`)
  :mod:`.interval` outward-rounded interval arithmetic
  :mod:`.evaluate` AST → interval / matrix of intervals
  :mod:`.pairs`    the same evaluation on plain float pairs (the common case, without an object per step)
  :mod:`.pieces`   which printed literal a relation judges against which expression
  :mod:`.report`   findings, and what was left unchecked
  :mod:`.checker`  ok / rounding / error classification
  :mod:`.carry`    every later use of a wrong value, and what it makes wrong (``propagated``)
  :mod:`.annotate` a copy of the document with a marker after each wrong number

It knows nothing of networks: :mod:`generator.certify`, :mod:`generator.verify` and (through
certify) :mod:`generator.exam` use it. May import: :mod:`generator.errors` and this wing only.
"""

from .annotate import annotate
from .checker import CheckReport, Finding, Skipped, check_chains, check_text, literal_key

__all__ = ["CheckReport", "Finding", "Skipped", "annotate", "check_chains", "check_text", "literal_key"]
