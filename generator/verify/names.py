"""Read the name of a quantity as a document writes it and say which quantity it is.

``verify --spec`` (level 2) compares a document's named values with the true
network, so it must know that ``z_1^{(1)}``, ``\\text{net}_{h1}``, ``Z[1]`` and
``net_h1`` all name a net input, that ``w_5`` is the fifth weight counted row by
row, and that ``\\frac{\\partial E}{\\partial w_5}`` is its gradient. Names are
ambiguous across authors (``y`` is an output in one walkthrough and a target in
another; ``W_{12}`` is "from 2 to 1" or "from 1 to 2"), so a name reads as a short
list of *readings*, best first; the matcher keeps the reading that the document's
value supports. Pure text work: nothing here knows a number.

A reading is a key tuple:
  ``("x", i)``  ``("t", k)``  ``("w", l, j, i)``  ``("b", l, j)``  ``("z", l, j)``
  ``("a", l, j)``  ``("delta", l, j)``  ``("gw", l, j, i)``  ``("gb", l, j)``
  ``("new_w", l, j, i)``  ``("new_b", l, j)``  ``("ga", l, j)`` (∂L/∂a)  ``("loss",)``
with 0-based neuron indices and layers 1..L (0 = input), or a *block* — the same
kinds in capitals (``("Z", l)``, ``("W", l)``, ``("GW", l)``…) — for a matrix name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..check.lexer import matching_brace

Key = tuple

_SUB = str.maketrans("₀₁₂₃₄₅₆₇₈₉₍₎⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾", "0123456789()0123456789()")
_GREEK = {
    r"\delta": "δ",
    r"\Delta": "Δ",
    r"\partial": "∂",
    r"\omega": "w",
    "ω": "w",
    r"\theta": "θ",
    r"\hat{y}": "ŷ",
    r"\hat y": "ŷ",
}
_STYLE = re.compile(r"\\(?:text|mathrm|mathbf|boldsymbol|bm|operatorname|mathit|mathsf|textbf|textit|vec)\b")
# "Error" is left out: seed 001 calls t - o the error, others the loss; a name that means both is no name.
_LOSS_NAMES = {"L", "E", "Etotal", "E_total", "E_tot", "E_Total", "Loss", "loss", "J", "C", "C_0", "Cost", "L_total", "ℓ"}


#: Letters of the dz preset (Ng's Z, A, X, Y) and of the neuron preset (O_j, T_j, θ_j, Err_j) read as their usual kinds.
#: An optimizer's state of one parameter as nnwalk (and PyTorch's pseudo-code) writes it: m^{(t)}_{w_5},
#: \hat{v}^{(t)}_{W^{(2)}_{11}}, s^{(t)}_{b_1}: the symbol, the update count t, the parameter.
_STATE = re.compile(r"^(?:\\hat\{?([mv])\}?|([mvs]))\^\{?\((\d+)\)\}?_\{(.+)\}$")
_ALIASES = {"W": "w", "Z": "z", "A": "a", "X": "x", "Y": "t", "O": "o", "T": "t", "θ": "b", "Err": "δ", "dZ": "δ"}


@dataclass(frozen=True)
class Shape:
    """What the reader needs to know about the network: sizes, input layer first."""

    layers: tuple[int, ...]

    @property
    def L(self) -> int:
        return len(self.layers) - 1


def _split_partial(s: str) -> tuple[str, str] | None:
    r"""``\frac{\partial A}{\partial B}`` or ``∂A/∂B`` → (A, B)."""
    s = s.strip()
    if s.startswith(r"\frac{") or s.startswith(r"\dfrac{") or s.startswith(r"\tfrac{"):
        i = s.index("{")
        j = matching_brace(s, i)
        if j < 0 or j + 1 >= len(s) or s[j + 1] != "{":
            return None
        k = matching_brace(s, j + 1)
        if k != len(s) - 1:
            return None
        num, den = s[i + 1 : j].strip(), s[j + 2 : k].strip()
        for p in (r"\partial", "∂", "d"):
            if num.startswith(p) and den.startswith(p):
                return num[len(p) :].strip(), den[len(p) :].strip()
        return None
    m = re.fullmatch(r"(?:∂|d)\s*(\S+?)\s*/\s*(?:∂|d)\s*(\S+)", s)
    if m:
        return m.group(1), m.group(2)
    return None


#: Spellings already made compact: the same names recur through a document (every table row, every chain).
#: Bounded: cleared when full.
_NORMALIZED: dict[str, str] = {}
_NORMALIZED_MAX = 100_000


def normalize(name: str) -> str:
    """A compact, brace-free spelling: ``\\text{net}_{h1}`` → ``net_h1``, ``z^{(1)}_{1}`` → ``z^(1)_1``."""
    got = _NORMALIZED.get(name)
    if got is None:
        if len(_NORMALIZED) >= _NORMALIZED_MAX:
            _NORMALIZED.clear()
        got = _NORMALIZED[name] = _normalize(name)
    return got


def _normalize(name: str) -> str:
    s = name.translate(_SUB)
    for k, v in _GREEK.items():
        s = s.replace(k, v)
    s = _STYLE.sub("", s)
    s = re.sub(r"\\(?:left|right|big|Big|bigg|Bigg)\b", "", s)
    s = re.sub(r"\\[,;:! ]|~", "", s)
    s = s.replace("{", "").replace("}", "").replace(" ", "")
    s = s.replace("^\\prime", "'").replace("\\prime", "'").replace("^+", "^new").replace("^*", "^new")
    return s


def _new_suffix(s: str) -> tuple[str, bool]:
    """Strip an "after the update" mark (``^{new}``, ``_new``, ``^+``, ``'``)."""
    for suf in ("^(new)", "(new)", "^new", "_new", "new", "^updated", "'"):
        if s.endswith(suf) and len(s) > len(suf):
            return s[: -len(suf)].rstrip("_^"), True
    m = re.match(r"^(.*?)\^new(.*)$", s)
    if m:
        return m.group(1) + m.group(2), True
    return s, False


def _layer(s: str) -> tuple[str, int | None]:
    """Take a layer mark ``^(l)``, ``^[l]``, ``[l]`` out of the name."""
    m = re.search(r"\^?\((\d+)\)|\^?\[(\d+)\]", s)
    if not m:
        return s, None
    l = int(m.group(1) or m.group(2))
    return s[: m.start()] + s[m.end() :], l


def _indices(sub: str, sizes: tuple[int, int] | None) -> list[tuple[int, int]]:
    """Split a double subscript ``12`` / ``1,2`` into (first, second), 1-based; all plausible splits."""
    if "," in sub:
        a, _, b = sub.partition(",")
        return [(int(a), int(b))] if a.isdigit() and b.isdigit() else []
    if not sub.isdigit() or len(sub) < 2:
        return []
    return [(int(sub[:k]), int(sub[k:])) for k in range(1, len(sub))]


class Reader:
    """Readings of names for one network shape."""

    def __init__(
        self, layers: tuple[int, ...], numbering: dict[int, Key] | None = None, names: dict[str, Key] | None = None
    ) -> None:
        self.layers = tuple(layers)
        #: names whose quantity the page's own formulas define (``w_{1,2}`` in ``a_2 = w_{1,2} x_1 + …``): read so only
        self._names: dict[str, Key] = dict(names or {})
        self.L = len(layers) - 1
        # numbered weights (w_1 … counted row by row through the net, unless the document says otherwise:
        # "w2 = 0.20 (x1 → h2)") and global neuron numbers
        self._wnum: dict[int, Key] = {}
        n = 1
        for l in range(1, self.L + 1):
            for j in range(self.layers[l]):
                for i in range(self.layers[l - 1]):
                    self._wnum[n] = ("w", l, j, i)
                    n += 1
        if numbering:
            self._wnum = dict(numbering)
        #: capital letters the document gives layer blocks with (``W_1 = [0.5  −0.5]``): there ``W_2``, and
        #: ``∂L/∂W_2``, name layer 2's matrix even when it is 1×1, not the second numbered weight
        self.layer_letters: set[str] = set()
        self._gneuron: dict[int, tuple[int, int]] = {}
        g = 1
        for l, size in enumerate(self.layers):
            for j in range(size):
                self._gneuron[g] = (l, j)
                g += 1

    # ------------------------------------------------------------ helpers
    def _ok(self, l: int, j: int) -> bool:
        return 0 <= l <= self.L and 0 <= j < self.layers[l]

    def _w(self, l: int, a: int, b: int) -> list[Key]:
        """Both index orders of W^(l)_{ab}; target-first first."""
        out = []
        if 1 <= l <= self.L:
            if 0 <= a - 1 < self.layers[l] and 0 <= b - 1 < self.layers[l - 1]:
                out.append(("w", l, a - 1, b - 1))
            if 0 <= b - 1 < self.layers[l] and 0 <= a - 1 < self.layers[l - 1]:
                out.append(("w", l, b - 1, a - 1))
        return list(dict.fromkeys(out))

    def _tagged(self, tag: str) -> tuple[int, int] | None:
        """``h1`` / ``o2`` / ``i1`` / ``h2,1`` → (layer, 0-based index)."""
        m = re.fullmatch(r"([hoiy])(\d+)(?:,(\d+))?", tag)
        if not m:
            return None
        kind, a, b = m.group(1), int(m.group(2)), m.group(3)
        if kind == "i":
            l, j = 0, a - 1
        elif kind in "oy":
            l, j = self.L, a - 1
        elif b is not None:
            l, j = a, int(b) - 1
        elif self.L == 2:
            l, j = 1, a - 1
        else:
            return None
        return (l, j) if self._ok(l, j) else None

    # ------------------------------------------------------------ main entry
    def readings(self, name: str) -> list[Key]:
        """Every quantity ``name`` may denote, most likely first (empty: not a quantity we know)."""
        if len(name) > 80:
            return []
        st = _STATE.match(name.strip())
        if st:  # an optimizer's state of a weight or bias, after update t: ("opt", symbol, t, "w"|"b", ...)
            symbol = f"hat_{st.group(1)}" if st.group(1) else st.group(2)
            return [("opt", symbol, int(st.group(3)), *k) for k in self.readings(st.group(4)) if k[0] in ("w", "b")]
        if name.startswith("-\\frac"):  # the neuron preset's -dE/dw_ij = Err_j O_i: read with the target-first sign
            name = name[1:]
        part = _split_partial(name)
        if part is not None:
            num, den = part
            if normalize(num) not in _LOSS_NAMES:
                return []
            inner = self.readings(den)
            out: list[Key] = []
            for k in inner:
                if k[0] == "w":
                    out.append(("gw",) + k[1:])
                elif k[0] == "b":
                    out.append(("gb",) + k[1:])
                elif k[0] == "z":
                    out.append(("delta",) + k[1:])
                elif k[0] == "a":  # ∂E/∂out_o1, ∂L/∂a_2, ∂L/∂ŷ: the loss's gradient with respect to an activation
                    out.append(("ga",) + k[1:])
                elif k[0] == "W":
                    out.append(("GW",) + k[1:])
                elif k[0] == "B":
                    out.append(("GB",) + k[1:])
                elif k[0] == "Z":
                    out.append(("D",) + k[1:])
            return out
        s = normalize(name)
        word = re.fullmatch(r"(hidden|output|input)_?(\d+)(\^?'|_?in|_?net)?", s, re.IGNORECASE)
        if word:  # code-style names: hidden1, output2, hidden1' (its net input, as a prime marks it there)
            return self._word(word.group(1).lower(), int(word.group(2)) - 1, word.group(3) is not None)
        s, new = _new_suffix(s)
        explicit = self._names.get(s)
        if explicit is None and s[:1] in self.layer_letters and re.fullmatch(r"[A-Z]_?\d", s):
            return self.blocks(name)
        base = [explicit] if explicit is not None else self._plain(s)
        if not new:
            return base
        out = []
        for k in base:
            if k[0] in ("w", "b"):
                out.append(("new_" + k[0],) + k[1:])
            elif k[0] in ("W", "B"):
                out.append(("NEW_" + k[0],) + k[1:])
        return out

    def blocks(self, name: str) -> list[Key]:
        """Block readings of a name printed with a vector or matrix value: ``W_1``, ``b_2``, ``δ_1``, ``∂L/∂W_1``.

        ``W_1 = [[0.5, 0.6], [0.7, 0.8]]`` names layer 1's weight matrix, where ``w_1 = 0.15`` alone
        is the first numbered weight: the subscript is a layer only when the value is a block.
        """
        if len(name) > 80:
            return []
        part = _split_partial(name)
        if part is not None:
            num, den = part
            if normalize(num) not in _LOSS_NAMES:
                return []
            grad = {"W": "GW", "B": "GB", "Z": "D", "A": "GA"}
            return [(grad[k[0]],) + k[1:] for k in self.blocks(den) if k[0] in grad]
        s, new = _new_suffix(normalize(name))
        m = re.fullmatch(r"([ZAWBzawbδ])_?(\d)(\^T)?", s)
        if not m or m.group(3) or not 1 <= int(m.group(2)) <= self.L:
            return []
        kind = {"z": "Z", "a": "A", "w": "W", "b": "B", "δ": "D"}[m.group(1).lower() if m.group(1) != "δ" else "δ"]
        if new:
            return [("NEW_" + kind, int(m.group(2)))] if kind in ("W", "B") else []
        return [(kind, int(m.group(2)))]

    def _word(self, word: str, j: int, net: bool) -> list[Key]:
        """``input1`` → x_0; ``hidden1`` → a (or z, primed) of the one hidden layer; ``output1`` → the output layer's."""
        if word == "input":
            return [("x", j)] if self._ok(0, j) and not net else []
        l = self.L if word == "output" else 1 if self.L == 2 else None
        if l is None or not self._ok(l, j):
            return []
        return [("z" if net else "a", l, j)]

    def _plain(self, s: str) -> list[Key]:
        if s in _LOSS_NAMES:
            return [("loss",)]
        # nnwalk's batches write the example in brackets beside the layer: z^{(1)[2]}_1, L^{[2]}, y^{[2]}_1.
        # With a (layer) present, [n] is the example; alone, [n] is a layer (Ng's Z[4]) or an example: both readings.
        dz = re.search(r"\[(\d+)\]\((\d+)\)", s)  # the dz preset's Z^{[l](e)}: layer in brackets, example after it
        if dz:
            if s.startswith(("dW", "db")):  # one example's gradient (the batch's is the mean): not a network value
                return []
            return self._plain_layered(s[: dz.start()] + f"[{dz.group(1)}]" + s[dz.end() :])
        example = re.search(r"\[(\d+)\]", s)
        if example and re.search(r"\^?\((\d+)\)", s):
            s = s[: example.start()] + s[example.end() :]
        elif example:
            bare = (s[: example.start()] + s[example.end() :]).replace("^", "").rstrip("_")
            as_example = self._plain(bare) if bare != s and bare else []
            as_layer = self._plain_layered(s)
            first, second = (as_example, as_layer) if re.match(r"(y|o|h|ŷ|L|E|ℓ)", bare) else (as_layer, as_example)
            return list(dict.fromkeys(first + second))
        return self._plain_layered(s)

    def _plain_layered(self, s: str) -> list[Key]:
        s, layer = _layer(s)
        # matrix forms: Z[l], dZ[l], W^(l), dW[l], δ^(l) without index
        m = re.fullmatch(r"(d?)([ZAWBzawbδ])(\^T)?", s)
        if m and layer is not None and 1 <= layer <= self.L:
            d, letter = m.group(1), m.group(2)
            if m.group(3):
                return []
            kind = {"z": "Z", "a": "A", "w": "W", "b": "B", "δ": "D"}.get(letter.lower(), letter.upper())
            if d:
                kind = {"Z": "D", "W": "GW", "B": "GB", "A": ""}.get(kind, "")
            return [(kind, layer)] if kind else []
        m = re.fullmatch(r"(Err|dZ|dW|db|z|net|a|h|out|y|o|ŷ|δ|b|w|W|x|i|t|d|Z|A|X|Y|O|T|θ)_?([a-z]?\d+(?:,\d+)?)", s)
        if not m:
            return []
        letter, sub = m.group(1), m.group(2)
        # the other presets' letters: dz (Z, A, X, Y, dZ, dW, db) and neuron (O, T, θ for the bias, Err for δ)
        letter = _ALIASES.get(letter, letter)
        grad = {"dW": "gw", "db": "gb"}.get(letter)
        if grad is not None:
            base = self._layered(letter[1].lower(), sub, layer) if layer is not None else []
            return [(grad,) + k[1:] for k in base]
        if layer is not None:
            return self._layered(letter, sub, layer)
        return self._unlayered(letter, sub)

    def _layered(self, letter: str, sub: str, l: int) -> list[Key]:
        """Neurons counted from 1 first; from 0 (seed 003's index notation, a^{(1)}_0) as the second reading."""
        if not 0 <= l <= self.L:
            return []
        if letter == "w":
            out = [k for a, b in _indices(sub, None) for k in self._w(l, a, b)]
            out += [k for a, b in _indices(sub, None) for k in self._w(l, a + 1, b + 1)]
            return list(dict.fromkeys(out))
        if not sub.isdigit():
            return []
        kind = {"z": "z", "net": "z", "a": "a", "h": "a", "out": "a", "y": "a", "o": "a", "δ": "delta", "b": "b"}.get(letter)
        if kind is None:
            return []
        if l == 0:  # a^{(0)}_i: an input
            return [("x", j) for j in (int(sub) - 1, int(sub)) if kind == "a" and self._ok(0, j)]
        return [(kind, l, j) for j in (int(sub) - 1, int(sub)) if self._ok(l, j)]

    def _unlayered(self, letter: str, sub: str) -> list[Key]:
        out: list[Key] = []
        tag = sub if not sub.isdigit() else None
        if tag is not None:  # net_h1, out_o1, δ_o1
            pos = self._tagged(tag)
            if pos is None:
                return []
            l, j = pos
            kind = {"net": "z", "z": "z", "out": "a", "a": "a", "δ": "delta"}.get(letter)
            if l == 0:
                return [("x", j)] if letter in ("out", "a", "i", "x") else []
            return [(kind, l, j)] if kind else []
        n = int(sub.split(",")[0]) if "," not in sub else None
        if n is None:
            if letter == "w":
                a, b = (int(v) for v in sub.split(","))
                return self._w(self.L, a, b) + self._gweight(a, b)
            return []
        j = n - 1
        if letter == "w":
            if n in self._wnum:
                out.append(self._wnum[n])
            for a, b in _indices(sub, None):
                out.extend(self._gweight(a, b))
                if self.L == 1:
                    out.extend(self._w(1, a, b))
            return list(dict.fromkeys(out))
        if letter in ("x", "i") and self._ok(0, j):
            out.append(("x", j))
        if letter == "t" and self._ok(self.L, j):
            out.append(("t", j))
        if letter == "t" and n in self._gneuron and self._gneuron[n][0] == self.L:  # T_6: target of neuron 6
            out.append(("t", self._gneuron[n][1]))
        if letter in ("t", "y") and self._ok(self.L, n):  # y_0, y_1: targets counted from 0 (seed 003), last reading
            out.append(("t", n))
        if 1 <= n <= self.L and self.layers[n] == 1:  # z_2, a_2, δ_2 in a chain of single neurons: layer n's neuron
            kind = {"z": "z", "net": "z", "a": "a", "h": "a", "y": "a", "o": "a", "δ": "delta"}.get(letter)
            if kind:
                out.append((kind, n, 0))
        if letter == "h" and self.L == 2 and self._ok(1, j):
            out.append(("a", 1, j))
        if letter in ("y", "o", "ŷ") and self._ok(self.L, j):
            out.append(("a", self.L, j))
        if letter == "y" and self._ok(self.L, j):
            out.append(("t", j))
        if letter == "b":
            # counted through the net (b_3 = the first output neuron's bias in a 2-2-2 net), or one bias per
            # layer as in Mazur's example (b_1 for the hidden layer, b_2 for the output: any neuron of it)
            k = 0
            for l in range(1, self.L + 1):
                for jj in range(self.layers[l]):
                    k += 1
                    if k == n:
                        out.append(("b", l, jj))
            if 1 <= n <= self.L:
                out.extend(("b", n, jj) for jj in range(self.layers[n]))
        # global neuron numbers (a4 = the fourth neuron counted from the first input), unless n already named a layer's only neuron
        layer_read = 1 <= n <= self.L and self.layers[n] == 1 and letter in ("z", "net", "a", "h", "y", "o", "δ")
        if n in self._gneuron and not layer_read:
            l, jj = self._gneuron[n]
            if l > 0:
                kind = {"a": "a", "o": "a", "h": "a", "y": "a", "z": "z", "net": "z", "δ": "delta", "b": "b"}.get(letter)
                if kind:
                    out.append((kind, l, jj))
        return list(dict.fromkeys(out))

    def _gweight(self, a: int, b: int) -> list[Key]:
        """``w46``: from global neuron 4 to global neuron 6 (either order)."""
        out = []
        for src, dst in ((a, b), (b, a)):
            if src in self._gneuron and dst in self._gneuron:
                (ls, i), (ld, j) = self._gneuron[src], self._gneuron[dst]
                if ld == ls + 1:
                    out.append(("w", ld, j, i))
        return out
