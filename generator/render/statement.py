"""What a question sheet must tell a student to compute with: activations, loss, update rule, rounding.

Why its own module: the paper sheets (Markdown, LaTeX) and every LMS item (Moodle, QTI, Canvas)
state the same task, so they read one description instead of each writing its own. The formulas
are the textbook definitions in generic symbols (z, a, t, θ); the numbers they act on are the
sheet's given values.
"""

from __future__ import annotations

from typing import Any

from ..engine.trace import Trace
from ..numfmt import given
from .optimview import optimizer_view

#: Each activation as a formula in z (the leaky ReLU's slope is filled in from the spec).
ACTIVATION_FORMULAS = {
    "sigmoid": r"\sigma(z) = \frac{1}{1 + e^{-z}}",
    "tanh": r"\tanh(z) = \frac{e^{z} - e^{-z}}{e^{z} + e^{-z}}",
    "relu": r"\operatorname{ReLU}(z) = \max(0, z)",
    "leaky_relu": r"\operatorname{LReLU}(z) = z \text{ for } z > 0, \ {slope}\,z \text{ otherwise}",
    "linear": r"a = z",
    "softmax": r"a_j = \frac{e^{z_j}}{\sum_k e^{z_k}}",
}

#: Each loss of one example as a formula in the outputs a_k and targets t_k (n outputs).
LOSS_FORMULAS = {
    "half_sse": r"L = \frac{1}{2} \sum_{k} \left(t_k - a_k\right)^2",
    "sse": r"L = \sum_{k} \left(t_k - a_k\right)^2",
    "mse": r"L = \frac{1}{n} \sum_{k=1}^{n} \left(t_k - a_k\right)^2",
    "cross_entropy": r"L = -\sum_{k} t_k \ln a_k",
    "bce": r"L = -\sum_{k} \left(t_k \ln a_k + (1 - t_k) \ln(1 - a_k)\right)",
}


def _layer_name(l: int, depth: int) -> str:
    return "output layer" if l == depth else ("hidden layer" if depth == 2 else f"hidden layer {l}")


def task_statement(tr: Trace) -> dict[str, Any]:
    """The task in words and formulas: per layer its activation, the loss, the training rule (the sheet states the rounding)."""
    spec = tr.spec
    acts = []
    for l, act in enumerate(spec.activations, start=1):
        formula = ACTIVATION_FORMULAS[act]
        if act == "leaky_relu":
            formula = formula.replace("{slope}", given(spec.leaky_slope, spec.leaky_slope_text).latex)
        acts.append({"layer": _layer_name(l, spec.depth), "name": act.replace("_", " "), "latex": formula})
    loss_words = "of one example"
    if spec.m > 1:
        loss_words = (
            "of one example; each update uses one example (in order)"
            if spec.mode == "sgd" and tr.lr is not None
            else f"of one example; the loss of the batch is the mean over its {spec.m} examples"
        )
    loss = tr.notation.loss  # the preset's own symbol (L, E_total, C_0), as the key and the update formulas write it
    update: dict[str, Any] | None = None
    if tr.lr is not None:
        opt = optimizer_view(tr)
        which = "every weight and bias" if spec.has_biases and spec.update_biases else "every weight"
        if spec.has_biases and not spec.update_biases:
            which += " (the biases stay as they are)"
        steps = f"{spec.steps} training step{'s' if spec.steps > 1 else ''}"
        if opt is None:
            update = {
                "words": f"Gradient descent on {which}, {steps}",
                "given": f"{tr.notation.lr} = {tr.lr.latex}",
                "rule_tex": None,
                "latex": [rf"\theta^{{\text{{new}}}} = \theta - {tr.notation.lr} \, \frac{{\partial {loss}}}{{\partial \theta}}"],
                "rule": None,
            }
        else:
            values = ", ".join(f"{r['symbol']} = {r['value'].latex}" for r in opt["hyper"])
            update = {
                "words": f"{opt['name']} on {which}, {steps} (PyTorch's torch.optim rule; every state starts at 0)",
                "given": values,
                "latex": [f["latex"] for f in opt["formulas"]],
                "rule": opt["words"],
                "rule_tex": opt["words_tex"],
            }
    dropout = None
    if spec.dropout is not None and tr.lr is not None:
        dropout = (
            r"Dropout in every training pass: a hidden activation is replaced by $\tilde{a} = a \cdot \frac{m}{1 - p}$ "
            "with this sheet's mask m (1 keeps the neuron, 0 drops it) and rate p."
        )
    return {
        "activations": acts,
        "loss": loss + LOSS_FORMULAS[spec.loss][1:],
        "loss_words": loss_words,
        "training": update,
        "dropout": dropout,
    }


__all__ = ["ACTIVATION_FORMULAS", "LOSS_FORMULAS", "task_statement"]
