"""``nnwalk verify`` on Jupyter notebooks: Markdown cells, code cells and their printed outputs.

Oracles: the line numbers are what ``grep -n`` finds in the raw ``.ipynb`` (searched here in the
file's text, not taken from nnwalk); the arithmetic in the fixture is worked by hand in comments.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main
from generator.verify.run import verify_document

# Cell 0 (markdown, list source): line 5 has 0.25*0.05 + 0.3*0.1 + 0.35 = 0.3925, printed 0.3935 (wrong).
# Cell 1 (code): a stream output whose line 2 says 2 * 0.5 = 1.5 (wrong: 1.0); line 1 is right.
# Cell 2 (markdown, one string): its line 2 says 0.1 + 0.2 = 0.4 (wrong: 0.3).
# Cell 3 (code): an execute_result whose text/plain is right.
NOTEBOOK = {
    "cells": [
        {
            "cell_type": "markdown",
            "metadata": {},
            "source": [
                "# Forward pass\n",
                "\n",
                "$$net_{h1} = 0.15 \\cdot 0.05 + 0.2 \\cdot 0.1 + 0.35 = 0.3775$$\n",
                "\n",
                "$$net_{h2} = 0.25 \\cdot 0.05 + 0.3 \\cdot 0.1 + 0.35 = 0.3935$$",
            ],
        },
        {
            "cell_type": "code",
            "execution_count": 1,
            "metadata": {},
            "outputs": [
                {
                    "name": "stdout",
                    "output_type": "stream",
                    "text": ["E_total = 0.274811083 + 0.023560026 = 0.298371109\n", "check = 2 * 0.5 = 1.5\n"],
                }
            ],
            "source": ["w1 = 0.15\n", "print(w1)"],
        },
        {"cell_type": "markdown", "metadata": {}, "source": "Single string source\n$$x = 0.1 + 0.2 = 0.4$$\n"},
        {
            "cell_type": "code",
            "execution_count": 2,
            "metadata": {},
            "outputs": [
                {
                    "data": {"text/plain": ["'y = 0.5 * 0.6 = 0.3'"]},
                    "execution_count": 2,
                    "metadata": {},
                    "output_type": "execute_result",
                }
            ],
            "source": ["'y = 0.5 * 0.6 = 0.3'"],
        },
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4,
    "nbformat_minor": 5,
}


@pytest.fixture
def notebook(tmp_path: Path) -> Path:
    p = tmp_path / "walk.ipynb"
    p.write_text(json.dumps(NOTEBOOK, indent=1) + "\n", encoding="utf-8")
    return p


def _grep_n(path: Path, needle: str) -> int:
    """1-based line of the raw file holding ``needle`` (as grep -n would say); exactly one such line."""
    hits = [i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line]
    assert len(hits) == 1, (needle, hits)
    return hits[0]


def test_findings_name_the_raw_line_the_cell_and_the_cell_line(notebook: Path) -> None:
    found = {f["printed"]: f for f in verify_document(notebook).to_json()["findings"]}
    assert set(found) == {"0.3935", "1.5", "0.4"}  # the three wrong numbers, and nothing else
    assert (found["0.3935"]["line"], found["0.3935"]["cell"], found["0.3935"]["cell_line"]) == (_grep_n(notebook, "0.3935"), 0, 5)
    assert (found["1.5"]["line"], found["1.5"]["cell"], found["1.5"]["cell_line"]) == (_grep_n(notebook, "= 1.5"), 1, 2)
    assert found["1.5"]["cell_part"] == "output"
    # one JSON string holds both lines of cell 2: the raw line is that string's, the cell line is the second
    assert (found["0.4"]["line"], found["0.4"]["cell"], found["0.4"]["cell_line"]) == (_grep_n(notebook, "Single string"), 2, 2)
    assert all(f["root_line"] == f["line"] and f["class"] == "error" for f in found.values())


def test_text_report_names_cells(notebook: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", str(notebook)]) == 1
    out = capsys.readouterr().out
    assert f"line {_grep_n(notebook, '0.3935')} (cell 0, line 5): error" in out
    assert f"line {_grep_n(notebook, '= 1.5')} (cell 1 output, line 2): error" in out


def test_annotate_writes_a_notebook_with_each_mark_in_its_cell(notebook: Path, tmp_path: Path) -> None:
    out = tmp_path / "marked.ipynb"
    before = notebook.read_bytes()
    assert main(["verify", str(notebook), "--annotate", str(out)]) == 1
    assert notebook.read_bytes() == before
    marked = json.loads(out.read_text(encoding="utf-8"))
    assert "annotated by nnwalk verify" in marked["metadata"]["nnwalk"]
    assert marked["cells"][0]["source"][4].endswith(
        "= 0.3935$$ ⟨nnwalk error: 0.3935 should be 0.3925 (its operands give 0.392500)⟩"
    )
    assert (
        marked["cells"][1]["outputs"][0]["text"][1]
        == "check = 2 * 0.5 = 1.5 ⟨nnwalk error: should be 1.0 (its operands give 1.000)⟩\n"
    )
    assert (
        marked["cells"][2]["source"]
        == "Single string source\n$$x = 0.1 + 0.2 = 0.4$$ ⟨nnwalk error: 0.4 should be 0.3 (its operands give 0.300)⟩\n"
    )
    assert marked["cells"][1]["source"] == NOTEBOOK["cells"][1]["source"]  # code and right lines untouched
    assert marked["cells"][3] == NOTEBOOK["cells"][3]
    # a second run replaces nnwalk's own annotated copy without --force
    assert main(["verify", str(notebook), "--annotate", str(out)]) == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{ not json", "not a Jupyter notebook: the JSON is invalid at line 1"),
        ('{"nbformat": 4}', 'has no list of "cells"'),
        ("[1, 2, 3]", 'has no list of "cells"'),
    ],
)
def test_a_broken_notebook_is_a_clear_error(tmp_path: Path, content: str, message: str) -> None:
    p = tmp_path / "broken.ipynb"
    p.write_text(content, encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "generator", "verify", str(p)], capture_output=True, text=True, check=False)
    assert r.returncode == 2 and message in r.stderr and "Traceback" not in r.stderr


def test_a_notebook_with_no_checkable_math_says_so(tmp_path: Path) -> None:
    p = tmp_path / "empty.ipynb"
    p.write_text(
        json.dumps({"cells": [{"cell_type": "code", "source": "x = 1", "outputs": []}], "nbformat": 4}), encoding="utf-8"
    )
    r = subprocess.run([sys.executable, "-m", "generator", "verify", str(p)], capture_output=True, text=True, check=False)
    assert r.returncode == 2 and "no numeric equation was found" in r.stderr
