"""``nnwalk grade``: read a class's answers, judge each against a ``nnwalk variants`` key.

The key is the variants run's manifest (``STEM_manifest.json``): per variant and question the
displayed answer, its tolerance and accepted interval (``low``, ``high``), and the values the
catalogued mistakes give (:mod:`generator.exam.distract`, computed when the variants were
made). Grading reads those and nothing else, so a diagnosis is exactly what a Moodle feedback
message or a multiple-choice distractor of the same variant says; it never recomputes a network.

Verdicts, in the order they are tried (the first that holds):

- ``blank``: the cell is empty.
- ``correct``: ``low`` ≤ answer ≤ ``high`` (the key's tolerance, which already accepts both
  round-and-carry and full precision).
- ``wrong`` with a mistake, for an answer written to the key's places or more: within
  :func:`reach` (the tolerance) of a catalogued mistake's value, its displayed or exact number;
  the nearest when two are in reach; the first id when one value has several.
- ``rounding``: the right value written to another number of places or rounded the other way —
  see :func:`near`: at least two significant digits, not of the opposite sign, and no farther
  from the answer than the tolerance plus one unit in the last place of the coarser of the two
  (the student's answer or the key's). ``0.375`` and ``0.374`` for ``0.37463``; ``0.37460`` for
  an accepted interval [0.374609, 0.374651] (rounded down); never ``0`` or ``0.4``. An answer
  with fewer places than the key's is tried for this before the mistakes: ``0.10`` for 0.1021 is
  the right value rounded, even when a mistake gives 0.1000.
- ``wrong`` with a mistake: the same rounding band around a mistake's value (the mistake, written
  to other places).
- ``wrong``: anything else.

A ``rounding`` answer gets ``rounding_credit`` of the question's points (default all of them:
the computation is right, only the presentation is not; the feedback says so).

Every error in the answers file is found before anything is judged or written, and reported as
one paragraph naming the CSV line and column (:class:`SpecError`, exit 2).
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ..engine.mistakes import CATALOGUE
from ..errors import SpecError
from ..numfmt import Num
from .distract import SEPARATION
from .variant import MARK

VERDICTS = ("correct", "rounding", "wrong", "blank")
#: fewer significant digits than this and a near value is a guess, not a rounding
ROUNDING_MIN_SIGNIFICANT = 2

_NUMBER = re.compile(
    r"""^(?P<sign>[+\-\u2212]?)\s*
        (?P<int>\d*)(?:[.,](?P<frac>\d*))?
        (?:\s*(?:[eE](?P<exp>[+\-\u2212]?\d+)|[\u00d7xX*\u00b7]\s*10\s*\^\s*[({]?\s*(?P<exp10>[+\-\u2212]?\d+)\s*[)}]?))?$""",
    re.VERBOSE,
)


# ---------------------------------------------------------------- the key


@dataclass(frozen=True)
class KeyMistake:
    """One distinct value catalogued mistakes give for one question of one variant (the manifest's entry)."""

    ids: tuple[str, ...]
    value: Decimal  # as displayed under the policy
    exact: Decimal | None


@dataclass(frozen=True)
class KeyAnswer:
    """The key's answer to one question of one variant."""

    text: str  # as the key prints it ("0.37463", "7.70e-5")
    value: Decimal
    tolerance: Decimal
    low: Decimal
    high: Decimal
    mistakes: tuple[KeyMistake, ...]

    @property
    def latex(self) -> str:
        """The answer as the key's walkthrough prints it (``7.70 \\times 10^{-5}``)."""
        mant, _, exp = self.text.partition("e")
        return Num(self.value, self.value, mant, int(exp) if exp else 0).latex


@dataclass(frozen=True)
class KeyQuestion:
    id: str
    ask: str
    points: Decimal
    step: int


@dataclass(frozen=True)
class KeyVariant:
    variant: int
    code: str
    answers: dict[str, KeyAnswer]


@dataclass(frozen=True)
class Key:
    """A ``nnwalk variants`` folder as grading sees it: its manifest, read and checked."""

    folder: Path
    stem: str
    seed: int
    questions: tuple[KeyQuestion, ...]
    variants: dict[int, KeyVariant]

    @property
    def max_points(self) -> Decimal:
        return sum((q.points for q in self.questions), Decimal(0))

    def key_file(self, variant: int) -> Path:
        """The variant's Markdown key (it may be absent: a run without ``md``)."""
        return self.folder / f"{self.stem}_v{variant:03d}_key.md"


def _dec(v: Any, where: str) -> Decimal:
    try:
        d = Decimal(str(v))
    except (InvalidOperation, ValueError):
        raise SpecError(f"{where}: expected a number, got {v!r}.") from None
    if not d.is_finite():
        raise SpecError(f"{where}: expected a finite number, got {v!r}.")
    return d


def _known(ids: Any, where: str) -> tuple[str, ...]:
    """A mistake value's ids, each one of this nnwalk's catalogue (``diagnoses.csv`` promises catalogue ids)."""
    out = tuple(str(i) for i in ids)
    unknown = [i for i in out if i not in CATALOGUE]
    if not out or unknown:
        raise SpecError(
            f"{where}: names the mistake '{(unknown or ['(none)'])[0]}', which this nnwalk's catalogue does not have; "
            "grade with the nnwalk version that made the variants, or make them again with this one."
        )
    return out


def find_manifest(path: Path) -> Path:
    """The manifest of a variants folder (or the manifest file itself); exactly one must be there."""
    if path.is_file():
        return path
    if not path.is_dir():
        raise SpecError(f"{path}: no such folder; give the folder `nnwalk variants -o DIR` wrote.")
    found = sorted(path.glob("*_manifest.json"))
    if not found:
        raise SpecError(
            f"{path}: no *_manifest.json here; give the folder `nnwalk variants -o DIR` wrote "
            "(a run with --only writes no manifest: grade against the full run)."
        )
    if len(found) > 1:
        names = ", ".join(p.name for p in found)
        raise SpecError(
            f"{path}: holds the manifests of several exams ({names}); give the one to grade against instead of the folder."
        )
    return found[0]


def load_key(path: str | Path) -> Key:
    """Read and check a variants run's manifest; a SpecError (exit 2) names what is missing."""
    mpath = find_manifest(Path(path))
    try:
        data = json.loads(mpath.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise SpecError(f"{mpath}: cannot read it as JSON ({exc}).") from None
    if not isinstance(data, dict) or data.get("generator") != MARK:
        raise SpecError(f"{mpath}: not a manifest written by `nnwalk variants`.")
    where = mpath.name
    try:
        questions = tuple(
            KeyQuestion(
                str(q["id"]), str(q["ask"]), _dec(q["points"], f"{where}: question {q['id']}: points"), int(q.get("step", 1))
            )
            for q in data["questions"]
        )
        variants: dict[int, KeyVariant] = {}
        for v in data["variants"]:
            vid = int(v["variant"])
            answers = {}
            for q in questions:
                a = v["answers"][q.id]
                if "mistakes" not in a:
                    raise SpecError(
                        f"{where}: variant {vid}: question {q.id} has no mistake values; it was written by an older nnwalk. "
                        "Run `nnwalk variants` again with the same --seed and --count (same variants) and grade against that."
                    )
                here = f"{where}: variant {vid}: {q.id}"
                answers[q.id] = KeyAnswer(
                    str(a["answer"]),
                    _dec(a["answer"], here),
                    _dec(a["tolerance"], here),
                    _dec(a["low"], here),
                    _dec(a["high"], here),
                    tuple(
                        KeyMistake(
                            _known(m["mistakes"], here),
                            _dec(m["value"], here),
                            _dec(m["exact"], here) if m.get("exact") is not None else None,
                        )
                        for m in a["mistakes"]
                    ),
                )
            variants[vid] = KeyVariant(vid, str(v.get("code", "")), answers)
        stem = mpath.name.removesuffix("_manifest.json")
        return Key(mpath.parent, stem, int(data.get("seed", 0)), questions, variants)
    except (KeyError, TypeError, ValueError) as exc:
        raise SpecError(f"{mpath}: not a complete variants manifest (missing or malformed {exc}).") from None


# ---------------------------------------------------------------- answers


def parse_number(text: str) -> Decimal | None:
    """A student's number: comma or point as decimal separator, ``7.7e-5`` or ``7.7×10^-5``; None when blank.

    The Decimal keeps the places written (``0.3750`` has four), which the rounding rule needs.
    Raises ValueError for anything else (a thousands separator too: ``1,234.5`` is ambiguous).
    """
    s = text.strip()
    if not s:
        return None
    m = _NUMBER.match(s)
    if not m or not (m["int"] or m["frac"]):
        raise ValueError(s)
    sign = "-" if m["sign"] in ("-", "\u2212") else ""
    exp = (m["exp"] or m["exp10"] or "0").replace("\u2212", "-")
    return Decimal(f"{sign}{m['int'] or '0'}.{m['frac'] or ''}E{exp}" if m["frac"] is not None else f"{sign}{m['int']}E{exp}")


@dataclass(frozen=True)
class Submission:
    """One student's row: who, which variant, and each answer as written (stripped) with its number."""

    student: str
    variant: int
    line: int  # 1-based line of the CSV where the row starts
    answers: dict[str, tuple[str, Decimal | None]]


def _fail(path: Path, line: int, column: str | None, what: str) -> SpecError:
    at = f"line {line}" + (f", column {column}" if column else "")
    return SpecError(f"{path.name}: {at}: {what}; nothing was written.")


def _delimiter(header: str) -> str:
    """Comma, semicolon (spreadsheets where the comma is the decimal separator) or tab: whichever splits the header."""
    for d in (",", ";", "\t"):
        cells = [c.strip().strip('"').lower() for c in header.split(d)]
        if len(cells) >= 2 and cells[:2] == ["student", "variant"]:
            return d
    return ","


def _variant_of(cell: str, key: Key) -> int | None:
    s = cell.strip()
    by_code = {v.code.lower(): v.variant for v in key.variants.values() if v.code}
    if s.lower() in by_code:
        return by_code[s.lower()]
    m = re.fullmatch(r"[vV]?0*(\d+)", s)
    if m and int(m[1]) in key.variants:
        return int(m[1])
    return None


def read_answers(path: str | Path, key: Key) -> list[Submission]:
    """Read and check ANSWERS.csv (``student,variant,<question id>…``); the first problem is a SpecError."""
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise SpecError(f"{path}: cannot read it ({exc.strerror or exc}).") from None
    except UnicodeDecodeError:
        raise SpecError(f'{path.name}: not UTF-8 text; save it as CSV UTF-8 (a spreadsheet\'s "CSV UTF-8" option).') from None
    first = text.split("\n", 1)[0]
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first))  # line_num: physical lines, as an editor counts
    qids = [q.id for q in key.questions]
    header: list[str] | None = None
    columns: list[str] = []
    subs: list[Submission] = []
    seen: dict[str, int] = {}
    line = 1
    for row in rows:
        start, line = line, rows.line_num + 1
        if header is None:
            header = [c.strip() for c in row]
            if [c.lower() for c in header[:2]] != ["student", "variant"]:
                raise _fail(
                    path,
                    start,
                    None,
                    f"the header must start with the columns student,variant, got {','.join(header[:2]) or 'nothing'}",
                )
            for k, name in enumerate(header[2:], start=3):
                if name.lower() not in [q.lower() for q in qids]:
                    raise _fail(
                        path,
                        start,
                        f"{k} ({name or 'empty'})",
                        f"'{name}' is not a question of this key; its questions are {', '.join(qids)}",
                    )
                qid = next(q for q in qids if q.lower() == name.lower())
                if qid in columns:
                    raise _fail(path, start, f"{k} ({name})", f"question {qid} has two columns")
                columns.append(qid)
            missing = [q for q in qids if q not in columns]
            if missing:
                raise _fail(
                    path,
                    start,
                    None,
                    f"no column for question {', '.join(missing)}; add it (leave its cells empty for not answered)",
                )
            continue
        if not any(c.strip() for c in row):
            continue  # an empty line (a spreadsheet's trailing rows)
        if len(row) != len(header):
            raise _fail(path, start, None, f"{len(row)} cells where the header has {len(header)} columns")
        student = unicodedata.normalize("NFC", row[0].strip())
        if not student:
            raise _fail(path, start, "1 (student)", "the student's name is empty")
        if student in seen:
            raise _fail(path, start, "1 (student)", f"'{student}' is already on line {seen[student]}; each student once")
        seen[student] = start
        variant = _variant_of(row[1], key)
        if variant is None:
            lo, hi = min(key.variants), max(key.variants)
            raise _fail(
                path,
                start,
                "2 (variant)",
                f"'{row[1].strip()}' is not a variant of this key (it has variants {lo} to {hi}, or their codes like {key.variants[lo].code})",
            )
        answers = {}
        for k, (qid, cell) in enumerate(zip(columns, row[2:]), start=3):
            try:
                answers[qid] = (cell.strip(), parse_number(cell))
            except ValueError:
                raise _fail(
                    path,
                    start,
                    f"{k} ({header[k - 1]})",
                    f"'{cell.strip()}' is not a number (write e.g. 0.37463, 0,37463 or 7.7e-5; empty for not answered)",
                ) from None
        subs.append(Submission(student, variant, start, answers))
    if header is None:
        raise _fail(path, 1, None, "the file is empty; expected a header student,variant," + ",".join(qids))
    return subs


