"""Certify nnwalk's own walkthrough before anything is written, independently of the trace builder.

This re-checks what nnwalk generated (``render`` and exam keys refuse to write a document that
fails); ``nnwalk verify`` on someone else's document is :mod:`generator.verify`. May import: the
foundation, :mod:`generator.check` and :mod:`generator.engine`; :mod:`generator.render` prints
the :class:`Certificate` made here.

Every check is counted as passed or failed; what cannot be checked is reported as
not checked and never counted as passed.

(a) arithmetic: the *rendered* Markdown and LaTeX are parsed back by
    :mod:`generator.check` (our own grammar, no eval) and every relation between
    numeric sides is redone from the printed operands. Under round-and-carry every
    "=" must be exact up to the printed result's last digit ("ok"); an approximately-equal
    sign may also be explained by rounding of its operands.
(a') table rows: a row that names a quantity must name one that was computed, and each
    bare number in the row must be that quantity's value or a number of the row's own
    (checked) calculation — this catches a template putting a value in the wrong place.
(b) values: every named quantity (z, a, loss, delta, gradient, update) is compared
    with the true network recomputed by :mod:`generator.engine.network` — first the exact value
    the printed formula stands for (proves the formula uses the right operands),
    then the printed value, within the bound obtained by propagating every rounding
    of the policy through the formula with interval arithmetic.
(c) gradients: the true network's backward pass against SymPy's differentiation of the
    whole loss (a deep or wide network: complex-step differentiation of the loss in every
    parameter, or in a spread sample where that would cost too much,
    :mod:`generator.engine.complexstep`) and central finite differences; and the chain-rule
    factorisation the document prints, proved by SymPy for each pair of activations.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import numpy as np

from .check import check_text, literal_key
from .engine import complexstep, network, symbolic
from .engine import expr as E
from .engine.chains import Chain
from .engine.trace import Trace


@dataclass
class Certificate:
    """What verification found, as printed at the end of every document."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    policy: str = ""
    text: str = "Not verified yet."

    @property
    def checked(self) -> int:
        return sum(r["checked"] for r in self.rows)

    @property
    def passed(self) -> int:
        return sum(r["passed"] for r in self.rows)

    @property
    def failed(self) -> int:
        return sum(r["failed"] for r in self.rows)


@dataclass
class Problem:
    """One failed check, with where to look."""

    kind: str
    where: str
    message: str


@dataclass
class Result:
    certificate: Certificate
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


# ---------------------------------------------------------------- (a) arithmetic


def _rounded_keys(tr: Trace) -> frozenset[str]:
    """Printed numbers that are rounded values: every computed result and carried parameter.

    The checker finds most of them itself (a number printed as a result somewhere), but a
    weight carried into the next step prints exactly like given data; nnwalk knows which
    numbers it rounded, so it says so. "=" lines must be exact from the printed operands
    either way; this only lets an approximately-equal line be explained by rounding.
    """
    keys = set()
    for c in tr.chains():
        if not c.result.given and c.result.half_unit > 0:
            keys.add(literal_key(c.result.latex))
    for st in tr.steps[1:]:
        for n in [w for layer in st.weights for row in layer for w in row] + [b for layer in st.biases or [] for b in layer]:
            if not n.given:
                keys.add(literal_key(n.latex))
    return frozenset(keys)


def check_arithmetic(
    text: str, fmt: str, label: str, rounded: frozenset[str] = frozenset()
) -> tuple[int, int, list[Problem], int]:
    """Redo every numeric equality of a rendered document from its printed operands.

    Returns (checked, passed, problems, not_checked).
    """
    report = check_text(text, fmt, rounded=rounded)
    problems = []
    passed = 0
    for f in report.findings:
        good = f.klass == "ok" or (f.relation != "=" and f.klass == "rounding")
        if good:
            passed += 1
        else:
            problems.append(
                Problem(
                    "arithmetic",
                    f"{label} line {f.line}",
                    f"{label} line {f.line}: '{f.lhs} {'=' if f.relation == '=' else '≈'} {f.printed}' does not follow from its printed operands "
                    f"(they give {f.expected}; class {f.klass})",
                )
            )
    for sk in report.skipped:
        if sk.reason.startswith("internal"):
            problems.append(
                Problem("arithmetic", f"{label} line {sk.line}", f"{label} line {sk.line}: the checker failed ({sk.reason})")
            )
    return len(report.findings), passed, problems, report.not_checked


# ---------------------------------------------------------------- (a') table cells

_MATH_CELL = re.compile(r"^\$(.+)\$$")


