"""Issue 16 point 8: the formulas section speaks the walkthrough's own letters, and the box defines them once.

A numbered walkthrough writes net, out, E_total and w; a layered one W^(l), ℓ_k and y_k; the
formulas section must use the same (not a generic z_j, a_j, w_ji, E and o of its own), and the
"how to read this" box holds a table with every symbol the formulas use.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _formulas(name: str) -> str:
    text = (ROOT / "output" / f"{name}.md").read_text(encoding="utf-8")
    return text[text.index("## Formulas used") : text.index("## Forward pass")]


def _symbols(name: str) -> list[str]:
    text = (ROOT / "output" / f"{name}.md").read_text(encoding="utf-8")
    box = text[: text.index("## Contents")]
    return re.findall(r"^> \| \$(.+?)\$ \|", box, flags=re.M)


def test_a_numbered_walkthrough_s_formulas_use_net_out_and_e_total() -> None:
    f = _formulas("seed002")
    assert r"\text{net}_j = \sum_i w_{ji}\, \text{out}_i" in f
    assert r"E_k = \frac{1}{2}(t_k - o_k)^2" in f and r"\frac{\partial E_k}{\partial o_k} = o_k - t_k" in f
    assert r"\partial E_{\text{total}} / \partial \text{net}" in f
    assert not re.search(r"(?<![A-Za-z\\])[za]_j", f) and r"\partial E}{\partial o}" not in f


def test_a_layered_walkthrough_s_formulas_use_capital_w_and_its_output_letters() -> None:
    f = _formulas("softmax_ce")
    assert r"z^{(l)}_j = \sum_i W^{(l)}_{ji}\, a^{(l-1)}_i + b^{(l)}_j" in f
    assert r"\ell_k = -t_k \ln y_k" in f and r"\frac{\partial \ell_k}{\partial y_k} = -\frac{t_k}{y_k}" in f
    assert r"\partial W^{(l)}_{ji}" in f and "w^{(l" not in f


@pytest.mark.parametrize(
    ("name", "wanted"),
    [
        ("seed002", [r"\text{net}_j", r"\text{out}_j", r"E_{\text{total}}", r"\delta_j", r"\eta"]),
        ("example", [r"a^{(l)}_j", r"z^{(l)}_j", r"W^{(l)}_{ji}", r"b^{(l)}_j", r"\ell_k", "L", r"\delta^{(l)}_j"]),
        ("seed004", [r"A^{[l]}_j", r"Z^{[l]}_j", r"W^{[l]}_{ji}", "Y_k", "dZ^{[l]}_j", r"\alpha"]),
        ("seed001", [r"O_j", r"\text{net}_j", r"w_{ij}", "T_j", r"\text{Err}_j"]),
        ("seed003", [r"a^{(l)}_j", r"w^{(l)}_{ji}", "y_j", r"\delta^{(l)}_j"]),
    ],
)
def test_the_box_defines_each_symbol_once(name: str, wanted: list[str]) -> None:
    syms = _symbols(name)
    assert len(syms) == len(set(syms)), "a symbol defined twice"
    for s in wanted:
        assert s in syms, (name, s)


def test_relettering_leaves_commands_alone() -> None:
    from generator.render.document import relettered

    letters = {"term": r"\ell_k", "out": "y_k", "target": "t_k"}
    assert relettered(r"E = -\bigl(t \ln o + (1 - t) \ln(1 - o)\bigr)", letters) == (
        r"\ell_k = -\bigl(t_k \ln y_k + (1 - t_k) \ln(1 - y_k)\bigr)"
    )
    assert relettered(r"\frac{o - t}{o(1 - o)}", letters) == r"\frac{y_k - t_k}{y_k(1 - y_k)}"
