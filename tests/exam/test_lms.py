"""LMS export: Moodle XML against our subset schema, QTI 2.1 against the official XSD, Canvas QTI 1.2.

Answers in every format are compared with the independent recomputation in test_variants.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

# a test dependency (pyproject's [test] extra): skips locally when missing, fails under CI (tests/conftest.py)
lxml = pytest.importorskip("lxml", reason="lxml is a test dependency: pip install -e '.[test]'")
from lxml import etree  # noqa: E402
from paths import QTI21 as QTI  # noqa: E402
from test_variants import EXAM, independent  # noqa: E402

from generator.exam.lms.moodle import cloze_escape  # noqa: E402
from generator.exam.run import generate  # noqa: E402
from generator.spec.variants import parse_template  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


class _Offline(etree.Resolver):
    """The catalog's mapping (http://www.imsglobal.org/, http://www.w3.org/ -> the offline copy)."""

    def resolve(self, url, pubid, context):  # noqa: ANN001, ANN201
        for prefix in ("http://www.imsglobal.org/", "http://www.w3.org/"):
            if url and url.startswith(prefix):
                return self.resolve_filename(str(QTI / url[len("http://") :]), context)
        return None


@pytest.fixture(scope="module")
def qti_schema() -> etree.XMLSchema:
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(_Offline())
    return etree.XMLSchema(etree.parse(str(QTI / "www.imsglobal.org" / "xsd" / "imsqti_v2p1.xsd"), parser))


@pytest.fixture(scope="module")
def moodle_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(ROOT / "schemas" / "moodle_subset.xsd")))


@pytest.fixture(scope="module")
def run5() -> tuple:
    return generate(EXAM, 5, 77, ("json", "moodle", "qti", "canvas"), jobs=1)


def _truths(files: dict) -> dict[int, tuple[dict, dict]]:
    out = {}
    for v in range(1, 6):
        key = json.loads(files[f"exam_seed002_v{v:03d}_key.json"])
        out[v] = (key, independent(key["spec"]))
    return out


# ---------------------------------------------------------------- Moodle


def test_cloze_escape() -> None:
    assert cloze_escape(r"\(E_{\text{total}}\) ~ #1") == r"\(E_{\text{total\}\}\) \~ \#1"


def test_moodle_cloze_validates_and_matches_the_recomputation(run5: tuple, moodle_schema: etree.XMLSchema) -> None:
    t, files, _ = run5
    xml = files["exam_seed002_moodle.xml"]
    doc = etree.fromstring(xml.encode())
    assert moodle_schema.validate(doc), moodle_schema.error_log
    qs = doc.findall("question")
    assert [q.get("type") for q in qs] == ["category"] + ["cloze"] * 5
    truths = _truths(files)
    # the right answer, then (issue 18) a 0 % answer per mistake: ~%0%value:tolerance#explanation
    gap = re.compile(r"\{(\d+):NUMERICAL:=(-?[0-9.]+):([0-9.]+)#((?:[^}~#\\]|\\.)*)(?:~(?:[^}\\]|\\.)*)?\}")
    for v, q in enumerate(qs[1:], start=1):
        key, truth = truths[v]
        text = q.find("questiontext/text").text
        gaps = gap.findall(text)
        assert len(gaps) == len(key["questions"]) == 6
        for (pts, ans, tol, fb), kq in zip(gaps, key["questions"]):
            assert pts == kq["points"]
            assert abs(Decimal(ans) - Decimal(repr(truth[kq["ask"]]))) <= Decimal(tol)
            assert "}" not in fb.replace(r"\}", "")  # every brace inside the gap is escaped
        assert r"\[" in q.find("generalfeedback/text").text  # the worked solution, math in \[ \]
        assert q.find("idnumber").text == key["variant"]["code"]


