"""Checking a document with Python's cyclic garbage collector paused, and exceptions kept without frames.

Checking a document builds hundreds of thousands of small objects (tokens, trees, intervals)
that all stay alive until the report is made. CPython's cyclic collector runs after every
few hundred allocations and, now and then, walks every live object of the process, which
here includes NumPy's and nnwalk's modules: on a 620 KB document that walking was half of
``nnwalk verify``'s time, and it never found anything to free. The checker's data form no
reference cycles (reference counting frees them the moment the report is done; a test keeps
it so), so the collector is paused while one document is checked, and restored after.

The one cycle there was: an exception kept as a side's "not checked" reason, whose traceback
holds the frames that hold the document. :func:`detached` keeps the exception without them.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

__all__ = ["collector_paused", "detached"]

_E = TypeVar("_E", bound=BaseException)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the body with the cyclic garbage collector off; it is on again after if it was on before."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def detached(exc: _E) -> _E:
    """``exc`` without its traceback and chained exceptions (whose frames would keep the caller's data alive)."""
    exc.__traceback__ = None
    exc.__context__ = None
    exc.__cause__ = None
    return exc
