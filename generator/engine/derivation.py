"""The optional general derivation (seed 003): backpropagation derived for this network's depth and sizes.

Why a module of its own: the other sections work with numbers, this one with symbols only.
It writes, for the spec's actual layers, activations and loss, (a) the chain rule for one
output weight, (b) the index form for a hidden weight (a sum over the next layer's neurons),
(c) the recursive error signal of every layer with that layer's own activation derivative,
and (d) the vectorized form with the real matrix shapes. Every expression is a SymPy object
(``IndexedBase``/``Sum``/``Derivative``/``MatrixSymbol``) built from the network's sizes, and
the local derivatives are SymPy's (``sp.diff`` of the net input; the activation and loss
derivatives in the forms :mod:`generator.engine.symbolic` proves). They are printed by a small
LaTeX printer that spells each quantity with :mod:`generator.engine.notation`, so the section uses
the same symbols as the rest of the document.

The same builder, run for a small network of the same depth, activations and loss, gives
expressions that are evaluated numerically and compared with SymPy's differentiation of
the whole loss (:func:`self_check`): the derivation is checked, not only printed.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import numpy as np
import sympy as sp
from sympy.printing.latex import LatexPrinter

from . import derivationcache, network, symbolic
from .derivationcache import SelfCheck
from .network import DEFAULT_OPTIONS, ActOptions, is_fused
from .notation import ACT_TITLES, LOSS_TITLES, Notation, make_notation

#: The derivative's name in the vectorized form, per activation (f' applied element by element).
PRIME_NAMES = {
    "sigmoid": r"\sigma'",
    "tanh": r"\tanh'",
    "relu": r"\operatorname{ReLU}'",
    "leaky_relu": r"\operatorname{LReLU}'",
    "linear": "f'",
    "softmax": r"\operatorname{softmax}'",
}
#: How each activation's derivative reads in words (the sentence beside each recursive step).
PRIME_WORDS = {
    "sigmoid": "the sigmoid's derivative written with its own output, $a(1 - a)$",
    "tanh": r"the derivative of $\tanh$ written with its own output, $1 - a^2$",
    "relu": "ReLU's derivative, a step function of the net input",
    "leaky_relu": "leaky ReLU's derivative, a step function of the net input (its slope below the kink)",
    "linear": "the identity's derivative, 1",
}


# ---------------------------------------------------------------- generic indices


class Index(str):
    """A neuron index left as a letter (j, k, i) where :mod:`generator.engine.notation` expects an int.

    The naming functions add each preset's counting offset (``j + 1``, or the neuron's number
    through the whole net); a generic index absorbs that offset, so the preset's own code puts
    the letter in its own place: z^{(2)}_{j}, dZ^{[2]}_{j}, \\text{net}_{j}, w_{ij}. Comparisons
    with numbers (the ``neuron`` preset asks whether an index has two digits) are false.
    """

    def __add__(self, other: object) -> Index:  # type: ignore[override]
        return self

    def __radd__(self, other: object) -> Index:
        return self

    def __ge__(self, other: object) -> bool:  # type: ignore[override]
        return False if isinstance(other, int) else str.__ge__(self, other)  # type: ignore[arg-type]

    def __gt__(self, other: object) -> bool:  # type: ignore[override]
        return False if isinstance(other, int) else str.__gt__(self, other)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Names:
    """The LaTeX name of each quantity, concrete (neuron 0) or generic (neuron j), in one preset.

    Everything is delegated to :class:`Notation`, except the ``numbered`` preset's weights and
    biases: it numbers them through the whole net (w_5), which has no generic form, so a weight
    with a letter index is written per layer there, w^{(l)}_{jp}.
    """

    nt: Notation

    def _generic(self, *idx: int | Index) -> bool:
        return any(isinstance(v, Index) for v in idx)

    def get(self, kind: str, l: int, *idx: int | Index) -> str:
        nt = self.nt
        if kind == "a":
            return nt.a(l, idx[0])  # type: ignore[arg-type]
        if kind == "z":
            return nt.z(l, idx[0])  # type: ignore[arg-type]
        if kind == "d":
            return nt.delta(l, idx[0])  # type: ignore[arg-type]
        if kind == "t":
            return nt.t(idx[0])  # type: ignore[arg-type]
        if kind == "w":
            if nt.preset == "numbered" and self._generic(*idx):
                return f"w^{{({l})}}_{{{idx[0]}{idx[1]}}}"
            return nt.w(l, idx[0], idx[1])  # type: ignore[arg-type]
        if kind == "b":
            if nt.preset == "numbered" and self._generic(*idx):
                return f"b^{{({l})}}_{{{idx[0]}}}"
            return nt.b(l, idx[0])  # type: ignore[arg-type]
        raise KeyError(kind)

    def first(self, l: int) -> int:
        """The number the preset gives the first neuron of layer ``l`` (the lower bound of a sum over it)."""
        if self.nt.preset == "index":
            return 0
        if self.nt.preset == "neuron":
            return self.nt.g(l, 0)
        return 1


# ---------------------------------------------------------------- the network as SymPy objects


@dataclass(frozen=True)
class Net:
    """One architecture as SymPy objects: an ``IndexedBase`` per quantity and layer, and the index letters."""

    layers: tuple[int, ...]
    acts: tuple[str, ...]
    loss: str
    biases: bool
    opts: ActOptions
    src_letter: str = "i"

    @property
    def L(self) -> int:
        return len(self.layers) - 1

    @property
    def fused(self) -> bool:
        return is_fused(self.acts[-1], self.loss)

    @property
    def softmax(self) -> bool:
        return self.acts[-1] == "softmax"

    def base(self, kind: str, l: int) -> sp.IndexedBase:
        """The quantity ``kind`` (a, z, w, b, d for delta, t) of layer ``l`` (a of layer 0: the inputs)."""
        return sp.IndexedBase(f"{kind}{l}")

    def kind_of(self, base: sp.IndexedBase) -> tuple[str, int]:
        name = str(base.label)
        return name[0], int(name[1:])

    @property
    def j(self) -> sp.Symbol:
        return sp.Symbol("j", integer=True, nonnegative=True)

    @property
    def k(self) -> sp.Symbol:
        return sp.Symbol("k", integer=True, nonnegative=True)

    @property
    def i(self) -> sp.Symbol:
        return sp.Symbol(self.src_letter, integer=True, nonnegative=True)

    @property
    def C(self) -> sp.Symbol:
        return sp.Symbol("C")

    def a(self, l: int, j: Any) -> sp.Expr:
        return self.base("a", l)[j]

    def z(self, l: int, j: Any) -> sp.Expr:
        return self.base("z", l)[j]

    def w(self, l: int, j: Any, i: Any) -> sp.Expr:
        return self.base("w", l)[j, i]

    def d(self, l: int, j: Any) -> sp.Expr:
        return self.base("d", l)[j]

    def t(self, j: Any) -> sp.Expr:
        return self.base("t", self.L)[j]

    def net_input(self, l: int, j: Any) -> sp.Expr:
        """z^{(l)}_j = sum_i w^{(l)}_{ji} a^{(l-1)}_i (+ b^{(l)}_j), over the real width of layer l-1."""
        s = sp.Dummy("s", integer=True, nonnegative=True)
        total = sp.Sum(self.w(l, j, s) * self.a(l - 1, s), (s, 0, self.layers[l - 1] - 1))
        return total + self.base("b", l)[j] if self.biases else total

    def local(self, of: sp.Expr, wrt: sp.Indexed) -> sp.Expr:
        """d(of)/d(wrt) by SymPy, with index-range conditions resolved (every index lies inside its layer)."""
        kind, l = self.kind_of(wrt.base)
        layer_of = [l, l - 1] if kind == "w" else [l]
        ranges = {v: self.layers[ll] for v, ll in zip(wrt.indices, layer_of) if isinstance(v, sp.Symbol)}
        return _in_range(sp.diff(of, wrt).doit(), ranges)

    def fprime(self, l: int, j: Any) -> sp.Expr:
        """The activation derivative of layer ``l`` in the form the walkthrough proves (symbolic.activation_derivation)."""
        return symbolic.stated_prime(self.acts[l - 1], self.z(l, j), self.a(l, j), self.opts)

    def dloss(self, j: Any) -> sp.Expr:
        """dC/da^{(L)}_j in the form symbolic.loss_derivation proves."""
        return symbolic.stated_dloss(self.loss, self.a(self.L, j), self.t(j), self.layers[-1])

    def out_delta(self, j: Any) -> sp.Expr:
        """dC/dz^{(L)}_j: a - t where the loss and output activation collapse, else dC/da * f'(z)."""
        if self.fused:
            return self.a(self.L, j) - self.t(j)
        return _mul(self.dloss(j), self.fprime(self.L, j))


