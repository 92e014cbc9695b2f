"""Recursive-descent parser for the LaTeX arithmetic subset.

Written by hand (never ``eval``/``sympify``/``parse_latex`` on document text)
so that what is evaluated is exactly what a reader sees.  Grammar::

    expr    := term (('+' | '-') term)*
    term    := unary ((\\times | \\cdot | * | / | \\div | \\odot) unary | power)*   # juxtaposition
    unary   := ('-' | '+') unary | power
    power   := primary ('^' exponent | '_' subscript | "'")*
    primary := number [\\times 10^{k}] | group | \\frac{..}{..} | \\sqrt[..]{..}
             | function argument | matrix | wrapper{..} | symbol

Anything symbolic becomes a :class:`Sym` node (the side is then simply not
numeric); malformed input raises :class:`ParseError`.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .ast import Bin, Const, Func, Matrix, Neg, Node, Num, Pow, Sym, Transpose, literals
from .gcpause import detached
from .lexer import Token, tokenize

__all__ = ["ParseError", "parse_tokens", "parse_side", "parse_latex_expr", "make_number"]


class ParseError(ValueError):
    """The side is not in the supported grammar."""


_SPACING = {
    "\\,",
    "\\;",
    "\\:",
    "\\!",
    "\\ ",
    "\\>",
    "\\quad",
    "\\qquad",
    "\\displaystyle",
    "\\textstyle",
    # font-size switches (Jupyter authors write ``\Large\frac{df}{dx} = \normalsize -0.53``): no value of their own
    "\\tiny",
    "\\scriptsize",
    "\\footnotesize",
    "\\small",
    "\\normalsize",
    "\\large",
    "\\Large",
    "\\LARGE",
    "\\huge",
    "\\Huge",
    "\\scriptstyle",
    "\\limits",
    "\\nolimits",
    "\\mathstrut",
    "\\strut",
    "\\left.",
    "\\right.",
    "\\middle",
    "\\nonumber",
    "\\notag",
    "\\enspace",
    "\\thinspace",
    "\\medspace",
    "\\thickspace",
    "\\negthinspace",
    "\\cdotp",
}
_DROP_WITH_ARG = {
    "\\color",
    "\\phantom",
    "\\hphantom",
    "\\vphantom",
    "\\hspace",
    "\\hspace*",
    "\\vspace",
    "\\label",
    "\\tag",
    "\\kern",
}
_SIZES = re.compile(r"\\[bB]igg?[lrm]?$")
_OPEN_D = {
    "(": "(",
    "[": "[",
    "\\{": "{",
    "\\lbrace": "{",
    "\\lbrack": "[",
    "\\lparen": "(",
    "\\lvert": "|",
    "\\lVert": "|",
    "|": "|",
    "\\vert": "|",
    "\\|": "|",
    "\\lfloor": "\u230a",
    "\\lceil": "\u2308",
    ".": ".",
}
_CLOSE_D = {
    ")": ")",
    "]": "]",
    "\\}": "}",
    "\\rbrace": "}",
    "\\rbrack": "]",
    "\\rparen": ")",
    "\\rvert": "|",
    "\\rVert": "|",
    "|": "|",
    "\\vert": "|",
    "\\|": "|",
    "\\rfloor": "\u230b",
    "\\rceil": "\u2309",
    ".": ".",
}
#: ``⌊x⌋`` and ``⌈x⌉`` (output sizes of a convolution: ``⌊(28 + 2 − 3)/2⌋ + 1 = 14``): the function each pair of
#: brackets applies.
_ROUNDING_BRACKETS = {"\u230a": ("\u230b", "floor"), "\u2308": ("\u2309", "ceil")}

_MUL_OPS = {
    "\\times": "*",
    "\\cdot": "*",
    "*": "*",
    "/": "/",
    "\\div": "/",
    "\\odot": "odot",
    "\\circ": "odot",
    "\\ast": "*",
    "\\bullet": "*",
    "@": "juxt",  # Python's matrix product, in listings written as worked text (z1 = W1 @ x + b1 = [...])
}
_FUNC_CMDS = {"\\exp": "exp", "\\ln": "ln", "\\log": "log", "\\tanh": "tanh", "\\max": "max", "\\min": "min", "\\sqrt": "sqrt"}
_FUNC_NAMES = {
    "exp": "exp",
    "ln": "ln",
    "log": "log",
    "tanh": "tanh",
    "max": "max",
    "min": "min",
    "sigmoid": "sigmoid",
    "sigma": "sigmoid",
    "relu": "relu",
    "sqrt": "sqrt",
    "abs": "abs",
    "softmax": "softmax",
    "floor": "floor",
    "ceil": "ceil",
}
_WRAPPERS = {
    "\\boxed",
    "\\mathbf",
    "\\bm",
    "\\boldsymbol",
    "\\mathit",
    "\\mathsf",
    "\\underline",
    "\\fbox",
    "\\cancel",
    "\\bcancel",
    "\\hat",
    "\\bar",
    "\\vec",
    "\\tilde",
    "\\widehat",
    "\\widetilde",
    "\\overline",
    "\\dot",
    "\\ddot",
    "\\mathbb",
    "\\mathcal",
    "\\pmb",
    "\\textbf",
    "\\mathtt",
    "\\mathscr",
    "\\mathfrak",
    "\\check",
    "\\breve",
    "\\overrightarrow",
}
_TEXT = {
    "\\text",
    "\\textrm",
    "\\textit",
    "\\textsf",
    "\\texttt",
    "\\mbox",
    "\\mathrm",
    "\\operatorname",
    "\\textnormal",
    "\\hbox",
    "\\operatorname*",
}
_TWO_ARG_SECOND = {"\\textcolor", "\\colorbox", "\\underset", "\\overset", "\\stackrel"}
_FRACS = {"\\frac", "\\dfrac", "\\tfrac", "\\cfrac"}
_MATRIX_ENVS = {"matrix", "bmatrix", "pmatrix", "Bmatrix", "smallmatrix", "array", "bmatrix*", "pmatrix*", "matrix*"}
_TRANSPOSE = {"T", "\\top", "\\intercal", "\\mathsfT", "\\mathrmT", "\\mathbfT", "\\textT", "\\textsf{T}", "\\operatornameT"}
MAX_DEPTH = 150


# A document prints the same literals again and again (every weight, every rounded result it
# reuses, and each exam variant's numbers in several places): the fields of a literal's Num are
# made once per (text, scale) and a new Num is built from them at each offset. Bounded: cleared
# when full. Errors are not kept (a bad number is rare and raises anew).
_NUMBERS: dict[tuple[str, int | None], dict[str, object]] = {}
_NUMBERS_MAX = 100_000


def make_number(text: str, start: int = 0, scale: int | None = None) -> Num:
    """A :class:`Num` for the literal ``text`` (``1.88e-4`` allowed) times ``10**scale``."""
    fields = _NUMBERS.get((text, scale))
    if fields is None:
        if len(_NUMBERS) >= _NUMBERS_MAX:
            _NUMBERS.clear()
        fields = _NUMBERS[(text, scale)] = _new_number(text, scale).__dict__
    attrs = fields.copy()  # the dataclass's own field order, with this literal's offset
    attrs["start"] = start
    num = object.__new__(Num)
    num.__dict__ = attrs
    return num


def _new_number(text: str, scale: int | None) -> Num:
    """:func:`make_number` at offset 0, made from the digits (what the memo above keeps)."""
    start = 0
    m = re.fullmatch(r"(\d*)(?:\.(\d+))?(?:[eE]([+-]?\d+))?", text)
    if m is None or not (m.group(1) or m.group(2)):
        raise ParseError(f"bad number {text!r}")
    if m.group(3) is not None:
        scale = (scale or 0) + int(m.group(3))
    mant = text.split("e")[0].split("E")[0]
    decimals = len(m.group(2)) if m.group(2) is not None else None
    if scale is not None and decimals is None:
        decimals = 0  # "2 x 10^{-3}": the mantissa is a rounded result, not an exact integer
    try:
        mult = 10.0**scale if scale is not None else 1.0
    except OverflowError:  # 10^400: beyond float range; evaluation reports it as not checked
        mult = math.inf
    try:
        value = float(mant) * mult
    except OverflowError:
        value = math.inf
    half = 0.0 if decimals is None else 0.5 * 10.0 ** (-decimals) * mult
    key = mant.lstrip("0") or "0"
    if scale is not None:
        key = f"{key}e{scale}"
    return Num(
        value,
        half,
        key,
        decimals,
        text if scale is None or "e" in text.lower() else f"{mant} \\times 10^{{{scale}}}",
        scale,
        start=start,
    )


def _normalize(toks: list[Token]) -> list[Token]:
    """Drop spacing/colour commands and turn sized delimiters into ``open``/``close`` tokens."""
    out: list[Token] = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        if t.kind == "char" and t.text == "~" or t.kind == "cmd" and t.text in _SPACING:
            i += 1
            continue
        if t.kind == "cmd" and t.text in _DROP_WITH_ARG:
            i += 1
            if i < n and toks[i].text == "{":
                depth = 0
                while i < n:
                    depth += toks[i].text == "{"
                    depth -= toks[i].text == "}"
                    i += 1
                    if depth == 0:
                        break
            elif i < n:
                i += 1  # \color red-style single-token argument
            continue
        if t.kind == "cmd" and (t.text in ("\\left", "\\right") or _SIZES.match(t.text)) and i + 1 < n:
            d = toks[i + 1].text
            role = _delimiter_role(t.text, d)
            if role is None:  # \big| and friends: keep the bare delimiter
                i += 1
                continue
            mapped = (_OPEN_D if role == "open" else _CLOSE_D).get(d)
            if mapped is None:
                raise ParseError(f"bad delimiter {d!r}")
            out.append(Token(role, mapped, t.start, toks[i + 1].end))
            i += 2
            continue
        if t.kind == "char" and t.text in "([":
            out.append(Token("open", t.text, t.start, t.end))
        elif t.kind == "char" and t.text in ")]":
            out.append(Token("close", t.text, t.start, t.end))
        elif t.kind == "cmd" and t.text in (
            "\\{",
            "\\lbrace",
            "\\lbrack",
            "\\lparen",
            "\\lvert",
            "\\lVert",
            "\\lfloor",
            "\\lceil",
        ):
            out.append(Token("open", _OPEN_D[t.text], t.start, t.end))
        elif t.kind == "cmd" and t.text in (
            "\\}",
            "\\rbrace",
            "\\rbrack",
            "\\rparen",
            "\\rvert",
            "\\rVert",
            "\\rfloor",
            "\\rceil",
        ):
            out.append(Token("close", _CLOSE_D[t.text], t.start, t.end))
        else:
            out.append(t)
        i += 1
    return out


def _delimiter_role(size: str, d: str) -> str | None:
    if size == "\\left":
        return "open"
    if size == "\\right":
        return "close"
    if size.endswith("l"):
        return "open"
    if size.endswith("r"):
        return "close"
    if d in ("(", "[", "\\{", "\\lbrace", "\\lbrack", "\\lvert", "\\lVert", "\\lparen", "\\lfloor", "\\lceil"):
        return "open"
    if d in (")", "]", "\\}", "\\rbrace", "\\rbrack", "\\rvert", "\\rVert", "\\rparen", "\\rfloor", "\\rceil"):
        return "close"
    return None


def _lb(t: Token) -> bool:
    return t.kind == "char" and t.text == "{"


def _rb(t: Token) -> bool:
    return t.kind == "char" and t.text == "}"


class _Parser:
    def __init__(self, toks: list[Token]) -> None:
        self.t = toks
        self.i = 0
        self.depth = 0

    # ------------------------------------------------------------ helpers
    def peek(self, k: int = 0) -> Token | None:
        j = self.i + k
        return self.t[j] if j < len(self.t) else None

    def next(self) -> Token:
        tok = self.peek()
        if tok is None:
            raise ParseError("unexpected end")
        self.i += 1
        return tok

    def at(self, text: str, kind: str | None = None) -> bool:
        tok = self.peek()
        return tok is not None and tok.text == text and (kind is None or tok.kind == kind)

    def expect(self, text: str) -> Token:
        tok = self.next()
        if tok.text != text:
            raise ParseError(f"expected {text!r}, got {tok.text!r}")
        return tok

    def enter(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ParseError("nesting too deep")

    # ------------------------------------------------------------ grammar
    def parse_all(self) -> Node:
        if not self.t:
            raise ParseError("empty side")
        node = self.expr()
        if self.peek() is not None:
            raise ParseError(f"unexpected {self.peek().text!r}")  # type: ignore[union-attr]
        return node

    def expr(self) -> Node:
        self.enter()
        node = self.term()
        while (tok := self.peek()) is not None and tok.kind == "char" and tok.text in "+-":
            self.i += 1
            node = Bin(tok.text, node, self.term(), start=node.start)
        self.depth -= 1
        return node

    def term(self) -> Node:
        node = self.unary()
        while (tok := self.peek()) is not None:
            op = _MUL_OPS.get(tok.text) if tok.kind in ("cmd", "char") else None
            if op is not None:
                self.i += 1
                node = Bin(op, node, self.unary(), start=node.start)
            elif self.starts_primary(tok):
                if tok.kind == "num" and isinstance(node, (Num, Neg, Pow)):
                    raise ParseError("two numbers side by side")
                node = Bin("juxt", node, self.power(), start=node.start)
            else:
                break
        return node

    def unary(self) -> Node:
        tok = self.peek()
        if tok is not None and tok.kind == "char" and tok.text in "+-":
            self.i += 1
            self.enter()
            arg = self.unary()
            self.depth -= 1
            return Neg(arg, start=tok.start) if tok.text == "-" else arg
        return self.power()

    def starts_primary(self, tok: Token) -> bool:
        if tok.kind in ("num", "word", "sym", "open", "begin"):
            return True
        if tok.kind == "char":
            return tok.text == "{"
        if tok.kind == "cmd":
            return tok.text not in _MUL_OPS and tok.text not in ("\\\\", "\\pm", "\\mp") and tok.text[1:2].isalpha()
        return False

    def power(self) -> Node:
        node = self.primary()
        while (tok := self.peek()) is not None and tok.kind == "char" and tok.text in "^_'!":
            self.i += 1
            if tok.text == "^":
                node = self.superscript(node)
            elif tok.text == "_":
                self.skip_arg()
                if not isinstance(node, Sym):
                    node = Sym("subscripted", start=node.start)
            elif tok.text == "'":
                node = Sym("prime", start=node.start)
            else:
                raise ParseError("factorial is not supported")
        return node

    def superscript(self, base: Node) -> Node:
        if self.is_transpose():
            return Transpose(base, start=base.start)
        if isinstance(base, Sym):
            self.skip_arg()
            return base
        return Pow(base, self.exponent(), start=base.start)

    def is_transpose(self) -> bool:
        tok = self.peek()
        if tok is None:
            return False
        save = self.i
        try:
            if _lb(tok):
                body = "".join(t.text for t in self.raw_group() if not (_lb(t) or _rb(t)))
            elif tok.kind == "cmd" and tok.text in _TEXT | _WRAPPERS:
                self.i += 1
                body = tok.text + "".join(t.text for t in self.raw_group())
            else:
                self.i += 1
                body = tok.text
        except ParseError:
            body = ""
        if body in _TRANSPOSE:
            return True
        self.i = save
        return False

    def exponent(self) -> Node:
        """``^{…}``, or TeX's single-token exponent (``^23`` is ``^{2}3``)."""
        tok = self.next()
        if _lb(tok):
            self.i -= 1
            return self.group()
        if tok.kind == "num":
            return self.split_number(tok)
        if tok.kind == "char" and tok.text in "+-":  # lenient: 10^-4 means 10^{-4}
            arg = self.next()
            if arg.kind != "num":
                raise ParseError("bad exponent")
            num = make_number(arg.text, arg.start)
            return Neg(num, start=tok.start) if tok.text == "-" else num
        self.i -= 1
        return self.primary()

    def split_number(self, tok: Token) -> Node:
        """Consume only the first character of a number token (TeX argument rules)."""
        if len(tok.text) > 1:
            rest = Token("num", tok.text[1:], tok.start + 1, tok.end)
            if not re.fullmatch(r"\d+(\.\d+)?", rest.text):
                raise ParseError("ambiguous single-token argument")
            self.t = self.t[: self.i] + [rest] + self.t[self.i :]
        if not tok.text[0].isdigit():
            raise ParseError("bad single-token argument")
        return make_number(tok.text[0], tok.start)

    def skip_arg(self) -> None:
        tok = self.next()
        if _lb(tok):
            depth = 1
            while depth:
                t = self.next()
                depth += _lb(t)
                depth -= _rb(t)
        elif tok.kind == "cmd" and tok.text in _TEXT | _WRAPPERS:
            self.skip_arg()

    def group(self) -> Node:
        """``{ expr }``."""
        if not _lb(self.next()):
            raise ParseError("expected a group")
        node = self.expr()
        if not _rb(self.next()):
            raise ParseError("unclosed group")
        return node

    def arg(self) -> Node:
        """A macro argument: a brace group or a single token."""
        tok = self.peek()
        if tok is None:
            raise ParseError("missing argument")
        if _lb(tok):
            return self.group()
        self.i += 1
        if tok.kind == "num":
            return self.split_number(tok)
        self.i -= 1
        return self.primary()

    def raw_group(self) -> list[Token]:
        if not _lb(self.next()):
            raise ParseError("expected a group")
        start = self.i
        depth = 1
        while True:
            t = self.next()
            depth += _lb(t)
            depth -= _rb(t)
            if depth == 0:
                return self.t[start : self.i - 1]

    # ------------------------------------------------------------ primaries
    def primary(self) -> Node:
        self.enter()
        try:
            return self._primary()
        finally:
            self.depth -= 1

    def _primary(self) -> Node:
        tok = self.next()
        k, x = tok.kind, tok.text
        if k == "num":
            return self.number(tok)
        if k == "open":
            return self.bracket(tok)
        if k == "char" and x == "{":
            self.i -= 1
            return self.group()
        if k == "word":
            if x == "e" and self.at("^"):
                self.i += 1
                return Func("exp", [self.exponent()], start=tok.start)
            if x.lower() in _FUNC_NAMES and self.primed():
                return self.derivative(_FUNC_NAMES[x.lower()], tok)
            if x.lower() in _FUNC_NAMES and self.arg_follows():
                return self.function(_FUNC_NAMES[x.lower()], tok)
            return Sym(x, start=tok.start)
        if k == "sym":
            return Sym(x, start=tok.start)
        if k == "begin":
            return self.environment(tok)
        if k != "cmd":
            raise ParseError(f"unexpected {x!r}")
        if x in ("\\num", "\\SI", "\\qty"):
            return self.siunitx(tok)
        if x in _FRACS:
            num = self.arg()
            den = self.arg()
            return Bin("/", num, den, start=tok.start)
        if x == "\\sqrt":
            if self.at("[", "open"):
                self.i += 1
                idx = self.expr()
                self.expect("]")
                rad = self.arg()
                return Pow(rad, Bin("/", make_number("1"), idx), start=tok.start)
            nxt = self.peek()
            if tok.end - tok.start == 1 and nxt is not None and nxt.kind == "num":
                self.i += 1  # √256 (the sign, not \sqrt 256, whose argument is TeX's one digit): the whole number
                return Func("sqrt", [self.number(nxt)], start=tok.start)
            return Func("sqrt", [self.arg()], start=tok.start)
        if x == "\\sigma" and self.at("_") and self.subscripted_call():
            # σ_{h[2]}(1.0): the subscript names the neuron whose sigmoid is applied
            self.i += 1
            self.skip_arg()
        if x in ("\\sigma", "\\tanh") and self.primed():
            return self.derivative("sigmoid" if x == "\\sigma" else "tanh", tok)
        if x in _FUNC_CMDS:
            return self.function(_FUNC_CMDS[x], tok)
        if x == "\\sigma" and self.peek() is not None and self.peek().kind == "open":  # type: ignore[union-attr]
            return self.function("sigmoid", tok)
        if x == "\\pi":
            return Const(math.pi, "pi", start=tok.start)
        if x in _WRAPPERS:
            return self.arg()
        if x in ("\\underbrace", "\\overbrace"):
            node = self.arg()
            if self.at("_") or self.at("^"):
                self.i += 1
                self.skip_arg()
            return node
        if x in _TWO_ARG_SECOND:
            self.skip_arg()
            return self.arg()
        if x in _TEXT:
            return self.text(tok)
        return Sym(x, start=tok.start)

    def siunitx(self, tok: Token) -> Node:
        r"""``\num[round-mode=places,round-precision=4]{0.7525469}``: the number siunitx prints (0.7525).

        Lecture slides let siunitx round the full-precision value; the reader sees the rounded
        digits, so they are the printed literal (with their own half-unit). ``\SI``/``\qty``
        take a unit after the number, which is skipped.
        """
        places = figures = None
        if self.at("["):
            self.i += 1
            opts: list[str] = []
            while not self.at("]"):
                opts.append(self.next().text)
            self.i += 1
            option = "".join(opts)
            mode = re.search(r"round-mode=(places|figures)", option)
            precision = re.search(r"round-precision=(\d+)", option)
            if mode and precision:
                if mode.group(1) == "places":
                    places = int(precision.group(1))
                else:
                    figures = int(precision.group(1))
        body = "".join(t.text for t in self.raw_group())
        if tok.text != "\\num":
            self.skip_arg()
        negative = body.startswith("-")
        digits = body.lstrip("+-")
        try:
            value = Decimal(digits)
        except InvalidOperation:
            raise ParseError(f"{tok.text} of {body!r} is not a number") from None
        if places is not None and places <= 30:
            digits = format(value.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP), "f")
        elif figures is not None and 0 < figures <= 30 and value != 0:
            exponent = value.adjusted() - figures + 1
            digits = format(value.quantize(Decimal(1).scaleb(exponent), ROUND_HALF_UP), "f")
        node = make_number(digits, tok.start)
        return Neg(node, start=tok.start) if negative else node

    def number(self, tok: Token) -> Node:
        """A literal, folding ``m \\times 10^{k}`` into one literal with m's precision."""
        p1, p2, p3 = self.peek(), self.peek(1), self.peek(2)
        if (
            p1 is not None
            and p1.text in ("\\times", "\\cdot", "*")
            and p2 is not None
            and p2.text == "10"
            and p3 is not None
            and p3.text == "^"
            and "e" not in tok.text.lower()
        ):
            save = self.i
            self.i += 3
            k = self.int_exponent()
            if k is not None:
                return make_number(tok.text, tok.start, k)
            self.i = save
        return make_number(tok.text, tok.start)

    def int_exponent(self) -> int | None:
        toks: list[str] = []
        tok = self.peek()
        if tok is None:
            return None
        if tok.text == "{":
            j = self.i + 1
            while j < len(self.t) and self.t[j].text != "}" and len(toks) < 4:
                toks.append(self.t[j].text)
                j += 1
            end = j + 1
        elif tok.text in "+-" and self.peek(1) is not None:
            toks = [tok.text, self.peek(1).text]  # type: ignore[union-attr]
            end = self.i + 2
        elif tok.kind == "num":
            toks = [tok.text[0]]
            if len(tok.text) > 1:
                return None
            end = self.i + 1
        else:
            return None
        body = "".join(toks).replace("\u2212", "-")
        if not re.fullmatch(r"[-+]?\d{1,4}", body):
            return None
        self.i = end
        return int(body)

    def bracket(self, tok: Token) -> Node:
        if self.peek() is not None and self.peek().kind == "close":  # type: ignore[union-attr]
            raise ParseError("empty brackets")
        first = self.i
        node = self.expr()
        if tok.text == "[" and self.at(","):  # [0.8808, 0.9084]: a vector as authors print one in prose
            return self.vector(tok, node, first)
        close = self.next()
        if close.kind != "close":
            raise ParseError(f"expected a closing bracket, got {close.text!r}")
        if tok.text == "|" or close.text == "|":
            if tok.text != close.text:
                raise ParseError("mismatched |")
            return Func("abs", [node], start=tok.start)
        pair = _ROUNDING_BRACKETS.get(tok.text)
        if pair is not None or close.text in ("\u230b", "\u2309"):
            if pair is None or close.text != pair[0]:
                raise ParseError("mismatched floor or ceiling brackets")
            return Func(pair[1], [node], start=tok.start)
        return node

    def vector(self, tok: Token, node: Node, first: int) -> Node:
        """``[a, b, c]`` as a one-row matrix (``^T`` after it makes it a column, as printed)."""
        cells, spans = [node], [(self.t[first].start, self.t[self.i - 1].end)]
        while self.at(","):
            self.i += 1
            start = self.i
            cells.append(self.expr())
            spans.append((self.t[start].start, self.t[self.i - 1].end))
        close = self.next()
        if close.kind != "close" or close.text != "]":
            raise ParseError(f"expected ']' to close the vector, got {close.text!r}")
        return self.nested(cells, spans) or Matrix([cells], [spans], start=tok.start)

    def nested(self, cells: list[Node], spans: list[tuple[int, int]]) -> Matrix | None:
        """``[[0.1, 0.2], [0.3, 0.4]]`` and ``[[-0.2], [0.3]]``: a Python list of rows is a matrix, one row per item.

        Only when every item is itself written in square brackets; the rows must be equally long.
        """
        starts = {t.start: k for k, t in enumerate(self.t)}
        ends = {t.end: k for k, t in enumerate(self.t)}
        rows: list[list[Node]] = []
        row_spans: list[list[tuple[int, int]]] = []
        for cell, (a, b) in zip(cells, spans, strict=True):
            k = starts.get(a)
            if k is None or self.t[k].text != "[" or self.t[k].kind != "open":
                return None
            if isinstance(cell, Matrix) and len(cell.rows) == 1 and cell.spans:
                rows.append(cell.rows[0])
                row_spans.append(cell.spans[0])
            elif isinstance(cell, Matrix):
                return None
            else:
                c = ends.get(b)
                if c is None or self.t[c].text != "]" or c < k + 2:
                    return None
                rows.append([cell])
                row_spans.append([(self.t[k + 1].start, self.t[c - 1].end)])
        if len({len(r) for r in rows}) != 1:
            return None
        return Matrix(rows, row_spans, start=self.t[starts[spans[0][0]]].start)

    def arg_follows(self, bare: bool = True) -> bool:
        tok = self.peek()
        if tok is None:
            return False
        if tok.kind == "open" or _lb(tok) or tok.text in ("^", "_"):
            return True
        return bare and self.starts_primary(tok)

    def subscripted_call(self) -> bool:
        """At ``_``: a subscript and then an opening parenthesis (``σ_{h[2]}(1.0)``, ``σ_1(z)``)."""
        keep = self.i
        try:
            self.i += 1
            self.skip_arg()
            nxt = self.peek()
            return nxt is not None and nxt.kind == "open" and nxt.text == "("
        except (ParseError, IndexError):
            return False
        finally:
            self.i = keep

    def primed(self) -> bool:
        """A prime and then a parenthesised argument: ``σ'(0.6)``, ``tanh'(z)``."""
        nxt = self.peek(1)
        return self.at("'") and nxt is not None and nxt.kind == "open"

    def derivative(self, name: str, tok: Token) -> Node:
        """``σ'(x)`` is σ(x)(1 − σ(x)) and ``tanh'(x)`` is 1 − tanh²(x), the activations' derivatives every
        walkthrough writes so; any other primed function stays symbolic."""
        self.i += 1  # the prime
        f = self.function(name, tok)
        one = Const(1.0, "1", start=tok.start)
        if name == "sigmoid":
            return Bin("*", f, Bin("-", one, f, start=tok.start), start=tok.start)
        if name == "tanh":
            return Bin("-", one, Pow(f, Const(2.0, "2", start=tok.start), start=tok.start), start=tok.start)
        return Sym("prime", start=tok.start)

    def function(self, name: str, tok: Token) -> Node:
        fpow: Node | None = None
        base: Node | None = None
        if self.at("^"):
            self.i += 1
            fpow = self.exponent()
        if self.at("_"):
            if name != "log":
                self.i += 1
                self.skip_arg()
                return Sym(name, start=tok.start)
            self.i += 1
            base = self.arg()
        nxt = self.peek()
        if nxt is None:
            raise ParseError("function without argument")
        if nxt.kind == "open":
            self.i += 1
            args = [self.expr()]
            while self.at(","):
                self.i += 1
                args.append(self.expr())
            if self.next().kind != "close":
                raise ParseError("unclosed function argument")
        elif _lb(nxt):
            args = [self.group()]
        else:
            args = [self.power()]
        if name in ("max", "min"):
            if len(args) < 2:
                raise ParseError(f"{name} needs two arguments")
        elif len(args) != 1:
            raise ParseError(f"{name} takes one argument")
        node: Node = Func(name, args, start=tok.start)
        if base is not None:
            node = Bin("/", node, Func("ln", [base]), start=tok.start)
        if fpow is not None:
            node = Pow(node, fpow, start=tok.start)
        return node

    def text(self, tok: Token) -> Node:
        if tok.text == "\\operatorname*" or (tok.text == "\\operatorname" and self.at("*")):
            self.i += self.at("*")
        body = self.raw_group()
        words = "".join(t.text for t in body)
        if body and all(t.kind in ("num", "char") and t.text in "+-" or t.kind == "num" for t in body):
            return _Parser(body).parse_all()
        low = words.lower()
        if low == "e" and self.at("^"):
            self.i += 1
            return Func("exp", [self.exponent()], start=tok.start)
        if low in _FUNC_NAMES and self.arg_follows(bare=False):
            return self.function(_FUNC_NAMES[low], tok)
        return Sym(words or "text", start=tok.start)

    def environment(self, tok: Token) -> Node:
        env = tok.text
        body: list[Token] = []
        depth = 1
        while True:
            t = self.next()
            if t.kind == "begin":
                depth += 1
            elif t.kind == "end":
                depth -= 1
                if depth == 0:
                    break
            body.append(t)
        if env not in _MATRIX_ENVS:
            return Sym(env, start=tok.start)
        if env == "array" and body and body[0].text == "{":
            sub = _Parser(body)
            sub.raw_group()
            body = body[sub.i :]
        cells, spans = _matrix_cells(body)
        return Matrix(cells, spans, start=tok.start)


