"""Read a network that a document gives only inside its substituted formulas.

Many hand-written walkthroughs never list their weights. They write a neuron's net input as a
sum of named products and then the same sum with numbers — ``net_{h1} = i1*w11 + i2*w21``,
then ``net_{h1} = 0*0.5 + 1*0.1 = 0.1``; ``a_3 = (w_{1,3} × y_3) + (w_{2,3} × y_4) =
(0.3 × 0.56) + (0.9 × 0.58)`` — and an activation of it (``y_3 = F(0.21)``, ``out_{h1} =
f(net_{h1})``). The pairing of each name with the number in its place, and the sums' shape,
*are* the network:

* a formula and its substitution are matched token for token (a name in the formula where the
  substitution has a number binds the name to that number; everything else must be equal), so
  nothing is guessed from the order of names or from a numbering convention;
* each sum of ``weight × source`` products (plus a bias) is a neuron; a source is another
  neuron's activation when its name is that activation's name or its number is that activation's
  printed value, otherwise it is an input; the layers follow from who feeds whom, and must be fully
  connected;
* a target is the name subtracted from (or from which is subtracted) an output in a substituted
  loss or error (``(d - o)^2`` with ``(1 - 0.697)^2``; ``y_{target} - y_5`` with ``0.5 - 0.67``).

Level 2 then reads the document's names as the page defines them (:attr:`SubNet.names`: ``w_{1,2}``
is the weight from ``x_1`` to ``a_2`` because the page's sum says so), not by a general convention.
Like the numbered reader, the result is used only when the document prints most of the forward
pass it implies (:func:`generator.verify.numbered.confirmed`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..check.evaluate import evaluate
from ..check.extract import Chain, LineMap
from ..check.interval import Interval
from ..check.lexer import Token
from ..check.parse import parse_tokens
from .names import normalize

#: Tokens that mean multiplication, written every way authors write it.
_MUL = frozenset({"*", "\\cdot", "\\times", "×", "·", "⋅", "\\ast", "∗"})
#: Tokens with no meaning for the shape of a formula (spacing, sizing, alignment).
_SKIP = frozenset(
    {"\\left", "\\right", "\\,", "\\;", "\\!", "\\:", "\\ ", "\\big", "\\Big", "\\bigl", "\\bigr", "\\Bigl", "\\Bigr", "&", "$"}
    | {"\\quad", "\\qquad", "\\displaystyle", "~"}
)
#: Style commands whose braced argument is part of a name (``\text{net}_{h1}``).
_STYLE = frozenset({"\\text", "\\mathrm", "\\mathit", "\\operatorname", "\\mathbf", "\\boldsymbol", "\\textrm", "\\bm"})
#: Names that, followed by a parenthesis, apply a function rather than multiply.
_FUNCS = frozenset(
    {"f", "F", "g", "G", "σ", "\\sigma", "sigmoid", "sig", "tanh", "\\tanh", "relu", "ReLU", "φ", "\\phi", "\\varphi"}
)
_GREEK_CMD = re.compile(r"^\\(?:alpha|beta|gamma|delta|Delta|eta|theta|omega|sigma|phi|varphi|mu|lambda|epsilon|varepsilon)$")
_WEIGHT = re.compile(r"^(?:w|W|ω|θ)(?![a-zA-Z])|^(?:w|W)(?=\d)")
_BIAS = re.compile(r"^(?:b|B|bias)(?![a-zA-Z])")
_MINUS = frozenset({"-", "−", "–"})

Item = tuple[str, str, float]  # (kind: "name" | "num" | "op" | "call", text, value)


@dataclass
class _Neuron:
    """One sum of weight × source products read from a formula and its substitution."""

    terms: list[tuple[str, str]]  # (weight name, source name)
    bias: str | None
    net_name: str | None
    act_name: str | None = None
    net_value: str | None = None  # the printed net input (its digits), to find the activation that uses it
    act_value: tuple[float, int] | None = None  # the printed activation (value, decimals)
    order: int = 0


@dataclass
class SubNet:
    """A network read from substituted formulas: what ``docnet`` needs to build and explain a spec."""

    layers: list[int]
    weights: list[list[list[float]]]
    biases: list[list[float]] | None
    x: list[float]
    t: list[float]
    where: str
    #: normalized name → the quantity the page's own formulas make it (for level 2's reader)
    names: tuple[tuple[str, tuple], ...] = field(default_factory=tuple)
    loss_hint: str | None = None  # the loss its substituted formulas show, where no formula states one
    rate: float | None = None  # the learning rate its substituted update formula shows (η in Δw = η δ O)
    coarse_decimals: int | None = None  # the fewest decimals of a result it computes (two significant digits or more)


def _group_end(tokens: list[Token], i: int) -> int:
    """The index after a braced group starting at ``tokens[i]`` (a ``{``), or after one token."""
    if tokens[i].text != "{":
        return i + 1
    depth = 0
    for k in range(i, len(tokens)):
        if tokens[k].text == "{":
            depth += 1
        elif tokens[k].text == "}":
            depth -= 1
            if depth == 0:
                return k + 1
    return len(tokens)


def _name_end(tokens: list[Token], i: int) -> int:
    """The index after the name starting at ``tokens[i]``: letters, glued digits, sub- and superscripts, primes."""
    k = i + 1
    if tokens[i].text in _STYLE and k < len(tokens) and tokens[k].text == "{":
        k = _group_end(tokens, k)
    scripted = False
    while k < len(tokens):
        t = tokens[k]
        if (
            t.start == tokens[k - 1].end
            and t.kind in ("num", "word")
            and tokens[k - 1].kind in ("word", "num", "sym")
            and not (scripted and t.kind == "word")
        ):
            k += 1  # i1, w11, w1o: letters and digits written together (but w_1x is w_1 times x, as TeX reads it)
        elif t.text in ("_", "^") and k + 1 < len(tokens):
            k = _group_end(tokens, k + 1)
            scripted = True
        elif t.text == "'":
            k += 1
        else:
            break
    return k


def _is_name_start(t: Token) -> bool:
    return t.kind in ("word", "sym") or t.text in _STYLE or bool(t.kind == "cmd" and _GREEK_CMD.match(t.text))


def items(tokens: list[Token], text: str) -> list[Item] | None:
    """A formula side as names, numbers and operators (multiplication and spacing normalised), or None."""
    out: list[Item] = []
    toks = [t for t in tokens if t.text not in _SKIP]
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.kind == "num":
            try:
                out.append(("num", t.text, float(t.text)))
            except ValueError:
                return None
            i += 1
        elif _is_name_start(t):
            end = _name_end(toks, i)
            raw = text[t.start : toks[end - 1].end] if text else "".join(x.text for x in toks[i:end])
            name = normalize(raw)
            if name in _FUNCS and end < len(toks) and toks[end].text == "(":
                out.append(("call", name, 0.0))
            else:
                out.append(("name", name, 0.0))
            i = end
        else:
            op = "*" if t.text in _MUL else "-" if t.text in _MINUS else t.text
            out.append(("op", op, 0.0))
            i += 1
    return _signed(_implicit(out))


def _implicit(seq: list[Item]) -> list[Item]:
    """An explicit ``*`` between two juxtaposed operands (``w_1 x_1``, ``0.5(1 - 0.5)``), as the other side may write it."""
    out: list[Item] = []
    for it in seq:
        if out:
            prev = out[-1]
            left = prev[0] in ("name", "num") or prev[1] in (")", "}")
            right = it[0] in ("name", "num", "call") or it[1] == "("
            if left and right:
                out.append(("op", "*", 0.0))
        out.append(it)
    return out


def _signed(seq: list[Item]) -> list[Item]:
    """``( - 0.07 )`` as the one signed number it is: a formula writes that place as a bare name (``w_{11}``)."""
    out: list[Item] = []
    i = 0
    while i < len(seq):
        if out and out[-1][0] == "call":  # f(0.8): the parentheses of an applied function stay
            out.append(seq[i])
            i += 1
            continue
        if (
            i + 3 < len(seq)
            and seq[i][1] == "("
            and seq[i + 1] == ("op", "-", 0.0)
            and seq[i + 2][0] == "num"
            and seq[i + 3][1] == ")"
        ):
            out.append(("num", "-" + seq[i + 2][1], -seq[i + 2][2]))
            i += 4
            continue
        if seq[i] == ("op", "-", 0.0) and out and out[-1][1] in ("*", "/") and i + 1 < len(seq) and seq[i + 1][0] == "num":
            out.append(("num", "-" + seq[i + 1][1], -seq[i + 1][2]))  # 0.5 × -0.012: a signed factor
            i += 2
            continue
        if seq[i][1] == "(" and i + 2 < len(seq) and seq[i + 1][0] == "num" and seq[i + 2][1] == ")":
            out.append(seq[i + 1])
            i += 3
            continue
        out.append(seq[i])
        i += 1
    return out


def bind(formula: list[Item], numbers: list[Item]) -> dict[str, tuple[str, float]] | None:
    """Each name of ``formula`` → the number in its place in ``numbers``, when the two have one shape.

    Brackets around one product of a sum are the same shape as none (``w_1 x + b_1 = (2 × 1) + 0``)."""
    if len(formula) != len(numbers):
        formula, numbers = _bare_products(formula), _bare_products(numbers)
    if len(formula) != len(numbers) or any(k == "name" for k, _t, _v in numbers):
        return None
    got: dict[str, tuple[str, float]] = {}
    for (fk, ft, fv), (nk, nt, nv) in zip(formula, numbers, strict=True):
        if fk == "name" and nk == "num":
            if ft in got and got[ft][1] != nv:
                return None
            got[ft] = (nt, nv)
        elif fk != nk or ft != nt or (fk == "num" and fv != nv):
            return None
    return got or None


def _bare_products(seq: list[Item]) -> list[Item]:
    """``seq`` without the brackets around a term that is one product (``(2 × 1) + 0`` → ``2 × 1 + 0``): a term
    of a sum, so dropping them changes nothing (not after a function's name, not beside ``×`` or ``/``)."""
    out: list[Item] = []
    i = 0
    while i < len(seq):
        if seq[i][1] == "(" and (not out or out[-1][1] in ("+", "-", "=")) and (not out or out[-1][0] != "call"):
            j = _closes(seq, i)
            inner = seq[i + 1 : j]
            after = seq[j + 1][1] if 0 < j < len(seq) - 1 else None
            if (
                j > i + 1
                and after in (None, "+", "-")
                and all(k in ("name", "num") or t == "*" for k, t, _v in inner)
                and any(t == "*" for _k, t, _v in inner)
            ):
                out.extend(inner)
                i = j + 1
                continue
        out.append(seq[i])
        i += 1
    return out


def _unwrap(seq: list[Item]) -> tuple[list[Item], bool]:
    """The argument of one applied activation (``f( … )``) and True, or ``seq`` and False."""
    if len(seq) >= 3 and seq[0][0] == "call" and seq[1][1] == "(" and seq[-1][1] == ")" and _closes(seq, 1) == len(seq) - 1:
        return seq[2:-1], True
    return seq, False


def _closes(seq: list[Item], i: int) -> int:
    depth = 0
    for k in range(i, len(seq)):
        if seq[k][1] in ("(", "{"):
            depth += 1
        elif seq[k][1] in (")", "}"):
            depth -= 1
            if depth == 0:
                return k
    return -1


def _terms(seq: list[Item]) -> list[list[Item]] | None:
    """Top-level ``+`` terms of a sum, each with its grouping parentheses removed; None for any other shape."""
    terms: list[list[Item]] = [[]]
    depth = 0
    for it in seq:
        if it[1] in ("(", "{"):
            depth += 1
        elif it[1] in (")", "}"):
            depth -= 1
        if it == ("op", "+", 0.0) and depth == 0:
            terms.append([])
        else:
            terms[-1].append(it)
    out = []
    for term in terms:
        while len(term) >= 2 and term[0][1] == "(" and term[-1][1] == ")" and _closes(term, 0) == len(term) - 1:
            term = term[1:-1]
        if not term:
            return None
        out.append(term)
    return out


def _neuron(formula: list[Item], lhs: str | None) -> tuple[_Neuron, bool] | None:
    """The neuron a sum of ``weight × source`` (+ bias) defines, and whether an activation wraps the sum."""
    inner, applied = _unwrap(formula)
    terms = _terms(inner)
    if terms is None:
        return None
    products: list[tuple[str, str]] = []
    bias = None
    for term in terms:
        if len(term) == 3 and term[0][0] == term[2][0] == "name" and term[1] == ("op", "*", 0.0):
            a, b = term[0][1], term[2][1]
            wa, wb = bool(_WEIGHT.match(a)), bool(_WEIGHT.match(b))
            if wa == wb:
                return None
            products.append((a, b) if wa else (b, a))
        elif len(term) == 1 and term[0][0] == "name" and _BIAS.match(term[0][1]) and bias is None:
            bias = term[0][1]
        else:
            return None
    if not products or len({s for _w, s in products}) != len(products):
        return None
    return _Neuron(products, bias, None if applied else lhs), applied


def _single(seq: list[Item] | None) -> Item | None:
    if seq is not None and len(seq) == 1 and seq[0][0] in ("num", "name"):
        return seq[0]
    if seq is not None and len(seq) == 2 and seq[0] == ("op", "-", 0.0) and seq[1][0] == "num":
        return ("num", "-" + seq[1][1], -seq[1][2])
    return None


def _stem(name: str) -> str:
    """A name without its subscripts and marks: ``Δw_{2,3}`` and ``Δw_{ij}`` share ``Δw``."""
    return re.split(r"[_^(']", name, maxsplit=1)[0]


def _decimals(s: str) -> int:
    return len(s.split(".")[1]) if "." in s else 0


def _natural(name: str) -> list:
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", name)]


class _Reading:
    """The formulas of one document, side by side with their substitutions."""

    def __init__(self, text: str, chains: list[Chain]) -> None:
        self.sides: list[list[list[Item] | None]] = [[items(s.tokens, text) for s in c.sides] for c in chains]
        self.chains = chains
        self.bound: dict[str, tuple[str, float]] = {}
        self.conflict: set[str] = set()
        self.pairs: list[tuple[list[Item], dict[str, tuple[str, float]]]] = []
        self.neurons: list[_Neuron] = []

    def lhs(self, k: int) -> str | None:
        first = _single(self.sides[k][0]) if self.sides[k] else None
        return first[1] if first is not None and first[0] == "name" else None

    def _record(self, formula: list[Item], got: dict[str, tuple[str, float]]) -> None:
        self.pairs.append((formula, got))
        for name, v in got.items():
            if name in self.bound and self.bound[name][1] != v[1]:
                self.conflict.add(name)  # a later substitution with other numbers (an update): keep the first
            self.bound.setdefault(name, v)

    def read(self) -> None:
        """Every formula/substitution pair: within a chain (side i, then side i+1), or a formula chain and the next
        chain with the same left-hand name (or, for a chain that starts with numbers, the very next one)."""
        for k, sides in enumerate(self.sides):
            for i in range(len(sides) - 1):
                f, n = sides[i], sides[i + 1]
                if f is None or n is None or not any(x[0] == "name" for x in f):
                    continue
                got = bind(f, n)
                if got is not None:
                    self._record(f, got)
                    self._sum(k, i, i + 1)
            last = sides[-1] if sides else None
            if last is None or len(sides) < 2 or not any(x[0] == "name" for x in last):
                continue
            lhs = self.lhs(k)
            for k2 in range(k + 1, min(k + 4, len(self.sides))):
                other = self.sides[k2]
                if not other:
                    continue
                same = lhs is not None and self.lhs(k2) == lhs
                if not same and k2 != k + 1:
                    continue
                at = 1 if self.lhs(k2) is not None and len(other) >= 2 else 0
                got = bind(last, other[at]) if other[at] is not None else None
                if got is not None:
                    self._record(last, got)
                    if same:
                        self._sum(k, len(sides) - 1, at, k2)
                    break
                if same:
                    break

    def instances(self) -> None:
        """A general formula and its first worked instance (``Δw_{ij} = η × δ_j × O_j``, then ``Δw_{2,3} = 1 × (−0.0376)
        × 0.59``): same name up to its subscripts, same shape: binds the constants it shares (η = 1)."""
        done: set[str] = set()
        by_stem: dict[str, list[int]] = {}  # chains by their name's stem, in order: no pass over the whole page per formula
        for k in range(len(self.sides)):
            if (name := self.lhs(k)) is not None:
                by_stem.setdefault(_stem(name), []).append(k)
        for k, sides in enumerate(self.sides):
            lhs = self.lhs(k)
            last = sides[-1] if len(sides) >= 2 else None
            if lhs is None or last is None or lhs in done or not any(x[0] == "name" for x in last):
                continue
            for k2 in by_stem.get(_stem(lhs), ()):
                other = self.sides[k2]
                name = self.lhs(k2)
                if k2 <= k or name == lhs or len(other) < 2 or other[1] is None:
                    continue
                got = bind(last, other[1])
                if got is not None:
                    done.add(lhs)
                    self._record(last, got)
                    break

    def _sum(self, k: int, fi: int, ni: int, k2: int | None = None) -> None:
        """Record the neuron that the formula at side ``fi`` of chain ``k`` defines, if it is a weighted sum."""
        formula = self.sides[k][fi]
        lhs = self.lhs(k) if fi > 0 else None
        got = _neuron(formula, lhs) if formula is not None else None
        if got is None:
            return
        neuron, applied = got
        where = self.sides[k2 if k2 is not None else k]
        after = where[ni + 1 :]
        if after:
            nxt = after[0]
            if applied and nxt is not None:
                nxt, _ = _unwrap(nxt)
            value = _single(nxt)
            if value is not None and value[0] == "num":
                neuron.net_value = value[1]
        if applied:
            neuron.act_name = lhs
            last = _single(where[-1]) if len(after) >= 2 else None
            if last is not None and last[0] == "num":
                neuron.act_value = (last[2], _decimals(last[1]))
        neuron.order = self.chains[k].sides[0].start
        self.neurons.append(neuron)

    def activations(self) -> None:
        """``y_3 = F(0.21) = … = 0.56`` or ``out_{h1} = f(net_{h1})``: which neuron each activation name belongs to."""
        waiting: dict[str, list[_Neuron]] = {}  # a neuron's net input, by its name and by its printed digits
        for n in self.neurons:
            for key in {n.net_name, n.net_value} - {None}:
                waiting.setdefault(key, []).append(n)  # type: ignore[arg-type]
        for k, sides in enumerate(self.sides):
            lhs = self.lhs(k)
            if lhs is None:
                continue
            for side in sides[1:]:
                if side is None:
                    continue
                arg, applied = _unwrap(side)
                one = _single(arg) if applied else None
                if one is None:
                    continue
                for n in waiting.get(one[1], ()):
                    if n.act_name is None and (one[1] == n.net_name or (one[0] == "num" and one[1] == n.net_value)):
                        n.act_name = lhs
                        last = _single(sides[-1])
                        if last is not None and last[0] == "num":
                            n.act_value = (last[2], _decimals(last[1]))
                        break


class _Sources:
    """Which neuron's activation a source name is: by the activation's name, or else by its printed value rounded to
    the source's digits (two or more: ``0.7`` is as likely an input as a rounded activation). Indexed once, so a page
    with thousands of sums is read in linear time."""

    def __init__(self, neurons: list[_Neuron]) -> None:
        self.by_name: dict[str, int] = {}
        self.by_value: dict[tuple[int, float], list[int]] = {}
        for idx, n in enumerate(neurons):
            if n.act_name is not None:
                self.by_name.setdefault(n.act_name, idx)
            if n.act_value is not None:
                for d in range(2, n.act_value[1] + 1):
                    self.by_value.setdefault((d, round(n.act_value[0], d)), []).append(idx)

    def of(self, name: str, value: tuple[str, float] | None) -> int | None:
        if name in self.by_name:
            return self.by_name[name]
        if value is None or (digits := _decimals(value[0])) < 2:
            return None
        hits = self.by_value.get((digits, round(value[1], digits)), [])
        return hits[0] if len(hits) == 1 else None


def torn_substitutions(text: str, chains: list[Chain]) -> frozenset[int]:
    """The results of substitutions that give one name of their formula a number another substitution contradicts.

    ``net_{o_1} = w_{11}^{2} out_{h_1} + w_{21}^{2} out_{h_2} + b_3``, then ``… + 0.35 = 1.105905967``, and
    ``net_{o_2} = … + b_3``, then ``… + 0.55 = 1.224921404``: the page's own substitutions disagree about b₃,
    so a result that does not follow from its substituted numbers may be right and a number copied wrong
    (the true bias is 0.60, and both results are the true ones). Level 1 names such a line and does not
    follow its result into what comes after it. One formula substituted again with other numbers (a second
    example, a later step) contradicts nothing.
    """
    formulas: dict[str, list[Item]] = {}
    bound: list[tuple[str, dict[str, float], list[int]]] = []
    for chain in chains:
        if len(chain.sides) < 2 or not chain.sides[0].tokens:
            continue
        head = normalize(chain.sides[0].text)
        last = [t for t in chain.sides[-1].tokens if t.kind == "num"]
        results = [last[0].start] if len(last) == 1 else []
        for side in chain.sides[1:]:
            if head not in formulas and not any(t.kind in ("sym", "word") for t in side.tokens):
                continue  # numbers with no formula before them to bind to (most lines: read no further)
            seq = items(side.tokens, text)
            if not seq:
                continue
            if any(kind == "name" for kind, _t, _v in seq):
                formulas[head] = seq
            elif head in formulas and (got := bind(formulas[head], seq)) is not None:
                bound.append((head, {name: value for name, (_text, value) in got.items()}, results))
    # each formula gives a symbol one number, and two formulas give it two: the page contradicts itself (a formula
    # substituted again with other numbers is another example or step, not a contradiction)
    values: dict[str, dict[str, set[float]]] = {}
    for head, names, _results in bound:
        for name, value in names.items():
            values.setdefault(name, {}).setdefault(head, set()).add(value)
    torn = {
        name
        for name, by_head in values.items()
        if len(by_head) > 1 and all(len(v) == 1 for v in by_head.values()) and len(set().union(*by_head.values())) > 1
    }
    return frozenset(r for _head, names, results in bound if torn & set(names) for r in results)


def read_substituted(text: str, chains: list[Chain], lines: LineMap) -> SubNet | str | None:
    """The network of a document's substituted sums, why they do not make one (a sentence), or None: none printed."""
    r = _Reading(text, chains)
    r.read()
    if not r.neurons:
        return None
    r.instances()
    r.activations()
    neurons = r.neurons
    # one neuron per net input: the same sum substituted twice (a formula chain and its numbers) is one neuron
    seen: dict[tuple, _Neuron] = {}
    for n in neurons:
        key = (tuple(n.terms), n.bias)
        if key in seen:
            old = seen[key]
            old.net_name = old.net_name or n.net_name
            old.act_name = old.act_name or n.act_name
            old.net_value = old.net_value or n.net_value
            old.act_value = old.act_value or n.act_value
        else:
            seen[key] = n
    neurons = list(seen.values())
    for n in neurons:
        for w, _s in n.terms:
            if w not in r.bound:
                return f"its sum for {n.net_name or n.act_name or 'a neuron'} names the weight {w} without a number for it"
    sources = _Sources(neurons)
    source: dict[str, int | None] = {}
    for n in neurons:
        for _w, s in n.terms:
            source[s] = sources.of(s, r.bound.get(s))
    inputs = sorted({s for s, v in source.items() if v is None}, key=_natural)
    if not inputs or any(s not in r.bound for s in inputs):
        return "its substituted sums do not give a number for every input"
    layer: dict[int, int] = {}

    def depth(idx: int, trail: frozenset[int]) -> int:
        if idx in layer:
            return layer[idx]
        if idx in trail:
            raise ValueError("cycle")
        srcs = [source[s] for _w, s in neurons[idx].terms]
        d = 1 + max((0 if v is None else depth(v, trail | {idx}) for v in srcs), default=0)
        layer[idx] = d
        return d

    try:
        for idx in range(len(neurons)):
            depth(idx, frozenset())
    except (ValueError, RecursionError):
        return "its substituted sums feed each other in a circle"
    L = max(layer.values())
    by_layer = [
        sorted(
            (i for i in range(len(neurons)) if layer[i] == l),
            key=lambda i: _natural(neurons[i].act_name or neurons[i].net_name or ""),
        )
        for l in range(1, L + 1)
    ]
    units: list[list[str]] = [inputs]
    weights: list[list[list[float]]] = []
    for l, members in enumerate(by_layer, start=1):
        prev = units[-1]
        mat = []
        for idx in members:
            n = neurons[idx]
            got = {s if source[s] is None else f"#{source[s]}": w for w, s in n.terms}
            want = prev if l == 1 else [f"#{i}" for i in by_layer[l - 2]]
            if sorted(got) != sorted(want):
                return (
                    f"its sum for {n.net_name or n.act_name or 'a neuron'} does not take every unit of the layer before "
                    "(level 2 computes fully connected layers)"
                )
            mat.append([r.bound[got[u]][1] for u in want])
        weights.append(mat)
        units.append([f"#{i}" for i in members])
    with_bias = [[neurons[i].bias for i in members] for members in by_layer]
    if any(b is None for row in with_bias for b in row):
        if any(b is not None for row in with_bias for b in row):
            return "some of its neurons add a bias and others do not"
        biases = None
    else:
        if any(b not in r.bound for row in with_bias for b in row):
            return "its substituted sums name a bias without a number for it"
        biases = [[r.bound[b][1] for b in row] for row in with_bias]  # type: ignore[index]
    outputs = by_layer[-1]
    targets = _targets(r, neurons, outputs, source)
    if targets is None:
        return "its substituted formulas do not show a target beside each output (such as (t - o)^2 with its numbers)"
    names: dict[str, tuple] = {}
    for i, s in enumerate(inputs):
        names[s] = ("x", i)
    for l, members in enumerate(by_layer, start=1):
        for j, idx in enumerate(members):
            n = neurons[idx]
            if n.net_name:
                names.setdefault(n.net_name, ("z", l, j))
            if n.act_name:
                names.setdefault(n.act_name, ("a", l, j))
            for w, s in n.terms:
                i = inputs.index(s) if source[s] is None else by_layer[l - 2].index(source[s])  # type: ignore[arg-type]
                names.setdefault(w, ("w", l, j, i))
                if source[s] is not None:
                    names.setdefault(s, ("a", l - 1, i))
            if n.bias:
                names.setdefault(n.bias, ("b", l, j))
            for base in (n.act_name or n.net_name, n.net_name):
                suffix = base.split("_", 1)[1] if base and "_" in base else None
                if suffix and not (base == n.net_name and n.act_name and suffix.isdigit()):  # a_1 → y_3: δ_3 is y_3's
                    for d in (f"δ_{suffix}", f"δ{suffix}"):
                        names.setdefault(d, ("delta", l, j))
    for k, (name, _v) in enumerate(targets):
        names.setdefault(name, ("t", k))
    first = min(n.order for n in neurons)
    where = f"weights, inputs and targets read from its substituted formulas (from line {lines.line(first)})"
    return SubNet(
        layers=[len(inputs)] + [len(m) for m in by_layer],
        weights=weights,
        biases=biases,
        x=[r.bound[s][1] for s in inputs],
        t=[v for _n, v in targets],
        where=where,
        names=tuple(sorted(names.items())),
        loss_hint=_loss_hint(r, {t for t, _v in targets}),
        rate=_rate(r),
        coarse_decimals=_coarse(r, {v[0].lstrip("-") for v in r.bound.values()}),
    )


def _is_output(name: str, value: tuple[str, float] | None, sources: _Sources, outputs: list[int]) -> int | None:
    idx = sources.of(name, value)
    return outputs.index(idx) if idx is not None and idx in outputs else None


def _targets(r: _Reading, neurons: list[_Neuron], outputs: list[int], source: dict) -> list[tuple[str, float]] | None:
    """Each output's target: the other operand of a substituted ``A − B`` where one side is that output."""
    network = {w for n in neurons for w, _s in n.terms} | set(source)
    sources = _Sources(neurons)
    found: dict[int, tuple[str, float]] = {}
    for formula, got in r.pairs:
        for i in range(len(formula) - 2):
            a, op, b = formula[i], formula[i + 1], formula[i + 2]
            if op != ("op", "-", 0.0) or a[0] != "name" or b[0] != "name":
                continue
            for out, other in ((b, a), (a, b)):
                k = _is_output(out[1], got.get(out[1]), sources, outputs)
                if k is not None and other[1] in got and other[1] not in network and k not in found:
                    found[k] = (other[1], got[other[1]][1])
    if sorted(found) != list(range(len(outputs))):
        return None
    return [found[k] for k in range(len(outputs))]


def _coarse(r: _Reading, givens: set[str]) -> int | None:
    """The fewest decimals the page computes with: of a rounded result (``… = 0.6201`` after a numeric expression)
    or of an operand that is not one of the network's givens (``-2.71011 · 0.242``: σ′ carried at three decimals).

    A result its expression gives exactly (``0.2 × 0.35 + 0.6 × 0.7 = 0.49``) says nothing of the precision the page
    carries, and neither does a number with fewer than two significant digits.
    """

    def digits(s: str) -> str:
        return s.lstrip("-").split(".")[1] if "." in s else ""

    found: list[int] = []
    exact: set[str] = set()
    for chain, sides in zip(r.chains, r.sides, strict=True):
        for k, (a, b) in enumerate(zip(sides, sides[1:], strict=False)):
            one = _single(b)
            if a is None or one is None or one[0] != "num" or any(x[0] == "name" for x in a) or len(a) < 3:
                continue
            try:
                value = evaluate(parse_tokens(chain.sides[k].tokens), lambda _n: False)
            except Exception:  # noqa: BLE001 - an expression the checker cannot evaluate says nothing here
                continue
            if not isinstance(value, Interval):
                continue
            if abs(value.mid - one[2]) <= 1e-12 * max(1.0, abs(one[2])):
                exact.add(one[1].lstrip("-"))
            elif len(digits(one[1]).lstrip("0")) >= 2:
                found.append(len(digits(one[1])))
    known = givens | exact
    for sides in r.sides:
        for side in sides:
            if side is None or any(x[0] == "name" for x in side) or len(side) < 3:
                continue
            found.extend(
                len(digits(t))
                for k, t, _v in side
                if k == "num" and t.lstrip("-") not in known and len(digits(t).lstrip("0")) >= 2
            )
    return min(found) if found else None


_RATE_NAMES = ("η", "\\eta", "α", "\\alpha", "lr")


def _rate(r: _Reading) -> float | None:
    """The learning rate a substituted formula shows, when exactly one value is bound to its symbol."""
    values = {r.bound[n][1] for n in _RATE_NAMES if n in r.bound and n not in r.conflict}
    return values.pop() if len(values) == 1 and next(iter(values)) > 0 else None


def _difference(seq: list[Item], i: int, targets: set[str]) -> bool:
    """Whether ``seq[i:i+3]`` is ``T - O`` or ``O - T`` with T one of the targets."""
    a, op, b = seq[i : i + 3]
    return op == ("op", "-", 0.0) and a[0] == b[0] == "name" and (a[1] in targets or b[1] in targets)


def _loss_hint(r: _Reading, targets: set[str]) -> str | None:
    """The loss the substituted formulas show, for a page that states none in words nnwalk's reader knows.

    ``c (t − o)^2``: c = ½ is half-SSE; no factor, or ``1/n`` with n substituted by 1, is SSE. With no
    squared difference, a δ defined with the bare difference ``(t − o) · o(1 − o)`` is the delta rule,
    the gradient of ½(t − o)².
    """
    for formula, got in r.pairs:
        for i in range(len(formula) - 4):
            if formula[i][1] != "(" or formula[i + 4][1] != ")" or not _difference(formula, i + 1, targets):
                continue
            if formula[i + 5 : i + 7] != [("op", "^", 0.0), ("num", "2", 2.0)]:
                continue
            before = "".join(t for _k, t, _v in formula[:i])
            if before.endswith(("1/2*", "}{2}*", "0.5*")):
                return "half_sse"
            factor = formula[i - 2] if i >= 2 and formula[i - 1] == ("op", "*", 0.0) else None
            if before == "" or before.endswith("/1*") or (factor is not None and got.get(factor[1], ("", 0.0))[1] == 1.0):
                return "sse"
    for k, sides in enumerate(r.sides):
        lhs = r.lhs(k)
        if lhs is None or not lhs.startswith("δ"):
            continue
        for side in sides[1:]:
            if side is not None and not any(x == ("op", "^", 0.0) for x in side):
                if any(_difference(side, i, targets) for i in range(len(side) - 2)):
                    return "half_sse"
    return None
