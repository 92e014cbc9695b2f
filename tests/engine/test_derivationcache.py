"""The general derivation's cache: the same section with or without it, no SymPy when it is warm.

The derivation section and its self-check are kept per architecture (issue 17: they were a
third of seed 003's render once the gradient oracle stopped using SymPy); a failing self-check
is never stored, and an unreadable entry is rebuilt.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator import certify
from generator.engine import derivation, derivationcache
from generator.engine.network import DEFAULT_OPTIONS
from generator.spec.load import parse_spec

ROOT = Path(__file__).resolve().parent.parent.parent
ARCH = (("relu", "tanh", "softmax"), "cross_entropy", 2, True)

_RENDER = """
import sys
from pathlib import Path
from generator import api
text = Path("specs/seed002.yaml").read_text() + "  sections: [architecture, formulas, derivation, forward]\\n"
w = api.walkthrough(api.parse_spec(text, "seed002+derivation.yaml"), formats=("md", "tex"))
sys.stdout.write(("sympy imported" if "sympy" in sys.modules else "sympy not imported") + "\\n")
sys.stdout.write(w.documents["md"] + w.documents["tex"])
"""


def _run(cache: Path | None) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("NNWALK_NO_CACHE", "NNWALK_CACHE_DIR")}
    if cache is None:
        env["NNWALK_NO_CACHE"] = "1"
    else:
        env["NNWALK_CACHE_DIR"] = str(cache)
    res = subprocess.run([sys.executable, "-c", _RENDER], cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    assert res.returncode == 0, res.stderr
    return res.stdout


def test_a_cached_derivation_section_needs_no_sympy_and_equals_a_fresh_one(tmp_path: Path) -> None:
    fresh = _run(None)
    first = _run(tmp_path)  # fills the cache
    again = _run(tmp_path)
    assert fresh.startswith("sympy imported\n") and first.startswith("sympy imported\n")
    assert again.startswith("sympy not imported\n")
    assert "General derivation" in fresh
    assert again.split("\n", 1)[1] == fresh.split("\n", 1)[1] == first.split("\n", 1)[1]


def test_the_self_check_is_read_back_and_an_unreadable_entry_is_rebuilt(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NNWALK_CACHE_DIR", str(tmp_path))
    fresh = derivation.evaluate_self_check(*ARCH, DEFAULT_OPTIONS)
    assert fresh.ok
    assert derivationcache.self_check(*ARCH, DEFAULT_OPTIONS, lambda: fresh) == fresh  # built and stored
    (entry,) = tmp_path.glob("derivation-self-check-*.json")
    assert derivationcache.self_check(*ARCH, DEFAULT_OPTIONS, lambda: pytest.fail("not read from the cache")) == fresh
    entry.write_text("{not json", encoding="utf-8")
    rebuilt = []
    assert derivationcache.self_check(*ARCH, DEFAULT_OPTIONS, lambda: rebuilt.append(1) or fresh) == fresh
    assert rebuilt == [1]


def test_a_failing_self_check_is_not_stored_and_fails_the_certificate(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NNWALK_CACHE_DIR", str(tmp_path))
    bad = derivationcache.SelfCheck((2, 2, 2, 2), 2, 41, 40, 0.5)
    assert derivationcache.self_check(*ARCH, DEFAULT_OPTIONS, lambda: bad) == bad
    assert not list(tmp_path.glob("derivation-self-check-*.json"))
    monkeypatch.setattr(derivation, "evaluate_self_check", lambda *a: bad)
    derivation.self_check.cache_clear()
    try:
        spec = parse_spec((ROOT / "specs" / "seed002.yaml").read_text() + "  sections: [architecture, derivation]\n", "x.yaml")
        tr = type("T", (), {"spec": spec})()
        checked, passed, problems = certify.check_derivation(tr)
    finally:
        derivation.self_check.cache_clear()
    assert (checked, passed) == (41, 40) and "1 of 41 gradient values" in problems[0].message
    assert not list(tmp_path.glob("derivation-self-check-*.json"))


def test_every_source_of_the_key_exists() -> None:
    here = Path(derivationcache.__file__).resolve().parent
    assert all((here / name).is_file() for name in derivationcache.SOURCES)
    assert len(derivationcache.code_version()) == 16
