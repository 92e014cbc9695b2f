"""Classify every numeric relation of a document as ok / rounding / error.

Rules (for ``X = Y`` or ``X \\approx Y`` with both sides numeric):

* A decimal literal printed with d decimals stands for ``v ± ½·10^-d``
  (the *half-unit*); integers without a decimal point are exact.
* **Y is a single literal** (possibly signed, boxed, parenthesised):
  ``x`` is X evaluated with every literal taken exactly as printed.
  ok   when ``|x − y| ≤ half(Y)`` (+ 1e-12 relative slack for float noise);
  rounding when X evaluated with its *rounded* literals widened intersects
  ``[y − half, y + half]``; error otherwise.
* **X is a single literal, Y an expression**: the same with roles swapped.
* **Neither is a single literal** (``\\frac{1}{1+0.68557} = \\frac{1}{1.68557}``):
  ok when the point values agree to 1e-9 relative, or when X's point value
  lies inside Y evaluated with the literals that are *new on the right*
  (not printed on the left) widened — i.e. Y's new numbers are correct
  roundings; rounding when the widened evaluations intersect; error otherwise.

Which literals count as *rounded* (widened for the "rounding" verdict) is the
``widen`` policy.  ``"results"`` (default) widens only literals whose printed
digits appear somewhere in the document as the freshly computed right-hand
side of a numeric relation: given inputs such as weights ``0.5`` or ``-0.3``
are exact, so ``0.5(1.0) + … = 0.19`` is an *error*, not a rounding artefact,
while ``0.683 × 0.317 = 0.216`` is "rounding" when 0.683 and 0.317 were
themselves printed as rounded results.  ``"all"`` widens every decimal
literal (the most lenient reading), ``"none"`` none (the strictest).
"""

from __future__ import annotations

import itertools
import math
import re
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from decimal import ROUND_DOWN, ROUND_HALF_UP, Context, Decimal, InvalidOperation

from .ast import Bin, Const, Func, Matrix, Neg, Node, Num, Pow, Sym, Transpose, is_numeric, literals, walk
from .carry import carry, one_digit_slip, tied_reach
from .carry import substitute_literals as _with_literals
from .document import extract_chains
from .evaluate import EvalError, Mat, Value, evaluate, flatten, shape_of
from .extract import Chain, LineMap, Side, lowered
from .floordiv import floor_mark, floored
from .gcpause import detached
from .interval import Interval
from .lexer import Token
from .logbase import base_ten, in_base_ten
from .matcopy import earlier_matrices, miscopied_matrix
from .moments import CELL_NOTE
from .parse import ParseError, make_number, parse_side
from .pieces import class_label, literal_matrix_pair, printed_value, replacements, single_literal
from .report import CheckReport, Finding, Skipped
from .summary import mark_restated_rows
from .tables import computed_cells

__all__ = ["Finding", "Skipped", "CheckReport", "check_chains", "check_text", "literal_key"]


# --------------------------------------------------------------------------- element view
@dataclass
class _Elem:
    point: float
    wide: Interval
    fresh: Interval
    lit: Num | None
    decimals: int | None
    sci: bool
    text: str
    line: int
    span: tuple[int, int] | None = None


def _max_decimals(node: Node) -> tuple[int | None, bool]:
    nums = [n for n in literals(node) if n.decimals is not None]
    if not nums:
        return None, False
    return max(n.decimals for n in nums), any(n.scale is not None for n in nums)  # type: ignore[type-var]


#: What a recomputed value beyond the largest double is reported as (never 300 digits of 1.797…e308).
OVERFLOW = "overflow"


def _overflows(x: float) -> bool:
    return not math.isfinite(x) or abs(x) >= 1e308  # interval arithmetic clamps an overflow near the largest double


def _fmt(x: float, decimals: int | None, sci: bool) -> str:
    if _overflows(x):
        return OVERFLOW if not math.isnan(x) else str(x)
    d = decimals if decimals is not None else 4
    return f"{x:.{d}e}" if sci else f"{x:.{d}f}"


# --------------------------------------------------------------------------- classification
def _classify(left: _Elem, right: _Elem) -> tuple[str, float, _Elem]:
    """(klass, recomputed value, the side whose printed value is judged)."""
    if right.lit is not None or left.lit is not None:
        target, expr = (right, left) if right.lit is not None else (left, right)
        assert target.lit is not None
        y, h = target.lit.value, target.lit.half
        x = expr.point
        slack = 1e-12 * max(abs(x), abs(y), 1e-300)
        if abs(x - y) <= h + slack:
            return "ok", x, target
        band = Interval(math.nextafter(y - h, -math.inf), math.nextafter(y + h, math.inf))
        return ("rounding" if expr.wide.intersects(band) else "error"), x, target
    xl, xr = left.point, right.point
    slack = 1e-9 * max(abs(xl), abs(xr), 1e-300)
    if abs(xl - xr) <= slack or (right.fresh.lo - slack <= xl <= right.fresh.hi + slack):
        return "ok", xl, right
    return ("rounding" if left.wide.intersects(right.fresh) else "error"), xl, right


def _ok_by_points(left: _Elem, right: _Elem) -> bool:
    """Whether :func:`_classify` says ok from the point values alone (a printed number matched within its half-unit,
    or two expressions whose values agree to 1e-9 relative: its first test, which no widening changes)."""
    if right.lit is None and left.lit is None:
        xl, xr = left.point, right.point
        return abs(xl - xr) <= 1e-9 * max(abs(xl), abs(xr), 1e-300)
    target, expr = (right, left) if right.lit is not None else (left, right)
    assert target.lit is not None
    y, h, x = target.lit.value, target.lit.half, expr.point
    return abs(x - y) <= h + 1e-12 * max(abs(x), abs(y), 1e-300)


def _widening_cannot_raise(node: Node) -> bool:
    """Whether evaluating ``node`` with printed numbers widened to their half-units raises only where its point
    evaluation raises too.

    Interval arithmetic is inclusion-monotone: a widened operand gives a wider result, so a division by exactly
    zero, the log or square root of a non-positive number, a shape mismatch or an overflowing literal fail the
    point evaluation first. A power is the exception: ``(-0.5)^{2.0}`` is an exact square at the point and a
    non-integer power of a negative number once 2.0 is widened. Safe is a power whose exponent has no printed
    decimal, or whose base is a positive constant (``e``). Walked without recursion (a sum of hundreds of terms).
    """
    stack = [node]
    while stack:
        n = stack.pop()
        cls = n.__class__
        if cls is Bin:
            stack.append(n.left)  # type: ignore[attr-defined]
            stack.append(n.right)  # type: ignore[attr-defined]
        elif cls is Neg or cls is Transpose:
            stack.append(n.arg)  # type: ignore[attr-defined]
        elif cls is Func:
            stack.extend(n.args)  # type: ignore[attr-defined]
        elif cls is Matrix:
            for row in n.rows:  # type: ignore[attr-defined]
                stack.extend(row)
        elif cls is Pow:
            base, exp = n.base, n.exp  # type: ignore[attr-defined]
            if not (base.__class__ is Const and base.value > 0) and _has_half_unit(exp):  # type: ignore[attr-defined]
                return False
            stack.append(base)
            stack.append(exp)
        elif cls is not Num and cls is not Const and cls is not Sym:
            return False  # a node this walk does not know: evaluated the careful way
    return True


def _has_half_unit(node: Node) -> bool:
    """Whether ``node`` holds a printed number with a half-unit (one that a widening moves)."""
    stack = [node]
    while stack:
        n = stack.pop()
        if n.__class__ is Num:
            if n.half > 0:  # type: ignore[attr-defined]
                return True
            continue
        for v in n.__dict__.values():
            if isinstance(v, Node):
                stack.append(v)
            elif isinstance(v, list):
                for x in v:
                    if isinstance(x, Node):
                        stack.append(x)
                    elif isinstance(x, list):
                        stack.extend(y for y in x if isinstance(y, Node))
    return False


def _correlated_allows(expr: Node, target: Num, widen: Callable[[Num], bool]) -> bool:
    """Whether ``expr`` can give ``target`` when each rounded number printed more than once is one value.

    Interval arithmetic lets the two copies of 0.5932699921 in ``0.5932699921 (1 − 0.5932699921)``
    move apart, which no rounding does; to first order the value moves by the sum of what each
    distinct rounded number moves it by when all its copies move together. Only relations that
    repeat a rounded number are tightened so: the rest keep the interval verdict.
    """
    lits = [n for n in literals(expr) if n.half > 0 and widen(n)]
    if len({n.key for n in lits}) == len(lits):
        return True  # no number printed twice: the interval bound is already tight to first order
    tied = tied_reach(expr, widen)
    if tied is None:
        return True
    base, reach = tied
    return abs(base - target.value) <= target.half + reach + 1e-12 * max(abs(base), 1e-300)


#: a side applying an activation (``\text{softmax}(\cdots)``, ``sigmoid(Z1)``, ``\sigma\begin{pmatrix}…``) to what nnwalk cannot evaluate there:
#: what it equals was computed, and printed rounded
_APPLIES = re.compile(
    r"(?:softmax|sigmoid|sig|logsig|tansig|\\sigma|σ|tanh|relu)\s*\}?\s*(?:(?:\\left|\\bigl?|\\Bigl?)?\s*[(\[]|\\begin\{[pbBvV]?matrix\})"
    # f(h1*w5 + h2*w6 + b2) = 0.75: the activation by its usual one-letter name, applied to a weighted sum of names
    r"|(?<![A-Za-z\\])f\s*\((?=[^()=]*[A-Za-z]\w*\s*\*)"
    # an exponential a PDF's text layer flattened (``1 1 + e−0.5`` for 1/(1 + e^{−0.5})): what follows is computed
    r"|(?<![A-Za-z])e\s*\^?\s*\{?\s*[-−]\s*\d",
    re.IGNORECASE,
)


#: the name of a computed quantity (an output, activation, net input, loss): ``o^{(3)} = [0.1900, 0.2083, …]`` prints
#: a value the page computed, rounded, even without its working (inputs, weights and targets are the givens)
_COMPUTED_NAME = re.compile(
    r"\s*(?:\\mathbf\{|\\boldsymbol\{|\\vec\{|\\mathcal\{)?(?:o|h|a|z|\\hat\{?y\}?|out|net|L)\}?(?![A-Za-z])"
)


def _approx_vector(rel: str, nb: Node) -> bool:
    """``α ≈ [0.248, 0.248, 0.504]``: a vector printed after ≈ is a computed one, rounded. (A lone number after ≈ is
    not taken so: a value counts as rounded wherever its digits stand, and ``ŷ ≈ 0.5`` would widen every given 0.5.)"""
    node = nb.arg if isinstance(nb, Transpose) else nb
    return rel == "approx" and isinstance(node, Matrix) and sum(len(r) for r in node.rows) >= 2


def _check_substitution(doc: _Doc, reps: list[tuple[Node, Num]]) -> tuple[str, float, Num] | None:
    """Worst verdict over the replaced pieces (None when a piece is not a scalar)."""
    verdicts = _piece_verdicts(doc, reps)
    if verdicts is None:
        return None
    order = {"ok": 0, "rounding": 1, "error": 2}
    return max(verdicts, key=lambda v: order[v[0]])  # the first of the worst


def _piece_verdicts(doc: _Doc, reps: list[tuple[Node, Num]], approx: bool = False) -> list[tuple[str, float, Num]] | None:
    """Each replaced piece's verdict, in order (None when a piece is not a scalar).

    After ``≈`` (``approx``) a piece printed as 0 may be one too small to matter (``1 / (1 + e^{-270}) ≈ 1 / (1 +
    0)``: a twentieth or less); any other whole number, and a 0 after ``=``, stays exact (``\\sqrt{100} + 0.01``
    written 10 is no 10, nor ``e^{0.4}`` written 1 beside ``≈``).
    """
    out: list[tuple[str, float, Num]] = []
    for sub, num in reps:
        try:
            point = evaluate(sub)
        except EvalError:  # a vector piece (Cell) whose expression does not have the printed vector's shape
            return None
        if not isinstance(point, Interval):
            return None
        x, y, h = point.mid, num.value, num.half
        if approx and y == 0 and h == 0 and num.scale is None and "." not in num.text and abs(x) <= 0.05:
            h = 0.5
        slack = 1e-12 * max(abs(x), abs(y), 1e-300)
        if abs(x - y) <= h + slack or _epsilon_dropped(sub, x, y):
            klass = "ok"
        elif abs(x - y) <= 2 * h + slack and doc.rounded(num) and _printed_before(doc, num):
            # a result printed earlier, restated as a piece (σ'(3.02) ≈ 0.9534 · (1 − 0.9534) after σ(3.02) ≈ 0.9534):
            # within a unit of its last digit it is that result; its own line, not this one, says if it was cut
            klass = "ok"
        else:
            wide = evaluate(sub, doc.rounded)
            band = Interval(math.nextafter(y - h, -math.inf), math.nextafter(y + h, math.inf))
            klass = (
                "rounding"
                if isinstance(wide, Interval) and wide.intersects(band) and _correlated_allows(sub, num, doc.rounded)
                else "error"  # 0.7685 × (1 − 0.7685) = 0.1780: the two copies of 0.7685 are one value (0.17791 ± 0.00003)
            )
        out.append((klass, x, num))
    return out or None


