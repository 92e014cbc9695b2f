"""Wrong values carried forward: every later use of a wrong printed number, and what it makes wrong.

Level 1 judges each relation on its own printed operands, so a wrong value is named once,
where it is computed; every later line that uses it looks right on its own terms (a wrong
net input, then a correct sigmoid *of that wrong number*). A reader needs each later
appearance named too, pointing back at the first error. Starting from the errors the
checker found, this module walks the relations in document order:

* a later literal printing the same digits as a wrong value *restates* it: class
  ``propagated``, expected the corrected value, ``root_line`` the first error's line;
* a relation with a restated operand is recomputed with the corrected value; when its
  printed result is more than one unit of its last digit away from everything the corrected
  operands allow (rounded results and the corrected values widened by their half-units), that
  result is ``propagated`` too, and is carried forward in turn.

Guards keep right numbers from being named:

* a literal that a relation recomputes correctly from operands that are not wrong is a new
  value that happens to print the same digits, not a restatement;
* an error whose printed result *is* right when one operand is read as a close earlier result
  (``\\sigma(z_1) = 1/(1+e^{-0.3275}) = 0.5824`` after ``z_1 = 0.3325``) is a miscopied
  operand: the finding is moved onto that operand and nothing is carried from the result;
* an error whose result its chain's own formula gives with the values printed before
  (``w_1 - \\eta g = 0.3 - (-0.0204) \\approx 0.302``) has a wrong substitution, not a wrong
  result: nothing is carried from it;
* a value one unit of its last digit off is not carried (a rounded operand can do that), nor
  a number with fewer than two significant digits (``0.5`` is as likely a given).

One known mistake is found here too, because only the document's own update lines show it:
a weight's *updated* value used to back-propagate a δ (:func:`_stale_weights`) is
``conceptual``, and what it makes wrong is carried like an error. So is a slip of the pen
no relation shows: a long operand that is an earlier result with one inner digit changed,
left out or put in (``0.751365095`` after ``0.7513650695``, :func:`_miscopied_operands`).

Values another judge found wrong (level 2, against the network) can be given as ``seeds``:
they are followed the same way, but not named again, and a restatement must keep their sign.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import ROUND_DOWN, Decimal, InvalidOperation

from .ast import Bin, Cell, Func, Matrix, Neg, Node, Num, Pow, Transpose, literals
from .ast import walk as subtrees
from .evaluate import EvalError, evaluate
from .extract import Chain, LineMap, Side
from .interval import Interval
from .moments import CELL_NOTE
from .parse import ParseError, make_number
from .pieces import class_label, judged_pieces, single_literal
from .report import Finding

__all__ = ["UPDATED_NAME", "carry", "one_digit_slip", "substitute_literals"]

Pair = tuple[Side, str, Side, str]

#: The id of this mistake in the catalogue (generator.engine.mistakes, which this wing may not import).
STALE_WEIGHTS = "updated_weights_backprop"


@dataclass
class _Wrong:
    """A printed number known to be wrong: where it was printed and what it should be."""

    printed: float  # signed, as printed
    true: float
    offset: int  # only literals after this restate it
    line: int
    root_line: int
    text: str
    sign: float = 0.0  # for a value found wrong elsewhere: the sign it was printed with (a restatement keeps it)


_INDEX = re.compile(r"\d+")
_NOT_LETTER = re.compile(r"[^A-Za-z\u0370-\u03ff]+")


def _another_of_its_kind(name: str | None, other: str | None) -> bool:
    """Whether two names are the same letters with other indices (``w_4'`` and ``w_1'``, ``w_{22}`` and ``w_{12}``):
    two quantities of one kind, so a value of one is not a restatement of the other's."""
    if not name or not other:
        return False
    a, b = _INDEX.findall(name), _INDEX.findall(other)
    return bool(a and b) and a != b and _NOT_LETTER.sub("", name) == _NOT_LETTER.sub("", other)


def _significant(num: Num) -> int:
    return len(num.key.split("e")[0].replace(".", "").lstrip("0"))


#: How many lines below a wrong value of two significant digits a number with its digits still restates it.
_SHORT_REACH = 40


def _carried(num: Num) -> bool:
    return num.decimals is not None and num.decimals > 0 and _significant(num) >= 2


def substitute_literals(node: Node, repl: dict[int, Num]) -> Node:
    """``node`` with the literals starting at the offsets in ``repl`` replaced."""
    if isinstance(node, Num):
        return repl.get(node.start, node)
    if isinstance(node, Neg):
        return replace(node, arg=substitute_literals(node.arg, repl))
    if isinstance(node, Transpose):
        return replace(node, arg=substitute_literals(node.arg, repl))
    if isinstance(node, Bin):
        return replace(node, left=substitute_literals(node.left, repl), right=substitute_literals(node.right, repl))
    if isinstance(node, Pow):
        return replace(node, base=substitute_literals(node.base, repl), exp=substitute_literals(node.exp, repl))
    if isinstance(node, Func):
        return replace(node, args=[substitute_literals(a, repl) for a in node.args])
    if isinstance(node, Matrix):
        return replace(node, rows=[[substitute_literals(c, repl) for c in r] for r in node.rows])
    if isinstance(node, Cell):
        return replace(node, arg=substitute_literals(node.arg, repl))
    return node


#: How many right results before an operand :func:`_carried_on` looks at (the nearest ones; bounds the work).
_CARRIED_REACH = 200


def _carried_on(clean: list[tuple[int, float, int]], after: int, lit: Num) -> bool:
    """Whether ``lit`` is a right result printed between ``after`` and it, carried on with more digits than that result
    was printed with (``0.000995425`` worked right, then ``0.0009954255`` as an operand). A copy with the same digits
    as the result is no evidence either way (the wrong value printed the same digits too) and is not taken."""
    k = bisect.bisect_left(clean, (lit.start,))
    for at, v, decimals in reversed(clean[max(0, k - _CARRIED_REACH) : k]):
        if at <= after:
            break
        if (lit.decimals or 0) > decimals and abs(abs(v) - lit.value) <= lit.half:
            return True
    return False


def _scalar(node: Node, widen: Callable[[Num], bool] | None = None) -> Interval | None:
    try:
        v = evaluate(node, widen or (lambda n: False))
    except (EvalError, ArithmeticError, ValueError, RecursionError):
        return None
    if not isinstance(v, Interval) or not (math.isfinite(v.lo) and math.isfinite(v.hi)):
        return None
    return v