def _in_range(expr: sp.Expr, ranges: dict[sp.Symbol, int]) -> sp.Expr:
    """Resolve SymPy's ``Piecewise((w[k, j], j <= 31), (0, True))``: a neuron index always lies inside its layer.

    Differentiating a finite sum by an indexed symbol yields the term under a condition on the
    index; the condition is linear in the indices, so it holds for a whole layer when it holds
    at the layer's first and last neuron (``ranges``: each index letter's layer width).
    """

    def holds(cond: sp.Basic) -> bool:
        syms = sorted(cond.free_symbols, key=str)
        ends = [(0, ranges[s] - 1) for s in syms]
        return all(bool(cond.subs(dict(zip(syms, p)))) for p in itertools.product(*ends))

    def pick(pw: sp.Piecewise) -> sp.Expr:
        for val, cond in pw.args:
            if holds(cond):
                return val
        return pw

    return expr.replace(lambda e: isinstance(e, sp.Piecewise) and _index_only(e), pick)


def _index_only(pw: sp.Piecewise) -> bool:
    """A Piecewise whose conditions mention only index letters (not an activation's kink)."""
    return all(all(s.is_integer for s in cond.free_symbols) for _, cond in pw.args)


def _mul(*factors: sp.Expr) -> sp.Expr:
    """A product kept in the written order (the chain rule is read left to right)."""
    return sp.Mul(*factors, evaluate=False)


def _partial(of: sp.Expr, wrt: sp.Expr) -> sp.Derivative:
    """An unevaluated partial derivative (printed as a fraction of partials)."""
    return sp.Derivative(of, wrt, evaluate=False)


# ---------------------------------------------------------------- printing


