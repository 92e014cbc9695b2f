"""A small, closed interpreter for the NumPy code of teaching notebooks.

Notebooks that teach backpropagation "from scratch" compute with a handful of NumPy calls
(``np.dot``, ``np.exp``, ``.T``, ``np.sum(..., axis=0)``, ``np.vectorize(sigmoid)``) and print
what they computed. To judge those printed numbers nnwalk must know what the code computes,
and it must never *run* a document it was handed (a notebook can hold any program). So this
module reads the code with :mod:`ast` and evaluates only what it knows: literals, lists, dicts,
arithmetic and comparisons, ``for``/``if``/``while``, f-strings and ``str.format``, a fixed table
of NumPy/``math``/``torch.tensor`` functions and methods, ``torch.nn.functional``'s softmax, activations
and losses, and the notebook's own functions.
Anything else (a class, an unknown call, an import of anything but NumPy, ``math`` or torch, file
access) makes the names it assigns *unknown*; nothing is imported, opened or called outside the
table. Array sizes, loop lengths, call depth and the total amount of work are bounded, so a
hostile notebook costs little.

Every ``print(...)`` is reported to :attr:`Interpreter.printer` with the values it shows (an
unknown one included). Random initial weights (``np.random.rand(4, 3)``) are unknown until the
notebook prints them: :mod:`.codecheck` then takes the printed copy, as a reader does.
"""

from __future__ import annotations

import ast
import math
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from . import frames
from .autograd import Tape

__all__ = ["Formatted", "Unknown", "UserFunction", "Vectorized", "Interpreter", "MAX_ELEMENTS", "SAME_QUANTITY", "same_quantity"]

#: Largest array the interpreter builds (a teaching network has a few hundred numbers).
MAX_ELEMENTS = 1_000_000
_MAX_STEPS = 300_000
_MAX_DEPTH = 30
_MAX_ITERATIONS = 100_000  # a loop's length, a dict's size
_MAX_TEXT = 100_000  # characters of a text joined with + (a printed line is short)
_PRINTED_WHOLE = 1_000  # NumPy's threshold: a longer array prints cut short
_PIECE_COST = 50  # characters a piece of a joined text counts for: at most 2,000 pieces fit in _MAX_TEXT


#: NumPy's extended-precision types: a float128 softmax of [927, 929] is finite where a double overflows, and its
#: printed digits are not a double's
_EXTENDED = frozenset({"float128", "float96", "longdouble", "longfloat", "complex256", "complex192", "clongdouble"})
#: the same as a dtype's text, with NumPy's type codes (``dtype='f16'``, ``astype('g')``)
_EXTENDED_CODES = _EXTENDED | {"f16", "f12", "c32", "c24", "g", "G"}


class _Stop(Exception):
    """This expression cannot be evaluated here (unknown name, unsupported construct, out of bounds)."""


class _Break(Exception):
    pass


class _Continue(Exception):
    pass


class _Return(Exception):
    def __init__(self, value: Any) -> None:
        self.value = value


@dataclass
class Formatted:
    """Printed text built from pieces (an f-string, ``str.format``): strings and the values put into it."""

    parts: list[Any]
    sources: list[ast.expr | None] | None = None  # the expression each value came from (None for text)
    styled: bool = False  # some value is shown with a format spec or conversion (f"W{l:02d}"): its text is not str(value)


@dataclass(frozen=True)
class Unknown:
    """A value the interpreter does not know; ``learnable`` when a printed copy may stand for it."""

    learnable: bool = False


@dataclass
class UserFunction:
    """A function the notebook defines (``def`` or ``lambda``)."""

    name: str
    params: list[str]
    body: list[ast.stmt] | ast.expr
    cell: int = 0  # the cell it is defined in: the place of every call in its body
    defaults: tuple[Any, ...] = ()  # the values of the last parameters' defaults, made when the def ran (as Python does)


@dataclass
class UserClass:
    """A class the notebook defines, for objects holding a layer's values (``MulLayer`` with ``forward``/``backward``).

    Only plain classes: methods and attributes set on ``self``; no bases, decorators or class-level state.
    """

    name: str
    methods: dict[str, UserFunction]


@dataclass(eq=False)
class Instance:
    """An object of a :class:`UserClass`: its attributes (``self.x = x``)."""

    cls: UserClass
    attrs: dict[str, Any]


@dataclass
class Vectorized:
    """``np.vectorize(f)``: f applied to each element."""

    func: Any


@dataclass
class _Module:
    name: str  # numpy | math | torch | numpy.random | torch.nn.functional …


_NP_UNARY: dict[str, Callable[[Any], Any]] = {
    "exp": np.exp,
    "log": np.log,
    "tanh": np.tanh,
    "sqrt": np.sqrt,
    "abs": np.abs,
    "square": np.square,
    "transpose": np.transpose,
    "negative": np.negative,
    "sign": np.sign,
}
_NP_BINARY: dict[str, Callable[[Any, Any], Any]] = {
    "dot": np.dot,
    "matmul": np.matmul,
    "maximum": np.maximum,
    "minimum": np.minimum,
    "multiply": np.multiply,
    "add": np.add,
    "subtract": np.subtract,
    "divide": np.divide,
    "outer": np.outer,
    "power": np.power,
}
#: torch functions computed as ``torch.nn.functional``'s, and the methods a torch tensor has beyond NumPy's
_TORCH_FUNCTIONAL = frozenset({"sigmoid", "relu", "softmax", "log_softmax"})
_TENSOR_METHODS = ("exp", "log", "tanh", "sqrt", "abs", "pow", "sigmoid", "relu", "softmax", "log_softmax")
_MATH = {"exp": math.exp, "log": math.log, "tanh": math.tanh, "sqrt": math.sqrt, "fabs": math.fabs}
#: Python's built-in functions the interpreter knows (by name, when the notebook has not reassigned it)
_BUILTINS = frozenset(
    {"abs", "sum", "max", "min", "float", "round", "len", "print", "list", "tuple", "int", "range", "str", "enumerate", "zip"}
)
#: The methods of an array the interpreter computes (``x.dot(w)``, ``z.sum(axis=0)``, a tensor's ``z.exp()``)
_ARRAY_METHODS = frozenset(
    {
        "dot",
        "sum",
        "mean",
        "std",
        "var",
        "reshape",
        "view",
        "transpose",
        "item",
        "copy",
        "flatten",
        "astype",
        "round",
        *_TENSOR_METHODS,
    }
)
_RANDOM = ("rand", "randn", "random", "uniform", "normal", "randint", "seed", "random_sample", "standard_normal")
_COMPARE: dict[type, Callable[[Any, Any], Any]] = {
    ast.Lt: np.less,
    ast.LtE: np.less_equal,
    ast.Gt: np.greater,
    ast.GtE: np.greater_equal,
}
_BINOPS: dict[type, Callable[[Any, Any], Any]] = {
    ast.Mod: operator.mod,
    ast.FloorDiv: operator.floordiv,
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.MatMult: np.matmul,
}


def _whole(v: Any) -> bool:
    """Whether ``v`` is an integer or an array of integers (Python's own, or NumPy's integer kinds)."""
    return isinstance(v, (int, np.integer)) or (isinstance(v, np.ndarray) and v.dtype.kind in "iub")


def _real(v: Any) -> np.ndarray:
    """``v`` as an array of floats — of complex numbers when it holds any (a complex step of :mod:`.autograd`)."""
    return np.asarray(v, dtype=complex if np.iscomplexobj(v) else float)


