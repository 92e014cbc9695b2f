"""Exam variants as a user writes them: the spec's ``variants:`` and ``exam:`` blocks.

A variant spec is an ordinary spec plus two top-level blocks::

    variants:
      draw:                                   # path in the spec -> how each number under it is drawn
        parameters.weights[0]: {min: -0.9, max: 0.9, step: 0.05, nonzero: true, distinct: true}
        parameters.weights[1]: {choose: [0.3, 0.4, 0.5, 0.6], distinct: true}
        data.inputs: {min: 0.05, max: 0.5, step: 0.05}
        training.learning_rate: fixed         # the default for every number not named here
      constraints:
        sigmoid_input: [-3, 3]                # net input of every sigmoid/tanh neuron in this range
        allow_dead_relu: false                # a ReLU neuron with z <= 0 (no gradient) is rejected
        min_significant: 2                    # every asked answer shows at least 2 significant digits
        distinct_answers: true                # no two variants share all their displayed answers
        min_loss_decrease: 0.001              # the update lowers the loss by at least this much
      max_draws: 1000                         # draws per variant before giving up
    exam:
      title: Backpropagation quiz
      instructions: Round as in the rules above.
      questions:                              # or: questions: full
        - {ask: "a[2][1]", points: 2}
        - {ask: loss, points: 1}
        - {ask: "grad_w[2][1][1]", points: 3}
        - {ask: "new_w[1][1][1]", points: 2}
        - {ask: "delta[2][1]", type: multichoice, choices: 5}   # options A-E: the right value and 4 mistakes' values
      moodle: cloze                           # cloze (one question per variant) or numerical
      canvas: variant                         # variant (one item per variant, all parts) or numerical

Quantities (layers counted from 1 = first hidden layer, neurons and inputs from 1): ``z[l][j]``
net input, ``a[l][j]`` activation, ``loss`` (the loss of the first step), ``delta[l][j]``,
``grad_w[l][j][i]`` (the loss's derivative with respect to the weight from neuron i of layer
l-1 into neuron j of layer l), ``grad_b[l][j]``, ``new_w[l][j][i]`` and ``new_b[l][j]`` (after
the first update), ``final_loss`` (after the last update).

How indices count. Without ``variants.index_base`` the two blocks keep the conventions they
always had: a ``draw`` path counts as the YAML list does, from 0 (``parameters.weights[0]`` is
W^(1), ``[0][1]`` its row 1, column 2), and a question counts as the document's subscripts do,
from 1 (``grad_w[1][1][2]`` is the derivative for W^(1)_12). ``index_base: 1`` makes the draw paths
count from 1 too (``parameters.weights[1][1][2]`` is W^(1)_12); ``index_base: 0`` makes the
questions count from 0 too (``grad_w[0][0][1]``; layer 0 is then the first hidden layer). Either
way both blocks count the same way. Training steps (``step:``) always count from 1. An index
outside its list is refused naming the field, the list's size and the base.

This module reads and validates the two blocks (they are part of what a user writes); the
drawing itself, and the constraints' evaluation, are :mod:`generator.exam.draw`'s.
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

from ..errors import SpecError
from .load import MAX_FILE_BYTES, Spec, SpecLoader, reject_unknown, type_name, validate

DRAW_ROOTS = ("parameters.weights", "parameters.biases", "data.inputs", "data.targets", "training.learning_rate")
CONSTRAINT_KEYS = ("sigmoid_input", "allow_dead_relu", "min_significant", "distinct_answers", "min_loss_decrease")
MAX_COUNT = 10_000
MAX_GRID = 100_000
MAX_DRAWS_LIMIT = 100_000
QUANTITY_KINDS = {  # kind -> number of indices
    "z": 2,
    "a": 2,
    "loss": 0,
    "delta": 2,
    "grad_w": 3,
    "grad_b": 2,
    "new_w": 3,
    "new_b": 2,
    "final_loss": 0,
}
#: An optimizer's state of one weight (training.optimizer), asked as state[l][j][i]: the names of the JSON key's optimizer_state.
STATE_KINDS = ("velocity", "v", "sum", "m", "m_hat", "v_hat")
QUANTITY_KINDS.update(dict.fromkeys(STATE_KINDS, 3))
_PATH = re.compile(r"([a-z_]+(?:\.[a-z_]+)*)((?:\[\d+\])*)")
_ASK = re.compile(r"([a-z_]+)((?:\[\d+\])*)")


# ---------------------------------------------------------------- the blocks


@dataclass(frozen=True)
class Rule:
    """How every number under ``path`` is drawn: one of ``values`` (texts as they will be printed)."""

    path: str
    tokens: tuple[str | int, ...]
    values: tuple[str, ...]
    distinct: bool
    kind: str  # "grid", "choose", "rows" (a whole row at a time, e.g. one-hot targets; values "1|0") or "fixed"


@dataclass(frozen=True)
class Constraints:
    sigmoid_input: tuple[float, float] | None = None
    allow_dead_relu: bool = False
    min_significant: int = 2
    distinct_answers: bool = True
    min_loss_decrease: float | None = None


@dataclass(frozen=True)
class Question:
    id: str  # q1, q2, ...
    ask: str  # as written: a[2][1]
    kind: str
    idx: tuple[int, ...]  # 1-based
    points: str  # decimal text
    step: int = 1  # the training pass the quantity belongs to (1-based; sgd: one pass per example)
    #: ``type: multichoice``: how many options (the right value and choices - 1 mistakes); 0: a numerical answer
    choices: int = 0


@dataclass(frozen=True)
class Exam:
    title: str
    instructions: str | None
    questions: tuple[Question, ...]
    full: bool
    moodle: str  # "cloze" or "numerical"
    #: exam.tolerance: ("absolute" | "relative", amount) replacing the propagated tolerance; None: propagated
    tolerance: tuple[str, Decimal] | None = None
    #: "variant": one Canvas item per variant holding every part (a student meets one network);
    #: "numerical": one Canvas question group per asked quantity (numeric ranges, but parts of different variants)
    canvas: str = "variant"

    @property
    def total_points(self) -> str:
        return _dtext(sum((Decimal(q.points) for q in self.questions), Decimal(0)))


@dataclass
class Template:
    """A loaded variant spec: the ordinary part, the two blocks, and a fingerprint of the file."""

    source: str
    stem: str
    text: str
    base: dict[str, Any]
    base_spec: Spec
    rules: tuple[Rule, ...]
    leaves: tuple[tuple[Rule, tuple[tuple[str | int, ...], ...]], ...]  # each rule with its numbers' paths
    constraints: Constraints
    max_draws: int
    exam: Exam
    fingerprint: str  # 4 hex digits of SHA-256 of the spec file

    def code(self, seed: int, variant: int) -> str:
        """The short regeneration code printed on every page: seed, variant, spec fingerprint."""
        return f"S{seed}-V{variant:03d}-{self.fingerprint}"


def _dtext(d: Decimal) -> str:
    s = format(d.normalize(), "f")
    return "0" if s in ("-0", "0") else s


def path_text(tokens: tuple[str | int, ...]) -> str:
    out = ""
    for t in tokens:
        out += f"[{t}]" if isinstance(t, int) else (f".{t}" if out else t)
    return out


#: ``variants.index_base`` absent: draw paths count from 0 and questions from 1 (what specs written
#: before the key mean); a 0 or 1 makes both count from it.
LEGACY_BASES = (0, 1)


def _index_base(vraw: dict[str, Any]) -> tuple[int, int]:
    """(the base of draw paths, the base of question indices) from ``variants.index_base``."""
    if "index_base" not in vraw:
        return LEGACY_BASES
    b = vraw["index_base"]
    if isinstance(b, bool) or not isinstance(b, (int, float)) or b not in (0, 1):
        raise SpecError(
            "variants.index_base: expected 0 (every index counts from 0, as YAML list positions: parameters.weights[0] "
            "is W^(1)) or 1 (every index counts from 1, as the document's subscripts: parameters.weights[1] is W^(1)), "
            f"got {type_name(b) if not isinstance(b, (int, float)) or isinstance(b, bool) else b}."
        )
    return int(b), int(b)


def _parse_path(path: Any, where: str, base: int = 0) -> tuple[str | int, ...]:
    """The path's tokens with its indices counted from 0, whatever ``base`` the spec counts them from."""
    if not isinstance(path, str) or not (m := _PATH.fullmatch(path)):
        example = "parameters.weights[0][1][0]" if base == 0 else "parameters.weights[1][2][1]"
        raise SpecError(f"{where}: '{path}' is not a path like {example} or data.inputs.")
    root = m.group(1)
    if root not in DRAW_ROOTS:
        raise SpecError(f"{where}: numbers can be drawn only under {', '.join(DRAW_ROOTS)}; got '{root}'.")
    idx = tuple(int(x) for x in re.findall(r"\d+", m.group(2)))
    if base and 0 in idx:
        raise SpecError(
            f"{where}: indices count from 1 here (variants.index_base: 1), so [0] is not one; "
            f"the first entry of a list is [1] ({root}[1] is its first entry)."
        )
    return (*root.split("."), *(i - base for i in idx))


