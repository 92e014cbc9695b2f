"""Command line: parse arguments, call the API, map errors to exit codes.

Exit codes: 0 success, 1 a generated document failed verification (or an internal
error), 2 bad input (spec or arguments). Errors are one paragraph on stderr, never a
traceback for a user mistake.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import NnwalkError, SpecError
from .render.files import may_overwrite, refusal, write_atomic, write_recorded
from .spec.load import load_spec

if TYPE_CHECKING:
    from .verify.run import DocumentReport


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"nnwalk: {message}. Run 'nnwalk --help' for usage.\n")
        raise SystemExit(2)


def _formats(value: str) -> tuple[str, ...]:
    from .api import OUTPUT_FORMATS  # the walkthrough builder, imported only by the commands that build one

    fmts = tuple(f.strip() for f in value.split(",") if f.strip())
    for f in fmts:
        if f not in OUTPUT_FORMATS:
            raise SpecError(f"--format: unknown format '{f}'; expected a comma-separated list of {', '.join(OUTPUT_FORMATS)}.")
    if not fmts:
        raise SpecError("--format: give at least one format.")
    return tuple(dict.fromkeys(fmts))


def _version() -> str:
    """The installed package's version (the package metadata: cli may not import the package above it)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("nnwalk")
    except PackageNotFoundError:
        return "(not installed)"


#: ``nnwalk verify --help``: every kind of input the reader takes (``verify/run.py``'s dispatch), so a
#: lecturer learns from the help alone that a PDF, a notebook or an address will do.
VERIFY_DESCRIPTION = """\
Recompute every numeric equation of a backpropagation walkthrough, and with a network (--spec, or
the one the document prints) every named value, and report each wrong number with its line.

Input formats (chosen by the file's name and content, or by --input-format):
  Markdown       .md, .markdown: $...$, $$...$$, ```math blocks, tables, equations drawn
                 by LaTeX image services (codecogs and others: the alt text)
  LaTeX          .tex: inline and display math, align/aligned, tables
  plain text     .txt or any other name: a4 = 1 / (1 + exp(-0.7)) = 0.332
  HTML           .html, .htm, .xhtml, a saved web page: KaTeX and MathJax math read as TeX,
                 <pre> blocks and table rows; line numbers are the page's own
  Jupyter        .ipynb: Markdown cells, code cells (run by a closed interpreter, never eval)
                 and their printed outputs; findings give the cell and its line
  PDF            .pdf: the text layer of each page (a scanned PDF without text is refused);
                 findings give the page and its line
  URL            http:// or https:// address: fetched (size, time and redirects limited),
                 then read as the kind of file it is
"""