def _known_values(tr: Trace) -> dict[int, dict[str, set[str]]]:
    """Per training step, every name the document prints with the values it may show.

    Step ``len(tr.steps)`` is the forward pass after the last update. Inner steps that
    have no key (products, e^{-z}) and given data belong to every step.
    """
    n_steps = len(tr.steps)
    known: dict[int, dict[str, set[str]]] = {s: {} for s in range(n_steps + 1)}

    def add(step: int | None, name: str, value: str) -> None:
        for s in range(n_steps + 1) if step is None else (step,):
            known[s].setdefault(name, set()).add(value)

    for c in tr.chains():
        add(c.key[0] if c.key else None, c.name, c.result.latex)
    nt = tr.notation
    for st in tr.steps:
        for l, Wl in enumerate(st.weights, start=1):
            for j, row in enumerate(Wl):
                for i, w in enumerate(row):
                    add(st.index, nt.w(l, j, i), w.latex)
        for l, bl in enumerate(st.biases or [], start=1):
            for j, b in enumerate(bl):
                add(st.index, nt.b(l, j), b.latex)
        for ex in st.examples:
            acts = [ex.inputs] + [[nf.out for nf in layer] for layer in ex.forward]  # what each weight multiplies
            nte = ex.notation
            for layer in ex.forward:
                for nf in layer:
                    if nf.keep is not None:  # dropout's givens: the mask entry and the layer's rate
                        add(st.index, nte.mask(nf.layer, nf.index), nf.keep[0].latex)
                        add(None, nt.rate(nf.layer), nf.keep[1].latex)
            for l in range(1, len(acts)):
                for j in range(len(acts[l])):
                    for i, a in enumerate(acts[l - 1]):
                        add(st.index, nte.partial(nte.z(l, j), nt.w(l, j, i)), a.latex)
    for e, (xs, ts) in enumerate(tr.data or [(tr.inputs, tr.targets)]):
        nte = nt.for_example(e) if len(tr.data) > 1 else nt
        for i, x in enumerate(xs):
            add(None, nte.x(i), x.latex)
        for k, t in enumerate(ts):
            add(None, nte.t(k), t.latex)
    if tr.lr is not None:
        add(None, nt.lr, tr.lr.latex)
    for symbol, value in tr.optimizer_givens:
        add(None, symbol, value.latex)
    return known


_STEP_HEADING = re.compile(r"^### Step (\d+) ")
_TEX_STEP_HEADING = re.compile(r"^\\subsection\{Step (\d+) ")
_MERMAID_EDGE = re.compile(r'^\s*n(\d+)_(\d+) -->\|"([^"]*)"\| n(\d+)_(\d+)\s*$')


def check_diagram_labels(tr: Trace, text: str, label: str) -> tuple[int, int, list[Problem]]:
    """Each weight written on an edge of the Markdown (Mermaid) diagram is that edge's weight."""
    checked = passed = 0
    problems: list[Problem] = []
    if not tr.steps:  # the matrix form draws no diagram
        return 0, 0, problems
    W = tr.steps[0].weights
    for n, line in enumerate(text.splitlines(), start=1):
        m = _MERMAID_EDGE.match(line)
        if not m:
            continue
        l0, i, l1, j = int(m.group(1)), int(m.group(2)), int(m.group(4)), int(m.group(5))
        checked += 1
        ok = l1 == l0 + 1 and l0 < len(W) and j < len(W[l0]) and i < len(W[l0][j]) and W[l0][j][i].plain == m.group(3)
        passed += ok
        if not ok:
            problems.append(
                Problem("diagram", f"{label} line {n}", f"{label} line {n}: the diagram edge shows {m.group(3)}, not its weight")
            )
    return checked, passed, problems


_TIKZ_EDGE = re.compile(r"^\\draw\[->\] \(n(\d+)_(\d+)\) -- node\[[^\]]*\] \{\$?([^{}$]*)\$?\} \(n(\d+)_(\d+)\);$")
_TIKZ_NODE = re.compile(r"^\\node\[neuron,label=.*\] \(n(\d+)_(\d+)\) at \([^)]*\) \{\$(.*)\$\};$")
_TEX_SECTION = re.compile(r"^\\section\{([^}]*)\}")


def check_tikz_labels(tr: Trace, text: str, label: str) -> tuple[int, int, list[Problem]]:
    """In the LaTeX drawings: each edge shows its weight, and each node of the forward (backward)
    section's drawing shows that neuron's activation (delta) of the first example, as printed."""
    checked = passed = 0
    problems: list[Problem] = []
    if not tr.steps:
        return 0, 0, problems
    st = tr.steps[0]
    ex = st.examples[0]
    back = ex.backward if ex.backward is not None else st.backward
    W = st.weights
    section = ""
    for n, line in enumerate(text.splitlines(), start=1):
        if m := _TEX_SECTION.match(line):
            section = m.group(1)
            continue
        if m := _TIKZ_EDGE.match(line):
            l0, i, l1, j = int(m.group(1)), int(m.group(2)), int(m.group(4)), int(m.group(5))
            ok = l1 == l0 + 1 and l0 < len(W) and j < len(W[l0]) and i < len(W[l0][j]) and W[l0][j][i].plain == m.group(3)
            what = "edge"
        elif m := _TIKZ_NODE.match(line):
            l, j, shown = int(m.group(1)), int(m.group(2)), m.group(3)
            want = None
            if section.startswith("Forward") and l <= len(ex.forward):
                want = ex.inputs[j] if l == 0 else ex.forward[l - 1][j].a.result
            elif section.startswith("Backward") and 0 < l <= len(back) and back[l - 1][j].delta is not None:
                want = back[l - 1][j].delta.result
            ok = want is not None and want.latex == shown
            what = "node"
        else:
            continue
        checked += 1
        passed += ok
        if not ok:
            problems.append(
                Problem("diagram", f"{label} line {n}", f"{label} line {n}: the drawing's {what} does not show its value")
            )
    return checked, passed, problems


