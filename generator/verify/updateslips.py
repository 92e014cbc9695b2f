"""Slips in a hand-written run of parameter updates, read from the code as written.

Lessons that train a small network "from scratch" often write the update of every weight out, one
statement each (``parameters['W2'][0][0] += 0.001 * 2 * (y - y_hat) * A1[0][0]``, then the hidden
layer's weights), and the printed numbers follow the code exactly, so only the code can show what is
wrong. Three slips are seen in published copies of such lessons, all in one run of consecutive
updates:

* **a parameter read after its own update** by a later update in the same run (the hidden weights
  updated with the output weight just moved): gradient descent moves every parameter from the
  gradients at one point, so each later read takes the value the parameter had before the run moved
  it (``updated_weights_backprop``);
* **an update that starts from another parameter** (``b2 = W2[1][0] + step`` among ``P = P + step``
  updates): as meant, it starts from its own value;
* **a weight paired with the wrong unit**: with a forward pass ``W.T @ A`` (or ``A @ W``) the weight
  ``W[i][k]`` joins input i to unit k, yet its update takes unit i's terms (its bias's factors,
  ``W2[i]``, ``A1[i]``) and input k (``transposed_index``). The unit of each update is read from the
  layer's bias updates (the factors they share with their unit's weights) and the forward pass's
  convention from its matrix products; nothing is reported unless both are unambiguous.

Each slip is corrected by rewriting the cells (:func:`.codeslips.corrected`), so the corrected run
gives what the page should have printed.
"""

from __future__ import annotations

import ast
import copy
import re
from dataclasses import dataclass

from .codeslips import Cell, Found, Renames, Saves, names, place_of, spot

__all__ = ["conventions", "update_run_slips"]

#: A run shorter than this is not a hand-written update of a layer
_MIN_RUN = 3

Chain = tuple[str, tuple[int, ...]]  # ("parameters['W2']", (0, 0)) for parameters['W2'][0][0]


def _chain(node: ast.AST) -> Chain | None:
    """A parameter's element as written: a name, then constant string keys, then constant integer indices
    (``parameters['W2'][0][0]``, ``W[0, 1]``, ``w1``), as (its array, its indices); None for anything else."""
    indices: list[int] = []
    while isinstance(node, ast.Subscript):
        s = node.slice
        parts = s.elts if isinstance(s, ast.Tuple) else [s]
        if not all(isinstance(p, ast.Constant) for p in parts):
            return None
        values = [p.value for p in parts]  # type: ignore[attr-defined]
        if all(type(v) is int for v in values):
            indices[:0] = values
            node = node.value
            continue
        if len(values) == 1 and isinstance(values[0], str):
            base = _chain(node.value)
            if base is None or base[1]:
                return None  # a string key after an index: not one array's element
            return f"{base[0]}[{values[0]!r}]", tuple(indices)
        return None
    if isinstance(node, ast.Name):
        return node.id, tuple(indices)
    return None


def _key(chain: Chain) -> str:
    return chain[0] + "".join(f"[{i}]" for i in chain[1])


def _elements(expr: ast.AST) -> list[tuple[ast.expr, Chain]]:
    """The array elements an expression reads (whole chains only: ``W2[0][0]``, not also the ``W2[0]`` inside it)."""
    out: list[tuple[ast.expr, Chain]] = []
    inner: set[int] = set()
    for node in ast.walk(expr):
        if id(node) in inner or not isinstance(node, ast.Subscript):
            continue
        found = _chain(node)
        if found is not None and found[1]:
            out.append((node, found))
            sub = node.value
            while isinstance(sub, ast.Subscript):
                inner.add(id(sub))
                sub = sub.value
    return out


@dataclass(eq=False)
class _Update:
    """One statement of a run: ``P += D`` / ``P -= D`` or ``P = S ± D`` with S an element (P itself as meant)."""

    stmt: ast.AugAssign | ast.Assign
    target: Chain
    start: ast.expr | None
    step: ast.expr


