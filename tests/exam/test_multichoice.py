"""Issue 18 §2: multiple-choice questions whose wrong options are real mistakes.

The options are checked against the tests' own computations (``independent`` for the right one,
``mistaken.py`` for three mistakes) on two architectures; the right option's letter is balanced
over 100 variants; same seed, same bytes; Moodle, QTI 2.1 (official XSD) and Canvas carry the
options in the drawn order with each wrong one's explanation; a draw whose mistakes give too few
options is redrawn and counted.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

lxml = pytest.importorskip("lxml", reason="lxml is a test dependency: pip install -e '.[test]'")
from lxml import etree  # noqa: E402
from mistaken import PHRASES, mistaken  # noqa: E402
from paths import QTI21  # noqa: E402
from test_lms import _Offline  # noqa: E402
from test_variants import BIASED, independent  # noqa: E402

from generator.errors import SpecError  # noqa: E402
from generator.exam.run import generate  # noqa: E402
from generator.spec.variants import parse_template  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
MC = ROOT / "specs" / "exam" / "exam_multichoice.yaml"
STEM = "exam_multichoice"
QTI = {"q": "http://www.imsglobal.org/xsd/imsqti_v2p1"}
CANVAS = {"c": "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"}
ALL = ("md", "tex", "json", "moodle", "qti", "canvas")

#: the second architecture: 2-3-1, tanh hidden layer, biases, mse, 4 decimals
BIASED_MC = BIASED.replace(
    "exam:\n  questions: full\n",
    "exam:\n  questions:\n"
    "    - {ask: 'delta[2][1]', type: multichoice, choices: 4}\n"
    "    - {ask: 'grad_w[1][2][1]', type: multichoice, choices: 4}\n"
    "    - {ask: 'new_w[2][1][3]', type: multichoice, choices: 4, points: 2}\n"
    "    - {ask: 'new_w[1][3][2]', type: multichoice, choices: 3}\n",
)


def _spec(tmp: Path, name: str, text: str) -> Path:
    p = tmp / f"{name}.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def _keys(stem: str, files: dict, n: int) -> list[dict]:
    return [json.loads(files[f"{stem}_v{v:03d}_key.json"]) for v in range(1, n + 1)]


@pytest.fixture(scope="module")
def mc6() -> dict:
    return generate(MC, 6, 2025, ALL, jobs=1)[1]


@pytest.fixture(scope="module")
def biased6(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return generate(_spec(tmp_path_factory.mktemp("b"), "biased_mc", BIASED_MC), 6, 5, ("json", "moodle", "qti"), jobs=1)[1]


# ---------------------------------------------------------------- the spec


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (
            "{ask: loss, type: multichoice, choices: 1}",
            r"exam\.questions\[1\]\.choices: expected a whole number of options from 2 to 10",
        ),
        ("{ask: loss, type: multichoice, choices: 11}", r"exam\.questions\[1\]\.choices: .* got 11\."),
        ("{ask: loss, type: multichoice, choices: 2.5}", r"exam\.questions\[1\]\.choices: .* got 2\.5\."),
        ("{ask: loss, type: multichoice, choices: five}", r"exam\.questions\[1\]\.choices: .* got the text 'five'"),
        ("{ask: loss, type: multichoice, choices: true}", r"exam\.questions\[1\]\.choices: "),
        (
            "{ask: loss, choices: 4}",
            r"exam\.questions\[1\]\.choices: only a multiple-choice question has options; add type: multichoice",
        ),
        ("{ask: loss, type: choice}", r"exam\.questions\[1\]\.type: expected numerical .* or multichoice"),
    ],
)
def test_bad_choices_are_refused_naming_the_field(entry: str, message: str) -> None:
    text = MC.read_text(encoding="utf-8").replace('{ask: "delta[2][2]", points: 2, type: multichoice, choices: 5}', entry)
    with pytest.raises(SpecError, match=message) as err:
        parse_template(text, "x.yaml")
    assert "\n" not in err.value.message  # one paragraph


def test_choices_default_to_four_and_numerical_stays_the_default() -> None:
    text = MC.read_text(encoding="utf-8").replace("type: multichoice, choices: 5}  #", "type: multichoice}  #")
    qs = parse_template(text, "x.yaml").exam.questions
    assert [q.choices for q in qs] == [0, 4, 4, 5]


# ---------------------------------------------------------------- the options


def _check_options(stem: str, files: dict, n: int) -> set[str]:
    """Every option of every variant against the test's own values; returns the mistakes compared."""
    compared: set[str] = set()
    for key in _keys(stem, files, n):
        half = Decimal(1).scaleb(-key["spec"]["presentation"]["rounding"]["digits"]) / 2
        truth = independent(key["spec"])
        own = {m: mistaken(key["spec"], m) for m in PHRASES}
        for kq in key["questions"]:
            if "options" not in kq:
                continue
            opts, tol = kq["options"], Decimal(kq["tolerance"])
            right = [o for o in opts if o["correct"]]
            assert len(right) == 1 and right[0]["letter"] == kq["correct"] and right[0]["value"] == kq["answer"]
            assert abs(Decimal(kq["answer"]) - Decimal(repr(truth[kq["ask"]]))) <= tol
            assert [o["letter"] for o in opts] == list("ABCDEFGHIJ"[: len(opts)])
            values = [Decimal(o["value"]) for o in opts]
            assert len(set(values)) == len(values)  # every option prints differently
            for o in opts:
                if o["correct"]:
                    continue
                # two tolerances apart exactly (distract.py): as printed, up to half a unit closer
                assert o["mistakes"] and abs(Decimal(o["value"]) - Decimal(kq["answer"])) >= 2 * tol - half
                for k, m in enumerate(o["mistakes"]):  # the value a student making it writes
                    if m not in own:
                        continue
                    # the option prints its first mistake's value; mistakes grouped with it lie within two tolerances
                    bound = half if k == 0 else 2 * tol + half
                    assert abs(Decimal(o["value"]) - Decimal(repr(own[m][kq["ask"]]))) <= bound, (kq["ask"], m)
                    compared.add(m)
    return compared