def tied_reach(node: Node, widen: Callable[[Num], bool]) -> tuple[float, float] | None:
    """``node``'s point value and how far, to first order, its widened numbers can move it when every copy of a
    number printed more than once moves as one value; None when the point or a moved value cannot be evaluated.

    Interval arithmetic lets the two copies of 0.56 in ``0.56 (1 − 0.56)`` move apart, which no rounding does, and so
    allows results no reading of the page gives (``0.56 × (1 − 0.56) × 0.3 × −0.0376`` reaches −0.0027 only so).
    The reach is the sum of what each distinct number moves the value by when all its copies move together.
    """
    base = _scalar(node)
    if base is None:
        return None
    lits = [n for n in literals(node) if n.half > 0 and widen(n)]
    reach = 0.0
    for key in dict.fromkeys(n.key for n in lits):
        same = [n for n in lits if n.key == key]
        moved = []
        for sign in (1.0, -1.0):
            v = _scalar(substitute_literals(node, {n.start: replace(n, value=n.value + sign * n.half) for n in same}))
            if v is None:
                return None
            moved.append(abs(v.mid - base.mid))
        reach += max(moved)
    return base.mid, reach * (1 + 1e-6)  # first order: a sliver for the curvature of a sum of products over half-units


def _tied_scalar(node: Node, widen: Callable[[Num], bool]) -> Interval | None:
    """:func:`_scalar` with each rounded number printed more than once moving as one value (:func:`tied_reach`);
    without a repeated rounded number the interval is already tight to first order and is returned as it is."""
    wide = _scalar(node, widen)
    lits = [n for n in literals(node) if n.half > 0 and widen(n)]
    if wide is None or len({n.key for n in lits}) == len(lits):
        return wide
    tied = tied_reach(node, widen)
    if tied is None:
        return wide
    mid, reach = tied
    return Interval(math.nextafter(mid - reach, -math.inf), math.nextafter(mid + reach, math.inf))


def _slip_explains(
    expr: Node, target: Num, givens: frozenset[float] = frozenset(), checked: Callable[[Num], bool] = lambda _n: False
) -> bool:
    """Whether the printed result comes out of its formula once one slip in the formula as written is undone.

    Level 1 sees that a line's result does not follow from its printed operands, but not whether the
    formula or the result is at fault. When the result is what the formula gives with an integer
    operand read as rounded (``\\sigma(-4) = 0.01803`` is σ(−3.9975): the page rounded s) or with one
    operand's sign turned (``\\frac{1}{1+e^{0.3775}} = 0.593269992`` is σ(0.3775): the minus was left out
    of the written exponent), the printed result may be the true one: the line is named, and its
    restatements are not called wrong.
    """
    lits = literals(expr)
    ints = {n.start: replace(n, half=0.5) for n in lits if n.half == 0 and n.value == int(n.value) and abs(n.value) >= 2}
    if ints and _explains(substitute_literals(expr, ints), target, lambda n: n.start in ints):
        return True
    if any(
        _explains(substitute_literals(expr, {n.start: replace(n, value=-n.value)}), target, lambda _n: False)
        for n in lits[:12]
        if n.value
    ):
        return True
    return one_digit_slip(expr, target, givens, checked)


def one_digit_slip(
    expr: Node, target: Num, givens: frozenset[float] = frozenset(), checked: Callable[[Num], bool] = lambda _n: False
) -> bool:
    """Whether one digit of a short number in ``expr`` written otherwise gives ``target`` (see :func:`one_digit_away`).

    A short result may match some one-digit change by chance, so only a result of seven or more significant digits
    counts, unless the changed operand becomes a given the page printed (h2 = 0.25*0.05 + 0.4*0.1 = 0.0425 where
    W4 = 0.3 is given: 0.0425 is 0.25*0.05 + 0.3*0.1). An operand that restates a result the page has just worked
    out right (``checked``: z = 0.3 - 1.0 = -0.7, then σ(-0.7) ≈ 0.3775) was no given copied by hand: the result
    σ(-0.5) then is no true value the page meant, whatever given a digit turns it into.
    """
    long = _significant(target) >= 7
    return any(
        _explains(substitute_literals(expr, {n.start: replace(n, value=v)}), target, lambda _n: False)
        for n in literals(expr)[:12]
        if _significant(n) <= 3 and n.scale is None and (long or not checked(n))
        for v in one_digit_away(n.text)
        if long or v in givens
    )


#: A float's representation noise: ``1.3400000000000003``, ``0.30000000000000004``, ``2.9999999999999996``.
_FLOAT_NOISE = re.compile(r"\d\.?\d*(?:0{6,}|9{6,})\d{1,2}$")


def _machine_printed(target: Num) -> bool:
    """Whether a result shows a float's representation noise: a program printed it (the page pasted the code's
    output), so the hand-written operands beside it are what may be wrong, not it, and its copies are not followed."""
    return target.scale is None and _significant(target) >= 15 and _FLOAT_NOISE.search(target.text) is not None


def _givens(chains: list[Chain], parse: Callable[[Side], Node | Exception]) -> frozenset[float]:
    """The values the page gives by name, ``W4 = 0.3`` (a name, then one number): what a slip may have meant."""
    out = set()
    for chain in chains:
        if len(chain.sides) != 2 or not chain.sides[1].tokens:
            continue
        node = parse(chain.sides[1])
        lit = single_literal(node) if isinstance(node, Node) else None
        if lit is not None and re.fullmatch(r"\s*[A-Za-z][A-Za-z_{}]*\d*\}?\s*", chain.sides[0].text):
            out.add(abs(lit.value))  # compared with the digits of an operand, which carry no sign
    return frozenset(out)


def one_digit_away(text: str) -> list[float]:
    """The values of ``text`` with one of its digits written otherwise (``0.2`` → 0.0, 0.1, 0.3 … 1.2, 2.2 …).

    A short given copied by hand with one digit wrong (W₁₁ = 0.3 restated as 0.2 in ``0.2 − 0.5 × 0.00080888 =
    0.29959556``, a result of eight significant digits that 0.3 gives exactly) is the slip, not the result.
    """
    out = []
    for i, ch in enumerate(text):
        if ch.isdigit():
            for d in "0123456789":
                if d != ch:
                    try:
                        out.append(float(text[:i] + d + text[i + 1 :]))
                    except ValueError:
                        pass
    return out


def _first_sides_confirm(chains: list[Chain], parse: Callable[[Side], Node | Exception]) -> frozenset[int]:
    """Results that an earlier side of their own chain gives, though the step just before them does not.

    ``out_{h1} = σ(0.3775) = 1/(1 + e^{−0.3775}) = 1/(1 + 0.68566) = 1/1.68566 = 0.59327``: e^{−0.3775} is
    0.68558, so the last step is wrong as printed, but 0.59327 is σ(0.3775) — the result is right and a step
    on the way is wrong. Such a result is named where its step fails, and not followed.
    """
    out: set[int] = set()
    for chain in chains:
        if len(chain.sides) < 3 or not chain.sides[-1].tokens:
            continue
        last = parse(chain.sides[-1])
        lit = single_literal(last) if isinstance(last, Node) else None
        if lit is None:
            continue
        for side in chain.sides[:-2]:
            node = parse(side)
            if isinstance(node, Node) and single_literal(node) is None and _explains(node, lit, lambda _n: False):
                out.add(lit.start)
                break
    return frozenset(out)


