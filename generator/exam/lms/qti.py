"""IMS QTI 2.1: one ``assessmentItem`` per variant, one ``assessmentTest`` that draws one of them.

Each item holds every asked quantity as a ``textEntryInteraction`` with a float response;
response processing adds a question's points when ``equal`` with ``toleranceMode="absolute"``
accepts the answer (the tolerance written on both sides). The worked solution is a
``modalFeedback`` shown after submission. The test's section has ``<selection select="1"/>``
over all variant items, so each candidate gets one variant. ``imsmanifest.xml`` (IMS Content
Packaging 1.1) lists test and items; the zip is what an LMS imports. Validated against the
official QTI 2.1 XSD in the tests.
"""

from __future__ import annotations

from decimal import Decimal
from html import escape
from typing import Any

NS = "http://www.imsglobal.org/xsd/imsqti_v2p1"
XSD = "http://www.imsglobal.org/xsd/imsqti_v2p1.xsd"
_HEAD = f'xmlns="{NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="{NS} {XSD}"'


def _a(text: str) -> str:
    return escape(text, quote=True)


def item_id(stem: str, variant: int) -> str:
    return f"{stem}_v{variant:03d}"


def item_xml(stem: str, item: dict[str, Any], mark: str) -> str:
    ident = item_id(stem, item["variant"])
    qs = item["questions"]
    total = sum((Decimal(q["points"]) for q in qs), Decimal(0))
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n', f"<!-- {mark}: variant {item['vid']}, code {item['code']} -->\n"]
    out.append(
        f'<assessmentItem {_HEAD} identifier="{_a(ident)}" title="{_a(item["title"])} v{item["vid"]} {item["code"]}" '
        'adaptive="false" timeDependent="false">\n'
    )
    for q in qs:
        kind, right = ("identifier", _choice_id(q, _right(q))) if q["choices"] else ("float", q["answer"])
        out.append(
            f'  <responseDeclaration identifier="RESPONSE_{q["id"]}" cardinality="single" baseType="{kind}">\n'
            f"    <correctResponse>\n      <value>{right}</value>\n    </correctResponse>\n"
            "  </responseDeclaration>\n"
        )
    out.append(
        '  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float">\n'
        "    <defaultValue>\n      <value>0</value>\n    </defaultValue>\n  </outcomeDeclaration>\n"
        '  <outcomeDeclaration identifier="MAXSCORE" cardinality="single" baseType="float">\n'
        f"    <defaultValue>\n      <value>{total}</value>\n    </defaultValue>\n  </outcomeDeclaration>\n"
        '  <outcomeDeclaration identifier="FEEDBACK" cardinality="single" baseType="identifier"/>\n'
    )
    if any(q["mistakes"] or q["choices"] for q in qs):
        out.append('  <outcomeDeclaration identifier="MISTAKES" cardinality="multiple" baseType="identifier"/>\n')
    out.append("  <itemBody>\n")
    out.append(f"    <div>{item['given']}</div>\n")
    out.append(f"    <p>{escape(item['instructions'])}</p>\n")
    for q in qs:
        if q["choices"]:
            out.append(_choice_interaction(q))
            continue
        out.append(
            f"    <p>{q['id']} ({q['points']} points): {escape(q['text'])}, "
            + r"\("
            + escape(q["name"], quote=False)
            + r"\)"
            + f' = <textEntryInteraction responseIdentifier="RESPONSE_{q["id"]}" expectedLength="12"/></p>\n'
        )
    out.append("  </itemBody>\n  <responseProcessing>\n")
    for q in qs:
        if q["choices"]:
            out.append(_choice_processing(q))
            continue
        out.append(
            "    <responseCondition>\n      <responseIf>\n"
            f'        <equal toleranceMode="absolute" tolerance="{q["tolerance"]} {q["tolerance"]}">\n'
            f'          <variable identifier="RESPONSE_{q["id"]}"/>\n          <correct identifier="RESPONSE_{q["id"]}"/>\n'
            "        </equal>\n"
            '        <setOutcomeValue identifier="SCORE">\n          <sum>\n            <variable identifier="SCORE"/>\n'
            f'            <baseValue baseType="float">{q["points"]}</baseValue>\n          </sum>\n        </setOutcomeValue>\n'
            "      </responseIf>\n" + "".join(_mistake_branch(q, w) for w in q["mistakes"]) + "    </responseCondition>\n"
        )
    out.append(
        '    <setOutcomeValue identifier="FEEDBACK">\n      <baseValue baseType="identifier">SOLUTION</baseValue>\n'
        "    </setOutcomeValue>\n  </responseProcessing>\n"
    )
    out.append(
        '  <modalFeedback outcomeIdentifier="FEEDBACK" identifier="SOLUTION" showHide="show" title="Worked solution">'
        f"{item['solution']}</modalFeedback>\n"
    )
    out.extend(
        f'  <modalFeedback outcomeIdentifier="MISTAKES" identifier="{w["fid"]}" showHide="show" '
        f'title="{q["id"]}: a common mistake">{escape(w["explanation"], quote=False)}</modalFeedback>\n'
        for q in qs
        for w in (q["mistakes"] if not q["choices"] else [c for c in q["choices"] if not c["correct"]])
    )
    out.append("</assessmentItem>\n")
    return "".join(out)


def _right(q: dict[str, Any]) -> dict[str, Any]:
    return next(c for c in q["choices"] if c["correct"])


