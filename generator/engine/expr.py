"""Small expression nodes for substituted lines (``0.15 \\times 0.05 + 0.20 \\times 0.10``).

Why not SymPy: its printer reorders terms and cannot keep 0.20's trailing zero, while
a person checks a line in the order the formula above it was written. Each node
knows its LaTeX, its plain-text form, and its value computed two ways: from the
*printed* operands (what a reader redoes by hand) and from the operands' *exact*
values (what the true network gives). Arithmetic is ``Decimal`` at 50 digits, so
rounding the result is never disturbed by binary floating point.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, localcontext

from ..numfmt import PREC, Num, exact_num

ONE = Decimal(1)


def _ctx():  # noqa: ANN202 - a decimal context manager
    """50-digit working precision: far beyond any displayed digit."""
    return localcontext(prec=PREC)


def _exp(d: Decimal) -> Decimal:
    with _ctx():
        return d.exp()


def _tanh(d: Decimal) -> Decimal:
    with _ctx():
        if d > 40:
            return ONE - 2 / ((2 * d).exp() + 1)
        if d < -40:
            return -ONE + 2 / ((-2 * d).exp() + 1)
        e = (2 * d).exp()
        return (e - 1) / (e + 1)


class Expr:
    """Base node. ``prec`` orders precedence: 3 atom, 2 product, 1 sum."""

    prec = 3

    def latex(self) -> str:
        raise NotImplementedError

    def plain(self) -> str:
        raise NotImplementedError

    def value(self, exact: bool = False) -> Decimal:
        raise NotImplementedError

    def negative_leading(self) -> bool:
        return False


@dataclass(frozen=True)
class Lit(Expr):
    """A printed number."""

    num: Num

    def latex(self) -> str:
        return self.num.latex

    def plain(self) -> str:
        return self.num.plain

    def value(self, exact: bool = False) -> Decimal:
        return self.num.exact if exact else self.num.value

    def negative_leading(self) -> bool:
        return self.num.negative

    @property
    def prec(self) -> int:  # type: ignore[override]
        # m x 10^k reads as a product; a negative literal needs brackets after an operator.
        return 2 if self.num.sci else 3


def lit(x: Num | int) -> Lit:
    return Lit(x if isinstance(x, Num) else exact_num(x))


def _bracketed(e: Expr, min_prec: int, neg_ok: bool) -> bool:
    return e.prec < min_prec or (not neg_ok and e.negative_leading())


# One function per form: a parent's latex() asks only for its children's LaTeX (formatting both forms at
# every level would format a subexpression 2^depth times).
def _wrap_latex(e: Expr, min_prec: int, neg_ok: bool) -> str:
    return rf"\left({e.latex()}\right)" if _bracketed(e, min_prec, neg_ok) else e.latex()


def _wrap_plain(e: Expr, min_prec: int, neg_ok: bool) -> str:
    return f"({e.plain()})" if _bracketed(e, min_prec, neg_ok) else e.plain()


@dataclass(frozen=True)
class Sum(Expr):
    """Terms added in the given order; a negative literal term shows as ``+ (-x)``."""

    terms: tuple[Expr, ...]
    prec = 1

    def latex(self) -> str:
        parts = []
        for i, t in enumerate(self.terms):
            s = _wrap_latex(t, 1, neg_ok=i == 0)
            parts.append(s if i == 0 else f"+ {s}")
        return " ".join(parts)

    def plain(self) -> str:
        parts = []
        for i, t in enumerate(self.terms):
            s = _wrap_plain(t, 1, neg_ok=i == 0)
            parts.append(s if i == 0 else f"+ {s}")
        return " ".join(parts)

    def value(self, exact: bool = False) -> Decimal:
        with _ctx():
            return sum((t.value(exact) for t in self.terms), Decimal(0))

    def negative_leading(self) -> bool:
        return self.terms[0].negative_leading()


@dataclass(frozen=True)
class Diff(Expr):
    """a - b."""

    a: Expr
    b: Expr
    prec = 1

    def latex(self) -> str:
        sa = _wrap_latex(self.a, 1, True)
        sb = _wrap_latex(self.b, 2, False)
        return f"{sa} - {sb}"

    def plain(self) -> str:
        sa = _wrap_plain(self.a, 1, True)
        sb = _wrap_plain(self.b, 2, False)
        return f"{sa} - {sb}"

    def value(self, exact: bool = False) -> Decimal:
        with _ctx():
            return self.a.value(exact) - self.b.value(exact)

    def negative_leading(self) -> bool:
        return self.a.negative_leading()


@dataclass(frozen=True)
class Prod(Expr):
    """Factors multiplied in the given order, written with \\times."""

    factors: tuple[Expr, ...]
    prec = 2

    def latex(self) -> str:
        out = []
        for i, f in enumerate(self.factors):
            s = _wrap_latex(f, 3 if f.prec == 2 and isinstance(f, Lit) else 2, neg_ok=i == 0)
            out.append(s)
        return r" \times ".join(out)

    def plain(self) -> str:
        out = []
        for i, f in enumerate(self.factors):
            s = _wrap_plain(f, 3 if f.prec == 2 and isinstance(f, Lit) else 2, neg_ok=i == 0)
            out.append(s)
        return " × ".join(out)

    def value(self, exact: bool = False) -> Decimal:
        with _ctx():
            v = Decimal(1)
            for f in self.factors:
                v *= f.value(exact)
            return v

    def negative_leading(self) -> bool:
        return self.factors[0].negative_leading()


@dataclass(frozen=True)
class Frac(Expr):
    r"""\frac{num}{den}."""

    num: Expr
    den: Expr

    def latex(self) -> str:
        return rf"\frac{{{self.num.latex()}}}{{{self.den.latex()}}}"

    def plain(self) -> str:
        n = _wrap_plain(self.num, 3, False)
        d = _wrap_plain(self.den, 3, False)
        return f"{n} / {d}"

    def value(self, exact: bool = False) -> Decimal:
        with _ctx():
            return self.num.value(exact) / self.den.value(exact)


@dataclass(frozen=True)
class Square(Expr):
    """(x)^2."""

    base: Expr

    def latex(self) -> str:
        return rf"\left({self.base.latex()}\right)^2"

    def plain(self) -> str:
        return f"({self.base.plain()})^2"

    def value(self, exact: bool = False) -> Decimal:
        with _ctx():
            v = self.base.value(exact)
            return v * v


@dataclass(frozen=True)
class ExpNeg(Expr):
    """e^{-x}, written with the argument's printed text."""

    arg: Expr

    def latex(self) -> str:
        a = self.arg.latex()
        if self.arg.negative_leading() or self.arg.prec < 3:
            return rf"e^{{-\left({a}\right)}}"
        return f"e^{{-{a}}}"

    def plain(self) -> str:
        a = self.arg.plain()
        if self.arg.negative_leading() or self.arg.prec < 3:
            return f"exp(-({a}))"
        return f"exp(-{a})"

    def value(self, exact: bool = False) -> Decimal:
        return _exp(-self.arg.value(exact))