def _printed_before(doc: _Doc, num: Num) -> bool:
    """Whether ``num`` restates a result printed on an earlier line."""
    first = doc.first_result.get(num.key)
    return first is not None and doc.lines.line(first) < doc.lines.line(num.start)


def _epsilon_dropped(sub: Node, x: float, y: float) -> bool:
    """``\\sqrt{100} + 10^{-8}`` printed as 10: a piece holding a guard term of 10^{-5} or less (Adam's ε, added so
    nothing divides by zero) whose printed value leaves it out, off by a millionth of itself or less: no error."""
    if abs(x - y) > 1e-6 * max(abs(y), 1e-300):
        return False
    for n in walk(sub):
        if n.__class__ is Pow and n.base.__class__ is Num and n.base.value == 10:  # type: ignore[attr-defined]
            exp = single_literal(n.exp)  # type: ignore[attr-defined]
            if exp is not None and exp.value <= -5:
                return True
        elif n.__class__ is Num and 0 < n.value <= 1e-5:  # type: ignore[attr-defined]
            return True
    return False


# --------------------------------------------------------------------------- helpers
#: A side longer than this is not checked (no walkthrough writes one; a pathological input must not hang us).
MAX_SIDE_TOKENS = 4000


class _Doc:
    def __init__(self, text: str, policy: str) -> None:
        self.text = text
        self.lines = LineMap(text)
        self.policy = policy
        self.results: set[str] = set()
        self.first_result: dict[str, int] = {}  # where each result is first printed (its offset)
        self.restated: set[int] = set()  # offsets of cells of restated result vectors printed a digit shorter
        self.pending_results: tuple[list, list] | None = None  # pass 1, worked out when first needed (rounded)
        self.cache: dict[int, Node | Exception] = {}
        self.sides: dict[int, Side] = {}  # keeps every parsed side (so its id stays its own) for the memos below
        self.numeric_memo: dict[int, bool] = {}
        self.literals_memo: dict[int, list[Num]] = {}
        self.reason_memo: dict[int, str | None] = {}  # reason() is asked of each side of each relation several times
        self.confirmed = _Confirmations(self)  # result offset -> how its chain's own formula confirms it
        self.log10 = False  # the page's unmarked log is base 10 (:mod:`.logbase`)
        self.cell_sides: set[int] = set()  # ids of the left sides of optimizer-table relations (:mod:`.moments`)

    def parse(self, side: Side) -> Node | Exception:
        key = id(side)
        got = self.cache.get(key)  # asked some 80,000 times on a 620 KB document: one look-up when known
        if got is not None:
            return got
        if key not in self.cache:
            self.sides[key] = side
            if len(side.tokens) > MAX_SIDE_TOKENS:
                self.cache[key] = ParseError(f"a side of {len(side.tokens)} tokens is too long to check")
                return self.cache[key]
            try:
                node = parse_side(side.tokens)
                self.cache[key] = in_base_ten(node) if self.log10 and "log" in side.text else node
            except (ParseError, RecursionError, IndexError) as exc:
                self.cache[key] = detached(exc)  # kept: its frames would hold the document
        return self.cache[key]

    def numeric(self, side: Side) -> bool:
        """``is_numeric`` of the side's tree (which must be a Node), once per side."""
        key = id(side)
        got = self.numeric_memo.get(key)
        if got is None:
            node = self.parse(side)
            assert isinstance(node, Node)
            got = self.numeric_memo[key] = is_numeric(node)
        return got

    def literals(self, side: Side) -> list[Num]:
        """``literals`` of the side's tree (which must be a Node), once per side."""
        key = id(side)
        got = self.literals_memo.get(key)
        if got is None:
            node = self.parse(side)
            assert isinstance(node, Node)
            got = self.literals_memo[key] = literals(node)
        return got

    def reason(self, side: Side) -> str | None:
        """:func:`_reason` of the side's parse, once per side (the side's parse, tokens and text do not change)."""
        key = id(side)
        if key in self.reason_memo:
            return self.reason_memo[key]
        got = self.reason_memo[key] = self._reason(side)  # parse() keeps the side, so its id stays its own
        return got

    def _reason(self, side: Side) -> str | None:
        node = self.parse(side)
        if isinstance(node, Exception):
            return f"parse: {node}"
        if _fragment(side, self.text):
            return "a piece of an expression whose brackets or first line are missing (a PDF's text layer)"
        if "matrix" in side.text and _one_cell_beside_taller(node):
            return "a matrix of one cell added to a taller one: its row breaks are lost"
        return None if self.numeric(side) else "symbolic"

    def note_results(self, nums: Iterable[Num]) -> None:
        """Mark printed numbers as results of a computation, keeping where each is printed first."""
        for n in nums:
            self.results.add(n.key)
            if n.start < self.first_result.get(n.key, n.start + 1):
                self.first_result[n.key] = n.start

    def rounded(self, n: Num) -> bool:
        if self.pending_results is not None:
            pairs, terms = self.pending_results
            self.pending_results = None
            _mark_results(self, pairs, terms)
        # a number written to seven or more decimals is a computed value cut to its digits (0.75136507 is
        # σ(1.105905967)), even where the page did not print the computation: no one gives an input so long
        # and a result vector's cell restated a digit shorter (:func:`_restated_shorter`) is that result rounded again
        return (
            self.policy == "all"
            or (self.policy == "results" and (n.key in self.results or (n.decimals or 0) >= _LONG_DECIMALS))
            or (self.policy == "results" and n.start in self.restated)
        )

    def src(self, start: int, end: int) -> str:
        return " ".join(self.text[start:end].split())


#: Decimals from which a printed number is taken as a rounded computed value wherever it stands.
_LONG_DECIMALS = 7


def _fragment(side: Side, text: str) -> bool:
    """A side that cannot be what its author wrote: it starts with ``+`` (the rest of a sum begun on the line
    before) or subtracts a negative number without brackets (``0 − −2.6``: a PDF's text layer drops the large
    brackets of ``(0 − (−2.6))``). Judged as printed, its value would be another expression's. A ``+`` just after
    the chain's own relation (``Error = + 0.5699 + 0.1689 = 0.985``) is a unary plus: that side is whole."""
    toks = side.tokens
    if toks and toks[0].text == "+":
        return not _after_relation(text, side.start)
    if side.text.count("-") + side.text.count("\u2212") < 2:
        return False  # the common case, decided without a walk over the tokens
    return any(a.text == "-" and b.text == "-" for a, b in zip(toks, toks[1:], strict=False))


_RELATION_BEFORE = re.compile(r"(?:=|\u2248|\\approx)[\s&]*\Z")


def _after_relation(text: str, start: int) -> bool:
    """``text`` just before ``start`` (spaces and ``&`` aside) ends with ``=``, ``≈`` or ``\\approx``."""
    return _RELATION_BEFORE.search(text, max(start - 40, 0), start) is not None


def _elements(doc: _Doc, node: Node, value: Value, wide: Value, fresh: Value, side: Side) -> list[_Elem]:
    """Per-element view of a side (a scalar side has one element)."""
    line = doc.lines.line(side.start)
    pts, wds, frs = flatten(value), flatten(wide), flatten(fresh)
    if isinstance(node, Matrix) and shape_of(value) == (len(node.rows), len(node.rows[0])):
        cells = [c for r in node.rows for c in r]
        spans = [s for r in node.spans for s in r]
    elif isinstance(node, Matrix) and len(pts) == 1 and node.spans and [len(r) for r in node.rows] == [1]:
        cells, spans = [node.rows[0][0]], [node.spans[0][0]]  # [−0.059901]: a 1 × 1 matrix is its one number
    else:
        cells = [node] * len(pts)
        spans = [(-1, -1)] * len(pts)
    out = []
    for p, w, f, c, (a, b) in zip(pts, wds, frs, cells, spans, strict=True):
        dec, sci = _max_decimals(c)
        lit = single_literal(c)
        text = doc.src(a, b) if a >= 0 else _SIZED.sub("", side.text)
        out.append(_Elem(p.mid, w, f, lit, dec, sci, text, doc.lines.line(a) if a >= 0 else line, _num_span(side, lit)))
    return out


#: A font-size switch before a printed value (``\normalsize0.25``): not part of the number the report names.
_SIZED = re.compile(r"^\s*(?:\\(?:tiny|scriptsize|footnotesize|small|normalsize|large|Large|LARGE|huge|Huge)(?![A-Za-z])\s*)+")


def _num_span(side: Side, num: Num | None) -> tuple[int, int] | None:
    """Document span of the printed literal ``num`` among ``side``'s tokens."""
    if num is None:
        return None
    toks = side.tokens
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid].start < num.start:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(toks) and toks[lo].start == num.start and toks[lo].kind == "num":
        return (toks[lo].start, toks[lo].end)
    if lo < len(toks) and toks[lo].start == num.start and toks[lo].text in ("\\num", "\\SI", "\\qty"):
        depth = 0  # siunitx: the number is the command's first braced argument
        for t in toks[lo + 1 :]:
            if t.text == "{":
                depth += 1
            elif t.text == "}":
                depth -= 1
                if depth == 0:
                    return (toks[lo].start, t.end)
    return None


def _truncation_note(x: float, num: Num) -> str:
    """`` (looks truncated rather than rounded)`` when ``num`` is ``x`` cut after its digits."""
    if num.decimals is None or num.scale is not None or not math.isfinite(x):
        return ""
    try:
        step = Decimal(1).scaleb(-num.decimals)
        cut = Decimal(repr(x)).quantize(step, rounding=ROUND_DOWN)
        near = Decimal(repr(x)).quantize(step, rounding=ROUND_HALF_UP)
        printed = Decimal(num.text.replace("\u2212", "-"))
    except (InvalidOperation, ValueError):
        return ""
    return " (looks truncated rather than rounded)" if cut == printed and near != printed else ""


