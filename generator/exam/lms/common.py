"""What every LMS format needs from one variant, as plain (picklable) data.

Math is written for MathJax, which Moodle, Canvas and most QTI players run: ``\\( \\)`` inline,
``\\[ \\]`` displayed. The worked solution is the trace's chains, the very ones the verified
Markdown key prints (same objects, same LaTeX), so the feedback shows verified numbers only.
HTML special characters in LaTeX (``<``, ``&``) are escaped; MathJax reads the decoded text.
"""

from __future__ import annotations

import io
import re
import zipfile
from decimal import ROUND_FLOOR, Decimal
from html import escape
from typing import Any

from ...engine.chains import chain_latex
from ...engine.trace import Trace

ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def m(latex: str) -> str:
    """Inline math for HTML."""
    return r"\(" + escape(latex, quote=False) + r"\)"


def _md_math_html(text: str) -> str:
    """Words with $...$ math (and `code`) as HTML text with MathJax's \\( \\) delimiters."""
    parts = re.split(r"(\$[^$]+\$)", text.replace("`", ""))
    return "".join(m(p[1:-1]) if p.startswith("$") and p.endswith("$") and len(p) > 1 else escape(p) for p in parts)


def task_html(task: dict[str, Any]) -> str:
    """What to compute with (activations, loss, update rule), so an LMS item is complete on its own."""
    acts = "; ".join(f"{escape(a['layer'])}: {escape(a['name'])}, {m(a['latex'])}" for a in task["activations"])
    out = f"<p><strong>Activations</strong> — {acts}.</p>"
    out += f"<p><strong>Loss</strong> ({escape(task['loss_words'])}): {m(task['loss'])}</p>"
    up = task["training"]
    if up is not None:
        out += f"<p><strong>Update</strong> — {escape(up['words'])}, with {m(up['given'])}:</p>"
        out += "".join(r"<p>\[" + escape(f, quote=False) + r"\]</p>" for f in up["latex"])
        if up["rule"]:
            out += f"<p>{_md_math_html(up['rule'])}</p>"
    if task["dropout"]:
        out += f"<p>{_md_math_html(task['dropout'])}</p>"
    return out


def given_html(ctx: dict[str, Any]) -> str:
    """The given numbers as XHTML tables (valid inside QTI itemBody as well)."""
    doc = ctx["doc"]
    rows = "".join(f"<tr><td>{m(r['name'])}</td><td>{escape(r['value'].plain)}</td></tr>" for r in doc["given_rows"])
    wrows = "".join(
        f"<tr><td>{escape(r['src'])}</td><td>{escape(r['dst'])}</td><td>{m(r['name'])}</td><td>{escape(r['value'].plain)}</td></tr>"
        for r in doc["weight_rows"]
    )
    wrows += "".join(
        f"<tr><td>bias</td><td>{escape(r['dst'])}</td><td>{m(r['name'])}</td><td>{escape(r['value'].plain)}</td></tr>"
        for r in doc["bias_rows"]
    )
    return (
        f"<p>{escape(doc['arch_text'])}</p>"
        + task_html(ctx["task"])
        + f"<table><tbody><tr><th>Given</th><th>Value</th></tr>{rows}</tbody></table>"
        f"<table><tbody><tr><th>From</th><th>To</th><th>Weight</th><th>Value</th></tr>{wrows}</tbody></table>"
    )


def solution_html(tr: Trace) -> str:
    """The worked solution: every chain of the walkthrough except the single products of a net input."""
    products = {id(c) for st in tr.steps for ex in st.examples for layer in ex.forward for nf in layer for c in nf.products}
    products |= {id(c) for ex in tr.final_examples for layer in ex.forward for nf in layer for c in nf.products}
    lines = [r"<p>\[" + escape(chain_latex(c), quote=False) + r"\]</p>" for c in tr.chains() if id(c) not in products]
    return "".join(lines)


def variant_content(t: Any, d: Any, tr: Trace, answers: list[Any], ctx: dict[str, Any]) -> dict[str, Any]:
    return {
        "variant": d.variant,
        "vid": ctx["vid"],
        "code": ctx["code"],
        "title": t.exam.title,
        "instructions": ctx["instructions"],
        "given": given_html(ctx),
        "solution": solution_html(tr),
        "policy": tr.policy.describe(),
        "questions": [
            {
                "id": a.question.id,
                "ask": a.question.ask,
                "text": a.text,
                "name": a.name,
                "points": a.question.points,
                "answer": a.value,
                "tolerance": a.tol,
                "low": a.low,
                "high": a.high,
                "mistakes": mistake_answers(a),
                "choices": choices(a),
            }
            for a in answers
        ],
    }


def choices(a: Any) -> list[dict[str, Any]]:
    """A multiple-choice question's options in the order shown; each wrong one with its mistake's explanation
    and a feedback identifier (the one the same mistake has as a numerical wrong answer). [] for a numerical question."""
    return [
        {
            "letter": o.letter,
            "value": o.value,
            "correct": o.correct,
            "explanation": "" if o.mistake is None else o.mistake.explanation,
            "fid": "" if o.mistake is None else f"{a.question.id}_{o.mistake.ids[0]}",
        }
        for o in a.options
    ]


def _down2(d: Decimal) -> Decimal:
    """``d`` (> 0) rounded down to two significant digits: a mistake's range only ever shrinks."""
    return d.quantize(Decimal(1).scaleb(d.adjusted() - 1), rounding=ROUND_FLOOR)


def _plain(d: Decimal) -> str:
    s = format(d, "f")
    return s.rstrip("0").rstrip(".") if "." in s else s


def mistake_answers(a: Any) -> list[dict[str, Any]]:
    """Each distinct mistake value of an answer as an LMS wrong answer with its feedback (Moodle, QTI).

    The value is the mistake's as a student rounding as instructed writes it, accepted with the
    right answer's tolerance — narrowed where needed so that no mistake's range reaches the right
    answer's range or another mistake's: :mod:`generator.exam.distract` keeps mistakes at least
    two tolerances from the right answer *exactly*, but the displayed mistake value can be up to
    half a unit closer. A mistake whose displayed value repeats an earlier one's is left out (the
    first, in catalogue order, names it); one inside the right answer's range is left out too.
    """
    right, tol = a.shown.value, a.tolerance
    kept: list[tuple[Any, Decimal]] = []
    for mv in a.mistakes:
        v = mv.shown.value
        if v != right and all(v != w for _, w in kept):
            kept.append((mv, v))
    out = []
    for k, (mv, v) in enumerate(kept):
        room = min([abs(v - right) - tol] + [abs(v - w) / 2 for j, (_, w) in enumerate(kept) if j != k])
        if room <= 0:
            continue
        out.append(
            {
                "ids": list(mv.ids),
                "value": mv.value,
                "tolerance": _plain(min(tol, _down2(room))),
                "explanation": mv.explanation,
                "fid": f"{a.question.id}_{mv.ids[0]}",
            }
        )
    return out


def stored_zip(files: dict[str, str | bytes], comment: str) -> bytes:
    """A zip with fixed dates and permissions, entries in the given order: same files, same bytes."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))
        z.comment = comment.encode("utf-8")
    return buf.getvalue()


def cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"
