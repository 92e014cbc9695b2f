"""render.jsonfmt.dumps_indented writes the bytes ``json.dumps(obj, indent=n)`` writes (keys, manifests).

The expected text is the standard library's own, for values drawn at random (every kind JSON
has, the floats it spells out, keys that are numbers, nesting, empty containers) and for the odd
cases one by one: subclasses, values it refuses (the same error), a circular list.
"""

from __future__ import annotations

import json
import math
from collections import OrderedDict
from enum import IntEnum

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.render.jsonfmt import dumps_indented

_leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0.0, -0.0, 1e-300, 1e300, 0.1, -2.5e-7]),
    st.text(),
    st.text(alphabet='"\\\n\t\x00\x1f\u2212\u00e9\U0001f600'),
)
_keys = st.one_of(st.text(), st.integers(), st.floats(allow_nan=True), st.booleans(), st.none())
_values = st.recursive(
    _leaves,
    lambda inner: st.one_of(
        st.lists(inner, max_size=5),
        st.lists(inner, max_size=5).map(tuple),
        st.dictionaries(_keys, inner, max_size=5),
    ),
    max_leaves=40,
)


@settings(max_examples=400, deadline=None)
@given(_values, st.sampled_from([0, 1, 2, 4]))
def test_the_same_text_as_the_standard_library(value: object, indent: int) -> None:
    assert dumps_indented(value, indent) == json.dumps(value, indent=indent)


class _Code(IntEnum):
    A = 3


class _Src(float):
    """A float that remembers its source text (as the spec loader's numbers do)."""

    src = "0.50"


class _Text(str):
    pass


@pytest.mark.parametrize(
    "value",
    [
        {"a": [], "b": {}, "c": [[]], "d": [{}]},
        [math.nan, math.inf, -math.inf, -0.0],
        {7: "int key", 2.5: "float key", True: "t", False: "f", None: "n", math.inf: "inf key"},
        {"enum": _Code.A, "float subclass": _Src(0.5), "str subclass": _Text("x\u00e9")},
        OrderedDict([("kept", "in order"), ("a", 1)]),
        {"nested": OrderedDict([("b", [1, 2])])},
        [("tuple", 1), ["list", 2.0]],
        "a string at the top",
        7,
        None,
    ],
)
def test_odd_values_as_the_standard_library_writes_them(value: object) -> None:
    assert dumps_indented(value) == json.dumps(value, indent=2)


@pytest.mark.parametrize("value", [{"a": {1, 2}}, [object()], {(1, 2): "tuple key"}, {"a": b"bytes"}])
def test_a_value_json_refuses_raises_its_error(value: object) -> None:
    with pytest.raises(TypeError) as expected:
        json.dumps(value, indent=2)
    with pytest.raises(TypeError) as got:
        dumps_indented(value)
    assert str(got.value) == str(expected.value)


def test_a_circular_list_raises_the_standard_librarys_error() -> None:
    loop: list[object] = [1]
    loop.append(loop)
    with pytest.raises(ValueError, match="Circular reference"):
        dumps_indented(loop)
