"""What each catalogued mistake gives for each asked quantity of one variant.

Distractors (multiple choice), wrong-answer feedback (Moodle, QTI) and ``nnwalk grade``'s
diagnoses all come from here, and all from :mod:`generator.engine.mistakes`, so a diagnosis and
a distractor always agree.

A mistake's value is only kept when a student could tell it from the right answer: at least
two tolerance widths from it (so the accepted interval of the right answer and the one of the
mistake never overlap), and further than ``verify`` lets carried rounding move a value
(:data:`generator.verify.match.ROUNDING_HALF_UNITS` half-units of the last place): a value that
``verify`` would call "within carried rounding" is no mistake a student can be told about. Two
mistakes' values are told apart at two tolerance widths, as a student's answer is. Mistakes whose values are closer than two tolerance widths to each
other are one value with several causes (``w + η·g`` and ``t − o`` give the same new weight):
their ids are kept together, in catalogue order.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..engine.mistakes import CATALOGUE, mistaken_runs
from ..numfmt import Num, show, to_decimal
from ..spec.variants import Question
from ..verify.match import ROUNDING_HALF_UNITS
from .draw import truth

#: a mistake value counts as distinct from another (or from the right answer) this many tolerance widths apart
SEPARATION = 2


@dataclass(frozen=True)
class MistakeValue:
    """One value a student making one (or several equivalent) catalogued mistakes writes."""

    ids: tuple[str, ...]
    exact: float
    shown: Num  # as the student, rounding as instructed, writes it

    @property
    def value(self) -> str:
        return self.shown.plain

    @property
    def explanation(self) -> str:
        """The catalogue's sentence for each cause (joined when several mistakes give this value)."""
        texts = [CATALOGUE[i].explanation for i in self.ids]
        return texts[0] if len(texts) == 1 else "Either: " + " Or: ".join(texts)


def all_runs(spec: Any) -> dict[str, list]:
    """Every applicable mistake's whole mistaken training for this variant (computed once, used per question)."""
    out = {}
    for mid in CATALOGUE:
        runs = mistaken_runs(spec, mid)
        if runs is not None:
            out[mid] = runs
    return out


def mistake_values(spec: Any, q: Question, right: Num, tolerance: Decimal, runs: dict[str, list]) -> tuple[MistakeValue, ...]:
    """The distinct mistake values of question ``q``, each ≥ SEPARATION tolerances from the right answer and from each other."""
    apart = max(tolerance, right.half_unit) * SEPARATION  # two mistake values a student's answer can tell apart
    width = max(apart, right.half_unit * ROUNDING_HALF_UNITS)  # and one verify would not call carried rounding
    kept: list[MistakeValue] = []
    for mid, mruns in runs.items():
        try:
            x = truth(spec, q, mruns)
        except (IndexError, AttributeError, TypeError, ValueError):  # the mistaken pass has no such quantity (no update)
            continue
        if not math.isfinite(x) or abs(x) > 1e12:
            continue
        d = to_decimal(x)
        if abs(d - right.value) < width:
            continue  # the mistake changes nothing a student could see
        twin = next((k for k, mv in enumerate(kept) if abs(to_decimal(mv.exact) - d) < apart), None)
        if twin is None:
            kept.append(MistakeValue((mid,), x, show(x, spec.rounding)))
        else:
            kept[twin] = MistakeValue(kept[twin].ids + (mid,), kept[twin].exact, kept[twin].shown)
    return tuple(kept)


__all__ = ["SEPARATION", "MistakeValue", "all_runs", "mistake_values"]
