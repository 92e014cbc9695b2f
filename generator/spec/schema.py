"""A JSON Schema (draft 2020-12) of the spec, for editors with a YAML language server.

Why a schema beside the hand-written validation in :mod:`.load`: the validator gives the
precise, network-aware errors (shapes follow from ``network.layers``), but it runs only
when nnwalk runs. A schema lets an editor autocomplete keys and flag a typo while the spec
is being written. It is deliberately *looser* than :func:`spec.validate` where the rule
depends on the network (matrix shapes, softmax only in the output layer): whatever the
schema accepts, nnwalk still checks and explains.

Why it is built in code, not kept as a JSON file: every list of names (activations,
losses, notations, sections, rounding styles/carries/modes, variant draw roots, exam
quantities) and every limit comes from the constants the validator itself uses, so the
two cannot drift apart. ``tests/spec/test_schema.py`` also compares every key tuple that the
validators pass to ``reject_unknown`` with the keys listed here.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ..numfmt import CARRIES, MODES, STYLES
from . import load as _spec
from . import optimizer as _opt

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

Schema = dict[str, Any]


def _enum(values: tuple[str, ...] | list[str], description: str) -> Schema:
    return {"type": "string", "enum": list(values), "description": description}


def _number(description: str, **bounds: float) -> Schema:
    """A number as the validator accepts it: finite, at most 1e6 in size (``spec._number``)."""
    out: Schema = {"type": "number", "minimum": -1e6, "maximum": 1e6, "description": description}
    out.update(bounds)
    return out


def _text(description: str) -> Schema:
    return {"type": "string", "description": description}


def _section(description: str, properties: dict[str, Schema], required: list[str] | None = None) -> Schema:
    """A mapping with a closed set of keys.

    An optional one may also be YAML's empty value (null), which ``spec._mapping`` reads as
    empty; one with required keys may not.
    """
    out: Schema = {
        "type": "object" if required else ["object", "null"],
        "description": description,
        "properties": properties,
        "additionalProperties": False,
    }
    if required:
        out["required"] = required
    return out


_NUMBER_ROW: Schema = {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/number"}}
_MATRIX: Schema = {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/row"}}


def _examples(description: str) -> Schema:
    return {
        "description": description,
        "oneOf": [
            {"$ref": "#/$defs/row", "description": "one example: a flat list of numbers"},
            {"$ref": "#/$defs/matrix", "description": "one row of numbers per example (several rows = a batch)"},
        ],
    }


def _network() -> Schema:
    act = _enum(_spec.ACTIVATIONS, "activation function (softmax only in the output layer)")
    return _section(
        "the architecture",
        {
            "layers": {
                "type": "array",
                "description": "neuron counts, input layer first",
                "minItems": 2,
                "maxItems": _spec.MAX_LAYERS + 1,
                "items": {"type": "integer", "minimum": 1, "maximum": _spec.MAX_NEURONS},
            },
            "activations": {
                "description": "one activation per non-input layer (one name = the same in every layer)",
                "oneOf": [act, {"type": "array", "minItems": 1, "maxItems": _spec.MAX_LAYERS, "items": act}],
            },
            "loss": _enum(_spec.LOSSES, "loss function (default half_sse)"),
            "leaky_relu_slope": _number(
                "leaky ReLU slope: LReLU(z) = slope * z for z <= 0 (default 0.01)", minimum=0, exclusiveMaximum=1
            ),
            "relu_prime_at_zero": {
                "type": "integer",
                "enum": [0, 1],
                "description": "derivative of (leaky) ReLU at exactly z = 0: 0 = left side, 1 = right side (default 0)",
            },
        },
        required=["layers", "activations"],
    )


def _parameters() -> Schema:
    out = _section(
        "the weights and biases: written out (weights), or drawn from a seed (init)",
        {
            "weights": {
                "type": "array",
                "description": "weights[l-1] is W^(l), shape (n_l, n_(l-1)); row j = weights into neuron j",
                "minItems": 1,
                "maxItems": _spec.MAX_LAYERS,
                "items": {"$ref": "#/$defs/matrix"},
            },
            "biases": {
                "type": ["array", "null"],
                "description": "biases[l-1] is b^(l) with n_l numbers; left out = no bias terms at all (zero with init)",
                "minItems": 1,
                "maxItems": _spec.MAX_LAYERS,
                "items": {"$ref": "#/$defs/row"},
            },
            "init": {
                "type": "object",
                "description": "draw the weights from a seed instead of writing them (numpy PCG64; the same seed gives the same weights)",
                "properties": {
                    "scheme": _enum(_spec.INIT_SCHEMES, "initialiser: He or Xavier/Glorot, normal or uniform"),
                    "seed": {"type": "integer", "minimum": 0, "maximum": 2**32 - 1, "description": "the seed"},
                    "digits": {
                        "type": "integer",
                        "minimum": 2,
                        "maximum": 8,
                        "description": f"decimal places each drawn weight is rounded to (default {_spec.INIT_DIGITS})",
                    },
                },
                "required": ["scheme", "seed"],
                "additionalProperties": False,
            },
        },
    )
    out["type"] = "object"
    out["oneOf"] = [{"required": ["weights"]}, {"required": ["init"]}]  # one or the other, not both
    return out


def _data() -> Schema:
    csv = (
        f"path of a CSV file, relative to the spec's folder: one example per line, numbers separated by commas "
        f"(at most {_spec.MAX_FILE_ROWS} rows; lines starting with # are comments)"
    )
    out = _section(
        "the training examples, written here or read from CSV files",
        {
            "inputs": _examples("inputs: one row per example (a flat list = one example)"),
            "targets": _examples("targets: one row per example; cross_entropy / bce: probabilities in [0, 1]"),
            "inputs_file": {"type": "string", "minLength": 1, "description": f"instead of inputs: {csv}"},
            "targets_file": {"type": "string", "minLength": 1, "description": f"instead of targets: {csv}"},
        },
    )
    out["type"] = "object"
    out["allOf"] = [  # each of inputs and targets given exactly one way
        {"oneOf": [{"required": ["inputs"]}, {"required": ["inputs_file"]}]},
        {"oneOf": [{"required": ["targets"]}, {"required": ["targets_file"]}]},
    ]
    return out


def _training() -> Schema:
    return _section(
        "training (without learning_rate the document stops at the gradients)",
        {
            "learning_rate": {
                "type": ["number", "null"],
                "exclusiveMinimum": 0,
                "maximum": 1e6,
                "description": "learning rate eta (greater than 0)",
            },
            "update_biases": {"type": "boolean", "description": "whether the biases are updated too (default true)"},
            "steps": {
                "type": "integer",
                "minimum": 1,
                "maximum": _spec.MAX_STEPS,
                "description": "training steps (more than one needs learning_rate)",
            },
            "mode": _enum(_spec.TRAINING_MODES, "batch: one update per step on the mean loss; sgd: one update per example"),
            "optimizer": _optimizer(),
            "weight_decay": _number("PyTorch's weight_decay: g + lambda w (coupled), or w - eta lambda w for adamw", minimum=0),
            "decay_biases": {"type": "boolean", "description": "whether weight decay applies to the biases too (default false)"},
            "clip_norm": {
                "type": ["number", "null"],
                "exclusiveMinimum": 0,
                "maximum": 1e6,
                "description": "clip the whole gradient to this L2 norm before the step (clip_grad_norm_); null: no clipping",
            },
            "dropout": _dropout(),
        },
    )


def _dropout() -> Schema:
    """Inverted dropout on the hidden layers: a rate per hidden layer, and the masks (or a seed to draw them)."""
    bit = {"enum": [0, 1]}
    row = {"type": "array", "items": bit, "minItems": 1}
    mask = {"oneOf": [row, {"type": "array", "items": row, "minItems": 1}], "description": "a 0/1 row, or one row per example"}
    return {
        "type": ["object", "null"],
        "description": "inverted dropout on hidden layers during training passes (PyTorch's nn.Dropout in training mode)",
        "properties": {
            "rates": {
                "type": "array",
                "items": {"type": "number", "minimum": 0, "exclusiveMaximum": 1},
                "description": "one dropout probability per hidden layer (0 = none)",
            },
            "masks": {
                "type": "array",
                "items": {"type": "array", "items": mask},
                "description": "per training pass, per hidden layer: the 0/1 mask (1 keeps a neuron)",
            },
            "seed": {"type": "integer", "minimum": 0, "description": "draw the masks with nnwalk's own generator instead"},
        },
        "required": ["rates"],
        "additionalProperties": False,
    }


def _optimizer() -> Schema:
    """A name, or a mapping of the name and that optimizer's hyper-parameters (PyTorch's torch.optim rules)."""
    keys: dict[str, Schema] = {"name": _enum(_opt.OPTIMIZERS, "the update rule")}
    for name, hyper in _opt.HYPER.items():
        for key, default in hyper.items():
            keys.setdefault(key, _number(f"{key} (default {default} for {name})", minimum=0, maximum=1))
    keys["nesterov"] = {"type": "boolean", "description": "Nesterov momentum as PyTorch writes it (momentum only)"}
    return {
        "description": "the optimizer: sgd (default), momentum, rmsprop, adagrad, adam or adamw",
        "oneOf": [
            _enum(_opt.OPTIMIZERS, "the update rule with its default hyper-parameters"),
            {"type": "object", "required": ["name"], "properties": keys, "additionalProperties": False},
        ],
    }


def _presentation() -> Schema:
    return _section(
        "how the document is written",
        {
            "notation": _enum(_spec.NOTATIONS, "notation preset (default layered)"),
            "form": _enum(
                _spec.FORMS,
                f"scalar: every neuron and weight one by one; matrix: elided matrices; auto (default): scalar up to "
                f"{_spec.SCALAR_MAX_PARAMS} parameters",
            ),
            "rounding": _section(
                "the rounding policy every printed number follows",
                {
                    "style": _enum(STYLES, "decimals (fixed places), significant, or auto (default decimals)"),
                    "digits": {"type": "integer", "minimum": 1, "maximum": 12, "description": "digits kept (default 5)"},
                    "carry": _enum(CARRIES, "round: each step uses the printed numbers; exact: full precision (default round)"),
                    "mode": _enum(MODES, "rounding of a tie (default half_up)"),
                },
            ),
            "sections": {
                "type": "array",
                "minItems": 1,
                "description": "which sections to write, in document order",
                "items": _enum(_spec.SECTIONS, "a section of the walkthrough"),
            },
            "compact": {
                "type": "boolean",
                "description": "print each sum once: leave out the forward pass's summary and product tables (default false)",
            },
        },
    )


def _variants() -> Schema:
    from .variants import DRAW_ROOTS, MAX_DRAWS_LIMIT, MAX_GRID

    roots = "|".join(re.escape(r) for r in DRAW_ROOTS)
    flags = {
        "nonzero": {"type": "boolean", "description": "leave 0 out of the candidates"},
        "distinct": {"type": "boolean", "description": "no two numbers of one matrix or vector are equal"},
    }
    row = {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/number"}}
    candidates = {"type": "array", "minItems": 1, "items": {"oneOf": [{"$ref": "#/$defs/number"}, row]}}  # numbers or rows
    rule = {
        "description": "how this number (or every number under this path) is drawn",
        "oneOf": [
            {"const": "fixed", "description": "kept as written in the spec"},
            {**candidates, "description": "choose one of these values (or rows)"},
            {
                "type": "object",
                "description": "choose one of a list of numbers, or (for a row such as one-hot targets) one of a list of rows",
                "properties": {"choose": candidates, **flags},
                "required": ["choose"],
                "additionalProperties": False,
            },
            {
                "type": "object",
                "description": f"a grid min, min + step, ..., max (at most {MAX_GRID} values)",
                "properties": {
                    "min": {"$ref": "#/$defs/number"},
                    "max": {"$ref": "#/$defs/number"},
                    "step": {"type": "number", "exclusiveMinimum": 0},
                    **flags,
                },
                "required": ["min", "max", "step"],
                "additionalProperties": False,
            },
        ],
    }
    constraint_props: dict[str, Schema] = {
        "sigmoid_input": {
            "type": "array",
            "minItems": 2,
            "maxItems": 2,
            "items": {"$ref": "#/$defs/number"},
            "description": "[min, max] every sigmoid's net input must lie in",
        },
        "allow_dead_relu": {"type": "boolean", "description": "accept a ReLU that is 0 for every example"},
        "min_significant": {
            "type": "integer",
            "minimum": 0,
            "maximum": 6,
            "description": "significant digits every answer keeps",
        },
        "distinct_answers": {"type": "boolean", "description": "no two variants get the same answers"},
        "min_loss_decrease": {"$ref": "#/$defs/number", "description": "the update lowers the loss by at least this"},
    }
    return _section(
        "exam variants (nnwalk variants): which numbers are redrawn for each student",
        {
            "draw": {
                "type": "object",
                "minProperties": 1,
                "description": f"spec path (under {', '.join(DRAW_ROOTS)}, with [i] indices) -> draw rule",
                "propertyNames": {"pattern": rf"^({roots})(\[[0-9]+\])*$"},
                "additionalProperties": rule,
            },
            "constraints": _section("rules every drawn variant must meet", constraint_props),
            "max_draws": {
                "type": "integer",
                "minimum": 1,
                "maximum": MAX_DRAWS_LIMIT,
                "description": "draws per variant before giving up",
            },
            "index_base": {
                "enum": [0, 1],
                "description": "what draw paths and exam questions count their indices from: 0 (YAML list positions, "
                "parameters.weights[0] is W^(1)) or 1 (the document's subscripts, parameters.weights[1] is W^(1)); "
                "without it draw paths count from 0 and questions from 1",
            },
        },
        required=["draw"],
    )


def _exam() -> Schema:
    from .variants import QUANTITY_KINDS

    kinds = "|".join(re.escape(k) for k in QUANTITY_KINDS)
    ask = {
        "type": "string",
        "pattern": rf"^({kinds})(\[[0-9]+\])*$",
        "description": "a quantity such as a[2][1], loss, delta[1][2], grad_w[2][1][1], new_w[1][1][1] (layers and neurons from 1)",
    }
    question = {
        "oneOf": [
            ask,
            {
                "type": "object",
                "properties": {
                    "ask": ask,
                    "points": {"type": "number", "exclusiveMinimum": 0, "description": "points"},
                    "step": {
                        "type": "integer",
                        "minimum": 1,
                        "description": "the training step the quantity belongs to (default 1)",
                    },
                    "type": _enum(
                        ("numerical", "multichoice"),
                        "numerical (default): the student writes the number; multichoice: picks it among options "
                        "whose wrong ones are what classic mistakes give",
                    ),
                    "choices": {
                        "type": "integer",
                        "minimum": 2,
                        "maximum": 10,
                        "description": "type: multichoice only: the number of options, the right one included (default 4)",
                    },
                },
                "required": ["ask"],
                "additionalProperties": False,
            },
        ]
    }
    return _section(
        "the question sheet of exam variants",
        {
            "title": _text("title of the question sheet (default: the spec's title)"),
            "instructions": _text("instructions printed above the questions"),
            "questions": {
                "description": "full (every output, the loss, every gradient and new weight) or a list of questions",
                "oneOf": [{"const": "full"}, {"type": "array", "minItems": 1, "items": question}],
            },
            "moodle": _enum(("cloze", "numerical"), "Moodle XML question type (default cloze)"),
            "canvas": _enum(
                ("variant", "numerical"),
                "Canvas quiz layout: variant (default; one item per variant with every part) or numerical "
                "(one question group per quantity: parts of different variants)",
            ),
            "tolerance": {
                "description": "replaces the propagated answer tolerance: a number (absolute), {absolute: x} or {relative: r}",
                "oneOf": [
                    {"type": "number", "exclusiveMinimum": 0},
                    {
                        "type": "object",
                        "properties": {"absolute": {"type": "number", "exclusiveMinimum": 0}},
                        "required": ["absolute"],
                        "additionalProperties": False,
                    },
                    {
                        "type": "object",
                        "properties": {"relative": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1}},
                        "required": ["relative"],
                        "additionalProperties": False,
                    },
                ],
            },
        },
    )


def build_schema() -> Schema:
    """The schema as a dict: one property per key that :func:`spec.validate` accepts."""
    top: dict[str, Schema] = {
        "title": _text("document title"),
        "course": _text("course name for the title block"),
        "author": _text("author for the title block"),
        "date": _text("date for the title block (quote it: '2025-03-01')"),
        "network": _network(),
        "parameters": _parameters(),
        "data": _data(),
        "training": _training(),
        "presentation": _presentation(),
        "variants": _variants(),
        "exam": _exam(),
    }
    return {
        "$schema": SCHEMA_DIALECT,
        "title": "nnwalk spec",
        "description": "A small dense neural network and how to walk through one training step by hand. "
        "nnwalk checks more than this schema can say (matrix shapes follow from network.layers).",
        "type": "object",
        "properties": top,
        "required": ["network", "parameters", "data"],
        "additionalProperties": False,
        "$defs": {
            "number": _number("a number, printed exactly as written (0.20 stays 0.20)"),
            "row": _NUMBER_ROW,
            "matrix": _MATRIX,
        },
    }


def schema_json() -> str:
    """The schema as pretty-printed JSON text with a final newline (what ``nnwalk schema`` prints)."""
    return json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"


__all__ = ["SCHEMA_DIALECT", "build_schema", "schema_json"]
