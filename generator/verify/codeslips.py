"""Mistakes read from a notebook's code as written, and the code as meant.

A printed output that follows from its code can still be wrong: the code computes something else
than it says. :mod:`.codecheck` finds the mistakes that show in the values (an activation
derivative applied to the wrong quantity, recognised by what the function computes); this module
finds the slips that show only in the text — a name written for another — and rewrites the cells
as meant, so the corrected run gives what the page should have printed:

* an activation computed and then thrown away by rounding the wrong name (``output = sigmoid(z)``,
  then ``output = np.round(z, 2)``);
* a stale name from an earlier cell where the cell computes the same name in another case
  (``sigmoid(z)`` for ``sigmoid(Z)``);
* a parameter updated from another one (``w1 = w2 - lr * dL_dw1``);
* a weight read by the backward pass after it was already updated (``weights["w5"] -= …``, then
  ``dE_dh1 = … * weights["w5"]``): backpropagation uses the weights of the forward pass;
* the network's loss used for an output's error (``d = err * o * (1 - o)`` with ``err = ½Σ(t − o)²``);
* a hidden layer's error passed back without the output's slope (``hidden_errors = np.dot(who.T,
  output_errors)`` while ``who`` is updated with ``output_errors * o * (1 - o)``), the shortcut of Rashid's
  *Make Your Own Neural Network* that many notebooks copy: backpropagation passes back Wᵀ(E·o(1 − o));
* a layer whose forward pass and backward pass disagree (``MulLayer.forward`` returning ``x + y`` while its
  ``backward`` gives ``dout * self.y, dout * self.x``): the backward pass says which operation is meant.

A slip found here has no call to correct (its fix is ``None``): the cells are rewritten instead
(:func:`corrected`), keeping every node's place, so the corrected run lines up with the printed one.
"""

from __future__ import annotations

import ast
import copy
import re
from dataclasses import replace
from typing import Any, Protocol

import numpy as np


class Cell(Protocol):
    """A code cell as :mod:`.codecheck` keeps it (a dataclass: the code as meant is a copy with another tree)."""

    index: int
    tree: ast.Module | None


__all__ = [
    "Found",
    "Saves",
    "place_of",
    "spot",
    "statements",
    "Renames",
    "callee_name",
    "corrected",
    "discarded",
    "error_without_slope",
    "layer_disagrees",
    "loss_as_error",
    "names",
    "rounded_to",
    "slips",
    "updated_too_soon",
]

Fix = Any  # (Interpreter, the call's arguments) -> the value the call should have given


def names(node: ast.AST, ctx: type) -> set[str]:
    """The names an expression reads (``ast.Load``) or a statement assigns (``ast.Store``)."""
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ctx)}


def callee_name(func: ast.expr) -> str:
    """``np.dot`` → ``dot``, ``sigmoid`` → ``sigmoid`` (what a call is recognised by)."""
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def rounding(call: ast.expr) -> tuple[ast.Name, int] | None:
    """``np.round(z, 2)``, ``np.around(z, decimals=2)`` or ``z.round(2)``: (the name rounded, the decimals)."""
    if not isinstance(call, ast.Call) or callee_name(call.func) not in _ROUNDING:
        return None
    func = call.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id not in ("np", "numpy"):
        rounded, rest = func.value, call.args  # z.round(2)
    elif call.args and isinstance(call.args[0], ast.Name):
        rounded, rest = call.args[0], call.args[1:]  # np.round(z, 2)
    else:
        return None
    given = rest[0] if rest else next((k.value for k in call.keywords if k.arg == "decimals"), ast.Constant(0))
    if isinstance(given, ast.Constant) and isinstance(given.value, int) and not isinstance(given.value, bool):
        return rounded, given.value
    return None


def rounded_to(stmt: ast.stmt) -> tuple[str, int] | None:
    """``x = np.round(…, 2)``: (x, 2)."""
    if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
        if (found := rounding(stmt.value)) is not None:
            return stmt.targets[0].id, found[1]
    return None


_ROUNDING = frozenset({"round", "around", "round_"})


#: a name as written in a cell, by its place (cell, line, first and end column: ``x`` is not the ``x[0]`` it
#: starts), and the name (or expression) it should have been
Renames = dict[tuple[int, int, int, int], "str | ast.expr"]
Found = dict[tuple[int, ...], tuple[str, Fix, str]]