def _matrix_cells(body: list[Token]) -> tuple[list[list[Node]], list[list[tuple[int, int]]]]:
    rows: list[list[list[Token]]] = [[[]]]
    depth = 0
    for t in body:
        if t.kind == "begin" or _lb(t):
            depth += 1
        elif t.kind == "end" or _rb(t):
            depth -= 1
        if depth == 0 and t.kind == "cmd" and t.text in ("\\\\", "\\cr"):
            rows.append([[]])
        elif depth == 0 and t.text == "&" and t.kind == "char":
            rows[-1].append([])
        else:
            rows[-1][-1].append(t)
    if rows and rows[-1] == [[]]:
        rows.pop()
    if not rows:
        raise ParseError("empty matrix")
    width = len(rows[0])
    if any(len(r) != width for r in rows):
        raise ParseError("ragged matrix")
    out: list[list[Node]] = []
    spans: list[list[tuple[int, int]]] = []
    for r in rows:
        if any(not c for c in r):
            raise ParseError("empty matrix cell")
        out.append([_Parser(c).parse_all() for c in r])
        spans.append([(c[0].start, c[-1].end) for c in r])
    return out, spans


def parse_tokens(toks: list[Token]) -> Node:
    """Parse one side given as lexer tokens (absolute offsets are preserved)."""
    return _Parser(_normalize(toks)).parse_all()