def _table_rows(text: str, fmt: str, final: int) -> list[tuple[int, int, list[str]]]:
    """(line, training step, cells) of every table row; the step follows the headings
    of the steps section (``### Step k``, ``\\subsection{Step k``; everything else shows step 1, index 0)."""
    rows: list[tuple[int, int, list[str]]] = []
    step = 0

    def row(n: int, cells: list[str]) -> tuple[int, int, list[str]]:
        # an exam key's answer row may name its own training step: "$name$ (step k)"
        for k, c in enumerate(cells):
            if " (step " in c and (m := _ROW_STEP.fullmatch(c)):
                return n, int(m.group(2)) - 1, [*cells[:k], m.group(1), *cells[k + 1 :]]
        return n, step, cells

    for n, line in enumerate(text.splitlines(), start=1):
        s = line.strip()
        if fmt == "md" and not s.startswith(("#", "|", "\\")):
            continue  # prose or math: no heading, no row (every branch below needs one of these first characters)
        if s.startswith("## "):
            step = 0
        elif m := _STEP_HEADING.match(s):
            step = int(m.group(1)) - 1
        elif s.startswith(("### After the last step", "\\subsection{After the last step}")):
            step = final
        if fmt == "md" and s.startswith("|") and s.endswith("|") and not set(s) <= set("|-: "):
            rows.append(row(n, [c.strip() for c in s.strip("|").split(" | ")]))
        elif m := _TEX_STEP_HEADING.match(s):
            step = int(m.group(1)) - 1
        elif s.startswith("\\section{"):
            step = 0
        elif fmt == "tex" and " & " in s and s.endswith("\\\\") and not s.startswith("\\"):
            rows.append(row(n, [c.strip() for c in s[:-2].split(" & ")]))
    return rows


_ROW_STEP = re.compile(r"(\$[^$]+\$) \(step (\d+)\)")
_BARE = re.compile(r"-?[0-9]+(\.[0-9]+)?( \\times 10\^\{-?[0-9]+\})?")
_NUMBER = re.compile(r"(?<![0-9_{^])-?[0-9]+(?:\.[0-9]+)?(?: \\times 10\^\{-?[0-9]+\})?")


def check_table_values(tr: Trace, text: str, fmt: str, label: str) -> tuple[int, int, list[Problem]]:
    """Every bare number in a table row must be accounted for.

    Table cells are not equations, so (a) cannot see a template that puts a wrong value
    in a cell (an index slip). A bare-number cell passes when it is a value nnwalk printed
    for the quantity the row names (its first math cell), or when the same number appears
    in another math cell of the row (the operand or result of the row's calculation, which
    (a) checks). Rows with nothing to compare against are not counted.
    """
    known_by_step = _known_values(tr)
    checked = passed = 0
    problems = []
    for n, step, cells in _table_rows(text, fmt, len(tr.steps)):
        known = known_by_step[step]
        maths = [m.group(1).strip() for c in cells if (m := _MATH_CELL.match(c))]
        if len(maths) < 2:
            continue
        head = maths[0]
        named = "=" not in head and "\\approx" not in head and not _BARE.fullmatch(head)
        if named:  # the row names a quantity: it must be one nnwalk computed
            checked += 1
            if head in known:
                passed += 1
            else:
                problems.append(
                    Problem("table", f"{label} line {n}", f"{label} line {n}: the row names {head}, which nnwalk never computed")
                )
        name_values = known.get(head, set()) if named else set()
        for k, cell in enumerate(maths):
            if (k == 0 and named) or not _BARE.fullmatch(cell):
                continue
            others = {x for j, c in enumerate(maths) if j != k and not (j == 0 and named) for x in _NUMBER.findall(c)}
            if not name_values and not others:
                continue
            checked += 1
            if cell in name_values or cell in others:
                passed += 1
            else:
                problems.append(
                    Problem(
                        "table",
                        f"{label} line {n}",
                        f"{label} line {n}: the cell {cell} in the row of {head} matches neither a value nnwalk "
                        "computed for it nor any number of the row's calculation",
                    )
                )
    return checked, passed, problems


# ---------------------------------------------------------------- (b) values


Runs = list[tuple[network.Params, network.Pass, network.Params | None]]


