"""The spec: YAML loading, validation into a typed object, field-naming errors.

Why hand-written validation: the errors must speak the user's language
(``parameters.weights[1]: expected shape (2, 2) for W^(2), got (2, 3)``), which needs
knowledge of the network (shapes follow from ``network.layers``) that a generic schema
validator does not have. Every check raises :class:`SpecError` naming the field.
"""

from __future__ import annotations

import datetime
import difflib
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from ..errors import SpecError
from ..numfmt import CARRIES, MODES, STYLES, RoundingPolicy
from .dropout import Dropout, read_dropout, updates_of
from .optimizer import PLAIN, Optimizer, read_optimizer

ACTIVATIONS = ("sigmoid", "tanh", "relu", "leaky_relu", "linear", "softmax")
LOSSES = ("half_sse", "sse", "mse", "cross_entropy", "bce")
TRAINING_MODES = ("batch", "sgd")
#: The five presets of GUIDE section 3 (seed 000, 002, 004, 003, 001); any preset shows any spec.
NOTATIONS = ("layered", "numbered", "dz", "index", "neuron")
#: Notations named in the guide that a later version will provide (none left).
PLANNED_NOTATIONS: tuple[str, ...] = ()
PLANNED_ACTIVATIONS: tuple[str, ...] = ()
PLANNED_LOSSES: tuple[str, ...] = ()
#: Losses that take logarithms of the outputs: targets are probabilities.
LOG_LOSSES = ("cross_entropy", "bce")
#: The sections of a spec that names none (``derivation`` is opt-in, so existing documents keep their sections).
DEFAULT_SECTIONS = (
    "architecture",
    "formulas",
    "forward",
    "loss",
    "backward",
    "matrix",
    "update",
    "steps",
    "appendix",
    "certificate",
)
#: Every section a spec may name: the defaults and the optional general derivation (seed 003, generator/derivation.py).
SECTIONS = (*DEFAULT_SECTIONS, "derivation")
#: The default order for the matrix-first ``dz`` preset.
DZ_SECTIONS = ("architecture", "formulas", "matrix", "forward", "loss", "backward", "update", "steps", "appendix", "certificate")
TOP_KEYS = ("title", "course", "author", "date", "network", "parameters", "data", "training", "presentation", "variants", "exam")
MAX_FILE_BYTES = 1_000_000
MAX_NEURONS = 10_000
MAX_LAYERS = 20
MAX_STEPS = 1000
#: Seeded initialisers (parameters.init.scheme): the standard deviation (normal) or bound (uniform) per layer.
INIT_SCHEMES = ("he_normal", "he_uniform", "xavier_normal", "xavier_uniform")
#: Decimal places a drawn weight is rounded to (parameters.init.digits), so it prints exactly as the network uses it.
INIT_DIGITS = 4
#: The most examples a data file may hold: a walkthrough shows every example's column.
MAX_FILE_ROWS = 64
#: Above this many parameters the per-weight (scalar) walkthrough is refused: use presentation.form: matrix.
SCALAR_MAX_PARAMS = 600
FORMS = ("auto", "scalar", "matrix")


class TextFloat(float):
    """A float that remembers how it was written (so 0.20 prints as 0.20)."""

    src: str

    def __new__(cls, value: float, src: str) -> TextFloat:
        obj = float.__new__(cls, value)
        obj.src = src
        return obj


class SpecLoader(yaml.SafeLoader):
    """SafeLoader that keeps number source text and rejects duplicate keys."""


_PLAIN_INT = re.compile(r"[-+]?(0|[1-9][0-9_]*)")
_PLAIN_FLOAT = re.compile(r"[-+]?([0-9][0-9_]*)?\.?[0-9_]*([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)")


def _where(node: yaml.Node) -> str:
    return f"line {node.start_mark.line + 1}"


def _construct_float(loader: SpecLoader, node: yaml.ScalarNode) -> Any:
    if not _PLAIN_FLOAT.fullmatch(node.value):
        raise SpecError(f"{_where(node)}: '{node.value}' is not a plain decimal number; write numbers like 0.25 or -1.5e-3.")
    value = yaml.SafeLoader.construct_yaml_float(loader, node)
    return TextFloat(value, node.value)


def _construct_int(loader: SpecLoader, node: yaml.ScalarNode) -> Any:
    if not _PLAIN_INT.fullmatch(node.value):
        raise SpecError(
            f"{_where(node)}: '{node.value}' is read by YAML as a hexadecimal, octal, binary or base-60 number; "
            "write it in plain decimal (for example 10)."
        )
    value = yaml.SafeLoader.construct_yaml_int(loader, node)
    if abs(value) > 10**15:
        raise SpecError(f"{_where(node)}: the number {node.value[:20]}... is far too large for a worked example.")
    return TextFloat(float(value), node.value)


