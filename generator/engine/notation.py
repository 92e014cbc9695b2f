"""Notation presets: the name of every quantity in every notation (GUIDE section 3).

A preset is a table of small naming functions, so the trace never spells a name
itself and any spec can be shown in any preset. Indices given to these functions
are 0-based; each preset decides how it counts (``layered``, ``numbered`` and ``dz``
count from 1, ``index`` from 0, ``neuron`` numbers neurons through the whole net).
Layers are numbered 1..L for weight layers, 0 for the input. The ``neuron`` preset
(seed 001) prints Err_j = -dL/dnet_j and Delta w = eta Err_j O_i: :attr:`Notation.sign`
tells the trace to print those negatives, and :meth:`Notation.kind` tags their keys.
"""

from __future__ import annotations

from dataclasses import dataclass

#: How the documents name each activation and loss, and the symbol an activation is written with.
ACT_TITLES = {
    "sigmoid": "Sigmoid",
    "tanh": "Hyperbolic tangent",
    "relu": "ReLU",
    "leaky_relu": "Leaky ReLU",
    "linear": "Linear (identity)",
    "softmax": "Softmax",
}
ACT_SYMBOLS = {
    "sigmoid": r"\sigma",
    "tanh": r"\tanh",
    "relu": r"\operatorname{ReLU}",
    "leaky_relu": r"\operatorname{LReLU}",
    "linear": "",
    "softmax": r"\operatorname{softmax}",
}
LOSS_TITLES = {
    "half_sse": "half sum of squared errors",
    "sse": "sum of squared errors",
    "mse": "mean squared error",
    "cross_entropy": "cross-entropy",
    "bce": "binary cross-entropy",
}

#: Backward-pass quantities whose sign the ``neuron`` preset flips (it writes Err_j = -dL/dnet_j).
SIGNED_KINDS = frozenset({"dlda", "path", "delta", "gw", "gb", "gw_ex", "gb_ex", "change"})


