"""Jinja environment, the document view-model, and one writer per format.

Templates hold words and layout; everything numeric they print is a :class:`Num`
already rounded by :mod:`numfmt` or a LaTeX string built here from them.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
import numpy as np
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from jinja2.utils import missing

from ..certify import Certificate
from ..engine import cache as ucache
from ..engine import network, optim, symbolic
from ..engine.notation import ACT_SYMBOLS, ACT_TITLES, LOSS_TITLES
from ..engine.notes import numerics_notes
from ..engine.trace import StepTrace, Trace
from ..errors import SpecError
from ..numfmt import Num, given, json_value
from .jsonfmt import dumps_indented
from .latexfmt import bmatrix, md_escape, tex_escape
from .netdraw import MAX_DRAWN, ascii_sketch, drawing, mermaid_graph, trace_drawings
from .optimview import optimizer_view
from .plot import trace_loss_points
from .texlayout import break_long, display

SECTION_TITLES = {
    "architecture": "Network architecture",
    "formulas": "Formulas used",
    "forward": "Forward pass",
    "loss": "Loss",
    "backward": "Backward pass",
    "matrix": "Matrix form",
    "update": "Weight update",
    "steps": "Training steps",
    "appendix": "Appendix: all values",
    "derivation": "General derivation",
    "certificate": "Verification certificate",
}
FORMATS = ("md", "tex", "json")


def template_dir() -> Path:
    """Templates ship inside the package when installed; the source tree keeps them at top level."""
    package = Path(__file__).resolve().parent.parent  # generator/
    for cand in (package / "templates", package.parent / "templates"):
        if (cand / "markdown").is_dir():
            return cand
    raise FileNotFoundError("nnwalk templates not found (broken installation)")


#: The built-in macro files. Each reads one thing from the template that imports it ``with context``: whether
#: ``doc.student`` is true (the student version blanks every computed number).
SHARED_MACROS = frozenset({"_macros.j2", "_macros.tex.j2"})


class _BuiltinTemplate(jinja2.Template):
    """A built-in template; the macro files among them are made into modules once per flag, not once per import.

    Why: ``{% import '_macros.j2' as m with context %}`` makes a new module at every import (nine
    per walkthrough), and each is a reference cycle (its context holds its macros, which hold their
    context) that also holds the whole view model: garbage only the cyclic collector frees, which
    cost an exam variant more than its imports. A built-in macro file reads nothing from the
    importing context but ``doc.student`` (``set student = doc is defined and doc.student is defined
    and doc.student`` at its top, only ever tested for truth), so the module made for a false or
    a true flag, from a context that holds nothing else, is the module every such import makes.
    Anything else a macro file reads from the importing context would be undefined there, and
    raise (the environment's ``StrictUndefined``) rather than print something else. A user's
    template folder (sandboxed) keeps Jinja's own imports; so does an import that passes local values
    (Jinja's ``missing`` marks the template's names not assigned yet, which it passes on and ignores).
    """

    def make_module(
        self, vars: dict[str, Any] | None = None, shared: bool = False, locals: Any = None
    ) -> jinja2.environment.TemplateModule:
        if self.name not in SHARED_MACROS or not shared or vars is None or any(v is not missing for v in (locals or {}).values()):
            return super().make_module(vars, shared, locals)
        doc = vars.get("doc", _MISSING)
        flag = False
        if doc is not _MISSING:
            value = self.environment.getattr(doc, "student")
            flag = not isinstance(value, jinja2.Undefined) and bool(value)
        made: dict[bool, jinja2.environment.TemplateModule] = self.__dict__.setdefault("_modules_by_flag", {})
        module = made.get(flag)
        if module is None:
            module = made[flag] = super().make_module({"doc": {"student": flag}})
        return module


_MISSING = object()


@cache
def jinja_env(kind: str, user_root: str | None = None) -> jinja2.Environment:
    """One environment per format (and user template folder) per process, so each template compiles once.

    With ``user_root`` (``--templates DIR``) the user's ``DIR/markdown`` or ``DIR/latex`` comes
    first and the built-in templates fill in what it lacks; such an environment is Jinja's
    immutable sandbox, because a template folder is code someone else may have written: it can
    read the view model but not reach Python internals (``__class__``, ``__globals__``), change
    the model, or load files outside the two template folders.
    """
    sub = "markdown" if kind == "md" else "latex"
    root = template_dir() / sub
    loader: jinja2.BaseLoader = jinja2.FileSystemLoader(str(root))
    cls: type[jinja2.Environment] = jinja2.Environment
    if user_root is not None:
        loader = jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(Path(user_root) / sub)), loader])
        cls = ImmutableSandboxedEnvironment
    if kind == "md":
        env = cls(
            loader=loader,
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=True,
            autoescape=False,
        )
    else:
        env = cls(
            loader=loader,
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=True,
            autoescape=False,
            block_start_string="<%",
            block_end_string="%>",
            variable_start_string="<<",
            variable_end_string=">>",
            comment_start_string="<#",
            comment_end_string="#>",
            line_comment_prefix="%#",
        )
    root_cache = ucache.cache_dir() if user_root is None else None  # a user's templates are not cached
    if root_cache is not None:
        try:
            env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(root_cache), "jinja-%s.cache")
        except OSError:
            pass
    if user_root is None:
        env.template_class = _BuiltinTemplate
    env.filters["md"] = md_escape
    env.filters["tex"] = tex_escape
    env.filters["bmatrix"] = bmatrix
    env.filters["breaklong"] = break_long
    env.filters["display"] = display
    return env


# ---------------------------------------------------------------- view model


def _matrix_eqs(tr: Trace, st: StepTrace) -> list[dict[str, str]]:
    """Matrix-form equations with the same printed numbers as the scalar sections.

    A batch shows each example's equations (their gradients are then averaged in the
    backward section); the update in matrix form is shown when the step has one example.
    """
    out = []
    for ex in st.examples:
        prefix = f"Example {ex.number + 1}: " if st.batch else ""
        back = ex.backward or []
        for eq in _example_matrix_eqs(tr, st, ex.notation, ex.inputs, ex.targets, ex.forward, back, not st.batch):
            out.append({"title": prefix + eq["title"], "latex": eq["latex"]})
    return out


def _example_matrix_eqs(tr: Trace, st: StepTrace, nt, xs, ts, forward, backward, updates: bool) -> list[dict[str, str]]:  # noqa: ANN001
    spec = tr.spec
    # Under exact carry the printed vectors are rounded true values, not results of the
    # printed operands, so the final relation is written as approximately equal.
    eq = r"\approx" if tr.policy.carry == "exact" else "="
    eqs = []
    acts = [xs] + [[nf.a.result for nf in layer] for layer in forward]
    outs = [xs] + [[nf.out for nf in layer] for layer in forward]  # what each layer passes on (after dropout)
    kept = [None] + [layer[0].keep for layer in forward]  # a layer's (mask, rate) when it has dropout
    for l in range(1, spec.depth + 1):
        W = st.weights[l - 1]
        z = [nf.z.result for nf in forward[l - 1]]
        rhs = rf"{bmatrix(W)} {bmatrix(outs[l - 1], column=True)}"
        seen = nt.avec(l - 1) if kept[l - 1] is None else rf"\tilde{{{nt.avec(l - 1)}}}"
        name = rf"{nt.zvec(l)} = {nt.W(l)} {seen}"
        if st.biases is not None:
            rhs += rf" + {bmatrix(st.biases[l - 1], column=True)}"
            name += f" + {nt.bvec(l)}"
        eqs.append({"title": f"Net input of layer {l}", "latex": rf"{name} = {rhs} {eq} {bmatrix(z, column=True)}"})
        fn = ACT_SYMBOLS[spec.activations[l - 1]]
        eqs.append(
            {
                "title": f"Activation of layer {l}",
                "latex": rf"{nt.avec(l)} = {fn}\left({nt.zvec(l)}\right) = {bmatrix(acts[l], column=True)}",
            }
        )
        keep = kept[l]
        if keep is not None:
            masks = [nf.keep[0] for nf in forward[l - 1] if nf.keep]
            scale = rf"\frac{{1}}{{1 - {keep[1].latex}}}"
            eqs.append(
                {
                    "title": f"Dropout on layer {l}",
                    "latex": rf"\tilde{{{nt.avec(l)}}} = \frac{{1}}{{1 - {nt.rate(l)}}} \left(\mathbf{{m}} \odot {nt.avec(l)}\right)"
                    rf" = {scale} \left({bmatrix(masks, column=True)} \odot {bmatrix(acts[l], column=True)}\right)"
                    rf" {eq} {bmatrix(outs[l], column=True)}",
                }
            )
    Lw = spec.depth
    for l in range(Lw, 0, -1):
        layer = backward[l - 1]
        d = [nb.delta.result for nb in layer]
        if l == Lw and layer[0].dlda is None:  # delta = a - t (neuron preset: Err = T - O)
            if nt.sign > 0:
                name = rf"{nt.dvec(l)} = {nt.avec(l)} - {nt.tvec()}"
                latex = rf"{name} = {bmatrix(acts[l], column=True)} - {bmatrix(ts, column=True)} {eq} {bmatrix(d, column=True)}"
            else:
                name = rf"{nt.dvec(l)} = {nt.tvec()} - {nt.avec(l)}"
                latex = rf"{name} = {bmatrix(ts, column=True)} - {bmatrix(acts[l], column=True)} {eq} {bmatrix(d, column=True)}"
        elif l == Lw:
            fp = [nb.fprime.result for nb in layer]
            dl = [nb.dlda.result for nb in layer]
            grad_a = rf"\nabla_{{{nt.avec(l)}}} {nt.loss}"
            name = rf"{nt.dvec(l)} = {grad_a if nt.sign > 0 else '-' + grad_a} \odot f'\left({nt.zvec(l)}\right)"
            latex = rf"{name} = {bmatrix(dl, column=True)} \odot {bmatrix(fp, column=True)} {eq} {bmatrix(d, column=True)}"
        else:
            fp = [nb.fprime.result for nb in layer]
            dl = [nb.dlda.result for nb in layer]
            Wn = st.weights[l]
            dn = [nb.delta.result for nb in backward[l]]
            keep = kept[l]
            if keep is None:
                name = rf"{nt.dvec(l)} = \left({nt.W(l + 1)}\right)^{{\top}} {nt.dvec(l + 1)} \odot f'\left({nt.zvec(l)}\right)"
                latex = (
                    rf"{name} = \left({bmatrix(Wn)}^{{\top}} {bmatrix(dn, column=True)}\right) \odot {bmatrix(fp, column=True)}"
                    rf" {eq} {bmatrix(dl, column=True)} \odot {bmatrix(fp, column=True)} {eq} {bmatrix(d, column=True)}"
                )
            else:  # the loss reaches a through a~ = a m / (1 - p): dL/da = dL/da~ * m / (1 - p)
                masks = bmatrix([nb_f.keep[0] for nb_f in forward[l - 1] if nb_f.keep], column=True)
                scale = rf"\frac{{1}}{{1 - {keep[1].latex}}}"
                name = (
                    rf"{nt.dvec(l)} = \frac{{1}}{{1 - {nt.rate(l)}}} \left(\left({nt.W(l + 1)}\right)^{{\top}} {nt.dvec(l + 1)}"
                    rf" \odot \mathbf{{m}} \odot f'\left({nt.zvec(l)}\right)\right)"
                )
                latex = (
                    rf"{name} = {scale} \left({bmatrix(dl, column=True)} \odot {masks} \odot {bmatrix(fp, column=True)}\right)"
                    rf" {eq} {bmatrix(d, column=True)}"
                )
        eqs.append({"title": f"Error signal of layer {l}", "latex": latex})
        g = [[c.result for c in nb.grad_w] for nb in layer]
        eqs.append(
            {
                "title": f"Weight gradient of layer {l}",
                "latex": rf"{nt.gW(l)} = {nt.dvec(l)} \left({nt.avec(l - 1)}\right)^{{\top}}"
                rf" = {bmatrix(d, column=True)} {bmatrix(outs[l - 1], column=True)}^{{\top}} {eq} {bmatrix(g)}",
            }
        )
        if tr.lr is not None and updates:
            ch = [[c.result for c in nb.change_w] for nb in layer]
            new = [[c.result for c in nb.new_w] for nb in layer]
            lrn, gw = nt.lr, nt.gW(l)
            change = rf"{lrn} \left({gw}\right)" if nt.sign < 0 else rf"{lrn} {gw}"
            eqs.append({"title": f"Update of layer {l}", "latex": rf"{change} = {tr.lr.latex} {bmatrix(g)} {eq} {bmatrix(ch)}"})
            op = "+" if nt.sign < 0 else "-"
            eqs.append(
                {
                    "title": f"New weights of layer {l}",
                    "latex": rf"{nt.W(l)} {op} {change} = {bmatrix(st.weights[l - 1])} {op} {bmatrix(ch)} {eq} {bmatrix(new)}",
                }
            )
    return eqs


def elided(sh: Any) -> str:
    """An elided matrix as LaTeX: the shown rows and columns, \\vdots, \\cdots and \\ddots between."""
    rows = []
    for r in sh.rows:
        cells = []
        for c in sh.cols:
            if r is None and c is None:
                cells.append(r"\ddots")
            elif r is None:
                cells.append(r"\vdots")
            elif c is None:
                cells.append(r"\cdots")
            else:
                cells.append(sh.cells[(r, c)].latex)
        rows.append(" & ".join(cells))
    body = r" \\ ".join(rows)
    return rf"\begin{{bmatrix}} {body} \end{{bmatrix}}"


def _matrix_form_eqs(tr: Trace) -> list[dict[str, str]]:
    """The step in matrix form, every matrix elided to its first and last rows and columns."""
    mf, nt, spec = tr.matrix, tr.notation, tr.spec
    Lw = spec.depth
    eqs = []
    approx = r"\approx"
    prev = elided(mf.X)
    for lf in mf.layers:
        l = lf.l
        name = rf"{nt.zvec(l)} = {nt.W(l)} {nt.avec(l - 1)}" + (f" + {nt.bvec(l)}" if lf.b else "")
        rhs = rf"{elided(lf.W)} {prev}" + (rf" + {elided(lf.b)}" if lf.b else "")
        eqs.append(
            {
                "title": f"Net inputs of layer {l} (shape {lf.Z.shape[0]} x {lf.Z.shape[1]})",
                "latex": rf"{name} = {rhs} {approx} {elided(lf.Z)}",
            }
        )
        fn = ACT_SYMBOLS[spec.activations[l - 1]] or "f"
        eqs.append(
            {
                "title": f"Activations of layer {l}",
                "latex": rf"{nt.avec(l)} = {fn}\left({nt.zvec(l)}\right) {approx} {elided(lf.A)}",
            }
        )
        prev = elided(lf.A)
    eqs.append({"title": "Targets", "latex": rf"{nt.tvec()} = {elided(mf.Y)}"})
    fused = network.is_fused(spec.activations[-1], spec.loss)
    for lf in reversed(mf.layers):
        l = lf.l
        if l == Lw:
            if fused:
                rhs = rf"{nt.avec(l)} - {nt.tvec()}" if nt.sign > 0 else rf"{nt.tvec()} - {nt.avec(l)}"
            else:
                rhs = rf"{'-' if nt.sign < 0 else ''}\nabla_{{{nt.avec(l)}}} {nt.loss} \odot f'\left({nt.zvec(l)}\right)"
        else:
            rhs = rf"\left({nt.W(l + 1)}\right)^{{\top}} {nt.dvec(l + 1)} \odot f'\left({nt.zvec(l)}\right)"
        eqs.append(
            {
                "title": f"Error signals of layer {l} (one column per example)",
                "latex": rf"{nt.dvec(l)} = {rhs} {approx} {elided(lf.dZ)}",
            }
        )
        mean = rf"\frac{{1}}{{{spec.m}}}\, " if spec.m > 1 else ""
        eqs.append(
            {
                "title": f"Weight gradients of layer {l} (shape {lf.dW.shape[0]} x {lf.dW.shape[1]})",
                "latex": rf"{nt.gW(l) if spec.m == 1 else nt.gW(l)} = {mean}{nt.dvec(l)} \left({nt.avec(l - 1)}\right)^{{\top}} {approx} {elided(lf.dW)}",
            }
        )
        if lf.db is not None:
            ssum = rf"\frac{{1}}{{{spec.m}}} \sum_{{e=1}}^{{{spec.m}}} " if spec.m > 1 else ""
            eqs.append(
                {
                    "title": f"Bias gradients of layer {l}",
                    "latex": rf"{nt.gbvec(l)} = {ssum}{nt.dvec(l)} {approx} {elided(lf.db)}",
                }
            )
    if tr.lr is not None:
        for lf in mf.layers:
            l = lf.l
            op, ch = ("+", rf"{nt.lr} \left({nt.gW(l)}\right)") if nt.sign < 0 else ("-", rf"{nt.lr}\, {nt.gW(l)}")
            eqs.append(
                {
                    "title": f"New weights of layer {l}",
                    "latex": rf"{nt.W(l)} {op} {ch} = {elided(lf.W)} {op} {tr.lr.latex} {elided(lf.dW)} {approx} {elided(lf.W_new)}",
                }
            )
    return eqs


def matrix_view_model(tr: Trace) -> dict[str, Any]:
    """What the matrix-form templates read (a large network: elided matrices, a few elements in full)."""
    spec, nt = tr.spec, tr.notation
    shown = ("architecture", "formulas", "derivation", "forward", "loss", "backward", "matrix", "update")
    sections = [s for s in spec.sections if s in shown]
    certificate = "certificate" in spec.sections
    if "update" in sections and tr.lr is None:
        sections.remove("update")
    opts = network.options_of(spec)
    derivs = []
    for act in dict.fromkeys(spec.activations):
        if act == "softmax":
            continue
        d = symbolic.activation_derivation(act, opts)
        fn = ACT_SYMBOLS[act]
        derivs.append(
            {
                "title": f"{ACT_TITLES[act]} activation",
                "function": d.function,
                "raw": d.raw,
                "stated": d.stated,
                "d": rf"\frac{{d}}{{dx}} {fn}(x)" if fn else r"\frac{d}{dx} x",
                "prime": f"{fn or 'f'}'(x)",
            }
        )
    fused = network.is_fused(spec.activations[-1], spec.loss)
    init = None
    if spec.init is not None:
        scheme, seed, digits = spec.init
        init = (
            f"The weights were drawn from seed {seed} with the {scheme} scheme: numpy's "
            f"np.random.Generator(np.random.PCG64({seed})), one array per layer in order, each weight rounded to {digits} decimal places; "
            "the biases start at zero."
        )
    n_w = sum(spec.layers[l] * spec.layers[l + 1] for l in range(spec.depth))
    toc_titles = [SECTION_TITLES[s] for s in sections]
    generic_z, generic_a = _generic_neuron(nt, spec.has_biases)
    arch = drawing(spec.layers, nt.a)  # names only: the matrices hold the values
    graph_nodes, graph_edges = mermaid_graph(arch, nt.neuron)
    return {
        "dropout": None,  # the matrix form refuses dropout (spec.load)
        "draw": arch,
        "nodes": graph_nodes,
        "edges": graph_edges,
        "draw_ascii": ascii_sketch(spec.layers, [nt.layer_name(l) for l in range(len(spec.layers))], nt.neuron),
        "max_drawn": MAX_DRAWN,
        "student": False,
        "matrix_form": True,
        "title": spec.title,
        "meta": " · ".join(x for x in (spec.course, spec.author, spec.date) if x),
        "trace": tr,
        "mf": tr.matrix,
        "n": nt,
        "L": spec.depth,
        "layers": spec.layers,
        "acts": spec.activations,
        "m": spec.m,
        "lr": tr.lr,
        "sections": sections,
        "certificate": certificate,
        "compact": spec.compact,
        "toc": [{"title": t, "anchor": t.lower().replace(" ", "-").replace(":", "")} for t in toc_titles]
        + ([{"title": SECTION_TITLES["certificate"], "anchor": "verification-certificate"}] if certificate else []),
        "policy_text": tr.policy.describe(),
        "notation_text": NOTATION_TEXTS[spec.notation],
        "init_text": init,
        "size_text": (
            f"{len(spec.layers)} layers ({'-'.join(str(n) for n in spec.layers)}), {n_w:,} weights"
            + (f" and {sum(spec.layers[1:]):,} biases" if spec.has_biases else "")
            + f", {spec.m} example(s). A walkthrough weight by weight would need one chain rule per weight, so this document works in "
            "matrix form: each matrix shows its first rows and columns and its last one, and the output layer is worked out element by element. "
            "The entries of the layers below the output are the exact values rounded for display; the output layer's are the worked-out "
            "numbers, computed under the policy below."
        ),
        "layer_rows": [
            {"name": nt.layer_name(l), "size": n, "activation": "—" if l == 0 else spec.activations[l - 1]}
            for l, n in enumerate(spec.layers)
        ],
        "has_biases": spec.has_biases,
        "derivations": derivs,
        "generic_z": generic_z,
        "generic_a": generic_a,
        **_generic_formulas(nt, spec.has_biases, fused),
        "kink_text": None,
        "loss_title": LOSS_TITLES[spec.loss],
        "loss_d": symbolic.loss_derivation(spec.loss),
        "loss_line": _loss_line(spec.loss, nt),
        "symbols": nt.glossary(spec.has_biases),
        "softmax": symbolic.softmax_jacobian() if "softmax" in spec.activations else None,
        "fused": symbolic.fused_derivation(spec.activations[-1], spec.loss) if fused else None,
        "eqs": _matrix_form_eqs(tr),
        "update_text": _update_text(nt),
        "derivation": _derivation(spec, sections),
    }


def _derivation(spec: Any, sections: list[str]) -> dict[str, Any] | None:
    """The general derivation's view, built only when the spec asks for it (SymPy work no other document pays for)."""
    if "derivation" not in sections:
        return None
    from ..engine import derivationcache

    def build() -> dict[str, Any]:
        from ..engine import derivation  # SymPy at import: only when this architecture's section is not cached

        return derivation.view(spec)

    return derivationcache.view(spec, build)