def test_options_are_the_right_value_and_the_tests_own_mistaken_values(mc6: dict, biased6: dict) -> None:
    assert len(_check_options(STEM, mc6, 6)) >= 2
    assert len(_check_options("biased_mc", biased6, 6)) >= 2


def test_the_right_letter_is_balanced_over_100_variants() -> None:
    _, files, _ = generate(MC, 100, 31, ("json",), jobs=1)
    man = json.loads(files[f"{STEM}_manifest.json"])
    for q in man["questions"]:
        letters = [v["answers"][q["id"]].get("correct") for v in man["variants"]]
        if letters[0] is None:
            continue
        k = len(man["variants"][0]["answers"][q["id"]]["options"])
        counts = Counter(letters)
        share = 100 / k
        assert set(counts) == set("ABCDEFGHIJ"[:k])
        assert all(0.7 * share <= c <= 1.3 * share for c in counts.values()), (q["id"], counts)


def test_same_seed_same_bytes_and_only_rebuilds_a_variant(mc6: dict) -> None:
    again = generate(MC, 6, 2025, ALL, jobs=2)[1]
    assert again.keys() == mc6.keys() and all(again[k] == mc6[k] for k in mc6)
    one = generate(MC, 6, 2025, ("md", "tex", "json", "qti"), only=4, jobs=1)[1]
    assert one and all(one[k] == mc6[k] for k in one if k in mc6)


def test_paper_sheet_and_key_letter_the_options(mc6: dict) -> None:
    for key in _keys(STEM, mc6, 6):
        vid = f"{key['variant']['id']:03d}"
        sheet, md_key = mc6[f"{STEM}_v{vid}_questions.md"], mc6[f"{STEM}_v{vid}_key.md"]
        tex_sheet, tex_key = mc6[f"{STEM}_v{vid}_questions.tex"], mc6[f"{STEM}_v{vid}_key.tex"]
        for kq in key["questions"]:
            if "options" not in kq:
                continue
            boxes = " · ".join(f"☐ **{o['letter']}** ${o['value']}$" for o in kq["options"])
            assert f"**{kq['id']}**, tick one box: {boxes}\n" in sheet
            assert "".join(
                rf"\framebox[5mm]{{\rule{{0pt}}{{3mm}}}}~\textbf{{{o['letter']}}}~${o['value']}$" for o in kq["options"]
            ).replace("$~", "$~") in tex_sheet.replace(r"\quad", "")
            assert f"**{kq['id']} (multiple choice): {kq['correct']} is right** (${kq['answer']}$)" in md_key
            assert rf"\paragraph{{{kq['id']} (multiple choice): {kq['correct']} is right}}" in tex_key
            for o in kq["options"]:
                line = next(ln for ln in md_key.splitlines() if ln.startswith(f"- **{o['letter']}** ${o['value']}$: "))
                assert ("right" in line) if o["correct"] else all(f"(`{m}`)" in line for m in o["mistakes"])


# ---------------------------------------------------------------- LMS files

#: one cloze MULTICHOICE alternative: [=]value#feedback
ALT = re.compile(r"(=?)(-?[0-9.e-]+)#((?:[^~}\\]|\\.)*)")


