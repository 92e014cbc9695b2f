"""``nnwalk new``: a commented starter spec that renders as written.

A teacher's first spec is usually a copy of someone else's with half the keys unexplained.
The starter lists every key with a one-line comment saying what it does and what it accepts
(the lists come from :mod:`generator.spec.load`, so they match this version), has sizes the user
chose, and numbers drawn from nnwalk's frozen generator (:mod:`generator.spec.rng`), so the same
arguments always give the same file. Before returning, the text is loaded by the real spec
loader: a starter that does not render would be a bug here, not the user's problem.

A drawn example can be degenerate — a dead ReLU, a saturated sigmoid, a neuron that gets no
gradient — and would teach a page of zeros. The caller passes a ``check`` that runs the network
(this wing may not import the engine; :func:`generator.api.new_spec` passes
:func:`generator.engine.network.degeneracy`) and names the first such neuron; that neuron's
numbers (its row of weights and its bias; an output's target too) are drawn again, with the next
attempt number of the frozen generator for that row, until the check finds nothing. Redrawing one
neuron at a time matters: with a dozen ReLUs per layer almost no draw of the whole network has
every neuron alive, but each neuron is alive in about half of its own draws. A neuron that gets no
gradient because of what follows it has the next layer redrawn; when a row has been redrawn
:data:`ROW_TRIES` times the whole network is drawn afresh. Every row starts at attempt 0, the
draw of earlier versions, so a starter that was fine stays the same.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from ..errors import SpecError
from .load import ACTIVATIONS, LOSSES, NOTATIONS, SECTIONS, Spec, parse_spec
from .rng import word

#: Marks a file written by ``nnwalk new`` (so it may be rewritten without --force).
MARK = "# nnwalk starter spec"
MAX_STARTER_NEURONS = 12  # a walkthrough a student can follow by hand; bigger nets: edit the file
#: Checks before giving up on a non-degenerate example, and redraws of one neuron before all are redrawn.
MAX_CHECKS = 1000
ROW_TRIES = 20
_RESTART = 1_000_000  # attempt numbers: restart * _RESTART + the row's own redraw count

#: What a ``check`` reports: (layer, neuron) counted from 1, the kind (dead, saturated, no_gradient), and why.
Fault = tuple[int, int, str, str]


def _draw(seed: int, path: str, lo: float, hi: float, step: float, nonzero: bool = False, attempt: int = 0) -> str:
    """A number on the grid lo, lo + step, ..., hi, written with two decimals."""
    n = round((hi - lo) / step) + 1
    counter = 0
    while True:
        k = word(seed, 0, attempt, path, counter) % n
        v = round(lo + k * step, 2)
        if not (nonzero and v == 0):
            return f"{v:.2f}"
        counter += 1


def _matrix(seed: int, path: str, rows: int, cols: int, attempt: Callable[[int], int], **grid: float) -> str:
    """A matrix of drawn numbers; ``attempt(r)`` is row r's draw."""
    return (
        "["
        + ", ".join(
            "[" + ", ".join(_draw(seed, f"{path}[{r}][{c}]", attempt=attempt(r), **grid) for c in range(cols)) + "]"
            for r in range(rows)
        )
        + "]"
    )


def _default_loss(out_act: str, n_out: int) -> str:
    if out_act == "softmax":
        return "cross_entropy"
    if out_act == "sigmoid" and n_out == 1:
        return "bce"
    return "half_sse"


def starter_spec(
    layers: list[int],
    activations: list[str] | None = None,
    loss: str | None = None,
    seed: int = 1,
    check: Callable[[Spec], Fault | None] | None = None,
) -> str:
    """The starter's YAML text; raises :class:`SpecError` (naming the option) for choices that cannot work.

    ``check`` (a spec -> what makes it degenerate, or None) makes the numbers be drawn again until it
    finds nothing; without it the first draw is returned as it is.
    """
    if len(layers) < 2:
        raise SpecError("--layers: give at least two sizes, inputs first (for example 2,2,2).")
    if any(n < 1 or n > MAX_STARTER_NEURONS for n in layers):
        raise SpecError(
            f"--layers: each size must be between 1 and {MAX_STARTER_NEURONS} for a starter a student can follow; "
            f"got {','.join(map(str, layers))} (edit the file afterwards for bigger networks)."
        )
    L = len(layers) - 1
    acts = activations or ["sigmoid"] * L
    if len(acts) == 1 and L > 1:
        acts = acts * (L - 1) + (["softmax"] if acts[0] == "softmax" else [acts[0]])
    if len(acts) != L:
        raise SpecError(f"--activations: expected 1 or {L} names (one per layer after the inputs), got {len(acts)}.")
    loss = loss or _default_loss(acts[-1], layers[-1])
    restart, redrawn = 0, {}  # redrawn: (layer, neuron) -> how often its row was drawn again
    fault: Fault | None = None
    for _ in range(MAX_CHECKS if check is not None else 1):
        text = _text(layers, acts, loss, seed, partial(_attempt, restart, dict(redrawn)))
        try:
            spec = parse_spec(text, "<nnwalk new>")
        except SpecError as exc:  # e.g. --loss bce with two outputs: say it in the options' terms
            raise SpecError(f"nnwalk new: these options do not make a valid spec: {exc.message}") from None
        fault = check(spec) if check is not None else None
        if fault is None:
            return text
        l, j, kind, _why = fault
        rows = [(l, j)]
        if kind == "no_gradient" and l < L:  # the δ comes from the next layer: draw its rows again too
            rows += [(l + 1, k) for k in range(1, layers[l + 1] + 1)]
        for row in rows:
            redrawn[row] = redrawn.get(row, 0) + 1
        if max(redrawn.values()) > ROW_TRIES:
            restart, redrawn = restart + 1, {}
    assert fault is not None
    raise SpecError(
        f"nnwalk new: no example for --layers {','.join(map(str, layers))} --activations {','.join(acts)} "
        f"was found in {MAX_CHECKS} draws without a degenerate neuron (the last: neuron {fault[1]} of layer "
        f"{fault[0]} is {fault[3]}); try fewer layers, other activations or another --seed."
    )