# The same side (the same tokens at the same distances from its first token) parses to the
# same tree wherever it stands: nnwalk's documents repeat most sides (every name, every formula,
# every value that is printed again), and exam variants repeat them across variants. A side
# seen before is answered from this memo, moved to where it stands now; the tree is always a
# fresh copy (callers may keep or change it). Bounded: cleared when full.
_MEMO: dict[tuple[tuple[str, str, int, int], ...], tuple[Node | ParseError | IndexError, int]] = {}
_MEMO_MAX = 20_000  # some 50 MB at most; refilled within one document


def _moved(n: Node, d: int) -> Node:
    """A deep copy of ``n`` with every offset moved by ``d`` (:func:`_copy` without free literals: fewer arguments
    to pass down, and this is every memo hit)."""
    cls = n.__class__
    attrs = n.__dict__.copy()
    attrs["start"] += d
    if cls is Num or cls is Sym or cls is Const:
        pass
    elif cls is Bin:
        attrs["left"], attrs["right"] = _moved(n.left, d), _moved(n.right, d)  # type: ignore[attr-defined]
    elif cls is Neg or cls is Transpose:
        attrs["arg"] = _moved(n.arg, d)  # type: ignore[attr-defined]
    elif cls is Pow:
        attrs["base"], attrs["exp"] = _moved(n.base, d), _moved(n.exp, d)  # type: ignore[attr-defined]
    elif cls is Func:
        attrs["args"] = [_moved(a, d) for a in n.args]  # type: ignore[attr-defined]
    elif cls is Matrix:
        attrs["rows"] = [[_moved(c, d) for c in r] for r in n.rows]  # type: ignore[attr-defined]
        attrs["spans"] = [[(a + d, b + d) for a, b in r] for r in n.spans]  # type: ignore[attr-defined]
    else:
        raise TypeError(f"unknown node {cls.__name__}")
    new = object.__new__(cls)
    new.__dict__ = attrs
    return new