def _dropout_view(tr: Trace) -> dict[str, Any] | None:
    """The dropout rates (givens) and every training pass's masks, as the architecture section lists them."""
    spec = tr.spec
    dr = spec.dropout
    if dr is None or not tr.steps:
        return None
    nt = tr.notation
    rates = [
        {"layer": l, "name": nt.rate(l), "value": given(dr.rates[l - 1], dr.rates_text[l - 1])}
        for l in range(1, spec.depth)
        if dr.rates[l - 1] > 0
    ]
    rows = []
    for st in tr.steps:
        for ex in st.examples:
            nte = ex.notation
            for layer in ex.forward:
                kept = [nf for nf in layer if nf.keep is not None]
                if not kept:
                    continue
                label = f"{st.index + 1}" + (f", example {ex.number + 1}" if len(tr.data) > 1 else "")
                rows.append(
                    {
                        "label": label,
                        "layer": kept[0].layer,
                        "names": "(" + ", ".join(nte.mask(nf.layer, nf.index) for nf in kept) + ")",
                        "entries": ", ".join(nf.keep[0].plain for nf in kept if nf.keep),
                    }
                )
    if spec.m > 1:
        per = "one mask per update (each step takes one example)" if spec.mode == "sgd" else "one mask per example of each step"
    else:
        per = "one mask per training step"
    drawn = f"; drawn from seed {dr.seed} by nnwalk's generator" if dr.seed is not None else ""
    return {"rates": rates, "mask_rows": rows, "per": per + drawn}


