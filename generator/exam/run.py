"""``nnwalk variants``: draw, build and verify every variant, then write all files or none.

Variants are built in worker processes (all cores by default) and collected in variant order,
so the files are the same bytes whatever the number of workers. Every file is produced in
memory first; nothing is written unless every variant verified and no target belongs to
someone else.
"""

from __future__ import annotations

import csv
import gc
import io
import os
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..errors import NnwalkError, SpecError
from ..render.files import write_run
from ..render.jsonfmt import dumps_indented
from ..spec import rng
from ..spec.variants import Template, load_template, parse_template
from .draw import REASONS, Drawn, iter_variants
from .variant import MARK, Built, build_variant, short_of_options

VARIANT_FORMATS = ("md", "tex", "json", "pdf", "html", "moodle", "qti", "canvas")
DEFAULT_FORMATS = "md,tex,json"

_WORKER: dict[str, Any] = {}


def parse_formats(value: str) -> tuple[str, ...]:
    fmts = tuple(dict.fromkeys(f.strip() for f in value.split(",") if f.strip()))
    if not fmts:
        raise SpecError("--format: give at least one format.")
    for f in fmts:
        if f not in VARIANT_FORMATS:
            raise SpecError(f"--format: unknown format '{f}'; expected a comma-separated list of {', '.join(VARIANT_FORMATS)}.")
    return fmts


def _init_worker(text: str, source: str) -> None:
    _WORKER["t"] = parse_template(text, source)
    _WORKER["gc"] = True
    gc.freeze()  # what the worker inherited and loaded (SymPy, templates) is never garbage: not scanned again
    gc.disable()


def _build_in_worker(args: tuple[Drawn, tuple[str, ...]]) -> Built | NnwalkError:
    d, formats = args
    try:
        return build_variant(_WORKER["t"], d, formats)
    except NnwalkError as exc:  # sent back whole: the parent reports the first failure
        return exc
    finally:
        if _WORKER.get("gc"):
            # One variant makes some 10^5 short-lived objects; reference counting frees them (the
            # built-in templates' macro imports, the one source of cycles, no longer make any:
            # render.document._BuiltinTemplate). The collector stays off during a variant (it would
            # walk every object that lives on) and runs here, between variants, for any cycle a
            # user's templates leave: with none, it only walks the few objects the memos kept.
            gc.collect(1)


