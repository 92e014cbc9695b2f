"""The one error type a user mistake turns into.

The CLI maps :class:`SpecError` (bad input, exit 2) and :class:`VerificationError`
(a document that fails its own checks, exit 1) to one-paragraph messages; anything
else escaping is a bug in nnwalk, not in the user's file.
"""

from __future__ import annotations


class NnwalkError(Exception):
    """Base class: carries a user-facing, one-paragraph message and an exit code."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class SpecError(NnwalkError):
    """The spec (or a command-line value) is wrong; the message names the field."""

    exit_code = 2


class VerificationError(NnwalkError):
    """A generated document failed verification, so it is not written."""

    exit_code = 1
