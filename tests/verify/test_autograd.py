"""PyTorch autograd tutorials: ``loss.backward()`` then ``print(x.grad)`` (:mod:`generator.verify.autograd`).

The gradients the pages print are worked here by hand (the derivative written out in the test, or
a central difference of a plain-``math`` function), never by the code under test; each page then
gets one number planted wrong, and the finding must be that one.
"""

from __future__ import annotations

import ast
import json
import math
from pathlib import Path

from generator.verify.pyeval import Interpreter
from generator.verify.run import verify_document


def findings(tmp_path: Path, text: str) -> list[dict]:
    p = tmp_path / "page.md"
    p.write_text(text, encoding="utf-8")
    return verify_document(p).to_json()["findings"]


def wrong(found: list[dict]) -> list[tuple[int, str]]:
    return sorted((f["line"], f["printed"]) for f in found if f["class"] != "rounding")


def line_of(text: str, part: str) -> int:
    """The 1-based line of the one line holding ``part``."""
    hits = [k for k, line in enumerate(text.split("\n"), 1) if part in line]
    assert len(hits) == 1, (part, hits)
    return hits[0]


CHAIN = """# Autograd

```python
import torch
x = torch.tensor(2.0, requires_grad=True)
g = x**2 + 1
y = g**3
y.backward()
print(x.grad)  # tensor({grad}.)
```
"""


def test_a_chain_rule_gradient_is_judged(tmp_path: Path) -> None:
    x = 2.0
    right = 3 * (x**2 + 1) ** 2 * 2 * x  # dy/dx of (x² + 1)³ by hand: 300
    assert right == 300
    assert wrong(findings(tmp_path, CHAIN.format(grad=int(right)))) == []
    page = CHAIN.format(grad=90)  # what the published page printed
    found = findings(tmp_path, page)
    assert wrong(found) == [(line_of(page, "tensor(90.)"), "90.")]
    assert float(found[0]["expected"]) == right


TWO_LEAVES = """```python
import torch
x = torch.tensor(1.0, requires_grad=True)
y = torch.tensor(2.0, requires_grad=True)
z = x * y
w = z + x
loss = w ** 2
print(loss.grad_fn)
# <PowBackward0 object at ...>
loss.backward()
print(x.grad)  # tensor({dx}.)
print(y.grad)  # tensor({dy}.)
```
"""


def test_each_leaf_gets_its_own_gradient(tmp_path: Path) -> None:
    x, y = 1.0, 2.0
    w = x * y + x
    dx, dy = 2 * w * (y + 1), 2 * w * x  # by hand: 18 and 6
    assert wrong(findings(tmp_path, TWO_LEAVES.format(dx=int(dx), dy=int(dy)))) == []
    page = TWO_LEAVES.format(dx=10, dy=int(dy))
    assert wrong(findings(tmp_path, page)) == [(line_of(page, "tensor(10.)"), "10.")]
    page = TWO_LEAVES.format(dx=int(dx), dy=5)
    assert wrong(findings(tmp_path, page)) == [(line_of(page, "tensor(5.)"), "5.")]


ACCUMULATE = """```python
import torch
x = torch.tensor(2.0, requires_grad=True)
y1 = x ** 2
y1.backward()
print(x.grad)  # tensor({a}.)
y2 = x ** 3
y2.backward()
print(x.grad)  # tensor({b}.)
x.grad.zero_()
print(x.grad)  # tensor({c}.)
```
"""


def test_gradients_add_up_until_zeroed(tmp_path: Path) -> None:
    a = 2 * 2.0  # d(x²)/dx
    b = a + 3 * 2.0**2  # PyTorch adds the second call's 12 to the 4 already there
    assert wrong(findings(tmp_path, ACCUMULATE.format(a=int(a), b=int(b), c=0))) == []
    page = ACCUMULATE.format(a=int(a), b=12, c=0)
    assert wrong(findings(tmp_path, page)) == [(line_of(page, "tensor(12.)"), "12.")]
    page = ACCUMULATE.format(a=int(a), b=int(b), c=3)
    assert wrong(findings(tmp_path, page)) == [(line_of(page, "tensor(3.)"), "3.")]