def _explains(text: str, mistakes: list[str]) -> bool:
    """The feedback names each of the option's mistakes that the test knows a phrase of (and no other)."""
    return all((PHRASES[m] in text) == (m in mistakes) for m in PHRASES)


def test_moodle_cloze_multichoice_gaps(mc6: dict) -> None:
    schema = etree.XMLSchema(etree.parse(str(ROOT / "schemas" / "moodle_subset.xsd")))
    doc = etree.fromstring(mc6[f"{STEM}_moodle.xml"].encode())
    assert schema.validate(doc), schema.error_log
    for q, key in zip(doc.findall("question")[1:], _keys(STEM, mc6, 6)):
        gaps = re.findall(r"\{(\d+):MULTICHOICE:((?:[^}\\]|\\.)*)\}", q.find("questiontext/text").text)
        mcq = [kq for kq in key["questions"] if "options" in kq]
        assert len(gaps) == len(mcq)
        for (points, body), kq in zip(gaps, mcq):
            alts = ALT.findall(body)
            assert points == kq["points"] and [v for _, v, _ in alts] == [o["value"] for o in kq["options"]]
            assert ["=" if o["correct"] else "" for o in kq["options"]] == [mark for mark, _, _ in alts]
            for (_, _, fb), o in zip(alts, kq["options"]):
                if not o["correct"]:
                    assert _explains(fb.replace(r"\#", "#"), o["mistakes"]), (fb, o)


