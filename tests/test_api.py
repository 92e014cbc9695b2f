"""The Python API (issue 16 point 11): ``import nnwalk``, a spec given as a mapping, and the
``variants`` and ``verify`` commands as functions."""

from __future__ import annotations

import json

import pytest
import yaml
from paths import ROOT, seed

import generator
import nnwalk
from generator.errors import SpecError


def test_import_nnwalk_is_the_generator_api() -> None:
    assert nnwalk.walkthrough is generator.walkthrough and nnwalk.__version__ == generator.__version__
    assert set(nnwalk.__all__) <= set(dir(nnwalk))


def test_a_spec_mapping_renders_like_its_yaml() -> None:
    text = (ROOT / "specs" / "example.yaml").read_text(encoding="utf-8")
    from_dict = nnwalk.walkthrough(yaml.safe_load(text), ("md", "json"))
    from_text = nnwalk.walkthrough(nnwalk.parse_spec(text, "example.yaml"), ("md", "json"))
    assert json.loads(from_dict.documents["json"])["steps"] == json.loads(from_text.documents["json"])["steps"]
    bad = yaml.safe_load(text)
    bad["training"]["learning_rate"] = -1
    with pytest.raises(SpecError, match=r"training\.learning_rate"):
        nnwalk.walkthrough(bad)


def test_verify_and_variants_as_functions(tmp_path) -> None:  # noqa: ANN001
    # seed 002 prints o1 = 0.60635 for 0.60648 (hand-checked in tests/check/test_checker.py)
    rep = nnwalk.verify(seed("002"))
    assert rep.report.errors >= 1
    spec = yaml.safe_load((ROOT / "specs" / "example.yaml").read_text(encoding="utf-8"))
    own = tmp_path / "example.md"
    own.write_text(str(nnwalk.walkthrough(spec, ("md",)).documents["md"]), encoding="utf-8")
    clean = nnwalk.verify(own, spec=spec)
    assert clean.report.errors == 0 and clean.level2 is not None and clean.level2.wrong == []
    files = nnwalk.variants(ROOT / "specs" / "exam" / "exam_seed002.yaml", 2, 1)
    assert {"exam_seed002_v001_key.json", "exam_seed002_v002_key.md"} <= set(files)


def test_nnwalk_verify_stays_the_function_after_the_subpackage_is_imported() -> None:
    """generator.verify is the sub-package that reads documents; nnwalk.verify must stay the command."""
    import importlib

    import generator.verify.run  # noqa: F401 - binds generator.verify to the sub-package

    importlib.reload(nnwalk)
    assert callable(nnwalk.verify) and nnwalk.verify.__module__ == "generator.api"