def _update(stmt: ast.stmt) -> _Update | None:
    if isinstance(stmt, ast.AugAssign) and isinstance(stmt.op, (ast.Add, ast.Sub)):
        target = _chain(stmt.target)
        return _Update(stmt, target, None, stmt.value) if target is not None and target[1] else None
    if (
        isinstance(stmt, ast.Assign)
        and len(stmt.targets) == 1
        and isinstance(stmt.value, ast.BinOp)
        and isinstance(stmt.value.op, (ast.Add, ast.Sub))
    ):
        target, start = _chain(stmt.targets[0]), _chain(stmt.value.left)
        if target is not None and target[1] and start is not None and start[1]:
            return _Update(stmt, target, stmt.value.left, stmt.value.right)
    return None


def _runs(tree: ast.AST) -> list[list[_Update]]:
    """Every run of consecutive updates of array elements in every body of the tree (prints and bare expressions
    between them are passed over)."""
    out: list[list[_Update]] = []
    for node in ast.walk(tree):
        for field in ("body", "orelse"):
            body = getattr(node, field, None)
            if not (isinstance(body, list) and body and isinstance(body[0], ast.stmt)):
                continue
            run: list[_Update] = []
            for stmt in [*body, ast.Pass()]:
                u = _update(stmt)
                if u is not None:
                    run.append(u)
                elif not isinstance(stmt, ast.Expr):
                    if len(run) >= _MIN_RUN and len({u.target[0] for u in run}) >= 2:
                        out.append(run)
                    run = []
    return out


_LAYER = re.compile(r"[WwBb]_?(\d+)")


def _last(array: str) -> str:
    """The name an array is known by: ``W1`` for ``W1``, ``parameters['W1']`` and ``p['W1']`` alike."""
    return array.rsplit("[", 1)[-1].strip("'\"]")


def _layer(array: str) -> tuple[str, str] | None:
    """``parameters['W2']`` or ``W2`` → ("W", "2"); ``b1`` → ("b", "1"): a layer's weights or bias by its name, the
    only arrays these rules judge (optimizer state, averaged copies, recurrent states are updated in sequence on
    purpose)."""
    last = _last(array)
    m = _LAYER.fullmatch(last)
    return (last[0].upper(), m.group(1)) if m else None


def _weight_name(node: ast.expr) -> bool:
    """``W``, ``Wl``, ``w_hidden``, ``parameters['W1']``, ``self.W``: a weight matrix by its name."""
    if isinstance(node, ast.Attribute) and node.attr == "T":
        return False
    chain = _chain(node)
    if chain is not None:
        last = chain[0].rsplit("[", 1)[-1].strip("'\"")
        return last[:1] in ("W", "w")
    return isinstance(node, ast.Attribute) and node.attr[:1] in ("W", "w")


def _transposed(node: ast.expr) -> bool:
    return isinstance(node, ast.Attribute) and node.attr == "T" and _weight_name(node.value)


def _products(tree: ast.AST) -> list[tuple[ast.expr, ast.expr]]:
    """Every matrix product of the tree as (left, right): ``A @ B``, ``np.dot(A, B)``, ``A.dot(B)``."""
    out: list[tuple[ast.expr, ast.expr]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.MatMult):
            out.append((node.left, node.right))
        elif isinstance(node, ast.Call) and len(node.args) == 2 and not node.keywords:
            if isinstance(node.func, ast.Attribute) and node.func.attr in ("dot", "matmul"):
                out.append((node.args[0], node.args[1]))
        elif isinstance(node, ast.Call) and len(node.args) == 1 and isinstance(node.func, ast.Attribute):
            if node.func.attr == "dot" and not (isinstance(node.func.value, ast.Name) and node.func.value.id in ("np", "numpy")):
                out.append((node.func.value, node.args[0]))  # W.T.dot(A)
    return out


def _side(left: ast.expr, right: ast.expr) -> tuple[ast.expr, str] | None:
    """The weight of a product and the index that is its unit: W.T @ A and A @ W take W's column, W @ A and A @ W.T
    its row."""
    if _transposed(left):
        return left.value, "column"  # type: ignore[attr-defined]
    if _weight_name(right):
        return right, "column"
    if _weight_name(left):
        return left, "row"
    if _transposed(right):
        return right.value, "row"  # type: ignore[attr-defined]
    return None