SOFTMAX = """```python
import torch
import torch.nn.functional as F
z = torch.tensor([1.0, 2.0, 0.5], requires_grad=True)
probs = F.softmax(z, dim=0)
print(f"Probs: {{probs}}")
# Probs: tensor([{p}])
loss = -torch.log(probs[1])
loss.backward()
print(f"Gradient: {{z.grad}}")
# Gradient: tensor([{g}])
# = [0.2312, 0.6285, 0.1402] - [0, 1, 0]
```
"""


def test_softmax_cross_entropy_gradient(tmp_path: Path) -> None:
    e = [math.exp(v) for v in (1.0, 2.0, 0.5)]
    p = [v / sum(e) for v in e]
    grad = [p[0], p[1] - 1, p[2]]  # softmax minus the one-hot target
    text, probs = (", ".join(f"{v:.4f}" for v in vs) for vs in (grad, p))
    assert wrong(findings(tmp_path, SOFTMAX.format(g=text, p=probs))) == []
    planted = ", ".join(f"{v:.4f}" for v in (grad[0], -0.3636, grad[2]))  # the published page's -0.3636
    page = SOFTMAX.format(g=planted, p=probs)
    assert wrong(findings(tmp_path, page)) == [(line_of(page, "# Gradient:"), "-0.3636")]
    # the published page: stale probabilities [0.2564, 0.6364, 0.1072] and the gradient made from them; the reader's
    # view takes the printed probabilities, but the gradient PyTorch prints is still the code's own
    page = SOFTMAX.format(g="0.2564, -0.3636, 0.1072", p="0.2564, 0.6364, 0.1072")
    found = wrong(findings(tmp_path, page))
    assert sorted(n for _line, n in found) == sorted(["0.1072", "0.2564", "0.6364", "-0.3636", "0.1072", "0.2564"])
    assert {line for line, _n in found} == {line_of(page, "# Probs:"), line_of(page, "# Gradient:")}


def test_a_function_that_is_not_analytic_is_not_guessed(tmp_path: Path) -> None:
    """|x| drops the complex step's imaginary part: the check against a central difference catches it, and the
    gradient is unknown — no finding either way, never a wrong verdict."""
    page = "```python\nimport torch\nx = torch.tensor(-3.0, requires_grad=True)\ny = torch.abs(x) * 2\nprint(y)  # tensor(6.)\n```\n\n```python\ny.backward()\nprint(x.grad)  # tensor({g}.)\n```\n"
    for g in (-2, 7):
        found = findings(tmp_path, page.format(g=g))
        assert len(found) == 0 and verify_document(tmp_path / "page.md").to_json()["summary"]["checked"] == 1


def test_backward_in_a_loop_makes_gradients_unknown(tmp_path: Path) -> None:
    page = (
        "```python\nimport torch\nw = torch.tensor(0.5, requires_grad=True)\nprint(w * 2.0)  # tensor(1.)\n```\n\n```python\n"
        "for step in range(3):\n    loss = (w * 2.0 - 1.0) ** 2\n    loss.backward()\n"
        "print(w.grad)  # tensor(123.)\n```\n"
    )
    assert findings(tmp_path, page) == []
    assert verify_document(tmp_path / "page.md").to_json()["summary"]["checked"] == 1  # w * 2 only


