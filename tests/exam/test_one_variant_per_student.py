"""Issue 16 point 3: one student, one network, in every LMS file.

Each LMS file is read as the LMS reads it and turned into *slots*: a slot is what one quiz
entry draws (Moodle: one random question from a category; QTI: an ``assessmentSection`` with
``<selection select="k"/>``; Canvas: a question group with ``selection_number``), holding a
pool of *units* (a question or item a student can be given). A student gets k units from every
slot, each slot drawing on its own. The property: every possible draw comes from one variant —
one set of given numbers — and holds every asked part of it, with that variant's answers and the
tolerances of its answer key (the per-variant tolerance code's output, ``_key.json``), each
answer within its tolerance of an independent recomputation from the given numbers.

The default layout of every format must have the property; the ``numerical`` layouts of Moodle
and Canvas (kept as documented options) must not, which shows the check can see a mixed draw.
"""

from __future__ import annotations

import io
import itertools
import json
import re
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

lxml = pytest.importorskip("lxml", reason="lxml is a test dependency: pip install -e '.[test]'")
from lxml import etree, html  # noqa: E402
from test_variants import EXAM, independent  # noqa: E402

from generator.exam.run import generate  # noqa: E402

STEM = "exam_seed002"
N = 5
QTI = {"q": "http://www.imsglobal.org/xsd/imsqti_v2p1"}
CANVAS = {"c": "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"}


@dataclass(frozen=True)
class Part:
    """One asked quantity as the LMS grades it: within ``tolerance`` of ``answer``, or one of the ``accepted`` texts."""

    id: str
    answer: Decimal
    tolerance: Decimal | None  # None: a text-matching blank, which carries no number
    accepted: tuple[str, ...] = ()  # a text-matching blank: the texts it accepts


@dataclass(frozen=True)
class Unit:
    """A question or item a student can be given: the variant it names, its given numbers, its parts."""

    code: str
    given: tuple[Decimal, ...]
    parts: tuple[Part, ...]


Slot = tuple[int, list[Unit]]  # (how many units a student gets from it, the pool)


# ---------------------------------------------------------------- reading the files


def _num(text: str) -> Decimal:
    return Decimal(text.strip()).normalize()


def _given_from_rows(rows: list[list[str]]) -> tuple[Decimal, ...]:
    """The value column (last cell) of every data row of the given-numbers tables."""
    return tuple(_num(r[-1]) for r in rows if r)


def _html_rows(fragment: str) -> list[list[str]]:
    root = html.fragment_fromstring(fragment, create_parent="div")
    return [[td.text_content() for td in tr.findall("td")] for tr in root.iter("tr")]


def _code(text: str, codes: list[str]) -> str:
    found = [c for c in codes if c in text]
    assert len(found) == 1, (text, found)
    return found[0]


GAP = re.compile(r"<p>(\w+) \([0-9.]+ points\):.*?\{\d+:NUMERICAL:=([^:]+):([^#]+)#")


def moodle_slots(xml: str, codes: list[str]) -> list[Slot]:
    """A quiz holding one random question from each category that holds questions."""
    doc = etree.fromstring(xml.encode())
    pools: dict[str, list[Unit]] = {}
    category = ""
    for q in doc.findall("question"):
        if q.get("type") == "category":
            category = q.find("category/text").text
            continue
        text = q.find("questiontext/text").text
        if q.get("type") == "cloze":
            parts = tuple(Part(i, _num(a), _num(t)) for i, a, t in GAP.findall(text))
        else:
            qid = q.find("idnumber").text.rsplit("-", 1)[1]
            parts = (Part(qid, _num(q.find("answer/text").text), _num(q.find("answer/tolerance").text)),)
        pools.setdefault(category, []).append(
            Unit(_code(q.find("idnumber").text, codes), _given_from_rows(_html_rows(text)), parts)
        )
    return [(1, pool) for pool in pools.values()]


