"""The public pipeline: spec -> trace -> verify -> render -> files.

Data flows one way. ``render_documents`` refuses to return a document that fails
verification, so nothing unverified is ever written.
"""

from __future__ import annotations

import decimal
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import NnwalkError, SpecError, VerificationError
from .network import Saturated
from .pdf import build_pdf
from .render import FORMATS, add_certificate, render_body, render_json, view_model
from .spec import Spec, load_spec, parse_spec
from .trace import Trace, build_trace
from .verify import Result, verify_trace

EXTENSIONS = {"md": ".md", "tex": ".tex", "json": ".json", "pdf": ".pdf"}
#: What ``--format`` accepts: the rendered formats, and PDF (compiled from the LaTeX, which is kept beside it).
OUTPUT_FORMATS = (*FORMATS, "pdf")


@dataclass
class Walkthrough:
    """A verified walkthrough: its trace, verification result and rendered texts."""

    spec: Spec
    trace: Trace
    result: Result
    documents: dict[str, str | bytes]  # PDF as bytes, every other format as text

    def _repr_markdown_(self) -> str:  # Jupyter shows the walkthrough itself
        return self.documents.get("md", "")


def default_spec_path() -> Path:
    """The bundled example (inside the package when installed, specs/ in the source tree)."""
    here = Path(__file__).resolve().parent
    for cand in (here / "specs" / "example.yaml", here.parent / "specs" / "example.yaml"):
        if cand.is_file():
            return cand
    raise NnwalkError("the default example spec is missing (broken installation)")


def walkthrough(spec: Spec, formats: tuple[str, ...] = FORMATS) -> Walkthrough:
    """Build, verify and render ``spec``; raise :class:`VerificationError` on any failed check."""
    try:
        tr = build_trace(spec)
    except (decimal.DecimalException, OverflowError) as exc:
        raise SpecError(
            f"{spec.source}: the values of this network grow too large to print in a worked example "
            f"({type(exc).__name__}); use smaller weights and inputs."
        ) from None
    vm = view_model(tr)
    bodies = {"md": render_body("md", vm), "tex": render_body("tex", vm)}
    try:
        result = verify_trace(tr, bodies)
    except Saturated as exc:  # a probability the loss takes the log of is 0 or 1 in float64
        raise SpecError(f"{spec.source}: {exc}.") from None
    if not result.ok:
        first = result.problems[0]
        more = f" ({len(result.problems) - 1} more problems)" if len(result.problems) > 1 else ""
        raise VerificationError(
            f"{spec.source}: the generated walkthrough failed verification, so nothing was written: "
            f"{first.message}{more}. This is a bug in nnwalk; please report it with the spec."
        )
    docs: dict[str, str | bytes] = {}
    wanted = [*formats, "tex"] if "pdf" in formats and "tex" not in formats else list(formats)  # the PDF keeps its .tex
    for fmt in wanted:
        if fmt in ("md", "tex"):
            docs[fmt] = add_certificate(fmt, bodies[fmt], vm, result.certificate)
        elif fmt == "json":
            docs["json"] = render_json(tr, result.certificate)
    if "pdf" in formats:
        stem = Path(spec.source).stem if spec.source and not spec.source.startswith("<") else "walkthrough"
        docs["pdf"], _log = build_pdf(str(docs["tex"]), stem)
    return Walkthrough(spec, tr, result, docs)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(path: Path, text: str | bytes) -> None:
    """Write via a temporary file in the same folder, then rename: never a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(text if isinstance(text, bytes) else text.encode("utf-8"))
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; a document is as readable as any file the user creates
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def written_by_nnwalk(path: Path) -> bool:
    """Whether an existing file is one of ours, recognised by the certificate every document ends with.

    Markdown and LaTeX end with "nnwalk checked N items"; the JSON answer key carries a
    ``verification`` block beside ``steps``. A file without these is someone's own work.
    """
    try:
        with path.open("rb") as fh:
            head = fh.read(4_000_000)
    except OSError:
        return False
    text = head.decode("utf-8", errors="replace")
    if path.suffix == ".pdf":  # compressed: recognised by the .tex nnwalk always keeps beside it
        return head.startswith(b"%PDF") and written_by_nnwalk(path.with_suffix(".tex"))
    if path.suffix == ".json":
        return '"verification"' in text and '"steps"' in text and '"network"' in text
    return "nnwalk checked" in text


def write_all(walks: list[tuple[str, Walkthrough]], out_dir: Path, force: bool = False) -> list[Path]:
    """Write every document only after every spec has been built and verified.

    Files nnwalk did not write are never overwritten unless ``force``: the check runs
    for every target before the first write, so a refusal leaves the folder untouched.
    """
    targets = [(out_dir / f"{stem}{EXTENSIONS[fmt]}", text) for stem, w in walks for fmt, text in w.documents.items()]
    if not force:
        foreign = [p for p, _ in targets if p.exists() and not (p.is_file() and written_by_nnwalk(p))]
        if foreign:
            names = ", ".join(str(p) for p in foreign[:3]) + (f" and {len(foreign) - 3} more" if len(foreign) > 3 else "")
            raise SpecError(
                f"{names}: exists and was not written by nnwalk; nothing was written. "
                "Choose another folder with -o, or pass --force to overwrite."
            )
    written = []
    for p, text in targets:
        write_atomic(p, text)
        written.append(p)
    return written


__all__ = ["Walkthrough", "default_spec_path", "load_spec", "parse_spec", "walkthrough", "write_all", "write_atomic"]