def _decimal(v: Any, where: str) -> Decimal:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise SpecError(f"{where}: expected a number, got {type_name(v)}.")
    if not math.isfinite(float(v)):
        raise SpecError(f"{where}: expected a finite number, got {getattr(v, 'src', v)}.")
    try:
        return Decimal(str(getattr(v, "src", repr(float(v)))).replace("_", ""))
    except InvalidOperation:
        return Decimal(repr(float(v)))


def _places(d: Decimal) -> int:
    return max(0, -d.as_tuple().exponent)  # type: ignore[operator]


def _fmt(d: Decimal, places: int) -> str:
    s = format(d.quantize(Decimal(1).scaleb(-places)), "f")
    if s.startswith("-") and Decimal(s) == 0:
        s = s[1:]
    return s


def _rule_values(raw: Any, where: str) -> tuple[tuple[str, ...], bool, str]:
    """(the candidate texts, distinct, kind) of one draw rule."""
    if raw == "fixed":
        return (), False, "fixed"
    if isinstance(raw, list):
        raw = {"choose": raw}
    if not isinstance(raw, dict):
        raise SpecError(
            f"{where}: expected fixed, a list of values, {{choose: [...]}} or {{min: ..., max: ..., step: ...}}, got {type_name(raw)}."
        )
    reject_unknown(raw, ("min", "max", "step", "choose", "nonzero", "distinct"), where)
    for flag in ("nonzero", "distinct"):
        if flag in raw and not isinstance(raw[flag], bool):
            raise SpecError(f"{where}.{flag}: expected true or false, got {type_name(raw[flag])}.")
    nonzero, distinct = raw.get("nonzero", False), raw.get("distinct", False)
    if "choose" in raw:
        if any(k in raw for k in ("min", "max", "step")):
            raise SpecError(f"{where}: give either choose or min/max/step, not both.")
        ch = raw["choose"]
        if not isinstance(ch, list) or not ch:
            raise SpecError(f"{where}.choose: expected a non-empty list of numbers, got {type_name(ch)}.")
        if all(isinstance(v, list) for v in ch):
            return _row_values(ch, where), distinct, "rows"
        texts = []
        for i, v in enumerate(ch):
            d = _decimal(v, f"{where}.choose[{i}]")
            if nonzero and d == 0:
                continue
            texts.append(_fmt(d, _places(d)))
        if len(set(texts)) != len(texts):
            raise SpecError(f"{where}.choose: a value is listed twice; list each value once.")
        kind = "choose"
    else:
        missing = [k for k in ("min", "max", "step") if k not in raw]
        if missing:
            raise SpecError(f"{where}: a grid needs min, max and step; missing {', '.join(missing)}.")
        lo, hi, step = (_decimal(raw[k], f"{where}.{k}") for k in ("min", "max", "step"))
        if step <= 0:
            raise SpecError(f"{where}.step: expected a number greater than 0, got {_dtext(step)}.")
        if hi < lo:
            raise SpecError(f"{where}.max: {_dtext(hi)} is below min {_dtext(lo)}.")
        n = int((hi - lo) / step) + 1
        if n > MAX_GRID:
            raise SpecError(f"{where}: the grid has {n} values; at most {MAX_GRID} are allowed (use a larger step).")
        places = max(_places(lo), _places(step), _places(hi))
        texts = [_fmt(lo + k * step, places) for k in range(n)]
        if nonzero:
            texts = [t for t in texts if Decimal(t) != 0]
        kind = "grid"
    if not texts:
        raise SpecError(f"{where}: no value is left to draw from (nonzero removed the only value).")
    if any(abs(Decimal(t)) > Decimal(10) ** 6 for t in texts):
        raise SpecError(f"{where}: values beyond 1e6 are too large for a worked example.")
    return tuple(texts), distinct, kind


