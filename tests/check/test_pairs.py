"""The float-pair evaluation (generator.check.pairs) gives the careful walk's doubles, and verdicts at half-unit edges.

Expected verdicts come from exact rational arithmetic written here (Fraction), not from the checker:
a printed result y with d decimals stands for [y - h, y + h], h = 1/2 * 10^-d; the relation is ok when
the exact value of the other side is within h of y, "rounding" when the other side with every
printed operand moved within its own half-unit can reach [y - h, y + h], an error otherwise. The
cases sit exactly on an edge (the widened side touches the band: rounding) and one unit of the last
printed digit beyond it (error), where forgetting to round an endpoint outward flips the verdict
(the operands were picked so that it does; see the planted bug in the last test).
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from generator.check import check_text, pairs
from generator.check import evaluate as ev
from generator.check.parse import parse_latex_expr

# ---------------------------------------------------------------------------- the same doubles as the walk
SAME = [
    "0.5 + 0.25 - 0.125",
    r"0.887 \times 0.574 + 0.878 \times 0.947",
    r"\frac{1}{1 + e^{-0.3775}}",
    r"\frac{1}{1 + \exp(-0.5)}",
    r"\tanh(0.42) - \sqrt{2.25}",
    r"\ln(0.3) \cdot 2",
    r"(0.75 - 0.2)^2 / 2",
    r"(-0.5)^{3} + 2^{-2}",
    r"\max(0, -0.3)",
    r"0.1 / (0.2 - 0.2)",
    r"\begin{pmatrix} 0.15 & 0.2 \\ 0.25 & 0.3 \end{pmatrix} \begin{pmatrix} 0.05 \\ 0.1 \end{pmatrix}",
    r"\begin{pmatrix} 0.15 & 0.2 \end{pmatrix}^T \cdot 0.5",
    r"\begin{pmatrix} 0.1 \\ 0.2 \end{pmatrix} \odot \begin{pmatrix} 0.3 \\ 0.4 \end{pmatrix}",
    r"\sigma\left(\begin{pmatrix} 0.3 \\ -0.2 \end{pmatrix}\right)",
    r"\begin{pmatrix} 0.1 & 0.2 \end{pmatrix} + \begin{pmatrix} 0.3 \\ 0.4 \end{pmatrix}",
]


def _walk(node, widen, dot):  # noqa: ANN001, ANN202 - the careful walk over Interval objects, or its error
    try:
        return repr(ev._ev(node, widen, dot))
    except Exception as exc:  # noqa: BLE001
        return f"{type(exc).__name__}: {exc}"


def _evaluated(node, widen, dot):  # noqa: ANN001, ANN202
    try:
        return repr(ev.evaluate(node, widen, dot))
    except Exception as exc:  # noqa: BLE001
        return f"{type(exc).__name__}: {exc}"


@pytest.mark.parametrize("src", SAME)
@pytest.mark.parametrize("widened", [False, True])
@pytest.mark.parametrize("dot", [False, True])
def test_same_doubles_or_same_error_as_the_walk(src: str, widened: bool, dot: bool) -> None:
    node = parse_latex_expr(src)
    assert _evaluated(node, lambda n: widened, dot) == _walk(node, lambda n: widened, dot)


def test_the_pairs_cover_the_common_relations() -> None:
    """The fast path is taken (not the fallback) for sums of products, exp, fractions and matrix products."""
    for src in SAME[:7] + SAME[10:14]:
        assert pairs.fast(parse_latex_expr(src), lambda n: True, False) is not None, src
    assert pairs.fast(parse_latex_expr(SAME[8]), lambda n: False, False) is None  # max: the walk decides


# ---------------------------------------------------------------------------- verdicts at half-unit edges
def _half(text: str) -> Fraction:
    return Fraction(1, 2 * 10 ** len(text.split(".")[1])) if "." in text else Fraction(0)


def _exact_verdict(products: list[tuple[str, str]], printed: str) -> str:
    """ok / rounding / error of ``sum a*b = printed`` in exact arithmetic (positive operands: the widened sum is
    monotone, its range [sum (a-ha)(b-hb), sum (a+ha)(b+hb)])."""
    y, h = Fraction(printed), _half(printed)
    x = sum(Fraction(a) * Fraction(b) for a, b in products)
    if abs(x - y) <= h:
        return "ok"
    lo = sum((Fraction(a) - _half(a)) * (Fraction(b) - _half(b)) for a, b in products)
    hi = sum((Fraction(a) + _half(a)) * (Fraction(b) + _half(b)) for a, b in products)
    return "rounding" if lo <= y + h and hi >= y - h else "error"


def _printed(y: Fraction, d: int) -> str:
    assert (y * 10**d).denominator == 1, "the edge must be printable with d decimals"
    whole = int(y * 10**d)
    return f"{whole // 10**d}.{whole % 10**d:0{d}d}"


def _edge(products: list[tuple[str, str]], d: int, unit_beyond: int, above: bool = True) -> str:
    """The printed result whose band touches the widened sum from above (or below), or is ``unit_beyond`` units of
    its last digit further away."""
    if above:
        hi = sum((Fraction(a) + _half(a)) * (Fraction(b) + _half(b)) for a, b in products)
        return _printed(hi + Fraction(1, 2 * 10**d) + Fraction(unit_beyond, 10**d), d)
    lo = sum((Fraction(a) - _half(a)) * (Fraction(b) - _half(b)) for a, b in products)
    return _printed(lo - Fraction(1, 2 * 10**d) - Fraction(unit_beyond, 10**d), d)


#: Sums of products whose widened end (upper or lower), computed in doubles without outward rounding, misses the band
#: that touches it; both ends are tested, and one of them is printable with 7 decimals.
EDGES = [
    [("0.887", "0.574"), ("0.878", "0.947"), ("0.800", "0.477")],
    [("0.544", "0.586"), ("0.997", "0.135"), ("0.095", "0.371")],
    [("0.317", "0.665"), ("0.811", "0.578"), ("0.020", "0.657")],
    [("0.901", "0.552"), ("0.712", "0.379"), ("0.786", "0.443")],
    [("0.564", "0.554"), ("0.521", "0.426"), ("0.991", "0.534")],
]


def _printable(products: list[tuple[str, str]], above: bool) -> bool:
    try:
        _edge(products, 7, 0, above)
    except AssertionError:
        return False
    return True


SCALAR_EDGES = [(p, above) for p in EDGES for above in (True, False) if _printable(p, above)]


def _klasses(doc: str) -> list[str]:
    return [f.klass for f in check_text(doc, "md", widen="all").findings]


def _scalar_doc(products: list[tuple[str, str]], printed: str) -> str:
    return "$$" + " + ".join(rf"{a} \times {b}" for a, b in products) + f" = {printed}$$\n"


@pytest.mark.parametrize(("products", "above"), SCALAR_EDGES, ids=range(len(SCALAR_EDGES)))
def test_scalar_on_the_rounding_edge_and_one_unit_beyond(products: list[tuple[str, str]], above: bool) -> None:
    on, beyond = _edge(products, 7, 0, above), _edge(products, 7, 1, above)
    assert _exact_verdict(products, on) == "rounding" and _exact_verdict(products, beyond) == "error"
    assert _klasses(_scalar_doc(products, on)) == ["rounding"]
    assert _klasses(_scalar_doc(products, beyond)) == ["error"]


@pytest.mark.parametrize(
    ("products", "printed"),
    [
        ([("0.15", "0.5")], "0.08"),  # exactly half a unit away (0.075): ok
        ([("0.149", "0.5")], "0.08"),  # 0.0745, beyond the half-unit; the widened product reaches: rounding
        ([("0.125", "0.5")], "0.0675"),  # 0.0625: far beyond, and the widened product (at most 0.063) cannot reach
        ([("0.25", "0.25"), ("0.5", "0.5")], "0.3125"),  # exact
    ],
)
def test_scalar_at_the_ok_edge(products: list[tuple[str, str]], printed: str) -> None:
    assert _klasses(_scalar_doc(products, printed)) == [_exact_verdict(products, printed)]


#: W v = y for 2x3 W: the first row's widened sum, in doubles without outward rounding, falls below its band.
MATRICES = [
    ([["0.638", "0.262", "0.760"], ["0.368", "0.815", "0.708"]], ["0.966", "0.862", "0.758"]),
    ([["0.668", "0.945", "0.543"], ["0.030", "0.861", "0.477"]], ["0.795", "0.966", "0.256"]),
]


def _matrix_doc(w: list[list[str]], v: list[str], ys: list[str]) -> str:
    def pm(rows: list[str]) -> str:
        return r"\begin{pmatrix} " + r" \\ ".join(rows) + r" \end{pmatrix}"

    return "$$" + pm([" & ".join(r) for r in w]) + " " + pm(v) + " = " + pm(ys) + "$$\n"


@pytest.mark.parametrize(("w", "v"), MATRICES, ids=range(len(MATRICES)))
def test_matrix_on_the_rounding_edge_and_one_unit_beyond(w: list[list[str]], v: list[str]) -> None:
    rows = [list(zip(r, v, strict=True)) for r in w]
    for beyond in (0, 1):
        ys = [_edge(r, 7, beyond) for r in rows]
        want = [_exact_verdict(r, y) for r, y in zip(rows, ys, strict=True)]
        assert want == (["rounding", "rounding"] if beyond == 0 else ["error", "error"])
        assert _klasses(_matrix_doc(w, v, ys)) == want


def test_the_edges_notice_a_missing_outward_rounding(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cases above are sharp: with the pairs' endpoints not rounded outward, some edge becomes an error."""
    monkeypatch.setattr(pairs, "_next", lambda x, direction: x)
    flipped = [p for p, above in SCALAR_EDGES if _klasses(_scalar_doc(p, _edge(p, 7, 0, above))) != ["rounding"]]
    w, v = MATRICES[0]
    rows = [list(zip(r, v, strict=True)) for r in w]
    matrix = _klasses(_matrix_doc(w, v, [_edge(r, 7, 0) for r in rows]))
    assert flipped and matrix != ["rounding", "rounding"]
