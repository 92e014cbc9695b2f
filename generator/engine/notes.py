"""Numerical notes: what the document says when a value saturates.

A sigmoid or tanh neuron with a large net input still computes exactly (the trace works in
Decimal, and the float64 oracle uses the stable forms), but the printed numbers then hide
something a reader must be told: the activation prints as 1 (or 0, or -1) and its derivative
prints as 0, so almost no gradient flows back through that neuron. The walkthrough says so
beside the forward pass instead of letting "0.00000" pass without comment.
"""

from __future__ import annotations

from decimal import Decimal

from ..numfmt import Num
from .trace import Trace

_FLAT = {"sigmoid": r"\sigma", "tanh": r"\tanh"}
#: A neuron whose f'(z) is below this passes on less than a millionth of the gradient it receives:
#: the walkthrough says so (sigma: |z| > 13.8; tanh: |z| > 7.6).
SATURATED_BELOW = Decimal("1e-6")


def _sci(x: Decimal) -> str:
    """A tiny true value in scientific notation (the rounding policy would print it as 0)."""
    if x == 0:
        return "0"
    mant, exp = f"{x:.2e}".split("e")
    return rf"{mant} \times 10^{{{int(exp)}}}"


def numerics_notes(tr: Trace) -> list[str]:
    """One sentence (Markdown and LaTeX alike: text with $...$ math) per saturated neuron of the first step."""
    if not tr.steps:
        return []
    notes: list[str] = []
    st = tr.steps[0]
    for ex in st.examples:
        nt = ex.notation
        for l, layer in enumerate(ex.forward, start=1):
            act = tr.spec.activations[l - 1]
            if act not in _FLAT:
                continue
            back = ex.backward[l - 1] if ex.backward else st.backward[l - 1] if not st.batch else None
            for j, nf in enumerate(layer):
                a: Num = nf.a.result
                fp = back[j].fprime.result if back and back[j].fprime is not None else None
                z = nf.z.result.exact
                true_fp = _true_prime(act, z)
                if fp is None or true_fp >= SATURATED_BELOW:
                    continue  # no f' factor (delta = a - t at a fused output): saturation costs no gradient there
                f = _FLAT[act]
                zt = nf.z.result.latex
                notes.append(
                    rf"Neuron ${nt.a(l, j)}$ is saturated: its net input ${nt.z(l, j)} = {zt}$ puts ${f}$ on its flat part, "
                    rf"so ${nt.a(l, j)}$ prints as ${a.latex}$ and ${f}'({nt.z(l, j)})$ prints as ${fp.latex}$"
                    + (rf" (its true value is ${_sci(true_fp)}$)" if fp.value == 0 else "")
                    + r". Almost no gradient flows back through this neuron "
                    "(a vanishing gradient), so its incoming weights barely change. nnwalk evaluates the activation "
                    "in a form that cannot overflow, so no value is lost; smaller weights or inputs avoid the saturation."
                )
    return list(dict.fromkeys(notes))


def _true_prime(act: str, z: Decimal) -> Decimal:
    """sigma'(z) or tanh'(z) at the exact net input, computed without overflow."""
    e = (-abs(z)).exp()  # in (0, 1]: never overflows
    if act == "sigmoid":
        return e / ((Decimal(1) + e) * (Decimal(1) + e))  # sigma(z)(1 - sigma(z)) = e^{-|z|} / (1 + e^{-|z|})^2
    e2 = e * e
    return 4 * e2 / ((Decimal(1) + e2) * (Decimal(1) + e2))  # 1 - tanh^2 = 4 e^{-2|z|} / (1 + e^{-2|z|})^2