def _row_values(ch: list, where: str) -> tuple[str, ...]:
    """``choose: [[1, 0], [0, 1]]``: whole rows (one-hot targets), each kept as its numbers' texts joined by "|"."""
    width = len(ch[0])
    rows = []
    for i, row in enumerate(ch):
        if len(row) != width or not row:
            raise SpecError(f"{where}.choose[{i}]: every row needs the same {width} numbers, got {len(row)}.")
        rows.append("|".join(_fmt(d, _places(d)) for d in (_decimal(v, f"{where}.choose[{i}][{k}]") for k, v in enumerate(row))))
    if len(set(rows)) != len(rows):
        raise SpecError(f"{where}.choose: a row is listed twice; list each row once.")
    return tuple(rows)


def _leaves(node: Any, tokens: tuple[str | int, ...]) -> list[tuple[str | int, ...]]:
    if isinstance(node, list):
        out = []
        for i, x in enumerate(node):
            out += _leaves(x, (*tokens, i))
        return out
    return [tokens]


def _resolve(base: dict[str, Any], tokens: tuple[str | int, ...], where: str, index_base: int = 0) -> Any:
    """The spec's node at the 0-based ``tokens``; errors name the index as the user wrote it (from ``index_base``)."""
    node: Any = base
    for k, t in enumerate(tokens):
        here = path_text(tuple(x + index_base if isinstance(x, int) else x for x in tokens[: k + 1]))
        if isinstance(t, int):
            if not isinstance(node, list) or t >= len(node):
                size = len(node) if isinstance(node, list) else 0
                span = f"[{index_base}] to [{size - 1 + index_base}]" if size else "none"
                raise SpecError(
                    f"{where}: {here} does not exist in the spec (that list has {size} entries, counted from "
                    f"{index_base}: {span}; variants.index_base sets whether indices count from 0 or 1)."
                )
        elif not isinstance(node, dict) or t not in node:
            raise SpecError(f"{where}: {here} is not in the spec; give the number there first, then say how it is drawn.")
        node = node[t]
    return node