def _explains(expr: Node, target: Num, widen: Callable[[Num], bool]) -> bool:
    value = _scalar(expr, widen)
    return value is not None and value.intersects(_half_band(target))


def _band(num: Num) -> Interval:
    """The values ``num`` may stand for, give or take one unit of its last digit.

    A carried correction is itself only as good as the rounded operands it came from, so a
    result is called wrong only when it is more than one unit of its last digit away from
    everything the corrected operands allow (one unit, not the half-unit of a single rounding).
    """
    reach = 3 * num.half
    return Interval(math.nextafter(num.value - reach, -math.inf), math.nextafter(num.value + reach, math.inf))


def _half_band(num: Num) -> Interval:
    """The values ``num`` is the correct rounding of (half a unit of its last digit either side)."""
    return Interval(math.nextafter(num.value - num.half, -math.inf), math.nextafter(num.value + num.half, math.inf))


def _off(printed: float, true: float, num: Num) -> bool:
    """Whether ``printed`` is more than one and a half units of ``num``'s last digit away from ``true`` (worth carrying).

    ``true`` is worked from the page's own rounded operands, so it may itself be half a unit from the value the
    page's quantity really has; a restatement within one unit of that is right (σ(0.8605) printed 0.7029 for 0.702765:
    the line is wrong by its own arithmetic, a later 0.7029 is not).
    """
    return abs(printed - true) > 3 * num.half + 1e-12 * max(abs(true), 1e-300)


def _fmt(x: float, num: Num) -> str:
    d = (num.decimals or 0) + 2
    return f"{x:.{d}e}" if num.scale is not None else f"{x:.{d}f}"


def _at(x: float, num: Num) -> str:
    d = num.decimals or 0
    return f"{x:.{d}e}" if num.scale is not None else f"{x:.{d}f}"


def _one_digit_apart(a: str, b: str) -> bool:
    """One digit changed, two neighbouring digits swapped, or one digit left out or put in (how numbers are miscopied)."""
    if a == b:
        return False
    if abs(len(a) - len(b)) == 1:
        longer, shorter = (a, b) if len(a) > len(b) else (b, a)
        return any(longer[i].isdigit() and longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))
    if len(a) != len(b):
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(diff) == 1:
        return True
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _pair_changed(a: str, b: str) -> bool:
    """Two neighbouring digits both written otherwise in a long number (0.096252 copied as 0.986252).

    Only numbers of five significant digits or more count (:func:`_may_be_copied`): in a short one two changed
    digits make another number, not a slip of the hand.
    """
    if len(a) != len(b):
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]].isdigit() and a[diff[1]].isdigit()


class _Candidates:
    """The earlier results a printed number may be a miscopy of, found by look-up instead of a scan of them all.

    A miscopy is one digit changed, two neighbouring digits swapped, one digit left out or put in
    (:func:`_one_digit_apart`), or a value within a tenth of it. The index holds each result's key with one
    place blanked, with neighbours swapped, with one character left out, and as it is; and the values in order.
    It returns a superset of the candidates, in document order, so the caller's own test decides as before —
    only without walking every result of a long document for every question (quadratic on 1 MB).
    """

    def __init__(self, results: list[Num]) -> None:
        self.results = results
        self.keys: dict[str, list[int]] = {}
        for k, r in enumerate(results):
            s = r.key
            for sig in _signatures(s):
                self.keys.setdefault(sig, []).append(k)
        self.values = sorted((r.value, k) for k, r in enumerate(results))
        self.sorted_values = [v for v, _k in self.values]

    def near(self, lit: Num) -> list[Num]:
        s = lit.key
        found: set[int] = set()
        for sig in _lookups(s):
            found.update(self.keys.get(sig, ()))
        v = abs(lit.value)
        lo = bisect.bisect_left(self.sorted_values, v - 0.1 * v - 1e-12 * max(v, 1e-300))
        hi = bisect.bisect_right(self.sorted_values, v + 0.1 * v + 1e-12 * max(v, 1e-300))
        found.update(k for _v, k in self.values[lo:hi])
        return [self.results[k] for k in sorted(found)]


def _signatures(s: str) -> list[str]:
    """What a result's key is filed under: one place blanked, neighbours swapped, one character out, itself."""
    out = ["K:" + s]
    for i in range(len(s)):
        out.append("S:" + s[:i] + "\x00" + s[i + 1 :])
        out.append("D:" + s[:i] + s[i + 1 :])
        if i + 1 < len(s):
            out.append("T:" + s[:i] + s[i + 1] + s[i] + s[i + 2 :])
            out.append("P:" + s[:i] + "\x00\x00" + s[i + 2 :])
    return out


def _lookups(s: str) -> list[str]:
    """The signatures under which a key one digit apart from ``s`` is filed."""
    out = ["T:" + s, "D:" + s]  # a neighbour pair swapped back; ``s`` with a digit put in is the result with it out
    for i in range(len(s)):
        out.append("S:" + s[:i] + "\x00" + s[i + 1 :])
        out.append("K:" + s[:i] + s[i + 1 :])  # a digit put in by the copy: the result is ``s`` with it left out
        if i + 1 < len(s):
            out.append("P:" + s[:i] + "\x00\x00" + s[i + 2 :])  # two neighbouring digits changed
    return out


def _may_be_copied(lit: Num, prev: Num) -> bool:
    """Whether ``lit`` may be a hand's copy of the earlier ``prev``: one digit apart, or within a tenth of it."""
    if prev.start >= lit.start or prev.scale != lit.scale or prev.decimals is None or lit.decimals is None:
        return False
    if prev.decimals != lit.decimals and not (
        abs(prev.decimals - lit.decimals) == 1 and _significant(lit) >= 6 and _one_digit_apart(lit.key, prev.key)
    ):
        return False  # a digit put in or left out changes the decimals; only in a long number is it a miscopy
    return (
        _one_digit_apart(lit.key, prev.key)
        or (_significant(lit) >= 5 and _pair_changed(lit.key, prev.key))
        or abs(prev.value - abs(lit.value)) <= 0.1 * abs(lit.value)
    )


def _read_as(expr: Node, lit: Num, prev: Num) -> dict[int, Num]:
    """Every copy of ``lit`` in ``expr`` (0.593226999 × (1 − 0.593226999)) read as the earlier ``prev``, sign kept,
    by offset (for :func:`substitute_literals`)."""
    return {
        n.start: replace(n, value=math.copysign(abs(prev.value), n.value), key=prev.key, text=prev.text)
        for n in literals(expr)
        if n.key == lit.key
    }


