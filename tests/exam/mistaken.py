"""Three classic mistakes computed here, from the definitions, with the tests' own small backprop.

Not nnwalk's catalogue (``generator.engine.mistakes``): the exam tests compare what the LMS files
and the multiple-choice options say a mistake gives with what a student making that mistake
computes, written out independently. One example, dense layers, the losses the exam specs use.
"""

from __future__ import annotations

import numpy as np
from test_variants import _act

#: The catalogue id each mistake is published under (a contract), and a phrase of its explanation.
PHRASES = {
    "missing_activation_derivative": "derivative f′(z) was left out",
    "update_sign": "the gradient was added",
    "no_learning_rate": "learning rate was left out",
}


def mistaken(spec_map: dict, mistake: str) -> dict[str, float]:
    """delta, grad_w and new_w of every neuron and weight as a student making ``mistake`` computes them.

    ``missing_activation_derivative``: every δ without f′ (the output's δ is ∂E/∂o, a hidden δ is
    Σ w·δ); ``update_sign``: w + η·g; ``no_learning_rate``: w − g.
    """
    net = spec_map["network"]
    Ws = [np.array(w, dtype=float) for w in spec_map["parameters"]["weights"]]
    bs_raw = spec_map["parameters"].get("biases")
    bs = [np.array(b, dtype=float) for b in bs_raw] if bs_raw else [np.zeros(W.shape[0]) for W in Ws]
    x = np.array(spec_map["data"]["inputs"], dtype=float).reshape(-1)
    t = np.array(spec_map["data"]["targets"], dtype=float).reshape(-1)
    eta = spec_map["training"]["learning_rate"]
    loss = net.get("loss", "half_sse")
    a_s, fprimes = [x], []
    for W, b, act in zip(Ws, bs, net["activations"]):
        a, d = _act(act, W @ a_s[-1] + b)
        a_s.append(a)
        fprimes.append(np.ones_like(d) if mistake == "missing_activation_derivative" else d)
    o = a_s[-1]
    dl = {"half_sse": o - t, "sse": 2 * (o - t), "mse": 2 * (o - t) / len(t)}[loss]
    deltas = [np.empty(0)] * len(Ws)
    deltas[-1] = dl * fprimes[-1]
    for l in range(len(Ws) - 2, -1, -1):
        deltas[l] = (Ws[l + 1].T @ deltas[l + 1]) * fprimes[l]
    out: dict[str, float] = {}
    rate = {"update_sign": -eta, "no_learning_rate": 1.0}.get(mistake, eta)
    for l, W in enumerate(Ws):
        g = np.outer(deltas[l], a_s[l])
        for j in range(W.shape[0]):
            out[f"delta[{l + 1}][{j + 1}]"] = float(deltas[l][j])
            for i in range(W.shape[1]):
                out[f"grad_w[{l + 1}][{j + 1}][{i + 1}]"] = float(g[j, i])
                out[f"new_w[{l + 1}][{j + 1}][{i + 1}]"] = float(W[j, i] - rate * g[j, i])
    return out
