"""Level 2 on a network given one numbered scalar at a time (Mazur's w_1 … w_8), as many blog posts do.

Expected values are Matt Mazur's published numbers for his 2-2-2 example ("A Step by Step
Backpropagation Example": out_h1 = 0.593269992, out_o1 = 0.75136507, ∂E/∂w_5 = 0.082167041,
w_5⁺ = 0.35891648, w_6⁺ = 0.408666186, w_1⁺ = 0.149780716 at η = 0.5), and for a bias shared by a
layer the sum of that layer's δ worked by hand from his δ values (δ_h1 + δ_h2 = 0.0087714 +
0.0099543, so b_1⁺ = 0.35 − 0.5 · 0.0187257 = 0.3406372), never nnwalk's own output.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from generator.errors import SpecError
from generator.verify.run import verify_document

GIVENS = """\
# One step of backpropagation

Inputs $i_1 = 0.05$, $i_2 = 0.10$; targets $t_1 = 0.01$, $t_2 = 0.99$.

$w_1 = 0.15$, $w_2 = 0.20$, $w_3 = 0.25$, $w_4 = 0.30$

$w_5 = 0.40$, $w_6 = 0.45$, $w_7 = 0.50$, $w_8 = 0.55$

$b_1 = 0.35$, $b_2 = 0.60$

$\\eta = 0.5$

$net_{h1} = 0.15 \\cdot 0.05 + 0.2 \\cdot 0.1 + 0.35 = 0.3775$

$out_{h1} = \\sigma(0.3775) = 0.593269992$

$out_{h2} = \\sigma(0.3925) = 0.596884378$

$net_{o1} = 0.4 \\cdot 0.593269992 + 0.45 \\cdot 0.596884378 + 0.6 = 1.105905967$

$out_{o1} = \\sigma(1.105905967) = 0.75136507$

$E_{total} = \\frac{1}{2}(0.01 - 0.75136507)^2 + \\frac{1}{2}(0.99 - 0.772928465)^2 = 0.298371109$

"""


def _doc(tmp_path: Path, body: str, givens: str = GIVENS) -> Path:
    p = tmp_path / "mazur.md"
    p.write_text(givens + body, encoding="utf-8")
    return p


def _named(report) -> dict[int, str]:  # noqa: ANN001
    return {f["line"]: f["class"] for f in report.to_json()["findings"] if f["class"] != "rounding"}


def _line(path: Path, needle: str) -> int:
    return next(n for n, s in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1) if needle in s)


def test_numbered_weights_are_read_and_a_wrong_result_only_gradient_is_named(tmp_path: Path) -> None:
    body = "$\\frac{\\partial E_{total}}{\\partial w_5} = 0.082167041$\n\n$\\frac{\\partial E_{total}}{\\partial w_6} = 0.0851$\n"
    doc = _doc(tmp_path, body)
    report = verify_document(doc)
    assert report.level2 is not None, report.network_gap
    assert "numbered weights counted row by row" in report.network and "2-2-2" in report.network
    named = _named(report)
    assert named == {_line(doc, "w_6} = 0.0851"): "error"}, report.to_text()
    ok = {n.line for n in report.level2.items if n.klass == "ok"}
    assert {_line(doc, "out_{h1}"), _line(doc, "out_{o1}"), _line(doc, "w_5} = 0.08")} <= ok


def test_a_document_that_counts_its_weights_the_other_way_is_not_judged_on_a_guess(tmp_path: Path) -> None:
    # w_2 and w_3 swapped (counted input by input): the forward pass it prints (0.3775 …) is not this numbering's
    givens = GIVENS.replace("$w_2 = 0.20$, $w_3 = 0.25$", "$w_2 = 0.25$, $w_3 = 0.20$").replace(
        "$w_6 = 0.45$, $w_7 = 0.50$", "$w_6 = 0.50$, $w_7 = 0.45$"
    )
    report = verify_document(_doc(tmp_path, "$\\frac{\\partial E_{total}}{\\partial w_5} = 0.082167041$\n", givens))
    assert report.level2 is None
    assert "may count them another way" in report.network_gap
    assert "level 2 not run" in report.to_text()


def test_the_learning_rate_is_inferred_from_result_only_updates_and_a_wrong_one_is_named(tmp_path: Path) -> None:
    givens = GIVENS.replace("$\\eta = 0.5$\n", "")
    body = "$w_5^+ = 0.35891648$\n\n$w_6^+ = 0.408666186$\n\n$w_1^+ = 0.149780716$\n\n$w_7^+ = 0.4113$\n"
    doc = _doc(tmp_path, body, givens)
    report = verify_document(doc)
    assert report.level2 is not None, report.network_gap
    assert "learning rate 0.5 inferred from the new values" in report.network
    assert _named(report) == {_line(doc, "w_7^+"): "error"}, report.to_text()


def test_a_target_written_o_1_is_a_given_not_a_wrong_output(tmp_path: Path) -> None:
    givens = GIVENS.replace("targets $t_1 = 0.01$, $t_2 = 0.99$", "targets $o_1 = 0.01$, $o_2 = 0.99$")
    report = verify_document(_doc(tmp_path, "$\\frac{\\partial E_{total}}{\\partial w_5} = 0.082167041$\n", givens))
    assert report.level2 is not None, report.network_gap
    assert _named(report) == {}, report.to_text()


def test_a_bias_shared_by_a_layer_is_updated_with_the_sum_of_its_deltas(tmp_path: Path) -> None:
    body = "$[w_1^+, w_2^+, b_1^+] = [0.149780716, 0.19956143, 0.3406372]$\n\n$[w_3^+, w_4^+, b_1^+] = [0.24975114, 0.29950229, 0.3450229]$\n"
    doc = _doc(tmp_path, body)
    report = verify_document(doc)
    assert report.level2 is not None, report.network_gap
    assert "shared by its neurons" in report.network
    # the shared value is right; the per-neuron value (0.35 − 0.5 δ_h2) is not this document's bias
    assert _named(report) == {_line(doc, "0.3450229"): "error"}, report.to_text()
    assert any(n.name.startswith("w_4") and n.klass == "ok" for n in report.level2.items)


TINY = """\
# A tiny network

