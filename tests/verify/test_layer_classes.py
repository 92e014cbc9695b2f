"""Layer classes in a page's code and outputs written as comments after the prints.

The apple example of *Deep Learning from Scratch* (a ``MulLayer`` with ``forward``/``backward``), retyped in
many blog posts with what each print shows as a comment (``print(price) # 220``). By hand: price = 100 · 2 ·
1.1 = 220; going back, dapple_price = 1 · 1.1 = 1.1, dtax = 1 · 200 = 200, dapple = 1.1 · 2 = 2.2,
dapple_num = 1.1 · 100 = 110. The pages are written here; nnwalk's output is never the expected value.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.verify.run import verify_document

LAYER = """\
class MulLayer:
    def __init__(self):
        self.x = None
        self.y = None

    def forward(self, x, y):
        self.x = x
        self.y = y
        out = x {op} y
        return out

    def backward(self, dout):
        dx = dout * self.y
        dy = dout * self.x
        return dx, dy
"""

RUN = """\
apple = 100
apple_num = 2
tax = 1.1
mul_apple_layer = MulLayer()
mul_tax_layer = MulLayer()
apple_price = mul_apple_layer.forward(apple, apple_num)
price = mul_tax_layer.forward(apple_price, tax)
print(price) # {price}
dprice = 1
dapple_price, dtax = mul_tax_layer.backward(dprice)
dapple, dapple_num = mul_apple_layer.backward(dapple_price)
print(dapple, dapple_num, dtax) # {grads}
"""


def _page(tmp_path: Path, op: str = "*", price: str = "220", grads: str = "2.2 110 200") -> Path:
    path = tmp_path / "apple.md"
    path.write_text(
        "# The apple example\n\n```python\n"
        + LAYER.format(op=op)
        + "```\n\nUsing it:\n\n```python\n"
        + RUN.format(price=price, grads=grads)
        + "```\n",
        encoding="utf-8",
    )
    return path


def _found(path: Path) -> list[dict]:
    return [f for f in verify_document(path).to_json()["findings"] if f["class"] != "rounding"]


def _line(path: Path, needle: str) -> int:
    return next(n for n, s in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in s)


def test_the_comments_are_the_outputs_and_a_right_page_passes(tmp_path: Path) -> None:
    path = _page(tmp_path)
    report = verify_document(path)
    assert report.code_checked == 4  # 220, 2.2, 110, 200: each comment number lined up with its print
    assert _found(path) == []


@pytest.mark.parametrize(
    ("price", "grads", "name", "want"), [("230", "2.2 110 200", "price", 220), ("220", "2.2 110 220", "dtax", 200)]
)
def test_a_wrong_comment_is_named_with_what_the_code_gives(
    tmp_path: Path, price: str, grads: str, name: str, want: float
) -> None:
    path = _page(tmp_path, price=price, grads=grads)
    found = _found(path)
    assert [(f["class"], float(f["expected"])) for f in found] == [("error", pytest.approx(want))], found
    assert name in found[0]["cause"] or name in found[0].get("text", "") or found[0]["line"] == _line(path, f"# {price}")


def test_a_forward_pass_that_adds_in_a_layer_whose_backward_multiplies_is_read_as_meant(tmp_path: Path) -> None:
    # the class adds (100 + 2 = 102, 102 + 1.1 = 103.1) but its backward pass is the product's: the page's
    # numbers are those of x * y, so they are right as meant, and a wrong one is named with its meant value
    right = _page(tmp_path, op="+")
    assert _found(right) == []
    wrong = _page(tmp_path, op="+", grads="2.2 110 220")
    found = _found(wrong)
    assert len(found) == 1 and float(found[0]["expected"]) == pytest.approx(200), found
    assert "as meant" in found[0]["cause"] and "MulLayer.forward computes x + y" in found[0]["cause"]
