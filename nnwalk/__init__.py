"""``import nnwalk``: the tool's name for the package the design card calls ``generator``.

Why a second name and not a rename: ``generator`` is part of the design card (and of every import in
the tests and the docs), while users look for the tool by its name. This module re-exports the public
API; ``nnwalk.walkthrough is generator.walkthrough``, and ``nnwalk.verify`` is ``generator.api.verify``.
"""

from generator import (
    NnwalkError,
    Spec,
    SpecError,
    VerificationError,
    Walkthrough,
    __version__,
    default_spec_path,
    grade,
    load_spec,
    parse_spec,
    variants,
    walkthrough,
    write_all,
)
from generator.api import verify  # not re-exported by generator, where ``verify`` names the sub-package

__all__ = [
    "NnwalkError",
    "Spec",
    "SpecError",
    "VerificationError",
    "Walkthrough",
    "__version__",
    "default_spec_path",
    "grade",
    "load_spec",
    "parse_spec",
    "variants",
    "verify",
    "walkthrough",
    "write_all",
]