x = 1.0, w_1 = 0.5 (x → hidden, ReLU), w_2 = 0.5 (hidden → output, sigmoid), y = 0.0, binary cross-entropy loss

$\\eta = 0.1$

$$
z_1 = x \\cdot w_1 = 1.0 \\cdot 0.5 = 0.5 \\\\
a_1 = \\text{{ReLU}}(z_1) = 0.5
$$

$$
z_2 = a_1 \\cdot w_2 = 0.5 \\cdot 0.5 = 0.25 \\\\
a_2 = \\text{{Sigmoid}}(z_2) = \\frac{{1}}{{1 + e^{{-0.25}}}} \\approx {a2:.3f}
$$

$$
L = -\\left[y \\cdot \\log(a_2) + (1 - y) \\cdot \\log(1 - a_2)\\right]
$$

$$
\\frac{{dL}}{{da_2}} = \\frac{{1}}{{1 - a_2}} = {dLda2:.3f}
$$

$$
\\frac{{dL}}{{dz_2}} = a_2 - y = {dz2:.3f}
$$

$$
\\frac{{dL}}{{dw_2}} = \\frac{{dL}}{{dz_2}} \\cdot a_1 = {gw2:.3f}
$$

$$
w_2 = w_2 - \\eta \\cdot \\frac{{dL}}{{dw_2}} = 0.5 - 0.1 \\cdot {gw2:.3f} = {new2:.4f}
$$
"""


def _tiny(slip: float = 0.0) -> str:
    """The 1-1-1 ReLU/sigmoid network with binary cross-entropy, worked here: a_2 = σ(0.25), y = 0."""
    a2 = 1 / (1 + math.exp(-0.25))
    dz2 = a2 - 0.0
    gw2 = dz2 * 0.5 + slip
    return TINY.format(a2=a2, dLda2=1 / (1 - a2), dz2=dz2, gw2=gw2, new2=0.5 - 0.1 * gw2)


def test_prose_givens_one_activation_per_layer_and_binary_cross_entropy_are_read(tmp_path: Path) -> None:
    doc = tmp_path / "tiny.md"
    doc.write_text(_tiny(), encoding="utf-8")
    report = verify_document(doc)
    assert report.level2 is not None, report.network_gap
    assert "1-1-1, relu/sigmoid, bce" in report.network
    assert _named(report) == {}, report.to_text()
    judged = {n.key[0] for n in report.level2.items if n.klass == "ok"}
    # ∂L/∂a_2 = 1/(1 − a_2) is judged (ga), the updated w_2 as a new value, z_2 as layer 2's only neuron
    assert {"ga", "delta", "gw", "new_w", "z", "a"} <= judged, judged


def test_a_slip_in_a_gradient_of_the_tiny_network_is_named_and_followed(tmp_path: Path) -> None:
    doc = tmp_path / "tiny.md"
    doc.write_text(_tiny(slip=0.05), encoding="utf-8")
    report = verify_document(doc)
    named = _named(report)
    assert named == {_line(doc, "\\frac{dL}{dw_2} = \\frac"): "error", _line(doc, "w_2 = w_2"): "propagated"}, report.to_text()


ARROWS = """\
# Mazur's network, its weights numbered input by input

