"""Issue 18 §3: feedback on wrong numerical answers, from the catalogue's mistakes.

Moodle (cloze gaps and numerical questions) gets one 0 % answer per distinct mistake value after
the right answer, with the mistake's explanation as feedback; QTI 2.1 gets response processing
that shows it. The mistake values are checked against the tests' own mistaken backprop
(``mistaken.py``) on two architectures, and Moodle's grading is simulated the way
``qtype_numerical`` grades (the first answer whose range holds the response).
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

lxml = pytest.importorskip("lxml", reason="lxml is a test dependency: pip install -e '.[test]'")
from lxml import etree  # noqa: E402
from mistaken import PHRASES, mistaken  # noqa: E402
from paths import QTI21  # noqa: E402
from test_lms import _Offline  # noqa: E402
from test_variants import BIASED, EXAM  # noqa: E402

from generator.exam.run import generate  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
NS = {"q": "http://www.imsglobal.org/xsd/imsqti_v2p1"}
#: A numerical answer in a cloze gap: [=|%0%]value:tolerance#feedback, split at unescaped ~
ALT = re.compile(r"(=|%0%)(-?[0-9.e-]+):([0-9.]+)#((?:[^~}\\]|\\.)*)")
GAP = re.compile(r"\{(\d+):NUMERICAL:((?:[^}\\]|\\.)*)\}")

#: the second architecture: 2-3-1, tanh hidden layer, biases, mse (BIASED asks every quantity; these asks suffice)
BIASED_ASKS = BIASED.replace(
    "exam:\n  questions: full\n",
    "exam:\n  questions:\n    - delta[2][1]\n    - grad_w[2][1][2]\n    - grad_w[1][2][1]\n    - new_w[2][1][3]\n    - new_w[1][3][2]\n",
)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / f"{name}.yaml"
    p.write_text(text, encoding="utf-8")
    return p


@pytest.fixture(scope="module", params=["seed002", "biased"])
def run(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict]:
    if request.param == "seed002":
        return "exam_seed002", generate(EXAM, 4, 77, ("json", "moodle", "qti"), jobs=1)[1]
    spec = _write(tmp_path_factory.mktemp("biased"), "biased", BIASED_ASKS)
    return "biased", generate(spec, 4, 5, ("json", "moodle", "qti"), jobs=1)[1]


def _keys(stem: str, files: dict, n: int = 4) -> list[dict]:
    return [json.loads(files[f"{stem}_v{v:03d}_key.json"]) for v in range(1, n + 1)]


def _unescape(fb: str) -> str:
    return fb.replace(r"\}", "}").replace(r"\#", "#")


def _gaps(files: dict, stem: str) -> list[list[list[tuple[str, Decimal, Decimal, str]]]]:
    """Per variant, per question: the gap's answers in order (fraction mark, value, tolerance, feedback)."""
    doc = etree.fromstring(files[f"{stem}_moodle.xml"].encode())
    out = []
    for q in doc.findall("question")[1:]:
        text = q.find("questiontext/text").text
        out.append(
            [[(m, Decimal(v), Decimal(t), _unescape(fb)) for m, v, t, fb in ALT.findall(body)] for _, body in GAP.findall(text)]
        )
    return out


def _first_match(answers: list[tuple[str, Decimal, Decimal, str]], response: Decimal) -> tuple[str, Decimal, Decimal, str] | None:
    """qtype_numerical's question_first_matching_answer_grading_strategy: answers in order, the first whose range holds it."""
    return next((a for a in answers if abs(response - a[1]) <= a[2]), None)


def test_right_answer_first_and_no_mistake_range_reaches_it(run: tuple[str, dict]) -> None:
    stem, files = run
    n_wrong = 0
    for gaps, key in zip(_gaps(files, stem), _keys(stem, files)):
        for answers, kq in zip(gaps, key["questions"]):
            mark, right, tol, _ = answers[0]
            assert mark == "=" and right == Decimal(kq["answer"]) and tol == Decimal(kq["tolerance"])
            for mark, v, t, fb in answers[1:]:
                n_wrong += 1
                assert mark == "%0%" and fb
                assert abs(v - right) > tol + t or abs(v - right) == tol + t  # ranges at most touch; the right one is first
                assert _first_match(answers, v) == (mark, v, t, fb)  # a student writing the mistake gets its feedback
            assert len(answers) - 1 <= len(kq["mistakes"])  # a repeated displayed value is one answer
    assert n_wrong > 10


def test_mistake_answers_are_the_tests_own_mistaken_values(run: tuple[str, dict]) -> None:
    """Each of three mistakes, computed here: a student writing its value (rounded as told) gets its explanation."""
    stem, files = run
    checked = 0
    for gaps, key in zip(_gaps(files, stem), _keys(stem, files)):
        places = key["spec"]["presentation"]["rounding"]["digits"]
        half = Decimal(1).scaleb(-places) / 2
        for mistake, phrase in PHRASES.items():
            own = mistaken(key["spec"], mistake)
            for answers, kq in zip(gaps, key["questions"]):
                right, tol = Decimal(kq["answer"]), Decimal(kq["tolerance"])
                if kq["ask"] not in own:  # a forward quantity: no mistake of the backward pass changes it
                    assert len(answers) == 1
                    continue
                value = Decimal(repr(own[kq["ask"]]))
                written = value.quantize(half * 2)
                if abs(value - right) < 3 * tol:
                    continue  # the mistake changes nothing a student could tell apart here
                hit = _first_match(answers, written)
                assert hit is not None and hit[0] == "%0%", (stem, kq["ask"], mistake, written, answers)
                assert phrase in hit[3], (stem, kq["ask"], mistake, hit[3])
                assert abs(hit[1] - value) <= half  # the answer is the mistake's value as displayed
                checked += 1
    assert checked >= 12