def _copy(n: Node, d: int, base: int, free: frozenset[int], toks: dict[int, str]) -> Node:
    """A deep copy of ``n`` moved by ``d``; a ``Num`` at a ``free`` offset (from ``base``) is made from ``toks`` there."""
    cls = n.__class__
    if cls is Num or cls is Sym or cls is Const:  # the leaves, most of a tree: first
        if free and cls is Num and n.start - base in free:
            return make_number(toks[n.start - base], n.start + d, n.scale)  # type: ignore[attr-defined]
        attrs = n.__dict__.copy()
        attrs["start"] += d
        new = object.__new__(cls)
        new.__dict__ = attrs
        return new
    attrs = n.__dict__.copy()
    attrs["start"] += d
    if cls is Bin:
        attrs["left"], attrs["right"] = _copy(n.left, d, base, free, toks), _copy(n.right, d, base, free, toks)  # type: ignore[attr-defined]
    elif cls is Neg or cls is Transpose:
        attrs["arg"] = _copy(n.arg, d, base, free, toks)  # type: ignore[attr-defined]
    elif cls is Pow:
        attrs["base"], attrs["exp"] = _copy(n.base, d, base, free, toks), _copy(n.exp, d, base, free, toks)  # type: ignore[attr-defined]
    elif cls is Func:
        attrs["args"] = [_copy(a, d, base, free, toks) for a in n.args]  # type: ignore[attr-defined]
    elif cls is Matrix:
        attrs["rows"] = [[_copy(c, d, base, free, toks) for c in r] for r in n.rows]  # type: ignore[attr-defined]
        attrs["spans"] = [[(a + d, b + d) for a, b in r] for r in n.spans]  # type: ignore[attr-defined]
    else:
        raise TypeError(f"unknown node {cls.__name__}")
    new = object.__new__(cls)
    new.__dict__ = attrs
    return new


