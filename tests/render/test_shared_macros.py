"""The built-in macro files are made into modules once per student flag (render.document._BuiltinTemplate).

What must hold: every document is the text Jinja's own ``import … with context`` gives (the
oracle is an environment with Jinja's plain template class over the same folder, rendering the
same view models, full and student versions, both formats); rendering leaves no reference
cycle behind (what made an exam variant pay for the cyclic collector); and a macro file that
reads anything but ``doc.student`` from the importing template fails loudly instead of printing
a stale value.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import jinja2
import pytest

from generator.engine.trace import build_trace
from generator.render import document
from generator.render.document import _BuiltinTemplate, jinja_env, render_body, view_model
from generator.spec.load import load_spec

ROOT = Path(__file__).resolve().parents[2]
SPECS = ["seed002.yaml", "softmax_ce.yaml", "dropout.yaml", "adam.yaml"]


def _plain_env(kind: str) -> jinja2.Environment:
    """The same environment with Jinja's own template class (a new module at every import)."""
    built = jinja_env(kind)
    env = built.overlay()
    env.template_class = jinja2.Template
    env.cache = {}  # an overlay shares the parent's compiled templates: load ours afresh with the plain class
    return env


@contextmanager
def _plain_templates() -> Iterator[None]:
    envs = {k: _plain_env(k) for k in ("md", "tex")}
    orig = document.jinja_env
    document.jinja_env = lambda kind, user_root=None: envs[kind] if user_root is None else orig(kind, user_root)  # type: ignore[assignment]
    try:
        yield
    finally:
        document.jinja_env = orig  # type: ignore[assignment]


def _models(name: str) -> list[dict[str, Any]]:
    vm = view_model(build_trace(load_spec(ROOT / "specs" / name)))
    return [vm, dict(vm, student=True)]


@pytest.mark.parametrize("name", SPECS)
@pytest.mark.parametrize("kind", ["md", "tex"])
def test_documents_are_what_jinjas_own_imports_give(name: str, kind: str) -> None:
    for vm in _models(name):
        ours = render_body(kind, vm)
        with _plain_templates():
            assert document.jinja_env(kind).template_class is jinja2.Template
            theirs = render_body(kind, vm)
        assert ours == theirs
    assert any("\\underline{\\hspace{2.5cm}}" in render_body(kind, vm) for vm in _models(name))  # a student version


def test_rendering_leaves_no_reference_cycle() -> None:
    vm = _models("seed002.yaml")[0]
    render_body("md", vm)  # templates compiled, the shared modules made
    render_body("tex", vm)
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        for vm in _models("seed002.yaml"):
            render_body("md", vm)
            render_body("tex", vm)
        gc.collect()
        garbage = [type(o).__name__ for o in gc.garbage]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if was:
            gc.enable()
    assert garbage == []


def test_a_macro_file_that_reads_more_than_the_student_flag_fails_loudly() -> None:
    loader = jinja2.DictLoader(
        {
            "_macros.j2": "{%- set title = doc.title -%}{%- macro t() -%}{{ title }}{%- endmacro -%}",
            "page.j2": "{%- import '_macros.j2' as m with context -%}{{ m.t() }}",
        }
    )
    plain = jinja2.Environment(loader=loader, undefined=jinja2.StrictUndefined)
    assert plain.get_template("page.j2").render(doc={"title": "A", "student": False}) == "A"
    ours = jinja2.Environment(loader=loader, undefined=jinja2.StrictUndefined)
    ours.template_class = _BuiltinTemplate
    with pytest.raises(jinja2.UndefinedError):
        ours.get_template("page.j2").render(doc={"title": "A", "student": False})
