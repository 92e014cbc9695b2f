"""The user cache only saves time: cached and fresh oracles agree, a broken entry is rebuilt."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from generator.engine import cache, symbolic

ARCH = ((2, 3, 1), ("tanh", "relu"), "mse", True)


def _grads() -> list[float]:
    symbolic.gradient_oracle.cache_clear()
    _, grad = symbolic.gradient_oracle(*ARCH)
    flat = [0.1 * (k % 7) - 0.3 for k in range(13)]
    return list(grad(*flat, 0.2, -0.4, 0.7))


def test_cached_oracle_matches_fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NNWALK_NO_CACHE", "1")
    fresh = _grads()
    monkeypatch.delenv("NNWALK_NO_CACHE")
    monkeypatch.setenv("NNWALK_CACHE_DIR", str(tmp_path))
    first = _grads()  # builds with SymPy and writes the entry
    entries = list(tmp_path.glob("oracle-*.py"))
    assert len(entries) == 1
    second = _grads()  # loads the entry
    assert np.allclose(fresh, first) and np.allclose(fresh, second)
    entries[0].write_text("garbage that is not python")
    assert np.allclose(fresh, _grads())  # a broken entry is rebuilt


def test_unwritable_cache_is_skipped(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("NNWALK_CACHE_DIR", str(blocker / "sub"))
    assert cache.cache_dir() is None
    assert len(_grads()) == 13


def test_cached_derivations_match_fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NNWALK_CACHE_DIR", str(tmp_path))
    for name in ("sigmoid", "tanh", "relu", "linear"):
        symbolic.activation_derivation.cache_clear()
        fresh = symbolic._activation_derivation(name)
        assert fresh.verified
        assert symbolic.activation_derivation(name) == fresh  # built and stored
        symbolic.activation_derivation.cache_clear()
        assert symbolic.activation_derivation(name) == fresh  # read back
    assert len(list(tmp_path.glob("derivation-activation-*.json"))) == 4