def spot(cell: Cell, node: ast.expr) -> tuple[int, int, int, int]:
    """Where a node is written, as :data:`Renames` keys it."""
    return (cell.index, node.lineno, node.col_offset, node.end_col_offset or 0)


def place_of(cell: Cell, node: ast.expr) -> tuple[int, ...]:
    """Where a node is written, as :data:`Found` keys it (with its end line)."""
    return (cell.index, node.lineno, node.col_offset, node.end_lineno or 0, node.end_col_offset or 0)


def discarded(cells: list[Cell]) -> tuple[Found, Renames]:
    """A value computed and then thrown away by rounding the wrong name: ``output = sigmoid(z)`` and then
    ``output = np.round(z, 2)`` — the rounding is of ``z``, which ``output`` was computed from, so the page
    prints ``z`` as the output. The call should round what the line before it computed."""
    out: Found = {}
    renames: Renames = {}
    for cell in cells:
        body = cell.tree.body if cell.tree is not None else []
        for first, second in zip(body, body[1:], strict=False):
            if not all(
                isinstance(s, ast.Assign) and len(s.targets) == 1 and isinstance(s.targets[0], ast.Name) for s in (first, second)
            ):
                continue
            name = first.targets[0].id  # type: ignore[attr-defined]
            call = second.value  # type: ignore[attr-defined]
            found = rounding(call)
            if second.targets[0].id != name or found is None:  # type: ignore[attr-defined]
                continue
            rounded, decimals = found[0], found[1]
            if rounded.id == name or rounded.id not in names(first.value, ast.Load):  # type: ignore[attr-defined]
                continue
            why = (
                f"{name} is computed from {rounded.id} and then replaced by {ast.unparse(call)}, which rounds "
                f"{rounded.id}, not {name}: what {name} computed is thrown away"
            )
            out[place_of(cell, call)] = (
                why,
                lambda i, _a, n=name, d=decimals: np.round(np.asarray(i.env[n], dtype=float), d),
                "",
            )
            renames[spot(cell, rounded)] = name
    return out, renames


def slips(cells: list[Cell], env: dict[str, Any]) -> tuple[Found, Renames]:
    """Names written for other names, the slips a notebook hides because its output still follows from its code:

    * a stale name from an earlier cell where this cell assigns the same name in another case (``sigmoid(z)`` and
      ``dz_dw = x`` in a cell that computes ``Z = w * X + b``: the scalars ``z`` and ``x`` of the cell before, where
      the arrays ``Z`` and ``X`` are meant) — only when the two hold values of different shapes and the new one is
      not computed from the old;
    * a parameter updated from another one: ``w1 = w2 - learning_rate * dL_dw1`` (the gradient is w1's, the
      parameter it starts from is w2, itself updated).
    """
    out: Found = {}
    renames: Renames = {}
    earlier: set[str] = set()
    for cell in cells:
        if cell.tree is None:
            continue
        assigned: dict[str, list[ast.Assign]] = {}  # every assignment of each name, first first
        for node in ast.walk(cell.tree):
            if isinstance(node, ast.Assign):
                for t in node.targets:
                    if isinstance(t, ast.Name):
                        assigned.setdefault(t.id, []).append(node)
        by_case: dict[str, list[str]] = {}
        for name in assigned:
            by_case.setdefault(name.lower(), []).append(name)
        for node in ast.walk(cell.tree):
            if (
                not (isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load))
                or node.id in assigned
                or node.id not in earlier
            ):
                continue
            meant = [m for m in by_case.get(node.id.lower(), []) if m != node.id]
            if len(meant) != 1 or any(node.id in names(a.value, ast.Load) for a in assigned[meant[0]]):
                continue
            if min(a.lineno for a in assigned[meant[0]]) > node.lineno or np.shape(env.get(node.id)) == np.shape(
                env.get(meant[0])
            ):
                continue
            why = f"{node.id} is the value left from an earlier cell; this cell computes {meant[0]}, which is meant here"
            out[place_of(cell, node)] = (why, None, "")
            renames[spot(cell, node)] = meant[0]
        for node in ast.walk(cell.tree):
            if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)):
                continue
            target, value = node.targets[0].id, node.value
            if not (
                isinstance(value, ast.BinOp) and isinstance(value.op, (ast.Sub, ast.Add)) and isinstance(value.left, ast.Name)
            ):
                continue
            start = value.left
            if start.id == target or not any(_updated(a, start.id) for a in assigned.get(start.id, [])):
                continue
            grads = names(value.right, ast.Load)
            if not any(_gradient_of(g, target) for g in grads) or any(_gradient_of(g, start.id) for g in grads):
                continue
            why = f"{ast.unparse(node)} starts from {start.id}: the gradient is {target}'s, the update is {target} = {target} − …"
            out[place_of(cell, start)] = (why, None, "")
            renames[spot(cell, start)] = target
        earlier |= set(assigned)
    return out, renames


