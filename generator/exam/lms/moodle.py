"""Moodle XML (``question/format/xml/format.php``): one category of variants.

``exam.moodle: cloze`` (default): one ``cloze`` question per variant, each asked quantity a
``{points:NUMERICAL:=answer:tolerance#feedback}`` gap; a quiz with one random question from the
category gives each student one variant with all its parts (one network). ``numerical``: a
sub-category per asked quantity, each holding one ``numerical`` question per variant, so a quiz
draws one random question from each — independently, so a student meets a different network in
each question (Moodle cannot tie random questions together); each category's description says so.
Tolerances are absolute (Moodle's nominal tolerance; see :mod:`generator.exam.variant` for how
they are derived). The worked solution is the general feedback; math in ``\\( \\)``.

Wrong answers (issue 18): each NUMERICAL gap and numerical question lists, after the right answer,
one 0 % answer per distinct value a catalogued mistake gives, with its explanation as feedback.
Moodle's numerical grading takes the *first* answer whose range holds the response
(``question_first_matching_answer_grading_strategy``), so the right answer comes first; the
ranges do not overlap anyway (:func:`.common.mistake_answers`). A ``type: multichoice`` question
is a ``{points:MULTICHOICE:=right#…~wrong#explanation…}`` gap (cloze) or a single-answer
``multichoice`` question (numerical layout), its options in the drawn order.

Cloze gaps end at ``}`` and split at ``~`` and ``#``; inside a gap these are escaped with a
backslash. Moodle's cloze parser (qtype_multianswer) ends an answer at an unescaped ``~ # }`` and a
feedback at an unescaped ``~ }``, and turns ``\\}`` and ``\\#`` back into ``}`` and ``#`` (a ``\\~``
keeps its backslash; nothing nnwalk writes in a gap has a ``~``). Feedback is HTML-escaped without
quote entities, whose ``&#x27;`` would put a ``#`` in the text.
"""

from __future__ import annotations

from decimal import Decimal
from html import escape
from typing import Any

from ...errors import SpecError
from .common import cdata, m

PENALTY = "0.3333333"


def cloze_escape(text: str) -> str:
    """Escape the characters that end or split a cloze gap: backslash-``}``, ``~``, ``#``."""
    return text.replace("}", r"\}").replace("~", r"\~").replace("#", r"\#")


def _right_feedback(q: dict[str, Any]) -> str:
    return f"{m(q['name'])} = {q['answer']}"


def _mc_gap(q: dict[str, Any]) -> str:
    """A MULTICHOICE gap (a drop-down; options in the drawn order, Moodle does not shuffle MULTICHOICE): the right
    option marked ``=``, each wrong one 0 % with its mistake's explanation as feedback."""
    alts = "~".join(
        ("=" if c["correct"] else "")
        + cloze_escape(c["value"])
        + "#"
        + cloze_escape(_right_feedback(q) if c["correct"] else escape(c["explanation"], quote=False))
        for c in q["choices"]
    )
    return "{" + f"{q['points']}:MULTICHOICE:{alts}" + "}"


def _gap(q: dict[str, Any]) -> str:
    """A NUMERICAL gap: the right answer first (Moodle grades by the first answer whose range holds the
    response), then one 0 % answer per distinct mistake value with the mistake's explanation."""
    if q["choices"]:
        return _mc_gap(q)
    feedback = cloze_escape(f"{m(q['name'])} = {q['answer']} (accepted: {q['low']} to {q['high']})")
    wrong = "".join(
        f"~%0%{cloze_escape(w['value'])}:{w['tolerance']}#{cloze_escape(escape(w['explanation'], quote=False))}"
        for w in q["mistakes"]
    )
    return "{" + f"{q['points']}:NUMERICAL:={cloze_escape(q['answer'])}:{q['tolerance']}#{feedback}{wrong}" + "}"


def _text(tag: str, html: str) -> str:
    return f'    <{tag} format="html">\n      <text>{cdata(html)}</text>\n    </{tag}>\n'


def _name(text: str) -> str:
    return f"    <name>\n      <text>{escape(text, quote=False)}</text>\n    </name>\n"


def _category(path: str, info: str) -> str:
    return (
        '  <question type="category">\n'
        f"    <category>\n      <text>{escape(path, quote=False)}</text>\n    </category>\n"
        + _text("info", info)
        + "  </question>\n"
    )


def _cloze(item: dict[str, Any]) -> str:
    body = item["given"] + f"<p>{escape(item['instructions'])}</p>"
    body += "".join(
        f"<p>{escape(q['id'])} ({escape(q['points'])} points): {escape(q['text'])}, {m(q['name'])} = {_gap(q)}</p>"
        for q in item["questions"]
    )
    return (
        '  <question type="cloze">\n'
        + _name(f"{item['title']} v{item['vid']} {item['code']}")
        + _text("questiontext", body)
        + _text("generalfeedback", item["solution"])
        + f"    <penalty>{PENALTY}</penalty>\n    <hidden>0</hidden>\n    <idnumber>{item['code']}</idnumber>\n"
        + "  </question>\n"
    )