class TorchArray(np.ndarray):
    """An array ``torch.tensor`` made: NumPy's arithmetic (which keeps the class), torch's defaults where the two
    differ — ``x.std()`` and ``x.var()`` are the sample's (n − 1) in torch and the population's (n) in NumPy."""


def _spread(name: str, a: np.ndarray, args: list[Any], kwargs: dict[str, Any], torch: bool) -> Any:
    """``std``/``var`` of ``a`` as the library that made it computes them (NumPy: ``ddof``, default 0; torch:
    ``unbiased``/``correction``, default the sample's), over all elements or one axis (``axis``/``dim``)."""
    if np.iscomplexobj(a):
        raise _Stop(f"{name} of complex numbers")
    kwargs = dict(kwargs)
    axis = kwargs.pop("dim" if torch else "axis", args[0] if args else None)
    if torch:
        ddof = kwargs.pop("correction", 1 if kwargs.pop("unbiased", True) else 0)
    else:
        ddof = kwargs.pop("ddof", 0)
    keep = bool(kwargs.pop("keepdim" if torch else "keepdims", False))
    if kwargs or len(args) > 1 or (axis is not None and not isinstance(axis, int)) or not isinstance(ddof, int):
        raise _Stop(f"unsupported {name} arguments")
    n = a.size if axis is None else a.shape[axis]
    if n - ddof <= 0:
        raise _Stop(f"{name} of too few values")
    f = np.std if name == "std" else np.var
    return f(np.asarray(a, dtype=float), axis=axis, ddof=ddof, keepdims=keep)


def _array(v: Any) -> np.ndarray:
    try:
        a = np.array(v, dtype=complex if np.iscomplexobj(v) else float)
    except (TypeError, ValueError) as exc:
        raise _Stop(f"not an array of numbers: {exc}") from None
    if a.size > MAX_ELEMENTS:
        raise _Stop("array too large")
    return a


#: Calls that give the same quantity back, rounded, reshaped or copied (``np.round(h, 2)``, ``h.reshape(3, 1)``).
SAME_QUANTITY = frozenset({"round", "around", "round_", "array", "asarray", "reshape", "copy", "astype", "flatten"})


def same_quantity(expr: ast.expr, name: str) -> bool:
    """Whether ``expr`` is ``name`` itself rounded, reshaped or copied: the quantity it held is still what it holds."""
    if not isinstance(expr, ast.Call):
        return False
    f = expr.func
    attr = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else None
    if attr not in SAME_QUANTITY:
        return False
    if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id == name:
        return True  # h.round(2)
    return bool(expr.args) and isinstance(expr.args[0], ast.Name) and expr.args[0].id == name  # np.round(h, 2)


def _decimals(args: list[Any], kwargs: dict[str, Any]) -> int:
    """The ``decimals`` of a rounding call, given by position or by keyword (0 by default, as NumPy's)."""
    d = args[0] if args else kwargs.get("decimals", 0)
    if not isinstance(d, (int, np.integer)) or isinstance(d, bool) or not -20 <= int(d) <= 20:
        raise _Stop("unsupported decimals")
    return int(d)


#: the classes of most values a notebook computes with, none of them bool: one set look-up before isinstance
_NUMBER_TYPES = frozenset({float, int, complex, np.ndarray, np.float64, np.int64})


def _numeric(v: Any) -> bool:
    if type(v) in _NUMBER_TYPES:
        return True
    return isinstance(v, (int, float, complex, np.ndarray, np.number)) and not isinstance(v, bool)