def _updated(stmt: ast.Assign, name: str) -> bool:
    """``w2 = w2 - lr * g``: a statement that moves a parameter from its own value."""
    v = stmt.value
    return isinstance(v, ast.BinOp) and isinstance(v.left, ast.Name) and v.left.id == name


def _gradient_of(grad: str, param: str) -> bool:
    """``dL_dw1``, ``grad_w1``, ``dw1`` name the gradient of ``w1`` (``dL_dnew1`` does not)."""
    if grad == param or not grad.endswith(param):
        return False
    before = grad[: -len(param)]
    return not before[-1].isalnum() or before[-1] == "d" and (len(before) == 1 or not before[-2].isalnum())


#: statements to run before others, by the place of the statement (cell, line, column): (name, expression)
#: (or whole statements to run there: a forward pass redone at the top of a training loop's body)
Saves = dict[tuple[int, int, int], list["tuple[str, ast.expr] | ast.stmt"]]


def corrected(cells: list[Cell], renames: Renames, saves: Saves | None = None) -> list[Cell]:
    """The cells as meant: each name or subscript of ``renames`` read as the name meant (``np.round(output, 2)``;
    ``weights["w5"]`` as the value saved before its update), and each of ``saves`` run before its statement. Places
    are unchanged, so the mistakes recognised in the values after them keep their keys."""
    saves = saves or {}
    if not renames and not saves:
        return cells
    out = []
    for cell in cells:
        mine = any(k[0] == cell.index for k in renames) or any(k[0] == cell.index for k in saves)
        if cell.tree is None or not mine:
            out.append(cell)
            continue
        tree = _Meant(cell.index, renames, saves).visit(copy.deepcopy(cell.tree))
        out.append(replace(cell, tree=ast.fix_missing_locations(tree)))
    return out


class _Meant(ast.NodeTransformer):
    def __init__(self, cell: int, renames: Renames, saves: Saves) -> None:
        self.cell, self.renames, self.saves = cell, renames, saves

    def _meant(self, node: ast.expr) -> str | ast.expr | None:
        spot = (getattr(node, "lineno", 0), getattr(node, "col_offset", 0), getattr(node, "end_col_offset", 0))
        return self.renames.get((self.cell, *spot))

    def visit_Name(self, node: ast.Name) -> ast.AST:
        meant = self._meant(node)
        if isinstance(meant, ast.expr):
            return ast.copy_location(copy.deepcopy(meant), node)
        if meant is not None:
            node.id = meant
        return node

    def visit_BinOp(self, node: ast.BinOp) -> ast.AST:
        meant = self._meant(node)
        if isinstance(meant, ast.expr):
            return ast.copy_location(copy.deepcopy(meant), node)
        return self.generic_visit(node)

    def visit_Subscript(self, node: ast.Subscript) -> ast.AST:
        if isinstance(node.ctx, ast.Load) and (meant := self._meant(node)) is not None:
            if isinstance(meant, ast.expr):  # parameters['W2'][1][0] read as the element it updates
                return ast.copy_location(copy.deepcopy(meant), node)
            return ast.copy_location(ast.Name(id=meant, ctx=ast.Load()), node)
        return self.generic_visit(node)

    def generic_visit(self, node: ast.AST) -> ast.AST:
        for field in ("body", "orelse", "finalbody"):
            stmts = getattr(node, field, None)
            if isinstance(stmts, list) and stmts and isinstance(stmts[0], ast.stmt):
                spliced: list[ast.stmt] = []
                for stmt in stmts:
                    for item in self.saves.get((self.cell, stmt.lineno, stmt.col_offset), []):
                        if isinstance(item, ast.stmt):
                            spliced.append(copy.deepcopy(item))
                            continue
                        name, expr = item
                        save = ast.Assign(targets=[ast.Name(id=name, ctx=ast.Store())], value=copy.deepcopy(expr))
                        spliced.append(ast.fix_missing_locations(ast.copy_location(save, stmt)))
                    spliced.append(stmt)
                setattr(node, field, spliced)
        return super().generic_visit(node)