def view_model(tr: Trace) -> dict[str, Any]:
    """Everything the templates read, computed once."""
    if tr.matrix is not None:
        return matrix_view_model(tr)
    spec, nt = tr.spec, tr.notation
    st = tr.steps[0]
    Lw = spec.depth
    # the certificate is written after the body (add_certificate): not one of the sections the template loops over
    certificate = "certificate" in spec.sections
    sections = [s for s in spec.sections if s != "certificate" and (s != "update" or tr.lr is not None)]
    if tr.lr is None or len(tr.steps) <= 1:
        sections = [s for s in sections if s != "steps"]
    meta = " · ".join(x for x in (spec.course, spec.author, spec.date) if x)
    draw = trace_drawings(tr)
    arch = draw["architecture"]
    nodes, edges = mermaid_graph(arch, nt.neuron)
    weight_rows = [
        {"src": nt.neuron(l - 1, i), "dst": nt.neuron(l, j), "name": nt.w(l, j, i), "value": st.weights[l - 1][j][i]}
        for l in range(1, Lw + 1)
        for j in range(spec.layers[l])
        for i in range(spec.layers[l - 1])
    ]
    bias_rows = []
    if st.biases is not None:
        bias_rows = [
            {"dst": nt.neuron(l, j), "name": nt.b(l, j), "value": st.biases[l - 1][j]}
            for l in range(1, Lw + 1)
            for j in range(spec.layers[l])
        ]
    given_rows = []
    for e, (xs, ts) in enumerate(tr.data):
        nte = nt.for_example(e) if len(tr.data) > 1 else nt
        given_rows += [{"name": nte.x(i), "value": v} for i, v in enumerate(xs)]
        given_rows += [{"name": nte.t(k), "value": v} for k, v in enumerate(ts)]
    if tr.lr is not None:
        given_rows.append({"name": nt.lr, "value": tr.lr})
    dropout = _dropout_view(tr)
    if dropout:
        given_rows += [{"name": r["name"], "value": r["value"]} for r in dropout["rates"]]
    derivs = []
    opts = network.options_of(spec)
    for act in dict.fromkeys(spec.activations):
        if act == "softmax":
            continue  # its Jacobian has two cases: the template shows them apart
        d = symbolic.activation_derivation(act, opts)
        fn = ACT_SYMBOLS[act]
        derivs.append(
            {
                "title": f"{ACT_TITLES[act]} activation",
                "function": d.function,
                "raw": d.raw,
                "stated": d.stated,
                "d": rf"\frac{{d}}{{dx}} {fn}(x)" if fn else r"\frac{d}{dx} x",
                "prime": f"{fn or 'f'}'(x)",
            }
        )
    fused = network.is_fused(spec.activations[-1], spec.loss)
    kink = None
    if {"relu", "leaky_relu"} & set(spec.activations):
        side = "left" if spec.relu_prime_at_zero == 0 else "right"
        value = "1" if spec.relu_prime_at_zero == 1 else ("0" if "leaky_relu" not in spec.activations else "the slope")
        kink = (
            f"At exactly $x = 0$ (leaky) ReLU has no derivative; this walkthrough takes the {side}-hand derivative there "
            f"({value}; spec key network.relu_prime_at_zero: {spec.relu_prime_at_zero})."
        )
    generic_z, generic_a = _generic_neuron(nt, spec.has_biases)
    arch_text = (
        f"{len(spec.layers)} layers: "
        + ", ".join(f"{nt.layer_name(l)} ({n})" for l, n in enumerate(spec.layers))
        + "; "
        + ("with bias terms." if spec.has_biases else "no bias terms.")
    )
    notation_text = NOTATION_TEXTS[spec.notation]
    toc = [{"title": SECTION_TITLES[s], "anchor": SECTION_TITLES[s].lower().replace(" ", "-").replace(":", "")} for s in sections]
    if certificate:
        toc.append({"title": SECTION_TITLES["certificate"], "anchor": "verification-certificate"})
    return {
        "title": spec.title,
        "meta": meta,
        "trace": tr,
        "step": st,
        "numerics_notes": numerics_notes(tr),
        "n": nt,
        "L": Lw,
        "layers": spec.layers,
        "acts": spec.activations,
        "has_biases": spec.has_biases,
        "update_biases": spec.update_biases,
        "lr": tr.lr,
        "targets": tr.targets,
        "outputs": [nf.a.result for nf in st.forward[-1]],
        "sections": sections,
        "certificate": certificate,
        "compact": spec.compact,
        "toc": toc,
        "policy_text": tr.policy.describe(),
        "notation_text": notation_text,
        "arch_text": arch_text,
        "nodes": nodes,
        "edges": edges,
        "draw": draw,
        "student": False,  # the student version sets it: computed numbers become answer lines
        "value_drawings": True,  # TikZ drawings with activations/deltas in the nodes (exam keys leave them out)
        "loss_points": trace_loss_points(tr),  # (label, printed loss) per step, for the LaTeX plot; None for one step
        "plot_file": None,  # the SVG loss plot beside the Markdown, when the caller writes one
        "max_drawn": MAX_DRAWN,
        "layer_rows": [
            {"name": nt.layer_name(l), "size": n, "activation": "—" if l == 0 else spec.activations[l - 1]}
            for l, n in enumerate(spec.layers)
        ],
        "weight_rows": weight_rows,
        "bias_rows": bias_rows,
        "given_rows": given_rows,
        "derivations": derivs,
        "loss_title": LOSS_TITLES[spec.loss],
        "loss_d": symbolic.loss_derivation(spec.loss),
        "loss_line": _loss_line(spec.loss, nt),
        "symbols": nt.glossary(spec.has_biases),
        "softmax": symbolic.softmax_jacobian() if "softmax" in spec.activations else None,
        "fused": symbolic.fused_derivation(spec.activations[-1], spec.loss) if fused else None,
        "kink_text": kink,
        "batch": st.batch,
        "m": spec.m,
        "sgd": spec.mode == "sgd" and spec.m > 1 and tr.lr is not None,
        "loss_sum_text": "mean" if spec.loss in ("mse",) else "sum",
        "generic_z": generic_z,
        "generic_a": generic_a,
        **_generic_formulas(nt, spec.has_biases, fused),
        "update_text": _update_text(nt),
        "optimizer": optimizer_view(tr),
        "dropout": dropout,
        "grad_head": r"Gradient, negated: $-g = \text{Err}_j O_i$" if nt.sign < 0 else "Gradient",
        "change_head": r"Change $\Delta = \eta \cdot (-g)$" if nt.sign < 0 else rf"Change ${nt.lr} \cdot g$",
        "delta_meaning": (
            rf"$-\partial {nt.loss} / \partial {nt.z(Lw, 0)} = {nt.t(0)} - {nt.a(Lw, 0)}$"
            if nt.sign < 0
            else rf"$\partial {nt.loss} / \partial {nt.z(Lw, 0)} = {nt.a(Lw, 0)} - {nt.t(0)}$"
        ),
        "matrix_eqs": _matrix_eqs(tr, st),
        "derivation": _derivation(spec, sections),
        "prev_act": lambda l, i: ([tr.inputs] + [[nf.out for nf in layer] for layer in st.forward])[l - 1][i],
        # the name of what weight W^(l)_{.i} multiplies: the activation, or a~ after dropout
        "prev_name": lambda n, l, i: n.dropped(l - 1, i) if l > 1 and st.forward[l - 2][i].keep else n.a(l - 1, i),
    }


