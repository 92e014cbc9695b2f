"""Optimizer tables (:mod:`generator.check.moments`): each cell of an Adam or EMA run redone from the row before.

The expected values are worked here with plain floats from Adam's definitions (Kingma & Ba, Algorithm 1), not by
the checker: m_t = β₁m + (1 − β₁)g, v_t = β₂v + (1 − β₂)g², m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ), step η m̂/√v̂.
"""

from __future__ import annotations

import math

from generator.check import check_text


def _adam_rows(p: float, steps: int, b1: float = 0.9, b2: float = 0.999, eta: float = 0.5) -> list[list[str]]:
    """A run on f(p) = p², every cell rounded to 4 decimals and the next row computed from the rounded cells (a
    page's own way); the gradient 2p."""
    rows, m, v = [], 0.0, 0.0
    for t in range(1, steps + 1):
        g = round(2 * p, 4)
        m = round(b1 * m + (1 - b1) * g, 4)
        v = round(b2 * v + (1 - b2) * g * g, 4)
        mh = round(m / (1 - b1**t), 4)
        vh = round(v / (1 - b2**t), 4)
        up = round(eta * mh / math.sqrt(vh), 4)
        new = round(p - up, 4)
        rows.append([str(t), f"{p:.4f}", f"{g:.4f}", f"{m:.4f}", f"{v:.4f}", f"{mh:.4f}", f"{vh:.4f}", f"{up:.4f}", f"{new:.4f}"])
        p = new
    return rows


def _page(rows: list[list[str]], given: str = "We use $\\beta_1 = 0.9$, $\\beta_2 = 0.999$ and $\\eta = 0.5$.") -> str:
    head = "| t | p | g | m | v | m_hat | v_hat | Update | New p |\n|---|---|---|---|---|---|---|---|---|\n"
    return given + "\n\n" + head + "".join("| " + " | ".join(r) + " |\n" for r in rows)


def test_a_right_adam_table_is_read_and_all_of_it_is_right() -> None:
    report = check_text(_page(_adam_rows(1.0, 4)), "md")
    assert report.findings and {f.klass for f in report.findings} <= {"ok", "rounding"}
    # four rows: m, v, m̂, v̂, the step and the new p in each, and three rows that start from the one before
    assert sum(f.klass in ("ok", "rounding") for f in report.findings) == 4 * 6 + 3


def test_a_wrong_bias_correction_is_named_on_its_row_and_what_follows_from_it_is_propagated() -> None:
    rows = _adam_rows(1.0, 4)
    right = rows[2][5]
    assert right == f"{round(float(rows[2][3]) / (1 - 0.9**3), 4):.4f}"
    rows[2][5] = f"{float(right) + 0.05:.4f}"  # m̂ of step 3 five hundredths too large
    found = check_text(_page(rows), "md").findings
    table = _page(rows).split("\n")
    line = next(i for i, ln in enumerate(table, 1) if ln.startswith("| 3 |"))
    errors = [(f.line, f.printed) for f in found if f.klass == "error"]
    assert errors == [(line, rows[2][5])] or errors[0] == (line, rows[2][5])
    assert any(f.klass == "propagated" and f.line == line for f in found)  # the step and the new p of that row


def test_a_table_with_another_momentum_convention_is_not_read_with_adams() -> None:
    # v = β v + g (no 1 − β), as a momentum page writes it: the first row is not (1 − β) g, so the column is not read
    rows, m = [], 0.0
    for t, g in enumerate((8.0, 2.0, 7.0), 1):
        m = 0.9 * m + g
        rows.append(f"| {t} | {g:.1f} | {m:.2f} |")
    page = "With $\\beta = 0.9$:\n\n| t | g | m |\n|---|---|---|\n" + "\n".join(rows) + "\n"
    assert check_text(page, "md").findings == []


def test_without_the_betas_on_the_page_no_average_is_read() -> None:
    # p − step = new p needs no β and is still read; m, v, m̂, v̂ are not
    found = check_text(_page(_adam_rows(1.0, 3), given="Adam with the usual settings and beta."), "md").findings
    assert found and all("new value" in f.detail or "starts from" in f.detail for f in found)