def _explains_the_rest(moved: tuple[Num, Num], pieces: list[tuple[Node, Num]], target: Num, errors: dict) -> bool:
    """Whether reading the operand ``moved[0]`` as ``moved[1]`` also makes right every other wrong result of the same
    relation that uses it (a miscopied operand of a vector's softmax is in every cell)."""
    lit, prev = moved
    for expr, other in pieces:
        if other is target or other.start not in errors:
            continue
        same = _read_as(expr, lit, prev)
        if not same:
            continue
        v = _scalar(substitute_literals(expr, same))
        if v is None or abs(v.mid - other.value) > other.half + 1e-12 * max(abs(v.mid), 1e-300):
            return False
    return True


def _any_explains(expr: Node, lit: Num, values: list[float], target: Num) -> bool:
    """Whether ``expr`` with every copy of ``lit`` anywhere in the range ``values`` span may give ``target``.

    One interval evaluation encloses what each of the values would give (interval arithmetic never leaves a value
    out), so when the printed result is outside it, no candidate needs trying one by one.
    """
    lo, hi = min(values), max(values)
    mid, half = (lo + hi) / 2, (hi - lo) / 2
    span = {n.start: replace(n, value=math.copysign(mid, n.value), half=half) for n in literals(expr) if n.key == lit.key}
    v = _scalar(substitute_literals(expr, span), lambda n: n.start in span)
    # a unit either side: a result cut after its digits (:func:`_cut`) is up to a unit below its value
    return v is None or v.intersects(Interval(target.value - target.half * 2.02, target.value + target.half * 2.02))


def _cut(x: float, target: Num) -> bool:
    """Whether ``target`` is ``x`` cut after its digits, not rounded (0.7513 for 0.751365): pages that truncate do so
    in the row after a miscopy too, so the miscopy still explains it."""
    if target.decimals is None or target.scale is not None or not math.isfinite(x):
        return False
    try:
        cut = Decimal(repr(x)).quantize(Decimal(1).scaleb(-target.decimals), rounding=ROUND_DOWN)
        return cut == Decimal(target.text.replace("\u2212", "-")) and cut != 0
    except (InvalidOperation, ValueError):
        return False


#: The most numbers an expression may hold for a miscopied operand to be looked for in it (see :meth:`_Walk.miscopy`).
_HAND_COPIED = 64


class _Walk:
    def __init__(self, text: str, pairs: list[Pair], parse: Callable[[Side], Node | Exception], lines: LineMap) -> None:
        self.lines = lines
        #: (position, left, right, the pieces it is judged by) in document order
        self.relations: list[tuple[int, Node, Node, list[tuple[Node, Num]]]] = []
        for a, rel, b, _note in pairs:
            na, nb = parse(a), parse(b)
            if isinstance(na, Node) and isinstance(nb, Node):
                try:
                    pieces = [] if rel == "approx" and class_label(na, nb) else judged_pieces(na, nb)
                except (RecursionError, ValueError):
                    pieces = []
                self.relations.append((b.start, na, nb, pieces))
        # at one place, a relation judged by pieces first: the named-matrix relation ``(X)(W_v) = [1.05 …]`` stands where
        # the page's own ``X \cdot W_v = [1.05 …]`` (names, no pieces) does, and its cells must be known computed anew
        # before the other one takes every printed number it holds for a restatement
        self.relations.sort(key=lambda r: (r[0], not r[3]))
        #: relations between cells of an optimizer's table (:mod:`.moments`): each operand is a cell of its own, judged
        #: by its own relation, not a number copied by hand that may have slipped
        self.cells = {b.start for _a, _rel, b, note in pairs if note.startswith(CELL_NOTE)}
        self.negated = {  # literals written with their own minus sign, -0.40 (not the 0.40 of 1 - 0.40)
            n.arg.start
            for _p, na, nb, _pieces in self.relations
            for side in (na, nb)
            for n in subtrees(side)
            if isinstance(n, Neg) and isinstance(n.arg, Num)
        }
        self.wrong: dict[str, list[_Wrong]] = {}
        self.fixed: dict[int, _Wrong] = {}  # single printed numbers known wrong for a reason of their own (a stale weight)
        self.seeds: dict[str, list[_Wrong]] = {}  # every wrong result level 1 found, whole numbers too
        #: every judged result, in order (candidates for a miscopied operand)
        self.results: list[Num] = [t for *_r, pieces in self.relations for _e, t in pieces]
        self._index: _Candidates | None = None  # built on the first miscopy question: most documents ask none
        self.heads: dict[int, str] = {}  # number's offset → the name its chain starts with (see :meth:`named`)
        self.sole: dict[int, str] = {}

    def wrong_at(self, num: Num) -> _Wrong | None:
        """The wrong value ``num`` restates: the last one with its digits printed before it."""
        if num.start in self.fixed:
            return self.fixed[num.start]
        if not _carried(num):
            return None
        best = None
        for w in self.wrong.get(num.key, ()):
            if w.offset <= num.start and (best is None or w.offset > best.offset):
                best = w
        return best

    def _sources(self) -> list[Num]:
        """What an operand may be a miscopy of: every judged result, and every long number printed as an operand
        (0.593269992 restated on a line whose name the reader cannot parse: its copy is as good a source)."""
        seen = {t.start for t in self.results}
        operands = [
            n
            for _p, na, _nb, _pieces in self.relations
            for n in literals(na)
            if n.start not in seen and n.decimals is not None and _significant(n) >= 6
        ]
        return sorted(self.results + operands, key=lambda n: n.start) if operands else self.results

    def miscopy(self, expr: Node, target: Num) -> tuple[Num, Num] | None:
        """(operand, earlier result) when reading that operand as the earlier result makes ``target`` right.

        A miscopy is a slip of a hand copying a number: an expression of more than :data:`_HAND_COPIED` numbers (a row
        of a 784-input layer's product) was not copied by hand, and trying each of its numbers against each earlier
        one would cost the square of its size.
        """
        lits = literals(expr)
        if len(lits) > _HAND_COPIED:
            return None

        def cut_as_printed() -> bool:
            # a result cut after its digits from what its printed operands give is explained by the cut alone: no
            # miscopy in it (0.15 - 0.01 * 0.0007 = 0.1499 beside a 0.20 that is one digit from an earlier 0.50)
            v = _scalar(expr)
            return v is not None and _cut(v.mid, target)

        for lit in lits:
            if lit.decimals is None or _significant(lit) < 2:
                continue
            if self._index is None:
                self._index = _Candidates(self._sources())
            cands = [prev for prev in self._index.near(lit) if _may_be_copied(lit, prev)]
            if len(cands) > 1 and not _any_explains(expr, lit, [abs(p.value) for p in cands], target):
                continue  # not even the range the candidates span gives the printed result: none of them does
            for prev in cands:
                same = _read_as(expr, lit, prev)
                v = _scalar(substitute_literals(expr, same))
                if v is not None and (
                    abs(v.mid - target.value) <= target.half + 1e-12 * max(abs(v.mid), 1e-300)
                    or (
                        (_one_digit_apart(lit.key, prev.key) or _pair_changed(lit.key, prev.key))
                        and _cut(v.mid, target)
                        and not cut_as_printed()
                    )
                ):
                    return lit, prev
        return None

    def restatement(self, expr: Node, target: Num) -> tuple[Num, _Wrong] | None:
        """(operand, wrong value) when an operand restates an earlier wrong result and, read as that result's right
        value, makes ``target`` right (``= 1`` for 0.5646, then ``\\sigma(1) = 0.6375``): the operand is wrong, not the result.

        Whole numbers and values one unit off are not carried in general (``1 - a`` is everywhere, and one unit is
        rounding); here each operand is tried on its own and only one that explains the printed result is taken.
        """
        asked = False
        for lit in literals(expr):
            for w in self.seeds.get(lit.key, ()):
                if w.offset >= lit.start or w.printed == 0:
                    continue
                if not asked:  # a restatement must be what makes the result right: as printed, the expression must miss it
                    asked, plain = True, _scalar(expr, lambda n: False)
                    if plain is not None and plain.intersects(_band(target)):
                        return None  # σ(0) = 0.6 (it is 0.5): within a unit as printed, no operand's reading explains it
                # the wrong value's right value is known to the digits level 1 reported (seed.expected): widen by them;
                # and a restatement may have lost its sign on the way (e^{0.17} for e^{-0.1787})
                for sign in (1.0, -1.0):
                    true = sign * lit.value * w.true / w.printed
                    fixed = replace(lit, value=true, half=max(abs(true), 1e-300) * 1e-4)  # level 1 reports 4 or more digits
                    v = _scalar(substitute_literals(expr, {lit.start: fixed}), lambda n, at=lit.start: n.start == at)
                    if v is not None and v.intersects(_band(target)):
                        return lit, replace(w, true=sign * w.true) if sign < 0 else w
        return None

    def add(self, num: Num, true: float, line: int, root_line: int) -> None:
        self.wrong.setdefault(num.key, []).append(_Wrong(num.value, true, num.start, line, root_line, num.text))

    def named(self, chains: list[Chain]) -> None:
        """Which quantity each printed number is the value of: ``heads`` for every number of a chain that starts
        with a name, ``sole`` for the number of a bare ``name = number``."""
        for chain in chains:
            first = chain.sides[0] if chain.sides else None
            if first is None or not first.tokens or any(t.kind == "num" for t in first.tokens[:1]):
                continue
            head = first.text
            for side in chain.sides[1:]:
                nums = [t for t in side.tokens if t.kind == "num"]
                for t in nums:
                    self.heads[t.start] = head
                if len(chain.sides) == 2 and len(nums) == 1 and len(side.tokens) <= 2:
                    self.sole[nums[0].start] = head