def group_of(tokens: tuple[str | int, ...], base: dict[str, Any]) -> str:
    """The matrix or vector a number belongs to (what ``distinct`` is about)."""
    if tokens[:2] in (("parameters", "weights"), ("parameters", "biases")):
        return path_text(tokens[:3])
    if tokens[0] == "data":
        rows = base["data"][tokens[1]]
        nested = isinstance(rows, list) and rows and isinstance(rows[0], list)
        return path_text(tokens[:3] if nested else tokens[:2])
    return path_text(tokens)


def _constraints(raw: Any) -> Constraints:
    where = "variants.constraints"
    if raw is None:
        return Constraints()
    if not isinstance(raw, dict):
        raise SpecError(f"{where}: expected a mapping, got {type_name(raw)}.")
    reject_unknown(raw, CONSTRAINT_KEYS, where)
    c: dict[str, Any] = {}
    if raw.get("sigmoid_input") is not None:
        v = raw["sigmoid_input"]
        if not isinstance(v, list) or len(v) != 2:
            raise SpecError(f"{where}.sigmoid_input: expected [min, max], got {type_name(v)}.")
        lo, hi = (float(_decimal(x, f"{where}.sigmoid_input[{i}]")) for i, x in enumerate(v))
        if hi <= lo:
            raise SpecError(f"{where}.sigmoid_input: max must be above min.")
        c["sigmoid_input"] = (lo, hi)
    for flag in ("allow_dead_relu", "distinct_answers"):
        if flag in raw:
            if not isinstance(raw[flag], bool):
                raise SpecError(f"{where}.{flag}: expected true or false, got {type_name(raw[flag])}.")
            c[flag] = raw[flag]
    if "min_significant" in raw:
        v = raw["min_significant"]
        if isinstance(v, bool) or not isinstance(v, (int, float)) or float(v) != int(v) or not 0 <= int(v) <= 6:
            raise SpecError(f"{where}.min_significant: expected a whole number from 0 to 6, got {type_name(v)}.")
        c["min_significant"] = int(v)
    if raw.get("min_loss_decrease") is not None:
        c["min_loss_decrease"] = float(_decimal(raw["min_loss_decrease"], f"{where}.min_loss_decrease"))
    return Constraints(**c)


