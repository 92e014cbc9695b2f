"""nnwalk: verified worked solutions of backpropagation for small dense networks.

Typical use::

    from generator import load_spec, walkthrough   # or: import nnwalk
    w = walkthrough(load_spec("specs/example.yaml"))   # a mapping works too: walkthrough({"title": ...})
    print(w.documents["md"])

``variants`` is ``nnwalk variants`` as a function; ``nnwalk verify`` is ``generator.api.verify``
(``nnwalk.verify``): here the name ``verify`` is the sub-package that reads documents.
"""

from typing import TYPE_CHECKING, Any

from .errors import NnwalkError, SpecError, VerificationError

if TYPE_CHECKING:
    from .api import Walkthrough, default_spec_path, grade, variants, walkthrough, write_all
    from .spec.load import Spec, load_spec, parse_spec

__version__ = "0.1.0"

#: Imported on first use: the walkthrough builder (SymPy's derivations, the certificate, the renderers) is most of
#: nnwalk's start-up, and ``nnwalk verify`` or ``generator.check`` need none of it.
_LAZY = {
    "Walkthrough": ".api",
    "default_spec_path": ".api",
    "grade": ".api",
    "variants": ".api",
    "walkthrough": ".api",
    "write_all": ".api",
    "Spec": ".spec.load",
    "load_spec": ".spec.load",
    "parse_spec": ".spec.load",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value  # once
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "NnwalkError",
    "Spec",
    "SpecError",
    "VerificationError",
    "Walkthrough",
    "default_spec_path",
    "grade",
    "load_spec",
    "parse_spec",
    "variants",
    "walkthrough",
    "write_all",
]