def test_interpreter_gradient_matches_a_central_difference_of_plain_math() -> None:
    """The tape's gradient of a sigmoid-and-log loss of two tensors, against math's own central difference."""
    src = (
        "import torch\n"
        "w = torch.tensor([0.3, -0.2], requires_grad=True)\n"
        "x = torch.tensor([1.5, 2.0])\n"
        "a = torch.sigmoid((w * x).sum() + 0.1)\n"
        "loss = -torch.log(a) + (w ** 2).sum() * 0.5\n"
        "loss.backward()\n"
        "g = w.grad\n"
    )
    it = Interpreter()
    for stmt in ast.parse(src).body:
        it.run(stmt)

    def f(w0: float, w1: float) -> float:
        a = 1 / (1 + math.exp(-(w0 * 1.5 + w1 * 2.0 + 0.1)))
        return -math.log(a) + 0.5 * (w0 * w0 + w1 * w1)

    h = 1e-6
    expected = [(f(0.3 + h, -0.2) - f(0.3 - h, -0.2)) / (2 * h), (f(0.3, -0.2 + h) - f(0.3, -0.2 - h)) / (2 * h)]
    got = it.env["g"]
    assert abs(got[0] - expected[0]) < 1e-8 and abs(got[1] - expected[1]) < 1e-8


def test_a_classs_own_grad_attribute_is_not_pytorchs(tmp_path: Path) -> None:
    """micrograd-style notebooks keep ``.grad`` on objects of their own class: it is read as that attribute."""
    page = (
        "```python\nclass Value:\n    def __init__(self, data):\n        self.data = data\n        self.grad = 0.0\n\n"
        "a = Value(2.0)\na.grad = 3.5\nprint(a.grad)  # {g}\na.grad = None\nprint(a.data * 2)  # 4.0\n```\n"
    )
    assert wrong(findings(tmp_path, page.format(g="3.5"))) == []
    assert wrong(findings(tmp_path, page.format(g="2.5"))) == [(line_of(page.format(g="2.5"), "# 2.5"), "2.5")]


def test_a_notebook_kept_without_its_import_cell(tmp_path: Path) -> None:
    """A course notebook whose ``import torch`` (and ``math``) cell was left out: the imports every reader assumes.
    Log-loss of one logistic neuron, w = −0.4, b = −0.1, x = 2, y = 1: u = −0.9, v = σ(−0.9), dz/db = v − 1 =
    −0.7109495 and dz/dw = 2(v − 1) = −1.4218990, by autograd and by hand (math.exp on a NumPy scalar's value)."""
    v = 1 / (1 + math.exp(0.9))
    assert (round(v - 1, 4), round(2 * (v - 1), 4)) == (-0.7109, -1.4219)
    cells = [
        (
            "w = torch.tensor(-0.4, requires_grad=True)\nb = torch.tensor(-0.1, requires_grad=True)\nx = torch.tensor(2.0)\ny = torch.tensor(1.0)",
            "",
        ),
        ("u = b + w * x\nv = 1 / (1 + torch.exp(-u))\nz = -y * torch.log(v) - (1 - y) * torch.log(1 - v)", ""),
        ('z.backward()\nprint(f"b.grad={round(b.grad.item(), 4)}")', "b.grad={gb}\n"),
        (
            'dv_du = math.exp(-u) / (1 + math.exp(-u))**2\ndz_db = (-y / v) * dv_du\nprint(f"dz/db = {round(dz_db.item(), 4)}")',
            "dz/db = {mb}\n",
        ),
    ]

    def notebook(gb: str, mb: str) -> Path:
        nb = {
            "cells": [
                {
                    "cell_type": "code",
                    "execution_count": k + 1,
                    "metadata": {},
                    "source": src,
                    "outputs": [{"output_type": "stream", "name": "stdout", "text": out.format(gb=gb, mb=mb)}] if out else [],
                }
                for k, (src, out) in enumerate(cells)
            ],
            "metadata": {},
            "nbformat": 4,
            "nbformat_minor": 5,
        }
        p = tmp_path / "nb.ipynb"
        p.write_text(json.dumps(nb, indent=1) + "\n", encoding="utf-8")
        return p

    result = verify_document(notebook("-0.7109", "-0.7109")).to_json()
    assert result["findings"] == [] and result["summary"]["checked"] == 2
    found = verify_document(notebook("-0.7110", "-0.7108")).to_json()["findings"]
    assert sorted(f["printed"] for f in found if f["class"] != "rounding") == ["-0.7108", "-0.7110"]
