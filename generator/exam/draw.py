"""Drawing exam variants: numbers from the frozen generator, kept only when the constraints hold.

Drawing uses :mod:`generator.spec.rng` on (seed, variant, attempt, the number's path), so a variant
never depends on how many numbers other variants drew. Variant v is accepted at the first
attempt whose spec validates and meets every constraint; ``distinct_answers`` compares with
variants 1..v-1, which is why ``--only v`` redraws (numbers only, no documents) the variants
before it. What may be drawn, and the constraints, are read from the spec by
:mod:`generator.spec.variants` (the ``variants:`` and ``exam:`` blocks).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import numpy as np

from ..engine import network
from ..errors import SpecError
from ..numfmt import RoundingPolicy, show
from ..spec import rng
from ..spec.load import Spec, TextFloat, validate
from ..spec.variants import STATE_KINDS, Question, Template, group_of, path_text

#: Names of the rejection reasons, in the order they are tested (the report counts each).
REASONS = (
    "invalid spec",
    "saturated",
    "sigmoid_input",
    "allow_dead_relu",
    "min_significant",
    "min_loss_decrease",
    "multichoice_options",
    "distinct_answers",
)


@dataclass
class Drawn:
    """One accepted variant: its numbers (path -> text) and how many draws were rejected, by reason."""

    variant: int
    seed: int
    attempt: int
    numbers: dict[str, str]
    fingerprint: tuple[str, ...] = ()
    rejected: dict[str, int] = field(default_factory=dict)


def draw_numbers(t: Template, seed: int, variant: int, attempt: int) -> dict[str, str]:
    """The numbers of one attempt: path text -> value text, in the rules' order."""
    out: dict[str, str] = {}
    for rule, paths in t.leaves:
        if rule.kind == "rows":  # one draw per row, split over its numbers (one-hot targets stay one-hot)
            seen: set[str] = set()
            for row in dict.fromkeys(p[:-1] for p in paths):
                counter = 0
                while True:
                    k, counter = rng.index(len(rule.values), seed, variant, attempt, path_text(row), counter)
                    if not rule.distinct or rule.values[k] not in seen or len(seen) >= len(rule.values):
                        break
                seen.add(rule.values[k])
                for p, v in zip((p for p in paths if p[:-1] == row), rule.values[k].split("|")):
                    out[path_text(p)] = v
            continue
        used: dict[str, set[str]] = {}
        for p in paths:
            key = path_text(p)
            counter = 0
            group = used.setdefault(group_of(p, t.base), set())
            while True:
                k, counter = rng.index(len(rule.values), seed, variant, attempt, key, counter)
                v = rule.values[k]
                if not rule.distinct or v not in group:
                    break
            group.add(v)
            out[key] = v
    return out


def _copy(node: Any) -> Any:
    """Copy the containers; numbers are immutable (and the loader's numbers do not deep-copy)."""
    if isinstance(node, dict):
        return {k: _copy(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_copy(v) for v in node]
    return node


def substitute(t: Template, numbers: dict[str, str]) -> dict[str, Any]:
    """The spec mapping with the drawn numbers in place (each keeps its text, so 0.20 prints as 0.20)."""
    data = _copy(t.base)
    for _rule, paths in t.leaves:
        for p in paths:
            text = numbers[path_text(p)]
            node = data
            for tok in p[:-1]:
                node = node[tok]
            node[p[-1]] = TextFloat(float(Decimal(text)), text)
    return data


def variant_spec(t: Template, numbers: dict[str, str], variant: int) -> Spec:
    return validate(substitute(t, numbers), source=f"{t.stem}-v{variant:03d}")


def truth(spec: Spec, q: Question, runs: list | None = None) -> float:
    """The float64 value of an asked quantity (from :mod:`network`, the same truth verification uses)."""
    runs = runs if runs is not None else network.train_spec(spec)
    _, p, new = runs[q.step - 1]
    idx = [i - 1 for i in q.idx]
    if q.kind in STATE_KINDS:
        return float(new.state.state[q.kind][idx[0]][idx[1], idx[2]])
    if q.kind == "z":
        return float(p.z[idx[0]][0, idx[1]])
    if q.kind == "a":
        return float(p.a[idx[0]][0, idx[1]])
    if q.kind == "loss":
        return float(p.loss)
    if q.kind == "delta":
        return float(p.deltas[idx[0]][0, idx[1]])
    if q.kind == "grad_w":
        return float(p.grad_w[idx[0]][idx[1], idx[2]])
    if q.kind == "grad_b":
        return float(p.grad_b[idx[0]][idx[1]])
    if q.kind == "new_w":
        return float(new.weights[idx[0]][idx[1], idx[2]])
    if q.kind == "new_b":
        return float(new.biases[idx[0]][idx[1]])
    last = runs[-1][2]
    return network.mean_loss(last, spec.activations, spec.loss, spec.inputs, spec.targets, network.options_of(spec))


def _told_digits(value: float, shown: str, policy: RoundingPolicy) -> int:
    """Significant digits of an answer at the precision the students are told to use.

    With fixed decimal places a small answer (8.65e-5 at 5 places) is printed in scientific form
    with 3 digits, but a student who rounds to 5 places writes 0.00009: one digit. So the answer
    is judged as that student writes it.
    """
    if policy.style != "decimals":
        return _sig_digits(shown)
    fixed = Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-policy.digits), rounding=ROUND_HALF_UP)
    return _sig_digits(format(abs(fixed), "f"))


