"""How a relation between two numeric sides is read: which printed literal is judged against which expression.

Shared by the classifier (:mod:`.checker`) and by what follows wrong values through the document
(:mod:`.carry`), so that both read a relation the same way.
"""

from __future__ import annotations

from dataclasses import replace

from .ast import Bin, Cell, Func, Matrix, Neg, Node, Num, Pow, Transpose, is_numeric
from .evaluate import evaluate
from .interval import EvalError, Interval

__all__ = ["judged_pieces", "literal_matrix_pair", "printed_value", "replacements", "single_literal"]


def single_literal(node: Node) -> Num | None:
    """The signed literal when ``node`` is just ``±number``."""
    sign = 1.0
    while isinstance(node, Neg):
        sign, node = -sign, node.arg
    if not isinstance(node, Num):
        return None
    if sign > 0:
        return node
    return Num(-node.value, node.half, node.key, node.decimals, "-" + node.text, node.scale, start=node.start)


def printed_value(node: Node | Exception) -> bool:
    """A printed value: a literal, or a vector or matrix of literals (``[0.2679, 0.1830]^T``)."""
    if isinstance(node, Transpose):
        node = node.arg
    if isinstance(node, Matrix):
        return bool(node.rows) and all(single_literal(c) is not None for row in node.rows for c in row)
    return isinstance(node, Node) and single_literal(node) is not None


def literal_matrix_pair(a: Node, b: Node) -> bool:
    """``[expressions] = [numbers]`` of one shape: judged element by element, not as one substitution."""
    return (
        isinstance(a, Matrix)
        and isinstance(b, Matrix)
        and [len(r) for r in a.rows] == [len(r) for r in b.rows]
        and all(single_literal(c) is not None for r in b.rows for c in r)
        and not all(single_literal(c) is not None for r in a.rows for c in r)
    )


def _same_leaf(a: Node, b: Node) -> bool:
    return {k: v for k, v in vars(a).items() if k != "start" and not isinstance(v, (Node, list))} == {
        k: v for k, v in vars(b).items() if k != "start" and not isinstance(v, (Node, list))
    }


def _children(n: Node) -> list[Node]:
    if isinstance(n, (Neg, Transpose)):
        return [n.arg]
    if isinstance(n, Bin):
        return [n.left, n.right]
    if isinstance(n, Pow):
        return [n.base, n.exp]
    if isinstance(n, Func):
        return list(n.args)
    if isinstance(n, Matrix):
        return [c for row in n.rows for c in row]
    return []


_ASSOC = {"*": "mul", "juxt": "mul", "+": "add"}


def _pair_all(xs: list[Node], ys: list[Node]) -> list[tuple[Node, Num]] | None:
    """Replacements of corresponding operands, or None when any pair is not a substitution."""
    if len(xs) != len(ys):
        return None
    out: list[tuple[Node, Num]] = []
    for x, y in zip(xs, ys):
        sub = replacements(x, y, nested=True)
        if sub is None:
            return None
        out.extend(sub)
    return out


def _collapsed_run(xs: list[Node], ys: list[Node], klass: str) -> list[tuple[Node, Num]] | None:
    """``a · b · c · (1 − c) = a · b · p``: the operands before and after are the same on both sides and a run of
    two or more in between is replaced by one printed number — that run is the piece (None otherwise)."""
    p = 0
    while p < len(ys) and replacements(xs[p], ys[p], nested=True) == []:
        p += 1
    q = 0
    while q < len(ys) - p and replacements(xs[-1 - q], ys[-1 - q], nested=True) == []:
        q += 1
    middle = xs[p : len(xs) - q]
    if len(ys) - p - q != 1 or len(middle) < 2 or (lit := single_literal(ys[p])) is None:
        return None
    run = middle[0]
    for x in middle[1:]:
        run = Bin("*" if klass == "mul" else "+", run, x, start=run.start)
    return [(run, lit)]


def _assoc_class(n: Node) -> str | None:
    return _ASSOC.get(n.op) if isinstance(n, Bin) else None


def _flatten(n: Node, klass: str) -> list[Node]:
    """Operands of a chain of one associative operation (a + b + c -> [a, b, c])."""
    if isinstance(n, Bin) and _ASSOC.get(n.op) == klass:
        return _flatten(n.left, klass) + _flatten(n.right, klass)
    return [n]


