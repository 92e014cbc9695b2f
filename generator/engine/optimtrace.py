"""The optimizer's step as printed lines: clipping, weight decay, each state update, the new value.

Why a module beside :mod:`.optim`: that one computes PyTorch's rules in float64 (the truth the
certificate compares with); this one writes the same rules as chains under the rounding policy,
each from numbers printed before it (the previous step's state, this step's gradient), so every
line can be redone by hand. States start at 0 and are carried from step to step as printed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ..numfmt import Num, given
from . import expr as E
from .chains import Calc, Chain
from .notation import Notation

L_ = E.lit
#: What a parameter is in keys: ("w", l, j, i) or ("b", l, j).
What = tuple

#: How each state is written (symbol before the parameter's subscript).
SYMBOLS = {"velocity": "v", "v": "v", "sum": "s", "m": "m", "m_hat": r"\hat{m}", "v_hat": r"\hat{v}"}
#: The hyper-parameters' symbols; RMSprop's alpha is written rho (alpha is the dz preset's learning rate).
HYPER_SYMBOLS = {"momentum": r"\mu", "alpha": r"\rho", "beta1": r"\beta_1", "beta2": r"\beta_2", "eps": r"\epsilon"}
DECAY = r"\lambda"
CLIP = r"G_{\max}"
NORM = r"\lVert \nabla \rVert"
FACTOR = r"c_{\text{clip}}"
THETA = r"\theta"


@dataclass
class ParamSteps:
    """One parameter's part of an optimizer step, in the order it is computed."""

    what: What
    name: str  # the parameter's symbol, e.g. w_{5}
    old: Num
    gradient: Num  # the loss gradient as printed by the backward pass (its negative in the neuron preset)
    grad: Chain | None  # the gradient the rule uses, when it is not the printed one (clipped, decayed, sign)
    states: list[Chain] = field(default_factory=list)
    new: Chain | None = None

    def chains(self) -> list[Chain]:
        return [c for c in (self.grad, *self.states, self.new) if c is not None]


@dataclass
class StepClip:
    """The step's gradient norm and clipping factor (clip_grad_norm_), printed once per step."""

    square: Chain  # the sum of the squared gradients
    norm: Chain
    factor: Chain

    @property
    def clips(self) -> bool:
        return self.factor.result.value < 1


def small_given(x: float, text: str) -> Num:
    """A given constant like 1e-8 written as 1 \\times 10^{-8}, not as eight zeros."""
    d = Decimal(text) if "e" not in text.lower() else Decimal(text.lower())
    if d != 0 and abs(d) < Decimal("0.0001"):
        exp = d.adjusted()
        mant = d.scaleb(-exp).normalize()
        return Num(value=d, exact=d, digits_text=format(mant, "f"), exponent=exp, given=True)
    return given(x, text)