# A second memo answers a side that differs from one seen before only in the digits of its
# decimal literals (``0.45`` vs ``-0.60``: the same tokens with other digits). Such a literal
# never steers the parser: "10" in ``m \times 10^{k}`` and TeX's one-digit arguments are
# integers, which keep their digits in the key; an exponent is read only from integer tokens.
# A shape is kept only when that is seen to hold (:func:`_shape_template`): the side parses to
# the same tree with other digits, and each decimal literal is one whole ``Num`` of its own.
# A hit is the template tree with each such ``Num`` made anew from this side's token.
_SHAPE_MEMO: dict[tuple[tuple[str, str, int, int], ...], tuple[Node, int, frozenset[int]]] = {}
_DECIMAL = re.compile(r"\d*\.\d+")
_AS_ZERO = str.maketrans("0123456789", "0000000000")
_AS_SEVEN = str.maketrans("0123456789", "7777777777")


def _is_decimal(kind: str, text: str) -> bool:
    """A decimal literal without exponent (``0.45``, ``.5``): its digits never steer the parser."""
    return kind == "num" and "." in text and _DECIMAL.fullmatch(text) is not None


def _masked(toks: list[Token], base: int) -> tuple[tuple[str, str, int, int], ...]:
    return tuple([(k, x.translate(_AS_ZERO) if _is_decimal(k, x) else x, s - base, e - base) for k, x, s, e in toks])