def test_moodle_numerical_questions_carry_the_same_wrong_answers(tmp_path: Path) -> None:
    text = EXAM.read_text(encoding="utf-8").replace("moodle: cloze", "moodle: numerical")
    _, files, _ = generate(_write(tmp_path, "exam_seed002", text), 3, 77, ("json", "moodle"), jobs=1)
    schema = etree.XMLSchema(etree.parse(str(ROOT / "schemas" / "moodle_subset.xsd")))
    doc = etree.fromstring(files["exam_seed002_moodle.xml"].encode())
    assert schema.validate(doc), schema.error_log
    keys = _keys("exam_seed002", files, 3)
    nums = [q for q in doc.findall("question") if q.get("type") == "numerical"]
    n_wrong = 0
    for i, q in enumerate(nums):
        kq = keys[i % 3]["questions"][i // 3]
        answers = q.findall("answer")
        assert answers[0].get("fraction") == "100" and Decimal(answers[0].find("text").text) == Decimal(kq["answer"])
        right, tol = Decimal(kq["answer"]), Decimal(kq["tolerance"])
        own = {m: mistaken(keys[i % 3]["spec"], m).get(kq["ask"], float("nan")) for m in PHRASES}
        for a in answers[1:]:
            n_wrong += 1
            v, t, fb = Decimal(a.find("text").text), Decimal(a.find("tolerance").text), a.find("feedback/text").text
            assert a.get("fraction") == "0" and abs(v - right) >= tol + t
            for m, phrase in PHRASES.items():
                if phrase in fb:
                    assert abs(v - Decimal(repr(own[m]))) <= Decimal("0.000005"), (kq["ask"], m, v, own[m])
    assert n_wrong > 10


def test_qti_items_show_the_mistake_feedback_and_validate(run: tuple[str, dict]) -> None:
    stem, files = run
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(_Offline())
    schema = etree.XMLSchema(etree.parse(str(QTI21 / "www.imsglobal.org" / "xsd" / "imsqti_v2p1.xsd"), parser))
    for v, key in enumerate(_keys(stem, files), start=1):
        item = etree.fromstring(files[f"{stem}_qti/items/{stem}_v{v:03d}.xml"].encode())
        assert schema.validate(item), schema.error_log
        feedback = {f.get("identifier"): f.text for f in item.iterfind("q:modalFeedback[@outcomeIdentifier='MISTAKES']", NS)}
        for kq in key["questions"]:
            rid = f"RESPONSE_{kq['id']}"
            cond = next(
                c
                for c in item.iterfind("q:responseProcessing/q:responseCondition", NS)
                if c.find(f".//q:variable[@identifier='{rid}']", NS) is not None
            )
            branches = list(cond)
            assert branches[0].tag.endswith("responseIf") and branches[0].find("q:equal/q:correct", NS) is not None
            own = {m: mistaken(key["spec"], m).get(kq["ask"], float("nan")) for m in PHRASES}
            for b in branches[1:]:
                value = Decimal(b.find("q:equal/q:baseValue", NS).text)
                tol = Decimal(b.find("q:equal", NS).get("tolerance").split()[0])
                assert abs(value - Decimal(kq["answer"])) >= tol + Decimal(kq["tolerance"])
                fid = b.find("q:setOutcomeValue[@identifier='MISTAKES']/q:multiple/q:baseValue", NS).text
                text = feedback[fid]
                for m, phrase in PHRASES.items():
                    if phrase in text:
                        assert abs(value - Decimal(repr(own[m]))) <= Decimal("0.00005"), (kq["ask"], m)
            assert len(branches) - 1 == len([w for w in feedback if w.startswith(kq["id"] + "_")])


def test_a_mistake_shown_closer_than_two_tolerances_gets_a_narrower_range() -> None:
    """distract.py keeps 0.500014 (exactly 2 tolerances from 0.50000 ± 0.000007); displayed at 5 places it is
    0.50001, whose range with the full tolerance would overlap the right answer's: the range is narrowed."""
    from types import SimpleNamespace

    from generator.exam.distract import MistakeValue
    from generator.exam.lms.common import mistake_answers
    from generator.numfmt import RoundingPolicy, show

    policy = RoundingPolicy()
    near, far, twin = (
        MistakeValue((m,), x, show(x, policy))
        for m, x in (("update_sign", 0.500014), ("no_learning_rate", 0.6), ("target_sign", 0.600001))
    )
    a = SimpleNamespace(
        shown=show(0.5, policy), tolerance=Decimal("0.000007"), mistakes=(near, far, twin), question=SimpleNamespace(id="q1")
    )
    got = mistake_answers(a)
    assert [w["ids"] for w in got] == [["update_sign"], ["no_learning_rate"]]  # 0.60000 printed twice: named once
    assert [w["value"] for w in got] == ["0.50001", "0.60000"]
    assert Decimal(got[0]["tolerance"]) == Decimal("0.000003")  # 0.50001 - 0.000003 = 0.500007, the right range's edge
    assert got[1]["tolerance"] == "0.000007" and got[0]["fid"] == "q1_update_sign"
