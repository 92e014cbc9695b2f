"""The optimizer settings of a spec (``training.optimizer``, ``weight_decay``, ``decay_biases``, ``clip_norm``).

Why a module of its own in the spec wing: the settings are read and validated here, with
errors that name the field, and both the float engine (:mod:`generator.engine.optim`) and the
printed walkthrough (:mod:`generator.engine.optimtrace`) read the same frozen object.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..errors import SpecError

#: Optimizer names (spec key ``training.optimizer`` or its ``name``).
OPTIMIZERS = ("sgd", "momentum", "rmsprop", "adagrad", "adam", "adamw")
#: Hyper-parameters each optimizer takes, with PyTorch's defaults (momentum's 0.9 is the usual
#: lecture value: PyTorch's SGD has no default momentum).
HYPER: dict[str, dict[str, str]] = {
    "sgd": {},
    "momentum": {"momentum": "0.9"},
    "rmsprop": {"alpha": "0.99", "eps": "1e-8"},
    "adagrad": {"eps": "1e-10"},
    "adam": {"beta1": "0.9", "beta2": "0.999", "eps": "1e-8"},
    "adamw": {"beta1": "0.9", "beta2": "0.999", "eps": "1e-8"},
}
#: The state each optimizer keeps per parameter, in the order a step updates it (answer-key names).
STATES: dict[str, tuple[str, ...]] = {
    "sgd": (),
    "momentum": ("velocity",),
    "rmsprop": ("v",),
    "adagrad": ("sum",),
    "adam": ("m", "v", "m_hat", "v_hat"),
    "adamw": ("m", "v", "m_hat", "v_hat"),
}


@dataclass(frozen=True)
class Optimizer:
    """The optimizer settings of a spec; numbers keep the text they were written with."""

    name: str = "sgd"
    hyper: tuple[tuple[str, float, str], ...] = ()  # (key, value, text as written)
    nesterov: bool = False
    weight_decay: float = 0.0
    weight_decay_text: str = "0"
    decay_biases: bool = False
    clip_norm: float | None = None
    clip_norm_text: str | None = None

    def get(self, key: str) -> float:
        for k, v, _ in self.hyper:
            if k == key:
                return v
        raise KeyError(key)

    @property
    def plain(self) -> bool:
        """Plain gradient descent (w - eta g): the walkthrough of the first wave, unchanged."""
        return self.name == "sgd" and self.weight_decay == 0 and self.clip_norm is None

    @property
    def decoupled(self) -> bool:
        """AdamW shrinks the weight itself (w - eta lambda w); the others add lambda w to the gradient."""
        return self.name == "adamw"

    @property
    def states(self) -> tuple[str, ...]:
        return STATES[self.name]


PLAIN = Optimizer()

#: (lowest, highest, whether the lowest is allowed, whether the highest is allowed) per hyper-parameter.
_RANGES: dict[str, tuple[float, float, bool, bool, str]] = {
    "momentum": (0.0, 1.0, True, False, "in [0, 1)"),
    "alpha": (0.0, 1.0, True, False, "in [0, 1)"),
    "beta1": (0.0, 1.0, True, False, "in [0, 1)"),
    "beta2": (0.0, 1.0, True, False, "in [0, 1)"),
    "eps": (0.0, 1.0, False, True, "greater than 0 and at most 1"),
}

Number = Callable[[Any, str], tuple[float, str]]


def read_optimizer(tr: dict[str, Any], number: Number, type_name: Callable[[Any], str]) -> Optimizer:
    """Validate the optimizer keys of ``training`` (``number`` reads a number and its text, naming the field)."""
    raw = tr.get("optimizer", "sgd")
    where = "training.optimizer"
    given: dict[str, Any] = {}
    if isinstance(raw, dict):
        if "name" not in raw:
            raise SpecError(f"{where}.name: missing; a mapping names its optimizer, e.g. {{name: adam, beta1: 0.9}}.")
        name, given = raw["name"], {k: v for k, v in raw.items() if k != "name"}
        where_name = f"{where}.name"
    else:
        name, where_name = raw, where
    if not isinstance(name, str) or name not in HYPER:
        close = difflib.get_close_matches(str(name), list(HYPER), n=1) if isinstance(name, str) else []
        hint = f" Did you mean '{close[0]}'?" if close else ""
        raise SpecError(f"{where_name}: unknown optimizer {name!r}; expected one of {', '.join(HYPER)}.{hint}")
    allowed = tuple(HYPER[name]) + (("nesterov",) if name == "momentum" else ())
    for k in given:
        if k not in allowed:
            close = difflib.get_close_matches(str(k), allowed, n=1)
            hint = f" Did you mean '{close[0]}'?" if close else ""
            keys = ", ".join(("name", *allowed))
            raise SpecError(f"{where}.{k}: unknown key for the {name} optimizer; allowed here: {keys}.{hint}")
    hyper = []
    for key, default in HYPER[name].items():
        field_name = f"{where}.{key}"
        if key in given:
            value, text = number(given[key], field_name)
        else:
            value, text = float(default), default
        lo, hi, lo_ok, hi_ok, says = _RANGES[key]
        if not ((value > lo or (lo_ok and value == lo)) and (value < hi or (hi_ok and value == hi))):
            raise SpecError(f"{field_name}: expected a number {says}, got {text}.")
        hyper.append((key, value, text))
    nesterov = given.get("nesterov", False)
    if not isinstance(nesterov, bool):
        raise SpecError(f"{where}.nesterov: expected true or false, got {type_name(nesterov)}.")
    if nesterov and dict((k, v) for k, v, _ in hyper)["momentum"] == 0:
        raise SpecError(f"{where}.nesterov: Nesterov momentum needs a momentum greater than 0.")
    wd, wd_text = 0.0, "0"
    if tr.get("weight_decay") is not None:
        wd, wd_text = number(tr["weight_decay"], "training.weight_decay")
        if wd < 0:
            raise SpecError(f"training.weight_decay: expected a number of at least 0, got {wd_text}.")
    db = tr.get("decay_biases", False)
    if not isinstance(db, bool):
        raise SpecError(f"training.decay_biases: expected true or false, got {type_name(db)}.")
    clip = clip_text = None
    if tr.get("clip_norm") is not None:
        clip, clip_text = number(tr["clip_norm"], "training.clip_norm")
        if clip <= 0:
            raise SpecError(f"training.clip_norm: expected a number greater than 0 (or null for no clipping), got {clip_text}.")
    return Optimizer(name, tuple(hyper), nesterov, wd, wd_text, db, clip, clip_text)


__all__ = ["HYPER", "OPTIMIZERS", "PLAIN", "STATES", "Optimizer", "read_optimizer"]