# ---------------------------------------------------------------- judging


@dataclass(frozen=True)
class Judgement:
    verdict: str  # one of VERDICTS
    mistake: str  # a catalogue id, or ""
    points: Decimal


def _places(d: Decimal) -> int:
    exp = d.as_tuple().exponent
    return max(0, -exp) if isinstance(exp, int) else 0


def _significant(d: Decimal) -> int:
    digits = d.as_tuple().digits
    return 0 if d == 0 else len(digits) - next(k for k, x in enumerate(digits) if x)


def near(v: Decimal, target: Decimal, tolerance: Decimal, target_places: int) -> bool:
    """The rounding band: ``v`` is ``target`` (± tolerance) written to other places or rounded another way.

    At least :data:`ROUNDING_MIN_SIGNIFICANT` significant digits written, not of the opposite sign,
    and |v − target| ≤ tolerance + one unit in the last place of the coarser of ``v`` and the
    key's answer. That holds for every value in the accepted interval rounded (half-up,
    half-even, down or up) to any number of places that keeps two significant digits.
    """
    if _significant(v) < ROUNDING_MIN_SIGNIFICANT or v * target < 0:
        return False
    unit = Decimal(1).scaleb(-min(_places(v), target_places))
    return abs(v - target) <= tolerance + unit