def _question(raw: Any, i: int, spec: Spec, base: int = 1) -> Question:
    """One ``exam.questions`` entry; its indices are counted from ``base`` and kept from 1 (the document's subscripts)."""
    where = f"exam.questions[{i}]"
    if isinstance(raw, str):
        raw = {"ask": raw}
    if not isinstance(raw, dict):
        raise SpecError(f"{where}: expected {{ask: QUANTITY, points: N}}, got {type_name(raw)}.")
    reject_unknown(raw, ("ask", "points", "step", "type", "choices"), where)
    ask = raw.get("ask")
    m = _ASK.fullmatch(ask) if isinstance(ask, str) else None
    if not m or m.group(1) not in QUANTITY_KINDS:
        raise SpecError(
            f"{where}.ask: expected a quantity such as a[2][1], loss, delta[1][2], grad_w[2][1][1], new_w[1][1][1] "
            f"(one of {', '.join(QUANTITY_KINDS)}), got {type_name(ask)}."
        )
    kind = m.group(1)
    written = tuple(int(x) for x in re.findall(r"\d+", m.group(2)))
    if len(written) != QUANTITY_KINDS[kind]:
        raise SpecError(f"{where}.ask: {kind} takes {QUANTITY_KINDS[kind]} indices, got {len(written)} in '{ask}'.")
    idx = tuple(x + 1 - base for x in written)  # from here on counted from 1, as the document prints them
    L, b = spec.depth, base
    counted = "" if b == 1 else " (indices count from 0: variants.index_base is 0)"
    if idx:
        l = idx[0]
        if not 1 <= l <= L:
            raise SpecError(
                f"{where}.ask: layer {written[0]} in '{ask}' does not exist; layers are {b} to {L - 1 + b} "
                f"({b} = first hidden layer){counted}."
            )
        if not 1 <= idx[1] <= spec.layers[l]:
            raise SpecError(
                f"{where}.ask: layer {written[0]} has neurons {b} to {spec.layers[l] - 1 + b}; got {written[1]} in '{ask}'{counted}."
            )
        if len(idx) == 3 and not 1 <= idx[2] <= spec.layers[l - 1]:
            below = "the input layer" if l == 1 else f"layer {written[0] - 1}"
            raise SpecError(
                f"{where}.ask: {below} feeding layer {written[0]} has neurons {b} to {spec.layers[l - 1] - 1 + b}; "
                f"got {written[2]} in '{ask}'{counted}."
            )
    if kind in ("grad_b", "new_b") and not spec.has_biases:
        raise SpecError(f"{where}.ask: '{ask}' asks about a bias, but the spec has no biases.")
    if kind in ("new_w", "new_b", "final_loss") and spec.learning_rate is None:
        raise SpecError(f"{where}.ask: '{ask}' needs an update, so training.learning_rate must be given.")
    if kind == "new_b" and not spec.update_biases:
        raise SpecError(f"{where}.ask: '{ask}' asks for an updated bias, but training.update_biases is false.")
    if kind == "delta" and idx[0] == L and spec.loss in ("cross_entropy", "bce"):
        pass  # the output delta is a - t there, still printed
    if kind in STATE_KINDS and kind not in spec.optimizer.states:
        kept = ", ".join(spec.optimizer.states) or "no state"
        raise SpecError(
            f"{where}.ask: '{ask}' asks for an optimizer state that {spec.optimizer.name} does not keep (it keeps {kept})."
        )
    if kind in STATE_KINDS and spec.learning_rate is None:
        raise SpecError(f"{where}.ask: '{ask}' needs an update, so training.learning_rate must be given.")
    step_d = _decimal(raw.get("step", 1), f"{where}.step")
    passes = (spec.steps * spec.m if spec.mode == "sgd" and spec.m > 1 else spec.steps) if spec.learning_rate is not None else 1
    if step_d != step_d.to_integral_value() or not 1 <= step_d <= passes:
        raise SpecError(f"{where}.step: expected a training step from 1 to {passes}, got {_dtext(step_d)}.")
    step = int(step_d)
    if kind == "final_loss" and step != 1:
        raise SpecError(f"{where}.step: final_loss is the loss after the last step; it takes no step.")
    pts = raw.get("points", 1)
    d = _decimal(pts, f"{where}.points")
    if d <= 0:
        raise SpecError(f"{where}.points: expected a number greater than 0, got {_dtext(d)}.")
    return Question(f"q{i + 1}", ask, kind, idx, _dtext(d), int(step), _choices(raw, where))


