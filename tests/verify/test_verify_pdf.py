"""``nnwalk verify`` on PDF files: the text layer, findings with their page, clear errors otherwise.

The PDFs are written here byte by byte (one text line per ``Tj``, Helvetica), so the test knows
exactly which page and line each number is on without trusting the reader under test; a
LaTeX-compiled PDF of nnwalk's own verified output must give no finding at all.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.verify.run import verify_document


def make_pdf(pages: list[list[str]]) -> bytes:
    """A minimal valid PDF: each page shows its lines top to bottom (ASCII text)."""
    objects: list[bytes] = []
    kids = []
    font_id = 3 + 2 * len(pages)
    for p, lines in enumerate(pages):
        page_id, content_id = 3 + 2 * p, 4 + 2 * p
        kids.append(f"{page_id} 0 R")
        ops = ["BT", "/F1 11 Tf", "14 TL", "72 760 Td"]
        for line in lines:
            safe = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"({safe}) Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {content_id} 0 R "
            f"/Resources << /Font << /F1 {font_id} 0 R >> >> >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    head = [b"<< /Type /Catalog /Pages 2 0 R >>", f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(pages)} >>".encode()]
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    body = b"%PDF-1.4\n"
    offsets = []
    for i, obj in enumerate([*head, *objects, font], start=1):
        offsets.append(len(body))
        body += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(body)
    body += f"xref\n0 {len(offsets) + 1}\n0000000000 65535 f \n".encode()
    body += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    body += f"trailer\n<< /Size {len(offsets) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return body


PAGES = [
    [
        "Backpropagation, worked example",
        "net_h1 = 0.15 * 0.05 + 0.2 * 0.1 + 0.35 = 0.3775",
        "out_h1 = 1 / (1 + exp(-0.3775)) = 0.5933",
    ],
    ["Output layer", "net_o1 = 0.4 * 0.5933 + 0.45 * 0.5969 + 0.6 = 1.1059", "E_o1 = 0.5 * (0.01 - 0.7514)^2 = 0.2749"],
]
# hand-worked: 0.0075 + 0.02 + 0.35 = 0.3775 (right); 1/(1 + e^-0.3775) = 0.59327 -> 0.5933 (right);
# 0.23732 + 0.268605 + 0.6 = 1.105925 -> 1.1059 (right); 0.5 * 0.7414^2 = 0.27484 -> printed 0.2749 (wrong)


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    p = tmp_path / "notes.pdf"
    p.write_bytes(make_pdf(PAGES))
    return p


def test_a_wrong_number_is_found_with_its_page_and_line(pdf: Path) -> None:
    data = verify_document(pdf).to_json()
    wrong = [f for f in data["findings"] if f["class"] == "error"]
    assert [(f["page"], f["line"], f["printed"]) for f in wrong] == [(2, 3, "0.2749")]
    assert data["summary"]["ok"] >= 3  # the three right lines were read and judged right


def test_text_report_says_page_and_line(pdf: Path) -> None:
    r = subprocess.run([sys.executable, "-m", "generator", "verify", str(pdf)], capture_output=True, text=True, check=False)
    assert r.returncode == 1 and "page 2, line 3: error" in r.stdout, r.stdout + r.stderr


def test_a_pdf_without_text_is_a_clear_error(tmp_path: Path) -> None:
    p = tmp_path / "scan.pdf"
    p.write_bytes(make_pdf([[]]))
    r = subprocess.run([sys.executable, "-m", "generator", "verify", str(p)], capture_output=True, text=True, check=False)
    assert r.returncode == 2 and "no text layer" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"just some text, not a PDF\n", "not a PDF"), (b"%PDF-1.4\n%garbage\x00\x01\x02 and no objects at all", "cannot be read")],
)
def test_a_file_that_is_not_a_readable_pdf(tmp_path: Path, content: bytes, message: str) -> None:
    p = tmp_path / "fake.pdf"
    p.write_bytes(content)
    r = subprocess.run([sys.executable, "-m", "generator", "verify", str(p)], capture_output=True, text=True, check=False)
    assert r.returncode == 2 and message in r.stderr and "Traceback" not in r.stderr, r.stderr


def test_annotate_refuses_a_pdf_with_a_reason(pdf: Path, tmp_path: Path) -> None:
    r = subprocess.run(
        [sys.executable, "-m", "generator", "verify", str(pdf), "--annotate", str(tmp_path / "out.pdf")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert r.returncode == 2 and "is a PDF" in r.stderr and not (tmp_path / "out.pdf").exists()


@pytest.mark.latex
def test_nnwalk_s_own_pdf_gives_no_false_alarm(root: Path, tmp_path: Path) -> None:
    """A LaTeX-compiled walkthrough (every number verified) read back from its PDF: nothing is wrong."""
    from generator.render.pdf import tex_available

    if not tex_available():
        pytest.skip("needs TeX Live (latexmk); .ci/run installs it")
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "render",
            str(root / "specs" / "softmax_ce.yaml"),
            "--format",
            "pdf",
            "-o",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert r.returncode == 0, r.stderr
    data = verify_document(tmp_path / "softmax_ce.pdf", level=1).to_json()
    assert data["summary"]["checked"] >= 20 and data["summary"]["errors"] == 0, data["findings"]


def test_math_italic_letters_of_a_text_layer_are_read_as_the_letters(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Typst and Word write math in Unicode's mathematical italics (𝜎, 𝑧, 𝒉); σ(0.3775) = 0.593270 (1/(1 + e^-0.3775),
    # e^-0.3775 = 0.685573), so 0.5943 is wrong and 0.5933 right. The text layer is stubbed: WinAnsi cannot draw 𝜎.
    import math

    from pypdf import PageObject

    assert f"{1 / (1 + math.exp(-0.3775)):.4f}" == "0.5933"
    lines = "\U0001d467\u2081 = 0.3775\n\U0001d489 = \U0001d70e(0.3775) \u2248 0.5943\n\U0001d489 = \U0001d70e(0.3775) \u2248 0.5933\n"
    monkeypatch.setattr(PageObject, "extract_text", lambda self, *a, **k: lines)
    p = tmp_path / "typst.pdf"
    p.write_bytes(make_pdf([["placeholder 1"]]))
    found = [(f["page"], f["line"], f["printed"], f["class"]) for f in verify_document(p).to_json()["findings"]]
    assert (1, 2, "0.5943", "error") in found
    assert not any(line == 3 and cls != "ok" for _pg, line, _pr, cls in found)