class Writer:
    """Builds one step's optimizer chains for every parameter (state carried between steps)."""

    def __init__(self, calc: Calc, nt: Notation, spec: Any) -> None:
        self.calc, self.nt, self.spec = calc, nt, spec
        opt = spec.optimizer
        self.opt = opt
        self.lr = given(spec.learning_rate, spec.learning_rate_text)
        self.hyper = {k: small_given(v, t) for k, v, t in opt.hyper}
        self.decay = given(opt.weight_decay, opt.weight_decay_text) if opt.weight_decay else None
        self.clip_norm = given(opt.clip_norm, opt.clip_norm_text) if opt.clip_norm is not None else None
        self.t = 0
        self.state: dict[tuple[What, str], Num] = {}

    def givens(self) -> list[tuple[str, Num]]:
        """The hyper-parameters as printed, by symbol (the document's table of them)."""
        out = [(HYPER_SYMBOLS[k], n) for k, n in self.hyper.items()]
        if self.decay is not None:
            out.append((DECAY, self.decay))
        if self.clip_norm is not None:
            out.append((CLIP, self.clip_norm))
        return out

    def sym(self, state: str, name: str) -> str:
        """A state's name for this update, e.g. m^{(2)}_{w_{5}}."""
        return f"{SYMBOLS[state]}^{{({self.t})}}_{{{name}}}"

    def _prev(self, state: str, name: str) -> str:
        return f"{SYMBOLS[state]}^{{({self.t - 1})}}_{{{name}}}"

    def clip(self, step: int, gradients: list[Num]) -> StepClip | None:
        """The norm of the whole gradient and the factor that scales it to at most G_max."""
        if self.clip_norm is None:
            return None
        squares = [E.Square(L_(g)) for g in gradients]
        grad = self.nt.grad(THETA)
        # the sum of squares on its own line, so a long sum can break across lines (a square root cannot)
        square = self.calc.chain(
            (step, "opt_norm2"), f"{NORM}^2", rf"\textstyle\sum_{{\theta}} \left({grad}\right)^2", [E.Sum(tuple(squares))]
        )
        norm = self.calc.chain((step, "opt_norm"), NORM, rf"\sqrt{{{NORM}^2}}", [E.Sqrt(L_(square.result))])
        eps = Num(Decimal("1E-6"), Decimal("1E-6"), "1", -6, given=True)
        factor = self.calc.chain(
            (step, "opt_clip"),
            FACTOR,
            rf"\min\left(1, \frac{{{CLIP}}}{{{NORM} + 10^{{-6}}}}\right)",
            [E.Min((L_(1), E.Frac(L_(self.clip_norm), E.Sum((L_(norm.result), L_(eps))))))],
        )
        return StepClip(square, norm, factor)

    def param(self, step: int, what: What, name: str, old: Num, gradient: Num, clip: StepClip | None) -> ParamSteps:
        """The parameter's gradient as the rule sees it, its state updates and its new value."""
        nt, calc, opt = self.nt, self.calc, self.opt
        lr = L_(self.lr)
        g_e: E.Expr = L_(gradient) if nt.sign > 0 else E.Neg(L_(gradient))
        g_f = nt.grad(name)
        if clip is not None and clip.clips:
            g_e, g_f = E.Prod((L_(clip.factor.result), g_e)), rf"{FACTOR} {g_f}"
        decays = self.decay is not None and (what[0] == "w" or opt.decay_biases)
        if decays and not opt.decoupled:
            g_e, g_f = E.Sum((g_e, E.Prod((L_(self.decay), L_(old))))), rf"{g_f} + {DECAY} {name}"  # type: ignore[arg-type]
        grad = None
        g = gradient
        if not isinstance(g_e, E.Lit):
            grad = calc.chain((step, "opt", "g", *what), f"g_{{{name}}}", g_f, [g_e])
            g = grad.result
        g_name = f"g_{{{name}}}" if grad is not None else nt.grad(name)
        g2 = rf"\left({g_name}\right)^2" if grad is None else f"{g_name}^2"
        ps = ParamSteps(what, name, old, gradient, grad)
        h = self.hyper
        S = self.sym

        def prev(state: str) -> Num:
            return self.state.get((what, state), Num(Decimal(0), Decimal(0), "0", given=True))

        def add(state: str, formula: str, e: E.Expr) -> Num:
            c = calc.chain((step, "opt", state, *what), S(state, name), formula, [e])
            ps.states.append(c)
            self.state[(what, state)] = c.result
            return c.result

        one = L_(1)
        if opt.name == "momentum":
            mu = L_(h["momentum"])
            v = add(
                "velocity", rf"\mu {self._prev('velocity', name)} + {g_name}", E.Sum((E.Prod((mu, L_(prev("velocity")))), L_(g)))
            )
            if opt.nesterov:
                step_e: E.Expr = E.Sum((L_(g), E.Prod((mu, L_(v)))))
                formula = rf"{name} - {nt.lr} \left({g_name} + \mu {S('velocity', name)}\right)"
            else:
                step_e, formula = L_(v), rf"{name} - {nt.lr} {S('velocity', name)}"
            new_e: E.Expr = E.Diff(L_(old), E.Prod((lr, step_e)))
        elif opt.name == "rmsprop":
            rho = L_(h["alpha"])
            v = add(
                "v",
                rf"\rho {self._prev('v', name)} + (1 - \rho) {g2}",
                E.Sum((E.Prod((rho, L_(prev("v")))), E.Prod((E.Diff(one, rho), E.Square(L_(g)))))),
            )
            formula = rf"{name} - {nt.lr} \frac{{{g_name}}}{{\sqrt{{{S('v', name)}}} + \epsilon}}"
            new_e = E.Diff(L_(old), E.Prod((lr, E.Frac(L_(g), E.Sum((E.Sqrt(L_(v)), L_(h["eps"])))))))
        elif opt.name == "adagrad":
            s = add("sum", rf"{self._prev('sum', name)} + {g2}", E.Sum((L_(prev("sum")), E.Square(L_(g)))))
            formula = rf"{name} - {nt.lr} \frac{{{g_name}}}{{\sqrt{{{S('sum', name)}}} + \epsilon}}"
            new_e = E.Diff(L_(old), E.Prod((lr, E.Frac(L_(g), E.Sum((E.Sqrt(L_(s)), L_(h["eps"])))))))
        elif opt.name in ("adam", "adamw"):
            b1, b2 = L_(h["beta1"]), L_(h["beta2"])
            m = add(
                "m",
                rf"\beta_1 {self._prev('m', name)} + (1 - \beta_1) {g_name}",
                E.Sum((E.Prod((b1, L_(prev("m")))), E.Prod((E.Diff(one, b1), L_(g))))),
            )
            v = add(
                "v",
                rf"\beta_2 {self._prev('v', name)} + (1 - \beta_2) {g2}",
                E.Sum((E.Prod((b2, L_(prev("v")))), E.Prod((E.Diff(one, b2), E.Square(L_(g)))))),
            )
            t = L_(self.t)
            mh = add("m_hat", rf"\frac{{{S('m', name)}}}{{1 - \beta_1^{{{self.t}}}}}", E.Frac(L_(m), E.Diff(one, E.Pow(b1, t))))
            vh = add("v_hat", rf"\frac{{{S('v', name)}}}{{1 - \beta_2^{{{self.t}}}}}", E.Frac(L_(v), E.Diff(one, E.Pow(b2, t))))
            adam = E.Prod((lr, E.Frac(L_(mh), E.Sum((E.Sqrt(L_(vh)), L_(h["eps"]))))))
            formula = rf"{nt.lr} \frac{{{S('m_hat', name)}}}{{\sqrt{{{S('v_hat', name)}}} + \epsilon}}"
            if decays and opt.decoupled:
                new_e = E.Diff(E.Diff(L_(old), E.Prod((lr, L_(self.decay), L_(old)))), adam)  # type: ignore[arg-type]
                formula = rf"{name} - {nt.lr} {DECAY} {name} - {formula}"
            else:
                new_e, formula = E.Diff(L_(old), adam), rf"{name} - {formula}"
        else:  # sgd with weight decay or clipping
            new_e, formula = E.Diff(L_(old), E.Prod((lr, L_(g)))), rf"{name} - {nt.lr} {g_name}"
        ps.new = calc.chain((step, "new", *what), nt.new(name), formula, [new_e])
        return ps


