"""The Markdown and the LaTeX/PDF walkthrough print the same quantities with the same values (issue 16 point 7).

Before, with several training steps the Markdown had the per-step tables and the weights after
the last step while the LaTeX had only the loss table; the LaTeX appendix lacked the new weights,
and both appendices the bias gradients and new biases. Here every named quantity each format
prints is collected — from table rows (a name cell and a value cell) and from equation chains
whose first side is a name and whose last side is one number — and the two sets must be equal.
The reading uses the checker's own chain extraction, the same for both formats, so a quantity
one format prints and the other leaves out shows up as a difference.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.check.document import extract_chains

BUNDLED = sorted(p.stem for p in (Path(__file__).resolve().parents[2] / "specs").glob("*.yaml"))
_NUMBER = re.compile(r"\$?\s*(-?[\d.]+(?:\s*\\times\s*10\^\{-?\d+\})?)\s*\$?")


def _named(name: str) -> bool:
    """A quantity's name, not an arithmetic piece (``0.15 \\times 0.05``, ``e^{-0.3775}``, ``\\frac{1}{1.68}``)
    nor an identity of the general derivation (``\\sum_k t_k = 1``)."""
    if name.startswith(("\\frac{1}{", "e^{", "\\sum")):
        return False
    return not (re.match(r"^[-\s(]*(\\left\(\s*)?[-\d.]", name) or "\\times" in name or "\\cdot" in name)


def quantities(text: str, fmt: str) -> set[tuple[str, str]]:
    """(name, printed value) of every named quantity a rendered walkthrough prints."""
    out: set[tuple[str, str]] = set()
    for line in text.splitlines():
        s = line.strip()
        if fmt == "md" and s.startswith("|") and s.endswith("|") and not set(s) <= set("|-: "):
            cells = [c.strip() for c in s.strip("|").split(" | ")]
        elif fmt == "tex" and " & " in s and s.endswith("\\\\") and not s.startswith("\\"):
            cells = [c.strip() for c in s[:-2].split(" & ")]
        else:
            continue
        value = _NUMBER.fullmatch(cells[-1]) if len(cells) >= 2 else None
        name = " ".join(cells[0].strip("$").split())
        if value and cells[0].startswith("$") and cells[0].endswith("$") and _named(name):
            out.add((name, value.group(1).replace(" ", "")))
    for chain in extract_chains(text, fmt):
        if len(chain.sides) < 2 or not chain.sides[0].tokens:
            continue
        value = _NUMBER.fullmatch(chain.sides[-1].text.strip().replace("\\boxed{", "").rstrip("}"))
        name = " ".join(chain.sides[0].text.split())
        if value and _named(name):
            out.add((name, value.group(1).replace(" ", "")))
    return out


@pytest.mark.parametrize("name", BUNDLED)
def test_markdown_and_latex_print_the_same_quantities(fresh, name: str) -> None:  # noqa: ANN001
    md = quantities(fresh(name, "md").read_text(encoding="utf-8"), "md")
    tex = quantities(fresh(name, "tex").read_text(encoding="utf-8"), "tex")
    assert len(md) > 20, sorted(md)[:5]  # the reading finds the document's quantities at all
    assert sorted(md - tex) == [] and sorted(tex - md) == [], {"only md": sorted(md - tex)[:8], "only tex": sorted(tex - md)[:8]}


def test_a_quantity_left_out_of_one_format_is_found() -> None:
    md = "| Quantity | Value |\n|---|---|\n| $w_{5}^{\\text{new}}$ | $0.35892$ |\n| $b_{3}^{\\text{new}}$ | $0.53075$ |\n"
    tex = "\\begin{longtable}{ll}\n$w_{5}^{\\text{new}}$ & $0.35892$ \\\\\n\\end{longtable}\n"
    assert quantities(md, "md") - quantities(tex, "tex") == {("b_{3}^{\\text{new}}", "0.53075")}


@pytest.mark.parametrize("name", ["example", "bce", "softmax_ce", "seed004"])
def test_the_formulas_speak_mathematics_and_the_certificate_says_how_it_was_checked(fresh, name: str) -> None:  # noqa: ANN001
    """Issue 16 point 8: "SymPy differentiates it …" and raw SymPy output are nnwalk's internals, not the reader's."""
    md = fresh(name, "md").read_text(encoding="utf-8")
    tex = fresh(name, "tex").read_text(encoding="utf-8")
    formulas_md = md.split("## Formulas used", 1)[1].split("\n## ", 1)[0]
    formulas_tex = tex.split("\\section{Formulas used}", 1)[1].split("\\section{", 1)[0]
    for text in (formulas_md, formulas_tex):
        assert "SymPy" not in text and "three-class" not in text
    assert "SymPy" in md.split("## Verification certificate", 1)[1]


@pytest.mark.parametrize("name", BUNDLED)
def test_the_html_page_prints_the_same_quantities_as_the_markdown(fresh, name: str) -> None:  # noqa: ANN001
    """The HTML page, read the way ``verify`` reads a page (its text and its math), carries the Markdown's quantities."""
    from generator import load_spec, walkthrough
    from generator.verify.htmlread import read_page

    root = Path(__file__).resolve().parents[2]
    html = str(walkthrough(load_spec(root / "specs" / f"{name}.yaml"), ("html",)).documents["html"])
    page = quantities(read_page(html)[0], "md")
    md = quantities(fresh(name, "md").read_text(encoding="utf-8"), "md")
    assert sorted(md - page) == [] and sorted(page - md) == [], {
        "only md": sorted(md - page)[:8],
        "only html": sorted(page - md)[:8],
    }
