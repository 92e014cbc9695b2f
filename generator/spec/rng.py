"""nnwalk's own random numbers: a counter-based generator that will never change.

Why not Python's ``random`` or NumPy's generators: their sequences are free to change
between versions, and a variant must be reproducible forever (variant 17 of seed 42 is
the same exam on any machine, in any future version). Why counter-based: a number
depends only on *what* it is for, never on how many numbers were drawn before it, so
adding a constraint or a new parameter does not reshuffle every other variant, and
``--only 17`` needs no draws of the variants before it.

The definition (version 1, frozen)::

    word(seed, variant, attempt, path, counter) =
        first 8 bytes, big-endian, of SHA-256( "nnwalk-rng-v1|{seed}|{variant}|{attempt}|{path}|{counter}" )

``seed``, ``variant``, ``attempt`` and ``counter`` are written in decimal, ``path`` is the
parameter's path in the spec (``parameters.weights[0][1][0]``), all UTF-8.

``index(n, ...)`` picks one of ``n`` choices without modulo bias: words at or above the
largest multiple of ``n`` below 2**64 are rejected and the counter moves on (the chance
of that is below n / 2**64, so in practice the first word is used).
"""

from __future__ import annotations

import hashlib

VERSION = "nnwalk-rng-v1"
_TWO64 = 1 << 64


def word(seed: int, variant: int, attempt: int, path: str, counter: int = 0) -> int:
    """A 64-bit unsigned integer determined only by its arguments."""
    msg = f"{VERSION}|{seed}|{variant}|{attempt}|{path}|{counter}".encode()
    return int.from_bytes(hashlib.sha256(msg).digest()[:8], "big")


def index(n: int, seed: int, variant: int, attempt: int, path: str, counter: int = 0) -> tuple[int, int]:
    """A uniform choice in ``range(n)``; returns (choice, the next unused counter)."""
    if n < 1:
        raise ValueError("index() needs at least one choice")
    limit = _TWO64 - (_TWO64 % n)
    while True:
        w = word(seed, variant, attempt, path, counter)
        counter += 1
        if w < limit:
            return w % n, counter


__all__ = ["VERSION", "index", "word"]