@dataclass(frozen=True)
class Notation:
    """Names for one network shape under one preset."""

    preset: str
    layers: tuple[int, ...]
    #: 0-based example whose quantities these names belong to; None when there is one example.
    example: int | None = None
    #: number of examples in the spec (the ``index`` preset calls one example's loss C_0, a batch's mean C)
    m: int = 1

    def for_example(self, e: int) -> Notation:
        """Names for example ``e`` of a batch: z^{(1)[2]}_{1}, x^{[2]}_{1}, L^{[2]} (weights stay shared)."""
        from dataclasses import replace

        return replace(self, example=e)

    def _ex(self, name: str) -> str:
        """Insert the example tag into the name's superscript (or give it one).

        Most presets write the example in brackets, [e]; ``dz`` writes the layer in brackets
        (Ng's Z^{[l]}), so its example goes in parentheses after the layer, Z^{[l](e)}.
        """
        if self.example is None:
            return name
        tag = f"({self.example + 1})" if self.preset == "dz" else f"[{self.example + 1}]"
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

    @property
    def sign(self) -> int:
        """+1, or -1 for ``neuron``: its error terms and weight changes are the negatives of dL/dz and dL/dw."""
        return -1 if self.preset == "neuron" else 1

    def kind(self, kind: str) -> str:
        """A trace key's kind under this preset: ``neg_``-prefixed where the printed quantity is the negative."""
        return f"neg_{kind}" if self.sign < 0 and kind in SIGNED_KINDS else kind

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

    def g(self, l: int, j: int) -> int:
        """``neuron`` preset: the neuron's number counted through the whole net from the first input (1-based)."""
        return sum(self.layers[:l]) + j + 1

    def _pair(self, a: int, b: int) -> str:
        """Two indices as one subscript: 12, or 1,12 when a number has two digits (W_{1,11}, not W_{111})."""
        return f"{a},{b}" if max(a, b) >= 10 else f"{a}{b}"

    # ------------------------------------------------------------ scalars
    def x(self, i: int) -> str:
        if self.preset == "index":
            return self._ex(f"a^{{(0)}}_{{{i}}}")
        if self.preset == "dz":
            return self._ex(f"X_{{{i + 1}}}")
        if self.preset == "neuron":
            return self._ex(f"x_{{{self.g(0, i)}}}")
        return self._ex(f"x_{{{i + 1}}}" if self.preset == "layered" else f"i_{{{i + 1}}}")

    def a(self, l: int, j: int) -> str:
        """Activation of neuron j in layer l (l = 0 is the input)."""
        if l == 0:
            return self.x(j)
        if self.preset == "index":
            return self._ex(f"a^{{({l})}}_{{{j}}}")
        if self.preset == "dz":
            return self._ex(f"A^{{[{l}]}}_{{{j + 1}}}")
        if self.preset == "neuron":
            return self._ex(f"O_{{{self.g(l, j)}}}")
        if self.preset == "layered":
            if l == self.L:
                return self._ex(f"y_{{{j + 1}}}")
            if self.L == 2:
                return self._ex(f"h_{{{j + 1}}}")
            return self._ex(f"a^{{({l})}}_{{{j + 1}}}")
        tag = self._tag(l, j)
        return self._ex(f"{tag[0]}_{{{tag[1:]}}}")

    def dropped(self, l: int, j: int) -> str:
        """A hidden activation after inverted dropout, a~ = a m / (1 - p): the activation's name with a tilde on its letter."""
        s = self.a(l, j)
        return rf"\tilde{{{s[0]}}}{s[1:]}"

    def mask(self, l: int, j: int) -> str:
        """The 0/1 dropout mask entry of a hidden neuron: m with the activation's indices."""
        return "m" + self.a(l, j)[1:]

    def rate(self, l: int) -> str:
        """The dropout rate of hidden layer l: p, or p^(l) when there are several hidden layers."""
        return "p" if self.L == 2 else f"p^{{{self._lay(l)}}}"

    def z(self, l: int, j: int) -> str:
        if self.preset in ("layered", "index"):
            return self._ex(f"z^{{({l})}}_{{{j + (self.preset == 'layered')}}}")
        if self.preset == "dz":
            return self._ex(f"Z^{{[{l}]}}_{{{j + 1}}}")
        if self.preset == "neuron":
            return self._ex(rf"\text{{net}}_{{{self.g(l, j)}}}")
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
        if self.preset == "index":
            sep = "," if max(self.layers) > 10 else ""
            return f"w^{{({l})}}_{{{j}{sep}{i}}}"
        if self.preset == "dz":
            sep = "," if max(self.layers) >= 10 else ""
            return f"W^{{[{l}]}}_{{{j + 1}{sep}{i + 1}}}"
        if self.preset == "neuron":  # w_{ij}: from neuron i to neuron j, both counted through the net
            return f"w_{{{self._pair(self.g(l - 1, i), self.g(l, j))}}}"
        return f"w_{{{self.w_index(l, j, i)}}}"

    def b(self, l: int, j: int) -> str:
        if self.preset == "layered":
            return f"b^{{({l})}}_{{{j + 1}}}"
        if self.preset == "index":
            return f"b^{{({l})}}_{{{j}}}"
        if self.preset == "dz":
            return f"b^{{[{l}]}}_{{{j + 1}}}"
        if self.preset == "neuron":
            return rf"\theta_{{{self.g(l, j)}}}"
        return f"b_{{{self.b_index(l, j)}}}"

    def t(self, k: int) -> str:
        if self.preset == "index":
            return self._ex(f"y_{{{k}}}")
        if self.preset == "dz":
            return self._ex(f"Y_{{{k + 1}}}")
        if self.preset == "neuron":
            return self._ex(f"T_{{{self.g(self.L, k)}}}")
        return self._ex(f"t_{{{k + 1}}}")

    @property
    def loss(self) -> str:
        if self.preset == "index":  # seed 003: C_0 the cost of one example, C the mean over a batch
            if self.example is not None:  # one example of a batch: C^{[e]} (seed 003's C_k would read as C_0 = the cost)
                return self._ex("C")
            return "C_0" if self.m == 1 else "C"
        if self.preset in ("neuron",):
            return self._ex("E")
        return self._ex("L" if self.preset in ("layered", "dz") else r"E_{\text{total}}")

    def loss_part(self, k: int) -> str:
        if self.preset == "index":
            return self._ex(rf"\ell_{{{k}}}")
        if self.preset == "neuron":
            return self._ex(f"E_{{{self.g(self.L, k)}}}")
        return self._ex(rf"\ell_{{{k + 1}}}" if self.preset in ("layered", "dz") else f"E_{{{k + 1}}}")

    def delta(self, l: int, j: int) -> str:
        """The error signal of a neuron: dL/dz (delta, dZ), or the ``neuron`` preset's Err_j = -dE/dnet_j."""
        if self.preset == "layered":
            return self._ex(rf"\delta^{{({l})}}_{{{j + 1}}}")
        if self.preset == "index":
            return self._ex(rf"\delta^{{({l})}}_{{{j}}}")
        if self.preset == "dz":
            return self._ex(f"dZ^{{[{l}]}}_{{{j + 1}}}")
        if self.preset == "neuron":
            return self._ex(rf"\text{{Err}}_{{{self.g(l, j)}}}")
        return self._ex(rf"\delta_{{{self._tag(l, j)}}}")

    @property
    def lr(self) -> str:
        return r"\alpha" if self.preset == "dz" else r"\eta"

    def partial(self, num: str, den: str) -> str:
        return rf"\frac{{\partial {num}}}{{\partial {den}}}"

    def grad(self, param: str) -> str:
        """dL/d(param), as this preset writes it (``dz``: dW^{[l]}_{ji}, db^{[l]}_j)."""
        if self.preset == "dz" and param[:1] in ("W", "b"):
            return self._ex("d" + param)
        return self.partial(self.loss, param)

    def gname(self, param: str) -> str:
        """Name of the printed gradient quantity: dL/dparam, or -dE/dparam in the ``neuron`` preset."""
        return f"-{self.grad(param)}" if self.sign < 0 else self.grad(param)

    def dloss_da(self, l: int, j: int) -> str:
        """Name of the printed dL/da (its negative in the ``neuron`` preset)."""
        d = self.partial(self.loss, self.a(l, j))
        return f"-{d}" if self.sign < 0 else d

    def dz(self, l: int, j: int) -> str:
        """dL/dz inside formulas: the partial itself, or the preset's own name for (its sign of) it."""
        if self.preset in ("dz", "neuron"):
            return self.delta(l, j)
        return self.partial(self.loss, self.z(l, j))

    def change(self, param: str) -> str:
        """Name of the printed change of a parameter: eta dL/dw, or the ``neuron`` preset's Delta w = eta Err O."""
        if self.sign < 0:
            return rf"\Delta {param}"
        return rf"{self.lr} {self.grad(param)}"

    def update_formula(self, param: str) -> str:
        if self.sign < 0:
            return rf"{param} + \Delta {param}"
        return rf"{param} - {self.lr} {self.grad(param)}"

    def new(self, param: str) -> str:
        return rf"{param}^{{\text{{new}}}}" if "^" not in param else rf"{{{param}}}^{{\text{{new}}}}"

    # ------------------------------------------------------------ the formulas section's letters
    @property
    def out_k(self) -> str:
        """An output neuron's prediction with a letter index, as the body names it (y_k, o_k, a^(L)_k, A^[L]_k, O_k)."""
        if self.preset == "layered":
            return "y_k" if self.L == 2 else f"a^{{({self.L})}}_k"
        if self.preset == "index":
            return f"a^{{({self.L})}}_k"
        if self.preset == "dz":
            return f"A^{{[{self.L}]}}_k"
        return "O_k" if self.preset == "neuron" else "o_k"

    @property
    def z_letter(self) -> str:
        """The letter of a net input without indices (z, net, Z)."""
        return {"numbered": r"\text{net}", "neuron": r"\text{net}", "dz": "Z"}.get(self.preset, "z")

    @property
    def target_k(self) -> str:
        return {"index": "y_k", "dz": "Y_k", "neuron": "T_k"}.get(self.preset, "t_k")

    @property
    def term_k(self) -> str:
        """One output's loss term with a letter index (the body's ℓ_1, E_1 …)."""
        return {"layered": r"\ell_k", "dz": r"\ell_k", "index": r"\ell_k"}.get(self.preset, "E_k")

    def glossary(self, biases: bool) -> list[tuple[str, str]]:
        """Every symbol the document uses, once: (LaTeX symbol, what it is), in the preset's own letters.

        Meanings hold no ``=``: a relation in the box would be one more (symbolic) line for the checker.
        """
        L = self.L
        layer_i = "neuron $i$ of layer $l-1$"
        if self.preset == "numbered":
            hidden = "$h_1, h_2, \\dots$" if L == 2 else "$h_{l,1}, h_{l,2}, \\dots$ in hidden layer $l$"
            rows = [
                ("i_1, i_2, \\dots", "the inputs"),
                ("t_1, t_2, \\dots", "the targets"),
                (
                    "w_1, w_2, \\dots",
                    "the weights, counted through the network row by row (in the formulas $w_{ji}$ joins $\\text{out}_i$ to neuron $j$)",
                ),
            ]
            if biases:
                rows.append(("b_1, b_2, \\dots", "the biases, one per neuron, counted the same way"))
            rows += [
                (
                    "\\text{net}_j",
                    "the net input of neuron $j$ (in the walkthrough $\\text{net}_{h1}$, $\\text{net}_{o1}$, $\\dots$)",
                ),
                (
                    "\\text{out}_j",
                    f"the output of neuron $j$: an input $i_j$, a hidden neuron {hidden}, an output neuron $o_1, o_2, \\dots$",
                ),
                ("E_k", "the loss term of output $k$"),
                ("E_{\\text{total}}", "the loss"),
                (
                    "\\delta_j",
                    "the error signal of neuron $j$, the derivative of $E_{\\text{total}}$ with respect to $\\text{net}_j$",
                ),
            ]
        elif self.preset == "layered":
            acts = (
                "$x_i$ the inputs, $h_j$ the hidden layer, $y_k$ the outputs" if L == 2 else "$x_i$ the inputs, $y_k$ the outputs"
            )
            rows = [
                ("a^{(l)}_j", f"the activation (output) of neuron $j$ in layer $l$; {acts}"),
                ("z^{(l)}_j", "the net input of neuron $j$ in layer $l$"),
                ("W^{(l)}_{ji}", f"the weight from {layer_i} to neuron $j$ of layer $l$"),
            ]
            if biases:
                rows.append(("b^{(l)}_j", "the bias of neuron $j$ in layer $l$"))
            rows += [
                ("t_k", "the target of output $k$"),
                ("\\ell_k", "the loss term of output $k$"),
                ("L", "the loss"),
                ("\\delta^{(l)}_j", "the error signal, the derivative of $L$ with respect to $z^{(l)}_j$"),
            ]
        elif self.preset == "index":
            rows = [
                ("a^{(l)}_j", "neuron $j$ of layer $l$, counted from 0 ($a^{(0)}$ the input)"),
                ("z^{(l)}_j", "its net input"),
                ("w^{(l)}_{ji}", f"the weight from {layer_i}"),
            ]
            if biases:
                rows.append(("b^{(l)}_j", "its bias"))
            rows += [
                ("y_j", "the targets"),
                ("\\ell_k", "the loss term of output $k$"),
                ("C_0" if self.m == 1 else "C", "the cost of one example" if self.m == 1 else "the mean cost over the examples"),
                ("\\delta^{(l)}_j", "the error signal, the derivative of the cost with respect to $z^{(l)}_j$"),
            ]
        elif self.preset == "dz":
            rows = [
                ("A^{[l]}_j", "the activation of neuron $j$ in layer $l$ ($A^{[0]}$ the input $X$)"),
                ("Z^{[l]}_j", "its net input"),
                ("W^{[l]}_{ji}", f"the weight from {layer_i}"),
            ]
            if biases:
                rows.append(("b^{[l]}_j", "its bias"))
            rows += [
                ("Y_k", "the targets"),
                ("\\ell_k", "the loss term of output $k$"),
                ("L", "the loss"),
                ("dZ^{[l]}_j", "the derivative of $L$ with respect to $Z^{[l]}_j$; $dW$, $db$ those of the weights and biases"),
            ]
        else:  # neuron
            rows = [
                ("x_j", "an input neuron's value"),
                ("O_j", "the output of neuron $j$ (numbered through the whole network)"),
                ("\\text{net}_j", "its net input"),
                ("w_{ij}", "the weight from neuron $i$ to neuron $j$"),
            ]
            if biases:
                rows.append(("\\theta_j", "the bias of neuron $j$"))
            rows += [
                ("T_j", "a target"),
                ("E_j", "the loss term of output $j$"),
                ("E", "the loss"),
                ("\\text{Err}_j", "the error term, the negative derivative of $E$ with respect to $\\text{net}_j$"),
            ]
        rows.append((self.lr, "the learning rate"))
        return rows

    # ------------------------------------------------------------ labels
    def neuron(self, l: int, j: int) -> str:
        """Plain label of a neuron for diagrams and tables (I1, H1, O1 / x1, h1, y1 / x1, h4, o6)."""
        if self.preset == "layered":
            if l == 0:
                return f"x{j + 1}"
            if l == self.L:
                return f"y{j + 1}"
            return f"h{j + 1}" if self.L == 2 else f"a{l}_{j + 1}"
        if self.preset == "index":
            return f"a{l}_{j}"
        if self.preset == "neuron":
            return f"{'x' if l == 0 else 'o' if l == self.L else 'h'}{self.g(l, j)}"
        if self.preset == "dz":
            return f"I{j + 1}" if l == 0 else f"O{j + 1}" if l == self.L else f"H{l}_{j + 1}"
        return self._tag(l, j).upper().replace(",", "_")

    def layer_name(self, l: int) -> str:
        if l == 0:
            return "input"
        if l == self.L:
            return "output"
        return "hidden" if self.L == 2 else f"hidden {l}"

    # ------------------------------------------------------------ vectors and matrices
    def _lay(self, l: int) -> str:
        return f"[{l}]" if self.preset == "dz" else f"({l})"

    def W(self, l: int) -> str:
        return f"W^{{{self._lay(l)}}}"

    def bvec(self, l: int) -> str:
        if self.preset == "dz":
            return f"b^{{[{l}]}}"
        return rf"\mathbf{{b}}^{{({l})}}"

    def zvec(self, l: int) -> str:
        if self.preset == "dz":
            return f"Z^{{[{l}]}}"
        if self.preset == "neuron":
            return rf"\mathbf{{net}}^{{({l})}}"
        return rf"\mathbf{{z}}^{{({l})}}"

    def avec(self, l: int) -> str:
        if self.preset == "dz":
            return "X" if l == 0 else f"A^{{[{l}]}}"
        if self.preset == "index":
            return rf"\mathbf{{a}}^{{({l})}}"
        if self.preset == "neuron":
            return r"\mathbf{x}" if l == 0 else rf"\mathbf{{O}}^{{({l})}}"
        if l == 0:
            return r"\mathbf{x}"
        return rf"\mathbf{{a}}^{{({l})}}"

    def tvec(self) -> str:
        return {"dz": "Y", "index": r"\mathbf{y}", "neuron": r"\mathbf{T}"}.get(self.preset, r"\mathbf{t}")

    def dvec(self, l: int) -> str:
        if self.preset == "dz":
            return f"dZ^{{[{l}]}}"
        if self.preset == "neuron":
            return rf"\mathbf{{Err}}^{{({l})}}"
        return rf"\boldsymbol{{\delta}}^{{({l})}}"

    def gW(self, l: int) -> str:
        """Name of the printed weight-gradient matrix (its negative in the ``neuron`` preset)."""
        if self.preset == "dz":  # one example's gradient carries its tag: the batch's dW is their mean
            return self._ex(f"dW^{{[{l}]}}")
        g = self.partial(self.loss, self.W(l))
        return f"-{g}" if self.sign < 0 else g

    def gbvec(self, l: int) -> str:
        if self.preset == "dz":
            return self._ex(f"db^{{[{l}]}}")
        g = self.partial(self.loss, self.bvec(l))
        return f"-{g}" if self.sign < 0 else g


def make_notation(preset: str, layers: tuple[int, ...], m: int = 1) -> Notation:
    """The notation for a preset name already validated by the spec."""
    return Notation(preset, tuple(layers), m=m)