def updated_too_soon(cells: list[Cell]) -> tuple[Found, Renames, Saves]:
    """A weight read by the backward pass after it was already updated.

    ``weights["w5"] -= lr * dE_dw5`` and then ``dE_dh1_out = … * weights["w5"]``: the hidden error
    terms are computed with the updated weight of the layer above, where backpropagation uses the
    weights of the forward pass. A parameter is a name (or a constant key of a dict) that a statement
    moves from its own value (``-=``, ``w = w - …``) after an earlier statement computed something
    from it; a backward statement is one assigning a derivative (``dE_…``, ``dL_…``, ``d…``,
    ``delta…``, ``grad…``, ``error…``) before anything computed from the parameter is computed again.
    As meant, each such read takes the value the parameter had just before its update.
    """
    found: Found = {}
    renames: Renames = {}
    saves: Saves = {}
    used: set[str] = set()  # parameters something was computed from (the forward pass)
    updated: dict[str, tuple[ast.stmt, ast.expr]] = {}  # parameter -> its update and the expression it updates
    computed: dict[str, set[str]] = {}  # name -> the parameters its value was computed from
    for cell in cells:
        for stmt in statements(cell.tree.body if cell.tree is not None else []):
            target, value = _assignment(stmt)
            if target is None or value is None:
                continue
            moved = _moved(stmt)
            if moved is not None:
                key, expr = moved
                if key in used:
                    updated[key] = (stmt, expr)
                continue
            reads = {k: n for n in ast.walk(value) if (k := _param_key(n)) is not None}
            if isinstance(target, ast.Name) and _backward(target.id):
                for key, node in reads.items():
                    if key in updated:
                        update, expr = updated[key]
                        saved = f"_nnwalk_before_{abs(hash((cell.index, update.lineno, update.col_offset))):x}"
                        saves.setdefault((cell_of(cells, update), update.lineno, update.col_offset), [(saved, expr)])
                        renames[spot(cell, node)] = saves[(cell_of(cells, update), update.lineno, update.col_offset)][0][0]
                        why = (
                            f"{target.id} reads {ast.unparse(node)} after its update "
                            f"({ast.unparse(update)[:60]}): backpropagation uses the weights of the forward pass"
                        )
                        found[(cell.index, node.lineno, node.col_offset, node.end_lineno or 0, node.end_col_offset or 0)] = (
                            why,
                            None,
                            "updated_weights_backprop",
                        )
                continue
            params = set(reads) | {p for n in names(value, ast.Load) for p in computed.get(n, set())}
            if isinstance(target, ast.Name):
                if params & set(updated):  # computed again from an updated parameter: a new forward pass
                    for p in params & set(updated):
                        updated.pop(p)
                computed[target.id] = params
            used |= set(reads)
    return found, renames, saves


def loss_as_error(cells: list[Cell]) -> tuple[Found, Renames]:
    """The network's loss used where an output's own error belongs.

    ``err = 1/2*((t[0] - res[0])**2 + (t[1] - res[1])**2)``, then ``d = [err*res[0]*(1 - res[0]), …]``: a
    δ is the output's error times its slope, (t₀ − o₀)·o₀(1 − o₀), not the total loss times it. As meant, the
    loss in such a product is the difference of that output, taken from the loss's own terms (``t - o`` when
    the code adds its changes to the weights, ``o - t`` when it subtracts them).
    """
    found: Found = {}
    renames: Renames = {}
    losses: dict[str, list[ast.BinOp]] = {}  # a loss's name -> the differences it squares
    for cell in cells:
        body = statements(cell.tree.body if cell.tree is not None else [])
        descent = any(_moved(st) is not None and isinstance(getattr(st, "op", None), ast.Sub) for st in body) or any(
            isinstance(st, ast.Assign) and isinstance(st.value, ast.BinOp) and isinstance(st.value.op, ast.Sub) and _moved(st)
            for st in body
        )
        for stmt in body:
            target, value = _assignment(stmt)
            if value is None:
                continue
            if isinstance(stmt, ast.Assign) and isinstance(target, ast.Name) and (diffs := _squared_differences(value)):
                losses[target.id] = diffs
                continue
            for node in ast.walk(value):
                factors = _factors(node)
                named = [f for f in factors if isinstance(f, ast.Name) and f.id in losses]
                if len(named) != 1 or spot(cell, named[0]) in renames:
                    continue
                outs = [o for f in factors if (o := _one_minus(f)) is not None and any(_same(o, g) for g in factors)]
                diff = next((d for o in outs for d in losses[named[0].id] if _same(d.right, o) or _same(d.left, o)), None)
                if diff is None:
                    continue
                out = next(o for o in outs if _same(diff.right, o) or _same(diff.left, o))
                target_side = diff.left if _same(diff.right, out) else diff.right
                meant = ast.BinOp(out, ast.Sub(), target_side) if descent else ast.BinOp(target_side, ast.Sub(), out)
                renames[spot(cell, named[0])] = meant
                why = (
                    f"{ast.unparse(node)} multiplies by {named[0].id}, the network's loss: the output's own error "
                    f"{ast.unparse(meant)} belongs there"
                )
                found[place_of(cell, named[0])] = (why, None, "")
    return found, renames


