"""``nnwalk new``: a commented starter spec that renders as written.

A teacher's first spec is usually a copy of someone else's with half the keys unexplained.
The starter lists every key with a one-line comment saying what it does and what it accepts
(the lists come from :mod:`generator.spec.load`, so they match this version), has sizes the user
chose, and numbers drawn from nnwalk's frozen generator (:mod:`generator.spec.rng`), so the same
arguments always give the same file. Before returning, the text is loaded by the real spec
loader: a starter that does not render would be a bug here, not the user's problem.
"""

from __future__ import annotations

from ..errors import SpecError
from .load import ACTIVATIONS, LOSSES, NOTATIONS, SECTIONS, parse_spec
from .rng import word

#: Marks a file written by ``nnwalk new`` (so it may be rewritten without --force).
MARK = "# nnwalk starter spec"
MAX_STARTER_NEURONS = 12  # a walkthrough a student can follow by hand; bigger nets: edit the file


def _draw(seed: int, path: str, lo: float, hi: float, step: float, nonzero: bool = False) -> str:
    """A number on the grid lo, lo + step, ..., hi, written with two decimals."""
    n = round((hi - lo) / step) + 1
    counter = 0
    while True:
        k = word(seed, 0, 0, path, counter) % n
        v = round(lo + k * step, 2)
        if not (nonzero and v == 0):
            return f"{v:.2f}"
        counter += 1


def _matrix(seed: int, path: str, rows: int, cols: int, **grid: float) -> str:
    return (
        "["
        + ", ".join("[" + ", ".join(_draw(seed, f"{path}[{r}][{c}]", **grid) for c in range(cols)) + "]" for r in range(rows))
        + "]"
    )


def _default_loss(out_act: str, n_out: int) -> str:
    if out_act == "softmax":
        return "cross_entropy"
    if out_act == "sigmoid" and n_out == 1:
        return "bce"
    return "half_sse"


def starter_spec(layers: list[int], activations: list[str] | None = None, loss: str | None = None, seed: int = 1) -> str:
    """The starter's YAML text; raises :class:`SpecError` (naming the option) for choices that cannot work."""
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
            f"    - {_matrix(seed, f'weights[{l}]', layers[l + 1], layers[l], lo=-0.9, hi=0.9, step=0.05, nonzero=True)}"
        )
    lines.append("  biases:    # optional: leave the key out and the network has no bias terms at all")
    for l in range(L):
        b = ", ".join(_draw(seed, f"biases[{l}][{j}]", lo=-0.5, hi=0.5, step=0.05) for j in range(layers[l + 1]))
        lines.append(f"    - [{b}]")
    lines += [
        "  # init: {scheme: he_normal, seed: 7}   # instead of weights/biases: drawn by a seeded initialiser",
        "data:",
        "  inputs:    # one row per example (several rows: a batch; the loss is their mean)",
        f"    - [{', '.join(_draw(seed, f'inputs[{i}]', lo=0.0, hi=1.0, step=0.05) for i in range(layers[0]))}]",
        "  targets:   # one row per example, one value per output neuron",
    ]
    if out == "softmax":
        hot = word(seed, 0, 0, "targets", 0) % layers[-1]
        lines.append(f"    - [{', '.join('1' if k == hot else '0' for k in range(layers[-1]))}]   # one-hot: the true class")
    else:
        lo, hi = (0.0, 1.0) if out == "sigmoid" else (-1.0, 1.0) if out == "tanh" else (0.0, 1.0)
        lines.append(f"    - [{', '.join(_draw(seed, f'targets[{k}]', lo=lo, hi=hi, step=0.05) for k in range(layers[-1]))}]")
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
    text = "\n".join(lines) + "\n"
    try:
        parse_spec(text, "<nnwalk new>")
    except SpecError as exc:  # e.g. --loss bce with two outputs: say it in the options' terms
        raise SpecError(f"nnwalk new: these options do not make a valid spec: {exc.message}") from None
    return text
