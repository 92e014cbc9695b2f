"""Python fences in a Markdown page and what they printed (:mod:`generator.verify.mdcode`).

Assignment write-ups show each step's code in a fence and, after it, the printed matrix typed as a
Markdown table headed by the variable's name, or one wide table holding the whole state; blog posts
exported with ``jupyter nbconvert --to markdown`` show outputs as indented blocks. The pages here
are written by the tests from values computed in this file with NumPy (the oracle), then one
number is planted wrong; the expected findings are those of the plant.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from generator.errors import SpecError
from generator.verify.run import verify_document

X = np.array([[0, 1, 1, 0], [1, 0, 1, 1], [1, 1, 0, 0]], dtype=float)
WH = np.array([[0.13, 0.01, 0.10], [0.31, 0.41, 0.12], [0.21, 0.26, 0.72], [0.92, 0.88, 0.30]])
BH = np.array([[0.08, 0.21, 0.56]])
WOUT = np.array([[0.26], [0.68], [0.23]])
Y = np.array([[1.0], [1.0], [0.0]])


def sig(v: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-v))


H_IN = X @ WH + BH
H = sig(H_IN)
OUT = sig(H @ WOUT + 0.48)
E = Y - OUT

CODE = {
    "given": (
        "X = np.array([[0,1,1,0],[1,0,1,1],[1,1,0,0]])\n"
        "wh = np.array([[0.13,0.01,0.10],[0.31,0.41,0.12],[0.21,0.26,0.72],[0.92,0.88,0.30]])\n"
        "bh = np.array([[0.08,0.21,0.56]])\nwout = np.array([[0.26],[0.68],[0.23]])\nbout = np.array([[0.48]])\n"
    ),
    "hidden": "hidden_layer_input = np.matmul(X, wh) + bh\nhiddenlayer_activations = sigmoid(hidden_layer_input)\n",
    "output": "output = sigmoid(np.matmul(hiddenlayer_activations, wout) + bout)\n",
}


def table(name: str, m: np.ndarray, fmt: str = "{:.8f}") -> str:
    """A printed matrix typed as a Markdown table under its name, as MLBLR write-ups do."""
    rows = [f"| {' | '.join(fmt.format(v) for v in row)} |" for row in np.atleast_2d(m)]
    return "\n".join([f"|`{name}`" + "|" * (m.shape[-1] - 1), "|" + "--|" * m.shape[-1], *rows])


def fence(source: str) -> str:
    return f"```python\n{source}```\n"


def page(tmp_path: Path, *parts: str, name: str = "page.md") -> Path:
    p = tmp_path / name
    p.write_text("\n".join(parts) + "\n", encoding="utf-8")
    return p


def findings(path: Path) -> list[dict]:
    return [f for f in verify_document(path, level=1).to_json()["findings"] if f["class"] != "rounding"]


def line_of(path: Path, text: str) -> int:
    return next(k for k, line in enumerate(path.read_text().split("\n"), 1) if text in line)


SIGMOID = "def sigmoid(x):\n    return 1 / (1 + np.exp(-x))\n"


def test_tables_under_a_name_are_lined_up_with_the_variable_and_a_wrong_cell_is_named(tmp_path: Path) -> None:
    wrong_h = H.copy()
    wrong_h[1, 2] = 0.75  # planted: σ(1.68) = 0.8430
    p = page(
        tmp_path,
        fence("import numpy as np\n" + CODE["given"] + SIGMOID + CODE["hidden"]),
        table("hidden_layer_input", H_IN),
        table("hidden_layer_activations", wrong_h),  # the variable is hiddenlayer_activations: underscores differ
    )
    got = findings(p)
    assert [(f["line"], f["printed"], f["class"]) for f in got] == [(line_of(p, "0.75000000"), "0.75000000", "error")]
    assert abs(float(got[0]["expected"]) - H[1, 2]) < 1e-9


def test_tables_typed_one_under_another_and_out_of_print_order_are_each_their_own_matrix(tmp_path: Path) -> None:
    # the page types E before the output, the code prints output first; y is never assigned (E = y - output
    # and the printed E give it back)
    wrong_out = OUT.copy()
    wrong_out[2, 0] += 0.01  # planted
    p = page(
        tmp_path,
        fence(CODE["given"] + SIGMOID + CODE["hidden"] + CODE["output"] + "E = y - output\nprint(output)\nprint(E)\n"),
        table("E", E) + "\n" + table("output", wrong_out),
    )
    got = findings(p)
    planted = f"{wrong_out[2, 0]:.8f}"
    assert [(f["line"], f["printed"]) for f in got] == [(line_of(p, planted), planted)]
    report = verify_document(p, level=1)
    assert report.code_checked == 6  # E's three numbers were judged too, with y = E + output = [1, 1, 0]


def test_a_table_restating_a_given_differently_is_not_a_finding(tmp_path: Path) -> None:
    # the page's copy of wout is not what the code assigns (a retyped input): the results follow the code
    p = page(
        tmp_path,
        fence(CODE["given"] + SIGMOID + CODE["hidden"] + CODE["output"]),
        table("wout", np.array([[0.35], [0.29], [0.25]]), "{:.2f}"),
        table("output", OUT),
    )
    assert findings(p) == []
    assert verify_document(p, level=1).code_checked == 3


def test_a_wide_state_table_names_each_block_and_a_miscopied_cell_is_followed(tmp_path: Path) -> None:
    """One table holds X, the hidden activations and the output side by side, restated after each step (as
    ak-ashwin's MLBLR page does); a hand-copied activation is wrong where typed and in every restatement,
    and the output, which the code computed from the right activation, is right."""
    wrong_h = H.copy()
    wrong_h[1, 0] = H[0, 0]  # planted: row 1's value copied into row 2

    def state(h: np.ndarray | None, out: np.ndarray | None) -> str:
        head = "| X |   |   |   | hidden_layer_activations |   |   | output |"
        rows = []
        for r in range(3):
            cells = [f"{v:g}" for v in X[r]]
            cells += [f"{v:.8f}" for v in h[r]] if h is not None else ["", "", ""]
            cells += [f"{out[r, 0]:.8f}"] if out is not None else [""]
            rows.append("| " + " | ".join(cells) + " |")
        return "\n".join([head, "|" + "---|" * 8, *rows])

    p = page(
        tmp_path,
        fence(CODE["given"] + SIGMOID + CODE["hidden"]),
        state(wrong_h, None),
        fence(CODE["output"]),
        state(wrong_h, OUT),
    )
    got = findings(p)
    text = f"{H[0, 0]:.8f}"
    lines = [k for k, line in enumerate(p.read_text().split("\n"), 1) if line.startswith("| 1 | 0 | 1 | 1 |") and text in line]
    assert [(f["line"], f["class"]) for f in got] == [(lines[0], "error"), (lines[1], "propagated")]
    assert got[1]["root_line"] == lines[0]


def test_a_function_named_sigmoid_that_is_not_the_sigmoid_is_the_mistake_and_what_follows_is_propagated(
    tmp_path: Path,
) -> None:
    """trinanjan12's MLBLR page: ``1/(1 + np.exp(x) ** -x)`` is 1/(1 + e^(-x²)); its results print what the
    code gives, so only the name says what it should compute."""
    bad = 1 / (1 + np.exp(H_IN) ** -H_IN)
    out_bad = 1 / (1 + np.exp(bad @ WOUT + 0.48) ** -(bad @ WOUT + 0.48))
    p = page(
        tmp_path,
        fence(CODE["given"] + "def sigmoid(x):\n    return 1/(1 + np.exp(x) ** -x)\n" + CODE["hidden"]),
        table("hidden_layer_input", H_IN),
        table("hiddenlayer_activations", bad),
        fence(CODE["output"]),
        table("output", out_bad),
    )
    got = findings(p)
    by_line: dict[int, set[str]] = {}
    for f in got:
        by_line.setdefault(f["line"], set()).add(f["class"])
    act = [line_of(p, f"{v:.8f}") for v in bad[:, 0]]
    out = [line_of(p, f"{v:.8f}") for v in out_bad[:, 0]]
    assert {k: by_line.get(k) for k in act} == dict.fromkeys(act, {"conceptual"})
    assert all("conceptual" in by_line[k] for k in out)  # the output calls the same function
    assert line_of(p, f"{H_IN[0, 0]:.8f}") not in by_line  # the net input is right
    first = next(f for f in got if f["line"] == act[0])
    assert "named after the sigmoid" in first["cause"] and abs(float(first["expected"]) - H[0, 0]) < 1e-9


def test_a_sigmoid_rounded_to_two_decimals_is_still_the_sigmoid(tmp_path: Path) -> None:
    rounded = np.around(H, 2)
    p = page(
        tmp_path,
        fence(
            CODE["given"]
            + "def sigmoid(x):\n    return np.around(1/(1 + np.exp(-x)), decimals=2)\n"
            + CODE["hidden"]
            + "output_layer_input = np.matmul(hiddenlayer_activations, wout) + bout\n"
        ),
        table("hiddenlayer_activations", rounded, "{:.2f}"),
        table("output_layer_input", rounded @ WOUT + 0.48),  # from the rounded activations, to 8 decimals
    )
    assert findings(p) == []
    assert verify_document(p, level=1).code_checked == 12


def test_outputs_exported_by_nbconvert_indented_or_in_a_plain_fence(tmp_path: Path) -> None:
    z = float(H_IN[0, 0])
    a = float(H[0, 0])
    p = page(
        tmp_path,
        "Exported from a notebook:",
        fence("import numpy as np\nz = 0.13*0 + 0.31*1 + 0.21*1 + 0.92*0 + 0.08\nprint(z)\n"),
        f"    {z:.4f}",
        "",
        fence("a = 1 / (1 + np.exp(-z))\nprint(a)\n"),
        "```",
        "0.6500",  # planted: σ(0.60) = 0.6457
        "```",
    )
    got = findings(p)
    assert [(f["line"], f["printed"], f["class"]) for f in got] == [(line_of(p, "0.6500"), "0.6500", "error")]
    assert abs(float(got[0]["expected"]) - a) < 1e-4
    assert verify_document(p, level=1).code_checked == 2


def test_a_failure_of_the_code_reader_is_said_and_the_rest_is_still_checked(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    """A form of code nnwalk's reader fails on must not cost the page its arithmetic check, nor show a traceback."""

    def broken(_text: str) -> list:
        raise AttributeError("'Name' object has no attribute 'lineno'")

    monkeypatch.setattr("generator.verify.run.check_markdown_code", broken)
    p = page(tmp_path, fence("x = 1\nprint(x)\n"), "    1", "", "$$a = 0.1 + 0.2 = 0.4$$")
    report = verify_document(p, level=1)
    assert [f["printed"] for f in report.to_json()["findings"] if f["class"] == "error"] == ["0.4"]
    assert "code reader failed (AttributeError" in report.to_text() and "code reader failed" in report.to_json()["code_unread"]


def test_a_leaky_relu_named_relu_is_not_called_a_wrong_activation(tmp_path: Path) -> None:
    leaky = np.where(H_IN - 1.0 > 0, H_IN - 1.0, 0.01 * (H_IN - 1.0))
    p = page(
        tmp_path,
        fence(
            CODE["given"]
            + "def relu(x):\n    return np.maximum(x, 0.01 * x)\n"
            + CODE["hidden"].split("\n")[0]
            + "\nh = relu(hidden_layer_input - 1.0)\n"
        ),
        table("h", leaky),
    )
    assert findings(p) == [] and verify_document(p, level=1).code_checked == 9


def test_outputs_written_as_comment_lines_below_the_prints_are_what_they_printed(tmp_path: Path) -> None:
    # KL(P||Q) for P = (0.8, 0.1, 0.1), Q = (0.7, 0.2, 0.1): 0.8 ln(8/7) + 0.1 ln(1/2) = 0.0375 (math below), printed
    # 0.0223 under its print; two prints in a row with both outputs in the comment lines below the second
    import math

    kl = 0.8 * math.log(0.8 / 0.7) + 0.1 * math.log(0.1 / 0.2)
    hp = -(0.8 * math.log(0.8) + 2 * 0.1 * math.log(0.1))
    assert f"{kl:.4f}" == "0.0375" and f"{hp:.4f}" == "0.6390"
    code = (
        "import numpy as np\n"
        "P = np.array([0.8, 0.1, 0.1])\nQ = np.array([0.7, 0.2, 0.1])\n"
        "kl = (P * np.log(P / Q)).sum()\n"
        'print(f"KL: {kl:.4f}")\n'
        "# KL: @KL@\n"
        "hp = -(P * np.log(P)).sum()\n"
        'print(f"H(P): {hp:.4f}")\n'
        'print(f"H(P) + KL: {hp + kl:.4f}")\n'
        "# H(P): 0.6390\n"
        "# H(P) + KL: @SUM@  (the same)\n"
    )
    p = page(tmp_path, "Kullback-Leibler:", fence(code.replace("@KL@", "0.0375").replace("@SUM@", f"{hp + kl:.4f}")))
    assert findings(p) == [] and verify_document(p, level=1).code_checked == 3
    p = page(tmp_path, "Kullback-Leibler:", fence(code.replace("@KL@", "0.0223").replace("@SUM@", f"{hp + 0.0223:.4f}")))
    got = [(f["line"], f["printed"], f["class"]) for f in findings(p)]
    assert got == [(line_of(p, "# KL: 0.0223"), "0.0223", "error"), (line_of(p, "+ KL: 0.6613"), "0.6613", "propagated")]
    # a print without its output below: the comments are not taken for what the cell printed
    bare = code.replace("@KL@", "0.0223").replace("@SUM@", "0.6613").replace("# H(P): 0.6390\n", "x = 1\n")
    p = page(tmp_path, "Kullback-Leibler:", fence(bare))
    with pytest.raises(SpecError, match="no numeric equation"):  # nothing else on the page to check: exit 2
        verify_document(p, level=1)


def test_torch_functional_softmax_and_cross_entropy_are_what_pytorch_computes(tmp_path: Path) -> None:
    # softmax([2, 1, 0.5]) and softmax([0.5, 2.5, 1]) row by row, and the mean of −ln at the targets (0, 1): worked here
    # with math; the page prints the second row's middle value wrong (0.8758 for 0.7361) and the loss from the truth
    import math

    rows = [[2.0, 1.0, 0.5], [0.5, 2.5, 1.0]]
    soft = [[math.exp(v) / sum(math.exp(u) for u in r) for v in r] for r in rows]
    loss = -(math.log(soft[0][0]) + math.log(soft[1][1])) / 2
    assert f"{soft[1][1]:.4f}" == "0.7361" and f"{loss:.4f}" == "0.3854"
    shown = [f"{v:.4f}" for v in soft[0]], [f"{v:.4f}" for v in soft[1]]
    code = (
        "import torch\nimport torch.nn.functional as F\n"
        "logits = torch.tensor([[2.0, 1.0, 0.5], [0.5, 2.5, 1.0]])\ntargets = torch.tensor([0, 1])\n"
        "loss = F.cross_entropy(logits, targets)\n"
        'print(f"Loss: {loss:.4f}")\n'
        f"# Loss: {loss:.4f}\n"
        "probs = F.softmax(logits, dim=1)\nprint(probs)\n"
        f"# tensor([[{', '.join(shown[0])}],\n"
        f"#         [{shown[1][0]}, 0.8758, {shown[1][2]}]])\n"
    )
    p = page(tmp_path, "Cross-entropy:", fence(code))
    got = [(f["printed"], f["class"], f["expected"][:6]) for f in findings(p)]
    assert got == [("0.8758", "error", "0.7361")]
    assert verify_document(p, level=1).code_checked == 7


def _softmax(v: list[float]) -> list[float]:
    e = [math.exp(x) for x in v]
    return [x / sum(e) for x in e]


def test_output_pasted_into_the_code_fence_below_a_blank_line(tmp_path: Path) -> None:
    # sigmoid(0.3·1 − 0.5·2) = sigmoid(−0.7) = 0.33181222783183…; a blog printed sigmoid(−0.5) = 0.3775406687981454
    right = 1 / (1 + math.exp(0.7))
    code = (
        "import numpy as np\n\ndef sigmoid(z):\n    return 1 / (1 + np.exp(-z))\n\n"
        "x = np.array([1.0, 2.0])\nw = np.array([0.3, -0.5])\nsig = sigmoid(np.dot(w, x))\n"
        'print("Sigmoid output:", sig)\nprint("Gradient:", (sig - 1) * x)\n\n'
    )
    good = fence(code + f"Sigmoid output: {right!r}\nGradient: [{right - 1:.8f} {2 * (right - 1):.8f}]\n")
    assert verify_document(page(tmp_path, good)).to_json()["findings"] == []
    bad = fence(code + f"Sigmoid output: 0.3775406687981454\nGradient: [{right - 1:.8f} {2 * (right - 1):.8f}]\n")
    found = [(f["line"], f["printed"]) for f in verify_document(page(tmp_path, bad)).to_json()["findings"]]
    assert found == [(13, "0.3775406687981454")]


def test_a_loops_prints_as_comment_lines_below_it(tmp_path: Path) -> None:
    # softmax([1, 2, 3] / T): T = 1 gives [0.0900, 0.2447, 0.6652]; T = 0.1 gives [0.0000, 0.0000, 1.0000] (a page
    # printed [0.0000, 0.0047, 0.9953]). F is used without its import, as snippets do.
    rows = {t: ", ".join(f"{v:.4f}" for v in _softmax([1 / t, 2 / t, 3 / t])) for t in (1.0, 0.1)}
    assert rows[0.1] == "0.0000, 0.0000, 1.0000"
    code = (
        "import torch\nlogits = torch.tensor([1.0, 2.0, 3.0])\n\nfor T in [1.0, 0.1]:\n"
        '    probs = F.softmax(logits / T, dim=0)\n    print(f"T={T}: {probs}")\n\n'
    )
    good = fence(code + f"# T=1.0: tensor([{rows[1.0]}])\n# T=0.1: tensor([{rows[0.1]}])\n")
    result = verify_document(page(tmp_path, good)).to_json()
    assert result["findings"] == [] and result["summary"]["checked"] == 8  # T and three probabilities, twice
    bad = fence(code + f"# T=1.0: tensor([{rows[1.0]}])\n# T=0.1: tensor([0.0000, 0.0047, 0.9953])\n")
    found = [(f["line"], f["printed"]) for f in verify_document(page(tmp_path, bad)).to_json()["findings"]]
    assert found == [(10, "0.0047"), (10, "0.9953")]


def test_code_inside_an_mkdocs_admonition_is_a_cell_and_its_output_is_lined_up(tmp_path: Path) -> None:
    # an Insper report: the forward pass sits in '!!! example' (indented four spaces), its output in a plain fence
    # below. z1 = W1 x + b1 = [0.3·0.5 − 0.1·(−0.2) + 0.1, 0.2·0.5 + 0.4·(−0.2) − 0.2] = [0.27, −0.18] by hand; the
    # page printed a stale [0.17 -0.06].
    assert [round(0.3 * 0.5 - 0.1 * -0.2 + 0.1, 10), round(0.2 * 0.5 + 0.4 * -0.2 - 0.2, 10)] == [0.27, -0.18]
    text = (
        "```python\nimport numpy as np\nx = np.array([0.5, -0.2])\nW1 = np.array([[0.3, -0.1], [0.2, 0.4]])\n"
        "b1 = [0.1, -0.2]\n```\n\n"
        '!!! example "Forward Pass"\n    ```python\n    z1 = np.dot(W1, x) + b1\n    print("z1:", z1)\n    ```\n\n'
        "**Output:**\n```\nz1: [0.17 -0.06]\n```\n"
    )
    p = tmp_path / "report.md"
    p.write_text(text, encoding="utf-8")
    got = findings(p)
    assert [(f["line"], f["printed"], f["expected"]) for f in got if f["class"] == "error"] == [
        (16, "0.17", "0.2700"),
        (16, "-0.06", "-0.1800"),
    ]
    p.write_text(text.replace("[0.17 -0.06]", "[0.27 -0.18]"), encoding="utf-8")
    assert [f for f in findings(p) if f["class"] == "error"] == []


def test_a_function_with_a_default_parameter_is_run_and_its_outputs_judged(tmp_path: Path) -> None:
    # softmax([2.0, 1.0, 0.1] / T) with T = 1 by default and T = 0.5 given (worked with math here); the page prints the
    # T = 0.5 row of another computation: 0.8436… where the code gives 0.8638
    z = [2.0, 1.0, 0.1]

    def soft(t: float) -> list[float]:
        e = [math.exp(v / t) for v in z]
        return [v / sum(e) for v in e]

    assert f"{soft(1.0)[0]:.8f}" == "0.65900114" and f"{soft(0.5)[0]:.8f}" == "0.86377712"
    code = (
        "import numpy as np\n"
        "def softmax_temperature(z, T=1.0):\n"
        '    """Softmax with temperature scaling"""\n'
        "    exp_z = np.exp(z / T)\n"
        "    return exp_z / np.sum(exp_z)\n"
        "logits = np.array([2.0, 1.0, 0.1])\n"
        "print(softmax_temperature(logits))\n"
        "print(softmax_temperature(logits, T=0.5))\n"
    )
    right = " ".join(f"{v:.8f}" for v in soft(1.0))
    output = f"```\n[{right}]\n[0.84360176 0.14345253 0.01294571]\n```\n"
    p = page(tmp_path, "Temperature:", fence(code) + "\n" + output)
    got = [(f["line"], f["printed"], f["class"]) for f in findings(p)]
    at = line_of(p, "[0.84360176")
    assert got == [(at, "0.84360176", "error"), (at, "0.14345253", "error"), (at, "0.01294571", "error")]


def test_a_formula_written_as_a_prints_comment_is_not_its_output(tmp_path: Path) -> None:
    # "print(q)  # 1 - p" names the formula, not a printed 1 (q = 1 - 0.8 = 0.2): nothing is judged (a review's
    # reproducer, when a remark after a commented output was allowed)
    p = page(tmp_path, "Complement:", fence("p = 0.8\nq = 1 - p\nprint(q)  # 1 - p\n"))
    with pytest.raises(SpecError, match="no numeric equation"):  # nothing else on the page: exit 2, no finding
        findings(p)


def test_torch_std_is_the_samples_and_a_population_value_printed_for_it_is_named(tmp_path: Path) -> None:
    # torch's x.std() of [10, 20, 30, 40] is sqrt(500 / 3) = 12.9099 (the sample's); 11.1803 is sqrt(125), NumPy's
    assert f"{math.sqrt(500 / 3):.4f}" == "12.9099" and f"{math.sqrt(125):.4f}" == "11.1803"
    code = (
        "import torch\nimport numpy as np\nx = torch.tensor([10.0, 20.0, 30.0, 40.0])\n"
        "print(x.std())  # tensor(11.1803)\nprint(x.std(unbiased=False))  # tensor(11.1803)\n"
        "print(torch.std(x, correction=0))  # tensor(11.1803)\n"
    )
    p = page(tmp_path, "Spread:", fence(code))
    assert [(f["line"], f["printed"], f["class"]) for f in findings(p)] == [(line_of(p, "print(x.std())"), "11.1803", "error")]
    # NumPy's own std is the population's; in a page that also uses torch, an array that may be a tensor made some
    # other way (indexed, activated) is not worked out
    numpy_only = page(
        tmp_path, "Spread:", fence("import numpy as np\nprint(np.array([10.0, 20.0, 30.0, 40.0]).std())  # 11.1803\n")
    )
    assert [f["class"] for f in findings(numpy_only)] == []
    assert verify_document(numpy_only, level=1).code_checked == 1
    mixed = page(
        tmp_path, "Spread:", fence("import torch\nX = torch.tensor([[1.0, 2.0], [4.0, 8.0]])\nprint(X[1].var())  # tensor(8.)\n")
    )
    with pytest.raises(SpecError, match="no numeric equation"):
        findings(mixed)


def test_an_indented_excerpt_of_a_method_does_not_silence_the_page(tmp_path: Path) -> None:
    """A write-up shows the end of a method, indented as in its class (``return`` included); the other blocks are
    still checked: w·2 = [1, 0.5] and w·4 = [2, 1] (worked by hand), a misprinted 2.5 in the second is named."""
    page = (
        "```python\nimport numpy as np\nw = np.array([0.5, 0.25])\nprint(w * 2)\n```\n\n```\n[1.  0.5]\n```\n\n"
        "Inside the class, the backward method ends like this:\n\n"
        "```python\n        delta = (a - y) * a * (1 - a)\n        return delta\n```\n\n"
        "```python\nprint(w * 4)\n```\n\n```\n[2.5 1. ]\n```\n"
    )
    path = tmp_path / "page.md"
    path.write_text(page)
    found = verify_document(path).to_json()["findings"]
    assert [(f["printed"], float(f["expected"])) for f in found] == [("2.5", 2.0)]


def test_an_indented_fence_is_read_and_a_table_worked_from_other_givens_is_not_judged_by_the_code(tmp_path: Path) -> None:
    """Fences indented two spaces (in a list item: CommonMark takes that indentation off their lines); the code says
    x1 = 0.5, w = 0.4, so h = 0.2. A table showing x1 = 0.05 was worked from other inputs (its h = 0.02 is right for
    them) and is not judged by the code; a table with the code's givens and h = 0.25 is named (0.4 × 0.5 = 0.2)."""
    code = "  ```python\n  x1 = 0.5\n  w = 0.4\n  h = w * x1\n  ```\n"
    other = page(tmp_path, code, "  | x1 | w | h |\n  | -- | -- | -- |\n  | 0.05 | 0.4 | 0.02 |", name="other.md")
    with pytest.raises(SpecError):  # nothing on the page is the code's to check
        findings(other)
    same = page(tmp_path, code, "  | x1 | w | h |\n  | -- | -- | -- |\n  | 0.5 | 0.4 | 0.25 |", name="same.md")
    assert [(f["printed"], float(f["expected"])) for f in findings(same)] == [("0.25", 0.2)]
    # a weight the code updates later, shown in the table already updated: the table is still the code's to judge
    later = page(
        tmp_path,
        code,
        "  | x1 | w | h |\n  | -- | -- | -- |\n  | 0.5 | 0.3 | 0.25 |",
        "  ```python\n  w = w - 0.1\n  ```\n",
        name="later.md",
    )
    assert [(f["printed"], float(f["expected"])) for f in findings(later)] == [("0.25", 0.2)]


def test_a_table_with_a_mistyped_given_but_the_codes_results_is_the_codes_table(tmp_path: Path) -> None:
    """x1 = 0.05 in the code, 0.5 in the table, whose net 0.0275 is the code's (0.15 × 0.05 + 0.2 × 0.1): a typo in
    the code's own table, so its out 0.6069 is judged (σ(0.0275) = 0.506875, by math below). The code block is
    indented as a whole, as some write-ups print it: read at the margin."""
    assert 1 / (1 + math.exp(-0.0275)) == pytest.approx(0.506875, abs=1e-6)
    code = (
        "```python\n    import numpy as np\n    x1 = 0.05\n    x2 = 0.10\n    w1 = 0.15\n    w2 = 0.20\n"
        "    net = w1 * x1 + w2 * x2\n    out = 1 / (1 + np.exp(-net))\n```\n"
    )
    p = page(tmp_path, code, "| x1 | x2 | net | out |\n|----|----|-----|-----|\n| 0.5 | 0.10 | 0.0275 | 0.6069 |")
    assert [(f["printed"], float(f["expected"])) for f in findings(p)] == [("0.6069", pytest.approx(0.506875, abs=1e-6))]


def test_a_shell_fence_under_an_output_label_is_what_the_code_printed(tmp_path: Path) -> None:
    """A blog post prints its program's output in a ```` ```sh ```` fence under ``**Output:**`` (round 231): read as the
    output (here 0.999¹⁰⁰⁰, worked out by math.exp, printed 0.36 for 0.3677). A shell fence without such a label is
    commands, not output."""
    code = "b2 = 0.999\nfor t in range(1, 1001):\n    c = b2 ** t\nprint(f'c = {c:.4f}')\n"
    truth = math.exp(1000 * math.log(0.999))
    assert f"{truth:.4f}" == "0.3677"
    wrong = page(tmp_path, fence(code), "**Output:**", "```sh", "c = 0.3600", "```", name="wrong.md")
    assert [(f["line"], f["class"]) for f in findings(wrong)] == [(line_of(wrong, "c = 0.3600"), "error")]
    right = page(tmp_path, fence(code), "**Output:**", "```sh", "c = 0.3677", "```", name="right.md")
    assert findings(right) == []
    commands = page(tmp_path, fence(code), "Run it:", "```sh", "c = 0.3600", "```", "$0.5 + 0.5 = 1.0$", name="commands.md")
    assert findings(commands) == []
    # a "Results" heading, or a fence that starts with a command, is not output (a second review's reproducers)
    results = page(tmp_path, fence(code), "## Results", "```sh", "c = 0.3600", "```", "$0.5 + 0.5 = 1.0$", name="results.md")
    assert findings(results) == []
    run = page(
        tmp_path, fence(code), "**Output:**", "```bash", "python c.py --c 0.3600", "```", "$0.5 + 0.5 = 1.0$", name="run.md"
    )
    assert findings(run) == []


def test_code_whose_excerpt_leaves_out_its_imports_still_runs(tmp_path: Path) -> None:
    """A lesson's excerpt keeps the cells that compute and drops the one that imports (round 229): ``pd``, like ``np``,
    is what every lesson imports its library as, and the printed output shows the code ran. exp(0.5) + 0.25 = 1.8987
    (math.exp)."""
    assert f"{math.exp(0.5) + 0.25:.4f}" == "1.8987"
    code = "x = pd.DataFrame([[0.5, 0.25]], columns=['a', 'b']).values[0]\nprint(f'{np.exp(x[0]) + x[1]:.4f}')\n"
    wrong = page(tmp_path, fence(code), "```", "1.9000", "```", name="wrong.md")
    assert [(f["line"], f["class"]) for f in findings(wrong)] == [(line_of(wrong, "1.9000"), "error")]
    right = page(tmp_path, fence(code), "```", "1.8987", "```", "$0.5 + 0.5 = 1.0$", name="right.md")
    assert findings(right) == []