NOTATION_TEXTS = {
    "layered": "Notation: layered — $W^{(l)}_{ji}$ is the weight from neuron $i$ of layer $l-1$ to neuron $j$ of layer $l$, $z$ net inputs, $\\delta = \\partial L/\\partial z$.",
    "numbered": "Notation: numbered — weights $w_1, w_2, \\dots$ counted through the network row by row, $\\text{net}$ for net inputs, $E_{\\text{total}}$ the loss.",
    "dz": "Notation: dz (matrix-first) — $Z^{[l]} = W^{[l]} A^{[l-1]} + b^{[l]}$ and $A^{[l]} = g(Z^{[l]})$ with $A^{[0]} = X$, $Y$ the targets, $dZ^{[l]} = \\partial L/\\partial Z^{[l]}$, $dW^{[l]}$ and $db^{[l]}$ the gradients, $\\alpha$ the learning rate; $W^{[l]}_{ji}$ joins neuron $i$ of layer $l-1$ to neuron $j$ of layer $l$.",
    "index": "Notation: index — neurons counted from 0; $a^{(l)}_j$ is neuron $j$ of layer $l$ ($a^{(0)}$ the input), $z^{(l)}_j$ its net input, $w^{(l)}_{ji}$ the weight from neuron $i$ of layer $l-1$, $y_j$ the targets, $C_0$ the cost of one example, $\\delta = \\partial C_0/\\partial z$.",
    "neuron": "Notation: neuron — neurons numbered through the whole network from the first input; $w_{ij}$ joins neuron $i$ to neuron $j$, $\\theta_j$ is the bias of neuron $j$, $\\text{net}_j$ its net input, $O_j$ its output, $T_j$ a target, $E$ the loss. The error term is $\\text{Err}_j = -\\partial E/\\partial \\text{net}_j$ (for a sigmoid output with half squared error $\\text{Err}_j = O_j(1 - O_j)(T_j - O_j)$, target first) and weights move by $w_{ij} \\mathrel{+}= \\eta\\, \\text{Err}_j O_i$ (the same step as gradient descent, written with the opposite sign).",
}