def error_without_slope(cells: list[Cell]) -> tuple[Found, Renames]:
    """A hidden layer's error passed back through W without the output's slope, where W's own update has it.

    ``E = T - O``; ``W += lr * np.dot(E * O * (1 - O), H.T)`` (δ = E·O(1 − O), the output's slope in it);
    ``hidden_E = np.dot(W.T, E)``: the error the hidden layer gets is Wᵀ·E, not Wᵀ·δ, so every hidden
    gradient misses σ′ of the output. As meant, the product of W's update stands for ``E`` there. Only
    when the code itself shows the δ it should have passed back (W's update), so nothing is guessed.
    """
    found: Found = {}
    renames: Renames = {}
    stmts = [(cell, st) for cell in cells if cell.tree is not None for st in ast.walk(cell.tree) if isinstance(st, ast.stmt)]
    errors: dict[str, ast.BinOp] = {}  # E -> T - O
    for _cell, st in stmts:
        target, value = _assignment(st)
        if (
            isinstance(st, ast.Assign)
            and isinstance(target, ast.Name)
            and isinstance(value, ast.BinOp)
            and isinstance(value.op, ast.Sub)
        ):
            errors.setdefault(target.id, value)
    deltas: dict[str, ast.expr] = {}  # W (as written) -> the δ product its update uses
    for _cell, st in stmts:
        moved = _moved(st)
        if moved is None:
            continue
        for node in ast.walk(st.value):  # type: ignore[attr-defined]
            factors = _factors(node)
            err = next((f for f in factors if isinstance(f, ast.Name) and f.id in errors), None)
            if err is None:
                continue
            diff = errors[err.id]
            outs = [o for f in factors if (o := _one_minus(f)) is not None and any(_same(o, g) for g in factors)]
            if any(_same(o, diff.left) or _same(o, diff.right) for o in outs):
                deltas.setdefault(ast.unparse(moved[1]), node)
    for cell, st in stmts:
        target, value = _assignment(st)
        if not isinstance(st, ast.Assign) or value is None:
            continue
        passed = _passed_back(value)
        if passed is None:
            continue
        weights, err = passed
        delta = deltas.get(ast.unparse(weights))
        if delta is None or not isinstance(err, ast.Name) or err.id not in errors or spot(cell, err) in renames:
            continue
        renames[spot(cell, err)] = copy.deepcopy(delta)
        why = (
            f"{ast.unparse(value)} passes back the error {err.id} without the output's slope: backpropagation passes "
            f"back {ast.unparse(weights)}ᵀ·({ast.unparse(delta)}), the δ the update of {ast.unparse(weights)} uses"
        )
        found[place_of(cell, err)] = (why, None, "missing_activation_derivative")
    return found, renames