class DerivationPrinter(LatexPrinter):
    """SymPy's LaTeX printer with the preset's names, partial fractions, and products in written order."""

    def __init__(self, net: Net, names: Names, loss_name: str, matrices: dict[str, str] | None = None) -> None:
        super().__init__({"mul_symbol": None})
        self.net = net
        self.names = names
        self.loss_name = loss_name
        self.matrices = matrices if matrices is not None else {}
        self.shapes = False

    def _index(self, v: sp.Basic) -> int | Index:
        return int(v) if v.is_Integer else Index(str(v))

    def _print_Indexed(self, expr: sp.Indexed) -> str:
        kind, l = self.net.kind_of(expr.base)
        return self.names.get(kind, l, *(self._index(v) for v in expr.indices))

    def _print_Symbol(self, expr: sp.Symbol, style: str = "plain") -> str:
        if expr == self.net.C:
            return self.loss_name
        return super()._print_Symbol(expr, style)

    def _print_Derivative(self, expr: sp.Derivative) -> str:
        return rf"\frac{{\partial {self._print(expr.expr)}}}{{\partial {self._print(expr.variables[0])}}}"

    def _print_Sum(self, expr: sp.Sum) -> str:
        (var, lo, hi), body = expr.limits[0], expr.function
        layer = _layer_of(var, body, self.net)
        shift = self.names.first(layer) - int(lo)
        head = rf"\sum_{{{var}={int(lo) + shift}}}^{{{int(hi) + shift}}}"
        return rf"{head} {self._print(body)}"

    def _print_Mul(self, expr: sp.Mul) -> str:
        """Factors as written: numbers first, then the others in order, sums in parentheses; fractions as SymPy prints them."""
        if any(f.is_Pow and f.exp.is_negative for f in expr.args if not f.is_Rational):
            return super()._print_Mul(expr)
        coeff = [f for f in expr.args if f.is_Number]
        rest = [f for f in expr.args if not f.is_Number]
        rest = [f for f in rest if not f.is_Add] + [f for f in rest if f.is_Add]
        parts = [self._factor(f) for f in rest]
        head = ""
        if coeff:
            c = sp.Mul(*coeff)
            if c == -1:
                head = "-"
            elif c != 1:
                head = self._print(c) + " "
        return head + r" \cdot ".join(parts) if any(_has_partial(f) for f in rest) else head + " ".join(parts)

    def _factor(self, f: sp.Expr) -> str:
        text = self._print(f)
        if f.is_Add or isinstance(f, (sp.Sum, sp.Piecewise)):
            return rf"\left({text}\right)"
        return text

    def _print_Pow(self, expr: sp.Pow) -> str:
        """A power of a named quantity in parentheses: a^{(1)}_{j} already has a superscript."""
        if isinstance(expr.base, sp.Indexed) and expr.exp.is_Integer and expr.exp > 0:
            return rf"\left({self._print(expr.base)}\right)^{{{expr.exp}}}"
        return super()._print_Pow(expr)

    def _print_Piecewise(self, expr: sp.Piecewise) -> str:
        """Two cases, the second one's condition written out (SymPy writes 'otherwise')."""
        (v1, c1), (v2, c2) = expr.args[0], expr.args[-1]
        if c2 is sp.true:
            c2 = sp.Not(c1)
        return rf"\begin{{cases}} {self._number(v1)} & {self._print(c1)} \\ {self._number(v2)} & {self._print(c2)} \end{{cases}}"

    def _number(self, v: sp.Expr) -> str:
        """A slope such as 1/100 as the spec wrote it (0.01)."""
        if v.is_Rational and not v.is_Integer:
            return symbolic.latex_number(float(v))
        return self._print(v)

    def _print_MatrixSymbol(self, expr: sp.MatrixSymbol) -> str:
        text = self.matrices.get(str(expr.name), str(expr.name))
        return self._shape(text, expr) if self.shapes else text

    def _print_Transpose(self, expr: sp.Transpose) -> str:
        was, self.shapes = self.shapes, False
        inner = self._print(expr.arg)
        self.shapes = was
        text = rf"\left({inner}\right)^{{\top}}"
        return self._shape(text, expr) if self.shapes else text

    def _print_HadamardProduct(self, expr: sp.HadamardProduct) -> str:
        return r" \odot ".join(self._factor_matrix(a) for a in expr.args)

    def _factor_matrix(self, a: sp.Expr) -> str:
        text = self._print(a)
        return rf"\left({text}\right)" if isinstance(a, sp.MatAdd) else text

    def _print_MatMul(self, expr: sp.MatMul) -> str:
        coeff, mats = expr.as_coeff_matrices()
        head = ""
        if coeff != 1:
            head = r"\frac{1}{m}\, " if coeff == 1 / sp.Symbol("m", positive=True, integer=True) else self._print(coeff) + r"\, "
        return head + r"\, ".join(self._factor_matrix(m) for m in mats)

    def _shape(self, text: str, expr: sp.MatrixExpr) -> str:
        return rf"\underbrace{{{text}}}_{{{shape_text(expr.shape)}}}"


def shape_text(shape: tuple[Any, Any]) -> str:
    """'32 \\times m': a matrix shape in LaTeX (the batch size stays the letter m)."""
    return rf"{sp.latex(shape[0])} \times {sp.latex(shape[1])}"


def _has_partial(e: sp.Expr) -> bool:
    return isinstance(e, sp.Derivative) or (isinstance(e, sp.Mul) and e.has(sp.Derivative))


def _layer_of(var: sp.Symbol, body: sp.Expr, net: Net) -> int:
    """Which layer's neurons a summation index runs over (from the quantities it indexes)."""
    for ix in sorted(body.atoms(sp.Indexed), key=str):
        kind, l = net.kind_of(ix.base)
        for pos, v in enumerate(ix.indices):
            if v == var:
                return l - 1 if kind == "w" and pos == 1 else l
    raise ValueError(f"index {var} is not used in {body}")


# ---------------------------------------------------------------- the derivation


@dataclass(frozen=True)
class Step:
    """One line of thought: a title, the sentence that says why, and the equation (LaTeX, no delimiters)."""

    title: str
    text: str
    latex: str


@dataclass(frozen=True)
class Part:
    """One of the four parts: single-neuron chain, index form, recursive delta, vectorized form."""

    key: str
    title: str
    intro: str
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class Formulas:
    """The derivation's SymPy expressions in value form, as printed (what :func:`chain_rule_gradients` evaluates).

    ``chain``: dC/dw^{(L)}_{00} (single-neuron chain). ``index``: dC/dw^{(L-1)}_{ji} (index form;
    None for one weight layer). ``deltas[l]``: the printed error signal of neuron j of layer l
    (l = L from the outputs, below it from delta^{(l+1)}). ``grads[l]``: dC/dw^{(l)}_{ji} from delta.
    ``vector[l]``: (delta^{(l)}, dC/dW^{(l)}, dC/db^{(l)} or None) as matrix expressions. ``sign``:
    -1 where the preset prints the negatives (``neuron``: Err = -dE/dnet).
    """

    net: Net
    chain: sp.Expr
    index: sp.Expr | None
    deltas: dict[int, sp.Expr]
    grads: dict[int, sp.Expr]
    vector: dict[int, tuple[sp.MatrixExpr, sp.MatrixExpr, sp.MatrixExpr | None]]
    mats: dict[str, sp.MatrixSymbol]
    batch: bool
    sign: int


