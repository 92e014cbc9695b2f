"""The public pipeline: spec -> trace -> verify -> render -> files.

Data flows one way. ``render_documents`` refuses to return a document that fails
verification, so nothing unverified is ever written.
"""

from __future__ import annotations

import decimal
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .certify import Result, verify_trace
from .engine.network import Saturated
from .engine.trace import Trace, build_trace
from .errors import NnwalkError, SpecError, VerificationError
from .render.document import FORMATS, add_certificate, render_body, render_json, view_model
from .render.files import check_targets, may_overwrite, write_atomic, write_recorded
from .render.html import KATEX_DIR, katex_assets, render_page
from .render.pdf import build_pdf
from .render.plot import loss_plot_svg, trace_loss_points
from .spec.load import Spec, load_spec, parse_spec, validate

EXTENSIONS = {
    "md": ".md",
    "tex": ".tex",
    "json": ".json",
    "pdf": ".pdf",
    "html": ".html",
    "student.md": ".student.md",
    "student.tex": ".student.tex",
    "student.pdf": ".student.pdf",
    "student.html": ".student.html",
}
#: What ``--format`` accepts: the rendered formats, PDF (compiled from the LaTeX, which is kept beside it)
#: and HTML (the Markdown as a page, with KaTeX written into katex/ beside it).
OUTPUT_FORMATS = (*FORMATS, "pdf", "html")
#: Suffix of the loss-per-step plot written beside a document that covers several training steps.
PLOT_SUFFIX = ".loss.svg"


@dataclass
class Walkthrough:
    """A verified walkthrough: its trace, verification result and rendered texts."""

    spec: Spec
    trace: Trace
    result: Result
    documents: dict[str, str | bytes]  # PDF as bytes, every other format as text
    #: Files beside the documents, by path relative to the output folder: the loss plot
    #: (``{stem}.loss.svg``, for md and html when there are several steps) and KaTeX (``katex/...``, for html).
    extras: dict[str, str | bytes] = field(default_factory=dict)
    #: The file stem the HTML page's links (the plot) were made for.
    stem: str = "walkthrough"
    _markdown: str | None = field(default=None, repr=False)  # the Markdown the HTML page was made from

    def _repr_markdown_(self) -> str:  # Jupyter shows the walkthrough itself
        return self.documents.get("md", "")

    def files(self, stem: str) -> list[tuple[str, str | bytes]]:
        """Every file to write for this walkthrough under ``stem``, as (path relative to the output folder, content).

        The HTML page links its plot by file name, so a page asked for under another stem than
        the one it was made for is made again for that stem.
        """
        docs = dict(self.documents)
        extras = dict(self.extras)
        if stem != self.stem:
            old_plot = f"{self.stem}{PLOT_SUFFIX}"
            plot = extras.pop(old_plot, None)
            if plot is not None:
                extras[f"{stem}{PLOT_SUFFIX}"] = plot
                if "md" in docs:  # the Markdown's image link follows the plot's new name
                    docs["md"] = str(docs["md"]).replace(f"]({old_plot})", f"]({stem}{PLOT_SUFFIX})")
            if "html" in docs and self._markdown is not None:
                docs["html"] = render_page(self._markdown, self.spec.title, f"{stem}{PLOT_SUFFIX}" if plot is not None else None)
        out: list[tuple[str, str | bytes]] = [(f"{stem}{EXTENSIONS[fmt]}", text) for fmt, text in docs.items()]
        return out + sorted(extras.items())


def default_spec_path() -> Path:
    """The bundled example (inside the package when installed, specs/ in the source tree)."""
    here = Path(__file__).resolve().parent
    for cand in (here / "specs" / "example.yaml", here.parent / "specs" / "example.yaml"):
        if cand.is_file():
            return cand
    raise NnwalkError("the default example spec is missing (broken installation)")


def check_template_dir(templates: str | Path | None) -> str | None:
    """The user template folder as a string, after checking it holds ``markdown/`` or ``latex/`` templates."""
    if templates is None:
        return None
    root = Path(templates)
    if not root.is_dir():
        raise SpecError(f"--templates {root}: no such folder.")
    if not any((root / sub).is_dir() for sub in ("markdown", "latex")):
        raise SpecError(
            f"--templates {root}: expected a folder with markdown/ and/or latex/ inside, holding templates named "
            "like the built-in ones (document.md.j2, forward.md.j2, document.tex.j2, ...); found neither."
        )
    return str(root.resolve())


