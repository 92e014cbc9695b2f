"""Notation presets: the name of every quantity in every notation (GUIDE section 3).

A preset is a table of small naming functions, so the trace never spells a name
itself and any spec can be shown in any preset. Indices given to these functions
are 0-based; each preset decides how it counts (``layered`` and ``numbered`` count
from 1). Layers are numbered 1..L for weight layers, 0 for the input.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Notation:
    """Names for one network shape under one preset."""

    preset: str
    layers: tuple[int, ...]
    #: 0-based example whose quantities these names belong to; None when there is one example.
    example: int | None = None

    def for_example(self, e: int) -> Notation:
        """Names for example ``e`` of a batch: z^{(1)[2]}_{1}, x^{[2]}_{1}, L^{[2]} (weights stay shared)."""
        from dataclasses import replace

        return replace(self, example=e)

    def _ex(self, name: str) -> str:
        """Insert the example tag [e] into the name's superscript (or give it one)."""
        if self.example is None:
            return name
        tag = f"[{self.example + 1}]"
        depth = 0
        for k, ch in enumerate(name):
            if ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
            elif depth == 0 and ch == "^" and name[k + 1 : k + 2] == "{":
                d, m = 0, k + 1
                while True:
                    d += {"{": 1, "}": -1}.get(name[m], 0)
                    if d == 0:
                        return name[:m] + tag + name[m:]
                    m += 1
            elif depth == 0 and ch == "_":
                return f"{name[:k]}^{{{tag}}}{name[k:]}"
        return f"{name}^{{{tag}}}"

    # ------------------------------------------------------------ helpers
    @property
    def L(self) -> int:
        return len(self.layers) - 1

    def _hidden_tag(self, l: int, j: int) -> str:
        """numbered preset: 'h1' for one hidden layer, 'h2,1' when there are several."""
        if self.L == 2:
            return f"h{j + 1}"
        return f"h{l},{j + 1}"

    def _tag(self, l: int, j: int) -> str:
        if l == 0:
            return f"i{j + 1}"
        if l == self.L:
            return f"o{j + 1}"
        return self._hidden_tag(l, j)

    # ------------------------------------------------------------ scalars
    def x(self, i: int) -> str:
        return self._ex(f"x_{{{i + 1}}}" if self.preset == "layered" else f"i_{{{i + 1}}}")

    def a(self, l: int, j: int) -> str:
        """Activation of neuron j in layer l (l = 0 is the input)."""
        if l == 0:
            return self.x(j)
        if self.preset == "layered":
            if l == self.L:
                return self._ex(f"y_{{{j + 1}}}")
            if self.L == 2:
                return self._ex(f"h_{{{j + 1}}}")
            return self._ex(f"a^{{({l})}}_{{{j + 1}}}")
        tag = self._tag(l, j)
        return self._ex(f"{tag[0]}_{{{tag[1:]}}}")

    def z(self, l: int, j: int) -> str:
        if self.preset == "layered":
            return self._ex(f"z^{{({l})}}_{{{j + 1}}}")
        return self._ex(rf"\text{{net}}_{{{self._tag(l, j)}}}")

    def w_index(self, l: int, j: int, i: int) -> int:
        """numbered preset: weights counted through the net, row by row (w_1 = W^(1)_11)."""
        off = sum(self.layers[k] * self.layers[k + 1] for k in range(l - 1))
        return off + j * self.layers[l - 1] + i + 1

    def b_index(self, l: int, j: int) -> int:
        return sum(self.layers[k] for k in range(1, l)) + j + 1

    def w(self, l: int, j: int, i: int) -> str:
        if self.preset == "layered":
            sep = "," if max(self.layers) >= 10 else ""  # W_{1,11}, not the ambiguous W_{111}
            return f"W^{{({l})}}_{{{j + 1}{sep}{i + 1}}}"
        return f"w_{{{self.w_index(l, j, i)}}}"

    def b(self, l: int, j: int) -> str:
        if self.preset == "layered":
            return f"b^{{({l})}}_{{{j + 1}}}"
        return f"b_{{{self.b_index(l, j)}}}"

    def t(self, k: int) -> str:
        return self._ex(f"t_{{{k + 1}}}")

    @property
    def loss(self) -> str:
        return self._ex("L" if self.preset == "layered" else r"E_{\text{total}}")

    def loss_part(self, k: int) -> str:
        return self._ex(rf"\ell_{{{k + 1}}}" if self.preset == "layered" else f"E_{{{k + 1}}}")

    def delta(self, l: int, j: int) -> str:
        if self.preset == "layered":
            return self._ex(rf"\delta^{{({l})}}_{{{j + 1}}}")
        return self._ex(rf"\delta_{{{self._tag(l, j)}}}")

    @property
    def lr(self) -> str:
        return r"\eta"

    def partial(self, num: str, den: str) -> str:
        return rf"\frac{{\partial {num}}}{{\partial {den}}}"

    def grad(self, param: str) -> str:
        return self.partial(self.loss, param)

    def new(self, param: str) -> str:
        return rf"{param}^{{\text{{new}}}}" if "^" not in param else rf"{{{param}}}^{{\text{{new}}}}"

    # ------------------------------------------------------------ labels
    def neuron(self, l: int, j: int) -> str:
        """Plain label of a neuron for diagrams and tables (I1, H1, O1 / x1, h1, y1)."""
        if self.preset == "layered":
            if l == 0:
                return f"x{j + 1}"
            if l == self.L:
                return f"y{j + 1}"
            return f"h{j + 1}" if self.L == 2 else f"a{l}_{j + 1}"
        return self._tag(l, j).upper().replace(",", "_")

    def layer_name(self, l: int) -> str:
        if l == 0:
            return "input"
        if l == self.L:
            return "output"
        return "hidden" if self.L == 2 else f"hidden {l}"

    # ------------------------------------------------------------ vectors and matrices
    def W(self, l: int) -> str:
        return f"W^{{({l})}}"

    def bvec(self, l: int) -> str:
        return rf"\mathbf{{b}}^{{({l})}}"

    def zvec(self, l: int) -> str:
        return rf"\mathbf{{z}}^{{({l})}}"

    def avec(self, l: int) -> str:
        if l == 0:
            return r"\mathbf{x}"
        return rf"\mathbf{{a}}^{{({l})}}"

    def dvec(self, l: int) -> str:
        return rf"\boldsymbol{{\delta}}^{{({l})}}"


def make_notation(preset: str, layers: tuple[int, ...]) -> Notation:
    """The notation for a preset name already validated by the spec."""
    return Notation(preset, tuple(layers))
