"""The options of a multiple-choice question: the right value and distractors that are real mistakes.

Each wrong option is what one catalogued mistake gives (:mod:`generator.exam.distract`, whose
values are already two tolerance widths from the right answer and from each other); options
that would *print* the same (a significant-digits policy can round two separated values alike)
count once. A variant whose mistakes give fewer than ``choices - 1`` printable distractors is
redrawn (:func:`generator.exam.variant.short_of_options`, the ``multichoice_options`` reason).

Everything random comes from :mod:`generator.spec.rng`, so a variant's options are the same
forever and ``--only`` rebuilds them:

- **the right option's position** is balanced over the class: variants are taken in blocks of
  ``choices`` consecutive ones (1–5, 6–10, … for 5 options), and each block's positions are a
  seeded permutation of A, B, C, …; so every letter is right equally often (within one block's
  worth at the end), which a uniform draw per variant would not guarantee — over 100 variants
  and 5 options, an independent draw leaves some letter outside ±30 % of its share in most runs.
  The permutation depends on (seed, block, question), never on other variants' draws.
- **which distractors** when more mistakes apply than are needed: a seeded random choice among
  the distinct values, not the catalogue's first ones — the catalogue's order would put the same
  two or three mistakes in every variant, and a class would soon learn which wrong values to
  rule out; any value in the list is a real mistake, so each is a fair distractor.
- **the wrong options' order**: the order of that seeded choice, with the right one inserted at
  its drawn position (options are not sorted: sorted values would put the right one where its
  size says, not at its drawn letter).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import NnwalkError
from ..numfmt import Num
from ..spec import rng
from ..spec.variants import Question
from .distract import MistakeValue

LETTERS = "ABCDEFGHIJ"


@dataclass(frozen=True)
class Option:
    """One lettered option: the value as printed, and the mistake that gives it (None: the right answer)."""

    letter: str
    shown: Num
    mistake: MistakeValue | None

    @property
    def value(self) -> str:
        return self.shown.plain

    @property
    def correct(self) -> bool:
        return self.mistake is None


def distractors(right: Num, mistakes: tuple[MistakeValue, ...]) -> list[MistakeValue]:
    """The mistake values that print differently from the right answer and from each other (first one kept, in catalogue order)."""
    seen = {right.value}
    out = []
    for mv in mistakes:
        if mv.shown.value not in seen:
            seen.add(mv.shown.value)
            out.append(mv)
    return out


def _permutation(n: int, seed: int, variant: int, attempt: int, path: str) -> list[int]:
    """A seeded permutation of range(n) (Fisher–Yates over :func:`rng.index`)."""
    items = list(range(n))
    counter = 0
    for i in range(n - 1, 0, -1):
        j, counter = rng.index(i + 1, seed, variant, attempt, path, counter)
        items[i], items[j] = items[j], items[i]
    return items


def right_position(seed: int, variant: int, q: Question) -> int:
    """0-based position of the right option of question ``q`` in ``variant``: each block of ``choices`` variants uses each once."""
    block, at = divmod(variant - 1, q.choices)
    return _permutation(q.choices, seed, block, 0, f"exam.{q.id}.right_position")[at]


def options(
    q: Question, right: Num, mistakes: tuple[MistakeValue, ...], seed: int, variant: int, attempt: int
) -> tuple[Option, ...]:
    """The lettered options of multiple-choice question ``q`` in one variant (see the module's note for the draws)."""
    pool = distractors(right, mistakes)
    need = q.choices - 1
    if len(pool) < need:  # the draw checks this with the same computation: reaching here is a bug
        raise NnwalkError(
            f"exam.questions ({q.id} {q.ask}), variant {variant}: the mistakes give {len(pool)} distinct wrong values, "
            f"{need} are needed; this variant should have been redrawn. This is a bug in nnwalk; please report it."
        )
    order = _permutation(len(pool), seed, variant, attempt, f"exam.{q.id}.distractors")
    wrong: list[MistakeValue | None] = [pool[k] for k in order[:need]]
    at = right_position(seed, variant, q)
    seq = wrong[:at] + [None] + wrong[at:]
    return tuple(Option(LETTERS[k], right if mv is None else mv.shown, mv) for k, mv in enumerate(seq))


__all__ = ["LETTERS", "Option", "distractors", "options", "right_position"]
