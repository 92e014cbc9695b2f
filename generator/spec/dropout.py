"""The dropout settings of a spec (``training.dropout``): a rate per hidden layer and the 0/1 masks.

Why masks are data and not drawn at render time: a walkthrough must be redone by hand, so
the reader needs the exact neurons each step dropped. A spec gives them (``masks``) or a
``seed`` from which nnwalk draws them with its own frozen generator (:mod:`.rng`), so the
same spec gives the same masks on every machine and in every future version.

Inverted dropout, as PyTorch's ``nn.Dropout`` in training mode: a kept neuron's activation is
divided by 1 - p, a dropped one is 0; the pass after training (evaluation) uses no dropout.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..errors import SpecError
from . import rng

Number = Callable[[Any, str], tuple[float, str]]


@dataclass(frozen=True)
class Dropout:
    """Rates per hidden layer (as written) and, per update, per hidden layer, a (rows, n) 0/1 mask.

    ``rows`` is 1 (one mask for every example of the update) or the update's number of examples.
    """

    rates: tuple[float, ...]
    rates_text: tuple[str, ...]
    masks: tuple[tuple[np.ndarray, ...], ...]
    seed: int | None = None

    def mask(self, update: int, l: int, e: int) -> np.ndarray:
        """The 0/1 mask of hidden layer ``l`` (1-based) for example ``e`` of update ``update``."""
        m = self.masks[update][l - 1]
        return m[0] if m.shape[0] == 1 else m[e]

    def scales(self, update: int, rows: int) -> list[np.ndarray | None]:
        """Per hidden layer, the (rows, n) factors m / (1 - p) the activations are multiplied by (None: rate 0)."""
        out: list[np.ndarray | None] = []
        for l, p in enumerate(self.rates):
            if p == 0:
                out.append(None)
                continue
            m = self.masks[update][l]
            out.append(np.broadcast_to(m / (1.0 - p), (rows, m.shape[1])).astype(np.float64))
        return out


def updates_of(steps: int, m: int, mode: str, has_lr: bool) -> tuple[int, int]:
    """(number of training passes, examples per pass): sgd makes one pass per example and step."""
    if not has_lr:
        return 1, m
    if mode == "sgd" and m > 1:
        return steps * m, 1
    return steps, m


def read_dropout(
    raw: Any, number: Number, type_name: Callable[[Any], str], layers: tuple[int, ...], passes: int, rows: int
) -> Dropout | None:
    """Validate ``training.dropout`` for a network of ``layers`` trained in ``passes`` passes of ``rows`` examples."""
    if raw is None:
        return None
    where = "training.dropout"
    if not isinstance(raw, dict):
        raise SpecError(f"{where}: expected a mapping with rates and masks (or seed), got {type_name(raw)}.")
    for k in raw:
        if k not in ("rates", "masks", "seed"):
            raise SpecError(f"{where}.{k}: unknown key; allowed here: rates, masks, seed.")
    hidden = layers[1:-1]
    if not hidden:
        raise SpecError(f"{where}: dropout acts on hidden layers, and this network has none.")
    rates_raw = raw.get("rates")
    if not isinstance(rates_raw, list) or len(rates_raw) != len(hidden):
        raise SpecError(
            f"{where}.rates: expected a list of {len(hidden)} rate(s), one per hidden layer (0 = no dropout), "
            f"got {type_name(rates_raw)}{'' if not isinstance(rates_raw, list) else f' of {len(rates_raw)}'}."
        )
    rates, texts = [], []
    for i, r in enumerate(rates_raw):
        v, t = number(r, f"{where}.rates[{i}]")
        if v == 1:
            raise SpecError(
                f"{where}.rates[{i}]: a rate of 1 drops every neuron, and the kept ones' factor 1/(1 - p) would divide "
                "by zero; give a rate in [0, 1)."
            )
        if not 0 <= v < 1:
            raise SpecError(f"{where}.rates[{i}]: expected a dropout probability in [0, 1), got {t}.")
        rates.append(v)
        texts.append(t)
    has_masks, has_seed = raw.get("masks") is not None, raw.get("seed") is not None
    if has_masks == has_seed:
        raise SpecError(f"{where}: give either masks (the 0/1 masks of every training pass) or seed (to draw them), not both.")
    if has_seed:
        value, text = number(raw["seed"], f"{where}.seed")
        if value < 0 or value != int(value):
            raise SpecError(f"{where}.seed: expected a whole number of at least 0, got {text}.")
        seed = int(value)
        return Dropout(tuple(rates), tuple(texts), _draw(seed, rates, hidden, passes, rows), seed)
    masks = _read_masks(raw["masks"], type_name, rates, hidden, passes, rows)
    return Dropout(tuple(rates), tuple(texts), masks)


def _draw(seed: int, rates: list[float], hidden: tuple[int, ...], passes: int, rows: int) -> tuple[tuple[np.ndarray, ...], ...]:
    """Keep a neuron when a uniform number in [0, 1) from :mod:`.rng` is at least its layer's rate."""
    out = []
    for u in range(passes):
        per = []
        for l, (p, n) in enumerate(zip(rates, hidden)):
            m = np.ones((rows, n), dtype=np.float64)
            for e in range(rows):
                for j in range(n):
                    w = rng.word(seed, 0, 0, f"training.dropout.masks[{u}][{l}][{e}][{j}]")
                    m[e, j] = 1.0 if w / 2.0**64 >= p else 0.0
            per.append(m)
        out.append(tuple(per))
    return tuple(out)