def _construct_mapping(loader: SpecLoader, node: yaml.MappingNode, deep: bool = False) -> Any:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            raise SpecError(f"{_where(key_node)}: a mapping key must be a plain name, not a list or mapping.") from None
        if key in seen:
            raise SpecError(
                f"line {key_node.start_mark.line + 1}: the key '{key}' appears twice in the same "
                f"mapping (first at line {seen[key] + 1}); each key may be given once."
            )
        seen[key] = key_node.start_mark.line
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


# YAML 1.1 (PyYAML) reads 1e-1 as text: a float needs a point there (1.0e-1). YAML 1.2 and every teacher read it
# as the number 0.1, so a spec does too.
SpecLoader.add_implicit_resolver(
    "tag:yaml.org,2002:float", re.compile(r"^[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+$"), list("-+0123456789")
)
SpecLoader.add_constructor("tag:yaml.org,2002:float", _construct_float)
SpecLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)
SpecLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


@dataclass(frozen=True)
class Spec:
    """A validated spec. Arrays are float64; ``*decimal_text`` keep the numbers as written."""

    title: str
    layers: tuple[int, ...]
    activations: tuple[str, ...]
    loss: str
    weights: tuple[np.ndarray, ...]
    weights_text: tuple[tuple[tuple[str, ...], ...], ...]
    biases: tuple[np.ndarray, ...] | None
    biases_text: tuple[tuple[str, ...], ...] | None
    inputs: np.ndarray  # (m, n_0)
    inputs_text: tuple[tuple[str, ...], ...]
    targets: np.ndarray  # (m, n_L)
    targets_text: tuple[tuple[str, ...], ...]
    learning_rate: float | None = None
    learning_rate_text: str | None = None
    update_biases: bool = True
    steps: int = 1
    notation: str = "layered"
    rounding: RoundingPolicy = field(default_factory=RoundingPolicy)
    sections: tuple[str, ...] = DEFAULT_SECTIONS
    #: presentation.compact: each sum once (the forward pass's summary and product tables left out)
    compact: bool = False
    leaky_slope: float = 0.01
    leaky_slope_text: str = "0.01"
    relu_prime_at_zero: int = 0
    mode: str = "batch"
    #: the update rule (training.optimizer, weight_decay, decay_biases, clip_norm); PLAIN is w - eta g
    optimizer: Optimizer = PLAIN
    #: inverted dropout on hidden layers during training (training.dropout); None: no dropout
    dropout: Dropout | None = None
    #: "scalar" (every neuron and weight one by one) or "matrix" (elided matrices); "auto" resolved at validation
    form: str = "scalar"
    #: how the weights were made: None (written in the spec) or (scheme, seed, digits) of parameters.init
    init: tuple[str, int, int] | None = None
    course: str | None = None
    author: str | None = None
    date: str | None = None
    source: str = "<spec>"

    @property
    def depth(self) -> int:
        """Number of weight layers L."""
        return len(self.layers) - 1

    @property
    def has_biases(self) -> bool:
        return self.biases is not None

    @property
    def n_params(self) -> int:
        """Number of weights and biases."""
        return sum(
            self.layers[l] * self.layers[l + 1] + (self.layers[l + 1] if self.has_biases else 0) for l in range(self.depth)
        )

    @property
    def m(self) -> int:
        """Number of examples."""
        return int(self.inputs.shape[0])

    def with_overrides(self, *, digits: int | None = None, notation: str | None = None) -> Spec:
        """A copy with command-line overrides applied (validated like spec fields)."""
        from dataclasses import replace

        new = self
        if digits is not None:
            _check_digits(digits, "--digits")
            new = replace(new, rounding=replace(new.rounding, digits=digits))
        if notation is not None:
            _check_choice(notation, NOTATIONS, "--notation", PLANNED_NOTATIONS)
            new = replace(new, notation=notation)
        return new


# ---------------------------------------------------------------- helpers


def type_name(v: Any) -> str:
    if v is None:
        return "nothing (null)"
    if isinstance(v, bool):
        return f"a boolean ({str(v).lower()})"
    if isinstance(v, str):
        return f"the text '{v[:40]}'"
    if isinstance(v, (int, float)):
        return f"the number {getattr(v, 'src', v)}"
    if isinstance(v, list):
        return f"a list of {len(v)}"
    if isinstance(v, dict):
        return "a mapping"
    return type(v).__name__