def _generic_neuron(nt: Any, biases: bool) -> tuple[str, str]:
    """A neuron's net input and activation in the preset's own letters."""
    if nt.preset == "dz":
        return (
            rf"Z^{{[l]}}_j = \sum_i W^{{[l]}}_{{ji}}\, A^{{[l-1]}}_i{' + b^{[l]}_j' if biases else ''}",
            r"A^{[l]}_j = g\left(Z^{[l]}_j\right)",
        )
    if nt.preset == "index":
        return (
            rf"z^{{(l)}}_j = \sum_{{i=0}}^{{n_{{l-1}}-1}} w^{{(l)}}_{{ji}}\, a^{{(l-1)}}_i{' + b^{(l)}_j' if biases else ''}",
            r"a^{(l)}_j = \sigma\left(z^{(l)}_j\right)",
        )
    if nt.preset == "neuron":
        theta = r" + \theta_j" if biases else ""
        return rf"\text{{net}}_j = \sum_i w_{{ij}}\, O_i{theta}", r"O_j = f\left(\text{net}_j\right)"
    if nt.preset == "numbered":
        return (
            rf"\text{{net}}_j = \sum_i w_{{ji}}\, \text{{out}}_i{' + b_j' if biases else ''}",
            r"\text{out}_j = f\left(\text{net}_j\right)",
        )
    return (
        rf"z^{{(l)}}_j = \sum_i W^{{(l)}}_{{ji}}\, a^{{(l-1)}}_i{' + b^{(l)}_j' if biases else ''}",
        r"a^{(l)}_j = f\left(z^{(l)}_j\right)",
    )