def carry(
    text: str,
    pairs: list[Pair],
    parse: Callable[[Side], Node | Exception],
    findings: list[Finding],
    rounded: Callable[[Num], bool],
    confirmed: dict[int, str] | None = None,
    chains: list[Chain] | None = None,
    seeds: list[Finding] | None = None,
    held: frozenset[int] | Callable[[], frozenset[int]] = frozenset(),
) -> list[Finding]:
    """The ``propagated`` findings that follow from ``findings``' errors (which may be edited: a miscopy moves).

    ``rounded`` says which printed literals are rounded results (the checker's widening
    policy); a corrected value is widened by the half-unit of the number it replaces.
    ``confirmed`` maps a result's offset to how its chain's own formula, with the values
    printed before, gives it: such a result is right, the substitution before it is wrong.
    ``seeds`` are printed numbers another judge found wrong (level 2, against the network), with their
    right values: followed like level 1's errors, but not named again themselves. ``held`` are offsets of
    results another reader doubts are wrong even where their line is (the page's substitutions contradict
    each other): such an error is named, not followed; a callable is asked only when there is an error.
    """
    confirmed = confirmed or {}
    errors = {f.offset: f for f in findings if f.klass == "error" and f.offset is not None}
    lines = LineMap(text)
    stale = _stale_weights(chains or [], parse, lines)
    copies = _long_copies(text)
    if not errors and not stale and not copies and not seeds:
        return []  # nothing wrong to follow (every document nnwalk writes itself): no walk at all
    walk = _Walk(text, pairs, parse, lines)
    walk.named(chains or [])
    held = held() if callable(held) else held  # asked only when there is something to follow
    held = held | _first_sides_confirm(chains or [], parse)
    givens = _givens(chains or [], parse)
    out: dict[int, Finding] = {}
    given = _seeded(text, walk, seeds or [])
    _miscopied_operands(walk, copies, errors, out)
    for lit, wrong, why in stale:
        walk.fixed[lit.start] = wrong
        out[lit.start] = Finding(
            wrong.line,
            lit.text,
            _fmt(wrong.true, lit),
            "",
            "=",
            "conceptual",
            why,
            lit.start,
            lit.start + len(lit.text),
            wrong.line,
            STALE_WEIGHTS,
        )
    clean: set[int] = set()  # results recomputed right from operands that are not wrong: new values, not restatements
    #: each such result's place, the value of its expression and its printed decimals (a later operand may carry it on
    #: with more digits than it was printed with), in document order
    clean_values: list[tuple[int, float, int]] = []

    by_key: dict[str, list[int]] = {}
    for r in walk.results:
        by_key.setdefault(r.key, []).append(r.start)

    def checked(lit: Num) -> bool:
        """``lit`` restates a result worked out right before it (level 1 found no error in it)."""
        return any(at < lit.start and at in clean for at in by_key.get(lit.key, ()))

    def _own(lit: Num) -> bool:
        """``lit`` is a wrong result being carried, standing as the next relation's operand in its own chain."""
        w = walk.wrong_at(lit)
        return w is not None and w.offset == lit.start

    def restated(lit: Num) -> float | None:
        """Record ``lit`` as a restatement when it prints a wrong value; its corrected value."""
        w = walk.wrong_at(lit)
        if w is not None and _another_of_its_kind(walk.sole.get(lit.start), walk.heads.get(w.offset)):
            return None  # w_4' = 0.302 after the wrong w_1' = … ≈ 0.302: another weight's value, with the same digits
        if w is not None and lit.start in errors and w.offset == lit.start:
            # 1/(1 + 0.68566) = 1/1.68566 right after the wrong 0.68566: the chain goes on from it (with the literal's own
            # sign: the wrong term −0.13888 of 0.5 − 0.13888 is the literal 0.13888 after a minus)
            return lit.value * w.true / w.printed if w.printed else w.true
        if w is None or lit.start in errors or lit.start in clean:
            return None
        if _significant(lit) <= 2 and walk.lines.line(lit.start) - w.line > _SHORT_REACH:
            return None  # 0.25 far below a wrong 0.25: two digits recur by chance ((2 − 2.5)² in another section)
        if w.sign and (lit.start in walk.negated) != (w.sign < 0) and lit.start not in given:
            return None  # δ = -0.025 found wrong elsewhere; a later + 0.025 (0.028 × 0.9) is another number
        ratio = w.true / w.printed if w.printed else 1.0
        if lit.start in walk.fixed or lit.start in given:
            return lit.value * ratio  # named already, as the mistake it is (or by the judge that found it wrong)
        if not _off(w.printed, w.true, lit):
            return None
        if _carried_on(clean_values, w.offset, lit):
            # δ = 0.0009954255 printed wrong (ten times too small), then δ × 0.10 = 0.000995425 worked right, then
            # 0.3 − 0.5 × 0.0009954255: the operand is that right product carried on with its digits, not the wrong δ
            return None
        if lit.start not in out and _printed_at(text, lit.start):  # a name standing for a value is not a printed number
            sign = -1.0 if lit.start in walk.negated else 1.0  # as the page shows it: (-0.40), not 0.40
            out[lit.start] = Finding(
                walk.lines.line(lit.start),
                ("-" if sign < 0 else "") + lit.text,
                _fmt(sign * lit.value * ratio, lit),
                "",
                "=",
                "propagated",
                f"restates {w.text} from line {w.line}, which should be {_at(w.true, lit)}",
                lit.start,
                lit.start + len(lit.text),
                w.root_line,
            )
        return lit.value * ratio

    for _pos, na, nb, pieces in walk.relations:
        for expr, target in pieces:
            used = [(lit, walk.wrong_at(lit)) for lit in literals(expr) if lit.start not in errors or _own(lit)]
            used = [(lit, w) for lit, w in used if w is not None]
            seed = errors.get(target.start)
            line = walk.lines.line(target.start)
            if not used:
                if seed is not None and _scalar(expr) is None:
                    continue  # x = 0.56026 beside a relation that computes it: that relation judges the seed
                if seed is not None:
                    moved = walk.miscopy(expr, target) if _pos not in walk.cells else None
                    if moved is not None and not _explains_the_rest(moved, pieces, target, errors):
                        moved = None  # softmax([1.2, 0.8, 2.0]): 1.0 for 1.2 mends one cell, not the others it is in
                    if moved is not None:  # the wrong number is a miscopied operand (first, even where a formula confirms)
                        printed_as = seed.expected  # what the printed operands give, before the finding moves
                        _move(seed, moved, walk.lines)
                        redone = _float(printed_as)
                        if (
                            seed.line != line
                            and target.start not in out
                            and redone is not None
                            and _off(target.value, redone, target)
                        ):
                            # the result stands on a row of its own, visibly far from what the numbers printed beside it
                            # give: that row cannot be redone as printed, so it is named too (right once the miscopy is
                            # corrected); within a unit and a half (1/(1+e^{-1.1059059067}) then 0.75136507) it is let be
                            out[target.start] = Finding(
                                line,
                                target.text,
                                target.text,
                                "",
                                "=",
                                "propagated",
                                f"its printed operands give {printed_as}, so the row cannot be redone as printed; it is "
                                f"right once the miscopied {moved[0].text} (line {seed.line}) is {moved[1].text}",
                                target.start,
                                target.start + len(target.text),
                                seed.line,
                            )
                        continue
                    if target.start in confirmed:
                        seed.detail = f"the substituted numbers are wrong, not the result: {confirmed[target.start]}"
                        continue
                    again = walk.restatement(expr, target)
                    if again is not None:  # σ(1) after "… = 1" was wrong: the 1 is the wrong number, the result is right
                        _restate(seed, *again, walk.lines)
                        continue
                    try:
                        true = float(seed.expected)
                    except ValueError:
                        continue
                    if _slip_explains(expr, target, givens, checked) or target.start in held or _machine_printed(target):
                        continue  # σ(-4) = 0.01803 is σ(-3.9975): the result may be the true one, its copies are not followed
                    if math.isfinite(true):
                        walk.seeds.setdefault(target.key, []).append(
                            _Wrong(target.value, true, target.start, line, line, target.text)
                        )
                    if math.isfinite(true) and _carried(target):
                        walk.add(target, true, line, line)
                elif (value := _scalar(expr)) is not None:
                    clean.add(target.start)  # numeric, and level 1 found it right: computed anew here
                    clean_values.append((target.start, value.mid, target.decimals or 0))
                continue
            repl = {lit.start: replace(lit, value=v) for lit, _w in used if (v := restated(lit)) is not None}
            point = _scalar(substitute_literals(expr, repl))
            wide = _tied_scalar(
                substitute_literals(expr, repl), lambda n, fixed=frozenset(repl): n.start not in fixed and rounded(n)
            )
            if point is None or wide is None or wide.intersects(_band(target)):
                clean.add(target.start)  # the corrected operands still allow the printed result
                if seed is not None and point is not None and not wide.intersects(_half_band(target)):
                    continue  # wrong for its own operands and still not their rounding once they are corrected
                if seed is not None and point is not None:  # level 1 judged it on a wrong operand: the result is right
                    names = ", ".join(dict.fromkeys(f"{w.text} (line {w.line})" for _lit, w in used))
                    seed.klass, seed.detail = "ok", f"right once the wrong {names} is corrected: {_at(point.mid, target)}"
                    if all(walk.lines.line(lit.start) != line for lit, _w in used):
                        # the result stands on a line of its own: that line, as printed, cannot be redone from the
                        # numbers printed beside it (its operands give seed.expected), so it is named too
                        seed.klass, seed.root_line = "propagated", min(w.root_line for _lit, w in used)
                        seed.detail = (
                            f"its printed operands give {seed.expected}, so the row cannot be redone as printed; it is "
                            f"right once the wrong {names} is corrected"
                        )
                        seed.expected = _fmt(point.mid, target)  # what the row should print: its value, corrected
                continue
            if seed is not None and (again := walk.restatement(expr, target)) is not None:
                _restate(seed, *again, walk.lines)  # an operand restates a wrong value (maybe without its sign)
                continue
            root = min(w.root_line for _lit, w in used)
            if (
                seed is not None
            ):  # what its printed operands give, and what the corrected ones give: a later use may restate either
                for value in {_float(seed.expected), point.mid}:
                    if value is not None:
                        walk.seeds.setdefault(target.key, []).append(
                            _Wrong(target.value, value, target.start, line, root, target.text)
                        )
            if seed is None and target.start not in out:
                names = ", ".join(dict.fromkeys(f"{w.text} (line {w.line})" for _lit, w in used))
                out[target.start] = Finding(
                    line,
                    target.text,
                    _fmt(point.mid, target),
                    "",
                    "=",
                    "propagated",
                    f"with the wrong {names} corrected, its operands give {_at(point.mid, target)}",
                    target.start,
                    target.start + len(target.text),
                    root,
                )
            if _carried(target):
                walk.add(target, point.mid, line, root)
        for side in (na, nb):  # every other printed number: a restatement of a wrong value is named too
            for lit in literals(side):
                restated(lit)  # a result judged above is in ``clean``, ``errors`` or ``out`` already
    _loose_restatements(text, walk, out, set(errors) | clean | given)
    return sorted(out.values(), key=lambda f: (f.line, f.offset or 0))