@dataclass(frozen=True)
class GeneralDerivation:
    """The section: its parts, and what the numeric self-check found."""

    parts: tuple[Part, ...]
    check: SelfCheck


def _aligned(lines: list[str]) -> str:
    r"""Rows of an aligned block: the first holds the left side, each row after it starts at ``&=``."""
    return r"\begin{aligned}" + " \\\\\n".join(lines) + r"\end{aligned}"


class _Builder:
    """Builds the four parts for one architecture and preset (one instance per build)."""

    def __init__(
        self, layers: tuple[int, ...], acts: tuple[str, ...], loss: str, m: int, preset: str, biases: bool, opts: ActOptions
    ):
        self.net = Net(tuple(layers), tuple(acts), loss, biases, opts, "p" if preset == "numbered" else "i")
        self.m = m
        self.nt1 = make_notation(preset, tuple(layers), 1)  # one example's names (C_0, L, E_total)
        self.nt = make_notation(preset, tuple(layers), m)  # the batch's names (C)
        self.names = Names(self.nt1)
        self.sign = self.nt.sign
        self.M = sp.Symbol("m", positive=True, integer=True) if m > 1 else sp.Integer(1)
        self.mats: dict[str, sp.MatrixSymbol] = {}
        self.mat_names: dict[str, str] = {}
        self.p = DerivationPrinter(self.net, self.names, self.nt1.loss, self.mat_names)
        self.pb = DerivationPrinter(self.net, self.names, self.nt.loss, self.mat_names)

    def tex(self, e: sp.Basic) -> str:
        return self.p.doprint(e)

    # ------------------------------------------------------------ (a) single-neuron chain
    def chain(self) -> tuple[Part, sp.Expr]:
        net, L = self.net, self.net.L
        w, z, a = net.w(L, 0, 0), net.z(L, 0), net.a(L, 0)
        dz_dw = net.local(net.net_input(L, 0), w)
        w_name, loss = self.tex(w), self.nt1.loss
        steps = []
        if net.softmax:
            chain = _mul(_partial(z, w), _partial(net.C, z))
            value = _mul(dz_dw, net.out_delta(0))
            text = (
                f"The weight ${w_name}$ reaches the cost only through the net input ${self.tex(z)}$. A softmax output "
                f"depends on every net input of its layer, so $\\partial {loss} / \\partial {self.tex(z)}$ is itself a sum over "
                "the outputs (next step); everything else is one path."
            )
            steps.append(
                Step(
                    "One output weight",
                    text,
                    _aligned([f"{self.tex(_partial(net.C, w))} &= {self.tex(chain)}", f"&= {self.tex(value)}"]),
                )
            )
            k = net.k
            total = sp.Sum(_mul(_partial(net.C, net.a(L, k)), _partial(net.a(L, k), z)), (k, 0, net.layers[-1] - 1))
            text = (
                "With the softmax Jacobian and the cross-entropy derivative (formulas above) the sum collapses, "
                "because the targets sum to 1; SymPy proves the collapse."
            )
            steps.append(
                Step(
                    "Through the softmax",
                    text,
                    _aligned([f"{self.tex(_partial(net.C, z))} &= {self.tex(total)}", f"&= {self.tex(net.out_delta(0))}"]),
                )
            )
        else:
            chain = _mul(_partial(z, w), _partial(a, z), _partial(net.C, a))
            value = _mul(dz_dw, net.fprime(L, 0), net.dloss(0))
            lines = [f"{self.tex(_partial(net.C, w))} &= {self.tex(chain)}", f"&= {self.tex(value)}"]
            simpler = sp.factor(sp.cancel(value))
            if net.fused and self.tex(simpler) != self.tex(value):
                lines.append(f"&= {self.tex(simpler)}")
            text = (
                f"One weight of the last layer, ${w_name}$, acts on the cost along a single path: it changes the net input "
                f"${self.tex(z)}$, which changes the activation ${self.tex(a)}$, which changes the cost ${loss}$. "
                "The chain rule multiplies the three local derivatives; SymPy gives each of them."
            )
            steps.append(Step("One output weight", text, _aligned(lines)))
        intro = "Start with one neuron and one weight: every factor of the chain rule is a derivative of one quantity by the one before it."
        return Part("chain", "Single-neuron chain", intro, tuple(steps)), value

    # ------------------------------------------------------------ (b) index form
    def index(self) -> tuple[Part | None, sp.Expr | None]:
        net, L = self.net, self.net.L
        if L < 2:
            return None, None
        l, j, i, k = L - 1, net.j, net.i, net.k
        w = net.w(l, j, i)
        zl, al = net.z(l, j), net.a(l, j)
        tail = [_partial(net.z(L, k), al), _partial(al, zl), _partial(zl, w)]
        if net.softmax:
            head = [_partial(net.C, net.z(L, k))]
        else:
            head = [_partial(net.C, net.a(L, k)), _partial(net.a(L, k), net.z(L, k))]
        paths = sp.Sum(_mul(*head, *tail), (k, 0, net.layers[-1] - 1))
        w_next = net.local(net.net_input(L, k), al)
        value = _mul(
            sp.Sum(_mul(net.out_delta(k), w_next), (k, 0, net.layers[-1] - 1)),
            net.fprime(l, j),
            net.local(net.net_input(l, j), w),
        )
        with_delta = _mul(
            sp.Sum(_mul(net.d(L, k), w_next), (k, 0, net.layers[-1] - 1)), net.fprime(l, j), net.local(net.net_input(l, j), w)
        )
        sgn = "-" if self.sign < 0 else ""
        lines = [
            f"{self.tex(_partial(net.C, w))} &= {self.tex(paths)}",
            f"&= {self.tex(value)}",
            f"&= {sgn}{self.tex(with_delta)}",
        ]
        n_next = net.layers[-1]
        if n_next > 1:
            paths_text = (
                f"feeds all {n_next} neurons of layer {L}: the cost feels the weight along {n_next} paths, "
                f"one per neuron ${self.tex(net.a(L, k))}$, and the chain rule adds them"
            )
        else:
            paths_text = f"feeds the one neuron of layer {L}: the sum has a single path, and still the same form"
        text = (
            f"A weight of layer {l}, ${self.tex(w)}$, changes the activation ${self.tex(al)}$, and that activation {paths_text}. "
            f"The last line names the output factor of each path ${self.tex(net.d(L, k))}$, the error signal of the next part."
        )
        intro = (
            f"With several neurons per layer, a hidden weight reaches the cost through every neuron of the next layer; "
            f"the index $j$ counts the neurons of layer {l}, ${net.src_letter}$ those of layer {l - 1}, $k$ those of layer {L}."
        )
        return Part(
            "index", "Index form over several neurons", intro, (Step("One hidden weight, every path", text, _aligned(lines)),)
        ), value

    # ------------------------------------------------------------ (c) recursive delta
    def deltas(self) -> tuple[Part, dict[int, sp.Expr], dict[int, sp.Expr]]:
        net, L, j, k, i = self.net, self.net.L, self.net.j, self.net.k, self.net.i
        sgn = sp.Integer(self.sign)
        steps, exprs, grads = [], {}, {}
        for l in range(L, 0, -1):
            zl, al = net.z(l, j), net.a(l, j)
            defn = sgn * _partial(net.C, zl) if self.sign < 0 else _partial(net.C, zl)
            head = f"{self.tex(net.d(l, j))} &= {self.tex(defn)}"
            if l == L:
                lines, value, text = self._output_delta(head)
            else:
                paths = sp.Sum(
                    _mul(_partial(net.C, net.z(l + 1, k)), _partial(net.z(l + 1, k), al)), (k, 0, net.layers[l + 1] - 1)
                )
                w_next = net.local(net.net_input(l + 1, k), al)
                value = _mul(sp.Sum(_mul(net.d(l + 1, k), w_next), (k, 0, net.layers[l + 1] - 1)), net.fprime(l, j))
                pre = "-" if self.sign < 0 else ""
                lines = [head, f"&= {pre}{self.tex(_mul(paths, _partial(al, zl)))}", f"&= {self.tex(value)}"]
                text = (
                    f"Layer {l} ({ACT_TITLES[self.net.acts[l - 1]]}): each neuron collects the error signals of the {net.layers[l + 1]} "
                    f"neuron{'s' if net.layers[l + 1] > 1 else ''} of layer {l + 1} it feeds, weighted by the weights between them, "
                    f"times {PRIME_WORDS[self.net.acts[l - 1]]}."
                )
            exprs[l] = value
            grads[l] = _mul(net.d(l, j), net.local(net.net_input(l, j), net.w(l, j, i)))
            steps.append(Step(f"Layer {l}", text, _aligned(lines)))
        rows = []
        for l in range(L, 0, -1):
            g = _partial(net.C, net.w(l, j, i))
            lhs = f"-{self.tex(g)}" if self.sign < 0 else self.tex(g)
            row = f"{lhs} &= {self.tex(grads[l])}"
            if net.biases:
                gb = _partial(net.C, net.base("b", l)[j])
                row += rf", \qquad {'-' if self.sign < 0 else ''}{self.tex(gb)} = {self.tex(net.d(l, j))}"
            rows.append(row)
        text = "Each weight's net input is linear in it, so a weight's gradient is the error signal of the neuron it feeds times the activation it carries (a bias carries 1)."
        steps.append(Step("Every gradient from the error signals", text, _aligned(rows)))
        intro = (
            f"Name the error signal of a neuron, the cost's derivative by its net input. The paths of part 2 then "
            f"fold into one recursion, computed from the output layer back to layer 1: one error signal per weight layer, "
            f"{L} here."
        )
        return Part("delta", "The recursive error signal", intro, tuple(steps)), exprs, grads

    def _output_delta(self, head: str) -> tuple[list[str], sp.Expr, str]:
        net, L, j, k = self.net, self.net.L, self.net.j, self.net.k
        zl, al = net.z(L, j), net.a(L, j)
        pre = "-" if self.sign < 0 else ""
        value = net.out_delta(j)
        if self.sign < 0:  # the neuron preset's Err = -dE/dnet: T - O, or the negated chain
            value = net.t(j) - al if net.fused else _mul(sp.Integer(-1), net.out_delta(j))
        if net.softmax:
            total = sp.Sum(_mul(_partial(net.C, net.a(L, k)), _partial(net.a(L, k), zl)), (k, 0, net.layers[-1] - 1))
            lines = [head, f"&= {pre}{self.tex(total)}", f"&= {self.tex(value)}"]
            text = "Output layer (softmax with cross-entropy): the sum over the softmax outputs collapses to prediction minus target."
            return lines, value, text
        chain = _mul(_partial(net.C, al), _partial(al, zl))
        lines = [head, f"&= {pre}{self.tex(chain)}", f"&= {pre}{self.tex(_mul(net.dloss(j), net.fprime(L, j)))}"]
        if net.fused:
            lines.append(f"&= {self.tex(value)}")
            text = "Output layer (sigmoid with binary cross-entropy): the loss derivative and $a(1 - a)$ cancel, leaving prediction minus target."
        else:
            acts, losses = ACT_TITLES, LOSS_TITLES
            text = f"Output layer ({acts[net.acts[-1]]} with {losses[net.loss]}): the loss derivative times {PRIME_WORDS[net.acts[-1]]}."
        return lines, value, text

    # ------------------------------------------------------------ (d) vectorized form
    def _mat(self, key: str, rows: Any, cols: Any, latex: str) -> sp.MatrixSymbol:
        mat = sp.MatrixSymbol(key, rows, cols)
        self.mats[key] = mat
        self.mat_names[key] = latex
        return mat

    def vector(self) -> tuple[Part, dict[int, tuple[sp.MatrixExpr, sp.MatrixExpr, sp.MatrixExpr | None]]]:
        net, nt, L, M = self.net, self.nt, self.net.L, self.M
        n = net.layers
        A = [self._mat(f"A{l}", n[l], M, nt.avec(l)) for l in range(L + 1)]
        W = [None] + [self._mat(f"W{l}", n[l], n[l - 1], nt.W(l)) for l in range(1, L + 1)]
        D = [None] + [self._mat(f"D{l}", n[l], M, nt.dvec(l)) for l in range(1, L + 1)]
        F = [None] + [
            self._mat(f"F{l}", n[l], M, rf"{PRIME_NAMES[net.acts[l - 1]]}\left({nt.zvec(l)}\right)") for l in range(1, L + 1)
        ]
        Y = self._mat("Y", n[L], M, nt.tvec())
        one = self._mat("one", M, 1, rf"\mathbf{{1}}_{{{sp.latex(M)}}}")
        exprs: dict[int, tuple[sp.MatrixExpr, sp.MatrixExpr, sp.MatrixExpr | None]] = {}
        steps = []
        for l in range(L, 0, -1):
            if l == L:
                if net.fused:
                    d = sp.MatAdd(A[L], -Y) if self.sign > 0 else sp.MatAdd(Y, -A[L])
                else:
                    grad_name = rf"\nabla_{{{nt.avec(L)}}} {self.nt1.loss}"
                    G = self._mat("G", n[L], M, grad_name if self.sign > 0 else "-" + grad_name)
                    d = sp.HadamardProduct(G, F[L])
            else:
                d = sp.HadamardProduct(sp.MatMul(W[l + 1].T, D[l + 1]), F[l])
            if d.shape != D[l].shape:
                raise ValueError(f"layer {l}: the error signals have shape {d.shape}, expected {D[l].shape}")
            gw = sp.MatMul(1 / M, D[l], A[l - 1].T) if self.m > 1 else sp.MatMul(D[l], A[l - 1].T)
            if gw.shape != W[l].shape:
                raise ValueError(f"layer {l}: the weight gradient has shape {gw.shape}, expected {W[l].shape}")
            gb = None
            if net.biases:
                gb = sp.MatMul(1 / M, D[l], one) if self.m > 1 else D[l]
            exprs[l] = (d, gw, gb)
            steps.append(Step(f"Layer {l}", self._vector_text(l, W, D), self._vector_latex(l, d, gw, gb, D, W)))
        if self.m > 1:
            stack = f"and the {self.m} examples of the batch into the columns of matrices (${nt.avec(0)} \\in \\mathbb{{R}}^{{{shape_text(A[0].shape)}}}$, $m = {self.m}$)"
        else:
            stack = f"(one column: the one example, ${nt.avec(0)} \\in \\mathbb{{R}}^{{{shape_text(A[0].shape)}}}$)"
        intro = (
            f"Stack the neurons of a layer into vectors {stack}: the sums over neurons become matrix products, the activation derivative is applied element by element ($\\odot$)"
            + (", and the batch gradient is the mean over the columns ($\\frac{1}{m}$)." if self.m > 1 else ".")
            + " Each matrix carries its shape; SymPy checks that every product fits."
        )
        return Part("vector", "Vectorized form", intro, tuple(steps)), exprs

    def _vector_text(self, l: int, W: list[Any], D: list[Any]) -> str:
        nt = self.nt
        w_shape = rf"${nt.W(l)} \in \mathbb{{R}}^{{{shape_text(W[l].shape)}}}$"
        d_shape = rf"${nt.dvec(l)} \in \mathbb{{R}}^{{{shape_text(D[l].shape)}}}$"
        return f"Layer {l}: {w_shape}, {d_shape}; the weight gradient has the shape of the weights."

    def _vector_latex(
        self, l: int, d: sp.MatrixExpr, gw: sp.MatrixExpr, gb: sp.MatrixExpr | None, D: list[Any], W: list[Any]
    ) -> str:
        nt, pb = self.nt, self.pb
        pb.shapes = True
        try:
            lines = [f"{pb.doprint(D[l])} &= {pb.doprint(d)}", f"{nt.gW(l)} &= {pb.doprint(gw)}"]
            if gb is not None:
                lines.append(f"{nt.gbvec(l)} &= {pb.doprint(gb)}")
        finally:
            pb.shapes = False
        return _aligned(lines)


