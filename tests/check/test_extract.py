"""Chunk finding, row/chain splitting and line numbers."""

from generator.check.document import extract_chains
from generator.check.extract import LineMap, find_chunks, guess_format


def chunk_texts(text: str, fmt: str) -> list[str]:
    return [text[c.start : c.end] for c in find_chunks(text, fmt)]


def chain_texts(text: str, fmt: str = "auto") -> list[list[str]]:
    return [[s.text for s in c.sides] for c in extract_chains(text, fmt)]


def test_markdown_chunks() -> None:
    text = "a $x=1$ b $$y=2$$ c\n$$\nz=3\n$$\n| $t=4$ |"
    assert [t.strip() for t in chunk_texts(text, "md")] == ["x=1", "y=2", "z=3", "t=4"]


def test_markdown_ignores_code_escaped_and_prices() -> None:
    text = (
        "```\n$a=1$\n```\n"
        "~~~python\n$$b=2$$\n~~~\n"
        "inline `$c=3$` code\n"
        "costs \\$5 and \\$6\n"
        "costs $5 and $6 today\n"
        "<!-- $d=4$ -->\n"
        "$e=5$\n"
    )
    assert chunk_texts(text, "md") == ["e=5"]


def test_markdown_paren_wrapping_dollars() -> None:
    text = "where \\( $L = N + 1$ \\) and \\(m=2\\)"
    assert chunk_texts(text, "md") == ["L = N + 1", "m=2"]


def test_latex_chunks() -> None:
    text = (
        "\\documentclass{article}\n\\begin{document}\n"
        "% $hidden=1$\n"
        "\\[a=1\\] \\(b=2\\) $c=3$ $$d=4$$\n"
        "\\begin{equation*}e=5\\end{equation*}\n"
        "\\begin{align}f&=6\\end{align}\n"
        "\\begin{gather}g=7\\end{gather}\n"
        "\\begin{multline}h=8\\end{multline}\n"
        "\\begin{verbatim}$i=9$\\end{verbatim}\n"
        "\\end{document}\n"
    )
    assert guess_format(text) == "tex"
    assert chunk_texts(text, "tex") == ["a=1", "b=2", "c=3", "d=4", "e=5", "f&=6", "g=7", "h=8"]


def test_guess_format_markdown() -> None:
    assert guess_format("# Title\n\n$$x = 1$$\n") == "md"


def test_relation_chain_splitting() -> None:
    assert chain_texts("$a = 0.1 + 0.2 = 0.3$") == [["a", "0.1 + 0.2", "0.3"]]
    assert chain_texts("$a \\approx 0.3$") == [["a", "0.3"]]


def test_separators_split_chains() -> None:
    got = chain_texts("$$a = 1, \\quad b = 2 \\qquad c = 3 \\text{ and } d = 4 \\tag{5}$$")
    assert got == [["a", "1"], ["b", "2"], ["c", "3"], ["d", "4"]]


def test_labels_and_numbering_stripped() -> None:
    got = chain_texts("\\begin{equation} a = 1 \\label{eq:a} \\nonumber \\end{equation}", "tex")
    assert got == [["a", "1"]]


def test_other_relations_end_chains() -> None:
    assert chain_texts("$0 < a = 0.5 \\le 1$") == [["a", "0.5"]]


def test_rows_and_continuation() -> None:
    text = "$$\\begin{aligned} a &= 1 + 2 \\\\ &= 3 \\\\ b &= 4 \\end{aligned}$$"
    assert chain_texts(text) == [["a", "1 + 2", "3"], ["b", "4"]]


def test_operator_continuation_row() -> None:
    text = "$$\\begin{aligned} a &= 0.1 + 0.2 \\\\ &\\quad + 0.3 \\\\ &= 0.6 \\end{aligned}$$"
    (chain,) = extract_chains(text, "md")
    a, b, c = chain.sides
    assert (a.text, c.text) == ("a", "0.6")
    assert [t.text for t in b.tokens] == ["0.1", "+", "0.2", "+", "0.3"]


def test_matrix_rows_do_not_split() -> None:
    text = "$$A = \\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}$$"
    (chain,) = extract_chains(text, "md")
    _, m = chain.sides
    assert m.text.startswith("\\begin{bmatrix}") and m.text.endswith("\\end{bmatrix}")


def test_commas_inside_brackets_do_not_split() -> None:
    assert chain_texts("$\\max(0, 2.6) = 2.6$") == [["\\max(0, 2.6)", "2.6"]]


def test_line_map() -> None:
    lm = LineMap("ab\ncd\n\nef")
    assert [lm.line(i) for i in (0, 2, 3, 6, 7)] == [1, 1, 2, 3, 4]


def test_side_start_gives_line() -> None:
    text = "x\n$$\na = 1\n  + 2\n= 3\n$$"
    (chain,) = extract_chains(text, "md")
    a, b, c = chain.sides
    lm = LineMap(text)
    assert [lm.line(s.start) for s in (a, b, c)] == [3, 3, 5]


def test_equations_drawn_by_a_latex_image_service_are_read_from_their_alt_text() -> None:
    # CSDN-era posts draw each equation as ![LaTeX](https://latex.codecogs.com/gif.latex?...): the alt text is the math
    url = "https://private.codecogs.com/gif.latex?h%3Dsigmoid%280.1325%29%3D0.5331"
    text = f"设定 ![h=sigmoid(0.1325)=0.5331]({url}) 与 ![a=1/2=0.5](https://i.upmath.me/svg/a%3D1) end\n"
    assert [t for t in chunk_texts(text, "md")] == ["h=sigmoid(0.1325)=0.5331", "a=1/2=0.5"]
    # an ordinary picture, and an image service's alt text that is no equation, are no math
    assert (
        chunk_texts("![a plot of x=2](https://example.com/x=2.png) ![公式](https://latex.codecogs.com/gif.latex?x)", "md") == []
    )


def test_an_equation_image_is_checked_and_its_address_is_not_read_as_text() -> None:
    from generator.check import check_text

    # sigmoid(0.7341) = 0.675704..., printed 0.6575 (the published slip); the address repeats the numbers URL-encoded
    url = "https://latex.codecogs.com/gif.latex?%5Csigma%280.7341%29%3D0.6575"
    rep = check_text(f"![\\sigma(0.7341)=0.6575]({url})\n\n![\\sigma(0.6807)=0.6639]({url})\n", "md")
    assert [(f.line, f.klass, f.printed) for f in rep.findings] == [(1, "error", "0.6575"), (3, "ok", "0.6639")]