#: A printed decimal number outside any relation: a table cell, a code block, prose (``| w₁ | 0.001 | 226.5 |``).
_LOOSE_NUMBER = re.compile(r"(?<![A-Za-z0-9_.])([-\u2212])?(\d+\.\d+)(?![A-Za-z0-9_]|\.\d)")


#: A decimal number with at least eight significant digits (a long value copied by hand from line to line).
_LONG = re.compile(r"(?<![A-Za-z0-9_.])(\d+\.\d{6,})(?![A-Za-z0-9_.])")


def _copy_signatures(key: str) -> set[tuple[int, str]]:
    """(position, ``key`` with one inner digit left out): two keys sharing one are a digit apart.

    The last digit is never left out: a number one digit shorter at the end is the same value rounded; nor
    one of the first two significant digits: 2.0304545 beside 1.0304545 is 1 + e^z, not a slip of the pen.
    """
    out = set()
    for i in range(len(key) - 1):
        if key[i].isdigit() and len(key[:i].replace(".", "").lstrip("0")) >= 2:
            out.add((i, key[:i] + key[i + 1 :]))
    return out


def _long_copies(text: str) -> dict[int, tuple[str, int]]:
    """Long numbers printed one digit away from an earlier, different long number: start → (earlier text, start).

    One digit changed (not the last), left out or put in (not at the end), as numbers are miscopied
    by hand; a cheap scan, so the walk below runs only on documents that have one.
    """
    seen: dict[str, int] = {}
    sigs: dict[str, list[tuple[int, str]]] = {}  # a key with one digit left out → the earlier keys (and where)
    out: dict[int, tuple[str, int]] = {}
    for m in _LONG.finditer(text):
        raw = m.group(1)
        key = raw.lstrip("0") or "0"
        if len(key.replace(".", "").lstrip("0")) < 8:
            continue
        if key not in seen:
            mine = _copy_signatures(key)
            hits = {
                (earlier, at)
                for pos, sig in mine | {(-1, key)}
                for epos, earlier, at in ((p, k, a) for p, k, a in sigs.get(sig, ()))
                if earlier != key and (pos == epos or pos == -1 or epos == -1)  # changed in place, or one left out
            }
            if len(hits) == 1:
                earlier, at = hits.pop()
                out[m.start(1)] = (earlier, at)
            seen[key] = m.start(1)
            for pos, sig in mine:
                sigs.setdefault(sig, []).append((pos, key, m.start(1)))
            sigs.setdefault(key, []).append((-1, key, m.start(1)))  # a longer later key with a digit put in
    return out