#: Options of a multiple-choice question when ``choices`` is not given, and the range it may take (letters A to J).
DEFAULT_CHOICES = 4
CHOICES_RANGE = (2, 10)


def _choices(raw: dict[str, Any], where: str) -> int:
    """``type`` and ``choices`` of one question: 0 for a numerical answer, else the number of options."""
    kind = raw.get("type", "numerical")
    if kind not in ("numerical", "multichoice"):
        raise SpecError(
            f"{where}.type: expected numerical (the student writes the number; the default) or multichoice "
            f"(the student picks it among options whose wrong ones are what classic mistakes give), got {type_name(kind)}."
        )
    lo, hi = CHOICES_RANGE
    if kind == "numerical":
        if "choices" in raw:
            raise SpecError(
                f"{where}.choices: only a multiple-choice question has options; add type: multichoice to this "
                "question, or remove choices."
            )
        return 0
    n = raw.get("choices", DEFAULT_CHOICES)
    if isinstance(n, bool) or not isinstance(n, (int, float)) or float(n) != int(n) or not lo <= int(n) <= hi:
        shown = n if isinstance(n, (int, float)) and not isinstance(n, bool) else type_name(n)
        raise SpecError(
            f"{where}.choices: expected a whole number of options from {lo} to {hi} (the right value and choices - 1 "
            f"wrong ones, each what a different classic mistake gives, lettered A, B, ...), got {shown}."
        )
    return int(n)


def _full_questions(spec: Spec, base: int = 1) -> list[Question]:
    """``questions: full``: the boxes collect every output, the loss, every weight gradient and new weight
    (each ask written counting from ``base``, as the spec's own questions would be)."""
    asks = [f"a[{spec.depth}][{k}]" for k in range(1, spec.layers[-1] + 1)] + ["loss"]
    for l in range(spec.depth, 0, -1):
        asks += [f"grad_w[{l}][{j}][{i}]" for j in range(1, spec.layers[l] + 1) for i in range(1, spec.layers[l - 1] + 1)]
    if spec.learning_rate is not None:
        for l in range(spec.depth, 0, -1):
            asks += [f"new_w[{l}][{j}][{i}]" for j in range(1, spec.layers[l] + 1) for i in range(1, spec.layers[l - 1] + 1)]
    if base != 1:
        asks = [re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) - 1 + base}]", a) for a in asks]
    return [_question({"ask": a}, i, spec, base) for i, a in enumerate(asks)]