def _generic_formulas(nt: Any, biases: bool, fused: bool) -> dict[str, str]:
    """The chain rule and its matrix form in the preset's letters (rows of an aligned block)."""
    Lw, loss = nt.L, nt.loss
    if nt.preset == "neuron":
        out_d = (
            r"\text{Err}_k &= T_k - O_k"
            if fused
            else r"\text{Err}_k &= -\frac{\partial E}{\partial O_k}\, f'\!\left(\text{net}_k\right) \quad \left(= O_k (1 - O_k)(T_k - O_k) \text{ for a sigmoid with } \tfrac{1}{2}(T_k - O_k)^2\right)"
        )
        return {
            "generic_delta_out": out_d,
            "generic_delta_hidden": r"\text{Err}_j &= f'\!\left(\text{net}_j\right) \sum_k \text{Err}_k\, w_{jk}",
            "generic_grad": r"-\frac{\partial E}{\partial w_{ij}} &= \text{Err}_j\, O_i, \qquad \Delta w_{ij} = \eta\, \text{Err}_j\, O_i, \qquad w_{ij} \leftarrow w_{ij} + \Delta w_{ij}",
            "generic_matrix": (
                (
                    r"\mathbf{Err}^{(L)} &= \mathbf{T} - \mathbf{O}^{(L)} \\"
                    if fused
                    else r"\mathbf{Err}^{(L)} &= -\nabla_{\mathbf{O}} E \odot f'\left(\mathbf{net}^{(L)}\right) \\"
                )
                + "\n"
                + r"\mathbf{Err}^{(l)} &= \left(W^{(l+1)}\right)^{\top} \mathbf{Err}^{(l+1)} \odot f'\left(\mathbf{net}^{(l)}\right) \\"
                + "\n"
                + r"-\frac{\partial E}{\partial W^{(l)}} &= \mathbf{Err}^{(l)} \left(\mathbf{O}^{(l-1)}\right)^{\top}"
            ).replace("(L)", f"({Lw})"),
        }
    if nt.preset == "dz":
        return {
            "generic_delta_out": (
                rf"dZ^{{[{Lw}]}}_k &= A^{{[{Lw}]}}_k - Y_k"
                if fused
                else rf"dZ^{{[{Lw}]}}_k &= \frac{{\partial {loss}}}{{\partial A^{{[{Lw}]}}_k}}\, g'\!\left(Z^{{[{Lw}]}}_k\right)"
            ),
            "generic_delta_hidden": r"dZ^{[l]}_j &= \Bigl(\sum_k dZ^{[l+1]}_k\, W^{[l+1]}_{kj}\Bigr)\, g'\!\left(Z^{[l]}_j\right)",
            "generic_grad": r"dW^{[l]}_{ji} &= dZ^{[l]}_j\, A^{[l-1]}_i, \qquad db^{[l]}_j = dZ^{[l]}_j",
            "generic_matrix": (
                (
                    rf"dZ^{{[{Lw}]}} &= A^{{[{Lw}]}} - Y \\"
                    if fused
                    else rf"dZ^{{[{Lw}]}} &= dA^{{[{Lw}]}} \odot g'\left(Z^{{[{Lw}]}}\right) \\"
                )
                + "\n"
                + r"dZ^{[l]} &= {W^{[l+1]}}^{\top} dZ^{[l+1]} \odot g'\left(Z^{[l]}\right) \\"
                + "\n"
                + r"dW^{[l]} &= \frac{1}{m}\, dZ^{[l]} {A^{[l-1]}}^{\top}, \qquad db^{[l]} = \frac{1}{m} \sum_{i=1}^{m} dZ^{[l]}"
            ),
        }
    if nt.preset == "numbered":  # net, out, E_total and w as the body writes them; δ_j for the body's δ_{h1}, δ_{o1}
        return {
            "generic_delta_out": (
                rf"\delta_k &= \frac{{\partial {loss}}}{{\partial \text{{net}}_k}} = o_k - t_k"
                if fused
                else rf"\delta_k &= \frac{{\partial {loss}}}{{\partial o_k}}\, f'\!\left(\text{{net}}_k\right)"
            ),
            "generic_delta_hidden": r"\delta_j &= \Bigl(\sum_k \delta_k\, w_{kj}\Bigr)\, f'\!\left(\text{net}_j\right)",
            "generic_grad": rf"\frac{{\partial {loss}}}{{\partial w_{{ji}}}} &= \delta_j\, \text{{out}}_i",
            "generic_matrix": _generic_matrix(nt, loss, Lw, fused),
        }
    W = "W" if nt.preset == "layered" else "w"  # the layered preset writes its weights W^(l)_ji, the index preset w^(l)_ji
    return {
        "generic_delta_out": (
            rf"\delta^{{({Lw})}}_k &= \frac{{\partial {loss}}}{{\partial z^{{({Lw})}}_k}} = a^{{({Lw})}}_k - {'y' if nt.preset == 'index' else 't'}_k"
            if fused
            else rf"\delta^{{({Lw})}}_k &= \frac{{\partial {loss}}}{{\partial a^{{({Lw})}}_k}}\, f'\!\left(z^{{({Lw})}}_k\right)"
        ),
        "generic_delta_hidden": rf"\delta^{{(l)}}_j &= \Bigl(\sum_k \delta^{{(l+1)}}_k\, {W}^{{(l+1)}}_{{kj}}\Bigr)\, f'\!\left(z^{{(l)}}_j\right)",
        "generic_grad": rf"\frac{{\partial {loss}}}{{\partial {W}^{{(l)}}_{{ji}}}} &= \delta^{{(l)}}_j\, a^{{(l-1)}}_i",
        "generic_matrix": _generic_matrix(nt, loss, Lw, fused),
    }