@dataclass(frozen=True)
class Func(Expr):
    r"""A named function of one argument: \sigma, \tanh, \operatorname{ReLU}."""

    name: str  # sigmoid | tanh | relu
    arg: Expr

    _LATEX = {"sigmoid": r"\sigma", "tanh": r"\tanh", "relu": r"\operatorname{ReLU}"}
    _PLAIN = {"sigmoid": "sigmoid", "tanh": "tanh", "relu": "ReLU"}

    def latex(self) -> str:
        return rf"{self._LATEX[self.name]}\left({self.arg.latex()}\right)"

    def plain(self) -> str:
        return f"{self._PLAIN[self.name]}({self.arg.plain()})"

    def value(self, exact: bool = False) -> Decimal:
        v = self.arg.value(exact)
        if self.name == "sigmoid":
            with _ctx():
                return ONE / (ONE + _exp(-v))
        if self.name == "tanh":
            return _tanh(v)
        if self.name == "relu":
            return v if v > 0 else Decimal(0)
        raise KeyError(self.name)


def _ln(d: Decimal) -> Decimal:
    if d <= 0:
        raise ArithmeticError("logarithm of a printed value that is not positive")
    with _ctx():
        return d.ln()


@dataclass(frozen=True)
class Exp(Expr):
    """e^{x} (softmax numerators), written with the argument's printed text."""

    arg: Expr

    def latex(self) -> str:
        return f"e^{{{self.arg.latex()}}}"

    def plain(self) -> str:
        return f"exp({self.arg.plain()})"

    def value(self, exact: bool = False) -> Decimal:
        return _exp(self.arg.value(exact))