def test_moodle_multichoice_questions_in_the_numerical_layout(tmp_path: Path) -> None:
    text = MC.read_text(encoding="utf-8").replace("moodle: cloze", "moodle: numerical")
    files = generate(_spec(tmp_path, STEM, text), 3, 2025, ("json", "moodle"), jobs=1)[1]
    schema = etree.XMLSchema(etree.parse(str(ROOT / "schemas" / "moodle_subset.xsd")))
    doc = etree.fromstring(files[f"{STEM}_moodle.xml"].encode())
    assert schema.validate(doc), schema.error_log
    keys = _keys(STEM, files, 3)
    qs = [q for q in doc.findall("question") if q.get("type") != "category"]
    assert [q.get("type") for q in qs] == ["numerical"] * 3 + ["multichoice"] * 9
    for i, q in enumerate(qs[3:]):
        kq = keys[i % 3]["questions"][1 + i // 3]
        assert (q.find("single").text, q.find("shuffleanswers").text) == ("true", "false")
        answers = q.findall("answer")
        assert [a.find("text").text for a in answers] == [o["value"] for o in kq["options"]]
        assert [a.get("fraction") for a in answers] == ["100" if o["correct"] else "0" for o in kq["options"]]
        assert all(a.find("tolerance") is None for a in answers)
        for a, o in zip(answers, kq["options"]):
            if not o["correct"]:
                assert _explains(a.find("feedback/text").text, o["mistakes"])
    for q in qs[:3]:  # every numerical answer keeps its tolerance (the schema lets multichoice answers omit it)
        assert all(a.find("tolerance") is not None for a in q.findall("answer"))


def test_qti_choice_interactions_validate_and_give_each_wrong_option_its_feedback(mc6: dict) -> None:
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(_Offline())
    schema = etree.XMLSchema(etree.parse(str(QTI21 / "www.imsglobal.org" / "xsd" / "imsqti_v2p1.xsd"), parser))
    for key in _keys(STEM, mc6, 6):
        item = etree.fromstring(mc6[f"{STEM}_qti/items/{STEM}_v{key['variant']['id']:03d}.xml"].encode())
        assert schema.validate(item), schema.error_log
        feedback = {f.get("identifier"): f.text for f in item.iterfind("q:modalFeedback[@outcomeIdentifier='MISTAKES']", QTI)}
        for kq in key["questions"]:
            if "options" not in kq:
                continue
            rid = f"RESPONSE_{kq['id']}"
            inter = item.find(f".//q:choiceInteraction[@responseIdentifier='{rid}']", QTI)
            assert inter.get("shuffle") == "false" and inter.get("maxChoices") == "1"
            choices = inter.findall("q:simpleChoice", QTI)
            assert [c.text for c in choices] == [f"{o['letter']}: {o['value']}" for o in kq["options"]]
            right = item.find(f"q:responseDeclaration[@identifier='{rid}']/q:correctResponse/q:value", QTI).text
            assert right == choices["ABCDEFGHIJ".index(kq["correct"])].get("identifier")
            cond = next(
                c
                for c in item.iterfind("q:responseProcessing/q:responseCondition", QTI)
                if c.find(f".//q:variable[@identifier='{rid}']", QTI) is not None
            )
            chosen = {
                b.find("q:match/q:baseValue", QTI).text: b.find(".//q:multiple/q:baseValue", QTI).text
                for b in cond.findall("q:responseElseIf", QTI)
            }
            for c, o in zip(choices, kq["options"]):
                if o["correct"]:
                    assert c.get("identifier") not in chosen
                else:
                    assert _explains(feedback[chosen[c.get("identifier")]], o["mistakes"]), (kq["id"], o)


def test_canvas_multiple_choice_in_both_layouts(mc6: dict, tmp_path: Path) -> None:
    keys = {k["variant"]["code"]: k for k in _keys(STEM, mc6, 6)}
    quiz = etree.fromstring(zipfile.ZipFile(io.BytesIO(mc6[f"{STEM}_canvas.zip"])).read(f"{STEM}/{STEM}.xml"))
    for item in quiz.iterfind(".//c:item", CANVAS):  # variant layout: a multiple-choice blank takes the right letter
        key = keys[item.get("title").split()[1]]
        for kq in key["questions"]:
            lid = item.find(f".//c:response_lid[@ident='response_{kq['id']}']", CANVAS)
            texts = [t.text for t in lid.iterfind(".//c:response_label/c:material/c:mattext", CANVAS)]
            if "options" in kq:
                assert texts == [kq["correct"]]
    text = MC.read_text(encoding="utf-8").replace("moodle: cloze", "moodle: cloze\n  canvas: numerical")
    files = generate(_spec(tmp_path, STEM, text), 2, 2025, ("json", "canvas"), jobs=1)[1]
    keys = {k["variant"]["code"]: k for k in _keys(STEM, files, 2)}
    quiz = etree.fromstring(zipfile.ZipFile(io.BytesIO(files[f"{STEM}_canvas.zip"])).read(f"{STEM}/{STEM}.xml"))
    n = 0
    for item in quiz.iterfind(".//c:item", CANVAS):
        meta = {
            f.find("c:fieldlabel", CANVAS).text: f.find("c:fieldentry", CANVAS).text
            for f in item.iterfind(".//c:qtimetadatafield", CANVAS)
        }
        if meta["question_type"] != "multiple_choice_question":
            continue
        n += 1
        qid, code = item.get("title").split()[0], item.get("title").split()[2]
        kq = next(q for q in keys[code]["questions"] if q["id"] == qid)
        labels = item.findall(".//c:response_label", CANVAS)
        assert [lab.find("c:material/c:mattext", CANVAS).text for lab in labels] == [
            f"{o['letter']}: {o['value']}" for o in kq["options"]
        ]
        scored = item.find(".//c:respcondition[c:setvar]/c:conditionvar/c:varequal", CANVAS).text
        assert scored == labels["ABCDEFGHIJ".index(kq["correct"])].get("ident")
        fb = {f.get("ident"): f.find(".//c:mattext", CANVAS).text for f in item.findall("c:itemfeedback", CANVAS)}
        for lab, o in zip(labels, kq["options"]):
            if not o["correct"]:
                assert _explains(fb[lab.get("ident") + "_fb"], o["mistakes"])
    assert n == 2 * 3


# ---------------------------------------------------------------- redrawing


def test_a_draw_with_too_few_distinct_mistakes_is_redrawn_and_counted(tmp_path: Path) -> None:
    """grad_w[1][1][2] has 8 mistake values in most draws; 9 options need all 8 apart, so some draws are redrawn."""
    text = MC.read_text(encoding="utf-8").replace(
        "points: 3, type: multichoice, choices: 4}", "points: 3, type: multichoice, choices: 9}"
    )
    _, files, report = generate(_spec(tmp_path, "mc9", text), 30, 9, ("json",), jobs=1)
    rejected = json.loads(files["mc9_manifest.json"])["rejected_draws"]
    assert rejected.get("multichoice_options", 0) > 0
    assert f"rejected by multichoice_options: {rejected['multichoice_options']}" in report
    for key in _keys("mc9", files, 30):
        assert len(key["questions"][2]["options"]) == 9


def test_impossible_choices_end_with_a_clear_error(tmp_path: Path) -> None:
    # a forward quantity: no catalogued mistake changes the forward pass of the first step, so no draw has a distractor
    text = MC.read_text(encoding="utf-8").replace(
        '{ask: "a[2][1]", points: 2}', '{ask: "a[2][1]", points: 2, type: multichoice, choices: 2}'
    )
    text = text.replace("max_draws: 2000", "max_draws: 50")
    with pytest.raises(
        SpecError, match=r"rejected by: multichoice_options \d+.*fewer distinct wrong values than its choices need"
    ):
        generate(_spec(tmp_path, "mc10", text), 2, 9, ("json",), jobs=1)