@lru_cache(maxsize=32)
def derive(
    layers: tuple[int, ...],
    acts: tuple[str, ...],
    loss: str,
    m: int,
    preset: str,
    biases: bool,
    opts: ActOptions = DEFAULT_OPTIONS,
) -> tuple[tuple[Part, ...], Formulas]:
    """The four parts and their SymPy expressions for one architecture in one preset (cached: SymPy is slow)."""
    b = _Builder(layers, acts, loss, m, preset, biases, opts)
    chain_part, chain = b.chain()
    index_part, index = b.index()
    delta_part, deltas, grads = b.deltas()
    vector_part, vector = b.vector()
    parts = tuple(p for p in (chain_part, index_part, delta_part, vector_part) if p is not None)
    formulas = Formulas(b.net, chain, index, deltas, grads, vector, dict(b.mats), m > 1, b.sign)
    return parts, formulas


# ---------------------------------------------------------------- numeric evaluation


@lru_cache(maxsize=256)
def _lambdify(expr: sp.Basic, args: tuple[sp.Basic, ...]) -> Callable[..., Any]:
    return sp.lambdify(list(args), expr, modules=["numpy"], docstring_limit=0)


def _value(expr: sp.Basic, env: dict[sp.Basic, Any]) -> Any:
    """Evaluate ``expr`` with numbers for its indexed bases, index letters and matrices."""
    keys = tuple(env)
    return _lambdify(expr, keys)(*(env[k] for k in keys))