@dataclass(frozen=True)
class Ln(Expr):
    r"""\ln(x), always with brackets so that m \times 10^k stays one argument."""

    arg: Expr

    def latex(self) -> str:
        return rf"\ln\left({self.arg.latex()}\right)"

    def plain(self) -> str:
        return f"ln({self.arg.plain()})"

    def value(self, exact: bool = False) -> Decimal:
        return _ln(self.arg.value(exact))


@dataclass(frozen=True)
class Neg(Expr):
    r"""-(x): the minus in front of a cross-entropy."""

    arg: Expr
    prec = 1

    def latex(self) -> str:
        return rf"-\left({self.arg.latex()}\right)"

    def plain(self) -> str:
        return f"-({self.arg.plain()})"

    def value(self, exact: bool = False) -> Decimal:
        return -self.arg.value(exact)

    def negative_leading(self) -> bool:
        return True


@dataclass(frozen=True)
class LeakyReLU(Expr):
    r"""\max(s z, z): the leaky ReLU written with its slope, which the checker can redo."""

    slope: Expr
    arg: Expr

    def latex(self) -> str:
        s = _wrap_latex(self.arg, 3, False)
        return rf"\max\left({self.slope.latex()} \times {s}, {self.arg.latex()}\right)"

    def plain(self) -> str:
        s = _wrap_plain(self.arg, 3, False)
        return f"max({self.slope.plain()} × {s}, {self.arg.plain()})"

    def value(self, exact: bool = False) -> Decimal:
        v = self.arg.value(exact)
        with _ctx():
            return max(v, self.slope.value(exact) * v)


@dataclass(frozen=True)
class Sqrt(Expr):
    r"""\sqrt{x} (an optimizer's root of its square average)."""

    arg: Expr

    def latex(self) -> str:
        return rf"\sqrt{{{self.arg.latex()}}}"

    def plain(self) -> str:
        return f"sqrt({self.arg.plain()})"

    def value(self, exact: bool = False) -> Decimal:
        v = self.arg.value(exact)
        if v < 0:
            raise ArithmeticError("square root of a printed value below 0")
        with _ctx():
            return v.sqrt()


@dataclass(frozen=True)
class Pow(Expr):
    """base^k for a whole k (Adam's bias correction 1 - beta^t)."""

    base: Expr
    power: Lit

    def latex(self) -> str:
        b = _wrap_latex(self.base, 3, False)
        return f"{b}^{{{self.power.latex()}}}"

    def plain(self) -> str:
        b = _wrap_plain(self.base, 3, False)
        return f"{b}^{self.power.plain()}"

    def value(self, exact: bool = False) -> Decimal:
        with _ctx():
            return self.base.value(exact) ** int(self.power.value(exact))


@dataclass(frozen=True)
class Min(Expr):
    r"""\min(a, b, ...) (the clipping factor, at most 1)."""

    args: tuple[Expr, ...]

    def latex(self) -> str:
        return rf"\min\left({', '.join(a.latex() for a in self.args)}\right)"

    def plain(self) -> str:
        return f"min({', '.join(a.plain() for a in self.args)})"

    def value(self, exact: bool = False) -> Decimal:
        return min(a.value(exact) for a in self.args)
