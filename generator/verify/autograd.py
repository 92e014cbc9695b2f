"""PyTorch's ``backward()`` for :mod:`.pyeval`: the gradients an autograd tutorial prints.

Autograd tutorials make a tensor with ``requires_grad=True``, compute with it, call ``loss.backward()``
and print ``x.grad`` (``tensor(90.)``), often with the value typed as a comment. To judge those
numbers nnwalk must know them without running PyTorch, and without a chain rule of its own that
could share a mistake with the page: the statements that ran since the leaf was made are run
again, by the same interpreter, with one element of the leaf moved by a complex step (``x + ih``
with h = 1e-20: the imaginary part of the result over h is the derivative to machine precision
for the analytic functions teaching code uses — powers, exp, log, tanh, sigmoid, softmax, sums
and products). A central difference is taken beside it as a check: where the two disagree (a
function that is not analytic, or one that dropped the imaginary part on the way) the gradient
is unknown, never guessed.

What PyTorch keeps is kept: gradients add up over calls to ``backward()`` until ``x.grad.zero_()``
or ``x.grad = None``; a leaf the loss does not depend on keeps no gradient; a name bound again
is a new tensor without one. A statement that touches gradients and cannot be evaluated (an
optimizer's ``step()``, ``backward()`` inside a loop) makes every gradient unknown from then on.
"""

from __future__ import annotations

import ast
import copy
import warnings
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

__all__ = ["Tape"]

#: A leaf larger than this is not differentiated (each element costs three runs of the statements).
_MAX_LEAF_ELEMENTS = 64
#: Statements run again for one gradient, and interpreter steps spent on gradients in one notebook.
_MAX_REPLAY = 200
_MAX_WORK = 300_000
#: Numbers held by a notebook's names beyond which no gradient is taken (each run again copies them).
_MAX_SNAPSHOT = 20_000
_H_COMPLEX = 1e-20
_H_CENTRAL = 1e-6


class Interpreter(Protocol):
    """What a tape needs of :class:`.pyeval.Interpreter` (named so, not imported: pyeval imports this module)."""

    env: dict[str, Any]
    printer: Any
    probing: bool
    steps: int
    calls: list[Any]
    expansions: list[Any]
    origin: dict[str, Any]
    adopted: set[str]

    def _stmt(self, stmt: ast.stmt, env: dict[str, Any]) -> None: ...

    def failed(self, stmt: ast.stmt, env: dict[str, Any]) -> None: ...


@dataclass
class _Leaf:
    value: np.ndarray  # the tensor made: the name is this leaf only while it still holds this object
    start: int  # where on the tape the statements after its creation begin
    env: dict[str, Any]  # the names as they were right after it was made, where a run again starts