def _choice_id(q: dict[str, Any], c: dict[str, Any]) -> str:
    return f"{q['id']}_{c['letter']}"


def _choice_interaction(q: dict[str, Any]) -> str:
    """A multiple-choice question: one ``choiceInteraction`` (a block, so after its question's paragraph), options in
    the drawn order (``shuffle="false"`` keeps the right one at its drawn letter), one choice allowed."""
    choices = "".join(
        f'      <simpleChoice identifier="{_choice_id(q, c)}">{c["letter"]}: {c["value"]}</simpleChoice>\n' for c in q["choices"]
    )
    return (
        f"    <p>{q['id']} ({q['points']} points): {escape(q['text'])}, "
        + r"\("
        + escape(q["name"], quote=False)
        + r"\)"
        + ":</p>\n"
        f'    <choiceInteraction responseIdentifier="RESPONSE_{q["id"]}" shuffle="false" maxChoices="1">\n{choices}'
        "    </choiceInteraction>\n"
    )


def _choice_processing(q: dict[str, Any]) -> str:
    """The right choice adds the points; each wrong one adds its mistake's feedback identifier to MISTAKES."""
    rid = f"RESPONSE_{q['id']}"
    wrong = "".join(
        "      <responseElseIf>\n"
        f'        <match>\n          <variable identifier="{rid}"/>\n'
        f'          <baseValue baseType="identifier">{_choice_id(q, c)}</baseValue>\n        </match>\n'
        '        <setOutcomeValue identifier="MISTAKES">\n          <multiple>\n            <variable identifier="MISTAKES"/>\n'
        f'            <baseValue baseType="identifier">{c["fid"]}</baseValue>\n          </multiple>\n        </setOutcomeValue>\n'
        "      </responseElseIf>\n"
        for c in q["choices"]
        if not c["correct"]
    )
    return (
        "    <responseCondition>\n      <responseIf>\n"
        f'        <match>\n          <variable identifier="{rid}"/>\n          <correct identifier="{rid}"/>\n        </match>\n'
        '        <setOutcomeValue identifier="SCORE">\n          <sum>\n            <variable identifier="SCORE"/>\n'
        f'            <baseValue baseType="float">{q["points"]}</baseValue>\n          </sum>\n        </setOutcomeValue>\n'
        f"      </responseIf>\n{wrong}    </responseCondition>\n"
    )


def _mistake_branch(q: dict[str, Any], w: dict[str, Any]) -> str:
    """After the right answer's test: a response within the mistake's (narrowed) tolerance of its value adds the
    mistake's feedback identifier to MISTAKES (its ``modalFeedback`` then shows the explanation)."""
    return (
        "      <responseElseIf>\n"
        f'        <equal tolerance="{w["tolerance"]} {w["tolerance"]}" toleranceMode="absolute">\n'
        f'          <variable identifier="RESPONSE_{q["id"]}"/>\n          <baseValue baseType="float">{w["value"]}</baseValue>\n'
        "        </equal>\n"
        '        <setOutcomeValue identifier="MISTAKES">\n          <multiple>\n            <variable identifier="MISTAKES"/>\n'
        f'            <baseValue baseType="identifier">{w["fid"]}</baseValue>\n          </multiple>\n        </setOutcomeValue>\n'
        "      </responseElseIf>\n"
    )


def test_xml(stem: str, title: str, seed: int, variants: list[int], mark: str) -> str:
    refs = "".join(
        f'      <assessmentItemRef identifier="{item_id(stem, v)}" href="items/{item_id(stem, v)}.xml"/>\n' for v in variants
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<!-- {mark}: {escape(stem)}, seed {seed}, {len(variants)} variants -->\n"
        f'<assessmentTest {_HEAD} identifier="{_a(stem)}_test" title="{_a(title)}">\n'
        '  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"/>\n'
        '  <testPart identifier="part1" navigationMode="linear" submissionMode="individual">\n'
        f'    <assessmentSection identifier="variants" title="{_a(title)}" visible="true">\n'
        '      <selection select="1"/>\n'
        f"{refs}"
        "    </assessmentSection>\n  </testPart>\n"
        '  <outcomeProcessing>\n    <setOutcomeValue identifier="SCORE">\n      <sum>\n'
        '        <testVariables variableIdentifier="SCORE"/>\n      </sum>\n    </setOutcomeValue>\n  </outcomeProcessing>\n'
        "</assessmentTest>\n"
    )


def manifest_xml(stem: str, variants: list[int], mark: str) -> str:
    items = "".join(
        f'    <resource identifier="{item_id(stem, v)}" type="imsqti_item_xmlv2p1" href="items/{item_id(stem, v)}.xml">\n'
        f'      <file href="items/{item_id(stem, v)}.xml"/>\n    </resource>\n'
        for v in variants
    )
    deps = "".join(f'      <dependency identifierref="{item_id(stem, v)}"/>\n' for v in variants)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<!-- {mark} -->\n"
        f'<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" identifier="{_a(stem)}_package">\n'
        "  <metadata>\n    <schema>QTIv2.1 Package</schema>\n    <schemaversion>1.0.0</schemaversion>\n  </metadata>\n"
        "  <organizations/>\n  <resources>\n"
        f'    <resource identifier="{_a(stem)}_test" type="imsqti_test_xmlv2p1" href="{_a(stem)}_test.xml">\n'
        f'      <file href="{_a(stem)}_test.xml"/>\n{deps}    </resource>\n'
        f"{items}  </resources>\n</manifest>\n"
    )