def qti_slots(files: dict[str, Any], codes: list[str]) -> list[Slot]:
    """The test's sections, each drawing ``select`` of its item references (all of them without a selection)."""
    z = zipfile.ZipFile(io.BytesIO(files[f"{STEM}_qti.zip"]))
    test = etree.fromstring(z.read(f"{STEM}_test.xml"))
    slots: list[Slot] = []
    for sec in test.iterfind(".//q:assessmentSection", QTI):
        refs = sec.findall("q:assessmentItemRef", QTI)
        sel = sec.find("q:selection", QTI)
        pool = [_qti_unit(etree.fromstring(z.read(r.get("href"))), codes) for r in refs]
        slots.append((int(sel.get("select")) if sel is not None else len(pool), pool))
    return slots


def _qti_unit(item: etree._Element, codes: list[str]) -> Unit:
    body = item.find("q:itemBody", QTI)
    rows = [[td.xpath("string()") for td in tr.findall("q:td", QTI)] for tr in body.iterfind(".//q:tr", QTI)]
    entries = {e.get("responseIdentifier") for e in body.iterfind(".//q:textEntryInteraction", QTI)}
    parts = []
    for decl in item.findall("q:responseDeclaration", QTI):
        rid = decl.get("identifier")
        assert rid in entries, rid  # the student has a box for it
        eq = [  # the right answer's test (a mistake's test compares with its value: a baseValue)
            e
            for e in item.iterfind(".//q:equal", QTI)
            if e.find("q:variable", QTI).get("identifier") == rid and e.find("q:correct", QTI) is not None
        ]
        assert len(eq) == 1 and eq[0].get("toleranceMode") == "absolute"
        lo, hi = (_num(x) for x in eq[0].get("tolerance").split())
        assert lo == hi
        parts.append(Part(rid.removeprefix("RESPONSE_"), _num(decl.find("q:correctResponse/q:value", QTI).text), lo))
    return Unit(_code(item.get("title"), codes), _given_from_rows(rows), tuple(parts))


def canvas_slots(files: dict[str, Any], codes: list[str]) -> list[Slot]:
    """Items directly in the root section are always given; each group draws ``selection_number`` items."""
    z = zipfile.ZipFile(io.BytesIO(files[f"{STEM}_canvas.zip"]))
    quiz = etree.fromstring(z.read(f"{STEM}/{STEM}.xml"))
    root = quiz.find("c:assessment/c:section", CANVAS)
    slots: list[Slot] = []
    fixed = [_canvas_unit(i, codes) for i in root.findall("c:item", CANVAS)]
    if fixed:
        slots.append((len(fixed), fixed))
    for g in root.findall("c:section", CANVAS):
        pool = [_canvas_unit(i, codes) for i in g.findall("c:item", CANVAS)]
        slots.append((int(g.find("c:selection_ordering/c:selection/c:selection_number", CANVAS).text), pool))
    return slots


def _canvas_unit(item: etree._Element, codes: list[str]) -> Unit:
    meta = {
        f.find("c:fieldlabel", CANVAS).text: f.find("c:fieldentry", CANVAS).text
        for f in item.iterfind(".//c:qtimetadatafield", CANVAS)
    }
    text = item.find("c:presentation/c:material/c:mattext", CANVAS).text
    given = _given_from_rows(_html_rows(text))
    if meta["question_type"] == "numerical_question":
        lo, hi = _num(item.find(".//c:vargte", CANVAS).text), _num(item.find(".//c:varlte", CANVAS).text)
        qid = item.get("ident").rsplit("_", 1)[1]
        return Unit(_code(item.get("title"), codes), given, (Part(qid, (lo + hi) / 2, (hi - lo) / 2),))
    assert meta["question_type"] == "fill_in_multiple_blanks_question"
    parts = []
    for lid in item.iterfind("c:presentation/c:response_lid", CANVAS):
        blank = lid.find("c:material/c:mattext", CANVAS).text
        assert lid.get("ident") == f"response_{blank}" and f"[{blank}]" in text  # Canvas's blank and its place
        texts = tuple(t.text for t in lid.iterfind(".//c:response_label/c:material/c:mattext", CANVAS))
        parts.append(Part(blank, _num(texts[0]), None, texts))
    return Unit(_code(item.get("title"), codes), given, tuple(parts))


# ---------------------------------------------------------------- the property


