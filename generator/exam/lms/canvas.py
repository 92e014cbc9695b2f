"""Canvas: a QTI 1.2 quiz package (what Canvas Classic Quizzes export and import).

Canvas question groups (a ``section`` whose ``selection_ordering`` picks N items) draw
independently of each other, and a ``numerical_question`` holds one answer. So the two layouts:

``exam.canvas: variant`` (default) — one question group that picks 1 of the variants' items; each
item is a ``fill_in_multiple_blanks_question`` holding *every* asked quantity of its variant, so a
student works through one network. Canvas matches a blank's text (trimmed, case-insensitive)
against a list, so each blank lists every numeral at the answer's displayed places inside the
variant's tolerance range (:mod:`.numerals`); Canvas weighs an item's blanks equally, so the item
says so instead of printing per-part points.

``exam.canvas: numerical`` — one question group per asked quantity, each holding one
``numerical_question`` per variant, accepted in ``[answer - tolerance, answer + tolerance]``
(``vargte``/``varlte``). A student then meets a different network in each question (each group
draws on its own); kept for lecturers who want numeric grading and accept that.

Each item is self-contained (it shows its variant's given numbers); the worked solution is the
item's general feedback.

A ``type: multichoice`` question is, in the ``numerical`` layout, a ``multiple_choice_question``
whose wrong options each carry their mistake's explanation (Canvas's answer comments); in the
``variant`` layout a blank that accepts the right option's letter (the options are listed beside
it), since no Canvas item holds both typed numbers and choices. Canvas's numerical answers cannot
carry feedback for a wrong value (every listed answer is a right one).
"""

from __future__ import annotations

from decimal import Decimal
from html import escape
from typing import Any

from .numerals import accepted_numerals, places


def _meta(fields: dict[str, str]) -> str:
    return "".join(
        f"          <qtimetadatafield>\n            <fieldlabel>{k}</fieldlabel>\n            <fieldentry>{escape(v)}</fieldentry>\n"
        "          </qtimetadatafield>\n"
        for k, v in fields.items()
    )


def _closing(item: dict[str, Any], feedback: str = "") -> str:
    """The end every item shares: any other answer shows the worked solution as general feedback
    (``feedback``: the item's other ``itemfeedback`` elements, e.g. one per wrong option)."""
    return (
        '          <respcondition continue="Yes">\n            <conditionvar>\n              <other/>\n            </conditionvar>\n'
        '            <displayfeedback feedbacktype="Response" linkrefid="general_fb"/>\n          </respcondition>\n'
        "        </resprocessing>\n"
        '        <itemfeedback ident="general_fb">\n          <flow_mat>\n            <material>\n'
        f'              <mattext texttype="text/html">{escape(item["solution"])}</mattext>\n'
        "            </material>\n          </flow_mat>\n        </itemfeedback>\n"
        f"{feedback}      </item>\n"
    )


def _mc_item(stem: str, item: dict[str, Any], q: dict[str, Any]) -> str:
    """A ``multiple_choice_question`` (numerical layout): options in the drawn order; choosing a wrong one shows
    its mistake's explanation (Canvas's per-answer comment: a ``respcondition`` that only displays feedback)."""
    ident = f"{stem}_v{item['vid']}_{q['id']}"
    labels = [f"{ident}_{c['letter']}" for c in q["choices"]]
    body = _question_body(item, q)
    right = next(lab for lab, c in zip(labels, q["choices"]) if c["correct"])
    wrong = [(lab, c) for lab, c in zip(labels, q["choices"]) if not c["correct"]]
    return (
        f'      <item ident="{ident}" title="{escape(q["id"])} v{item["vid"]} {item["code"]}">\n'
        "        <itemmetadata>\n          <qtimetadata>\n"
        + _meta(
            {"question_type": "multiple_choice_question", "points_possible": q["points"], "original_answer_ids": ",".join(labels)}
        )
        + "          </qtimetadata>\n        </itemmetadata>\n"
        "        <presentation>\n"
        f'          <material>\n            <mattext texttype="text/html">{escape(body)}</mattext>\n          </material>\n'
        '          <response_lid ident="response1" rcardinality="Single">\n            <render_choice>\n'
        + "".join(
            f'              <response_label ident="{lab}">\n                <material>\n'
            f'                  <mattext texttype="text/plain">{c["letter"]}: {c["value"]}</mattext>\n                </material>\n'
            "              </response_label>\n"
            for lab, c in zip(labels, q["choices"])
        )
        + "            </render_choice>\n          </response_lid>\n        </presentation>\n"
        "        <resprocessing>\n          <outcomes>\n"
        '            <decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/>\n          </outcomes>\n'
        + "".join(
            '          <respcondition continue="Yes">\n            <conditionvar>\n'
            f'              <varequal respident="response1">{lab}</varequal>\n            </conditionvar>\n'
            f'            <displayfeedback feedbacktype="Response" linkrefid="{lab}_fb"/>\n          </respcondition>\n'
            for lab, _ in wrong
        )
        + '          <respcondition continue="No">\n            <conditionvar>\n'
        f'              <varequal respident="response1">{right}</varequal>\n            </conditionvar>\n'
        '            <setvar action="Set" varname="SCORE">100</setvar>\n          </respcondition>\n'
        + _closing(item, "".join(_answer_feedback(f"{lab}_fb", c["explanation"]) for lab, c in wrong))
    )


