"""Where the tests' shipped data lives: one place, so no test computes its own path (or skips when it is absent).

``SEEDS`` holds the five seed documents (each with published wrong numbers), ``QTI21`` the official
IMS QTI 2.1 XSD with the W3C and MathML schemas it imports (offline; see ``data/qti21/README.md``).
Both are part of the repository, so a clean clone has them: a test that needs them reads them, it never skips.
"""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
DATA = TESTS / "data"
SEEDS = DATA / "seeds"
QTI21 = DATA / "qti21"


def seed(number: str) -> Path:
    """The seed document whose name starts with ``number`` (``"000"`` … ``"004"``); exactly one must exist."""
    (path,) = SEEDS.glob(f"{number}_*.txt")
    return path


def all_seeds() -> list[Path]:
    """The five seed documents, in order (asserted, so an emptied folder fails instead of parametrizing nothing)."""
    paths = sorted(SEEDS.glob("*.txt"))
    assert len(paths) == 5, f"expected the five seed documents in {SEEDS}, found {len(paths)}"
    return paths