def replacements(a: Node, b: Node, nested: bool = False) -> list[tuple[Node, Num]] | None:
    """When ``b`` is ``a`` with some sub-expressions replaced by printed numbers, those pairs.

    This is how a hand calculation proceeds (``0.15 \\times 0.05 + 0.35 = 0.0075 + 0.35``,
    ``\\frac{1}{1 + e^{-0.3775}} = \\frac{1}{1 + 0.68557}``), and checking each replaced
    piece on its own is much stricter than comparing the two whole sides, where a wrong
    term can hide inside the rounding allowance of another. None when the sides differ
    in any other way.
    """
    lit = single_literal(b)
    ka, kb = _assoc_class(a), _assoc_class(b)
    if ka is not None and ka == kb:
        # a x b x c = p x c: operands of an associative chain pair up only when their
        # counts agree; a regrouped chain ((a x b) x c = a x (b x c)) is not a substitution.
        xs, ys = _flatten(a, ka), _flatten(b, kb)
        if len(xs) > len(ys) and (run := _collapsed_run(xs, ys, ka)) is not None:
            return run
        return _pair_all(xs, ys)
    if (signed := _signed_sum(a, b)) is not None:
        return signed
    if (even := _even_powers(a, b)) is not None:
        return even
    if isinstance(a, Pow) and isinstance(b, Pow) and _other_exponents(a, b):
        return None  # 0.25^{10} ≈ 10^{-6}: two powers of numbers, a value and its order of magnitude, not a substitution
    if type(a) is type(b) and _same_leaf(a, b):
        if isinstance(a, Matrix) and isinstance(b, Matrix) and [len(r) for r in a.rows] != [len(r) for r in b.rows]:
            return None
        return _pair_all(_children(a), _children(b))
    if lit is not None:
        if nested and isinstance(a, Num) and isinstance(b, Num) and a.key != lit.key:
            # \frac{16}{40} = \frac{2}{5}: a number written as another number is no working step but another
            # expression (a reduced fraction, operands in another order): the two sides are compared whole
            return None
        return [(a, lit)]
    if nested and _vector_piece(a, b):
        # x · (h ⊙ (1 − h) ⊙ (v δ))^T = x · (0.02728; 0.03499)^T: a piece replaced by its printed vector is judged
        # cell by cell (a whole side equal to a printed matrix keeps the checker's element-wise comparison)
        return _cells(a, b)
    return None


def _signed_terms(n: Node) -> list[Node]:
    """The terms of a sum written with ``+`` and ``-`` (``a - b + c`` -> [a, -b, c])."""
    if isinstance(n, Bin) and n.op == "+":
        return _signed_terms(n.left) + _signed_terms(n.right)
    if isinstance(n, Bin) and n.op == "-":
        return [*_signed_terms(n.left), Neg(n.right, start=n.right.start)]
    return [n]


def _signed_sum(a: Node, b: Node) -> list[tuple[Node, Num]] | None:
    """``1.2 · 0.087 + 0.8 · (-0.3864) = 0.1044 - 0.3091``: a sum whose terms are replaced by printed numbers, a
    negative term printed as a subtraction, is judged term by term (``0.8 · (-0.3864)`` against -0.3091). Only where
    the two sides write their signs differently (the same operators pair up above) and each printed term is near the
    term it replaces. None for any other shape."""
    if not (isinstance(a, Bin) and isinstance(b, Bin) and a.op in "+-" and b.op in "+-"):
        return None
    ops_a, ops_b = _sum_ops(a), _sum_ops(b)
    if ops_a == ops_b:
        return None
    xs, ys = _signed_terms(a), _signed_terms(b)
    if len(xs) != len(ys):
        return None
    pairs = _pair_all(xs, ys)
    if pairs is None or not all(_near(expr, lit) for expr, lit in pairs):
        return None  # 0.6 - 0.1 + 0.3 = 0.6 + 0.3 - 0.1: the terms are reordered, not replaced (the sides compare whole)
    return pairs


def _near(expr: Node, lit: Num) -> bool:
    """Whether the printed ``lit`` can stand for ``expr`` at all: the same sign, and within a quarter of its size (a
    term put in another place of the sum is no replacement of the term that stood there; a slip of a digit is)."""
    try:
        v = evaluate(expr, lambda _n: False)
    except (EvalError, ArithmeticError, ValueError, RecursionError):
        return False
    if not isinstance(v, Interval):
        return False
    return (v.mid >= 0) == (lit.value >= 0) and abs(v.mid - lit.value) <= 0.25 * max(abs(v.mid), abs(lit.value))


def _sum_ops(n: Node) -> list[str]:
    """The ``+`` and ``-`` of a sum, left to right, as :func:`_signed_terms` splits it."""
    if isinstance(n, Bin) and n.op == "+":
        return [*_sum_ops(n.left), "+", *_sum_ops(n.right)]
    if isinstance(n, Bin) and n.op == "-":
        return [*_sum_ops(n.left), "-"]
    return []