def conventions(cells: list[Cell]) -> tuple[dict[str, set[str]], set[str]]:
    """Which index of each weight matrix is its unit, by the notebook's forward pass: for each array named as a
    layer's weights (``W1``, ``parameters['W1']``), what its own matrix products (``np.dot(W1, x)``) and written-out
    sums (``h[0]*W2[0][k] + h[1]*W2[1][k]``: the input's index is W2's row, so its unit is the column) say; and what
    the products of a function's own weight (``def linear_forward(A, W, b): … np.dot(W.T, A)``, the one function
    every layer goes through) say. A layer is judged only when what is said of it is one convention."""
    own: dict[str, set[str]] = {}
    generic: set[str] = set()
    for cell in cells:
        if cell.tree is None:
            continue
        updates = {id(n) for run in _runs(cell.tree) for u in run for n in ast.walk(u.stmt)}
        for left, right in _products(cell.tree):
            found = _side(left, right)
            if found is None:
                continue
            chain = _chain(found[0])
            if chain is not None and _layer(chain[0]) is not None:
                own.setdefault(_last(chain[0]), set()).add(found[1])
        for fn in (n for n in ast.walk(cell.tree) if isinstance(n, ast.FunctionDef)):
            local = {a.arg for a in fn.args.args} | names(fn, ast.Store)
            for left, right in _products(fn):
                found = _side(left, right)
                if found is not None and isinstance(found[0], ast.Name) and found[0].id in local:
                    generic.add(found[1])
        for node in ast.walk(cell.tree):
            if id(node) in updates or not (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult)):
                continue
            for w, other in ((node.left, node.right), (node.right, node.left)):
                wc, oc = _chain(w), _chain(other)
                if wc is None or oc is None or len(wc[1]) != 2 or not oc[1] or _layer(wc[0]) is None or oc[0] == wc[0]:
                    continue  # (W1[0][0] * W1[0][0], a penalty's square, joins no input to a unit)
                a, b = wc[1]
                if a != b and oc[1][0] in (a, b):
                    own.setdefault(_last(wc[0]), set()).add("column" if oc[1][0] == a else "row")
    return own, generic


def _convention(layer: str, own: dict[str, set[str]], generic: set[str]) -> str | None:
    said = own.get(_last(layer)) or generic
    return next(iter(said)) if len(said) == 1 else None


def update_run_slips(cells: list[Cell]) -> tuple[Found, Renames, Saves]:
    """The slips of the module docstring in every run of element updates (found, the names and expressions as
    meant, and the values to save before an update)."""
    found: Found = {}
    renames: Renames = {}
    saves: Saves = {}
    own, generic = conventions(cells)
    constants = _constants(cells)
    for cell in cells:
        if cell.tree is None:
            continue
        for run in _runs(cell.tree):
            swapped = _pairing(cell, run, own, generic, found)
            _started_elsewhere(cell, run, found, renames)
            updated: dict[str, _Update] = {}
            for u in run:
                key = _key(u.target)
                step = swapped.get(id(u), u.step)  # the terms as meant: the stale reads are looked for there
                stale: dict[str, str] = {}
                mine = _layer(u.target[0])
                for node, chain in _elements(step):
                    other, theirs = _key(chain), _layer(chain[0])
                    if other == key or other not in updated or mine is None or theirs is None:
                        continue
                    if theirs[0] != "W" or theirs[1] == mine[1] or not _passed_back(u, updated[other], constants):
                        continue  # only another layer's weight, read to pass the error back, is read too late
                    before = updated[other]
                    place = (cell.index, before.stmt.lineno, before.stmt.col_offset)
                    if place not in saves:
                        read = copy.deepcopy(
                            before.stmt.target if isinstance(before.stmt, ast.AugAssign) else before.stmt.targets[0]
                        )
                        read.ctx = ast.Load()
                        saves[place] = [(f"_nnwalk_before_{abs(hash(place)):x}", read)]
                    stale[other] = saves[place][0][0]
                    found[place_of(cell, node)] = (
                        f"{ast.unparse(u.stmt)[:70]} reads {other} after its update ({ast.unparse(before.stmt)[:50]}): "
                        "gradient descent moves every parameter from the gradients at one point",
                        None,
                        "updated_weights_backprop",
                    )
                if id(u) in swapped:
                    renames[spot(cell, u.step)] = _Saved(stale).visit(step)
                else:
                    for node, chain in _elements(step):
                        if _key(chain) in stale:
                            renames[spot(cell, node)] = stale[_key(chain)]
                updated[key] = u
    return found, renames, saves


