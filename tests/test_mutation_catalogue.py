"""The mutant catalogue of tools/mutate.py still applies to the code (it cannot rot silently).

Each mutant's ``old`` text must occur exactly once in its file: when the code changes under a
mutant, this fails and the mutant is rewritten for the new code (or removed, saying why).
Running the mutants themselves takes minutes per group and is not part of the default run.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def mutate():  # noqa: ANN201 - the tools/mutate.py module
    spec = importlib.util.spec_from_file_location("nnwalk_mutate", ROOT / "tools" / "mutate.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up while the class is made
    spec.loader.exec_module(mod)
    return mod


def test_every_mutant_applies_exactly_once(mutate) -> None:  # noqa: ANN001
    groups = mutate.load_catalogue()
    assert mutate.check_catalogue(groups) == []
    assert set(groups) == {"engine", "check", "certify", "match", "exam", "files"}
    for g in groups.values():
        assert len(g.mutants) >= 10, g.name


def test_equivalent_mutants_say_why(mutate) -> None:  # noqa: ANN001
    for g in mutate.load_catalogue().values():
        for m in g.mutants:
            assert m.equivalent is None or len(m.equivalent.strip()) > 10, m.id


def test_a_mutant_that_no_longer_applies_is_reported(mutate, tmp_path: Path) -> None:  # noqa: ANN001
    (tmp_path / "m.py").write_text("x = 1\nx = 1\n", encoding="utf-8")
    (tmp_path / "t.py").write_text("", encoding="utf-8")
    cat = tmp_path / "c.toml"
    cat.write_text(
        '[groups.g]\ntests = ["t.py"]\n'
        '[[mutant]]\nid = "twice"\ngroup = "g"\nfile = "m.py"\nold = "x = 1"\nnew = "x = 2"\ndescription = "d"\n'
        '[[mutant]]\nid = "gone"\ngroup = "g"\nfile = "m.py"\nold = "y = 1"\nnew = "y = 2"\ndescription = "d"\n',
        encoding="utf-8",
    )
    problems = mutate.check_catalogue(mutate.load_catalogue(cat), tmp_path)
    assert len(problems) == 2
    assert "twice" in problems[0] and "2 times" in problems[0]
    assert "gone" in problems[1] and "0 times" in problems[1]
