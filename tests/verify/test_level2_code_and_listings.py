"""Level 2 with the network given in code, and program output read as named values (issue 15, section 1).

Expected values are Matt Mazur's published numbers for his 2-2-2 example (out_h1 = 0.593269992,
out_h2 = 0.596884378, out_o1 = 0.75136507, out_o2 = 0.772928465, ∂E/∂w_5 = 0.082167041,
∂E/∂w_6 = 0.082667628, ∂E/∂out_o1 = 0.74136507), not nnwalk's output.
"""

from __future__ import annotations

from pathlib import Path

from generator.verify.run import verify_document

CODE = """\
# A network in code

```python
import numpy as np
x = np.array([0.05, 0.10])
t = np.array([0.01, 0.99])
W1 = np.array([[0.15, 0.20], [0.25, 0.30]])
b1 = np.array([0.35, 0.35])
W2 = np.array([[0.40, 0.45], [0.50, 0.55]])
b2 = np.array([0.60, 0.60])
```

$out_{o1} = \\sigma(1.105905967) = 0.75136507$

$\\frac{\\partial E_{total}}{\\partial w_5} = GRAD$

$E_{total} = \\frac{1}{2}(0.01 - 0.75136507)^2 + \\frac{1}{2}(0.99 - 0.772928465)^2 = 0.298371109$

```
h1, h2, o1, o2
0.593269992 0.596884378 0.75136507 0.772928465
```

```
w5 | data 0.4000 | grad 0.0822
o1 | data 0.7514 | grad 0.7414
w6 | data 0.4500 | grad W6GRAD
```
"""


def _write(tmp_path: Path, grad: str = "0.082167041", w6: str = "0.0827", text: str = CODE) -> Path:
    p = tmp_path / "code.md"
    p.write_text(text.replace("W6GRAD", w6).replace("GRAD", grad), encoding="utf-8")
    return p


def _line(path: Path, needle: str) -> int:
    return next(n for n, s in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1) if needle in s)


def _named(path: Path) -> dict[int, str]:
    report = verify_document(path)
    assert report.level2 is not None, report.network_gap
    return {f["line"]: f["class"] for f in report.to_json()["findings"] if f["class"] != "rounding"}


def test_the_network_given_in_code_is_read_and_said_so(tmp_path: Path) -> None:
    doc = _write(tmp_path)
    report = verify_document(doc)
    assert report.level2 is not None, report.network_gap
    assert "W^(1) line 7 (code)" in report.network and "x line 5 (code)" in report.network
    assert _named(doc) == {}, report.to_text()
    judged = {(n.line, n.key) for n in report.level2.items if n.klass == "ok"}
    # the listing under "h1, h2, o1, o2" and the data/grad dump are named values
    values, w5, o1 = _line(doc, "0.593269992 0.59"), _line(doc, "w5 | data"), _line(doc, "o1 | data")
    assert {(values, ("a", 1, 0)), (values, ("a", 2, 1)), (w5, ("gw", 2, 0, 0)), (o1, ("ga", 2, 0))} <= judged, judged


def test_wrong_values_in_math_and_in_a_dump_are_named(tmp_path: Path) -> None:
    doc = _write(tmp_path, grad="0.0851", w6="0.0900")
    assert _named(doc) == {_line(doc, "w_5} = 0.0851"): "error", _line(doc, "w6 | data"): "error"}


def test_code_that_is_not_a_literal_is_never_run(tmp_path: Path) -> None:
    text = CODE.replace("W1 = np.array([[0.15, 0.20], [0.25, 0.30]])", "W1 = np.random.rand(2, 2)  # __import__('os')")
    report = verify_document(_write(tmp_path, text=text))
    assert report.level2 is None and "weight matrices for layers 2" in report.network_gap
