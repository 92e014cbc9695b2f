"""Which training step each table row of a document belongs to, read from the headings around it.

Expectations written out by hand for a small document: rows before any step heading and in a
``##`` section belong to step 1 (index 0), rows under ``### Step k`` to step k, rows after
``### After the last step`` to the index past the last step, and an answer row naming its own
step keeps that step whatever heading it sits under.
"""

from __future__ import annotations

from generator.certify import _table_rows

DOC = """# Title

| $x_1$ | $0.05$ |
|---|---|

## Training

### Step 2 of 3

Some prose with $z = 1 + 2 = 3$ and a | bar in it.

| $w_1$ | $0.1$ |

### Step 3 of 3

| $w_1$ | $0.2$ |
| $a_1$ (step 1) | $0.5$ |

### After the last step

| $L$ | $0.01$ |

## Appendix

| $t_1$ | $0.99$ |

\\subsection{Step 2 of 3}
| $u_1$ | $0.3$ |
"""


def test_rows_take_the_step_of_the_heading_above_them() -> None:
    rows = _table_rows(DOC, "md", final=3)
    assert [(n, step, cells[0]) for n, step, cells in rows] == [
        (3, 0, "$x_1$"),
        (12, 1, "$w_1$"),
        (16, 2, "$w_1$"),
        (17, 0, "$a_1$"),
        (21, 3, "$L$"),
        (25, 0, "$t_1$"),
        (28, 1, "$u_1$"),  # a LaTeX heading counts in Markdown too
    ]


def test_latex_rows_take_the_step_of_the_subsection_above_them() -> None:
    tex = "\\section{Training}\n\\subsection{Step 2 of 2}\n$w$ & $0.1$ \\\\\n\\section{Check}\n$t$ & $0.9$ \\\\\n"
    assert [(n, step) for n, step, _ in _table_rows(tex, "tex", final=2)] == [(3, 1), (5, 0)]