def draws(slots: list[Slot]) -> Iterator[list[Unit]]:
    """Every combination of units a student can be given (each slot draws on its own)."""
    per_slot = [list(itertools.combinations(pool, k)) for k, pool in slots]
    for combo in itertools.product(*per_slot):
        yield [u for chosen in combo for u in chosen]


def _spec_numbers(spec: dict[str, Any]) -> Counter:
    """The numbers a student must be given: inputs, targets, learning rate, weights, biases."""

    def flat(x: Any) -> list[Any]:
        return [y for v in x for y in flat(v)] if isinstance(x, list) else [x]

    values = flat(spec["data"]["inputs"]) + flat(spec["data"]["targets"]) + [spec["training"]["learning_rate"]]
    values += flat(spec["parameters"]["weights"]) + flat(spec["parameters"].get("biases") or [])
    return Counter(Decimal(repr(v)).normalize() for v in values)


def _numerals_in(answer: Decimal, tol: Decimal, d: int) -> set[Decimal]:
    """Every number at d decimal places within tol of answer (the test's own enumeration)."""
    unit = Decimal(1).scaleb(-d)
    k = (answer - tol) / unit
    start = int(k) if k == int(k) or k < 0 else int(k) + 1
    out = set()
    while start * unit <= answer + tol:
        if start * unit >= answer - tol:
            out.add((start * unit).normalize())
        start += 1
    return out


def one_network_problems(slots: list[Slot], keys: dict[str, dict[str, Any]]) -> list[str]:
    """Why some draw is not one complete variant; empty when every draw is."""
    problems: list[str] = []
    for drawn in draws(slots):
        codes = {u.code for u in drawn}
        if len(codes) != 1:
            return [f"a student can be given parts of variants {sorted(codes)}"]
        key = keys[codes.pop()]
        truth = independent(key["spec"])
        want = _spec_numbers(key["spec"])
        for u in drawn:
            if Counter(u.given) != want:
                problems.append(f"{u.code}: the given numbers are not the variant's")
        parts = [p for u in drawn for p in u.parts]
        if [p.id for p in parts] != [q["id"] for q in key["questions"]]:
            problems.append(f"{key['variant']['code']}: parts {[p.id for p in parts]}, not every question once")
        for p, q in zip(parts, key["questions"]):
            ans, tol = _num(q["answer"]), _num(q["tolerance"])
            if p.answer != ans or (p.tolerance is not None and p.tolerance != tol):
                problems.append(f"{q['id']}: {p.answer} ± {p.tolerance}, the key says {ans} ± {tol}")
            if abs(ans - Decimal(repr(truth[q["ask"]]))) > tol:
                problems.append(f"{q['id']}: {ans} is not within {tol} of the recomputed {truth[q['ask']]}")
            if p.accepted:
                d = len(q["answer"].split(".")[1]) if "." in q["answer"] else 0
                if p.accepted[0] != q["answer"] or {_num(t) for t in p.accepted} != _numerals_in(ans, tol, d):
                    problems.append(f"{q['id']}: the accepted texts are not the {d}-place numbers within {tol} of {ans}")
    return problems


# ---------------------------------------------------------------- the runs


def _keys(files: dict[str, Any]) -> dict[str, dict[str, Any]]:
    keys = [json.loads(files[f"{STEM}_v{v:03d}_key.json"]) for v in range(1, N + 1)]
    return {k["variant"]["code"]: k for k in keys}


@pytest.fixture(scope="module")
def default_run() -> dict[str, Any]:
    return generate(EXAM, N, 77, ("json", "moodle", "qti", "canvas"), jobs=1)[1]


@pytest.fixture(scope="module")
def numerical_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    text = EXAM.read_text(encoding="utf-8").replace("  moodle: cloze", "  moodle: numerical\n  canvas: numerical")
    spec = tmp_path_factory.mktemp("numerical") / f"{STEM}.yaml"
    spec.write_text(text, encoding="utf-8")
    return generate(spec, N, 77, ("json", "moodle", "canvas"), jobs=1)[1]


def test_moodle_cloze_gives_each_student_one_complete_variant(default_run: dict[str, Any]) -> None:
    keys = _keys(default_run)
    slots = moodle_slots(default_run[f"{STEM}_moodle.xml"], list(keys))
    assert one_network_problems(slots, keys) == []
    assert [(k, len(pool)) for k, pool in slots] == [(1, N)]