#: ``nnwalk grade --help``: the answers file and what each output holds.
GRADE_DESCRIPTION = """\
Mark a class's answers against the key of a `nnwalk variants` run (its manifest), diagnose each
wrong answer by the catalogued mistake that gives its value, and write:
  OUT/grades.csv        student,variant,<question id>...,total (points)
  OUT/diagnoses.csv     student,variant,question,answer,verdict,mistake (one row per answer)
  OUT/feedback/NAME.md  per student: each answer not right, the mistake's explanation, and the
                        line of the variant's key (STEM_vNNN_key.md) that computes the right value
  OUT/summary.md        per-question success rates and a bar chart of mistakes (OUT/mistakes.svg)

ANSWERS.csv: a header student,variant,q1,q2,... then one row per student; comma, semicolon or tab
separated, UTF-8. A variant is its number (7, 007, v7) or its code; an answer takes a point or a
comma as decimal separator (0.37463, 0,37463, 7.7e-5); an empty cell is not answered.
Verdicts: correct (within the key's tolerance), rounding (the right value rounded to other places
or the other way), wrong (with the mistake's id when a catalogued mistake gives that value), blank.
"""


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="nnwalk", description="Verified worked solutions of backpropagation.")
    p.add_argument("--version", action="version", version=f"nnwalk {_version()}")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)
    r = sub.add_parser("render", help="render one or more specs (default: the bundled example)")
    r.add_argument("specs", nargs="*", metavar="SPEC", help="YAML spec files")
    r.add_argument("-o", "--output", default="output", metavar="DIR", help="output folder (default: output)")
    r.add_argument(
        "--format",
        default="md,tex,json",
        help="comma-separated formats: md, tex, json, pdf (the .tex is kept beside the PDF), "
        "html (one page per spec, KaTeX in katex/ beside it)",
    )
    r.add_argument("--digits", type=int, default=None, metavar="N", help="override presentation.rounding.digits")
    r.add_argument("--notation", default=None, metavar="NAME", help="override presentation.notation")
    r.add_argument("--force", action="store_true", help="overwrite output files that nnwalk did not write, or that were edited")
    r.add_argument(
        "--student",
        action="store_true",
        help="also write STEM.student.tex (and .student.md/.pdf/.html for those formats): every computed number left blank",
    )
    r.add_argument(
        "--templates",
        default=None,
        metavar="DIR",
        help="your own templates: DIR/markdown/*.md.j2 and DIR/latex/*.tex.j2 replace the built-in ones of the same name "
        "(rendered in Jinja's sandbox; the result is verified like the built-in documents)",
    )
    v = sub.add_parser(
        "verify",
        help="recompute every number of a walkthrough: Markdown, LaTeX, text, web page, notebook, PDF or http(s) address",
        description=VERIFY_DESCRIPTION,
        epilog="Exit codes: 0 nothing wrong, 1 wrong numbers found (rounding findings never count), 2 unusable input.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    v.add_argument(
        "documents",
        nargs="+",
        metavar="FILE",
        help="files or addresses to check, of any of the kinds listed above (several at once: one report each)",
    )
    v.add_argument("--format", default="text", choices=["text", "json"], help="report format (default: text)")
    v.add_argument(
        "--input-format",
        default="auto",
        choices=["auto", "md", "tex", "text", "html", "ipynb", "pdf"],
        help="how to read the files (auto: by name and content; html: a saved web page, KaTeX/MathJax math read as TeX; "
        "ipynb: a Jupyter notebook, Markdown cells, code and printed outputs; pdf: the text layer of a PDF)",
    )
    v.add_argument(
        "--spec",
        default=None,
        metavar="SPEC",
        help="level 2: compare the document's named values (z, a, delta, gradients, new weights) with this network "
        "(default: the network the document prints, when it prints all of it)",
    )
    v.add_argument(
        "--annotate", default=None, metavar="OUT", help="write a copy of the document with a marker after each wrong number"
    )
    v.add_argument("--force", action="store_true", help="let --annotate overwrite a file nnwalk did not write")
    v.add_argument(
        "--roots",
        action="store_true",
        help="list only the first errors (not the values that follow from them), each with how many later values depend on it",
    )
    v.add_argument(
        "--level", type=int, default=2, choices=[1, 2], help="1: arithmetic only; 2: also against the network (default)"
    )
    nw = sub.add_parser("new", help="write a commented starter spec that renders as written")
    nw.add_argument("file", metavar="FILE", help="where to write it ('-' for standard output)")
    nw.add_argument("--layers", default="2,2,2", metavar="N,N,...", help="neuron counts, inputs first (default 2,2,2)")
    nw.add_argument(
        "--activations",
        default=None,
        metavar="NAME[,NAME...]",
        help="one per layer after the inputs, or one for all (default sigmoid; softmax goes to the output only)",
    )
    nw.add_argument(
        "--loss",
        default=None,
        metavar="NAME",
        help="default: cross_entropy after softmax, bce for one sigmoid output, else half_sse",
    )
    nw.add_argument("--seed", type=int, default=1, metavar="S", help="seed of the drawn numbers (same seed, same file)")
    nw.add_argument("--force", action="store_true", help="overwrite FILE even if nnwalk did not write it")
    sub.add_parser(
        "schema",
        help="print a JSON Schema of the spec, for editors with a YAML language server (nnwalk schema > nnwalk.schema.json)",
    )
    va = sub.add_parser(
        "variants", help="exam variants: new numbers per student, question sheets, verified answer keys, booklets, LMS export"
    )
    va.add_argument("spec", metavar="SPEC", help="YAML spec with variants: (and exam:) blocks")
    va.add_argument("--count", type=int, default=None, metavar="N", help="how many variants (numbered 1..N)")
    va.add_argument(
        "--seed", type=int, default=1, metavar="S", help="seed; the same seed gives the same variants forever (default 1)"
    )
    va.add_argument("-o", "--output", default="variants", metavar="DIR", help="output folder (default: variants)")
    va.add_argument(
        "--format",
        default="md,tex,json",
        help="comma-separated: md, tex, json, pdf (the two class booklets), html (pages and booklets, KaTeX beside them), moodle, qti, canvas (default: md,tex,json)",
    )
    va.add_argument("--only", type=int, default=None, metavar="K", help="rebuild variant K only (same bytes as in the full run)")
    va.add_argument(
        "--report", action="store_true", help="print the variant quality report (answer ranges, rejections, shared patterns)"
    )
    va.add_argument("--jobs", type=int, default=None, metavar="J", help="worker processes (default: all cores; 1 = no workers)")
    va.add_argument("--force", action="store_true", help="overwrite output files that nnwalk did not write")
    gr = sub.add_parser(
        "grade",
        help="mark a class's answers against a variants key: points, diagnosed mistakes, feedback per student, summary",
        description=GRADE_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    gr.add_argument("keydir", metavar="KEYDIR", help="the folder `nnwalk variants -o DIR` wrote (or its STEM_manifest.json)")
    gr.add_argument("answers", metavar="ANSWERS.csv", help="columns student,variant,q1,q2,... (the manifest's question ids)")
    gr.add_argument("-o", "--output", default="grades", metavar="OUT", help="output folder (default: grades)")
    gr.add_argument(
        "--rounding-credit",
        default="1",
        metavar="F",
        help="share of a question's points a 'rounding' answer gets, from 0 to 1 (default 1: full points)",
    )
    gr.add_argument("--force", action="store_true", help="overwrite output files that nnwalk did not write")
    return p


def _terminate(signum: int, frame: object) -> None:
    """SIGTERM behaves like Ctrl-C: temporary files are removed, complete files stay."""
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    if threading.current_thread() is not threading.main_thread():
        return _main(argv)
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        return _main(argv)
    finally:
        signal.signal(signal.SIGTERM, previous)


def _main(argv: list[str] | None) -> int:
    try:
        # inside the try: SIGTERM (turned into KeyboardInterrupt) can arrive while the parser is built
        args = build_parser().parse_args(argv)
        if args.command is None:
            build_parser().print_help()
            return 2
        if args.command == "verify":
            return _verify(args)
        if args.command == "variants":
            return _variants(args)
        if args.command == "grade":
            return _grade(args)
        if args.command == "schema":
            return _schema()
        if args.command == "new":
            return _new(args)
        return _render(args)
    except NnwalkError as exc:
        sys.stderr.write(f"nnwalk: {exc.message}\n")
        return exc.exit_code
    except BrokenPipeError:  # `nnwalk verify … | head`: the reader left; not an error of ours
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        sys.stderr.write("nnwalk: interrupted; no partial files were left.\n")
        return 130
    except RuntimeError as exc:
        # a SIGTERM (a KeyboardInterrupt) that lands while a module defines its classes comes out wrapped:
        # "Error calling __set_name__ …" with the interrupt as its cause. It is the same interruption.
        if not _interrupted(exc):
            raise
        sys.stderr.write("nnwalk: interrupted; no partial files were left.\n")
        return 130


def _interrupted(exc: BaseException) -> bool:
    """Whether a KeyboardInterrupt stands somewhere in ``exc``'s chain of causes."""
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        if isinstance(cur, KeyboardInterrupt):
            return True
        seen.add(id(cur))
        cur = cur.__cause__ or cur.__context__
    return False


def _render(args: argparse.Namespace) -> int:
    from .api import default_spec_path, walkthrough, write_all  # not imported by `nnwalk verify` (a faster start)

    fmts = _formats(args.format)
    paths = [Path(s) for s in args.specs] or [default_spec_path()]
    stems = [p.stem for p in paths]
    if dup := next((x for x in stems if stems.count(x) > 1), None):
        raise SpecError(f"two specs are named '{dup}'; their documents would overwrite each other in one output folder.")
    walks = []
    for path in paths:
        spec = load_spec(path).with_overrides(digits=args.digits, notation=args.notation)
        walks.append((path.stem, walkthrough(spec, fmts, args.templates, student=args.student)))
    out = Path(args.output)
    if out.exists() and not out.is_dir():
        raise SpecError(f"-o {out}: exists and is not a folder.")
    try:
        written = write_all(walks, out, force=args.force)
    except OSError as exc:
        raise NnwalkError(f"-o {out}: cannot write the documents there ({exc.strerror or exc}).") from None
    for p in written:
        print(p)
    for stem, w in walks:
        c = w.result.certificate
        sys.stderr.write(f"{stem}: verified {c.passed}/{c.checked} checks\n")
    return 0


def _new(args: argparse.Namespace) -> int:
    """Write the starter spec; never over someone's file (a file without the starter's mark) unless --force."""
    from .api import new_spec
    from .spec.load import ACTIVATIONS, LOSSES

    try:
        layers = [int(x) for x in args.layers.split(",") if x.strip()]
    except ValueError:
        raise SpecError(f"--layers: expected whole numbers separated by commas, like 2,3,1; got '{args.layers}'.") from None
    acts = [a.strip() for a in args.activations.split(",")] if args.activations else None
    for a in acts or []:
        if a not in ACTIVATIONS:
            raise SpecError(f"--activations: unknown activation '{a}'; expected one of {', '.join(ACTIVATIONS)}.")
    if args.loss is not None and args.loss not in LOSSES:
        raise SpecError(f"--loss: unknown loss '{args.loss}'; expected one of {', '.join(LOSSES)}.")
    text = new_spec(layers, acts, args.loss, args.seed)
    if args.file == "-":
        sys.stdout.write(text)
        return 0
    out = Path(args.file)
    if out.is_dir():
        raise SpecError(f"{out}: is a folder; give the name of the spec file to write.")
    if out.exists() and not args.force and not may_overwrite(out, out.name, text, out.parent):
        raise SpecError(refusal(out.parent, [(out, out.name)]))
    try:
        write_recorded(out.parent, {out.name: text})
    except OSError as exc:
        raise NnwalkError(f"{out}: cannot write there ({exc.strerror or exc}).") from None
    print(out)
    sys.stderr.write(f"Starter spec written; render it with: nnwalk render {out}\n")
    return 0


def _schema() -> int:
    """Print the spec's JSON Schema (built from the validator's own constants, so it matches this version)."""
    from .spec.schema import schema_json

    sys.stdout.write(schema_json())
    return 0


def _variants(args: argparse.Namespace) -> int:
    from .exam.run import generate, parse_formats, write_files

    fmts = parse_formats(args.format)
    if args.jobs is not None and args.jobs < 1:
        raise SpecError(f"--jobs: expected a whole number of at least 1, got {args.jobs}.")
    if args.report and args.only is not None:
        raise SpecError("--report describes a whole set of variants; run it without --only.")
    t, files, report = generate(args.spec, args.count, args.seed, fmts, args.only, args.jobs, progress=True)
    written, removed, kept = write_files(files, Path(args.output), args.force, None if args.only is not None else t.stem)
    if args.report:  # the report first: the file list is long, and every file is in the manifest too
        sys.stdout.write(report)
    for p in written:
        print(p)
    tail = ""
    if removed:
        tail += f" {len(removed)} files of an earlier run with more variants removed."
    if kept:
        tail += f" Kept {len(kept)} stale variant files someone changed (e.g. {kept[0]}); delete them if they are not needed."
    sys.stderr.write(f"{len(written)} files written; every answer key verified.{tail}\n")
    return 0


def _grade(args: argparse.Namespace) -> int:
    """Read and check everything first (a bad answers file writes nothing), then write all files."""
    from .exam.grade import grade, load_key, parse_credit, read_answers
    from .exam.gradereport import grade_files, write_grades

    credit = parse_credit(args.rounding_credit)
    key = load_key(args.keydir)
    subs = read_answers(args.answers, key)
    graded = grade(key, subs, credit)
    written, removed = write_grades(grade_files(key, graded, credit), Path(args.output), args.force)
    for p in written:
        print(p)
    tail = f" {len(removed)} feedback pages of students no longer in the answers removed." if removed else ""
    who = "1 student" if len(subs) == 1 else f"{len(subs)} students"
    sys.stderr.write(f"{who} graded against {key.stem} (seed {key.seed}); {len(written)} files written.{tail}\n")
    return 0


def _head(path: Path) -> str:
    with path.open("rb") as fh:
        return fh.read(2000).decode("utf-8", errors="replace")


def _write_annotated(report: DocumentReport, out: Path, force: bool) -> None:
    """The annotated copy: never over the document itself, never over someone's file without --force."""
    from .verify.run import MARK

    src = Path(report.path)
    if out.exists() and src.exists() and out.resolve() == src.resolve():
        raise SpecError(f"--annotate {out}: that is the document being checked; choose another file name.")
    if out.is_dir():
        raise SpecError(f"--annotate {out}: is a folder; give a file name.")
    if report.source_format == "pdf":
        raise SpecError(
            f"--annotate {out}: {src.name} is a PDF; an annotated copy is written for Markdown, LaTeX, text, web pages and "
            "notebooks only; run verify without --annotate to get each wrong number with its page and line."
        )
    if out.exists() and not out.is_file():  # /dev/stdout, a pipe: stream into it, there is nothing to protect
        try:
            with out.open("w", encoding="utf-8") as fh:
                fh.write(report.annotated())
        except OSError as exc:
            raise NnwalkError(f"--annotate {out}: cannot write there ({exc.strerror or exc}).") from None
        return
    if out.exists() and not force and MARK not in _head(out):
        raise SpecError(f"--annotate {out}: exists and was not written by nnwalk; pass --force to overwrite it.")
    try:
        write_atomic(out, report.annotated())
    except OSError as exc:
        raise NnwalkError(f"--annotate {out}: cannot write there ({exc.strerror or exc}).") from None


def _verify(args: argparse.Namespace) -> int:
    from .verify.run import dumps, verify_document  # the document reader: only this command needs it

    spec = load_spec(args.spec) if args.spec else None
    if args.annotate and len(args.documents) != 1:
        raise SpecError("--annotate writes the copy of one document; give exactly one FILE with it.")
    reports, unusable = [], []
    for d in args.documents:
        try:
            reports.append(verify_document(d, args.input_format, spec, args.level))
        except SpecError as exc:
            if len(args.documents) == 1:
                raise
            unusable.append(exc.message)  # one unreadable file must not hide the report on the others
    for message in unusable:
        sys.stderr.write(f"nnwalk: {message}\n")
    if args.annotate:
        _write_annotated(reports[0], Path(args.annotate), args.force)
    if reports and args.format == "json":
        sys.stdout.write(dumps(reports, args.roots))
    elif reports:
        print("\n".join(r.to_text(args.roots) for r in reports))
    if unusable:
        return 2
    return 1 if any(r.errors for r in reports) else 0