@dataclass
class Tape:
    """The top-level statements run so far, the leaves that require a gradient, and their gradients."""

    statements: list[ast.stmt] = field(default_factory=list)
    leaves: dict[str, _Leaf] = field(default_factory=dict)
    grads: dict[str, Any] = field(default_factory=dict)
    unknown: set[str] = field(default_factory=set)  # leaves whose gradient can no longer be known
    work: int = 0

    def handles(self, interp: Interpreter, stmt: ast.stmt) -> bool:
        """Carry out ``y.backward()``, ``x.grad.zero_()`` and ``x.grad = None``; False for any other statement."""
        if isinstance(stmt, ast.Expr) and isinstance(call := stmt.value, ast.Call) and isinstance(call.func, ast.Attribute):
            owner = call.func.value
            if call.func.attr == "backward":
                if isinstance(owner, ast.Name) and not call.args and not call.keywords:
                    self._backward(interp, owner.id)
                else:
                    self.unknown |= set(self.leaves)
                    self.grads.clear()
                return True
            if call.func.attr == "zero_" and (name := _grad_of(owner)) in self.leaves and not call.args:
                if name in self.grads:
                    self.grads[name] = self.grads[name] * 0.0
                self.unknown.discard(name)
                return True
        if (
            isinstance(stmt, ast.Assign)
            and len(stmt.targets) == 1
            and (name := _grad_of(stmt.targets[0])) in self.leaves  # a class's own .grad (micrograd's Value) is its own
            and isinstance(stmt.value, ast.Constant)
            and stmt.value.value is None
        ):
            self.grads.pop(name, None)
            self.unknown.discard(name)
            return True
        return False

    def after(self, interp: Interpreter, stmt: ast.stmt, ok: bool) -> None:
        """Keep a statement on the tape (one that could not be evaluated too: a run again leaves its names unknown
        as the first run did) and note the leaves it made or replaced."""
        self.statements.append(stmt)
        if not ok and _touches_gradients(stmt):
            self.unknown |= set(self.leaves)
            self.grads.clear()
        for name in _stored(stmt):
            self._replaced(name)
            if ok and isinstance(stmt, ast.Assign) and _makes_leaf(stmt.value) and isinstance(interp.env.get(name), np.ndarray):
                env = _snapshot(interp.env)
                if env is not None:
                    self.leaves[name] = _Leaf(interp.env[name], len(self.statements), env)

    def grad(self, name: str) -> Any:
        """``x.grad``: the gradient kept for leaf ``x`` (a ``LookupError`` when none is known)."""
        if name in self.unknown or name not in self.grads:
            raise LookupError(name)
        return self.grads[name].copy()

    def _replaced(self, name: str) -> None:
        self.leaves.pop(name, None)
        self.grads.pop(name, None)
        self.unknown.discard(name)

    def _backward(self, interp: Interpreter, target: str) -> None:
        out = interp.env.get(target)
        if not isinstance(out, (np.ndarray, float, int)) or np.size(out) != 1:
            self.unknown |= set(self.leaves)  # PyTorch needs a scalar here; nnwalk does not know what was meant
            return
        for name, leaf in self.leaves.items():
            if interp.env.get(name) is not leaf.value or name in self.unknown:
                continue
            after = self.statements[leaf.start :]
            if target not in _dependents(name, after):
                continue  # the loss does not depend on it: PyTorch leaves its gradient as it was
            g = self._gradient(interp, name, leaf, after, target)
            if g is None:
                self.unknown.add(name)
                self.grads.pop(name, None)
            else:
                self.grads[name] = self.grads[name] + g if name in self.grads else g

    def _gradient(self, interp: Interpreter, name: str, leaf: _Leaf, after: list[ast.stmt], target: str) -> np.ndarray | None:
        x = np.asarray(leaf.value, dtype=float)
        if x.size > _MAX_LEAF_ELEMENTS or len(after) > _MAX_REPLAY:
            return None
        same = self._run(interp, name, x, after, target)
        if same is None:
            return None
        if same != complex(np.asarray(interp.env[target]).reshape(-1)[0]) and not _dependents(name, after) & interp.adopted:
            # the run again does not give what the first run gave: nothing to differentiate. (Where the reader's view
            # put a printed value in place of a computed one, the loss differs for that reason: the gradient is the
            # code's, as PyTorch computes it from the values it had.)
            return None
        g = np.zeros(x.shape)
        for i in range(x.size):
            moved = x.astype(complex)
            moved.flat[i] += 1j * _H_COMPLEX
            complex_out = self._run(interp, name, moved, after, target)
            d = _H_CENTRAL * max(1.0, abs(float(x.flat[i])))
            up, down = x.copy(), x.copy()
            up.flat[i] += d
            down.flat[i] -= d
            hi, lo = self._run(interp, name, up, after, target), self._run(interp, name, down, after, target)
            if complex_out is None or hi is None or lo is None:
                return None
            exact = complex_out.imag / _H_COMPLEX
            central = (hi.real - lo.real) / (2 * d)
            if not np.isfinite(exact) or abs(exact - central) > 1e-5 * (1.0 + abs(exact) + abs(hi.real)):
                return None
            g.flat[i] = exact
        return g

    def _run(self, interp: Interpreter, name: str, value: np.ndarray, after: list[ast.stmt], target: str) -> complex | None:
        """The target's value when the statements after the leaf's creation run again with the leaf set to ``value``;
        nothing they do is recorded, printed or kept."""
        if self.work > _MAX_WORK:
            return None
        env = _snapshot(self.leaves[name].env)
        if env is None:
            return None
        env[name] = value
        saved = (interp.printer, interp.probing, interp.steps, len(interp.calls), len(interp.expansions), dict(interp.origin))
        interp.printer, interp.probing = None, True
        try:
            with warnings.catch_warnings(), np.errstate(all="ignore"):
                warnings.simplefilter("ignore")
                for stmt in after:
                    try:
                        interp._stmt(stmt, env)
                    except Exception:  # noqa: BLE001 - as Interpreter.run: what it assigns is unknown
                        interp.failed(stmt, env)
            out = env.get(target)
            result = complex(np.asarray(out).reshape(-1)[0]) if np.size(out) == 1 else None
        except Exception:  # noqa: BLE001 - anything the run cannot do leaves the gradient unknown
            result = None
        finally:
            self.work += interp.steps - saved[2]
            interp.printer, interp.probing, interp.steps = saved[0], saved[1], saved[2]
            del interp.calls[saved[3] :], interp.expansions[saved[4] :]
            interp.origin.clear()
            interp.origin.update(saved[5])
        return result


def _grad_of(node: ast.expr) -> str | None:
    """``x`` for the expression ``x.grad``."""
    if isinstance(node, ast.Attribute) and node.attr == "grad" and isinstance(node.value, ast.Name):
        return node.value.id
    return None


def _makes_leaf(value: ast.expr) -> bool:
    """``torch.tensor(..., requires_grad=True)`` (or ``torch.ones``/``zeros``/``full``/``as_tensor`` so made)."""
    return (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Attribute)
        and value.func.attr in ("tensor", "ones", "zeros", "full", "as_tensor")
        and any(k.arg == "requires_grad" and isinstance(k.value, ast.Constant) and k.value.value is True for k in value.keywords)
    )


def _touches_gradients(stmt: ast.stmt) -> bool:
    return any(
        isinstance(n, ast.Attribute) and n.attr in ("grad", "backward", "zero_grad", "step", "requires_grad_")
        for n in ast.walk(stmt)
    )


def _stored(stmt: ast.stmt) -> list[str]:
    return [n.id for n in ast.walk(stmt) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)]


def _dependents(name: str, statements: list[ast.stmt]) -> set[str]:
    """The names whose value the statements compute from ``name`` (through any chain of assignments)."""
    reached = {name}
    for stmt in statements:
        loads = {n.id for n in ast.walk(stmt) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
        if loads & reached:
            reached |= set(_stored(stmt))
    return reached


def _snapshot(env: dict[str, Any]) -> dict[str, Any] | None:
    """A copy of the names a run may change in place; None when they hold more than a teaching example's numbers
    (a run again for each element of a leaf would then cost too much)."""
    size = sum(np.size(v) if isinstance(v, np.ndarray) else len(v) if isinstance(v, (list, dict)) else 1 for v in env.values())
    if size > _MAX_SNAPSHOT:
        return None
    return {k: _copied(v) for k, v in env.items()}


def _copied(v: Any) -> Any:
    """A copy of a value a run may change in place (arrays, lists, dicts); other values as they are."""
    if isinstance(v, np.ndarray):
        return v.copy()
    if isinstance(v, (list, dict)):
        return copy.deepcopy(v)
    return v