def _passed_back(u: _Update, read: _Update, constants: set[str]) -> bool:
    """Whether ``u`` passes back the error of the update of the weight it reads: both steps share a value that is not
    an array element, a number the code types in (the learning rate) or a module (the error ``y - y_hat``, a δ), and
    ``u`` does not move its parameter toward another one (``W1 += tau * (W2 - W1)``, an averaged copy, reads itself)."""

    def plain(step: ast.expr) -> set[str]:
        roots = {c[0].split("[", 1)[0] for _n, c in _elements(step)}
        modules = {n.value.id for n in ast.walk(step) if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name)}
        return names(step, ast.Load) - roots - modules - constants

    if any(c == u.target for _n, c in _elements(u.step)):
        return False
    return bool(plain(u.step) & plain(read.step))


def _constants(cells: list[Cell]) -> set[str]:
    """Names the code only ever assigns a number typed in (``lr = 0.1``, ``lr, mu = 0.1, 0.9``): hyper-parameters."""
    typed: dict[str, bool] = {}
    for cell in cells:
        for node in ast.walk(cell.tree) if cell.tree is not None else ():
            if not isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
                continue
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for t in targets:
                pairs = (
                    list(zip(t.elts, node.value.elts, strict=False))
                    if isinstance(t, ast.Tuple) and isinstance(node.value, ast.Tuple)
                    else [(t, node.value)]
                )
                for target, value in pairs:
                    if isinstance(target, ast.Name):
                        number = isinstance(node, ast.Assign) and _number(value)
                        typed[target.id] = typed.get(target.id, True) and number
    return {name for name, ok in typed.items() if ok}


def _number(node: ast.expr | None) -> bool:
    while isinstance(node, ast.UnaryOp):
        node = node.operand
    return isinstance(node, ast.Constant) and type(node.value) in (int, float)


class _Saved(ast.NodeTransformer):
    """Each element read after its update replaced by the name its value was saved under before the update."""

    def __init__(self, stale: dict[str, str]) -> None:
        self.stale = stale

    def visit_Subscript(self, node: ast.Subscript) -> ast.AST:
        chain = _chain(node)
        if chain is not None and chain[1] and _key(chain) in self.stale:
            return ast.copy_location(ast.Name(id=self.stale[_key(chain)], ctx=ast.Load()), node)
        return self.generic_visit(node)


def _started_elsewhere(cell: Cell, run: list[_Update], found: Found, renames: Renames) -> None:
    """``P = Q + step`` among updates that start from their own values: as meant, P = P + step."""
    targets = {_key(u.target) for u in run}
    own = sum(1 for u in run if u.start is None or _chain(u.start) == u.target)
    if own < 2:
        return
    for u in run:
        start = _chain(u.start) if u.start is not None else None
        if start is None or start == u.target or _key(start) not in targets:
            continue
        if start[0].split("[", 1)[0] != u.target[0].split("[", 1)[0] or _layer(start[0]) is None or _layer(u.target[0]) is None:
            continue  # not one layer's parameter started from another's: states and other arrays are left alone
        meant = copy.deepcopy(u.stmt.targets[0])  # type: ignore[union-attr]
        meant.ctx = ast.Load()
        renames[spot(cell, u.start)] = meant  # type: ignore[arg-type]
        found[place_of(cell, u.start)] = (  # type: ignore[arg-type]
            f"{ast.unparse(u.stmt)[:70]} starts from {ast.unparse(u.start)}: the update of "
            f"{_key(u.target)} starts from its own value",
            None,
            "",
        )