def _exam(raw: Any, spec: Spec, base: int = 1) -> Exam:
    where = "exam"
    if raw is None:
        raw = {"questions": "full"}
    if not isinstance(raw, dict):
        raise SpecError(f"{where}: expected a mapping with questions, got {type_name(raw)}.")
    reject_unknown(raw, ("title", "instructions", "questions", "moodle", "canvas", "tolerance"), where)
    for k in ("title", "instructions"):
        if raw.get(k) is not None and not isinstance(raw[k], str):
            raise SpecError(f"{where}.{k}: expected text, got {type_name(raw[k])}.")
    moodle = raw.get("moodle", "cloze")
    if moodle not in ("cloze", "numerical"):
        raise SpecError(f"{where}.moodle: expected cloze or numerical, got {type_name(moodle)}.")
    canvas = raw.get("canvas", "variant")
    if canvas not in ("variant", "numerical"):
        raise SpecError(
            f"{where}.canvas: expected variant (one item per variant with every part) or numerical "
            f"(one question group per quantity), got {type_name(canvas)}."
        )
    qs = raw.get("questions", "full")
    if spec.m > 1:
        raise SpecError(f"{where}: exam questions are asked about one example; this spec has {spec.m} rows in data.inputs.")
    if qs == "full":
        questions, full = _full_questions(spec, base), True
    elif isinstance(qs, list) and qs:
        questions, full = [_question(q, i, spec, base) for i, q in enumerate(qs)], False
        seen: dict[str, int] = {}
        for i, q in enumerate(questions):
            tag = q.ask if q.step == 1 else f"{q.ask}@{q.step}"
            if tag in seen:
                raise SpecError(f"{where}.questions[{i}].ask: '{q.ask}' is already asked in exam.questions[{seen[tag]}].")
            seen[tag] = i
    else:
        raise SpecError(f"{where}.questions: expected full or a list of {{ask: ..., points: ...}}, got {type_name(qs)}.")
    return Exam(
        raw.get("title") or spec.title,
        raw.get("instructions"),
        tuple(questions),
        full,
        moodle,
        _tolerance(raw.get("tolerance")),
        canvas,
    )


def _tolerance(raw: Any) -> tuple[str, Decimal] | None:
    """``exam.tolerance``: a number (absolute), or {absolute: x} or {relative: r}; None keeps the propagated one."""
    where = "exam.tolerance"
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raw = {"absolute": raw}
    reject_unknown(raw, ("absolute", "relative"), where)
    if len(raw) != 1:
        raise SpecError(f"{where}: give one of absolute or relative, e.g. {{absolute: 0.0001}} or {{relative: 0.001}}.")
    kind, value = next(iter(raw.items()))
    d = _decimal(value, f"{where}.{kind}" if isinstance(raw, dict) else where)
    if d <= 0 or (kind == "relative" and d >= 1):
        says = "between 0 and 1 (a fraction of the answer)" if kind == "relative" else "greater than 0"
        raise SpecError(f"{where}.{kind}: expected a number {says}, got {_dtext(d)}.")
    return kind, d