class _Truth:
    """True values of keyed quantities, from the float64 network, computed when asked for.

    A mapping from trace keys to floats. It is lazy because a large network (784-32-32-10)
    has some 26,000 weights whose gradients, changes and new values are never printed one
    by one: only the keys of printed chains are ever looked up. Kinds prefixed ``neg_`` are
    the negatives of their plain kind (the ``neuron`` preset's Err_j = -dL/dnet_j, Delta w).
    """

    def __init__(self, spec: Any, runs: Runs) -> None:
        self.spec = spec
        self.runs = runs
        self.passes: list[tuple[network.Params, network.Pass, network.Params | None]] = list(runs)
        if runs and runs[-1][2] is not None:
            last = runs[-1][2]
            p = network.run(last, spec.activations, spec.loss, spec.inputs, spec.targets, network.options_of(spec))
            self.passes.append((last, p, None))
        self._cache: dict[int, dict[str, Any]] = {}

    def _arrays(self, s: int) -> dict[str, Any]:
        """Per-pass arrays: each example's own delta (m times the mean loss's), f', dL/dy."""
        if s in self._cache:
            return self._cache[s]
        spec = self.spec
        prm, p, new = self.passes[s]
        opts = network.options_of(spec)
        t = p.t if p.t is not None else spec.targets
        prev = [p.x if p.x is not None else spec.inputs] + [p.out(l) for l in range(spec.depth - 1)]
        fps = [network.activation(spec.activations[l], opts).df(p.z[l], p.a[l]) for l in range(spec.depth)]
        own = [d * p.m for d in p.deltas]
        dlda_out = network.LOSSES[spec.loss].df(p.a[-1], t)
        out = {"prm": prm, "p": p, "new": new, "prev": prev, "fp": fps, "own": own, "dlda_out": dlda_out}
        self._cache[s] = out
        return out

    def __contains__(self, key: object) -> bool:
        try:
            self[key]  # type: ignore[index]
        except (KeyError, IndexError, TypeError):
            return False
        return True

    def __getitem__(self, key: tuple) -> float:
        s, kind, *rest = key
        if kind.startswith("neg_"):
            return -self[(s, kind[4:], *rest)]
        if not isinstance(s, int) or not 0 <= s < len(self.passes) or any(isinstance(v, int) and v < 0 for v in rest):
            raise KeyError(key)
        spec = self.spec
        Lw = spec.depth
        fused = network.is_fused(spec.activations[-1], spec.loss)
        A = self._arrays(s)
        p: network.Pass = A["p"]
        prm: network.Params = A["prm"]
        new: network.Params | None = A["new"]
        lr = spec.learning_rate
        if kind == "loss" and not rest:
            return float(p.loss)
        if kind == "loss_ex" and len(rest) == 1:
            return float(p.loss_parts[rest[0]].sum())
        if kind == "loss_part" and len(rest) == 2:
            k, e = rest
            return float(p.loss_parts[e, k])
        if kind in ("opt", "opt_norm", "opt_norm2", "opt_clip") and new is not None and new.state is not None:
            return _optimizer_truth(new.state, kind, rest, Lw)
        if kind in ("change", "new") and new is not None and lr is not None and rest and rest[0] in ("w", "b"):
            what, l, j, *i = rest
            if what == "w" and len(i) == 1:
                return float(lr * p.grad_w[l - 1][j, i[0]] if kind == "change" else new.weights[l - 1][j, i[0]])
            if what == "b" and not i and p.grad_b is not None and new.biases is not None:
                return float(lr * p.grad_b[l - 1][j] if kind == "change" else new.biases[l - 1][j])
            raise KeyError(key)
        if not rest or not 1 <= rest[0] <= Lw:
            raise KeyError(key)
        l = rest[0]
        own = A["own"]
        if kind in ("z", "a", "drop", "delta", "fprime", "dlda") and len(rest) == 3:
            _, j, e = rest
            if kind == "z":
                return float(p.z[l - 1][e, j])
            if kind == "a":
                return float(p.a[l - 1][e, j])
            if kind == "drop" and p.scales is not None and l < Lw and p.scales[l - 1] is not None:
                return float(p.out(l - 1)[e, j])
            if kind == "delta":
                return float(own[l - 1][e, j])
            if kind == "fprime" and not (l == Lw and fused):
                return float(A["fp"][l - 1][e, j])
            if kind == "dlda" and l == Lw and not fused:
                return float(A["dlda_out"][e, j])
            if kind == "dlda" and l < Lw:
                return float(own[l][e] @ prm.weights[l][:, j])
            raise KeyError(key)
        if kind == "path" and len(rest) == 4 and l < Lw:
            _, j, k, e = rest
            return float(own[l][e, k] * prm.weights[l][k, j])
        if kind == "gw_ex" and len(rest) == 4:
            _, j, i, e = rest
            return float(own[l - 1][e, j] * A["prev"][l - 1][e, i])
        if kind == "gb_ex" and len(rest) == 3:
            _, j, e = rest
            return float(own[l - 1][e, j])
        if kind == "gw" and len(rest) == 3:
            _, j, i = rest
            return float(p.grad_w[l - 1][j, i])
        if kind == "gb" and len(rest) == 2 and p.grad_b is not None:
            return float(p.grad_b[l - 1][rest[1]])
        raise KeyError(key)


def _optimizer_truth(st: Any, kind: str, rest: list[Any], L: int) -> float:
    """The float64 optimizer's value for a key: the step's norm or clipping factor, a parameter's used gradient or state."""
    if kind == "opt_norm" and not rest:
        return float(st.grad_norm)
    if kind == "opt_norm2" and not rest:
        return float(st.grad_norm) ** 2
    if kind == "opt_clip" and not rest:
        return float(st.clip_factor)
    if kind != "opt" or len(rest) < 4:
        raise KeyError((kind, *rest))
    name, what, l, j, *i = rest
    k = l - 1 if what == "w" else L + l - 1
    arrays = st.used if name == "g" else st.state[name]
    if k >= len(arrays) or (what == "w") != (len(i) == 1) or what not in ("w", "b"):
        raise KeyError((kind, *rest))
    return float(arrays[k][j, i[0]] if what == "w" else arrays[k][j])


def _truth(tr: Trace, runs: Runs) -> _Truth:
    """True values of every keyed quantity, from the float64 network (looked up lazily)."""
    return _Truth(tr.spec, runs)


