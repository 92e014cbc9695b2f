"""A training loop that updates the weights but never redoes the forward pass.

A notebook computes its forward pass once (``Z = activation(V @ X)``, ``Y = activation(W @ Z)``), then
loops over epochs: each epoch computes the error from ``Y``, the gradients from ``Z``, and updates
``W`` and ``V``. If the loop never computes ``Y`` and ``Z`` again, every epoch after the first takes
its gradients from the activations of the first weights, and the printed weights of those epochs
follow the code but are not gradient descent on the network. The loop is recognised by what flows
(never by names):

* the loop moves parameters from their own values (``W = np.add(W, …)``, ``W -= …``);
* statements of the same cell before the loop computed values from those parameters (the forward
  pass), and the loop reads those values, never assigns them, and its updates of the parameters
  are computed from them.

As meant, the forward statements (without their prints, with the full assignment that starts a value
they then fill in by index) run again at the top of the loop's body. When the rewritten run changes
nothing printed, nothing is reported (a value read in the loop that does not depend on the weights).
"""

from __future__ import annotations

import ast
import copy

from .codeslips import Cell, Found, Saves, names, place_of, statements

__all__ = ["stale_forward"]


def _stored(stmt: ast.stmt) -> set[str]:
    """The names a statement assigns, the array filled in by index (``Z[1] = …``) included."""
    out = names(stmt, ast.Store)
    targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target] if isinstance(stmt, ast.AugAssign) else []
    for t in targets:
        while isinstance(t, ast.Subscript):
            t = t.value
        if isinstance(t, ast.Name):
            out.add(t.id)
    return out


def _whole(stmt: ast.stmt) -> set[str]:
    """The names a statement assigns as a whole (``Y = …``, not ``Y[0] = …``)."""
    if isinstance(stmt, ast.Assign):
        return {n.id for t in stmt.targets for n in ast.walk(t) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
        return {stmt.target.id}
    return set()


def _moved_names(body: list[ast.stmt]) -> set[str]:
    """Parameters a loop moves from their own values: ``W = np.add(W, …)``, ``W = W - …``, ``W -= …``."""
    out: set[str] = set()
    for node in (n for stmt in body for n in ast.walk(stmt)):
        if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name) and isinstance(node.op, (ast.Add, ast.Sub)):
            out.add(node.target.id)
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            name, v = node.targets[0].id, node.value
            first = (
                v.left
                if isinstance(v, ast.BinOp) and isinstance(v.op, (ast.Add, ast.Sub))
                else v.args[0]
                if isinstance(v, ast.Call) and isinstance(v.func, ast.Attribute) and v.func.attr in ("add", "subtract") and v.args
                else None
            )
            if isinstance(first, ast.Name) and first.id == name:
                out.add(name)
    return out


#: At most this many such loops in a notebook, and this many statements redone in each (each loop is one more run);
#: a notebook with more loops that move parameters than this is not looked into at all
_MAX_LOOPS, _MAX_REDONE, _MAX_CANDIDATES = 2, 40, 12


def stale_forward(cells: list[Cell]) -> tuple[Found, Saves]:
    """Each such loop (found at the loop) and the forward statements to run at the top of its body (as meant)."""
    found: Found = {}
    saves: Saves = {}
    candidates = [
        (cell, j, loop, params)
        for cell in cells
        if cell.tree is not None
        for j, loop in enumerate(cell.tree.body)
        if isinstance(loop, ast.For) and loop.body and (params := _moved_names(loop.body))
    ]
    if len(candidates) > _MAX_CANDIDATES:
        return found, saves  # more training loops than a lesson has (a generated page): not looked into
    for cell, j, loop, params in candidates:
        body = cell.tree.body  # type: ignore[union-attr]
        inside = statements(loop.body)
        # the values the loop works its error from: read by a statement that computes something other than a
        # parameter (err = 1 - Y, delta = … * Z); a direction or step fixed before the loop is read only by the
        # update itself (w = w + 0.1 * d), a history list only by an append or a print
        worked = {
            n
            for st in inside
            if isinstance(st, (ast.Assign, ast.AugAssign)) and not _stored(st) & params
            for n in names(st, ast.Load)
        }
        forward, values = _forward(body[:j], params, worked)
        if forward is None or not forward or any(_whole(s) & values for s in inside):
            continue  # no forward pass before the loop (or one not redone safely), or the loop computes it again
        derived = set(values)
        feeds = False
        for stmt in inside:
            reads = names(stmt, ast.Load)
            if not reads & derived:
                continue
            if _stored(stmt) & params:
                feeds = True  # a parameter's update computed from the forward pass's values
            derived |= _stored(stmt) - params
        if not feeds:
            continue
        if len(found) >= _MAX_LOOPS:
            return {}, {}  # more such loops than a lesson has: a pattern of the page, not a slip; say nothing
        first = loop.body[0]
        saves[(cell.index, first.lineno, first.col_offset)] = list(forward)
        shown = ", ".join(sorted(values)[:4])
        found[place_of(cell, loop.target)] = (
            f"the loop updates {', '.join(sorted(params)[:4])} but never redoes the forward pass: {shown} keep the "
            f"values of the first weights (computed before the loop, from {ast.unparse(forward[0])[:40]})",
            None,
            "",
        )
    return found, saves


def _forward(before: list[ast.stmt], params: set[str], worked: set[str]) -> tuple[list[ast.stmt] | None, set[str]]:
    """The statements before the loop that compute, from the parameters, the values the loop works from (and the
    full assignment that starts each value they fill in by index, and a loop that fills one in), and those values'
    names; None when such a statement cannot be redone quietly (a loop that prints) or there are too many."""
    makers: dict[str, list[int]] = {}  # each forward value: the statements that make it, in order
    values: set[str] = set()
    for k, stmt in enumerate(before):
        if isinstance(stmt, (ast.Expr, ast.FunctionDef, ast.ClassDef, ast.Import, ast.ImportFrom)):
            continue  # prints and definitions are not part of a forward pass's values
        reads = names(stmt, ast.Load)
        stored = {n for st in statements([stmt]) for n in _stored(st)}
        if stored & params:
            continue  # a parameter's own definition (or its change)
        if not isinstance(stmt, (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.For)):
            continue
        if reads & (params | values):
            if isinstance(stmt, ast.For) and any(isinstance(st, ast.Expr) for st in statements(stmt.body)):
                if stored & worked:
                    return None, set()  # a loop that fills a forward value and prints: not redone quietly
                continue
            for name in stored:
                if name not in values and name not in _whole(stmt):  # Z[1] = V1 @ X fills a Z made before
                    start = next((i for i in range(k - 1, -1, -1) if name in _whole(before[i])), None)
                    makers[name] = [start] if start is not None else []
                makers.setdefault(name, []).append(k)
            values |= stored
        else:
            for name in _whole(stmt) & values:  # h = 1e-4 after h = sig(w * x): h is not the forward value any more
                values.discard(name)
                makers.pop(name, None)
    needed = worked & values
    chosen: set[int] = set()
    todo = list(needed)
    while todo:  # the statements that make the needed values, and the forward values they read
        name = todo.pop()
        for k in makers.get(name, []):
            if k in chosen:
                continue
            chosen.add(k)
            for other in names(before[k], ast.Load) & values:
                if other not in needed:
                    needed.add(other)
                    todo.append(other)
    if len(chosen) > _MAX_REDONE:
        return None, set()
    return [copy.deepcopy(before[k]) for k in sorted(chosen)], needed