def reach(a: KeyAnswer, m: KeyMistake) -> Decimal:
    """How far from a mistake value's stored numbers a student's value may be and still be that mistake.

    The answer's tolerance; for a value several mistakes give, also the distance at which
    :func:`generator.exam.distract.mistake_values` merged them (``SEPARATION`` times the larger of
    the tolerance and half a unit): the manifest stores the first mistake's value only, and the
    others' lie up to that far from it (``w − ∂E/∂w`` beside a missing f′ in a variant).
    """
    if len(m.ids) < 2:
        return a.tolerance
    return a.tolerance + SEPARATION * max(a.tolerance, Decimal(5).scaleb(-_places(a.value) - 1))


def _mistake_id(v: Decimal, a: KeyAnswer, within: Callable[[Decimal, KeyMistake, Decimal], bool]) -> str:
    """The first id of the mistake value nearest ``v`` among those ``within`` accepts (its shown or exact number); or ""."""
    best: tuple[Decimal, str] | None = None
    for m in a.mistakes:
        ds = [abs(v - x) for x in (m.value, m.exact) if x is not None and within(v, m, x)]
        if ds and (best is None or min(ds) < best[0]):
            best = (min(ds), m.ids[0])
    return best[1] if best else ""


def judge(a: KeyAnswer, value: Decimal | None, points: Decimal, rounding_credit: Decimal = Decimal(1)) -> Judgement:
    """The verdict, mistake id and points of one answer (the module docstring gives the order)."""
    if value is None:
        return Judgement("blank", "", Decimal(0))
    if a.low <= value <= a.high:
        return Judgement("correct", "", points)
    places = _places(a.value)
    if _places(value) >= places:  # written to the places asked for (or more): a mistake's value before a rounding
        mid = _mistake_id(value, a, lambda v, m, x: abs(v - x) <= reach(a, m))
        if mid:
            return Judgement("wrong", mid, Decimal(0))
    if near(value, a.value, a.tolerance, places):
        return Judgement("rounding", "", points * rounding_credit)
    return Judgement("wrong", _mistake_id(value, a, lambda v, m, x: near(v, x, reach(a, m), places)), Decimal(0))