def _answer_feedback(ident: str, text: str) -> str:
    """One option's comment (an ``itemfeedback`` its ``displayfeedback`` links to); HTML, escaped once more for XML."""
    return (
        f'        <itemfeedback ident="{ident}">\n          <flow_mat>\n            <material>\n'
        f'              <mattext texttype="text/html">{escape(escape(text, quote=False))}</mattext>\n'
        "            </material>\n          </flow_mat>\n        </itemfeedback>\n"
    )


def _question_body(item: dict[str, Any], q: dict[str, Any]) -> str:
    """The given values, the instructions and the question with its quantity's name (numerical and multiple choice alike)."""
    return (
        item["given"]
        + f"<p>{escape(item['instructions'])}</p><p>{escape(q['text'])}, "
        + r"\("
        + escape(q["name"], quote=False)
        + r"\)"
        + " = ?</p>"
    )


def _item(stem: str, item: dict[str, Any], q: dict[str, Any]) -> str:
    if q["choices"]:
        return _mc_item(stem, item, q)
    ident = f"{stem}_v{item['vid']}_{q['id']}"
    body = _question_body(item, q)
    return (
        f'      <item ident="{ident}" title="{escape(q["id"])} v{item["vid"]} {item["code"]}">\n'
        "        <itemmetadata>\n          <qtimetadata>\n"
        + _meta({"question_type": "numerical_question", "points_possible": q["points"], "original_answer_ids": f"{ident}_a"})
        + "          </qtimetadata>\n        </itemmetadata>\n"
        "        <presentation>\n"
        f'          <material>\n            <mattext texttype="text/html">{escape(body)}</mattext>\n          </material>\n'
        f'          <response_str ident="response1" rcardinality="Single">\n'
        f'            <render_fib fibtype="Decimal">\n              <response_label ident="{ident}_a"/>\n'
        "            </render_fib>\n          </response_str>\n        </presentation>\n"
        "        <resprocessing>\n          <outcomes>\n"
        '            <decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/>\n          </outcomes>\n'
        '          <respcondition continue="No">\n            <conditionvar>\n              <or>\n'
        f'                <varequal respident="response1">{q["answer"]}</varequal>\n'
        f'                <and>\n                  <vargte respident="response1">{q["low"]}</vargte>\n'
        f'                  <varlte respident="response1">{q["high"]}</varlte>\n                </and>\n'
        "              </or>\n            </conditionvar>\n"
        '            <setvar action="Set" varname="SCORE">100</setvar>\n          </respcondition>\n' + _closing(item)
    )


def _group(ident: str, title: str, points: str) -> str:
    """A question group that shows one of its items, worth ``points``."""
    return (
        f'    <section ident="{ident}" title="{escape(title)}">\n'
        "      <selection_ordering>\n        <selection>\n          <selection_number>1</selection_number>\n"
        f"          <selection_extension>\n            <points_per_item>{points}</points_per_item>\n"
        "          </selection_extension>\n        </selection>\n      </selection_ordering>\n"
    )


def _blank(q: dict[str, Any], qi: int, where: str) -> tuple[str, str, list[str]]:
    """One blank of a variant item: its ``response_lid``, its scoring condition and its answer ids."""
    # a multiple-choice part is a blank that takes the right option's letter (Canvas compares case-insensitively)
    texts = [c["letter"] for c in q["choices"] if c["correct"]] or accepted_numerals(q["answer"], q["low"], q["high"], where)
    labels = [str((qi + 1) * 10000 + j) for j in range(len(texts))]
    lid = (
        f'          <response_lid ident="response_{q["id"]}">\n'
        f"            <material>\n              <mattext>{q['id']}</mattext>\n            </material>\n"
        "            <render_choice>\n"
        + "".join(
            f'              <response_label ident="{lab}">\n                <material>\n'
            f'                  <mattext texttype="text/plain">{t}</mattext>\n                </material>\n'
            "              </response_label>\n"
            for lab, t in zip(labels, texts)
        )
        + "            </render_choice>\n          </response_lid>\n"
    )
    cond = (
        '          <respcondition continue="Yes">\n            <conditionvar>\n              <or>\n'
        + "".join(f'                <varequal respident="response_{q["id"]}">{lab}</varequal>\n' for lab in labels)
        + "              </or>\n            </conditionvar>\n"
    )
    return lid, cond, labels