i1 = 0.05, i2 = 0.10, t1 = 0.01, t2 = 0.99

w1 = 0.15 (i1 → h1), w2 = 0.25 (i1 → h2), w3 = 0.20 (i2 → h1), w4 = 0.30 (i2 → h2), b1 = 0.35

w5 = 0.40 (h1 → o1), w6 = 0.50 (h1 → o2), w7 = 0.45 (h2 → o1), w8 = 0.55 (h2 → o2), b2 = 0.60

$\\eta = 0.5$

$net_{h1} = 0.15 \\cdot 0.05 + 0.20 \\cdot 0.10 + 0.35 = 0.3775$

$out_{h1} = \\sigma(0.3775) = 0.593269992$

$net_{h2} = 0.25 \\cdot 0.05 + 0.30 \\cdot 0.10 + 0.35 = 0.3925$

$out_{o1} = \\sigma(1.105905967) = 0.75136507$

$E_{total} = \\frac{1}{2}(0.01 - 0.75136507)^2 + \\frac{1}{2}(0.99 - 0.772928465)^2 = 0.298371109$

"""


def test_each_weights_printed_arrow_says_which_weight_it_is(tmp_path: Path) -> None:
    # Mazur's dE/dw7 (h1 → o2) is -0.0226025 (his w7+ = 0.511301270 at eta 0.5): here that weight is w6;
    # this page's w7 (h2 → o1) is Mazur's w6, whose gradient is 0.0826676 (his w6+ = 0.408666186)
    body = (
        "$\\frac{\\partial E_{total}}{\\partial w_6} = -0.0226025$\n\n$\\frac{\\partial E_{total}}{\\partial w_7} = -0.0226025$\n"
    )
    doc = _doc(tmp_path, body, ARROWS)
    report = verify_document(doc)
    assert report.level2 is not None, report.network_gap
    assert "each weight's arrow as printed" in report.network
    # reading it as the other weight is the known mistake of swapped indices
    assert _named(report) == {_line(doc, "w_7} = -0.02"): "conceptual"}, report.to_text()
    named = next(n for n in report.level2.items if n.line == _line(doc, "w_7} = -0.02"))
    assert named.expected == "0.0826676"


def test_a_name_written_as_code_in_a_table_cell_is_read(tmp_path: Path) -> None:
    """``| `w2` | 0.069 |`` under a Gradient header: ∂L/∂w_2, judged like ``$w_2$`` would be (true 0.281).

    0.069 is the true 0.281 times a_2(1 − a_2) = 0.5622 · 0.4378 (by hand): the output's slope taken once more with
    binary cross-entropy, so the value is named as that catalogued mistake.
    """
    a2 = 1 / (1 + math.exp(-0.25))
    doc = tmp_path / "tiny.md"
    doc.write_text(
        _tiny() + f"\n| Parameter | Gradient |\n| --- | --- |\n| `w2` | {a2 * 0.5:.3f} |\n| `w1` | 0.069 |\n", encoding="utf-8"
    )
    report = verify_document(doc)
    assert _named(report) == {_line(doc, "| `w1` |"): "conceptual"}, report.to_text()
    assert [f["mistake"] for f in report.to_json()["findings"] if f["class"] == "conceptual"] == ["slope_applied_twice"]
    assert any(n.line == _line(doc, "| `w2` |") and n.klass == "ok" for n in report.level2.items)


LISTING = """\
i1 = 0.05
i2 = 0.10