def _generic_matrix(nt: Any, loss: str, Lw: int, fused: bool) -> str:
    """The backward pass in matrix form (layered, index and numbered presets: bold z, a, δ)."""
    return (
        (
            rf"\boldsymbol{{\delta}}^{{({Lw})}} &= \mathbf{{a}}^{{({Lw})}} - {nt.tvec()} \\"
            if fused
            else rf"\boldsymbol{{\delta}}^{{({Lw})}} &= \nabla_{{\mathbf{{a}}}} {loss} \odot f'\left(\mathbf{{z}}^{{({Lw})}}\right) \\"
        )
        + "\n"
        + r"\boldsymbol{\delta}^{(l)} &= \left(W^{(l+1)}\right)^{\top} \boldsymbol{\delta}^{(l+1)} \odot f'\left(\mathbf{z}^{(l)}\right) \\"
        + "\n"
        + rf"\frac{{\partial {loss}}}{{\partial W^{{(l)}}}} &= \boldsymbol{{\delta}}^{{(l)}} \left(\mathbf{{a}}^{{(l-1)}}\right)^{{\top}}"
    )


_LETTER = r"(?<![\\A-Za-z]){}(?![A-Za-z])"


def _loss_line(loss: str, nt: Any) -> dict[str, str]:
    """One output's loss term and its derivative in the body's letters (ℓ_k, y_k, t_k …), for the formulas section.

    The stated loss forms are written once with E, o and t (:mod:`generator.engine.symbolic`, which
    proves them); they are re-lettered here so that the formulas section reads with the symbols the
    walkthrough prints.
    """
    d = symbolic.loss_derivation(loss)
    letters = {"term": nt.term_k, "out": nt.out_k, "target": nt.target_k}
    return {
        "function": relettered(d.function, letters),
        "stated": relettered(d.stated, letters),
        "d": rf"\frac{{\partial {nt.term_k}}}{{\partial {nt.out_k}}}",
        "target": nt.target_k,
        "out": nt.out_k,
    }


def relettered(latex: str, letters: dict[str, str]) -> str:
    """``latex`` with its stand-alone letters E, o, t replaced by the preset's (not the o of \\ln or \\frac's letters)."""
    out = latex
    marks = {"E": "\x00", "o": "\x01", "t": "\x02"}  # two steps, so that a replacement is never replaced again
    for letter, mark in marks.items():
        out = re.sub(_LETTER.format(letter), mark, out)
    for letter, mark in marks.items():
        out = out.replace(mark, {"E": letters["term"], "o": letters["out"], "t": letters["target"]}[letter])
    return out


def _update_text(nt: Any) -> str:
    """The update rule, in words and the preset's symbols (Markdown with inline math)."""
    if nt.sign < 0:
        return (
            r"each weight moves by $\Delta w_{ij} = \eta\, \text{Err}_j\, O_i$ and each bias by $\Delta \theta_j = \eta\, \text{Err}_j$, "
            r"added to the old value: $w_{ij} \leftarrow w_{ij} + \Delta w_{ij}$. Since $\text{Err}_j O_i = -\partial E / \partial w_{ij}$, "
            r"this is the same step as gradient descent."
        )
    return rf"every parameter moves against its gradient, $\theta^{{\text{{new}}}} = \theta - {nt.lr} \, \partial {nt.loss} / \partial \theta$."


# ---------------------------------------------------------------- writers


def _render_template(kind: str, name: str, templates: str | None, **ctx: Any) -> str:
    """Render one template; a user template folder's mistakes become a SpecError naming file and line."""
    try:
        return jinja_env(kind, templates).get_template(name).render(**ctx)
    except jinja2.TemplateError as exc:
        if templates is None:
            raise  # a built-in template failing is nnwalk's bug: let it surface as one
        where, line = _template_position(exc, name)
        at = f", line {line}" if line else ""
        why = str(exc.message or exc).rstrip(".")
        sandbox = (
            " Templates in a user folder run in Jinja's sandbox: they may read the document model "
            "but not change it, reach Python internals, or load files outside the template folders."
            if isinstance(exc, (SecurityError, jinja2.TemplateNotFound))
            else ""
        )
        raise SpecError(f"--templates {templates}: {where}{at}: {type(exc).__name__}: {why}.{sandbox}") from None


def _template_position(exc: jinja2.TemplateError, name: str) -> tuple[str, int | None]:
    """The template file and line at fault: Jinja puts template frames (file *.j2, template line) in the traceback."""
    where, line = getattr(exc, "filename", None), getattr(exc, "lineno", None)
    if where:
        return where, line
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename.endswith(".j2"):
            where, line = tb.tb_frame.f_code.co_filename, tb.tb_lineno
        tb = tb.tb_next
    return where or name, line


def render_body(kind: str, vm: dict[str, Any], templates: str | None = None) -> str:
    """Everything but the certificate (which can only be written after verification)."""
    stem = "matrix_document" if vm.get("matrix_form") else "document"
    name = f"{stem}.md.j2" if kind == "md" else f"{stem}.tex.j2"
    return _tidy(_render_template(kind, name, templates, doc=vm))


def add_certificate(kind: str, body: str, vm: dict[str, Any], cert: Certificate, templates: str | None = None) -> str:
    """Append the certificate section (and, for LaTeX, the end of the document).

    A spec whose ``presentation.sections`` leaves ``certificate`` out gets none printed (a handout for
    students; the JSON keeps it, and the checks are made all the same); a student version always ends
    with its Answers note.
    """
    if not vm.get("certificate", True) and not vm.get("student"):
        return _tidy(body + ("\n\\end{document}\n" if kind == "tex" else ""))
    name = "certificate.md.j2" if kind == "md" else "certificate.tex.j2"
    return _tidy(body + "\n" + _render_template(kind, name, templates, doc=vm, cert=cert))


def render_markdown(vm: dict[str, Any], cert: Certificate) -> str:
    """The walkthrough as Markdown (math for MathJax and KaTeX)."""
    return add_certificate("md", render_body("md", vm), vm, cert)


def render_latex(vm: dict[str, Any], cert: Certificate) -> str:
    """The walkthrough as a standalone LaTeX document for pdflatex."""
    return add_certificate("tex", render_body("tex", vm), vm, cert)


def _tidy(text: str) -> str:
    """Collapse runs of blank lines the templates leave between sections."""
    out: list[str] = []
    blank = 0
    for line in text.splitlines():
        if line.strip() == "":
            blank += 1
            if blank > 1:
                continue
        else:
            blank = 0
        out.append(line.rstrip())
    return "\n".join(out).strip() + "\n"