def layer_disagrees(cells: list[Cell]) -> tuple[Found, Renames]:
    """A layer class whose ``forward`` adds (or multiplies) while its ``backward`` differentiates the other operation.

    ``class MulLayer`` with ``out = x + y`` in ``forward`` and ``dx = dout * self.y; dy = dout * self.x`` in
    ``backward`` (the book *Deep Learning from Scratch*'s layers, retyped in many posts): the backward pass is the
    derivative of ``x * y``, so the forward pass meant it. As meant, the operation is the one ``backward`` gives.
    """
    found: Found = {}
    renames: Renames = {}
    for cell in cells:
        if cell.tree is None:
            continue
        for cls in (n for n in ast.walk(cell.tree) if isinstance(n, ast.ClassDef)):
            methods = {m.name: m for m in cls.body if isinstance(m, ast.FunctionDef)}
            fwd, bwd = methods.get("forward"), methods.get("backward")
            if fwd is None or bwd is None or len(fwd.args.args) != 3 or len(bwd.args.args) != 2:
                continue
            x, y = fwd.args.args[1].arg, fwd.args.args[2].arg
            dout = bwd.args.args[1].arg
            op = _forward_op(fwd, x, y)
            says = _backward_says(bwd, dout, x, y)
            if op is None or says is None or isinstance(op.op, type(says)):
                continue
            meant = ast.BinOp(copy.deepcopy(op.left), says, copy.deepcopy(op.right))
            renames[spot(cell, op)] = meant
            why = (
                f"{cls.name}.forward computes {ast.unparse(op)} but its backward pass is the derivative of "
                f"{ast.unparse(meant)}: {ast.unparse(meant)} is meant"
            )
            found[place_of(cell, op)] = (why, None, "")
    return found, renames


def _forward_op(fwd: ast.FunctionDef, x: str, y: str) -> ast.BinOp | None:
    """The ``x + y`` or ``x * y`` a forward method returns (directly or through one name)."""
    values: dict[str, ast.expr] = {}
    for st in fwd.body:
        if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name):
            values[st.targets[0].id] = st.value
        if isinstance(st, ast.Return) and st.value is not None:
            v = values.get(st.value.id, st.value) if isinstance(st.value, ast.Name) else st.value
            if (
                isinstance(v, ast.BinOp)
                and isinstance(v.op, (ast.Add, ast.Mult))
                and {getattr(v.left, "id", None), getattr(v.right, "id", None)} == {x, y}
            ):
                return v
    return None


def _backward_says(bwd: ast.FunctionDef, dout: str, x: str, y: str) -> ast.operator | None:
    """``ast.Mult()`` when backward returns (dout·y, dout·x), ``ast.Add()`` when it returns (dout, dout)."""
    values: dict[str, ast.expr] = {}
    for st in bwd.body:
        if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name):
            values[st.targets[0].id] = st.value
        if isinstance(st, ast.Return) and isinstance(st.value, ast.Tuple) and len(st.value.elts) == 2:
            dx, dy = (values.get(e.id, e) if isinstance(e, ast.Name) else e for e in st.value.elts)
            if _scaled(dx, dout, y) and _scaled(dy, dout, x):
                return ast.Mult()
            if _scaled(dx, dout, None) and _scaled(dy, dout, None):
                return ast.Add()
    return None


def _scaled(expr: ast.expr, dout: str, attr: str | None) -> bool:
    """``dout * self.<attr>`` (either order); with ``attr`` None, ``dout`` or ``dout * 1``."""
    names = {ast.unparse(f) for f in (_factors(expr) or [expr])}
    if attr is None:
        return names in ({dout}, {dout, "1"})
    return names == {dout, f"self.{attr}"}


def _passed_back(value: ast.expr) -> tuple[ast.expr, ast.expr] | None:
    """``np.dot(W.T, E)``, ``W.T @ E``, ``np.matmul(W.T, E)``, ``W.T.dot(E)``, ``np.dot(np.transpose(W), E)`` → (W, E)."""

    def transposed(node: ast.expr) -> ast.expr | None:
        if isinstance(node, ast.Attribute) and node.attr == "T":
            return node.value
        if isinstance(node, ast.Call) and callee_name(node.func) == "transpose" and len(node.args) == 1:
            return node.args[0]
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "transpose"
            and not node.args
        ):
            return node.func.value
        return None

    pair: tuple[ast.expr, ast.expr] | None = None
    if isinstance(value, ast.BinOp) and isinstance(value.op, ast.MatMult):
        pair = value.left, value.right
    elif isinstance(value, ast.Call) and callee_name(value.func) in ("dot", "matmul") and len(value.args) == 2:
        pair = value.args[0], value.args[1]
    elif (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Attribute)
        and value.func.attr == "dot"
        and len(value.args) == 1
    ):
        pair = value.func.value, value.args[0]
    if pair is None or (weights := transposed(pair[0])) is None:
        return None
    return weights, pair[1]