t1 = 0.01
t2 = 0.99

w1=0.15  w2=0.20
w3=0.25  w4=0.30
w5=0.40  w6=0.45
w7=0.50  w8=0.55

b1 = 0.35
b2 = 0.60

net_h1 = 0.3775
h1 = 0.593269992
h2 = 0.596884378
net_o1 = 1.105905967
o1 = 0.75136507
o2 = 0.772928465
E1 = 0.274811083
E_total = 0.298371109
δo1 = 0.138498561
δh1 = {dh1}
"""


def test_a_page_of_numbers_only_is_judged_with_the_kinds_its_values_show(tmp_path: Path) -> None:
    """A student's answer lists Mazur's values with no formula (round 232): two weights a line, no σ, no loss written.
    σ(0.3775) = 0.593269992 and ½(0.01 − 0.75136507)² = 0.274811083 are the printed values only sigmoid and half the
    squared error give (ReLU would print 0.3775 again, the plain squared error 0.5496); Mazur's δ_h1 = 0.0087714, so a
    printed 0.00877299 is named. A listing whose printed values fit no kind is not judged on a guess."""
    assert 1 / (1 + math.exp(-0.3775)) == pytest.approx(0.593269992, abs=1e-9)
    assert 0.5 * (0.01 - 0.75136507) ** 2 == pytest.approx(0.274811083, abs=1e-8)
    right = _doc(tmp_path, LISTING.format(dh1="0.00877135"), givens="")
    report = verify_document(right)
    assert "sigmoid/sigmoid, half_sse (activation and loss inferred from the values it prints" in (report.network or "")
    assert _named(report) == {}
    wrong = _doc(tmp_path, LISTING.format(dh1="0.00877299"), givens="")
    assert _named(verify_document(wrong)) == {_line(wrong, "δh1 = "): "error"}
    blurred = _doc(tmp_path, LISTING.format(dh1="0.00877135").replace("h1 = 0.593269992", "h1 = 0.61"), givens="")
    blurred = Path(str(blurred))
    blurred.write_text(blurred.read_text().replace("o1 = 0.75136507", "o1 = 0.79").replace("h2 = 0.596884378", "h2 = 0.62"))
    with pytest.raises(SpecError, match="no formula applies an activation"):
        verify_document(blurred)


def test_no_kind_is_inferred_where_an_output_or_the_loss_does_not_fit_it(tmp_path: Path) -> None:
    """A second review's reproducer: ReLU hidden units and a linear output, o₂ = −0.304625 (worked below). ReLU at the
    output would give 0 there, so no kind fits every output and none is read, even where the loss ReLU would give is
    printed too."""
    h = [0.15 * 0.05 + 0.20 * 0.10 + 0.35, 0.25 * 0.05 + 0.30 * 0.10 + 0.35]
    o = [0.40 * h[0] + 0.45 * h[1] + 0.10, -0.50 * h[0] - 0.55 * h[1] + 0.10]
    assert [round(v, 6) for v in o] == [0.427625, -0.304625]
    page = LISTING.replace("w7=0.50  w8=0.55", "w7=-0.50  w8=-0.55").replace("b2 = 0.60", "b2 = 0.10")
    lines = [
        f"net_h1 = {h[0]:.4f}",
        f"net_h2 = {h[1]:.4f}",
        f"h1 = {h[0]:.4f}",
        f"h2 = {h[1]:.4f}",
        f"net_o1 = {o[0]:.6f}",
        f"net_o2 = {o[1]:.6f}",
        f"o1 = {o[0]:.6f}",
        f"o2 = {o[1]:.6f}",
        f"E_total = {0.5 * ((0.01 - o[0]) ** 2 + (0.99 - o[1]) ** 2):.9f}",
        # what ReLU at the output would give as the loss (o₂ = 0), printed too: only the output itself tells them apart
        f"E_relu = {0.5 * ((0.01 - o[0]) ** 2 + (0.99 - 0.0) ** 2):.9f}",
    ]
    head = page.split("net_h1 = ")[0]
    relu_linear = _doc(tmp_path, head + "\n".join(lines) + "\n", givens="")
    with pytest.raises(SpecError, match="no formula applies an activation"):
        verify_document(relu_linear)