class _Progress:
    """A one-line progress counter on stderr, only when stderr is a terminal."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total, self.done, self.enabled = total, 0, enabled and sys.stderr.isatty()

    def step(self) -> None:
        self.done += 1
        if self.enabled:
            width = 30
            filled = width * self.done // self.total
            sys.stderr.write(f"\rnnwalk: [{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} variants")
            if self.done == self.total:
                sys.stderr.write("\n")
            sys.stderr.flush()


def build_all(
    t: Template,
    drawn: Iterable[Drawn],
    formats: tuple[str, ...],
    jobs: int,
    progress: bool = False,
    count: int | None = None,
) -> list[Built]:
    """Build and verify the variants, in parallel when ``jobs`` > 1; results in variant order.

    ``drawn`` may be a generator (``count`` says how many it yields): the workers then build the
    first variants while the parent draws the next ones. Chunks are small (at most 4 variants), so
    that at the end one worker does not build a long last chunk while the other has nothing left.
    """
    total = len(drawn) if count is None else count  # type: ignore[arg-type]
    bar = _Progress(total, progress)
    results: list[Built | NnwalkError] = []
    tasks = ((d, formats) for d in drawn)
    if jobs <= 1 or total < 4:
        _WORKER["t"] = t
        was_enabled = gc.isenabled()
        gc.freeze()
        gc.disable()
        _WORKER["gc"] = True
        try:
            for task in tasks:
                results.append(_build_in_worker(task))
                bar.step()
        finally:
            _WORKER["gc"] = False
            gc.unfreeze()
            if was_enabled:
                gc.enable()
    else:
        chunk = max(1, min(4, total // (jobs * 8)))
        pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(t.text, t.source))
        try:
            for r in pool.map(_build_in_worker, tasks, chunksize=chunk):  # submits each chunk as soon as it is drawn
                results.append(r)
                bar.step()
        except BaseException:  # a draw that fails (or Ctrl-C): no variant queued after it is built
            pool.shutdown(wait=True, cancel_futures=True)
            raise
        pool.shutdown(wait=True)
    for r in results:
        if isinstance(r, NnwalkError):
            raise r
    return results  # type: ignore[return-value]


def _recorded(items: Iterable[Drawn], into: list[Drawn]) -> Iterator[Drawn]:
    """Yield each item after appending it to ``into``."""
    for d in items:
        into.append(d)
        yield d


# ---------------------------------------------------------------- shared files


def manifest(t: Template, seed: int, drawn: list[Drawn], built: list[Built]) -> tuple[str, str]:
    """The manifest as JSON and CSV: variant id, seed, code, drawn numbers, answers with tolerances."""
    rejected = Counter()
    for d in drawn:
        rejected.update(d.rejected)
    data = {
        "generator": MARK,
        "rng": rng.VERSION,
        "spec": Path(t.source).name,
        "spec_fingerprint": t.fingerprint,
        "seed": seed,
        "count": len(drawn),
        "questions": [{"id": q.id, "ask": q.ask, "points": q.points, "step": q.step} for q in t.exam.questions],
        "rejected_draws": {r: rejected[r] for r in REASONS if rejected[r]},
        "variants": [
            {
                "variant": d.variant,
                "seed": seed,
                "code": b.code,
                "attempt": d.attempt,
                "numbers": d.numbers,
                "answers": {
                    a["id"]: {
                        k: a[k]
                        for k in ("answer", "tolerance", "low", "high", "mistakes", "type", "correct", "options")
                        if k in a
                    }
                    for a in b.answers
                },
            }
            for d, b in zip(drawn, built)
        ],
    }
    js = dumps_indented(data) + "\n"
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    paths = list(drawn[0].numbers) if drawn else []
    qids = [q.id for q in t.exam.questions]
    w.writerow(["variant", "seed", "code", *paths, *qids, *(f"{q}_tolerance" for q in qids)])
    for d, b in zip(drawn, built):
        ans = {a["id"]: a for a in b.answers}
        w.writerow(
            [
                d.variant,
                seed,
                b.code,
                *(d.numbers[p] for p in paths),
                *(ans[q]["answer"] for q in qids),
                *(ans[q]["tolerance"] for q in qids),
            ]
        )
    return js, buf.getvalue()


def report(t: Template, seed: int, drawn: list[Drawn], built: list[Built]) -> str:
    """What R/exams' stresstest shows: answer ranges, rejections per constraint, shared answer patterns."""
    n = len(built)
    lines = [f"Variant report: {Path(t.source).name}, seed {seed}, {_variants_word(n)}"]
    rejected = Counter()
    for d in drawn:
        rejected.update(d.rejected)
    total_draws = sum(d.attempt + 1 for d in drawn)
    lines.append(f"draws: {total_draws} ({total_draws - n} rejected, at most {t.max_draws} allowed per variant)")
    multichoice = any(q.choices for q in t.exam.questions)
    for r in REASONS:
        if r != "multichoice_options" or multichoice:
            lines.append(f"  rejected by {r}: {rejected[r]}")
    lines.append("answers:")
    flagged = []
    for i, q in enumerate(t.exam.questions):
        vals = [b.answers[i]["answer"] for b in built]
        dec = sorted(Decimal(v) for v in vals)
        common, k = Counter(vals).most_common(1)[0]
        lines.append(
            f"  {q.id} {q.ask}: min {dec[0]}, max {dec[-1]}, {len(set(vals))} distinct value{'' if len(set(vals)) == 1 else 's'}; most common {common} ({_variants_word(k)})"
        )
        if n >= 5 and k >= max(2, n // 10):
            flagged.append(f"{q.id} {q.ask} = {common} in {k} of {n} variants")
    signs = Counter(
        " ".join("-" if b.answers[i]["answer"].startswith("-") else "+" for i in range(len(t.exam.questions))) for b in built
    )
    lines.append("sign patterns of the answers (most common first):")
    for pat, k in signs.most_common(5):
        lines.append(f"  {pat}: {_variants_word(k)}")
    if n >= 5 and signs and signs.most_common(1)[0][1] * 2 > n:
        pat, k = signs.most_common(1)[0]
        flagged.append(f"the sign pattern {pat} is shared by {k} of {n} variants (guessable)")
    fps = Counter(tuple(a["answer"] for a in b.answers) for b in built)
    dups = sum(k - 1 for k in fps.values() if k > 1)
    lines.append(f"variants with exactly the same answers as another: {dups}")
    lines.append("shared patterns: " + ("; ".join(flagged) if flagged else "none above 10% of the variants"))
    return "\n".join(lines) + "\n"


def shared_files(t: Template, seed: int, drawn: list[Drawn], built: list[Built], formats: tuple[str, ...]) -> dict[str, Any]:
    from .booklet import booklets
    from .lms import canvas, moodle, qti
    from .lms.common import stored_zip

    stem = t.stem
    files: dict[str, Any] = {}
    js, csv_text = manifest(t, seed, drawn, built)
    files[f"{stem}_manifest.json"] = js
    files[f"{stem}_manifest.csv"] = csv_text
    items = [b.lms for b in built]
    if "moodle" in formats:
        files[f"{stem}_moodle.xml"] = moodle.moodle_xml(t.exam, stem, seed, items, MARK)  # type: ignore[arg-type]
    if "qti" in formats:
        variants = [b.variant for b in built]
        test = qti.test_xml(stem, t.exam.title, seed, variants, MARK)
        man = qti.manifest_xml(stem, variants, MARK)
        files[f"{stem}_qti/{stem}_test.xml"] = test
        files[f"{stem}_qti/imsmanifest.xml"] = man
        content = {"imsmanifest.xml": man, f"{stem}_test.xml": test}
        content.update(
            {
                f"items/{qti.item_id(stem, b.variant)}.xml": b.files[f"{stem}_qti/items/{qti.item_id(stem, b.variant)}.xml"]
                for b in built
            }
        )
        files[f"{stem}_qti.zip"] = stored_zip(content, MARK)
    if "canvas" in formats:
        quiz = canvas.quiz_xml(t.exam, stem, seed, items, MARK)  # type: ignore[arg-type]
        files[f"{stem}_canvas.zip"] = stored_zip(
            {"imsmanifest.xml": canvas.manifest_xml(stem, MARK), f"{stem}/{stem}.xml": quiz}, MARK
        )
    if {"md", "tex", "pdf", "html"} & set(formats):
        files.update(booklets(stem, t.exam.title, built, formats))
    return files


def _variants_word(k: int) -> str:
    return f"{k} variant" if k == 1 else f"{k} variants"


# ---------------------------------------------------------------- the command


def generate(
    spec_path: str | Path,
    count: int | None,
    seed: int,
    formats: tuple[str, ...],
    only: int | None = None,
    jobs: int | None = None,
    progress: bool = False,
) -> tuple[Template, dict[str, Any], str]:
    """Everything ``nnwalk variants`` writes, in memory: (template, file name -> content, report)."""
    if seed < 0 or seed >= 2**63:
        raise SpecError(f"--seed: expected a whole number from 0 to 2^63 - 1, got {seed}.")
    if count is None:
        if only is None:
            raise SpecError("--count: say how many variants to make (or --only K to rebuild variant K).")
    elif not 1 <= count <= 10_000:
        raise SpecError(f"--count: expected a whole number from 1 to 10000, got {count}.")
    if only is not None:
        if only < 1 or (count is not None and only > count):
            raise SpecError(f"--only: expected a variant number from 1 to {count or 10000}, got {only}.")
        if "pdf" in formats:
            raise SpecError(
                "--only with --format pdf: the PDFs are the class booklets, which hold every variant; "
                "rebuild them with a full run, or use --only with md, tex, json, html, qti."
            )
        shared = {"moodle", "canvas"} & set(formats)
        if shared:
            raise SpecError(
                f"--only with --format {', '.join(sorted(shared))}: that file holds every variant; "
                "make it with a full run (without --only)."
            )
    t = load_template(spec_path)
    upto = only if only is not None else int(count or 0)
    multichoice = any(q.choices for q in t.exam.questions)
    draws = iter_variants(t, seed, upto, (lambda spec: short_of_options(t, spec)) if multichoice else None)
    # --only K draws 1..K first (K's draw depends on theirs) and builds K alone; a whole run builds each
    # variant while the parent draws the next ones, and ``drawn`` fills as they are handed out
    drawn: list[Drawn] = list(draws) if only is not None else []
    chosen = drawn[-1:] if only is not None else _recorded(draws, drawn)
    build_formats = tuple(formats)
    built = build_all(t, chosen, build_formats, jobs or os.cpu_count() or 1, progress, count=1 if only is not None else upto)
    files: dict[str, Any] = {}
    for b in built:
        files.update(b.files)
    if "html" in formats:  # every page loads KaTeX from the katex/ folder beside it
        from ..render.html import katex_assets

        files.update(katex_assets())
    text_report = ""
    if only is None:
        files.update(shared_files(t, seed, drawn, built, formats))
        text_report = report(t, seed, drawn, built)
    return t, files, text_report


def write_files(
    files: dict[str, Any], out: Path, force: bool, stem: str | None = None
) -> tuple[list[Path], list[Path], list[Path]]:
    """Write the run's files; with ``stem`` (a whole run, not ``--only``) also remove the variant files of
    this exam that an earlier run with a larger ``--count`` left (only those nnwalk wrote and nobody changed).

    Returns (written, removed, kept): ``kept`` are stale variant files someone changed, left in place.
    """
    if stem is None:
        return write_run(out, files, force)
    variant_file = re.compile(rf"(^|/){re.escape(stem)}_v\d+[_./]")
    return write_run(out, files, force, lambda rel: bool(variant_file.search(rel)))


__all__ = ["VARIANT_FORMATS", "build_all", "generate", "manifest", "parse_formats", "report", "shared_files", "write_files"]