def test_moodle_numerical_style(moodle_schema: etree.XMLSchema, tmp_path: Path) -> None:
    text = EXAM.read_text(encoding="utf-8").replace("moodle: cloze", "moodle: numerical")
    spec = tmp_path / "exam_seed002.yaml"
    spec.write_text(text, encoding="utf-8")
    _, files, _ = generate(spec, 3, 77, ("json", "moodle"), jobs=1)
    doc = etree.fromstring(files["exam_seed002_moodle.xml"].encode())
    assert moodle_schema.validate(doc), moodle_schema.error_log
    types = [q.get("type") for q in doc.findall("question")]
    assert types == (["category"] + ["numerical"] * 3) * 6
    truths = {v: independent(json.loads(files[f"exam_seed002_v{v:03d}_key.json"])["spec"]) for v in (1, 2, 3)}
    cats = [q for q in doc.findall("question") if q.get("type") == "category"]
    assert cats[1].find("category/text").text.endswith("/q2 loss")
    nums = [q for q in doc.findall("question") if q.get("type") == "numerical"]
    asks = [q.ask for q in parse_template(text, "x").exam.questions]
    for i, q in enumerate(nums):
        ask, v = asks[i // 3], i % 3 + 1
        ans = Decimal(q.find("answer/text").text)
        assert abs(ans - Decimal(repr(truths[v][ask]))) <= Decimal(q.find("answer/tolerance").text)


def test_moodle_cloze_refuses_fractional_points(tmp_path: Path) -> None:
    from generator.errors import SpecError

    spec = tmp_path / "e.yaml"
    spec.write_text(
        EXAM.read_text(encoding="utf-8").replace("{ask: loss, points: 2}", "{ask: loss, points: 1.5}"), encoding="utf-8"
    )
    with pytest.raises(SpecError, match=r"exam.questions\[1\].points: Moodle cloze gaps take whole-number weights"):
        generate(spec, 2, 1, ("moodle",), jobs=1)


# ---------------------------------------------------------------- QTI 2.1


def test_qti_items_and_test_validate_against_the_official_schema(run5: tuple, qti_schema: etree.XMLSchema) -> None:
    _, files, _ = run5
    qti = {k: v for k, v in files.items() if k.startswith("exam_seed002_qti/") and not k.endswith("imsmanifest.xml")}
    assert len(qti) == 6
    for name, text in qti.items():
        assert qti_schema.validate(etree.fromstring(text.encode())), (name, qti_schema.error_log)
    test = etree.fromstring(files["exam_seed002_qti/exam_seed002_test.xml"].encode())
    ns = {"q": "http://www.imsglobal.org/xsd/imsqti_v2p1"}
    assert test.find(".//q:selection", ns).get("select") == "1"
    assert len(test.findall(".//q:assessmentItemRef", ns)) == 5


def test_qti_answers_match_the_recomputation(run5: tuple) -> None:
    _, files, _ = run5
    ns = {"q": "http://www.imsglobal.org/xsd/imsqti_v2p1"}
    truths = _truths(files)
    for v, (key, truth) in truths.items():
        item = etree.fromstring(files[f"exam_seed002_qti/items/exam_seed002_v{v:03d}.xml"].encode())
        for kq in key["questions"]:
            decl = item.find(f"q:responseDeclaration[@identifier='RESPONSE_{kq['id']}']", ns)
            ans = Decimal(decl.find("q:correctResponse/q:value", ns).text)
            eq = [
                e for e in item.iterfind(".//q:equal", ns) if e.find("q:variable", ns).get("identifier") == f"RESPONSE_{kq['id']}"
            ][0]
            assert eq.get("toleranceMode") == "absolute"
            lo, hi = (Decimal(x) for x in eq.get("tolerance").split())
            assert lo == hi and abs(ans - Decimal(repr(truth[kq["ask"]]))) <= lo


def test_qti_zip_is_a_content_package(run5: tuple) -> None:
    _, files, _ = run5
    z = zipfile.ZipFile(io.BytesIO(files["exam_seed002_qti.zip"]))
    names = z.namelist()
    assert names[:2] == ["imsmanifest.xml", "exam_seed002_test.xml"] and len(names) == 7
    man = etree.fromstring(z.read("imsmanifest.xml"))
    hrefs = {f.get("href") for f in man.iter("{http://www.imsglobal.org/xsd/imscp_v1p1}file")}
    assert hrefs == set(names) - {"imsmanifest.xml"}
    assert all(i.date_time == (1980, 1, 1, 0, 0, 0) for i in z.infolist())


# ---------------------------------------------------------------- Canvas


def test_canvas_numerical_layout_groups_and_ranges(tmp_path: Path) -> None:
    """``exam.canvas: numerical``: one group per quantity of numeric items (the default layout: test_one_variant_per_student)."""
    spec = tmp_path / "exam_seed002.yaml"
    spec.write_text(
        EXAM.read_text(encoding="utf-8").replace("  moodle: cloze", "  moodle: cloze\n  canvas: numerical"), encoding="utf-8"
    )
    _, files, _ = generate(spec, 5, 77, ("json", "canvas"), jobs=1)
    z = zipfile.ZipFile(io.BytesIO(files["exam_seed002_canvas.zip"]))
    assert z.namelist() == ["imsmanifest.xml", "exam_seed002/exam_seed002.xml"]
    ns = {"c": "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"}
    quiz = etree.fromstring(z.read("exam_seed002/exam_seed002.xml"))
    groups = quiz.findall("c:assessment/c:section/c:section", ns)
    assert len(groups) == 6
    truths = _truths(files)
    for qi, g in enumerate(groups):
        assert g.find("c:selection_ordering/c:selection/c:selection_number", ns).text == "1"
        items = g.findall("c:item", ns)
        assert len(items) == 5
        for v, item in enumerate(items, start=1):
            key, truth = truths[v]
            kq = key["questions"][qi]
            types = [f.find("c:fieldentry", ns).text for f in item.iterfind(".//c:qtimetadatafield", ns)]
            assert types[0] == "numerical_question" and types[1] == kq["points"]
            lo = Decimal(item.find(".//c:vargte", ns).text)
            hi = Decimal(item.find(".//c:varlte", ns).text)
            x = Decimal(repr(truth[kq["ask"]]))
            assert lo <= x <= hi and hi - lo < Decimal("0.0002")