def _seeded(text: str, walk: _Walk, seeds: list[Finding]) -> set[int]:
    """Register each seed (a printed number found wrong elsewhere) as a wrong value; the offsets registered."""
    given: set[int] = set()
    for f in seeds:
        if f.offset is None or f.end is None:
            continue
        raw = text[f.offset : f.end]
        digits = raw.lstrip("-− ")
        start = f.offset + (len(raw) - len(digits))
        try:
            num = make_number(digits, start)
            true = float(f.expected)
        except (ParseError, ValueError):
            continue
        if not math.isfinite(true) or not _carried(num):
            continue
        sign = -1.0 if f.printed.strip()[:1] in ("-", "−") else 1.0  # the printed value's own sign (the span may omit it)
        walk.add(num, sign * true, f.line, f.root_line or f.line)
        walk.wrong[num.key][-1].sign = sign
        given.add(start)
    return given


def _miscopied_operands(walk: _Walk, copies: dict[int, tuple[str, int]], errors: dict, out: dict[int, Finding]) -> None:
    """An operand that is an earlier *result* with one digit changed, left out or put in is a miscopy, even where the
    line's own arithmetic with it is consistent (``0.751365095*(1-0.751365095)=0.186815589`` after ``output1 =
    0.7513650695``): named as the error it is, and what it makes wrong is carried as from any error."""
    if not copies:
        return
    results = {t.start: t for t in walk.results}
    computed = {t.key for t in walk.results}  # a value some relation computes is a value of its own, not a slip
    for _pos, _na, _nb, pieces in walk.relations:
        for expr, target in pieces:
            for lit in literals(expr):
                got = copies.get(lit.start)
                if got is None or lit.key in computed or lit.start in errors or lit.start in out or lit.start == target.start:
                    continue
                earlier = results.get(got[1])
                if (
                    earlier is None
                    or earlier.scale != lit.scale
                    or abs(abs(lit.value) - earlier.value) <= 2 * max(lit.half, earlier.half)
                ):
                    continue
                line = walk.lines.line(lit.start)
                true = math.copysign(earlier.value, lit.value)
                out[lit.start] = Finding(
                    line,
                    lit.text,
                    earlier.text,
                    "",
                    "=",
                    "error",
                    f"{lit.text} looks like a miscopy of {earlier.text} (line {walk.lines.line(earlier.start)}): one digit differs",
                    lit.start,
                    lit.start + len(lit.text),
                    line,
                )
                walk.add(lit, true, line, line)


