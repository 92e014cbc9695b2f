"""What the templates read about the optimizer: its name, rule in words, hyper-parameters and formulas.

Why apart from :mod:`.document`: the optimizer's words are many and belong together; the
numbers come from the trace (:mod:`generator.engine.optimtrace`), never from here.
"""

from __future__ import annotations

import re
from typing import Any

from ..engine import optimtrace
from ..engine.trace import Trace
from ..numfmt import given

_RULES = {
    "sgd": "Gradient descent (PyTorch's `torch.optim.SGD` without momentum).",
    "momentum": (
        "Gradient descent with momentum, as PyTorch's `torch.optim.SGD` writes it (dampening 0). Each parameter keeps a "
        "velocity $v$, which starts at 0."
    ),
    "rmsprop": (
        "RMSprop, as PyTorch's `torch.optim.RMSprop` writes it (not centred, no momentum; PyTorch's `alpha` is written "
        "$\\rho$ here). Each parameter keeps a running average $v$ of its squared gradient, which starts at 0."
    ),
    "adagrad": (
        "Adagrad, as PyTorch's `torch.optim.Adagrad` writes it (no learning-rate decay). Each parameter keeps the sum $s$ "
        "of its squared gradients, which starts at 0."
    ),
    "adam": (
        "Adam (Kingma and Ba 2015, Algorithm 1), as PyTorch's `torch.optim.Adam` writes it. Each parameter keeps a first "
        "moment $m$ and a second moment $v$, both starting at 0; $t$ counts the updates, and the bias-corrected "
        "$\\hat{m}$ and $\\hat{v}$ make up for the zero start."
    ),
    "adamw": (
        "AdamW, as PyTorch's `torch.optim.AdamW` writes it: Adam whose weight decay shrinks the parameter itself "
        "instead of adding to the gradient. Each parameter keeps $m$ and $v$, both starting at 0; $t$ counts the updates."
    ),
}
_MEANINGS = {
    "momentum": "momentum",
    "alpha": "smoothing constant (PyTorch's alpha)",
    "beta1": "decay of the first moment",
    "beta2": "decay of the second moment",
    "eps": "added to the root, so the division is safe",
}


def optimizer_view(tr: Trace) -> dict[str, Any] | None:
    """The optimizer part of the view model; None for plain gradient descent (the first wave's document)."""
    spec, nt = tr.spec, tr.notation
    opt = spec.optimizer
    if tr.lr is None or opt.plain:
        return None
    title = {
        "sgd": "Gradient descent",
        "momentum": "Momentum",
        "rmsprop": "RMSprop",
        "adagrad": "Adagrad",
        "adam": "Adam",
        "adamw": "AdamW",
    }
    name = title[opt.name] + (" (Nesterov)" if opt.nesterov else "")
    rule = _RULES[opt.name]
    if opt.nesterov:
        rule += " With Nesterov momentum the step uses $g + \\mu v$ in place of $v$."
    words = [rule]
    rows: list[dict[str, Any]] = [{"symbol": nt.lr, "value": tr.lr, "meaning": "learning rate"}]
    for key, value, text in opt.hyper:
        rows.append(
            {"symbol": optimtrace.HYPER_SYMBOLS[key], "value": optimtrace.small_given(value, text), "meaning": _MEANINGS[key]}
        )
    if opt.weight_decay:
        which = "every weight and bias" if opt.decay_biases and spec.has_biases and spec.update_biases else "every weight"
        how = (
            f"the parameter shrinks by ${nt.lr} \\lambda \\theta$ before the Adam step (decoupled)"
            if opt.decoupled
            else "$\\lambda \\theta$ is added to the gradient (coupled, PyTorch's `weight_decay`)"
        )
        words.append(
            f"Weight decay $\\lambda = {given(opt.weight_decay, opt.weight_decay_text).latex}$ applies to {which}: {how}."
        )
        rows.append(
            {"symbol": optimtrace.DECAY, "value": given(opt.weight_decay, opt.weight_decay_text), "meaning": "weight decay"}
        )
    if opt.clip_norm is not None:
        words.append(
            "Before each step the whole gradient (of every parameter the step updates) is scaled by "
            f"${optimtrace.FACTOR}$ so that its length is at most ${optimtrace.CLIP}$, as `torch.nn.utils.clip_grad_norm_` does."
        )
        rows.append(
            {"symbol": optimtrace.CLIP, "value": given(opt.clip_norm, opt.clip_norm_text), "meaning": "largest gradient norm"}
        )
    words.append("Here $\\theta$ stands for any weight or bias, and a superscript $(t)$ is the value after update $t$.")
    md = " ".join(words)
    return {
        "name": name,
        "words": md,
        "words_tex": re.sub(r"`([^`]+)`", lambda m: r"\texttt{" + m.group(1).replace("_", r"\_") + "}", md),
        "hyper": rows,
        "formulas": optimtrace.formulas(opt, nt),
    }


__all__ = ["optimizer_view"]