@dataclass(frozen=True)
class Graded:
    """One student's judged answers, in the key's question order."""

    submission: Submission
    judgements: dict[str, Judgement]

    @property
    def total(self) -> Decimal:
        return sum((j.points for j in self.judgements.values()), Decimal(0))


def grade(key: Key, subs: list[Submission], rounding_credit: Decimal = Decimal(1)) -> list[Graded]:
    """Judge every answer of every student against their variant's key."""
    out = []
    for s in subs:
        kv = key.variants[s.variant]
        out.append(
            Graded(s, {q.id: judge(kv.answers[q.id], s.answers[q.id][1], q.points, rounding_credit) for q in key.questions})
        )
    return out


def parse_credit(text: str) -> Decimal:
    """``--rounding-credit``: the share of a question's points a ``rounding`` answer gets, from 0 to 1."""
    try:
        c = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        c = Decimal(-1)
    if not c.is_finite() or not 0 <= c <= 1:
        raise SpecError(f"--rounding-credit: expected a number from 0 to 1 (the share of the points), got '{text}'.")
    return c


# ---------------------------------------------------------------- file names

_RESERVED = {"con", "prn", "aux", "nul", *(f"com{k}" for k in range(1, 10)), *(f"lpt{k}" for k in range(1, 10))}


def safe_names(students: list[str]) -> dict[str, str]:
    """Each student's feedback file stem: safe on every file system and unique, in the CSV's order.

    Letters (any script) and digits are kept, every other run of characters becomes one ``_``
    (so no path separator, dot, space or control character survives), at most 60 characters;
    an empty result is ``student``, a Windows device name gets a trailing ``_``. When two
    names give the same stem ignoring case (``Anna Lee`` and ``anna_lee``; file systems that
    ignore case would merge them) the later ones get ``-2``, ``-3``… in the order of the CSV.
    """
    out: dict[str, str] = {}
    taken: set[str] = set()
    for name in students:
        stem = "".join(ch if ch.isalnum() else "_" for ch in unicodedata.normalize("NFC", name))
        stem = re.sub(r"_+", "_", stem).strip("_")[:60].rstrip("_") or "student"
        if stem.lower() in _RESERVED:
            stem += "_"
        cand, k = stem, 1
        while cand.lower() in taken:
            k += 1
            cand = f"{stem}-{k}"
        taken.add(cand.lower())
        out[name] = cand
    return out