def _read_masks(
    raw: Any, type_name: Callable[[Any], str], rates: list[float], hidden: tuple[int, ...], passes: int, rows: int
) -> tuple[tuple[np.ndarray, ...], ...]:
    where = "training.dropout.masks"
    per_pass = "one per training pass (steps x examples in sgd mode)" if rows == 1 else "one per training step"
    if not isinstance(raw, list) or len(raw) != passes:
        got = f"a list of {len(raw)}" if isinstance(raw, list) else type_name(raw)
        raise SpecError(f"{where}: expected {passes} mask set(s), {per_pass}, got {got}.")
    out = []
    for u, step in enumerate(raw):
        if not isinstance(step, list) or len(step) != len(hidden):
            raise SpecError(f"{where}[{u}]: expected {len(hidden)} mask(s), one per hidden layer, got {type_name(step)}.")
        per = []
        for l, mask in enumerate(step):
            at = f"{where}[{u}][{l}]"
            n = hidden[l]
            nested = isinstance(mask, list) and bool(mask) and isinstance(mask[0], list)
            rows_raw = mask if nested else [mask]
            if not isinstance(mask, list) or len(rows_raw) not in {1, rows}:
                shape = f"a row of {n} zeros and ones" + (f", or {rows} such rows (one per example)" if rows > 1 else "")
                raise SpecError(f"{at}: expected {shape}, got {type_name(mask)}.")
            arr = np.ones((len(rows_raw), n), dtype=np.float64)
            for e, row in enumerate(rows_raw):
                row_at = f"{at}[{e}]" if nested else at
                if not isinstance(row, list) or len(row) != n:
                    raise SpecError(f"{row_at}: expected a row of {n} zeros and ones (hidden layer {l + 1} has {n} neurons).")
                for j, v in enumerate(row):
                    if isinstance(v, bool) or v not in (0, 1):
                        raise SpecError(f"{row_at}[{j}]: a mask entry is 0 (dropped) or 1 (kept), got {v!r}.")
                    if v == 0 and rates[l] == 0:
                        raise SpecError(f"{row_at}[{j}]: 0 drops a neuron of hidden layer {l + 1}, whose dropout rate is 0.")
                    arr[e, j] = float(v)
            per.append(arr)
        out.append(tuple(per))
    return tuple(out)


__all__ = ["Dropout", "read_dropout", "updates_of"]