def _interval(e: E.Expr, radius: dict[int, tuple[float, float]], op_half: float = 0.0) -> tuple[float, float]:
    """Interval of ``e`` when every printed operand may lie anywhere in its own interval.

    A registered operand (an earlier chain's result) has the interval proved for it there;
    given data are exact; any other printed number (an inner step) is trusted to within
    its own error plus half a unit of its last digit.

    ``op_half`` > 0 (an exam's student routes): a student may also round the partial results
    inside one line — a partial sum, the product of two of three factors, a reciprocal — in
    any order; each such rounding moves the result by at most ``op_half`` times the largest
    magnitude the remaining factors can scale it by, which widens the interval accordingly.
    """
    if isinstance(e, E.Lit):
        n = e.num
        known = radius.get(id(n))
        if known is not None:
            return known
        v, x = float(n.value), float(n.exact)
        if n.given:
            return x, x
        h = float(n.half_unit)
        return min(v, x) - h, max(v, x) + h
    if isinstance(e, E.Sum):
        lo = hi = 0.0
        for t in e.terms:
            a, b = _interval(t, radius, op_half)
            lo, hi = lo + a, hi + b
        extra = op_half * max(len(e.terms) - 2, 0)  # rounded partial sums (the last rounding is the line's own)
        return lo - extra, hi + extra
    if isinstance(e, E.Diff):
        a, b = _interval(e.a, radius, op_half)
        c, d = _interval(e.b, radius, op_half)
        return a - d, b - c
    if isinstance(e, E.Prod):
        lo, hi = 1.0, 1.0
        scale = 1.0
        for f in e.factors:
            a, b = _interval(f, radius, op_half)
            cands = [lo * a, lo * b, hi * a, hi * b]
            lo, hi = min(cands), max(cands)
            scale *= max(1.0, abs(a), abs(b))
        extra = op_half * max(len(e.factors) - 2, 0) * scale  # a rounded partial product, times what is left to multiply
        return lo - extra, hi + extra
    if isinstance(e, E.Frac):
        a, b = _interval(e.num, radius, op_half)
        c, d = _interval(e.den, radius, op_half)
        if c <= 0 <= d:
            return -math.inf, math.inf
        cands = [a / c, a / d, b / c, b / d]
        extra = op_half * max(1.0, abs(a), abs(b)) if op_half else 0.0  # a / b taken as a times a rounded 1/b
        return min(cands) - extra, max(cands) + extra
    if isinstance(e, E.Square):
        a, b = _interval(e.base, radius, op_half)
        lo = 0.0 if a <= 0 <= b else min(a * a, b * b)
        return lo, max(a * a, b * b)
    if isinstance(e, E.ExpNeg):
        a, b = _interval(e.arg, radius, op_half)
        return _safe_exp(-b), _safe_exp(-a)
    if isinstance(e, E.Exp):
        a, b = _interval(e.arg, radius, op_half)
        return _safe_exp(a), _safe_exp(b)
    if isinstance(e, E.Ln):
        a, b = _interval(e.arg, radius, op_half)
        if a <= 0:  # no usable bound: only the exact value is checked
            return -math.inf, math.log(b) if b > 0 else -math.inf
        return math.log(a), math.log(b)
    if isinstance(e, E.Neg):
        a, b = _interval(e.arg, radius, op_half)
        return -b, -a
    if isinstance(e, E.LeakyReLU):
        a, b = _interval(e.arg, radius, op_half)
        c, d = _interval(e.slope, radius, op_half)
        lo = a if a >= 0 else min(c * a, d * a)
        hi = b if b >= 0 else max(c * b, d * b)
        return lo, hi
    if isinstance(e, E.Sqrt):
        a, b = _interval(e.arg, radius, op_half)
        return math.sqrt(max(a, 0.0)), math.sqrt(max(b, 0.0))
    if isinstance(e, E.Pow):
        a, b = _interval(e.base, radius, op_half)
        k = int(e.power.num.value)
        if a < 0 and k % 2 == 0:
            return (0.0 if b >= 0 else b**k), max(a**k, b**k)
        return a**k, b**k
    if isinstance(e, E.Min):
        ivs = [_interval(x, radius, op_half) for x in e.args]
        if any(math.isnan(v) for iv in ivs for v in iv):  # min() would silently drop a NaN bound
            return math.nan, math.nan
        return min(lo for lo, _ in ivs), min(hi for _, hi in ivs)
    if isinstance(e, E.Func):
        a, b = _interval(e.arg, radius, op_half)
        f = {"sigmoid": _sig, "tanh": math.tanh, "relu": lambda v: max(v, 0.0)}[e.name]
        return f(a), f(b)
    raise TypeError(type(e).__name__)


def _safe_exp(v: float) -> float:
    return math.exp(v) if v < 700 else math.inf


def _sig(v: float) -> float:
    if v >= 0:
        return 1.0 / (1.0 + math.exp(-v))
    ev = math.exp(v)
    return ev / (1.0 + ev)


