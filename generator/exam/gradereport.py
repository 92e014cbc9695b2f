"""``nnwalk grade``'s files: grades and diagnoses (CSV), one feedback page per student, the class summary.

The judging is :mod:`generator.exam.grade`'s; this module only lays it out. Words and layout of
the two Markdown pages live in templates (``templates/markdown/grade/``); numbers are written
by :mod:`generator.numfmt`; the bar chart of mistakes is a small hand-written SVG beside the
summary (as the loss plot is: text, scales for print, no plotting library).

Everything is produced in memory first and written through :mod:`generator.render.files`, so a
grading run, like ``nnwalk variants``, never overwrites a file nnwalk did not write (``--force``
does), and a rerun with fewer students removes the feedback pages it wrote for the others.
"""

from __future__ import annotations

import csv
import html
import io
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..engine.mistakes import CATALOGUE
from ..numfmt import decimal_text, round_places
from ..render.document import jinja_env
from ..render.files import write_run
from .grade import VERDICTS, Graded, Key, locate, safe_names

#: in every chart this module writes (where the file came from)
CHART_MARK = "<!-- nnwalk grade: mistakes chart -->"
CHART = "mistakes.svg"
UNRECOGNISED = "not recognised"


def points_text(d: Decimal) -> str:
    """Points as a person writes them: ``2``, ``1.5`` (no trailing zeros, never 2E+1)."""
    return decimal_text(d.normalize()) if d else "0"


def percent(n: int, of: int) -> str:
    """``n`` of ``of`` as a percentage with one decimal, rounded half-up (``—`` when ``of`` is 0)."""
    if not of:
        return "—"
    return decimal_text(round_places(Decimal(100 * n) / Decimal(of), 1, "half_up"))


