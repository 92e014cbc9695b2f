"""PDF output: compile the verified LaTeX with ``latexmk -pdf``, safely, with errors a teacher can act on.

Why latexmk: it reruns pdflatex as often as the table of contents and references need,
which a single pdflatex call does not. TeX runs with ``-no-shell-escape`` (a document can
never run a program), in a private temporary folder (auxiliary files never litter the
output folder), with ``-halt-on-error`` and a time limit. The PDF is moved into place
only after a successful run, so a failure leaves no partial PDF behind.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import NnwalkError

#: Debian packages that hold everything the generated LaTeX uses.
TEX_PACKAGES = "texlive-latex-base texlive-latex-recommended texlive-pictures latexmk"
TIMEOUT_S = 300


def tex_available() -> bool:
    return shutil.which("latexmk") is not None and shutil.which("pdflatex") is not None


def _first_error(log: str, name: str) -> str:
    """The first LaTeX error of a log as "file.tex, line N: message"."""
    m = re.search(r"^! (.+?)$", log, re.MULTILINE)
    if not m:
        return "LaTeX stopped without an error message (see the .log file)"
    msg = m.group(1).strip().rstrip(".")
    rest = log[m.end() : m.end() + 2000]
    line = re.search(r"^l\.(\d+)", rest, re.MULTILINE)
    where = f"{name}, line {line.group(1)}" if line else name
    return f"{where}: {msg}"


def overfull_boxes(log: str) -> list[float]:
    """Widths in pt of every overfull \\hbox the log reports (the handout rule: none wider than 10 pt)."""
    return [float(w) for w in re.findall(r"Overfull \\hbox \((\d+(?:\.\d+)?)pt too wide\)", log)]


def build_pdf(tex: str, stem: str) -> tuple[bytes, str]:
    """Compile ``tex``; return (the PDF's bytes, the log). Raise NnwalkError with the LaTeX error otherwise."""
    if not tex_available():
        raise NnwalkError(
            "--format pdf needs TeX Live with latexmk, which is not installed. On Debian or Ubuntu: "
            f"sudo apt-get install {TEX_PACKAGES}"
        )
    with tempfile.TemporaryDirectory(prefix="nnwalk-tex-") as tmp:
        src = Path(tmp) / f"{stem}.tex"
        src.write_text(tex, encoding="utf-8")
        env = dict(os.environ, TEXMFOUTPUT=tmp, openout_any="p", openin_any="p")  # TeX may read/write only here
        try:
            res = subprocess.run(
                ["latexmk", "-pdf", "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", src.name],
                cwd=tmp,
                env=env,
                capture_output=True,
                text=True,
                errors="replace",
                timeout=TIMEOUT_S,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise NnwalkError(f"{stem}.tex: LaTeX did not finish within {TIMEOUT_S} s; no PDF was written.") from None
        log_path = Path(tmp) / f"{stem}.log"
        log = log_path.read_text(encoding="utf-8", errors="replace") if log_path.exists() else res.stdout + res.stderr
        pdf = Path(tmp) / f"{stem}.pdf"
        if res.returncode != 0 or not pdf.exists():
            raise NnwalkError(
                f"LaTeX failed on {_first_error(log, stem + '.tex')}; nothing was written "
                "(render with --format tex to look at the LaTeX)."
            )
        return pdf.read_bytes(), log