def _check_choice(value: Any, allowed: tuple[str, ...], where: str, planned: tuple[str, ...] = ()) -> str:
    if not isinstance(value, str):
        raise SpecError(f"{where}: expected one of {', '.join(allowed)}, got {type_name(value)}.")
    if value in allowed:
        return value
    if value in planned:
        raise SpecError(f"{where}: '{value}' is not supported by this version yet; supported: {', '.join(allowed)}.")
    close = difflib.get_close_matches(value, list(allowed) + list(planned), n=1)
    hint = f" Did you mean '{close[0]}'?" if close else ""
    raise SpecError(f"{where}: unknown value '{value}'; expected one of {', '.join(allowed)}.{hint}")


def _is_whole(v: Any) -> bool:
    """A finite whole number (not a boolean): safe to pass to int()."""
    return not isinstance(v, bool) and isinstance(v, (int, float)) and math.isfinite(float(v)) and float(v) == int(v)


def _check_digits(value: Any, where: str) -> int:
    if not _is_whole(value):
        raise SpecError(f"{where}: expected a whole number of digits from 1 to 12, got {type_name(value)}.")
    v = int(value)
    if not 1 <= v <= 12:
        raise SpecError(f"{where}: expected a whole number of digits from 1 to 12, got {type_name(value)}.")
    return v


def _number(v: Any, where: str) -> tuple[float, str]:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise SpecError(f"{where}: expected a number, got {type_name(v)}.")
    f = float(v)
    if not math.isfinite(f):
        raise SpecError(f"{where}: expected a finite number, got {getattr(v, 'src', v)}.")
    if abs(f) > 1e6:
        raise SpecError(f"{where}: {getattr(v, 'src', v)} is too large for a worked example (limit 1e6).")
    src = getattr(v, "src", None) or repr(f)
    return f, _clean_src(src, f)


def _clean_src(src: str, f: float) -> str:
    """Keep the author's digits (0.20 stays 0.20) but normalise forms LaTeX would mangle."""
    s = src.strip().replace("_", "")
    if s.startswith("+"):
        s = s[1:]
    low = s.lower()
    if "e" in low or low.startswith((".", "-.")) or low.endswith("."):
        from ..numfmt import decimal_text, to_decimal

        return decimal_text(to_decimal(f).normalize()) if f != int(f) else str(int(f))
    return s


def _vector(v: Any, n: int, where: str, what: str) -> tuple[np.ndarray, tuple[str, ...]]:
    if not isinstance(v, list):
        raise SpecError(f"{where}: expected a list of {n} numbers for {what}, got {type_name(v)}.")
    if len(v) != n:
        raise SpecError(f"{where}: expected {n} numbers for {what}, got {len(v)}.")
    vals, texts = [], []
    for i, x in enumerate(v):
        f, t = _number(x, f"{where}[{i}]")
        vals.append(f)
        texts.append(t)
    return np.array(vals, dtype=np.float64), tuple(texts)


def _matrix(v: Any, shape: tuple[int, int], where: str, what: str) -> tuple[np.ndarray, tuple[tuple[str, ...], ...]]:
    rows, cols = shape
    if not isinstance(v, list) or not all(isinstance(r, list) for r in v):
        raise SpecError(
            f"{where}: expected a {rows}x{cols} matrix (a list of {rows} rows of {cols} numbers) for {what}, got {type_name(v)}."
        )
    got_cols = {len(r) for r in v}
    if len(got_cols) > 1:
        bad = next(i for i, r in enumerate(v) if len(r) != len(v[0]))
        raise SpecError(
            f"{where}: rows have different lengths (row 0 has {len(v[0])}, row {bad} has {len(v[bad])}); "
            f"expected shape {shape} for {what}."
        )
    got = (len(v), len(v[0]) if v else 0)
    if got != shape:
        raise SpecError(f"{where}: expected shape {shape} for {what}, got {got}.")
    vals, texts = [], []
    for j, row in enumerate(v):
        arr, t = _vector(row, cols, f"{where}[{j}]", what)
        vals.append(arr)
        texts.append(t)
    return np.array(vals, dtype=np.float64).reshape(shape), tuple(texts)


def _mapping(v: Any, where: str) -> dict[str, Any]:
    if v is None:
        return {}
    if not isinstance(v, dict):
        raise SpecError(f"{where}: expected a mapping of keys to values, got {type_name(v)}.")
    return v