def test_an_ema_table_in_html_is_read(tmp_path) -> None:  # noqa: ANN001
    # the EMA of 8, 2, 7 with β₁ = 0.9: 0.8, 0.92, 1.528; m̂₃ = 1.528 / 0.271 = 5.638…, printed 5.614 (wrong)
    assert abs(0.9 * 0.92 + 0.1 * 7 - 1.528) < 1e-12 and round(1.528 / (1 - 0.9**3), 3) == 5.638
    cells = [("1", "8", "0.800", "8.000"), ("2", "2", "0.920", "4.842"), ("3", "7", "1.528", "5.614")]
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>\n" for row in cells)
    html = (
        "<html><body><p>$\\beta_1 = 0.9$, $m_0 = 0$.</p>\n<table>\n<thead><tr><th>$t$</th><th>$g_t$ (noisy)</th>"
        "<th>$m_t$ (EMA)</th><th>$\\hat{m}_t$ (corrected)</th></tr></thead>\n<tbody>\n"
        + body
        + "</tbody></table>\n</body></html>\n"
    )
    from generator.verify.run import verify_document

    page = tmp_path / "ema.html"
    page.write_text(html, encoding="utf-8")
    found = verify_document(page).to_json()["findings"]
    wrong = [(f["line"], f["printed"]) for f in found if f["class"] == "error"]
    assert wrong == [(7, "5.614")]


def test_a_table_that_skips_steps_relates_only_rows_one_step_apart() -> None:
    # the exact run printed at t = 1, 2, 3 and then 5: row 5 does not follow from row 3 (two steps apart)
    rows = _adam_rows(1.0, 5)
    del rows[3]
    found = check_text(_page(rows), "md").findings
    assert found and {f.klass for f in found} <= {"ok", "rounding"}


def test_every_cell_of_an_optimizer_table_is_a_rounded_value() -> None:
    # m₁₃ = 0.9 · 0.5251 + 0.1 · (−0.1179) = 0.46080 exactly from the printed cells, yet the run's m₁₃ is 0.460845 and
    # m̂₁₃ = 0.460845 / (1 − 0.9¹³) = 0.617909 → 0.6179; with m taken exactly as 0.4608 it would be 0.617849 → 0.6178
    assert round(0.460845 / (1 - 0.9**13), 4) == 0.6179 and round(0.4608 / (1 - 0.9**13), 4) == 0.6178
    page = "With $\\beta_1 = 0.9$:\n\n| t | g | m | m_hat |\n|---|---|---|---|\n| 12 | 0.0103 | 0.5251 | 0.7318 |\n"
    page += "| 13 | -0.1179 | 0.4608 | 0.6179 |\n"
    assert "error" not in {f.klass for f in check_text(page, "md").findings}
    # two cells printed alike are two values: p − step = 0.0002 − 0.0002 may be 0.0001 (0.00024 − 0.00016)
    head = "With $\\beta_1 = 0.9$:\n\n| t | m | p | Update | New p |\n|---|---|---|---|---|\n"
    page = head + "| 137 | 0.5 | 0.0004 | 0.0002 | 0.0002 |\n| 138 | 0.5 | 0.0002 | 0.0002 | 0.0001 |\n"
    found = check_text(page, "md").findings
    assert [f.line for f in found if "new value" in f.detail] == [5, 6] and "error" not in {f.klass for f in found}


def test_a_step_number_too_long_to_be_one_is_no_step() -> None:
    # a t cell of 4400 digits must not stop the page from being read (int() refuses such strings)
    page = "$0.5 \\times 2 = 3$\n\nWith $\\beta_1 = 0.9$:\n\n| t | g | m |\n|---|---|---|\n| 1" + "0" * 4400 + " | 1.0 | 0.1 |\n"
    assert [(f.line, f.klass) for f in check_text(page, "md").findings] == [(1, "error")]