def _tolist(a: np.ndarray) -> Any:
    return np.asarray(a, dtype=np.float64).tolist()


#: What the answer key's per-step arrays mean, written into every key: ``deltas`` predates the batch
#: documents and keeps its meaning for the checks that read it; ``example_deltas`` is the δ the
#: document prints. The two are equal for one example (and in ``sgd`` mode, one example per update).
KEY_DEFINITIONS: dict[str, str] = {
    "loss": "the mean over the examples of each example's loss (the sum of its loss_parts)",
    "loss_parts": "per example, per output: the terms whose sum is that example's loss",
    "deltas": "per layer, per example, per neuron: dLoss/dz for the mean loss of the pass, "
    "i.e. the document's delta divided by the number of examples m (as PyTorch's z.grad with reduction='mean')",
    "example_deltas": "per layer, per example, per neuron: dL/dz for that example's own loss L, "
    "the delta the document prints (deltas times m)",
    "gradients": "per layer: dLoss/dW and dLoss/db of the mean loss, the mean of the examples' gradients as the document prints it",
}


def answer_key(tr: Trace, cert: Certificate) -> dict[str, Any]:
    """The JSON answer key: exact float64 values of the true network (contract keys)."""
    spec = tr.spec
    runs = network.train_spec(spec)
    steps = []
    for (_, p, new), st in zip(runs, tr.steps or [None]):
        entry: dict[str, Any] = {
            "forward": [{"z": _tolist(z), "a": _tolist(a)} for z, a in zip(p.z, p.a)],
            "loss": p.loss,
            "loss_parts": _tolist(p.loss_parts),
            "deltas": [_tolist(d) for d in p.deltas],
            "example_deltas": [_tolist(d * p.m) for d in p.deltas],
            "gradients": {
                "weights": [_tolist(g) for g in p.grad_w],
                "biases": [_tolist(g) for g in p.grad_b] if p.grad_b is not None else None,
            },
            "displayed": _displayed(tr, st) if st is not None else {c.name: c.result.plain for c in tr.chains() if c.key},
        }
        if spec.dropout is not None and p.scales is not None:
            # per hidden layer: each example's 0/1 mask (null for a layer with rate 0), and what the layer passed on
            dr = spec.dropout
            u = len(steps)
            entry["masks"] = [
                None if dr.rates[l] == 0 else [[int(v) for v in dr.mask(u, l + 1, e)] for e in range(p.m)]
                for l in range(spec.depth - 1)
            ]
            for l, f in enumerate(entry["forward"][:-1]):
                f["dropped"] = _tolist(p.out(l))
        if new is not None:
            entry["updated"] = {
                "weights": [_tolist(w) for w in new.weights],
                "biases": [_tolist(b) for b in new.biases] if new.biases is not None else None,
            }
            entry.update(_optimizer_key(spec, new.state, p, len(steps) + 1))
        steps.append(entry)
    out: dict[str, Any] = {
        "title": spec.title,
        "network": _network_key(spec),
        "notation": spec.notation,
        "definitions": KEY_DEFINITIONS,
        "steps": steps,
        "verification": {"checked": cert.checked, "passed": cert.passed, "failed": cert.failed, "policy": cert.policy},
    }
    if runs and runs[-1][2] is not None:
        out["final_loss"] = network.mean_loss(
            runs[-1][2], spec.activations, spec.loss, spec.inputs, spec.targets, network.options_of(spec)
        )
    return json_value(out)


def _optimizer_key(spec: Any, st: Any, p: network.Pass, t: int) -> dict[str, Any]:
    """A step's ``optimizer`` (name, update count, gradient norm, clipping factor) and ``optimizer_state`` after it.

    Plain gradient descent keeps no state: its entry is the same, with an empty state (so a reader of
    the key never needs to special-case it).
    """
    L = spec.depth
    if st is None:
        grads = list(p.grad_w) + (list(p.grad_b) if p.grad_b is not None and spec.has_biases and spec.update_biases else [])
        st = optim.OptimState(t, {}, grads, *optim.clip_factor(grads, None))

    def split(arrays: list[np.ndarray]) -> dict[str, Any]:
        return {
            "weights": [_tolist(a) for a in arrays[:L]],
            "biases": [_tolist(a) for a in arrays[L:]] if len(arrays) > L else None,
        }

    return {
        "optimizer": {"name": spec.optimizer.name, "t": st.t, "grad_norm": st.grad_norm, "clip_factor": st.clip_factor},
        "optimizer_state": {name: split(arrays) for name, arrays in st.state.items()},
    }


def _network_key(spec: Any) -> dict[str, Any]:
    """The answer key's network entry; the breadth options appear only where they matter."""
    out: dict[str, Any] = {"layers": list(spec.layers), "activations": list(spec.activations), "loss": spec.loss}
    if "leaky_relu" in spec.activations:
        out["leaky_relu_slope"] = spec.leaky_slope
    if {"relu", "leaky_relu"} & set(spec.activations):
        out["relu_prime_at_zero"] = spec.relu_prime_at_zero
    if spec.m > 1:
        out["examples"] = spec.m
        out["training_mode"] = spec.mode
    return out


def _displayed(tr: Trace, st: StepTrace) -> dict[str, str]:
    """The printed strings of the step's main quantities, by their LaTeX names."""
    shown: dict[str, str] = {}
    for ex in st.examples:
        for layer in ex.forward:
            for nf in layer:
                shown[nf.z.name] = nf.z.result.plain
                shown[nf.a.name] = nf.a.result.plain
        if st.batch:
            shown[ex.loss.name] = ex.loss.result.plain
            for layer in ex.backward or []:
                for nb in layer:
                    if nb.delta is not None:
                        shown[nb.delta.name] = nb.delta.result.plain
                    for g in nb.grad_w:
                        shown[g.name] = g.result.plain
    shown[st.loss.name] = st.loss.result.plain
    for layer in st.backward:
        for nb in layer:
            if nb.delta is not None:
                shown[nb.delta.name] = nb.delta.result.plain
            for g in nb.grad_w:
                shown[g.name] = g.result.plain
            for c in nb.new_w:
                shown[c.name] = c.result.plain
            for ps in nb.opt:
                for c in ps.chains():
                    shown[c.name] = c.result.plain
    return shown


def render_json(tr: Trace, cert: Certificate) -> str:
    """The answer key; a matrix-form network's (26,000 weights) is written compactly, which keeps it near 400 kB."""
    if tr.matrix is not None:
        return json.dumps(answer_key(tr, cert), separators=(",", ":"), sort_keys=False) + "\n"
    return dumps_indented(answer_key(tr, cert)) + "\n"


__all__ = ["FORMATS", "Num", "render_json", "render_latex", "render_markdown", "view_model"]