def check_values(tr: Trace, runs: Runs | None = None) -> tuple[int, int, list[Problem], int]:
    """(b): each printed quantity against the true network, within the propagated bound.

    Returns (checked, passed, problems, not_checked): a quantity whose interval cannot be
    bounded (it would need a division by an interval around 0) is not checked, not passed.
    """
    truth = _truth(tr, runs if runs is not None else network.train_spec(tr.spec))
    intervals: dict[int, tuple[float, float]] = {}
    checked = passed = skipped = 0
    problems = []
    for c in tr.chains():
        lo, hi = _bound(c, intervals)
        if c.key is None:
            continue
        if c.key not in truth:  # a keyed quantity the network knows nothing of is a bug, not a pass
            checked += 1
            problems.append(Problem("value", str(c.key), f"{c.name}: no true value to compare with (key {c.key})."))
            continue
        true = float(truth[c.key])
        exact_only = math.isnan(lo) or math.isnan(hi)
        skipped += exact_only
        checked += 1 if exact_only else 2
        scale = max(1.0, abs(true))
        slack = 1e-12 * scale
        exact = float(c.result.exact)
        shown = float(c.result.value)
        ok_exact = abs(exact - true) <= 1e-9 * scale
        ok_shown = exact_only or (lo - slack <= shown <= hi + slack and lo - slack <= true <= hi + slack)
        passed += ok_exact + (ok_shown and not exact_only)
        if not ok_exact:
            problems.append(
                Problem(
                    "value", str(c.key), f"{c.name}: the printed formula stands for {exact!r}, but the network gives {true!r}."
                )
            )
        if not ok_shown:
            problems.append(
                Problem(
                    "value",
                    str(c.key),
                    f"{c.name}: printed {c.result.plain} and the true {true!r} are not both within the "
                    f"propagated rounding interval [{lo:.6g}, {hi:.6g}].",
                )
            )
    return checked, passed, problems, skipped


def rounding_intervals(
    tr: Trace, half_unit: Callable[[Chain], float] | None = None, partial: bool = False
) -> dict[int, tuple[float, float]]:
    """The propagated rounding interval of every chain's result, keyed by ``id`` of the result.

    With ``half_unit`` each result may be rounded by that much instead of by its own last
    printed digit: an exam gives a student who rounds every intermediate (the inner steps of a
    sigmoid too) to the instructed precision the interval of every value such a route can reach.
    With ``partial`` the partial results inside a line may be rounded by as much too (see :func:`_interval`).
    """
    intervals: dict[int, tuple[float, float]] = {}
    for c in tr.chains():
        h = half_unit(c) if half_unit is not None and partial else 0.0
        _bound(c, intervals, half_unit, h)
    return intervals


def _bound(
    c: Chain, intervals: dict[int, tuple[float, float]], half_unit: Callable[[Chain], float] | None = None, op_half: float = 0.0
) -> tuple[float, float]:
    """Interval that must hold both the printed and the true value of a chain's result.

    The chain's last numeric form is evaluated over its operands' intervals, then widened
    by half a unit of the result's last printed digit. Recorded for later chains.
    """
    if id(c.result) in intervals:
        return intervals[id(c.result)]
    exprs = [f.expr for f in c.forms if f.expr is not None]
    half = float(c.result.half_unit) if half_unit is None else half_unit(c)
    v, x = float(c.result.value), float(c.result.exact)
    if c.result.given:
        iv = (x, x)
    elif exprs:
        lo, hi = _interval(exprs[-1], intervals, op_half)
        iv = (lo - half, hi + half)
        if not (math.isfinite(iv[0]) and math.isfinite(iv[1])):  # no usable bound
            iv = (math.nan, math.nan)
    else:
        iv = (min(v, x) - half, max(v, x) + half)
    intervals[id(c.result)] = iv
    return iv


# ---------------------------------------------------------------- (c) gradients


def check_gradients(tr: Trace, runs: Runs | None = None) -> tuple[int, int, list[Problem], int]:
    """(c): backward pass vs an independent derivative of the whole loss and vs finite differences.

    The independent derivative is SymPy's for a small network and the complex step's for a
    deep or wide one (:func:`gradient_oracle_name`); neither shares code with the backward pass.

    Each training step (or, with SGD, each per-example update) is checked on the examples
    it was computed on; the loss is their mean, so both references average over m too.
    Returns (checked, passed, problems, not_checked).
    """
    spec = tr.spec
    runs = runs if runs is not None else network.train_spec(spec)
    opts = network.options_of(spec)
    checked = passed = 0
    problems = []
    skipped = 0
    whole = symbolic.whole_expression_feasible(tuple(spec.layers), spec.biases is not None)
    for s, (prm, p, _) in enumerate(runs):
        x, t = _examples_of(spec, p)
        every = np.array(symbolic.flatten_params(tuple(p.grad_w), tuple(p.grad_b) if p.grad_b is not None else None))
        if whole:
            idx = fd_idx = list(range(every.size))
            sym = symbolic.oracle_gradients(
                spec.layers, spec.activations, spec.loss, prm.weights, prm.biases, x, t, opts, p.scales
            )
        else:
            # deep or wide: the complex step differentiates the loss in one parameter at a time, every parameter where
            # that is affordable (complexstep.affordable_indices), else a spread sample; finite differences (two forward
            # passes per parameter) compare the spread sample of symbolic.POINTWISE_SAMPLE. The counts say how many.
            fd_idx = symbolic.sample_indices(every.size)
            idx = complexstep.affordable_indices(tuple(spec.layers), len(x), spec.biases is not None, fd_idx)
            sym = _complex_step_gradients(spec, prm, x, t, idx, opts, p.scales)
        refs = [(gradient_oracle_name(spec), sym, 1e-8, 1e-12)]
        # Finite differences straddle a (leaky) ReLU kink when a pre-activation is (nearly) 0:
        # there the derivative is a stated convention, so that comparison is "not checked".
        at_kink = any(act in ("relu", "leaky_relu") and bool(np.any(np.abs(z) < 1e-3)) for act, z in zip(spec.activations, p.z))
        mine = every[fd_idx]
        usable = np.zeros(mine.size, dtype=bool)
        if at_kink:
            skipped += mine.size
        else:
            fd, noise = finite_differences(spec, prm, x=x, t=t, indices=fd_idx, scales=p.scales)
            # where float64 noise swamps the difference, finite differences cannot judge
            usable = noise < 0.01 * np.maximum(np.abs(mine), 1e-7)
            skipped += int(mine.size - usable.sum())
            refs.append(("finite differences", fd, 1e-4, 1e-7))
        for name, ref, rtol, atol in refs:
            at = fd_idx if name == "finite differences" else idx
            mine = every[at]
            mask = usable if name == "finite differences" else np.ones(mine.size, dtype=bool)
            bad = ~np.isclose(mine, ref, rtol=rtol, atol=atol) & mask
            checked += int(mask.sum())
            passed += int(mask.sum() - bad.sum())
            if bad.any():
                k = int(np.argmax(bad))
                problems.append(
                    Problem(
                        "gradient",
                        f"step {s + 1}",
                        f"step {s + 1}: gradient #{at[k] + 1} is {float(mine[k])!r}, {name} gives {float(ref[k])!r}",
                    )
                )
    return checked, passed, problems, skipped


