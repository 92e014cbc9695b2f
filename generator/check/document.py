"""All the chains of a document: its math, its plain-text equations and its table rows.

:mod:`.extract` finds the math chunks and cuts them into chains; :mod:`.plain` reads equations
written as plain text outside math, and :mod:`.tables` the formula-cell = result-cell relations
of pipe-table rows. Both build on :mod:`.extract`'s pieces, so the function that merges the
three lives here, above all three, and nothing imports in a circle.
"""

from __future__ import annotations

from .arrows import softmax_chains
from .extract import Chain, chains_of, find_chunks, guess_format, mask_markdown
from .moments import moment_chains
from .namedmats import named_matrix_chains
from .plain import plain_chains
from .selfcheck import self_check_chains
from .summary import summary_chains
from .tables import table_chains


def extract_chains(text: str, fmt: str = "auto") -> list[Chain]:
    """Chains of a whole document, in document order.

    ``fmt`` is ``"md"``, ``"tex"``, ``"text"`` or ``"auto"`` (LaTeX when the text has
    LaTeX structure commands, else Markdown).  Besides the math chunks, Markdown and
    text documents contribute equality chains written as plain text outside math
    (:mod:`.plain`) and formula-cell = result-cell relations of pipe-table rows
    (:mod:`.tables`).
    """
    if fmt == "auto":
        fmt = guess_format(text)
    chunks = find_chunks(text, fmt)
    chains = chains_of(text, chunks)
    if fmt == "tex":
        return chains
    masked = mask_markdown(text)
    extra = (
        plain_chains(text, masked, chunks)
        + table_chains(text, masked, chunks)
        + softmax_chains(text, chunks)
        + named_matrix_chains(text, chunks, chains)
        + moment_chains(text)
        + self_check_chains(text)
    )
    rows = summary_chains(text, masked, chunks, chains + extra)
    if not extra and not rows:
        return chains
    return sorted(chains + extra + rows, key=_chain_pos)


def _chain_pos(c: Chain) -> int:
    return max(s.start for s in c.sides) if c.sides else 0