def _check_user_documents(spec: Spec, bodies: dict[str, str], tdir: str) -> None:
    """Documents from a user's templates also get ``verify``'s level 2: every named value against the network.

    The built-in templates are known to print each value beside its name; a user's template
    might print a value where the trace's own checks do not look (plain text, a new table), so
    the independent reader checks what was actually printed.
    """
    from .verify.run import verify_text  # the document reader (level 2): only for a user's templates and students'

    for fmt, text in bodies.items():
        try:
            rep = verify_text(text, f"<{fmt}>", fmt, spec, 2)
        except SpecError:
            continue  # no checkable math at all: the trace's own checks below still apply
        if rep.errors:
            wrong = [f for f in rep.to_json()["findings"] if f["class"] != "rounding"]
            first = wrong[0] if wrong else {}
            raise VerificationError(
                f"--templates {tdir}: the {fmt} document from your templates prints a wrong number "
                f"(line {first.get('line')}: {first.get('printed')}, should be {first.get('expected')}; "
                f"{rep.errors} in all), so nothing was written."
            )


def walkthrough(
    spec: Spec | dict[str, Any], formats: tuple[str, ...] = FORMATS, templates: str | Path | None = None, student: bool = False
) -> Walkthrough:
    """Build, verify and render ``spec``; raise :class:`VerificationError` on any failed check.

    ``spec`` is a loaded :class:`Spec` or the spec as a mapping (what the YAML file holds),
    validated here with the same errors as a file.

    ``templates``: a folder whose ``markdown/`` and ``latex/`` templates replace the built-in ones
    of the same name (rendered in Jinja's sandbox). The documents they produce are checked like
    the built-in ones, so a template that prints a number wrongly is refused, not written.
    ``student``: also make the student versions (``student.tex`` always; ``student.md``,
    ``student.pdf``, ``student.html`` for the formats asked for): the same walkthrough with
    every computed number left as an answer line.
    """
    if isinstance(spec, dict):
        spec = validate(spec)
    tdir = check_template_dir(templates)
    try:
        tr = build_trace(spec)
    except (decimal.DecimalException, OverflowError) as exc:
        raise SpecError(
            f"{spec.source}: the values of this network grow too large to print in a worked example "
            f"({type(exc).__name__}); use smaller weights and inputs."
        ) from None
    vm = view_model(tr)
    stem = Path(spec.source).stem if spec.source and not spec.source.startswith("<") else "walkthrough"
    if vm.get("loss_points") and ("md" in formats or "html" in formats):
        vm["plot_file"] = f"{stem}{PLOT_SUFFIX}"  # the Markdown links the SVG written beside it
    bodies = {"md": render_body("md", vm, tdir), "tex": render_body("tex", vm, tdir)}
    try:
        result = verify_trace(tr, bodies)
    except Saturated as exc:  # a probability the loss takes the log of is 0 or 1 in float64
        raise SpecError(f"{spec.source}: {exc}.") from None
    if tdir is not None:
        _check_user_documents(spec, bodies, tdir)
    if not result.ok:
        first = result.problems[0]
        more = f" ({len(result.problems) - 1} more problems)" if len(result.problems) > 1 else ""
        raise VerificationError(
            f"{spec.source}: the generated walkthrough failed verification, so nothing was written: "
            f"{first.message}{more}. This is a bug in nnwalk; please report it with the spec."
        )
    docs: dict[str, str | bytes] = {}
    extras: dict[str, str | bytes] = {}
    wanted = [*formats, "tex"] if "pdf" in formats and "tex" not in formats else list(formats)  # the PDF keeps its .tex
    for fmt in wanted:
        if fmt in ("md", "tex"):
            docs[fmt] = add_certificate(fmt, bodies[fmt], vm, result.certificate, tdir)
        elif fmt == "json":
            docs["json"] = render_json(tr, result.certificate)
    if "pdf" in formats:
        docs["pdf"], _log = build_pdf(str(docs["tex"]), stem)
    if student:
        docs.update(_student_documents(spec, vm, result, formats, tdir, stem))
    markdown = None
    plot_name = None
    if ("md" in formats or "html" in formats) and (points := trace_loss_points(tr)):
        plot_name = f"{stem}{PLOT_SUFFIX}"
        extras[plot_name] = loss_plot_svg(
            points,
            "Loss per training step",
            "training step (loss before the step; last: after the last step)",
            subtitle=spec.title,
        )
    if "html" in formats:  # the page is the Markdown with its certificate, converted; it is not written as .md unless asked
        markdown = str(docs["md"]) if "md" in docs else add_certificate("md", bodies["md"], vm, result.certificate, tdir)
        docs["html"] = render_page(markdown, spec.title, plot_name)
        extras.update(katex_assets())
    return Walkthrough(spec, tr, result, docs, extras, stem, markdown)


