"""nnwalk: verified worked solutions of backpropagation for small dense networks.

Typical use::

    from generator import load_spec, walkthrough
    w = walkthrough(load_spec("specs/example.yaml"))
    print(w.documents["md"])
"""

from .api import Walkthrough, default_spec_path, walkthrough, write_all
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
    "load_spec",
    "parse_spec",
    "walkthrough",
    "write_all",
]