class Interpreter:
    """Evaluates a notebook's statements one by one into :attr:`env`.

    ``override`` replaces the value of particular calls (by their position ``(cell, line, column,
    end line, end column)``) with what a function of the interpreter and the call's arguments
    gives: how a corrected notebook is re-run (see :mod:`.codecheck`).
    """

    def __init__(self, override: dict[tuple[int, ...], Callable[[Interpreter, list[Any]], Any]] | None = None) -> None:
        self.env: dict[str, Any] = {}
        self.steps = 0
        self.depth = 0
        self.cell = 0
        self.override = override or {}
        #: every call made: its place (cell, line, column, end line, end column), the call, the function, its
        #: arguments, and where each argument that is a name got its value (the expression assigned to it)
        self.calls: list[tuple[tuple[int, ...], ast.Call, Any, list[Any], dict[str, ast.expr]]] = []
        self.origin: dict[str, ast.expr] = {}  # name -> the expression last assigned to it
        self.scopes: list[dict[str, ast.expr]] = [self.origin]  # the same, for each function call under way
        self.probing = False  # apply() tries a function on its own: nothing it does is recorded
        #: sums and differences in which a one-row array was repeated for every row of the other operand
        self.expansions: list[tuple[tuple[int, ...], ast.BinOp, Any, Any]] = []
        #: told of every print(): its argument expressions, their values (Unknown when not known) and the calls each made
        self.printer: Callable[[list[tuple[ast.expr, Any, set[tuple[int, ...]]]]], None] | None = None
        self.tape = Tape()  # what PyTorch's backward() needs: the statements run since each leaf was made
        #: names given the value the page printed for them instead of the computed one (the reader's view)
        self.adopted: set[str] = set()

    # ------------------------------------------------------------------ statements
    def run(self, stmt: ast.stmt) -> None:
        """Execute one top-level statement; what cannot be evaluated leaves its names unknown."""
        if self.tape.handles(self, stmt):  # loss.backward(), x.grad.zero_()
            return
        try:
            # NumPy's floating-point warnings are off for the whole statement (an overflow is a value, inf, and it is
            # judged as one): set once here, not around each of the millions of operations of a training loop
            with np.errstate(all="ignore"):
                self._stmt(stmt, self.env)
        except (
            _Stop,
            _Break,
            _Continue,
            _Return,
            ArithmeticError,
            ValueError,
            TypeError,
            IndexError,
            KeyError,
            RecursionError,
            MemoryError,
        ):
            # (a break or continue outside a loop is no statement Python runs either) drawn at random, or made from numbers drawn at random and not printed yet (wh = np.round(wh, 2) after
            # the draw): a printed copy may stand for it
            learnable = _random_call(stmt) or self._from_learnable(stmt)
            for name in _assigned(stmt):
                self.env[name] = Unknown(learnable=learnable)
            self.tape.after(self, stmt, ok=False)
        else:
            self.tape.after(self, stmt, ok=True)

    def failed(self, stmt: ast.stmt, env: dict[str, Any]) -> None:
        """What a statement that could not be evaluated leaves: every name it assigns unknown (in ``env``)."""
        for name in _assigned(stmt):
            env[name] = Unknown()

    def _from_learnable(self, stmt: ast.stmt) -> bool:
        if not isinstance(stmt, ast.Assign):
            return False
        return any(
            isinstance(n, ast.Name) and isinstance(v := self.env.get(n.id), Unknown) and v.learnable for n in ast.walk(stmt.value)
        )

    def _stmt(self, stmt: ast.stmt, env: dict[str, Any]) -> None:
        handler = _STATEMENTS.get(type(stmt))  # one look-up by the statement's class, as for expressions
        if handler is None:
            raise _Stop(f"unsupported statement {type(stmt).__name__}")
        handler(self, stmt, env)

    def _import(self, stmt: ast.Import, env: dict[str, Any]) -> None:
        for a in stmt.names:
            env[(a.asname or a.name).split(".")[0]] = _Module(a.name if a.asname else a.name.split(".")[0])

    def _import_from(self, stmt: ast.ImportFrom, env: dict[str, Any]) -> None:
        for a in stmt.names:
            if stmt.module in ("numpy", "math", "torch", "scipy.special", "pandas") or (stmt.module or "").startswith(
                ("numpy.", "torch.")
            ):
                env[a.asname or a.name] = _Module(f"{stmt.module}.{a.name}")

    def _def(self, stmt: ast.FunctionDef, env: dict[str, Any]) -> None:
        args = stmt.args
        if args.vararg or args.kwarg or args.kwonlyargs or args.posonlyargs or stmt.decorator_list:
            raise _Stop("unsupported signature")
        defaults = tuple(self._known(self._eval(d, env)) for d in args.defaults)  # def f(z, T=1.0): T is 1.0 unless given
        body = [s for s in stmt.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
        env[stmt.name] = UserFunction(stmt.name, [a.arg for a in args.args], body or [ast.Pass()], self.cell, defaults)

    def _class(self, stmt: ast.ClassDef, env: dict[str, Any]) -> None:
        if stmt.bases and not all(isinstance(b, ast.Name) and b.id == "object" for b in stmt.bases):
            raise _Stop("a class with bases")
        if stmt.keywords or stmt.decorator_list:
            raise _Stop("unsupported class")
        methods: dict[str, UserFunction] = {}
        for item in stmt.body:
            if isinstance(item, ast.FunctionDef):
                scope: dict[str, Any] = {}
                self._stmt(item, scope)  # each method as a function of its own (self first)
                methods[item.name] = scope[item.name]
            elif not (isinstance(item, (ast.Pass, ast.Expr)) and not isinstance(getattr(item, "value", None), ast.Call)):
                raise _Stop("class-level statements")
        env[stmt.name] = UserClass(stmt.name, methods)

    def _return(self, stmt: ast.Return, env: dict[str, Any]) -> None:
        raise _Return(None if stmt.value is None else self._eval(stmt.value, env))

    def _while(self, stmt: ast.While, env: dict[str, Any]) -> None:
        while self._truth(self._eval(stmt.test, env)):
            if self._loop_body(stmt.body, env):
                break
        else:
            self._body(stmt.orelse, env)

    def _if(self, stmt: ast.If, env: dict[str, Any]) -> None:
        self._body(stmt.body if self._truth(self._eval(stmt.test, env)) else stmt.orelse, env)

    def _break(self, stmt: ast.Break, env: dict[str, Any]) -> None:
        raise _Break

    def _continue(self, stmt: ast.Continue, env: dict[str, Any]) -> None:
        raise _Continue

    def _assign(self, stmt: ast.Assign, env: dict[str, Any]) -> None:
        value = self._eval(stmt.value, env)
        for target in stmt.targets:
            self._bind(target, value, env)
            if isinstance(target, ast.Name) and not (target.id in self.scopes[-1] and same_quantity(stmt.value, target.id)):
                self.scopes[-1][target.id] = stmt.value  # (x = np.round(x, 2) keeps where x came from)

    def _annotated(self, stmt: ast.AnnAssign, env: dict[str, Any]) -> None:
        if stmt.value is None:
            raise _Stop("unsupported statement AnnAssign")
        value = self._eval(stmt.value, env)  # x: ndarray = …: the annotation is not read
        self._bind(stmt.target, value, env)
        if isinstance(stmt.target, ast.Name):
            self.scopes[-1][stmt.target.id] = stmt.value

    def _augmented(self, stmt: ast.AugAssign, env: dict[str, Any]) -> None:
        if isinstance(stmt.target, ast.Subscript):  # net['w'] += lr * g
            op = _BINOPS.get(type(stmt.op))
            if op is None:
                raise _Stop("unsupported operator")
            current = self._known(self._eval(stmt.target, env))
            value = self._check(op(_as_number(current), _as_number(self._known(self._eval(stmt.value, env)))))
            if isinstance(current, np.ndarray) and np.shape(value) == current.shape:
                current[...] = value  # in place, as NumPy's += is: every other name for the array sees it
            else:
                self._bind(stmt.target, value, env)
        elif isinstance(stmt.target, ast.Name):
            op = _BINOPS.get(type(stmt.op))
            if op is None:
                raise _Stop("unsupported operator")
            current = self._known(env.get(stmt.target.id))
            value = self._check(op(current, self._known(self._eval(stmt.value, env))))
            if isinstance(current, np.ndarray) and np.shape(value) == current.shape and np.can_cast(value, current.dtype):
                current[...] = value  # v += g on an array changes it in place: the caller's array, a default's, see it
            elif isinstance(current, list) and isinstance(value, list) and isinstance(stmt.op, ast.Add):
                current[:] = value  # so does total += [x] on a list
            else:
                env[stmt.target.id] = value
        else:
            raise _Stop("unsupported statement AugAssign")

    def _expression(self, stmt: ast.Expr, env: dict[str, Any]) -> None:
        self._eval(stmt.value, env)

    def _pass(self, stmt: ast.Pass, env: dict[str, Any]) -> None:
        pass

    def _body(self, body: list[ast.stmt], env: dict[str, Any]) -> None:
        """Run a block; a ``break`` or ``continue`` in it goes on up to its loop (through any ``if`` around it)."""
        for stmt in body:
            self.steps += 1
            if self.steps > _MAX_STEPS:
                raise _Stop("too much work")
            self._stmt(stmt, env)

    def _loop_body(self, body: list[ast.stmt], env: dict[str, Any]) -> bool:
        """Run one pass of a loop's body; True when a ``break`` ended it."""
        try:
            self._body(body, env)
        except _Continue:
            return False
        except _Break:
            return True
        return False

    def _sequence(self, node: ast.expr, env: dict[str, Any], what: str) -> range | list | tuple:
        """What a ``for`` (of a loop or a comprehension) runs over: a range, a list, a tuple or an array's rows."""
        seq = self._known(self._eval(node, env))
        if isinstance(seq, np.ndarray):
            seq = list(seq) if seq.ndim else [seq]
        if not isinstance(seq, (range, list, tuple)) or len(seq) > _MAX_ITERATIONS:
            raise _Stop(f"unsupported {what}")
        return seq

    def _for(self, stmt: ast.For, env: dict[str, Any]) -> None:
        for item in self._sequence(stmt.iter, env, "loop"):
            self._bind(stmt.target, item, env)
            if self._loop_body(stmt.body, env):
                return
        self._body(stmt.orelse, env)

    def _comprehension(self, node: ast.ListComp | ast.GeneratorExp, env: dict[str, Any]) -> list[Any]:
        """``[f(x[i, j]) for j in range(n)]`` (nested, with ``if``): a list, in a scope of its own as in Python 3."""
        out: list[Any] = []
        local = dict(env)

        def level(k: int) -> None:
            if k == len(node.generators):
                out.append(self._eval(node.elt, local))
                if len(out) > _MAX_ITERATIONS:
                    raise _Stop("comprehension too long")
                return
            gen = node.generators[k]
            if gen.is_async:
                raise _Stop("unsupported comprehension")
            for item in self._sequence(gen.iter, local, "comprehension"):
                self._bind(gen.target, item, local)
                if all(self._truth(self._eval(c, local)) for c in gen.ifs):
                    level(k + 1)

        level(0)
        return out

    def _truth(self, v: Any) -> bool:
        v = self._known(v)
        if isinstance(v, np.ndarray):
            if v.size != 1:
                raise _Stop("truth of an array")
            v = v.reshape(-1)[0]
        if isinstance(v, (bool, int, float, np.bool_, np.integer, np.floating, str, list, tuple, range)):
            return bool(v)
        raise _Stop("unsupported condition")

    def _bind(self, target: ast.expr, value: Any, env: dict[str, Any]) -> None:
        if isinstance(target, ast.Name):
            env[target.id] = value
        elif isinstance(target, (ast.Tuple, ast.List)) and isinstance(value, (tuple, list)) and len(value) == len(target.elts):
            for t, v in zip(target.elts, value, strict=True):
                self._bind(t, v, env)
        elif isinstance(target, ast.Subscript):  # x[x <= 0] = 0, x[1, 2] = 0.5: in place, as NumPy does
            base = self._known(self._eval(target.value, env))
            index = self._known(self._eval(target.slice, env))
            if isinstance(base, dict):
                index = _key(index)
            if isinstance(base, dict) and isinstance(index, (str, int)):  # weights kept in a dict: w['x1_h1'] = 0.3
                if len(base) >= _MAX_ITERATIONS:
                    raise _Stop("dict too large")
                base[index] = value
                return
            if isinstance(base, list) and isinstance(index, int) and -len(base) <= index < len(base) and _numeric(value):
                base[index] = value  # weights[i][j] += dW[i][j] on a list of lists, in place as Python does
                return
            if not isinstance(base, np.ndarray) or not _numeric(value):
                raise _Stop("unsupported item assignment")
            if isinstance(index, np.ndarray) and (index.dtype != bool or index.shape != base.shape):
                raise _Stop("unsupported mask")
            if not (
                isinstance(index, (np.ndarray, int)) or (isinstance(index, tuple) and all(isinstance(i, int) for i in index))
            ):
                raise _Stop("unsupported index")
            base[index] = value
        elif isinstance(target, ast.Attribute):  # self.x = x in a method of a class the notebook defines
            base = self._known(self._eval(target.value, env))
            if not isinstance(base, Instance):
                raise _Stop("unsupported attribute assignment")
            if len(base.attrs) >= _MAX_ITERATIONS:
                raise _Stop("object too large")
            base.attrs[target.attr] = value
        else:
            raise _Stop("unsupported assignment target")

    # ------------------------------------------------------------------ expressions
    def eval(self, node: ast.expr, env: dict[str, Any]) -> Any:
        """The value of one expression (unknown names and unsupported constructs raise)."""
        with np.errstate(all="ignore"):
            return self._eval(node, env)

    def _eval(self, node: ast.expr, env: dict[str, Any]) -> Any:
        self.steps += 1
        if self.steps > _MAX_STEPS:
            raise _Stop("too much work")
        # one look-up by the node's class: a training loop of a notebook evaluates millions of nodes, and a chain
        # of isinstance tests was most of the time of a code check
        handler = _EXPRESSIONS.get(type(node))
        if handler is None:
            raise _Stop(f"unsupported expression {type(node).__name__}")
        return handler(self, node, env)

    def _constant(self, node: ast.Constant, env: dict[str, Any]) -> Any:
        if isinstance(node.value, (int, float, str)) and not isinstance(node.value, bool):
            return node.value
        if node.value is None or isinstance(node.value, bool):
            return node.value
        raise _Stop("unsupported constant")

    def _name(self, node: ast.Name, env: dict[str, Any]) -> Any:
        if node.id in env:
            return env[node.id]
        if node.id in self.env:
            return self.env[node.id]
        if node.id in _BUILTINS:
            return _Module(f"builtins.{node.id}")
        raise _Stop(f"unknown name {node.id}")

    def _list(self, node: ast.List, env: dict[str, Any]) -> list[Any]:
        return [self._eval(e, env) for e in node.elts]

    def _tuple(self, node: ast.Tuple, env: dict[str, Any]) -> tuple[Any, ...]:
        return tuple(self._eval(e, env) for e in node.elts)

    def _unary(self, node: ast.UnaryOp, env: dict[str, Any]) -> Any:
        v = self._known(self._eval(node.operand, env))
        if isinstance(node.op, ast.USub):
            return self._check(-_as_number(v))
        if isinstance(node.op, ast.UAdd):
            return v
        raise _Stop("unsupported unary operator")  # `not` too: the operand is evaluated first, as it always was

    def _binop(self, node: ast.BinOp, env: dict[str, Any]) -> Any:
        left, right = self._known(self._eval(node.left, env)), self._known(self._eval(node.right, env))
        if isinstance(left, (str, Formatted)) or isinstance(right, (str, Formatted)):
            return _joined_text(node.op, left, right)
        if isinstance(left, (list, tuple)) or isinstance(right, (list, tuple)):
            # [0.0] * 3 repeats a list; only beside an array is a list NumPy's (y - output with y = [[1], [0]])
            if not (isinstance(left, np.ndarray) or isinstance(right, np.ndarray)):
                return _list_arithmetic(node.op, left, right)
            left, right = (_array(v) if isinstance(v, (list, tuple)) else v for v in (left, right))
        a, b = _as_number(left), _as_number(right)
        kind = type(node.op)
        if kind is ast.Pow:
            if np.max(np.abs(b)) <= 64:
                return self._check(np.power(_real(a), b) if isinstance(a, np.ndarray) else _real(a).item() ** b)
            if _whole(a) and _whole(b):
                raise _Stop("exponent too large")  # 2**100 is an exact integer in Python: not worked out in doubles
            # a large exponent of a float (beta2 ** t over 1000 steps of Adam): a value, or an overflow, never a
            # huge integer (the base is made a float); only an overflow stops the statement
            with np.errstate(all="ignore"):
                out = np.power(_real(a), np.asarray(b, dtype=float))
            if not np.all(np.isfinite(out)):
                raise _Stop("exponent too large")
            return self._check(out if isinstance(a, np.ndarray) or np.ndim(out) else out.item())
        op = _BINOPS.get(kind)
        if op is None:
            raise _Stop("unsupported operator")
        result = self._check(op(a, b))
        if (kind is ast.Add or kind is ast.Sub) and self.depth == 0:
            where = (self.cell, node.lineno, node.col_offset, node.end_lineno or 0, node.end_col_offset or 0)
            if where in self.override:
                result = self._check(self.override[where](self, [a, b]))
            elif _broadcasts_rows(a, b) or _broadcasts_rows(b, a):
                self.expansions.append((where, node, a, b))
        return result

    def _attribute(self, node: ast.Attribute, env: dict[str, Any]) -> Any:
        if node.attr == "grad" and isinstance(node.value, ast.Name) and node.value.id in self.tape.grads:
            try:
                return self.tape.grad(node.value.id)  # x.grad after loss.backward()
            except LookupError:
                raise _Stop("no gradient known") from None
        base = self._eval(node.value, env)
        if isinstance(base, _Module):
            if node.attr in _EXTENDED:  # np.float128: what it prints has more digits than a double carries
                raise _Stop(f"{node.attr} (extended precision) is not worked out")
            return _Module(f"{base.name}.{node.attr}")
        base = self._known(base)
        if isinstance(base, frames.Frame):  # df.values, df.shape, df.iloc
            return frames.attribute(base, node.attr)
        if node.attr == "grad_fn" and _numeric(base):
            return "<grad_fn>"  # printed as <PowBackward0 object at …>: text, no number
        if isinstance(base, np.generic):  # a NumPy scalar (or a 0-d tensor's value) has the array's methods
            base = np.asarray(base)
        if isinstance(base, Instance):
            if node.attr in base.attrs:
                return base.attrs[node.attr]
            if node.attr in base.cls.methods:
                return ("bound", base, base.cls.methods[node.attr])
            raise _Stop(f"unknown attribute {node.attr}")
        if isinstance(base, list) and node.attr == "append":
            return ("method", base, "append")
        if isinstance(base, dict) and node.attr in ("items", "keys", "values"):
            return ("method", base, node.attr)
        if node.attr == "T" and isinstance(base, np.ndarray):
            return base.T
        if node.attr == "shape" and isinstance(base, np.ndarray):
            return base.shape
        if isinstance(base, np.ndarray) and node.attr in _ARRAY_METHODS:
            return ("method", base, node.attr)
        raise _Stop(f"unsupported attribute {node.attr}")

    def _if_expression(self, node: ast.IfExp, env: dict[str, Any]) -> Any:
        return self._eval(node.body if self._truth(self._eval(node.test, env)) else node.orelse, env)

    def _boolean(self, node: ast.BoolOp, env: dict[str, Any]) -> bool:
        values = [self._truth(self._eval(v, env)) for v in node.values]
        return all(values) if isinstance(node.op, ast.And) else any(values)

    def _joined(self, node: ast.JoinedStr, env: dict[str, Any]) -> Formatted:
        parts: list[Any] = []
        sources: list[ast.expr | None] = []
        for v in node.values:
            if isinstance(v, ast.Constant):
                parts.append(str(v.value))
                sources.append(None)
            elif isinstance(v, ast.FormattedValue):
                parts.append(_frozen(self._known(self._eval(v.value, env))))
                sources.append(v.value)
        styled = any(isinstance(v, ast.FormattedValue) and (v.format_spec is not None or v.conversion != -1) for v in node.values)
        return Formatted(parts, sources, styled)

    def _dict(self, node: ast.Dict, env: dict[str, Any]) -> dict[Any, Any]:
        if None in node.keys or len(node.keys) > _MAX_ITERATIONS:
            raise _Stop("unsupported dict")
        out = {}
        for k, v in zip(node.keys, node.values, strict=True):
            try:
                out[self._known(self._eval(k, env))] = self._eval(v, env)  # type: ignore[arg-type]
            except _Stop as exc:  # weights drawn at random: known once printed
                if str(exc) != "random":
                    raise
                out[self._known(self._eval(k, env))] = Unknown(learnable=True)  # type: ignore[arg-type]
        return out

    def _compare(self, node: ast.Compare, env: dict[str, Any]) -> Any:
        if len(node.ops) != 1:
            raise _Stop("unsupported expression Compare")
        kind = type(node.ops[0])
        if kind is ast.Eq or kind is ast.NotEq:
            a, b = self._known(self._eval(node.left, env)), self._known(self._eval(node.comparators[0], env))
            if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
                a, b = _as_number(a), _as_number(b)
                return np.equal(a, b) if kind is ast.Eq else np.not_equal(a, b)
            return (a == b) if kind is ast.Eq else (a != b)
        op = _COMPARE.get(kind)
        if op is None:
            raise _Stop("unsupported comparison")
        a = _as_number(self._known(self._eval(node.left, env)))
        b = _as_number(self._known(self._eval(node.comparators[0], env)))
        return op(np.asarray(a, dtype=float), np.asarray(b, dtype=float))

    def _lambda(self, node: ast.Lambda, env: dict[str, Any]) -> UserFunction:
        return UserFunction("<lambda>", [a.arg for a in node.args.args], node.body, self.cell)

    def _subscript(self, node: ast.Subscript, env: dict[str, Any]) -> Any:
        base = self._known(self._eval(node.value, env))
        index = self._eval(node.slice, env)
        if isinstance(base, _Module) and base.name in ("numpy.c_", "numpy.r_"):
            # np.c_[X, np.ones(n)]: the columns side by side (a column of ones for the bias), np.r_ end to end
            parts = index if isinstance(index, tuple) else (index,)
            if not all(isinstance(a, (np.ndarray, int, float, list)) for a in parts):
                raise _Stop("unsupported np.c_ / np.r_ part")
            arrays = tuple(np.asarray(a, dtype=float) for a in parts)
            return self._check(np.c_[arrays] if base.name == "numpy.c_" else np.r_[arrays])
        if isinstance(base, dict):
            index = _key(index)
            if not isinstance(index, (str, int)) or index not in base:
                raise _Stop("unknown key")
            return base[index]
        if isinstance(base, (frames.Frame, frames.Located)):  # df[['x1', 'x2']], df['y'], df.iloc[0]
            return frames.subscript(base, self._known(index))
        if not isinstance(base, (np.ndarray, list, tuple)):
            raise _Stop("unsupported subscript")
        if isinstance(index, tuple) and all(isinstance(i, int) for i in index) or isinstance(index, int):
            return self._check(np.asarray(base)[index] if isinstance(base, np.ndarray) else base[index])  # type: ignore[index]
        raise _Stop("unsupported index")

    def _call(self, node: ast.Call, env: dict[str, Any]) -> Any:
        if isinstance(node.func, ast.Name) and node.func.id == "print" and "print" not in env and "print" not in self.env:
            return self._print(node, env)
        if isinstance(node.func, ast.Attribute) and node.func.attr == "format" and isinstance(node.func.value, ast.Constant):
            return self._format(str(node.func.value.value), node, env)
        func = self._eval(node.func, env)
        args = []
        starred = False
        for a in node.args:
            if type(a) is ast.Starred:
                starred = True
            else:
                args.append(self._known(self._eval(a, env)))
        if starred:
            raise _Stop("unsupported *args")
        kwargs = {k.arg: self._known(self._eval(k.value, env)) for k in node.keywords if k.arg} if node.keywords else {}
        astype = isinstance(func, tuple) and func[0] == "method" and func[2] == "astype"
        # np.asarray(x, 'longdouble'): a NumPy function's positional dtype too
        dtypes = args if astype or isinstance(func, _Module) else []
        if any(type(d) is str and d in _EXTENDED_CODES for d in (*dtypes, kwargs.get("dtype"))):
            raise _Stop("extended precision is not worked out")  # dtype="float128", x.astype("g")
        where = (self.cell, node.lineno, node.col_offset, node.end_lineno or 0, node.end_col_offset or 0)
        result = self._apply(func, args, kwargs)
        if type(result) is Formatted and result.sources is None and len(node.args) == 1 and func == _STR:
            result.sources = [node.args[0]]  # str(pred): the value printed is pred's
        if where in self.override:
            result = self._check(self.override[where](self, args))
        if not self.probing:
            scope = self.scopes[-1]
            origins = {a.id: scope.get(a.id, self.origin.get(a.id)) for a in node.args if type(a) is ast.Name}
            self.calls.append((where, node, func, args, {k: v for k, v in origins.items() if v is not None}))
        return result

    def _print(self, node: ast.Call, env: dict[str, Any]) -> None:
        """Tell :attr:`printer` what a ``print(...)`` shows (each argument, known or not)."""
        if any(isinstance(a, ast.Starred) for a in node.args):
            raise _Stop("unsupported *args")
        shown = []
        for arg in node.args:
            before = len(self.calls)
            try:
                value = self._eval(arg, env)
            except (_Stop, ArithmeticError, ValueError, TypeError, IndexError, KeyError, RecursionError):
                value = Unknown()
            if isinstance(value, Unknown) and isinstance(arg, ast.Name):
                known = env.get(arg.id, self.env.get(arg.id))
                value = known if isinstance(known, Unknown) else value
            shown.append((arg, value, {w for w, *_ in self.calls[before:]}))
        if self.printer is not None:
            self.printer(shown)

    def _format(self, template: str, node: ast.Call, env: dict[str, Any]) -> Formatted:
        """``"{} and {:.3f}".format(a, b)``: the template's text with the values in their places."""
        values = [self._known(self._eval(a, env)) for a in node.args]
        parts: list[Any] = []
        sources: list[ast.expr | None] = []
        k = 0
        for m in re.finditer(r"\{\{|\}\}|\{([^{}]*)\}|[^{}]+", template):
            field = m.group(1)
            if field is None:
                parts.append(m.group().replace("{{", "{").replace("}}", "}"))
                sources.append(None)
                continue
            key = field.split(":")[0].split("!")[0]
            if key.isdigit():
                index = int(key)
            elif key == "":
                index, k = k, k + 1
            else:
                raise _Stop("named format field")
            if index >= len(values):
                raise _Stop("missing format argument")
            parts.append(_frozen(values[index]))
            sources.append(node.args[index])
        return Formatted(parts, sources)

    def apply(self, func: Any, args: list[Any]) -> Any:
        """``func(*args)`` for a function value the interpreter knows (used to probe a notebook's functions)."""
        printer, self.printer, probing, self.probing = self.printer, None, self.probing, True  # a probe leaves no trace
        try:
            with np.errstate(all="ignore"):
                return self._apply(func, args, {})
        except (_Stop, ArithmeticError, ValueError, TypeError, IndexError, KeyError, RecursionError):
            return Unknown()
        finally:
            self.printer, self.probing = printer, probing

    def _apply(self, func: Any, args: list[Any], kwargs: dict[str, Any]) -> Any:
        if isinstance(func, UserFunction):
            return self._user(func, args, kwargs)
        if isinstance(func, Vectorized):
            if len(args) != 1:
                raise _Stop("vectorize of several arguments")
            a = _array(args[0])
            flat = [self._known(self._apply(func.func, [float(x)], {})) for x in a.ravel()]
            return self._check(np.array(flat, dtype=float).reshape(a.shape))
        if isinstance(func, tuple) and len(func) == 3 and func[0] == "method":
            return self._method(func[1], func[2], args, kwargs)
        if isinstance(func, tuple) and len(func) == 3 and func[0] == "bound":
            return self._user(func[2], [func[1], *args], kwargs)
        if isinstance(func, UserClass):
            obj = Instance(func, {})
            if "__init__" in func.methods:
                self._user(func.methods["__init__"], [obj, *args], kwargs)
            elif args or kwargs:
                raise _Stop("arguments to a class without __init__")
            return obj
        if not isinstance(func, _Module):
            raise _Stop("unknown function")
        mod, _, name = func.name.rpartition(".")
        if func.name in ("numpy.random.seed", "torch.manual_seed", "torch.random.manual_seed"):
            return None  # seeding draws nothing: the draws after it are still taken from their printed copies
        if mod in ("numpy.random", "torch.random") or (mod == "torch" and name in ("rand", "randn")):
            raise _Stop("random")  # run() marks the assigned names learnable
        if mod == "pandas":  # pd.DataFrame([[8, 8, 4], …], columns=[…]): a lesson's data typed in
            return frames.call(name, args, kwargs)
        if mod == "torch" and name in _TORCH_FUNCTIONAL:  # torch.sigmoid(z), torch.softmax(z, dim=0)
            return self._check(_functional(name, args, kwargs))
        if mod in ("numpy", "torch") or func.name in ("builtins.abs",):
            return self._numpy(name, args, kwargs, torch=mod == "torch")
        if mod == "torch.nn.functional":
            return self._check(_functional(name, args, kwargs))
        if mod == "scipy.special" and name == "expit" and len(args) == 1:  # SciPy's logistic sigmoid (Rashid's book)
            return self._check(1.0 / (1.0 + np.exp(-_as_number(args[0]))))
        if mod == "math" and name in _MATH:
            return self._check(_MATH[name](float(args[0])))
        if mod == "builtins":
            if name == "float" and len(args) == 1:
                return float(args[0])
            if name in ("enumerate", "zip"):  # for t, x in enumerate(seq, start=1): pairs, as a list (bounded)
                return _paired(name, args, kwargs)
            if name in ("abs", "sum", "max", "min", "round", "len", "list", "tuple", "int", "range", "str"):
                return self._builtin(name, args)
            if name == "print":
                return None
        raise _Stop(f"unsupported function {func.name}")

    def _builtin(self, name: str, args: list[Any]) -> Any:
        if name == "range":
            r = range(*(int(a) for a in args))
            if len(r) > _MAX_ITERATIONS:
                raise _Stop("loop too long")
            return r
        if name == "str" and len(args) == 1:
            return Formatted([_frozen(args[0])])  # the value as it is now, as str() makes the text
        if name == "abs":
            return self._check(np.abs(args[0]) if isinstance(args[0], np.ndarray) else abs(args[0]))
        if name == "len":
            return len(args[0])
        if name in ("list", "tuple"):
            return list(args[0]) if name == "list" else tuple(args[0])
        if name == "int":
            return int(args[0])
        if name == "round":
            return round(float(args[0]), int(args[1]) if len(args) > 1 else 0)
        seq = args[0] if len(args) == 1 else args
        values = [float(v) for v in np.ravel(_array(seq))]
        return {"sum": math.fsum, "max": max, "min": min}[name](values)

    def _numpy(self, name: str, args: list[Any], kwargs: dict[str, Any], torch: bool = False) -> Any:
        if name == "tensor":  # torch.tensor: an array that keeps torch's defaults (see TorchArray)
            return _array(args[0]).view(TorchArray)
        if name in ("array", "asarray", "matrix"):
            return _array(np.asarray(args[0]) if isinstance(args[0], TorchArray) else args[0])
        if name in ("std", "var") and args:  # np.std(x, ddof=1), torch.std(x): the function says whose defaults
            a = args[0] if isinstance(args[0], np.ndarray) else _array(args[0])
            return self._check(_spread(name, a, args[1:], kwargs, torch))
        if name in _NP_UNARY and len(args) == 1:
            return self._check(_NP_UNARY[name](_as_number(args[0])))
        if name in _NP_BINARY and len(args) == 2:
            return self._check(_NP_BINARY[name](_as_number(args[0]), _as_number(args[1])))
        if name in ("sum", "mean"):
            return self._reduce(name, _array(args[0]), kwargs)
        if name in ("zeros", "ones"):
            shape = args[0] if args else kwargs.get("shape")
            size = int(np.prod(shape))
            if size > MAX_ELEMENTS:
                raise _Stop("array too large")
            return (np.zeros if name == "zeros" else np.ones)(shape)
        if name in ("zeros_like", "ones_like"):
            return (np.zeros_like if name == "zeros_like" else np.ones_like)(_array(args[0]))
        if name == "vectorize" and len(args) == 1:
            return Vectorized(args[0])
        if name == "append" and len(args) == 2 and "axis" not in kwargs:
            return self._check(np.append(_as_number(args[0]), _as_number(args[1])))
        if name in ("concatenate", "vstack", "hstack") and len(args) == 1 and isinstance(args[0], (list, tuple)):
            parts = [_array(a) for a in args[0]]
            f = {"concatenate": np.concatenate, "vstack": np.vstack, "hstack": np.hstack}[name]
            return self._check(f(parts, **({"axis": int(kwargs["axis"])} if "axis" in kwargs and name == "concatenate" else {})))
        if name == "where" and len(args) == 3:  # np.where(z > 0, 1, 0): the ReLU and its derivative
            return self._check(np.where(np.asarray(args[0], dtype=bool), _as_number(args[1]), _as_number(args[2])))
        if name == "reshape" and len(args) == 2:
            return self._check(_array(args[0]).reshape(args[1]))
        if name in ("round", "around", "round_") and 1 <= len(args) <= 2:  # np.round(wh, decimals=2): printed so
            return self._check(np.round(_array(args[0]), _decimals(args[1:], kwargs)))
        raise _Stop(f"unsupported numpy function {name}")

    def _method(self, base: Any, name: str, args: list[Any], kwargs: dict[str, Any]) -> Any:
        if isinstance(base, frames.Frame):
            return frames.method(base, name, args, kwargs)
        if isinstance(base, dict):  # state.items(): a snapshot, in the dict's order, as a for loop sees it
            if args or kwargs:
                raise _Stop("unsupported dict method")
            return list(base.items() if name == "items" else base.keys() if name == "keys" else base.values())
        if isinstance(base, list):  # list.append, the one list method teaching code uses
            if name != "append" or len(args) != 1 or len(base) >= _MAX_ITERATIONS:
                raise _Stop("unsupported list method")
            base.append(args[0])
            return None
        if name == "dot" and len(args) == 1:
            return self._check(np.dot(base, _as_number(args[0])))
        if name in ("sum", "mean"):
            if args:
                kwargs = {"axis": args[0], **kwargs}
            return self._reduce(name, base, kwargs)
        if name in ("std", "var"):
            # x.std(): the sample's in torch, the population's in NumPy; an array that may have come either way (an
            # indexed, activated or printed-and-read torch tensor is a plain array here) is not worked out
            if not isinstance(base, TorchArray) and self._torch_imported():
                raise _Stop(f"{name} of an array that may be torch's")
            return self._check(_spread(name, base, args, kwargs, isinstance(base, TorchArray)))
        if name in ("reshape", "view") and args and not kwargs:  # a tensor's view(3, 1) is its reshape
            shape = args[0] if len(args) == 1 else tuple(args)
            return self._check(base.reshape(shape))
        if name == "transpose":
            return base.T
        if name == "item":
            return float(base.reshape(-1)[0]) if base.size == 1 else _stop("item of a larger array")
        if name == "copy":
            return base.copy()
        if name == "flatten":
            return base.flatten()
        if name == "astype":
            return base.astype(float)
        if name == "round" and len(args) <= 1:
            return self._check(np.round(_as_number(base), _decimals(args, kwargs)))
        if name in _TENSOR_METHODS:  # a tensor's own z.exp(), z.pow(2), z.sigmoid(), z.softmax(dim=0)
            if name == "pow" and len(args) == 1 and not kwargs:
                return self._check(np.power(_real(base), _as_number(args[0])))
            if name in _TORCH_FUNCTIONAL:
                return self._check(_functional(name, [base, *args], kwargs))
            if not args and not kwargs:
                return self._check(_NP_UNARY[name](base))
        raise _Stop(f"unsupported method {name}")

    def _torch_imported(self) -> bool:
        return any(isinstance(v, _Module) and v.name.split(".")[0] == "torch" for v in self.env.values())

    def _reduce(self, name: str, a: np.ndarray, kwargs: dict[str, Any]) -> Any:
        axis = kwargs.get("axis")
        keep = bool(kwargs.get("keepdims", False))
        if axis is not None and not isinstance(axis, int):
            raise _Stop("unsupported axis")
        f = np.sum if name == "sum" else np.mean
        return self._check(f(a, axis=axis, keepdims=keep))

    def _user(self, func: UserFunction, args: list[Any], kwargs: dict[str, Any] | None = None) -> Any:
        if kwargs or func.defaults:  # f(x, w=w): the keywords fill the parameters after the positional ones, then defaults
            if len(args) > len(func.params) or set(kwargs or ()) - set(func.params[len(args) :]):
                raise _Stop("wrong arguments")
            given = dict(zip(func.params, args)) | dict(kwargs or {})
            given = dict(zip(func.params[len(func.params) - len(func.defaults) :], func.defaults)) | given
            if len(given) != len(func.params):
                raise _Stop("wrong number of arguments")
            args = [given[p] for p in func.params]
        if len(args) != len(func.params):
            raise _Stop("wrong number of arguments")
        self.depth += 1
        try:
            if self.depth > _MAX_DEPTH:
                raise _Stop("calls nested too deep")
            local = dict(zip(func.params, args, strict=True))
            cell, self.cell = self.cell, func.cell
            self.scopes.append({})
            try:
                if isinstance(func.body, ast.expr):
                    return self._eval(func.body, local)
                self._body(func.body, local)
            except _Return as ret:
                return ret.value
            except (_Break, _Continue):
                raise _Stop("break or continue outside a loop") from None
            finally:
                self.cell = cell
                self.scopes.pop()
            return None
        finally:
            self.depth -= 1

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def _known(v: Any) -> Any:
        if isinstance(v, Unknown):
            raise _Stop("unknown value")
        return v

    @staticmethod
    def _check(v: Any) -> Any:
        if isinstance(v, np.ndarray) and v.size > MAX_ELEMENTS:
            raise _Stop("array too large")
        return v


#: What runs each kind of statement (``Interpreter._stmt`` looks the statement's class up here).
_STATEMENTS: dict[type, Callable[[Interpreter, Any, dict[str, Any]], None]] = {
    ast.Import: Interpreter._import,
    ast.ImportFrom: Interpreter._import_from,
    ast.FunctionDef: Interpreter._def,
    ast.ClassDef: Interpreter._class,
    ast.Return: Interpreter._return,
    ast.For: Interpreter._for,
    ast.While: Interpreter._while,
    ast.If: Interpreter._if,
    ast.Break: Interpreter._break,
    ast.Continue: Interpreter._continue,
    ast.Assign: Interpreter._assign,
    ast.AnnAssign: Interpreter._annotated,
    ast.AugAssign: Interpreter._augmented,
    ast.Expr: Interpreter._expression,
    ast.Pass: Interpreter._pass,
}
_STR = _Module("builtins.str")
#: The evaluator of each kind of expression node (``Interpreter.eval`` looks the node's class up here).
_EXPRESSIONS: dict[type, Callable[[Interpreter, Any, dict[str, Any]], Any]] = {
    ast.Constant: Interpreter._constant,
    ast.Name: Interpreter._name,
    ast.List: Interpreter._list,
    ast.Tuple: Interpreter._tuple,
    ast.UnaryOp: Interpreter._unary,
    ast.BinOp: Interpreter._binop,
    ast.Attribute: Interpreter._attribute,
    ast.Call: Interpreter._call,
    ast.IfExp: Interpreter._if_expression,
    ast.BoolOp: Interpreter._boolean,
    ast.JoinedStr: Interpreter._joined,
    ast.Dict: Interpreter._dict,
    ast.Compare: Interpreter._compare,
    ast.Lambda: Interpreter._lambda,
    ast.ListComp: Interpreter._comprehension,
    ast.GeneratorExp: Interpreter._comprehension,
    ast.Subscript: Interpreter._subscript,
}


def _joined_text(op: ast.operator, left: Any, right: Any) -> str | Formatted:
    """``"Pred:" + str(pred)``: text joined to text, as Python joins it; a printed value keeps its place and source.
    Bounded, as list arithmetic is: a text doubled in a loop (``s = s + s``) stops the statement, not the machine."""
    if isinstance(op, ast.Mult) and {type(left), type(right)} == {str, int}:  # "--" * 20: a rule under a printout
        text, times = (left, right) if isinstance(left, str) else (right, left)
        if len(text) * max(times, 0) > _MAX_TEXT:
            raise _Stop("text too long")
        return text * times
    if not isinstance(op, ast.Add) or not all(isinstance(v, (str, Formatted)) for v in (left, right)):
        raise _Stop("string arithmetic")
    if _text_size(left) + _text_size(right) > _MAX_TEXT:
        raise _Stop("text too long")
    if isinstance(left, str) and isinstance(right, str):
        return left + right
    parts: list[Any] = []
    sources: list[ast.expr | None] = []
    for v in (left, right):
        if isinstance(v, str):
            parts.append(v)
            sources.append(None)
        else:
            parts += v.parts
            sources += v.sources or [None] * len(v.parts)
    return Formatted(parts, sources, any(isinstance(v, Formatted) and v.styled for v in (left, right)))


def _paired(name: str, args: list[Any], kwargs: dict[str, Any]) -> list[tuple[Any, ...]]:
    """``enumerate(seq, start=k)`` and ``zip(a, b, …)`` as lists of tuples (an array by its rows)."""
    seqs = [
        list(a) if isinstance(a, (range, list, tuple, np.ndarray)) else _stop(f"{name} of an unsupported value") for a in args
    ]
    if name == "enumerate":
        if len(seqs) != 1 or set(kwargs) - {"start"}:
            raise _Stop("unsupported enumerate")
        start = kwargs.get("start", 0)
        if type(start) is not int:
            raise _Stop("unsupported enumerate start")
        seqs = [list(range(start, start + len(seqs[0]))), seqs[0]]
    elif kwargs or not seqs:
        raise _Stop("unsupported zip")
    if min(len(q) for q in seqs) > _MAX_ITERATIONS:
        raise _Stop("loop too long")
    return list(zip(*seqs, strict=False))


def _key(v: Any) -> Any:
    """A dict key made as text (``'W' + str(l)``: parameters kept as W1, b1, W2, …) as the string it is."""
    if (
        isinstance(v, Formatted)
        and not v.styled
        and all(isinstance(p, (str, int, np.integer)) and not isinstance(p, bool) for p in v.parts)
    ):
        return "".join(str(p) for p in v.parts)
    return v


def _text_size(v: str | Formatted) -> int:
    """Characters of text in ``v``, and its pieces (a text of many pieces joined one by one costs their square)."""
    if isinstance(v, str):
        return len(v)
    return sum(len(p) if isinstance(p, str) else 1 for p in v.parts) + _PIECE_COST * len(v.parts)


def _frozen(v: Any) -> Any:
    """``v`` copied when it can change in place (an array, a list, a dict), so a text made of it keeps what it was, as
    Python's ``str()`` and f-strings make it (``msg = "W: " + str(W)``, then ``W[0] = 0.75``: msg shows the W of
    before). Only values of the size a page prints whole (NumPy prints a longer array cut short, with ``...``),
    counted over all nesting (a list of itself twice, twenty deep, is a million elements): larger ones are kept."""
    budget = [_PRINTED_WHOLE]
    try:
        return _copied(v, budget)
    except _TooLarge:
        return v


class _TooLarge(Exception):
    pass


def _copied(v: Any, budget: list[int]) -> Any:
    if isinstance(v, np.ndarray):
        budget[0] -= v.size
        if budget[0] < 0:
            raise _TooLarge
        return v.copy()
    if isinstance(v, (list, dict)):
        budget[0] -= len(v)
        if budget[0] < 0:
            raise _TooLarge
        if isinstance(v, list):
            return [_copied(x, budget) for x in v]
        return {k: _copied(x, budget) for k, x in v.items()}
    return v


def _list_arithmetic(op: ast.operator, left: Any, right: Any) -> Any:
    """Python's own list arithmetic: ``[0.0] * 3`` repeats, ``a + b`` joins (bounded)."""
    if isinstance(op, ast.Mult) and isinstance(right, int) and isinstance(left, (list, tuple)):
        left, right = right, left
    if isinstance(op, ast.Mult) and isinstance(left, int) and isinstance(right, (list, tuple)):
        if not 0 <= left * len(right) <= _MAX_ITERATIONS:
            raise _Stop("list too long")
        return right * left
    if isinstance(op, ast.Add) and type(left) is type(right) and len(left) + len(right) <= _MAX_ITERATIONS:
        return left + right
    raise _Stop("list arithmetic")


def _broadcasts_rows(row: Any, rows: Any) -> bool:
    """Whether ``row`` (1 × n) is repeated for each of the rows of ``rows`` (m × n, m > 1)."""
    return (
        isinstance(row, np.ndarray)
        and isinstance(rows, np.ndarray)
        and row.ndim == 2
        and rows.ndim == 2
        and row.shape[0] == 1
        and rows.shape[0] > 1
        and row.shape[1] == rows.shape[1]
    )


def _stop(why: str) -> Any:
    raise _Stop(why)


def _as_number(v: Any) -> Any:
    if isinstance(v, (list, tuple)):
        return _array(v)
    if _numeric(v):
        return v
    raise _Stop("not a number")


def _assigned(stmt: ast.stmt) -> list[str]:
    """The names a statement binds (those become unknown when it cannot be evaluated)."""
    out: list[str] = []
    for node in ast.walk(stmt):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            out.append(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            out.append(node.name)
        elif isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Store):
            base = node.value  # df['y'] = …, x[[0, 2]] = 5 not done: what it writes into is not known any more
            while isinstance(base, (ast.Subscript, ast.Attribute)):
                base = base.value
            if isinstance(base, ast.Name):
                out.append(base.id)
    return out


def _random_call(stmt: ast.stmt) -> bool:
    """Whether the statement draws random numbers (its names may be learned from a printed copy), also inside a
    chain of calls (``np.random.random_sample(12).reshape(4, 3)``)."""
    if not isinstance(stmt, ast.Assign) or not isinstance(stmt.value, ast.Call):
        return False
    for node in ast.walk(stmt.value):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        parts = []
        while isinstance(f, ast.Attribute):
            parts.append(f.attr)
            f = f.value
        if isinstance(f, ast.Name):
            parts.append(f.id)
        if parts and parts[0] in _RANDOM and ("random" in parts or parts[-1] in ("torch",)):
            return True
    return False


def _functional(name: str, args: list[Any], kwargs: dict[str, Any]) -> Any:
    """``torch.nn.functional``'s activations and losses, as PyTorch defines them (``F.softmax(logits, dim=1)``,
    ``F.cross_entropy(logits, targets)``: the mean over the batch of −log softmax at each target's class)."""
    if not args:
        raise _Stop("a torch.nn.functional call without arguments")
    x = _array(args[0])
    dim = kwargs.get("dim", args[1] if len(args) > 1 and name in ("softmax", "log_softmax") else None)
    with np.errstate(all="ignore"):
        if name in ("softmax", "log_softmax"):
            axis = int(dim) if dim is not None else (0 if x.ndim <= 1 else 1)  # PyTorch's implicit choice
            shifted = x - np.max(x, axis=axis, keepdims=True)
            logs = shifted - np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))
            return np.exp(logs) if name == "softmax" else logs
        if name in ("sigmoid", "relu", "tanh") and len(args) == 1:
            return {"sigmoid": lambda v: 1 / (1 + np.exp(-v)), "relu": lambda v: np.maximum(v, 0), "tanh": np.tanh}[name](x)
        if name == "cross_entropy" and len(args) == 2 and x.ndim == 2 and not set(kwargs) - {"reduction"}:
            targets = _array(args[1]).astype(int).ravel()
            if targets.size != x.shape[0] or targets.min() < 0 or targets.max() >= x.shape[1]:
                raise _Stop("cross_entropy targets that do not index the classes")
            shifted = x - np.max(x, axis=1, keepdims=True)
            logs = shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))
            losses = -logs[np.arange(x.shape[0]), targets]
            reduction = kwargs.get("reduction", "mean")
            return {"mean": lambda v: np.mean(v).item(), "sum": lambda v: np.sum(v).item(), "none": lambda v: v}[reduction](
                losses
            )
        if name == "mse_loss" and len(args) == 2 and not kwargs:
            return np.mean((x - _array(args[1])) ** 2).item()
    raise _Stop(f"unsupported function torch.nn.functional.{name}")