def _student_documents(
    spec: Spec, vm: dict, result: Result, formats: tuple[str, ...], tdir: str | None, stem: str
) -> dict[str, str | bytes]:
    """The student versions (LaTeX always, and Markdown/PDF/HTML when those formats are asked for).

    They print only given values, so ``verify``'s level 2 must find nothing wrong in them: a
    computed number that leaked through unblanked would still have to be right.
    """
    if vm.get("matrix_form"):
        raise SpecError(
            f"{spec.source}: --student makes the student version of the walkthrough weight by weight; this spec "
            "renders in matrix form (presentation.form: matrix), which has no student version yet."
        )
    svm = dict(vm, student=True)
    kinds = ["tex"] + (["md"] if {"md", "html"} & set(formats) else [])
    texts = {k: add_certificate(k, render_body(k, svm, tdir), svm, result.certificate, tdir) for k in kinds}
    from .verify.run import verify_text

    for kind, text in texts.items():
        try:
            rep = verify_text(text, f"{stem}.student.{kind}", kind, spec, 2)
        except SpecError:  # nothing numeric left to check at all: nothing can be wrong either
            continue
        if rep.errors:
            raise VerificationError(f"{spec.source}: the student version prints a wrong number; nothing was written.")
    out: dict[str, str | bytes] = {"student.tex": texts["tex"]}
    if "md" in formats:
        out["student.md"] = texts["md"]
    if "pdf" in formats:
        out["student.pdf"], _log = build_pdf(texts["tex"], f"{stem}.student")
    if "html" in formats:
        out["student.html"] = render_page(texts["md"], f"{spec.title} (student version)", None)
    return out


def write_all(walks: list[tuple[str, Walkthrough]], out_dir: Path, force: bool = False) -> list[Path]:
    """Write every document only after every spec has been built and verified.

    Files nnwalk did not write, or wrote and someone changed since (see :mod:`.render.files`),
    are never overwritten unless ``force``: the check runs for every target before the first
    write, so a refusal leaves the folder untouched.
    Returns the paths written, with KaTeX's many files (``katex/``) as that one folder.
    """
    planned: dict[str, str | bytes] = {}
    for stem, w in walks:
        for rel, text in w.files(stem):
            planned.setdefault(rel, text)  # katex/ is shared by every page in the folder
    if not force:
        check_targets(out_dir, planned)
    written: list[Path] = []
    for p in write_recorded(out_dir, planned):
        shown = out_dir / KATEX_DIR if p.is_relative_to(out_dir / KATEX_DIR) else p  # KaTeX's files: its folder, once
        if shown not in written:
            written.append(shown)
    return written


__all__ = [
    "Walkthrough",
    "default_spec_path",
    "load_spec",
    "may_overwrite",
    "parse_spec",
    "walkthrough",
    "write_all",
    "write_atomic",
]


def variants(spec_path: str | Path, count: int, seed: int, formats: tuple[str, ...] = ("md", "json")) -> dict[str, Any]:
    """``nnwalk variants`` in memory: file name -> content of every variant's sheet and verified key (and the class files)."""
    from .exam.run import generate

    return generate(spec_path, count, seed, tuple(formats))[1]


def grade(keydir: str | Path, answers: str | Path, rounding_credit: str | float = 1) -> dict[str, str]:
    """``nnwalk grade`` in memory: file name (relative to OUT) -> content of grades.csv, diagnoses.csv,
    every student's feedback page, summary.md and mistakes.svg. A bad answers file raises SpecError
    naming its line and column, as the command exits 2."""
    from .exam.grade import grade as judge_class
    from .exam.grade import load_key, parse_credit, read_answers
    from .exam.gradereport import grade_files

    credit = parse_credit(str(rounding_credit))
    key = load_key(keydir)
    return grade_files(key, judge_class(key, read_answers(answers, key), credit), credit)


def verify(document: str | Path, spec: Spec | str | Path | dict[str, Any] | None = None, level: int = 2) -> Any:
    """``nnwalk verify`` on a file (Markdown, LaTeX, text, notebook, PDF, HTML) or an http(s) address.

    ``spec``: the network to check named values against (a Spec, a spec file, or a mapping); without it
    level 2 reads the network from the document. Returns the report (``.report.errors``, ``.level2``).
    """
    from .verify.run import verify_document

    if isinstance(spec, dict):
        spec = validate(spec)
    elif isinstance(spec, (str, Path)):
        spec = load_spec(spec)
    return verify_document(document, spec=spec, level=level)


def new_spec(layers: list[int], activations: list[str] | None = None, loss: str | None = None, seed: int = 1) -> str:
    """``nnwalk new``: the commented starter spec, its numbers drawn again until no neuron is degenerate
    (no dead ReLU, saturated sigmoid or tanh, or neuron without gradient; see
    :func:`generator.engine.network.degeneracy`)."""
    from .engine.network import degeneracy
    from .spec.starter import starter_spec

    return starter_spec(layers, activations, loss, seed, check=degeneracy)
