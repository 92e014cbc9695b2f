"""One exam variant: its answers with tolerances, question sheet, verified answer key, JSON key.

The answer key is the ordinary walkthrough with an answers section in front; the two are
verified *together* by :func:`verify.verify_trace` (the answers table is checked against the
computed values like any other table), so no printed number escapes verification.

Tolerances. A student may carry rounded values (the policy the sheet states) or full
precision. Both must be accepted, so each answer's absolute tolerance is

    tolerance = half a unit in the last displayed place of the answer
              + |displayed answer - exact float64 value|

(the second term is the propagated rounding of the carried intermediate values for this
variant), rounded *up* to two significant digits. The interval answer ± tolerance then holds
the displayed answer, the exact value, and the exact value rounded to the displayed places.
LMS formats carry absolute tolerances: Moodle's ``<tolerance>`` (nominal), the cloze
``:tolerance`` field, QTI 2.1 ``toleranceMode="absolute"``, Canvas's ``vargte``/``varlte`` range
(answer - tolerance, answer + tolerance) in its numerical layout, and in its default layout the
list of numerals at the answer's places inside that range (:mod:`generator.exam.lms.numerals`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal
from functools import cache
from pathlib import Path
from typing import Any

from ..certify import rounding_intervals, verify_trace
from ..engine import network
from ..engine.chains import Chain
from ..engine.mistakes import CATALOGUE
from ..engine.trace import Trace, build_trace
from ..errors import NnwalkError, SpecError, VerificationError
from ..numfmt import Num, json_value, show, to_decimal
from ..render.document import add_certificate, answer_key, jinja_env, render_body, view_model
from ..render.jsonfmt import dumps_indented
from ..render.statement import task_statement
from ..spec.variants import STATE_KINDS, Question, Template
from .choices import Option, distractors, options
from .distract import MistakeValue, all_runs, mistake_values
from .draw import Drawn, truth, variant_spec

MARK = "nnwalk variants"  # recognises files this module wrote (sheets, manifests, LMS files)


@dataclass(frozen=True)
class Answer:
    question: Question
    name: str  # LaTeX name in the spec's notation
    text: str  # description in words
    shown: Num  # the displayed value (round-and-carry or exact, as the policy says)
    exact: float  # float64 truth
    tolerance: Decimal
    #: what each catalogued mistake gives here, distinct from the answer and from each other (:mod:`.distract`)
    mistakes: tuple[MistakeValue, ...] = ()
    #: a multiple-choice question's lettered options, in the order shown (:mod:`.choices`); () for a numerical one
    options: tuple[Option, ...] = ()

    @property
    def correct_letter(self) -> str:
        return next((o.letter for o in self.options if o.correct), "")

    @property
    def value(self) -> str:
        return self.shown.plain

    @property
    def low(self) -> str:
        return _plain(self.shown.value - self.tolerance)

    @property
    def high(self) -> str:
        return _plain(self.shown.value + self.tolerance)

    @property
    def tol(self) -> str:
        return _plain(self.tolerance)


def _plain(d: Decimal) -> str:
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def tolerance(
    shown: Num, exact: float, interval: tuple[float, float] | None = None, override: tuple[str, Decimal] | None = None
) -> Decimal:
    """The accepted distance from the displayed answer, rounded up to 2 significant digits.

    At least half a unit in the last displayed place plus |displayed - exact| (the full-precision
    route); widened to the propagated rounding ``interval`` when given: every value a student can
    reach by rounding each intermediate result as instructed, in any order (interval arithmetic
    over the question's own formula graph, :func:`generator.certify.rounding_intervals`).
    ``override`` is the exam's own ``tolerance`` (absolute, or relative to the answer).
    """
    if override is not None:
        kind, amount = override
        raw = amount if kind == "absolute" else amount * abs(shown.value)
    else:
        raw = shown.half_unit + abs(shown.value - to_decimal(exact))
        if interval is not None and all(math.isfinite(v) for v in interval):
            lo, hi = (to_decimal(v) for v in interval)
            raw = max(raw, shown.value - lo, hi - shown.value)
    if raw == 0:
        return Decimal(0)
    q = Decimal(1).scaleb(raw.adjusted() - 1)
    return raw.quantize(q, rounding=ROUND_CEILING)


def student_intervals(tr: Trace) -> dict[int, tuple[float, float]]:
    """Every chain's interval when each intermediate (an inner sigmoid step too) is rounded to the instructed precision."""
    policy = tr.policy
    halves: dict[int, float] = {}  # rounding_intervals asks twice per chain

    def half(c: Chain) -> float:
        h = halves.get(id(c))
        if h is None:
            told = show(float(c.result.value), policy).half_unit if c.result.value else Decimal(0)
            h = halves[id(c)] = float(max(c.result.half_unit, told))
        return h

    return rounding_intervals(tr, half, partial=True)


def _layer_word(spec: Any, l: int) -> str:
    return "the output layer" if l == spec.depth else f"hidden layer {l}"


def describe(q: Question, spec: Any) -> str:
    """The question in words (the quantity's name in the spec's notation is printed beside it)."""
    text = _describe(q, spec)
    if q.step > 1 and q.kind not in STATE_KINDS:
        text += f", in training step {q.step}"
    return text


def _describe(q: Question, spec: Any) -> str:
    i = q.idx
    if q.kind == "z":
        return f"the net input of neuron {i[1]} in {_layer_word(spec, i[0])}"
    if q.kind == "a":
        return f"the output (activation) of neuron {i[1]} in {_layer_word(spec, i[0])}"
    if q.kind == "loss":
        return "the loss before the update"
    if q.kind == "delta":
        return (
            f"the error term (derivative of the loss with respect to the net input) of neuron {i[1]} in {_layer_word(spec, i[0])}"
        )
    if q.kind == "grad_w":
        return f"the derivative of the loss with respect to the weight from neuron {i[2]} of layer {i[0] - 1} to neuron {i[1]} of layer {i[0]}"
    if q.kind == "grad_b":
        return f"the derivative of the loss with respect to the bias of neuron {i[1]} in {_layer_word(spec, i[0])}"
    if q.kind == "new_w":
        return f"the weight from neuron {i[2]} of layer {i[0] - 1} to neuron {i[1]} of layer {i[0]} after the update"
    if q.kind == "new_b":
        return f"the bias of neuron {i[1]} in {_layer_word(spec, i[0])} after the update"
    if q.kind in STATE_KINDS:
        words = {
            "velocity": "velocity",
            "v": "second-moment (square) average v",
            "sum": "sum of squared gradients",
            "m": "first moment m",
            "m_hat": "bias-corrected first moment",
            "v_hat": "bias-corrected second moment",
        }
        return (
            f"the {spec.optimizer.name} optimizer's {words[q.kind]} of the weight from neuron {i[2]} of layer {i[0] - 1} "
            f"to neuron {i[1]} of layer {i[0]} after update {q.step}"
        )
    return "the loss after the update"


def chain_of(tr: Trace, q: Question) -> Chain:
    """The trace's chain that prints the asked quantity (in the question's training step, first example)."""
    st = tr.steps[q.step - 1]
    idx = [i - 1 for i in q.idx]
    if q.kind in ("z", "a"):
        nf = st.forward[idx[0]][idx[1]]
        return nf.z if q.kind == "z" else nf.a
    if q.kind == "loss":
        return st.loss
    if q.kind == "final_loss":
        if tr.final_loss is None:
            raise NnwalkError("the walkthrough prints no loss after the update")
        return tr.final_loss
    nb = st.backward[idx[0]][idx[1]]
    if nb.opt and q.kind in ("new_w", "new_b") + STATE_KINDS:  # an optimizer step: the parameter's own lines
        ps = nb.opt[idx[2]] if q.kind != "new_b" else nb.opt[-1]
        if q.kind in ("new_w", "new_b"):
            assert ps.new is not None
            return ps.new
        return ps.states[tr.spec.optimizer.states.index(q.kind)]
    found = {
        "delta": lambda: nb.delta,
        "grad_w": lambda: nb.grad_w[idx[2]],
        "grad_b": lambda: nb.grad_b,
        "new_w": lambda: nb.new_w[idx[2]],
        "new_b": lambda: nb.new_b,
    }[q.kind]()
    if found is None:
        raise SpecError(f"exam: '{q.ask}' is not printed by this walkthrough.")
    return found


@dataclass
class Built:
    """Everything one variant contributes: its files and the pieces the shared files need."""

    variant: int
    code: str
    files: dict[str, str | bytes]  # file-name suffix -> content
    answers: list[dict[str, Any]]
    numbers: dict[str, str]
    sheet_tex_body: str | None = None
    key_tex_body: str | None = None
    sheet_md: str | None = None
    key_md: str | None = None
    lms: dict[str, Any] | None = None
    certificate: str = ""


def _answers(t: Template, tr: Trace, d: Drawn | None = None) -> list[Answer]:
    """Every asked quantity's answer, tolerance and mistake values; with the draw ``d``, multiple-choice options too."""
    spec = tr.spec
    runs = network.train_spec(spec)
    out = []
    intervals = student_intervals(tr)
    wrong = all_runs(spec)
    for q in t.exam.questions:
        c = chain_of(tr, q)
        x = truth(spec, q, runs)
        tol = tolerance(c.result, x, intervals.get(id(c.result)), t.exam.tolerance)
        mistakes = mistake_values(spec, q, c.result, tol, wrong)
        opts = options(q, c.result, mistakes, d.seed, d.variant, d.attempt) if q.choices and d is not None else ()
        out.append(Answer(q, c.name, describe(q, spec), c.result, x, tol, mistakes, opts))
    return out


def short_of_options(t: Template, spec: Any) -> bool:
    """True when a multiple-choice question of this drawn variant has fewer distinct mistake values than it
    needs distractors: the draw is rejected (``multichoice_options``) and redrawn.

    Checked at draw time with the very computation the build makes (the trace's displayed answer,
    its propagated tolerance, :func:`mistake_values`): a cheaper bound could disagree with the
    build by a rounding and let a variant through that then cannot be built. It costs a trace
    without verification or rendering, a few milliseconds, and only for specs that ask one.
    """
    if not any(q.choices for q in t.exam.questions):
        return False
    answers = _answers(t, build_trace(spec))
    return any(len(distractors(a.shown, a.mistakes)) < a.question.choices - 1 for a in answers if a.question.choices)


def _context(t: Template, d: Drawn, tr: Trace, answers: list[Answer]) -> dict[str, Any]:
    # A key keeps the architecture drawing (the variant's weights) but not the forward/backward drawings
    # with values in the nodes: the key states those values anyway, and 200 extra TikZ pictures would
    # more than double the compile time of a 100-variant keys booklet.
    vm = dict(view_model(tr), value_drawings=False)
    return {
        "doc": vm,
        "exam": t.exam,
        "vid": f"{d.variant:03d}",
        "code": t.code(d.seed, d.variant),
        "seed": d.seed,
        "answers": answers,
        "course": tr.spec.course,
        "instructions": t.exam.instructions or tr.policy.describe(),
        "task": task_statement(tr),
        "mark": MARK,
        "regen": f"nnwalk variants {Path(t.source).name} --seed {d.seed} --only {d.variant}",
        "titles": {k: m.title for k, m in CATALOGUE.items()},  # a multiple-choice key names each option's mistake
    }


@cache
def _template(kind: str, name: str) -> Any:
    return jinja_env(kind).get_template(name)


def render_template(kind: str, name: str, ctx: dict[str, Any]) -> str:
    return _template(kind, name).render(**ctx)


def json_key(t: Template, d: Drawn, tr: Trace, cert: Any, answers: list[Answer], spec_map: dict[str, Any]) -> str:
    """The core answer key plus the variant, its questions with answers, and its complete spec."""
    key = answer_key(tr, cert)
    key["variant"] = {"id": d.variant, "seed": d.seed, "code": t.code(d.seed, d.variant), "attempt": d.attempt}
    key["questions"] = [
        {
            "id": a.question.id,
            "ask": a.question.ask,
            "step": a.question.step,
            "name": a.name,
            "points": a.question.points,
            "answer": a.value,
            "tolerance": a.tol,
            "exact": json_value(a.exact),
            "mistakes": _mistakes_json(a),
            **_options_json(a),
        }
        for a in answers
    ]
    key["spec"] = spec_map
    return dumps_indented(key) + "\n"


def _mistakes_json(a: Answer) -> list[dict[str, Any]]:
    """Each distinct mistake value of an answer: the catalogue ids that give it, as shown and exact."""
    return [{"mistakes": list(m.ids), "value": m.value, "exact": json_value(m.exact)} for m in a.mistakes]


def _options_json(a: Answer) -> dict[str, Any]:
    """A multiple-choice question's type, right letter and options (each with the mistakes that give it); {} for a numerical one."""
    if not a.options:
        return {}
    return {
        "type": "multichoice",
        "correct": a.correct_letter,
        "options": [
            {"letter": o.letter, "value": o.value, "correct": o.correct, "mistakes": list(o.mistake.ids) if o.mistake else []}
            for o in a.options
        ],
    }


def plain_spec(node: Any) -> Any:
    """The variant's spec as plain JSON values (numbers as numbers): ``spec.validate`` accepts it as is."""
    if isinstance(node, dict):
        return {str(k): plain_spec(v) for k, v in node.items()}
    if isinstance(node, list):
        return [plain_spec(v) for v in node]
    if isinstance(node, bool) or node is None or isinstance(node, str):
        return node
    if isinstance(node, float) and float(node) == int(node) and "." not in getattr(node, "src", "."):
        return int(node)
    return float(node)


def build_variant(t: Template, d: Drawn, formats: tuple[str, ...]) -> Built:
    """Build, verify and render one variant; raise VerificationError if any check fails."""
    from .draw import substitute

    spec = variant_spec(t, d.numbers, d.variant)
    tr = build_trace(spec)
    answers = _answers(t, tr, d)
    ctx = _context(t, d, tr, answers)
    vm = ctx["doc"]
    want_tex = bool({"tex", "pdf"} & set(formats))
    head_md = render_template("md", "exam/key_head.md.j2", ctx)
    bodies = {"md": head_md + "\n" + render_body("md", vm)}
    if want_tex:
        tex = render_body("tex", vm)
        at = tex.index(r"\begin{document}") + len(r"\begin{document}")
        bodies["tex"] = tex[:at] + "\n" + render_template("tex", "exam/key_head.tex.j2", ctx) + tex[at:]
    result = verify_trace(tr, bodies)
    if not result.ok:
        first = result.problems[0]
        raise VerificationError(
            f"{t.source}: variant {d.variant}: the generated answer key failed verification, so nothing was written: "
            f"{first.message}. This is a bug in nnwalk; please report it with the spec, --seed {d.seed} and --only {d.variant}."
        )
    stem = f"{t.stem}_v{d.variant:03d}"
    files: dict[str, str | bytes] = {}
    key_md = add_certificate("md", bodies["md"], vm, result.certificate)
    sheet_md = render_template("md", "exam/sheet.md.j2", ctx)
    if "md" in formats:
        files[f"{stem}_key.md"] = key_md
        files[f"{stem}_questions.md"] = sheet_md
    if "html" in formats:  # the verified Markdown, typeset by KaTeX (the katex/ folder is written once, beside)
        from ..render.html import render_page

        files[f"{stem}_key.html"] = render_page(key_md, f"{t.exam.title}: answer key, variant {ctx['vid']}")
        files[f"{stem}_questions.html"] = render_page(sheet_md, f"{t.exam.title}: variant {ctx['vid']}")
    built = Built(d.variant, ctx["code"], files, [], d.numbers, certificate=result.certificate.text)
    if want_tex:
        key_tex = add_certificate("tex", bodies["tex"], vm, result.certificate)
        sheet_body = render_template("tex", "exam/sheet_body.tex.j2", ctx)
        if "tex" in formats:
            files[f"{stem}_key.tex"] = key_tex
            files[f"{stem}_questions.tex"] = render_template("tex", "exam/sheet.tex.j2", {**ctx, "body": sheet_body})
        built.sheet_tex_body = sheet_body
        built.key_tex_body = key_body(key_tex)
    built.sheet_md, built.key_md = sheet_md, key_md
    if "json" in formats:
        files[f"{stem}_key.json"] = json_key(t, d, tr, result.certificate, answers, plain_spec(substitute(t, d.numbers)))
    built.answers = [
        {
            "id": a.question.id,
            "answer": a.value,
            "tolerance": a.tol,
            "low": a.low,
            "high": a.high,
            "exact": json_value(a.exact),
            "mistakes": _mistakes_json(a),
            **_options_json(a),
        }
        for a in answers
    ]
    if {"moodle", "qti", "canvas"} & set(formats):
        from .lms import common

        built.lms = common.variant_content(t, d, tr, answers, ctx)
        if "qti" in formats:
            from .lms import qti

            files[f"{t.stem}_qti/items/{qti.item_id(t.stem, d.variant)}.xml"] = qti.item_xml(t.stem, built.lms, MARK)
    return built


def key_body(key_tex: str) -> str:
    """The part of a standalone key between \\begin{document} and \\end{document}, for a booklet.

    The title page and the table of contents of the standalone document are dropped (one
    booklet has one of each); nothing else changes, so the verified text is what is printed.
    """
    start = key_tex.index(r"\begin{document}") + len(r"\begin{document}")
    end = key_tex.rindex(r"\end{document}")
    keep = [ln for ln in key_tex[start:end].splitlines() if ln.strip() not in (r"\maketitle", r"\tableofcontents")]
    return "\n".join(keep).strip() + "\n"


__all__ = ["MARK", "Answer", "Built", "build_variant", "chain_of", "describe", "key_body", "short_of_options", "tolerance"]