def _attempt(restart: int, redrawn: dict[tuple[int, int], int], l: int, j: int) -> int:
    """The draw of neuron j of layer l's numbers: the restart count, then the row's own redraw count."""
    return restart * _RESTART + redrawn.get((l, j), 0)


def _text(layers: list[int], acts: list[str], loss: str, seed: int, attempt: Callable[[int, int], int]) -> str:
    """The starter's text; ``attempt(l, j)`` is the draw of neuron j of layer l's numbers (both from 1;
    (0, 0): the inputs and one-hot target), 0 being the first draw."""
    L = len(layers) - 1
    out = acts[-1]
    lines = [
        f"{MARK} (nnwalk new --layers {','.join(map(str, layers))} --activations {','.join(acts)} --loss {loss} --seed {seed}).",
        "# Render it:  nnwalk render THIS_FILE -o output --format md,tex,json,pdf,html",
        "# Every key is explained; optional keys are commented out with their default.",
        "title: My backpropagation exercise",
        "# course: Neural networks 101        # optional, printed in the title block",
        "# author: A. Teacher                 # optional",
        '# date: "2026-11-23"                 # optional, printed as written',
        "network:",
        f"  layers: [{', '.join(map(str, layers))}]   # neuron counts, input layer first",
        f"  activations: [{', '.join(acts)}]   # one per layer after the inputs: {', '.join(ACTIVATIONS)} (softmax: output only)",
        f"  loss: {loss}   # {', '.join(LOSSES)} (cross_entropy needs a softmax output, bce sigmoid outputs)",
        "  # leaky_relu_slope: 0.01           # slope of leaky_relu for z < 0",
        "  # relu_prime_at_zero: 0            # ReLU's derivative at exactly z = 0 (0 or 1)",
        "parameters:",
        "  weights:   # weights[l-1] is W^(l), shape (n_l, n_(l-1)): row j holds the weights into neuron j of layer l",
    ]
    for l in range(L):
        lines.append(
            f"    - {_matrix(seed, f'weights[{l}]', layers[l + 1], layers[l], lambda r, l=l: attempt(l + 1, r + 1), lo=-0.9, hi=0.9, step=0.05, nonzero=True)}"
        )
    lines.append("  biases:    # optional: leave the key out and the network has no bias terms at all")
    for l in range(L):
        b = ", ".join(
            _draw(seed, f"biases[{l}][{j}]", lo=-0.5, hi=0.5, step=0.05, attempt=attempt(l + 1, j + 1))
            for j in range(layers[l + 1])
        )
        lines.append(f"    - [{b}]")
    lines += [
        "  # init: {scheme: he_normal, seed: 7}   # instead of weights/biases: drawn by a seeded initialiser",
        "data:",
        "  inputs:    # one row per example (several rows: a batch; the loss is their mean)",
        # an input of 0 would give every weight leaving it a zero gradient
        f"    - [{', '.join(_draw(seed, f'inputs[{i}]', lo=0.0, hi=1.0, step=0.05, nonzero=True, attempt=attempt(0, 0)) for i in range(layers[0]))}]",
        "  targets:   # one row per example, one value per output neuron",
    ]
    if out == "softmax":
        hot = word(seed, 0, attempt(0, 0), "targets", 0) % layers[-1]
        lines.append(f"    - [{', '.join('1' if k == hot else '0' for k in range(layers[-1]))}]   # one-hot: the true class")
    else:
        lo, hi = (0.0, 1.0) if out == "sigmoid" else (-1.0, 1.0) if out == "tanh" else (0.0, 1.0)
        lines.append(
            f"    - [{', '.join(_draw(seed, f'targets[{k}]', lo=lo, hi=hi, step=0.05, attempt=attempt(L, k + 1)) for k in range(layers[-1]))}]"
        )
    lines += [
        "  # inputs_file: inputs.csv          # instead of inputs: a CSV file beside this spec",
        "training:",
        "  learning_rate: 0.5",
        "  update_biases: true               # false: biases stay as they are",
        "  steps: 1                          # more than 1: a step table and a loss plot",
        "  # mode: batch                      # batch (one averaged update) or sgd (one update per example)",
        "  # optimizer: sgd                   # sgd, momentum, rmsprop, adagrad, adam, adamw, or {name: adam, beta1: 0.9}",
        "  # weight_decay: 0                  # PyTorch's weight_decay; decay_biases: false keeps biases out",
        "  # clip_norm: null                  # clip the whole gradient to this L2 norm before the step",
        *(
            [f"  # dropout: {{rates: [{', '.join(['0.5'] * (L - 1))}], seed: 7}}  # inverted dropout, one rate per hidden layer"]
            if L > 1
            else []
        ),
        "presentation:",
        f"  notation: layered                 # {', '.join(NOTATIONS)}",
        "  rounding: {style: decimals, digits: 5, carry: round, mode: half_up}",
        "  # rounding.carry: round carries each printed value forward (every line can be redone by hand)",
        f"  # sections: [{', '.join(SECTIONS)}]",
        "  # form: auto                       # auto, scalar (every weight), matrix (large networks)",
    ]
    return "\n".join(lines) + "\n"