# ---------------------------------------------------------------- where the key computes a value


def _key_names(lines: list[str]) -> dict[str, str]:
    """Question id -> the quantity's LaTeX name, from the key's answers table (``| q3 | $\\delta_{o2}$ | … |``)."""
    out = {}
    for ln in lines:
        cells = [c.strip() for c in ln.strip().strip("|").split("|")]
        if len(cells) >= 3 and re.fullmatch(r"q\d+", cells[0]) and cells[1].startswith("$"):
            out.setdefault(cells[0], cells[1].split("$")[1] if cells[1].count("$") >= 2 else cells[1])
    return out


def _walkthrough_start(lines: list[str]) -> int:
    """Index of the walkthrough's own title: the second level-1 heading outside code (the first is the key's)."""
    fenced, heads = False, []
    for k, ln in enumerate(lines):
        if ln.startswith("```"):
            fenced = not fenced
        elif not fenced and ln.startswith("# "):
            heads.append(k)
    return heads[1] if len(heads) > 1 else (heads[0] + 1 if heads else 0)


def locate(key_md: str, qid: str, answer: KeyAnswer) -> int | None:
    """The 1-based line of the key's walkthrough where the answer is computed; None if not found.

    A line computes it when an equation ends in ``= <answer>`` there (the end of an aligned chain,
    a table row's calculation), below the answers table. Among those, the first line whose own
    text or whose display block's first line names the quantity (the key's answers table gives
    the name; a table row names ``w_{7}`` for ``w_{7}^{\\text{new}}``), else the first at all.
    """
    lines = key_md.splitlines()
    name = _key_names(lines[: _walkthrough_start(lines)]).get(qid, "")
    bare = re.sub(r"\^\{\\text\{[^}]*\}\}$", "", name)
    result = re.compile(r"=\s*" + re.escape(answer.latex) + r"(?![\d])\s*(?:\$|\\\\|\||\\end|$)")
    best: tuple[int, int] | None = None
    in_math, block_head = False, ""
    for k in range(_walkthrough_start(lines), len(lines)):
        ln = lines[k]
        s = ln.strip()
        if s == "$$":
            in_math, block_head = not in_math, ""
            continue
        if s.startswith((r"\begin{", r"\end{")):
            continue
        if not in_math or not block_head:
            block_head = ln  # outside display math each line (a table row, a sentence) stands alone
        if not result.search(ln):
            continue
        score = 2 if name and (name in ln or name in block_head) else 1 if bare and (bare in ln or bare in block_head) else 0
        if best is None or score > best[0]:
            best = (score, k + 1)
        if score == 2:
            break
    return best[1] if best else None


__all__ = [
    "ROUNDING_MIN_SIGNIFICANT",
    "VERDICTS",
    "Graded",
    "Judgement",
    "Key",
    "KeyAnswer",
    "KeyMistake",
    "KeyQuestion",
    "KeyVariant",
    "Submission",
    "grade",
    "judge",
    "load_key",
    "locate",
    "near",
    "parse_credit",
    "parse_number",
    "reach",
    "read_answers",
    "safe_names",
]