def chain_rule_gradients(
    formulas: Formulas,
    weights: tuple[np.ndarray, ...],
    biases: tuple[np.ndarray, ...] | None,
    x: np.ndarray,
    t: np.ndarray,
) -> dict[str, np.ndarray]:
    """Evaluate the printed derivation on numbers: the gradient of the mean loss, four ways.

    ``chain``: dC/dw^{(L)}_{00} (part 1), ``index``: dC/dW^{(L-1)} (part 2), ``delta``: every
    weight and bias gradient from the recursion (part 3), ``vector``: the same from the matrix
    form (part 4); the last two flat in :func:`symbolic.flatten_params` order. The forward pass
    values come from :mod:`generator.engine.network`; only the backward pass is the derivation's.
    """
    net = formulas.net
    L, sign = net.L, formulas.sign
    params = network.Params(tuple(weights), tuple(biases) if biases is not None else None)
    zs, as_ = network.forward(params, net.acts, x, net.opts)
    m = x.shape[0]
    chain, index = 0.0, np.zeros_like(weights[L - 2]) if L >= 2 else None
    gw = [np.zeros_like(W) for W in weights]
    gb = [np.zeros(W.shape[0]) for W in weights]
    for e in range(m):
        env = _env(net, weights, biases, [x[e]] + [a[e] for a in as_], [z[e] for z in zs], t[e])
        chain += float(_value(formulas.chain, env)) / m
        if index is not None and formulas.index is not None:
            index += _grid(formulas.index, env, net, L - 1) / m
        deltas = _deltas(formulas, env, net)
        for l in range(1, L + 1):
            gw[l - 1] += sign * _grid(formulas.grads[l], env, net, l) / m
            gb[l - 1] += sign * deltas[l] / m
    out = {"chain": np.array(chain), "delta": _flat(gw, gb if biases is not None else None)}
    if index is not None:
        out["index"] = index
    out["vector"] = _vector_values(formulas, weights, biases, x, t, as_, zs)
    return out