def _sig_digits(text: str) -> int:
    mant = text.split("e")[0].lstrip("-").replace(".", "").lstrip("0")
    return len(mant)


def _check(t: Template, spec: Spec) -> tuple[str | None, tuple[str, ...]]:
    """The first constraint a drawn spec breaks (None if none), and its answers as displayed."""
    c = t.constraints
    try:
        with np.errstate(all="raise"):
            runs = network.train_spec(spec)
    except (ArithmeticError, FloatingPointError):
        return "saturated", ()
    passes = [p for _, p, _ in runs]
    if c.sigmoid_input is not None:
        lo, hi = c.sigmoid_input
        for p in passes[:1]:
            for l, act in enumerate(spec.activations):
                if act in ("sigmoid", "tanh") and (np.min(p.z[l]) < lo or np.max(p.z[l]) > hi):
                    return "sigmoid_input", ()
    if not c.allow_dead_relu:
        for l, act in enumerate(spec.activations):
            if act == "relu" and np.any(passes[0].z[l] <= 0):
                return "allow_dead_relu", ()
    policy: RoundingPolicy = spec.rounding
    values = [truth(spec, q, runs) for q in t.exam.questions]
    answers = tuple(show(v, policy).plain for v in values)
    if any(_told_digits(v, a, policy) < c.min_significant for v, a in zip(values, answers)):
        return "min_significant", answers
    if c.min_loss_decrease is not None:
        last = runs[-1][2]
        final = network.mean_loss(last, spec.activations, spec.loss, spec.inputs, spec.targets, network.options_of(spec))
        if passes[0].loss - final < c.min_loss_decrease:
            return "min_loss_decrease", answers
    return None, answers


def draw_variants(t: Template, seed: int, upto: int, short: Callable[[Spec], bool] | None = None) -> list[Drawn]:
    """Variants 1..upto, each the first attempt that validates and meets every constraint.

    ``short``: True when a drawn spec's mistakes give a multiple-choice question too few distinct
    options (:func:`generator.exam.variant.short_of_options`, passed in because it builds the
    answers, which live above this module); such a draw is rejected as ``multichoice_options``.
    Raises :class:`SpecError` naming the variant and the constraints that rejected its draws
    when ``max_draws`` attempts are not enough.
    """
    return list(iter_variants(t, seed, upto, short))


def iter_variants(t: Template, seed: int, upto: int, short: Callable[[Spec], bool] | None = None) -> Iterator[Drawn]:
    """:func:`draw_variants` one variant at a time, so that a variant can be built while the next ones are drawn."""
    seen: set[tuple[str, ...]] = set()
    for v in range(1, upto + 1):
        rejected: dict[str, int] = {}
        first_invalid = ""
        for attempt in range(t.max_draws):
            numbers = draw_numbers(t, seed, v, attempt)
            try:
                spec = variant_spec(t, numbers, v)
            except SpecError as exc:
                rejected["invalid spec"] = rejected.get("invalid spec", 0) + 1
                first_invalid = first_invalid or exc.message
                continue
            reason, answers = _check(t, spec)
            if reason is None and short is not None and short(spec):
                reason = "multichoice_options"
            if reason is None and t.constraints.distinct_answers and answers in seen:
                reason = "distinct_answers"
            if reason is not None:
                rejected[reason] = rejected.get(reason, 0) + 1
                continue
            seen.add(answers)
            yield Drawn(v, seed, attempt, numbers, answers, rejected)
            break
        else:
            why = ", ".join(f"{k} {n}" for k, n in sorted(rejected.items(), key=lambda kv: -kv[1]))
            extra = f" The first invalid draw: {first_invalid}" if first_invalid else ""
            if "multichoice_options" in rejected:
                extra += (
                    " multichoice_options: the catalogued mistakes gave a multiple-choice question fewer distinct wrong "
                    "values than its choices need; ask fewer choices, or a quantity of the backward pass or the update "
                    "(no mistake changes the forward pass)."
                )
            raise SpecError(
                f"{t.source}: variant {v}: none of {t.max_draws} draws met the constraints (rejected by: {why}). "
                f"Widen the ranges in variants.draw, relax variants.constraints, or raise variants.max_draws.{extra}"
            )


__all__ = ["REASONS", "Drawn", "draw_numbers", "draw_variants", "iter_variants", "substitute", "truth", "variant_spec"]
