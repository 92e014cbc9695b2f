"""The JSON Schema of the spec (``nnwalk schema``): valid, accepts every bundled spec, rejects bad
ones, and lists exactly the keys the hand-written validators accept, so it cannot drift from them."""

from __future__ import annotations

import ast
import inspect
import json
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from generator.cli import main
from generator.errors import SpecError
from generator.spec import load as spec_module
from generator.spec import variants as variants_module
from generator.spec.schema import build_schema

jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is a test dependency: pip install -e '.[test]'")

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = sorted(ROOT.glob("specs/*.yaml")) + sorted(ROOT.glob("specs/exam/*.yaml"))


@pytest.fixture(scope="module")
def validator() -> Any:
    schema = build_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_schema_is_valid_draft_2020_12() -> None:
    schema = build_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_bundled_spec_validates(path: Path, validator: Any) -> None:
    # A YAML language server sees plain YAML 1.2 values: load the way it does, not with nnwalk's loader.
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    errors = [f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}" for e in validator.iter_errors(data)]
    assert not errors, f"{path.name} is valid for nnwalk but not for the schema:\n" + "\n".join(errors)


def test_cli_prints_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    out = capsys.readouterr().out
    assert json.loads(out) == build_schema()


GOOD = """\
title: t
network: {layers: [2, 2, 2], activations: [sigmoid, sigmoid], loss: half_sse}
parameters:
  weights:
    - [[0.15, 0.20], [0.25, 0.30]]
    - [[0.40, 0.45], [0.50, 0.55]]
  biases: [[0.35, 0.35], [0.60, 0.60]]
data: {inputs: [[0.05, 0.10]], targets: [[0.01, 0.99]]}
training: {learning_rate: 0.5, steps: 2, mode: batch}
presentation: {notation: layered, rounding: {style: decimals, digits: 5}, sections: [forward, loss]}
"""

EXAM = (ROOT / "specs/exam/exam_seed002.yaml").read_text(encoding="utf-8")

# (base text, old, new): each bad spec must be refused by nnwalk's validator *and* by the schema.
BAD = [
    (GOOD, "title: t", "titel: t"),
    (GOOD, "activations: [sigmoid, sigmoid]", "activations: [sigmoid, sigmod]"),
    (GOOD, "loss: half_sse", "loss: hinge"),
    (GOOD, "layers: [2, 2, 2]", "layers: [2]"),
    (GOOD, "layers: [2, 2, 2]", "layers: [2, 0, 2]"),
    (GOOD, "learning_rate: 0.5", "learning_rate: -0.5"),
    (GOOD, "steps: 2", "steps: 0"),
    (GOOD, "mode: batch", "mode: online"),
    (GOOD, "digits: 5", "digits: 13"),
    (GOOD, "style: decimals", "style: fancy"),
    (GOOD, "notation: layered", "notation: greek"),
    (GOOD, "sections: [forward, loss]", "sections: [forward, summary]"),
    (GOOD, "[0.05, 0.10]", "[0.05, abc]"),
    (GOOD, "data: {inputs: [[0.05, 0.10]], ", "data: {"),
    (GOOD, "loss: half_sse}", "loss: half_sse, relu_prime_at_zero: 2}"),
    (GOOD, "  biases:", "  bias:"),
    (GOOD, "title: t", "title: [t]"),
    (GOOD, "  weights:", "  init: {scheme: he_normal, seed: 1}\n  weights:"),
    (GOOD, "  biases:", "  init: {scheme: kaiming, seed: 1}\n  biases:"),
    (GOOD, "data: {inputs: [[0.05, 0.10]], ", "data: {inputs_file: x.csv, inputs: [[0.05, 0.10]], "),
    (GOOD, "notation: layered", "notation: layered, form: tabular"),
    (EXAM, "min_significant: 2", "min_significant: 9"),
    (EXAM, "data.inputs: {min", "network.layers: {min"),
    (EXAM, "{ask: loss, points: 2}", "{ask: loss, points: 2, hint: x}"),
    (EXAM, 'ask: "a[2][1]"', 'ask: "activation[2][1]"'),
    (EXAM, "moodle: cloze", "moodle: essay"),
    (EXAM, "max_draws: 2000", "max_draws: 0"),
]


