"""nnwalk: verified worked solutions of backpropagation for small dense networks.

Typical use::

    from generator import load_spec, walkthrough   # or: import nnwalk
    w = walkthrough(load_spec("specs/example.yaml"))   # a mapping works too: walkthrough({"title": ...})
    print(w.documents["md"])

``variants`` is ``nnwalk variants`` as a function; ``nnwalk verify`` is ``generator.api.verify``
(``nnwalk.verify``): here the name ``verify`` is the sub-package that reads documents.
"""

from .api import Walkthrough, default_spec_path, grade, variants, walkthrough, write_all
from .errors import NnwalkError, SpecError, VerificationError
from .spec.load import Spec, load_spec, parse_spec

__version__ = "0.1.0"
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