def _multichoice(item: dict[str, Any], q: dict[str, Any]) -> str:
    """One option set as a single-answer ``multichoice`` question: options lettered A, B, … in the drawn order
    (``shuffleanswers`` false keeps the right one at its drawn letter), 100 for the right one, 0 for each
    wrong one with its mistake's explanation as the answer's feedback."""
    body = item["given"] + f"<p>{escape(item['instructions'])}</p><p>{escape(q['text'])}, {m(q['name'])} = ?</p>"
    answers = "".join(
        f'    <answer fraction="{100 if c["correct"] else 0}" format="html">\n      <text>{c["value"]}</text>\n'
        f'      <feedback format="html">\n        <text>{cdata(_right_feedback(q) if c["correct"] else escape(c["explanation"], quote=False))}</text>\n'
        "      </feedback>\n    </answer>\n"
        for c in q["choices"]
    )
    return (
        '  <question type="multichoice">\n'
        + _name(f"{item['title']} {q['id']} v{item['vid']} {item['code']}")
        + _text("questiontext", body)
        + _text("generalfeedback", item["solution"])
        + f"    <defaultgrade>{q['points']}</defaultgrade>\n    <penalty>{PENALTY}</penalty>\n    <hidden>0</hidden>\n"
        + f"    <idnumber>{item['code']}-{q['id']}</idnumber>\n"
        + "    <single>true</single>\n    <shuffleanswers>false</shuffleanswers>\n    <answernumbering>ABCD</answernumbering>\n"
        + "    <showstandardinstruction>0</showstandardinstruction>\n"
        + _text("correctfeedback", "")
        + _text("partiallycorrectfeedback", "")
        + _text("incorrectfeedback", "")
        + answers
        + "  </question>\n"
    )


def _numerical(item: dict[str, Any], q: dict[str, Any]) -> str:
    if q["choices"]:
        return _multichoice(item, q)
    body = item["given"] + f"<p>{escape(item['instructions'])}</p><p>{escape(q['text'])}, {m(q['name'])} = ?</p>"
    return (
        '  <question type="numerical">\n'
        + _name(f"{item['title']} {q['id']} v{item['vid']} {item['code']}")
        + _text("questiontext", body)
        + _text("generalfeedback", item["solution"])
        + f"    <defaultgrade>{q['points']}</defaultgrade>\n    <penalty>{PENALTY}</penalty>\n    <hidden>0</hidden>\n"
        + f"    <idnumber>{item['code']}-{q['id']}</idnumber>\n"
        + f'    <answer fraction="100" format="moodle_auto_format">\n      <text>{q["answer"]}</text>\n'
        + f"      <tolerance>{q['tolerance']}</tolerance>\n"
        + '      <feedback format="html">\n        <text></text>\n      </feedback>\n    </answer>\n'
        + "".join(_wrong_answer(w) for w in q["mistakes"])
        + "    <unitgradingtype>0</unitgradingtype>\n    <unitpenalty>0.1000000</unitpenalty>\n"
        + "    <showunits>3</showunits>\n    <unitsleft>0</unitsleft>\n"
        + "  </question>\n"
    )


def _wrong_answer(w: dict[str, Any]) -> str:
    """A 0 % answer at one mistake's value, its feedback the mistake's explanation (after the right answer)."""
    return (
        f'    <answer fraction="0" format="moodle_auto_format">\n      <text>{w["value"]}</text>\n'
        f"      <tolerance>{w['tolerance']}</tolerance>\n"
        f'      <feedback format="html">\n        <text>{cdata(escape(w["explanation"], quote=False))}</text>\n      </feedback>\n    </answer>\n'
    )


def moodle_xml(exam: Any, stem: str, seed: int, items: list[dict[str, Any]], mark: str) -> str:
    """The whole Moodle XML file for every variant (in variant order)."""
    if exam.moodle == "cloze":
        for i, q in enumerate(exam.questions):
            if Decimal(q.points) != int(Decimal(q.points)):
                raise SpecError(
                    f"exam.questions[{i}].points: Moodle cloze gaps take whole-number weights, got {q.points}; "
                    "use whole points or exam.moodle: numerical."
                )
    top = f"$course$/top/{exam.title} ({stem}, seed {seed})"
    info = f"<p>{len(items)} variants generated and verified by nnwalk from {escape(stem)} with seed {seed}.</p>"
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        f"<!-- {mark}: {escape(stem)}, seed {seed}, {len(items)} variants -->\n",
        "<quiz>\n",
    ]
    if exam.moodle == "cloze":
        info += "<p>Each question is one variant with every part: add one random question from this category to the quiz.</p>"
        out.append(_category(top, info))
        out.extend(_cloze(it) for it in items)
    else:
        info += (
            "<p>Each sub-category holds one part of every variant; random questions drawn from them are independent, "
            "so a student gets parts of different networks. For one network per student use exam.moodle: cloze.</p>"
        )
        for qi, q in enumerate(exam.questions):
            out.append(_category(f"{top}/{q.id} {q.ask}", info))
            out.extend(_numerical(it, it["questions"][qi]) for it in items)
    out.append("</quiz>\n")
    return "".join(out)
