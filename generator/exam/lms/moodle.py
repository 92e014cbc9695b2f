"""Moodle XML (``question/format/xml/format.php``): one category of variants.

``exam.moodle: cloze`` (default): one ``cloze`` question per variant, each asked quantity a
``{points:NUMERICAL:=answer:tolerance#feedback}`` gap; a quiz with one random question from the
category gives each student one variant with all its parts (one network). ``numerical``: a
sub-category per asked quantity, each holding one ``numerical`` question per variant, so a quiz
draws one random question from each — independently, so a student meets a different network in
each question (Moodle cannot tie random questions together); each category's description says so.
Tolerances are absolute (Moodle's nominal tolerance; see :mod:`generator.exam.variant` for how
they are derived). The worked solution is the general feedback; math in ``\\( \\)``.

Cloze gaps end at ``}`` and split at ``~`` and ``#``; inside a gap these are escaped with a
backslash, which Moodle's cloze parser (qtype_multianswer) removes again.
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


def _gap(q: dict[str, Any]) -> str:
    """A NUMERICAL gap: the right answer first (Moodle grades by the first answer whose range holds the
    response), then one 0 % answer per distinct mistake value with the mistake's explanation."""
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


def _numerical(item: dict[str, Any], q: dict[str, Any]) -> str:
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