def formulas(opt: Any, nt: Notation) -> list[dict[str, str]]:
    """The rule written once with generic symbols (theta for any parameter), for the formulas box."""
    g = r"g_{\theta}"
    S = {k: f"{v}^{{(t)}}_{{\\theta}}" for k, v in SYMBOLS.items()}
    P = {k: f"{v}^{{(t-1)}}_{{\\theta}}" for k, v in SYMBOLS.items()}
    out = []
    grad = nt.grad(r"\theta")
    parts = [grad if nt.sign > 0 else rf"-\left(-{grad}\right)"]
    if opt.clip_norm is not None:
        out.append({"title": "Gradient norm", "latex": rf"{NORM} = \sqrt{{\textstyle\sum_{{\theta}} \left({grad}\right)^2}}"})
        out.append(
            {"title": "Clipping factor", "latex": rf"{FACTOR} = \min\left(1, \frac{{{CLIP}}}{{{NORM} + 10^{{-6}}}}\right)"}
        )
        parts = [rf"{FACTOR}\, {parts[0]}"]
    if opt.weight_decay and not opt.decoupled:
        parts.append(rf"{DECAY} \theta")
    if len(parts) > 1 or opt.clip_norm is not None or nt.sign < 0:
        out.append({"title": "Gradient the rule uses", "latex": rf"{g} = {' + '.join(parts)}"})
    else:
        g = grad
    g2 = rf"\left({g}\right)^2" if "\\frac" in g else f"{g}^2"
    lr = nt.lr
    if opt.name == "sgd":
        out.append({"title": "Update", "latex": rf"\theta^{{\text{{new}}}} = \theta - {lr} {g}"})
    elif opt.name == "momentum":
        out.append({"title": "Velocity", "latex": rf"{S['velocity']} = \mu {P['velocity']} + {g}"})
        if opt.nesterov:
            out.append(
                {
                    "title": "Update (Nesterov)",
                    "latex": rf"\theta^{{\text{{new}}}} = \theta - {lr} \left({g} + \mu {S['velocity']}\right)",
                }
            )
        else:
            out.append({"title": "Update", "latex": rf"\theta^{{\text{{new}}}} = \theta - {lr} {S['velocity']}"})
    elif opt.name == "rmsprop":
        out.append({"title": "Square average", "latex": rf"{S['v']} = \rho {P['v']} + (1 - \rho) {g2}"})
        out.append(
            {"title": "Update", "latex": rf"\theta^{{\text{{new}}}} = \theta - {lr} \frac{{{g}}}{{\sqrt{{{S['v']}}} + \epsilon}}"}
        )
    elif opt.name == "adagrad":
        out.append({"title": "Sum of squares", "latex": rf"{S['sum']} = {P['sum']} + {g2}"})
        out.append(
            {
                "title": "Update",
                "latex": rf"\theta^{{\text{{new}}}} = \theta - {lr} \frac{{{g}}}{{\sqrt{{{S['sum']}}} + \epsilon}}",
            }
        )
    else:
        out.append({"title": "First moment", "latex": rf"{S['m']} = \beta_1 {P['m']} + (1 - \beta_1) {g}"})
        out.append({"title": "Second moment", "latex": rf"{S['v']} = \beta_2 {P['v']} + (1 - \beta_2) {g2}"})
        out.append(
            {
                "title": "Bias correction",
                "latex": rf"{S['m_hat']} = \frac{{{S['m']}}}{{1 - \beta_1^{{t}}}}, \quad {S['v_hat']} = \frac{{{S['v']}}}{{1 - \beta_2^{{t}}}}",
            }
        )
        shrink = rf" - {lr} {DECAY} \theta" if opt.decoupled and opt.weight_decay else ""
        out.append(
            {
                "title": "Update" + (" (decoupled weight decay)" if shrink else ""),
                "latex": rf"\theta^{{\text{{new}}}} = \theta{shrink} - {lr} \frac{{{S['m_hat']}}}{{\sqrt{{{S['v_hat']}}} + \epsilon}}",
            }
        )
    return out


__all__ = ["CLIP", "DECAY", "FACTOR", "HYPER_SYMBOLS", "NORM", "SYMBOLS", "ParamSteps", "StepClip", "Writer", "formulas"]