def _other_orientation(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    """Whether two shapes are the same vector standing the other way ((n, 1) and (1, n), n > 1)."""
    return a is not None and b is not None and a[0] == b[1] and a[1] == b[0] and 1 in a and a != (1, 1)


def _squeeze(vals: tuple[Value, Value, Value]) -> tuple[Value, Value, Value]:
    """Turn 1x1 matrices into scalars (W a for a single neuron is a number)."""
    return tuple(v.rows[0][0] if shape_of(v) == (1, 1) else v for v in vals)  # type: ignore[return-value,union-attr]


#: Whether :func:`_check_pair` tries :func:`_plainly_ok` first (off only in the test that compares the two paths).
_PLAIN_FIRST = True
#: Whether it tries the numbers new on the right alone before the full widening (off only in a comparing test).
_NARROW_FIRST = True


def _plainly_ok(doc: _Doc, lside: Side, rel: str, rside: Side, lnode: Node, rnode: Node) -> list[Finding] | None:
    """The finding of the commonest relation, a number printed for a scalar expression (``0.10 \\times 0.70 =
    0.07000``), when the point values alone prove it ok; None for anything else (then :func:`_check_pair`'s
    general path judges it). The same verdict, finding and exceptions as that path: the same evaluations
    in the same order, the same test, the same fields (a differential test holds the two together)."""
    lit = single_literal(rnode)
    target = rside
    if lit is None:
        lit, target = single_literal(lnode), lside
        if lit is None:
            return None
    if not (_widening_cannot_raise(lnode) and _widening_cannot_raise(rnode)):
        return None
    lv, rv = evaluate(lnode), evaluate(rnode)
    if lv.__class__ is not Interval or rv.__class__ is not Interval:
        return None
    x = (lv if target is rside else rv).mid
    y = lit.value
    if not abs(x - y) <= lit.half + 1e-12 * max(abs(x), abs(y), 1e-300):
        return None
    expected = _fmt(x, (lit.decimals if lit.decimals is not None else 2) + 2, lit.scale is not None)
    span = _num_span(target, lit) or (None, None)
    return [Finding(doc.lines.line(rside.start), _SIZED.sub("", rside.text), expected, lside.text, rel, "ok", "", *span)]


def _rounded_whole(rnode: Node) -> Node:
    """``e^{10} \\approx 22026``: a whole number an approximation gives stands for its rounding to units (half 0.5),
    not for the exact integer a whole number means after ``=``."""
    lit = single_literal(rnode)
    if lit is None or lit.decimals is not None or lit.scale is not None or lit.half != 0 or abs(lit.value) < 10:
        return rnode
    inner = rnode
    while isinstance(inner, Neg):
        inner = inner.arg
    assert isinstance(inner, Num)
    whole = replace(inner, half=0.5)
    return whole if inner is rnode else _with_literals(rnode, {inner.start: whole})


#: functions whose value at a number other than their one whole point is never a whole number
_TRANSCENDENTAL = frozenset({"exp", "ln", "log", "tanh", "sigmoid", "sqrt"})


def _rounded_large_wholes(lnode: Node, rnode: Node) -> Node:
    """``exp([4, 8, 2]) = [54.60, 2981, 7.39]``: a whole number of four digits or more that an exponential, a
    logarithm, a root or a sigmoid gives stands for its rounding to units, as beside ``≈`` (e^8 = 2980.958… is no
    whole number; the page kept four significant figures). Any other whole number after ``=`` stays exact."""
    if not any(
        (isinstance(n, Func) and n.name in _TRANSCENDENTAL)
        or (isinstance(n, Pow) and isinstance(n.base, Const) and n.base.name == "e")
        for n in walk(lnode)
    ):
        return rnode
    wide = {
        n.start: replace(n, half=0.5)
        for n in walk(rnode)
        if isinstance(n, Num) and n.decimals is None and n.scale is None and n.half == 0 and abs(n.value) >= 1000
    }
    return _with_literals(rnode, wide) if wide else rnode


def _order_of_magnitude(rnode: Node) -> Node:
    """``0.25^{10} \\approx 10^{-6}``: a power of ten with a whole exponent after an approximation states an order of
    magnitude, anything from 10^{k − ½} to 10^{k + ½} (a number whose nearest power of ten it is)."""
    if not (isinstance(rnode, Pow) and isinstance(rnode.base, Num) and rnode.base.value == 10 and rnode.base.half == 0):
        return rnode
    exp = single_literal(rnode.exp)
    if exp is None or exp.half != 0 or exp.value != int(exp.value) or abs(exp.value) > 300:
        return rnode
    lo, hi = 10.0 ** (exp.value - 0.5), 10.0 ** (exp.value + 0.5)
    base = rnode.base
    k = int(exp.value)
    return Num((lo + hi) / 2, (hi - lo) / 2, f"1e{k}", None, f"10^{{{k}}}", k, start=base.start)


#: A side made only of matrix shapes in brackets, ``(3\\times3)\\cdot(3\\times1)`` or ``(3 × 1)``.
_SHAPES = re.compile(r"\s*(?:\(\s*\d{1,4}\s*(?:\\times|\u00d7|x)\s*\d{1,4}\s*\)\s*(?:\\cdot|\u00b7|\*|\\times|\u00d7)?\s*)+")


def _shape_statement(lside: Side, rside: Side) -> bool:
    """``(3\\times3)\\cdot(3\\times1) = (3\\times1)``: a product of matrix shapes and the shape it gives, whose inner
    dimensions agree — a statement about sizes, not arithmetic (27 ≠ 3 is no error)."""
    if not (_SHAPES.fullmatch(lside.text) and _SHAPES.fullmatch(rside.text)):
        return False
    dims = [[int(d) for d in re.findall(r"\d+", g)] for g in re.findall(r"\([^()]*\)", lside.text)]
    out = [int(d) for d in re.findall(r"\d+", rside.text)]
    chained = all(a[1] == b[0] for a, b in zip(dims, dims[1:], strict=False))
    return len(dims) >= 2 and chained and out == [dims[0][0], dims[-1][1]]


def _check_pair(doc: _Doc, lside: Side, rel: str, rside: Side, lnode: Node, rnode: Node) -> list[Finding]:
    if _shape_statement(lside, rside) or (rel == "approx" and class_label(lnode, rnode)):
        return []
    if rel == "approx":
        rnode = _order_of_magnitude(_rounded_whole(rnode))
    else:
        rnode = _rounded_large_wholes(lnode, rnode)
    if _PLAIN_FIRST and (quick := _plainly_ok(doc, lside, rel, rside, lnode, rnode)) is not None:
        return quick
    lkeys = {n.key for n in doc.literals(lside)}
    rkeys = {n.key for n in doc.literals(rside)}

    def policy(n: Num) -> bool:
        return doc.rounded(n)

    def r_fresh(n: Num) -> bool:
        return doc.rounded(n) or n.key not in lkeys

    def l_fresh(n: Num) -> bool:
        return doc.rounded(n) or n.key not in rkeys

    def values(node: Node, fresh: Callable[[Num], bool], dot: bool, full: bool) -> tuple[Value, Value, Value]:
        # A widening that widens no literal of the side is the point evaluation again: not redone.
        # Without ``full`` only the point value is made (standing in for the widened ones, see below).
        lits = doc.literals(lside if node is lnode else rside)
        point = evaluate(node, dot=dot)
        if not full:
            return point, point, point
        wide = evaluate(node, policy, dot) if any(n.half > 0 and policy(n) for n in lits) else point
        new = evaluate(node, fresh, dot) if any(n.half > 0 and fresh(n) for n in lits) else point
        return point, wide, new

    rdot = [False]  # whether the right side was last evaluated as dot products (for new_on_right below)

    def both(full: bool) -> tuple[tuple[Value, Value, Value], tuple[Value, Value, Value]]:
        lv = values(lnode, l_fresh, False, full)
        rv = values(rnode, r_fresh, False, full)
        rdot[0] = False
        if {shape_of(lv[0]), shape_of(rv[0])} == {None, (1, 1)}:  # a 1x1 matrix is a number
            lv, rv = _squeeze(lv), _squeeze(rv)
        if _other_orientation(shape_of(lv[0]), shape_of(rv[0])) and any(
            n.__class__ is Transpose for side in (lnode, rnode) for n in walk(side)
        ):
            # δ @ [0.6457, 0.6225]ᵀ = [[-0.0460, -0.0444]], [0, 0] + 1·(-2)·[2, 3] = [-4, -6]ᵀ: the page writes a
            # bracket list as a column, so its ᵀ is a row; which way a written vector stands is notation, not arithmetic
            lv = tuple(v.t() if isinstance(v, Mat) else v for v in lv)  # type: ignore[assignment]
        if shape_of(lv[0]) != shape_of(rv[0]):  # maybe "\cdot" between vectors meant a dot product
            try:
                if shape_of(rv[0]) is None:
                    lv = values(lnode, l_fresh, True, full)
                elif shape_of(lv[0]) is None:
                    rv = values(rnode, r_fresh, True, full)
                    rdot[0] = True
            except EvalError:
                pass
        return lv, rv

    def new_on_right(lel: list[_Elem], rv: tuple[Value, Value, Value]) -> list[_Elem] | None:
        """The right side's elements with its numbers that are new on the right widened, when that alone proves
        every element ok; else None. The general path's fresh widening widens those and the rounded results
        (doc.rounded, pass 1): a superset, so what this proves ok it proves ok, with the same finding."""
        if not any(n.half > 0 and n.key not in lkeys for n in doc.literals(rside)):
            return None
        fresh = evaluate(rnode, lambda n: n.key not in lkeys, rdot[0])
        if shape_of(fresh) == (1, 1) and shape_of(rv[0]) is None:
            fresh = fresh.rows[0][0]  # type: ignore[union-attr]  # squeezed as the point value was
        if shape_of(fresh) != shape_of(rv[0]):
            return None
        els = _elements(doc, rnode, rv[0], rv[1], fresh, rside)
        for le, re_ in zip(lel, els, strict=True):
            if _ok_by_points(le, re_):
                continue
            if le.lit is not None or re_.lit is not None:
                return None
            slack = 1e-9 * max(abs(le.point), abs(re_.point), 1e-300)
            if not re_.fresh.lo - slack <= le.point <= re_.fresh.hi + slack:
                return None
        return els

    if single_literal(lnode) is None and single_literal(rnode) is None and not literal_matrix_pair(lnode, rnode):
        reps = replacements(lnode, rnode)
        verdicts = _piece_verdicts(doc, reps, rel == "approx") if reps else None
        if verdicts is not None:
            # one finding for the step, on its worst piece; each further wrong piece gets its own (its value is
            # followed on its own: x · (0.02728; 0.03499)^T with both cells wrong)
            order = {"ok": 0, "rounding": 1, "error": 2}
            worst = max(verdicts, key=lambda v: order[v[0]])
            shown = [worst] + [v for v in verdicts if v[0] == "error" and v is not worst]
            out = []
            for klass, x, num in shown:
                dec = num.decimals if num.decimals is not None else 2
                detail = (
                    ""
                    if klass == "ok"
                    else f"the piece printed as {num.text} evaluates to {_fmt(x, dec + 2, num.scale is not None)}"
                )
                if klass == "error":
                    detail += _truncation_note(x, num)
                span = _num_span(rside, num)
                out.append(
                    Finding(
                        # the piece's own line: a matrix of pieces spans rows, each printed on a line of its own
                        doc.lines.line(span[0] if span else rside.start),
                        rside.text,
                        _fmt(x, dec + 2, num.scale is not None),
                        lside.text,
                        rel,
                        klass,
                        detail,
                        *(span or (None, None)),
                    )
                )
            return out
    # The widened values only ever decide a relation the point values do not already prove ok against a
    # printed number; they are made first only where making them could raise what the point values did not.
    lazy = _widening_cannot_raise(lnode) and _widening_cannot_raise(rnode)
    lv, rv = both(not lazy)
    line = doc.lines.line(rside.start)
    ls, rs = shape_of(lv[0]), shape_of(rv[0])
    if ls != rs:
        return [
            Finding(
                line,
                rside.text,
                f"shape {ls or 'scalar'}",
                lside.text,
                rel,
                "error",
                f"left side has shape {ls or 'scalar'}, right side {rs or 'scalar'}",
            )
        ]
    lel = _elements(doc, lnode, *lv, lside)
    rel_ = _elements(doc, rnode, *rv, rside)
    if lazy and not all(_ok_by_points(le, re_) for le, re_ in zip(lel, rel_, strict=True)):
        narrow = new_on_right(lel, rv) if _NARROW_FIRST else None
        if narrow is not None:
            rel_ = narrow
        else:
            lv, rv = both(True)
            lel = _elements(doc, lnode, *lv, lside)
            rel_ = _elements(doc, rnode, *rv, rside)
    out = []
    many = isinstance(lv[0], Mat)
    ncols = ls[1] if ls else 1
    for k, (le, re_) in enumerate(zip(lel, rel_, strict=True)):
        klass, x, target = _classify(le, re_)
        if klass == "rounding" and not many and target.lit is not None:
            expr = lnode if target is re_ else rnode
            if id(lside) not in doc.cell_sides and not _correlated_allows(expr, target.lit, policy):
                klass = "error"  # (an optimizer table's cells are each a value of its own, however alike printed)
        dec = target.lit.decimals if target.lit is not None else target.decimals
        sci = target.lit.scale is not None if target.lit is not None else target.sci
        expected = _fmt(x, (dec if dec is not None else 2) + 2, sci)
        where = f"element ({k // ncols + 1}, {k % ncols + 1}): " if many else ""
        detail = ""
        if klass == "error" and _overflows(x) and not math.isnan(x):
            side = lside.text if target is re_ else rside.text
            detail = f"{where}{side} overflows (beyond 1.8e308, the largest number a double holds), printed {target.text}"
        elif klass == "error":
            shown = _fmt(x, dec if dec is not None else 4, sci)
            detail = f"{where}{lside.text if target is re_ else rside.text} = {shown}, printed {target.text}"
            if target.lit is not None:
                detail += _truncation_note(x, target.lit)
        elif klass == "rounding":
            detail = f"{where}consistent only if the printed operands are rounded values"
        out.append(Finding(re_.line, re_.text, expected, lside.text, rel, klass, detail, *(target.span or (None, None))))
    return out


def _reason(node: Node | Exception) -> str | None:
    if isinstance(node, Exception):
        return f"parse: {node}"
    if not is_numeric(node):
        return "symbolic"
    return None


def literal_key(text: str) -> str:
    """The key the checker gives a printed number (``-0.150`` -> ``.150``; ``1.88 \\times 10^{-4}``)."""
    m = re.fullmatch(r"\s*-?\s*([0-9.]+)(?:\s*\\times\s*10\^\{(-?[0-9]+)\})?\s*", text)
    if m is None:
        raise ValueError(f"not a printed number: {text!r}")
    return make_number(m.group(1), scale=int(m.group(2)) if m.group(2) else None).key


def _is_value(node: Node) -> bool:
    """A printed value: a signed literal or a matrix of signed literals, maybe transposed (``x_0 = [1, 1]^T`` gives
    x_0 its value; it is no formula whose value a later ``x_0 = 10`` would be)."""
    return printed_value(node)


_DEF_REACH = 80  # lines: a name valued much later is more likely a new quantity than this one


#: Between a definition and a later value, a heading or words like "after the update" mean a new quantity.
_NEW_CONTEXT = re.compile(
    r"^\s*#{1,6}\s|\\(?:sub)*section\*?\{|\b(?:after|updated?|new|again|next|iteration|epoch|step \d)\b",
    re.IGNORECASE | re.MULTILINE,
)


def _separated(doc: _Doc, a: int, b: int) -> bool:
    """Whether the text between offsets ``a`` and ``b`` starts something new (a heading, "after the update")."""
    start = doc.text.find("\n", a)
    end = doc.text.rfind("\n", 0, b)
    return start != -1 and end > start and _NEW_CONTEXT.search(doc.text, start, end) is not None


#: An inline span closed, then an operator in the text and another span opened: ``$a$ + $b$`` is one sum.
_OPERATOR_BETWEEN_SPANS = re.compile(r"[ \t]*\$[ \t]*(?:[-+*/\u00d7\u00b7\u2212]|\\times|\\cdot)[ \t]*\$(?!\$)")


def _continued_outside(text: str, side: Side) -> bool:
    """Whether ``side`` ends an inline span that an operator outside the math carries on into the next span."""
    if not side.tokens:
        return False
    last = side.tokens[-1]
    return _OPERATOR_BETWEEN_SPANS.match(text, last.end) is not None


def _defined_then_valued(doc: _Doc, chains: list[Chain]) -> list[tuple[Side, str, Side, str]]:
    """``X = <numeric expression>`` … later ``X = <value>``: relate the expression to the value.

    The definition is a chain whose first side is a name (not numeric), whose last side is
    numeric with an operation and none of whose sides is a value; the valuation is a later
    chain with the textually same first side (whitespace ignored) whose last side is a value
    and whose other sides are symbolic.  Any other chain with that first side in between
    forgets the definition, so only an unambiguous "defined here, valued there" is paired,
    and only within :data:`_DEF_REACH` lines (the same name far away is likely reused).
    """
    defs: dict[str, tuple[Side, int]] = {}
    out: list[tuple[Side, str, Side, str]] = []
    for chain in chains:
        if len(chain.sides) < 2 or not chain.sides[0].tokens or chain.note:
            continue
        head = doc.parse(chain.sides[0])
        if not isinstance(head, Node) or doc.numeric(chain.sides[0]):
            continue
        key = "".join(chain.sides[0].text.split())
        kinds = []
        for side in chain.sides[1:]:
            node = doc.parse(side)
            if not side.tokens or not isinstance(node, Node) or not doc.numeric(side):
                kinds.append("sym")
            else:
                kinds.append("value" if _is_value(node) else "expr")
        if kinds[-1] == "expr" and _continued_outside(doc.text, chain.sides[-1]):
            # $E = \frac{1}{2}(0.01-0.751)^{2}$ + $\frac{1}{2}(0.99-0.772)^{2}$: the sum goes on in the next span, so
            # this side is only its first term; a later E = 0.29837 is not its value
            defs.pop(key, None)
        elif kinds[-1] == "expr" and "value" not in kinds:
            line = doc.lines.line(chain.sides[-1].start)
            if (
                key in defs
                and all(k == "sym" for k in kinds[:-1])
                and line - defs[key][1] <= _DEF_REACH
                and not _separated(doc, defs[key][0].start, chain.sides[-1].start)
            ):
                # z = (2000·w1) + … on one line, z = -2.53 + … on the next: one chain written as separate equations,
                # each step the evaluation of the one before
                side, before = defs[key]
                note = f"{chain.sides[0].text}{_WRITTEN_AT}{before} as {side.text}"
                out.append((side, chain.rels[-1], chain.sides[-1], note))
            defs[key] = (chain.sides[-1], line)
        elif (
            kinds[-1] == "value"
            and all(k == "sym" for k in kinds[:-1])
            and key in defs
            and doc.lines.line(chain.sides[-1].start) - defs[key][1] <= _DEF_REACH
            and not _separated(doc, defs[key][0].start, chain.sides[-1].start)
        ):
            side, line = defs.pop(key)
            note = f"{chain.sides[0].text}{_COMPUTED_AT}{line} as {side.text}"
            out.append((side, chain.rels[-1], chain.sides[-1], note))
        elif (
            kinds[0] == "expr"
            and len(kinds) >= 2
            and key in defs
            and doc.lines.line(chain.sides[1].start) - defs[key][1] <= _DEF_REACH
            and not _separated(doc, defs[key][0].start, chain.sides[1].start)
        ):
            # z = (0.59055 × 5) + (-0.40567 × 3) + 0.49811, then z = 2.295 + 0.49811 = 2.79311: the name restated
            # carries the chain on, its first expression the evaluation of the one before
            side, line = defs.pop(key)
            note = f"{chain.sides[0].text}{_WRITTEN_AT}{line} as {side.text}"
            out.append((side, chain.rels[0], chain.sides[1], note))
        else:
            defs.pop(key, None)
    return out


_NAME_NOISE = re.compile(r"\s+|[{}]|\\left|\\right|\\(?=[_{}])")
#: Name keys already made: :func:`_substitute` asks for every run of up to 24 tokens after each name-like token,
#: and the same runs recur through a document (and across exam variants). Bounded: cleared when full.
_NAME_KEYS: dict[str, str] = {}
_NAME_KEYS_MAX = 200_000


def _bare_matrix(node: Node) -> Matrix | None:
    """The printed matrix ``node`` is, alone or times a number (``0.5 \\begin{pmatrix}…``), else None (a product of
    matrices has the shape of its value, not of its factors)."""
    if isinstance(node, Neg):
        return _bare_matrix(node.arg)
    if isinstance(node, Matrix):
        return node
    if isinstance(node, Bin) and node.op in ("*", "juxt"):
        for a, b in ((node.left, node.right), (node.right, node.left)):
            if isinstance(a, Num) and isinstance(b, Matrix):
                return b
    return None


def _one_cell_beside_taller(node: Node) -> bool:
    """``(−0.5; 1.0−0.8) − 0.5 (−0.1115−0.3117−0.0352)``: a printed matrix of several cells plus or minus a printed
    matrix of one cell. Such a page lost its row breaks (Markdown ate the ``\\\\``), and the one cell is a column
    run together, not a number to add to every element. (``[0.7, −0.6] a + [0.05]`` is a one-cell product plus a
    one-cell matrix: read as ever.)"""
    if isinstance(node, Bin) and node.op in ("+", "-"):
        left, right = _bare_matrix(node.left), _bare_matrix(node.right)
        if left is not None and right is not None:
            cells = sorted((len(left.rows) * len(left.rows[0]), len(right.rows) * len(right.rows[0])))
            if cells[0] == 1 and cells[1] > 1:
                return True
        return _one_cell_beside_taller(node.left) or _one_cell_beside_taller(node.right)
    if isinstance(node, (Neg, Transpose)):
        return _one_cell_beside_taller(node.arg)
    return False


def _name_key(text: str) -> str:
    """A name as a lookup key: spacing, braces and ``\\left``/``\\right`` do not matter (``h_{1}`` is ``h_1``)."""
    key = _NAME_KEYS.get(text)
    if key is None:
        if len(_NAME_KEYS) >= _NAME_KEYS_MAX:
            _NAME_KEYS.clear()
        key = _NAME_KEYS[text] = _NAME_NOISE.sub("", text)
    return key


_OPERATOR_CMDS = frozenset({"\\times", "\\cdot", "\\div", "\\odot", "\\pm"})
#: Longest name (in tokens) looked up when substituting: ``\frac{\partial E}{\partial w_{5}}`` is about 16.
_NAME_TOKENS = 24


def _substitute(doc: _Doc, side: Side, values: dict[str, tuple[str, int]]) -> tuple[list[Token], list[str]] | None:
    """``side`` with every name valued earlier replaced by its printed value; None unless something was replaced."""
    toks = side.tokens
    out: list[Token] = []
    used: list[str] = []
    i = 0
    while i < len(toks):
        found = None
        if toks[i].kind in ("word", "sym") or (toks[i].kind == "cmd" and toks[i].text not in _OPERATOR_CMDS):
            # (an operator is never a name: not the plain-text times sign typed as x, read as \times)
            for j in range(min(len(toks), i + _NAME_TOKENS) - 1, i - 1, -1):
                run = doc.text[toks[i].start : toks[j].end]
                key = _name_key(run)
                if key in values and run.count("{") == run.count("}"):  # not the braces that close e^{-net_{h_1}}
                    found = j, key
                    break
        if found is None:
            out.append(toks[i])
            i += 1
            continue
        j, key = found
        value, line = values[key]
        at = toks[i].start
        body = value.lstrip("-")
        out.append(Token("char", "(", at, at))
        if value.startswith("-"):
            out.append(Token("char", "-", at, at))
        out.append(Token("num", body, at, toks[j].end))
        out.append(Token("char", ")", toks[j].end, toks[j].end))
        used.append(f"{doc.text[toks[i].start : toks[j].end]} = {value} (line {line})")
        i = j + 1
    return (out, used) if used else None


_SUBSTITUTED = "with the values printed before: "
#: the note of a value printed alone on a later line after its name's working (``w1_updated = 0.14968``)
_COMPUTED_AT = " was computed at line "
#: the note of a chain carried on in a later equation that restates its name (``s = 0.36 + 0.283`` after ``s = …``)
_WRITTEN_AT = " was written at line "


def _two_quantities(expected: str, printed: str) -> bool:
    """Whether a printed value is another quantity than the one its formula's names give: the sign turned, or more
    than three times off (a slip of arithmetic or a miscopy moves a value less; a name read for another does not).
    """
    try:
        a, b = float(expected), float(printed.replace("\u2212", "-"))
    except ValueError:
        return False
    if a == b:
        return False
    if a * b < 0 or a == 0 or b == 0:
        return True
    return max(abs(a), abs(b)) > 3 * min(abs(a), abs(b))


def _lone_name(toks: list[Token]) -> bool:
    """Whether a substituted side was one name alone: ``(`` value ``)`` and nothing else."""
    return len(toks) <= 4 and [t.kind for t in toks if t.kind != "char" or t.text not in "()-"] == ["num"]


def _slipped_working(expr: Node, value: Node) -> bool:
    """Whether one digit of a short number in ``expr`` written otherwise gives the long ``value`` to every digit.

    ``z_1 = 1/(1 + e^{-1.1})`` under ``a_1 = 1``, then ``z_1 = 0.7310585786300049`` alone on the next line: that is
    σ(1) to sixteen digits, so the working's 1.1 is a slip for 1.0 and the value below it is right (a value printed
    without its working is judged against the true one). Only for a value of seven or more significant digits,
    which no other one-digit change matches by chance (:func:`.carry.one_digit_slip`, with no givens).
    """
    lit = single_literal(value)
    return lit is not None and one_digit_slip(expr, lit)


def _one_unit(printed: str, expected: str) -> bool:
    """Whether ``expected`` is within one unit of ``printed``'s last digit (``0.941`` for 0.94048).

    A value whose operands are not printed on its own line (``a2 = sigmoid(z2) = 0.941`` with ``z2 = 2.76``
    lines above) cannot be redone by hand from its line: the one-unit allowance of a value printed without its
    working applies, as for a restatement.
    """
    p = printed.strip().replace("\u2212", "-")
    try:
        pv, ev = float(p), float(expected)
    except ValueError:
        return False
    digits = len(p.split(".")[1]) if "." in p and "e" not in p.lower() else 0
    return abs(pv - ev) <= 10.0**-digits * (1 + 1e-9)


#: ``$w$ 的值固定为 $3$``, ``we keep $w$ at $3$``: a name in its own inline math, a few words, then a number.
_PROSE_VALUE_OF = re.compile(r"\$\s*([A-Za-z](?:_\{?\w{1,8}\}?)?)\s*\$([^$\n]{1,24}?)\$\s*(-?\d+(?:\.\d+)?)\s*\$")


def _prose_values(text: str) -> list[tuple[int, str, str]]:
    """(offset, name key, number) of each name the prose gives a value, last first (popped in document order)."""
    if "$" not in text:
        return []
    found = [(m.start(), _name_key(m.group(1)), m.group(3)) for m in _PROSE_VALUE_OF.finditer(text) if ". " not in m.group(2)]
    return found[::-1]


def _named_values_substituted(doc: _Doc, chains: list[Chain]) -> list[tuple[Side, str, Side, str]]:
    """``X = <formula in names> = <value>`` where every name was valued before: the formula with those values.

    ``\\frac{\\partial L}{\\partial w_2} = \\frac{\\partial L}{\\partial \\hat y} \\cdot h = -1.394`` after
    ``\\frac{\\partial L}{\\partial \\hat y} = -2.244`` and ``h \\approx 0.622`` is checked as
    ``(-2.244) \\cdot (0.622) = -1.394``. A name's value is the last one printed for it before
    the line (``name = … = value``, the same spelling up to spaces and braces), treated as a
    rounded result; a side with any name left unvalued is not checked.
    """
    values: dict[str, tuple[str, int]] = {}
    out: list[tuple[Side, str, Side, str]] = []
    said = _prose_values(doc.text)
    for chain in chains:
        sides = chain.sides
        while said and chain.sides and said[-1][0] < chain.sides[0].start:
            _at, name, number = said.pop()
            if values.get(name, (number,))[0] != number:
                values.pop(name)  # "w 的值固定为 3": the prose gives the name another value; which one holds is unsure
        if len(sides) < 2 or chain.note or not all(s.tokens for s in sides):
            continue
        nodes = [doc.parse(s) for s in sides]
        kinds = []
        for side, node in zip(sides, nodes, strict=True):
            if not isinstance(node, Node) or not doc.numeric(side):
                kinds.append("sym")
            else:
                kinds.append("value" if single_literal(node) is not None else "expr")
        if all(k == "sym" for k in kinds):
            # "z^{(2)} = W^{(2)} a^{(1)} + b^{(2)}" after z^{(2)} = 0.315: the name is defined anew (another
            # example, a general formula), so its earlier value is not what it stands for from here on
            values.pop(_name_key(sides[0].text), None)
            continue
        if kinds[-1] == "value" and "expr" not in kinds and any(k == "sym" for k in kinds[1:-1]):
            k = max(i for i in range(1, len(sides) - 1) if kinds[i] == "sym")
            got = _substitute(doc, sides[k], values)
            if got is not None and _lone_name(got[0]):
                got = None  # "d(xy)/dx = y = -1": a bare name restated is a local value, maybe of another y
            if got is not None:
                toks, used = got
                filled = Side(toks, sides[k].text, sides[k].start)
                node = doc.parse(filled)
                if isinstance(node, Node) and doc.numeric(filled):
                    # the substituted values keep the standing they have in the document: a given (x_1 = 0.05) is
                    # exact, a printed result (h = σ(0.5) ≈ 0.622) is rounded because a relation computes it
                    out.append((filled, chain.rels[-1], sides[-1], _SUBSTITUTED + "; ".join(used)))
        elif kinds == ["sym", "value"] and _formula_in_names(nodes[0]):
            # "Gradient: 2(\log(w) - y)/w = -0.1535" after "y = 1, w = 2": a formula of names valued before, and
            # its value, with no name of its own in front
            got = _substitute(doc, sides[0], values)
            if got is not None and not _lone_name(got[0]):
                toks, used = got
                filled = Side(toks, sides[0].text, sides[0].start)
                node = doc.parse(filled)
                if isinstance(node, Node) and doc.numeric(filled):
                    out.append((filled, chain.rels[-1], sides[-1], _SUBSTITUTED + "; ".join(used)))
        elif kinds[-1] == "value" and "expr" in kinds and kinds[1] == "sym":
            _confirm(doc, sides[1], nodes[-1], values)  # type: ignore[arg-type]
        _matrix_of_names(doc, nodes, values)
        if kinds[0] == "sym" and kinds[-1] == "value" and not isinstance(nodes[0], Exception):
            lit = single_literal(nodes[-1])  # type: ignore[arg-type]
            if lit is not None:
                text = doc.text[sides[-1].tokens[0].start : sides[-1].tokens[-1].end].strip()
                if re.fullmatch(r"-?\s*\d*\.?\d+", text):
                    at = (text.replace(" ", ""), doc.lines.line(sides[-1].start))
                    values[_name_key(sides[0].text)] = at
                    if len(sides) > 2 and all(_PLAIN_NAME.fullmatch(side.text.strip()) for side in sides[:-1]):
                        for side in sides[1:-1]:  # "b_1 = b_2 = 1": each name has the value (not "∂z/∂x = y = 9")
                            values[_name_key(side.text)] = at
    return out


#: one letter and maybe a short subscript (``b_2``, ``b_{2}``, ``w``): a name that a chain of names sets alongside the first
_PLAIN_NAME = re.compile(r"[A-Za-z](?:_\{?[A-Za-z0-9]{1,3}\}?)?")


def _formula_in_names(node: Node | Exception) -> bool:
    """A formula over names that holds a number or a function (``2(\\log(w) - y)/w``), not a bare name.

    (A derivative's name such as ``\\frac{\\partial L}{\\partial w}`` keeps its ``\\partial`` once its names are
    substituted, so it is never numeric and never checked.)
    """
    return isinstance(node, (Bin, Func, Pow)) and any(isinstance(n, (Num, Func)) for n in walk(node))


def _matrix_of_names(doc: _Doc, nodes: list[Node | Exception], values: dict[str, tuple[str, int]]) -> None:
    """``W = (w_1 & w_2 \\\\ w_3 & w_4) = (0.3 & 0.2 \\\\ 0.2 & 0.3)``: each name in the first matrix gets its printed value."""
    names = next((n for n in nodes if isinstance(n, Matrix) and n.spans and not is_numeric(n)), None)
    if names is None:
        return
    shape = [len(r) for r in names.rows]
    for node in nodes[nodes.index(names) + 1 :]:
        if isinstance(node, Matrix) and node.spans and [len(r) for r in node.rows] == shape:
            for nrow, vrow, nspans, vspans in zip(names.rows, node.rows, names.spans, node.spans, strict=True):
                for name, cell, (a, b), (c, d) in zip(nrow, vrow, nspans, vspans, strict=True):
                    lit = single_literal(cell)
                    text = re.sub(r"[\s{}]", "", doc.text[c:d])  # {0.15}: a cell's braces are TeX grouping
                    if lit is not None and not is_numeric(name) and re.fullmatch(r"-?\d*\.?\d+", text):
                        values[_name_key(doc.text[a:b])] = (text, doc.lines.line(c))
            return


def _confirm(doc: _Doc, formula: Side, result: Node, values: dict[str, tuple[str, int]]) -> None:
    """Note in ``doc.confirmed`` when ``formula``, with the values printed before, gives the printed ``result``.

    In ``w_1' = w_1 - \\eta g = 0.3 - (-0.0204) \\approx 0.302`` the substitution drops η, but the
    result follows from the formula: the wrong number is the substitution, not 0.302, and
    nothing wrong is carried forward from 0.302 (see :mod:`.carry`). Worked out when ``doc.confirmed`` is
    first read (:class:`_Confirmations`), with the values as they stand here.
    """
    if single_literal(result) is not None:
        doc.confirmed.pending.append((formula, result, dict(values)))


class _Confirmations(dict):  # type: ignore[type-arg]
    """``doc.confirmed``, worked out by :func:`_confirm_now` when first read.

    Only :mod:`.carry` reads it, and only about a wrong result: a document with nothing wrong (every one
    nnwalk writes) never needs the substitutions worked out. Truthy while some are pending, so that
    ``confirmed or {}`` keeps it without working them out.
    """

    def __init__(self, doc: _Doc) -> None:
        super().__init__()
        self.doc = weakref.ref(doc)  # not the document itself: no reference cycle (see gcpause)
        self.pending: list[tuple[Side, Node, dict[str, tuple[str, int]]]] = []

    def _settle(self) -> None:
        todo, self.pending = self.pending, []
        doc = self.doc()
        for formula, result, values in todo if doc is not None else ():
            _confirm_now(doc, formula, result, values)

    def __bool__(self) -> bool:
        return bool(self.pending) or dict.__len__(self) > 0

    def __len__(self) -> int:
        self._settle()
        return dict.__len__(self)

    def __contains__(self, key: object) -> bool:
        self._settle()
        return dict.__contains__(self, key)

    def __getitem__(self, key: int) -> str:
        self._settle()
        return dict.__getitem__(self, key)

    def get(self, key: int, default: str | None = None) -> str | None:  # type: ignore[override]
        self._settle()
        return dict.get(self, key, default)

    def __iter__(self):  # type: ignore[no-untyped-def]
        self._settle()
        return dict.__iter__(self)

    def items(self):  # type: ignore[no-untyped-def]
        self._settle()
        return dict.items(self)

    def keys(self):  # type: ignore[no-untyped-def]
        self._settle()
        return dict.keys(self)

    def values(self):  # type: ignore[no-untyped-def]
        self._settle()
        return dict.values(self)


def _confirm_now(doc: _Doc, formula: Side, result: Node, values: dict[str, tuple[str, int]]) -> None:
    """What :func:`_confirm` notes, worked out."""
    lit = single_literal(result)
    got = _substitute(doc, formula, values)
    if lit is None or got is None:
        return
    toks, used = got
    filled = Side(toks, formula.text, formula.start)
    node = doc.parse(filled)
    if not isinstance(node, Node) or not doc.numeric(filled):
        return
    try:
        point = evaluate(node)
    except (EvalError, ArithmeticError, ValueError, RecursionError):
        return
    if isinstance(point, Interval) and abs(point.mid - lit.value) <= lit.half + 1e-12 * max(abs(lit.value), 1e-300):
        doc.confirmed[lit.start] = f"{formula.text} with the values printed before ({'; '.join(used)}) gives {point.mid:.6g}"


# --------------------------------------------------------------------------- element lists
_LIST_ITEM = re.compile(r"[ \t]*(?:(\d{1,3})[.)]|[-*+\u2022])[ \t]*(?:\$|\\\()?[ \t]*$")


def _signed_terms(node: Node, sign: int = 1) -> list[tuple[int, Node]]:
    if isinstance(node, Bin) and node.op in ("+", "-"):
        return _signed_terms(node.left, sign) + _signed_terms(node.right, sign if node.op == "+" else -sign)
    return [(sign, node)]


def _is_product(node: Node) -> bool:
    while isinstance(node, Neg):
        node = node.arg
    return isinstance(node, Bin) and node.op in ("*", "juxt")


def _negated(num: Num) -> Num:
    text = num.text[1:] if num.text.startswith("-") else "-" + num.text
    return Num(-num.value, num.half, num.key, num.decimals, text, num.scale, start=num.start)


def _latex(node: Node) -> str:
    """Compact LaTeX for a term (used in messages only)."""
    if isinstance(node, Num):
        return node.text
    if isinstance(node, Neg):
        inner = _latex(node.arg)
        return f"-{inner}" if isinstance(node.arg, Num) else f"-({inner})"
    if isinstance(node, Bin) and node.op in ("*", "juxt"):
        parts = []
        for n in (node.left, node.right):
            t = _latex(n)
            parts.append(f"({t})" if isinstance(n, Neg) or (isinstance(n, Bin) and n.op in "+-") else t)
        return f"{parts[0]} \\cdot {parts[1]}"
    if isinstance(node, Bin):
        op = {"/": "/", "+": "+", "-": "-"}.get(node.op, node.op)
        return f"{_latex(node.left)} {op} {_latex(node.right)}"
    return "(…)"


@dataclass
class _TermCheck:
    product: Node
    printed: Num
    side: Side
    row: int
    term: int
    matrix_line: int


def _line_prefix(text: str, pos: int) -> str:
    return text[text.rfind("\n", 0, pos) + 1 : pos]


def _element_lists(doc: _Doc, chains: list[Chain]) -> list[_TermCheck]:
    """ "Calculating each element" lists after a column of sums of products.

    After a chain whose last side is an n×1 matrix whose entries are sums with at least
    one product, a list (numbered or bulleted, one math chain per item) whose k-th item
    reads ``t1 + t2 + … = s`` spells out row k: each printed term t_i is checked against
    the i-th term of row k, when the counts agree.
    """
    out: list[_TermCheck] = []
    for i, chain in enumerate(chains):
        if len(chain.sides) < 2 or chain.note:
            continue
        node = doc.parse(chain.sides[-1])
        if not isinstance(node, Matrix) or len(node.rows) < 2 or any(len(r) != 1 for r in node.rows):
            continue
        rows = [_signed_terms(r[0]) for r in node.rows]
        if any(len(t) < 2 for t in rows) or not any(_is_product(n) for t in rows for _s, n in t):
            continue
        if not doc.numeric(chain.sides[-1]):
            continue
        m_line = doc.lines.line(chain.sides[-1].start)
        last_line = doc.lines.line(chain.sides[-1].tokens[-1].end) if chain.sides[-1].tokens else m_line
        position = 0
        for item in chains[i + 1 : i + 1 + len(rows)]:
            first = item.sides[0]
            if not first.tokens or item.note:
                break
            line = doc.lines.line(first.start)
            if line - last_line > (8 if position == 0 else 3) or line <= last_line:
                break
            m = _LIST_ITEM.fullmatch(_line_prefix(doc.text, first.start))
            if m is None:
                break
            position += 1
            k = int(m.group(1)) if m.group(1) else position
            last_line = doc.lines.line(item.sides[-1].start)
            head = doc.parse(first)
            if not (1 <= k <= len(rows)) or not isinstance(head, Node):
                continue
            printed = _signed_terms(head)
            lits = [single_literal(n) for _s, n in printed]
            if len(printed) != len(rows[k - 1]) or any(x is None for x in lits):
                continue
            for t, ((ps, pnode), (ts, _n), lit) in enumerate(zip(rows[k - 1], printed, lits, strict=True), start=1):
                assert lit is not None
                out.append(_TermCheck(pnode if ps > 0 else Neg(pnode), lit if ts > 0 else _negated(lit), first, k, t, m_line))
    return out


def _check_term(doc: _Doc, tc: _TermCheck) -> Finding | None:
    verdict = _check_substitution(doc, [(tc.product, tc.printed)])
    if verdict is None:
        return None
    klass, x, num = verdict
    dec = num.decimals if num.decimals is not None else 2
    expected = _fmt(x, dec + 2, num.scale is not None)
    lhs = _latex(tc.product)
    detail = ""
    if klass != "ok":
        detail = (
            f"row {tc.row} of the matrix at line {tc.matrix_line}, term {tc.term}: {lhs} = {_fmt(x, dec, num.scale is not None)}"
        )
        detail += f", printed {num.text}" + (_truncation_note(x, num) if klass == "error" else "")
    span = _num_span(tc.side, num)
    line = doc.lines.line(span[0] if span else tc.side.start)
    return Finding(line, num.text, expected, lhs, "=", klass, detail, *(span or (None, None)))


def _error_named_e(chains: list[Chain]) -> None:
    """After ``e = 0.2891`` or ``e = ŷ − y`` (an error named e), ``e^2`` is that error squared, not Euler's number squared.

    Only a power with a whole-number exponent is read so: ``e^{-0.3775}`` in a sigmoid is still
    the exponential, and a document that never gives ``e`` a value keeps Euler's ``e^2``.
    """
    defined = None
    for chain in chains:
        sides = chain.sides
        if defined is None:
            if len(sides) >= 2 and sides[0].text.strip() == "e" and not re.fullmatch(r"\\?(?:exp|e)", sides[1].text.strip()):
                defined = sides[0].start  # e = 0.2891, or e = ŷ − y: from here e is a name
            continue
        for side in sides:
            toks = side.tokens
            for i, tok in enumerate(toks):
                if tok.kind != "word" or tok.text != "e" or tok.start < defined:
                    continue
                rest = toks[i + 1 : i + 5]
                if rest and rest[0].text == "^" and _whole_exponent(rest[1:]):
                    toks[i] = Token("word", "err", tok.start, tok.end)  # a name, valued by its printed value


def _whole_exponent(toks: list[Token]) -> bool:
    """``2`` or ``{2}`` right after ``^``."""
    if toks and toks[0].kind == "num" and toks[0].text.isdigit():
        return True
    return len(toks) >= 3 and toks[0].text == "{" and toks[1].kind == "num" and toks[1].text.isdigit() and toks[2].text == "}"


def _exact_cells(expr: Node, result: Node) -> frozenset[str]:
    """The printed cells of a matrix ``result`` that ``expr`` gives exactly, element by element (as :func:`_exact`
    for one number): a shifted or summed vector of short decimals is no rounded value, so a later
    ``e^{-1.9} = 0.149`` is judged on the exact −1.9."""
    if not isinstance(result, Matrix) or not printed_value(result):
        return frozenset()
    try:
        v = evaluate(expr)
    except (EvalError, ArithmeticError, ValueError, RecursionError):
        return frozenset()
    cells = [single_literal(c) for row in result.rows for c in row]
    if shape_of(v) != (len(result.rows), len(result.rows[0])) or len(cells) != len(flatten(v)):
        return frozenset()
    out = set()
    for lit, x in zip(cells, flatten(v), strict=True):
        if lit is None or lit.scale is not None:
            continue
        tol = 1e-12 * max(abs(lit.value), 1e-300)
        if abs(x.mid - lit.value) <= tol and x.hi - x.lo <= tol:
            out.add(lit.key)
    return frozenset(out)


def _exact(expr: Node, lit: Num) -> bool:
    """Whether ``expr``, evaluated on its printed literals, is exactly the printed ``lit`` (a sum of products of
    short decimals, not a rounded exponential)."""
    if not lit.decimals or lit.scale is not None:
        return False
    try:
        v = evaluate(expr)
    except (EvalError, ArithmeticError, ValueError, RecursionError):
        return False
    return (
        isinstance(v, Interval)
        and abs(v.mid - lit.value) <= 1e-12 * max(abs(lit.value), 1e-300)
        and v.hi - v.lo <= 1e-12 * max(abs(lit.value), 1e-300)
    )


def _relations(doc: _Doc, chains: list[Chain]) -> tuple[list[tuple[Side, str, Side, str]], list]:
    """Every relation to check (each chain's, and the cross-chain ones), with ``doc`` told which printed values are
    rounded results (pass 1, :func:`_mark_results`, when first asked): what classifying them
    (:func:`check_chains`) and following wrong values (:func:`propagate`) both start from."""
    _error_named_e(chains)
    pairs: list[tuple[Side, str, Side, str]] = []
    for chain in chains:
        for i, rel in enumerate(chain.rels):
            a, b = chain.sides[i], chain.sides[i + 1]
            if a.tokens and b.tokens:
                pairs.append((a, rel, b, chain.note))
    try:
        pairs.extend(_defined_then_valued(doc, chains))
        pairs.extend(_named_values_substituted(doc, chains))
        terms = _element_lists(doc, chains)
    except Exception:  # noqa: BLE001 - the cross-chain relations are extras; never sink the report
        terms = []
    # Pass 1 (which printed values are rounded results) only matters where a relation is judged by widening
    # its numbers: worked out when doc.rounded is first asked (:func:`_mark_results`), which a document whose
    # every relation is plainly right never does.
    doc.pending_results = (pairs, terms)
    return pairs, terms


def _mark_results(doc: _Doc, pairs: list[tuple[Side, str, Side, str]], terms: list[_TermCheck]) -> None:
    """Pass 1 of :func:`_relations`: tell ``doc`` which printed values are results of a computation (hence rounded)."""
    # A result its expression gives exactly (0.05·0.25 + 0.1·0.3 + 0.35 = 0.3925) is not rounded: its digits
    # are widened only where some relation gives them inexactly.
    for a, rel, b, note in pairs:
        na, nb = doc.parse(a), doc.parse(b)
        if note.startswith(CELL_NOTE):
            _table_cells_rounded(doc, a, b)
            doc.cell_sides.add(id(a))
        if doc.reason(a) is None and doc.reason(b) is None:
            assert isinstance(na, Node) and isinstance(nb, Node)
            lkeys = {n.key for n in doc.literals(a)}
            rlit = single_literal(nb)
            if single_literal(na) is not None and rlit is None:
                doc.note_results(doc.literals(a))
            elif rlit is not None and rlit.key not in lkeys and _exact(na, rlit):
                pass  # an exact result is not noted as rounded
            else:
                given = _exact_cells(na, nb)  # [−0.8, 1.1, 0.1] − 1.1 = [−1.9, 0, −1.0]: each cell exact
                # \frac{0.100000}{1 - 0.9} = \frac{0.1}{0.1}: a number the left side prints with more zeros is restated,
                # not a new result (noting "0.1" would widen every given 0.1 of the page by half a unit)
                same = {n.value for n in doc.literals(a)}
                doc.note_results(n for n in doc.literals(b) if n.key not in lkeys and n.key not in given and n.value not in same)
        elif (
            doc.reason(b) is None
            and (
                _APPLIES.search(a.text) or _COMPUTED_NAME.match(a.text) or _long_formula_value(na, nb) or _approx_vector(rel, nb)
            )
            and printed_value(nb)
        ):
            # softmax(\cdots) = [0.2679, 0.1830], sigmoid(Z1) = [0.52497919, 0.549834] (an activation of what is
            # not evaluated there), o^{(3)} = [0.1900, 0.2083] (an output without its working) and a formula of names
            # valued to five digits or more, (t_2 - s_2) s_2 (1 - s_2) = -0.12789: computed, rounded
            doc.note_results(doc.literals(b))
        elif isinstance(na, Node) and isinstance(nb, Node) and doc.reason(b) is None and not doc.numeric(a):
            # (these copies only: noting the digits would widen every 0.25 of the page, a given's too)
            doc.restated.update(n.start for n in _computed_names_valued(doc.text, na, nb))
    doc.note_results(tc.printed for tc in terms)
    doc.note_results(_prose_sums(doc.text))
    doc.note_results(_approx_lists(doc.text))
    doc.note_results(make_number(t, at) for at, t in computed_cells(doc.text))
    cut = _results_shortened(doc)  # each result cut by one digit, for the two readers below
    _restated_shorter(doc, pairs, set(cut))
    _shortened_beside(doc, pairs, cut)
    _one_plus_beside(doc, pairs)


#: A decimal number on a line, for :func:`_shortened_beside`.
_DECIMAL = re.compile(r"(?<![\w.])\d+\.(\d+)(?![\w.]?\d)")
#: The fewest significant digits a shortened operand has (0.08 beside 0.084 may be a given of its own).
_SHORTENED_DIGITS = 3


def _shortened_beside(doc: _Doc, pairs: list[tuple[Side, str, Side, str]], earlier: dict[str, int]) -> None:
    """An operand printed a digit shorter than a number on its own line (``| 2.452 | 0.5*17.94 + 2.45 = 11.422 |``):
    it is that number rounded (2.452 is 2.45 at two decimals), so it stands for anything within half its last
    unit. Only operands of three significant digits or more, and only where the longer number rounds to them.
    The same for a result printed on an earlier line (``a = (0.2273, 0.3864, 0.1894)``, then ``0.227(1) + 0.386(0) +
    0.189(2) ≈ 0.606``): the page goes on with its own result, cut by a digit."""
    lines: dict[int, set[str]] = {}
    text = doc.text
    for a, _rel, b, _note in pairs:
        for side in (a, b):
            if not isinstance(doc.parse(side), Node):
                continue
            for n in doc.literals(side):
                if n.half <= 0 or n.key in doc.results or n.scale is not None or not n.decimals:
                    continue
                if len(n.key.replace(".", "").lstrip("0")) < _SHORTENED_DIGITS:
                    continue
                at, end = doc.lines.bounds(n.start)
                got = lines.get(at)
                if got is None:
                    got = lines[at] = _roundings(text[at : min(len(text) if end == -1 else end, at + 2000)])
                if n.key in got or earlier.get(n.key, len(text)) < n.start:
                    doc.restated.add(n.start)


def _results_shortened(doc: _Doc) -> dict[str, int]:
    """Each printed result cut by one decimal (``0.2273`` → ``0.227``): its key, and where the first such result is."""
    out: dict[str, int] = {}
    for key, at in doc.first_result.items():
        if _PLAIN_KEY.fullmatch(key) is None:
            continue
        decimals = len(key) - key.index(".") - 1
        if decimals < 2:
            continue
        try:  # in a context of its own: the result must not hang on whatever precision the process has set
            cut = literal_key(str(Decimal(key).quantize(Decimal(1).scaleb(1 - decimals), ROUND_HALF_UP, _CUT_CONTEXT)))
        except InvalidOperation:  # more digits than the context holds: no page restates such a number cut by one
            continue
        if at < out.get(cut, len(doc.text)):
            out[cut] = at
    return out


_PLAIN_KEY = re.compile(r"\d*\.\d+")
_CUT_CONTEXT = Context(prec=60)


def _one_plus_beside(doc: _Doc, pairs: list[tuple[Side, str, Side, str]]) -> None:
    """An operand that is 1 plus or minus a rounded result printed on its own line, to the result's digits
    (``e^(-1.48) ≈ 0.228 ;  p ≈ 1/1.228 ≈ 0.815``): the sigmoid's denominator, or 1 − p, worked in the head. It
    carries that result's rounding, so it stands for anything within half its last unit. Not beside that result
    in the same expression (``0.7109 × 0.2891``, σ'(z) = a(1 − a)): there the two move together, and widening each
    on its own would let a wrong product pass."""
    results: dict[int, list[tuple[Decimal, str]]] = {}  # line start -> the results printed on the line (value, key)
    text = doc.text
    for a, _rel, b, _note in pairs:
        for side in (a, b):
            if not isinstance(doc.parse(side), Node):
                continue
            beside = {n.key for n in doc.literals(side)}
            for n in doc.literals(side):
                if n.half <= 0 or n.key in doc.results or n.scale is not None or not n.decimals or n.decimals < 2:
                    continue
                at, end = doc.lines.bounds(n.start)
                got = results.get(at)
                if got is None:
                    line = text[at : min(len(text) if end == -1 else end, at + 2000)]
                    keyed = [(m.group(0), literal_key(m.group(0))) for m in _DECIMAL.finditer(line)]
                    got = results[at] = [(Decimal(x), k) for x, k in keyed if k in doc.results]
                value = Decimal(n.key)
                if any(
                    value in (1 + r, 1 - r) and key not in beside
                    for r, key in got
                    if -r.as_tuple().exponent == n.decimals  # type: ignore[operator]
                ):
                    doc.restated.add(n.start)


def _roundings(line: str) -> set[str]:
    """The keys of the number each decimal on ``line`` rounds to at one decimal fewer (``2.452`` → ``2.45``; a
    number two digits shorter is too far to be read as the longer one: 1.01 beside 1.0054 is no copy of it)."""
    out: set[str] = set()
    for m in _DECIMAL.finditer(line):
        decimals = len(m.group(1))
        if decimals < 2 or len(m.group(0)) > 20:
            continue  # (a number of twenty digits is no cell of a worked step)
        out.add(literal_key(str(Decimal(m.group(0)).quantize(Decimal(1).scaleb(1 - decimals), ROUND_HALF_UP))))
    return out


def _table_cells_rounded(doc: _Doc, a: Side, b: Side) -> None:
    """Every cell of an optimizer's table (:mod:`.moments`) is a rounded value of the run, even one its own row gives
    exactly from the rounded cells before it (0.9 · 0.5251 + 0.1 · (−0.1179) = 0.46080 stands for 0.460845): the
    numbers of the relation on table rows are widened; the β and η of the prose stay exact."""
    for side in (a, b):
        for n in doc.literals(side) if isinstance(doc.parse(side), Node) else ():
            at, _end = doc.lines.bounds(n.start)
            if doc.text.startswith("|", at) or doc.text[at : n.start].lstrip().startswith("|"):
                doc.restated.add(n.start)


#: A word for a sum, a total or a mean, in the languages of published walkthroughs.
_SUM_WORD = re.compile(
    r"(?i:(?<!\\)\b(?:sum|total|mean|average|suma|media|promedio|soma|m[ée]dia|somme|moyenne|summe|mittelwert|somma)\b)"
    r"|合计|总和|平均"
)
_SUM_WORDS = ("sum", "total", "mean", "average", "suma", "media", "média", "promedio", "soma", "somme", "moyenne", "summe")
_SUM_WORDS += ("mittelwert", "somma", "合计", "总和", "平均")


def _sum_words(text: str) -> list[tuple[int, int]]:
    """The first :data:`_SUM_WORDS_READ` spans :data:`_SUM_WORD` finds, in order, found with substring searches on
    the lowered page.

    Why: the pattern (an alternation of words behind a look-behind, case-insensitive) scans a page at a few MB/s,
    and every page is scanned; most hold none of the words, and a substring search says so a hundred times faster.
    A word is kept where the pattern would match it: whole (no letter, digit or ``_`` on either side) and not
    after a backslash; the Chinese words anywhere. A page whose lowered copy is not letter for letter the page
    (``İ`` lowers to two characters) is read with the pattern itself.
    """
    low = lowered(text)
    if len(low) != len(text):
        return [m.span() for m in itertools.islice(_SUM_WORD.finditer(text), _SUM_WORDS_READ)]
    spans: list[tuple[int, int]] = []
    n = len(low)
    for word in _SUM_WORDS:
        whole = word.isascii() or word == "média"
        at = low.find(word)
        kept = 0
        while at != -1 and kept < _SUM_WORDS_READ:  # the first ones of each word hold the page's first ones of all
            end = at + len(word)
            if not whole or (
                (at == 0 or not _word_char(low[at - 1]))
                and (end == n or not _word_char(low[end]))
                and (at == 0 or text[at - 1] != "\\")
            ):
                spans.append((at, end))
                kept += 1
            at = low.find(word, end if not whole else at + 1)
    spans.sort()
    return spans[:_SUM_WORDS_READ]


def _word_char(c: str) -> bool:
    """What ``\\w`` matches in a pattern on text: a letter or digit of any script, or ``_``."""
    return c.isalnum() or c == "_"


#: The most such words read on a page (a walkthrough has tens; a hostile megabyte of them is not read to its end).
_SUM_WORDS_READ = 5_000
#: After such a word in the same sentence: a lone decimal number, in inline math or bare.
_SUM_VALUE = re.compile(r"(?<![\w.$])\$?\s*(-?\d+\.\d+)\s*\$?(?![\w.]?\d)")


#: ``Initial probabilities ≈ [0.333, 0.333, 0.333]``: a bracket list of numbers after ≈, wherever it stands
_APPROX_LIST = re.compile(r"(?:\u2248|\\approx)\s*\[([-\u2212\d.,\s]{3,400})\]")
_LIST_NUMBER = re.compile(r"(?<![\w.])\d*\.\d+")


def _approx_lists(text: str) -> list[Num]:
    """The numbers of a list printed after ≈ in prose or a listing, which no chain reads (its name is words):
    the page says they are rounded (1/3 as 0.333), as :func:`_approx_vector` takes such a list in a chain. Two
    numbers at least: a lone number after ≈ would widen every given that prints the same digits."""
    out: list[Num] = []
    if "\u2248" not in text and "\\approx" not in text:
        return out
    for m in _APPROX_LIST.finditer(text):
        found = list(_LIST_NUMBER.finditer(text, m.start(1), m.end(1)))
        if len(found) >= 2:
            out.extend(make_number(n.group(), n.start()) for n in found)
    return out


def _prose_sums(text: str) -> list[Num]:
    """A number the prose calls a sum, a total or a mean (``la suma total … da $0.352$``): computed, hence rounded.

    Why: a page states a sum it worked elsewhere, or in its head, then divides by it (``1 - \\frac{0.222}{0.352} =
    0.3695``); the sum is rounded to its digits, and a result within that rounding is right. Only where the word is
    prose (not ``E_{total}`` or ``\\sum`` in math) and the rest of its sentence holds no equation and that one number,
    of three significant digits or more: a short ``mean 0.5`` may be a given used exactly.
    """
    out: list[Num] = []
    for start, end in _sum_words(text):  # (at most _SUM_WORDS_READ of them)
        line_start = text.rfind("\n", max(0, start - 500), start) + 1
        before = text[max(line_start, start - 500) : start]  # bounded: a megabyte line stays linear
        if before.count("$") % 2 or before.endswith(("_", "{", "\\")):
            continue  # the word is inside math: a name, not prose
        stop = min(len(text), end + 200)
        for mark in (". ", ".\n", "\n\n", "。"):
            k = text.find(mark, end, stop)
            if k >= 0:
                stop = k
        if "=" in text[end:stop]:
            continue
        values = list(_SUM_VALUE.finditer(text, end, stop))
        if len(values) != 1:
            continue
        v = values[0].group(1)
        if len(v.lstrip("-").replace(".", "").lstrip("0")) >= 3 and all(n.start != values[0].start(1) for n in out):
            out.append(make_number(v, values[0].start(1)))  # "suma total": one number, two words
    return out


#: names of an activation's output that a formula restated with numbers (``output * (1 - output) = 0.77 * (1 -
#: 0.77)``) values with a rounded result; ``y`` only under a hat. Not a net input (``z``, ``net``): a weighted
#: sum of givens is often exact on the page (``σ(z) = σ(0.57)`` after ``0.15 + 0.32 + 0.1 = 0.57``)
_COMPUTED_SYMS = frozenset({"out", "output", "o", "a", "h", "yhat", "pred", "prediction", "activation"})
_HATTED = re.compile(r"\\hat\s*\{?\s*$")
_PRODUCTS = frozenset({"*", "juxt"})
_ACTIVATIONS = frozenset({"sigmoid", "tanh", "relu", "softmax"})


def _computed_names_valued(text: str, formula: Node, values: Node) -> list[Num]:
    """The numbers a formula of names restated with numbers puts where it names a computed quantity.

    ``output * (1 - output) = 0.77 * (1 - 0.77)``: the page substitutes its output, a value it computed
    (or read off a figure) and printed rounded, so 0.77 stands for anything within half its last unit, as
    a result printed after ``=`` would. Only where the two sides have the same shape, number for name (an
    activation applied, ``\\sigma(z)``, counts as a name), and only numbers of two decimals or more: a
    one-decimal 0.5 is as likely an exact input as a value cut short.
    """
    found: list[Num] = []
    return found if _names_valued(text, formula, values, found) else []


def _names_valued(text: str, f: Node, v: Node, found: list[Num]) -> bool:
    """Whether ``v`` is ``f`` with numbers for names (a module function: a nested recursive one is a cycle the
    paused collector would leave, see :mod:`.gcpause`); the numbers put for computed names go into ``found``."""
    if isinstance(v, Num) and (isinstance(f, Sym) or (isinstance(f, Func) and f.name in _ACTIVATIONS)):
        name = f.name if isinstance(f, Sym) else "activation"
        if name == "y" and _HATTED.search(text, max(0, f.start - 12), f.start):
            name = "yhat"
        if name in _COMPUTED_SYMS and (v.decimals or 0) >= 2:
            found.append(v)
        return True
    if isinstance(f, Num) and isinstance(v, Num):
        return f.key == v.key
    if isinstance(f, Bin) and isinstance(v, Bin):
        same = f.op == v.op or (f.op in _PRODUCTS and v.op in _PRODUCTS)
        return same and _names_valued(text, f.left, v.left, found) and _names_valued(text, f.right, v.right, found)
    if isinstance(f, Neg) and isinstance(v, Neg):
        return _names_valued(text, f.arg, v.arg, found)
    if isinstance(f, Pow) and isinstance(v, Pow):
        return _names_valued(text, f.base, v.base, found) and _names_valued(text, f.exp, v.exp, found)
    if isinstance(f, Func) and isinstance(v, Func):
        return (
            f.name == v.name
            and len(f.args) == len(v.args)
            and all(_names_valued(text, a, b, found) for a, b in zip(f.args, v.args, strict=True))
        )
    return False


def _long_formula_value(formula: Node | Exception, value: Node | Exception) -> bool:
    """A formula of names valued to five significant digits or more (``(t_2 - s^2_2)s^2_2(1 - s^2_2) = -0.12789``):
    a computed value cut to its digits. Shorter ones are left exact: results are known by their digits, and a
    short value (``-2(y - \\hat{y}) = -2.244``, or 0.15) may be a given or exact elsewhere on the page."""
    if not (_formula_in_names(formula) and isinstance(value, Node)):
        return False
    nums = literals(value)
    return bool(nums) and all(len(n.key.replace(".", "").lstrip("0")) >= 5 for n in nums)


def _restated_shorter(doc: _Doc, pairs: list[tuple[Side, str, Side, str]], shorter: set[str]) -> None:
    """A result vector printed again with a cell one digit shorter (``[.41, .62, .74]`` restated as ``[.4, .62,
    .74]``): that cell is the rounded result rounded again, so it stands for anything within half its last unit.
    Only inside a vector whose other cells (two or more) are printed results: a lone ``0.4`` may be a given.
    ``shorter``: the keys of the results cut by one digit (:func:`_results_shortened`)."""
    if not shorter - doc.results:
        return
    for a, _rel, b, _note in pairs:
        for side in (a, b):
            node = doc.parse(side)
            if not isinstance(node, Node):
                continue
            for m in walk(node):
                if m.__class__ is not Matrix:
                    continue
                cells = literals(m)
                known = sum(c.key in doc.results for c in cells)
                short = [c for c in cells if c.key not in doc.results and c.key in shorter]
                if short and known >= 2 and known + len(short) == len(cells):
                    doc.restated.update(c.start for c in short)


def propagate(text: str, chains: list[Chain], seeds: list[Finding], widen: str = "results") -> list[Finding]:
    """What values found wrong by another judge make wrong on the page (level 2's values, wrong against the network).

    Each seed is a printed number (``offset``/``end``) and its right value (``expected``): its later
    restatements and the results computed from it are ``propagated``, as for a wrong value level 1 finds.
    """
    doc = _Doc(text, widen)
    pairs, _terms = _relations(doc, chains)
    try:
        return carry(text, pairs, doc.parse, [], doc.rounded, doc.confirmed, chains, seeds)
    except Exception:  # noqa: BLE001 - following wrong values is an extra; never sink the report
        return []


def check_chains(
    text: str,
    chains: list[Chain],
    widen: str = "results",
    rounded: frozenset[str] = frozenset(),
    carried: bool = True,
    held: frozenset[int] | Callable[[], frozenset[int]] = frozenset(),
) -> CheckReport:
    """Check already extracted chains of ``text`` (see :func:`check_text`).

    Besides the relations written in each chain, two relations across chains are
    checked: a quantity computed as a numeric expression and valued later
    (:func:`_defined_then_valued`), and "calculating each element" lists that spell out
    the rows of a matrix of sums (:func:`_element_lists`). With ``carried``, every later
    use of a wrong number, and what it makes wrong, is a ``propagated`` finding (:mod:`.carry`), except from
    the results at the offsets ``held`` (see :func:`.carry.carry`).
    """
    doc = _Doc(text, widen)
    doc.results.update(rounded)
    conventions = []
    ten = base_ten(text, chains, doc.parse)
    if ten:
        doc.log10 = True
        doc.cache.clear()  # parsed again, each unmarked log in base 10
        where = ", ".join(str(doc.lines.line(at)) for at in ten[:8])
        conventions.append(f"log is base 10: the values at lines {where} hold only in base 10, none only in base e")
    pairs, terms = _relations(doc, chains)
    floors, floor_said = floor_mark(text), False
    # Pass 2: classify.
    findings: list[Finding] = []
    skipped: list[Skipped] = []
    named_matrices: list[tuple[int, Matrix, str]] | None = None  # made when a relation with a matrix is wrong
    for a, rel, b, note in pairs:
        na, nb = doc.parse(a), doc.parse(b)
        line = doc.lines.line(b.start)
        reason = doc.reason(a) or doc.reason(b)
        if reason is None:
            assert isinstance(na, Node) and isinstance(nb, Node)
            try:
                found = _check_pair(doc, a, rel, b, na, nb)
                if floors is not None and any(f.klass == "error" for f in found):
                    found, floored_here = _floored_findings(doc, a, rel, b, na, nb, found, floors)
                    if floored_here and not floor_said:
                        floor_said = True
                        conventions.append(
                            f"/ of whole numbers floors in an output size, as the page's floor at line "
                            f"{doc.lines.line(floors)} says: first at line {line}"
                        )
                if any(f.klass == "error" for f in found) and (square := _superscript_lost(doc, na)) is not None:
                    try:
                        again = _check_pair(doc, a, rel, b, square, nb)
                    except (EvalError, ArithmeticError, ValueError, RecursionError):
                        again = []  # (a vector squared): the relation stays judged as printed
                    if again and all(f.klass == "ok" for f in again):
                        for f in again:
                            f.detail = "(…)2 read as a square: a text layer prints a superscript on the line"
                        found = again
                if any(f.klass == "error" for f in found) and (over := _bar_lost(doc, na)) is not None:
                    try:
                        again = _check_pair(doc, a, rel, b, over[0], nb)
                    except (EvalError, ArithmeticError, ValueError, RecursionError):
                        again = []
                    if again and all(f.klass == "ok" for f in again):
                        for f in again:
                            f.detail = f"(…) {over[1]} read as a fraction over {over[1]}: a text layer prints a fraction's bar as a space"
                        found = again
                if any(f.klass == "error" for f in found) and (closings := _closed_elsewhere(a)):
                    found = _closed_where_right(doc, closings, rel, b, nb, found)
                if any(f.klass == "error" for f in found) and (alt := _as_the_page_means(doc, rel, nb)) is not None:
                    again = _check_pair(doc, a, rel, b, na, alt[0])
                    if again and all(f.klass == "ok" for f in again):
                        for f in again:
                            f.detail = alt[1]
                        found = again
                if ("matrix" in a.text or "array" in a.text) and any(f.klass == "error" for f in found):
                    if named_matrices is None:
                        named_matrices = _named_matrices(doc, chains)
                    found = _moved_to_copied_cells(doc, a, rel, na, nb, found, named_matrices)
                if note:
                    if note.startswith(_SUBSTITUTED) and any(
                        f.klass == "error" and _two_quantities(f.expected, f.printed) for f in found
                    ):
                        # "∂L/∂w3 = o h = 0.054" after "h = 0.017": thirty times off is a name read for another
                        # quantity (a δ whose symbol the text lost), not a slip of arithmetic; so is "σ'(z) = 1 if
                        # z > 0" after "z = 0.48" (a definition, where 0.2361 is one unit of the integer 1 away)
                        reason = "its names may stand for other quantities than their values printed before"
                        skipped.append(Skipped(line, f"{a.text} {'=' if rel == '=' else '≈'} {b.text}", reason))
                        continue
                    for f in found:
                        f.detail = f"{f.detail}; {note}" if f.detail else note
                        if (
                            (note.startswith(_SUBSTITUTED) or (_COMPUTED_AT in note and single_literal(nb) is not None))
                            and f.klass == "error"
                            and (_one_unit(f.printed, f.expected) or (_COMPUTED_AT in note and _slipped_working(na, nb)))
                        ):
                            # its operands are not printed beside it (w1_updated = 0.14968 alone, a line below its
                            # working): one unit off is rounding, as for a value printed without its working
                            f.klass = "rounding"
                        elif (
                            _WRITTEN_AT in note
                            and f.klass == "error"
                            and f.offset is not None
                            and f.end is not None
                            and _one_unit(doc.text[f.offset : f.end], f.expected)
                        ):
                            # s = 0.9(0.4) + 0.1(1.684^2), then s = 0.36 + 0.283 on a later line: the piece's working
                            # is not on its line, so one unit off (0.28359 cut to 0.283) is rounding there too
                            f.klass = "rounding"
                findings.extend(found)
                continue
            except (EvalError, ArithmeticError, ValueError, RecursionError) as exc:
                reason = f"eval: {exc}"
            except Exception as exc:  # noqa: BLE001 - one odd relation must not sink the report
                reason = f"internal: {type(exc).__name__}: {exc}"
        skipped.append(Skipped(line, f"{a.text} {'=' if rel == '=' else '≈'} {b.text}", reason))
    for tc in terms:
        try:
            f = _check_term(doc, tc)
        except (EvalError, ArithmeticError, ValueError, RecursionError):
            f = None
        if f is not None:
            findings.append(f)
    if carried:
        try:
            findings.extend(carry(text, pairs, doc.parse, findings, doc.rounded, doc.confirmed, chains, held=held))
        except Exception:  # noqa: BLE001 - following wrong values is an extra; never sink the report
            pass
        mark_restated_rows(chains, findings)
    findings.sort(key=lambda f: f.line)
    return CheckReport(findings, len(skipped), skipped, conventions)


_PERCENT_AFTER = re.compile(r"\$?\s?\\?%")


def _as_the_page_means(doc: _Doc, rel: str, rnode: Node) -> tuple[Node, str] | None:
    """The printed result read as the page means it, where it is wrong as printed: a number followed by ``%``
    (``0.8^{12} \\approx 7``, then ``%`` after the math) is a percentage, 0.07; a ``0`` after an approximation
    (``2 \\times 10^{-10} \\approx 0``) is "numerically zero", anything that rounds to 0.00. None where neither
    applies; the relation is then judged as printed."""
    lit = single_literal(rnode)
    if lit is None or lit.scale is not None or rnode is not lit:
        return None
    end = lit.start + len(lit.text)
    if _PERCENT_AFTER.match(doc.text, end):
        half = 0.5 if rel == "approx" and lit.decimals is None else lit.half  # "≈ 7 %": a whole percent, rounded
        return replace(lit, value=lit.value / 100, half=half / 100), f"{lit.text} % read as {lit.value / 100:g}"
    if rel == "approx" and lit.value == 0 and lit.decimals is None:
        return replace(lit, half=0.005), "≈ 0 read as numerically zero (below 0.005)"
    return None


#: the most places tried for a bracket the page left open (:func:`_closed_elsewhere`)
_CLOSINGS = 24


def _closed_elsewhere(side: Side) -> list[Side]:
    """``side`` with the bracket the extractor closed at its end (``-(0 × log(0.3) + 1 × log(0.4)``, left open by the
    page) closed instead after each operand before: the other places the author may have meant it to close.

    The extractor's closing is a zero-width ``)`` after the side's last token whose ``(`` is printed (a substituted
    value's brackets are both zero-width). ``(0.2 + 0.4 + 0.6 / 3 = 0.4`` is (0.2 + 0.4 + 0.6) / 3 and
    ``(0.2 - 0.1^2`` is (0.2 − 0.1)²: the relation is judged by a closing that makes it right, if one does.
    """
    toks = side.tokens
    if len(toks) < 3 or toks[-1].text != ")" or toks[-1].start != toks[-1].end or toks[-1].start != toks[-2].end:
        return []
    depth = 0
    for k in range(len(toks) - 2, -1, -1):
        t = toks[k]
        if t.kind == "char" and t.text == ")":
            depth += 1
        elif t.kind == "char" and t.text == "(":
            if depth:
                depth -= 1
                continue
            if t.end == t.start:
                return []  # a substituted value's own bracket
            body = toks[:-1]
            return [
                Side([*body[: j + 1], Token("char", ")", body[j].end, body[j].end), *body[j + 1 :]], side.text, side.start)
                for j in range(k + 1, len(body) - 1)
                if body[j].kind in ("num", "word", "sym") or body[j].text in (")", "}", "]")
            ][-_CLOSINGS:]
    return []


def _closed_where_right(doc: _Doc, closings: list[Side], rel: str, b: Side, nb: Node, found: list[Finding]) -> list[Finding]:
    """The findings of the first closing in :func:`_closed_elsewhere` that makes the relation right, else ``found``."""
    for other in closings:
        node = doc.parse(other)
        if not isinstance(node, Node) or not doc.numeric(other):
            continue
        try:
            again = _check_pair(doc, other, rel, b, node, nb)
        except (EvalError, ArithmeticError, ValueError, RecursionError):
            continue
        if again and all(f.klass == "ok" for f in again):
            for f in again:
                f.detail = "read with the bracket the page left open closed where that makes it right"
            return again
    return found


def _superscript_lost(doc: _Doc, node: Node) -> Node | None:
    """``node`` with each ``(…)2`` or ``(…)3`` read as a power, or None where it has none.

    A PDF's text layer (and a page copied from one) prints a superscript on the line: ``L(4.6) = (4.6 − 3)2 = 2.56``
    is (4.6 − 3)². Only a single 2 or 3 right after a closing bracket, with nothing between; the relation is
    judged this way only when that makes it right (a product by juxtaposition stays one otherwise)."""
    out = _squared(doc.text, node)
    return None if out is node else out


def _bar_lost(doc: _Doc, node: Node) -> tuple[Node, str] | None:
    """``node`` with each bracket followed by a space and a lone whole number read as a fraction over it, and that
    number's text; None where it has none, or where the line is math (a ``$`` or a backslash on it: TeX writes its
    fractions with a bar, and ``(0.9 - 0.3) 2`` there is a product).

    A PDF's text layer flattens ``0.2 \\frac{(1 − 4)(−1) + (2 − 4)(−1) + (3 − 4)(−1)}{3}`` to ``0.2 ((1−(4+0))(−1)+…)
    3``: the bar is gone and the denominator follows the numerator after a space. The relation is judged this way
    only when that makes it right (a product by juxtaposition stays one otherwise)."""
    start, end = doc.lines.bounds(node.start)
    end = end if end >= 0 else len(doc.text)
    if "$" in doc.text[start:end] or "\\" in doc.text[start:end]:
        return None
    found: list[str] = []
    out = _over(doc.text, node, found)
    return None if out is node else (out, found[0])


def _over(text: str, n: Node, found: list[str]) -> Node:
    """:func:`_bar_lost`'s walk; ``found`` gets the text of each denominator read."""
    if isinstance(n, Bin):
        left, right = _over(text, n.left, found), _over(text, n.right, found)
        if (
            n.op == "juxt"
            and isinstance(right, Num)
            and right.decimals is None
            and right.start > 1
            and text[right.start - 1] == " "
            and text[right.start - 2] == ")"
        ):
            found.append(right.text)
            return Bin("/", left, right, start=n.start)
        return n if left is n.left and right is n.right else replace(n, left=left, right=right)
    if isinstance(n, Neg):
        arg = _over(text, n.arg, found)
        return n if arg is n.arg else replace(n, arg=arg)
    return n


def _squared(text: str, n: Node) -> Node:
    """:func:`_superscript_lost`'s walk (a function of its own: a nested one that calls itself is a reference cycle,
    left for the collector, which is paused while a document is checked)."""
    if isinstance(n, Bin):
        left, right = _squared(text, n.left), _squared(text, n.right)
        if (
            n.op == "juxt"
            and isinstance(right, Num)
            and right.text in ("2", "3")
            and right.start > 0
            and text[right.start - 1] == ")"
        ):
            return _power_of_last(left, right, _opening(text, right.start - 1))
        return n if left is n.left and right is n.right else replace(n, left=left, right=right)
    if isinstance(n, Neg):
        arg = _squared(text, n.arg)
        return n if arg is n.arg else replace(n, arg=arg)
    return n


def _opening(text: str, close: int) -> int:
    """The offset of the ``(`` that the ``)`` at ``close`` closes (-1 when there is none)."""
    depth = 0
    for k in range(close, max(close - 2000, -1), -1):
        ch = text[k]
        if ch == ")":
            depth += 1
        elif ch == "(":
            depth -= 1
            if depth == 0:
                return k
    return -1


def _power_of_last(node: Node, exp: Num, opening: int) -> Node:
    """``0.5(0.8 − 0.6)2``, ``3 · (−1)2 · 1``: the bracket just before the 2 is squared, not the whole product
    (0.5 · 0.2², 3 · (−1)²): the operand that starts inside the bracket opened at ``opening``. Brackets leave no node
    of their own, so a node that starts before that bracket holds it in its last operand."""
    if isinstance(node, Bin) and node.start < opening:
        return replace(node, right=_power_of_last(node.right, exp, opening))
    if isinstance(node, Neg) and node.start < opening:
        return replace(node, arg=_power_of_last(node.arg, exp, opening))
    return Pow(node, exp, start=node.start)


def _floored_findings(
    doc: _Doc, a: Side, rel: str, b: Side, na: Node, nb: Node, found: list[Finding], mark: int
) -> tuple[list[Finding], bool]:
    """``found``, or the findings of the relation judged with its whole-number divisions floored when that makes
    it right (:mod:`.floordiv`), and whether it did."""
    left, right = floored(na), floored(nb)
    if left is None and right is None:
        return found, False
    again = _check_pair(doc, a, rel, b, left or na, right or nb)
    if not again or any(f.klass != "ok" for f in again):
        return found, False
    for f in again:
        f.detail = f"right with / of whole numbers floored, as the page's formula at line {doc.lines.line(mark)} writes"
    return again, True


def _named_matrices(doc: _Doc, chains: list[Chain]) -> list[tuple[int, Matrix, str]]:
    """Matrices of numbers printed as the value of a name (``W_{ij} = [...]``), for :func:`_moved_to_copied_cells`."""
    sides = []
    for chain in chains:
        if len(chain.sides) >= 2 and chain.sides[0].tokens and chain.sides[-1].tokens and not chain.note:
            if doc.reason(chain.sides[0]) is not None:  # a name (symbolic), not a number
                sides.append((chain.sides[0].text, doc.parse(chain.sides[-1]), chain.sides[-1].start))
    return earlier_matrices(sides)


def _moved_to_copied_cells(
    doc: _Doc, a: Side, rel: str, na: Node, nb: Node, found: list[Finding], named: list[tuple[int, Matrix, str]]
) -> list[Finding]:
    """``found`` with the errors moved onto the cells of a matrix operand copied wrong (:mod:`.matcopy`)."""
    got = miscopied_matrix(na, nb, named, a.start)
    if got is None:
        return found
    _copy, _prev, name, diff = got
    where = doc.lines.line(_prev.start)
    out = []
    for f in found:
        if f.klass == "error":
            f.klass = "ok"
            f.detail = f"right with {name} (line {where}) put in for the matrix printed beside it, copied with cells wrong"
        out.append(f)
    for cell, was in diff:
        out.append(
            Finding(
                doc.lines.line(cell.start),
                cell.text,
                was.text,
                a.text,
                rel,
                "error",
                f"{name} (line {where}) has {was.text} here: the matrix was copied with this cell wrong, and with "
                f"{name} the result is right",
                cell.start,
                cell.start + len(cell.text),
            )
        )
    return out


def check_text(text: str, fmt: str = "auto", widen: str = "results", rounded: frozenset[str] = frozenset()) -> CheckReport:
    """Re-evaluate every equality between numeric sides in ``text``.

    ``fmt`` is ``"md"``, ``"tex"``, ``"text"`` or ``"auto"``; Markdown and text also
    read equality chains written as plain text outside math and relate the cells of
    pipe-table rows (see :func:`~generator.check.document.extract_chains`).  Never raises on malformed
    input: anything that cannot be parsed is counted in ``not_checked``.
    ``rounded`` adds keys (see :func:`literal_key`) of numbers the caller knows to be
    rounded values, for a writer that can say so (nnwalk's own documents).
    """
    try:
        chains = extract_chains(text, fmt)
        return check_chains(text, chains, widen, rounded)
    except Exception as exc:  # noqa: BLE001 - the checker must never crash on a document
        return CheckReport([], 1, [Skipped(1, "", f"internal: {type(exc).__name__}: {exc}")])