def reject_unknown(d: dict[str, Any], allowed: tuple[str, ...], where: str) -> None:
    for k in d:
        if k not in allowed:
            shown = getattr(k, "src", k)
            close = difflib.get_close_matches(str(shown), allowed, n=1)
            hint = f" Did you mean '{close[0]}'?" if close else ""
            prefix = f"{where}." if where else ""
            raise SpecError(f"{prefix}{shown}: unknown key; allowed here: {', '.join(allowed)}.{hint}")


def _examples(v: Any, n: int, where: str, what: str) -> tuple[np.ndarray, tuple[tuple[str, ...], ...]]:
    if isinstance(v, list) and v and not isinstance(v[0], list):
        v = [v]
    if not isinstance(v, list) or not v:
        raise SpecError(f"{where}: expected one row of {n} numbers per example, got {type_name(v)}.")
    arr, texts = _matrix(v, (len(v), n), where, what)
    return arr, texts


def _check_output_rules(acts: tuple[str, ...], loss: str, layers: list[int]) -> None:
    """Refuse activation/loss combinations that make no sense, naming the field at fault."""
    L = len(acts)
    for i, a in enumerate(acts[:-1]):
        if a == "softmax":
            raise SpecError(
                f"network.activations[{i}]: softmax is only allowed in the output layer (layer {L}); "
                "it turns the outputs into probabilities, which a hidden layer has no use for."
            )
    out = acts[-1]
    if out == "softmax" and layers[-1] < 2:
        raise SpecError(
            f"network.activations[{L - 1}]: softmax needs at least 2 output neurons (over one neuron it is always 1); "
            "for one probability use sigmoid with loss bce."
        )
    if out == "softmax" and loss != "cross_entropy":
        raise SpecError(
            f"network.loss: a softmax output is walked through with cross_entropy in this version, got '{loss}'; "
            "use loss cross_entropy."
        )
    if loss == "cross_entropy" and out != "softmax":
        raise SpecError(
            f"network.loss: cross_entropy needs a softmax output layer (probabilities that sum to 1), "
            f"but the output activation is {out}; use softmax there, or bce with sigmoid outputs."
        )
    if loss == "bce" and out != "sigmoid":
        raise SpecError(
            f"network.loss: bce (binary cross-entropy) needs a sigmoid output layer (each output a probability "
            f"between 0 and 1), but the output activation is {out}."
        )


def _check_targets(loss: str, targets: np.ndarray, texts: tuple[tuple[str, ...], ...]) -> None:
    """Targets of the logarithmic losses are probabilities; cross-entropy's rows sum to 1.

    The sum is taken exactly on the numbers as written (0.1 + 0.2 + 0.7 is 1), since the
    document's collapse delta = a - t holds only when the targets sum to exactly 1.
    """
    if loss not in LOG_LOSSES:
        return
    from decimal import Decimal

    for e, (row, trow) in enumerate(zip(targets, texts)):
        for k, (v, txt) in enumerate(zip(row, trow)):
            if not 0 <= v <= 1:
                raise SpecError(f"data.targets[{e}][{k}]: {txt} is outside [0, 1]; with loss {loss} a target is a probability.")
        if loss == "cross_entropy":
            total = sum((Decimal(t) for t in trow), Decimal(0))
            if total != 1:
                raise SpecError(
                    f"data.targets[{e}]: the targets of one example must sum to exactly 1 with cross_entropy "
                    f"(a probability distribution over the classes, such as a one-hot row), got {_text_of(total)}."
                )


def _text_of(d: Any) -> str:
    from ..numfmt import decimal_text

    return decimal_text(d.normalize())


def _check_form(value: Any, n_params: int) -> str:
    """presentation.form: scalar, matrix, or auto (scalar up to SCALAR_MAX_PARAMS parameters)."""
    form = _check_choice(value, FORMS, "presentation.form")
    if form == "auto":
        return "scalar" if n_params <= SCALAR_MAX_PARAMS else "matrix"
    if form == "scalar" and n_params > SCALAR_MAX_PARAMS:
        raise SpecError(
            f"presentation.form: the scalar form writes one chain rule per parameter, and this network has {n_params:,} "
            f"parameters (the limit is {SCALAR_MAX_PARAMS:,}); use presentation.form: matrix (or auto), which shows "
            "the same step with elided matrices and a few elements worked out in full."
        )
    return form