def _env(net: Net, weights: Any, biases: Any, acts: list[np.ndarray], zs: list[np.ndarray], t: np.ndarray) -> dict[sp.Basic, Any]:
    env: dict[sp.Basic, Any] = {net.base("t", net.L): np.asarray(t, dtype=float)}
    for l in range(net.L + 1):
        env[net.base("a", l)] = np.asarray(acts[l], dtype=float)
    for l in range(1, net.L + 1):
        env[net.base("z", l)] = np.asarray(zs[l - 1], dtype=float)
        env[net.base("w", l)] = np.asarray(weights[l - 1], dtype=float)
        env[net.base("b", l)] = np.asarray(biases[l - 1], dtype=float) if biases is not None else np.zeros(net.layers[l])
        env[net.base("d", l)] = np.zeros(net.layers[l])
    env.update({net.j: 0, net.i: 0, net.k: 0})
    return env


def _deltas(formulas: Formulas, env: dict[sp.Basic, Any], net: Net) -> dict[int, np.ndarray]:
    """Run the printed recursion from the output layer down, filling each layer's delta into ``env``."""
    out = {}
    for l in range(net.L, 0, -1):
        vals = np.array([float(_value(formulas.deltas[l], {**env, net.j: j})) for j in range(net.layers[l])])
        env[net.base("d", l)] = vals
        out[l] = vals
    return out


def _grid(expr: sp.Expr, env: dict[sp.Basic, Any], net: Net, l: int) -> np.ndarray:
    """An expression in (j, i) evaluated for every weight of layer ``l``."""
    return np.array(
        [[float(_value(expr, {**env, net.j: j, net.i: i})) for i in range(net.layers[l - 1])] for j in range(net.layers[l])]
    )


def _flat(gw: list[np.ndarray], gb: list[np.ndarray] | None) -> np.ndarray:
    return np.array(symbolic.flatten_params(tuple(gw), tuple(gb) if gb is not None else None))


def _vector_values(
    formulas: Formulas, weights: Any, biases: Any, x: np.ndarray, t: np.ndarray, as_: list, zs: list
) -> np.ndarray:
    """Part 4 on numbers: the matrix expressions with the layers' matrices (one column per example)."""
    net, mats, m = formulas.net, formulas.mats, x.shape[0]
    env: dict[sp.Basic, Any] = {mats["A0"]: x.T, mats["Y"]: t.T, mats["one"]: np.ones((m, 1))}
    if formulas.batch:
        env[sp.Symbol("m", positive=True, integer=True)] = m
    acts = [x] + list(as_)
    for l in range(1, net.L + 1):
        env[mats[f"A{l}"]] = acts[l].T
        env[mats[f"W{l}"]] = np.asarray(weights[l - 1], dtype=float)
        env[mats[f"F{l}"]] = _elementwise(net.fprime(l, net.j), net, l, acts, zs, t)
    if "G" in mats:
        env[mats["G"]] = formulas.sign * _elementwise(net.dloss(net.j), net, net.L, acts, zs, t)
    gw, gb = [], []
    for l in range(net.L, 0, -1):
        d, g, b = formulas.vector[l]
        env[mats[f"D{l}"]] = np.asarray(_value(d, env), dtype=float)
        gw.insert(0, formulas.sign * np.asarray(_value(g, env), dtype=float))
        if b is not None:
            gb.insert(0, formulas.sign * np.asarray(_value(b, env), dtype=float).reshape(-1))
    return _flat(gw, gb if biases is not None else None)


def _elementwise(expr: sp.Expr, net: Net, l: int, acts: list, zs: list, t: np.ndarray) -> np.ndarray:
    """A per-neuron expression in j (f'(z_j), dC/da_j) as a matrix: neurons down, examples across."""
    cols = []
    for e in range(acts[0].shape[0]):
        env = {net.base("a", l): acts[l][e], net.base("z", l): zs[l - 1][e], net.base("t", net.L): t[e]}
        cols.append([float(_value(expr, {**env, net.j: j})) for j in range(net.layers[l])])
    return np.array(cols).T