def _same_tree(a: Node, b: Node, free: frozenset[int], base: int) -> bool:
    """``a`` and ``b`` are equal except for the digits of ``Num`` nodes that start at ``free`` offsets."""
    if a.__class__ is not b.__class__:
        return False
    if a.__class__ is Num:
        if a.start - base in free:
            return a.start == b.start and a.scale == b.scale and a.decimals == b.decimals and len(a.text) == len(b.text)  # type: ignore[attr-defined]
        return a == b
    da, db = a.__dict__, b.__dict__
    return da.keys() == db.keys() and all(_same_value(v, db[k], free, base) for k, v in da.items())


def _same_value(x: object, y: object, free: frozenset[int], base: int) -> bool:
    if isinstance(x, Node):
        return isinstance(y, Node) and _same_tree(x, y, free, base)
    if isinstance(x, list):
        return isinstance(y, list) and len(x) == len(y) and all(_same_value(p, q, free, base) for p, q in zip(x, y, strict=True))
    return x == y


def _shape_template(toks: list[Token], node: Node, base: int) -> frozenset[int] | None:
    """Offsets (from the side's start) of the decimal literals a shape hit re-reads, or None.

    None when the side has no such literal, or when it is not seen to parse independently of
    their digits: a literal that is not exactly one ``Num`` (split by TeX's argument rule, part
    of a name), or another tree when the digits are all 7s.
    """
    try:
        return _template_offsets(toks, node, base)
    except RecursionError:  # a very deep tree (a sum of hundreds of terms): parsed afresh each time, never kept
        return None