def _csv(rows: list[list[str]]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


def grades_csv(key: Key, graded: list[Graded]) -> str:
    """``student,variant,<question id>…,total``: the points of each answer, in the answers file's order."""
    qids = [q.id for q in key.questions]
    rows = [["student", "variant", *qids, "total"]]
    for g in graded:
        s = g.submission
        rows.append([s.student, str(s.variant), *(points_text(g.judgements[q].points) for q in qids), points_text(g.total)])
    return _csv(rows)


def diagnoses_csv(key: Key, graded: list[Graded]) -> str:
    """``student,variant,question,answer,verdict,mistake``: one row per student and question."""
    rows = [["student", "variant", "question", "answer", "verdict", "mistake"]]
    for g in graded:
        s = g.submission
        for q in key.questions:
            j = g.judgements[q.id]
            rows.append([s.student, str(s.variant), q.id, s.answers[q.id][0], j.verdict, j.mistake])
    return _csv(rows)


@dataclass(frozen=True)
class KeyPlace:
    """Where a variant's key computes an answer: the file name and the 1-based line (None: not found)."""

    file: str | None
    line: int | None


def key_places(key: Key, variants: set[int]) -> dict[tuple[int, str], KeyPlace]:
    """(variant, question id) -> where the variant's Markdown key computes the answer; each key read once."""
    out = {}
    for vid in sorted(variants):
        path = key.key_file(vid)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            text = None
        for q in key.questions:
            if text is None:
                out[vid, q.id] = KeyPlace(None, None)
            else:
                out[vid, q.id] = KeyPlace(path.name, locate(text, q.id, key.variants[vid].answers[q.id]))
    return out


def feedback_md(key: Key, g: Graded, places: dict[tuple[int, str], KeyPlace], rounding_credit: Decimal) -> str:
    """One student's page: every answer's verdict, and for each one not right what went wrong and where to look."""
    s = g.submission
    kv = key.variants[s.variant]
    items = []
    for q in key.questions:
        j = g.judgements[q.id]
        a = kv.answers[q.id]
        m = CATALOGUE.get(j.mistake)
        items.append(
            {
                "id": q.id,
                "ask": q.ask,
                "step": q.step,
                "answer": s.answers[q.id][0],
                "verdict": j.verdict,
                "points": points_text(j.points),
                "max": points_text(q.points),
                "right": a.text,
                "tolerance": points_text(a.tolerance),
                "mistake": m,
                "place": places[s.variant, q.id],
            }
        )
    ctx = {
        "student": s.student,
        "variant": s.variant,
        "code": kv.code,
        "stem": key.stem,
        "total": points_text(g.total),
        "max": points_text(key.max_points),
        "items": items,
        "rounding_credit": points_text(rounding_credit),
        "rounding_full": rounding_credit == 1,
    }
    return jinja_env("md").get_template("grade/feedback.md.j2").render(**ctx)


def mistake_counts(key: Key, graded: list[Graded]) -> tuple[Counter[str], dict[str, Counter[str]], dict[str, set[str]]]:
    """How often each mistake was diagnosed (``UNRECOGNISED`` for wrong answers without one), per question, and by whom."""
    total: Counter[str] = Counter()
    per_q: dict[str, Counter[str]] = {}
    who: dict[str, set[str]] = {}
    for g in graded:
        for q in key.questions:
            j = g.judgements[q.id]
            if j.verdict != "wrong":
                continue
            mid = j.mistake or UNRECOGNISED
            total[mid] += 1
            per_q.setdefault(mid, Counter())[q.id] += 1
            who.setdefault(mid, set()).add(g.submission.student)
    return total, per_q, who


def _fit(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def bar_chart_svg(bars: list[tuple[str, int, bool]], title: str) -> str:
    """A horizontal bar chart: (label, count, recognised) per bar, longest first as given; grey for unrecognised."""
    width, left, right, top, row = 640, 250, 48, 44, 24
    height = top + row * max(1, len(bars)) + 16
    most = max((c for _l, c, _r in bars), default=0) or 1
    span = width - left - right
    e = html.escape
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'font-family="sans-serif" font-size="12" role="img" aria-label="{e(title, quote=True)}">',
        CHART_MARK,
        f"<title>{e(title)}</title>",
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="#fff"/>',
        f'<text x="{width // 2}" y="20" text-anchor="middle" font-size="14" font-weight="bold">{e(_fit(title, 80))}</text>',
    ]
    if not bars:
        out.append(f'<text x="{width // 2}" y="{top + 14}" text-anchor="middle" fill="#57606a">no wrong answers</text>')
    for k, (label, count, known) in enumerate(bars):
        y = top + k * row
        w = span * count // most
        colour = "#cf222e" if known else "#8c959f"
        out.append(f'<text x="{left - 8}" y="{y + 15}" text-anchor="end">{e(_fit(label, 40))}</text>')
        out.append(
            f'<rect x="{left}" y="{y + 3}" width="{max(w, 1)}" height="{row - 6}" fill="{colour}"><title>{e(label)}: {count}</title></rect>'
        )
        out.append(f'<text x="{left + max(w, 1) + 6}" y="{y + 15}">{count}</text>')
    out.append(f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + row * max(1, len(bars))}" stroke="#24292f"/>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def summary(key: Key, graded: list[Graded], rounding_credit: Decimal) -> tuple[str, str]:
    """The class summary (Markdown) and its bar chart of mistakes (SVG)."""
    n = len(graded)
    questions = []
    for q in key.questions:
        counts = Counter(g.judgements[q.id].verdict for g in graded)
        got = sum((g.judgements[q.id].points for g in graded), Decimal(0))
        questions.append(
            {
                "id": q.id,
                "ask": q.ask,
                "step": q.step,
                "points": points_text(q.points),
                "counts": {v: counts[v] for v in VERDICTS},
                "success": percent(counts["correct"], n),
                "credited": percent(counts["correct"] + counts["rounding"], n),
                "mean": points_text(round_places(got / n, 2, "half_up")) if n else "—",
            }
        )
    total, per_q, who = mistake_counts(key, graded)
    # most frequent first (catalogue order among equal counts: the sort is stable); unrecognised values last
    order = sorted((m for m in CATALOGUE if total[m]), key=lambda m: -total[m])
    order += [UNRECOGNISED] if total[UNRECOGNISED] else []
    wrong = sum(total.values())
    mistakes = [
        {
            "id": m,
            "title": CATALOGUE[m].title if m in CATALOGUE else "wrong, no catalogued mistake gives this value",
            "explanation": CATALOGUE[m].explanation if m in CATALOGUE else "",
            "count": total[m],
            "share": percent(total[m], wrong),
            "students": len(who[m]),
            "questions": ", ".join(
                f"{qid} ({k})" for qid, k in sorted(per_q[m].items(), key=lambda kv: [q.id for q in key.questions].index(kv[0]))
            ),
        }
        for m in order
    ]
    totals = sorted(g.total for g in graded)
    mean = round_places(sum(totals, Decimal(0)) / n, 2, "half_up") if n else Decimal(0)
    median = (totals[(n - 1) // 2] + totals[n // 2]) / 2 if n else Decimal(0)
    title = f"Mistakes diagnosed: {key.stem}, {n} student{'' if n == 1 else 's'}"
    chart = bar_chart_svg([(m if m in CATALOGUE else UNRECOGNISED, total[m], m in CATALOGUE) for m in order], title)
    ctx = {
        "stem": key.stem,
        "seed": key.seed,
        "students": n,
        "max": points_text(key.max_points),
        "mean": points_text(mean),
        "median": points_text(median),
        "questions": questions,
        "mistakes": mistakes,
        "wrong": wrong,
        "chart": CHART,
        "rounding_credit": points_text(rounding_credit),
    }
    return jinja_env("md").get_template("grade/summary.md.j2").render(**ctx), chart


def grade_files(key: Key, graded: list[Graded], rounding_credit: Decimal) -> dict[str, str]:
    """Every file of a grading run, by name relative to OUT."""
    files = {"grades.csv": grades_csv(key, graded), "diagnoses.csv": diagnoses_csv(key, graded)}
    places = key_places(key, {g.submission.variant for g in graded})
    names = safe_names([g.submission.student for g in graded])
    for g in graded:
        files[f"feedback/{names[g.submission.student]}.md"] = feedback_md(key, g, places, rounding_credit)
    files["summary.md"], files[CHART] = summary(key, graded, rounding_credit)
    return files


def write_grades(files: dict[str, Any], out: Path, force: bool) -> tuple[list[Path], list[Path]]:
    """Write the run's files (never over someone's file without ``force``); remove feedback pages an earlier run wrote
    for students no longer in the class (only unchanged ones). Returns (written, removed)."""
    written, removed, _kept = write_run(out, files, force, lambda rel: rel.startswith("feedback/"))
    return written, removed


__all__ = [
    "CHART",
    "CHART_MARK",
    "UNRECOGNISED",
    "KeyPlace",
    "bar_chart_svg",
    "diagnoses_csv",
    "feedback_md",
    "grade_files",
    "grades_csv",
    "key_places",
    "mistake_counts",
    "percent",
    "points_text",
    "summary",
    "write_grades",
]