def _places_words(answer: str) -> str:
    d = places(answer)
    return "a whole number" if d == 0 else f"{d} decimal place" + ("s" if d > 1 else "")


def _how(q: dict[str, Any]) -> str:
    """What to type in a blank: the answer at its places, or (multiple choice) the letter of one option."""
    if not q["choices"]:
        return _places_words(q["answer"])
    return "type the letter of one option: " + "; ".join(f"{c['letter']}: {c['value']}" for c in q["choices"])


def _variant_item(stem: str, item: dict[str, Any]) -> str:
    """All asked quantities of one variant as one fill-in-multiple-blanks item."""
    ident = f"{stem}_v{item['vid']}"
    qs = item["questions"]
    total = sum((Decimal(q["points"]) for q in qs), Decimal(0))
    share = f"{Decimal(100) / len(qs):.2f}"
    body = item["given"] + f"<p>{escape(item['instructions'])}</p>"
    body += (
        f"<p>The {len(qs)} answers count equally ({total} points in all). Type each number rounded to the "
        "decimal places given after its box; Canvas compares the text you type.</p>"
    )
    body += "".join(
        f"<p>{escape(q['id'])}: {escape(q['text'])}, " + r"\(" + escape(q["name"], quote=False) + r"\)"
        f" = [{q['id']}] ({_how(q)})</p>"
        for q in qs
    )
    blanks = [_blank(q, qi, f"exam.questions[{qi}] ({q['id']}), variant {item['vid']}") for qi, q in enumerate(qs)]
    answer_ids = ",".join(lab for _, _, labels in blanks for lab in labels)
    return (
        f'      <item ident="{ident}" title="v{item["vid"]} {item["code"]}">\n'
        "        <itemmetadata>\n          <qtimetadata>\n"
        + _meta(
            {
                "question_type": "fill_in_multiple_blanks_question",
                "points_possible": str(total),
                "original_answer_ids": answer_ids,
            }
        )
        + "          </qtimetadata>\n        </itemmetadata>\n"
        "        <presentation>\n"
        f'          <material>\n            <mattext texttype="text/html">{escape(body)}</mattext>\n          </material>\n'
        + "".join(lid for lid, _, _ in blanks)
        + "        </presentation>\n"
        "        <resprocessing>\n          <outcomes>\n"
        '            <decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/>\n          </outcomes>\n'
        + "".join(
            cond + f'            <setvar action="Add" varname="SCORE">{share}</setvar>\n          </respcondition>\n'
            for _, cond, _ in blanks
        )
        + _closing(item)
    )


def quiz_xml(exam: Any, stem: str, seed: int, items: list[dict[str, Any]], mark: str) -> str:
    """The quiz: one group drawing one variant (``variant``), or one group per quantity (``numerical``)."""
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        f"<!-- {mark}: {escape(stem)}, seed {seed}, {len(items)} variants -->\n",
        '<questestinterop xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.imsglobal.org/xsd/ims_qtiasiv1p2 http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd">\n',
        f'  <assessment ident="{stem}_quiz" title="{escape(exam.title)}">\n',
        "    <qtimetadata>\n      <qtimetadatafield>\n        <fieldlabel>cc_maxattempts</fieldlabel>\n"
        "        <fieldentry>1</fieldentry>\n      </qtimetadatafield>\n    </qtimetadata>\n",
        '    <section ident="root_section">\n',
    ]
    if exam.canvas == "variant":
        out.append(_group(f"{stem}_variants", f"{exam.title}: one variant per student", exam.total_points))
        out.extend(_variant_item(stem, it) for it in items)
        out.append("    </section>\n")
    else:
        for qi, q in enumerate(exam.questions):
            out.append(_group(f"{stem}_{q.id}", f"{q.id}: {q.ask}", q.points))
            out.extend(_item(stem, it, it["questions"][qi]) for it in items)
            out.append("    </section>\n")
    out.append("    </section>\n  </assessment>\n</questestinterop>\n")
    return "".join(out)


def manifest_xml(stem: str, mark: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<!-- {mark} -->\n"
        f'<manifest identifier="{stem}_canvas" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1">\n'
        "  <metadata>\n    <schema>IMS Content</schema>\n    <schemaversion>1.1.3</schemaversion>\n  </metadata>\n"
        "  <organizations/>\n  <resources>\n"
        f'    <resource identifier="{stem}_quiz" type="imsqti_xmlv1p2">\n      <file href="{stem}/{stem}.xml"/>\n'
        "    </resource>\n  </resources>\n</manifest>\n"
    )
