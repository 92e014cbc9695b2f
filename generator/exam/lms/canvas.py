"""Canvas: a QTI 1.2 quiz package (what Canvas exports and imports).

One question group per asked quantity (a ``section`` whose ``selection_ordering`` picks 1),
each holding one ``numerical_question`` item per variant, so every student gets one variant
of each question. Each item is self-contained (it shows its variant's given numbers). The
answer is accepted exactly or in the range ``[answer - tolerance, answer + tolerance]``
(``vargte``/``varlte``), Canvas's form of an absolute tolerance. The worked solution is the
item's general feedback.
"""

from __future__ import annotations

from html import escape
from typing import Any


def _meta(fields: dict[str, str]) -> str:
    return "".join(
        f"          <qtimetadatafield>\n            <fieldlabel>{k}</fieldlabel>\n            <fieldentry>{escape(v)}</fieldentry>\n"
        "          </qtimetadatafield>\n"
        for k, v in fields.items()
    )


def _item(stem: str, item: dict[str, Any], q: dict[str, Any]) -> str:
    ident = f"{stem}_v{item['vid']}_{q['id']}"
    body = (
        item["given"]
        + f"<p>{escape(item['instructions'])}</p><p>{escape(q['text'])}, "
        + r"\("
        + escape(q["name"], quote=False)
        + r"\)"
        + " = ?</p>"
    )
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
        '            <setvar action="Set" varname="SCORE">100</setvar>\n          </respcondition>\n'
        '          <respcondition continue="Yes">\n            <conditionvar>\n              <other/>\n            </conditionvar>\n'
        '            <displayfeedback feedbacktype="Response" linkrefid="general_fb"/>\n          </respcondition>\n'
        "        </resprocessing>\n"
        '        <itemfeedback ident="general_fb">\n          <flow_mat>\n            <material>\n'
        f'              <mattext texttype="text/html">{escape(item["solution"])}</mattext>\n'
        "            </material>\n          </flow_mat>\n        </itemfeedback>\n"
        "      </item>\n"
    )


def quiz_xml(exam: Any, stem: str, seed: int, items: list[dict[str, Any]], mark: str) -> str:
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
    for qi, q in enumerate(exam.questions):
        out.append(
            f'    <section ident="{stem}_{q.id}" title="{escape(q.id)}: {escape(q.ask)}">\n'
            "      <selection_ordering>\n        <selection>\n          <selection_number>1</selection_number>\n"
            f"          <selection_extension>\n            <points_per_item>{q.points}</points_per_item>\n"
            "          </selection_extension>\n        </selection>\n      </selection_ordering>\n"
        )
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