def _loose_restatements(text: str, walk: _Walk, out: dict[int, Finding], judged: set[int]) -> None:
    """Name a wrong value restated where no relation uses it: a summary table's cell, a code block, a sentence —
    not a program's printed ``array(…)``/``tensor(…)``, which the program computed (its code is judged by itself).

    Only a number with at least three significant digits, printed after the wrong value with the
    same digits and the same sign, is taken for it (a 0.5 or a 12 may be anything); with five significant
    digits or more, also with the opposite sign (``−s = −0.15864`` after the wrong ``s = 0.15864``).
    """
    if not walk.wrong:
        return
    seen = judged | set(out) | {lit.start for _p, na, nb, _pieces in walk.relations for s in (na, nb) for lit in literals(s)}
    for m in _LOOSE_NUMBER.finditer(text):
        start = m.start(2)
        if start in seen:
            continue
        percent = text.startswith("%", m.end()) or text.startswith(" %", m.end())
        try:
            shown = make_number(m.group(2), start)
            # 37.75 % restates the probability 0.3775: the same digits, the point two places on
            num = make_number(str(Decimal(m.group(2)).scaleb(-2)), start) if percent else shown
        except (ParseError, InvalidOperation):
            continue
        if _significant(num) < 3:
            continue
        w = walk.wrong_at(num)
        if w is None or w.offset >= start or not _off(w.printed, w.true, num) or _in_program_output(text, start):
            continue
        turned = (w.printed < 0) != bool(m.group(1))
        if turned and _significant(num) < 5:
            continue  # δ = −0.025 wrong; a later 0.025 is another number. −s = −0.15864 after s = 0.15864 is s.
        true = (-w.true if turned else w.true) * (100 if percent else 1)
        out[start] = Finding(
            walk.lines.line(start),
            m.group(0),
            _fmt(true, shown),
            "",
            "=",
            "propagated",
            f"restates {w.text} from line {w.line}{' with its sign turned' if turned else ''}{' as a percentage' if percent else ''}, "
            f"which should be {_at(true, shown)}{' %' if percent else ''}",
            m.start(),
            m.end(),
            w.root_line,
        )


#: The name of a value after an update: ``w1_new``, ``w1_{new}``, ``{W_{11}}^{\\text{new}}``, ``w_1^{+}``,
#: ``w_1'``, ``w^{(t+1)}``, ``w^{[t+1]}`` (level 2 reads a document's learning rate from the same lines).
UPDATED_NAME = re.compile(r"(?:new|\+|'|t\s*\+\s*1)[\s})\]]*$", re.IGNORECASE)
#: What is left of such a name's marker once the marker is cut (``w1_``, ``w_1^{``, ``W^{\\text{``).
_MARK_REST = re.compile(r"(?:[_^{([\s]|\\text)+$")
#: A back-propagated error term: ``δ1``, ``\delta_{h1}``, ``delta_2``.
_DELTA = re.compile(r"^\s*(?:\\delta|δ|delta)", re.IGNORECASE)


def _stale_weights(
    chains: list[Chain], parse: Callable[[Side], Node | Exception], lines: LineMap
) -> list[tuple[Num, _Wrong, str]]:
    """A weight's *updated* value used to back-propagate a δ, where the forward pass's weight belongs.

    ``w1_new = w1_old + (δ · input) = 0.3 + (-.0406 · 0.68) = 0.272392`` … ``δ1 = δ · w1 · … =
    -0.0406 · 0.272392 · …``: all δ's come from the weights the forward pass used (the update
    comes after the whole backward pass), so 0.272392 there should be 0.3. An update is a chain
    whose name says "new" and whose substitution is ``old ± …``; a δ is a chain named δ.
    """
    updated: dict[str, tuple[Num, Num, int, str]] = {}  # new value's digits -> (old, new, offset, name)
    out: list[tuple[Num, _Wrong, str]] = []
    for chain in chains:
        if len(chain.sides) < 2 or not chain.sides[0].tokens:
            continue
        head = chain.sides[0].text
        nodes = [parse(side) for side in chain.sides[1:]]
        if UPDATED_NAME.search(head) and len(nodes) >= 2 and isinstance(nodes[-1], Node):
            new = single_literal(nodes[-1])
            for node in nodes[:-1]:
                if new is not None and isinstance(node, Bin) and node.op in ("+", "-"):
                    old = single_literal(node.left)
                    if old is not None and _significant(new) >= 3 and old.value != new.value:
                        updated[new.key] = (old, new, new.start, _MARK_REST.sub("", UPDATED_NAME.sub("", head)).strip())
                        break
        elif _DELTA.match(head):
            for node in nodes:
                if not isinstance(node, Node):
                    continue
                for lit in literals(node):
                    got = updated.get(lit.key)
                    if got is None or got[2] >= lit.start or not _carried(lit):
                        continue
                    old, new, _at_, name = got
                    line = lines.line(lit.start)
                    true = lit.value * old.value / new.value  # new has two significant digits: not 0
                    why = (
                        f"uses the updated {name} = {new.text} (line {lines.line(new.start)}); δ is back-propagated "
                        f"through the weights of the forward pass, {name} = {old.text}"
                    )
                    out.append((lit, _Wrong(lit.value, true, lit.start - 1, line, line, lit.text), why))
    return out


def _float(text: str) -> float | None:
    try:
        v = float(text)
    except ValueError:
        return None
    return v if math.isfinite(v) else None


def _printed_at(text: str, start: int) -> bool:
    """Whether a number is printed at ``start`` (not a name whose earlier value stands in for it)."""
    return re.match(r"\s*[-\u2212+]?\s*[\d.]|\\(?:num|SI|qty)\b", text[start : start + 12]) is not None


#: Where a program's printed array starts (NumPy's ``array(``, PyTorch's ``tensor(``)
_PROGRAM_OUTPUT = re.compile(r"\b(?:array|tensor)\(")


def _in_program_output(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a printed ``array(…)`` or ``tensor(…)`` (its parenthesis still open there)."""
    last = None
    for m in _PROGRAM_OUTPUT.finditer(text, max(0, pos - 2000), pos):
        last = m
    if last is None:
        return False
    span = text[last.end() : pos]
    return span.count("(") >= span.count(")")


def _restate(seed: Finding, lit: Num, w: _Wrong, lines: LineMap) -> None:
    """Put ``seed`` on the operand that restates the wrong ``w``: that is the wrong number, the result is right."""
    seed.klass = "propagated"
    seed.detail = f"restates {w.text} from line {w.line}, which should be {w.true:.6g}; with it, the printed result is right"
    seed.printed, seed.expected = lit.text, f"{w.true:.6g}"
    seed.offset, seed.end = lit.start, lit.start + len(lit.text)
    seed.line, seed.root_line = lines.line(lit.start), w.root_line


def _move(seed: Finding, moved: tuple[Num, Num], lines: LineMap) -> None:
    """Put ``seed`` on the miscopied operand: that is the wrong number, the result is right."""
    lit, prev = moved
    seed.detail = (
        f"{lit.text} looks like a miscopy of {prev.text} (line {lines.line(prev.start)}): with {prev.text} the printed "
        f"result is right"
    )
    seed.printed = lit.text
    seed.expected = prev.text
    seed.offset, seed.end = lit.start, lit.start + len(lit.text)
    seed.line = lines.line(lit.start)