def _even_powers(a: Node, b: Node) -> list[tuple[Node, Num]] | None:
    """``(0.7311 − 1)^2 = (0.2689)^2``: under the same even power, a base replaced by a number is judged without its
    sign (the page drops a sign the square drops too), so ``|0.7311 − 1|`` against 0.2689. None for any other shape."""
    if not (isinstance(a, Pow) and isinstance(b, Pow)):
        return None
    ea, eb = single_literal(a.exp), single_literal(b.exp)
    lit = single_literal(b.base)
    if ea is None or eb is None or ea.value != eb.value or lit is None or single_literal(a.base) is not None:
        return None
    if ea.half != 0 or ea.value <= 0 or ea.value % 2 != 0:
        return None
    return [(Func("abs", [a.base], start=a.base.start), replace(lit, value=abs(lit.value)))]


def _other_exponents(a: Pow, b: Pow) -> bool:
    """Whether both powers have numbers for exponents, and different ones (a substitution keeps the exponent, or
    replaces an expression in it: ``e^{-net} = e^{-0.3775}``)."""
    ea, eb = single_literal(a.exp), single_literal(b.exp)
    return ea is not None and eb is not None and ea.value != eb.value


def _cells(a: Node, b: Node) -> list[tuple[Node, Num]]:
    """Each printed number of the matrix ``b`` paired with the same cell of ``a``'s value."""
    assert isinstance(b, Matrix)
    out = []
    for i, row in enumerate(b.rows):
        for j, c in enumerate(row):
            lit = single_literal(c)
            assert lit is not None
            out.append((Cell(a, i, j, start=a.start), lit))
    return out


def _vector_piece(a: Node, b: Node) -> bool:
    """``b`` is a vector or matrix of printed numbers standing where ``a`` — an expression, not a matrix of cells —
    was (a matrix of expressions pairs up cell by cell above)."""
    return (
        isinstance(b, Matrix) and not isinstance(a, Matrix) and printed_value(b) and single_literal(a) is None and is_numeric(a)
    )


def _alone(node: Node) -> Node:
    """The cell of a 1 × 1 matrix (``\\begin{bmatrix} -0.059901 \\end{bmatrix}``, a result printed as one), else the node."""
    if isinstance(node, Matrix) and len(node.rows) == 1 and len(node.rows[0]) == 1:
        return node.rows[0][0]
    return node


def class_label(lnode: Node, rnode: Node) -> bool:
    """``sigmoid(-0.64) = 0.35 ≈ 0``: a printed probability approximated by the whole number 0 or 1 names the class
    it is read as (an XOR network's output "≈ 0"), not a rounding of it. Only a printed decimal in [0, 1] before the
    ≈ (``0.3 × 2 ≈ 1`` stays an approximation, and a wrong one), on the side of the label (0.6 ≈ 0 is wrong). A
    vector of such, cell by cell (``[0.999, 0.999] ≈ [1, 1]``)."""
    if isinstance(lnode, Matrix) and isinstance(rnode, Matrix):
        cells = [(a, b) for la, lb in zip(lnode.rows, rnode.rows, strict=False) for a, b in zip(la, lb, strict=False)]
        same = [len(r) for r in lnode.rows] == [len(r) for r in rnode.rows]
        return same and bool(cells) and all(class_label(a, b) for a, b in cells)
    lit, prob = single_literal(rnode), single_literal(lnode)
    if lit is None or lit.value not in (0.0, 1.0) or lit.decimals is not None or lit.scale is not None:
        return False
    if prob is None or prob.decimals is None or prob.scale is not None or not 0.0 <= prob.value <= 1.0:
        return False
    return abs(prob.value - lit.value) < 0.5  # 0.6 ≈ 0 names no class: it is a wrong approximation


def judged_pieces(lnode: Node, rnode: Node) -> list[tuple[Node, Num]]:
    """The (expression, printed literal) pairs a relation between two numeric sides is judged by.

    The same reading as :func:`_check_pair`: a side that is one literal is judged against the
    other side; a step that replaces pieces by printed numbers is judged piece by piece; an
    expression matrix equal to a literal matrix, cell by cell. Empty for any other shape.
    """
    if literal_matrix_pair(lnode, rnode):
        assert isinstance(lnode, Matrix) and isinstance(rnode, Matrix)
        out = []
        for lrow, rrow in zip(lnode.rows, rnode.rows, strict=True):
            for a, b in zip(lrow, rrow, strict=True):
                lit = single_literal(b)
                if lit is not None and single_literal(a) is None:
                    out.append((a, lit))
        return out
    rlit, llit = single_literal(_alone(rnode)), single_literal(_alone(lnode))
    if rlit is not None:
        return [(lnode, rlit)]  # x = 0.5, or a name's earlier value = its value here
    if llit is not None:
        return [(rnode, llit)]
    if _vector_piece(lnode, rnode):
        return _cells(lnode, rnode)  # x · (0.02728; 0.03499)^T = [[0.001364, …]]: each printed cell, as the checker reads it
    return replacements(lnode, rnode) or []