def _draw_init(
    v: Any, layers: list[int]
) -> tuple[tuple[str, int, int], list[tuple[np.ndarray, tuple[tuple[str, ...], ...]]], list[Any]]:
    """Weights drawn from a seed: numpy's PCG64 generator, which numpy keeps stable across versions.

    The draw is ``rng = np.random.Generator(np.random.PCG64(seed))``, then for l = 1..L in
    order one array of shape (n_l, n_(l-1)): ``rng.standard_normal(shape) * std`` (normal
    schemes) or ``rng.uniform(-bound, bound, shape)`` (uniform schemes), with he: std =
    sqrt(2 / n_(l-1)), bound = sqrt(6 / n_(l-1)); xavier: std = sqrt(2 / (n_(l-1) + n_l)),
    bound = sqrt(6 / (n_(l-1) + n_l)). Each weight is then rounded half-even to
    ``digits`` decimal places (default 4), so the network uses exactly the printed number.
    Biases are zero unless parameters.biases is given.
    """
    from ..numfmt import half_even_texts

    d = _mapping(v, "parameters.init")
    reject_unknown(d, ("scheme", "seed", "digits"), "parameters.init")
    scheme = _check_choice(d.get("scheme"), INIT_SCHEMES, "parameters.init.scheme")
    seed = d.get("seed")
    if not _is_whole(seed) or not 0 <= int(seed) < 2**32:
        raise SpecError(f"parameters.init.seed: expected a whole number from 0 to 4294967295, got {type_name(seed)}.")
    digits = d.get("digits", INIT_DIGITS)
    if not _is_whole(digits) or not 2 <= int(digits) <= 8:
        raise SpecError(
            f"parameters.init.digits: expected a whole number of decimal places from 2 to 8, got {type_name(digits)}."
        )
    rng = np.random.Generator(np.random.PCG64(int(seed)))
    weights: list[Any] = []
    for l in range(1, len(layers)):
        n_in, n_out = layers[l - 1], layers[l]
        fan = n_in if scheme.startswith("he") else n_in + n_out
        if scheme.endswith("normal"):
            w = rng.standard_normal((n_out, n_in)) * math.sqrt(2.0 / fan)
        else:
            bound = math.sqrt(6.0 / fan)
            w = rng.uniform(-bound, bound, (n_out, n_in))
        # made here, not read back through _matrix: each text is a plain decimal a person writes (no exponent, no
        # leading point), the value exactly the printed number, and a check per weight was a tenth of seed 003's load
        texts = tuple(tuple(half_even_texts(row, int(digits))) for row in w.tolist())
        weights.append((np.array([[float(t) for t in row] for row in texts], dtype=np.float64), texts))
    biases = [[TextFloat(0.0, "0")] * layers[l] for l in range(1, len(layers))]
    return (scheme, int(seed), int(digits)), weights, biases


def _read_rows(v: Any, base: Path, where: str) -> list[list[Any]]:
    """Rows of numbers from a CSV file (one example per line), relative to the spec's folder, as spec numbers."""
    if not isinstance(v, str) or not v.strip():
        raise SpecError(f"{where}: expected the path of a CSV file (relative to the spec), got {type_name(v)}.")
    p = (base / v).resolve()  # an absolute v replaces base; symlinks are followed before the check below
    if not p.is_relative_to(base.resolve()):
        raise SpecError(
            f"{where}: '{v}' is outside the spec's folder {base}; data files must be in that folder or below it, "
            "so that a spec from someone else cannot read your other files. Copy the file beside the spec."
        )
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise SpecError(
            f"{where}: cannot read '{v}' ({exc.strerror or exc}); the path is relative to the spec's folder {base}."
        ) from None
    if p.is_dir():
        raise SpecError(f"{where}: '{v}' is a folder; expected a CSV file with one example per line.")
    if size > MAX_FILE_BYTES:
        raise SpecError(f"{where}: '{v}' is {size:,} bytes; a data file is at most {MAX_FILE_BYTES:,} bytes.")
    try:
        text = p.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SpecError(f"{where}: '{v}' is not UTF-8 text (bad byte at offset {exc.start}).") from None
    rows: list[list[Any]] = []
    width = None
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split(",")]
        if width is None:
            width = len(cells)
        elif len(cells) != width:
            raise SpecError(
                f"{where}: line {n} of '{v}' has {len(cells)} values, the first row has {width}; every row needs the same number."
            )
        row = []
        for k, c in enumerate(cells):
            if not _PLAIN_FLOAT.fullmatch(c) or not c or c in ("+", "-", "."):
                raise SpecError(f"{where}: line {n}, value {k + 1} of '{v}' is '{c[:20]}', not a plain decimal number.")
            row.append(TextFloat(float(c), c))
        rows.append(row)
        if len(rows) > MAX_FILE_ROWS:
            raise SpecError(
                f"{where}: '{v}' has more than {MAX_FILE_ROWS} rows; a walkthrough shows at most {MAX_FILE_ROWS} examples."
            )
    if not rows:
        raise SpecError(f"{where}: '{v}' holds no rows of numbers.")
    return rows