# ---------------------------------------------------------------- self-check


def small_network(
    acts: tuple[str, ...], loss: str, m: int, biases: bool, seed: int = 3
) -> tuple[tuple[int, ...], tuple, Any, np.ndarray, np.ndarray]:
    """A small network with these activations and loss: 2 inputs, 2 neurons per hidden layer, 2 outputs (1 for one output).

    Weights, inputs and targets are drawn from a fixed seed; targets fit the loss (a
    probability vector for softmax, values in (0, 1) for binary cross-entropy).
    """
    rng = np.random.default_rng(seed)
    n_out = 2
    layers = (2,) + (2,) * (len(acts) - 1) + (n_out,)
    weights = tuple(rng.normal(0.0, 0.9, size=(layers[l + 1], layers[l])) for l in range(len(acts)))
    bs = tuple(rng.normal(0.0, 0.3, size=layers[l + 1]) for l in range(len(acts))) if biases else None
    x = rng.uniform(-1.0, 1.0, size=(m, layers[0]))
    if acts[-1] == "softmax":
        t = rng.dirichlet(np.ones(n_out), size=m)
    else:
        t = rng.uniform(0.1, 0.9, size=(m, n_out))
    return layers, weights, bs, x, t


def oracle(
    layers: tuple[int, ...],
    acts: tuple[str, ...],
    loss: str,
    weights: Any,
    biases: Any,
    x: np.ndarray,
    t: np.ndarray,
    opts: ActOptions,
) -> np.ndarray:
    """SymPy's gradient of the whole mean loss (one expression where affordable, else one parameter at a time)."""
    if symbolic.whole_expression_feasible(layers, biases is not None):
        return symbolic.oracle_gradients(layers, acts, loss, weights, biases, x, t, opts)
    n = len(symbolic.flatten_params(weights, biases))
    return symbolic.pointwise_gradients(layers, acts, loss, weights, biases, x, t, list(range(n)), opts)


@cache
def self_check(acts: tuple[str, ...], loss: str, m: int, biases: bool, opts: ActOptions = DEFAULT_OPTIONS) -> SelfCheck:
    """:func:`evaluate_self_check`, kept per architecture in the user cache (:mod:`.derivationcache`)."""
    return derivationcache.self_check(acts, loss, m, biases, opts, lambda: evaluate_self_check(acts, loss, m, biases, opts))


def evaluate_self_check(acts: tuple[str, ...], loss: str, m: int, biases: bool, opts: ActOptions = DEFAULT_OPTIONS) -> SelfCheck:
    """Evaluate all four parts on a small network of the same depth, activations and loss (m = 1 or 2 examples).

    Every printed gradient form must equal SymPy's differentiation of the whole loss within
    1e-9 (relative to the gradient's size).
    """
    m_small = 1 if m == 1 else 2
    layers, weights, bs, x, t = small_network(acts, loss, m_small, biases)
    _, formulas = derive(layers, acts, loss, m_small, "layered", biases, opts)
    got = chain_rule_gradients(formulas, weights, bs, x, t)
    want = oracle(layers, acts, loss, weights, bs, x, t, opts)
    n_w_last = layers[-1] * layers[-2]
    offset = len(want) - n_w_last - (layers[-1] if biases else 0)  # W^(L) starts after every earlier layer
    pairs = [(float(got["chain"]), float(want[offset]))]
    if "index" in got:
        start = offset - len(got["index"].ravel()) - (layers[-2] if biases else 0)
        pairs += list(zip(got["index"].ravel(), want[start : start + got["index"].size]))
    pairs += list(zip(got["delta"], want)) + list(zip(got["vector"], want))
    scale = max(1.0, float(np.max(np.abs(want))))
    errs = [abs(g - w) / scale for g, w in pairs]
    passed = int(sum(e < 1e-9 for e in errs))
    return SelfCheck(layers, m_small, len(pairs), passed, float(max(errs)))


# ---------------------------------------------------------------- the section


def build_derivation(spec: Any) -> GeneralDerivation:
    """The general derivation of a spec's network in its notation preset, with its self-check."""
    opts = network.options_of(spec)
    parts, _ = derive(tuple(spec.layers), tuple(spec.activations), spec.loss, spec.m, spec.notation, spec.has_biases, opts)
    check = self_check(tuple(spec.activations), spec.loss, spec.m, spec.has_biases, opts)
    return GeneralDerivation(parts, check)


def view(spec: Any) -> dict[str, Any]:
    """What the ``derivation`` templates read: the parts, their steps, and the sentence on the self-check."""
    d = build_derivation(spec)
    c = d.check
    sizes = "-".join(str(n) for n in c.layers)
    check_text = (
        f"Self-check: the same derivation, built for a {sizes} network with these activations and this loss "
        f"({c.m} example{'s' if c.m > 1 else ''}), was evaluated on numbers and compared with SymPy's differentiation "
        f"of the whole loss: {c.passed} of {c.checked} gradient values agree"
        + (" (to 1e-9)." if c.ok else "; the others do NOT.")
    )
    return {
        "intro": (
            "This section derives backpropagation for this network's actual depth, sizes and activations, "
            "from one weight of one neuron to the matrix form the code runs. Every equation below is symbolic: "
            "SymPy builds it for these layer sizes and differentiates each net input itself."
        ),
        "parts": [
            {
                "key": p.key,
                "title": p.title,
                "intro": p.intro,
                "steps": [{"title": s.title, "text": s.text, "latex": s.latex} for s in p.steps],
            }
            for p in d.parts
        ],
        "check_text": check_text,
        "ok": c.ok,
    }


__all__ = [
    "Formulas",
    "GeneralDerivation",
    "Index",
    "Names",
    "Part",
    "SelfCheck",
    "Step",
    "build_derivation",
    "chain_rule_gradients",
    "derive",
    "evaluate_self_check",
    "oracle",
    "self_check",
    "small_network",
    "view",
]