def _pairing(cell: Cell, run: list[_Update], own: dict[str, set[str]], generic: set[str], found: Found) -> dict[int, ast.expr]:
    """Weights updated with another unit's terms than the forward pass joins them to (see the module docstring):
    the terms as meant of each such update, by the update's id."""
    out: dict[int, ast.expr] = {}
    biases = [u for u in run if len(u.target[1]) in (1, 2) and u.target[1][1:] in ((), (0,))]
    weights = [u for u in run if len(u.target[1]) == 2]
    for layer in {u.target[0] for u in weights}:
        convention = _convention(layer, own, generic)
        if convention is None or _layer(layer) is None:
            continue
        mine = [u for u in weights if u.target[0] == layer]
        units = {u.target[1][0]: u for u in biases if _sibling(layer, u.target[0])}
        if len(units) < 2:
            continue
        anchors: set[str] | None = None  # the arrays each bias update reads at its own unit's index
        for unit, u in units.items():
            here = {c[0] for _n, c in _elements(u.step) if c[1][:1] == (unit,) and c[0] != layer}
            anchors = here if anchors is None else anchors & here
        if not anchors:
            continue
        code: set[str] = set()
        for u in mine:
            a, b = u.target[1]
            at = {c[1][0] for _n, c in _elements(u.step) if c[0] in anchors}
            if len(at) != 1 or a == b:
                continue
            code.add("row" if at == {a} else "column" if at == {b} else "?")
        if len(code) != 1 or code == {convention} or code == {"?"}:
            continue
        inputs = _inputs(mine, anchors, layer, code.pop())
        for u in mine:
            a, b = u.target[1]
            if a == b or not isinstance(u.step, ast.BinOp):
                continue
            unit = b if convention == "column" else a
            out[id(u)] = _repaired(u.step, unit, a + b - unit, layer, anchors, inputs)
            found[place_of(cell, u.step)] = (
                f"{_key(u.target)} is updated with unit {a if unit == b else b}'s terms; the forward pass "
                f"({'W.T @ A' if convention == 'column' else 'W @ A'}) joins it to unit {unit}",
                None,
                "transposed_index",
            )
    return out


def _sibling(weights: str, bias: str) -> bool:
    """``parameters['W1']`` and ``parameters['b1']``, ``W2`` and ``b2``: one layer's weights and bias by their names."""
    if len(weights) != len(bias):
        return False
    diff = [(x, y) for x, y in zip(weights, bias, strict=True) if x != y]
    return len(diff) == 1 and diff[0][0] in "Ww" and diff[0][1] in "bB"


def _inputs(mine: list[_Update], anchors: set[str], layer: str, code: str) -> set[str]:
    """The arrays a layer's weight updates read at the input the code pairs each weight with (``X[1]`` for
    ``W1[0][1]`` written in rows), in every update of the layer: an array at a fixed index (``d2[0]``, the output's
    error) or already at the weight's true input is not one."""
    seen: dict[str, bool] = {}
    for u in mine:
        a, b = u.target[1]
        if a == b:
            continue
        source = b if code == "row" else a  # the input the code gives this weight
        for _n, chain in _elements(u.step):
            if chain[0] == layer or chain[0] in anchors or not chain[1]:
                continue
            seen[chain[0]] = seen.get(chain[0], True) and chain[1][0] == source
    return {name for name, ok in seen.items() if ok}


def _repaired(step: ast.expr, unit: int, source: int, layer: str, anchors: set[str], inputs: set[str]) -> ast.expr:
    """The update's terms as meant: the unit's arrays (those its bias update reads) at the unit the forward pass joins
    the weight to, the inputs the code paired the other way (:func:`_inputs`) at the input it joins it from."""
    meant = copy.deepcopy(step)
    for node, chain in _elements(meant):
        if chain[0] == layer or not chain[1] or chain[1][0] not in (unit, source):
            continue
        if chain[0] not in anchors and chain[0] not in inputs:
            continue
        first = node
        while isinstance(first.value, ast.Subscript) and (inner := _chain(first.value)) is not None and inner[1]:
            first = first.value
        want = unit if chain[0] in anchors else source
        index = first.slice
        if isinstance(index, ast.Constant):
            index.value = want
        elif isinstance(index, ast.Tuple) and isinstance(index.elts[0], ast.Constant):
            index.elts[0].value = want
    return meant