# ---------------------------------------------------------------- loading


def load_spec(path: str | Path) -> Spec:
    """Read, parse and validate a spec file; every failure is a :class:`SpecError`."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise SpecError(f"{path}: cannot read the spec file ({exc.strerror or exc}).") from None
    if p.is_dir():
        raise SpecError(f"{path}: is a folder; expected a YAML spec file.")
    if size > MAX_FILE_BYTES:
        raise SpecError(f"{path}: the file is {size} bytes; a spec is at most {MAX_FILE_BYTES} bytes.")
    raw = p.read_bytes()
    if b"\0" in raw:
        raise SpecError(f"{path}: this is a binary file, not a YAML spec.")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SpecError(f"{path}: the file is not UTF-8 text (bad byte at offset {exc.start}).") from None
    return parse_spec(text, source=str(path))


def parse_spec(text: str, source: str = "<spec>") -> Spec:
    """Parse YAML text and validate it."""
    try:
        data = yaml.load(text, Loader=SpecLoader)  # noqa: S506 - SpecLoader is a SafeLoader subclass
    except SpecError as exc:
        raise SpecError(f"{source}: {exc.message}") from None
    except (RecursionError, OverflowError, ValueError) as exc:
        raise SpecError(f"{source}: the YAML cannot be read as a spec ({type(exc).__name__}: {str(exc)[:80]}).") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "somewhere"
        problem = getattr(exc, "problem", None) or str(exc)
        raise SpecError(f"{source}: the YAML is malformed at {where}: {problem}.") from None
    return validate(data, source=source)


def validate(data: Any, source: str = "<spec>") -> Spec:
    """Turn parsed YAML into a :class:`Spec`, naming the field at fault on any error."""
    if not isinstance(data, dict):
        raise SpecError(f"{source}: expected a mapping with keys network, parameters, data, got {type_name(data)}.")
    reject_unknown(data, TOP_KEYS, "")
    title = data.get("title", "Backpropagation worked example")
    if not isinstance(title, str):
        raise SpecError(f"title: expected text, got {type_name(title)}.")
    extras = {}
    for key in ("course", "author", "date"):
        val = data.get(key)
        if key == "date" and isinstance(val, datetime.date):  # an unquoted 2026-11-23 is a YAML date: print it as written
            val = val.isoformat()
        if val is not None and not isinstance(val, str):
            raise SpecError(f"{key}: expected text, got {type_name(val)}.")
        extras[key] = val

    net = _mapping(data.get("network"), "network")
    if "network" not in data:
        raise SpecError("network: missing; expected network.layers, network.activations and network.loss.")
    reject_unknown(net, ("layers", "activations", "loss", "leaky_relu_slope", "relu_prime_at_zero"), "network")
    layers_raw = net.get("layers")
    if not isinstance(layers_raw, list) or len(layers_raw) < 2:
        raise SpecError(
            f"network.layers: expected a list of at least 2 neuron counts (input layer first), got {type_name(layers_raw)}."
        )
    if len(layers_raw) > MAX_LAYERS + 1:
        raise SpecError(f"network.layers: {len(layers_raw)} layers; at most {MAX_LAYERS + 1} are supported.")
    layers = []
    for i, n in enumerate(layers_raw):
        if not _is_whole(n):
            raise SpecError(f"network.layers[{i}]: expected a positive whole number, got {type_name(n)}.")
        if int(n) < 1:
            raise SpecError(f"network.layers[{i}]: expected a positive integer, got {int(n)}.")
        if int(n) > MAX_NEURONS:
            raise SpecError(f"network.layers[{i}]: {int(n)} neurons is more than the limit of {MAX_NEURONS}.")
        layers.append(int(n))
    L = len(layers) - 1
    acts_raw = net.get("activations")
    if isinstance(acts_raw, str):
        acts_raw = [acts_raw] * L
    if not isinstance(acts_raw, list) or len(acts_raw) != L:
        raise SpecError(
            f"network.activations: expected {L} activation names (one per non-input layer), got {type_name(acts_raw)}."
        )
    acts = tuple(_check_choice(a, ACTIVATIONS, f"network.activations[{i}]", PLANNED_ACTIVATIONS) for i, a in enumerate(acts_raw))
    loss = _check_choice(net.get("loss", "half_sse"), LOSSES, "network.loss", PLANNED_LOSSES)
    _check_output_rules(acts, loss, layers)
    slope, slope_text = 0.01, "0.01"
    if net.get("leaky_relu_slope") is not None:
        slope, slope_text = _number(net["leaky_relu_slope"], "network.leaky_relu_slope")
        if not 0 <= slope < 1:
            raise SpecError(
                f"network.leaky_relu_slope: expected a number from 0 up to (not including) 1, got {slope_text}; "
                "the slope multiplies negative net inputs (0 gives the plain ReLU, 1 a linear neuron)."
            )
    r0 = net.get("relu_prime_at_zero", 0)
    if not _is_whole(r0) or int(r0) not in (0, 1):
        raise SpecError(
            f"network.relu_prime_at_zero: expected 0 or 1, got {type_name(r0)}; it is the derivative taken at exactly "
            "z = 0, where (leaky) ReLU has none: 0 takes the left side (0, or the leaky slope), 1 the right side (1)."
        )

    params = _mapping(data.get("parameters"), "parameters")
    reject_unknown(params, ("weights", "biases", "init"), "parameters")
    w_raw = params.get("weights")
    init = None
    if params.get("init") is not None:
        if w_raw is not None:
            raise SpecError(
                "parameters.init: give either parameters.weights (written out) or parameters.init (drawn from a seed), not both."
            )
        init, w_raw, b_default = _draw_init(params["init"], layers)
        if params.get("biases") is None:
            params = {**params, "biases": b_default}
    if not isinstance(w_raw, list) or len(w_raw) != L:
        raise SpecError(f"parameters.weights: expected {L} weight matrices (W^(1) to W^({L})), got {type_name(w_raw)}.")
    weights, weights_text = [], []
    for l in range(L):
        shape = (layers[l + 1], layers[l])
        if init is not None:  # drawn from the seed: already arrays of the printed numbers (see _draw_init)
            arr, t = w_raw[l]
        else:
            arr, t = _matrix(w_raw[l], shape, f"parameters.weights[{l}]", f"W^({l + 1})")
        weights.append(arr)
        weights_text.append(t)
    biases = biases_text = None
    if params.get("biases") is not None:
        b_raw = params["biases"]
        if not isinstance(b_raw, list) or len(b_raw) != L:
            raise SpecError(f"parameters.biases: expected {L} bias vectors (b^(1) to b^({L})), got {type_name(b_raw)}.")
        biases, biases_text = [], []
        for l in range(L):
            arr, t = _vector(b_raw[l], layers[l + 1], f"parameters.biases[{l}]", f"b^({l + 1})")
            biases.append(arr)
            biases_text.append(t)

    dat = _mapping(data.get("data"), "data")
    reject_unknown(dat, ("inputs", "targets", "inputs_file", "targets_file"), "data")
    base = Path(source).parent if source and not source.startswith("<") else Path.cwd()
    for key in ("inputs", "targets"):
        if dat.get(f"{key}_file") is not None:
            if dat.get(key) is not None:
                raise SpecError(f"data.{key}_file: give either data.{key} or data.{key}_file, not both.")
            dat = {**dat, key: _read_rows(dat[f"{key}_file"], base, f"data.{key}_file")}
    if "inputs" not in dat or "targets" not in dat:
        raise SpecError("data: expected both data.inputs (or data.inputs_file) and data.targets (or data.targets_file).")
    inputs, inputs_text = _examples(dat["inputs"], layers[0], "data.inputs", "the inputs")
    targets, targets_text = _examples(dat["targets"], layers[-1], "data.targets", "the targets")
    if inputs.shape[0] != targets.shape[0]:
        raise SpecError(
            f"data.targets: {targets.shape[0]} target rows for {inputs.shape[0]} input rows; give one target row per example."
        )
    _check_targets(loss, targets, targets_text)

    tr = _mapping(data.get("training"), "training")
    reject_unknown(
        tr,
        (
            "learning_rate",
            "update_biases",
            "steps",
            "mode",
            "optimizer",
            "weight_decay",
            "decay_biases",
            "clip_norm",
            "dropout",
        ),
        "training",
    )
    lr = lr_text = None
    if tr.get("learning_rate") is not None:
        lr, lr_text = _number(tr["learning_rate"], "training.learning_rate")
        if lr <= 0:
            raise SpecError(f"training.learning_rate: expected a number greater than 0, got {lr_text}.")
    ub = tr.get("update_biases", True)
    if not isinstance(ub, bool):
        raise SpecError(f"training.update_biases: expected true or false, got {type_name(ub)}.")
    steps = tr.get("steps", 1)
    if not _is_whole(steps) or int(steps) < 1:
        raise SpecError(f"training.steps: expected a whole number of at least 1, got {type_name(steps)}.")
    if int(steps) > MAX_STEPS:
        raise SpecError(f"training.steps: {int(steps)} steps is more than the limit of {MAX_STEPS}.")
    if int(steps) > 1 and lr is None:
        raise SpecError("training.steps: more than one step needs training.learning_rate.")
    mode = _check_choice(tr.get("mode", "batch"), TRAINING_MODES, "training.mode")
    if mode == "sgd" and lr is None:
        raise SpecError("training.mode: sgd makes one update per example, which needs training.learning_rate.")
    if mode == "sgd" and int(steps) * inputs.shape[0] > MAX_STEPS:
        raise SpecError(
            f"training.steps: {int(steps)} steps of sgd over {inputs.shape[0]} examples are "
            f"{int(steps) * inputs.shape[0]} updates, more than the limit of {MAX_STEPS}."
        )

    optimizer = read_optimizer(tr, _number, type_name)
    if not optimizer.plain and lr is None:
        raise SpecError("training.optimizer: an optimizer step needs training.learning_rate.")
    passes, rows = updates_of(int(steps), inputs.shape[0], mode, lr is not None)
    dropout = read_dropout(tr.get("dropout"), _number, type_name, tuple(layers), passes, rows)

    pres = _mapping(data.get("presentation"), "presentation")
    reject_unknown(pres, ("notation", "rounding", "sections", "form", "compact"), "presentation")
    compact = pres.get("compact", False)
    if not isinstance(compact, bool):
        raise SpecError(f"presentation.compact: expected true or false, got {type_name(compact)}.")
    notation = _check_choice(pres.get("notation", "layered"), NOTATIONS, "presentation.notation", PLANNED_NOTATIONS)
    rnd = _mapping(pres.get("rounding"), "presentation.rounding")
    reject_unknown(rnd, ("style", "digits", "carry", "mode"), "presentation.rounding")
    policy = RoundingPolicy(
        style=_check_choice(rnd.get("style", "decimals"), STYLES, "presentation.rounding.style"),
        digits=_check_digits(rnd.get("digits", 5), "presentation.rounding.digits"),
        carry=_check_choice(rnd.get("carry", "round"), CARRIES, "presentation.rounding.carry"),
        mode=_check_choice(rnd.get("mode", "half_up"), MODES, "presentation.rounding.mode"),
    )
    # the dz preset is matrix-first (seed 004 writes Z[l] = W[l] A[l-1] + b[l] before any single neuron)
    default_sections = DZ_SECTIONS if notation == "dz" else DEFAULT_SECTIONS
    sections = pres.get("sections", list(default_sections))
    if not isinstance(sections, list) or not sections:
        raise SpecError(f"presentation.sections: expected a list of section names, got {type_name(sections)}.")
    secs = tuple(dict.fromkeys(_check_choice(s, SECTIONS, f"presentation.sections[{i}]") for i, s in enumerate(sections)))
    n_params = sum(layers[l] * layers[l + 1] + (layers[l + 1] if biases is not None else 0) for l in range(L))
    form = _check_form(pres.get("form", "auto"), n_params)
    if form == "matrix":
        if not optimizer.plain:
            raise SpecError(
                "training.optimizer: the matrix form shows plain gradient descent; optimizers, weight decay and clipping "
                "are written out weight by weight in the scalar form (presentation.form: scalar) for a small network."
            )
        if dropout is not None:
            raise SpecError(
                "training.dropout: the matrix form shows the pass without dropout; dropout's masks are written out "
                "neuron by neuron in the scalar form (presentation.form: scalar) for a small network."
            )
        if int(steps) > 1 or (mode == "sgd" and inputs.shape[0] > 1):
            raise SpecError(
                "training.steps: the matrix form walks through one training step (one batch update); "
                f"got {int(steps)} step(s) in mode {mode}. Use steps: 1 and mode: batch, or the scalar form for a small network."
            )

    return Spec(
        title=title,
        layers=tuple(layers),
        activations=acts,
        loss=loss,
        weights=tuple(weights),
        weights_text=tuple(weights_text),
        biases=tuple(biases) if biases is not None else None,
        biases_text=tuple(biases_text) if biases_text is not None else None,
        inputs=inputs,
        inputs_text=inputs_text,
        targets=targets,
        targets_text=targets_text,
        learning_rate=lr,
        learning_rate_text=lr_text,
        update_biases=ub,
        steps=int(steps),
        notation=notation,
        rounding=policy,
        sections=secs,
        compact=compact,
        leaky_slope=slope,
        leaky_slope_text=slope_text,
        relu_prime_at_zero=int(r0),
        mode=mode,
        optimizer=optimizer,
        dropout=dropout,
        form=form,
        init=init,
        source=source,
        **extras,
    )