def _squared_differences(expr: ast.expr) -> list[ast.BinOp]:
    """The differences a loss squares (``(t - o)**2``, ``np.square(t - o)``), when it is made of nothing else."""
    diffs = [
        n.left
        for n in ast.walk(expr)
        if isinstance(n, ast.BinOp)
        and isinstance(n.op, ast.Pow)
        and isinstance(n.right, ast.Constant)
        and n.right.value == 2
        and isinstance(n.left, ast.BinOp)
        and isinstance(n.left.op, ast.Sub)
    ]
    diffs += [
        n.args[0]
        for n in ast.walk(expr)
        if isinstance(n, ast.Call)
        and callee_name(n.func) == "square"
        and n.args
        and isinstance(n.args[0], ast.BinOp)
        and isinstance(n.args[0].op, ast.Sub)
    ]
    inside = set().union(*(names(d, ast.Load) for d in diffs)) if diffs else set()
    return diffs if diffs and names(expr, ast.Load) - inside <= {"np", "numpy"} else []  # type: ignore[return-value]


def _factors(node: ast.AST) -> list[ast.expr]:
    """The factors of a product ``a * b * c`` (empty for anything else)."""
    if not (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult)):
        return []
    out: list[ast.expr] = []
    for side in (node.left, node.right):
        out += _factors(side) or [side]
    return out


def _one_minus(node: ast.expr) -> ast.expr | None:
    """``(1 - o)`` → ``o``."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Sub) and isinstance(node.left, ast.Constant):
        return node.right if node.left.value == 1 else None
    return None


def _same(a: ast.AST, b: ast.AST) -> bool:
    return ast.dump(a) == ast.dump(b)


def cell_of(cells: list[Cell], stmt: ast.stmt) -> int:
    """The index of the cell whose tree holds ``stmt``."""
    for cell in cells:
        if cell.tree is not None and any(n is stmt for n in ast.walk(cell.tree)):
            return cell.index
    return -1


def statements(body: list[ast.stmt]) -> list[ast.stmt]:
    """Every statement of a body, nested ones (loops, ifs) in reading order."""
    out: list[ast.stmt] = []
    for stmt in body:
        out.append(stmt)
        for field in ("body", "orelse"):
            inner = getattr(stmt, field, None)
            if isinstance(inner, list) and not isinstance(stmt, (ast.FunctionDef, ast.ClassDef)):
                out.extend(statements(inner))
    return out


def _assignment(stmt: ast.stmt) -> tuple[ast.expr | None, ast.expr | None]:
    if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
        return stmt.targets[0], stmt.value
    if isinstance(stmt, ast.AugAssign):
        return stmt.target, stmt.value
    return None, None


def _param_key(node: ast.AST) -> str | None:
    """``w5`` or ``weights["w5"]`` (read), as one key."""
    if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
        return node.id
    if (
        isinstance(node, ast.Subscript)
        and isinstance(node.ctx, ast.Load)
        and isinstance(node.value, ast.Name)
        and isinstance(node.slice, ast.Constant)
    ):
        return f"{node.value.id}[{node.slice.value!r}]"
    return None


def _moved(stmt: ast.stmt) -> tuple[str, ast.expr] | None:
    """``w -= …``, ``w = w - …``, ``weights["w5"] -= …``: (the parameter's key, an expression reading it)."""
    if isinstance(stmt, ast.AugAssign) and isinstance(stmt.op, (ast.Sub, ast.Add)):
        target = copy.deepcopy(stmt.target)
        target.ctx = ast.Load()
        key = _param_key(target)
        return (key, target) if key is not None else None
    if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.value, ast.BinOp):
        target = copy.deepcopy(stmt.targets[0])
        target.ctx = ast.Load()
        key = _param_key(target)
        if key is not None and isinstance(stmt.value.op, (ast.Sub, ast.Add)) and _param_key(stmt.value.left) == key:
            return key, target
    return None


def _backward(name: str) -> bool:
    """A name for a derivative or an error term: ``dE_dh1_out``, ``dL_dw``, ``dw1``, ``delta_h``, ``grad_w``, ``error_h``."""
    return name.lower().startswith(("delta", "grad", "error", "err_")) or bool(re.match(r"d(?:[A-Z]|[a-z](?:\d|_|$))", name))