def gradient_oracle_name(spec: Any) -> str:
    """What :func:`check_gradients` compares the backward pass with, as the certificate names it.

    A small network's whole loss is one SymPy expression, differentiated by SymPy; a deep or
    wide one is differentiated by the complex step (see :mod:`generator.engine.complexstep`),
    since SymPy took seconds per document there.
    """
    if symbolic.whole_expression_feasible(tuple(spec.layers), spec.biases is not None):
        return "SymPy"
    return "complex-step differentiation"


def _complex_step_gradients(
    spec: Any,
    prm: network.Params,
    x: np.ndarray,
    t: np.ndarray,
    idx: list[int],
    opts: network.ActOptions,
    scales: list[np.ndarray | None] | None,
) -> np.ndarray:
    """The complex step's gradients at ``idx``; SymPy (30 digits) redoes any that float64 could not hold.

    A non-finite complex-step value (an overflow in a diverging network) would otherwise
    be reported as a wrong gradient although the backward pass may well be right.
    """
    layers, acts = tuple(spec.layers), tuple(spec.activations)
    out = complexstep.gradients(layers, acts, spec.loss, prm.weights, prm.biases, x, t, idx, opts, scales)
    bad = np.flatnonzero(~np.isfinite(out))
    if bad.size:
        redo = symbolic.pointwise_gradients(
            layers, acts, spec.loss, prm.weights, prm.biases, x, t, [idx[n] for n in bad], opts, scales
        )
        out[bad] = redo
    return out


def _examples_of(spec: Any, p: network.Pass) -> tuple[np.ndarray, np.ndarray]:
    """The inputs and targets a pass was computed on (all of the spec's, unless SGD picked one)."""
    x = p.x if p.x is not None else spec.inputs
    t = p.t if p.t is not None else spec.targets
    return x, t