def parse_template(text: str, source: str = "<spec>") -> Template:
    """Load a variant spec: validate the ordinary part with :func:`spec.validate`, the two blocks here."""
    try:
        data = yaml.load(text, Loader=SpecLoader)  # noqa: S506 - a SafeLoader subclass
    except SpecError as exc:
        raise SpecError(f"{source}: {exc.message}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "somewhere"
        raise SpecError(f"{source}: the YAML is malformed at {where}: {getattr(exc, 'problem', None) or exc}.") from None
    except (RecursionError, OverflowError, ValueError) as exc:
        raise SpecError(f"{source}: the YAML cannot be read as a spec ({type(exc).__name__}).") from None
    if not isinstance(data, dict):
        raise SpecError(f"{source}: expected a mapping with keys network, parameters, data and variants.")
    data = dict(data)
    vraw, eraw = data.pop("variants", None), data.pop("exam", None)
    try:
        base_spec = validate(data, source=source)
        if vraw is None:
            raise SpecError(
                "variants: missing; say which numbers are drawn, e.g. variants: {draw: {parameters.weights[0]: {min: -0.9, max: 0.9, step: 0.1}}}."
            )
        if not isinstance(vraw, dict):
            raise SpecError(f"variants: expected a mapping with draw, constraints, max_draws, got {type_name(vraw)}.")
        reject_unknown(vraw, ("draw", "constraints", "max_draws", "index_base"), "variants")
        path_base, question_base = _index_base(vraw)
        draw = vraw.get("draw")
        if not isinstance(draw, dict) or not draw:
            raise SpecError(f"variants.draw: expected a mapping of spec paths to draw rules, got {type_name(draw)}.")
        rules, leaves, owner = [], [], {}
        for path, raw in draw.items():
            where = f"variants.draw.{path}"
            tokens = _parse_path(path, where, path_base)
            node = _resolve(data, tokens, where, path_base)
            values, distinct, kind = _rule_values(raw, where)
            rule = Rule(str(path), tokens, values, distinct, kind)
            paths = _leaves(node, tokens)
            if kind == "rows":
                width = values[0].count("|") + 1
                for row in dict.fromkeys(p[:-1] for p in paths):
                    n = sum(1 for p in paths if p[:-1] == row)
                    if len(row) <= len(tokens) - 1 or n != width:
                        raise SpecError(
                            f"{where}: the rows to choose from have {width} numbers, but {path_text(row)} has {n}; "
                            "choose whole rows for a row (data.targets[0]) or a list of rows (data.targets)."
                        )
            for p in paths:
                if p in owner:
                    raise SpecError(
                        f"{where}: overlaps variants.draw.{owner[p]} at {path_text(p)}; each number may be drawn by one rule."
                    )
                owner[p] = path
            if distinct and kind != "rows":
                groups: dict[str, int] = {}
                for p in paths:
                    g = group_of(p, data)
                    groups[g] = groups.get(g, 0) + 1
                need = max(groups.values())
                if need > len(values):
                    raise SpecError(
                        f"{where}: distinct needs {need} different values in {max(groups, key=groups.get)}, but the rule has only {len(values)}."
                    )
            rules.append(rule)
            if kind != "fixed":
                leaves.append((rule, tuple(paths)))
        if not leaves:
            raise SpecError("variants.draw: every rule is fixed, so all variants would be the same exam.")
        md = vraw.get("max_draws", 1000)
        if (
            isinstance(md, bool)
            or not isinstance(md, (int, float))
            or float(md) != int(md)
            or not 1 <= int(md) <= MAX_DRAWS_LIMIT
        ):
            raise SpecError(f"variants.max_draws: expected a whole number from 1 to {MAX_DRAWS_LIMIT}, got {type_name(md)}.")
        constraints = _constraints(vraw.get("constraints"))
        if constraints.min_loss_decrease is not None and base_spec.learning_rate is None:
            raise SpecError("variants.constraints.min_loss_decrease: needs training.learning_rate (an update to compare with).")
        exam = _exam(eraw, base_spec, question_base)
    except SpecError as exc:
        raise SpecError(exc.message if exc.message.startswith(source) else f"{source}: {exc.message}") from None
    stem = Path(source).stem if not source.startswith("<") else "exam"
    fp = hashlib.sha256(text.encode("utf-8")).hexdigest()[:4]
    return Template(source, stem, text, data, base_spec, tuple(rules), tuple(leaves), constraints, int(md), exam, fp)


def load_template(path: str | Path) -> Template:
    p = Path(path)
    try:
        if p.is_dir():
            raise SpecError(f"{path}: is a folder; expected a YAML spec file.")
        raw = p.read_bytes()
    except OSError as exc:
        raise SpecError(f"{path}: cannot read the spec file ({exc.strerror or exc}).") from None
    if len(raw) > MAX_FILE_BYTES:
        raise SpecError(f"{path}: the file is {len(raw)} bytes; a spec is at most {MAX_FILE_BYTES} bytes.")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SpecError(f"{path}: the file is not UTF-8 text (bad byte at offset {exc.start}).") from None
    return parse_template(text, str(path))


# ---------------------------------------------------------------- drawing


__all__ = [
    "Constraints",
    "Exam",
    "Question",
    "Rule",
    "Template",
    "group_of",
    "load_template",
    "parse_template",
    "path_text",
]