@pytest.mark.parametrize(("base", "old", "new"), BAD, ids=[f"{i}:{new.strip()[:30]}" for i, (_b, _o, new) in enumerate(BAD)])
def test_bad_specs_are_rejected_by_both(base: str, old: str, new: str, validator: Any) -> None:
    assert old in base
    text = base.replace(old, new, 1)
    with pytest.raises(SpecError):
        if base is EXAM:
            variants_module.parse_template(text, source="<bad>")
        else:
            spec_module.parse_spec(text, source="<bad>")
    assert list(validator.iter_errors(yaml.safe_load(text))), f"the schema accepts a spec nnwalk refuses:\n{text}"


def test_seeded_weights_and_data_files_validate_in_both(tmp_path: Path, validator: Any) -> None:
    (tmp_path / "x.csv").write_text("# x1, x2\n0.05, 0.10\n0.20, 0.30\n", encoding="utf-8")
    (tmp_path / "t.csv").write_text("0.01\n0.99\n", encoding="utf-8")
    text = """\
network: {layers: [2, 3, 1], activations: [tanh, sigmoid], loss: half_sse}
parameters: {init: {scheme: xavier_uniform, seed: 7, digits: 3}}
data: {inputs_file: x.csv, targets_file: t.csv}
presentation: {form: auto, notation: dz}
"""
    (tmp_path / "s.yaml").write_text(text, encoding="utf-8")
    spec_module.load_spec(tmp_path / "s.yaml")
    assert not list(validator.iter_errors(yaml.safe_load(text)))


# ------------------------------------------------------------------ drift: keys of every mapping


def _object_index(schema: dict[str, Any]) -> dict[str, list[frozenset[str]]]:
    """Dotted path (no list indices; ``*`` for any key) -> the key sets of the mappings allowed there."""
    defs = schema.get("$defs", {})
    index: dict[str, list[frozenset[str]]] = {}

    def walk(node: Any, path: str) -> None:
        if not isinstance(node, dict):
            return
        if "$ref" in node:
            walk(defs[node["$ref"].rsplit("/", 1)[1]], path)
        for key in ("oneOf", "anyOf", "allOf"):
            for branch in node.get(key, []):
                walk(branch, path)
        walk(node.get("items"), path)
        if "properties" in node:
            index.setdefault(path, []).append(frozenset(node["properties"]))
            for name, sub in node["properties"].items():
                walk(sub, f"{path}.{name}" if path else name)
        for sub in [node.get("additionalProperties"), *node.get("patternProperties", {}).values()]:
            walk(sub, f"{path}.*" if path else "*")

    walk(schema, "")
    return index


def _normalise(where: str) -> str:
    """``exam.questions[3]`` -> ``exam.questions``; a formatted part (``variants.draw.{path}``) -> ``*``."""
    return re.sub(r"\[[^\]]*\]", "", where)


def _static_calls(module: ModuleType) -> Iterator[tuple[int, tuple[str, ...] | None, str | None]]:
    """Every ``reject_unknown(d, KEYS, WHERE)`` in a module's source: (line, keys, where), None where not readable."""
    tree = ast.parse(inspect.getsource(module))
    for func in ast.walk(tree):
        if not isinstance(func, ast.FunctionDef):
            continue
        local = {
            t.id: n.value.value
            for n in ast.walk(func)
            if isinstance(n, ast.Assign) and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str)
            for t in n.targets
            if isinstance(t, ast.Name)
        }
        for call in ast.walk(func):
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "reject_unknown"):
                continue
            if len(call.args) < 3:
                continue
            k, w = call.args[1], call.args[2]
            keys: tuple[str, ...] | None = None
            if isinstance(k, ast.Tuple) and all(isinstance(e, ast.Constant) for e in k.elts):
                keys = tuple(e.value for e in k.elts)  # type: ignore[attr-defined]
            elif isinstance(k, ast.Name) and isinstance(getattr(module, k.id, None), tuple):
                keys = tuple(getattr(module, k.id))
            where: str | None = None
            if isinstance(w, ast.Constant) and isinstance(w.value, str):
                where = w.value
            elif isinstance(w, ast.Name) and w.id in local:
                where = local[w.id]
            elif isinstance(w, ast.JoinedStr):
                where = "".join(v.value if isinstance(v, ast.Constant) else "*" for v in w.values)
            yield call.lineno, keys, where


