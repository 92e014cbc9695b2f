"""SymPy is imported only when SymPy work is done, and cached SymPy results give the same documents.

Importing SymPy costs about 0.2 s, more than the rest of a small render. Its results are kept in
the user cache (``generator/engine/cache.py``), so nnwalk imports it on first use only (see
``symbolic._LazySymPy``). These tests run fresh interpreters, since SymPy, once imported, stays.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

_RENDER = """
import sys
from generator import api
w = api.walkthrough(api.load_spec({spec!r}), formats=("md", "tex", "json"))
sys.stdout.write(("sympy imported" if "sympy" in sys.modules else "sympy not imported") + "\\n")
sys.stdout.write(w.documents["md"] + w.documents["tex"] + w.documents["json"])
"""


def _run(code: str, cache: Path | None) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("NNWALK_NO_CACHE", "NNWALK_CACHE_DIR")}
    if cache is None:
        env["NNWALK_NO_CACHE"] = "1"
    else:
        env["NNWALK_CACHE_DIR"] = str(cache)
    res = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    assert res.returncode == 0, res.stderr
    return res.stdout


def test_starting_nnwalk_does_not_import_sympy() -> None:
    code = "import sys, generator.cli, generator.api, generator.exam.run, generator.exam.variant; print('sympy' in sys.modules)"
    assert _run(code, None).strip() == "False"


def test_nnwalk_verify_starts_without_the_walkthrough_builder() -> None:
    # `nnwalk verify` reads documents: the builder (api, certificate, Jinja templates) is not imported for it, while
    # `import generator` / `import nnwalk` still give the whole API on first use
    code = (
        "import sys, generator.cli, generator.verify.run\n"
        "print(sorted(m for m in ('generator.api', 'generator.certify', 'jinja2') if m in sys.modules))\n"
        "import nnwalk\nprint(callable(nnwalk.walkthrough), callable(nnwalk.verify), 'generator.api' in sys.modules)\n"
    )
    assert _run(code, None).split("\n")[:2] == ["[]", "True True True"]


@pytest.mark.parametrize("spec", ["specs/seed002.yaml", "specs/softmax_ce.yaml", "specs/bce.yaml"])
def test_a_cached_render_needs_no_sympy_and_equals_a_fresh_one(spec: str, tmp_path: Path) -> None:
    first = _run(_RENDER.format(spec=spec), tmp_path)  # an empty cache: SymPy works it out, and the cache is filled
    again = _run(_RENDER.format(spec=spec), tmp_path)
    assert first.startswith("sympy imported\n")
    assert again.startswith("sympy not imported\n")
    # the bundled outputs are what a render gives (tests/test_walkthrough.py): the cached render gives them too
    stem = ROOT / "output" / Path(spec).stem
    golden = "".join((stem.with_suffix(ext)).read_text(encoding="utf-8") for ext in (".md", ".tex", ".json"))
    assert again.split("\n", 1)[1] == first.split("\n", 1)[1] == golden


def test_without_the_cache_sympy_works_it_out_and_the_document_is_the_same() -> None:
    fresh = _run(_RENDER.format(spec="specs/seed002.yaml"), None)
    assert fresh.startswith("sympy imported\n")
    golden = "".join((ROOT / "output" / f"seed002{ext}").read_text(encoding="utf-8") for ext in (".md", ".tex", ".json"))
    assert fresh.split("\n", 1)[1] == golden


def test_the_derivation_section_still_imports_sympy_when_asked(tmp_path: Path) -> None:
    code = """
import sys
from pathlib import Path
from generator import api
text = Path("specs/seed002.yaml").read_text() + "  sections: [architecture, derivation]\\n"
w = api.walkthrough(api.parse_spec(text, "seed002+derivation.yaml"), formats=("md",))
print("General derivation" in w.documents["md"], "sympy" in sys.modules)
"""
    assert _run(code, tmp_path).split() == ["True", "True"]


def test_sympy_version_without_metadata_asks_sympy(monkeypatch: pytest.MonkeyPatch) -> None:
    """A SymPy with no installed metadata (a source tree on PYTHONPATH) still gives its version for cache keys."""
    import importlib.metadata

    import sympy

    from generator.engine import symbolic

    def missing(name: str) -> str:
        raise importlib.metadata.PackageNotFoundError(name)

    symbolic.sympy_version.cache_clear()
    monkeypatch.setattr(importlib.metadata, "version", missing)
    try:
        assert symbolic.sympy_version() == sympy.__version__
    finally:
        symbolic.sympy_version.cache_clear()