def finite_differences(
    spec: Any,
    prm: network.Params,
    h: float = 1e-4,
    x: np.ndarray | None = None,
    t: np.ndarray | None = None,
    indices: list[int] | None = None,
    scales: list[np.ndarray | None] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Central differences of the mean loss with one Richardson step (error O(h^4)).

    The step is relative to each parameter's size, so large weights and steep losses
    (a diverging linear network) are differenced as accurately as small ones. Also returns
    each estimate's noise floor (float64 cancellation in the loss difference), below which
    a finite difference says nothing. ``x`` and ``t`` default to all of the spec's examples;
    ``indices`` limits the estimate to those parameters (in flatten_params order); ``scales``
    are the pass's dropout factors (the masks stay fixed while the parameters move).
    """
    flat = symbolic.flatten_params(prm.weights, prm.biases)
    xs = spec.inputs if x is None else x
    ts = spec.targets if t is None else t
    opts = network.options_of(spec)

    def loss_at(values: list[float]) -> float:
        prm_v = _unflatten(spec, values, prm.biases is not None)
        return network.mean_loss(prm_v, spec.activations, spec.loss, xs, ts, opts, scales)

    def central(k: int, step: float) -> float:
        up, down = list(flat), list(flat)
        up[k] += step
        down[k] -= step
        return (loss_at(up) - loss_at(down)) / (2 * step)

    base = abs(loss_at(list(flat)))
    out, noise = [], []
    for k in range(len(flat)) if indices is None else indices:
        step = h * max(1.0, abs(flat[k]))
        out.append((4 * central(k, step / 2) - central(k, step)) / 3)
        noise.append(100 * np.finfo(float).eps * max(base, 1e-300) / step)
    return np.array(out), np.array(noise)


def _unflatten(spec: Any, flat: list[float], biases: bool) -> network.Params:
    ws, bs = [], []
    pos = 0
    for l in range(spec.depth):
        n_out, n_in = spec.layers[l + 1], spec.layers[l]
        ws.append(np.array(flat[pos : pos + n_out * n_in]).reshape(n_out, n_in))
        pos += n_out * n_in
        if biases:
            bs.append(np.array(flat[pos : pos + n_out]))
            pos += n_out
    return network.Params(tuple(ws), tuple(bs) if biases else None)


def check_chain_rule(tr: Trace) -> tuple[int, int, list[Problem]]:
    """(c'): the printed factorisation (delta = loss' f', hidden delta = sum of paths x f') holds symbolically.

    Each hidden layer is proved with the output layer and the spec's loss; a hidden layer
    feeding another hidden layer is proved with the loss behind it too, except that the
    logarithmic losses are replaced by half_sse there: the recursion through hidden layers
    does not depend on the loss, and cross-entropy needs a probability output to be defined.
    """
    spec = tr.spec
    acts = spec.activations
    last = len(acts) - 1
    triples = {(acts[l], acts[-1], spec.loss) for l in range(last)}
    inner = "half_sse" if spec.loss in ("cross_entropy", "bce") else spec.loss
    triples |= {(acts[l], acts[l + 1], inner) for l in range(last - 1)}
    triples = triples or {("linear", acts[-1], spec.loss)}
    problems = []
    passed = 0
    opts = network.options_of(spec)
    for hidden, out, loss in sorted(triples):
        if symbolic.chain_rule_proof(hidden, out, loss, opts):
            passed += 1
        else:
            problems.append(
                Problem(
                    "chain rule",
                    f"{hidden}/{out}",
                    f"SymPy could not confirm the chain rule for {hidden} then {out} with {loss}",
                )
            )
    return len(triples), passed, problems


def check_derivation(tr: Trace) -> tuple[int, int, list[Problem]]:
    """(c''): the general derivation section, evaluated on a small network of its kind, against SymPy's gradient.

    Only for specs that ask for the ``derivation`` section; its equations are symbolic, so the
    arithmetic checker cannot judge them and this is their check.
    """
    spec = tr.spec
    from .engine import derivationcache

    args = (tuple(spec.activations), spec.loss, spec.m, spec.has_biases, network.options_of(spec))

    def evaluate() -> Any:
        from .engine import derivation  # SymPy at import: only when this architecture's self-check is not cached

        return derivation.self_check(*args)

    check = derivationcache.self_check(*args, evaluate)
    problems = []
    if not check.ok:
        problems.append(
            Problem(
                "derivation",
                "general derivation",
                f"{check.checked - check.passed} of {check.checked} gradient values of the general derivation differ from SymPy's "
                f"(largest error {check.max_error:.3g})",
            )
        )
    return check.checked, check.passed, problems


# ---------------------------------------------------------------- all together


def verify_trace(tr: Trace, documents: dict[str, str]) -> Result:
    """Run (a) on each rendered document, then (b) and (c); build the certificate."""
    rows = []
    problems: list[Problem] = []
    rounded = _rounded_keys(tr)
    runs = network.train_spec(tr.spec)
    for fmt, text in documents.items():
        label = {"md": "Markdown", "tex": "LaTeX"}[fmt]
        n, ok, probs, skipped = check_arithmetic(text, fmt, label, rounded)
        rows.append(
            {
                "name": f"arithmetic of every printed equation ({label}); {skipped} symbolic relations not checked",
                "checked": n,
                "passed": ok,
                "failed": n - ok,
            }
        )
        n, ok, probs2 = check_table_values(tr, text, fmt, label)
        n2, ok2, probs3 = (check_diagram_labels if fmt == "md" else check_tikz_labels)(tr, text, label)
        n, ok, probs2 = n + n2, ok + ok2, probs2 + probs3
        rows.append({"name": f"values in table rows and diagram labels ({label})", "checked": n, "passed": ok, "failed": n - ok})
        problems += probs2
        problems += probs
    n, ok, probs, skipped = check_values(tr, runs)
    name = "printed values against the true network"
    if skipped:
        name += f" ({skipped} rounding bounds not computable: only their exact values checked)"
    rows.append({"name": name, "checked": n, "passed": ok, "failed": n - ok})
    problems += probs
    n, ok, probs, skipped = check_gradients(tr, runs)
    row = {
        "name": "gradients of the true network (what printed values are compared with) against "
        f"{gradient_oracle_name(tr.spec)} and finite differences",
        "checked": n,
        "passed": ok,
        "failed": n - ok,
    }
    if skipped:
        row["name"] += f" ({skipped} finite-difference comparisons not checked: a ReLU input at its kink, or float64 noise)"
    rows.append(row)
    problems += probs
    n, ok, probs = check_chain_rule(tr)
    rows.append(
        {
            "name": "chain rule as printed (delta = loss' f', hidden delta = sum over paths times f'), proved by SymPy per pair of activations",
            "checked": n,
            "passed": ok,
            "failed": n - ok,
        }
    )
    problems += probs
    if "derivation" in tr.spec.sections:
        n, ok, probs = check_derivation(tr)
        rows.append(
            {
                "name": "general derivation (chain, index form, recursive delta, vectorized form) evaluated on a small network "
                "of the same depth, activations and loss, against SymPy's gradient of the whole loss",
                "checked": n,
                "passed": ok,
                "failed": n - ok,
            }
        )
        problems += probs
    cert = Certificate(rows=rows, policy=tr.policy.describe())
    total, good = cert.checked, cert.passed
    cert.text = f"nnwalk checked {total} items in this walkthrough and {good} passed" + (
        ". Nothing failed." if total == good else f"; {total - good} FAILED."
    )
    return Result(cert, problems)


__all__ = ["Decimal", "Problem", "Result", "verify_trace"]