def _check(index: dict[str, list[frozenset[str]]], keys: tuple[str, ...], where: str | None, origin: str) -> str | None:
    """None when the schema lists exactly ``keys`` at ``where`` (over all its alternatives there), else the problem."""
    want = frozenset(keys)
    unions = {path: frozenset().union(*sets) for path, sets in index.items()}
    if where is None:  # a place the test cannot name: the same key set must exist somewhere in the schema
        if want in unions.values():
            return None
        return f"{origin}: keys {sorted(want)} (place not readable) match no mapping of the schema"
    path = _normalise(where)
    if path not in unions:
        return f"{origin}: the validator accepts keys {sorted(want)} at '{path or '(top level)'}', which the schema does not describe"
    got = unions[path]
    if want == got:
        return None
    return (
        f"{origin}: at '{path or '(top level)'}' the validator accepts {sorted(want)}; the schema lists {sorted(got)} "
        f"(missing from the schema: {sorted(want - got)}, extra: {sorted(got - want)})"
    )


@pytest.mark.parametrize("module", [spec_module, variants_module], ids=["spec/load.py", "spec/variants.py"])
def test_schema_lists_every_key_the_validator_accepts_static(module: ModuleType) -> None:
    """Read the validator's source: every ``reject_unknown`` key tuple must be a mapping of the schema, in its place."""
    index = _object_index(build_schema())
    problems, seen = [], 0
    for line, keys, where in _static_calls(module):
        if keys is None:
            continue  # passed through a variable: the run-time test below sees it
        seen += 1
        if msg := _check(index, keys, where, f"{Path(module.__file__ or '').name}:{line}"):
            problems.append(msg)
    assert seen >= 3, "found (almost) no reject_unknown calls: has the validator changed shape? update this test"
    assert not problems, "\n".join(problems)


def test_schema_lists_every_key_the_validator_accepts_at_run_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Record every ``reject_unknown`` call while validating the bundled specs; each key set must be in the schema."""
    calls: list[tuple[tuple[str, ...], str]] = []
    real = spec_module.reject_unknown

    def spy(d: dict[str, Any], allowed: tuple[str, ...], where: str) -> None:
        calls.append((tuple(allowed), where))
        real(d, allowed, where)

    monkeypatch.setattr(spec_module, "reject_unknown", spy)
    monkeypatch.setattr(variants_module, "reject_unknown", spy)
    for path in BUNDLED:
        text = path.read_text(encoding="utf-8")
        if "variants:" in text:
            variants_module.parse_template(text, source=str(path))
        spec_module.parse_spec(text, source=str(path))
    assert calls
    index = _object_index(build_schema())
    # variants.draw.<path> is a spec path chosen by the author: it is the schema's "*" under draw.
    problems = {
        msg
        for keys, where in calls
        if (msg := _check(index, keys, re.sub(r"^variants\.draw\..*", "variants.draw.*", where), f"run time, '{where}'"))
    }
    assert not problems, "\n".join(sorted(problems))


def test_schema_enums_are_the_validator_constants() -> None:
    """The lists of names come from spec/load.py and numfmt.py (a spot check that nobody pasted a copy)."""
    s = build_schema()["properties"]
    net, pres = s["network"]["properties"], s["presentation"]["properties"]
    assert net["loss"]["enum"] == list(spec_module.LOSSES)
    assert net["activations"]["oneOf"][0]["enum"] == list(spec_module.ACTIVATIONS)
    assert pres["notation"]["enum"] == list(spec_module.NOTATIONS)
    assert pres["sections"]["items"]["enum"] == list(spec_module.SECTIONS)
    assert set(build_schema()["properties"]) == set(spec_module.TOP_KEYS)