def _template_offsets(toks: list[Token], node: Node, base: int) -> frozenset[int] | None:
    free = {s - base: x for k, x, s, _e in toks if _is_decimal(k, x)}
    if not free:
        return None
    seen = 0
    for n in literals(node):
        at = n.start - base
        if at in free:
            if n.scale is None and n.text != free[at] or n.scale is not None and not n.text.startswith(free[at] + " "):
                return None
            seen += 1
        elif any(a <= at < a + len(x) for a, x in free.items()):
            return None
    if seen != len(free):
        return None
    sevens = [Token(k, x.translate(_AS_SEVEN) if s - base in free else x, s, e) for k, x, s, e in toks]
    try:
        other = parse_tokens(sevens)
    except (ParseError, IndexError):
        return None
    keys = frozenset(free)
    return keys if _same_tree(node, other, keys, base) else None


def _moved_with(n: Node, d: int, base: int, free: frozenset[int], toks: dict[int, str]) -> Node:
    """:func:`_moved`, with each ``Num`` at a ``free`` offset made from this side's token there."""
    return _copy(n, d, base, free, toks)


def parse_side(toks: list[Token]) -> Node:
    """:func:`parse_tokens` with the memos above: the same tree, or the same error, as parsing anew."""
    if not toks:
        return parse_tokens(toks)
    base = toks[0].start
    key = tuple([(k, x, s - base, e - base) for k, x, s, e in toks])  # a list first: faster than a generator
    hit = _MEMO.get(key)
    if hit is None:
        shape = _masked(toks, base)
        found = _SHAPE_MEMO.get(shape)
        if found is not None:
            tree, at, free = found
            try:
                return _moved_with(tree, base - at, at, free, {s - base: x for k, x, s, _e in toks if s - base in free})
            except RecursionError:  # not expected (the template was walked deeper when kept): parse afresh
                return parse_tokens(toks)
        try:
            node: Node | ParseError | IndexError = parse_tokens(toks)
        except (ParseError, IndexError) as exc:  # deterministic; a RecursionError depends on the stack: never kept
            node = detached(exc)  # kept without its frames, which would keep the caller's document alive
        if len(_MEMO) >= _MEMO_MAX:
            _MEMO.clear()
        hit = _MEMO[key] = (node, base)
        if isinstance(node, Node) and shape != key:
            free = _shape_template(toks, node, base)
            if free is not None:
                if len(_SHAPE_MEMO) >= _MEMO_MAX:
                    _SHAPE_MEMO.clear()
                _SHAPE_MEMO[shape] = (node, base, free)
    node, at = hit
    if isinstance(node, Exception):
        raise type(node)(*node.args)
    return _moved(node, base - at)


def parse_latex_expr(src: str) -> Node:
    """Parse a standalone LaTeX expression (used by tests and tools)."""
    return parse_tokens(tokenize(src))