def test_qti_gives_each_candidate_one_complete_variant(default_run: dict[str, Any]) -> None:
    keys = _keys(default_run)
    slots = qti_slots(default_run, list(keys))
    assert one_network_problems(slots, keys) == []
    assert [(k, len(pool)) for k, pool in slots] == [(1, N)]


def test_canvas_gives_each_student_one_complete_variant(default_run: dict[str, Any]) -> None:
    keys = _keys(default_run)
    slots = canvas_slots(default_run, list(keys))
    assert one_network_problems(slots, keys) == []
    assert [(k, len(pool)) for k, pool in slots] == [(1, N)]


def test_canvas_item_points_and_blanks(default_run: dict[str, Any]) -> None:
    """The group is worth the exam's total; the student is told the blanks count equally and how to type."""
    z = zipfile.ZipFile(io.BytesIO(default_run[f"{STEM}_canvas.zip"]))
    quiz = etree.fromstring(z.read(f"{STEM}/{STEM}.xml"))
    group = quiz.find("c:assessment/c:section/c:section", CANVAS)
    assert group.find(".//c:points_per_item", CANVAS).text == "13"  # 2 + 2 + 2 + 2 + 3 + 2 in exam_seed002.yaml
    for item in group.findall("c:item", CANVAS):
        text = item.find("c:presentation/c:material/c:mattext", CANVAS).text
        assert "The 6 answers count equally (13 points in all)" in text
        assert text.count("(5 decimal places)") == 6
        assert r"\[" in item.find("c:itemfeedback//c:mattext", CANVAS).text  # the worked solution


@pytest.mark.parametrize("fmt", ["moodle", "canvas"])
def test_the_numerical_layouts_mix_variants_as_documented(numerical_run: dict[str, Any], fmt: str) -> None:
    """The check sees a mixed draw: the kept numerical layouts give parts of several networks."""
    keys = _keys(numerical_run)
    slots = (
        moodle_slots(numerical_run[f"{STEM}_moodle.xml"], list(keys))
        if fmt == "moodle"
        else canvas_slots(numerical_run, list(keys))
    )
    assert [(k, len(pool)) for k, pool in slots] == [(1, N)] * 6
    problems = one_network_problems(slots, keys)
    assert problems and problems[0].startswith("a student can be given parts of variants"), problems
    # each question on its own is still right: its given numbers and its one part are its own variant's
    for _, pool in slots:
        for u in pool:
            key = keys[u.code]
            (part,) = u.parts
            q = {q["id"]: q for q in key["questions"]}[part.id]
            assert Counter(u.given) == _spec_numbers(key["spec"])
            assert (part.answer, part.tolerance) == (_num(q["answer"]), _num(q["tolerance"]))


def test_unknown_canvas_layout_names_the_field(tmp_path: Path) -> None:
    from generator.errors import SpecError

    spec = tmp_path / f"{STEM}.yaml"
    spec.write_text(
        EXAM.read_text(encoding="utf-8").replace("  moodle: cloze", "  moodle: cloze\n  canvas: groups"), encoding="utf-8"
    )
    with pytest.raises(SpecError, match=r"exam\.canvas: expected variant .* or numerical"):
        generate(spec, 1, 1, ("canvas",), jobs=1)


def test_a_tolerance_too_wide_for_canvas_blanks_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    """exam.tolerance 0.01 at 5 places is 2001 numbers per blank: refused naming the question, no partial files."""
    from test_variants import _cli

    spec = tmp_path / f"{STEM}.yaml"
    spec.write_text(
        EXAM.read_text(encoding="utf-8").replace("  moodle: cloze", "  moodle: cloze\n  tolerance: 0.01"), encoding="utf-8"
    )
    out = tmp_path / "out"
    r = _cli(["variants", str(spec), "--count", "2", "--seed", "1", "-o", str(out), "--format", "md,json,canvas"], tmp_path)
    assert r.returncode == 2, r.stderr
    assert "exam.questions[0] (q1), variant 001" in r.stderr and "2001 numbers" in r.stderr
    assert "exam.canvas: numerical" in r.stderr
    assert not out.exists()
