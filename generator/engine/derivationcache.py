"""The general derivation's view and self-check from the user cache: SymPy only when they are not there.

Why: the derivation section (seed 003) and its self-check depend only on the architecture, the
notation preset and nnwalk's own code, yet every render imported SymPy (about 0.25 s) and let it
build and print every expression again (0.1 s): a third of seed 003's render once its gradient
oracle no longer needed SymPy (issue 17). The first render of an architecture builds them with
:mod:`generator.engine.derivation` and stores them (see :mod:`generator.engine.cache`); later renders
read them without importing SymPy (callers pass the function that builds an entry, importing
:mod:`~generator.engine.derivation` inside it, so this module imports no SymPy and no import cycle
forms). Entries are keyed by the source of every module the
derivation's text depends on and by SymPy's version, and only results whose self-check passed
are stored, so a failing check is rebuilt and reported on every render.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from typing import Any

from . import cache as ucache
from .network import ActOptions, options_of
from .symbolic import sympy_version

#: The modules whose code decides the derivation's text and its self-check (relative to this folder).
SOURCES = ("derivation.py", "symbolic.py", "notation.py", "network.py", "optim.py", "cache.py", "../numfmt.py")


@dataclass(frozen=True)
class SelfCheck:
    """The derivation evaluated on a small network of the same kind, against SymPy's differentiation of the whole loss."""

    layers: tuple[int, ...]
    m: int
    checked: int
    passed: int
    max_error: float

    @property
    def ok(self) -> bool:
        return self.checked > 0 and self.passed == self.checked


@cache
def code_version() -> str:
    """A hash of :data:`SOURCES`: a cached entry never outlives the code that produced it."""
    here = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for name in SOURCES:
        h.update((here / name).read_bytes())
    return h.hexdigest()[:16]


def _name(kind: str, *parts: object) -> str:
    return f"derivation-{kind}-" + ucache.key(code_version(), sympy_version(), *parts) + ".json"


def _read(name: str) -> Any:
    """The entry's JSON, or None when it is missing or unreadable (then it is rebuilt)."""
    text = ucache.read_text(name)
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None


def self_check(
    acts: tuple[str, ...], loss: str, m: int, biases: bool, opts: ActOptions, evaluate: Callable[[], SelfCheck]
) -> SelfCheck:
    """The self-check of this architecture from the cache, else ``evaluate()`` (stored when it passed).

    ``evaluate`` is :func:`generator.engine.derivation.evaluate_self_check` bound to these arguments; the
    caller passes it (importing that module only inside it) so that this module never imports SymPy.
    """
    name = _name("self-check", tuple(acts), loss, 1 if m == 1 else 2, biases, repr(opts))
    got = _read(name)
    try:
        return SelfCheck(tuple(got["layers"]), got["m"], got["checked"], got["passed"], float(got["max_error"]))
    except (TypeError, KeyError):
        pass
    check = evaluate()
    if check.ok:
        ucache.write_text(name, json.dumps(asdict(check)))
    return check


def view(spec: Any, build: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """The derivation section's view of ``spec`` from the cache, else ``build()`` (stored when its self-check passed).

    ``build`` is :func:`generator.engine.derivation.view` bound to ``spec`` (see :func:`self_check` on why).
    """
    opts = options_of(spec)
    arch = (tuple(spec.layers), tuple(spec.activations), spec.loss, spec.m, spec.notation, spec.has_biases, repr(opts))
    name = _name("view", *arch)
    got = _read(name)
    if isinstance(got, dict) and got.get("ok") is True:
        return got
    v = build()
    if v["ok"]:
        ucache.write_text(name, json.dumps(v))
    return v


__all__ = ["SOURCES", "SelfCheck", "code_version", "self_check", "view"]
